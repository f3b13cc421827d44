/* provenance.c: a report's provenance read back from its text, and the
 * differences between two (see provenance.h). The readers know the
 * tables of report-html.c, report-md.c and report-data.c by their
 * headings and column names, not by their markup, so that a change of
 * style does not break them; tests/cli/t0570-report-check.sh reads every
 * format. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "jsonl.h"
#include "provenance.h"

void slant_provenance_init(struct slant_provenance *p)
{
	memset(p, 0, sizeof *p);
}

static void free_entries(struct slant_provenance_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].value);
		free(v[i].title);
		free(v[i].version);
	}
	free(v);
}

void slant_provenance_release(struct slant_provenance *p)
{
	free(p->version);
	free_entries(p->inputs, p->ninputs);
	free_entries(p->lexicons, p->nlexicons);
	free_entries(p->params, p->nparams);
	slant_provenance_init(p);
}

static struct slant_provenance_entry *add(struct slant_provenance_entry **v,
                                          size_t *n)
{
	/* the capacity is the next power of two: grow when n is one */
	if ((*n & (*n - 1)) == 0)
		*v = slant_xreallocarray(*v, *n ? 2 * *n : 1, sizeof **v);
	struct slant_provenance_entry *e = &(*v)[(*n)++];
	memset(e, 0, sizeof *e);
	return e;
}

static void set(char **dst, const char *s)
{
	free(*dst);
	*dst = slant_xstrdup(s ? s : "");
}

/* A SHA-256 is 64 hex digits; anything else ("-", "(not hashed)", null)
 * means the input was not hashed (standard input). */
static void set_hash(char **dst, const char *s)
{
	size_t n = 0;
	while (s && n < 64 && strchr("0123456789abcdef", s[n]) && s[n])
		n++;
	set(dst, s && n == 64 && !s[64] ? s : "");
}

/* ---- HTML and Markdown: tables found by their headings ---- */

struct table {
	char **cells; /* row-major; row 0 is the header */
	size_t ncols, nrows;
};

