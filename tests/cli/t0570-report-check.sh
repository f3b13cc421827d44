#!/bin/sh
# slant report --check as a CI log reads it, in every format: the first
# line says which input, lexicon or option changed (by the hashes the
# report records); then a unified diff (hunks with context, removed lines
# before added ones, right @@ counts) of at most --check-lines lines and
# the count of the rest; patch(1) turns the committed report into the
# regenerated one with the whole diff; "stale" and "current" both on
# standard output. Also the JSON report's layout, one member a line.
. "${srcdir:-.}/tests/cli/lib.sh"

# the test lexicon alone: the shipped ones take long to compile under ASan
B0="--quiet --bootstrap 20"
B="$B0 -l mini.lex"
cp -R "$EXAMPLES" "$TMP/c"
cp "$srcdir/tests/data/lexicons/mini.lex" "$TMP/mini.lex"
cd "$TMP" || exit 1 # the reports record the inputs as c/...
art=harbor-ledger/2026-03-shelter-vote.txt
for f in json csv md html; do
	run_slant report $B c -o r.$f
	expect_status 0 "report as .$f"
done

# the JSON layout: what an independent indenter makes of the same data
check "JSON: one member a line, small scalar lists on one, as Python indents it" python3 - r.json <<'PY'
import json, sys
def scalar(x): return not isinstance(x, (dict, list))
def out(x, ind):
    if scalar(x): return json.dumps(x, ensure_ascii=False)
    items = list(x.items()) if isinstance(x, dict) else list(enumerate(x))
    o, c = ('{', '}') if isinstance(x, dict) else ('[', ']')
    key = (lambda a: json.dumps(a, ensure_ascii=False) + ": ") if isinstance(x, dict) else (lambda a: "")
    if len(items) <= 4 and all(scalar(v) for _, v in items):
        return o + ", ".join(key(a) + out(v, ind) for a, v in items) + c
    pad = " " * (ind + 2)
    return o + "\n" + ",\n".join(pad + key(a) + out(v, ind + 2) for a, v in items) + "\n" + " " * ind + c
text = open(sys.argv[1], encoding="utf-8").read()
d = json.loads(text)
assert out(d, 0) + "\n" == text, "layout differs"
assert text.count("\n") > 5000, text.count("\n")
p = d["report"]["provenance"]["parameters"]
assert p["input"] == "c" and p["bootstrap"] == "20", p
PY
run_slant report $B -j 3 c -o j3.json
check "JSON: the same bytes with 3 threads" cmp r.json j3.json

# current: on standard output, nothing with --quiet
run_slant report --bootstrap 20 -l mini.lex --check r.md c
expect_status 0 "current: exit 0"
expect_eq "$(cat "$TMP/out")" "r.md: current" "current: 'REPORT: current' on standard output"
check "current: nothing on standard error" test ! -s "$TMP/err"
run_slant report $B --check r.md c
check "current with --quiet: nothing printed" test ! -s "$TMP/out"

# one input article changes
oldsha=$(sha256sum "c/$art" | cut -d' ' -f1)
old=$(echo "$oldsha" | cut -c1-8)
sed 's/ said / claimed /g' "c/$art" >"$TMP/x" && mv "$TMP/x" "c/$art"
new=$(sha256sum "c/$art" | cut -c1-8)
check "the article changed" test "$old" != "$new"
N=40
for f in json csv md html; do
	run_slant report $B c -o new.$f
	run_slant report $B --check r.$f --check-lines $N c
	expect_status 1 ".$f stale: exit 1"
	cp "$TMP/out" cut.$f
	expect_eq "$(head -1 cut.$f)" "r.$f: stale: input c/$art changed (sha256 $old.. -> $new..)" \
		".$f: the first line names the input and its hashes"
	run_slant report $B --check r.$f --check-lines 0 c
	expect_status 1 ".$f stale, whole diff: exit 1"
	cp "$TMP/out" full.$f
	check ".$f: a unified diff, cut at $N lines with the count of the rest" python3 - cut.$f full.$f r.$f $N <<'PY'
