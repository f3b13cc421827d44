/* t-jsonl.c: the JSON Lines record parser. The core of it is differential:
 * every line is parsed by the fast path and by jansson alone, and the two
 * results (success, members, decoded values, error text and offset) must
 * be identical. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "mem.h"
#include "tap.h"

static void skip(const char *why)
{
	tap_count++;
	printf("ok %d # SKIP %s\n", tap_count, why);
}

struct result {
	int rc;
	char why[256];
	size_t at;
	struct slant_json_record r;
};

static void parse(struct result *res, const char *s, size_t len, bool fast)
{
	res->why[0] = '\0';
	res->at = (size_t)-1;
	res->rc = slant_jsonl_parse(s, len, &res->r, fast, res->why,
	                            sizeof res->why, &res->at);
}

static bool same_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	if (!a || !b)
		return a == b;
	return alen == blen && memcmp(a, b, alen) == 0 && a[alen] == '\0' &&
	       b[blen] == '\0' && !memchr(a, '\0', alen);
}

/* Describe the first difference between two results into diff. */
static bool same_result(const struct result *x, const struct result *y,
                        char *diff, size_t difflen)
{
	if (x->rc != y->rc) {
		snprintf(diff, difflen, "rc %d vs %d (%.200s | %.200s)", x->rc,
		         y->rc, x->why, y->why);
		return false;
	}
	if (x->rc) {
		if (strcmp(x->why, y->why) || x->at != y->at) {
			snprintf(diff, difflen,
			         "'%.200s' at %zu vs '%.200s' at %zu", x->why,
			         x->at, y->why, y->at);
			return false;
		}
		return true;
	}
	if (x->r.n != y->r.n) {
		snprintf(diff, difflen, "%zu vs %zu members", x->r.n, y->r.n);
		return false;
	}
	for (size_t i = 0; i < x->r.n; i++) {
		const struct slant_json_member *a = &x->r.members[i],
		                               *b = &y->r.members[i];
		if (!same_bytes(a->key, a->key_len, b->key, b->key_len)) {
			snprintf(diff, difflen, "member %zu: key differs", i);
			return false;
		}
		if (a->is_string != b->is_string || a->kind != b->kind ||
		    a->is_string != (a->kind == SLANT_JSON_STRING) ||
		    !same_bytes(a->value, a->value_len, b->value,
		                b->value_len)) {
			snprintf(diff, difflen,
			         "member %zu ('%s'): value differs: '%.40s' vs "
			         "'%.40s'",
			         i, a->key, a->value ? a->value : "(null)",
			         b->value ? b->value : "(null)");
			return false;
		}
	}
	return true;
}

static struct result fast_res, slow_res;

/* Parse a string literal (which may hold NUL bytes). */
#define PARSE(res, lit, fast) parse(res, lit, sizeof lit - 1, fast)

/* Parse both ways; returns true when they agree (diff says how not). */
static bool both_ways(const char *s, size_t len, char *diff, size_t difflen)
{
	parse(&fast_res, s, len, true);
	parse(&slow_res, s, len, false);
	return same_result(&fast_res, &slow_res, diff, difflen);
}

#define L(s)                                                                   \
	{                                                                      \
		s, sizeof s - 1                                                \
	}
struct line {
	const char *s;
	size_t len;
};

