/* stream.c: batches of articles through worker threads, in order.
 *
 * The reading thread fills batches (copies of articles: the corpus reuses
 * its buffers) and queues them; workers take the oldest unclaimed batch,
 * score it into the batch's output buffer and mark it done; done batches
 * go to the flush function in sequence, from the reading thread between
 * batches, or (flush_apart) from a thread of their own, so that reading
 * never waits for a heavy flush (compare's builder). A fixed ring of
 * batches bounds memory. With one thread everything runs inline, no
 * copies. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"
#include "vocab.h"

#define BATCH_ARTICLES 64
#define BATCH_BYTES    (1u << 20)

/* The matcher for the documents that some schemes do not apply to
 * (another language's lexicons): compiled for the first such document. */
struct view {
	bool *schemes;
	struct slant_matcher *m;
	char *what; /* the note's text, NULL when every dimension applies */
};

struct worker {
	unsigned index;
	const struct slant_lexicon *lx;
	struct slant_vocab *vocab;
	struct slant_tokenizer *tk;
	struct slant_matcher *m; /* every scheme; also the word filter */
	struct slant_tokens toks;
	struct slant_tally tally;
	struct slant_match *matches;
	size_t nmatches, cap;
	/* Language: whether any scheme has one, each scheme's code and
	 * script, the views, the note's counts. */
	bool languages;
	char (*codes)[16];
	enum slant_script *scripts;
	bool *mask;
	struct view *views;
	size_t nviews, views_cap;
	struct slant_language_skips skips;
	struct slant_buf label;
};

static void collect(void *ctx, const struct slant_match *m)
{
	struct worker *w = ctx;
	SLANT_GROW(&w->matches, &w->cap, w->nmatches + 1);
	w->matches[w->nmatches++] = *m;
}

static void worker_init(struct worker *w, unsigned index,
                        const struct slant_lexicon *lx,
                        const struct slant_stream_options *o)
{
	memset(w, 0, sizeof *w);
	w->index = index;
	w->lx = lx;
	size_t ns = lx->nschemes ? lx->nschemes : 1;
	w->codes = slant_xcalloc(ns, sizeof *w->codes);
	w->scripts = slant_xcalloc(ns, sizeof *w->scripts);
	w->mask = slant_xcalloc(ns, sizeof *w->mask);
	for (size_t s = 0; s < lx->nschemes; s++) {
		slant_language_code(lx->schemes[s].language, w->codes[s]);
		w->scripts[s] = slant_language_script(w->codes[s]);
		w->languages |= w->codes[s][0] != '\0';
	}
	slant_language_skips_init(&w->skips);
	slant_buf_init(&w->label);
	w->vocab = slant_vocab_new();
	w->tk = slant_tokenizer_new(w->vocab);
	w->m = slant_matcher_new(lx, w->vocab);
	if (o->lexicon_words_only) {
		slant_tokenizer_filter(w->tk, slant_matcher_can_match, w->m);
		slant_tokenizer_sieve(w->tk, slant_matcher_sieve(w->m));
	}
	slant_tokens_init(&w->toks);
	slant_tally_init(&w->tally, lx);
}

static void worker_release(struct worker *w)
{
	for (size_t i = 0; i < w->nviews; i++) {
		slant_matcher_free(w->views[i].m);
		free(w->views[i].schemes);
		free(w->views[i].what);
	}
	free(w->views);
	free(w->codes);
	free(w->scripts);
	free(w->mask);
	slant_language_skips_release(&w->skips);
	slant_buf_release(&w->label);
	free(w->matches);
	slant_tally_release(&w->tally);
	slant_tokens_release(&w->toks);
	slant_matcher_free(w->m);
	slant_tokenizer_free(w->tk);
	slant_vocab_free(w->vocab);
}

/* What a note says of the documents a view is for: how many dimensions
 * it leaves unmeasured, and of which schemes; NULL when none. */
