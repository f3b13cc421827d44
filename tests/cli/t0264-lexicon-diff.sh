#!/bin/sh
# slant lexicon diff: every kind of change between two lexicons written
# for it, and the scores on a corpus against slant score's own.
. "${srcdir:-.}/tests/cli/lib.sh"

cat >"$TMP/old.lex" <<'LEX'
%scheme s
%dimension a Dimension a
%dimension b Dimension b
%dimension gone To be removed
@a
alpha
beta*
gamma = 2
!beta test
@b
delta
@gone
omega
LEX
cat >"$TMP/new.lex" <<'LEX'
%scheme s
%dimension a Dimension a
%dimension b Dimension b
%dimension fresh Added
@a
alpha
beta*
gamma = 3
delta
epsilon
@b
zeta
@fresh
omega
LEX
mkdir -p "$TMP/c/one" "$TMP/c/two"
printf -- '---\nid: p1\n---\nAlpha and beta test, a beta test again, then delta.\n' >"$TMP/c/one/p1.txt"
printf -- '---\nid: p2\n---\nGamma rises; gamma falls; epsilon and zeta follow.\n' >"$TMP/c/one/p2.txt"
printf -- '---\nid: p3\n---\nNothing of note here, only omega and betas.\n' >"$TMP/c/two/p3.txt"
printf -- '---\nid: p4\n---\nDelta, delta and alpha, all in one sentence here.\n' >"$TMP/c/two/p4.txt"

run_slant lexicon diff --help
expect_status 0 "diff --help"
expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon diff

run_slant lexicon diff "$TMP/old.lex" "$TMP/new.lex"
expect_status 0 "diff without a corpus"
expect_out "entries 2 added, 1 removed, 1 reweighted, 2 moved; dimensions 1 added, 1 removed" "the summary"
expect_out "+ dimension s/fresh" "a dimension added"
expect_out "- dimension s/gone" "a dimension removed"
run_slant lexicon diff -f csv "$TMP/old.lex" "$TMP/new.lex"
cat >"$TMP/want" <<'CSV'
change,scheme,entry,old_dimension,new_dimension,old_weight,new_weight,old_line,new_line
removed,s,!beta test,s/a,,1,,9,
moved,s,delta,s/b,s/a,1,1,11,9
added,s,epsilon,,s/a,,1,,10
reweighted,s,gamma,s/a,s/a,2,3,8,8
moved,s,omega,s/gone,s/fresh,1,1,13,14
added,s,zeta,,s/b,,1,,12
CSV
check "the entries table" diff -u "$TMP/want" "$TMP/out"

run_slant lexicon diff -T dimensions -f csv "$TMP/old.lex" "$TMP/new.lex" "$TMP/c"
expect_status 0 "diff on a corpus"
"$SLANT" score -q -f jsonl -l "$TMP/old.lex" "$TMP/c" >"$TMP/old.jsonl"
"$SLANT" score -q -f jsonl -l "$TMP/new.lex" "$TMP/c" >"$TMP/new.jsonl"
python3 - "$TMP/old.jsonl" "$TMP/new.jsonl" "$TMP/out" >"$TMP/check" <<'PY'
import csv, json, sys
def load(p):
    out = {}
    for l in open(p):
        r = json.loads(l)
        out[r["id"]] = {d: v.get("score", v["hits"]) * 1000 / r["tokens"] for d, v in r["dimensions"].items()}
    return out
old, new = load(sys.argv[1]), load(sys.argv[2])
ids = sorted(old)
def ranks(v):
    o = sorted(range(len(v)), key=lambda i: v[i]); r = [0.0] * len(v); i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[o[j + 1]] == v[o[i]]: j += 1
        for k in range(i, j + 1): r[o[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
bad = []
rows = list(csv.DictReader(open(sys.argv[3])))
for row in rows:
    d = row["dimension"]
    x = [old[i][d] for i in ids]; y = [new[i][d] for i in ids]
    mb, ma = sum(x) / len(x), sum(y) / len(y)
    rx, ry = ranks(x), ranks(y)
    m = (len(x) + 1) / 2
    num = sum((a - m) * (b - m) for a, b in zip(rx, ry))
    den = (sum((a - m) ** 2 for a in rx) * sum((b - m) ** 2 for b in ry)) ** 0.5
    rho = num / den if den else None
    changed = sum(a != b for a, b in zip(x, y))
    if abs(float(row["mean_before"]) - mb) > 1e-8 * max(1, mb) or abs(float(row["mean_after"]) - ma) > 1e-8 * max(1, ma):
        bad.append(d + " means")
    if (rho is None) != (row["spearman"] == "") or (rho is not None and abs(float(row["spearman"]) - rho) > 1e-8):
        bad.append(d + " spearman")
    if int(row["articles_changed"]) != changed:
        bad.append(d + " changed")
print("ok" if not bad and [r["dimension"] for r in rows] == ["s/a", "s/b"] else "; ".join(bad) or repr(rows))
PY
expect_eq "$(cat "$TMP/check")" ok "means, Spearman and articles changed as slant score's scores give them"

run_slant lexicon diff -T articles -f csv "$TMP/old.lex" "$TMP/new.lex" "$TMP/c"
expect_out "s/a,p1,one," "p1 moved in s/a"
check "p1: the exclusion removed lets beta* count twice, delta moved in" grep -q '^s/a,p1,.*"beta\* 0->2, delta 0->1"$' "$TMP/out"
check "p2: gamma reweighted, epsilon added" grep -q '^s/a,p2,.*"gamma 4->6, epsilon 0->1"$' "$TMP/out"
run_slant lexicon diff "$TMP/old.lex" "$TMP/new.lex" "$TMP/c"
expect_out "articles whose score moved most" "text: the articles"
"$SLANT" lexicon diff -f json -j 1 "$TMP/old.lex" "$TMP/new.lex" "$TMP/c" >"$TMP/j1"
"$SLANT" lexicon diff -f json -j 3 "$TMP/old.lex" "$TMP/new.lex" "$TMP/c" >"$TMP/j3"
check "the same JSON on 1 and 3 threads" cmp "$TMP/j1" "$TMP/j3"
check "JSON parses" python3 -c "import json; json.load(open('$TMP/j1'))"

run_slant lexicon diff "$TMP/old.lex"
expect_status 2 "one lexicon is not a diff"
run_slant lexicon diff "$TMP/old.lex" "$TMP/new.lex" - <"$TMP/c/one/p1.txt"
expect_status 2 "standard input is refused (read four times)"
run_slant lexicon diff "$TMP/old.lex" "$TMP/nosuch.lex"
expect_status 4 "a missing lexicon"
run_slant lexicon diff -T articles -f csv "$TMP/old.lex" "$TMP/new.lex"
expect_status 2 "--table articles without a corpus"
done_testing
