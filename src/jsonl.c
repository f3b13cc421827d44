/* jsonl.c: one JSON Lines record into its top-level members.
 *
 * The fast path is a single pass over the line that accepts only what it
 * can prove jansson accepts with the same result, and declines everything
 * else (return DECLINE) without an error of its own: jansson then decides
 * and its error is explained. So an error message never depends on the
 * path taken, and the fast path may be conservative (numbers that might
 * overflow jansson's strtoll/strtod, deep nesting, huge objects) at no
 * cost in correctness. tests/unit/t-jsonl.c and tests/fuzz/fuzz-jsonl.c
 * hold the two paths to the same results.
 *
 * Arena sizing: every decoded string plus its NUL is no longer than its
 * spelling in the line (quotes included), and a number or literal plus its
 * NUL is no longer than its spelling plus the ':' before it. So the output
 * of one record never exceeds the line's length, and the arena is reserved
 * once per record: member pointers stay valid while it is filled, and the
 * string loop may store 16 bytes at a time without bounds checks (the
 * write cursor never runs ahead of the read cursor).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "jsonl.h"

#define DECLINE 1
/* jansson allows 2048 levels; real records need a handful. */
#define FAST_MAX_DEPTH 64
/* Duplicate keys are found by a linear search; past this, let jansson's
 * hash table do it. */
#define FAST_MAX_MEMBERS 256
/* Slack after the line's length in the arena (see above). */
#define ARENA_SLACK 64

typedef unsigned char uchar;

/* Bytes that end a run of plain string content: '"', '\\', control
 * characters and every byte >= 0x80 (checked as UTF-8). */
static const uchar str_special[256] = {
    [0 ... 0x1f] = 1,
    ['"'] = 1,
    ['\\'] = 1,
    [0x80 ... 0xff] = 1,
};

/* A hex digit's value plus one; 0 for anything else. */
static const uchar hexval1[256] = {
    ['0'] = 1,  ['1'] = 2,  ['2'] = 3,  ['3'] = 4,  ['4'] = 5,  ['5'] = 6,
    ['6'] = 7,  ['7'] = 8,  ['8'] = 9,  ['9'] = 10, ['a'] = 11, ['b'] = 12,
    ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16, ['A'] = 11, ['B'] = 12,
    ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
};

void slant_json_record_init(struct slant_json_record *r)
{
	r->members = NULL;
	r->n = 0;
	r->cap = 0;
	r->declined = 0;
	slant_buf_init(&r->arena);
}

void slant_json_record_release(struct slant_json_record *r)
{
	free(r->members);
	slant_buf_release(&r->arena);
	r->members = NULL;
	r->n = 0;
	r->cap = 0;
}

const struct slant_json_member *
slant_json_record_get(const struct slant_json_record *r, const char *key)
{
	size_t len = strlen(key);
	for (size_t i = 0; i < r->n; i++)
		if (r->members[i].key_len == len &&
		    memcmp(r->members[i].key, key, len) == 0)
			return &r->members[i];
	return NULL;
}

static void record_start(struct slant_json_record *r, size_t len)
{
	r->n = 0;
	slant_buf_reset(&r->arena);
	slant_buf_reserve(&r->arena, len + ARENA_SLACK);
}

