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
# col TERM COLUMN: a field of the term's row, by column name
col() {
	python3 - "$TMP/t.csv" "$1" "$2" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline='')):
    if r['term'] == sys.argv[2]:
        print(r[sys.argv[3]])
        break
PY
}
expect_eq "$(row said | cut -d, -f4,5)" "3,0" "'said': 3 in alpha, 0 in beta"
# G2 recomputed from a=3 b=0 and the token totals of the two outlets
ta=$("$SLANT" score -l "$LEX" "$DATA/small" | awk -F, '$2=="alpha-daily"{s+=$5} END{print s}')
tb=$("$SLANT" score -l "$LEX" "$DATA/small" | awk -F, '$2=="beta-post"{s+=$5} END{print s}')
g2=$(col said token_g2)
check "G2 of 'said' = 2 sum O ln(O/E) with a=3 b=0 c=$ta d=$tb" python3 -c "
import math,sys
a,b,c,d=3,0,$ta,$tb
E1=c*(a+b)/(c+d);E2=d*(a+b)/(c+d)
g=2*(a*math.log(a/E1)+(c-a)*math.log((c-a)/(c-E1))+(d-b)*math.log((d-b)/(d-E2)))
sys.exit(0 if abs(g-float('$g2'))<1e-9*g else 1)"
check "log-odds of 'said' positive (over-use in the target)" \
	awk -F, -v v="$(col said token_log_odds)" 'BEGIN{exit !(v>0)}'
# with one or two articles a side nothing is tested at the article level
expect_eq "$(col said p),$(col said q),$(col said significant)" ",,0" \
	"too few articles: no article-level p, q, never significant"
expect_eq "$(col said family)" "0" "BH family: no term has an article-level p"

run_slant compare -l "$LEX" --min-count 1 -t beta-post -f json "$DATA/small"
expect_status 0 "json output"
check "json holds parameters, seed, lexicon version, notes, families" python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
assert m["parameters"]["seed"] == 1 and m["parameters"]["target"] == "beta-post"
assert m["lexicons"][0]["name"] == "mini" and m["lexicons"][0]["version"] == "0.1.0"
assert m["format_version"] == 2 and m["alpha"] == 0.05
c = m["comparisons"][0]
assert c["reference"] == "(all others)" and c["prior"]["kind"] == "uniform"
assert c["families"]["terms"] == 0 and not c["article_tests"]
t = [x for x in c["terms"] if x["term"] == "said"][0]
assert t["count"] == [0, 3] and t["token_log_odds"] < 0
assert t["p"] is None and t["significant"] is False
assert t["token_log_ratio"]["est"] < 0 and t["share_ratio"]["est"] < 0
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
check "divergence: each comparison has jsd, its null, the excess and p" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert list(rows[0]) == ["kind", "target", "reference", "jsd", "jsd_null",
                         "jsd_excess", "jsd_p", "permutations", "vocabulary"]
comp = [r for r in rows if r["kind"] == "comparison"]
assert len(comp) == 3
for r in comp:
    jsd, null, ex = (float(r[k]) for k in ("jsd", "jsd_null", "jsd_excess"))
    p, reps = float(r["jsd_p"]), int(r["permutations"])
    assert 0 < null < 1 and 1 / 201 <= p <= 1 and reps > 100, r
    assert abs(ex - (jsd - null)) < 1e-9, r
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
check "one article a group: no p-value, the reason, never significant" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
assert rows and all(r["p"] == "" and r["q"] == "" and r["significant"] == "0"
                    and r["welch_p"] == "" for r in rows)
assert all("fewer than 3 articles" in r["untestable"] for r in rows)
assert any(r["token_g2"] != "" for r in rows)
' "$TMP/out"

run_slant compare -l "$LEX" -t nope "$DATA/small"
expect_status 2 "unknown target group"
expect_err "no group 'nope'" "names the group"
run_slant compare -l "$LEX" --ngrams 4 "$DATA/small"
expect_status 2 "--ngrams 4 refused"
done_testing