static const struct line tricky[] = {
    /* shapes and white space */
    L("{}"),
    L(" \t{ \r }\r"),
    L("{\"a\":\"b\"}"),
    L("\t{\r\n\"a\"\t:\n\"b\" , \"c\" : 1 }\r"),
    L("{\"\":\"\"}"),
    L("{\"a\":\"b\",\"c\":\"d\",\"e\":\"f\"}"),
    /* escapes */
    L("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}"),
    L("{\"a\":\"\\u0041\\u00e9\\u20AC\\uFFFF\"}"),
    L("{\"a\":\"\\ud83d\\ude00\"}"),
    L("{\"a\":\"\\uD83D\\uDE00x\"}"),
    L("{\"a\":\"\\udbff\\udfff\"}"),
    L("{\"a\":\"\\ud800\"}"),
    L("{\"a\":\"\\udc00\"}"),
    L("{\"a\":\"\\ud800\\u0041\"}"),
    L("{\"a\":\"\\ud800x\"}"),
    L("{\"a\":\"\\ud800\\\"}"),
    L("{\"a\":\"\\ud800\\ud800\"}"),
    L("{\"a\":\"\\u0000\"}"),
    L("{\"\\u0000\":1}"),
    L("{\"a\":[\"\\u0000\"]}"),
    L("{\"a\":\"\\u00\"}"),
    L("{\"a\":\"\\u00zz\"}"),
    L("{\"a\":\"\\x\"}"),
    L("{\"a\":\"\\'\"}"),
    L("{\"a\":\"\\"),
    L("{\"a\":\"\\u12"),
    L("{\"\\u006b\":1,\"k\":2}"),
    L("{\"a\\nb\":\"c\\td\"}"),
    /* numbers */
    L("{\"a\":0,\"b\":-0,\"c\":1,\"d\":-1,\"e\":1234567890}"),
    L("{\"a\":1.5,\"b\":-1.5e10,\"c\":1E5,\"d\":1e+5,\"e\":1e-5}"),
    L("{\"a\":0.0,\"b\":1.0e0,\"c\":0e0,\"d\":-0.0E-0}"),
    L("{\"a\":9223372036854775807}"),
    L("{\"a\":-9223372036854775808}"),
    L("{\"a\":9223372036854775808}"),
    L("{\"a\":-9223372036854775809}"),
    L("{\"a\":123456789012345678}"),
    L("{\"a\":1234567890123456789}"),
    L("{\"a\":99999999999999999999999}"),
    L("{\"a\":1e308,\"b\":1.7976931348623157e308}"),
    L("{\"a\":1.8e308}"),
    L("{\"a\":1e309}"),
    L("{\"a\":-1e400}"),
    L("{\"a\":1e-400}"),
    L("{\"a\":1e0001}"),
    L("{\"a\":1e99999}"),
    L("{\"a\":01}"),
    L("{\"a\":-01}"),
    L("{\"a\":00}"),
    L("{\"a\":-}"),
    L("{\"a\":-a}"),
    L("{\"a\":1.}"),
    L("{\"a\":.5}"),
    L("{\"a\":+1}"),
    L("{\"a\":1e}"),
    L("{\"a\":1e+}"),
    L("{\"a\":0x10}"),
    L("{\"a\":1.5.3}"),
    L("{\"a\":--1}"),
    L("{\"a\":1x}"),
    L("{\"a\":NaN}"),
    L("{\"a\":Infinity}"),
    L("{\"a\":[1,-2.5e3,0]}"),
    /* literals */
    L("{\"a\":true,\"b\":false,\"c\":null}"),
    L("{\"a\":tru}"),
    L("{\"a\":nul}"),
    L("{\"a\":truex}"),
    L("{\"a\":True}"),
    L("{\"a\":NULL}"),
    L("{\"a\":true1}"),
    /* nested containers */
    L("{\"a\":[1,2,{\"b\":[]}],\"c\":\"d\"}"),
    L("{\"a\":{},\"b\":[],\"c\":{\"d\":{\"e\":[[[]]]}}}"),
    L("{\"a\":[ 1 , \"x\\u00e9\" , true , null , { \"k\" : \"v\" } ]}"),
    L("{\"a\":[1,]}"),
    L("{\"a\":[,1]}"),
    L("{\"a\":{\"b\"}}"),
    L("{\"a\":{\"b\":1,}}"),
    L("{\"a\":{1:2}}"),
    L("{\"a\":[1 2]}"),
    L("{\"a\":[}"),
    L("{\"a\":{]}"),
    L("{\"a\":[\"x\"y]}"),
    L("{\"a\":[\"\x01\"]}"),
    L("{\"a\":[\"\xff\"]}"),
    /* duplicate keys */
    L("{\"a\":1,\"b\":2,\"a\":3}"),
    L("{\"a\":\"x\",\"a\":1}"),
    L("{\"a\":1,\"a\":\"x\"}"),
    L("{\"a\":1,\"a\":[1],\"a\":2}"),
    L("{\"a\":1,\"a\":2,\"a\":true}"),
    L("{\"k\":1,\"\\u006b\":22}"),
    /* truncated */
    L("{\"a\":\"b\""),
    L("{\"a\":\"b"),
    L("{\"a\""),
    L("{\"a\":"),
    L("{"),
    L("{\"a\":1"),
    L("{\"a\":1,"),
    L("{\"a\":[1,2"),
    L("{\"a\":{\"b\":"),
    /* trailing garbage */
    L("{\"a\":1}x"),
    L("{\"a\":1}{\"b\":2}"),
    L("{\"a\":1}}"),
    L("{\"a\":1},"),
    L("{\"a\":1} \xff"),
    /* not objects */
    L("[1]"),
    L("[]"),
    L("\"str\""),
    L("1"),
    L("true"),
    L("null"),
    L(""),
    L("   "),
    L("\xef\xbb\xbf{}"),
    /* syntax */
    L("{a:1}"),
    L("{'a':1}"),
    L("{\"a\" 1}"),
    L("{\"a\":1 \"b\":2}"),
    L("{,}"),
    L("{\"a\":1,,\"b\":2}"),
    L("{/*c*/\"a\":1}"),
    L("{\"a\":1}//c"),
    /* UTF-8 */
    L("{\"a\":\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}"),
    L("{\"\xc3\xa9\":\"\xef\xbf\xbd\"}"),
    L("{\"a\":\"\xff\"}"),
    L("{\"a\":\"\xc3\"}"),
    L("{\"a\":\"\xc3"),
    L("{\"a\":\"\xc0\x80\"}"),
    L("{\"a\":\"\xc1\xbf\"}"),
    L("{\"a\":\"\xe0\x80\x80\"}"),
    L("{\"a\":\"\xe0\xa0\x80\"}"),
    L("{\"a\":\"\xed\x9f\xbf\"}"),
    L("{\"a\":\"\xed\xa0\x80\"}"),
    L("{\"a\":\"\xf0\x80\x80\x80\"}"),
    L("{\"a\":\"\xf0\x90\x80\x80\"}"),
    L("{\"a\":\"\xf4\x8f\xbf\xbf\"}"),
    L("{\"a\":\"\xf4\x90\x80\x80\"}"),
    L("{\"a\":\"\xf8\x88\x80\x80\x80\"}"),
    L("{\"a\":\"\x80\"}"),
    L("{\"a\":\"\xe2\x82\"}"),
    L("{\"a\":\"x\xe2\x82"),
    L("{\xc3\xa9:1}"),
    /* control characters and NUL bytes */
    L("{\"a\":\"\x01\"}"),
    L("{\"a\":\"\x1f\"}"),
    L("{\"a\":\"tab\there\"}"),
    L("{\"a\":\"nul\0here\"}"),
    L("{\"a\":1,\0\"b\":2}"),
    L("{\"a\":\"del\x7f\"}"),
    L("{\"a\":\"0123456789abcde\x01\"}"),
    /* jansson skips one NUL byte right after a number or literal */
    L("{\"a\":1\0}"),
    L("{\"a\":-2.5e3\0,\"b\":true\0}"),
    L("{\"a\":[1\0,null\0]}"),
    L("{\"a\":1\0\0}"),
    L("{\"a\":\"s\"\0}"),
};

