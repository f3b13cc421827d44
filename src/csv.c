/* csv.c: an RFC 4180 reader that says where a file is wrong. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "unicode.h"

static bool utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		int32_t cp;
		size_t k = slant_utf8_decode(p + i, n - i, &cp);
		if (k == 1 && cp == 0xfffd)
			return false;
		i += k;
	}
	return true;
}

void slant_csv_init(struct slant_csv *c, const char *path, const char *text,
                    size_t len, char sep)
{
	memset(c, 0, sizeof *c);
	c->path = path;
	c->p = text;
	c->end = text + len;
	c->sep = sep;
	c->line = 1;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		c->p += 3;
	slant_buf_init(&c->buf);
}

void slant_csv_release(struct slant_csv *c)
{
	slant_buf_release(&c->buf);
	free(c->offs);
	free(c->fields);
}

long slant_csv_next(struct slant_csv *c, char ***fields, size_t *line,
                    struct slant_error *err)
{
	/* blank lines are no record */
	while (c->p < c->end && (*c->p == '\n' || *c->p == '\r')) {
		if (*c->p == '\n')
			c->line++;
		c->p++;
	}
	if (c->p >= c->end)
		return 0;
	*line = c->line;
	slant_buf_reset(&c->buf);
	size_t n = 0;
	const char *p = c->p;
	for (;;) {
		SLANT_GROW(&c->offs, &c->cap, n + 1);
		c->offs[n++] = c->buf.len;
		if (p < c->end && *p == '"') {
			size_t open_line = c->line;
			p++;
			for (;;) {
				if (p >= c->end)
					return slant_error_at(
					    err, SLANT_EDATA, c->path,
					    open_line, 0,
					    "a quoted field never closes");
				if (*p == '"') {
					if (p + 1 < c->end && p[1] == '"') {
						slant_buf_putc(&c->buf, '"');
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (*p == '\n')
					c->line++;
				slant_buf_putc(&c->buf, *p++);
			}
			if (p < c->end && *p != c->sep && *p != '\n' &&
			    !(*p == '\r' && (p + 1 == c->end || p[1] == '\n')))
				return slant_error_at(
				    err, SLANT_EDATA, c->path, c->line, 0,
				    "text after a closing quote "
				    "in field %zu",
				    n);
		} else {
			while (
			    p < c->end && *p != c->sep && *p != '\n' &&
			    !(*p == '\r' && (p + 1 == c->end || p[1] == '\n')))
				slant_buf_putc(&c->buf, *p++);
		}
		slant_buf_putc(&c->buf, '\0');
		if (p < c->end && *p == c->sep) {
			p++;
			continue;
		}
		if (p < c->end && *p == '\r')
			p++;
		if (p < c->end && *p == '\n') {
			p++;
			c->line++;
		}
		break;
	}
	c->p = p;
	const char *data = c->buf.data;
	size_t blen = c->buf.len;
	/* every field ends in its NUL: another NUL is in the data */
	for (size_t i = 0; i < n; i++) {
		size_t end = i + 1 < n ? c->offs[i + 1] - 1 : blen - 1;
		if (memchr(data + c->offs[i], '\0', end - c->offs[i]))
			return slant_error_at(err, SLANT_EDATA, c->path, *line,
			                      0, "NUL byte in field %zu",
			                      i + 1);
		if (!utf8_valid(data + c->offs[i], end - c->offs[i]))
			return slant_error_at(err, SLANT_EDATA, c->path, *line,
			                      0, "invalid UTF-8 in field %zu",
			                      i + 1);
	}
	c->fields = slant_xreallocarray(c->fields, n, sizeof *c->fields);
	for (size_t i = 0; i < n; i++)
		c->fields[i] = c->buf.data + c->offs[i];
	*fields = c->fields;
	return (long)n;
}
