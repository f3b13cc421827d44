/* lexdiff.c: two versions of a lexicon, side by side (see lexdiff.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "lexdiff.h"
#include "match.h"
#include "record.h"
#include "stats.h"
#include "stream.h"

const char *slant_diff_kind_name(enum slant_diff_kind k)
{
	static const char *const names[] = {"added", "removed", "reweighted",
	                                    "moved"};
	return names[k];
}

/* ---- the lexicons ---- */

/* An entry's identity: scheme, kind and text (the dimension apart). */
static char *entry_key(const struct slant_lexicon *lx, size_t e)
{
	const struct slant_entry *x = &lx->entries[e];
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "%s\t%s%s",
	                 lx->schemes[lx->dims[x->dim].scheme].name,
	                 x->exclusion ? "!" : "", x->text);
	return slant_buf_take(&b);
}

struct keyed {
	char *key;
	const char *dim;
	size_t entry;
	bool used;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	c = strcmp(x->dim, y->dim);
	return c ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

static struct keyed *keys_of(const struct slant_lexicon *lx)
{
	struct keyed *k = slant_xcalloc(lx->nentries + 1, sizeof *k);
	for (size_t e = 0; e < lx->nentries; e++)
		k[e] =
		    (struct keyed){entry_key(lx, e),
		                   lx->dims[lx->entries[e].dim].path, e, false};
	qsort(k, lx->nentries, sizeof *k, cmp_keyed);
	return k;
}

static void add_change(struct slant_diff *d, size_t *cap,
                       enum slant_diff_kind kind, size_t o, size_t n)
{
	SLANT_GROW(&d->entries, cap, d->nentries + 1);
	d->entries[d->nentries++] = (struct slant_diff_entry){kind, o, n};
}

static bool has_dim(const struct slant_lexicon *lx, const char *path)
{
	for (size_t i = 0; i < lx->ndims; i++)
		if (strcmp(lx->dims[i].path, path) == 0)
			return true;
	return false;
}

static void dims_only_in(const struct slant_lexicon *a,
                         const struct slant_lexicon *b, char ***out, size_t *n)
{
	size_t cap = 0;
	for (size_t i = 0; i < a->ndims; i++)
		if (!has_dim(b, a->dims[i].path)) {
			SLANT_GROW(out, &cap, *n + 1);
			(*out)[(*n)++] = slant_xstrdup(a->dims[i].path);
		}
}

struct slant_diff *slant_diff_lexicons(const struct slant_lexicon *old,
                                       const struct slant_lexicon *new)
{
	struct slant_diff *d = slant_xcalloc(1, sizeof *d);
	d->old = old;
	d->new = new;
	struct keyed *a = keys_of(old), *b = keys_of(new);
	size_t na = old->nentries, nb = new->nentries, cap = 0;
	/* within one key: the same dimension first, then pairs that moved,
	 * then what is left */
	for (size_t i = 0, j = 0; i < na || j < nb;) {
		int c = i == na ? 1 : j == nb ? -1 : strcmp(a[i].key, b[j].key);
		size_t ie = i, je = j;
		if (c <= 0)
			while (ie < na && strcmp(a[ie].key, a[i].key) == 0)
				ie++;
		if (c >= 0)
			while (je < nb && strcmp(b[je].key, b[j].key) == 0)
				je++;
		for (size_t p = i; p < ie; p++)
			for (size_t q = j; q < je; q++) {
				if (a[p].used || b[q].used ||
				    strcmp(a[p].dim, b[q].dim) != 0)
					continue;
				a[p].used = b[q].used = true;
				if (old->entries[a[p].entry].weight !=
				    new->entries[b[q].entry].weight)
					add_change(d, &cap,
					           SLANT_DIFF_REWEIGHTED,
					           a[p].entry, b[q].entry);
			}
		for (size_t p = i, q = j; p < ie && q < je;) {
			if (a[p].used) {
				p++;
			} else if (b[q].used) {
				q++;
			} else {
				a[p].used = b[q].used = true;
				add_change(d, &cap, SLANT_DIFF_MOVED,
				           a[p].entry, b[q].entry);
			}
		}
		for (size_t p = i; p < ie; p++)
			if (!a[p].used)
				add_change(d, &cap, SLANT_DIFF_REMOVED,
				           a[p].entry, SIZE_MAX);
		for (size_t q = j; q < je; q++)
			if (!b[q].used)
				add_change(d, &cap, SLANT_DIFF_ADDED, SIZE_MAX,
				           b[q].entry);
		i = ie;
		j = je;
	}
	for (size_t i = 0; i < na; i++)
		free(a[i].key);
	for (size_t j = 0; j < nb; j++)
		free(b[j].key);
	free(a);
	free(b);
	dims_only_in(new, old, &d->dims_added, &d->ndims_added);
	dims_only_in(old, new, &d->dims_removed, &d->ndims_removed);
	return d;
}

/* ---- the corpus: the scores ---- */

struct pass {
	const struct slant_lexicon *lx;
	const size_t *dims; /* the paired dimensions in lx */
	size_t k;
	bool first; /* keep ids, groups and token counts */
	/* scores */
	double *score; /* per article, k sums of weights */
	size_t n, cap;
	double *tokens;
	char **ids, **groups;
	/* entries: only for these articles (sorted), per (article, dim) */
	const size_t *pick;
	size_t npick;
	struct slant_buf causes; /* records kept from the flush */
};

static bool picked(const struct pass *p, size_t article)
{
	size_t lo = 0, hi = p->npick;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->pick[mid] < article)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->npick && p->pick[lo] == article;
}

