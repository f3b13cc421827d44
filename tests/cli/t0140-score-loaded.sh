#!/bin/sh
# The bundled loaded-language lexicon gives one composite column,
# loaded/language, whose hits and weighted score gather all its kinds.
. "${srcdir:-.}/tests/cli/lib.sh"

LOADED=$srcdir/lexicons/en/loaded.lex
cat >"$TMP/in.jsonl" <<'EOF_IN'
{"id":"slant","text":"Critics slammed the utterly reckless plan, a massive giveaway."}
{"id":"plain","text":"The council approved the budget on Tuesday after a short debate."}
{"id":"quoted","text":"The mayor said the plan was \"utterly reckless\" and left."}
{"id":"phrase","text":"He repeated the claim without evidence."}
{"id":"crisis","text":"The financial crisis of 2008 came years before the border crisis."}
EOF_IN
run_slant score -l "$LOADED" -o "$TMP/s.csv" "$TMP/in.jsonl"
expect_status 0 "score with the bundled loaded lexicon"
g() { csv_get "$TMP/s.csv" "$1" "$2"; }

# slammed (attack) + utterly, massive (intensifiers) + reckless (evaluative)
# at weight 1; giveaway (evaluative) at 0.5
expect_eq "$(g slant loaded/language.hits)" 5 "the composite counts the hits of every kind"
expect_eq "$(g slant loaded/language.score)" 4.5000 "the composite score is the sum of the weights"
expect_eq "$(g slant loaded/language/attack.hits) $(g slant loaded/language/intensifiers.hits) $(g slant loaded/language/evaluative.score)" \
	"1 2 1.5000" "the kinds keep their own columns"
expect_eq "$(g plain loaded/language.hits) $(g plain loaded/language.score)" "0 0.0000" "a plain sentence scores nothing"
expect_eq "$(g quoted loaded/language.hits_own) $(g quoted loaded/language.hits_quoted)" "0 2" \
	"quoted loaded words count in the quoted column"
# 'claim' is loaded attribution (0.5); 'without evidence' is a phrase (1)
expect_eq "$(g phrase loaded/language/attribution.hits) $(g phrase loaded/language.score)" "2 1.5000" \
	"loaded attribution counts in the composite"
# 'financial crisis' is excluded; 'border crisis' counts at weight 1
expect_eq "$(g crisis loaded/language/scare.hits) $(g crisis loaded/language.score)" "1 1.0000" \
	"a bias-by-use word counts only where it frames"
done_testing
