/* fuzz-lexfmt-wordstat.c: libFuzzer target for the WordStat .cat reader (the
 * whole input is the file) and, when it reads, the .lex, .dic and YAML
 * writers (lexfmt-check.h). Built by tests/fuzz/run.sh. */
#include "config.h"

#include "lexfmt-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_lexfmt(SLANT_LEXFMT_WORDSTAT, "d.cat", data, size);
	return 0;
}
