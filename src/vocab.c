/* vocab.c: interning with open addressing and linear probing. Slots hold
 * the hash so that most probes never touch the string pool. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "vocab.h"

/* A slot is 16 bytes: the first 8 bytes of its word (zero padded; words
 * hold no NUL), 32 bits of hash with bit 0 = occupied and bit 1 = longer
 * than 8 bytes, and the id. A probe for a word of up to 8 bytes (most
 * words) is decided without touching the string pool, and the table stays
 * small: the hot loop's cost is its cache misses. */
struct slot {
	uint64_t head;
	uint32_t hash; /* 0 means empty */
	uint32_t id;
};

static inline uint64_t head_of(const char *s, size_t len)
{
	uint64_t h = 0;
	if (len >= 8) {
		memcpy(&h, s, 8); /* a constant size: one load */
		return h;
	}
	unsigned char b[8] = {0};
	for (size_t i = 0; i < len; i++)
		b[i] = (unsigned char)s[i];
	memcpy(&h, b, 8);
	return h;
}

struct slant_vocab {
	struct slot *slots;
	size_t mask; /* slots - 1 */
	size_t n;
	uint32_t *offset; /* pool offset of type id */
	uint32_t *length; /* length of type id */
	size_t offset_cap;
	char *pool;
	size_t pool_len, pool_cap;
};

uint64_t slant_hash_bytes(const char *s, size_t len)
{
	/* Blocks of 16 before the last chain through the first factor; the
	 * last (1 to 16 bytes) is slant_hash_16's, so the two agree. */
	uint64_t chain = 0;
	size_t i = 0;
	while (len - i > 16) {
		uint64_t lo, hi;
		memcpy(&lo, s + i, 8);
		memcpy(&hi, s + i + 8, 8);
		chain = slant_hash_mix(lo ^ SLANT_HASH_K0 ^ chain,
		                       hi ^ SLANT_HASH_K1);
		i += 16;
	}
	uint64_t lo, hi;
	slant_word_halves(s + i, len - i, &lo, &hi);
	return slant_hash_mix(lo ^ SLANT_HASH_K0 ^ chain,
	                      hi ^ SLANT_HASH_K1 ^ len);
}

static inline uint32_t finish(uint64_t h, size_t len)
{
	h ^= h >> 29;
	return ((uint32_t)h & ~3u) | 1u | (len > 8 ? 2u : 0u);
}

/* The table index of a slot hash. */
static inline size_t home(uint32_t h)
{
	return (size_t)(h >> 2);
}

static struct slot *alloc_slots(size_t n)
{
	return slant_xcalloc_table(n * sizeof(struct slot));
}

struct slant_vocab *slant_vocab_new(void)
{
	struct slant_vocab *v = slant_xcalloc(1, sizeof *v);
	v->mask = (1u << 12) - 1;
	v->slots = alloc_slots(v->mask + 1);
	return v;
}

void slant_vocab_free(struct slant_vocab *v)
{
	if (!v)
		return;
	free(v->slots);
	free(v->offset);
	free(v->length);
	free(v->pool);
	free(v);
}

static void grow(struct slant_vocab *v)
{
	size_t nslots = (v->mask + 1) * 2;
	struct slot *s = alloc_slots(nslots);
	for (size_t i = 0; i <= v->mask; i++) {
		struct slot *o = &v->slots[i];
		if (!o->hash)
			continue;
		size_t j = home(o->hash) & (nslots - 1);
		while (s[j].hash)
			j = (j + 1) & (nslots - 1);
		s[j] = *o;
	}
	free(v->slots);
	v->slots = s;
	v->mask = nslots - 1;
}

static inline int same(const struct slant_vocab *v, const struct slot *s,
                       uint32_t h, const char *w, size_t len, uint64_t head)
{
	if (s->hash != h || s->head != head)
		return 0;
	return len <= 8 ||
	       (v->length[s->id] == len &&
	        memcmp(v->pool + v->offset[s->id] + 8, w + 8, len - 8) == 0);
}

uint32_t slant_vocab_intern_hashed(struct slant_vocab *v, const char *s,
                                   size_t len, uint64_t hash)
{
	uint32_t h = finish(hash, len);
	uint64_t head = head_of(s, len);
	size_t i = home(h) & v->mask;
	for (;;) {
		struct slot *sl = &v->slots[i];
		if (!sl->hash)
			break;
		if (same(v, sl, h, s, len, head))
			return sl->id;
		i = (i + 1) & v->mask;
	}
	SLANT_ASSERT(len < UINT32_MAX && v->n < UINT32_MAX - 1);
	uint32_t id = (uint32_t)v->n++;
	if (v->n > v->offset_cap) {
		size_t c = v->offset_cap ? v->offset_cap * 2 : 1024;
		v->offset =
		    slant_xreallocarray(v->offset, c, sizeof *v->offset);
		v->length =
		    slant_xreallocarray(v->length, c, sizeof *v->length);
		v->offset_cap = c;
	}
	v->length[id] = (uint32_t)len;
	if (v->pool_len + len + 1 > v->pool_cap) {
		size_t c = v->pool_cap ? v->pool_cap : 4096;
		while (c < v->pool_len + len + 1)
			c *= 2;
		v->pool = slant_xrealloc(v->pool, c);
		v->pool_cap = c;
	}
	SLANT_ASSERT(v->pool_len < UINT32_MAX - len - 1);
	v->offset[id] = (uint32_t)v->pool_len;
	memcpy(v->pool + v->pool_len, s, len);
	v->pool[v->pool_len + len] = '\0';
	v->pool_len += len + 1;
	v->slots[i] = (struct slot){head, h, id};
	if (v->n * 2 > v->mask)
		grow(v);
	return id;
}

uint32_t slant_vocab_intern(struct slant_vocab *v, const char *s, size_t len)
{
	return slant_vocab_intern_hashed(v, s, len, slant_hash_bytes(s, len));
}

uint32_t slant_vocab_find(const struct slant_vocab *v, const char *s,
                          size_t len)
{
	return slant_vocab_find_hashed(v, s, len, slant_hash_bytes(s, len));
}

uint32_t slant_vocab_find_hashed(const struct slant_vocab *v, const char *s,
                                 size_t len, uint64_t hash)
{
	uint32_t h = finish(hash, len);
	uint64_t head = head_of(s, len);
	size_t i = home(h) & v->mask;
	for (;;) {
		const struct slot *sl = &v->slots[i];
		if (!sl->hash)
			return UINT32_MAX;
		if (same(v, sl, h, s, len, head))
			return sl->id;
		i = (i + 1) & v->mask;
	}
}

size_t slant_vocab_size(const struct slant_vocab *v)
{
	return v->n;
}

const char *slant_vocab_word(const struct slant_vocab *v, uint32_t id,
                             size_t *len)
{
	SLANT_ASSERT(id < v->n);
	if (len)
		*len = v->length[id];
	return v->pool + v->offset[id];
}
