/* stats-exact.c: tests whose p-values come from a permutation distribution,
 * computed exactly where that is cheap and sampled (seeded) where it is
 * not: Fisher's exact test, Mann-Whitney with ties, the Wilcoxon
 * signed-rank test and the exact stratified test of a common odds ratio.
 *
 * Why: article rates of a rare dimension or term are mostly zero, and on
 * such data the normal approximations behind the usual p-values fail by
 * orders of magnitude when one side is small (measured on random splits
 * of one outlet's articles: 10 articles against 1,000, Mann-Whitney's
 * normal approximation called some dimension "significant" in 11 of 12
 * splits; the exact distribution in 1 of 12). Contracts are in stats.h. */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>

#include "mem.h"
#include "stats-internal.h"
#include "stats.h"

static int whole(double v)
{
	return v >= 0 && v == floor(v) && v < 9007199254740992.0;
}

static int test_none(struct slant_stats_test *out)
{
	out->stat = out->df = out->p = NAN;
	out->method = SLANT_P_NONE;
	return -1;
}

static double lnchoose(double n, double k)
{
	slant_stats_gsl_quiet();
	return gsl_sf_lnchoose((unsigned)n, (unsigned)k);
}

/* ---- Fisher's exact test --------------------------------------------------
 *
 * x ~ hypergeometric: N items, r1 in row 1, c1 in column 1, x of row 1 in
 * column 1. Neighbouring probabilities differ by a ratio of small
 * integers, so a tail is summed outward from its first term by that
 * recurrence (one lnchoose per tail, not one per term), until the terms no
 * longer change the sum. */

struct hyper {
	double N, r1, c1, lo, hi, lnorm;
};

static double hyper_logpmf(const struct hyper *h, double x)
{
	if (x < h->lo || x > h->hi)
		return -INFINITY;
	return lnchoose(h->c1, x) + lnchoose(h->N - h->c1, h->r1 - x) -
	       h->lnorm;
}

/* pmf(x + 1) / pmf(x) */
static double hyper_up(const struct hyper *h, double x)
{
	return (h->c1 - x) * (h->r1 - x) /
	       ((x + 1) * (h->N - h->c1 - h->r1 + x + 1));
}

/* The sum of pmf over [from, hi] (dir > 0) or [lo, from] (dir < 0). */
static double hyper_tail(const struct hyper *h, double from, int dir)
{
	if (from < h->lo || from > h->hi)
		return 0;
	double term = exp(hyper_logpmf(h, from)), sum = 0;
	for (double x = from;;) {
		sum += term;
		if (term <= sum * 1e-18)
			break;
		if (dir > 0) {
			if (x >= h->hi)
				break;
			term *= hyper_up(h, x);
			x += 1;
		} else {
			if (x <= h->lo)
				break;
			term /= hyper_up(h, x - 1);
			x -= 1;
		}
	}
	return sum;
}