static inline bool is_ws(uchar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline const uchar *skip_ws(const uchar *p, const uchar *end)
{
	while (p < end && is_ws(*p))
		p++;
	return p;
}

static inline bool is_digit(uchar c)
{
	return c >= '0' && c <= '9';
}

/* ---- fast path ---- */

/* Four hex digits at p (p + 4 <= end checked by the caller). */
static inline int hex4(const uchar *p)
{
	int a = hexval1[p[0]], b = hexval1[p[1]], c = hexval1[p[2]],
	    d = hexval1[p[3]];
	if (!a || !b || !c || !d)
		return -1;
	return ((a - 1) << 12) | ((b - 1) << 8) | ((c - 1) << 4) | (d - 1);
}

/* A strict UTF-8 sequence (no overlongs, surrogates or values past
 * U+10FFFF, as jansson's utf8_check_full) starting with p[0] >= 0x80;
 * returns its length or 0. */
static inline size_t utf8_seq(const uchar *p, const uchar *end)
{
	uchar c = p[0];
	size_t avail = (size_t)(end - p);
	if (c >= 0xc2 && c <= 0xdf) {
		if (avail < 2 || (p[1] & 0xc0) != 0x80)
			return 0;
		return 2;
	}
	if (c >= 0xe0 && c <= 0xef) {
		uchar lo = c == 0xe0 ? 0xa0 : 0x80,
		      hi = c == 0xed ? 0x9f : 0xbf;
		if (avail < 3 || p[1] < lo || p[1] > hi ||
		    (p[2] & 0xc0) != 0x80)
			return 0;
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		uchar lo = c == 0xf0 ? 0x90 : 0x80,
		      hi = c == 0xf4 ? 0x8f : 0xbf;
		if (avail < 4 || p[1] < lo || p[1] > hi ||
		    (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
			return 0;
		return 4;
	}
	return 0;
}

static inline char *put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		*o++ = (char)cp;
	} else if (cp < 0x800) {
		*o++ = (char)(0xc0 | (cp >> 6));
		*o++ = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		*o++ = (char)(0xe0 | (cp >> 12));
		*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*o++ = (char)(0x80 | (cp & 0x3f));
	} else {
		*o++ = (char)(0xf0 | (cp >> 18));
		*o++ = (char)(0x80 | ((cp >> 12) & 0x3f));
		*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*o++ = (char)(0x80 | (cp & 0x3f));
	}
	return o;
}

/* Decode the string whose opening quote is just before *pp into o. On
 * success *pp is past the closing quote and the end of the decoded bytes
 * is returned (not NUL-terminated); NULL declines. */
#if defined(__SSE2__)
/* The 16 bytes at p copied to o; bit k set when p[k] ends a run of plain
 * content. Signed compare: bytes >= 0x80 are negative, so "< 0x20" flags
 * control characters and non-ASCII at once. */
static inline unsigned special_mask16(const uchar *p, char *o)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m =
	    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
	                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
	                 _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
	_mm_storeu_si128((__m128i *)(void *)o, v);
	return (unsigned)_mm_movemask_epi8(m);
}
#endif

static char *str_decode(const uchar **pp, const uchar *end, char *o)
{
	const uchar *p = *pp;
	for (;;) {
#if defined(__SSE2__)
		/* 32 bytes a step while they last (one branch for both
		 * blocks), then 16. */
		unsigned mask = 0;
		while (end - p >= 32 &&
		       !(mask = special_mask16(p, o) |
		                special_mask16(p + 16, o + 16) << 16)) {
			p += 32;
			o += 32;
		}
		while (!mask && end - p >= 16 &&
		       !(mask = special_mask16(p, o))) {
			p += 16;
			o += 16;
		}
		if (mask) {
			unsigned k = (unsigned)__builtin_ctz(mask);
			p += k;
			o += k;
			goto special;
		}
#endif
		while (p < end && !str_special[*p])
			*o++ = (char)*p++;
		if (p == end)
			return NULL;
#if defined(__SSE2__)
	special:
#endif
		if (*p == '"') {
			*pp = p + 1;
			return o;
		}
		if (*p == '\\') {
			if (end - p < 2)
				return NULL;
			switch (p[1]) {
			case '"': *o++ = '"'; break;
			case '\\': *o++ = '\\'; break;
			case '/': *o++ = '/'; break;
			case 'b': *o++ = '\b'; break;
			case 'f': *o++ = '\f'; break;
			case 'n': *o++ = '\n'; break;
			case 'r': *o++ = '\r'; break;
			case 't': *o++ = '\t'; break;
			case 'u': {
				if (end - p < 6)
					return NULL;
				int cp = hex4(p + 2);
				if (cp <= 0) /* invalid, or \u0000 */
					return NULL;
				if (cp >= 0xdc00 && cp <= 0xdfff)
					return NULL;
				if (cp >= 0xd800 && cp <= 0xdbff) {
					if (end - p < 12 || p[6] != '\\' ||
					    p[7] != 'u')
						return NULL;
					int lo = hex4(p + 8);
					if (lo < 0xdc00 || lo > 0xdfff)
						return NULL;
					cp = 0x10000 + ((cp - 0xd800) << 10) +
					     (lo - 0xdc00);
					p += 6;
				}
				o = put_utf8(o, (unsigned)cp);
				p += 6;
				continue;
			}
			default: return NULL;
			}
			p += 2;
			continue;
		}
		if (*p < 0x20)
			return NULL;
		size_t n = utf8_seq(p, end);
		if (!n)
			return NULL;
		/* Four bytes when there are: a fixed-size copy, no call. The
		 * extra bytes are overwritten next (the write cursor is
		 * behind the read cursor, and the arena has slack). */
		if (end - p >= 4)
			memcpy(o, p, 4);
		else
			memcpy(o, p, n);
		o += n;
		p += n;
	}
}

