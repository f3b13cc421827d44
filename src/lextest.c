/* lextest.c: lexicon lint and snippet tests. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lextest.h"
#include "match.h"
#include "mem.h"
#include "tokenize.h"
#include "vocab.h"

static void add_finding(struct slant_finding **v, size_t *n,
                        enum slant_finding_level level, const char *path,
                        size_t line, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void add_finding(struct slant_finding **v, size_t *n,
                        enum slant_finding_level level, const char *path,
                        size_t line, const char *fmt, ...)
{
	*v = slant_xreallocarray(*v, *n + 1, sizeof **v);
	struct slant_finding *f = &(*v)[(*n)++];
	f->level = level;
	snprintf(f->where, sizeof f->where, "%s:%zu", path, line);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->message, sizeof f->message, fmt, ap);
	va_end(ap);
}

static bool same_words(const struct slant_entry *a, const struct slant_entry *b)
{
	if (a->nwords != b->nwords)
		return false;
	for (size_t i = 0; i < a->nwords; i++)
		if (a->prefix[i] != b->prefix[i] ||
		    strcmp(a->words[i], b->words[i]))
			return false;
	return true;
}

/* Whether wildcard entry w matches every word of exact entry e. */
static bool covers(const struct slant_entry *w, const struct slant_entry *e)
{
	if (w->nwords != e->nwords || w == e)
		return false;
	bool any_prefix = false;
	for (size_t i = 0; i < w->nwords; i++) {
		if (e->prefix[i] && !w->prefix[i])
			return false;
		size_t pl = strlen(w->words[i]);
		if (w->prefix[i]) {
			any_prefix = true;
			if (strncmp(e->words[i], w->words[i], pl) != 0)
				return false;
			if (e->prefix[i] && strlen(e->words[i]) < pl)
				return false;
		} else if (strcmp(e->words[i], w->words[i]) != 0) {
			return false;
		}
	}
	return any_prefix;
}

size_t slant_lexicon_lint(const struct slant_lexicon *lx,
                          struct slant_finding **out)
{
	struct slant_finding *v = NULL;
	size_t n = 0;
	/* Per file: a dimension its scheme declares (language variants of a
	 * scheme share dimensions, and each must fill the ones it
	 * declares). */
	for (size_t d = 0; d < lx->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		for (size_t k = 0; k < D->nschemes; k++) {
			size_t s = D->schemes[k];
			const struct slant_scheme *S = &lx->schemes[s];
			size_t total = 0;
			for (size_t e = 0; e < lx->nentries; e++)
				if (lx->entries[e].scheme == s &&
				    slant_lexicon_dim_within(
				        lx, lx->entries[e].dim, d))
					total++;
			if (!total)
				add_finding(
				    &v, &n, SLANT_FINDING_ERROR, S->path, 0,
				    "dimension '%s' has no entries", D->name);
			if (S->kind == SLANT_SCHEME_NAMING && D->depth == 0) {
				size_t kids = 0;
				for (size_t c = 0; c < lx->ndims; c++)
					kids +=
					    lx->dims[c].parent == d &&
					    slant_lexicon_declares(lx, s, c);
				if (kids < 2)
					add_finding(
					    &v, &n, SLANT_FINDING_ERROR,
					    S->path, 0,
					    "naming set '%s' needs two "
					    "variants (sub-dimensions) at "
					    "least",
					    D->name);
			}
		}
	}
	/* Entries as written, within one file: its generated proclitic
	 * forms repeat what it says. */
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *a = &lx->entries[i];
		if (a->generated)
			continue;
		const struct slant_scheme *S = &lx->schemes[a->scheme];
		for (size_t j = 0; j < lx->nentries; j++) {
			if (i == j)
				continue;
			const struct slant_entry *b = &lx->entries[j];
			if (b->generated || b->scheme != a->scheme)
				continue;
			if (b->dim == a->dim && j < i && same_words(a, b)) {
				add_finding(&v, &n, SLANT_FINDING_ERROR,
				            S->path, a->line,
				            "'%s' is listed twice in '%s' "
				            "(also line %zu)",
				            a->text, lx->dims[a->dim].name,
				            b->line);
			} else if (b->dim == a->dim && !a->exclusion &&
			           !b->exclusion && covers(b, a) &&
			           b->weight == a->weight) {
				add_finding(&v, &n, SLANT_FINDING_WARNING,
				            S->path, a->line,
				            "'%s' is shadowed by wildcard '%s' "
				            "(line %zu) in '%s'",
				            a->text, b->text, b->line,
				            lx->dims[a->dim].name);
			} else if (b->dim != a->dim && j < i && !a->exclusion &&
			           !b->exclusion && same_words(a, b) &&
			           !slant_lexicon_dim_within(lx, a->dim,
			                                     b->dim) &&
			           !slant_lexicon_dim_within(lx, b->dim,
			                                     a->dim)) {
				add_finding(
				    &v, &n, SLANT_FINDING_WARNING, S->path,
				    a->line,
				    "'%s' is in both '%s' and '%s' (line %zu)",
				    a->text, lx->dims[a->dim].name,
				    lx->dims[b->dim].name, b->line);
			}
		}
	}
	*out = v;
	return n;
}

