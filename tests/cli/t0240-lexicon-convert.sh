#!/bin/sh
# slant lexicon convert and the formats of other tools: each fixture of
# tests/data/lexicons/formats read (expected .lex), entries slant cannot
# match skipped with path:line, malformed files of each format refused with
# path:line and exit 3, wrong extensions named, round trips .lex -> .dic /
# YAML -> .lex, what a format cannot hold reported, byte-reproducible and
# atomic output, usage errors.
. "${srcdir:-.}/tests/cli/lib.sh"

F=$DATA/lexicons/formats
M=$DATA/lexicons/malformed

# Each format reads to the expected .lex.
for f in mood.dic stance.dicx framing.yml tone.lc3 tone2.lcd regions.cat frames.lex; do
	base=${f%.*}
	run_slant lexicon convert "$F/$f" -o "$TMP/$base.lex"
	expect_status 0 "$f converts to .lex"
	expect_file "lexfmt/$base.lex" "$TMP/$base.lex"
done

# What each reader skipped, with path:line, and the summary.
run_slant lexicon convert "$F/mood.dic" -o "$TMP/x.lex"
expect_err "mood.dic:18: conditional LIWC entry skipped" "LIWC conditional line skipped"
expect_err "mood.dic (LIWC .dic, 5 dimensions, 12 entries, 1 skipped) -> $TMP/x.lex (slant .lex)" "summary line"
run_slant lexicon convert "$F/stance.dicx" -o "$TMP/x.lex"
expect_err "stance.dicx:9: entry '*ist' skipped: a '*' that starts a word" ".dicx leading wildcard skipped"
expect_err "stance.dicx:10: entry 'nowhere' skipped: it is in no category" ".dicx row in no category"
run_slant lexicon convert "$F/framing.yml" -o "$TMP/x.lex"
expect_err "framing.yml:15: entry 'wom?n' skipped: '?' (any one character)" "YAML '?' glob skipped"
run_slant lexicon convert "$F/regions.cat" -o "$TMP/x.lex"
expect_err "regions.cat:5: entry 'GREEN?SPACE' skipped" "WordStat '?' skipped"

