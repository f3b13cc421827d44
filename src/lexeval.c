/* lexeval.c: reading labelled articles and measuring a lexicon on them.
 * The contract, with the definitions of every number, is in lexeval.h. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lexeval.h"
#include "match.h"
#include "record.h"
#include "sha1.h"
#include "stream.h"
#include "tokenize.h"
#include "vocab.h"

enum { REC_ITEM = 1, REC_ERROR = 2 };
enum { F_LABELLED = 1, F_SPANS = 2 };

/* Counts per (evaluated dimension, entry) pair met, over the items, and
 * per class: a table found by hashing the pair. Every count is a whole
 * number and every sum of labels is taken in input order. */
struct lexeval_accs {
	uint64_t *keys; /* (dim << 32 | entry) + 1; 0 is empty */
	uint32_t *slots;
	size_t hcap;
	size_t n, cap, nclass; /* nclass: class arrays allocated */
	uint32_t *entry;
	size_t *dim, *items, *sole, *tokens, *marked, *last_item;
	double *hits, *label_sum;
	size_t **items_c, **sole_c; /* per class */
	double **hits_c;
};

int slant_lexeval_measure_parse(const char *s, enum slant_lexeval_measure *out)
{
	static const char *const names[] = {"hits", "rate", "score"};
	for (size_t i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum slant_lexeval_measure)i;
			return 0;
		}
	return -1;
}

const char *slant_lexeval_measure_name(enum slant_lexeval_measure m)
{
	return m == SLANT_MEASURE_RATE    ? "rate"
	       : m == SLANT_MEASURE_SCORE ? "score"
	                                  : "hits";
}

bool slant_lexeval_is_dev(const char *id)
{
	unsigned char d[20];
	slant_sha1(id, strlen(id), d);
	return (d[19] & 0xf) < 8;
}

/* ---- setting up ---- */

static void free_dim(struct slant_lexeval_dim *d)
{
	free(d->name);
	free(d->dims);
}

static size_t find_eval_dim(const struct slant_lexeval *ev, const char *name)
{
	for (size_t i = 0; i < ev->ndims; i++)
		if (strcmp(ev->dims[i].name, name) == 0)
			return i;
	return SIZE_MAX;
}

static size_t add_dim(struct slant_lexeval *ev, size_t *cap, char *name,
                      size_t *dims, size_t n)
{
	SLANT_GROW(&ev->dims, cap, ev->ndims + 1);
	ev->dims[ev->ndims] = (struct slant_lexeval_dim){name, dims, n};
	return ev->ndims++;
}

/* One --dimension spec: PATH, or NAME=A+B+... */
static int parse_dim(struct slant_lexeval *ev, size_t *cap, const char *spec,
                     struct slant_error *err)
{
	const char *eq = strchr(spec, '=');
	const char *list = eq ? eq + 1 : spec;
	char *name = eq ? slant_xstrndup(spec, (size_t)(eq - spec))
	                : slant_xstrdup(spec);
	size_t *dims = NULL, n = 0, dcap = 0;
	const char *p = list;
	for (;;) {
		size_t len = strcspn(p, "+");
		char *part = slant_xstrndup(p, len);
		size_t d = slant_lexicon_find_dim(ev->lx, part);
		if (d == SIZE_MAX || !len) {
			slant_error_set(err, SLANT_EUSAGE, NULL,
			                "unknown dimension '%s' in '%s' (see "
			                "slant lexicon dims)",
			                part, spec);
			free(part);
			free(name);
			free(dims);
			return -1;
		}
		free(part);
		SLANT_GROW(&dims, &dcap, n + 1);
		dims[n++] = d;
		if (!p[len])
			break;
		p += len + 1;
	}
	if (!eq) { /* the canonical path, whatever name was given */
		free(name);
		name = slant_xstrdup(ev->lx->dims[dims[0]].path);
	}
	if (!*name || find_eval_dim(ev, name) != SIZE_MAX) {
		slant_error_set(err, SLANT_EUSAGE, NULL,
		                *name ? "dimension '%s' is given twice"
		                      : "'%s': the sum has no name (NAME=A+B)",
		                *name ? name : spec);
		free(name);
		free(dims);
		return -1;
	}
	add_dim(ev, cap, name, dims, n);
	return 0;
}

