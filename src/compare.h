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
 *
 * Evidence (DESIGN.md section 7). The unit of analysis is the article:
 * what the model calls significant comes from tests whose unit is the
 * article, with p-values that hold for small and lopsided samples:
 *   - terms: Fisher's exact test on how many articles of each side use
 *     the term (text dispersion keyness, Egbert & Biber 2019);
 *   - dimensions: Mann-Whitney on the article rates, with its exact
 *     permutation distribution where it is not too large, else a seeded
 *     Monte Carlo sample of it or, for large samples that are not mostly
 *     tied, the normal approximation (slant_stats_mann_whitney_auto);
 *   - naming: Mann-Whitney on each article's share of a naming set's uses
 *     that go to a variant, over the articles that use the set;
 *   - with events (pair_by): paired tests within events (see below).
 * Each table's tests form one Benjamini-Hochberg family per comparison;
 * "significant" is q < alpha. Token-level statistics (G2, chi-square,
 * token Log Ratio intervals, log-odds z) count every word as an
 * independent draw, which words are not (articles cluster by topic), and
 * are descriptive only: they never make anything significant.
 * Every ratio uses the zero-safe rule of slant_stats_log_ratio: the same
 * half observation added to both sides, so an effect's sign is always
 * that of its raw rates or shares.
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
	size_t bootstrap;   /* replicates B [200]; 0 = no bootstrap */
	double conf;        /* interval level [0.95] */
	unsigned long seed; /* bootstrap seed [1] */
	size_t boot_terms;  /* terms of each comparison with an article
	                       bootstrap interval for the Log Ratio: the
	                       ones with the largest G2 [100] */
	size_t max_blocks;  /* bootstrap blocks per group: at most
	                       2 * max_blocks [100] */
	unsigned threads;   /* threads for the bootstrap; the result
	                       does not depend on it [1] */
	unsigned parts;     /* what to compute beyond the term statistics
	                       and the JSD: SLANT_PART_* bits [all]; a
	                       part left out is NaN / NULL in the model */
	double alpha;       /* "significant": q below it [0.05] */
	/* Events (the same events covered by different outlets): the field
	 * (JSON member or front-matter key) naming an article's event, or
	 * "dir" for its file's parent directory; NULL: none [NULL]. With it
	 * every comparison is also made within the events both sides cover
	 * (the paired fields of the model). */
	const char *pair_by;
	const char *language; /* every article's language (--language) for
	                         the stream that feeds the builder: which
	                         lexicons apply (language.h); NULL: each
	                         article's own [NULL] */
};

/* Article-level tests need at least this many articles on each side. */
#define SLANT_COMPARE_MIN_ARTICLES 3

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
	double docs[2];  /* articles that use the term */
	double rate[2];  /* occurrences per 10,000 tokens, pooled */
	double share[2]; /* docs / articles: the share of articles using it */
	/* Article level: Fisher's exact test of docs[0] of the target's
	 * articles against docs[1] of the reference's, two-sided; q is
	 * Benjamini-Hochberg over the comparison's tested terms (the family:
	 * family_terms); significant when q < alpha. NaN (not significant)
	 * when the comparison has too few articles (article_tests false). */
	double p, q;
	bool significant;
	/* The article-level effect: the zero-safe Log Ratio (log2) of the
	 * shares, eps = 1 / (articles[0] + articles[1]) (half an article at
	 * the mean side size), with the article (block) bootstrap percentile
	 * interval for the boot_terms terms with the smallest p (NaN lo, hi
	 * for the others and without a bootstrap). Its sign is the sign of
	 * share[0] - share[1], the direction of the test. Replicates are never
	 * dropped: a term that vanishes from a resample has a finite ratio. */
	struct slant_stats_interval share_ratio;
	/* Token level, descriptive (every word an independent draw): no
	 * q-values, nothing is called significant on them. */
	double g2, g2_p;             /* 4-term form */
	double g2_2term, g2_2term_p; /* 2-term form (AntConc, Rayson) */
	double chi2, chi2_p;         /* Pearson, no continuity correction */
	struct slant_stats_interval log_ratio; /* zero-safe Log Ratio of the
	                                          rates, token-level interval */
	struct slant_stats_log_odds log_odds;  /* delta, variance, z */
	double log_odds_p;                     /* two-sided p of z */
	double jsd_contrib; /* share of the comparison's JSD */
	/* Paired (with events): the exact stratified test (events as
	 * strata) of article use, p and q over the tested terms; events where
	 * only the target's / only the reference's articles use the term
	 * (the discordant events; with several articles a side, where its
	 * share of articles is higher). NaN / 0 without events. */
	double paired_p, paired_q;
	double events_more, events_less;
};

