/* cmd-compare.c: slant compare: groups of articles against each other. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compare.h"
#include "format.h"
#include "stream.h"
#include "tokenize.h"
#include "vocab.h"

static const char help[] =
    "usage: slant compare [OPTIONS] PATH...\n"
    "\n"
    "Compare groups of articles (outlets by default; any field with\n"
    "--group-by). The article is the unit of every test: terms by the\n"
    "share of articles using them (Fisher's exact test), framing\n"
    "dimensions and contested names by Mann-Whitney on article rates and\n"
    "shares (exact where it can be), Benjamini-Hochberg q-values, Log\n"
    "Ratios with bootstrap intervals over articles. Token-level keyness\n"
    "(G2, chi-square, log-odds; columns token_*) is descriptive. Also the\n"
    "Jensen-Shannon divergence against its permutation null.\n"
    "\n"
    "Which groups:\n"
    "  -t, --target NAME      the target group\n"
    "  -r, --reference NAME   the reference group (default: all others)\n"
    "      --one-vs-rest      every group against all others\n"
    "      --all-pairs        every pair of groups (the default without\n"
    "                         --target)\n"
    "Terms:\n"
    "  -n, --ngrams N         phrases of up to N words, 1-3 (default 1)\n"
    "      --min-count N      test terms seen N times in the two sides "
    "(default 3)\n"
    "      --min-docs N       ... and in N articles (default 1)\n"
    "      --stopwords LIST   none (default), english, or a file of words\n"
    "      --prior PRIOR      log-odds prior: uniform (default), pooled, or a\n"
    "                         background file of 'term<TAB>count' lines\n"
    "      --prior-alpha A    uniform pseudo-count per term (default 0.01)\n"
    "      --prior-scale S    pooled/background prior total (default 1000)\n"
    "Tests:\n"
    "      --alpha Q          significant: q below Q (default 0.05)\n"
    "      --pair-by FIELD    compare also within events: the field naming\n"
    "                         an article's event, or 'dir' (its directory):\n"
    "                         Wilcoxon over events, exact stratified term\n"
    "                         test (columns paired_*, events_*)\n"
    "Bootstrap over articles:\n"
    "  -B, --bootstrap N      replicates, and as many JSD permutations\n"
    "                         (default 200; 0: none)\n"
    "      --conf LEVEL       interval level (default 0.95)\n"
    "      --seed N           random seed (default 1)\n"
    "      --boot-terms N     terms with a bootstrap Log Ratio interval (100)\n"
    "      --max-blocks N     blocks per group: 2N at most (default 100)\n"
    "Output:\n"
    "  -f, --format FMT       csv (default), tsv or json (the whole model)\n"
    "  -T, --table KIND       csv/tsv table: terms (default), dimensions,\n"
    "                         naming, divergence or groups\n"
    "      --top N            keep the first and last N terms of each\n"
    "                         comparison (default: all)\n" CLI_LEXICON_HELP
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no notes or warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "Terms are the tokens of slant-score(1): U.S. is the term u.s.\n"
    "Positive effects mean over-use in the target. Columns: "
    "slant-compare(1).\n";

struct compare_ctx {
	struct slant_compare_encoder *enc;
	struct slant_compare_builder *b;
	struct slant_error err;
};

static void compare_article(void *ctx, unsigned worker,
                            const struct slant_article *a,
                            const struct slant_tokens *toks,
                            const struct slant_vocab *vocab,
                            const struct slant_tally *tally,
                            const struct slant_match *matches, size_t nmatches,
                            struct slant_buf *out)
{
	const struct compare_ctx *cc = ctx;
	(void)matches;
	(void)nmatches;
	slant_compare_encode(cc->enc, worker, a, toks, vocab, tally, out);
}

static int compare_flush(void *ctx, struct slant_buf *b)
{
	struct compare_ctx *cc = ctx;
	int r =
	    slant_compare_builder_add_records(cc->b, b->data, b->len, &cc->err);
	slant_buf_reset(b);
	return r;
}

enum {
	OPT_ONE_VS_REST = 2001,
	OPT_ALL_PAIRS,
	OPT_STOPWORDS,
	OPT_PRIOR,
	OPT_PRIOR_ALPHA,
	OPT_PRIOR_SCALE,
	OPT_BOOT_TERMS,
	OPT_MAX_BLOCKS,
	OPT_TOP,
	OPT_ALPHA
};

int cmd_compare(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"target", required_argument, NULL, 't'},
	    {"reference", required_argument, NULL, 'r'},
	    {"one-vs-rest", no_argument, NULL, OPT_ONE_VS_REST},
	    {"all-pairs", no_argument, NULL, OPT_ALL_PAIRS},
	    {"stopwords", required_argument, NULL, OPT_STOPWORDS},
	    {"prior", required_argument, NULL, OPT_PRIOR},
	    {"prior-alpha", required_argument, NULL, OPT_PRIOR_ALPHA},
	    {"prior-scale", required_argument, NULL, OPT_PRIOR_SCALE},
	    {"boot-terms", required_argument, NULL, OPT_BOOT_TERMS},
	    {"max-blocks", required_argument, NULL, OPT_MAX_BLOCKS},
	    {"alpha", required_argument, NULL, OPT_ALPHA},
	    {"format", required_argument, NULL, 'f'},
	    {"table", required_argument, NULL, 'T'},
	    {"top", required_argument, NULL, OPT_TOP},
	    {"output", required_argument, NULL, 'o'},
	    {"lexicon", required_argument, NULL, 'l'},
	    CLI_COMPARE_LONGOPTS,
	    {"threads", required_argument, NULL, 'j'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	struct slant_language_skips skips;
	slant_language_skips_init(&skips);
	struct slant_compare_options opt;
	slant_compare_options_init(&opt);
	bool mode_set = false, json = false;
	enum slant_table_format fmt = SLANT_FMT_CSV;
	enum slant_compare_table table = SLANT_TABLE_TERMS;
	const char *output = NULL, *stop_arg = NULL, *prior_arg = NULL;
	char **lexpaths = NULL;
	size_t nlex = 0;
	long threads = cli_default_threads(), top = 0, lv;
	struct cli_wordlist stop = {0}, bg = {0};
	int status = 0, c;
	optind = 1;
#define BAD(...)                                                               \
	do {                                                                   \
		status = cli_usage("compare", __VA_ARGS__);                    \
		goto out;                                                      \
	} while (0)
	while ((c = getopt_long(argc, argv, "-t:r:n:B:f:T:o:l:j:qh", longopts,
	                        NULL)) != -1) {
		switch (c) {
		case 1: cli_corpus_add_path(&ca, optarg); break;
		case 't': opt.target = optarg; break;
		case 'r': opt.reference = optarg; break;
		case OPT_ONE_VS_REST:
			opt.mode = SLANT_COMPARE_ONE_VS_REST;
			mode_set = true;
			break;
		case OPT_ALL_PAIRS:
			opt.mode = SLANT_COMPARE_PAIRS;
			mode_set = true;
			break;
		case OPT_STOPWORDS: stop_arg = optarg; break;
		case OPT_PRIOR: prior_arg = optarg; break;
		case OPT_PRIOR_ALPHA:
			if (cli_parse_real(optarg, 1e-12, 1e12,
			                   &opt.prior_alpha) < 0)
				BAD("--prior-alpha must be a number > 0, not "
				    "'%s'",
				    optarg);
			break;
		case OPT_PRIOR_SCALE:
			if (cli_parse_real(optarg, 1e-12, 1e15,
			                   &opt.prior_scale) < 0)
				BAD("--prior-scale must be a number > 0, not "
				    "'%s'",
				    optarg);
			break;
		case OPT_BOOT_TERMS:
			if (cli_parse_uint(optarg, 0, 1000000L, &lv) < 0)
				BAD("--boot-terms must be a whole number, not "
				    "'%s'",
				    optarg);
			opt.boot_terms = (size_t)lv;
			break;
		case OPT_ALPHA:
			if (cli_parse_real(optarg, 0, 1, &opt.alpha) < 0)
				BAD("--alpha must be a number from 0 to 1, not "
				    "'%s'",
				    optarg);
			break;
		case OPT_MAX_BLOCKS:
			if (cli_parse_uint(optarg, 1, 1000000L, &lv) < 0)
				BAD("--max-blocks must be a whole number >= 1, "
				    "not '%s'",
				    optarg);
			opt.max_blocks = (size_t)lv;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (slant_table_format_parse(optarg, &fmt) < 0 ||
			         fmt == SLANT_FMT_JSONL)
				BAD("--format must be csv, tsv or json, not "
				    "'%s'",
				    optarg);
			else
				json = false;
			break;
		case 'T':
			if (slant_compare_table_parse(optarg, &table) < 0)
				BAD("--table must be terms, dimensions, "
				    "naming, divergence or groups, not '%s'",
				    optarg);
			break;
		case OPT_TOP:
			if (cli_parse_uint(optarg, 0, 1000000000L, &top) < 0)
				BAD("--top must be a whole number, not '%s'",
				    optarg);
			break;
		case 'o': output = optarg; break;
		case 'l':
			lexpaths = slant_xreallocarray(lexpaths, nlex + 1,
			                               sizeof *lexpaths);
			lexpaths[nlex++] = optarg;
			break;
		case 'j':
			if (cli_parse_uint(optarg, 1, 256, &threads) < 0)
				BAD("--threads must be a whole number from 1 "
				    "to 256, not '%s'",
				    optarg);
			break;
		case 'q': cli_quiet = true; break;
		case 'h': status = cli_help(help); goto out;
		default: {
			int r = cli_compare_option(&opt, "compare", c, optarg);
			if (r == 0)
				r = cli_corpus_option(&ca, "compare", c,
				                      optarg);
			if (r == 1)
				break;
			status = SLANT_EUSAGE;
			goto out;
		}
		}
	}
	if (!ca.ninputs)
		BAD("no corpus given (a file, a directory or '-')");
	if (opt.target && mode_set)
		BAD("--target cannot be combined with --one-vs-rest or "
		    "--all-pairs");
	if (opt.reference && !opt.target)
		BAD("--reference needs --target");
	if (opt.target)
		opt.mode = SLANT_COMPARE_TARGET;
	else if (!mode_set)
		opt.mode = SLANT_COMPARE_PAIRS;
	if ((status = cli_stopwords(stop_arg, &stop, &opt)) != 0)
		goto out;
	if (prior_arg) {
		if (strcmp(prior_arg, "uniform") == 0) {
			opt.prior = SLANT_PRIOR_UNIFORM;
		} else if (strcmp(prior_arg, "pooled") == 0) {
			opt.prior = SLANT_PRIOR_POOLED;
		} else {
			if ((status =
			         cli_read_wordlist(prior_arg, true, &bg)) != 0)
				goto out;
			opt.prior = SLANT_PRIOR_BACKGROUND;
			opt.bg_terms = (const char *const *)bg.w;
			opt.bg_counts = bg.count;
			opt.nbg = bg.n;
			opt.bg_name = prior_arg;
		}
	}

	struct slant_lexicon *lx;
	struct slant_corpus *corpus;
	if ((status = cli_open_inputs(lexpaths, nlex, &ca, &lx, &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	/* compute what the output shows: a table needs only its part */
	opt.parts = json ? SLANT_PARTS_ALL : slant_compare_table_parts(table);
	opt.threads = (unsigned)threads;
	struct compare_ctx cc = {slant_compare_encoder_new(opt.ngrams,
	                                                   (unsigned)threads,
	                                                   opt.pair_by),
	                         slant_compare_builder_new(lx, &opt),
	                         {0}};
	slant_error_clear(&cc.err);
	opt.language = ca.language;
	struct slant_stream_options so = {
	    .threads = (unsigned)threads,
	    .flush_apart = true,
	    .language = ca.language,
	    .skips = &skips,
	    .article = compare_article,
	    .flush = compare_flush,
	    .ctx = &cc,
	};
	long n = slant_stream_run(corpus, lx, &so, &err);
	slant_corpus_free(corpus);
	slant_compare_encoder_free(cc.enc);
	if (n < 0) {
		status = cli_fail(cc.err.code ? &cc.err : &err);
		slant_compare_builder_free(cc.b);
		slant_lexicon_free(lx);
		goto out;
	}
	struct slant_compare *m = slant_compare_finish(cc.b, &err);
	if (!m) {
		status = cli_fail(&err);
		slant_lexicon_free(lx);
		goto out;
	}
	if (!cli_quiet)
		for (size_t i = 0; i < m->nnotes; i++)
			fprintf(stderr, "slant: note: %s\n", m->notes[i]);
	struct cli_output o;
	if (cli_output_open(&o, output) < 0) {
		status = SLANT_EIO;
	} else {
		struct slant_buf b;
		slant_buf_init(&b);
		if (json)
			slant_compare_write_json(&b, m, (size_t)top);
		else
			slant_compare_write_table(&b, m, table, fmt,
			                          (size_t)top);
		if (cli_output_write(&o, &b) < 0) {
			slant_error_set(&err, SLANT_EIO,
			                output ? output : "standard output",
			                "write failed");
			status = cli_fail(&err);
			cli_output_abort(&o);
		} else {
			status = cli_output_commit(&o);
		}
		slant_buf_release(&b);
	}
	if (!status && ca.warnings && !cli_quiet)
		fprintf(stderr,
		        "slant: %zu warning(s): bad input replaced or skipped "
		        "(--lenient)\n",
		        ca.warnings);
	if (!status)
		cli_language_note(&skips);
	slant_compare_free(m);
	slant_lexicon_free(lx);
out:
#undef BAD
	slant_language_skips_release(&skips);
	cli_wordlist_release(&stop);
	cli_wordlist_release(&bg);
	free(lexpaths);
	cli_corpus_args_release(&ca);
	return status;
}
