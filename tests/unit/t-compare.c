/* t-compare.c: the comparison model on tiny inputs whose numbers can be
 * checked by hand. The statistics themselves are checked against SciPy in
 * t-stats; here the wiring: which counts go in (a, b, c, d), signs, groups,
 * BH families, sort order and ties, zero counts, identical groups. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "format.h"
#include "corpus.h"
#include "lexicon.h"
#include "match.h"
#include "mem.h"
#include "stats.h"
#include "tap.h"
#include "tokenize.h"
#include "vocab.h"

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
	slant_compare_builder_add(b, group, NULL, tok, hits, terms, counts, n);
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
	const double c2b[] = {2, 3};
	const char *t3[] = {"the", "peace"};
	const double c3[] = {4, 1};
	add(b, "A", 60, 40, 3, 1, t1, c1, 3);
	add(b, "A", 100, 0, 1, 0, t2, c2, 2);
	add(b, "A", 50, 0, 2, 0, t2, c2b, 2);
	add(b, "B", 80, 20, 0, 0, t3, c3, 2);
	add(b, "B", 100, 0, 0, 0, t3, c3, 2);
	add(b, "B", 50, 0, 0, 0, t3, c3, 1);
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	ok(m != NULL, "two groups: model built");
	is_int(m->ngroups, 2, "two groups");
	is_int(m->npairs, 1, "one comparison");
	const struct slant_compare_pair *p = &m->pairs[0];
	ok(p->article_tests, "3 articles a side: article-level tests");
	is_str(m->groups[p->target].name, "A", "target A");
	is_num(p->tokens[0], 250, 0, "target tokens 60+40+100+50");
	is_num(p->tokens[1], 250, 0, "reference tokens");
	const struct slant_compare_term *w = find(p, m, "war");
	ok(w != NULL, "'war' tested");
	is_num(w->count[0], 6, 0, "war count in A");
	is_num(w->count[1], 0, 0, "war count in B (zero)");
	is_num(w->docs[0], 3, 0, "war: articles of A using it");
	is_num(w->share[0], 1, 0, "war: share of A's articles");
	is_num(w->rate[0], 240, 1e-12, "rate per 10,000: 6/250");
	is_num(w->p, slant_stats_fisher_p(3, 0, 0, 3), 1e-15,
	       "article level: Fisher's test of 3 of 3 against 0 of 3");
	is_num(w->share_ratio.est, log2((1 + 1.0 / 6) / (1.0 / 6)), 1e-12,
	       "share ratio: half an article at the mean side size");
	ok(!isnan(w->share_ratio.lo) && w->share_ratio.lo <= w->share_ratio.est,
	   "share ratio has its article bootstrap interval");
	double pw;
	is_num(w->g2, slant_stats_g2(6, 0, 250, 250, &pw), 1e-12,
	       "token-level G2 from a=6 b=0 c=250 d=250");
	ok(w->log_ratio.est > 0 && w->log_odds.delta > 0 && w->log_odds.z > 0,
	   "over-use in the target is positive");
	is_num(w->log_ratio.est, log2((6.0 + 0.5) / (0.0 + 0.5)), 1e-12,
	       "token log ratio: 0.5 added to both counts (equal sizes)");
	const struct slant_compare_term *pe = find(p, m, "peace");
	ok(pe && pe->log_ratio.est < 0 && pe->share_ratio.est < 0,
	   "term only in the reference is negative");
	ok(find(p, m, "only-a") != NULL, "term only in the target listed");
	is_int(p->family_terms, 4, "BH family: the 4 tested terms");
	is_num(w->q, slant_stats_fisher_p(3, 0, 0, 3) * 4 / 1, 1e-12,
	       "q: BH over the family (war has the smallest p)");
	ok(!w->significant, "3 against 0 articles is not significant");
	is_str(slant_compare_term_string(m, p->terms[0].term), "war",
	       "sorted: strongest target term first");
	is_str(slant_compare_term_string(m, p->terms[p->nterms - 1].term),
	       "peace", "reference term last");
	/* dimension conflict, own voice: rates A 50, 10, 40; B 0, 0, 0 */
	const struct slant_compare_dim_test *d =
	    &p->dims[0 * SLANT_NVOICES + SLANT_VOICE_OWN];
	is_num(d->mean[0], (50.0 + 10.0 + 40.0) / 3, 1e-12,
	       "mean own rate per 1,000");
	is_num(d->hits[0], 6, 0, "own hits of the target");
	is_int(d->n[0], 3, "three rates in the target");
	ok(d->mw.method == SLANT_P_EXACT,
	   "Mann-Whitney p exact for 3 against 3");
	is_num(d->mw.p, 0.1, 1e-12,
	       "complete separation of 3 and 3: p = 2 / C(6, 3)");
	ok(d->untestable == NULL, "own voice tested");
	ok(d->cliffs_delta == 1 && d->mean_ratio.est > 0,
	   "dimension effects positive for the target");
	const struct slant_compare_dim_test *dq =
	    &p->dims[0 * SLANT_NVOICES + SLANT_VOICE_QUOTED];
	is_int(dq->n[0], 1, "one target article has quoted tokens");
	ok(isnan(dq->mw.p) && dq->untestable &&
	       strstr(dq->untestable, "3 articles"),
	   "one rate on a side: not testable, and why");
	is_num(dq->g2, slant_stats_g2(1, 0, 40, 20, NULL), 1e-12,
	       "token-level G2 on quoted hits vs quoted tokens");
	const struct slant_compare_dim_test *other =
	    &p->dims[1 * SLANT_NVOICES + SLANT_VOICE_OWN];
	ok(isnan(other->mw.p) && other->untestable &&
	       strstr(other->untestable, "no variation"),
	   "a dimension no article uses: not testable, no variation");
	is_int(p->family_dims, 2,
	       "one family: conflict in its own voice and in all text");
	is_num(d->q, 0.1, 1e-12, "two equal p-values: q = p");
	ok(p->jsd > 0 && p->jsd <= 1, "JSD in (0, 1]");
	is_num(p->jsd_excess, p->jsd - p->jsd_null, 1e-15,
	       "JSD excess over its null");
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
	for (int i = 0; i < 3; i++) {
		add(b, "X", 10, 0, 1, 0, t, c, 2);
		add(b, "Y", 10, 0, 1, 0, t, c, 2);
	}
	struct slant_error err;
	struct slant_compare *m = slant_compare_finish(b, &err);
	const struct slant_compare_pair *p = &m->pairs[0];
	int zero = 1;
	for (size_t i = 0; i < p->nterms; i++)
		zero &= p->terms[i].g2 == 0 && p->terms[i].log_ratio.est == 0 &&
		        p->terms[i].share_ratio.est == 0 &&
		        p->terms[i].p == 1 &&
		        fabs(p->terms[i].log_odds.delta) < 1e-15;
	ok(zero && p->nterms == 2, "identical groups: every term effect is 0");
	is_num(p->jsd, 0, 1e-15, "identical groups: JSD 0");
	is_str(slant_compare_term_string(m, p->terms[0].term), "alpha",
	       "ties sorted by term string");
	const struct slant_compare_dim_test *d = &p->dims[0];
	is_num(d->mean[0] - d->mean[1], 0, 0, "identical dimension means");
	is_num(d->mean_ratio.est, 0, 0, "mean ratio 0");
	ok(d->untestable != NULL && isnan(d->mw.p),
	   "every article the same rate: not testable");
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
	       isnan(p->terms[0].p) && isnan(p->terms[0].share_ratio.lo) &&
	       !p->terms[0].significant,
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

