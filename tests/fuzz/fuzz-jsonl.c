/* fuzz-jsonl.c: libFuzzer target for the JSON Lines record parser. Each
 * input is parsed by the fast path and by jansson alone; any difference in
 * the result (success, members, decoded values, error text or offset)
 * aborts.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Isrc \
 *     tests/fuzz/fuzz-jsonl.c src/jsonl.c src/mem.c src/error.c \
 *     $(pkg-config --cflags --libs jansson) -o fuzz-jsonl
 *   ./fuzz-jsonl -max_total_time=60 corpus-dir/
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	if (!a || !b)
		return a == b;
	return alen == blen && memcmp(a, b, alen) == 0 && a[alen] == '\0' &&
	       b[blen] == '\0' && !memchr(a, '\0', alen);
}

static _Noreturn void differ(const char *what, const uint8_t *data, size_t size)
{
	fprintf(stderr, "fuzz-jsonl: fast path and jansson differ: %s\n", what);
	fprintf(stderr, "input (%zu bytes): '%.*s'\n", size, (int)size,
	        (const char *)data);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct slant_json_record fast, slow;
	static bool ready;
	char why_fast[256], why_slow[256];
	size_t at_fast = 0, at_slow = 0;

	if (!ready) {
		slant_json_record_init(&fast);
		slant_json_record_init(&slow);
		ready = true;
	}
	/* A copy of exactly size bytes, so that ASan sees any read past the
	 * end of the line. */
	char *line = malloc(size ? size : 1);
	if (!line)
		abort();
	if (size)
		memcpy(line, data, size);

	int rc_fast = slant_jsonl_parse(line, size, &fast, true, why_fast,
	                                sizeof why_fast, &at_fast);
	int rc_slow = slant_jsonl_parse(line, size, &slow, false, why_slow,
	                                sizeof why_slow, &at_slow);
	if (rc_fast != rc_slow)
		differ(rc_fast ? "only jansson accepts"
		               : "only the fast path "
		                 "accepts",
		       data, size);
	if (rc_fast) {
		if (strcmp(why_fast, why_slow) || at_fast != at_slow)
			differ("error message or offset", data, size);
		if (at_fast > size)
			differ("error offset past the end", data, size);
	} else {
		if (fast.n != slow.n)
			differ("member count", data, size);
		for (size_t i = 0; i < fast.n; i++) {
			const struct slant_json_member *a = &fast.members[i],
			                               *b = &slow.members[i];
			if (!same_bytes(a->key, a->key_len, b->key, b->key_len))
				differ("key", data, size);
			if (a->is_string != b->is_string ||
			    a->kind != b->kind ||
			    a->is_string != (a->kind == SLANT_JSON_STRING) ||
			    !same_bytes(a->value, a->value_len, b->value,
			                b->value_len))
				differ("value", data, size);
		}
	}
	free(line);
	return 0;
}
