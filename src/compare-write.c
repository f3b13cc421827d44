/* compare-write.c: the comparison model as JSON and as CSV/TSV tables.
 *
 * Both writers only read struct slant_compare, so they cannot disagree
 * with each other or with later report writers. Numbers are written in
 * the shortest form that reads back exactly; a statistic that could not
 * be computed is null in JSON and an empty field in tables, never a
 * made-up number. Column names are documented in slant-compare(1) and are
 * stable. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "format.h"

#define REST_NAME "(all others)"

unsigned slant_compare_table_parts(enum slant_compare_table t)
{
	switch (t) {
	case SLANT_TABLE_TERMS: return SLANT_PART_TERM_BOOT;
	case SLANT_TABLE_DIVERGENCE: return SLANT_PART_DIVERGENCE;
	default: return SLANT_PART_DIMENSIONS;
	}
}

int slant_compare_table_parse(const char *s, enum slant_compare_table *out)
{
	static const char *const names[] = {"terms", "dimensions", "naming",
	                                    "divergence", "groups"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum slant_compare_table)i;
			return 0;
		}
	return -1;
}

static const char *mode_name(enum slant_compare_mode m)
{
	return m == SLANT_COMPARE_ONE_VS_REST ? "one-vs-rest"
	       : m == SLANT_COMPARE_PAIRS     ? "pairs"
	                                      : "target";
}

static const char *prior_name(enum slant_compare_prior p)
{
	return p == SLANT_PRIOR_POOLED       ? "pooled"
	       : p == SLANT_PRIOR_BACKGROUND ? "background"
	                                     : "uniform";
}

static const char *ref_name(const struct slant_compare *m,
                            const struct slant_compare_pair *p)
{
	return p->reference == SLANT_COMPARE_REST
	           ? REST_NAME
	           : m->groups[p->reference].name;
}

/* Whether row i of n is kept with --top k: the first and last k. */
static bool keep_row(size_t i, size_t n, size_t top)
{
	return !top || i < top || i + top >= n;
}

/* ---- JSON ---------------------------------------------------------------- */

static void jkey(struct slant_buf *b, bool *first, const char *k)
{
	if (!*first)
		slant_buf_putc(b, ',');
	*first = false;
	slant_put_json_string(b, k);
	slant_buf_putc(b, ':');
}

static void jnum(struct slant_buf *b, bool *first, const char *k, double v)
{
	jkey(b, first, k);
	slant_put_json_number(b, v);
}

static void jstr(struct slant_buf *b, bool *first, const char *k, const char *v)
{
	jkey(b, first, k);
	if (v)
		slant_put_json_string(b, v);
	else
		slant_buf_puts(b, "null");
}

static void jpair(struct slant_buf *b, bool *first, const char *k,
                  const double v[2])
{
	jkey(b, first, k);
	slant_buf_putc(b, '[');
	slant_put_json_number(b, v[0]);
	slant_buf_putc(b, ',');
	slant_put_json_number(b, v[1]);
	slant_buf_putc(b, ']');
}

static void jtest(struct slant_buf *b, bool *first, const char *k,
                  const struct slant_stats_test *t, bool df)
{
	jkey(b, first, k);
	bool f = true;
	slant_buf_putc(b, '{');
	jnum(b, &f, "stat", t->stat);
	if (df)
		jnum(b, &f, "df", t->df);
	jnum(b, &f, "p", t->p);
	slant_buf_putc(b, '}');
}

static void jinterval(struct slant_buf *b, bool *first, const char *k,
                      const struct slant_stats_interval *iv)
{
	jkey(b, first, k);
	bool f = true;
	slant_buf_putc(b, '{');
	jnum(b, &f, "est", iv->est);
	jnum(b, &f, "lo", iv->lo);
	jnum(b, &f, "hi", iv->hi);
	slant_buf_putc(b, '}');
}

