#!/usr/bin/env python3
"""Reference values for tests/unit/t-stats.c, computed with SciPy / NumPy.

Run from anywhere; writes stats-ref.txt next to this script:

    python3 tests/reference/make-stats-ref.py

(On Debian the SciPy package is for /usr/bin/python3; use that interpreter
if `python3` on PATH has no SciPy.)

Where SciPy has the statistic (Pearson chi-square, Welch t, Mann-Whitney,
Kruskal-Wallis, Jensen-Shannon distance) SciPy computes it. The rest (G2 in
both forms, Log Ratio, Monroe et al. log-odds, BH q-values, Cliff's delta,
Cohen's d, Hedges' g, JSD contributions) is written out here in NumPy from
the published formulas, independently of src/stats.c, and cross-checked
against SciPy where SciPy can compute the same number another way.

Output format, one record per line:
    name value [value ...]
with values as %.17g (nan for "cannot be computed"). The inputs are in the
file too (names ending in .in, .x, .y, .g, .p, .q, ...), so the C test and
this script cannot drift apart. Lines starting with # are comments.

The classification statistics of slant lexicon eval/fit/audit are checked
against scikit-learn (roc_auc_score, cohen_kappa_score, LogisticRegression)
and SciPy (spearmanr, binomtest's Wilson interval, an exact-Hessian Newton
fit of the penalised likelihood); the AUC's bootstrap interval is recomputed
from the very resamples src/stats.c draws, with a replica of GSL's mt19937
written out below, and Cohen's kappa interval from Fleiss, Cohen & Everitt's
formula.

Where slant's documented policy differs from what SciPy returns (SciPy
gives t = -inf for two constant samples; SciPy raises for Kruskal-Wallis on
all-equal data) the file holds slant's NaN, and the case says so.
"""

import os
import subprocess
import sys

import numpy as np
import scipy
import scipy.special
import scipy.stats
from scipy.spatial.distance import jensenshannon
from scipy.stats.contingency import chi2_contingency

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stats-ref.txt")
NAN = float("nan")
lines = []


def fmt(v):
    v = float(v)
    if np.isnan(v):
        return "nan"
    return "%.17g" % v


def put(name, *values):
    flat = []
    for v in values:
        if np.ndim(v) == 0:
            flat.append(v)
        else:
            flat.extend(np.asarray(v, dtype=float).ravel().tolist())
    assert " " not in name
    lines.append(name + " " + " ".join(fmt(v) for v in flat))


def close(a, b, rel=1e-12):
    if np.isnan(a) and np.isnan(b):
        return True
    return abs(a - b) <= rel * max(1.0, abs(b))


# ---- keyness -------------------------------------------------------------

def xlogx_ratio(o, e):
    return o * np.log(o / e) if o > 0 else 0.0


def table_ok(a, b, c, d):
    return a >= 0 and b >= 0 and c > 0 and d > 0 and a <= c and b <= d


def g2_4(a, b, c, d):
    if not table_ok(a, b, c, d):
        return NAN
    n, k = c + d, a + b
    obs = [a, b, c - a, d - b]
    exp = [c * k / n, d * k / n, c * (n - k) / n, d * (n - k) / n]
    return 2 * sum(xlogx_ratio(o, e) for o, e in zip(obs, exp))


def g2_2(a, b, c, d):
    if not table_ok(a, b, c, d):
        return NAN
    n, k = c + d, a + b
    return 2 * (xlogx_ratio(a, c * k / n) + xlogx_ratio(b, d * k / n))


def chisq_p(x):
    return NAN if np.isnan(x) else scipy.stats.chi2.sf(x, 1)


def log_ratio(a, b, c, d, conf):
    if not table_ok(a, b, c, d) or a + b <= 0 or not 0 < conf < 1:
        return NAN, NAN, NAN
    # slant's zero-safe rule: half an occurrence at the mean corpus size
    # added to both rates (0.5 to both counts when c == d)
    eps = 0.5 / ((c + d) / 2)
    ra, rb = a / c + eps, b / d + eps
    lr = 0.0 if a / c == b / d else np.log2(ra / rb)
    assert np.sign(lr) == np.sign(a / c - b / d)
    aa, bb = ra * c, rb * d
    z = scipy.stats.norm.ppf(1 - (1 - conf) / 2)
    half = z * np.sqrt(1 / aa + 1 / bb) / np.log(2)
    return lr, lr - half, lr + half


KEYNESS = {
    # name: (a, b, c, d, conf)
    "typical": (120, 40, 100000, 150000, 0.95),
    "only_target": (15, 0, 50000, 80000, 0.95),
    "only_reference": (0, 25, 50000, 80000, 0.95),
    "same_rate": (10, 20, 1000, 2000, 0.95),
    "absent": (0, 0, 1000, 2000, 0.95),
    "large_share": (900, 100, 1000, 1000000, 0.99),
    "tiny": (1, 1, 10, 10, 0.90),
    "whole_corpus": (100, 200, 100, 200, 0.95),
    "weighted": (3.5, 0.25, 1200.5, 900.75, 0.95),
    # one hit in the larger corpus, none in the smaller: a zero count
    # replaced by 0.5 alone gave this a negative Log Ratio
    "sign_one_vs_zero": (1, 0, 741, 345, 0.95),
    "invalid_a_gt_c": (5, 1, 4, 10, 0.95),
    "zero_corpus": (0, 3, 0, 10, 0.95),
    "strong": (5000, 10, 1e6, 1e6, 0.95),
}

