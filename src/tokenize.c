/* tokenize.c: one pass over the bytes of a document. The ASCII path never
 * calls utf8proc; a non-ASCII word is normalised once per distinct raw
 * spelling and cached (raw spelling -> type id). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tokenize.h"
#include "unicode.h"

/* Byte table for ASCII: the lower-cased letter or digit for word bytes,
 * 0 for everything else. */
static unsigned char ascii_word[256];
/* Class of each ASCII byte; bytes >= 0x80 are decoded. */
static unsigned char ascii_class[128];
static bool tables_ready;

static void init_tables(void)
{
	if (tables_ready)
		return;
	for (int c = 0; c < 128; c++)
		ascii_class[c] = (unsigned char)slant_unicode_class(c);
	/* CR and other controls are white space here; only LF ends lines. */
	for (int c = 0; c < 32; c++)
		if (c != '\n')
			ascii_class[c] = SLANT_CH_SPACE;
	for (int c = '0'; c <= '9'; c++)
		ascii_word[c] = (unsigned char)c;
	for (int c = 'a'; c <= 'z'; c++)
		ascii_word[c] = (unsigned char)c;
	for (int c = 'A'; c <= 'Z'; c++)
		ascii_word[c] = (unsigned char)(c - 'A' + 'a');
	tables_ready = true;
}

enum quote_kind { Q_CURLY, Q_STRAIGHT, Q_GUILLEMET, Q_SINGLE };
#define MAX_QUOTE_DEPTH 16

#define RAW_UNKNOWN UINT32_MAX
#define RAW_EMPTY   (UINT32_MAX - 1) /* normalises to nothing: not a token */

#define FRONT_SIZE 16384
struct front {
	uint64_t head; /* 0: empty (no word is all NUL bytes) */
	uint32_t type;
};

/* For words of 9 to 16 bytes: both halves, which identify the word
 * exactly (a word holds no NUL); longer words go to the vocabulary. */
struct front_long {
	uint64_t a, b; /* a == 0: empty */
	uint32_t type;
};

struct slant_tokenizer {
	struct slant_vocab *vocab;
	struct front front[FRONT_SIZE];
	struct front_long front_long[FRONT_SIZE];
	struct slant_vocab *raw; /* raw spellings of non-ASCII words */
	uint32_t *raw_type;      /* raw id -> type id */
	size_t raw_type_cap;
	struct slant_buf lower; /* ASCII scratch */
	struct slant_buf norm;  /* normalisation scratch */
	/* per-document state */
	unsigned char qstack[MAX_QUOTE_DEPTH];
	size_t qdepth; /* may exceed MAX_QUOTE_DEPTH: counted only */
};

void slant_tokens_init(struct slant_tokens *t)
{
	memset(t, 0, sizeof *t);
}

void slant_tokens_release(struct slant_tokens *t)
{
	free(t->v);
	slant_tokens_init(t);
}

struct slant_tokenizer *slant_tokenizer_new(struct slant_vocab *vocab)
{
	init_tables();
	struct slant_tokenizer *tk = slant_xcalloc(1, sizeof *tk);
	tk->vocab = vocab;
	tk->raw = slant_vocab_new();
	slant_buf_init(&tk->lower);
	slant_buf_init(&tk->norm);
	return tk;
}

void slant_tokenizer_free(struct slant_tokenizer *tk)
{
	if (!tk)
		return;
	slant_vocab_free(tk->raw);
	free(tk->raw_type);
	slant_buf_release(&tk->lower);
	slant_buf_release(&tk->norm);
	free(tk);
}

/* ---- quote state ---- */

static void quote_push(struct slant_tokenizer *tk, enum quote_kind k)
{
	if (tk->qdepth < MAX_QUOTE_DEPTH)
		tk->qstack[tk->qdepth] = (unsigned char)k;
	tk->qdepth++;
}

/* Close the innermost open quote of kind k (and anything opened inside it
 * and left open). Returns false when no such quote is open. */
static bool quote_close(struct slant_tokenizer *tk, enum quote_kind k)
{
	size_t d = tk->qdepth < MAX_QUOTE_DEPTH ? tk->qdepth : MAX_QUOTE_DEPTH;
	while (d > 0) {
		if (tk->qstack[d - 1] == k) {
			tk->qdepth = d - 1;
			return true;
		}
		d--;
	}
	return false;
}

static bool quote_open_of(const struct slant_tokenizer *tk, enum quote_kind k)
{
	size_t d = tk->qdepth < MAX_QUOTE_DEPTH ? tk->qdepth : MAX_QUOTE_DEPTH;
	for (size_t i = 0; i < d; i++)
		if (tk->qstack[i] == k)
			return true;
	return false;
}

