/* workbench.h: what the lexicon workbench's verbs (slant lexicon eval,
 * expand, kwic, audit, diff, fit) share on the command line: the common
 * options and the label options, their output formats, and writing a
 * finished buffer. */
#ifndef SLANT_CLI_WORKBENCH_H
#define SLANT_CLI_WORKBENCH_H

#include "cli.h"
#include "lexeval.h"

enum wb_format { WB_TEXT = 0, WB_CSV, WB_TSV, WB_JSON };

#define WB_OPT_LABEL    2001
#define WB_OPT_NEGATIVE 2002
#define WB_OPT_MAP      2003
#define WB_OPT_SPLIT    2004
#define WB_OPT_SPANS    2005

/* -l/--lexicon, -f/--format, -o/--output, -j/--threads, -q/--quiet and
 * the corpus options, for a verb's option table (with its own short
 * options "l:f:o:j:q" in its optstring). */
#define WB_COMMON_LONGOPTS                                                     \
	{"lexicon", required_argument, NULL, 'l'},                             \
	    {"format", required_argument, NULL, 'f'},                          \
	    {"output", required_argument, NULL, 'o'},                          \
	    {"threads", required_argument, NULL, 'j'},                         \
	    {"quiet", no_argument, NULL, 'q'}, CLI_CORPUS_LONGOPTS

/* --label, --negative, --map, --split and -d/--dimension (eval, fit). */
#define WB_LABEL_LONGOPTS                                                      \
	{"label", required_argument, NULL, WB_OPT_LABEL},                      \
	    {"negative", required_argument, NULL, WB_OPT_NEGATIVE},            \
	    {"map", required_argument, NULL, WB_OPT_MAP},                      \
	    {"split", required_argument, NULL, WB_OPT_SPLIT},                  \
	{                                                                      \
		"dimension", required_argument, NULL, 'd'                      \
	}

/* A growing list of arguments (borrowed from argv). */
struct wb_args {
	char **v;
	size_t n;
};
void wb_args_push(struct wb_args *a, char *s);

/* What the common options set. */
struct wb_common {
	const char *cmd; /* "lexicon eval": for messages */
	struct wb_args lexicons;
	enum wb_format format;
	const char *output;
	long threads;
	struct cli_corpus_args ca;
};

void wb_common_init(struct wb_common *w, const char *cmd);
void wb_common_release(struct wb_common *w);
/* Handle option c (getopt's argument arg) when it is a common option or
 * a corpus option: returns 1 when handled, -1 on a usage error (printed;
 * *status set), 0 when it is neither (the verb's own, or unknown). */
int wb_common_option(struct wb_common *w, int c, char *arg, int *status);
/* An option that no one handled (getopt has named it): prints the usage
 * hint and returns 2. */
int wb_unknown(const struct wb_common *w);

/* What the label options set (see slant lexicon eval). */
struct wb_labels {
	struct slant_field_ref label, spans;
	const char *positive;
	struct wb_args negatives, maps, dims;
	enum slant_lexeval_split split;
	bool has_label, has_spans;
};

void wb_labels_release(struct wb_labels *l);
/* As wb_common_option, for the label options (and --spans when
 * with_spans). */
int wb_labels_option(struct wb_labels *l, const char *cmd, int c, char *arg,
                     bool with_spans, int *status);
/* Point the evaluation options at them (l must outlive o). */
void wb_labels_apply(struct wb_labels *l, struct slant_lexeval_options *o);

/* "text", "csv", "tsv", "json"; -1 for anything else. */
int wb_format_parse(const char *s, enum wb_format *out);

/* Write b to path (atomically) or to standard output (path NULL or
 * "-"); returns the exit status (0 or 4, printed). */
int wb_write(const char *path, struct slant_buf *b);

/* A whole number option in [min, max] into *out; the usage status
 * (printed) when it is not one. */
int wb_uint(const char *cmd, const char *opt, const char *arg, long min,
            long max, long *out);

/* Refuse standard input for a verb that reads the corpus `times` times;
 * 0, or the usage status (printed). */
int wb_no_stdin(const struct wb_common *w, const char *times);

#endif
