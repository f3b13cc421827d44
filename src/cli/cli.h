/* cli.h: what the subcommands share: the command table, error and warning
 * printing, corpus options, atomic output files, the default lexicons. */
#ifndef SLANT_CLI_H
#define SLANT_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "compare.h"
#include "corpus.h"
#include "error.h"
#include "language.h"
#include "lexicon.h"
#include "mem.h"

struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

/* Print "slant: error: WHERE: MESSAGE" and return the exit status. */
int cli_fail(const struct slant_error *err);
/* Print a usage error naming the command and return 2. */
int cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* slant_warn_fn printing "slant: warning: WHERE: MESSAGE"; ctx is a
 * size_t counter (may be NULL). Silent when cli_quiet is set. */
void cli_warn(void *ctx, const struct slant_error *w);
extern bool cli_quiet;

/* ---- corpus options, shared by every command that reads a corpus ---- */

#define CLI_OPT_INPUT_FORMAT 1001
#define CLI_OPT_GROUP_BY     1002
#define CLI_OPT_GROUP        1003
#define CLI_OPT_EXT          1004
#define CLI_OPT_TITLE        1005
#define CLI_OPT_LENIENT      1006
#define CLI_OPT_FIELD        1007
#define CLI_OPT_LANGUAGE     1008
#define CLI_OPT_WHERE        1009

#define CLI_CORPUS_LONGOPTS                                                    \
	{"input-format", required_argument, NULL, CLI_OPT_INPUT_FORMAT},       \
	    {"group-by", required_argument, NULL, CLI_OPT_GROUP_BY},           \
	    {"group", required_argument, NULL, CLI_OPT_GROUP},                 \
	    {"ext", required_argument, NULL, CLI_OPT_EXT},                     \
	    {"title", required_argument, NULL, CLI_OPT_TITLE},                 \
	    {"lenient", no_argument, NULL, CLI_OPT_LENIENT},                   \
	    {"field", required_argument, NULL, CLI_OPT_FIELD},                 \
	    {"where", required_argument, NULL, CLI_OPT_WHERE},                 \
	{                                                                      \
		"language", required_argument, NULL, CLI_OPT_LANGUAGE          \
	}

/* The --lexicon line of a command's --help: every format a lexicon may be
 * in (slant_lexfmt_from_path), so that the commands cannot disagree. */
#define CLI_LEXICON_HELP                                                       \
	"  -l, --lexicon PATH     a lexicon file (.lex, LIWC .dic/.dicx, "     \
	"quanteda\n"                                                           \
	"                         .yml/.yaml, Lexicoder .lc3/.lcd, WordStat "  \
	".cat)\n"                                                              \
	"                         or a directory of them (repeatable; "        \
	"default:\n"                                                           \
	"                         the bundled lexicons)\n"

#define CLI_CORPUS_HELP                                                        \
	"Corpus options:\n"                                                    \
	"  --input-format auto|text|jsonl  how to read files and '-' (auto: "  \
	"by extension)\n"                                                      \
	"  --group-by dir|name|KEY  group articles by parent directory, file " \
	"name\n"                                                               \
	"                         (event/outlet.txt) or a field\n"             \
	"  --group NAME           group of the paths that follow "             \
	"(repeatable)\n"                                                       \
	"  --ext .EXT             text file extension in directories "         \
	"(default .txt)\n"                                                     \
	"  --title first-line     a one-line first paragraph is the "          \
	"headline\n"                                                           \
	"  --field NAME=KEY       JSON field for id, group, date, title or "   \
	"text\n"                                                               \
	"  --lenient              replace bad UTF-8, skip bad records, warn\n" \
	"  --language CODE        the language of every article (default: "    \
	"its lang\n"                                                           \
	"                         or language field, else its script); "       \
	"lexicons\n"                                                           \
	"                         with another %language are not applied\n"    \
	"  --where FIELD=VALUE    read only the articles whose FIELD (or "     \
	"group,\n"                                                             \
	"                         id, date, title) is VALUE; FIELD!=VALUE: "   \
	"is not;\n"                                                            \
	"                         repeated: one of those on a field, all "     \
	"fields\n"

struct cli_corpus_args {
	struct slant_corpus_options opt;
	struct slant_corpus_input *inputs;
	size_t ninputs;
	const char *next_group; /* --group applies to the paths after it */
	size_t warnings;
	const char *language;      /* --language: the code of every article */
	struct slant_where *where; /* --where, owned (opt.where points here) */
	char **where_text;         /* their strings */
};

void cli_corpus_args_init(struct cli_corpus_args *ca);
void cli_corpus_args_release(struct cli_corpus_args *ca);
/* Handle a corpus option (getopt code c, argument arg): the last case of
 * a command's option switch. Returns 1 when handled, -1 on a usage error
 * or an option that is not a corpus option (printed; exit status 2). */
int cli_corpus_option(struct cli_corpus_args *ca, const char *cmd, int c,
                      const char *arg);
/* Add a path argument (with the current --group). */
void cli_corpus_add_path(struct cli_corpus_args *ca, const char *path);

/* Print the note of articles some dimensions were not measured for
 * ("slant: note: 4000 articles in ar: ..."), unless quiet. */
