/* sha256.h: SHA-256 (FIPS 180-4), for the provenance of reports: the
 * hashes of lexicon and input files, so a reader can check that a report
 * was made from the files it names. Hand-written, checked against the
 * FIPS 180 test vectors and sha256sum (tests/unit/t-sha256.c). */
#ifndef SLANT_SHA256_H
#define SLANT_SHA256_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct slant_sha256 {
	uint32_t h[8];
	uint64_t bytes; /* message length so far */
	unsigned char block[64];
	size_t used; /* bytes in block */
};

void slant_sha256_init(struct slant_sha256 *s);
void slant_sha256_update(struct slant_sha256 *s, const void *data, size_t n);
/* Finish and write the 32-byte digest; *s must be re-initialised before
 * reuse. */
void slant_sha256_final(struct slant_sha256 *s, unsigned char out[32]);

/* The digest of data[0..n) as 64 lower-case hex digits and a NUL. */
void slant_sha256_hex(const void *data, size_t n, char hex[65]);

/* The digest of a file's bytes as hex. Returns 0, or -1 (SLANT_EIO naming
 * the path) when it cannot be read. */
int slant_sha256_file(const char *path, char hex[65], struct slant_error *err);

#endif