for name, (a, b, c, d, conf) in KEYNESS.items():
    g4, g2, lr = g2_4(a, b, c, d), g2_2(a, b, c, d), log_ratio(a, b, c, d, conf)
    chi = NAN
    if table_ok(a, b, c, d) and 0 < a + b < c + d:
        table = np.array([[a, b], [c - a, d - b]], dtype=float)
        chi = chi2_contingency(table, correction=False)[0]
        # Independent check of the 4-term G2 by SciPy's own code path.
        g_sp = chi2_contingency(table, correction=False,
                                lambda_="log-likelihood")[0]
        assert close(g4, g_sp, 1e-9), (name, g4, g_sp)
    put("keyness.%s.in" % name, a, b, c, d, conf)
    put("keyness.%s.g2" % name, g4)
    put("keyness.%s.g2_p" % name, chisq_p(g4))
    put("keyness.%s.g2_2term" % name, g2)
    put("keyness.%s.g2_2term_p" % name, chisq_p(g2))
    put("keyness.%s.chi2" % name, chi)
    put("keyness.%s.chi2_p" % name, chisq_p(chi))
    put("keyness.%s.log_ratio" % name, *lr)

# ---- Monroe et al. log-odds -------------------------------------------------


def log_odds(ya, na, yb, nb, aw, a0):
    if min(ya, na, yb, nb, aw, a0) < 0:
        return NAN, NAN, NAN
    num_a, num_b = ya + aw, yb + aw
    den_a, den_b = na + a0 - num_a, nb + a0 - num_b
    if min(num_a, num_b, den_a, den_b) <= 0:
        return NAN, NAN, NAN
    delta = np.log(num_a / den_a) - np.log(num_b / den_b)
    var = 1 / num_a + 1 / num_b
    return delta, var, delta / np.sqrt(var)


LOG_ODDS = {
    # name: (y_a, n_a, y_b, n_b, alpha_w, alpha_0); alpha_0 = 0.01 * 5000
    "typical": (30, 10000, 10, 12000, 0.01, 50),
    "only_target": (12, 10000, 0, 12000, 0.01, 50),
    "identical": (20, 10000, 20, 10000, 0.5, 500),
    "no_prior_zero": (5, 1000, 0, 1000, 0, 0),
    "informative": (30, 10000, 10, 12000, 2.5, 1000),
    "negative": (-1, 100, 3, 100, 0.01, 1),
}
for name, args in LOG_ODDS.items():
    put("logodds.%s.in" % name, *args)
    put("logodds.%s.out" % name, *log_odds(*args))

# A small vocabulary for the prior helpers and the all-terms function.
VOCAB = {
    "mixed": ([50, 30, 0, 5, 115, 1], [40, 10, 8, 0, 142, 1]),
    "identical": ([7, 3, 1, 9], [7, 3, 1, 9]),
}
for name, (ya, yb) in VOCAB.items():
    ya, yb = np.array(ya, float), np.array(yb, float)
    put("vocab.%s.ya" % name, ya)
    put("vocab.%s.yb" % name, yb)
    na, nb = ya.sum(), yb.sum()
    # uniform prior, alpha = 0.01
    alpha_u = np.full(len(ya), 0.01)
    a0_u = 0.01 * len(ya)
    put("vocab.%s.uniform_alpha0" % name, a0_u)
    res = np.array([log_odds(ya[i], na, yb[i], nb, alpha_u[i], a0_u)
                    for i in range(len(ya))])
    put("vocab.%s.uniform_delta" % name, res[:, 0])
    put("vocab.%s.uniform_z" % name, res[:, 2])
    # pooled informative prior, scale 100
    pooled = ya + yb
    alpha_p = 100 * pooled / pooled.sum()
    put("vocab.%s.pooled_alpha" % name, alpha_p)
    put("vocab.%s.pooled_alpha0" % name, 100.0)
    res = np.array([log_odds(ya[i], na, yb[i], nb, alpha_p[i], 100.0)
                    for i in range(len(ya))])
    put("vocab.%s.pooled_delta" % name, res[:, 0])
    put("vocab.%s.pooled_var" % name, res[:, 1])
    put("vocab.%s.pooled_z" % name, res[:, 2])
    put("vocab.%s.pooled_finite" % name, np.isfinite(res[:, 2]).sum())

# ---- Benjamini-Hochberg ------------------------------------------------------


def bh(p):
    p = np.asarray(p, float)
    q = np.full(p.shape, NAN)
    ok = ~np.isnan(p)
    pv = p[ok]
    m = len(pv)
    if m:
        order = np.argsort(pv)[::-1]  # largest first
        ranks = np.arange(m, 0, -1)
        qs = np.minimum.accumulate(pv[order] * m / ranks)
        qs = np.minimum(qs, 1.0)
        out = np.empty(m)
        out[order] = qs
        q[ok] = out
    return q, m


