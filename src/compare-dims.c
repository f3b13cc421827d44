/* compare-dims.c: the dimension statistics: group means with bootstrap
 * intervals, each comparison's tests of every dimension in every voice,
 * Kruskal-Wallis across groups, and the naming preferences. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare-internal.h"

/* Turn the group's article hits from one row per article (as they come)
 * to one row per dimension, before the statistics read them a dimension
 * at a time: hits[(d * articles + i) * 2 + voice]. Reading a column of
 * the article-major table touched a cache line per article. */
static void transpose_hits(struct bgroup *gr, size_t nd)
{
	size_t n = gr->articles;
	if (!nd || !n)
		return;
	uint32_t *t = slant_xmalloc(n * nd * 2 * sizeof *t);
	for (size_t i = 0; i < n; i++)
		for (size_t d = 0; d < nd; d++) {
			t[(d * n + i) * 2] = gr->hits[(i * nd + d) * 2];
			t[(d * n + i) * 2 + 1] = gr->hits[(i * nd + d) * 2 + 1];
		}
	free(gr->hits);
	gr->hits = t;
	gr->hits_cap = n * nd * 2;
}

/* The article rates of dimension d, voice v, of the groups in side s. */
static size_t side_rates(const struct fin *f, const struct side *s, size_t d,
                         int v, double *out)
{
	size_t n = 0;
	for (size_t g = 0; g < f->b->ngroups; g++) {
		if (!in_side(s, g))
			continue;
		const struct bgroup *gr = &f->b->groups[g];
		for (size_t i = 0; i < gr->articles; i++) {
			double r =
			    article_rate(gr->hits + (d * gr->articles + i) * 2,
			                 gr->tok + i * 2, v);
			if (!isnan(r))
				out[n++] = r;
		}
	}
	return n;
}

static double mean_of(const double *x, size_t n)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += x[i];
	return n ? s / (double)n : NAN;
}

struct dim_boot {
	const struct block *blocks;
	size_t ndv;
	double *sum, *cnt;
};

static void dim_boot_fn(const size_t *idx, size_t n, void *ctx, double *out)
{
	struct dim_boot *d = ctx;
	memset(d->sum, 0, d->ndv * sizeof *d->sum);
	memset(d->cnt, 0, d->ndv * sizeof *d->cnt);
	for (size_t i = 0; i < n; i++) {
		const struct block *k = &d->blocks[idx[i]];
		for (size_t j = 0; j < d->ndv; j++) {
			d->sum[j] += k->rate_sum[j];
			d->cnt[j] += k->rate_n[j];
		}
	}
	for (size_t j = 0; j < d->ndv; j++)
		out[j] = d->cnt[j] > 0 ? d->sum[j] / d->cnt[j] : NAN;
}

/* A seed for test (a, b) of the model: Monte Carlo p-values must not
 * depend on the order the tests run in (threads), and different tests
 * must not share draws. splitmix64's finaliser mixes the three. */
static unsigned long test_seed(unsigned long seed, size_t a, size_t b)
{
	uint64_t z = (uint64_t)seed + 0x9e3779b97f4a7c15ull * (a + 1) +
	             0xbf58476d1ce4e5b9ull * (b + 1);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return (unsigned long)(z ^ (z >> 31));
}

static const char few_articles[] = "fewer than 3 articles on a side";
static const char no_variation[] = "no variation: every article the same";

