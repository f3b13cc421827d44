/* stats.h: the statistics used to compare corpora and groups of articles.
 *
 * This module is the only place GSL is used (see DESIGN.md, section 1);
 * nothing else in slant includes a GSL header.
 *
 * Conventions that hold for every function below:
 *
 * - Pure functions: no I/O, no global state the caller can see (one
 *   exception: the first call switches off GSL's error handler, whose
 *   default prints and aborts; GSL is private to this module, so nobody
 *   else depends on that handler).
 * - A statistic that cannot be computed (too few observations, zero
 *   variance, an empty group, a zero corpus size, NaN or negative input)
 *   comes back as NaN, never as a made-up number. Functions that fill a
 *   result struct then set every field to NaN and return -1; they return 0
 *   when the main statistic was computed.
 * - Counts are doubles so that weighted or scaled counts work too; the
 *   formulas do not require integers.
 * - Input arrays are borrowed for the duration of the call and never kept.
 *   Output arrays are owned by the caller and must hold the stated number
 *   of elements.
 * - Logarithms: G2 and the log-odds use natural logs; Log Ratio and the
 *   Jensen-Shannon divergence use base 2.
 *
 * The values are checked against SciPy / NumPy by tests/unit/t-stats.c with
 * numbers made by tests/reference/make-stats-ref.py.
 */
#ifndef SLANT_STATS_H
#define SLANT_STATS_H

#include <stddef.h>
#include <stdint.h>

/* How a test's p-value was computed. */
enum slant_stats_method {
	SLANT_P_NONE = 0,   /* no p-value: the test was not possible */
	SLANT_P_ASYMPTOTIC, /* a normal, t or chi-square approximation */
	SLANT_P_EXACT,      /* the exact permutation distribution */
	SLANT_P_MONTE_CARLO /* a seeded sample of that distribution */
};

/* The result of a hypothesis test. df is NaN where the test has no degrees
 * of freedom (Mann-Whitney). p is two-sided where that question arises. */
struct slant_stats_test {
	double stat; /* G2, chi-square, t, U, W+ or H */
	double df;
	double p;
	enum slant_stats_method method;
};

/* An estimate with a confidence interval [lo, hi]. */
struct slant_stats_interval {
	double est;
	double lo;
	double hi;
};

/* The Monroe et al. (2008) log-odds ratio of one term. */
struct slant_stats_log_odds {
	double delta;    /* log-odds ratio, target minus reference (nats) */
	double variance; /* its approximate variance */
	double z;        /* delta / sqrt(variance) */
};

/* ---- Keyness of one term in a 2x2 table ---------------------------------
 *
 * All keyness functions take the same four numbers:
 *   a = count of the term in the target corpus
 *   b = count of the term in the reference corpus
 *   c = total tokens in the target corpus   (a <= c)
 *   d = total tokens in the reference corpus (b <= d)
 * The table is [[a, b], [c - a, d - b]]; expected counts are
 * E1 = c (a+b) / (c+d) and E2 = d (a+b) / (c+d) for the term cells and
 * E3 = c - E1, E4 = d - E2 for the "all other words" cells.
 * Every function returns NaN when c <= 0, d <= 0, a < 0, b < 0, a > c,
 * b > d or any argument is NaN. */

/* Log-likelihood G2 in the 4-term form (Dunning 1993; Rayson & Garside
 * 2000): G2 = 2 * sum over the four cells of O ln(O / E), with 0 ln 0 = 0.
 * A term absent from both corpora (a + b == 0) gets G2 = 0, p = 1.
 * If p is not NULL, *p receives the upper tail of chi-square with 1 df
 * (NaN when G2 is NaN). G2 is never negative: look at log_ratio for the
 * direction. */
double slant_stats_g2(double a, double b, double c, double d, double *p);

