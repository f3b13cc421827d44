#!/usr/bin/env bash
# bench/run-compare.sh: time `slant compare` of the two halves of a JSONL
# corpus against `slant score` on the same file, same lexicon and threads;
# print both times, the ratio and compare's peak RSS.
# usage: bench/run-compare.sh [SLANT [CORPUS [LEXICON [THREADS]]]]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
slant=${1:-$root/build/default/src/slant}
corpus=${2:-$root/../shared/corpora/allsides-train.jsonl}
lex=${3:-$root/lexicons}
threads=${4:-2}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# a field "half": first / second half of the records, in file order
n=$(wc -l <"$corpus")
awk -v n="$n" '{ h = NR <= n / 2 ? "first" : "second"; sub(/}[ \t\r]*$/, ",\"half\":\"" h "\"}"); print }' \
	"$corpus" >"$tmp/halves.jsonl"
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
ts=$(t "$slant" score -q -j "$threads" -l "$lex" "$tmp/halves.jsonl")
tc=$(t "$slant" compare -q -j "$threads" -l "$lex" --group-by half -o "$tmp/c.csv" "$tmp/halves.jsonl")
rss=$(/usr/bin/time -f %M "$slant" compare -q -j "$threads" -l "$lex" --group-by half -o "$tmp/c.csv" "$tmp/halves.jsonl" 2>&1 >/dev/null | tail -1)
printf 'score   %.2f s\ncompare %.2f s (%s terms tested, peak RSS %s KB)\nratio   %.2f\n' \
	"$ts" "$tc" "$(($(wc -l <"$tmp/c.csv") - 1))" "$rss" "$(echo "$tc / $ts" | bc -l)"
