/* cmd-lexicon-eval.c: slant lexicon eval: a lexicon against labels. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexeval.h"
#include "workbench.h"

static const char help[] =
    "usage: slant lexicon eval --label FIELD[=POSITIVE] [OPTIONS] PATH...\n"
    "       slant lexicon eval --spans FIELD [OPTIONS] PATH...\n"
    "\n"
    "Measure lexicon dimensions against labelled articles or sentences:\n"
    "per dimension the AUC with a bootstrap interval (and reversed: a\n"
    "dimension that predicts the negative class is information too),\n"
    "precision, recall and F1 of \"the dimension fires\", and coverage;\n"
    "per entry its items among positives and negatives, precision, lift\n"
    "and the false positives it alone causes; with spans, word-level\n"
    "precision and recall. A numeric label gets Spearman's rank\n"
    "correlation instead of AUCs.\n"
    "\n"
    "Labels:\n"
    "      --label FIELD[=POSITIVE]  the label field: FIELD, FIELD.KEY or\n"
    "                         FIELD[K=V].KEY; with =POSITIVE the items with\n"
    "                         that value (or list element) against the\n"
    "                         rest, without it every value against the rest\n"
    "                         (a number field: rank correlation; a boolean:\n"
    "                         true against false)\n"
    "      --negative VALUE   only items with this value are negatives, the\n"
    "                         others are left out (repeatable)\n"
    "      --map LABEL=DIMENSION  measure that class on that dimension only\n"
    "                         (repeatable)\n"
    "      --spans FIELD      annotated words or phrases (a list of strings,\n"
    "                         or FIELD[K=V].KEY of a list of objects)\n"
    "      --split dev|test   keep the items whose id's SHA-1 ends in a hex\n"
    "                         digit below 8 (dev) or not (test)\n"
    "Dimensions:\n" CLI_LEXICON_HELP
    "  -d, --dimension SPEC   PATH, or NAME=PATH+PATH (a sum of hits);\n"
    "                         repeatable (default: every dimension)\n"
    "  -m, --measure M        rate (per 1,000 tokens; default), hits or\n"
    "                         score (sum of weights)\n"
    "  -B, --bootstrap N      resamples of items for the intervals (default\n"
    "                         200; 0: none)\n"
    "      --conf LEVEL       interval level (default 0.95)\n"
    "      --seed N           random seed (default 1)\n"
    "Output:\n"
    "  -f, --format FMT       text (default), csv, tsv or json (everything)\n"
    "  -T, --table KIND       csv/tsv table: dimensions (default) or entries\n"
    "      --top N            entries listed per dimension in text (5)\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "Columns and definitions: slant-lexicon(1).\n";

#define OPT_TOP 2006

int cmd_lexicon_eval(int argc, char **argv)
{
	static const struct option longopts[] = {
	    WB_COMMON_LONGOPTS,
	    WB_LABEL_LONGOPTS,
	    {"spans", required_argument, NULL, WB_OPT_SPANS},
	    {"measure", required_argument, NULL, 'm'},
	    {"bootstrap", required_argument, NULL, 'B'},
	    {"conf", required_argument, NULL, CLI_OPT_CONF},
	    {"seed", required_argument, NULL, CLI_OPT_SEED},
	    {"table", required_argument, NULL, 'T'},
	    {"top", required_argument, NULL, OPT_TOP},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct wb_common w;
	wb_common_init(&w, "lexicon eval");
	const char *cmd = w.cmd;
	struct wb_labels lb = {0};
	struct slant_lexeval_options o = {0};
	o.measure = SLANT_MEASURE_RATE;
	o.bootstrap = 200;
	o.conf = 0.95;
	o.seed = 1;
	o.top = 5;
	enum slant_lexeval_table table = SLANT_LEXEVAL_DIMENSIONS;
	long lv;
	double dv;
	int status = 0, c, r;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_lexeval *ev = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:f:o:j:qd:m:B:T:h", longopts,
	                        NULL)) != -1) {
		if ((r = wb_common_option(&w, c, optarg, &status)) != 0 ||
		    (r = wb_labels_option(&lb, cmd, c, optarg, true,
		                          &status)) != 0) {
			if (r < 0)
				goto out;
			continue;
		}
		switch (c) {
		case 1: cli_corpus_add_path(&w.ca, optarg); break;
		case 'm':
			if (slant_lexeval_measure_parse(optarg, &o.measure) <
			    0) {
				status =
				    cli_usage(cmd,
				              "--measure must be rate, hits "
				              "or score, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case 'B':
			if ((status = wb_uint(cmd, "--bootstrap", optarg, 0,
			                      100000, &lv)) != 0)
				goto out;
			o.bootstrap = (size_t)lv;
			break;
		case CLI_OPT_CONF:
			if (cli_parse_real(optarg, 0, 1, &dv) < 0 || dv <= 0 ||
			    dv >= 1) {
				status =
				    cli_usage(cmd,
				              "--conf must be between 0 and "
				              "1, not '%s'",
				              optarg);
				goto out;
			}
			o.conf = dv;
			break;
		case CLI_OPT_SEED:
			if ((status = wb_uint(cmd, "--seed", optarg, 0,
			                      2147483647L, &lv)) != 0)
				goto out;
			o.seed = (unsigned long)lv;
			break;
		case 'T':
			if (slant_lexeval_table_parse(optarg, &table) < 0) {
				status =
				    cli_usage(cmd,
				              "--table must be dimensions or "
				              "entries, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case OPT_TOP:
			if ((status = wb_uint(cmd, "--top", optarg, 0, 1000000,
			                      &lv)) != 0)
				goto out;
			o.top = (size_t)lv;
			break;
		case 'h': status = cli_help(help); goto out;
		default: status = wb_unknown(&w); goto out;
		}
	}
	if (!w.ca.ninputs) {
		status = cli_usage(cmd, "no corpus given (a file, a directory "
		                        "or '-')");
		goto out;
	}
	wb_labels_apply(&lb, &o);
	if ((status = cli_open_inputs(w.lexicons.v, w.lexicons.n, &w.ca, &lx,
	                              &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	if (!(ev = slant_lexeval_new(lx, &o, &err))) {
		status = err.code == SLANT_EUSAGE
		             ? cli_usage(cmd, "%s", err.message)
		             : cli_fail(&err);
		goto out;
	}
	if (table == SLANT_LEXEVAL_ENTRIES && !o.label) {
		status = cli_usage(cmd, "--table entries needs --label");
		goto out;
	}
	if (slant_lexeval_run(ev, corpus, (unsigned)w.threads, &err) < 0 ||
	    slant_lexeval_finish(ev, (unsigned)w.threads, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	switch (w.format) {
	case WB_TEXT: slant_lexeval_write_text(ev, &b); break;
	case WB_JSON: slant_lexeval_write_json(ev, &b); break;
	default:
		slant_lexeval_write_table(ev, table, w.format == WB_TSV, &b);
		break;
	}
	status = wb_write(w.output, &b);
	slant_buf_release(&b);
	if (!status && w.ca.warnings && !cli_quiet)
		fprintf(stderr,
		        "slant: %zu warning(s): bad input replaced or skipped "
		        "(--lenient)\n",
		        w.ca.warnings);
out:
	slant_lexeval_free(ev);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	wb_labels_release(&lb);
	wb_common_release(&w);
	return status;
}
