/* fuzz-corpus.c: libFuzzer target for the corpus readers (front matter,
 * date marker, title line, UTF-8 checks, JSON Lines records) and the
 * tokenizer behind them. The first byte picks text or JSONL and lenient
 * or strict; the rest is written to a file and read to the end. Any
 * result is fine; crashes, leaks and undefined behaviour are not.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -I build/default -Isrc \
 *     tests/fuzz/fuzz-corpus.c src/corpus.c src/jsonl.c src/tokenize.c \
 *     src/unicode.c src/vocab.c src/mem.c src/error.c \
 *     $(pkg-config --cflags --libs jansson libutf8proc) -lm -o fuzz-corpus
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"
#include "tokenize.h"
#include "vocab.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ignore(void *ctx, const struct slant_error *w)
{
	(void)ctx;
	(void)w;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char path[] = "/tmp/fuzz-corpus-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 0;
	if (write(fd, data + 1, size - 1) != (ssize_t)(size - 1)) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	struct slant_corpus_options o = {0};
	o.input_format = (data[0] & 1) ? SLANT_INPUT_JSONL : SLANT_INPUT_TEXT;
	o.lenient = (data[0] & 2) != 0;
	o.title_first_line = (data[0] & 4) != 0;
	o.warn = ignore;
	struct slant_corpus_input in = {path, NULL};
	struct slant_error err;
	struct slant_corpus *c = slant_corpus_open(&in, 1, &o, &err);
	if (c) {
		struct slant_vocab *v = slant_vocab_new();
		struct slant_tokenizer *tk = slant_tokenizer_new(v);
		struct slant_tokens toks;
		slant_tokens_init(&toks);
		struct slant_article *a;
		while (slant_corpus_next(c, &a, &err) == 1)
			slant_tokenize(tk, a->text, a->text_len, &toks);
		slant_tokens_release(&toks);
		slant_tokenizer_free(tk);
		slant_vocab_free(v);
		slant_corpus_free(c);
	}
	unlink(path);
	return 0;
}
