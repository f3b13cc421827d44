/* stats.c: keyness, effect sizes, tests, bootstrap and divergence.
 *
 * The only file in slant that includes GSL headers (DESIGN.md section 1).
 * Formulas and conventions are documented in stats.h; comments here say
 * why the code is shaped the way it is. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "mem.h"
#include "stats-internal.h"
#include "stats.h"

#ifndef M_LN2 /* POSIX, not C11: absent under a strict -std=c11 */
#define M_LN2 0.69314718055994530942
#endif

/* GSL's default error handler prints and calls abort(), which the library
 * core must never do. Every entry point that reaches GSL calls this first;
 * the handler is a global, set once (pthread_once: bootstrap replicates
 * call in from several threads at a time), and GSL is private to this
 * module, so no other code relies on the default handler. With the handler
 * off, GSL functions return their best value (0 on underflow, NaN on a
 * domain error), which the callers below guard against anyway. */
static pthread_once_t gsl_quiet_once = PTHREAD_ONCE_INIT;

static void gsl_handler_off(void)
{
	gsl_set_error_handler_off();
}

void slant_stats_gsl_quiet(void)
{
	pthread_once(&gsl_quiet_once, gsl_handler_off);
}
#define gsl_quiet slant_stats_gsl_quiet

void *slant_stats_new_array(size_t n, size_t size)
{
	return slant_xreallocarray(NULL, n ? n : 1, size);
}
#define new_array slant_stats_new_array

/* 0 ln(0 / e) is taken as 0: the limit of o ln(o/e) as o -> 0, and the
 * convention of every G2 implementation. */
static double xlogy_ratio(double o, double e)
{
	return o > 0 ? o * log(o / e) : 0.0;
}

static double chisq_p(double stat, double df)
{
	if (isnan(stat) || isnan(df) || df <= 0)
		return NAN;
	/* Rounding can leave a true zero as -1e-16; Q(0) = 1 either way. */
	if (stat <= 0)
		return 1.0;
	/* One degree of freedom, every keyness test of every term: the
	 * closed form Q(x; 1) = erfc(sqrt(x / 2)) is 30 times faster than
	 * GSL's incomplete gamma and as accurate (within 1.2e-13 relative of
	 * it up to x = 1000, and checked against SciPy in t-stats). */
	if (df == 1)
		return erfc(sqrt(stat / 2.0));
	gsl_quiet();
	return gsl_cdf_chisq_Q(stat, df);
}

/* Two-sided p of Student's t with nu df. gsl_cdf_tdist_Q loses relative
 * accuracy in the tail for moderate nu (7e-7 at t = 20, nu = 43, against
 * mpmath), and SciPy does not, so tiny Welch p-values disagreed. The
 * incomplete beta form I_x(nu/2, 1/2) with x = nu / (nu + t^2) is good to
 * ~1e-15 while x <= 1/2, but loses digits as x -> 1 (1 - x is rounded);
 * there, t^2 < nu, gsl_cdf_tdist_Q is fine. Measured on a grid of t in
 * [0, 40] and nu in [1, 1e5], this split stays below 1e-12 relative. */
static double t_two_sided_p(double t, double nu)
{
	double t2 = t * t, p;
	gsl_quiet();
	if (t2 >= nu)
		p = gsl_sf_beta_inc(nu / 2.0, 0.5, nu / (nu + t2));
	else
		p = 2.0 * gsl_cdf_tdist_Q(fabs(t), nu);
	return p > 1.0 ? 1.0 : p;
}

static int table_ok(double a, double b, double c, double d)
{
	/* Every comparison with NaN is false, so NaN fails here too. */
	return a >= 0 && b >= 0 && c > 0 && d > 0 && a <= c && b <= d &&
	       isfinite(c) && isfinite(d);
}

static double set_p(double *p, double v)
{
	if (p)
		*p = v;
	return v;
}

double slant_stats_g2(double a, double b, double c, double d, double *p)
{
	if (!table_ok(a, b, c, d)) {
		set_p(p, NAN);
		return NAN;
	}
	double n = c + d, k = a + b;
	double e1 = c * k / n, e2 = d * k / n;
	/* The other-words cells use their own expected counts rather than
	 * c - e1, so that the result does not lose digits to cancellation
	 * when the term is a large share of the corpus. */
	double e3 = c * (n - k) / n, e4 = d * (n - k) / n;
	double g2 = 2.0 * (xlogy_ratio(a, e1) + xlogy_ratio(b, e2) +
	                   xlogy_ratio(c - a, e3) + xlogy_ratio(d - b, e4));
	/* The exact value is >= 0 (Gibbs' inequality); tiny negative sums
	 * are rounding from near-identical relative frequencies. */
	if (g2 < 0)
		g2 = 0;
	set_p(p, chisq_p(g2, 1));
	return g2;
}

double slant_stats_g2_2term(double a, double b, double c, double d, double *p)
{
	if (!table_ok(a, b, c, d)) {
		set_p(p, NAN);
		return NAN;
	}
	double n = c + d, k = a + b;
	double g2 =
	    2.0 * (xlogy_ratio(a, c * k / n) + xlogy_ratio(b, d * k / n));
	if (g2 < 0)
		g2 = 0;
	set_p(p, chisq_p(g2, 1));
	return g2;
}

double slant_stats_chi2(double a, double b, double c, double d, double *p)
{
	if (!table_ok(a, b, c, d) || a + b <= 0 || a + b >= c + d) {
		set_p(p, NAN);
		return NAN;
	}
	/* Closed form N (a d' - b c')^2 / (row and column products) with
	 * c' = c - a, d' = d - b: one division instead of four, and exact
	 * zero for proportional tables. */
	double n = c + d, k = a + b;
	double diff = a * (d - b) - b * (c - a);
	double chi2 = n * diff * diff / (k * (n - k) * c * d);
	set_p(p, chisq_p(chi2, 1));
	return chi2;
}

static int interval_nan(struct slant_stats_interval *out)
{
	out->est = out->lo = out->hi = NAN;
	return -1;
}

int slant_stats_log_ratio(double a, double b, double c, double d, double conf,
                          struct slant_stats_interval *out)
{
	if (!table_ok(a, b, c, d) || a + b <= 0 || !(conf > 0 && conf < 1))
		return interval_nan(out);
	/* Half an occurrence at the two corpora's mean size, added to both
	 * rates: a one-sided term stays finite, and adding the same amount
	 * to both rates keeps their order, so the sign is always that of
	 * a/c - b/d. (Hardie's 0.5 for a zero count only, used before, gave
	 * 1 hit in 741 words against 0 in 345 a negative ratio.) */
	double eps = 1.0 / (c + d);
	double aa = a + eps * c, bb = b + eps * d;
	gsl_quiet();
	double z = gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - conf) / 2.0);
	double se = sqrt(1.0 / aa + 1.0 / bb) / M_LN2;
	out->est = slant_stats_zero_safe_log_ratio(a / c, b / d, eps);
	out->lo = out->est - z * se;
	out->hi = out->est + z * se;
	return 0;
}

double slant_stats_zero_safe_log_ratio(double x, double y, double eps)
{
	if (!(x >= 0 && y >= 0 && eps > 0))
		return NAN;
	if (x == y)
		return 0.0; /* exactly, whatever the rounding of the logs */
	return log2((x + eps) / (y + eps));
}

double slant_stats_normal_p(double z)
{
	if (isnan(z))
		return NAN;
	gsl_quiet();
	return 2.0 * gsl_cdf_ugaussian_Q(fabs(z));
}

int slant_stats_log_odds_ratio(double a, double b, double c, double d,
                               double conf, struct slant_stats_interval *out)
{
	if (!(a >= 0 && b >= 0 && c >= 0 && d >= 0) || a + b <= 0 ||
	    c + d <= 0 || !(conf > 0 && conf < 1))
		return interval_nan(out);
	gsl_quiet();
	double z = gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - conf) / 2.0);
	/* The same rule as the Log Ratio: half an observation at the rows'
	 * mean size, eps = 1 / (n1 + n2), added to each share and to its
	 * complement. Each row's share moves by the same monotone map, so
	 * the sign is that of a/n1 - c/n2; with equal rows it is the
	 * Haldane-Anscombe 0.5 in every cell. */
	double n1 = a + b, n2 = c + d, eps = 1.0 / (n1 + n2);
	double aa = a + eps * n1, bb = b + eps * n1;
	double cc = c + eps * n2, dd = d + eps * n2;
	double se = sqrt(1.0 / aa + 1.0 / bb + 1.0 / cc + 1.0 / dd);
	out->est = a * n2 == c * n1 ? 0.0 : log(aa * dd / (bb * cc));
	out->lo = out->est - z * se;
	out->hi = out->est + z * se;
	return 0;
}

