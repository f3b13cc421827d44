/* boilerplate.c: lines repeated across an outlet's articles (see
 * boilerplate.h). One open-addressing table of (group, line hash) with the
 * number of articles holding the line; the text of a line is kept from
 * its second article on, for the method section's example. */
#include "config.h"

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
	char *text; /* kept from the second article on */
};

struct bgroup_info {
	char *name;
	size_t articles, lines;
	const struct line_entry *example;
};

struct slant_boilerplate {
	struct line_entry *slot;
	size_t cap, used;
	struct bgroup_info *groups;
	size_t ngroups, groups_cap;
	uint32_t seq; /* articles counted */
	struct slant_buf norm;
};

struct slant_boilerplate *slant_boilerplate_new(void)
{
	struct slant_boilerplate *b = slant_xcalloc(1, sizeof *b);
	b->cap = 1024;
	b->slot = slant_xcalloc(b->cap, sizeof *b->slot);
	slant_buf_init(&b->norm);
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
	slant_buf_release(&b->norm);
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

/* The end of the line starting at start: its line break, or len. */
static size_t line_end(const char *t, size_t len, size_t start)
{
	const char *nl = memchr(t + start, '\n', len - start);
	return nl ? (size_t)(nl - t) : len;
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
	for (size_t start = 0, end; start < a->text_len; start = end + 1) {
		end = line_end(a->text, a->text_len, start);
		normalise_line(a->text + start, end - start, &b->norm);
		if (b->norm.len < 3)
			continue;
		uint64_t h = line_hash(&b->norm);
		if ((b->used + 1) * 2 > b->cap)
			grow(b);
		struct line_entry *e = find(b, h, (uint32_t)g);
		if (!e->hash) {
			e->hash = h;
			e->group = (uint32_t)g;
			b->used++;
		}
		if (e->last == b->seq)
			continue; /* twice in one article counts once */
		e->last = b->seq;
		if (++e->articles == 2)
			e->text = slant_xstrndup(b->norm.data, b->norm.len);
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
		e->flagged =
		    e->articles >= min_articles &&
		    (double)e->articles >= min_share * (double)g->articles;
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

size_t slant_boilerplate_blank(const struct slant_boilerplate *b,
                               struct slant_article *a)
{
	size_t g = group_of(b, a->group), n = 0;
	if (g == SIZE_MAX || !b->groups[g].lines)
		return 0;
	struct slant_buf norm;
	slant_buf_init(&norm);
	for (size_t start = 0, end; start < a->text_len; start = end + 1) {
		end = line_end(a->text, a->text_len, start);
		normalise_line(a->text + start, end - start, &norm);
		if (norm.len < 3)
			continue;
		const struct line_entry *e =
		    find(b, line_hash(&norm), (uint32_t)g);
		if (e->hash && e->flagged) {
			memset(a->text + start, ' ', end - start);
			n++;
		}
	}
	slant_buf_release(&norm);
	return n;
}

size_t slant_boilerplate_groups(const struct slant_boilerplate *b)
{
	return b->ngroups;
}

void slant_boilerplate_group(const struct slant_boilerplate *b, size_t i,
                             const char **name, size_t *articles, size_t *lines,
                             const char **example, size_t *example_articles)
{
	const struct bgroup_info *g = &b->groups[i];
	*name = g->name;
	*articles = g->articles;
	*lines = g->lines;
	*example = g->example ? g->example->text : NULL;
	*example_articles = g->example ? g->example->articles : 0;
}