/* ---- character access ---- */

static inline enum slant_char_class class_at(const unsigned char *s, size_t i,
                                             size_t n, int32_t *cp, size_t *k)
{
	if (s[i] < 0x80) {
		*cp = s[i];
		*k = 1;
		return (enum slant_char_class)ascii_class[s[i]];
	}
	*k = slant_utf8_decode(s + i, n - i, cp);
	return slant_unicode_class(*cp);
}

static inline bool word_at(const unsigned char *s, size_t i, size_t n)
{
	if (i >= n)
		return false;
	if (s[i] < 0x80)
		return ascii_word[s[i]] != 0;
	int32_t cp;
	size_t k;
	return class_at(s, i, n, &cp, &k) == SLANT_CH_WORD;
}

static inline bool digit_at(const unsigned char *s, size_t i, size_t n)
{
	return i < n && s[i] >= '0' && s[i] <= '9';
}

/* Words after which a period does not end a sentence. Lower case, at most
 * four letters: compared as packed integers (this runs at every period). */
static const char abbreviations[][5] = {
    "adm",  "capt", "cmdr", "co",  "col", "corp", "dr",  "etc", "gen", "gov",
    "inc",  "jr",   "lt",   "ltd", "maj", "mr",   "mrs", "ms",  "mt",  "no",
    "prof", "rep",  "rev",  "sen", "sgt", "sr",   "st",  "vs",
};

static uint32_t pack4(const char *w, size_t len)
{
	uint32_t v = 0;
	for (size_t i = 0; i < len; i++)
		v = v << 8 | (unsigned char)w[i];
	return v;
}

static bool is_abbreviation(const char *w, size_t len)
{
	if (len == 1)
		return true;
	if (len > 4)
		return false;
	uint32_t x = pack4(w, len);
	for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations;
	     i++)
		if (pack4(abbreviations[i], strlen(abbreviations[i])) == x)
			return true;
	return false;
}

/* ---- words ---- */

/* The end of the word starting at s[i], for the general (Unicode) case. */
static size_t scan_word(const unsigned char *s, size_t i, size_t n)
{
	while (i < n) {
		int32_t cp;
		size_t k;
		enum slant_char_class c = class_at(s, i, n, &cp, &k);
		if (c == SLANT_CH_WORD || c == SLANT_CH_IGNORABLE) {
			i += k;
		} else if ((c == SLANT_CH_APOS || c == SLANT_CH_HYPHEN) &&
		           word_at(s, i + k, n)) {
			i += k;
		} else if ((cp == '.' || cp == ',') && i > 0 &&
		           digit_at(s, i - 1, n) && digit_at(s, i + 1, n)) {
			i += k;
		} else {
			break;
		}
	}
	return i;
}

static uint32_t intern_unicode(struct slant_tokenizer *tk, const char *raw,
                               size_t len)
{
	uint32_t rid = slant_vocab_intern(tk->raw, raw, len);
	if (rid >= tk->raw_type_cap) {
		size_t old = tk->raw_type_cap;
		SLANT_GROW(&tk->raw_type, &tk->raw_type_cap, (size_t)rid + 1);
		for (size_t i = old; i < tk->raw_type_cap; i++)
			tk->raw_type[i] = RAW_UNKNOWN;
	}
	if (tk->raw_type[rid] == RAW_UNKNOWN) {
		slant_buf_reset(&tk->norm);
		slant_unicode_normalize(raw, len, &tk->norm);
		tk->raw_type[rid] =
		    tk->norm.len ? slant_vocab_intern(tk->vocab, tk->norm.data,
		                                      tk->norm.len)
		                 : RAW_EMPTY;
	}
	return tk->raw_type[rid];
}

/* The type of an ASCII word low[0..m) (lower-cased, hash h). Words of up
 * to 8 bytes, most tokens, are looked up first in a small direct-mapped
 * cache keyed by their bytes (which identify them exactly: words hold no
 * NUL): it stays in the L1/L2 cache, unlike the vocabulary's table. */
static inline uint32_t intern_ascii(struct slant_tokenizer *tk, const char *low,
                                    size_t m, uint64_t h)
{
	if (m > 8) {
		if (m > 16)
			return slant_vocab_intern_hashed(tk->vocab, low, m, h);
		uint64_t a, b = 0;
		memcpy(&a, low, 8);
		memcpy(&b, low + 8, 8); /* room past the word, masked below */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		b &= m == 16 ? ~0ull : (1ull << (8 * (m - 8))) - 1;
#else
		b = 0;
		memcpy(&b, low + 8, m - 8);
#endif
		struct front_long *fl =
		    &tk->front_long[(h ^ h >> 20) & (FRONT_SIZE - 1)];
		if (fl->a == a && fl->b == b)
			return fl->type;
		uint32_t t = slant_vocab_intern_hashed(tk->vocab, low, m, h);
		*fl = (struct front_long){a, b, t};
		return t;
	}
	uint64_t head = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&head, low, 8); /* low has 8 bytes of room past any word */
	head &= m == 8 ? ~0ull : (1ull << (8 * m)) - 1;
