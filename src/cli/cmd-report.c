/* cmd-report.c: slant report: a comparative report (HTML, Markdown, JSON,
 * CSV) people read and CI reproduces byte for byte; --check regenerates
 * and diffs; --analysis reruns an analysis written down in a file. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "compare.h"
#include "report.h"

static const char help[] =
    "usage: slant report [OPTIONS] PATH... -o REPORT.{html,md,json,csv}\n"
    "       slant report --check REPORT [OPTIONS] PATH...\n"
    "       slant report --analysis FILE [--check [REPORT]]\n"
    "\n"
    "Compare the outlets (groups) of a corpus and write a report: a summary,\n"
    "framing dimensions (own voice and quoted speech), distinctive words,\n"
    "contested naming, keyword-in-context evidence for every difference it\n"
    "calls significant, and the method and provenance (lexicon and input\n"
    "SHA-256, every parameter, the seed). The same inputs and options give\n"
    "the same bytes, whatever --threads.\n"
    "\n"
    "Output:\n"
    "  -o, --output FILE      the report; the format is the extension: .html\n"
    "                         (self-contained), .md (GitHub), .json (the "
    "whole\n"
    "                         model), .csv (one long typed table:\n"
    "                         table,row,column,type,value); repeatable\n"
    "  -f, --format FMT       html, md, json or csv on standard output\n"
    "                         (without -o; default md)\n"
    "      --check [REPORT]   regenerate and compare with REPORT (or with the\n"
    "                         analysis file's outputs): exit 1 and show a\n"
    "                         diff when it is stale, 0 when current\n"
    "  -a, --analysis FILE    read inputs and options from FILE ('key = "
    "value'\n"
    "                         lines; paths relative to FILE; see "
    "slant-report(1))\n"
    "      --report-title T   the report's heading\n"
    "      --timestamp        print the time of generation (off by default:\n"
    "                         it would make every run differ)\n"
    "Analysis:\n" CLI_LEXICON_HELP
    "      --alpha Q          q-value below which a difference is significant\n"
    "                         (default 0.05)\n"
    "  -t, --target NAME      compare NAME with the others pooled (or with\n"
    "                         -r NAME) instead of every outlet with the rest\n"
    "  -r, --reference NAME   the reference outlet of --target\n"
    "      --one-vs-rest      every outlet against all others (the default)\n"
    "      --all-pairs        every pair of outlets\n"
    "      --pair-by FIELD    the same events: the field naming an article's\n"
    "                         event, or 'dir'; adds a section comparing the\n"
    "                         outlets within the events they share\n"
    "      --top N            distinctive words per outlet (default 10)\n"
    "      --findings N       differences of each kind at most (default 12)\n"
    "      --evidence N       evidence lines per difference and outlet (3)\n"
    "  -n, --ngrams N         phrases of up to N words, 1-3 (default 1)\n"
    "      --min-count N      test terms seen N times (default 3)\n"
    "      --min-docs N       ... and list those in N articles (default: 3\n"
    "                         or one in 500 articles, the larger; 1 when\n"
    "                         nothing can be tested)\n"
    "Term hygiene (all recorded in the provenance):\n"
    "      --stopwords LIST   english (default), none, or a file of words\n"
    "                         left out of the word lists\n"
    "      --keep WHAT        keep what the report removes by default, a\n"
    "                         comma list: boilerplate (lines repeated in an\n"
    "                         outlet's articles, blanked before counting),\n"
    "                         self-mentions (outlets' own names in the word\n"
    "                         lists), letters (words of one character)\n"
    "  -B, --bootstrap N      bootstrap replicates (default 200; 0: none)\n"
    "      --conf LEVEL       interval level (default 0.95)\n"
    "      --seed N           random seed (default 1)\n"
    "  -j, --threads N        worker threads (default: the CPUs, at most 8)\n"
    "  -q, --quiet            no progress bar, notes or warnings\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP;

enum {
	OPT_CHECK = 2001,
	OPT_TITLE_R,
	OPT_TIMESTAMP,
	OPT_ALPHA,
	OPT_TOP,
	OPT_FINDINGS,
	OPT_EVIDENCE,
	OPT_ONE_VS_REST,
	OPT_ALL_PAIRS,
	OPT_STOPWORDS,
	OPT_KEEP,
};

static const struct option longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'f'},
    {"check", no_argument, NULL, OPT_CHECK},
    {"analysis", required_argument, NULL, 'a'},
    {"report-title", required_argument, NULL, OPT_TITLE_R},
    {"timestamp", no_argument, NULL, OPT_TIMESTAMP},
    {"lexicon", required_argument, NULL, 'l'},
    {"alpha", required_argument, NULL, OPT_ALPHA},
    {"top", required_argument, NULL, OPT_TOP},
    {"findings", required_argument, NULL, OPT_FINDINGS},
    {"evidence", required_argument, NULL, OPT_EVIDENCE},
    {"target", required_argument, NULL, 't'},
    {"reference", required_argument, NULL, 'r'},
    {"one-vs-rest", no_argument, NULL, OPT_ONE_VS_REST},
    {"all-pairs", no_argument, NULL, OPT_ALL_PAIRS},
    {"stopwords", required_argument, NULL, OPT_STOPWORDS},
    {"keep", required_argument, NULL, OPT_KEEP},
    CLI_COMPARE_LONGOPTS,
    {"threads", required_argument, NULL, 'j'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    CLI_CORPUS_LONGOPTS,
    {NULL, 0, NULL, 0},
};

struct cfg {
	struct cli_corpus_args ca;
	char **lexpaths;
	size_t nlex;
	char **outputs;
	size_t nout;
	bool check, check_wants_path;
	char *check_path;
	const char *analysis;
	bool has_format;
	enum slant_report_format fmt;
	struct slant_compare_options copt;
	struct slant_report_options ropt;
	long threads;
	bool timestamp;
	bool mode_set, min_docs_set;
	const char *stopwords; /* --stopwords [english] */
	bool keep_boilerplate, keep_self, keep_letters;
	/* for the provenance: the options as given, in order */
	char **given;
	size_t ngiven;
	bool in_analysis;
};

