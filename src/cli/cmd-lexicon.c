/* cmd-lexicon.c: slant lexicon check|test|dims. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "lextest.h"

static const char help[] =
    "usage: slant lexicon check [--strict] [--corpus CORPUS]... [PATH...]\n"
    "       slant lexicon test [--verbose] [PATH...]\n"
    "       slant lexicon dims [PATH...]\n"
    "       slant lexicon convert IN -o OUT [--to lex|dic|yaml]\n"
    "       slant lexicon eval --label FIELD[=POSITIVE] [OPTIONS] CORPUS...\n"
    "       slant lexicon expand [OPTIONS] LEXICON CORPUS...\n"
    "       slant lexicon kwic [OPTIONS] DIMENSION|ENTRY CORPUS...\n"
    "       slant lexicon audit [OPTIONS] CODED.csv\n"
    "       slant lexicon diff [OPTIONS] OLD NEW [CORPUS...]\n"
    "       slant lexicon fit --label FIELD[=POSITIVE] -l L.lex -o OUT.lex "
    "CORPUS...\n"
    "\n"
    "PATH is a lexicon file (.lex, .dic, .dicx, .yml, .lc3, .cat...) or a\n"
    "directory of them (default: the bundled lexicons).\n"
    "\n"
    "  check   parse and lint: duplicates, empty dimensions, entries\n"
    "          shadowed by wildcards, overlaps between dimensions. Exit 1 on\n"
    "          errors (and on warnings with --strict); with --corpus,\n"
    "          also wildcards that reach mostly other words there\n"
    "  test    run each NAME.tests file beside NAME.lex (hit and miss\n"
    "          snippets); exit 1 when a test fails\n"
    "  dims    list schemes and dimensions with entry counts\n"
    "  convert a lexicon to .lex, .dic or YAML (see 'convert --help')\n"
    "  eval    measure dimensions and entries against labels: AUC,\n"
    "          precision, recall, spans (slant lexicon eval --help)\n"
    "  expand  what each wildcard and phrase matches in a corpus\n"
    "  kwic    a sample of matches in context, as CSV to code by hand\n"
    "  audit   precision (and coders' agreement) from a coded sample\n"
    "  diff    entries changed between two versions, and on a corpus\n"
    "          what the change does to the scores\n"
    "  fit     entry weights learned from labels (logistic regression,\n"
    "          cross-validated), written as a new .lex\n"
    "\nSee slant-lexicon(1) and the format in slant-lexicon(5).\n";

static int do_check(char **paths, size_t n, bool strict, char **corpus,
                    size_t ncorpus)
{
	int status = 0;
	struct slant_lexicon *lx = cli_load_lexicons(paths, n, &status);
	if (!lx)
		return status;
	struct slant_finding *f;
	size_t nf = slant_lexicon_lint(lx, &f), nerr = 0, nwarn = 0;
	for (size_t i = 0; i < nf; i++) {
		bool e = f[i].level == SLANT_FINDING_ERROR;
		printf("%s: %s: %s\n", f[i].where, e ? "error" : "warning",
		       f[i].message);
		nerr += e;
		nwarn += !e;
	}
	if (ncorpus &&
	    (status = cli_check_corpus(lx, corpus, ncorpus, &nwarn)) != 0) {
		free(f);
		slant_lexicon_free(lx);
		return status;
	}
	size_t generated = 0;
	for (size_t i = 0; i < lx->nentries; i++)
		generated += lx->entries[i].generated;
	printf("%zu scheme(s), %zu dimension(s), %zu entries", lx->nschemes,
	       lx->ndims, lx->nentries - generated);
	if (generated)
		printf(" (and %zu proclitic forms)", generated);
	printf(": %zu error(s), %zu warning(s)\n", nerr, nwarn);
	free(f);
	slant_lexicon_free(lx);
	return nerr || (strict && nwarn) ? SLANT_ECHECK : 0;
}

static int test_one(const char *lexpath, bool verbose, size_t *passed,
                    size_t *failed, size_t *missing)
{
	size_t len = strlen(lexpath);
	if (len < 4 || strcmp(lexpath + len - 4, ".lex") != 0)
		return 0; /* .dic files carry no tests */
	struct slant_buf tp;
	slant_buf_init(&tp);
	slant_buf_append(&tp, lexpath, len - 4);
	slant_buf_puts(&tp, ".tests");
	struct slant_error err;
	slant_error_clear(&err);
	char *text = NULL;
	size_t tlen;
	if (access(tp.data, F_OK) != 0) {
		printf("%s: no tests\n", tp.data);
		(*missing)++;
		slant_buf_release(&tp);
		return 0;
	}
	int status = 0;
	char *one[] = {slant_xstrdup(lexpath)};
	struct slant_lexicon *lx = cli_load_lexicons(one, 1, &status);
	free(one[0]);
	if (!lx) {
		slant_buf_release(&tp);
		return status;
	}
	struct slant_test_result *r = NULL;
	size_t nr = 0;
	if (slant_read_file(tp.data, &text, &tlen, &err) < 0 ||
	    slant_lexicon_run_tests(lx, tp.data, text, tlen, &r, &nr, &err) <
	        0) {
		status = cli_fail(&err);
	} else {
		size_t ok = 0;
		for (size_t i = 0; i < nr; i++) {
			if (r[i].passed)
				ok++;
			if (!r[i].passed || verbose)
				printf("%s:%zu: %s: %s\n", tp.data, r[i].line,
				       r[i].passed ? "ok" : "FAIL",
				       r[i].message);
		}
		printf("%s: %zu passed, %zu failed\n", tp.data, ok, nr - ok);
		*passed += ok;
		*failed += nr - ok;
	}
	free(r);
	free(text);
	slant_lexicon_free(lx);
	slant_buf_release(&tp);
	return status;
}