static char *view_what(const struct slant_lexicon *lx, const bool *dim_applies)
{
	size_t off = 0;
	for (size_t d = 0; d < lx->ndims; d++)
		off += !dim_applies[d];
	if (!off)
		return NULL;
	struct slant_buf whole, part, b;
	slant_buf_init(&whole);
	slant_buf_init(&part);
	slant_buf_init(&b);
	/* Schemes by name (language variants together; dimensions are in
	 * path order, so a scheme's dimensions are consecutive). */
	for (size_t d = 0; d < lx->ndims;) {
		const char *name = lx->schemes[lx->dims[d].scheme].name;
		size_t e = d, n_off = 0;
		while (e < lx->ndims &&
		       strcmp(lx->schemes[lx->dims[e].scheme].name, name) ==
		           0) {
			n_off += !dim_applies[e];
			e++;
		}
		struct slant_buf *into = n_off == e - d ? &whole : &part;
		if (n_off) {
			if (into->len)
				slant_buf_puts(into, ", ");
			slant_buf_puts(into, name);
		}
		d = e;
	}
	slant_buf_printf(&b,
	                 "%zu of %zu dimensions not measured, no lexicon in "
	                 "that language (",
	                 off, lx->ndims);
	slant_buf_puts(&b, whole.len ? whole.data : "");
	if (whole.len && part.len)
		slant_buf_puts(&b, "; ");
	if (part.len)
		slant_buf_printf(&b, "part of %s", part.data);
	slant_buf_puts(&b, ")");
	slant_buf_release(&whole);
	slant_buf_release(&part);
	return slant_buf_take(&b);
}

/* The view for the schemes in w->mask (w->tally's applies set from it). */
static struct view *view_for(struct worker *w)
{
	size_t ns = w->lx->nschemes;
	for (size_t i = 0; i < w->nviews; i++)
		if (memcmp(w->views[i].schemes, w->mask,
		           ns * sizeof *w->mask) == 0)
			return &w->views[i];
	SLANT_GROW(&w->views, &w->views_cap, w->nviews + 1);
	struct view *v = &w->views[w->nviews++];
	v->schemes = slant_xcalloc(ns, sizeof *v->schemes);
	memcpy(v->schemes, w->mask, ns * sizeof *w->mask);
	v->m = slant_matcher_new_for(w->lx, w->vocab, v->schemes);
	v->what = view_what(w->lx, w->tally.dim_applies);
	return v;
}

static void score_one(struct worker *w, const struct slant_stream_options *o,
                      const struct slant_article *a, struct slant_buf *out)
{
	slant_tokenize(w->tk, a->text, a->text_len, &w->toks);
	slant_tally_reset(&w->tally);
	w->nmatches = 0;
	struct slant_matcher *m = w->m;
	if (w->languages) {
		/* Another language's lexicons are not applied: the
		 * document is matched against the others only. */
		struct slant_language *l = &w->tally.language;
		slant_language_of(a, o->language, l);
		bool all = true;
		for (size_t s = 0; s < w->lx->nschemes; s++) {
			w->mask[s] = slant_language_applies_code(
			    w->codes[s], w->scripts[s], l);
			all &= w->mask[s];
		}
		if (!all) {
			slant_tally_set_applies(&w->tally, w->lx, w->mask);
			struct view *v = view_for(w);
			m = v->m;
			if (v->what && o->skips) {
				slant_buf_reset(&w->label);
				slant_language_label(l, &w->label);
				slant_language_skips_add(
				    &w->skips, w->label.data, v->what, 1);
			}
		}
	}
	slant_matcher_run(m, &w->toks, &w->tally,
	                  o->collect_matches ? collect : NULL, w);
	o->article(o->ctx, w->index, a, &w->toks, w->vocab, &w->tally,
	           o->collect_matches ? w->matches : NULL, w->nmatches, out);
}

static int check_size(const struct slant_article *a, struct slant_error *err)
{
	if (a->text_len >= UINT32_MAX)
		return slant_error_set(
		    err, SLANT_EDATA, a->where,
		    "article of 4 GiB or more is not supported");
	return 0;
}

/* ---- one thread ---- */

static long run_inline(struct slant_corpus *c, const struct slant_lexicon *lx,
                       const struct slant_stream_options *o,
                       struct slant_error *err)
{
	struct worker w;
	worker_init(&w, 0, lx, o);
	struct slant_buf out;
	slant_buf_init(&out);
	struct slant_article *a;
	long n = 0;
	int r;
	while ((r = slant_corpus_next(c, &a, err)) == 1) {
		if (check_size(a, err) < 0) {
			r = -1;
			break;
		}
		if (o->prepare)
			o->prepare(o->ctx, a);
		score_one(&w, o, a, &out);
		n++;
		if (out.len >= (1u << 16) && o->flush(o->ctx, &out) < 0) {
			r = slant_error_set(err, SLANT_EIO, NULL,
			                    "write failed");
			break;
		}
	}
	if (r == 0 && o->flush(o->ctx, &out) < 0)
		r = slant_error_set(err, SLANT_EIO, NULL, "write failed");
	slant_buf_release(&out);
	if (o->skips)
		slant_language_skips_merge(o->skips, &w.skips);
	worker_release(&w);
	return r < 0 ? -1 : n;
}

/* ---- several threads ---- */

