/* lexfmt-reader.h: what the format readers (lexfmt-*.c) share: lines,
 * naming the scheme and its dimensions by the rules of lexfmt.h, nesting,
 * and entries that slant cannot match skipped with a warning. Private to
 * the lexfmt module; lexfmt.h is its contract. */
#ifndef SLANT_LEXFMT_READER_H
#define SLANT_LEXFMT_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "lexfmt.h"
#include "lexicon.h"
#include "mem.h"
#include "textline.h"
#include "vocab.h"

struct lexfmt_name {
	size_t dim;
	char *orig; /* the category as the file names it */
	size_t line;
};

struct lexfmt_reader {
	struct slant_lexicon *lx;
	const char *path;
	size_t scheme;
	struct slant_entry_parser *ep; /* made for the first entry */
	slant_warn_fn warn;
	void *warn_ctx;
	struct slant_error *err;
	size_t ncategories;        /* categories named so far */
	size_t skipped;            /* entries skipped with a warning */
	struct lexfmt_name *names; /* by dimension added */
	size_t nnames, names_cap;
	struct slant_vocab *name_ids; /* dimension name -> index in names */
	/* nesting: the category names of the current path, by depth */
	char **chain;
	size_t nchain, chain_cap;
	size_t top; /* the dimension of chain[0] */
};

/* Start reading text[0..len) from path: check UTF-8, step over a BOM
 * (moving *text and *len) and add the scheme named after the file.
 * format is the slant_lexfmt_id. On error (-1) nothing is left to end. */
int lexfmt_begin(struct lexfmt_reader *r, struct slant_lexicon *lx,
                 const char *path, const char **text, size_t *len,
                 const char *format, slant_warn_fn warn, void *warn_ctx,
                 struct slant_error *err);
void lexfmt_end(struct lexfmt_reader *r);

/* Fail with SLANT_EDATA at path:line[:col] (0: none); returns -1. */
int lexfmt_fail(struct lexfmt_reader *r, size_t line, size_t col,
                const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Warn at path:line (the reader carries on). */
void lexfmt_warn(struct lexfmt_reader *r, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Add the category name[0..n) at line: a dimension (parent SIZE_MAX) or a
 * sub-dimension of parent. The name is normalised; a collision with a
 * category of this file is an error. Returns the dimension or SIZE_MAX
 * (error set). */
size_t lexfmt_category(struct lexfmt_reader *r, size_t parent, const char *name,
                       size_t n, size_t line);
/* Add the category name[0..n) at nesting depth (0: top level; at most one
 * deeper than the previous category's) by the nesting rule of lexfmt.h.
 * Returns the dimension or SIZE_MAX (error set). */
size_t lexfmt_nested(struct lexfmt_reader *r, size_t depth, const char *name,
                     size_t n, size_t line);
/* Whether dimension d of this scheme is a top-level dimension. */
bool lexfmt_is_top(const struct lexfmt_reader *r, size_t d);

/* The next line of text from *pos that is not blank: *ln, its text
 * trimmed in *s and *n, and in *depth (may be NULL) the tabs among its
 * leading blanks (the nesting of LIWC2015 and WordStat). */
bool lexfmt_next_content(const char *text, size_t len, size_t *pos,
                         struct slant_textline *ln, const char **s, size_t *n,
                         size_t *depth);

/* Add the entry text[0..n) with a weight to dimension dim: blanks are
 * trimmed and collapsed, a run of trailing '*' is one. An entry slant
 * cannot match is skipped with a warning; glob: '?' is a wildcard too
 * (quanteda). */
void lexfmt_entry(struct lexfmt_reader *r, size_t dim, const char *text,
                  size_t n, double weight, size_t line, bool glob);

/* Whether s[0..n) is a WordStat item line "ENTRY (WEIGHT)" (blanks at the
 * end allowed); if so, and the pointers are not NULL, the entry's length
 * and the weight's text. */
bool lexfmt_wordstat_item(const char *s, size_t n, size_t *entry_len,
                          const char **weight, size_t *weight_len);

/* The readers, for lexfmt.c's dispatch: r has begun (lexfmt_begin) on
 * text[0..len) and is ended by the caller. */
int lexfmt_read_dic(struct lexfmt_reader *r, const char *text, size_t len);
int lexfmt_read_dicx(struct lexfmt_reader *r, const char *text, size_t len);
int lexfmt_read_yaml(struct lexfmt_reader *r, const char *text, size_t len);
int lexfmt_read_lexicoder(struct lexfmt_reader *r, const char *text,
                          size_t len);
int lexfmt_read_wordstat(struct lexfmt_reader *r, const char *text, size_t len);

/* The writers, for lexfmt.c's dispatch; lx is finished. */
int lexfmt_write_lex(const struct slant_lexicon *lx, size_t sc,
                     struct slant_buf *out, struct slant_lexfmt_loss *loss);
int lexfmt_write_dic(const struct slant_lexicon *lx, size_t sc,
                     struct slant_buf *out, struct slant_lexfmt_loss *loss);
int lexfmt_write_yaml(const struct slant_lexicon *lx, size_t sc,
                      struct slant_buf *out, struct slant_lexfmt_loss *loss,
                      struct slant_error *err);

/* Writers' helpers. An entry's text for a format: as written when fits()
 * says the format reads it back as the same entry, else its normalised
 * words joined by one space, '*' after a prefix (counted in
 * SLANT_NOTE_REWRITTEN). The caller frees it. */
char *lexfmt_entry_text(const struct slant_entry *e,
                        bool (*fits)(const char *text),
                        struct slant_lexfmt_loss *loss);
/* Whether the writer of scheme sc writes entry e: it is written in sc's
 * file (language variants of a scheme share dimensions) and not a form a
 * %proclitics line made (the .lex writer writes the line instead). */
bool lexfmt_writes(size_t sc, const struct slant_entry *e);
/* The entries of scheme sc in dimension d (exclusions too when asked)
 * that lexfmt_writes, with their text for a format, sorted by that text as
 * slant_lexicon_finish sorts what is read back, so that writing what was read
 * gives the same bytes. Returns their number; free with lexfmt_free_entries. */
struct lexfmt_out_entry {
	char *text;
	const struct slant_entry *e;
};
size_t lexfmt_dim_entries(const struct slant_lexicon *lx, size_t sc, size_t d,
                          bool (*fits)(const char *text), bool exclusions,
                          struct slant_lexfmt_loss *loss,
                          struct lexfmt_out_entry **out);
void lexfmt_free_entries(struct lexfmt_out_entry *v, size_t n);
/* The dimension's own name: "sub" for "dim/sub". */
const char *lexfmt_leaf_name(const struct slant_dimension *d);
/* Whether the dimension's description normalises to its own name (a
 * category read from another format, which keeps its spelling there), so
 * that a writer can name it by its description. */
bool lexfmt_description_names(const struct slant_dimension *d);
/* Count what the scheme holds that .dic and YAML cannot: negation,
 * metadata, the naming kind, proclitics and exclusions. */
void lexfmt_count_scheme_loss(const struct slant_lexicon *lx, size_t sc,
                              struct slant_lexfmt_loss *loss);

#endif
