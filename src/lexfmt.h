/* lexfmt.h: lexicon formats of other tools, read into and written from
 * the lexicon model (lexicon.h).
 *
 * Read: LIWC .dic (numbered or named categories, LIWC2015 nesting, weights
 * written CATEGORY=WEIGHT), LIWC-22 .dicx (CSV, X or a weight per
 * category), quanteda YAML dictionaries (nested keys, glob patterns),
 * Lexicoder .lc3/.lcd (+CATEGORY lines) and WordStat .cat (tab-nested
 * categories, "ENTRY (WEIGHT)" lines). Written: the native .lex, LIWC .dic
 * and quanteda YAML. doc/lexicon-format.md ("Other formats") says how each
 * maps; the rules shared by every reader:
 *   - the scheme is named after the file: its base name without the
 *     extension, normalised as below (empty: "lexicon"), and titled with
 *     the file's base name;
 *   - a category name is normalised to a dimension name: ASCII letters
 *     lower-cased, [a-z0-9_-] kept, every other run of characters one
 *     '-', runs of '-' one '-', no '-' at either end; a name with nothing
 *     left becomes "category-N" (its position in the file). The original
 *     name is the dimension's description. Two categories of a file that
 *     normalise to the same name are an error naming both;
 *   - nesting: a top-level category is a dimension, the next level a
 *     sub-dimension, and a deeper category a sub-dimension of its
 *     top-level ancestor named by the path below it ("a/b/c" is "a/b-c");
 *   - a trailing '*' (or several) is a prefix wildcard; an entry slant
 *     cannot match (other wildcards, a one-character prefix, no words) is
 *     skipped with a warning naming path:line, a file whose structure is
 *     broken is an error (SLANT_EDATA, path:line[:col]).
 */
#ifndef SLANT_LEXFMT_H
#define SLANT_LEXFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "lexicon.h"
#include "mem.h"

enum slant_lexfmt {
	SLANT_LEXFMT_UNKNOWN = 0,
	SLANT_LEXFMT_LEX,       /* slant .lex */
	SLANT_LEXFMT_DIC,       /* LIWC .dic */
	SLANT_LEXFMT_DICX,      /* LIWC-22 .dicx */
	SLANT_LEXFMT_YAML,      /* quanteda .yml / .yaml */
	SLANT_LEXFMT_LEXICODER, /* Lexicoder .lc3 / .lcd */
	SLANT_LEXFMT_WORDSTAT   /* WordStat .cat */
};

/* A format's name for messages ("LIWC-22 .dicx") / its short id, as
 * recorded in slant_scheme.format and taken by --to ("dicx"; the native
 * format is "slant" there and "lex" for --to). */
const char *slant_lexfmt_name(enum slant_lexfmt f);
const char *slant_lexfmt_id(enum slant_lexfmt f);
/* The format an id names ("lex", "dic", "dicx", "yaml", "lexicoder",
 * "wordstat"), or SLANT_LEXFMT_UNKNOWN. */
enum slant_lexfmt slant_lexfmt_from_id(const char *id);

/* The format a file name's extension names (case-insensitive: .lex .dic
 * .dicx .yml .yaml .lc3 .lcd .cat), or SLANT_LEXFMT_UNKNOWN. */
enum slant_lexfmt slant_lexfmt_from_path(const char *path);
/* The format text[0..len) clearly is, from its first lines, or
 * SLANT_LEXFMT_UNKNOWN. */
enum slant_lexfmt slant_lexfmt_sniff(const char *text, size_t len);

/* The scheme name a file at path gets from the readers of other formats
 * (the naming rule above), into out (reset first). */
void slant_lexfmt_scheme_name(const char *path, struct slant_buf *out);

/* Read one file's text[0..len) into lx as one scheme. The format is the
 * extension's; without a known extension, the content's; else the native
 * format. When reading fails and the content looks like another format
 * than the one tried, the message names both. warn (may be NULL) is told
 * of every skipped entry. */
int slant_lexfmt_read(struct slant_lexicon *lx, const char *path,
                      const char *text, size_t len, slant_warn_fn warn,
                      void *warn_ctx, struct slant_error *err);
/* Read text in a given format (for tests and fuzzing). */
int slant_lexfmt_read_as(struct slant_lexicon *lx, enum slant_lexfmt f,
                         const char *path, const char *text, size_t len,
                         slant_warn_fn warn, void *warn_ctx,
                         struct slant_error *err);

/* What a written format could not hold, counted. */
enum slant_lexfmt_lost {
	SLANT_LOST_EXCLUSIONS = 0, /* !ENTRY lines */
	SLANT_LOST_WEIGHTS,        /* entries weighted other than 1 */
	SLANT_LOST_NEGATION,       /* %negators ... settings */
	SLANT_LOST_METADATA,       /* %title %version %language %reference */
	SLANT_LOST_KIND,           /* %kind naming */
	SLANT_LOST_PROCLITICS,     /* %proclitics, one each */
	SLANT_LOST_DESCRIPTIONS,   /* descriptions other than the name */
	SLANT_LOST_DIMENSIONS,     /* dimensions YAML cannot name ("__") */
	/* Notes: kept, but differently. */
	SLANT_NOTE_MERGED,    /* an entry of a dimension and of its
	                         sub-dimension written once */
	SLANT_NOTE_WEIGHTS,   /* weights in the .dic CATEGORY=WEIGHT form */
	SLANT_NOTE_REWRITTEN, /* entries written as their normalised words */
	SLANT_LOST_N
};
struct slant_lexfmt_loss {
	size_t n[SLANT_LOST_N];
};
/* What item i counts ("exclusion entries (!ENTRY)"); whether it is a loss
 * (dropped) or a note about how something was kept. */
const char *slant_lexfmt_lost_what(enum slant_lexfmt_lost i);
bool slant_lexfmt_lost_is_loss(enum slant_lexfmt_lost i);

/* Append scheme sc of the finished lexicon lx to out in format f (.lex,
 * .dic or YAML; others fail with SLANT_EUSAGE), and count in *loss (which
 * the caller zeroes) what the format cannot hold. The output depends only
 * on the lexicon, never on the order it was read in. Fails (SLANT_EDATA)
 * when the format can hold none of the scheme's dimensions. */
int slant_lexfmt_write(const struct slant_lexicon *lx, size_t sc,
                       enum slant_lexfmt f, struct slant_buf *out,
                       struct slant_lexfmt_loss *loss, struct slant_error *err);

#endif
