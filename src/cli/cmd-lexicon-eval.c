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
    "Dimensions:\n"
    "  -l, --lexicon PATH     a .lex or .dic file or a directory (repeatable;\n"
    "                         default: the bundled lexicons)\n"
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

#define OPT_LABEL    2001
#define OPT_NEGATIVE 2002
#define OPT_MAP      2003
#define OPT_SPANS    2004
#define OPT_SPLIT    2005
#define OPT_TOP      2006

struct strs {
	char **v;
	size_t n;
};

static void push(struct strs *s, char *x)
{
	s->v = slant_xreallocarray(s->v, s->n + 1, sizeof *s->v);
	s->v[s->n++] = x;
}

int cmd_lexicon_eval(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"label", required_argument, NULL, OPT_LABEL},
	    {"negative", required_argument, NULL, OPT_NEGATIVE},
	    {"map", required_argument, NULL, OPT_MAP},
	    {"spans", required_argument, NULL, OPT_SPANS},
	    {"split", required_argument, NULL, OPT_SPLIT},
	    {"lexicon", required_argument, NULL, 'l'},
	    {"dimension", required_argument, NULL, 'd'},
	    {"measure", required_argument, NULL, 'm'},
	    {"bootstrap", required_argument, NULL, 'B'},
	    {"conf", required_argument, NULL, CLI_OPT_CONF},
	    {"seed", required_argument, NULL, CLI_OPT_SEED},
	    {"format", required_argument, NULL, 'f'},
	    {"table", required_argument, NULL, 'T'},
	    {"top", required_argument, NULL, OPT_TOP},
	    {"output", required_argument, NULL, 'o'},
	    {"threads", required_argument, NULL, 'j'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	const char *cmd = "lexicon eval";
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	struct strs lex = {0}, negs = {0}, maps = {0}, dims = {0};
	struct slant_field_ref label = {0}, spans = {0};
	struct slant_lexeval_options o = {0};
	o.measure = SLANT_MEASURE_RATE;
	o.bootstrap = 200;
	o.conf = 0.95;
	o.seed = 1;
	o.top = 5;
	enum wb_format fmt = WB_TEXT;
	enum slant_lexeval_table table = SLANT_LEXEVAL_DIMENSIONS;
	const char *output = NULL;
	long threads = cli_default_threads(), lv;
	double dv;
	int status = 0, c;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_lexeval *ev = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:d:m:B:f:T:o:j:qh", longopts,
	                        NULL)) != -1) {
		switch (c) {
		case 1: cli_corpus_add_path(&ca, optarg); break;
		case OPT_LABEL:
			slant_field_ref_release(&label);
			if ((status = wb_label(cmd, optarg, &label,
			                       &o.positive)) != 0)
				goto out;
			o.label = &label;
			break;
		case OPT_NEGATIVE: push(&negs, optarg); break;
		case OPT_MAP: push(&maps, optarg); break;
		case OPT_SPANS: {
			struct slant_error err;
			slant_field_ref_release(&spans);
			if (slant_field_ref_parse(optarg, &spans, &err) < 0) {
				status =
				    cli_usage(cmd, "--spans %s", err.message);
				goto out;
			}
			o.spans = &spans;
			break;
		}
		case OPT_SPLIT:
			if (strcmp(optarg, "dev") == 0)
				o.split = SLANT_SPLIT_DEV;
			else if (strcmp(optarg, "test") == 0)
				o.split = SLANT_SPLIT_TEST;
			else if (strcmp(optarg, "all") == 0)
				o.split = SLANT_SPLIT_ALL;
			else {
				status =
				    cli_usage(cmd,
				              "--split must be dev, test or "
				              "all, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case 'l': push(&lex, optarg); break;
		case 'd': push(&dims, optarg); break;
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
	if (!ca.ninputs) {
		status = cli_usage(cmd, "no corpus given (a file, a directory "
		                        "or '-')");
		goto out;
	}
	o.negatives = (const char *const *)negs.v;
	o.nnegatives = negs.n;
	o.maps = (const char *const *)maps.v;
	o.nmaps = maps.n;
	o.dims = (const char *const *)dims.v;
	o.ndims = dims.n;
	if ((status = cli_open_inputs(lex.v, lex.n, &ca, &lx, &corpus)) != 0)
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
	if (slant_lexeval_run(ev, corpus, (unsigned)threads, &err) < 0 ||
	    slant_lexeval_finish(ev, (unsigned)threads, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	switch (fmt) {
	case WB_TEXT: slant_lexeval_write_text(ev, &b); break;
	case WB_JSON: slant_lexeval_write_json(ev, &b); break;
	default: slant_lexeval_write_table(ev, table, fmt == WB_TSV, &b); break;
	}
	status = wb_write(output, &b);
	slant_buf_release(&b);
	if (!status && ca.warnings && !cli_quiet)
		fprintf(stderr,
		        "slant: %zu warning(s): bad input replaced or skipped "
		        "(--lenient)\n",
		        ca.warnings);
out:
	slant_lexeval_free(ev);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	slant_field_ref_release(&label);
	slant_field_ref_release(&spans);
	free(lex.v);
	free(negs.v);
	free(maps.v);
	free(dims.v);
	cli_corpus_args_release(&ca);
	return status;
}
