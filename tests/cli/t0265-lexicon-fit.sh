#!/bin/sh
# slant lexicon fit on the workbench corpus: the lexicon it writes, its
# weights against a Newton fit in NumPy of the same model (skipped without
# NumPy), determinism, and refusals.
. "${srcdir:-.}/tests/cli/lib.sh"

NEWS=$DATA/workbench/news.jsonl
cat >"$TMP/t.lex" <<'LEX'
%scheme t
%version 1.0.0
%dimension threat Migration as a threat
%dimension threat/metaphor Metaphors
%dimension calm Calm words
@threat
invasion   # the plain word
overrun
illegal alien*
pouring in
@threat/metaphor
flood*
swarm*
horde*
surge*
!floodwaters
@calm
volunteer*
families
LEX

run_slant lexicon fit --help
expect_status 0 "fit --help"
expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon fit

run_slant lexicon fit -l "$TMP/t.lex" --label threat -d t/threat --min-items 3 -o "$TMP/out.lex" -f json "$NEWS"
expect_status 0 "fit t/threat"
cp "$TMP/out" "$TMP/report.json"
run_slant lexicon check "$TMP/out.lex"
expect_out "0 error(s), 0 warning(s)" "the fitted lexicon passes the lint"
check "a %reference after the header" sh -c "sed -n 3p '$TMP/out.lex' | grep -q \"^%reference weights of 'threat' fitted by slant lexicon fit on news.jsonl: 18 items labelled 'true' against 28 others\""
check "the comment of an entry is kept" grep -q '^invasion = [0-9.-]*  # the plain word$' "$TMP/out.lex"
check "a rare entry says why it has the shared weight" grep -q '^pouring in = [0-9.-]*  # the shared weight: in 1 labelled item(s)$' "$TMP/out.lex"
check "exclusions keep no weight" grep -q '^!floodwaters$' "$TMP/out.lex"
check "calm is not fitted" grep -q '^volunteer\*$' "$TMP/out.lex"
python3 - "$TMP/report.json" "$TMP/out.lex" >"$TMP/check" <<'PY'
import json, re, sys
rep = json.load(open(sys.argv[1]))["dimensions"][0]
lines = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(.+?) = (-?[0-9.]+)", open(sys.argv[2]).read(), re.M)}
bad = [w["entry"] for w in rep["weights"] if abs(lines[w["entry"]] - round(w["weight"], 4)) > 1e-9]
ok = not bad and rep["dimension"] == "t/threat" and rep["features"] == 7
ok &= 0.5 <= rep["auc_before"] <= 1 and 0.5 <= rep["auc_after"] <= 1
print("ok" if ok else "%r %r" % (bad, rep))
PY
expect_eq "$(cat "$TMP/check")" ok "the weights written are the report's; sub-dimensions' entries included"

# the model, fitted again in NumPy at the lambda fit chose
PY=/usr/bin/python3
if "$PY" -c "import numpy" 2>/dev/null; then
	"$SLANT" score -q --explain -f jsonl -l "$TMP/t.lex" "$NEWS" >"$TMP/explain.jsonl"
	"$PY" - "$NEWS" "$TMP/explain.jsonl" "$TMP/report.json" >"$TMP/check" <<'PY'
import collections, json, sys
import numpy as np
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
y = np.array([float(json.loads(l)["threat"]) for l in open(sys.argv[1])])
counts = {i: collections.Counter() for i in ids}
for l in open(sys.argv[2]):
    r = json.loads(l)
    if r["dimension"] in ("t/threat", "t/threat/metaphor") and r["kind"] == "hit":
        counts[r["id"]][r["entry"]] += r["count"]
