/* t-sha256.c: SHA-256 against the FIPS 180-2 / NIST example vectors
 * (also printed by `printf abc | sha256sum` etc.), fed whole and in
 * uneven pieces. The CLI test t0500 compares report hashes with
 * sha256sum. */
#include "config.h"

#include <stdlib.h>

#include "sha256.h"
#include "tap.h"

static void hex_pieces(const char *s, size_t n, size_t piece, char hex[65])
{
	struct slant_sha256 st;
	unsigned char d[32];
	slant_sha256_init(&st);
	for (size_t i = 0; i < n; i += piece)
		slant_sha256_update(&st, s + i, n - i < piece ? n - i : piece);
	slant_sha256_final(&st, d);
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

int main(void)
{
	static const struct {
		const char *msg, *hex;
	} v[] = {
	    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b"
	         "855"},
	    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2"
	            "0015ad"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c"
	     "1"},
	    {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoi"
	     "jklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d"
	     "1"},
	    {"The quick brown fox jumps over the lazy dog",
	     "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e59"
	     "2"},
	};
	char hex[65];
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		slant_sha256_hex(v[i].msg, strlen(v[i].msg), hex);
		is_str(hex, v[i].hex, "sha256 of vector %zu", i);
		for (size_t piece = 1; piece <= 65; piece += 7) {
			hex_pieces(v[i].msg, strlen(v[i].msg), piece, hex);
			if (strcmp(hex, v[i].hex) != 0)
				break;
		}
		is_str(hex, v[i].hex, "vector %zu fed in pieces", i);
	}
	/* one million 'a' (FIPS 180-2, appendix B.3) */
	size_t n = 1000000;
	char *a = malloc(n);
	memset(a, 'a', n);
	hex_pieces(a, n, 4099, hex);
	is_str(
	    hex,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
	    "one million 'a'");
	/* lengths around the padding boundary (55, 56, 63, 64 bytes) */
	slant_sha256_hex(a, 55, hex);
	is_str(
	    hex,
	    "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
	    "55 bytes");
	slant_sha256_hex(a, 56, hex);
	is_str(
	    hex,
	    "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
	    "56 bytes");
	slant_sha256_hex(a, 64, hex);
	is_str(
	    hex,
	    "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
	    "64 bytes");
	free(a);
	return tap_done();
}
