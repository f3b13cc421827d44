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

struct slant_vocab;

struct slant_vocab *slant_vocab_new(void);
void slant_vocab_free(struct slant_vocab *v);

/* A fast 64-bit hash of s[0..len) (FNV-1a with a final mix). The tokenizer
 * computes it while scanning and passes it to slant_vocab_intern_hashed. */
static inline uint64_t slant_hash_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ULL;
}
#define SLANT_HASH_INIT 0xcbf29ce484222325ULL
uint64_t slant_hash_bytes(const char *s, size_t len);

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
