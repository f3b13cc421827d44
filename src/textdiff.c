/* textdiff.c: a unified diff of two texts (see textdiff.h). The alignment
 * follows Myers, "An O(ND) difference algorithm and its variations"
 * (1986), in the linear-space form GNU diff uses (analyze.c): find the
 * middle snake of the shortest edit script by searching from both ends,
 * split there, recurse. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "textdiff.h"

void slant_textdiff_options_init(struct slant_textdiff_options *o)
{
	o->old_label = "a";
	o->new_label = "b";
	o->context = 3;
	o->max_lines = 0;
	o->max_cost = 4096;
}

/* ---- lines and their classes ---- */

struct line {
	const char *p;
	size_t len; /* with the '\n' when there is one */
};

static struct line *split_lines(const char *s, size_t n, size_t *nlines)
{
	struct line *v = NULL;
	size_t k = 0, cap = 0;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t j = nl ? (size_t)(nl - s) + 1 : n;
		SLANT_GROW(&v, &cap, k + 1);
		v[k].p = s + i;
		v[k++].len = j - i;
		i = j;
	}
	*nlines = k;
	return v;
}

static uint64_t hash_line(const struct line *l)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	for (size_t i = 0; i < l->len; i++)
		h = (h ^ (unsigned char)l->p[i]) * 1099511628211ULL;
	return h;
}

/* Number the distinct lines of both texts (equal lines, equal numbers),
 * so that the search compares integers; count each class's lines in the
 * old (in[0]) and the new text (in[1]). */
struct classes {
	size_t *rep;   /* slot -> class + 1 (0: empty) */
	uint64_t *key; /* slot -> hash */
	size_t mask;
	const struct line **first; /* class -> a line of it */
	size_t (*in)[2];
	size_t n, cap;
};

static size_t class_of(struct classes *c, const struct line *l, int side)
{
	uint64_t h = hash_line(l);
	size_t s = (size_t)h & c->mask;
	for (;; s = (s + 1) & c->mask) {
		size_t r = c->rep[s];
		if (!r)
			break;
		const struct line *f = c->first[r - 1];
		if (c->key[s] == h && f->len == l->len &&
		    memcmp(f->p, l->p, l->len) == 0) {
			c->in[r - 1][side]++;
			return r - 1;
		}
	}
	size_t cap = c->cap;
	SLANT_GROW(&c->first, &c->cap, c->n + 1);
	/* only when first grew: a realloc of the same size copies under ASan,
	   which made this quadratic in the number of distinct lines */
	if (c->cap != cap)
		c->in = slant_xreallocarray(c->in, c->cap, sizeof *c->in);
	c->first[c->n] = l;
	c->in[c->n][0] = c->in[c->n][1] = 0;
	c->in[c->n][side] = 1;
	c->rep[s] = ++c->n;
	c->key[s] = h;
	return c->n - 1;
}

/* ---- the alignment ---- */

struct search {
	const size_t *a, *b; /* the compared sequences (class numbers) */
	bool *da, *db;       /* set: removed from a, added in b */
	ptrdiff_t *fd, *bd;  /* furthest x per diagonal x - y, both ways */
	size_t max_cost;
	bool minimal;
};

/* Find a point (*px, *py) on a shortest edit path from (xoff, yoff) to
 * (xlim, ylim), whose first and last lines differ in both sequences. */