struct slant_lexeval *slant_lexeval_new(const struct slant_lexicon *lx,
                                        const struct slant_lexeval_options *o,
                                        struct slant_error *err)
{
	struct slant_lexeval *ev = slant_xcalloc(1, sizeof *ev);
	ev->lx = lx;
	ev->opt = *o;
	size_t cap = 0;
	if (!o->label && !o->spans) {
		slant_error_set(err, SLANT_EUSAGE, NULL,
		                "nothing to measure against: give --label "
		                "FIELD or --spans FIELD");
		goto fail;
	}
	if (!o->label && (o->positive || o->nmaps)) {
		slant_error_set(err, SLANT_EUSAGE, NULL,
		                "--map and a positive value need --label");
		goto fail;
	}
	if (o->nnegatives && !o->positive) {
		slant_error_set(err, SLANT_EUSAGE, NULL,
		                "--negative needs --label FIELD=POSITIVE");
		goto fail;
	}
	for (size_t i = 0; i < o->ndims; i++)
		if (parse_dim(ev, &cap, o->dims[i], err) < 0)
			goto fail;
	ev->map = slant_xcalloc(o->nmaps ? o->nmaps : 1, sizeof *ev->map);
	ev->maplabels =
	    slant_xcalloc(o->nmaps ? o->nmaps : 1, sizeof *ev->maplabels);
	for (size_t i = 0; i < o->nmaps; i++) {
		const char *eq = strrchr(o->maps[i], '=');
		if (!eq || eq == o->maps[i] || !eq[1]) {
			slant_error_set(err, SLANT_EUSAGE, NULL,
			                "--map '%s': expected LABEL=DIMENSION",
			                o->maps[i]);
			goto fail;
		}
		size_t d = find_eval_dim(ev, eq + 1);
		if (d == SIZE_MAX) {
			size_t ld = slant_lexicon_find_dim(lx, eq + 1);
			if (ld == SIZE_MAX) {
				slant_error_set(err, SLANT_EUSAGE, NULL,
				                "--map '%s': unknown dimension "
				                "'%s'",
				                o->maps[i], eq + 1);
				goto fail;
			}
			d = find_eval_dim(ev, lx->dims[ld].path);
			if (d == SIZE_MAX) {
				size_t *one = slant_xmalloc(sizeof *one);
				*one = ld;
				d = add_dim(ev, &cap,
				            slant_xstrdup(lx->dims[ld].path),
				            one, 1);
			}
		}
		ev->maplabels[i] =
		    slant_xstrndup(o->maps[i], (size_t)(eq - o->maps[i]));
		ev->map[i][0] = i;
		ev->map[i][1] = d;
		ev->nmap++;
	}
	if (!ev->ndims) /* every dimension */
		for (size_t d = 0; d < lx->ndims; d++) {
			size_t *one = slant_xmalloc(sizeof *one);
			*one = d;
			add_dim(ev, &cap, slant_xstrdup(lx->dims[d].path), one,
			        1);
		}
	/* lexicon dimension -> the evaluated dimensions it is a member of */
	ev->dim_sets_start = slant_xcalloc(lx->ndims + 1, sizeof(size_t));
	size_t total = 0;
	for (size_t s = 0; s < ev->ndims; s++)
		for (size_t j = 0; j < ev->dims[s].ndims; j++)
			ev->dim_sets_start[ev->dims[s].dims[j] + 1]++;
	for (size_t d = 0; d < lx->ndims; d++)
		ev->dim_sets_start[d + 1] += ev->dim_sets_start[d];
	total = ev->dim_sets_start[lx->ndims];
	ev->dim_sets = slant_xcalloc(total ? total : 1, sizeof(size_t));
	size_t *fill = slant_xcalloc(lx->ndims, sizeof *fill);
	for (size_t s = 0; s < ev->ndims; s++)
		for (size_t j = 0; j < ev->dims[s].ndims; j++) {
			size_t d = ev->dims[s].dims[j];
			ev->dim_sets[ev->dim_sets_start[d] + fill[d]++] = s;
		}
	free(fill);
	ev->dim_hit_tokens = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->dim_hit_marked = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->cls_start = slant_xcalloc(1, sizeof(size_t));
	ev->match_start = slant_xcalloc(1, sizeof(size_t));
	ev->nz_start = slant_xcalloc(1, sizeof(size_t));
	ev->fire = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->acc = slant_xcalloc(1, sizeof *ev->acc);
	ev->set_count = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->set_last = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->set_touched = slant_xcalloc(ev->ndims, sizeof(size_t));
	ev->levels = 1;
	for (size_t d = 0; d < lx->ndims; d++)
		if (lx->dims[d].depth + 1 > ev->levels)
			ev->levels = lx->dims[d].depth + 1;
	/* the common case, one evaluated dimension per lexicon dimension:
	 * (entry, level) names its accumulator, an array finds it */
	bool dense = true;
	for (size_t d = 0; d < lx->ndims; d++)
		dense &= ev->dim_sets_start[d + 1] - ev->dim_sets_start[d] <= 1;
	if (dense) {
		size_t m = lx->nentries * ev->levels + 1;
		ev->acc_dense = slant_xmalloc(m * sizeof *ev->acc_dense);
		memset(ev->acc_dense, 0xff, m * sizeof *ev->acc_dense);
	}
	return ev;
fail:
	slant_lexeval_free(ev);
	return NULL;
}

/* ---- the workers ---- */

struct worker {
	struct slant_vocab *vocab; /* the words of the spans */
	struct slant_tokenizer *tk;
	struct slant_tokens toks;
	uint8_t *mark; /* per token of the article: annotated */
	size_t mark_cap;
	uint32_t *stamp; /* per token: hit by the dimension being counted */
	size_t stamp_cap;
	uint32_t gen;
	/* counted matches per (entry, level): level 0 is the dimension the
	 * entry is listed in, 1 its parent ...; (count, tokens, marked) */
	uint32_t (*slot)[3];
	uint32_t *touched; /* slots with a count, in order of first match */
	size_t ntouched;
};

static void worker_release(struct worker *w)
{
	if (w->tk)
		slant_tokenizer_free(w->tk);
	if (w->vocab)
		slant_vocab_free(w->vocab);
	slant_tokens_release(&w->toks);
	free(w->mark);
	free(w->stamp);
	free(w->slot);
	free(w->touched);
}

static void put_error(struct slant_buf *out, const char *where,
                      const char *message)
{
	slant_rec_put_u32(out, REC_ERROR);
	slant_rec_put_str(out, where);
	slant_rec_put_str(out, message);
}

/* Mark every occurrence of each span in the article's tokens; returns
 * the number of spans that never occur (*nspans gets their count). */
static size_t mark_spans(struct worker *w, char **spans, long nspans,
                         const struct slant_tokens *toks,
                         const struct slant_vocab *vocab)
{
	if (!w->tk) {
		w->vocab = slant_vocab_new();
		w->tk = slant_tokenizer_new(w->vocab);
		slant_tokens_init(&w->toks);
	}
	SLANT_GROW(&w->mark, &w->mark_cap, toks->n + 1);
	memset(w->mark, 0, toks->n + 1);
	size_t missing = 0;
	uint32_t ids[64];
	for (long s = 0; s < nspans; s++) {
		slant_tokenize_string(w->tk, spans[s], &w->toks);
		size_t m = w->toks.n, found = 0;
		bool known = m > 0 && m <= 64;
		for (size_t j = 0; j < m && known; j++) {
			size_t len;
			const char *word =
			    slant_vocab_word(w->vocab, w->toks.v[j].type, &len);
			ids[j] = slant_vocab_find(vocab, word, len);
			known = ids[j] != UINT32_MAX;
		}
		for (size_t i = 0; known && i + m <= toks->n; i++) {
			size_t j = 0;
			while (j < m && toks->v[i + j].type == ids[j])
				j++;
			if (j == m) {
				memset(w->mark + i, 1, m);
				found++;
			}
		}
		missing += !found;
	}
	return missing;
}

