/* compare.c: the comparison model (see compare.h for the contract):
 * options, finishing and freeing. Building is in compare-build.c, the
 * statistics in compare-terms.c and compare-dims.c (compare-internal.h
 * says what they share). Finishing computes every statistic through
 * stats.h, in a fixed order that depends only on the input order, so any
 * thread count gives the same bytes out. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare-internal.h"

const char *slant_compare_voice_name(int voice)
{
	static const char *const names[] = {"own", "quoted", "all"};
	return voice >= 0 && voice < SLANT_NVOICES ? names[voice] : "?";
}

void slant_compare_options_init(struct slant_compare_options *o)
{
	memset(o, 0, sizeof *o);
	o->mode = SLANT_COMPARE_TARGET;
	o->ngrams = 1;
	o->min_count = 3;
	o->min_docs = 1;
	o->prior = SLANT_PRIOR_UNIFORM;
	o->prior_alpha = 0.01;
	o->prior_scale = 1000;
	o->bootstrap = 200;
	o->conf = 0.95;
	o->seed = 1;
	o->boot_terms = 100;
	o->max_blocks = 100;
	o->parts = SLANT_PARTS_ALL;
	o->threads = 1;
	o->alpha = 0.05;
}

/* ---- finishing: the statistics ------------------------------------------ */

const char *slant_compare_term_string(const struct slant_compare *m,
                                      uint32_t id)
{
	return slant_vocab_word(m->vocab, id, NULL);
}

void compare_add_note(struct slant_compare *m, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	m->notes =
	    slant_xreallocarray(m->notes, m->nnotes + 1, sizeof *m->notes);
	m->notes[m->nnotes++] = slant_xstrdup(buf);
}

void compare_bootstrap(const struct slant_compare_options *o, size_t n,
                       size_t n0, size_t k, slant_stats_batch_fn fn, void *ctx,
                       struct slant_stats_interval *out)
{
	size_t nth = o->threads ? o->threads : 1;
	void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
	for (size_t t = 0; t < nth; t++)
		ctxs[t] = ctx;
	/* batches of 8 replicates: each batch allocates its sums once */
	slant_stats_bootstrap_strata_threads(n, n0, o->bootstrap, o->conf,
	                                     o->seed, k, 8, fn, ctxs, nth, out);
	free(ctxs);
}

static int cmp_bgroup(const void *pa, const void *pb)
{
	const struct bgroup *a = pa, *b = pb;
	return strcmp(a->name, b->name);
}

