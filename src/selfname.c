/* selfname.c: outlets naming themselves (see selfname.h). Each group keeps
 * two sorted lists: words (matched whole) and joined names and site
 * labels (matched by prefix or containment); one list of both for the
 * method section. */
#include "config.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "mem.h"
#include "selfname.h"

#define MAX_NAMES 256

struct names {
	char **v;
	size_t n;
};

struct sgroup {
	char *name;
	struct names words, joined, all;
};

struct slant_selfnames {
	struct sgroup *g;
	size_t ng;
	size_t last; /* the group of the previous article: usually the same */
};

struct slant_selfnames *slant_selfnames_new(void)
{
	return slant_xcalloc(1, sizeof(struct slant_selfnames));
}

static void names_free(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

void slant_selfnames_free(struct slant_selfnames *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->ng; i++) {
		free(s->g[i].name);
		names_free(&s->g[i].words);
		names_free(&s->g[i].joined);
		free(s->g[i].all.v); /* borrowed strings */
	}
	free(s->g);
	free(s);
}

/* Index of w in sorted l, or where it would go (*found says which). */
static size_t find(const struct names *l, const char *w, bool *found)
{
	size_t lo = 0, hi = l->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(l->v[mid], w);
		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

static void insert(struct names *l, struct names *all, const char *w,
                   size_t len)
{
	char *s = slant_xmalloc(len + 1);
	memcpy(s, w, len);
	s[len] = '\0';
	bool found;
	size_t at = find(l, s, &found);
	if (found || all->n >= MAX_NAMES) {
		free(s);
		return;
	}
	l->v = slant_xreallocarray(l->v, l->n + 1, sizeof *l->v);
	memmove(l->v + at + 1, l->v + at, (l->n - at) * sizeof *l->v);
	l->v[at] = s;
	l->n++;
	size_t ai = find(all, s, &found);
	if (found)
		return; /* a word that is also a joined name: listed once */
	all->v = slant_xreallocarray(all->v, all->n + 1, sizeof *all->v);
	memmove(all->v + ai + 1, all->v + ai, (all->n - ai) * sizeof *all->v);
	all->v[ai] = s;
	all->n++;
}

static bool word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80;
}

static bool minor_word(const char *w, size_t n)
{
	static const char *const minor[] = {"the", "of", "and", "for", "a",
	                                    "an",  "on", "in",  "at"};
	for (size_t i = 0; i < sizeof minor / sizeof *minor; i++)
		if (strlen(minor[i]) == n && memcmp(minor[i], w, n) == 0)
			return true;
	return false;
}

/* The words of name (parenthesised parts left out) to g's words, and
 * with more than one word, their concatenation to its joined names and
 * their initials to its words ("National Review": nr, as in "NR
 * editors"; "New York Times": nyt). */
static void add_name(struct sgroup *g, const char *name)
{
	char word[128], joined[256], initials[16];
	size_t wn = 0, jn = 0, nwords = 0, in = 0;
	bool ascii_initials = true;
	int depth = 0;
	for (const char *p = name;; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '(')
			depth++;
		else if (c == ')' && depth)
			depth--;
		if (c && !depth && word_byte(c)) {
			char lc = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			if (wn < sizeof word)
				word[wn++] = lc;
			if (jn < sizeof joined)
				joined[jn++] = lc;
			continue;
		}
		if (wn > 1 && wn < sizeof word && !minor_word(word, wn)) {
			insert(&g->words, &g->all, word, wn);
			nwords++;
			ascii_initials &= word[0] >= 'a' && word[0] <= 'z';
			if (in < sizeof initials)
				initials[in++] = word[0];
		}
		wn = 0;
		if (!c)
			break;
	}
	if (nwords > 1 && jn >= 4 && jn < sizeof joined)
		insert(&g->joined, &g->all, joined, jn);
	if (nwords > 1 && ascii_initials && in < sizeof initials)
		insert(&g->words, &g->all, initials, in);
}

/* The site label of a URL or domain: www.huffingtonpost.com and
 * https://m.foxnews.com/politics give huffingtonpost and foxnews. */
