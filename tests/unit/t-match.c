/* t-match.c: longest match, exclusions, wildcards, phrases, roll-up,
 * voices, negation, and independence from the order of lexicon lines. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "match.h"
#include "mem.h"
#include "tap.h"
#include "tokenize.h"
#include "vocab.h"

static const char lex_text[] = "%scheme t\n"
                               "%dimension conflict Conflict\n"
                               "%dimension conflict/military Armed\n"
                               "%dimension economy Economy\n"
                               "%dimension tone Tone\n"
                               "%negators not never no *n't\n"
                               "%clause-breakers but\n"
                               "%negatable tone\n"
                               "@conflict\n"
                               "clash*\n"
                               "clashes = 3\n"
                               "war\n"
                               "!conflict of interest\n"
                               "conflict\n"
                               "war of words = 2\n"
                               "@conflict/military\n"
                               "war crimes\n"
                               "troop* deploy*\n"
                               "@economy\n"
                               "pay\n"
                               "!pay attention\n"
                               "tax*\n"
                               "tax relief\n"
                               "@tone\n"
                               "victory\n"
                               "success\n";

struct run {
	struct slant_lexicon *lx;
	struct slant_vocab *vocab;
	struct slant_tokenizer *tk;
	struct slant_matcher *m;
	struct slant_tokens toks;
	struct slant_tally tally;
};

static struct slant_lexicon *load(const char *text)
{
	struct slant_error err;
	struct slant_lexicon *lx = slant_lexicon_new();
	if (slant_lexicon_parse_native(lx, "t.lex", text, strlen(text), &err) <
	        0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		printf("# %s: %s\n", err.where, err.message);
		exit(1);
	}
	return lx;
}

static void run_init(struct run *r, const char *text)
{
	r->lx = load(text);
	r->vocab = slant_vocab_new();
	r->tk = slant_tokenizer_new(r->vocab);
	r->m = slant_matcher_new(r->lx, r->vocab);
	slant_tokens_init(&r->toks);
	slant_tally_init(&r->tally, r->lx);
}

static void run_release(struct run *r)
{
	slant_tally_release(&r->tally);
	slant_tokens_release(&r->toks);
	slant_matcher_free(r->m);
	slant_tokenizer_free(r->tk);
	slant_vocab_free(r->vocab);
	slant_lexicon_free(r->lx);
}

static struct slant_buf matched;
static const struct slant_lexicon *cur_lx;

static void record(void *ctx, const struct slant_match *m)
{
	(void)ctx;
	if (m->dim != cur_lx->entries[m->entry].dim)
		return;
	if (matched.len)
		slant_buf_puts(&matched, "; ");
	slant_buf_printf(&matched, "%s%s%s", cur_lx->entries[m->entry].text,
	                 m->excluded ? " (excl)" : "",
	                 m->negated ? " (neg)" : "");
}

static void score(struct run *r, const char *text)
{
	slant_tokenize_string(r->tk, text, &r->toks);
	slant_tally_reset(&r->tally);
	slant_buf_reset(&matched);
	slant_buf_puts(&matched, "");
	cur_lx = r->lx;
	slant_matcher_run(r->m, &r->toks, &r->tally, record, NULL);
}

static unsigned hits(struct run *r, const char *dim)
{
	size_t d = slant_lexicon_find_dim(r->lx, dim);
	SLANT_ASSERT(d != SIZE_MAX);
	return r->tally.hits[0][d] + r->tally.hits[1][d];
}

/* A tiny deterministic PRNG for the shuffles. */
static unsigned long long rng = 88172645463325252ULL;
static unsigned long long next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Shuffle the lines of each section and the order of the sections. */
static char *shuffled(const char *text)
{
	char *copy = slant_xstrdup(text);
	char *lines[128];
	size_t n = 0;
	for (char *p = strtok(copy, "\n"); p && n < 128; p = strtok(NULL, "\n"))
		lines[n++] = p;
	/* header: directives; then sections starting at '@' */
	size_t first = 0;
	while (first < n && lines[first][0] != '@')
		first++;
	size_t starts[32], ns = 0;
	for (size_t i = first; i < n; i++)
		if (lines[i][0] == '@')
			starts[ns++] = i;
	starts[ns] = n;
	size_t order[32];
	for (size_t i = 0; i < ns; i++)
		order[i] = i;
	for (size_t i = ns; i > 1; i--) {
		size_t j = next_rand() % i, t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
	struct slant_buf b;
	slant_buf_init(&b);
	/* Directives shuffled too, but %scheme first and %dimension parents
	 * before children: keep their relative order, move the rest. */
	for (size_t i = 0; i < first; i++) {
		slant_buf_puts(&b, lines[i]);
		slant_buf_putc(&b, '\n');
	}
	for (size_t k = 0; k < ns; k++) {
		size_t s = order[k], a = starts[s] + 1, z = starts[s + 1];
		slant_buf_puts(&b, lines[starts[s]]);
		slant_buf_putc(&b, '\n');
		for (size_t i = z - a; i > 1; i--) {
			size_t j = next_rand() % i;
			char *t = lines[a + i - 1];
			lines[a + i - 1] = lines[a + j];
			lines[a + j] = t;
		}
		for (size_t i = a; i < z; i++) {
			slant_buf_puts(&b, lines[i]);
			slant_buf_putc(&b, '\n');
		}
	}
	free(copy);
	return slant_buf_take(&b);
}

int main(void)
{
	struct run r;
	slant_buf_init(&matched);
	run_init(&r, lex_text);

	score(&r, "The clashes began.");
	is_str(matched.data, "clashes",
	       "exact entry beats a wildcard of the same length");
	is_num(r.tally.score[0][slant_lexicon_find_dim(r.lx, "conflict")], 3,
	       1e-12, "weight of the winning entry");
	score(&r, "They clashed again.");
	is_str(matched.data, "clash*", "wildcard matches");
	score(&r, "A war of words broke out.");
	is_str(matched.data, "war of words", "longest match wins over 'war'");
	is_int(hits(&r, "conflict"), 1, "one hit, no overlap");
	score(&r, "She declared a conflict of interest.");
	is_str(matched.data, "conflict of interest (excl)",
	       "exclusion blocks the shorter entry");
	is_int(hits(&r, "conflict"), 0, "exclusion counts nothing");
	score(&r, "Pay attention: they will pay.");
	is_str(matched.data, "pay attention (excl); pay",
	       "'pay' but not 'pay attention'");
	is_int(hits(&r, "economy"), 1, "one economy hit");
	score(&r, "War crimes were alleged.");
	is_int(hits(&r, "conflict/military"), 1, "sub-dimension hit");
	is_int(hits(&r, "conflict"), 1,
	       "sub-dimension rolls up into its parent once");
	score(&r, "Troops deployed near the border; war followed.");
	is_int(hits(&r, "conflict/military"), 1, "phrase of two wildcards");
	is_int(hits(&r, "conflict"), 2,
	       "parent counts its own and the child's entries");
	score(&r, "The war. Of words nothing came.");
	is_int(hits(&r, "conflict"), 1, "phrases do not cross sentences");
	score(&r, "Taxes and tax relief.");
	is_str(matched.data, "tax*; tax relief",
	       "wildcard and phrase in one dimension");
	is_int(hits(&r, "economy"), 2, "two economy hits");

	/* Voices */
	score(&r,
	      "The war went on. “This war must end,” she said of the clash.");
	size_t dc = slant_lexicon_find_dim(r.lx, "conflict");
	is_int(r.tally.hits[SLANT_OWN][dc], 2, "own-voice hits");
	is_int(r.tally.hits[SLANT_QUOTED][dc], 1, "quoted hits");
	is_int(r.tally.tokens[SLANT_QUOTED], 4, "quoted tokens");
	is_int(r.tally.tokens[SLANT_OWN], 9, "own-voice tokens");

	/* Negation */
	size_t dt = slant_lexicon_find_dim(r.lx, "tone");
	score(&r, "It was not a victory.");
	is_int(hits(&r, "tone"), 0, "'not a victory' is not positive");
	is_int(r.tally.negated[0][dt], 1, "counted as negated");
	score(&r, "It wasn't a clear victory.");
	is_int(hits(&r, "tone"), 0, "*n't negator within three tokens");
	score(&r, "Not once, a victory.");
	is_int(hits(&r, "tone"), 1, "a comma ends the negator's scope");
	score(&r, "No one expected it, but victory came.");
	is_int(hits(&r, "tone"), 1, "clause breaker word ends the scope");
	score(&r, "Never did we think of this as a victory.");
	is_int(hits(&r, "tone"), 1, "negator beyond the window does not count");
	score(&r, "Not a war.");
	is_int(hits(&r, "conflict"), 1,
	       "non-negatable dimensions ignore negators");

	/* Empty text */
	score(&r, "");
	is_int(r.tally.tokens[0] + r.tally.tokens[1], 0,
	       "empty text, zero tokens");
	is_int(hits(&r, "conflict"), 0, "empty text, zero hits");

	/* Property: shuffling lines and sections changes nothing. */
	const char *texts[] = {
	    "War of words over taxes: troops deploy, pay attention, clashes "
	    "and conflict of interest.",
	    "“Not a victory,” he said. Tax relief and war crimes. Clashing "
	    "pay.",
	};
	unsigned base[2][8];
	for (int t = 0; t < 2; t++) {
		score(&r, texts[t]);
		for (size_t d = 0; d < r.lx->ndims; d++)
			base[t][d] =
			    r.tally.hits[0][d] * 1000 + r.tally.hits[1][d];
	}
	int same = 1;
	for (int trial = 0; trial < 50; trial++) {
		char *sh = shuffled(lex_text);
		struct run r2;
		run_init(&r2, sh);
		for (int t = 0; t < 2; t++) {
			score(&r2, texts[t]);
			for (size_t d = 0; d < r2.lx->ndims; d++)
				if (base[t][d] != r2.tally.hits[0][d] * 1000 +
				                      r2.tally.hits[1][d])
					same = 0;
		}
		run_release(&r2);
		free(sh);
	}
	ok(same, "50 shuffles of lines and sections give identical tallies");

	/* The word filter of slant score: which words can take part in a
	 * match, and matching through it changes nothing. */
	const char *can[] = {"war",      "clashing", "clash",      "words",
	                     "of",       "crimes",   "deployment", "troopers",
	                     "not",      "wasn't",   "but",        "attention",
	                     "interest", "tax",      "taxation",   "success"};
	const char *cannot[] = {"peace", "clas",     "wa",  "warfare",
	                        "deplo", "nt",       "n't", "butter",
	                        "",      "successes"};
	int yes = 1, no = 1;
	for (size_t i = 0; i < sizeof can / sizeof *can; i++)
		yes &= slant_matcher_can_match(
		    r.m, can[i], strlen(can[i]),
		    slant_hash_bytes(can[i], strlen(can[i])));
	for (size_t i = 0; i < sizeof cannot / sizeof *cannot; i++)
		no &= !slant_matcher_can_match(
		    r.m, cannot[i], strlen(cannot[i]),
		    slant_hash_bytes(cannot[i], strlen(cannot[i])));
	ok(yes, "entry words, prefixes, phrase words, negators (and *n't) "
	        "and clause breakers can match");
	ok(no, "other words, and shorter spellings of prefixes, cannot");
	{
		/* The matcher's sieve holds every word that can match; and
		 * it stops some that cannot (else it is no sieve). */
		const struct slant_word_sieve *sv = slant_matcher_sieve(r.m);
		int held = 1;
		for (size_t i = 0; i < sizeof can / sizeof *can; i++)
			held &=
			    slant_word_sieve_passes(sv, can[i], strlen(can[i]));
		const char *stopped[] = {"peace", "wa", "butter", "successes"};
		int stops = 1;
		for (size_t i = 0; i < sizeof stopped / sizeof *stopped; i++)
			stops &= !slant_word_sieve_passes(sv, stopped[i],
			                                  strlen(stopped[i]));
		ok(held, "the matcher's sieve passes every word that can "
		         "match");
		ok(stops, "and stops other words");
	}
	{
		struct run f;
		run_init(&f, lex_text);
		slant_tokenizer_filter(f.tk, slant_matcher_can_match, f.m);
		slant_tokenizer_sieve(f.tk, slant_matcher_sieve(f.m));
		const char *words[] = {
		    "war",      "of",       "words",  "clashes",   "clashed",
		    "conflict", "interest", "pay",    "attention", "tax",
		    "taxes",    "relief",   "troops", "deployed",  "crimes",
		    "not",      "wasn't",   "never",  "no",        "but",
		    "victory",  "success",  "the",    "a",         "peace",
		    "Mr.",      "said",     "“",      "”",         ",",
		    ".",        "\n\n",     "War",    "WAR",       "warfare"};
		struct slant_buf text, plain;
		slant_buf_init(&text);
		slant_buf_init(&plain);
		int alike = 1;
		for (int trial = 0; trial < 3000 && alike; trial++) {
			slant_buf_reset(&text);
			size_t n = 1 + next_rand() % 40;
			for (size_t k = 0; k < n; k++) {
				slant_buf_puts(
				    &text,
				    words[next_rand() %
				          (sizeof words / sizeof *words)]);
				slant_buf_putc(&text, ' ');
			}
			score(&r, text.data);
			slant_buf_reset(&plain);
			slant_buf_puts(&plain, matched.data);
			score(&f, text.data);
			alike &= strcmp(plain.data, matched.data) == 0 &&
			         r.tally.tokens[0] == f.tally.tokens[0] &&
			         r.tally.tokens[1] == f.tally.tokens[1];
			for (size_t d = 0; d < r.lx->ndims; d++)
				for (int v = 0; v < 2; v++)
					alike &= r.tally.hits[v][d] ==
					             f.tally.hits[v][d] &&
					         r.tally.negated[v][d] ==
					             f.tally.negated[v][d] &&
					         r.tally.score[v][d] ==
					             f.tally.score[v][d];
			if (!alike)
				printf("# differs on '%s': '%s' vs '%s'\n",
				       text.data, plain.data, matched.data);
		}
		ok(alike, "3,000 random texts: the same matches and tallies "
		          "with the filter and its sieve as without");
		ok(slant_vocab_size(f.vocab) < slant_vocab_size(r.vocab),
		   "and fewer types (%zu, not %zu)", slant_vocab_size(f.vocab),
		   slant_vocab_size(r.vocab));
		slant_buf_release(&text);
		slant_buf_release(&plain);
		run_release(&f);
	}

	run_release(&r);

	/* Regression (found by fuzz-lexicon): a dictionary whose category has
	 * no entries compiles and matches nothing. */
	{
		struct slant_error err;
		struct slant_lexicon *lx = slant_lexicon_new();
		const char dic[] = "%\n1\tempty\n%\n";
		int rc =
		    slant_lexfmt_read_as(lx, SLANT_LEXFMT_DIC, "e.dic", dic,
		                         strlen(dic), NULL, NULL, &err);
		rc = rc == 0 ? slant_lexicon_finish(lx, &err) : rc;
		ok(rc == 0, "dictionary with an empty category loads");
		struct slant_vocab *v = slant_vocab_new();
		struct slant_tokenizer *tk = slant_tokenizer_new(v);
		struct slant_matcher *m = slant_matcher_new(lx, v);
		struct slant_tokens toks;
		struct slant_tally t;
		slant_tokens_init(&toks);
		slant_tally_init(&t, lx);
		slant_tokenize_string(tk, "some words here", &toks);
		slant_matcher_run(m, &toks, &t, NULL, NULL);
		is_int(t.hits[0][0], 0, "and matches nothing");
		slant_tally_release(&t);
		slant_tokens_release(&toks);
		slant_matcher_free(m);
		slant_tokenizer_free(tk);
		slant_vocab_free(v);
		slant_lexicon_free(lx);
	}
	slant_buf_release(&matched);
	return tap_done();
}