/* Log-likelihood G2 in the 2-term form used by AntConc and Rayson's online
 * log-likelihood wizard: G2 = 2 (a ln(a/E1) + b ln(b/E2)), 0 ln 0 = 0. It
 * leaves out the "other words" cells, so it is a little larger than the
 * 4-term form for rare terms. a + b == 0 gives 0, p = 1. p as for
 * slant_stats_g2. */
double slant_stats_g2_2term(double a, double b, double c, double d, double *p);

/* Pearson chi-square of the 2x2 table, without Yates' correction, with p
 * from chi-square with 1 df (when p is not NULL). NaN (and p NaN) when a
 * margin of the table is zero, i.e. a + b == 0 or a + b == c + d, because
 * the statistic is then 0/0. */
double slant_stats_chi2(double a, double b, double c, double d, double *p);

/* Log Ratio (Hardie 2014) with slant's zero-safe rule: half an occurrence
 * at the two corpora's mean size, eps = 0.5 / ((c + d) / 2) = 1 / (c + d),
 * is added to both rates,
 *   est = log2((a/c + eps) / (b/d + eps)),
 * so a term missing from one corpus still gets a finite, shrunken score,
 * and the sign of est is always the sign of a/c - b/d (0 when they are
 * equal; adding the same amount to both rates keeps their order). With
 * c == d this is the familiar 0.5 added to both counts. The interval is
 *   est -+ z * sqrt(1/a' + 1/b') / ln 2,  a' = a + eps c, b' = b + eps d,
 * with z = Phi^-1(1 - (1 - conf)/2), e.g. conf = 0.95 gives z = 1.959964:
 * a token-level interval (every word independent), descriptive only.
 * Returns 0, or -1 with every field NaN when the table is invalid (see
 * above), when a + b == 0 (a term seen in neither corpus has no ratio),
 * or when conf is not in (0, 1). */
int slant_stats_log_ratio(double a, double b, double c, double d, double conf,
                          struct slant_stats_interval *out);

/* The zero-safe rule for any two non-negative rates or shares x and y:
 * log2((x + eps) / (y + eps)), exactly 0 when x == y, so its sign is the
 * sign of x - y. NaN when x or y is negative or NaN, or eps <= 0. */
double slant_stats_zero_safe_log_ratio(double x, double y, double eps);

/* Two-sided p-value of a standard normal z score: 2 (1 - Phi(|z|)),
 * computed from the upper tail so that it keeps its relative precision
 * for large |z| (scipy.stats.norm.sf(abs(z)) * 2). NaN for NaN. */
double slant_stats_normal_p(double z);

/* Odds ratio of a 2x2 table [[a, b], [c, d]] (row 1: a of n1 = a + b
 * "chose this", row 2: c of n2 = c + d), on the natural-log scale, with
 * the zero-safe rule of slant_stats_log_ratio: half an observation at the
 * rows' mean size, eps = 1 / (n1 + n2), added to every share and its
 * complement, i.e. eps n1 to each cell of row 1 and eps n2 to each cell of
 * row 2 (with n1 == n2: the Haldane-Anscombe 0.5 in every cell):
 *   est = ln(a' d' / (b' c')),  a' = a + eps n1, b' = b + eps n1,
 *                               c' = c + eps n2, d' = d + eps n2
 *   se  = sqrt(1/a' + 1/b' + 1/c' + 1/d'), est -+ z se (Woolf).
 * The sign of est is always the sign of a/n1 - c/n2 (0 when equal).
 * Positive when row 1 chooses the first column more often. Returns 0, or
 * -1 with every field NaN when a cell is negative or NaN, a row is empty
 * (a + b == 0 or c + d == 0: nothing was chosen) or conf is not in
 * (0, 1). */
int slant_stats_log_odds_ratio(double a, double b, double c, double d,
                               double conf, struct slant_stats_interval *out);

/* ---- Log-odds ratio with an informative Dirichlet prior -------------------
 *
 * Monroe, Colaresi & Quinn (2008), "Fightin' words", eqs. 16-22. For term
 * w with count y_a in the target (n_a tokens) and y_b in the reference
 * (n_b tokens), prior pseudo-count alpha_w and prior total alpha_0:
 *   delta = ln((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
 *         - ln((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
 *   variance = 1/(y_a + alpha_w) + 1/(y_b + alpha_w)
 *   z = delta / sqrt(variance)
 * Positive delta means the term is favoured by the target. */