static void table_release(struct table *t)
{
	for (size_t i = 0; i < t->ncols * t->nrows; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

/* Add a row of n cells (taken); the header sets the width. */
static void table_row(struct table *t, char **cells, size_t n)
{
	if (!t->nrows)
		t->ncols = n;
	/* rows for the next power of two, as add() */
	if ((t->nrows & (t->nrows - 1)) == 0)
		t->cells = slant_xreallocarray(
		    t->cells, (t->nrows ? 2 * t->nrows : 1) * t->ncols,
		    sizeof *t->cells);
	for (size_t i = 0; i < t->ncols; i++)
		t->cells[t->nrows * t->ncols + i] =
		    i < n ? cells[i] : slant_xstrdup("");
	for (size_t i = t->ncols; i < n; i++)
		free(cells[i]);
	t->nrows++;
}

/* The cell of a data row under the first of the names the header has;
 * NULL when it has none. */
static const char *table_get(const struct table *t, size_t row,
                             const char *const *names)
{
	for (; *names; names++)
		for (size_t c = 0; c < t->ncols; c++)
			if (strcmp(t->cells[c], *names) == 0)
				return t->cells[row * t->ncols + c];
	return NULL;
}

static const char *find(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	while (p && end - p >= (ptrdiff_t)n) {
		const char *q = memchr(p, needle[0], (size_t)(end - p) - n + 1);
		if (!q || memcmp(q, needle, n) == 0)
			return q;
		p = q + 1;
	}
	return NULL;
}

/* find() of the three strings one after the other. */
static const char *find3(const char *p, const char *end, const char *a,
                         const char *b, const char *c)
{
	struct slant_buf n;
	slant_buf_init(&n);
	slant_buf_printf(&n, "%s%s%s", a, b, c);
	const char *r = find(p, end, n.data);
	slant_buf_release(&n);
	return r;
}

static void put_code_point(struct slant_buf *b, unsigned long c)
{
	if (c < 0x80) {
		slant_buf_putc(b, (char)c);
	} else if (c < 0x800) {
		slant_buf_putc(b, (char)(0xC0 | c >> 6));
		slant_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else if (c < 0x10000) {
		slant_buf_putc(b, (char)(0xE0 | c >> 12));
		slant_buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
		slant_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else if (c < 0x110000) {
		slant_buf_putc(b, (char)(0xF0 | c >> 18));
		slant_buf_putc(b, (char)(0x80 | (c >> 12 & 0x3F)));
		slant_buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
		slant_buf_putc(b, (char)(0x80 | (c & 0x3F)));
	}
}

/* An entity at p (after '&'): appended decoded, returns its length after
 * the '&'; 0 when it is none this reader knows. */
static size_t entity(struct slant_buf *b, const char *p, const char *end)
{
	static const struct {
		const char *name;
		char c;
	} named[] = {{"amp;", '&'},
	             {"lt;", '<'},
	             {"gt;", '>'},
	             {"quot;", '"'},
	             {"apos;", '\''}};
	for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
		size_t n = strlen(named[i].name);
		if (end - p >= (ptrdiff_t)n &&
		    memcmp(p, named[i].name, n) == 0) {
			slant_buf_putc(b, named[i].c);
			return n;
		}
	}
	if (p < end && *p == '#') {
		const char *q = p + 1;
		int base = q < end && (*q == 'x' || *q == 'X') ? 16 : 10;
		q += base == 16;
		unsigned long c = 0;
		const char *digits = q;
		while (
		    q < end && q - digits < 8 &&
		    strchr(base == 16 ? "0123456789abcdefABCDEF" : "0123456789",
		           *q) &&
		    *q) {
			c = c * (unsigned)base +
			    (unsigned)(*q <= '9' ? *q - '0'
			                         : (*q | 0x20) - 'a' + 10);
			q++;
		}
		if (q > digits && q < end && *q == ';') {
			put_code_point(b, c);
			return (size_t)(q + 1 - p);
		}
	}
	return 0;
}

/* The text of HTML in [p, end): tags dropped, entities decoded, white
 * space runs made one space and trimmed. */
static char *html_text(const char *p, const char *end)
{
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_puts(&b, "");
	bool space = false;
	while (p < end) {
		char c = *p++;
		if (c == '<') {
			const char *q = memchr(p, '>', (size_t)(end - p));
			p = q ? q + 1 : end;
			continue;
		}
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			space = b.len > 0;
			continue;
		}
		if (space)
			slant_buf_putc(&b, ' ');
		space = false;
		size_t n = c == '&' ? entity(&b, p, end) : 0;
		if (n)
			p += n;
		else
			slant_buf_putc(&b, c);
	}
	return slant_buf_take(&b);
}

/* The next <td> or <th> in [p, end): its content in [*c0, *c1), returns
 * the position after it, or NULL. */
static const char *html_cell(const char *p, const char *end, const char **c0,
                             const char **c1)
{
	for (; (p = find(p, end, "<t")); p += 2) {
		if (end - p < 4 || (p[2] != 'd' && p[2] != 'h') ||
		    (p[3] != '>' && p[3] != ' '))
			continue;
		const char *open_end = memchr(p, '>', (size_t)(end - p));
		if (!open_end)
			return NULL;
		const char *close =
		    find(open_end, end, p[2] == 'd' ? "</td>" : "</th>");
		*c0 = open_end + 1;
		*c1 = close ? close : end;
		return close ? close + 5 : end;
	}
	return NULL;
}

/* The first table after the heading text in [from, end). */
static bool html_table(struct table *t, const char *from, const char *end,
                       const char *heading)
{
	const char *p = find3(from, end, ">", heading, "</h");
	const char *tb = p ? find(p, end, "<table") : NULL;
	if (!tb)
		return false;
	const char *te = find(tb, end, "</table>");
	if (!te)
		te = end;
	for (const char *r = find(tb, te, "<tr"); r; r = find(r, te, "<tr")) {
		const char *re = find(r, te, "</tr>");
		if (!re)
			re = te;
		char **cells = NULL;
		size_t n = 0;
		const char *c0, *c1;
		for (const char *c = r; (c = html_cell(c, re, &c0, &c1));) {
			cells =
			    slant_xreallocarray(cells, n + 1, sizeof *cells);
			cells[n++] = html_text(c0, c1);
		}
		if (n)
			table_row(t, cells, n);
		free(cells);
		r = re;
	}
	return t->nrows > 0;
}

/* A Markdown cell in [p, end): trimmed; `code` as it is, else markup
 * escapes (\|, \*, ...) and entities undone. */
static char *md_cell(const char *p, const char *end)
{
	while (p < end && *p == ' ')
		p++;
	while (end > p && end[-1] == ' ')
		end--;
	if (end - p >= 2 && *p == '`' && end[-1] == '`')
		return slant_xstrndup(p + 1, (size_t)(end - p - 2));
	struct slant_buf b;
	slant_buf_init(&b);
	slant_buf_puts(&b, "");
	while (p < end) {
		char c = *p++;
		size_t n = 0;
		if (c == '\\' && p < end)
			c = *p++;
		else if (c == '&')
			n = entity(&b, p, end);
		if (n)
			p += n;
		else
			slant_buf_putc(&b, c);
	}
	return slant_buf_take(&b);
}

static void md_row(struct table *t, const char *p, const char *end)
{
	char **cells = NULL;
	size_t n = 0;
	if (p < end && *p == '|')
		p++;
	while (p < end) {
		const char *q = p;
		while (q < end && *q != '|')
			q += *q == '\\' && q + 1 < end ? 2 : 1;
		if (q == end) /* what follows the last '|' */
			break;
		cells = slant_xreallocarray(cells, n + 1, sizeof *cells);
		cells[n++] = md_cell(p, q);
		p = q + 1;
	}
	if (n)
		table_row(t, cells, n);
	free(cells);
}

/* The table whose header line starts "| first |", after from. */
static bool md_table(struct table *t, const char *from, const char *end,
                     const char *first)
{
	const char *p = find3(from, end, "\n| ", first, " |");
	if (!p)
		return false;
	for (p++; p < end && *p == '|';) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		/* the header's underline |---|---:| */
		bool rule =
		    t->nrows == 1 && strspn(p, "|-: ") >= (size_t)(e - p);
		if (!rule)
			md_row(t, p, e);
		p = e < end ? e + 1 : end;
	}
	return t->nrows > 0;
}

static const char *const col_path[] = {"File", "Input file", NULL};
static const char *const col_sha[] = {"SHA-256", NULL};
static const char *const col_title[] = {"Title", NULL};
static const char *const col_version[] = {"Version", NULL};
static const char *const col_key[] = {"Parameter", NULL};
static const char *const col_value[] = {"Value", NULL};

/* The rows of a table of files: inputs (file, SHA-256) or lexicons (also
 * title and version). */
static void take_files(struct slant_provenance_entry **v, size_t *n, bool *has,
                       const struct table *t)
{
	if (!t->nrows || !table_get(t, 0, col_path) ||
	    !table_get(t, 0, col_sha))
		return;
	*has = true;
	for (size_t r = 1; r < t->nrows; r++) {
		struct slant_provenance_entry *e = add(v, n);
		set(&e->name, table_get(t, r, col_path));
		set_hash(&e->value, table_get(t, r, col_sha));
		if (table_get(t, 0, col_title))
			set(&e->title, table_get(t, r, col_title));
		if (table_get(t, 0, col_version))
			set(&e->version, table_get(t, r, col_version));
	}
}

/* From the tables of the method section (HTML, Markdown). */
static void take_tables(struct slant_provenance *p, const struct table *in,
                        const struct table *lex, const struct table *par)
{
	take_files(&p->inputs, &p->ninputs, &p->has_inputs, in);
	take_files(&p->lexicons, &p->nlexicons, &p->has_lexicons, lex);
	if (par->nrows && table_get(par, 0, col_key) &&
	    table_get(par, 0, col_value)) {
		p->has_params = true;
		for (size_t r = 1; r < par->nrows; r++) {
			const char *k = table_get(par, r, col_key);
			const char *v = table_get(par, r, col_value);
			if (strcmp(k, "slant version") == 0) {
				set(&p->version, v);
				continue;
			}
			struct slant_provenance_entry *e =
			    add(&p->params, &p->nparams);
			set(&e->name, k);
			set(&e->value, v);
		}
	}
}

static void read_tables(struct slant_provenance *p, const char *text,
                        size_t len, bool html)
{
	const char *end = text + len;
	/* the method section when there is one: corpus text above it cannot
	   hold a heading (it is escaped), but start there anyway */
	const char *from = find(
	    text, end, html ? "id=\"method\"" : "\n## Method and provenance");
	if (!from)
		from = text;
	struct table in = {0}, lex = {0}, par = {0};
	if (html) {
		html_table(&in, from, end, "Input files");
		html_table(&lex, from, end, "Lexicons");
		html_table(&par, from, end, "Parameters");
	} else {
		md_table(&in, from, end, "Input file");
		md_table(&lex, from, end, "Lexicon");
		md_table(&par, from, end, "Parameter");
	}
	take_tables(p, &in, &lex, &par);
	table_release(&in);
	table_release(&lex);
	table_release(&par);
}

/* A member of an input (path, sha256) or of a lexicon (file, sha256,
 * title, version) as JSON and CSV name them; others are not needed. */
static void set_field(struct slant_provenance_entry *e, const char *field,
                      const char *text)
{
	if (strcmp(field, "path") == 0 || strcmp(field, "file") == 0)
		set(&e->name, text);
	else if (strcmp(field, "sha256") == 0)
		set_hash(&e->value, text);
	else if (strcmp(field, "title") == 0)
		set(&e->title, text);
	else if (strcmp(field, "version") == 0)
		set(&e->version, text);
}

/* ---- JSON ---- */

/* The entry of index i ("3/sha256" -> 3, *field "sha256"). */
static struct slant_provenance_entry *indexed(struct slant_provenance_entry **v,
                                              size_t *n, const char *s,
                                              const char **field)
{
	char *e;
	unsigned long i = strtoul(s, &e, 10);
	if (e == s || *e != '/' || i > 1000000)
		return NULL;
	*field = e + 1;
	while (*n <= i)
		add(v, n);
	return &(*v)[i];
}

static void json_scalar(void *ctx, const char *path, const char *text)
{
	struct slant_provenance *p = ctx;
	const char *f;
	struct slant_provenance_entry *e;
	if (strcmp(path, "/slant_version") == 0) {
		set(&p->version, text);
	} else if (strncmp(path, "/provenance/inputs/", 19) == 0) {
		p->has_inputs = true;
		e = indexed(&p->inputs, &p->ninputs, path + 19, &f);
		if (e)
			set_field(e, f, text);
	} else if (strncmp(path, "/provenance/lexicons/", 21) == 0) {
		p->has_lexicons = true;
		e = indexed(&p->lexicons, &p->nlexicons, path + 21, &f);
		if (e)
			set_field(e, f, text);
	} else if (strncmp(path, "/provenance/parameters/", 23) == 0) {
		p->has_params = true;
		/* "key" or "key/N" (a key given more than once) */
		struct slant_buf k;
		slant_buf_init(&k);
		slant_buf_puts(&k, "");
		for (const char *s = path + 23; *s && *s != '/'; s++) {
			if (s[0] == '~' && (s[1] == '0' || s[1] == '1'))
				slant_buf_putc(&k, *++s == '0' ? '~' : '/');
			else
				slant_buf_putc(&k, *s);
		}
		e = add(&p->params, &p->nparams);
		e->name = slant_buf_take(&k);
		set(&e->value, text);
	}
}

/* ---- CSV: table,row,column,[type,]value ---- */

/* The entry of a table's row: a new one where the row number changes. */
static struct slant_provenance_entry *
row_entry(struct slant_provenance_entry **v, size_t *n, size_t *last,
          size_t row)
{
	if (row != *last || !*n)
		add(v, n);
	*last = row;
	return &(*v)[*n - 1];
}

static int read_csv(struct slant_provenance *p, const char *text, size_t len,
                    const char *path, struct slant_error *err)
{
	struct slant_csv c;
	slant_csv_init(&c, path, text, len, ',');
	char **f;
	size_t line, last_in = 0, last_lex = 0;
	long n;
	bool head = true;
	long v = 3; /* the value column: after "type" in typed reports */
	while ((n = slant_csv_next(&c, &f, &line, err)) > 0) {
		if (head) {
			head = false;
			for (long i = 0; i < n; i++)
				if (strcmp(f[i], "value") == 0)
					v = i;
			continue;
		}
		if (n <= v)
			continue;
		size_t row = strtoul(f[1], NULL, 10);
		struct slant_provenance_entry *e;
		if (strcmp(f[0], "inputs") == 0) {
			p->has_inputs = true;
			e = row_entry(&p->inputs, &p->ninputs, &last_in, row);
			set_field(e, f[2], f[v]);
		} else if (strcmp(f[0], "lexicons") == 0) {
			p->has_lexicons = true;
			e = row_entry(&p->lexicons, &p->nlexicons, &last_lex,
			              row);
			set_field(e, f[2], f[v]);
		} else if (strcmp(f[0], "parameters") == 0) {
			p->has_params = true;
			if (strcmp(f[2], "slant version") == 0) {
				set(&p->version, f[v]);
				continue;
			}
			e = add(&p->params, &p->nparams);
			set(&e->name, f[2]);
			set(&e->value, f[v]);
		}
	}
	slant_csv_release(&c);
	return n < 0 ? -1 : 0;
}

static void fill_empty(struct slant_provenance_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!v[i].name)
			set(&v[i].name, "");
		if (!v[i].value)
			set(&v[i].value, "");
	}
}

