/* report.c: the report model: findings, summary, evidence, provenance. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report.h"

void slant_report_options_init(struct slant_report_options *o)
{
	memset(o, 0, sizeof *o);
	o->title = "Framing report";
	o->alpha = 0.05;
	o->top_terms = 10;
	o->top_findings = 12;
	o->evidence = 3;
	o->context = 70;
}

static char *xprintf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = slant_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* ---- numbers for people ---- */

void slant_report_num(struct slant_buf *b, double x)
{
	if (isnan(x)) {
		slant_buf_puts(b, "n/a");
		return;
	}
	if (isinf(x)) {
		slant_buf_puts(b, x > 0 ? "inf" : "-inf");
		return;
	}
	double a = fabs(x);
	int dec = a >= 100 ? 0 : a >= 10 ? 1 : a >= 0.1 ? 2 : a == 0 ? 0 : 3;
	if (a > 0 && a < 0.001) {
		slant_buf_puts(b, x < 0 ? "-<0.001" : "<0.001");
		return;
	}
	/* never print "-0.00" */
	double scale = pow(10, dec);
	if (round(x * scale) == 0)
		x = 0;
	slant_put_fixed(b, x, dec);
}

void slant_report_q(struct slant_buf *b, double q)
{
	if (isnan(q))
		slant_buf_puts(b, "q n/a");
	else if (q < 0.0001)
		slant_buf_puts(b, "q < 0.0001");
	else {
		slant_buf_puts(b, "q = ");
		slant_put_fixed(b, q, q < 0.01 ? 4 : 3);
	}
}

/* ---- how to read these numbers ---- */

const char *const slant_report_method_text[][2] = {
    {"The unit",
     "outlets publish articles, so the article is the unit of every test "
     "here. A difference is called significant only when a test over "
     "articles finds it after the correction for the number of tests: its "
     "q (Benjamini-Hochberg, one family per comparison for each of "
     "dimensions, words and names) is below alpha."},
    {"Framing dimensions",
     "each article's rate of a dimension (hits per 1,000 words of a voice: "
     "the outlet's own voice outside quotation marks, quoted speech "
     "inside) is compared with the other outlets' articles by the "
     "Mann-Whitney test, with its exact p where the numbers allow (a rare "
     "dimension leaves most articles at 0, where the usual approximation "
     "fails), else a seeded Monte Carlo or, for large samples, the normal "
     "approximation. Cliff's delta is the chance that an article of the "
     "outlet has the higher rate minus the chance that it has the lower."},
    {"Distinctive words",
     "compared by how many articles use them (Fisher's exact test on "
     "article counts, text dispersion keyness): a word repeated in one "
     "article counts once, so a single long article cannot make a word "
     "distinctive."},
    {"Contested names",
     "for every article that uses a naming set, the share of its uses that "
     "go to each variant; an outlet's shares are compared with the other "
     "outlets' by the Mann-Whitney test."},
    {"Log Ratio",
     "the binary log of the ratio of two rates or shares: 1 means twice as "
     "high, -1 half. Half an observation at the mean size of the two sides "
     "is added to both, so something missing from one side still has a "
     "finite ratio and the sign always follows the raw numbers. Its "
     "interval resamples articles (bootstrap): how much the effect depends "
     "on which articles happen to be in the sample."},
    {"Token-level numbers",
     "G2, chi-square, log-odds z and token-level intervals count every word "
     "as an independent observation. Words are not independent (articles "
     "cluster by topic), so these overstate the evidence: they describe "
     "the texts and never make a difference significant."},
    {"Not testable",
     "a test needs at least 3 articles on each side and some variation "
     "among them; where that fails the report says so and gives no "
     "p-value. With fewer articles the report shows the largest "
     "differences of the texts, marked descriptive."},
    {"Largest, not significant",
     "shown to say where differences would be, if there were any; they are "
     "not findings."},
    {"Jensen-Shannon divergence",
     "how different two outlets' word distributions are (base 2: 0 the "
     "same, 1 no word in common). It is never 0, even between random "
     "halves of one outlet, so it is shown beside its mean when the same "
     "articles are dealt to the two sides at random, with a permutation "
     "p-value."},
};
const size_t slant_report_method_count =
    sizeof slant_report_method_text / sizeof *slant_report_method_text;

/* ---- names ---- */

const char *slant_report_dim_name(const struct slant_report *r, size_t dim)
{
	return r->lx->dims[dim].path;
}

const char *slant_report_side_name(const struct slant_report *r, size_t pair,
                                   int side)
{
	const struct slant_compare_pair *p = &r->m->pairs[pair];
	if (side == 0)
		return r->m->groups[p->target].name;
	if (p->reference == SLANT_COMPARE_REST)
		return r->m->ngroups == 2
		           ? r->m->groups[p->target == 0 ? 1 : 0].name
		           : "the other outlets";
	return r->m->groups[p->reference].name;
}

void slant_report_add_param(struct slant_report *r, const char *key,
                            const char *value)
{
	r->params =
	    slant_xreallocarray(r->params, r->nparams + 1, sizeof *r->params);
	r->params[r->nparams].key = slant_xstrdup(key);
	r->params[r->nparams].value = slant_xstrdup(value ? value : "");
	r->nparams++;
}

static void add_line(struct slant_report *r, char *s, unsigned char depth)
{
	r->summary = slant_xreallocarray(r->summary, r->nsummary + 1,
	                                 sizeof *r->summary);
	r->summary_depth = slant_xreallocarray(
	    r->summary_depth, r->nsummary + 1, sizeof *r->summary_depth);
	r->summary_depth[r->nsummary] = depth;
	r->summary[r->nsummary++] = s;
}

/* A sentence of the summary, or a heading of the items that follow. */
static void add_summary(struct slant_report *r, char *s)
{
	add_line(r, s, 0);
}

/* An item under the last sentence. */
static void add_item(struct slant_report *r, char *s)
{
	add_line(r, s, 1);
}

static struct slant_report_finding *add_finding(struct slant_report *r)
{
	r->findings = slant_xreallocarray(r->findings, r->nfindings + 1,
	                                  sizeof *r->findings);
	struct slant_report_finding *f = &r->findings[r->nfindings++];
	memset(f, 0, sizeof *f);
	f->q = NAN;
	f->voice = SLANT_VOICE_ALL;
	return f;
}

static bool naming_dim(const struct slant_lexicon *lx, size_t d)
{
	return lx->schemes[lx->dims[d].scheme].kind == SLANT_SCHEME_NAMING;
}

