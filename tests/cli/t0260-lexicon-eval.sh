#!/bin/sh
# slant lexicon eval on the workbench corpus: every kind of label, the
# numbers against independent computations from slant score's output,
# spans counted by hand, determinism, and bad input.
. "${srcdir:-.}/tests/cli/lib.sh"

NEWS=$DATA/workbench/news.jsonl
cat >"$TMP/t.lex" <<'LEX'
%scheme t
%dimension threat Migration as a threat
%dimension weather Weather
@threat
invasion
invad*
flood*
swarm*
horde*
surge*
overrun
illegal alien*
@weather
floodwaters
floodplain
rain
storm*
LEX

run_slant lexicon eval --help
expect_status 0 "eval --help"
expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon eval

# ---- a boolean label: AUCs against Mann-Whitney counting ----
"$SLANT" score -q -f jsonl -l "$TMP/t.lex" "$NEWS" >"$TMP/scores.jsonl"
"$SLANT" score -q --explain -f jsonl -l "$TMP/t.lex" "$NEWS" >"$TMP/explain.jsonl"
for m in hits rate; do
	run_slant lexicon eval -l "$TMP/t.lex" --label threat -m $m -B 0 -f json "$NEWS"
	expect_status 0 "eval --measure $m"
	python3 - "$NEWS" "$TMP/scores.jsonl" "$TMP/out" $m >"$TMP/check" <<'PY'
import json, sys
lab = {json.loads(l)["id"]: json.loads(l)["threat"] for l in open(sys.argv[1])}
rows = [json.loads(l) for l in open(sys.argv[2])]
got = json.load(open(sys.argv[3]))
bad = []
for t in got["targets"]:
    d = t["dimension"]
    x = [(r["dimensions"][d]["hits"] * (1000 / r["tokens"] if sys.argv[4] == "rate" else 1), lab[r["id"]]) for r in rows]
    pos = [v for v, y in x if y]; neg = [v for v, y in x if not y]
    u = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    auc = u / (len(pos) * len(neg))
    fires = sum(1 for v, y in x if v > 0)
    fpos = sum(1 for v, y in x if v > 0 and y)
    if abs(auc - t["auc"]["est"]) > 1e-12 or abs(1 - auc - t["auc_reverse"]["est"]) > 1e-12:
        bad.append("%s auc %r vs %r" % (d, t["auc"]["est"], auc))
    if t["fires_positive"] != fpos or t["fires_negative"] != fires - fpos:
        bad.append("%s fires" % d)
    if abs(t["precision"] - fpos / fires) > 1e-12 or abs(t["recall"] - fpos / len(pos)) > 1e-12:
        bad.append("%s precision/recall" % d)
    if abs(t["coverage"] - fires / len(x)) > 1e-12:
        bad.append("%s coverage" % d)
print("ok" if not bad and got["items"] == 46 and got["classes"] == [{"name": "true", "items": 18}] else "; ".join(bad))
PY
	expect_eq "$(cat "$TMP/check")" ok "$m: AUC, fires, precision, recall, coverage as counted from slant score"
done

# per entry: items, positives and sole matches from slant score --explain
run_slant lexicon eval -l "$TMP/t.lex" --label threat -d t/threat -T entries -f csv "$NEWS"
expect_status 0 "eval --table entries"
python3 - "$NEWS" "$TMP/explain.jsonl" "$TMP/out" >"$TMP/check" <<'PY'
import collections, csv, json, sys
lab = {json.loads(l)["id"]: json.loads(l)["threat"] for l in open(sys.argv[1])}
per = collections.defaultdict(set)
for l in open(sys.argv[2]):
    r = json.loads(l)
    if r["dimension"] == "t/threat" and r["kind"] == "hit":
        per[r["id"]].add(r["entry"])
want = collections.Counter(); wpos = collections.Counter(); sole_neg = collections.Counter()
for i, es in per.items():
    for e in es:
        want[e] += 1; wpos[e] += lab[i]
    if len(es) == 1 and not lab[i]:
        sole_neg[next(iter(es))] += 1
bad = []
for r in csv.DictReader(open(sys.argv[3])):
    e = r["entry"]
    if (int(r["items"]), int(r["items_positive"]), int(r["sole_negative"])) != (want[e], wpos[e], sole_neg[e]):
        bad.append(e)
print("ok" if not bad else "differ: " + ", ".join(bad))
PY
expect_eq "$(cat "$TMP/check")" ok "entries: items, positives and sole false positives as slant score --explain has them"
expect_eq "$(sed -n 2p "$TMP/out" | cut -d, -f3)" "surge*" "entries: the costliest first"