static void json_parameters(struct slant_buf *b, const struct slant_compare *m,
                            size_t top)
{
	const struct slant_compare_options *o = &m->opt;
	bool f = true;
	slant_buf_putc(b, '{');
	jstr(b, &f, "mode", mode_name(o->mode));
	jstr(b, &f, "target", o->target);
	jstr(b, &f, "reference",
	     o->mode == SLANT_COMPARE_TARGET && !o->reference ? REST_NAME
	                                                      : o->reference);
	jnum(b, &f, "ngrams", o->ngrams);
	jnum(b, &f, "min_count", o->min_count);
	jnum(b, &f, "min_docs", (double)o->min_docs);
	jstr(b, &f, "stopwords",
	     o->stopwords_name ? o->stopwords_name : "none");
	jnum(b, &f, "stopwords_count", (double)o->nstopwords);
	jkey(b, &f, "prior");
	bool g = true;
	slant_buf_putc(b, '{');
	jstr(b, &g, "kind", prior_name(o->prior));
	if (o->prior == SLANT_PRIOR_UNIFORM)
		jnum(b, &g, "alpha", o->prior_alpha);
	else
		jnum(b, &g, "scale", o->prior_scale);
	if (o->prior == SLANT_PRIOR_BACKGROUND) {
		jstr(b, &g, "background", o->bg_name);
		jnum(b, &g, "background_terms", (double)o->nbg);
	}
	slant_buf_putc(b, '}');
	jnum(b, &f, "bootstrap", (double)o->bootstrap);
	jnum(b, &f, "conf", o->conf);
	jnum(b, &f, "seed", (double)o->seed);
	jnum(b, &f, "boot_terms", (double)o->boot_terms);
	jnum(b, &f, "max_blocks", (double)o->max_blocks);
	jnum(b, &f, "top", (double)top);
	slant_buf_putc(b, '}');
}

static void json_lexicons(struct slant_buf *b, const struct slant_lexicon *lx)
{
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < lx->nschemes; i++) {
		const struct slant_scheme *s = &lx->schemes[i];
		bool f = true;
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, &f, "name", s->name);
		jstr(b, &f, "title", s->title);
		jstr(b, &f, "version", s->version);
		jstr(b, &f, "language", s->language);
		jstr(b, &f, "kind",
		     s->kind == SLANT_SCHEME_NAMING ? "naming" : "framing");
		jstr(b, &f, "format", s->format);
		slant_buf_putc(b, '}');
	}
	slant_buf_putc(b, ']');
}

static void json_groups(struct slant_buf *b, const struct slant_compare *m)
{
	slant_buf_putc(b, '[');
	for (size_t g = 0; g < m->ngroups; g++) {
		const struct slant_compare_group *gr = &m->groups[g];
		bool f = true;
		slant_buf_puts(b, g ? ",{" : "{");
		jstr(b, &f, "name", gr->name);
		jnum(b, &f, "articles", (double)gr->articles);
		jnum(b, &f, "tokens", gr->tokens[SLANT_VOICE_ALL]);
		jnum(b, &f, "tokens_own", gr->tokens[SLANT_VOICE_OWN]);
		jnum(b, &f, "tokens_quoted", gr->tokens[SLANT_VOICE_QUOTED]);
		jkey(b, &f, "dimensions");
		slant_buf_putc(b, '[');
		for (size_t d = 0; d < m->lx->ndims; d++)
			for (int v = 0; v < SLANT_NVOICES; v++) {
				const struct slant_compare_group_dim *gd =
				    &gr->dims[d * SLANT_NVOICES + v];
				bool h = true;
				slant_buf_puts(b, d || v ? ",{" : "{");
				jstr(b, &h, "dimension", m->lx->dims[d].path);
				jstr(b, &h, "voice",
				     slant_compare_voice_name(v));
				jnum(b, &h, "n", (double)gd->n);
				jinterval(b, &h, "mean", &gd->mean);
				jnum(b, &h, "hits", gd->hits);
				jnum(b, &h, "rate", gd->rate);
				slant_buf_putc(b, '}');
			}
		slant_buf_puts(b, "]}");
	}
	slant_buf_putc(b, ']');
}

static const char *method_name(enum slant_stats_method m)
{
	return m == SLANT_P_EXACT         ? "exact"
	       : m == SLANT_P_MONTE_CARLO ? "monte-carlo"
	       : m == SLANT_P_ASYMPTOTIC  ? "asymptotic"
	                                  : "";
}

static void jbool(struct slant_buf *b, bool *first, const char *k, bool v)
{
	jkey(b, first, k);
	slant_buf_puts(b, v ? "true" : "false");
}