static void middle(struct search *s, ptrdiff_t xoff, ptrdiff_t xlim,
                   ptrdiff_t yoff, ptrdiff_t ylim, ptrdiff_t *px, ptrdiff_t *py)
{
	const size_t *a = s->a, *b = s->b;
	ptrdiff_t *fd = s->fd, *bd = s->bd;
	const ptrdiff_t dmin = xoff - ylim, dmax = xlim - yoff;
	const ptrdiff_t fmid = xoff - yoff, bmid = xlim - ylim;
	ptrdiff_t fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
	const bool odd = (fmid - bmid) & 1;
	fd[fmid] = xoff;
	bd[bmid] = xlim;
	for (size_t c = 1;; c++) {
		if (fmin > dmin)
			fd[--fmin - 1] = -1;
		else
			++fmin;
		if (fmax < dmax)
			fd[++fmax + 1] = -1;
		else
			--fmax;
		for (ptrdiff_t d = fmax; d >= fmin; d -= 2) {
			ptrdiff_t lo = fd[d - 1], hi = fd[d + 1];
			ptrdiff_t x = lo < hi ? hi : lo + 1, y = x - d;
			while (x < xlim && y < ylim && a[x] == b[y])
				x++, y++;
			fd[d] = x;
			if (odd && bmin <= d && d <= bmax && bd[d] <= x) {
				*px = x;
				*py = y;
				return;
			}
		}
		if (bmin > dmin)
			bd[--bmin - 1] = PTRDIFF_MAX;
		else
			++bmin;
		if (bmax < dmax)
			bd[++bmax + 1] = PTRDIFF_MAX;
		else
			--bmax;
		for (ptrdiff_t d = bmax; d >= bmin; d -= 2) {
			ptrdiff_t lo = bd[d - 1], hi = bd[d + 1];
			ptrdiff_t x = lo < hi ? lo : hi - 1, y = x - d;
			while (x > xoff && y > yoff && a[x - 1] == b[y - 1])
				x--, y--;
			bd[d] = x;
			if (!odd && fmin <= d && d <= fmax && x <= fd[d]) {
				*px = x;
				*py = y;
				return;
			}
		}
		if (c < s->max_cost)
			continue;
		/* Too expensive: split at the point either search has taken
		   furthest from its corner. Any point splits correctly; this
		   one keeps what was found. */
		s->minimal = false;
		ptrdiff_t fbest = -1, fx = xoff, bbest = PTRDIFF_MAX, bx = xlim;
		for (ptrdiff_t d = fmax; d >= fmin; d -= 2) {
			ptrdiff_t x = fd[d] < xlim ? fd[d] : xlim, y = x - d;
			if (y > ylim)
				x = ylim + d, y = ylim;
			if (x + y > fbest)
				fbest = x + y, fx = x;
		}
		for (ptrdiff_t d = bmax; d >= bmin; d -= 2) {
			ptrdiff_t x = bd[d] > xoff ? bd[d] : xoff, y = x - d;
			if (y < yoff)
				x = yoff + d, y = yoff;
			if (x + y < bbest)
				bbest = x + y, bx = x;
		}
		if ((xlim + ylim) - bbest < fbest - (xoff + yoff)) {
			*px = fx;
			*py = fbest - fx;
		} else {
			*px = bx;
			*py = bbest - bx;
		}
		return;
	}
}

static void align(struct search *s, ptrdiff_t xoff, ptrdiff_t xlim,
                  ptrdiff_t yoff, ptrdiff_t ylim)
{
	while (xoff < xlim && yoff < ylim && s->a[xoff] == s->b[yoff])
		xoff++, yoff++;
	while (xlim > xoff && ylim > yoff && s->a[xlim - 1] == s->b[ylim - 1])
		xlim--, ylim--;
	if (xoff == xlim) {
		for (ptrdiff_t y = yoff; y < ylim; y++)
			s->db[y] = true;
	} else if (yoff == ylim) {
		for (ptrdiff_t x = xoff; x < xlim; x++)
			s->da[x] = true;
	} else {
		ptrdiff_t x, y;
		middle(s, xoff, xlim, yoff, ylim, &x, &y);
		SLANT_ASSERT(x >= xoff && x <= xlim && y >= yoff && y <= ylim);
		SLANT_ASSERT(!(x == xoff && y == yoff) &&
		             !(x == xlim && y == ylim));
		align(s, xoff, x, yoff, y);
		align(s, x, xlim, y, ylim);
	}
}

/* Keep in place the lines of cls[0..n) whose class the other text also
 * has, with their indices in idx; mark the others in changed. Returns how
 * many were kept. */
