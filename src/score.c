/* score.c: rows of the score table. Numbers are written with the fast
 * formatters: a corpus of 15,000 articles and 60 dimensions is a million
 * fields. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "score.h"
#include "vocab.h"

static const char *const measures[] = {"hits",  "hits_own", "hits_quoted",
                                       "rate",  "rate_own", "rate_quoted",
                                       "score", "negated"};
static const char *const fixed_columns[] = {
    "id", "group", "date", "title", "tokens", "tokens_own", "tokens_quoted"};
static const char *const long_columns[] = {"id",    "group", "dimension",
                                           "voice", "hits",  "tokens",
                                           "rate",  "score", "negated"};

/* Whether dimension D has measure m (m: an index of measures). */
static bool has_measure(const struct slant_dimension *D, size_t m)
{
	return m < 6 || (m == 6 && D->weighted) || (m == 7 && D->negatable);
}

/* The name of wide column (dimension d, measure m) in out. */
static void column_name(const struct slant_score_table *st, size_t d, size_t m,
                        struct slant_buf *out)
{
	slant_buf_reset(out);
	slant_buf_printf(out, "%s%c%s", st->names[d],
	                 st->safe_names ? '_' : '.', measures[m]);
}

/* Names written: who wrote each (orig, owned), to say which two
 * collide. */
struct name_set {
	struct slant_vocab *v;
	char **orig;
	size_t n, cap;
};

/* Add name (written for orig); fails naming both when it is taken. */
static int name_add(struct name_set *ns, const char *what, const char *name,
                    const char *orig, struct slant_error *err)
{
	size_t before = slant_vocab_size(ns->v);
	uint32_t id = slant_vocab_intern(ns->v, name, strlen(name));
	if (id < before)
		return slant_error_set(
		    err, SLANT_EDATA, NULL,
		    "%s '%s' and '%s' have the same safe name '%s'", what,
		    ns->orig[id], orig, name);
	SLANT_GROW(&ns->orig, &ns->cap, ns->n + 1);
	ns->orig[ns->n++] = slant_xstrdup(orig);
	return 0;
}

static void name_set_release(struct name_set *ns)
{
	for (size_t i = 0; i < ns->n; i++)
		free(ns->orig[i]);
	free(ns->orig);
	slant_vocab_free(ns->v);
}

/* With safe names no two dimensions, and no two columns of the wide
 * table, may be written alike. */
static int check_names(const struct slant_score_table *st,
                       struct slant_error *err)
{
	const struct slant_lexicon *lx = st->lx;
	struct name_set dims = {.v = slant_vocab_new()};
	struct name_set cols = {.v = slant_vocab_new()};
	struct slant_buf col, orig;
	slant_buf_init(&col);
	slant_buf_init(&orig);
	int rc = 0;
	for (size_t i = 0;
	     i < sizeof fixed_columns / sizeof *fixed_columns && rc == 0; i++)
		rc = name_add(&cols, "columns", fixed_columns[i],
		              fixed_columns[i], err);
	for (size_t d = 0; d < lx->ndims && rc == 0; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		rc = name_add(&dims, "dimensions", st->names[d], D->path, err);
		for (size_t m = 0; m < 8 && rc == 0; m++) {
			if (!has_measure(D, m))
				continue;
			column_name(st, d, m, &col);
			slant_buf_reset(&orig);
			slant_buf_printf(&orig, "%s.%s", D->path, measures[m]);
			rc = name_add(&cols, "columns", col.data, orig.data,
			              err);
		}
	}
	slant_buf_release(&col);
	slant_buf_release(&orig);
	name_set_release(&dims);
	name_set_release(&cols);
	return rc;
}

