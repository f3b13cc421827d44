/* lexeval.h: a lexicon measured against labelled articles (slant lexicon
 * eval), and the per-article data that fitting weights needs (lexfit.h).
 *
 * Life of an evaluation:
 *   1. slant_lexeval_new(lexicon, options): resolves the dimensions to
 *      evaluate ("PATH" or "NAME=PATH+PATH": a sum of hits) and --map;
 *   2. slant_lexeval_run(ev, corpus, threads): reads every article once
 *      through the stream (stream.h); per article, in the workers, its
 *      labels, its measure on each evaluated dimension, the entries that
 *      matched (per dimension they count in) and, with spans, which of
 *      its tokens are annotated and which are hit; in input order, one
 *      thread appends that to the model;
 *   3. slant_lexeval_finish(ev): classes, AUCs with bootstrap intervals,
 *      rank correlations, precision and recall at any hit, per-entry
 *      counts, word-level precision and recall of the spans;
 *   4. writers (lexeval-write.c) render the model: a readable table,
 *      CSV/TSV tables and JSON, which cannot disagree.
 * The model depends only on the articles and their order, never on the
 * number of threads: every sum over articles is taken in input order.
 *
 * Labels (options.label, a field reference, corpus.h):
 *   - with options.positive: an item is positive when one of its label
 *     values is that value; negative otherwise, or, when negatives are
 *     given, only when one of its values is one of them (others are left
 *     out). A boolean field without positive means positive = "true".
 *   - a number field (the first labelled item decides; later strings are
 *     an error): the label is numeric and each dimension gets Spearman's
 *     rank correlation with it instead of AUCs.
 *   - otherwise every label value is a class, evaluated one against the
 *     rest; a list of values (frames) makes an item positive for each.
 * An item without the field (or with null) is unlabelled: it counts for
 * the spans only.
 *
 * Split: --split dev|test keeps the items whose id's SHA-1 ends in a hex
 * digit below 8 (dev) or not (test): about half each, the same rule as
 * lexicons/eval/evaluate.py, recomputable with sha1sum.
 *
 * Spans (options.spans): the annotated words or phrases of an item (a list
 * of strings, e.g. MBIC's biased_words, or members of a list of objects,
 * e.g. BASIL's spans[bias=lexical].txt). They are matched to the item's
 * tokens after the same normalisation as lexicon entries, every
 * occurrence of the span's word sequence being marked; a token is hit by
 * a dimension when a counted match of it covers the token. Precision =
 * hit tokens that are marked / hit tokens; recall = marked tokens that
 * are hit / marked tokens, both over every item of the split that has the
 * span field. A span whose words never occur in the item's text is
 * counted (spans_missing) and adds nothing.
 */
#ifndef SLANT_LEXEVAL_H
#define SLANT_LEXEVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "error.h"
#include "lexicon.h"
#include "mem.h"
#include "stats.h"

enum slant_lexeval_measure {
	SLANT_MEASURE_HITS = 0, /* counted hits, own voice and quoted */
	SLANT_MEASURE_RATE,     /* hits per 1,000 tokens (0 for no token) */
	SLANT_MEASURE_SCORE     /* sum of weights (= hits when unweighted) */
};

/* "hits", "rate", "score"; -1 for anything else. */
int slant_lexeval_measure_parse(const char *s, enum slant_lexeval_measure *out);
const char *slant_lexeval_measure_name(enum slant_lexeval_measure m);

enum slant_lexeval_split {
	SLANT_SPLIT_ALL = 0,
	SLANT_SPLIT_DEV,
	SLANT_SPLIT_TEST
};

/* Whether id belongs to the dev half (the last hex digit of its SHA-1 is
 * below 8). */
bool slant_lexeval_is_dev(const char *id);

struct slant_lexeval_options {
	const struct slant_field_ref *label; /* NULL: spans only */
	const char *positive;                /* NULL: see above */
	const char *const *negatives;
	size_t nnegatives;
	const struct slant_field_ref *spans; /* NULL: no spans */
	enum slant_lexeval_split split;
	enum slant_lexeval_measure measure;
	/* dimensions: "PATH" (or an unambiguous name) or "NAME=A+B+..."; none
	 * means every dimension of the lexicon */
	const char *const *dims;
	size_t ndims;
	/* "LABEL=DIMENSION": evaluate that class only on that dimension
	 * (split at the last '='); a mapped dimension need not be listed */
	const char *const *maps;
	size_t nmaps;
	size_t bootstrap; /* resamples for the AUC intervals (0: none) */
	double conf;
	unsigned long seed;
	size_t top; /* entries per target in the summary (readable table) */
	/* keep each item's entries (match_start, match below): for fitting
	 * weights (lexfit.h) */
	bool keep_matches;
};

/* A dimension as evaluated: a lexicon dimension or a sum of several. */
struct slant_lexeval_dim {
	char *name;
	size_t *dims; /* lexicon dimension indices */
	size_t ndims;
};

/* One (class, dimension) pair measured by AUC, or (numeric labels) one
 * dimension measured by rank correlation. */
struct slant_lexeval_target {
	size_t cls; /* index into classes; SIZE_MAX for numeric labels */
	size_t dim; /* index into dims */
	size_t positives, negatives;
	struct slant_stats_interval auc; /* NaN for numeric labels */
	struct slant_stats_interval rho; /* numeric labels only */
	/* at any hit: items where the dimension fires */
	size_t fire_pos, fire_neg;
	double precision, recall, f1, coverage;
	size_t entries_off, nentries; /* into the model's entry rows */
};

