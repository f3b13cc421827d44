/* boilerplate.h: page furniture repeated across an outlet's articles.
 *
 * News crawls carry lines that belong to the site, not the story:
 * "Copyright 2019 The Washington Times, LLC. Click here for reprint
 * permission.", "Sign up for daily newsletters", "Story continued below",
 * a byline, a photo credit. Counted as words they become an outlet's
 * "most distinctive words". A line is boilerplate for a group when the
 * same line (trimmed, ASCII letters lower-cased, runs of white space as
 * one) opens a line in at least min_articles of the group's articles and
 * in at least min_share of them. Such lines are blanked (replaced by
 * spaces, so byte offsets stay valid for evidence) before counting.
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

/* What was found for group number i (0 .. groups - 1, in the order the
 * groups were first seen): its name, articles, boilerplate lines, and the
 * most frequent such line (its text as first seen, NUL-terminated; NULL
 * when none). */
size_t slant_boilerplate_groups(const struct slant_boilerplate *b);
void slant_boilerplate_group(const struct slant_boilerplate *b, size_t i,
                             const char **name, size_t *articles, size_t *lines,
                             const char **example, size_t *example_articles);

#endif