static void json_term(struct slant_buf *b, const struct slant_compare *m,
                      const struct slant_compare_term *t)
{
	bool f = true;
	slant_buf_putc(b, '{');
	const char *s = slant_compare_term_string(m, t->term);
	jstr(b, &f, "term", s);
	jpair(b, &f, "count", t->count);
	jpair(b, &f, "docs", t->docs);
	jpair(b, &f, "share", t->share);
	jnum(b, &f, "p", t->p);
	jnum(b, &f, "q", t->q);
	jbool(b, &f, "significant", t->significant);
	jinterval(b, &f, "share_ratio", &t->share_ratio);
	jpair(b, &f, "rate", t->rate);
	jinterval(b, &f, "token_log_ratio", &t->log_ratio);
	jnum(b, &f, "token_g2", t->g2);
	jnum(b, &f, "token_g2_p", t->g2_p);
	jnum(b, &f, "token_g2_2term", t->g2_2term);
	jnum(b, &f, "token_g2_2term_p", t->g2_2term_p);
	jnum(b, &f, "token_chi2", t->chi2);
	jnum(b, &f, "token_chi2_p", t->chi2_p);
	jnum(b, &f, "token_log_odds", t->log_odds.delta);
	jnum(b, &f, "token_log_odds_var", t->log_odds.variance);
	jnum(b, &f, "token_log_odds_z", t->log_odds.z);
	jnum(b, &f, "token_log_odds_p", t->log_odds_p);
	jnum(b, &f, "jsd_contrib", t->jsd_contrib);
	if (m->paired) {
		jnum(b, &f, "paired_p", t->paired_p);
		jnum(b, &f, "paired_q", t->paired_q);
		jnum(b, &f, "events_more", t->events_more);
		jnum(b, &f, "events_less", t->events_less);
	}
	slant_buf_putc(b, '}');
}

static void json_dim_test(struct slant_buf *b, const struct slant_compare *m,
                          const struct slant_compare_dim_test *t)
{
	bool f = true;
	slant_buf_putc(b, '{');
	jstr(b, &f, "dimension", m->lx->dims[t->dim].path);
	jstr(b, &f, "voice", slant_compare_voice_name(t->voice));
	double n[2] = {(double)t->n[0], (double)t->n[1]};
	jpair(b, &f, "n", n);
	jpair(b, &f, "mean", t->mean);
	jnum(b, &f, "mw_u", t->mw.stat);
	jnum(b, &f, "p", t->mw.p);
	jstr(b, &f, "p_method", method_name(t->mw.method));
	jnum(b, &f, "q", t->q);
	jbool(b, &f, "significant", t->significant);
	jstr(b, &f, "untestable", t->untestable);
	jnum(b, &f, "cliffs_delta", t->cliffs_delta);
	jinterval(b, &f, "mean_ratio", &t->mean_ratio);
	jtest(b, &f, "welch", &t->welch, true);
	jnum(b, &f, "cohens_d", t->cohens_d);
	jnum(b, &f, "hedges_g", t->hedges_g);
	jpair(b, &f, "hits", t->hits);
	jpair(b, &f, "tokens", t->tokens);
	jnum(b, &f, "token_g2", t->g2);
	jnum(b, &f, "token_g2_p", t->g2_p);
	jinterval(b, &f, "token_log_ratio", &t->log_ratio);
	if (m->paired) {
		jtest(b, &f, "paired_wilcoxon", &t->paired, true);
		jnum(b, &f, "paired_q", t->paired_q);
		jnum(b, &f, "events_more", (double)t->events_more);
		jnum(b, &f, "events_less", (double)t->events_less);
		jnum(b, &f, "events_same", (double)t->events_same);
		jinterval(b, &f, "paired_diff", &t->paired_diff);
	}
	slant_buf_putc(b, '}');
}

/* The rows of one comparison's terms in slices: a writer of rows
 * [from, to) into its own buffer. */
struct slice_job {
	struct slant_buf buf;
	const struct slant_compare *m;
	const struct slant_compare_pair *p;
	size_t top, from, to;
	enum slant_table_format f;
	void (*write)(struct slice_job *j);
};

static void *slice_worker(void *arg)
{
	struct slice_job *j = arg;
	j->write(j);
	return NULL;
}

/* A comparison's terms are tens of thousands of rows of numbers: with
 * threads, each formats a slice into its own buffer and the slices are
 * appended to out in order (the same bytes as one thread). */
static void write_slices(struct slant_buf *out, const struct slant_compare *m,
                         const struct slant_compare_pair *p, size_t top,
                         enum slant_table_format f,
                         void (*write)(struct slice_job *j))
{
	size_t nth = m->opt.threads ? m->opt.threads : 1;
	if (nth < 2 || p->nterms < 4096)
		nth = 1;
	struct slice_job *jobs = slant_xcalloc(nth, sizeof *jobs);
	pthread_t *tid = slant_xcalloc(nth, sizeof *tid);
	for (size_t k = 0; k < nth; k++) {
		slant_buf_init(&jobs[k].buf);
		jobs[k].m = m;
		jobs[k].p = p;
		jobs[k].top = top;
		jobs[k].f = f;
		jobs[k].write = write;
		jobs[k].from = p->nterms * k / nth;
		jobs[k].to = p->nterms * (k + 1) / nth;
		if (k > 0 &&
		    pthread_create(&tid[k], NULL, slice_worker, &jobs[k]) != 0)
			slant_die_bug(__FILE__, __LINE__,
			              "pthread_create failed");
	}
	slice_worker(&jobs[0]);
	for (size_t k = 1; k < nth; k++)
		pthread_join(tid[k], NULL);
	for (size_t k = 0; k < nth; k++) {
		slant_buf_append(out, jobs[k].buf.data, jobs[k].buf.len);
		slant_buf_release(&jobs[k].buf);
	}
	free(jobs);
	free(tid);
}

