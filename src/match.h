/* match.h: a lexicon compiled against a vocabulary, and the matcher that
 * turns a document's tokens into per-dimension tallies.
 *
 * Each token type's candidate entries (exact words, prefix wildcards, the
 * first word of phrases) are resolved once per type, when the type is first
 * seen. Within a dimension (its own entries plus its sub-dimensions') the
 * leftmost-longest match wins and matches do not overlap; ties go to an
 * exact word over a wildcard, then the longer prefix, then the entry's
 * canonical position (lexicon.h) — never to the order of lines in a file.
 * Phrases stay within one sentence. A match's voice is its first token's.
 */
#ifndef SLANT_MATCH_H
#define SLANT_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "language.h"
#include "lexicon.h"
#include "tokenize.h"
#include "vocab.h"

enum { SLANT_OWN = 0, SLANT_QUOTED = 1 };

/* Per-document counts, indexed by dimension (lexicon order). */
struct slant_tally {
	size_t ndims, nschemes;
	uint64_t tokens[2];   /* own voice, quoted */
	uint32_t *hits[2];    /* counted hits per dimension and voice */
	double *score[2];     /* sum of weights of counted hits */
	uint32_t *negated[2]; /* hits not counted because negated */
	/* Which schemes were matched against the document (per scheme),
	 * and so which dimensions were measured (per dimension: some scheme
	 * declaring it was). A scheme with a %language of another language
	 * than the document's is not (language.h); the counts of a
	 * dimension not measured are 0 and mean "not measured", not "none
	 * found": score rows leave them empty. All true after reset. */
	bool *applies;
	bool *dim_applies;
	bool all_apply; /* every scheme applies (the usual case) */
	struct slant_language language; /* as decided for the document */
};

/* Sized for lx's dimensions and schemes. */
void slant_tally_init(struct slant_tally *t, const struct slant_lexicon *lx);
void slant_tally_release(struct slant_tally *t);
void slant_tally_reset(struct slant_tally *t);
/* Set applies[] from schemes (lx->nschemes flags), and dim_applies[] and
 * all_apply from it. */
void slant_tally_set_applies(struct slant_tally *t,
                             const struct slant_lexicon *lx,
                             const bool *schemes);

/* One accepted match, for --explain and evidence. */
struct slant_match {
	size_t dim;     /* the dimension it counts in */
	uint32_t entry; /* index into lexicon entries */
	uint32_t first; /* first token index */
	uint32_t ntokens;
	bool quoted;
	bool negated;  /* found negated: not counted in hits */
	bool excluded; /* an exclusion entry: counts nothing */
};
typedef void (*slant_match_fn)(void *ctx, const struct slant_match *m);

struct slant_matcher;

/* Compile lx (finished; borrowed, must outlive the matcher) against vocab
 * (borrowed; phrase words are interned into it). */
struct slant_matcher *slant_matcher_new(const struct slant_lexicon *lx,
                                        struct slant_vocab *vocab);

/* The same, with only the entries and negators of the schemes s for which
 * schemes[s] is true (lx->nschemes flags, copied; NULL: every scheme): the
 * matcher for documents in a language some schemes do not apply to. Its
 * tallies have lx's dimensions; those of the other schemes stay 0. Several
 * matchers may share one vocabulary. */
struct slant_matcher *slant_matcher_new_for(const struct slant_lexicon *lx,
                                            struct slant_vocab *vocab,
                                            const bool *schemes);
void slant_matcher_free(struct slant_matcher *m);

/* Whether the normalised word w[0..len) (hash: slant_hash_bytes of it)
 * can take part in any match of the matcher (a const struct
 * slant_matcher *): as an entry's word, exact or by prefix, a negator or a
 * clause breaker. Matching gives the same tallies and matches when every
 * word for which this is false is replaced by the empty word, so it is
 * a slant_word_filter (tokenize.h) for callers that need only the
 * lexicon's view of a text (slant score). */
bool slant_matcher_can_match(const void *matcher, const char *w, size_t len,
                             uint64_t hash);

/* A sieve (tokenize.h) holding every word for which
 * slant_matcher_can_match is true; owned by the matcher. */
const struct slant_word_sieve *
slant_matcher_sieve(const struct slant_matcher *m);

/* Match the tokens of one document and add to *t (which the caller resets
 * between documents). on_match, when not NULL, is called for every
 * accepted match in every dimension it counts in, in token order. */
void slant_matcher_run(struct slant_matcher *m, const struct slant_tokens *toks,
                       struct slant_tally *t, slant_match_fn on_match,
                       void *ctx);

#endif