/* Log-odds of one term. Returns 0, or -1 with every field NaN when an
 * argument is NaN or negative, when alpha_w <= 0 and the term is missing
 * from a corpus (a log of zero), or when either denominator
 * n + alpha_0 - y - alpha_w is <= 0. */
int slant_stats_log_odds(double y_a, double n_a, double y_b, double n_b,
                         double alpha_w, double alpha_0,
                         struct slant_stats_log_odds *out);

/* The uninformative prior: alpha[w] = alpha for each of the n terms and
 * alpha_0 = n * alpha (the sum of the pseudo-counts, as in the paper).
 * Monroe et al. use alpha = 0.01. Returns alpha_0. */
double slant_stats_prior_uniform(double alpha, size_t n, double *alpha_out);

/* The pooled informative prior: each term's pseudo-count is its share of
 * the pooled corpus scaled to a total of `scale`:
 *   alpha[w] = scale * (y_a[w] + y_b[w]) / sum over v of (y_a[v] + y_b[v])
 * so alpha_0 = sum of alpha[w] = scale (up to rounding). `scale` is how many
 * tokens of belief the prior is worth; a larger scale shrinks rare terms
 * harder. Returns alpha_0 = scale, or NaN (alpha_out all NaN) when the
 * pooled total is zero, scale <= 0, or a count is negative or NaN. A term
 * with zero pooled count gets alpha 0: use the uniform prior, or add a
 * small constant, if such terms are to be scored. */
double slant_stats_prior_pooled(const double *y_a, const double *y_b, size_t n,
                                double scale, double *alpha_out);

/* Log-odds of every term of a vocabulary of n terms: n_a and n_b are the
 * sums of y_a and y_b, and the prior's total is alpha_0 as given (the
 * value returned by the prior helpers). out[w] receives term w's result,
 * NaN fields where it cannot be computed. Returns the number of terms with
 * a finite z. */
size_t slant_stats_log_odds_all(const double *y_a, const double *y_b,
                                const double *alpha, double alpha_0, size_t n,
                                struct slant_stats_log_odds *out);

/* ---- Multiple comparisons ------------------------------------------------ */

/* Benjamini-Hochberg adjusted p-values (q-values) of p[0..n-1] into
 * q[0..n-1]; q may be the same array as p. NaN p-values are skipped: they
 * stay NaN in q and are not counted in the family size m, which is the
 * number of non-NaN p-values. q[i] = min over j with p_j >= p_i of
 * min(1, m p_j / rank_j), so q is monotone in p and capped at 1. Returns
 * m. */
size_t slant_stats_bh(const double *p, size_t n, double *q);

/* ---- Two samples --------------------------------------------------------
 *
 * x has nx values, y has ny values. Any NaN in the input makes the result
 * NaN (as SciPy's nan_policy='propagate'). */

/* Welch's unequal-variance t test: t = (mean x - mean y) / sqrt(vx/nx +
 * vy/ny) with sample variances, Welch-Satterthwaite df, two-sided p.
 * Matches scipy.stats.ttest_ind(x, y, equal_var=False). Returns -1 with NaN
 * fields when nx < 2, ny < 2, or both variances are zero (SciPy returns an
 * infinite t there; slant reports that no test was possible). */
int slant_stats_welch_t(const double *x, size_t nx, const double *y, size_t ny,
                        struct slant_stats_test *out);

/* Mann-Whitney U test. stat = U of x (the rank sum of x with mid-ranks
 * for ties, minus nx (nx+1)/2), df = NaN, p from the normal approximation
 * with tie-corrected variance and continuity correction, two-sided. Matches
 * scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True)
 * including its one quirk: when every value is tied the variance is zero
 * and p = 1 (no evidence of a difference) rather than NaN. Returns -1 with
 * NaN fields when nx or ny is 0. */
