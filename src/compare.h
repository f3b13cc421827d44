/* compare.h: the comparison model of groups of articles (slant compare).
 *
 * Computed once, rendered by every writer (JSON, CSV/TSV tables, and later
 * HTML/Markdown reports): writers only read the structs below, so the
 * outputs cannot disagree. This module never prints and knows nothing of
 * the command line; all statistics come from stats.h.
 *
 * Life of a comparison:
 *   1. slant_compare_builder_new(lexicon, options)
 *   2. for each article: slant_compare_encode() in a worker thread (turns
 *      the article's tokens and tally into a compact record of its group,
 *      voice token counts, dimension hits and distinct terms with counts;
 *      a word goes as the worker's type id, its string only the first
 *      time that worker sends it), then slant_compare_builder_add_records()
 *      in input order in one thread (maps the ids to the model's terms,
 *      interns new strings, and merges);
 *      or slant_compare_builder_add() directly (tests, other front ends);
 *   3. slant_compare_finish() computes every statistic and returns the
 *      model; slant_compare_free() releases it.
 * The model depends only on the articles and their order, never on how
 * many threads encoded them.
 *
 * Memory. Article texts are never kept. Per group: counts and document
 * frequencies per term (dense over the vocabulary). Per article: its
 * dimension hits per voice and its voice token counts (needed by the
 * article-level tests: Welch, Mann-Whitney, Cliff's delta, Cohen's d,
 * Kruskal-Wallis); 8 bytes per dimension per article, no terms. Term
 * vectors for the bootstrap are kept per *block* of consecutive articles
 * of a group, never per article: a group starts with one article a block;
 * whenever it has 2 * max_blocks blocks, neighbouring blocks are merged in
 * pairs (the block length doubles). A group of up to 2 * max_blocks
 * articles is therefore bootstrapped exactly article by article; a larger
 * one by blocks of consecutive articles (a block bootstrap: it resamples
 * runs of articles, which also keeps bursts of related articles together,
 * so its intervals are if anything a little wider). The bootstrap's
 * memory is bounded by 2 * max_blocks sparse vectors per group; while
 * finishing, the JSD's bootstrap and permutations also keep the blocks'
 * counts term by term (terms in two blocks or more), bounded the same
 * way. The builder maps each worker's word ids to terms: 4 bytes per word
 * a worker has seen.
 *
 * Terms are unigrams and, with ngrams 2 or 3, phrases of up to that many
 * words within one sentence and one voice, words joined by one space. A
 * term containing a stop word is not counted (the token totals still count
 * every word, so rates stay "per 10,000 words of text").
 *
 * Signs: every directional effect (Log Ratio, log-odds, delta z, mean
 * difference, Welch t, Cliff's delta, Cohen's d, Hedges' g) is positive
 * when the target uses the term / dimension more than the reference.
 */
#ifndef SLANT_COMPARE_H
#define SLANT_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "error.h"
#include "format.h"
#include "lexicon.h"
#include "match.h"
#include "mem.h"
#include "stats.h"
#include "tokenize.h"
#include "vocab.h"

/* Which groups are compared. */
enum slant_compare_mode {
	/* options.target against options.reference, or against all other
	 * groups pooled when reference is NULL */
	SLANT_COMPARE_TARGET = 0,
	/* every group against all other groups pooled */
	SLANT_COMPARE_ONE_VS_REST,
	/* every pair of groups (i, j), i < j in group order; target is i */
	SLANT_COMPARE_PAIRS
};

/* The Dirichlet prior of the log-odds (Monroe et al. 2008). */
enum slant_compare_prior {
	/* alpha_w = prior_alpha for each of the comparison's n terms,
	 * alpha_0 = n * prior_alpha */
	SLANT_PRIOR_UNIFORM = 0,
	/* alpha_w = prior_scale * pooled share of w in the two sides,
	 * alpha_0 = prior_scale */
	SLANT_PRIOR_POOLED,
	/* alpha_w = prior_scale * (bg(w) + 1) / (bg total + n): a background
	 * frequency list, add-one smoothed over the comparison's n terms so
	 * that a term missing from the background still has a prior;
	 * alpha_0 = the sum of the alpha_w (at most prior_scale) */
	SLANT_PRIOR_BACKGROUND
};

/* Voices of dimension statistics. */
enum { SLANT_VOICE_OWN = 0, SLANT_VOICE_QUOTED = 1, SLANT_VOICE_ALL = 2 };
#define SLANT_NVOICES 3
/* "own", "quoted", "all" */
const char *slant_compare_voice_name(int voice);

