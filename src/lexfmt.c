/* lexfmt.c: telling lexicon formats apart, dispatching to their readers
 * and writers, and what the readers share (lexfmt-reader.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexfmt-reader.h"
#include "lexfmt.h"

/* ---- formats ---- */

static const struct {
	enum slant_lexfmt f;
	const char *name, *id, *write_id;
} formats[] = {
    {SLANT_LEXFMT_LEX, "slant .lex", "slant", "lex"},
    {SLANT_LEXFMT_DIC, "LIWC .dic", "liwc", "dic"},
    {SLANT_LEXFMT_DICX, "LIWC-22 .dicx", "dicx", "dicx"},
    {SLANT_LEXFMT_YAML, "quanteda YAML", "yaml", "yaml"},
    {SLANT_LEXFMT_LEXICODER, "Lexicoder", "lexicoder", "lexicoder"},
    {SLANT_LEXFMT_WORDSTAT, "WordStat .cat", "wordstat", "wordstat"},
};
#define NFORMATS (sizeof formats / sizeof formats[0])

const char *slant_lexfmt_name(enum slant_lexfmt f)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].f == f)
			return formats[i].name;
	return "unknown format";
}

const char *slant_lexfmt_id(enum slant_lexfmt f)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].f == f)
			return formats[i].id;
	return "unknown";
}

static const struct {
	const char *ext;
	enum slant_lexfmt f;
} extensions[] = {
    {"lex", SLANT_LEXFMT_LEX},       {"dic", SLANT_LEXFMT_DIC},
    {"dicx", SLANT_LEXFMT_DICX},     {"yml", SLANT_LEXFMT_YAML},
    {"yaml", SLANT_LEXFMT_YAML},     {"lc3", SLANT_LEXFMT_LEXICODER},
    {"lcd", SLANT_LEXFMT_LEXICODER}, {"cat", SLANT_LEXFMT_WORDSTAT},
};
#define NEXTENSIONS (sizeof extensions / sizeof extensions[0])

enum slant_lexfmt slant_lexfmt_from_id(const char *id)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (strcmp(formats[i].write_id, id) == 0 ||
		    strcmp(formats[i].id, id) == 0)
			return formats[i].f;
	for (size_t i = 0; i < NEXTENSIONS; i++)
		if (strcmp(extensions[i].ext, id) == 0)
			return extensions[i].f;
	return SLANT_LEXFMT_UNKNOWN;
}

/* The extension of path's base name ("" when none). */
static const char *extension_of(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	return dot && dot != base ? dot + 1 : "";
}

enum slant_lexfmt slant_lexfmt_from_path(const char *path)
{
	const char *ext = extension_of(path);
	for (size_t i = 0; i < NEXTENSIONS; i++)
		if (strcasecmp(ext, extensions[i].ext) == 0)
			return extensions[i].f;
	return SLANT_LEXFMT_UNKNOWN;
}

/* ---- telling formats apart by content ---- */

/* A YAML mapping key at the start of a line: "key:" then a blank or the
 * end, the key without ',' or ':' and not starting with a blank or one of
 * the characters that start other formats' lines. */
static bool yaml_key_line(const char *s, size_t n)
{
	if (!n || strchr(" \t#%+,-<", s[0]))
		return false;
	for (size_t i = 1; i < n; i++) {
		if (s[i] == ',')
			return false;
		if (s[i] == ':')
			return i + 1 == n || slant_textline_blank(s[i + 1]);
	}
	return false;
}

