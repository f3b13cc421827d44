/* lexdiff.h: what changed between two versions of a lexicon (slant
 * lexicon diff), and with a corpus what the change does to the scores.
 *
 * Entries are paired by scheme, text as written and kind (an exclusion
 * "!x" is not the entry "x"): an entry in the same dimension of both is
 * unchanged or reweighted; one whose dimension differs has moved (and
 * may be reweighted too); the rest are added or removed. Dimensions are
 * paired by path.
 *
 * With a corpus, every article is scored with both versions: its score
 * in a dimension is the sum of the weights of its hits per 1,000 tokens
 * (its rate when every weight is 1). For each dimension in both: the mean
 * score before and after, Spearman's rank correlation of the articles'
 * scores before and after (1: the change keeps the ranking of articles),
 * and the articles whose score moved most, each with the entries whose
 * part in it changed (hits times weight, before and after).
 * The corpus is read four times: the two versions' scores, then the
 * entries of the articles that moved most.
 */
#ifndef SLANT_LEXDIFF_H
#define SLANT_LEXDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "error.h"
#include "lexicon.h"
#include "mem.h"

enum slant_diff_kind {
	SLANT_DIFF_ADDED,
	SLANT_DIFF_REMOVED,
	SLANT_DIFF_REWEIGHTED,
	SLANT_DIFF_MOVED
};

struct slant_diff_entry {
	enum slant_diff_kind kind;
	size_t old_entry, new_entry; /* SIZE_MAX when absent */
};

/* One entry's part in an article's score, before and after: its hits
 * times its weight. */
struct slant_diff_cause {
	char *entry; /* as written, with '!' for an exclusion */
	double before, after;
};

struct slant_diff_article {
	size_t dim;     /* index into the diff's dims */
	size_t article; /* position in the corpus */
	char *id, *group;
	double before, after; /* scores per 1,000 tokens */
	struct slant_diff_cause *causes;
	size_t ncauses;
};

/* A dimension in both versions, measured on the corpus. */
struct slant_diff_dim {
	char *path;
	size_t old_dim, new_dim;
	double mean_before, mean_after;
	double spearman;
	size_t changed;                 /* articles whose hits changed */
	size_t articles_off, narticles; /* into the diff's articles */
};

struct slant_diff {
	const struct slant_lexicon *old, *new;
	struct slant_diff_entry *entries;
	size_t nentries;
	char **dims_added, **dims_removed;
	size_t ndims_added, ndims_removed;
	/* with a corpus */
	bool scored;
	size_t articles;
	struct slant_diff_dim *dims;
	size_t ndims;
	struct slant_diff_article *moved;
	size_t nmoved;
};

/* The lexicon half: entries and dimensions that differ. Both lexicons are
 * borrowed and must outlive the result. */
struct slant_diff *slant_diff_lexicons(const struct slant_lexicon *old,
                                       const struct slant_lexicon *new);

/* Opens the corpus afresh for another reading (the caller's). */
typedef struct slant_corpus *(*slant_diff_open_fn)(void *ctx,
                                                   struct slant_error *err);

/* The corpus half: read it (four times, through open) and fill the
 * scores; top articles per dimension (those whose hits changed). */
int slant_diff_corpus(struct slant_diff *d, slant_diff_open_fn open, void *ctx,
                      unsigned threads, size_t top, struct slant_error *err);

void slant_diff_free(struct slant_diff *d);

/* "added", "removed", "reweighted", "moved". */
const char *slant_diff_kind_name(enum slant_diff_kind k);

/* ---- output (lexdiff.c) ---- */

enum slant_diff_table {
	SLANT_DIFF_ENTRIES = 0,
	SLANT_DIFF_DIMENSIONS,
	SLANT_DIFF_ARTICLES
};
int slant_diff_table_parse(const char *s, enum slant_diff_table *out);

void slant_diff_write_text(const struct slant_diff *d, struct slant_buf *b);
/* entries: change, scheme, entry, old_dimension, new_dimension,
 * old_weight, new_weight, old_line, new_line; dimensions: dimension,
 * mean_before, mean_after, change, spearman, articles_changed; articles:
 * dimension, id, group, before, after, change, entries ("x 2->0"). */
void slant_diff_write_table(const struct slant_diff *d, enum slant_diff_table t,
                            bool tsv, struct slant_buf *b);
void slant_diff_write_json(const struct slant_diff *d, struct slant_buf *b);

#endif