double slant_stats_fisher_p(double a, double b, double c, double d)
{
	if (!whole(a) || !whole(b) || !whole(c) || !whole(d))
		return NAN;
	struct hyper h;
	h.N = a + b + c + d;
	h.r1 = a + b;
	h.c1 = a + c;
	if (h.r1 == 0 || c + d == 0 || h.c1 == 0 || b + d == 0)
		return 1.0; /* a margin is empty: nothing to test */
	h.lo = fmax(0, h.r1 + h.c1 - h.N);
	h.hi = fmin(h.r1, h.c1);
	h.lnorm = lnchoose(h.N, h.r1);
	/* as scipy.stats.fisher_exact: the mode, and a relative tolerance
	 * of 1e-14 for "no more likely than the observed table" */
	double mode = floor((h.r1 + 1) * (h.c1 + 1) / (h.N + 2));
	double lexact = hyper_logpmf(&h, a), lmode = hyper_logpmf(&h, mode);
	const double gamma = 1 + 1e-14;
	double pexact = exp(lexact), pmode = exp(lmode);
	if (fabs(pexact - pmode) / fmax(pexact, pmode) <= 1e-14)
		return 1.0;
	double lcut = lexact + log(gamma), p;
	if (a < mode) {
		p = hyper_tail(&h, a, -1);
		/* the other side: the first x > mode as unlikely as a */
		if (hyper_logpmf(&h, h.hi) > lcut)
			return fmin(1.0, p);
		double lo = mode, hi = h.hi; /* pmf(lo) > cut >= pmf(hi) */
		while (hi - lo > 1) {
			double mid = floor((lo + hi) / 2);
			if (hyper_logpmf(&h, mid) > lcut)
				lo = mid;
			else
				hi = mid;
		}
		p += hyper_tail(&h, hi, +1);
	} else {
		p = hyper_tail(&h, a, +1);
		if (hyper_logpmf(&h, h.lo) > lcut)
			return fmin(1.0, p);
		double lo = h.lo, hi = mode; /* pmf(lo) <= cut < pmf(hi) */
		while (hi - lo > 1) {
			double mid = floor((lo + hi) / 2);
			if (hyper_logpmf(&h, mid) > lcut)
				hi = mid;
			else
				lo = mid;
		}
		p += hyper_tail(&h, lo, -1);
	}
	return fmin(1.0, p);
}

/* ---- Mann-Whitney
 * ------------------------------------------------------------
 *
 * The rank sum W of the smaller sample, in doubled mid-ranks (whole
 * numbers even with ties). Under the null every subset of ns of the N
 * pooled items is equally likely. The items tied at the most common value
 * (the "mode": zero, for a rare dimension) are interchangeable, so the
 * distribution is
 *   P(W = w) = sum over j of C(m0, ns - j) * #{j-subsets of the k other
 *              items with score sum w - (ns - j) s0} / C(N, ns),
 * and the counts of subsets of the k other items come from one table
 * (j, sum) filled item by item. Its size decides between the exact
 * distribution, the normal approximation and a Monte Carlo sample. */

struct mw_setup {
	size_t N, ns, m0, k;
	int64_t s0;    /* doubled rank of the modal value */
	int64_t *o;    /* doubled ranks of the k other items */
	int64_t wobs;  /* observed doubled rank sum of the smaller sample */
	int64_t shift; /* subtracted from every o in the table */
};

/* Exact distribution. Returns the two-sided p, or NAN when the table would
 * cost more than the budget. */
#define MW_EXACT_BUDGET 20000000.0 /* table cells times items */
#define MW_EXACT_CELLS  4000000.0  /* table cells */

static double mw_exact(const struct mw_setup *s)
{
	size_t J = s->k < s->ns ? s->k : s->ns;
	/* the largest shifted sum of J items: the J largest scores */
	int64_t smax = 0;
	for (size_t i = 0; i < J; i++)
		smax += s->o[s->k - 1 - i] - s->shift;
	double cells = (double)(J + 1) * (double)(smax + 1);
	if (cells > MW_EXACT_CELLS || cells * (double)s->k > MW_EXACT_BUDGET)
		return NAN;
	size_t W = (size_t)smax + 1;
	double *dp = slant_xcalloc((J + 1) * W, sizeof *dp);
	dp[0] = 1;
	for (size_t i = 0; i < s->k; i++) {
		size_t sc = (size_t)(s->o[i] - s->shift);
		size_t top = i < J ? i : J - 1;
		for (size_t j = top + 1; j-- > 0;) {
			const double *from = dp + j * W;
			double *to = dp + (j + 1) * W;
			for (size_t w = W - sc; w-- > 0;)
				to[w + sc] += from[w];
		}
	}
	double lower = 0, upper = 0,
	       lall = lnchoose((double)s->N, (double)s->ns);
	for (size_t j = 0; j <= J; j++) {
		size_t rest = s->ns - j; /* items from the modal block */
		if (rest > s->m0)
			continue;
		double wt = exp(lnchoose((double)s->m0, (double)rest) - lall);
		int64_t base = (int64_t)j * s->shift + (int64_t)rest * s->s0;
		const double *row = dp + j * W;
		for (size_t w = 0; w < W; w++) {
			if (row[w] == 0)
				continue;
			int64_t total = base + (int64_t)w;
			double pr = row[w] * wt;
			if (total <= s->wobs)
				lower += pr;
			if (total >= s->wobs)
				upper += pr;
		}
	}
	free(dp);
	return fmin(1.0, 2.0 * fmin(lower, upper));
}