/* A record with long strings whose special characters fall on every
 * position around the 16-byte blocks. */
static char *long_line(size_t n, size_t *len, unsigned seed)
{
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_puts(&b, "{\"id\":\"long\",\"text\":\"");
	static const char *pieces[] = {
	    "\\n",      "\\\"",         "\\u00e9",          "\\ud83d\\ude00",
	    "\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\\\\",
	    "\\/",
	};
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		unsigned k = (seed >> 16) % 64;
		if (k < sizeof pieces / sizeof *pieces)
			slant_buf_puts(&b, pieces[k]);
		else
			slant_buf_putc(&b, (char)('a' + k % 26));
	}
	slant_buf_puts(&b, "\",\"n\":12.5e-3}");
	*len = b.len;
	return slant_buf_take(&b);
}

static void test_tricky(void)
{
	size_t n = sizeof tricky / sizeof *tricky;
	char diff[512];
	ok(n >= 80, "at least 80 tricky lines (%zu)", n);
	for (size_t i = 0; i < n; i++) {
		bool same =
		    both_ways(tricky[i].s, tricky[i].len, diff, sizeof diff);
		if (!ok(same, "tricky line %zu agrees both ways", i))
			printf("#   %s\n", diff);
	}
}

static void test_generated(void)
{
	char diff[512];
	size_t bad = 0;

	/* a special byte at each position of strings of 0..40 bytes */
	static const char *specials[] = {"\"",   "\\n",  "\\u00e9", "\xc3\xa9",
	                                 "\x01", "\xff", "\\q",     "\xe2\x82"};
	size_t cases = 0;
	for (size_t len = 0; len <= 40; len++)
		for (size_t pos = 0; pos <= len; pos++)
			for (size_t s = 0;
			     s < sizeof specials / sizeof *specials; s++) {
				char buf[128];
				int n =
				    snprintf(buf, sizeof buf,
				             "{\"k\":\"%.*s%s%.*s\"}", (int)pos,
				             "abcdefghijklmnopqrstuvwxyz"
				             "ABCDEFGHIJKLMNOP",
				             specials[s], (int)(len - pos),
				             "0123456789012345678901234567"
				             "890123456789");
				cases++;
				if (!both_ways(buf, (size_t)n, diff,
				               sizeof diff)) {
					if (!bad++)
						printf("# %s: %s\n", buf, diff);
				}
			}
	ok(bad == 0, "%zu boundary strings agree both ways (%zu differ)", cases,
	   bad);

	/* long strings */
	bad = 0;
	for (unsigned seed = 1; seed <= 20; seed++) {
		size_t len;
		char *s = long_line(20000 + seed * 997, &len, seed);
		if (!both_ways(s, len, diff, sizeof diff)) {
			if (!bad++)
				printf("# seed %u: %s\n", seed, diff);
		}
		/* every truncation of a long record fails the same way */
		if (!both_ways(s, len / 2, diff, sizeof diff) ||
		    fast_res.rc == 0)
			bad++;
		free(s);
	}
	ok(bad == 0, "long strings agree both ways, truncated ones fail");

	/* nesting depth around the fast path's and jansson's limits */
	bad = 0;
	size_t depths[] = {1, 62, 63, 64, 65, 100, 2047, 2048, 2049, 3000};
	for (size_t i = 0; i < sizeof depths / sizeof *depths; i++) {
		struct slant_buf b;
		slant_buf_init(&b);
		slant_buf_puts(&b, "{\"a\":");
		for (size_t d = 0; d < depths[i]; d++)
			slant_buf_puts(&b, d % 2 ? "{\"x\":" : "[");
		slant_buf_puts(&b, "1");
		for (size_t d = depths[i]; d-- > 0;)
			slant_buf_puts(&b, d % 2 ? "}" : "]");
		slant_buf_puts(&b, "}");
		if (!both_ways(b.data, b.len, diff, sizeof diff)) {
			if (!bad++)
				printf("# depth %zu: %s\n", depths[i], diff);
		}
		slant_buf_release(&b);
	}
	ok(bad == 0, "deep nesting agrees both ways");

	/* many members (past the fast path's linear duplicate search) */
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_putc(&b, '{');
	for (int i = 0; i < 600; i++)
		slant_buf_printf(&b, "%s\"k%d\":%d", i ? "," : "", i % 400, i);
	slant_buf_putc(&b, '}');
	bool same = both_ways(b.data, b.len, diff, sizeof diff);
	if (!ok(same && fast_res.r.n == 400,
	        "600 members with duplicates agree both ways"))
		printf("# %s\n", diff);
	slant_buf_release(&b);
}

