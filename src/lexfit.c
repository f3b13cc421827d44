/* lexfit.c: cross-validated L2 logistic regression of labels on entry
 * hits (the contract is in lexfit.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "lexfit.h"
#include "stats.h"

static const double lambdas[] = {0.01, 0.1, 1, 10, 100, 1000};
#define NLAMBDA (sizeof lambdas / sizeof *lambdas)

/* One dimension's data: items, labels, features. */
struct problem {
	size_t n, p;
	double *y;
	unsigned char *yb;
	struct slant_stats_sparse X;
	size_t *row_start;
	uint32_t *col;
	double *val;
	double *before; /* the dimension's hits */
	size_t folds;
	unsigned long seed;
};

struct keyed_row {
	uint64_t key;
	size_t row;
};

static int cmp_keyed_row(const void *a, const void *b)
{
	const struct keyed_row *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* Folds 0..k-1 for rows[0..m), per class in a random order dealt in
 * turn: each fold gets about 1/k of each class. */
static void assign_folds(const struct problem *P, const size_t *rows, size_t m,
                         uint64_t salt, int *fold)
{
	struct keyed_row *kr = slant_xcalloc(m + 1, sizeof *kr);
	for (int cls = 0; cls < 2; cls++) {
		size_t n = 0;
		for (size_t r = 0; r < m; r++)
			if (P->yb[rows[r]] == cls)
				kr[n++] = (struct keyed_row){
				    slant_mix64(salt ^
				                slant_mix64(rows[r] + 1)),
				    r};
		qsort(kr, n, sizeof *kr, cmp_keyed_row);
		for (size_t q = 0; q < n; q++)
			fold[kr[q].row] = (int)(q % P->folds);
	}
	free(kr);
}

/* AUC on the test rows of a model fitted on the train rows (NaN when the
 * fit fails); with beta NULL, of the unweighted hits. */
static double fold_auc(const struct problem *P, const size_t *train,
                       size_t ntrain, const size_t *test, size_t ntest,
                       double lambda, bool fitted)
{
	double *x = slant_xcalloc(ntest + 1, sizeof *x);
	unsigned char *yb = slant_xcalloc(ntest + 1, sizeof *yb);
	double *beta = slant_xcalloc(P->p + 1, sizeof *beta);
	double auc = NAN;
	if (!fitted || slant_stats_logistic_l2(&P->X, P->y, train, ntrain,
	                                       lambda, beta) >= 0) {
		for (size_t t = 0; t < ntest; t++) {
			size_t i = test[t];
			yb[t] = P->yb[i];
			if (!fitted) {
				x[t] = P->before[i];
				continue;
			}
			for (size_t q = P->row_start[i];
			     q < P->row_start[i + 1]; q++)
				x[t] += P->val[q] * beta[1 + P->col[q]];
		}
		auc = slant_stats_auc(x, yb, ntest);
	}
	free(x);
	free(yb);
	free(beta);
	return auc;
}

/* The rows of rows[0..m) in fold j (in) or not (out). */
static void split(const size_t *rows, const int *fold, size_t m, int j,
                  size_t *in, size_t *nin, size_t *out, size_t *nout)
{
	*nin = *nout = 0;
	for (size_t r = 0; r < m; r++) {
		if (fold[r] == j)
			in[(*nin)++] = rows[r];
		else
			out[(*nout)++] = rows[r];
	}
}

/* The lambda with the best mean AUC over k folds of rows[0..m) (the
 * largest of equals: the simpler model). */
static double choose_lambda(const struct problem *P, const size_t *rows,
                            size_t m, uint64_t salt)
{
	int *fold = slant_xcalloc(m + 1, sizeof *fold);
	size_t *in = slant_xcalloc(m + 1, sizeof *in);
	size_t *out = slant_xcalloc(m + 1, sizeof *out);
	assign_folds(P, rows, m, salt, fold);
	double best = -1, best_lambda = lambdas[NLAMBDA - 1];
	for (size_t l = 0; l < NLAMBDA; l++) {
		double sum = 0;
		size_t used = 0;
		for (size_t j = 0; j < P->folds; j++) {
			size_t nin, nout;
			split(rows, fold, m, (int)j, in, &nin, out, &nout);
			double a =
			    fold_auc(P, out, nout, in, nin, lambdas[l], true);
			if (isfinite(a)) {
				sum += a;
				used++;
			}
		}
		double mean = used ? sum / (double)used : NAN;
		if (isfinite(mean) && mean >= best) {
			best = mean;
			best_lambda = lambdas[l];
		}
	}
	free(fold);
	free(in);
	free(out);
	return best_lambda;
}

static void problem_release(struct problem *P)
{
	free(P->y);
	free(P->yb);
	free(P->row_start);
	free(P->col);
	free(P->val);
	free(P->before);
}

/* Build dimension D's problem for class c; the weight rows (every entry
 * of D) into *fd. */
static void build(const struct slant_lexeval *ev, size_t D, size_t c,
                  size_t min_items, struct problem *P, struct slant_fit_dim *fd,
                  int32_t *feature_of)
{
	const struct slant_lexicon *lx = ev->lx;
	size_t n = ev->nitems, E = lx->nentries;
	P->n = n;
	P->y = slant_xcalloc(n + 1, sizeof *P->y);
	P->yb = slant_xcalloc(n + 1, sizeof *P->yb);
	P->before = slant_xcalloc(n + 1, sizeof *P->before);
	size_t *items = slant_xcalloc(E + 1, sizeof *items);
	size_t *items_pos = slant_xcalloc(E + 1, sizeof *items_pos);
	for (size_t i = 0; i < n; i++) {
		for (size_t q = ev->cls_start[i]; q < ev->cls_start[i + 1]; q++)
			if (ev->cls[q] == c)
				P->yb[i] = 1;
		P->y[i] = P->yb[i];
		fd->positives += P->yb[i];
		for (size_t q = ev->match_start[i]; q < ev->match_start[i + 1];
		     q++) {
			const uint32_t *m = ev->match[q];
			if (m[0] != D)
				continue;
			items[m[1]]++;
			items_pos[m[1]] += P->yb[i];
			P->before[i] += m[2];
		}
	}
	fd->negatives = n - fd->positives;
	/* the weight rows: every entry of D (or of its sub-dimensions) that
	 * counts, in lexicon order; the features: those seen often */
	size_t cap = 0;
	P->p = 1; /* column 0: all the dimension's hits */
	for (size_t e = 0; e < E; e++) {
		feature_of[e] = -1;
		const struct slant_entry *x = &lx->entries[e];
		if (x->exclusion || !slant_lexicon_dim_within(lx, x->dim, D))
			continue;
		SLANT_GROW(&fd->weights, &cap, fd->nweights + 1);
		struct slant_fit_weight *w = &fd->weights[fd->nweights++];
		memset(w, 0, sizeof *w);
		w->entry = (uint32_t)e;
		w->items = items[e];
		w->items_pos = items_pos[e];
		w->fitted = items[e] >= min_items;
		if (w->fitted)
			feature_of[e] = (int32_t)P->p++;
	}
	fd->features = P->p - 1;
	/* the design: item i's hits of each feature */
	P->row_start = slant_xcalloc(n + 1, sizeof *P->row_start);
	size_t nnz = 0, vcap = 0;
	for (size_t i = 0; i < n; i++) {
		P->row_start[i] = nnz;
		if (P->before[i] > 0) {
			if (nnz == vcap) {
				vcap = vcap ? 2 * vcap : 1024;
				P->col = slant_xreallocarray(P->col, vcap,
				                             sizeof *P->col);
				P->val = slant_xreallocarray(P->val, vcap,
				                             sizeof *P->val);
			}
			P->col[nnz] = 0;
			P->val[nnz++] = P->before[i];
		}
		for (size_t q = ev->match_start[i]; q < ev->match_start[i + 1];
		     q++) {
			const uint32_t *m = ev->match[q];
			if (m[0] != D || feature_of[m[1]] < 0)
				continue;
			if (nnz == vcap) {
				vcap = vcap ? 2 * vcap : 1024;
				P->col = slant_xreallocarray(P->col, vcap,
				                             sizeof *P->col);
				P->val = slant_xreallocarray(P->val, vcap,
				                             sizeof *P->val);
			}
			P->col[nnz] = (uint32_t)feature_of[m[1]];
			P->val[nnz++] = m[2];
		}
	}
	P->row_start[n] = nnz;
	if (!P->col) {
		P->col = slant_xcalloc(1, sizeof *P->col);
		P->val = slant_xcalloc(1, sizeof *P->val);
	}
	P->X =
	    (struct slant_stats_sparse){n, P->p, P->row_start, P->col, P->val};
	free(items);
	free(items_pos);
}

static int fit_dim(const struct slant_lexeval *ev,
                   const struct slant_fit_options *o, size_t D, size_t c,
                   struct slant_fit_dim *fd, struct slant_error *err)
{
	const struct slant_lexicon *lx = ev->lx;
	struct problem P;
	memset(&P, 0, sizeof P);
	P.folds = o->folds;
	P.seed = o->seed;
	int32_t *feature_of = slant_xcalloc(lx->nentries + 1, sizeof(int32_t));
	memset(fd, 0, sizeof *fd);
	fd->dim = D;
	fd->cls = c;
	build(ev, D, c, o->min_items, &P, fd, feature_of);
	int rc = -1;
	size_t need = o->min_class > o->folds ? o->min_class : o->folds;
	size_t n = P.n;
	size_t *rows = slant_xcalloc(n + 1, sizeof *rows);
	size_t *in = slant_xcalloc(n + 1, sizeof *in);
	size_t *out = slant_xcalloc(n + 1, sizeof *out);
	int *fold = slant_xcalloc(n + 1, sizeof *fold);
	double *beta = slant_xcalloc(P.p + 1, sizeof *beta);
	if (fd->positives < need || fd->negatives < need) {
		slant_error_set(err, SLANT_EDATA, NULL,
		                "too few labelled items to fit '%s': %zu "
		                "positive and %zu negative (at least %zu of "
		                "each)",
		                lx->dims[D].path, fd->positives, fd->negatives,
		                need);
		goto out;
	}
	if (P.p < 2) {
		slant_error_set(
		    err, SLANT_EDATA, NULL,
		    "no entry of '%s' matched in %zu labelled items "
		    "or more: nothing to fit (--min-items)",
		    lx->dims[D].path, o->min_items);
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		rows[i] = i;
	uint64_t salt = slant_mix64(o->seed);
	/* nested: outer folds score a lambda chosen on the other folds */
	assign_folds(&P, rows, n, salt, fold);
	double sb = 0, sa = 0;
	size_t nb = 0, na = 0;
	for (size_t j = 0; j < P.folds; j++) {
		size_t nin, nout;
		split(rows, fold, n, (int)j, in, &nin, out, &nout);
		double lambda =
		    choose_lambda(&P, out, nout, slant_mix64(salt + j + 1));
		double after = fold_auc(&P, out, nout, in, nin, lambda, true);
		double before = fold_auc(&P, out, nout, in, nin, 0, false);
		if (isfinite(after)) {
			sa += after;
			na++;
		}
		if (isfinite(before)) {
			sb += before;
			nb++;
		}
	}
	fd->auc_before = nb ? sb / (double)nb : NAN;
	fd->auc_after = na ? sa / (double)na : NAN;
	fd->lambda = choose_lambda(&P, rows, n, salt);
	if (slant_stats_logistic_l2(&P.X, P.y, NULL, n, fd->lambda, beta) < 0) {
		slant_error_set(err, SLANT_EDATA, NULL,
		                "the regression of '%s' does not converge",
		                lx->dims[D].path);
		goto out;
	}
	fd->intercept = beta[0];
	fd->shared = beta[1];
	for (size_t w = 0; w < fd->nweights; w++) {
		int32_t f = feature_of[fd->weights[w].entry];
		fd->weights[w].weight = beta[1] + (f >= 0 ? beta[1 + f] : 0);
	}
	rc = 0;
out:
	problem_release(&P);
	free(feature_of);
	free(rows);
	free(in);
	free(out);
	free(fold);
	free(beta);
	return rc;
}

struct slant_fit *slant_fit_run(const struct slant_lexeval *ev,
                                const struct slant_fit_options *o,
                                struct slant_error *err)
{
	struct slant_fit *f = slant_xcalloc(1, sizeof *f);
	f->ev = ev;
	f->opt = *o;
	f->dims = slant_xcalloc(ev->ntargets + 1, sizeof *f->dims);
	for (size_t t = 0; t < ev->ntargets; t++) {
		const struct slant_lexeval_target *x = &ev->targets[t];
		const struct slant_lexeval_dim *d = &ev->dims[x->dim];
		SLANT_ASSERT(d->ndims == 1 && x->cls != SIZE_MAX);
		int rc =
		    fit_dim(ev, o, d->dims[0], x->cls, &f->dims[f->ndims], err);
		f->ndims++;
		if (rc < 0) {
			slant_fit_free(f);
			return NULL;
		}
	}
	return f;
}

void slant_fit_free(struct slant_fit *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->ndims; i++)
		free(f->dims[i].weights);
	free(f->dims);
	free(f);
}

/* ---- the fitted lexicon ---- */

/* A weight as written in a .lex: four decimals, never "-0.0000". */
static void put_weight(struct slant_buf *b, double w)
{
	if (fabs(w) < 0.00005)
		w = 0;
	slant_put_fixed(b, w, 4);
}

static const char *class_of(const struct slant_fit *f,
                            const struct slant_fit_dim *d)
{
	return f->ev->classes[d->cls];
}

/* Line starts of text (lines[i] is line i + 1), and their number. */
static size_t split_lines(const char *text, size_t len, size_t **lines)
{
	size_t n = 0, cap = 0;
	*lines = NULL;
	for (size_t i = 0; i < len;) {
		SLANT_GROW(lines, &cap, n + 2);
		(*lines)[n++] = i;
		const char *nl = memchr(text + i, '\n', len - i);
		i = nl ? (size_t)(nl - text) + 1 : len;
	}
	SLANT_GROW(lines, &cap, n + 2);
	(*lines)[n] = len;
	return n;
}

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t p = strlen(prefix);
	return n >= p && memcmp(s, prefix, p) == 0;
}