int slant_stats_mann_whitney(const double *x, size_t nx, const double *y,
                             size_t ny, struct slant_stats_test *out);

/* Cliff's delta: (#{x_i > y_j} - #{x_i < y_j}) / (nx ny), in [-1, 1],
 * positive when x tends to be larger. Computed from ranks in O(n log n).
 * NaN when nx or ny is 0. */
double slant_stats_cliffs_delta(const double *x, size_t nx, const double *y,
                                size_t ny);

/* Cliff's delta from the Mann-Whitney U of x (slant_stats_mann_whitney's
 * stat): (2 U - nx ny) / (nx ny), exactly what slant_stats_cliffs_delta
 * returns, without ranking again. NaN when nx or ny is 0 or U is NaN. */
double slant_stats_cliffs_delta_from_u(double u, size_t nx, size_t ny);

/* Cohen's d with the pooled standard deviation:
 *   d = (mean x - mean y) / sqrt(((nx-1) vx + (ny-1) vy) / (nx + ny - 2)).
 * NaN when nx + ny < 3, either sample is empty, or the pooled variance is
 * zero. */
double slant_stats_cohens_d(const double *x, size_t nx, const double *y,
                            size_t ny);

/* Hedges' g = J(df) * Cohen's d, df = nx + ny - 2, with the exact
 * correction of Hedges (1981)
 *   J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)),
 * as in R's effectsize::hedges_g, not the approximation 1 - 3/(4 df - 1)
 * (which is within 0.3% of it from df = 4 on). NaN when d is NaN or
 * df < 2 (J(1) = 0 would turn any difference into g = 0). */
double slant_stats_hedges_g(const double *x, size_t nx, const double *y,
                            size_t ny);

/* Hedges' g from Cohen's d of the same samples: exactly what
 * slant_stats_hedges_g returns, without the means and variances again. */
double slant_stats_hedges_g_from_d(double d, size_t nx, size_t ny);

/* ---- k samples ----------------------------------------------------------- */

/* Kruskal-Wallis H test of n values x[i] in k groups, x[i] belonging to
 * group g[i] (0 <= g[i] < k). H is tie-corrected, df = k - 1, p from
 * chi-square. Matches scipy.stats.kruskal. Returns -1 with NaN fields when
 * k < 2, a group is empty, a label is out of range, a value is NaN, or all
 * values are equal (SciPy raises there). */
int slant_stats_kruskal(const double *x, const size_t *g, size_t n, size_t k,
                        struct slant_stats_test *out);

/* ---- Bootstrap and divergence -------------------------------------------- */

/* A statistic over a resample: idx holds n indices (with repeats) into
 * the caller's items; ctx is the caller's. Return NaN if the statistic is
 * undefined for this resample. */
typedef double (*slant_stats_fn)(const size_t *idx, size_t n, void *ctx);

/* Percentile bootstrap: draws B resamples of n indices (uniform with
 * replacement, from GSL's mt19937 seeded with seed), calls fn on each, and
 * sets out->lo and out->hi to the (1-conf)/2 and 1-(1-conf)/2 quantiles of
 * the finite replicates (linear interpolation between order statistics,
 * as numpy.quantile's default). out->est = fn on the identity indices
 * 0..n-1. The same (n, B, seed, fn) always gives the same interval.
 * Replicates for which fn returns NaN or an infinity are dropped. Returns
 * the number of replicates used; 0 (with lo, hi NaN) when n == 0, B == 0,
 * conf is not in (0, 1) or no replicate was finite. */
size_t slant_stats_bootstrap(size_t n, size_t B, double conf,
                             unsigned long seed, slant_stats_fn fn, void *ctx,
                             struct slant_stats_interval *out);

/* A statistic with k values over a resample: fill out[0..k-1] (NaN or an
 * infinity for a value that is undefined on this resample). */
