/* format.c: field and number writers. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

int slant_table_format_parse(const char *s, enum slant_table_format *out)
{
	if (strcmp(s, "csv") == 0)
		*out = SLANT_FMT_CSV;
	else if (strcmp(s, "tsv") == 0)
		*out = SLANT_FMT_TSV;
	else if (strcmp(s, "jsonl") == 0)
		*out = SLANT_FMT_JSONL;
	else
		return -1;
	return 0;
}

void slant_put_csv(struct slant_buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		slant_buf_puts(b, s);
		return;
	}
	slant_buf_putc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			slant_buf_putc(b, '"');
		slant_buf_putc(b, *s);
	}
	slant_buf_putc(b, '"');
}

void slant_put_tsv(struct slant_buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '\t': slant_buf_puts(b, "\\t"); break;
		case '\n': slant_buf_puts(b, "\\n"); break;
		case '\r': slant_buf_puts(b, "\\r"); break;
		case '\\': slant_buf_puts(b, "\\\\"); break;
		default: slant_buf_putc(b, *s);
		}
	}
}

void slant_put_field(struct slant_buf *b, enum slant_table_format f,
                     const char *s)
{
	if (f == SLANT_FMT_TSV)
		slant_put_tsv(b, s);
	else
		slant_put_csv(b, s);
}

void slant_put_json_string(struct slant_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	slant_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		switch (c) {
		case '"': slant_buf_puts(b, "\\\""); break;
		case '\\': slant_buf_puts(b, "\\\\"); break;
		case '\n': slant_buf_puts(b, "\\n"); break;
		case '\r': slant_buf_puts(b, "\\r"); break;
		case '\t': slant_buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20) {
				char e[7] = {'\\',        'u',         '0', '0',
				             hex[c >> 4], hex[c & 15], 0};
				slant_buf_puts(b, e);
			} else {
				slant_buf_putc(b, (char)c);
			}
		}
	}
	slant_buf_putc(b, '"');
}

void slant_put_u64(struct slant_buf *b, uint64_t v)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	slant_buf_reserve(b, (size_t)n);
	while (n)
		b->data[b->len++] = tmp[--n];
	b->data[b->len] = '\0';
}

void slant_put_fixed(struct slant_buf *b, double x, int decimals)
{
	static const double pow10[] = {1,   1e1, 1e2, 1e3, 1e4,
	                               1e5, 1e6, 1e7, 1e8, 1e9};
	if (!isfinite(x) || fabs(x) >= 1e15 || decimals < 0 || decimals > 9) {
		if (isnan(x))
			slant_buf_puts(b, "nan");
		else if (isinf(x))
			slant_buf_puts(b, x > 0 ? "inf" : "-inf");
		else
			slant_buf_printf(b, "%.*f", decimals, x);
		return;
	}
	double scaled = round(fabs(x) * pow10[decimals]);
	uint64_t v = (uint64_t)scaled;
	uint64_t p = (uint64_t)pow10[decimals];
	if (x < 0 && v)
		slant_buf_putc(b, '-');
	slant_put_u64(b, v / p);
	if (decimals) {
		slant_buf_putc(b, '.');
		uint64_t frac = v % p;
		char tmp[10];
		for (int i = decimals - 1; i >= 0; i--) {
			tmp[i] = (char)('0' + frac % 10);
			frac /= 10;
		}
		slant_buf_append(b, tmp, (size_t)decimals);
	}
}

void slant_put_json_number(struct slant_buf *b, double x)
{
	if (!isfinite(x)) {
		slant_buf_puts(b, "null");
		return;
	}
	if (x == floor(x) && fabs(x) < 1e15) {
		slant_buf_printf(b, "%.0f", x);
		return;
	}
	/* Shortest of %.15g .. %.17g that reads back exactly. */
	char tmp[40];
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, x);
		if (strtod(tmp, NULL) == x)
			break;
	}
	slant_buf_puts(b, tmp);
}
