/* report.h: the report model (slant report).
 *
 * A report is the comparison model (compare.h, borrowed) plus what a
 * reader needs around it, computed once here and rendered by every writer
 * (report-html.c, report-md.c, report-data.c; the passes over the corpus
 * are report-read.c): the outputs cannot
 * disagree.
 *   - findings: the differences the report calls significant (and, where
 *     nothing reaches significance, the largest ones, marked as such), each
 *     with one plain-language sentence holding its numbers and interval;
 *   - a summary: a few sentences a person reads first;
 *   - evidence: keyword-in-context lines from the original text of each
 *     outlet for every finding (a second pass over the corpus: the
 *     tokenizer and matcher for dimensions, token sequences for terms);
 *   - provenance: slant version, lexicons (name, version, SHA-256), input
 *     files (SHA-256), every parameter, the seed.
 *
 * The rules (also printed in the report's method section, "How to read
 * these numbers"; DESIGN.md section 7):
 *   - The article is the unit. What the report calls significant comes
 *     from an article-level test whose q (Benjamini-Hochberg, one family
 *     per comparison and kind) is below alpha; with fewer than 3 articles
 *     on a side nothing is tested, and the report shows the largest
 *     differences of the texts as descriptive, token-level numbers.
 *   - Framing dimensions, per outlet against all other outlets pooled:
 *     per dimension the voice (own, quoted, all) with the smallest p of
 *     Mann-Whitney on the article rates (exact where it can be). Ranked
 *     by p, then effect. A difference whose mean rates and rank effect
 *     (Cliff's delta) point different ways is not listed.
 *   - Terms: per outlet, the terms over-used against all others by the
 *     strength of Fisher's exact test on how many articles use them;
 *     significant when that test's q is below alpha.
 *   - Naming: a set is listed when some outlet's preference for a variant
 *     is significant (Mann-Whitney on each article's share of the set's
 *     uses); without article-level tests, when the outlets' most used
 *     variants differ, marked as not tested.
 * Nothing here depends on the number of threads: evidence is collected
 * in input order.
 */
#ifndef SLANT_REPORT_H
#define SLANT_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compare.h"
#include "corpus.h"
#include "error.h"
#include "language.h"
#include "lexicon.h"
#include "mem.h"

struct slant_report_options {
	const char *title;     /* report heading ["Framing report"] */
	double alpha;          /* q threshold [0.05] */
	size_t top_terms;      /* distinctive terms per outlet [10] */
	size_t top_findings;   /* findings of each kind at most [12] */
	size_t evidence;       /* KWIC lines per finding and outlet [3] */
	size_t context;        /* bytes of context each side [70] */
	const char *timestamp; /* shown when not NULL [NULL] */
};
void slant_report_options_init(struct slant_report_options *o);

enum slant_finding_kind {
	SLANT_FINDING_DIM = 0, /* a framing dimension in one voice */
	SLANT_FINDING_TERM,    /* a distinctive term of one outlet */
	SLANT_FINDING_NAMING /* a naming set whose preferred variant differs */
};

struct slant_report_finding {
	enum slant_finding_kind kind;
	size_t pair;       /* DIM, TERM: index into m->pairs */
	size_t dim;        /* DIM: dimension; NAMING: the set's dimension */
	int voice;         /* DIM: SLANT_VOICE_OWN or _QUOTED; else ALL */
	size_t term;       /* TERM: index into the pair's terms[] */
	bool significant;  /* by the rules above */
	bool token_level;  /* DIM: only the token-level test was available */
	double p;          /* the p-value it was ranked by (NaN: none) */
	double q;          /* the q-value the decision used (NaN: none) */
	const char *test;  /* which test gave p and q (static string) */
	char *sentence;    /* plain language, numbers and interval */
	size_t first_kwic; /* evidence: kwic[first_kwic .. + nkwic) */
	size_t nkwic;
};

/* One keyword-in-context line, original text with runs of white space
 * made one space. */
struct slant_report_kwic {
	size_t finding;
	size_t group;  /* index into m->groups */
	char *article; /* article id */
	char *left, *match, *right;
	char *label; /* naming: the variant's name; else "" */
	bool quoted; /* the match is in quoted speech */
	size_t seq;  /* order of collection (input order) */
};

/* A difference within events (the model has events): a dimension, in the
 * voice with the smallest paired p, or a term. */
struct slant_report_event {
	bool is_term;
	size_t pair; /* index into m->pairs */
	size_t dim;  /* dimension */
	int voice;
	size_t term; /* index into the pair's terms[] */
	bool significant;
	double p, q;
	char *sentence;
};

struct slant_report_file {
	char *path;
	char sha256[65];
	uint64_t bytes;
};

struct slant_report_lexicon {
	char *name, *title, *version, *language, *file;
	char sha256[65];
	size_t dims;
};

struct slant_report_param {
	char *key, *value;
};