static void score_article(void *ctx, unsigned worker,
                          const struct slant_article *a,
                          const struct slant_tokens *toks,
                          const struct slant_vocab *vocab,
                          const struct slant_tally *tally,
                          const struct slant_match *matches, size_t nmatches,
                          struct slant_buf *out)
{
	const struct pass *p = ctx;
	(void)worker;
	(void)toks;
	(void)vocab;
	if (p->pick) {
		/* the entries of a picked article: (dim slot, entry) per
		 * counted match */
		if (!picked(p, a->index))
			return;
		slant_rec_put_f64(out, (double)a->index);
		size_t at = out->len;
		uint32_t n = 0;
		slant_rec_put_u32(out, 0);
		for (size_t i = 0; i < nmatches; i++) {
			const struct slant_match *m = &matches[i];
			if (m->negated || m->excluded)
				continue;
			for (size_t s = 0; s < p->k; s++)
				if (p->dims[s] == m->dim) {
					slant_rec_put_u32(out, (uint32_t)s);
					slant_rec_put_u32(out, m->entry);
					n++;
				}
		}
		memcpy(out->data + at, &n, sizeof n);
		return;
	}
	if (p->first) {
		slant_rec_put_str(out, a->id);
		slant_rec_put_str(out, a->group);
		slant_rec_put_f64(
		    out, (double)(tally->tokens[0] + tally->tokens[1]));
	}
	for (size_t s = 0; s < p->k; s++)
		slant_rec_put_f64(out, tally->score[0][p->dims[s]] +
		                           tally->score[1][p->dims[s]]);
}

static int score_flush(void *ctx, struct slant_buf *b)
{
	struct pass *p = ctx;
	if (p->pick) {
		slant_buf_append(&p->causes, b->data, b->len);
		slant_buf_reset(b);
		return 0;
	}
	struct slant_rec_reader r = {b->data, b->data + b->len, false};
	while (r.p < r.end) {
		if (p->n == p->cap) {
			size_t c = p->cap ? 2 * p->cap : 1024;
			p->score = slant_xreallocarray(p->score, c * p->k + 1,
			                               sizeof *p->score);
			p->tokens = slant_xreallocarray(p->tokens, c,
			                                sizeof *p->tokens);
			p->ids = slant_xreallocarray(p->ids, c, sizeof *p->ids);
			p->groups = slant_xreallocarray(p->groups, c,
			                                sizeof *p->groups);
			p->cap = c;
		}
		if (p->first) {
			p->ids[p->n] = slant_xstrdup(slant_rec_get_str(&r));
			p->groups[p->n] = slant_xstrdup(slant_rec_get_str(&r));
			p->tokens[p->n] = slant_rec_get_f64(&r);
		}
		for (size_t s = 0; s < p->k; s++)
			p->score[p->n * p->k + s] = slant_rec_get_f64(&r);
		p->n++;
		SLANT_ASSERT(!r.bad);
	}
	slant_buf_reset(b);
	return 0;
}

