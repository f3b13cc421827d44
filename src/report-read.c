/* report-read.c: the report's passes over the corpus: pass 1 builds the
 * comparison model (as slant compare does), pass 2 collects the evidence
 * (keyword-in-context lines for every finding) and hashes the input and
 * lexicon files for the provenance. The findings themselves are report.c's.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "format.h"
#include "report.h"
#include "sha256.h"
#include "stream.h"

/* ---- pass 0: the survey ---- */

struct slant_report_survey *slant_report_survey(struct slant_corpus *c,
                                                bool boilerplate,
                                                struct slant_error *err)
{
	struct slant_report_survey *s = slant_xcalloc(1, sizeof *s);
	s->bp = boilerplate ? slant_boilerplate_new() : NULL;
	s->names = slant_selfnames_new();
	struct slant_article *a;
	int r;
	while ((r = slant_corpus_next(c, &a, err)) == 1) {
		if (s->bp)
			slant_boilerplate_count(s->bp, a);
		slant_selfnames_count(s->names, a);
	}
	if (r < 0) {
		slant_report_survey_free(s);
		return NULL;
	}
	if (s->bp)
		slant_boilerplate_finish(s->bp, SLANT_BOILERPLATE_MIN_ARTICLES,
		                         SLANT_BOILERPLATE_MIN_SHARE);
	return s;
}

void slant_report_survey_free(struct slant_report_survey *s)
{
	if (!s)
		return;
	slant_boilerplate_free(s->bp);
	slant_selfnames_free(s->names);
	free(s);
}

/* The stream's prepare hook: the passes' ctx starts with the
 * boilerplate. */
static void blank_boilerplate(void *ctx, struct slant_article *a)
{
	const struct slant_boilerplate *const *bp = ctx;
	slant_boilerplate_blank(*bp, a);
}

/* Pass 1's: the same, tallying the lines blanked per outlet. */
static void blank_tally(void *ctx, struct slant_article *a)
{
	const struct slant_boilerplate *const *bp = ctx;
	slant_boilerplate_tally(*bp, a->group, slant_boilerplate_blank(*bp, a));
}

/* ---- pass 1: the comparison model ---- */

struct pass1 {
	const struct slant_boilerplate *bp; /* first: see blank_boilerplate */
	struct slant_compare_builder *b;
	struct slant_compare_encoder *enc;
	size_t done;
	slant_progress_fn progress;
	void *progress_ctx;
	struct slant_error err;
	bool failed;
};

static void
p1_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	(void)matches;
	(void)nmatches;
	slant_compare_encode(p->enc, worker, a, toks, vocab, tally, out);
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
}

static int p1_flush(void *ctx, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	int rc = slant_compare_builder_add_records(p->b, out->data, out->len,
	                                           &p->err);
	slant_buf_reset(out);
	if (rc < 0) {
		p->failed = true;
		return -1;
	}
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED), 0);
	return 0;
}

struct slant_compare *
slant_report_compare(struct slant_corpus *c, const struct slant_lexicon *lx,
                     const struct slant_compare_options *copt, unsigned threads,
                     const struct slant_boilerplate *bp,
                     slant_progress_fn progress, void *progress_ctx,
                     struct slant_language_skips *skips,
                     struct slant_error *err)
{
	struct pass1 p = {0};
	p.bp = bp;
	p.b = slant_compare_builder_new(lx, copt);
	p.enc = slant_compare_encoder_new(copt->ngrams, threads ? threads : 1,
	                                  copt->pair_by);
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	slant_error_clear(&p.err);
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = false,
	    .flush_apart = true,
	    .language = copt->language,
	    .skips = skips,
	    .prepare = bp ? blank_tally : NULL,
	    .article = p1_article,
	    .flush = p1_flush,
	    .ctx = &p,
	};
	long n = slant_stream_run(c, lx, &so, err);
	slant_compare_encoder_free(p.enc);
	if (n < 0) {
		if (p.failed)
			*err = p.err;
		slant_compare_builder_free(p.b);
		return NULL;
	}
	return slant_compare_finish(p.b, err);
}

