/* compare-build.c: the comparison builder (compare.h, "building"): each
 * article's group, voice token counts, dimension hits and distinct terms
 * (directly, or as a worker's compact record) go into per-group dense
 * term counts and document frequencies, per-article dimension rows, and a
 * bounded list of bootstrap blocks of consecutive articles. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare-internal.h"

static const char *keep_str(struct slant_compare_builder *b, const char *s)
{
	if (!s)
		return NULL;
	b->strs = slant_xreallocarray(b->strs, b->nstrs + 1, sizeof *b->strs);
	return b->strs[b->nstrs++] = slant_xstrdup(s);
}

struct slant_compare_builder *
slant_compare_builder_new(const struct slant_lexicon *lx,
                          const struct slant_compare_options *opt)
{
	struct slant_compare_builder *b = slant_xcalloc(1, sizeof *b);
	b->lx = lx;
	b->opt = *opt;
	b->opt.target = keep_str(b, opt->target);
	b->opt.reference = keep_str(b, opt->reference);
	b->opt.stopwords_name = keep_str(b, opt->stopwords_name);
	b->opt.bg_name = keep_str(b, opt->bg_name);
	b->opt.pair_by = keep_str(b, opt->pair_by);
	b->opt.language = keep_str(b, opt->language);
	if (b->opt.pair_by)
		b->events = slant_vocab_new();
	b->opt.stopwords = NULL;
	b->vocab = slant_vocab_new();
	b->stop = slant_vocab_new();
	for (size_t i = 0; i < opt->nstopwords; i++)
		slant_vocab_intern(b->stop, opt->stopwords[i],
		                   strlen(opt->stopwords[i]));
	if (opt->nbg) {
		b->bg_terms = slant_xcalloc(opt->nbg, sizeof *b->bg_terms);
		b->bg_counts = slant_xcalloc(opt->nbg, sizeof *b->bg_counts);
		for (size_t i = 0; i < opt->nbg; i++) {
			b->bg_terms[i] = slant_xstrdup(opt->bg_terms[i]);
			b->bg_counts[i] = opt->bg_counts[i];
		}
	}
	b->opt.bg_terms = (const char *const *)b->bg_terms;
	b->opt.bg_counts = b->bg_counts;
	if (b->opt.ngrams < 1)
		b->opt.ngrams = 1;
	if (b->opt.ngrams > 3)
		b->opt.ngrams = 3;
	return b;
}

static void block_release(struct block *k)
{
	free(k->ids);
	free(k->counts);
	free(k->docs);
	free(k->rate_sum);
	free(k->rate_n);
}

static void builder_release_groups(struct slant_compare_builder *b)
{
	for (size_t g = 0; g < b->ngroups; g++) {
		struct bgroup *gr = &b->groups[g];
		free(gr->name);
		free(gr->count);
		free(gr->docs);
		free(gr->hits);
		free(gr->tok);
		free(gr->event);
		free(gr->evt_key);
		free(gr->evt_docs);
		free(gr->open_count);
		free(gr->open_docs);
		free(gr->in_open);
		for (size_t i = 0; i < gr->nblocks; i++)
			block_release(&gr->blocks[i]);
		free(gr->blocks);
	}
	free(b->groups);
	b->groups = NULL;
	b->ngroups = 0;
}

void slant_compare_builder_free(struct slant_compare_builder *b)
{
	if (!b)
		return;
	builder_release_groups(b);
	for (size_t i = 0; i < b->nstrs; i++)
		free(b->strs[i]);
	free(b->strs);
	for (size_t i = 0; i < b->opt.nbg; i++)
		free(b->bg_terms[i]);
	free(b->bg_terms);
	free(b->bg_counts);
	slant_vocab_free(b->vocab);
	slant_vocab_free(b->stop);
	slant_vocab_free(b->events);
	free(b->is_stop);
	free(b->seen);
	free(b->seen_pos);
	free(b->ids);
	free(b->cnt);
	for (size_t i = 0; i < b->nmaps; i++)
		free(b->maps[i].term);
	free(b->maps);
	free(b);
}

static size_t find_group(struct slant_compare_builder *b, const char *name)
{
	/* Groups are few (outlets, bias labels); the last one matched is
	 * the likeliest next. */
	for (size_t g = b->ngroups; g-- > 0;)
		if (strcmp(b->groups[g].name, name) == 0)
			return g;
	SLANT_GROW(&b->groups, &b->groups_cap, b->ngroups + 1);
	struct bgroup *gr = &b->groups[b->ngroups];
	memset(gr, 0, sizeof *gr);
	gr->name = slant_xstrdup(name);
	gr->block_len = 1;
	return b->ngroups++;
}