/* A seeded sample of the permutation distribution: the number j of other
 * (non-modal) items in a random ns-subset is hypergeometric (drawn by its
 * inverse CDF, a table of at most ns + 1 values); which j of them, by a
 * partial shuffle. Each draw costs O(log ns + j), not O(N). */
static double mw_monte_carlo(const struct mw_setup *s, unsigned long seed,
                             size_t draws)
{
	size_t J = s->k < s->ns ? s->k : s->ns;
	double *cdf = slant_xcalloc(J + 1, sizeof *cdf);
	double lall = lnchoose((double)s->N, (double)s->ns), run = 0;
	for (size_t j = 0; j <= J; j++) {
		size_t rest = s->ns - j;
		if (rest <= s->m0)
			run +=
			    exp(lnchoose((double)s->k, (double)j) +
			        lnchoose((double)s->m0, (double)rest) - lall);
		cdf[j] = run;
	}
	int64_t *pool = slant_xmalloc((s->k ? s->k : 1) * sizeof *pool);
	memcpy(pool, s->o, s->k * sizeof *pool);
	gsl_rng *rng = slant_stats_seeded_rng(seed);
	size_t le = 0, ge = 0;
	for (size_t r = 0; r < draws; r++) {
		double u = gsl_rng_uniform(rng) * run;
		size_t lo = 0, hi = J; /* first j with cdf[j] > u */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (cdf[mid] > u)
				hi = mid;
			else
				lo = mid + 1;
		}
		size_t j = lo;
		int64_t w = (int64_t)(s->ns - j) * s->s0;
		for (size_t i = 0; i < j; i++) {
			size_t pick = i + (size_t)gsl_rng_uniform_int(
			                      rng, (unsigned long)(s->k - i));
			int64_t t = pool[i];
			pool[i] = pool[pick];
			pool[pick] = t;
			w += pool[i];
		}
		le += w <= s->wobs;
		ge += w >= s->wobs;
	}
	gsl_rng_free(rng);
	free(pool);
	free(cdf);
	/* (1 + count) / (1 + draws) per tail: never 0 (Phipson & Smyth
	 * 2010) */
	double pl = (double)(le + 1) / (double)(draws + 1);
	double pu = (double)(ge + 1) / (double)(draws + 1);
	return fmin(1.0, 2.0 * fmin(pl, pu));
}

