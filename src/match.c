/* match.c: compiling a lexicon and matching tokens against it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "mem.h"

#define MAX_DEPTH 3 /* a dimension and its ancestors: dim, sub */

/* The bit of can_start for the first bytes of a word or prefix: the first
 * two for a prefix of two bytes, else the first three. */
static inline unsigned start_bit(const char *w, size_t n)
{
	unsigned x = (unsigned char)w[0] << 8 | (unsigned char)w[1];
	if (n > 2)
		x = (x * 0x9e37u ^ (unsigned char)w[2] * 0x45d9f3bu) >> 3;
	return x & 0xffff;
}

/* One word of a compiled entry after the first. */
struct cword {
	uint32_t type;      /* exact: the vocabulary id */
	const char *prefix; /* prefix wildcard: the prefix, else NULL */
	size_t prefix_len;
};

struct centry {
	uint32_t nwords;
	struct cword *rest; /* words 1 .. nwords-1 */
	size_t chain[MAX_DEPTH];
	size_t nchain;
	uint32_t exact_words;  /* tie-break: more exact words win */
	uint32_t prefix_chars; /* then more prefix characters */
	double weight;
	bool exclusion;
	unsigned neg_bit; /* bit of the scheme's negation, or 0 */
	bool negatable;
	unsigned window;
};

/* A type's candidates: the single-word winner per dimension (decided once
 * per type: all have length 1, so the tie-break alone picks), stored as
 * (dimension, entry) pairs sorted by dimension, and the phrases whose first
 * word the type matches (decided per occurrence). */
struct cand {
	uint32_t single_off, nsingle;
	uint32_t phrase_off, nphrase;
	/* The first nphrase_exact phrases have an exact second word and are
	 * sorted by its type, so a token looks up only those its successor
	 * can continue (common first words start dozens of phrases); the
	 * pool holds those types after the phrases. */
	uint32_t nphrase_exact;
};

#define PAIR_BITS 65536

static inline unsigned pair_bit(uint32_t first, uint32_t second)
{
	return (unsigned)(((first * 0x9e3779b97f4a7c15ULL + second) *
	                   0xff51afd7ed558ccdULL) >>
	                  48);
}

/* What a type can start or continue, one byte per type. */
enum {
	K_SINGLE = 1,       /* a single word's match */
	K_PHRASE_EXACT = 2, /* a phrase whose second word is exact */
	K_PHRASE_WILD = 4,  /* a phrase whose second word is a prefix */
	K_SECOND = 8        /* it is the exact second word of a phrase */
};

struct slant_matcher {
	const struct slant_lexicon *lx;
	struct slant_vocab *vocab;
	struct centry *entries;
	/* Per entry, compact for the per-hit path: counts as its weight
	 * with no exclusion or negation to check, and the weight. */
	bool *plain;
	double *weight;
	/* First words: exact spellings and prefixes -> entry lists. */
	struct slant_vocab *first_exact, *first_prefix;
	uint32_t **exact_list, **prefix_list;
	size_t *exact_n, *prefix_n;
	size_t max_prefix;
	/* Negation words per scheme bit. */
	struct slant_vocab **negators, **breakers;
	const char ***neg_suffix;
	size_t *neg_suffix_n;
	unsigned nbits;
	/* Every word any entry, negator or clause breaker can match, for
	 * slant_matcher_can_match: exact words, prefixes, negator suffixes.
	 * Prefix lengths are bits, 63 standing for 63 and more. */
	struct slant_vocab *can_exact, *can_prefix;
	/* A bit per start_bit of the two-byte prefixes; per start_bit of the
	 * first three bytes, folded to 12 bits, the lengths of the longer
	 * prefixes that start so (prefix_lens). */
	uint64_t can_start2[65536 / 64];
	uint64_t can_lens3[4096];
	struct slant_word_sieve *sieve; /* the same words, for the tokenizer */
	const char **can_suffix;
	size_t *can_suffix_len;
	size_t can_suffix_n;
	/* Bit per type that is the exact second word of some phrase: a
	 * phrase's first word followed by anything else can only match
	 * alone (most "the" are not "the white house"). Phrase words are
	 * interned when compiling, so ids past it are never set. */
	uint64_t *second_word;
	size_t second_word_n; /* types the bits cover */
	/* Per type, resolved once. */
	struct cand *cand;
	uint8_t *kind; /* per type: K_* (12 KiB for 6,000 types: cached) */
	/* A bit per hash of (first word, exact second word) of a phrase: most
	 * tokens followed by some phrase's second word are not followed by
	 * one of their own phrases' ("of the" is no phrase of "of"). */
	uint64_t pairs[PAIR_BITS / 64];
	uint32_t *neg_mask, *brk_mask;
	size_t resolved, type_cap;
	uint32_t *pool;
	size_t pool_n, pool_cap;
	uint32_t *scratch; /* entries gathered for one type */
	size_t scratch_n, scratch_cap;
	/* Per-document scratch, by dimension. */
	uint32_t *blocked;
	uint32_t *best_entry, *best_len;
	size_t *touched;
	uint32_t *with_cand; /* indices of the tokens with candidates */
	size_t with_cand_cap;
	size_t ntouched;
};

