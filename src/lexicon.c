/* lexicon.c: the lexicon model, the builder the format readers share, the
 * native parser and the canonical order. Loading files is lexicon-load.c;
 * the other formats are lexfmt-*.c. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexicon.h"
#include "mem.h"
#include "textline.h"
#include "tokenize.h"
#include "unicode.h"
#include "vocab.h"

struct slant_lexicon *slant_lexicon_new(void)
{
	return slant_xcalloc(1, sizeof(struct slant_lexicon));
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void slant_lexicon_free(struct slant_lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->nschemes; i++) {
		struct slant_scheme *s = &lx->schemes[i];
		free(s->name);
		free(s->title);
		free(s->version);
		free(s->language);
		free(s->path);
		free(s->format);
		free_strv(s->references, s->nreferences);
		free_strv(s->negators, s->nnegators);
		free_strv(s->clause_breakers, s->nclause_breakers);
		free_strv(s->proclitics, s->nproclitics);
	}
	for (size_t i = 0; i < lx->ndims; i++) {
		free(lx->dims[i].path);
		free(lx->dims[i].name);
		free(lx->dims[i].description);
		free(lx->dims[i].schemes);
	}
	for (size_t i = 0; i < lx->nentries; i++) {
		struct slant_entry *e = &lx->entries[i];
		free(e->text);
		free_strv(e->words, e->nwords);
		free(e->prefix);
	}
	free(lx->schemes);
	free(lx->dims);
	free(lx->entries);
	free(lx);
}

/* ---- the builder and its helpers ---- */

int slant_lexicon_check_utf8(const char *path, const char *text, size_t len,
                             struct slant_error *err)
{
	size_t i = 0, line = 1, col = 1;
	const unsigned char *s = (const unsigned char *)text;
	while (i < len) {
		if (s[i] == 0)
			return slant_error_at(err, SLANT_EDATA, path, line, col,
			                      "NUL byte in lexicon");
		if (s[i] < 0x80) {
			if (s[i] == '\n') {
				line++;
				col = 0;
			}
			i++;
			col++;
			continue;
		}
		int32_t cp;
		size_t k = slant_utf8_decode(s + i, len - i, &cp);
		if (cp == 0xFFFD && !(k == 3 && s[i] == 0xEF &&
		                      s[i + 1] == 0xBF && s[i + 2] == 0xBD))
			return slant_error_at(err, SLANT_EDATA, path, line, col,
			                      "invalid UTF-8 (byte 0x%02x)",
			                      s[i]);
		i += k;
		col++;
	}
	return 0;
}

static bool valid_name(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-'))
			return false;
	}
	return true;
}

size_t slant_lexicon_add_scheme(struct slant_lexicon *lx, const char *name,
                                const char *path, const char *format)
{
	SLANT_GROW(&lx->schemes, &lx->schemes_cap, lx->nschemes + 1);
	struct slant_scheme *s = &lx->schemes[lx->nschemes];
	memset(s, 0, sizeof *s);
	s->name = slant_xstrdup(name);
	s->title = slant_xstrdup("");
	s->version = slant_xstrdup("");
	s->language = slant_xstrdup("");
	s->path = slant_xstrdup(path);
	s->format = slant_xstrdup(format);
	s->negation_window = 3;
	return lx->nschemes++;
}

size_t slant_lexicon_find_scheme(const struct slant_lexicon *lx,
                                 const char *name)
{
	for (size_t i = 0; i < lx->nschemes; i++)
		if (strcmp(lx->schemes[i].name, name) == 0)
			return i;
	return SIZE_MAX;
}

size_t slant_lexicon_scheme_dim(const struct slant_lexicon *lx, size_t sc,
                                const char *name, size_t n)
{
	for (size_t i = 0; i < lx->ndims; i++)
		if (lx->dims[i].scheme == sc && strlen(lx->dims[i].name) == n &&
		    memcmp(lx->dims[i].name, name, n) == 0)
			return i;
	return SIZE_MAX;
}