/* Comparisons listed for dimensions: with two outlets the second mirrors
 * the first. */
static size_t dim_pairs(const struct slant_compare *m)
{
	if (m->opt.mode == SLANT_COMPARE_ONE_VS_REST && m->ngroups == 2 &&
	    m->npairs == 2)
		return 1;
	return m->npairs;
}

/* ---- dimension findings ----
 *
 * One candidate per comparison and dimension: the voice (own, quoted or
 * all) whose test gives the smallest p. With article-level tests that is
 * Mann-Whitney's p and the finding is significant when its q (one family:
 * every dimension in every voice of the comparison) is below alpha;
 * without them (fewer than 3 articles on a side) it is the token-level G2
 * p, which ranks but decides nothing. Ranked by p, then by the size of the
 * effect: a p grows with both the size of a difference and the data
 * behind it, so 6 hits against 0 outranks 1 against 3 at equal exposure. */

struct dcand {
	size_t pair, dim;
	int voice;
	double p, q, effect;
	bool token_level, significant;
};

static int cmp_dcand(const void *pa, const void *pb)
{
	const struct dcand *a = pa, *b = pb;
	if (a->significant != b->significant)
		return a->significant ? -1 : 1;
	int an = isnan(a->p), bn = isnan(b->p);
	if (an != bn)
		return an - bn;
	if (!an && a->p != b->p)
		return a->p < b->p ? -1 : 1;
	double ea = fabs(a->effect), eb = fabs(b->effect);
	if (ea != eb && !isnan(ea) && !isnan(eb))
		return ea > eb ? -1 : 1;
	if (a->pair != b->pair)
		return a->pair < b->pair ? -1 : 1;
	if (a->dim != b->dim)
		return a->dim < b->dim ? -1 : 1;
	return a->voice - b->voice;
}

static const char *voice_words(int voice)
{
	return voice == SLANT_VOICE_OWN      ? "in its own voice"
	       : voice == SLANT_VOICE_QUOTED ? "in the speech it quotes"
	                                     : "in all its text";
}

static const struct slant_compare_dim_test *
cand_test(const struct slant_report *r, const struct dcand *c)
{
	return &r->m->pairs[c->pair]
	            .dims[c->dim * SLANT_NVOICES + (size_t)c->voice];
}

/* The direction of a dimension test: +1 when the target uses it more,
 * -1 less, 0 when the test and the rates disagree or show nothing. */
static int dim_direction(const struct slant_compare_dim_test *t,
                         bool token_level)
{
	if (token_level) {
		double r0 = t->tokens[0] > 0 ? t->hits[0] / t->tokens[0] : 0;
		double r1 = t->tokens[1] > 0 ? t->hits[1] / t->tokens[1] : 0;
		return r0 > r1 ? 1 : r0 < r1 ? -1 : 0;
	}
	int by_means = t->mean[0] > t->mean[1]   ? 1
	               : t->mean[0] < t->mean[1] ? -1
	                                         : 0;
	int by_ranks = t->cliffs_delta > 0 ? 1 : t->cliffs_delta < 0 ? -1 : 0;
	return by_means == by_ranks ? by_means : 0;
}

static char *dim_sentence(const struct slant_report *r, const struct dcand *c)
{
	const struct slant_compare_dim_test *t = cand_test(r, c);
	const struct slant_compare_dim_test *tv =
	    r->m->pairs[c->pair].dims + c->dim * SLANT_NVOICES;
	struct slant_buf b;
	slant_buf_init(&b);
	int dir = dim_direction(t, c->token_level);
	slant_buf_printf(
	    &b,
	    "%s uses %s %s than %s %s: ", slant_report_side_name(r, c->pair, 0),
	    slant_report_dim_name(r, c->dim), dir >= 0 ? "more" : "less",
	    slant_report_side_name(r, c->pair, 1), voice_words(c->voice));
	if (c->token_level) {
		slant_report_num(&b, t->tokens[0] > 0
		                         ? 1000 * t->hits[0] / t->tokens[0]
		                         : NAN);
		slant_buf_puts(&b, " vs ");
		slant_report_num(&b, t->tokens[1] > 0
		                         ? 1000 * t->hits[1] / t->tokens[1]
		                         : NAN);
		slant_buf_printf(&b, " hits per 1,000 words (%g vs %g hits",
		                 t->hits[0], t->hits[1]);
		if (c->voice == SLANT_VOICE_ALL)
			slant_buf_printf(
			    &b, "; own voice %g vs %g, quoted %g vs %g",
			    tv[SLANT_VOICE_OWN].hits[0],
			    tv[SLANT_VOICE_OWN].hits[1],
			    tv[SLANT_VOICE_QUOTED].hits[0],
			    tv[SLANT_VOICE_QUOTED].hits[1]);
		slant_buf_puts(&b, "; Log Ratio ");
		slant_report_num(&b, t->log_ratio.est);
		slant_buf_puts(&b, ", token-level G2 = ");
		slant_report_num(&b, t->g2);
		slant_buf_puts(&b, ", descriptive: too few articles to test).");
		return slant_buf_take(&b);
	}
	slant_report_num(&b, t->mean[0]);
	slant_buf_puts(&b, " vs ");
	slant_report_num(&b, t->mean[1]);
	slant_buf_printf(&b,
	                 " hits per 1,000 words in an average article (%zu "
	                 "vs %zu articles; Log Ratio ",
	                 t->n[0], t->n[1]);
	slant_report_num(&b, t->mean_ratio.est);
	if (!isnan(t->mean_ratio.lo)) {
		slant_buf_printf(&b, ", %g%% CI ", 100 * r->m->opt.conf);
		slant_report_num(&b, t->mean_ratio.lo);
		slant_buf_puts(&b, " to ");
		slant_report_num(&b, t->mean_ratio.hi);
	}
	slant_buf_puts(&b, "; Cliff's delta ");
	slant_report_num(&b, t->cliffs_delta);
	slant_buf_puts(&b, ", Mann-Whitney ");
	slant_report_q(&b, c->q);
	slant_buf_puts(&b, ")");
	if (!c->significant)
		slant_buf_puts(&b, "; not significant");
	slant_buf_puts(&b, ".");
	return slant_buf_take(&b);
}

