/* textline.h: walking a text file line by line, for the parsers of line
 * formats (lexicons, lexicon tests): line numbers for messages, CRLF
 * accepted, blanks trimmed, columns counted in characters. */
#ifndef SLANT_TEXTLINE_H
#define SLANT_TEXTLINE_H

#include <stdbool.h>
#include <stddef.h>

/* A line: s[0..len) without its line end (LF or CRLF); no is 1-based. */
struct slant_textline {
	const char *s;
	size_t len;
	size_t no;
};

/* Step ln to the next line of text[0..len) from *pos (start with
 * ln->no = 0 and *pos = 0); false at the end. */
bool slant_textline_next(const char *text, size_t len, size_t *pos,
                         struct slant_textline *ln);
/* Blanks are space, tab and CR. */
bool slant_textline_blank(char c);
/* Move *s and shorten *n past blanks at both ends. */
void slant_textline_trim(const char **s, size_t *n);
/* The 1-based column, in characters, of p within ln. */
size_t slant_textline_col(const struct slant_textline *ln, const char *p);

#endif