static void given(struct cfg *c, const char *key, const char *value)
{
	c->given =
	    slant_xreallocarray(c->given, c->ngiven + 2, sizeof *c->given);
	c->given[c->ngiven++] = slant_xstrdup(key);
	c->given[c->ngiven++] = slant_xstrdup(value ? value : "");
}

#define BAD(...) return cli_usage("report", __VA_ARGS__)

/* Parse argv into c. Returns 0, -1 after --help (printed), or an exit
 * status > 0. */
static int parse(struct cfg *c, int argc, char **argv)
{
	int ch;
	long lv;
	optind = 0;
	while ((ch = getopt_long(argc, argv, "-o:f:a:l:n:B:j:t:r:qh", longopts,
	                         NULL)) != -1) {
		switch (ch) {
		case 't':
			c->copt.target = optarg;
			given(c, "target", optarg);
			break;
		case 'r':
			c->copt.reference = optarg;
			given(c, "reference", optarg);
			break;
		case OPT_ONE_VS_REST:
		case OPT_ALL_PAIRS:
			c->copt.mode = ch == OPT_ALL_PAIRS
			                   ? SLANT_COMPARE_PAIRS
			                   : SLANT_COMPARE_ONE_VS_REST;
			c->mode_set = true;
			break;
		case OPT_STOPWORDS: c->stopwords = optarg; break;
		case OPT_KEEP:
			given(c, "keep", optarg);
			for (const char *w = optarg; *w;) {
				size_t n = strcspn(w, ",");
				if (n == 11 && memcmp(w, "boilerplate", n) == 0)
					c->keep_boilerplate = true;
				else if (n == 13 &&
				         memcmp(w, "self-mentions", n) == 0)
					c->keep_self = true;
				else if (n == 7 && memcmp(w, "letters", n) == 0)
					c->keep_letters = true;
				else
					BAD("--keep takes boilerplate, "
					    "self-mentions or letters (a comma "
					    "list), not '%.*s'",
					    (int)n, w);
				w += n;
				if (*w)
					w++;
			}
			break;
		case 1:
			if (c->check_wants_path) {
				c->check_path = slant_xstrdup(optarg);
				c->check_wants_path = false;
				break;
			}
			cli_corpus_add_path(&c->ca, optarg);
			given(c, "input", optarg);
			break;
		case 'o':
			c->outputs = slant_xreallocarray(
			    c->outputs, c->nout + 1, sizeof *c->outputs);
			c->outputs[c->nout++] = slant_xstrdup(optarg);
			break;
		case 'f':
			if (strcmp(optarg, "html") == 0)
				c->fmt = SLANT_REPORT_HTML;
			else if (strcmp(optarg, "md") == 0)
				c->fmt = SLANT_REPORT_MD;
			else if (strcmp(optarg, "json") == 0)
				c->fmt = SLANT_REPORT_JSON;
			else if (strcmp(optarg, "csv") == 0)
				c->fmt = SLANT_REPORT_CSV;
			else
				BAD("--format must be html, md, json or csv, "
				    "not '%s'",
				    optarg);
			c->has_format = true;
			break;
		case OPT_CHECK:
			if (c->in_analysis)
				BAD("'check' does not belong in an analysis "
				    "file");
			c->check = true;
			c->check_wants_path = true;
			break;
		case 'a':
			if (c->in_analysis)
				BAD("an analysis file cannot name another one");
			c->analysis = optarg;
			break;
		case OPT_TITLE_R:
			c->ropt.title = optarg;
			given(c, "report-title", optarg);
			break;
		case OPT_TIMESTAMP: c->timestamp = true; break;
		case 'l':
			c->lexpaths = slant_xreallocarray(
			    c->lexpaths, c->nlex + 1, sizeof *c->lexpaths);
			c->lexpaths[c->nlex++] = optarg;
			given(c, "lexicon", optarg);
			break;
		case OPT_ALPHA:
			if (cli_parse_real(optarg, 0, 1, &c->ropt.alpha) < 0)
				BAD("--alpha must be a number from 0 to 1, not "
				    "'%s'",
				    optarg);
			break;
		case OPT_TOP:
			if (cli_parse_uint(optarg, 1, 1000, &lv) < 0)
				BAD("--top must be a whole number from 1 to "
				    "1000, not '%s'",
				    optarg);
			c->ropt.top_terms = (size_t)lv;
			break;
		case OPT_FINDINGS:
			if (cli_parse_uint(optarg, 1, 1000, &lv) < 0)
				BAD("--findings must be a whole number from 1 "
				    "to 1000, not '%s'",
				    optarg);
			c->ropt.top_findings = (size_t)lv;
			break;
		case OPT_EVIDENCE:
			if (cli_parse_uint(optarg, 0, 100, &lv) < 0)
				BAD("--evidence must be a whole number from 0 "
				    "to 100, not '%s'",
				    optarg);
			c->ropt.evidence = (size_t)lv;
			break;
		case 'j':
			if (cli_parse_uint(optarg, 1, 256, &c->threads) < 0)
				BAD("--threads must be a whole number from 1 "
				    "to 256, not '%s'",
				    optarg);
			break;
		case 'q': cli_quiet = true; break;
		case 'h': cli_help(help); return -1;
		default: {
			int r =
			    cli_compare_option(&c->copt, "report", ch, optarg);
			if (r == 1) {
				c->min_docs_set |= ch == CLI_OPT_MIN_DOCS;
				break;
			}
			if (r < 0)
				return SLANT_EUSAGE;
			r = cli_corpus_option(&c->ca, "report", ch, optarg);
			if (r == 1) {
				const char *name = NULL;
				for (const struct option *o = longopts; o->name;
				     o++)
					if (o->val == ch)
						name = o->name;
				if (name && ch != CLI_OPT_GROUP)
					given(c, name,
					      optarg ? optarg : "true");
				else if (ch == CLI_OPT_GROUP)
					given(c, "group", optarg);
				break;
			}
			return SLANT_EUSAGE;
		}
		}
	}
	return 0;
}