int slant_fit_write_lex(const struct slant_fit *f, const char *path,
                        const char *text, size_t len, const char *corpus,
                        struct slant_buf *out, struct slant_error *err)
{
	const struct slant_lexicon *lx = f->ev->lx;
	size_t *lines;
	size_t nl = split_lines(text, len, &lines);
	/* the new text of each rewritten line, by line number */
	char **repl = slant_xcalloc(nl + 1, sizeof *repl);
	int rc = -1;
	struct slant_buf b;
	slant_buf_init(&b);
	for (size_t i = 0; i < f->ndims; i++) {
		const struct slant_fit_dim *d = &f->dims[i];
		for (size_t w = 0; w < d->nweights; w++) {
			const struct slant_fit_weight *x = &d->weights[w];
			const struct slant_entry *e = &lx->entries[x->entry];
			size_t ln = e->line;
			if (ln < 1 || ln > nl)
				goto changed;
			const char *s = text + lines[ln - 1];
			size_t n = lines[ln] - lines[ln - 1];
			while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
				n--;
			size_t ws = 0;
			while (ws < n && (s[ws] == ' ' || s[ws] == '\t'))
				ws++;
			size_t tl = strlen(e->text);
			if (n - ws < tl || memcmp(s + ws, e->text, tl) != 0)
				goto changed;
			const char *hash = NULL;
			for (size_t k = ws + tl; k + 1 < n && !hash; k++)
				if ((s[k] == ' ' || s[k] == '\t') &&
				    s[k + 1] == '#')
					hash = s + k + 1;
			slant_buf_reset(&b);
			slant_buf_append(&b, s, ws + tl);
			slant_buf_puts(&b, " = ");
			put_weight(&b, x->weight);
			if (hash) {
				slant_buf_puts(&b, "  ");
				slant_buf_append(&b, hash,
				                 (size_t)(s + n - hash));
			}
			if (!x->fitted)
				slant_buf_printf(&b,
				                 "%sthe shared weight: in %zu "
				                 "labelled item(s)",
				                 hash ? "; " : "  # ",
				                 x->items);
			free(repl[ln - 1]);
			repl[ln - 1] = slant_buf_take(&b);
			slant_buf_init(&b);
		}
	}
	/* the references go after the header's last directive */
	size_t after = 0;
	for (size_t ln = 0; ln < nl; ln++) {
		const char *s = text + lines[ln];
		size_t n = lines[ln + 1] - lines[ln];
		if (starts_with(s, n, "%dimension") || starts_with(s, n, "@"))
			break;
		if (starts_with(s, n, "%"))
			after = ln + 1;
	}
	for (size_t ln = 0; ln < nl; ln++) {
		if (repl[ln]) {
			slant_buf_puts(out, repl[ln]);
			slant_buf_putc(out, '\n');
		} else {
			slant_buf_append(out, text + lines[ln],
			                 lines[ln + 1] - lines[ln]);
			if (lines[ln + 1] == len && len &&
			    text[len - 1] != '\n')
				slant_buf_putc(out, '\n');
		}
		if (ln + 1 != after)
			continue;
		for (size_t i = 0; i < f->ndims; i++) {
			const struct slant_fit_dim *d = &f->dims[i];
			slant_buf_printf(
			    out,
			    "%%reference weights of '%s' fitted by slant "
			    "lexicon fit on %s: %zu items labelled '%s' "
			    "against %zu others, L2 logistic regression on the "
			    "hits (a shared weight) and on %zu entries seen in "
			    "%zu items or more (shrunk towards it), lambda ",
			    lx->dims[d->dim].name, corpus, d->positives,
			    class_of(f, d), d->negatives, d->features,
			    f->opt.min_items);
			slant_put_g(out, d->lambda, 6);
			slant_buf_printf(out,
			                 " chosen by %zu-fold cross-validation "
			                 "(seed %lu), intercept ",
			                 f->opt.folds, f->opt.seed);
			slant_put_fixed(out, d->intercept, 4);
			slant_buf_puts(out, "; cross-validated AUC ");
			slant_put_fixed(out, d->auc_before, 3);
			slant_buf_puts(out, " unweighted, ");
			slant_put_fixed(out, d->auc_after, 3);
			slant_buf_puts(out, " fitted\n");
		}
	}
	rc = 0;
	goto out;
changed:
	slant_error_set(err, SLANT_EDATA, path,
	                "the file does not hold the entries where its lexicon "
	                "says (changed while reading?)");
out:
	for (size_t ln = 0; ln < nl; ln++)
		free(repl[ln]);
	free(repl);
	free(lines);
	slant_buf_release(&b);
	return rc;
}

