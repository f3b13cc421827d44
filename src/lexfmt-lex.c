/* lexfmt-lex.c: writing a scheme in the native format (.lex): everything
 * a scheme holds, so nothing is lost. */
#include "config.h"

#include <string.h>

#include "format.h"
#include "lexfmt-reader.h"
#include "lexfmt.h"

/* A directive's value or a description on one line. A '#' at its start
 * or after a blank would start a comment when read back: it is written as
 * the fullwidth '＃' (U+FF03), the nearest character that is not one. */
static void put_value(struct slant_buf *b, const char *v)
{
	for (size_t i = 0; v[i]; i++) {
		unsigned char c = (unsigned char)v[i];
		if (c < 0x20)
			slant_buf_putc(b, ' ');
		else if (c == '#' && (i == 0 || v[i - 1] == ' ' ||
		                      (unsigned char)v[i - 1] < 0x20))
			slant_buf_puts(b, "\xEF\xBC\x83");
		else
			slant_buf_putc(b, (char)c);
	}
}

/* Whether an entry's text reads back as the same entry: nothing a line of
 * the format gives another meaning ('!', '%', '@' or '#' first, '=', a
 * comment, control characters, blanks at either end). */
static bool text_fits(const char *t)
{
	size_t n = strlen(t);
	if (!n || strchr("!%@#", t[0]) || t[0] == ' ' || t[n - 1] == ' ')
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c < 0x20 || c == '=' ||
		    (c == '#' && (t[i - 1] == ' ' || t[i - 1] == '\t')))
			return false;
	}
	return true;
}

static void put_words_line(struct slant_buf *b, const char *directive, char **v,
                           size_t n)
{
	if (!n)
		return;
	slant_buf_puts(b, directive);
	for (size_t i = 0; i < n; i++) {
		slant_buf_putc(b, ' ');
		slant_buf_puts(b, v[i]);
	}
	slant_buf_putc(b, '\n');
}

int lexfmt_write_lex(const struct slant_lexicon *lx, size_t sc,
                     struct slant_buf *out, struct slant_lexfmt_loss *loss)
{
	const struct slant_scheme *S = &lx->schemes[sc];
	slant_buf_printf(out, "%%scheme %s\n", S->name);
	const char *meta[] = {"title",    S->title,   "version",
	                      S->version, "language", S->language};
	for (size_t i = 0; i < 6; i += 2)
		if (meta[i + 1][0]) {
			slant_buf_printf(out, "%%%s ", meta[i]);
			put_value(out, meta[i + 1]);
			slant_buf_putc(out, '\n');
		}
	for (size_t i = 0; i < S->nreferences; i++) {
		slant_buf_puts(out, "%reference ");
		put_value(out, S->references[i]);
		slant_buf_putc(out, '\n');
	}
	if (S->kind == SLANT_SCHEME_NAMING)
		slant_buf_puts(out, "%kind naming\n");
	slant_buf_putc(out, '\n');
	for (size_t d = 0; d < lx->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		if (!slant_lexicon_declares(lx, sc, d))
			continue;
		slant_buf_printf(out, "%%dimension %s ", D->name);
		put_value(out, D->description[0] ? D->description : D->name);
		slant_buf_putc(out, '\n');
	}
	put_words_line(out, "%negators", S->negators, S->nnegators);
	put_words_line(out, "%clause-breakers", S->clause_breakers,
	               S->nclause_breakers);
	put_words_line(out, "%proclitics", S->proclitics, S->nproclitics);
	if (S->negation_window != 3)
		slant_buf_printf(out, "%%negation-window %u\n",
		                 S->negation_window);
	bool negatable = false;
	for (size_t d = 0; d < lx->ndims; d++)
		if (slant_lexicon_declares(lx, sc, d) &&
		    lx->dims[d].negatable) {
			slant_buf_puts(out, negatable ? " " : "%negatable ");
			slant_buf_puts(out, lx->dims[d].name);
			negatable = true;
		}
	if (negatable)
		slant_buf_putc(out, '\n');
	for (size_t d = 0; d < lx->ndims; d++) {
		if (!slant_lexicon_declares(lx, sc, d))
			continue;
		struct lexfmt_out_entry *v;
		size_t n =
		    lexfmt_dim_entries(lx, sc, d, text_fits, true, loss, &v);
		if (n)
			slant_buf_printf(out, "\n@%s\n", lx->dims[d].name);
		for (size_t i = 0; i < n; i++) {
			if (v[i].e->exclusion)
				slant_buf_putc(out, '!');
			slant_buf_puts(out, v[i].text);
			if (v[i].e->weight != 1) {
				slant_buf_puts(out, " = ");
				slant_put_json_number(out, v[i].e->weight);
			}
			slant_buf_putc(out, '\n');
		}
		lexfmt_free_entries(v, n);
	}
	return 0;
}
