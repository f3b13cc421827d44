/* workbench.h: what the lexicon workbench's verbs (slant lexicon eval,
 * kwic, audit, expand, diff, fit) share on the command line: their output
 * formats, writing a finished buffer, and reading a label option. */
#ifndef SLANT_CLI_WORKBENCH_H
#define SLANT_CLI_WORKBENCH_H

#include "cli.h"

enum wb_format { WB_TEXT = 0, WB_CSV, WB_TSV, WB_JSON };

/* "text", "csv", "tsv", "json"; -1 for anything else. */
int wb_format_parse(const char *s, enum wb_format *out);

/* Write b to path (atomically) or to standard output (path NULL or
 * "-"); returns the exit status (0 or 4, printed). */
int wb_write(const char *path, struct slant_buf *b);

/* --label FIELD[=VALUE]: the field reference into *ref (released by the
 * caller) and the value after '=' (a pointer into arg, or NULL). The '='
 * that separates them is the first one after any "[K=V]". Returns 0, or
 * the usage status (printed, naming cmd). */
int wb_label(const char *cmd, const char *arg, struct slant_field_ref *ref,
             const char **value);

/* A whole number option in [min, max] into *out; the usage status
 * (printed) when it is not one. */
int wb_uint(const char *cmd, const char *opt, const char *arg, long min,
            long max, long *out);

#endif
