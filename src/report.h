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
 *   - Terms: per comparison, both ways, the terms one side uses in more
 *     of its articles, by the strength of Fisher's exact test on how many
 *     articles use them; significant when that test's q is below alpha.
 *     Outlets' own names, words of one character and terms in few
 *     articles are left out of the lists (term hygiene, see the options).
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

#include "boilerplate.h"
#include "compare.h"
#include "corpus.h"
#include "error.h"
#include "language.h"
#include "lexicon.h"
#include "mem.h"
#include "selfname.h"

struct slant_report_options {
	const char *title;     /* report heading ["Framing report"] */
	double alpha;          /* q threshold [0.05] */
	size_t top_terms;      /* distinctive terms per outlet [10] */
	size_t top_findings;   /* findings of each kind at most [12] */
	size_t evidence;       /* KWIC lines per finding and outlet [3] */
	size_t context;        /* bytes of context each side [70] */
	const char *timestamp; /* shown when not NULL [NULL] */
	/* term hygiene of the keyness lists (the model keeps every term):
	   outlets' names (borrowed; NULL: none masked), terms of one
	   character, terms in fewer articles than min_docs (0: 1 without
	   article-level tests, else the larger of 3 and one in 500 of the
	   articles compared) */
	const struct slant_selfnames *selfnames;
	bool keep_letters;
	size_t min_docs;
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
	/* DIM: the lexicon entries behind it, most hits first (at most
	   SLANT_REPORT_ENTRIES), with their hits per outlet in the finding's
	   voice */
	struct slant_report_entry *entries;
	size_t nentries;
};

#define SLANT_REPORT_ENTRIES 8

struct slant_report_entry {
	size_t entry;   /* index into the lexicon's entries */
	size_t total;   /* hits in the outlets compared */
	size_t *counts; /* per group (m->ngroups); 0 for outlets not compared */
};

/* One keyword-in-context line, original text with runs of white space
 * made one space. */
