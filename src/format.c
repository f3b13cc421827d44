/* format.c: field and number writers. */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
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

void slant_put_safe_name(struct slant_buf *b, const char *s)
{
	unsigned char c0 = (unsigned char)s[0];
	if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')))
		slant_buf_putc(b, 'x');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		            (c >= '0' && c <= '9') || c == '_';
		slant_buf_putc(b, keep ? (char)c : '_');
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

/* v in decimal, right-aligned to end at e; returns its first byte. */
static char *digits_before(char *e, uint64_t v)
{
	do {
		*--e = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return e;
}

void slant_put_u64(struct slant_buf *b, uint64_t v)
{
	if (v < 10) { /* most counts in a score row */
		slant_buf_putc(b, (char)('0' + v));
		return;
	}
	char tmp[20];
	char *first = digits_before(tmp + sizeof tmp, v);
	slant_buf_append(b, first, (size_t)(tmp + sizeof tmp - first));
}

void slant_put_fixed(struct slant_buf *b, double x, int decimals)
{
	static const double pow10[] = {1,   1e1, 1e2, 1e3, 1e4,
	                               1e5, 1e6, 1e7, 1e8, 1e9};
	static const uint64_t ipow10[] = {
	    1,      10,      100,      1000,      10000,
	    100000, 1000000, 10000000, 100000000, 1000000000};
	if (!isfinite(x) || fabs(x) >= 1e15 || decimals < 0 || decimals > 9) {
		if (isnan(x))
			slant_buf_puts(b, "nan");
		else if (isinf(x))
			slant_buf_puts(b, x > 0 ? "inf" : "-inf");
		else
			slant_buf_printf(b, "%.*f", decimals, x);
		return;
	}
	double y = fabs(x) * pow10[decimals];
	uint64_t v;
	if (y < 4503599627370496.0) {
		/* round() without the call: below 2^52 the fraction y - v is
		 * exact, and a half goes away from zero. */
		v = (uint64_t)y;
		v += y - (double)v >= 0.5;
	} else if (y < 18446744073709549568.0) {
		v = (uint64_t)y; /* already an integer */
	} else {
		slant_buf_printf(b, "%.*f", decimals, x);
		return;
	}
	/* Sign, integer part, point and exactly `decimals` digits, written
	 * right to left into one buffer. */
	char tmp[32];
	char *e = tmp + sizeof tmp, *p = e;
	uint64_t whole, frac;
	if (decimals == 4) { /* rates and scores: a constant divisor */
		whole = v / 10000;
		frac = v % 10000;
		p -= 4;
		p[0] = (char)('0' + frac / 1000);
		p[1] = (char)('0' + frac / 100 % 10);
		p[2] = (char)('0' + frac / 10 % 10);
		p[3] = (char)('0' + frac % 10);
	} else {
		whole = v / ipow10[decimals];
		frac = v % ipow10[decimals];
		for (int i = 0; i < decimals; i++) {
			*--p = (char)('0' + frac % 10);
			frac /= 10;
		}
	}
	if (decimals)
		*--p = '.';
	p = digits_before(p, whole);
	if (x < 0 && v)
		*--p = '-';
	slant_buf_append(b, p, (size_t)(e - p));
}

/* ---- exact %.*g ---- */

typedef unsigned __int128 u128;

/* The prec significant digits of x > 0, rounded half to even, as an
 * integer in [10^(prec-1), 10^prec), and the decimal exponent of the
 * first; -1 where the exact product would not fit in 128 bits. */
static int exact_digits(double x, int prec, uint64_t *digits, int *exp10,
                        bool *reads_back)
{
	static const uint64_t p10[20] = {1ull,
	                                 10ull,
	                                 100ull,
	                                 1000ull,
	                                 10000ull,
	                                 100000ull,
	                                 1000000ull,
	                                 10000000ull,
	                                 100000000ull,
	                                 1000000000ull,
	                                 10000000000ull,
	                                 100000000000ull,
	                                 1000000000000ull,
	                                 10000000000000ull,
	                                 100000000000000ull,
	                                 1000000000000000ull,
	                                 10000000000000000ull,
	                                 100000000000000000ull,
	                                 1000000000000000000ull,
	                                 10000000000000000000ull};
	/* x = m 2^(e2 - 53) exactly, m < 2^53 (as frexp and ldexp would
	 * give, from the bits: this runs for every number of a table) */
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	int biased = (int)(bits >> 52 & 0x7ff);
	if (biased == 0)
		return -1; /* subnormal */
	uint64_t m = (bits & 0x000fffffffffffffull) | 0x0010000000000000ull;
	int e2 = biased - 1022;
	int shift = 53 - e2;
	if (shift <= 0 || shift >= 128)
		return -1; /* x >= 2^52 or tiny: rare in tables */
	/* The decimal exponent from the binary one: floor((e2 - 1) log10 2)
	 * with 78913 / 2^18 for log10 2, without shifting a negative number;
	 * off by at most one, which the loop corrects (a log10() call was a
	 * fifth of the time). */
	int below = e2 - 1;
	int e = below >= 0 ? (below * 78913) >> 18
	                   : -((-below * 78913 + 262143) >> 18);
	for (int tries = 0; tries < 4; tries++) {
		int k = prec - 1 - e; /* digits = x 10^k, rounded */
		if (k < 0 || k > 22)
			return -1; /* m 10^22 < 2^127 */
		u128 pk = k > 19 ? (u128)p10[k - 19] * p10[19] : p10[k];
		u128 prod = (u128)m * pk;
		u128 q = prod >> shift, r = prod - (q << shift);
		if (q < p10[prec - 1]) {
			e--;
			continue;
		}
		if (q >= p10[prec]) {
			e++;
			continue;
		}
		u128 half = (u128)1 << (shift - 1);
		bool up = r > half || (r == half && (q & 1));
		/* The digits read back as x (strtod gives the nearest
		 * double, ties to even) when they are closer to x than half
		 * its ulp: |digits - x 10^k| < 10^k / 2 in these units. At a
		 * power of two the ulp below is smaller: not decided here. */
		u128 err = up ? ((u128)1 << shift) - r : r;
		*reads_back = m != 0x0010000000000000ull &&
		              (2 * err < pk || (2 * err == pk && !(m & 1)));
		if (up)
			q++;
		if (q == p10[prec]) {
			q = p10[prec - 1];
			e++;
		}
		*digits = (uint64_t)q;
		*exp10 = e;
		return 0;
	}
	return -1;
}

/* prec digits d with decimal exponent e, as "%.*g" writes them. */
static void put_digits(struct slant_buf *b, bool neg, uint64_t d, int e,
                       int prec)
{
	char dig[20] = {0}, out[48];
	for (int i = prec - 1; i >= 0; i--) {
		dig[i] = (char)('0' + d % 10);
		d /= 10;
	}
	int nd = prec; /* significant digits left after trailing zeros */
	while (nd > 1 && dig[nd - 1] == '0')
		nd--;
	size_t o = 0;
	if (neg)
		out[o++] = '-';
	if (e < -4 || e >= prec) {
		out[o++] = dig[0];
		if (nd > 1) {
			out[o++] = '.';
			for (int i = 1; i < nd; i++)
				out[o++] = dig[i];
		}
		out[o++] = 'e';
		out[o++] = e < 0 ? '-' : '+';
		int ae = e < 0 ? -e : e;
		if (ae >= 100)
			out[o++] = (char)('0' + ae / 100);
		out[o++] = (char)('0' + ae / 10 % 10);
		out[o++] = (char)('0' + ae % 10);
	} else if (e >= 0) {
		for (int i = 0; i <= e; i++)
			out[o++] = dig[i];
		if (nd > e + 1) {
			out[o++] = '.';
			for (int i = e + 1; i < nd; i++)
				out[o++] = dig[i];
		}
	} else {
		out[o++] = '0';
		out[o++] = '.';
		for (int i = 0; i < -e - 1; i++)
			out[o++] = '0';
		for (int i = 0; i < nd; i++)
			out[o++] = dig[i];
	}
	slant_buf_append(b, out, o);
}

void slant_put_g(struct slant_buf *b, double x, int prec)
{
	uint64_t d;
	int e;
	bool reads_back;
	if (prec < 1 || prec > 17 || !isfinite(x) || x == 0 ||
	    exact_digits(fabs(x), prec, &d, &e, &reads_back) < 0) {
		char tmp[48];
		int n = snprintf(tmp, sizeof tmp, "%.*g", prec, x);
		slant_buf_append(b, tmp, (size_t)n);
		return;
	}
	put_digits(b, x < 0, d, e, prec);
}

static int exact_digits(double x, int prec, uint64_t *digits, int *exp10,
                        bool *reads_back);
static void put_digits(struct slant_buf *b, bool neg, uint64_t d, int e,
                       int prec);

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
	/* Shortest of %.15g .. %.17g that reads back exactly: decided from
	 * the exact digits where they can be had (no strtod), else by
	 * reading the text back. */
	for (int prec = 15; prec <= 17; prec++) {
		uint64_t d;
		int e;
		bool reads_back;
		if (exact_digits(fabs(x), prec, &d, &e, &reads_back) < 0)
			break;
		if (reads_back || prec == 17) {
			put_digits(b, x < 0, d, e, prec);
			return;
		}
	}
	size_t at = b->len;
	for (int prec = 15; prec <= 17; prec++) {
		b->len = at;
		slant_put_g(b, x, prec);
		slant_buf_putc(b, '\0');
		b->len--;
		if (strtod(b->data + at, NULL) == x)
			break;
	}
}

/* ---- tables for people ---- */

void slant_text_table_init(struct slant_text_table *t, size_t ncols)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols;
}

