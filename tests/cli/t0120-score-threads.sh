#!/bin/sh
# The output does not depend on the number of threads, across many batches.
. "${srcdir:-.}/tests/cli/lib.sh"

# 600 articles: copies of the small corpus under 3 outlets.
many_articles "$TMP/big"
expect_eq "$(find "$TMP/big" -name '*.txt' | wc -l | tr -d ' ')" 600 "600 articles written"
for j in 1 2 3 8; do
	run_slant score -l "$DATA/lexicons/mini.lex" --threads $j "$TMP/big"
	expect_status 0 "--threads $j"
	cp "$TMP/out" "$TMP/j$j.csv"
done
check "2 threads = 1 thread" cmp "$TMP/j1.csv" "$TMP/j2.csv"
check "3 threads = 1 thread" cmp "$TMP/j1.csv" "$TMP/j3.csv"
check "8 threads = 1 thread" cmp "$TMP/j1.csv" "$TMP/j8.csv"
expect_eq "$(wc -l <"$TMP/j1.csv" | tr -d ' ')" 601 "one row per article and a header"
run_slant score -l "$DATA/lexicons/mini.lex" --explain --threads 1 "$TMP/big"
cp "$TMP/out" "$TMP/e1.csv"
run_slant score -l "$DATA/lexicons/mini.lex" --explain --threads 4 "$TMP/big"
check "--explain is the same with 4 threads" cmp "$TMP/e1.csv" "$TMP/out"

# An error in the middle stops the run with the file and line, whatever
# the threads, and leaves no output file.
printf '{"id":"x","text":"ok"}\n' >"$TMP/big/two/zz.jsonl"
printf '{"id":"y","text":"ok"}\n{"id":"z",\n' >>"$TMP/big/two/zz.jsonl"
run_slant score -l "$DATA/lexicons/mini.lex" --threads 2 -o "$TMP/never.csv" "$TMP/big"
expect_status 3 "bad record in a threaded run"
expect_err "zz.jsonl:3:" "names the record"
check "no output file after the error" test ! -e "$TMP/never.csv"
done_testing