static bool term_is_stop(struct slant_compare_builder *b, const char *s)
{
	for (;;) {
		const char *sp = strchr(s, ' ');
		size_t len = sp ? (size_t)(sp - s) : strlen(s);
		if (slant_vocab_find(b->stop, s, len) != UINT32_MAX)
			return true;
		if (!sp)
			return false;
		s = sp + 1;
	}
}

static uint32_t intern_term(struct slant_compare_builder *b, const char *s,
                            size_t len)
{
	size_t before = slant_vocab_size(b->vocab);
	uint32_t id = slant_vocab_intern(b->vocab, s, len);
	if (id >= before) {
		SLANT_GROW(&b->is_stop, &b->stop_cap, (size_t)id + 1);
		if ((size_t)id + 1 > b->seen_cap) {
			size_t old = b->seen_cap;
			size_t cap = b->seen_cap;
			SLANT_GROW(&b->seen, &cap, (size_t)id + 1);
			b->seen_pos = slant_xreallocarray(b->seen_pos, cap,
			                                  sizeof *b->seen_pos);
			for (size_t i = old; i < cap; i++)
				b->seen[i] = SIZE_MAX;
			b->seen_cap = cap;
		}
		b->is_stop[id] =
		    b->opt.nstopwords &&
		    term_is_stop(b, slant_vocab_word(b->vocab, id, NULL));
	}
	return id;
}

void compare_group_reserve_terms(struct bgroup *gr, size_t need)
{
	if (need <= gr->cap)
		return;
	size_t c = gr->cap ? gr->cap : 1024;
	while (c < need)
		c *= 2;
	gr->count = slant_xreallocarray(gr->count, c, sizeof *gr->count);
	gr->docs = slant_xreallocarray(gr->docs, c, sizeof *gr->docs);
	memset(gr->count + gr->cap, 0, (c - gr->cap) * sizeof *gr->count);
	memset(gr->docs + gr->cap, 0, (c - gr->cap) * sizeof *gr->docs);
	gr->open_count =
	    slant_xreallocarray(gr->open_count, c, sizeof *gr->open_count);
	gr->open_docs =
	    slant_xreallocarray(gr->open_docs, c, sizeof *gr->open_docs);
	gr->in_open =
	    slant_xreallocarray(gr->in_open, c / 64, sizeof *gr->in_open);
	memset(gr->in_open + gr->cap / 64, 0,
	       (c - gr->cap) / 64 * sizeof *gr->in_open);
	gr->cap = c;
}

/* Merge closed block src (sorted ids) into block k. */
static void block_merge_vec(struct block *k, const struct block *src)
{
	size_t total = k->n + src->n, n = src->n;
	const uint32_t *ids = src->ids;
	uint32_t *ni = slant_xreallocarray(NULL, total ? total : 1, sizeof *ni);
	double *nc = slant_xreallocarray(NULL, total ? total : 1, sizeof *nc);
	double *nd = slant_xreallocarray(NULL, total ? total : 1, sizeof *nd);
	size_t i = 0, j = 0, o = 0;
	while (i < k->n || j < n) {
		if (j >= n || (i < k->n && k->ids[i] < ids[j])) {
			ni[o] = k->ids[i];
			nd[o] = k->docs[i];
			nc[o++] = k->counts[i++];
		} else if (i >= k->n || ids[j] < k->ids[i]) {
			ni[o] = ids[j];
			nd[o] = src->docs[j];
			nc[o++] = src->counts[j++];
		} else {
			ni[o] = ids[j];
			nd[o] = k->docs[i] + src->docs[j];
			nc[o++] = k->counts[i++] + src->counts[j++];
		}
	}
	free(k->ids);
	free(k->counts);
	free(k->docs);
	k->ids = ni;
	k->counts = nc;
	k->docs = nd;
	k->n = k->cap = o;
}

