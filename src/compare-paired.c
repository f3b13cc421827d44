/* compare-paired.c: comparisons within events (pair_by): the design of
 * media-bias studies, the same events told by different outlets. An event
 * takes part in a comparison when both sides have an article on it; the
 * event, not the word, is the unit:
 *   - dimensions: per event, the difference of the two sides' mean article
 *     rates; the Wilcoxon signed-rank test over the events (exact up to
 *     200 events, ties included) and the mean difference with a bootstrap
 *     interval over events;
 *   - terms: the exact conditional test of a common odds ratio of one,
 *     events as strata, on how many of each side's articles use the term
 *     (with one article a side per event: McNemar's exact test on the
 *     events where only one side uses it).
 * Each with its own Benjamini-Hochberg family per comparison. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare-internal.h"

static int cmp_u64(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
	return a < b ? -1 : a > b;
}

/* Sort a group's (event << 32 | term) entries and combine equal keys into
 * one entry with the number of articles. */
static void combine_entries(struct bgroup *gr)
{
	if (!gr->nevt)
		return;
	qsort(gr->evt_key, gr->nevt, sizeof *gr->evt_key, cmp_u64);
	size_t o = 0;
	for (size_t i = 0; i < gr->nevt;) {
		size_t j = i;
		while (j < gr->nevt && gr->evt_key[j] == gr->evt_key[i])
			j++;
		gr->evt_key[o] = gr->evt_key[i];
		gr->evt_docs[o++] = (double)(j - i);
		i = j;
	}
	gr->nevt = o;
}

void compare_events_prepare(struct fin *f)
{
	for (size_t g = 0; g < f->b->ngroups; g++)
		combine_entries(&f->b->groups[g]);
}

/* The events of a comparison: for each event id, its index among the
 * shared events (SIZE_MAX when a side has no article on it) and each
 * side's articles. */
struct shared {
	size_t nev;         /* event ids */
	size_t *slot;       /* by event id */
	size_t n;           /* shared events */
	double *arts[2];    /* by slot: articles of each side */
	uint32_t *event_of; /* by slot: event id */
};

static void shared_init(struct shared *sh, const struct fin *f,
                        const struct side sides[2])
{
	const struct slant_compare_builder *b = f->b;
	sh->nev = slant_vocab_size(b->events);
	size_t nev = sh->nev ? sh->nev : 1;
	double *cnt[2] = {slant_xcalloc(nev, sizeof(double)),
	                  slant_xcalloc(nev, sizeof(double))};
	for (int s = 0; s < 2; s++)
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t i = 0; i < gr->articles; i++)
				if (gr->event[i] != UINT32_MAX)
					cnt[s][gr->event[i]] += 1;
		}
	sh->slot = slant_xcalloc(nev, sizeof *sh->slot);
	sh->arts[0] = slant_xcalloc(nev, sizeof(double));
	sh->arts[1] = slant_xcalloc(nev, sizeof(double));
	sh->event_of = slant_xcalloc(nev, sizeof *sh->event_of);
	sh->n = 0;
	for (size_t e = 0; e < sh->nev; e++) {
		if (cnt[0][e] > 0 && cnt[1][e] > 0) {
			sh->slot[e] = sh->n;
			sh->arts[0][sh->n] = cnt[0][e];
			sh->arts[1][sh->n] = cnt[1][e];
			sh->event_of[sh->n++] = (uint32_t)e;
		} else {
			sh->slot[e] = SIZE_MAX;
		}
	}
	free(cnt[0]);
	free(cnt[1]);
}

static void shared_release(struct shared *sh)
{
	free(sh->slot);
	free(sh->arts[0]);
	free(sh->arts[1]);
	free(sh->event_of);
}

/* ---- dimensions ---- */

static void paired_dims(const struct fin *f, struct slant_compare_pair *pr,
                        const struct side sides[2], const struct shared *sh)
{
	const struct slant_compare_builder *b = f->b;
	size_t nd = b->lx->ndims, ndv = nd * SLANT_NVOICES, n = sh->n;
	double *sum[2], *cnt[2];
	for (int s = 0; s < 2; s++) {
		sum[s] = slant_xcalloc(n + 1, sizeof(double));
		cnt[s] = slant_xcalloc(n + 1, sizeof(double));
	}
	double *diff = slant_xcalloc(n + 1, sizeof *diff);
	for (size_t j = 0; j < ndv; j++) {
		size_t d = j / SLANT_NVOICES;
		int v = (int)(j % SLANT_NVOICES);
		struct slant_compare_dim_test *t = &pr->dims[j];
		for (int s = 0; s < 2; s++) {
			memset(sum[s], 0, n * sizeof(double));
			memset(cnt[s], 0, n * sizeof(double));
			for (size_t g = 0; g < b->ngroups; g++) {
				if (!in_side(&sides[s], g))
					continue;
				const struct bgroup *gr = &b->groups[g];
				size_t na = gr->articles;
				for (size_t i = 0; i < na; i++) {
					if (gr->event[i] == UINT32_MAX ||
					    sh->slot[gr->event[i]] == SIZE_MAX)
						continue;
					double r = article_rate(
					    gr->hits + (d * na + i) * 2,
					    gr->tok + i * 2, v);
					if (isnan(r))
						continue;
					size_t e = sh->slot[gr->event[i]];
					sum[s][e] += r;
					cnt[s][e] += 1;
				}
			}
		}
		size_t m = 0;
		t->events_more = t->events_less = t->events_same = 0;
		for (size_t e = 0; e < n; e++) {
			if (!cnt[0][e] || !cnt[1][e])
				continue;
			double x =
			    sum[0][e] / cnt[0][e] - sum[1][e] / cnt[1][e];
			diff[m++] = x;
			t->events_more += x > 0;
			t->events_less += x < 0;
			t->events_same += x == 0;
		}
		t->paired_diff.est = t->paired_diff.lo = t->paired_diff.hi =
		    NAN;
		if (m) {
			double mean = 0;
			for (size_t e = 0; e < m; e++)
				mean += diff[e];
			slant_stats_bootstrap_mean(diff, m, b->opt.bootstrap,
			                           b->opt.conf, b->opt.seed,
			                           &t->paired_diff);
			t->paired_diff.est = mean / (double)m;
		}
		slant_stats_wilcoxon(diff, m, &t->paired);
		t->event_diff = slant_xmalloc((m ? m : 1) * sizeof(double));
		memcpy(t->event_diff, diff, m * sizeof(double));
		t->nevent_diff = m;
	}
	double *p = slant_xcalloc(ndv + 1, sizeof *p);
	for (size_t j = 0; j < ndv; j++)
		p[j] = pr->dims[j].paired.p;
	pr->family_paired_dims = slant_stats_bh(p, ndv, p);
	for (size_t j = 0; j < ndv; j++)
		pr->dims[j].paired_q = p[j];
	free(p);
	free(diff);
	for (int s = 0; s < 2; s++) {
		free(sum[s]);
		free(cnt[s]);
	}
}

