/* corpus.h: corpus readers. Turns path arguments (files, directories,
 * "-" for standard input) into a stream of articles.
 *
 * Inputs:
 *   - a directory is walked recursively in byte-wise sorted order of the
 *     relative paths (as "LC_ALL=C sort": "a-b/x.txt" < "a.txt" < "a/x.txt");
 *     files whose name ends in the text extension (".txt" by default) are
 *     read as text articles and files ending in ".jsonl" / ".ndjson" as
 *     JSON Lines, whatever input_format says; other files are ignored;
 *     hidden files and directories (name starting with '.') are skipped;
 *   - a file is read as JSON Lines when its name ends in ".jsonl" or
 *     ".ndjson" (or input_format says so), otherwise as one text article;
 *   - "-" reads standard input (text unless input_format is JSONL); it is
 *     named "<stdin>" in messages, and a text article from it has id
 *     "stdin".
 *
 * Text articles: UTF-8 with an optional BOM; CRLF is kept in the text (the
 * tokenizer treats CR as white space). An optional front-matter block opens
 * the file: a line "---", lines "key: value", a line "---". Keys id,
 * source, date, title are the article's fields; all keys are kept in
 * fields[] for --group-by KEY. Values are trimmed and lose one pair of
 * matching quotes; blank lines and lines starting with '#' are skipped; a
 * repeated key keeps its last value. A block that is not closed or holds
 * a line without ':' is an error. The marker " date YYYY-MM-DD" (a space,
 * "date", a space, an ISO date) opening the file (or the body after front
 * matter) is read as the date and removed from the text with the blanks
 * and the line break after it; a front-matter date wins over it. With
 * title_first_line, a first paragraph of one line (a non-blank line
 * followed by a blank one, after any leading blank lines) becomes the
 * title and is removed from the text with the blank lines after it,
 * unless the front matter has a title.
 *
 * JSON Lines: one object a line; blank lines are skipped. The field names
 * for id, group, date, title and text are configurable. Text must be a
 * string; other named fields must be strings when present (numbers are
 * accepted and kept in their JSON spelling for id and group; null counts
 * as absent). A BOM before the first record is skipped. A raw NUL byte in
 * a line is an error even where jansson would let it pass.
 *
 * Errors (SLANT_EDATA) name "path:line" (and "byte N" where it helps,
 * counted from 0: from the start of the file for text articles, BOM
 * included, and from the start of the line for JSON Lines): invalid UTF-8,
 * NUL bytes, truncated or non-object JSON, a missing or non-string text
 * field. With lenient, invalid UTF-8 is replaced by U+FFFD (one for each
 * maximal invalid subsequence), NUL bytes are dropped and bad JSON records
 * (and bad front matter, then read as text) are skipped, each with a call
 * of the warn callback: one call per article or record and kind of
 * problem, naming the first place and the count ("invalid UTF-8 at byte
 * 12 replaced with U+FFFD (3 sequences in all)"). The count of calls is
 * in slant_corpus_warnings(). I/O failures are SLANT_EIO naming the path.
 */
#ifndef SLANT_CORPUS_H
#define SLANT_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

enum slant_input_format {
	SLANT_INPUT_AUTO = 0, /* by extension; text for stdin */
	SLANT_INPUT_TEXT,
	SLANT_INPUT_JSONL
};

enum slant_group_by {
	/* Text: the parent directory's name when the directory argument holds
	 * subdirectories, else the front-matter "source", else "".
	 * JSONL: the group field (default "source"). */
	SLANT_GROUP_AUTO = 0,
	/* the name of the file's parent directory (of the working directory
	 * for a bare file name; "" for standard input) */
	SLANT_GROUP_DIR,
	/* the front-matter key / JSON field group_key (default "source"); a
	 * JSON number keeps its spelling */
	SLANT_GROUP_KEY,
	/* the file's name without its extension: outlet files inside event
	 * directories (event/outlet.txt) */
	SLANT_GROUP_NAME
};

struct slant_article;
struct slant_where;

struct slant_corpus_options {
	enum slant_input_format input_format;
	enum slant_group_by group_by;
	const char *group_key; /* for SLANT_GROUP_KEY */
	const char *text_ext;  /* NULL means ".txt" */
	bool title_first_line; /* --title first-line */
	bool lenient;          /* replace or skip bad input, warn */
	/* JSON field names; NULL means the default in brackets. */
	const char *json_id;    /* [id] */
	const char *json_group; /* [source] */
	const char *json_date;  /* [date] */
	const char *json_title; /* [title] */
	const char *json_text;  /* [text] */
	slant_warn_fn warn;     /* may be NULL */
	void *warn_ctx;
	/* subsets (--where): only articles that pass every test whose key
	   differs from the others', and at least one of the tests sharing a
	   key, are read; the array and strings outlive the corpus */
	const struct slant_where *where;
	size_t nwhere;
};