enum slant_lexfmt slant_lexfmt_sniff(const char *text, size_t len)
{
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	size_t pos = 0;
	struct slant_textline ln = {.no = 0};
	const char *first = NULL, *second = NULL;
	size_t firstlen = 0, secondlen = 0;
	bool items = false;
	while (ln.no < 200 && slant_textline_next(text, len, &pos, &ln)) {
		const char *s = ln.s;
		size_t n = ln.len;
		items |= lexfmt_wordstat_item(s, n, NULL, NULL, NULL);
		slant_textline_trim(&s, &n);
		if (!n || (!first && s[0] == '#'))
			continue;
		if (!first) {
			first = ln.s;
			firstlen = ln.len;
		} else if (!second) {
			second = s;
			secondlen = n;
		}
	}
	if (!first)
		return SLANT_LEXFMT_UNKNOWN;
	const char *s = first;
	size_t n = firstlen;
	while (n && slant_textline_blank(s[n - 1]))
		n--;
	if (n == 1 && s[0] == '%')
		return SLANT_LEXFMT_DIC;
	if (n > 1 && s[0] == '%' &&
	    ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z')))
		return SLANT_LEXFMT_LEX;
	if (s[0] == '+')
		return SLANT_LEXFMT_LEXICODER;
	if ((n >= 3 && memcmp(s, "---", 3) == 0) ||
	    (n >= 2 && s[0] == '-' && s[1] == ' ') || s[0] == '{' ||
	    yaml_key_line(s, n))
		return SLANT_LEXFMT_YAML;
	if (memchr(s, ',', n) && !memchr(s, '\t', n) && second &&
	    memchr(second, ',', secondlen))
		return SLANT_LEXFMT_DICX;
	if (items)
		return SLANT_LEXFMT_WORDSTAT;
	return SLANT_LEXFMT_UNKNOWN;
}

/* ---- reading ---- */

int slant_lexfmt_read_as(struct slant_lexicon *lx, enum slant_lexfmt f,
                         const char *path, const char *text, size_t len,
                         slant_warn_fn warn, void *warn_ctx,
                         struct slant_error *err)
{
	static int (*const readers[])(struct lexfmt_reader *, const char *,
	                              size_t) = {
	    [SLANT_LEXFMT_DIC] = lexfmt_read_dic,
	    [SLANT_LEXFMT_DICX] = lexfmt_read_dicx,
	    [SLANT_LEXFMT_YAML] = lexfmt_read_yaml,
	    [SLANT_LEXFMT_LEXICODER] = lexfmt_read_lexicoder,
	    [SLANT_LEXFMT_WORDSTAT] = lexfmt_read_wordstat,
	};
	if (f == SLANT_LEXFMT_LEX || f == SLANT_LEXFMT_UNKNOWN)
		return slant_lexicon_parse_native(lx, path, text, len, err);
	struct lexfmt_reader r;
	if (lexfmt_begin(&r, lx, path, &text, &len, slant_lexfmt_id(f), warn,
	                 warn_ctx, err) < 0)
		return -1;
	int rc = readers[f](&r, text, len);
	lexfmt_end(&r);
	return rc;
}

/* Add " (why)" to the error's message, cutting it to fit. */
static void explain(struct slant_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void explain(struct slant_error *err, const char *fmt, ...)
{
	char why[sizeof err->message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	size_t have = strlen(err->message);
	snprintf(err->message + have, sizeof err->message - have, " (%s)", why);
}

int slant_lexfmt_read(struct slant_lexicon *lx, const char *path,
                      const char *text, size_t len, slant_warn_fn warn,
                      void *warn_ctx, struct slant_error *err)
{
	enum slant_lexfmt by_name = slant_lexfmt_from_path(path);
	enum slant_lexfmt by_content = slant_lexfmt_sniff(text, len);
	enum slant_lexfmt f = by_name      ? by_name
	                      : by_content ? by_content
	                                   : SLANT_LEXFMT_LEX;
	if (slant_lexfmt_read_as(lx, f, path, text, len, warn, warn_ctx, err) ==
	    0)
		return 0;
	if (err && err->code == SLANT_EDATA) {
		if (by_name && by_content && by_content != by_name)
			explain(err,
			        "read as %s because of the extension '.%s'; "
			        "the content looks like %s",
			        slant_lexfmt_name(f), extension_of(path),
			        slant_lexfmt_name(by_content));
		else if (!by_name && by_content)
			explain(err,
			        "read as %s: the extension names no lexicon "
			        "format and the content looks like one",
			        slant_lexfmt_name(f));
		else if (!by_name)
			explain(err,
			        "read as %s: neither the extension nor the "
			        "content names another format",
			        slant_lexfmt_name(f));
	}
	return -1;
}

/* ---- what the readers share ---- */

bool lexfmt_next_content(const char *text, size_t len, size_t *pos,
                         struct slant_textline *ln, const char **s, size_t *n,
                         size_t *depth)
{
	while (slant_textline_next(text, len, pos, ln)) {
		*s = ln->s;
		*n = ln->len;
		if (depth) {
			*depth = 0;
			for (size_t i = 0;
			     i < *n && slant_textline_blank((*s)[i]); i++)
				*depth += (*s)[i] == '\t';
		}
		slant_textline_trim(s, n);
		if (*n)
			return true;
	}
	return false;
}

/* The naming rule of lexfmt.h; empty when nothing is left. */
static void normalise_name(const char *s, size_t n, struct slant_buf *out)
{
	slant_buf_reset(out);
	slant_buf_reserve(out, n);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_')
			slant_buf_putc(out, c);
		else if (out->len && out->data[out->len - 1] != '-')
			slant_buf_putc(out, '-');
	}
	while (out->len && out->data[out->len - 1] == '-')
		out->data[--out->len] = '\0';
}

int lexfmt_fail(struct lexfmt_reader *r, size_t line, size_t col,
                const char *fmt, ...)
{
	char msg[sizeof r->err->message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return slant_error_at(r->err, SLANT_EDATA, r->path, line, col, "%s",
	                      msg);
}

void lexfmt_warn(struct lexfmt_reader *r, size_t line, const char *fmt, ...)
{
	if (!r->warn)
		return;
	char msg[sizeof r->err->message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	struct slant_error w;
	slant_error_at(&w, SLANT_EDATA, r->path, line, 0, "%s", msg);
	r->warn(r->warn_ctx, &w);
}

void slant_lexfmt_scheme_name(const char *path, struct slant_buf *out)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *ext = extension_of(path);
	size_t blen = *ext ? (size_t)(ext - 1 - base) : strlen(base);
	normalise_name(base, blen, out);
	if (!out->len)
		slant_buf_puts(out, "lexicon");
}

int lexfmt_begin(struct lexfmt_reader *r, struct slant_lexicon *lx,
                 const char *path, const char **text, size_t *len,
                 const char *format, slant_warn_fn warn, void *warn_ctx,
                 struct slant_error *err)
{
	memset(r, 0, sizeof *r);
	if (slant_lexicon_check_utf8(path, *text, *len, err) < 0)
		return -1;
	if (*len >= 3 && memcmp(*text, "\xEF\xBB\xBF", 3) == 0) {
		*text += 3;
		*len -= 3;
	}
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	struct slant_buf name;
	slant_buf_init(&name);
	slant_lexfmt_scheme_name(path, &name);
	size_t other = slant_lexicon_find_scheme(lx, name.data);
	if (other != SIZE_MAX) {
		slant_error_at(err, SLANT_EDATA, path, 0, 0,
		               "scheme '%s' (named after the file) is already "
		               "loaded from %s",
		               name.data, lx->schemes[other].path);
		slant_buf_release(&name);
		return -1;
	}
	r->lx = lx;
	r->path = path;
	r->warn = warn;
	r->warn_ctx = warn_ctx;
	r->err = err;
	r->scheme = slant_lexicon_add_scheme(lx, name.data, path, format);
	free(lx->schemes[r->scheme].title);
	lx->schemes[r->scheme].title = slant_xstrdup(base);
	slant_buf_release(&name);
	r->name_ids = slant_vocab_new();
	r->top = SIZE_MAX;
	return 0;
}

void lexfmt_end(struct lexfmt_reader *r)
{
	slant_entry_parser_free(r->ep);
	slant_vocab_free(r->name_ids);
	for (size_t i = 0; i < r->nnames; i++)
		free(r->names[i].orig);
	free(r->names);
	for (size_t i = 0; i < r->nchain; i++)
		free(r->chain[i]);
	free(r->chain);
	memset(r, 0, sizeof *r);
}

size_t lexfmt_category(struct lexfmt_reader *r, size_t parent, const char *name,
                       size_t n, size_t line)
{
	struct slant_lexicon *lx = r->lx;
	r->ncategories++;
	struct slant_buf norm, full;
	slant_buf_init(&norm);
	slant_buf_init(&full);
	normalise_name(name, n, &norm);
	if (!norm.len)
		slant_buf_printf(&norm, "category-%zu", r->ncategories);
	if (parent != SIZE_MAX)
		slant_buf_printf(&full, "%s/", lx->dims[parent].name);
	slant_buf_append(&full, norm.data, norm.len);
	/* The names so far, in a hash table: files may hold many. */
	size_t d;
	uint32_t other = slant_vocab_find(r->name_ids, full.data, full.len);
	if (other != UINT32_MAX) {
		const struct lexfmt_name *o = &r->names[other];
		lexfmt_fail(r, line, 0,
		            "category '%.*s' and category '%s' (line %zu) both "
		            "become dimension '%s'",
		            (int)n, name, o->orig, o->line, full.data);
		d = SIZE_MAX;
	} else {
		/* A description is one line of text (and a YAML key may hold
		 * any character, NUL included). */
		char *desc = slant_xmalloc(n + 1);
		for (size_t i = 0; i < n; i++)
			desc[i] = (unsigned char)name[i] < 0x20 ? ' ' : name[i];
		const char *ds = desc;
		size_t dn = n;
		slant_textline_trim(&ds, &dn);
		memmove(desc, ds, dn);
		desc[dn] = '\0';
		d = slant_lexicon_add_dim(lx, r->scheme, full.data, full.len,
		                          desc, parent);
		uint32_t id =
		    slant_vocab_intern(r->name_ids, full.data, full.len);
		SLANT_ASSERT(id == r->nnames);
		SLANT_GROW(&r->names, &r->names_cap, r->nnames + 1);
		r->names[r->nnames++] = (struct lexfmt_name){d, desc, line};
	}
	slant_buf_release(&norm);
	slant_buf_release(&full);
	return d;
}

size_t lexfmt_nested(struct lexfmt_reader *r, size_t depth, const char *name,
                     size_t n, size_t line)
{
	SLANT_ASSERT(depth <= r->nchain && (depth == 0 || r->top != SIZE_MAX));
	while (r->nchain > depth)
		free(r->chain[--r->nchain]);
	SLANT_GROW(&r->chain, &r->chain_cap, r->nchain + 1);
	r->chain[r->nchain++] = slant_xstrndup(name, n);
	if (depth == 0) {
		r->top = lexfmt_category(r, SIZE_MAX, name, n, line);
		return r->top;
	}
	/* Below the top level, the path of names joins into one
	 * sub-dimension name ('/' normalises to '-'). */
	struct slant_buf joined;
	slant_buf_init(&joined);
	for (size_t i = 1; i < r->nchain; i++) {
		if (i > 1)
			slant_buf_putc(&joined, '/');
		slant_buf_puts(&joined, r->chain[i]);
	}
	size_t d = lexfmt_category(r, r->top, joined.data, joined.len, line);
	slant_buf_release(&joined);
	return d;
}

bool lexfmt_is_top(const struct lexfmt_reader *r, size_t d)
{
	return r->lx->dims[d].parent == SIZE_MAX;
}

void lexfmt_entry(struct lexfmt_reader *r, size_t dim, const char *text,
                  size_t n, double weight, size_t line, bool glob)
{
	slant_textline_trim(&text, &n);
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_reserve(&b, n);
	/* Control characters (a YAML scalar may hold any, NUL included)
	 * are blanks. */
	for (size_t i = 0; i < n; i++) {
		char c = text[i];
		if ((unsigned char)c <= ' ') {
			if (b.len && b.data[b.len - 1] != ' ')
				slant_buf_putc(&b, ' ');
		} else if (c == '*' && b.len && b.data[b.len - 1] == '*') {
			/* "heckl**" is "heckl*" */
		} else {
			slant_buf_putc(&b, c);
		}
	}
	while (b.len && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	const char *why = NULL;
	for (size_t i = 0; i < b.len && !why; i++) {
		if (glob && b.data[i] == '?')
			why = "'?' (any one character) is a wildcard slant "
			      "cannot match";
		else if (b.data[i] == '*' && (i == 0 || b.data[i - 1] == ' '))
			why = "a '*' that starts a word is a wildcard slant "
			      "cannot match";
		else if (b.data[i] == '*' && i + 1 < b.len &&
		         b.data[i + 1] != ' ')
			why = "only a '*' that ends a word (a prefix) is a "
			      "wildcard slant can match";
	}
	size_t bad;
	if (!b.len)
		why = "entry is empty";
	/* A tokenizer is costly to set up (a cache of 2 MiB): only for a
	 * file that has entries. */
	if (!why && !r->ep)
		r->ep = slant_entry_parser_new();
	if (why || slant_lexicon_add_entry(r->lx, r->ep, dim,
	                                   b.data ? b.data : "", b.len, weight,
	                                   false, line, &why, &bad) < 0) {
		r->skipped++;
		lexfmt_warn(r, line, "entry '%s' skipped: %s",
		            b.data ? b.data : "", why);
	}
	slant_buf_release(&b);
}

/* ---- writing ---- */

char *lexfmt_entry_text(const struct slant_entry *e,
                        bool (*fits)(const char *text),
                        struct slant_lexfmt_loss *loss)
{
	if (fits(e->text))
		return slant_xstrdup(e->text);
	loss->n[SLANT_NOTE_REWRITTEN]++;
	struct slant_buf b;
	slant_buf_init(&b);
	for (size_t k = 0; k < e->nwords; k++) {
		if (k)
			slant_buf_putc(&b, ' ');
		slant_buf_puts(&b, e->words[k]);
		if (e->prefix[k])
			slant_buf_putc(&b, '*');
	}
	return slant_buf_take(&b);
}

static int cmp_out_entry(const void *a, const void *b)
{
	const struct lexfmt_out_entry *x = a, *y = b;
	int c = strcmp(x->text, y->text);
	if (c)
		return c;
	if (x->e->exclusion != y->e->exclusion)
		return x->e->exclusion ? 1 : -1;
	return (x->e->weight > y->e->weight) - (x->e->weight < y->e->weight);
}

bool lexfmt_writes(size_t sc, const struct slant_entry *e)
{
	return e->scheme == sc && !e->generated;
}

size_t lexfmt_dim_entries(const struct slant_lexicon *lx, size_t sc, size_t d,
                          bool (*fits)(const char *text), bool exclusions,
                          struct slant_lexfmt_loss *loss,
                          struct lexfmt_out_entry **out)
{
	size_t n = 0;
	*out = NULL;
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		if (e->dim != d || (e->exclusion && !exclusions) ||
		    !lexfmt_writes(sc, e))
			continue;
		*out = slant_xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = (struct lexfmt_out_entry){
		    lexfmt_entry_text(e, fits, loss), e};
	}
	if (n)
		qsort(*out, n, sizeof **out, cmp_out_entry);
	return n;
}

void lexfmt_free_entries(struct lexfmt_out_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}

const char *lexfmt_leaf_name(const struct slant_dimension *d)
{
	const char *slash = strchr(d->name, '/');
	return slash ? slash + 1 : d->name;
}

bool lexfmt_description_names(const struct slant_dimension *d)
{
	const char *s = d->description;
	size_t n = strlen(s);
	if (!n || slant_textline_blank(s[0]) || slant_textline_blank(s[n - 1]))
		return false;
	struct slant_buf b;
	slant_buf_init(&b);
	normalise_name(s, n, &b);
	bool same = b.len && strcmp(b.data, lexfmt_leaf_name(d)) == 0;
	slant_buf_release(&b);
	return same;
}

void lexfmt_count_scheme_loss(const struct slant_lexicon *lx, size_t sc,
                              struct slant_lexfmt_loss *loss)
{
	const struct slant_scheme *S = &lx->schemes[sc];
	bool negatable = false;
	for (size_t d = 0; d < lx->ndims; d++)
		negatable |=
		    slant_lexicon_declares(lx, sc, d) && lx->dims[d].negatable;
	loss->n[SLANT_LOST_NEGATION] += (S->nnegators > 0) +
	                                (S->nclause_breakers > 0) +
	                                (S->negation_window != 3) + negatable;
	/* A scheme read from another format is titled with its file's
	 * name, which reading the written file gives again. */
	bool own_title = S->title[0] && strcmp(S->format, "slant") == 0;
	loss->n[SLANT_LOST_METADATA] += own_title + (S->version[0] != 0) +
	                                (S->language[0] != 0) + S->nreferences;
	loss->n[SLANT_LOST_KIND] += S->kind == SLANT_SCHEME_NAMING;
	loss->n[SLANT_LOST_PROCLITICS] += S->nproclitics;
	for (size_t i = 0; i < lx->nentries; i++)
		if (lx->entries[i].exclusion &&
		    lexfmt_writes(sc, &lx->entries[i]))
			loss->n[SLANT_LOST_EXCLUSIONS]++;
}

int slant_lexfmt_write(const struct slant_lexicon *lx, size_t sc,
                       enum slant_lexfmt f, struct slant_buf *out,
                       struct slant_lexfmt_loss *loss, struct slant_error *err)
{
	SLANT_ASSERT(lx->finished && sc < lx->nschemes);
	switch (f) {
	case SLANT_LEXFMT_LEX: return lexfmt_write_lex(lx, sc, out, loss);
	case SLANT_LEXFMT_DIC: return lexfmt_write_dic(lx, sc, out, loss);
	case SLANT_LEXFMT_YAML:
		return lexfmt_write_yaml(lx, sc, out, loss, err);
	default:
		return slant_error_set(err, SLANT_EUSAGE, NULL,
		                       "slant writes .lex, .dic and YAML, "
		                       "not %s",
		                       slant_lexfmt_name(f));
	}
}

static const char *const lost_what[SLANT_LOST_N] = {
    [SLANT_LOST_EXCLUSIONS] = "exclusion entries (!ENTRY)",
    [SLANT_LOST_WEIGHTS] = "entry weights other than 1",
    [SLANT_LOST_NEGATION] = "negation settings (%negators, "
                            "%clause-breakers, %negation-window, "
                            "%negatable)",
    [SLANT_LOST_METADATA] =
        "metadata lines (%title, %version, %language, %reference)",
    [SLANT_LOST_KIND] = "scheme kinds (%kind naming)",
    [SLANT_LOST_PROCLITICS] = "proclitics (%proclitics: the entries' "
                              "forms with one in front are not written)",
    [SLANT_LOST_DESCRIPTIONS] =
        "dimension descriptions (the dimension's name is kept)",
    [SLANT_LOST_DIMENSIONS] = "dimensions named '__' (quanteda's key for "
                              "the patterns of a key with sub-keys), with "
                              "their entries",
    [SLANT_NOTE_MERGED] = "entries listed in a dimension and in its "
                          "sub-dimension written once, with the "
                          "sub-category (it counts in both)",
    [SLANT_NOTE_WEIGHTS] = "weights written as CATEGORY=WEIGHT (slant "
                           "reads them; other LIWC readers do not)",
    [SLANT_NOTE_REWRITTEN] = "entries written as their normalised words "
                             "(the text as written does not fit the "
                             "format)",
};

const char *slant_lexfmt_lost_what(enum slant_lexfmt_lost i)
{
	SLANT_ASSERT(i < SLANT_LOST_N);
	return lost_what[i];
}

bool slant_lexfmt_lost_is_loss(enum slant_lexfmt_lost i)
{
	return i < SLANT_NOTE_MERGED;
}