/* Close group gr's open block k: its distinct terms, in id order from the
 * bitmap (no sort), with their counts (combined in the order the articles
 * came, as a sort of every occurrence would). */
void compare_block_close(struct bgroup *gr, struct block *k)
{
	if (!k->open)
		return;
	size_t n = gr->nopen;
	k->ids = slant_xreallocarray(k->ids, n ? n : 1, sizeof *k->ids);
	k->counts =
	    slant_xreallocarray(k->counts, n ? n : 1, sizeof *k->counts);
	k->docs = slant_xreallocarray(k->docs, n ? n : 1, sizeof *k->docs);
	size_t o = 0;
	for (size_t w = 0; o < n; w++) {
		for (uint64_t bits = gr->in_open[w]; bits; bits &= bits - 1) {
			uint32_t id =
			    (uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
			k->ids[o] = id;
			k->docs[o] = gr->open_docs[id];
			k->counts[o++] = gr->open_count[id];
		}
		gr->in_open[w] = 0;
	}
	k->n = k->cap = n;
	gr->nopen = 0;
	k->open = false;
}

/* Merge closed blocks. */
static void block_merge(struct block *dst, struct block *src)
{
	block_merge_vec(dst, src);
	dst->articles += src->articles;
	dst->tokens += src->tokens;
	block_release(src);
}

static void add_to_blocks(struct slant_compare_builder *b, struct bgroup *gr,
                          const uint32_t *ids, const double *cnt, size_t n,
                          const uint64_t tokens[2])
{
	if (b->opt.bootstrap == 0 || b->opt.max_blocks == 0)
		return;
	struct block *k;
	if (gr->nblocks &&
	    gr->blocks[gr->nblocks - 1].articles < gr->block_len) {
		k = &gr->blocks[gr->nblocks - 1];
	} else {
		if (gr->nblocks)
			compare_block_close(gr, &gr->blocks[gr->nblocks - 1]);
		if (gr->nblocks == 2 * b->opt.max_blocks) {
			/* Merge neighbours in pairs: the blocks stay runs of
			 * consecutive articles, now twice as long. */
			for (size_t i = 0; i < gr->nblocks / 2; i++) {
				gr->blocks[i] = gr->blocks[2 * i];
				block_merge(&gr->blocks[i],
				            &gr->blocks[2 * i + 1]);
			}
			gr->nblocks /= 2;
			gr->block_len *= 2;
		}
		SLANT_GROW(&gr->blocks, &gr->blocks_cap, gr->nblocks + 1);
		k = &gr->blocks[gr->nblocks++];
		memset(k, 0, sizeof *k);
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t id = ids[i];
		uint64_t bit = 1ull << (id % 64);
		/* an article's terms are distinct here: one article each */
		if (gr->in_open[id / 64] & bit) {
			gr->open_count[id] += cnt[i];
			gr->open_docs[id] += 1;
		} else {
			gr->in_open[id / 64] |= bit;
			gr->open_count[id] = cnt[i];
			gr->open_docs[id] = 1;
			gr->nopen++;
		}
	}
	k->open = true;
	k->articles++;
	k->tokens += (double)(tokens[0] + tokens[1]);
	/* the blocks' dimension rates are summed when finishing, from the
	 * articles' hits (block_rates), off this thread */
}

static void add_article(struct slant_compare_builder *b, const char *group,
                        const char *event, size_t event_len,
                        const uint64_t tokens[2], uint32_t *const hits[2],
                        size_t n, bool may_repeat)
{
	/* b->ids / b->cnt hold n interned (id, count) pairs. Unigrams from a
	 * record are distinct; with phrases, or from the caller of
	 * slant_compare_builder_add, a term may repeat (the odd
	 * compatibility character normalises to several words, so a unigram
	 * can equal a bigram): combine those in one pass. */
	size_t o = 0;
	for (size_t i = 0; i < n && may_repeat; i++) {
		uint32_t id = b->ids[i];
		if (b->seen[id] == b->articles) {
			b->cnt[b->seen_pos[id]] += b->cnt[i];
		} else {
			b->seen[id] = b->articles;
			b->seen_pos[id] = o;
			b->ids[o] = id;
			b->cnt[o++] = b->cnt[i];
		}
	}
	if (may_repeat)
		n = o;
	size_t g = find_group(b, group);
	struct bgroup *gr = &b->groups[g];
	size_t nd = b->lx->ndims;
	compare_group_reserve_terms(gr, slant_vocab_size(b->vocab));
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t id = b->ids[i];
		if (b->is_stop[id])
			continue;
		gr->count[id] += b->cnt[i];
		gr->docs[id] += 1;
		b->ids[kept] = id;
		b->cnt[kept++] = b->cnt[i];
	}
	SLANT_GROW(&gr->tok, &gr->art_cap, (gr->articles + 1) * 2);
	if (nd) {
		SLANT_GROW(&gr->hits, &gr->hits_cap,
		           (gr->articles + 1) * nd * 2);
		uint32_t *h = gr->hits + gr->articles * nd * 2;
		for (size_t d = 0; d < nd; d++) {
			h[2 * d] = hits[0] ? hits[0][d] : 0;
			h[2 * d + 1] = hits[1] ? hits[1][d] : 0;
		}
	}
	if (b->events) {
		uint32_t e =
		    event && event_len
		        ? slant_vocab_intern(b->events, event, event_len)
		        : UINT32_MAX;
		SLANT_GROW(&gr->event, &gr->event_cap, gr->articles + 1);
		gr->event[gr->articles] = e;
		if (e != UINT32_MAX) {
			/* the same growth from the same capacity: both
			 * arrays end up evt_cap long */
			size_t need = gr->nevt + kept, c2 = gr->evt_cap;
			SLANT_GROW(&gr->evt_key, &gr->evt_cap, need);
			SLANT_GROW(&gr->evt_docs, &c2, need);
			for (size_t i = 0; i < kept; i++) {
				gr->evt_key[gr->nevt] =
				    (uint64_t)e << 32 | b->ids[i];
				gr->evt_docs[gr->nevt++] = 1;
			}
		}
	}
	gr->tok[gr->articles * 2] = (uint32_t)tokens[0];
	gr->tok[gr->articles * 2 + 1] = (uint32_t)tokens[1];
	gr->tokens[0] += (double)tokens[0];
	gr->tokens[1] += (double)tokens[1];
	gr->articles++;
	b->articles++;
	add_to_blocks(b, gr, b->ids, b->cnt, kept, tokens);
}