int slant_stats_mann_whitney_auto(const double *x, size_t nx, const double *y,
                                  size_t ny, unsigned long seed,
                                  struct slant_stats_test *out)
{
	if (nx == 0 || ny == 0)
		return test_none(out);
	for (size_t i = 0; i < nx; i++)
		if (isnan(x[i]))
			return test_none(out);
	for (size_t i = 0; i < ny; i++)
		if (isnan(y[i]))
			return test_none(out);
	size_t N = nx + ny;
	double *v = slant_stats_new_array(N, sizeof *v);
	double *rank = slant_stats_new_array(N, sizeof *rank);
	/* the smaller sample first */
	bool x_small = nx <= ny;
	const double *sm = x_small ? x : y, *lg = x_small ? y : x;
	size_t ns = x_small ? nx : ny, nl = N - ns;
	memcpy(v, sm, ns * sizeof *v);
	memcpy(v + ns, lg, nl * sizeof *v);
	/* one ranking: the ranks, the tie term and the doubled ranks in
	 * order (the modal block and the other items' scores come from it
	 * without a sort) */
	int64_t *sorted = slant_stats_new_array(N, sizeof *sorted);
	double ties = slant_stats_mid_ranks_sorted(v, N, rank, sorted);
	struct mw_setup s = {0};
	s.N = N;
	s.ns = ns;
	int64_t *sc = slant_stats_new_array(N, sizeof *sc);
	double rsum = 0;
	for (size_t i = 0; i < N; i++) {
		sc[i] = (int64_t)llround(2 * rank[i]);
		if (i < ns) {
			s.wobs += sc[i];
			rsum += rank[i];
		}
	}
	/* U of x, as slant_stats_mann_whitney */
	double u_small = rsum - (double)ns * ((double)ns + 1) / 2;
	out->stat = x_small ? u_small : (double)nx * (double)ny - u_small;
	out->df = NAN;
	/* the modal value: the largest group of equal doubled ranks */
	size_t best = 0;
	for (size_t i = 0; i < N;) {
		size_t j = i;
		while (j < N && sorted[j] == sorted[i])
			j++;
		if (j - i > best) {
			best = j - i;
			s.s0 = sorted[i];
		}
		i = j;
	}
	s.m0 = best;
	s.k = N - best;
	free(v);
	free(rank);
	if (s.k == 0) { /* every value tied: no variation to test */
		free(sc);
		free(sorted);
		return test_none(out);
	}
	s.o = slant_stats_new_array(s.k, sizeof *s.o);
	size_t o = 0;
	for (size_t i = 0; i < N; i++)
		if (sorted[i] != s.s0)
			s.o[o++] = sorted[i];
	s.shift = s.o[0];
	double p = mw_exact(&s);
	out->method = SLANT_P_EXACT;
	if (isnan(p)) {
		/* The normal approximation needs enough untied items in the
		 * smaller sample: at least 20 items, and an expected 10 of
		 * them off the most common value. */
		double expect = (double)ns * (double)s.k / (double)N;
		if (ns >= 20 && expect >= 10) {
			/* symmetric in the two samples: U of the smaller */
			p = slant_stats_mw_asymptotic_p(u_small, ns, N - ns,
			                                ties);
			out->method = SLANT_P_ASYMPTOTIC;
		} else {
			p = mw_monte_carlo(&s, seed, SLANT_STATS_MC_DRAWS);
			out->method = SLANT_P_MONTE_CARLO;
		}
	}
	out->p = p;
	free(s.o);
	free(sc);
	free(sorted);
	return 0;
}

/* ---- Wilcoxon signed-rank --------------------------------------------------
 */

#define WILCOXON_EXACT_MAX 200

int slant_stats_wilcoxon(const double *d, size_t n,
                         struct slant_stats_test *out)
{
	for (size_t i = 0; i < n; i++)
		if (isnan(d[i]))
			return test_none(out);
	size_t m = 0;
	double *a = slant_stats_new_array(n, sizeof *a);
	unsigned char *pos = slant_stats_new_array(n, sizeof *pos);
	for (size_t i = 0; i < n; i++)
		if (d[i] != 0) {
			a[m] = fabs(d[i]);
			pos[m++] = d[i] > 0;
		}
	if (m == 0) {
		free(a);
		free(pos);
		return test_none(out);
	}
	double *rank = slant_stats_new_array(m, sizeof *rank);
	double ties = slant_stats_mid_ranks(a, m, rank);
	double wplus = 0;
	int64_t wobs = 0, total = 0;
	for (size_t i = 0; i < m; i++) {
		int64_t s2 = (int64_t)llround(2 * rank[i]);
		total += s2;
		if (pos[i]) {
			wplus += rank[i];
			wobs += s2;
		}
	}
	out->stat = wplus;
	out->df = (double)m;
	if (m <= WILCOXON_EXACT_MAX) {
		/* counts of sign assignments by doubled W+, then / 2^m */
		size_t W = (size_t)total + 1;
		double *dp = slant_xcalloc(W, sizeof *dp);
		dp[0] = 1;
		int64_t reach = 0;
		for (size_t i = 0; i < m; i++) {
			size_t s2 = (size_t)llround(2 * rank[i]);
			for (size_t w = (size_t)reach + 1; w-- > 0;)
				dp[w + s2] += dp[w];
			reach += (int64_t)s2;
		}
		double lower = 0, upper = 0;
		for (size_t w = 0; w < W; w++) {
			double pr = ldexp(dp[w], -(int)m);
			if ((int64_t)w <= wobs)
				lower += pr;
			if ((int64_t)w >= wobs)
				upper += pr;
		}
		free(dp);
		out->p = fmin(1.0, 2.0 * fmin(lower, upper));
		out->method = SLANT_P_EXACT;
	} else {
		/* scipy.stats.wilcoxon(zero_method='wilcox', correction=False,
		 * method='approx'): the tie term sum(t^3 - t) / 48 comes off
		 * the variance */
		double nn = (double)m;
		double mean = nn * (nn + 1) / 4;
		double var = nn * (nn + 1) * (2 * nn + 1) / 24 - ties / 48;
		double z = var > 0 ? (wplus - mean) / sqrt(var) : 0;
		out->p = slant_stats_normal_p(z);
		out->method = SLANT_P_ASYMPTOTIC;
	}
	free(a);
	free(pos);
	free(rank);
	return 0;
}

