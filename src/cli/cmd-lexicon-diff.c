/* cmd-lexicon-diff.c: slant lexicon diff: two versions of a lexicon. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexdiff.h"
#include "workbench.h"

static const char help[] =
    "usage: slant lexicon diff [OPTIONS] OLD NEW [CORPUS...]\n"
    "\n"
    "What changed between two versions of a lexicon (OLD and NEW: a\n"
    "lexicon file, .lex, .dic, .dicx, .yml, .lc3, .cat..., or a directory\n"
    "each): entries and exclusions added, removed, reweighted or moved to\n"
    "another dimension, and dimensions added or removed. With a corpus,\n"
    "per dimension in both: the mean rate before and after, the rank\n"
    "correlation (Spearman) of the articles' rates before and after, and\n"
    "the articles whose rate moved most with the entries whose hits\n"
    "changed.\n"
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
	    WB_COMMON_LONGOPTS,
	    {"top", required_argument, NULL, OPT_TOP},
	    {"table", required_argument, NULL, 'T'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct wb_common w;
	wb_common_init(&w, "lexicon diff");
	const char *cmd = w.cmd;
	char *lex[2] = {NULL, NULL};
	long top = 5;
	enum slant_diff_table table = SLANT_DIFF_ENTRIES;
	int status = 0, c, r;
	struct slant_lexicon *old = NULL, *new = NULL;
	struct slant_diff *d = NULL;
	optind = 1;
	/* no -l: the two lexicons are the first two arguments */
	while ((c = getopt_long(argc, argv, "-f:o:j:qT:h", longopts, NULL)) !=
	       -1) {
		if (c != 'l' &&
		    (r = wb_common_option(&w, c, optarg, &status)) != 0) {
			if (r < 0)
				goto out;
			continue;
		}
		switch (c) {
		case 1:
			if (!lex[0])
				lex[0] = optarg;
			else if (!lex[1])
				lex[1] = optarg;
			else
				cli_corpus_add_path(&w.ca, optarg);
			break;
		case OPT_TOP:
			if ((status = wb_uint(cmd, "--top", optarg, 0, 1000000,
			                      &top)) != 0)
				goto out;
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
		case 'h': status = cli_help(help); goto out;
		default: status = wb_unknown(&w); goto out;
		}
	}
	if (!lex[1]) {
		status = cli_usage(cmd, "give two lexicons: slant lexicon diff "
		                        "OLD NEW [CORPUS...]");
		goto out;
	}
	if ((status = wb_no_stdin(&w, "four times")) != 0)
		goto out;
	if (table != SLANT_DIFF_ENTRIES && !w.ca.ninputs &&
	    (w.format == WB_CSV || w.format == WB_TSV)) {
		status = cli_usage(cmd, "--table %s needs a corpus",
		                   table == SLANT_DIFF_DIMENSIONS ? "dimensions"
		                                                  : "articles");
		goto out;
	}
	if (!(old = cli_load_lexicons(&lex[0], 1, &status)) ||
	    !(new = cli_load_lexicons(&lex[1], 1, &status)))
		goto out;
	d = slant_diff_lexicons(old, new);
	struct slant_error err;
	slant_error_clear(&err);
	if (w.ca.ninputs &&
	    slant_diff_corpus(d, reopen, &w.ca, (unsigned)w.threads,
	                      (size_t)top, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	if (w.format == WB_TEXT)
		slant_diff_write_text(d, &b);
	else if (w.format == WB_JSON)
		slant_diff_write_json(d, &b);
	else
		slant_diff_write_table(d, table, w.format == WB_TSV, &b);
	status = wb_write(w.output, &b);
	slant_buf_release(&b);
out:
	slant_diff_free(d);
	slant_lexicon_free(old);
	slant_lexicon_free(new);
	wb_common_release(&w);
	return status;
}
