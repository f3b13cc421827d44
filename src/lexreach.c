/* lexreach.c: counting what wildcards and phrases match in a corpus. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "lexreach.h"
#include "match.h"
#include "stream.h"
#include "tokenize.h"
#include "vocab.h"

/* ---- one worker's table: (entry, type ids) -> counts ---- */

struct rslot {
	size_t key; /* offset of [entry, n, types...] in the pool */
	uint64_t hash;
	size_t count, articles;
	size_t last; /* the last article counted, plus one */
	char *text;  /* the words, made when the slot is made */
};

struct rtab {
	size_t *ent_articles, *ent_last; /* per entry: articles; last + 1 */
	uint32_t *pool;
	size_t npool, pool_cap;
	struct rslot *slots;
	size_t n, cap;
	uint32_t *index; /* slot + 1, 0 empty */
	size_t icap;
};

static uint64_t key_hash(const uint32_t *k, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ k[i]) * 0xff51afd7ed558ccdULL;
	return h ^ (h >> 29);
}

static void rtab_rehash(struct rtab *t)
{
	size_t ic = t->icap ? 2 * t->icap : 1024;
	uint32_t *idx = slant_xcalloc(ic, sizeof *idx);
	for (size_t s = 0; s < t->n; s++) {
		size_t h = t->slots[s].hash;
		while (idx[h & (ic - 1)])
			h++;
		idx[h & (ic - 1)] = (uint32_t)(s + 1);
	}
	free(t->index);
	t->index = idx;
	t->icap = ic;
}

/* The slot of key k[0..n) (made with text from make_text when new). */
static struct rslot *rtab_get(struct rtab *t, const uint32_t *k, size_t n,
                              bool *made)
{
	if (2 * (t->n + 1) > t->icap)
		rtab_rehash(t);
	uint64_t hash = key_hash(k, n);
	size_t h = hash;
	*made = false;
	for (;; h++) {
		uint32_t v = t->index[h & (t->icap - 1)];
		if (!v)
			break;
		struct rslot *s = &t->slots[v - 1];
		if (s->hash == hash && t->pool[s->key + 1] + 2 == n &&
		    memcmp(t->pool + s->key, k, n * sizeof *k) == 0)
			return s;
	}
	SLANT_GROW(&t->pool, &t->pool_cap, t->npool + n);
	memcpy(t->pool + t->npool, k, n * sizeof *k);
	SLANT_GROW(&t->slots, &t->cap, t->n + 1);
	struct rslot *s = &t->slots[t->n];
	memset(s, 0, sizeof *s);
	s->key = t->npool;
	s->hash = hash;
	t->npool += n;
	t->index[h & (t->icap - 1)] = (uint32_t)(++t->n);
	*made = true;
	return s;
}

static void rtab_release(struct rtab *t)
{
	for (size_t s = 0; s < t->n; s++)
		free(t->slots[s].text);
	free(t->pool);
	free(t->slots);
	free(t->index);
	free(t->ent_articles);
	free(t->ent_last);
}

struct reach_run {
	const struct slant_lexicon *lx;
	bool *wanted; /* per entry */
	struct rtab *tabs;
};

static void reach_article(void *ctx, unsigned worker,
                          const struct slant_article *a,
                          const struct slant_tokens *toks,
                          const struct slant_vocab *vocab,
                          const struct slant_tally *tally,
                          const struct slant_match *matches, size_t nmatches,
                          struct slant_buf *out)
{
	struct reach_run *rr = ctx;
	struct rtab *t = &rr->tabs[worker];
	(void)tally;
	(void)out;
	uint32_t key[2 + 64];
	for (size_t i = 0; i < nmatches; i++) {
		const struct slant_match *m = &matches[i];
		const struct slant_entry *e = &rr->lx->entries[m->entry];
		/* an entry's own dimension only: the parents repeat it */
		if (!rr->wanted[m->entry] || m->dim != e->dim ||
		    m->ntokens > 64)
			continue;
		key[0] = m->entry;
		key[1] = m->ntokens;
		for (uint32_t k = 0; k < m->ntokens; k++)
			key[2 + k] = toks->v[m->first + k].type;
		bool made;
		struct rslot *s = rtab_get(t, key, 2 + m->ntokens, &made);
		if (made) {
			struct slant_buf b;
			slant_buf_init(&b);
			for (uint32_t k = 0; k < m->ntokens; k++) {
				if (k)
					slant_buf_putc(&b, ' ');
				slant_buf_puts(
				    &b,
				    slant_vocab_word(vocab, key[2 + k], NULL));
			}
			s->text = slant_buf_take(&b);
		}
		s->count++;
		if (s->last != a->index + 1) {
			s->last = a->index + 1;
			s->articles++;
		}
		if (t->ent_last[m->entry] != a->index + 1) {
			t->ent_last[m->entry] = a->index + 1;
			t->ent_articles[m->entry]++;
		}
	}
}

