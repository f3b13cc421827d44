/* error.h: how the library core reports failure.
 *
 * Core functions never print and never exit. They return 0 / -1 (or NULL,
 * or a count) and fill a caller-owned struct slant_error. The CLI turns the
 * code into an exit status and prints "slant: error: WHERE: MESSAGE".
 */
#ifndef SLANT_ERROR_H
#define SLANT_ERROR_H

#include <stddef.h>

/* Codes double as the CLI's exit statuses (see slant(1)). */
enum slant_error_code {
	SLANT_OK = 0,
	SLANT_ECHECK = 1,    /* a requested check failed */
	SLANT_EUSAGE = 2,    /* bad options or arguments */
	SLANT_EDATA = 3,     /* bad input data (corpus, lexicon) */
	SLANT_EIO = 4,       /* reading or writing failed */
	SLANT_EINTERNAL = 70 /* a bug in slant */
};

struct slant_error {
	enum slant_error_code code;
	char where[512];   /* "path:line[:col]", "record N", or "" */
	char message[512]; /* lower case, no final period, subject quoted */
};

/* Reset *err to SLANT_OK with empty where and message. */
void slant_error_clear(struct slant_error *err);

/* Fill *err (when err is not NULL) and return -1, so that a failing call
 * site is one line: return slant_error_set(err, SLANT_EDATA, where, fmt, ...).
 * where may be NULL. */
int slant_error_set(struct slant_error *err, enum slant_error_code code,
                    const char *where, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Same, with where built as "path:line" (line 0 means no line) or
 * "path:line:col" (col 0 means no column). */
int slant_error_at(struct slant_error *err, enum slant_error_code code,
                   const char *path, size_t line, size_t col, const char *fmt,
                   ...) __attribute__((format(printf, 6, 7)));

/* A callback for warnings (e.g. --lenient replacements). The core calls it
 * and carries on; the CLI prints. ctx is the caller's. */
typedef void (*slant_warn_fn)(void *ctx, const struct slant_error *warning);

#endif