/* ---- snippet tests ---- */

struct seen {
	const struct slant_lexicon *lx;
	size_t dim;
	const char *entry; /* NULL for a miss line */
	bool found;        /* a counted hit (of entry, when given) in dim */
	struct slant_buf got;
};

static void on_match(void *ctx, const struct slant_match *m)
{
	struct seen *s = ctx;
	if (m->dim != s->dim || m->excluded || m->negated)
		return;
	const char *text = s->lx->entries[m->entry].text;
	if (!s->entry || strcmp(text, s->entry) == 0)
		s->found = true;
	if (s->got.len)
		slant_buf_puts(&s->got, ", ");
	slant_buf_puts(&s->got, text);
}

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' ||
	              (*s)[*n - 1] == '\r'))
		(*n)--;
}

int slant_lexicon_run_tests(const struct slant_lexicon *lx, const char *path,
                            const char *text, size_t len,
                            struct slant_test_result **results, size_t *nres,
                            struct slant_error *err)
{
	struct slant_vocab *vocab = slant_vocab_new();
	struct slant_tokenizer *tk = slant_tokenizer_new(vocab);
	struct slant_matcher *m = slant_matcher_new(lx, vocab);
	struct slant_tokens toks;
	slant_tokens_init(&toks);
	struct slant_tally tally;
	slant_tally_init(&tally, lx);
	struct slant_test_result *res = NULL;
	size_t n = 0, pos = 0, lineno = 0;
	int rc = 0;
	while (pos < len) {
		const char *s = text + pos;
		const char *nl = memchr(s, '\n', len - pos);
		size_t ll = nl ? (size_t)(nl - s) : len - pos;
		pos += ll + (nl ? 1 : 0);
		lineno++;
		trim(&s, &ll);
		if (!ll || s[0] == '#')
			continue;
		/* Split on '|' into 2 (miss) or 3 (hit) fields. */
		const char *f[3];
		size_t fl[3], nf = 0;
		const char *p = s, *end = s + ll;
		while (nf < 3) {
			const char *bar =
			    nf < 2 ? memchr(p, '|', (size_t)(end - p)) : NULL;
			f[nf] = p;
			fl[nf] = bar ? (size_t)(bar - p) : (size_t)(end - p);
			trim(&f[nf], &fl[nf]);
			nf++;
			if (!bar)
				break;
			p = bar + 1;
		}
		bool is_hit = ll > 4 && memcmp(s, "hit ", 4) == 0;
		bool is_miss = ll > 5 && memcmp(s, "miss ", 5) == 0;
		if (!(is_hit && nf == 3) && !(is_miss && nf == 2)) {
			rc = slant_error_at(
			    err, SLANT_EDATA, path, lineno, 1,
			    "expected 'hit DIMENSION | ENTRY | snippet' or "
			    "'miss DIMENSION | snippet'");
			break;
		}
		const char *dname = f[0] + (is_hit ? 4 : 5);
		size_t dl = fl[0] - (is_hit ? 4 : 5);
		trim(&dname, &dl);
		char *dn = slant_xstrndup(dname, dl);
		/* Resolve the dimension within this lexicon's schemes. */
		size_t d = slant_lexicon_find_dim(lx, dn);
		if (d == SIZE_MAX) {
			rc = slant_error_at(err, SLANT_EDATA, path, lineno,
			                    (size_t)(dname - s) + 1,
			                    "unknown dimension '%s'", dn);
			free(dn);
			break;
		}
		char *entry = is_hit ? slant_xstrndup(f[1], fl[1]) : NULL;
		char *snippet = slant_xstrndup(f[nf - 1], fl[nf - 1]);
		struct seen sn = {lx, d, entry, false, {0}};
		slant_buf_init(&sn.got);
		slant_tokenize(tk, snippet, strlen(snippet), &toks);
		slant_tally_reset(&tally);
		slant_matcher_run(m, &toks, &tally, on_match, &sn);
		res = slant_xreallocarray(res, n + 1, sizeof *res);
		struct slant_test_result *r = &res[n++];
		r->line = lineno;
		if (is_hit) {
			r->passed = sn.found;
			if (sn.found)
				snprintf(r->message, sizeof r->message,
				         "%s matches '%s'", dn, entry);
			else
				snprintf(r->message, sizeof r->message,
				         "%s should match '%s' in \"%s\" "
				         "(matched: %s)",
				         dn, entry, snippet,
				         sn.got.len ? sn.got.data : "nothing");
		} else {
			r->passed = !sn.found;
			if (!sn.found)
				snprintf(r->message, sizeof r->message,
				         "%s does not match \"%.200s\"", dn,
				         snippet);
			else
				snprintf(
				    r->message, sizeof r->message,
				    "%s should not match \"%s\" (matched: %s)",
				    dn, snippet, sn.got.data);
		}
		slant_buf_release(&sn.got);
		free(dn);
		free(entry);
		free(snippet);
	}
	slant_tally_release(&tally);
	slant_tokens_release(&toks);
	slant_matcher_free(m);
	slant_tokenizer_free(tk);
	slant_vocab_free(vocab);
	if (rc < 0) {
		free(res);
		return -1;
	}
	*results = res;
	*nres = n;
	return 0;
}