# text, and the same with an explicit positive value
run_slant lexicon eval -l "$TMP/t.lex" --label threat "$NEWS"
expect_out "label 'threat': 46 items, 18 positive ('true'), 28 negative" "text: says what was measured"
expect_out "surge* 7 (precision 0.46)" "text: the costliest entries"
cp "$TMP/out" "$TMP/bool.txt"
run_slant lexicon eval -l "$TMP/t.lex" --label threat=true --negative false "$NEWS"
expect_eq "$(tail -n +2 "$TMP/out")" "$(tail -n +2 "$TMP/bool.txt" | sed "s/28 negative$/28 negative ('false')/")" "threat=true --negative false: the same numbers"

# the same output for any threads; the seed decides the intervals
"$SLANT" lexicon eval -l "$TMP/t.lex" --label threat -f json -j 1 "$NEWS" >"$TMP/j1"
"$SLANT" lexicon eval -l "$TMP/t.lex" --label threat -f json -j 3 "$NEWS" >"$TMP/j3"
check "the same JSON on 1 and 3 threads" cmp "$TMP/j1" "$TMP/j3"
"$SLANT" lexicon eval -l "$TMP/t.lex" --label threat -f json --seed 7 "$NEWS" >"$TMP/s7"
check "another seed, other intervals" sh -c "! cmp -s '$TMP/j1' '$TMP/s7'"

# ---- a list label: one class against the rest ----
run_slant lexicon eval -l "$TMP/t.lex" --label frames -B 0 -f csv "$NEWS"
expect_status 0 "a list label"
python3 - "$NEWS" "$TMP/out" >"$TMP/check" <<'PY'
import collections, csv, json, sys
n = collections.Counter()
for l in open(sys.argv[1]):
    for f in set(json.loads(l)["frames"]):
        n[f] += 1
rows = [r for r in csv.DictReader(open(sys.argv[2])) if r["dimension"] == "t/threat"]
got = {r["class"]: int(r["positives"]) for r in rows}
print("ok" if got == dict(n) and [r["class"] for r in rows] == sorted(n) else "%r vs %r" % (got, n))
PY
expect_eq "$(cat "$TMP/check")" ok "frames: every frame a class, in name order, with its items"
run_slant lexicon eval -l "$TMP/t.lex" --label frames --map security=t/threat --map weather=t/weather -B 0 -f csv "$NEWS"
expect_eq "$(tail -n +2 "$TMP/out" | cut -d, -f1,2 | tr '\n' ' ')" "t/threat,security t/weather,weather " "--map: one class per dimension"
run_slant lexicon eval -l "$TMP/t.lex" --label frames --map nosuch=t/threat "$NEWS"
expect_status 3 "--map: a label that never occurs"
expect_err "label 'nosuch' does not occur in field 'frames'" "names it"