static void json_terms_slice(struct slice_job *j)
{
	for (size_t i = j->from; i < j->to; i++) {
		if (!keep_row(i, j->p->nterms, j->top))
			continue;
		slant_buf_putc(&j->buf, ',');
		json_term(&j->buf, j->m, &j->p->terms[i]);
	}
}

static void json_pair(struct slant_buf *b, const struct slant_compare *m,
                      const struct slant_compare_pair *p, size_t top)
{
	bool f = true;
	slant_buf_putc(b, '{');
	jstr(b, &f, "target", m->groups[p->target].name);
	jstr(b, &f, "reference", ref_name(m, p));
	double a[2] = {(double)p->articles[0], (double)p->articles[1]};
	jpair(b, &f, "articles", a);
	jpair(b, &f, "tokens", p->tokens);
	jnum(b, &f, "vocabulary", (double)p->vocab);
	jkey(b, &f, "article_tests");
	slant_buf_puts(b, p->article_tests ? "true" : "false");
	jkey(b, &f, "prior");
	bool g = true;
	slant_buf_putc(b, '{');
	jstr(b, &g, "kind", prior_name(m->opt.prior));
	jnum(b, &g, "total", p->prior_total);
	slant_buf_putc(b, '}');
	jkey(b, &f, "divergence");
	g = true;
	slant_buf_putc(b, '{');
	jnum(b, &g, "jsd", p->jsd);
	jnum(b, &g, "null", p->jsd_null);
	jnum(b, &g, "excess", p->jsd_excess);
	jnum(b, &g, "p", p->jsd_p);
	jnum(b, &g, "permutations", (double)p->jsd_replicates);
	double bl[2] = {(double)p->boot_blocks[0], (double)p->boot_blocks[1]};
	jpair(b, &g, "blocks", bl);
	slant_buf_putc(b, '}');
	jkey(b, &f, "families");
	g = true;
	slant_buf_putc(b, '{');
	jnum(b, &g, "terms", (double)p->family_terms);
	jnum(b, &g, "dimensions", (double)p->family_dims);
	if (m->paired) {
		jnum(b, &g, "paired_terms", (double)p->family_paired_terms);
		jnum(b, &g, "paired_dimensions", (double)p->family_paired_dims);
	}
	slant_buf_putc(b, '}');
	if (m->paired)
		jnum(b, &f, "events", (double)p->events);
	jnum(b, &f, "terms_tested", (double)p->nterms);
	jkey(b, &f, "terms");
	slant_buf_putc(b, '[');
	/* every term after a comma, in slices; the first comma dropped */
	size_t at = b->len;
	write_slices(b, m, p, top, SLANT_FMT_CSV, json_terms_slice);
	if (b->len > at) {
		memmove(b->data + at, b->data + at + 1, b->len - at - 1);
		b->len--;
	}
	slant_buf_putc(b, ']');
	jkey(b, &f, "dimensions");
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < m->lx->ndims * SLANT_NVOICES; i++) {
		if (i)
			slant_buf_putc(b, ',');
		json_dim_test(b, m, &p->dims[i]);
	}
	slant_buf_puts(b, "]}");
}

