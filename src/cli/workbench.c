/* workbench.c: helpers of the lexicon workbench's verbs (workbench.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "workbench.h"

int wb_format_parse(const char *s, enum wb_format *out)
{
	static const char *const names[] = {"text", "csv", "tsv", "json"};
	for (size_t i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum wb_format)i;
			return 0;
		}
	return -1;
}

int wb_write(const char *path, struct slant_buf *b)
{
	struct cli_output out;
	if (cli_output_open(&out, path) < 0)
		return SLANT_EIO;
	if (cli_output_write(&out, b) < 0) {
		fprintf(stderr, "slant: error: %s: write failed\n",
		        path ? path : "standard output");
		cli_output_abort(&out);
		return SLANT_EIO;
	}
	return cli_output_commit(&out);
}

int wb_label(const char *cmd, const char *arg, struct slant_field_ref *ref,
             const char **value)
{
	const char *close = strrchr(arg, ']');
	const char *eq = strchr(close ? close : arg, '=');
	char *field =
	    eq ? slant_xstrndup(arg, (size_t)(eq - arg)) : slant_xstrdup(arg);
	struct slant_error err;
	slant_error_clear(&err);
	int rc = slant_field_ref_parse(field, ref, &err);
	free(field);
	if (rc < 0)
		return cli_usage(cmd, "--label %s", err.message);
	*value = eq ? eq + 1 : NULL;
	return 0;
}

int wb_uint(const char *cmd, const char *opt, const char *arg, long min,
            long max, long *out)
{
	if (cli_parse_uint(arg, min, max, out) < 0)
		return cli_usage(cmd,
		                 "%s must be a whole number from %ld to %ld, "
		                 "not '%s'",
		                 opt, min, max, arg);
	return 0;
}
