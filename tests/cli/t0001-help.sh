#!/bin/sh
# --help, --version and usage errors.
. "${srcdir:-.}/tests/cli/lib.sh"

run_slant --version
expect_status 0 "--version"
expect_out "slant 0.1.0" "version printed"
run_slant --help
expect_status 0 "--help"
expect_out "score" "help lists score"
expect_out "lexicon" "help lists lexicon"
run_slant
expect_status 2 "no command is a usage error"
run_slant frobnicate
expect_status 2 "unknown command"
expect_err "unknown command 'frobnicate'" "names the unknown command"
run_slant score --help
expect_status 0 "score --help"
expect_out "--lexicon PATH" "score help lists options"
run_slant score
expect_status 2 "score without corpus"
expect_err "no corpus given" "says what is missing"
run_slant score --format xml "$DATA/small"
expect_status 2 "bad --format"
expect_err "--format must be csv, tsv, jsonl, long, long-tsv or long-jsonl, not 'xml'" "names the bad value"
run_slant score --threads 0 "$DATA/small"
expect_status 2 "bad --threads"
run_slant lexicon --help
expect_status 0 "lexicon --help"
run_slant lexicon nope
expect_status 2 "unknown lexicon subcommand"
# Every long option of --help is documented in the man page.
"$SLANT" score --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$TMP/opts"
missing=""
for o in $(cat "$TMP/opts"); do
	grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" "$srcdir/man/slant-score.1" || missing="$missing $o"
done
expect_eq "$missing" "" "slant-score(1) documents every option of --help"
done_testing