static size_t keep_shared(const struct classes *c, size_t *cls, size_t n,
                          int other, size_t *idx, bool *changed)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (c->in[cls[i]][other]) {
			idx[k] = i;
			cls[k++] = cls[i];
		} else {
			changed[i] = true;
		}
	}
	return k;
}

/* Mark the removed lines of a (ra) and the added lines of b (rb): the
 * lines of a class found in one text only first, then an alignment of
 * the rest. Returns whether it is minimal. */
static bool mark_changes(const struct line *la, size_t na,
                         const struct line *lb, size_t nb, bool *ra, bool *rb,
                         size_t max_cost)
{
	struct classes c;
	memset(&c, 0, sizeof c);
	size_t slots = 16;
	while (slots < 2 * (na + nb))
		slots *= 2;
	c.rep = slant_xcalloc(slots, sizeof *c.rep);
	c.key = slant_xcalloc(slots, sizeof *c.key);
	c.mask = slots - 1;
	size_t *ca = slant_xcalloc(na + 1, sizeof *ca);
	size_t *cb = slant_xcalloc(nb + 1, sizeof *cb);
	for (size_t i = 0; i < na; i++)
		ca[i] = class_of(&c, &la[i], 0);
	for (size_t j = 0; j < nb; j++)
		cb[j] = class_of(&c, &lb[j], 1);
	/* the kept lines, in place, with their original indices */
	size_t *ia = slant_xcalloc(na + 1, sizeof *ia);
	size_t *ib = slant_xcalloc(nb + 1, sizeof *ib);
	size_t ka = keep_shared(&c, ca, na, 1, ia, ra);
	size_t kb = keep_shared(&c, cb, nb, 0, ib, rb);
	struct search s = {
	    .a = ca,
	    .b = cb,
	    .da = slant_xcalloc(ka + 1, sizeof *s.da),
	    .db = slant_xcalloc(kb + 1, sizeof *s.db),
	    .max_cost = max_cost ? max_cost : 1,
	    .minimal = true,
	};
	ptrdiff_t *diag = slant_xcalloc(ka + kb + 3, sizeof *diag);
	ptrdiff_t *bdiag = slant_xcalloc(ka + kb + 3, sizeof *bdiag);
	s.fd = diag + kb + 1;
	s.bd = bdiag + kb + 1;
	align(&s, 0, (ptrdiff_t)ka, 0, (ptrdiff_t)kb);
	for (size_t i = 0; i < ka; i++)
		if (s.da[i])
			ra[ia[i]] = true;
	for (size_t j = 0; j < kb; j++)
		if (s.db[j])
			rb[ib[j]] = true;
	free(diag);
	free(bdiag);
	free(s.da);
	free(s.db);
	free(ia);
	free(ib);
	free(ca);
	free(cb);
	free(c.rep);
	free(c.key);
	free(c.first);
	free(c.in);
	return s.minimal;
}

/* ---- writing ---- */

/* One change: old lines [i0, i1) replaced by new lines [j0, j1); the lines
 * between two changes are equal. */
struct change {
	size_t i0, i1, j0, j1;
};

struct writer {
	struct slant_buf *out;
	size_t max, lines, written;
};

static void put_line(struct writer *w, const char *text, size_t len)
{
	w->lines++;
	if (w->max && w->lines > w->max)
		return;
	w->written++;
	slant_buf_append(w->out, text, len);
}

static void emit(struct writer *w, char prefix, const struct line *l)
{
	bool nl = l->len && l->p[l->len - 1] == '\n';
	w->lines++;
	if (!w->max || w->lines <= w->max) {
		w->written++;
		slant_buf_putc(w->out, prefix);
		slant_buf_append(w->out, l->p, l->len);
		if (!nl)
			slant_buf_putc(w->out, '\n');
	}
	if (!nl)
		put_line(w, "\\ No newline at end of file\n", 28);
}

