/* boilerplate.h: page furniture repeated across an outlet's articles.
 *
 * News crawls carry lines that belong to the site, not the story:
 * "Copyright 2019 The Washington Times, LLC. Click here for reprint
 * permission.", "Sign up for daily newsletters", "Story continued below",
 * a byline, a photo credit. Counted as words they become an outlet's
 * "most distinctive words". Lines are compared trimmed, ASCII letters
 * lower-cased, runs of white space as one. For a group of N articles,
 * with min_articles (A) and min_share (S) given to finish:
 *   - a line is boilerplate when it is a line of at least A and S*N of
 *     the group's articles;
 *   - a template line is one of three or more words that does not end
 *     like a sentence (. ! ? : ; a closing quote or an ellipsis) and is
 *     not the article's title ("Enlarge this image toggle caption
 *     <credit>", "JUST WATCHED <title> Replay More Videos"). It is
 *     boilerplate when lines opening with the same two words are in A and
 *     2*S*N articles, or when its two-word shingles (with '/' and '|' as
 *     spaces, punctuation dropped) are: at least two and a quarter of its
 *     shingles in A and 2*S*N articles each, or one such shingle without
 *     a function word among its last four words (a credit closing a
 *     caption: "... Jane Doe/Getty Images");
 *   - a sentence line of 6 to 20 words is boilerplate when its last four
 *     words end lines of A and 5*S*N articles ("... reached out to the
 *     Daily Planet for comment.": the outlet's sign-off after varying
 *     words);
 *   - a sentence of six or more words within a line of several is
 *     boilerplate when it is in A and 2*S*N articles ("By signing up you
 *     agree to receive email newsletters or alerts from X.").
 * An article's title is never blanked. Boilerplate lines and sentences
 * are blanked (replaced by spaces, so byte offsets stay valid for
 * evidence) before counting.
 *
 * Usage: count every article once (in input order, one thread), finish,
 * then blank articles (thread-safe: only reads). Lines are compared by a
 * 64-bit hash; a collision could at worst blank a line that repeats a
 * boilerplate line's hash, which at 2^-64 per pair is not a concern. */
#ifndef SLANT_BOILERPLATE_H
#define SLANT_BOILERPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"

struct slant_boilerplate;

struct slant_boilerplate *slant_boilerplate_new(void);
void slant_boilerplate_free(struct slant_boilerplate *b);

/* Count the distinct lines of article a in its group (a->group). */
void slant_boilerplate_count(struct slant_boilerplate *b,
                             const struct slant_article *a);

/* Decide which lines are boilerplate, per group: those in at least
 * min_articles articles and at least min_share of the group's articles. */
void slant_boilerplate_finish(struct slant_boilerplate *b, size_t min_articles,
                              double min_share);

/* Blank the boilerplate lines of a (its group's) with spaces. Returns the
 * number of lines blanked. Thread-safe after finish. */
size_t slant_boilerplate_blank(const struct slant_boilerplate *b,
                               struct slant_article *a);

/* Add lines (what blank returned for an article of group) to the
 * group's tally of blanked lines. Thread-safe. */
void slant_boilerplate_tally(const struct slant_boilerplate *b,
                             const char *group, size_t lines);

/* What was found for group number i (0 .. groups - 1, in the order the
 * groups were first seen): its name, articles, boilerplate lines, and the
 * most frequent such line (its text as first seen, NUL-terminated; NULL
 * when none), and the lines tallied. */
size_t slant_boilerplate_groups(const struct slant_boilerplate *b);
void slant_boilerplate_group(const struct slant_boilerplate *b, size_t i,
                             const char **name, size_t *articles, size_t *lines,
                             const char **example, size_t *example_articles,
                             size_t *blanked);

#endif
