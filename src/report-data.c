/* report-data.c: the report as data: JSON (the report's own parts and the
 * whole comparison model from compare-write.c) and one long CSV table
 * "table,row,column,value" holding every table of both. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report.h"

static const char *const kind_names[] = {"dimension", "term", "naming"};

static void jstr(struct slant_buf *b, const char *key, const char *v,
                 bool comma)
{
	if (comma)
		slant_buf_putc(b, ',');
	slant_put_json_string(b, key);
	slant_buf_putc(b, ':');
	if (v)
		slant_put_json_string(b, v);
	else
		slant_buf_puts(b, "null");
}

static void jnum(struct slant_buf *b, const char *key, double v)
{
	slant_buf_putc(b, ',');
	slant_put_json_string(b, key);
	slant_buf_putc(b, ':');
	slant_put_json_number(b, v);
}

void slant_report_write_json(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "{\"report\":{");
	jstr(b, "title", r->opt.title, false);
	jstr(b, "slant_version", r->version, true);
	jstr(b, "timestamp", r->opt.timestamp, true);
	slant_buf_printf(b, ",\"article_tests\":%s,\"summary\":[",
	                 r->article_tests ? "true" : "false");
	/* sentences, each with the items under it (the first line is a
	   sentence) */
	for (size_t i = 0; i < r->nsummary; i++) {
		if (r->summary_depth[i] && i) {
			if (r->summary_depth[i - 1])
				slant_buf_putc(b, ',');
		} else {
			slant_buf_puts(b, i ? "]},{\"text\":" : "{\"text\":");
			slant_put_json_string(b, r->summary[i]);
			slant_buf_puts(b, ",\"items\":[");
			continue;
		}
		slant_put_json_string(b, r->summary[i]);
	}
	if (r->nsummary)
		slant_buf_puts(b, "]}");
	slant_buf_puts(b, "],\"keyness\":[");
	for (size_t k = 0; k < r->nkeys; k++) {
		const struct slant_report_keyness *key = &r->keys[k];
		slant_buf_puts(b, k ? ",{" : "{");
		slant_buf_printf(b, "\"comparison\":%zu", key->pair);
		jstr(b, "target", slant_report_side_name(r, key->pair, 0),
		     true);
		jstr(b, "reference", slant_report_side_name(r, key->pair, 1),
		     true);
		/* what "value" is: the statistic the lists are ranked by */
		jstr(b, "measure",
		     m->pairs[key->pair].article_tests
		         ? "log2 ratio of the shares of articles using the term"
		         : "signed log-likelihood G2 (descriptive, tokens)",
		     true);
		for (int side = 0; side < 2; side++) {
			size_t n = side ? key->nunder : key->nover;
			slant_buf_printf(b, ",\"%s\":[",
			                 side ? "reference_more"
			                      : "target_more");
			for (size_t i = 0; i < n; i++) {
				const struct slant_compare_term *t;
				double v =
				    slant_report_key_value(r, key, side, i, &t);
				slant_buf_puts(b, i ? ",{" : "{");
				jstr(b, "term",
				     slant_compare_term_string(m, t->term),
				     false);
				jnum(b, "value", v);
				jnum(b, "q", t->q);
				slant_buf_printf(b, ",\"significant\":%s}",
				                 t->significant ? "true"
				                                : "false");
			}
			slant_buf_putc(b, ']');
		}
		static const char *const why[] = {"", "self_mentions",
		                                  "letters", "rare"};
		slant_buf_puts(b, ",\"left_out\":{");
		for (int w = 1; w < SLANT_REPORT_HIDE_REASONS; w++)
			slant_buf_printf(b, "%s\"%s\":%zu", w > 1 ? "," : "",
			                 why[w], key->masked[w]);
		slant_buf_puts(b, "}}");
	}
	slant_buf_puts(b, "],\"boilerplate\":[");
	for (size_t i = 0; i < r->nboiler; i++) {
		const struct slant_report_boiler *o = &r->boiler[i];
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, "group", o->group, false);
		slant_buf_printf(b,
		                 ",\"articles\":%zu,\"kinds\":%zu,"
		                 "\"lines_blanked\":%zu",
		                 o->articles, o->lines, o->blanked);
		jstr(b, "example", o->example, true);
		slant_buf_printf(b, ",\"example_articles\":%zu}",
		                 o->example_articles);
	}
	slant_buf_puts(b, "],\"findings\":[");
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, "kind", kind_names[f->kind], false);
		if (f->kind == SLANT_FINDING_NAMING) {
			jstr(b, "set", r->lx->dims[f->dim].name, true);
		} else {
			slant_buf_printf(b, ",\"comparison\":%zu", f->pair);
			jstr(b, "target", slant_report_side_name(r, f->pair, 0),
			     true);
			jstr(b, "reference",
			     slant_report_side_name(r, f->pair, 1), true);
		}
		if (f->kind == SLANT_FINDING_DIM) {
			jstr(b, "dimension", r->lx->dims[f->dim].path, true);
			jstr(b, "voice", slant_compare_voice_name(f->voice),
			     true);
		}
		if (f->kind == SLANT_FINDING_TERM)
			jstr(b, "term",
			     slant_compare_term_string(
			         m, m->pairs[f->pair].terms[f->term].term),
			     true);
		jstr(b, "test", f->test, true);
		slant_buf_printf(b, ",\"tested\":%s,\"significant\":%s",
		                 f->token_level ? "false" : "true",
		                 f->significant ? "true" : "false");
		jnum(b, "p", f->p);
		jnum(b, "q", f->q);
		jstr(b, "sentence", f->sentence, true);
		if (f->kind == SLANT_FINDING_DIM) {
			slant_buf_puts(b, ",\"entries\":[");
			for (size_t e = 0; e < f->nentries; e++) {
				const struct slant_report_entry *en =
				    &f->entries[e];
				const struct slant_entry *le =
				    &r->lx->entries[en->entry];
				size_t t, o;
				slant_report_entry_sides(r, f, en, &t, &o);
				slant_buf_puts(b, e ? ",{" : "{");
				jstr(b, "entry", le->text, false);
				jstr(b, "dimension", r->lx->dims[le->dim].path,
				     true);
				slant_buf_printf(b,
				                 ",\"target_hits\":%zu,"
				                 "\"reference_hits\":%zu}",
				                 t, o);
			}
			slant_buf_putc(b, ']');
		}
		slant_buf_puts(b, ",\"evidence\":[");
		for (size_t k = f->first_kwic; k < f->first_kwic + f->nkwic;
		     k++) {
			const struct slant_report_kwic *w = &r->kwic[k];
			slant_buf_puts(b, k > f->first_kwic ? ",{" : "{");
			jstr(b, "group", m->groups[w->group].name, false);
			jstr(b, "article", w->article, true);
			jstr(b, "left", w->left, true);
			jstr(b, "match", w->match, true);
			jstr(b, "right", w->right, true);
			jstr(b, "voice", w->quoted ? "quoted" : "own", true);
			if (*w->label)
				jstr(b, "variant", w->label, true);
			slant_buf_putc(b, '}');
		}
		slant_buf_puts(b, "]}");
	}
	slant_buf_puts(b, "],\"events\":[");
	for (size_t i = 0; i < r->nevents; i++) {
		const struct slant_report_event *e = &r->events[i];
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, "kind", e->is_term ? "term" : "dimension", false);
		jstr(b, "target", slant_report_side_name(r, e->pair, 0), true);
		jstr(b, "reference", slant_report_side_name(r, e->pair, 1),
		     true);
		if (e->is_term) {
			jstr(b, "term",
			     slant_compare_term_string(
			         m, m->pairs[e->pair].terms[e->term].term),
			     true);
		} else {
			jstr(b, "dimension", r->lx->dims[e->dim].path, true);
			jstr(b, "voice", slant_compare_voice_name(e->voice),
			     true);
		}
		slant_buf_printf(b, ",\"significant\":%s",
		                 e->significant ? "true" : "false");
		jnum(b, "p", e->p);
		jnum(b, "q", e->q);
		jstr(b, "sentence", e->sentence, true);
		slant_buf_putc(b, '}');
	}
	slant_buf_puts(b, "],\"provenance\":{\"lexicons\":[");
	for (size_t i = 0; i < r->nlexicons; i++) {
		const struct slant_report_lexicon *l = &r->lexicons[i];
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, "name", l->name, false);
		jstr(b, "title", l->title, true);
		jstr(b, "version", l->version, true);
		jstr(b, "language", l->language, true);
		jstr(b, "file", l->file, true);
		jstr(b, "sha256", l->sha256, true);
		slant_buf_printf(b, ",\"dimensions\":%zu}", l->dims);
	}
	slant_buf_puts(b, "],\"inputs\":[");
	for (size_t i = 0; i < r->ninputs; i++) {
		slant_buf_puts(b, i ? ",{" : "{");
		jstr(b, "path", r->inputs[i].path, false);
		jstr(b, "sha256",
		     r->inputs[i].sha256[0] ? r->inputs[i].sha256 : NULL, true);
		slant_buf_printf(b, ",\"bytes\":%llu}",
		                 (unsigned long long)r->inputs[i].bytes);
	}
	slant_buf_puts(b, "],\"parameters\":{");
	for (size_t i = 0; i < r->nparams; i++)
		jstr(b, r->params[i].key, r->params[i].value, i > 0);
	slant_buf_puts(b, "}}},\"comparison\":");
	size_t at = b->len;
	slant_compare_write_json(b, m, 50);
	while (b->len > at && b->data[b->len - 1] == '\n')
		b->data[--b->len] = '\0';
	slant_buf_puts(b, "}\n");
}

