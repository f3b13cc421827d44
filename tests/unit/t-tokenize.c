/* t-tokenize.c: words, normalisation, sentences, paragraphs and quotes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tap.h"
#include "tokenize.h"
#include "unicode.h"
#include "vocab.h"

static struct slant_vocab *vocab;
static struct slant_tokenizer *tk;
static struct slant_tokens toks;

/* Tokenize s and return "word word ..." with quoted tokens in [brackets]
 * and "|" before each sentence start after the first, "||" for a new
 * paragraph. */
static const char *render(const char *s)
{
	static struct slant_buf b;
	slant_buf_reset(&b);
	slant_tokenize(tk, s, strlen(s), &toks);
	for (size_t i = 0; i < toks.n; i++) {
		const struct slant_token *t = &toks.v[i];
		if (i) {
			if (t->flags & SLANT_TOK_PARA_START)
				slant_buf_puts(&b, " || ");
			else if (t->flags & SLANT_TOK_SENT_START)
				slant_buf_puts(&b, " | ");
			else
				slant_buf_putc(&b, ' ');
		}
		const char *w = slant_vocab_word(vocab, t->type, NULL);
		if (t->flags & SLANT_TOK_QUOTED)
			slant_buf_printf(&b, "[%s]", w);
		else
			slant_buf_puts(&b, w);
	}
	if (!b.data)
		slant_buf_puts(&b, "");
	return b.data;
}

static const char *norm(const char *s)
{
	static struct slant_buf b;
	slant_buf_reset(&b);
	slant_unicode_normalize(s, strlen(s), &b);
	if (!b.data)
		slant_buf_puts(&b, "");
	return b.data;
}

/* The word sieve: never stops a word it holds or a word with one of its
 * prefixes, stops most others, and passes every word it does not meet. */
