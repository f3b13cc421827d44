#!/bin/sh
# What the report's word lists leave out, and how to get it back: stop
# words, page furniture repeated in an outlet's articles, the outlets' own
# names, single letters; the comparison options (-t/-r/--all-pairs) and
# --where subsets; the typed CSV. With ../shared present, the top words of
# BASIL, AllSides and the seeds are checked for the same leaks.
. "${srcdir:-.}/tests/cli/lib.sh"

# Two outlets, eight articles each, on the same stories. Each outlet's
# pages carry its furniture (a newsletter prompt, a photo credit, a
# copyright line, a sign-off sentence), and each names itself.
python3 - "$TMP/furniture.jsonl" <<'PY'
import json, sys
stories = [
    ("bridge", "The council voted to close the harbour bridge for repairs",
     "engineers found cracks in two of the piers"),
    ("harvest", "Farmers in the valley expect a late harvest after the floods",
     "the river rose higher than at any time since records began"),
    ("school", "A new school opened on the east side of the city",
     "parents had waited six years for the building"),
    ("strike", "Rail workers said the strike would go on for a second week",
     "the union asked for talks with the transport board"),
    ("museum", "The museum returned three paintings to their former owners",
     "the works had been bought at an auction after the war"),
    ("measles", "Doctors warned of a rise in measles cases among children",
     "vaccination rates fell in the northern districts"),
    ("housing", "The mayor promised new housing near the old steel works",
     "the plan needs the approval of the regional board"),
    ("quota", "Fishermen protested against the quota set by the ministry",
     "boats stayed in port for the whole morning"),
]
outlets = {
    "Harbor Ledger": ("Sign up for the Ledger morning briefing",
                      "Photo: Ada Quill/Ledger Pictures",
                      "Copyright 2026 Harbor Ledger Media LLC, all rights reserved",
                      "The Harbor Ledger welcomes letters to the editor about this story."),
    "Civic Sentinel": ("Get the Sentinel evening digest in your inbox",
                       "Photo: Tom Reed/Sentinel Images",
                       "Sentinel Publishing Group, all rights reserved 2026",
                       "Readers can reach the Civic Sentinel newsroom at any hour with tips."),
}
words = {"Harbor Ledger": ["residents", "neighbours", "families", "community"],
         "Civic Sentinel": ["taxpayers", "officials", "authorities", "budget"]}
with open(sys.argv[1], "w") as out:
    for name, (prompt, credit, copyright, signoff) in outlets.items():
        for i, (key, lead, detail) in enumerate(stories):
            w = words[name]
            text = "\n".join([
                prompt,
                f"The {name} learned that {lead[0].lower()}{lead[1:]}.",
                f"Local {w[i % 4]} said {detail}. The {w[(i + 1) % 4]} of the "
                f"area met on Monday. {signoff}",
                credit,
                f"The decision affects {w[(i + 2) % 4]} across the U.S. and "
                f"the {w[(i + 3) % 4]} said they would watch the {key} plan.",
                copyright,
            ])
            out.write(json.dumps({"id": f"{key}-{name.split()[0].lower()}",
                                  "source": name, "topic": key,
                                  "title": lead, "text": text}) + "\n")
PY
F="$TMP/furniture.jsonl"
run_slant report --quiet -B 0 --group-by source "$F" -o "$TMP/h.json"
expect_status 0 "report on two outlets with page furniture"
check "furniture, self-names, stop words and letters stay out of the word lists" python3 - "$TMP/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
furniture = {"sign", "briefing", "photo", "ada", "quill", "pictures",
             "copyright", "llc", "rights", "reserved", "welcomes", "letters",
             "editor", "digest", "inbox", "tom", "reed", "images", "reach",
             "newsroom", "tips", "hour", "publishing", "evening", "morning"}
self_names = {"harbor", "ledger", "civic", "sentinel", "hl", "cs"}
stop = {"the", "of", "and", "to", "a", "in", "on", "for", "at", "it",
        "they", "their", "has", "had", "be", "by", "with", "about", "any"}
words = {"residents", "neighbours", "families", "community", "taxpayers",
         "officials", "authorities", "budget"}
seen = set()
for k in r["keyness"]:
    for side in ("target_more", "reference_more"):
        for t in k[side][:10]:
            w = t["term"]
            assert w not in furniture, ("furniture", w)
            assert w not in self_names, ("self-name", w)
            assert w not in stop, ("stop word", w)
            assert len(w) > 1, ("letter", w)
            seen.add(w)
