/* error.c: filling struct slant_error. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

void slant_error_clear(struct slant_error *err)
{
	err->code = SLANT_OK;
	err->where[0] = '\0';
	err->message[0] = '\0';
}

static void set_message(struct slant_error *err, const char *fmt, va_list ap)
{
	vsnprintf(err->message, sizeof err->message, fmt, ap);
}

int slant_error_set(struct slant_error *err, enum slant_error_code code,
                    const char *where, const char *fmt, ...)
{
	if (!err)
		return -1;
	err->code = code;
	snprintf(err->where, sizeof err->where, "%s", where ? where : "");
	va_list ap;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return -1;
}

int slant_error_at(struct slant_error *err, enum slant_error_code code,
                   const char *path, size_t line, size_t col, const char *fmt,
                   ...)
{
	if (!err)
		return -1;
	err->code = code;
	if (line && col)
		snprintf(err->where, sizeof err->where, "%s:%zu:%zu", path,
		         line, col);
	else if (line)
		snprintf(err->where, sizeof err->where, "%s:%zu", path, line);
	else
		snprintf(err->where, sizeof err->where, "%s", path);
	va_list ap;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return -1;
}
