/* slant.c: the command table and main(). Adding a command: write
 * cmd-NAME.c with int cmd_NAME(int argc, char **argv) handling --help,
 * declare it in cli.h, add a row below, add man/slant-NAME.1, and add a
 * test in tests/cli/. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct cli_command commands[] = {
    {"score", cmd_score, "score articles on lexicon dimensions"},
    {"compare", cmd_compare,
     "compare groups of articles: terms, dimensions, naming"},
    {"report", cmd_report,
     "write a comparative report (HTML, Markdown, JSON, CSV)"},
    {"lexicon", cmd_lexicon, "check, test, measure and tune lexicons"},
};

static int usage(FILE *out)
{
	fprintf(out,
	        "usage: slant [--version] [--help] COMMAND [ARGS]\n\n"
	        "slant measures how news outlets frame the same events.\n\n"
	        "Commands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name,
		        commands[i].summary);
	fprintf(out, "\nRun 'slant COMMAND --help' for a command's options; "
	             "see slant(1).\n");
	return out == stdout ? 0 : SLANT_EUSAGE;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage(stderr);
	const char *cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
	    strcmp(cmd, "help") == 0)
		return usage(stdout);
	if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
		printf("slant %s\n", PACKAGE_VERSION);
		return fflush(stdout) || ferror(stdout) ? SLANT_EIO : 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		if (strcmp(cmd, commands[i].name) == 0) {
			int rc = commands[i].run(argc - 1, argv + 1);
			/* A full disk or a closed pipe is never success; the
			 * command may have said so already. */
			if (fflush(stdout) != 0 || ferror(stdout)) {
				if (rc == 0)
					fprintf(stderr,
					        "slant: error: standard "
					        "output: write failed\n");
				return rc ? rc : SLANT_EIO;
			}
			return rc;
		}
	}
	fprintf(stderr, "slant: error: unknown command '%s'\n", cmd);
	return usage(stderr);
}
