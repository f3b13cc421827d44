#!/bin/sh
# Language-aware scoring: language variants of one scheme share columns, a
# lexicon with a %language is applied only to articles in that language
# (lang/language field, else the script of the text), --language forces
# one, the cells of an unmeasured dimension are empty and a note counts
# such articles. Lexicons and articles written for this test.
. "${srcdir:-.}/tests/cli/lib.sh"

mkdir -p "$TMP/lex/en" "$TMP/lex/ar" "$TMP/lex/fa"
cat >"$TMP/lex/en/names.lex" <<'LEX'
%scheme names
%version 1.0.0
%language en
%kind naming
%dimension city            Names for the city
%dimension city/quds       Al-Quds
%dimension city/jerusalem  Jerusalem
%dimension group           Names for the movement
%dimension group/named     By its name
%dimension group/resistance As resistance
@city/quds
al-quds
@city/jerusalem
jerusalem
@group/named
hamas
@group/resistance
the resistance
LEX
cat >"$TMP/lex/ar/names.lex" <<'LEX'
%scheme names
%version 1.0.0
%language ar
%kind naming
%proclitics و ب ل
%dimension city            Names for the city
%dimension city/quds       Al-Quds
%dimension city/jerusalem  Jerusalem
@city/quds
القدس
!فيلق القدس
@city/jerusalem
أورشليم
LEX
cat >"$TMP/lex/fa/names.lex" <<'LEX'
%scheme names
%version 1.0.0
%language fa
%kind naming
%dimension city            Names for the city
%dimension city/quds       Al-Quds
%dimension city/jerusalem  Jerusalem
@city/quds
قدس
بیت‌المقدس
@city/jerusalem
اورشلیم
LEX
cat >"$TMP/lex/en/tone.lex" <<'LEX'
%scheme tone
%language en
%dimension positive Good news
@positive
victory
LEX
cat >"$TMP/lex/plain.lex" <<'LEX'
%scheme plain
%dimension numbers Digits
@numbers
2025
LEX

# Articles: English and Arabic without a language field, German with one,
# Persian typed with Arabic yeh and kaf, and one that says it is Arabic.
cat >"$TMP/news.jsonl" <<'JSONL'
{"id":"en1","source":"A","text":"Hamas officials spoke of al-Quds and of a victory in 2025. Jerusalem was quiet."}
{"id":"ar1","source":"B","text":"قال المتحدث إن القدس ستبقى عاصمة، وإن الطريق إلى القدس طويل. وأضاف أن فيلق القدس لم يعلق في 2025."}
{"id":"de1","source":"C","lang":"de","text":"Die Hamas sprach 2025 von einem Sieg, sagte der Sprecher in Jerusalem."}
{"id":"fa1","source":"D","text":"سخنگوي دولت گفت بيت‌المقدس و قدس براي مسلمانان مهم است و پيروزي نزديك است."}
{"id":"ar2","source":"B","language":"AR-eg","text":"Al-Quds and Jerusalem, said the English summary of an Arabic article, with a victory."}
JSONL

run_slant lexicon check "$TMP/lex"
expect_status 0 "three language variants of one scheme load together"
expect_out "5 scheme(s), 8 dimension(s), 12 entries (and 9 proclitic forms)" "dimensions merged by path; proclitic forms counted apart"
run_slant lexicon dims "$TMP/lex"
expect_out "names 1.0.0 (naming, ar)" "dims shows each variant with its language"

run_slant score -l "$TMP/lex" "$TMP/news.jsonl"
expect_status 0 "score with three languages"
cp "$TMP/out" "$TMP/s.csv"
cp "$TMP/err" "$TMP/s.err"
expect_eq "$(head -1 "$TMP/s.csv" | tr ',' '\n' | grep -c '^names/city/quds\.')" 6 \
	"one set of columns for names/city/quds"
g() { csv_get "$TMP/s.csv" "$1" "$2"; }
expect_eq "$(g en1 names/city/quds.hits) $(g en1 names/city/jerusalem.hits) $(g en1 names/group/named.hits)" \
	"1 1 1" "English article: the English entries"
