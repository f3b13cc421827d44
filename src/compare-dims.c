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
			const uint32_t *h =
			    gr->hits + (d * gr->articles + i) * 2;
			const uint32_t *t = gr->tok + i * 2;
			double r =
			    v == SLANT_VOICE_ALL
			        ? rate_of(h[0] + h[1], (double)t[0] + t[1])
			        : rate_of(h[v], (double)t[v]);
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
			for (size_t i = 0; i < gr->articles; i++) {
				const uint32_t *hh =
				    gr->hits + (d * gr->articles + i) * 2;
				h += v == SLANT_VOICE_ALL ? hh[0] + hh[1]
				                          : hh[v];
			}
			tok += v == SLANT_VOICE_ALL
			           ? gr->tokens[0] + gr->tokens[1]
			           : gr->tokens[v];
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
	if (t->n[0] >= 2 && t->n[1] >= 2) {
		slant_stats_welch_t(x, t->n[0], y, t->n[1], &t->welch);
		slant_stats_mann_whitney(x, t->n[0], y, t->n[1], &t->mw);
		/* From U and d: the same values as the data-based
		 * functions, one ranking and one pass of moments fewer. */
		t->cliffs_delta = slant_stats_cliffs_delta_from_u(
		    t->mw.stat, t->n[0], t->n[1]);
		t->cohens_d = slant_stats_cohens_d(x, t->n[0], y, t->n[1]);
		t->hedges_g =
		    slant_stats_hedges_g_from_d(t->cohens_d, t->n[0], t->n[1]);
	} else {
		t->welch.stat = t->welch.df = t->welch.p = NAN;
		t->mw = t->welch;
		t->cliffs_delta = t->cohens_d = t->hedges_g = NAN;
	}
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

/* Every dimension in every voice: independent, so spread over the
 * threads; each result lands in its own slot, so the model does not
 * depend on the number of threads. */
static void pair_dims(struct fin *f, struct slant_compare_pair *pr,
                      const struct side sides[2], size_t scratch)
{
	struct slant_compare_builder *b = f->b;
	size_t nd = b->lx->ndims;
	pr->dims = slant_xcalloc(nd * SLANT_NVOICES + 1, sizeof *pr->dims);
	size_t nth = b->opt.threads ? b->opt.threads : 1;
	struct dim_job *jobs = slant_xcalloc(nth, sizeof *jobs);
	pthread_t *tid = slant_xcalloc(nth, sizeof *tid);
	for (size_t t = 0; t < nth; t++) {
		jobs[t] = (struct dim_job){
		    f, pr, sides, t, nth, nd * SLANT_NVOICES, scratch};
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
	/* BH across dimensions, per voice and test */
	double *p = slant_xcalloc(nd + 1, sizeof *p);
	for (int v = 0; v < SLANT_NVOICES; v++)
		for (int k = 0; k < SLANT_NDTESTS; k++) {
			for (size_t d = 0; d < nd; d++) {
				const struct slant_compare_dim_test *t =
				    &pr->dims[d * SLANT_NVOICES + v];
				p[d] = k == SLANT_DTEST_G2      ? t->g2_p
				       : k == SLANT_DTEST_WELCH ? t->welch.p
				                                : t->mw.p;
			}
			pr->family[v][k] = slant_stats_bh(p, nd, p);
			for (size_t d = 0; d < nd; d++)
				pr->dims[d * SLANT_NVOICES + v].q[k] = p[d];
		}
	free(p);
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
				double r[3] = {
				    rate_of(h[0], (double)t[0]),
				    rate_of(h[1], (double)t[1]),
				    rate_of(h[0] + h[1], (double)t[0] + t[1])};
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
			double h = 0;
			for (size_t i = 0; i < gr->articles; i++) {
				const uint32_t *hh =
				    gr->hits + (d * gr->articles + i) * 2;
				h += v == SLANT_VOICE_ALL ? hh[0] + hh[1]
				                          : hh[v];
			}
			gd->hits = h;
			gd->rate =
			    mg->tokens[v] > 0 ? 1000 * h / mg->tokens[v] : NAN;
		}
	if (gr->articles < 2 || !b->opt.bootstrap || !gr->nblocks || !ndv)
		return;
	block_rates(gr, nd);
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

static void naming_all(struct fin *f)
{
	struct slant_compare *m = f->m;
	const struct slant_lexicon *lx = f->b->lx;
	size_t G = m->ngroups;
	double *tot = slant_xcalloc(G + 1, sizeof *tot);
	for (size_t s = 0; s < lx->ndims; s++) {
		const struct slant_dimension *set = &lx->dims[s];
		if (set->depth != 0 ||
		    lx->schemes[set->scheme].kind != SLANT_SCHEME_NAMING)
			continue;
		double all = 0;
		for (size_t g = 0; g < G; g++) {
			tot[g] = 0;
			for (size_t v = 0; v < lx->ndims; v++)
				if (lx->dims[v].parent == s)
					tot[g] += m->groups[g]
					              .dims[v * SLANT_NVOICES +
					                    SLANT_VOICE_ALL]
					              .hits;
			all += tot[g];
		}
		for (size_t v = 0; v < lx->ndims; v++) {
			if (lx->dims[v].parent != s)
				continue;
			double vall = 0;
			for (size_t g = 0; g < G; g++)
				vall += m->groups[g]
				            .dims[v * SLANT_NVOICES +
				                  SLANT_VOICE_ALL]
				            .hits;
			for (size_t g = 0; g < G; g++) {
				const struct slant_compare_group_dim *gd =
				    m->groups[g].dims + v * SLANT_NVOICES;
				m->naming = slant_xreallocarray(
				    m->naming, m->nnaming + 1,
				    sizeof *m->naming);
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
	}
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
	for (size_t g = 0; g < G; g++) /* only the dimensions read hits */
		transpose_hits(&b->groups[g], nd);
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
