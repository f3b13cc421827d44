/* kwic.c: drawing a spread sample of matches and cutting their contexts
 * (the contract is in kwic.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "kwic.h"
#include "match.h"
#include "record.h"
#include "stream.h"

int slant_kwic_target_parse(const struct slant_lexicon *lx, const char *spec,
                            struct slant_kwic_target *t,
                            struct slant_error *err)
{
	size_t d = slant_lexicon_find_dim(lx, spec);
	if (d != SIZE_MAX) {
		*t = (struct slant_kwic_target){d, UINT32_MAX};
		return 0;
	}
	/* DIMENSION:ENTRY, or an entry alone */
	const char *colon = strrchr(spec, ':');
	size_t in = SIZE_MAX;
	const char *text = spec;
	if (colon) {
		char *dim = slant_xstrndup(spec, (size_t)(colon - spec));
		in = slant_lexicon_find_dim(lx, dim);
		free(dim);
		if (in != SIZE_MAX)
			text = colon + 1;
	}
	size_t found = 0;
	for (size_t e = 0; e < lx->nentries; e++) {
		const struct slant_entry *x = &lx->entries[e];
		if (x->exclusion || strcmp(x->text, text) != 0 ||
		    (in != SIZE_MAX && x->dim != in))
			continue;
		if (found++)
			return slant_error_set(
			    err, SLANT_EUSAGE, NULL,
			    "'%s' is an entry of '%s' and '%s': name one as "
			    "DIMENSION:ENTRY",
			    text, lx->dims[t->dim].path, lx->dims[x->dim].path);
		*t = (struct slant_kwic_target){x->dim, (uint32_t)e};
	}
	if (!found)
		return slant_error_set(
		    err, SLANT_EUSAGE, NULL,
		    "'%s' is neither a dimension nor an "
		    "entry of the lexicons (see slant lexicon "
		    "dims)",
		    spec);
	return 0;
}

/* ---- first reading: the matches ---- */

struct cand {
	size_t article; /* index into the sampler's arts */
	uint32_t entry, start, end;
	uint32_t group; /* the group's rank in name order */
	uint32_t rank;  /* of the match in its article, by key */
	uint64_t akey;  /* the article's random key */
	uint64_t key;   /* the match's */
};

struct sampler {
	const struct slant_lexicon *lx;
	struct slant_kwic_target t;
	unsigned long seed;
	struct cand *c;
	size_t n, cap;
	/* per article with a match: its group (index into groups), id */
	char **groups;
	size_t ngroups, groups_cap;
	size_t *art_group; /* by position in arts */
	size_t *arts;      /* article positions */
	char **art_id;
	size_t narts, arts_cap;
};

static void
kwic_article(void *ctx, unsigned worker, const struct slant_article *a,
             const struct slant_tokens *toks, const struct slant_vocab *vocab,
             const struct slant_tally *tally, const struct slant_match *matches,
             size_t nmatches, struct slant_buf *out)
{
	const struct sampler *s = ctx;
	(void)worker;
	(void)vocab;
	(void)tally;
	size_t at = out->len;
	uint32_t n = 0;
	for (size_t i = 0; i < nmatches; i++) {
		const struct slant_match *m = &matches[i];
		if (m->negated || m->excluded || m->dim != s->t.dim ||
		    (s->t.entry != UINT32_MAX && m->entry != s->t.entry))
			continue;
		if (!n) {
			slant_rec_put_u32(out, 0); /* count, set below */
			slant_rec_put_f64(out, (double)a->index);
			slant_rec_put_str(out, a->id);
			slant_rec_put_str(out, a->group);
		}
		const struct slant_token *t0 = &toks->v[m->first];
		const struct slant_token *t1 =
		    &toks->v[m->first + m->ntokens - 1];
		slant_rec_put_u32(out, m->entry);
		slant_rec_put_u32(out, t0->offset);
		slant_rec_put_u32(out, t1->offset + t1->length);
		n++;
	}
	if (n)
		memcpy(out->data + at, &n, sizeof n);
}

static size_t intern_group(struct sampler *s, const char *g)
{
	for (size_t i = s->ngroups; i-- > 0;)
		if (strcmp(s->groups[i], g) == 0)
			return i;
	SLANT_GROW(&s->groups, &s->groups_cap, s->ngroups + 1);
	s->groups[s->ngroups] = slant_xstrdup(g);
	return s->ngroups++;
}

