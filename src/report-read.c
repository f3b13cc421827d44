/* report-read.c: the report's passes over the corpus: pass 1 builds the
 * comparison model (as slant compare does), pass 2 collects the evidence
 * (keyword-in-context lines for every finding) and hashes the input and
 * lexicon files for the provenance. The findings themselves are report.c's.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "format.h"
#include "report.h"
#include "sha256.h"
#include "stream.h"

/* ---- pass 1: the comparison model ---- */

struct pass1 {
	struct slant_compare_builder *b;
	struct slant_compare_encoder *enc;
	size_t done;
	slant_progress_fn progress;
	void *progress_ctx;
	struct slant_error err;
	bool failed;
};

static void
p1_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	(void)matches;
	(void)nmatches;
	slant_compare_encode(p->enc, worker, a, toks, vocab, tally, out);
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
}

static int p1_flush(void *ctx, struct slant_buf *out)
{
	struct pass1 *p = ctx;
	int rc = slant_compare_builder_add_records(p->b, out->data, out->len,
	                                           &p->err);
	slant_buf_reset(out);
	if (rc < 0) {
		p->failed = true;
		return -1;
	}
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED), 0);
	return 0;
}

struct slant_compare *
slant_report_compare(struct slant_corpus *c, const struct slant_lexicon *lx,
                     const struct slant_compare_options *copt, unsigned threads,
                     slant_progress_fn progress, void *progress_ctx,
                     struct slant_language_skips *skips,
                     struct slant_error *err)
{
	struct pass1 p = {0};
	p.b = slant_compare_builder_new(lx, copt);
	p.enc = slant_compare_encoder_new(copt->ngrams, threads ? threads : 1,
	                                  copt->pair_by);
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	slant_error_clear(&p.err);
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = false,
	    .flush_apart = true,
	    .language = copt->language,
	    .skips = skips,
	    .article = p1_article,
	    .flush = p1_flush,
	    .ctx = &p,
	};
	long n = slant_stream_run(c, lx, &so, err);
	slant_compare_encoder_free(p.enc);
	if (n < 0) {
		if (p.failed)
			*err = p.err;
		slant_compare_builder_free(p.b);
		return NULL;
	}
	return slant_compare_finish(p.b, err);
}

/* ---- pass 2: evidence and input files ---- */

struct ev_item {
	enum slant_finding_kind kind;
	size_t dim;
	int voice;
	bool *groups; /* which outlets give evidence */
	char **words; /* TERM: normalised words */
	size_t nwords;
};

struct pass2 {
	struct slant_report *r;
	struct ev_item *items;
	size_t nitems;
	size_t done, total;
	size_t *count; /* per item and group */
	struct slant_report_kwic *kw;
	size_t nkw, kwcap;
	struct slant_vocab *files;
	char **paths;
	size_t npaths;
	slant_progress_fn progress;
	void *progress_ctx;
};

static size_t group_index(const struct slant_compare *m, const char *name)
{
	for (size_t g = 0; g < m->ngroups; g++)
		if (strcmp(m->groups[g].name, name) == 0)
			return g;
	return SIZE_MAX;
}

static bool is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Text t[a..z) with white space runs as one space, appended NUL-ended. */
static void put_clean(struct slant_buf *o, const char *t, size_t a, size_t z)
{
	bool space = false;
	for (size_t i = a; i < z; i++) {
		char c = t[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' ||
		    c == '\f' || c == '\v') {
			space = true;
			continue;
		}
		if (space)
			slant_buf_putc(o, ' ');
		space = false;
		slant_buf_putc(o, c);
	}
	if (space)
		slant_buf_putc(o, ' ');
	slant_buf_putc(o, '\0');
}

static void put_u32(struct slant_buf *o, uint32_t v)
{
	slant_buf_append(o, &v, sizeof v);
}

