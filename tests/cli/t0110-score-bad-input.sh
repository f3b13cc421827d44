#!/bin/sh
# Bad input: a clear message naming file and line, exit status 3, no
# partial output file; --lenient replaces or skips with warnings.
. "${srcdir:-.}/tests/cli/lib.sh"
LEX="--lexicon $DATA/lexicons/mini.lex"

# A previous good output must survive a failed run.
echo "old contents" >"$TMP/keep.csv"
bad_run() { # bad_run DESCRIPTION EXPECTED-MESSAGE ARGS...
	d=$1
	m=$2
	shift 2
	run_slant score $LEX -o "$TMP/keep.csv" "$@"
	expect_status 3 "$d: exit status 3"
	expect_err "$m" "$d: message"
	expect_eq "$(cat "$TMP/keep.csv")" "old contents" "$d: output file untouched"
	expect_eq "$(ls "$TMP" | grep -c 'keep.csv.tmp')" 0 "$d: no temporary file left"
}

printf 'Good line\nbad \377 byte\n' >"$TMP/badutf8.txt"
bad_run "invalid UTF-8" "$TMP/badutf8.txt:2: invalid UTF-8 at byte 14" "$TMP/badutf8.txt"

printf 'NUL\000inside\n' >"$TMP/nul.txt"
bad_run "NUL byte" "$TMP/nul.txt:1: NUL byte at byte 3" "$TMP/nul.txt"

printf '{"id":"a","text":"fine"}\n{"id":"b","text":"cut\n' >"$TMP/trunc.jsonl"
bad_run "truncated JSON" "$TMP/trunc.jsonl:2:" "$TMP/trunc.jsonl"

printf '{"id":"a","text":"fine"}\n["not","an","object"]\n' >"$TMP/array.jsonl"
bad_run "non-object JSON" "$TMP/array.jsonl:2: record is not a JSON object" "$TMP/array.jsonl"

printf '{"id":"a","title":"no text"}\n' >"$TMP/notext.jsonl"
bad_run "missing text field" "$TMP/notext.jsonl:1: field 'text' is missing" "$TMP/notext.jsonl"

printf '{"id":"a","text":42}\n' >"$TMP/numtext.jsonl"
bad_run "non-string text field" "$TMP/numtext.jsonl:1: field 'text' is not a string" "$TMP/numtext.jsonl"

run_slant score $LEX "$TMP/does-not-exist"
expect_status 4 "missing path is an I/O error"
expect_err "does-not-exist" "names the missing path"

# A full disk is never success, and is said once.
if [ -w /dev/full ]; then
	"$SLANT" score $LEX "$DATA/small" >/dev/full 2>"$TMP/err"
	status=$?
	expect_status 4 "writing to a full disk is an I/O error"
	expect_eq "$(grep -c 'write failed' "$TMP/err")" 1 "said once"
else
	ok "# SKIP no /dev/full"
	ok "# SKIP no /dev/full"
fi

# Lenient mode: replace, skip, warn, count.
printf '{"id":"a","text":"a victory"}\n{"id":"b","text":\n{"id":"c","text":"bad \377 byte"}\n' >"$TMP/mixed.jsonl"
run_slant score $LEX --lenient "$TMP/mixed.jsonl"
expect_status 0 "--lenient succeeds"
expect_eq "$(sed 1d "$TMP/out" | cut -d, -f1 | tr '\n' ' ')" "a c " "bad record skipped, bad bytes replaced"
expect_err "$TMP/mixed.jsonl:2:" "warning names the skipped record"
expect_err "2 warning(s)" "count of warnings at the end"

printf 'x \377 y\n' >"$TMP/lenient.txt"
run_slant score $LEX --lenient "$TMP/lenient.txt"
expect_status 0 "--lenient text file"
expect_eq "$(sed -n 2p "$TMP/out" | cut -d, -f5)" 2 "replacement character is not a word"

# A file of a directory that cannot be opened (files of a directory are
# opened relative to it): the message names its path, nothing is written.
mkdir -p "$TMP/dangling/outlet"
printf 'A fine article.\n' >"$TMP/dangling/outlet/a.txt"
ln -s "$TMP/no-such-file.txt" "$TMP/dangling/outlet/b.txt"
run_slant score $LEX -o "$TMP/keep.csv" "$TMP/dangling"
expect_status 4 "unopenable file in a directory: exit status 4"
expect_err "$TMP/dangling/outlet/b.txt: cannot open: No such file or directory" \
	"unopenable file in a directory: message names it"
expect_eq "$(cat "$TMP/keep.csv")" "old contents" "unopenable file: output file untouched"

# BOM and CRLF are fine.
printf '\357\273\277---\r\nid: crlf\r\n---\r\nIt was a victory.\r\n' >"$TMP/crlf.txt"
run_slant score $LEX "$TMP/crlf.txt"
expect_status 0 "BOM and CRLF accepted"
expect_eq "$(sed -n 2p "$TMP/out" | cut -d, -f1,5)" "crlf,4" "front matter read through BOM and CRLF"

# Lexicon errors name path:line:col.
printf '%%scheme x\n%%dimension a A dim\n@b\nword\n' >"$TMP/bad.lex"
run_slant score --lexicon "$TMP/bad.lex" "$DATA/small"
expect_status 3 "bad lexicon"
expect_err "$TMP/bad.lex:3:2: unknown dimension 'b'" "lexicon error with line and column"
done_testing
