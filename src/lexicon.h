/* lexicon.h: the lexicon model, its native parser and loading.
 *
 * A lexicon set holds schemes (one a file), dimensions (scheme > dimension
 * > optional sub-dimension) and entries. The native format (".lex",
 * doc/lexicon-format.md, slant-lexicon(5)) is parsed here; the formats of
 * other tools (LIWC .dic and .dicx, quanteda YAML, Lexicoder, WordStat)
 * are read and written by lexfmt.h, which builds schemes with the
 * functions under "building" below. slant_lexicon_load() reads any of
 * them. Entry words are normalised exactly as text tokens are
 * (tokenize.h).
 *
 * After loading, slant_lexicon_finish() sorts dimensions by path and
 * entries by (dimension, text), so nothing downstream depends on the order
 * of lines or files.
 *
 * Language variants: two files may declare the same scheme name when each
 * gives a different %language (lexicons/en/naming.lex and
 * lexicons/ar/naming.lex both declare "naming"). They stay two schemes
 * here, one per file (their versions, paths, negators and languages
 * differ), but a dimension path declared by several of them is one
 * dimension with one column: an English and an Arabic article both report
 * naming/israel/zionist-regime. Each entry remembers the scheme (file) it
 * came from, so that a document in one language is matched only against
 * the entries of the schemes that apply to it (language.h).
 */
#ifndef SLANT_LEXICON_H
#define SLANT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

enum slant_scheme_kind {
	SLANT_SCHEME_FRAMING = 0, /* hits per dimension */
	SLANT_SCHEME_NAMING       /* top-level dims are naming sets, their
	                             sub-dimensions the variants */
};

struct slant_scheme {
	char *name;     /* [a-z0-9_-]+, unique in the set */
	char *title;    /* "" when not given */
	char *version;  /* "" when not given */
	char *language; /* "" when not given */
	char **references;
	size_t nreferences;
	char *path;   /* the file it came from */
	char *format; /* the format it was read from: "slant", "liwc",
	                 "dicx", "yaml", "lexicoder" or "wordstat" */
	enum slant_scheme_kind kind;
	/* Negation (native format only). Words are normalised. */
	char **negators; /* "*n't" style entries keep their leading '*' */
	size_t nnegators;
	char **clause_breakers;
	size_t nclause_breakers;
	unsigned negation_window; /* default 3 */
	/* %proclitics (native format): normalised letters written onto the
	 * front of a word (Arabic "و" and, "ب" with, "ل" for ...). Each
	 * entry's first word also matches with any of them in front; the
	 * parser adds those forms as generated entries. */
	char **proclitics;
	size_t nproclitics;
};

struct slant_dimension {
	char *path; /* "scheme/dim" or "scheme/dim/sub": column names */
	char *name; /* "dim" or "dim/sub" within the scheme */
	char *description;
	size_t scheme; /* index into schemes: the first that declares it */
	/* Every scheme that declares it, ascending (one, unless language
	 * variants of a scheme share the dimension). */
	size_t *schemes;
	size_t nschemes;
	size_t parent; /* index into dims, or SIZE_MAX at top level */
	size_t depth;  /* 0 for a dimension, 1 for a sub-dimension */
	bool negatable;
	bool weighted; /* some entry (own or a sub-dimension's) has weight != 1
	                */
	size_t nentries; /* own entries as written (not generated ones) */
};

struct slant_entry {
	char *text;   /* as written, without '!' and weight: "clash*" */
	char **words; /* normalised words; a prefix word has no '*' */
	bool *prefix; /* per word: a prefix wildcard */
	size_t nwords;
	double weight;  /* 1 unless given */
	bool exclusion; /* "!entry": matches, counts nothing */
	bool generated; /* a proclitic form of the entry written at line: same
	                   text, first word with a proclitic in front */
	size_t dim;     /* index into dims (the dimension it is listed in) */
	size_t scheme;  /* index into schemes: the file it is written in */
	size_t line;    /* line in the scheme's file */
};

struct slant_lexicon {
	struct slant_scheme *schemes;
	size_t nschemes, schemes_cap;
	struct slant_dimension *dims;
	size_t ndims, dims_cap;
	struct slant_entry *entries;
	size_t nentries, entries_cap;
	bool finished;
};

struct slant_lexicon *slant_lexicon_new(void);
void slant_lexicon_free(struct slant_lexicon *lx);

/* Load a file in any format lexfmt.h reads (told by its extension and
 * content, see slant_lexfmt_read) or a directory (every lexicon file
 * below it, recursively, sorted, hidden names skipped). Errors name
 * path:line:col. warn (may be NULL) hears of entries a foreign format
 * holds that slant cannot match, which are skipped. */
