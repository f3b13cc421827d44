/* t-tokenize-paths.c: the tokenizer's vector word scan and its byte loop
 * (the same source built without the vector path, tokenize-scalar.c) give
 * the same tokens: spans, types, flags, sentences, paragraphs, quotes, on
 * texts made to hit every boundary of the vector path (words of 15, 16 and
 * 17 bytes, joiners, non-ASCII letters and quotes right after ASCII words,
 * words in the last 16 bytes, initialisms and abbreviations before
 * sentence openers), with and without a word filter, and with a filter's
 * sieve on the vector side. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tap.h"
#include "tokenize-scalar.h"
#include "tokenize.h"
#include "vocab.h"

struct side {
	struct slant_vocab *vocab;
	struct slant_tokenizer *tk;
	struct slant_tokens toks;
};

/* The pieces random texts are made of. */
static const char *const pieces[] = {
    " ",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    ",",
    ".",
    ". ",
    "!",
    "?",
    ";",
    ":",
    "(",
    ")",
    "'",
    "-",
    "--",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "…",
    "—",
    "3",
    "15",
    "3.5",
    "15,000",
    "1.2.3",
    "a",
    "I",
    "Mr.",
    "U.S.",
    "e.g.",
    "the",
    "The",
    "THE",
    "war",
    "Trump's",
    "don't",
    "don’t",
    "well-known",
    "anti-",
    "-ish",
    "'tis",
    "rock'n'roll",
    "café",
    "naïve",
    "Zürich",
    "Москва",
    "Αθήνα",
    "سلام",
    "كـــتاب",
    "שלום",
    "l'été",
    "abcdefghijklmno",
    "abcdefghijklmnop",
    "abcdefghijklmnopq",
    "Internationalisation",
    "x",
    "mid-2020s",
    "co-op",
    "O'Neill",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
    "ｆｕｌｌ",
    "ﬁne",
    "A\xcc\x81",
    "quoted",
    "said",
    "not",
    "never",
    /* initialisms, abbreviations and the openers after them */
    "U.S.A.",
    "D.C.",
    "N.R.A",
    "U.",
    "S",
    "J.",
    "Jr.",
    "Inc.",
    "Jan.",
    "Dr.",
    "Ph.D.",
    "It's",
    "In",
    "He",
    "Senate",
    "abcdefghijklmn U.S.",
};

static unsigned long long rng = 0x9e3779b97f4a7c15ULL;
static unsigned next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static void side_init(struct side *s, int scalar)
{
	s->vocab = slant_vocab_new();
	s->tk = scalar ? scalar_tokenizer_new(s->vocab)
	               : slant_tokenizer_new(s->vocab);
	slant_tokens_init(&s->toks);
}

static void side_release(struct side *s, int scalar)
{
	slant_tokens_release(&s->toks);
	if (scalar)
		scalar_tokenizer_free(s->tk);
	else
		slant_tokenizer_free(s->tk);
	slant_vocab_free(s->vocab);
}

/* Keep words with an 'e' (a filter as arbitrary as a lexicon's). */
static bool keep_e(const void *ctx, const char *w, size_t len, uint64_t hash)
{
	(void)ctx;
	(void)hash;
	return memchr(w, 'e', len) != NULL;
}

/* A lexicon's view: these exact words and words starting with these
 * prefixes (lower case, as normalised), and a sieve holding them. */
static const char *const lex_words[] = {
    "the",   "war",  "said", "x",    "3",  "abcdefghijklmno",
    "don't", "café", "u.s.", "d.c.", "in", "it's"};
static const char *const lex_prefixes[] = {"quot", "ne", "interna", "zü"};

static bool keep_lex(const void *ctx, const char *w, size_t len, uint64_t hash)
{
	(void)ctx;
	(void)hash;
	for (size_t i = 0; i < sizeof lex_words / sizeof *lex_words; i++)
		if (strlen(lex_words[i]) == len &&
		    memcmp(lex_words[i], w, len) == 0)
			return true;
	for (size_t i = 0; i < sizeof lex_prefixes / sizeof *lex_prefixes;
	     i++) {
		size_t pl = strlen(lex_prefixes[i]);
		if (len >= pl && memcmp(lex_prefixes[i], w, pl) == 0)
			return true;
	}
	return false;
}

static struct slant_word_sieve *lex_sieve(void)
{
	struct slant_word_sieve *sv = slant_word_sieve_new();
	for (size_t i = 0; i < sizeof lex_words / sizeof *lex_words; i++)
		slant_word_sieve_word(sv, lex_words[i], strlen(lex_words[i]));
	for (size_t i = 0; i < sizeof lex_prefixes / sizeof *lex_prefixes; i++)
		slant_word_sieve_prefix(sv, lex_prefixes[i],
		                        strlen(lex_prefixes[i]));
	return sv;
}

/* Both sides agree on text[0..len): same tokens, same words. Prints the
 * first difference. */