/* ---- the report ---- */

void slant_fit_write_text(const struct slant_fit *f, struct slant_buf *b)
{
	const struct slant_lexicon *lx = f->ev->lx;
	slant_buf_printf(b,
	                 "slant lexicon fit: %zu labelled items; L2 logistic "
	                 "regression, lambda by %zu-fold cross-validation "
	                 "(seed %lu); AUCs nested-cross-validated\n\n",
	                 f->ev->nitems, f->opt.folds, f->opt.seed);
	struct slant_text_table t;
	const char *const h[] = {"dimension", "class",      "positives",
	                         "negatives", "fitted",     "shared weight",
	                         "lambda",    "AUC before", "AUC after"};
	slant_text_table_header(&t, h, 9);
	for (size_t i = 0; i < f->ndims; i++) {
		const struct slant_fit_dim *d = &f->dims[i];
		slant_text_table_add(&t, lx->dims[d->dim].path);
		slant_text_table_add(&t, class_of(f, d));
		slant_text_table_addf(&t, "%zu", d->positives);
		slant_text_table_addf(&t, "%zu", d->negatives);
		slant_text_table_addf(&t, "%zu", d->features);
		slant_text_table_num(&t, d->shared, 4);
		slant_text_table_addf(&t, "%g", d->lambda);
		slant_text_table_num(&t, d->auc_before, 3);
		slant_text_table_num(&t, d->auc_after, 3);
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
	slant_buf_puts(b, "\nweights of the entries that matched (log-odds "
	                  "per hit; '-': seen too rarely to fit, the shared "
	                  "weight):\n");
	const char *const h2[] = {"dimension", "entry", "items", "positive",
	                          "weight"};
	slant_text_table_header(&t, h2, 5);
	for (size_t i = 0; i < f->ndims; i++) {
		const struct slant_fit_dim *d = &f->dims[i];
		bool first = true;
		for (size_t w = 0; w < d->nweights; w++) {
			const struct slant_fit_weight *x = &d->weights[w];
			if (!x->items)
				continue;
			slant_text_table_add(&t, first ? lx->dims[d->dim].path
			                               : "");
			first = false;
			slant_text_table_add(&t, lx->entries[x->entry].text);
			slant_text_table_addf(&t, "%zu", x->items);
			slant_text_table_addf(&t, "%zu", x->items_pos);
			if (x->fitted)
				slant_text_table_num(&t, x->weight, 4);
			else
				slant_text_table_add(&t, "-");
		}
	}
	slant_text_table_render(&t, b);
	slant_text_table_release(&t);
}

void slant_fit_write_table(const struct slant_fit *f, bool tsv,
                           struct slant_buf *b)
{
	const struct slant_lexicon *lx = f->ev->lx;
	enum slant_table_format fmt = tsv ? SLANT_FMT_TSV : SLANT_FMT_CSV;
	char sep = tsv ? '\t' : ',';
	slant_buf_printf(b,
	                 "dimension%cclass%centry%citems%citems_positive%c"
	                 "fitted%cweight%clambda%cintercept%cauc_before%c"
	                 "auc_after\n",
	                 sep, sep, sep, sep, sep, sep, sep, sep, sep, sep);
	for (size_t i = 0; i < f->ndims; i++) {
		const struct slant_fit_dim *d = &f->dims[i];
		for (size_t w = 0; w < d->nweights; w++) {
			const struct slant_fit_weight *x = &d->weights[w];
			slant_put_field(b, fmt, lx->dims[d->dim].path);
			slant_buf_putc(b, sep);
			slant_put_field(b, fmt, class_of(f, d));
			slant_buf_putc(b, sep);
			slant_put_field(b, fmt, lx->entries[x->entry].text);
			slant_buf_printf(b, "%c%zu%c%zu%c%d%c", sep, x->items,
			                 sep, x->items_pos, sep, x->fitted,
			                 sep);
			const double v[] = {x->weight, d->lambda, d->intercept,
			                    d->auc_before, d->auc_after};
			for (size_t j = 0; j < 5; j++) {
				if (j)
					slant_buf_putc(b, sep);
				if (isfinite(v[j]))
					slant_put_g(b, v[j], 10);
			}
			slant_buf_putc(b, '\n');
		}
	}
}

void slant_fit_write_json(const struct slant_fit *f, struct slant_buf *b)
{
	const struct slant_lexicon *lx = f->ev->lx;
	slant_buf_printf(b,
	                 "{\"items\":%zu,\"folds\":%zu,\"seed\":%lu,"
	                 "\"min_items\":%zu,\"dimensions\":[",
	                 f->ev->nitems, f->opt.folds, f->opt.seed,
	                 f->opt.min_items);
	for (size_t i = 0; i < f->ndims; i++) {
		const struct slant_fit_dim *d = &f->dims[i];
		slant_buf_puts(b, i ? ",{\"dimension\":" : "{\"dimension\":");
		slant_put_json_string(b, lx->dims[d->dim].path);
		slant_buf_puts(b, ",\"class\":");
		slant_put_json_string(b, class_of(f, d));
		slant_buf_printf(b,
		                 ",\"positives\":%zu,\"negatives\":%zu,"
		                 "\"features\":%zu,\"lambda\":",
		                 d->positives, d->negatives, d->features);
		slant_put_json_number(b, d->lambda);
		slant_buf_puts(b, ",\"intercept\":");
		slant_put_json_number(b, d->intercept);
		slant_buf_puts(b, ",\"shared_weight\":");
		slant_put_json_number(b, d->shared);
		slant_buf_puts(b, ",\"auc_before\":");
		slant_put_json_number(b, d->auc_before);
		slant_buf_puts(b, ",\"auc_after\":");
		slant_put_json_number(b, d->auc_after);
		slant_buf_puts(b, ",\"weights\":[");
		for (size_t w = 0; w < d->nweights; w++) {
			const struct slant_fit_weight *x = &d->weights[w];
			slant_buf_puts(b, w ? ",{\"entry\":" : "{\"entry\":");
			slant_put_json_string(b, lx->entries[x->entry].text);
			slant_buf_printf(
			    b,
			    ",\"items\":%zu,\"items_positive\":%zu,"
			    "\"fitted\":%s,\"weight\":",
			    x->items, x->items_pos,
			    x->fitted ? "true" : "false");
			slant_put_json_number(b, x->weight);
			slant_buf_putc(b, '}');
		}
		slant_buf_puts(b, "]}");
	}
	slant_buf_puts(b, "]}\n");
}