/* ---- analysis files ---- */

/* "key = value" lines to an argv: "input" and "group" become paths and
 * --group, "lenient = true" a flag, anything else "--key=value". */
static int analysis_argv(const char *path, char *text, char ***argvp,
                         int *argcp)
{
	char **av = slant_xcalloc(2, sizeof *av);
	int ac = 0;
	av[ac++] = slant_xstrdup("report");
	size_t lineno = 0;
	for (char *line = text, *next; line && *line; line = next) {
		lineno++;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		char *s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		size_t n = strlen(s);
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
		             s[n - 1] == '\r'))
			s[--n] = '\0';
		if (!*s || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (!eq) {
			fprintf(
			    stderr,
			    "slant: error: %s:%zu: expected 'key = value'\n",
			    path, lineno);
			goto bad;
		}
		char *k = s, *v = eq + 1;
		char *ke = eq;
		while (ke > k && (ke[-1] == ' ' || ke[-1] == '\t'))
			ke--;
		*ke = '\0';
		while (*v == ' ' || *v == '\t')
			v++;
		av = slant_xreallocarray(av, (size_t)ac + 3, sizeof *av);
		struct slant_buf b;
		slant_buf_init(&b);
		if (strcmp(k, "input") == 0) {
			slant_buf_puts(&b, v);
		} else if (strcmp(k, "check") == 0 ||
		           strcmp(k, "analysis") == 0 ||
		           strcmp(k, "threads") == 0 ||
		           strcmp(k, "quiet") == 0 || strcmp(k, "help") == 0 ||
		           strcmp(k, "format") == 0) {
			fprintf(stderr,
			        "slant: error: %s:%zu: '%s' does not belong in "
			        "an analysis file\n",
			        path, lineno, k);
			slant_buf_release(&b);
			goto bad;
		} else {
			const struct option *opt = NULL;
			for (const struct option *o = longopts; o->name; o++)
				if (strcmp(o->name, k) == 0)
					opt = o;
			if (!opt) {
				fprintf(
				    stderr,
				    "slant: error: %s:%zu: unknown key '%s'\n",
				    path, lineno, k);
				slant_buf_release(&b);
				goto bad;
			}
			if (opt->has_arg == required_argument) {
				slant_buf_printf(&b, "--%s=%s", k, v);
			} else if (strcmp(v, "true") == 0) {
				slant_buf_printf(&b, "--%s", k); /* a flag */
			} else if (strcmp(v, "false") == 0) {
				slant_buf_release(&b);
				continue;
			} else {
				fprintf(stderr,
				        "slant: error: %s:%zu: '%s' must be "
				        "true or false\n",
				        path, lineno, k);
				slant_buf_release(&b);
				goto bad;
			}
		}
		av[ac++] = slant_buf_take(&b);
		av[ac] = NULL;
	}
	*argvp = av;
	*argcp = ac;
	return 0;