static void find_dims(struct slant_report *r, bool *any_sig)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	size_t np = dim_pairs(m), n = 0;
	struct dcand *c = slant_xcalloc(np * lx->ndims + 1, sizeof *c);
	r->article_tests = np > 0;
	for (size_t p = 0; p < np; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		if (!pr->article_tests)
			r->article_tests = false;
		for (size_t d = 0; d < lx->ndims; d++) {
			if (naming_dim(lx, d))
				continue;
			struct dcand best = {0};
			best.p = NAN;
			for (int v = 0; v < SLANT_NVOICES; v++) {
				const struct slant_compare_dim_test *t =
				    &pr->dims[d * SLANT_NVOICES + (size_t)v];
				if (t->hits[0] + t->hits[1] <= 0)
					continue;
				struct dcand x = {p,   d,   v,     NAN,
				                  NAN, NAN, false, false};
				x.token_level = !pr->article_tests;
				if (x.token_level) {
					x.p = t->g2_p;
					x.effect = t->log_ratio.est;
				} else {
					x.p = t->mw.p;
					x.q = t->q;
					x.effect = t->mean_ratio.est;
					x.significant = t->significant;
				}
				if (isnan(x.p) ||
				    dim_direction(t, x.token_level) == 0)
					continue;
				if (isnan(best.p) || cmp_dcand(&x, &best) < 0)
					best = x;
			}
			if (!isnan(best.p))
				c[n++] = best;
		}
	}
	qsort(c, n, sizeof *c, cmp_dcand);
	size_t nsig = 0;
	while (nsig < n && c[nsig].significant)
		nsig++;
	*any_sig = nsig > 0;
	r->dims_significant = nsig;
	/* nothing significant: show the three largest, marked as such */
	size_t take = nsig ? nsig : n < 3 ? n : 3;
	if (take > r->opt.top_findings)
		take = r->opt.top_findings;
	for (size_t i = 0; i < take; i++) {
		/* With two outlets the second comparison mirrors the first:
		 * say it from the side that uses the dimension more. */
		if (np == 1 && m->npairs == 2 &&
		    dim_direction(cand_test(r, &c[i]), c[i].token_level) < 0)
			c[i].pair = 1;
		struct slant_report_finding *f = add_finding(r);
		f->kind = SLANT_FINDING_DIM;
		f->pair = c[i].pair;
		f->dim = c[i].dim;
		f->voice = c[i].voice;
		f->significant = c[i].significant;
		f->token_level = c[i].token_level;
		f->p = c[i].p;
		f->q = c[i].q;
		f->test = f->token_level ? "token-level G2 (descriptive)"
		                         : "Mann-Whitney";
		f->sentence = dim_sentence(r, &c[i]);
	}
	free(c);
}

/* ---- naming findings ---- */

/* The variant group g uses most in set s (SIZE_MAX: none). */
static size_t top_variant(const struct slant_compare *m, size_t set, size_t g,
                          double *count, double *total)
{
	size_t best = SIZE_MAX;
	double bc = 0;
	*total = 0;
	for (size_t i = 0; i < m->nnaming; i++) {
		const struct slant_compare_naming *n = &m->naming[i];
		if (n->set != set || n->group != g)
			continue;
		*total = n->set_total;
		if (n->count > bc) {
			bc = n->count;
			best = n->variant;
		}
	}
	*count = bc;
	return best;
}

const char *slant_report_variant_name(const struct slant_lexicon *lx, size_t v)
{
	const char *name = lx->dims[v].name, *slash = strrchr(name, '/');
	return slash ? slash + 1 : name;
}

/* A naming set is a finding when some outlet's preference for a variant
 * is significant at the article level (Mann-Whitney on the articles'
 * shares, q over every naming row): the sentence names each significant
 * preference (the outlet that uses the variant more), then the counts.
 * Without article-level tests in the report, a set is listed when the
 * outlets' most used variants differ (described, not tested). */
static int cmp_row_p(const void *pa, const void *pb)
{
	const struct slant_compare_naming
	    *a = *(const struct slant_compare_naming *const *)pa,
	    *b = *(const struct slant_compare_naming *const *)pb;
	if (a->mw.p != b->mw.p)
		return a->mw.p < b->mw.p ? -1 : 1;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->variant < b->variant ? -1 : a->variant > b->variant;
}

static void find_naming(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	size_t nfound = 0;
	const struct slant_compare_naming **sig =
	    slant_xcalloc(m->nnaming + 1, sizeof *sig);
	for (size_t s = 0; s < lx->ndims; s++) {
		if (!naming_dim(lx, s) || lx->dims[s].depth != 0)
			continue;
		size_t users = 0, first = SIZE_MAX, nsig = 0;
		bool differ = false;
		for (size_t g = 0; g < m->ngroups; g++) {
			double cnt, tot;
			size_t v = top_variant(m, s, g, &cnt, &tot);
			if (v == SIZE_MAX)
				continue;
			users++;
			if (first == SIZE_MAX)
				first = v;
			else if (v != first)
				differ = true;
		}
		for (size_t i = 0; i < m->nnaming; i++) {
			const struct slant_compare_naming *n = &m->naming[i];
			if (n->set == s && n->significant &&
			    n->share_diff.est > 0)
				sig[nsig++] = n;
		}
		bool listed = r->article_tests ? nsig > 0 : differ;
		if (users < 2 || !listed || nfound >= r->opt.top_findings)
			continue;
		nfound++;
		qsort(sig, nsig, sizeof *sig, cmp_row_p);
		struct slant_report_finding *f = add_finding(r);
		f->kind = SLANT_FINDING_NAMING;
		f->dim = s;
		f->significant = nsig > 0;
		f->token_level = !r->article_tests;
		f->p = nsig ? sig[0]->mw.p : NAN;
		f->q = nsig ? sig[0]->q : NAN;
		f->test = nsig ? "Mann-Whitney" : "counts (descriptive)";
		struct slant_buf b;
		slant_buf_init(&b);
		slant_buf_printf(&b, "Naming of %s: ", lx->dims[s].name);
		for (size_t i = 0; i < nsig; i++) {
			const struct slant_compare_naming *n = sig[i];
			slant_buf_printf(
			    &b, "%s%s uses \"%s\" for ", i ? "; " : "",
			    m->groups[n->group].name,
			    slant_report_variant_name(lx, n->variant));
			slant_put_fixed(&b, 100 * n->mean_share[0], 0);
			slant_buf_puts(&b, "% of the set's uses in an average "
			                   "article against ");
			slant_put_fixed(&b, 100 * n->mean_share[1], 0);
			if (m->ngroups == 2)
				slant_buf_printf(&b, "%% in %s's",
				                 m->groups[1 - n->group].name);
			else
				slant_buf_puts(&b, "% in the other outlets'");
			slant_buf_printf(&b,
			                 " (%zu vs %zu articles; "
			                 "Mann-Whitney ",
			                 n->n[0], n->n[1]);
			slant_report_q(&b, n->q);
			slant_buf_puts(&b, ")");
		}
		slant_buf_puts(&b, nsig ? ". Most used: " : "");
		bool firstg = true;
		for (size_t g = 0; g < m->ngroups; g++) {
			double cnt, tot;
			size_t v = top_variant(m, s, g, &cnt, &tot);
			if (v == SIZE_MAX)
				continue;
			slant_buf_printf(&b, "%s%s \"%s\" (%g of %g uses)",
			                 firstg ? "" : "; ", m->groups[g].name,
			                 slant_report_variant_name(lx, v), cnt,
			                 tot);
			firstg = false;
		}
		slant_buf_puts(&b, nsig ? "." : "; not tested.");
		f->sentence = slant_buf_take(&b);
	}
	free(sig);
}