static int reach_flush(void *ctx, struct slant_buf *b)
{
	(void)ctx;
	slant_buf_reset(b);
	return 0;
}

/* ---- adding the workers' tables up ---- */

struct flat {
	uint32_t entry;
	const char *text;
	size_t count, articles;
};

static int cmp_flat(const void *a, const void *b)
{
	const struct flat *x = a, *y = b;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return strcmp(x->text, y->text);
}

static int cmp_words(const void *a, const void *b)
{
	const struct slant_reach_word *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->text, y->text);
}

/* Every worker's counts added up (an article is read by one worker, so
 * its counts are in one table). */
static void gather(struct slant_reach *r, struct rtab *tabs, size_t ntabs)
{
	size_t total = 0;
	for (size_t w = 0; w < ntabs; w++)
		total += tabs[w].n;
	struct flat *f = slant_xcalloc(total + 1, sizeof *f);
	size_t n = 0;
	for (size_t w = 0; w < ntabs; w++)
		for (size_t s = 0; s < tabs[w].n; s++) {
			const struct rslot *x = &tabs[w].slots[s];
			f[n++] = (struct flat){tabs[w].pool[x->key], x->text,
			                       x->count, x->articles};
		}
	qsort(f, n, sizeof *f, cmp_flat);
	size_t cap = 0;
	for (size_t i = 0; i < n;) {
		SLANT_GROW(&r->entries, &cap, r->nentries + 1);
		struct slant_reach_entry *e = &r->entries[r->nentries++];
		memset(e, 0, sizeof *e);
		e->entry = f[i].entry;
		size_t wcap = 0;
		for (; i < n && f[i].entry == e->entry;) {
			struct slant_reach_word word = {
			    slant_xstrdup(f[i].text), 0, 0};
			for (; i < n && f[i].entry == e->entry &&
			       strcmp(f[i].text, word.text) == 0;
			     i++) {
				word.count += f[i].count;
				word.articles += f[i].articles;
			}
			SLANT_GROW(&e->words, &wcap, e->nwords + 1);
			e->words[e->nwords++] = word;
			e->count += word.count;
		}
		for (size_t w = 0; w < ntabs; w++)
			e->articles += tabs[w].ent_articles[e->entry];
		qsort(e->words, e->nwords, sizeof *e->words, cmp_words);
	}
	free(f);
}

struct slant_reach *slant_reach_run(const struct slant_lexicon *lx,
                                    struct slant_corpus *c, unsigned threads,
                                    bool all_entries, struct slant_error *err)
{
	struct reach_run rr = {lx, NULL, NULL};
	rr.wanted = slant_xcalloc(lx->nentries + 1, sizeof *rr.wanted);
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		bool wild = false;
		for (size_t w = 0; w < e->nwords; w++)
			wild |= e->prefix[w];
		rr.wanted[i] = all_entries || wild || e->nwords > 1;
	}
	size_t nt = threads ? threads : 1;
	rr.tabs = slant_xcalloc(nt, sizeof *rr.tabs);
	for (size_t w = 0; w < nt; w++) {
		/* an entry's articles cannot be added up over its words: an
		 * article holds several */
		rr.tabs[w].ent_articles =
		    slant_xcalloc(lx->nentries + 1, sizeof(size_t));
		rr.tabs[w].ent_last =
		    slant_xcalloc(lx->nentries + 1, sizeof(size_t));
	}
	struct slant_stream_options so = {
	    .threads = threads,
	    .collect_matches = true,
	    .lexicon_words_only = true,
	    .article = reach_article,
	    .flush = reach_flush,
	    .ctx = &rr,
	};
	long n = slant_stream_run(c, lx, &so, err);
	struct slant_reach *r = NULL;
	if (n >= 0) {
		r = slant_xcalloc(1, sizeof *r);
		r->lx = lx;
		r->articles = (size_t)n;
		gather(r, rr.tabs, nt);
	}
	for (size_t w = 0; w < nt; w++)
		rtab_release(&rr.tabs[w]);
	free(rr.tabs);
	free(rr.wanted);
	return r;
}

void slant_reach_free(struct slant_reach *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nentries; i++) {
		for (size_t w = 0; w < r->entries[i].nwords; w++)
			free(r->entries[i].words[w].text);
		free(r->entries[i].words);
	}
	free(r->entries);
	free(r);
}

/* ---- the lint ---- */

/* English endings, inflectional and derivational; a word is near its
 * stem when what it adds is a sequence of them ("econom" + "ist" + "s"). */
