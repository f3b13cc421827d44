/* mem.h: allocation that never returns NULL, growable byte buffers and a
 * bump arena for per-document scratch.
 *
 * Allocation failure is not a user error: it aborts with a message. */
#ifndef SLANT_MEM_H
#define SLANT_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *slant_xmalloc(size_t n);
void *slant_xcalloc(size_t count, size_t size);
void *slant_xrealloc(void *p, size_t n);
/* realloc for arrays: n elements of size each, overflow-checked. */
void *slant_xreallocarray(void *p, size_t n, size_t size);
char *slant_xstrdup(const char *s);
/* Zeroed memory for a table probed at random once per token: from 512 KiB
 * on, rounded up to 2 MiB, aligned to and advised as a transparent huge
 * page, so that the probes do not also miss the TLB. Freed with free(). */
void *slant_xcalloc_table(size_t bytes);
char *slant_xstrndup(const char *s, size_t n);

/* Abort with file:line for a broken invariant (never for user input). */
#define SLANT_ASSERT(cond)                                                     \
	((cond) ? (void)0 : slant_die_bug(__FILE__, __LINE__, #cond))
_Noreturn void slant_die_bug(const char *file, int line, const char *what);

/* Grow an array *pv of *pcap elements so that it holds at least need. */
#define SLANT_GROW(pv, pcap, need)                                             \
	do {                                                                   \
		if ((need) > *(pcap)) {                                        \
			size_t c_ = *(pcap) ? *(pcap) : 16;                    \
			while (c_ < (need))                                    \
				c_ *= 2;                                       \
			*(pv) = slant_xreallocarray(*(pv), c_, sizeof **(pv)); \
			*(pcap) = c_;                                          \
		}                                                              \
	} while (0)

/* A growable byte buffer, always NUL-terminated after the first append. */
struct slant_buf {
	char *data;
	size_t len;
	size_t cap;
};

void slant_buf_init(struct slant_buf *b);
void slant_buf_release(struct slant_buf *b);
/* Room for extra more bytes and the NUL (the slow path out of line: the
 * writers call these for every field of wide tables). */
void slant_buf_grow(struct slant_buf *b, size_t extra);
static inline void slant_buf_reserve(struct slant_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
		slant_buf_grow(b, extra);
	b->data[b->len] = '\0';
}
static inline void slant_buf_append(struct slant_buf *b, const void *p,
                                    size_t n)
{
	slant_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}
static inline void slant_buf_putc(struct slant_buf *b, char c)
{
	slant_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}
void slant_buf_puts(struct slant_buf *b, const char *s);
void slant_buf_printf(struct slant_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static inline void slant_buf_reset(struct slant_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}
/* Give the bytes to the caller (who frees them) and reset b. */
char *slant_buf_take(struct slant_buf *b);

/* splitmix64's finaliser: a well-mixed 64-bit hash of one number, for
 * seeded samples that no thread count or input order changes. */
static inline uint64_t slant_mix64(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

#endif