static void emit_kwic(const struct pass2 *p, struct slant_buf *out, size_t item,
                      size_t g, const struct slant_article *a, size_t start,
                      size_t end, bool quoted, const char *label)
{
	size_t ctx = p->r->opt.context, len = a->text_len;
	const char *t = a->text;
	size_t lo = start > ctx ? start - ctx : 0;
	size_t hi = end + ctx < len ? end + ctx : len;
	/* whole words and whole characters: cut after a space when there is
	 * one in the first or last third */
	while (lo > 0 && is_cont((unsigned char)t[lo]))
		lo--;
	while (hi < len && is_cont((unsigned char)t[hi]))
		hi++;
	if (lo > 0)
		for (size_t i = lo; i < start && i < lo + ctx / 3; i++)
			if (t[i] == ' ' || t[i] == '\n') {
				lo = i + 1;
				break;
			}
	if (hi < len)
		for (size_t i = hi; i > end && i + ctx / 3 > hi; i--)
			if (t[i - 1] == ' ' || t[i - 1] == '\n') {
				hi = i - 1;
				break;
			}
	slant_buf_putc(out, 'K');
	put_u32(out, (uint32_t)item);
	put_u32(out, (uint32_t)g);
	slant_buf_putc(out, quoted ? 1 : 0);
	slant_buf_append(out, a->id, strlen(a->id) + 1);
	put_clean(out, t, lo, start);
	put_clean(out, t, start, end);
	put_clean(out, t, end, hi);
	slant_buf_append(out, label, strlen(label) + 1);
}

static bool voice_ok(int voice, bool quoted)
{
	return voice == SLANT_VOICE_ALL ||
	       (voice == SLANT_VOICE_QUOTED) == quoted;
}

static void
p2_article(void *ctx, unsigned worker, const struct slant_article *a,
           const struct slant_tokens *toks, const struct slant_vocab *vocab,
           const struct slant_tally *tally, const struct slant_match *matches,
           size_t nmatches, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	const struct slant_report *r = p->r;
	const struct slant_lexicon *lx = r->lx;
	(void)worker;
	(void)tally;
	__atomic_fetch_add(&p->done, 1, __ATOMIC_RELAXED);
	slant_buf_putc(out, 'A');
	slant_buf_append(out, a->where, strlen(a->where) + 1);
	size_t g = group_index(r->m, a->group);
	if (g == SIZE_MAX)
		return;
	for (size_t it = 0; it < p->nitems; it++) {
		const struct ev_item *e = &p->items[it];
		size_t got = 0;
		if (!e->groups[g])
			continue;
		if (e->kind == SLANT_FINDING_TERM) {
			for (size_t i = 0;
			     i + e->nwords <= toks->n && got < r->opt.evidence;
			     i++) {
				size_t w = 0;
				for (; w < e->nwords; w++) {
					const struct slant_token *tk =
					    &toks->v[i + w];
					if (w &&
					    (tk->sentence !=
					         toks->v[i].sentence ||
					     (tk->flags & SLANT_TOK_QUOTED) !=
					         (toks->v[i].flags &
					          SLANT_TOK_QUOTED)))
						break;
					size_t wl;
					const char *s = slant_vocab_word(
					    vocab, tk->type, &wl);
					if (wl != strlen(e->words[w]) ||
					    memcmp(s, e->words[w], wl) != 0)
						break;
				}
				if (w < e->nwords)
					continue;
				const struct slant_token *t1 =
				    &toks->v[i + e->nwords - 1];
				emit_kwic(p, out, it, g, a, toks->v[i].offset,
				          t1->offset + t1->length,
				          toks->v[i].flags & SLANT_TOK_QUOTED,
				          "");
				got++;
			}
			continue;
		}
		for (size_t i = 0; i < nmatches && got < r->opt.evidence; i++) {
			const struct slant_match *mt = &matches[i];
			if (mt->negated || mt->excluded)
				continue;
			const char *label = "";
			if (e->kind == SLANT_FINDING_DIM) {
				if (!slant_lexicon_dim_within(lx, mt->dim,
				                              e->dim) ||
				    !voice_ok(e->voice, mt->quoted))
					continue;
			} else {
				if (lx->dims[mt->dim].parent != e->dim)
					continue;
				label = slant_report_variant_name(lx, mt->dim);
			}
			const struct slant_token *t0 = &toks->v[mt->first];
			const struct slant_token *t1 =
			    &toks->v[mt->first + mt->ntokens - 1];
			emit_kwic(p, out, it, g, a, t0->offset,
			          t1->offset + t1->length, mt->quoted, label);
			got++;
		}
	}
}

