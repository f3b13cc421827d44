/* t-stats.c: the statistics module against SciPy / NumPy reference values.
 *
 * The inputs and the expected numbers both come from
 * tests/reference/stats-ref.txt (made by make-stats-ref.py next to it), so
 * a case added to the script is tested here without touching this file:
 * each section walks every case of its kind found in the file. The file is
 * found under $srcdir (for VPATH builds and make distcheck), else ".". */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "stats.h"
#include "tap.h"

/* Deterministic formulas agree with NumPy to rounding; 1e-9 leaves room
 * for a different order of summation and for libm differences. */
#define TOL 1e-9
/* p-values go through different special-function code (GSL vs. Cephes /
 * Boost), whose tails agree in relative terms, so p-values are compared
 * relatively (is_num's tolerance is absolute below 1, which would accept
 * any p < 1e-9). */
#define PTOL 1e-9

struct ref {
	char *name;
	double *v;
	size_t n;
};

static struct ref *refs;
static size_t nrefs;

static void load_refs(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("Bail out! cannot open %s\n", path);
		exit(1);
	}
	size_t cap = 0;
	char *line = NULL;
	size_t linecap = 0;
	while (getline(&line, &linecap, f) > 0) {
		char *s = line, *end;
		if (*s == '#' || *s == '\n')
			continue;
		char *name = strtok_r(s, " \n", &end);
		if (!name)
			continue;
		SLANT_GROW(&refs, &cap, nrefs + 1);
		struct ref *r = &refs[nrefs++];
		size_t vcap = 0;
		r->name = slant_xstrdup(name);
		r->v = NULL;
		r->n = 0;
		char *tok;
		while ((tok = strtok_r(NULL, " \n", &end))) {
			SLANT_GROW(&r->v, &vcap, r->n + 1);
			r->v[r->n++] = strtod(tok, NULL);
		}
	}
	free(line);
	fclose(f);
}

static void free_refs(void)
{
	for (size_t i = 0; i < nrefs; i++) {
		free(refs[i].name);
		free(refs[i].v);
	}
	free(refs);
}

/* The values of record `name`; a missing record is a failed check, and the
 * caller gets NaNs so that the checks after it fail rather than crash. */
