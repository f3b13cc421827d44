/* language.h: the language of an article, and which lexicon schemes apply
 * to it.
 *
 * An article's language is, in this order: the one forced by the caller
 * (--language), the value of its "lang" or else "language" field (JSON
 * member or front-matter key), or the script of its text. Codes are
 * compared as lower-case primary subtags ("en-GB" and "EN" read "en"), so
 * a field must hold the code the lexicons' %language lines use (ISO 639-1:
 * en, ar, fa, de ...).
 *
 * Script detection reads the letters of the first SLANT_LANGUAGE_SAMPLE
 * bytes of the text. A clear majority (two thirds) of Arabic-script letters
 * makes the article Persian when it has more of the letters only Persian
 * uses (پ چ ژ گ) than of the letter only Arabic uses (ة), else Arabic. A
 * clear majority of Latin, Cyrillic, Greek or Hebrew letters gives the
 * script but no language: Latin script does not say English rather than
 * German. Anything else is unknown.
 *
 * A scheme applies to an article when the scheme has no %language, or the
 * article's language is known and equal to it, or only the article's
 * script is known and the scheme's language is written in that script
 * (English lexicons apply to Latin text of unknown language; Arabic and
 * Persian ones do not), or neither is known.
 */
#ifndef SLANT_LANGUAGE_H
#define SLANT_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "mem.h"

#define SLANT_LANGUAGE_SAMPLE 2048

enum slant_script {
	SLANT_SCRIPT_UNKNOWN = 0,
	SLANT_SCRIPT_LATIN,
	SLANT_SCRIPT_ARABIC,
	SLANT_SCRIPT_CYRILLIC,
	SLANT_SCRIPT_GREEK,
	SLANT_SCRIPT_HEBREW
};

enum slant_language_source {
	SLANT_LANG_NONE = 0, /* not decided: no scheme has a %language */
	SLANT_LANG_FORCED,   /* --language */
	SLANT_LANG_FIELD,    /* the lang or language field */
	SLANT_LANG_DETECTED  /* from the script of the text */
};

struct slant_language {
	char code[16]; /* normalised code; "" when unknown */
	enum slant_script script;
	enum slant_language_source source;
};

/* Normalise a language code into out (16 bytes): lower case, up to the
 * first '-' or '_', letters only; "" when s is empty or not a code. */
void slant_language_code(const char *s, char out[16]);

/* The script a language code is written in (a short table of common
 * languages; SLANT_SCRIPT_UNKNOWN for the others). */
enum slant_script slant_language_script(const char *code);

/* Detect from text[0..len) (see above). */
void slant_language_detect(const char *text, size_t len,
                           struct slant_language *out);

/* The language of article a: forced (may be NULL or ""), else its field,
 * else detected. */
void slant_language_of(const struct slant_article *a, const char *forced,
                       struct slant_language *out);

/* Whether a scheme with %language scheme_language ("" for none) applies to
 * a document of language l. */
bool slant_language_applies(const char *scheme_language,
                            const struct slant_language *l);

/* The same with the scheme's code (slant_language_code, "" for none) and
 * script (slant_language_script) worked out beforehand: for the per-
 * document path. */
bool slant_language_applies_code(const char *code, enum slant_script script,
                                 const struct slant_language *l);

/* A short name of l for messages: the code ("ar"), else "unknown
 * language (Latin script)" or "unknown language". */
void slant_language_label(const struct slant_language *l,
                          struct slant_buf *out);

/* Counts of documents by (label, what was not applied), for the note at
 * the end of a run; one per thread, merged. */
struct slant_language_skips {
	struct slant_language_skip {
		char *label; /* slant_language_label */
		char *what;  /* which dimensions stayed empty */
		size_t docs;
	} * v;
	size_t n, cap;
};

void slant_language_skips_init(struct slant_language_skips *k);
void slant_language_skips_release(struct slant_language_skips *k);
void slant_language_skips_add(struct slant_language_skips *k, const char *label,
                              const char *what, size_t docs);
void slant_language_skips_merge(struct slant_language_skips *into,
                                const struct slant_language_skips *from);
/* One line per (label, what), sorted, each "N article(s) in LABEL: WHAT\n";
 * nothing when k is empty. */
void slant_language_skips_note(const struct slant_language_skips *k,
                               struct slant_buf *out);

#endif
