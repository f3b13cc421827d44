/* lexfit.h: entry weights learned from labels (slant lexicon fit).
 *
 * For each fitted dimension D and its class c (lexeval.h's targets): the
 * items are the labelled articles (y = 1 for class c), and the model an
 * L2-regularised logistic regression (stats.h, by IRLS) of y on D's hits
 * (all of them: a weight shared by every entry) and on the hits of each
 * of D's entries that matched in at least min_items items (a deviation
 * from the shared weight). An entry's weight is the shared weight plus
 * its deviation: the change in the log-odds of c per hit. The penalty
 * shrinks the deviations, spread over few hits each, much more than the
 * shared weight, which every hit supports: a strong penalty gives every
 * entry nearly the same weight (articles then rank as by their hits),
 * and an entry seen too rarely to say anything of its own gets the
 * shared weight. The penalty also keeps the weights finite when the
 * hits separate the classes perfectly.
 *
 * lambda is chosen from 0.01, 0.1, 1, 10, 100, 1000 by k-fold
 * cross-validation (the largest lambda among the best mean AUCs), the
 * folds drawn per class from a hash of the seed and the item's position
 * (stratified: each fold has about 1/k of the positives). The AUCs
 * reported are nested: on each of k outer folds, lambda is chosen by an
 * inner k-fold cross-validation of the other folds, the model fitted on
 * them and scored on the held-out fold; "before" is the unweighted hits
 * of D on the same held-out folds. Both are means over the outer folds.
 * The weights written are from lambda chosen on all items, fitted on all.
 */
#ifndef SLANT_LEXFIT_H
#define SLANT_LEXFIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "lexeval.h"
#include "mem.h"

struct slant_fit_options {
	size_t min_items; /* an entry's labelled items to be fitted (5) */
	size_t min_class; /* items of each class needed (10) */
	size_t folds;     /* (5) */
	unsigned long seed;
};

struct slant_fit_weight {
	uint32_t entry; /* index into the lexicon's entries */
	size_t items, items_pos;
	bool fitted; /* false: too rare, the shared weight */
	double weight;
};

struct slant_fit_dim {
	size_t dim; /* the lexicon's dimension */
	size_t cls; /* the evaluation's class */
	size_t positives, negatives, features;
	double lambda, intercept;
	double shared;                    /* the weight of a hit of any entry */
	double auc_before, auc_after;     /* nested cross-validation */
	struct slant_fit_weight *weights; /* every entry of the dimension */
	size_t nweights;
};

struct slant_fit {
	const struct slant_lexeval *ev;
	struct slant_fit_options opt;
	struct slant_fit_dim *dims;
	size_t ndims;
};

/* Fit every target of ev (finished, run with keep_matches; every
 * evaluated dimension one lexicon dimension; ev must outlive the
 * result). Fails with SLANT_EDATA naming the dimension when a class has
 * fewer than max(min_class, folds) items, no entry is seen often enough,
 * or the regression does not converge. */
struct slant_fit *slant_fit_run(const struct slant_lexeval *ev,
                                const struct slant_fit_options *o,
                                struct slant_error *err);
void slant_fit_free(struct slant_fit *f);

/* The lexicon file (text[0..len), the one the fitted dimensions come
 * from) with the fitted dimensions' entries rewritten as "ENTRY = WEIGHT"
 * (comments kept; an entry too rare to be fitted says so in a comment)
 * and, after the
 * header's directives, one "%reference" line per fitted dimension saying
 * how it was fitted (on `corpus`, a description of the data). Fails with
 * SLANT_EDATA when an entry's line is not where the lexicon says (the
 * file changed). */
int slant_fit_write_lex(const struct slant_fit *f, const char *path,
                        const char *text, size_t len, const char *corpus,
                        struct slant_buf *out, struct slant_error *err);

/* The report: per dimension, items, features, lambda, the AUCs; then the
 * weights. */
void slant_fit_write_text(const struct slant_fit *f, struct slant_buf *b);
/* One row per weight: dimension, class, entry, items, items_positive,
 * fitted, weight, lambda, intercept, auc_before, auc_after. */
void slant_fit_write_table(const struct slant_fit *f, bool tsv,
                           struct slant_buf *b);
void slant_fit_write_json(const struct slant_fit *f, struct slant_buf *b);

#endif