/* A number by the JSON grammar that jansson converts without overflow:
 * integers of at most 18 digits (strtoll), reals below 1e300 (strtod). */
static const uchar *skip_number(const uchar *p, const uchar *end)
{
	if (p < end && *p == '-')
		p++;
	if (p == end)
		return NULL;
	const uchar *digits = p;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (p < end && is_digit(*p))
			p++;
	else
		return NULL;
	size_t intdigits = (size_t)(p - digits);
	bool real = false;
	if (p < end && *p == '.') {
		p++;
		if (p == end || !is_digit(*p))
			return NULL;
		while (p < end && is_digit(*p))
			p++;
		real = true;
	}
	size_t expo = 0;
	bool negexp = false;
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			negexp = *p++ == '-';
		if (p == end || !is_digit(*p))
			return NULL;
		size_t ndig = 0;
		while (p < end && is_digit(*p)) {
			expo = expo * 10 + (size_t)(*p - '0');
			if (++ndig > 4)
				return NULL;
			p++;
		}
		real = true;
	}
	if (!real)
		return intdigits <= 18 ? p : NULL;
	if (intdigits + (negexp ? 0 : expo) > 300)
		return NULL;
	return p;
}

static const uchar *skip_literal(const uchar *p, const uchar *end)
{
	size_t avail = (size_t)(end - p);
	if (avail >= 4 && memcmp(p, "true", 4) == 0)
		return p + 4;
	if (avail >= 5 && memcmp(p, "false", 5) == 0)
		return p + 5;
	if (avail >= 4 && memcmp(p, "null", 4) == 0)
		return p + 4;
	return NULL;
}

/* Validate a nested array or object at *pp ('[' or '{') inside the
 * top-level object, without recursion. Strings are decoded into scratch
 * (the arena past the write cursor) only to validate them. */
static int skip_nested(const uchar **pp, const uchar *end, char *scratch)
{
	uchar stack[FAST_MAX_DEPTH];
	int sp = 0;
	const uchar *p = *pp;

open:
	/* the top-level object is depth 1 */
	if (sp + 2 > FAST_MAX_DEPTH)
		return DECLINE;
	stack[sp++] = *p++;
	p = skip_ws(p, end);
	if (p == end)
		return DECLINE;
	if (*p == (stack[sp - 1] == '{' ? '}' : ']')) {
		p++;
		goto close;
	}
element:
	if (stack[sp - 1] == '{') {
		if (*p != '"')
			return DECLINE;
		p++;
		if (!str_decode(&p, end, scratch))
			return DECLINE;
		p = skip_ws(p, end);
		if (p == end || *p != ':')
			return DECLINE;
		p = skip_ws(p + 1, end);
		if (p == end)
			return DECLINE;
	}
	switch (*p) {
	case '{':
	case '[': goto open;
	case '"':
		p++;
		if (!str_decode(&p, end, scratch))
			return DECLINE;
		break;
	case 't':
	case 'f':
	case 'n':
		if (!(p = skip_literal(p, end)))
			return DECLINE;
		break;
	default:
		if (!(p = skip_number(p, end)))
			return DECLINE;
		break;
	}
after_value:
	p = skip_ws(p, end);
	if (p == end)
		return DECLINE;
	if (*p == ',') {
		p = skip_ws(p + 1, end);
		if (p == end)
			return DECLINE;
		goto element;
	}
	if (*p != (stack[sp - 1] == '{' ? '}' : ']'))
		return DECLINE;
	p++;
close:
	if (--sp == 0) {
		*pp = p;
		return 0;
	}
	goto after_value;
}

/* Add or replace (a duplicate key keeps its first position and takes the
 * last value, as jansson's ordered hash table does). */
