/* boilerplate.c: lines repeated across an outlet's articles (see
 * boilerplate.h). One open-addressing table of (group, line hash) with the
 * number of articles holding the line; the text of a line is kept from
 * its second article on, for the method section's example. */
#include "config.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "mem.h"
#include "vocab.h"

struct line_entry {
	uint64_t hash; /* 0: empty slot */
	uint32_t group;
	uint32_t articles;
	uint32_t last; /* the last article (1-based) that had it */
	bool flagged;
	unsigned char kind; /* LINE, OPENING, SENTENCE, SHINGLE, ENDING */
	char *text;         /* kept from the second article on */
};

/* What an entry counts (the key's trailing mark): a whole line, a
 * template line's opening, one sentence of a longer line, a two-word
 * shingle of a template line, a short line's last four words. */
enum { LINE = 0, OPENING, SENTENCE, SHINGLE, ENDING, NKINDS };

struct bgroup_info {
	char *name;
	size_t articles, lines;
	atomic_size_t blanked; /* lines blanked while tallying */
	const struct line_entry *example;
};

struct keys {
	struct slant_buf norm, key, title;
};

struct slant_boilerplate {
	struct line_entry *slot;
	size_t cap, used;
	struct bgroup_info *groups;
	size_t ngroups, groups_cap;
	uint32_t seq; /* articles counted */
	struct keys keys;
};

static void keys_init(struct keys *k)
{
	slant_buf_init(&k->norm);
	slant_buf_init(&k->key);
	slant_buf_init(&k->title);
}

static void keys_release(struct keys *k)
{
	slant_buf_release(&k->norm);
	slant_buf_release(&k->key);
	slant_buf_release(&k->title);
}

struct slant_boilerplate *slant_boilerplate_new(void)
{
	struct slant_boilerplate *b = slant_xcalloc(1, sizeof *b);
	b->cap = 1024;
	b->slot = slant_xcalloc(b->cap, sizeof *b->slot);
	keys_init(&b->keys);
	return b;
}

void slant_boilerplate_free(struct slant_boilerplate *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->cap; i++)
		free(b->slot[i].text);
	free(b->slot);
	for (size_t g = 0; g < b->ngroups; g++)
		free(b->groups[g].name);
	free(b->groups);
	keys_release(&b->keys);
	free(b);
}

static size_t group_of(const struct slant_boilerplate *b, const char *name)
{
	for (size_t g = 0; g < b->ngroups; g++)
		if (strcmp(b->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

/* The normalised line s[0..n) into out: trimmed, ASCII letters lower
 * case, runs of white space as one space. */
static void normalise_line(const char *s, size_t n, struct slant_buf *out)
{
	slant_buf_reset(out);
	bool space = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
		    c == '\v') {
			space = out->len > 0;
			continue;
		}
		if (space)
			slant_buf_putc(out, ' ');
		space = false;
		slant_buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
	}
}

static uint64_t line_hash(const struct slant_buf *norm)
{
	uint64_t h = slant_hash_bytes(norm->data, norm->len);
	return h ? h : 1; /* 0 marks an empty slot */
}

static struct line_entry *find(const struct slant_boilerplate *b, uint64_t h,
                               uint32_t group)
{
	size_t mask = b->cap - 1;
	for (size_t i = (size_t)(h ^ (h >> 29) ^ group) & mask;;
	     i = (i + 1) & mask) {
		struct line_entry *e = &b->slot[i];
		if (!e->hash || (e->hash == h && e->group == group))
			return e;
	}
}

static void grow(struct slant_boilerplate *b)
{
	struct line_entry *old = b->slot;
	size_t oldcap = b->cap;
	b->cap *= 2;
	b->slot = slant_xcalloc(b->cap, sizeof *b->slot);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].hash)
			*find(b, old[i].hash, old[i].group) = old[i];
	free(old);
}

/* Whether the line t[0..n) ends like a sentence (. ! ? : ; or a closing
 * quote or ellipsis after its last non-space character). Page furniture
 * (captions with credits, "JUST WATCHED ... 02:24", "(Reuters photo: X)",
 * "Advertisement") does not; the lines of a story do. */
