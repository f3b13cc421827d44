/* compare-terms.c: the term statistics of one comparison: every tested
 * term's counts, tests and effects, the article (block) bootstrap of the
 * top terms, and the Jensen-Shannon divergence with its permutation null. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare-internal.h"

/* ---- bootstrap items: blocks of the groups of a comparison ---- */

/* The share Log Ratio's bootstrap: each side's blocks are resampled apart
 * (the sides keep their sizes); a replicate's share of a term is the
 * drawn blocks' articles using it over their articles. */
struct term_boot {
	const struct boot_item *items;
	size_t nterms;
	const double *docs; /* nitems * nterms */
	double eps;         /* the estimate's, fixed for every replicate */
};

static void term_boot_fn(const size_t *idx, size_t m, size_t n, void *ctx,
                         double *out)
{
	const struct term_boot *t = ctx;
	size_t k = t->nterms;
	double *acc = slant_xcalloc(2 * (k ? k : 1), sizeof *acc);
	for (size_t r = 0; r < m; r++) {
		const size_t *ix = idx + r * n;
		double arts[2] = {0, 0};
		memset(acc, 0, 2 * k * sizeof *acc);
		for (size_t i = 0; i < n; i++) {
			const struct boot_item *it = &t->items[ix[i]];
			arts[it->side] += (double)it->k->articles;
			const double *d = t->docs + ix[i] * k;
			double *a = acc + (size_t)it->side * k;
			for (size_t j = 0; j < k; j++)
				a[j] += d[j];
		}
		for (size_t j = 0; j < k; j++)
			out[r * k + j] = slant_stats_zero_safe_log_ratio(
			    acc[j] / arts[0], acc[k + j] / arts[1], t->eps);
	}
	free(acc);
}

/* The JSD's permutation null: the same blocks dealt to the two sides at
 * random. Only terms counted on both sides of a replicate need a log
 * (slant_stats_jsd_shared_term); the others only add to the sides'
 * totals. So the block counts of the terms in two blocks or more are kept
 * term by term (CSR), and JSD_BATCH replicates go through them in one
 * pass: per entry, JSD_BATCH multiply-adds of the replicates' weights of
 * its block, which sit together in a small table. A term's sums add its
 * blocks in block order, as one replicate at a time would. */
#define JSD_BATCH 16

/* The inner loop is JSD_BATCH independent multiply-adds: compiled also
 * for AVX2 and AVX-512 where the CPU has them (chosen at load time).
 * Without fused multiply-adds every version rounds as the plain one, so
 * the output does not depend on the CPU. */
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) &&          \
    !defined(__clang__)
#define SLANT_VECTOR_CLONES                                                    \
	__attribute__((target_clones("avx512f", "avx2", "default"),            \
	               optimize("fp-contract=off")))
#else
#define SLANT_VECTOR_CLONES
#endif

struct jsd_data {
	size_t nitems, nterms;
	size_t n0;      /* items on the target side (they come first) */
	double *total;  /* per item: its count over the pair's terms */
	size_t *start;  /* nterms + 1: term s's entries */
	uint32_t *item; /* per entry, in item order */
	double *count;  /* per entry */
};

/* The terms counted in two items or more: a term in one block can never
 * be on both sides of a permutation. */
static void jsd_data_init(struct jsd_data *d, const struct boot_item *items,
                          size_t nitems, size_t V)
{
	d->nitems = nitems;
	d->n0 = 0;
	while (d->n0 < nitems && items[d->n0].side == 0)
		d->n0++;
	/* by term id: its entries, then its index among the kept terms */
	uint32_t *slot = slant_xcalloc(V ? V : 1, sizeof *slot);
	d->total = slant_xcalloc(nitems ? nitems : 1, sizeof *d->total);
	for (size_t i = 0; i < nitems; i++) {
		const struct block *k = items[i].k;
		for (size_t e = 0; e < k->n; e++) {
			d->total[i] += k->counts[e];
			slot[k->ids[e]]++;
		}
	}
	d->nterms = 0;
	size_t ne = 0;
	for (size_t id = 0; id < V; id++)
		if (slot[id] >= 2) {
			ne += slot[id];
			d->nterms++;
		}
	d->start = slant_xcalloc(d->nterms + 1, sizeof *d->start);
	for (size_t id = 0, s = 0; id < V; id++) {
		if (slot[id] >= 2) {
			d->start[s + 1] = d->start[s] + slot[id];
			slot[id] = (uint32_t)s++;
		} else {
			slot[id] = UINT32_MAX;
		}
	}
	d->item = slant_xmalloc((ne ? ne : 1) * sizeof *d->item);
	d->count = slant_xmalloc((ne ? ne : 1) * sizeof *d->count);
	size_t *fill = slant_xmalloc((d->nterms + 1) * sizeof *fill);
	memcpy(fill, d->start, (d->nterms + 1) * sizeof *fill);
	for (size_t i = 0; i < nitems; i++) {
		const struct block *k = items[i].k;
		for (size_t e = 0; e < k->n; e++) {
			uint32_t s = slot[k->ids[e]];
			if (s == UINT32_MAX)
				continue;
			d->item[fill[s]] = (uint32_t)i;
			d->count[fill[s]++] = k->counts[e];
		}
	}
	free(fill);
	free(slot);
}

