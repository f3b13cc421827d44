/* report.c: the report model: findings, summary, evidence, provenance. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "format.h"
#include "report.h"
#include "sha256.h"
#include "stream.h"

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

static void add_summary(struct slant_report *r, char *s)
{
	r->summary = slant_xreallocarray(r->summary, r->nsummary + 1,
	                                 sizeof *r->summary);
	r->summary[r->nsummary++] = s;
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

/* ---- dimension findings ---- */

struct dcand {
	size_t pair, dim;
	int voice;
	double q, effect;
	bool token_level;
};

static int cmp_dcand(const void *pa, const void *pb)
{
	const struct dcand *a = pa, *b = pb;
	int an = isnan(a->q), bn = isnan(b->q);
	if (an != bn)
		return an - bn;
	if (!an && a->q != b->q)
		return a->q < b->q ? -1 : 1;
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
	                                     : "overall";
}

static char *dim_sentence(const struct slant_report *r, const struct dcand *c,
                          bool significant)
{
	const struct slant_compare_pair *p = &r->m->pairs[c->pair];
	const struct slant_compare_dim_test *t =
	    &p->dims[c->dim * SLANT_NVOICES + (size_t)c->voice];
	struct slant_buf b;
	slant_buf_init(&b);
	double v0, v1;
	if (c->token_level) {
		v0 = t->tokens[0] > 0 ? 1000 * t->hits[0] / t->tokens[0] : NAN;
		v1 = t->tokens[1] > 0 ? 1000 * t->hits[1] / t->tokens[1] : NAN;
	} else {
		v0 = t->mean[0];
		v1 = t->mean[1];
	}
	bool more = !isnan(t->log_ratio.est) ? t->log_ratio.est > 0 : v0 > v1;
	slant_buf_printf(
	    &b,
	    "%s uses %s %s than %s %s: ", slant_report_side_name(r, c->pair, 0),
	    slant_report_dim_name(r, c->dim), more ? "more" : "less",
	    slant_report_side_name(r, c->pair, 1), voice_words(c->voice));
	slant_report_num(&b, v0);
	slant_buf_puts(&b, " vs ");
	slant_report_num(&b, v1);
	slant_buf_printf(&b, " %s per 1,000 words (",
	                 c->token_level ? "hits" : "hits on average");
	slant_buf_puts(&b, "Log Ratio ");
	slant_report_num(&b, t->log_ratio.est);
	slant_buf_printf(&b, ", %g%% CI ", 100 * r->m->opt.conf);
	slant_report_num(&b, t->log_ratio.lo);
	slant_buf_puts(&b, " to ");
	slant_report_num(&b, t->log_ratio.hi);
	if (c->token_level) {
		slant_buf_puts(&b, "; token-level G2 = ");
		slant_report_num(&b, t->g2);
	} else {
		slant_buf_puts(&b, "; Welch t = ");
		slant_report_num(&b, t->welch.stat);
		slant_buf_puts(&b, ", Hedges' g = ");
		slant_report_num(&b, t->hedges_g);
	}
	slant_buf_puts(&b, ", ");
	slant_report_q(&b, c->q);
	slant_buf_puts(&b, ")");
	if (!significant)
		slant_buf_puts(&b, "; not significant");
	else if (c->token_level)
		slant_buf_puts(&b, "; token level only");
	slant_buf_puts(&b, ".");
	return slant_buf_take(&b);
}

