#!/bin/sh
# slant score on a small two-outlet corpus whose numbers are counted by hand
# (tests/data/small, tests/data/lexicons/mini.lex).
. "${srcdir:-.}/tests/cli/lib.sh"

run_slant score --lexicon "$DATA/lexicons/mini.lex" "$DATA/small"
expect_status 0 "score a directory of outlets"
cp "$TMP/out" "$TMP/s.csv"
expect_eq "$(head -1 "$TMP/s.csv" | cut -d, -f1-7)" \
	"id,group,date,title,tokens,tokens_own,tokens_quoted" "fixed columns first"
expect_eq "$(head -1 "$TMP/s.csv" | tr ',' '\n' | grep -c '^mini/')" 32 \
	"6 measures x 5 dimensions + score + negated"
expect_eq "$(sed 1d "$TMP/s.csv" | cut -d, -f1,2 | tr '\n' ' ')" \
	"alpha-budget,alpha-daily alpha-river-raid,alpha-daily beta-budget,beta-post beta-river-raid,beta-post " \
	"rows in sorted path order, grouped by directory"

g() { csv_get "$TMP/s.csv" "$1" "$2"; }
expect_eq "$(g alpha-river-raid tokens) $(g alpha-river-raid tokens_own) $(g alpha-river-raid tokens_quoted)" \
	"32 20 12" "token counts split own voice / quoted"
expect_eq "$(g alpha-river-raid mini/attribution/neutral.hits_own)" 3 "neutral attribution in own voice"
expect_eq "$(g alpha-river-raid mini/attribution.hits)" 3 "sub-dimensions roll up"
expect_eq "$(g alpha-river-raid mini/armed-group.hits_own) $(g alpha-river-raid mini/armed-group.hits_quoted)" \
	"2 1" "armed group: two own, one quoted"
expect_eq "$(g alpha-river-raid mini/armed-group.rate_own)" 100.0000 "rate per 1,000 own tokens"
expect_eq "$(g alpha-river-raid mini/armed-group.rate_quoted)" 83.3333 "rate per 1,000 quoted tokens"
expect_eq "$(g alpha-river-raid mini/tone.hits) $(g alpha-river-raid mini/tone.negated)" \
	"0 1" "'not a victory' is negated, not counted"
expect_eq "$(g beta-river-raid tokens_own) $(g beta-river-raid tokens_quoted)" "25 4" "beta token split"
expect_eq "$(g beta-river-raid mini/armed-group.hits)" 2 "exclusion 'fighters' union' blocks 'fighters'"
expect_eq "$(g beta-river-raid mini/attribution/loaded.hits)" 3 "loaded attribution verbs"
expect_eq "$(g beta-river-raid mini/tone.hits_quoted)" 1 "quoted victory counts"
expect_eq "$(g alpha-budget mini/tone.score)" 2.0000 "weighted score"
expect_eq "$(g beta-budget mini/tone.hits) $(g beta-budget mini/tone.negated)" "0 1" "wasn't negates"
expect_eq "$(g alpha-budget title)" "Budget passes" "title from front matter"
expect_eq "$(g alpha-budget date)" "2026-05-02" "date from front matter"
expect_file small-scores.csv "$TMP/s.csv"

# Formats
run_slant score -l "$DATA/lexicons/mini.lex" --format tsv "$DATA/small"
expect_status 0 "tsv output"
expect_eq "$(head -1 "$TMP/out" | cut -f1-3)" "$(printf 'id\tgroup\tdate')" "tab separated"
run_slant score -l "$DATA/lexicons/mini.lex" --format jsonl "$DATA/small"
expect_status 0 "jsonl output"
check "every jsonl line is a JSON object with dimensions" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 4
r = [x for x in rows if x["id"] == "alpha-river-raid"][0]
assert r["tokens"] == 32 and r["dimensions"]["mini/armed-group"]["hits_quoted"] == 1
assert r["dimensions"]["mini/tone"]["negated"] == 1
' "$TMP/out"

# Explicit groups for loose files, like the two seed articles.
run_slant score -l "$DATA/lexicons/mini.lex" --group A "$DATA/small/alpha-daily/budget.txt" \
	--group B "$DATA/small/beta-post/budget.txt"
expect_status 0 "explicit --group per path"
expect_eq "$(sed 1d "$TMP/out" | cut -d, -f2 | tr '\n' ' ')" "A B " "groups from --group"

# -o writes atomically and says nothing on stdout
run_slant score -l "$DATA/lexicons/mini.lex" -o "$TMP/o.csv" "$DATA/small"
expect_status 0 "score -o FILE"
check "-o file equals stdout output" cmp "$TMP/o.csv" "$TMP/s.csv"
expect_eq "$(wc -c <"$TMP/out")" 0 "nothing on stdout with -o"
check "no temporary file left" sh -c "! ls '$TMP'/o.csv.tmp.* 2>/dev/null"

# Standard input
run_slant score -l "$DATA/lexicons/mini.lex" - <"$DATA/small/beta-post/budget.txt"
expect_status 0 "score standard input"
expect_out "beta-budget,Beta Post,2026-05-02,Budget forced through,11,11,0" "stdin article row, group from front-matter source"

# Empty article: zero tokens, empty rates, no division by zero
printf -- '---\nid: empty\n---\n' >"$TMP/empty.txt"
run_slant score -l "$DATA/lexicons/mini.lex" "$TMP/empty.txt"
expect_status 0 "empty article"
expect_eq "$(sed -n 2p "$TMP/out" | cut -d, -f5-13)" "0,0,0,0,0,0,,," "zero tokens, empty rates"

# --explain
run_slant score -l "$DATA/lexicons/mini.lex" --explain "$DATA/small"
expect_status 0 "explain"
expect_out "beta-river-raid,beta-post,mini/armed-group,fighters' union,excluded,1,1,0,58-73," "exclusion listed"
expect_out 'beta-river-raid,beta-post,mini/armed-group,terrorist*,hit,2,1,1,1-11 127-136,' "wildcard with offsets"
expect_out "beta-budget,beta-post,mini/tone,success,negated,1,1,0" "negated hit listed"
expect_out "[Terrorists] stormed the river post" "context with the match in brackets"

# Records longer than the 64 KiB read chunk, between short ones: 30,000
# words of "war and peace " in one line, and every record in its place.
awk 'BEGIN {
	printf "{\"id\":\"short1\",\"text\":\"war\"}\n{\"id\":\"long\",\"text\":\""
	for (i = 0; i < 10000; i++) printf "war and peace "
	printf "\"}\n{\"id\":\"short2\",\"text\":\"peace\"}\n" }' >"$TMP/long.jsonl"
run_slant score -l "$DATA/lexicons/mini.lex" "$TMP/long.jsonl"
expect_status 0 "a record longer than a read"
expect_eq "$(cut -d, -f1,5 "$TMP/out" | tr '\n' ' ')" "id,tokens short1,1 long,30000 short2,1 " \
	"its 30,000 tokens, and the records around it"

done_testing