import re, sys
cut, full, name, n = open(sys.argv[1]).read().split("\n"), open(sys.argv[2]).read().split("\n"), sys.argv[3], int(sys.argv[4])
assert cut[1] == "--- %s\t(committed)" % name, cut[1]
assert cut[2] == "+++ %s\t(regenerated)" % name, cut[2]
assert cut[3].startswith("@@ -"), cut[3]
def body(lines):
    b = []
    for l in lines[3:]:
        if l.startswith(name + ": ") or l == "":
            break
        b.append(l)
    return b
cb, fb = body(cut), body(full)
assert len(cb) == n, len(cb)
assert cb == fb[:n], "the cut diff is the start of the whole one"
more = [l for l in cut if l.startswith(name + ": ") and "more diff lines" in l]
assert more == ["%s: %d more diff lines not shown (--check-lines %d)" % (name, len(fb) - n, n)], more
assert not [l for l in full if "more diff lines" in l]
assert full[-2] == "%s: regenerate it with the same command without --check" % name, full[-2]
# hunks: headers whose counts are the lines that follow, removals first
hunks, i = 0, 0
while i < len(fb):
    m = re.match(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$", fb[i])
    assert m, fb[i]
    hunks += 1
    want_a = int(m.group(2) or 1)
    want_b = int(m.group(4) or 1)
    a = b = 0
    i += 1
    prev = " "
    while i < len(fb) and not fb[i].startswith("@@"):
        c = fb[i][:1]
        assert c in " -+\\", fb[i]
        assert not (prev == "+" and c == "-"), "a removed line after an added one"
        a += c in " -"
        b += c in " +"
        prev = c
        i += 1
    assert (a, b) == (want_a, want_b), (a, b, want_a, want_b)
assert hunks >= 2, "one hunk only"
print("hunks:", hunks)
PY
	if command -v patch >/dev/null; then
		sed -n '2,$p' full.$f | grep -v "^r\.$f: " >d.$f
		check ".$f: patch turns the committed report into the regenerated one" sh -c "patch -s -o p.$f r.$f <d.$f && cmp p.$f new.$f"
	else
		ok ".$f: patch applies # skipped: no patch(1)"
	fi
done
check "the committed reports were left alone" sh -c "! cmp -s r.md new.md"
# what a reader looks for in the Markdown diff: the input's row with the
# old hash removed and the new one added, and the changed sentence in the
# evidence
newsha=$(sha256sum "c/$art" | cut -d' ' -f1)
check ".md: the input's row, old hash removed and new one added" sh -c \
	"grep -A1 -x -- '-| c/$art | [0-9]* | \`$oldsha\` |' full.md | grep -qx -- '+| c/$art | [0-9]* | \`$newsha\` |'"
check ".md: a hunk adds the article's new wording to the evidence" \
	grep -q -- '^+| harbor-ledger | harbor-ledger-shelter-vote | .*who voted no, \*\*claimed\*\* the hotel' full.md
check ".md: which the committed report did not have" sh -c \
	"! grep -q -- '^[- ]| harbor-ledger | harbor-ledger-shelter-vote | .*\*\*claimed\*\*' full.md"

# options, lexicons, slant's version, an edited report, a file that is no report
run_slant report $B --check new.md --seed 2 --bootstrap 30 c
expect_eq "$(head -1 "$TMP/out")" "new.md: stale: option bootstrap 20 -> 30; option seed 1 -> 2" "options: named with old and new values"
run_slant report $B --check new.csv -n 2 c
expect_eq "$(head -1 "$TMP/out")" "new.csv: stale: option ngrams 1 -> 2" "CSV: an option"
cp mini.lex attr.lex
run_slant report $B0 -l attr.lex c -o lex.html
lold=$(sha256sum attr.lex | cut -c1-8)
sed 's/^%version .*/%version 0.1.1/' attr.lex >x.lex && mv x.lex attr.lex
lnew=$(sha256sum attr.lex | cut -c1-8)
run_slant report $B0 -l attr.lex --check lex.html c
expect_eq "$(head -1 "$TMP/out")" "lex.html: stale: lexicon attr.lex changed (version 0.1.0 -> 0.1.1, sha256 $lold.. -> $lnew..)" "HTML: a lexicon's version and hash"
# one entry added to a lexicon: the lexicon is named (its version did not
# change), and the evidence gains the new word
run_slant report $B0 -l attr.lex c -o lex.md
lold=$(sha256sum attr.lex | cut -c1-8)
sed '/^claimed$/a vowed' attr.lex >x.lex && mv x.lex attr.lex
check "the entry was added" grep -qx vowed attr.lex
lnew=$(sha256sum attr.lex | cut -c1-8)
run_slant report $B0 -l attr.lex --check lex.md --check-lines 0 c
expect_status 1 "a lexicon entry added: stale"
expect_eq "$(head -1 "$TMP/out")" "lex.md: stale: lexicon attr.lex changed (sha256 $lold.. -> $lnew..)" "Markdown: a lexicon entry added names the lexicon"
check ".md: a hunk adds the new entry (its evidence or its hits)" grep -q '^+.*vowed' "$TMP/out"
check ".md: and no removed line has it" sh -c "! grep -q '^-.*\*\*vowed\*\*' '$TMP/out'"
ver=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["report"]["slant_version"])' new.json)
sed "s/\"slant_version\": \"$ver\"/\"slant_version\": \"0.0.1\"/" new.json >old-version.json
run_slant report $B --check old-version.json c
expect_eq "$(head -1 "$TMP/out")" "old-version.json: stale: same inputs, lexicons and options: slant's output changed (version 0.0.1 -> $ver)" "JSON: only slant's version differs"
sed 's/^## Summary/## Summery/' new.md >edited.md
run_slant report $B --check edited.md c
expect_eq "$(head -1 "$TMP/out")" "edited.md: stale: same inputs, lexicons and options: slant's output changed or the report was edited (same version $ver)" "Markdown: nothing recorded differs"
# a number written another way is the same number
sed 's/^| conf | 0\.9[0-9]* |$/| conf | 0.95000 |/' new.md >conf.md
check "conf was rewritten" sh -c "grep -q '^| conf | 0.95000 |' conf.md"
run_slant report $B --check conf.md c
check "0.95000 and the written conf are the same option" sh -c "head -1 '$TMP/out' | grep -q 'same inputs, lexicons and options'"
# values with markup characters come back as they were given, from HTML
# (entities) and Markdown (backslash escapes) alike
t='Left | right <&> "q" *x* `y`'
for f in html md; do
	run_slant report $B --report-title "$t" c -o title.$f
	run_slant report $B --report-title Plain --check title.$f c
	expect_eq "$(head -1 "$TMP/out")" "title.$f: stale: option report-title $t -> Plain" ".$f: an option with markup characters, unescaped"
done
echo '{"report": ' >broken.json
run_slant report $B --check broken.json c
expect_status 1 "a broken JSON report is stale"
check "and the first line says it cannot be read" sh -c "head -1 '$TMP/out' | grep -q '^broken.json: stale: cannot read what it was made from (invalid JSON at line'"
echo '# not a report' >other.md
run_slant report $B --check other.md c
expect_eq "$(head -1 "$TMP/out")" "other.md: stale: it records no input files, lexicons or options (not a report of slant's, or cut short)" "a Markdown file without provenance"
run_slant report $B --check missing.md c
expect_eq "$(cat "$TMP/out")" "missing.md: missing (slant report would write it)" "a missing report, on standard output"
expect_status 1 "a missing report: exit 1"
run_slant report $B --check r.md --check-lines x c
expect_status 2 "--check-lines takes a number"
printf 'input = c\ncheck-lines = 5\noutput = a.md\n' >a.analysis
run_slant report --analysis a.analysis
expect_status 3 "check-lines does not belong in an analysis file"
done_testing