static void add_site(struct sgroup *g, const char *url)
{
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	size_t hn = strcspn(h, "/?#:");
	/* the labels of the host */
	const char *lab[16];
	size_t len[16], nl = 0;
	for (size_t i = 0; i < hn && nl < 16;) {
		size_t j = i;
		while (j < hn && h[j] != '.')
			j++;
		lab[nl] = h + i;
		len[nl++] = j - i;
		i = j + 1;
	}
	if (nl < 2)
		return;
	/* the label before the public suffix: example.com, example.co.uk */
	size_t k = nl - 2;
	if (nl >= 3 && len[nl - 1] == 2 && len[k] <= 3)
		k--;
	if (len[k] < 4 || len[k] >= 128)
		return;
	char s[128];
	for (size_t i = 0; i < len[k]; i++) {
		char c = lab[k][i];
		s[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	insert(&g->joined, &g->all, s, len[k]);
}

/* The index of the group called name, or SIZE_MAX. */
static size_t group_index(const struct slant_selfnames *s, const char *name)
{
	if (s->last < s->ng && strcmp(s->g[s->last].name, name) == 0)
		return s->last;
	for (size_t i = 0; i < s->ng; i++)
		if (strcmp(s->g[i].name, name) == 0)
			return i;
	return SIZE_MAX;
}

static struct sgroup *group_of(struct slant_selfnames *s, const char *name)
{
	size_t i = group_index(s, name);
	if (i != SIZE_MAX) {
		s->last = i;
		return &s->g[i];
	}
	s->g = slant_xreallocarray(s->g, s->ng + 1, sizeof *s->g);
	struct sgroup *g = &s->g[s->ng];
	memset(g, 0, sizeof *g);
	g->name = slant_xstrdup(name);
	add_name(g, name);
	s->last = s->ng++;
	return g;
}

void slant_selfnames_count(struct slant_selfnames *s,
                           const struct slant_article *a)
{
	static const char *const outlet[] = {"source", "outlet", "publisher",
	                                     "site", "site_name"};
	static const char *const site[] = {"url", "link", "domain"};
	struct sgroup *g = group_of(s, a->group);
	for (size_t i = 0; i < a->nfields; i++) {
		const struct slant_field *f = &a->fields[i];
		if (f->kind != SLANT_FIELD_STRING)
			continue;
		for (size_t k = 0; k < sizeof outlet / sizeof *outlet; k++)
			if (strcmp(f->key, outlet[k]) == 0)
				add_name(g, f->value);
		for (size_t k = 0; k < sizeof site / sizeof *site; k++)
			if (strcmp(f->key, site[k]) == 0)
				add_site(g, f->value);
	}
}

static const struct sgroup *cgroup_of(const struct slant_selfnames *s,
                                      const char *name)
{
	size_t i = group_index(s, name);
	return i == SIZE_MAX ? NULL : &s->g[i];
}

static bool word_names(const struct sgroup *g, const char *w, size_t n)
{
	/* the possessive names too: npr's, cnn’s */
	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	else if (n > 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)
		n -= 4;
	char buf[128];
	if (n >= sizeof buf)
		return false;
	memcpy(buf, w, n);
	buf[n] = '\0';
	bool found;
	find(&g->words, buf, &found);
	if (found)
		return true;
	for (size_t i = 0; i < g->joined.n; i++) {
		const char *j = g->joined.v[i];
		size_t jl = strlen(j);
		if (n >= 4 && n <= jl && memcmp(j, w, n) == 0)
			return true;
		if (jl >= 5 && n > jl && strstr(buf, j))
			return true;
	}
	return false;
}

bool slant_selfnames_match(const struct slant_selfnames *s, const char *group,
                           const char *term)
{
	const struct sgroup *g = cgroup_of(s, group);
	if (!g)
		return false;
	for (const char *p = term; *p;) {
		size_t n = strcspn(p, " ");
		if (n && word_names(g, p, n))
			return true;
		p += n;
		if (*p)
			p++;
	}
	return false;
}

const char *const *slant_selfnames_of(const struct slant_selfnames *s,
                                      const char *group, size_t *n)
{
	const struct sgroup *g = cgroup_of(s, group);
	*n = g ? g->all.n : 0;
	return g && g->all.n ? (const char *const *)g->all.v : NULL;
}