static void dim_test(const struct fin *f, struct slant_compare_pair *pr,
                     const struct side sides[2], size_t d, int v, double *x,
                     double *y)
{
	const struct slant_compare_builder *b = f->b;
	struct slant_compare_dim_test *t = &pr->dims[d * SLANT_NVOICES + v];
	t->dim = d;
	t->voice = v;
	for (int s = 0; s < 2; s++) {
		double h = 0, tok = 0;
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t i = 0; i < gr->articles; i++)
				article_add(gr->hits +
				                (d * gr->articles + i) * 2,
				            gr->tok + i * 2, v, &h, &tok);
		}
		t->hits[s] = h;
		t->tokens[s] = tok;
	}
	t->n[0] = side_rates(f, &sides[0], d, v, x);
	t->n[1] = side_rates(f, &sides[1], d, v, y);
	t->mean[0] = mean_of(x, t->n[0]);
	t->mean[1] = mean_of(y, t->n[1]);
	t->g2 = slant_stats_g2(t->hits[0], t->hits[1], t->tokens[0],
	                       t->tokens[1], &t->g2_p);
	slant_stats_log_ratio(t->hits[0], t->hits[1], t->tokens[0],
	                      t->tokens[1], b->opt.conf, &t->log_ratio);
	t->mean_ratio.est = t->tokens[0] + t->tokens[1] > 0
	                        ? slant_stats_zero_safe_log_ratio(
	                              t->mean[0], t->mean[1],
	                              1000.0 / (t->tokens[0] + t->tokens[1]))
	                        : NAN;
	t->mean_ratio.lo = t->mean_ratio.hi = NAN;
	t->q = NAN;
	t->paired.stat = t->paired.df = t->paired.p = t->paired_q = NAN;
	t->paired_diff.est = t->paired_diff.lo = t->paired_diff.hi = NAN;
	t->welch.stat = t->welch.df = t->welch.p = NAN;
	t->mw = t->welch;
	t->cliffs_delta = t->cohens_d = t->hedges_g = NAN;
	if (t->n[0] < SLANT_COMPARE_MIN_ARTICLES ||
	    t->n[1] < SLANT_COMPARE_MIN_ARTICLES) {
		t->untestable = few_articles;
		return;
	}
	size_t pair = (size_t)(pr - f->m->pairs);
	if (slant_stats_mann_whitney_auto(
	        x, t->n[0], y, t->n[1],
	        test_seed(b->opt.seed, pair, d * SLANT_NVOICES + (size_t)v),
	        &t->mw) < 0) {
		t->untestable = no_variation;
		return;
	}
	/* From U and d: the same values as the data-based functions, one
	 * ranking and one pass of moments fewer. */
	t->cliffs_delta =
	    slant_stats_cliffs_delta_from_u(t->mw.stat, t->n[0], t->n[1]);
	slant_stats_welch_t(x, t->n[0], y, t->n[1], &t->welch);
	t->cohens_d = slant_stats_cohens_d(x, t->n[0], y, t->n[1]);
	t->hedges_g =
	    slant_stats_hedges_g_from_d(t->cohens_d, t->n[0], t->n[1]);
}

struct dim_job {
	const struct fin *f;
	struct slant_compare_pair *pr;
	const struct side *sides;
	size_t first, step, n; /* dimension-voice indices first, first+step.. */
	size_t scratch;
};

static void *dim_worker(void *arg)
{
	struct dim_job *j = arg;
	double *x = slant_xcalloc(j->scratch, sizeof *x);
	double *y = slant_xcalloc(j->scratch, sizeof *y);
	for (size_t i = j->first; i < j->n; i += j->step)
		dim_test(j->f, j->pr, j->sides, i / SLANT_NVOICES,
		         (int)(i % SLANT_NVOICES), x, y);
	free(x);
	free(y);
	return NULL;
}

/* The mean ratio's bootstrap: each side's blocks resampled apart; a
 * replicate's mean rate of a side is its drawn blocks' sum of article
 * rates over their count of rates. */
struct ratio_boot {
	const struct boot_item *items;
	size_t ndv;
	const double *eps; /* per dimension-voice, the estimate's */
};