# Malformed files: path:line, exit 3, nothing written.
for spec in \
	"header.dic|header.dic:3:1: category line must be 'NUMBER NAME'" \
	"unknown-category.dic|unknown-category.dic:5:5: unknown category 7" \
	"cell.dicx|cell.dicx:3: cell 'yes' of category 'Hedge' is not X, empty or a number" \
	"quote.dicx|quote.dicx:3: quoted field not closed" \
	"syntax.yml|syntax.yml:4:9: YAML: did not find expected ',' or ']'" \
	"nested-list.yml|nested-list.yml:4:5: a list of patterns holds strings only" \
	"collision.yml|collision.yml:2: category 'work-life' and category 'Work Life' (line 1) both become dimension 'work-life'" \
	"entry-first.lc3|entry-first.lc3:1:1: entry before any '+CATEGORY' line" \
	"item.cat|item.cat:2:1: item 'PARK' is not indented below a category" \
	"yaml-content.dic|yaml-content.dic:1:1: a LIWC dictionary starts with a line '%' (read as LIWC .dic because of the extension '.dic'; the content looks like quanteda YAML)" \
	"dicx-content.lex|dicx-content.lex:1:1: '%scheme NAME' must come before anything else (read as slant .lex because of the extension '.lex'; the content looks like LIWC-22 .dicx)"; do
	file=${spec%%|*}
	msg=${spec#*|}
	rm -f "$TMP/bad.lex"
	run_slant lexicon convert "$M/$file" -o "$TMP/bad.lex"
	expect_status 3 "$file: exit 3"
	expect_err "$msg" "$file: names path:line"
	check "$file: no output written" test ! -e "$TMP/bad.lex"
done
# The same errors wherever a lexicon is taken.
printf 'A council clash over the budget.\n' >"$TMP/a.txt"
run_slant score --lexicon "$M/cell.dicx" "$TMP/a.txt"
expect_status 3 "score refuses a malformed .dicx"
expect_err "cell.dicx:3:" "naming path:line"

# Every format scores as it is, and a directory of them loads at once.
printf 'The mayor was glad. Perhaps the regime will abandon the budget meeting.\n' >"$TMP/day.txt"
run_slant score --lexicon "$F/mood.dic" --lexicon "$F/stance.dicx" \
	--lexicon "$F/tone.lc3" "$TMP/day.txt"
expect_status 0 "score with .dic, .dicx and .lc3"
expect_eq "$(csv_get "$TMP/out" day mood/affect.hits) $(csv_get "$TMP/out" day mood/work-life.hits) $(csv_get "$TMP/out" day stance/hedge.hits) $(csv_get "$TMP/out" day stance/loaded-words.hits) $(csv_get "$TMP/out" day tone/negative.hits)" \
	"1 1 1 1 1" "glad, budget meeting, perhaps, regime*, abandon* counted"
run_slant lexicon dims "$F"
expect_status 0 "a directory of every format loads"
expect_eq "$(grep -c '^[a-z]' "$TMP/out")" 7 "seven schemes"
expect_out "regions/city/roads-bridges                   1  ROADS/BRIDGES" "a third level joins its path"

# Round trips: .lex -> .dic / YAML -> .lex keep every entry the format can
# hold; the entries compared as DIMENSION<TAB>ENTRY lines.
entries() { # entries FILE.lex [noweights]: sorted "dim<TAB>entry" lines
	awk -v now="${2:-}" '/^@/ { d = substr($0, 2); next }
		/^%/ || /^#/ || /^[ \t]*$/ { next }
		{ if (now != "") sub(/ = [-0-9.e]+$/, ""); print d "\t" $0 }' "$1" | LC_ALL=C sort
}
cp "$F/frames.lex" "$TMP/frames.lex"
run_slant lexicon convert "$TMP/frames.lex" -o "$TMP/frames.dic"
expect_status 0 ".lex -> .dic"
expect_file "lexfmt/frames.dic" "$TMP/frames.dic"
expect_err "frames.dic: LIWC .dic cannot hold exclusion entries (!ENTRY): 2 dropped" "exclusions reported"
expect_err "frames.dic: LIWC .dic cannot hold negation settings (%negators, %clause-breakers, %negation-window, %negatable): 4 dropped" "negation reported"
expect_err "frames.dic: LIWC .dic cannot hold metadata lines (%title, %version, %language, %reference): 4 dropped" "metadata reported"
expect_err "frames.dic: LIWC .dic cannot hold dimension descriptions (the dimension's name is kept): 5 dropped" "descriptions reported"
expect_err "slant: note: $TMP/frames.dic: weights written as CATEGORY=WEIGHT (slant reads them; other LIWC readers do not): 3" "weights kept as a note"
run_slant lexicon convert "$TMP/frames.dic" -o "$TMP/frames-dic.lex"
expect_status 0 ".dic -> .lex"
entries "$TMP/frames.lex" | grep -v '	!' >"$TMP/want"
entries "$TMP/frames-dic.lex" >"$TMP/got"
check ".lex -> .dic -> .lex: every entry but the exclusions, with weights" cmp "$TMP/want" "$TMP/got"
run_slant lexicon convert "$TMP/frames.lex" -o "$TMP/frames.yml"
expect_status 0 ".lex -> YAML"
expect_file "lexfmt/frames.yml" "$TMP/frames.yml"
expect_err "frames.yml: quanteda YAML cannot hold entry weights other than 1: 3 dropped" "YAML: weights reported"
run_slant lexicon convert "$TMP/frames.yml" -o "$TMP/frames-yml.lex"
entries "$TMP/frames.lex" noweights | grep -v '	!' >"$TMP/want"
entries "$TMP/frames-yml.lex" >"$TMP/got"
check ".lex -> YAML -> .lex: every entry but the exclusions" cmp "$TMP/want" "$TMP/got"
# A foreign format through .lex and back is the same file.
run_slant lexicon convert "$F/mood.dic" -o "$TMP/mood.lex"
run_slant lexicon convert "$TMP/mood.lex" -o "$TMP/mood.dic"
run_slant lexicon convert "$TMP/mood.dic" -o "$TMP/mood2.lex"
check ".dic -> .lex -> .dic -> .lex: the same .lex" cmp "$TMP/mood.lex" "$TMP/mood2.lex"
run_slant lexicon convert "$F/framing.yml" -o "$TMP/framing.lex"
run_slant lexicon convert "$TMP/framing.lex" -o "$TMP/framing.yml"
check "the same name read back: no note" sh -c "! grep -q 'will be named' '$TMP/err'"
run_slant lexicon convert "$TMP/framing.lex" -o "$TMP/Other Name.yml"
expect_err "slant: note: $TMP/Other Name.yml: read back, the scheme 'framing' will be named 'other-name' after the file" "another file name: the new scheme name is said"
run_slant lexicon convert "$TMP/framing.yml" -o "$TMP/framing2.lex"
sed -i 's/^%title framing.yml$/%title framing.yml/' "$TMP/framing2.lex"
check "YAML -> .lex -> YAML -> .lex: the same .lex" cmp "$TMP/framing.lex" "$TMP/framing2.lex"

# Byte-reproducible: the same lexicon with its lines shuffled gives the
# same bytes.
run_slant lexicon convert "$F/tone.lc3" -o "$TMP/t1.yml"
printf "+neg_positive\nnot great\nnot good\n+positive#008800\ngood\nadmir*\n+negative#AA0000\nno man's land\nheckl**\nabandon*\na disgrace\n" >"$TMP/tone.lc3"
run_slant lexicon convert "$TMP/tone.lc3" -o "$TMP/t2.yml"
check "shuffled lines, the same YAML" cmp "$TMP/t1.yml" "$TMP/t2.yml"

# Standard output with --to; --strict; atomic replacement.
run_slant lexicon convert "$F/stance.dicx" --to yaml -o -
expect_status 0 "-o - with --to"
expect_out '"Loaded, Words":' "YAML on stdout"
echo "old" >"$TMP/keep.dic"
run_slant lexicon convert --strict "$TMP/frames.lex" -o "$TMP/keep.dic"
expect_status 1 "--strict fails when something would be dropped"
expect_err "nothing written (--strict)" "and says so"
expect_eq "$(cat "$TMP/keep.dic")" "old" "the old file is untouched"
run_slant lexicon convert --strict "$F/tone.lc3" -o "$TMP/keep.dic" -q
expect_status 0 "--strict passes when nothing is dropped"
check "-q prints nothing" test ! -s "$TMP/err"
cp "$TMP/keep.dic" "$TMP/keep.before"
run_slant lexicon convert "$M/syntax.yml" -o "$TMP/keep.dic"
check "a failed conversion leaves the old output" cmp "$TMP/keep.before" "$TMP/keep.dic"
expect_eq "$(ls "$TMP" | grep -c 'tmp\.')" 0 "and no temporary file"

# Usage errors (exit 2).
run_slant lexicon convert "$F/tone.lc3"
expect_status 2 "missing -o"
expect_err "missing -o OUT" "says what is missing"
run_slant lexicon convert "$F/tone.lc3" -o -
expect_status 2 "-o - without --to"
run_slant lexicon convert "$F/tone.lc3" -o "$TMP/x.txt"
expect_status 2 "an extension that names no format"
expect_err "give --to lex|dic|yaml" "asks for --to"
run_slant lexicon convert "$F/tone.lc3" -o "$TMP/x.cat"
expect_status 2 "a format slant reads but does not write"
expect_err "slant writes .lex, .dic and YAML, not WordStat .cat" "names it"
run_slant lexicon convert "$F/tone.lc3" --to csv -o "$TMP/x.lex"
expect_status 2 "unknown --to"
run_slant lexicon convert "$F" -o "$TMP/x.lex"
expect_status 2 "a directory as IN"
run_slant lexicon convert "$TMP/none.dic" -o "$TMP/x.lex"
expect_status 4 "a missing IN is an I/O error"
run_slant lexicon convert --help
expect_status 0 "convert --help"
expect_out "usage: slant lexicon convert IN -o OUT" "usage line"
run_slant lexicon --help
expect_out "convert" "lexicon --help lists convert"
# Every long option of convert --help is in slant-lexicon(1).
expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon convert
# Every command that takes --lexicon names the formats it reads.
for cmd in score compare report "lexicon eval" "lexicon kwic"; do
	run_slant $cmd --help
	expect_out "Lexicoder .lc3/.lcd, WordStat .cat)" "$cmd --help names the lexicon formats"
done
expect_eq "$(grep -c '^\.IR \.dicx ,$' "$srcdir/man/slant-score.1")" 1 "slant-score(1) names them too"
done_testing