static int add_member(struct slant_json_record *r, const char *key,
                      size_t key_len, const char *value, size_t value_len,
                      enum slant_json_kind kind)
{
	bool is_string = kind == SLANT_JSON_STRING;
	for (size_t i = 0; i < r->n; i++) {
		struct slant_json_member *m = &r->members[i];
		if (m->key_len == key_len &&
		    memcmp(m->key, key, key_len) == 0) {
			m->value = value;
			m->value_len = value_len;
			m->is_string = is_string;
			m->kind = kind;
			return 0;
		}
	}
	if (r->n >= FAST_MAX_MEMBERS)
		return DECLINE;
	SLANT_GROW(&r->members, &r->cap, r->n + 1);
	struct slant_json_member *m = &r->members[r->n++];
	m->key = key;
	m->key_len = key_len;
	m->value = value;
	m->value_len = value_len;
	m->is_string = is_string;
	m->kind = kind;
	return 0;
}

static int fast_parse(const char *line, size_t len, struct slant_json_record *r)
{
	record_start(r, len);
	const uchar *p = (const uchar *)line, *end = p + len;
	char *o = r->arena.data;

	p = skip_ws(p, end);
	if (p == end || *p != '{')
		return DECLINE;
	p = skip_ws(p + 1, end);
	if (p == end)
		return DECLINE;
	if (*p == '}') {
		p++;
		goto tail;
	}
	for (;;) {
		if (*p != '"')
			return DECLINE;
		p++;
		char *key = o;
		if (!(o = str_decode(&p, end, o)))
			return DECLINE;
		size_t key_len = (size_t)(o - key);
		*o++ = '\0';
		p = skip_ws(p, end);
		if (p == end || *p != ':')
			return DECLINE;
		p = skip_ws(p + 1, end);
		if (p == end)
			return DECLINE;

		char *value = o;
		size_t value_len = 0;
		enum slant_json_kind kind;
		const uchar *v = p;
		switch (*p) {
		case '"':
			p++;
			if (!(o = str_decode(&p, end, o)))
				return DECLINE;
			value_len = (size_t)(o - value);
			*o++ = '\0';
			kind = SLANT_JSON_STRING;
			break;
		case '{':
		case '[':
			kind = *p == '{' ? SLANT_JSON_OBJECT : SLANT_JSON_ARRAY;
			if (skip_nested(&p, end, o))
				return DECLINE;
			/* kept as written: no longer than its spelling, so
			 * the arena bound above holds */
			goto spelled;
		case 't':
		case 'f':
		case 'n':
			kind = *p == 'n' ? SLANT_JSON_NULL : SLANT_JSON_BOOLEAN;
			if (!(p = skip_literal(p, end)))
				return DECLINE;
			goto spelled;
		default:
			kind = SLANT_JSON_NUMBER;
			if (!(p = skip_number(p, end)))
				return DECLINE;
		spelled:
			value_len = (size_t)(p - v);
			memcpy(o, v, value_len);
			o += value_len;
			*o++ = '\0';
			break;
		}
		if (add_member(r, key, key_len, value, value_len, kind))
			return DECLINE;

		p = skip_ws(p, end);
		if (p == end)
			return DECLINE;
		if (*p == '}') {
			p++;
			break;
		}
		if (*p != ',')
			return DECLINE;
		p = skip_ws(p + 1, end);
		if (p == end)
			return DECLINE;
	}
tail:
	if (skip_ws(p, end) != end)
		return DECLINE;
	r->arena.len = (size_t)(o - r->arena.data);
	SLANT_ASSERT(r->arena.len <= len);
	return 0;
}

/* ---- jansson path ---- */

/* Copy n bytes and a NUL into the arena reserved by record_start(). */
static const char *arena_put(struct slant_json_record *r, const char *s,
                             size_t n)
{
	struct slant_buf *b = &r->arena;
	SLANT_ASSERT(b->len + n + 1 <= b->cap);
	char *d = b->data + b->len;
	memcpy(d, s, n);
	d[n] = '\0';
	b->len += n + 1;
	return d;
}

/* Marks a number, array or object member whose spelling is still to be
 * found. */
#define PENDING_SPELLING SIZE_MAX

/* Past the string whose opening quote is at p, in a line jansson has
 * validated. */
