#!/bin/sh
# The bundled lexicons on the example corpus find the differences that
# examples/corpus/README.md says a reader should find.
. "${srcdir:-.}/tests/cli/lib.sh"

run_slant score "$EXAMPLES"
expect_status 0 "score the example corpus with the bundled lexicons"
cp "$TMP/out" "$TMP/ex.csv"
expect_eq "$(sed 1d "$TMP/ex.csv" | wc -l | tr -d ' ')" 36 "36 articles: 12 events, 3 outlets"
expect_eq "$(sed 1d "$TMP/ex.csv" | cut -d, -f2 | sort -u | tr '\n' ' ')" \
	"civic-sentinel harbor-ledger northgate-wire " "three outlets from the directories"

# sum COLUMN: per-outlet totals as "civic harbor northgate"
sum() {
	python3 - "$TMP/ex.csv" "$1" <<'PY'
import csv, sys
tot = {}
for r in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')):
    tot[r['group']] = tot.get(r['group'], 0) + float(r[sys.argv[2]] or 0)
print(' '.join('%g' % tot[g] for g in sorted(tot)))
PY
}
expect_eq "$(sum naming/immigration/illegal.hits_own)" "6 0 0" "only Civic Sentinel says 'illegal immigrants' in its own voice"
expect_eq "$(sum naming/immigration/aliens.hits_quoted)" "0 1 0" "'illegal aliens' appears in Harbor Ledger only in a quote"
expect_eq "$(sum naming/hamas/terrorists.hits_own) / $(sum naming/hamas/militants.hits_own) / $(sum naming/hamas/fighters.hits_own)" \
	"15 0 0 / 0 0 12 / 0 10 0" "terrorists / militants / fighters split by outlet"
expect_eq "$(sum naming/deaths/killed.hits_own)" "0 0 11" "only Northgate Wire says 'killed' in its own voice"
expect_eq "$(sum naming/deaths/martyred.hits_own)" "0 0 0" "'martyred' is never the outlets' own voice"
expect_eq "$(sum naming/deaths/martyred.hits_quoted)" "0 2 1" "'martyred' quoted in Harbor Ledger and Northgate Wire"
expect_eq "$(sum epistemic/attribution/loaded.hits_own | cut -d' ' -f2)" 0 "Harbor Ledger uses no loaded attribution verbs"
check "Civic Sentinel uses the most loaded attribution" python3 -c "
a = [float(x) for x in '$(sum epistemic/attribution/loaded.hits_own)'.split()]
assert a[0] > 3 * max(a[1:]), a"
check "Northgate Wire hedges most" python3 -c "
a = [float(x) for x in '$(sum epistemic/hedges.hits_own)'.split()]
assert a[2] > 2 * max(a[:2]), a"
check "Harbor Ledger quotes the most" python3 -c "
a = [float(x) for x in '$(sum tokens_quoted)'.split()]
assert a[1] == max(a), a"
done_testing
