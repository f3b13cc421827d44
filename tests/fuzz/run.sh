#!/bin/sh
# Build the fuzz targets with clang (libFuzzer + ASan + UBSan) and run each
# for SECONDS (default 60). Run from the repository root after building
# build/default (for config.h). Crashes are written as crash-* files in
# build/fuzz; tests/fuzz/corpus/TARGET/ holds the regression inputs of
# past crashes, read as seeds with, for the lexicon targets, the fixtures
# of every format. FUZZ_TARGETS="fuzz-lexfmt-yaml ..." builds and runs
# only those.
set -eu
secs=${1:-60}
out=${FUZZ_OUT:-build/fuzz}
mkdir -p "$out"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Ibuild/default -Isrc -Itests/fuzz"
libs="$(pkg-config --cflags --libs jansson libutf8proc yaml-0.1 gsl) -lm"
# The lexicon and its readers of other formats, with the writers.
lexicon="src/lexfmt.c src/lexfmt-lex.c src/lexfmt-liwc.c src/lexfmt-yaml.c \
	src/lexfmt-lexicoder.c src/lexfmt-wordstat.c src/lexicon.c src/textline.c \
	src/format.c src/tokenize.c src/unicode.c src/vocab.c src/mem.c src/error.c"
targets=${FUZZ_TARGETS:-fuzz-jsonl fuzz-lexicon fuzz-corpus fuzz-csv fuzz-lexfmt-dic \
	fuzz-lexfmt-dicx fuzz-lexfmt-yaml fuzz-lexfmt-lexicoder fuzz-lexfmt-wordstat}
for t in $targets; do
	case $t in
	fuzz-jsonl) src="src/jsonl.c src/mem.c src/error.c" ;;
	fuzz-corpus) src="src/corpus.c src/jsonl.c src/tokenize.c src/unicode.c \
		src/vocab.c src/mem.c src/error.c" ;;
	fuzz-csv) src="src/csv.c src/audit.c src/stats.c src/stats-exact.c \
		src/format.c src/unicode.c src/mem.c src/error.c" ;;
	fuzz-lexicon) src="src/match.c $lexicon" ;;
	fuzz-lexfmt-*) src=$lexicon ;;
	*) echo "unknown target $t" >&2; exit 2 ;;
	esac
	clang $flags "tests/fuzz/$t.c" $src $libs -o "$out/$t"
done
for t in $targets; do
	mkdir -p "$out/$t-corpus"
	echo "== $t ($secs s)"
	seeds=""
	[ -d "tests/fuzz/corpus/$t" ] && seeds="$PWD/tests/fuzz/corpus/$t"
	case $t in fuzz-lex*)
		seeds="$seeds $PWD/tests/data/lexicons/formats $PWD/tests/data/lexicons/malformed" ;;
	esac
	(cd "$out" && "./$t" -max_total_time="$secs" -max_len=4096 "$t-corpus" \
		$seeds 2>&1 | tail -2)
done