static const uchar *raw_skip_string(const uchar *p)
{
	for (p++; *p != '"'; p++)
		if (*p == '\\')
			p++;
	return p + 1;
}

static const uchar *raw_skip_value(const uchar *p, const uchar *end)
{
	if (*p == '"')
		return raw_skip_string(p);
	if (*p == '{' || *p == '[') {
		size_t depth = 0;
		do {
			if (*p == '"') {
				p = raw_skip_string(p);
				continue;
			}
			if (*p == '{' || *p == '[')
				depth++;
			else if (*p == '}' || *p == ']')
				depth--;
			p++;
		} while (depth);
		return p;
	}
	while (p < end && !is_ws(*p) && *p != ',' && *p != '}' && *p)
		p++;
	return p;
}

/* Set m's value to the spelling vs..ve without NUL bytes: inside a
 * container, the NUL that jansson lets pass after a scalar (see
 * fill_spellings) would otherwise end the text early; the fast path
 * declines such lines, and what is left is still valid JSON. */
static void put_spelling(struct slant_json_record *r,
                         struct slant_json_member *m, const uchar *vs,
                         const uchar *ve)
{
	struct slant_buf *b = &r->arena;
	SLANT_ASSERT(b->len + (size_t)(ve - vs) + 1 <= b->cap);
	char *d = b->data + b->len, *o = d;
	for (const uchar *p = vs; p < ve; p++)
		if (*p)
			*o++ = (char)*p;
	*o = '\0';
	m->value = d;
	m->value_len = (size_t)(o - d);
	b->len += m->value_len + 1;
}

/* The kind of the value spelled at p in a validated line. */
static enum slant_json_kind spelled_kind(const uchar *p)
{
	switch (*p) {
	case '"': return SLANT_JSON_STRING;
	case '[': return SLANT_JSON_ARRAY;
	case '{': return SLANT_JSON_OBJECT;
	case 't':
	case 'f': return SLANT_JSON_BOOLEAN;
	case 'n': return SLANT_JSON_NULL;
	default: return SLANT_JSON_NUMBER;
	}
}

/* jansson keeps a number's value, not its spelling, and an array or
 * object as a tree: find the spelling of each top-level number, array and
 * object member in the (already validated) line. With a duplicate key the
 * last occurrence of the kind jansson kept (its last) is the one. */
static void fill_spellings(const char *line, size_t len,
                           struct slant_json_record *r)
{
	const uchar *p = (const uchar *)line, *end = p + len;
	p = skip_ws(p, end) + 1; /* '{' */
	for (;;) {
		p = skip_ws(p, end);
		if (*p == '}')
			break;
		const uchar *ks = p;
		p = raw_skip_string(p);
		const uchar *ke = p;
		p = skip_ws(p, end) + 1; /* ':' */
		p = skip_ws(p, end);
		const uchar *vs = p;
		p = raw_skip_value(p, end);
		const uchar *ve = p;
		/* jansson quirk: the byte after a number or literal is read
		 * and pushed back, and a pushed-back NUL byte is then skipped
		 * (its stream buffer treats NUL as "empty"). So one NUL byte
		 * may follow a scalar in a line jansson accepts. */
		if (p < end && *p == '\0')
			p++;
		enum slant_json_kind vk = spelled_kind(vs);
		if (vk == SLANT_JSON_NUMBER || vk == SLANT_JSON_ARRAY ||
		    vk == SLANT_JSON_OBJECT) {
			const char *key = (const char *)ks + 1;
			size_t key_len = (size_t)(ke - ks) - 2;
			json_t *decoded = NULL;
			if (memchr(key, '\\', key_len)) {
				decoded = json_loadb((const char *)ks,
				                     (size_t)(ke - ks),
				                     JSON_DECODE_ANY, NULL);
				SLANT_ASSERT(json_is_string(decoded));
				key = json_string_value(decoded);
				key_len = json_string_length(decoded);
			}
			for (size_t i = 0; i < r->n; i++) {
				struct slant_json_member *m = &r->members[i];
				if (m->key_len == key_len &&
				    memcmp(m->key, key, key_len) == 0) {
					if (m->kind == vk)
						put_spelling(r, m, vs, ve);
					break;
				}
			}
			json_decref(decoded);
		}
		p = skip_ws(p, end);
		if (*p == '}')
			break;
		p++; /* ',' */
	}
}

