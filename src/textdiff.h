/* textdiff.h: a unified diff of two texts, line by line (slant report
 * --check shows what changed in a stale report).
 *
 * The output is what GNU diff -u writes and patch(1) applies: a "---" and
 * a "+++" line, then hunks "@@ -a,b +c,d @@" holding `context` unchanged
 * lines around each change, the removed lines ("-") before the added ones
 * ("+") within a change; hunks closer than twice the context are one. A
 * last line without a newline is followed by "\ No newline at end of
 * file".
 *
 * Lines are compared byte for byte, their line ending included. The
 * alignment is Myers' O(ND) difference in linear space (bisection on the
 * middle snake), after the lines found in only one text are set aside
 * (they can never be kept, so the result is the same and a rewrite of
 * the whole text costs nothing). Memory is O(lines). Where one bisection
 * step would take more than max_cost edit steps, the search settles for
 * its furthest point, as GNU diff does: the diff stays correct (patch
 * turns the old text into the new) but may be longer than a minimal one,
 * and the stats say so.
 */
#ifndef SLANT_TEXTDIFF_H
#define SLANT_TEXTDIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "mem.h"

struct slant_textdiff_options {
	const char *old_label; /* after "--- " ["a"] */
	const char *new_label; /* after "+++ " ["b"] */
	size_t context;        /* unchanged lines around a change [3] */
	size_t max_lines;      /* lines written after the two header lines
	                          at most; 0: all [0] */
	size_t max_cost;       /* edit steps one bisection may take [4096] */
};
void slant_textdiff_options_init(struct slant_textdiff_options *o);

struct slant_textdiff_stats {
	size_t hunks;   /* hunks of the whole diff */
	size_t lines;   /* lines of the whole diff after the header lines */
	size_t written; /* of which written (all, or max_lines) */
	size_t removed; /* lines of the old text removed */
	size_t added;   /* lines of the new text added */
	bool minimal;   /* false: max_cost was reached somewhere, and the
	                   diff may be longer than needed */
};

/* Append to out the unified diff turning old[0..olen) into new[0..nlen),
 * at most o->max_lines lines of it after the header (the stats count the
 * whole diff, so the caller can say how many were left out); nothing when
 * the texts are equal. o may be NULL for the defaults; st may be NULL.
 * Returns 1 when the texts differ, 0 when they are equal. */
int slant_textdiff_write(struct slant_buf *out, const char *old, size_t olen,
                         const char *new, size_t nlen,
                         const struct slant_textdiff_options *o,
                         struct slant_textdiff_stats *st);

#endif