/* Random byte mutations of valid records: whatever the fast path
 * accepts, jansson must accept the same way. */
static void test_mutations(void)
{
	static const char *seeds[] = {
	    ("{\"id\":\"x1\",\"source\":\"A\",\"text\":\"caf\xc3\xa9 \\\"q\\\" "
	     "\\u00e9\\ud83d\\ude00 end\",\"n\":-12.5e3,\"t\":true}"),
	    "{\"a\":[1,{\"b\":[null,false,\"s\"]}],\"c\":{\"d\":0}}",
	    "{\"k\":1,\"k\":\"v\",\"e\":\"\",\"z\":0.5}",
	};
	static const char bytes[] = "{}[]\",:\\u0123456789eE+-.tfnrl \t\xc3"
	                            "\xa9\xe2\x82\xac\xff\x01";
	unsigned seed = 12345;
	char diff[512];
	size_t bad = 0, accepted = 0, total = 0;
	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		size_t base = strlen(seeds[s]);
		for (int iter = 0; iter < 20000; iter++) {
			char buf[256];
			size_t len = base;
			memcpy(buf, seeds[s], base);
			int edits = 1 + iter % 3;
			for (int e = 0; e < edits; e++) {
				seed = seed * 1103515245u + 12345u;
				size_t pos = (seed >> 8) % (len + 1);
				unsigned op = (seed >> 4) % 3;
				char c =
				    bytes[(seed >> 20) % (sizeof bytes - 1)];
				if (op == 0 && pos < len) {
					buf[pos] = c;
				} else if (op == 1 && len < sizeof buf - 1) {
					memmove(buf + pos + 1, buf + pos,
					        len - pos);
					buf[pos] = c;
					len++;
				} else if (pos < len) {
					memmove(buf + pos, buf + pos + 1,
					        len - pos - 1);
					len--;
				}
			}
			total++;
			if (!both_ways(buf, len, diff, sizeof diff)) {
				if (!bad++)
					printf("# '%.*s': %s\n", (int)len, buf,
					       diff);
			}
			if (fast_res.rc == 0)
				accepted++;
		}
	}
	ok(bad == 0, "%zu mutated records agree both ways (%zu valid)", total,
	   accepted);
}

