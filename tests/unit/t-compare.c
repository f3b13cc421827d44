/* t-compare.c: the comparison model on tiny inputs whose numbers can be
 * checked by hand. The statistics themselves are checked against SciPy in
 * t-stats; here the wiring: which counts go in (a, b, c, d), signs, groups,
 * BH families, sort order and ties, zero counts, identical groups. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "lexicon.h"
#include "stats.h"
#include "tap.h"

static struct slant_lexicon *mini(void)
{
	static const char text[] = "%scheme t\n"
	                           "%dimension conflict  c\n"
	                           "%dimension other  o\n"
	                           "@conflict\nwar\n@other\npeace\n";
	struct slant_lexicon *lx = slant_lexicon_new();
	struct slant_error err;
	if (slant_lexicon_parse_native(lx, "t.lex", text, strlen(text), &err) <
	        0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		printf("Bail out! %s\n", err.message);
		exit(1);
	}
	return lx;
}

/* Add an article of the given group with terms "w:count" and dims. */
static void add(struct slant_compare_builder *b, const char *group,
                uint64_t own, uint64_t quoted, uint32_t h0own, uint32_t h0q,
                const char *const *terms, const double *counts, size_t n)
{
	uint64_t tok[2] = {own, quoted};
	uint32_t ho[2] = {h0own, 0}, hq[2] = {h0q, 0};
	uint32_t *const hits[2] = {ho, hq};
	slant_compare_builder_add(b, group, tok, hits, terms, counts, n);
}

static const struct slant_compare_term *find(const struct slant_compare_pair *p,
                                             const struct slant_compare *m,
                                             const char *s)
{
	for (size_t i = 0; i < p->nterms; i++)
		if (strcmp(slant_compare_term_string(m, p->terms[i].term), s) ==
		    0)
			return &p->terms[i];
	return NULL;
}

static void test_two_groups(const struct slant_lexicon *lx)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.target = "A";
	o.reference = "B";
	o.min_count = 1;
	o.bootstrap = 50;
	struct slant_compare_builder *b = slant_compare_builder_new(lx, &o);
	const char *t1[] = {"war", "the", "only-a"};
	const double c1[] = {3, 5, 2};
	const char *t2[] = {"war", "the"};
	const double c2[] = {1, 5};
	const char *t3[] = {"the", "peace"};
	const double c3[] = {4, 1};
	add(b, "A", 60, 40, 3, 1, t1, c1, 3);
	add(b, "A", 100, 0, 1, 0, t2, c2, 2);
	add(b, "B", 80, 20, 0, 0, t3, c3, 2);
	add(b, "B", 100, 0, 0, 0, t3, c3, 2);
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	ok(m != NULL, "two groups: model built");
	is_int(m->ngroups, 2, "two groups");
	is_int(m->npairs, 1, "one comparison");
	const struct slant_compare_pair *p = &m->pairs[0];
	is_str(m->groups[p->target].name, "A", "target A");
	is_num(p->tokens[0], 200, 0, "target tokens 60+40+100");
	is_num(p->tokens[1], 200, 0, "reference tokens");
	const struct slant_compare_term *w = find(p, m, "war");
	ok(w != NULL, "'war' tested");
	is_num(w->count[0], 4, 0, "war count in A");
	is_num(w->count[1], 0, 0, "war count in B (zero)");
	is_num(w->docs[0], 2, 0, "war document frequency");
	is_num(w->rate[0], 200, 1e-12, "rate per 10,000: 4/200");
	double pw;
	is_num(w->g2, slant_stats_g2(4, 0, 200, 200, &pw), 1e-12,
	       "G2 from a=4 b=0 c=200 d=200");
	ok(w->log_ratio.est > 0 && w->log_odds.delta > 0 && w->log_odds.z > 0,
	   "over-use in the target is positive");
	is_num(w->log_ratio.est, log2((4.0 / 200) / (0.5 / 200)), 1e-12,
	       "log ratio with 0.5 for the zero count");
	const struct slant_compare_term *pe = find(p, m, "peace");
	ok(pe && pe->log_ratio.est < 0,
	   "term only in the reference is negative");
	ok(find(p, m, "only-a") != NULL, "term only in the target listed");
	is_int(p->family_g2, 4, "BH family: the 4 tested terms");
	is_str(slant_compare_term_string(m, p->terms[0].term), "war",
	       "sorted: strongest target term first");
	is_str(slant_compare_term_string(m, p->terms[p->nterms - 1].term),
	       "peace", "reference term last");
	/* dimension conflict, own voice: rates A 3/60, 1/100; B 0, 0 */
	const struct slant_compare_dim_test *d =
	    &p->dims[0 * SLANT_NVOICES + SLANT_VOICE_OWN];
	is_num(d->mean[0], (50.0 + 10.0) / 2, 1e-12, "mean own rate per 1,000");
	is_num(d->hits[0], 4, 0, "own hits of the target");
	is_int(d->n[0], 2, "two rates in the target");
	const struct slant_compare_dim_test *dq =
	    &p->dims[0 * SLANT_NVOICES + SLANT_VOICE_QUOTED];
	is_int(dq->n[0], 1, "one target article has quoted tokens");
	ok(isnan(dq->welch.p), "no Welch p with one rate");
	is_num(dq->g2, slant_stats_g2(1, 0, 40, 20, NULL), 1e-12,
	       "token-level G2 on quoted hits vs quoted tokens");
	ok(d->welch.stat > 0 && d->cliffs_delta == 1,
	   "dimension effects positive for the target");
	is_int(p->family[SLANT_VOICE_OWN][SLANT_DTEST_G2], 2,
	       "dimension G2 family: both dimensions (no hits: G2 0, p 1)");
	is_int(p->family[SLANT_VOICE_OWN][SLANT_DTEST_WELCH], 1,
	       "Welch family: 'other' has zero variance, p NaN, not counted");
	ok(p->jsd.est > 0 && p->jsd.est <= 1, "JSD in (0, 1]");
	slant_compare_free(m);
}

