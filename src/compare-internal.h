/* compare-internal.h: what the files of the comparison module share.
 *
 * The module is one stage (compare.h is its contract) in four files:
 *   compare-build.c  the builder: articles (or workers' records) into
 *                    per-group counts, article rows and bootstrap blocks;
 *   compare-terms.c  term statistics of each comparison, the term
 *                    bootstrap and the divergence;
 *   compare-dims.c   dimension statistics, Kruskal-Wallis and naming;
 *   compare-paired.c the same statistics within events (pair_by);
 *   compare.c        finishing: the comparisons to make, in order, and
 *                    the model's lifetime.
 * Nothing outside src/compare*.c includes this header. Functions shared
 * between the files are named compare_*. */
#ifndef SLANT_COMPARE_INTERNAL_H
#define SLANT_COMPARE_INTERNAL_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compare.h"

/* A run of consecutive articles of one group, for the bootstrap. */
struct block {
	size_t articles;
	double tokens;  /* all voices */
	uint32_t *ids;  /* sorted term ids */
	double *counts; /* per id: occurrences */
	double *docs;   /* per id: the block's articles that use it */
	size_t n, cap;
	double *rate_sum; /* ndims * 3: sum of article rates */
	double *rate_n;   /* ndims * 3: articles with a rate */
	bool open;        /* still taking articles: its counts are the
	                     group's open_count until it closes */
};

struct bgroup {
	char *name;
	size_t articles;
	double tokens[2];
	double *count, *docs; /* by term id, cap entries */
	size_t cap;
	uint32_t *hits; /* [(article * ndims + dim) * 2 + voice]; transposed
	                   to [(dim * articles + article) * 2 + voice]
	                   when finishing */
	uint32_t *tok;  /* articles * 2 */
	/* with events: per article its event (an id of the builder's
	 * events, UINT32_MAX for none), and per article and term one entry
	 * event << 32 | term, combined into (key, articles) when finishing */
	uint32_t *event;
	size_t event_cap;
	uint64_t *evt_key;
	double *evt_docs;
	size_t nevt, evt_cap;
	size_t art_cap, hits_cap;
	struct block *blocks;
	size_t nblocks, blocks_cap, block_len;
	/* The open (last) block's counts by term id, a bit per term in it,
	 * and how many terms it has: it is combined as it fills, and read in
	 * id order from the bits when it closes. */
	double *open_count, *open_docs;
	uint64_t *in_open;
	size_t nopen;
};

struct type_map {
	uint32_t *term;
	size_t cap;
};

struct slant_compare_builder {
	const struct slant_lexicon *lx;
	struct slant_compare_options opt;
	char **strs; /* owned copies of option strings */
	size_t nstrs;
	char **bg_terms;
	double *bg_counts;
	struct slant_vocab *vocab;
	struct slant_vocab *stop;
	unsigned char *is_stop; /* by term id */
	size_t stop_cap;
	/* by term id: the last article that had the term, and where; lets
	 * add_article combine the rare repeated term without sorting */
	size_t *seen, *seen_pos;
	size_t seen_cap;
	struct bgroup *groups;
	size_t ngroups, groups_cap;
	size_t articles;
	/* scratch for one article */
	uint32_t *ids;
	double *cnt;
	size_t scratch_cap;
	/* per encoding worker: its type ids -> term ids (UINT32_MAX until
	 * the worker sends the type's string, once) */
	struct type_map *maps;
	size_t nmaps;
	struct slant_vocab *events; /* with pair_by: event names */
};

/* A division, not hits times a stored 1000 / tokens: equal rates of
 * different articles (3 in 700 tokens, 6 in 1400) must come out equal,
 * or the rank tests lose their ties (measured: Mann-Whitney p-values
 * moved by 0.35%). */
static inline double rate_of(uint32_t hits, double tokens)
{
	return tokens > 0 ? 1000.0 * hits / tokens : NAN;
}

/* An article's hits of a dimension that its language's lexicons do not
 * measure (struct slant_tally's dim_applies): in both voices' slots. Such
 * an article has no rate, no hits and no tokens for the dimension. */
#define HITS_NOT_MEASURED UINT32_MAX

/* The rate of an article's hits h (own, quoted) of a dimension in voice v
 * with its voice tokens tk; NaN when the dimension was not measured or
 * the voice has no tokens. */
static inline double article_rate(const uint32_t *h, const uint32_t *tk, int v)
{
	if (h[0] == HITS_NOT_MEASURED)
		return NAN;
	return v == SLANT_VOICE_ALL
	           ? rate_of(h[0] + h[1], (double)tk[0] + tk[1])
	           : rate_of(h[v], (double)tk[v]);
}

/* An article's hits and tokens of a dimension in voice v, added to *hits
 * and *tokens unless the dimension was not measured for it. */
static inline void article_add(const uint32_t *h, const uint32_t *tk, int v,
                               double *hits, double *tokens)
{
	if (h[0] == HITS_NOT_MEASURED)
		return;
	*hits += v == SLANT_VOICE_ALL ? (double)h[0] + h[1] : h[v];
	*tokens += v == SLANT_VOICE_ALL ? (double)tk[0] + tk[1] : (double)tk[v];
}

/* The groups on one side of a comparison. */
struct side {
	size_t g[2]; /* one group, or all but g[1] when rest */
	bool rest;
};

static inline bool in_side(const struct side *s, size_t g)
{
	return s->rest ? g != s->g[1] : g == s->g[0];
}

struct fin {
	struct slant_compare_builder *b;
	struct slant_compare *m;
	size_t V;
};

struct boot_item {
	const struct block *k;
	int side;
};

/* ---- compare-build.c ---- */

/* Close group gr's open block k (it stops taking articles). */
void compare_block_close(struct bgroup *gr, struct block *k);
/* Make room in gr's per-term arrays for term ids below need. */
void compare_group_reserve_terms(struct bgroup *gr, size_t need);

/* ---- compare.c ---- */

void compare_add_note(struct slant_compare *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The stratified bootstrap (slant_stats_bootstrap_strata_threads) of k
 * statistics over n items, the first n0 on the target side, with the
 * model's replicates, level, seed and threads; fn only reads ctx, which
 * every thread shares. */
void compare_bootstrap(const struct slant_compare_options *o, size_t n,
                       size_t n0, size_t k, slant_stats_batch_fn fn, void *ctx,
                       struct slant_stats_interval *out);
/* The two sides of comparison pr. */
void compare_pair_sides(const struct slant_compare_pair *pr,
                        struct side sides[2]);

/* ---- compare-terms.c ---- */

/* The term statistics of comparison pr (whose articles and tokens are
 * set), its term bootstrap and divergence. */
void compare_pair_terms(struct fin *f, struct slant_compare_pair *pr,
                        const struct side sides[2]);

/* ---- compare-paired.c ---- */

/* Combine the groups' (event, term) entries: once, before
 * compare_pair_events. */
void compare_events_prepare(struct fin *f);
/* The paired statistics of comparison pr (after its terms and, when
 * computed, its dimensions): the events both sides cover. */
void compare_pair_events(struct fin *f, struct slant_compare_pair *pr,
                         const struct side sides[2]);

/* ---- compare-dims.c ---- */

/* Every dimension statistic: group means, each comparison's tests,
 * Kruskal-Wallis, naming (a pthread start routine; arg is the fin). */
void *compare_dims_all(void *arg);

#endif