size_t slant_lexicon_add_dim(struct slant_lexicon *lx, size_t sc,
                             const char *name, size_t n, const char *desc,
                             size_t parent)
{
	SLANT_GROW(&lx->dims, &lx->dims_cap, lx->ndims + 1);
	struct slant_dimension *d = &lx->dims[lx->ndims];
	memset(d, 0, sizeof *d);
	d->name = slant_xstrndup(name, n);
	struct slant_buf p;
	slant_buf_init(&p);
	slant_buf_printf(&p, "%s/%s", lx->schemes[sc].name, d->name);
	d->path = slant_buf_take(&p);
	d->description = slant_xstrdup(desc);
	d->scheme = sc;
	d->schemes = slant_xcalloc(1, sizeof *d->schemes);
	d->schemes[0] = sc;
	d->nschemes = 1;
	d->parent = parent;
	d->depth = parent == SIZE_MAX ? 0 : 1;
	return lx->ndims++;
}

/* One tokenizer and vocabulary for all the entries of a file. */
struct slant_entry_parser {
	struct slant_vocab *vocab;
	struct slant_tokenizer *tk;
	struct slant_tokens toks;
};

struct slant_entry_parser *slant_entry_parser_new(void)
{
	struct slant_entry_parser *ep = slant_xcalloc(1, sizeof *ep);
	ep->vocab = slant_vocab_new();
	ep->tk = slant_tokenizer_new(ep->vocab);
	slant_tokens_init(&ep->toks);
	return ep;
}

