/* vocab.h: the interned word types of a run. Every distinct normalised
 * word gets a dense id (0, 1, 2, ...) once; later stages index arrays by it
 * (lexicon hits per type, counts per type), so work is done per type, not
 * per token. An open-addressing table keyed by the normalised bytes.
 *
 * Not thread-safe: one vocabulary per thread, or a lock around interning.
 */
#ifndef SLANT_VOCAB_H
#define SLANT_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct slant_vocab;

struct slant_vocab *slant_vocab_new(void);
void slant_vocab_free(struct slant_vocab *v);

/* A fast 64-bit hash of s[0..len), 16 bytes at a time: each block is one
 * 64x64->128-bit multiply of its two 8-byte halves (little-endian loads,
 * the last block zero padded) folded to 64 bits. Words of up to 16 bytes,
 * nearly all tokens, hash with one multiply, which the tokenizer does from
 * the two halves it already holds (slant_hash_16). Not for storage: the
 * values depend on the host's byte order. */
#define SLANT_HASH_K0 0xa0761d6478bd642fULL
#define SLANT_HASH_K1 0xe7037ed1a0b428dbULL

static inline uint64_t slant_hash_mix(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
	unsigned __int128 p = (unsigned __int128)a * b;
	return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
	/* 32x32 pieces: the same folding idea, different values. */
	uint64_t lo = (a & 0xffffffffu) * (b & 0xffffffffu);
	uint64_t hi = (a >> 32) * (b >> 32);
	uint64_t mid =
	    (a >> 32) * (b & 0xffffffffu) ^ (a & 0xffffffffu) * (b >> 32);
	return lo ^ hi ^ (mid << 32 | mid >> 32);
#endif
}

/* The hash of a word of len bytes (1 to 16) whose bytes are lo (bytes
 * 0-7) and hi (bytes 8-15), zero past the word: equal to
 * slant_hash_bytes of those bytes. The constants have bytes >= 0x80, so
 * neither factor is 0 for text (a word holds no such 8 bytes). */
static inline uint64_t slant_hash_16(uint64_t lo, uint64_t hi, size_t len)
{
	return slant_hash_mix(lo ^ SLANT_HASH_K0, hi ^ SLANT_HASH_K1 ^ len);
}
uint64_t slant_hash_bytes(const char *s, size_t len);

/* The first n (0 to 8) bytes in memory order of x, an integer loaded from
 * memory with memcpy, and zero for the rest: the padded halves that
 * slant_hash_16 takes. */
static inline uint64_t slant_first_bytes(uint64_t x, size_t n)
{
	if (n == 0)
		return 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return x & ~0ull << (64 - 8 * n);
#else
	return x & ~0ull >> (64 - 8 * n);
#endif
}

/* The halves of the first 16 bytes of s[0..len) for slant_hash_16: bytes
 * 0-7 in *lo, 8-15 in *hi, zero past len. Reads no byte past len. */
static inline void slant_word_halves(const char *s, size_t len, uint64_t *lo,
                                     uint64_t *hi)
{
	unsigned char b[16] = {0};
	memcpy(b, s, len < 16 ? len : 16);
	memcpy(lo, b, 8);
	memcpy(hi, b + 8, 8);
}

/* The id of word s[0..len) (already normalised), adding it when new. The
 * bytes are copied. */
uint32_t slant_vocab_intern(struct slant_vocab *v, const char *s, size_t len);
uint32_t slant_vocab_intern_hashed(struct slant_vocab *v, const char *s,
                                   size_t len, uint64_t hash);

/* The id of s[0..len), or UINT32_MAX when it was never interned. */
uint32_t slant_vocab_find(const struct slant_vocab *v, const char *s,
                          size_t len);

/* The same with the hash of s[0..len) (slant_hash_bytes) given, so that a
 * caller probing every prefix of a word hashes it once, incrementally. */
uint32_t slant_vocab_find_hashed(const struct slant_vocab *v, const char *s,
                                 size_t len, uint64_t hash);

/* Number of types so far; ids are 0 .. size-1. */
size_t slant_vocab_size(const struct slant_vocab *v);

/* The bytes of type id (NUL-terminated; *len set when len is not NULL).
 * Valid until the vocabulary is freed. */
const char *slant_vocab_word(const struct slant_vocab *v, uint32_t id,
                             size_t *len);

#endif