/* ---- term findings ----
 *
 * Per listed comparison, both ways: the terms each side uses in more of
 * its articles, in the model's order (the strength of Fisher's exact test
 * on the share of articles using the term, then the share ratio; by
 * token-level G2 when the comparison has too few articles), after the
 * term hygiene: outlets' own names, words of one character and terms in
 * too few articles are left out of the lists (the model keeps them). */

/* Why a term is left out of the keyness of pair p (0: kept). */
static unsigned char hide_reason(const struct slant_report *r, size_t p,
                                 const struct slant_compare_term *t)
{
	const struct slant_compare *m = r->m;
	const struct slant_compare_pair *pr = &m->pairs[p];
	const char *s = slant_compare_term_string(m, t->term);
	if (r->opt.selfnames) {
		/* the names of both sides: the reference's are its over-use */
		for (size_t g = 0; g < m->ngroups; g++) {
			bool side = g == pr->target ||
			            (pr->reference == SLANT_COMPARE_REST
			                 ? true
			                 : g == pr->reference);
			if (side && slant_selfnames_match(r->opt.selfnames,
			                                  m->groups[g].name, s))
				return SLANT_REPORT_HIDE_SELF;
		}
	}
	if (!r->opt.keep_letters) {
		/* a word of one character: "u" and "s" of a split "U.S." */
		for (const char *w = s; *w;) {
			size_t n = strcspn(w, " ");
			size_t chars = 0;
			for (size_t i = 0; i < n; i++)
				chars += ((unsigned char)w[i] & 0xC0) != 0x80;
			if (chars == 1)
				return SLANT_REPORT_HIDE_LETTER;
			w += n;
			if (*w)
				w++;
		}
	}
	if (t->docs[0] + t->docs[1] < (double)r->min_docs)
		return SLANT_REPORT_HIDE_RARE;
	return 0;
}

/* The comparisons whose keyness is shown: the mirror of two outlets
 * (second pair of one-vs-rest) is the first's under-use. */
static bool mirrored(const struct slant_compare *m)
{
	return m->opt.mode == SLANT_COMPARE_ONE_VS_REST && m->ngroups == 2 &&
	       m->npairs == 2;
}

double slant_report_key_value(const struct slant_report *r,
                              const struct slant_report_keyness *k, bool under,
                              size_t i, const struct slant_compare_term **term)
{
	size_t p = under ? k->under_pair : k->pair;
	const struct slant_compare_pair *pr = &r->m->pairs[p];
	const struct slant_compare_term *t =
	    &pr->terms[under ? k->under[i] : k->over[i]];
	*term = t;
	double v = pr->article_tests ? t->share_ratio.est : t->g2;
	return p == k->pair ? v : -v;
}

void slant_report_entry_sides(const struct slant_report *r,
                              const struct slant_report_finding *f,
                              const struct slant_report_entry *e,
                              size_t *target, size_t *reference)
{
	const struct slant_compare_pair *pr = &r->m->pairs[f->pair];
	*target = e->counts[pr->target];
	*reference = 0;
	for (size_t g = 0; g < r->m->ngroups; g++)
		if (g != pr->target &&
		    (pr->reference == SLANT_COMPARE_REST || g == pr->reference))
			*reference += e->counts[g];
}

void slant_report_entries_sentence(struct slant_buf *b,
                                   const struct slant_report *r,
                                   const struct slant_report_finding *f)
{
	if (!f->nentries)
		return;
	slant_buf_printf(b, "Entries behind it (hits in %s vs %s): ",
	                 slant_report_side_name(r, f->pair, 0),
	                 slant_report_side_name(r, f->pair, 1));
	for (size_t i = 0; i < f->nentries; i++) {
		size_t t, o;
		slant_report_entry_sides(r, f, &f->entries[i], &t, &o);
		slant_buf_printf(b, "%s\"%s\" %zu vs %zu", i ? ", " : "",
		                 r->lx->entries[f->entries[i].entry].text, t,
		                 o);
	}
	slant_buf_putc(b, '.');
}

static void term_finding(struct slant_report *r, size_t p, size_t i)
{
	const struct slant_compare *m = r->m;
	const struct slant_compare_pair *pr = &m->pairs[p];
	const struct slant_compare_term *t = &pr->terms[i];
	struct slant_report_finding *f = add_finding(r);
	f->kind = SLANT_FINDING_TERM;
	f->pair = p;
	f->term = i;
	f->significant = true;
	f->p = t->p;
	f->q = t->q;
	f->test = "Fisher's exact (articles using the term)";
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "%s uses \"%s\" in ",
	                 slant_report_side_name(r, p, 0),
	                 slant_compare_term_string(m, t->term));
	slant_put_fixed(&b, 100 * t->share[0], 0);
	slant_buf_puts(&b, "% of its articles against ");
	slant_put_fixed(&b, 100 * t->share[1], 0);
	slant_buf_printf(&b,
	                 "%% of %s's (%g of %zu vs %g of %zu; "
	                 "Log Ratio ",
	                 slant_report_side_name(r, p, 1), t->docs[0],
	                 pr->articles[0], t->docs[1], pr->articles[1]);
	slant_report_num(&b, t->share_ratio.est);
	if (!isnan(t->share_ratio.lo)) {
		slant_buf_printf(&b, ", %g%% CI ", 100 * m->opt.conf);
		slant_report_num(&b, t->share_ratio.lo);
		slant_buf_puts(&b, " to ");
		slant_report_num(&b, t->share_ratio.hi);
	}
	slant_buf_puts(&b, "; Fisher's exact test, ");
	slant_report_q(&b, t->q);
	slant_buf_printf(&b, "); %g vs %g times in all.", t->count[0],
	                 t->count[1]);
	f->sentence = slant_buf_take(&b);
}