static void ratio_boot_fn(const size_t *idx, size_t m, size_t n, void *ctx,
                          double *out)
{
	const struct ratio_boot *rb = ctx;
	size_t k = rb->ndv;
	double *acc = slant_xcalloc(4 * (k ? k : 1), sizeof *acc);
	for (size_t r = 0; r < m; r++) {
		memset(acc, 0, 4 * k * sizeof *acc);
		for (size_t i = 0; i < n; i++) {
			const struct boot_item *it = &rb->items[idx[r * n + i]];
			double *sum = acc + (size_t)it->side * 2 * k;
			double *cnt = sum + k;
			for (size_t j = 0; j < k; j++) {
				sum[j] += it->k->rate_sum[j];
				cnt[j] += it->k->rate_n[j];
			}
		}
		for (size_t j = 0; j < k; j++) {
			double m0 = acc[k + j] > 0 ? acc[j] / acc[k + j] : NAN;
			double m1 = acc[3 * k + j] > 0
			                ? acc[2 * k + j] / acc[3 * k + j]
			                : NAN;
			out[r * k + j] =
			    slant_stats_zero_safe_log_ratio(m0, m1, rb->eps[j]);
		}
	}
	free(acc);
}

static void pair_ratio_boot(struct fin *f, struct slant_compare_pair *pr,
                            const struct side sides[2])
{
	struct slant_compare_builder *b = f->b;
	size_t ndv = b->lx->ndims * SLANT_NVOICES, nitems = 0, n0 = 0;
	if (!b->opt.bootstrap || !pr->article_tests || !ndv)
		return;
	for (int s = 0; s < 2; s++)
		for (size_t g = 0; g < b->ngroups; g++)
			if (in_side(&sides[s], g)) {
				nitems += b->groups[g].nblocks;
				n0 += s == 0 ? b->groups[g].nblocks : 0;
			}
	if (!n0 || n0 >= nitems)
		return;
	struct boot_item *items = slant_xcalloc(nitems, sizeof *items);
	size_t ni = 0;
	for (int s = 0; s < 2; s++)
		for (size_t g = 0; g < b->ngroups; g++)
			if (in_side(&sides[s], g))
				for (size_t k = 0; k < b->groups[g].nblocks;
				     k++)
					items[ni++] = (struct boot_item){
					    &b->groups[g].blocks[k], s};
	double *eps = slant_xcalloc(ndv, sizeof *eps);
	for (size_t j = 0; j < ndv; j++) {
		const struct slant_compare_dim_test *t = &pr->dims[j];
		eps[j] = 1000.0 / (t->tokens[0] + t->tokens[1]);
	}
	struct ratio_boot rb = {items, ndv, eps};
	struct slant_stats_interval *iv = slant_xcalloc(ndv, sizeof *iv);
	compare_bootstrap(&b->opt, nitems, n0, ndv, ratio_boot_fn, &rb, iv);
	for (size_t j = 0; j < ndv; j++)
		if (!isnan(pr->dims[j].mean_ratio.est)) {
			pr->dims[j].mean_ratio.lo = iv[j].lo;
			pr->dims[j].mean_ratio.hi = iv[j].hi;
		}
	free(iv);
	free(eps);
	free(items);
}

/* Every dimension in every voice: independent, so spread over the
 * threads; each result lands in its own slot, so the model does not
 * depend on the number of threads. One family: every dimension in every
 * voice with a p. */
static void pair_dims(struct fin *f, struct slant_compare_pair *pr,
                      const struct side sides[2], size_t scratch)
{
	struct slant_compare_builder *b = f->b;
	size_t nd = b->lx->ndims, ndv = nd * SLANT_NVOICES;
	pr->dims = slant_xcalloc(ndv + 1, sizeof *pr->dims);
	size_t nth = b->opt.threads ? b->opt.threads : 1;
	struct dim_job *jobs = slant_xcalloc(nth, sizeof *jobs);
	pthread_t *tid = slant_xcalloc(nth, sizeof *tid);
	for (size_t t = 0; t < nth; t++) {
		jobs[t] = (struct dim_job){f, pr, sides, t, nth, ndv, scratch};
		if (t > 0 &&
		    pthread_create(&tid[t], NULL, dim_worker, &jobs[t]) != 0)
			slant_die_bug(__FILE__, __LINE__,
			              "pthread_create failed");
	}
	dim_worker(&jobs[0]);
	for (size_t t = 1; t < nth; t++)
		pthread_join(tid[t], NULL);
	free(jobs);
	free(tid);
	double *p = slant_xcalloc(ndv + 1, sizeof *p);
	for (size_t j = 0; j < ndv; j++)
		p[j] = pr->dims[j].mw.p;
	pr->family_dims = slant_stats_bh(p, ndv, p);
	for (size_t j = 0; j < ndv; j++) {
		pr->dims[j].q = p[j];
		pr->dims[j].significant = p[j] < b->opt.alpha;
	}
	free(p);
	pair_ratio_boot(f, pr, sides);
}