struct slant_report {
	const struct slant_compare *m;   /* borrowed */
	const struct slant_lexicon *lx;  /* borrowed */
	struct slant_report_options opt; /* strings are the report's */
	char *version;
	double words;   /* tokens of all articles */
	char **summary; /* sentences, in reading order */
	size_t nsummary;
	struct slant_report_finding *findings; /* DIM, then NAMING, then TERM */
	size_t nfindings;
	struct slant_report_kwic *kwic; /* by finding, then input order */
	size_t nkwic;
	bool article_tests;      /* every listed comparison has them */
	size_t dims_significant; /* significant dimension differences, also
	                            those past --findings */
	struct slant_report_file *inputs; /* in order of first article */
	size_t ninputs;
	struct slant_report_lexicon *lexicons; /* one a scheme */
	size_t nlexicons;
	struct slant_report_param *params; /* in the order added */
	size_t nparams;
	/* the top terms shown per outlet: terms of pair g, indices into its
	   terms[], over-used by the target, by signed G2 */
	size_t **top; /* ngroups arrays */
	size_t *ntop;
	/* the dimensions shown in the chart (dims of findings, then the
	   largest differences), lexicon order */
	size_t *chart_dims;
	size_t nchart_dims;
	/* within events (m->paired): dimensions first, then terms */
	struct slant_report_event *events;
	size_t nevents;
	char *own_title, *own_timestamp; /* the strings of opt */
};

/* Progress callback: done articles of total (0 when unknown). */
typedef void (*slant_progress_fn)(void *ctx, size_t done, size_t total);

/* Pass 1: read the corpus (opened by the caller, consumed to its end) with
 * threads workers and build the comparison model (slant_compare_free).
 * skips, when not NULL, counts the articles some dimensions were not
 * measured for (stream.h). */
struct slant_compare *
slant_report_compare(struct slant_corpus *c, const struct slant_lexicon *lx,
                     const struct slant_compare_options *copt, unsigned threads,
                     slant_progress_fn progress, void *progress_ctx,
                     struct slant_language_skips *skips,
                     struct slant_error *err);

/* Compute findings and summary from m (borrowed, with lx; both must
 * outlive the report). version is slant's. Never fails. */
struct slant_report *slant_report_new(const struct slant_compare *m,
                                      const struct slant_lexicon *lx,
                                      const struct slant_report_options *opt,
                                      const char *version);
void slant_report_free(struct slant_report *r);

/* Record a parameter for the provenance (copied). Parameters of the
 * comparison model are added by slant_report_new. */
void slant_report_add_param(struct slant_report *r, const char *key,
                            const char *value);

/* Pass 2: read the corpus again (a fresh corpus over the same inputs) and
 * collect the evidence lines and the input files' hashes; then hash the
 * lexicon files. Fails on bad input or unreadable files. */
int slant_report_collect(struct slant_report *r, struct slant_corpus *c,
                         unsigned threads, slant_progress_fn progress,
                         void *progress_ctx, struct slant_error *err);

/* ---- rendering: each appends the whole document to out ---- */

enum slant_report_format {
	SLANT_REPORT_HTML = 0,
	SLANT_REPORT_MD,
	SLANT_REPORT_JSON,
	SLANT_REPORT_CSV
};
/* The format named by a file name's extension (.html/.htm, .md, .json,
 * .csv); -1 when none. */
int slant_report_format_of(const char *path, enum slant_report_format *out);

void slant_report_write(struct slant_buf *out, const struct slant_report *r,
                        enum slant_report_format f);
void slant_report_write_html(struct slant_buf *out,
                             const struct slant_report *r);
void slant_report_write_md(struct slant_buf *out, const struct slant_report *r);
/* {"report": {...}, "comparison": <slant_compare_write_json>}, the
 * comparison with the top 50 terms at each end of each comparison
 * (slant compare -f json has them all). */
void slant_report_write_json(struct slant_buf *out,
                             const struct slant_report *r);
/* One long table "table,row,column,value": every table of the report and
 * of the comparison model (see slant-report(1)). */
void slant_report_write_csv(struct slant_buf *out,
                            const struct slant_report *r);

/* ---- helpers shared by the writers ---- */

/* "How to read these numbers": (term, explanation) pairs that every
 * writer's method section shows, in this order. */
extern const char *const slant_report_method_text[][2];
extern const size_t slant_report_method_count;

/* A naming variant's name: the last part of its dimension name. */
const char *slant_report_variant_name(const struct slant_lexicon *lx, size_t v);

/* The display name of a dimension: its path. */
const char *slant_report_dim_name(const struct slant_report *r, size_t dim);
/* "Civic Sentinel" or "all other outlets" for side 1 of a pair. */
const char *slant_report_side_name(const struct slant_report *r, size_t pair,
                                   int side);
/* A number for people: fixed decimals chosen by magnitude; "n/a" for NaN. */
void slant_report_num(struct slant_buf *b, double x);
/* "q = 0.0123" / "q < 0.0001" / "q n/a". */
void slant_report_q(struct slant_buf *b, double q);

#endif