static void test_sieve(void)
{
	struct slant_word_sieve *sv = slant_word_sieve_new();
	const char *words[] = {"the", "war", "x", "3", "abcdefghijklmno"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		slant_word_sieve_word(sv, words[i], strlen(words[i]));
	slant_word_sieve_prefix(sv, "resist", 6);
	slant_word_sieve_prefix(sv, "ne", 2);
	slant_word_sieve_suffix(sv, "n't", 3);
	const char *pass[] = {"the",
	                      "war",
	                      "x",
	                      "3",
	                      "abcdefghijklmno",
	                      "resist",
	                      "resistance",
	                      "resisting",
	                      "ne",
	                      "new",
	                      "never",
	                      "ne1",
	                      "abcdefghijklmnop", /* 16 bytes */
	                      "don't",
	                      "THE",
	                      "café"};
	int all = 1;
	for (size_t i = 0; i < sizeof pass / sizeof *pass; i++)
		if (!slant_word_sieve_passes(sv, pass[i], strlen(pass[i]))) {
			printf("# stopped: %s\n", pass[i]);
			all = 0;
		}
	ok(all, "sieve passes its words, prefixed words and words it does "
	        "not meet");
	/* Same first bytes, another length; shorter than the prefix; a
	 * prefix of two is not a prefix of one. */
	const char *stop[] = {"thee",  "wars",  "xy",      "resis", "n",
	                      "zebra", "table", "running", "1999"};
	all = 1;
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (slant_word_sieve_passes(sv, stop[i], strlen(stop[i]))) {
			printf("# passed: %s\n", stop[i]);
			all = 0;
		}
	ok(all, "sieve stops words of other lengths, shorter than a prefix, "
	        "or unrelated");
	slant_word_sieve_suffix(sv, "less", 4);
	ok(slant_word_sieve_passes(sv, "zebra", 5) &&
	       slant_word_sieve_passes(sv, "n", 1),
	   "a suffix of letters lets every word pass");
	slant_word_sieve_free(sv);
}

int main(void)
{
	test_sieve();
	vocab = slant_vocab_new();
	tk = slant_tokenizer_new(vocab);
	slant_tokens_init(&toks);

	/* Words */
	is_str(render("Hello, World!"), "hello world",
	       "ASCII words are lower-cased");
	is_str(render("don't well-known 3.5 15,000 co-op"),
	       "don't well-known 3.5 15,000 co-op",
	       "inner apostrophes, hyphens, number separators");
	is_str(render("students' books -- end-"), "students books end",
	       "trailing apostrophe and hyphens are not in words");
	is_str(render("Don’t stop"), "don't stop",
	       "’ inside a word reads as '");
	is_str(render("Café CAFÉ café"), "café café café",
	       "case folding beyond ASCII");
	is_str(render("ﬁnance ①"), "finance 1",
	       "NFKC: ligature and circled digit");
	is_str(render(""), "", "empty text has no tokens");
	is_int(toks.n, 0, "zero tokens for empty text");
	is_int(toks.nsentences, 0, "zero sentences for empty text");
	is_str(render("   \n\n  "), "", "white space only has no tokens");

	/* Scripts */
	is_str(render("Η Αθήνα είναι ΜΕΓΑΛΗ."), "η αθήνα είναι μεγαλη",
	       "Greek, case folded");
	is_str(render("Москва заявила об УДАРЕ."), "москва заявила об ударе",
	       "Cyrillic");
	is_str(render("قالَ الرئيسُ إنّ"), "قال الرئيس ان",
	       "Arabic diacritics removed");
	is_str(render("كـــتاب"), "كتاب", "Arabic tatweel removed");
	is_str(render("رهبر انقلاب اسلامی گفت"), "رهبر انقلاب اسلامي گفت",
	       "Persian");
	is_str(render("שָׁלוֹם עולם"), "שלום עולם", "Hebrew points removed");
	/* Arabic and Persian spellings of one letter read alike. */
	is_str(render("رهبری رهبرى رهبري"), "رهبري رهبري رهبري",
	       "Farsi yeh and alef maksura read as yeh");
	is_str(render("کشور كشور"), "كشور كشور", "keheh reads as kaf");
	is_str(render("خانۀ خانه"), "خانه خانه",
	       "heh with yeh above reads as heh");
	is_str(render("إسرائيل أمن ٱلله"), "اسرائيل امن الله",
	       "alef with hamza or wasla reads as alef");
	is_str(render("آمن آمریکا"), "آمن آمريكا",
	       "alef with madda stays (آمن is not أمن)");
	is_str(norm("\xD8\xA7\xD9\x94\xD9\x85\xD9\x86"),
	       "\xD8\xA7\xD9\x85\xD9\x86",
	       "a decomposed alef and hamza reads as alef too");
	is_str(render("۷ اکتبر ٢٠٢٣"), "7 اكتبر 2023",
	       "Persian and Arabic-Indic digits read as ASCII digits");
	/* ZWNJ inside a Persian word joins its parts. */
	is_str(render("می\xE2\x80\x8Cخواهد میخواهد رژیم\xE2\x80\x8Cها"),
	       "ميخواهد ميخواهد رژيمها",
	       "zero-width non-joiner joins the parts of a word");
	is_str(render("می خواهد"), "مي خواهد",
	       "a space between the parts leaves two words");
	is_str(norm("Zionist\xE2\x80\x99s"), "zionist's", "normalize folds ’");
	is_str(norm("\xD8\xA7\xD9\x84\xD9\x80\xD9\x84\xD9\x87"),
	       "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87", "normalize drops tatweel");

	/* Sentences and paragraphs */
	is_str(render("He left. She stayed! Why? Mr. Smith met Dr. Jones in "
	              "the U.S. on Monday."),
	       "he left | she stayed | why | mr smith met dr jones in the u.s. "
	       "on monday",
	       "sentence ends, abbreviations and initials");
	is_str(render("It costs 3.5 dollars. e.g. this continues"),
	       "it costs 3.5 dollars e.g. this continues",
	       "a lower-case word after a period does not start a sentence");

	/* Abbreviations and initialisms */
	is_str(render("the U.S. economy"), "the u.s. economy",
	       "an initialism is one token with its periods");
	is_int(toks.n, 3, "three tokens in 'the U.S. economy'");
	is_int(toks.v[1].length, 4, "the token 'U.S.' spans its final period");
	is_str(render("U.S.A. and F.B.I. and D.C."),
	       "u.s.a. and f.b.i. and d.c.",
	       "initialisms of two and three letters");
	is_str(render("us US U.S. u.s."), "us us u.s. u.s.",
	       "'U.S.' never reads as the word 'us'");
	is_str(render("the N.R.A said"), "the n.r.a. said",
	       "an initialism without its last period reads the same");
	is_str(render("at 9 a.m. and 5 p.m. daily"),
	       "at 9 a.m. and 5 p.m. daily", "a.m. and p.m.");
	is_str(render("e.g. this, i.e. that"), "e.g. this i.e. that",
	       "e.g. and i.e.");
	is_str(render("Mr. Smith said"), "mr smith said",
	       "a title is one token without its period, no sentence end");
	is_str(render("Mr Smith and Mr. Smith"), "mr smith and mr smith",
	       "'Mr' and 'Mr.' are one type");
	is_str(render("in the U.S. The next day"), "in the u.s. | the next day",
	       "an initialism can close a sentence before an opener");
	is_str(render("the U.S. Senate voted. It passed."),
	       "the u.s. senate voted | it passed",
	       "a capitalised name after an initialism is no sentence start");
	is_str(render("U.S. officials said"), "u.s. officials said",
	       "a lower-case word after an initialism goes on");
	is_str(render("J. Smith and John F. Kennedy"),
	       "j smith and john f kennedy",
	       "a lone initial stays a letter and ends no sentence");
	is_str(render("It was Plan B. It failed."), "it was plan b | it failed",
	       "a lone letter can close a sentence before an opener");
	is_str(render("J.Smith"), "j smith",
	       "a letter, a period and a word are no initialism");
	is_str(render("Apple Inc. The firm grew. Smith Jr. He left."),
	       "apple inc | the firm grew | smith jr | he left",
	       "closing abbreviations end a sentence before an opener");
	is_str(render("on Jan. 5, officials met in St. Louis"),
	       "on jan 5 officials met in st louis",
	       "a number or a name after a closing abbreviation goes on");
	is_str(render("Dr. He Jiankui spoke to Gen. The"),
	       "dr he jiankui spoke to gen the", "titles never end a sentence");
	is_str(render("the U.S., The Times said"), "the u.s. the times said",
	       "a comma after an initialism cancels its sentence end");
	is_str(render("the U.S.-led force and the U.S.'s role"),
	       "the u.s. led force and the u.s. s role",
	       "hyphen and apostrophe after an initialism");
	is_str(render("3.5 and 1.2.3 and x.y.z"), "3.5 and 1.2.3 and x.y.z.",
	       "decimals stay numbers; letters with periods are initialisms");
	is_str(render("ab.cd. A.b"), "ab cd | a.b.",
	       "words of two letters are not initials");
	slant_tokenize_string(tk, "They met in Washington, D.C.", &toks);
	is_int(toks.nsentences, 1,
	       "a text ending in an initialism: one "
	       "sentence");
	is_int(toks.n, 5, "five tokens");
	is_str(render("One para\nstill one.\n\nTwo para"),
	       "one para still one || two para",
	       "blank line starts a paragraph");
	is_str(render("One\r\n\r\nTwo"), "one || two", "CRLF blank line");
	slant_tokenize_string(tk, "Ab cd. Ce de.\n\nEf gh.", &toks);
	is_int(toks.nsentences, 3, "three sentences");
	is_int(toks.nparagraphs, 2, "two paragraphs");

	/* Quotes */
	is_str(render("He said “we will win” today."),
	       "he said [we] [will] [win] today", "curly double quotes");
	is_str(render("He said \"we will win\" and left."),
	       "he said [we] [will] [win] and left",
	       "straight double quotes toggle");
	is_str(render("«Nous gagnerons» dit-il"), "[nous] [gagnerons] dit-il",
	       "guillemets");
	is_str(render("“He told me ‘never’ twice,” she said."),
	       "[he] [told] [me] [never] [twice] she said",
	       "nested single quotes");
	is_str(render("“I don’t know,” he said."), "[i] [don't] [know] he said",
	       "apostrophe inside a quote does not close it");
	is_str(render("The council’s vote"), "the council's vote",
	       "apostrophe is not a quote");
	is_str(render("“First paragraph goes on.\n\n“Second paragraph ends.” "
	              "He left."),
	       "[first] [paragraph] [goes] [on] || [second] [paragraph] [ends] "
	       "| he left",
	       "open quote continues into a paragraph that opens with a quote");
	is_str(
	    render(
	        "“A stray quote never closed.\n\nNext paragraph is own voice."),
	    "[a] [stray] [quote] [never] [closed] || next paragraph is own "
	    "voice",
	    "open quote ends at a paragraph that does not open with a quote");
	slant_tokenize(tk, "a “b c” d", strlen("a “b c” d"), &toks);
	is_int(toks.nquoted, 2, "quoted token count");
	is_int(toks.v[1].offset, strlen("a “"),
	       "offsets are byte spans into the original");
	is_int(toks.v[1].length, 1, "token length in bytes");

	/* Type ids are shared by spellings that normalise alike */
	slant_tokenize(tk, "Zionist ZIONIST zionist", 23, &toks);
	ok(toks.v[0].type == toks.v[1].type && toks.v[1].type == toks.v[2].type,
	   "one type for all case variants");

	slant_tokens_release(&toks);
	slant_tokenizer_free(tk);
	slant_vocab_free(vocab);
	return tap_done();
}
