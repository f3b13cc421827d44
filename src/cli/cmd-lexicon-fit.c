/* cmd-lexicon-fit.c: slant lexicon fit: entry weights from labels. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexfit.h"
#include "workbench.h"

static const char help[] =
    "usage: slant lexicon fit --label FIELD[=POSITIVE] -l LEXICON.lex\n"
    "                         -o OUT.lex [OPTIONS] CORPUS...\n"
    "\n"
    "Learn entry weights from labelled articles: per dimension an\n"
    "L2-regularised logistic regression of the label on the hits of the\n"
    "entries seen often enough, lambda chosen by cross-validation. Writes\n"
    "the lexicon again with \"ENTRY = WEIGHT\" lines and a %reference\n"
    "saying how it was fitted, and reports the cross-validated AUC of\n"
    "the dimension's unweighted hits and of the fitted weights.\n"
    "\n"
    "Options:\n"
    "  -l, --lexicon FILE     the .lex file to fit (one)\n"
    "  -o, --output FILE      the fitted .lex (written atomically)\n"
    "      --label FIELD[=POSITIVE]  as in slant lexicon eval\n"
    "      --negative VALUE   only items with this value are negatives\n"
    "                         (repeatable)\n"
    "      --map LABEL=DIMENSION  fit that dimension to that class\n"
    "                         (repeatable; for labels with several values)\n"
    "  -d, --dimension PATH   a dimension to fit (repeatable; default: every\n"
    "                         top-level dimension)\n"
    "      --split dev|test   fit on one half only (see slant lexicon eval)\n"
    "      --min-items N      entries seen in fewer labelled items weigh 0\n"
    "                         (default 5)\n"
    "      --min-class N      items of each class needed (default 10)\n"
    "      --folds K          cross-validation folds (default 5)\n"
    "      --seed N           random seed of the folds (default 1)\n"
    "  -f, --format FMT       the report: text (default), csv, tsv or json\n"
    "      --report FILE      write the report to FILE instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "See slant-lexicon(1).\n";

#define OPT_LABEL     2401
#define OPT_NEGATIVE  2402
#define OPT_MAP       2403
#define OPT_SPLIT     2404
#define OPT_MIN_ITEMS 2405
#define OPT_MIN_CLASS 2406
#define OPT_FOLDS     2407
#define OPT_REPORT    2408

struct strs {
	char **v;
	size_t n;
};

static void push(struct strs *s, char *x)
{
	s->v = slant_xreallocarray(s->v, s->n + 1, sizeof *s->v);
	s->v[s->n++] = x;
}

/* What the data was, for the %reference line: the corpus files' names. */
static char *describe(const struct cli_corpus_args *ca,
                      enum slant_lexeval_split split)
{
	struct slant_buf b;
	slant_buf_init(&b);
	for (size_t i = 0; i < ca->ninputs; i++) {
		const char *p = ca->inputs[i].path, *slash = strrchr(p, '/');
		slant_buf_printf(&b, "%s%s", i ? ", " : "",
		                 slash && slash[1] ? slash + 1 : p);
	}
	if (split != SLANT_SPLIT_ALL)
		slant_buf_printf(&b, " (split %s)",
		                 split == SLANT_SPLIT_DEV ? "dev" : "test");
	return slant_buf_take(&b);
}