#else
	memcpy(&head, low, m);
#endif
	struct front *f = &tk->front[(h ^ h >> 20) & (FRONT_SIZE - 1)];
	if (f->head == head)
		return f->type;
	uint32_t t = slant_vocab_intern_hashed(tk->vocab, low, m, h);
	f->head = head;
	f->type = t;
	return t;
}

/* ---- the pass ---- */

/* Events between two words, applied to the next word's flags. */
enum {
	P_SENT = 1,   /* a sentence end: the next word may start a sentence */
	P_FORCE = 2,  /* the next word starts a sentence, whatever its case */
	P_CLAUSE = 4, /* a clause break */
	P_PARA = 8,   /* a paragraph break */
	P_FIRST = 16  /* no word yet */
};

struct pass {
	struct slant_tokens *out;
	uint32_t sentence, paragraph;
	unsigned pend;     /* P_* events since the last word */
	unsigned newlines; /* line feeds since the last visible character */
};

/* The flags of a token that follows a sentence end, clause break,
 * paragraph break or the start of the text; clears those events. */
static uint32_t event_flags(struct pass *p, const unsigned char *s,
                            size_t start, size_t end)
{
	uint32_t flags = 0;
	if (p->pend & P_FIRST) {
		flags = SLANT_TOK_SENT_START | SLANT_TOK_CLAUSE_START |
		        SLANT_TOK_PARA_START;
		p->pend = 0;
		return flags;
	}
	bool starts = p->pend & P_FORCE;
	if (!starts && (p->pend & P_SENT)) {
		/* "e.g. this" does not start a sentence; "it. This" does. */
		int32_t cp;
		size_t k;
		class_at(s, start, end, &cp, &k);
		starts = !(cp >= 'a' && cp <= 'z');
		if (starts && cp >= 0x80)
			starts = slant_unicode_is_upper(cp) ||
			         !(cp >= 0x80 && cp < 0x250);
	}
	if (starts) {
		p->sentence++;
		flags |= SLANT_TOK_SENT_START | SLANT_TOK_CLAUSE_START;
	}
	if (p->pend & P_PARA) {
		p->paragraph++;
		flags |= SLANT_TOK_PARA_START;
	}
	if (p->pend & P_CLAUSE)
		flags |= SLANT_TOK_CLAUSE_START;
	p->pend = 0;
	return flags;
}

static inline void emit(struct slant_tokenizer *tk, struct pass *p,
                        const unsigned char *s, size_t start, size_t end,
                        uint32_t type)
{
	uint32_t flags = tk->qdepth > 0 ? SLANT_TOK_QUOTED : 0;
	if (p->pend)
		flags |= event_flags(p, s, start, end);
	struct slant_tokens *out = p->out;
	if (out->n == out->cap)
		SLANT_GROW(&out->v, &out->cap, out->n + 1);
	out->v[out->n++] = (struct slant_token){
	    (uint32_t)start,
	    (uint32_t)(end - start),
	    type,
	    p->sentence,
	    p->paragraph,
	    flags,
	};
	out->nquoted += flags & SLANT_TOK_QUOTED;
}

/* A blank line was crossed and a visible character follows at s[i]: end the
 * paragraph. Returns true when that character is an opening quotation mark
 * that continues a quotation left open (it is then consumed). */
static bool paragraph_break(struct slant_tokenizer *tk, struct pass *p,
                            enum slant_char_class c)
{
	p->newlines = 0;
	if (!(p->pend & P_FIRST))
		p->pend |= P_PARA | P_FORCE;
	if (tk->qdepth > 0 &&
	    (c == SLANT_CH_QUOTE_OPEN || c == SLANT_CH_QUOTE_BOTH))
		return true;
	tk->qdepth = 0;
	return false;
}

void slant_tokenize(struct slant_tokenizer *tk, const char *text, size_t len,
                    struct slant_tokens *out)
{
	const unsigned char *s = (const unsigned char *)text;
	struct pass p = {.out = out, .pend = P_FIRST};
	out->n = 0;
	out->nquoted = 0;
	tk->qdepth = 0;
	slant_buf_reset(&tk->lower);
	slant_buf_reserve(&tk->lower, len + 16);
	char *lowbuf = tk->lower.data;