int slant_provenance_read(struct slant_provenance *p, const char *text,
                          size_t len, enum slant_report_format f,
                          const char *path, struct slant_error *err)
{
	switch (f) {
	case SLANT_REPORT_HTML: read_tables(p, text, len, true); break;
	case SLANT_REPORT_MD: read_tables(p, text, len, false); break;
	case SLANT_REPORT_CSV: return read_csv(p, text, len, path, err);
	case SLANT_REPORT_JSON: {
		char why[256];
		if (slant_json_walk(text, len, "/report", json_scalar, p, why,
		                    sizeof why) < 0)
			return slant_error_set(err, SLANT_EDATA, path, "%s",
			                       why);
		break;
	}
	}
	/* a text cut short can leave an entry without a name or hash */
	fill_empty(p->inputs, p->ninputs);
	fill_empty(p->lexicons, p->nlexicons);
	return 0;
}

/* ---- the differences ---- */

struct items {
	struct slant_buf *out;
	size_t n, max;
};

/* Start the next item: false when it is past max (counted, not
 * written). */
static bool item(struct items *it)
{
	if (++it->n > it->max)
		return false;
	if (it->n > 1)
		slant_buf_puts(it->out, "; ");
	return true;
}

static void put_hash(struct slant_buf *b, const char *h)
{
	if (*h)
		slant_buf_printf(b, "%.8s..", h);
	else
		slant_buf_puts(b, "not hashed");
}

