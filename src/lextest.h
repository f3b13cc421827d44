/* lextest.h: quality checks of lexicons: the lint behind `slant lexicon
 * check` and the snippet tests behind `slant lexicon test`.
 *
 * Test files (NAME.tests beside NAME.lex), one check a line:
 *   hit DIMENSION | ENTRY AS WRITTEN | snippet
 *   miss DIMENSION | snippet
 * A hit line passes when the snippet has a counted match of ENTRY in
 * DIMENSION (a sub-dimension's entry may be named under its parent); a miss
 * line passes when the snippet has no counted hit in DIMENSION.
 */
#ifndef SLANT_LEXTEST_H
#define SLANT_LEXTEST_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "lexicon.h"

enum slant_finding_level { SLANT_FINDING_WARNING, SLANT_FINDING_ERROR };

struct slant_finding {
	enum slant_finding_level level;
	char where[300]; /* path:line */
	char message[400];
};

/* Lint a finished lexicon set. Errors: an entry listed twice in one
 * dimension, a dimension with no entries (own or sub-dimensions'), a
 * naming scheme dimension that is not a set of variants. Warnings: an
 * exact entry already covered by a wildcard of the same dimension with the
 * same weight (shadowed), the same entry in two dimensions of one scheme
 * that are not parent and child (overlap). Returns the number of findings;
 * *out (caller frees) lists them in lexicon order. */
size_t slant_lexicon_lint(const struct slant_lexicon *lx,
                          struct slant_finding **out);

struct slant_test_result {
	size_t line;
	bool passed;
	char message[400]; /* why it failed, or what it checked */
};

/* Run the test file text[0..len) (named path) against lx. Returns 0 and
 * fills *results (caller frees) or -1 with *err set for a malformed line
 * (path:line:col) or an unknown dimension. */
int slant_lexicon_run_tests(const struct slant_lexicon *lx, const char *path,
                            const char *text, size_t len,
                            struct slant_test_result **results, size_t *n,
                            struct slant_error *err);

#endif