static const double *ref(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static const double *ref(const char *fmt, ...)
{
	static double nans[256];
	char name[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(name, sizeof name, fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < nrefs; i++)
		if (strcmp(refs[i].name, name) == 0)
			return refs[i].v;
	ok(0, "reference record '%s' exists", name);
	for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++)
		nans[i] = NAN;
	return nans;
}

static size_t ref_len(const char *name)
{
	for (size_t i = 0; i < nrefs; i++)
		if (strcmp(refs[i].name, name) == 0)
			return refs[i].n;
	return 0;
}

/* The case names of records "<kind>.<case>.<suffix>", in file order. */
static size_t cases(const char *kind, const char *suffix, char names[][64],
                    size_t max)
{
	size_t n = 0, kl = strlen(kind), sl = strlen(suffix);
	for (size_t i = 0; i < nrefs && n < max; i++) {
		const char *s = refs[i].name;
		size_t len = strlen(s);
		if (len > kl + sl + 2 && strncmp(s, kind, kl) == 0 &&
		    s[kl] == '.' && strcmp(s + len - sl, suffix) == 0 &&
		    s[len - sl - 1] == '.' && len - kl - sl - 2 < 64) {
			memcpy(names[n], s + kl + 1, len - kl - sl - 2);
			names[n][len - kl - sl - 2] = '\0';
			n++;
		}
	}
	return n;
}

/* Relative comparison for p-values: NaN matches NaN, exact zeros match,
 * otherwise |got - want| <= tol |want|. */
static void is_p(double got, double want, double tol, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void is_p(double got, double want, double tol, const char *fmt, ...)
{
	int same = (isnan(got) && isnan(want)) || got == want ||
	           fabs(got - want) <= tol * fabs(want);
	va_list ap;
	va_start(ap, fmt);
	tap_result(same, fmt, ap);
	va_end(ap);
	if (!same)
		printf("#   got:  %.17g\n#   want: %.17g\n", got, want);
}

/* ---- keyness ------------------------------------------------------------- */

static void test_keyness(void)
{
	char names[64][64];
	size_t nc = cases("keyness", "in", names, 64);
	ok(nc >= 10, "keyness: %zu cases in the reference file", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		const double *in = ref("keyness.%s.in", c);
		double p, v;
		v = slant_stats_g2(in[0], in[1], in[2], in[3], &p);
		is_num(v, ref("keyness.%s.g2", c)[0], TOL, "g2 %s", c);
		is_p(p, ref("keyness.%s.g2_p", c)[0], PTOL, "g2 p %s", c);
		v = slant_stats_g2_2term(in[0], in[1], in[2], in[3], &p);
		is_num(v, ref("keyness.%s.g2_2term", c)[0], TOL, "g2 2-term %s",
		       c);
		is_p(p, ref("keyness.%s.g2_2term_p", c)[0], PTOL,
		     "g2 2-term p %s", c);
		v = slant_stats_chi2(in[0], in[1], in[2], in[3], &p);
		is_num(v, ref("keyness.%s.chi2", c)[0], TOL, "chi2 %s", c);
		is_p(p, ref("keyness.%s.chi2_p", c)[0], PTOL, "chi2 p %s", c);

		struct slant_stats_interval lr;
		const double *want = ref("keyness.%s.log_ratio", c);
		int rc = slant_stats_log_ratio(in[0], in[1], in[2], in[3],
		                               in[4], &lr);
		is_num(lr.est, want[0], TOL, "log ratio %s", c);
		is_num(lr.lo, want[1], TOL, "log ratio lower %s", c);
		is_num(lr.hi, want[2], TOL, "log ratio upper %s", c);
		is_int(rc, isnan(want[0]) ? -1 : 0, "log ratio return %s", c);
	}

	/* p is optional, and the 4-term G2 is never above the 2-term one by
	 * more than rounding for a rare term (the other cells add little). */
	double g = slant_stats_g2(120, 40, 100000, 150000, NULL);
	ok(g > 80 && g < 82, "g2 without p pointer: %g", g);
	struct slant_stats_interval lr;
	is_int(slant_stats_log_ratio(10, 5, 100, 100, 1.0, &lr), -1,
	       "log ratio rejects conf = 1");
	ok(isnan(lr.est) && isnan(lr.lo) && isnan(lr.hi),
	   "log ratio: NaN fields on failure");
	double p = 0;
	ok(isnan(slant_stats_g2(NAN, 1, 10, 10, &p)) && isnan(p),
	   "g2 of NaN input is NaN, p NaN");
	ok(isnan(slant_stats_chi2(-1, 1, 10, 10, NULL)),
	   "chi2 of a negative count is NaN");
	/* Direction: the sign of Log Ratio, not of G2. */
	slant_stats_log_ratio(1, 40, 100000, 150000, 0.95, &lr);
	ok(lr.est < 0 && lr.hi < 0, "log ratio negative for an underused term");
}

/* ---- log-odds ------------------------------------------------------------ */

static void test_log_odds(void)
{
	char names[32][64];
	size_t nc = cases("logodds", "in", names, 32);
	ok(nc >= 5, "log-odds: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		const double *in = ref("logodds.%s.in", c);
		const double *want = ref("logodds.%s.out", c);
		struct slant_stats_log_odds lo;
		int rc = slant_stats_log_odds(in[0], in[1], in[2], in[3], in[4],
		                              in[5], &lo);
		is_num(lo.delta, want[0], TOL, "log-odds delta %s", c);
		is_num(lo.variance, want[1], TOL, "log-odds variance %s", c);
		is_num(lo.z, want[2], TOL, "log-odds z %s", c);
		is_int(rc, isnan(want[0]) ? -1 : 0, "log-odds return %s", c);
	}

	nc = cases("vocab", "ya", names, 32);
	ok(nc >= 2, "vocabularies: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		char key[128];
		snprintf(key, sizeof key, "vocab.%s.ya", c);
		size_t n = ref_len(key);
		const double *ya = ref("vocab.%s.ya", c);
		const double *yb = ref("vocab.%s.yb", c);
		double *alpha = slant_xmalloc(n * sizeof *alpha);
		struct slant_stats_log_odds *out =
		    slant_xmalloc(n * sizeof *out);

		double a0 = slant_stats_prior_uniform(0.01, n, alpha);
		is_num(a0, ref("vocab.%s.uniform_alpha0", c)[0], 1e-15,
		       "uniform prior alpha_0 %s", c);
		slant_stats_log_odds_all(ya, yb, alpha, a0, n, out);
		const double *wd = ref("vocab.%s.uniform_delta", c);
		const double *wz = ref("vocab.%s.uniform_z", c);
		for (size_t w = 0; w < n; w++) {
			is_num(out[w].delta, wd[w], TOL,
			       "uniform delta %s[%zu]", c, w);
			is_num(out[w].z, wz[w], TOL, "uniform z %s[%zu]", c, w);
		}

		a0 = slant_stats_prior_pooled(ya, yb, n, 100, alpha);
		is_num(a0, ref("vocab.%s.pooled_alpha0", c)[0], 0,
		       "pooled prior alpha_0 %s", c);
		const double *wa = ref("vocab.%s.pooled_alpha", c);
		double sum = 0;
		for (size_t w = 0; w < n; w++) {
			is_num(alpha[w], wa[w], TOL, "pooled alpha %s[%zu]", c,
			       w);
			sum += alpha[w];
		}
		is_num(sum, a0, 1e-12, "pooled alphas sum to alpha_0 %s", c);
		size_t good =
		    slant_stats_log_odds_all(ya, yb, alpha, a0, n, out);
		is_int(good, ref("vocab.%s.pooled_finite", c)[0],
		       "finite z count %s", c);
		wd = ref("vocab.%s.pooled_delta", c);
		const double *wv = ref("vocab.%s.pooled_var", c);
		wz = ref("vocab.%s.pooled_z", c);
		for (size_t w = 0; w < n; w++) {
			is_num(out[w].delta, wd[w], TOL, "pooled delta %s[%zu]",
			       c, w);
			is_num(out[w].variance, wv[w], TOL,
			       "pooled variance %s[%zu]", c, w);
			is_num(out[w].z, wz[w], TOL, "pooled z %s[%zu]", c, w);
		}
		free(alpha);
		free(out);
	}

	double zero[2] = {0, 0}, alpha[2];
	ok(isnan(slant_stats_prior_pooled(zero, zero, 2, 100, alpha)) &&
	       isnan(alpha[0]) && isnan(alpha[1]),
	   "pooled prior of an empty corpus is NaN");
}

/* ---- Benjamini-Hochberg ------------------------------------------------ */

static void test_bh(void)
{
	char names[32][64];
	size_t nc = cases("bh", "p", names, 32);
	ok(nc >= 4, "bh: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		char key[128];
		snprintf(key, sizeof key, "bh.%s.p", c);
		size_t n = ref_len(key);
		const double *p = ref("bh.%s.p", c);
		const double *want = ref("bh.%s.q", c);
		double *q = slant_xmalloc((n ? n : 1) * sizeof *q);
		size_t m = slant_stats_bh(p, n, q);
		is_int(m, ref("bh.%s.m", c)[0], "bh family size %s", c);
		int good = 1;
		for (size_t j = 0; j < n; j++) {
			double g = q[j], w = want[j];
			if (!((isnan(g) && isnan(w)) ||
			      fabs(g - w) <= 1e-12 * fmax(1, fabs(w)))) {
				printf("# q[%zu] = %.17g, want %.17g\n", j, g,
				       w);
				good = 0;
			}
		}
		ok(good, "bh q-values %s (%zu values)", c, n);

		/* In place: q may be the p array itself. */
		memcpy(q, p, n * sizeof *q);
		slant_stats_bh(q, n, q);
		good = 1;
		for (size_t j = 0; j < n; j++)
			if (!((isnan(q[j]) && isnan(want[j])) ||
			      fabs(q[j] - want[j]) <= 1e-12))
				good = 0;
		ok(good, "bh in place %s", c);
		free(q);
	}
}

/* ---- two samples --------------------------------------------------------- */

static void test_two_samples(void)
{
	char names[32][64];
	size_t nc = cases("two", "x", names, 32);
	ok(nc >= 8, "two-sample: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		char key[128];
		snprintf(key, sizeof key, "two.%s.x", c);
		size_t nx = ref_len(key);
		snprintf(key, sizeof key, "two.%s.y", c);
		size_t ny = ref_len(key);
		const double *x = ref("two.%s.x", c), *y = ref("two.%s.y", c);
		struct slant_stats_test t;

		const double *w = ref("two.%s.welch", c);
		slant_stats_welch_t(x, nx, y, ny, &t);
		is_num(t.stat, w[0], TOL, "welch t %s", c);
		is_num(t.df, w[1], TOL, "welch df %s", c);
		is_p(t.p, w[2], PTOL, "welch p %s", c);

		w = ref("two.%s.mwu", c);
		slant_stats_mann_whitney(x, nx, y, ny, &t);
		is_num(t.stat, w[0], 0, "mann-whitney U %s", c);
		is_p(t.p, w[1], PTOL, "mann-whitney p %s", c);

		is_num(slant_stats_cliffs_delta(x, nx, y, ny),
		       ref("two.%s.cliff", c)[0], 1e-15, "cliff's delta %s", c);
		is_num(slant_stats_cohens_d(x, nx, y, ny),
		       ref("two.%s.cohen", c)[0], TOL, "cohen's d %s", c);
		is_num(slant_stats_hedges_g(x, nx, y, ny),
		       ref("two.%s.hedges", c)[0], TOL, "hedges' g %s", c);
		/* The shortcuts compare uses give the very same doubles. */
		double dd = slant_stats_cohens_d(x, nx, y, ny);
		double gg = slant_stats_hedges_g(x, nx, y, ny);
		double g2 = slant_stats_hedges_g_from_d(dd, nx, ny);
		ok((isnan(gg) && isnan(g2)) || gg == g2,
		   "hedges' g from d is identical %s", c);
		double cd = slant_stats_cliffs_delta(x, nx, y, ny);
		double c2 = slant_stats_cliffs_delta_from_u(t.stat, nx, ny);
		ok((isnan(cd) && isnan(c2)) || cd == c2,
		   "cliff's delta from U is identical %s", c);
	}

	/* The correction factor J(df) = g / d, for the df in the file. */
	for (size_t df = 2; df <= 5000; df++) {
		char key[64];
		snprintf(key, sizeof key, "hedges_j.%zu", df);
		if (!ref_len(key))
			continue;
		double xs[2] = {1.0, 2.5};
		double *ys = slant_xmalloc(df * sizeof *ys);
		for (size_t j = 0; j < df; j++)
			ys[j] = 0.1 * (double)(j % 3);
		double d = slant_stats_cohens_d(xs, 2, ys, df);
		double g = slant_stats_hedges_g(xs, 2, ys, df);
		is_num(g / d, ref("%s", key)[0], 1e-12, "hedges J(%zu)", df);
		free(ys);
	}

	double one[1] = {1}, two[2] = {1, 2};
	struct slant_stats_test t;
	is_int(slant_stats_welch_t(one, 1, two, 2, &t), -1, "welch n < 2");
	ok(isnan(t.stat) && isnan(t.df) && isnan(t.p), "welch NaN fields");
	is_int(slant_stats_mann_whitney(one, 0, two, 2, &t), -1,
	       "mann-whitney empty sample");
	ok(isnan(slant_stats_cliffs_delta(one, 0, two, 2)),
	   "cliff's delta of an empty sample is NaN");
	ok(isnan(slant_stats_hedges_g(one, 1, two, 2)),
	   "hedges' g with df = 1 is NaN");
	double withnan[2] = {1, NAN};
	ok(isnan(slant_stats_cohens_d(withnan, 2, two, 2)),
	   "cohen's d propagates NaN");
}

/* ---- Kruskal-Wallis ---------------------------------------------------- */

static void test_kruskal(void)
{
	char names[32][64];
	size_t nc = cases("kw", "x", names, 32);
	ok(nc >= 5, "kruskal: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		char key[128];
		snprintf(key, sizeof key, "kw.%s.x", c);
		size_t n = ref_len(key);
		const double *x = ref("kw.%s.x", c), *gd = ref("kw.%s.g", c);
		size_t k = (size_t)ref("kw.%s.k", c)[0];
		size_t *g = slant_xmalloc(n * sizeof *g);
		for (size_t j = 0; j < n; j++)
			g[j] = (size_t)gd[j];
		const double *w = ref("kw.%s.out", c);
		struct slant_stats_test t;
		int rc = slant_stats_kruskal(x, g, n, k, &t);
		is_num(t.stat, w[0], TOL, "kruskal H %s", c);
		is_num(t.df, w[1], 0, "kruskal df %s", c);
		is_p(t.p, w[2], PTOL, "kruskal p %s", c);
		is_int(rc, isnan(w[0]) ? -1 : 0, "kruskal return %s", c);

		/* An empty extra group makes the test impossible. */
		rc = slant_stats_kruskal(x, g, n, k + 1, &t);
		ok(rc == -1 && isnan(t.stat), "kruskal empty group %s", c);
		free(g);
	}
	double x[3] = {1, 2, 3};
	size_t g[3] = {0, 1, 5};
	struct slant_stats_test t;
	is_int(slant_stats_kruskal(x, g, 3, 2, &t), -1,
	       "kruskal label out of range");
}

/* ---- JSD ----------------------------------------------------------------- */

/* The replicates' JSD over whole vectors, from the library's pieces as
 * compare's bootstrap uses them. */
static double jsd_fast(const double *p, const double *q, size_t n)
{
	slant_stats_jsd_init();
	double sp = 0, sq = 0;
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		bad |= !(p[i] >= 0 && q[i] >= 0);
		sp += p[i];
		sq += q[i];
	}
	if (bad || !(sp > 0) || !(sq > 0) || !isfinite(sp) || !isfinite(sq))
		return NAN;
	double shared = 0, lsp = log(sp), lsq = log(sq);
	for (size_t i = 0; i < n; i++)
		if (p[i] != 0 && q[i] != 0)
			shared += slant_stats_jsd_shared_term(p[i], q[i], sp,
			                                      sq, lsp, lsq);
	return slant_stats_jsd_from_shared(shared);
}

static void test_jsd(void)
{
	char names[32][64];
	size_t nc = cases("jsd", "p", names, 32);
	ok(nc >= 4, "jsd: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		char key[128];
		snprintf(key, sizeof key, "jsd.%s.p", c);
		size_t n = ref_len(key);
		double *contrib = slant_xmalloc(n * sizeof *contrib);
		double v = slant_stats_jsd(ref("jsd.%s.p", c),
		                           ref("jsd.%s.q", c), n, contrib);
		is_num(v, ref("jsd.%s.total", c)[0], TOL, "jsd %s", c);
		const double *w = ref("jsd.%s.contrib", c);
		double sum = 0;
		int good = 1;
		for (size_t j = 0; j < n; j++) {
			sum += contrib[j];
			if (!((isnan(contrib[j]) && isnan(w[j])) ||
			      fabs(contrib[j] - w[j]) <= TOL))
				good = 0;
		}
		ok(good, "jsd contributions %s", c);
		is_num(sum, v, 1e-12, "jsd contributions sum to total %s", c);
		ok(isnan(v) || (v >= 0 && v <= 1), "jsd in [0, 1] %s", c);
		double fast =
		    jsd_fast(ref("jsd.%s.p", c), ref("jsd.%s.q", c), n);
		is_num(fast, ref("jsd.%s.total", c)[0], TOL,
		       "jsd_fast against SciPy %s", c);
		free(contrib);
	}
	double p[2] = {1, 3}, q[2] = {2, 1};
	is_num(slant_stats_jsd(p, q, 2, NULL), slant_stats_jsd(q, p, 2, NULL),
	       1e-15, "jsd is symmetric (and contrib may be NULL)");
	double neg[2] = {1, -1}, zero[2] = {0, 0};
	ok(isnan(jsd_fast(neg, q, 2)), "jsd_fast: negative: NaN");
	ok(isnan(jsd_fast(p, zero, 2)), "jsd_fast: empty: NaN");
	is_num(jsd_fast(p, p, 2), 0, 1e-15, "jsd_fast: identical: 0");
	double only_p[2] = {5, 0}, only_q[2] = {0, 7};
	is_num(jsd_fast(only_p, only_q, 2), 1, 1e-15, "jsd_fast: disjoint: 1");
}

/* The replicates' JSD against the exact one on bootstrap-like count
 * vectors: Zipf-like whole counts (small ones from the log table, large
 * ones past it), one-sided terms, a few fractional weights. */
static void test_jsd_fast_random(void)
{
	unsigned long s = 12345;
	double worst = 0;
	for (int rep = 0; rep < 200; rep++) {
		size_t n = 1 + rep * 37 % 3000;
		double *p = slant_xmalloc(n * sizeof *p);
		double *q = slant_xmalloc(n * sizeof *q);
		for (size_t i = 0; i < n; i++) {
			s = s * 6364136223846793005ul + 1442695040888963407ul;
			unsigned r = (unsigned)(s >> 33);
			double scale = rep % 7 == 0 ? 20000.0 : 50.0;
			p[i] = r % 3 == 0 ? 0
			                  : floor(scale / (double)(1 + i % 97));
			q[i] = r % 5 == 0
			           ? 0
			           : floor(scale / (double)(1 + (i + r) % 89));
			if (rep % 11 == 0 && i % 13 == 0)
				q[i] += 0.25;
		}
		p[0] += 1;
		q[n - 1] += 1;
		double a = slant_stats_jsd(p, q, n, NULL);
		double b = jsd_fast(p, q, n);
		if (fabs(a - b) > worst)
			worst = fabs(a - b);
		free(p);
		free(q);
	}
	ok(worst < 1e-12, "jsd_fast within 1e-12 of jsd on 200 vectors (%g)",
	   worst);
}

/* ---- bootstrap ----------------------------------------------------------- */

/* Wrapped so the const array travels through void * without a cast. */
struct items {
	const double *x;
};

static double mean_cb(const size_t *idx, size_t n, void *ctx)
{
	const struct items *it = ctx;
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += it->x[idx[i]];
	return s / (double)n;
}

/* NaN for every resample that does not contain item 0: exercises the
 * dropping of undefined replicates. */
static double needs_first_cb(const size_t *idx, size_t n, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (idx[i] == 0)
			return mean_cb(idx, n, ctx);
	return NAN;
}

static void test_bootstrap(void)
{
	size_t n = ref_len("boot.x");
	const double *x = ref("boot.x");
	double mean = ref("boot.mean")[0], sd = ref("boot.sd")[0];
	struct slant_stats_interval a, b, c;

	size_t used = slant_stats_bootstrap_mean(x, n, 2000, 0.95, 42, &a);
	is_int(used, 2000, "bootstrap mean uses every replicate");
	is_num(a.est, mean, 1e-12, "bootstrap estimate is the mean");
	ok(a.lo < mean && mean < a.hi, "interval [%g, %g] holds the mean %g",
	   a.lo, a.hi, mean);
	slant_stats_bootstrap_mean(x, n, 2000, 0.95, 42, &b);
	ok(a.lo == b.lo && a.hi == b.hi, "same seed, same interval");
	slant_stats_bootstrap_mean(x, n, 2000, 0.95, 43, &c);
	ok(a.lo != c.lo || a.hi != c.hi, "another seed, another interval");
	/* Not a SciPy comparison: the percentile interval of a mean should be
	 * close to the normal-theory one, +- 1.96 sd / sqrt(n). */
	double width = 2 * 1.959964 * sd / sqrt((double)n);
	ok(fabs((a.hi - a.lo) - width) < 0.15 * width,
	   "interval width %g near normal theory %g", a.hi - a.lo, width);
	slant_stats_bootstrap_mean(x, n, 2000, 0.99, 42, &c);
	ok(c.lo < a.lo && c.hi > a.hi, "99%% interval wider than 95%%");

	/* The generic helper draws the same indices for the same seed. */
	struct items it = {x};
	used = slant_stats_bootstrap(n, 2000, 0.95, 42, mean_cb, &it, &b);
	ok(used == 2000 && a.lo == b.lo && a.hi == b.hi && a.est == b.est,
	   "generic bootstrap with a mean callback matches bootstrap_mean");

	used = slant_stats_bootstrap(n, 500, 0.95, 7, needs_first_cb, &it, &b);
	ok(used > 0 && used < 500, "NaN replicates dropped (%zu of 500 kept)",
	   used);
	ok(b.lo <= b.hi && isfinite(b.lo), "interval of the kept replicates");

	used = slant_stats_bootstrap_mean(x, 0, 100, 0.95, 1, &b);
	ok(used == 0 && isnan(b.est) && isnan(b.lo) && isnan(b.hi),
	   "bootstrap of nothing is NaN");
	used = slant_stats_bootstrap_mean(x, n, 100, 0, 1, &b);
	ok(used == 0 && isnan(b.lo), "bootstrap rejects conf = 0");
}

/* ---- normal p and the odds ratio of naming preferences ---------------- */

static void test_normal_and_odds(void)
{
	char names[64][64];
	size_t nc = cases("normp", "in", names, 64);
	ok(nc >= 5, "normal p: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		double z = ref("normp.%s.in", names[i])[0];
		is_p(slant_stats_normal_p(z), ref("normp.%s.p", names[i])[0],
		     PTOL, "normal p %s", names[i]);
	}
	ok(isnan(slant_stats_normal_p(NAN)), "normal p of NaN is NaN");
	nc = cases("oddsratio", "in", names, 64);
	ok(nc >= 6, "odds ratio: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		const double *in = ref("oddsratio.%s.in", c);
		const double *want = ref("oddsratio.%s.out", c);
		struct slant_stats_interval iv;
		int rc = slant_stats_log_odds_ratio(in[0], in[1], in[2], in[3],
		                                    in[4], &iv);
		is_num(iv.est, want[0], TOL, "odds ratio %s", c);
		is_num(iv.lo, want[1], TOL, "odds ratio lower %s", c);
		is_num(iv.hi, want[2], TOL, "odds ratio upper %s", c);
		is_int(rc, isnan(want[0]) ? -1 : 0, "odds ratio return %s", c);
	}
}

/* The multi-value bootstrap draws exactly what k single ones draw. */
struct multi_ctx {
	const double *x;
};
static double first_mean(const size_t *idx, size_t n, void *ctx)
{
	const struct multi_ctx *m = ctx;
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += m->x[idx[i]];
	return s / (double)n;
}
static double first_max(const size_t *idx, size_t n, void *ctx)
{
	const struct multi_ctx *m = ctx;
	double s = -INFINITY;
	for (size_t i = 0; i < n; i++)
		s = fmax(s, m->x[idx[i]]);
	return s;
}
static void both(const size_t *idx, size_t n, void *ctx, double *out)
{
	out[0] = first_mean(idx, n, ctx);
	out[1] = first_max(idx, n, ctx);
	out[2] = NAN;
}

static void test_bootstrap_multi(void)
{
	const double x[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7};
	struct multi_ctx m = {x};
	size_t n = sizeof x / sizeof *x, used[3];
	struct slant_stats_interval one[2], multi[3];
	slant_stats_bootstrap(n, 500, 0.9, 42, first_mean, &m, &one[0]);
	slant_stats_bootstrap(n, 500, 0.9, 42, first_max, &m, &one[1]);
	int rc = slant_stats_bootstrap_multi(n, 500, 0.9, 42, 3, both, &m,
	                                     multi, used);
	is_int(rc, 0, "multi bootstrap runs");
	for (int j = 0; j < 2; j++) {
		ok(one[j].est == multi[j].est && one[j].lo == multi[j].lo &&
		       one[j].hi == multi[j].hi,
		   "multi bootstrap value %d equals the single bootstrap", j);
	}
	ok(used[0] == 500 && used[2] == 0 && isnan(multi[2].lo),
	   "NaN replicates are dropped per value");
	rc = slant_stats_bootstrap_multi(0, 500, 0.9, 42, 3, both, &m, multi,
	                                 NULL);
	ok(rc == -1 && isnan(multi[0].est), "multi bootstrap of nothing");
}

/* Batches: the same draws and intervals for any batch size and threads,
 * with batches that do not divide B. */
static void both_batch(const size_t *idx, size_t m, size_t n, void *ctx,
                       double *out)
{
	for (size_t r = 0; r < m; r++)
		both(idx + r * n, n, ctx, out + r * 3);
}

static void test_bootstrap_batch(void)
{
	const double x[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7};
	struct multi_ctx m[3] = {{x}, {x}, {x}};
	void *ctxs[3] = {&m[0], &m[1], &m[2]};
	size_t n = sizeof x / sizeof *x;
	struct slant_stats_interval want[3], got[3];
	slant_stats_bootstrap_multi(n, 203, 0.9, 5, 3, both, &m[0], want, NULL);
	int same = 1;
	double mean0 = NAN;
	const size_t batches[] = {1, 3, 16, 203, 500};
	for (size_t bi = 0; bi < sizeof batches / sizeof *batches; bi++)
		for (size_t nctx = 1; nctx <= 3; nctx++) {
			double mean[3];
			int rc = slant_stats_bootstrap_batch_threads(
			    n, 203, 0.9, 5, 3, batches[bi], both_batch, ctxs,
			    nctx, got, NULL, mean);
			if (isnan(mean0))
				mean0 = mean[0];
			same &= isnan(mean[2]) && mean[0] == mean0;
			for (int j = 0; j < 2; j++)
				same &= rc == 0 && got[j].est == want[j].est &&
				        got[j].lo == want[j].lo &&
				        got[j].hi == want[j].hi;
		}
	ok(same, "batched bootstrap: same intervals and replicate means for "
	         "batches of 1, 3, 16, 203, 500 on 1-3 threads");
	/* the mean is unbiased: its replicates average near the mean */
	is_num(mean0, want[0].est, 0.15, "replicates of the mean average %g",
	       mean0);
	ok(slant_stats_bootstrap_batch_threads(n, 203, 0.9, 5, 3, 0, both_batch,
	                                       ctxs, 1, got, NULL, NULL) == -1,
	   "batched bootstrap: batch 0 is refused");
}

/* Permutations: every replicate is an order of 0..n-1; the same for any
 * batch and threads; the p-value counts ties as extreme and is never 0. */
static void first_three(const size_t *idx, size_t m, size_t n, void *ctx,
                        double *out)
{
	(void)ctx;
	for (size_t r = 0; r < m; r++) {
		const size_t *p = idx + r * n;
		unsigned seen = 0;
		for (size_t i = 0; i < n; i++)
			seen |= 1u << p[i];
		out[r] = seen == (1u << n) - 1
		             ? (double)(p[0] * 100 + p[1] * 10 + p[2])
		             : NAN;
	}
}

static void test_permutation(void)
{
	void *ctxs[3] = {NULL, NULL, NULL};
	double want[300], got[300];
	is_int(slant_stats_permutation_batch_threads(9, 300, 11, 1, first_three,
	                                             ctxs, 1, want),
	       0, "permutations run");
	int perm = 1, same = 1, differ = 0;
	for (size_t r = 0; r < 300; r++) {
		perm &= !isnan(want[r]);
		differ |= r && want[r] != want[0];
	}
	ok(perm && differ, "each replicate is a permutation, and they differ");
	const size_t batches[] = {7, 16, 300};
	for (size_t b = 0; b < 3; b++)
		for (size_t t = 1; t <= 3; t++) {
			slant_stats_permutation_batch_threads(
			    9, 300, 11, batches[b], first_three, ctxs, t, got);
			same &= memcmp(want, got, sizeof want) == 0;
		}
	ok(same, "permutations: same replicates for any batch and threads");
	const double v[] = {1, 2, 3, 4, NAN, 5};
	double mean;
	is_num(slant_stats_permutation_p(3, v, 6, &mean), 4.0 / 6, 1e-15,
	       "permutation p: (1 + #{>= 3 incl. tie}) / (1 + finite)");
	is_num(mean, 3, 1e-15, "permutation null mean over finite replicates");
	is_num(slant_stats_permutation_p(9, v, 6, NULL), 1.0 / 6, 1e-15,
	       "permutation p is never 0");
	ok(isnan(slant_stats_permutation_p(NAN, v, 6, NULL)),
	   "permutation p of NaN is NaN");
}

/* ---- exact and permutation tests ------------------------------------------
 */

static void test_fisher(void)
{
	char names[32][64];
	size_t nc = cases("fisher", "in", names, 32);
	ok(nc >= 8, "fisher: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const double *in = ref("fisher.%s.in", names[i]);
		is_p(slant_stats_fisher_p(in[0], in[1], in[2], in[3]),
		     ref("fisher.%s.p", names[i])[0], PTOL, "fisher p %s",
		     names[i]);
	}
	ok(isnan(slant_stats_fisher_p(1.5, 2, 3, 4)),
	   "fisher p of a fractional count is NaN");
	ok(isnan(slant_stats_fisher_p(-1, 2, 3, 4)),
	   "fisher p of a negative count is NaN");
	/* the test is symmetric in its rows and in its columns */
	is_p(slant_stats_fisher_p(1, 9, 11, 3),
	     slant_stats_fisher_p(11, 3, 1, 9), 1e-12,
	     "fisher p: rows swapped");
	is_p(slant_stats_fisher_p(1, 9, 11, 3),
	     slant_stats_fisher_p(9, 1, 3, 11), 1e-12,
	     "fisher p: columns swapped");
}

static size_t ref_len_of(const char *fmt, const char *c)
{
	char key[160];
	snprintf(key, sizeof key, fmt, c);
	return ref_len(key);
}

static void test_mann_whitney_auto(void)
{
	char names[32][64];
	size_t nc = cases("mwx", "out", names, 32);
	ok(nc >= 7, "mann-whitney (exact, asymptotic, Monte Carlo): %zu cases",
	   nc);
	size_t methods[4] = {0};
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t nx = ref_len_of("mwx.%s.x", c),
		       ny = ref_len_of("mwx.%s.y", c);
		const double *x = ref("mwx.%s.x", c), *y = ref("mwx.%s.y", c);
		const double *w = ref("mwx.%s.out", c);
		struct slant_stats_test t;
		int rc = slant_stats_mann_whitney_auto(x, nx, y, ny, 7, &t);
		is_int(rc, 0, "mann-whitney auto %s: testable", c);
		is_num(t.stat, w[0], 0, "mann-whitney auto U %s", c);
		is_int((int)t.method, (int)w[2], "mann-whitney auto method %s",
		       c);
		methods[t.method < 4 ? t.method : 0]++;
		if (t.method == SLANT_P_MONTE_CARLO) {
			/* within 4 standard errors of the exact p */
			double se = 2 * sqrt(w[1] / 2 * (1 - w[1] / 2) /
			                     SLANT_STATS_MC_DRAWS);
			ok(fabs(t.p - w[1]) <= 4 * se + 1e-5,
			   "mann-whitney Monte Carlo p %s: %.6g vs exact %.6g",
			   c, t.p, w[1]);
			struct slant_stats_test t2;
			slant_stats_mann_whitney_auto(x, nx, y, ny, 7, &t2);
			ok(t2.p == t.p, "the same seed gives the same p %s", c);
		} else {
			is_p(t.p, w[1], PTOL, "mann-whitney auto p %s", c);
		}
		/* the reversed test: U of the other side, the same p */
		struct slant_stats_test r;
		slant_stats_mann_whitney_auto(y, ny, x, nx, 7, &r);
		is_num(r.stat, (double)nx * (double)ny - t.stat, 0,
		       "mann-whitney auto U reversed %s", c);
		if (t.method != SLANT_P_MONTE_CARLO)
			is_p(r.p, t.p, 1e-12, "mann-whitney auto p reversed %s",
			     c);
	}
	ok(methods[SLANT_P_EXACT] && methods[SLANT_P_ASYMPTOTIC] &&
	       methods[SLANT_P_MONTE_CARLO],
	   "every method is exercised");
	double same[4] = {2, 2, 2, 2}, two[3] = {2, 2, 2};
	struct slant_stats_test t;
	is_int(slant_stats_mann_whitney_auto(same, 4, two, 3, 1, &t), -1,
	       "mann-whitney auto: no variation is not testable");
	ok(isnan(t.p) && t.method == SLANT_P_NONE,
	   "not testable: NaN p, no method");
	is_int(slant_stats_mann_whitney_auto(same, 0, two, 3, 1, &t), -1,
	       "mann-whitney auto: an empty side is not testable");
}

