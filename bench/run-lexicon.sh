#!/usr/bin/env bash
# bench/run-lexicon.sh: time the lexicon workbench's corpus verbs against
# `slant score` on the same file, lexicons and threads: `lexicon eval`
# (a label, every dimension: AUCs with the 200-resample bootstrap, the
# per-entry counts), `lexicon eval -B 0` (without the bootstrap) and
# `lexicon expand` (every wildcard and phrase). The commands alternate
# RUNS times (so a slow moment of the machine hits them all); the report
# gives each one's median and minimum wall time, median CPU time, peak
# RSS, and the ratios of the medians to score's. Written to bench/results/lexicon-DATE.md.
# usage: bench/run-lexicon.sh [SLANT [CORPUS [LABEL [LEXICON [THREADS [RUNS]]]]]]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
slant=${1:-$root/build/default/src/slant}
corpus=${2:-$root/../shared/corpora/allsides-train.jsonl}
label=${3:-bias}
lex=${4:-$root/lexicons}
threads=${5:-2}
runs=${6:-9}
out=$root/bench/results/lexicon-$(date +%Y-%m-%d).md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
cat "$corpus" >/dev/null # warm the page cache
load=$(cut -d' ' -f1-3 /proc/loadavg)

# every command writes to a file (score's CSV to /dev/null: writing its
# 15,000 rows would cost it time and flatter the ratios)
score=("$slant" score -q -j "$threads" -l "$lex" -o /dev/null "$corpus")
eval=("$slant" lexicon eval -q -j "$threads" -l "$lex" --label "$label" -o "$tmp/eval.txt" "$corpus")
eval0=("${eval[@]}" -B 0)
expand=("$slant" lexicon expand -q -j "$threads" -o "$tmp/expand.txt" "$lex" "$corpus")
for i in $(seq "$runs"); do
	/usr/bin/time -f '%e %M %U %S' -a -o "$tmp/score.t" "${score[@]}"
	/usr/bin/time -f '%e %M %U %S' -a -o "$tmp/eval.t" "${eval[@]}"
	/usr/bin/time -f '%e %M %U %S' -a -o "$tmp/eval0.t" "${eval0[@]}"
	/usr/bin/time -f '%e %M %U %S' -a -o "$tmp/expand.t" "${expand[@]}"
done
# median and minimum wall seconds, maximum peak RSS (KB) and median CPU
# seconds (user + system: on a machine other jobs share, less disturbed
# than the wall time) of a .t file
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }
stats() {
	printf '%s %s %s %s' \
		"$(awk '{ print $1 }' "$1" | median)" \
		"$(awk '{ print $1 }' "$1" | sort -n | head -1)" \
		"$(awk '{ if ($2 > m) m = $2 } END { print m }' "$1")" \
		"$(awk '{ print $3 + $4 }' "$1" | median)"
}
read -r sm smin srss sc <<<"$(stats "$tmp/score.t")"
read -r em emin erss ec <<<"$(stats "$tmp/eval.t")"
read -r zm zmin zrss zc <<<"$(stats "$tmp/eval0.t")"
read -r xm xmin xrss xc <<<"$(stats "$tmp/expand.t")"
n=$(wc -l <"$corpus")
dims=$("$slant" lexicon dims "$lex" | grep -c '^  ')
{
	echo "# slant lexicon eval and expand vs slant score, $(date +%Y-%m-%d)"
	echo
	echo "Corpus: \`$(basename "$corpus")\` ($n records), label \`$label\`; lexicons:"
	echo "\`${lex#"$root"/}\` ($dims dimensions); $threads threads; $runs alternating runs each;"
	echo "$(nproc) CPUs."
	echo
	echo "Load average before the runs: $load."
	echo
	echo "| command | median s | min s | median / score | CPU s (median) | CPU / score | peak RSS MiB |"
	echo "|---|---|---|---|---|---|---|"
	echo "| score (to /dev/null) | $sm | $smin | 1.00 | $sc | 1.00 | $((srss / 1024)) |"
	echo "| lexicon eval (bootstrap B=200) | $em | $emin | $(echo "scale=2; $em / $sm" | bc) | $ec | $(echo "scale=2; $ec / $sc" | bc) | $((erss / 1024)) |"
	echo "| lexicon eval -B 0 | $zm | $zmin | $(echo "scale=2; $zm / $sm" | bc) | $zc | $(echo "scale=2; $zc / $sc" | bc) | $((zrss / 1024)) |"
	echo "| lexicon expand | $xm | $xmin | $(echo "scale=2; $xm / $sm" | bc) | $xc | $(echo "scale=2; $xc / $sc" | bc) | $((xrss / 1024)) |"
} | tee "$out"
