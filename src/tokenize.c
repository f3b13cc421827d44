/* tokenize.c: one pass over the bytes of a document. The ASCII path never
 * calls utf8proc; a non-ASCII word is normalised once per distinct raw
 * spelling and cached (raw spelling -> type id). */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* The vector word scan: SSE2 on x86-64 (every such CPU has it; the
 * halves come out with 64-bit moves). Elsewhere the byte loop, which
 * gives the same tokens (t-tokenize-paths compares both). */
#if defined(__SSE2__) && defined(__x86_64__) && !defined(SLANT_NO_VECTOR_SCAN)
#include <emmintrin.h>
#define HAVE_SSE2_SCAN 1
#endif

#include "mem.h"
#include "tokenize.h"
#include "unicode.h"

/* Byte table for ASCII: the lower-cased letter or digit for word bytes,
 * 0 for everything else. */
static unsigned char ascii_word[256];
/* 1 for the bytes after which an ASCII word certainly ends there: ASCII
 * that is not a letter, a digit or a possible joiner (' - . ,). */
static unsigned char clean_end[256];
/* Class of each ASCII byte; bytes >= 0x80 are decoded. */
static unsigned char ascii_class[128];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void pack_abbreviations(void);
static void pack_openers(void);

/* Once per process (pthread_once: worker threads make tokenizers at the
 * same time). */
static void init_tables(void)
{
	pack_abbreviations();
	pack_openers();
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
	for (int c = 0; c < 128; c++)
		clean_end[c] = !ascii_word[c] && c != '\'' && c != '-' &&
		               c != '.' && c != ',';
}

enum quote_kind { Q_CURLY, Q_STRAIGHT, Q_GUILLEMET, Q_SINGLE };
#define MAX_QUOTE_DEPTH 16

#define RAW_UNKNOWN UINT32_MAX
#define RAW_EMPTY   (UINT32_MAX - 1) /* normalises to nothing: not a token */

/* The front cache: words of up to 16 bytes (nearly every token) by their
 * two zero-padded halves, which identify a word exactly (a word holds no
 * NUL; lo == 0 marks an empty way): lowered ASCII words, and words with
 * other bytes by their raw spelling. Two ways a set, the last used first,
 * a set a cache line; 32768 sets on one huge page. On allsides (15 M
 * tokens, 127 k types, no filter) 1.9% of lookups miss, against 4.0% for
 * a direct-mapped table of the same size; smaller tables fit the L2 cache
 * better but their misses cost more than that saves. With a sieve, the
 * words it stops never reach their set (tk->sieved_out). */
#define FRONT_SET_BITS 15
#define FRONT_SETS     (1u << FRONT_SET_BITS)
struct front {
	/* Two ways, the last used first; a set is one cache line. */
	uint64_t lo[2], hi[2];
	uint32_t type[2];
	uint32_t pad[6];
};

/* The word sieve (tokenize.h). It meets only words of ASCII letters and
 * digits of 1 to 15 bytes (the vector path's), and looks at a word's first
 * three bytes (zero past its end) and its length: slot[h] for the hash h
 * of those bytes has bit n set when an exact word of n bytes, or a prefix
 * of at most n bytes, starts with them. One load of an 8 KiB table and a
 * shift answer; the lexicon's words start with about a thousand different
 * trigrams, so the slots are sparse. On allsides with bench.dic 54% of the
 * tokens pass and 36% can match. */
#define SIEVE_BITS 12
struct slant_word_sieve {
	uint16_t slot[1u << SIEVE_BITS];
};

struct slant_tokenizer {
	struct slant_vocab *vocab;
	struct front *front;     /* FRONT_SETS sets */
	struct slant_vocab *raw; /* raw spellings of non-ASCII words */
	uint32_t *raw_type;      /* raw id -> type id */
	size_t raw_type_cap;
	struct slant_buf lower; /* ASCII scratch */
	struct slant_buf norm;  /* normalisation scratch */
	slant_word_filter keep; /* NULL: every word gets its own type */
	const void *keep_ctx;
	uint32_t other; /* with keep: the type of words it refuses */
	const struct slant_word_sieve *sieve; /* NULL: none */
	struct front sieved_out; /* where the words the sieve stops look */
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
	pthread_once(&tables_once, init_tables);
	struct slant_tokenizer *tk = slant_xcalloc(1, sizeof *tk);
	tk->vocab = vocab;
	tk->front = slant_xcalloc_table(FRONT_SETS * sizeof *tk->front);
	tk->raw = slant_vocab_new();
	slant_buf_init(&tk->lower);
	slant_buf_init(&tk->norm);
	return tk;
}

