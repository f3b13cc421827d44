/* t-format.c: field quoting and the fast number writers, checked against
 * printf. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "tap.h"

static struct slant_buf b;

static const char *fixed(double x, int dec)
{
	slant_buf_reset(&b);
	slant_put_fixed(&b, x, dec);
	return b.data;
}

int main(void)
{
	slant_buf_init(&b);
	slant_put_csv(&b, "plain");
	is_str(b.data, "plain", "CSV plain field unquoted");
	slant_buf_reset(&b);
	slant_put_csv(&b, "a, \"b\"\nc");
	is_str(b.data, "\"a, \"\"b\"\"\nc\"",
	       "CSV quotes commas, quotes, newlines");
	slant_buf_reset(&b);
	slant_put_tsv(&b, "a\tb\nc\\d");
	is_str(b.data, "a\\tb\\nc\\\\d", "TSV escapes tab, newline, backslash");
	slant_buf_reset(&b);
	slant_put_json_string(&b, "q\"\\\n\x01é");
	is_str(b.data, "\"q\\\"\\\\\\n\\u0001é\"", "JSON string escapes");
	slant_buf_reset(&b);
	slant_put_u64(&b, 0);
	slant_put_u64(&b, 18446744073709551615ULL);
	is_str(b.data, "018446744073709551615", "u64 writer");

	is_str(fixed(0, 4), "0.0000", "zero");
	is_str(fixed(2.5, 4), "2.5000", "trailing zeros kept");
	is_str(fixed(-1.23456, 4), "-1.2346", "negative, rounded");
	is_str(fixed(-0.00001, 4), "0.0000",
	       "negative rounding to zero has no sign");
	is_str(fixed(1e16, 2), "10000000000000000.00",
	       "huge values fall back to printf");
	is_str(fixed(0.0 / 0.0, 4), "nan", "NaN");

	/* Agreement with printf on rates a score table produces. */
	int agree = 1;
	char want[64];
	for (unsigned hits = 0; hits < 300; hits++)
		for (unsigned tokens = 1; tokens < 400; tokens += 7) {
			double x = hits * 1000.0 / tokens;
			snprintf(want, sizeof want, "%.4f", x);
			const char *got = fixed(x, 4);
			if (strcmp(got, want) != 0) {
				/* Only exact binary ties may differ (printf
				 * rounds half to even on the binary value). */
				double t = x * 1e4;
				if (t - (double)(long long)t != 0.5) {
					printf("# %u/%u: got %s want %s\n",
					       hits, tokens, got, want);
					agree = 0;
				}
			}
		}
	ok(agree, "fixed(4) agrees with printf %%.4f on 17,100 rates");

	slant_buf_reset(&b);
	slant_put_json_number(&b, 0.1);
	slant_buf_putc(&b, ' ');
	slant_put_json_number(&b, 1.0 / 3.0);
	slant_buf_putc(&b, ' ');
	slant_put_json_number(&b, 42);
	slant_buf_putc(&b, ' ');
	slant_put_json_number(&b, 0.0 / 0.0);
	is_str(b.data, "0.1 0.3333333333333333 42 null",
	       "JSON numbers round-trip");
	slant_buf_release(&b);
	return tap_done();
}