void slant_text_table_header(struct slant_text_table *t,
                             const char *const *cols, size_t ncols)
{
	slant_text_table_init(t, ncols);
	for (size_t i = 0; i < ncols; i++)
		slant_text_table_add(t, cols[i]);
}

void slant_text_table_release(struct slant_text_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

void slant_text_table_add(struct slant_text_table *t, const char *cell)
{
	SLANT_GROW(&t->cells, &t->cap, t->n + 1);
	t->cells[t->n++] = slant_xstrdup(cell);
}

void slant_text_table_addf(struct slant_text_table *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct slant_buf b;
	slant_buf_init(&b);
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	slant_buf_reserve(&b, n > 0 ? (size_t)n : 0);
	vsnprintf(b.data, (size_t)n + 1, fmt, ap);
	va_end(ap);
	SLANT_GROW(&t->cells, &t->cap, t->n + 1);
	t->cells[t->n++] = b.data;
}

void slant_text_table_num(struct slant_text_table *t, double x, int decimals)
{
	if (!isfinite(x)) {
		slant_text_table_add(t, "n/a");
		return;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	slant_put_fixed(&b, x, decimals);
	SLANT_GROW(&t->cells, &t->cap, t->n + 1);
	t->cells[t->n++] = b.data;
}

/* Code points of UTF-8 s (continuation bytes not counted). */
static size_t text_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xc0) != 0x80;
	return w;
}

