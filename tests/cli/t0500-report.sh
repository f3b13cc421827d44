#!/bin/sh
# slant report on the example corpus: every format, byte-identical for any
# --threads, provenance hashes equal to sha256sum, --check, errors.
. "${srcdir:-.}/tests/cli/lib.sh"

B="--bootstrap 50 --quiet"
for f in html md json csv; do
	run_slant report $B "$EXAMPLES" -o "$TMP/r.$f"
	expect_status 0 "report as .$f"
done
check "no temporary file left" sh -c "! ls '$TMP' | grep -q tmp"
check "HTML is one self-contained page" sh -c "head -1 '$TMP/r.html' | grep -q '<!DOCTYPE html>' && grep -q '<meta name=\"viewport\"' '$TMP/r.html' && grep -q '@media print' '$TMP/r.html' && grep -q '<svg' '$TMP/r.html'"
check "HTML has no script and no external reference" sh -c "! grep -qi '<script\|src=\"http\|href=\"http\|url(' '$TMP/r.html'"
check "Markdown has the sections" sh -c "grep -q '^## Summary' '$TMP/r.md' && grep -q '^## Evidence' '$TMP/r.md' && grep -q '^## Method and provenance' '$TMP/r.md'"
check "CSV is one long table" sh -c "head -1 '$TMP/r.csv' | grep -qx 'table,row,column,type,value' && grep -q '^evidence,' '$TMP/r.csv' && grep -q '^terms,' '$TMP/r.csv'"
check "JSON holds the report and the comparison" python3 - "$TMP/r.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
r = d["report"]
assert d["comparison"]["groups"], d["comparison"].keys()
assert r["findings"], "no finding listed"
for f in r["findings"]:
    assert f["evidence"], f
    assert f["test"] and ("p" in f) and ("q" in f), f
    for e in f["evidence"]:
        assert e["match"] and e["article"], e
assert r["timestamp"] is None
assert r["provenance"]["parameters"]["seed"] == "1"
assert len(r["provenance"]["inputs"]) == 36
PY
# what examples/corpus/README.md says the report finds
check "Civic Sentinel's loaded attribution is significant" grep -q "^  - civic-sentinel uses epistemic/attribution/loaded more than the other outlets in its own voice: .*Mann-Whitney q &lt; 0.0001)" "$TMP/r.md"
check "Northgate Wire's hedges are significant" grep -q "^  - northgate-wire uses epistemic/hedges more than the other outlets in its own voice" "$TMP/r.md"
check "armed-group naming differs significantly, each outlet its own word" grep -q '^  - Naming of hamas: civic-sentinel uses "terrorists" .*harbor-ledger uses "fighters" .*northgate-wire uses "militants"' "$TMP/r.md"
check "evidence shows 'terrorists' from Civic Sentinel" grep -q 'civic-sentinel-.*\*\*terrorists\?\*\*' "$TMP/r.md"
check "framing findings name the entries behind them" python3 - "$TMP/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
dims = [f for f in r["findings"] if f["kind"] == "dimension"]
first = dims[0]
assert first["dimension"] == "epistemic/attribution/loaded", first["dimension"]
top = {e["entry"]: (e["target_hits"], e["reference_hits"]) for e in first["entries"]}
# the loaded verbs Civic Sentinel's articles use and the others do not
assert top.get("claimed", (0, 1))[1] == 0 and top["claimed"][0] >= 10, top
for f in dims:
    tot = [e["target_hits"] + e["reference_hits"] for e in f["entries"]]
    assert tot == sorted(tot, reverse=True), f["entries"]
    assert all(e["dimension"].startswith(f["dimension"]) for e in f["entries"]), f
    for g in {e["group"] for e in f["evidence"]}:
        arts = [e["article"] for e in f["evidence"] if e["group"] == g]
        assert len(arts) == len(set(arts)), ("one line an article", arts)
