/* jsonl.h: parsing one JSON Lines record into its top-level string fields.
 *
 * Two paths with one contract: a hand-written fast path for the common
 * case (an object whose members are strings, numbers, booleans, null, or
 * nested containers skipped), and jansson for everything else. The fast
 * path either returns exactly what jansson would, or declines and lets
 * jansson decide; tests/unit/t-jsonl.c and tests/fuzz/fuzz-jsonl.c check
 * the two agree. jansson is used only here and in JSON writers.
 */
#ifndef SLANT_JSONL_H
#define SLANT_JSONL_H

#include <stdbool.h>
#include <stddef.h>

#include "mem.h"

/* A top-level member. Strings are decoded (escapes resolved) into the
 * record's arena; numbers, true/false/null keep their JSON spelling with
 * is_string false; arrays and objects keep their JSON text as written in
 * the line (escapes and white space included: slant_json_strings reads
 * it), is_string false. Every key and value lives in the arena and is
 * NUL-terminated (a JSON string never holds a NUL: \u0000 is rejected).
 * The pointers are valid until the next parse into the same record or its
 * release. */
enum slant_json_kind {
	SLANT_JSON_STRING,
	SLANT_JSON_NUMBER,
	SLANT_JSON_BOOLEAN,
	SLANT_JSON_NULL,
	SLANT_JSON_ARRAY,
	SLANT_JSON_OBJECT
};

struct slant_json_member {
	const char *key;
	size_t key_len;
	const char *value;
	size_t value_len;
	bool is_string;
	enum slant_json_kind
	    kind; /* is_string == (kind == SLANT_JSON_STRING) */
};

/* "string", "number", "boolean", "null", "array", "object": for messages
 * such as "field 'text' is not a string (found number)". */
const char *slant_json_kind_name(enum slant_json_kind kind);

struct slant_json_record {
	struct slant_json_member *members;
	size_t n, cap;
	struct slant_buf arena; /* decoded strings live here */
	size_t declined;        /* parses the fast path handed to jansson (for
	                           tests and benchmarks; never reset) */
};

void slant_json_record_init(struct slant_json_record *r);
void slant_json_record_release(struct slant_json_record *r);

/* Parse line[0..len) (without its newline). On success returns 0 with the
 * members in order of appearance; a duplicate key keeps the position of
 * its first appearance and the last value (as jansson does). On failure
 * returns -1 and writes a reason to why[0..whylen) and the 0-based byte
 * offset within the line to *at (why and at may be NULL). Reasons name the
 * same 0-based offset: "invalid JSON at byte 17: unexpected end of input
 * (truncated record?)", "record is not a JSON object (found array)",
 * "NUL byte (\\u0000) in string at byte 9", "invalid UTF-8 at byte 4",
 * "empty record". Errors always come from jansson, so they do not depend
 * on use_fast_path; use_fast_path false forces jansson for every record
 * (for differential tests). */
int slant_jsonl_parse(const char *line, size_t len, struct slant_json_record *r,
                      bool use_fast_path, char *why, size_t whylen, size_t *at);

/* The strings in a JSON value given as text (a member's value of kind
 * array, or any JSON text): a string, number or boolean gives one string
 * (a number or boolean its spelling); an array gives one per element,
 * elements being strings, numbers or booleans, or (with member not NULL)
 * objects, of which the value of member `member` is taken (again a
 * string, number or boolean); with member, a single object counts as a
 * list of one. With where_key not NULL, only the object
 * elements whose member where_key is the string where_value count. null
 * elements and objects without `member` are skipped. On success returns
 * the count and sets *out to an array of that many NUL-terminated strings
 * (the caller frees each and the array; NULL when 0). On failure returns
 * -1 with a reason in why ("element 2 is an object (name its member:
 * FIELD.KEY)", "found an object, not a list") and *out NULL. */
long slant_json_strings(const char *json, size_t len, const char *member,
                        const char *where_key, const char *where_value,
                        char ***out, char *why, size_t whylen);

/* Call fn(ctx, path, text) for every string, number, boolean and null
 * below the value that pointer names (RFC 6901: "/report/provenance"; ""
 * for the whole) in the JSON text json[0..len), in the order written:
 * path is the scalar's pointer below that value ("/inputs/0/sha256"; '~'
 * and '/' in keys written "~0" and "~1"), text its value (a string
 * decoded; a number or boolean its spelling, reals as "%.17g"; NULL for
 * null), both valid during the call. Returns 0, or -1 with a reason in
 * why ("invalid JSON at line 3: ...", "no member '/report/x'"). */
typedef void (*slant_json_walk_fn)(void *ctx, const char *path,
                                   const char *text);
int slant_json_walk(const char *json, size_t len, const char *pointer,
                    slant_json_walk_fn fn, void *ctx, char *why, size_t whylen);

/* Find a member by key; NULL when absent. */
const struct slant_json_member *
slant_json_record_get(const struct slant_json_record *r, const char *key);

#endif