static void jsd_data_release(struct jsd_data *d)
{
	free(d->total);
	free(d->start);
	free(d->item);
	free(d->count);
}

struct jsd_perm {
	const struct jsd_data *d;
	/* nitems * JSD_BATCH: each replicate's weight of an item on the
	 * target side (the rest of the item goes to the reference side) */
	double *wa;
};

/* acc[r] = sum over entries e0..e1 of w[item][r] * count, in entry
 * order; returns the plain sum of the counts. */
static inline __attribute__((always_inline)) double
weighted_sum(const struct jsd_data *d, const double *w, size_t e0, size_t e1,
             double *acc)
{
	double total = 0;
	for (size_t r = 0; r < JSD_BATCH; r++)
		acc[r] = 0;
	for (size_t e = e0; e < e1; e++) {
		const double *u = w + (size_t)d->item[e] * JSD_BATCH;
		double cu = d->count[e];
		total += cu;
		for (size_t r = 0; r < JSD_BATCH; r++)
			acc[r] += u[r] * cu;
	}
	return total;
}

/* A permutation replicate deals the items out again, the first n0 of
 * the order to the target side: each side's term counts are weighted
 * sums of the items' counts. */
SLANT_VECTOR_CLONES static void jsd_perm_fn(const size_t *idx, size_t m,
                                            size_t n, void *ctx, double *out)
{
	struct jsd_perm *j = ctx;
	const struct jsd_data *d = j->d;
	double *wa = j->wa;
	memset(wa, 0, d->nitems * JSD_BATCH * sizeof *wa);
	for (size_t r = 0; r < m; r++)
		for (size_t i = 0; i < d->n0 && i < n; i++)
			wa[idx[r * n + i] * JSD_BATCH + r] = 1;
	double sp[JSD_BATCH] = {0}, sq[JSD_BATCH] = {0};
	double lsp[JSD_BATCH], lsq[JSD_BATCH], shared[JSD_BATCH];
	for (size_t i = 0; i < d->nitems; i++)
		for (size_t r = 0; r < JSD_BATCH; r++) {
			sp[r] += wa[i * JSD_BATCH + r] * d->total[i];
			sq[r] += (1 - wa[i * JSD_BATCH + r]) * d->total[i];
		}
	for (size_t r = 0; r < m; r++) {
		lsp[r] = log(sp[r]);
		lsq[r] = log(sq[r]);
		shared[r] = 0;
	}
	for (size_t s = 0; s < d->nterms; s++) {
		double a[JSD_BATCH] = {0}, b[JSD_BATCH] = {0};
		size_t e0 = d->start[s], e1 = d->start[s + 1];
		/* every item is dealt to one side: b = total - a (exact for
		 * whole counts, as the CLI's) */
		double total = weighted_sum(d, wa, e0, e1, a);
		for (size_t r = 0; r < JSD_BATCH; r++)
			b[r] = total - a[r];
		for (size_t r = 0; r < m; r++)
			if (a[r] > 0 && b[r] > 0)
				shared[r] += slant_stats_jsd_shared_term(
				    a[r], b[r], sp[r], sq[r], lsp[r], lsq[r]);
	}
	for (size_t r = 0; r < m; r++)
		out[r] = sp[r] > 0 && sq[r] > 0
		             ? slant_stats_jsd_from_shared(shared[r])
		             : NAN;
}