/* Tests of one dimension in one voice in one comparison. */
struct slant_compare_dim_test {
	size_t dim; /* index into the lexicon's dims */
	int voice;
	size_t n[2];    /* articles with a rate (tokens in the voice) */
	double mean[2]; /* mean article rate, hits per 1,000 tokens */
	double hits[2], tokens[2];
	/* Article level: Mann-Whitney on the article rates, U of the target,
	 * p exact, Monte Carlo or asymptotic (mw.method; see
	 * slant_stats_mann_whitney_auto, seeded from the model's seed and
	 * the test's place); q is Benjamini-Hochberg over the comparison's
	 * family (every dimension in every voice with a p: family_dims);
	 * significant when q < alpha. Cliff's delta is its effect (same
	 * direction). NaN p with a reason in untestable when a side has
	 * fewer than SLANT_COMPARE_MIN_ARTICLES rates or no article differs
	 * from any other. */
	struct slant_stats_test mw;
	double q;
	bool significant;
	double cliffs_delta;
	const char *untestable; /* static string, NULL when tested */
	/* The zero-safe log2 ratio of the mean article rates (eps = 1,000 /
	 * (tokens[0] + tokens[1]), half a hit at the mean side size), with
	 * the article (block) bootstrap percentile interval; its sign is the
	 * sign of mean[0] - mean[1]. */
	struct slant_stats_interval mean_ratio;
	/* Also article level, not used for significance: Welch's t on the
	 * same rates and the standardized mean differences. */
	struct slant_stats_test welch;
	double cohens_d, hedges_g;
	/* Token level, descriptive: hits vs tokens of the voice (every word
	 * an independent draw). */
	double g2, g2_p;
	struct slant_stats_interval log_ratio;
	/* Paired (with events): per event the difference of the sides' mean
	 * article rates; Wilcoxon signed-rank over the events where both
	 * sides have a rate (stat W+, df = non-zero differences), q over the
	 * comparison's dimension family; the events where the target's rate is
	 * higher / lower / equal; the mean difference with a bootstrap
	 * interval over events. */
	struct slant_stats_test paired;
	double paired_q;
	size_t events_more, events_less, events_same;
	struct slant_stats_interval paired_diff;
	double *event_diff; /* the differences, one per event (owned) */
	size_t nevent_diff;
};