static void pass_release(struct pass *p)
{
	for (size_t i = 0; p->first && i < p->n; i++) {
		free(p->ids[i]);
		free(p->groups[i]);
	}
	free(p->ids);
	free(p->groups);
	free(p->score);
	free(p->tokens);
	slant_buf_release(&p->causes);
}

static long run_pass(struct pass *p, slant_diff_open_fn open, void *ctx,
                     unsigned threads, struct slant_error *err)
{
	struct slant_corpus *c = open(ctx, err);
	if (!c)
		return -1;
	struct slant_stream_options so = {
	    .threads = threads,
	    .collect_matches = p->pick != NULL,
	    .lexicon_words_only = true,
	    .article = score_article,
	    .flush = score_flush,
	    .ctx = p,
	};
	long n = slant_stream_run(c, p->lx, &so, err);
	slant_corpus_free(c);
	return n;
}

/* The counts per entry of picked article `article` in dim slot s, from
 * a pass's kept records, as (entry index, count) sorted by entry. */
static size_t entry_counts(const struct pass *p, size_t article, size_t s,
                           uint32_t (**out)[2])
{
	struct slant_rec_reader r = {p->causes.data,
	                             p->causes.data + p->causes.len, false};
	size_t n = 0, cap = 0;
	*out = NULL;
	while (r.p < r.end) {
		size_t a = (size_t)slant_rec_get_f64(&r);
		uint32_t m = slant_rec_get_u32(&r);
		for (uint32_t i = 0; i < m; i++) {
			uint32_t slot = slant_rec_get_u32(&r);
			uint32_t e = slant_rec_get_u32(&r);
			if (a != article || slot != s)
				continue;
			size_t j = 0;
			while (j < n && (*out)[j][0] != e)
				j++;
			if (j == n) {
				SLANT_GROW(out, &cap, n + 1);
				(*out)[n][0] = e;
				(*out)[n][1] = 0;
				n++;
			}
			(*out)[j][1]++;
		}
	}
	return n;
}

static char *written(const struct slant_lexicon *lx, uint32_t e)
{
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "%s%s", lx->entries[e].exclusion ? "!" : "",
	                 lx->entries[e].text);
	return slant_buf_take(&b);
}

static int cmp_cause(const void *a, const void *b)
{
	const struct slant_diff_cause *x = a, *y = b;
	double dx = fabs(x->after - x->before);
	double dy = fabs(y->after - y->before);
	if (dx != dy)
		return dx > dy ? -1 : 1;
	return strcmp(x->entry, y->entry);
}

/* The entries whose part in the article differs, most change first. */
static void causes_of(struct slant_diff_article *m, const struct pass *po,
                      const struct pass *pn, size_t article, size_t s)
{
	uint32_t(*a)[2], (*b)[2];
	size_t na = entry_counts(po, article, s, &a);
	size_t nb = entry_counts(pn, article, s, &b);
	size_t cap = 0;
	for (size_t i = 0; i < na + nb; i++) {
		bool isold = i < na;
		const struct slant_lexicon *lx = isold ? po->lx : pn->lx;
		uint32_t e = isold ? a[i][0] : b[i - na][0];
		char *w = written(lx, e);
		size_t j = 0;
		while (j < m->ncauses && strcmp(m->causes[j].entry, w) != 0)
			j++;
		if (j == m->ncauses) {
			SLANT_GROW(&m->causes, &cap, m->ncauses + 1);
			m->causes[m->ncauses++] =
			    (struct slant_diff_cause){w, 0, 0};
		} else {
			free(w);
		}
		if (isold)
			m->causes[j].before += a[i][1] * lx->entries[e].weight;
		else
			m->causes[j].after +=
			    b[i - na][1] * lx->entries[e].weight;
	}
	size_t keep = 0;
	for (size_t j = 0; j < m->ncauses; j++) {
		if (m->causes[j].before == m->causes[j].after)
			free(m->causes[j].entry);
		else
			m->causes[keep++] = m->causes[j];
	}
	m->ncauses = keep;
	if (m->ncauses)
		qsort(m->causes, m->ncauses, sizeof *m->causes, cmp_cause);
	free(a);
	free(b);
}

