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
	slant_vocab_free(v);
	slant_vocab_free(NULL);
	ok(1, "free(NULL) is a no-op");
	return tap_done();
}