bad:
	for (int i = 0; i < ac; i++)
		free(av[i]);
	free(av);
	return SLANT_EDATA;
}

/* ---- progress ---- */

static bool progress_on;

static void progress(void *ctx, size_t done, size_t total)
{
	(void)ctx;
	if (!progress_on)
		return;
	if (!total) {
		fprintf(stderr, "\rslant report: reading %zu articles\033[K",
		        done);
	} else {
		int w = 30, k = (int)(done * (size_t)w / total);
		if (k > w)
			k = w;
		fprintf(stderr,
		        "\rslant report: evidence [%.*s%*s] %zu/%zu\033[K", k,
		        "##############################", w - k, "", done,
		        total);
	}
	fflush(stderr);
}

static void progress_end(void)
{
	if (progress_on) {
		fprintf(stderr, "\r\033[K");
		fflush(stderr);
	}
}

/* ---- a unified diff of two texts (--check) ---- */

struct lines {
	const char **p;
	size_t *len;
	size_t n;
};

static void split_lines(const char *s, size_t n, struct lines *l)
{
	l->p = NULL;
	l->len = NULL;
	l->n = 0;
	size_t cap = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && s[j] != '\n')
			j++;
		if (l->n == cap) {
			cap = cap ? 2 * cap : 64;
			l->p = slant_xreallocarray(l->p, cap, sizeof *l->p);
			l->len =
			    slant_xreallocarray(l->len, cap, sizeof *l->len);
		}
		l->p[l->n] = s + i;
		l->len[l->n++] = j - i;
		i = j + 1;
	}
}

static bool same(const struct lines *a, size_t i, const struct lines *b,
                 size_t j)
{
	return a->len[i] == b->len[j] &&
	       memcmp(a->p[i], b->p[j], a->len[i]) == 0;
}

/* Print at most max lines of a unified diff of old -> new. The middle
 * (after the common head and tail) is aligned by a longest common
 * subsequence when small enough, else shown as removed and added. */