/* Fill one side of k: the first top_terms terms of pair p (walked from
 * its strongest over-use, or backwards from its strongest under-use) that
 * are not hidden; up to five significant ones become findings. */
static void key_side(struct slant_report *r, struct slant_report_keyness *k,
                     size_t p, bool backwards, size_t **list, size_t *n)
{
	const struct slant_compare_pair *pr = &r->m->pairs[p];
	size_t want = r->opt.top_terms, nsig = 0;
	*list = slant_xcalloc(want + 1, sizeof **list);
	*n = 0;
	for (size_t j = 0; j < pr->nterms && *n < want; j++) {
		size_t i = backwards ? pr->nterms - 1 - j : j;
		const struct slant_compare_term *t = &pr->terms[i];
		double dir =
		    pr->article_tests ? t->share_ratio.est : t->log_ratio.est;
		if (backwards ? !(dir < 0) : !(dir > 0))
			break; /* sorted: strongest at the ends */
		unsigned char why =
		    p == k->pair ? k->hidden[i] : hide_reason(r, p, t);
		if (why) {
			k->masked[why]++;
			continue;
		}
		(*list)[(*n)++] = i;
		if (t->significant && nsig < 5) {
			nsig++;
			term_finding(r, p, i);
		}
	}
}

/* A term is a finding when its q is below alpha (five a side at most). */
static void find_terms(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	size_t articles = 0;
	for (size_t g = 0; g < m->ngroups; g++)
		articles += m->groups[g].articles;
	bool tested = m->npairs > 0;
	for (size_t p = 0; p < m->npairs; p++)
		tested &= m->pairs[p].article_tests;
	r->min_docs = r->opt.min_docs;
	if (!r->min_docs) {
		size_t scaled = (articles + 499) / 500;
		r->min_docs = !tested ? 1 : scaled > 3 ? scaled : 3;
	}
	size_t np = mirrored(m) ? 1 : m->npairs;
	r->keys = slant_xcalloc(np + 1, sizeof *r->keys);
	for (size_t p = 0; p < np; p++) {
		struct slant_report_keyness *k = &r->keys[r->nkeys++];
		const struct slant_compare_pair *pr = &m->pairs[p];
		k->pair = p;
		k->under_pair = mirrored(m) ? 1 : p;
		k->hidden = slant_xcalloc(pr->nterms + 1, 1);
		for (size_t i = 0; i < pr->nterms; i++)
			k->hidden[i] = hide_reason(r, p, &pr->terms[i]);
		key_side(r, k, p, false, &k->over, &k->nover);
		key_side(r, k, k->under_pair, k->under_pair == p, &k->under,
		         &k->nunder);
	}
}

/* ---- within events ----
 *
 * With events, each listed comparison is also made within the events both
 * sides cover: per dimension the voice with the smallest Wilcoxon p over
 * the events, significant when its q (every dimension and voice of the
 * comparison) is below alpha; per term the exact stratified test.
 * Significant ones are listed (up to --findings), else the three with the
 * smallest p, marked as not significant. */

static struct slant_report_event *add_event(struct slant_report *r)
{
	r->events =
	    slant_xreallocarray(r->events, r->nevents + 1, sizeof *r->events);
	struct slant_report_event *e = &r->events[r->nevents++];
	memset(e, 0, sizeof *e);
	return e;
}

struct ecand {
	size_t pair, idx; /* dim or term index */
	int voice;
	double p, q, effect;
	bool significant;
};

static int cmp_ecand(const void *pa, const void *pb)
{
	const struct ecand *a = pa, *b = pb;
	if (a->significant != b->significant)
		return a->significant ? -1 : 1;
	if (a->p != b->p)
		return a->p < b->p ? -1 : 1;
	double ea = fabs(a->effect), eb = fabs(b->effect);
	if (ea != eb)
		return ea > eb ? -1 : 1;
	if (a->pair != b->pair)
		return a->pair < b->pair ? -1 : 1;
	if (a->idx != b->idx)
		return a->idx < b->idx ? -1 : 1;
	return a->voice - b->voice;
}

static size_t take_count(const struct ecand *c, size_t n, size_t max)
{
	size_t nsig = 0;
	while (nsig < n && c[nsig].significant)
		nsig++;
	size_t take = nsig ? nsig : n < 3 ? n : 3;
	return take > max ? max : take;
}

static void find_event_dims(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	size_t np = dim_pairs(m), n = 0;
	struct ecand *c = slant_xcalloc(np * lx->ndims + 1, sizeof *c);
	for (size_t p = 0; p < np; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		for (size_t d = 0; d < lx->ndims; d++) {
			if (naming_dim(lx, d))
				continue;
			struct ecand best = {0, 0, 0, NAN, NAN, NAN, false};
			for (int v = 0; v < SLANT_NVOICES; v++) {
				const struct slant_compare_dim_test *t =
				    &pr->dims[d * SLANT_NVOICES + (size_t)v];
				double est = t->paired_diff.est;
				if (isnan(t->paired.p) || !(est != 0) ||
				    (est > 0) !=
				        (t->events_more > t->events_less))
					continue; /* no direction to tell */
				struct ecand x = {p,
				                  d,
				                  v,
				                  t->paired.p,
				                  t->paired_q,
				                  est,
				                  t->paired_q < r->opt.alpha};
				if (isnan(best.p) || cmp_ecand(&x, &best) < 0)
					best = x;
			}
			if (!isnan(best.p))
				c[n++] = best;
		}
	}
	qsort(c, n, sizeof *c, cmp_ecand);
	size_t take = take_count(c, n, r->opt.top_findings);
	for (size_t i = 0; i < take; i++) {
		size_t pair = c[i].pair;
		const struct slant_compare_dim_test *t =
		    &m->pairs[pair]
		         .dims[c[i].idx * SLANT_NVOICES + (size_t)c[i].voice];
		int dir = t->paired_diff.est > 0 ? 1 : -1;
		if (np == 1 && m->npairs == 2 && dir < 0) {
			pair = 1; /* told from the side that uses more */
			t = &m->pairs[1].dims[c[i].idx * SLANT_NVOICES +
			                      (size_t)c[i].voice];
		}
		struct slant_report_event *e = add_event(r);
		e->pair = pair;
		e->dim = c[i].idx;
		e->voice = c[i].voice;
		e->significant = c[i].significant;
		e->p = c[i].p;
		e->q = c[i].q;
		struct slant_buf b;
		slant_buf_init(&b);
		bool up = t->paired_diff.est > 0;
		size_t more = up ? t->events_more : t->events_less;
		size_t less = up ? t->events_less : t->events_more;
		slant_buf_printf(
		    &b,
		    "%s uses %s %s than %s %s in %zu of the %zu events "
		    "they both cover (%s in %zu; mean difference ",
		    slant_report_side_name(r, pair, 0),
		    slant_report_dim_name(r, e->dim), up ? "more" : "less",
		    slant_report_side_name(r, pair, 1), voice_words(e->voice),
		    more, t->nevent_diff, up ? "less" : "more", less);
		slant_report_num(&b, t->paired_diff.est);
		slant_buf_puts(&b, " hits per 1,000 words");
		if (!isnan(t->paired_diff.lo)) {
			slant_buf_printf(&b, ", %g%% CI ", 100 * m->opt.conf);
			slant_report_num(&b, t->paired_diff.lo);
			slant_buf_puts(&b, " to ");
			slant_report_num(&b, t->paired_diff.hi);
		}
		slant_buf_puts(&b, "; Wilcoxon signed-rank ");
		slant_report_q(&b, e->q);
		slant_buf_puts(&b,
		               e->significant ? ")." : "); not significant.");
		e->sentence = slant_buf_take(&b);
	}
	free(c);
}