static void test_wilcoxon(void)
{
	char names[32][64];
	size_t nc = cases("wilcoxon", "out", names, 32);
	ok(nc >= 5, "wilcoxon: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t n = ref_len_of("wilcoxon.%s.d", c);
		const double *d = ref("wilcoxon.%s.d", c);
		const double *w = ref("wilcoxon.%s.out", c);
		struct slant_stats_test t;
		is_int(slant_stats_wilcoxon(d, n, &t), 0, "wilcoxon %s", c);
		is_num(t.stat, w[0], 1e-12, "wilcoxon W+ %s", c);
		is_num(t.df, w[1], 0, "wilcoxon non-zero differences %s", c);
		is_p(t.p, w[2], PTOL, "wilcoxon p %s", c);
		is_int((int)t.method, (int)w[3], "wilcoxon method %s", c);
	}
	double zeros[3] = {0, 0, 0};
	struct slant_stats_test t;
	is_int(slant_stats_wilcoxon(zeros, 3, &t), -1,
	       "wilcoxon: no non-zero difference is not testable");
}

static void test_strata(void)
{
	char names[32][64];
	size_t nc = cases("strata", "out", names, 32);
	ok(nc >= 3, "exact stratified test: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t k = ref_len_of("strata.%s.x", c);
		const double *w = ref("strata.%s.out", c);
		double e;
		double p = slant_stats_strata_exact_p(
		    ref("strata.%s.x", c), ref("strata.%s.m", c),
		    ref("strata.%s.n", c), ref("strata.%s.t", c), k, &e);
		is_p(p, w[0], 1e-9, "stratified p %s (R)", c);
		is_num(e, w[1], 1e-12, "stratified null mean %s", c);
	}
	double x = 2, m = 1, n = 1, t = 2;
	ok(isnan(slant_stats_strata_exact_p(&x, &m, &n, &t, 1, NULL)),
	   "stratified: x > m is impossible");
	ok(isnan(slant_stats_strata_exact_p(&x, &m, &n, &t, 0, NULL)),
	   "stratified: no strata");
}