/* The reference index of a comparison against all other groups. */
#define SLANT_COMPARE_REST SIZE_MAX

struct slant_compare_options {
	enum slant_compare_mode mode;
	const char *target;    /* SLANT_COMPARE_TARGET: required */
	const char *reference; /* SLANT_COMPARE_TARGET: NULL = all others */
	unsigned ngrams;       /* longest phrase, 1..3 [1] */
	double min_count;      /* a term is tested when its count in the two
	                          sides together is >= min_count [3] */
	size_t min_docs;       /* ... and it occurs in >= min_docs articles
	                          of the two sides together [1] */
	/* Stop words (normalised, as tokens are); NULL/0 = none [none] */
	const char *const *stopwords;
	size_t nstopwords;
	const char *stopwords_name; /* how the list is named in outputs */
	enum slant_compare_prior prior;
	double prior_alpha; /* uniform prior pseudo-count [0.01] */
	double prior_scale; /* pooled / background alpha_0 [1000] */
	/* Background frequencies (SLANT_PRIOR_BACKGROUND): normalised terms
	 * and their counts; bg_name names the source in outputs. */
	const char *const *bg_terms;
	const double *bg_counts;
	size_t nbg;
	const char *bg_name;
	size_t bootstrap;     /* replicates B [200]; 0 = no bootstrap */
	double conf;          /* interval level [0.95] */
	unsigned long seed;   /* bootstrap seed [1] */
	size_t boot_terms;    /* terms of each comparison with an article
	                         bootstrap interval for the Log Ratio: the
	                         ones with the largest G2 [100] */
	size_t max_blocks;    /* bootstrap blocks per group: at most
	                         2 * max_blocks [100] */
	unsigned threads;     /* threads for the bootstrap; the result
	                         does not depend on it [1] */
	unsigned parts;       /* what to compute beyond the term statistics
	                         and the JSD: SLANT_PART_* bits [all]; a
	                         part left out is NaN / NULL in the model */
	const char *language; /* every article's language (--language) for
	                         the stream that feeds the builder: which
	                         lexicons apply (language.h); NULL: each
	                         article's own [NULL] */
};

enum {
	SLANT_PART_TERM_BOOT = 1u,  /* the Log Ratio's article bootstrap */
	SLANT_PART_DIMENSIONS = 2u, /* group means, tests, Kruskal, naming */
	SLANT_PART_DIVERGENCE = 4u, /* the JSD's interval and null */
	SLANT_PARTS_ALL = 7u
};

/* Fill *o with the defaults in brackets above. */
void slant_compare_options_init(struct slant_compare_options *o);

/* ---- the model ---------------------------------------------------------- */

/* A group's value for one dimension in one voice. Article rates are hits
 * per 1,000 tokens of that voice; an article without tokens in the voice
 * has no rate and is left out (n counts the articles that have one). */
struct slant_compare_group_dim {
	size_t n;                         /* articles with a rate */
	struct slant_stats_interval mean; /* mean article rate, bootstrap CI
	                                     (NaN lo/hi when n < 2 or no
	                                     bootstrap) */
	double hits;                      /* hits of the whole group */
	double rate;                      /* pooled: 1000 * hits / tokens */
};

struct slant_compare_group {
	char *name;
	size_t articles;
	double tokens[SLANT_NVOICES]; /* own, quoted, all */
	/* ndims * SLANT_NVOICES, index dim * SLANT_NVOICES + voice */
	struct slant_compare_group_dim *dims;
};

/* One term in one comparison. Side 0 is the target, 1 the reference. */
struct slant_compare_term {
	uint32_t term; /* id: slant_compare_term_string() */
	double count[2];
	double docs[2];              /* document frequency */
	double rate[2];              /* per 10,000 tokens */
	double g2, g2_p, g2_q;       /* 4-term form; q: BH over the tested
	                                terms of the comparison */
	double g2_2term, g2_2term_p; /* 2-term form (AntConc, Rayson) */
	double chi2, chi2_p;         /* Pearson, no continuity correction */
	struct slant_stats_interval log_ratio;      /* token-level interval */
	struct slant_stats_interval log_ratio_boot; /* article bootstrap
	                                               interval; NaN when not
	                                               computed */
	struct slant_stats_log_odds log_odds;       /* delta, variance, z */
	double log_odds_p, log_odds_q;              /* two-sided p of z, BH q */
	double jsd_contrib; /* share of the comparison's JSD */
};