static double rate(double score, double tokens)
{
	return tokens > 0 ? score * 1000.0 / tokens : 0.0;
}

struct moved_rank {
	size_t article;
	double change;
};

static int cmp_moved(const void *a, const void *b)
{
	const struct moved_rank *x = a, *y = b;
	double dx = fabs(x->change), dy = fabs(y->change);
	if (dx != dy)
		return dx > dy ? -1 : 1;
	return (x->article > y->article) - (x->article < y->article);
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

int slant_diff_corpus(struct slant_diff *d, slant_diff_open_fn open, void *ctx,
                      unsigned threads, size_t top, struct slant_error *err)
{
	/* the dimensions in both */
	size_t k = 0, cap = 0;
	for (size_t i = 0; i < d->old->ndims; i++)
		for (size_t j = 0; j < d->new->ndims; j++)
			if (strcmp(d->old->dims[i].path,
			           d->new->dims[j].path) == 0) {
				SLANT_GROW(&d->dims, &cap, k + 1);
				memset(&d->dims[k], 0, sizeof d->dims[k]);
				d->dims[k].path =
				    slant_xstrdup(d->old->dims[i].path);
				d->dims[k].old_dim = i;
				d->dims[k].new_dim = j;
				k++;
			}
	d->ndims = k;
	size_t *od = slant_xcalloc(k + 1, sizeof *od);
	size_t *nd = slant_xcalloc(k + 1, sizeof *nd);
	for (size_t s = 0; s < k; s++) {
		od[s] = d->dims[s].old_dim;
		nd[s] = d->dims[s].new_dim;
	}
	struct pass po = {d->old, od,   k,    true, NULL, 0,  0,
	                  NULL,   NULL, NULL, NULL, 0,    {0}};
	struct pass pn = {d->new, nd,   k,    false, NULL, 0,  0,
	                  NULL,   NULL, NULL, NULL,  0,    {0}};
	int rc = -1;
	size_t *pick = NULL, npick = 0, pcap = 0;
	struct moved_rank *rank = NULL;
	double *x = NULL, *y = NULL;
	if (run_pass(&po, open, ctx, threads, err) < 0 ||
	    run_pass(&pn, open, ctx, threads, err) < 0)
		goto out;
	if (po.n != pn.n) {
		slant_error_set(err, SLANT_EIO, NULL,
		                "the corpus changed between two readings");
		goto out;
	}
	size_t n = po.n;
	d->articles = n;
	d->scored = true;
	x = slant_xcalloc(n + 1, sizeof *x);
	y = slant_xcalloc(n + 1, sizeof *y);
	rank = slant_xcalloc(n + 1, sizeof *rank);
	size_t mcap = 0;
	for (size_t s = 0; s < k; s++) {
		struct slant_diff_dim *D = &d->dims[s];
		double sx = 0, sy = 0;
		size_t nr = 0;
		for (size_t i = 0; i < n; i++) {
			double hb = po.score[i * k + s],
			       ha = pn.score[i * k + s];
			x[i] = rate(hb, po.tokens[i]);
			y[i] = rate(ha, po.tokens[i]);
			sx += x[i];
			sy += y[i];
			if (hb != ha) {
				D->changed++;
				rank[nr++] =
				    (struct moved_rank){i, y[i] - x[i]};
			}
		}
		D->mean_before = n ? sx / (double)n : NAN;
		D->mean_after = n ? sy / (double)n : NAN;
		D->spearman = slant_stats_spearman(x, y, n);
		qsort(rank, nr, sizeof *rank, cmp_moved);
		D->articles_off = d->nmoved;
		for (size_t q = 0; q < nr && q < top; q++) {
			size_t i = rank[q].article;
			SLANT_GROW(&d->moved, &mcap, d->nmoved + 1);
			struct slant_diff_article *m = &d->moved[d->nmoved++];
			memset(m, 0, sizeof *m);
			m->dim = s;
			m->article = i;
			m->id = slant_xstrdup(po.ids[i]);
			m->group = slant_xstrdup(po.groups[i]);
			m->before = x[i];
			m->after = y[i];
			SLANT_GROW(&pick, &pcap, npick + 1);
			pick[npick++] = i;
		}
		D->narticles = d->nmoved - D->articles_off;
	}
	/* the entries behind the moves: two more readings, of the picked
	 * articles only */
	if (npick)
		qsort(pick, npick, sizeof *pick, cmp_size);
	po.pick = pn.pick = pick;
	po.npick = pn.npick = npick;
	if (npick && (run_pass(&po, open, ctx, threads, err) < 0 ||
	              run_pass(&pn, open, ctx, threads, err) < 0))
		goto out;
	for (size_t s = 0; s < k; s++) {
		struct slant_diff_dim *D = &d->dims[s];
		for (size_t q = 0; q < D->narticles; q++) {
			struct slant_diff_article *m =
			    &d->moved[D->articles_off + q];
			causes_of(m, &po, &pn, m->article, s);
		}
	}
	rc = 0;
out:
	pass_release(&po);
	pass_release(&pn);
	free(od);
	free(nd);
	free(pick);
	free(rank);
	free(x);
	free(y);
	return rc;
}

void slant_diff_free(struct slant_diff *d)
{
	if (!d)
		return;
	free(d->entries);
	for (size_t i = 0; i < d->ndims_added; i++)
		free(d->dims_added[i]);
	for (size_t i = 0; i < d->ndims_removed; i++)
		free(d->dims_removed[i]);
	free(d->dims_added);
	free(d->dims_removed);
	for (size_t i = 0; i < d->ndims; i++)
		free(d->dims[i].path);
	free(d->dims);
	for (size_t i = 0; i < d->nmoved; i++) {
		struct slant_diff_article *m = &d->moved[i];
		free(m->id);
		free(m->group);
		for (size_t j = 0; j < m->ncauses; j++)
			free(m->causes[j].entry);
		free(m->causes);
	}
	free(d->moved);
	free(d);
}

/* ---- output ---- */

int slant_diff_table_parse(const char *s, enum slant_diff_table *out)
{
	static const char *const names[] = {"entries", "dimensions",
	                                    "articles"};
	for (size_t i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum slant_diff_table)i;
			return 0;
		}
	return -1;
}