int slant_score_table_init(struct slant_score_table *st,
                           const struct slant_lexicon *lx,
                           enum slant_table_format f, bool long_rows,
                           bool safe_names, struct slant_error *err)
{
	*st = (struct slant_score_table){.lx = lx,
	                                 .format = f,
	                                 .long_rows = long_rows,
	                                 .safe_names = safe_names};
	st->names = slant_xcalloc(lx->ndims ? lx->ndims : 1, sizeof *st->names);
	struct slant_buf b;
	slant_buf_init(&b);
	for (size_t d = 0; d < lx->ndims; d++) {
		if (!safe_names) {
			st->names[d] = slant_xstrdup(lx->dims[d].path);
			continue;
		}
		slant_buf_reset(&b);
		slant_put_safe_name(&b, lx->dims[d].path);
		st->names[d] = slant_xstrdup(b.data);
	}
	slant_buf_release(&b);
	if (safe_names && check_names(st, err) < 0) {
		slant_score_table_release(st);
		return -1;
	}
	return 0;
}

void slant_score_table_release(struct slant_score_table *st)
{
	if (st->names)
		for (size_t d = 0; d < st->lx->ndims; d++)
			free(st->names[d]);
	free(st->names);
	st->names = NULL;
}

void slant_score_header(struct slant_buf *b, const struct slant_score_table *st)
{
	enum slant_table_format f = st->format;
	if (f == SLANT_FMT_JSONL)
		return;
	char sep = f == SLANT_FMT_TSV ? '\t' : ',';
	if (st->long_rows) {
		for (size_t i = 0;
		     i < sizeof long_columns / sizeof *long_columns; i++) {
			if (i)
				slant_buf_putc(b, sep);
			slant_buf_puts(b, long_columns[i]);
		}
		slant_buf_putc(b, '\n');
		return;
	}
	for (size_t i = 0; i < sizeof fixed_columns / sizeof *fixed_columns;
	     i++) {
		if (i)
			slant_buf_putc(b, sep);
		slant_buf_puts(b, fixed_columns[i]);
	}
	struct slant_buf col;
	slant_buf_init(&col);
	for (size_t d = 0; d < st->lx->ndims; d++) {
		for (size_t m = 0; m < 8; m++) {
			if (!has_measure(&st->lx->dims[d], m))
				continue;
			column_name(st, d, m, &col);
			slant_buf_putc(b, sep);
			slant_put_field(b, f, col.data);
		}
	}
	slant_buf_release(&col);
	slant_buf_putc(b, '\n');
}

static void put_rate(struct slant_buf *b, uint64_t hits, uint64_t tokens,
                     int json)
{
	if (!tokens) {
		if (json)
			slant_buf_puts(b, "null");
		return;
	}
	if (!hits) {
		/* Most cells of a wide lexicon; what slant_put_fixed writes. */
		slant_buf_append(b, "0.0000", 6);
		return;
	}
	slant_put_fixed(b, (double)hits * 1000.0 / (double)tokens, 4);
}

static void row_table(struct slant_buf *b, const struct slant_lexicon *lx,
                      enum slant_table_format f, const struct slant_article *a,
                      const struct slant_tally *t)
{
	char sep = f == SLANT_FMT_TSV ? '\t' : ',';
	uint64_t own = t->tokens[SLANT_OWN], quo = t->tokens[SLANT_QUOTED];
	slant_put_field(b, f, a->id);
	slant_buf_putc(b, sep);
	slant_put_field(b, f, a->group);
	slant_buf_putc(b, sep);
	slant_put_field(b, f, a->date);
	slant_buf_putc(b, sep);
	slant_put_field(b, f, a->title);
	slant_buf_putc(b, sep);
	slant_put_u64(b, own + quo);
	slant_buf_putc(b, sep);
	slant_put_u64(b, own);
	slant_buf_putc(b, sep);
	slant_put_u64(b, quo);
	for (size_t d = 0; d < lx->ndims; d++) {
		if (!t->dim_applies[d]) {
			/* Not measured (another language's lexicon): every
			 * cell empty, not a count of 0. */
			size_t cells =
			    6 + lx->dims[d].weighted + lx->dims[d].negatable;
			for (size_t k = 0; k < cells; k++)
				slant_buf_putc(b, sep);
			continue;
		}
		uint64_t ho = t->hits[SLANT_OWN][d],
		         hq = t->hits[SLANT_QUOTED][d];
		slant_buf_putc(b, sep);
		slant_put_u64(b, ho + hq);
		slant_buf_putc(b, sep);
		slant_put_u64(b, ho);
		slant_buf_putc(b, sep);
		slant_put_u64(b, hq);
		slant_buf_putc(b, sep);
		put_rate(b, ho + hq, own + quo, 0);
		slant_buf_putc(b, sep);
		put_rate(b, ho, own, 0);
		slant_buf_putc(b, sep);
		put_rate(b, hq, quo, 0);
		if (lx->dims[d].weighted) {
			slant_buf_putc(b, sep);
			slant_put_fixed(b, t->score[0][d] + t->score[1][d], 4);
		}
		if (lx->dims[d].negatable) {
			slant_buf_putc(b, sep);
			slant_put_u64(b, (uint64_t)t->negated[0][d] +
			                     t->negated[1][d]);
		}
	}
	slant_buf_putc(b, '\n');
}