static void find_dims(struct slant_report *r, bool *any_sig)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	size_t np = dim_pairs(m), n = 0;
	struct dcand *c = slant_xcalloc(np * lx->ndims * 2 + 1, sizeof *c);
	r->article_tests = np > 0;
	for (size_t p = 0; p < np; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		if (!pr->article_tests)
			r->article_tests = false;
		for (size_t d = 0; d < lx->ndims; d++) {
			if (naming_dim(lx, d))
				continue;
			for (int v = SLANT_VOICE_OWN; v <= SLANT_VOICE_QUOTED;
			     v++) {
				const struct slant_compare_dim_test *t =
				    &pr->dims[d * SLANT_NVOICES + (size_t)v];
				if (t->hits[0] + t->hits[1] <= 0)
					continue;
				struct dcand *x = &c[n++];
				x->pair = p;
				x->dim = d;
				x->voice = v;
				x->token_level = !pr->article_tests;
				x->q = pr->article_tests
				           ? t->q[SLANT_DTEST_WELCH]
				           : t->q[SLANT_DTEST_G2];
				x->effect = t->log_ratio.est;
			}
		}
	}
	qsort(c, n, sizeof *c, cmp_dcand);
	size_t nsig = 0;
	while (nsig < n && !isnan(c[nsig].q) && c[nsig].q < r->opt.alpha)
		nsig++;
	*any_sig = nsig > 0;
	/* nothing significant: show the three largest, marked as such */
	size_t take = nsig ? nsig : n < 3 ? n : 3;
	if (take > r->opt.top_findings)
		take = r->opt.top_findings;
	for (size_t i = 0; i < take; i++) {
		struct slant_report_finding *f = add_finding(r);
		f->kind = SLANT_FINDING_DIM;
		f->pair = c[i].pair;
		f->dim = c[i].dim;
		f->voice = c[i].voice;
		f->significant = i < nsig;
		f->token_level = c[i].token_level;
		f->q = c[i].q;
		f->sentence = dim_sentence(r, &c[i], f->significant);
	}
	free(c);
}

/* ---- naming findings ---- */

static const struct slant_compare_naming *
naming_row(const struct slant_compare *m, size_t variant, size_t group)
{
	for (size_t i = 0; i < m->nnaming; i++)
		if (m->naming[i].variant == variant &&
		    m->naming[i].group == group)
			return &m->naming[i];
	return NULL;
}

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

static const char *variant_name(const struct slant_lexicon *lx, size_t v)
{
	const char *name = lx->dims[v].name, *slash = strrchr(name, '/');
	return slash ? slash + 1 : name;
}

static void find_naming(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	size_t nfound = 0;
	for (size_t s = 0; s < lx->ndims; s++) {
		if (!naming_dim(lx, s) || lx->dims[s].depth != 0)
			continue;
		size_t users = 0, first = SIZE_MAX;
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
		if (users < 2 || !differ || nfound >= r->opt.top_findings)
			continue;
		nfound++;
		struct slant_report_finding *f = add_finding(r);
		f->kind = SLANT_FINDING_NAMING;
		f->dim = s;
		/* significant when some outlet's preference for a variant has
		 * an interval that excludes 0 */
		for (size_t i = 0; i < m->nnaming; i++) {
			const struct slant_compare_naming *n = &m->naming[i];
			if (n->set == s && n->count > 0 && !isnan(n->pref.lo) &&
			    (n->pref.lo > 0 || n->pref.hi < 0))
				f->significant = true;
		}
		struct slant_buf b;
		slant_buf_init(&b);
		slant_buf_printf(&b, "Naming of %s: ", lx->dims[s].name);
		bool firstg = true;
		for (size_t g = 0; g < m->ngroups; g++) {
			double cnt, tot;
			size_t v = top_variant(m, s, g, &cnt, &tot);
			if (v == SIZE_MAX)
				continue;
			const struct slant_compare_naming *n =
			    naming_row(m, v, g);
			slant_buf_printf(
			    &b, "%s%s says \"%s\" (%g of %g, log odds ratio ",
			    firstg ? "" : "; ", m->groups[g].name,
			    variant_name(lx, v), cnt, tot);
			firstg = false;
			slant_report_num(&b, n ? n->pref.est : NAN);
			slant_buf_printf(&b, ", %g%% CI ", 100 * m->opt.conf);
			slant_report_num(&b, n ? n->pref.lo : NAN);
			slant_buf_puts(&b, " to ");
			slant_report_num(&b, n ? n->pref.hi : NAN);
			slant_buf_puts(&b, ")");
		}
		slant_buf_puts(&b, f->significant
		                       ? "."
		                       : "; no preference is significant "
		                         "on these counts.");
		f->sentence = slant_buf_take(&b);
	}
}

/* ---- term findings ---- */