static const char *const endings[] = {
    "s",    "es",      "e",    "ed",    "d",    "ing",   "er",   "or",
    "ly",   "y",       "ies",  "ied",   "ier",  "est",   "'s",   "'",
    "en",   "ion",     "tion", "ation", "sion", "ic",    "ical", "al",
    "ial",  "ian",     "ist",  "ism",   "ity",  "ty",    "ive",  "ous",
    "ness", "ment",    "able", "ably",  "ible", "ful",   "less", "ize",
    "ise",  "ization", "ary",  "ory",   "ance", "ence",  "ant",  "ent",
    "cy",   "hood",    "ship", "ee",    "ate",  "ative", "ure"};

/* Whether s[0..n) is a sequence of endings. */
static bool endings_only(const char *s, size_t n)
{
	bool ok[64] = {true};
	if (n >= 64)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!ok[i])
			continue;
		for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
			size_t m = strlen(endings[e]);
			if (i + m <= n && memcmp(s + i, endings[e], m) == 0)
				ok[i + m] = true;
		}
	}
	return ok[n];
}

/* Whether a word that adds suffix to stem is near it (see lexreach.h):
 * up to a hyphen (a compound's first part is the word), English endings
 * (-d only after an e), or after up to three letters that complete a
 * stem which is no word itself ("hypocri*": hypocri-s-y), or the stem's
 * last letter doubled before -ed or -ing ("ban*": ban-n-ed, but banner
 * is far); in other languages, at most three letters. */
static bool near_suffix(const char *stem, const char *suffix, bool english,
                        bool stem_is_word)
{
	size_t n = strcspn(suffix, "-");
	if (!english)
		return n <= 3;
	size_t sl = strlen(stem);
	/* -d only after an e ("invade*": invaded; "war*": ward is far) */
	if (suffix[0] == 'd' && !(sl && stem[sl - 1] == 'e'))
		return false;
	if (endings_only(suffix, n))
		return true;
	if (sl && n > 1 && suffix[0] == stem[sl - 1] &&
	    ((n == 3 && memcmp(suffix + 1, "ed", 2) == 0) ||
	     (n == 4 && memcmp(suffix + 1, "ing", 3) == 0)))
		return true;
	for (size_t c = 1; !stem_is_word && c <= 3 && c <= n; c++)
		if (c == n || endings_only(suffix + c, n - c))
			return true;
	return false;
}

static void add_finding(struct slant_finding **out, size_t *n, size_t *cap,
                        const char *path, size_t line, struct slant_buf *msg)
{
	SLANT_GROW(out, cap, *n + 1);
	struct slant_finding *f = &(*out)[(*n)++];
	f->level = SLANT_FINDING_WARNING;
	snprintf(f->where, sizeof f->where, "%s:%zu", path, line);
	snprintf(f->message, sizeof f->message, "%s", msg->data);
}

size_t slant_reach_lint(const struct slant_reach *r, size_t min_count,
                        struct slant_finding **out)
{
	const struct slant_lexicon *lx = r->lx;
	size_t n = 0, cap = 0;
	*out = NULL;
	struct slant_buf msg;
	slant_buf_init(&msg);
	for (size_t i = 0; i < r->nentries; i++) {
		const struct slant_reach_entry *re = &r->entries[i];
		const struct slant_entry *e = &lx->entries[re->entry];
		if (e->nwords != 1 || !e->prefix[0] || e->exclusion ||
		    re->count < min_count || !re->count)
			continue;
		const struct slant_scheme *S =
		    &lx->schemes[lx->dims[e->dim].scheme];
		bool english =
		    !S->language[0] || strncmp(S->language, "en", 2) == 0;
		const char *stem = e->words[0];
		size_t stem_len = strlen(stem), far = 0;
		/* the stem is a word of its own when it is at least 5% of
		 * the matches: "war*" is, "extremis*" (in extremis) is not */
		bool is_word = false;
		for (size_t w = 0; w < re->nwords; w++)
			is_word |= strcmp(re->words[w].text, stem) == 0 &&
			           20 * re->words[w].count >= re->count;
		for (size_t w = 0; w < re->nwords; w++) {
			const struct slant_reach_word *x = &re->words[w];
			if (strncmp(x->text, stem, stem_len) == 0 &&
			    !near_suffix(stem, x->text + stem_len, english,
			                 is_word))
				far += x->count;
		}
		if (4 * far < re->count)
			continue;
		slant_buf_reset(&msg);
		slant_buf_printf(
		    &msg,
		    "'%s' %s other words in the corpus: %zu of its "
		    "%zu matches (",
		    e->text,
		    2 * far > re->count ? "reaches mostly" : "also reaches",
		    far, re->count);
		size_t shown = 0;
		for (size_t w = 0; w < re->nwords && shown < 5; w++) {
			const struct slant_reach_word *x = &re->words[w];
			if (near_suffix(stem, x->text + stem_len, english,
			                is_word))
				continue;
			slant_buf_printf(&msg, "%s%s %zu", shown ? ", " : "",
			                 x->text, x->count);
			shown++;
		}
		slant_buf_puts(&msg,
		               "); list the forms meant or exclude the others");
		add_finding(out, &n, &cap, S->path, e->line, &msg);
	}
	slant_buf_release(&msg);
	return n;
}