/* Each block's sum of article rates per dimension and voice, and how
 * many articles have a rate, from the (transposed) article hits: the
 * blocks are runs of consecutive articles. */
static void block_rates(struct bgroup *gr, size_t nd)
{
	size_t ndv = nd * SLANT_NVOICES, n = gr->articles, first = 0;
	for (size_t bk = 0; bk < gr->nblocks; bk++) {
		struct block *k = &gr->blocks[bk];
		k->rate_sum = slant_xcalloc(ndv ? ndv : 1, sizeof *k->rate_sum);
		k->rate_n = slant_xcalloc(ndv ? ndv : 1, sizeof *k->rate_n);
		for (size_t d = 0; d < nd; d++)
			for (size_t i = first; i < first + k->articles && i < n;
			     i++) {
				const uint32_t *h = gr->hits + (d * n + i) * 2;
				const uint32_t *t = gr->tok + i * 2;
				double r[3] = {article_rate(h, t, 0),
				               article_rate(h, t, 1),
				               article_rate(h, t, 2)};
				for (int v = 0; v < SLANT_NVOICES; v++)
					if (!isnan(r[v])) {
						k->rate_sum[d * SLANT_NVOICES +
						            v] += r[v];
						k->rate_n[d * SLANT_NVOICES +
						          v] += 1;
					}
			}
		first += k->articles;
	}
}

static void group_dims(struct fin *f, size_t g, double *x)
{
	struct slant_compare_builder *b = f->b;
	struct bgroup *gr = &b->groups[g];
	struct slant_compare_group *mg = &f->m->groups[g];
	size_t nd = b->lx->ndims, ndv = nd * SLANT_NVOICES;
	mg->dims = slant_xcalloc(ndv + 1, sizeof *mg->dims);
	struct side s = {{g, 0}, false};
	for (size_t d = 0; d < nd; d++)
		for (int v = 0; v < SLANT_NVOICES; v++) {
			struct slant_compare_group_dim *gd =
			    &mg->dims[d * SLANT_NVOICES + v];
			gd->n = side_rates(f, &s, d, v, x);
			gd->mean.est = mean_of(x, gd->n);
			gd->mean.lo = gd->mean.hi = NAN;
			double h = 0, tok = 0;
			for (size_t i = 0; i < gr->articles; i++)
				article_add(gr->hits +
				                (d * gr->articles + i) * 2,
				            gr->tok + i * 2, v, &h, &tok);
			gd->hits = h;
			gd->rate = tok > 0 ? 1000 * h / tok : NAN;
		}
	if (gr->articles < 2 || !b->opt.bootstrap || !gr->nblocks || !ndv)
		return;
	size_t nth = b->opt.threads ? b->opt.threads : 1;
	struct dim_boot *db = slant_xcalloc(nth, sizeof *db);
	void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
	for (size_t t = 0; t < nth; t++) {
		db[t] = (struct dim_boot){gr->blocks, ndv,
		                          slant_xcalloc(ndv, sizeof(double)),
		                          slant_xcalloc(ndv, sizeof(double))};
		ctxs[t] = &db[t];
	}
	struct slant_stats_interval *iv = slant_xcalloc(ndv, sizeof *iv);
	slant_stats_bootstrap_multi_threads(gr->nblocks, b->opt.bootstrap,
	                                    b->opt.conf, b->opt.seed, ndv,
	                                    dim_boot_fn, ctxs, nth, iv, NULL);
	for (size_t j = 0; j < ndv; j++)
		if (mg->dims[j].n >= 2) {
			mg->dims[j].mean.lo = iv[j].lo;
			mg->dims[j].mean.hi = iv[j].hi;
		}
	free(iv);
	for (size_t t = 0; t < nth; t++) {
		free(db[t].sum);
		free(db[t].cnt);
	}
	free(db);
	free(ctxs);
}