static int log_odds_nan(struct slant_stats_log_odds *out)
{
	out->delta = out->variance = out->z = NAN;
	return -1;
}

int slant_stats_log_odds(double y_a, double n_a, double y_b, double n_b,
                         double alpha_w, double alpha_0,
                         struct slant_stats_log_odds *out)
{
	if (!(y_a >= 0 && n_a >= 0 && y_b >= 0 && n_b >= 0 && alpha_w >= 0 &&
	      alpha_0 >= 0))
		return log_odds_nan(out);
	double num_a = y_a + alpha_w, num_b = y_b + alpha_w;
	double den_a = n_a + alpha_0 - num_a, den_b = n_b + alpha_0 - num_b;
	if (!(num_a > 0 && num_b > 0 && den_a > 0 && den_b > 0))
		return log_odds_nan(out);
	/* log of the ratio of odds as a difference of logs: each odds can be
	 * tiny (rare term, large corpus) and the difference keeps the
	 * relative precision. */
	out->delta = (log(num_a) - log(den_a)) - (log(num_b) - log(den_b));
	out->variance = 1.0 / num_a + 1.0 / num_b;
	out->z = out->delta / sqrt(out->variance);
	return 0;
}

double slant_stats_prior_uniform(double alpha, size_t n, double *alpha_out)
{
	for (size_t i = 0; i < n; i++)
		alpha_out[i] = alpha;
	return alpha * (double)n;
}

double slant_stats_prior_pooled(const double *y_a, const double *y_b, size_t n,
                                double scale, double *alpha_out)
{
	double total = 0;
	int bad = !(scale > 0) || !isfinite(scale);
	for (size_t i = 0; i < n && !bad; i++) {
		if (!(y_a[i] >= 0 && y_b[i] >= 0))
			bad = 1;
		else
			total += y_a[i] + y_b[i];
	}
	if (bad || !(total > 0) || !isfinite(total)) {
		for (size_t i = 0; i < n; i++)
			alpha_out[i] = NAN;
		return NAN;
	}
	for (size_t i = 0; i < n; i++)
		alpha_out[i] = scale * ((y_a[i] + y_b[i]) / total);
	return scale;
}

size_t slant_stats_log_odds_all(const double *y_a, const double *y_b,
                                const double *alpha, double alpha_0, size_t n,
                                struct slant_stats_log_odds *out)
{
	double n_a = 0, n_b = 0;
	size_t good = 0;
	for (size_t i = 0; i < n; i++) {
		n_a += y_a[i];
		n_b += y_b[i];
	}
	for (size_t i = 0; i < n; i++) {
		slant_stats_log_odds(y_a[i], n_a, y_b[i], n_b, alpha[i],
		                     alpha_0, &out[i]);
		if (isfinite(out[i].z))
			good++;
	}
	return good;
}

/* ---- Benjamini-Hochberg ------------------------------------------------- */

static uint64_t order_key(double v);
static void radix_sort_keys(uint64_t *key, uint32_t *idx, uint64_t *k2,
                            uint32_t *i2, size_t n);

size_t slant_stats_bh(const double *p, size_t n, double *q)
{
	size_t m = 0;
	double *vals = new_array(n, sizeof *vals);
	size_t *where = new_array(n, sizeof *where);
	size_t *order = new_array(n, sizeof *order);

	/* Compact the non-NaN p-values first: the family is what was tested,
	 * and a NaN (untestable term) must not inflate m. */
	for (size_t i = 0; i < n; i++) {
		if (!isnan(p[i])) {
			vals[m] = p[i];
			where[m] = i;
			m++;
		}
	}
	for (size_t i = 0; i < n; i++)
		q[i] = NAN; /* after reading p: q may alias it */
	if (m >= UINT32_MAX) {
		gsl_sort_index(order, vals, 1, m);
	} else if (m > 0) {
		/* a radix sort: a terms table has a family per comparison
		 * of tens of thousands of p-values */
		uint64_t *key = new_array(2 * m, sizeof *key);
		uint32_t *idx = new_array(2 * m, sizeof *idx);
		for (size_t i = 0; i < m; i++) {
			key[i] = order_key(vals[i]);
			idx[i] = (uint32_t)i;
		}
		radix_sort_keys(key, idx, key + m, idx + m, m);
		for (size_t i = 0; i < m; i++)
			order[i] = idx[i];
		free(key);
		free(idx);
	}
	if (m > 0) {
		/* Step down from the largest p: the running minimum makes q
		 * monotone in p, and ties end up with the same q. */
		double run = 1.0;
		for (size_t r = m; r-- > 0;) {
			size_t j = order[r];
			double v = vals[j] * (double)m / (double)(r + 1);
			if (v < run)
				run = v;
			q[where[j]] = run;
		}
	}
	free(vals);
	free(where);
	free(order);
	return m;
}

/* ---- Moments ------------------------------------------------------------- */

static int any_nan(const double *x, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isnan(x[i]))
			return 1;
	return 0;
}

static int test_nan(struct slant_stats_test *out)
{
	out->stat = out->df = out->p = NAN;
	out->method = SLANT_P_NONE;
	return -1;
}

/* Mean, and the sum of squared deviations from it (two passes). GSL's
 * running mean and variance divide once per element, which made them the
 * largest cost of compare's dimension tests; the two-pass sums are as
 * accurate for article rates. */
static double mean_plain(const double *x, size_t n)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += x[i];
	return s / (double)n;
}

static double ssd_plain(const double *x, size_t n, double mean)
{
	double s = 0;
	for (size_t i = 0; i < n; i++) {
		double d = x[i] - mean;
		s += d * d;
	}
	return s;
}

int slant_stats_welch_t(const double *x, size_t nx, const double *y, size_t ny,
                        struct slant_stats_test *out)
{
	if (nx < 2 || ny < 2 || any_nan(x, nx) || any_nan(y, ny))
		return test_nan(out);
	double mx = mean_plain(x, nx), my = mean_plain(y, ny);
	double sx = ssd_plain(x, nx, mx) / (double)(nx - 1) / (double)nx;
	double sy = ssd_plain(y, ny, my) / (double)(ny - 1) / (double)ny;
	double se2 = sx + sy;
	if (!(se2 > 0) || !isfinite(se2))
		return test_nan(out);
	out->stat = (mx - my) / sqrt(se2);
	out->df = se2 * se2 /
	          (sx * sx / (double)(nx - 1) + sy * sy / (double)(ny - 1));
	out->p = t_two_sided_p(out->stat, out->df);
	out->method = SLANT_P_ASYMPTOTIC;
	return 0;
}

static double pooled_d(const double *x, size_t nx, const double *y, size_t ny)
{
	if (nx < 1 || ny < 1 || nx + ny < 3 || any_nan(x, nx) || any_nan(y, ny))
		return NAN;
	double mx = mean_plain(x, nx), my = mean_plain(y, ny);
	/* A one-element sample contributes no spread (its sum of squares is
	 * zero) but still counts in the mean difference. */
	double ssx = ssd_plain(x, nx, mx);
	double ssy = ssd_plain(y, ny, my);
	double pooled = (ssx + ssy) / (double)(nx + ny - 2);
	if (!(pooled > 0))
		return NAN;
	return (mx - my) / sqrt(pooled);
}

double slant_stats_cohens_d(const double *x, size_t nx, const double *y,
                            size_t ny)
{
	return pooled_d(x, nx, y, ny);
}

double slant_stats_hedges_g(const double *x, size_t nx, const double *y,
                            size_t ny)
{
	return slant_stats_hedges_g_from_d(pooled_d(x, nx, y, ny), nx, ny);
}