void slant_entry_parser_free(struct slant_entry_parser *ep)
{
	if (!ep)
		return;
	slant_tokens_release(&ep->toks);
	slant_tokenizer_free(ep->tk);
	slant_vocab_free(ep->vocab);
	free(ep);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Whether word k of e (token k of t) is a single letter a-z that
 * follows the previous word across blanks and periods only. */
static bool letter_after_letter(const struct slant_entry *e, const char *s,
                                const struct slant_tokens *t, size_t k)
{
	const char *w = e->words[k];
	if (w[0] < 'a' || w[0] > 'z' || w[1] || e->prefix[k])
		return false;
	for (size_t i = t->v[k - 1].offset + t->v[k - 1].length;
	     i < t->v[k].offset; i++)
		if (!is_blank(s[i]) && s[i] != '.')
			return false;
	return true;
}

/* Entries written for the tokenizer before initialisms were one token
 * ("u s", "u. s." for "U.S."): two or more single letters in a row, one
 * after the other across blanks or periods, become the initialism
 * ("u.s."), which is what they were written to match. */
static void join_letters(struct slant_entry *e, const char *s,
                         const struct slant_tokens *t)
{
	size_t out = 0;
	for (size_t k = 0; k < e->nwords;) {
		size_t j = k + 1;
		if (e->words[k][0] >= 'a' && e->words[k][0] <= 'z' &&
		    !e->words[k][1] && !e->prefix[k])
			while (j < e->nwords && letter_after_letter(e, s, t, j))
				j++;
		if (j - k < 2) {
			e->words[out] = e->words[k];
			e->prefix[out++] = e->prefix[k];
			k++;
			continue;
		}
		struct slant_buf b;
		slant_buf_init(&b);
		for (size_t i = k; i < j; i++) {
			slant_buf_putc(&b, e->words[i][0]);
			slant_buf_putc(&b, '.');
			free(e->words[i]);
		}
		e->words[out] = slant_buf_take(&b);
		e->prefix[out++] = false;
		k = j;
	}
	e->nwords = out;
}

/* Turn entry text s[0..n) (no '!' or weight) into normalised words. Only
 * word characters, white space, punctuation inside words and a '*' right
 * after a word are allowed. On error returns -1 with *bad at the offending
 * byte. */
static int entry_words(struct slant_entry_parser *ep, const char *s, size_t n,
                       struct slant_entry *e, const char **why, size_t *bad)
{
	char *copy = slant_xstrndup(s, n);
	slant_tokenize(ep->tk, copy, n, &ep->toks);
	const struct slant_tokens *t = &ep->toks;
	if (t->n == 0) {
		*why = "entry has no words";
		*bad = 0;
		free(copy);
		return -1;
	}
	/* Every '*' must end a word and be followed by a space or the end.
	 * "mid-*" (LIWC style) is the prefix "mid-": the hyphen or apostrophe
	 * before the '*' belongs to the prefix. */
	for (size_t i = 0; i < n; i++) {
		if (copy[i] != '*')
			continue;
		bool ends_word = false;
		for (size_t k = 0; k < t->n; k++) {
			size_t end = t->v[k].offset + t->v[k].length;
			if (end == i || (end + 1 == i && (copy[end] == '-' ||
			                                  copy[end] == '\'')))
				ends_word = true;
		}
		if (!ends_word ||
		    (i + 1 < n && !slant_textline_blank(copy[i + 1]))) {
			*why = "'*' may only end a word (a prefix wildcard)";
			*bad = i;
			free(copy);
			return -1;
		}
	}
	e->nwords = t->n;
	e->words = slant_xcalloc(t->n, sizeof *e->words);
	e->prefix = slant_xcalloc(t->n, sizeof *e->prefix);
	for (size_t k = 0; k < t->n; k++) {
		size_t wl;
		const char *w = slant_vocab_word(ep->vocab, t->v[k].type, &wl);
		size_t end = t->v[k].offset + t->v[k].length;
		bool joiner = end + 1 < n && copy[end + 1] == '*' &&
		              (copy[end] == '-' || copy[end] == '\'');
		e->prefix[k] = (end < n && copy[end] == '*') || joiner;
		e->words[k] = slant_xstrndup(w, wl + joiner);
		if (joiner)
			e->words[k][wl] = copy[end];
		if (e->prefix[k] && wl < 2) {
			*why =
			    "a prefix wildcard needs two characters at least";
			*bad = t->v[k].offset;
			free(copy);
			return -1;
		}
	}
	join_letters(e, copy, t);
	free(copy);
	return 0;
}

static struct slant_entry *add_entry(struct slant_lexicon *lx)
{
	SLANT_GROW(&lx->entries, &lx->entries_cap, lx->nentries + 1);
	struct slant_entry *e = &lx->entries[lx->nentries++];
	memset(e, 0, sizeof *e);
	e->weight = 1;
	return e;
}

static void drop_last_entry(struct slant_lexicon *lx)
{
	struct slant_entry *e = &lx->entries[--lx->nentries];
	free(e->text);
	free_strv(e->words, e->nwords);
	free(e->prefix);
}

bool slant_lexicon_parse_weight(const char *s, size_t n, double *weight)
{
	if (!n)
		return false;
	char *tmp = slant_xstrndup(s, n);
	char *end;
	errno = 0;
	double w = strtod(tmp, &end);
	bool good = end != tmp && !*end && !errno && isfinite(w);
	free(tmp);
	if (good)
		*weight = w;
	return good;
}

int slant_lexicon_add_entry(struct slant_lexicon *lx,
                            struct slant_entry_parser *ep, size_t dim,
                            const char *text, size_t n, double weight,
                            bool exclusion, size_t line, const char **why,
                            size_t *bad)
{
	struct slant_entry *e = add_entry(lx);
	e->dim = dim;
	/* Before slant_lexicon_finish a dimension has the one scheme that
	 * added it: the entry's file. */
	e->scheme = lx->dims[dim].scheme;
	e->line = line;
	e->weight = weight;
	e->exclusion = exclusion;
	if (entry_words(ep, text, n, e, why, bad) < 0) {
		drop_last_entry(lx);
		return -1;
	}
	e->text = slant_xstrndup(text, n);
	lx->dims[dim].nentries++;
	return 0;
}

/* Split a value into normalised words (for %negators and friends). */
static void word_list(const char *s, size_t n, char ***v, size_t *nv)
{
	size_t i = 0;
	while (i < n) {
		while (i < n && slant_textline_blank(s[i]))
			i++;
		size_t st = i;
		while (i < n && !slant_textline_blank(s[i]))
			i++;
		if (i == st)
			break;
		bool suffix = s[st] == '*';
		struct slant_buf b;
		slant_buf_init(&b);
		if (suffix)
			slant_buf_putc(&b, '*');
		slant_unicode_normalize(s + st + suffix, i - st - suffix, &b);
		if (b.len == (size_t)suffix) {
			slant_buf_release(&b); /* nothing left to match */
			continue;
		}
		*v = slant_xreallocarray(*v, *nv + 1, sizeof **v);
		(*v)[(*nv)++] = slant_buf_take(&b);
	}
}

/* Whether scheme sc (just parsed) may join the set: its name is new, or
 * every scheme of that name gives a %language, and a different one (then
 * they are language variants of one scheme). Fills err's message. */
static int check_variant(const struct slant_lexicon *lx, size_t sc,
                         struct slant_error *err)
{
	const struct slant_scheme *S = &lx->schemes[sc];
	for (size_t i = 0; i < lx->nschemes; i++) {
		const struct slant_scheme *T = &lx->schemes[i];
		if (i == sc || strcmp(T->name, S->name) != 0)
			continue;
		if (!S->language[0] || !T->language[0] ||
		    strcmp(S->language, T->language) == 0)
			return slant_error_set(
			    err, SLANT_EDATA, NULL,
			    "scheme '%s' is already loaded from %s (files "
			    "may share a scheme name only with different "
			    "%%language lines)",
			    S->name, T->path);
		if (S->kind != T->kind)
			return slant_error_set(
			    err, SLANT_EDATA, NULL,
			    "scheme '%s' is %s here but %s in %s", S->name,
			    S->kind == SLANT_SCHEME_NAMING ? "naming"
			                                   : "framing",
			    T->kind == SLANT_SCHEME_NAMING ? "naming"
			                                   : "framing",
			    T->path);
	}
	return 0;
}

/* The word a proclitic p makes of word w (both normalised), in out. Arabic
 * spelling drops the alef of the article after the preposition lam:
 * ل + الحرب is written للحرب, and ل + الله (a word starting with the
 * article and a lam) لله. */
static void proclitic_form(const char *p, const char *w, struct slant_buf *out)
{
	static const char lam[] = "\xD9\x84", article[] = "\xD8\xA7\xD9\x84";
	size_t pl = strlen(p);
	slant_buf_reset(out);
	slant_buf_puts(out, p);
	if (pl >= 2 && strcmp(p + pl - 2, lam) == 0 &&
	    strncmp(w, article, 4) == 0)
		w += strncmp(w + 4, lam, 2) == 0 ? 4 : 2;
	slant_buf_puts(out, w);
}

/* A key naming an entry's dimension and words, for finding the forms
 * that are already there: a written exclusion of a form stops the
 * generated entry of that form too (ل + أزمة is written like لازمة). */
static void entry_key(const struct slant_entry *e, const char *first,
                      struct slant_buf *out)
{
	slant_buf_reset(out);
	slant_buf_printf(out, "%zu:", e->dim);
	for (size_t k = 0; k < e->nwords; k++) {
		slant_buf_puts(out, k ? e->words[k] : first);
		slant_buf_putc(out, e->prefix[k] ? '*' : ' ');
	}
}

/* Add a generated entry: entry i with first word form, unless its
 * dimension already holds those words (seen). */
static void add_form(struct slant_lexicon *lx, struct slant_vocab *seen,
                     size_t i, const char *form, struct slant_buf *key)
{
	entry_key(&lx->entries[i], form, key);
	size_t before = slant_vocab_size(seen);
	if (slant_vocab_intern(seen, key->data, key->len) < before)
		return;
	struct slant_entry *g = add_entry(lx);
	const struct slant_entry *w = &lx->entries[i]; /* after add_entry */
	g->text = slant_xstrdup(w->text);
	g->nwords = w->nwords;
	g->words = slant_xcalloc(w->nwords, sizeof *g->words);
	g->prefix = slant_xcalloc(w->nwords, sizeof *g->prefix);
	for (size_t k = 0; k < w->nwords; k++) {
		g->words[k] = slant_xstrdup(k ? w->words[k] : form);
		g->prefix[k] = w->prefix[k];
	}
	g->weight = w->weight;
	g->exclusion = w->exclusion;
	g->generated = true;
	g->dim = w->dim;
	g->scheme = w->scheme;
	g->line = w->line;
}

static const struct slant_entry *form_entries;

/* Written entries in an order that does not depend on their lines. */
static int cmp_written(const void *a, const void *b)
{
	const struct slant_entry *x = &form_entries[*(const size_t *)a],
	                         *y = &form_entries[*(const size_t *)b];
	if (x->dim != y->dim)
		return x->dim < y->dim ? -1 : 1;
	int c = strcmp(x->text, y->text);
	if (c)
		return c;
	return (int)x->exclusion - (int)y->exclusion;
}

/* Add, for every entry of scheme sc from index first on, the forms with
 * each of the scheme's proclitics in front of the first word, unless the
 * dimension already holds that form (written, or generated from another
 * entry). Concatenating normalised forms gives a normalised form for the
 * scripts proclitics are for (no Arabic letter composes with the next).
 * Shorter proclitics go first, so that a form two entries make (و +
 * بفضل الله, وب + !فضل الله) is the one of the entry closer to it; the
 * entries go in a canonical order: the result does not depend on the
 * order of the lines. */
static void add_proclitic_forms(struct slant_lexicon *lx, size_t sc,
                                size_t first)
{
	const struct slant_scheme *S = &lx->schemes[sc];
	if (!S->nproclitics)
		return;
	struct slant_vocab *seen = slant_vocab_new();
	struct slant_buf key, form;
	slant_buf_init(&key);
	slant_buf_init(&form);
	size_t n = lx->nentries - first, maxlen = 0;
	size_t *order = slant_xcalloc(n ? n : 1, sizeof *order);
	for (size_t k = 0; k < n; k++) {
		order[k] = first + k;
		entry_key(&lx->entries[first + k],
		          lx->entries[first + k].words[0], &key);
		slant_vocab_intern(seen, key.data, key.len);
	}
	form_entries = lx->entries;
	qsort(order, n, sizeof *order, cmp_written);
	for (size_t p = 0; p < S->nproclitics; p++)
		if (strlen(S->proclitics[p]) > maxlen)
			maxlen = strlen(S->proclitics[p]);
	for (size_t plen = 1; plen <= maxlen; plen++) {
		for (size_t p = 0; p < S->nproclitics; p++) {
			if (strlen(S->proclitics[p]) != plen)
				continue;
			for (size_t k = 0; k < n; k++) {
				proclitic_form(S->proclitics[p],
				               lx->entries[order[k]].words[0],
				               &form);
				add_form(lx, seen, order[k], form.data, &key);
			}
		}
	}
	free(order);
	slant_buf_release(&key);
	slant_buf_release(&form);
	slant_vocab_free(seen);
}

/* ---- native format ---- */

int slant_lexicon_parse_native(struct slant_lexicon *lx, const char *path,
                               const char *text, size_t len,
                               struct slant_error *err)
{
	if (slant_lexicon_check_utf8(path, text, len, err) < 0)
		return -1;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	struct slant_entry_parser *ep = slant_entry_parser_new();
	size_t pos = 0, sc = SIZE_MAX, section = SIZE_MAX;
	size_t first_dim = lx->ndims, first_entry = lx->nentries;
	struct slant_textline ln = {.no = 0}, scheme_line = {.no = 0};
	const char *scheme_val = NULL;
	int rc = -1;
#define FAIL(p, ...)                                                           \
	do {                                                                   \
		slant_error_at(err, SLANT_EDATA, path, ln.no,                  \
		               slant_textline_col(&ln, p), __VA_ARGS__);       \
		goto out;                                                      \
	} while (0)

	while (slant_textline_next(text, len, &pos, &ln)) {
		const char *s = ln.s;
		size_t n = ln.len;
		/* A comment: a line starting with '#', or " #" after text. */
		for (size_t i = 0; i < n; i++)
			if (s[i] == '#' &&
			    (i == 0 || slant_textline_blank(s[i - 1]))) {
				n = i;
				break;
			}
		slant_textline_trim(&s, &n);
		if (!n)
			continue;
		if (s[0] == '%') {
			size_t k = 1;
			while (k < n && !slant_textline_blank(s[k]))
				k++;
			const char *key = s + 1;
			size_t klen = k - 1;
			const char *val = s + k;
			size_t vlen = n - k;
			slant_textline_trim(&val, &vlen);
#define KEY(lit) (klen == sizeof(lit) - 1 && memcmp(key, lit, klen) == 0)
			if (KEY("scheme")) {
				if (sc != SIZE_MAX)
					FAIL(s, "'%%scheme' given twice");
				if (!valid_name(val, vlen))
					FAIL(val,
					     "scheme name '%.*s' must be "
					     "lower-case letters, digits, '-' "
					     "or '_'",
					     (int)vlen, val);
				/* Whether another file declares the name
				 * too is known at the end, with the
				 * %language of this one. */
				char *name = slant_xstrndup(val, vlen);
				sc = slant_lexicon_add_scheme(lx, name, path,
				                              "slant");
				free(name);
				scheme_line = ln;
				scheme_val = val;
				continue;
			}
			if (sc == SIZE_MAX)
				FAIL(s, "'%%scheme NAME' must come before "
				        "anything else");
			struct slant_scheme *S = &lx->schemes[sc];
			if (KEY("title") || KEY("version") || KEY("language")) {
				char **dst = KEY("title")     ? &S->title
				             : KEY("version") ? &S->version
				                              : &S->language;
				free(*dst);
				*dst = slant_xstrndup(val, vlen);
			} else if (KEY("reference")) {
				S->references = slant_xreallocarray(
				    S->references, S->nreferences + 1,
				    sizeof *S->references);
				S->references[S->nreferences++] =
				    slant_xstrndup(val, vlen);
			} else if (KEY("kind")) {
				if (vlen == 7 && memcmp(val, "framing", 7) == 0)
					S->kind = SLANT_SCHEME_FRAMING;
				else if (vlen == 6 &&
				         memcmp(val, "naming", 6) == 0)
					S->kind = SLANT_SCHEME_NAMING;
				else
					FAIL(val,
					     "unknown kind '%.*s' (framing or "
					     "naming)",
					     (int)vlen, val);
			} else if (KEY("dimension")) {
				size_t m = 0;
				while (m < vlen &&
				       !slant_textline_blank(val[m]))
					m++;
				const char *desc = val + m;
				size_t dlen = vlen - m;
				slant_textline_trim(&desc, &dlen);
				const char *slash = memchr(val, '/', m);
				size_t parent = SIZE_MAX;
				if (slash) {
					size_t pl = (size_t)(slash - val);
					if (!valid_name(val, pl) ||
					    !valid_name(slash + 1, m - pl - 1))
						FAIL(val,
						     "dimension name '%.*s' "
						     "must be NAME or NAME/SUB "
						     "with lower-case letters, "
						     "digits, '-' or '_'",
						     (int)m, val);
					parent = slant_lexicon_scheme_dim(
					    lx, sc, val, pl);
					if (parent == SIZE_MAX)
						FAIL(val,
						     "parent dimension '%.*s' "
						     "must be declared before "
						     "'%.*s'",
						     (int)pl, val, (int)m, val);
				} else if (!valid_name(val, m)) {
					FAIL(val,
					     "dimension name '%.*s' must be "
					     "lower-case letters, digits, '-' "
					     "or '_'",
					     (int)m, val);
				}
				if (slant_lexicon_scheme_dim(lx, sc, val, m) !=
				    SIZE_MAX)
					FAIL(val,
					     "dimension '%.*s' declared twice",
					     (int)m, val);
				if (!dlen)
					FAIL(val + m,
					     "dimension '%.*s' needs a "
					     "description",
					     (int)m, val);
				char *d = slant_xstrndup(desc, dlen);
				slant_lexicon_add_dim(lx, sc, val, m, d,
				                      parent);
				free(d);
			} else if (KEY("negators")) {
				word_list(val, vlen, &S->negators,
				          &S->nnegators);
			} else if (KEY("clause-breakers")) {
				word_list(val, vlen, &S->clause_breakers,
				          &S->nclause_breakers);
			} else if (KEY("proclitics")) {
				word_list(val, vlen, &S->proclitics,
				          &S->nproclitics);
				for (size_t i = 0; i < S->nproclitics; i++)
					if (S->proclitics[i][0] == '*')
						FAIL(val,
						     "a proclitic is letters, "
						     "not a '*' pattern");
			} else if (KEY("negation-window")) {
				char *end;
				char *v = slant_xstrndup(val, vlen);
				long w = strtol(v, &end, 10);
				bool bad = !vlen || *end || w < 1 || w > 20;
				free(v);
				if (bad)
					FAIL(val, "negation window must be a "
					          "whole number from 1 to 20");
				S->negation_window = (unsigned)w;
			} else if (KEY("negatable")) {
				size_t i = 0;
				while (i < vlen) {
					while (i < vlen &&
					       slant_textline_blank(val[i]))
						i++;
					size_t st = i;
					while (i < vlen &&
					       !slant_textline_blank(val[i]))
						i++;
					if (i == st)
						break;
					size_t d = slant_lexicon_scheme_dim(
					    lx, sc, val + st, i - st);
					if (d == SIZE_MAX)
						FAIL(val + st,
						     "unknown dimension '%.*s'",
						     (int)(i - st), val + st);
					lx->dims[d].negatable = true;
				}
			} else {
				FAIL(s, "unknown directive '%%%.*s'", (int)klen,
				     key);
			}
#undef KEY
			continue;
		}
		if (sc == SIZE_MAX)
			FAIL(s,
			     "'%%scheme NAME' must come before anything else");
		if (s[0] == '@') {
			const char *name = s + 1;
			size_t m = n - 1;
			slant_textline_trim(&name, &m);
			section = slant_lexicon_scheme_dim(lx, sc, name, m);
			if (section == SIZE_MAX)
				FAIL(name,
				     "unknown dimension '%.*s' (declare it "
				     "with %%dimension)",
				     (int)m, name);
			continue;
		}
		if (section == SIZE_MAX)
			FAIL(s, "entry before any '@dimension' line");
		const char *body = s;
		size_t blen = n;
		bool exclusion = body[0] == '!';
		if (exclusion) {
			body++;
			blen--;
		}
		double weight = 1;
		const char *eq = memchr(body, '=', blen);
		if (eq) {
			const char *w = eq + 1;
			size_t wl = blen - (size_t)(w - body);
			slant_textline_trim(&w, &wl);
			if (!slant_lexicon_parse_weight(w, wl, &weight))
				FAIL(w, "weight '%.*s' is not a number",
				     (int)wl, w);
			blen = (size_t)(eq - body);
		}
		slant_textline_trim(&body, &blen);
		const char *why;
		size_t bad;
		if (slant_lexicon_add_entry(lx, ep, section, body, blen, weight,
		                            exclusion, ln.no, &why, &bad) < 0)
			FAIL(body + bad, "%s", why);
	}
	if (sc == SIZE_MAX) {
		slant_error_at(err, SLANT_EDATA, path, 0, 0,
		               "no '%%scheme NAME' line: not a slant lexicon");
		goto out;
	}
	if (lx->ndims == first_dim) {
		slant_error_at(err, SLANT_EDATA, path, 0, 0,
		               "scheme '%s' declares no dimension",
		               lx->schemes[sc].name);
		goto out;
	}
	if (check_variant(lx, sc, err) < 0) {
		char why[sizeof err->message];
		memcpy(why, err->message, sizeof why);
		ln = scheme_line;
		FAIL(scheme_val, "%s", why);
	}
	add_proclitic_forms(lx, sc, first_entry);
	rc = 0;
out:
#undef FAIL
	slant_entry_parser_free(ep);
	return rc;
}

/* ---- canonical order ---- */

static const struct slant_lexicon *sort_lx;

/* Dimensions by path, then by the scheme declaring them (language
 * variants of one scheme declare the same paths). */
static int cmp_dim_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(sort_lx->dims[x].path, sort_lx->dims[y].path);
	if (c)
		return c;
	return (sort_lx->dims[x].scheme > sort_lx->dims[y].scheme) -
	       (sort_lx->dims[x].scheme < sort_lx->dims[y].scheme);
}

