/* cmd-lexicon-convert.c: slant lexicon convert IN -o OUT: a lexicon from
 * any format slant reads to .lex, .dic or YAML, saying what the target
 * cannot hold. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "lexfmt.h"

static const char help[] =
    "usage: slant lexicon convert IN -o OUT [--to lex|dic|yaml] [--strict] "
    "[-q]\n"
    "\n"
    "Convert one lexicon file to another format. IN may be in any format\n"
    "slant reads, told apart by extension and content: slant .lex, LIWC\n"
    ".dic, LIWC-22 .dicx, quanteda YAML (.yml, .yaml), Lexicoder (.lc3,\n"
    ".lcd), WordStat (.cat). OUT is written atomically, in the format of\n"
    "its extension (.lex, .dic, .yml or .yaml) or of --to.\n"
    "\n"
    "What OUT's format cannot hold (exclusions, weights, negation settings,\n"
    "metadata, descriptions) is listed on standard error with counts, as\n"
    "are the entries of IN that slant cannot match (skipped); the exit\n"
    "status is still 0. Read back, a .dic or YAML file's scheme is named\n"
    "after the file.\n"
    "\n"
    "  -o, --output OUT  the file to write ('-': standard output, with --to)\n"
    "  --to FORMAT       lex, dic or yaml (default: OUT's extension)\n"
    "  --strict          write nothing and exit 1 when anything would be\n"
    "                    dropped or skipped\n"
    "  -q, --quiet       no summary and no warnings\n"
    "\nSee slant-lexicon(1) and the formats in slant-lexicon(5).\n";

#define OPT_TO     2001
#define OPT_STRICT 2002

static int usage(const char *fmt, const char *arg)
{
	return cli_usage("lexicon convert", fmt, arg);
}

/* The lexicon in IN, finished, with its skipped entries counted; NULL on
 * error (printed, *status set). */
static struct slant_lexicon *load(const char *in, size_t *skipped, int *status)
{
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_lexicon *lx = slant_lexicon_new();
	if (slant_lexicon_load(lx, in, cli_warn, skipped, &err) < 0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		*status = cli_fail(&err);
		slant_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* Say what the conversion drops and changes; the number of losses. */
static size_t report(const char *out, enum slant_lexfmt to,
                     const struct slant_lexicon *lx,
                     const struct slant_lexfmt_loss *loss)
{
	size_t lost = 0;
	const char *where = strcmp(out, "-") == 0 ? "standard output" : out;
	for (int i = 0; i < SLANT_LOST_N; i++) {
		if (!loss->n[i])
			continue;
		bool is_loss = slant_lexfmt_lost_is_loss(i);
		lost += is_loss;
		if (cli_quiet)
			continue;
		if (is_loss)
			fprintf(stderr,
			        "slant: warning: %s: %s cannot hold %s: %zu "
			        "dropped\n",
			        where, slant_lexfmt_name(to),
			        slant_lexfmt_lost_what(i), loss->n[i]);
		else
			fprintf(stderr, "slant: note: %s: %s: %zu\n", where,
			        slant_lexfmt_lost_what(i), loss->n[i]);
	}
	if (to != SLANT_LEXFMT_LEX && strcmp(out, "-") != 0 && !cli_quiet) {
		struct slant_buf name;
		slant_buf_init(&name);
		slant_lexfmt_scheme_name(out, &name);
		if (strcmp(name.data, lx->schemes[0].name) != 0)
			fprintf(stderr,
			        "slant: note: %s: read back, the scheme '%s' "
			        "will be named '%s' after the file\n",
			        out, lx->schemes[0].name, name.data);
		slant_buf_release(&name);
	}
	return lost;
}

int cmd_lexicon_convert(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"output", required_argument, NULL, 'o'},
	    {"to", required_argument, NULL, OPT_TO},
	    {"strict", no_argument, NULL, OPT_STRICT},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    {NULL, 0, NULL, 0}};
	const char *out = NULL, *to_id = NULL;
	bool strict = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case OPT_TO: to_id = optarg; break;
		case OPT_STRICT: strict = true; break;
		case 'q': cli_quiet = true; break;
		case 'h': return cli_help(help);
		default:
			/* getopt has said which option */
			return cli_usage("lexicon convert", "unknown option");
		}
	}
	if (optind + 1 != argc)
		return cli_usage("lexicon convert",
		                 optind == argc ? "missing IN (a lexicon file)"
		                                : "give one IN file");
	const char *in = argv[optind];
	if (!out)
		return cli_usage("lexicon convert",
		                 "missing -o OUT (the file to write)");
	enum slant_lexfmt to;
	if (to_id) {
		to = slant_lexfmt_from_id(to_id);
		if (!to)
			return usage("unknown format '%s' (lex, dic or yaml)",
			             to_id);
	} else if (strcmp(out, "-") == 0) {
		return cli_usage("lexicon convert",
		                 "'-o -' needs --to lex|dic|yaml");
	} else if (!(to = slant_lexfmt_from_path(out))) {
		return usage("cannot tell the format of '%s' from its "
		             "extension: give --to lex|dic|yaml",
		             out);
	}
	if (to != SLANT_LEXFMT_LEX && to != SLANT_LEXFMT_DIC &&
	    to != SLANT_LEXFMT_YAML)
		return usage("slant writes .lex, .dic and YAML, not %s",
		             slant_lexfmt_name(to));
	struct stat st;
	if (stat(in, &st) == 0 && S_ISDIR(st.st_mode))
		return usage("'%s' is a directory: convert reads one lexicon "
		             "file",
		             in);

	size_t skipped = 0;
	int status = 0;
	struct slant_lexicon *lx = load(in, &skipped, &status);
	if (!lx)
		return status;
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_buf text;
	slant_buf_init(&text);
	struct slant_lexfmt_loss loss;
	memset(&loss, 0, sizeof loss);
	if (slant_lexfmt_write(lx, 0, to, &text, &loss, &err) < 0) {
		status = cli_fail(&err);
		goto done;
	}
	size_t lost = report(out, to, lx, &loss);
	/* The entries as written: not the forms %proclitics made. */
	size_t nentries = 0;
	for (size_t i = 0; i < lx->nentries; i++)
		nentries += !lx->entries[i].generated;
	if (!cli_quiet)
		fprintf(stderr,
		        "slant: %s (%s, %zu dimension%s, %zu entr%s%s%zu "
		        "skipped) -> %s (%s)\n",
		        in,
		        slant_lexfmt_name(
		            slant_lexfmt_from_id(lx->schemes[0].format)),
		        lx->ndims, lx->ndims == 1 ? "" : "s", nentries,
		        nentries == 1 ? "y" : "ies", ", ", skipped,
		        strcmp(out, "-") == 0 ? "standard output" : out,
		        slant_lexfmt_name(to));
	if (strict && (lost || skipped)) {
		fprintf(stderr,
		        "slant: error: %s: %zu kind%s of content dropped and "
		        "%zu entr%s skipped: nothing written (--strict)\n",
		        in, lost, lost == 1 ? "" : "s", skipped,
		        skipped == 1 ? "y" : "ies");
		status = SLANT_ECHECK;
		goto done;
	}
	struct cli_output o;
	if (cli_output_open(&o, out) < 0) {
		status = SLANT_EIO;
		goto done;
	}
	if (cli_output_write(&o, &text) < 0) {
		cli_output_abort(&o);
		fprintf(stderr, "slant: error: %s: write error\n", out);
		status = SLANT_EIO;
		goto done;
	}
	status = cli_output_commit(&o);
done:
	slant_buf_release(&text);
	slant_lexicon_free(lx);
	return status;
}