void slant_tally_init(struct slant_tally *t, const struct slant_lexicon *lx)
{
	memset(t, 0, sizeof *t);
	size_t ndims = lx->ndims;
	t->ndims = ndims;
	t->nschemes = lx->nschemes;
	for (int v = 0; v < 2; v++) {
		t->hits[v] = slant_xcalloc(ndims, sizeof *t->hits[v]);
		t->score[v] = slant_xcalloc(ndims, sizeof *t->score[v]);
		t->negated[v] = slant_xcalloc(ndims, sizeof *t->negated[v]);
	}
	t->applies =
	    slant_xcalloc(t->nschemes ? t->nschemes : 1, sizeof *t->applies);
	t->dim_applies =
	    slant_xcalloc(ndims ? ndims : 1, sizeof *t->dim_applies);
	slant_tally_reset(t);
}

void slant_tally_release(struct slant_tally *t)
{
	for (int v = 0; v < 2; v++) {
		free(t->hits[v]);
		free(t->score[v]);
		free(t->negated[v]);
	}
	free(t->applies);
	free(t->dim_applies);
	memset(t, 0, sizeof *t);
}

void slant_tally_reset(struct slant_tally *t)
{
	t->tokens[0] = t->tokens[1] = 0;
	for (int v = 0; v < 2; v++) {
		memset(t->hits[v], 0, t->ndims * sizeof *t->hits[v]);
		memset(t->score[v], 0, t->ndims * sizeof *t->score[v]);
		memset(t->negated[v], 0, t->ndims * sizeof *t->negated[v]);
	}
	if (!t->all_apply) {
		for (size_t s = 0; s < t->nschemes; s++)
			t->applies[s] = true;
		for (size_t d = 0; d < t->ndims; d++)
			t->dim_applies[d] = true;
		t->all_apply = true;
	}
	memset(&t->language, 0, sizeof t->language);
}

void slant_tally_set_applies(struct slant_tally *t,
                             const struct slant_lexicon *lx,
                             const bool *schemes)
{
	t->all_apply = true;
	for (size_t s = 0; s < t->nschemes; s++) {
		t->applies[s] = schemes[s];
		t->all_apply &= schemes[s];
	}
	for (size_t d = 0; d < t->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		bool any = false;
		for (size_t k = 0; k < D->nschemes && !any; k++)
			any = schemes[D->schemes[k]];
		t->dim_applies[d] = any;
	}
}

static void list_add(struct slant_vocab *v, uint32_t ***lists, size_t **ns,
                     const char *w, size_t len, uint32_t entry)
{
	size_t before = slant_vocab_size(v);
	uint32_t id = slant_vocab_intern(v, w, len);
	if (id >= before) {
		*lists = slant_xreallocarray(*lists, id + 1, sizeof **lists);
		*ns = slant_xreallocarray(*ns, id + 1, sizeof **ns);
		(*lists)[id] = NULL;
		(*ns)[id] = 0;
	}
	(*lists)[id] = slant_xreallocarray((*lists)[id], (*ns)[id] + 1,
	                                   sizeof *(*lists)[id]);
	(*lists)[id][(*ns)[id]++] = entry;
}

struct slant_matcher *slant_matcher_new(const struct slant_lexicon *lx,
                                        struct slant_vocab *vocab)
{
	return slant_matcher_new_for(lx, vocab, NULL);
}

