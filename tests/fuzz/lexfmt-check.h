/* lexfmt-check.h: what every fuzz-lexfmt-*.c target checks once its
 * reader has accepted an input: the lexicon, written as .lex, .dic and
 * YAML, reads back without a warning, with every entry the format holds
 * (the loss counts say which it does not), and writing what was read
 * gives the same bytes again. Any failure aborts. Header-only: each target
 * is one file plus the library sources (see run.sh). */
#ifndef SLANT_FUZZ_LEXFMT_CHECK_H
#define SLANT_FUZZ_LEXFMT_CHECK_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "mem.h"

static void fuzz_no_warning(void *ctx, const struct slant_error *w)
{
	(void)ctx;
	(void)w;
	abort(); /* a written file read back must hold only valid entries */
}

/* Entries written in format f, by the loss counts. */
static size_t fuzz_expected(const struct slant_lexicon *lx, enum slant_lexfmt f,
                            const struct slant_lexfmt_loss *loss)
{
	size_t n = 0;
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		if (f != SLANT_LEXFMT_LEX && e->exclusion)
			continue;
		if (f == SLANT_LEXFMT_YAML) {
			const struct slant_dimension *d = &lx->dims[e->dim];
			const char *leaf = strchr(d->name, '/');
			if (strcmp(leaf ? leaf + 1 : d->name, "__") == 0 ||
			    strncmp(d->name, "__/", 3) == 0)
				continue; /* SLANT_LOST_DIMENSIONS */
		}
		n++;
	}
	return f == SLANT_LEXFMT_DIC ? n - loss->n[SLANT_NOTE_MERGED] : n;
}

/* The lexicon written in f; NULL when f can hold none of its dimensions
 * (a YAML of only '__'), which the writer refuses. */
static char *fuzz_write(const struct slant_lexicon *lx, enum slant_lexfmt f,
                        struct slant_lexfmt_loss *loss)
{
	struct slant_buf b;
	struct slant_error err;
	slant_buf_init(&b);
	memset(loss, 0, sizeof *loss);
	if (slant_lexfmt_write(lx, 0, f, &b, loss, &err) < 0) {
		if (err.code != SLANT_EDATA || !loss->n[SLANT_LOST_DIMENSIONS])
			abort();
		slant_buf_release(&b);
		return NULL;
	}
	return slant_buf_take(&b);
}

static struct slant_lexicon *fuzz_read_back(enum slant_lexfmt f,
                                            const char *text)
{
	static const char *const path[] = {
	    [SLANT_LEXFMT_LEX] = "w.lex",
	    [SLANT_LEXFMT_DIC] = "w.dic",
	    [SLANT_LEXFMT_YAML] = "w.yml",
	};
	struct slant_error err;
	struct slant_lexicon *lx = slant_lexicon_new();
	if (slant_lexfmt_read_as(lx, f, path[f], text, strlen(text),
	                         fuzz_no_warning, NULL, &err) < 0 ||
	    slant_lexicon_finish(lx, &err) < 0)
		abort(); /* what slant writes, slant reads */
	return lx;
}

/* lx is finished, one scheme. */
static void fuzz_check_writers(const struct slant_lexicon *lx)
{
	static const enum slant_lexfmt fs[] = {
	    SLANT_LEXFMT_LEX, SLANT_LEXFMT_DIC, SLANT_LEXFMT_YAML};
	for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
		struct slant_lexfmt_loss loss, loss2;
		char *w = fuzz_write(lx, fs[i], &loss);
		if (!w)
			continue;
		struct slant_lexicon *back = fuzz_read_back(fs[i], w);
		if (back->nentries != fuzz_expected(lx, fs[i], &loss))
			abort(); /* an entry lost without being counted */
		char *w2 = fuzz_write(back, fs[i], &loss2);
		if (strcmp(w, w2) != 0)
			abort(); /* written, read and written: not the same */
		free(w2);
		free(w);
		slant_lexicon_free(back);
	}
}

/* Read data[0..size) in format f from path; check the writers when it
 * reads. */
static void fuzz_lexfmt(enum slant_lexfmt f, const char *path,
                        const uint8_t *data, size_t size)
{
	/* The readers get the bytes as they are, not NUL-terminated, so
	 * that reading past the end is caught. */
	(void)slant_lexfmt_sniff((const char *)data, size);
	struct slant_lexicon *lx = slant_lexicon_new();
	struct slant_error err;
	if (slant_lexfmt_read_as(lx, f, path, (const char *)data, size, NULL,
	                         NULL, &err) == 0 &&
	    slant_lexicon_finish(lx, &err) == 0)
		fuzz_check_writers(lx);
	slant_lexicon_free(lx);
}

#endif