static int cmp_words(const struct slant_entry *x, const struct slant_entry *y)
{
	if (x->nwords != y->nwords)
		return x->nwords < y->nwords ? -1 : 1;
	for (size_t k = 0; k < x->nwords; k++) {
		int c = strcmp(x->words[k], y->words[k]);
		if (c)
			return c;
		if (x->prefix[k] != y->prefix[k])
			return x->prefix[k] ? 1 : -1;
	}
	return 0;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct slant_entry *x = a, *y = b;
	if (x->dim != y->dim)
		return x->dim < y->dim ? -1 : 1;
	int c = strcmp(x->text, y->text);
	if (c)
		return c;
	if (x->exclusion != y->exclusion)
		return x->exclusion ? 1 : -1;
	if (x->weight != y->weight)
		return (x->weight > y->weight) - (x->weight < y->weight);
	if (x->scheme != y->scheme)
		return x->scheme < y->scheme ? -1 : 1;
	if (x->generated != y->generated)
		return x->generated ? 1 : -1;
	return cmp_words(x, y);
}

static int cmp_scheme_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(sort_lx->schemes[x].name, sort_lx->schemes[y].name);
	if (c)
		return c;
	return strcmp(sort_lx->schemes[x].language,
	              sort_lx->schemes[y].language);
}

