/* unicode.c: code point classes and normalisation, on top of utf8proc. */
#include "config.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "unicode.h"

size_t slant_utf8_decode(const unsigned char *s, size_t len, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n =
	    utf8proc_iterate(s, len > 4 ? 4 : (utf8proc_ssize_t)len, &c);
	if (n <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)n;
}

size_t slant_utf8_encode(int32_t cp, char *out)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

static int is_arabic_diacritic(int32_t cp)
{
	return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
	       (cp >= 0x06D6 && cp <= 0x06DC) ||
	       (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8 ||
	       (cp >= 0x06EA && cp <= 0x06ED);
}

/* One spelling for letters that Arabic and Persian write differently or
 * that writers use interchangeably (measured in lexicons/README.md):
 *   Farsi yeh U+06CC and alef maksura U+0649 -> yeh U+064A;
 *   keheh U+06A9 -> kaf U+0643;
 *   heh with yeh above U+06C0 (Persian ezafe) -> heh U+0647;
 *   alef with hamza above or below, alef wasla -> bare alef U+0627
 *   (Arabic news leaves out one hamza in ten to a third: اسرائيل beside
 *   إسرائيل). Alef with madda (آ) is kept: folding it too made آمن
 *   (safe) أمن (security), آمين (amen) أمين (secretary) and آية (verse)
 *   أية (any), and Persian writes آ as a letter of its own;
 *   Arabic-Indic and Persian digits -> ASCII digits (٧ and ۷ read 7).
 * The Arabic forms are the canonical ones: they are the Unicode base
 * letters, and Persian sites (Fars News among them) mix them in. */
static int32_t fold_arabic_letter(int32_t cp)
{
	switch (cp) {
	case 0x06CC:
	case 0x0649: return 0x064A;
	case 0x06A9: return 0x0643;
	case 0x06C0: return 0x0647;
	case 0x0623:
	case 0x0625:
	case 0x0671: return 0x0627;
	default: break;
	}
	if (cp >= 0x0660 && cp <= 0x0669)
		return '0' + (cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return '0' + (cp - 0x06F0);
	return cp;
}

static int is_hebrew_point(int32_t cp)
{
	return cp >= 0x0591 && cp <= 0x05C7 && cp != 0x05BE && cp != 0x05C0 &&
	       cp != 0x05C3 && cp != 0x05C6;
}

enum slant_char_class slant_unicode_class(int32_t cp)
{
	switch (cp) {
	case '\n':
	case 0x2028:
	case 0x2029: return SLANT_CH_NEWLINE;
	case '\'':
	case 0x2019:
	case 0x02BC: return SLANT_CH_APOS;
	case '-':
	case 0x2010:
	case 0x2011: return SLANT_CH_HYPHEN;
	case '.':
	case '!':
	case '?':
	case 0x2026:
	case 0x061F:
	case 0x06D4:
	case 0x3002:
	case 0x0964: return SLANT_CH_SENT_END;
	case ',':
	case ';':
	case ':':
	case 0x060C:
	case 0x061B:
	case 0x2014:
	case 0x2013: return SLANT_CH_CLAUSE;
	case 0x201C:
	case 0x201E:
	case 0x00AB:
	case 0x2018:
	case 0x2039:
	case 0x201A: return SLANT_CH_QUOTE_OPEN;
	case 0x201D:
	case 0x00BB:
	case 0x203A: return SLANT_CH_QUOTE_CLOSE;
	case '"': return SLANT_CH_QUOTE_BOTH;
	case 0x0640:
	case 0x00AD:
	case 0x200C:
	case 0x200D:
	case 0xFEFF: return SLANT_CH_IGNORABLE;
	default: break;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: return SLANT_CH_WORD;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC: return SLANT_CH_SPACE;
	case UTF8PROC_CATEGORY_CF: return SLANT_CH_IGNORABLE;
	default: return SLANT_CH_OTHER;
	}
}

int slant_unicode_is_upper(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* A custom mapping hook for utf8proc: fold apostrophe look-alikes to ' before
 * decomposition, so that "don’t" and "don't" are one word. */
static utf8proc_int32_t fold_apostrophe(utf8proc_int32_t cp, void *data)
{
	(void)data;
	if (cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == 0xFF07)
		return '\'';
	if (cp == 0x2010 || cp == 0x2011)
		return '-';
	return cp;
}

void slant_unicode_normalize(const char *s, size_t len, struct slant_buf *out)
{
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t n = utf8proc_map_custom(
	    (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &mapped,
	    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
	        UTF8PROC_CASEFOLD | UTF8PROC_IGNORE,
	    fold_apostrophe, NULL);
	if (n < 0) {
		/* Invalid UTF-8: normalise what decodes, replace the rest. */
		size_t i = 0;
		struct slant_buf fixed;
		slant_buf_init(&fixed);
		while (i < len) {
			int32_t cp;
			size_t k = slant_utf8_decode(
			    (const unsigned char *)s + i, len - i, &cp);
			char enc[4];
			size_t m = slant_utf8_encode(cp, enc);
			slant_buf_append(&fixed, enc, m);
			i += k;
		}
		slant_unicode_normalize(fixed.data, fixed.len, out);
		slant_buf_release(&fixed);
		return;
	}
	/* Drop diacritics that carry no lexical difference for matching, and
	 * fold the Arabic-script letters that Arabic and Persian text (and
	 * keyboards) use for one another. After composition, so that a
	 * decomposed alef and hamza is folded like the composed letter. */
	const unsigned char *p = mapped;
	size_t i = 0, m = (size_t)n;
	slant_buf_reserve(out, m);
	while (i < m) {
		int32_t cp;
		size_t k = slant_utf8_decode(p + i, m - i, &cp);
		if (cp < 0x0590) {
			slant_buf_append(out, p + i, k);
		} else if (!(cp == 0x0640 || is_arabic_diacritic(cp) ||
		             is_hebrew_point(cp))) {
			int32_t f = fold_arabic_letter(cp);
			if (f == cp) {
				slant_buf_append(out, p + i, k);
			} else {
				char enc[4];
				size_t el = slant_utf8_encode(f, enc);
				slant_buf_append(out, enc, el);
			}
		}
		i += k;
	}
	free(mapped);
}