void slant_tokenizer_free(struct slant_tokenizer *tk)
{
	if (!tk)
		return;
	free(tk->front);
	slant_vocab_free(tk->raw);
	free(tk->raw_type);
	slant_buf_release(&tk->lower);
	slant_buf_release(&tk->norm);
	free(tk);
}

void slant_tokenizer_filter(struct slant_tokenizer *tk, slant_word_filter keep,
                            const void *ctx)
{
	tk->keep = keep;
	tk->keep_ctx = ctx;
	tk->other = slant_vocab_intern(tk->vocab, "", 0);
	tk->sieve = NULL;
	/* Cached answers were given without the filter. */
	memset(tk->front, 0, FRONT_SETS * sizeof *tk->front);
	for (size_t i = 0; i < tk->raw_type_cap; i++)
		tk->raw_type[i] = RAW_UNKNOWN;
}

/* The front cache's hash of a word by its halves: the set is its top
 * bits. */
static inline uint64_t front_hash(uint64_t lo, uint64_t hi)
{
	return (lo + hi * 0x9e3779b97f4a7c15ULL) * 0xff51afd7ed558ccdULL;
}

/* The slot of a word or prefix by the halves of its first 16 bytes. */
static inline unsigned sieve_slot(uint64_t lo)
{
	return (unsigned)((slant_first_bytes(lo, 3) * 0x9e3779b97f4a7c15ULL) >>
	                  (64 - SIEVE_BITS));
}

static bool ascii_alnum(const char *w, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return false;
	}
	return true;
}

struct slant_word_sieve *slant_word_sieve_new(void)
{
	return slant_xcalloc(1, sizeof(struct slant_word_sieve));
}

void slant_word_sieve_free(struct slant_word_sieve *sv)
{
	free(sv);
}

void slant_word_sieve_word(struct slant_word_sieve *sv, const char *w,
                           size_t len)
{
	/* Other words never meet the sieve. */
	if (len == 0 || len > 15 || !ascii_alnum(w, len))
		return;
	uint64_t lo, hi;
	slant_word_halves(w, len, &lo, &hi);
	sv->slot[sieve_slot(lo)] |= (uint16_t)(1u << len);
}