expect_eq "$(g en1 tone/positive.hits) $(g en1 plain/numbers.hits)" "1 1" \
	"English article: English tone and the language-free scheme"
expect_eq "$(g ar1 names/city/quds.hits)" 2 \
	"Arabic article: the Arabic entries, a proclitic form, an exclusion"
expect_eq "$(g ar1 names/group/named.hits)|$(g ar1 names/group/named.rate)|$(g ar1 tone/positive.hits)" \
	"||" "Arabic article: dimensions only English lexicons declare are empty"
expect_eq "$(g ar1 plain/numbers.hits)" 1 "Arabic article: the language-free scheme applies"
expect_eq "$(g de1 names/group/named.hits)|$(g de1 names/city/jerusalem.hits)|$(g de1 tone/positive.rate)" \
	"||" "German article (lang de): no English words applied"
expect_eq "$(g de1 plain/numbers.hits)" 1 "German article: the language-free scheme applies"
expect_eq "$(g fa1 names/city/quds.hits)" 2 \
	"Persian article detected as fa (Arabic yeh and kaf folded, ZWNJ joined)"
expect_eq "$(g ar2 names/city/quds.hits) $(g ar2 names/city/jerusalem.hits)|$(g ar2 tone/positive.hits)" \
	"0 0|" "a language field wins over the script: Arabic lexicons only"
expect_err "slant: note: 2 articles in ar: 4 of 8 dimensions not measured, no lexicon in that language (tone; part of names)" \
	"the note counts the Arabic articles"
expect_err "1 article in de: 7 of 8 dimensions not measured" "and the German one"
expect_err "1 article in fa: 4 of 8 dimensions" "and the Persian one"
expect_eq "$(grep -c 'in an unknown language' "$TMP/s.err")" 0 "no note for English text"

run_slant score -l "$TMP/lex" --format jsonl "$TMP/news.jsonl"
expect_out '"names/group/named":{"hits":null,"hits_own":null,"hits_quoted":null,"rate":null,"rate_own":null,"rate_quoted":null}' \
	"JSONL: null for a dimension not measured"
run_slant score -l "$TMP/lex" --threads 3 "$TMP/news.jsonl"
expect_eq "$(cmp "$TMP/out" "$TMP/s.csv" && echo same)" same "same rows with 3 threads"
expect_eq "$(cat "$TMP/err")" "$(cat "$TMP/s.err")" "same note with 3 threads"
run_slant score -q -l "$TMP/lex" "$TMP/news.jsonl"
expect_eq "$(cat "$TMP/err")" "" "--quiet: no note"

run_slant score -l "$TMP/lex" --language en "$TMP/news.jsonl"
expect_status 0 "--language en"
cp "$TMP/out" "$TMP/en.csv"
expect_eq "$(csv_get "$TMP/en.csv" ar1 names/city/quds.hits) $(csv_get "$TMP/en.csv" ar1 tone/positive.hits)" \
	"0 0" "--language en: the Arabic article gets English lexicons, nothing matches"
expect_eq "$(csv_get "$TMP/en.csv" de1 names/group/named.hits)" 1 \
	"--language en overrides the lang field"
expect_eq "$(grep -c 'not measured' "$TMP/err")" 0 "--language en: every dimension measured"
run_slant score -l "$TMP/lex" --language e1 "$TMP/news.jsonl"
expect_status 2 "--language must be a code"
expect_err "--language takes a language code" "and says so"

run_slant score -l "$TMP/lex" --explain "$TMP/news.jsonl"
expect_out "ar1,B,names/city/quds,القدس,hit,2,2,0" \
	"--explain lists a proclitic form under the entry as written"
expect_out "ar1,B,names/city/quds,فيلق القدس,excluded,1" "and the exclusion"

# Text files: a front-matter language key.
mkdir -p "$TMP/txt"
printf -- '---\nid: t1\nlang: ar\n---\nJerusalem and al-Quds.\n' >"$TMP/txt/t1.txt"
run_slant score -l "$TMP/lex" "$TMP/txt"
expect_eq "$(csv_get "$TMP/out" t1 names/city/quds.hits)|$(csv_get "$TMP/out" t1 tone/positive.hits)" \
	"0|" "front-matter lang: ar"