/* The zero-safe rule: no effect ever has the sign opposite to its raw
 * rates or shares, over many random tables with zeros and unequal sizes. */
static void test_sign_property(void)
{
	unsigned long st = 12345;
	size_t bad_lr = 0, bad_or = 0, n = 200000;
	for (size_t i = 0; i < n; i++) {
		st = st * 6364136223846793005ul + 1442695040888963407ul;
		double a = (double)((st >> 33) % 8),
		       b = (double)((st >> 40) % 8);
		double c = a + 1 + (double)((st >> 20) % 3000);
		double d = b + 1 + (double)((st >> 8) % 300);
		struct slant_stats_interval iv;
		if (slant_stats_log_ratio(a, b, c, d, 0.95, &iv) == 0) {
			double raw = a / c - b / d;
			if ((raw > 0) != (iv.est > 0) ||
			    (raw < 0) != (iv.est < 0))
				bad_lr++;
		}
		double e = (double)((st >> 12) % 5),
		       f = (double)((st >> 50) % 40);
		if (slant_stats_log_odds_ratio(a, e, b, f, 0.95, &iv) == 0) {
			double raw = a / (a + e) - b / (b + f);
			if ((raw > 0) != (iv.est > 0) ||
			    (raw < 0) != (iv.est < 0))
				bad_or++;
		}
	}
	is_int((int)bad_lr, 0, "log ratio: sign always that of the rates");
	is_int((int)bad_or, 0,
	       "log odds ratio: sign always that of the shares");
	is_num(slant_stats_zero_safe_log_ratio(3, 3, 0.1), 0, 0,
	       "zero-safe log ratio of equal rates is 0");
	ok(slant_stats_zero_safe_log_ratio(6, 0, 0.5) >
	       fabs(slant_stats_zero_safe_log_ratio(1, 3, 0.5)),
	   "6 vs 0 is a larger ratio than 1 vs 3");
}