static int same(struct side *v, struct side *s, const char *text, size_t len)
{
	slant_tokenize(v->tk, text, len, &v->toks);
	scalar_tokenize(s->tk, text, len, &s->toks);
	const struct slant_tokens *a = &v->toks, *b = &s->toks;
	if (a->n != b->n || a->nquoted != b->nquoted ||
	    a->nsentences != b->nsentences ||
	    a->nparagraphs != b->nparagraphs) {
		printf("# counts differ: %zu/%zu tokens, %zu/%zu quoted on "
		       "'%.*s'\n",
		       a->n, b->n, a->nquoted, b->nquoted, (int)len, text);
		return 0;
	}
	for (size_t i = 0; i < a->n; i++) {
		const struct slant_token *x = &a->v[i], *y = &b->v[i];
		const char *wx = slant_vocab_word(v->vocab, x->type, NULL);
		const char *wy = slant_vocab_word(s->vocab, y->type, NULL);
		if (x->offset != y->offset || x->length != y->length ||
		    x->flags != y->flags || x->sentence != y->sentence ||
		    x->paragraph != y->paragraph || strcmp(wx, wy) != 0) {
			printf("# token %zu differs: '%s' at %u+%u flags %u vs "
			       "'%s' at %u+%u flags %u in '%.*s'\n",
			       i, wx, x->offset, x->length, x->flags, wy,
			       y->offset, y->length, y->flags, (int)len, text);
			return 0;
		}
	}
	return 1;
}

/* Prose: words between single spaces and the marks the vector path takes
 * inside a run of words, so that a run meets every kind of word and
 * mark after it. */
static const char *const gaps[] = {" ",    " ",  " ",  " ",  " ",  ", ",
                                   ". ",   "; ", ": ", "! ", "? ", "  ",
                                   " (",   ") ", " “", "” ", "\n", "\n\n",
                                   "... ", ".",  ",",  "-",  "'",  ".\n"};

static void random_prose(struct slant_buf *b, size_t nwords)
{
	slant_buf_reset(b);
	for (size_t k = 0; k < nwords; k++) {
		slant_buf_puts(
		    b, pieces[30 + next_rand() %
		                       (sizeof pieces / sizeof *pieces - 30)]);
		slant_buf_puts(
		    b, gaps[next_rand() % (sizeof gaps / sizeof *gaps)]);
	}
	if (!b->data)
		slant_buf_puts(b, "");
}

static void random_text(struct slant_buf *b, size_t npieces)
{
	slant_buf_reset(b);
	for (size_t k = 0; k < npieces; k++)
		slant_buf_puts(
		    b, pieces[next_rand() % (sizeof pieces / sizeof *pieces)]);
	if (!b->data)
		slant_buf_puts(b, "");
}

int main(void)
{
	/* 0: every word; 1: a filter; 2: a filter and, on the vector side
	 * only (the byte loop never asks it), its sieve. */
	static const char *const modes[] = {"all words", "filtered",
	                                    "filtered and sieved"};
	struct slant_word_sieve *sv = lex_sieve();
	for (int filter = 0; filter < 3; filter++) {
		struct side v, s;
		side_init(&v, 0);
		side_init(&s, 1);
		if (filter == 1) {
			slant_tokenizer_filter(v.tk, keep_e, NULL);
			scalar_tokenizer_filter(s.tk, keep_e, NULL);
		} else if (filter == 2) {
			slant_tokenizer_filter(v.tk, keep_lex, NULL);
			slant_tokenizer_sieve(v.tk, sv);
			scalar_tokenizer_filter(s.tk, keep_lex, NULL);
		}
		const char *fixed[] = {
		    "",
		    "word",
		    "The Zionist regime and the Zionist entity: “a war,” "
		    "he said. Mr. Smith's well-known 3.5% rise, 15,000 "
		    "people.\n\nNext paragraph’s start.",
		    "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq "
		    "abcdefghijklmnopqrstuvwxyz end of text",
		    "café café CAFÉ naïve don’t don't l'été anti-ÉU "
		    "x-ray 'quote' ‘single’ «guillemet» done here now.",
		    "In the U.S. The next day Mr. Smith met U.S. officials at "
		    "5 p.m. in Washington, D.C. It's Plan B. He left Apple "
		    "Inc. In 2020 the U.S., the N.R.A and e.g. J. Smith.",
		};
		int all = 1;
		for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
			all &= same(&v, &s, fixed[i], strlen(fixed[i]));
		ok(all, "%s: fixed texts tokenize alike on both paths",
		   modes[filter]);

		struct slant_buf b;
		slant_buf_init(&b);
		all = 1;
		for (int trial = 0; trial < 20000 && all; trial++) {
			if (trial % 2)
				random_prose(&b, 1 + next_rand() % 60);
			else
				random_text(&b, 1 + next_rand() % 120);
			all &= same(&v, &s, b.data, b.len);
			/* Every cut of the text's end moves words into and
			 * out of the last 16 bytes (a text ends in '\0'). */
			if (trial % 50 == 0)
				for (size_t cut = 0; cut < b.len && all;
				     cut++) {
					char *prefix =
					    slant_xstrndup(b.data, cut);
					all &= same(&v, &s, prefix, cut);
					free(prefix);
				}
		}
		ok(all,
		   "%s: 20,000 random texts (half prose) and their prefixes "
		   "alike",
		   modes[filter]);
		slant_buf_release(&b);
		side_release(&v, 0);
		side_release(&s, 1);
	}
	slant_word_sieve_free(sv);
	return tap_done();
}