double slant_stats_hedges_g_from_d(double d, size_t nx, size_t ny)
{
	if (isnan(d) || nx + ny < 4)
		return NAN;
	double df = (double)(nx + ny - 2);
	gsl_quiet();
	/* Through log-gamma: Gamma(df/2) overflows from df ~ 344 on, while
	 * the ratio tends to 1. */
	double logj = gsl_sf_lngamma(df / 2.0) - 0.5 * log(df / 2.0) -
	              gsl_sf_lngamma((df - 1.0) / 2.0);
	return exp(logj) * d;
}

/* ---- Ranks --------------------------------------------------------------- */

/* A double mapped to an unsigned integer with the same order (sign bit
 * flipped for positives, all bits for negatives); -0.0 counts as 0.0. */
static uint64_t order_key(double v)
{
	if (v == 0)
		v = 0; /* -0.0 -> +0.0 */
	uint64_t u;
	memcpy(&u, &v, sizeof u);
	return (u >> 63) ? ~u : u | (1ull << 63);
}

/* Sort key[0..n) with idx alongside (stable LSD radix on bytes, skipping
 * a byte that is the same in every key); k2 and i2 are scratch of n. */
static void radix_sort_keys(uint64_t *key, uint32_t *idx, uint64_t *k2,
                            uint32_t *i2, size_t n)
{
	uint64_t all_or = 0, all_and = ~0ull;
	for (size_t i = 0; i < n; i++) {
		all_or |= key[i];
		all_and &= key[i];
	}
	for (unsigned shift = 0; shift < 64 && n > 1; shift += 8) {
		if ((((all_or ^ all_and) >> shift) & 0xff) == 0)
			continue;
		size_t count[257] = {0};
		for (size_t i = 0; i < n; i++)
			count[((key[i] >> shift) & 0xff) + 1]++;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (size_t i = 0; i < n; i++) {
			size_t to = count[(key[i] >> shift) & 0xff]++;
			k2[to] = key[i];
			i2[to] = idx[i];
		}
		memcpy(key, k2, n * sizeof *key);
		memcpy(idx, i2, n * sizeof *idx);
	}
}

/* Mid-ranks (1-based, ties averaged, as scipy.stats.rankdata) of v[0..n-1]
 * into rank[]; returns the tie term sum over tie groups of t^3 - t.
 * An LSD radix sort of (order key, position): dimension tests rank
 * thousands of article rates hundreds of times, and qsort with a
 * comparator was the largest cost of slant compare. */
double slant_stats_mid_ranks(const double *v, size_t n, double *rank)
{
	return slant_stats_mid_ranks_sorted(v, n, rank, NULL);
}

double slant_stats_mid_ranks_sorted(const double *v, size_t n, double *rank,
                                    int64_t *sorted2)
{
	uint64_t *key = new_array(2 * n, sizeof *key);
	uint32_t *idx = new_array(2 * n, sizeof *idx);
	uint64_t *k2 = key + n;
	uint32_t *i2 = idx + n;
	/* Zeros (most article rates of a rare dimension) go first as they
	 * are; only the other values are sorted. Keys of negative values sort
	 * below zero's, so they are sorted with the rest and moved before. */
	const uint64_t zero = order_key(0);
	size_t nz = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i] == 0)
			nz++;
	size_t z = 0, o = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i] == 0) {
			k2[z] = zero;
			i2[z++] = (uint32_t)i;
		} else {
			key[o] = order_key(v[i]);
			idx[o++] = (uint32_t)i;
		}
	}
	size_t m = o; /* non-zero values, sorted in key[0..m) below */
	uint64_t *zk = slant_xmalloc((nz ? nz : 1) * sizeof *zk);
	uint32_t *zi = slant_xmalloc((nz ? nz : 1) * sizeof *zi);
	memcpy(zk, k2, nz * sizeof *zk);
	memcpy(zi, i2, nz * sizeof *zi);
	size_t n_all = n;
	n = m;
	radix_sort_keys(key, idx, k2, i2, n);
	/* Merge: negatives, then the zeros, then positives. */
	size_t neg = 0;
	while (neg < m && key[neg] < zero)
		neg++;
	memcpy(k2, key, neg * sizeof *key);
	memcpy(i2, idx, neg * sizeof *idx);
	memcpy(k2 + neg, zk, nz * sizeof *zk);
	memcpy(i2 + neg, zi, nz * sizeof *zi);
	memcpy(k2 + neg + nz, key + neg, (m - neg) * sizeof *key);
	memcpy(i2 + neg + nz, idx + neg, (m - neg) * sizeof *idx);
	n = n_all;
	memcpy(key, k2, n * sizeof *key);
	memcpy(idx, i2, n * sizeof *idx);
	free(zk);
	free(zi);
	double ties = 0;
	for (size_t lo = 0; lo < n;) {
		size_t hi = lo + 1;
		while (hi < n && key[hi] == key[lo])
			hi++;
		/* positions lo..hi-1 hold ranks lo+1..hi, mean (lo+1+hi)/2 */
		double r = ((double)lo + 1.0 + (double)hi) / 2.0;
		for (size_t j = lo; j < hi; j++)
			rank[idx[j]] = r;
		if (sorted2)
			for (size_t j = lo; j < hi; j++)
				sorted2[j] = (int64_t)(lo + 1 + hi);
		double t = (double)(hi - lo);
		ties += t * t * t - t;
		lo = hi;
	}
	free(key);
	free(idx);
	return ties;
}

/* U of x and the tie term over the pooled sample. */
static double u_stat(const double *x, size_t nx, const double *y, size_t ny,
                     double *tie_term)
{
	size_t n = nx + ny;
	double *v = new_array(n, sizeof *v);
	double *rank = new_array(n, sizeof *rank);
	for (size_t i = 0; i < nx; i++)
		v[i] = x[i];
	for (size_t i = 0; i < ny; i++)
		v[nx + i] = y[i];
	double ties = slant_stats_mid_ranks(v, n, rank);
	double r1 = 0;
	for (size_t i = 0; i < nx; i++)
		r1 += rank[i];
	free(v);
	free(rank);
	if (tie_term)
		*tie_term = ties;
	return r1 - (double)nx * ((double)nx + 1.0) / 2.0;
}

double slant_stats_mw_asymptotic_p(double u1, size_t nx, size_t ny, double ties)
{
	double n1 = (double)nx, n2 = (double)ny, n = n1 + n2;
	/* SciPy's two-sided asymptotic p: take the larger of U1 and U2,
	 * subtract the continuity 0.5 and double the upper tail. */
	double u = fmax(u1, n1 * n2 - u1);
	double s =
	    n > 1 ? sqrt(n1 * n2 / 12.0 * ((n + 1.0) - ties / (n * (n - 1.0))))
	          : 0.0;
	double num = u - n1 * n2 / 2.0 - 0.5;
	double p;
	gsl_quiet();
	if (s > 0)
		p = 2.0 * gsl_cdf_ugaussian_Q(num / s);
	else
		/* All values tied: z = -0.5/0 = -inf in SciPy, p clipped to
		 * 1. (num is -0.5 here because U1 = n1 n2 / 2.) */
		p = 1.0;
	return p > 1.0 ? 1.0 : p;
}

int slant_stats_mann_whitney(const double *x, size_t nx, const double *y,
                             size_t ny, struct slant_stats_test *out)
{
	if (nx == 0 || ny == 0 || any_nan(x, nx) || any_nan(y, ny))
		return test_nan(out);
	double ties;
	double u1 = u_stat(x, nx, y, ny, &ties);
	out->stat = u1;
	out->df = NAN;
	out->p = slant_stats_mw_asymptotic_p(u1, nx, ny, ties);
	out->method = SLANT_P_ASYMPTOTIC;
	return 0;
}

double slant_stats_cliffs_delta(const double *x, size_t nx, const double *y,
                                size_t ny)
{
	if (nx == 0 || ny == 0 || any_nan(x, nx) || any_nan(y, ny))
		return NAN;
	return slant_stats_cliffs_delta_from_u(u_stat(x, nx, y, ny, NULL), nx,
	                                       ny);
}