struct slant_matcher *slant_matcher_new_for(const struct slant_lexicon *lx,
                                            struct slant_vocab *vocab,
                                            const bool *schemes)
{
	SLANT_ASSERT(lx->finished);
	struct slant_matcher *m = slant_xcalloc(1, sizeof *m);
	m->lx = lx;
	m->vocab = vocab;
	m->first_exact = slant_vocab_new();
	m->first_prefix = slant_vocab_new();
	m->can_exact = slant_vocab_new();
	m->can_prefix = slant_vocab_new();
	m->sieve = slant_word_sieve_new();
	size_t nsch = lx->nschemes;
	unsigned *scheme_bit =
	    slant_xcalloc(nsch ? nsch : 1, sizeof *scheme_bit);
	m->negators = slant_xcalloc(33, sizeof *m->negators);
	m->breakers = slant_xcalloc(33, sizeof *m->breakers);
	m->neg_suffix = slant_xcalloc(33, sizeof *m->neg_suffix);
	m->neg_suffix_n = slant_xcalloc(33, sizeof *m->neg_suffix_n);
	for (size_t s = 0; s < nsch && m->nbits < 32; s++) {
		const struct slant_scheme *S = &lx->schemes[s];
		if (!S->nnegators || (schemes && !schemes[s]))
			continue;
		unsigned b = ++m->nbits; /* bits 1..32; 0 means none */
		scheme_bit[s] = b;
		m->negators[b] = slant_vocab_new();
		m->breakers[b] = slant_vocab_new();
		for (size_t i = 0; i < S->nnegators; i++) {
			const char *w = S->negators[i];
			if (w[0] == '*') {
				m->neg_suffix[b] = slant_xreallocarray(
				    m->neg_suffix[b], m->neg_suffix_n[b] + 1,
				    sizeof *m->neg_suffix[b]);
				m->neg_suffix[b][m->neg_suffix_n[b]++] = w + 1;
				m->can_suffix = slant_xreallocarray(
				    m->can_suffix, m->can_suffix_n + 1,
				    sizeof *m->can_suffix);
				m->can_suffix_len = slant_xreallocarray(
				    m->can_suffix_len, m->can_suffix_n + 1,
				    sizeof *m->can_suffix_len);
				m->can_suffix_len[m->can_suffix_n] =
				    strlen(w + 1);
				m->can_suffix[m->can_suffix_n++] = w + 1;
				slant_word_sieve_suffix(m->sieve, w + 1,
				                        strlen(w + 1));
			} else {
				slant_vocab_intern(m->negators[b], w,
				                   strlen(w));
				slant_vocab_intern(m->can_exact, w, strlen(w));
				slant_word_sieve_word(m->sieve, w, strlen(w));
			}
		}
		for (size_t i = 0; i < S->nclause_breakers; i++) {
			const char *w = S->clause_breakers[i];
			slant_vocab_intern(m->breakers[b], w, strlen(w));
			slant_vocab_intern(m->can_exact, w, strlen(w));
			slant_word_sieve_word(m->sieve, w, strlen(w));
		}
	}

	m->entries =
	    slant_xcalloc(lx->nentries ? lx->nentries : 1, sizeof *m->entries);
	m->plain =
	    slant_xcalloc(lx->nentries ? lx->nentries : 1, sizeof *m->plain);
	m->weight =
	    slant_xcalloc(lx->nentries ? lx->nentries : 1, sizeof *m->weight);
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		struct centry *c = &m->entries[i];
		if (schemes && !schemes[e->scheme])
			continue; /* nwords 0: never a candidate */
		c->nwords = (uint32_t)e->nwords;
		c->weight = e->weight;
		c->exclusion = e->exclusion;
		for (size_t d = e->dim; d != SIZE_MAX && c->nchain < MAX_DEPTH;
		     d = lx->dims[d].parent)
			c->chain[c->nchain++] = d;
		/* Negation is the entry's file's: language variants of
		 * a scheme share dimensions, not negators. */
		c->neg_bit = scheme_bit[e->scheme];
		m->plain[i] = !c->exclusion && !c->neg_bit;
		m->weight[i] = c->weight;
		c->window = lx->schemes[e->scheme].negation_window;
		for (size_t w = 0; w < e->nwords; w++) {
			size_t wl = strlen(e->words[w]);
			if (e->prefix[w]) {
				c->prefix_chars += (uint32_t)wl;
				slant_vocab_intern(m->can_prefix, e->words[w],
				                   wl);
				slant_word_sieve_prefix(m->sieve, e->words[w],
				                        wl);
				unsigned sb = start_bit(e->words[w], wl);
				if (wl > 2)
					m->can_lens3[sb % 4096] |=
					    1ull << (wl < 63 ? wl : 63);
				else
					m->can_start2[sb / 64] |= 1ull
					                          << (sb % 64);
			} else {
				c->exact_words++;
				slant_vocab_intern(m->can_exact, e->words[w],
				                   wl);
				slant_word_sieve_word(m->sieve, e->words[w],
				                      wl);
			}
		}
		if (e->nwords > 1) {
			c->rest = slant_xcalloc(e->nwords - 1, sizeof *c->rest);
			for (size_t w = 1; w < e->nwords; w++) {
				struct cword *cw = &c->rest[w - 1];
				if (e->prefix[w]) {
					cw->prefix = e->words[w];
					cw->prefix_len = strlen(e->words[w]);
				} else {
					cw->type = slant_vocab_intern(
					    vocab, e->words[w],
					    strlen(e->words[w]));
				}
			}
		}
		size_t fl = strlen(e->words[0]);
		if (e->prefix[0]) {
			list_add(m->first_prefix, &m->prefix_list, &m->prefix_n,
			         e->words[0], fl, (uint32_t)i);
			if (fl > m->max_prefix)
				m->max_prefix = fl;
		} else {
			list_add(m->first_exact, &m->exact_list, &m->exact_n,
			         e->words[0], fl, (uint32_t)i);
		}
	}
	m->second_word_n = slant_vocab_size(vocab);
	m->second_word =
	    slant_xcalloc(m->second_word_n / 64 + 1, sizeof *m->second_word);
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct centry *c = &m->entries[i];
		if (c->nwords > 1 && !c->rest[0].prefix)
			m->second_word[c->rest[0].type / 64] |=
			    1ull << (c->rest[0].type % 64);
	}
	/* A dimension is negatable per its own flag; entries count in their
	 * chain, and the flag is looked up per dimension when accepting. */
	free(scheme_bit);
	size_t nd = lx->ndims ? lx->ndims : 1;
	m->blocked = slant_xcalloc(nd, sizeof *m->blocked);
	m->best_entry = slant_xcalloc(nd, sizeof *m->best_entry);
	m->best_len = slant_xcalloc(nd, sizeof *m->best_len);
	m->touched = slant_xcalloc(nd, sizeof *m->touched);
	return m;
}