/* ---- pass 2: evidence and input files ---- */

struct ev_item {
	enum slant_finding_kind kind;
	size_t dim;
	int voice;
	bool *groups; /* which outlets give evidence */
	char **words; /* TERM: normalised words */
	size_t nwords;
};

struct pass2 {
	const struct slant_boilerplate *bp; /* first: see blank_boilerplate */
	struct slant_report *r;
	struct ev_item *items;
	size_t nitems;
	size_t done, total;
	uint64_t seed;
	/* evidence candidates: per item and group the --evidence lines of
	   smallest key (sorted by key); per naming item and variant the line
	   of smallest key */
	struct slant_report_kwic **cand;
	size_t *ncand;
	struct slant_report_kwic **variant_best; /* [item * ndims + dim] */
	/* entry hits of dimension items: slot[item][entry] (0: none, else
	   1 + the row of hits[item], ngroups counts a row) */
	uint32_t **slot;
	size_t **hits;
	size_t *nrows;
	struct slant_report_kwic *kw;
	size_t nkw, kwcap;
	struct slant_vocab *files;
	char **paths;
	size_t npaths;
	slant_progress_fn progress;
	void *progress_ctx;
};

static size_t group_index(const struct slant_compare *m, const char *name)
{
	for (size_t g = 0; g < m->ngroups; g++)
		if (strcmp(m->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Text t[a..z) with white space runs as one space, appended NUL-ended. */
static void put_clean(struct slant_buf *o, const char *t, size_t a, size_t z)
{
	bool space = false;
	for (size_t i = a; i < z; i++) {
		char c = t[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' ||
		    c == '\f' || c == '\v') {
			space = true;
			continue;
		}
		if (space)
			slant_buf_putc(o, ' ');
		space = false;
		slant_buf_putc(o, c);
	}
	if (space)
		slant_buf_putc(o, ' ');
	slant_buf_putc(o, '\0');
}

static void put_u32(struct slant_buf *o, uint32_t v)
{
	slant_buf_append(o, &v, sizeof v);
}

/* The sampling key of (item, article position, offset); offset SIZE_MAX
 * keys the article itself. */
static uint64_t sample_key(uint64_t seed, size_t item, size_t index,
                           size_t offset)
{
	return slant_mix64(
	    slant_mix64(slant_mix64(slant_mix64(seed) ^ item) ^ index) ^
	    (uint64_t)offset);
}

static void put_u64(struct slant_buf *o, uint64_t v)
{
	slant_buf_append(o, &v, sizeof v);
}

/* A candidate line: the match t[start..end) of a for item, from outlet
 * g; variant: a naming item's variant (its dimension), else UINT32_MAX. */
static void emit_kwic(const struct pass2 *p, struct slant_buf *out, size_t item,
                      size_t g, const struct slant_article *a, size_t start,
                      size_t end, bool quoted, const char *label,
                      uint32_t variant)
{
	size_t ctx = p->r->opt.context, len = a->text_len;
	const char *t = a->text;
	size_t lo = start > ctx ? start - ctx : 0;
	size_t hi = end + ctx < len ? end + ctx : len;
	/* whole words and whole characters: cut after a space when there is
	 * one in the first or last third */
	while (lo > 0 && is_cont((unsigned char)t[lo]))
		lo--;
	while (hi < len && is_cont((unsigned char)t[hi]))
		hi++;
	if (lo > 0)
		for (size_t i = lo; i < start && i < lo + ctx / 3; i++)
			if (t[i] == ' ' || t[i] == '\n') {
				lo = i + 1;
				break;
			}
	if (hi < len)
		for (size_t i = hi; i > end && i + ctx / 3 > hi; i--)
			if (t[i - 1] == ' ' || t[i - 1] == '\n') {
				hi = i - 1;
				break;
			}
	slant_buf_putc(out, 'K');
	put_u32(out, (uint32_t)item);
	put_u32(out, (uint32_t)g);
	slant_buf_putc(out, quoted ? 1 : 0);
	put_u64(out, a->index);
	put_u64(out, start);
	put_u64(out, sample_key(p->seed, item, a->index, SIZE_MAX));
	put_u32(out, variant);
	slant_buf_append(out, a->id, strlen(a->id) + 1);
	put_clean(out, t, lo, start);
	put_clean(out, t, start, end);
	put_clean(out, t, end, hi);
	slant_buf_append(out, label, strlen(label) + 1);
}

static bool voice_ok(int voice, bool quoted)
{
	return voice == SLANT_VOICE_ALL ||
	       (voice == SLANT_VOICE_QUOTED) == quoted;
}

static void
p2_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	const struct slant_report *r = p->r;
	const struct slant_lexicon *lx = r->lx;
	(void)worker;
	(void)tally;
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
	slant_buf_putc(out, 'A');
	slant_buf_append(out, a->where, strlen(a->where) + 1);
	size_t g = group_index(r->m, a->group);
	if (g == SIZE_MAX)
		return;
	for (size_t it = 0; it < p->nitems; it++) {
		const struct ev_item *e = &p->items[it];
		if (!e->groups[g])
			continue;
		if (e->kind == SLANT_FINDING_TERM) {
			/* the occurrence of smallest key */
			size_t best = SIZE_MAX;
			uint64_t best_key = UINT64_MAX;
			for (size_t i = 0; i + e->nwords <= toks->n; i++) {
				size_t w = 0;
				for (; w < e->nwords; w++) {
					const struct slant_token *tk =
					    &toks->v[i + w];
					if (w &&
					    (tk->sentence !=
					         toks->v[i].sentence ||
					     (tk->flags & SLANT_TOK_QUOTED) !=
					         (toks->v[i].flags &
					          SLANT_TOK_QUOTED)))
						break;
					size_t wl;
					const char *s = slant_vocab_word(
					    vocab, tk->type, &wl);
					if (wl != strlen(e->words[w]) ||
					    memcmp(s, e->words[w], wl) != 0)
						break;
				}
				if (w < e->nwords)
					continue;
				uint64_t k = sample_key(p->seed, it, a->index,
				                        toks->v[i].offset);
				if (k < best_key) {
					best_key = k;
					best = i;
				}
			}
			if (best == SIZE_MAX)
				continue;
			const struct slant_token *t1 =
			    &toks->v[best + e->nwords - 1];
			emit_kwic(p, out, it, g, a, toks->v[best].offset,
			          t1->offset + t1->length,
			          toks->v[best].flags & SLANT_TOK_QUOTED, "",
			          UINT32_MAX);
			continue;
		}
		/* dimension: the match of smallest key, and every match's
		   entry counted; naming: the match of smallest key of each
		   variant */
		size_t best = SIZE_MAX;
		uint64_t best_key = UINT64_MAX;
		for (size_t i = 0; i < nmatches; i++) {
			const struct slant_match *mt = &matches[i];
			if (mt->negated || mt->excluded)
				continue;
			if (e->kind == SLANT_FINDING_DIM) {
				if (!slant_lexicon_dim_within(lx, mt->dim,
				                              e->dim) ||
				    !voice_ok(e->voice, mt->quoted))
					continue;
				slant_buf_putc(out, 'E');
				put_u32(out, (uint32_t)it);
				put_u32(out, (uint32_t)g);
				put_u32(out, mt->entry);
			} else if (lx->dims[mt->dim].parent != e->dim) {
				continue;
			}
			uint64_t k = sample_key(p->seed, it, a->index,
			                        toks->v[mt->first].offset);
			if (e->kind == SLANT_FINDING_NAMING) {
				/* one line a variant: the matches of a variant
				   before this one decide whether it is new */
				bool seen = false;
				for (size_t j = 0; j < i && !seen; j++)
					seen = !matches[j].negated &&
					       !matches[j].excluded &&
					       matches[j].dim == mt->dim;
				if (seen)
					continue;
				size_t vb = i;
				uint64_t vk = k;
				for (size_t j = i + 1; j < nmatches; j++) {
					const struct slant_match *o =
					    &matches[j];
					if (o->negated || o->excluded ||
					    o->dim != mt->dim)
						continue;
					uint64_t ok = sample_key(
					    p->seed, it, a->index,
					    toks->v[o->first].offset);
					if (ok < vk) {
						vk = ok;
						vb = j;
					}
				}
				const struct slant_match *v = &matches[vb];
				const struct slant_token *t0 =
				    &toks->v[v->first];
				const struct slant_token *t1 =
				    &toks->v[v->first + v->ntokens - 1];
				emit_kwic(p, out, it, g, a, t0->offset,
				          t1->offset + t1->length, v->quoted,
				          slant_report_variant_name(lx, v->dim),
				          (uint32_t)v->dim);
				continue;
			}
			if (k < best_key) {
				best_key = k;
				best = i;
			}
		}
		if (best == SIZE_MAX)
			continue;
		const struct slant_match *mt = &matches[best];
		const struct slant_token *t0 = &toks->v[mt->first];
		const struct slant_token *t1 =
		    &toks->v[mt->first + mt->ntokens - 1];
		emit_kwic(p, out, it, g, a, t0->offset, t1->offset + t1->length,
		          mt->quoted, "", UINT32_MAX);
	}
}

static char *take_str(char **pp)
{
	char *s = *pp;
	*pp += strlen(s) + 1;
	return s;
}

/* Whether a comes before b in the sample: smaller key, then input order
 * (keys of different articles tie at 2^-64). */
static bool sample_before(const struct slant_report_kwic *a,
                          const struct slant_report_kwic *b)
{
	if (a->key != b->key)
		return a->key < b->key;
	if (a->seq != b->seq)
		return a->seq < b->seq;
	return a->offset < b->offset;
}

static void kwic_copy(struct slant_report_kwic *to,
                      const struct slant_report_kwic *from)
{
	*to = *from;
	to->article = slant_xstrdup(from->article);
	to->left = slant_xstrdup(from->left);
	to->match = slant_xstrdup(from->match);
	to->right = slant_xstrdup(from->right);
	to->label = slant_xstrdup(from->label);
}

static void kwic_release(struct slant_report_kwic *k)
{
	free(k->article);
	free(k->left);
	free(k->match);
	free(k->right);
	free(k->label);
}

/* A candidate line k (strings borrowed) into the sample of its finding
 * and outlet, and for naming into its variant's. */
static void offer(struct pass2 *p, const struct slant_report_kwic *k,
                  uint32_t variant)
{
	const struct slant_report *r = p->r;
	size_t ng = r->m->ngroups, cap = r->opt.evidence;
	size_t at = k->finding * ng + k->group;
	struct slant_report_kwic *c = p->cand[at];
	size_t n = p->ncand[at];
	if (cap && (n < cap || sample_before(k, &c[n - 1]))) {
		if (n == cap)
			kwic_release(&c[--n]);
		size_t i = n;
		for (; i > 0 && sample_before(k, &c[i - 1]); i--)
			c[i] = c[i - 1];
		kwic_copy(&c[i], k);
		p->ncand[at] = n + 1;
	}
	if (variant == UINT32_MAX)
		return;
	struct slant_report_kwic **best =
	    &p->variant_best[k->finding * r->lx->ndims + variant];
	if (*best && !sample_before(k, *best))
		return;
	if (*best)
		kwic_release(*best);
	else
		*best = slant_xmalloc(sizeof **best);
	kwic_copy(*best, k);
}

/* One hit of a lexicon entry for a dimension item, from outlet g. */
static void count_entry(struct pass2 *p, size_t item, size_t g, uint32_t entry)
{
	size_t ng = p->r->m->ngroups;
	if (!p->slot[item])
		p->slot[item] = slant_xcalloc(p->r->lx->nentries + 1,
		                              sizeof *p->slot[item]);
	uint32_t *row = &p->slot[item][entry];
	if (!*row) {
		p->hits[item] = slant_xreallocarray(
		    p->hits[item], (p->nrows[item] + 1) * ng + 1,
		    sizeof *p->hits[item]);
		memset(p->hits[item] + p->nrows[item] * ng, 0,
		       ng * sizeof *p->hits[item]);
		*row = (uint32_t)++p->nrows[item];
	}
	p->hits[item][(*row - 1) * ng + g]++;
}

static int p2_flush(void *ctx, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	char *s = out->data, *end = out->data + out->len;
	while (s < end) {
		char kind = *s++;
		if (kind == 'A') {
			const char *where = take_str(&s);
			size_t before = slant_vocab_size(p->files);
			uint32_t id =
			    slant_vocab_intern(p->files, where, strlen(where));
			if (id == before) {
				p->paths = slant_xreallocarray(
				    p->paths, p->npaths + 1, sizeof *p->paths);
				p->paths[p->npaths++] = slant_xstrdup(where);
			}
			continue;
		}
		uint32_t item, g;
		memcpy(&item, s, 4);
		memcpy(&g, s + 4, 4);
		if (kind == 'E') {
			uint32_t entry;
			memcpy(&entry, s + 8, 4);
			s += 12;
			count_entry(p, item, g, entry);
			continue;
		}
		bool quoted = s[8];
		struct slant_report_kwic k = {
		    .finding = item, .group = g, .quoted = quoted};
		uint64_t index, offset;
		memcpy(&index, s + 9, 8);
		memcpy(&offset, s + 17, 8);
		memcpy(&k.key, s + 25, 8);
		uint32_t variant;
		memcpy(&variant, s + 33, 4);
		k.seq = (size_t)index;
		k.offset = (size_t)offset;
		s += 37;
		k.article = take_str(&s);
		k.left = take_str(&s);
		k.match = take_str(&s);
		k.right = take_str(&s);
		k.label = take_str(&s);
		offer(p, &k, variant);
	}
	slant_buf_reset(out);
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED),
		            p->total);
	return 0;
}

