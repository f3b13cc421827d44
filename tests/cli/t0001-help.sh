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
expect_options_documented "$srcdir/man/slant-score.1" score
done_testing
