/* lexeval-write.c: the evaluation model as a readable report, CSV/TSV
 * tables and JSON. All three read struct slant_lexeval only, so they
 * cannot disagree. A number that could not be computed is "n/a" in the
 * report, an empty field in tables and null in JSON. Column names are
 * documented in slant-lexicon(1) and are stable. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "format.h"
#include "lexeval.h"

int slant_lexeval_table_parse(const char *s, enum slant_lexeval_table *out)
{
	if (strcmp(s, "dimensions") == 0)
		*out = SLANT_LEXEVAL_DIMENSIONS;
	else if (strcmp(s, "entries") == 0)
		*out = SLANT_LEXEVAL_ENTRIES;
	else
		return -1;
	return 0;
}

static const char *split_name(enum slant_lexeval_split s)
{
	return s == SLANT_SPLIT_DEV    ? "dev"
	       : s == SLANT_SPLIT_TEST ? "test"
	                               : "all";
}

/* Which class a dimension's scores point to: its AUC interval lies
 * above 0.5 (the positives score higher), below (the negatives do), or
 * holds 0.5. Without an interval, the estimate's side. */
static const char *predicts(const struct slant_stats_interval *auc)
{
	if (isnan(auc->est))
		return "n/a";
	if (!isnan(auc->lo))
		return auc->lo > 0.5   ? "positive"
		       : auc->hi < 0.5 ? "negative"
		                       : "neither";
	return auc->est > 0.5   ? "positive"
	       : auc->est < 0.5 ? "negative"
	                        : "neither";
}

static struct slant_stats_interval reverse(const struct slant_stats_interval *a)
{
	return (struct slant_stats_interval){1 - a->est, 1 - a->hi, 1 - a->lo};
}

static const char *class_name(const struct slant_lexeval *ev,
                              const struct slant_lexeval_target *t)
{
	return t->cls == SIZE_MAX ? "" : ev->classes[t->cls];
}

static bool has_spans(const struct slant_lexeval *ev)
{
	return ev->opt.spans != NULL;
}

static const char *entry_dim(const struct slant_lexeval *ev, uint32_t e)
{
	return ev->lx->dims[ev->lx->entries[e].dim].path;
}

/* ---- the readable report ---- */

static void put_interval(struct slant_text_table *t,
                         const struct slant_stats_interval *iv)
{
	if (isnan(iv->lo) || isnan(iv->hi))
		slant_text_table_add(t, isnan(iv->est) ? "n/a" : "");
	else
		slant_text_table_addf(t, "%.3f-%.3f", iv->lo, iv->hi);
}

static void text_header(const struct slant_lexeval *ev, struct slant_buf *b)
{
	const struct slant_lexeval_options *o = &ev->opt;
	slant_buf_printf(b, "slant lexicon eval: %zu items read", ev->read);
	if (o->split != SLANT_SPLIT_ALL)
		slant_buf_printf(b, ", %zu in split %s", ev->in_split,
		                 split_name(o->split));
	slant_buf_puts(b, "\n");
	if (o->label) {
		slant_buf_printf(b, "label '%s': %zu items", o->label->field,
		                 ev->nitems);
		if (ev->numeric) {
			slant_buf_puts(b, ", numeric (rank correlation)");
		} else if (o->positive || ev->boolean) {
			size_t pos = ev->ncls;
			slant_buf_printf(b,
			                 ", %zu positive ('%s'), %zu negative",
			                 pos, ev->classes[0], ev->nitems - pos);
			for (size_t i = 0; i < o->nnegatives; i++)
				slant_buf_printf(b, "%s'%s'", i ? ", " : " (",
				                 o->negatives[i]);
			if (o->nnegatives)
				slant_buf_puts(b, ")");
		} else {
			slant_buf_printf(b,
			                 ", %zu classes, each against the rest",
			                 ev->nclasses);
		}
		if (ev->left_out)
			slant_buf_printf(b, "; %zu left out (other values)",
			                 ev->left_out);
		if (ev->unlabelled)
			slant_buf_printf(b, "; %zu without the field",
			                 ev->unlabelled);
		slant_buf_puts(b, "\n");
		slant_buf_printf(b, "measure: %s",
		                 slant_lexeval_measure_name(o->measure));
		if (o->bootstrap)
			slant_buf_printf(
			    b,
			    "; %.0f%% percentile bootstrap intervals "
			    "(%zu resamples of items, seed %lu)",
			    o->conf * 100, o->bootstrap, o->seed);
		slant_buf_puts(b, "\n");
	}
}