static void
eval_article(void *ctx, unsigned worker, const struct slant_article *a,
             const struct slant_tokens *toks, const struct slant_vocab *vocab,
             const struct slant_tally *tally, const struct slant_match *matches,
             size_t nmatches, struct slant_buf *out)
{
	struct slant_lexeval *ev = ctx;
	struct worker *w = (struct worker *)ev->workers + worker;
	const struct slant_lexeval_options *o = &ev->opt;
	if (o->split != SLANT_SPLIT_ALL &&
	    slant_lexeval_is_dev(a->id) != (o->split == SLANT_SPLIT_DEV))
		return;
	struct slant_error err;
	slant_error_clear(&err);
	char **labels = NULL, **spans = NULL;
	long nlabels = -2, nspans = -2;
	enum slant_field_kind lkind = SLANT_FIELD_STRING, skind;
	if (o->label && (nlabels = slant_article_values(a, o->label, &labels,
	                                                &lkind, &err)) == -1) {
		put_error(out, err.where, err.message);
		return;
	}
	if (o->spans && (nspans = slant_article_values(a, o->spans, &spans,
	                                               &skind, &err)) == -1) {
		put_error(out, err.where, err.message);
		goto done;
	}
	uint32_t flags =
	    (nlabels >= 0 ? F_LABELLED : 0) | (nspans >= 0 ? F_SPANS : 0);
	slant_rec_put_u32(out, REC_ITEM);
	slant_rec_put_str(out, a->where);
	slant_rec_put_u32(out, flags);
	slant_rec_put_u32(out, (uint32_t)lkind);
	slant_rec_put_u32(out, nlabels > 0 ? (uint32_t)nlabels : 0);
	for (long i = 0; i < nlabels; i++)
		slant_rec_put_str(out, labels[i]);
	/* the dimensions with a hit or a value, each as (dim, value, hits) */
	double tokens = (double)(tally->tokens[0] + tally->tokens[1]);
	size_t nz_at = out->len;
	uint32_t nz = 0;
	slant_rec_put_u32(out, 0);
	for (size_t s = 0; s < ev->ndims; s++) {
		const struct slant_lexeval_dim *D = &ev->dims[s];
		uint32_t hits = 0;
		double score = 0;
		for (size_t j = 0; j < D->ndims; j++) {
			size_t d = D->dims[j];
			hits += tally->hits[0][d] + tally->hits[1][d];
			score += tally->score[0][d] + tally->score[1][d];
		}
		double v =
		    o->measure == SLANT_MEASURE_HITS ? (double)hits
		    : o->measure == SLANT_MEASURE_SCORE
		        ? score
		        : (tokens > 0 ? (double)hits * 1000.0 / tokens : 0.0);
		if (!hits && v == 0)
			continue;
		slant_rec_put_u32(out, (uint32_t)s);
		slant_rec_put_f64(out, v);
		slant_rec_put_u32(out, hits);
		nz++;
	}
	memcpy(out->data + nz_at, &nz, sizeof nz);
	/* counted matches, per dimension they count in */
	if (nspans >= 0) {
		size_t missing = mark_spans(w, spans, nspans, toks, vocab);
		size_t marked = 0;
		for (size_t i = 0; i < toks->n; i++)
			marked += w->mark[i];
		slant_rec_put_u32(out, (uint32_t)marked);
		slant_rec_put_u32(out, (uint32_t)nspans);
		slant_rec_put_u32(out, (uint32_t)missing);
		SLANT_GROW(&w->stamp, &w->stamp_cap, toks->n + 1);
		for (size_t s = 0; s < ev->ndims; s++) {
			if (++w->gen == 0) { /* wrapped: start afresh */
				memset(w->stamp, 0,
				       w->stamp_cap * sizeof *w->stamp);
				w->gen = 1;
			}
			uint32_t hit = 0, hm = 0;
			for (size_t k = 0; k < nmatches; k++) {
				const struct slant_match *m = &matches[k];
				if (m->negated || m->excluded)
					continue;
				bool in = false;
				for (size_t q = ev->dim_sets_start[m->dim];
				     q < ev->dim_sets_start[m->dim + 1]; q++)
					in |= ev->dim_sets[q] == s;
				for (uint32_t t = 0; in && t < m->ntokens;
				     t++) {
					uint32_t i = m->first + t;
					if (w->stamp[i] != w->gen) {
						w->stamp[i] = w->gen;
						hit++;
						hm += w->mark[i];
					}
				}
			}
			slant_rec_put_u32(out, hit);
			slant_rec_put_u32(out, hm);
		}
	}
	/* counted matches per (entry, level), in the order first met */
	size_t L = ev->levels, nslots = ev->lx->nentries * L;
	if (!w->slot) {
		w->slot = slant_xcalloc(nslots ? nslots : 1, sizeof *w->slot);
		w->touched =
		    slant_xcalloc(nslots ? nslots : 1, sizeof *w->touched);
	}
	w->ntouched = 0;
	for (size_t k = 0; k < nmatches; k++) {
		const struct slant_match *m = &matches[k];
		if (m->negated || m->excluded ||
		    ev->dim_sets_start[m->dim] ==
		        ev->dim_sets_start[m->dim + 1])
			continue;
		const struct slant_lexicon *lx = ev->lx;
		size_t level = lx->dims[lx->entries[m->entry].dim].depth -
		               lx->dims[m->dim].depth;
		uint32_t z = (uint32_t)(m->entry * L + level);
		if (!w->slot[z][0])
			w->touched[w->ntouched++] = z;
		w->slot[z][0]++;
		w->slot[z][1] += m->ntokens;
		for (uint32_t t = 0; nspans >= 0 && t < m->ntokens; t++)
			w->slot[z][2] += w->mark[m->first + t];
	}
	slant_rec_put_u32(out, (uint32_t)w->ntouched);
	for (size_t t = 0; t < w->ntouched; t++) {
		uint32_t z = w->touched[t];
		uint32_t e = z / (uint32_t)L, level = z % (uint32_t)L;
		size_t d = ev->lx->entries[e].dim;
		for (uint32_t up = 0; up < level; up++)
			d = ev->lx->dims[d].parent;
		slant_rec_put_u32(out, (uint32_t)d);
		slant_rec_put_u32(out, e);
		slant_rec_put_u32(out, w->slot[z][0]);
		if (nspans >= 0) {
			slant_rec_put_u32(out, w->slot[z][1]);
			slant_rec_put_u32(out, w->slot[z][2]);
		}
		memset(w->slot[z], 0, sizeof w->slot[z]);
	}
done:
	for (long i = 0; i < nlabels; i++)
		free(labels[i]);
	free(labels);
	for (long i = 0; i < nspans; i++)
		free(spans[i]);
	free(spans);
}