BH = {
    "mixed": [0.01, 0.04, NAN, 0.03, 0.2, 0.04, 0.9, 0.001, NAN, 0.5],
    "no_nan": [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298,
               0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0],
    "all_nan": [NAN, NAN],
    "single": [0.03],
    "ties": [0.02, 0.02, 0.02, 0.5],
}
for name, p in BH.items():
    q, m = bh(p)
    put("bh.%s.p" % name, p)
    put("bh.%s.q" % name, q)
    put("bh.%s.m" % name, m)
    if hasattr(scipy.stats, "false_discovery_control") and m:
        ok = ~np.isnan(np.asarray(p))
        qs = scipy.stats.false_discovery_control(np.asarray(p)[ok])
        assert np.allclose(qs, q[ok], rtol=1e-12)

# ---- two samples -------------------------------------------------------------

rng = np.random.default_rng(20240501)
TWO = {
    "basic": ([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8],
              [1.2, 2.2, 0.8, 1.9, 2.5, 1.1]),
    "ties": ([1, 2, 2, 3, 3, 3, 4], [2, 3, 3, 4, 4, 5]),
    "identical": ([1.5, 2.5, 3.5, 4.5], [1.5, 2.5, 3.5, 4.5]),
    "tiny": ([1.0, 2.0], [3.0, 5.0]),
    "constant": ([1, 1, 1], [2, 2, 2]),
    "one_x": ([3.0], [1, 2, 4]),
    "all_tied": ([2, 2], [2, 2, 2]),
    "separated": (list(range(1, 21)), list(range(21, 46))),
    "random": (np.round(rng.normal(0.3, 1.0, 40), 1).tolist(),
               np.round(rng.normal(0.0, 1.5, 35), 1).tolist()),
}