rep = json.load(open(sys.argv[3]))["dimensions"][0]
# --explain lists a match under the dimension its entry is written in:
# the same hits as t/threat's own here (no overlaps)
feats = [w["entry"] for w in rep["weights"] if w["fitted"]]
X = np.array([[sum(counts[i].values())] + [counts[i][e] for e in feats] for i in ids], float)
Z = np.hstack([np.ones((len(ids), 1)), X])
lam = rep["lambda"]
pen = np.array([0.0] + [1.0] * X.shape[1])
b = np.zeros(Z.shape[1])
for _ in range(100):
    p = 1 / (1 + np.exp(-(Z @ b)))
    g = Z.T @ (p - y) + lam * pen * b
    H = Z.T @ (Z * (p * (1 - p))[:, None]) + lam * np.diag(pen)
    b = b - np.linalg.solve(H, g)
shared = b[1]
want = {e: shared + b[2 + k] for k, e in enumerate(feats)}
got = {w["entry"]: w["weight"] for w in rep["weights"]}
bad = [e for e in want if abs(want[e] - got[e]) > 1e-7]
bad += [w["entry"] for w in rep["weights"] if not w["fitted"] and abs(w["weight"] - shared) > 1e-7]
print("ok" if not bad and abs(rep["intercept"] - b[0]) < 1e-7 else "differ: %r" % bad)
PY
	expect_eq "$(cat "$TMP/check")" ok "the weights are NumPy's Newton fit of the same penalised model"
else
	echo "ok $((test_count = test_count + 1)) # SKIP $PY has no NumPy"
fi

# the same files for any threads; the seed draws the folds
"$SLANT" lexicon fit -l "$TMP/t.lex" --label threat -d t/threat --min-items 3 -o "$TMP/j1.lex" -j 1 "$NEWS" >"$TMP/r1"
"$SLANT" lexicon fit -l "$TMP/t.lex" --label threat -d t/threat --min-items 3 -o "$TMP/j3.lex" -j 3 "$NEWS" >"$TMP/r3"
check "the same lexicon on 1 and 3 threads" cmp "$TMP/j1.lex" "$TMP/j3.lex"
check "the same report" cmp "$TMP/r1" "$TMP/r3"
expect_eq "$(sed -n 3p "$TMP/r1" | tr -s ' ' | cut -d' ' -f1-5)" "dimension class positives negatives fitted" "text: the dimensions table"

# refusals
run_slant lexicon fit -l "$TMP/t.lex" --label threat -d t/threat --min-class 30 -o "$TMP/x.lex" "$NEWS"
expect_status 3 "too few items of a class"
expect_err "too few labelled items to fit 't/threat': 18 positive and 28 negative (at least 30 of each)" "says how many"
check "no lexicon written" test ! -e "$TMP/x.lex"
run_slant lexicon fit -l "$TMP/t.lex" --label threat -d t/calm -o "$TMP/x.lex" "$NEWS"
expect_status 3 "no entry seen often enough"
expect_err "no entry of 't/calm' matched in 5 labelled items or more" "says so"
run_slant lexicon fit -l "$TMP/t.lex" --label frames -d t/threat -o "$TMP/x.lex" "$NEWS"
expect_status 2 "a label of several values without --map"
run_slant lexicon fit -l "$TMP/t.lex" --label frames --map security=t/threat --min-items 3 -o "$TMP/m.lex" "$NEWS"
expect_status 0 "--map fits a class of a list label"
run_slant lexicon fit -l "$TMP/t.lex" --label tone -d t/threat -o "$TMP/x.lex" "$NEWS"
expect_status 2 "a numeric label"
run_slant lexicon fit -l "$TMP/t.lex" --label threat -d t/threat -d t/threat/metaphor -o "$TMP/x.lex" "$NEWS"
expect_status 2 "a dimension and its sub-dimension"
expect_err "'t/threat/metaphor' is within 't/threat'" "says which"
run_slant lexicon fit -l "$srcdir/lexicons/en" --label threat -o "$TMP/x.lex" "$NEWS"
expect_status 2 "a directory is not one .lex file"
run_slant lexicon fit -l "$TMP/t.lex" --label threat "$NEWS"
expect_status 2 "no --output"
done_testing
