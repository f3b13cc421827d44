/* tokenize.h: text to tokens. A token is a byte span into the original
 * text plus the vocabulary id of its normalised form (see unicode.h), the
 * sentence and paragraph it belongs to, and whether it is in the outlet's
 * own voice or inside quotation marks.
 *
 * Words: runs of letters, marks and digits; an apostrophe (' or ’) or a
 * hyphen between two word characters stays inside the word ("don't",
 * "well-known"), as does a '.' or ',' between two digits ("3.5", "15,000").
 * An initialism, two or more single ASCII letters each followed by a
 * period ("U.S.", "e.g."; the last period may be missing, "N.R.A"), is
 * one word, normalised to lower case with a period after each letter
 * ("u.s.", "n.r.a."), and spans its last period.
 * ASCII words take a fast path (on x86-64, one SSE2 vector gives a word's
 * end, its lowered bytes and its two halves for the hash and the front
 * cache; a byte table elsewhere, with the same result); words with other
 * bytes are normalised once per distinct spelling.
 *
 * Quotes: “ ” „ « » ‹ › ‘ ’ and " open and close quoted speech, nested
 * to any depth. ’ between letters is an apostrophe; ‘ after a letter is
 * not a quote. A quotation left open at the end of a paragraph continues
 * when the next paragraph opens with a quotation mark (the newspaper
 * convention) and ends otherwise, so one stray mark never quotes the rest
 * of an article.
 *
 * Sentences end at . ! ? … ؟ ۔ when the next word does not start with a
 * lower-case letter, except after an abbreviation: never after a title
 * ("Mr.", "Gen."); after one that can close a sentence ("Inc.", "Jr.",
 * "Jan."), a single letter or an initialism ("U.S."), only before a
 * capitalised sentence opener ("The", "He", "But"). Paragraphs end at
 * blank lines and also end a sentence.
 */
#ifndef SLANT_TOKENIZE_H
#define SLANT_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vocab.h"

enum {
	SLANT_TOK_QUOTED = 1u << 0,     /* inside quotation marks */
	SLANT_TOK_SENT_START = 1u << 1, /* first token of a sentence */
	SLANT_TOK_PARA_START = 1u << 2, /* first token of a paragraph */
	SLANT_TOK_CLAUSE_START =
	    1u << 3 /* first after , ; : — or a sentence start */
};

struct slant_token {
	uint32_t offset;    /* first byte in the text */
	uint32_t length;    /* bytes in the text (not of the normalised form) */
	uint32_t type;      /* vocabulary id of the normalised form */
	uint32_t sentence;  /* 0-based sentence number in the document */
	uint32_t paragraph; /* 0-based paragraph number in the document */
	uint32_t flags;     /* SLANT_TOK_* */
};

/* The tokens of one document; reused between documents (no allocation in
 * steady state). */
struct slant_tokens {
	struct slant_token *v;
	size_t n, cap;
	size_t nquoted; /* tokens with SLANT_TOK_QUOTED */
	uint32_t nsentences;
	uint32_t nparagraphs;
};

void slant_tokens_init(struct slant_tokens *t);
void slant_tokens_release(struct slant_tokens *t);

struct slant_tokenizer;

/* A tokenizer interning into vocab (borrowed: it must outlive the
 * tokenizer). Not thread-safe; use one per thread with its own vocab. */
struct slant_tokenizer *slant_tokenizer_new(struct slant_vocab *vocab);
void slant_tokenizer_free(struct slant_tokenizer *tk);

/* Which words a caller needs types of: keep(ctx, word, len, hash) with a
 * normalised word and its slant_hash_bytes. */
typedef bool (*slant_word_filter)(const void *ctx, const char *word, size_t len,
                                  uint64_t hash);

/* From now on, words for which keep returns false all get the type of the
 * empty word (interned when this is called), so the vocabulary and every
 * table indexed by type hold only the words the caller can use: for slant
 * score, the words a lexicon can match (slant_matcher_can_match), a few
 * thousand types instead of every word of the corpus. keep is asked once
 * for most words (a cache keeps the answer) and may be asked again.
 * ctx is borrowed. */
void slant_tokenizer_filter(struct slant_tokenizer *tk, slant_word_filter keep,
                            const void *ctx);

/* A word sieve: an 8 KiB table that lets the tokenizer give most of the
 * words a filter refuses their type without asking the filter or its own
 * cache, whose lines for rare words are far from the CPU. It holds the
 * exact words, prefixes and suffixes the filter keeps, and meets only
 * words of ASCII letters and digits of at most 15 bytes: such a word
 * passes when an exact word has its length and first three bytes, or a
 * prefix its first three bytes (or two, for a prefix of two). Some other
 * words pass too, and are asked as before. So every word the filter keeps
 * must be added; slant_word_sieve_every makes every word pass (a suffix
 * of letters and digits, a prefix of one byte). */
struct slant_word_sieve;
struct slant_word_sieve *slant_word_sieve_new(void);
void slant_word_sieve_free(struct slant_word_sieve *sv);
void slant_word_sieve_word(struct slant_word_sieve *sv, const char *w,
                           size_t len);
void slant_word_sieve_prefix(struct slant_word_sieve *sv, const char *p,
                             size_t len);
void slant_word_sieve_suffix(struct slant_word_sieve *sv, const char *x,
                             size_t len);
void slant_word_sieve_every(struct slant_word_sieve *sv);
/* Whether the normalised word w[0..len) passes (every word the sieve does
 * not meet does). */
bool slant_word_sieve_passes(const struct slant_word_sieve *sv, const char *w,
                             size_t len);

/* After slant_tokenizer_filter: words of ASCII letters and digits that
 * fail sv get the filter's empty type directly. sv is borrowed; NULL
 * turns the sieve off. */
void slant_tokenizer_sieve(struct slant_tokenizer *tk,
                           const struct slant_word_sieve *sv);

/* Tokenize text[0..len) into out (replacing its contents). text[len] must
 * be '\0' (the fast path relies on it as a sentinel). Texts of 4 GiB or
 * more are not supported: the caller checks. */
void slant_tokenize(struct slant_tokenizer *tk, const char *text, size_t len,
                    struct slant_tokens *out);

/* Tokenize a short NUL-terminated string (a lexicon entry) with a fresh
 * quote state; convenience for parsers and tests. */
void slant_tokenize_string(struct slant_tokenizer *tk, const char *s,
                           struct slant_tokens *out);

#endif
