/* audit.c: a coded keyword-in-context file read back (slant lexicon
 * audit): precision per dimension and entry, agreement between coders.
 * The contract is in kwic.h. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "format.h"
#include "kwic.h"

/* 1 correct, 0 not, -1 not coded, -2 not a code. */
static int code_of(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n)
		return -1;
	static const char *const yes[] = {"1", "yes", "y", "true", "correct"};
	static const char *const no[] = {"0", "no", "n", "false", "incorrect"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (strlen(yes[i]) == n && strncasecmp(s, yes[i], n) == 0)
			return 1;
		if (strlen(no[i]) == n && strncasecmp(s, no[i], n) == 0)
			return 0;
	}
	return -2;
}

struct coded {
	char *dim, *entry;
	int code[2];
};

static int cmp_coded(const void *a, const void *b)
{
	const struct coded *x = a, *y = b;
	int c = strcmp(x->dim, y->dim);
	return c ? c : strcmp(x->entry, y->entry);
}

static void add_row(struct slant_audit *a, size_t *cap, const char *dim,
                    const char *entry, size_t coded, size_t correct)
{
	SLANT_GROW(&a->rows, cap, a->nrows + 1);
	struct slant_audit_row *r = &a->rows[a->nrows++];
	r->dimension = slant_xstrdup(dim);
	r->entry = entry ? slant_xstrdup(entry) : NULL;
	r->coded = coded;
	r->correct = correct;
	slant_stats_wilson((double)correct, (double)coded, a->conf,
	                   &r->precision);
}

static size_t column(char **f, long n, const char *name)
{
	for (long i = 0; i < n; i++)
		if (strcmp(f[i], name) == 0)
			return (size_t)i;
	return SIZE_MAX;
}