static void find_event_terms(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	/* one-vs-rest: each outlet's comparison lists its own words; other
	 * modes list both sides' */
	bool rest = m->opt.mode == SLANT_COMPARE_ONE_VS_REST;
	size_t np = m->npairs, n = 0, cap = 16;
	struct ecand *c = slant_xmalloc(cap * sizeof *c);
	for (size_t p = 0; p < np; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		for (size_t i = 0; i < pr->nterms; i++) {
			const struct slant_compare_term *t = &pr->terms[i];
			if (isnan(t->paired_p) ||
			    t->events_more == t->events_less ||
			    (rest && t->events_more < t->events_less))
				continue;
			SLANT_GROW(&c, &cap, n + 1);
			c[n++] = (struct ecand){p,
			                        i,
			                        0,
			                        t->paired_p,
			                        t->paired_q,
			                        t->events_more - t->events_less,
			                        t->paired_q < r->opt.alpha};
		}
	}
	qsort(c, n, sizeof *c, cmp_ecand);
	size_t take = take_count(c, n, r->opt.top_findings);
	for (size_t i = 0; i < take; i++) {
		const struct slant_compare_pair *pr = &m->pairs[c[i].pair];
		const struct slant_compare_term *t = &pr->terms[c[i].idx];
		bool more = t->events_more > t->events_less;
		struct slant_report_event *e = add_event(r);
		e->is_term = true;
		e->pair = c[i].pair;
		e->term = c[i].idx;
		e->significant = c[i].significant;
		e->p = c[i].p;
		e->q = c[i].q;
		struct slant_buf b;
		slant_buf_init(&b);
		slant_buf_printf(
		    &b,
		    "%s uses \"%s\" in more of its articles than %s in %g of "
		    "the %zu events they both cover, in fewer in %g (exact "
		    "stratified test, ",
		    slant_report_side_name(r, e->pair, more ? 0 : 1),
		    slant_compare_term_string(m, t->term),
		    slant_report_side_name(r, e->pair, more ? 1 : 0),
		    more ? t->events_more : t->events_less, pr->events,
		    more ? t->events_less : t->events_more);
		slant_report_q(&b, e->q);
		slant_buf_puts(&b,
		               e->significant ? ")." : "); not significant.");
		e->sentence = slant_buf_take(&b);
	}
	free(c);
}

/* ---- chart dimensions ---- */

static void chart_dims(struct slant_report *r)
{
	const struct slant_lexicon *lx = r->lx;
	bool *want = slant_xcalloc(lx->ndims + 1, sizeof *want);
	size_t n = 0;
	for (size_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].kind == SLANT_FINDING_DIM &&
		    !want[r->findings[i].dim]) {
			want[r->findings[i].dim] = true;
			n++;
		}
	/* then the dimensions with the most hits, up to 12 rows */
	while (n < 12) {
		size_t best = SIZE_MAX;
		double bh = 0;
		for (size_t d = 0; d < lx->ndims; d++) {
			if (want[d] || naming_dim(lx, d))
				continue;
			double h = 0;
			for (size_t g = 0; g < r->m->ngroups; g++)
				h += r->m->groups[g]
				         .dims[d * SLANT_NVOICES +
				               SLANT_VOICE_ALL]
				         .hits;
			if (h > bh) {
				bh = h;
				best = d;
			}
		}
		if (best == SIZE_MAX)
			break;
		want[best] = true;
		n++;
	}
	r->chart_dims = slant_xcalloc(n + 1, sizeof *r->chart_dims);
	for (size_t d = 0; d < lx->ndims; d++)
		if (want[d])
			r->chart_dims[r->nchart_dims++] = d;
	free(want);
}

/* ---- summary ---- */

/* One sentence on overall word use: each comparison's JSD beside what
 * dealing the same articles to the sides at random gives, because a
 * plug-in JSD is never 0 and means little alone. */
static void divergence_summary(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	size_t shown = 0, beyond = 0;
	for (size_t p = 0; p < dim_pairs(m); p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		if (!isfinite(pr->jsd_p))
			continue;
		shown++;
		beyond += pr->jsd_p < r->opt.alpha;
	}
	if (!shown)
		return;
	add_summary(
	    r, slant_xstrdup(beyond ? "Overall word use (Jensen-Shannon "
	                              "divergence) differs more than dealing "
	                              "the same articles to the sides at "
	                              "random explains (p below alpha):"
	                            : "Overall word use (Jensen-Shannon "
	                              "divergence) differs no more than "
	                              "dealing the same articles to the sides "
	                              "at random explains:"));
	for (size_t p = 0; p < dim_pairs(m); p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		if (!isfinite(pr->jsd_p))
			continue;
		add_item(r, xprintf("%s vs %s: %.3g, where random splits of "
		                    "the same articles give %.3g (p = %.2g).",
		                    slant_report_side_name(r, p, 0),
		                    slant_report_side_name(r, p, 1), pr->jsd,
		                    pr->jsd_null, pr->jsd_p));
	}
}

/* Within events: how many events the comparisons share, and the
 * differences that hold within them. */