void cli_language_note(const struct slant_language_skips *k);

/* ---- comparison options, shared by compare and report ---- */

#define CLI_OPT_MIN_COUNT 1101
#define CLI_OPT_MIN_DOCS  1102
#define CLI_OPT_CONF      1103
#define CLI_OPT_SEED      1104
#define CLI_OPT_PAIR_BY   1105

#define CLI_COMPARE_LONGOPTS                                                   \
	{"ngrams", required_argument, NULL, 'n'},                              \
	    {"min-count", required_argument, NULL, CLI_OPT_MIN_COUNT},         \
	    {"min-docs", required_argument, NULL, CLI_OPT_MIN_DOCS},           \
	    {"bootstrap", required_argument, NULL, 'B'},                       \
	    {"conf", required_argument, NULL, CLI_OPT_CONF},                   \
	    {"pair-by", required_argument, NULL, CLI_OPT_PAIR_BY},             \
	{                                                                      \
		"seed", required_argument, NULL, CLI_OPT_SEED                  \
	}

/* Handle -n/--ngrams, --min-count, --min-docs, -B/--bootstrap, --conf,
 * --seed and --pair-by into *o. Returns 1 when handled, 0 when c is none of
 * them, -1 on a bad value (printed; exit status 2). */
int cli_compare_option(struct slant_compare_options *o, const char *cmd, int c,
                       const char *arg);

/* Parse a number in [min, max]; -1 when not one. */
int cli_parse_real(const char *s, double min, double max, double *out);

/* ---- word lists (wordlist.c) ---- */

/* Words read from a file, normalised as text tokens are (owned). */
struct cli_wordlist {
	char **w;
	double *count;
	size_t n;
};
void cli_wordlist_release(struct cli_wordlist *l);
/* Read "word" or, with counts, "term<TAB>count" lines ('#' comments and
 * blank lines skipped) into out. Returns 0 or an exit status (printed). */
int cli_read_wordlist(const char *path, bool counts, struct cli_wordlist *out);
/* The bundled English stop words (function words). */
extern const char *const cli_english_stop[];
extern const size_t cli_english_stop_count;
/* --stopwords ARG (none, english or a file, read into store) into o.
 * Returns 0 or an exit status (printed). */
int cli_stopwords(const char *arg, struct cli_wordlist *store,
                  struct slant_compare_options *o);

/* ---- lexicons ---- */

/* The bundled lexicons: $SLANT_LEXICONS, else the source tree's lexicons/
 * when this binary runs from the build tree, else the installed copy. */
const char *cli_default_lexicons(void);
/* Load paths (or the default when n == 0) and finish. NULL on error
 * (printed; *status set). */
struct slant_lexicon *cli_load_lexicons(char **paths, size_t n, int *status);

/* Load the lexicons (as cli_load_lexicons) and open the corpus of ca.
 * Returns 0 with *lx and *corpus set, or the exit status (printed) with
 * nothing to free. */
int cli_open_inputs(char **lexpaths, size_t nlex, struct cli_corpus_args *ca,
                    struct slant_lexicon **lx, struct slant_corpus **corpus);

/* ---- output ---- */

/* Output to a file (through a temporary file renamed on commit, so a
 * failure never leaves half a file) or to standard output. */
struct cli_output {
	FILE *fp;
	char *path; /* NULL for stdout */
	char *tmp;
};
int cli_output_open(struct cli_output *o, const char *path);
/* Write b and empty it; returns -1 on a write error. */
int cli_output_write(struct cli_output *o, struct slant_buf *b);
/* Flush, close and rename into place; prints and returns the exit status
 * (0 or 4). */
int cli_output_commit(struct cli_output *o);
/* Remove the temporary file (after an error). */
void cli_output_abort(struct cli_output *o);

/* The default number of worker threads: the online CPUs, at most 8. */
long cli_default_threads(void);

/* Parse a whole number in [min, max]; -1 when not one. */
int cli_parse_uint(const char *s, long min, long max, long *out);

/* Print text to stdout (for --help) and return 0. */
int cli_help(const char *text);

int cmd_score(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
/* slant lexicon VERB: argv[0] is the verb */
int cmd_lexicon_eval(int argc, char **argv);
int cmd_lexicon_expand(int argc, char **argv);
int cmd_lexicon_kwic(int argc, char **argv);
int cmd_lexicon_audit(int argc, char **argv);
int cmd_lexicon_diff(int argc, char **argv);
int cmd_lexicon_fit(int argc, char **argv);
int cmd_lexicon_convert(int argc, char **argv);

/* slant lexicon check --corpus: print the warnings about the reach of
 * lx's wildcards in the corpus at paths[0..n) (slant_reach_lint with
 * CLI_CHECK_MIN_MATCHES), adding their number to *nwarn. Returns 0, or
 * the exit status (printed) when the corpus cannot be read. */
#define CLI_CHECK_MIN_MATCHES 10
int cli_check_corpus(const struct slant_lexicon *lx, char **paths, size_t n,
                     size_t *nwarn);
int cmd_compare(int argc, char **argv);
int cmd_report(int argc, char **argv);

#endif
