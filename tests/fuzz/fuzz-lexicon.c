/* fuzz-lexicon.c: libFuzzer target for the lexicon parsers and the matcher.
 * The first byte picks the format (even: native, odd: LIWC); the rest is
 * the file. A lexicon that parses is compiled and run on its own text,
 * once with every word typed and once through the word filter of slant
 * score (slant_matcher_can_match, with the matcher's sieve): the tallies
 * must be equal.
 *
 * Built by tests/fuzz/run.sh (the LIWC reader lives with the readers of
 * the other formats, lexfmt*.c).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "match.h"
#include "mem.h"
#include "tokenize.h"
#include "vocab.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char *text = slant_xstrndup((const char *)data + 1, size - 1);
	struct slant_lexicon *lx = slant_lexicon_new();
	struct slant_error err;
	int rc =
	    (data[0] & 1)
	        ? slant_lexfmt_read_as(lx, SLANT_LEXFMT_DIC, "f.dic", text,
	                               size - 1, NULL, NULL, &err)
	        : slant_lexicon_parse_native(lx, "f.lex", text, size - 1, &err);
	if (rc == 0 && slant_lexicon_finish(lx, &err) == 0) {
		struct slant_tally t[2];
		for (int filtered = 0; filtered < 2; filtered++) {
			struct slant_vocab *v = slant_vocab_new();
			struct slant_tokenizer *tk = slant_tokenizer_new(v);
			struct slant_matcher *m = slant_matcher_new(lx, v);
			if (filtered) {
				slant_tokenizer_filter(
				    tk, slant_matcher_can_match, m);
				slant_tokenizer_sieve(tk,
				                      slant_matcher_sieve(m));
			}
			struct slant_tokens toks;
			slant_tokens_init(&toks);
			slant_tally_init(&t[filtered], lx);
			slant_tokenize(tk, text, strlen(text), &toks);
			slant_matcher_run(m, &toks, &t[filtered], NULL, NULL);
			slant_tokens_release(&toks);
			slant_matcher_free(m);
			slant_tokenizer_free(tk);
			slant_vocab_free(v);
		}
		for (size_t d = 0; d < lx->ndims; d++)
			for (int k = 0; k < 2; k++)
				if (t[0].hits[k][d] != t[1].hits[k][d] ||
				    t[0].negated[k][d] != t[1].negated[k][d] ||
				    t[0].tokens[k] != t[1].tokens[k])
					abort(); /* the filter changed a tally
					          */
		slant_tally_release(&t[0]);
		slant_tally_release(&t[1]);
	}
	slant_lexicon_free(lx);
	free(text);
	return 0;
}