static const struct slant_entry *side(const struct slant_diff *d, bool old,
                                      size_t e)
{
	if (e == SIZE_MAX)
		return NULL;
	return old ? &d->old->entries[e] : &d->new->entries[e];
}

/* The entry a change is about: the new one, or the old one when it was
 * removed (every change has one or the other). */
static const struct slant_entry *either(const struct slant_diff *d,
                                        const struct slant_diff_entry *c)
{
	const struct slant_entry *e = side(d, false, c->new_entry);
	if (!e)
		e = side(d, true, c->old_entry);
	SLANT_ASSERT(e);
	return e;
}

static const char *dim_path(const struct slant_lexicon *lx,
                            const struct slant_entry *e)
{
	return e ? lx->dims[e->dim].path : "";
}

static void put_causes(struct slant_buf *b, const struct slant_diff_article *m)
{
	for (size_t j = 0; j < m->ncauses; j++) {
		slant_buf_printf(b, "%s%s ", j ? ", " : "", m->causes[j].entry);
		slant_put_g(b, m->causes[j].before, 4);
		slant_buf_puts(b, "->");
		slant_put_g(b, m->causes[j].after, 4);
	}
}

void slant_diff_write_text(const struct slant_diff *d, struct slant_buf *b)
{
	size_t count[4] = {0};
	for (size_t i = 0; i < d->nentries; i++)
		count[d->entries[i].kind]++;
	slant_buf_printf(b,
	                 "slant lexicon diff: entries %zu added, %zu removed, "
	                 "%zu reweighted, %zu moved; dimensions %zu added, "
	                 "%zu removed\n",
	                 count[0], count[1], count[2], count[3], d->ndims_added,
	                 d->ndims_removed);
	for (size_t i = 0; i < d->ndims_added; i++)
		slant_buf_printf(b, "+ dimension %s\n", d->dims_added[i]);
	for (size_t i = 0; i < d->ndims_removed; i++)
		slant_buf_printf(b, "- dimension %s\n", d->dims_removed[i]);
	if (d->nentries) {
		slant_buf_putc(b, '\n');
		struct slant_text_table t;
		const char *const h[] = {"change", "entry", "dimension",
		                         "weight", "line"};
		slant_text_table_header(&t, h, 5);
		for (size_t i = 0; i < d->nentries; i++) {
			const struct slant_diff_entry *c = &d->entries[i];
			const struct slant_entry *o = side(d, true,
			                                   c->old_entry),
			                         *n = side(d, false,
			                                   c->new_entry);
			const struct slant_entry *any = either(d, c);
			slant_text_table_add(&t, slant_diff_kind_name(c->kind));
			slant_text_table_addf(
			    &t, "%s%s", any->exclusion ? "!" : "", any->text);
			if (o && n && c->kind == SLANT_DIFF_MOVED)
				slant_text_table_addf(&t, "%s -> %s",
				                      dim_path(d->old, o),
				                      dim_path(d->new, n));
			else
				slant_text_table_add(&t,
				                     n ? dim_path(d->new, n)
				                       : dim_path(d->old, o));
			if (o && n && o->weight != n->weight)
				slant_text_table_addf(&t, "%g -> %g", o->weight,
				                      n->weight);
			else
				slant_text_table_addf(&t, "%g", any->weight);
			if (o && n)
				slant_text_table_addf(&t, "%zu -> %zu", o->line,
				                      n->line);
			else
				slant_text_table_addf(&t, "%zu", any->line);
		}
		slant_text_table_render(&t, b);
		slant_text_table_release(&t);
	}
	if (!d->scored)
		return;
	slant_buf_printf(b,
	                 "\ncorpus: %zu articles; scores: weights of the "
	                 "hits per 1,000 tokens; spearman: rank correlation "
	                 "of the articles' scores before and after\n",
	                 d->articles);
	struct slant_text_table t;
	const char *const h[] = {"dimension",  "mean before",
	                         "mean after", "change",
	                         "spearman",   "articles changed"};
	slant_text_table_header(&t, h, 6);
	for (size_t s = 0; s < d->ndims; s++) {
		const struct slant_diff_dim *D = &d->dims[s];
		if (!D->changed)
			continue;
		slant_text_table_add(&t, D->path);
		slant_text_table_num(&t, D->mean_before, 3);
		slant_text_table_num(&t, D->mean_after, 3);
		slant_text_table_num(&t, D->mean_after - D->mean_before, 3);
		slant_text_table_num(&t, D->spearman, 3);
		slant_text_table_addf(&t, "%zu", D->changed);
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
	size_t unchanged = 0;
	for (size_t s = 0; s < d->ndims; s++)
		unchanged += !d->dims[s].changed;
	if (unchanged)
		slant_buf_printf(b,
		                 "(%zu dimension(s) score every article as "
		                 "before)\n",
		                 unchanged);
	if (!d->nmoved)
		return;
	slant_buf_puts(b, "\narticles whose score moved most, and the entries "
	                  "whose part changed (hits x weight, "
	                  "before->after):\n");
	const char *const h2[] = {"dimension", "id",    "group",
	                          "before",    "after", "entries"};
	slant_text_table_header(&t, h2, 6);
	struct slant_buf cb;
	slant_buf_init(&cb);
	for (size_t i = 0; i < d->nmoved; i++) {
		const struct slant_diff_article *m = &d->moved[i];
		slant_text_table_add(&t, d->dims[m->dim].path);
		slant_text_table_add(&t, m->id);
		slant_text_table_add(&t, m->group);
		slant_text_table_num(&t, m->before, 3);
		slant_text_table_num(&t, m->after, 3);
		slant_buf_reset(&cb);
		slant_buf_puts(&cb, "");
		put_causes(&cb, m);
		slant_text_table_add(&t, cb.data);
	}
	slant_buf_release(&cb);
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
}

void slant_diff_write_table(const struct slant_diff *d, enum slant_diff_table t,
                            bool tsv, struct slant_buf *b)
{
	enum slant_table_format f = tsv ? SLANT_FMT_TSV : SLANT_FMT_CSV;
	char sep = tsv ? '\t' : ',';
	struct slant_buf cell;
	slant_buf_init(&cell);
	if (t == SLANT_DIFF_ENTRIES) {
		slant_buf_printf(b,
		                 "change%cscheme%centry%cold_dimension%c"
		                 "new_dimension%cold_weight%cnew_weight%c"
		                 "old_line%cnew_line\n",
		                 sep, sep, sep, sep, sep, sep, sep, sep);
		for (size_t i = 0; i < d->nentries; i++) {
			const struct slant_diff_entry *c = &d->entries[i];
			const struct slant_entry *o = side(d, true,
			                                   c->old_entry),
			                         *n = side(d, false,
			                                   c->new_entry);
			const struct slant_lexicon *lx = n ? d->new : d->old;
			const struct slant_entry *any = either(d, c);
			slant_buf_reset(&cell);
			slant_buf_printf(&cell, "%s%s",
			                 any->exclusion ? "!" : "", any->text);
			slant_buf_printf(b, "%s%c",
			                 slant_diff_kind_name(c->kind), sep);
			slant_put_field(
			    b, f, lx->schemes[lx->dims[any->dim].scheme].name);
			slant_buf_putc(b, sep);
			slant_put_field(b, f, cell.data);
			slant_buf_putc(b, sep);
			slant_put_field(b, f, dim_path(d->old, o));
			slant_buf_putc(b, sep);
			slant_put_field(b, f, dim_path(d->new, n));
			slant_buf_putc(b, sep);
			if (o)
				slant_put_g(b, o->weight, 10);
			slant_buf_putc(b, sep);
			if (n)
				slant_put_g(b, n->weight, 10);
			slant_buf_putc(b, sep);
			if (o)
				slant_buf_printf(b, "%zu", o->line);
			slant_buf_putc(b, sep);
			if (n)
				slant_buf_printf(b, "%zu", n->line);
			slant_buf_putc(b, '\n');
		}
	} else if (t == SLANT_DIFF_DIMENSIONS) {
		slant_buf_printf(b,
		                 "dimension%cmean_before%cmean_after%cchange%c"
		                 "spearman%carticles_changed\n",
		                 sep, sep, sep, sep, sep);
		for (size_t s = 0; s < d->ndims; s++) {
			const struct slant_diff_dim *D = &d->dims[s];
			slant_put_field(b, f, D->path);
			const double v[] = {D->mean_before, D->mean_after,
			                    D->mean_after - D->mean_before,
			                    D->spearman};
			for (size_t j = 0; j < 4; j++) {
				slant_buf_putc(b, sep);
				if (isfinite(v[j]))
					slant_put_g(b, v[j], 10);
			}
			slant_buf_printf(b, "%c%zu\n", sep, D->changed);
		}
	} else {
		slant_buf_printf(b,
		                 "dimension%cid%cgroup%cbefore%cafter%cchange%c"
		                 "entries\n",
		                 sep, sep, sep, sep, sep, sep);
		for (size_t i = 0; i < d->nmoved; i++) {
			const struct slant_diff_article *m = &d->moved[i];
			slant_put_field(b, f, d->dims[m->dim].path);
			slant_buf_putc(b, sep);
			slant_put_field(b, f, m->id);
			slant_buf_putc(b, sep);
			slant_put_field(b, f, m->group);
			const double v[] = {m->before, m->after,
			                    m->after - m->before};
			for (size_t j = 0; j < 3; j++) {
				slant_buf_putc(b, sep);
				slant_put_g(b, v[j], 10);
			}
			slant_buf_putc(b, sep);
			slant_buf_reset(&cell);
			slant_buf_puts(&cell, "");
			put_causes(&cell, m);
			slant_put_field(b, f, cell.data);
			slant_buf_putc(b, '\n');
		}
	}
	slant_buf_release(&cell);
}

static void json_entry_side(struct slant_buf *b, const char *key,
                            const struct slant_lexicon *lx,
                            const struct slant_entry *e)
{
	slant_buf_printf(b, ",\"%s\":", key);
	if (!e) {
		slant_buf_puts(b, "null");
		return;
	}
	slant_buf_puts(b, "{\"dimension\":");
	slant_put_json_string(b, lx->dims[e->dim].path);
	slant_buf_puts(b, ",\"weight\":");
	slant_put_json_number(b, e->weight);
	slant_buf_printf(b, ",\"line\":%zu}", e->line);
}

void slant_diff_write_json(const struct slant_diff *d, struct slant_buf *b)
{
	slant_buf_puts(b, "{\"dimensions_added\":[");
	for (size_t i = 0; i < d->ndims_added; i++) {
		if (i)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, d->dims_added[i]);
	}
	slant_buf_puts(b, "],\"dimensions_removed\":[");
	for (size_t i = 0; i < d->ndims_removed; i++) {
		if (i)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, d->dims_removed[i]);
	}
	slant_buf_puts(b, "],\"entries\":[");
	struct slant_buf cell;
	slant_buf_init(&cell);
	for (size_t i = 0; i < d->nentries; i++) {
		const struct slant_diff_entry *c = &d->entries[i];
		const struct slant_entry *o = side(d, true, c->old_entry),
		                         *n = side(d, false, c->new_entry);
		const struct slant_entry *any = either(d, c);
		slant_buf_reset(&cell);
		slant_buf_printf(&cell, "%s%s", any->exclusion ? "!" : "",
		                 any->text);
		slant_buf_printf(b, "%s{\"change\":\"%s\",\"entry\":",
		                 i ? "," : "", slant_diff_kind_name(c->kind));
		slant_put_json_string(b, cell.data);
		json_entry_side(b, "old", d->old, o);
		json_entry_side(b, "new", d->new, n);
		slant_buf_putc(b, '}');
	}
	slant_buf_puts(b, "],\"corpus\":");
	if (!d->scored) {
		slant_buf_puts(b, "null}\n");
		slant_buf_release(&cell);
		return;
	}
	slant_buf_printf(b, "{\"articles\":%zu,\"dimensions\":[", d->articles);
	for (size_t s = 0; s < d->ndims; s++) {
		const struct slant_diff_dim *D = &d->dims[s];
		slant_buf_puts(b, s ? ",{\"dimension\":" : "{\"dimension\":");
		slant_put_json_string(b, D->path);
		slant_buf_puts(b, ",\"mean_before\":");
		slant_put_json_number(b, D->mean_before);
		slant_buf_puts(b, ",\"mean_after\":");
		slant_put_json_number(b, D->mean_after);
		slant_buf_puts(b, ",\"spearman\":");
		slant_put_json_number(b, D->spearman);
		slant_buf_printf(b, ",\"articles_changed\":%zu,\"moved\":[",
		                 D->changed);
		for (size_t q = 0; q < D->narticles; q++) {
			const struct slant_diff_article *m =
			    &d->moved[D->articles_off + q];
			slant_buf_puts(b, q ? ",{\"id\":" : "{\"id\":");
			slant_put_json_string(b, m->id);
			slant_buf_puts(b, ",\"group\":");
			slant_put_json_string(b, m->group);
			slant_buf_puts(b, ",\"before\":");
			slant_put_json_number(b, m->before);
			slant_buf_puts(b, ",\"after\":");
			slant_put_json_number(b, m->after);
			slant_buf_puts(b, ",\"entries\":[");
			for (size_t j = 0; j < m->ncauses; j++) {
				slant_buf_puts(b, j ? ",{\"entry\":"
				                    : "{\"entry\":");
				slant_put_json_string(b, m->causes[j].entry);
				slant_buf_puts(b, ",\"before\":");
				slant_put_json_number(b, m->causes[j].before);
				slant_buf_puts(b, ",\"after\":");
				slant_put_json_number(b, m->causes[j].after);
				slant_buf_putc(b, '}');
			}
			slant_buf_puts(b, "]}");
		}
		slant_buf_puts(b, "]}");
	}
	slant_buf_puts(b, "]}}\n");
	slant_buf_release(&cell);
}
