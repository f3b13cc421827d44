/* lexreach.h: what a lexicon's wildcards and phrases reach in a corpus
 * (slant lexicon expand), and the lint of that reach (slant lexicon check
 * --corpus).
 *
 * The reach of an entry is every distinct word, or word sequence for a
 * phrase, that it matched in the corpus, as the matcher accepted it in
 * the dimension the entry is listed in (so a word taken by a longer
 * entry, or by an exclusion, is not the wildcard's), with the number of
 * matches and of articles. Negated matches count: the entry reached the
 * word. Words are written normalised (NFKC, case folded), joined by one
 * space in a phrase.
 *
 * The corpus is read once through the stream on any number of threads;
 * each worker counts into its own table and the tables are added up at the
 * end, so the result does not depend on the threads.
 */
#ifndef SLANT_LEXREACH_H
#define SLANT_LEXREACH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "error.h"
#include "lexicon.h"
#include "lextest.h"
#include "mem.h"

struct slant_reach_word {
	char *text;
	size_t count, articles;
};

struct slant_reach_entry {
	uint32_t entry; /* index into the lexicon's entries */
	size_t count, articles;
	struct slant_reach_word *words; /* most matches first, then text */
	size_t nwords;
};

struct slant_reach {
	const struct slant_lexicon *lx;
	size_t articles; /* read */
	/* entries that matched, in lexicon order */
	struct slant_reach_entry *entries;
	size_t nentries;
};

/* Read the corpus through and count the reach of every entry with a
 * wildcard or of more than one word (every entry with all_entries).
 * Returns NULL with *err set on bad input. lx is borrowed and must outlive
 * the result. */
struct slant_reach *slant_reach_run(const struct slant_lexicon *lx,
                                    struct slant_corpus *c, unsigned threads,
                                    bool all_entries, struct slant_error *err);
void slant_reach_free(struct slant_reach *r);

/* Warnings about wildcards whose reach is mostly outside their sense, as
 * far as the words alone can tell. A word that a single-word wildcard
 * stem* reaches is "near" the stem when, up to a hyphen, it is the stem
 * and a sequence of English endings, inflectional or derivational
 * (-s -ed -ing -er -ly -ion -ation -ic -al -ist -ism -ity -ous -ness
 * -ment -able ..., so "econom*" reaching "economists" is near; -d only
 * after an e); the stem's last letter may be doubled before -ed and -ing
 * ("ban*": "banned", not "banner"); and when the stem
 * is no word of its own (it is under 5% of the matches: "hypocri*",
 * "deterren*"), up to three letters may complete it first. Other words
 * are "far": "war*" reaching "warning" or "warm", "flood*" reaching
 * "floodplain". For schemes in other languages (%language not en), a
 * word is near when it adds at most three letters. A wildcard with at
 * least min_count matches is reported when far words are a quarter of
 * its matches or more ("reaches mostly other words" past a half), naming
 * the most frequent and their counts, so that the author can list the
 * forms meant or exclude the others (!warning). A hint only: a near word
 * can still be in the wrong sense ("flooded" streets for a metaphor of
 * migration), which only reading the matches shows (slant lexicon kwic).
 * Returns the number of findings; *out (caller frees) lists them in
 * lexicon order, each naming path:line of the entry. */
size_t slant_reach_lint(const struct slant_reach *r, size_t min_count,
                        struct slant_finding **out);

/* ---- output ---- */

/* A readable table: dimension, entry, word, count, articles, share. */
void slant_reach_write_text(const struct slant_reach *r, struct slant_buf *b);
/* CSV or TSV with the columns dimension, entry, line, word, count,
 * articles, share. */
void slant_reach_write_table(const struct slant_reach *r, bool tsv,
                             struct slant_buf *b);
/* JSON: {"articles": N, "entries": [{"dimension", "entry", "line",
 * "count", "articles", "words": [{"word", "count", "articles"}]}]}. */
void slant_reach_write_json(const struct slant_reach *r, struct slant_buf *b);

#endif
