/* mem.c: allocation helpers and byte buffers. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "mem.h"

static _Noreturn void out_of_memory(size_t n)
{
	fprintf(stderr, "slant: fatal: out of memory allocating %zu bytes\n",
	        n);
	abort();
}

_Noreturn void slant_die_bug(const char *file, int line, const char *what)
{
	fprintf(stderr, "slant: internal error at %s:%d: %s\n", file, line,
	        what);
	abort();
}

void *slant_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void *slant_xcalloc_table(size_t bytes)
{
	/* From a quarter of a huge page on, the rest of the page is worth
	 * the TLB misses it saves. */
	const size_t huge = (size_t)2 << 20;
	if (bytes < huge / 4)
		return slant_xcalloc(1, bytes);
	bytes = (bytes + huge - 1) / huge * huge;
	void *p = NULL;
	if (posix_memalign(&p, huge, bytes) != 0)
		return slant_xcalloc(1, bytes);
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE);
#endif
	memset(p, 0, bytes);
	return p;
}

void *slant_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

void *slant_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory(n);
	return q;
}

void *slant_xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		out_of_memory(SIZE_MAX);
	return slant_xrealloc(p, n * size);
}

char *slant_xstrdup(const char *s)
{
	return slant_xstrndup(s, strlen(s));
}

char *slant_xstrndup(const char *s, size_t n)
{
	char *p = slant_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void slant_buf_init(struct slant_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void slant_buf_release(struct slant_buf *b)
{
	free(b->data);
	slant_buf_init(b);
}

void slant_buf_grow(struct slant_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need > b->cap) {
		size_t c = b->cap ? b->cap : 64;
		while (c < need)
			c *= 2;
		b->data = slant_xrealloc(b->data, c);
		b->cap = c;
	}
}

void slant_buf_puts(struct slant_buf *b, const char *s)
{
	slant_buf_append(b, s, strlen(s));
}

void slant_buf_printf(struct slant_buf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		slant_buf_append(b, small, (size_t)n);
		return;
	}
	slant_buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *slant_buf_take(struct slant_buf *b)
{
	char *p = b->data ? b->data : slant_xstrdup("");
	slant_buf_init(b);
	return p;
}