typedef void (*slant_stats_multi_fn)(const size_t *idx, size_t n, void *ctx,
                                     double *out);

/* The percentile bootstrap of k statistics at once over the same
 * resamples: exactly the draws and intervals of k calls of
 * slant_stats_bootstrap with the same (n, B, conf, seed), one per value,
 * for the price of one set of draws. out[j] receives value j's estimate
 * (fn on the identity indices) and interval; used[j] (when not NULL) its
 * number of finite replicates. Memory: B * k doubles. Returns 0, or -1
 * with every interval NaN when n == 0, B == 0, k == 0 or conf is not in
 * (0, 1). */
int slant_stats_bootstrap_multi(size_t n, size_t B, double conf,
                                unsigned long seed, size_t k,
                                slant_stats_multi_fn fn, void *ctx,
                                struct slant_stats_interval *out, size_t *used);

/* The same, with the replicates spread over nctx threads, each calling fn
 * with its own context ctxs[t] (fn must only write to its context). The
 * draws are made first, in the same order, and the replicates are
 * gathered in draw order: the result is exactly that of the one-thread
 * call, whatever nctx. Memory: B * (n + k) values. */
int slant_stats_bootstrap_multi_threads(size_t n, size_t B, double conf,
                                        unsigned long seed, size_t k,
                                        slant_stats_multi_fn fn,
                                        void *const *ctxs, size_t nctx,
                                        struct slant_stats_interval *out,
                                        size_t *used);

/* k statistics over m resamples at once: idx[r * n + i] is index i of
 * resample r; fill out[r * k + j]. For statistics that are cheaper to
 * compute for several resamples together (one pass over the data). */
typedef void (*slant_stats_batch_fn)(const size_t *idx, size_t m, size_t n,
                                     void *ctx, double *out);

/* slant_stats_bootstrap_multi_threads with the replicates handed to fn in
 * batches of up to `batch` consecutive draws (the estimate: one call with
 * m = 1 on the identity indices). Same draws, same intervals. mean (when
 * not NULL) receives each value's mean over its finite replicates (NaN
 * when none): with the estimate, the bootstrap's estimate of its bias. */
int slant_stats_bootstrap_batch_threads(size_t n, size_t B, double conf,
                                        unsigned long seed, size_t k,
                                        size_t batch, slant_stats_batch_fn fn,
                                        void *const *ctxs, size_t nctx,
                                        struct slant_stats_interval *out,
                                        size_t *used, double *mean);

/* slant_stats_bootstrap_batch_threads with two strata resampled apart:
 * in every replicate, positions [0, n0) are drawn from items [0, n0) and
 * positions [n0, n) from items [n0, n) (a comparison's two sides keep
 * their sizes). Returns -1 with NaN intervals when n0 is 0 or >= n. */
int slant_stats_bootstrap_strata_threads(size_t n, size_t n0, size_t B,
                                         double conf, unsigned long seed,
                                         size_t k, size_t batch,
                                         slant_stats_batch_fn fn,
                                         void *const *ctxs, size_t nctx,
                                         struct slant_stats_interval *out);

/* A permutation test's replicates: P random orders of 0..n-1 (GSL's
 * mt19937 seeded with seed, gsl_ran_shuffle), handed to fn in batches of
 * up to `batch` (k = 1: fn fills out[r]) over nctx threads; vals[r] gets
 * replicate r, in draw order, the same for any batch and threads. Returns
 * 0, or -1 (vals NaN) when n, P, batch or nctx is 0. */
int slant_stats_permutation_batch_threads(size_t n, size_t P,
                                          unsigned long seed, size_t batch,
                                          slant_stats_batch_fn fn,
                                          void *const *ctxs, size_t nctx,
                                          double *vals);

/* The one-sided permutation p-value of an observed statistic, large
 * values extreme: (1 + #{replicates >= observed}) / (1 + #replicates)
 * over the finite replicates (never 0; Phipson & Smyth 2010). mean (when
 * not NULL) receives the replicates' mean, the statistic's value under
 * the null. NaN when no replicate is finite or observed is not. */