def welch(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    if len(x) < 2 or len(y) < 2:
        return NAN, NAN, NAN
    vx, vy = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
    if vx + vy <= 0:
        return NAN, NAN, NAN  # slant's policy; SciPy says t = +-inf
    t, p = scipy.stats.ttest_ind(x, y, equal_var=False)
    df = (vx + vy) ** 2 / (vx ** 2 / (len(x) - 1) + vy ** 2 / (len(y) - 1))
    return t, df, p


def cohens_d(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    nx, ny = len(x), len(y)
    if nx < 1 or ny < 1 or nx + ny < 3:
        return NAN
    ss = ((x - x.mean()) ** 2).sum() + ((y - y.mean()) ** 2).sum()
    pooled = ss / (nx + ny - 2)
    if pooled <= 0:
        return NAN
    return (x.mean() - y.mean()) / np.sqrt(pooled)


def hedges_j(df):
    return np.exp(scipy.special.gammaln(df / 2) - 0.5 * np.log(df / 2)
                  - scipy.special.gammaln((df - 1) / 2))


def hedges_g(x, y):
    d = cohens_d(x, y)
    df = len(x) + len(y) - 2
    if np.isnan(d) or df < 2:
        return NAN
    # cross-check of the gamma form against the plain gamma function
    jg = scipy.special.gamma(df / 2) / (np.sqrt(df / 2)
                                        * scipy.special.gamma((df - 1) / 2))
    assert close(hedges_j(df), jg, 1e-12)
    return hedges_j(df) * d


def cliffs_delta(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    if len(x) == 0 or len(y) == 0:
        return NAN
    return np.sign(x[:, None] - y[None, :]).mean()


for name, (x, y) in TWO.items():
    put("two.%s.x" % name, x)
    put("two.%s.y" % name, y)
    put("two.%s.welch" % name, *welch(x, y))
    mw = scipy.stats.mannwhitneyu(x, y, alternative="two-sided",
                                  method="asymptotic", use_continuity=True)
    put("two.%s.mwu" % name, mw.statistic, mw.pvalue)
    put("two.%s.cliff" % name, cliffs_delta(x, y))
    put("two.%s.cohen" % name, cohens_d(x, y))
    put("two.%s.hedges" % name, hedges_g(x, y))

# J(df) itself, to pin down which correction is used.
for df in (2, 3, 4, 10, 50, 400, 5000):
    put("hedges_j.%d" % df, hedges_j(df))

# ---- Kruskal-Wallis -----------------------------------------------------------

KW = {
    "k3": ([2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4],
           [2.8, 3.4, 3.7, 2.2, 2.0]),
    "k3_ties": ([1, 1, 2, 3], [2, 2, 3, 4, 4], [3, 5, 5, 6]),
    "scipy_doc": ([1, 1, 1], [2, 2, 2], [2, 2]),
    "k2": ([1.1, 2.2, 3.3, 4.4], [0.5, 2.2, 6.0]),
    "k4_random": tuple(np.round(rng.normal(m, 1.0, n), 1).tolist()
                       for m, n in ((0, 12), (0.5, 9), (1.0, 15), (0.2, 7))),
    "all_equal": ([1, 1], [1, 1, 1]),
}
for name, groups in KW.items():
    x = np.concatenate([np.asarray(g, float) for g in groups])
    lab = np.concatenate([np.full(len(g), i) for i, g in enumerate(groups)])
    put("kw.%s.x" % name, x)
    put("kw.%s.g" % name, lab)
    put("kw.%s.k" % name, len(groups))
    try:
        h, p = scipy.stats.kruskal(*groups)
        put("kw.%s.out" % name, h, len(groups) - 1, p)
    except ValueError:
        put("kw.%s.out" % name, NAN, NAN, NAN)  # SciPy raises: all equal

# ---- Jensen-Shannon divergence ------------------------------------------------------


def jsd(p, q):
    p, q = np.asarray(p, float), np.asarray(q, float)
    if p.sum() <= 0 or q.sum() <= 0 or (p < 0).any() or (q < 0).any():
        return NAN, np.full(len(p), NAN)
    P, Q = p / p.sum(), q / q.sum()
    M = (P + Q) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        tp = np.where(P > 0, P * np.log2(P / M), 0.0)
        tq = np.where(Q > 0, Q * np.log2(Q / M), 0.0)
    contrib = 0.5 * (tp + tq)
    total = contrib.sum()
    assert close(total, jensenshannon(p, q, base=2) ** 2, 1e-12)
    return total, contrib


JSD = {
    "basic": ([10, 5, 0, 3, 2], [4, 5, 6, 0, 1]),
    "proportional": ([1, 2, 3], [2, 4, 6]),
    "disjoint": ([3, 0], [0, 7]),
    "skewed": ([1000, 1, 1, 1], [1, 1, 1, 1000]),
    "empty": ([0, 0, 0], [1, 2, 3]),
}
for name, (p, q) in JSD.items():
    total, contrib = jsd(p, q)
    put("jsd.%s.p" % name, p)
    put("jsd.%s.q" % name, q)
    put("jsd.%s.total" % name, total)
    put("jsd.%s.contrib" % name, contrib)

# ---- normal p-values and the Haldane-Anscombe odds ratio ---------------------

for name, z in {"zero": 0.0, "small": 0.5, "pos": 1.959963984540054,
                "neg": -2.5, "large": 9.0, "huge": -30.0}.items():
    put("normp.%s.in" % name, z)
    put("normp.%s.p" % name, 2 * scipy.stats.norm.sf(abs(z)))


def log_odds_ratio(a, b, c, d, conf):
    cells = np.array([a, b, c, d], float)
    if (cells < 0).any() or np.isnan(cells).any() or a + b <= 0 \
            or c + d <= 0 or not 0 < conf < 1:
        return NAN, NAN, NAN
    # the zero-safe rule on shares: eps = 0.5 / mean row size added to
    # each share and its complement
    n1, n2 = a + b, c + d
    eps = 0.5 / ((n1 + n2) / 2)
    s1 = (a / n1 + eps) / (1 + 2 * eps)
    s2 = (c / n2 + eps) / (1 + 2 * eps)
    est = 0.0 if a / n1 == c / n2 else \
        np.log(s1 / (1 - s1)) - np.log(s2 / (1 - s2))
    assert np.sign(est) == np.sign(a / n1 - c / n2)
    h = np.array([a + eps * n1, b + eps * n1, c + eps * n2, d + eps * n2])
    se = np.sqrt((1.0 / h).sum())
    z = scipy.stats.norm.ppf(1 - (1 - conf) / 2)
    if n1 == n2:  # the Haldane-Anscombe 0.5 in every cell
        hh = cells + 0.5
        assert close(est, np.log(hh[0] * hh[3] / (hh[1] * hh[2])), 1e-12)
    return est, est - z * se, est + z * se

ODDS = {
    "typical": (30, 10, 12, 40, 0.95),
    "zero_cell": (5, 0, 3, 9, 0.95),
    "only_row1": (7, 0, 0, 4, 0.9),
    "equal": (4, 6, 8, 12, 0.95),
    "reversed": (10, 30, 40, 12, 0.95),
    # all of a small row vs most of a large one: Haldane's 0.5 per cell
    # would give the wrong sign here
    "sign_small_row": (1, 0, 10, 1, 0.95),
    "empty_row": (0, 0, 3, 4, 0.95),
    "bad_conf": (1, 2, 3, 4, 1.0),
}
for name, args in ODDS.items():
    put("oddsratio.%s.in" % name, *args)
    put("oddsratio.%s.out" % name, *log_odds_ratio(*args))

# ---- exact and permutation tests (src/stats-exact.c) --------------------------
#
# Fisher: scipy.stats.fisher_exact. Mann-Whitney and Wilcoxon: where the
# permutation distribution is small enough, scipy.stats.permutation_test
# enumerates it (n_resamples=inf); larger exact cases use the rank-sum
# distribution computed below by a subset-sum table written here from the
# definition (checked against permutation_test on the small cases). The
# stratified test: R's mantelhaen.test(exact = TRUE), run through Rscript.

FISHER = {
    "typical": (8, 2, 1, 5),
    "equal_tables": (3, 3, 3, 3),
    "separated": (20, 0, 0, 20),
    "presence": (30, 970, 5, 995),
    "large": (120, 880, 60, 940),
    "rare_big_corpus": (5, 99995, 0, 100000),
    "empty_row": (0, 0, 3, 4),
    "ties_of_probability": (2, 1, 1, 2),
    "reversed": (1, 9, 11, 3),
    "one_article": (1, 0, 0, 19),
}
for name, t in FISHER.items():
    put("fisher.%s.in" % name, *t)
    if t[0] + t[1] == 0 or t[2] + t[3] == 0:
        pv = 1.0  # SciPy: (nan, 1.0) for an empty margin
    else:
        pv = scipy.stats.fisher_exact([[t[0], t[1]], [t[2], t[3]]])[1]
    put("fisher.%s.p" % name, pv)


def ranksum_pvalue(x, y):
    """Two-sided exact p of the rank sum of the smaller sample over all
    equally likely subsets, ties by mid-ranks (subset-sum counts)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    small = x if len(x) <= len(y) else y
    z = np.concatenate([small, y if small is x else x])
    n, ns = len(z), len(small)
    s2 = np.rint(2 * scipy.stats.rankdata(z)).astype(np.int64)
    wobs = s2[:ns].sum()
    top = int(np.sort(s2)[-ns:].sum())
    # count[j][w]: j-subsets with doubled-rank sum w (floats: C(n, j) is
    # exact in a double for the sizes used here)
    count = np.zeros((ns + 1, top + 1))
    count[0, 0] = 1
    for i, v in enumerate(s2):
        for j in range(min(i, ns - 1), -1, -1):
            count[j + 1, v:] += count[j, :top + 1 - v]
    dist = count[ns] / scipy.special.comb(n, ns, exact=False)
    w = np.arange(top + 1)
    lo, hi = dist[w <= wobs].sum(), dist[w >= wobs].sum()
    return min(1.0, 2 * min(lo, hi))


def mw_u(x, y):
    return scipy.stats.mannwhitneyu(x, y).statistic


def zeros_and(nz, values):
    v = np.zeros(nz)
    return np.concatenate([v, values])


MW_EXACT = {
    # small: enumerated by permutation_test as well
    "small_ties": ([0, 0, 1, 2, 2], [0, 1, 1, 3, 4, 4]),
    "small_distinct": ([1.2, 3.4, 0.5, 2.2], [4.1, 5.0, 3.9, 6.2, 4.4]),
    "small_all_zero_side": ([0, 0, 0, 0], [0, 1.5, 2.5, 0, 3.5]),
    # rare dimensions: a few articles off zero among many
    "rare_small_side": (zeros_and(7, [3.1, 5.2, 2.0]),
                        zeros_and(958, np.round(rng.gamma(2, 2, 42), 2))),
    "rare_both": (zeros_and(49, [4.0]), zeros_and(999, [2.5])),
}
for name, (x, y) in MW_EXACT.items():
    x, y = np.asarray(x, float), np.asarray(y, float)
    pv = ranksum_pvalue(x, y)
    if len(x) + len(y) <= 12:
        res = scipy.stats.permutation_test(
            (x, y), lambda a, b, axis=-1: scipy.stats.mannwhitneyu(
                a, b, axis=axis).statistic,
            permutation_type="independent", n_resamples=np.inf,
            vectorized=True, alternative="two-sided")
        assert close(pv, res.pvalue, 1e-9), (name, pv, res.pvalue)
    put("mwx.%s.x" % name, x)
    put("mwx.%s.y" % name, y)
    put("mwx.%s.out" % name, mw_u(x, y), pv, 2)  # 2: exact

# The normal approximation: many untied values on both sides.
x = np.round(rng.normal(10, 3, 60), 3)
y = np.round(rng.normal(11, 3, 90), 3)
mw = scipy.stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=True)
put("mwx.dense.x", x)
put("mwx.dense.y", y)
put("mwx.dense.out", mw.statistic, mw.pvalue, 1)  # 1: asymptotic
# A small side against many distinct rates: too large to enumerate, too
# few articles for the approximation: a Monte Carlo sample, compared with
# the exact p (computed here) within its sampling error.
x = zeros_and(6, np.round(rng.gamma(2, 2, 6), 3))
y = zeros_and(1500, np.round(rng.gamma(2, 2, 2500), 3) + 0.001)
put("mwx.monte_carlo.x", x)
put("mwx.monte_carlo.y", y)
put("mwx.monte_carlo.out", mw_u(x, y), ranksum_pvalue(x, y), 3)  # 3: MC


def wplus(d, axis=-1):
    r = scipy.stats.rankdata(np.abs(d), axis=axis)
    return np.sum((d > 0) * r, axis=axis)


def signed_rank_pvalue(d):
    d = np.asarray(d, float)
    d = d[d != 0]
    s2 = np.rint(2 * scipy.stats.rankdata(np.abs(d))).astype(np.int64)
    count = np.zeros(s2.sum() + 1)
    count[0] = 1
    for v in s2:
        count[v:] = count[v:] + count[:len(count) - v].copy()
    dist = count / 2.0 ** len(d)
    wobs = s2[d > 0].sum()
    w = np.arange(len(count))
    return min(1.0, 2 * min(dist[w <= wobs].sum(), dist[w >= wobs].sum()))


WILCOXON = {
    "small_ties": [1.5, -0.5, 2, 2, -1, 3, 0.5, -2, 1, 1],
    "with_zeros": [0, 0.3, 0, 1.2, 0.7, -0.1, 0.9, 0, 1.1],
    "all_positive": [0.2, 0.4, 1.0, 0.3, 0.8, 0.5],
    "events_60": np.round(rng.normal(0.3, 1.0, 60), 1),
}
for name, d in WILCOXON.items():
    d = np.asarray(d, float)
    pv = signed_rank_pvalue(d)
    nz = d[d != 0]
    if len(nz) <= 16:
        res = scipy.stats.permutation_test(
            (nz,), wplus, permutation_type="samples", n_resamples=np.inf,
            vectorized=True, alternative="two-sided")
        assert close(pv, res.pvalue, 1e-9), (name, pv, res.pvalue)
    put("wilcoxon.%s.d" % name, d)
    put("wilcoxon.%s.out" % name, wplus(nz), len(nz), pv, 2)
d = np.round(rng.normal(0.1, 1.0, 400), 2)
w = scipy.stats.wilcoxon(d, zero_method="wilcox", correction=False,
                         method="approx")
nz = d[d != 0]
put("wilcoxon.approx_400.d", d)
put("wilcoxon.approx_400.out", wplus(nz), len(nz), w.pvalue, 1)

# The exact stratified test, from R. Each case: per stratum x, m, n, t
# (x of the m first-group items have the property, t in all).
STRATA = {
    # one article per outlet per event (McNemar's exact test in effect)
    "pairs": [(1, 1, 1, 1)] * 6 + [(1, 1, 1, 2)] * 9 + [(0, 1, 1, 1)] * 2
    + [(0, 1, 1, 0)] * 5,
    "mixed_sizes": [(2, 3, 2, 3), (0, 1, 4, 1), (3, 4, 4, 4), (1, 2, 2, 2),
                    (0, 2, 3, 0), (2, 2, 1, 2)],
    "no_difference": [(1, 2, 2, 2), (1, 2, 2, 2), (0, 1, 1, 1),
                      (1, 1, 1, 1)],
}


def r_mantelhaen(strata):
    cells = []
    for x, m, n, t in strata:
        # R's array [2, 2, K], column-major: row 1 = has the property
        cells += [x, t - x, m - x, n - (t - x)]
    code = ("x <- array(c(%s), dim = c(2, 2, %d)); "
            "cat(sprintf('%%.17g', mantelhaen.test(x, exact = TRUE)$p.value))"
            % (",".join(str(v) for v in cells), len(strata)))
    out = subprocess.run(["Rscript", "-e", code], check=True,
                         capture_output=True, text=True).stdout
    return float(out)


for name, st in STRATA.items():
    arr = np.array(st, float)
    put("strata.%s.x" % name, arr[:, 0])
    put("strata.%s.m" % name, arr[:, 1])
    put("strata.%s.n" % name, arr[:, 2])
    put("strata.%s.t" % name, arr[:, 3])
    expected = (arr[:, 3] * arr[:, 1] / (arr[:, 1] + arr[:, 2])).sum()
    put("strata.%s.out" % name, r_mantelhaen(st), expected)

# ---- bootstrap input (not compared with SciPy: only its mean) ----------------

boot = np.round(rng.gamma(2.0, 1.5, 60), 2)
put("boot.x", boot)
put("boot.mean", boot.mean())
put("boot.sd", boot.std(ddof=1))

# ---- classification, correlation and agreement (slant lexicon eval/fit) --

# GSL's mt19937 and gsl_rng_uniform_int, written out here so that the
# bootstrap's resamples can be drawn exactly as src/stats.c draws them:
# gsl_rng_set seeds with Knuth's initialisation (seed 0 means 4357), and
# uniform_int(n) divides the raw 32-bit output by floor(0xffffffff / n),
# rejecting results >= n.
class GslMT19937:
    def __init__(self, seed):
        if seed == 0:
            seed = 4357
        self.mt = [0] * 624
        self.mt[0] = seed & 0xffffffff
        for i in range(1, 624):
            prev = self.mt[i - 1]
            self.mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff
        self.mti = 624

    def get(self):
        if self.mti >= 624:
            mt = self.mt
            for k in range(624):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            self.mti = 0
        y = self.mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def uniform_int(self, n):
        scale = 0xffffffff // n
        while True:
            k = self.get() // scale
            if k < n:
                return k


# The replica agrees with NumPy's legacy MT19937 seeding (init_genrand).
_raw = np.random.MT19937()
_raw._legacy_seeding(12345)
_chk = GslMT19937(12345)
assert [_chk.get() for _ in range(1300)] == [int(v) for v in _raw.random_raw(1300)]

from sklearn.metrics import roc_auc_score, cohen_kappa_score
from sklearn.linear_model import LogisticRegression
import scipy.optimize

AUC = {
    "basic": ([0.1, 0.4, 0.35, 0.8, 0.7, 0.2], [0, 0, 1, 1, 1, 0]),
    "ties": ([0, 0, 1, 1, 2, 0, 3, 1, 0, 2], [0, 1, 1, 0, 1, 0, 1, 1, 0, 0]),
    "reversed": ([5, 4, 3, 2, 1], [1, 1, 0, 0, 0]),
    "all_tied": ([1, 1, 1, 1], [1, 0, 1, 0]),
    "one_class": ([1, 2, 3], [1, 1, 1]),
    "negative_scores": ([-2.5, -1, 0, -0.0, 3.25, -7], [1, 0, 1, 0, 1, 0]),
}
for name, (x, y) in AUC.items():
    put("auc.%s.x" % name, x)
    put("auc.%s.y" % name, y)
    put("auc.%s.auc" % name,
        roc_auc_score(y, x) if 0 < sum(y) < len(y) else NAN)

rng3 = np.random.default_rng(20261204)
n_items = 45
classes = []
for i in range(n_items):
    r = rng3.random()
    c = [] if r < 0.2 else [0] if r < 0.5 else [1] if r < 0.75 else \
        [2] if r < 0.9 else [0, 2]
    classes.append(c)
cols = [rng3.poisson(1.2, n_items).astype(float),              # hits: ties
        np.round(rng3.gamma(2.0, 1.0, n_items), 1)]             # rates
cols[0][[c == [0] for c in classes]] += rng3.poisson(1.0, sum(c == [0] for c in classes))
cols.append(np.round(rng3.normal(0, 1, n_items), 1))  # negative scores
B, CONF, SEED = 300, 0.9, 11


def auc_multi_case(name, classes, cols, nclasses):
    """A case of several columns and one-vs-rest classes, with the
    bootstrap drawn as src/stats.c draws it."""
    n = len(classes)
    start = np.cumsum([0] + [len(c) for c in classes])
    put("%s.n" % name, n)
    put("%s.nclasses" % name, nclasses)
    put("%s.B" % name, B, CONF, SEED)
    put("%s.score" % name, np.concatenate(cols))
    put("%s.cls_start" % name, start)
    put("%s.cls" % name, [c for cs in classes for c in cs])
    gen = GslMT19937(SEED)
    draws = [[gen.uniform_int(n) for _ in range(n)] for _ in range(B)]
    for j, x in enumerate(cols):
        for c in range(nclasses):
            y = np.array([1 if c in cs else 0 for cs in classes])
            est = roc_auc_score(y, x)
            reps = []
            for d in draws:
                yy, xx = y[d], x[d]
                if 0 < yy.sum() < len(yy):
                    reps.append(roc_auc_score(yy, xx))
            tail = (1 - CONF) / 2
            lo, hi = np.quantile(reps, [tail, 1 - tail])
            put("%s.out.%d.%d" % (name, j, c), est, lo, hi)


# an item may have two classes (the general path) ...
auc_multi_case("aucmulti", classes, cols, 3)
# ... or one at most (the fast path), with four classes
single = [[i % 4] if i % 5 else [] for i in range(n_items)]
auc_multi_case("aucsingle", single, cols, 4)

SPEARMAN = {
    "basic": ([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]),
    "ties": ([0, 0, 1, 1, 2, 5, 0], [0.5, 0.1, 0.3, 0.3, 0.9, 0.8, 0.1]),
    "negative": ([1, 2, 3, 4], [8, 6, 4, 2]),
    "constant": ([1, 1, 1], [1, 2, 3]),
    "random": (rng3.poisson(2, 60).tolist(), np.round(rng3.normal(0, 1, 60), 2).tolist()),
}
for name, (x, y) in SPEARMAN.items():
    put("spearman.%s.x" % name, x)
    put("spearman.%s.y" % name, y)
    if len(set(x)) > 1 and len(set(y)) > 1:
        put("spearman.%s.rho" % name, scipy.stats.spearmanr(x, y)[0])
    else:
        put("spearman.%s.rho" % name, NAN)


def kappa_fce(a, b, ncat, conf):
    """Cohen's kappa with Fleiss, Cohen & Everitt's (1969) standard error,
    from the paper's formula (as psych::cohen.kappa computes it)."""
    n = len(a)
    p = np.zeros((ncat, ncat))
    for i, j in zip(a, b):
        p[i, j] += 1.0 / n
    row, col = p.sum(axis=1), p.sum(axis=0)
    po, pe = np.trace(p), (row * col).sum()
    if 1 - pe <= 1e-15:
        return NAN, NAN, NAN
    k = (po - pe) / (1 - pe)
    diag = sum(p[i, i] * ((1 - pe) - (col[i] + row[i]) * (1 - po)) ** 2
               for i in range(ncat))
    off = sum(p[i, j] * (col[i] + row[j]) ** 2
              for i in range(ncat) for j in range(ncat) if i != j)
    var = (diag + (1 - po) ** 2 * off - (po * pe - 2 * pe + po) ** 2) / \
        (n * (1 - pe) ** 4)
    z = scipy.stats.norm.ppf(1 - (1 - conf) / 2)
    se = np.sqrt(max(var, 0))
    assert close(k, cohen_kappa_score(a, b, labels=list(range(ncat))), 1e-12)
    return k, k - z * se, k + z * se


KAPPA = {
    "binary": ([1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1], [1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0], 2, 0.95),
    "three": ([0, 1, 2, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1], [0, 1, 2, 1, 1, 0, 2, 2, 1, 0, 2, 0, 1], 3, 0.9),
    "perfect": ([0, 1, 1, 0], [0, 1, 1, 0], 2, 0.95),
    "one_category": ([1, 1, 1], [1, 1, 1], 2, 0.95),
    "random": (rng3.integers(0, 2, 80).tolist(), rng3.integers(0, 2, 80).tolist(), 2, 0.95),
}
for name, (a, b, ncat, conf) in KAPPA.items():
    put("kappa.%s.a" % name, a)
    put("kappa.%s.b" % name, b)
    put("kappa.%s.in" % name, ncat, conf)
    put("kappa.%s.out" % name, *kappa_fce(a, b, ncat, conf))

WILSON = {"typical": (7, 10, 0.95), "zero": (0, 12, 0.95), "all": (5, 5, 0.9),
          "large": (431, 520, 0.99), "half": (1, 2, 0.95)}
for name, (k, n, conf) in WILSON.items():
    ci = scipy.stats.binomtest(k, n).proportion_ci(confidence_level=conf,
                                                   method="wilson")
    put("wilson.%s.in" % name, k, n, conf)
    put("wilson.%s.out" % name, k / n, ci.low, ci.high)

# Logistic regression: sparse counts, a penalty chosen so that every
# coefficient matters; scikit-learn with a tolerance far below the test's,
# cross-checked by SciPy minimising the same objective.
LOGIT = {"counts": (120, 6, 1.0), "strong_penalty": (80, 4, 25.0),
         "weak_penalty": (200, 5, 0.05), "column_of_totals": (150, 5, 4.0)}
for name, (n, p, lam) in LOGIT.items():
    X = rng3.poisson(0.6, (n, p)).astype(float)
    X[:, 0] *= rng3.random(n) < 0.5  # sparser first column
    if name == "column_of_totals":
        # slant lexicon fit's design: the first column is the row's total
        # (the dimension's hits), the others each entry's hits
        X[:, 0] = X[:, 1:].sum(axis=1)
    true = rng3.normal(0, 1, p)
    eta = -0.3 + X @ true
    y = (rng3.random(n) < 1 / (1 + np.exp(-eta))).astype(float)
    m = LogisticRegression(C=1 / lam, tol=1e-12, max_iter=100000,
                           solver="lbfgs").fit(X, y)
    beta = np.concatenate([m.intercept_, m.coef_[0]])

    pen = np.array([0.0] + [1.0] * p)

    def obj(b):
        e = b[0] + X @ b[1:]
        return (np.logaddexp(0, e) - y * e).sum() + lam / 2 * (pen * b ** 2).sum()

    def grad(b):
        e = b[0] + X @ b[1:]
        r = 1 / (1 + np.exp(-e)) - y
        return np.concatenate([[r.sum()], X.T @ r]) + lam * pen * b

    def hess(b):
        e = b[0] + X @ b[1:]
        pr = 1 / (1 + np.exp(-e))
        Z = np.hstack([np.ones((n, 1)), X])
        H = Z.T @ (Z * (pr * (1 - pr))[:, None])
        H += lam * np.diag(pen)
        return H

    # SciPy's trust-region Newton on the exact Hessian goes further than
    # scikit-learn's L-BFGS stopping rule: its answer is the reference,
    # and scikit-learn must agree with it to 1e-4 (its L-BFGS stops early).
    opt = scipy.optimize.minimize(obj, np.zeros(p + 1), jac=grad, hess=hess,
                                  method="trust-exact",
                                  options={"gtol": 1e-13})
    b = opt.x
    for _ in range(3):  # polish: Newton steps on the exact derivatives
        b = b - np.linalg.solve(hess(b), grad(b))
    assert np.abs(grad(b)).max() < 1e-10, (name, grad(b))
    assert np.abs(b - opt.x).max() < 1e-6
    opt.x = b
    assert np.allclose(opt.x, beta, atol=1e-4), (name, opt.x, beta)
    beta = opt.x
    rows, cols_, vals = [0], [], []
    for i in range(n):
        nz = np.nonzero(X[i])[0]
        cols_.extend(nz.tolist())
        vals.extend(X[i, nz].tolist())
        rows.append(len(cols_))
    put("logit.%s.in" % name, n, p, lam)
    put("logit.%s.row_start" % name, rows)
    put("logit.%s.col" % name, cols_)
    put("logit.%s.val" % name, vals)
    put("logit.%s.y" % name, y)
    put("logit.%s.beta" % name, beta)

with open(OUT, "w") as f:
    f.write("# stats-ref.txt: reference values for tests/unit/t-stats.c\n")
    f.write("# produced by: %s tests/reference/make-stats-ref.py\n"
            % sys.executable)
    f.write("# (do not edit: change the script and run it again)\n")
    f.write("# python %s, numpy %s, scipy %s\n" % (
        sys.version.split()[0], np.__version__, scipy.__version__))
    for line in lines:
        f.write(line + "\n")
print("wrote %d records to %s" % (len(lines), OUT))
