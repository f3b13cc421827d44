/* wordlist.c: word lists the commands read: stop words (the bundled
 * English list or a file) and background frequencies, normalised as
 * text tokens are. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tokenize.h"
#include "vocab.h"

/* A short English stop-word list (function words): pronouns, articles,
 * auxiliaries and modals, prepositions, conjunctions, their contractions,
 * and honorifics (news style: "Mr. Trump" in one outlet, "Trump" in
 * another, says nothing of framing). Reporting verbs ("said", "claimed")
 * are not here: which one an outlet uses is a framing choice. */
const char *const cli_english_stop[] = {
    "a",          "about",   "above",     "across",     "after",    "again",
    "against",    "all",     "along",     "also",       "although", "am",
    "among",      "an",      "and",       "any",        "are",      "aren't",
    "around",     "as",      "at",        "be",         "because",  "been",
    "before",     "being",   "below",     "between",    "both",     "but",
    "by",         "can",     "can't",     "could",      "couldn't", "did",
    "didn't",     "do",      "does",      "doesn't",    "doing",    "don't",
    "down",       "dr",      "dr.",       "during",     "each",     "either",
    "ever",       "every",   "few",       "for",        "from",     "further",
    "had",        "hadn't",  "has",       "hasn't",     "have",     "haven't",
    "having",     "he",      "he's",      "her",        "here",     "hers",
    "herself",    "him",     "himself",   "his",        "how",      "i",
    "i'd",        "i'll",    "i'm",       "i've",       "if",       "in",
    "into",       "is",      "isn't",     "it",         "it's",     "its",
    "itself",     "just",    "let",       "let's",      "may",      "me",
    "might",      "more",    "most",      "mr",         "mr.",      "mrs",
    "mrs.",       "ms",      "ms.",       "must",       "my",       "myself",
    "neither",    "no",      "nor",       "not",        "of",       "off",
    "on",         "once",    "only",      "onto",       "or",       "other",
    "our",        "ours",    "ourselves", "out",        "over",     "own",
    "per",        "same",    "shall",     "she",        "she's",    "should",
    "shouldn't",  "since",   "so",        "some",       "such",     "than",
    "that",       "that's",  "the",       "their",      "theirs",   "them",
    "themselves", "then",    "there",     "there's",    "these",    "they",
    "they'd",     "they'll", "they're",   "they've",    "this",     "those",
    "though",     "through", "to",        "too",        "toward",   "towards",
    "under",      "unless",  "until",     "up",         "upon",     "us",
    "very",       "via",     "was",       "wasn't",     "we",       "we'd",
    "we'll",      "we're",   "we've",     "were",       "weren't",  "what",
    "what's",     "when",    "where",     "whether",    "which",    "while",
    "who",        "who's",   "whom",      "whose",      "why",      "will",
    "with",       "within",  "without",   "won't",      "would",    "wouldn't",
    "yet",        "you",     "you'd",     "you'll",     "you're",   "you've",
    "your",       "yours",   "yourself",  "yourselves",
};

void cli_wordlist_release(struct cli_wordlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->w[i]);
	free(l->w);
	free(l->count);
}

/* Normalise s as text (words joined by one space); NULL when no word. */
static char *normalise(struct slant_tokenizer *tk, struct slant_vocab *v,
                       struct slant_tokens *toks, const char *s)
{
	slant_tokenize_string(tk, s, toks);
	if (!toks->n)
		return NULL;
	struct slant_buf b;
	slant_buf_init(&b);
	for (size_t i = 0; i < toks->n; i++) {
		if (i)
			slant_buf_putc(&b, ' ');
		slant_buf_puts(&b, slant_vocab_word(v, toks->v[i].type, NULL));
	}
	return slant_buf_take(&b);
}

int cli_read_wordlist(const char *path, bool counts, struct cli_wordlist *out)
{
	struct slant_error err;
	slant_error_clear(&err);
	char *text;
	size_t len;
	if (slant_read_file(path, &text, &len, &err) < 0)
		return cli_fail(&err);
	struct slant_vocab *v = slant_vocab_new();
	struct slant_tokenizer *tk = slant_tokenizer_new(v);
	struct slant_tokens toks;
	slant_tokens_init(&toks);
	int status = 0;
	size_t line = 0;
	for (char *p = text, *nl; p && *p; p = nl) {
		nl = strchr(p, '\n');
		if (nl)
			*nl++ = '\0';
		line++;
		if (*p == '#')
			continue;
		double c = 1;
		if (counts) {
			char *tab = strrchr(p, '\t');
			if (!tab)
				tab = strrchr(p, ' ');
			char *end = NULL;
			if (tab)
				c = strtod(tab + 1, &end);
			if (!tab || end == tab + 1 || !(c >= 0)) {
				if (strspn(p, " \t\r") == strlen(p))
					continue;
				slant_error_at(&err, SLANT_EDATA, path, line, 0,
				               "expected 'term<TAB>count'");
				status = cli_fail(&err);
				break;
			}
			*tab = '\0';
		}
		char *w = normalise(tk, v, &toks, p);
		if (!w)
			continue;
		out->w =
		    slant_xreallocarray(out->w, out->n + 1, sizeof *out->w);
		out->count = slant_xreallocarray(out->count, out->n + 1,
		                                 sizeof *out->count);
		out->w[out->n] = w;
		out->count[out->n++] = c;
	}
	slant_tokens_release(&toks);
	slant_tokenizer_free(tk);
	slant_vocab_free(v);
	free(text);
	return status;
}

const size_t cli_english_stop_count =
    sizeof cli_english_stop / sizeof *cli_english_stop;

int cli_stopwords(const char *arg, struct cli_wordlist *store,
                  struct slant_compare_options *o)
{
	if (!arg || strcmp(arg, "none") == 0)
		return 0;
	if (strcmp(arg, "english") == 0) {
		o->stopwords = cli_english_stop;
		o->nstopwords = cli_english_stop_count;
	} else {
		int status = cli_read_wordlist(arg, false, store);
		if (status)
			return status;
		o->stopwords = (const char *const *)store->w;
		o->nstopwords = store->n;
	}
	o->stopwords_name = arg;
	return 0;
}