void slant_compare_write_json(struct slant_buf *b,
                              const struct slant_compare *m, size_t top)
{
	if (m->opt.parts != SLANT_PARTS_ALL)
		slant_die_bug(__FILE__, __LINE__,
		              "JSON of a model without every part");
	bool f = true;
	slant_buf_putc(b, '{');
	jstr(b, &f, "format", "slant-compare");
	jnum(b, &f, "format_version", 2);
	jnum(b, &f, "alpha", m->opt.alpha);
	jkey(b, &f, "parameters");
	json_parameters(b, m, top);
	jkey(b, &f, "lexicons");
	json_lexicons(b, m->lx);
	jnum(b, &f, "articles", (double)m->articles);
	jkey(b, &f, "notes");
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < m->nnotes; i++) {
		if (i)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, m->notes[i]);
	}
	slant_buf_putc(b, ']');
	jkey(b, &f, "groups");
	json_groups(b, m);
	jkey(b, &f, "comparisons");
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < m->npairs; i++) {
		if (i)
			slant_buf_putc(b, ',');
		json_pair(b, m, &m->pairs[i], top);
	}
	slant_buf_putc(b, ']');
	jkey(b, &f, "kruskal_wallis");
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < m->nkruskal; i++) {
		const struct slant_compare_kruskal *k = &m->kruskal[i];
		bool g = true;
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, &g, "dimension", m->lx->dims[k->dim].path);
		jstr(b, &g, "voice", slant_compare_voice_name(k->voice));
		jnum(b, &g, "h", k->kw.stat);
		jnum(b, &g, "df", k->kw.df);
		jnum(b, &g, "p", k->kw.p);
		jnum(b, &g, "q", k->q);
		jnum(b, &g, "family", (double)m->kruskal_family[k->voice]);
		slant_buf_putc(b, '}');
	}
	slant_buf_putc(b, ']');
	jnum(b, &f, "naming_family", (double)m->naming_family);
	jkey(b, &f, "naming");
	slant_buf_putc(b, '[');
	for (size_t i = 0; i < m->nnaming; i++) {
		const struct slant_compare_naming *n = &m->naming[i];
		bool g = true;
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, &g, "group", m->groups[n->group].name);
		jstr(b, &g, "set", m->lx->dims[n->set].path);
		jstr(b, &g, "variant", m->lx->dims[n->variant].path);
		jnum(b, &g, "count", n->count);
		jnum(b, &g, "count_own", n->count_own);
		jnum(b, &g, "set_total", n->set_total);
		jnum(b, &g, "share", n->share);
		double nn[2] = {(double)n->n[0], (double)n->n[1]};
		jpair(b, &g, "n", nn);
		jpair(b, &g, "mean_share", n->mean_share);
		jnum(b, &g, "mw_u", n->mw.stat);
		jnum(b, &g, "p", n->mw.p);
		jstr(b, &g, "p_method", method_name(n->mw.method));
		jnum(b, &g, "q", n->q);
		jbool(b, &g, "significant", n->significant);
		jstr(b, &g, "untestable", n->untestable);
		jinterval(b, &g, "share_diff", &n->share_diff);
		jinterval(b, &g, "token_log_odds_ratio", &n->pref);
		slant_buf_putc(b, '}');
	}
	slant_buf_putc(b, ']');
	jkey(b, &f, "divergence");
	slant_buf_puts(b, "{\"groups\":[");
	for (size_t g = 0; g < m->ngroups; g++) {
		if (g)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, m->groups[g].name);
	}
	slant_buf_puts(b, "],\"jsd\":[");
	for (size_t i = 0; i < m->ngroups; i++) {
		slant_buf_puts(b, i ? ",[" : "[");
		for (size_t j = 0; j < m->ngroups; j++) {
			if (j)
				slant_buf_putc(b, ',');
			slant_put_json_number(
			    b, m->divergence[i * m->ngroups + j]);
		}
		slant_buf_putc(b, ']');
	}
	slant_buf_puts(b, "]}}\n");
}

/* ---- tables -------------------------------------------------------------- */

struct tw {
	struct slant_buf *b;
	enum slant_table_format f;
	bool first;
};

static void sep(struct tw *t)
{
	if (!t->first)
		slant_buf_putc(t->b, t->f == SLANT_FMT_TSV ? '\t' : ',');
	t->first = false;
}

static void tstr(struct tw *t, const char *s)
{
	sep(t);
	slant_put_field(t->b, t->f, s);
}

/* Tables carry 10 significant digits (JSON carries every digit), as
 * "%.10g" writes them; slant_put_g does it without printf, which matters
 * because a large terms table is mostly numbers. */
static void tnum(struct tw *t, double v)
{
	sep(t);
	if (!isfinite(v))
		return;
	/* whole numbers (counts) as integers; the cast test avoids a call
	 * of floor() per number */
	if (fabs(v) < 1e15 && v == (double)(int64_t)v) {
		if (v < 0)
			slant_buf_putc(t->b, '-');
		slant_put_u64(t->b, (uint64_t)fabs(v));
		return;
	}
	slant_put_g(t->b, v, 10);
}

static void tend(struct tw *t)
{
	slant_buf_putc(t->b, '\n');
	t->first = true;
}

static void theader(struct tw *t, const char *const *cols)
{
	for (size_t i = 0; cols[i]; i++)
		tstr(t, cols[i]);
	tend(t);
}

/* 1 or 0: typed for R and pandas */
static void tbool(struct tw *t, bool v)
{
	tnum(t, v ? 1 : 0);
}

/* The article-level test's columns: mw_u, p, p_method, q, family,
 * significant, untestable. */