double slant_stats_cliffs_delta_from_u(double u, size_t nx, size_t ny)
{
	if (nx == 0 || ny == 0 || isnan(u))
		return NAN;
	/* U1 = #(x > y) + #(x == y)/2 and U1 + U2 = nx ny, so
	 * #(x > y) - #(x < y) = 2 U1 - nx ny: ranks instead of nx*ny
	 * comparisons. U1 is a multiple of 0.5, exact in a double. */
	double nn = (double)nx * (double)ny;
	return (2.0 * u - nn) / nn;
}

int slant_stats_kruskal(const double *x, const size_t *g, size_t n, size_t k,
                        struct slant_stats_test *out)
{
	if (k < 2 || n < 2 || any_nan(x, n))
		return test_nan(out);
	size_t *count = slant_xcalloc(k, sizeof *count);
	double *sum = slant_xcalloc(k, sizeof *sum);
	double *rank = new_array(n, sizeof *rank);
	int bad = 0;
	for (size_t i = 0; i < n && !bad; i++)
		if (g[i] >= k)
			bad = 1;
	double ties = 0;
	if (!bad) {
		ties = slant_stats_mid_ranks(x, n, rank);
		for (size_t i = 0; i < n; i++) {
			count[g[i]]++;
			sum[g[i]] += rank[i];
		}
		for (size_t j = 0; j < k; j++)
			if (count[j] == 0)
				bad = 1;
	}
	double nn = (double)n, h = 0;
	/* The tie correction 1 - sum(t^3 - t)/(N^3 - N) is 0 when all
	 * values are equal: H would be 0/0. */
	double corr = 1.0 - ties / (nn * nn * nn - nn);
	if (!bad && corr > 0) {
		for (size_t j = 0; j < k; j++)
			h += sum[j] * sum[j] / (double)count[j];
		h = 12.0 / (nn * (nn + 1.0)) * h - 3.0 * (nn + 1.0);
		h /= corr;
	}
	free(count);
	free(sum);
	free(rank);
	if (bad || !(corr > 0))
		return test_nan(out);
	out->stat = h;
	out->df = (double)(k - 1);
	out->p = chisq_p(h, out->df);
	out->method = SLANT_P_ASYMPTOTIC;
	return 0;
}

/* ---- Bootstrap ----------------------------------------------------------- */

gsl_rng *slant_stats_seeded_rng(unsigned long seed)
{
	gsl_quiet();
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	if (!rng)
		/* gsl_rng_alloc fails only when malloc does, and allocation
		 * failure aborts with a message everywhere in slant. */
		slant_die_bug(__FILE__, __LINE__, "gsl_rng_alloc failed");
	gsl_rng_set(rng, seed);
	return rng;
}

size_t slant_stats_bootstrap(size_t n, size_t B, double conf,
                             unsigned long seed, slant_stats_fn fn, void *ctx,
                             struct slant_stats_interval *out)
{
	out->est = out->lo = out->hi = NAN;
	if (n == 0 || B == 0 || !(conf > 0 && conf < 1))
		return 0;
	size_t *idx = new_array(n, sizeof *idx);
	double *rep = new_array(B, sizeof *rep);
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	out->est = fn(idx, n, ctx);

	gsl_rng *rng = slant_stats_seeded_rng(seed);
	size_t used = 0;
	for (size_t b = 0; b < B; b++) {
		/* gsl_rng_uniform_int draws by rejection, so each index is
		 * exactly uniform over 0..n-1 (no modulo bias). Its argument
		 * is an unsigned long; n beyond that is not a real corpus. */
		for (size_t i = 0; i < n; i++)
			idx[i] =
			    (size_t)gsl_rng_uniform_int(rng, (unsigned long)n);
		double v = fn(idx, n, ctx);
		if (isfinite(v))
			rep[used++] = v;
	}
	gsl_rng_free(rng);
	if (used > 0) {
		double tail = (1.0 - conf) / 2.0;
		gsl_sort(rep, 1, used);
		out->lo =
		    gsl_stats_quantile_from_sorted_data(rep, 1, used, tail);
		out->hi = gsl_stats_quantile_from_sorted_data(rep, 1, used,
		                                              1.0 - tail);
	}
	free(idx);
	free(rep);
	return used;
}

struct boot_job {
	size_t n, B, k, batch, t, nctx;
	const size_t *idx; /* B * n draws */
	double *vals;      /* B * k values, replicate-major */
	slant_stats_batch_fn fn;
	void *ctx;
};

/* Thread t takes batches t, t + nctx, ... of `batch` replicates. */
static void *boot_worker(void *arg)
{
	struct boot_job *j = arg;
	for (size_t b = j->t * j->batch; b < j->B; b += j->nctx * j->batch) {
		size_t m = j->B - b < j->batch ? j->B - b : j->batch;
		j->fn(j->idx + b * j->n, m, j->n, j->ctx, j->vals + b * j->k);
	}
	return NULL;
}

/* fn over the B index sets idx[b * n ..] in batches on up to nctx
 * threads (one context each), values into vals[b * k ..]. */
static void run_batches(size_t n, size_t B, size_t k, size_t batch,
                        const size_t *idx, double *vals,
                        slant_stats_batch_fn fn, void *const *ctxs, size_t nctx)
{
	size_t nbatches = (B + batch - 1) / batch;
	if (nctx > nbatches)
		nctx = nbatches;
	struct boot_job *jobs = new_array(nctx, sizeof *jobs);
	pthread_t *tid = new_array(nctx, sizeof *tid);
	for (size_t t = 0; t < nctx; t++) {
		jobs[t] = (struct boot_job){n,    B,   k,    batch, t,
		                            nctx, idx, vals, fn,    ctxs[t]};
		if (t > 0 &&
		    pthread_create(&tid[t], NULL, boot_worker, &jobs[t]) != 0)
			slant_die_bug(__FILE__, __LINE__,
			              "pthread_create failed");
	}
	boot_worker(&jobs[0]);
	for (size_t t = 1; t < nctx; t++)
		pthread_join(tid[t], NULL);
	free(jobs);
	free(tid);
}

/* The percentile intervals of k statistics from their B replicates,
 * vals[b * k + j] (the non-finite ones left out) into out[j].lo and .hi;
 * used[j] and mean[j] (each may be NULL) get the number of finite
 * replicates and their mean in draw order (so the same for any threads). */
static void replicate_intervals(const double *vals, size_t B, size_t k,
                                double conf, struct slant_stats_interval *out,
                                size_t *used, double *mean)
{
	double *rep = new_array(B * k, sizeof *rep);
	size_t *nused = slant_xcalloc(k ? k : 1, sizeof *nused);
	for (size_t b = 0; b < B; b++)
		for (size_t j = 0; j < k; j++)
			if (isfinite(vals[b * k + j]))
				rep[j * B + nused[j]++] = vals[b * k + j];
	double tail = (1.0 - conf) / 2.0;
	for (size_t j = 0; j < k; j++) {
		if (used)
			used[j] = nused[j];
		if (nused[j] == 0)
			continue;
		double *r = rep + j * B;
		if (mean) {
			double sum = 0;
			for (size_t i = 0; i < nused[j]; i++)
				sum += r[i];
			mean[j] = sum / (double)nused[j];
		}
		gsl_sort(r, 1, nused[j]);
		out[j].lo =
		    gsl_stats_quantile_from_sorted_data(r, 1, nused[j], tail);
		out[j].hi = gsl_stats_quantile_from_sorted_data(r, 1, nused[j],
		                                                1.0 - tail);
	}
	free(rep);
	free(nused);
}

/* The batch bootstrap with items [0, n0) and [n0, n) resampled apart
 * (n0 == n: one stratum, the draws of slant_stats_bootstrap). */