static void scratch_reserve(struct slant_compare_builder *b, size_t n)
{
	if (n <= b->scratch_cap)
		return;
	size_t c = b->scratch_cap ? b->scratch_cap : 256;
	while (c < n)
		c *= 2;
	b->ids = slant_xreallocarray(b->ids, c, sizeof *b->ids);
	b->cnt = slant_xreallocarray(b->cnt, c, sizeof *b->cnt);
	b->scratch_cap = c;
}

void slant_compare_builder_add(struct slant_compare_builder *b,
                               const char *group, const char *event,
                               const uint64_t tokens[2],
                               uint32_t *const hits[2],
                               const char *const *terms, const double *counts,
                               size_t nterms)
{
	scratch_reserve(b, nterms);
	for (size_t i = 0; i < nterms; i++) {
		b->ids[i] = intern_term(b, terms[i], strlen(terms[i]));
		b->cnt[i] = counts[i];
	}
	uint32_t *const none[2] = {NULL, NULL};
	add_article(b, group, event, event ? strlen(event) : 0, tokens,
	            hits ? hits : none, nterms, true);
}

/* ---- records: worker -> builder ------------------------------------------
 *
 * u32 worker, u32 group length, group bytes, u32 event length, event
 * bytes (0 and none without pair_by), u64 tokens own, u64 tokens
 * quoted, u32 ndims, ndims x (u32 hits own, u32 hits quoted); u32 nwords,
 * then per distinct word in order of first occurrence u32 type (the
 * worker's type id; NEW_TYPE set the first time this worker sends it, and
 * then u32 length and the bytes follow) and u32 count; u32 nphrases, then
 * per phrase u32 count, u32 length, bytes. Sending a word's string once
 * per worker instead of once per article keeps the builder, which runs in
 * one thread, to an array lookup per word. Native byte order: records
 * never leave the process. */