static void text_targets(const struct slant_lexeval *ev, struct slant_buf *b)
{
	struct slant_text_table t;
	if (ev->numeric) {
		const char *const h[] = {"dimension", "spearman", "interval",
		                         "coverage"};
		slant_text_table_header(&t, h, 4);
	} else {
		const char *const h[] = {
		    "dimension", "class",     "AUC",    "interval", "reverse",
		    "predicts",  "precision", "recall", "F1",       "coverage"};
		slant_text_table_header(&t, h, 10);
	}
	for (size_t i = 0; i < ev->ntargets; i++) {
		const struct slant_lexeval_target *x = &ev->targets[i];
		slant_text_table_add(&t, ev->dims[x->dim].name);
		if (ev->numeric) {
			slant_text_table_num(&t, x->rho.est, 3);
			put_interval(&t, &x->rho);
		} else {
			slant_text_table_add(&t, class_name(ev, x));
			slant_text_table_num(&t, x->auc.est, 3);
			put_interval(&t, &x->auc);
			slant_text_table_num(&t, 1 - x->auc.est, 3);
			slant_text_table_add(&t, predicts(&x->auc));
			slant_text_table_num(&t, x->precision, 3);
			slant_text_table_num(&t, x->recall, 3);
			slant_text_table_num(&t, x->f1, 3);
		}
		slant_text_table_num(&t, x->coverage, 3);
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
}

static void text_costly(const struct slant_lexeval *ev, struct slant_buf *b)
{
	if (ev->numeric || !ev->opt.top)
		return;
	bool any = false;
	for (size_t i = 0; i < ev->ntargets; i++) {
		const struct slant_lexeval_target *x = &ev->targets[i];
		size_t shown = 0;
		for (size_t j = 0; j < x->nentries && shown < ev->opt.top;
		     j++) {
			const struct slant_lexeval_entry *e =
			    &ev->entries[x->entries_off + j];
			size_t fp = e->sole - e->sole_pos;
			if (!fp)
				break;
			if (!any)
				slant_buf_puts(
				    b,
				    "\nentries that cost the most false "
				    "positives (negative items where the "
				    "entry was the dimension's only match):\n");
			any = true;
			if (!shown)
				slant_buf_printf(
				    b, "  %s%s%s%s:", ev->dims[x->dim].name,
				    x->cls == SIZE_MAX ? "" : " (",
				    class_name(ev, x),
				    x->cls == SIZE_MAX ? "" : ")");
			slant_buf_printf(b, "%s %s %zu (precision ",
			                 shown ? "," : "",
			                 ev->lx->entries[e->entry].text, fp);
			slant_put_fixed(b, e->precision, 2);
			slant_buf_putc(b, ')');
			shown++;
		}
		if (shown)
			slant_buf_putc(b, '\n');
	}
}

static void text_spans(const struct slant_lexeval *ev, struct slant_buf *b)
{
	if (!has_spans(ev))
		return;
	slant_buf_printf(b,
	                 "\nspans '%s': %zu marked tokens in %zu items; %zu of "
	                 "%zu spans not found in their text\n",
	                 ev->opt.spans->field, ev->marked_tokens,
	                 ev->span_items, ev->spans_missing, ev->spans_total);
	struct slant_text_table t;
	const char *const h[] = {"dimension", "hit tokens", "marked",
	                         "precision", "recall"};
	slant_text_table_header(&t, h, 5);
	for (size_t s = 0; s < ev->ndims; s++) {
		const struct slant_lexeval_spans *sp = &ev->spans[s];
		slant_text_table_add(&t, ev->dims[s].name);
		slant_text_table_addf(&t, "%zu", sp->hit_tokens);
		slant_text_table_addf(&t, "%zu", sp->hit_marked);
		slant_text_table_num(&t, sp->precision, 3);
		slant_text_table_num(&t, sp->recall, 3);
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
}

void slant_lexeval_write_text(const struct slant_lexeval *ev,
                              struct slant_buf *b)
{
	text_header(ev, b);
	if (ev->opt.label) {
		slant_buf_putc(b, '\n');
		text_targets(ev, b);
		text_costly(ev, b);
	}
	text_spans(ev, b);
}

/* ---- CSV / TSV ---- */

struct row {
	struct slant_buf *b;
	bool tsv;
	bool first;
};

static void cell(struct row *r, const char *s)
{
	if (!r->first)
		slant_buf_putc(r->b, r->tsv ? '\t' : ',');
	r->first = false;
	slant_put_field(r->b, r->tsv ? SLANT_FMT_TSV : SLANT_FMT_CSV, s);
}

static void num(struct row *r, double x)
{
	if (!r->first)
		slant_buf_putc(r->b, r->tsv ? '\t' : ',');
	r->first = false;
	if (isfinite(x))
		slant_put_g(r->b, x, 10);
}

static void count(struct row *r, size_t n)
{
	num(r, (double)n);
}

static void end_row(struct row *r)
{
	slant_buf_putc(r->b, '\n');
	r->first = true;
}

static void header(struct row *r, const char *const *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cell(r, cols[i]);
}

static void span_cells(struct row *r, const struct slant_lexeval_spans *sp)
{
	count(r, sp->hit_tokens);
	count(r, sp->hit_marked);
	num(r, sp->precision);
	num(r, sp->recall);
}

static void dimensions_table(const struct slant_lexeval *ev, struct row *r)
{
	static const char *const cat[] = {
	    "dimension",   "class",          "items",
	    "positives",   "negatives",      "measure",
	    "auc",         "auc_lo",         "auc_hi",
	    "auc_reverse", "auc_reverse_lo", "auc_reverse_hi",
	    "predicts",    "fires_positive", "fires_negative",
	    "precision",   "recall",         "f1",
	    "coverage"};
	static const char *const numeric[] = {
	    "dimension",   "items",       "measure", "spearman",
	    "spearman_lo", "spearman_hi", "coverage"};
	static const char *const spans[] = {"span_hit_tokens",
	                                    "span_hit_marked", "span_precision",
	                                    "span_recall"};
	if (!ev->opt.label) {
		cell(r, "dimension");
		header(r, spans, 4);
		end_row(r);
		for (size_t s = 0; s < ev->ndims; s++) {
			cell(r, ev->dims[s].name);
			span_cells(r, &ev->spans[s]);
			end_row(r);
		}
		return;
	}
	if (ev->numeric)
		header(r, numeric, sizeof numeric / sizeof *numeric);
	else
		header(r, cat, sizeof cat / sizeof *cat);
	if (has_spans(ev))
		header(r, spans, 4);
	end_row(r);
	const char *measure = slant_lexeval_measure_name(ev->opt.measure);
	for (size_t i = 0; i < ev->ntargets; i++) {
		const struct slant_lexeval_target *x = &ev->targets[i];
		cell(r, ev->dims[x->dim].name);
		if (ev->numeric) {
			count(r, ev->nitems);
			cell(r, measure);
			num(r, x->rho.est);
			num(r, x->rho.lo);
			num(r, x->rho.hi);
		} else {
			struct slant_stats_interval rv = reverse(&x->auc);
			cell(r, class_name(ev, x));
			count(r, ev->nitems);
			count(r, x->positives);
			count(r, x->negatives);
			cell(r, measure);
			num(r, x->auc.est);
			num(r, x->auc.lo);
			num(r, x->auc.hi);
			num(r, rv.est);
			num(r, rv.lo);
			num(r, rv.hi);
			cell(r, predicts(&x->auc));
			count(r, x->fire_pos);
			count(r, x->fire_neg);
			num(r, x->precision);
			num(r, x->recall);
			num(r, x->f1);
		}
		num(r, x->coverage);
		if (has_spans(ev))
			span_cells(r, &ev->spans[x->dim]);
		end_row(r);
	}
}

static void entries_table(const struct slant_lexeval *ev, struct row *r)
{
	static const char *const cat[] = {
	    "dimension",       "class",         "entry",
	    "entry_dimension", "items",         "items_positive",
	    "items_negative",  "hits_positive", "hits_negative",
	    "precision",       "lift",          "sole_positive",
	    "sole_negative"};
	static const char *const numeric[] = {
	    "dimension",  "entry", "entry_dimension", "items", "hits",
	    "label_mean", "sole"};
	static const char *const spans[] = {"span_tokens", "span_marked",
	                                    "span_precision"};
	if (ev->numeric)
		header(r, numeric, sizeof numeric / sizeof *numeric);
	else
		header(r, cat, sizeof cat / sizeof *cat);
	if (has_spans(ev))
		header(r, spans, 3);
	end_row(r);
	for (size_t i = 0; i < ev->ntargets; i++) {
		const struct slant_lexeval_target *x = &ev->targets[i];
		for (size_t j = 0; j < x->nentries; j++) {
			const struct slant_lexeval_entry *e =
			    &ev->entries[x->entries_off + j];
			cell(r, ev->dims[x->dim].name);
			if (!ev->numeric)
				cell(r, class_name(ev, x));
			cell(r, ev->lx->entries[e->entry].text);
			cell(r, entry_dim(ev, e->entry));
			count(r, e->items);
			if (ev->numeric) {
				num(r, e->hits);
				num(r, e->label_mean);
				count(r, e->sole);
			} else {
				count(r, e->items_pos);
				count(r, e->items - e->items_pos);
				num(r, e->hits_pos);
				num(r, e->hits - e->hits_pos);
				num(r, e->precision);
				num(r, e->lift);
				count(r, e->sole_pos);
				count(r, e->sole - e->sole_pos);
			}
			if (has_spans(ev)) {
				count(r, e->span_tokens);
				count(r, e->span_marked);
				num(r, e->span_tokens
				           ? (double)e->span_marked /
				                 (double)e->span_tokens
				           : NAN);
			}
			end_row(r);
		}
	}
}

void slant_lexeval_write_table(const struct slant_lexeval *ev,
                               enum slant_lexeval_table t, bool tsv,
                               struct slant_buf *b)
{
	struct row r = {b, tsv, true};
	if (t == SLANT_LEXEVAL_ENTRIES)
		entries_table(ev, &r);
	else
		dimensions_table(ev, &r);
}

/* ---- JSON ---- */

/* A JSON writer that puts the commas: one "first member" flag per open
 * object or array. */
struct jw {
	struct slant_buf *b;
	bool first[8];
	int depth;
};

static void jsep(struct jw *w, const char *key)
{
	if (!w->first[w->depth])
		slant_buf_putc(w->b, ',');
	w->first[w->depth] = false;
	if (key) {
		slant_put_json_string(w->b, key);
		slant_buf_putc(w->b, ':');
	}
}

/* Open an object ('{') or array ('['), as member key of the enclosing
 * object (NULL inside an array or at the top). */
static void jopen(struct jw *w, const char *key, char c)
{
	if (w->depth >= 0)
		jsep(w, key);
	slant_buf_putc(w->b, c);
	w->first[++w->depth] = true;
}

static void jclose(struct jw *w, char c)
{
	slant_buf_putc(w->b, c);
	w->depth--;
}

static void jnum(struct jw *w, const char *k, double x)
{
	jsep(w, k);
	slant_put_json_number(w->b, x);
}

static void jcount(struct jw *w, const char *k, size_t n)
{
	jsep(w, k);
	slant_buf_printf(w->b, "%zu", n);
}

static void jstr(struct jw *w, const char *k, const char *s)
{
	jsep(w, k);
	if (s)
		slant_put_json_string(w->b, s);
	else
		slant_buf_puts(w->b, "null");
}

static void jinterval(struct jw *w, const char *k,
                      const struct slant_stats_interval *iv)
{
	jopen(w, k, '{');
	jnum(w, "est", iv->est);
	jnum(w, "lo", iv->lo);
	jnum(w, "hi", iv->hi);
	jclose(w, '}');
}

static void json_entry(const struct slant_lexeval *ev,
                       const struct slant_lexeval_entry *e, struct jw *w)
{
	jopen(w, NULL, '{');
	jstr(w, "entry", ev->lx->entries[e->entry].text);
	jstr(w, "entry_dimension", entry_dim(ev, e->entry));
	jcount(w, "items", e->items);
	jnum(w, "hits", e->hits);
	if (ev->numeric) {
		jnum(w, "label_mean", e->label_mean);
		jcount(w, "sole", e->sole);
	} else {
		jcount(w, "items_positive", e->items_pos);
		jnum(w, "hits_positive", e->hits_pos);
		jnum(w, "precision", e->precision);
		jnum(w, "lift", e->lift);
		jcount(w, "sole_positive", e->sole_pos);
		jcount(w, "sole_negative", e->sole - e->sole_pos);
	}
	if (has_spans(ev)) {
		jcount(w, "span_tokens", e->span_tokens);
		jcount(w, "span_marked", e->span_marked);
	}
	jclose(w, '}');
}

static void json_target(const struct slant_lexeval *ev,
                        const struct slant_lexeval_target *x, struct jw *w)
{
	jopen(w, NULL, '{');
	jstr(w, "dimension", ev->dims[x->dim].name);
	if (ev->numeric) {
		jinterval(w, "spearman", &x->rho);
	} else {
		struct slant_stats_interval rv = reverse(&x->auc);
		jstr(w, "class", class_name(ev, x));
		jcount(w, "positives", x->positives);
		jcount(w, "negatives", x->negatives);
		jinterval(w, "auc", &x->auc);
		jinterval(w, "auc_reverse", &rv);
		jstr(w, "predicts", predicts(&x->auc));
		jcount(w, "fires_positive", x->fire_pos);
		jcount(w, "fires_negative", x->fire_neg);
		jnum(w, "precision", x->precision);
		jnum(w, "recall", x->recall);
		jnum(w, "f1", x->f1);
	}
	jnum(w, "coverage", x->coverage);
	jopen(w, "entries", '[');
	for (size_t j = 0; j < x->nentries; j++)
		json_entry(ev, &ev->entries[x->entries_off + j], w);
	jclose(w, ']');
	jclose(w, '}');
}

static void json_spans(const struct slant_lexeval *ev, struct jw *w)
{
	if (!has_spans(ev)) {
		jsep(w, "spans");
		slant_buf_puts(w->b, "null");
		return;
	}
	jopen(w, "spans", '{');
	jstr(w, "field", ev->opt.spans->field);
	jcount(w, "items", ev->span_items);
	jcount(w, "marked_tokens", ev->marked_tokens);
	jcount(w, "spans", ev->spans_total);
	jcount(w, "spans_missing", ev->spans_missing);
	jopen(w, "dimensions", '[');
	for (size_t s = 0; s < ev->ndims; s++) {
		const struct slant_lexeval_spans *sp = &ev->spans[s];
		jopen(w, NULL, '{');
		jstr(w, "dimension", ev->dims[s].name);
		jcount(w, "hit_tokens", sp->hit_tokens);
		jcount(w, "hit_marked", sp->hit_marked);
		jnum(w, "precision", sp->precision);
		jnum(w, "recall", sp->recall);
		jclose(w, '}');
	}
	jclose(w, ']');
	jclose(w, '}');
}

void slant_lexeval_write_json(const struct slant_lexeval *ev,
                              struct slant_buf *b)
{
	const struct slant_lexeval_options *o = &ev->opt;
	struct jw w = {b, {true}, -1};
	jopen(&w, NULL, '{');
	jstr(&w, "label", o->label ? o->label->field : NULL);
	jstr(&w, "positive",
	     o->positive   ? o->positive
	     : ev->boolean ? "true"
	                   : NULL);
	jopen(&w, "negatives", '[');
	for (size_t i = 0; i < o->nnegatives; i++)
		jstr(&w, NULL, o->negatives[i]);
	jclose(&w, ']');
	jstr(&w, "kind",
	     !o->label                    ? NULL
	     : ev->numeric                ? "numeric"
	     : o->positive || ev->boolean ? "binary"
	                                  : "one-vs-rest");
	jstr(&w, "measure", slant_lexeval_measure_name(o->measure));
	jstr(&w, "split", split_name(o->split));
	jcount(&w, "bootstrap", o->bootstrap);
	jnum(&w, "conf", o->conf);
	jcount(&w, "seed", o->seed);
	jcount(&w, "read", ev->read);
	jcount(&w, "in_split", ev->in_split);
	jcount(&w, "items", ev->nitems);
	jcount(&w, "left_out", ev->left_out);
	jcount(&w, "unlabelled", ev->unlabelled);
	jopen(&w, "classes", '[');
	for (size_t c = 0; c < ev->nclasses; c++) {
		size_t n = 0;
		for (size_t q = 0; q < ev->ncls; q++)
			n += ev->cls[q] == c;
		jopen(&w, NULL, '{');
		jstr(&w, "name", ev->classes[c]);
		jcount(&w, "items", n);
		jclose(&w, '}');
	}
	jclose(&w, ']');
	jopen(&w, "targets", '[');
	for (size_t i = 0; i < ev->ntargets; i++)
		json_target(ev, &ev->targets[i], &w);
	jclose(&w, ']');
	json_spans(ev, &w);
	jclose(&w, '}');
	slant_buf_putc(b, '\n');
}
