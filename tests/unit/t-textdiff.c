/* t-textdiff.c: the unified diff: exact output on small cases; on random
 * texts, a patch applier written here turns the old text into the new
 * with it, and its length is that of a shortest edit script (an LCS by
 * dynamic programming); with the cost bound hit, it still applies. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "textdiff.h"

static struct slant_buf out;
static struct slant_textdiff_stats st;

static const char *diff(const char *a, const char *b, size_t max_lines)
{
	struct slant_textdiff_options o;
	slant_textdiff_options_init(&o);
	o.old_label = "old";
	o.new_label = "new";
	o.max_lines = max_lines;
	slant_buf_reset(&out);
	slant_buf_puts(&out, "");
	slant_textdiff_write(&out, a, strlen(a), b, strlen(b), &o, &st);
	return out.data;
}

/* ---- an independent applier of unified diffs ---- */

struct lines {
	char **v;
	size_t n;
};

static struct lines split(const char *s)
{
	struct lines l = {NULL, 0};
	while (*s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) + 1 : strlen(s);
		if ((l.n & (l.n - 1)) == 0) /* doubling: ASan copies */
			l.v = realloc(l.v, (l.n ? 2 * l.n : 1) * sizeof *l.v);
		l.v[l.n] = malloc(n + 1);
		memcpy(l.v[l.n], s, n);
		l.v[l.n++][n] = '\0';
		s += n;
	}
	return l;
}