static void print_diff(const char *name, const char *old, size_t olen,
                       const char *new, size_t nlen, size_t max)
{
	struct lines a, b;
	split_lines(old, olen, &a);
	split_lines(new, nlen, &b);
	size_t pre = 0;
	while (pre < a.n && pre < b.n && same(&a, pre, &b, pre))
		pre++;
	size_t suf = 0;
	while (suf < a.n - pre && suf < b.n - pre &&
	       same(&a, a.n - 1 - suf, &b, b.n - 1 - suf))
		suf++;
	size_t an = a.n - pre - suf, bn = b.n - pre - suf;
	/* ops: ' ' keep, '-' old only, '+' new only; over the middle */
	char *ops = slant_xmalloc(an + bn + 1);
	size_t nops = 0;
	if (an && bn && (double)an * (double)bn <= 4e6) {
		unsigned *t = slant_xcalloc((an + 1) * (bn + 1), sizeof *t);
#define T(i, j) t[(i) * (bn + 1) + (j)]
		for (size_t i = an; i-- > 0;)
			for (size_t j = bn; j-- > 0;)
				T(i, j) = same(&a, pre + i, &b, pre + j)
				              ? T(i + 1, j + 1) + 1
				          : T(i + 1, j) > T(i, j + 1)
				              ? T(i + 1, j)
				              : T(i, j + 1);
		size_t i = 0, j = 0;
		while (i < an || j < bn) {
			if (i < an && j < bn &&
			    same(&a, pre + i, &b, pre + j)) {
				ops[nops++] = ' ';
				i++;
				j++;
			} else if (j < bn &&
			           (i == an || T(i, j + 1) >= T(i + 1, j))) {
				ops[nops++] = '+';
				j++;
			} else {
				ops[nops++] = '-';
				i++;
			}
		}
#undef T
		free(t);
	} else {
		for (size_t i = 0; i < an; i++)
			ops[nops++] = '-';
		for (size_t j = 0; j < bn; j++)
			ops[nops++] = '+';
	}
	printf("--- %s (committed)\n+++ %s (regenerated)\n", name, name);
	size_t ctx = pre < 3 ? pre : 3, after = suf < 3 ? suf : 3, shown = 0;
	/* one hunk around the whole changed middle */
	size_t ka = 0, kb = 0;
	for (size_t k = 0; k < nops; k++) {
		ka += ops[k] != '+';
		kb += ops[k] != '-';
	}
	printf("@@ -%zu,%zu +%zu,%zu @@\n", pre - ctx + 1, ka + ctx + after,
	       pre - ctx + 1, kb + ctx + after);
	for (size_t i = pre - ctx; i < pre && shown < max; i++, shown++)
		printf(" %.*s\n", (int)a.len[i], a.p[i]);
	size_t i = pre, j = pre;
	for (size_t k = 0; k < nops && shown < max; k++, shown++) {
		if (ops[k] == ' ') {
			printf(" %.*s\n", (int)a.len[i], a.p[i]);
			i++;
			j++;
		} else if (ops[k] == '-') {
			printf("-%.*s\n", (int)a.len[i], a.p[i]);
			i++;
		} else {
			printf("+%.*s\n", (int)b.len[j], b.p[j]);
			j++;
		}
	}
	for (size_t k = 0; k < after && shown < max; k++, shown++)
		printf(" %.*s\n", (int)a.len[a.n - suf + k],
		       a.p[a.n - suf + k]);
	if (shown >= max)
		printf("... (diff cut at %zu lines)\n", max);
	free(ops);
	free(a.p);
	free(a.len);
	free(b.p);
	free(b.len);
}

/* ---- running ---- */

static void add_given_params(struct slant_report *r, const struct cfg *c)
{
	bool lex = false;
	for (size_t i = 0; i < c->ngiven; i += 2) {
		slant_report_add_param(r, c->given[i], c->given[i + 1]);
		lex |= strcmp(c->given[i], "lexicon") == 0;
	}
	if (!lex)
		slant_report_add_param(r, "lexicon", "bundled");
}

static char *absolute(const char *path)
{
	if (path[0] == '/' || strcmp(path, "-") == 0)
		return slant_xstrdup(path);
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof cwd))
		return slant_xstrdup(path);
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_printf(&b, "%s/%s", cwd, path);
	return slant_buf_take(&b);
}