/* The records path (two workers, each with its own vocabulary, taking
 * turns as the stream hands out batches; each word's string sent once per
 * worker) gives the same model as adding the same articles' terms as
 * strings. */
struct enc_worker {
	struct slant_vocab *vocab;
	struct slant_tokenizer *tk;
	struct slant_matcher *m;
	struct slant_tokens toks;
	struct slant_tally tally;
};

static void test_records(const struct slant_lexicon *lx, unsigned ngrams)
{
	static const char *const texts[] = {
	    "War and peace. The war goes on, \"war is peace\" they said.",
	    "Peace talks resume; the war pauses and peace holds.",
	    "No war here: only the harbor, the harbor and the sea.",
	    "War, war, war. Peace? Not yet, the minister said.",
	    "The sea and the war and the peace talks again.",
	    "Only peace: the talks end the war at sea.",
	};
	const size_t n = sizeof texts / sizeof *texts;
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.target = "A";
	o.reference = "B";
	o.min_count = 1;
	o.ngrams = ngrams;
	o.bootstrap = 20;
	struct slant_compare_builder *viarec =
	    slant_compare_builder_new(lx, &o);
	struct slant_compare_builder *direct =
	    slant_compare_builder_new(lx, &o);
	struct slant_compare_encoder *enc =
	    slant_compare_encoder_new(ngrams, 2, NULL);
	struct enc_worker w[2];
	for (int i = 0; i < 2; i++) {
		w[i].vocab = slant_vocab_new();
		w[i].tk = slant_tokenizer_new(w[i].vocab);
		w[i].m = slant_matcher_new(lx, w[i].vocab);
		slant_tokens_init(&w[i].toks);
		slant_tally_init(&w[i].tally, lx);
	}
	/* worker 1 starts with other words in its vocabulary, so its type
	 * ids differ from worker 0's */
	slant_vocab_intern(w[1].vocab, "zebra", 5);
	slant_vocab_intern(w[1].vocab, "quagga", 6);
	struct slant_buf rec, one;
	slant_buf_init(&rec);
	slant_buf_init(&one);
	int ok_direct = 1;
	char text[128];
	for (size_t i = 0; i < n; i++) {
		/* batches of two: articles 0-1 to worker 0, 2-3 to worker
		 * 1, 4-5 to worker 0 */
		unsigned k = (unsigned)(i / 2 % 2);
		struct enc_worker *x = &w[k];
		struct slant_article a = {0};
		char group[2] = {i % 2 ? 'B' : 'A', 0};
		a.group = group;
		snprintf(text, sizeof text, "%s", texts[i]);
		a.text = text;
		a.text_len = strlen(text);
		slant_tokenize(x->tk, a.text, a.text_len, &x->toks);
		slant_tally_reset(&x->tally);
		slant_matcher_run(x->m, &x->toks, &x->tally, NULL, NULL);
		slant_compare_encode(enc, k, &a, &x->toks, x->vocab, &x->tally,
		                     &rec);
		/* the same article with its words (and phrases) as strings */
		slant_buf_reset(&one);
		const char **terms =
		    slant_xcalloc(3 * x->toks.n + 1, sizeof *terms);
		double *cnt = slant_xcalloc(3 * x->toks.n + 1, sizeof *cnt);
		size_t nt = 0;
		for (unsigned len = 1; len <= ngrams; len++)
			for (size_t t = 0; t + len <= x->toks.n; t++) {
				int joined = 1;
				for (unsigned j = 0; j + 1 < len; j++) {
					const struct slant_token *u =
					    &x->toks.v[t + j];
					const struct slant_token *v = u + 1;
					joined &=
					    u->sentence == v->sentence &&
					    (u->flags & SLANT_TOK_QUOTED) ==
					        (v->flags & SLANT_TOK_QUOTED);
				}
				if (!joined)
					continue;
				size_t start = one.len;
				for (unsigned j = 0; j < len; j++) {
					size_t l;
					const char *s = slant_vocab_word(
					    x->vocab, x->toks.v[t + j].type,
					    &l);
					if (j)
						slant_buf_putc(&one, ' ');
					slant_buf_append(&one, s, l);
				}
				slant_buf_putc(&one, '\0');
				terms[nt] = (const char *)(uintptr_t)start;
				cnt[nt++] = 1;
			}
		for (size_t t = 0; t < nt; t++)
			terms[t] = one.data + (uintptr_t)terms[t];
		uint32_t *const hits[2] = {x->tally.hits[0], x->tally.hits[1]};
		slant_compare_builder_add(direct, a.group, NULL,
		                          x->tally.tokens, hits, terms, cnt,
		                          nt);
		free(terms);
		free(cnt);
	}
	struct slant_error err;
	ok(slant_compare_builder_add_records(viarec, rec.data, rec.len, &err) ==
	       0,
	   "records (ngrams %u): decoded", ngrams);
	struct slant_compare *a = slant_compare_finish(viarec, &err);
	struct slant_compare *b = slant_compare_finish(direct, &err);
	ok(a && b, "records (ngrams %u): both models built%s%s", ngrams,
	   a && b ? "" : ": ", a && b ? "" : err.message);
	const struct slant_compare_pair *pa = &a->pairs[0], *pb = &b->pairs[0];
	ok_direct = pa->nterms == pb->nterms && pa->nterms > 0;
	for (size_t i = 0; ok_direct && i < pa->nterms; i++)
		ok_direct =
		    strcmp(slant_compare_term_string(a, pa->terms[i].term),
		           slant_compare_term_string(b, pb->terms[i].term)) ==
		        0 &&
		    pa->terms[i].count[0] == pb->terms[i].count[0] &&
		    pa->terms[i].count[1] == pb->terms[i].count[1] &&
		    pa->terms[i].docs[0] == pb->terms[i].docs[0] &&
		    pa->terms[i].docs[1] == pb->terms[i].docs[1];
	ok(ok_direct,
	   "records (ngrams %u): %zu terms with the same counts and "
	   "document frequencies as direct adds",
	   ngrams, pa->nterms);
	is_num(pa->jsd, pb->jsd, 1e-15, "records (ngrams %u): same JSD",
	       ngrams);
	/* a record naming a type its worker never sent is malformed */
	slant_buf_reset(&rec);
	struct slant_article bad = {0};
	char group_a[] = "A";
	bad.group = group_a;
	snprintf(text, sizeof text, "war");
	bad.text = text;
	bad.text_len = 3;
	slant_tokenize(w[0].tk, bad.text, bad.text_len, &w[0].toks);
	slant_tally_reset(&w[0].tally);
	slant_compare_encode(enc, 0, &bad, &w[0].toks, w[0].vocab, &w[0].tally,
	                     &rec);
	struct slant_compare_builder *fresh = slant_compare_builder_new(lx, &o);
	is_int(
	    slant_compare_builder_add_records(fresh, rec.data, rec.len, &err),
	    -1, "records (ngrams %u): a type never sent is an error", ngrams);
	slant_compare_builder_free(fresh);
	slant_compare_free(a);
	slant_compare_free(b);
	slant_compare_encoder_free(enc);
	for (int i = 0; i < 2; i++) {
		slant_tally_release(&w[i].tally);
		slant_tokens_release(&w[i].toks);
		slant_matcher_free(w[i].m);
		slant_tokenizer_free(w[i].tk);
		slant_vocab_free(w[i].vocab);
	}
	slant_buf_release(&rec);
	slant_buf_release(&one);
}