static void test_cols(struct tw *t, const struct slant_stats_test *mw, double q,
                      size_t family, bool significant, const char *untestable)
{
	tnum(t, mw->stat);
	tnum(t, mw->p);
	tstr(t, method_name(mw->method));
	tnum(t, q);
	tnum(t, (double)family);
	tbool(t, significant);
	tstr(t, untestable ? untestable : "");
}

/* The rows of one comparison's terms j in [from, to). */
static void term_rows_range(struct tw *t, const struct slant_compare *m,
                            const struct slant_compare_pair *p, size_t top,
                            size_t from, size_t to)
{
	for (size_t j = from; j < to; j++) {
		if (!keep_row(j, p->nterms, top))
			continue;
		const struct slant_compare_term *r = &p->terms[j];
		tstr(t, m->groups[p->target].name);
		tstr(t, ref_name(m, p));
		tstr(t, slant_compare_term_string(m, r->term));
		tnum(t, r->count[0]);
		tnum(t, r->count[1]);
		tnum(t, r->docs[0]);
		tnum(t, r->docs[1]);
		tnum(t, r->share[0]);
		tnum(t, r->share[1]);
		tnum(t, r->p);
		tnum(t, r->q);
		tnum(t, (double)p->family_terms);
		tbool(t, r->significant);
		tnum(t, r->share_ratio.est);
		tnum(t, r->share_ratio.lo);
		tnum(t, r->share_ratio.hi);
		tnum(t, r->rate[0]);
		tnum(t, r->rate[1]);
		tnum(t, r->log_ratio.est);
		tnum(t, r->log_ratio.lo);
		tnum(t, r->log_ratio.hi);
		tnum(t, r->g2);
		tnum(t, r->g2_p);
		tnum(t, r->g2_2term);
		tnum(t, r->g2_2term_p);
		tnum(t, r->chi2);
		tnum(t, r->chi2_p);
		tnum(t, r->log_odds.delta);
		tnum(t, r->log_odds.variance);
		tnum(t, r->log_odds.z);
		tnum(t, r->log_odds_p);
		tstr(t, prior_name(m->opt.prior));
		tnum(t, p->prior_total);
		tnum(t, r->jsd_contrib);
		if (m->paired) {
			tnum(t, r->paired_p);
			tnum(t, r->paired_q);
			tnum(t, r->events_more);
			tnum(t, r->events_less);
		}
		tend(t);
	}
}

static void term_rows_slice(struct slice_job *j)
{
	struct tw t = {&j->buf, j->f, true};
	term_rows_range(&t, j->m, j->p, j->top, j->from, j->to);
}

static void term_rows(struct tw *t, const struct slant_compare *m,
                      const struct slant_compare_pair *p, size_t top)
{
	write_slices(t->b, m, p, top, t->f, term_rows_slice);
}

/* The columns of a table, then the paired ones when the model has
 * events. */
static void theader2(struct tw *t, const char *const *cols,
                     const char *const *paired, bool with_paired)
{
	for (size_t i = 0; cols[i]; i++)
		tstr(t, cols[i]);
	for (size_t i = 0; with_paired && paired[i]; i++)
		tstr(t, paired[i]);
	tend(t);
}

static void table_terms(struct tw *t, const struct slant_compare *m, size_t top)
{
	static const char *const cols[] = {"target",
	                                   "reference",
	                                   "term",
	                                   "count_target",
	                                   "count_reference",
	                                   "docs_target",
	                                   "docs_reference",
	                                   "share_target",
	                                   "share_reference",
	                                   "p",
	                                   "q",
	                                   "family",
	                                   "significant",
	                                   "share_ratio",
	                                   "share_ratio_lo",
	                                   "share_ratio_hi",
	                                   "rate_target",
	                                   "rate_reference",
	                                   "token_log_ratio",
	                                   "token_log_ratio_lo",
	                                   "token_log_ratio_hi",
	                                   "token_g2",
	                                   "token_g2_p",
	                                   "token_g2_2term",
	                                   "token_g2_2term_p",
	                                   "token_chi2",
	                                   "token_chi2_p",
	                                   "token_log_odds",
	                                   "token_log_odds_var",
	                                   "token_log_odds_z",
	                                   "token_log_odds_p",
	                                   "token_prior",
	                                   "token_prior_total",
	                                   "jsd_contrib",
	                                   NULL};
	static const char *const paired[] = {
	    "paired_p", "paired_q", "events_more", "events_less", NULL};
	theader2(t, cols, paired, m->paired);
	for (size_t i = 0; i < m->npairs; i++)
		term_rows(t, m, &m->pairs[i], top);
}