static int by_name(const void *x, const void *y)
{
	const struct slant_provenance_entry *const *a = x, *const *b = y;
	return strcmp((*a)->name, (*b)->name);
}

static const struct slant_provenance_entry **
sorted(const struct slant_provenance_entry *v, size_t n)
{
	const struct slant_provenance_entry **s =
	    slant_xcalloc(n + 1, sizeof *s);
	for (size_t i = 0; i < n; i++)
		s[i] = &v[i];
	qsort(s, n, sizeof *s, by_name);
	return s;
}

/* Inputs by path (a merge of the sorted lists: corpora have many files).
 * Counts in *unhashed the inputs on both sides without a hash. */
static void diff_inputs(struct items *it, const struct slant_provenance *a,
                        const struct slant_provenance *b, size_t *unhashed)
{
	const struct slant_provenance_entry **x = sorted(a->inputs, a->ninputs);
	const struct slant_provenance_entry **y = sorted(b->inputs, b->ninputs);
	size_t i = 0, j = 0;
	while (i < a->ninputs || j < b->ninputs) {
		int c = i == a->ninputs   ? 1
		        : j == b->ninputs ? -1
		                          : strcmp(x[i]->name, y[j]->name);
		if (c < 0) {
			if (item(it))
				slant_buf_printf(it->out, "input %s removed",
				                 x[i]->name);
			i++;
		} else if (c > 0) {
			if (item(it))
				slant_buf_printf(it->out, "input %s added",
				                 y[j]->name);
			j++;
		} else {
			if (!*x[i]->value && !*y[j]->value) {
				++*unhashed;
			} else if (strcmp(x[i]->value, y[j]->value) != 0 &&
			           item(it)) {
				slant_buf_printf(it->out,
				                 "input %s changed (sha256 ",
				                 x[i]->name);
				put_hash(it->out, x[i]->value);
				slant_buf_puts(it->out, " -> ");
				put_hash(it->out, y[j]->value);
				slant_buf_putc(it->out, ')');
			}
			i++;
			j++;
		}
	}
	free(x);
	free(y);
}

