#!/bin/sh
# Build every fuzz target with clang (libFuzzer + ASan + UBSan) and run each
# for SECONDS (default 60). Run from the repository root after building
# build/default (for config.h). Crashes are written as crash-* files.
set -eu
secs=${1:-60}
out=${FUZZ_OUT:-build/fuzz}
mkdir -p "$out"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Ibuild/default -Isrc"
libs="$(pkg-config --cflags --libs jansson libutf8proc) -lm"
clang $flags tests/fuzz/fuzz-jsonl.c src/jsonl.c src/mem.c src/error.c $libs -o "$out/fuzz-jsonl"
clang $flags tests/fuzz/fuzz-lexicon.c src/lexicon.c src/match.c src/tokenize.c \
	src/unicode.c src/vocab.c src/mem.c src/error.c $libs -o "$out/fuzz-lexicon"
clang $flags tests/fuzz/fuzz-corpus.c src/corpus.c src/jsonl.c src/tokenize.c \
	src/unicode.c src/vocab.c src/mem.c src/error.c $libs -o "$out/fuzz-corpus"
clang $flags tests/fuzz/fuzz-csv.c src/csv.c src/audit.c src/stats.c src/format.c \
	src/unicode.c src/mem.c src/error.c $libs $(pkg-config --libs gsl) -o "$out/fuzz-csv"
for t in fuzz-jsonl fuzz-lexicon fuzz-corpus fuzz-csv; do
	mkdir -p "$out/$t-corpus"
	echo "== $t ($secs s)"
	(cd "$out" && "./$t" -max_total_time="$secs" -max_len=4096 "$t-corpus" 2>&1 | tail -2)
done