static void table_dims(struct tw *t, const struct slant_compare *m)
{
	static const char *const cols[] = {"target",
	                                   "reference",
	                                   "dimension",
	                                   "voice",
	                                   "n_target",
	                                   "n_reference",
	                                   "mean_target",
	                                   "mean_reference",
	                                   "mw_u",
	                                   "p",
	                                   "p_method",
	                                   "q",
	                                   "family",
	                                   "significant",
	                                   "untestable",
	                                   "cliffs_delta",
	                                   "mean_ratio",
	                                   "mean_ratio_lo",
	                                   "mean_ratio_hi",
	                                   "welch_t",
	                                   "welch_df",
	                                   "welch_p",
	                                   "cohens_d",
	                                   "hedges_g",
	                                   "hits_target",
	                                   "hits_reference",
	                                   "tokens_target",
	                                   "tokens_reference",
	                                   "token_g2",
	                                   "token_g2_p",
	                                   "token_log_ratio",
	                                   "token_log_ratio_lo",
	                                   "token_log_ratio_hi",
	                                   NULL};
	static const char *const paired[] = {
	    "paired_w",        "paired_n",       "paired_p",
	    "paired_p_method", "paired_q",       "events_more",
	    "events_less",     "events_same",    "paired_diff",
	    "paired_diff_lo",  "paired_diff_hi", NULL};
	theader2(t, cols, paired, m->paired);
	for (size_t i = 0; i < m->npairs; i++) {
		const struct slant_compare_pair *p = &m->pairs[i];
		for (size_t j = 0; j < m->lx->ndims * SLANT_NVOICES; j++) {
			const struct slant_compare_dim_test *d = &p->dims[j];
			tstr(t, m->groups[p->target].name);
			tstr(t, ref_name(m, p));
			tstr(t, m->lx->dims[d->dim].path);
			tstr(t, slant_compare_voice_name(d->voice));
			tnum(t, (double)d->n[0]);
			tnum(t, (double)d->n[1]);
			tnum(t, d->mean[0]);
			tnum(t, d->mean[1]);
			test_cols(t, &d->mw, d->q, p->family_dims,
			          d->significant, d->untestable);
			tnum(t, d->cliffs_delta);
			tnum(t, d->mean_ratio.est);
			tnum(t, d->mean_ratio.lo);
			tnum(t, d->mean_ratio.hi);
			tnum(t, d->welch.stat);
			tnum(t, d->welch.df);
			tnum(t, d->welch.p);
			tnum(t, d->cohens_d);
			tnum(t, d->hedges_g);
			tnum(t, d->hits[0]);
			tnum(t, d->hits[1]);
			tnum(t, d->tokens[0]);
			tnum(t, d->tokens[1]);
			tnum(t, d->g2);
			tnum(t, d->g2_p);
			tnum(t, d->log_ratio.est);
			tnum(t, d->log_ratio.lo);
			tnum(t, d->log_ratio.hi);
			if (m->paired) {
				tnum(t, d->paired.stat);
				tnum(t, d->paired.df);
				tnum(t, d->paired.p);
				tstr(t, method_name(d->paired.method));
				tnum(t, d->paired_q);
				tnum(t, (double)d->events_more);
				tnum(t, (double)d->events_less);
				tnum(t, (double)d->events_same);
				tnum(t, d->paired_diff.est);
				tnum(t, d->paired_diff.lo);
				tnum(t, d->paired_diff.hi);
			}
			tend(t);
		}
	}
}

static void table_groups(struct tw *t, const struct slant_compare *m)
{
	static const char *const cols[] = {
	    "group",     "articles", "tokens",    "tokens_own", "tokens_quoted",
	    "dimension", "voice",    "n",         "mean",       "mean_lo",
	    "mean_hi",   "hits",     "rate",      "kw_h",       "kw_df",
	    "kw_p",      "kw_q",     "kw_family", NULL};
	theader(t, cols);
	for (size_t g = 0; g < m->ngroups; g++) {
		const struct slant_compare_group *gr = &m->groups[g];
		for (size_t j = 0; j < m->lx->ndims * SLANT_NVOICES; j++) {
			const struct slant_compare_group_dim *d = &gr->dims[j];
			int v = (int)(j % SLANT_NVOICES);
			tstr(t, gr->name);
			tnum(t, (double)gr->articles);
			tnum(t, gr->tokens[SLANT_VOICE_ALL]);
			tnum(t, gr->tokens[SLANT_VOICE_OWN]);
			tnum(t, gr->tokens[SLANT_VOICE_QUOTED]);
			tstr(t, m->lx->dims[j / SLANT_NVOICES].path);
			tstr(t, slant_compare_voice_name(v));
			tnum(t, (double)d->n);
			tnum(t, d->mean.est);
			tnum(t, d->mean.lo);
			tnum(t, d->mean.hi);
			tnum(t, d->hits);
			tnum(t, d->rate);
			if (m->nkruskal) {
				const struct slant_compare_kruskal *k =
				    &m->kruskal[j];
				tnum(t, k->kw.stat);
				tnum(t, k->kw.df);
				tnum(t, k->kw.p);
				tnum(t, k->q);
				tnum(t, (double)m->kruskal_family[v]);
			} else {
				for (int i = 0; i < 5; i++)
					tnum(t, NAN);
			}
			tend(t);
		}
	}
}