static bool ends_sentence(const char *t, size_t n)
{
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
		n--;
	if (!n)
		return false;
	unsigned char c = (unsigned char)t[n - 1];
	if (strchr(".!?:;\"'", c))
		return true;
	/* ” ’ … (E2 80 9D, E2 80 99, E2 80 A6) */
	return n >= 3 && (unsigned char)t[n - 3] == 0xE2 &&
	       (unsigned char)t[n - 2] == 0x80 &&
	       (c == 0x9D || c == 0x99 || c == 0xA6);
}

/* The end of the line starting at start: its line break, or len. */
static size_t line_end(const char *t, size_t len, size_t start)
{
	const char *nl = memchr(t + start, '\n', len - start);
	return nl ? (size_t)(nl - t) : len;
}

/* The end of the sentence of line t[start..n) that starts at start: after
 * the first . ! or ? followed by white space, or n. */
static size_t sentence_end(const char *t, size_t start, size_t n)
{
	for (size_t i = start; i + 1 < n; i++)
		if ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
		    (t[i + 1] == ' ' || t[i + 1] == '\t'))
			return i + 1;
	return n;
}

static size_t count_words(const struct slant_buf *norm)
{
	size_t w = norm->len ? 1 : 0;
	for (size_t i = 0; i < norm->len; i++)
		w += norm->data[i] == ' ';
	return w;
}

/* Whether a word pair holds a function word: such pairs ("of the", "in
 * a") recur in any text and are no sign of page furniture alone. */
static bool function_pair(const struct slant_buf *pair)
{
	static const char *const fw[] = {
	    "a",    "an",   "and", "are", "as",  "at",   "be",   "by",
	    "for",  "from", "he",  "her", "his", "i",    "in",   "is",
	    "it",   "of",   "on",  "or",  "she", "that", "the",  "their",
	    "they", "this", "to",  "was", "we",  "were", "with", "you"};
	const char *sp = memchr(pair->data, ' ', pair->len);
	if (!sp)
		return true;
	size_t n1 = (size_t)(sp - pair->data), n2 = pair->len - n1 - 1;
	for (size_t i = 0; i < sizeof fw / sizeof *fw; i++) {
		size_t n = strlen(fw[i]);
		if ((n == n1 && memcmp(fw[i], pair->data, n) == 0) ||
		    (n == n2 && memcmp(fw[i], sp + 1, n) == 0))
			return true;
	}
	return false;
}

/* Keys end in a mark that no text has, so that the kinds never meet. */
static void mark(struct slant_buf *key, int kind)
{
	slant_buf_putc(key, ' ');
	slant_buf_putc(key, (char)kind);
}

/* The words [from, from + n) of a normalised line, into key, each
 * without its ASCII punctuation ("(Reuters photo: X)" and "Reuters photo
 * X" give the same key). */