/* Fold dimension src into dst (the same path, declared by another
 * language variant): one column, the schemes of both. */
static void merge_dim(struct slant_dimension *dst, struct slant_dimension *src)
{
	dst->schemes = slant_xreallocarray(
	    dst->schemes, dst->nschemes + src->nschemes, sizeof *dst->schemes);
	for (size_t k = 0; k < src->nschemes; k++)
		dst->schemes[dst->nschemes++] = src->schemes[k];
	dst->negatable |= src->negatable;
	dst->nentries += src->nentries;
	free(src->path);
	free(src->name);
	free(src->description);
	free(src->schemes);
}

int slant_lexicon_finish(struct slant_lexicon *lx, struct slant_error *err)
{
	SLANT_ASSERT(!lx->finished);
	if (lx->ndims == 0)
		return slant_error_set(err, SLANT_EDATA, NULL,
		                       "no lexicon dimension loaded");
	/* Schemes by name and language. */
	size_t *sorder = slant_xcalloc(lx->nschemes, sizeof *sorder);
	size_t *snew = slant_xcalloc(lx->nschemes, sizeof *snew);
	for (size_t i = 0; i < lx->nschemes; i++)
		sorder[i] = i;
	sort_lx = lx;
	qsort(sorder, lx->nschemes, sizeof *sorder, cmp_scheme_index);
	struct slant_scheme *schemes =
	    slant_xcalloc(lx->nschemes, sizeof *schemes);
	for (size_t i = 0; i < lx->nschemes; i++) {
		schemes[i] = lx->schemes[sorder[i]];
		snew[sorder[i]] = i;
	}
	free(lx->schemes);
	lx->schemes = schemes;
	lx->schemes_cap = lx->nschemes;
	for (size_t i = 0; i < lx->ndims; i++) {
		lx->dims[i].scheme = snew[lx->dims[i].scheme];
		lx->dims[i].schemes[0] = lx->dims[i].scheme;
	}
	for (size_t i = 0; i < lx->nentries; i++)
		lx->entries[i].scheme = snew[lx->entries[i].scheme];
	/* Dimensions by path: a parent sorts before its children, and the
	 * variants of one path sit together, the first scheme's first. */
	size_t *order = slant_xcalloc(lx->ndims, sizeof *order);
	size_t *newidx = slant_xcalloc(lx->ndims, sizeof *newidx);
	for (size_t i = 0; i < lx->ndims; i++)
		order[i] = i;
	qsort(order, lx->ndims, sizeof *order, cmp_dim_index);
	struct slant_dimension *dims = slant_xcalloc(lx->ndims, sizeof *dims);
	size_t nd = 0;
	for (size_t i = 0; i < lx->ndims; i++) {
		struct slant_dimension *D = &lx->dims[order[i]];
		if (nd && strcmp(dims[nd - 1].path, D->path) == 0) {
			merge_dim(&dims[nd - 1], D);
		} else {
			dims[nd++] = *D;
		}
		newidx[order[i]] = nd - 1;
	}
	for (size_t i = 0; i < nd; i++)
		if (dims[i].parent != SIZE_MAX)
			dims[i].parent = newidx[dims[i].parent];
	free(lx->dims);
	lx->dims = dims;
	lx->ndims = nd;
	lx->dims_cap = nd;
	for (size_t i = 0; i < lx->nentries; i++)
		lx->entries[i].dim = newidx[lx->entries[i].dim];
	if (lx->nentries)
		qsort(lx->entries, lx->nentries, sizeof *lx->entries,
		      cmp_entry);
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		if (e->weight != 1)
			for (size_t d = e->dim; d != SIZE_MAX;
			     d = lx->dims[d].parent)
				lx->dims[d].weighted = true;
	}
	free(order);
	free(newidx);
	free(sorder);
	free(snew);
	lx->finished = true;
	return 0;
}

bool slant_lexicon_declares(const struct slant_lexicon *lx, size_t s, size_t d)
{
	const struct slant_dimension *D = &lx->dims[d];
	for (size_t k = 0; k < D->nschemes; k++)
		if (D->schemes[k] == s)
			return true;
	return false;
}

size_t slant_lexicon_find_dim(const struct slant_lexicon *lx,
                              const char *path_or_name)
{
	size_t found = SIZE_MAX;
	for (size_t i = 0; i < lx->ndims; i++) {
		if (strcmp(lx->dims[i].path, path_or_name) == 0)
			return i;
		if (strcmp(lx->dims[i].name, path_or_name) == 0) {
			if (found != SIZE_MAX)
				return SIZE_MAX; /* ambiguous */
			found = i;
		}
	}
	return found;
}

bool slant_lexicon_dim_within(const struct slant_lexicon *lx, size_t d,
                              size_t a)
{
	for (; d != SIZE_MAX; d = lx->dims[d].parent)
		if (d == a)
			return true;
	return false;
}
