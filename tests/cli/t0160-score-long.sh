#!/bin/sh
# slant score --format long and --safe-names: the same numbers as the wide
# table, laid out for R and pandas; CSV cells are numbers or empty.
. "${srcdir:-.}/tests/cli/lib.sh"

LEX=$DATA/lexicons/mini.lex
run_slant score -l "$LEX" "$DATA/small"
expect_status 0 "wide table"
cp "$TMP/out" "$TMP/wide.csv"

# --- long CSV ----------------------------------------------------------------
run_slant score -l "$LEX" --format long "$DATA/small"
expect_status 0 "--format long"
cp "$TMP/out" "$TMP/long.csv"
expect_eq "$(head -1 "$TMP/long.csv")" \
	"id,group,dimension,voice,hits,tokens,rate,score,negated" "long header"
expect_eq "$(sed 1d "$TMP/long.csv" | wc -l | tr -d ' ')" 60 \
	"4 articles x 5 dimensions x 3 voices"
expect_eq "$(grep '^alpha-river-raid,alpha-daily,mini/armed-group,' "$TMP/long.csv")" \
	"alpha-river-raid,alpha-daily,mini/armed-group,own,2,20,100.0000,,
alpha-river-raid,alpha-daily,mini/armed-group,quoted,1,12,83.3333,,
alpha-river-raid,alpha-daily,mini/armed-group,all,3,32,93.7500,," \
	"one dimension of one article: own, quoted, all (counted by hand)"
expect_eq "$(grep '^alpha-budget,alpha-daily,mini/tone,' "$TMP/long.csv" | cut -d, -f4-)" \
	"own,1,10,100.0000,2.0000,0
quoted,0,0,,0.0000,0
all,1,10,100.0000,2.0000,0" \
	"score and negated where the dimension has them; no rate without tokens"

# Every long cell against the wide table.
check "every long cell equals the wide table's" python3 - "$TMP/wide.csv" "$TMP/long.csv" <<'EOF'
import csv, sys
wide = {r["id"]: r for r in csv.DictReader(open(sys.argv[1]))}
rows = list(csv.DictReader(open(sys.argv[2])))
suffix = {"own": "_own", "quoted": "_quoted", "all": ""}
tok = {"own": "tokens_own", "quoted": "tokens_quoted", "all": "tokens"}
seen = set()
for r in rows:
    w, d, v = wide[r["id"]], r["dimension"], r["voice"]
    assert r["group"] == w["group"], r
    assert r["hits"] == w[f"{d}.hits{suffix[v]}"], r
    assert r["rate"] == w[f"{d}.rate{suffix[v]}"], r
    assert r["tokens"] == w[tok[v]], r
    if v == "all":
        assert r["score"] == w.get(f"{d}.score", ""), r
        assert r["negated"] == w.get(f"{d}.negated", ""), r
    seen.add((r["id"], d, v))
dims = [c[:-5] for c in next(iter(wide.values())) if c.endswith(".hits")]
assert len(seen) == len(wide) * len(dims) * 3 == len(rows), (len(seen), len(rows))
# own and quoted add up to all
by = {(r["id"], r["dimension"], r["voice"]): r for r in rows}
for (i, d, v), r in by.items():
    if v != "all":
        continue
    o, q = by[(i, d, "own")], by[(i, d, "quoted")]
    for k in ("hits", "tokens", "negated"):
        if r[k]:
            assert int(r[k]) == int(o[k]) + int(q[k]), (r, k)
    if r["score"]:
        assert abs(float(r["score"]) - float(o["score"]) - float(q["score"])) < 1e-4, r
EOF

# --- long TSV and JSONL: the same cells ----------------------------------------
run_slant score -l "$LEX" -f long-tsv "$DATA/small"
expect_status 0 "--format long-tsv"
check "long TSV is the long CSV with tabs" sh -c "tr '\t' ',' <'$TMP/out' | cmp - '$TMP/long.csv'"
run_slant score -l "$LEX" -f long-jsonl "$DATA/small"
expect_status 0 "--format long-jsonl"
check "long JSONL has the long CSV's cells, null for empty ones" python3 - "$TMP/out" "$TMP/long.csv" <<'EOF'
import csv, json, sys
js = [json.loads(l) for l in open(sys.argv[1])]
cs = list(csv.DictReader(open(sys.argv[2])))
assert len(js) == len(cs)
for j, c in zip(js, cs):
    assert list(j) == list(c), (list(j), list(c))
    for k, v in c.items():
        if v == "":
            assert j[k] is None, (k, j)
        elif k in ("id", "group", "dimension", "voice"):
            assert j[k] == v, (k, j)
        else:
            assert isinstance(j[k], (int, float)) and abs(j[k] - float(v)) < 1e-9, (k, j, c)
EOF

# A dimension another language's lexicon declares is not measured.
cat >"$TMP/ar.lex" <<'EOF'
%scheme arabic
%language ar
%dimension war  War words
@war
حرب
EOF
run_slant score -q -l "$TMP/ar.lex" -f long "$DATA/small/alpha-daily/budget.txt"
expect_status 0 "long rows with a lexicon of another language"
expect_eq "$(sed -n 2,4p "$TMP/out")" \
	"alpha-budget,Alpha Daily,arabic/war,own,,10,,,
alpha-budget,Alpha Daily,arabic/war,quoted,,0,,,
alpha-budget,Alpha Daily,arabic/war,all,,10,,," \
	"a dimension not measured: empty cells but the tokens"