void slant_word_sieve_prefix(struct slant_word_sieve *sv, const char *p,
                             size_t len)
{
	if (len < 2) {
		slant_word_sieve_every(sv);
		return;
	}
	if (!ascii_alnum(p, len < 3 ? len : 3))
		return; /* no word of letters and digits starts so */
	/* Words of len bytes and more can start with the prefix. */
	uint16_t bits = (uint16_t)(0xffffu << (len < 15 ? len : 15));
	uint64_t lo, hi;
	slant_word_halves(p, len, &lo, &hi);
	if (len > 2) {
		sv->slot[sieve_slot(lo)] |= bits;
		return;
	}
	/* Two bytes: every third byte a word of the sieve can have, or the
	 * word's end. */
	static const char more[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	for (size_t k = 0; k <= sizeof more - 1; k++) {
		char t[3] = {p[0], p[1], more[k]}; /* more[36]: the end */
		slant_word_halves(t, 3, &lo, &hi);
		sv->slot[sieve_slot(lo)] |= bits;
	}
}

void slant_word_sieve_suffix(struct slant_word_sieve *sv, const char *x,
                             size_t len)
{
	/* A suffix with another byte ("n't") cannot end a word the sieve
	 * meets. */
	if (ascii_alnum(x, len))
		slant_word_sieve_every(sv);
}

void slant_word_sieve_every(struct slant_word_sieve *sv)
{
	for (size_t i = 0; i < sizeof sv->slot / sizeof *sv->slot; i++)
		sv->slot[i] = 0xffff;
}

/* Whether a word of the sieve (1 to 15 bytes, lo its first 8 bytes zero
 * padded) passes: 1 or 0, without a branch. */
static inline uint64_t sieve_pass(const struct slant_word_sieve *sv,
                                  uint64_t lo, size_t len)
{
	return sv->slot[sieve_slot(lo)] >> len & 1;
}

bool slant_word_sieve_passes(const struct slant_word_sieve *sv, const char *w,
                             size_t len)
{
	if (len == 0 || len > 15 || !ascii_alnum(w, len))
		return true;
	uint64_t lo, hi;
	slant_word_halves(w, len, &lo, &hi);
	return sieve_pass(sv, lo, len);
}

void slant_tokenizer_sieve(struct slant_tokenizer *tk,
                           const struct slant_word_sieve *sv)
{
	SLANT_ASSERT(tk->keep);
	tk->sieve = sv;
	/* The stopped words' key: 0, which no word has. */
	for (int k = 0; k < 2; k++) {
		tk->sieved_out.lo[k] = 0;
		tk->sieved_out.hi[k] = 0;
		tk->sieved_out.type[k] = tk->other;
	}
}

/* The type of the normalised word w[0..len) with hash h. */
static inline uint32_t type_of(struct slant_tokenizer *tk, const char *w,
                               size_t len, uint64_t h)
{
	if (tk->keep && !tk->keep(tk->keep_ctx, w, len, h))
		return tk->other;
	return slant_vocab_intern_hashed(tk->vocab, w, len, h);
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

/* Abbreviations: words after which a period is not a sentence end by
 * itself. Lower case, at most four letters: compared as packed integers
 * in a small hash table (this runs at every period). Two kinds:
 * ABBR_LEADS stand before a name or a term ("Mr. Smith", "Gen. Milley",
 * "vs. Ohio") and never end a sentence, whatever follows; after
 * ABBR_ENDS, which also close sentences ("Apple Inc.", "Smith Jr.",
 * "etc.", "on Jan. 5"), and after a single letter or an initialism
 * ("J.", "U.S."), the next word starts a sentence only when it is a
 * capitalised sentence opener (is_opener: "The", "He", "But"), so
 * "the U.S. Senate" stays one sentence and "in the U.S. The next day"
 * is two. The token of a listed abbreviation is its word without the
 * period: "Mr." and "Mr" (the British style) are one type, "mr". */
enum { ABBR_NONE = 0, ABBR_LEADS = 1, ABBR_ENDS = 2 };
static const char leading_abbreviations[][5] = {
    "adm",  "capt", "cmdr", "col", "det", "dr",   "fr",  "gen",  "gov",
    "hon",  "insp", "lt",   "maj", "mr",  "mrs",  "ms",  "mt",   "pres",
    "prof", "rep",  "reps", "rev", "sen", "sens", "sgt", "supt", "vs",
};
static const char closing_abbreviations[][5] = {
    "ave", "blvd", "bros", "co",   "corp", "dept", "etc", "inc", "jr",
    "ltd", "no",   "sr",   "st",   "jan",  "feb",  "mar", "apr", "jun",
    "jul", "aug",  "sep",  "sept", "oct",  "nov",  "dec",
};

static uint32_t pack4(const char *w, size_t len)
{
	uint32_t v = 0;
	for (size_t i = 0; i < len; i++)
		v = v << 8 | (unsigned char)w[i];
	return v;
}

/* Open addressing, a quarter full; 0 (no word packs to it) is empty. */
#define ABBR_SLOT_BITS 8
static uint32_t abbr_key[1u << ABBR_SLOT_BITS];
static unsigned char abbr_kind[1u << ABBR_SLOT_BITS];

static unsigned abbr_slot(uint32_t x)
{
	return (x * 0x9e3779b1u) >> (32 - ABBR_SLOT_BITS);
}

static void abbr_add(const char *w, unsigned char kind)
{
	uint32_t x = pack4(w, strlen(w));
	unsigned h = abbr_slot(x);
	while (abbr_key[h] && abbr_key[h] != x)
		h = (h + 1) & ((1u << ABBR_SLOT_BITS) - 1);
	abbr_key[h] = x;
	abbr_kind[h] = kind;
}

static void pack_abbreviations(void)
{
	for (size_t i = 0;
	     i < sizeof leading_abbreviations / sizeof *leading_abbreviations;
	     i++)
		abbr_add(leading_abbreviations[i], ABBR_LEADS);
	for (size_t i = 0;
	     i < sizeof closing_abbreviations / sizeof *closing_abbreviations;
	     i++)
		abbr_add(closing_abbreviations[i], ABBR_ENDS);
}

/* The ABBR_* kind of a normalised word; a single byte (a letter or a
 * digit: "J.", "Plan B.", "No. 3.") closes like ABBR_ENDS. */
static int abbreviation_kind(const char *w, size_t len)
{
	if (len == 1)
		return ABBR_ENDS;
	if (len > 4 || len == 0)
		return ABBR_NONE;
	uint32_t x = pack4(w, len);
	for (unsigned h = abbr_slot(x); abbr_key[h];
	     h = (h + 1) & ((1u << ABBR_SLOT_BITS) - 1))
		if (abbr_key[h] == x)
			return abbr_kind[h];
	return ABBR_NONE;
}

/* Sentence openers: after an abbreviation that may close a sentence, a
 * capitalised word from this list starts the next one. Function words
 * only (articles, pronouns, conjunctions, prepositions): a capitalised
 * noun after "U.S." is more often a name ("U.S. Senate") than a new
 * sentence. Single letters ("A", "I") are left out: after "J." they are
 * more often another initial. At most eight letters: a word is looked up
 * packed in a 64-bit integer. */
static const char openers[][9] = {
    "after",   "also",   "although", "an",   "and",   "as",     "at",
    "because", "before", "both",     "but",  "by",    "during", "each",
    "for",     "from",   "he",       "her",  "here",  "his",    "how",
    "however", "if",     "in",       "it",   "its",   "many",   "most",
    "my",      "now",    "on",       "once", "our",   "she",    "since",
    "so",      "some",   "still",    "that", "the",   "their",  "then",
    "there",   "these",  "they",     "this", "those", "though", "to",
    "under",   "we",     "what",     "when", "where", "which",  "while",
    "why",     "with",   "yet",      "you",  "your",
};

#define OPENER_SLOT_BITS 8
static uint64_t opener_key[1u << OPENER_SLOT_BITS];

static unsigned opener_slot(uint64_t x)
{
	return (unsigned)((x * 0x9e3779b97f4a7c15ULL) >>
	                  (64 - OPENER_SLOT_BITS));
}

static void pack_openers(void)
{
	for (size_t i = 0; i < sizeof openers / sizeof *openers; i++) {
		uint64_t x = 0;
		memcpy(&x, openers[i], strlen(openers[i]));
		unsigned h = opener_slot(x);
		while (opener_key[h])
			h = (h + 1) & ((1u << OPENER_SLOT_BITS) - 1);
		opener_key[h] = x;
	}
}

/* Whether the word at s[i] (NUL-terminated text) is a sentence opener
 * written with a capital: its ASCII letters, not followed by another
 * letter, a digit or a non-ASCII byte, are an opener ("It's" is "It"). Read
 * from the text, so that both scans decide alike. */
static __attribute__((noinline)) bool opener_at(const unsigned char *s,
                                                size_t i)
{
	if (!(s[i] >= 'A' && s[i] <= 'Z'))
		return false;
	char w[8] = {0};
	size_t n = 0;
	while (n < 9 && ascii_word[s[i + n]] >= 'a') {
		if (n < 8)
			w[n] = (char)ascii_word[s[i + n]];
		n++;
	}
	unsigned char c = s[i + n];
	if (n < 2 || n > 8 || ascii_word[c] || c >= 0x80)
		return false;
	uint64_t x;
	memcpy(&x, w, 8);
	for (unsigned h = opener_slot(x); opener_key[h];
	     h = (h + 1) & ((1u << OPENER_SLOT_BITS) - 1))
		if (opener_key[h] == x)
			return true;
	return false;
}

/* Initialisms: single ASCII letters, each followed by a period, at least
 * two ("U.S.", "e.g.", "D.C.", "a.m."; the last period may be missing:
 * "N.R.A"). One token, normalised to its lower-case letters each with a
 * period ("u.s.", "n.r.a."): never the word "us". */
static inline bool ascii_letter(unsigned char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26;
}

/* Whether s[k] is a letter that stands alone: followed by a period or by
 * a character no word goes on with ("S's", "S’s", "S-led" go on). */
static inline bool lone_letter(const unsigned char *s, size_t k, size_t len)
{
	if (!ascii_letter(s[k]))
		return false;
	unsigned char c = s[k + 1];
	if (c == '.')
		return true;
	if (c < 0x80)
		return !ascii_word[c] &&
		       !((c == '\'' || c == '-') && word_at(s, k + 2, len));
	int32_t cp;
	size_t m;
	enum slant_char_class cl = class_at(s, k + 1, len, &cp, &m);
	if (cl == SLANT_CH_WORD || cl == SLANT_CH_IGNORABLE)
		return false;
	return !((cl == SLANT_CH_APOS || cl == SLANT_CH_HYPHEN) &&
	         word_at(s, k + 1 + m, len));
}

/* The end of the initialism starting at s[i] (a letter followed by '.'
 * at the start of a word; s[len] is NUL): after its last period, or its
 * last letter when that has none. 0 when there is a single letter. */
static __attribute__((noinline)) size_t initialism_end(const unsigned char *s,
                                                       size_t i, size_t len)
{
	size_t j = i + 1, n = 1; /* s[j]: the period after a letter */
	while (s[j] == '.' && lone_letter(s, j + 1, len)) {
		j += 2;
		n++;
	}
	if (n < 2)
		return 0;
	return s[j] == '.' ? j + 1 : j;
}

/* The ABBR_* kind of token t of text (abbreviation_kind of its
 * normalised form). ASCII spellings normalise to their lower case, so
 * only other tokens need their type's word, or with a filter (where the
 * type may be the empty word) a normalisation. */
static int abbreviation_token(struct slant_tokenizer *tk, const char *text,
                              const struct slant_token *t)
{
	const char *w = text + t->offset;
	size_t n = t->length;
	bool ascii = true;
	for (size_t k = 0; k < n && ascii; k++)
		ascii = (unsigned char)w[k] < 0x80;
	if (ascii) {
		if (n > 4)
			return ABBR_NONE;
		char low[4];
		for (size_t k = 0; k < n; k++)
			low[k] = w[k] >= 'A' && w[k] <= 'Z'
			             ? (char)(w[k] - 'A' + 'a')
			             : w[k];
		return abbreviation_kind(low, n);
	}
	if (!tk->keep || t->type != tk->other) {
		size_t wl;
		const char *nw = slant_vocab_word(tk->vocab, t->type, &wl);
		return abbreviation_kind(nw, wl);
	}
	slant_buf_reset(&tk->norm);
	slant_unicode_normalize(w, n, &tk->norm);
	return abbreviation_kind(tk->norm.data, tk->norm.len);
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

static uint32_t intern_raw(struct slant_tokenizer *tk, const char *raw,
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
		    tk->norm.len
		        ? type_of(tk, tk->norm.data, tk->norm.len,
		                  slant_hash_bytes(tk->norm.data, tk->norm.len))
		        : RAW_EMPTY;
	}
	return tk->raw_type[rid];
}

/* The set of the word with halves lo and hi. */
static inline struct front *front_set(struct slant_tokenizer *tk, uint64_t lo,
                                      uint64_t hi)
{
	return &tk->front[front_hash(lo, hi) >> (64 - FRONT_SET_BITS)];
}

/* The word goes first; the other way keeps the one it displaces. */
static inline void front_put(struct front *f, uint64_t lo, uint64_t hi,
                             uint32_t t)
{
	f->lo[1] = f->lo[0];
	f->hi[1] = f->hi[0];
	f->type[1] = f->type[0];
	f->lo[0] = lo;
	f->hi[0] = hi;
	f->type[0] = t;
}

/* A word that is not in its set's first way: the second way, or the
 * vocabulary; it becomes the set's first. Out of line: 2.4% of the words
 * on allsides. */
static __attribute__((noinline)) uint32_t front_miss(struct slant_tokenizer *tk,
                                                     struct front *f, size_t m,
                                                     uint64_t lo, uint64_t hi)
{
	uint32_t t;
	if (f->lo[1] == lo && f->hi[1] == hi) {
		t = f->type[1];
	} else {
		/* The word's bytes are its halves. */
		char low[16];
		memcpy(low, &lo, 8);
		memcpy(low + 8, &hi, 8);
		t = type_of(tk, low, m, slant_hash_16(lo, hi, m));
	}
	front_put(f, lo, hi, t);
	return t;
}

/* The type of a word with non-ASCII characters by its raw spelling, or
 * RAW_EMPTY. One of up to 16 bytes is kept in the front cache by its raw
 * bytes: no lowered ASCII word has those (a raw spelling holds a byte
 * outside a-z 0-9 ' - . ,), so the two kinds of keys never meet. */
static uint32_t intern_unicode(struct slant_tokenizer *tk, const char *raw,
                               size_t len)
{
	if (len > 16)
		return intern_raw(tk, raw, len);
	uint64_t lo, hi;
	slant_word_halves(raw, len, &lo, &hi);
	struct front *f = front_set(tk, lo, hi);
	if (f->lo[0] == lo && f->hi[0] == hi)
		return f->type[0];
	uint32_t t = f->lo[1] == lo && f->hi[1] == hi
	                 ? f->type[1]
	                 : intern_raw(tk, raw, len);
	front_put(f, lo, hi, t);
	return t;
}

/* The type of a lowered ASCII word of m bytes (1 <= m <= 16) whose bytes
 * 0-7 and 8-15 are lo and hi, zero past the word: from the front cache,
 * whose hot lines stay in the L2 cache, unlike the vocabulary's table. The
 * set is a multiplicative hash of the halves (two multiplies); the
 * vocabulary's hash is computed only on a miss. sieved: the word is one
 * the sieve meets (letters and digits, m < 16). */
static inline __attribute__((always_inline)) uint32_t
intern_ascii(struct slant_tokenizer *tk, size_t m, uint64_t lo, uint64_t hi,
             bool sieved)
{
	struct front *f = front_set(tk, lo, hi);
	if (sieved && tk->sieve) {
		/* A word the sieve stops looks up, as the key 0 (which no
		 * word has), a set of its own that always answers tk->other,
		 * chosen without a branch: half the words pass, so a branch
		 * would mispredict often, and the set is always in the L1
		 * cache where the word's own set, for a rare word, is not
		 * even in the L2. */
		uint64_t pass = sieve_pass(tk->sieve, lo, m);
		f = pass ? f : &tk->sieved_out;
		lo &= -pass;
		hi &= -pass;
	}
	if (__builtin_expect(f->lo[0] == lo && f->hi[0] == hi, 1))
		return f->type[0];
	return front_miss(tk, f, m, lo, hi);
}

#ifdef HAVE_SSE2_SCAN
/* 16 bytes from keep16 + 16 - n keep the first n bytes of a vector. */
static const unsigned char keep16[32] = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0,    0,    0,    0,    0,    0,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0};

/* Bit k (k < 16) set when p[k] is an ASCII letter or digit; *lowered gets
 * the 16 bytes with bit 0x20 set, which lowers the capitals and leaves the
 * other letters and the digits as they are (only those bytes are used).
 * A range test is an add that moves the range to the bottom of the signed
 * bytes and one signed compare. */
static inline unsigned ascii_word_mask16(const unsigned char *p,
                                         __m128i *lowered)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
	__m128i letter =
	    _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(0x80 - 'a')),
	                   _mm_set1_epi8(-128 + 26));
	__m128i digit =
	    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')),
	                   _mm_set1_epi8(-128 + 10));
	*lowered = folded;
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
}
#endif