static void test_identical(const struct slant_lexicon *lx)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.min_count = 1;
	o.mode = SLANT_COMPARE_PAIRS;
	const char *t[] = {"alpha", "beta"};
	const double c[] = {2, 3};
	struct slant_compare_builder *b = slant_compare_builder_new(lx, &o);
	for (int i = 0; i < 2; i++) {
		add(b, "X", 10, 0, 1, 0, t, c, 2);
		add(b, "Y", 10, 0, 1, 0, t, c, 2);
	}
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	const struct slant_compare_pair *p = &m->pairs[0];
	int zero = 1;
	for (size_t i = 0; i < p->nterms; i++)
		zero &= p->terms[i].g2 == 0 && p->terms[i].log_ratio.est == 0 &&
		        fabs(p->terms[i].log_odds.delta) < 1e-15;
	ok(zero && p->nterms == 2, "identical groups: every term effect is 0");
	is_num(p->jsd.est, 0, 1e-15, "identical groups: JSD 0");
	is_str(slant_compare_term_string(m, p->terms[0].term), "alpha",
	       "ties sorted by term string");
	const struct slant_compare_dim_test *d = &p->dims[0];
	is_num(d->mean[0] - d->mean[1], 0, 0, "identical dimension means");
	is_num(d->cliffs_delta, 0, 0, "Cliff's delta 0");
	slant_compare_free(m);
}

static void test_one_article_and_errors(const struct slant_lexicon *lx)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.min_count = 1;
	o.mode = SLANT_COMPARE_PAIRS;
	const char *t[] = {"x"};
	const double c[] = {1};
	struct slant_compare_builder *b = slant_compare_builder_new(lx, &o);
	add(b, "P", 5, 0, 1, 0, t, c, 1);
	add(b, "Q", 5, 0, 0, 0, t, c, 1);
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	const struct slant_compare_pair *p = &m->pairs[0];
	ok(!p->article_tests, "one article a group: no article tests");
	ok(isnan(p->dims[0].welch.p) && isnan(p->dims[0].mw.p) &&
	       isnan(p->terms[0].log_ratio_boot.lo) && isnan(p->jsd.lo),
	   "no p-value or interval that cannot be computed");
	ok(!isnan(p->dims[0].g2_p), "token-level test still reported");
	ok(m->nnotes >= 2 && strstr(m->notes[0], "article-level tests"),
	   "the model says so in its notes");
	slant_compare_free(m);

	o.target = "nope";
	o.mode = SLANT_COMPARE_TARGET;
	b = slant_compare_builder_new(lx, &o);
	add(b, "P", 5, 0, 1, 0, t, c, 1);
	add(b, "Q", 5, 0, 1, 0, t, c, 1);
	ok(slant_compare_finish(b, &err) == NULL && err.code == SLANT_EUSAGE,
	   "unknown target group is a usage error");
	o.target = NULL;
	o.mode = SLANT_COMPARE_PAIRS;
	b = slant_compare_builder_new(lx, &o);
	add(b, "P", 5, 0, 1, 0, t, c, 1);
	ok(slant_compare_finish(b, &err) == NULL && err.code == SLANT_EUSAGE,
	   "one group only is a usage error");
}

static void test_rest_and_pairs(const struct slant_lexicon *lx)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.min_count = 1;
	o.mode = SLANT_COMPARE_ONE_VS_REST;
	const char *t[] = {"w"};
	const double c1[] = {1}, c2[] = {2}, c3[] = {3};
	struct slant_compare_builder *b = slant_compare_builder_new(lx, &o);
	add(b, "g3", 10, 0, 0, 0, t, c3, 1);
	add(b, "g1", 10, 0, 0, 0, t, c1, 1);
	add(b, "g2", 10, 0, 0, 0, t, c2, 1);
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	is_int(m->npairs, 3, "one-vs-rest: one comparison a group");
	is_str(m->groups[0].name, "g1", "groups sorted by name");
	ok(m->pairs[0].reference == SLANT_COMPARE_REST,
	   "reference is the rest");
	is_num(m->pairs[0].terms[0].count[1], 5, 0, "rest counts: 2 + 3");
	is_num(m->pairs[0].tokens[1], 20, 0, "rest tokens");
	is_int(m->nkruskal, 2 * SLANT_NVOICES, "Kruskal-Wallis with 3 groups");
	is_num(m->divergence[0 * 3 + 1], 0, 0, "one-term groups: JSD 0");
	slant_compare_free(m);
}

int main(void)
{
	struct slant_lexicon *lx = mini();
	test_two_groups(lx);
	test_identical(lx);
	test_one_article_and_errors(lx);
	test_rest_and_pairs(lx);
	slant_lexicon_free(lx);
	return tap_done();
}
