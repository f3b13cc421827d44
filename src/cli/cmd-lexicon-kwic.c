/* cmd-lexicon-kwic.c: slant lexicon kwic (a sample of matches to code)
 * and slant lexicon audit (the coded sample read back). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kwic.h"
#include "workbench.h"

static const char kwic_help[] =
    "usage: slant lexicon kwic [OPTIONS] DIMENSION|ENTRY CORPUS...\n"
    "\n"
    "Draw a sample of the counted matches of a dimension (or of one entry,\n"
    "as written in the lexicon; DIMENSION:ENTRY when it is in several),\n"
    "spread over groups and articles, and write it as CSV with the match\n"
    "in context and an empty 'correct' column for a person to code with\n"
    "1 or 0 (yes/no). Read the coded file back with slant lexicon audit.\n"
    "\n"
    "Options:\n" CLI_LEXICON_HELP
    "  -n, --sample N         matches in the sample (default 100)\n"
    "      --seed N           random seed (default 1)\n"
    "      --context N        bytes of context each side (default 60)\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no warnings on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "The corpus is read twice (matches, then contexts): give files, not\n"
    "standard input. See slant-lexicon(1).\n";

static const char audit_help[] =
    "usage: slant lexicon audit [OPTIONS] CODED.csv\n"
    "\n"
    "Read a sample written by slant lexicon kwic after a person coded its\n"
    "'correct' column (1/0, yes/no, y/n, true/false; empty: not coded)\n"
    "and report the precision of each dimension and entry with a Wilson\n"
    "interval; with a second coder's column, Cohen's kappa between them.\n"
    "\n"
    "Options:\n"
    "      --coder COLUMN     a code column (default 'correct'); give it\n"
    "                         twice for two coders (the first gives the\n"
    "                         precision)\n"
    "      --conf LEVEL       interval level (default 0.95)\n"
    "  -f, --format FMT       text (default), csv, tsv or json\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -h, --help             show this help\n"
    "\n"
    "A .tsv file is read as tab separated. See slant-lexicon(1).\n";

#define OPT_SEED    2201
#define OPT_CONTEXT 2202
#define OPT_CODER   2203
#define OPT_CONF    2204

int cmd_lexicon_kwic(int argc, char **argv)
{
	static const struct option longopts[] = {
	    WB_COMMON_LONGOPTS,
	    {"sample", required_argument, NULL, 'n'},
	    {"seed", required_argument, NULL, OPT_SEED},
	    {"context", required_argument, NULL, OPT_CONTEXT},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	struct wb_common w;
	wb_common_init(&w, "lexicon kwic");
	const char *cmd = w.cmd, *spec = NULL;
	long sample = 100, seed = 1, context = 60;
	int status = 0, c, r;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_kwic *k = NULL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:f:o:j:qn:h", longopts, NULL)) !=
	       -1) {
		if ((r = wb_common_option(&w, c, optarg, &status)) != 0) {
			if (r < 0)
				goto out;
			continue;
		}
		switch (c) {
		case 1:
			if (!spec)
				spec = optarg;
			else
				cli_corpus_add_path(&w.ca, optarg);
			break;
		case 'n':
			if ((status = wb_uint(cmd, "--sample", optarg, 1,
			                      10000000, &sample)) != 0)
				goto out;
			break;
		case OPT_SEED:
			if ((status = wb_uint(cmd, "--seed", optarg, 0,
			                      2147483647L, &seed)) != 0)
				goto out;
			break;
		case OPT_CONTEXT:
			if ((status = wb_uint(cmd, "--context", optarg, 0,
			                      100000, &context)) != 0)
				goto out;
			break;
		case 'h': status = cli_help(kwic_help); goto out;
		default: status = wb_unknown(&w); goto out;
		}
	}
	if (!spec || !w.ca.ninputs) {
		status =
		    cli_usage(cmd, "give a dimension or entry and a corpus: "
		                   "slant lexicon kwic DIMENSION CORPUS...");
		goto out;
	}
	if (w.format != WB_TEXT && w.format != WB_CSV) {
		status = cli_usage(cmd, "the sample is CSV, to code by hand");
		goto out;
	}
	if ((status = wb_no_stdin(&w, "twice")) != 0 ||
	    (status = cli_open_inputs(w.lexicons.v, w.lexicons.n, &w.ca, &lx,
	                              &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_kwic_target t;
	if (slant_kwic_target_parse(lx, spec, &t, &err) < 0) {
		status = cli_usage(cmd, "%s", err.message);
		goto out;
	}
	k = slant_kwic_sample(lx, &t, (size_t)sample, (unsigned long)seed,
	                      corpus, (unsigned)w.threads, &err);
	slant_corpus_free(corpus);
	corpus = NULL;
	if (!k) {
		status = cli_fail(&err);
		goto out;
	}
	/* the second reading, for the contexts */
	if (!(corpus = slant_corpus_open(w.ca.inputs, w.ca.ninputs, &w.ca.opt,
	                                 &err)) ||
	    slant_kwic_contexts(k, corpus, (size_t)context, &err) < 0) {
		status = cli_fail(&err);
		goto out;
	}
	if (!cli_quiet)
		fprintf(stderr,
		        "slant: %zu of %zu matches in %zu articles and %zu "
		        "groups drawn\n",
		        k->nrows, k->matches, k->with, k->groups);
	struct slant_buf b;
	slant_buf_init(&b);
	slant_kwic_write_csv(k, &b);
	status = wb_write(w.output, &b);
	slant_buf_release(&b);