# --- --safe-names ---------------------------------------------------------------
run_slant score -l "$LEX" --safe-names "$DATA/small"
expect_status 0 "--safe-names"
expect_eq "$(head -1 "$TMP/out" | tr ',' '\n' | sed -n '8p;39p')" \
	"mini_armed_group_hits
mini_tone_negated" "columns as identifiers"
check "safe names: the wide table's cells, and names R and pandas keep" python3 - "$TMP/out" "$TMP/wide.csv" <<'EOF'
import csv, re, sys
safe = list(csv.reader(open(sys.argv[1])))
wide = list(csv.reader(open(sys.argv[2])))
assert safe[1:] == wide[1:]
assert len(set(safe[0])) == len(safe[0])
for a, b in zip(safe[0], wide[0]):
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", a), a
    assert a == re.sub(r"[^A-Za-z0-9_]", "_", b), (a, b)
EOF
if command -v Rscript >/dev/null 2>&1; then
	check "R keeps the safe names as they are" Rscript -e '
d <- read.csv(commandArgs(TRUE)[1], check.names = TRUE)
h <- strsplit(readLines(commandArgs(TRUE)[1], n = 1), ",")[[1]]
stopifnot(identical(names(d), h), d$mini_tone_score[d$id == "alpha-budget"] == 2)' "$TMP/out"
else
	ok "R keeps the safe names as they are # skipped: no Rscript"
fi
run_slant score -l "$LEX" --safe-names -f jsonl "$DATA/small"
expect_status 0 "--safe-names with JSONL"
expect_out '"dimensions":{"mini_armed_group":{"hits":' "JSONL dimension keys as identifiers"
run_slant score -l "$LEX" --safe-names -f long "$DATA/small"
expect_out "alpha-budget,alpha-daily,mini_attribution_loaded,own,0,10,0.0000,," \
	"long rows name dimensions as identifiers"

cat >"$TMP/clash.lex" <<'EOF'
%scheme frames
%dimension crime          Crime
%dimension crime/violent  Violent crime
%dimension crime_violent  Another name
@crime/violent
assault
@crime_violent
assault
EOF
run_slant score -l "$TMP/clash.lex" --safe-names -o "$TMP/clash.csv" "$DATA/small"
expect_status 3 "safe names that collide are an error"
expect_err "dimensions 'frames/crime/violent' and 'frames/crime_violent' have the same safe name 'frames_crime_violent'" \
	"the error names both dimensions"
check "no output file" test ! -e "$TMP/clash.csv"
run_slant score -l "$TMP/clash.lex" "$DATA/small"
expect_status 0 "without --safe-names the names are distinct"

# --- usage --------------------------------------------------------------------------
run_slant score -l "$LEX" -f long-xml "$DATA/small"
expect_status 2 "unknown long format"
expect_err "--format must be csv, tsv, jsonl, long, long-tsv or long-jsonl, not 'long-xml'" \
	"the message lists the formats"
run_slant score -l "$LEX" -f long --explain "$DATA/small"
expect_status 2 "--explain with --format long"
expect_err "--explain has its own columns" "says why"

# --- numbers stay numbers: CSV cells of score and compare ------------------------------
# An article without tokens and groups too small to test give the cells
# that could be written as nan: they must be empty.
mkdir -p "$TMP/deg/a" "$TMP/deg/b"
printf -- '---\nid: empty\n---\n' >"$TMP/deg/a/empty.txt"
printf 'The militants said the raid was a victory.\n' >"$TMP/deg/a/one.txt"
printf 'Fighters said it was not a victory.\n' >"$TMP/deg/b/two.txt"
cat >"$TMP/names.lex" <<'EOF'
%scheme names
%kind naming
%dimension armed           Names for the armed group
%dimension armed/militants Militants
%dimension armed/fighters  Fighters
@armed/militants
militants
@armed/fighters
fighters
EOF
n=0
for args in "score" "score -f long" "compare --min-count 1 -T terms" "compare -T dimensions" \
	"compare -T naming" "compare -T divergence" "compare -T groups" \
	"compare -B 0 -T dimensions"; do
	# shellcheck disable=SC2086
	"$SLANT" $args -q -l "$LEX" -l "$TMP/names.lex" -o "$TMP/deg-$n.csv" \
		"$TMP/deg" 2>"$TMP/err" ||
		echo "slant $args failed: $(cat "$TMP/err")" >>"$TMP/deg-fail"
	n=$((n + 1))
done
check "every score and compare table was written" test ! -e "$TMP/deg-fail"
check "CSV cells are numbers or empty, never nan, inf or NA" python3 - "$TMP"/deg-*.csv <<'EOF'
import csv, math, re, sys
text = {"id", "group", "date", "title", "dimension", "voice", "target",
        "reference", "term", "p_method", "untestable", "set", "variant", "kind",
        "token_prior"}
for path in sys.argv[1:]:
    rows = list(csv.DictReader(open(path)))
    assert rows, path
    for r in rows:
        for k, v in r.items():
            assert not re.fullmatch(r"(?i)[+-]?(nan|inf|infinity|na|null|none)", v), (path, k, v)
            if k in text or v == "":
                continue
            x = float(v)  # raises on anything but a number
            assert math.isfinite(x), (path, k, v)
    # the empty article's rates are empty, not 0 and not nan
    for r in rows:
        if r.get("id") == "empty":
            assert all(r[k] == "" for k in r if ".rate" in k or k == "rate"), (path, r)
EOF

done_testing