static void event_summary(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	size_t ev = 0, nsig = 0, shown = 0;
	for (size_t p = 0; p < dim_pairs(m); p++)
		if (m->pairs[p].events > ev)
			ev = m->pairs[p].events;
	for (size_t i = 0; i < r->nevents; i++)
		nsig += r->events[i].significant;
	if (!ev) {
		add_summary(r,
		            slant_xstrdup("No event is covered by both sides "
		                          "of a comparison (--pair-by)."));
		return;
	}
	add_summary(r,
	            nsig ? xprintf("Within the events both sides cover (up to "
	                           "%zu), %zu difference%s %s significant "
	                           "(article rates per event, q < %g):",
	                           ev, nsig, nsig == 1 ? "" : "s",
	                           nsig == 1 ? "is" : "are", r->opt.alpha)
	                 : xprintf("Within the events both sides cover (up to "
	                           "%zu), no difference is significant (q < "
	                           "%g). The largest:",
	                           ev, r->opt.alpha));
	for (size_t i = 0; i < r->nevents && shown < 5; i++)
		if (!r->events[i].is_term || r->events[i].significant) {
			add_item(r, slant_xstrdup(r->events[i].sentence));
			shown++;
		}
}

static size_t count_findings(const struct slant_report *r,
                             enum slant_finding_kind kind, bool sig_only)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nfindings; i++)
		n += r->findings[i].kind == kind &&
		     (!sig_only || r->findings[i].significant);
	return n;
}

static void add_findings(struct slant_report *r, enum slant_finding_kind kind,
                         size_t max)
{
	size_t shown = 0;
	for (size_t i = 0; i < r->nfindings && shown < max; i++)
		if (r->findings[i].kind == kind) {
			add_item(r, slant_xstrdup(r->findings[i].sentence));
			shown++;
		}
}

static void summarise(struct slant_report *r, bool dims_sig)
{
	const struct slant_compare *m = r->m;
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "This report compares %zu outlets (", m->ngroups);
	for (size_t g = 0; g < m->ngroups; g++) {
		const struct slant_compare_group *gr = &m->groups[g];
		slant_buf_printf(&b, "%s%s: %zu article%s, %.0f words",
		                 g ? "; " : "", gr->name, gr->articles,
		                 gr->articles == 1 ? "" : "s",
		                 gr->tokens[SLANT_VOICE_ALL]);
	}
	size_t nlex = 0;
	for (size_t d = 0; d < r->lx->ndims; d++)
		nlex += !naming_dim(r->lx, d);
	slant_buf_printf(
	    &b, ") on %zu framing dimensions and their use of contested names.",
	    nlex);
	add_summary(r, slant_buf_take(&b));
	if (!r->article_tests)
		add_summary(
		    r, xprintf("Nothing here is tested: article-level tests "
		               "need at least %d articles per outlet. The "
		               "differences below are the largest in these "
		               "texts, ranked by token-level G2, which treats "
		               "every word as independent; read them as "
		               "descriptions of these texts, not of the "
		               "outlets.",
		               SLANT_COMPARE_MIN_ARTICLES));
	if (!r->article_tests)
		add_summary(r, slant_xstrdup("The largest framing differences "
		                             "in these texts:"));
	else if (!dims_sig)
		add_summary(r, xprintf("No framing difference is significant "
		                       "(article-level q < %g). The largest, "
		                       "not significant:",
		                       r->opt.alpha));
	else
		add_summary(
		    r,
		    xprintf("%zu framing difference%s %s significant "
		            "(article-level q < %g)%s:",
		            r->dims_significant,
		            r->dims_significant == 1 ? "" : "s",
		            r->dims_significant == 1 ? "is" : "are",
		            r->opt.alpha,
		            r->dims_significant > 5 ? "; the strongest" : ""));
	add_findings(r, SLANT_FINDING_DIM, 5);
	size_t nname = count_findings(r, SLANT_FINDING_NAMING, false);
	size_t nname_sig = count_findings(r, SLANT_FINDING_NAMING, true);
	if (nname_sig) {
		add_summary(r, xprintf("%zu contested name%s differ%s "
		                       "significantly between outlets:",
		                       nname_sig, nname_sig == 1 ? "" : "s",
		                       nname_sig == 1 ? "s" : ""));
		add_findings(r, SLANT_FINDING_NAMING, 5);
	} else if (nname) {
		add_summary(r,
		            xprintf("Naming, not tested (too few articles): "
		                    "the outlets' most used names are not the "
		                    "same in %zu contested naming set%s:",
		                    nname, nname == 1 ? "" : "s"));
		add_findings(r, SLANT_FINDING_NAMING, 5);
	} else {
		add_summary(r, slant_xstrdup(
		                   r->article_tests
		                       ? "No outlet prefers a contested name "
		                         "significantly more than the others."
		                       : "The outlets use the same names where "
		                         "they use contested ones."));
	}
	if (m->paired)
		event_summary(r);
	divergence_summary(r);
	if (!r->nkeys) {
		slant_buf_release(&b);
		return;
	}
	size_t nterm = count_findings(r, SLANT_FINDING_TERM, true);
	if (r->article_tests)
		add_summary(r, xprintf("Most distinctive words (by the share "
		                       "of articles that use them; %zu "
		                       "significant at q < %g, with evidence "
		                       "below):",
		                       nterm, r->opt.alpha));
	else
		add_summary(r, slant_xstrdup("Most frequent words relative to "
		                             "the other side (token-level, "
		                             "descriptive):"));
	for (size_t k = 0; k < r->nkeys; k++) {
		const struct slant_report_keyness *key = &r->keys[k];
		slant_buf_reset(&b);
		for (int side = 0; side < 2; side++) {
			size_t n = side ? key->nunder : key->nover;
			slant_buf_printf(
			    &b, "%s%s: ", side ? "; " : "",
			    slant_report_side_name(r, key->pair, side));
			if (!n)
				slant_buf_puts(&b, "none");
			for (size_t i = 0; i < n && i < 5; i++) {
				const struct slant_compare_term *t;
				slant_report_key_value(r, key, side, i, &t);
				slant_buf_printf(
				    &b, "%s\"%s\"", i ? ", " : "",
				    slant_compare_term_string(m, t->term));
			}
		}
		slant_buf_putc(&b, '.');
		add_item(r, slant_xstrdup(b.data));
	}
	slant_buf_release(&b);
}

static void param_num(struct slant_report *r, const char *key, double v)
{
	struct slant_buf b;
	slant_buf_init(&b);
	slant_put_json_number(&b, v); /* shortest round trip: 0.95 */
	slant_report_add_param(r, key, b.data);
	slant_buf_release(&b);
}

