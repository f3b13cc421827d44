/* stats-internal.h: what the files of the statistics module share (stats.c:
 * keyness, effect sizes, asymptotic tests, bootstrap and divergence;
 * stats-exact.c: exact and Monte Carlo permutation tests). Private to
 * them: nothing outside src/stats*.c includes this header, and GSL stays
 * behind it (DESIGN.md section 1). */
#ifndef SLANT_STATS_INTERNAL_H
#define SLANT_STATS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <gsl/gsl_rng.h>

/* Switch GSL's abort-on-error handler off (once, thread-safe). Call before
 * any GSL function. */
void slant_stats_gsl_quiet(void);

/* malloc for n elements of size bytes, overflow-checked; n == 0 still
 * gives a pointer free() accepts. Aborts on allocation failure. */
void *slant_stats_new_array(size_t n, size_t size);

/* Mid-ranks (1-based, ties averaged, as scipy.stats.rankdata) of
 * v[0..n-1] into rank[]; returns the tie term, the sum over tie groups of
 * t^3 - t. */
double slant_stats_mid_ranks(const double *v, size_t n, double *rank);
/* The same, and (when sorted2 is not NULL) the doubled mid-ranks in
 * ascending order into sorted2[0..n): whole numbers even with ties. */
double slant_stats_mid_ranks_sorted(const double *v, size_t n, double *rank,
                                    int64_t *sorted2);

/* Mann-Whitney's two-sided p by the normal approximation (SciPy's, with
 * the continuity correction) from U of x and the tie term. */
double slant_stats_mw_asymptotic_p(double u1, size_t nx, size_t ny,
                                   double ties);

/* GSL's mt19937 seeded with seed (gsl_rng_free it): every resampling and
 * permutation draws from it. */
gsl_rng *slant_stats_seeded_rng(unsigned long seed);

#endif
