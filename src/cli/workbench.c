/* workbench.c: helpers of the lexicon workbench's verbs (workbench.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "workbench.h"

void wb_args_push(struct wb_args *a, char *s)
{
	a->v = slant_xreallocarray(a->v, a->n + 1, sizeof *a->v);
	a->v[a->n++] = s;
}

void wb_common_init(struct wb_common *w, const char *cmd)
{
	memset(w, 0, sizeof *w);
	w->cmd = cmd;
	w->threads = cli_default_threads();
	cli_corpus_args_init(&w->ca);
}

void wb_common_release(struct wb_common *w)
{
	free(w->lexicons.v);
	cli_corpus_args_release(&w->ca);
}

int wb_common_option(struct wb_common *w, int c, char *arg, int *status)
{
	switch (c) {
	case 'l': wb_args_push(&w->lexicons, arg); return 1;
	case 'f':
		if (wb_format_parse(arg, &w->format) < 0) {
			*status =
			    cli_usage(w->cmd,
			              "--format must be text, csv, tsv or "
			              "json, not '%s'",
			              arg);
			return -1;
		}
		return 1;
	case 'o': w->output = arg; return 1;
	case 'j':
		*status =
		    wb_uint(w->cmd, "--threads", arg, 1, 256, &w->threads);
		return *status ? -1 : 1;
	case 'q': cli_quiet = true; return 1;
	case CLI_OPT_INPUT_FORMAT:
	case CLI_OPT_GROUP_BY:
	case CLI_OPT_GROUP:
	case CLI_OPT_EXT:
	case CLI_OPT_TITLE:
	case CLI_OPT_LENIENT:
	case CLI_OPT_FIELD:
		if (cli_corpus_option(&w->ca, w->cmd, c, arg) == 1)
			return 1;
		*status = SLANT_EUSAGE;
		return -1;
	default: return 0;
	}
}

int wb_unknown(const struct wb_common *w)
{
	/* getopt has already said which */
	return cli_usage(w->cmd, "unknown option");
}

void wb_labels_release(struct wb_labels *l)
{
	slant_field_ref_release(&l->label);
	slant_field_ref_release(&l->spans);
	free(l->negatives.v);
	free(l->maps.v);
	free(l->dims.v);
}

/* --label FIELD[=VALUE]: the '=' that ends the field is the first one
 * after any "[K=V]". */
static int parse_label(struct wb_labels *l, const char *cmd, const char *arg)
{
	const char *close = strrchr(arg, ']');
	const char *eq = strchr(close ? close : arg, '=');
	char *field =
	    eq ? slant_xstrndup(arg, (size_t)(eq - arg)) : slant_xstrdup(arg);
	struct slant_error err;
	slant_error_clear(&err);
	slant_field_ref_release(&l->label);
	int rc = slant_field_ref_parse(field, &l->label, &err);
	free(field);
	if (rc < 0)
		return cli_usage(cmd, "--label %s", err.message);
	l->positive = eq ? eq + 1 : NULL;
	l->has_label = true;
	return 0;
}

int wb_labels_option(struct wb_labels *l, const char *cmd, int c, char *arg,
                     bool with_spans, int *status)
{
	char *a = arg;
	switch (c) {
	case WB_OPT_LABEL:
		*status = parse_label(l, cmd, arg);
		return *status ? -1 : 1;
	case WB_OPT_NEGATIVE: wb_args_push(&l->negatives, a); return 1;
	case WB_OPT_MAP: wb_args_push(&l->maps, a); return 1;
	case 'd': wb_args_push(&l->dims, a); return 1;
	case WB_OPT_SPLIT:
		if (strcmp(arg, "dev") == 0)
			l->split = SLANT_SPLIT_DEV;
		else if (strcmp(arg, "test") == 0)
			l->split = SLANT_SPLIT_TEST;
		else if (strcmp(arg, "all") == 0)
			l->split = SLANT_SPLIT_ALL;
		else {
			*status = cli_usage(cmd,
			                    "--split must be dev, test or all, "
			                    "not '%s'",
			                    arg);
			return -1;
		}
		return 1;
	default: break;
	}
	if (with_spans && c == WB_OPT_SPANS) {
		struct slant_error err;
		slant_error_clear(&err);
		slant_field_ref_release(&l->spans);
		if (slant_field_ref_parse(arg, &l->spans, &err) < 0) {
			*status = cli_usage(cmd, "--spans %s", err.message);
			return -1;
		}
		l->has_spans = true;
		return 1;
	}
	return 0;
}

void wb_labels_apply(struct wb_labels *l, struct slant_lexeval_options *o)
{
	o->label = l->has_label ? &l->label : NULL;
	o->spans = l->has_spans ? &l->spans : NULL;
	o->positive = l->positive;
	o->negatives = (const char *const *)l->negatives.v;
	o->nnegatives = l->negatives.n;
	o->maps = (const char *const *)l->maps.v;
	o->nmaps = l->maps.n;
	o->dims = (const char *const *)l->dims.v;
	o->ndims = l->dims.n;
	o->split = l->split;
}

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

int wb_no_stdin(const struct wb_common *w, const char *times)
{
	for (size_t i = 0; i < w->ca.ninputs; i++)
		if (strcmp(w->ca.inputs[i].path, "-") == 0)
			return cli_usage(
			    w->cmd,
			    "the corpus is read %s: give files, not "
			    "standard input",
			    times);
	return 0;
}