static const struct slant_json_member *get(const struct result *res,
                                           const char *key)
{
	return slant_json_record_get(&res->r, key);
}

/* Parse with the fast path and check it did not decline. */
static int fast(const char *s)
{
	size_t before = fast_res.r.declined;
	parse(&fast_res, s, strlen(s), true);
	return fast_res.r.declined == before ? fast_res.rc : -2;
}

static void test_values(void)
{
	const struct slant_json_member *m;

	is_int(fast("{\"a\":\"x\\ty\\u00e9\\ud83d\\ude00\",\"b\":-1.5E+3,"
	            "\"c\":null,\"d\":[1,{\"e\":2}],\"f\":false}"),
	       0, "common record taken by the fast path");
	is_int(fast_res.r.n, 5, "five members");
	m = get(&fast_res, "a");
	is_str(m ? m->value : NULL, "x\ty\xc3\xa9\xf0\x9f\x98\x80",
	       "escapes and a surrogate pair decode to UTF-8");
	ok(m && m->is_string && m->value_len == 9, "string length in bytes");
	m = get(&fast_res, "b");
	is_str(m ? m->value : NULL, "-1.5E+3", "number keeps its spelling");
	ok(m && !m->is_string, "number is not a string");
	m = get(&fast_res, "c");
	is_str(m ? m->value : NULL, "null", "null is spelled");
	m = get(&fast_res, "d");
	is_str(m ? m->value : NULL, "[1,{\"e\":2}]",
	       "array member keeps its JSON text");
	ok(m && !m->is_string && m->kind == SLANT_JSON_ARRAY &&
	       m->value_len == 11,
	   "array member: kind and length");
	ok(get(&fast_res, "c")->kind == SLANT_JSON_NULL &&
	       get(&fast_res, "f")->kind == SLANT_JSON_BOOLEAN &&
	       get(&fast_res, "b")->kind == SLANT_JSON_NUMBER,
	   "kinds of scalars");
	ok(get(&fast_res, "e") == NULL, "nested keys are not members");
	is_str(fast_res.r.members[4].key, "f", "members in order");

	is_int(fast("{\"a\":1,\"b\":2,\"a\":\"three\"}"), 0, "duplicate keys");
	is_int(fast_res.r.n, 2, "a duplicate key is one member");
	is_str(fast_res.r.members[0].key, "a",
	       "a duplicate keeps its first position");
	is_str(fast_res.r.members[0].value, "three",
	       "a duplicate takes the last value");

	PARSE(&slow_res, "{\"n\":1e5,\"n\":2,\"m\":\"x\",\"\\u006e\":3.25}",
	      false);
	m = get(&slow_res, "n");
	is_str(m ? m->value : NULL, "3.25",
	       "jansson path spells the last number of a duplicate key");

	PARSE(&fast_res, "{\"a\":12\0}", true);
	m = get(&fast_res, "a");
	is_str(m ? m->value : NULL, "12",
	       "a NUL byte after a number is skipped (as jansson does)");

	PARSE(&fast_res, "{\"a\":\"b\",", true);
	is_str(fast_res.why,
	       "invalid JSON at byte 9: unexpected end of input (truncated "
	       "record?)",
	       "truncated record");
	is_int(fast_res.at, 9, "truncated record: offset is the end");
	PARSE(&fast_res, "[1,2]", true);
	is_str(fast_res.why, "record is not a JSON object (found array)",
	       "array record");
	PARSE(&fast_res, " \"s\"", true);
	is_str(fast_res.why, "record is not a JSON object (found string)",
	       "string record");
	is_int(fast_res.at, 1, "string record: offset of the value");
	PARSE(&fast_res, "{\"text\":\"a\\u0000b\"}", true);
	is_str(fast_res.why, "NUL byte (\\u0000) in string at byte 8",
	       "escaped NUL");
	PARSE(&fast_res, "{\"text\":\"ab\xff\"}", true);
	is_str(fast_res.why, "invalid UTF-8 at byte 11", "invalid UTF-8");
	is_int(fast_res.at, 11, "invalid UTF-8: offset of the bad byte");
	PARSE(&fast_res, "{\"text\":\"a\0b\"}", true);
	is_str(fast_res.why, "NUL byte in string at byte 10", "raw NUL byte");
	PARSE(&fast_res, "{\"text\":\"a\tb\"}", true);
	is_str(fast_res.why,
	       "invalid JSON at byte 10: control character 0x09 in string "
	       "(must be escaped)",
	       "raw tab");
	PARSE(&fast_res, "{\"a\":1} {}", true);
	is_str(fast_res.why,
	       "invalid JSON at byte 8: text after the end of the record (two "
	       "records on one line?)",
	       "two records on a line");
	PARSE(&fast_res, "{\"a\":tru}", true);
	is_int(fast_res.at, 5, "invalid token: offset of the token");
	PARSE(&fast_res, "", true);
	is_str(fast_res.why, "empty record", "empty line");
}