/* ---- in input order: the model ---- */

static void *grow_zero(void *p, size_t old, size_t n, size_t size)
{
	char *q = slant_xreallocarray(p, n ? n : 1, size);
	memset(q + old * size, 0, (n - old) * size);
	return q;
}

/* Arrays for classes up to nclass (and accumulators up to cap). */
static void accs_classes(struct lexeval_accs *a, size_t nclass)
{
	if (nclass <= a->nclass)
		return;
	a->items_c = grow_zero(a->items_c, a->nclass, nclass, sizeof(void *));
	a->sole_c = grow_zero(a->sole_c, a->nclass, nclass, sizeof(void *));
	a->hits_c = grow_zero(a->hits_c, a->nclass, nclass, sizeof(void *));
	for (size_t c = a->nclass; c < nclass; c++) {
		a->items_c[c] = slant_xcalloc(a->cap + 1, sizeof(size_t));
		a->sole_c[c] = slant_xcalloc(a->cap + 1, sizeof(size_t));
		a->hits_c[c] = slant_xcalloc(a->cap + 1, sizeof(double));
	}
	a->nclass = nclass;
}

static uint32_t accs_get(struct lexeval_accs *a, size_t dim, uint32_t entry)
{
	uint64_t key = ((uint64_t)dim << 32 | entry) + 1;
	if (2 * (a->n + 1) > a->hcap) {
		size_t hc = a->hcap ? 2 * a->hcap : 1024;
		uint64_t *keys = slant_xcalloc(hc, sizeof *keys);
		uint32_t *slots = slant_xcalloc(hc, sizeof *slots);
		for (size_t i = 0; i < a->hcap; i++) {
			if (!a->keys[i])
				continue;
			size_t h = (a->keys[i] * 0x9e3779b97f4a7c15ULL) >> 20;
			while (keys[h & (hc - 1)])
				h++;
			keys[h & (hc - 1)] = a->keys[i];
			slots[h & (hc - 1)] = a->slots[i];
		}
		free(a->keys);
		free(a->slots);
		a->keys = keys;
		a->slots = slots;
		a->hcap = hc;
	}
	size_t h = (key * 0x9e3779b97f4a7c15ULL) >> 20;
	for (;; h++) {
		size_t at = h & (a->hcap - 1);
		if (a->keys[at] == key)
			return a->slots[at];
		if (!a->keys[at]) {
			a->keys[at] = key;
			break;
		}
	}
	size_t at = h & (a->hcap - 1);
	if (a->n == a->cap) {
		size_t c = a->cap ? 2 * a->cap : 256, o = a->cap;
		a->entry = grow_zero(a->entry, o, c, sizeof *a->entry);
		size_t **zs[] = {&a->dim,    &a->items,  &a->sole,
		                 &a->tokens, &a->marked, &a->last_item};
		for (size_t z = 0; z < sizeof zs / sizeof *zs; z++)
			*zs[z] = grow_zero(*zs[z], o, c, sizeof(size_t));
		a->hits = grow_zero(a->hits, o, c, sizeof(double));
		a->label_sum = grow_zero(a->label_sum, o, c, sizeof(double));
		for (size_t k = 0; k < a->nclass; k++) {
			a->items_c[k] =
			    grow_zero(a->items_c[k], o, c, sizeof(size_t));
			a->sole_c[k] =
			    grow_zero(a->sole_c[k], o, c, sizeof(size_t));
			a->hits_c[k] =
			    grow_zero(a->hits_c[k], o, c, sizeof(double));
		}
		a->cap = c;
	}
	a->slots[at] = (uint32_t)a->n;
	a->entry[a->n] = entry;
	a->dim[a->n] = dim;
	return (uint32_t)a->n++;
}

static void accs_free(struct lexeval_accs *a)
{
	if (!a)
		return;
	free(a->keys);
	free(a->slots);
	free(a->entry);
	free(a->dim);
	free(a->items);
	free(a->sole);
	free(a->tokens);
	free(a->marked);
	free(a->last_item);
	free(a->hits);
	free(a->label_sum);
	for (size_t c = 0; c < a->nclass; c++) {
		free(a->items_c[c]);
		free(a->sole_c[c]);
		free(a->hits_c[c]);
	}
	free(a->items_c);
	free(a->sole_c);
	free(a->hits_c);
	free(a);
}

static size_t intern_class(struct slant_lexeval *ev, const char *s)
{
	for (size_t i = 0; i < ev->nclasses; i++)
		if (strcmp(ev->classes[i], s) == 0)
			return i;
	SLANT_GROW(&ev->classes, &ev->classes_cap, ev->nclasses + 1);
	ev->classes[ev->nclasses] = slant_xstrdup(s);
	ev->fire_c = slant_xreallocarray(ev->fire_c, ev->nclasses + 1,
	                                 sizeof *ev->fire_c);
	ev->fire_c[ev->nclasses] = slant_xcalloc(ev->ndims, sizeof(size_t));
	accs_classes(ev->acc, ev->nclasses + 1);
	return ev->nclasses++;
}

