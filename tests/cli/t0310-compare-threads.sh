#!/bin/sh
# slant compare and report give the same output whatever the threads,
# across many batches (the builder then runs in a flushing thread of its
# own), and stop cleanly on bad input or a full disk.
. "${srcdir:-.}/tests/cli/lib.sh"
LEX=$DATA/lexicons/mini.lex

# 600 articles: copies of the small corpus under 3 outlets.
many_articles "$TMP/big"
for j in 1 2 3; do
	run_slant compare -l "$LEX" --min-count 1 --threads $j "$TMP/big"
	expect_status 0 "compare --threads $j"
	cp "$TMP/out" "$TMP/t$j.csv"
	run_slant compare -l "$LEX" --min-count 1 --threads $j -f json "$TMP/big"
	expect_status 0 "compare -f json --threads $j"
	cp "$TMP/out" "$TMP/m$j.json"
done
check "terms table: 2 threads = 1 thread" cmp "$TMP/t1.csv" "$TMP/t2.csv"
check "terms table: 3 threads = 1 thread" cmp "$TMP/t1.csv" "$TMP/t3.csv"
check "whole model: 2 threads = 1 thread" cmp "$TMP/m1.json" "$TMP/m2.json"
check "whole model: 3 threads = 1 thread" cmp "$TMP/m1.json" "$TMP/m3.json"
expect_eq "$(sed 1d "$TMP/t1.csv" | cut -d, -f1,2 | sort -u | tr '\n' ' ')" \
	"one,three one,two three,two " "every pair of the 3 outlets"
for j in 1 2; do
	run_slant report -q -l "$LEX" --threads $j -o "$TMP/r$j.md" "$TMP/big"
	expect_status 0 "report --threads $j"
done
check "report: 2 threads = 1 thread" cmp "$TMP/r1.md" "$TMP/r2.md"

# A bad record in the middle stops the run with the file and line, and
# leaves no output file.
printf '{"id":"x","text":"ok"}\n' >"$TMP/big/two/zz.jsonl"
printf '{"id":"y","text":"ok"}\n{"id":"z",\n' >>"$TMP/big/two/zz.jsonl"
run_slant compare -l "$LEX" --threads 2 -o "$TMP/never.csv" "$TMP/big"
expect_status 3 "bad record in a threaded compare"
expect_err "zz.jsonl:3:" "names the record"
check "no output file after the error" test ! -e "$TMP/never.csv"
rm "$TMP/big/two/zz.jsonl"

# A full disk is never success, and is said once.
if [ -w /dev/full ]; then
	"$SLANT" compare -l "$LEX" --threads 2 "$TMP/big" >/dev/full 2>"$TMP/err"
	status=$?
	expect_status 4 "compare writing to a full disk is an I/O error"
	expect_eq "$(grep -c 'write failed' "$TMP/err")" 1 "said once"
else
	ok "# SKIP no /dev/full"
	ok "# SKIP no /dev/full"
fi
done_testing
