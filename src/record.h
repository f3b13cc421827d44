/* record.h: the compact records a stream's workers write for its flush
 * (stream.h): numbers and strings appended to a buffer in the worker and
 * read back in order, in the same process. Native byte order and no
 * alignment: values are copied with memcpy. */
#ifndef SLANT_RECORD_H
#define SLANT_RECORD_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "mem.h"

/* A fixed-size copy the compiler turns into a store (no call: records
 * are written a few numbers at a time, hundreds per article). */
static inline void slant_rec_put_u32(struct slant_buf *b, uint32_t v)
{
	slant_buf_reserve(b, sizeof v);
	memcpy(b->data + b->len, &v, sizeof v);
	b->len += sizeof v;
	b->data[b->len] = '\0';
}

static inline void slant_rec_put_f64(struct slant_buf *b, double v)
{
	slant_buf_reserve(b, sizeof v);
	memcpy(b->data + b->len, &v, sizeof v);
	b->len += sizeof v;
	b->data[b->len] = '\0';
}

/* A string with its NUL. */
static inline void slant_rec_put_str(struct slant_buf *b, const char *s)
{
	slant_buf_append(b, s, strlen(s) + 1);
}

/* Reads a record from p to end; bad is set (and zeros or "" returned)
 * when a value runs past the end: a bug, which the caller asserts. */
struct slant_rec_reader {
	const char *p, *end;
	bool bad;
};

static inline void slant_rec_get(struct slant_rec_reader *r, void *dst,
                                 size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = true;
		memset(dst, 0, n);
		return;
	}
	memcpy(dst, r->p, n);
	r->p += n;
}

static inline uint32_t slant_rec_get_u32(struct slant_rec_reader *r)
{
	uint32_t v;
	slant_rec_get(r, &v, sizeof v);
	return v;
}

static inline double slant_rec_get_f64(struct slant_rec_reader *r)
{
	double v;
	slant_rec_get(r, &v, sizeof v);
	return v;
}

/* The string at the cursor (pointing into the record). */
static inline const char *slant_rec_get_str(struct slant_rec_reader *r)
{
	const char *s = r->p;
	const char *nul = memchr(s, '\0', (size_t)(r->end - r->p));
	if (!nul) {
		r->bad = true;
		return "";
	}
	r->p = nul + 1;
	return s;
}

#endif