/* One test of --where: an article passes "key = value" when its field key
 * has the value (a list field: when one of its elements has it; numbers
 * and booleans by their JSON spelling; "group" is the article's group,
 * "id", "date" and "title" its own when no field has the name); "key !=
 * value" when it does not (an absent field passes). An article passes a
 * list of tests when, for every key, it passes one of that key's
 * "=" tests, and it passes every "!=" test. */
struct slant_where {
	const char *key;
	const char *value;
	bool negate;
};

/* Whether article a passes the tests (see slant_corpus_options.where). */
bool slant_where_pass(const struct slant_where *w, size_t n,
                      const struct slant_article *a);

/* One path argument. group, when not NULL, is the explicit --group NAME
 * for every article read from it and overrides group_by. */
struct slant_corpus_input {
	const char *path;
	const char *group;
};

/* What a field's value is. Front-matter values are strings. */
enum slant_field_kind {
	SLANT_FIELD_STRING = 0,
	SLANT_FIELD_NUMBER,  /* value: its JSON spelling */
	SLANT_FIELD_BOOLEAN, /* value: "true" or "false" */
	SLANT_FIELD_LIST,    /* a JSON array; value: its JSON text */
	SLANT_FIELD_OBJECT   /* a JSON object; value: its JSON text */
};

/* A field of the record (front-matter key or JSON member). */
struct slant_field {
	char *key;
	char *value;
	enum slant_field_kind kind;
};

/* An article. Every string is NUL-terminated UTF-8 and never NULL ("" when
 * absent). Owned by the corpus; valid until the next slant_corpus_next()
 * or slant_corpus_free(). */
struct slant_article {
	char *id; /* front matter / JSON id; else the file's path relative
	             to its argument without the extension (a file
	             argument: its file name without the extension),
	             or "path:line" for a JSON
	             record */
	char *group;
	char *date;
	char *title;
	char *text; /* body without front matter, date marker or title */
	size_t text_len;
	char *where; /* "path" or "path:line": for messages */
	const struct slant_field *fields; /* JSON: the members that are not
	                                     null */
	size_t nfields;
	size_t index; /* 0-based position in the stream */
};

struct slant_corpus;

/* Open inputs[0..n) (the array and strings must outlive the corpus).
 * Fails with SLANT_EIO when a path does not exist or cannot be read, and
 * SLANT_EUSAGE when "-" is given twice. Returns NULL on error. */
struct slant_corpus *slant_corpus_open(const struct slant_corpus_input *inputs,
                                       size_t n,
                                       const struct slant_corpus_options *opt,
                                       struct slant_error *err);

/* Read the next article into *out. Returns 1 with *out set, 0 at the end,
 * -1 on error (the stream cannot continue: later calls fail too). */
int slant_corpus_next(struct slant_corpus *c, struct slant_article **out,
                      struct slant_error *err);

/* How many warnings lenient mode issued so far. */
size_t slant_corpus_warnings(const struct slant_corpus *c);
/* Articles read so far that --where left out. */
size_t slant_corpus_excluded(const struct slant_corpus *c);

/* Look up a field of an article by key; NULL when absent. */
const char *slant_article_field(const struct slant_article *a, const char *key);

/* Which values of an article a command reads (labels, annotated spans):
 *   FIELD              the field itself: a string, number or boolean is
 *                      one value, a list of them one value per element;
 *   FIELD.KEY          member KEY of an object, or of each object in a
 *                      list of objects;
 *   FIELD[K=V].KEY     the same, only for the objects whose member K is
 *                      the string V.
 * A field name holding '.' or '[' cannot be named this way. */
struct slant_field_ref {
	char *field;
	char *member;      /* NULL for FIELD */
	char *where_key;   /* NULL unless [K=V] */
	char *where_value; /* "" allowed */
};

/* Parse spec into *ref (release it after). Fails with SLANT_EUSAGE naming
 * the spec ("'spans[bias].txt': expected FIELD[KEY=VALUE].KEY"). */
int slant_field_ref_parse(const char *spec, struct slant_field_ref *ref,
                          struct slant_error *err);
void slant_field_ref_release(struct slant_field_ref *ref);

/* The values ref names in article a (see slant_field_ref): returns their
 * count (0 for an empty list) with *values set to as many NUL-terminated
 * strings (the caller frees each and the array; NULL when 0) and *kind to
 * the field's kind; -2 when the field is absent or null (nothing set);
 * -1 when its values are not of a usable shape, with a SLANT_EDATA error
 * naming a->where ("field 'frames': element 2 is a list"). */
long slant_article_values(const struct slant_article *a,
                          const struct slant_field_ref *ref, char ***values,
                          enum slant_field_kind *kind, struct slant_error *err);

void slant_corpus_free(struct slant_corpus *c);

#endif