static const char *take_str(const char **pp)
{
	const char *s = *pp;
	*pp += strlen(s) + 1;
	return s;
}

static int p2_flush(void *ctx, struct slant_buf *out)
{
	struct pass2 *p = ctx;
	const char *s = out->data, *end = out->data + out->len;
	size_t ng = p->r->m->ngroups;
	while (s < end) {
		char kind = *s++;
		if (kind == 'A') {
			const char *where = take_str(&s);
			size_t before = slant_vocab_size(p->files);
			uint32_t id =
			    slant_vocab_intern(p->files, where, strlen(where));
			if (id == before) {
				p->paths = slant_xreallocarray(
				    p->paths, p->npaths + 1, sizeof *p->paths);
				p->paths[p->npaths++] = slant_xstrdup(where);
			}
			continue;
		}
		uint32_t item, g;
		memcpy(&item, s, 4);
		memcpy(&g, s + 4, 4);
		bool quoted = s[8];
		s += 9;
		const char *id = take_str(&s), *l = take_str(&s),
		           *mt = take_str(&s), *rt = take_str(&s),
		           *label = take_str(&s);
		size_t *cnt = &p->count[(size_t)item * ng + g];
		if (*cnt >= p->r->opt.evidence)
			continue;
		(*cnt)++;
		SLANT_GROW(&p->kw, &p->kwcap, p->nkw + 1);
		struct slant_report_kwic *k = &p->kw[p->nkw++];
		k->finding = item;
		k->group = g;
		k->article = slant_xstrdup(id);
		k->left = slant_xstrdup(l);
		k->match = slant_xstrdup(mt);
		k->right = slant_xstrdup(rt);
		k->label = slant_xstrdup(label);
		k->quoted = quoted;
		k->seq = p->nkw - 1;
	}
	slant_buf_reset(out);
	if (p->progress)
		p->progress(p->progress_ctx,
		            __atomic_load_n(&p->done, __ATOMIC_RELAXED),
		            p->total);
	return 0;
}