static bool looks_numeric(const char *s)
{
	if (!*s || strcmp(s, "n/a") == 0)
		return true;
	if (*s == '-' || *s == '+')
		s++;
	bool digit = false;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digit = true;
		else if (*s != '.' && *s != ',' && !(*s == '%' && !s[1]))
			return false;
	}
	return digit;
}

void slant_text_table_render(const struct slant_text_table *t,
                             struct slant_buf *b)
{
	size_t nc = t->ncols, rows = nc ? t->n / nc : 0;
	if (!rows)
		return;
	size_t *width = slant_xcalloc(nc, sizeof *width);
	bool *right = slant_xcalloc(nc, sizeof *right);
	for (size_t c = 0; c < nc; c++) {
		right[c] = rows > 1;
		for (size_t r = 0; r < rows; r++) {
			const char *cell = t->cells[r * nc + c];
			size_t w = text_width(cell);
			if (w > width[c])
				width[c] = w;
			if (r && !looks_numeric(cell))
				right[c] = false;
		}
	}
	for (size_t r = 0; r < rows; r++) {
		size_t start = b->len;
		for (size_t c = 0; c < nc; c++) {
			const char *cell = t->cells[r * nc + c];
			size_t pad = width[c] - text_width(cell);
			if (c)
				slant_buf_puts(b, "  ");
			for (size_t i = 0; right[c] && i < pad; i++)
				slant_buf_putc(b, ' ');
			slant_buf_puts(b, cell);
			for (size_t i = 0; !right[c] && i < pad; i++)
				slant_buf_putc(b, ' ');
		}
		while (b->len > start && b->data[b->len - 1] == ' ')
			b->len--;
		slant_buf_putc(b, '\n');
	}
	free(width);
	free(right);
}
