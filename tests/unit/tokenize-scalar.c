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
#define slant_tokenizer_sieve  scalar_tokenizer_sieve
/* The sieve's builders too: the library has them already. */
#define slant_word_sieve_new    scalar_word_sieve_new
#define slant_word_sieve_free   scalar_word_sieve_free
#define slant_word_sieve_word   scalar_word_sieve_word
#define slant_word_sieve_prefix scalar_word_sieve_prefix
#define slant_word_sieve_suffix scalar_word_sieve_suffix
#define slant_word_sieve_every  scalar_word_sieve_every
#define slant_word_sieve_passes scalar_word_sieve_passes

#include "../../src/tokenize.c"
