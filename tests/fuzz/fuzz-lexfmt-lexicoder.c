/* fuzz-lexfmt-lexicoder.c: libFuzzer target for the Lexicoder reader (the
 * whole input is the file) and, when it reads, the .lex, .dic and YAML
 * writers (lexfmt-check.h). Built by tests/fuzz/run.sh. */
#include "config.h"

#include "lexfmt-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_lexfmt(SLANT_LEXFMT_LEXICODER, "d.lc3", data, size);
	return 0;
}