static bool one_of(const char *s, const char *const *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, set[i]) == 0)
			return true;
	return false;
}

static int run_fail(struct slant_lexeval *ev, const char *where,
                    const char *fmt, const char *a, const char *b)
{
	slant_error_set(&ev->run_err, SLANT_EDATA, where, fmt, a, b);
	return -1;
}

static const char *kind_name(enum slant_field_kind k)
{
	static const char *const names[] = {"a string", "a number", "a boolean",
	                                    "a list", "an object"};
	return names[k];
}

/* The classes of an item into ev->cls; returns 1 when the item counts,
 * 0 when it is left out, -1 on bad data. */
static int item_classes(struct slant_lexeval *ev, const char *where,
                        enum slant_field_kind kind, const char **labels,
                        size_t n, double *numeric)
{
	const struct slant_lexeval_options *o = &ev->opt;
	if (!ev->mode_known) {
		ev->mode_known = true;
		ev->label_kind = kind;
		ev->boolean = kind == SLANT_FIELD_BOOLEAN && !o->positive;
		ev->numeric = kind == SLANT_FIELD_NUMBER && !o->positive;
		if (o->positive || ev->boolean)
			intern_class(ev, o->positive ? o->positive : "true");
	}
	if (ev->numeric) {
		char *end;
		if (kind != SLANT_FIELD_NUMBER || n != 1)
			return run_fail(
			    ev, where,
			    "field '%s' is %s here, but a number in "
			    "the first labelled record (numbers are "
			    "ranked: give --label FIELD=VALUE for "
			    "classes)",
			    o->label->field,
			    n != 1 ? "a list" : kind_name(kind));
		*numeric = strtod(labels[0], &end);
		return 1;
	}
	if (ev->nclasses && (o->positive || ev->boolean)) {
		const char *pos = ev->classes[0];
		bool is_pos = false, is_neg = !o->nnegatives;
		for (size_t i = 0; i < n; i++) {
			is_pos |= strcmp(labels[i], pos) == 0;
			is_neg |=
			    one_of(labels[i], o->negatives, o->nnegatives);
		}
		if (is_pos) {
			SLANT_GROW(&ev->cls, &ev->cls_cap, ev->ncls + 1);
			ev->cls[ev->ncls++] = 0;
		}
		return is_pos || is_neg;
	}
	size_t first = ev->ncls;
	for (size_t i = 0; i < n; i++) {
		uint32_t c = (uint32_t)intern_class(ev, labels[i]);
		bool dup = false;
		for (size_t q = first; q < ev->ncls; q++)
			dup |= ev->cls[q] == c;
		if (!dup) {
			SLANT_GROW(&ev->cls, &ev->cls_cap, ev->ncls + 1);
			ev->cls[ev->ncls++] = c;
		}
	}
	return 1;
}

/* Room for one more item. */
static void grow_items(struct slant_lexeval *ev)
{
	size_t c = ev->items_cap ? 2 * ev->items_cap : 1024;
	ev->label_value =
	    slant_xreallocarray(ev->label_value, c, sizeof *ev->label_value);
	ev->cls_start =
	    slant_xreallocarray(ev->cls_start, c + 1, sizeof *ev->cls_start);
	ev->match_start = slant_xreallocarray(ev->match_start, c + 1,
	                                      sizeof *ev->match_start);
	ev->nz_start =
	    slant_xreallocarray(ev->nz_start, c + 1, sizeof *ev->nz_start);
	ev->items_cap = c;
}

/* The entries of item i (the triples at r) into the accumulators. */
static void add_entries(struct slant_lexeval *ev, struct slant_rec_reader *r,
                        uint32_t ntrip, bool spans, size_t i)
{
	struct lexeval_accs *a = ev->acc;
	const uint32_t *cls = ev->cls + ev->cls_start[i];
	size_t ncls = ev->cls_start[i + 1] - ev->cls_start[i], nt = 0;
	double label = ev->numeric ? ev->label_value[i] : 0;
	for (uint32_t t = 0; t < ntrip; t++) {
		uint32_t d = slant_rec_get_u32(r), e = slant_rec_get_u32(r);
		uint32_t hits = slant_rec_get_u32(r);
		uint32_t tok = spans ? slant_rec_get_u32(r) : 0;
		uint32_t mk = spans ? slant_rec_get_u32(r) : 0;
		if (ev->opt.keep_matches) {
			SLANT_GROW(&ev->match, &ev->match_cap, ev->nmatch + 1);
			uint32_t *m = ev->match[ev->nmatch++];
			m[0] = d;
			m[1] = e;
			m[2] = hits;
		}
		for (size_t z = ev->dim_sets_start[d];
		     z < ev->dim_sets_start[d + 1]; z++) {
			size_t s = ev->dim_sets[z];
			uint32_t q;
			if (ev->acc_dense) {
				const struct slant_lexicon *lx = ev->lx;
				size_t at = e * ev->levels +
				            lx->dims[lx->entries[e].dim].depth -
				            lx->dims[d].depth;
				if (ev->acc_dense[at] < 0)
					ev->acc_dense[at] =
					    (int32_t)accs_get(a, s, e);
				q = (uint32_t)ev->acc_dense[at];
			} else {
				q = accs_get(a, s, e);
			}
			/* an entry counted at two levels of a sum (a
			 * dimension and its own sub-dimension) is one entry
			 * of the item */
			if (a->last_item[q] != i + 1) {
				a->last_item[q] = i + 1;
				a->items[q]++;
				a->label_sum[q] += label;
				for (size_t c = 0; c < ncls; c++)
					a->items_c[cls[c]][q]++;
				if (!ev->set_count[s]++)
					ev->set_touched[nt++] = s;
				ev->set_last[s] = q;
			}
			a->hits[q] += hits;
			for (size_t c = 0; c < ncls; c++)
				a->hits_c[cls[c]][q] += hits;
			a->tokens[q] += tok;
			a->marked[q] += mk;
		}
	}
	for (size_t t = 0; t < nt; t++) {
		size_t s = ev->set_touched[t];
		if (ev->set_count[s] == 1) {
			size_t q = ev->set_last[s];
			a->sole[q]++;
			for (size_t c = 0; c < ncls; c++)
				a->sole_c[cls[c]][q]++;
		}
		ev->set_count[s] = 0;
	}
}