assert seen & words, seen
assert all(k["left_out"]["self_mentions"] > 0 for k in r["keyness"]), r["keyness"]
bp = {b["group"]: b for b in r["boilerplate"]}
assert set(bp) == {"Harbor Ledger", "Civic Sentinel"}, bp
for g, b in bp.items():
    # prompt, credit, copyright lines and the sign-off sentence: 4 a page
    assert b["lines_blanked"] == 32, b
    assert b["articles"] == 8 and b["example_articles"] == 8, b
PY
check "the method section says what was blanked" python3 - "$TMP/h.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))["report"]["provenance"]["parameters"]
assert p["boilerplate"] == "removed" and p["self-mentions"] == "masked", p
assert p["stopwords"] == "english", p
PY

run_slant report --quiet -B 0 --group-by source --keep boilerplate,self-mentions \
	--stopwords none "$F" -o "$TMP/k.json"
expect_status 0 "--keep boilerplate,self-mentions --stopwords none"
check "kept: furniture and names come back" python3 - "$TMP/k.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
top = {t["term"] for k in r["keyness"] for s in ("target_more", "reference_more")
       for t in k[s]}
assert top & {"ledger", "sentinel", "harbor", "civic"}, top
assert top & {"briefing", "digest", "pictures", "images", "llc", "quill"}, top
assert all(b["lines_blanked"] == 0 for b in r["boilerplate"]), r["boilerplate"]
p = r["provenance"]["parameters"]
assert p["boilerplate"] == "kept" and p["stopwords"] == "none", p
PY
run_slant report --quiet --keep adverts "$F" -o "$TMP/x.json"
expect_status 2 "unknown --keep is a usage error"
expect_err "--keep takes boilerplate, self-mentions or letters" "and the message lists what --keep takes"
check "no report written on a usage error" test ! -e "$TMP/x.json"

# comparisons and subsets, on the example corpus
run_slant report --quiet -B 0 -t civic-sentinel -r harbor-ledger "$EXAMPLES" -o "$TMP/t.json"
expect_status 0 "report -t civic-sentinel -r harbor-ledger"
check "one comparison, target against reference" python3 - "$TMP/t.json" <<'PY'
import json, sys
k = json.load(open(sys.argv[1]))["report"]["keyness"]
assert [(x["target"], x["reference"]) for x in k] == [("civic-sentinel", "harbor-ledger")], k
assert k[0]["target_more"] and k[0]["reference_more"], k
assert k[0]["measure"].startswith("log2 ratio"), k[0]["measure"]
assert all(t["value"] > 0 for t in k[0]["target_more"]), k
assert all(t["value"] < 0 for t in k[0]["reference_more"]), k
PY
run_slant report --quiet -B 0 --all-pairs "$EXAMPLES" -o "$TMP/p.json"
check "--all-pairs: three pairs" python3 -c '
import json, sys
k = json.load(open(sys.argv[1]))["report"]["keyness"]
assert len(k) == 3 and all(x["reference"] != "the other outlets" for x in k), k
' "$TMP/p.json"
run_slant report --quiet -B 0 --where group!=northgate-wire "$EXAMPLES" -o "$TMP/w.json"
expect_status 0 "report --where group!=northgate-wire"
check "--where leaves the outlet out" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
g = [x["name"] for x in r["comparison"]["groups"]]
assert g == ["civic-sentinel", "harbor-ledger"], g
assert "group!=northgate-wire" in json.dumps(r["report"]["provenance"]["parameters"]), r["report"]["provenance"]["parameters"]
' "$TMP/w.json"
run_slant score --where group=harbor-ledger --where group=civic-sentinel "$EXAMPLES"
check "score --where: either value of one field" sh -c "[ \$(tail -n +2 '$TMP/out' | wc -l) -eq 24 ] && ! grep -q northgate '$TMP/out'"
run_slant score --where topic=bridge "$F"
check "score --where on a JSON field" sh -c "[ \$(tail -n +2 '$TMP/out' | wc -l) -eq 2 ]"
run_slant score --where topic "$F"
expect_status 2 "--where without a value is a usage error"
expect_err "--where takes FIELD=VALUE or FIELD!=VALUE" "and says what --where takes"

