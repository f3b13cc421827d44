/* stream.h: the scoring pipeline over a corpus, on one or more threads.
 *
 * Reads articles in order, tokenizes and matches them (in worker threads
 * when threads > 1, each with its own vocabulary, tokenizer and matcher),
 * lets a callback turn each article into output bytes, and hands those
 * bytes back strictly in input order: the output is the same for any
 * number of threads. Memory is bounded by a few batches of articles.
 */
#ifndef SLANT_STREAM_H
#define SLANT_STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "error.h"
#include "language.h"
#include "lexicon.h"
#include "match.h"
#include "mem.h"
#include "tokenize.h"

/* Called in a worker for each article: append its output to out. worker
 * is the index of the worker making the call, 0 .. threads - 1 (0 with one
 * thread), so a callback can keep state per worker without locks; each
 * worker sees its articles in input order. vocab is the worker's
 * vocabulary, which the token type ids index (read-only here; valid for
 * the duration of the call, and it only grows: a type keeps its id).
 * matches is NULL unless collect_matches was set; then it lists every
 * accepted match in token order. Must be thread-safe when threads > 1. */
typedef void (*slant_article_fn)(void *ctx, unsigned worker,
                                 const struct slant_article *a,
                                 const struct slant_tokens *toks,
                                 const struct slant_vocab *vocab,
                                 const struct slant_tally *tally,
                                 const struct slant_match *matches,
                                 size_t nmatches, struct slant_buf *out);

/* Called in input order, with output to write, in one thread at a time:
 * the calling thread, or with flush_apart and threads > 1 a thread of its
 * own while the calling thread reads on; returns -1 to stop (a write
 * error). */
typedef int (*slant_flush_fn)(void *ctx, struct slant_buf *out);

struct slant_stream_options {
	unsigned threads; /* 1 = no extra thread */
	bool collect_matches;
	/* Types only for the words the lexicon can match; every other word
	 * is the empty word (slant_tokenizer_filter). For callers that use
	 * the tallies and matches but not the words: then the vocabulary
	 * stays a few thousand types, in cache, whatever the corpus. */
	bool lexicon_words_only;
	/* Flush in a thread of its own: for a flush that does real work
	 * (compare's builder), which then runs beside the reading. */
	bool flush_apart;
	/* The language of every article (--language); NULL: each article's
	 * own (language.h). Schemes with a %language that does not apply
	 * to an article are not matched against it: the tally says which
	 * (slant_tally applies, dim_applies). */
	const char *language;
	/* When not NULL: counts of the articles some dimensions were not
	 * measured for, added to at the end of the run (for a note). */
	struct slant_language_skips *skips;
	/* When not NULL: called on each article (its own copy, in the
	 * worker, before tokenizing) to change its text in place without
	 * moving bytes (e.g. blanking boilerplate lines with spaces, so that
	 * offsets stay valid). Must be thread-safe when threads > 1. */
	void (*prepare)(void *ctx, struct slant_article *a);
	slant_article_fn article;
	slant_flush_fn flush;
	void *ctx;
};

/* Run the corpus through. Returns the number of articles (>= 0), or -1
 * with *err set (bad input from the corpus, or flush failed: SLANT_EIO). */
long slant_stream_run(struct slant_corpus *c, const struct slant_lexicon *lx,
                      const struct slant_stream_options *opt,
                      struct slant_error *err);

#endif