/* ---- classification, correlation and agreement --------------------------- */

/* Several columns and classes at once, with the bootstrap: the
 * reference draws the same resamples with a replica of GSL's mt19937
 * and scores each with roc_auc_score. */
static void test_auc_multi(const char *name)
{
	size_t n = (size_t)ref("%s.n", name)[0];
	size_t C = (size_t)ref("%s.nclasses", name)[0];
	const double *bcs = ref("%s.B", name);
	size_t k = ref_len_of("%s.score", name) / n;
	const double *sd = ref("%s.cls_start", name);
	const double *cd = ref("%s.cls", name);
	size_t *start = slant_xmalloc((n + 1) * sizeof *start);
	uint32_t *cls =
	    slant_xmalloc((ref_len_of("%s.cls", name) + 1) * sizeof *cls);
	for (size_t i = 0; i <= n; i++)
		start[i] = (size_t)sd[i];
	for (size_t i = 0; i < ref_len_of("%s.cls", name); i++)
		cls[i] = (uint32_t)cd[i];
	struct slant_stats_auc_data d = {n,     k,  C, ref("%s.score", name),
	                                 start, cls};
	struct slant_stats_interval *out = slant_xmalloc(k * C * sizeof *out);
	struct slant_stats_interval *again = slant_xmalloc(k * C * sizeof *out);
	int rc = slant_stats_auc_multi(&d, (size_t)bcs[0], bcs[1],
	                               (unsigned long)bcs[2], 1, out);
	is_int(rc, 0, "%s runs (%zu columns, %zu classes)", name, k, C);
	for (size_t j = 0; j < k; j++)
		for (size_t c = 0; c < C; c++) {
			char key[64];
			snprintf(key, sizeof key, "%zu.%zu", j, c);
			const double *w = ref("%s.out.%s", name, key);
			const struct slant_stats_interval *o = &out[j * C + c];
			is_num(o->est, w[0], 1e-12, "%s %s estimate", name,
			       key);
			is_num(o->lo, w[1], 1e-12, "%s %s lower", name, key);
			is_num(o->hi, w[2], 1e-12, "%s %s upper", name, key);
		}
	int same = 1;
	for (size_t t = 2; t <= 3; t++) {
		slant_stats_auc_multi(&d, (size_t)bcs[0], bcs[1],
		                      (unsigned long)bcs[2], t, again);
		same &= memcmp(out, again, k * C * sizeof *out) == 0;
	}
	ok(same, "%s: the same intervals on 2 and 3 threads", name);
	slant_stats_auc_multi(&d, 0, 0.95, 1, 1, again);
	same = 1;
	for (size_t q = 0; q < k * C; q++)
		same &= again[q].est == out[q].est && isnan(again[q].lo);
	ok(same, "%s without the bootstrap: the estimates alone", name);
	cls[0] = (uint32_t)C;
	ok(slant_stats_auc_multi(&d, 0, 0.95, 1, 1, again) == -1 &&
	       isnan(again[0].est),
	   "%s: a class out of range is refused", name);
	free(start);
	free(cls);
	free(out);
	free(again);
}

