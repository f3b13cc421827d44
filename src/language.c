/* language.c: an article's language, and which schemes apply to it. */
#include "config.h"

#include <pthread.h>
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

/* The script of a byte that can start a letter: ASCII letters and the
 * lead bytes of two-byte sequences for the scripts below (U+0080-U+07FF),
 * and of the letter-heavy three-byte blocks as OTHER. Punctuation,
 * symbols, digits and continuation bytes count for nothing. */
enum { B_NONE = 0, B_LATIN, B_ARABIC, B_CYRILLIC, B_GREEK, B_HEBREW, B_OTHER };
static unsigned char byte_script[256];

static void init_byte_script(void)
{
	for (int c = 'a'; c <= 'z'; c++)
		byte_script[c] = byte_script[c - 'a' + 'A'] = B_LATIN;
	for (int c = 0xC3; c <= 0xC9; c++)
		byte_script[c] = B_LATIN; /* U+00C0-U+027F */
	byte_script[0xCE] = byte_script[0xCF] = B_GREEK;
	for (int c = 0xD0; c <= 0xD3; c++)
		byte_script[c] = B_CYRILLIC;
	byte_script[0xD7] = B_HEBREW;
	for (int c = 0xD8; c <= 0xDB; c++)
		byte_script[c] = B_ARABIC;               /* U+0600-U+06FF */
	byte_script[0xDD] = B_ARABIC;                    /* Arabic supplement */
	byte_script[0xE0] = byte_script[0xE1] = B_OTHER; /* Indic, Thai ... */
	for (int c = 0xE3; c <= 0xED; c++)
		byte_script[c] = B_OTHER; /* CJK, Hangul ... */
}

void slant_language_detect(const char *text, size_t len,
                           struct slant_language *out)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, init_byte_script);
	memset(out, 0, sizeof *out);
	out->source = SLANT_LANG_DETECTED;
	size_t count[B_OTHER + 1] = {0};
	size_t persian = 0, teh_marbuta = 0;
	const unsigned char *s = (const unsigned char *)text;
	size_t n = len < SLANT_LANGUAGE_SAMPLE ? len : SLANT_LANGUAGE_SAMPLE;
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		count[byte_script[c]]++;
		if (c < 0xD8)
			continue; /* most bytes */
		unsigned d = i + 1 < n ? s[i + 1] : 0;
		/* Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF)
		 * are three-byte: EF AD .. EF BB. The letters only Persian
		 * uses (پ U+067E, چ U+0686, ژ U+0698, گ U+06AF) and the one
		 * only Arabic uses (ة U+0629). */
		if (c == 0xEF && d >= 0xAD && d <= 0xBB)
			count[B_ARABIC]++;
		else if (c == 0xD9 && d == 0xBE)
			persian++;
		else if (c == 0xDA && (d == 0x86 || d == 0x98 || d == 0xAF))
			persian++;
		else if (c == 0xD8 && d == 0xA9)
			teh_marbuta++;
	}
	size_t total = 0;
	for (int k = B_LATIN; k <= B_OTHER; k++)
		total += count[k];
	if (!total)
		return;
		/* A clear majority: two thirds of the letters. */
#define MAJORITY(x) (3 * (x) >= 2 * total)
	if (MAJORITY(count[B_ARABIC])) {
		out->script = SLANT_SCRIPT_ARABIC;
		memcpy(out->code, persian > teh_marbuta ? "fa" : "ar", 3);
	} else if (MAJORITY(count[B_LATIN])) {
		out->script = SLANT_SCRIPT_LATIN;
	} else if (MAJORITY(count[B_CYRILLIC])) {
		out->script = SLANT_SCRIPT_CYRILLIC;
	} else if (MAJORITY(count[B_GREEK])) {
		out->script = SLANT_SCRIPT_GREEK;
	} else if (MAJORITY(count[B_HEBREW])) {
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