void slant_matcher_free(struct slant_matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->lx->nentries; i++)
		free(m->entries[i].rest);
	free(m->entries);
	free(m->plain);
	free(m->weight);
	for (size_t i = 0; i < slant_vocab_size(m->first_exact); i++)
		free(m->exact_list[i]);
	for (size_t i = 0; i < slant_vocab_size(m->first_prefix); i++)
		free(m->prefix_list[i]);
	free(m->exact_list);
	free(m->prefix_list);
	free(m->exact_n);
	free(m->prefix_n);
	slant_vocab_free(m->first_exact);
	slant_vocab_free(m->first_prefix);
	slant_vocab_free(m->can_exact);
	slant_vocab_free(m->can_prefix);
	slant_word_sieve_free(m->sieve);
	free(m->can_suffix);
	free(m->can_suffix_len);
	for (unsigned b = 1; b <= m->nbits; b++) {
		slant_vocab_free(m->negators[b]);
		slant_vocab_free(m->breakers[b]);
		free(m->neg_suffix[b]);
	}
	free(m->negators);
	free(m->breakers);
	free(m->neg_suffix);
	free(m->neg_suffix_n);
	free(m->second_word);
	free(m->cand);
	free(m->kind);
	free(m->neg_mask);
	free(m->brk_mask);
	free(m->pool);
	free(m->scratch);
	free(m->blocked);
	free(m->best_entry);
	free(m->best_len);
	free(m->touched);
	free(m->with_cand);
	free(m);
}

/* The lengths (bits) of the prefixes that may start word w[0..len): a
 * two-byte prefix by its bytes, longer ones by their first three bytes'
 * start_bit; a superset of the prefixes the word starts with. */
static uint64_t prefix_lens(const struct slant_matcher *m, const char *w,
                            size_t len)
{
	if (len < 2)
		return 0;
	uint64_t lens = 0;
	unsigned b2 = start_bit(w, 2);
	if (m->can_start2[b2 / 64] >> (b2 % 64) & 1)
		lens |= 1ull << 2;
	if (len > 2)
		lens |= m->can_lens3[start_bit(w, 3) % 4096];
	return lens;
}

