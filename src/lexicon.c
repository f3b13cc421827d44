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
	}
	for (size_t i = 0; i < lx->ndims; i++) {
		free(lx->dims[i].path);
		free(lx->dims[i].name);
		free(lx->dims[i].description);
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
	size_t first_dim = lx->ndims;
	struct slant_textline ln = {.no = 0};
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
				char *name = slant_xstrndup(val, vlen);
				for (size_t i = 0; i < lx->nschemes; i++)
					if (strcmp(lx->schemes[i].name, name) ==
					    0) {
						free(name);
						FAIL(val,
						     "scheme '%.*s' is already "
						     "loaded from %s",
						     (int)vlen, val,
						     lx->schemes[i].path);
					}
				sc = slant_lexicon_add_scheme(lx, name, path,
				                              "slant");
				free(name);
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
	rc = 0;
out:
#undef FAIL
	slant_entry_parser_free(ep);
	return rc;
}

/* ---- canonical order ---- */

static const struct slant_lexicon *sort_lx;

static int cmp_dim_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return strcmp(sort_lx->dims[x].path, sort_lx->dims[y].path);
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
	return (x->weight > y->weight) - (x->weight < y->weight);
}

static int cmp_scheme_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return strcmp(sort_lx->schemes[x].name, sort_lx->schemes[y].name);
}

int slant_lexicon_finish(struct slant_lexicon *lx, struct slant_error *err)
{
	SLANT_ASSERT(!lx->finished);
	if (lx->ndims == 0)
		return slant_error_set(err, SLANT_EDATA, NULL,
		                       "no lexicon dimension loaded");
	/* Schemes by name. */
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
	for (size_t i = 0; i < lx->ndims; i++)
		lx->dims[i].scheme = snew[lx->dims[i].scheme];
	/* Dimensions by path: a parent sorts before its children. */
	size_t *order = slant_xcalloc(lx->ndims, sizeof *order);
	size_t *newidx = slant_xcalloc(lx->ndims, sizeof *newidx);
	for (size_t i = 0; i < lx->ndims; i++)
		order[i] = i;
	qsort(order, lx->ndims, sizeof *order, cmp_dim_index);
	struct slant_dimension *dims = slant_xcalloc(lx->ndims, sizeof *dims);
	for (size_t i = 0; i < lx->ndims; i++) {
		dims[i] = lx->dims[order[i]];
		newidx[order[i]] = i;
	}
	for (size_t i = 0; i < lx->ndims; i++)
		if (dims[i].parent != SIZE_MAX)
			dims[i].parent = newidx[dims[i].parent];
	free(lx->dims);
	lx->dims = dims;
	lx->dims_cap = lx->ndims;
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