/* "-a,b" as diff -u writes it: a count of 1 is left out; an empty range
 * names the line before it. */
static void put_range(struct slant_buf *b, size_t start, size_t count)
{
	if (count == 1)
		slant_buf_printf(b, "%zu", start + 1);
	else
		slant_buf_printf(b, "%zu,%zu", count ? start + 1 : start,
		                 count);
}

int slant_textdiff_write(struct slant_buf *out, const char *old, size_t olen,
                         const char *new, size_t nlen,
                         const struct slant_textdiff_options *o,
                         struct slant_textdiff_stats *st)
{
	struct slant_textdiff_options def;
	if (!o) {
		slant_textdiff_options_init(&def);
		o = &def;
	}
	struct slant_textdiff_stats dummy;
	if (!st)
		st = &dummy;
	memset(st, 0, sizeof *st);
	st->minimal = true;
	if (olen == nlen && (olen == 0 || memcmp(old, new, olen) == 0))
		return 0;
	size_t na, nb;
	struct line *la = split_lines(old, olen, &na);
	struct line *lb = split_lines(new, nlen, &nb);
	bool *ra = slant_xcalloc(na + 1, sizeof *ra);
	bool *rb = slant_xcalloc(nb + 1, sizeof *rb);
	st->minimal = mark_changes(la, na, lb, nb, ra, rb, o->max_cost);

	struct change *ch = NULL;
	size_t nch = 0, cap = 0;
	for (size_t i = 0, j = 0; i < na || j < nb;) {
		if (i < na && j < nb && !ra[i] && !rb[j]) {
			i++, j++;
			continue;
		}
		struct change c = {i, i, j, j};
		while (i < na && ra[i])
			i++;
		while (j < nb && rb[j])
			j++;
		/* the kept lines pair up in order: a kept line on one side
		   only would be a broken alignment */
		SLANT_ASSERT(i > c.i0 || j > c.j0);
		c.i1 = i;
		c.j1 = j;
		st->removed += c.i1 - c.i0;
		st->added += c.j1 - c.j0;
		SLANT_GROW(&ch, &cap, nch + 1);
		ch[nch++] = c;
	}
	slant_buf_printf(out, "--- %s\n+++ %s\n", o->old_label, o->new_label);
	struct writer w = {out, o->max_lines, 0, 0};
	struct slant_buf head;
	slant_buf_init(&head);
	size_t ctx = o->context;
	for (size_t k = 0; k < nch;) {
		size_t last = k;
		while (last + 1 < nch &&
		       ch[last + 1].i0 - ch[last].i1 <= 2 * ctx)
			last++;
		size_t before = ch[k].i0 < ctx ? ch[k].i0 : ctx;
		size_t after = na - ch[last].i1 < ctx ? na - ch[last].i1 : ctx;
		size_t i0 = ch[k].i0 - before, j0 = ch[k].j0 - before;
		size_t i1 = ch[last].i1 + after, j1 = ch[last].j1 + after;
		slant_buf_reset(&head);
		slant_buf_puts(&head, "@@ -");
		put_range(&head, i0, i1 - i0);
		slant_buf_puts(&head, " +");
		put_range(&head, j0, j1 - j0);
		slant_buf_puts(&head, " @@\n");
		put_line(&w, head.data, head.len);
		st->hunks++;
		size_t i = i0;
		for (size_t q = k; q <= last; q++) {
			for (; i < ch[q].i0; i++)
				emit(&w, ' ', &la[i]);
			for (; i < ch[q].i1; i++)
				emit(&w, '-', &la[i]);
			for (size_t j = ch[q].j0; j < ch[q].j1; j++)
				emit(&w, '+', &lb[j]);
		}
		for (; i < i1; i++)
			emit(&w, ' ', &la[i]);
		k = last + 1;
	}
	st->lines = w.lines;
	st->written = w.written;
	slant_buf_release(&head);
	free(ch);
	free(ra);
	free(rb);
	free(la);
	free(lb);
	return 1;
}
