/* textline.c: lines of a text file for the line-format parsers. */
#include "config.h"

#include <string.h>

#include "textline.h"

bool slant_textline_next(const char *text, size_t len, size_t *pos,
                         struct slant_textline *ln)
{
	if (*pos >= len)
		return false;
	const char *s = text + *pos;
	const char *nl = memchr(s, '\n', len - *pos);
	size_t n = nl ? (size_t)(nl - s) : len - *pos;
	*pos += n + (nl ? 1 : 0);
	if (n && s[n - 1] == '\r')
		n--;
	ln->s = s;
	ln->len = n;
	ln->no++;
	return true;
}

bool slant_textline_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

void slant_textline_trim(const char **s, size_t *n)
{
	while (*n && slant_textline_blank(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && slant_textline_blank((*s)[*n - 1]))
		(*n)--;
}

size_t slant_textline_col(const struct slant_textline *ln, const char *p)
{
	size_t col = 1;
	for (const char *q = ln->s; q < p; q++)
		if (((unsigned char)*q & 0xC0) != 0x80)
			col++;
	return col;
}