struct slant_audit *slant_audit_read(const char *path, const char *text,
                                     size_t len, char sep,
                                     const char *const *coders, size_t ncoders,
                                     double conf, struct slant_error *err)
{
	static const char *const dflt[] = {"correct"};
	if (!ncoders) {
		coders = dflt;
		ncoders = 1;
	}
	if (ncoders > 2) {
		slant_error_set(err, SLANT_EUSAGE, NULL,
		                "at most two coders' columns (the first gives "
		                "the precision, the second the agreement)");
		return NULL;
	}
	struct slant_csv csv;
	slant_csv_init(&csv, path, text, len, sep);
	struct slant_audit *a = slant_xcalloc(1, sizeof *a);
	a->conf = conf;
	a->ncoders = ncoders;
	a->coders = slant_xcalloc(ncoders, sizeof *a->coders);
	for (size_t i = 0; i < ncoders; i++)
		a->coders[i] = slant_xstrdup(coders[i]);
	struct coded *rec = NULL;
	size_t nrec = 0, reccap = 0;
	char **f;
	size_t line;
	long nf = slant_csv_next(&csv, &f, &line, err), nhead = nf;
	if (nf == 0)
		slant_error_at(err, SLANT_EDATA, path, 1, 0,
		               "empty file: a header line is needed");
	if (nf <= 0)
		goto fail;
	size_t cd = column(f, nf, "dimension"), ce = column(f, nf, "entry");
	size_t cc[2] = {SIZE_MAX, SIZE_MAX};
	for (size_t i = 0; i < ncoders; i++)
		cc[i] = column(f, nf, coders[i]);
	const char *missing =
	    cd == SIZE_MAX   ? "dimension"
	    : ce == SIZE_MAX ? "entry"
	    : cc[0] == SIZE_MAX
	        ? coders[0]
	        : (ncoders > 1 && cc[1] == SIZE_MAX ? coders[1] : NULL);
	if (missing) {
		slant_error_at(err, SLANT_EDATA, path, line, 0,
		               "no column '%s' in the header", missing);
		goto fail;
	}
	while ((nf = slant_csv_next(&csv, &f, &line, err)) > 0) {
		if (nf != nhead) {
			slant_error_at(err, SLANT_EDATA, path, line, 0,
			               "%ld fields where the header has %ld",
			               nf, nhead);
			goto fail;
		}
		struct coded c = {NULL, NULL, {-1, -1}};
		for (size_t i = 0; i < ncoders; i++) {
			c.code[i] = code_of(f[cc[i]]);
			if (c.code[i] == -2) {
				slant_error_at(
				    err, SLANT_EDATA, path, line, 0,
				    "column '%s' (field %zu): '%s' is not a "
				    "code (1/0, yes/no, y/n, true/false, or "
				    "empty)",
				    coders[i], cc[i] + 1, f[cc[i]]);
				goto fail;
			}
		}
		a->items++;
		if (c.code[0] < 0)
			a->uncoded++;
		c.dim = slant_xstrdup(f[cd]);
		c.entry = slant_xstrdup(f[ce]);
		SLANT_GROW(&rec, &reccap, nrec + 1);
		rec[nrec++] = c;
	}
	if (nf < 0)
		goto fail;
	if (nrec) /* qsort of NULL is undefined, even of nothing */
		qsort(rec, nrec, sizeof *rec, cmp_coded);
	size_t cap = 0;
	for (size_t i = 0; i < nrec;) {
		size_t j = i, dc = 0, dk = 0, first = a->nrows;
		add_row(a, &cap, rec[i].dim, NULL, 0, 0);
		while (j < nrec && strcmp(rec[j].dim, rec[i].dim) == 0) {
			size_t k = j, ec = 0, ek = 0;
			while (k < nrec &&
			       strcmp(rec[k].dim, rec[j].dim) == 0 &&
			       strcmp(rec[k].entry, rec[j].entry) == 0) {
				ec += rec[k].code[0] >= 0;
				ek += rec[k].code[0] == 1;
				k++;
			}
			if (ec)
				add_row(a, &cap, rec[j].dim, rec[j].entry, ec,
				        ek);
			dc += ec;
			dk += ek;
			j = k;
		}
		struct slant_audit_row *d = &a->rows[first];
		d->coded = dc;
		d->correct = dk;
		slant_stats_wilson((double)dk, (double)dc, conf, &d->precision);
		i = j;
	}
	/* agreement */
	a->kappa = (struct slant_stats_interval){NAN, NAN, NAN};
	if (ncoders == 2) {
		size_t *x = slant_xcalloc(nrec + 1, sizeof *x);
		size_t *y = slant_xcalloc(nrec + 1, sizeof *y);
		for (size_t i = 0; i < nrec; i++) {
			if (rec[i].code[1] >= 0) {
				a->coded2++;
				a->correct2 += rec[i].code[1] == 1;
			}
			if (rec[i].code[0] < 0 || rec[i].code[1] < 0)
				continue;
			x[a->both] = (size_t)rec[i].code[0];
			y[a->both] = (size_t)rec[i].code[1];
			a->agree += x[a->both] == y[a->both];
			a->both++;
		}
		slant_stats_cohen_kappa(x, y, a->both, 2, conf, &a->kappa);
		free(x);
		free(y);
	}
	for (size_t i = 0; i < nrec; i++) {
		free(rec[i].dim);
		free(rec[i].entry);
	}
	free(rec);
	slant_csv_release(&csv);
	return a;
fail:
	for (size_t i = 0; i < nrec; i++) {
		free(rec[i].dim);
		free(rec[i].entry);
	}
	free(rec);
	slant_csv_release(&csv);
	slant_audit_free(a);
	return NULL;
}

void slant_audit_free(struct slant_audit *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->ncoders; i++)
		free(a->coders[i]);
	free(a->coders);
	for (size_t i = 0; i < a->nrows; i++) {
		free(a->rows[i].dimension);
		free(a->rows[i].entry);
	}
	free(a->rows);
	free(a);
}

/* ---- output ---- */

