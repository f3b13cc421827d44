#!/bin/sh
# slant lexicon expand and check --corpus: what wildcards reach, counted
# by hand on a corpus written for it.
. "${srcdir:-.}/tests/cli/lib.sh"

cat >"$TMP/w.lex" <<'LEX'
%scheme w
%language en
%dimension conflict Conflict
%dimension weather Weather
@conflict
war*
ban*
clash*
battle of words
fight* back
!warning
@weather
flood*
rain
LEX
mkdir -p "$TMP/c/east" "$TMP/c/west"
cat >"$TMP/c/east/a.txt" <<'TXT'
The war went on. Warren said the warm weather helped, and the wardens agreed.
A ban on protests followed; the banned groups fought back in a battle of words.
TXT
cat >"$TMP/c/east/b.txt" <<'TXT'
The warning came late. War again, and a warrant for the general's arrest.
Clashes in the north; another clash at the border. Floods closed the road.
TXT
cat >"$TMP/c/west/c.txt" <<'TXT'
Warren's bank fought back. Rain, then floodwaters, then the floodplain drowned.
The warm wind and the warmer nights. War, wars and the wartime banners.
TXT

run_slant lexicon expand --help
expect_status 0 "expand --help"
expect_options_documented "$srcdir/man/slant-lexicon.1" lexicon expand

run_slant lexicon expand -f csv "$TMP/w.lex" "$TMP/c"
expect_status 0 "expand a directory"
cp "$TMP/out" "$TMP/expand.csv"
row() { grep "^$1,$2,[0-9]*,$3," "$TMP/expand.csv" | cut -d, -f5,6; }
expect_eq "$(row w/conflict 'war\*' war)" "3,3" "war*: 'war' 3 times in 3 articles (case folded)"
expect_eq "$(row w/conflict 'war\*' warren)" "1,1" "war*: warren"
expect_eq "$(row w/conflict 'war\*' "warren's")" "1,1" "war*: warren's"
expect_eq "$(row w/conflict 'war\*' warm)" "2,2" "war*: warm"
expect_eq "$(row w/conflict 'war\*' warning)" "" "the exclusion !warning takes 'warning'"
expect_eq "$(row w/conflict 'ban\*' banners)" "1,1" "ban*: banners"
expect_eq "$(row w/conflict 'fight\* back' 'fought back')" "" "fight* back: 'fought' is not fight*"
expect_eq "$(row w/conflict 'battle of words' 'battle of words')" "1,1" "a phrase reaches itself"
expect_eq "$(row w/weather 'flood\*' floodwaters)" "1,1" "flood*: floodwaters"
expect_eq "$(grep -c ',rain,' "$TMP/expand.csv")" 0 "single words only with --all"
total=$(grep '^w/conflict,war\*,' "$TMP/expand.csv" | cut -d, -f5 | paste -sd+ | bc)
share=$(grep '^w/conflict,war\*,[0-9]*,war,' "$TMP/expand.csv" | cut -d, -f7)
expect_eq "$total" 12 "war*: 12 matches in all"
check "the share is count / the entry's matches ($share)" python3 -c "import sys; sys.exit(abs($share - 3 / 12) > 1e-9)"
run_slant lexicon expand --all -f csv "$TMP/w.lex" "$TMP/c"
expect_out "w/weather,rain,14,rain,1,1,1" "--all: single words too"
expect_out "w/conflict,!warning,11,warning,1,1,1" "--all: an exclusion's reach is its own"
"$SLANT" lexicon expand -j 1 -f json "$TMP/w.lex" "$TMP/c" >"$TMP/j1"
"$SLANT" lexicon expand -j 3 -f json "$TMP/w.lex" "$TMP/c" >"$TMP/j3"
check "the same JSON on 1 and 3 threads" cmp "$TMP/j1" "$TMP/j3"
check "JSON parses" python3 -c "import json; d = json.load(open('$TMP/j1')); assert d['articles'] == 3"

# check --corpus: war* reaches mostly other words (warren, warren's, warm
# twice, wardens, warrant, warmer, wartime: 8 of 12); at least 10 matches
# are needed, so ban* is not looked at
run_slant lexicon check --corpus "$TMP/c" "$TMP/w.lex"
expect_status 0 "check --corpus: warnings only"
expect_out "w.lex:6: warning: 'war*' reaches mostly other words in the corpus: 8 of its 12 matches (warm 2, wardens 1, warmer 1, warrant 1, warren 1)" "war* reaches mostly other words"
expect_out "1 warning(s)" "and nothing else"
run_slant lexicon check --strict --corpus "$TMP/c" "$TMP/w.lex"
expect_status 1 "--strict fails on them"
run_slant lexicon check --corpus "$TMP/nosuch" "$TMP/w.lex"
expect_status 4 "an unreadable corpus"
run_slant lexicon expand "$TMP/w.lex"
expect_status 2 "expand without a corpus"
done_testing