PY
run_slant report $B --seed 7 "$EXAMPLES" -o "$TMP/r7.json"
check "evidence is a seeded sample: another seed, other lines" python3 -c '
import json, sys
ev = lambda p: [(e["article"], e["left"]) for f in json.load(open(p))["report"]["findings"] for e in f["evidence"]]
assert ev(sys.argv[1]) != ev(sys.argv[2])
' "$TMP/r.json" "$TMP/r7.json"

# overall word use against its permutation null, with p in (0, 1]
check "the summary sets each JSD beside its null" python3 -c '
import re, sys
lines = open(sys.argv[1]).read().split("\n")
at = [i for i, l in enumerate(lines) if l.startswith("- Overall word use")][0]
line = "\n".join(l for l in lines[at + 1:at + 4] if l.startswith("  - "))
pairs = re.findall(r"(\S+) vs the other outlets: ([0-9.e-]+), where random splits of the same articles give ([0-9.e-]+) \(p = ([0-9.e-]+)\)", line)
assert len(pairs) == 3, line
assert all(0 < float(p) <= 1 and float(n) > 0 for _, _, n, p in pairs), line
' "$TMP/r.md"

# provenance hashes are sha256sum's
f=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); i=d['report']['provenance']['inputs'][0]; print(i['path'], i['sha256'])" "$TMP/r.json")
expect_eq "$(sha256sum "${f% *}" | cut -d' ' -f1)" "${f#* }" "input SHA-256 equals sha256sum"
l=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); l=[x for x in d['report']['provenance']['lexicons'] if x['name']=='naming' and x['language']=='en'][0]; print(l['sha256'])" "$TMP/r.json")
expect_eq "$(sha256sum "$srcdir/lexicons/en/naming.lex" | cut -d' ' -f1)" "$l" "lexicon SHA-256 equals sha256sum"

# byte-identical whatever the threads, and run to run
for j in 1 3 8; do
	run_slant report $B -j $j "$EXAMPLES" -o "$TMP/j$j.html"
	run_slant report $B -j $j "$EXAMPLES" -o "$TMP/j$j.json"
done
check "HTML identical for 1, 3 and 8 threads" sh -c "cmp '$TMP/j1.html' '$TMP/j3.html' && cmp '$TMP/j1.html' '$TMP/j8.html' && cmp '$TMP/j1.html' '$TMP/r.html'"
check "JSON identical for 1, 3 and 8 threads" sh -c "cmp '$TMP/j1.json' '$TMP/j3.json' && cmp '$TMP/j1.json' '$TMP/j8.json'"
run_slant report $B --timestamp "$EXAMPLES" -o "$TMP/ts.md"
check "--timestamp adds the time" grep -q 'generated 20[0-9][0-9]-' "$TMP/ts.md"

# --check
run_slant report --check "$TMP/r.md" $B "$EXAMPLES"
expect_status 0 "--check: current report"
sed 's/^## Summary/## Summery/' "$TMP/r.md" >"$TMP/stale.md"
run_slant report --check "$TMP/stale.md" $B "$EXAMPLES"
expect_status 1 "--check: stale report exits 1"
expect_out "-## Summery" "--check shows a unified diff"
expect_out "+## Summary" "--check diff has the regenerated line"
check "--check leaves the stale file alone" grep -q Summery "$TMP/stale.md"
run_slant report --check "$TMP/missing.md" $B "$EXAMPLES"
expect_status 1 "--check: missing report exits 1"
run_slant report --check "$TMP/r.md" $B --seed 2 "$EXAMPLES"
expect_status 1 "--check: another seed makes it stale"
check "--check diff is cut at about 50 lines" sh -c "[ \$(wc -l <'$TMP/out') -le 56 ]"

# errors
run_slant report $B "$EXAMPLES" -o "$TMP/r.pdf"
expect_status 2 "unknown extension is a usage error"
run_slant report $B -o "$TMP/x.md"
expect_status 2 "no corpus is a usage error"
run_slant report $B "$TMP/nope" -o "$TMP/x.md"
expect_status 4 "a missing input is an I/O error"
run_slant report --help
expect_status 0 "--help"
expect_out "--analysis" "--help names --analysis"
done_testing