/* An owned copy of an article. */
struct copy {
	struct slant_article a;
	struct slant_field *fields;
};

enum batch_state { B_FREE, B_FILLED, B_WORKING, B_DONE };

struct batch {
	enum batch_state state;
	unsigned long seq;
	struct copy items[BATCH_ARTICLES];
	size_t n;
	struct slant_buf out;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t work;  /* a batch was filled, or stop */
	pthread_cond_t done;  /* a batch was finished */
	pthread_cond_t freed; /* a batch was flushed and is free */
	struct batch *ring;
	size_t nring;
	bool stop;
	unsigned long next_flush; /* seq of the next batch to flush */
	unsigned long filled;     /* batches filled so far */
	bool eof;                 /* the reader has filled its last batch */
	bool flush_failed;        /* or reading did: flush nothing more */
	unsigned next_index;      /* of the next worker to start */
	const struct slant_stream_options *o;
	const struct slant_lexicon *lx;
};

static char *dup_str(const char *s)
{
	return slant_xstrdup(s);
}

static void copy_article(struct copy *dst, const struct slant_article *a)
{
	dst->a = *a;
	dst->a.id = dup_str(a->id);
	dst->a.group = dup_str(a->group);
	dst->a.date = dup_str(a->date);
	dst->a.title = dup_str(a->title);
	dst->a.where = dup_str(a->where);
	dst->a.text = slant_xstrndup(a->text, a->text_len);
	dst->fields =
	    slant_xcalloc(a->nfields ? a->nfields : 1, sizeof *dst->fields);
	for (size_t i = 0; i < a->nfields; i++) {
		dst->fields[i].key = dup_str(a->fields[i].key);
		dst->fields[i].value = dup_str(a->fields[i].value);
		dst->fields[i].kind = a->fields[i].kind;
	}
	dst->a.fields = dst->fields;
}

static void free_copy(struct copy *c)
{
	free(c->a.id);
	free(c->a.group);
	free(c->a.date);
	free(c->a.title);
	free(c->a.where);
	free(c->a.text);
	for (size_t i = 0; i < c->a.nfields; i++) {
		free(c->fields[i].key);
		free(c->fields[i].value);
	}
	free(c->fields);
}

static void *worker_main(void *arg)
{
	struct pool *p = arg;
	struct worker w;
	pthread_mutex_lock(&p->mu);
	unsigned index = p->next_index++;
	pthread_mutex_unlock(&p->mu);
	worker_init(&w, index, p->lx, p->o);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		/* The oldest filled batch. */
		struct batch *b = NULL;
		for (size_t i = 0; i < p->nring; i++)
			if (p->ring[i].state == B_FILLED &&
			    (!b || p->ring[i].seq < b->seq))
				b = &p->ring[i];
		if (!b) {
			if (p->stop)
				break;
			pthread_cond_wait(&p->work, &p->mu);
			continue;
		}
		b->state = B_WORKING;
		pthread_mutex_unlock(&p->mu);
		for (size_t i = 0; i < b->n; i++) {
			if (p->o->prepare)
				p->o->prepare(p->o->ctx, &b->items[i].a);
			score_one(&w, p->o, &b->items[i].a, &b->out);
		}
		pthread_mutex_lock(&p->mu);
		b->state = B_DONE;
		pthread_cond_broadcast(&p->done);
	}
	if (p->o->skips)
		slant_language_skips_merge(p->o->skips, &w.skips);
	pthread_mutex_unlock(&p->mu);
	worker_release(&w);
	return NULL;
}

/* With p->mu held: hand the done batches that are next in sequence to
 * o->flush and free them (after a failed flush, or bad input, only free
 * them). With wait, first wait until there is one. Returns false once
 * the reader is done and every batch it filled is flushed. */
static bool flush_ready(struct pool *p, bool wait)
{
	for (;;) {
		struct batch *ready = NULL;
		for (size_t i = 0; i < p->nring; i++)
			if (p->ring[i].state == B_DONE &&
			    p->ring[i].seq == p->next_flush)
				ready = &p->ring[i];
		if (!ready) {
			if (p->eof && p->next_flush == p->filled)
				return false;
			if (!wait)
				return true;
			pthread_cond_wait(&p->done, &p->mu);
			continue;
		}
		bool failed = p->flush_failed;
		pthread_mutex_unlock(&p->mu);
		if (!failed && p->o->flush(p->o->ctx, &ready->out) < 0)
			failed = true;
		for (size_t i = 0; i < ready->n; i++)
			free_copy(&ready->items[i]);
		ready->n = 0;
		slant_buf_reset(&ready->out);
		pthread_mutex_lock(&p->mu);
		p->flush_failed |= failed;
		ready->state = B_FREE;
		p->next_flush++;
		pthread_cond_signal(&p->freed);
		wait = false;
	}
}