bool slant_matcher_can_match(const void *matcher, const char *w, size_t len,
                             uint64_t hash)
{
	const struct slant_matcher *m = matcher;
	if (slant_vocab_find_hashed(m->can_exact, w, len, hash) != UINT32_MAX)
		return true;
	for (size_t k = 0; k < m->can_suffix_n; k++) {
		size_t sl = m->can_suffix_len[k];
		if (len > sl && memcmp(w + len - sl, m->can_suffix[k], sl) == 0)
			return true;
	}
	/* Most words start like no prefix; the others probe the lengths of
	 * the prefixes that start like them, from the word's first 16 bytes
	 * at hand. */
	uint64_t lens = prefix_lens(m, w, len);
	if (!lens)
		return false;
	uint64_t lo, hi;
	slant_word_halves(w, len, &lo, &hi);
	for (; lens; lens &= lens - 1) {
		size_t l = (size_t)__builtin_ctzll(lens);
		if (l > len)
			break;
		if (l <= 16) {
			uint64_t h =
			    l <= 8
			        ? slant_hash_16(slant_first_bytes(lo, l), 0, l)
			        : slant_hash_16(
			              lo, slant_first_bytes(hi, l - 8), l);
			if (slant_vocab_find_hashed(m->can_prefix, w, l, h) !=
			    UINT32_MAX)
				return true;
			continue;
		}
		/* Rare: prefixes of more than 16 bytes (bit 63: 63 and more).
		 */
		for (size_t e = l; e <= (l < 63 ? l : len); e++)
			if (slant_vocab_find(m->can_prefix, w, e) != UINT32_MAX)
				return true;
	}
	return false;
}

const struct slant_word_sieve *
slant_matcher_sieve(const struct slant_matcher *m)
{
	return m->sieve;
}

/* Insertion sort: the lists are a handful of dimensions long. */
static void sort_dims(size_t *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t x = v[i], j = i;
		while (j > 0 && v[j - 1] > x) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

static void pool_add(struct slant_matcher *m, const uint32_t *ids, size_t n)
{
	SLANT_GROW(&m->pool, &m->pool_cap, m->pool_n + n);
	memcpy(m->pool + m->pool_n, ids, n * sizeof *ids);
	m->pool_n += n;
}

static void scratch_add(struct slant_matcher *m, const uint32_t *ids, size_t n)
{
	SLANT_GROW(&m->scratch, &m->scratch_cap, m->scratch_n + n);
	memcpy(m->scratch + m->scratch_n, ids, n * sizeof *ids);
	m->scratch_n += n;
}

static bool better(const struct slant_matcher *m, uint32_t e, uint32_t len,
                   uint32_t be, uint32_t blen);

/* Insertion sort of phrase entries by (second word's type, entry). */
static void sort_by_second(const struct slant_matcher *m, uint32_t *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		uint32_t x = v[i];
		uint32_t tx = m->entries[x].rest[0].type;
		size_t j = i;
		while (j > 0) {
			uint32_t y = v[j - 1];
			uint32_t ty = m->entries[y].rest[0].type;
			if (ty < tx || (ty == tx && y < x))
				break;
			v[j] = y;
			j--;
		}
		v[j] = x;
	}
}

/* Split the gathered entries into per-dimension single-word winners and
 * phrases, appending both to the pool. */
static struct cand build_cand(struct slant_matcher *m)
{
	struct cand c = {0, 0, 0, 0, 0};
	c.single_off = (uint32_t)m->pool_n;
	m->ntouched = 0;
	for (size_t k = 0; k < m->scratch_n; k++) {
		uint32_t ei = m->scratch[k];
		const struct centry *e = &m->entries[ei];
		if (e->nwords != 1)
			continue;
		for (size_t h = 0; h < e->nchain; h++) {
			size_t d = e->chain[h];
			if (m->best_len[d] == 0)
				m->touched[m->ntouched++] = d;
			else if (!better(m, ei, 1, m->best_entry[d], 1))
				continue;
			m->best_entry[d] = ei;
			m->best_len[d] = 1;
		}
	}
	sort_dims(m->touched, m->ntouched);
	for (size_t k = 0; k < m->ntouched; k++) {
		size_t d = m->touched[k];
		uint32_t pair[2] = {(uint32_t)d, m->best_entry[d]};
		pool_add(m, pair, 2);
		m->best_len[d] = 0;
	}
	c.nsingle = (uint32_t)m->ntouched;
	m->ntouched = 0;
	c.phrase_off = (uint32_t)m->pool_n;
	for (int pass = 0; pass < 2; pass++) {
		size_t first = m->pool_n;
		for (size_t k = 0; k < m->scratch_n; k++) {
			const struct centry *e = &m->entries[m->scratch[k]];
			if (e->nwords > 1 &&
			    (e->rest[0].prefix == NULL) == (pass == 0)) {
				pool_add(m, &m->scratch[k], 1);
				c.nphrase++;
			}
		}
		if (pass == 0) {
			c.nphrase_exact = c.nphrase;
			if (m->pool_n > first)
				sort_by_second(m, m->pool + first,
				               m->pool_n - first);
		}
	}
	/* Then the second words' types of the exact ones, in the same
	 * order: the per-token search reads one array. */
	for (uint32_t k = 0; k < c.nphrase_exact; k++) {
		uint32_t second =
		    m->entries[m->pool[c.phrase_off + k]].rest[0].type;
		pool_add(m, &second, 1);
	}
	return c;
}