static void find_terms(struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	r->top = slant_xcalloc(m->ngroups ? m->ngroups : 1, sizeof *r->top);
	r->ntop = slant_xcalloc(m->ngroups ? m->ngroups : 1, sizeof *r->ntop);
	if (m->opt.mode != SLANT_COMPARE_ONE_VS_REST)
		return;
	for (size_t p = 0; p < m->npairs; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		size_t g = pr->target;
		r->top[g] =
		    slant_xcalloc(r->opt.top_terms + 1, sizeof **r->top);
		size_t nsig = 0;
		for (size_t i = 0;
		     i < pr->nterms && r->ntop[g] < r->opt.top_terms; i++) {
			const struct slant_compare_term *t = &pr->terms[i];
			if (!(t->log_ratio.est > 0))
				break; /* sorted: over-use in the target first
				        */
			r->top[g][r->ntop[g]++] = i;
			if (isnan(t->log_odds_q) ||
			    t->log_odds_q >= r->opt.alpha || nsig >= 5)
				continue;
			nsig++;
			struct slant_report_finding *f = add_finding(r);
			f->kind = SLANT_FINDING_TERM;
			f->pair = p;
			f->term = i;
			f->significant = true;
			f->q = t->log_odds_q;
			struct slant_buf b;
			slant_buf_init(&b);
			slant_buf_printf(
			    &b, "%s uses \"%s\" more than %s: %g vs %g times (",
			    m->groups[g].name,
			    slant_compare_term_string(m, t->term),
			    slant_report_side_name(r, p, 1), t->count[0],
			    t->count[1]);
			slant_report_num(&b, t->rate[0]);
			slant_buf_puts(&b, " vs ");
			slant_report_num(&b, t->rate[1]);
			slant_buf_puts(&b, " per 10,000 words; Log Ratio ");
			slant_report_num(&b, t->log_ratio.est);
			slant_buf_printf(&b, ", %g%% CI ", 100 * m->opt.conf);
			slant_report_num(&b, t->log_ratio.lo);
			slant_buf_puts(&b, " to ");
			slant_report_num(&b, t->log_ratio.hi);
			slant_buf_puts(&b, "; log-odds z = ");
			slant_report_num(&b, t->log_odds.z);
			slant_buf_puts(&b, ", ");
			slant_report_q(&b, t->log_odds_q);
			slant_buf_puts(&b, ").");
			f->sentence = slant_buf_take(&b);
		}
	}
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
	struct slant_buf b;
	slant_buf_init(&b);
	size_t shown = 0, beyond = 0;
	for (size_t p = 0; p < m->npairs; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		if (!isfinite(pr->jsd_p))
			continue;
		slant_buf_printf(&b, "%s%s vs %s: %.3g against %.3g (p = %.2g)",
		                 shown ? "; " : "",
		                 slant_report_side_name(r, p, 0),
		                 slant_report_side_name(r, p, 1), pr->jsd.est,
		                 pr->jsd_null, pr->jsd_p);
		shown++;
		beyond += pr->jsd_p < r->opt.alpha;
	}
	if (shown) {
		char *s = xprintf(
		    "Overall word use (Jensen-Shannon divergence, against its "
		    "mean when the same articles are dealt to the two sides at "
		    "random): %s. %s",
		    b.data,
		    beyond ? "Where p is small, the outlets' vocabularies "
		             "differ more than sampling alone explains."
		           : "No outlet's vocabulary differs more than "
		             "sampling alone explains.");
		add_summary(r, s);
	}
	slant_buf_release(&b);
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
		    r,
		    xprintf(
		        "Article-level tests need more articles: with fewer "
		        "than "
		        "two articles per outlet, framing differences are "
		        "tested "
		        "on word counts only (token-level G2, which treats "
		        "every "
		        "word as independent and so overstates the evidence). "
		        "Read them as descriptions of these texts, not of the "
		        "outlets."));
	size_t ndim = 0, nname = 0, nterm = 0;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		if (f->kind == SLANT_FINDING_DIM)
			ndim++;
		else if (f->kind == SLANT_FINDING_NAMING)
			nname++;
		else
			nterm++;
	}
	if (!dims_sig)
		add_summary(r, xprintf("No framing difference reaches q < %g; "
		                       "the largest ones are:",
		                       r->opt.alpha));
	else
		add_summary(
		    r,
		    xprintf(
		        "%zu framing difference%s reach%s q < %g; the largest:",
		        ndim, ndim == 1 ? "" : "s", ndim == 1 ? "es" : "",
		        r->opt.alpha));
	size_t shown = 0;
	for (size_t i = 0; i < r->nfindings && shown < 5; i++)
		if (r->findings[i].kind == SLANT_FINDING_DIM) {
			add_summary(r, slant_xstrdup(r->findings[i].sentence));
			shown++;
		}
	if (nname) {
		add_summary(
		    r, xprintf("%zu contested name%s differ between outlets:",
		               nname, nname == 1 ? "" : "s"));
		shown = 0;
		for (size_t i = 0; i < r->nfindings && shown < 5; i++)
			if (r->findings[i].kind == SLANT_FINDING_NAMING) {
				add_summary(
				    r, slant_xstrdup(r->findings[i].sentence));
				shown++;
			}
	} else {
		add_summary(r, slant_xstrdup("No contested naming set is used "
		                             "differently by the outlets."));
	}
	divergence_summary(r);
	if (m->opt.mode == SLANT_COMPARE_ONE_VS_REST) {
		slant_buf_puts(&b, "Most distinctive words: ");
		for (size_t g = 0; g < m->ngroups; g++) {
			const struct slant_compare_pair *pr = NULL;
			for (size_t p = 0; p < m->npairs; p++)
				if (m->pairs[p].target == g)
					pr = &m->pairs[p];
			slant_buf_printf(&b, "%s%s: ", g ? "; " : "",
			                 m->groups[g].name);
			if (!pr || !r->ntop[g])
				slant_buf_puts(&b, "none");
			for (size_t i = 0; pr && i < r->ntop[g] && i < 5; i++)
				slant_buf_printf(
				    &b, "%s\"%s\"", i ? ", " : "",
				    slant_compare_term_string(
				        m, pr->terms[r->top[g][i]].term));
		}
		slant_buf_printf(
		    &b, " (%zu significant at q < %g, with evidence below).",
		    nterm, r->opt.alpha);
		add_summary(r, slant_buf_take(&b));
	}
	for (size_t i = 0; i < m->nnotes; i++)
		add_summary(r, xprintf("Note: %s.", m->notes[i]));
	slant_buf_release(&b);
}

