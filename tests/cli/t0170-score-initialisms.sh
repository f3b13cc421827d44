#!/bin/sh
# Initialisms and abbreviations as a user meets them: "U.S." and "F.B.I."
# are one token each (u.s., f.b.i.) in score's token counts, in lexicon
# matches and in compare's terms, never the letters u, s, b, f; "U.S."
# is not the pronoun "us"; a title ("Mr.") ends no sentence, while an
# initialism before "The" does. Articles and lexicon written for this test.
. "${srcdir:-.}/tests/cli/lib.sh"

mkdir -p "$TMP/corpus/ledger" "$TMP/corpus/courier"
cat >"$TMP/corpus/ledger/a1.txt" <<'EOF'
Senators in the U.S. traded blame on Tuesday. Mr. Hale, who leads the panel, said the F.B.I. had briefed members at 9 a.m. before the vote.

"Nobody told us," said Ms. Ortiz. The U.S. Senate adjourned early.
EOF
cat >"$TMP/corpus/ledger/a2.txt" <<'EOF'
The N.R.A said it would fund new ads in the U.S. The next day, Mr. Hale asked the F.B.I. for a review, e.g. of the donor lists.
EOF
cat >"$TMP/corpus/courier/b1.txt" <<'EOF'
Lawmakers told us they would wait for the F.B.I. report. Mr Hale said the agency had not called us back.
EOF
cat >"$TMP/corpus/courier/b2.txt" <<'EOF'
Critics say the plan helps us all. Officials from Acme Inc. The firm did not comment.
EOF
# Entries written with periods, the old way (letters apart) and without
# the last period; phrases that must and must not cross a sentence end.
cat >"$TMP/initials.lex" <<'EOF'
%scheme initials
%version 1.0.0
%dimension country   The country by its initials
%dimension pronoun   The pronoun us
%dimension bureau    Bureaus and lobbies by their initials
%dimension phrases   Phrases next to abbreviations
@country
U.S.
@pronoun
us
@bureau
f b i
n.r.a
@phrases
u.s. senate
mr hale
u.s. the
inc the
EOF

run_slant lexicon check "$TMP/initials.lex"
expect_status 0 "the lexicon with initialisms written three ways is valid"

# Token counts by hand. a1: "Senators in the U.S. traded blame on
# Tuesday" 8, "Mr. Hale ... the vote" 18 (mr, f.b.i. and a.m. one token
# each), the quotation 3, "said Ms. Ortiz" 3, "The U.S. Senate adjourned
# early" 5: 37, 3 of them quoted. a2: 27 (n.r.a., u.s., mr, f.b.i., e.g.
# one each). b1: 20. b2: 16 (inc one). Split into letters they would be
# 42, 33, 22 and 16.
run_slant score -q -l "$TMP/initials.lex" "$TMP/corpus"
expect_status 0 "score runs"
cut -d, -f1,5-7 "$TMP/out" >"$TMP/tokens"
cat >"$TMP/want" <<'EOF'
id,tokens,tokens_own,tokens_quoted
courier/b1,20,20,0
courier/b2,16,16,0
ledger/a1,37,34,3
ledger/a2,27,27,0
EOF
check "each initialism and title is one token in the counts" \
	diff -u "$TMP/want" "$TMP/tokens"

# Which entry matched what: "U.S." and its phrase span the period, "us"
# is never U.S., the letters-apart and period-less entries still match,
# "mr hale" matches "Mr. Hale" and "Mr Hale" (the title ends no
# sentence), and "u.s. the" and "inc the" find nothing: "U.S. The next
# day" and "Acme Inc. The firm" are two sentences each.
run_slant score -q -l "$TMP/initials.lex" --explain "$TMP/corpus"
expect_status 0 "score --explain runs"
cut -d, -f1,3-7,9 "$TMP/out" >"$TMP/explain"
cat >"$TMP/want" <<'EOF'
id,dimension,entry,kind,count,own,offsets
courier/b1,initials/bureau,f b i,hit,1,1,42-48
courier/b1,initials/phrases,mr hale,hit,1,1,57-64
courier/b1,initials/pronoun,us,hit,2,2,15-17 96-98
courier/b2,initials/pronoun,us,hit,1,1,27-29
ledger/a1,initials/bureau,f b i,hit,1,1,86-92
ledger/a1,initials/country,U.S.,hit,2,2,16-20 179-183
ledger/a1,initials/phrases,mr hale,hit,1,1,46-54
ledger/a1,initials/phrases,u.s. senate,hit,1,1,179-190
ledger/a1,initials/pronoun,us,hit,1,0,154-156
ledger/a2,initials/bureau,f b i,hit,1,1,82-88
ledger/a2,initials/bureau,n.r.a,hit,1,1,4-9
ledger/a2,initials/country,U.S.,hit,1,1,44-48
ledger/a2,initials/phrases,mr hale,hit,1,1,63-71
EOF
check "initialisms match as one word, titles join phrases, openers end sentences" \
	diff -u "$TMP/want" "$TMP/explain"
expect_out '[U.S. Senate]' "the evidence shows the initialism as written"

# compare's terms: u.s., f.b.i., mr and a.m. are terms; the letters are not.
run_slant compare -q -l "$TMP/initials.lex" --min-count 1 -B 0 "$TMP/corpus"
expect_status 0 "compare runs"
cut -d, -f3-5 "$TMP/out" | sort >"$TMP/terms"
check "u.s. is a term counted 3 times in ledger, 0 in courier" \
	grep -qx 'u.s.,0,3' "$TMP/terms"
check "f.b.i. is a term of both outlets" grep -qx 'f.b.i.,1,2' "$TMP/terms"
check "n.r.a. is written with its last period" \
	grep -qx 'n.r.a.,0,1' "$TMP/terms"
check "mr is one term for Mr. and Mr" grep -qx 'mr,1,2' "$TMP/terms"
check "us counts only the pronoun" grep -qx 'us,3,1' "$TMP/terms"
# ("a" is the article, a word of its own)
cut -d, -f1 "$TMP/terms" | grep -x '[b-z]' >"$TMP/letters"
expect_eq "$(cat "$TMP/letters")" "" "no letter of an initialism is a term"
done_testing
