/* csv.h: reading CSV (RFC 4180) and TSV tables that people edit: the
 * coded keyword-in-context files of slant lexicon audit.
 *
 * Fields are separated by the separator and records by LF or CRLF; a
 * field in double quotes may hold separators, line breaks and doubled
 * quotes (""); a UTF-8 BOM at the start is skipped; a blank line is no
 * record. A quote inside an unquoted field is kept as it is (what
 * spreadsheets and Python's csv module do). Errors name path:line: a
 * quoted field that never closes, text after a closing quote, invalid
 * UTF-8, a NUL byte.
 */
#ifndef SLANT_CSV_H
#define SLANT_CSV_H

#include <stddef.h>

#include "error.h"
#include "mem.h"

struct slant_csv {
	const char *path;
	const char *p, *end;
	char sep;
	size_t line; /* line of the next record */
	struct slant_buf buf;
	size_t *offs; /* field starts in buf */
	size_t cap;
	char **fields;
};

/* Read text[0..len) (borrowed, as is path, for the reader's life). */
void slant_csv_init(struct slant_csv *c, const char *path, const char *text,
                    size_t len, char sep);
void slant_csv_release(struct slant_csv *c);

/* The next record: returns its number of fields (>= 1) with *fields set
 * (NUL-terminated strings valid until the next call) and *line the line
 * it starts on, 0 at the end, -1 on error (SLANT_EDATA, path:line). */
long slant_csv_next(struct slant_csv *c, char ***fields, size_t *line,
                    struct slant_error *err);

#endif