/* ---- output ---- */

static const char *dim_of(const struct slant_reach *r, uint32_t e)
{
	return r->lx->dims[r->lx->entries[e].dim].path;
}

/* An entry as written, '!' before an exclusion. */
static const char *written(const struct slant_reach *r, uint32_t e,
                           struct slant_buf *b)
{
	const struct slant_entry *x = &r->lx->entries[e];
	slant_buf_reset(b);
	slant_buf_printf(b, "%s%s", x->exclusion ? "!" : "", x->text);
	return b->data;
}

static double share(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0;
}

void slant_reach_write_text(const struct slant_reach *r, struct slant_buf *b)
{
	struct slant_buf name;
	slant_buf_init(&name);
	slant_buf_printf(b,
	                 "slant lexicon expand: %zu articles read; %zu "
	                 "entries matched\n\n",
	                 r->articles, r->nentries);
	struct slant_text_table t;
	const char *const h[] = {"dimension", "entry",    "word",
	                         "count",     "articles", "share"};
	slant_text_table_header(&t, h, 6);
	for (size_t i = 0; i < r->nentries; i++) {
		const struct slant_reach_entry *e = &r->entries[i];
		for (size_t w = 0; w < e->nwords; w++) {
			const struct slant_reach_word *x = &e->words[w];
			slant_text_table_add(&t, w ? "" : dim_of(r, e->entry));
			slant_text_table_add(
			    &t, w ? "" : written(r, e->entry, &name));
			slant_text_table_add(&t, x->text);
			slant_text_table_addf(&t, "%zu", x->count);
			slant_text_table_addf(&t, "%zu", x->articles);
			slant_text_table_num(&t, share(x->count, e->count), 3);
		}
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
	slant_buf_release(&name);
}

void slant_reach_write_table(const struct slant_reach *r, bool tsv,
                             struct slant_buf *b)
{
	struct slant_buf name;
	slant_buf_init(&name);
	enum slant_table_format f = tsv ? SLANT_FMT_TSV : SLANT_FMT_CSV;
	char sep = tsv ? '\t' : ',';
	slant_buf_printf(b,
	                 "dimension%centry%cline%cword%ccount%carticles%c"
	                 "share\n",
	                 sep, sep, sep, sep, sep, sep);
	for (size_t i = 0; i < r->nentries; i++) {
		const struct slant_reach_entry *e = &r->entries[i];
		const struct slant_entry *le = &r->lx->entries[e->entry];
		for (size_t w = 0; w < e->nwords; w++) {
			const struct slant_reach_word *x = &e->words[w];
			slant_put_field(b, f, dim_of(r, e->entry));
			slant_buf_putc(b, sep);
			slant_put_field(b, f, written(r, e->entry, &name));
			slant_buf_printf(b, "%c%zu%c", sep, le->line, sep);
			slant_put_field(b, f, x->text);
			slant_buf_printf(b, "%c%zu%c%zu%c", sep, x->count, sep,
			                 x->articles, sep);
			slant_put_g(b, share(x->count, e->count), 10);
			slant_buf_putc(b, '\n');
		}
	}
	slant_buf_release(&name);
}

void slant_reach_write_json(const struct slant_reach *r, struct slant_buf *b)
{
	struct slant_buf name;
	slant_buf_init(&name);
	slant_buf_printf(b, "{\"articles\":%zu,\"entries\":[", r->articles);
	for (size_t i = 0; i < r->nentries; i++) {
		const struct slant_reach_entry *e = &r->entries[i];
		const struct slant_entry *le = &r->lx->entries[e->entry];
		slant_buf_puts(b, i ? ",{\"dimension\":" : "{\"dimension\":");
		slant_put_json_string(b, dim_of(r, e->entry));
		slant_buf_puts(b, ",\"entry\":");
		slant_put_json_string(b, written(r, e->entry, &name));
		slant_buf_printf(b,
		                 ",\"line\":%zu,\"count\":%zu,\"articles\":%zu,"
		                 "\"words\":[",
		                 le->line, e->count, e->articles);
		for (size_t w = 0; w < e->nwords; w++) {
			const struct slant_reach_word *x = &e->words[w];
			slant_buf_puts(b, w ? ",{\"word\":" : "{\"word\":");
			slant_put_json_string(b, x->text);
			slant_buf_printf(b, ",\"count\":%zu,\"articles\":%zu}",
			                 x->count, x->articles);
		}
		slant_buf_puts(b, "]}");
	}
	slant_buf_puts(b, "]}\n");
	slant_buf_release(&name);
}
