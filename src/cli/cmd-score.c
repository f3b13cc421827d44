/* cmd-score.c: slant score: one row per article. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "format.h"
#include "match.h"
#include "score.h"
#include "tokenize.h"
#include "stream.h"

static const char help[] =
    "usage: slant score [OPTIONS] PATH...\n"
    "\n"
    "Score every article on the lexicon dimensions: token counts, hits and\n"
    "rates per 1,000 tokens, split into the outlet's own voice and quoted\n"
    "speech. PATH is a file, a directory (read recursively) or '-'.\n"
    "\n"
    "Options:\n" CLI_LEXICON_HELP
    "  -f, --format FMT       csv (default), tsv or jsonl: one row per\n"
    "                         article; long (CSV), long-tsv or long-jsonl:\n"
    "                         one row per article, dimension and voice\n"
    "      --safe-names       dimension names R and pandas take as they are:\n"
    "                         loaded/language.score is loaded_language_score\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "  -e, --explain          list each matched entry per article instead\n"
    "  -j, --threads N        worker threads (default: the number of CPUs;\n"
    "                         the output is the same for any N)\n"
    "  -q, --quiet            no warnings or summary on stderr\n"
    "  -h, --help             show this help\n"
    "\n" CLI_CORPUS_HELP "\n"
    "Columns: id, group, date, title, tokens, tokens_own, tokens_quoted, and\n"
    "per dimension PATH.hits, .hits_own, .hits_quoted, .rate, .rate_own,\n"
    ".rate_quoted (+ .score when weighted, .negated when negatable).\n"
    "Long: id, group, dimension, voice (own, quoted, all), hits, tokens,\n"
    "rate, score (weighted dimensions), negated (negatable ones).\n"
    "With --explain: id, group, dimension, entry, kind, count, own, quoted,\n"
    "offsets, context.\n"
    "Tokens: an initialism is one token (U.S. is u.s., never us); a title\n"
    "(Mr.) ends no sentence. See TOKENS in slant-score(1).\n";

struct score_ctx {
	const struct slant_lexicon *lx;
	const struct slant_score_table *table;
	enum slant_table_format fmt;
	bool explain;
	struct cli_output *out;
};

/* --format: the wide formats, or "long", "long-csv", "long-tsv",
 * "long-jsonl". */
static int parse_format(const char *s, enum slant_table_format *f,
                        bool *long_rows)
{
	*long_rows = strncmp(s, "long", 4) == 0;
	if (!*long_rows)
		return slant_table_format_parse(s, f);
	if (!s[4]) {
		*f = SLANT_FMT_CSV;
		return 0;
	}
	return s[4] == '-' ? slant_table_format_parse(s + 5, f) : -1;
}

static int kind_of(const struct slant_match *m)
{
	return m->excluded ? 2 : m->negated ? 1 : 0;
}

static int cmp_match(const void *a, const void *b)
{
	const struct slant_match *x = a, *y = b;
	if (x->dim != y->dim)
		return x->dim < y->dim ? -1 : 1;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	if (kind_of(x) != kind_of(y))
		return kind_of(x) - kind_of(y);
	return (x->first > y->first) - (x->first < y->first);
}