void slant_audit_write_text(const struct slant_audit *a, struct slant_buf *b)
{
	slant_buf_printf(b,
	                 "slant lexicon audit: %zu matches, %zu coded in "
	                 "'%s'; precision with %.0f%% Wilson intervals\n",
	                 a->items, a->items - a->uncoded, a->coders[0],
	                 a->conf * 100);
	if (a->ncoders == 2) {
		slant_buf_printf(b,
		                 "coders '%s' and '%s': %zu matches coded by "
		                 "both, %zu agree; Cohen's kappa ",
		                 a->coders[0], a->coders[1], a->both, a->agree);
		slant_put_fixed(b, a->kappa.est, 3);
		if (isfinite(a->kappa.lo)) {
			slant_buf_puts(b, " (");
			slant_put_fixed(b, a->kappa.lo, 3);
			slant_buf_puts(b, " to ");
			slant_put_fixed(b, a->kappa.hi, 3);
			slant_buf_puts(b, ")");
		}
		slant_buf_printf(b, "; '%s' finds %zu of %zu correct\n",
		                 a->coders[1], a->correct2, a->coded2);
	}
	slant_buf_putc(b, '\n');
	struct slant_text_table t;
	const char *const h[] = {"dimension", "entry",     "coded",
	                         "correct",   "precision", "interval"};
	slant_text_table_header(&t, h, 6);
	for (size_t i = 0; i < a->nrows; i++) {
		const struct slant_audit_row *r = &a->rows[i];
		slant_text_table_add(&t, r->entry ? "" : r->dimension);
		slant_text_table_add(&t, r->entry ? r->entry : "(all)");
		slant_text_table_addf(&t, "%zu", r->coded);
		slant_text_table_addf(&t, "%zu", r->correct);
		slant_text_table_num(&t, r->precision.est, 3);
		if (isfinite(r->precision.lo))
			slant_text_table_addf(&t, "%.3f-%.3f", r->precision.lo,
			                      r->precision.hi);
		else
			slant_text_table_add(&t, "n/a");
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
}

void slant_audit_write_table(const struct slant_audit *a, bool tsv,
                             struct slant_buf *b)
{
	enum slant_table_format f = tsv ? SLANT_FMT_TSV : SLANT_FMT_CSV;
	char sep = tsv ? '\t' : ',';
	slant_buf_printf(b,
	                 "dimension%centry%ccoded%ccorrect%cprecision%c"
	                 "precision_lo%cprecision_hi\n",
	                 sep, sep, sep, sep, sep, sep);
	for (size_t i = 0; i < a->nrows; i++) {
		const struct slant_audit_row *r = &a->rows[i];
		slant_put_field(b, f, r->dimension);
		slant_buf_putc(b, sep);
		slant_put_field(b, f, r->entry ? r->entry : "");
		slant_buf_printf(b, "%c%zu%c%zu", sep, r->coded, sep,
		                 r->correct);
		const double v[] = {r->precision.est, r->precision.lo,
		                    r->precision.hi};
		for (size_t j = 0; j < 3; j++) {
			slant_buf_putc(b, sep);
			if (isfinite(v[j]))
				slant_put_g(b, v[j], 10);
		}
		slant_buf_putc(b, '\n');
	}
}

void slant_audit_write_json(const struct slant_audit *a, struct slant_buf *b)
{
	slant_buf_puts(b, "{\"coders\":[");
	for (size_t i = 0; i < a->ncoders; i++) {
		if (i)
			slant_buf_putc(b, ',');
		slant_put_json_string(b, a->coders[i]);
	}
	slant_buf_printf(b,
	                 "],\"items\":%zu,\"uncoded\":%zu,\"conf\":", a->items,
	                 a->uncoded);
	slant_put_json_number(b, a->conf);
	if (a->ncoders == 2) {
		slant_buf_printf(b,
		                 ",\"agreement\":{\"both\":%zu,\"agree\":%zu,"
		                 "\"kappa\":",
		                 a->both, a->agree);
		slant_put_json_number(b, a->kappa.est);
		slant_buf_puts(b, ",\"kappa_lo\":");
		slant_put_json_number(b, a->kappa.lo);
		slant_buf_puts(b, ",\"kappa_hi\":");
		slant_put_json_number(b, a->kappa.hi);
		slant_buf_printf(b, ",\"coded2\":%zu,\"correct2\":%zu}",
		                 a->coded2, a->correct2);
	}
	slant_buf_puts(b, ",\"rows\":[");
	for (size_t i = 0; i < a->nrows; i++) {
		const struct slant_audit_row *r = &a->rows[i];
		slant_buf_puts(b, i ? ",{\"dimension\":" : "{\"dimension\":");
		slant_put_json_string(b, r->dimension);
		slant_buf_puts(b, ",\"entry\":");
		if (r->entry)
			slant_put_json_string(b, r->entry);
		else
			slant_buf_puts(b, "null");
		slant_buf_printf(b, ",\"coded\":%zu,\"correct\":%zu,", r->coded,
		                 r->correct);
		slant_buf_puts(b, "\"precision\":");
		slant_put_json_number(b, r->precision.est);
		slant_buf_puts(b, ",\"precision_lo\":");
		slant_put_json_number(b, r->precision.lo);
		slant_buf_puts(b, ",\"precision_hi\":");
		slant_put_json_number(b, r->precision.hi);
		slant_buf_putc(b, '}');
	}
	slant_buf_puts(b, "]}\n");
}