static void kruskal_all(struct fin *f, double *x, size_t *lab)
{
	struct slant_compare_builder *b = f->b;
	struct slant_compare *m = f->m;
	size_t nd = b->lx->ndims;
	if (m->ngroups < 3 || !nd)
		return;
	m->kruskal = slant_xcalloc(nd * SLANT_NVOICES, sizeof *m->kruskal);
	m->nkruskal = nd * SLANT_NVOICES;
	for (size_t d = 0; d < nd; d++)
		for (int v = 0; v < SLANT_NVOICES; v++) {
			size_t n = 0, k = 0;
			for (size_t g = 0; g < b->ngroups; g++) {
				struct side s = {{g, 0}, false};
				size_t got = side_rates(f, &s, d, v, x + n);
				for (size_t i = 0; i < got; i++)
					lab[n + i] = k;
				n += got;
				if (got)
					k++; /* groups without a rate drop out
					      */
			}
			struct slant_compare_kruskal *kw =
			    &m->kruskal[d * SLANT_NVOICES + v];
			kw->dim = d;
			kw->voice = v;
			slant_stats_kruskal(x, lab, n, k, &kw->kw);
		}
	double *p = slant_xcalloc(nd, sizeof *p);
	for (int v = 0; v < SLANT_NVOICES; v++) {
		for (size_t d = 0; d < nd; d++)
			p[d] = m->kruskal[d * SLANT_NVOICES + v].kw.p;
		m->kruskal_family[v] = slant_stats_bh(p, nd, p);
		for (size_t d = 0; d < nd; d++)
			m->kruskal[d * SLANT_NVOICES + v].q = p[d];
	}
	free(p);
}

/* ---- naming at the article level ---- */

/* The articles that use one naming set: their group and each variant's
 * share of their uses. */
struct set_uses {
	size_t n, nv;
	size_t *group;
	double *share; /* n * nv */
};

static void set_uses_collect(const struct fin *f, const size_t *vars, size_t nv,
                             struct set_uses *u)
{
	const struct slant_compare_builder *b = f->b;
	size_t total = 0;
	for (size_t g = 0; g < b->ngroups; g++)
		total += b->groups[g].articles;
	u->nv = nv;
	u->n = 0;
	u->group = slant_xcalloc(total + 1, sizeof *u->group);
	u->share = slant_xcalloc((total + 1) * nv, sizeof *u->share);
	for (size_t g = 0; g < b->ngroups; g++) {
		const struct bgroup *gr = &b->groups[g];
		size_t na = gr->articles;
		for (size_t i = 0; i < na; i++) {
			double uses = 0;
			for (size_t k = 0; k < nv; k++) {
				const uint32_t *h =
				    gr->hits + (vars[k] * na + i) * 2;
				if (h[0] == HITS_NOT_MEASURED)
					continue; /* counts no use */
				uses += (double)h[0] + h[1];
			}
			if (uses <= 0)
				continue;
			for (size_t k = 0; k < nv; k++) {
				const uint32_t *h =
				    gr->hits + (vars[k] * na + i) * 2;
				u->share[u->n * nv + k] =
				    h[0] == HITS_NOT_MEASURED
				        ? 0
				        : ((double)h[0] + h[1]) / uses;
			}
			u->group[u->n++] = g;
		}
	}
}

/* The difference of the mean shares (group first, then the others), for
 * every variant at once; items are the set-using articles, the group's
 * first. */
struct share_boot {
	const double *share; /* items * nv, in item order */
	size_t n0, nv;
};

static void share_boot_fn(const size_t *idx, size_t m, size_t n, void *ctx,
                          double *out)
{
	const struct share_boot *sb = ctx;
	size_t k = sb->nv;
	for (size_t r = 0; r < m; r++) {
		double *o = out + r * k;
		for (size_t j = 0; j < k; j++)
			o[j] = 0;
		for (size_t i = 0; i < n; i++) {
			const double *sh = sb->share + idx[r * n + i] * k;
			double w = i < sb->n0 ? 1.0 / (double)sb->n0
			                      : -1.0 / (double)(n - sb->n0);
			for (size_t j = 0; j < k; j++)
				o[j] += w * sh[j];
		}
	}
}