# compare and report take --language too and print the note.
run_slant compare -l "$TMP/lex" --table dimensions "$TMP/news.jsonl"
expect_status 0 "compare with three languages"
expect_err "2 articles in ar:" "compare prints the note"
run_slant compare -l "$TMP/lex" --language en --table dimensions "$TMP/news.jsonl"
expect_eq "$(grep -c 'not measured' "$TMP/err")" 0 "compare --language en: no note"

# Two files may share a scheme name only with different languages.
cp "$TMP/lex/en/names.lex" "$TMP/names2.lex"
run_slant lexicon check "$TMP/lex/en/names.lex" "$TMP/names2.lex"
expect_status 3 "same scheme, same language: an error"
expect_err "names2.lex:1:9: scheme 'names' is already loaded from" "naming the second file's %scheme line"
sed 's/^%language en/%language ar/; s/^%kind naming/%kind framing/' "$TMP/lex/en/names.lex" >"$TMP/names3.lex"
run_slant lexicon check "$TMP/lex/en/names.lex" "$TMP/names3.lex"
expect_status 3 "variants must agree on %kind"
expect_err "scheme 'names' is framing here but naming in" "and it says so"
grep -v '^%language' "$TMP/lex/en/names.lex" >"$TMP/names4.lex"
run_slant lexicon check "$TMP/lex/ar/names.lex" "$TMP/names4.lex"
expect_status 3 "a variant without %language: an error"

# A variant must fill the dimensions it declares.
printf '%%scheme names\n%%language fa\n%%kind naming\n%%dimension city x\n%%dimension city/quds y\n%%dimension city/jerusalem z\n@city/quds\nقدس\n' >"$TMP/names5.lex"
run_slant lexicon check "$TMP/lex/en/names.lex" "$TMP/names5.lex"
expect_status 1 "an empty variant dimension fails the lint"
expect_out "names5.lex:0: error: dimension 'city/jerusalem' has no entries" "naming the variant's file"

# The bundled lexicons: English, Arabic and Persian load together, and an
# Arabic and a Persian article fill the shared naming columns.
run_slant lexicon dims
expect_out "naming 1.0.0 (naming, ar)" "bundled Arabic naming"
expect_out "naming 1.0.0 (naming, fa)" "bundled Persian naming"
cat >"$TMP/seedlike.jsonl" <<'JSONL'
{"id":"ar","source":"X","text":"قال قائد الثورة الإسلامية إن المقاومة انتصرت على الكيان الصهيوني، وإن يوم تحرير القدس قريب بإذن الله."}
{"id":"fa","source":"Y","text":"رهبر انقلاب گفت مقاومت بر رژیم صهیونیستی پیروز شد و روز آزادی قدس نزدیک است."}
JSONL
run_slant score --format jsonl "$TMP/seedlike.jsonl"
expect_status 0 "bundled lexicons on Arabic and Persian text"
cp "$TMP/out" "$TMP/seed.jsonl"
hits() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    d=json.loads(l)
    if d["id"]==sys.argv[2]: print(" ".join(str(d["dimensions"][k]["hits"]) for k in sys.argv[3:]))' "$TMP/seed.jsonl" "$@"; }
expect_eq "$(hits ar naming/israel/zionist-entity naming/hamas/resistance naming/jerusalem/al-quds naming/iran-leader/leader-of-the-islamic-revolution religious/divine)" 	"1 1 1 1 1" "Arabic: entity, resistance, al-Quds, Leader, God"
expect_eq "$(hits fa naming/israel/zionist-regime naming/hamas/resistance naming/jerusalem/al-quds naming/iran-leader/leader-of-the-islamic-revolution tone/positive)" 	"1 1 1 1 1" "Persian: regime, resistance, al-Quds, Leader, victory"
expect_eq "$(hits ar loaded/language/pejorative)" "None" "Arabic: an English-only scheme is not measured"
done_testing