/* The k-th lexicon of v with the same file as v[i] (several schemes share
 * a file name: generic.lex in English, Arabic and Persian), and how many
 * there are. */
static size_t same_file(const struct slant_provenance_entry *v, size_t n,
                        size_t i, size_t *count)
{
	size_t k = 0;
	*count = 0;
	for (size_t j = 0; j < n; j++)
		if (strcmp(v[j].name, v[i].name) == 0) {
			k += j < i;
			++*count;
		}
	return k;
}

static void put_lexicon(struct slant_buf *b,
                        const struct slant_provenance_entry *v, size_t n,
                        size_t i)
{
	size_t count, k = same_file(v, n, i, &count);
	slant_buf_printf(b, "lexicon %s", v[i].name);
	if (count > 1 && v[i].title && *v[i].title)
		slant_buf_printf(b, " (%s)", v[i].title);
	else if (count > 1)
		slant_buf_printf(b, " (%zu of %zu)", k + 1, count);
}

/* Lexicons by file name and rank among those of the same name. */
static void diff_lexicons(struct items *it, const struct slant_provenance *a,
                          const struct slant_provenance *b)
{
	bool *matched = slant_xcalloc(b->nlexicons + 1, sizeof *matched);
	for (size_t i = 0; i < a->nlexicons; i++) {
		size_t ca, ka = same_file(a->lexicons, a->nlexicons, i, &ca);
		const struct slant_provenance_entry *x = &a->lexicons[i],
		                                    *y = NULL;
		for (size_t j = 0; j < b->nlexicons && !y; j++) {
			size_t cb,
			    kb = same_file(b->lexicons, b->nlexicons, j, &cb);
			if (!matched[j] && kb == ka &&
			    strcmp(b->lexicons[j].name, x->name) == 0) {
				matched[j] = true;
				y = &b->lexicons[j];
			}
		}
		if (!y) {
			if (item(it)) {
				put_lexicon(it->out, a->lexicons, a->nlexicons,
				            i);
				slant_buf_puts(it->out, " removed");
			}
			continue;
		}
		bool v = x->version && y->version &&
		         strcmp(x->version, y->version) != 0;
		if (strcmp(x->value, y->value) == 0 && !v)
			continue;
		if (!item(it))
			continue;
		put_lexicon(it->out, a->lexicons, a->nlexicons, i);
		slant_buf_puts(it->out, " changed (");
		if (v)
			slant_buf_printf(it->out, "version %s -> %s, ",
			                 x->version, y->version);
		slant_buf_puts(it->out, "sha256 ");
		put_hash(it->out, x->value);
		slant_buf_puts(it->out, " -> ");
		put_hash(it->out, y->value);
		slant_buf_putc(it->out, ')');
	}
	for (size_t j = 0; j < b->nlexicons; j++)
		if (!matched[j] && item(it)) {
			put_lexicon(it->out, b->lexicons, b->nlexicons, j);
			slant_buf_puts(it->out, " added");
		}
	free(matched);
}

