/* kwic.h: a sample of a dimension's or an entry's matches in context, for
 * a person to code (slant lexicon kwic), and the coded file read back
 * (slant lexicon audit): how often a match is what the dimension means.
 *
 * Sampling. The counted matches (not negated, not exclusions) of the
 * target are gathered over the corpus (first reading); then a sample of
 * n is drawn that spreads over groups and articles: groups take turns in
 * name order, and within a group every article with a match gives one
 * (in a random order of articles) before any gives a second, and so on.
 * The random orders come from a hash of the seed and the article's
 * position (and the match's rank in the article), so a sample depends on
 * the seed and the corpus only, never on the threads. Such a sample
 * estimates the precision of a match in a typical article of a typical
 * group, not of a match drawn from the whole corpus at random (where long
 * articles and large groups weigh more); both agree when matches are
 * spread evenly. The contexts are then cut from a second reading of the
 * corpus, so standard input cannot be sampled.
 *
 * The file (CSV) has the columns item, id, group, dimension, entry, left,
 * match, right, offsets (bytes start-end in the article's text) and
 * correct, empty for the coder: 1/0, yes/no, y/n, true/false.
 */
#ifndef SLANT_KWIC_H
#define SLANT_KWIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "error.h"
#include "lexicon.h"
#include "mem.h"
#include "stats.h"

/* A dimension (its entries and its sub-dimensions'), or one entry. */
struct slant_kwic_target {
	size_t dim;
	uint32_t entry; /* UINT32_MAX: every entry of dim */
};

/* DIMENSION (a path or an unambiguous name), ENTRY as written in the
 * lexicon ("flood*"), or DIMENSION:ENTRY when the entry is in several
 * dimensions. SLANT_EUSAGE when none or several match. */
int slant_kwic_target_parse(const struct slant_lexicon *lx, const char *spec,
                            struct slant_kwic_target *t,
                            struct slant_error *err);

struct slant_kwic_row {
	size_t article; /* position in the corpus */
	char *id, *group;
	uint32_t entry;
	uint32_t start, end; /* bytes in the article's text */
	char *left, *match, *right;
};

struct slant_kwic {
	const struct slant_lexicon *lx;
	struct slant_kwic_target target;
	size_t articles;             /* read */
	size_t matches;              /* counted matches of the target */
	size_t with;                 /* articles with one */
	size_t groups;               /* groups with one */
	struct slant_kwic_row *rows; /* the sample, in drawing order */
	size_t nrows;
};

/* First reading: gather the matches and draw n of them with seed. NULL
 * with *err on bad input. lx must outlive the result. */
struct slant_kwic *slant_kwic_sample(const struct slant_lexicon *lx,
                                     const struct slant_kwic_target *t,
                                     size_t n, unsigned long seed,
                                     struct slant_corpus *c, unsigned threads,
                                     struct slant_error *err);

/* Second reading of the same corpus: cut each row's context, up to
 * `context` bytes each side (at UTF-8 boundaries, line breaks and tabs
 * as spaces). */
int slant_kwic_contexts(struct slant_kwic *k, struct slant_corpus *c,
                        size_t context, struct slant_error *err);

/* The sample as CSV, with its header. */
void slant_kwic_write_csv(const struct slant_kwic *k, struct slant_buf *b);

void slant_kwic_free(struct slant_kwic *k);

/* ---- audit ---- */

/* Precision of a dimension, or of one of its entries. */
struct slant_audit_row {
	char *dimension;
	char *entry; /* NULL: the whole dimension */
	size_t coded, correct;
	struct slant_stats_interval precision; /* Wilson */
};

struct slant_audit {
	char **coders; /* the code columns read */
	size_t ncoders;
	double conf;
	size_t items, uncoded; /* rows; rows the first coder left empty */
	struct slant_audit_row *rows; /* dimension, then its entries */
	size_t nrows;
	/* with two coders: items both coded, where they agree, and kappa */
	size_t both, agree;
	struct slant_stats_interval kappa;
	size_t coded2, correct2; /* the second coder's own counts */
};

/* Read a coded file (text[0..len), named path; TSV when sep is '\t').
 * coders: the code columns, the first giving the precision (default
 * "correct" when ncoders is 0); a second gives Cohen's kappa with the
 * first. Errors (SLANT_EDATA) name path:line: a malformed table, a
 * missing column (the dimension, entry and code columns are needed), a
 * code that is none of 1/0, yes/no, y/n, true/false (any case; empty is
 * "not coded"). */
struct slant_audit *slant_audit_read(const char *path, const char *text,
                                     size_t len, char sep,
                                     const char *const *coders, size_t ncoders,
                                     double conf, struct slant_error *err);
void slant_audit_free(struct slant_audit *a);

void slant_audit_write_text(const struct slant_audit *a, struct slant_buf *b);
/* Columns: dimension, entry ("" for the dimension), coded, correct,
 * precision, precision_lo, precision_hi. */
void slant_audit_write_table(const struct slant_audit *a, bool tsv,
                             struct slant_buf *b);
void slant_audit_write_json(const struct slant_audit *a, struct slant_buf *b);

#endif