static int add_record(struct slant_lexeval *ev, struct slant_rec_reader *r)
{
	const char *where = slant_rec_get_str(r);
	uint32_t flags = slant_rec_get_u32(r);
	enum slant_field_kind kind =
	    (enum slant_field_kind)slant_rec_get_u32(r);
	uint32_t nlabels = slant_rec_get_u32(r);
	const char **labels = slant_xcalloc(nlabels + 1, sizeof *labels);
	for (uint32_t i = 0; i < nlabels; i++)
		labels[i] = slant_rec_get_str(r);
	size_t k = ev->ndims;
	uint32_t nz = slant_rec_get_u32(r);
	const char *vals = r->p;
	r->p += nz * (2 * sizeof(uint32_t) + sizeof(double));
	SLANT_ASSERT(r->p <= r->end);
	ev->in_split++;
	bool spans = flags & F_SPANS;
	if (spans) {
		ev->span_items++;
		ev->marked_tokens += slant_rec_get_u32(r);
		ev->spans_total += slant_rec_get_u32(r);
		ev->spans_missing += slant_rec_get_u32(r);
		for (size_t s = 0; s < k; s++) {
			ev->dim_hit_tokens[s] += slant_rec_get_u32(r);
			ev->dim_hit_marked[s] += slant_rec_get_u32(r);
		}
	}
	uint32_t ntrip = slant_rec_get_u32(r);
	SLANT_ASSERT(!r->bad);

	int rc = 0;
	double numeric = NAN;
	size_t cls_before = ev->ncls;
	if (!ev->opt.label) {
		goto skip;
	} else if (!(flags & F_LABELLED)) {
		ev->unlabelled++;
		goto skip;
	}
	rc = item_classes(ev, where, kind, labels, nlabels, &numeric);
	if (rc <= 0) {
		ev->left_out += rc == 0;
		ev->ncls = cls_before;
		goto skip;
	}
	rc = 0;
	size_t i = ev->nitems;
	if (i == ev->items_cap)
		grow_items(ev);
	ev->label_value[i] = numeric;
	ev->cls_start[i + 1] = ev->ncls;
	const uint32_t *cls = ev->cls + ev->cls_start[i];
	size_t ncls = ev->ncls - ev->cls_start[i];
	for (uint32_t z = 0; z < nz; z++) {
		uint32_t s, hits;
		double v;
		memcpy(&s, vals, sizeof s);
		memcpy(&v, vals + sizeof s, sizeof v);
		memcpy(&hits, vals + sizeof s + sizeof v, sizeof hits);
		vals += sizeof s + sizeof v + sizeof hits;
		SLANT_GROW(&ev->nz, &ev->nz_cap, ev->nnz + 1);
		ev->nz[ev->nnz++] = (struct slant_lexeval_nz){s, v};
		if (hits) {
			ev->fire[s]++;
			for (size_t c = 0; c < ncls; c++)
				ev->fire_c[cls[c]][s]++;
		}
	}
	ev->nz_start[i + 1] = ev->nnz;
	add_entries(ev, r, ntrip, spans, i);
	ev->match_start[i + 1] = ev->nmatch;
	ev->nitems++;
	goto out;
skip:
	r->p += ntrip * (spans ? 5 : 3) * sizeof(uint32_t);
out:
	SLANT_ASSERT(!r->bad && r->p <= r->end);
	free(labels);
	return rc;
}

static int eval_flush(void *ctx, struct slant_buf *b)
{
	struct slant_lexeval *ev = ctx;
	struct slant_rec_reader r = {b->data, b->data + b->len, false};
	int rc = 0;
	while (rc == 0 && r.p < r.end) {
		uint32_t kind = slant_rec_get_u32(&r);
		if (kind == REC_ERROR) {
			const char *where = slant_rec_get_str(&r);
			const char *msg = slant_rec_get_str(&r);
			slant_error_set(&ev->run_err, SLANT_EDATA, where, "%s",
			                msg);
			rc = -1;
		} else {
			SLANT_ASSERT(kind == REC_ITEM);
			rc = add_record(ev, &r);
		}
	}
	slant_buf_reset(b);
	return rc;
}

long slant_lexeval_run(struct slant_lexeval *ev, struct slant_corpus *c,
                       unsigned threads, struct slant_error *err)
{
	ev->nworkers = threads ? threads : 1;
	ev->workers = slant_xcalloc(ev->nworkers, sizeof(struct worker));
	struct slant_stream_options so = {
	    .threads = threads,
	    .collect_matches = true,
	    /* the spans are matched against every word */
	    .lexicon_words_only = !ev->opt.spans,
	    .article = eval_article,
	    .flush = eval_flush,
	    .ctx = ev,
	};
	slant_error_clear(&ev->run_err);
	long n = slant_stream_run(c, ev->lx, &so, err);
	for (size_t i = 0; i < ev->nworkers; i++)
		worker_release((struct worker *)ev->workers + i);
	free(ev->workers);
	ev->workers = NULL;
	if (n < 0 && ev->run_err.code != SLANT_OK)
		*err = ev->run_err;
	if (n >= 0)
		ev->read = (size_t)n;
	return n;
}

/* ---- statistics ---- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Classes in byte order of their names (the output's order), whatever
 * order they appeared in. */