int slant_lexicon_load(struct slant_lexicon *lx, const char *path,
                       slant_warn_fn warn, void *warn_ctx,
                       struct slant_error *err);

/* The lexicon files a path names: itself when it is a file, else every
 * file below the directory whose extension names a lexicon format
 * (slant_lexfmt_from_path: .lex .dic .dicx .yml .yaml .lc3 .lcd .cat),
 * sorted, hidden names skipped. *files (caller frees each and the
 * array). */
int slant_lexicon_files(const char *path, char ***files, size_t *n,
                        struct slant_error *err);

/* Read a whole file into a NUL-terminated buffer (caller frees). */
int slant_read_file(const char *path, char **text, size_t *len,
                    struct slant_error *err);

/* Parse text[0..len) in the native format; path names the source in
 * messages. */
int slant_lexicon_parse_native(struct slant_lexicon *lx, const char *path,
                               const char *text, size_t len,
                               struct slant_error *err);

/* ---- building a lexicon (for the readers of other formats) ---- */

/* Turns entry text into normalised words; one serves a whole file. */
struct slant_entry_parser;
struct slant_entry_parser *slant_entry_parser_new(void);
void slant_entry_parser_free(struct slant_entry_parser *ep);

/* Fail (SLANT_EDATA at path:line:col) unless text[0..len) is UTF-8
 * without NUL bytes. */
int slant_lexicon_check_utf8(const char *path, const char *text, size_t len,
                             struct slant_error *err);

/* Add a scheme; name must be a valid scheme name ([a-z0-9_-]+). A reader
 * of another format (no %language) refuses a name already loaded (it
 * checks with slant_lexicon_find_scheme); the native parser allows a
 * language variant of a loaded scheme. Copies its arguments; returns the
 * scheme's index. */
size_t slant_lexicon_add_scheme(struct slant_lexicon *lx, const char *name,
                                const char *path, const char *format);
/* The index of the first scheme named name, or SIZE_MAX. */
size_t slant_lexicon_find_scheme(const struct slant_lexicon *lx,
                                 const char *name);
/* Add dimension name[0..n) ("dim", or "dim/sub" with parent the index of
 * "dim"; SIZE_MAX at top level) with a description to scheme sc. The
 * caller checks that the name is valid and new. Returns its index. */
size_t slant_lexicon_add_dim(struct slant_lexicon *lx, size_t sc,
                             const char *name, size_t n, const char *desc,
                             size_t parent);
/* The dimension of scheme sc named name[0..n), or SIZE_MAX. */
size_t slant_lexicon_scheme_dim(const struct slant_lexicon *lx, size_t sc,
                                const char *name, size_t n);
/* Add the entry text[0..n) (without '!' and weight; kept as its text) to
 * dimension dim, and to its scheme (the one that added dim). Returns 0, or -1
 * with *why (a static message) and *bad (the offending byte's offset in text)
 * when it is not an entry slant can match: no words, a '*' that does not end a
 * word, a one-character prefix. Nothing is added then. */
int slant_lexicon_add_entry(struct slant_lexicon *lx,
                            struct slant_entry_parser *ep, size_t dim,
                            const char *text, size_t n, double weight,
                            bool exclusion, size_t line, const char **why,
                            size_t *bad);
/* Whether s[0..n) is a weight (a finite decimal number, nothing else);
 * stores it in *weight. */
bool slant_lexicon_parse_weight(const char *s, size_t n, double *weight);

/* Sort into canonical order (schemes by name and language, dimensions by
 * path, entries by dimension and text), merge the dimensions that
 * language variants of a scheme share, and compute derived fields. Must
 * be called once after loading and before compiling a matcher. Fails when
 * the set is empty. (The parsers refuse a second scheme of a name unless
 * both give a different %language and the same %kind.) */
int slant_lexicon_finish(struct slant_lexicon *lx, struct slant_error *err);

/* Whether scheme s declares dimension d. */
bool slant_lexicon_declares(const struct slant_lexicon *lx, size_t s, size_t d);

/* The index of the dimension with this path ("scheme/dim[/sub]") or with
 * this name within any scheme when unambiguous; SIZE_MAX when none. */
size_t slant_lexicon_find_dim(const struct slant_lexicon *lx,
                              const char *path_or_name);

/* Whether dimension d is a (the same or) descendant of ancestor a. */
bool slant_lexicon_dim_within(const struct slant_lexicon *lx, size_t d,
                              size_t a);

#endif