static int do_test(char **paths, size_t n, bool verbose)
{
	size_t passed = 0, failed = 0, missing = 0;
	const char *def = cli_default_lexicons();
	for (size_t i = 0; i < (n ? n : 1); i++) {
		struct slant_error err;
		slant_error_clear(&err);
		char **files;
		size_t nf;
		if (slant_lexicon_files(n ? paths[i] : def, &files, &nf, &err) <
		    0)
			return cli_fail(&err);
		int status = 0;
		for (size_t k = 0; k < nf; k++) {
			if (!status)
				status = test_one(files[k], verbose, &passed,
				                  &failed, &missing);
			free(files[k]);
		}
		free(files);
		if (status)
			return status;
	}
	printf("total: %zu passed, %zu failed\n", passed, failed);
	return failed ? SLANT_ECHECK : 0;
}

static int do_dims(char **paths, size_t n)
{
	int status = 0;
	struct slant_lexicon *lx = cli_load_lexicons(paths, n, &status);
	if (!lx)
		return status;
	for (size_t s = 0; s < lx->nschemes; s++) {
		const struct slant_scheme *S = &lx->schemes[s];
		printf("%s %s (%s%s%s%s) %s\n", S->name,
		       S->version[0] ? S->version : "-",
		       S->kind == SLANT_SCHEME_NAMING ? "naming" : "framing",
		       S->nnegators ? ", negation" : "",
		       S->language[0] ? ", " : "", S->language, S->path);
		/* The dimensions this file declares, with its own entries
		 * as written (language variants of a scheme share paths). */
		for (size_t d = 0; d < lx->ndims; d++) {
			const struct slant_dimension *D = &lx->dims[d];
			if (!slant_lexicon_declares(lx, s, d))
				continue;
			size_t own = 0;
			for (size_t e = 0; e < lx->nentries; e++)
				own += lx->entries[e].dim == d &&
				       lx->entries[e].scheme == s &&
				       !lx->entries[e].generated;
			printf("  %-40s %5zu  %s\n", D->path, own,
			       D->description);
		}
	}
	slant_lexicon_free(lx);
	return 0;
}

int cmd_lexicon(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage("lexicon",
		                 "missing subcommand (check, test, dims, eval, "
		                 "expand, kwic, audit, diff or fit)");
	const char *sub = argv[1];
	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0)
		return cli_help(help);
	/* the workbench's verbs and convert parse their own options */
	static const struct cli_command verbs[] = {
	    {"eval", cmd_lexicon_eval, NULL},
	    {"expand", cmd_lexicon_expand, NULL},
	    {"kwic", cmd_lexicon_kwic, NULL},
	    {"audit", cmd_lexicon_audit, NULL},
	    {"diff", cmd_lexicon_diff, NULL},
	    {"fit", cmd_lexicon_fit, NULL},
	    {"convert", cmd_lexicon_convert, NULL},
	};
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (strcmp(sub, verbs[i].name) == 0)
			return verbs[i].run(argc - 1, argv + 1);
	bool strict = false, verbose = false;
	char **paths = slant_xcalloc((size_t)argc, sizeof *paths);
	char **corpus = slant_xcalloc((size_t)argc, sizeof *corpus);
	size_t n = 0, ncorpus = 0;
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--strict") == 0)
			strict = true;
		else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc &&
		         strcmp(sub, "check") == 0)
			corpus[ncorpus++] = argv[++i];
		else if (strcmp(argv[i], "--verbose") == 0 ||
		         strcmp(argv[i], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[i], "--help") == 0 ||
		         strcmp(argv[i], "-h") == 0) {
			free(paths);
			free(corpus);
			return cli_help(help);
		} else if (argv[i][0] == '-' && argv[i][1]) {
			free(paths);
			free(corpus);
			return cli_usage("lexicon", "unknown option '%s'",
			                 argv[i]);
		} else
			paths[n++] = argv[i];
	}
	int rc;
	if (strcmp(sub, "check") == 0)
		rc = do_check(paths, n, strict, corpus, ncorpus);
	else if (strcmp(sub, "test") == 0)
		rc = do_test(paths, n, verbose);
	else if (strcmp(sub, "dims") == 0)
		rc = do_dims(paths, n);
	else
		rc = cli_usage("lexicon",
		               "unknown subcommand '%s' (check, test, dims, "
		               "eval, expand, kwic, audit, diff or fit)",
		               sub);
	free(paths);
	free(corpus);
	return rc;
}