static void words_of(const struct slant_buf *norm, size_t from, size_t n,
                     struct slant_buf *key)
{
	slant_buf_reset(key);
	size_t w = 0, i = 0;
	for (; i < norm->len && w < from; i++)
		w += norm->data[i] == ' ';
	for (; i < norm->len; i++) {
		unsigned char c = (unsigned char)norm->data[i];
		if (c == ' ' && ++w == from + n)
			break;
		if (c == ' ' || c >= 0x80 || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9'))
			slant_buf_putc(key, (char)c);
	}
}

/* Calls fn(ctx, key, span start, span end) for every key of the line
 * t[start..end) of an article titled title (see boilerplate.h): the line
 * itself; for a line that does not end like a sentence (nor is the
 * title) its opening and its two-word shingles; for a short line that
 * does, its last four words; for a line of several sentences, each long
 * one. fn returns true to stop (the span was blanked); for a shingle the
 * span is SIZE_MAX (fn answers whether it is boilerplate) and, when
 * enough of them are, fn gets an empty key: blank the line. */
typedef bool (*key_fn)(void *ctx, const struct slant_buf *key, size_t s,
                       size_t e);

static void line_keys(struct keys *k, const char *t, size_t start, size_t end,
                      const char *title, key_fn fn, void *ctx)
{
	normalise_line(t + start, end - start, &k->norm);
	if (k->norm.len < 3)
		return;
	slant_buf_reset(&k->key);
	slant_buf_append(&k->key, k->norm.data, k->norm.len);
	if (fn(ctx, &k->key, start, end))
		return;
	normalise_line(title, strlen(title), &k->title);
	if (k->title.len == k->norm.len &&
	    memcmp(k->title.data, k->norm.data, k->norm.len) == 0)
		return; /* a title is the story's, however often it recurs */
	size_t words = count_words(&k->norm);
	if (!ends_sentence(t + start, end - start)) {
		if (words >= 3) {
			words_of(&k->norm, 0, 2, &k->key);
			mark(&k->key, OPENING);
			if (fn(ctx, &k->key, start, end))
				return;
		}
		/* shingles: counted one by one; the line is page furniture
		   when at least two and a quarter of them are (a story line
		   cut short shares a common pair or two, no more), or when
		   one without a function word is among its last four words */
		/* "Jane Doe/Getty Images": a credit's parts are words */
		slant_buf_reset(&k->title);
		for (size_t i = 0; i < k->norm.len; i++) {
			char c = k->norm.data[i];
			slant_buf_putc(&k->title,
			               c == '/' || c == '|' ? ' ' : c);
		}
		normalise_line(k->title.data, k->title.len, &k->norm);
		words = count_words(&k->norm);
		size_t hits = 0, n = words - 1;
		bool tail = false;
		for (size_t w = 0; w + 2 <= words; w++) {
			words_of(&k->norm, w, 2, &k->key);
			bool common = function_pair(&k->key);
			mark(&k->key, SHINGLE);
			bool hit = fn(ctx, &k->key, SIZE_MAX, SIZE_MAX);
			hits += hit;
			/* a credit ends a caption: "... (Reuters photo: X Y)",
			   "... Jane Doe/Getty Images" */
			tail |= hit && !common && w + 2 + 3 >= words;
		}
		if ((hits >= 2 && 4 * hits >= n) || tail) {
			slant_buf_reset(&k->key);
			fn(ctx, &k->key, start, end); /* the verdict */
		}
		return;
	}
	if (words >= 6 && words <= 20) {
		words_of(&k->norm, words - 4, 4, &k->key);
		mark(&k->key, ENDING);
		if (fn(ctx, &k->key, start, end))
			return;
	}
	if (sentence_end(t, start, end) == end)
		return; /* one sentence: the line is it */
	for (size_t s = start, e; s < end; s = e) {
		e = sentence_end(t, s, end);
		normalise_line(t + s, e - s, &k->key);
		if (count_words(&k->key) < 6)
			continue; /* "He said no." recurs by chance */
		mark(&k->key, SENTENCE);
		fn(ctx, &k->key, s, e);
	}
}

struct count_ctx {
	struct slant_boilerplate *b;
	size_t g;
};

/* Count a key once per article. */
static bool count_key(void *ctx, const struct slant_buf *key, size_t s,
                      size_t e)
{
	(void)s;
	(void)e;
	struct count_ctx *c = ctx;
	struct slant_boilerplate *b = c->b;
	if (!key->len)
		return false; /* a verdict: nothing to count */
	uint64_t h = line_hash(key);
	if ((b->used + 1) * 2 > b->cap)
		grow(b);
	struct line_entry *en = find(b, h, (uint32_t)c->g);
	if (!en->hash) {
		en->hash = h;
		en->group = (uint32_t)c->g;
		unsigned char last =
		    key->len > 1 && key->data[key->len - 2] == ' '
		        ? (unsigned char)key->data[key->len - 1]
		        : 0;
		en->kind = last < NKINDS ? last : LINE;
		b->used++;
	}
	if (en->last == b->seq)
		return false; /* twice in one article counts once */
	en->last = b->seq;
	if (++en->articles == 2) {
		/* shown as "just watched …", "… contributed to this report." */
		size_t n = key->len - (en->kind != LINE ? 2 : 0);
		en->text = slant_xmalloc(n + 9); /* … n … NUL */
		size_t at = 0;
		if (en->kind == SHINGLE || en->kind == ENDING) {
			memcpy(en->text, "\xe2\x80\xa6 ", 4);
			at = 4;
		}
		memcpy(en->text + at, key->data, n);
		strcpy(en->text + at + n,
		       en->kind == OPENING || en->kind == SHINGLE
		           ? " \xe2\x80\xa6"
		           : "");
	}
	return false;
}

void slant_boilerplate_count(struct slant_boilerplate *b,
                             const struct slant_article *a)
{
	size_t g = group_of(b, a->group);
	if (g == SIZE_MAX) {
		SLANT_GROW(&b->groups, &b->groups_cap, b->ngroups + 1);
		g = b->ngroups++;
		memset(&b->groups[g], 0, sizeof b->groups[g]);
		b->groups[g].name = slant_xstrdup(a->group);
	}
	b->groups[g].articles++;
	b->seq++;
	struct count_ctx c = {b, g};
	for (size_t start = 0, end; start < a->text_len; start = end + 1) {
		end = line_end(a->text, a->text_len, start);
		line_keys(&b->keys, a->text, start, end, a->title, count_key,
		          &c);
	}
}

void slant_boilerplate_finish(struct slant_boilerplate *b, size_t min_articles,
                              double min_share)
{
	for (size_t i = 0; i < b->cap; i++) {
		struct line_entry *e = &b->slot[i];
		if (!e->hash)
			continue;
		struct bgroup_info *g = &b->groups[e->group];
		/* a template's opening must be twice as common as a line:
		   two words recur by chance more often than a whole line */
		double share = e->kind == LINE     ? min_share
		               : e->kind == ENDING ? 5 * min_share
		                                   : 2 * min_share;
		e->flagged = e->articles >= min_articles &&
		             (double)e->articles >= share * (double)g->articles;
		if (!e->flagged)
			continue;
		g->lines++;
		/* the most frequent line, ties by text: the same whatever the
		 * table's order */
		if (!g->example || e->articles > g->example->articles ||
		    (e->articles == g->example->articles &&
		     strcmp(e->text, g->example->text) < 0))
			g->example = e;
	}
}

struct blank_ctx {
	const struct slant_boilerplate *b;
	uint32_t g;
	char *text;
	size_t n;
};

static bool blank_key(void *ctx, const struct slant_buf *key, size_t s,
                      size_t e)
{
	struct blank_ctx *c = ctx;
	if (key->len) {
		const struct line_entry *en = find(c->b, line_hash(key), c->g);
		if (!en->hash || !en->flagged)
			return false;
		if (s == SIZE_MAX)
			return true; /* a shingle: line_keys decides */
	}
	memset(c->text + s, ' ', e - s);
	c->n++;
	return true;
}

size_t slant_boilerplate_blank(const struct slant_boilerplate *b,
                               struct slant_article *a)
{
	size_t g = group_of(b, a->group);
	if (g == SIZE_MAX || !b->groups[g].lines)
		return 0;
	struct keys k;
	keys_init(&k);
	struct blank_ctx c = {b, (uint32_t)g, a->text, 0};
	for (size_t start = 0, end; start < a->text_len; start = end + 1) {
		end = line_end(a->text, a->text_len, start);
		line_keys(&k, a->text, start, end, a->title, blank_key, &c);
	}
	keys_release(&k);
	return c.n;
}

void slant_boilerplate_tally(const struct slant_boilerplate *b,
                             const char *group, size_t lines)
{
	size_t g = group_of(b, group);
	if (g != SIZE_MAX && lines)
		atomic_fetch_add(&b->groups[g].blanked, lines);
}

size_t slant_boilerplate_groups(const struct slant_boilerplate *b)
{
	return b->ngroups;
}

void slant_boilerplate_group(const struct slant_boilerplate *b, size_t i,
                             const char **name, size_t *articles, size_t *lines,
                             const char **example, size_t *example_articles,
                             size_t *blanked)
{
	struct bgroup_info *g = &b->groups[i];
	*blanked = atomic_load(&g->blanked);
	*name = g->name;
	*articles = g->articles;
	*lines = g->lines;
	*example = g->example ? g->example->text : NULL;
	*example_articles = g->example ? g->example->articles : 0;
}
