/* common.c: helpers shared by the subcommands. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool cli_quiet;

int cli_fail(const struct slant_error *err)
{
	if (err->where[0])
		fprintf(stderr, "slant: error: %s: %s\n", err->where,
		        err->message);
	else
		fprintf(stderr, "slant: error: %s\n", err->message);
	return err->code ? (int)err->code : SLANT_EINTERNAL;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "slant: error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'slant %s --help'.\n", cmd);
	return SLANT_EUSAGE;
}

void cli_warn(void *ctx, const struct slant_error *w)
{
	if (ctx)
		(*(size_t *)ctx)++;
	if (cli_quiet)
		return;
	if (w->where[0])
		fprintf(stderr, "slant: warning: %s: %s\n", w->where,
		        w->message);
	else
		fprintf(stderr, "slant: warning: %s\n", w->message);
}

int cli_help(const char *text)
{
	fputs(text, stdout);
	return 0;
}

long cli_default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : n;
}

int cli_parse_uint(const char *s, long min, long max, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int cli_parse_real(const char *s, double min, double max, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (!*s || *end || errno || !(v >= min) || !(v <= max))
		return -1;
	*out = v;
	return 0;
}

/* ---- comparison options ---- */

int cli_compare_option(struct slant_compare_options *o, const char *cmd, int c,
                       const char *arg)
{
	long lv;
	double dv;
	switch (c) {
	case 'n':
		if (cli_parse_uint(arg, 1, 3, &lv) < 0)
			goto bad;
		o->ngrams = (unsigned)lv;
		return 1;
	case CLI_OPT_MIN_COUNT:
		if (cli_parse_real(arg, 0, 1e15, &o->min_count) < 0)
			goto bad;
		return 1;
	case CLI_OPT_MIN_DOCS:
		if (cli_parse_uint(arg, 0, 1000000000L, &lv) < 0)
			goto bad;
		o->min_docs = (size_t)lv;
		return 1;
	case 'B':
		if (cli_parse_uint(arg, 0, 1000000L, &lv) < 0)
			goto bad;
		o->bootstrap = (size_t)lv;
		return 1;
	case CLI_OPT_CONF:
		if (cli_parse_real(arg, 0, 1, &dv) < 0 || dv <= 0 || dv >= 1)
			goto bad;
		o->conf = dv;
		return 1;
	case CLI_OPT_SEED:
		if (cli_parse_uint(arg, 0, 2147483647L, &lv) < 0)
			goto bad;
		o->seed = (unsigned long)lv;
		return 1;
	case CLI_OPT_PAIR_BY:
		if (!*arg)
			goto bad;
		o->pair_by = arg;
		return 1;
	default: return 0;
	}
bad:;
	static const struct {
		int c;
		const char *msg;
	} why[] = {
	    {'n', "--ngrams must be 1, 2 or 3"},
	    {CLI_OPT_MIN_COUNT, "--min-count must be a number >= 0"},
	    {CLI_OPT_MIN_DOCS, "--min-docs must be a whole number"},
	    {'B', "--bootstrap must be a whole number from 0 to 1000000"},
	    {CLI_OPT_CONF, "--conf must be between 0 and 1"},
	    {CLI_OPT_SEED, "--seed must be a whole number"},
	    {CLI_OPT_PAIR_BY, "--pair-by needs 'dir' or a field name"},
	};
	for (size_t i = 0; i < sizeof why / sizeof *why; i++)
		if (why[i].c == c)
			cli_usage(cmd, "%s, not '%s'", why[i].msg, arg);
	return -1;
}

/* ---- corpus options ---- */

void cli_corpus_args_init(struct cli_corpus_args *ca)
{
	memset(ca, 0, sizeof *ca);
	ca->opt.warn = cli_warn;
	ca->opt.warn_ctx = &ca->warnings;
}

void cli_corpus_args_release(struct cli_corpus_args *ca)
{
	free(ca->inputs);
	ca->inputs = NULL;
	for (size_t i = 0; i < ca->opt.nwhere; i++)
		free(ca->where_text[i]); /* key, NUL, value */
	free(ca->where_text);
	ca->where_text = NULL;
	free(ca->where);
	ca->where = NULL;
	ca->opt.where = NULL;
	ca->opt.nwhere = 0;
}

void cli_corpus_add_path(struct cli_corpus_args *ca, const char *path)
{
	ca->inputs = slant_xreallocarray(ca->inputs, ca->ninputs + 1,
	                                 sizeof *ca->inputs);
	ca->inputs[ca->ninputs++] =
	    (struct slant_corpus_input){path, ca->next_group};
}

