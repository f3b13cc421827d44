/* language.c: an article's language, and which schemes apply to it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"

void slant_language_code(const char *s, char out[16])
{
	size_t n = 0;
	out[0] = '\0';
	if (!s)
		return;
	while (*s == ' ' || *s == '\t')
		s++;
	for (; *s && *s != '-' && *s != '_' && *s != ' '; s++) {
		char c = *s;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c < 'a' || c > 'z' || n == 15) {
			out[0] = '\0'; /* not a code: unknown */
			return;
		}
		out[n++] = c;
	}
	out[n] = '\0';
}

/* Primary subtags by script; a short list of the languages news corpora
 * come in, enough to tell a Latin-script text from Arabic-script
 * lexicons. */
static const struct {
	const char *codes;
	enum slant_script script;
} script_table[] = {
    {" ar fa ur ps ckb sd ug ", SLANT_SCRIPT_ARABIC},
    {" en de fr es it pt nl tr pl sv da no nb nn fi cs sk ro hu id ms vi ca "
     "hr sl et lv lt sq az uz sw tl ga cy eu gl is mt af so ha yo ",
     SLANT_SCRIPT_LATIN},
    {" ru uk bg be mk kk ky tg mn ", SLANT_SCRIPT_CYRILLIC},
    {" el ", SLANT_SCRIPT_GREEK},
    {" he yi ", SLANT_SCRIPT_HEBREW},
};

enum slant_script slant_language_script(const char *code)
{
	char c[16], pad[20];
	slant_language_code(code, c);
	if (!c[0])
		return SLANT_SCRIPT_UNKNOWN;
	snprintf(pad, sizeof pad, " %s ", c);
	for (size_t i = 0; i < sizeof script_table / sizeof *script_table; i++)
		if (strstr(script_table[i].codes, pad))
			return script_table[i].script;
	return SLANT_SCRIPT_UNKNOWN;
}

void slant_language_detect(const char *text, size_t len,
                           struct slant_language *out)
{
	memset(out, 0, sizeof *out);
	out->source = SLANT_LANG_DETECTED;
	/* Letters by script, from lead bytes (two-byte sequences cover the
	 * scripts below; others count as "other" letters when they are
	 * in the letter-heavy three-byte blocks, and punctuation and
	 * symbols do not count). */
	size_t latin = 0, arabic = 0, cyrillic = 0, greek = 0, hebrew = 0,
	       other = 0, persian = 0, teh_marbuta = 0;
	const unsigned char *s = (const unsigned char *)text;
	size_t n = len < SLANT_LANGUAGE_SAMPLE ? len : SLANT_LANGUAGE_SAMPLE;
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (c < 0x80) {
			latin += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
			continue;
		}
		if (c < 0xC0)
			continue; /* continuation byte */
		unsigned d = i + 1 < len ? s[i + 1] : 0;
		if (c >= 0xC3 && c <= 0xC9) {
			latin++; /* U+00C0-U+027F */
		} else if (c == 0xCE || c == 0xCF) {
			greek++;
		} else if (c >= 0xD0 && c <= 0xD3) {
			cyrillic++;
		} else if (c == 0xD7) {
			hebrew++;
		} else if (c >= 0xD8 && c <= 0xDB) {
			/* U+0600-U+06FF; the letters only Persian uses
			 * (پ U+067E, چ U+0686, ژ U+0698, گ U+06AF) and
			 * the one only Arabic uses (ة U+0629). */
			arabic++;
			persian += (c == 0xD9 && d == 0xBE) ||
			           (c == 0xDA &&
			            (d == 0x86 || d == 0x98 || d == 0xAF));
			teh_marbuta += c == 0xD8 && d == 0xA9;
		} else if (c == 0xDD) {
			arabic++; /* Arabic supplement */
		} else if (c == 0xEF && (d >= 0xAD && d <= 0xBB)) {
			arabic++; /* presentation forms (and a few others) */
		} else if (c == 0xE0 || c == 0xE1 || (c >= 0xE3 && c <= 0xED)) {
			other++; /* Indic, Thai, CJK, Hangul ... */
		}
	}
	size_t total = latin + arabic + cyrillic + greek + hebrew + other;
	if (!total)
		return;
		/* A clear majority: two thirds of the letters. */
