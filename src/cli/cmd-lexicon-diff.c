/* cmd-lexicon-diff.c: slant lexicon diff: two versions of a lexicon. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexdiff.h"
#include "workbench.h"

static const char help[] =
    "usage: slant lexicon diff [OPTIONS] OLD NEW [CORPUS...]\n"
    "\n"
    "What changed between two versions of a lexicon (OLD and NEW: a .lex\n"
    "or .dic file or a directory each): entries and exclusions added,\n"
    "removed, reweighted or moved to another dimension, and dimensions\n"
    "added or removed. With a corpus, per dimension in both: the mean rate\n"
    "before and after, the rank correlation (Spearman) of the articles'\n"
    "rates before and after, and the articles whose rate moved most with\n"
    "the entries whose hits changed.\n"
    "\n"
    "Options:\n"
    "      --top N            articles listed per dimension (default 5)\n"
    "  -f, --format FMT       text (default), csv, tsv or json (everything)\n"
    "  -T, --table KIND       csv/tsv table: entries (default), dimensions\n"
    "                         or articles\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "The corpus is read four times: give files, not standard input. See\n"
    "slant-lexicon(1).\n";

#define OPT_TOP 2301

static struct slant_corpus *reopen(void *ctx, struct slant_error *err)
{
	const struct cli_corpus_args *ca = ctx;
	return slant_corpus_open(ca->inputs, ca->ninputs, &ca->opt, err);
}

int cmd_lexicon_diff(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"top", required_argument, NULL, OPT_TOP},
	    {"format", required_argument, NULL, 'f'},
	    {"table", required_argument, NULL, 'T'},
	    {"output", required_argument, NULL, 'o'},
	    {"threads", required_argument, NULL, 'j'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	const char *cmd = "lexicon diff";
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	char *lex[2] = {NULL, NULL};
	long top = 5, threads = cli_default_threads();
	enum wb_format fmt = WB_TEXT;
	enum slant_diff_table table = SLANT_DIFF_ENTRIES;
	const char *output = NULL;
	int status = 0, c;
	struct slant_lexicon *old = NULL, *new = NULL;
	struct slant_diff *d = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-f:T:o:j:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 1:
			if (!lex[0])
				lex[0] = optarg;
			else if (!lex[1])
				lex[1] = optarg;
			else
				cli_corpus_add_path(&ca, optarg);
			break;
		case OPT_TOP:
			if ((status = wb_uint(cmd, "--top", optarg, 0, 1000000,
			                      &top)) != 0)
				goto out;
			break;
		case 'f':
			if (wb_format_parse(optarg, &fmt) < 0) {
				status =
				    cli_usage(cmd,
				              "--format must be text, csv, "
				              "tsv or json, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case 'T':
			if (slant_diff_table_parse(optarg, &table) < 0) {
				status =
				    cli_usage(cmd,
				              "--table must be entries, "
				              "dimensions or articles, not "
				              "'%s'",
				              optarg);
				goto out;
			}
			break;
		case 'o': output = optarg; break;
		case 'j':
			if ((status = wb_uint(cmd, "--threads", optarg, 1, 256,
			                      &threads)) != 0)
				goto out;
			break;
		case 'q': cli_quiet = true; break;
		case 'h': status = cli_help(help); goto out;
		default:
			if (cli_corpus_option(&ca, cmd, c, optarg) == 1)
				break;
			status = SLANT_EUSAGE;
			goto out;
		}
	}
	if (!lex[1]) {
		status = cli_usage(cmd, "give two lexicons: slant lexicon diff "
		                        "OLD NEW [CORPUS...]");
		goto out;
	}
	for (size_t i = 0; i < ca.ninputs; i++)
		if (strcmp(ca.inputs[i].path, "-") == 0) {
			status =
			    cli_usage(cmd, "the corpus is read four times: "
			                   "give files, not standard input");
			goto out;
		}
	if (!(old = cli_load_lexicons(&lex[0], 1, &status)) ||
	    !(new = cli_load_lexicons(&lex[1], 1, &status)))
		goto out;
	d = slant_diff_lexicons(old, new);
	struct slant_error err;
	slant_error_clear(&err);
	if (ca.ninputs && slant_diff_corpus(d, reopen, &ca, (unsigned)threads,
	                                    (size_t)top, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	if (table != SLANT_DIFF_ENTRIES && !ca.ninputs && fmt != WB_TEXT &&
	    fmt != WB_JSON) {
		status = cli_usage(cmd, "--table %s needs a corpus",
		                   table == SLANT_DIFF_DIMENSIONS ? "dimensions"
		                                                  : "articles");
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	if (fmt == WB_TEXT)
		slant_diff_write_text(d, &b);
	else if (fmt == WB_JSON)
		slant_diff_write_json(d, &b);
	else
		slant_diff_write_table(d, table, fmt == WB_TSV, &b);
	status = wb_write(output, &b);
	slant_buf_release(&b);
out:
	slant_diff_free(d);
	slant_lexicon_free(old);
	slant_lexicon_free(new);
	cli_corpus_args_release(&ca);
	return status;
}
