/* provenance.h: what a report records it was made from, read back from
 * the report itself, and what differs between two such records.
 *
 * Every format of slant report carries the same provenance (report-*.c):
 * slant's version, the lexicons (scheme, title, version, file, SHA-256),
 * the input files (path, SHA-256) and every parameter. slant report
 * --check reads it from the committed report and from the regenerated
 * one, and says in one line why the report is stale: which input,
 * lexicon or option changed, or that none did and slant's output did.
 * Reading is forgiving: a part the text lacks (a report cut short, edited
 * or older) is left empty and the comparison says so.
 */
#ifndef SLANT_PROVENANCE_H
#define SLANT_PROVENANCE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "mem.h"
#include "report.h"

struct slant_provenance_entry {
	char *name;    /* input: path; lexicon: file; parameter: key */
	char *value;   /* input, lexicon: SHA-256 ("" when not hashed);
	                  parameter: value */
	char *title;   /* lexicon: title (NULL when the format has none) */
	char *version; /* lexicon: version (NULL when not given) */
};

struct slant_provenance {
	char *version; /* slant's; NULL when not found */
	struct slant_provenance_entry *inputs, *lexicons, *params;
	size_t ninputs, nlexicons, nparams; /* params: one a value, in order
	                                       (a key given twice is twice) */
	bool has_inputs, has_lexicons, has_params; /* the parts found */
};

void slant_provenance_init(struct slant_provenance *p);
void slant_provenance_release(struct slant_provenance *p);

/* Read the provenance of the report text[0..len) written in format f
 * (HTML and Markdown: the tables of the method section; JSON:
 * report.provenance; CSV: the tables lexicons, inputs and parameters).
 * Returns 0, also when parts are missing (has_* false); -1 when a JSON or
 * CSV text does not parse (SLANT_EDATA naming path). */
int slant_provenance_read(struct slant_provenance *p, const char *text,
                          size_t len, enum slant_report_format f,
                          const char *path, struct slant_error *err);

/* Append to out, as one line without a newline, what differs from old
 * (the committed report) to new (the regenerated one), at most max_items
 * items and then how many more:
 *   input corpus/a.txt changed (sha256 1234abcd.. -> 5678ef01..);
 *   input corpus/b.txt added; lexicon loaded.lex changed (...);
 *   option bootstrap 200 -> 500; slant 0.1.0 -> 0.2.0
 * or, when none of these differ,
 *   same inputs, lexicons and options: slant's output changed (version
 *   0.1.0 -> 0.2.0)
 * Values that read as the same number ("0.94999999999999996", "0.95")
 * are the same. Returns the number of differences listed or not (0: same
 * inputs, lexicons, options and version). */
size_t slant_provenance_diff(struct slant_buf *out,
                             const struct slant_provenance *old,
                             const struct slant_provenance *new,
                             size_t max_items);

#endif