#define MAJORITY(x) (3 * (x) >= 2 * total)
	if (MAJORITY(arabic)) {
		out->script = SLANT_SCRIPT_ARABIC;
		memcpy(out->code, persian > teh_marbuta ? "fa" : "ar", 3);
	} else if (MAJORITY(latin)) {
		out->script = SLANT_SCRIPT_LATIN;
	} else if (MAJORITY(cyrillic)) {
		out->script = SLANT_SCRIPT_CYRILLIC;
	} else if (MAJORITY(greek)) {
		out->script = SLANT_SCRIPT_GREEK;
	} else if (MAJORITY(hebrew)) {
		out->script = SLANT_SCRIPT_HEBREW;
	}
#undef MAJORITY
}

void slant_language_of(const struct slant_article *a, const char *forced,
                       struct slant_language *out)
{
	memset(out, 0, sizeof *out);
	const char *given = forced && forced[0] ? forced : NULL;
	out->source = SLANT_LANG_FORCED;
	if (!given) {
		given = slant_article_field(a, "lang");
		if (!given || !given[0])
			given = slant_article_field(a, "language");
		out->source = SLANT_LANG_FIELD;
	}
	if (given && given[0]) {
		slant_language_code(given, out->code);
		out->script = slant_language_script(out->code);
		return;
	}
	slant_language_detect(a->text, a->text_len, out);
}

bool slant_language_applies_code(const char *code, enum slant_script script,
                                 const struct slant_language *l)
{
	if (!code[0])
		return true;
	if (l->code[0])
		return strcmp(code, l->code) == 0;
	if (l->script && script)
		return script == l->script;
	return true;
}

bool slant_language_applies(const char *scheme_language,
                            const struct slant_language *l)
{
	char c[16];
	slant_language_code(scheme_language, c);
	if (scheme_language[0] && !c[0])
		return true; /* not a code: nothing to compare */
	return slant_language_applies_code(c, slant_language_script(c), l);
}

void slant_language_label(const struct slant_language *l, struct slant_buf *out)
{
	static const char *const names[] = {"",         "Latin", "Arabic",
	                                    "Cyrillic", "Greek", "Hebrew"};
	if (l->code[0])
		slant_buf_puts(out, l->code);
	else if (l->script)
		slant_buf_printf(out, "an unknown language (%s script)",
		                 names[l->script]);
	else
		slant_buf_puts(out, "an unknown language");
}

void slant_language_skips_init(struct slant_language_skips *k)
{
	memset(k, 0, sizeof *k);
}

void slant_language_skips_release(struct slant_language_skips *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].label);
		free(k->v[i].what);
	}
	free(k->v);
	memset(k, 0, sizeof *k);
}

void slant_language_skips_add(struct slant_language_skips *k, const char *label,
                              const char *what, size_t docs)
{
	for (size_t i = 0; i < k->n; i++)
		if (strcmp(k->v[i].label, label) == 0 &&
		    strcmp(k->v[i].what, what) == 0) {
			k->v[i].docs += docs;
			return;
		}
	SLANT_GROW(&k->v, &k->cap, k->n + 1);
	k->v[k->n].label = slant_xstrdup(label);
	k->v[k->n].what = slant_xstrdup(what);
	k->v[k->n].docs = docs;
	k->n++;
}

void slant_language_skips_merge(struct slant_language_skips *into,
                                const struct slant_language_skips *from)
{
	for (size_t i = 0; i < from->n; i++)
		slant_language_skips_add(into, from->v[i].label,
		                         from->v[i].what, from->v[i].docs);
}

static int cmp_skip(const void *a, const void *b)
{
	const struct slant_language_skip *x = a, *y = b;
	int c = strcmp(x->label, y->label);
	return c ? c : strcmp(x->what, y->what);
}

void slant_language_skips_note(const struct slant_language_skips *k,
                               struct slant_buf *out)
{
	if (!k->n)
		return;
	struct slant_language_skip *v = slant_xcalloc(k->n, sizeof *v);
	memcpy(v, k->v, k->n * sizeof *v);
	qsort(v, k->n, sizeof *v, cmp_skip);
	for (size_t i = 0; i < k->n; i++)
		slant_buf_printf(out, "%zu article%s in %s: %s\n", v[i].docs,
		                 v[i].docs == 1 ? "" : "s", v[i].label,
		                 v[i].what);
	free(v);
}