/* Tests of one dimension in one voice in one comparison. */
enum { SLANT_DTEST_G2 = 0, SLANT_DTEST_WELCH, SLANT_DTEST_MW };
#define SLANT_NDTESTS 3
struct slant_compare_dim_test {
	size_t dim; /* index into the lexicon's dims */
	int voice;
	size_t n[2];    /* articles with a rate */
	double mean[2]; /* mean article rate */
	double hits[2], tokens[2];
	/* token level: hits vs tokens of the voice (always computable when
	   both sides have tokens) */
	double g2, g2_p;
	struct slant_stats_interval log_ratio;
	/* article level: NaN when a side has fewer than 2 rates */
	struct slant_stats_test welch;
	struct slant_stats_test mw; /* U of the target */
	double cliffs_delta, cohens_d, hedges_g;
	double q[SLANT_NDTESTS]; /* BH across dimensions, per voice and
	                            test: see family[] */
};

struct slant_compare_pair {
	size_t target;    /* group index */
	size_t reference; /* group index or SLANT_COMPARE_REST */
	size_t articles[2];
	double tokens[2];   /* all voices */
	size_t vocab;       /* terms seen in either side (the prior's and
	                       the divergence's vocabulary) */
	double prior_total; /* alpha_0 of the log-odds prior */
	/* Tested terms, sorted by signed G2 (G2 times the sign of the Log
	 * Ratio) from over-use in the target to over-use in the reference,
	 * ties by term string. */
	struct slant_compare_term *terms;
	size_t nterms;
	size_t family_g2; /* BH family sizes (non-NaN p-values) */
	size_t family_log_odds;
	size_t boot_blocks[2]; /* bootstrap blocks per side (0: none) */
	/* Jensen-Shannon divergence (base 2) of the two sides' term
	 * distributions: jsd.est the plug-in value. The plug-in value is
	 * biased upwards (sampling noise looks like divergence), and its
	 * replicates more so, so a percentile interval can miss it entirely.
	 * jsd_corrected = 2 est - mean of the replicates (the bootstrap's bias
	 * correction) and jsd.lo, jsd.hi the basic bootstrap interval
	 * [2 est - q_hi, 2 est - q_lo] around it, both clamped to [0, 1];
	 * over articles (blocks). NaN without a bootstrap. */
	struct slant_stats_interval jsd;
	double jsd_corrected;
	/* The permutation null: the mean plug-in JSD when the same blocks
	 * are dealt to the two sides at random (what sampling alone gives
	 * on this vocabulary), and the p-value of the observed JSD against
	 * it, (1 + #{null >= observed}) / (1 + replicates); as many
	 * permutations as bootstrap replicates. NaN without a bootstrap. */
	double jsd_null, jsd_p;
	size_t jsd_replicates;
	/* ndims * SLANT_NVOICES, index dim * SLANT_NVOICES + voice */
	struct slant_compare_dim_test *dims;
	/* BH family size per voice and test */
	size_t family[SLANT_NVOICES][SLANT_NDTESTS];
	bool article_tests; /* both sides have >= 2 articles */
};

/* Kruskal-Wallis across all groups (3 or more) for one dimension/voice. */
struct slant_compare_kruskal {
	size_t dim;
	int voice;
	struct slant_stats_test kw;
	double q; /* BH across dimensions within the voice */
};

/* One variant of a naming set in one group (all voices). */
struct slant_compare_naming {
	size_t set;     /* dim index of the naming set */
	size_t variant; /* dim index of the variant */
	size_t group;
	double count, count_own;
	double set_total; /* hits of the whole set in the group */
	double share;     /* count / set_total; NaN when 0/0 */
	/* Preference: log odds ratio (natural log) of choosing this variant
	 * over the set's other variants, this group against all other groups
	 * pooled, Haldane-Anscombe corrected (0.5 added to each cell), with a
	 * Woolf interval at the model's conf. NaN with a single group. */
	struct slant_stats_interval pref;
};