struct slant_report_kwic {
	size_t finding;
	size_t group;  /* index into m->groups */
	char *article; /* article id */
	char *left, *match, *right;
	char *label;   /* naming: the variant's name; else "" */
	bool quoted;   /* the match is in quoted speech */
	size_t seq;    /* the article's position in the input */
	size_t offset; /* of the match in the article's text */
	uint64_t key;  /* sampling key: see slant_report_collect */
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

/* The keyness of one comparison, both ways: over[] are terms the target
 * uses more (indices into m->pairs[pair].terms), under[] terms the
 * reference uses more (indices into m->pairs[under_pair].terms: the
 * mirrored comparison's over-use when two outlets are compared, else
 * the same pair's under-use), strongest evidence first. hidden[i] is
 * why term i of pair was left out of the lists and the term map (0
 * shown; else SLANT_REPORT_HIDE_*). masked[k] counts the terms of each
 * reason among those ranked above the last one shown. */
enum {
	SLANT_REPORT_HIDE_SELF = 1, /* an outlet's own name (selfname.h) */
	SLANT_REPORT_HIDE_LETTER,   /* a word of one character */
	SLANT_REPORT_HIDE_RARE,     /* in fewer than min_docs articles */
	SLANT_REPORT_HIDE_REASONS
};
struct slant_report_keyness {
	size_t pair, under_pair;
	size_t *over, nover;
	size_t *under, nunder;
	unsigned char *hidden; /* of pair's terms */
	size_t masked[SLANT_REPORT_HIDE_REASONS];
};

struct slant_report;

/* The signed keyness value of list entry i (under: true for under[]) on
 * the comparison's shared scale (positive: the target uses it more), and
 * its term. */
double slant_report_key_value(const struct slant_report *r,
                              const struct slant_report_keyness *k, bool under,
                              size_t i, const struct slant_compare_term **term);

struct slant_report_param {
	char *key, *value;
};

struct slant_report {
	const struct slant_compare *m;   /* borrowed */
	const struct slant_lexicon *lx;  /* borrowed */
	struct slant_report_options opt; /* strings are the report's */
	char *version;
	double words;                 /* tokens of all articles */
	char **summary;               /* sentences, in reading order */
	unsigned char *summary_depth; /* 0: a sentence (or a heading of the
	                                 items after it), 1: an item */
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
	/* the keyness shown per comparison (one per listed comparison: with
	   two outlets against each other, one) */
	struct slant_report_keyness *keys;
	size_t nkeys;
	size_t min_docs; /* the minimum articles a shown term is in */
	/* the dimensions shown in the chart (dims of findings, then the
	   largest differences), lexicon order */
	size_t *chart_dims;
	size_t nchart_dims;
	/* within events (m->paired): dimensions first, then terms */
	struct slant_report_event *events;
	size_t nevents;
	char *own_title, *own_timestamp; /* the strings of opt */
	/* boilerplate removed before counting, per outlet (group order of
	 * pass 0); kept_boilerplate when it was not */
	struct slant_report_boiler {
		char *group;
		size_t articles, lines, example_articles;
		size_t blanked; /* lines blanked in its articles */
		char *example;  /* NULL when no line */
	} * boiler;
	size_t nboiler;
	bool kept_boilerplate;
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
                     const struct slant_boilerplate *bp,
                     slant_progress_fn progress, void *progress_ctx,
                     struct slant_language_skips *skips,
                     struct slant_error *err);

/* Pass 0, the survey: read the corpus (opened by the caller, consumed to
 * its end) for each outlet's boilerplate lines (boilerplate.h: lines in at
 * least 3 of its articles and at least 0.5% of them; only when
 * boilerplate is true, else bp is NULL) and its names (selfname.h). NULL
 * on bad input (*err). Passes 1 and 2 blank the lines of bp. */
struct slant_report_survey {
	struct slant_boilerplate *bp;
	struct slant_selfnames *names;
};
struct slant_report_survey *slant_report_survey(struct slant_corpus *c,
                                                bool boilerplate,
                                                struct slant_error *err);
void slant_report_survey_free(struct slant_report_survey *s);
#define SLANT_BOILERPLATE_MIN_ARTICLES 3
#define SLANT_BOILERPLATE_MIN_SHARE    0.005

/* Record in the report what the survey found (for the method section and
 * the provenance); bp NULL records that boilerplate was kept. */
void slant_report_set_boilerplate(struct slant_report *r,
                                  const struct slant_boilerplate *bp);

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
 * collect the evidence lines, the entries behind each dimension finding
 * and the input files' hashes; then hash the lexicon files. Fails on bad
 * input or unreadable files.
 *
 * Evidence is a seeded sample, not the first lines found: each article
 * offers one line per finding (per naming variant for a naming finding),
 * the match with the smallest hash of (seed, finding, article position,
 * offset); each outlet keeps the --evidence lines whose article's hash of
 * (seed, finding, position) is smallest, a uniform sample of its articles
 * with a match that no thread count or input order of other articles
 * changes. A naming finding also keeps the first line of each variant in
 * that order, so the minority name gets an example. Lines are shown in
 * input order. */
int slant_report_collect(struct slant_report *r, struct slant_corpus *c,
                         unsigned threads, const struct slant_boilerplate *bp,
                         slant_progress_fn progress, void *progress_ctx,
                         struct slant_error *err);

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
/* The hits of entry e of dimension finding f on each side of its
 * comparison: the target outlet, and the reference outlet or the others
 * pooled. */
void slant_report_entry_sides(const struct slant_report *r,
                              const struct slant_report_finding *f,
                              const struct slant_report_entry *e,
                              size_t *target, size_t *reference);

/* "Entries behind it: "regime" 12 vs 0, "zionist*" 3 vs 1." (plain text;
 * nothing when f has no entries). */
void slant_report_entries_sentence(struct slant_buf *b,
                                   const struct slant_report *r,
                                   const struct slant_report_finding *f);

const char *slant_report_side_name(const struct slant_report *r, size_t pair,
                                   int side);
/* A number for people: fixed decimals chosen by magnitude; "n/a" for NaN. */
void slant_report_num(struct slant_buf *b, double x);
/* "q = 0.0123" / "q < 0.0001" / "q n/a". */
void slant_report_q(struct slant_buf *b, double q);

#endif