#define NEW_TYPE 0x80000000u

struct encoder_worker {
	unsigned char *sent; /* by type id: string already sent */
	uint32_t *count;     /* by type id: occurrences in this article */
	size_t cap;
	uint32_t *order; /* this article's types, by first occurrence */
	size_t order_cap;
};

struct slant_compare_encoder {
	unsigned ngrams;
	unsigned nworkers;
	const char *pair_by; /* borrowed */
	struct encoder_worker *w;
};

const char *slant_compare_article_event(const struct slant_article *a,
                                        const char *pair_by, size_t *len)
{
	*len = 0;
	if (!pair_by)
		return "";
	if (strcmp(pair_by, "dir") != 0) {
		const char *v = slant_article_field(a, pair_by);
		*len = v ? strlen(v) : 0;
		return v ? v : "";
	}
	/* the file's parent directory; a JSON Lines record's where is
	 * "path:line" */
	const char *w = a->where, *end = w + strlen(w);
	const char *colon = strrchr(w, ':');
	if (colon && colon[1]) {
		const char *d = colon + 1;
		while (*d >= '0' && *d <= '9')
			d++;
		if (!*d)
			end = colon;
	}
	const char *slash = end;
	while (slash > w && slash[-1] != '/')
		slash--;
	if (slash == w)
		return ""; /* a bare file name: the working directory */
	const char *dir_end = slash - 1, *dir = dir_end;
	while (dir > w && dir[-1] != '/')
		dir--;
	*len = (size_t)(dir_end - dir);
	return dir;
}

struct slant_compare_encoder *slant_compare_encoder_new(unsigned ngrams,
                                                        unsigned nworkers,
                                                        const char *pair_by)
{
	struct slant_compare_encoder *e = slant_xcalloc(1, sizeof *e);
	e->pair_by = pair_by;
	e->ngrams = ngrams < 1 ? 1 : ngrams > 3 ? 3 : ngrams;
	e->nworkers = nworkers ? nworkers : 1;
	e->w = slant_xcalloc(e->nworkers, sizeof *e->w);
	return e;
}

void slant_compare_encoder_free(struct slant_compare_encoder *e)
{
	if (!e)
		return;
	for (unsigned i = 0; i < e->nworkers; i++) {
		free(e->w[i].sent);
		free(e->w[i].count);
		free(e->w[i].order);
	}
	free(e->w);
	free(e);
}

static void encoder_reserve(struct encoder_worker *w, size_t ntypes)
{
	if (ntypes <= w->cap)
		return;
	size_t c = w->cap ? w->cap : 1024;
	while (c < ntypes)
		c *= 2;
	w->sent = slant_xreallocarray(w->sent, c, sizeof *w->sent);
	w->count = slant_xreallocarray(w->count, c, sizeof *w->count);
	memset(w->sent + w->cap, 0, (c - w->cap) * sizeof *w->sent);
	memset(w->count + w->cap, 0, (c - w->cap) * sizeof *w->count);
	w->cap = c;
}

static void put_u32(struct slant_buf *o, uint32_t v)
{
	slant_buf_append(o, &v, sizeof v);
}