static bool same_value(const char *a, const char *b)
{
	if (strcmp(a, b) == 0)
		return true;
	char *ea, *eb;
	double x = strtod(a, &ea), y = strtod(b, &eb);
	return ea != a && eb != b && !*ea && !*eb && x == y;
}

/* The values of key in p, joined by ", "; NULL when p has no such key. */
static char *values_of(const struct slant_provenance *p, const char *key)
{
	struct slant_buf b;
	slant_buf_init(&b);
	bool any = false;
	for (size_t i = 0; i < p->nparams; i++)
		if (strcmp(p->params[i].name, key) == 0) {
			if (any)
				slant_buf_puts(&b, ", ");
			slant_buf_puts(&b, p->params[i].value);
			any = true;
		}
	if (!any) {
		slant_buf_release(&b);
		return NULL;
	}
	return slant_buf_take(&b);
}

/* Whether key's values in a and b are the same, value by value. */
static bool same_values(const struct slant_provenance *a,
                        const struct slant_provenance *b, const char *key)
{
	size_t i = 0, j = 0;
	for (;;) {
		while (i < a->nparams && strcmp(a->params[i].name, key) != 0)
			i++;
		while (j < b->nparams && strcmp(b->params[j].name, key) != 0)
			j++;
		if (i == a->nparams || j == b->nparams)
			return i == a->nparams && j == b->nparams;
		if (!same_value(a->params[i].value, b->params[j].value))
			return false;
		i++;
		j++;
	}
}