int cli_corpus_option(struct cli_corpus_args *ca, const char *cmd, int c,
                      const char *arg)
{
	struct slant_corpus_options *o = &ca->opt;
	switch (c) {
	case CLI_OPT_INPUT_FORMAT:
		if (strcmp(arg, "auto") == 0)
			o->input_format = SLANT_INPUT_AUTO;
		else if (strcmp(arg, "text") == 0)
			o->input_format = SLANT_INPUT_TEXT;
		else if (strcmp(arg, "jsonl") == 0)
			o->input_format = SLANT_INPUT_JSONL;
		else {
			cli_usage(cmd,
			          "--input-format must be auto, text or jsonl, "
			          "not '%s'",
			          arg);
			return -1;
		}
		return 1;
	case CLI_OPT_GROUP_BY:
		if (strcmp(arg, "dir") == 0) {
			o->group_by = SLANT_GROUP_DIR;
		} else if (strcmp(arg, "name") == 0) {
			o->group_by = SLANT_GROUP_NAME;
		} else if (!*arg) {
			cli_usage(cmd,
			          "--group-by needs 'dir' or a field name");
			return -1;
		} else {
			o->group_by = SLANT_GROUP_KEY;
			o->group_key = arg;
		}
		return 1;
	case CLI_OPT_GROUP: ca->next_group = arg; return 1;
	case CLI_OPT_EXT:
		if (arg[0] != '.' || !arg[1]) {
			cli_usage(cmd, "--ext must look like '.txt', not '%s'",
			          arg);
			return -1;
		}
		o->text_ext = arg;
		return 1;
	case CLI_OPT_TITLE:
		if (strcmp(arg, "first-line") == 0)
			o->title_first_line = true;
		else if (strcmp(arg, "none") == 0)
			o->title_first_line = false;
		else {
			cli_usage(
			    cmd, "--title must be first-line or none, not '%s'",
			    arg);
			return -1;
		}
		return 1;
	case CLI_OPT_LENIENT: o->lenient = true; return 1;
	case CLI_OPT_WHERE: {
		const char *eq = strchr(arg, '=');
		if (!eq || eq == arg || (eq == arg + 1 && arg[0] == '!')) {
			cli_usage(cmd,
			          "--where takes FIELD=VALUE or FIELD!=VALUE "
			          "(e.g. bias=left), not '%s'",
			          arg);
			return -1;
		}
		bool negate = eq[-1] == '!';
		size_t klen = (size_t)(eq - arg) - negate;
		char *key = slant_xstrdup(arg); /* key, NUL, value */
		key[klen] = '\0';
		ca->where = slant_xreallocarray(ca->where, o->nwhere + 1,
		                                sizeof *ca->where);
		ca->where_text = slant_xreallocarray(
		    ca->where_text, o->nwhere + 1, sizeof *ca->where_text);
		ca->where_text[o->nwhere] = key;
		ca->where[o->nwhere++] =
		    (struct slant_where){key, key + (eq - arg) + 1, negate};
		o->where = ca->where;
		return 1;
	}
	case CLI_OPT_LANGUAGE: {
		char code[16];
		slant_language_code(arg, code);
		if (!code[0]) {
			cli_usage(
			    cmd,
			    "--language takes a language code such as en, "
			    "ar or fa, not '%s'",
			    arg);
			return -1;
		}
		ca->language = arg;
		return 1;
	}
	case CLI_OPT_FIELD: {
		const char *eq = strchr(arg, '=');
		if (!eq || !eq[1]) {
			cli_usage(
			    cmd,
			    "--field takes NAME=KEY (e.g. text=body), not '%s'",
			    arg);
			return -1;
		}
		size_t n = (size_t)(eq - arg);
		const char **dst = NULL;
		if (n == 2 && memcmp(arg, "id", 2) == 0)
			dst = &o->json_id;
		else if (n == 5 && memcmp(arg, "group", 5) == 0)
			dst = &o->json_group;
		else if (n == 4 && memcmp(arg, "date", 4) == 0)
			dst = &o->json_date;
		else if (n == 5 && memcmp(arg, "title", 5) == 0)
			dst = &o->json_title;
		else if (n == 4 && memcmp(arg, "text", 4) == 0)
			dst = &o->json_text;
		if (!dst) {
			cli_usage(cmd,
			          "--field NAME must be id, group, date, title "
			          "or text, not '%.*s'",
			          (int)n, arg);
			return -1;
		}
		*dst = eq + 1;
		return 1;
	}
	default:
		/* Not a corpus option either: the command does not know it
		 * (getopt has already said which). */
		cli_usage(cmd, "unknown option");
		return -1;
	}
}