/* Resolve every type interned since the last call: once per type. */
static void resolve_types(struct slant_matcher *m)
{
	size_t nv = slant_vocab_size(m->vocab);
	if (nv <= m->resolved)
		return;
	if (nv > m->type_cap) {
		size_t cap = m->type_cap ? m->type_cap : 1024;
		while (cap < nv)
			cap *= 2;
		m->cand = slant_xreallocarray(m->cand, cap, sizeof *m->cand);
		m->kind = slant_xreallocarray(m->kind, cap, sizeof *m->kind);
		m->neg_mask =
		    slant_xreallocarray(m->neg_mask, cap, sizeof *m->neg_mask);
		m->brk_mask =
		    slant_xreallocarray(m->brk_mask, cap, sizeof *m->brk_mask);
		m->type_cap = cap;
	}
	for (size_t t = m->resolved; t < nv; t++) {
		size_t len;
		const char *w = slant_vocab_word(m->vocab, (uint32_t)t, &len);
		/* Most words of a corpus can take part in no match (one test,
		 * and a probe or two): nothing to gather for them. */
		if (!slant_matcher_can_match(m, w, len,
		                             slant_hash_bytes(w, len))) {
			m->cand[t] = (struct cand){0};
			m->kind[t] = 0;
			m->neg_mask[t] = 0;
			m->brk_mask[t] = 0;
			continue;
		}
		/* Gather every entry whose first word this type matches. */
		m->scratch_n = 0;
		uint32_t id = slant_vocab_find(m->first_exact, w, len);
		if (id != UINT32_MAX)
			scratch_add(m, m->exact_list[id], m->exact_n[id]);
		size_t maxl = len < m->max_prefix ? len : m->max_prefix;
		/* Most words start like no prefix (of any entry's word, a
		 * superset of the first words'), and skip the probes. */
		if (prefix_lens(m, w, len)) {
			for (size_t l = 2; l <= maxl; l++) {
				id = slant_vocab_find(m->first_prefix, w, l);
				if (id != UINT32_MAX)
					scratch_add(m, m->prefix_list[id],
					            m->prefix_n[id]);
			}
		}
		struct cand c = m->cand[t] = build_cand(m);
		for (uint32_t k = 0; k < c.nphrase_exact; k++) {
			unsigned b = pair_bit(
			    (uint32_t)t, m->pool[c.phrase_off + c.nphrase + k]);
			m->pairs[b / 64] |= 1ull << (b % 64);
		}
		m->kind[t] =
		    (uint8_t)((c.nsingle ? K_SINGLE : 0) |
		              (c.nphrase_exact ? K_PHRASE_EXACT : 0) |
		              (c.nphrase > c.nphrase_exact ? K_PHRASE_WILD
		                                           : 0) |
		              (t < m->second_word_n &&
		                       (m->second_word[t / 64] >> (t % 64) & 1)
		                   ? K_SECOND
		                   : 0));
		uint32_t neg = 0, brk = 0;
		for (unsigned b = 1; b <= m->nbits; b++) {
			if (slant_vocab_find(m->negators[b], w, len) !=
			    UINT32_MAX)
				neg |= 1u << (b - 1);
			for (size_t k = 0; k < m->neg_suffix_n[b]; k++) {
				size_t sl = strlen(m->neg_suffix[b][k]);
				if (len > sl &&
				    memcmp(w + len - sl, m->neg_suffix[b][k],
				           sl) == 0)
					neg |= 1u << (b - 1);
			}
			if (slant_vocab_find(m->breakers[b], w, len) !=
			    UINT32_MAX)
				brk |= 1u << (b - 1);
		}
		m->neg_mask[t] = neg;
		m->brk_mask[t] = brk;
	}
	m->resolved = nv;
}