/* The JSD's permutation null: outlets that share no words against one
 * population split in two. */
static void test_jsd_null(const struct slant_lexicon *lx)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.target = "A";
	o.reference = "B";
	o.min_count = 1;
	o.bootstrap = 99;
	struct slant_compare_builder *apart = slant_compare_builder_new(lx, &o);
	struct slant_compare_builder *mixed = slant_compare_builder_new(lx, &o);
	const char *ta[] = {"alpha", "beta", "gamma"}, *tb[] = {"delta", "eps"};
	const double ca[] = {3, 2, 1}, cb[] = {2, 4};
	/* two kinds of article, P and Q; A has 5 P and 3 Q, B the other way
	 * round: a difference well within what chance deals */
	const char *tm[] = {"alpha", "delta", "gamma", "eps"};
	const double cm[] = {1, 2, 1, 1};
	const char *pat_a = "PPQPQPPQ", *pat_b = "QQPQPQQP";
	for (int i = 0; i < 8; i++) {
		add(apart, "A", 6, 0, 0, 0, ta, ca, 3);
		add(apart, "B", 6, 0, 0, 0, tb, cb, 2);
		int qa = pat_a[i] == 'Q', qb = pat_b[i] == 'Q';
		add(mixed, "A", 5, 0, 0, 0, tm + qa, cm + qa, 3);
		add(mixed, "B", 5, 0, 0, 0, tm + qb, cm + qb, 3);
	}
	struct slant_error err;
	struct slant_compare *a = slant_compare_finish(apart, &err);
	struct slant_compare *m = slant_compare_finish(mixed, &err);
	const struct slant_compare_pair *pa = &a->pairs[0], *pm = &m->pairs[0];
	is_num(pa->jsd, 1, 1e-15, "no shared words: JSD 1");
	ok(pa->jsd_null < 0.5, "no shared words: the null is far below (%g)",
	   pa->jsd_null);
	is_num(pa->jsd_p, 1.0 / 100, 1e-15,
	       "no shared words: p = 1 / (permutations + 1)");
	ok(pm->jsd > 0, "one population split in two: JSD > 0 (%g)", pm->jsd);
	ok(pm->jsd_p > 0.1, "one population split in two: p not small (%g)",
	   pm->jsd_p);
	ok(pm->jsd_excess < 0.05,
	   "one population split in two: little excess over the null (%g)",
	   pm->jsd_excess);
	slant_compare_free(a);
	slant_compare_free(m);
}