/* shared/ sits beside the repository: $SLANT_SHARED, else ../shared from
 * the repository root (or from $srcdir under make check). */
static FILE *open_shared(const char *rel)
{
	const char *env = getenv("SLANT_SHARED");
	const char *srcdir = getenv("srcdir");
	char path[4096];
	for (int i = 0; i < 4; i++) {
		if (i == 0 && env && *env)
			snprintf(path, sizeof path, "%s/%s", env, rel);
		else if (i == 1 && srcdir && *srcdir)
			snprintf(path, sizeof path, "%s/../shared/%s", srcdir,
			         rel);
		else if (i == 2)
			snprintf(path, sizeof path, "../shared/%s", rel);
		else if (i == 3)
			snprintf(path, sizeof path, "../../../shared/%s", rel);
		else
			continue;
		FILE *f = fopen(path, "rb");
		if (f)
			return f;
	}
	return NULL;
}

static void test_allsides(void)
{
	FILE *f = open_shared("corpora/allsides-train.jsonl");
	if (!f) {
		skip("allsides-train.jsonl not found (set SLANT_SHARED)");
		skip("allsides-train.jsonl not found (set SLANT_SHARED)");
		return;
	}
	char *line = NULL;
	size_t cap = 0, lines = 0, bad = 0;
	ssize_t n;
	size_t declined = fast_res.r.declined;
	char diff[512];
	while (lines < 2000 && (n = getline(&line, &cap, f)) > 0) {
		size_t len = (size_t)n;
		if (line[len - 1] == '\n')
			len--;
		lines++;
		if (!both_ways(line, len, diff, sizeof diff) ||
		    fast_res.rc != 0) {
			if (!bad++)
				printf("# line %zu: %s\n", lines, diff);
		}
	}
	free(line);
	fclose(f);
	ok(lines == 2000 && bad == 0,
	   "first %zu allsides lines agree both ways (%zu differ)", lines, bad);
	is_int(fast_res.r.declined - declined, 0,
	       "the fast path declines no allsides line");
}

