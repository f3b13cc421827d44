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

struct term_boot {
	const struct boot_item *items;
	size_t nterms;
	const double *cnt; /* nitems * nterms */
	double conf;
};

static void term_boot_fn(const size_t *idx, size_t n, void *ctx, double *out)
{
	const struct term_boot *t = ctx;
	double tok[2] = {0, 0};
	for (size_t j = 0; j < t->nterms; j++)
		out[j] = 0;
	/* out[] accumulates the target counts, tb the reference counts */
	double *tb = slant_xcalloc(t->nterms ? t->nterms : 1, sizeof *tb);
	for (size_t i = 0; i < n; i++) {
		const struct boot_item *it = &t->items[idx[i]];
		tok[it->side] += it->k->tokens;
		const double *c = t->cnt + idx[i] * t->nterms;
		double *acc = it->side ? tb : out;
		for (size_t j = 0; j < t->nterms; j++)
			acc[j] += c[j];
	}
	for (size_t j = 0; j < t->nterms; j++) {
		struct slant_stats_interval lr;
		slant_stats_log_ratio(out[j], tb[j], tok[0], tok[1], t->conf,
		                      &lr);
		out[j] = lr.est;
	}
	free(tb);
}

/* The JSD bootstrap. Only terms counted on both sides of the comparison
 * need a log in a replicate (slant_stats_jsd_shared_term); the others
 * only add to the sides' totals. So the shared terms' block counts are
 * kept term by term (CSR), and JSD_BATCH replicates go through them in one
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
	size_t *mid;    /* nterms: its first entry on the reference side */
	uint32_t *item; /* per entry, in item order */
	double *count;  /* per entry */
};

/* The terms counted in two items or more: a term in one block can never
 * be on both sides of a replicate. */
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
	d->mid = slant_xmalloc((d->nterms ? d->nterms : 1) * sizeof *d->mid);
	for (size_t s = 0; s < d->nterms; s++) {
		size_t e = d->start[s];
		while (e < d->start[s + 1] && d->item[e] < d->n0)
			e++;
		d->mid[s] = e;
	}
}

static void jsd_data_release(struct jsd_data *d)
{
	free(d->total);
	free(d->start);
	free(d->mid);
	free(d->item);
	free(d->count);
}