/* A front end that writes one table computes only that table's part:
 * the same bytes as from the whole model, for every table. */
static struct slant_compare *parts_model(const struct slant_lexicon *lx,
                                         unsigned parts)
{
	struct slant_compare_options o;
	slant_compare_options_init(&o);
	o.min_count = 1;
	o.bootstrap = 40;
	o.parts = parts;
	o.mode = SLANT_COMPARE_PAIRS;
	struct slant_compare_builder *b = slant_compare_builder_new(lx, &o);
	const char *t[] = {"war", "peace", "talks", "harbor", "sea"};
	for (int i = 0; i < 12; i++) {
		double c[5] = {i % 3, i % 2 + 1, i % 4, (i * 7) % 5, 1};
		const char *g = i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C";
		add(b, g, 40 + (uint64_t)i, (uint64_t)i % 3, (uint32_t)i % 3,
		    (uint32_t)i % 2, t, c, 5);
	}
	struct slant_error err;
	return slant_compare_finish(b, &err);
}

static void test_parts(const struct slant_lexicon *lx)
{
	struct slant_compare *all = parts_model(lx, SLANT_PARTS_ALL);
	int same = 1;
	for (int t = SLANT_TABLE_TERMS; t <= SLANT_TABLE_GROUPS; t++) {
		unsigned need = slant_compare_table_parts(t);
		struct slant_compare *part = parts_model(lx, need);
		struct slant_buf x, y;
		slant_buf_init(&x);
		slant_buf_init(&y);
		slant_compare_write_table(&x, all, t, SLANT_FMT_CSV, 0);
		slant_compare_write_table(&y, part, t, SLANT_FMT_CSV, 0);
		same &= x.len > 0 && x.len == y.len &&
		        memcmp(x.data, y.data, x.len) == 0;
		slant_buf_release(&x);
		slant_buf_release(&y);
		slant_compare_free(part);
	}
	ok(same, "each table from only its part: the same bytes as from the "
	         "whole model");
	struct slant_compare *terms = parts_model(lx, SLANT_PART_TERM_BOOT);
	ok(terms->groups[0].dims == NULL && isnan(terms->pairs[0].jsd_p),
	   "parts left out are not computed");
	slant_compare_free(terms);
	slant_compare_free(all);
}

int main(void)
{
	struct slant_lexicon *lx = mini();
	test_two_groups(lx);
	test_identical(lx);
	test_one_article_and_errors(lx);
	test_rest_and_pairs(lx);
	test_records(lx, 1);
	test_records(lx, 3);
	test_jsd_null(lx);
	test_parts(lx);
	slant_lexicon_free(lx);
	return tap_done();
}
