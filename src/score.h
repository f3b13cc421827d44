/* score.h: the score table, one row per article (wide) or per article,
 * dimension and voice (long).
 *
 * Wide columns (stable; scripts rely on them, slant-score(1) documents
 * them):
 *   id, group, date, title, tokens, tokens_own, tokens_quoted,
 *   then for every dimension PATH ("scheme/dim" or "scheme/dim/sub", in
 *   lexicon order):
 *     PATH.hits PATH.hits_own PATH.hits_quoted        counts
 *     PATH.rate PATH.rate_own PATH.rate_quoted        per 1,000 tokens of
 *                                                     that voice; empty
 *                                                     (null in JSONL) when
 *                                                     the voice has no token
 *     PATH.score        when the dimension has weights: sum of weights
 *     PATH.negated      when the dimension is negatable: hits not counted
 *                       because a negator stood before them
 * Long columns: id, group, dimension, voice ("own", "quoted", "all", in
 * that order for each dimension), hits, tokens (of that voice), rate, score
 * (empty unless the dimension is weighted), negated (empty unless it is
 * negatable); in JSONL the same members, null for an empty cell.
 * With safe names a dimension is written as an identifier
 * (slant_put_safe_name: "loaded_language") and a wide column as that
 * identifier, '_' and the measure ("loaded_language_score").
 * Rates and scores are rounded to 4 decimals. A dimension the article was
 * not measured on (tally dim_applies: only lexicons in another language
 * declare it) has every cell empty (null in JSONL) but a long row's tokens.
 */
#ifndef SLANT_SCORE_H
#define SLANT_SCORE_H

#include <stdbool.h>

#include "corpus.h"
#include "error.h"
#include "format.h"
#include "lexicon.h"
#include "match.h"

/* How a score table is written, prepared once for a lexicon. */
struct slant_score_table {
	const struct slant_lexicon *lx; /* borrowed */
	enum slant_table_format format;
	bool long_rows;  /* one row per article x dimension x voice */
	bool safe_names; /* identifiers for dimensions and columns */
	char **names;    /* per dimension: the name written */
};

/* Prepare st for lx (borrowed: it must outlive st). With safe_names,
 * fails (SLANT_EDATA, naming both) when two dimensions, or two columns,
 * would be written with the same name. */
int slant_score_table_init(struct slant_score_table *st,
                           const struct slant_lexicon *lx,
                           enum slant_table_format f, bool long_rows,
                           bool safe_names, struct slant_error *err);
void slant_score_table_release(struct slant_score_table *st);

/* Append the header line (CSV/TSV; nothing for JSONL). */
void slant_score_header(struct slant_buf *b,
                        const struct slant_score_table *st);

/* Append one article's row (wide) or rows (long), each ending in a
 * newline. */
void slant_score_row(struct slant_buf *b, const struct slant_score_table *st,
                     const struct slant_article *a,
                     const struct slant_tally *t);

#endif