double slant_stats_permutation_p(double observed, const double *vals, size_t P,
                                 double *mean);

/* Mean of x[0..n-1] with a percentile bootstrap interval, as
 * slant_stats_bootstrap with fn = the mean (same draws for the same seed).
 * Returns as slant_stats_bootstrap. */
size_t slant_stats_bootstrap_mean(const double *x, size_t n, size_t B,
                                  double conf, unsigned long seed,
                                  struct slant_stats_interval *out);

/* Jensen-Shannon divergence, base 2 (so in [0, 1]), between the
 * distributions of count vectors p[0..n-1] and q[0..n-1] (each normalised
 * by its own sum here). If contrib is not NULL, contrib[i] receives term
 * i's share, 0.5 P_i log2(P_i/M_i) + 0.5 Q_i log2(Q_i/M_i) with
 * M = (P + Q)/2 and 0 log 0 = 0; each share is >= 0 and the shares sum to
 * the returned total up to rounding (the total is clamped to [0, 1]).
 * Equals scipy.spatial.distance.jensenshannon(p, q, base=2) ** 2. NaN
 * (contrib all NaN) when a count is negative or NaN or a vector sums to
 * zero. */
double slant_stats_jsd(const double *p, const double *q, size_t n,
                       double *contrib);

/* The same divergence for a bootstrap's replicates, computed hundreds of
 * times over the whole vocabulary, in pieces for callers that gather the
 * counts of many resamples at once. A term counted on one side only adds
 * a fixed share of ln 2, so with P = p/sp, Q = q/sq:
 * JSD = 1 + (sum over terms with p, q > 0 of P ln(P/(P+Q)) +
 * Q ln(Q/(P+Q))) / (2 ln 2). A shared term with counts a, b of totals sp, sq
 * (lsp, lsq their logs) adds slant_stats_jsd_shared_term(): one log (logs
 * of small whole counts come from a table); slant_stats_jsd_from_shared
 * (sum) is the divergence, clamped to [0, 1]. Agrees with slant_stats_jsd
 * to about 1e-12. Call slant_stats_jsd_init() once before (thread-safe). */
void slant_stats_jsd_init(void);
double slant_stats_jsd_shared_term(double a, double b, double sp, double sq,
                                   double lsp, double lsq);
double slant_stats_jsd_from_shared(double shared);

/* ---- Exact and permutation tests (stats-exact.c) ---------------------------
 *
 * Article rates of rare dimensions and terms are mostly zero; on such data
 * normal approximations give p-values that are orders of magnitude too
 * small when one side has few articles. These tests take their p-values
 * from the permutation distribution itself. */

/* Monte Carlo draws of a permutation distribution that is too large to
 * compute exactly (the smallest p-value it can give is about 1e-5). */
#define SLANT_STATS_MC_DRAWS 200000

/* Fisher's exact test of the 2x2 table [[a, b], [c, d]] of whole counts
 * (margins fixed: a is hypergeometric), two-sided as
 * scipy.stats.fisher_exact: the sum of the probabilities of the tables no
 * more likely than the observed one (within a relative 1e-14). Returns 1
 * when a row or column is empty (nothing to test), NaN when a cell is
 * negative, not a whole number, or NaN. */
double slant_stats_fisher_p(double a, double b, double c, double d);

/* Mann-Whitney U test of x against y with the p-value from the permutation
 * distribution of the rank sum (ties by mid-ranks; the distribution is
 * the conditional one, ties included). stat = U of x, as
 * slant_stats_mann_whitney; df = NaN. p two-sided, 2 min(P(W <= w),
 * P(W >= w)) capped at 1, and method says how it was found:
 *   - SLANT_P_EXACT whenever the distribution fits a table of at most 4e6
 *     cells (sum of ranks by number of items that are not tied at the most
 *     common value); always for up to about 40 articles in all, and for
 *     any size when few articles differ from the most common rate;
 *   - else SLANT_P_ASYMPTOTIC (slant_stats_mann_whitney's p) when the
 *     smaller sample has at least 20 items and at least 10 of them are
 *     expected off the most common value;
 *   - else SLANT_P_MONTE_CARLO: SLANT_STATS_MC_DRAWS draws of GSL's
 *     mt19937 seeded with seed, p = (1 + count) / (1 + draws) per tail.
 * Returns -1 with NaN fields and SLANT_P_NONE when a sample is empty, a
 * value is NaN, or every value is the same (no variation to test). */