/* A lexicon entry's record in one target's dimension. */
struct slant_lexeval_entry {
	uint32_t entry;         /* index into the lexicon's entries */
	size_t items;           /* labelled items where it matched */
	size_t items_pos;       /* ... that are positive */
	double hits, hits_pos;  /* its counted hits in them */
	size_t sole, sole_pos;  /* items where it was the dimension's only
	                           entry to match */
	double precision, lift; /* items_pos / items; precision / base rate */
	double label_mean;      /* numeric labels: mean label where it
	                           matched */
	size_t span_tokens, span_marked; /* tokens it hit, of them marked */
};

/* Word-level agreement of one dimension with the spans. */
struct slant_lexeval_spans {
	size_t hit_tokens, hit_marked; /* tokens hit; of them marked */
	double precision, recall;
};

struct slant_lexeval {
	const struct slant_lexicon *lx;
	struct slant_lexeval_options opt;
	struct slant_lexeval_dim *dims;
	size_t ndims;

	/* what was read */
	size_t read;       /* articles read */
	size_t in_split;   /* ... in the split */
	size_t unlabelled; /* ... without the label field */
	size_t left_out;   /* ... labelled, neither positive nor negative */
	bool numeric;      /* numeric labels (Spearman) */
	bool boolean;      /* a boolean label field */

	/* classes (string labels), in order of first appearance */
	char **classes;
	size_t nclasses, classes_cap;

	/* the items that count (labelled, in the split), in input order */
	size_t nitems, items_cap;
	double *value; /* after finishing, the measure: ndims columns
	                  of nitems */
	/* while reading: the non-zero values, (dimension, value) per item:
	 * nz[nz_start[i] .. nz_start[i + 1]) */
	size_t *nz_start;
	struct slant_lexeval_nz {
		uint32_t dim;
		double value;
	} * nz;
	size_t nnz, nz_cap;
	double *label_value; /* numeric labels */
	size_t *cls_start;   /* nitems + 1 */
	uint32_t *cls;       /* the classes each item is positive for */
	size_t ncls, cls_cap;
	/* with keep_matches: item i's counted hits per (lexicon dimension
	 * they count in, entry): match[match_start[i] .. match_start[i+1]) */
	size_t *match_start;
	uint32_t (*match)[3]; /* dimension, entry, hits */
	size_t nmatch, match_cap;

	/* spans over every item of the split that has the span field */
	size_t span_items, marked_tokens, spans_total, spans_missing;
	size_t *dim_hit_tokens, *dim_hit_marked; /* per evaluated dim */
	struct slant_lexeval_spans *spans;       /* per evaluated dim */

	/* the results */
	struct slant_lexeval_target *targets;
	size_t ntargets;
	struct slant_lexeval_entry *entries;
	size_t nentries;

	/* private to lexeval.c */
	struct slant_error run_err; /* bad data found while running */
	size_t *dim_sets_start;     /* lexicon dim -> evaluated dims (CSR) */
	size_t *dim_sets;
	size_t (*map)[2]; /* --map: (label index in maplabels, dim) */
	char **maplabels;
	size_t nmap;
	bool mode_known;
	enum slant_field_kind label_kind;
	void *workers;
	size_t nworkers;
	size_t *fire;             /* per dim: items where it fires */
	size_t **fire_c;          /* per class, per dim: ... of the class */
	struct lexeval_accs *acc; /* per (dimension, entry) counts */
	size_t *set_count, *set_last, *set_touched; /* per dim, scratch */
	size_t levels; /* 1 + the deepest dimension's depth */
	/* when every lexicon dimension is in one evaluated dimension at
	 * most: the accumulator of (entry, level), or -1 (no hashing) */
	int32_t *acc_dense;
};

/* An evaluation of lx (finished; borrowed, must outlive the model) with
 * the options (borrowed likewise). NULL with SLANT_EUSAGE when a
 * dimension, a map or the options are wrong. */
struct slant_lexeval *slant_lexeval_new(const struct slant_lexicon *lx,
                                        const struct slant_lexeval_options *o,
                                        struct slant_error *err);
void slant_lexeval_free(struct slant_lexeval *ev);

/* Read the corpus through (see above) on `threads` workers. Returns the
 * number of articles read, or -1 with *err set (bad input: SLANT_EDATA
 * naming path:line). */
long slant_lexeval_run(struct slant_lexeval *ev, struct slant_corpus *c,
                       unsigned threads, struct slant_error *err);

/* Compute the statistics; threads for the bootstrap. Fails with
 * SLANT_EDATA when nothing is left to measure (no labelled item, a class
 * of --map or --label=POSITIVE that never occurs, one class only). */
int slant_lexeval_finish(struct slant_lexeval *ev, unsigned threads,
                         struct slant_error *err);

/* ---- output (lexeval-write.c) ---- */

enum slant_lexeval_table {
	SLANT_LEXEVAL_DIMENSIONS = 0, /* one row per target */
	SLANT_LEXEVAL_ENTRIES         /* one row per entry of each target */
};

/* "dimensions", "entries"; -1 for anything else. */
int slant_lexeval_table_parse(const char *s, enum slant_lexeval_table *out);

/* The readable report: what was read, the dimensions table, the entries
 * that cost the most false positives, the spans. */
void slant_lexeval_write_text(const struct slant_lexeval *ev,
                              struct slant_buf *b);
/* A CSV or TSV table (tsv: true), header first. */
void slant_lexeval_write_table(const struct slant_lexeval *ev,
                               enum slant_lexeval_table t, bool tsv,
                               struct slant_buf *b);
/* The whole model as one JSON object. */
void slant_lexeval_write_json(const struct slant_lexeval *ev,
                              struct slant_buf *b);

#endif
