/* selfname.h: outlets naming themselves.
 *
 * An outlet's articles mention the outlet: "Fox News has learned",
 * "told The New York Times", "HuffPost reached out", a share link to
 * huffingtonpost.com. Counted as words these become the outlet's "most
 * distinctive words", which says nothing about how it frames a story. The
 * report masks them from its keyness lists (the model keeps them).
 *
 * The names of a group are:
 *   - the words of the group's own name ("Fox News": fox, news);
 *   - the words of its articles' outlet fields (source, outlet, publisher,
 *     site, site_name), without parenthesised notes ("CNN (Web News)":
 *     cnn), and the phrase of such a name without spaces (foxnews)
 *     and its initials (National Review: nr);
 *   - the site label of their url, link or domain fields
 *     (www.huffingtonpost.com: huffingtonpost).
 * Words are ASCII-lower-cased and split at anything but letters, digits
 * and non-ASCII bytes; words of one character and the, of, and, for, a,
 * an, on, in, at are not names. A term (its words separated by spaces)
 * names a group when one of its words (without a possessive 's) is a
 * name of it, is a prefix of
 * four or more characters of a joined name or site label (huffington),
 * or holds one of five or more characters (foxnews.com). */
#ifndef SLANT_SELFNAME_H
#define SLANT_SELFNAME_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"

struct slant_selfnames;

struct slant_selfnames *slant_selfnames_new(void);
void slant_selfnames_free(struct slant_selfnames *s);

/* Add the names of article a to its group (a->group): the group's name
 * and a's outlet and site fields. At most 256 names a group are kept. */
void slant_selfnames_count(struct slant_selfnames *s,
                           const struct slant_article *a);

/* Whether term names group (false for a group never counted). */
bool slant_selfnames_match(const struct slant_selfnames *s, const char *group,
                           const char *term);

/* The names of group, sorted (words, joined names and site labels in one
 * list); *n is their number. NULL when none. */
const char *const *slant_selfnames_of(const struct slant_selfnames *s,
                                      const char *group, size_t *n);

#endif