	size_t i = 0;
	while (i < len) {
		unsigned char b = s[i];
		/* ASCII word fast path: lower-case and hash in one go. */
		if (ascii_word[b]) {
			if (p.newlines >= 2)
				paragraph_break(tk, &p, SLANT_CH_WORD);
			p.newlines = 0;
			size_t start = i, m = 0;
			char *low = lowbuf + start;
			uint64_t h = SLANT_HASH_INIT;
			for (;;) {
				unsigned char w = ascii_word[s[i]];
				if (w) {
					low[m++] = (char)w;
					h = slant_hash_step(h, w);
					i++;
				} else if ((s[i] == '\'' || s[i] == '-') &&
				           ascii_word[s[i + 1]]) {
					low[m++] = (char)s[i];
					h = slant_hash_step(h, s[i]);
					i++;
				} else if ((s[i] == '.' || s[i] == ',') &&
				           digit_at(s, i - 1, len) &&
				           digit_at(s, i + 1, len)) {
					low[m++] = (char)s[i];
					h = slant_hash_step(h, s[i]);
					i++;
				} else {
					break;
				}
			}
			if (s[i] >= 0x80 || s[i] == '\'' || s[i] == '-') {
				/* The word goes on with non-ASCII characters
				 * (or an apostrophe before one): redo it. */
				size_t end = scan_word(s, start, len);
				if (end > i) {
					i = end;
					uint32_t t = intern_unicode(
					    tk, text + start, end - start);
					if (t != RAW_EMPTY)
						emit(tk, &p, s, start, end, t);
					continue;
				}
			}
			emit(tk, &p, s, start, i, intern_ascii(tk, low, m, h));
			continue;
		}

		if (b == ' ') {
			i++;
			continue;
		}
		int32_t cp;
		size_t k;
		enum slant_char_class c = class_at(s, i, len, &cp, &k);
		if (c == SLANT_CH_SPACE) {
			i += k;
			continue;
		}
		if (c == SLANT_CH_NEWLINE) {
			p.newlines += cp == '\n' ? 1 : 2;
			i += k;
			continue;
		}
		if (p.newlines >= 2 && paragraph_break(tk, &p, c)) {
			i += k; /* the continuing quotation's opening mark */
			continue;
		}
		p.newlines = 0;
		switch (c) {
		case SLANT_CH_WORD: {
			size_t end = scan_word(s, i, len);
			uint32_t t = intern_unicode(tk, text + i, end - i);
			if (t != RAW_EMPTY)
				emit(tk, &p, s, i, end, t);
			i = end;
			continue;
		}
		case SLANT_CH_SENT_END:
			if (cp == '.' && out->n > 0) {
				const struct slant_token *last =
				    &out->v[out->n - 1];
				if (last->offset + last->length == i) {
					size_t wl;
					const char *w = slant_vocab_word(
					    tk->vocab, last->type, &wl);
					if (is_abbreviation(w, wl))
						break;
				}
			}
			p.pend |= P_SENT | P_CLAUSE;
			break;
		case SLANT_CH_CLAUSE: p.pend |= P_CLAUSE; break;
		case SLANT_CH_QUOTE_OPEN:
			if (cp == 0x2018 || cp == 0x201A) {
				/* ‘ after a letter is a misplaced apostrophe.
				 */
				if (!(i > 0 && word_at(s, i - 1, len) &&
				      (s[i - 1] < 0x80)))
					quote_push(tk, Q_SINGLE);
			} else if (cp == 0x00AB || cp == 0x2039) {
				quote_push(tk, Q_GUILLEMET);
			} else {
				quote_push(tk, Q_CURLY);
			}
			p.pend |= P_CLAUSE;
			break;
		case SLANT_CH_QUOTE_CLOSE:
			if (cp == 0x201D)
				quote_close(tk, Q_CURLY);
			else
				quote_close(tk, Q_GUILLEMET);
			p.pend |= P_CLAUSE;
			break;
		case SLANT_CH_QUOTE_BOTH:
			if (quote_open_of(tk, Q_STRAIGHT))
				quote_close(tk, Q_STRAIGHT);
			else
				quote_push(tk, Q_STRAIGHT);
			p.pend |= P_CLAUSE;
			break;
		case SLANT_CH_APOS:
			/* Not inside a word (that is the word path): ’ may
			 * close a single quotation. */
			if (cp == 0x2019)
				quote_close(tk, Q_SINGLE);
			break;
		default: break;
		}
		i += k;
	}
	out->nsentences = out->n ? p.sentence + 1 : 0;
	out->nparagraphs = out->n ? p.paragraph + 1 : 0;
}

void slant_tokenize_string(struct slant_tokenizer *tk, const char *s,
                           struct slant_tokens *out)
{
	slant_tokenize(tk, s, strlen(s), out);
}