/* The end of the ASCII word starting at s[i] (an ASCII letter or digit):
 * letters and digits, ' and - between two of them, . and , between two
 * digits. The lowered bytes go to low[i .. end) (low has 16 bytes of room
 * past len; bytes past the end may be written too). s[len] is '\0'. */
static inline size_t scan_ascii(const unsigned char *s, size_t i, size_t len,
                                char *low)
{
	for (;;) {
#ifdef HAVE_SSE2_SCAN
		/* 16 bytes a step: one step for nearly every word. */
		while (i + 16 <= len) {
			__m128i lowered;
			unsigned mask = ascii_word_mask16(s + i, &lowered);
			_mm_storeu_si128((__m128i *)(void *)(low + i), lowered);
			unsigned run = (unsigned)__builtin_ctz(~mask);
			i += run;
			if (run < 16)
				goto joiner;
		}
#endif
		while (ascii_word[s[i]]) {
			low[i] = (char)ascii_word[s[i]];
			i++;
		}
#ifdef HAVE_SSE2_SCAN
	joiner:
#endif
		if (((s[i] == '\'' || s[i] == '-') && ascii_word[s[i + 1]]) ||
		    ((s[i] == '.' || s[i] == ',') && digit_at(s, i - 1, len) &&
		     digit_at(s, i + 1, len))) {
			low[i] = (char)s[i];
			i++;
			continue;
		}
		return i;
	}
}

