/* lexfmt-wordstat.c: reading WordStat categorization dictionaries (.cat):
 * a category is a line of its own, an item a line "ENTRY (WEIGHT)" (WordStat
 * writes (1) for an unweighted item); tabs before a line nest it under the
 * category above with fewer tabs. Items are usually upper case (matching
 * ignores case) and end in '*' for a prefix; other wildcards ('?', a
 * leading '*') are skipped with a warning. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lexfmt-reader.h"
#include "lexfmt.h"

bool lexfmt_wordstat_item(const char *s, size_t n, size_t *entry_len,
                          const char **weight, size_t *weight_len)
{
	while (n && slant_textline_blank(s[n - 1]))
		n--;
	if (n < 4 || s[n - 1] != ')')
		return false;
	size_t i = n - 1;
	bool digit = false;
	while (i > 0 && s[i - 1] && strchr("0123456789.-", s[i - 1])) {
		digit |= s[i - 1] >= '0' && s[i - 1] <= '9';
		i--;
	}
	if (!digit || i < 2 || s[i - 1] != '(' ||
	    !slant_textline_blank(s[i - 2]))
		return false;
	if (entry_len)
		*entry_len = i - 2;
	if (weight) {
		*weight = s + i;
		*weight_len = n - 1 - i;
	}
	return true;
}

int lexfmt_read_wordstat(struct lexfmt_reader *r, const char *text, size_t len)
{
	/* The dimension of each category on the current path, by depth. */
	size_t *path_dims = NULL, path_cap = 0;
	size_t pos = 0;
	struct slant_textline ln = {.no = 0};
	int rc = 0;
	const char *s;
	size_t n, depth;
	while (rc == 0 &&
	       lexfmt_next_content(text, len, &pos, &ln, &s, &n, &depth)) {
		size_t elen, wlen;
		const char *w;
		if (lexfmt_wordstat_item(s, n, &elen, &w, &wlen)) {
			double weight;
			if (!depth || !r->nchain)
				rc = lexfmt_fail(r, ln.no,
				                 slant_textline_col(&ln, s),
				                 "item '%.*s' is not indented "
				                 "below a category",
				                 (int)elen, s);
			else if (!slant_lexicon_parse_weight(w, wlen, &weight))
				rc = lexfmt_fail(
				    r, ln.no, slant_textline_col(&ln, w),
				    "weight '%.*s' is not a number", (int)wlen,
				    w);
			else
				lexfmt_entry(
				    r,
				    path_dims[(depth < r->nchain ? depth
				                                 : r->nchain) -
				              1],
				    s, elen, weight, ln.no, true);
			continue;
		}
		if (depth > r->nchain)
			depth = r->nchain;
		size_t d = lexfmt_nested(r, depth, s, n, ln.no);
		if (d == SIZE_MAX) {
			rc = -1;
			break;
		}
		SLANT_GROW(&path_dims, &path_cap, depth + 1);
		path_dims[depth] = d;
	}
	if (rc == 0 && r->ncategories == 0)
		rc = lexfmt_fail(r, 0, 0,
		                 "no category: not a WordStat dictionary");
	free(path_dims);
	return rc;
}
