#!/bin/sh
# One article per outlet: the report says nothing can be tested and still
# shows the naming and framing differences of the texts, with evidence,
# marked descriptive. tests/data/report-seeds: two short articles written for this
# test ("Zionist regime" / "Supreme Leader" vs "Zionist entity" /
# "Leader of the Islamic Revolution").
. "${srcdir:-.}/tests/cli/lib.sh"
S=$DATA/report-seeds
run_slant report --quiet -B 20 --group "Dispatch East" "$S/dispatch-east.txt" \
	--group "Gazette West" "$S/gazette-west.txt" -o "$TMP/s.md"
expect_status 0 "report of two one-article outlets"
check "says nothing is tested" grep -q 'Nothing here is tested: article-level tests need at least 3 articles' "$TMP/s.md"
check "nothing is called significant" sh -c "! grep -qi 'significant (article' '$TMP/s.md' && ! grep -q '\*\*significant\*\*' '$TMP/s.md'"
check "names the outlets" grep -q 'Dispatch East: 1 article' "$TMP/s.md"
check "israel naming differs" grep -q 'Naming of israel: Dispatch East "zionist-regime".*Gazette West "zionist-entity".*not tested' "$TMP/s.md"
check "iran-leader naming differs" grep -q 'Naming of iran-leader: Dispatch East "supreme-leader".*Gazette West "leader-of-the-islamic-revolution"' "$TMP/s.md"
check "framing differences are shown, marked descriptive" grep -q 'token-level G2 = .*, descriptive: too few articles to test' "$TMP/s.md"
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
assert dims and all(f["test"].startswith("token-level") and f["evidence"]
                   and not f["significant"] for f in dims), dims
PY

# The two real articles of ../shared/seeds (not part of the project; the
# check is skipped without them): the religious framing of one outlet,
# absent from the other, is named in the summary with its evidence.
SEEDS=$srcdir/../shared/seeds
if [ -f "$SEEDS/000_a5d897c5d46dca98.txt" ]; then
	run_slant report --quiet -B 20 --group "Tehran Times" "$SEEDS/000_a5d897c5d46dca98.txt" \
		--group "Palestine Chronicle" "$SEEDS/004_b4fbcd585b0bf571.txt" -o "$TMP/seeds.json"
	check "seeds: the summary names the religious framing, with evidence" python3 - "$TMP/seeds.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
summary = " ".join([s["text"] for s in r["summary"]] + [i for s in r["summary"] for i in s["items"]])
assert "Tehran Times uses religious/divine more than Palestine Chronicle" in summary, summary
rel = [f for f in r["findings"] if f["kind"] == "dimension"
       and f["dimension"].startswith("religious/")]
assert rel and all(f["evidence"] for f in rel), rel
assert any("God" in e["match"] or "Allah" in e["match"] for f in rel
           for e in f["evidence"]), rel
PY
else
	ok "seeds: skipped (../shared/seeds absent)"
fi
done_testing