static void param_num(struct slant_report *r, const char *key, double v)
{
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "%.17g", v);
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
	param_num(r, "prior-alpha", o->prior_alpha);
	param_num(r, "prior-scale", o->prior_scale);
	param_num(r, "bootstrap", (double)o->bootstrap);
	param_num(r, "conf", o->conf);
	param_num(r, "seed", (double)o->seed);
	param_num(r, "boot-terms", (double)o->boot_terms);
	param_num(r, "max-blocks", (double)o->max_blocks);
	param_num(r, "alpha", r->opt.alpha);
	param_num(r, "top", (double)r->opt.top_terms);
	param_num(r, "findings", (double)r->opt.top_findings);
	param_num(r, "evidence", (double)r->opt.evidence);
	param_num(r, "context", (double)r->opt.context);
	return r;
}

void slant_report_free(struct slant_report *r)
{
	if (!r)
		return;
	free(r->own_title);
	free(r->own_timestamp);
	free(r->version);
	for (size_t i = 0; i < r->nsummary; i++)
		free(r->summary[i]);
	free(r->summary);
	for (size_t i = 0; i < r->nfindings; i++)
		free(r->findings[i].sentence);
	free(r->findings);
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
	for (size_t g = 0; r->top && g < r->m->ngroups; g++)
		free(r->top[g]);
	free(r->top);
	free(r->ntop);
	free(r->chart_dims);
	free(r);
}

/* ---- pass 1: the comparison model ---- */

struct pass1 {
	struct slant_compare_builder *b;
	struct slant_compare_encoder *enc;
	size_t done;
	slant_progress_fn progress;
	void *progress_ctx;
	struct slant_error err;
	bool failed;
};

static void
p1_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	(void)matches;
	(void)nmatches;
	slant_compare_encode(p->enc, worker, a, toks, vocab, tally, out);
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
}

static int p1_flush(void *ctx, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	int rc = slant_compare_builder_add_records(p->b, out->data, out->len,
	                                           &p->err);
	slant_buf_reset(out);
	if (rc < 0) {
		p->failed = true;
		return -1;
	}
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED), 0);
	return 0;
}

struct slant_compare *
slant_report_compare(struct slant_corpus *c, const struct slant_lexicon *lx,
                     const struct slant_compare_options *copt, unsigned threads,
                     slant_progress_fn progress, void *progress_ctx,
                     struct slant_language_skips *skips,
                     struct slant_error *err)
{
	struct pass1 p = {0};
	p.b = slant_compare_builder_new(lx, copt);
	p.enc = slant_compare_encoder_new(copt->ngrams, threads ? threads : 1);
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	slant_error_clear(&p.err);
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = false,
	    .flush_apart = true,
	    .language = copt->language,
	    .skips = skips,
	    .article = p1_article,
	    .flush = p1_flush,
	    .ctx = &p,
	};
	long n = slant_stream_run(c, lx, &so, err);
	slant_compare_encoder_free(p.enc);
	if (n < 0) {
		if (p.failed)
			*err = p.err;
		slant_compare_builder_free(p.b);
		return NULL;
	}
	return slant_compare_finish(p.b, err);
}