static const char few_users[] = "fewer than 3 articles using the set on a "
                                "side";

/* The article-level tests of one set's rows: rows[vi * G + g] is variant
 * vars[vi] in group g against the others. */
static void naming_articles(struct fin *f, size_t set, const size_t *vars,
                            size_t nv, struct slant_compare_naming *rows)
{
	const struct slant_compare_builder *b = f->b;
	size_t G = b->ngroups;
	struct set_uses u;
	set_uses_collect(f, vars, nv, &u);
	double *x = slant_xcalloc(u.n + 1, sizeof *x);
	double *y = slant_xcalloc(u.n + 1, sizeof *y);
	double *ordered = slant_xcalloc((u.n + 1) * nv, sizeof *ordered);
	for (size_t g = 0; g < G; g++) {
		/* the group's articles first, for the bootstrap */
		size_t n0 = 0, n1 = 0;
		for (size_t a = 0; a < u.n; a++)
			n0 += u.group[a] == g;
		for (size_t a = 0, i0 = 0, i1 = n0; a < u.n; a++)
			memcpy(ordered + (u.group[a] == g ? i0++ : i1++) * nv,
			       u.share + a * nv, nv * sizeof *ordered);
		n1 = u.n - n0;
		for (size_t vi = 0; vi < nv; vi++) {
			struct slant_compare_naming *r = &rows[vi * G + g];
			r->n[0] = n0;
			r->n[1] = n1;
			for (size_t a = 0; a < n0; a++)
				x[a] = ordered[a * nv + vi];
			for (size_t a = 0; a < n1; a++)
				y[a] = ordered[(n0 + a) * nv + vi];
			r->mean_share[0] = mean_of(x, n0);
			r->mean_share[1] = mean_of(y, n1);
			r->share_diff.est = r->mean_share[0] - r->mean_share[1];
			r->share_diff.lo = r->share_diff.hi = NAN;
			r->mw.stat = r->mw.df = r->mw.p = r->q = NAN;
			if (n0 < SLANT_COMPARE_MIN_ARTICLES ||
			    n1 < SLANT_COMPARE_MIN_ARTICLES) {
				r->untestable = few_users;
				continue;
			}
			if (slant_stats_mann_whitney_auto(
			        x, n0, y, n1,
			        test_seed(b->opt.seed, SIZE_MAX - set,
			                  vi * G + g),
			        &r->mw) < 0)
				r->untestable = no_variation;
		}
		if (!b->opt.bootstrap || n0 < SLANT_COMPARE_MIN_ARTICLES ||
		    n1 < SLANT_COMPARE_MIN_ARTICLES)
			continue;
		struct share_boot sb = {ordered, n0, nv};
		struct slant_stats_interval *iv = slant_xcalloc(nv, sizeof *iv);
		compare_bootstrap(&b->opt, u.n, n0, nv, share_boot_fn, &sb, iv);
		for (size_t vi = 0; vi < nv; vi++) {
			rows[vi * G + g].share_diff.lo = iv[vi].lo;
			rows[vi * G + g].share_diff.hi = iv[vi].hi;
		}
		free(iv);
	}
	free(x);
	free(y);
	free(ordered);
	free(u.group);
	free(u.share);
}