static void sort_classes(struct slant_lexeval *ev)
{
	size_t C = ev->nclasses;
	if (C < 2 || ev->opt.positive || ev->boolean)
		return;
	char **sorted = slant_xmalloc(C * sizeof *sorted);
	memcpy(sorted, ev->classes, C * sizeof *sorted);
	qsort(sorted, C, sizeof *sorted, cmp_str);
	uint32_t *to = slant_xmalloc(C * sizeof *to);
	for (size_t i = 0; i < C; i++)
		for (size_t j = 0; j < C; j++)
			if (ev->classes[i] == sorted[j])
				to[i] = (uint32_t)j;
	for (size_t q = 0; q < ev->ncls; q++)
		ev->cls[q] = to[ev->cls[q]];
	/* the per-class counts follow their class */
	void **tmp = slant_xmalloc(C * sizeof *tmp);
	void **arrays[] = {(void **)ev->fire_c, (void **)ev->acc->items_c,
	                   (void **)ev->acc->sole_c, (void **)ev->acc->hits_c};
	for (size_t z = 0; z < sizeof arrays / sizeof *arrays; z++) {
		for (size_t i = 0; i < C; i++)
			tmp[to[i]] = arrays[z][i];
		memcpy(arrays[z], tmp, C * sizeof *tmp);
	}
	free(tmp);
	free(ev->classes);
	ev->classes = sorted;
	ev->classes_cap = C;
	free(to);
}

/* Spearman's rho of every dimension with the numeric label, over a
 * resample. */
struct rho_ctx {
	const struct slant_lexeval *ev;
	double *x, *y;
};

static void rho_resample(const size_t *idx, size_t n, void *ctx, double *out)
{
	struct rho_ctx *rc = ctx;
	const struct slant_lexeval *ev = rc->ev;
	size_t k = ev->ndims;
	for (size_t i = 0; i < n; i++)
		rc->y[i] = ev->label_value[idx[i]];
	for (size_t s = 0; s < k; s++) {
		for (size_t i = 0; i < n; i++)
			rc->x[i] = ev->value[s * n + idx[i]];
		out[s] = slant_stats_spearman(rc->x, rc->y, n);
	}
}

static void numeric_targets(struct slant_lexeval *ev, unsigned threads,
                            struct slant_stats_interval *iv)
{
	size_t n = ev->nitems, k = ev->ndims, nt = threads ? threads : 1;
	struct rho_ctx *ctx = slant_xcalloc(nt, sizeof *ctx);
	void **ctxs = slant_xcalloc(nt, sizeof *ctxs);
	for (size_t t = 0; t < nt; t++) {
		ctx[t].ev = ev;
		ctx[t].x = slant_xmalloc(n * sizeof(double));
		ctx[t].y = slant_xmalloc(n * sizeof(double));
		ctxs[t] = &ctx[t];
	}
	if (ev->opt.bootstrap)
		slant_stats_bootstrap_multi_threads(
		    n, ev->opt.bootstrap, ev->opt.conf, ev->opt.seed, k,
		    rho_resample, ctxs, nt, iv, NULL);
	else {
		size_t *ident = slant_xmalloc(n * sizeof *ident);
		double *est = slant_xmalloc(k * sizeof *est);
		for (size_t i = 0; i < n; i++)
			ident[i] = i;
		rho_resample(ident, n, &ctx[0], est);
		for (size_t s = 0; s < k; s++)
			iv[s] = (struct slant_stats_interval){est[s], NAN, NAN};
		free(ident);
		free(est);
	}
	for (size_t t = 0; t < nt; t++) {
		free(ctx[t].x);
		free(ctx[t].y);
	}
	free(ctx);
	free(ctxs);
}

