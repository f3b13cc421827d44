/* lexfmt-liwc.c: LIWC dictionaries: reading .dic (LIWC2007/2015) and
 * .dicx (LIWC-22), writing .dic.
 *
 * .dic: a header between two lines '%' of "NUMBER NAME" lines (a line
 * indented with tabs is a sub-category of the one above, as LIWC2015
 * writes them), then "ENTRY REF..." lines. A REF is a category number or
 * name, optionally "=WEIGHT" (slant's extension for weights). With a tab
 * on the line the entry is the text before it, so an entry may end in
 * digits ("catch 22<TAB>3"); without one, the trailing REFs are split off.
 * LIWC lists an entry under every category it counts in; slant rolls a
 * sub-dimension's hits up into its dimension, so an entry listed under a
 * sub-category and its top-level category is kept once, in the
 * sub-dimension. Old conditional lines ("like 02 134/125 (02 134)126")
 * are skipped with a warning.
 *
 * .dicx: CSV; the header names the term column (its name is ignored) and
 * the categories; a cell is empty or 0 (not in the category), X (in it)
 * or a number (in it, with that weight).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "format.h"
#include "lexfmt-reader.h"
#include "lexfmt.h"

/* ---- .dic ---- */

struct dic_cat {
	long num;
	size_t dim;
	char *name; /* as the header writes it */
};

struct dic_ref {
	size_t dim;
	double weight;
};