/* The flushing thread of o->flush_apart. */
static void *flusher_main(void *arg)
{
	struct pool *p = arg;
	pthread_mutex_lock(&p->mu);
	while (flush_ready(p, true))
		;
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static long run_threads(struct slant_corpus *c, const struct slant_lexicon *lx,
                        const struct slant_stream_options *o,
                        struct slant_error *err)
{
	struct pool p = {.o = o, .lx = lx};
	unsigned nt = o->threads;
	p.nring = 2 * (size_t)nt + 2;
	p.ring = slant_xcalloc(p.nring, sizeof *p.ring);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	pthread_cond_init(&p.freed, NULL);
	pthread_t *tids = slant_xcalloc(nt, sizeof *tids);
	for (unsigned i = 0; i < nt; i++)
		if (pthread_create(&tids[i], NULL, worker_main, &p) != 0)
			slant_die_bug(__FILE__, __LINE__,
			              "pthread_create failed");
	pthread_t flusher;
	bool apart = o->flush_apart;
	if (apart && pthread_create(&flusher, NULL, flusher_main, &p) != 0)
		slant_die_bug(__FILE__, __LINE__, "pthread_create failed");

	long n = 0;
	int r = 1;
	bool failed = false; /* reading failed */
	for (;;) {
		/* A free batch to fill: wait for one (flushing, when it is
		 * this thread's job); stop once a flush failed. */
		pthread_mutex_lock(&p.mu);
		struct batch *cur = NULL;
		while (!p.flush_failed) {
			if (!apart)
				flush_ready(&p, false);
			for (size_t i = 0; i < p.nring && !cur; i++)
				if (p.ring[i].state == B_FREE)
					cur = &p.ring[i];
			if (cur)
				break;
			if (apart)
				pthread_cond_wait(&p.freed, &p.mu);
			else
				flush_ready(&p, true);
		}
		pthread_mutex_unlock(&p.mu);
		if (!cur)
			break;
		/* Fill it. */
		size_t bytes = 0;
		struct slant_article *a;
		while (cur->n < BATCH_ARTICLES && bytes < BATCH_BYTES &&
		       (r = slant_corpus_next(c, &a, err)) == 1) {
			if (check_size(a, err) < 0) {
				r = -1;
				break;
			}
			copy_article(&cur->items[cur->n++], a);
			bytes += a->text_len;
			n++;
		}
		pthread_mutex_lock(&p.mu);
		if (r < 0) {
			/* Bad input: nothing more is flushed (the error is
			 * the corpus's, in *err). */
			failed = true;
			p.flush_failed = true;
		}
		if (cur->n) {
			cur->seq = p.filled++;
			cur->state = B_FILLED;
			pthread_cond_signal(&p.work);
		}
		pthread_mutex_unlock(&p.mu);
		if (r <= 0)
			break;
	}
	/* The reader is done: the batches left are flushed (or freed), then
	 * the workers stop. */
	pthread_mutex_lock(&p.mu);
	p.eof = true;
	pthread_cond_broadcast(&p.done);
	if (!apart)
		while (flush_ready(&p, true))
			;
	pthread_mutex_unlock(&p.mu);
	if (apart)
		pthread_join(flusher, NULL);
	pthread_mutex_lock(&p.mu);
	p.stop = true;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (unsigned i = 0; i < nt; i++)
		pthread_join(tids[i], NULL);
	for (size_t i = 0; i < p.nring; i++) {
		for (size_t k = 0; k < p.ring[i].n; k++)
			free_copy(&p.ring[i].items[k]);
		slant_buf_release(&p.ring[i].out);
	}
	free(p.ring);
	free(tids);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.work);
	pthread_cond_destroy(&p.done);
	pthread_cond_destroy(&p.freed);
	if (p.flush_failed && !failed) {
		slant_error_set(err, SLANT_EIO, NULL, "write failed");
		failed = true;
	}
	if (!failed && o->flush(o->ctx, &(struct slant_buf){0}) < 0) {
		slant_error_set(err, SLANT_EIO, NULL, "write failed");
		failed = true;
	}
	return failed ? -1 : n;
}

long slant_stream_run(struct slant_corpus *c, const struct slant_lexicon *lx,
                      const struct slant_stream_options *opt,
                      struct slant_error *err)
{
	if (opt->threads <= 1)
		return run_inline(c, lx, opt, err);
	return run_threads(c, lx, opt, err);
}