static int bootstrap_core(size_t n, size_t n0, size_t B, double conf,
                          unsigned long seed, size_t k, size_t batch,
                          slant_stats_batch_fn fn, void *const *ctxs,
                          size_t nctx, struct slant_stats_interval *out,
                          size_t *used, double *mean)
{
	for (size_t j = 0; j < k; j++) {
		out[j].est = out[j].lo = out[j].hi = NAN;
		if (used)
			used[j] = 0;
		if (mean)
			mean[j] = NAN;
	}
	if (n == 0 || B == 0 || k == 0 || nctx == 0 || batch == 0 ||
	    !(conf > 0 && conf < 1))
		return -1;
	size_t *idx = new_array(n * (B + 1), sizeof *idx);
	double *vals = new_array(k * (B + 1), sizeof *vals);
	/* the estimate: fn on the identity indices (slot B) */
	size_t *ident = idx + B * n;
	for (size_t i = 0; i < n; i++)
		ident[i] = i;
	fn(ident, 1, n, ctxs[0], vals + B * k);
	for (size_t j = 0; j < k; j++)
		out[j].est = vals[B * k + j];
	/* one stratum: the same draws, in the same order, as
	 * slant_stats_bootstrap */
	gsl_rng *rng = slant_stats_seeded_rng(seed);
	for (size_t b = 0; b < B; b++)
		for (size_t i = 0; i < n; i++)
			idx[b * n + i] =
			    n0 >= n || n0 == 0 ? (size_t)gsl_rng_uniform_int(
			                             rng, (unsigned long)n)
			    : i < n0 ? (size_t)gsl_rng_uniform_int(
			                   rng, (unsigned long)n0)
			             : n0 + (size_t)gsl_rng_uniform_int(
			                        rng, (unsigned long)(n - n0));
	gsl_rng_free(rng);
	run_batches(n, B, k, batch, idx, vals, fn, ctxs, nctx);
	replicate_intervals(vals, B, k, conf, out, used, mean);
	free(idx);
	free(vals);
	return 0;
}

int slant_stats_bootstrap_batch_threads(size_t n, size_t B, double conf,
                                        unsigned long seed, size_t k,
                                        size_t batch, slant_stats_batch_fn fn,
                                        void *const *ctxs, size_t nctx,
                                        struct slant_stats_interval *out,
                                        size_t *used, double *mean)
{
	return bootstrap_core(n, n, B, conf, seed, k, batch, fn, ctxs, nctx,
	                      out, used, mean);
}

int slant_stats_bootstrap_strata_threads(size_t n, size_t n0, size_t B,
                                         double conf, unsigned long seed,
                                         size_t k, size_t batch,
                                         slant_stats_batch_fn fn,
                                         void *const *ctxs, size_t nctx,
                                         struct slant_stats_interval *out)
{
	if (n0 == 0 || n0 >= n) {
		/* a stratum without items cannot be resampled */
		for (size_t j = 0; j < k; j++)
			out[j].est = out[j].lo = out[j].hi = NAN;
		return -1;
	}
	return bootstrap_core(n, n0, B, conf, seed, k, batch, fn, ctxs, nctx,
	                      out, NULL, NULL);
}

int slant_stats_permutation_batch_threads(size_t n, size_t P,
                                          unsigned long seed, size_t batch,
                                          slant_stats_batch_fn fn,
                                          void *const *ctxs, size_t nctx,
                                          double *vals)
{
	for (size_t r = 0; r < P; r++)
		vals[r] = NAN;
	if (n == 0 || P == 0 || nctx == 0 || batch == 0)
		return -1;
	size_t *idx = new_array(n * P, sizeof *idx);
	gsl_rng *rng = slant_stats_seeded_rng(seed);
	for (size_t r = 0; r < P; r++) {
		size_t *p = idx + r * n;
		for (size_t i = 0; i < n; i++)
			p[i] = i;
		gsl_ran_shuffle(rng, p, n, sizeof *p);
	}
	gsl_rng_free(rng);
	run_batches(n, P, 1, batch, idx, vals, fn, ctxs, nctx);
	free(idx);
	return 0;
}

double slant_stats_permutation_p(double observed, const double *vals, size_t P,
                                 double *mean)
{
	size_t n = 0, ge = 0;
	double s = 0;
	for (size_t r = 0; r < P; r++) {
		if (!isfinite(vals[r]))
			continue;
		n++;
		s += vals[r];
		ge += vals[r] >= observed;
	}
	if (mean)
		*mean = n ? s / (double)n : NAN;
	if (!n || !isfinite(observed))
		return NAN;
	return (double)(ge + 1) / (double)(n + 1);
}

/* One replicate at a time through the batch interface. */
struct one_at_a_time {
	slant_stats_multi_fn fn;
	void *ctx;
	size_t k;
};

static void one_at_a_time_fn(const size_t *idx, size_t m, size_t n, void *ctx,
                             double *out)
{
	struct one_at_a_time *o = ctx;
	for (size_t r = 0; r < m; r++)
		o->fn(idx + r * n, n, o->ctx, out + r * o->k);
}

int slant_stats_bootstrap_multi_threads(size_t n, size_t B, double conf,
                                        unsigned long seed, size_t k,
                                        slant_stats_multi_fn fn,
                                        void *const *ctxs, size_t nctx,
                                        struct slant_stats_interval *out,
                                        size_t *used)
{
	struct one_at_a_time *wrap = new_array(nctx ? nctx : 1, sizeof *wrap);
	void **wctx = new_array(nctx ? nctx : 1, sizeof *wctx);
	for (size_t t = 0; t < nctx; t++) {
		wrap[t] = (struct one_at_a_time){fn, ctxs[t], k};
		wctx[t] = &wrap[t];
	}
	int r = slant_stats_bootstrap_batch_threads(n, B, conf, seed, k, 1,
	                                            one_at_a_time_fn, wctx,
	                                            nctx, out, used, NULL);
	free(wrap);
	free(wctx);
	return r;
}

int slant_stats_bootstrap_multi(size_t n, size_t B, double conf,
                                unsigned long seed, size_t k,
                                slant_stats_multi_fn fn, void *ctx,
                                struct slant_stats_interval *out, size_t *used)
{
	void *ctxs[1] = {ctx};
	return slant_stats_bootstrap_multi_threads(n, B, conf, seed, k, fn,
	                                           ctxs, 1, out, used);
}

/* The items of a mean bootstrap. A struct rather than the array itself:
 * the callback's context is void *, and wrapping the const pointer passes
 * it without a cast that drops const (-Wcast-qual). */
struct mean_items {
	const double *x;
};

static double mean_of_resample(const size_t *idx, size_t n, void *ctx)
{
	const struct mean_items *items = ctx;
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += items->x[idx[i]];
	return s / (double)n;
}

size_t slant_stats_bootstrap_mean(const double *x, size_t n, size_t B,
                                  double conf, unsigned long seed,
                                  struct slant_stats_interval *out)
{
	struct mean_items items = {x};
	return slant_stats_bootstrap(n, B, conf, seed, mean_of_resample, &items,
	                             out);
}

/* ---- Jensen-Shannon divergence ------------------------------------------ */

double slant_stats_jsd(const double *p, const double *q, size_t n,
                       double *contrib)
{
	double sp = 0, sq = 0;
	int bad = 0;
	for (size_t i = 0; i < n && !bad; i++) {
		if (!(p[i] >= 0 && q[i] >= 0))
			bad = 1;
		sp += p[i];
		sq += q[i];
	}
	if (bad || !(sp > 0) || !(sq > 0) || !isfinite(sp) || !isfinite(sq)) {
		if (contrib)
			for (size_t i = 0; i < n; i++)
				contrib[i] = NAN;
		return NAN;
	}
	double total = 0;
	for (size_t i = 0; i < n; i++) {
		double pi = p[i] / sp, qi = q[i] / sq, mi = 0.5 * (pi + qi);
		/* 0 log 0 = 0 handles terms present on one side only; mi > 0
		 * whenever either side is, so no division by zero. */
		double c =
		    0.5 * (xlogy_ratio(pi, mi) + xlogy_ratio(qi, mi)) / M_LN2;
		if (contrib)
			contrib[i] = c;
		total += c;
	}
	/* Rounding can push identical distributions a hair below 0 or
	 * disjoint ones a hair above 1. */
	return total < 0 ? 0 : total > 1 ? 1 : total;
}

/* ln(k) for whole k below JSD_LOG_TABLE, filled once. */
#define JSD_LOG_TABLE 4096
static double jsd_log_table[JSD_LOG_TABLE];
static pthread_once_t jsd_log_once = PTHREAD_ONCE_INIT;

