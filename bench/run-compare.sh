#!/usr/bin/env bash
# bench/run-compare.sh: time `slant compare` of the two halves of a JSONL
# corpus against `slant score` on the same file, same lexicon and threads.
# The two commands alternate RUNS times (so a slow moment of the machine
# hits both); the report gives each one's median and minimum wall time,
# the ratio of the medians, compare's peak RSS, and the same for compare
# without the bootstrap (-B 0) and for the whole model (-f json: the
# terms table computes only its own statistics), and `slant report` (a
# second pass for the evidence). Every one of them runs the article-level
# tests (Fisher's exact test for terms, Mann-Whitney for dimensions).
# Written to bench/results/compare-DATE.md.
# usage: bench/run-compare.sh [SLANT [CORPUS [LEXICON [THREADS [RUNS]]]]]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
slant=${1:-$root/build/default/src/slant}
corpus=${2:-$root/../shared/corpora/allsides-train.jsonl}
lex=${3:-$root/lexicons}
threads=${4:-2}
runs=${5:-5}
out=$root/bench/results/compare-$(date +%Y-%m-%d).md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
# a field "half": first / second half of the records, in file order
n=$(wc -l <"$corpus")
awk -v n="$n" '{ h = NR <= n / 2 ? "first" : "second"; sub(/}[ \t\r]*$/, ",\"half\":\"" h "\"}"); print }' \
	"$corpus" >"$tmp/halves.jsonl"
cat "$tmp/halves.jsonl" >/dev/null # warm the page cache

# score writes to /dev/null (its 15,000-row CSV to a file would cost it
# time, flattering the ratio); compare writes its terms table to a file.
score=("$slant" score -q -j "$threads" -l "$lex" -o /dev/null "$tmp/halves.jsonl")
compare=("$slant" compare -q -j "$threads" -l "$lex" --group-by half -o "$tmp/c.csv" "$tmp/halves.jsonl")
compare0=("${compare[@]}" -B 0)
# the whole model (every statistic, as the JSON and slant report need it)
comparej=("$slant" compare -q -j "$threads" -l "$lex" --group-by half -f json -o "$tmp/c.json" "$tmp/halves.jsonl")
report=("$slant" report -q -j "$threads" -l "$lex" --group-by half -o "$tmp/r.json" "$tmp/halves.jsonl")
for i in $(seq "$runs"); do
	/usr/bin/time -f '%e %M' -a -o "$tmp/score.t" "${score[@]}"
	/usr/bin/time -f '%e %M' -a -o "$tmp/compare.t" "${compare[@]}"
	/usr/bin/time -f '%e %M' -a -o "$tmp/compare0.t" "${compare0[@]}"
	/usr/bin/time -f '%e %M' -a -o "$tmp/comparej.t" "${comparej[@]}"
	/usr/bin/time -f '%e %M' -a -o "$tmp/report.t" "${report[@]}"
done
# median and minimum wall seconds, maximum peak RSS (KB) of a .t file
stats() { sort -n "$1" | awk '{ w[NR] = $1; if ($2 > m) m = $2 } END { printf "%.2f %.2f %d", w[int((NR + 1) / 2)], w[1], m }'; }
read -r sm smin srss <<<"$(stats "$tmp/score.t")"
read -r cm cmin crss <<<"$(stats "$tmp/compare.t")"
read -r zm zmin zrss <<<"$(stats "$tmp/compare0.t")"
read -r jm jmin jrss <<<"$(stats "$tmp/comparej.t")"
read -r repm repmin reprss <<<"$(stats "$tmp/report.t")"
terms=$(($(wc -l <"$tmp/c.csv") - 1))
{
	echo "# slant compare vs slant score, $(date +%Y-%m-%d)"
	echo
	echo "Corpus: \`$(basename "$corpus")\` ($n records) with a field \`half\` (first /"
	echo "second half in file order); lexicons: \`$lex\`; $threads threads; $runs alternating"
	echo "runs each; $(nproc) CPUs. compare tested $terms terms."
	echo
	echo "| command | median s | min s | peak RSS MiB | median / score |"
	echo "|---|---|---|---|---|"
	echo "| score (to /dev/null) | $sm | $smin | $((srss / 1024)) | 1.00 |"
	echo "| compare, terms table (bootstrap B=200) | $cm | $cmin | $((crss / 1024)) | $(echo "scale=2; $cm / $sm" | bc) |"
	echo "| compare, terms table, -B 0 | $zm | $zmin | $((zrss / 1024)) | $(echo "scale=2; $zm / $sm" | bc) |"
	echo "| compare -f json (whole model, B=200) | $jm | $jmin | $((jrss / 1024)) | $(echo "scale=2; $jm / $sm" | bc) |"
	echo "| report -o r.json (model + evidence pass) | $repm | $repmin | $((reprss / 1024)) | $(echo "scale=2; $repm / $sm" | bc) |"
} | tee "$out"