static bool first_of_key(const struct slant_provenance *p, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (strcmp(p->params[k].name, p->params[i].name) == 0)
			return false;
	return true;
}

static void diff_params(struct items *it, const struct slant_provenance *a,
                        const struct slant_provenance *b)
{
	for (size_t i = 0; i < a->nparams; i++) {
		const char *key = a->params[i].name;
		if (!first_of_key(a, i) || same_values(a, b, key))
			continue;
		if (!item(it))
			continue;
		char *x = values_of(a, key), *y = values_of(b, key);
		if (y)
			slant_buf_printf(it->out, "option %s %s -> %s", key, x,
			                 y);
		else
			slant_buf_printf(it->out, "option %s = %s removed", key,
			                 x);
		free(x);
		free(y);
	}
	for (size_t j = 0; j < b->nparams; j++) {
		const char *key = b->params[j].name;
		if (!first_of_key(b, j))
			continue;
		char *x = values_of(a, key);
		if (!x && item(it)) {
			char *y = values_of(b, key);
			slant_buf_printf(it->out, "option %s = %s added", key,
			                 y);
			free(y);
		}
		free(x);
	}
}

size_t slant_provenance_diff(struct slant_buf *out,
                             const struct slant_provenance *old,
                             const struct slant_provenance *new,
                             size_t max_items)
{
	struct items it = {out, 0, max_items ? max_items : 1};
	if (!old->has_inputs && !old->has_lexicons && !old->has_params) {
		slant_buf_puts(out, "it records no input files, lexicons or "
		                    "options (not a report of slant's, or cut "
		                    "short)");
		return 1;
	}
	size_t unhashed = 0;
	if (old->has_inputs)
		diff_inputs(&it, old, new, &unhashed);
	else if (item(&it))
		slant_buf_puts(out, "it records no input files");
	if (old->has_lexicons)
		diff_lexicons(&it, old, new);
	else if (item(&it))
		slant_buf_puts(out, "it records no lexicons");
	if (old->has_params)
		diff_params(&it, old, new);
	else if (item(&it))
		slant_buf_puts(out, "it records no options");
	const char *va = old->version ? old->version : "unknown";
	const char *vb = new->version ? new->version : "unknown";
	bool version = strcmp(va, vb) != 0;
	if (it.n == 0) {
		if (unhashed)
			slant_buf_printf(
			    out,
			    "same lexicons, options and hashed "
			    "inputs; %zu input%s not hashed (standard "
			    "input) may have changed, or ",
			    unhashed, unhashed == 1 ? "" : "s");
		else
			slant_buf_puts(out,
			               "same inputs, lexicons and options: ");
		if (version)
			slant_buf_printf(
			    out,
			    "slant's output changed (version %s -> "
			    "%s)",
			    va, vb);
		else
			slant_buf_printf(out,
			                 "slant's output changed or the report "
			                 "was edited (same version %s)",
			                 va);
		return version;
	}
	if (version && item(&it))
		slant_buf_printf(out, "slant %s -> %s", va, vb);
	if (it.n > it.max)
		slant_buf_printf(out, "; and %zu more", it.n - it.max);
	return it.n;
}