static void jsd_log_init(void)
{
	jsd_log_table[0] = -INFINITY;
	for (int k = 1; k < JSD_LOG_TABLE; k++)
		jsd_log_table[k] = log((double)k);
}

static double log_count(double x)
{
	/* the table is filled by slant_stats_jsd_init */
	if (x < JSD_LOG_TABLE) {
		int k = (int)x;
		if ((double)k == x)
			return jsd_log_table[k];
	}
	return log(x);
}

/* With P = p/sp, Q = q/sq, M = (P + Q)/2, the divergence in nats is
 * sum 0.5 (P ln(P/M) + Q ln(Q/M)). A term with q = 0 adds 0.5 P ln 2; on
 * both sides ln(P/M) = ln 2 + ln(p sq / (p sq + q sp)). The ln 2 parts add
 * up to ln 2 (P and Q each sum to 1), so JSD = 1 + (sum over shared terms
 * of P ln(..) + Q ln(..)) / (2 ln 2) and only shared terms cost a log. */
double slant_stats_jsd_shared_term(double a, double b, double sp, double sq,
                                   double lsp, double lsq)
{
	double ls = log(a * sq + b * sp);
	return a / sp * (log_count(a) + lsq - ls) +
	       b / sq * (log_count(b) + lsp - ls);
}

double slant_stats_jsd_from_shared(double shared)
{
	double total = 1.0 + shared / (2.0 * M_LN2);
	return total < 0 ? 0 : total > 1 ? 1 : total;
}

void slant_stats_jsd_init(void)
{
	pthread_once(&jsd_log_once, jsd_log_init);
}

/* ---- AUC ------------------------------------------------------------------
 */

/* One column's items in order of score, cut into runs of equal scores. A
 * column without negative scores (hits, rates: most of them zero) keeps
 * only its non-zero items, highest first: the run of zeros is then
 * everything else, whose counts are the resample's totals minus what the
 * walk saw, so a resample costs the column's non-zero items, not all
 * items. A column with negative scores keeps every item, lowest first. */
struct auc_column {
	uint32_t *order;
	uint8_t *cls1;     /* with one class an item at most: its class, or
	                      nclasses for none, beside order */
	uint32_t *run_end; /* where each run ends in order */
	size_t len, nruns;
	bool sparse; /* non-zero items only, descending */
	bool bad;    /* a NaN score */
};

/* Classes the fast path handles, when no item has two. */
#define AUC_FEW 32

/* Per-thread scratch of the sweep. */
struct auc_scratch {
	const struct slant_stats_auc_data *d;
	const struct auc_column *cols;
	bool few;          /* the fast path: cls1 is set */
	const uint32_t *w; /* multiplicity of each item in the resample */
	uint32_t *ones;    /* the sample itself: every item once */
	double *ptot;      /* positives of each class in the resample */
	double *rank_sum;  /* per class: sum of its positives' mid-ranks */
	double *walked;    /* per class: positives walked */
};

/* The AUCs of column j under weights w into out[0..nclasses), from the
 * rank sums: U = R - P (P + 1) / 2, with R the sum of the mid-ranks of
 * the class's positives (each copy of an item in the resample counted)
 * and P their number. Every sum is of whole numbers and halves, exact in
 * a double while the resample has fewer than 2^26 items: the AUC is one
 * rounding from exact, as scikit-learn's trapezoids are. */
static void auc_sweep(struct auc_scratch *s, size_t j, double *out)
{
	const struct slant_stats_auc_data *d = s->d;
	const struct auc_column *col = &s->cols[j];
	size_t C = d->nclasses;
	if (col->bad) {
		for (size_t c = 0; c < C; c++)
			out[c] = NAN;
		return;
	}
	/* index C: the items of no class (the fast path's bin) */
	/* two banks of sums, taken in turn by the runs, so that consecutive
	 * items of one class do not wait for each other's sum: every sum is
	 * exact, so their order does not matter */
	double *R = s->rank_sum, *walked = s->walked;
	double *R2 = s->rank_sum + C + 1, *walked2 = s->walked + C + 1;
	for (size_t c = 0; c <= C; c++)
		R[c] = walked[c] = R2[c] = walked2[c] = 0;
	double W = (double)d->n, done = 0;
	const uint32_t *order = col->order, *w = s->w;
	size_t pos = 0;
	for (size_t r = 0; r < col->nruns; r++) {
		size_t end = col->run_end[r];
		if (end == pos + 1 && s->few) {
			/* a run of one item, the usual case for rates: one
			 * load of its weight */
			double wi = w[order[pos]];
			double mr = (col->sparse ? W - done - wi : done) +
			            (wi + 1.0) * 0.5;
			double *rb = r & 1 ? R2 : R,
			       *wb = r & 1 ? walked2 : walked;
			rb[col->cls1[pos]] += wi * mr;
			wb[col->cls1[pos]] += wi;
			done += wi;
			pos++;
			continue;
		}
		double gt = 0;
		for (size_t q = pos; q < end; q++)
			gt += w[order[q]];
		/* the run's mid-rank: after what lies below it (ascending:
		 * what was walked; descending: neither walked nor in it) */
		double mr =
		    (col->sparse ? W - done - gt : done) + (gt + 1.0) * 0.5;
		if (s->few) {
			for (; pos < end; pos++) {
				double wi = w[order[pos]];
				R[col->cls1[pos]] += wi * mr;
				walked[col->cls1[pos]] += wi;
			}
		} else {
			for (; pos < end; pos++) {
				uint32_t i = order[pos];
				double wi = w[i];
				for (size_t q = d->cls_start[i];
				     q < d->cls_start[i + 1]; q++) {
					R[d->cls[q]] += wi * mr;
					walked[d->cls[q]] += wi;
				}
			}
		}
		done += gt;
	}
	for (size_t c = 0; c < C; c++) {
		R[c] += R2[c];
		walked[c] += walked2[c];
	}
	/* the run of zeros of a sparse column: all that was not walked, at
	 * the bottom */
	double mr0 = (W - done + 1.0) * 0.5;
	for (size_t c = 0; c < C; c++) {
		double p = s->ptot[c], q = W - p;
		if (col->sparse)
			R[c] += (p - walked[c]) * mr0;
		out[c] = p > 0 && q > 0 ? (R[c] - p * (p + 1.0) * 0.5) / (p * q)
		                        : NAN;
	}
}

/* The resample's positives per class (shared by every column). */
static void auc_totals(struct auc_scratch *s)
{
	const struct slant_stats_auc_data *d = s->d;
	for (size_t c = 0; c < d->nclasses; c++)
		s->ptot[c] = 0;
	for (size_t i = 0; i < d->n; i++)
		if (s->w[i])
			for (size_t q = d->cls_start[i];
			     q < d->cls_start[i + 1]; q++)
				s->ptot[d->cls[q]] += s->w[i];
}

/* The AUCs of every column under one weighting into out[k * C]. */
static void auc_all(struct auc_scratch *s, double *out)
{
	size_t k = s->d->k, C = s->d->nclasses;
	auc_totals(s);
	for (size_t j = 0; j < k; j++)
		auc_sweep(s, j, out + j * C);
}

/* A thread's share of the resamples: t, t + nt, ... */
struct auc_job {
	struct auc_scratch *s;
	const uint32_t *weights; /* B resamples of n */
	double *vals;            /* B * k * C */
	size_t B, t, nt;
};

static void *auc_job_run(void *arg)
{
	struct auc_job *job = arg;
	size_t n = job->s->d->n, kc = job->s->d->k * job->s->d->nclasses;
	for (size_t b = job->t; b < job->B; b += job->nt) {
		job->s->w = job->weights + b * n;
		auc_all(job->s, job->vals + b * kc);
	}
	return NULL;
}

static void auc_scratch_init(struct auc_scratch *s,
                             const struct slant_stats_auc_data *d,
                             const struct auc_column *cols, bool few)
{
	s->d = d;
	s->cols = cols;
	s->few = few;
	s->ones = new_array(d->n, sizeof *s->ones);
	for (size_t i = 0; i < d->n; i++)
		s->ones[i] = 1;
	s->w = s->ones;
	s->ptot = new_array(d->nclasses, sizeof *s->ptot);
	s->rank_sum = new_array(2 * (d->nclasses + 1), sizeof *s->rank_sum);
	s->walked = new_array(2 * (d->nclasses + 1), sizeof *s->walked);
}

