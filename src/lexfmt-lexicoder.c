/* lexfmt-lexicoder.c: reading Lexicoder dictionaries (.lc3, and .lcd in
 * the same line format): a line "+CATEGORY" (optionally followed by a
 * display colour "#RRGGBB", which is dropped) starts a category, every
 * other non-blank line is an entry of it. Categories are flat. Lexicoder
 * matches an entry ending in '*' as a prefix ("abandon*", and "heckl**"
 * is read as "heckl*"), any other entry as the word or phrase itself.
 * XML dictionaries (Lexicoder 2's, Yoshikoder's .ykd, which quanteda also
 * reads for .lcd) are refused with a message saying so. */
#include "config.h"

#include <string.h>

#include "lexfmt-reader.h"
#include "lexfmt.h"

static bool hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	       (c >= 'A' && c <= 'F');
}

/* The length of name[0..n) without a trailing colour "#RGB", "#RRGGBB"
 * or "#RRGGBBAA". */
static size_t without_colour(const char *name, size_t n)
{
	const char *hash = NULL;
	for (size_t i = 0; i < n; i++)
		if (name[i] == '#')
			hash = name + i;
	if (!hash)
		return n;
	size_t digits = n - (size_t)(hash - name) - 1;
	if (digits != 3 && digits != 6 && digits != 8)
		return n;
	for (size_t i = 1; i <= digits; i++)
		if (!hex(hash[i]))
			return n;
	return (size_t)(hash - name);
}

int lexfmt_read_lexicoder(struct lexfmt_reader *r, const char *text, size_t len)
{
	size_t pos = 0, dim = SIZE_MAX;
	struct slant_textline ln = {.no = 0};
	int rc = 0;
	const char *s;
	size_t n;
	while (rc == 0 &&
	       lexfmt_next_content(text, len, &pos, &ln, &s, &n, NULL)) {
		if (s[0] == '+') {
			const char *name = s + 1;
			size_t nl = without_colour(name, n - 1);
			slant_textline_trim(&name, &nl);
			if (!nl)
				rc = lexfmt_fail(
				    r, ln.no, slant_textline_col(&ln, s),
				    "category line '+' has no name");
			else if ((dim = lexfmt_category(r, SIZE_MAX, name, nl,
			                                ln.no)) == SIZE_MAX)
				rc = -1;
		} else if (dim == SIZE_MAX && s[0] == '<') {
			rc = lexfmt_fail(r, ln.no, slant_textline_col(&ln, s),
			                 "an XML dictionary (Lexicoder 2 or "
			                 "Yoshikoder): slant reads Lexicoder's "
			                 "'+CATEGORY' line format");
		} else if (dim == SIZE_MAX) {
			rc = lexfmt_fail(r, ln.no, slant_textline_col(&ln, s),
			                 "entry before any '+CATEGORY' line");
		} else {
			lexfmt_entry(r, dim, s, n, 1, ln.no, false);
		}
	}
	if (rc == 0 && r->ncategories == 0)
		rc = lexfmt_fail(r, 0, 0,
		                 "no '+CATEGORY' line: not a Lexicoder "
		                 "dictionary");
	return rc;
}