/* slant_json_strings: label lists and span lists. */
static void test_strings(void)
{
	char why[200], **v = NULL;
	long n;
#define STRS(json, member, wk, wv)                                             \
	slant_json_strings(json, strlen(json), member, wk, wv, &v, why,        \
	                   sizeof why)
	n = STRS("[\"Politics\", \"Gun control\\/regulation\", 3, true]", NULL,
	         NULL, NULL);
	ok(n == 4 && !strcmp(v[0], "Politics") &&
	       !strcmp(v[1], "Gun control/regulation") && !strcmp(v[2], "3") &&
	       !strcmp(v[3], "true"),
	   "a list of strings, a number and a boolean (%ld)", n);
	for (long i = 0; i < n; i++)
		free(v[i]);
	free(v);
	n = STRS("[]", NULL, NULL, NULL);
	ok(n == 0 && v == NULL, "an empty list");
	n = STRS("\"Biased\"", NULL, NULL, NULL);
	ok(n == 1 && !strcmp(v[0], "Biased"), "a scalar is a list of one");
	free(v[0]);
	free(v);
	n = STRS("[{\"txt\":\"fierce\",\"bias\":\"lexical\"},"
	         "{\"txt\":\"who was cute\",\"bias\":\"informational\"},"
	         "{\"bias\":\"lexical\"},null,"
	         "{\"txt\":\"r\\u00e9gime\",\"bias\":\"lexical\"}]",
	         "txt", "bias", "lexical");
	ok(n == 2 && !strcmp(v[0], "fierce") && !strcmp(v[1], "r\xc3\xa9gime"),
	   "objects: a member, filtered by another (%ld)", n);
	for (long i = 0; i < n; i++)
		free(v[i]);
	free(v);
	n = STRS("[{\"txt\":\"a\"}]", NULL, NULL, NULL);
	ok(n == -1 && strstr(why, "element 1 is an object"),
	   "objects need a member: %s", why);
	n = STRS("[[\"a\"]]", NULL, NULL, NULL);
	ok(n == -1 && strstr(why, "element 1 is a list"), "nested list: %s",
	   why);
	n = STRS("{\"a\":1}", NULL, NULL, NULL);
	ok(n == -1 && strstr(why, "not a list"), "an object: %s", why);
	n = STRS("[1,", NULL, NULL, NULL);
	ok(n == -1 && strstr(why, "invalid JSON"), "invalid JSON: %s", why);
#undef STRS
}

static void walk_cb(void *ctx, const char *path, const char *text)
{
	slant_buf_printf(ctx, "%s=%s;", path, text ? text : "(null)");
}

static void test_walk(void)
{
	static const char doc[] = "{\"r\":{\"p\":{\"in\":[{\"path\":"
	                          "\"a\\u00e9\",\"n\":2,\"h\":null}],"
	                          "\"x/y~\":[\"1\",true,0.5]}},\"z\":1}";
	char why[200];
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_puts(&b, "");
	int rc = slant_json_walk(doc, sizeof doc - 1, "/r/p", walk_cb, &b, why,
	                         sizeof why);
	ok(rc == 0, "walk: found /r/p");
	is_str(b.data,
	       "/in/0/path=a\xc3\xa9;/in/0/n=2;/in/0/h=(null);/x~1y~0/0=1;"
	       "/x~1y~0/1=true;/x~1y~0/2=0.5;",
	       "walk: every scalar in order, keys escaped, strings decoded");
	slant_buf_reset(&b);
	rc = slant_json_walk(doc, sizeof doc - 1, "/r/p/x~1y~0/2", walk_cb, &b,
	                     why, sizeof why);
	is_str(b.data, "=0.5;", "walk: a pointer with escapes and an index");
	rc = slant_json_walk(doc, sizeof doc - 1, "/r/q", walk_cb, &b, why,
	                     sizeof why);
	ok(rc == -1 && strstr(why, "no member '/r/q'"), "walk: %s", why);
	rc = slant_json_walk("{\"a\":", 5, "", walk_cb, &b, why, sizeof why);
	ok(rc == -1 && strstr(why, "invalid JSON at line 1"), "walk: %s", why);
	slant_buf_release(&b);
}

int main(void)
{
	slant_json_record_init(&fast_res.r);
	slant_json_record_init(&slow_res.r);
	test_tricky();
	test_generated();
	test_mutations();
	test_values();
	test_strings();
	test_walk();
	test_allsides();
	slant_json_record_release(&fast_res.r);
	slant_json_record_release(&slow_res.r);
	return tap_done();
}
