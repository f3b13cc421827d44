/* tokenize-scalar.c: the tokenizer compiled a second time without its
 * vector word scan and under other names (tokenize-scalar.h), so that
 * t-tokenize-paths can check that both paths give the same tokens. */
#define SLANT_NO_VECTOR_SCAN   1
#define slant_tokens_init      scalar_tokens_init
#define slant_tokens_release   scalar_tokens_release
#define slant_tokenizer_new    scalar_tokenizer_new
#define slant_tokenizer_free   scalar_tokenizer_free
#define slant_tokenizer_filter scalar_tokenizer_filter
#define slant_tokenize         scalar_tokenize
#define slant_tokenize_string  scalar_tokenize_string

#include "../../src/tokenize.c"