static char *write_u32(char *p, uint32_t v)
{
	memcpy(p, &v, sizeof v);
	return p + sizeof v;
}

static char *write_u64(char *p, uint64_t v)
{
	memcpy(p, &v, sizeof v);
	return p + sizeof v;
}

/* A phrase occurrence: its types and where it first occurs (the phrases
 * go out in order of first occurrence, as words do, so a term's id in the
 * builder never depends on which worker saw it). */
struct tri {
	uint32_t t[3];
	size_t first;
	uint32_t count;
};

static int cmp_tri_types(const struct tri *a, const struct tri *b)
{
	for (int i = 0; i < 3; i++)
		if (a->t[i] != b->t[i])
			return a->t[i] < b->t[i] ? -1 : 1;
	return 0;
}

static int cmp_tri(const void *pa, const void *pb)
{
	const struct tri *a = pa, *b = pb;
	int c = cmp_tri_types(a, b);
	return c ? c : a->first < b->first ? -1 : a->first > b->first;
}

static int cmp_tri_first(const void *pa, const void *pb)
{
	const struct tri *a = pa, *b = pb;
	return a->first < b->first ? -1 : a->first > b->first;
}

static void put_term(struct slant_buf *out, const struct slant_vocab *vocab,
                     const uint32_t *t, unsigned n, uint32_t count)
{
	size_t len[3], total = 0;
	const char *w[3];
	for (unsigned i = 0; i < n; i++) {
		w[i] = slant_vocab_word(vocab, t[i], &len[i]);
		total += len[i] + (i > 0);
	}
	put_u32(out, count);
	put_u32(out, (uint32_t)total);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			slant_buf_putc(out, ' ');
		slant_buf_append(out, w[i], len[i]);
	}
}

/* Whether tokens i and i+1 may be in one phrase: same sentence and same
 * voice. */
static bool joins(const struct slant_tokens *toks, size_t i)
{
	const struct slant_token *a = &toks->v[i], *b = &toks->v[i + 1];
	return a->sentence == b->sentence &&
	       (a->flags & SLANT_TOK_QUOTED) == (b->flags & SLANT_TOK_QUOTED);
}

