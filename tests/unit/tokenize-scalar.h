/* tokenize-scalar.h: the scalar copy of the tokenizer (tokenize-scalar.c):
 * the same functions as tokenize.h, on the same types, without the vector
 * word scan. */
#ifndef SLANT_TOKENIZE_SCALAR_H
#define SLANT_TOKENIZE_SCALAR_H

#include "tokenize.h"

struct slant_tokenizer *scalar_tokenizer_new(struct slant_vocab *vocab);
void scalar_tokenizer_free(struct slant_tokenizer *tk);
void scalar_tokenizer_filter(struct slant_tokenizer *tk, slant_word_filter keep,
                             const void *ctx);
void scalar_tokenize(struct slant_tokenizer *tk, const char *text, size_t len,
                     struct slant_tokens *out);

#endif