static void auc_scratch_release(struct auc_scratch *s)
{
	free(s->ones);
	free(s->ptot);
	free(s->rank_sum);
	free(s->walked);
}

/* Sort column x into col (see struct auc_column); key and idx are
 * scratch of 2n. */
static void auc_column_init(struct auc_column *col, const double *x,
                            const struct slant_stats_auc_data *d, bool few,
                            uint64_t *key, uint32_t *idx)
{
	size_t n = d->n;
	memset(col, 0, sizeof *col);
	col->order = new_array(n, sizeof *col->order);
	col->cls1 = new_array(few ? n : 1, sizeof *col->cls1);
	col->run_end = new_array(n, sizeof *col->run_end);
	col->bad = any_nan(x, n);
	col->sparse = true;
	for (size_t i = 0; i < n && !col->bad; i++)
		if (x[i] < 0)
			col->sparse = false;
	if (col->bad)
		return;
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (col->sparse && x[i] == 0)
			continue;
		key[m] = order_key(x[i]);
		idx[m++] = (uint32_t)i;
	}
	radix_sort_keys(key, idx, key + n, idx + n, m);
	col->len = m;
	for (size_t p = 0; p < m; p++) {
		size_t from = col->sparse ? m - 1 - p : p;
		uint32_t i = idx[from];
		col->order[p] = i;
		if (few)
			col->cls1[p] = d->cls_start[i + 1] > d->cls_start[i]
			                   ? (uint8_t)d->cls[d->cls_start[i]]
			                   : (uint8_t)d->nclasses;
		size_t next = col->sparse ? from - 1 : from + 1;
		if (p + 1 == m || key[next] != key[from])
			col->run_end[col->nruns++] = (uint32_t)(p + 1);
	}
}

int slant_stats_auc_multi(const struct slant_stats_auc_data *d, size_t B,
                          double conf, unsigned long seed, size_t nthreads,
                          struct slant_stats_interval *out)
{
	size_t k = d->k, C = d->nclasses, n = d->n;
	for (size_t q = 0; q < k * C; q++)
		out[q].est = out[q].lo = out[q].hi = NAN;
	if (!n || !k || !C || n >= UINT32_MAX || (B && !(conf > 0 && conf < 1)))
		return -1;
	for (size_t i = 0; i < n; i++)
		for (size_t q = d->cls_start[i]; q < d->cls_start[i + 1]; q++)
			if (d->cls[q] >= C)
				return -1;
	/* Sort each column once; every resample then walks that order. */
	struct auc_column *cols = new_array(k, sizeof *cols);
	uint64_t *key = new_array(2 * n, sizeof *key);
	uint32_t *idx = new_array(2 * n, sizeof *idx);
	bool few = C <= AUC_FEW;
	for (size_t i = 0; i < n && few; i++)
		few = d->cls_start[i + 1] - d->cls_start[i] <= 1;
	for (size_t j = 0; j < k; j++)
		auc_column_init(&cols[j], d->score + j * n, d, few, key, idx);
	free(key);
	free(idx);

	if (nthreads < 1)
		nthreads = 1;
	struct auc_scratch *scr = new_array(nthreads, sizeof *scr);
	for (size_t t = 0; t < nthreads; t++)
		auc_scratch_init(&scr[t], d, cols, few);
	double *est = new_array(k * C, sizeof *est);
	auc_all(&scr[0], est);
	for (size_t q = 0; q < k * C; q++)
		out[q].est = est[q];
	free(est);
	if (B) {
		/* the draws of slant_stats_bootstrap, in its order, counted
		 * straight into each resample's weights (a quarter of the
		 * memory of the indices, and no pass over them per column) */
		uint32_t *weights = slant_xcalloc(B * n, sizeof *weights);
		gsl_rng *rng = slant_stats_seeded_rng(seed);
		for (size_t b = 0; b < B; b++)
			for (size_t i = 0; i < n; i++)
				weights[b * n + gsl_rng_uniform_int(
				                    rng, (unsigned long)n)]++;
		gsl_rng_free(rng);
		double *vals = new_array(B * k * C, sizeof *vals);
		struct auc_job *jobs = new_array(nthreads, sizeof *jobs);
		pthread_t *tid = new_array(nthreads, sizeof *tid);
		for (size_t t = 0; t < nthreads; t++) {
			jobs[t] = (struct auc_job){&scr[t], weights, vals,
			                           B,       t,       nthreads};
			if (t > 0 && pthread_create(&tid[t], NULL, auc_job_run,
			                            &jobs[t]) != 0)
				slant_die_bug(__FILE__, __LINE__,
				              "pthread_create failed");
		}
		auc_job_run(&jobs[0]);
		for (size_t t = 1; t < nthreads; t++)
			pthread_join(tid[t], NULL);
		replicate_intervals(vals, B, k * C, conf, out, NULL, NULL);
		free(jobs);
		free(tid);
		free(vals);
		free(weights);
	}
	for (size_t t = 0; t < nthreads; t++)
		auc_scratch_release(&scr[t]);
	free(scr);
	for (size_t j = 0; j < k; j++) {
		free(cols[j].order);
		free(cols[j].cls1);
		free(cols[j].run_end);
	}
	free(cols);
	return 0;
}

double slant_stats_auc(const double *x, const unsigned char *y, size_t n)
{
	size_t *start = new_array(n + 1, sizeof *start);
	uint32_t *cls = new_array(n, sizeof *cls);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		start[i] = m;
		if (y[i])
			cls[m++] = 0;
	}
	start[n] = m;
	struct slant_stats_auc_data d = {n, 1, 1, x, start, cls};
	struct slant_stats_interval iv;
	slant_stats_auc_multi(&d, 0, 0.95, 0, 1, &iv);
	free(start);
	free(cls);
	return iv.est;
}

/* ---- Rank correlation and agreement ---------------------------------------
 */

double slant_stats_spearman(const double *x, const double *y, size_t n)
{
	if (n < 2 || any_nan(x, n) || any_nan(y, n))
		return NAN;
	double *rx = new_array(n, sizeof *rx), *ry = new_array(n, sizeof *ry);
	slant_stats_mid_ranks(x, n, rx);
	slant_stats_mid_ranks(y, n, ry);
	/* Both rank vectors have the mean (n + 1) / 2, exactly. */
	double m = ((double)n + 1.0) / 2.0, sxy = 0, sxx = 0, syy = 0;
	for (size_t i = 0; i < n; i++) {
		double a = rx[i] - m, b = ry[i] - m;
		sxy += a * b;
		sxx += a * a;
		syy += b * b;
	}
	free(rx);
	free(ry);
	if (!(sxx > 0 && syy > 0))
		return NAN;
	double r = sxy / sqrt(sxx * syy);
	return r > 1 ? 1 : r < -1 ? -1 : r;
}

static double z_of(double conf)
{
	gsl_quiet();
	return gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - conf) / 2.0);
}

