/* format.h: writing fields of CSV, TSV and JSON output into buffers, and
 * fast number formatting for the per-article rows (printf is the largest
 * cost of writing a wide table). */
#ifndef SLANT_FORMAT_H
#define SLANT_FORMAT_H

#include <stdint.h>

#include "mem.h"

enum slant_table_format { SLANT_FMT_CSV = 0, SLANT_FMT_TSV, SLANT_FMT_JSONL };

/* Parse "csv", "tsv", "jsonl"; returns -1 for anything else. */
int slant_table_format_parse(const char *s, enum slant_table_format *out);

/* A CSV field per RFC 4180: quoted when it holds , " CR or LF. */
void slant_put_csv(struct slant_buf *b, const char *s);
/* A TSV field: tab, LF, CR and backslash written as \t \n \r \\. */
void slant_put_tsv(struct slant_buf *b, const char *s);
/* A JSON string with quotes; control characters escaped. */
void slant_put_json_string(struct slant_buf *b, const char *s);
/* s as a name R and pandas take as it is (a syntactic name in R, a
 * Python identifier): every byte but an ASCII letter, digit or '_'
 * becomes '_', and a name that does not start with a letter gets an 'x'
 * in front ("loaded/language.score": "loaded_language_score"). */
void slant_put_safe_name(struct slant_buf *b, const char *s);
/* A field in the given table format (CSV or TSV). */
void slant_put_field(struct slant_buf *b, enum slant_table_format f,
                     const char *s);

/* Decimal digits of v. */
void slant_put_u64(struct slant_buf *b, uint64_t v);
/* x rounded to `decimals` (0..9) places, half away from zero, trailing
 * zeros kept ("2.5000"); non-finite values and |x| >= 1e15 fall back to
 * "%.*f" / "nan" / "inf". */
void slant_put_fixed(struct slant_buf *b, double x, int decimals);
/* x as printf "%.*g" with precision prec (1..17) writes it, byte for
 * byte, without printf's multi-precision arithmetic in the usual range:
 * the digits come from exact 128-bit integer arithmetic on the binary
 * value (round half to even, as glibc), so a wide statistics table is not
 * dominated by printf. Values outside that range, zero and non-finite
 * values go to snprintf itself. */
void slant_put_g(struct slant_buf *b, double x, int prec);
/* A double in the shortest form that reads back exactly ("%.17g" trimmed):
 * for JSON outputs of statistics. NaN and infinities become null. */
void slant_put_json_number(struct slant_buf *b, double x);

/* A table for people to read: cells added row by row (the first row is
 * the header), rendered with each column padded to its widest cell
 * (widths counted in code points) and two spaces between columns; a
 * column whose cells below the header all look like numbers ("0.537",
 * "-2", "12.5%", "n/a", "") is aligned right. */
struct slant_text_table {
	char **cells;
	size_t ncols, n, cap;
};

void slant_text_table_init(struct slant_text_table *t, size_t ncols);
/* Init with the header row: ncols column names. */
void slant_text_table_header(struct slant_text_table *t,
                             const char *const *cols, size_t ncols);
void slant_text_table_release(struct slant_text_table *t);
/* The next cell (copied). */
void slant_text_table_add(struct slant_text_table *t, const char *cell);
void slant_text_table_addf(struct slant_text_table *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A number with `decimals` places, or "n/a" when it is not finite. */
void slant_text_table_num(struct slant_text_table *t, double x, int decimals);
/* Append the rendered table (each line ends in a newline; trailing blanks
 * trimmed). */
void slant_text_table_render(const struct slant_text_table *t,
                             struct slant_buf *b);

#endif
