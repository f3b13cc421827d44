/* fuzz-csv.c: libFuzzer target for the CSV/TSV reader and the coded-file
 * reader of slant lexicon audit. The first byte picks the separator
 * (even: comma, odd: tab); the rest is the file. Every record read is
 * written again with the CSV writer and read back: the fields must be the
 * same (the reader and slant_put_csv agree on quoting). The file is also
 * read as a coded kwic sample, which must fail cleanly or give counts
 * that add up.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I src -I build/default \
 *     tests/fuzz/fuzz-csv.c src/csv.c src/audit.c src/stats.c src/format.c \
 *     src/unicode.c src/mem.c src/error.c -lgsl -lgslcblas -lutf8proc -lm \
 *     -o fuzz-csv
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "format.h"
#include "kwic.h"
#include "mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char sep = (data[0] & 1) ? '\t' : ',';
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	struct slant_csv c;
	struct slant_error err;
	slant_csv_init(&c, "f.csv", text, len, sep);
	char **f;
	size_t line;
	long n;
	while ((n = slant_csv_next(&c, &f, &line, &err)) > 0) {
		if (sep != ',')
			continue;
		/* write the record again and read it back */
		struct slant_buf b;
		slant_buf_init(&b);
		/* a blank line first: a BOM is skipped only at the start */
		slant_buf_putc(&b, '\n');
		for (long i = 0; i < n; i++) {
			if (i)
				slant_buf_putc(&b, ',');
			slant_put_csv(&b, f[i]);
		}
		slant_buf_putc(&b, '\n');
		struct slant_csv again;
		slant_csv_init(&again, "g.csv", b.data, b.len, ',');
		char **g;
		size_t gl;
		long m = slant_csv_next(&again, &g, &gl, &err);
		/* a record of one empty field is a blank line: no record */
		if (!(n == 1 && !f[0][0])) {
			if (m != n)
				abort();
			for (long i = 0; i < n; i++)
				if (strcmp(f[i], g[i]) != 0)
					abort();
		}
		slant_csv_release(&again);
		slant_buf_release(&b);
	}
	slant_csv_release(&c);

	struct slant_audit *a =
	    slant_audit_read("f.csv", text, len, sep, NULL, 0, 0.95, &err);
	if (a) {
		size_t coded = 0;
		for (size_t i = 0; i < a->nrows; i++) {
			const struct slant_audit_row *r = &a->rows[i];
			if (r->correct > r->coded)
				abort();
			if (!r->entry)
				coded += r->coded;
		}
		if (coded != a->items - a->uncoded)
			abort();
		slant_audit_free(a);
	}
	return 0;
}