/* ---- terms ---- */

struct ev_entry {
	uint32_t term; /* index into the comparison's terms */
	uint32_t slot; /* shared event */
	double docs[2];
};

static int cmp_entry(const void *pa, const void *pb)
{
	const struct ev_entry *a = pa, *b = pb;
	if (a->term != b->term)
		return a->term < b->term ? -1 : 1;
	return a->slot < b->slot ? -1 : a->slot > b->slot;
}

static void paired_terms(const struct fin *f, struct slant_compare_pair *pr,
                         const struct side sides[2], const struct shared *sh)
{
	const struct slant_compare_builder *b = f->b;
	size_t V = f->V;
	uint32_t *tix = slant_xcalloc(V ? V : 1, sizeof *tix);
	for (size_t i = 0; i < V; i++)
		tix[i] = UINT32_MAX;
	for (size_t i = 0; i < pr->nterms; i++)
		tix[pr->terms[i].term] = (uint32_t)i;
	/* every (tested term, shared event, side) with its articles */
	size_t ne = 0, cap = 0;
	struct ev_entry *en = NULL;
	for (int s = 0; s < 2; s++)
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t k = 0; k < gr->nevt; k++) {
				uint32_t e = (uint32_t)(gr->evt_key[k] >> 32);
				uint32_t term = (uint32_t)gr->evt_key[k];
				if (term >= V || tix[term] == UINT32_MAX ||
				    sh->slot[e] == SIZE_MAX)
					continue;
				SLANT_GROW(&en, &cap, ne + 1);
				en[ne] = (struct ev_entry){
				    tix[term], (uint32_t)sh->slot[e], {0, 0}};
				en[ne++].docs[s] = gr->evt_docs[k];
			}
		}
	qsort(en, ne, sizeof *en, cmp_entry);
	size_t n = sh->n ? sh->n : 1;
	double *x = slant_xcalloc(n, sizeof *x),
	       *mm = slant_xcalloc(n, sizeof *mm);
	double *nn = slant_xcalloc(n, sizeof *nn),
	       *tt = slant_xcalloc(n, sizeof *tt);
	for (size_t i = 0; i < ne;) {
		size_t term = en[i].term, k = 0;
		struct slant_compare_term *t = &pr->terms[term];
		t->events_more = t->events_less = 0;
		while (i < ne && en[i].term == term) {
			size_t slot = en[i].slot;
			double d0 = 0, d1 = 0;
			while (i < ne && en[i].term == term &&
			       en[i].slot == slot) {
				d0 += en[i].docs[0];
				d1 += en[i].docs[1];
				i++;
			}
			x[k] = d0;
			mm[k] = sh->arts[0][slot];
			nn[k] = sh->arts[1][slot];
			tt[k++] = d0 + d1;
			double s0 = d0 / sh->arts[0][slot],
			       s1 = d1 / sh->arts[1][slot];
			t->events_more += s0 > s1;
			t->events_less += s0 < s1;
		}
		t->paired_p =
		    slant_stats_strata_exact_p(x, mm, nn, tt, k, NULL);
	}
	/* a tested term no shared event uses has nothing to test */
	double *p = slant_xcalloc(pr->nterms + 1, sizeof *p);
	for (size_t i = 0; i < pr->nterms; i++)
		p[i] = pr->terms[i].paired_p;
	pr->family_paired_terms = slant_stats_bh(p, pr->nterms, p);
	for (size_t i = 0; i < pr->nterms; i++)
		pr->terms[i].paired_q = p[i];
	free(p);
	free(x);
	free(mm);
	free(nn);
	free(tt);
	free(en);
	free(tix);
}

void compare_pair_events(struct fin *f, struct slant_compare_pair *pr,
                         const struct side sides[2])
{
	struct shared sh;
	shared_init(&sh, f, sides);
	pr->events = sh.n;
	if (f->b->opt.parts & SLANT_PART_DIMENSIONS)
		paired_dims(f, pr, sides, &sh);
	paired_terms(f, pr, sides, &sh);
	shared_release(&sh);
}
