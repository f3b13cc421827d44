/* cmd-lexicon-expand.c: slant lexicon expand (what wildcards and phrases
 * reach in a corpus) and the corpus half of slant lexicon check --corpus. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexreach.h"
#include "workbench.h"

static const char help[] =
    "usage: slant lexicon expand [OPTIONS] LEXICON CORPUS...\n"
    "\n"
    "List every word each wildcard (and word sequence each phrase) of\n"
    "LEXICON matched in the corpus, with the number of matches and of\n"
    "articles and its share of the entry's matches: what 'flood*' really\n"
    "counts. LEXICON is a lexicon file (.lex, .dic, .dicx, .yml, .lc3,\n"
    ".cat...) or a directory.\n"
    "\n"
    "Options:\n"
    "  -l, --lexicon PATH     the lexicon (repeatable), instead of LEXICON\n"
    "      --all              every entry, single words too\n"
    "  -f, --format FMT       text (default), csv, tsv or json\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "slant lexicon check --corpus CORPUS warns about wildcards that reach\n"
    "mostly other words; see slant-lexicon(1).\n";

#define OPT_ALL 2101

int cmd_lexicon_expand(int argc, char **argv)
{
	static const struct option longopts[] = {
	    WB_COMMON_LONGOPTS,
	    {"all", no_argument, NULL, OPT_ALL},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct wb_common w;
	wb_common_init(&w, "lexicon expand");
	bool all = false;
	int status = 0, c, r;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_reach *reach = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:f:o:j:qh", longopts, NULL)) !=
	       -1) {
		if ((r = wb_common_option(&w, c, optarg, &status)) != 0) {
			if (r < 0)
				goto out;
			continue;
		}
		switch (c) {
		case 1:
			/* the first argument is the lexicon */
			if (!w.lexicons.n)
				wb_args_push(&w.lexicons, optarg);
			else
				cli_corpus_add_path(&w.ca, optarg);
			break;
		case OPT_ALL: all = true; break;
		case 'h': status = cli_help(help); goto out;
		default: status = wb_unknown(&w); goto out;
		}
	}
	if (!w.lexicons.n || !w.ca.ninputs) {
		status = cli_usage(w.cmd, "give a lexicon and a corpus: slant "
		                          "lexicon expand LEXICON CORPUS...");
		goto out;
	}
	if ((status = cli_open_inputs(w.lexicons.v, w.lexicons.n, &w.ca, &lx,
	                              &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	if (!(reach = slant_reach_run(lx, corpus, (unsigned)w.threads, all,
	                              &err))) {
		status = cli_fail(&err);
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	if (w.format == WB_TEXT)
		slant_reach_write_text(reach, &b);
	else if (w.format == WB_JSON)
		slant_reach_write_json(reach, &b);
	else
		slant_reach_write_table(reach, w.format == WB_TSV, &b);
	status = wb_write(w.output, &b);
	slant_buf_release(&b);
out:
	slant_reach_free(reach);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	wb_common_release(&w);
	return status;
}

int cli_check_corpus(const struct slant_lexicon *lx, char **paths, size_t n,
                     size_t *nwarn)
{
	struct slant_corpus_input *in = slant_xcalloc(n, sizeof *in);
	for (size_t i = 0; i < n; i++)
		in[i].path = paths[i];
	struct slant_corpus_options opt;
	memset(&opt, 0, sizeof opt);
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_corpus *c = slant_corpus_open(in, n, &opt, &err);
	struct slant_reach *r = NULL;
	int status = 0;
	if (!c || !(r = slant_reach_run(lx, c, (unsigned)cli_default_threads(),
	                                false, &err))) {
		status = cli_fail(&err);
	} else {
		struct slant_finding *f;
		size_t nf = slant_reach_lint(r, CLI_CHECK_MIN_MATCHES, &f);
		for (size_t i = 0; i < nf; i++)
			printf("%s: warning: %s\n", f[i].where, f[i].message);
		*nwarn += nf;
		free(f);
	}
	slant_reach_free(r);
	slant_corpus_free(c);
	free(in);
	return status;
}