void cli_language_note(const struct slant_language_skips *k)
{
	if (cli_quiet || !k->n)
		return;
	struct slant_buf b;
	slant_buf_init(&b);
	slant_language_skips_note(k, &b);
	for (char *line = b.data; line && *line;) {
		char *nl = strchr(line, '\n');
		fprintf(stderr, "slant: note: %.*s\n",
		        (int)(nl ? nl - line : (long)strlen(line)), line);
		line = nl ? nl + 1 : NULL;
	}
	fprintf(stderr, "slant: note: (--language CODE gives every article "
	                "one language)\n");
	slant_buf_release(&b);
}

/* ---- lexicons ---- */

const char *cli_default_lexicons(void)
{
	const char *env = getenv("SLANT_LEXICONS");
	if (env && *env)
		return env;
	/* Running from the build tree? Then use the source tree's lexicons so
	 * that `src/slant score DIR` works before `make install`. */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char real_build[PATH_MAX];
			static char real_lex[PATH_MAX];
			if (realpath(SLANT_BUILD_SRCDIR, real_build) &&
			    strcmp(exe, real_build) == 0)
				return realpath(SLANT_SOURCE_LEXICONS, real_lex)
				           ? real_lex
				           : SLANT_SOURCE_LEXICONS;
		}
	}
	return SLANT_INSTALLED_LEXICONS;
}

struct slant_lexicon *cli_load_lexicons(char **paths, size_t n, int *status)
{
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_lexicon *lx = slant_lexicon_new();
	size_t warnings = 0;
	const char *def = cli_default_lexicons();
	for (size_t i = 0; i < (n ? n : 1); i++) {
		const char *p = n ? paths[i] : def;
		if (slant_lexicon_load(lx, p, cli_warn, &warnings, &err) < 0) {
			*status = cli_fail(&err);
			slant_lexicon_free(lx);
			return NULL;
		}
	}
	if (slant_lexicon_finish(lx, &err) < 0) {
		*status = cli_fail(&err);
		slant_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

int cli_open_inputs(char **lexpaths, size_t nlex, struct cli_corpus_args *ca,
                    struct slant_lexicon **lx, struct slant_corpus **corpus)
{
	int status = 0;
	*corpus = NULL;
	*lx = cli_load_lexicons(lexpaths, nlex, &status);
	if (!*lx)
		return status;
	struct slant_error err;
	slant_error_clear(&err);
	*corpus = slant_corpus_open(ca->inputs, ca->ninputs, &ca->opt, &err);
	if (!*corpus) {
		slant_lexicon_free(*lx);
		*lx = NULL;
		return cli_fail(&err);
	}
	return 0;
}

/* ---- output ---- */

int cli_output_open(struct cli_output *o, const char *path)
{
	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	o->path = slant_xstrdup(path);
	struct slant_buf t;
	slant_buf_init(&t);
	slant_buf_printf(&t, "%s.tmp.XXXXXX", path);
	o->tmp = slant_buf_take(&t);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		fprintf(stderr, "slant: error: %s: cannot create: %s\n", path,
		        strerror(errno));
		free(o->tmp);
		free(o->path);
		o->tmp = o->path = NULL;
		return -1;
	}
	/* mkstemp makes 0600; outputs are ordinary files. */
	mode_t um = umask(0);
	umask(um);
	fchmod(fd, 0666 & ~um);
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		close(fd);
		unlink(o->tmp);
		return -1;
	}
	return 0;
}

int cli_output_write(struct cli_output *o, struct slant_buf *b)
{
	if (b->len && fwrite(b->data, 1, b->len, o->fp) != b->len) {
		slant_buf_reset(b);
		return -1;
	}
	slant_buf_reset(b);
	return 0;
}

int cli_output_commit(struct cli_output *o)
{
	const char *name = o->path ? o->path : "standard output";
	int bad = fflush(o->fp) != 0 || ferror(o->fp);
	if (o->path) {
		bad |= fclose(o->fp) != 0;
		o->fp = NULL;
		if (!bad && rename(o->tmp, o->path) != 0)
			bad = 1;
		if (bad)
			unlink(o->tmp);
		free(o->tmp);
		free(o->path);
		o->tmp = o->path = NULL;
	}
	if (bad) {
		fprintf(stderr, "slant: error: %s: write failed: %s\n", name,
		        strerror(errno ? errno : EIO));
		return SLANT_EIO;
	}
	return 0;
}

void cli_output_abort(struct cli_output *o)
{
	if (o->path) {
		if (o->fp)
			fclose(o->fp);
		unlink(o->tmp);
		free(o->tmp);
		free(o->path);
	}
	memset(o, 0, sizeof *o);
}