static void test_auc(void)
{
	char names[32][64];
	size_t nc = cases("auc", "x", names, 32);
	ok(nc >= 5, "auc: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t n = ref_len_of("auc.%s.x", c);
		const double *x = ref("auc.%s.x", c), *yd = ref("auc.%s.y", c);
		unsigned char *y = slant_xmalloc(n);
		for (size_t j = 0; j < n; j++)
			y[j] = yd[j] != 0;
		is_num(slant_stats_auc(x, y, n), ref("auc.%s.auc", c)[0], 1e-12,
		       "auc %s (scikit-learn roc_auc_score)", c);
		free(y);
	}

	test_auc_multi("aucmulti");
	test_auc_multi("aucsingle");
}

static void test_spearman(void)
{
	char names[32][64];
	size_t nc = cases("spearman", "x", names, 32);
	ok(nc >= 4, "spearman: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t n = ref_len_of("spearman.%s.x", c);
		is_num(slant_stats_spearman(ref("spearman.%s.x", c),
		                            ref("spearman.%s.y", c), n),
		       ref("spearman.%s.rho", c)[0], TOL, "spearman %s", c);
	}
	double one = 1;
	ok(isnan(slant_stats_spearman(&one, &one, 1)), "spearman of 1 is NaN");
}

static void test_kappa_wilson(void)
{
	char names[32][64];
	size_t nc = cases("kappa", "a", names, 32);
	ok(nc >= 4, "kappa: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		size_t n = ref_len_of("kappa.%s.a", c);
		const double *ad = ref("kappa.%s.a", c),
		             *bd = ref("kappa.%s.b", c),
		             *in = ref("kappa.%s.in", c),
		             *w = ref("kappa.%s.out", c);
		size_t *a = slant_xmalloc(n * sizeof *a);
		size_t *b = slant_xmalloc(n * sizeof *b);
		for (size_t j = 0; j < n; j++) {
			a[j] = (size_t)ad[j];
			b[j] = (size_t)bd[j];
		}
		struct slant_stats_interval iv;
		int rc =
		    slant_stats_cohen_kappa(a, b, n, (size_t)in[0], in[1], &iv);
		is_num(iv.est, w[0], TOL, "kappa %s", c);
		is_num(iv.lo, w[1], TOL, "kappa lower %s", c);
		is_num(iv.hi, w[2], TOL, "kappa upper %s", c);
		is_int(rc, isnan(w[0]) ? -1 : 0, "kappa return %s", c);
		free(a);
		free(b);
	}
	size_t a3[2] = {0, 3}, b3[2] = {0, 1};
	struct slant_stats_interval iv;
	ok(slant_stats_cohen_kappa(a3, b3, 2, 2, 0.95, &iv) == -1,
	   "kappa: a category out of range is refused");

	nc = cases("wilson", "in", names, 32);
	ok(nc >= 4, "wilson: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		const double *in = ref("wilson.%s.in", c),
		             *w = ref("wilson.%s.out", c);
		slant_stats_wilson(in[0], in[1], in[2], &iv);
		is_num(iv.est, w[0], TOL, "wilson %s", c);
		is_num(iv.lo, w[1], TOL, "wilson lower %s", c);
		is_num(iv.hi, w[2], TOL, "wilson upper %s", c);
	}
	ok(slant_stats_wilson(1, 0, 0.95, &iv) == -1 && isnan(iv.lo),
	   "wilson of 0 items is NaN");
	ok(slant_stats_wilson(3, 2, 0.95, &iv) == -1, "wilson: k > n refused");
}