/* A term's articles in block k (0 when the block lacks it). */
static double block_docs(const struct block *k, uint32_t id)
{
	size_t lo = 0, hi = k->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < k->n && k->ids[lo] == id ? k->docs[lo] : 0;
}

/* Sorting terms: by a key descending, then a second key descending, ties
 * by the term's string. The keys and strings are gathered first, so the
 * comparison touches neither the vocabulary nor the (large) term rows. */
struct term_key {
	double key, key2;
	const char *s;
	size_t i;
};

static int cmp_term_key(const void *pa, const void *pb)
{
	const struct term_key *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	if (a->key2 != b->key2)
		return a->key2 > b->key2 ? -1 : 1;
	return strcmp(a->s, b->s);
}

/* The order of terms[0..n) by key(term) descending, then key2, then
 * string. */
static size_t *term_order(const struct slant_compare *m,
                          const struct slant_compare_term *terms, size_t n,
                          void (*key)(const struct slant_compare_term *,
                                      double *k1, double *k2))
{
	struct term_key *k = slant_xmalloc((n ? n : 1) * sizeof *k);
	for (size_t i = 0; i < n; i++) {
		k[i].s = slant_compare_term_string(m, terms[i].term);
		k[i].i = i;
		key(&terms[i], &k[i].key, &k[i].key2);
	}
	qsort(k, n, sizeof *k, cmp_term_key);
	size_t *order = slant_xmalloc((n ? n : 1) * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = k[i].i;
	free(k);
	return order;
}

/* The strength of a p-value: -log10 p, finite (p underflows to 0 for the
 * largest differences; the second key orders those). */
static double strength(double p)
{
	return isnan(p) ? -1 : p < 1e-300 ? 300 : -log10(p);
}

/* Rows with article-level tests: the evidence, signed, so over-use in the
 * target comes first and under-use last; then the size of the effect. */
static void signed_evidence(const struct slant_compare_term *t, double *k1,
                            double *k2)
{
	double e = t->share_ratio.est;
	*k1 = e < 0 ? -strength(t->p) : e > 0 ? strength(t->p) : 0;
	*k2 = isnan(e) ? 0 : e;
}

/* Rows without them (too few articles): signed token-level G2. */
static void signed_g2(const struct slant_compare_term *t, double *k1,
                      double *k2)
{
	double g = isnan(t->g2) ? 0 : t->g2;
	*k1 = t->log_ratio.est < 0 ? -g : g;
	*k2 = 0;
}

/* The bootstrap's terms: the strongest evidence either way, then the
 * largest effect. */
static void plain_evidence(const struct slant_compare_term *t, double *k1,
                           double *k2)
{
	*k1 = strength(t->p);
	*k2 = fabs(t->share_ratio.est);
}

void compare_pair_terms(struct fin *f, struct slant_compare_pair *pr,
                        const struct side sides[2])
{
	struct slant_compare_builder *b = f->b;
	const struct slant_compare_options *o = &b->opt;
	size_t V = f->V;
	double *cnt[2], *docs[2];
	for (int s = 0; s < 2; s++) {
		cnt[s] = slant_xcalloc(V ? V : 1, sizeof(double));
		docs[s] = slant_xcalloc(V ? V : 1, sizeof(double));
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t i = 0; i < V; i++) {
				cnt[s][i] += gr->count[i];
				docs[s][i] += gr->docs[i];
			}
		}
	}
	/* the pair's vocabulary: terms seen on either side */
	uint32_t *vid = slant_xcalloc(V ? V : 1, sizeof *vid);
	uint32_t *loc = slant_xcalloc(V ? V : 1, sizeof *loc);
	size_t nv = 0;
	for (size_t i = 0; i < V; i++)
		if (cnt[0][i] + cnt[1][i] > 0) {
			loc[i] = (uint32_t)nv;
			vid[nv++] = (uint32_t)i;
		}
	pr->vocab = nv;
	size_t nva = nv ? nv : 1;
	double *ya = slant_xcalloc(nva, sizeof *ya);
	double *yb = slant_xcalloc(nva, sizeof *yb);
	double *alpha = slant_xcalloc(nva, sizeof *alpha);
	double *contrib = slant_xcalloc(nva, sizeof *contrib);
	struct slant_stats_log_odds *lo = slant_xcalloc(nva, sizeof *lo);
	for (size_t i = 0; i < nv; i++) {
		ya[i] = cnt[0][vid[i]];
		yb[i] = cnt[1][vid[i]];
	}
	double a0 = NAN;
	if (o->prior == SLANT_PRIOR_POOLED) {
		a0 =
		    slant_stats_prior_pooled(ya, yb, nv, o->prior_scale, alpha);
	} else if (o->prior == SLANT_PRIOR_BACKGROUND) {
		double *bg = slant_xcalloc(nva, sizeof *bg), total = 0;
		for (size_t i = 0; i < o->nbg; i++) {
			total += o->bg_counts[i];
			/* the vocabulary is the model's by now (the builder's
			 * went to it: reading that one crashed) */
			uint32_t id =
			    slant_vocab_find(f->m->vocab, o->bg_terms[i],
			                     strlen(o->bg_terms[i]));
			if (id != UINT32_MAX && id < V &&
			    cnt[0][id] + cnt[1][id] > 0)
				bg[loc[id]] += o->bg_counts[i];
		}
		a0 = 0;
		for (size_t i = 0; i < nv; i++) {
			alpha[i] =
			    o->prior_scale * (bg[i] + 1) / (total + (double)nv);
			a0 += alpha[i];
		}
		free(bg);
	} else {
		a0 = slant_stats_prior_uniform(o->prior_alpha, nv, alpha);
	}
	pr->prior_total = a0;
	slant_stats_log_odds_all(ya, yb, alpha, a0, nv, lo);
	pr->jsd = nv ? slant_stats_jsd(ya, yb, nv, contrib) : NAN;
	pr->jsd_null = pr->jsd_p = pr->jsd_excess = NAN;

	/* tested terms */
	pr->terms = slant_xcalloc(nva, sizeof *pr->terms);
	double tt[2] = {pr->tokens[0], pr->tokens[1]};
	double na[2] = {(double)pr->articles[0], (double)pr->articles[1]};
	/* the share ratio's half an article at the mean side size */
	double eps = 1.0 / (na[0] + na[1]);
	for (size_t i = 0; i < nv; i++) {
		uint32_t id = vid[i];
		if (cnt[0][id] + cnt[1][id] < o->min_count ||
		    docs[0][id] + docs[1][id] < (double)o->min_docs)
			continue;
		struct slant_compare_term *t = &pr->terms[pr->nterms++];
		t->term = id;
		for (int s = 0; s < 2; s++) {
			t->count[s] = cnt[s][id];
			t->docs[s] = docs[s][id];
			t->rate[s] = tt[s] > 0 ? 1e4 * cnt[s][id] / tt[s] : NAN;
			t->share[s] = docs[s][id] / na[s];
		}
		t->p = t->q = NAN;
		if (pr->article_tests)
			t->p = slant_stats_fisher_p(
			    t->docs[0], na[0] - t->docs[0], t->docs[1],
			    na[1] - t->docs[1]);
		t->share_ratio.est = slant_stats_zero_safe_log_ratio(
		    t->share[0], t->share[1], eps);
		t->share_ratio.lo = t->share_ratio.hi = NAN;
		t->paired_p = t->paired_q = NAN;
		double a = t->count[0], bb = t->count[1];
		t->g2 = slant_stats_g2(a, bb, tt[0], tt[1], &t->g2_p);
		t->g2_2term =
		    slant_stats_g2_2term(a, bb, tt[0], tt[1], &t->g2_2term_p);
		t->chi2 = slant_stats_chi2(a, bb, tt[0], tt[1], &t->chi2_p);
		slant_stats_log_ratio(a, bb, tt[0], tt[1], o->conf,
		                      &t->log_ratio);
		t->log_odds = lo[i];
		t->log_odds_p = slant_stats_normal_p(lo[i].z);
		t->jsd_contrib = contrib[i];
	}
	size_t nt = pr->nterms, nta = nt ? nt : 1;
	double *p = slant_xcalloc(nta, sizeof *p);
	for (size_t i = 0; i < nt; i++)
		p[i] = pr->terms[i].p;
	pr->family_terms = slant_stats_bh(p, nt, p);
	for (size_t i = 0; i < nt; i++) {
		pr->terms[i].q = p[i];
		pr->terms[i].significant = p[i] < o->alpha;
	}
	free(p);
	size_t *order =
	    term_order(f->m, pr->terms, nt,
	               pr->article_tests ? signed_evidence : signed_g2);
	struct slant_compare_term *sorted = slant_xmalloc(nta * sizeof *sorted);
	for (size_t i = 0; i < nt; i++)
		sorted[i] = pr->terms[order[i]];
	free(order);
	free(pr->terms);
	pr->terms = sorted;

	/* article (block) bootstrap */
	size_t nitems = 0;
	for (size_t g = 0; g < b->ngroups; g++)
		for (int s = 0; s < 2; s++)
			if (in_side(&sides[s], g))
				nitems += b->groups[g].nblocks;
	if (pr->article_tests && o->bootstrap && nitems) {
		struct boot_item *items = slant_xcalloc(nitems, sizeof *items);
		size_t ni = 0;
		for (int s = 0; s < 2; s++)
			for (size_t g = 0; g < b->ngroups; g++) {
				if (!in_side(&sides[s], g))
					continue;
				for (size_t k = 0; k < b->groups[g].nblocks;
				     k++)
					items[ni++] = (struct boot_item){
					    &b->groups[g].blocks[k], s};
				pr->boot_blocks[s] += b->groups[g].nblocks;
			}
		/* the share ratio of the terms with the strongest
		 * evidence */
		size_t kb = o->boot_terms < nt ? o->boot_terms : nt;
		if (kb && (o->parts & SLANT_PART_TERM_BOOT)) {
			size_t *top =
			    term_order(f->m, pr->terms, nt, plain_evidence);
			struct slant_compare_term **by =
			    slant_xcalloc(nt, sizeof *by);
			for (size_t i = 0; i < nt; i++)
				by[i] = &pr->terms[top[i]];
			free(top);
			double *c = slant_xcalloc(nitems * kb, sizeof *c);
			for (size_t i = 0; i < nitems; i++)
				for (size_t j = 0; j < kb; j++)
					c[i * kb + j] =
					    block_docs(items[i].k, by[j]->term);
			struct term_boot tb = {items, kb, c, eps};
			struct slant_stats_interval *iv =
			    slant_xcalloc(kb, sizeof *iv);
			compare_bootstrap(o, nitems, pr->boot_blocks[0], kb,
			                  term_boot_fn, &tb, iv);
			for (size_t j = 0; j < kb; j++) {
				by[j]->share_ratio.lo = iv[j].lo;
				by[j]->share_ratio.hi = iv[j].hi;
			}
			free(iv);
			free(c);
			free(by);
		}
		if (nv && (o->parts & SLANT_PART_DIVERGENCE)) {
			/* The null: the same blocks dealt to the sides at
			 * random, as many times as there are bootstrap
			 * replicates; one scratch context per thread. */
			size_t nth = o->threads ? o->threads : 1;
			struct jsd_data jd;
			jsd_data_init(&jd, items, nitems, V);
			slant_stats_jsd_init();
			struct jsd_perm *jp = slant_xcalloc(nth, sizeof *jp);
			void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
			for (size_t t = 0; t < nth; t++) {
				jp[t].d = &jd;
				jp[t].wa = slant_xcalloc(nitems * JSD_BATCH,
				                         sizeof(double));
				ctxs[t] = &jp[t];
			}
			double *perm =
			    slant_xcalloc(o->bootstrap, sizeof *perm);
			slant_stats_permutation_batch_threads(
			    nitems, o->bootstrap, o->seed, JSD_BATCH,
			    jsd_perm_fn, ctxs, nth, perm);
			pr->jsd_p = slant_stats_permutation_p(
			    pr->jsd, perm, o->bootstrap, &pr->jsd_null);
			pr->jsd_excess = pr->jsd - pr->jsd_null;
			for (size_t r = 0; r < o->bootstrap; r++)
				pr->jsd_replicates += isfinite(perm[r]);
			free(perm);
			for (size_t t = 0; t < nth; t++)
				free(jp[t].wa);
			free(jp);
			free(ctxs);
			jsd_data_release(&jd);
		}
		free(items);
	}
	free(ya);
	free(yb);
	free(alpha);
	free(contrib);
	free(lo);
	free(vid);
	free(loc);
	for (int s = 0; s < 2; s++) {
		free(cnt[s]);
		free(docs[s]);
	}
}

/* The tests of dimension d in voice v of one comparison; x and y are
 * scratch for the two sides' article rates. */
