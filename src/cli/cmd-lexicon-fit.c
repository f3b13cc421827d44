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

#define OPT_MIN_ITEMS 2405
#define OPT_MIN_CLASS 2406
#define OPT_FOLDS     2407
#define OPT_REPORT    2408

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
	    WB_COMMON_LONGOPTS,
	    WB_LABEL_LONGOPTS,
	    {"min-items", required_argument, NULL, OPT_MIN_ITEMS},
	    {"min-class", required_argument, NULL, OPT_MIN_CLASS},
	    {"folds", required_argument, NULL, OPT_FOLDS},
	    {"seed", required_argument, NULL, CLI_OPT_SEED},
	    {"report", required_argument, NULL, OPT_REPORT},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct wb_common w;
	wb_common_init(&w, "lexicon fit");
	const char *cmd = w.cmd;
	struct wb_labels lb = {0};
	struct slant_lexeval_options o = {0};
	o.measure = SLANT_MEASURE_HITS;
	o.keep_matches = true;
	o.conf = 0.95;
	struct slant_fit_options fo = {5, 10, 5, 1};
	char *corpus_name = NULL;
	const char *report = NULL;
	long lv;
	int status = 0, c, r;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_lexeval *ev = NULL;
	struct slant_fit *fit = NULL;
	char *text = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:f:o:j:qd:h", longopts, NULL)) !=
	       -1) {
		if ((r = wb_common_option(&w, c, optarg, &status)) != 0 ||
		    (r = wb_labels_option(&lb, cmd, c, optarg, false,
		                          &status)) != 0) {
			if (r < 0)
				goto out;
			continue;
		}
		switch (c) {
		case 1: cli_corpus_add_path(&w.ca, optarg); break;
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
		case OPT_REPORT: report = optarg; break;
		case 'h': status = cli_help(help); goto out;
		default: status = wb_unknown(&w); goto out;
		}
	}
	char *lexpath = w.lexicons.n == 1 ? w.lexicons.v[0] : NULL;
	size_t plen = lexpath ? strlen(lexpath) : 0;
	if (!lexpath || plen < 4 || strcmp(lexpath + plen - 4, ".lex") != 0) {
		status = cli_usage(cmd, "fit rewrites one .lex file: give it "
		                        "with --lexicon FILE.lex");
		goto out;
	}
	if (!w.output || !lb.has_label || !w.ca.ninputs) {
		status = cli_usage(cmd, "give --label, --lexicon FILE.lex, "
		                        "--output OUT.lex and a corpus");
		goto out;
	}
	for (size_t i = 0; i < lb.dims.n; i++)
		if (strchr(lb.dims.v[i], '=')) {
			status = cli_usage(cmd,
			                   "'%s': fit weighs the entries "
			                   "of one dimension, not of a sum",
			                   lb.dims.v[i]);
			goto out;
		}
	if ((status = cli_open_inputs(&lexpath, 1, &w.ca, &lx, &corpus)) != 0)
		goto out;
	/* by default every top-level dimension; fitted dimensions must not
	 * hold each other (an entry has one weight) */
	if (!lb.dims.n && !lb.maps.n)
		for (size_t d = 0; d < lx->ndims; d++)
			if (lx->dims[d].depth == 0)
				wb_args_push(&lb.dims, lx->dims[d].path);
	wb_labels_apply(&lb, &o);
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
	if (slant_lexeval_run(ev, corpus, (unsigned)w.threads, &err) < 0 ||
	    slant_lexeval_finish(ev, (unsigned)w.threads, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	if (ev->numeric || (!o.positive && !ev->boolean && !lb.maps.n)) {
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
	corpus_name = describe(&w.ca, o.split);
	struct slant_buf b;
	slant_buf_init(&b);
	if (slant_fit_write_lex(fit, lexpath, text, len, corpus_name, &b,
	                        &err) < 0) {
		slant_buf_release(&b);
		status = cli_fail(&err);
		goto out;
	}
	if ((status = wb_write(w.output, &b)) != 0) {
		slant_buf_release(&b);
		goto out;
	}
	slant_buf_reset(&b);
	if (w.format == WB_TEXT)
		slant_fit_write_text(fit, &b);
	else if (w.format == WB_JSON)
		slant_fit_write_json(fit, &b);
	else
		slant_fit_write_table(fit, w.format == WB_TSV, &b);
	status = wb_write(report, &b);
	slant_buf_release(&b);
out:
	free(text);
	free(corpus_name);
	slant_fit_free(fit);
	slant_lexeval_free(ev);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	wb_labels_release(&lb);
	wb_common_release(&w);
	return status;
}
