#!/bin/sh
# slant lexicon kwic (a spread, seeded sample of matches in context) and
# slant lexicon audit (the coded sample read back), on the workbench
# corpus; numbers checked against Python.
. "${srcdir:-.}/tests/cli/lib.sh"

NEWS=$DATA/workbench/news.jsonl
cat >"$TMP/t.lex" <<'LEX'
%scheme t
%dimension threat Migration as a threat
%dimension other Other
@threat
invasion
flood*
swarm*
horde*
surge*
overrun
illegal alien*
@other
surge*
LEX

for verb in kwic audit; do
	run_slant lexicon $verb --help
	expect_status 0 "$verb --help"
	expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon $verb
done

run_slant lexicon kwic -l "$TMP/t.lex" t/threat "$NEWS" -n 25 -o "$TMP/s.csv"
expect_status 0 "kwic -n 25"
total=$("$SLANT" score -q --explain -f jsonl -l "$TMP/t.lex" "$NEWS" | python3 -c "
import json, sys
rows = [json.loads(l) for l in sys.stdin]
hits = [r for r in rows if r['dimension'] == 't/threat' and r['kind'] == 'hit']
print(sum(r['count'] for r in hits), len({r['id'] for r in hits}))")
expect_err "25 of ${total% *} matches in ${total#* } articles and 3 groups drawn" "says what it drew from (as slant score --explain counts)"
python3 - "$NEWS" "$TMP/s.csv" >"$TMP/check" <<'PY'
import csv, json, sys
text = {}
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    text[r["id"]] = (r["source"], r["text"].encode("utf-8"))
rows = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
bad = []
if [r["item"] for r in rows] != [str(i + 1) for i in range(len(rows))]:
    bad.append("items not numbered")
for r in rows:
    src, t = text[r["id"]]
    a, b = (int(x) for x in r["offsets"].split("-"))
    if r["group"] != src or t[a:b].decode() != r["match"]:
        bad.append("match of item " + r["item"])
    left = t[max(0, a - 60):a].decode(errors="ignore").replace("\n", " ")
    if not left.endswith(r["left"]) or r["correct"] != "":
        bad.append("context of item " + r["item"])
# groups take turns in name order
groups = [r["group"] for r in rows]
if groups[:6] != ["Harbor Post", "Summit Daily", "Valley Ledger"] * 2:
    bad.append("turns: %r" % groups[:6])
# within a group, every article gives one match before any gives two
for g in set(groups):
    ids = [r["id"] for r in rows if r["group"] == g]
    seen = []
    for i in ids:
        if i in seen:
            break
        seen.append(i)
    if len(set(ids)) != len(seen):
        bad.append("spread in " + g)
print("ok" if not bad else "; ".join(bad))
PY
expect_eq "$(cat "$TMP/check")" ok "kwic: matches at their offsets, contexts, turns of groups, one per article first"
"$SLANT" lexicon kwic -q -l "$TMP/t.lex" t/threat "$NEWS" -n 25 -j 3 >"$TMP/s3.csv"
check "the same sample on 3 threads" cmp "$TMP/s.csv" "$TMP/s3.csv"
"$SLANT" lexicon kwic -q -l "$TMP/t.lex" t/threat "$NEWS" -n 25 --seed 9 >"$TMP/s9.csv"
check "another seed, another sample" sh -c "! cmp -s '$TMP/s.csv' '$TMP/s9.csv'"
run_slant lexicon kwic -q -l "$TMP/t.lex" t/threat "$NEWS" -n 1000
expect_eq "$(tail -n +2 "$TMP/out" | wc -l | tr -d ' ')" "${total% *}" "a sample larger than the matches: every match once"
expect_eq "$(tail -n +2 "$TMP/out" | cut -d, -f2,9 | sort -u | wc -l | tr -d ' ')" "${total% *}" "no match twice"
run_slant lexicon kwic -q -l "$TMP/t.lex" t/threat:surge* "$NEWS" -n 1000
expect_eq "$(tail -n +2 "$TMP/out" | cut -d, -f5 | sort -u)" "surge*" "DIMENSION:ENTRY: that entry only"
expect_eq "$(tail -n +2 "$TMP/out" | wc -l | tr -d ' ')" 19 "all 19 of its matches"
run_slant lexicon kwic -l "$TMP/t.lex" 'surge*' "$NEWS"
expect_status 2 "an entry of two dimensions"
expect_err "'surge*' is an entry of 't/other' and 't/threat': name one as DIMENSION:ENTRY" "asks for DIMENSION:ENTRY"
run_slant lexicon kwic -l "$TMP/t.lex" nosuch "$NEWS"
expect_status 2 "neither a dimension nor an entry"
run_slant lexicon kwic -l "$TMP/t.lex" t/threat - <"$NEWS"
expect_status 2 "standard input is refused (read twice)"

# ---- audit: one coder, then two ----
python3 - "$NEWS" "$TMP/s.csv" "$TMP/coded.csv" <<'PY'
import csv, json, sys
threat = {json.loads(l)["id"]: json.loads(l)["threat"] for l in open(sys.argv[1])}
rows = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
codes = ["yes", "no", "Y", "N", "TRUE", "false", "1", "0"]
for i, r in enumerate(rows):
    r["correct"] = codes[(0 if threat[r["id"]] else 1) + 2 * (i % 4)]
    # the second coder disagrees on every fifth match, leaves the last open
    r["second"] = "" if i == len(rows) - 1 else ("1" if threat[r["id"]] != (i % 5 == 0) else "0")
with open(sys.argv[3], "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader(); w.writerows(rows)
PY
run_slant lexicon audit -f csv "$TMP/coded.csv"
expect_status 0 "audit"
python3 - "$TMP/coded.csv" "$TMP/out" >"$TMP/check" <<'PY'
import collections, csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
ok = lambda s: s.lower() in ("yes", "y", "true", "1")
n = collections.Counter(); k = collections.Counter()
for r in rows:
    for key in (("t/threat", ""), ("t/threat", r["entry"])):
        n[key] += 1; k[key] += ok(r["correct"])
z = 1.959963984540054
bad = []
got = list(csv.DictReader(open(sys.argv[2])))
for g in got:
    key = (g["dimension"], g["entry"]); nn, kk = n[key], k[key]
    p = kk / nn
    c = (p + z * z / (2 * nn)) / (1 + z * z / nn)
    h = z / (1 + z * z / nn) * math.sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn))
    want = (nn, kk, p, max(0, c - h), min(1, c + h))
    have = (int(g["coded"]), int(g["correct"]), float(g["precision"]), float(g["precision_lo"]), float(g["precision_hi"]))
    if want[:2] != have[:2] or any(abs(a - b) > 1e-9 for a, b in zip(want[2:], have[2:])):
        bad.append(repr((key, want, have)))