static enum slant_json_kind kind_of(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return SLANT_JSON_OBJECT;
	case JSON_ARRAY: return SLANT_JSON_ARRAY;
	case JSON_STRING: return SLANT_JSON_STRING;
	case JSON_INTEGER:
	case JSON_REAL: return SLANT_JSON_NUMBER;
	case JSON_TRUE:
	case JSON_FALSE: return SLANT_JSON_BOOLEAN;
	case JSON_NULL: break;
	}
	return SLANT_JSON_NULL;
}

const char *slant_json_kind_name(enum slant_json_kind kind)
{
	switch (kind) {
	case SLANT_JSON_STRING: return "string";
	case SLANT_JSON_NUMBER: return "number";
	case SLANT_JSON_BOOLEAN: return "boolean";
	case SLANT_JSON_NULL: return "null";
	case SLANT_JSON_ARRAY: return "array";
	case SLANT_JSON_OBJECT: return "object";
	}
	return "value";
}

/* The offset of the first byte that is not strict UTF-8, or len. */
static size_t first_bad_utf8(const uchar *s, size_t len)
{
	const uchar *p = s, *end = s + len;
	while (p < end) {
		if (*p < 0x80) {
			p++;
			continue;
		}
		size_t n = utf8_seq(p, end);
		if (!n)
			break;
		p += n;
	}
	return (size_t)(p - s);
}

/* Where jansson's error is, from its position (just past the offending
 * token) and the token it quotes ("... near 'TOKEN'"). */
static size_t error_offset(const char *line, size_t len, const json_error_t *e)
{
	size_t pos = e->position > 0 ? (size_t)e->position : 0;
	if (pos > len)
		pos = len;
	const char *near = strstr(e->text, " near '");
	if (near) {
		near += 7;
		size_t n = strlen(near);
		if (n && near[n - 1] == '\'')
			n--;
		if (n <= pos && memcmp(line + pos - n, near, n) == 0)
			return pos - n;
	}
	return pos > 0 ? pos - 1 : 0;
}

static int explain(const char *line, size_t len, const json_error_t *e,
                   char *why, size_t whylen, size_t *at)
{
	enum json_error_code code = json_error_code(e);
	size_t off = error_offset(line, len, e);
	char reason[256];
	unsigned ctl;

	if (skip_ws((const uchar *)line, (const uchar *)line + len) ==
	    (const uchar *)line + len) {
		off = 0;
		snprintf(reason, sizeof reason, "empty record");
	} else if (code == json_error_invalid_utf8) {
		off = first_bad_utf8((const uchar *)line, len);
		snprintf(reason, sizeof reason, "invalid UTF-8 at byte %zu",
		         off);
	} else if (code == json_error_null_character ||
	           code == json_error_null_byte_in_key) {
		snprintf(reason, sizeof reason,
		         "NUL byte (\\u0000) in string at byte %zu", off);
	} else if (sscanf(e->text, "control character 0x%x", &ctl) == 1) {
		off = e->position > 0 ? (size_t)e->position : 0;
		if (ctl == 0)
			snprintf(reason, sizeof reason,
			         "NUL byte in string at byte %zu", off);
		else
			snprintf(reason, sizeof reason,
			         "invalid JSON at byte %zu: control character "
			         "0x%02x in string (must be escaped)",
			         off, ctl);
	} else if (code == json_error_premature_end_of_input) {
		off = len;
		snprintf(reason, sizeof reason,
		         "invalid JSON at byte %zu: unexpected end of input "
		         "(truncated record?)",
		         off);
	} else if (code == json_error_end_of_input_expected) {
		snprintf(reason, sizeof reason,
		         "invalid JSON at byte %zu: text after the end of the "
		         "record (two records on one line?)",
		         off);
	} else if (code == json_error_stack_overflow) {
		snprintf(reason, sizeof reason,
		         "invalid JSON at byte %zu: nested too deeply", off);
	} else {
		snprintf(reason, sizeof reason, "invalid JSON at byte %zu: %s",
		         off, e->text);
	}
	if (why && whylen)
		snprintf(why, whylen, "%s", reason);
	if (at)
		*at = off;
	return -1;
}

