/* unicode.h: the Unicode layer of the tokenizer, the only module that uses
 * utf8proc. Everything that compares words (text tokens, lexicon entries)
 * goes through slant_unicode_normalize so both sides see the same form.
 */
#ifndef SLANT_UNICODE_H
#define SLANT_UNICODE_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"

/* What a code point means to the tokenizer. */
enum slant_char_class {
	SLANT_CH_OTHER = 0, /* symbols, other punctuation */
	SLANT_CH_WORD,      /* letters, marks, digits: the body of a word */
	SLANT_CH_SPACE,     /* white space other than a line feed */
	SLANT_CH_NEWLINE,   /* U+000A, U+2028, U+2029 */
	SLANT_CH_APOS, /* ' and ’ (apostrophe inside a word, else maybe a quote)
	                */
	SLANT_CH_HYPHEN,      /* - and Unicode hyphens: kept inside a word */
	SLANT_CH_SENT_END,    /* . ! ? … and their Arabic-script forms */
	SLANT_CH_CLAUSE,      /* , ; : and their Arabic-script forms */
	SLANT_CH_QUOTE_OPEN,  /* “ „ « ‘ ‹ ‚ */
	SLANT_CH_QUOTE_CLOSE, /* ” » › (’ is SLANT_CH_APOS) */
	SLANT_CH_QUOTE_BOTH,  /* " (opens or closes by state) */
	SLANT_CH_IGNORABLE /* tatweel, zero-width joiners, soft hyphen: skipped
	                      inside words */
};

/* Decode one UTF-8 sequence at s[0..len) (len >= 1). Returns its length in
 * bytes and stores the code point in *cp; an invalid sequence returns 1 and
 * stores U+FFFD. */
size_t slant_utf8_decode(const unsigned char *s, size_t len, int32_t *cp);

/* Encode cp as UTF-8 into out (4 bytes room); returns the length. */
size_t slant_utf8_encode(int32_t cp, char *out);

/* The tokenizer class of a code point (ASCII included). */
enum slant_char_class slant_unicode_class(int32_t cp);

/* Append the normalised form of the word s[0..len) to out:
 *   - NFKC and full case folding;
 *   - default-ignorable code points removed: a zero-width non-joiner
 *     inside a Persian word joins its parts;
 *   - ’ and other apostrophes read as ';
 *   - Arabic diacritics (harakat, U+064B-U+065F, U+0670) and tatweel
 *     (U+0640) removed; Hebrew points and cantillation (U+0591-U+05C7
 *     except maqaf) removed;
 *   - the Arabic-script letters Arabic and Persian spell differently
 *     folded to one: Farsi yeh and alef maksura to yeh, keheh to kaf,
 *     heh with yeh above to heh, alef with hamza (not madda) to bare alef;
 *     Arabic-Indic and Persian digits to ASCII digits.
 * Invalid UTF-8 is replaced by U+FFFD. */
void slant_unicode_normalize(const char *s, size_t len, struct slant_buf *out);

/* Whether cp is an uppercase or titlecase letter (for sentence starts). */
int slant_unicode_is_upper(int32_t cp);

#endif