int slant_stats_mann_whitney_auto(const double *x, size_t nx, const double *y,
                                  size_t ny, unsigned long seed,
                                  struct slant_stats_test *out);

/* Wilcoxon signed-rank test of paired differences d[0..n-1] (target minus
 * reference); zero differences are dropped (Wilcoxon's method) and tied
 * |d| share mid-ranks. stat = W+, the sum of the ranks of the positive
 * differences; df = the number of non-zero differences. p two-sided:
 * exact (all 2^m sign assignments, ties included) when at most 200
 * differences are non-zero, else the normal approximation with the tie
 * correction and no continuity correction, as scipy.stats.wilcoxon(
 * zero_method='wilcox', correction=False, method='approx'). Returns -1
 * with NaN fields and SLANT_P_NONE when no difference is non-zero or a
 * value is NaN. */
int slant_stats_wilcoxon(const double *d, size_t n,
                         struct slant_stats_test *out);

/* The exact conditional test that K 2x2 tables share an odds ratio of 1
 * (the exact Cochran-Mantel-Haenszel test, R's mantelhaen.test(exact =
 * TRUE)). Stratum k has m[k] items in the first group and n[k] in the
 * second, t[k] of them with the property, x[k] of the first group's with
 * it. The null distribution of sum x[k] is the convolution of the strata's
 * hypergeometric distributions; the two-sided p sums the probabilities no
 * larger than the observed one's (within a relative 1e-7). *expected
 * (when not NULL) receives the null mean of sum x[k]: sum x[k] above it
 * means the first group has the property more often. Returns 1 when no
 * stratum can vary, NaN when K is 0 or a stratum is impossible (values
 * not whole, x > t, x > m, t - x > n). */
double slant_stats_strata_exact_p(const double *x, const double *m,
                                  const double *n, const double *t, size_t K,
                                  double *expected);

/* ---- Classification, correlation and agreement -----------------------------
 *
 * For measuring lexicons against labels (slant lexicon eval, audit, fit,
 * diff). Checked against scikit-learn and SciPy in t-stats.c. */

/* Area under the ROC curve of scores x[0..n) for labels y (non-zero means
 * positive): the Mann-Whitney U of the positives over the negatives
 * divided by npos * nneg, a tied pair counting one half. Exactly
 * sklearn.metrics.roc_auc_score(y, x) (which integrates the ROC curve
 * with trapezoids: the same number). 0.5 is chance; below 0.5 the scores
 * rank the negatives higher. NaN when a class is empty or a score is
 * NaN. */
double slant_stats_auc(const double *x, const unsigned char *y, size_t n);

/* Many AUCs over the same items: k score columns, each against nclasses
 * one-vs-rest labellings (an item may be positive for several classes, as
 * with a list of frames, or for none: then it is a negative for each).
 * Column j's score of item i is score[j * n + i]; item i is positive for
 * the classes cls[cls_start[i] .. cls_start[i + 1]) (each < nclasses,
 * none twice); every item is a negative for every other class. */
struct slant_stats_auc_data {
	size_t n, k, nclasses;
	const double *score;
	const size_t *cls_start;
	const uint32_t *cls;
};