struct jsd_boot {
	const struct jsd_data *d;
	bool permute; /* idx is an order of the items, not a resample */
	/* nitems * JSD_BATCH each: each replicate's weight of an item on
	 * the target side (wa) and on the reference side (wb) */
	double *wa, *wb;
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

/* A bootstrap replicate weighs each item by how often it was drawn, on
 * its own side; a permutation replicate deals the items out again, the
 * first n0 of the order to the target side. Either way each side's term
 * counts are weighted sums of the items' counts. */
SLANT_VECTOR_CLONES static void jsd_boot_fn(const size_t *idx, size_t m,
                                            size_t n, void *ctx, double *out)
{
	struct jsd_boot *j = ctx;
	const struct jsd_data *d = j->d;
	double *wa = j->wa, *wb = j->wb;
	memset(wa, 0, d->nitems * JSD_BATCH * sizeof *wa);
	memset(wb, 0, d->nitems * JSD_BATCH * sizeof *wb);
	for (size_t r = 0; r < m; r++)
		for (size_t i = 0; i < n; i++) {
			size_t it = idx[r * n + i];
			bool target = j->permute ? i < d->n0 : it < d->n0;
			(target ? wa : wb)[it * JSD_BATCH + r] += 1;
		}
	double sp[JSD_BATCH] = {0}, sq[JSD_BATCH] = {0};
	double lsp[JSD_BATCH], lsq[JSD_BATCH], shared[JSD_BATCH];
	for (size_t i = 0; i < d->nitems; i++)
		for (size_t r = 0; r < JSD_BATCH; r++) {
			sp[r] += wa[i * JSD_BATCH + r] * d->total[i];
			sq[r] += wb[i * JSD_BATCH + r] * d->total[i];
		}
	for (size_t r = 0; r < m; r++) {
		lsp[r] = log(sp[r]);
		lsq[r] = log(sq[r]);
		shared[r] = 0;
	}
	for (size_t s = 0; s < d->nterms; s++) {
		double a[JSD_BATCH] = {0}, b[JSD_BATCH] = {0};
		size_t e0 = d->start[s], mid = d->mid[s], e1 = d->start[s + 1];
		if (!j->permute) {
			/* items stay on their side: a term counted on one
			 * side only is never shared */
			if (mid == e0 || mid == e1)
				continue;
			weighted_sum(d, wa, e0, mid, a);
			weighted_sum(d, wb, mid, e1, b);
		} else {
			/* every item is dealt to one side: b = total - a
			 * (exact for whole counts, as the CLI's) */
			double total = weighted_sum(d, wa, e0, e1, a);
			for (size_t r = 0; r < JSD_BATCH; r++)
				b[r] = total - a[r];
		}
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

static double block_count(const struct block *k, uint32_t id)
{
	size_t lo = 0, hi = k->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < k->n && k->ids[lo] == id ? k->counts[lo] : 0;
}

/* Sorting terms: by a key descending, ties by the term's string. The
 * keys and strings are gathered first, so the comparison touches neither
 * the vocabulary nor the (large) term rows. */
struct term_key {
	double key;
	const char *s;
	size_t i;
};

static int cmp_term_key(const void *pa, const void *pb)
{
	const struct term_key *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return strcmp(a->s, b->s);
}

/* The order of terms[0..n) by key(term) descending, then string. */
static size_t *term_order(const struct slant_compare *m,
                          const struct slant_compare_term *terms, size_t n,
                          double (*key)(const struct slant_compare_term *))
{
	struct term_key *k = slant_xmalloc((n ? n : 1) * sizeof *k);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct term_key){
		    key(&terms[i]), slant_compare_term_string(m, terms[i].term),
		    i};
	qsort(k, n, sizeof *k, cmp_term_key);
	size_t *order = slant_xmalloc((n ? n : 1) * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = k[i].i;
	free(k);
	return order;
}

static double clamp01(double x)
{
	return x < 0 ? 0 : x > 1 ? 1 : x; /* NaN stays NaN */
}

/* Rows: signed G2, so over-use in the target comes first and under-use
 * last. */
static double signed_g2(const struct slant_compare_term *t)
{
	double g = isnan(t->g2) ? 0 : t->g2;
	return t->log_ratio.est < 0 ? -g : g;
}

/* The bootstrap's terms: the largest G2 either way. */
static double plain_g2(const struct slant_compare_term *t)
{
	return isnan(t->g2) ? -1 : t->g2;
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
			uint32_t id = slant_vocab_find(b->vocab, o->bg_terms[i],
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
	pr->jsd.est = nv ? slant_stats_jsd(ya, yb, nv, contrib) : NAN;
	pr->jsd.lo = pr->jsd.hi = pr->jsd_corrected = NAN;
	pr->jsd_null = pr->jsd_p = NAN;

	/* tested terms */
	pr->terms = slant_xcalloc(nva, sizeof *pr->terms);
	double tt[2] = {pr->tokens[0], pr->tokens[1]};
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
		}
		double a = t->count[0], bb = t->count[1];
		t->g2 = slant_stats_g2(a, bb, tt[0], tt[1], &t->g2_p);
		t->g2_2term =
		    slant_stats_g2_2term(a, bb, tt[0], tt[1], &t->g2_2term_p);
		t->chi2 = slant_stats_chi2(a, bb, tt[0], tt[1], &t->chi2_p);
		slant_stats_log_ratio(a, bb, tt[0], tt[1], o->conf,
		                      &t->log_ratio);
		t->log_ratio_boot.est = t->log_ratio.est;
		t->log_ratio_boot.lo = t->log_ratio_boot.hi = NAN;
		t->log_odds = lo[i];
		t->log_odds_p = slant_stats_normal_p(lo[i].z);
		t->jsd_contrib = contrib[i];
	}
	size_t nt = pr->nterms, nta = nt ? nt : 1;
	double *p = slant_xcalloc(nta, sizeof *p);
	for (size_t i = 0; i < nt; i++)
		p[i] = pr->terms[i].g2_p;
	pr->family_g2 = slant_stats_bh(p, nt, p);
	for (size_t i = 0; i < nt; i++) {
		pr->terms[i].g2_q = p[i];
		p[i] = pr->terms[i].log_odds_p;
	}
	pr->family_log_odds = slant_stats_bh(p, nt, p);
	for (size_t i = 0; i < nt; i++)
		pr->terms[i].log_odds_q = p[i];
	free(p);
	size_t *order = term_order(f->m, pr->terms, nt, signed_g2);
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
		/* Log Ratio of the terms with the largest G2 */
		size_t kb = o->boot_terms < nt ? o->boot_terms : nt;
		if (kb && (o->parts & SLANT_PART_TERM_BOOT)) {
			size_t *top = term_order(f->m, pr->terms, nt, plain_g2);
			struct slant_compare_term **by =
			    slant_xcalloc(nt, sizeof *by);
			for (size_t i = 0; i < nt; i++)
				by[i] = &pr->terms[top[i]];
			free(top);
			double *c = slant_xcalloc(nitems * kb, sizeof *c);
			for (size_t i = 0; i < nitems; i++)
				for (size_t j = 0; j < kb; j++)
					c[i * kb + j] = block_count(
					    items[i].k, by[j]->term);
			/* The replicates on every thread: term_boot_fn only
			 * reads its context, so all share one; the result is
			 * the one-thread result. */
			struct term_boot tb = {items, kb, c, o->conf};
			size_t nth = o->threads ? o->threads : 1;
			void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
			for (size_t t = 0; t < nth; t++)
				ctxs[t] = &tb;
			struct slant_stats_interval *iv =
			    slant_xcalloc(kb, sizeof *iv);
			slant_stats_bootstrap_multi_threads(
			    nitems, o->bootstrap, o->conf, o->seed, kb,
			    term_boot_fn, ctxs, nth, iv, NULL);
			free(ctxs);
			for (size_t j = 0; j < kb; j++) {
				by[j]->log_ratio_boot.lo = iv[j].lo;
				by[j]->log_ratio_boot.hi = iv[j].hi;
			}
			free(iv);
			free(c);
			free(by);
		}
		if (nv && (o->parts & SLANT_PART_DIVERGENCE)) {
			/* The costliest bootstrap (every shared term, every
			 * replicate): one scratch context per thread. */
			size_t nth = o->threads ? o->threads : 1;
			struct jsd_data jd;
			jsd_data_init(&jd, items, nitems, V);
			slant_stats_jsd_init();
			struct jsd_boot *jb = slant_xcalloc(nth, sizeof *jb);
			void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
			for (size_t t = 0; t < nth; t++) {
				jb[t].d = &jd;
				jb[t].wa = slant_xcalloc(nitems * JSD_BATCH,
				                         sizeof(double));
				jb[t].wb = slant_xcalloc(nitems * JSD_BATCH,
				                         sizeof(double));
				ctxs[t] = &jb[t];
			}
			struct slant_stats_interval iv;
			double mean;
			slant_stats_bootstrap_batch_threads(
			    nitems, o->bootstrap, o->conf, o->seed, 1,
			    JSD_BATCH, jsd_boot_fn, ctxs, nth, &iv,
			    &pr->jsd_replicates, &mean);
			double est = pr->jsd.est;
			pr->jsd_corrected = clamp01(2 * est - mean);
			pr->jsd.lo = clamp01(2 * est - iv.hi);
			pr->jsd.hi = clamp01(2 * est - iv.lo);
			/* the null: the same blocks dealt to the sides at
			 * random, as many times as there are replicates */
			double *perm =
			    slant_xcalloc(o->bootstrap, sizeof *perm);
			for (size_t t = 0; t < nth; t++)
				jb[t].permute = true;
			slant_stats_permutation_batch_threads(
			    nitems, o->bootstrap, o->seed, JSD_BATCH,
			    jsd_boot_fn, ctxs, nth, perm);
			pr->jsd_p = slant_stats_permutation_p(
			    est, perm, o->bootstrap, &pr->jsd_null);
			free(perm);
			for (size_t t = 0; t < nth; t++) {
				free(jb[t].wa);
				free(jb[t].wb);
			}
			free(jb);
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