static bool all_digits(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* The number s[0..n) (all digits), or -1 past 9 digits. */
static long number(const char *s, size_t n)
{
	if (n > 9)
		return -1;
	long v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* The category a REF's name or number part s[0..n) names, or NULL. */
static const struct dic_cat *find_cat(const struct dic_cat *cats, size_t ncat,
                                      const char *s, size_t n)
{
	if (all_digits(s, n)) {
		long num = number(s, n);
		for (size_t i = 0; i < ncat; i++)
			if (cats[i].num == num)
				return &cats[i];
		return NULL;
	}
	for (size_t i = 0; i < ncat; i++)
		if (strlen(cats[i].name) == n &&
		    memcmp(cats[i].name, s, n) == 0)
			return &cats[i];
	for (size_t i = 0; i < ncat; i++)
		if (strlen(cats[i].name) == n &&
		    strncasecmp(cats[i].name, s, n) == 0)
			return &cats[i];
	return NULL;
}

/* Split a REF into its category part and weight part (after '='). */
static void split_ref(const char *s, size_t n, size_t *catlen, const char **w,
                      size_t *wlen)
{
	const char *eq = memchr(s, '=', n);
	*catlen = eq ? (size_t)(eq - s) : n;
	*w = eq ? eq + 1 : NULL;
	*wlen = eq ? n - *catlen - 1 : 0;
}

static bool is_ref(const struct dic_cat *cats, size_t ncat, const char *s,
                   size_t n)
{
	size_t cl, wl;
	const char *w;
	double weight;
	split_ref(s, n, &cl, &w, &wl);
	return (all_digits(s, cl) || find_cat(cats, ncat, s, cl)) &&
	       (!w || slant_lexicon_parse_weight(w, wl, &weight));
}

#define MAXFIELDS 512

struct fields {
	const char *f[MAXFIELDS];
	size_t len[MAXFIELDS];
	size_t n;
};

static void split_fields(const char *s, size_t n, struct fields *fs)
{
	fs->n = 0;
	for (size_t i = 0; i < n && fs->n < MAXFIELDS;) {
		while (i < n && slant_textline_blank(s[i]))
			i++;
		size_t st = i;
		while (i < n && !slant_textline_blank(s[i]))
			i++;
		if (i > st) {
			fs->f[fs->n] = s + st;
			fs->len[fs->n++] = i - st;
		}
	}
}

/* Append the REFs of the tab-separated part s[0..n) to fs. */
static void split_refs(const char *s, size_t n, const struct dic_cat *cats,
                       size_t ncat, struct fields *fs)
{
	for (size_t i = 0; i < n && fs->n < MAXFIELDS;) {
		while (i < n && s[i] == '\t')
			i++;
		size_t st = i;
		while (i < n && s[i] != '\t')
			i++;
		const char *f = s + st;
		size_t fl = i - st;
		slant_textline_trim(&f, &fl);
		size_t cl, wl;
		const char *w;
		split_ref(f, fl, &cl, &w, &wl);
		if (fl && !all_digits(f, cl) && find_cat(cats, ncat, f, cl)) {
			fs->f[fs->n] = f;
			fs->len[fs->n++] = fl;
		} else {
			struct fields part;
			split_fields(f, fl, &part);
			for (size_t k = 0; k < part.n && fs->n < MAXFIELDS;
			     k++) {
				fs->f[fs->n] = part.f[k];
				fs->len[fs->n++] = part.len[k];
			}
		}
	}
}

/* A header line "NUMBER NAME" at nesting depth. */
static int dic_category(struct lexfmt_reader *r,
                        const struct slant_textline *ln, const char *s,
                        size_t n, size_t depth, struct dic_cat **cats,
                        size_t *ncat)
{
	size_t k = 0;
	while (k < n && !slant_textline_blank(s[k]))
		k++;
	const char *name = s + k;
	size_t nl = n - k;
	slant_textline_trim(&name, &nl);
	if (!all_digits(s, k) || !nl)
		return lexfmt_fail(r, ln->no, slant_textline_col(ln, s),
		                   "category line must be 'NUMBER NAME'");
	long num = number(s, k);
	if (num < 0 || num > 100000000)
		return lexfmt_fail(r, ln->no, slant_textline_col(ln, s),
		                   "category number out of range");
	for (size_t i = 0; i < *ncat; i++)
		if ((*cats)[i].num == num)
			return lexfmt_fail(r, ln->no, slant_textline_col(ln, s),
			                   "category %ld defined twice", num);
	if (depth > r->nchain)
		depth = r->nchain;
	size_t d = lexfmt_nested(r, depth, name, nl, ln->no);
	if (d == SIZE_MAX)
		return -1;
	*cats = slant_xreallocarray(*cats, *ncat + 1, sizeof **cats);
	(*cats)[(*ncat)++] = (struct dic_cat){num, d, slant_xstrndup(name, nl)};
	return 0;
}

/* LIWC2007's conditional entries: "like 02 134/125 (02 134)126" or
 * "kind <of>131/125": a '(' or '<', or a category field "NUM/NUM". */
static bool conditional_line(const char *s, size_t n, const struct fields *fs,
                             size_t first_ref)
{
	if (memchr(s, '(', n) || memchr(s, '<', n))
		return true;
	for (size_t i = first_ref ? first_ref : 1; i < fs->n; i++)
		if (fs->f[i][0] >= '0' && fs->f[i][0] <= '9' &&
		    memchr(fs->f[i], '/', fs->len[i]))
			return true;
	return false;
}

static int dic_entry(struct lexfmt_reader *r, const struct slant_textline *ln,
                     const char *s, size_t n, const struct dic_cat *cats,
                     size_t ncat)
{
	const char *tab = memchr(s, '\t', n);
	struct fields fs;
	const char *entry = s;
	size_t elen, first_ref;
	if (tab) {
		/* The entry is the text before the tab; every field after it
		 * is a REF: a tab-separated field that names a category
		 * ("Work Life"), else each blank-separated part of it. */
		elen = (size_t)(tab - s);
		split_fields(s, elen, &fs);
		first_ref = fs.n;
		split_refs(tab, n - elen, cats, ncat, &fs);
	} else {
		split_fields(s, n, &fs);
		size_t k = fs.n;
		while (k > 1 && is_ref(cats, ncat, fs.f[k - 1], fs.len[k - 1]))
			k--;
		elen = k ? (size_t)(fs.f[k - 1] + fs.len[k - 1] - s) : 0;
		first_ref = k;
	}
	if (conditional_line(s, n, &fs, first_ref)) {
		r->skipped++;
		lexfmt_warn(r, ln->no,
		            "conditional LIWC entry skipped (not supported)");
		return 0;
	}
	if (first_ref == fs.n)
		return lexfmt_fail(r, ln->no, slant_textline_col(ln, s),
		                   "entry '%.*s' has no category", (int)n, s);
	struct dic_ref refs[MAXFIELDS];
	size_t nref = 0;
	for (size_t i = first_ref; i < fs.n; i++) {
		size_t cl, wl;
		const char *w;
		split_ref(fs.f[i], fs.len[i], &cl, &w, &wl);
		const struct dic_cat *c = find_cat(cats, ncat, fs.f[i], cl);
		if (!c)
			return lexfmt_fail(
			    r, ln->no, slant_textline_col(ln, fs.f[i]),
			    "unknown category %s%.*s%s",
			    all_digits(fs.f[i], cl) ? "" : "'", (int)cl,
			    fs.f[i], all_digits(fs.f[i], cl) ? "" : "'");
		double weight = 1;
		if (w && !slant_lexicon_parse_weight(w, wl, &weight))
			return lexfmt_fail(r, ln->no, slant_textline_col(ln, w),
			                   "weight '%.*s' is not a number",
			                   (int)wl, w);
		refs[nref++] = (struct dic_ref){c->dim, weight};
	}
	for (size_t i = 0; i < nref; i++) {
		/* Listed under a sub-category of this top-level category
		 * too: counted there, and rolled up into this one. */
		bool below = false;
		for (size_t j = 0; j < nref && !below; j++)
			below = r->lx->dims[refs[j].dim].parent == refs[i].dim;
		if (!below)
			lexfmt_entry(r, refs[i].dim, entry, elen,
			             refs[i].weight, ln->no, false);
	}
	return 0;
}

int lexfmt_read_dic(struct lexfmt_reader *r, const char *text, size_t len)
{
	struct dic_cat *cats = NULL;
	size_t ncat = 0, pos = 0;
	int state = 0; /* 0 before '%', 1 categories, 2 entries */
	struct slant_textline ln = {.no = 0};
	int rc = 0;
	const char *s;
	size_t n, depth;
	while (rc == 0 &&
	       lexfmt_next_content(text, len, &pos, &ln, &s, &n, &depth)) {
		if (state < 2 && n == 1 && s[0] == '%')
			state++;
		else if (state == 0)
			rc = lexfmt_fail(r, ln.no, slant_textline_col(&ln, s),
			                 "a LIWC dictionary starts with a line "
			                 "'%%'");
		else if (state == 1)
			rc = dic_category(r, &ln, s, n, depth, &cats, &ncat);
		else
			rc = dic_entry(r, &ln, s, n, cats, ncat);
	}
	if (rc == 0 && state < 2)
		rc = lexfmt_fail(r, ln.no, 0,
		                 state == 0 ? "empty LIWC dictionary"
		                            : "LIWC header not closed by a "
		                              "second '%%' line");
	for (size_t i = 0; i < ncat; i++)
		free(cats[i].name);
	free(cats);
	return rc;
}

/* ---- .dicx ---- */

struct csv {
	const char *text;
	size_t len, pos;
	size_t line;  /* the line pos is on */
	size_t start; /* the line the last record started on */
	struct slant_buf *cells;
	size_t ncells, cap, ninit;
};

/* The next record into c->cells; 1, 0 at the end, -1 for a quoted field
 * left open. Line ends are LF or CRLF; "" in a quoted field is '"'. */
static int csv_record(struct csv *c)
{
	if (c->pos >= c->len)
		return 0;
	c->start = c->line;
	c->ncells = 0;
	for (;;) {
		SLANT_GROW(&c->cells, &c->cap, c->ncells + 1);
		if (c->ncells == c->ninit)
			slant_buf_init(&c->cells[c->ninit++]);
		struct slant_buf *b = &c->cells[c->ncells++];
		slant_buf_reset(b);
		slant_buf_reserve(b, 0);
		bool quoted = c->pos < c->len && c->text[c->pos] == '"';
		if (quoted) {
			c->pos++;
			for (;;) {
				if (c->pos >= c->len)
					return -1;
				char ch = c->text[c->pos++];
				if (ch == '"' && c->pos < c->len &&
				    c->text[c->pos] == '"') {
					slant_buf_putc(b, '"');
					c->pos++;
				} else if (ch == '"') {
					break;
				} else {
					c->line += ch == '\n';
					slant_buf_putc(b, ch);
				}
			}
		}
		/* Unquoted text, or what follows a closing quote. */
		while (c->pos < c->len && c->text[c->pos] != ',' &&
		       c->text[c->pos] != '\n') {
			char ch = c->text[c->pos++];
			if (!(ch == '\r' && c->pos < c->len &&
			      c->text[c->pos] == '\n'))
				slant_buf_putc(b, ch);
		}
		if (c->pos < c->len && c->text[c->pos] == ',') {
			c->pos++;
			continue;
		}
		if (c->pos < c->len) {
			c->pos++; /* the newline */
			c->line++;
		}
		return 1;
	}
}

static bool record_empty(const struct csv *c)
{
	for (size_t i = 0; i < c->ncells; i++) {
		const char *s = c->cells[i].data;
		size_t n = c->cells[i].len;
		slant_textline_trim(&s, &n);
		if (n)
			return false;
	}
	return true;
}

static void csv_release(struct csv *c)
{
	for (size_t i = 0; i < c->ninit; i++)
		slant_buf_release(&c->cells[i]);
	free(c->cells);
}

int lexfmt_read_dicx(struct lexfmt_reader *r, const char *text, size_t len)
{
	struct csv c = {.text = text, .len = len, .line = 1};
	size_t *cols = NULL, ncols = 0;
	char **colnames = NULL;
	int rc = 0, got;
	while (rc == 0 && (got = csv_record(&c)) != 0) {
		if (got < 0) {
			rc = lexfmt_fail(r, c.start, 0,
			                 "quoted field not closed");
			break;
		}
		if (record_empty(&c))
			continue;
		if (!cols) {
			/* The header: the term column, then categories. */
			if (c.ncells < 2) {
				rc = lexfmt_fail(
				    r, c.start, 0,
				    "a .dicx header names the term "
				    "column and then the categories");
				break;
			}
			ncols = c.ncells - 1;
			cols = slant_xcalloc(ncols, sizeof *cols);
			colnames = slant_xcalloc(ncols, sizeof *colnames);
			for (size_t j = 0; j < ncols && rc == 0; j++) {
				const char *s = c.cells[j + 1].data;
				size_t n = c.cells[j + 1].len;
				slant_textline_trim(&s, &n);
				colnames[j] = slant_xstrndup(s, n);
				if (!n)
					rc = lexfmt_fail(
					    r, c.start, 0,
					    "column %zu of the header "
					    "has no category name",
					    j + 2);
				else if ((cols[j] = lexfmt_category(
				              r, SIZE_MAX, s, n, c.start)) ==
				         SIZE_MAX)
					rc = -1;
			}
			continue;
		}
		if (c.ncells > ncols + 1) {
			rc = lexfmt_fail(r, c.start, 0,
			                 "row has %zu cells, the header %zu",
			                 c.ncells, ncols + 1);
			break;
		}
		const char *term = c.cells[0].data;
		size_t tlen = c.cells[0].len;
		size_t in = 0;
		for (size_t j = 0; j + 1 < c.ncells && rc == 0; j++) {
			const char *v = c.cells[j + 1].data;
			size_t vl = c.cells[j + 1].len;
			slant_textline_trim(&v, &vl);
			double weight = 1;
			if (!vl || (vl == 1 && (v[0] == 'X' || v[0] == 'x')))
				;
			else if (!slant_lexicon_parse_weight(v, vl, &weight))
				rc = lexfmt_fail(r, c.start, 0,
				                 "cell '%.*s' of category '%s' "
				                 "is not X, empty or a number",
				                 (int)vl, v, colnames[j]);
			if (rc || !vl || weight == 0)
				continue;
			in++;
			lexfmt_entry(r, cols[j], term, tlen, weight, c.start,
			             false);
		}
		if (rc == 0 && !in) {
			r->skipped++;
			lexfmt_warn(r, c.start,
			            "entry '%s' skipped: it is in no category",
			            term);
		}
	}
	if (rc == 0 && !cols)
		rc = lexfmt_fail(r, 0, 0, "empty .dicx dictionary");
	for (size_t j = 0; j < ncols; j++)
		free(colnames[j]);
	free(colnames);
	free(cols);
	csv_release(&c);
	return rc;
}

/* ---- writing .dic ---- */

/* Whether an entry's text reads back as the same entry from a .dic line
 * "TEXT<TAB>REF...": no tab or control character, nothing that marks a
 * conditional line ('(' or '<'), no blank at either end. */
static bool dic_text_fits(const char *t)
{
	size_t n = strlen(t);
	if (!n || t[0] == ' ' || t[n - 1] == ' ' || (n == 1 && t[0] == '%'))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c < 0x20 || c == '(' || c == '<')
			return false;
	}
	return true;
}

