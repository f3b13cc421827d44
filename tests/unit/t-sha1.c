/* t-sha1.c: SHA-1 against the FIPS 180 example vectors, an MBIC-style id,
 * and lengths around the block and padding boundaries (values from
 * Python's hashlib.sha1, which lexicons/eval/evaluate.py split by). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sha1.h"
#include "tap.h"

static void hex(const char *s, size_t n, char out[41])
{
	unsigned char d[20];
	slant_sha1(s, n, d);
	for (int i = 0; i < 20; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

int main(void)
{
	static const struct {
		const char *msg, *hex;
	} v[] = {
	    {"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
	    {"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
	    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
	     "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	     "a49b2446a02c645bf419f995b67091253a04a259"},
	    {"mbic-00000", "be715c880347ce2ad281bb8aad85647d407bbb79"},
	};
	char out[41];
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		hex(v[i].msg, strlen(v[i].msg), out);
		is_str(out, v[i].hex, "sha1 of '%.20s' (%zu bytes)", v[i].msg,
		       strlen(v[i].msg));
	}
	/* n times 'a': the padding takes one block or two */
	static const struct {
		size_t n;
		const char *hex;
	} lens[] = {
	    {55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"},
	    {56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"},
	    {63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"},
	    {64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"},
	    {65, "11655326c708d70319be2610e8a57d9a5b959d3b"},
	    {119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"},
	    {120, "f34c1488385346a55709ba056ddd08280dd4c6d6"},
	    {128, "ad5b3fdbcb526778c2839d2f151ea753995e26a0"},
	};
	char a[200];
	memset(a, 'a', sizeof a);
	for (size_t i = 0; i < sizeof lens / sizeof *lens; i++) {
		hex(a, lens[i].n, out);
		is_str(out, lens[i].hex, "sha1 of %zu bytes", lens[i].n);
	}
	return tap_done();
}
