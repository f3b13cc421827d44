/* sha1.h: SHA-1 (FIPS 180-4). Not for security: slant lexicon eval's
 * --split puts an item in "dev" or "test" by the last hex digit of the
 * SHA-1 of its id, the rule lexicons/eval/evaluate.py used, so that the
 * figures of both agree and anyone can recompute a split with sha1sum.
 * Hand-written, checked against the FIPS 180 example vectors
 * (tests/unit/t-sha1.c). */
#ifndef SLANT_SHA1_H
#define SLANT_SHA1_H

#include <stddef.h>

/* The 20-byte digest of data[0..n). */
void slant_sha1(const void *data, size_t n, unsigned char out[20]);

#endif
