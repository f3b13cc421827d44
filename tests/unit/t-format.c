/* t-format.c: field quoting and the fast number writers, checked against
 * printf. */
#include "config.h"

#include <math.h>
#include <stdint.h>
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

	/* The writer's rounding (no call to round()) against round() itself,
	 * formatted plainly: random magnitudes from 1e-6 to 1e15, halves of
	 * every last digit, 0 to 9 decimals, both signs. */
	{
		int alike = 1;
		unsigned long long r = 0x2545f4914f6cdd1dull;
		for (int i = 0; i < 200000 && alike; i++) {
			r ^= r << 13;
			r ^= r >> 7;
			r ^= r << 17;
			int dec = (int)(r % 10);
			double p10 = pow(10, dec);
			double x = ldexp((double)(r >> 11), -53) *
			           pow(10, (double)(r % 22) - 6);
			if (i % 4 == 1) /* a half of the last digit */
				x = (floor(x * p10) + 0.5) / p10;
			if (i % 2)
				x = -x;
			if (fabs(x) >= 1e15 || fabs(x) * p10 >= 1.8e19)
				continue;
			double scaled = round(fabs(x) * p10);
			unsigned long long v = (unsigned long long)scaled,
			                   p = (unsigned long long)p10;
			char ref[64];
			int k = snprintf(ref, sizeof ref, "%s%llu",
			                 x < 0 && v ? "-" : "", v / p);
			if (dec)
				snprintf(ref + k, sizeof ref - (size_t)k,
				         ".%0*llu", dec, v % p);
			const char *got = fixed(x, dec);
			if (strcmp(got, ref) != 0) {
				printf("# %.17g (%d): got %s want %s\n", x, dec,
				       got, ref);
				alike = 0;
			}
		}
		ok(alike, "fixed rounds as round() does on 200,000 values");
	}

	/* slant_put_g against printf: random bit patterns over the whole
	 * range of magnitudes, decimal-looking values (k / 10^j, the ones
	 * where a tie is near), values just around powers of ten, signs. */
	int same = 1;
	unsigned long long s = 88172645463325252ull, n = 0;
	char got[64];
	for (int prec = 1; prec <= 17; prec++) {
		for (int i = 0; i < 60000; i++) {
			s ^= s << 13;
			s ^= s >> 7;
			s ^= s << 17;
			double x;
			switch (i % 4) {
			case 0: { /* any finite double */
				uint64_t bits = s;
				memcpy(&x, &bits, sizeof x);
				if (!isfinite(x))
					continue;
				break;
			}
			case 1: /* magnitudes 1e-30 .. 1e30 */
				x = ldexp((double)(s >> 11), -53) *
				    pow(10, (double)(int)(s % 61) - 30);
				break;
			case 2: /* decimals */
				x = (double)(s % 100000000) /
				    pow(10, (double)(s >> 60));
				break;
			default: /* next to powers of ten and of two */
				x = pow(10, (double)(int)(s % 31) - 15);
				x = s & 1 ? nextafter(x, 0)
				          : nextafter(x, 1e300);
				if (s & 2)
					x = ldexp(1.0, (int)(s >> 56) - 128);
				break;
			}
			if (s & 4)
				x = -x;
			snprintf(want, sizeof want, "%.*g", prec, x);
			slant_buf_reset(&b);
			slant_put_g(&b, x, prec);
			snprintf(got, sizeof got, "%s", b.data);
			n++;
			if (strcmp(got, want) != 0 && same) {
				printf("# %%.%dg of %a: got %s want %s\n", prec,
				       x, got, want);
				same = 0;
			}
		}
	}
	ok(same,
	   "slant_put_g agrees with printf on %llu values, %%.1g .. %%.17g", n);
	static const double ties[] = {0.5,   1.5,        2.5,          0.125,
	                              0.375, 1e15 + 0.5, 1234567890.5, 9.5,
	                              99.5,  0.0625};
	same = 1;
	for (size_t i = 0; i < sizeof ties / sizeof *ties; i++)
		for (int prec = 1; prec <= 17; prec++) {
			snprintf(want, sizeof want, "%.*g", prec, ties[i]);
			slant_buf_reset(&b);
			slant_put_g(&b, ties[i], prec);
			if (strcmp(b.data, want) != 0)
				same = 0;
		}
	ok(same, "slant_put_g rounds exact ties to even, as printf");

	/* JSON numbers: the shortest of %.15g .. %.17g that strtod reads
	 * back as the same double, computed here the slow way */
	same = 1;
	n = 0;
	for (int i = 0; i < 400000; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		double x;
		if (i % 3 == 0) {
			uint64_t bits = s;
			memcpy(&x, &bits, sizeof x);
		} else if (i % 3 == 1) {
			x = ldexp((double)(s >> 11), -53) *
			    pow(10, (double)(int)(s % 41) - 20);
		} else {
			x = (double)(s % 1000000) / pow(10, (double)(s >> 61));
			x = s & 8 ? nextafter(x, 0) : x;
		}
		if (!isfinite(x) || x == floor(x))
			continue; /* whole numbers take their own path */
		for (int prec = 15; prec <= 17; prec++) {
			snprintf(want, sizeof want, "%.*g", prec, x);
			if (strtod(want, NULL) == x)
				break;
		}
		slant_buf_reset(&b);
		slant_put_json_number(&b, x);
		n++;
		if (strcmp(b.data, want) != 0 && same) {
			printf("# JSON of %a: got %s want %s\n", x, b.data,
			       want);
			same = 0;
		}
	}
	ok(same,
	   "JSON numbers: the shortest of %%.15g-%%.17g that reads back, "
	   "on %llu values",
	   n);

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

	/* indented JSON */
	static const char compact[] =
	    "{\"a\":[1,2],\"b\":{\"est\":1.5,\"lo\":null,\"hi\":\"x,]}\"},"
	    "\"c\":[],\"d\":{},\"e\":[1,2,3,4,5],\"f\":[{\"g\":true}],"
	    "\"s\":\"q\\\"[{,:\"}";
	slant_buf_reset(&b);
	slant_put_json_pretty(&b, compact, sizeof compact - 1);
	is_str(b.data,
	       "{\n"
	       "  \"a\": [1, 2],\n"
	       "  \"b\": {\"est\": 1.5, \"lo\": null, \"hi\": \"x,]}\"},\n"
	       "  \"c\": [],\n"
	       "  \"d\": {},\n"
	       "  \"e\": [\n    1,\n    2,\n    3,\n    4,\n    5\n  ],\n"
	       "  \"f\": [\n    {\"g\": true}\n  ],\n"
	       "  \"s\": \"q\\\"[{,:\"\n"
	       "}\n",
	       "JSON indented: a member a line, small scalar containers on "
	       "one, strings untouched");
	struct slant_buf again;
	slant_buf_init(&again);
	slant_put_json_pretty(&again, b.data, b.len);
	is_str(again.data, b.data, "indenting indented JSON changes nothing");
	slant_buf_release(&again);
	return tap_done();
}