struct slant_report *slant_report_new(const struct slant_compare *m,
                                      const struct slant_lexicon *lx,
                                      const struct slant_report_options *opt,
                                      const char *version)
{
	struct slant_report *r = slant_xcalloc(1, sizeof *r);
	r->m = m;
	r->lx = lx;
	r->opt = *opt;
	r->own_title =
	    slant_xstrdup(opt->title ? opt->title : "Framing report");
	r->own_timestamp =
	    opt->timestamp ? slant_xstrdup(opt->timestamp) : NULL;
	r->opt.title = r->own_title;
	r->opt.timestamp = r->own_timestamp;
	r->version = slant_xstrdup(version);
	for (size_t g = 0; g < m->ngroups; g++)
		r->words += m->groups[g].tokens[SLANT_VOICE_ALL];
	bool dims_sig = false;
	find_dims(r, &dims_sig);
	find_naming(r);
	find_terms(r);
	if (m->paired) {
		find_event_dims(r);
		find_event_terms(r);
	}
	chart_dims(r);
	summarise(r, dims_sig);

	static const char *const modes[] = {"target", "one-vs-rest", "pairs"};
	static const char *const priors[] = {"uniform", "pooled", "background"};
	const struct slant_compare_options *o = &m->opt;
	slant_report_add_param(r, "mode", modes[o->mode]);
	param_num(r, "ngrams", o->ngrams);
	param_num(r, "min-count", o->min_count);
	param_num(r, "min-docs", (double)o->min_docs);
	slant_report_add_param(r, "stopwords",
	                       o->stopwords_name ? o->stopwords_name : "none");
	slant_report_add_param(r, "prior", priors[o->prior]);
	slant_report_add_param(r, "pair-by", o->pair_by ? o->pair_by : "none");
	param_num(r, "prior-alpha", o->prior_alpha);
	param_num(r, "prior-scale", o->prior_scale);
	param_num(r, "bootstrap", (double)o->bootstrap);
	param_num(r, "conf", o->conf);
	param_num(r, "seed", (double)o->seed);
	param_num(r, "boot-terms", (double)o->boot_terms);
	param_num(r, "max-blocks", (double)o->max_blocks);
	param_num(r, "alpha", r->opt.alpha);
	param_num(r, "min-articles", SLANT_COMPARE_MIN_ARTICLES);
	param_num(r, "top", (double)r->opt.top_terms);
	param_num(r, "findings", (double)r->opt.top_findings);
	param_num(r, "evidence", (double)r->opt.evidence);
	param_num(r, "context", (double)r->opt.context);
	return r;
}

void slant_report_set_boilerplate(struct slant_report *r,
                                  const struct slant_boilerplate *bp)
{
	r->kept_boilerplate = bp == NULL;
	size_t n = bp ? slant_boilerplate_groups(bp) : 0;
	r->boiler = slant_xcalloc(n + 1, sizeof *r->boiler);
	r->nboiler = n;
	for (size_t i = 0; i < n; i++) {
		const char *name, *example;
		struct slant_report_boiler *o = &r->boiler[i];
		slant_boilerplate_group(bp, i, &name, &o->articles, &o->lines,
		                        &example, &o->example_articles,
		                        &o->blanked);
		o->group = slant_xstrdup(name);
		o->example = example ? slant_xstrdup(example) : NULL;
	}
	slant_report_add_param(r, "boilerplate", bp ? "removed" : "kept");
	slant_report_add_param(r, "self-mentions",
	                       r->opt.selfnames ? "masked" : "kept");
	slant_report_add_param(r, "letters",
	                       r->opt.keep_letters ? "kept" : "masked");
	param_num(r, "list-min-docs", (double)r->min_docs);
}

void slant_report_free(struct slant_report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nboiler; i++) {
		free(r->boiler[i].group);
		free(r->boiler[i].example);
	}
	free(r->boiler);
	free(r->own_title);
	free(r->own_timestamp);
	free(r->version);
	for (size_t i = 0; i < r->nsummary; i++)
		free(r->summary[i]);
	free(r->summary);
	free(r->summary_depth);
	for (size_t i = 0; i < r->nfindings; i++) {
		free(r->findings[i].sentence);
		for (size_t e = 0; e < r->findings[i].nentries; e++)
			free(r->findings[i].entries[e].counts);
		free(r->findings[i].entries);
	}
	free(r->findings);
	for (size_t i = 0; i < r->nevents; i++)
		free(r->events[i].sentence);
	free(r->events);
	for (size_t i = 0; i < r->nkwic; i++) {
		struct slant_report_kwic *k = &r->kwic[i];
		free(k->article);
		free(k->left);
		free(k->match);
		free(k->right);
		free(k->label);
	}
	free(r->kwic);
	for (size_t i = 0; i < r->ninputs; i++)
		free(r->inputs[i].path);
	free(r->inputs);
	for (size_t i = 0; i < r->nlexicons; i++) {
		struct slant_report_lexicon *l = &r->lexicons[i];
		free(l->name);
		free(l->title);
		free(l->version);
		free(l->language);
		free(l->file);
	}
	free(r->lexicons);
	for (size_t i = 0; i < r->nparams; i++) {
		free(r->params[i].key);
		free(r->params[i].value);
	}
	free(r->params);
	for (size_t k = 0; k < r->nkeys; k++) {
		free(r->keys[k].over);
		free(r->keys[k].under);
		free(r->keys[k].hidden);
	}
	free(r->keys);
	free(r->chart_dims);
	free(r);
}

/* ---- formats ---- */

int slant_report_format_of(const char *path, enum slant_report_format *out)
{
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return -1;
	if (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0)
		*out = SLANT_REPORT_HTML;
	else if (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0)
		*out = SLANT_REPORT_MD;
	else if (strcmp(dot, ".json") == 0)
		*out = SLANT_REPORT_JSON;
	else if (strcmp(dot, ".csv") == 0)
		*out = SLANT_REPORT_CSV;
	else
		return -1;
	return 0;
}

void slant_report_write(struct slant_buf *out, const struct slant_report *r,
                        enum slant_report_format f)
{
	switch (f) {
	case SLANT_REPORT_HTML: slant_report_write_html(out, r); break;
	case SLANT_REPORT_MD: slant_report_write_md(out, r); break;
	case SLANT_REPORT_JSON: slant_report_write_json(out, r); break;
	case SLANT_REPORT_CSV: slant_report_write_csv(out, r); break;
	}
}