/* ---- CSV ---- */

/* One cell of the long table, with its type (number, text or boolean)
 * so that a reader can cast the value column per row. */
static void typed_cell(struct slant_buf *b, const char *table, size_t row,
                       const char *col, const char *type, const char *value)
{
	slant_put_csv(b, table);
	slant_buf_printf(b, ",%zu,", row);
	slant_put_csv(b, col);
	slant_buf_printf(b, ",%s,", type);
	slant_put_csv(b, value ? value : "");
	slant_buf_putc(b, '\n');
}

static void cell(struct slant_buf *b, const char *table, size_t row,
                 const char *col, const char *value)
{
	typed_cell(b, table, row, col, "text", value);
}

static void cellb(struct slant_buf *b, const char *table, size_t row,
                  const char *col, bool v)
{
	typed_cell(b, table, row, col, "boolean", v ? "true" : "false");
}

/* A number in the shortest form that reads back exactly; empty when
 * missing (NaN). */
static void cellf(struct slant_buf *b, const char *table, size_t row,
                  const char *col, double v)
{
	struct slant_buf t;
	slant_buf_init(&t);
	slant_put_json_number(&t, v);
	typed_cell(b, table, row, col, "number",
	           strcmp(t.data, "null") == 0 ? "" : t.data);
	slant_buf_release(&t);
}

