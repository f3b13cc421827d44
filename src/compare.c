/* compare.c: the comparison model (see compare.h for the contract).
 *
 * Building keeps per group dense term counts and document frequencies,
 * per article the dimension hits, and per group a bounded list of
 * bootstrap blocks (sorted sparse term vectors of consecutive articles).
 * Finishing computes every statistic through stats.h, in a fixed order
 * that depends only on the input order, so any thread count gives the
 * same bytes out. */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"

const char *slant_compare_voice_name(int voice)
{
	static const char *const names[] = {"own", "quoted", "all"};
	return voice >= 0 && voice < SLANT_NVOICES ? names[voice] : "?";
}

void slant_compare_options_init(struct slant_compare_options *o)
{
	memset(o, 0, sizeof *o);
	o->mode = SLANT_COMPARE_TARGET;
	o->ngrams = 1;
	o->min_count = 3;
	o->min_docs = 1;
	o->prior = SLANT_PRIOR_UNIFORM;
	o->prior_alpha = 0.01;
	o->prior_scale = 1000;
	o->bootstrap = 200;
	o->conf = 0.95;
	o->seed = 1;
	o->boot_terms = 100;
	o->max_blocks = 100;
	o->parts = SLANT_PARTS_ALL;
	o->threads = 1;
}

/* ---- building ------------------------------------------------------------ */

/* A run of consecutive articles of one group, for the bootstrap. */
struct block {
	size_t articles;
	double tokens; /* all voices */
	uint32_t *ids; /* sorted term ids */
	double *counts;
	size_t n, cap;
	double *rate_sum; /* ndims * 3: sum of article rates */
	double *rate_n;   /* ndims * 3: articles with a rate */
	bool open;        /* still taking articles: its counts are the
	                     group's open_count until it closes */
};

struct bgroup {
	char *name;
	size_t articles;
	double tokens[2];
	double *count, *docs; /* by term id, cap entries */
	size_t cap;
	uint32_t *hits; /* [(article * ndims + dim) * 2 + voice]; transposed
	                   to [(dim * articles + article) * 2 + voice]
	                   when finishing */
	uint32_t *tok;  /* articles * 2 */
	size_t art_cap, hits_cap;
	struct block *blocks;
	size_t nblocks, blocks_cap, block_len;
	/* The open (last) block's counts by term id, a bit per term in it,
	 * and how many terms it has: it is combined as it fills, and read in
	 * id order from the bits when it closes. */
	double *open_count;
	uint64_t *in_open;
	size_t nopen;
};

struct type_map {
	uint32_t *term;
	size_t cap;
};

struct slant_compare_builder {
	const struct slant_lexicon *lx;
	struct slant_compare_options opt;
	char **strs; /* owned copies of option strings */
	size_t nstrs;
	char **bg_terms;
	double *bg_counts;
	struct slant_vocab *vocab;
	struct slant_vocab *stop;
	unsigned char *is_stop; /* by term id */
	size_t stop_cap;
	/* by term id: the last article that had the term, and where; lets
	 * add_article combine the rare repeated term without sorting */
	size_t *seen, *seen_pos;
	size_t seen_cap;
	struct bgroup *groups;
	size_t ngroups, groups_cap;
	size_t articles;
	/* scratch for one article */
	uint32_t *ids;
	double *cnt;
	size_t scratch_cap;
	/* per encoding worker: its type ids -> term ids (UINT32_MAX until
	 * the worker sends the type's string, once) */
	struct type_map *maps;
	size_t nmaps;
};

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
	b->opt.language = keep_str(b, opt->language);
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
		free(gr->open_count);
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

static void group_reserve_terms(struct bgroup *gr, size_t need)
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
	gr->in_open =
	    slant_xreallocarray(gr->in_open, c / 64, sizeof *gr->in_open);
	memset(gr->in_open + gr->cap / 64, 0,
	       (c - gr->cap) / 64 * sizeof *gr->in_open);
	gr->cap = c;
}

/* Merge the sorted vector (ids, cnt, n) into block k. */
static void block_merge_vec(struct block *k, const uint32_t *ids,
                            const double *cnt, size_t n)
{
	size_t total = k->n + n;
	uint32_t *ni = slant_xreallocarray(NULL, total ? total : 1, sizeof *ni);
	double *nc = slant_xreallocarray(NULL, total ? total : 1, sizeof *nc);
	size_t i = 0, j = 0, o = 0;
	while (i < k->n || j < n) {
		if (j >= n || (i < k->n && k->ids[i] < ids[j])) {
			ni[o] = k->ids[i];
			nc[o++] = k->counts[i++];
		} else if (i >= k->n || ids[j] < k->ids[i]) {
			ni[o] = ids[j];
			nc[o++] = cnt[j++];
		} else {
			ni[o] = ids[j];
			nc[o++] = k->counts[i++] + cnt[j++];
		}
	}
	free(k->ids);
	free(k->counts);
	k->ids = ni;
	k->counts = nc;
	k->n = k->cap = o;
}

/* Close group gr's open block k: its distinct terms, in id order from the
 * bitmap (no sort), with their counts (combined in the order the articles
 * came, as a sort of every occurrence would). */