static double ratio(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

/* Entries of a target: most false positives they alone cause first, then
 * most items among the negatives, then lexicon order. */
static int cmp_entry_rows(const void *a, const void *b)
{
	const struct slant_lexeval_entry *x = a, *y = b;
	size_t xs = x->sole - x->sole_pos, ys = y->sole - y->sole_pos;
	if (xs != ys)
		return xs > ys ? -1 : 1;
	size_t xn = x->items - x->items_pos, yn = y->items - y->items_pos;
	if (xn != yn)
		return xn > yn ? -1 : 1;
	if (x->items != y->items)
		return x->items > y->items ? -1 : 1;
	return (x->entry > y->entry) - (x->entry < y->entry);
}

static int finish_fail(struct slant_error *err, const char *fmt, const char *a)
{
	return slant_error_set(err, SLANT_EDATA, NULL, fmt, a);
}

int slant_lexeval_finish(struct slant_lexeval *ev, unsigned threads,
                         struct slant_error *err)
{
	size_t k = ev->ndims, n = ev->nitems;
	ev->spans = slant_xcalloc(k, sizeof *ev->spans);
	for (size_t s = 0; s < k; s++) {
		struct slant_lexeval_spans *sp = &ev->spans[s];
		sp->hit_tokens = ev->dim_hit_tokens[s];
		sp->hit_marked = ev->dim_hit_marked[s];
		sp->precision =
		    ratio((double)sp->hit_marked, (double)sp->hit_tokens);
		sp->recall =
		    ratio((double)sp->hit_marked, (double)ev->marked_tokens);
	}
	if (!ev->opt.label)
		return 0;
	const char *field = ev->opt.label->field;
	if (!n)
		return finish_fail(err,
		                   "no item to measure: none has the label "
		                   "field '%s' (or none is positive or "
		                   "negative)",
		                   field);
	/* the value columns, n long each, for the AUCs */
	ev->value = slant_xcalloc(k * n + 1, sizeof *ev->value);
	for (size_t i = 0; i < n; i++)
		for (size_t q = ev->nz_start[i]; q < ev->nz_start[i + 1]; q++)
			ev->value[ev->nz[q].dim * n + i] = ev->nz[q].value;
	sort_classes(ev);
	size_t C = ev->nclasses;
	/* the (class, dimension) pairs */
	size_t *pos = slant_xcalloc(C ? C : 1, sizeof *pos);
	for (size_t q = 0; q < ev->ncls; q++)
		pos[ev->cls[q]]++;
	bool binary = ev->opt.positive || ev->boolean;
	if (!ev->numeric) {
		if (binary && (!pos[0] || pos[0] == n)) {
			bool none = !pos[0];
			free(pos);
			return slant_error_set(
			    err, SLANT_EDATA, NULL,
			    "field '%s': %s (an AUC needs both)", field,
			    none ? "no item is positive"
			         : "no item is negative");
		}
		if (!binary && C < 2) {
			free(pos);
			return finish_fail(err,
			                   "field '%s' has fewer than two "
			                   "values: nothing to tell apart",
			                   field);
		}
	}
	size_t *mapcls = slant_xcalloc(ev->nmap + 1, sizeof *mapcls);
	for (size_t m = 0; m < ev->nmap; m++) {
		mapcls[m] = SIZE_MAX;
		for (size_t c = 0; c < C; c++)
			if (strcmp(ev->classes[c], ev->maplabels[m]) == 0)
				mapcls[m] = c;
		if (mapcls[m] == SIZE_MAX) {
			slant_error_set(err, SLANT_EDATA, NULL,
			                "--map: label '%s' does not occur in "
			                "field '%s'",
			                ev->maplabels[m], field);
			free(pos);
			free(mapcls);
			return -1;
		}
	}
	size_t cap = 0;
	for (size_t s = 0; s < k; s++) {
		for (size_t c = 0; c < (ev->numeric ? 1 : C); c++) {
			bool want = !ev->nmap;
			for (size_t m = 0; m < ev->nmap; m++)
				want |= ev->map[m][1] == s && mapcls[m] == c;
			if (!want)
				continue;
			SLANT_GROW(&ev->targets, &cap, ev->ntargets + 1);
			struct slant_lexeval_target *t =
			    &ev->targets[ev->ntargets++];
			memset(t, 0, sizeof *t);
			t->cls = ev->numeric ? SIZE_MAX : c;
			t->dim = s;
			t->positives = ev->numeric ? n : pos[c];
			t->negatives = ev->numeric ? 0 : n - pos[c];
		}
	}
	free(mapcls);

	/* AUCs or rank correlations */
	struct slant_stats_interval *iv =
	    slant_xcalloc(k * (C ? C : 1), sizeof *iv);
	if (ev->numeric) {
		numeric_targets(ev, threads, iv);
	} else {
		struct slant_stats_auc_data d = {
		    n, k, C, ev->value, ev->cls_start, ev->cls};
		slant_stats_auc_multi(&d, ev->opt.bootstrap, ev->opt.conf,
		                      ev->opt.seed, threads ? threads : 1, iv);
	}
	const struct lexeval_accs *a = ev->acc;
	size_t *fire = ev->fire, ecap = 0;
	for (size_t ti = 0; ti < ev->ntargets; ti++) {
		struct slant_lexeval_target *t = &ev->targets[ti];
		size_t s = t->dim, c = t->cls;
		if (ev->numeric) {
			t->rho = iv[s];
			t->auc = (struct slant_stats_interval){NAN, NAN, NAN};
			t->fire_pos = fire[s];
		} else {
			t->auc = iv[s * C + c];
			t->fire_pos = ev->fire_c[c][s];
			t->fire_neg = fire[s] - t->fire_pos;
			t->precision =
			    ratio((double)t->fire_pos, (double)fire[s]);
			t->recall =
			    ratio((double)t->fire_pos, (double)t->positives);
			t->f1 = t->fire_pos
			            ? 2 * t->precision * t->recall /
			                  (t->precision + t->recall)
			            : (fire[s] || t->positives ? 0 : NAN);
		}
		t->coverage = ratio((double)fire[s], (double)n);
		t->entries_off = ev->nentries;
		double base = ratio((double)t->positives, (double)n);
		for (size_t z = 0; z < a->n; z++) {
			if (a->dim[z] != s)
				continue;
			SLANT_GROW(&ev->entries, &ecap, ev->nentries + 1);
			struct slant_lexeval_entry *e =
			    &ev->entries[ev->nentries++];
			memset(e, 0, sizeof *e);
			e->entry = a->entry[z];
			e->items = a->items[z];
			e->hits = a->hits[z];
			e->sole = a->sole[z];
			e->span_tokens = a->tokens[z];
			e->span_marked = a->marked[z];
			if (ev->numeric) {
				e->label_mean =
				    ratio(a->label_sum[z], (double)e->items);
				e->precision = e->lift = NAN;
			} else {
				e->items_pos = a->items_c[c][z];
				e->hits_pos = a->hits_c[c][z];
				e->sole_pos = a->sole_c[c][z];
				e->precision = ratio((double)e->items_pos,
				                     (double)e->items);
				e->lift = ratio(e->precision, base);
				e->label_mean = NAN;
			}
		}
		t->nentries = ev->nentries - t->entries_off;
		if (t->nentries)
			qsort(ev->entries + t->entries_off, t->nentries,
			      sizeof *ev->entries, cmp_entry_rows);
	}
	free(iv);
	free(pos);
	return 0;
}

void slant_lexeval_free(struct slant_lexeval *ev)
{
	if (!ev)
		return;
	for (size_t i = 0; i < ev->ndims; i++)
		free_dim(&ev->dims[i]);
	free(ev->dims);
	for (size_t i = 0; i < ev->nclasses; i++)
		free(ev->classes[i]);
	free(ev->classes);
	free(ev->value);
	free(ev->nz_start);
	free(ev->nz);
	free(ev->acc_dense);
	free(ev->label_value);
	free(ev->cls_start);
	free(ev->cls);
	free(ev->match_start);
	free(ev->match);
	free(ev->fire);
	for (size_t c = 0; c < ev->nclasses; c++)
		free(ev->fire_c[c]);
	free(ev->fire_c);
	accs_free(ev->acc);
	free(ev->set_count);
	free(ev->set_last);
	free(ev->set_touched);
	free(ev->dim_hit_tokens);
	free(ev->dim_hit_marked);
	free(ev->spans);
	free(ev->targets);
	free(ev->entries);
	free(ev->dim_sets_start);
	free(ev->dim_sets);
	free(ev->map);
	for (size_t i = 0; i < ev->nmap; i++)
		free(ev->maplabels[i]);
	free(ev->maplabels);
	free(ev);
}