/* Length in tokens of entry e matched at token i, or 0. */
static uint32_t match_len(const struct slant_matcher *m, const struct centry *e,
                          const struct slant_tokens *toks, size_t i)
{
	if (e->nwords == 1)
		return 1;
	if (i + e->nwords > toks->n)
		return 0;
	uint32_t sentence = toks->v[i].sentence;
	for (uint32_t k = 1; k < e->nwords; k++) {
		const struct slant_token *t = &toks->v[i + k];
		const struct cword *cw = &e->rest[k - 1];
		if (t->sentence != sentence)
			return 0;
		if (!cw->prefix) {
			if (t->type != cw->type)
				return 0;
		} else {
			size_t len;
			const char *w =
			    slant_vocab_word(m->vocab, t->type, &len);
			if (len < cw->prefix_len ||
			    memcmp(w, cw->prefix, cw->prefix_len) != 0)
				return 0;
		}
	}
	return e->nwords;
}

static bool better(const struct slant_matcher *m, uint32_t e, uint32_t len,
                   uint32_t be, uint32_t blen)
{
	if (len != blen)
		return len > blen;
	const struct centry *x = &m->entries[e], *y = &m->entries[be];
	if (x->exact_words != y->exact_words)
		return x->exact_words > y->exact_words;
	if (x->prefix_chars != y->prefix_chars)
		return x->prefix_chars > y->prefix_chars;
	return e < be;
}

static bool is_negated(const struct slant_matcher *m, const struct centry *e,
                       const struct slant_tokens *toks, size_t i)
{
	uint32_t bit = 1u << (e->neg_bit - 1);
	for (size_t k = 1; k <= e->window && k <= i; k++) {
		if (toks->v[i - k + 1].flags & SLANT_TOK_CLAUSE_START)
			return false;
		uint32_t type = toks->v[i - k].type;
		if (m->brk_mask[type] & bit)
			return false;
		if (m->neg_mask[type] & bit)
			return true;
	}
	return false;
}

/* Count (or report) the match of entry ei over len tokens at i in
 * dimension d. */
static inline __attribute__((always_inline)) void
accept(struct slant_matcher *m, const struct slant_tokens *toks, size_t i,
       size_t d, uint32_t ei, uint32_t len, int voice, struct slant_tally *t,
       slant_match_fn on_match, void *ctx)
{
	m->blocked[d] = (uint32_t)(i + len);
	bool negated = false;
	if (m->plain[ei]) {
		/* Most hits: the entry's compact copy, not its record. */
		t->hits[voice][d]++;
		t->score[voice][d] += m->weight[ei];
	} else if (!m->entries[ei].exclusion) {
		const struct centry *e = &m->entries[ei];
		if (e->neg_bit && m->lx->dims[d].negatable &&
		    is_negated(m, e, toks, i)) {
			negated = true;
			t->negated[voice][d]++;
		} else {
			t->hits[voice][d]++;
			t->score[voice][d] += e->weight;
		}
	}
	if (on_match) {
		struct slant_match mt = {d,
		                         ei,
		                         (uint32_t)i,
		                         len,
		                         voice == SLANT_QUOTED,
		                         negated,
		                         m->entries[ei].exclusion};
		on_match(ctx, &mt);
	}
}

/* The matches at token i whose type starts phrases that may match there
 * (cand c): the longest per dimension, among the type's single words
 * too. Out of line, so that the loop over the tokens keeps its state in
 * registers. */