static void row_json(struct slant_buf *b, const struct slant_score_table *st,
                     const struct slant_article *a, const struct slant_tally *t)
{
	const struct slant_lexicon *lx = st->lx;
	uint64_t own = t->tokens[SLANT_OWN], quo = t->tokens[SLANT_QUOTED];
	slant_buf_puts(b, "{\"id\":");
	slant_put_json_string(b, a->id);
	slant_buf_puts(b, ",\"group\":");
	slant_put_json_string(b, a->group);
	slant_buf_puts(b, ",\"date\":");
	slant_put_json_string(b, a->date);
	slant_buf_puts(b, ",\"title\":");
	slant_put_json_string(b, a->title);
	slant_buf_puts(b, ",\"tokens\":");
	slant_put_u64(b, own + quo);
	slant_buf_puts(b, ",\"tokens_own\":");
	slant_put_u64(b, own);
	slant_buf_puts(b, ",\"tokens_quoted\":");
	slant_put_u64(b, quo);
	slant_buf_puts(b, ",\"dimensions\":{");
	for (size_t d = 0; d < lx->ndims; d++) {
		uint64_t ho = t->hits[SLANT_OWN][d],
		         hq = t->hits[SLANT_QUOTED][d];
		if (d)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, st->names[d]);
		if (!t->dim_applies[d]) {
			/* Not measured (another language's lexicon). */
			slant_buf_puts(b, ":{\"hits\":null,\"hits_own\":null,"
			                  "\"hits_quoted\":null,\"rate\":null,"
			                  "\"rate_own\":null,\"rate_quoted\":"
			                  "null");
			if (lx->dims[d].weighted)
				slant_buf_puts(b, ",\"score\":null");
			if (lx->dims[d].negatable)
				slant_buf_puts(b, ",\"negated\":null");
			slant_buf_putc(b, '}');
			continue;
		}
		slant_buf_puts(b, ":{\"hits\":");
		slant_put_u64(b, ho + hq);
		slant_buf_puts(b, ",\"hits_own\":");
		slant_put_u64(b, ho);
		slant_buf_puts(b, ",\"hits_quoted\":");
		slant_put_u64(b, hq);
		slant_buf_puts(b, ",\"rate\":");
		put_rate(b, ho + hq, own + quo, 1);
		slant_buf_puts(b, ",\"rate_own\":");
		put_rate(b, ho, own, 1);
		slant_buf_puts(b, ",\"rate_quoted\":");
		put_rate(b, hq, quo, 1);
		if (lx->dims[d].weighted) {
			slant_buf_puts(b, ",\"score\":");
			slant_put_fixed(b, t->score[0][d] + t->score[1][d], 4);
		}
		if (lx->dims[d].negatable) {
			slant_buf_puts(b, ",\"negated\":");
			slant_put_u64(b, (uint64_t)t->negated[0][d] +
			                     t->negated[1][d]);
		}
		slant_buf_putc(b, '}');
	}
	slant_buf_puts(b, "}}\n");
}