print("ok" if not bad and len(got) == len(n) and got[0]["entry"] == "" else "; ".join(bad))
PY
expect_eq "$(cat "$TMP/check")" ok "audit: coded, correct, precision and Wilson interval per dimension and entry"
run_slant lexicon audit --coder correct --coder second -f json "$TMP/coded.csv"
expect_status 0 "audit with two coders"
python3 - "$TMP/coded.csv" "$TMP/out" >"$TMP/check" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
ok = lambda s: s.lower() in ("yes", "y", "true", "1")
pairs = [(ok(r["correct"]), r["second"] == "1") for r in rows if r["second"] != ""]
n = len(pairs)
po = sum(a == b for a, b in pairs) / n
pa = sum(a for a, _ in pairs) / n; pb = sum(b for _, b in pairs) / n
pe = pa * pb + (1 - pa) * (1 - pb)
kappa = (po - pe) / (1 - pe)
g = json.load(open(sys.argv[2]))["agreement"]
print("ok" if g["both"] == n and g["agree"] == sum(a == b for a, b in pairs) and abs(g["kappa"] - kappa) < 1e-12 and g["kappa_lo"] < kappa < g["kappa_hi"] else repr((g, kappa)))
PY
expect_eq "$(cat "$TMP/check")" ok "audit: Cohen's kappa of the two coders"
run_slant lexicon audit --coder correct --coder second "$TMP/coded.csv"
expect_out "coders 'correct' and 'second': 24 matches coded by both" "text: the agreement line"

# TSV, and malformed files: path:line, exit 3
python3 -c "
import csv, sys
rows = list(csv.reader(open('$TMP/coded.csv', newline='')))
w = csv.writer(open('$TMP/coded.tsv', 'w', newline=''), delimiter='\t', lineterminator='\n')
w.writerows(rows)"
"$SLANT" lexicon audit -f csv "$TMP/coded.csv" >"$TMP/a1"
"$SLANT" lexicon audit -f csv "$TMP/coded.tsv" >"$TMP/a2"
check "a .tsv file reads as the .csv" cmp "$TMP/a1" "$TMP/a2"
python3 -c "
import csv
rows = list(csv.reader(open('$TMP/coded.csv', newline='')))[:3]
rows[2][9] = 'maybe'
csv.writer(open('$TMP/bad1.csv', 'w', newline='')).writerows(rows)"
run_slant lexicon audit "$TMP/bad1.csv"
expect_status 3 "a value that is not a code"
expect_err "bad1.csv:3: column 'correct' (field 10): 'maybe' is not a code" "names line, column and value"
printf 'item,dimension,entry,correct\n1,t/threat,"flood*,1\n' >"$TMP/bad2.csv"
run_slant lexicon audit "$TMP/bad2.csv"
expect_status 3 "an unclosed quote"
expect_err "bad2.csv:2: a quoted field never closes" "names the line it opens on"
printf 'item,dimension,correct\n1,t/threat,1\n' >"$TMP/bad3.csv"
run_slant lexicon audit "$TMP/bad3.csv"
expect_status 3 "a missing column"
expect_err "bad3.csv:1: no column 'entry' in the header" "names it"
printf 'item,dimension,entry,correct\n1,t/threat,flood*,1,extra\n' >"$TMP/bad4.csv"
run_slant lexicon audit "$TMP/bad4.csv"
expect_status 3 "a row with another number of fields"
expect_err "bad4.csv:2: 5 fields where the header has 4" "says how many"
printf 'item,dimension,entry,correct\n1,t/threat,"flood*"x,1\n' >"$TMP/bad5.csv"
run_slant lexicon audit "$TMP/bad5.csv"
expect_status 3 "text after a closing quote"
run_slant lexicon audit --coder a --coder b --coder c "$TMP/coded.csv"
expect_status 2 "three coders"
run_slant lexicon audit "$TMP/nosuch.csv"
expect_status 4 "a missing file"
done_testing