static int render_and_write(const struct slant_report *r, const char *path,
                            bool has_format, enum slant_report_format fmt,
                            bool check)
{
	enum slant_report_format f = fmt;
	if (path && strcmp(path, "-") != 0) {
		if (slant_report_format_of(path, &f) < 0)
			return cli_usage("report",
			                 "cannot tell the format of '%s': use "
			                 ".html, .md, .json or .csv",
			                 path);
	} else if (!has_format) {
		f = SLANT_REPORT_MD;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	slant_report_write(&b, r, f);
	int status = 0;
	if (check && path) {
		struct slant_error err;
		slant_error_clear(&err);
		char *old = NULL;
		size_t olen = 0;
		if (slant_read_file(path, &old, &olen, &err) < 0) {
			printf("%s: missing (slant report would write it)\n",
			       path);
			status = SLANT_ECHECK;
		} else if (olen != b.len || memcmp(old, b.data, olen) != 0) {
			print_diff(path, old, olen, b.data, b.len, 50);
			printf("%s: stale: regenerate it with the same command "
			       "without --check\n",
			       path);
			status = SLANT_ECHECK;
		} else if (!cli_quiet) {
			fprintf(stderr, "slant: %s is current\n", path);
		}
		free(old);
	} else {
		struct cli_output out;
		if (cli_output_open(&out, path) < 0)
			status = SLANT_EIO;
		else if (cli_output_write(&out, &b) < 0) {
			cli_output_abort(&out);
			fprintf(stderr, "slant: error: %s: write failed\n",
			        path ? path : "standard output");
			status = SLANT_EIO;
		} else
			status = cli_output_commit(&out);
	}
	slant_buf_release(&b);
	return status;
}

int cmd_report(int argc, char **argv)
{
	struct cfg c;
	memset(&c, 0, sizeof c);
	struct slant_language_skips skips;
	slant_language_skips_init(&skips);
	cli_corpus_args_init(&c.ca);
	slant_compare_options_init(&c.copt);
	c.copt.mode = SLANT_COMPARE_ONE_VS_REST;
	c.copt.bootstrap = 200;
	slant_report_options_init(&c.ropt);
	c.threads = cli_default_threads();
	char **aargv = NULL;
	int aargc = 0;
	char *atext = NULL;
	struct slant_lexicon *lx = NULL;
	struct slant_corpus *corpus = NULL;
	struct slant_compare *m = NULL;
	struct slant_report *r = NULL;
	struct slant_report_survey *survey = NULL;
	struct cli_wordlist stop = {0};
	int status = parse(&c, argc, argv);
	if (status != 0) {
		status = status < 0 ? 0 : status;
		goto out;
	}
	if (c.check_path) {
		char *abs = absolute(c.check_path);
		free(c.check_path);
		c.check_path = abs;
	}
	for (size_t i = 0; i < c.nout; i++) {
		char *abs = absolute(c.outputs[i]);
		free(c.outputs[i]);
		c.outputs[i] = abs;
	}
	if (c.analysis) {
		if (c.ca.ninputs) {
			status = cli_usage("report",
			                   "give the corpus in the analysis "
			                   "file, not on the command line");
			goto out;
		}
		struct slant_error err;
		slant_error_clear(&err);
		size_t alen;
		if (slant_read_file(c.analysis, &atext, &alen, &err) < 0) {
			status = cli_fail(&err);
			goto out;
		}
		char *dir = slant_xstrdup(c.analysis),
		     *slash = strrchr(dir, '/');
		if (slash) {
			slash[slash == dir ? 1 : 0] = '\0';
			if (chdir(dir) != 0) {
				fprintf(stderr,
				        "slant: error: %s: cannot enter: %s\n",
				        dir, strerror(errno));
				free(dir);
				status = SLANT_EIO;
				goto out;
			}
		}
		free(dir);
		status = analysis_argv(c.analysis, atext, &aargv, &aargc);
		if (status)
			goto out;
		size_t nout_cmd = c.nout;
		c.in_analysis = true;
		c.check_wants_path = false;
		status = parse(&c, aargc, aargv);
		if (status != 0) {
			status = status < 0 ? 0 : status;
			goto out;
		}
		/* outputs of the file are relative to it; made absolute now */
		for (size_t i = nout_cmd; i < c.nout; i++) {
			char *abs = absolute(c.outputs[i]);
			free(c.outputs[i]);
			c.outputs[i] = abs;
		}
		/* -o on the command line replaces the file's outputs */
		if (nout_cmd) {
			for (size_t i = nout_cmd; i < c.nout; i++)
				free(c.outputs[i]);
			c.nout = nout_cmd;
		}
	}
	if (c.check && c.check_path) {
		/* check one report: it replaces any output */
		c.outputs = slant_xreallocarray(c.outputs, c.nout + 1,
		                                sizeof *c.outputs);
		for (size_t i = 0; i < c.nout; i++)
			free(c.outputs[i]);
		c.outputs[0] = c.check_path;
		c.check_path = NULL;
		c.nout = 1;
	} else if (c.check && !c.nout) {
		status = cli_usage("report",
		                   "--check needs a report to compare with");
		goto out;
	}
	if (!c.ca.ninputs) {
		status = cli_usage(
		    "report", "no corpus given (a file, a directory or '-')");
		goto out;
	}
	progress_on = !cli_quiet && isatty(2);

	if (c.copt.target && c.mode_set) {
		status = cli_usage("report", "--target cannot be combined with "
		                             "--one-vs-rest or --all-pairs");
		goto out;
	}
	if (c.copt.reference && !c.copt.target) {
		status = cli_usage("report", "--reference needs --target");
		goto out;
	}
	if (c.copt.target)
		c.copt.mode = SLANT_COMPARE_TARGET;
	status = cli_stopwords(c.stopwords ? c.stopwords : "english", &stop,
	                       &c.copt);
	if (status)
		goto out;
	if (c.min_docs_set)
		c.ropt.min_docs = c.copt.min_docs;
	c.ropt.keep_letters = c.keep_letters;

	lx = cli_load_lexicons(c.lexpaths, c.nlex, &status);
	if (!lx)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	/* pass 0, the survey: boilerplate lines and outlets' names */
	corpus = slant_corpus_open(c.ca.inputs, c.ca.ninputs, &c.ca.opt, &err);
	if (corpus)
		survey = slant_report_survey(corpus, !c.keep_boilerplate, &err);
	if (!survey) {
		status = cli_fail(&err);
		goto out;
	}
	slant_corpus_free(corpus);
	/* the warnings of pass 0 are not repeated by the passes after it */
	c.ca.opt.warn = NULL;
	if (!c.keep_self)
		c.ropt.selfnames = survey->names;
	corpus = slant_corpus_open(c.ca.inputs, c.ca.ninputs, &c.ca.opt, &err);
	if (!corpus) {
		status = cli_fail(&err);
		goto out;
	}
	c.copt.alpha = c.ropt.alpha; /* the model decides what is significant */
	c.copt.language = c.ca.language;
	m = slant_report_compare(corpus, lx, &c.copt, (unsigned)c.threads,
	                         survey->bp, progress, NULL, &skips, &err);
	slant_corpus_free(corpus);
	corpus = NULL;
	if (!m) {
		progress_end();
		status = cli_fail(&err);
		goto out;
	}
	char stamp[64];
	if (c.timestamp) {
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
		c.ropt.timestamp = stamp;
	}
	r = slant_report_new(m, lx, &c.ropt, PACKAGE_VERSION);
	add_given_params(r, &c);
	slant_report_set_boilerplate(r, survey->bp);
	corpus = slant_corpus_open(c.ca.inputs, c.ca.ninputs, &c.ca.opt, &err);
	if (!corpus ||
	    slant_report_collect(r, corpus, (unsigned)c.threads, survey->bp,
	                         progress, NULL, &err) < 0) {
		progress_end();
		status = cli_fail(&err);
		goto out;
	}
	progress_end();
	if (!cli_quiet)
		for (size_t i = 0; i < m->nnotes; i++)
			fprintf(stderr, "slant: note: %s\n", m->notes[i]);
	if (!c.nout)
		status = render_and_write(r, NULL, c.has_format, c.fmt, false);
	for (size_t i = 0; i < c.nout; i++) {
		int s = render_and_write(r, c.outputs[i], c.has_format, c.fmt,
		                         c.check);
		if (s && (!status || s != SLANT_ECHECK))
			status = s;
	}
	if (!status && c.ca.warnings && !cli_quiet)
		fprintf(stderr,
		        "slant: %zu warning(s): bad input replaced or skipped "
		        "(--lenient)\n",
		        c.ca.warnings);
	if (!status)
		cli_language_note(&skips);
out:
	slant_language_skips_release(&skips);
	slant_report_free(r);
	slant_report_survey_free(survey);
	cli_wordlist_release(&stop);
	slant_compare_free(m);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
	free(c.lexpaths);
	for (size_t i = 0; i < c.nout; i++)
		free(c.outputs[i]);
	free(c.outputs);
	free(c.check_path);
	for (size_t i = 0; i < c.ngiven; i++)
		free(c.given[i]);
	free(c.given);
	for (int i = 0; i < aargc; i++)
		free(aargv[i]);
	free(aargv);
	free(atext);
	cli_corpus_args_release(&c.ca);
	return status;
}