/* A long row's number cells after the voice: hits, tokens, rate,
 * score, negated; JSON members when json. dim: the dimension is measured
 * (else only tokens). */
static void long_cells(struct slant_buf *b, char sep, bool json, bool dim,
                       const struct slant_dimension *D, uint64_t hits,
                       uint64_t tokens, double score, uint64_t negated)
{
	static const char *const keys[] = {
	    ",\"hits\":", ",\"tokens\":", ",\"rate\":", ",\"score\":",
	    ",\"negated\":"};
	for (int k = 0; k < 5; k++) {
		if (json)
			slant_buf_puts(b, keys[k]);
		else
			slant_buf_putc(b, sep);
		bool empty = (k != 1 && !dim) || (k == 3 && !D->weighted) ||
		             (k == 4 && !D->negatable);
		if (empty) {
			if (json)
				slant_buf_puts(b, "null");
			continue;
		}
		switch (k) {
		case 0: slant_put_u64(b, hits); break;
		case 1: slant_put_u64(b, tokens); break;
		case 2: put_rate(b, hits, tokens, json); break;
		case 3: slant_put_fixed(b, score, 4); break;
		default: slant_put_u64(b, negated); break;
		}
	}
}

/* Rows of one article: per dimension the voices own, quoted, all. */
static void rows_long(struct slant_buf *b, const struct slant_score_table *st,
                      const struct slant_article *a,
                      const struct slant_tally *t)
{
	static const char *const voices[] = {"own", "quoted", "all"};
	const struct slant_lexicon *lx = st->lx;
	enum slant_table_format f = st->format;
	bool json = f == SLANT_FMT_JSONL;
	char sep = f == SLANT_FMT_TSV ? '\t' : ',';
	/* The article's cells, written once. */
	struct slant_buf who;
	slant_buf_init(&who);
	if (json) {
		slant_buf_puts(&who, "{\"id\":");
		slant_put_json_string(&who, a->id);
		slant_buf_puts(&who, ",\"group\":");
		slant_put_json_string(&who, a->group);
		slant_buf_puts(&who, ",\"dimension\":");
	} else {
		slant_put_field(&who, f, a->id);
		slant_buf_putc(&who, sep);
		slant_put_field(&who, f, a->group);
		slant_buf_putc(&who, sep);
	}
	for (size_t d = 0; d < lx->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		for (int v = 0; v < 3; v++) {
			uint64_t hits, tokens, negated;
			double score;
			if (v < 2) {
				hits = t->hits[v][d];
				tokens = t->tokens[v];
				score = t->score[v][d];
				negated = t->negated[v][d];
			} else {
				hits = (uint64_t)t->hits[0][d] + t->hits[1][d];
				tokens = t->tokens[0] + t->tokens[1];
				score = t->score[0][d] + t->score[1][d];
				negated = (uint64_t)t->negated[0][d] +
				          t->negated[1][d];
			}
			slant_buf_append(b, who.data, who.len);
			if (json) {
				slant_put_json_string(b, st->names[d]);
				slant_buf_printf(b, ",\"voice\":\"%s\"",
				                 voices[v]);
			} else {
				slant_put_field(b, f, st->names[d]);
				slant_buf_putc(b, sep);
				slant_buf_puts(b, voices[v]);
			}
			long_cells(b, sep, json, t->dim_applies[d], D, hits,
			           tokens, score, negated);
			slant_buf_puts(b, json ? "}\n" : "\n");
		}
	}
	slant_buf_release(&who);
}

void slant_score_row(struct slant_buf *b, const struct slant_score_table *st,
                     const struct slant_article *a, const struct slant_tally *t)
{
	if (st->long_rows)
		rows_long(b, st, a, t);
	else if (st->format == SLANT_FMT_JSONL)
		row_json(b, st, a, t);
	else
		row_table(b, st->lx, st->format, a, t);
}