static int cmp_kwic(const void *pa, const void *pb)
{
	const struct slant_report_kwic *a = pa, *b = pb;
	if (a->finding != b->finding)
		return a->finding < b->finding ? -1 : 1;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* The file an article came from: its where, without a ":LINE" suffix
 * when that names an existing file (JSON Lines). */
static char *file_of(const char *where)
{
	char *s = slant_xstrdup(where);
	char *colon = strrchr(s, ':');
	if (colon && colon[1] &&
	    strspn(colon + 1, "0123456789") == strlen(colon + 1)) {
		struct stat st;
		*colon = '\0';
		if (stat(s, &st) != 0)
			*colon = ':';
	}
	return s;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

int slant_report_collect(struct slant_report *r, struct slant_corpus *c,
                         unsigned threads, slant_progress_fn progress,
                         void *progress_ctx, struct slant_error *err)
{
	const struct slant_compare *m = r->m;
	size_t ng = m->ngroups;
	struct pass2 p = {0};
	p.r = r;
	p.nitems = r->nfindings;
	p.items = slant_xcalloc(p.nitems + 1, sizeof *p.items);
	p.count = slant_xcalloc(p.nitems * ng + 1, sizeof *p.count);
	p.files = slant_vocab_new();
	p.total = m->articles;
	p.progress = progress;
	p.progress_ctx = progress_ctx;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		struct ev_item *e = &p.items[i];
		e->kind = f->kind;
		e->dim = f->dim;
		e->voice = f->voice;
		e->groups = slant_xcalloc(ng + 1, sizeof *e->groups);
		if (f->kind == SLANT_FINDING_NAMING) {
			for (size_t g = 0; g < ng; g++)
				e->groups[g] = true;
			continue;
		}
		const struct slant_compare_pair *pr = &m->pairs[f->pair];
		for (size_t g = 0; g < ng; g++)
			e->groups[g] = g == pr->target ||
			               pr->reference == SLANT_COMPARE_REST ||
			               g == pr->reference;
		if (f->kind == SLANT_FINDING_TERM) {
			char *s = slant_xstrdup(slant_compare_term_string(
			    m, pr->terms[f->term].term));
			for (char *w = strtok(s, " "); w;
			     w = strtok(NULL, " ")) {
				e->words = slant_xreallocarray(
				    e->words, e->nwords + 1, sizeof *e->words);
				e->words[e->nwords++] = slant_xstrdup(w);
			}
			free(s);
		}
	}
	struct slant_stream_options so = {
	    .threads = threads ? threads : 1,
	    .collect_matches = true,
	    .language = m->opt.language,
	    .article = p2_article,
	    .flush = p2_flush,
	    .ctx = &p,
	};
	int rc = slant_stream_run(c, r->lx, &so, err) < 0 ? -1 : 0;
	/* evidence, grouped by finding then outlet, input order within */
	if (p.nkw)
		qsort(p.kw, p.nkw, sizeof *p.kw, cmp_kwic);
	r->kwic = p.kw;
	r->nkwic = p.nkw;
	for (size_t i = 0, j; i < r->nkwic; i = j) {
		for (j = i;
		     j < r->nkwic && r->kwic[j].finding == r->kwic[i].finding;
		     j++)
			;
		r->findings[r->kwic[i].finding].first_kwic = i;
		r->findings[r->kwic[i].finding].nkwic = j - i;
	}
	for (size_t i = 0; i < p.nitems; i++) {
		free(p.items[i].groups);
		for (size_t w = 0; w < p.items[i].nwords; w++)
			free(p.items[i].words[w]);
		free(p.items[i].words);
	}
	free(p.items);
	free(p.count);
	slant_vocab_free(p.files);
	/* input files */
	r->inputs = slant_xcalloc(p.npaths + 1, sizeof *r->inputs);
	for (size_t i = 0; i < p.npaths; i++) {
		char *f = file_of(p.paths[i]);
		free(p.paths[i]);
		if (r->ninputs &&
		    strcmp(r->inputs[r->ninputs - 1].path, f) == 0) {
			free(f);
			continue;
		}
		struct slant_report_file *in = &r->inputs[r->ninputs++];
		in->path = f;
		struct stat st;
		if (rc == 0 && strcmp(f, "<stdin>") != 0) {
			if (slant_sha256_file(f, in->sha256, err) < 0)
				rc = -1;
			else if (stat(f, &st) == 0)
				in->bytes = (uint64_t)st.st_size;
		}
	}
	free(p.paths);
	/* lexicons */
	const struct slant_lexicon *lx = r->lx;
	r->lexicons = slant_xcalloc(lx->nschemes + 1, sizeof *r->lexicons);
	for (size_t i = 0; i < lx->nschemes; i++) {
		const struct slant_scheme *s = &lx->schemes[i];
		struct slant_report_lexicon *l = &r->lexicons[r->nlexicons++];
		l->name = slant_xstrdup(s->name);
		l->title = slant_xstrdup(s->title);
		l->version = slant_xstrdup(s->version);
		l->language = slant_xstrdup(s->language);
		l->file = slant_xstrdup(base_name(s->path));
		for (size_t d = 0; d < lx->ndims; d++)
			l->dims += slant_lexicon_declares(lx, i, d);
		if (rc == 0 && slant_sha256_file(s->path, l->sha256, err) < 0)
			rc = -1;
	}
	return rc;
}