/* ---- pass 2: evidence and input files ---- */

struct ev_item {
	enum slant_finding_kind kind;
	size_t dim;
	int voice;
	bool *groups; /* which outlets give evidence */
	char **words; /* TERM: normalised words */
	size_t nwords;
};

struct pass2 {
	struct slant_report *r;
	struct ev_item *items;
	size_t nitems;
	size_t done, total;
	size_t *count; /* per item and group */
	struct slant_report_kwic *kw;
	size_t nkw, kwcap;
	struct slant_vocab *files;
	char **paths;
	size_t npaths;
	slant_progress_fn progress;
	void *progress_ctx;
};

static size_t group_index(const struct slant_compare *m, const char *name)
{
	for (size_t g = 0; g < m->ngroups; g++)
		if (strcmp(m->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Text t[a..z) with white space runs as one space, appended NUL-ended. */
static void put_clean(struct slant_buf *o, const char *t, size_t a, size_t z)
{
	bool space = false;
	for (size_t i = a; i < z; i++) {
		char c = t[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' ||
		    c == '\f' || c == '\v') {
			space = true;
			continue;
		}
		if (space)
			slant_buf_putc(o, ' ');
		space = false;
		slant_buf_putc(o, c);
	}
	if (space)
		slant_buf_putc(o, ' ');
	slant_buf_putc(o, '\0');
}

static void put_u32(struct slant_buf *o, uint32_t v)
{
	slant_buf_append(o, &v, sizeof v);
}

static void emit_kwic(const struct pass2 *p, struct slant_buf *out, size_t item,
                      size_t g, const struct slant_article *a, size_t start,
                      size_t end, bool quoted, const char *label)
{
	size_t ctx = p->r->opt.context, len = a->text_len;
	const char *t = a->text;
	size_t lo = start > ctx ? start - ctx : 0;
	size_t hi = end + ctx < len ? end + ctx : len;
	/* whole words and whole characters: cut after a space when there is
	 * one in the first or last third */
	while (lo > 0 && is_cont((unsigned char)t[lo]))
		lo--;
	while (hi < len && is_cont((unsigned char)t[hi]))
		hi++;
	if (lo > 0)
		for (size_t i = lo; i < start && i < lo + ctx / 3; i++)
			if (t[i] == ' ' || t[i] == '\n') {
				lo = i + 1;
				break;
			}
	if (hi < len)
		for (size_t i = hi; i > end && i + ctx / 3 > hi; i--)
			if (t[i - 1] == ' ' || t[i - 1] == '\n') {
				hi = i - 1;
				break;
			}
	slant_buf_putc(out, 'K');
	put_u32(out, (uint32_t)item);
	put_u32(out, (uint32_t)g);
	slant_buf_putc(out, quoted ? 1 : 0);
	slant_buf_append(out, a->id, strlen(a->id) + 1);
	put_clean(out, t, lo, start);
	put_clean(out, t, start, end);
	put_clean(out, t, end, hi);
	slant_buf_append(out, label, strlen(label) + 1);
}

static bool voice_ok(int voice, bool quoted)
{
	return voice == SLANT_VOICE_ALL ||
	       (voice == SLANT_VOICE_QUOTED) == quoted;
}

static void
p2_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	const struct slant_report *r = p->r;
	const struct slant_lexicon *lx = r->lx;
	(void)worker;
	(void)tally;
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
	slant_buf_putc(out, 'A');
	slant_buf_append(out, a->where, strlen(a->where) + 1);
	size_t g = group_index(r->m, a->group);
	if (g == SIZE_MAX)
		return;
	for (size_t it = 0; it < p->nitems; it++) {
		const struct ev_item *e = &p->items[it];
		size_t got = 0;
		if (!e->groups[g])
			continue;
		if (e->kind == SLANT_FINDING_TERM) {
			for (size_t i = 0;
			     i + e->nwords <= toks->n && got < r->opt.evidence;
			     i++) {
				size_t w = 0;
				for (; w < e->nwords; w++) {
					const struct slant_token *tk =
					    &toks->v[i + w];
					if (w &&
					    (tk->sentence !=
					         toks->v[i].sentence ||
					     (tk->flags & SLANT_TOK_QUOTED) !=
					         (toks->v[i].flags &
					          SLANT_TOK_QUOTED)))
						break;
					size_t wl;
					const char *s = slant_vocab_word(
					    vocab, tk->type, &wl);
					if (wl != strlen(e->words[w]) ||
					    memcmp(s, e->words[w], wl) != 0)
						break;
				}
				if (w < e->nwords)
					continue;
				const struct slant_token *t1 =
				    &toks->v[i + e->nwords - 1];
				emit_kwic(p, out, it, g, a, toks->v[i].offset,
				          t1->offset + t1->length,
				          toks->v[i].flags & SLANT_TOK_QUOTED,
				          "");
				got++;
			}
			continue;
		}
		for (size_t i = 0; i < nmatches && got < r->opt.evidence; i++) {
			const struct slant_match *mt = &matches[i];
			if (mt->negated || mt->excluded)
				continue;
			const char *label = "";
			if (e->kind == SLANT_FINDING_DIM) {
				if (mt->dim != e->dim ||
				    !voice_ok(e->voice, mt->quoted))
					continue;
			} else {
				if (lx->dims[mt->dim].parent != e->dim)
					continue;
				label = variant_name(lx, mt->dim);
			}
			const struct slant_token *t0 = &toks->v[mt->first];
			const struct slant_token *t1 =
			    &toks->v[mt->first + mt->ntokens - 1];
			emit_kwic(p, out, it, g, a, t0->offset,
			          t1->offset + t1->length, mt->quoted, label);
			got++;
		}
	}
}

static const char *take_str(const char **pp)
{
	const char *s = *pp;
	*pp += strlen(s) + 1;
	return s;
}

static int p2_flush(void *ctx, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	const char *s = out->data, *end = out->data + out->len;
	size_t ng = p->r->m->ngroups;
	while (s < end) {
		char kind = *s++;
		if (kind == 'A') {
			const char *where = take_str(&s);
			size_t before = slant_vocab_size(p->files);
			uint32_t id =
			    slant_vocab_intern(p->files, where, strlen(where));
			if (id == before) {
				p->paths = slant_xreallocarray(
				    p->paths, p->npaths + 1, sizeof *p->paths);
				p->paths[p->npaths++] = slant_xstrdup(where);
			}
			continue;
		}
		uint32_t item, g;
		memcpy(&item, s, 4);
		memcpy(&g, s + 4, 4);
		bool quoted = s[8];
		s += 9;
		const char *id = take_str(&s), *l = take_str(&s),
		           *mt = take_str(&s), *rt = take_str(&s),
		           *label = take_str(&s);
		size_t *cnt = &p->count[(size_t)item * ng + g];
		if (*cnt >= p->r->opt.evidence)
			continue;
		(*cnt)++;
		SLANT_GROW(&p->kw, &p->kwcap, p->nkw + 1);
		struct slant_report_kwic *k = &p->kw[p->nkw++];
		k->finding = item;
		k->group = g;
		k->article = slant_xstrdup(id);
		k->left = slant_xstrdup(l);
		k->match = slant_xstrdup(mt);
		k->right = slant_xstrdup(rt);
		k->label = slant_xstrdup(label);
		k->quoted = quoted;
		k->seq = p->nkw - 1;
	}
	slant_buf_reset(out);
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED),
		            p->total);
	return 0;
}