static int kwic_flush(void *ctx, struct slant_buf *b)
{
	struct sampler *s = ctx;
	struct slant_rec_reader r = {b->data, b->data + b->len, false};
	while (r.p < r.end) {
		uint32_t n = slant_rec_get_u32(&r);
		size_t article = (size_t)slant_rec_get_f64(&r);
		const char *id = slant_rec_get_str(&r);
		const char *group = slant_rec_get_str(&r);
		if (s->narts == s->arts_cap) {
			size_t c = s->arts_cap ? 2 * s->arts_cap : 256;
			s->arts =
			    slant_xreallocarray(s->arts, c, sizeof *s->arts);
			s->art_group = slant_xreallocarray(
			    s->art_group, c, sizeof *s->art_group);
			s->art_id = slant_xreallocarray(s->art_id, c,
			                                sizeof *s->art_id);
			s->arts_cap = c;
		}
		s->arts[s->narts] = article;
		s->art_group[s->narts] = intern_group(s, group);
		s->art_id[s->narts] = slant_xstrdup(id);
		uint64_t akey = slant_mix64(s->seed ^ slant_mix64(article));
		/* the match's key: the article's and its place in it */
		for (uint32_t i = 0; i < n; i++) {
			SLANT_GROW(&s->c, &s->cap, s->n + 1);
			struct cand *c = &s->c[s->n++];
			c->article = s->narts; /* index into arts for now */
			c->entry = slant_rec_get_u32(&r);
			c->start = slant_rec_get_u32(&r);
			c->end = slant_rec_get_u32(&r);
			c->key = slant_mix64(akey ^ (i + 1));
		}
		s->narts++;
		SLANT_ASSERT(!r.bad);
	}
	slant_buf_reset(b);
	return 0;
}

/* ---- the draw ---- */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(**(char **const *)a, **(char **const *)b);
}

/* Candidates by group (in name order), then article key, then match
 * key: each group's run lists its articles in a random order. */
static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->akey != y->akey)
		return x->akey < y->akey ? -1 : 1;
	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return (x->key > y->key) - (x->key < y->key);
}

/* Reorder a group's run by round: every article's first match (articles
 * in their order), then every second match, ... (a counting sort by the
 * match's rank in its article, stable). */
static void by_round(struct cand *run, size_t len)
{
	size_t maxrank = 0;
	for (size_t q = 0; q < len; q++)
		if (run[q].rank > maxrank)
			maxrank = run[q].rank;
	size_t *at = slant_xcalloc(maxrank + 2, sizeof *at);
	for (size_t q = 0; q < len; q++)
		at[run[q].rank + 1]++;
	for (size_t r = 0; r <= maxrank; r++)
		at[r + 1] += at[r];
	struct cand *tmp = slant_xmalloc(len * sizeof *tmp);
	for (size_t q = 0; q < len; q++)
		tmp[at[run[q].rank]++] = run[q];
	memcpy(run, tmp, len * sizeof *tmp);
	free(tmp);
	free(at);
}

static void draw(struct slant_kwic *k, struct sampler *s, size_t want)
{
	/* groups in name order */
	char ***order = slant_xcalloc(s->ngroups + 1, sizeof *order);
	for (size_t g = 0; g < s->ngroups; g++)
		order[g] = &s->groups[g];
	qsort(order, s->ngroups, sizeof *order, cmp_names);
	uint32_t *grank = slant_xcalloc(s->ngroups + 1, sizeof *grank);
	for (size_t g = 0; g < s->ngroups; g++)
		grank[order[g] - s->groups] = (uint32_t)g;
	free(order);
	for (size_t i = 0; i < s->n; i++) {
		struct cand *c = &s->c[i];
		c->group = grank[s->art_group[c->article]];
		c->akey =
		    slant_mix64(s->seed ^ slant_mix64(s->arts[c->article]));
	}
	free(grank);
	if (s->n)
		qsort(s->c, s->n, sizeof *s->c, cmp_cand);
	for (size_t i = 0; i < s->n; i++)
		s->c[i].rank = i && s->c[i - 1].article == s->c[i].article
		                   ? s->c[i - 1].rank + 1
		                   : 0;
	size_t *gstart = slant_xcalloc(s->ngroups + 1, sizeof *gstart);
	size_t *gpos = slant_xcalloc(s->ngroups + 1, sizeof *gpos);
	size_t ng = 0;
	for (size_t i = 0; i < s->n;) {
		size_t j = i;
		while (j < s->n && s->c[j].group == s->c[i].group)
			j++;
		by_round(s->c + i, j - i);
		gstart[ng] = gpos[ng] = i;
		ng++;
		i = j;
	}
	gstart[ng] = s->n;
	k->groups = ng;
	/* groups take turns */
	size_t cap = 0;
	bool more = true;
	while (k->nrows < want && more) {
		more = false;
		for (size_t g = 0; g < ng && k->nrows < want; g++) {
			if (gpos[g] == gstart[g + 1])
				continue;
			more = true;
			const struct cand *c = &s->c[gpos[g]++];
			SLANT_GROW(&k->rows, &cap, k->nrows + 1);
			struct slant_kwic_row *row = &k->rows[k->nrows++];
			memset(row, 0, sizeof *row);
			row->article = s->arts[c->article];
			row->id = slant_xstrdup(s->art_id[c->article]);
			row->group =
			    slant_xstrdup(s->groups[s->art_group[c->article]]);
			row->entry = c->entry;
			row->start = c->start;
			row->end = c->end;
		}
	}
	free(gstart);
	free(gpos);
}

