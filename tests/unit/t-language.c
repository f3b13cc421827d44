/* t-language.c: language codes, script detection, which schemes apply,
 * and the note's counts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "tap.h"

static struct slant_language detect(const char *text)
{
	struct slant_language l;
	slant_language_detect(text, strlen(text), &l);
	return l;
}

static struct slant_language given(const char *code)
{
	struct slant_language l;
	memset(&l, 0, sizeof l);
	slant_language_code(code, l.code);
	l.script = slant_language_script(l.code);
	l.source = SLANT_LANG_FIELD;
	return l;
}

int main(void)
{
	char c[16];
	slant_language_code("en-GB", c);
	is_str(c, "en", "region subtag dropped");
	slant_language_code(" AR", c);
	is_str(c, "ar", "lower-cased, blanks before it skipped");
	slant_language_code("fa_IR", c);
	is_str(c, "fa", "underscore subtag dropped");
	slant_language_code("e1", c);
	is_str(c, "", "not a code: unknown");
	slant_language_code("", c);
	is_str(c, "", "empty: unknown");

	is_int(slant_language_script("ar"), SLANT_SCRIPT_ARABIC, "ar: Arabic");
	is_int(slant_language_script("fa"), SLANT_SCRIPT_ARABIC, "fa: Arabic");
	is_int(slant_language_script("en"), SLANT_SCRIPT_LATIN, "en: Latin");
	is_int(slant_language_script("de"), SLANT_SCRIPT_LATIN, "de: Latin");
	is_int(slant_language_script("ru"), SLANT_SCRIPT_CYRILLIC,
	       "ru: Cyrillic");
	is_int(slant_language_script("xx"), SLANT_SCRIPT_UNKNOWN,
	       "unlisted code: unknown script");
	is_int(slant_language_script("e"), SLANT_SCRIPT_UNKNOWN,
	       "a part of a code is not a code");

	/* Detection: my own sentences. */
	struct slant_language l =
	    detect("قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع "
	           "المقبل في العاصمة.");
	is_str(l.code, "ar", "Arabic text: ar");
	is_int(l.script, SLANT_SCRIPT_ARABIC, "Arabic text: Arabic script");
	is_int(l.source, SLANT_LANG_DETECTED, "detected");
	l = detect("سخنگوی دولت گفت که گفتگوها هفته آینده در پایتخت از سر "
	           "گرفته می‌شود.");
	is_str(l.code, "fa", "Persian text: fa");
	l = detect("سخنگوي دولت گفت كه گفتگوها هفته آينده در پايتخت از سر "
	           "گرفته مي شود.");
	is_str(l.code, "fa", "Persian typed with Arabic yeh and kaf: still fa");
	l = detect("The talks resume next week in the capital, a spokesman "
	           "said. قال المتحدث");
	is_str(l.code, "", "English with a little Arabic: no language");
	is_int(l.script, SLANT_SCRIPT_LATIN, "but Latin script");
	l = detect("Die Gespräche werden nächste Woche fortgesetzt.");
	is_str(l.code, "", "German text: no language guessed");
	is_int(l.script, SLANT_SCRIPT_LATIN, "Latin script");
	l = detect("Переговоры возобновятся на следующей неделе.");
	is_int(l.script, SLANT_SCRIPT_CYRILLIC, "Cyrillic script");
	l = detect("2025 — 3.5% … 100");
	is_int(l.script, SLANT_SCRIPT_UNKNOWN, "no letters: unknown");
	l = detect("Gaza غزة Gaza غزة");
	is_int(l.script, SLANT_SCRIPT_UNKNOWN, "no clear majority: unknown");

	/* Which schemes apply. */
	struct slant_language ar = given("ar"), fa = given("fa"),
	                      de = given("de"), latin = detect("Hello there"),
	                      none = detect("");
	ok(slant_language_applies("", &ar), "a scheme without a language "
	                                    "applies to everything");
	ok(slant_language_applies("ar", &ar), "ar scheme, ar article");
	ok(!slant_language_applies("fa", &ar), "fa scheme, ar article");
	ok(!slant_language_applies("en", &ar), "en scheme, ar article");
	ok(!slant_language_applies("en", &de), "en scheme, de article");
	struct slant_language en = given("en");
	ok(slant_language_applies("EN-us", &en), "codes compared normalised");
	ok(slant_language_applies("en", &latin),
	   "en scheme, Latin text of unknown language");
	ok(!slant_language_applies("ar", &latin),
	   "ar scheme, Latin text of unknown language");
	ok(slant_language_applies("xx", &latin),
	   "a scheme in a language of unknown script applies");
	ok(slant_language_applies("ar", &none) &&
	       slant_language_applies("en", &none),
	   "text of unknown script: everything applies");
	ok(!slant_language_applies("ar", &fa), "ar scheme, fa article");

	/* The note. */
	struct slant_language_skips a, b;
	slant_language_skips_init(&a);
	slant_language_skips_init(&b);
	slant_language_skips_add(&a, "fa", "2 of 9 dimensions", 1);
	slant_language_skips_add(&a, "ar", "3 of 9 dimensions", 2);
	slant_language_skips_add(&b, "ar", "3 of 9 dimensions", 1);
	slant_language_skips_merge(&a, &b);
	struct slant_buf out;
	slant_buf_init(&out);
	slant_language_skips_note(&a, &out);
	is_str(out.data,
	       "3 articles in ar: 3 of 9 dimensions\n"
	       "1 article in fa: 2 of 9 dimensions\n",
	       "note: merged, sorted, counted");
	slant_buf_reset(&out);
	slant_language_label(&latin, &out);
	is_str(out.data, "an unknown language (Latin script)",
	       "label of Latin text");
	slant_buf_release(&out);
	slant_language_skips_release(&a);
	slant_language_skips_release(&b);
	return tap_done();
}