static void naming_all(struct fin *f)
{
	struct slant_compare *m = f->m;
	const struct slant_lexicon *lx = f->b->lx;
	size_t G = m->ngroups;
	double *tot = slant_xcalloc(G + 1, sizeof *tot);
	size_t *vars = slant_xcalloc(lx->ndims + 1, sizeof *vars);
	for (size_t s = 0; s < lx->ndims; s++) {
		const struct slant_dimension *set = &lx->dims[s];
		if (set->depth != 0 ||
		    lx->schemes[set->scheme].kind != SLANT_SCHEME_NAMING)
			continue;
		double all = 0;
		size_t nv = 0;
		for (size_t v = 0; v < lx->ndims; v++)
			if (lx->dims[v].parent == s)
				vars[nv++] = v;
		for (size_t g = 0; g < G; g++) {
			tot[g] = 0;
			for (size_t k = 0; k < nv; k++)
				tot[g] += m->groups[g]
				              .dims[vars[k] * SLANT_NVOICES +
				                    SLANT_VOICE_ALL]
				              .hits;
			all += tot[g];
		}
		size_t first = m->nnaming;
		m->naming = slant_xreallocarray(m->naming, m->nnaming + nv * G,
		                                sizeof *m->naming);
		memset(m->naming + first, 0, nv * G * sizeof *m->naming);
		for (size_t k = 0; k < nv; k++) {
			size_t v = vars[k];
			double vall = 0;
			for (size_t g = 0; g < G; g++)
				vall += m->groups[g]
				            .dims[v * SLANT_NVOICES +
				                  SLANT_VOICE_ALL]
				            .hits;
			for (size_t g = 0; g < G; g++) {
				const struct slant_compare_group_dim *gd =
				    m->groups[g].dims + v * SLANT_NVOICES;
				struct slant_compare_naming *n =
				    &m->naming[m->nnaming++];
				n->set = s;
				n->variant = v;
				n->group = g;
				n->count = gd[SLANT_VOICE_ALL].hits;
				n->count_own = gd[SLANT_VOICE_OWN].hits;
				n->set_total = tot[g];
				n->share = tot[g] > 0 ? n->count / tot[g] : NAN;
				double a = n->count, b = tot[g] - a;
				double c = vall - a, d = (all - tot[g]) - c;
				if (G >= 2)
					slant_stats_log_odds_ratio(
					    a, b, c, d, f->b->opt.conf,
					    &n->pref);
				else
					n->pref.est = n->pref.lo = n->pref.hi =
					    NAN;
			}
		}
		naming_articles(f, s, vars, nv, m->naming + first);
	}
	/* one family: every row with a p (a mirrored row, as with two
	 * groups or two variants, repeats its p up to Monte Carlo noise,
	 * which leaves the q-values as they would be without it) */
	double *p = slant_xcalloc(m->nnaming + 1, sizeof *p);
	for (size_t i = 0; i < m->nnaming; i++)
		p[i] = m->naming[i].mw.p;
	m->naming_family = slant_stats_bh(p, m->nnaming, p);
	for (size_t i = 0; i < m->nnaming; i++) {
		m->naming[i].q = p[i];
		m->naming[i].significant = p[i] < f->b->opt.alpha;
	}
	free(p);
	free(vars);
	free(tot);
}

/* Every dimension statistic: group means, the tests of each comparison,
 * Kruskal-Wallis, naming. */
void *compare_dims_all(void *arg)
{
	struct fin *f = arg;
	struct slant_compare_builder *b = f->b;
	struct slant_compare *m = f->m;
	size_t G = b->ngroups, nd = b->lx->ndims;
	size_t maxart = 0;
	for (size_t g = 0; g < G; g++)
		maxart += b->groups[g].articles;
	double *x = slant_xcalloc(maxart + 1, sizeof *x);
	size_t *lab = slant_xcalloc(maxart + 1, sizeof *lab);
	for (size_t g = 0; g < G; g++) { /* only the dimensions read hits */
		transpose_hits(&b->groups[g], nd);
		if (b->opt.bootstrap && nd)
			block_rates(&b->groups[g], nd);
	}
	for (size_t g = 0; g < G; g++)
		group_dims(f, g, x);
	for (size_t i = 0; i < m->npairs && nd; i++) {
		struct side sides[2];
		compare_pair_sides(&m->pairs[i], sides);
		pair_dims(f, &m->pairs[i], sides, maxart + 1);
	}
	kruskal_all(f, x, lab);
	free(x);
	free(lab);
	if (nd)
		naming_all(f);
	return NULL;
}