static void block_close(struct bgroup *gr, struct block *k)
{
	if (!k->open)
		return;
	size_t n = gr->nopen;
	k->ids = slant_xreallocarray(k->ids, n ? n : 1, sizeof *k->ids);
	k->counts =
	    slant_xreallocarray(k->counts, n ? n : 1, sizeof *k->counts);
	size_t o = 0;
	for (size_t w = 0; o < n; w++) {
		for (uint64_t bits = gr->in_open[w]; bits; bits &= bits - 1) {
			uint32_t id =
			    (uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
			k->ids[o] = id;
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
	block_merge_vec(dst, src->ids, src->counts, src->n);
	dst->articles += src->articles;
	dst->tokens += src->tokens;
	block_release(src);
}

/* A division, not hits times a stored 1000 / tokens: equal rates of
 * different articles (3 in 700 tokens, 6 in 1400) must come out equal,
 * or the rank tests lose their ties (measured: Mann-Whitney p-values
 * moved by 0.35%). */
static double rate_of(uint32_t hits, double tokens)
{
	return tokens > 0 ? 1000.0 * hits / tokens : NAN;
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
			block_close(gr, &gr->blocks[gr->nblocks - 1]);
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
		if (gr->in_open[id / 64] & bit) {
			gr->open_count[id] += cnt[i];
		} else {
			gr->in_open[id / 64] |= bit;
			gr->open_count[id] = cnt[i];
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
	group_reserve_terms(gr, slant_vocab_size(b->vocab));
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
                               const char *group, const uint64_t tokens[2],
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
	add_article(b, group, tokens, hits ? hits : none, nterms, true);
}

/* ---- records: worker -> builder ------------------------------------------
 *
 * u32 worker, u32 group length, group bytes, u64 tokens own, u64 tokens
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
	struct encoder_worker *w;
};

struct slant_compare_encoder *slant_compare_encoder_new(unsigned ngrams,
                                                        unsigned nworkers)
{
	struct slant_compare_encoder *e = slant_xcalloc(1, sizeof *e);
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
	size_t glen = strlen(a->group), nd = tally->ndims;
	/* worker, group length, group, two token counts, ndims, the hits,
	 * the number of words: 4 + 4 + glen + 16 + 4 + 8 nd + 4 bytes. */
	slant_buf_reserve(out, 32 + glen + nd * 8);
	char *p = out->data + out->len;
	p = write_u32(p, worker);
	p = write_u32(p, (uint32_t)glen);
	memcpy(p, a->group, glen);
	p += glen;
	p = write_u64(p, tally->tokens[0]);
	p = write_u64(p, tally->tokens[1]);
	p = write_u32(p, (uint32_t)nd);
	for (size_t d = 0; d < nd; d++) {
		p = write_u32(p, tally->hits[0][d]);
		p = write_u32(p, tally->hits[1][d]);
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
		add_article(b, group.data ? group.data : "", tokens, hits,
		            (size_t)nw + np, np > 0);
	}
	free(hits[0]);
	free(hits[1]);
	slant_buf_release(&group);
	if (r.bad)
		return slant_error_set(err, SLANT_EINTERNAL, NULL,
		                       "malformed compare record");
	return 0;
}

/* ---- finishing: the statistics ------------------------------------------ */

const char *slant_compare_term_string(const struct slant_compare *m,
                                      uint32_t id)
{
	return slant_vocab_word(m->vocab, id, NULL);
}

static void add_note(struct slant_compare *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void add_note(struct slant_compare *m, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	m->notes =
	    slant_xreallocarray(m->notes, m->nnotes + 1, sizeof *m->notes);
	m->notes[m->nnotes++] = slant_xstrdup(buf);
}

static int cmp_bgroup(const void *pa, const void *pb)
{
	const struct bgroup *a = pa, *b = pb;
	return strcmp(a->name, b->name);
}

/* The groups on one side of a comparison. */
struct side {
	size_t g[2]; /* one group, or all but g[1] when rest */
	bool rest;
};

static bool in_side(const struct side *s, size_t g)
{
	return s->rest ? g != s->g[1] : g == s->g[0];
}

struct fin {
	struct slant_compare_builder *b;
	struct slant_compare *m;
	size_t V;
};

/* Turn the group's article hits from one row per article (as they come)
 * to one row per dimension, before the statistics read them a dimension
 * at a time: hits[(d * articles + i) * 2 + voice]. Reading a column of
 * the article-major table touched a cache line per article. */
static void transpose_hits(struct bgroup *gr, size_t nd)
{
	size_t n = gr->articles;
	if (!nd || !n)
		return;
	uint32_t *t = slant_xmalloc(n * nd * 2 * sizeof *t);
	for (size_t i = 0; i < n; i++)
		for (size_t d = 0; d < nd; d++) {
			t[(d * n + i) * 2] = gr->hits[(i * nd + d) * 2];
			t[(d * n + i) * 2 + 1] = gr->hits[(i * nd + d) * 2 + 1];
		}
	free(gr->hits);
	gr->hits = t;
	gr->hits_cap = n * nd * 2;
}

/* The article rates of dimension d, voice v, of the groups in side s. */
static size_t side_rates(const struct fin *f, const struct side *s, size_t d,
                         int v, double *out)
{
	size_t n = 0;
	for (size_t g = 0; g < f->b->ngroups; g++) {
		if (!in_side(s, g))
			continue;
		const struct bgroup *gr = &f->b->groups[g];
		for (size_t i = 0; i < gr->articles; i++) {
			const uint32_t *h =
			    gr->hits + (d * gr->articles + i) * 2;
			const uint32_t *t = gr->tok + i * 2;
			double r =
			    v == SLANT_VOICE_ALL
			        ? rate_of(h[0] + h[1], (double)t[0] + t[1])
			        : rate_of(h[v], (double)t[v]);
			if (!isnan(r))
				out[n++] = r;
		}
	}
	return n;
}

static double mean_of(const double *x, size_t n)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += x[i];
	return n ? s / (double)n : NAN;
}

/* ---- bootstrap items: blocks of the groups of a comparison ---- */

struct boot_item {
	const struct block *k;
	int side;
};

struct term_boot {
	const struct boot_item *items;
	size_t nterms;
	const double *cnt; /* nitems * nterms */
	double conf;
};

static void term_boot_fn(const size_t *idx, size_t n, void *ctx, double *out)
{
	const struct term_boot *t = ctx;
	double tok[2] = {0, 0};
	for (size_t j = 0; j < t->nterms; j++)
		out[j] = 0;
	/* out[] accumulates the target counts, tb the reference counts */
	double *tb = slant_xcalloc(t->nterms ? t->nterms : 1, sizeof *tb);
	for (size_t i = 0; i < n; i++) {
		const struct boot_item *it = &t->items[idx[i]];
		tok[it->side] += it->k->tokens;
		const double *c = t->cnt + idx[i] * t->nterms;
		double *acc = it->side ? tb : out;
		for (size_t j = 0; j < t->nterms; j++)
			acc[j] += c[j];
	}
	for (size_t j = 0; j < t->nterms; j++) {
		struct slant_stats_interval lr;
		slant_stats_log_ratio(out[j], tb[j], tok[0], tok[1], t->conf,
		                      &lr);
		out[j] = lr.est;
	}
	free(tb);
}

/* The JSD bootstrap. Only terms counted on both sides of the comparison
 * need a log in a replicate (slant_stats_jsd_shared_term); the others
 * only add to the sides' totals. So the shared terms' block counts are
 * kept term by term (CSR), and JSD_BATCH replicates go through them in one
 * pass: per entry, JSD_BATCH multiply-adds of the replicates' weights of
 * its block, which sit together in a small table. A term's sums add its
 * blocks in block order, as one replicate at a time would. */
#define JSD_BATCH 16

/* The inner loop is JSD_BATCH independent multiply-adds: compiled also
 * for AVX2 and AVX-512 where the CPU has them (chosen at load time).
 * Without fused multiply-adds every version rounds as the plain one, so
 * the output does not depend on the CPU. */
#if defined(__x86_64__) && defined(__linux__) && defined(__GNUC__) &&          \
    !defined(__clang__)
#define SLANT_VECTOR_CLONES                                                    \
	__attribute__((target_clones("avx512f", "avx2", "default"),            \
	               optimize("fp-contract=off")))
#else
#define SLANT_VECTOR_CLONES
#endif

struct jsd_data {
	size_t nitems, nterms;
	size_t n0;      /* items on the target side (they come first) */
	double *total;  /* per item: its count over the pair's terms */
	size_t *start;  /* nterms + 1: term s's entries */
	size_t *mid;    /* nterms: its first entry on the reference side */
	uint32_t *item; /* per entry, in item order */
	double *count;  /* per entry */
};

/* The terms counted in two items or more: a term in one block can never
 * be on both sides of a replicate. */
static void jsd_data_init(struct jsd_data *d, const struct boot_item *items,
                          size_t nitems, size_t V)
{
	d->nitems = nitems;
	d->n0 = 0;
	while (d->n0 < nitems && items[d->n0].side == 0)
		d->n0++;
	/* by term id: its entries, then its index among the kept terms */
	uint32_t *slot = slant_xcalloc(V ? V : 1, sizeof *slot);
	d->total = slant_xcalloc(nitems ? nitems : 1, sizeof *d->total);
	for (size_t i = 0; i < nitems; i++) {
		const struct block *k = items[i].k;
		for (size_t e = 0; e < k->n; e++) {
			d->total[i] += k->counts[e];
			slot[k->ids[e]]++;
		}
	}
	d->nterms = 0;
	size_t ne = 0;
	for (size_t id = 0; id < V; id++)
		if (slot[id] >= 2) {
			ne += slot[id];
			d->nterms++;
		}
	d->start = slant_xcalloc(d->nterms + 1, sizeof *d->start);
	for (size_t id = 0, s = 0; id < V; id++) {
		if (slot[id] >= 2) {
			d->start[s + 1] = d->start[s] + slot[id];
			slot[id] = (uint32_t)s++;
		} else {
			slot[id] = UINT32_MAX;
		}
	}
	d->item = slant_xmalloc((ne ? ne : 1) * sizeof *d->item);
	d->count = slant_xmalloc((ne ? ne : 1) * sizeof *d->count);
	size_t *fill = slant_xmalloc((d->nterms + 1) * sizeof *fill);
	memcpy(fill, d->start, (d->nterms + 1) * sizeof *fill);
	for (size_t i = 0; i < nitems; i++) {
		const struct block *k = items[i].k;
		for (size_t e = 0; e < k->n; e++) {
			uint32_t s = slot[k->ids[e]];
			if (s == UINT32_MAX)
				continue;
			d->item[fill[s]] = (uint32_t)i;
			d->count[fill[s]++] = k->counts[e];
		}
	}
	free(fill);
	free(slot);
	d->mid = slant_xmalloc((d->nterms ? d->nterms : 1) * sizeof *d->mid);
	for (size_t s = 0; s < d->nterms; s++) {
		size_t e = d->start[s];
		while (e < d->start[s + 1] && d->item[e] < d->n0)
			e++;
		d->mid[s] = e;
	}
}

static void jsd_data_release(struct jsd_data *d)
{
	free(d->total);
	free(d->start);
	free(d->mid);
	free(d->item);
	free(d->count);
}

struct jsd_boot {
	const struct jsd_data *d;
	bool permute; /* idx is an order of the items, not a resample */
	/* nitems * JSD_BATCH each: each replicate's weight of an item on
	 * the target side (wa) and on the reference side (wb) */
	double *wa, *wb;
};

/* acc[r] = sum over entries e0..e1 of w[item][r] * count, in entry
 * order; returns the plain sum of the counts. */
static inline __attribute__((always_inline)) double
weighted_sum(const struct jsd_data *d, const double *w, size_t e0, size_t e1,
             double *acc)
{
	double total = 0;
	for (size_t r = 0; r < JSD_BATCH; r++)
		acc[r] = 0;
	for (size_t e = e0; e < e1; e++) {
		const double *u = w + (size_t)d->item[e] * JSD_BATCH;
		double cu = d->count[e];
		total += cu;
		for (size_t r = 0; r < JSD_BATCH; r++)
			acc[r] += u[r] * cu;
	}
	return total;
}

/* A bootstrap replicate weighs each item by how often it was drawn, on
 * its own side; a permutation replicate deals the items out again, the
 * first n0 of the order to the target side. Either way each side's term
 * counts are weighted sums of the items' counts. */
SLANT_VECTOR_CLONES static void jsd_boot_fn(const size_t *idx, size_t m,
                                            size_t n, void *ctx, double *out)
{
	struct jsd_boot *j = ctx;
	const struct jsd_data *d = j->d;
	double *wa = j->wa, *wb = j->wb;
	memset(wa, 0, d->nitems * JSD_BATCH * sizeof *wa);
	memset(wb, 0, d->nitems * JSD_BATCH * sizeof *wb);
	for (size_t r = 0; r < m; r++)
		for (size_t i = 0; i < n; i++) {
			size_t it = idx[r * n + i];
			bool target = j->permute ? i < d->n0 : it < d->n0;
			(target ? wa : wb)[it * JSD_BATCH + r] += 1;
		}
	double sp[JSD_BATCH] = {0}, sq[JSD_BATCH] = {0};
	double lsp[JSD_BATCH], lsq[JSD_BATCH], shared[JSD_BATCH];
	for (size_t i = 0; i < d->nitems; i++)
		for (size_t r = 0; r < JSD_BATCH; r++) {
			sp[r] += wa[i * JSD_BATCH + r] * d->total[i];
			sq[r] += wb[i * JSD_BATCH + r] * d->total[i];
		}
	for (size_t r = 0; r < m; r++) {
		lsp[r] = log(sp[r]);
		lsq[r] = log(sq[r]);
		shared[r] = 0;
	}
	for (size_t s = 0; s < d->nterms; s++) {
		double a[JSD_BATCH] = {0}, b[JSD_BATCH] = {0};
		size_t e0 = d->start[s], mid = d->mid[s], e1 = d->start[s + 1];
		if (!j->permute) {
			/* items stay on their side: a term counted on one
			 * side only is never shared */
			if (mid == e0 || mid == e1)
				continue;
			weighted_sum(d, wa, e0, mid, a);
			weighted_sum(d, wb, mid, e1, b);
		} else {
			/* every item is dealt to one side: b = total - a
			 * (exact for whole counts, as the CLI's) */
			double total = weighted_sum(d, wa, e0, e1, a);
			for (size_t r = 0; r < JSD_BATCH; r++)
				b[r] = total - a[r];
		}
		for (size_t r = 0; r < m; r++)
			if (a[r] > 0 && b[r] > 0)
				shared[r] += slant_stats_jsd_shared_term(
				    a[r], b[r], sp[r], sq[r], lsp[r], lsq[r]);
	}
	for (size_t r = 0; r < m; r++)
		out[r] = sp[r] > 0 && sq[r] > 0
		             ? slant_stats_jsd_from_shared(shared[r])
		             : NAN;
}

struct dim_boot {
	const struct block *blocks;
	size_t ndv;
	double *sum, *cnt;
};

static void dim_boot_fn(const size_t *idx, size_t n, void *ctx, double *out)
{
	struct dim_boot *d = ctx;
	memset(d->sum, 0, d->ndv * sizeof *d->sum);
	memset(d->cnt, 0, d->ndv * sizeof *d->cnt);
	for (size_t i = 0; i < n; i++) {
		const struct block *k = &d->blocks[idx[i]];
		for (size_t j = 0; j < d->ndv; j++) {
			d->sum[j] += k->rate_sum[j];
			d->cnt[j] += k->rate_n[j];
		}
	}
	for (size_t j = 0; j < d->ndv; j++)
		out[j] = d->cnt[j] > 0 ? d->sum[j] / d->cnt[j] : NAN;
}

static double block_count(const struct block *k, uint32_t id)
{
	size_t lo = 0, hi = k->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < k->n && k->ids[lo] == id ? k->counts[lo] : 0;
}

/* Sorting terms: by a key descending, ties by the term's string. The
 * keys and strings are gathered first, so the comparison touches neither
 * the vocabulary nor the (large) term rows. */
struct term_key {
	double key;
	const char *s;
	size_t i;
};

static int cmp_term_key(const void *pa, const void *pb)
{
	const struct term_key *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return strcmp(a->s, b->s);
}

/* The order of terms[0..n) by key(term) descending, then string. */
static size_t *term_order(const struct slant_compare *m,
                          const struct slant_compare_term *terms, size_t n,
                          double (*key)(const struct slant_compare_term *))
{
	struct term_key *k = slant_xmalloc((n ? n : 1) * sizeof *k);
	for (size_t i = 0; i < n; i++)
		k[i] = (struct term_key){
		    key(&terms[i]), slant_compare_term_string(m, terms[i].term),
		    i};
	qsort(k, n, sizeof *k, cmp_term_key);
	size_t *order = slant_xmalloc((n ? n : 1) * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = k[i].i;
	free(k);
	return order;
}

static double clamp01(double x)
{
	return x < 0 ? 0 : x > 1 ? 1 : x; /* NaN stays NaN */
}

/* Rows: signed G2, so over-use in the target comes first and under-use
 * last. */
static double signed_g2(const struct slant_compare_term *t)
{
	double g = isnan(t->g2) ? 0 : t->g2;
	return t->log_ratio.est < 0 ? -g : g;
}

/* The bootstrap's terms: the largest G2 either way. */
static double plain_g2(const struct slant_compare_term *t)
{
	return isnan(t->g2) ? -1 : t->g2;
}

static void pair_terms(struct fin *f, struct slant_compare_pair *pr,
                       const struct side sides[2])
{
	struct slant_compare_builder *b = f->b;
	const struct slant_compare_options *o = &b->opt;
	size_t V = f->V;
	double *cnt[2], *docs[2];
	for (int s = 0; s < 2; s++) {
		cnt[s] = slant_xcalloc(V ? V : 1, sizeof(double));
		docs[s] = slant_xcalloc(V ? V : 1, sizeof(double));
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t i = 0; i < V; i++) {
				cnt[s][i] += gr->count[i];
				docs[s][i] += gr->docs[i];
			}
		}
	}
	/* the pair's vocabulary: terms seen on either side */
	uint32_t *vid = slant_xcalloc(V ? V : 1, sizeof *vid);
	uint32_t *loc = slant_xcalloc(V ? V : 1, sizeof *loc);
	size_t nv = 0;
	for (size_t i = 0; i < V; i++)
		if (cnt[0][i] + cnt[1][i] > 0) {
			loc[i] = (uint32_t)nv;
			vid[nv++] = (uint32_t)i;
		}
	pr->vocab = nv;
	size_t nva = nv ? nv : 1;
	double *ya = slant_xcalloc(nva, sizeof *ya);
	double *yb = slant_xcalloc(nva, sizeof *yb);
	double *alpha = slant_xcalloc(nva, sizeof *alpha);
	double *contrib = slant_xcalloc(nva, sizeof *contrib);
	struct slant_stats_log_odds *lo = slant_xcalloc(nva, sizeof *lo);
	for (size_t i = 0; i < nv; i++) {
		ya[i] = cnt[0][vid[i]];
		yb[i] = cnt[1][vid[i]];
	}
	double a0 = NAN;
	if (o->prior == SLANT_PRIOR_POOLED) {
		a0 =
		    slant_stats_prior_pooled(ya, yb, nv, o->prior_scale, alpha);
	} else if (o->prior == SLANT_PRIOR_BACKGROUND) {
		double *bg = slant_xcalloc(nva, sizeof *bg), total = 0;
		for (size_t i = 0; i < o->nbg; i++) {
			total += o->bg_counts[i];
			uint32_t id = slant_vocab_find(b->vocab, o->bg_terms[i],
			                               strlen(o->bg_terms[i]));
			if (id != UINT32_MAX && id < V &&
			    cnt[0][id] + cnt[1][id] > 0)
				bg[loc[id]] += o->bg_counts[i];
		}
		a0 = 0;
		for (size_t i = 0; i < nv; i++) {
			alpha[i] =
			    o->prior_scale * (bg[i] + 1) / (total + (double)nv);
			a0 += alpha[i];
		}
		free(bg);
	} else {
		a0 = slant_stats_prior_uniform(o->prior_alpha, nv, alpha);
	}
	pr->prior_total = a0;
	slant_stats_log_odds_all(ya, yb, alpha, a0, nv, lo);
	pr->jsd.est = nv ? slant_stats_jsd(ya, yb, nv, contrib) : NAN;
	pr->jsd.lo = pr->jsd.hi = pr->jsd_corrected = NAN;
	pr->jsd_null = pr->jsd_p = NAN;

	/* tested terms */
	pr->terms = slant_xcalloc(nva, sizeof *pr->terms);
	double tt[2] = {pr->tokens[0], pr->tokens[1]};
	for (size_t i = 0; i < nv; i++) {
		uint32_t id = vid[i];
		if (cnt[0][id] + cnt[1][id] < o->min_count ||
		    docs[0][id] + docs[1][id] < (double)o->min_docs)
			continue;
		struct slant_compare_term *t = &pr->terms[pr->nterms++];
		t->term = id;
		for (int s = 0; s < 2; s++) {
			t->count[s] = cnt[s][id];
			t->docs[s] = docs[s][id];
			t->rate[s] = tt[s] > 0 ? 1e4 * cnt[s][id] / tt[s] : NAN;
		}
		double a = t->count[0], bb = t->count[1];
		t->g2 = slant_stats_g2(a, bb, tt[0], tt[1], &t->g2_p);
		t->g2_2term =
		    slant_stats_g2_2term(a, bb, tt[0], tt[1], &t->g2_2term_p);
		t->chi2 = slant_stats_chi2(a, bb, tt[0], tt[1], &t->chi2_p);
		slant_stats_log_ratio(a, bb, tt[0], tt[1], o->conf,
		                      &t->log_ratio);
		t->log_ratio_boot.est = t->log_ratio.est;
		t->log_ratio_boot.lo = t->log_ratio_boot.hi = NAN;
		t->log_odds = lo[i];
		t->log_odds_p = slant_stats_normal_p(lo[i].z);
		t->jsd_contrib = contrib[i];
	}
	size_t nt = pr->nterms, nta = nt ? nt : 1;
	double *p = slant_xcalloc(nta, sizeof *p);
	for (size_t i = 0; i < nt; i++)
		p[i] = pr->terms[i].g2_p;
	pr->family_g2 = slant_stats_bh(p, nt, p);
	for (size_t i = 0; i < nt; i++) {
		pr->terms[i].g2_q = p[i];
		p[i] = pr->terms[i].log_odds_p;
	}
	pr->family_log_odds = slant_stats_bh(p, nt, p);
	for (size_t i = 0; i < nt; i++)
		pr->terms[i].log_odds_q = p[i];
	free(p);
	size_t *order = term_order(f->m, pr->terms, nt, signed_g2);
	struct slant_compare_term *sorted = slant_xmalloc(nta * sizeof *sorted);
	for (size_t i = 0; i < nt; i++)
		sorted[i] = pr->terms[order[i]];
	free(order);
	free(pr->terms);
	pr->terms = sorted;

	/* article (block) bootstrap */
	size_t nitems = 0;
	for (size_t g = 0; g < b->ngroups; g++)
		for (int s = 0; s < 2; s++)
			if (in_side(&sides[s], g))
				nitems += b->groups[g].nblocks;
	if (pr->article_tests && o->bootstrap && nitems) {
		struct boot_item *items = slant_xcalloc(nitems, sizeof *items);
		size_t ni = 0;
		for (int s = 0; s < 2; s++)
			for (size_t g = 0; g < b->ngroups; g++) {
				if (!in_side(&sides[s], g))
					continue;
				for (size_t k = 0; k < b->groups[g].nblocks;
				     k++)
					items[ni++] = (struct boot_item){
					    &b->groups[g].blocks[k], s};
				pr->boot_blocks[s] += b->groups[g].nblocks;
			}
		/* Log Ratio of the terms with the largest G2 */
		size_t kb = o->boot_terms < nt ? o->boot_terms : nt;
		if (kb && (o->parts & SLANT_PART_TERM_BOOT)) {
			size_t *top = term_order(f->m, pr->terms, nt, plain_g2);
			struct slant_compare_term **by =
			    slant_xcalloc(nt, sizeof *by);
			for (size_t i = 0; i < nt; i++)
				by[i] = &pr->terms[top[i]];
			free(top);
			double *c = slant_xcalloc(nitems * kb, sizeof *c);
			for (size_t i = 0; i < nitems; i++)
				for (size_t j = 0; j < kb; j++)
					c[i * kb + j] = block_count(
					    items[i].k, by[j]->term);
			/* The replicates on every thread: term_boot_fn only
			 * reads its context, so all share one; the result is
			 * the one-thread result. */
			struct term_boot tb = {items, kb, c, o->conf};
			size_t nth = o->threads ? o->threads : 1;
			void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
			for (size_t t = 0; t < nth; t++)
				ctxs[t] = &tb;
			struct slant_stats_interval *iv =
			    slant_xcalloc(kb, sizeof *iv);
			slant_stats_bootstrap_multi_threads(
			    nitems, o->bootstrap, o->conf, o->seed, kb,
			    term_boot_fn, ctxs, nth, iv, NULL);
			free(ctxs);
			for (size_t j = 0; j < kb; j++) {
				by[j]->log_ratio_boot.lo = iv[j].lo;
				by[j]->log_ratio_boot.hi = iv[j].hi;
			}
			free(iv);
			free(c);
			free(by);
		}
		if (nv && (o->parts & SLANT_PART_DIVERGENCE)) {
			/* The costliest bootstrap (every shared term, every
			 * replicate): one scratch context per thread. */
			size_t nth = o->threads ? o->threads : 1;
			struct jsd_data jd;
			jsd_data_init(&jd, items, nitems, V);
			slant_stats_jsd_init();
			struct jsd_boot *jb = slant_xcalloc(nth, sizeof *jb);
			void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
			for (size_t t = 0; t < nth; t++) {
				jb[t].d = &jd;
				jb[t].wa = slant_xcalloc(nitems * JSD_BATCH,
				                         sizeof(double));
				jb[t].wb = slant_xcalloc(nitems * JSD_BATCH,
				                         sizeof(double));
				ctxs[t] = &jb[t];
			}
			struct slant_stats_interval iv;
			double mean;
			slant_stats_bootstrap_batch_threads(
			    nitems, o->bootstrap, o->conf, o->seed, 1,
			    JSD_BATCH, jsd_boot_fn, ctxs, nth, &iv,
			    &pr->jsd_replicates, &mean);
			double est = pr->jsd.est;
			pr->jsd_corrected = clamp01(2 * est - mean);
			pr->jsd.lo = clamp01(2 * est - iv.hi);
			pr->jsd.hi = clamp01(2 * est - iv.lo);
			/* the null: the same blocks dealt to the sides at
			 * random, as many times as there are replicates */
			double *perm =
			    slant_xcalloc(o->bootstrap, sizeof *perm);
			for (size_t t = 0; t < nth; t++)
				jb[t].permute = true;
			slant_stats_permutation_batch_threads(
			    nitems, o->bootstrap, o->seed, JSD_BATCH,
			    jsd_boot_fn, ctxs, nth, perm);
			pr->jsd_p = slant_stats_permutation_p(
			    est, perm, o->bootstrap, &pr->jsd_null);
			free(perm);
			for (size_t t = 0; t < nth; t++) {
				free(jb[t].wa);
				free(jb[t].wb);
			}
			free(jb);
			free(ctxs);
			jsd_data_release(&jd);
		}
		free(items);
	}
	free(ya);
	free(yb);
	free(alpha);
	free(contrib);
	free(lo);
	free(vid);
	free(loc);
	for (int s = 0; s < 2; s++) {
		free(cnt[s]);
		free(docs[s]);
	}
}

/* The tests of dimension d in voice v of one comparison; x and y are
 * scratch for the two sides' article rates. */
static void dim_test(const struct fin *f, struct slant_compare_pair *pr,
                     const struct side sides[2], size_t d, int v, double *x,
                     double *y)
{
	const struct slant_compare_builder *b = f->b;
	struct slant_compare_dim_test *t = &pr->dims[d * SLANT_NVOICES + v];
	t->dim = d;
	t->voice = v;
	for (int s = 0; s < 2; s++) {
		double h = 0, tok = 0;
		for (size_t g = 0; g < b->ngroups; g++) {
			if (!in_side(&sides[s], g))
				continue;
			const struct bgroup *gr = &b->groups[g];
			for (size_t i = 0; i < gr->articles; i++) {
				const uint32_t *hh =
				    gr->hits + (d * gr->articles + i) * 2;
				h += v == SLANT_VOICE_ALL ? hh[0] + hh[1]
				                          : hh[v];
			}
			tok += v == SLANT_VOICE_ALL
			           ? gr->tokens[0] + gr->tokens[1]
			           : gr->tokens[v];
		}
		t->hits[s] = h;
		t->tokens[s] = tok;
	}
	t->n[0] = side_rates(f, &sides[0], d, v, x);
	t->n[1] = side_rates(f, &sides[1], d, v, y);
	t->mean[0] = mean_of(x, t->n[0]);
	t->mean[1] = mean_of(y, t->n[1]);
	t->g2 = slant_stats_g2(t->hits[0], t->hits[1], t->tokens[0],
	                       t->tokens[1], &t->g2_p);
	slant_stats_log_ratio(t->hits[0], t->hits[1], t->tokens[0],
	                      t->tokens[1], b->opt.conf, &t->log_ratio);
	if (t->n[0] >= 2 && t->n[1] >= 2) {
		slant_stats_welch_t(x, t->n[0], y, t->n[1], &t->welch);
		slant_stats_mann_whitney(x, t->n[0], y, t->n[1], &t->mw);
		/* From U and d: the same values as the data-based
		 * functions, one ranking and one pass of moments fewer. */
		t->cliffs_delta = slant_stats_cliffs_delta_from_u(
		    t->mw.stat, t->n[0], t->n[1]);
		t->cohens_d = slant_stats_cohens_d(x, t->n[0], y, t->n[1]);
		t->hedges_g =
		    slant_stats_hedges_g_from_d(t->cohens_d, t->n[0], t->n[1]);
	} else {
		t->welch.stat = t->welch.df = t->welch.p = NAN;
		t->mw = t->welch;
		t->cliffs_delta = t->cohens_d = t->hedges_g = NAN;
	}
}

struct dim_job {
	const struct fin *f;
	struct slant_compare_pair *pr;
	const struct side *sides;
	size_t first, step, n; /* dimension-voice indices first, first+step.. */
	size_t scratch;
};

static void *dim_worker(void *arg)
{
	struct dim_job *j = arg;
	double *x = slant_xcalloc(j->scratch, sizeof *x);
	double *y = slant_xcalloc(j->scratch, sizeof *y);
	for (size_t i = j->first; i < j->n; i += j->step)
		dim_test(j->f, j->pr, j->sides, i / SLANT_NVOICES,
		         (int)(i % SLANT_NVOICES), x, y);
	free(x);
	free(y);
	return NULL;
}

/* Every dimension in every voice: independent, so spread over the
 * threads; each result lands in its own slot, so the model does not
 * depend on the number of threads. */
static void pair_dims(struct fin *f, struct slant_compare_pair *pr,
                      const struct side sides[2], size_t scratch)
{
	struct slant_compare_builder *b = f->b;
	size_t nd = b->lx->ndims;
	pr->dims = slant_xcalloc(nd * SLANT_NVOICES + 1, sizeof *pr->dims);
	size_t nth = b->opt.threads ? b->opt.threads : 1;
	struct dim_job *jobs = slant_xcalloc(nth, sizeof *jobs);
	pthread_t *tid = slant_xcalloc(nth, sizeof *tid);
	for (size_t t = 0; t < nth; t++) {
		jobs[t] = (struct dim_job){
		    f, pr, sides, t, nth, nd * SLANT_NVOICES, scratch};
		if (t > 0 &&
		    pthread_create(&tid[t], NULL, dim_worker, &jobs[t]) != 0)
			slant_die_bug(__FILE__, __LINE__,
			              "pthread_create failed");
	}
	dim_worker(&jobs[0]);
	for (size_t t = 1; t < nth; t++)
		pthread_join(tid[t], NULL);
	free(jobs);
	free(tid);
	/* BH across dimensions, per voice and test */
	double *p = slant_xcalloc(nd + 1, sizeof *p);
	for (int v = 0; v < SLANT_NVOICES; v++)
		for (int k = 0; k < SLANT_NDTESTS; k++) {
			for (size_t d = 0; d < nd; d++) {
				const struct slant_compare_dim_test *t =
				    &pr->dims[d * SLANT_NVOICES + v];
				p[d] = k == SLANT_DTEST_G2      ? t->g2_p
				       : k == SLANT_DTEST_WELCH ? t->welch.p
				                                : t->mw.p;
			}
			pr->family[v][k] = slant_stats_bh(p, nd, p);
			for (size_t d = 0; d < nd; d++)
				pr->dims[d * SLANT_NVOICES + v].q[k] = p[d];
		}
	free(p);
}

/* Each block's sum of article rates per dimension and voice, and how
 * many articles have a rate, from the (transposed) article hits: the
 * blocks are runs of consecutive articles. */
static void block_rates(struct bgroup *gr, size_t nd)
{
	size_t ndv = nd * SLANT_NVOICES, n = gr->articles, first = 0;
	for (size_t bk = 0; bk < gr->nblocks; bk++) {
		struct block *k = &gr->blocks[bk];
		k->rate_sum = slant_xcalloc(ndv ? ndv : 1, sizeof *k->rate_sum);
		k->rate_n = slant_xcalloc(ndv ? ndv : 1, sizeof *k->rate_n);
		for (size_t d = 0; d < nd; d++)
			for (size_t i = first; i < first + k->articles && i < n;
			     i++) {
				const uint32_t *h = gr->hits + (d * n + i) * 2;
				const uint32_t *t = gr->tok + i * 2;
				double r[3] = {
				    rate_of(h[0], (double)t[0]),
				    rate_of(h[1], (double)t[1]),
				    rate_of(h[0] + h[1], (double)t[0] + t[1])};
				for (int v = 0; v < SLANT_NVOICES; v++)
					if (!isnan(r[v])) {
						k->rate_sum[d * SLANT_NVOICES +
						            v] += r[v];
						k->rate_n[d * SLANT_NVOICES +
						          v] += 1;
					}
			}
		first += k->articles;
	}
}

static void group_dims(struct fin *f, size_t g, double *x)
{
	struct slant_compare_builder *b = f->b;
	struct bgroup *gr = &b->groups[g];
	struct slant_compare_group *mg = &f->m->groups[g];
	size_t nd = b->lx->ndims, ndv = nd * SLANT_NVOICES;
	mg->dims = slant_xcalloc(ndv + 1, sizeof *mg->dims);
	struct side s = {{g, 0}, false};
	for (size_t d = 0; d < nd; d++)
		for (int v = 0; v < SLANT_NVOICES; v++) {
			struct slant_compare_group_dim *gd =
			    &mg->dims[d * SLANT_NVOICES + v];
			gd->n = side_rates(f, &s, d, v, x);
			gd->mean.est = mean_of(x, gd->n);
			gd->mean.lo = gd->mean.hi = NAN;
			double h = 0;
			for (size_t i = 0; i < gr->articles; i++) {
				const uint32_t *hh =
				    gr->hits + (d * gr->articles + i) * 2;
				h += v == SLANT_VOICE_ALL ? hh[0] + hh[1]
				                          : hh[v];
			}
			gd->hits = h;
			gd->rate =
			    mg->tokens[v] > 0 ? 1000 * h / mg->tokens[v] : NAN;
		}
	if (gr->articles < 2 || !b->opt.bootstrap || !gr->nblocks || !ndv)
		return;
	block_rates(gr, nd);
	size_t nth = b->opt.threads ? b->opt.threads : 1;
	struct dim_boot *db = slant_xcalloc(nth, sizeof *db);
	void **ctxs = slant_xcalloc(nth, sizeof *ctxs);
	for (size_t t = 0; t < nth; t++) {
		db[t] = (struct dim_boot){gr->blocks, ndv,
		                          slant_xcalloc(ndv, sizeof(double)),
		                          slant_xcalloc(ndv, sizeof(double))};
		ctxs[t] = &db[t];
	}
	struct slant_stats_interval *iv = slant_xcalloc(ndv, sizeof *iv);
	slant_stats_bootstrap_multi_threads(gr->nblocks, b->opt.bootstrap,
	                                    b->opt.conf, b->opt.seed, ndv,
	                                    dim_boot_fn, ctxs, nth, iv, NULL);
	for (size_t j = 0; j < ndv; j++)
		if (mg->dims[j].n >= 2) {
			mg->dims[j].mean.lo = iv[j].lo;
			mg->dims[j].mean.hi = iv[j].hi;
		}
	free(iv);
	for (size_t t = 0; t < nth; t++) {
		free(db[t].sum);
		free(db[t].cnt);
	}
	free(db);
	free(ctxs);
}

static void kruskal_all(struct fin *f, double *x, size_t *lab)
{
	struct slant_compare_builder *b = f->b;
	struct slant_compare *m = f->m;
	size_t nd = b->lx->ndims;
	if (m->ngroups < 3 || !nd)
		return;
	m->kruskal = slant_xcalloc(nd * SLANT_NVOICES, sizeof *m->kruskal);
	m->nkruskal = nd * SLANT_NVOICES;
	for (size_t d = 0; d < nd; d++)
		for (int v = 0; v < SLANT_NVOICES; v++) {
			size_t n = 0, k = 0;
			for (size_t g = 0; g < b->ngroups; g++) {
				struct side s = {{g, 0}, false};
				size_t got = side_rates(f, &s, d, v, x + n);
				for (size_t i = 0; i < got; i++)
					lab[n + i] = k;
				n += got;
				if (got)
					k++; /* groups without a rate drop out
					      */
			}
			struct slant_compare_kruskal *kw =
			    &m->kruskal[d * SLANT_NVOICES + v];
			kw->dim = d;
			kw->voice = v;
			slant_stats_kruskal(x, lab, n, k, &kw->kw);
		}
	double *p = slant_xcalloc(nd, sizeof *p);
	for (int v = 0; v < SLANT_NVOICES; v++) {
		for (size_t d = 0; d < nd; d++)
			p[d] = m->kruskal[d * SLANT_NVOICES + v].kw.p;
		m->kruskal_family[v] = slant_stats_bh(p, nd, p);
		for (size_t d = 0; d < nd; d++)
			m->kruskal[d * SLANT_NVOICES + v].q = p[d];
	}
	free(p);
}

static void naming_all(struct fin *f)
{
	struct slant_compare *m = f->m;
	const struct slant_lexicon *lx = f->b->lx;
	size_t G = m->ngroups;
	double *tot = slant_xcalloc(G + 1, sizeof *tot);
	for (size_t s = 0; s < lx->ndims; s++) {
		const struct slant_dimension *set = &lx->dims[s];
		if (set->depth != 0 ||
		    lx->schemes[set->scheme].kind != SLANT_SCHEME_NAMING)
			continue;
		double all = 0;
		for (size_t g = 0; g < G; g++) {
			tot[g] = 0;
			for (size_t v = 0; v < lx->ndims; v++)
				if (lx->dims[v].parent == s)
					tot[g] += m->groups[g]
					              .dims[v * SLANT_NVOICES +
					                    SLANT_VOICE_ALL]
					              .hits;
			all += tot[g];
		}
		for (size_t v = 0; v < lx->ndims; v++) {
			if (lx->dims[v].parent != s)
				continue;
			double vall = 0;
			for (size_t g = 0; g < G; g++)
				vall += m->groups[g]
				            .dims[v * SLANT_NVOICES +
				                  SLANT_VOICE_ALL]
				            .hits;
			for (size_t g = 0; g < G; g++) {
				const struct slant_compare_group_dim *gd =
				    m->groups[g].dims + v * SLANT_NVOICES;
				m->naming = slant_xreallocarray(
				    m->naming, m->nnaming + 1,
				    sizeof *m->naming);
				struct slant_compare_naming *n =
				    &m->naming[m->nnaming++];
				n->set = s;
				n->variant = v;
				n->group = g;
				n->count = gd[SLANT_VOICE_ALL].hits;
				n->count_own = gd[SLANT_VOICE_OWN].hits;
				n->set_total = tot[g];
				n->share = tot[g] > 0 ? n->count / tot[g] : NAN;
				double a = n->count, b = tot[g] - a;
				double c = vall - a, d = (all - tot[g]) - c;
				if (G >= 2)
					slant_stats_log_odds_ratio(
					    a, b, c, d, f->b->opt.conf,
					    &n->pref);
				else
					n->pref.est = n->pref.lo = n->pref.hi =
					    NAN;
			}
		}
	}
	free(tot);
}

static size_t group_index(const struct slant_compare_builder *b,
                          const char *name)
{
	for (size_t g = 0; g < b->ngroups; g++)
		if (strcmp(b->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

static void pair_sides(const struct slant_compare_pair *pr,
                       struct side sides[2])
{
	sides[0] = (struct side){{pr->target, 0}, false};
	sides[1] = (struct side){{pr->reference, pr->target},
	                         pr->reference == SLANT_COMPARE_REST};
}

/* Every dimension statistic: group means, the tests of each comparison,
 * Kruskal-Wallis, naming. */
static void *dims_all(void *arg)
{
	struct fin *f = arg;
	struct slant_compare_builder *b = f->b;
	struct slant_compare *m = f->m;
	size_t G = b->ngroups, nd = b->lx->ndims;
	size_t maxart = 0;
	for (size_t g = 0; g < G; g++)
		maxart += b->groups[g].articles;
	double *x = slant_xcalloc(maxart + 1, sizeof *x);
	size_t *lab = slant_xcalloc(maxart + 1, sizeof *lab);
	for (size_t g = 0; g < G; g++) /* only the dimensions read hits */
		transpose_hits(&b->groups[g], nd);
	for (size_t g = 0; g < G; g++)
		group_dims(f, g, x);
	for (size_t i = 0; i < m->npairs && nd; i++) {
		struct side sides[2];
		pair_sides(&m->pairs[i], sides);
		pair_dims(f, &m->pairs[i], sides, maxart + 1);
	}
	kruskal_all(f, x, lab);
	free(x);
	free(lab);
	if (nd)
		naming_all(f);
	return NULL;
}

static void add_pair(struct slant_compare *m, size_t t, size_t r)
{
	m->pairs =
	    slant_xreallocarray(m->pairs, m->npairs + 1, sizeof *m->pairs);
	struct slant_compare_pair *p = &m->pairs[m->npairs++];
	memset(p, 0, sizeof *p);
	p->target = t;
	p->reference = r;
}

static int list_groups(const struct slant_compare_builder *b, char *buf,
                       size_t size)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t g = 0; g < b->ngroups && o < size; g++)
		o += (size_t)snprintf(buf + o, size - o, "%s'%s'",
		                      g ? ", " : "", b->groups[g].name);
	return 0;
}

struct slant_compare *slant_compare_finish(struct slant_compare_builder *b,
                                           struct slant_error *err)
{
	const struct slant_compare_options *o = &b->opt;
	char names[400];
	if (!b->articles) {
		slant_compare_builder_free(b);
		slant_error_set(err, SLANT_EDATA, NULL,
		                "no articles to compare");
		return NULL;
	}
	qsort(b->groups, b->ngroups, sizeof *b->groups, cmp_bgroup);
	list_groups(b, names, sizeof names);
	if (b->ngroups < 2) {
		slant_error_set(
		    err, SLANT_EUSAGE, NULL,
		    "only one group (%s): compare needs two or more "
		    "(see --group-by and --group)",
		    names);
		slant_compare_builder_free(b);
		return NULL;
	}
	size_t t = SIZE_MAX, r = SLANT_COMPARE_REST;
	if (o->mode == SLANT_COMPARE_TARGET) {
		t = o->target ? group_index(b, o->target) : SIZE_MAX;
		if (t == SIZE_MAX) {
			slant_error_set(err, SLANT_EUSAGE, NULL,
			                "no group '%s' (groups: %s)",
			                o->target ? o->target : "", names);
			slant_compare_builder_free(b);
			return NULL;
		}
		if (o->reference) {
			r = group_index(b, o->reference);
			if (r == SIZE_MAX || r == t) {
				slant_error_set(
				    err, SLANT_EUSAGE, NULL,
				    r == t ? "reference '%s' is the target"
				           : "no group '%s' (groups: %s)",
				    o->reference, names);
				slant_compare_builder_free(b);
				return NULL;
			}
		}
	}

	struct slant_compare *m = slant_xcalloc(1, sizeof *m);
	m->lx = b->lx;
	m->opt = *o;
	m->opt.stopwords = NULL;
	m->opt.bg_terms = NULL;
	m->opt.bg_counts = NULL;
	const char **keep[] = {&m->opt.target, &m->opt.reference,
	                       &m->opt.stopwords_name, &m->opt.bg_name,
	                       &m->opt.language};
	for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
		if (*keep[i]) {
			m->strs = slant_xreallocarray(m->strs, m->nstrs + 1,
			                              sizeof *m->strs);
			*keep[i] = m->strs[m->nstrs++] =
			    slant_xstrdup(*keep[i]);
		}
	m->articles = b->articles;
	m->vocab = b->vocab;
	b->vocab = NULL;
	struct fin f = {b, m, slant_vocab_size(m->vocab)};
	size_t G = b->ngroups;
	m->ngroups = G;
	m->groups = slant_xcalloc(G, sizeof *m->groups);
	for (size_t g = 0; g < G; g++) {
		struct bgroup *gr = &b->groups[g];
		group_reserve_terms(gr, f.V);
		if (gr->nblocks)
			block_close(gr, &gr->blocks[gr->nblocks - 1]);
		m->groups[g].name = slant_xstrdup(gr->name);
		m->groups[g].articles = gr->articles;
		m->groups[g].tokens[0] = gr->tokens[0];
		m->groups[g].tokens[1] = gr->tokens[1];
		m->groups[g].tokens[2] = gr->tokens[0] + gr->tokens[1];
		if (gr->articles < 2)
			add_note(
			    m,
			    "group '%s' has %zu article%s: article-level "
			    "tests (Welch, Mann-Whitney, Cliff's delta, "
			    "Cohen's d, Hedges' g) and bootstrap intervals "
			    "are not possible for it; token-level tests "
			    "(G2, Log Ratio, log-odds) are reported",
			    gr->name, gr->articles,
			    gr->articles == 1 ? "" : "s");
		if (gr->block_len > 1)
			add_note(m,
			         "group '%s': bootstrap over %zu blocks of "
			         "up to %zu consecutive articles",
			         gr->name, gr->nblocks, gr->block_len);
	}
	if (!o->bootstrap)
		add_note(m, "no bootstrap (--bootstrap 0): no interval over "
		            "articles");

	if (o->mode == SLANT_COMPARE_TARGET)
		add_pair(m, t, r);
	else if (o->mode == SLANT_COMPARE_ONE_VS_REST)
		for (size_t g = 0; g < G; g++)
			add_pair(m, g, SLANT_COMPARE_REST);
	else
		for (size_t i = 0; i < G; i++)
			for (size_t j = i + 1; j < G; j++)
				add_pair(m, i, j);

	for (size_t i = 0; i < m->npairs; i++) {
		struct slant_compare_pair *pr = &m->pairs[i];
		struct side sides[2];
		pair_sides(pr, sides);
		for (size_t g = 0; g < G; g++)
			for (int s = 0; s < 2; s++)
				if (in_side(&sides[s], g)) {
					pr->articles[s] +=
					    b->groups[g].articles;
					pr->tokens[s] += m->groups[g].tokens[2];
				}
		pr->article_tests =
		    pr->articles[0] >= 2 && pr->articles[1] >= 2;
	}
	/* The dimension statistics and the term statistics read the same
	 * finished builder and write different parts of the model: with
	 * threads, the dimensions run beside the terms. */
	pthread_t dims_thread;
	bool dims = o->parts & SLANT_PART_DIMENSIONS;
	bool dims_apart = dims && (o->threads ? o->threads : 1) > 1 &&
	                  pthread_create(&dims_thread, NULL, dims_all, &f) == 0;
	if (dims && !dims_apart)
		dims_all(&f);
	for (size_t i = 0; i < m->npairs; i++) {
		struct side sides[2];
		pair_sides(&m->pairs[i], sides);
		pair_terms(&f, &m->pairs[i], sides);
	}
	if (dims_apart)
		pthread_join(dims_thread, NULL);
	/* the divergence matrix of all groups */
	m->divergence = slant_xcalloc(G * G, sizeof *m->divergence);
	for (size_t i = 0; i < G; i++)
		for (size_t j = i + 1; j < G; j++) {
			double v =
			    f.V ? slant_stats_jsd(b->groups[i].count,
			                          b->groups[j].count, f.V, NULL)
			        : NAN;
			m->divergence[i * G + j] = m->divergence[j * G + i] = v;
		}
	slant_compare_builder_free(b);
	return m;
}

void slant_compare_free(struct slant_compare *m)
{
	if (!m)
		return;
	for (size_t g = 0; g < m->ngroups; g++) {
		free(m->groups[g].name);
		free(m->groups[g].dims);
	}
	free(m->groups);
	for (size_t i = 0; i < m->npairs; i++) {
		free(m->pairs[i].terms);
		free(m->pairs[i].dims);
	}
	free(m->pairs);
	free(m->kruskal);
	free(m->naming);
	free(m->divergence);
	for (size_t i = 0; i < m->nnotes; i++)
		free(m->notes[i]);
	free(m->notes);
	for (size_t i = 0; i < m->nstrs; i++)
		free(m->strs[i]);
	free(m->strs);
	slant_vocab_free(m->vocab);
	free(m);
}