/* out[j * nclasses + c] receives the AUC of column j for class c (est)
 * with a percentile bootstrap interval over items: B resamples of n items
 * with replacement, exactly the draws of slant_stats_bootstrap(n, B, conf,
 * seed, ...), a replicate in which class c or its complement is absent
 * left out (as is its NaN). The same result for any nthreads (>= 1).
 * B == 0 gives the estimates only (lo, hi NaN). A column holding a NaN
 * score gets NaN throughout. Costs one sort per column and then
 * O(B k n) with a small constant (one pass over each column's sorted
 * order per resample). Returns 0, or -1 with everything NaN when n, k or
 * nclasses is 0, a class index is out of range, or B > 0 and conf is not
 * in (0, 1). */
int slant_stats_auc_multi(const struct slant_stats_auc_data *d, size_t B,
                          double conf, unsigned long seed, size_t nthreads,
                          struct slant_stats_interval *out);

/* Spearman's rank correlation of x[0..n) and y[0..n): Pearson's r of
 * their mid-ranks (ties averaged), as scipy.stats.spearmanr(x, y)[0].
 * NaN when n < 2, a value is NaN or either variable is constant. */
double slant_stats_spearman(const double *x, const double *y, size_t n);

/* Cohen's kappa between two coders who put n items into ncat categories:
 * a[i] and b[i] in 0 .. ncat - 1. est = (po - pe) / (1 - pe), as
 * sklearn.metrics.cohen_kappa_score; the interval is est -+ z se with
 * Fleiss, Cohen & Everitt's (1969) large-sample standard error (the one
 * R's psych::cohen.kappa uses), z = Phi^-1(1 - (1 - conf)/2); it is not
 * clipped to [-1, 1]. Returns 0, or -1 with every field NaN when n == 0,
 * a category is out of range, conf is not in (0, 1), or pe == 1 (both
 * coders used one and the same category throughout: kappa is 0/0). */
int slant_stats_cohen_kappa(const size_t *a, const size_t *b, size_t n,
                            size_t ncat, double conf,
                            struct slant_stats_interval *out);

/* A proportion k / n with Wilson's score interval (no continuity
 * correction), as scipy.stats.binomtest(k, n).proportion_ci(conf,
 * method='wilson'): sound for small n and for k = 0 or k = n, where the
 * normal interval collapses. Returns 0, or -1 with every field NaN when
 * n <= 0, k < 0, k > n, an argument is NaN or conf is not in (0, 1). */
int slant_stats_wilson(double k, double n, double conf,
                       struct slant_stats_interval *out);

/* A sparse matrix of nrows x ncols in compressed rows: row i holds the
 * values val[row_start[i] .. row_start[i + 1]) in the columns col[...]
 * (each < ncols, none twice in a row). */
struct slant_stats_sparse {
	size_t nrows, ncols;
	const size_t *row_start;
	const uint32_t *col;
	const double *val;
};

/* L2-regularised logistic regression of y (0 or 1) on the rows rows[0..m)
 * of X (all rows when rows is NULL and m == X->nrows): the beta that
 * minimises
 *   -sum_i [y_i ln p_i + (1 - y_i) ln(1 - p_i)] + lambda/2 sum_j beta_j^2,
 *   p_i = 1 / (1 + exp(-(beta_0 + sum_j X_ij beta_j))),
 * the intercept beta_0 not penalised: sklearn's LogisticRegression(C =
 * 1/lambda) with its default L2 penalty. Fitted by iteratively reweighted
 * least squares (Newton's method with step halving) on GSL's Cholesky
 * decomposition of X'WX + lambda I, until no coefficient moves by more
 * than 1e-10 (at most 200 steps). beta receives ncols + 1 values,
 * intercept first; the starting point is beta = 0 with the intercept at
 * the log-odds of the mean of y. Returns the number of Newton steps (>= 0),
 * or -1 with beta all NaN when lambda <= 0 or is NaN, m == 0, y holds
 * anything but 0 and 1, a value is not finite, or the steps do not
 * converge. */
int slant_stats_logistic_l2(const struct slant_stats_sparse *X, const double *y,
                            const size_t *rows, size_t m, double lambda,
                            double *beta);

#endif