# ---- a number: rank correlation ----
run_slant lexicon eval -l "$TMP/t.lex" --label tone -B 0 -f json "$NEWS"
expect_status 0 "a numeric label"
python3 - "$NEWS" "$TMP/scores.jsonl" "$TMP/out" >"$TMP/check" <<'PY'
import json, sys
tone = {json.loads(l)["id"]: json.loads(l)["tone"] for l in open(sys.argv[1])}
rows = [json.loads(l) for l in open(sys.argv[2])]
def ranks(v):
    o = sorted(range(len(v)), key=lambda i: v[i]); r = [0.0] * len(v); i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[o[j + 1]] == v[o[i]]: j += 1
        for k in range(i, j + 1): r[o[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
got = json.load(open(sys.argv[3]))
bad = []
for t in got["targets"]:
    d = t["dimension"]
    x = ranks([r["dimensions"][d]["hits"] * 1000 / r["tokens"] for r in rows])
    y = ranks([tone[r["id"]] for r in rows])
    mx, my = sum(x) / len(x), sum(y) / len(y)
    num = sum((a - mx) * (b - my) for a, b in zip(x, y))
    den = (sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y)) ** 0.5
    if abs(num / den - t["spearman"]["est"]) > 1e-12:
        bad.append(d)
print("ok" if got["kind"] == "numeric" and not bad else "differ: %r" % bad)
PY
expect_eq "$(cat "$TMP/check")" ok "tone: Spearman's rho of the rates and the tone"

# ---- the split: sha1(id), last hex digit below 8 is dev ----
for split in dev test; do
	run_slant lexicon eval -l "$TMP/t.lex" --label threat --split $split -B 0 -f json "$NEWS"
	want=$(python3 -c "
import hashlib, json, sys
ids = [json.loads(l)['id'] for l in open('$NEWS')]
dev = [int(hashlib.sha1(i.encode()).hexdigest()[-1], 16) < 8 for i in ids]
print(sum(dev) if '$split' == 'dev' else len(ids) - sum(dev))")
	got=$(python3 -c "import json; print(json.load(open('$TMP/out'))['items'])")
	expect_eq "$got" "$want" "--split $split keeps the items of the sha1 rule"
done

# ---- spans, counted by hand; sums of dimensions ----
cat >"$TMP/spans.jsonl" <<'JSONL'
{"id": "s1", "text": "The invasion of the town was a flood.", "marked": ["invasion", "the town"], "y": true}
{"id": "s2", "text": "Rain and a storm, then floodwaters.", "marked": ["floodwaters", "gone"], "y": false}
{"id": "s3", "text": "A quiet day in the town.", "y": false}
JSONL
run_slant lexicon eval -l "$TMP/t.lex" --label y --spans marked -d t/threat -d t/weather -d 'all=t/threat+t/weather' -B 0 -f json "$TMP/spans.jsonl"
expect_status 0 "spans and a sum"
python3 - "$TMP/out" >"$TMP/check" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
s = g["spans"]
d = {x["dimension"]: x for x in s["dimensions"]}
# marked: s1 invasion, the, town (3); s2 floodwaters (1); "gone" never occurs
want = (s["items"], s["marked_tokens"], s["spans"], s["spans_missing"]) == (2, 4, 4, 1)
# t/threat hits invasion, flood and (flood*) floodwaters (3 tokens, 2
# marked); t/weather rain, storm, floodwaters (3, 1); the sum, tokens hit
# by either: invasion, flood, floodwaters, rain, storm (5, 2)
want &= (d["t/threat"]["hit_tokens"], d["t/threat"]["hit_marked"]) == (3, 2)
want &= (d["t/weather"]["hit_tokens"], d["t/weather"]["hit_marked"]) == (3, 1)
want &= (d["all"]["hit_tokens"], d["all"]["hit_marked"]) == (5, 2)
want &= abs(d["all"]["precision"] - 2 / 5) < 1e-15 and abs(d["all"]["recall"] - 2 / 4) < 1e-15
want &= [t["dimension"] for t in g["targets"]] == ["t/threat", "t/weather", "all"]
print("ok" if want else json.dumps(s))
PY
expect_eq "$(cat "$TMP/check")" ok "spans: marked and hit tokens as counted by hand"
run_slant lexicon eval -l "$TMP/t.lex" --spans marked "$TMP/spans.jsonl"
expect_status 0 "spans without a label"
expect_out "spans 'marked': 4 marked tokens in 2 items; 1 of 4 spans not found in their text" "spans: the summary line"

# ---- output file, and bad input ----
run_slant lexicon eval -l "$TMP/t.lex" --label threat -o "$TMP/ev.txt" "$NEWS"
expect_status 0 "-o FILE"
check "the report is in the file" grep -q "loaded\|t/threat" "$TMP/ev.txt"
printf '{"id":"a","text":"an invasion","n":1}\n{"id":"b","text":"rain","n":"x"}\n' >"$TMP/mixed.jsonl"
run_slant lexicon eval -l "$TMP/t.lex" --label n -o "$TMP/bad.txt" "$TMP/mixed.jsonl"
expect_status 3 "a number label that turns into a string"
expect_err "mixed.jsonl:2: field 'n' is a string here, but a number in the first labelled record" "names path:line"
check "no output file after the error" test ! -e "$TMP/bad.txt"
printf '{"id":"a","text":"an invasion","sp":[{"t":"x"}]}\n' >"$TMP/obj.jsonl"
run_slant lexicon eval -l "$TMP/t.lex" --spans sp "$TMP/obj.jsonl"
expect_status 3 "a list of objects without a member"
expect_err "obj.jsonl:1: field 'sp': element 1 is an object (name its member: FIELD.KEY)" "says how to name it"
run_slant lexicon eval -l "$TMP/t.lex" --label threat=maybe "$NEWS"
expect_status 3 "a positive value that never occurs"
expect_err "no item is positive" "says so"
run_slant lexicon eval -l "$TMP/t.lex" "$NEWS"
expect_status 2 "neither --label nor --spans"
run_slant lexicon eval -l "$TMP/t.lex" --label threat -d t/nosuch "$NEWS"
expect_status 2 "an unknown dimension"
expect_err "unknown dimension 't/nosuch'" "names it"
run_slant lexicon eval -l "$TMP/t.lex" --label threat --negative false "$NEWS"
expect_status 2 "--negative without a positive value"
run_slant lexicon eval -l "$TMP/t.lex" --label 'a[b].c' "$NEWS"
expect_status 2 "a malformed field reference"
run_slant lexicon eval -l "$TMP/t.lex" --label threat --split half "$NEWS"
expect_status 2 "a bad --split"
done_testing