struct slant_compare_pair {
	size_t target;    /* group index */
	size_t reference; /* group index or SLANT_COMPARE_REST */
	size_t articles[2];
	double tokens[2];   /* all voices */
	size_t vocab;       /* terms seen in either side (the prior's and
	                       the divergence's vocabulary) */
	size_t events;      /* events with articles on both sides (with
	                       pair_by) */
	double prior_total; /* alpha_0 of the log-odds prior */
	/* Tested terms, sorted by signed G2 (G2 times the sign of the Log
	 * Ratio) from over-use in the target to over-use in the reference,
	 * ties by term string. */
	struct slant_compare_term *terms;
	size_t nterms;
	/* BH family sizes (non-NaN p-values) */
	size_t family_terms; /* article level: the terms with a p */
	size_t family_paired_terms;
	size_t boot_blocks[2]; /* bootstrap blocks per side (0: none) */
	/* Jensen-Shannon divergence (base 2) of the two sides' term
	 * distributions, the plug-in value. It is never 0, even between two
	 * random halves of one corpus (sampling noise looks like divergence),
	 * so alone it means little. What can be read: the permutation null
	 * jsd_null, the mean plug-in JSD when the same articles (blocks) are
	 * dealt to the two sides at random (what sampling alone gives on
	 * this vocabulary); jsd_p, the p-value of the observed JSD against
	 * it, (1 + #{null >= observed}) / (1 + replicates); and jsd_excess =
	 * jsd - jsd_null, the divergence beyond sampling (no interval: a
	 * bootstrap of the plug-in value is biased by the same noise). As
	 * many permutations as bootstrap replicates; NaN without them. */
	double jsd, jsd_null, jsd_p, jsd_excess;
	size_t jsd_replicates;
	/* ndims * SLANT_NVOICES, index dim * SLANT_NVOICES + voice */
	struct slant_compare_dim_test *dims;
	size_t family_dims;        /* BH family of the dimension tests */
	size_t family_paired_dims; /* ... of their paired tests */
	/* both sides have >= SLANT_COMPARE_MIN_ARTICLES articles */
	bool article_tests;
};

/* Kruskal-Wallis across all groups (3 or more) for one dimension/voice. */
struct slant_compare_kruskal {
	size_t dim;
	int voice;
	struct slant_stats_test kw;
	double q; /* BH across dimensions within the voice */
};

/* One variant of a naming set in one group (all voices), the group
 * against all other groups pooled. */
struct slant_compare_naming {
	size_t set;     /* dim index of the naming set */
	size_t variant; /* dim index of the variant */
	size_t group;
	double count, count_own;
	double set_total; /* hits of the whole set in the group */
	double share;     /* count / set_total; NaN when 0/0 */
	/* Token level, descriptive: the log odds ratio (natural log) of
	 * choosing this variant over the set's other variants, over all uses,
	 * with the zero-safe rule of slant_stats_log_odds_ratio and a Woolf
	 * interval at the model's conf. NaN with a single group. */
	struct slant_stats_interval pref;
	/* Article level: for each article that uses the set, the variant's
	 * share of its uses; n[] such articles in the group and in the
	 * others, mean_share[] their means. Mann-Whitney on those shares
	 * (as for dimensions), q Benjamini-Hochberg over every naming row
	 * with a p (naming_family), significant when q < alpha; share_diff
	 * = mean_share[0] - mean_share[1] with the article (block) bootstrap
	 * interval. untestable says why there is no p. */
	size_t n[2];
	double mean_share[2];
	struct slant_stats_test mw;
	double q;
	bool significant;
	struct slant_stats_interval share_diff;
	const char *untestable;
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
	size_t naming_family; /* BH family of the naming tests */
	bool paired;          /* articles carried events (pair_by) */
	double *divergence;   /* ngroups * ngroups JSD matrix, row-major */
	char **notes;         /* plain-language caveats ("group 'x' has one
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
 * sent already. ngrams and pair_by (borrowed: must outlive the encoder)
 * as in the options; nworkers as the stream's threads. */
struct slant_compare_encoder;
struct slant_compare_encoder *slant_compare_encoder_new(unsigned ngrams,
                                                        unsigned nworkers,
                                                        const char *pair_by);

/* The event of article a under pair_by (see the options): a pointer to
 * *len bytes, not NUL-terminated, valid while the article is; "" (len 0)
 * when it has none. */
const char *slant_compare_article_event(const struct slant_article *a,
                                        const char *pair_by, size_t *len);
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

/* Add one article directly: its group, its event (NULL or "" for none;
 * read only when the options have pair_by), voice token counts, hits per
 * dimension and voice (hits[voice][dim], lexicon order; NULL when the
 * lexicon has no dimensions) and its distinct terms with counts
 * (normalised strings; a term listed twice is added twice). */
void slant_compare_builder_add(struct slant_compare_builder *b,
                               const char *group, const char *event,
                               const uint64_t tokens[2],
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