static void table_naming(struct tw *t, const struct slant_compare *m)
{
	static const char *const cols[] = {"group",
	                                   "set",
	                                   "variant",
	                                   "count",
	                                   "count_own",
	                                   "set_total",
	                                   "share",
	                                   "n_group",
	                                   "n_others",
	                                   "mean_share",
	                                   "mean_share_others",
	                                   "mw_u",
	                                   "p",
	                                   "p_method",
	                                   "q",
	                                   "family",
	                                   "significant",
	                                   "untestable",
	                                   "share_diff",
	                                   "share_diff_lo",
	                                   "share_diff_hi",
	                                   "token_log_odds_ratio",
	                                   "token_log_odds_ratio_lo",
	                                   "token_log_odds_ratio_hi",
	                                   NULL};
	theader(t, cols);
	for (size_t i = 0; i < m->nnaming; i++) {
		const struct slant_compare_naming *n = &m->naming[i];
		tstr(t, m->groups[n->group].name);
		tstr(t, m->lx->dims[n->set].path);
		tstr(t, m->lx->dims[n->variant].path);
		tnum(t, n->count);
		tnum(t, n->count_own);
		tnum(t, n->set_total);
		tnum(t, n->share);
		tnum(t, (double)n->n[0]);
		tnum(t, (double)n->n[1]);
		tnum(t, n->mean_share[0]);
		tnum(t, n->mean_share[1]);
		test_cols(t, &n->mw, n->q, m->naming_family, n->significant,
		          n->untestable);
		tnum(t, n->share_diff.est);
		tnum(t, n->share_diff.lo);
		tnum(t, n->share_diff.hi);
		tnum(t, n->pref.est);
		tnum(t, n->pref.lo);
		tnum(t, n->pref.hi);
		tend(t);
	}
}

static void table_divergence(struct tw *t, const struct slant_compare *m)
{
	static const char *const cols[] = {
	    "kind",       "target", "reference",    "jsd",        "jsd_null",
	    "jsd_excess", "jsd_p",  "permutations", "vocabulary", NULL};
	theader(t, cols);
	for (size_t i = 0; i < m->npairs; i++) {
		const struct slant_compare_pair *p = &m->pairs[i];
		tstr(t, "comparison");
		tstr(t, m->groups[p->target].name);
		tstr(t, ref_name(m, p));
		tnum(t, p->jsd);
		tnum(t, p->jsd_null);
		tnum(t, p->jsd_excess);
		tnum(t, p->jsd_p);
		tnum(t, (double)p->jsd_replicates);
		tnum(t, (double)p->vocab);
		tend(t);
	}
	for (size_t i = 0; i < m->ngroups; i++)
		for (size_t j = i + 1; j < m->ngroups; j++) {
			tstr(t, "matrix");
			tstr(t, m->groups[i].name);
			tstr(t, m->groups[j].name);
			tnum(t, m->divergence[i * m->ngroups + j]);
			for (int k = 0; k < 3; k++)
				tnum(t, NAN);
			tnum(t, 0);
			tnum(t, NAN);
			tend(t);
		}
}

void slant_compare_write_table(struct slant_buf *out,
                               const struct slant_compare *m,
                               enum slant_compare_table table,
                               enum slant_table_format f, size_t top)
{
	unsigned need = slant_compare_table_parts(table);
	if ((m->opt.parts & need) != need)
		slant_die_bug(__FILE__, __LINE__,
		              "table of a part that was not computed");
	struct tw t = {out, f, true};
	switch (table) {
	case SLANT_TABLE_TERMS: table_terms(&t, m, top); break;
	case SLANT_TABLE_DIMENSIONS: table_dims(&t, m); break;
	case SLANT_TABLE_NAMING: table_naming(&t, m); break;
	case SLANT_TABLE_DIVERGENCE: table_divergence(&t, m); break;
	case SLANT_TABLE_GROUPS: table_groups(&t, m); break;
	}
}