/* The type of a value of a re-read table: what it looks like. */
static const char *type_of(const char *v)
{
	if (strcmp(v, "true") == 0 || strcmp(v, "false") == 0)
		return "boolean";
	char *end;
	if (*v && *v != ' ' && (strtod(v, &end), *end == '\0') &&
	    strcmp(v, "nan") != 0 && strcmp(v, "inf") != 0)
		return "number";
	return "text";
}

/* Re-read one RFC 4180 table (our own writer's output) into cells. */
static void melt(struct slant_buf *b, const char *table, const char *csv)
{
	char **head = NULL;
	size_t nhead = 0, row = 0, col = 0;
	struct slant_buf f;
	slant_buf_init(&f);
	const char *s = csv;
	while (*s) {
		slant_buf_reset(&f);
		slant_buf_puts(&f, "");
		if (*s == '"') {
			s++;
			for (; *s; s++) {
				if (*s == '"' && s[1] == '"') {
					slant_buf_putc(&f, '"');
					s++;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					slant_buf_putc(&f, *s);
				}
			}
		} else {
			while (*s && *s != ',' && *s != '\n')
				slant_buf_putc(&f, *s++);
		}
		if (row == 0) {
			head =
			    slant_xreallocarray(head, nhead + 1, sizeof *head);
			head[nhead++] = slant_xstrdup(f.data);
		} else {
			typed_cell(b, table, row, col < nhead ? head[col] : "",
			           type_of(f.data), f.data);
		}
		col++;
		if (*s == ',') {
			s++;
		} else if (*s == '\n' || !*s) {
			if (*s)
				s++;
			row++;
			col = 0;
		}
	}
	for (size_t i = 0; i < nhead; i++)
		free(head[i]);
	free(head);
	slant_buf_release(&f);
}