static void sampler_release(struct sampler *s)
{
	for (size_t i = 0; i < s->ngroups; i++)
		free(s->groups[i]);
	for (size_t i = 0; i < s->narts; i++)
		free(s->art_id[i]);
	free(s->groups);
	free(s->art_id);
	free(s->art_group);
	free(s->arts);
	free(s->c);
}

struct slant_kwic *slant_kwic_sample(const struct slant_lexicon *lx,
                                     const struct slant_kwic_target *t,
                                     size_t n, unsigned long seed,
                                     struct slant_corpus *c, unsigned threads,
                                     struct slant_error *err)
{
	struct sampler s;
	memset(&s, 0, sizeof s);
	s.lx = lx;
	s.t = *t;
	s.seed = slant_mix64(seed);
	struct slant_stream_options so = {
	    .threads = threads,
	    .collect_matches = true,
	    .lexicon_words_only = true,
	    .article = kwic_article,
	    .flush = kwic_flush,
	    .ctx = &s,
	};
	long read = slant_stream_run(c, lx, &so, err);
	if (read < 0) {
		sampler_release(&s);
		return NULL;
	}
	struct slant_kwic *k = slant_xcalloc(1, sizeof *k);
	k->lx = lx;
	k->target = *t;
	k->articles = (size_t)read;
	k->matches = s.n;
	k->with = s.narts;
	draw(k, &s, n);
	sampler_release(&s);
	return k;
}

/* ---- second reading: the contexts ---- */

/* text[a..z) on one line: line breaks and tabs as spaces. */
static char *one_line(const char *text, size_t a, size_t z)
{
	char *s = slant_xstrndup(text + a, z - a);
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return s;
}

static int cmp_article(const void *a, const void *b)
{
	const struct slant_kwic_row *const *x = a, *const *y = b;
	if ((*x)->article != (*y)->article)
		return (*x)->article < (*y)->article ? -1 : 1;
	return (*x > *y) - (*x < *y);
}

int slant_kwic_contexts(struct slant_kwic *k, struct slant_corpus *c,
                        size_t context, struct slant_error *err)
{
	struct slant_kwic_row **by = slant_xcalloc(k->nrows + 1, sizeof *by);
	for (size_t i = 0; i < k->nrows; i++)
		by[i] = &k->rows[i];
	qsort(by, k->nrows, sizeof *by, cmp_article);
	size_t next = 0;
	struct slant_article *a;
	int rc;
	while (next < k->nrows && (rc = slant_corpus_next(c, &a, err)) == 1) {
		for (; next < k->nrows && by[next]->article == a->index;
		     next++) {
			struct slant_kwic_row *r = by[next];
			if (r->end > a->text_len || r->start > r->end) {
				free(by);
				return slant_error_set(
				    err, SLANT_EIO, a->where,
				    "the corpus changed between its two "
				    "readings");
			}
			size_t lo = r->start > context ? r->start - context : 0;
			size_t hi = r->end + context < a->text_len
			                ? r->end + context
			                : a->text_len;
			while (lo > 0 &&
			       ((unsigned char)a->text[lo] & 0xc0) == 0x80)
				lo--;
			while (hi < a->text_len &&
			       ((unsigned char)a->text[hi] & 0xc0) == 0x80)
				hi++;
			r->left = one_line(a->text, lo, r->start);
			r->match = one_line(a->text, r->start, r->end);
			r->right = one_line(a->text, r->end, hi);
		}
	}
	free(by);
	if (next < k->nrows) {
		if (err->code == SLANT_OK)
			slant_error_set(err, SLANT_EIO, NULL,
			                "the corpus changed between its two "
			                "readings");
		return -1;
	}
	return 0;
}

void slant_kwic_write_csv(const struct slant_kwic *k, struct slant_buf *b)
{
	slant_buf_puts(b, "item,id,group,dimension,entry,left,match,right,"
	                  "offsets,correct\n");
	for (size_t i = 0; i < k->nrows; i++) {
		const struct slant_kwic_row *r = &k->rows[i];
		const struct slant_entry *e = &k->lx->entries[r->entry];
		slant_buf_printf(b, "%zu,", i + 1);
		const char *cells[] = {r->id,
		                       r->group,
		                       k->lx->dims[k->target.dim].path,
		                       e->text,
		                       r->left ? r->left : "",
		                       r->match ? r->match : "",
		                       r->right ? r->right : ""};
		for (size_t j = 0; j < sizeof cells / sizeof *cells; j++) {
			slant_put_csv(b, cells[j]);
			slant_buf_putc(b, ',');
		}
		slant_buf_printf(b, "%u-%u,\n", r->start, r->end);
	}
}

void slant_kwic_free(struct slant_kwic *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->nrows; i++) {
		struct slant_kwic_row *r = &k->rows[i];
		free(r->id);
		free(r->group);
		free(r->left);
		free(r->match);
		free(r->right);
	}
	free(k->rows);
	free(k);
}