static int slow_parse(const char *line, size_t len, struct slant_json_record *r,
                      char *why, size_t whylen, size_t *at)
{
	json_error_t e;
	/* JSON_DECODE_ANY only relaxes the top level (flags 0 rejects a bare
	 * scalar); an object parses the same either way, and a scalar gets
	 * a clearer message below. */
	json_t *root = json_loadb(line, len, JSON_DECODE_ANY, &e);

	record_start(r, len);
	if (!root)
		return explain(line, len, &e, why, whylen, at);
	if (!json_is_object(root)) {
		if (why && whylen)
			snprintf(why, whylen,
			         "record is not a JSON object (found %s)",
			         slant_json_kind_name(kind_of(root)));
		if (at)
			*at = (size_t)((const char *)skip_ws(
			                   (const uchar *)line,
			                   (const uchar *)line + len) -
			               line);
		json_decref(root);
		return -1;
	}

	const char *key;
	json_t *v;
	bool pending = false;
	json_object_foreach(root, key, v)
	{
		size_t key_len = strlen(key);
		SLANT_GROW(&r->members, &r->cap, r->n + 1);
		struct slant_json_member *m = &r->members[r->n++];
		m->key = arena_put(r, key, key_len);
		m->key_len = key_len;
		m->is_string = false;
		m->kind = kind_of(v);
		m->value = NULL;
		m->value_len = 0;
		switch (json_typeof(v)) {
		case JSON_STRING:
			m->value_len = json_string_length(v);
			m->value =
			    arena_put(r, json_string_value(v), m->value_len);
			m->is_string = true;
			break;
		case JSON_INTEGER:
		case JSON_REAL:
		case JSON_OBJECT:
		case JSON_ARRAY:
			m->value_len = PENDING_SPELLING;
			pending = true;
			break;
		case JSON_TRUE:
			m->value = arena_put(r, "true", 4);
			m->value_len = 4;
			break;
		case JSON_FALSE:
			m->value = arena_put(r, "false", 5);
			m->value_len = 5;
			break;
		case JSON_NULL:
			m->value = arena_put(r, "null", 4);
			m->value_len = 4;
			break;
		}
	}
	json_decref(root);
	if (pending) {
		fill_spellings(line, len, r);
		for (size_t i = 0; i < r->n; i++)
			SLANT_ASSERT(r->members[i].value_len !=
			             PENDING_SPELLING);
	}
	return 0;
}

int slant_jsonl_parse(const char *line, size_t len, struct slant_json_record *r,
                      bool use_fast_path, char *why, size_t whylen, size_t *at)
{
	if (use_fast_path) {
		if (fast_parse(line, len, r) == 0)
			return 0;
		r->declined++;
	}
	return slow_parse(line, len, r, why, whylen, at);
}

/* ---- lists of strings ---- */

/* The text of a scalar: 1 with *out (malloc'd), 0 for null, -1 for a
 * container. */
static int scalar_text(const json_t *v, char **out)
{
	char buf[64];
	switch (json_typeof(v)) {
	case JSON_STRING:
		*out =
		    slant_xstrndup(json_string_value(v), json_string_length(v));
		return 1;
	case JSON_INTEGER:
		snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT,
		         json_integer_value(v));
		*out = slant_xstrdup(buf);
		return 1;
	case JSON_REAL:
		snprintf(buf, sizeof buf, "%.17g", json_real_value(v));
		*out = slant_xstrdup(buf);
		return 1;
	case JSON_TRUE: *out = slant_xstrdup("true"); return 1;
	case JSON_FALSE: *out = slant_xstrdup("false"); return 1;
	case JSON_NULL: return 0;
	default: return -1;
	}
}

