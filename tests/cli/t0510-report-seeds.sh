#!/bin/sh
# One article per outlet: the report says article-level tests need more
# articles and still shows the naming and framing differences with
# evidence. tests/data/report-seeds: two short articles written for this
# test ("Zionist regime" / "Supreme Leader" vs "Zionist entity" /
# "Leader of the Islamic Revolution").
. "${srcdir:-.}/tests/cli/lib.sh"
S=$DATA/report-seeds
run_slant report --quiet -B 20 --group "Dispatch East" "$S/dispatch-east.txt" \
	--group "Gazette West" "$S/gazette-west.txt" -o "$TMP/s.md"
expect_status 0 "report of two one-article outlets"
check "says article-level tests need more articles" grep -q 'Article-level tests need more articles' "$TMP/s.md"
check "names the outlets" grep -q 'Dispatch East: 1 article' "$TMP/s.md"
check "israel naming differs" grep -q 'Naming of israel: Dispatch East says "zionist-regime".*Gazette West says "zionist-entity"' "$TMP/s.md"
check "iran-leader naming differs" grep -q 'Naming of iran-leader: Dispatch East says "supreme-leader".*Gazette West says "leader-of-the-islamic-revolution"' "$TMP/s.md"
check "framing differences are shown, marked token level" grep -q 'token-level G2' "$TMP/s.md"
run_slant report --quiet -B 20 --group "Dispatch East" "$S/dispatch-east.txt" \
	--group "Gazette West" "$S/gazette-west.txt" -o "$TMP/s.json"
check "evidence for both naming sets from both outlets" python3 - "$TMP/s.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
assert r["article_tests"] is False
sets = {f["set"]: f for f in r["findings"] if f["kind"] == "naming"}
assert set(sets) >= {"israel", "iran-leader"}, sets.keys()
ev = sets["israel"]["evidence"]
got = {(e["group"], e["match"].lower(), e["article"]) for e in ev}
assert ("Dispatch East", "zionist regime", "dispatch-east") in got, got
assert ("Gazette West", "zionist entity", "gazette-west") in got, got
ev = sets["iran-leader"]["evidence"]
assert any(e["match"] == "Leader of the Islamic Revolution" for e in ev), ev
dims = [f for f in r["findings"] if f["kind"] == "dimension"]
assert dims and all(f["test"] == "g2" and f["evidence"] for f in dims), dims
PY
done_testing
