/* score.h: the score table, one row per article.
 *
 * Columns (stable; scripts rely on them, slant-score(1) documents them):
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
 * Rates and scores are rounded to 4 decimals. A dimension the article was
 * not measured on (tally dim_applies: only lexicons in another language
 * declare it) has every cell empty (null in JSONL).
 */
#ifndef SLANT_SCORE_H
#define SLANT_SCORE_H

#include "corpus.h"
#include "format.h"
#include "lexicon.h"
#include "match.h"

/* Append the header line (CSV/TSV; nothing for JSONL). */
void slant_score_header(struct slant_buf *b, const struct slant_lexicon *lx,
                        enum slant_table_format f);

/* Append one article's row, ending in a newline. */
void slant_score_row(struct slant_buf *b, const struct slant_lexicon *lx,
                     enum slant_table_format f, const struct slant_article *a,
                     const struct slant_tally *t);

#endif