# the same keys in an analysis file
case $EXAMPLES in /*) ex=$EXAMPLES ;; *) ex=$PWD/$EXAMPLES ;; esac
cat >"$TMP/pairs.analysis" <<EOF
input = $ex
all-pairs = true
where = group!=northgate-wire
stopwords = english
keep = letters
bootstrap = 0
output = pairs.json
EOF
run_slant report --quiet --analysis "$TMP/pairs.analysis"
expect_status 0 "an analysis file with all-pairs, where, stopwords and keep"
check "the analysis file's keys took effect" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
k = r["report"]["keyness"]
assert [(x["target"], x["reference"]) for x in k] == [("civic-sentinel", "harbor-ledger")], k
p = r["report"]["provenance"]["parameters"]
assert p["mode"] == "pairs" and p["letters"] == "kept" and p["where"] == "group!=northgate-wire", p
' "$TMP/pairs.json"
printf 'input = x\nall-pairs = yes\n' >"$TMP/bad.analysis"
run_slant report --quiet --analysis "$TMP/bad.analysis"
expect_status 3 "a flag that is neither true nor false"
expect_err "bad.analysis:2: 'all-pairs' must be true or false" "named with file and line"

# the CSV says what each value is
run_slant report --quiet -B 0 "$EXAMPLES" -o "$TMP/r.csv"
check "CSV cells are typed" python3 - "$TMP/r.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert rows and set(rows[0]) == {"table", "row", "column", "type", "value"}
types = {r["type"] for r in rows}
assert types <= {"number", "text", "boolean"} and "number" in types, types
for r in rows:
    if r["type"] == "number" and r["value"] != "":
        float(r["value"])
    if r["type"] == "boolean":
        assert r["value"] in ("true", "false"), r
PY

# Real corpora (not part of the project; skipped without them): the top
# ten words per outlet hold no stop word, page furniture named in issue
# 15, self-mention or single letter.
C=$srcdir/../shared/corpora
leaks() { # leaks REPORT.json OUTLET-WORDS...
	python3 - "$@" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["report"]
own = set(sys.argv[2:])
stop = {"the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on",
        "it", "with", "as", "he", "she", "they", "his", "her", "be", "at",
        "by", "this", "from", "or", "an", "but", "not", "are", "were", "have",
        "has", "had", "its", "their", "we", "you", "i", "about", "which",
        "who", "would", "will", "there", "been", "more", "also", "mr", "ms",
        "mrs", "dr", "than", "so", "if", "what", "when", "up", "out", "do"}
furniture = {"photos", "caption", "hide", "replay", "toggle", "getty",
             "newsletters", "click", "copyright", "llc", "cable"}
bad = []
for k in r["keyness"]:
    for side in ("target_more", "reference_more"):
        for t in k[side][:10]:
            w = t["term"]
            if w in stop or w in furniture or w in own or len(w) == 1:
                bad.append((k["target"], side, w))
assert not bad, bad
PY
}
if [ -f "$C/basil.jsonl" ] && [ -f "$C/allsides-train.jsonl" ]; then
	run_slant report --quiet -B 0 --group-by source "$C/basil.jsonl" -o "$TMP/basil.json"
	expect_status 0 "BASIL by outlet"
	check "BASIL: top words clean" leaks "$TMP/basil.json" fox news huffpost huffington new york times nyt
	case $SLANT in
	*/sanitize/*) # 15,000 articles under ASan take minutes; the
		# default build runs the same check
		ok "AllSides by bias # skip: sanitizer build"
		ok "AllSides: top words clean # skip: sanitizer build" ;;
	*)
		run_slant report --quiet -B 0 --group-by bias "$C/allsides-train.jsonl" -o "$TMP/allsides.json"
		expect_status 0 "AllSides by bias"
		check "AllSides: top words clean" leaks "$TMP/allsides.json" ;;
	esac
else
	ok "BASIL: skipped (../shared/corpora absent)"
	ok "BASIL: skipped"
	ok "AllSides: skipped"
	ok "AllSides: skipped"
fi
SEEDS=$srcdir/../shared/seeds
if [ -f "$SEEDS/000_a5d897c5d46dca98.txt" ]; then
	run_slant report --quiet -B 0 --group "Tehran Times" "$SEEDS/000_a5d897c5d46dca98.txt" \
		--group "Palestine Chronicle" "$SEEDS/004_b4fbcd585b0bf571.txt" -o "$TMP/seeds.json"
	expect_status 0 "the seeds"
	check "seeds: top words clean" leaks "$TMP/seeds.json" tehran times palestine chronicle
else
	ok "seeds: skipped (../shared/seeds absent)"
	ok "seeds: skipped"
fi
done_testing
