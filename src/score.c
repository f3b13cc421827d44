/* score.c: rows of the score table. Numbers are written with the fast
 * formatters: a corpus of 15,000 articles and 60 dimensions is a million
 * fields. */
#include "config.h"

#include <string.h>

#include "score.h"

static const char *const measures[] = {"hits", "hits_own", "hits_quoted",
                                       "rate", "rate_own", "rate_quoted"};

void slant_score_header(struct slant_buf *b, const struct slant_lexicon *lx,
                        enum slant_table_format f)
{
	if (f == SLANT_FMT_JSONL)
		return;
	char sep = f == SLANT_FMT_TSV ? '\t' : ',';
	slant_buf_puts(b, "id");
	const char *fixed[] = {"group",  "date",       "title",
	                       "tokens", "tokens_own", "tokens_quoted"};
	for (size_t i = 0; i < 6; i++) {
		slant_buf_putc(b, sep);
		slant_buf_puts(b, fixed[i]);
	}
	struct slant_buf col;
	slant_buf_init(&col);
	for (size_t d = 0; d < lx->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		for (size_t m = 0; m < 8; m++) {
			if ((m == 6 && !D->weighted) ||
			    (m == 7 && !D->negatable))
				continue;
			slant_buf_reset(&col);
			slant_buf_printf(&col, "%s.%s", D->path,
			                 m < 6    ? measures[m]
			                 : m == 6 ? "score"
			                          : "negated");
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

static void row_json(struct slant_buf *b, const struct slant_lexicon *lx,
                     const struct slant_article *a, const struct slant_tally *t)
{
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
		slant_put_json_string(b, lx->dims[d].path);
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

void slant_score_row(struct slant_buf *b, const struct slant_lexicon *lx,
                     enum slant_table_format f, const struct slant_article *a,
                     const struct slant_tally *t)
{
	if (f == SLANT_FMT_JSONL)
		row_json(b, lx, a, t);
	else
		row_table(b, lx, f, a, t);
}
