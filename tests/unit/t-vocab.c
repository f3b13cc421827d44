/* t-vocab.c: interning: dense ids, lookups, growth, long and short words. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tap.h"
#include "vocab.h"

int main(void)
{
	struct slant_vocab *v = slant_vocab_new();
	is_int(slant_vocab_size(v), 0, "a new vocabulary is empty");
	uint32_t a = slant_vocab_intern(v, "alpha", 5);
	uint32_t b = slant_vocab_intern(v, "beta", 4);
	is_int(a, 0, "first id is 0");
	is_int(b, 1, "ids are dense");
	is_int(slant_vocab_intern(v, "alpha", 5), 0,
	       "interning again gives the same id");
	is_int(slant_vocab_find(v, "beta", 4), 1, "find an interned word");
	is_int(slant_vocab_find(v, "gamma", 5), UINT32_MAX,
	       "find a missing word");
	is_int(slant_vocab_find(v, "alph", 4), UINT32_MAX,
	       "a prefix is another word");
	size_t len;
	is_str(slant_vocab_word(v, b, &len), "beta", "word of an id");
	is_int(len, 4, "length of an id's word");

	/* Words of 8, 9, 16 and 17 bytes differ only past the 8-byte head. */
	const char *w[] = {"abcdefgh",          "abcdefghi",
	                   "abcdefghij",        "abcdefghijklmnop",
	                   "abcdefghijklmnopq", "abcdefghijklmnopr"};
	uint32_t id[6];
	for (int i = 0; i < 6; i++)
		id[i] = slant_vocab_intern(v, w[i], strlen(w[i]));
	int distinct = 1;
	for (int i = 0; i < 6; i++)
		for (int j = i + 1; j < 6; j++)
			if (id[i] == id[j])
				distinct = 0;
	ok(distinct,
	   "words sharing their first 8 or 16 bytes get their own ids");
	int back = 1;
	for (int i = 0; i < 6; i++)
		if (slant_vocab_find(v, w[i], strlen(w[i])) != id[i] ||
		    strcmp(slant_vocab_word(v, id[i], NULL), w[i]) != 0)
			back = 0;
	ok(back, "each finds its own id and spelling");

	/* Growth: 200,000 words keep their ids across rehashing. */
	char buf[32];
	int stable = 1;
	for (int i = 0; i < 200000; i++) {
		int n = snprintf(buf, sizeof buf, "w%d", i);
		if (slant_vocab_intern(v, buf, (size_t)n) != (uint32_t)(8 + i))
			stable = 0;
	}
	for (int i = 0; i < 200000; i += 997) {
		int n = snprintf(buf, sizeof buf, "w%d", i);
		if (slant_vocab_find(v, buf, (size_t)n) != (uint32_t)(8 + i))
			stable = 0;
	}
	ok(stable, "200,000 words: ids stable through growth");
	is_int(slant_vocab_size(v), 200008, "size counts every word once");
	is_int(
	    slant_vocab_find_hashed(v, "beta", 4, slant_hash_bytes("beta", 4)),
	    1, "find with a precomputed hash");

	/* The tokenizer hashes words of up to 16 bytes from their two
	 * halves; the vocabulary hashes the bytes. They must agree, or a
	 * word is interned twice. */
	const char text[] = "internationalisation's well-known 3.5 ab";
	int agree = 1;
	for (size_t n = 1; n <= 16; n++)
		for (size_t at = 0; at + n <= sizeof text - 1; at++) {
			uint64_t lo = 0, hi = 0;
			memcpy(&lo, text + at, n < 8 ? n : 8);
			if (n > 8)
				memcpy(&hi, text + at + 8, n - 8);
			if (slant_hash_16(lo, hi, n) !=
			    slant_hash_bytes(text + at, n))
				agree = 0;
		}
	ok(agree, "slant_hash_16 of the halves = slant_hash_bytes, 1-16 bytes");
	uint64_t full, three;
	memcpy(&full, "abcdefgh", 8);
	three = slant_first_bytes(full, 3);
	ok(memcmp(&three, "abc\0\0\0\0\0", 8) == 0,
	   "slant_first_bytes keeps the first bytes in memory order");
	is_int(slant_first_bytes(full, 0), 0, "and none for n = 0");
	ok(slant_first_bytes(full, 8) == full, "and all for n = 8");
	ok(slant_hash_bytes("ab", 2) != slant_hash_bytes("ba", 2) &&
	       slant_hash_bytes("a", 1) != slant_hash_bytes("a\0", 2) &&
	       slant_hash_bytes(text, 17) != slant_hash_bytes(text, 18),
	   "byte order, length and a 17th byte change the hash");
	slant_vocab_free(v);
	slant_vocab_free(NULL);
	ok(1, "free(NULL) is a no-op");
	return tap_done();
}