static void test_logistic(void)
{
	char names[32][64];
	size_t nc = cases("logit", "in", names, 32);
	ok(nc >= 3, "logistic: %zu cases", nc);
	for (size_t i = 0; i < nc; i++) {
		const char *c = names[i];
		const double *in = ref("logit.%s.in", c);
		size_t n = (size_t)in[0], p = (size_t)in[1];
		const double *rs = ref("logit.%s.row_start", c),
		             *cl = ref("logit.%s.col", c),
		             *w = ref("logit.%s.beta", c);
		size_t nnz = ref_len_of("logit.%s.val", c);
		size_t *start = slant_xmalloc((n + 1) * sizeof *start);
		uint32_t *col = slant_xmalloc((nnz + 1) * sizeof *col);
		for (size_t j = 0; j <= n; j++)
			start[j] = (size_t)rs[j];
		for (size_t j = 0; j < nnz; j++)
			col[j] = (uint32_t)cl[j];
		struct slant_stats_sparse X = {n, p, start, col,
		                               ref("logit.%s.val", c)};
		double *beta = slant_xmalloc((p + 1) * sizeof *beta);
		int steps = slant_stats_logistic_l2(&X, ref("logit.%s.y", c),
		                                    NULL, n, in[2], beta);
		ok(steps > 0 && steps < 30, "logistic %s converges (%d steps)",
		   c, steps);
		for (size_t j = 0; j <= p; j++)
			is_num(beta[j], w[j], 1e-8, "logistic %s beta[%zu]", c,
			       j);
		/* A row subset fits the same as a matrix of those rows:
		 * every other row, both ways. */
		size_t m = (n + 1) / 2;
		size_t *rows = slant_xmalloc(m * sizeof *rows);
		size_t *s2 = slant_xmalloc((m + 1) * sizeof *s2);
		double *y2 = slant_xmalloc(m * sizeof *y2);
		const double *y = ref("logit.%s.y", c);
		for (size_t r = 0; r < m; r++) {
			rows[r] = 2 * r;
			s2[r] = start[2 * r];
			y2[r] = y[2 * r];
		}
		double *b1 = slant_xmalloc((p + 1) * sizeof *b1);
		double *b2 = slant_xmalloc((p + 1) * sizeof *b2);
		slant_stats_logistic_l2(&X, y, rows, m, in[2], b1);
		/* the subset as its own matrix: rows 0, 2, 4 ... copied
		 */
		size_t nnz2 = 0;
		for (size_t r = 0; r < m; r++)
			nnz2 += start[2 * r + 1] - start[2 * r];
		uint32_t *c2 = slant_xmalloc((nnz2 + 1) * sizeof *c2);
		double *v2 = slant_xmalloc((nnz2 + 1) * sizeof *v2);
		const double *val = ref("logit.%s.val", c);
		size_t q2 = 0;
		for (size_t r = 0; r < m; r++) {
			s2[r] = q2;
			for (size_t q = start[2 * r]; q < start[2 * r + 1];
			     q++) {
				c2[q2] = col[q];
				v2[q2++] = val[q];
			}
		}
		s2[m] = q2;
		struct slant_stats_sparse X2 = {m, p, s2, c2, v2};
		slant_stats_logistic_l2(&X2, y2, NULL, m, in[2], b2);
		int same = 1;
		for (size_t j = 0; j <= p; j++)
			same &= fabs(b1[j] - b2[j]) < 1e-12;
		ok(same, "logistic %s: a row subset equals its own matrix", c);
		free(rows);
		free(s2);
		free(y2);
		free(b1);
		free(b2);
		free(c2);
		free(v2);
		free(start);
		free(col);
		free(beta);
	}
	/* refused inputs */
	size_t st[3] = {0, 1, 2};
	uint32_t cl[2] = {0, 0};
	double v[2] = {1, 2}, y[2] = {0, 2}, beta[2];
	struct slant_stats_sparse X = {2, 1, st, cl, v};
	ok(slant_stats_logistic_l2(&X, y, NULL, 2, 1.0, beta) == -1 &&
	       isnan(beta[0]),
	   "logistic: a label other than 0 or 1 is refused");
	y[1] = 1;
	ok(slant_stats_logistic_l2(&X, y, NULL, 2, 0.0, beta) == -1,
	   "logistic: lambda 0 is refused");
}

int main(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/reference/stats-ref.txt",
	         srcdir && *srcdir ? srcdir : ".");
	load_refs(path);
	test_keyness();
	test_log_odds();
	test_bh();
	test_two_samples();
	test_kruskal();
	test_jsd();
	test_jsd_fast_random();
	test_bootstrap();
	test_normal_and_odds();
	test_bootstrap_multi();
	test_bootstrap_batch();
	test_permutation();
	test_fisher();
	test_mann_whitney_auto();
	test_wilcoxon();
	test_strata();
	test_sign_property();
	test_auc();
	test_spearman();
	test_kappa_wilson();
	test_logistic();
	free_refs();
	return tap_done();
}