void slant_compare_encode(struct slant_compare_encoder *enc, unsigned worker,
                          const struct slant_article *a,
                          const struct slant_tokens *toks,
                          const struct slant_vocab *vocab,
                          const struct slant_tally *tally,
                          struct slant_buf *out)
{
	if (worker >= enc->nworkers)
		slant_die_bug(__FILE__, __LINE__,
		              "encoder worker out of range");
	struct encoder_worker *w = &enc->w[worker];
	unsigned ngrams = enc->ngrams;
	size_t ntypes = slant_vocab_size(vocab);
	if (ntypes >= NEW_TYPE)
		slant_die_bug(__FILE__, __LINE__, "vocabulary too large");
	encoder_reserve(w, ntypes);
	/* Written through a pointer into reserved space: a call per field
	 * was a fifth of the workers' time in compare. */
	size_t glen = strlen(a->group), nd = tally->ndims, elen;
	const char *ev = slant_compare_article_event(a, enc->pair_by, &elen);
	/* worker, group length, group, event length, event, two token
	 * counts, ndims, the hits, the number of words:
	 * 4 + 4 + glen + 4 + elen + 16 + 4 + 8 nd + 4 bytes. */
	slant_buf_reserve(out, 36 + glen + elen + nd * 8);
	char *p = out->data + out->len;
	p = write_u32(p, worker);
	p = write_u32(p, (uint32_t)glen);
	memcpy(p, a->group, glen);
	p += glen;
	p = write_u32(p, (uint32_t)elen);
	memcpy(p, ev, elen);
	p += elen;
	p = write_u64(p, tally->tokens[0]);
	p = write_u64(p, tally->tokens[1]);
	p = write_u32(p, (uint32_t)nd);
	for (size_t d = 0; d < nd; d++) {
		/* a dimension the article's language's lexicons do not measure
		 * has no rate, not a rate of 0 */
		bool measured = tally->all_apply || !tally->dim_applies ||
		                tally->dim_applies[d];
		p = write_u32(p,
		              measured ? tally->hits[0][d] : HITS_NOT_MEASURED);
		p = write_u32(p,
		              measured ? tally->hits[1][d] : HITS_NOT_MEASURED);
	}
	size_t n = toks->n;
	/* Words: count by type in a dense array, remembering first
	 * occurrences; no sort. */
	SLANT_GROW(&w->order, &w->order_cap, n ? n : 1);
	size_t nw = 0;
	for (size_t i = 0; i < n; i++) {
		/* Without a branch: a first occurrence is two tokens in
		 * five, and a test mispredicts on them. */
		uint32_t t = toks->v[i].type;
		w->order[nw] = t;
		nw += w->count[t]++ == 0;
	}
	p = write_u32(p, (uint32_t)nw);
	out->len = (size_t)(p - out->data);
	slant_buf_reserve(out, nw * 8);
	p = out->data + out->len;
	for (size_t i = 0; i < nw; i++) {
		uint32_t t = w->order[i];
		if (w->sent[t]) {
			p = write_u32(p, t);
			p = write_u32(p, w->count[t]);
		} else {
			size_t len;
			const char *s = slant_vocab_word(vocab, t, &len);
			out->len = (size_t)(p - out->data);
			slant_buf_reserve(out, 12 + len + (nw - i) * 8);
			p = out->data + out->len;
			p = write_u32(p, t | NEW_TYPE);
			p = write_u32(p, w->count[t]);
			p = write_u32(p, (uint32_t)len);
			memcpy(p, s, len);
			p += len;
			w->sent[t] = 1;
		}
		w->count[t] = 0;
	}
	out->len = (size_t)(p - out->data);
	size_t count_at = out->len;
	put_u32(out, 0);
	uint32_t nterms = 0;
	if (ngrams >= 2 && n >= 2) {
		struct tri *v = slant_xmalloc(n * 2 * sizeof *v);
		size_t m = 0;
		for (unsigned len = 2; len <= ngrams; len++) {
			size_t start = m;
			for (size_t i = 0; i + len <= n; i++) {
				bool ok = true;
				for (unsigned j = 0; j + 1 < len && ok; j++)
					ok = joins(toks, i + j);
				if (!ok)
					continue;
				struct tri t = {{0, 0, 0}, i, 1};
				for (unsigned j = 0; j < len; j++)
					t.t[j] = toks->v[i + j].type;
				v[m++] = t;
			}
			/* group equal phrases (first occurrence first),
			 * then back to text order */
			qsort(v + start, m - start, sizeof *v, cmp_tri);
			size_t o = start;
			for (size_t i = start; i < m;) {
				size_t j = i;
				while (j < m &&
				       cmp_tri_types(&v[j], &v[i]) == 0)
					j++;
				v[o] = v[i];
				v[o++].count = (uint32_t)(j - i);
				i = j;
			}
			qsort(v + start, o - start, sizeof *v, cmp_tri_first);
			for (size_t i = start; i < o; i++) {
				put_term(out, vocab, v[i].t, len, v[i].count);
				nterms++;
			}
			m = o;
		}
		free(v);
	}
	memcpy(out->data + count_at, &nterms, sizeof nterms);
}

struct reader {
	const char *p, *end;
	bool bad;
};

/* Copy n bytes into dst, or mark the reader bad at the end of the data. */
static void get_raw(struct reader *r, void *dst, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = true;
		memset(dst, 0, n);
		return;
	}
	memcpy(dst, r->p, n);
	r->p += n;
}

static uint32_t get_u32(struct reader *r)
{
	uint32_t v;
	get_raw(r, &v, sizeof v);
	return v;
}

static uint64_t get_u64(struct reader *r)
{
	uint64_t v;
	get_raw(r, &v, sizeof v);
	return v;
}

static const char *get_bytes(struct reader *r, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = true;
		return NULL;
	}
	const char *s = r->p;
	r->p += n;
	return s;
}