int cmd_lexicon_fit(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"lexicon", required_argument, NULL, 'l'},
	    {"output", required_argument, NULL, 'o'},
	    {"label", required_argument, NULL, OPT_LABEL},
	    {"negative", required_argument, NULL, OPT_NEGATIVE},
	    {"map", required_argument, NULL, OPT_MAP},
	    {"dimension", required_argument, NULL, 'd'},
	    {"split", required_argument, NULL, OPT_SPLIT},
	    {"min-items", required_argument, NULL, OPT_MIN_ITEMS},
	    {"min-class", required_argument, NULL, OPT_MIN_CLASS},
	    {"folds", required_argument, NULL, OPT_FOLDS},
	    {"seed", required_argument, NULL, CLI_OPT_SEED},
	    {"format", required_argument, NULL, 'f'},
	    {"report", required_argument, NULL, OPT_REPORT},
	    {"threads", required_argument, NULL, 'j'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	const char *cmd = "lexicon fit";
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	struct strs negs = {0}, maps = {0}, dims = {0};
	struct slant_field_ref label = {0};
	struct slant_lexeval_options o = {0};
	o.measure = SLANT_MEASURE_HITS;
	o.keep_matches = true;
	o.conf = 0.95;
	struct slant_fit_options fo = {5, 10, 5, 1};
	char *lexpath = NULL, *corpus_name = NULL;
	const char *output = NULL, *report = NULL;
	enum wb_format fmt = WB_TEXT;
	long threads = cli_default_threads(), lv;
	int status = 0, c;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_lexeval *ev = NULL;
	struct slant_fit *fit = NULL;
	char *text = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:o:d:f:j:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 1: cli_corpus_add_path(&ca, optarg); break;
		case 'l':
			if (lexpath) {
				status = cli_usage(cmd, "one lexicon file at a "
				                        "time");
				goto out;
			}
			lexpath = optarg;
			break;
		case 'o': output = optarg; break;
		case OPT_LABEL:
			slant_field_ref_release(&label);
			if ((status = wb_label(cmd, optarg, &label,
			                       &o.positive)) != 0)
				goto out;
			o.label = &label;
			break;
		case OPT_NEGATIVE: push(&negs, optarg); break;
		case OPT_MAP: push(&maps, optarg); break;
		case 'd': push(&dims, optarg); break;
		case OPT_SPLIT:
			if (strcmp(optarg, "dev") == 0)
				o.split = SLANT_SPLIT_DEV;
			else if (strcmp(optarg, "test") == 0)
				o.split = SLANT_SPLIT_TEST;
			else if (strcmp(optarg, "all") != 0) {
				status =
				    cli_usage(cmd,
				              "--split must be dev, test or "
				              "all, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case OPT_MIN_ITEMS:
			if ((status = wb_uint(cmd, "--min-items", optarg, 1,
			                      1000000, &lv)) != 0)
				goto out;
			fo.min_items = (size_t)lv;
			break;
		case OPT_MIN_CLASS:
			if ((status = wb_uint(cmd, "--min-class", optarg, 1,
			                      1000000, &lv)) != 0)
				goto out;
			fo.min_class = (size_t)lv;
			break;
		case OPT_FOLDS:
			if ((status = wb_uint(cmd, "--folds", optarg, 2, 100,
			                      &lv)) != 0)
				goto out;
			fo.folds = (size_t)lv;
			break;
		case CLI_OPT_SEED:
			if ((status = wb_uint(cmd, "--seed", optarg, 0,
			                      2147483647L, &lv)) != 0)
				goto out;
			fo.seed = (unsigned long)lv;
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
		case OPT_REPORT: report = optarg; break;
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
	size_t plen = lexpath ? strlen(lexpath) : 0;
	if (!lexpath || plen < 4 || strcmp(lexpath + plen - 4, ".lex") != 0) {
		status = cli_usage(cmd, "fit rewrites one .lex file: give it "
		                        "with --lexicon FILE.lex");
		goto out;
	}
	if (!output || !o.label || !ca.ninputs) {
		status = cli_usage(cmd, "give --label, --lexicon FILE.lex, "
		                        "--output OUT.lex and a corpus");
		goto out;
	}
	for (size_t i = 0; i < dims.n; i++)
		if (strchr(dims.v[i], '=')) {
			status = cli_usage(cmd,
			                   "'%s': fit weighs the entries "
			                   "of one dimension, not of a sum",
			                   dims.v[i]);
			goto out;
		}
	if ((status = cli_open_inputs(&lexpath, 1, &ca, &lx, &corpus)) != 0)
		goto out;
	/* by default every top-level dimension; fitted dimensions must not
	 * hold each other (an entry has one weight) */
	if (!dims.n && !maps.n)
		for (size_t d = 0; d < lx->ndims; d++)
			if (lx->dims[d].depth == 0)
				push(&dims, lx->dims[d].path);
	o.negatives = (const char *const *)negs.v;
	o.nnegatives = negs.n;
	o.maps = (const char *const *)maps.v;
	o.nmaps = maps.n;
	o.dims = (const char *const *)dims.v;
	o.ndims = dims.n;
	struct slant_error err;
	slant_error_clear(&err);
	if (!(ev = slant_lexeval_new(lx, &o, &err))) {
		status = err.code == SLANT_EUSAGE
		             ? cli_usage(cmd, "%s", err.message)
		             : cli_fail(&err);
		goto out;
	}
	for (size_t a = 0; a < ev->ndims; a++)
		for (size_t b = 0; b < ev->ndims; b++)
			if (a != b &&
			    slant_lexicon_dim_within(lx, ev->dims[a].dims[0],
			                             ev->dims[b].dims[0])) {
				status = cli_usage(
				    cmd,
				    "'%s' is within '%s': fit one "
				    "of them (an entry has one "
				    "weight)",
				    ev->dims[a].name, ev->dims[b].name);
				goto out;
			}
	if (slant_lexeval_run(ev, corpus, (unsigned)threads, &err) < 0 ||
	    slant_lexeval_finish(ev, (unsigned)threads, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	if (ev->numeric || (!o.positive && !ev->boolean && !maps.n)) {
		status = cli_usage(cmd, "fit needs one class per dimension: "
		                        "--label FIELD=POSITIVE, or --map "
		                        "LABEL=DIMENSION for each dimension");
		goto out;
	}
	if (!(fit = slant_fit_run(ev, &fo, &err))) {
		status = cli_fail(&err);
		goto out;
	}
	size_t len;
	if (slant_read_file(lexpath, &text, &len, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	corpus_name = describe(&ca, o.split);
	struct slant_buf b;
	slant_buf_init(&b);
	if (slant_fit_write_lex(fit, lexpath, text, len, corpus_name, &b,
	                        &err) < 0) {
		slant_buf_release(&b);
		status = cli_fail(&err);
		goto out;
	}
	if ((status = wb_write(output, &b)) != 0) {
		slant_buf_release(&b);
		goto out;
	}
	slant_buf_reset(&b);
	if (fmt == WB_TEXT)
		slant_fit_write_text(fit, &b);
	else if (fmt == WB_JSON)
		slant_fit_write_json(fit, &b);
	else
		slant_fit_write_table(fit, fmt == WB_TSV, &b);
	status = wb_write(report, &b);
	slant_buf_release(&b);
out:
	free(text);
	free(corpus_name);
	slant_fit_free(fit);
	slant_lexeval_free(ev);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	slant_field_ref_release(&label);
	free(negs.v);
	free(maps.v);
	free(dims.v);
	cli_corpus_args_release(&ca);
	return status;
}