void slant_report_write_csv(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "table,row,column,type,value\n");
	for (size_t i = 0; i < r->nsummary; i++) {
		cellf(b, "summary", i + 1, "depth", r->summary_depth[i]);
		cell(b, "summary", i + 1, "sentence", r->summary[i]);
	}
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		cell(b, "findings", i + 1, "kind", kind_names[f->kind]);
		if (f->kind != SLANT_FINDING_NAMING) {
			cell(b, "findings", i + 1, "target",
			     slant_report_side_name(r, f->pair, 0));
			cell(b, "findings", i + 1, "reference",
			     slant_report_side_name(r, f->pair, 1));
		}
		cell(b, "findings", i + 1, "item",
		     f->kind == SLANT_FINDING_TERM
		         ? slant_compare_term_string(
		               m, m->pairs[f->pair].terms[f->term].term)
		     : f->kind == SLANT_FINDING_DIM ? r->lx->dims[f->dim].path
		                                    : r->lx->dims[f->dim].name);
		if (f->kind == SLANT_FINDING_DIM)
			cell(b, "findings", i + 1, "voice",
			     slant_compare_voice_name(f->voice));
		cell(b, "findings", i + 1, "test", f->test);
		cellb(b, "findings", i + 1, "tested", !f->token_level);
		cellb(b, "findings", i + 1, "significant", f->significant);
		cellf(b, "findings", i + 1, "p", f->p);
		cellf(b, "findings", i + 1, "q", f->q);
		cell(b, "findings", i + 1, "sentence", f->sentence);
	}
	for (size_t i = 0; i < r->nevents; i++) {
		const struct slant_report_event *e = &r->events[i];
		cell(b, "events", i + 1, "kind",
		     e->is_term ? "term" : "dimension");
		cell(b, "events", i + 1, "target",
		     slant_report_side_name(r, e->pair, 0));
		cell(b, "events", i + 1, "item",
		     e->is_term ? slant_compare_term_string(
		                      m, m->pairs[e->pair].terms[e->term].term)
		                : r->lx->dims[e->dim].path);
		cellb(b, "events", i + 1, "significant", e->significant);
		cellf(b, "events", i + 1, "p", e->p);
		cellf(b, "events", i + 1, "q", e->q);
		cell(b, "events", i + 1, "sentence", e->sentence);
	}
	size_t row = 0;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		for (size_t e = 0; e < f->nentries; e++) {
			const struct slant_entry *le =
			    &r->lx->entries[f->entries[e].entry];
			size_t t, o;
			slant_report_entry_sides(r, f, &f->entries[e], &t, &o);
			row++;
			cellf(b, "entries", row, "finding", (double)(i + 1));
			cell(b, "entries", row, "entry", le->text);
			cell(b, "entries", row, "dimension",
			     r->lx->dims[le->dim].path);
			cellf(b, "entries", row, "target_hits", (double)t);
			cellf(b, "entries", row, "reference_hits", (double)o);
		}
	}
	for (size_t k = 0; k < r->nkwic; k++) {
		const struct slant_report_kwic *w = &r->kwic[k];
		cellf(b, "evidence", k + 1, "finding",
		      (double)(w->finding + 1));
		cell(b, "evidence", k + 1, "group", m->groups[w->group].name);
		cell(b, "evidence", k + 1, "article", w->article);
		cell(b, "evidence", k + 1, "left", w->left);
		cell(b, "evidence", k + 1, "match", w->match);
		cell(b, "evidence", k + 1, "right", w->right);
		cell(b, "evidence", k + 1, "voice",
		     w->quoted ? "quoted" : "own");
		cell(b, "evidence", k + 1, "variant", w->label);
	}
	for (size_t i = 0; i < r->nlexicons; i++) {
		const struct slant_report_lexicon *l = &r->lexicons[i];
		cell(b, "lexicons", i + 1, "name", l->name);
		cell(b, "lexicons", i + 1, "version", l->version);
		cell(b, "lexicons", i + 1, "file", l->file);
		cell(b, "lexicons", i + 1, "sha256", l->sha256);
	}
	for (size_t i = 0; i < r->ninputs; i++) {
		cell(b, "inputs", i + 1, "path", r->inputs[i].path);
		cell(b, "inputs", i + 1, "sha256", r->inputs[i].sha256);
		cellf(b, "inputs", i + 1, "bytes", (double)r->inputs[i].bytes);
	}
	cell(b, "parameters", 1, "slant version", r->version);
	for (size_t i = 0; i < r->nparams; i++)
		cell(b, "parameters", i + 2, r->params[i].key,
		     r->params[i].value);
	static const struct {
		const char *name;
		enum slant_compare_table t;
	} tables[] = {
	    {"groups", SLANT_TABLE_GROUPS},
	    {"dimensions", SLANT_TABLE_DIMENSIONS},
	    {"terms", SLANT_TABLE_TERMS},
	    {"naming", SLANT_TABLE_NAMING},
	    {"divergence", SLANT_TABLE_DIVERGENCE},
	};
	struct slant_buf t;
	slant_buf_init(&t);
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
		slant_buf_reset(&t);
		slant_compare_write_table(&t, m, tables[i].t, SLANT_FMT_CSV,
		                          r->opt.top_terms);
		if (t.data)
			melt(b, tables[i].name, t.data);
	}
	slant_buf_release(&t);
}