static int cmp_kwic(const void *pa, const void *pb)
{
	const struct slant_report_kwic *a = pa, *b = pb;
	if (a->finding != b->finding)
		return a->finding < b->finding ? -1 : 1;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return (a->offset > b->offset) - (a->offset < b->offset);
}

/* The samples into p->kw: each outlet's lines of each finding, and for a
 * naming finding the line of each variant not among them. */
static void gather_evidence(struct pass2 *p)
{
	size_t ng = p->r->m->ngroups, nd = p->r->lx->ndims;
	for (size_t it = 0; it < p->nitems; it++) {
		size_t first = p->nkw;
		for (size_t g = 0; g < ng; g++) {
			size_t at = it * ng + g;
			for (size_t i = 0; i < p->ncand[at]; i++) {
				SLANT_GROW(&p->kw, &p->kwcap, p->nkw + 1);
				p->kw[p->nkw++] = p->cand[at][i];
			}
			free(p->cand[at]);
		}
		for (size_t v = 0; v < nd; v++) {
			struct slant_report_kwic *b =
			    p->variant_best[it * nd + v];
			if (!b)
				continue;
			bool have = false;
			for (size_t i = first; i < p->nkw && !have; i++)
				have = p->kw[i].seq == b->seq &&
				       p->kw[i].offset == b->offset;
			if (have) {
				kwic_release(b);
			} else {
				SLANT_GROW(&p->kw, &p->kwcap, p->nkw + 1);
				p->kw[p->nkw++] = *b;
			}
			free(b);
		}
	}
	free(p->cand);
	free(p->ncand);
	free(p->variant_best);
}