static struct type_map *builder_map(struct slant_compare_builder *b,
                                    uint32_t worker)
{
	if (worker >= b->nmaps) {
		b->maps = slant_xreallocarray(b->maps, (size_t)worker + 1,
		                              sizeof *b->maps);
		memset(b->maps + b->nmaps, 0,
		       ((size_t)worker + 1 - b->nmaps) * sizeof *b->maps);
		b->nmaps = (size_t)worker + 1;
	}
	return &b->maps[worker];
}

static void map_set(struct type_map *m, uint32_t type, uint32_t term)
{
	if (type >= m->cap) {
		size_t old = m->cap, c = m->cap ? m->cap : 1024;
		while (c <= type)
			c *= 2;
		m->term = slant_xreallocarray(m->term, c, sizeof *m->term);
		for (size_t i = old; i < c; i++)
			m->term[i] = UINT32_MAX;
		m->cap = c;
	}
	m->term[type] = term;
}

int slant_compare_builder_add_records(struct slant_compare_builder *b,
                                      const char *data, size_t len,
                                      struct slant_error *err)
{
	struct reader r = {data, data + len, false};
	size_t nd = b->lx->ndims;
	uint32_t *hits[2] = {slant_xcalloc(nd ? nd : 1, sizeof(uint32_t)),
	                     slant_xcalloc(nd ? nd : 1, sizeof(uint32_t))};
	struct slant_buf group;
	slant_buf_init(&group);
	while (r.p < r.end && !r.bad) {
		uint32_t worker = get_u32(&r);
		if (r.bad || worker > 1024) { /* threads are capped far below */
			r.bad = true;
			break;
		}
		struct type_map *map = builder_map(b, worker);
		uint32_t glen = get_u32(&r);
		const char *g = get_bytes(&r, glen);
		uint32_t elen = get_u32(&r);
		const char *ev = get_bytes(&r, elen);
		uint64_t tokens[2];
		tokens[0] = get_u64(&r);
		tokens[1] = get_u64(&r);
		uint32_t rnd = get_u32(&r);
		if (r.bad || rnd != nd) {
			r.bad = true;
			break;
		}
		for (size_t d = 0; d < nd; d++) {
			hits[0][d] = get_u32(&r);
			hits[1][d] = get_u32(&r);
		}
		uint32_t nw = get_u32(&r);
		if (r.bad)
			break;
		scratch_reserve(b, nw);
		for (uint32_t i = 0; i < nw && !r.bad; i++) {
			uint32_t t = get_u32(&r);
			uint32_t c = get_u32(&r);
			uint32_t type = t & ~NEW_TYPE;
			if (t & NEW_TYPE) {
				uint32_t l = get_u32(&r);
				const char *s = get_bytes(&r, l);
				if (r.bad)
					break;
				map_set(map, type, intern_term(b, s, l));
			}
			if (type >= map->cap || map->term[type] == UINT32_MAX)
				r.bad = true;
			else
				b->ids[i] = map->term[type];
			b->cnt[i] = c;
		}
		uint32_t np = get_u32(&r);
		if (r.bad)
			break;
		scratch_reserve(b, (size_t)nw + np);
		for (uint32_t i = nw; i < nw + np && !r.bad; i++) {
			uint32_t c = get_u32(&r);
			uint32_t l = get_u32(&r);
			const char *s = get_bytes(&r, l);
			if (r.bad)
				break;
			b->ids[i] = intern_term(b, s, l);
			b->cnt[i] = c;
		}
		if (r.bad)
			break;
		slant_buf_reset(&group);
		slant_buf_append(&group, g, glen);
		add_article(b, group.data ? group.data : "", ev, elen, tokens,
		            hits, (size_t)nw + np, np > 0);
	}
	free(hits[0]);
	free(hits[1]);
	slant_buf_release(&group);
	if (r.bad)
		return slant_error_set(err, SLANT_EINTERNAL, NULL,
		                       "malformed compare record");
	return 0;
}