static void put_context(struct slant_buf *b, const char *text, size_t len,
                        size_t start, size_t end)
{
	/* About 40 bytes each side, cut at UTF-8 boundaries, one line. */
	size_t a = start > 40 ? start - 40 : 0;
	size_t z = end + 40 < len ? end + 40 : len;
	while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
		a--;
	while (z < len && ((unsigned char)text[z] & 0xC0) == 0x80)
		z++;
	for (size_t i = a; i < z; i++) {
		char c = text[i];
		if (i == start)
			slant_buf_putc(b, '[');
		slant_buf_putc(b,
		               c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
		if (i + 1 == end)
			slant_buf_putc(b, ']');
	}
}

static void explain_rows(struct slant_buf *out, enum slant_table_format f,
                         const struct slant_lexicon *lx,
                         const struct slant_tokens *toks,
                         const struct slant_match *all, size_t nall,
                         const struct slant_article *a)
{
	static const char *const kinds[] = {"hit", "negated", "excluded"};
	/* List a match under the dimension its entry is written in. */
	struct slant_match *v = slant_xcalloc(nall ? nall : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < nall; i++)
		if (all[i].dim == lx->entries[all[i].entry].dim)
			v[n++] = all[i];
	qsort(v, n, sizeof *v, cmp_match);
	struct slant_buf offs, ctx, cell;
	slant_buf_init(&offs);
	slant_buf_init(&ctx);
	slant_buf_init(&cell);
	char sep = f == SLANT_FMT_TSV ? '\t' : ',';
	for (size_t i = 0; i < n;) {
		size_t j = i, own = 0, quo = 0;
		slant_buf_reset(&offs);
		while (j < n && v[j].dim == v[i].dim &&
		       v[j].entry == v[i].entry &&
		       kind_of(&v[j]) == kind_of(&v[i])) {
			const struct slant_match *m = &v[j];
			const struct slant_token *t0 = &toks->v[m->first];
			const struct slant_token *t1 =
			    &toks->v[m->first + m->ntokens - 1];
			if (offs.len)
				slant_buf_putc(&offs, ' ');
			slant_buf_printf(&offs, "%u-%u", t0->offset,
			                 t1->offset + t1->length);
			if (m->quoted)
				quo++;
			else
				own++;
			j++;
		}
		const struct slant_match *m = &v[i];
		const struct slant_token *t0 = &toks->v[m->first];
		const struct slant_token *t1 =
		    &toks->v[m->first + m->ntokens - 1];
		slant_buf_reset(&ctx);
		put_context(&ctx, a->text, a->text_len, t0->offset,
		            t1->offset + t1->length);
		const char *dim = lx->dims[m->dim].path;
		const char *entry = lx->entries[m->entry].text;
		if (f == SLANT_FMT_JSONL) {
			slant_buf_puts(out, "{\"id\":");
			slant_put_json_string(out, a->id);
			slant_buf_puts(out, ",\"group\":");
			slant_put_json_string(out, a->group);
			slant_buf_puts(out, ",\"dimension\":");
			slant_put_json_string(out, dim);
			slant_buf_puts(out, ",\"entry\":");
			slant_put_json_string(out, entry);
			slant_buf_printf(
			    out,
			    ",\"kind\":\"%s\",\"count\":%zu,\"own\":%zu,"
			    "\"quoted\":%zu,\"offsets\":",
			    kinds[kind_of(m)], own + quo, own, quo);
			slant_put_json_string(out, offs.data);
			slant_buf_puts(out, ",\"context\":");
			slant_put_json_string(out, ctx.data);
			slant_buf_puts(out, "}\n");
		} else {
			slant_put_field(out, f, a->id);
			slant_buf_putc(out, sep);
			slant_put_field(out, f, a->group);
			slant_buf_putc(out, sep);
			slant_put_field(out, f, dim);
			slant_buf_putc(out, sep);
			slant_put_field(out, f, entry);
			slant_buf_printf(out, "%c%s%c%zu%c%zu%c%zu%c", sep,
			                 kinds[kind_of(m)], sep, own + quo, sep,
			                 own, sep, quo, sep);
			slant_put_field(out, f, offs.data);
			slant_buf_putc(out, sep);
			slant_put_field(out, f, ctx.data);
			slant_buf_putc(out, '\n');
		}
		i = j;
	}
	slant_buf_release(&offs);
	slant_buf_release(&ctx);
	slant_buf_release(&cell);
	free(v);
}

static void score_article(void *ctx, unsigned worker,
                          const struct slant_article *a,
                          const struct slant_tokens *toks,
                          const struct slant_vocab *vocab,
                          const struct slant_tally *tally,
                          const struct slant_match *matches, size_t nmatches,
                          struct slant_buf *out)
{
	const struct score_ctx *sc = ctx;
	(void)worker;
	(void)vocab;
	if (sc->explain)
		explain_rows(out, sc->fmt, sc->lx, toks, matches, nmatches, a);
	else
		slant_score_row(out, sc->table, a, tally);
}

static int flush_output(void *ctx, struct slant_buf *b)
{
	const struct score_ctx *sc = ctx;
	return cli_output_write(sc->out, b);
}

enum { OPT_SAFE_NAMES = 2001 };

int cmd_score(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"lexicon", required_argument, NULL, 'l'},
	    {"format", required_argument, NULL, 'f'},
	    {"output", required_argument, NULL, 'o'},
	    {"explain", no_argument, NULL, 'e'},
	    {"threads", required_argument, NULL, 'j'},
	    {"safe-names", no_argument, NULL, OPT_SAFE_NAMES},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    CLI_CORPUS_LONGOPTS,
	    {NULL, 0, NULL, 0},
	};
	struct cli_corpus_args ca;
	cli_corpus_args_init(&ca);
	char **lexpaths = NULL;
	size_t nlex = 0;
	enum slant_table_format fmt = SLANT_FMT_CSV;
	const char *output = NULL;
	bool explain = false, long_rows = false, safe_names = false;
	long threads = cli_default_threads();
	int status = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "-l:f:o:ej:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 1: cli_corpus_add_path(&ca, optarg); break;
		case 'l':
			lexpaths = slant_xreallocarray(lexpaths, nlex + 1,
			                               sizeof *lexpaths);
			lexpaths[nlex++] = optarg;
			break;
		case 'f':
			if (parse_format(optarg, &fmt, &long_rows) < 0) {
				status = cli_usage(
				    "score",
				    "--format must be csv, tsv, jsonl, long, "
				    "long-tsv or long-jsonl, not '%s'",
				    optarg);
				goto out;
			}
			break;
		case OPT_SAFE_NAMES: safe_names = true; break;
		case 'o': output = optarg; break;
		case 'e': explain = true; break;
		case 'j':
			if (cli_parse_uint(optarg, 1, 256, &threads) < 0) {
				status =
				    cli_usage("score",
				              "--threads must be a whole "
				              "number from 1 to 256, not '%s'",
				              optarg);
				goto out;
			}
			break;
		case 'q': cli_quiet = true; break;
		case 'h': status = cli_help(help); goto out;
		default: {
			if (cli_corpus_option(&ca, "score", c, optarg) == 1)
				break;
			status = SLANT_EUSAGE;
			goto out;
		}
		}
	}
	if (!ca.ninputs) {
		status = cli_usage(
		    "score", "no corpus given (a file, a directory or '-')");
		goto out;
	}
	if (explain && (long_rows || safe_names)) {
		status = cli_usage("score",
		                   "--explain has its own columns: not with "
		                   "--format long or --safe-names");
		goto out;
	}

	struct slant_lexicon *lx;
	struct slant_corpus *corpus;
	if ((status = cli_open_inputs(lexpaths, nlex, &ca, &lx, &corpus)) != 0)
		goto out;
	struct slant_error err;
	slant_error_clear(&err);
	struct slant_score_table table;
	if (slant_score_table_init(&table, lx, fmt, long_rows, safe_names,
	                           &err) < 0) {
		status = cli_fail(&err);
		slant_corpus_free(corpus);
		slant_lexicon_free(lx);
		goto out;
	}
	struct cli_output out;
	if (cli_output_open(&out, output) < 0) {
		slant_score_table_release(&table);
		status = SLANT_EIO;
		slant_corpus_free(corpus);
		slant_lexicon_free(lx);
		goto out;
	}
	struct slant_buf head;
	slant_buf_init(&head);
	if (explain) {
		if (fmt != SLANT_FMT_JSONL) {
			char sep = fmt == SLANT_FMT_TSV ? '\t' : ',';
			const char *cols[] = {"id",     "group",  "dimension",
			                      "entry",  "kind",   "count",
			                      "own",    "quoted", "offsets",
			                      "context"};
			for (size_t i = 0; i < 10; i++) {
				if (i)
					slant_buf_putc(&head, sep);
				slant_buf_puts(&head, cols[i]);
			}
			slant_buf_putc(&head, '\n');
		}
	} else {
		slant_score_header(&head, &table);
	}
	struct score_ctx sc = {lx, &table, fmt, explain, &out};
	struct slant_language_skips skips;
	slant_language_skips_init(&skips);
	struct slant_stream_options so = {
	    .threads = (unsigned)threads,
	    .collect_matches = explain,
	    .lexicon_words_only = true, /* rows need tallies, not words */
	    .language = ca.language,
	    .skips = &skips,
	    .article = score_article,
	    .flush = flush_output,
	    .ctx = &sc,
	};
	long n = -1;
	if (cli_output_write(&out, &head) == 0)
		n = slant_stream_run(corpus, lx, &so, &err);
	else
		slant_error_set(&err, SLANT_EIO,
		                output ? output : "standard output",
		                "write failed");
	slant_buf_release(&head);
	if (n < 0) {
		if (err.code == SLANT_EIO && !err.where[0])
			snprintf(err.where, sizeof err.where, "%s",
			         output ? output : "standard output");
		status = cli_fail(&err);
		cli_output_abort(&out);
	} else {
		status = cli_output_commit(&out);
	}
	if (!status && ca.warnings && !cli_quiet)
		fprintf(stderr,
		        "slant: %zu warning(s): bad input replaced or skipped "
		        "(--lenient)\n",
		        ca.warnings);
	if (!status)
		cli_language_note(&skips);
	slant_language_skips_release(&skips);
	slant_score_table_release(&table);
	slant_corpus_free(corpus);
	slant_lexicon_free(lx);
out:
	free(lexpaths);
	cli_corpus_args_release(&ca);
	return status;
}