static __attribute__((noinline)) void
match_at(struct slant_matcher *m, const struct slant_tokens *toks, size_t i,
         struct cand c, int voice, struct slant_tally *t,
         slant_match_fn on_match, void *ctx)
{
	const uint32_t *pool = m->pool;
	m->ntouched = 0;
	for (uint32_t k = 0; k < c.nsingle; k++) {
		uint32_t d = pool[c.single_off + 2 * k];
		if (m->blocked[d] > i)
			continue;
		m->touched[m->ntouched++] = d;
		m->best_entry[d] = pool[c.single_off + 2 * k + 1];
		m->best_len[d] = 1;
	}
	/* Phrases with an exact second word: only those whose second word
	 * is the next token's type. */
	uint32_t lo = 0, hi = c.nphrase_exact;
	if (i + 1 < toks->n) {
		uint32_t next = toks->v[i + 1].type;
		const uint32_t *second = pool + c.phrase_off + c.nphrase;
		uint32_t a = 0, b = c.nphrase_exact;
		while (a < b) {
			uint32_t mid = (a + b) / 2;
			if (second[mid] < next)
				a = mid + 1;
			else
				b = mid;
		}
		lo = a;
		while (a < c.nphrase_exact && second[a] == next)
			a++;
		hi = a;
	} else {
		lo = hi = 0;
	}
	for (uint32_t k = lo; k < c.nphrase; k++) {
		if (k == hi && k < c.nphrase_exact)
			k = c.nphrase_exact;
		if (k >= c.nphrase)
			break;
		uint32_t ei = pool[c.phrase_off + k];
		const struct centry *e = &m->entries[ei];
		uint32_t len = match_len(m, e, toks, i);
		if (!len)
			continue;
		for (size_t h = 0; h < e->nchain; h++) {
			size_t d = e->chain[h];
			if (m->blocked[d] > i)
				continue;
			if (m->best_len[d] == 0) {
				m->touched[m->ntouched++] = d;
			} else if (!better(m, ei, len, m->best_entry[d],
			                   m->best_len[d])) {
				continue;
			}
			m->best_entry[d] = ei;
			m->best_len[d] = len;
		}
	}
	sort_dims(m->touched, m->ntouched);
	for (size_t k = 0; k < m->ntouched; k++) {
		size_t d = m->touched[k];
		uint32_t len = m->best_len[d];
		m->best_len[d] = 0;
		accept(m, toks, i, d, m->best_entry[d], len, voice, t, on_match,
		       ctx);
	}
}

void slant_matcher_run(struct slant_matcher *m, const struct slant_tokens *toks,
                       struct slant_tally *t, slant_match_fn on_match,
                       void *ctx)
{
	const struct slant_lexicon *lx = m->lx;
	resolve_types(m);
	t->tokens[SLANT_QUOTED] += toks->nquoted;
	t->tokens[SLANT_OWN] += toks->n - toks->nquoted;
	memset(m->blocked, 0, lx->ndims * sizeof *m->blocked);
	const struct cand *cand = m->cand;
	const uint32_t *pool = m->pool;
	const uint8_t *kind = m->kind;
	const struct slant_token *v = toks->v;
	const size_t n = toks->n;
	/* The tokens that can match first, without a branch per token (a
	 * test per token mispredicts on every hit, one token in ten): those
	 * with a single word's match or a phrase with a wildcard second
	 * word, and those that start a phrase whose second word is exact
	 * and whose next token is such a word. Most "the" are not "the
	 * white house", and drop out here. */
	SLANT_GROW(&m->with_cand, &m->with_cand_cap, n);
	uint32_t *with_cand = m->with_cand;
	size_t ncand = 0;
	unsigned next = n ? kind[v[0].type] : 0;
	for (size_t i = 0; i < n; i++) {
		unsigned k = next;
		next = i + 1 < n ? kind[v[i + 1].type] : 0;
		with_cand[ncand] = (uint32_t)i;
		ncand += ((k & (K_SINGLE | K_PHRASE_WILD)) |
		          (k / K_PHRASE_EXACT & next / K_SECOND & 1)) != 0;
	}
	const uint32_t *blocked = m->blocked;
	for (size_t w = 0; w < ncand; w++) {
		size_t i = with_cand[w];
		uint32_t type = v[i].type;
		int voice =
		    (v[i].flags & SLANT_TOK_QUOTED) ? SLANT_QUOTED : SLANT_OWN;
		struct cand c = cand[type];
		/* Only phrases with a wildcard second word, or an exact one
		 * that is the next token's type, can match here. */
		unsigned kt = kind[type];
		bool phrases = kt & K_PHRASE_WILD;
		if (!phrases && (kt & K_PHRASE_EXACT) && i + 1 < n &&
		    (kind[v[i + 1].type] & K_SECOND)) {
			unsigned b = pair_bit(type, v[i + 1].type);
			phrases = m->pairs[b / 64] >> (b % 64) & 1;
		}
		if (phrases) {
			match_at(m, toks, i, c, voice, t, on_match, ctx);
			continue;
		}
		/* Common case: the winners are known per type. */
		for (uint32_t k = 0; k < c.nsingle; k++) {
			uint32_t d = pool[c.single_off + 2 * k];
			if (blocked[d] <= i)
				accept(m, toks, i, d,
				       pool[c.single_off + 2 * k + 1], 1, voice,
				       t, on_match, ctx);
		}
	}
}
