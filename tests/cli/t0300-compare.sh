#!/bin/sh
# slant compare on the two-outlet corpus tests/data/small (counts by hand)
# and the example corpus; numbers recomputed here from the counts.
. "${srcdir:-.}/tests/cli/lib.sh"
LEX=$DATA/lexicons/mini.lex

run_slant compare -l "$LEX" --min-count 1 "$DATA/small"
expect_status 0 "compare two outlets (all pairs by default)"
cp "$TMP/out" "$TMP/t.csv"
expect_eq "$(head -1 "$TMP/t.csv" | cut -d, -f1-5)" \
	"target,reference,term,count_target,count_reference" "terms table columns"
row() { grep "^alpha-daily,beta-post,$1," "$TMP/t.csv"; }
expect_eq "$(row said | cut -d, -f4,5)" "3,0" "'said': 3 in alpha, 0 in beta"
# G2 recomputed from a=3 b=0 and the token totals of the two outlets
ta=$("$SLANT" score -l "$LEX" "$DATA/small" | awk -F, '$2=="alpha-daily"{s+=$5} END{print s}')
tb=$("$SLANT" score -l "$LEX" "$DATA/small" | awk -F, '$2=="beta-post"{s+=$5} END{print s}')
g2=$(row said | cut -d, -f10)
check "G2 of 'said' = 2 sum O ln(O/E) with a=3 b=0 c=$ta d=$tb" python3 -c "
import math,sys
a,b,c,d=3,0,$ta,$tb
E1=c*(a+b)/(c+d);E2=d*(a+b)/(c+d)
g=2*(a*math.log(a/E1)+(c-a)*math.log((c-a)/(c-E1))+(d-b)*math.log((d-b)/(d-E2)))
sys.exit(0 if abs(g-float('$g2'))<1e-9*g else 1)"
check "log-odds of 'said' positive (over-use in the target)" \
	awk -F, -v v="$(row said | cut -d, -f22)" 'BEGIN{exit !(v>0)}'
expect_eq "$(row said | cut -d, -f28)" "$(sed 1d "$TMP/t.csv" | wc -l | tr -d ' ')" \
	"BH family = number of tested terms"

run_slant compare -l "$LEX" --min-count 1 -t beta-post -f json "$DATA/small"
expect_status 0 "json output"
check "json holds parameters, seed, lexicon version, notes, families" python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
assert m["parameters"]["seed"] == 1 and m["parameters"]["target"] == "beta-post"
assert m["lexicons"][0]["name"] == "mini" and m["lexicons"][0]["version"] == "0.1.0"
c = m["comparisons"][0]
assert c["reference"] == "(all others)" and c["prior"]["kind"] == "uniform"
assert c["families"]["terms_g2"] == len(c["terms"])
t = [x for x in c["terms"] if x["term"] == "said"][0]
assert t["count"] == [0, 3] and t["log_odds"] < 0
assert [g["name"] for g in m["groups"]] == ["alpha-daily", "beta-post"]
' "$TMP/out"

# the same bytes for any number of threads
"$SLANT" compare -q -l "$LEX" -j1 -f json "$EXAMPLES" >"$TMP/j1"
"$SLANT" compare -q -l "$LEX" -j3 -f json "$EXAMPLES" >"$TMP/j3"
check "identical output with 1 and 3 threads" cmp "$TMP/j1" "$TMP/j3"
check "three outlets: 3 pairs and Kruskal-Wallis" python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
assert len(m["groups"]) == 3 and len(m["comparisons"]) == 3
assert len(m["kruskal_wallis"]) > 0
assert all(len(r) == 3 for r in m["divergence"]["jsd"])
' "$TMP/j1"

# the divergence table: the JSD beside its permutation null
run_slant compare -q -l "$LEX" --table divergence "$EXAMPLES"
expect_status 0 "divergence table"
check "divergence: each comparison has jsd, interval, null and p in range" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert list(rows[0])[-3:] == ["jsd_corrected", "jsd_null", "jsd_p"]
comp = [r for r in rows if r["kind"] == "comparison"]
assert len(comp) == 3
for r in comp:
    jsd, lo, hi, cor = (float(r[k]) for k in ("jsd", "jsd_lo", "jsd_hi", "jsd_corrected"))
    null, p, reps = float(r["jsd_null"]), float(r["jsd_p"]), int(r["replicates"])
    assert 0 < null < 1 and 1 / 201 <= p <= 1 and reps > 100, r
    assert 0 <= lo <= cor <= hi <= 1 and cor <= jsd, r
' "$TMP/out"

for t in dimensions naming divergence groups; do
	run_slant compare -q -l "$LEX" --table $t --format tsv "$EXAMPLES"
	expect_status 0 "table $t"
done

# one article a group: said so, no p-values that cannot be computed
run_slant compare -l "$LEX" --table dimensions --group A "$DATA/small/alpha-daily/budget.txt" \
	--group B "$DATA/small/beta-post/budget.txt"
expect_status 0 "one article a group"
expect_err "article-level tests" "note about impossible article-level tests"
expect_eq "$(sed -n 2p "$TMP/out" | cut -d, -f21,22)" "," "no Welch p-value"

run_slant compare -l "$LEX" -t nope "$DATA/small"
expect_status 2 "unknown target group"
expect_err "no group 'nope'" "names the group"
run_slant compare -l "$LEX" --ngrams 4 "$DATA/small"
expect_status 2 "--ngrams 4 refused"
done_testing