struct slant_compare {
	/* copy; strings are the model's; stopwords, bg_terms and bg_counts
	 * are NULL (their sizes and names are kept) */
	struct slant_compare_options opt;
	const struct slant_lexicon *lx; /* borrowed from the builder */
	size_t articles;
	struct slant_compare_group *groups; /* in order of first appearance */
	size_t ngroups;
	struct slant_compare_pair *pairs;
	size_t npairs;
	struct slant_compare_kruskal *kruskal; /* ndims * 3 when ngroups >= 3 */
	size_t nkruskal;
	size_t kruskal_family[SLANT_NVOICES];
	struct slant_compare_naming *naming; /* by set, variant, group */
	size_t nnaming;
	double *divergence; /* ngroups * ngroups JSD matrix, row-major */
	char **notes;       /* plain-language caveats ("group 'x' has one
	                       article: ...") for every writer to show */
	size_t nnotes;
	struct slant_vocab *vocab; /* the terms */
	char **strs;               /* owned copies of option strings */
	size_t nstrs;
};

/* The string of term id (valid while the model lives). */
const char *slant_compare_term_string(const struct slant_compare *m,
                                      uint32_t id);

/* ---- building ------------------------------------------------------------ */

struct slant_compare_builder;

/* A builder for articles scored with lx (borrowed: must outlive the
 * builder and the model). opt is copied (with its strings and arrays). */
struct slant_compare_builder *
slant_compare_builder_new(const struct slant_lexicon *lx,
                          const struct slant_compare_options *opt);
void slant_compare_builder_free(struct slant_compare_builder *b);

/* The encoding side: per worker, which of its vocabulary's strings it has
 * sent already. ngrams as in the options; nworkers as the stream's
 * threads. */
struct slant_compare_encoder;
struct slant_compare_encoder *slant_compare_encoder_new(unsigned ngrams,
                                                        unsigned nworkers);
void slant_compare_encoder_free(struct slant_compare_encoder *e);

/* Encode one article as a record appended to out. worker is the stream's
 * worker index (< nworkers): calls with different workers may run at
 * once, calls with the same worker must come in input order, with the
 * same vocabulary (the one the token types index), and their records must
 * reach slant_compare_builder_add_records in that order too, as the
 * stream guarantees. */
void slant_compare_encode(struct slant_compare_encoder *enc, unsigned worker,
                          const struct slant_article *a,
                          const struct slant_tokens *toks,
                          const struct slant_vocab *vocab,
                          const struct slant_tally *tally,
                          struct slant_buf *out);

/* Add every record in data[0..len) (made by slant_compare_encode), in
 * order. Returns 0, or -1 (SLANT_EINTERNAL) on a malformed record. */
int slant_compare_builder_add_records(struct slant_compare_builder *b,
                                      const char *data, size_t len,
                                      struct slant_error *err);

/* Add one article directly: its group, voice token counts, hits per
 * dimension and voice (hits[voice][dim], lexicon order; NULL when the
 * lexicon has no dimensions) and its distinct terms with counts
 * (normalised strings; a term listed twice is added twice). */
void slant_compare_builder_add(struct slant_compare_builder *b,
                               const char *group, const uint64_t tokens[2],
                               uint32_t *const hits[2],
                               const char *const *terms, const double *counts,
                               size_t nterms);

/* Compute the model. Consumes the builder (freed, also on failure).
 * Fails with SLANT_EUSAGE when a named target or reference group does not
 * exist, when they are the same group, when fewer than two groups were
 * read, or when nothing is left to compare; with SLANT_EDATA when there
 * were no articles. */
struct slant_compare *slant_compare_finish(struct slant_compare_builder *b,
                                           struct slant_error *err);

void slant_compare_free(struct slant_compare *m);

/* ---- writers (compare-write.c) ------------------------------------------ */

/* Which table the CSV/TSV writer prints. */
enum slant_compare_table {
	SLANT_TABLE_TERMS = 0,
	SLANT_TABLE_DIMENSIONS,
	SLANT_TABLE_NAMING,
	SLANT_TABLE_DIVERGENCE,
	SLANT_TABLE_GROUPS
};
/* Parse "terms", "dimensions", "naming", "divergence", "groups". */
int slant_compare_table_parse(const char *s, enum slant_compare_table *out);

/* The parts a table shows: a front end that writes only that table can
 * compute only them (the JSON needs SLANT_PARTS_ALL). */
unsigned slant_compare_table_parts(enum slant_compare_table t);

/* The whole model as one JSON object (and a newline). top > 0 keeps the
 * top terms at each end of each comparison's list (0 = all). */
void slant_compare_write_json(struct slant_buf *out,
                              const struct slant_compare *m, size_t top);

/* One table as CSV or TSV with a header line; columns in slant-compare(1).
 * top as above (terms table only). */
void slant_compare_write_table(struct slant_buf *out,
                               const struct slant_compare *m,
                               enum slant_compare_table t,
                               enum slant_table_format f, size_t top);

#endif