static size_t group_index(const struct slant_compare_builder *b,
                          const char *name)
{
	for (size_t g = 0; g < b->ngroups; g++)
		if (strcmp(b->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

void compare_pair_sides(const struct slant_compare_pair *pr,
                        struct side sides[2])
{
	sides[0] = (struct side){{pr->target, 0}, false};
	sides[1] = (struct side){{pr->reference, pr->target},
	                         pr->reference == SLANT_COMPARE_REST};
}

static void add_pair(struct slant_compare *m, size_t t, size_t r)
{
	m->pairs =
	    slant_xreallocarray(m->pairs, m->npairs + 1, sizeof *m->pairs);
	struct slant_compare_pair *p = &m->pairs[m->npairs++];
	memset(p, 0, sizeof *p);
	p->target = t;
	p->reference = r;
}

static int list_groups(const struct slant_compare_builder *b, char *buf,
                       size_t size)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t g = 0; g < b->ngroups && o < size; g++)
		o += (size_t)snprintf(buf + o, size - o, "%s'%s'",
		                      g ? ", " : "", b->groups[g].name);
	return 0;
}

struct slant_compare *slant_compare_finish(struct slant_compare_builder *b,
                                           struct slant_error *err)
{
	const struct slant_compare_options *o = &b->opt;
	char names[400];
	if (!b->articles) {
		slant_compare_builder_free(b);
		slant_error_set(err, SLANT_EDATA, NULL,
		                "no articles to compare");
		return NULL;
	}
	qsort(b->groups, b->ngroups, sizeof *b->groups, cmp_bgroup);
	list_groups(b, names, sizeof names);
	if (b->ngroups < 2) {
		slant_error_set(
		    err, SLANT_EUSAGE, NULL,
		    "only one group (%s): compare needs two or more "
		    "(see --group-by and --group)",
		    names);
		slant_compare_builder_free(b);
		return NULL;
	}
	size_t t = SIZE_MAX, r = SLANT_COMPARE_REST;
	if (o->mode == SLANT_COMPARE_TARGET) {
		t = o->target ? group_index(b, o->target) : SIZE_MAX;
		if (t == SIZE_MAX) {
			slant_error_set(err, SLANT_EUSAGE, NULL,
			                "no group '%s' (groups: %s)",
			                o->target ? o->target : "", names);
			slant_compare_builder_free(b);
			return NULL;
		}
		if (o->reference) {
			r = group_index(b, o->reference);
			if (r == SIZE_MAX || r == t) {
				slant_error_set(
				    err, SLANT_EUSAGE, NULL,
				    r == t ? "reference '%s' is the target"
				           : "no group '%s' (groups: %s)",
				    o->reference, names);
				slant_compare_builder_free(b);
				return NULL;
			}
		}
	}

	struct slant_compare *m = slant_xcalloc(1, sizeof *m);
	m->lx = b->lx;
	m->opt = *o;
	m->opt.stopwords = NULL;
	m->opt.bg_terms = NULL;
	m->opt.bg_counts = NULL;
	const char **keep[] = {&m->opt.target,         &m->opt.reference,
	                       &m->opt.stopwords_name, &m->opt.bg_name,
	                       &m->opt.pair_by,        &m->opt.language};
	for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
		if (*keep[i]) {
			m->strs = slant_xreallocarray(m->strs, m->nstrs + 1,
			                              sizeof *m->strs);
			*keep[i] = m->strs[m->nstrs++] =
			    slant_xstrdup(*keep[i]);
		}
	m->articles = b->articles;
	m->paired = o->pair_by != NULL;
	m->vocab = b->vocab;
	b->vocab = NULL;
	struct fin f = {b, m, slant_vocab_size(m->vocab)};
	size_t G = b->ngroups;
	m->ngroups = G;
	m->groups = slant_xcalloc(G, sizeof *m->groups);
	for (size_t g = 0; g < G; g++) {
		struct bgroup *gr = &b->groups[g];
		compare_group_reserve_terms(gr, f.V);
		if (gr->nblocks)
			compare_block_close(gr, &gr->blocks[gr->nblocks - 1]);
		m->groups[g].name = slant_xstrdup(gr->name);
		m->groups[g].articles = gr->articles;
		m->groups[g].tokens[0] = gr->tokens[0];
		m->groups[g].tokens[1] = gr->tokens[1];
		m->groups[g].tokens[2] = gr->tokens[0] + gr->tokens[1];
		if (gr->articles < SLANT_COMPARE_MIN_ARTICLES)
			compare_add_note(
			    m,
			    "group '%s' has %zu article%s: article-level "
			    "tests need %d articles on each side, so its "
			    "comparisons report token-level statistics, "
			    "which describe these texts and test nothing",
			    gr->name, gr->articles,
			    gr->articles == 1 ? "" : "s",
			    SLANT_COMPARE_MIN_ARTICLES);
	}
	if (!o->bootstrap)
		compare_add_note(
		    m, "no bootstrap (--bootstrap 0): no interval over "
		       "articles");

	if (o->mode == SLANT_COMPARE_TARGET)
		add_pair(m, t, r);
	else if (o->mode == SLANT_COMPARE_ONE_VS_REST)
		for (size_t g = 0; g < G; g++)
			add_pair(m, g, SLANT_COMPARE_REST);
	else
		for (size_t i = 0; i < G; i++)
			for (size_t j = i + 1; j < G; j++)
				add_pair(m, i, j);

	for (size_t i = 0; i < m->npairs; i++) {
		struct slant_compare_pair *pr = &m->pairs[i];
		struct side sides[2];
		compare_pair_sides(pr, sides);
		for (size_t g = 0; g < G; g++)
			for (int s = 0; s < 2; s++)
				if (in_side(&sides[s], g)) {
					pr->articles[s] +=
					    b->groups[g].articles;
					pr->tokens[s] += m->groups[g].tokens[2];
				}
		pr->article_tests =
		    pr->articles[0] >= SLANT_COMPARE_MIN_ARTICLES &&
		    pr->articles[1] >= SLANT_COMPARE_MIN_ARTICLES;
	}
	/* The dimension statistics and the term statistics read the same
	 * finished builder and write different parts of the model: with
	 * threads, the dimensions run beside the terms. */
	pthread_t dims_thread;
	bool dims = o->parts & SLANT_PART_DIMENSIONS;
	bool dims_apart =
	    dims && (o->threads ? o->threads : 1) > 1 &&
	    pthread_create(&dims_thread, NULL, compare_dims_all, &f) == 0;
	if (dims && !dims_apart)
		compare_dims_all(&f);
	for (size_t i = 0; i < m->npairs; i++) {
		struct side sides[2];
		compare_pair_sides(&m->pairs[i], sides);
		compare_pair_terms(&f, &m->pairs[i], sides);
	}
	if (dims_apart)
		pthread_join(dims_thread, NULL);
	if (m->paired) {
		compare_events_prepare(&f);
		for (size_t i = 0; i < m->npairs; i++) {
			struct side sides[2];
			compare_pair_sides(&m->pairs[i], sides);
			compare_pair_events(&f, &m->pairs[i], sides);
		}
	}
	/* the divergence matrix of all groups */
	m->divergence = slant_xcalloc(G * G, sizeof *m->divergence);
	for (size_t i = 0; i < G; i++)
		for (size_t j = i + 1; j < G; j++) {
			double v =
			    f.V ? slant_stats_jsd(b->groups[i].count,
			                          b->groups[j].count, f.V, NULL)
			        : NAN;
			m->divergence[i * G + j] = m->divergence[j * G + i] = v;
		}
	slant_compare_builder_free(b);
	return m;
}

void slant_compare_free(struct slant_compare *m)
{
	if (!m)
		return;
	for (size_t g = 0; g < m->ngroups; g++) {
		free(m->groups[g].name);
		free(m->groups[g].dims);
	}
	free(m->groups);
	for (size_t i = 0; i < m->npairs; i++) {
		struct slant_compare_pair *p = &m->pairs[i];
		for (size_t j = 0; p->dims && j < m->lx->ndims * SLANT_NVOICES;
		     j++)
			free(p->dims[j].event_diff);
		free(p->terms);
		free(p->dims);
	}
	free(m->pairs);
	free(m->kruskal);
	free(m->naming);
	free(m->divergence);
	for (size_t i = 0; i < m->nnotes; i++)
		free(m->notes[i]);
	free(m->notes);
	for (size_t i = 0; i < m->nstrs; i++)
		free(m->strs[i]);
	free(m->strs);
	slant_vocab_free(m->vocab);
	free(m);
}