#ifdef HAVE_SSE2_SCAN
/* Whether the word at s[i] (an ASCII letter or digit; i + 16 <= len) is
 * simple: shorter than 16 bytes and ended by a space or by punctuation
 * that cannot join ("word." and "word," too, unless the mark stands
 * between two digits, "3.5", or the word may be the first letter of an
 * initialism, "U.S.": a letter, a period and a letter). Then *run is its
 * length, *lo and *hi its lowered halves. Most words are. */
static inline __attribute__((always_inline)) bool
simple_word(const unsigned char *s, size_t i, size_t len, unsigned *run,
            uint64_t *lo, uint64_t *hi)
{
	__m128i v;
	unsigned mask = ascii_word_mask16(s + i, &v);
	unsigned r = (unsigned)__builtin_ctz(~mask);
	unsigned char c = s[i + r];
	if (!(r < 16 &&
	      (clean_end[c] ||
	       ((c == '.' || c == ',') &&
	        !(digit_at(s, i + r - 1, len) && digit_at(s, i + r + 1, len)) &&
	        !(r == 1 && c == '.' && ascii_letter(s[i + 2]))))))
		return false;
	v = _mm_and_si128(
	    v,
	    _mm_loadu_si128((const __m128i *)(const void *)(keep16 + 16 - r)));
	*run = r;
	*lo = (uint64_t)_mm_cvtsi128_si64(v);
	*hi = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v));
	return true;
}