long slant_json_strings(const char *json, size_t len, const char *member,
                        const char *where_key, const char *where_value,
                        char ***out, char *why, size_t whylen)
{
	*out = NULL;
	json_error_t e;
	json_t *root = json_loadb(json, len, JSON_DECODE_ANY, &e);
	if (!root) {
		snprintf(why, whylen, "invalid JSON: %s", e.text);
		return -1;
	}
	char **v = NULL;
	size_t n = 0, cap = 0;
	long rc = 0;
	if (json_is_object(root) && member) {
		/* one object: a list of one */
		json_t *list = json_array();
		json_array_append_new(list, root);
		root = list;
	}
	if (json_is_object(root)) {
		snprintf(why, whylen,
		         "found an object, not a list (name its member: "
		         "FIELD.KEY)");
		rc = -1;
	} else if (!json_is_array(root)) {
		char *s;
		if (scalar_text(root, &s) > 0) {
			SLANT_GROW(&v, &cap, 1);
			v[n++] = s;
		}
	} else {
		size_t i;
		json_t *el;
		json_array_foreach(root, i, el)
		{
			const json_t *x = el;
			if (json_is_object(el)) {
				if (!member) {
					snprintf(
					    why, whylen,
					    "element %zu is an object (name "
					    "its member: FIELD.KEY)",
					    i + 1);
					rc = -1;
					break;
				}
				if (where_key) {
					const json_t *wk =
					    json_object_get(el, where_key);
					if (!json_is_string(wk) ||
					    strcmp(json_string_value(wk),
					           where_value) != 0)
						continue;
				}
				x = json_object_get(el, member);
				if (!x)
					continue;
			}
			char *s = NULL;
			int k = scalar_text(x, &s);
			if (k < 0) {
				snprintf(why, whylen, "element %zu%s is %s",
				         i + 1, x == el ? "" : "'s member",
				         json_is_array(x) ? "a list"
				                          : "an object");
				rc = -1;
				break;
			}
			if (k > 0) {
				SLANT_GROW(&v, &cap, n + 1);
				v[n++] = s;
			}
		}
	}
	json_decref(root);
	if (rc < 0) {
		for (size_t i = 0; i < n; i++)
			free(v[i]);
		free(v);
		return -1;
	}
	*out = v;
	return (long)n;
}

/* ---- walking a document ---- */

static void walk(json_t *v, struct slant_buf *path, slant_json_walk_fn fn,
                 void *ctx)
{
	size_t at = path->len;
	if (json_is_object(v)) {
		const char *k;
		json_t *x;
		json_object_foreach(v, k, x)
		{
			slant_buf_putc(path, '/');
			for (const char *c = k; *c; c++)
				if (*c == '~')
					slant_buf_puts(path, "~0");
				else if (*c == '/')
					slant_buf_puts(path, "~1");
				else
					slant_buf_putc(path, *c);
			walk(x, path, fn, ctx);
			path->len = at;
			path->data[at] = '\0';
		}
	} else if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
		{
			slant_buf_printf(path, "/%zu", i);
			walk(x, path, fn, ctx);
			path->len = at;
			path->data[at] = '\0';
		}
	} else {
		char *s = NULL;
		scalar_text(v, &s);
		fn(ctx, path->data, s);
		free(s);
	}
}

int slant_json_walk(const char *json, size_t len, const char *pointer,
                    slant_json_walk_fn fn, void *ctx, char *why, size_t whylen)
{
	json_error_t e;
	json_t *root = json_loadb(json, len, JSON_DECODE_ANY, &e);
	if (!root) {
		snprintf(why, whylen, "invalid JSON at line %d: %s", e.line,
		         e.text);
		return -1;
	}
	json_t *v = root;
	struct slant_buf key;
	slant_buf_init(&key);
	for (const char *p = pointer; v && *p == '/';) {
		slant_buf_reset(&key);
		slant_buf_puts(&key, "");
		for (p++; *p && *p != '/'; p++) {
			if (p[0] == '~' && (p[1] == '0' || p[1] == '1'))
				slant_buf_putc(&key, *++p == '0' ? '~' : '/');
			else
				slant_buf_putc(&key, *p);
		}
		if (json_is_object(v)) {
			v = json_object_get(v, key.data);
		} else if (json_is_array(v)) {
			char *end;
			unsigned long i = strtoul(key.data, &end, 10);
			v = *key.data && !*end ? json_array_get(v, i) : NULL;
		} else {
			v = NULL;
		}
	}
	int rc = 0;
	if (!v) {
		snprintf(why, whylen, "no member '%s'", pointer);
		rc = -1;
	} else {
		struct slant_buf path;
		slant_buf_init(&path);
		slant_buf_puts(&path, "");
		walk(v, &path, fn, ctx);
		slant_buf_release(&path);
	}
	slant_buf_release(&key);
	json_decref(root);
	return rc;
}