/* ---- exact stratified test
 * ---------------------------------------------------- */

double slant_stats_strata_exact_p(const double *x, const double *m,
                                  const double *n, const double *t, size_t K,
                                  double *expected)
{
	if (expected)
		*expected = NAN;
	if (K == 0)
		return NAN;
	double lo = 0, hi = 0, obs = 0, mean = 0;
	for (size_t k = 0; k < K; k++) {
		if (!whole(x[k]) || !whole(m[k]) || !whole(n[k]) ||
		    !whole(t[k]) || x[k] > t[k] || x[k] > m[k] ||
		    t[k] > m[k] + n[k] || t[k] - x[k] > n[k])
			return NAN;
		lo += fmax(0, t[k] - n[k]);
		hi += fmin(m[k], t[k]);
		obs += x[k];
		if (m[k] + n[k] > 0)
			mean += t[k] * m[k] / (m[k] + n[k]);
	}
	if (expected)
		*expected = mean;
	if (hi <= lo)
		return 1.0;
	/* the convolution, stratum by stratum, over the support lo..hi */
	size_t S = (size_t)(hi - lo) + 1;
	double *dist = slant_xcalloc(S, sizeof *dist);
	double *next = slant_xcalloc(S, sizeof *next);
	double *pmf = slant_xcalloc(S, sizeof *pmf);
	dist[0] = 1;
	size_t span = 0; /* dist[0..span] may be non-zero */
	for (size_t k = 0; k < K; k++) {
		double klo = fmax(0, t[k] - n[k]), khi = fmin(m[k], t[k]);
		if (khi <= klo)
			continue; /* one table only: adds a constant */
		size_t w = (size_t)(khi - klo);
		double lz = lnchoose(m[k] + n[k], t[k]), total = 0;
		for (size_t i = 0; i <= w; i++) {
			double xx = klo + (double)i;
			pmf[i] = exp(lnchoose(m[k], xx) +
			             lnchoose(n[k], t[k] - xx) - lz);
			total += pmf[i];
		}
		for (size_t i = 0; i <= w; i++)
			pmf[i] /= total;
		memset(next, 0, (span + w + 1) * sizeof *next);
		for (size_t a = 0; a <= span; a++)
			if (dist[a] != 0)
				for (size_t i = 0; i <= w; i++)
					next[a + i] += dist[a] * pmf[i];
		span += w;
		double *tmp = dist;
		dist = next;
		next = tmp;
	}
	/* R's convention: sum of d[d <= d[obs] * (1 + 1e-7)] */
	double dobs = dist[(size_t)(obs - lo)] * (1 + 1e-7), p = 0;
	for (size_t i = 0; i <= span; i++)
		if (dist[i] <= dobs)
			p += dist[i];
	free(dist);
	free(next);
	free(pmf);
	return fmin(1.0, p);
}