static int cmp_entry(const void *pa, const void *pb)
{
	const struct slant_report_entry *a = pa, *b = pb;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return (a->entry > b->entry) - (a->entry < b->entry);
}

/* The entries behind each dimension finding, most hits first. */
static void gather_entries(struct pass2 *p)
{
	size_t ng = p->r->m->ngroups, ne = p->r->lx->nentries;
	for (size_t it = 0; it < p->nitems; it++) {
		if (!p->slot[it])
			continue;
		size_t n = p->nrows[it];
		struct slant_report_entry *e = slant_xcalloc(n + 1, sizeof *e);
		size_t k = 0;
		for (size_t entry = 0; entry < ne; entry++) {
			uint32_t row = p->slot[it][entry];
			if (!row)
				continue;
			e[k].entry = entry;
			e[k].counts =
			    slant_xcalloc(ng + 1, sizeof *e[k].counts);
			for (size_t g = 0; g < ng; g++) {
				e[k].counts[g] =
				    p->hits[it][(row - 1) * ng + g];
				e[k].total += e[k].counts[g];
			}
			k++;
		}
		qsort(e, k, sizeof *e, cmp_entry);
		size_t keep =
		    k < SLANT_REPORT_ENTRIES ? k : SLANT_REPORT_ENTRIES;
		for (size_t i = keep; i < k; i++)
			free(e[i].counts);
		struct slant_report_finding *f = &p->r->findings[it];
		f->entries = e;
		f->nentries = keep;
		free(p->slot[it]);
		free(p->hits[it]);
	}
	free(p->slot);
	free(p->hits);
	free(p->nrows);
}