static void free_lines(struct lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* The smallest power of two >= n (n >= 1). */
static size_t pow2(size_t n)
{
	size_t c = 1;
	while (c < n)
		c *= 2;
	return c;
}

/* *dst holds pow2(*len + 1) bytes: it grows by doubling, since a realloc
 * per piece copies the whole string under ASan. */
static void cat(char **dst, size_t *len, const char *s, size_t n)
{
	if (pow2(*len + n + 1) > pow2(*len + 1))
		*dst = realloc(*dst, pow2(*len + n + 1));
	memcpy(*dst + *len, s, n);
	*len += n;
	(*dst)[*len] = '\0';
}

/* Apply d to a; NULL when d does not fit a (wrong context, wrong counts). */
static char *apply(const char *a, const char *d)
{
	if (!*d)
		return strdup(a);
	struct lines old = split(a), dl = split(d);
	char *res = malloc(1);
	size_t len = 0, at = 0, k = 2;
	res[0] = '\0';
	int bad = dl.n < 2 || strncmp(dl.v[0], "--- ", 4) != 0 ||
	          strncmp(dl.v[1], "+++ ", 4) != 0;
	while (!bad && k < dl.n) {
		unsigned long s1, c1 = 1, s2, c2 = 1;
		const char *h = dl.v[k++];
		if (sscanf(h, "@@ -%lu,%lu +%lu,%lu @@", &s1, &c1, &s2, &c2) !=
		        4 &&
		    sscanf(h, "@@ -%lu +%lu,%lu @@", &s1, &s2, &c2) != 3 &&
		    sscanf(h, "@@ -%lu,%lu +%lu @@", &s1, &c1, &s2) != 3 &&
		    sscanf(h, "@@ -%lu +%lu @@", &s1, &s2) != 2) {
			bad = 1;
			break;
		}
		size_t start = c1 ? s1 - 1 : s1;
		if (start < at || start > old.n) {
			bad = 1;
			break;
		}
		for (; at < start; at++)
			cat(&res, &len, old.v[at], strlen(old.v[at]));
		unsigned long seen1 = 0, seen2 = 0;
		int last_out = 0; /* the previous line went to the output */
		while (k < dl.n && dl.v[k][0] != '@') {
			const char *l = dl.v[k++];
			if (l[0] == '\\') {
				if (last_out && len && res[len - 1] == '\n')
					res[--len] = '\0';
				continue;
			}
			const char *t = l + 1;
			if (l[0] == ' ' || l[0] == '-') {
				/* the old line, compared without its ending */
				size_t n = strlen(t);
				if (at >= old.n ||
				    strncmp(old.v[at], t, n - 1) != 0) {
					bad = 1;
					break;
				}
				at++;
				seen1++;
			}
			if (l[0] == ' ' || l[0] == '+') {
				cat(&res, &len, t, strlen(t));
				seen2++;
			}
			last_out = l[0] != '-';
			if (l[0] != ' ' && l[0] != '-' && l[0] != '+')
				bad = 1;
		}
		if (seen1 != c1 || seen2 != c2)
			bad = 1;
	}
	for (; !bad && at < old.n; at++)
		cat(&res, &len, old.v[at], strlen(old.v[at]));
	free_lines(&old);
	free_lines(&dl);
	if (bad) {
		free(res);
		return NULL;
	}
	return res;
}

/* ---- random texts ---- */

static uint64_t rng = 88172645463325252ULL;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static char *random_text(size_t lines, unsigned alphabet)
{
	char *s = malloc(lines * 8 + 2);
	size_t n = 0;
	for (size_t i = 0; i < lines; i++)
		n += (size_t)sprintf(s + n, "l%u\n", rnd(alphabet));
	if (n && rnd(4) == 0)
		n--; /* no newline at the end */
	s[n] = '\0';
	return s;
}

static size_t lcs(const char *a, const char *b)
{
	struct lines x = split(a), y = split(b);
	size_t *t = calloc((x.n + 1) * (y.n + 1), sizeof *t);
	for (size_t i = x.n; i-- > 0;)
		for (size_t j = y.n; j-- > 0;) {
			size_t *c = &t[i * (y.n + 1) + j];
			if (strcmp(x.v[i], y.v[j]) == 0)
				*c = t[(i + 1) * (y.n + 1) + j + 1] + 1;
			else {
				size_t d = t[(i + 1) * (y.n + 1) + j],
				       r = t[i * (y.n + 1) + j + 1];
				*c = d > r ? d : r;
			}
		}
	size_t r = t[0];
	free(t);
	free_lines(&x);
	free_lines(&y);
	return r;
}

static size_t count_lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

int main(void)
{
	slant_buf_init(&out);

	is_str(diff("a\nb\n", "a\nb\n", 0), "", "equal texts: no diff");
	is_int(st.hunks, 0, "equal texts: no hunk");
	is_str(diff("a\nb\nc\nd\ne\n", "a\nb\nX\nd\ne\n", 0),
	       "--- old\n+++ new\n@@ -1,5 +1,5 @@\n a\n b\n-c\n+X\n d\n e\n",
	       "one changed line: removed before added, context both sides");
	is_str(
	    diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\n5\n6\n7\n8\nz\n", 0),
	    "--- old\n+++ new\n@@ -6,3 +6,4 @@\n 6\n 7\n 8\n+z\n",
	    "a line added at the end: three lines of context before it");
	is_str(diff("x\n1\n2\n3\n4\n", "1\n2\n3\n4\n", 0),
	       "--- old\n+++ new\n@@ -1,4 +1,3 @@\n-x\n 1\n 2\n 3\n",
	       "a line removed at the start");
	is_str(diff("", "a\nb\n", 0),
	       "--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n",
	       "from an empty text: -0,0");
	is_str(diff("a\n", "", 0), "--- old\n+++ new\n@@ -1 +0,0 @@\n-a\n",
	       "to an empty text: a count of 1 is left out, +0,0");
	is_str(
	    diff("a\nb", "a\nc", 0),
	    "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end "
	    "of file\n+c\n\\ No newline at end of file\n",
	    "no newline at the end, both sides");
	is_str(
	    diff("a\nb", "a\nb\n", 0),
	    "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end "
	    "of file\n+b\n",
	    "only the final newline differs");
	is_str(diff("a\nb\nc\n", "c\nb\na\n", 0),
	       "--- old\n+++ new\n@@ -1,3 +1,3 @@\n-a\n-b\n c\n+b\n+a\n",
	       "reversed lines: a shortest script");
	/* two changes far apart: two hunks */
	const char *twenty = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n"
	                     "15\n16\n17\n18\n19\n20\n";
	is_str(diff(twenty,
	            "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n"
	            "17\n18\nNINETEEN\n20\n",
	            0),
	       "--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n"
	       "@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+NINETEEN\n 20\n",
	       "changes far apart: two hunks with right headers");
	is_int(st.hunks, 2, "two hunks counted");
	is_int(st.removed, 2, "two lines removed");
	is_int(st.added, 2, "two lines added");
	/* six equal lines between changes (2 x context) join the hunks */
	is_str(
	    diff(twenty,
	         "1\nTWO\n3\n4\n5\n6\n7\n8\nNINE\n10\n11\n12\n13\n14\n15\n16\n"
	         "17\n18\n19\n20\n",
	         0),
	    "--- old\n+++ new\n@@ -1,12 +1,12 @@\n 1\n-2\n+TWO\n 3\n 4\n 5\n"
	    " 6\n 7\n 8\n-9\n+NINE\n 10\n 11\n 12\n",
	    "changes six lines apart: one hunk");
	/* the cut */
	diff(twenty,
	     "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n"
	     "NINETEEN\n20\n",
	     5);
	is_str(out.data,
	       "--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+TWO\n 3\n",
	       "max_lines 5: the headers and five lines");
	is_int(st.lines, 14, "the whole diff is 14 lines");
	is_int(st.written, 5, "5 written");

	/* random texts: applies, and is minimal */
	int applied = 1, minimal = 1, order = 1;
	for (int t = 0; t < 2000 && applied && minimal && order; t++) {
		unsigned alpha = 1 + rnd(8);
		char *a = random_text(rnd(30), alpha);
		char *b = random_text(rnd(30), alpha);
		diff(a, b, 0);
		/* within a change, no removed line after an added one */
		for (const char *p = out.data; (p = strstr(p, "\n+")); p++) {
			const char *e = strchr(p + 1, '\n');
			if (e && e[1] == '-' && strncmp(e + 1, "---", 3) != 0)
				order = 0;
		}
		char *r = apply(a, out.data);
		if (!r || strcmp(r, b) != 0) {
			applied = 0;
			printf("# old:\n%s\n# new:\n%s\n# diff:\n%s", a, b,
			       out.data);
		}
		size_t na = count_lines(a) + (*a && a[strlen(a) - 1] != '\n'),
		       nb = count_lines(b) + (*b && b[strlen(b) - 1] != '\n');
		if (st.removed + st.added != na + nb - 2 * lcs(a, b) ||
		    !st.minimal)
			minimal = 0;
		free(r);
		free(a);
		free(b);
	}
	ok(applied, "2000 random pairs: the diff turns old into new");
	ok(minimal, "2000 random pairs: as short as a shortest edit script");
	ok(order, "2000 random pairs: removed lines before added ones");

	/* the cost bound: not minimal, still right */
	int right = 1, settled = 0;
	for (int t = 0; t < 300 && right; t++) {
		char *a = random_text(50 + rnd(200), 30);
		char *b = random_text(50 + rnd(200), 30);
		struct slant_textdiff_options o;
		slant_textdiff_options_init(&o);
		o.max_cost = 1 + rnd(3);
		slant_buf_reset(&out);
		slant_buf_puts(&out, "");
		slant_textdiff_write(&out, a, strlen(a), b, strlen(b), &o, &st);
		settled += !st.minimal;
		char *r = apply(a, out.data);
		right = r && strcmp(r, b) == 0;
		free(r);
		free(a);
		free(b);
	}
	ok(right, "with a cost bound of 1-3 steps the diff still applies");
	ok(settled > 0, "and says it is not minimal (%d of 300)", settled);

	/* big texts: lines of one side only cost nothing */
	size_t big = 200000;
	char *a = malloc(big * 12), *b = malloc(big * 12);
	size_t la = 0, lb = 0;
	for (size_t i = 0; i < big; i++) {
		la += (size_t)sprintf(a + la, "a%zu\n", i);
		lb += (size_t)sprintf(b + lb, "%s%zu\n",
		                      i % 1000 == 0 ? "a" : "b", i);
	}
	slant_buf_reset(&out);
	slant_textdiff_write(&out, a, la, b, lb, NULL, &st);
	is_int(st.removed, big - big / 1000,
	       "200000 lines, 200 kept: removed counted");
	is_int(st.added, big - big / 1000, "added counted");
	ok(st.minimal, "and minimal");
	char *r = apply(a, out.data);
	ok(r && strcmp(r, b) == 0, "and it applies");
	free(r);
	free(a);
	free(b);

	slant_buf_release(&out);
	return tap_done();
}