int slant_stats_cohen_kappa(const size_t *a, const size_t *b, size_t n,
                            size_t ncat, double conf,
                            struct slant_stats_interval *out)
{
	if (!n || !ncat || !(conf > 0 && conf < 1))
		return interval_nan(out);
	double *p = slant_xcalloc(ncat * ncat, sizeof *p);
	double *row = slant_xcalloc(ncat, sizeof *row);
	double *colm = slant_xcalloc(ncat, sizeof *colm);
	int bad = 0;
	for (size_t i = 0; i < n && !bad; i++) {
		if (a[i] >= ncat || b[i] >= ncat)
			bad = 1;
		else
			p[a[i] * ncat + b[i]] += 1.0 / (double)n;
	}
	double po = 0, pe = 0;
	for (size_t i = 0; i < ncat && !bad; i++)
		for (size_t j = 0; j < ncat; j++) {
			row[i] += p[i * ncat + j];
			colm[j] += p[i * ncat + j];
		}
	for (size_t i = 0; i < ncat && !bad; i++) {
		po += p[i * ncat + i];
		pe += row[i] * colm[i];
	}
	if (bad || !(1.0 - pe > 1e-15)) {
		free(p);
		free(row);
		free(colm);
		return interval_nan(out);
	}
	double kappa = (po - pe) / (1.0 - pe);
	/* Fleiss, Cohen & Everitt (1969), eq. 13: the diagonal term, the
	 * off-diagonal term and the correction, over n (1 - pe)^4. */
	double diag = 0, off = 0;
	for (size_t i = 0; i < ncat; i++)
		for (size_t j = 0; j < ncat; j++) {
			double pij = p[i * ncat + j];
			if (i == j) {
				double t = (1.0 - pe) -
				           (colm[i] + row[i]) * (1.0 - po);
				diag += pij * t * t;
			} else {
				double t = colm[i] + row[j];
				off += pij * t * t;
			}
		}
	double corr = po * pe - 2.0 * pe + po;
	double var = (diag + (1.0 - po) * (1.0 - po) * off - corr * corr) /
	             ((double)n * pow(1.0 - pe, 4));
	double se = sqrt(var > 0 ? var : 0);
	double z = z_of(conf);
	free(p);
	free(row);
	free(colm);
	out->est = kappa;
	out->lo = kappa - z * se;
	out->hi = kappa + z * se;
	return 0;
}

int slant_stats_wilson(double k, double n, double conf,
                       struct slant_stats_interval *out)
{
	if (!(n > 0 && k >= 0 && k <= n) || !isfinite(n) ||
	    !(conf > 0 && conf < 1))
		return interval_nan(out);
	double z = z_of(conf), z2 = z * z, p = k / n;
	double denom = 1.0 + z2 / n;
	double centre = (p + z2 / (2.0 * n)) / denom;
	double half = z / denom * sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
	out->est = p;
	out->lo = centre - half < 0 ? 0 : centre - half;
	out->hi = centre + half > 1 ? 1 : centre + half;
	return 0;
}

/* ---- Logistic regression ---------------------------------------------------
 */

/* The penalised negative log-likelihood at eta = X beta (the linear
 * predictor of each used row), with log(1 + e^x) computed stably. */
static double logistic_objective(const double *eta, const double *y,
                                 const size_t *rows, size_t m,
                                 const double *beta, size_t p, double lambda)
{
	double f = 0;
	for (size_t r = 0; r < m; r++) {
		size_t i = rows ? rows[r] : r;
		double e = eta[r];
		/* -[y ln p + (1-y) ln(1-p)] = log(1 + e^e) - y e */
		double l1pe = e > 0 ? e + log1p(exp(-e)) : log1p(exp(e));
		f += l1pe - y[i] * e;
	}
	double pen = 0;
	for (size_t j = 1; j <= p; j++)
		pen += beta[j] * beta[j];
	return f + 0.5 * lambda * pen;
}

static void logistic_eta(const struct slant_stats_sparse *X, const size_t *rows,
                         size_t m, const double *beta, double *eta)
{
	for (size_t r = 0; r < m; r++) {
		size_t i = rows ? rows[r] : r;
		double e = beta[0];
		for (size_t q = X->row_start[i]; q < X->row_start[i + 1]; q++)
			e += X->val[q] * beta[1 + X->col[q]];
		eta[r] = e;
	}
}

int slant_stats_logistic_l2(const struct slant_stats_sparse *X, const double *y,
                            const size_t *rows, size_t m, double lambda,
                            double *beta)
{
	size_t p = X->ncols, P = p + 1;
	for (size_t j = 0; j < P; j++)
		beta[j] = NAN;
	if (!(lambda > 0) || !isfinite(lambda) || m == 0 ||
	    (!rows && m != X->nrows))
		return -1;
	double ysum = 0;
	for (size_t r = 0; r < m; r++) {
		size_t i = rows ? rows[r] : r;
		if (i >= X->nrows || (y[i] != 0 && y[i] != 1))
			return -1;
		ysum += y[i];
		for (size_t q = X->row_start[i]; q < X->row_start[i + 1]; q++)
			if (!isfinite(X->val[q]) || X->col[q] >= p)
				return -1;
	}
	gsl_quiet();
	double *eta = new_array(m, sizeof *eta);
	double *trial = new_array(P, sizeof *trial);
	gsl_matrix *H = gsl_matrix_alloc(P, P);
	gsl_vector *g = gsl_vector_alloc(P), *step = gsl_vector_alloc(P);
	if (!H || !g || !step)
		slant_die_bug(__FILE__, __LINE__, "gsl allocation failed");
	for (size_t j = 0; j < P; j++)
		beta[j] = 0;
	/* Start at the intercept-only fit (clamped for a constant y, which
	 * the penalty alone cannot hold finite: the steps then stop when the
	 * intercept stops moving by 1e-10, far out). */
	double ybar = ysum / (double)m;
	ybar = ybar < 1e-6 ? 1e-6 : ybar > 1 - 1e-6 ? 1 - 1e-6 : ybar;
	beta[0] = log(ybar / (1 - ybar));
	logistic_eta(X, rows, m, beta, eta);
	double f = logistic_objective(eta, y, rows, m, beta, p, lambda);
	int steps = -1;
	for (int it = 0; it < 200; it++) {
		/* gradient g = X'(p - y) + lambda beta, Hessian
		 * H = X'WX + lambda I (no penalty on the intercept) */
		gsl_matrix_set_zero(H);
		gsl_vector_set_zero(g);
		for (size_t r = 0; r < m; r++) {
			size_t i = rows ? rows[r] : r;
			double e = eta[r];
			double pi =
			    e >= 0 ? 1 / (1 + exp(-e)) : exp(e) / (1 + exp(e));
			double wi = pi * (1 - pi), res = pi - y[i];
			size_t a0 = X->row_start[i], a1 = X->row_start[i + 1];
			*gsl_vector_ptr(g, 0) += res;
			*gsl_matrix_ptr(H, 0, 0) += wi;
			for (size_t qa = a0; qa < a1; qa++) {
				size_t ca = 1 + X->col[qa];
				double va = X->val[qa];
				*gsl_vector_ptr(g, ca) += res * va;
				*gsl_matrix_ptr(H, ca, 0) += wi * va;
				for (size_t qb = a0; qb < a1; qb++) {
					size_t cb = 1 + X->col[qb];
					if (cb <= ca)
						*gsl_matrix_ptr(H, ca, cb) +=
						    wi * va * X->val[qb];
				}
			}
		}
		for (size_t j = 1; j < P; j++) {
			*gsl_vector_ptr(g, j) += lambda * beta[j];
			*gsl_matrix_ptr(H, j, j) += lambda;
		}
		/* the lower triangle is filled; cholesky reads it */
		if (gsl_linalg_cholesky_decomp1(H) != GSL_SUCCESS ||
		    gsl_linalg_cholesky_solve(H, g, step) != GSL_SUCCESS)
			break;
		/* beta - t step, halving t until the objective does not
		 * grow: Newton's full step is nearly always taken, but a
		 * separable class can overshoot from far away */
		double t = 1, ft = f, maxmove = 0;
		int tries;
		for (tries = 0; tries < 40; tries++, t /= 2) {
			maxmove = 0;
			for (size_t j = 0; j < P; j++) {
				double s = t * gsl_vector_get(step, j);
				trial[j] = beta[j] - s;
				if (fabs(s) > maxmove)
					maxmove = fabs(s);
			}
			logistic_eta(X, rows, m, trial, eta);
			ft = logistic_objective(eta, y, rows, m, trial, p,
			                        lambda);
			if (ft <= f || maxmove < 1e-12)
				break;
		}
		memcpy(beta, trial, P * sizeof *beta);
		f = ft;
		if (maxmove < 1e-10) {
			steps = it + 1;
			break;
		}
	}
	for (size_t j = 0; j < P && steps >= 0; j++)
		if (!isfinite(beta[j]))
			steps = -1;
	if (steps < 0)
		for (size_t j = 0; j < P; j++)
			beta[j] = NAN;
	gsl_matrix_free(H);
	gsl_vector_free(g);
	gsl_vector_free(step);
	free(eta);
	free(trial);
	return steps;
}
