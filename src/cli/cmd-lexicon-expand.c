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
    "counts. LEXICON is a .lex or .dic file or a directory.\n"
    "\n"
    "Options:\n"
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
	    {"all", no_argument, NULL, OPT_ALL},
	    {"format", required_argument, NULL, 'f'},
	    {"output", required_argument, NULL, 'o'},
	    {"threads", required_argument, NULL, 'j'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	const char *cmd = "lexicon expand";
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	char *lexpath = NULL;
	bool all = false;
	enum wb_format fmt = WB_TEXT;
	const char *output = NULL;
	long threads = cli_default_threads();
	int status = 0, c;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_reach *r = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-f:o:j:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 1:
			if (!lexpath)
				lexpath = optarg;
			else
				cli_corpus_add_path(&ca, optarg);
			break;
		case OPT_ALL: all = true; break;
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
	if (!lexpath || !ca.ninputs) {
		status = cli_usage(cmd, "give a lexicon and a corpus: slant "
		                        "lexicon expand LEXICON CORPUS...");
		goto out;
	}
	if ((status = cli_open_inputs(&lexpath, 1, &ca, &lx, &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	if (!(r = slant_reach_run(lx, corpus, (unsigned)threads, all, &err))) {
		status = cli_fail(&err);
		goto out;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	if (fmt == WB_TEXT)
		slant_reach_write_text(r, &b);
	else if (fmt == WB_JSON)
		slant_reach_write_json(r, &b);
	else
		slant_reach_write_table(r, fmt == WB_TSV, &b);
	status = wb_write(output, &b);
	slant_buf_release(&b);
out:
	slant_reach_free(r);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	cli_corpus_args_release(&ca);
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