out:
	slant_kwic_free(k);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	wb_common_release(&w);
	return status;
}

int cmd_lexicon_audit(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"coder", required_argument, NULL, OPT_CODER},
	    {"conf", required_argument, NULL, OPT_CONF},
	    {"format", required_argument, NULL, 'f'},
	    {"output", required_argument, NULL, 'o'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0},
	};
	const char *cmd = "lexicon audit";
	const char *coders[3], *path = NULL, *output = NULL;
	size_t ncoders = 0;
	double conf = 0.95;
	enum wb_format fmt = WB_TEXT;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-f:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 1:
			if (path)
				return cli_usage(cmd,
				                 "one coded file at a time");
			path = optarg;
			break;
		case OPT_CODER:
			if (ncoders == 2)
				return cli_usage(cmd, "at most two --coder "
				                      "columns");
			coders[ncoders++] = optarg;
			break;
		case OPT_CONF:
			if (cli_parse_real(optarg, 0, 1, &conf) < 0 ||
			    conf <= 0 || conf >= 1)
				return cli_usage(
				    cmd,
				    "--conf must be between 0 and 1, "
				    "not '%s'",
				    optarg);
			break;
		case 'f':
			if (wb_format_parse(optarg, &fmt) < 0)
				return cli_usage(
				    cmd,
				    "--format must be text, csv, tsv "
				    "or json, not '%s'",
				    optarg);
			break;
		case 'o': output = optarg; break;
		case 'h': return cli_help(audit_help);
		default: return SLANT_EUSAGE;
		}
	}
	if (!path)
		return cli_usage(cmd, "no coded file given");
	struct slant_error err;
	slant_error_clear(&err);
	char *text;
	size_t len;
	if (slant_read_file(path, &text, &len, &err) < 0)
		return cli_fail(&err);
	size_t plen = strlen(path);
	char sep =
	    plen > 4 && strcmp(path + plen - 4, ".tsv") == 0 ? '\t' : ',';
	struct slant_audit *a =
	    slant_audit_read(path, text, len, sep, coders, ncoders, conf, &err);
	free(text);
	if (!a)
		return cli_fail(&err);
	struct slant_buf b;
	slant_buf_init(&b);
	if (fmt == WB_TEXT)
		slant_audit_write_text(a, &b);
	else if (fmt == WB_JSON)
		slant_audit_write_json(a, &b);
	else
		slant_audit_write_table(a, fmt == WB_TSV, &b);
	int status = wb_write(output, &b);
	slant_buf_release(&b);
	slant_audit_free(a);
	return status;
}