#endif

/* ---- the pass ---- */

/* Events between two words, applied to the next word's flags. */
enum {
	P_SENT = 1,   /* a sentence end: the next word may start a sentence */
	P_FORCE = 2,  /* the next word starts a sentence, whatever its case */
	P_CLAUSE = 4, /* a clause break */
	P_PARA = 8,   /* a paragraph break */
	P_FIRST = 16, /* no word yet */
	P_ABBR = 32   /* a period after an abbreviation that may close a
	                 sentence: the next word starts one if it is an
	                 opener (opener_at) */
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
		/* "it. this" does not start a sentence; "it. This" does. */
		int32_t cp;
		size_t k;
		class_at(s, start, end, &cp, &k);
		starts = !(cp >= 'a' && cp <= 'z');
		if (starts && cp >= 0x80)
			starts = slant_unicode_is_upper(cp) ||
			         !(cp >= 0x80 && cp < 0x250);
	} else if (!starts && (p->pend & P_ABBR)) {
		starts = opener_at(s, start);
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

/* Out of line: the check in emit is then two loads and a compare. */
static __attribute__((noinline)) void grow_tokens(struct slant_tokens *out)
{
	SLANT_GROW(&out->v, &out->cap, out->n + 1);
}

static inline void emit(struct slant_tokenizer *tk, struct pass *p,
                        const unsigned char *s, size_t start, size_t end,
                        uint32_t type)
{
	uint32_t flags = tk->qdepth > 0 ? SLANT_TOK_QUOTED : 0;
	if (p->pend)
		flags |= event_flags(p, s, start, end);
	struct slant_tokens *out = p->out;
	if (__builtin_expect(out->n == out->cap, 0))
		grow_tokens(out);
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

#ifdef HAVE_SSE2_SCAN
/* The events of ". " after a lowered ASCII word of at most four bytes
 * whose first 8 bytes are lo (zero padded), the next word at s[next]:
 * a sentence end unless the word is an abbreviation (abbreviation_kind).
 * Out of line: a call in the loop of run_of_words is cheaper there than
 * the lookup's code. */
static __attribute__((noinline)) unsigned
period_after_short(const unsigned char *s, size_t next, uint64_t lo,
                   unsigned run)
{
	char w[8];
	memcpy(w, &lo, 8);
	int kind = abbreviation_kind(w, run);
	return kind == ABBR_NONE || (kind == ABBR_ENDS && opener_at(s, next))
	           ? P_SENT | P_CLAUSE
	           : 0;
}
#endif

#ifdef HAVE_SSE2_SCAN
/* The simple words that follow the last token, from s[i] (an ASCII letter
 * or digit), one space apart or with a clause mark (", " "; " ": ") or a
 * period (". ") between two. Only those events happen between them, so
 * each is the last token's paragraph, quoted as it is, and its sentence
 * and flags follow from the marks as in the pass (event_flags): their
 * tokens are written here with the state in registers. Returns where it
 * stopped: after a word (*after_word), or at the start of a word that is
 * not simple, with the events of the marks before it in p->pend. */
static size_t run_of_words(struct slant_tokenizer *tk, struct pass *p,
                           const unsigned char *s, size_t i, size_t len,
                           bool *after_word)
{
	struct slant_tokens *out = p->out;
	const struct slant_token *last = &out->v[out->n - 1];
	uint32_t sentence = p->sentence;
	const uint32_t paragraph = last->paragraph;
	const uint32_t quoted = last->flags & SLANT_TOK_QUOTED;
	size_t n = out->n, n0 = n;
	unsigned pend = 0; /* P_SENT, P_CLAUSE */
	*after_word = false;
	while (i + 16 <= len) {
		unsigned run;
		uint64_t lo, hi;
		if (!simple_word(s, i, len, &run, &lo, &hi))
			break;
		uint32_t flags = quoted;
		if (pend) {
			flags |= SLANT_TOK_CLAUSE_START;
			/* "it. this" does not start a sentence. */
			if ((pend & P_SENT) && !(s[i] >= 'a' && s[i] <= 'z')) {
				sentence++;
				flags |= SLANT_TOK_SENT_START;
			}
			pend = 0;
		}
		uint32_t type = intern_ascii(tk, run, lo, hi, true);
		if (__builtin_expect(n == out->cap, 0)) {
			out->n = n;
			grow_tokens(out);
		}
		out->v[n++] = (struct slant_token){
		    (uint32_t)i, run, type, sentence, paragraph, flags,
		};
		i += run;
		unsigned char c = s[i];
		if (c == ' ' && ascii_word[s[i + 1]]) {
			i++;
			continue;
		}
		bool clause = ascii_class[c] == SLANT_CH_CLAUSE;
		if (!(clause || c == '.') || s[i + 1] != ' ' ||
		    !ascii_word[s[i + 2]]) {
			*after_word = true;
			break;
		}
		/* After an abbreviation a period does nothing, or lets
		 * an opener start a sentence: the next word is known
		 * here, so the pass's P_ABBR is decided at once (an
		 * opener is capitalised: P_SENT starts it). */
		if (clause)
			pend = P_CLAUSE;
		else if (run > 4)
			pend = P_SENT | P_CLAUSE;
		else
			pend = period_after_short(s, i + 2, lo, run);
		i += 2;
	}
	out->n = n;
	out->nquoted += (n - n0) * quoted;
	p->sentence = sentence;
	p->pend = pend;
	return i;
}
#endif

/* The initialism s[start..end) (initialism_end): one token, its letters
 * lowered and each followed by a period, written in low[start..] (which
 * has 16 bytes of room past the text). A final period may end a
 * sentence (P_ABBR). Returns end. */
static __attribute__((noinline)) size_t
initialism(struct slant_tokenizer *tk, struct pass *p, const unsigned char *s,
           size_t start, size_t end, char *lowbuf)
{
	char *low = lowbuf + start;
	size_t m = 0;
	for (size_t k = start; k < end; k++)
		low[m++] = (char)(s[k] == '.' ? '.' : ascii_word[s[k]]);
	if (s[end - 1] != '.')
		low[m++] = '.';
	uint32_t type;
	if (m <= 16) {
		uint64_t lo, hi;
		slant_word_halves(low, m, &lo, &hi);
		type = intern_ascii(tk, m, lo, hi, false);
	} else {
		type = type_of(tk, low, m, slant_hash_bytes(low, m));
	}
	emit(tk, p, s, start, end, type);
	if (s[end - 1] == '.')
		p->pend |= P_ABBR;
	return end;
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
			size_t start = i;
#ifdef HAVE_SSE2_SCAN
			/* Most words: shorter than 16 bytes and ended by a
			 * space or punctuation that cannot join: one vector
			 * gives the end, the lowered bytes and both halves.
			 * The simple words that follow go to run_of_words. */
			unsigned run;
			uint64_t vlo, vhi;
			if (i + 16 <= len &&
			    simple_word(s, i, len, &run, &vlo, &vhi)) {
				emit(tk, &p, s, start, i + run,
				     intern_ascii(tk, run, vlo, vhi, true));
				i += run;
				if (s[i] != ' ' || !ascii_word[s[i + 1]])
					continue;
				bool after_word;
				i = run_of_words(tk, &p, s, i + 1, len,
				                 &after_word);
				if (after_word)
					continue;
				start = i; /* a word that is not simple */
			}
#endif
			i = scan_ascii(s, start, len, lowbuf);
			size_t e;
			if (i == start + 1 && s[i] == '.' &&
			    (e = initialism_end(s, start, len)) != 0) {
				i = initialism(tk, &p, s, start, e, lowbuf);
				continue;
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
			const char *low = lowbuf + start;
			size_t m = i - start;
			uint32_t type;
			if (m <= 16) {
				/* low has 16 bytes of room past any word. */
				uint64_t lo, hi;
				memcpy(&lo, low, 8);
				memcpy(&hi, low + 8, 8);
				size_t nlo = m < 8 ? m : 8;
				lo = slant_first_bytes(lo, nlo);
				hi = slant_first_bytes(hi, m - nlo);
				type = intern_ascii(tk, m, lo, hi, false);
			} else {
				type = type_of(tk, low, m,
				               slant_hash_bytes(low, m));
			}
			emit(tk, &p, s, start, i, type);
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
		/* The commonest first, as tests: a switch's indirect jump
		 * mispredicts on one punctuation mark in three. */
		if (c == SLANT_CH_CLAUSE) {
			/* "U.S., The" is not a sentence start. */
			p.pend = (p.pend & ~(unsigned)P_ABBR) | P_CLAUSE;
			i += k;
			continue;
		}
		if (c == SLANT_CH_SENT_END) {
			if (cp == '.' && out->n > 0) {
				const struct slant_token *last =
				    &out->v[out->n - 1];
				int kind;
				if (last->offset + last->length == i &&
				    (kind = abbreviation_token(
				         tk, text, last)) != ABBR_NONE) {
					if (kind == ABBR_ENDS)
						p.pend |= P_ABBR;
					i += k;
					continue;
				}
			}
			p.pend |= P_SENT | P_CLAUSE;
			i += k;
			continue;
		}
		switch (c) {
		case SLANT_CH_WORD: {
			size_t end = scan_word(s, i, len);
			uint32_t t = intern_unicode(tk, text + i, end - i);
			if (t != RAW_EMPTY)
				emit(tk, &p, s, i, end, t);
			i = end;
			continue;
		}
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