static int cmp_kwic(const void *pa, const void *pb)
{
	const struct slant_report_kwic *a = pa, *b = pb;
	if (a->finding != b->finding)
		return a->finding < b->finding ? -1 : 1;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* The file an article came from: its where, without a ":LINE" suffix
 * when that names an existing file (JSON Lines). */
static char *file_of(const char *where)
{
	char *s = slant_xstrdup(where);
	char *colon = strrchr(s, ':');
	if (colon && colon[1] &&
	    strspn(colon + 1, "0123456789") == strlen(colon + 1)) {
		struct stat st;
		*colon = '\0';
		if (stat(s, &st) != 0)
			*colon = ':';
	}
	return s;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

int slant_report_collect(struct slant_report *r, struct slant_corpus *c,
                         unsigned threads, slant_progress_fn progress,
                         void *progress_ctx, struct slant_error *err)
{
	const struct slant_compare *m = r->m;
	size_t ng = m->ngroups;
	struct pass2 p = {0};
	p.r = r;
	p.nitems = r->nfindings;
	p.items = slant_xcalloc(p.nitems + 1, sizeof *p.items);
	p.count = slant_xcalloc(p.nitems * ng + 1, sizeof *p.count);
	p.files = slant_vocab_new();
	p.total = m->articles;
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		struct ev_item *e = &p.items[i];
		e->kind = f->kind;
		e->dim = f->dim;
		e->voice = f->voice;
		e->groups = slant_xcalloc(ng + 1, sizeof *e->groups);
		if (f->kind == SLANT_FINDING_NAMING) {
			for (size_t g = 0; g < ng; g++)
				e->groups[g] = true;
			continue;
		}
		const struct slant_compare_pair *pr = &m->pairs[f->pair];
		for (size_t g = 0; g < ng; g++)
			e->groups[g] = g == pr->target ||
			               pr->reference == SLANT_COMPARE_REST ||
			               g == pr->reference;
		if (f->kind == SLANT_FINDING_TERM) {
			char *s = slant_xstrdup(slant_compare_term_string(
			    m, pr->terms[f->term].term));
			for (char *w = strtok(s, " "); w;
			     w = strtok(NULL, " ")) {
				e->words = slant_xreallocarray(
				    e->words, e->nwords + 1, sizeof *e->words);
				e->words[e->nwords++] = slant_xstrdup(w);
			}
			free(s);
		}
	}
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = true,
	    .language = m->opt.language,
	    .article = p2_article,
	    .flush = p2_flush,
	    .ctx = &p,
	};
	int rc = slant_stream_run(c, r->lx, &so, err) < 0 ? -1 : 0;
	/* evidence, grouped by finding then outlet, input order within */
	if (p.nkw)
		qsort(p.kw, p.nkw, sizeof *p.kw, cmp_kwic);
	r->kwic = p.kw;
	r->nkwic = p.nkw;
	for (size_t i = 0, j; i < r->nkwic; i = j) {
		for (j = i;
		     j < r->nkwic && r->kwic[j].finding == r->kwic[i].finding;
		     j++)
			;
		r->findings[r->kwic[i].finding].first_kwic = i;
		r->findings[r->kwic[i].finding].nkwic = j - i;
	}
	for (size_t i = 0; i < p.nitems; i++) {
		free(p.items[i].groups);
		for (size_t w = 0; w < p.items[i].nwords; w++)
			free(p.items[i].words[w]);
		free(p.items[i].words);
	}
	free(p.items);
	free(p.count);
	slant_vocab_free(p.files);
	/* input files */
	r->inputs = slant_xcalloc(p.npaths + 1, sizeof *r->inputs);
	for (size_t i = 0; i < p.npaths; i++) {
		char *f = file_of(p.paths[i]);
		free(p.paths[i]);
		if (r->ninputs &&
		    strcmp(r->inputs[r->ninputs - 1].path, f) == 0) {
			free(f);
			continue;
		}
		struct slant_report_file *in = &r->inputs[r->ninputs++];
		in->path = f;
		struct stat st;
		if (rc == 0 && strcmp(f, "<stdin>") != 0) {
			if (slant_sha256_file(f, in->sha256, err) < 0)
				rc = -1;
			else if (stat(f, &st) == 0)
				in->bytes = (uint64_t)st.st_size;
		}
	}
	free(p.paths);
	/* lexicons */
	const struct slant_lexicon *lx = r->lx;
	r->lexicons = slant_xcalloc(lx->nschemes + 1, sizeof *r->lexicons);
	for (size_t i = 0; i < lx->nschemes; i++) {
		const struct slant_scheme *s = &lx->schemes[i];
		struct slant_report_lexicon *l = &r->lexicons[r->nlexicons++];
		l->name = slant_xstrdup(s->name);
		l->title = slant_xstrdup(s->title);
		l->version = slant_xstrdup(s->version);
		l->language = slant_xstrdup(s->language);
		l->file = slant_xstrdup(base_name(s->path));
		for (size_t d = 0; d < lx->ndims; d++)
			l->dims += slant_lexicon_declares(lx, i, d);
		if (rc == 0 && slant_sha256_file(s->path, l->sha256, err) < 0)
			rc = -1;
	}
	return rc;
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
