/* tap.h: a tiny TAP producer for the C unit tests (automake's tap-driver
 * reads the output). Header-only so each test binary is one file. */
#ifndef SLANT_TAP_H
#define SLANT_TAP_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

static void tap_result(int ok, const char *fmt, va_list ap)
{
	tap_count++;
	if (!ok)
		tap_failed++;
	printf("%s %d - ", ok ? "ok" : "not ok", tap_count);
	vprintf(fmt, ap);
	printf("\n");
	fflush(stdout);
}

/* ok(cond, "what is checked") */
__attribute__((format(printf, 2, 3))) static int ok(int cond, const char *fmt,
                                                    ...)
{
	va_list ap;
	va_start(ap, fmt);
	tap_result(cond, fmt, ap);
	va_end(ap);
	return cond;
}

/* Compare strings, printing both on failure. */
#define is_str(got, want, ...)                                                 \
	do {                                                                   \
		const char *g_ = (got), *w_ = (want);                          \
		if (!ok(g_ && w_ && strcmp(g_, w_) == 0, __VA_ARGS__))         \
			printf("#   got:  '%s'\n#   want: '%s'\n",             \
			       g_ ? g_ : "(null)", w_ ? w_ : "(null)");        \
	} while (0)

#define is_int(got, want, ...)                                                 \
	do {                                                                   \
		long long g_ = (long long)(got), w_ = (long long)(want);       \
		if (!ok(g_ == w_, __VA_ARGS__))                                \
			printf("#   got:  %lld\n#   want: %lld\n", g_, w_);    \
	} while (0)

/* Relative-or-absolute tolerance: |got-want| <= tol * max(1, |want|). NaN
 * equals NaN and infinities must match exactly. */
#define is_num(got, want, tol, ...)                                            \
	do {                                                                   \
		double g_ = (got), w_ = (want);                                \
		int same_ = (isnan(g_) && isnan(w_)) ||                        \
		            (isinf(w_) && g_ == w_) ||                         \
		            fabs(g_ - w_) <= (tol)*fmax(1.0, fabs(w_));        \
		if (!ok(same_, __VA_ARGS__))                                   \
			printf("#   got:  %.17g\n#   want: %.17g\n", g_, w_);  \
	} while (0)

/* Print the plan and return the exit status for main(). */
static int tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