/* The file an article came from: its where, without a ":LINE" suffix
 * when that names an existing file (JSON Lines). */
static char *file_of(const char *where)
{
	char *s = slant_xstrdup(where);
	char *colon = strrchr(s, ':');
	if (colon && colon[1] &&
	    strspn(colon + 1, "0123456789") == strlen(colon + 1)) {
		struct stat st;
		*colon = '\0';
		if (stat(s, &st) != 0)
			*colon = ':';
	}
	return s;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

int slant_report_collect(struct slant_report *r, struct slant_corpus *c,
                         unsigned threads, const struct slant_boilerplate *bp,
                         slant_progress_fn progress, void *progress_ctx,
                         struct slant_error *err)
{
	const struct slant_compare *m = r->m;
	size_t ng = m->ngroups;
	struct pass2 p = {0};
	p.bp = bp;
	p.r = r;
	p.nitems = r->nfindings;
	p.items = slant_xcalloc(p.nitems + 1, sizeof *p.items);
	size_t ev = r->opt.evidence;
	p.seed = m->opt.seed;
	p.cand = slant_xcalloc(p.nitems * ng + 1, sizeof *p.cand);
	for (size_t i = 0; i < p.nitems * ng; i++)
		p.cand[i] = slant_xcalloc(ev + 1, sizeof *p.cand[i]);
	p.ncand = slant_xcalloc(p.nitems * ng + 1, sizeof *p.ncand);
	p.variant_best =
	    slant_xcalloc(p.nitems * r->lx->ndims + 1, sizeof *p.variant_best);
	p.slot = slant_xcalloc(p.nitems + 1, sizeof *p.slot);
	p.hits = slant_xcalloc(p.nitems + 1, sizeof *p.hits);
	p.nrows = slant_xcalloc(p.nitems + 1, sizeof *p.nrows);
	p.files = slant_vocab_new();
	p.total = m->articles;
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		struct ev_item *e = &p.items[i];
		e->kind = f->kind;
		e->dim = f->dim;
		e->voice = f->voice;
		e->groups = slant_xcalloc(ng + 1, sizeof *e->groups);
		if (f->kind == SLANT_FINDING_NAMING) {
			for (size_t g = 0; g < ng; g++)
				e->groups[g] = true;
			continue;
		}
		const struct slant_compare_pair *pr = &m->pairs[f->pair];
		for (size_t g = 0; g < ng; g++)
			e->groups[g] = g == pr->target ||
			               pr->reference == SLANT_COMPARE_REST ||
			               g == pr->reference;
		if (f->kind == SLANT_FINDING_TERM) {
			char *s = slant_xstrdup(slant_compare_term_string(
			    m, pr->terms[f->term].term));
			for (char *w = strtok(s, " "); w;
			     w = strtok(NULL, " ")) {
				e->words = slant_xreallocarray(
				    e->words, e->nwords + 1, sizeof *e->words);
				e->words[e->nwords++] = slant_xstrdup(w);
			}
			free(s);
		}
	}
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = true,
	    .language = m->opt.language,
	    .prepare = bp ? blank_boilerplate : NULL,
	    .article = p2_article,
	    .flush = p2_flush,
	    .ctx = &p,
	};
	int rc = slant_stream_run(c, r->lx, &so, err) < 0 ? -1 : 0;
	gather_evidence(&p);
	gather_entries(&p);
	/* evidence, grouped by finding then outlet, input order within */
	if (p.nkw)
		qsort(p.kw, p.nkw, sizeof *p.kw, cmp_kwic);
	r->kwic = p.kw;
	r->nkwic = p.nkw;
	for (size_t i = 0, j; i < r->nkwic; i = j) {
		for (j = i;
		     j < r->nkwic && r->kwic[j].finding == r->kwic[i].finding;
		     j++)
			;
		r->findings[r->kwic[i].finding].first_kwic = i;
		r->findings[r->kwic[i].finding].nkwic = j - i;
	}
	for (size_t i = 0; i < p.nitems; i++) {
		free(p.items[i].groups);
		for (size_t w = 0; w < p.items[i].nwords; w++)
			free(p.items[i].words[w]);
		free(p.items[i].words);
	}
	free(p.items);
	slant_vocab_free(p.files);
	/* input files */
	r->inputs = slant_xcalloc(p.npaths + 1, sizeof *r->inputs);
	for (size_t i = 0; i < p.npaths; i++) {
		char *f = file_of(p.paths[i]);
		free(p.paths[i]);
		if (r->ninputs &&
		    strcmp(r->inputs[r->ninputs - 1].path, f) == 0) {
			free(f);
			continue;
		}
		struct slant_report_file *in = &r->inputs[r->ninputs++];
		in->path = f;
		struct stat st;
		if (rc == 0 && strcmp(f, "<stdin>") != 0) {
			if (slant_sha256_file(f, in->sha256, err) < 0)
				rc = -1;
			else if (stat(f, &st) == 0)
				in->bytes = (uint64_t)st.st_size;
		}
	}
	free(p.paths);
	/* lexicons */
	const struct slant_lexicon *lx = r->lx;
	r->lexicons = slant_xcalloc(lx->nschemes + 1, sizeof *r->lexicons);
	for (size_t i = 0; i < lx->nschemes; i++) {
		const struct slant_scheme *s = &lx->schemes[i];
		struct slant_report_lexicon *l = &r->lexicons[r->nlexicons++];
		l->name = slant_xstrdup(s->name);
		l->title = slant_xstrdup(s->title);
		l->version = slant_xstrdup(s->version);
		l->language = slant_xstrdup(s->language);
		l->file = slant_xstrdup(base_name(s->path));
		for (size_t d = 0; d < lx->ndims; d++)
			l->dims += slant_lexicon_declares(lx, i, d);
		if (rc == 0 && slant_sha256_file(s->path, l->sha256, err) < 0)
			rc = -1;
	}
	return rc;
}