struct dic_line {
	char *text;
	long num;
	double weight;
	long parent; /* the top-level category's number, or 0 */
	bool own;    /* an entry of a top-level dimension */
};

static int cmp_dic_line(const void *a, const void *b)
{
	const struct dic_line *x = a, *y = b;
	int c = strcmp(x->text, y->text);
	if (c)
		return c;
	if (x->num != y->num)
		return (x->num > y->num) - (x->num < y->num);
	return (x->weight > y->weight) - (x->weight < y->weight);
}

static void put_ref(struct slant_buf *b, long num, double weight)
{
	slant_buf_printf(b, "\t%ld", num);
	if (weight != 1) {
		slant_buf_putc(b, '=');
		slant_put_json_number(b, weight);
	}
}

int lexfmt_write_dic(const struct slant_lexicon *lx, size_t sc,
                     struct slant_buf *out, struct slant_lexfmt_loss *loss)
{
	lexfmt_count_scheme_loss(lx, sc, loss);
	/* The header: each top-level dimension followed by its own
	 * sub-dimensions ("a", "a/x" and "a-b" sort as a, a-b, a/x). */
	long *num = slant_xcalloc(lx->ndims, sizeof *num);
	long next = 1;
	slant_buf_puts(out, "%\n");
	for (size_t d = 0; d < lx->ndims; d++) {
		if (!slant_lexicon_declares(lx, sc, d) ||
		    lx->dims[d].parent != SIZE_MAX)
			continue;
		for (size_t c = d; c < lx->ndims; c++) {
			const struct slant_dimension *D = &lx->dims[c];
			if (c != d && D->parent != d)
				continue;
			num[c] = next++;
			bool desc = lexfmt_description_names(D);
			if (!desc && strcmp(D->description, D->name) != 0)
				loss->n[SLANT_LOST_DESCRIPTIONS]++;
			slant_buf_printf(
			    out, "%s%ld\t%s\n", c == d ? "" : "\t", num[c],
			    desc ? D->description : lexfmt_leaf_name(D));
		}
	}
	slant_buf_puts(out, "%\n");
	/* One line per entry text, with every category it is in. */
	struct dic_line *lines = NULL;
	size_t nlines = 0;
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		const struct slant_dimension *D = &lx->dims[e->dim];
		if (!lexfmt_writes(sc, e) || e->exclusion)
			continue;
		lines = slant_xreallocarray(lines, nlines + 1, sizeof *lines);
		lines[nlines++] = (struct dic_line){
		    lexfmt_entry_text(e, dic_text_fits, loss), num[e->dim],
		    e->weight, D->parent == SIZE_MAX ? 0 : num[D->parent],
		    D->parent == SIZE_MAX};
	}
	if (nlines)
		qsort(lines, nlines, sizeof *lines, cmp_dic_line);
	for (size_t i = 0; i < nlines;) {
		size_t j = i;
		while (j < nlines && strcmp(lines[j].text, lines[i].text) == 0)
			j++;
		slant_buf_puts(out, lines[i].text);
		for (size_t k = i; k < j; k++) {
			/* A top-level dimension's own entry that a
			 * sub-dimension of it also lists is written once:
			 * with the sub-category, as LIWC lists it. */
			bool below = false;
			for (size_t m = i; m < j && lines[k].own && !below; m++)
				below = lines[m].parent == lines[k].num;
			if (below) {
				loss->n[SLANT_NOTE_MERGED]++;
				continue;
			}
			put_ref(out, lines[k].num, lines[k].weight);
			loss->n[SLANT_NOTE_WEIGHTS] += lines[k].weight != 1;
		}
		/* LIWC counts a word only in the categories listed for it:
		 * list each sub-category's top-level category too, once. */
		for (size_t k = i; k < j; k++) {
			bool first = lines[k].parent != 0;
			for (size_t m = i; m < k && first; m++)
				first = lines[m].parent != lines[k].parent;
			if (first)
				put_ref(out, lines[k].parent, lines[k].weight);
		}
		slant_buf_putc(out, '\n');
		for (size_t k = i; k < j; k++)
			free(lines[k].text);
		i = j;
	}
	free(lines);
	free(num);
	return 0;
}
