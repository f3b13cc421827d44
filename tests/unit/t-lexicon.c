/* t-lexicon.c: the native and LIWC parsers, errors with path:line:col,
 * canonical order. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "tap.h"

static struct slant_error err;
static size_t nwarn;

static void count_warn(void *ctx, const struct slant_error *w)
{
	(void)ctx;
	(void)w;
	nwarn++;
}

static struct slant_lexicon *native(const char *text)
{
	struct slant_lexicon *lx = slant_lexicon_new();
	slant_error_clear(&err);
	if (slant_lexicon_parse_native(lx, "t.lex", text, strlen(text), &err) <
	        0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		slant_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* Parse and expect an error at `where` mentioning `what`. */
static void bad(const char *text, const char *where, const char *what)
{
	struct slant_lexicon *lx = native(text);
	ok(lx == NULL, "rejected: %s", what);
	is_str(err.where, where, "error location for: %s", what);
	if (!ok(strstr(err.message, what) != NULL, "message mentions '%s'",
	        what))
		printf("#   message: %s\n", err.message);
	is_int(err.code, SLANT_EDATA, "data error code");
	slant_lexicon_free(lx);
}

static const char good[] = "# a comment\n"
                           "%scheme frames\n"
                           "%title Test frames\n"
                           "%version 1.2.0\n"
                           "%reference Someone (2000)\n"
                           "%reference Someone else (2001)\n"
                           "%dimension conflict  Disagreement between sides\n"
                           "%dimension conflict/military  Armed conflict\n"
                           "%dimension economic  Money matters\n"
                           "%negators not never *n't\n"
                           "%negatable economic\n"
                           "\n"
                           "@conflict\n"
                           "clash*\n"
                           "war of words = 2.5   # trailing comment\n"
                           "!conflict of interest\n"
                           "@economic\n"
                           "Cost\n"
                           "@conflict/military\n"
                           "Airstrike*\n"
                           "al-Aqsa brigades\n";

/* The entries of dimension path d as "word word*" strings, generated
 * ones marked with a leading '+', in canonical order, joined by '|'. */
static const char *entries_of(const struct slant_lexicon *lx, const char *d)
{
	static char out[2048];
	size_t di = slant_lexicon_find_dim(lx, d), n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < lx->nentries; i++) {
		const struct slant_entry *e = &lx->entries[i];
		if (e->dim != di)
			continue;
		n += (size_t)snprintf(out + n, sizeof out - n, "%s%s%s",
		                      n ? "|" : "", e->exclusion ? "!" : "",
		                      e->generated ? "+" : "");
		for (size_t k = 0; k < e->nwords; k++)
			n += (size_t)snprintf(out + n, sizeof out - n, "%s%s%s",
			                      k ? " " : "", e->words[k],
			                      e->prefix[k] ? "*" : "");
	}
	return out;
}

static void test_proclitics(void)
{
	/* و (and), ل (for) and ب (with) onto the first word. */
	struct slant_lexicon *lx =
	    native("%scheme s\n%language ar\n%proclitics و ل\n"
	           "%dimension a A\n%dimension b B\n%dimension c C\n"
	           "@a\nالحرب\nحرب*\nوالحرب\n!الله\n"
	           "@b\nالكيان الصهيوني\n@c\nالليل\n");
	if (!ok(lx != NULL, "a lexicon with proclitics parses")) {
		printf("# %s: %s\n", err.where, err.message);
		return;
	}
	is_str(entries_of(lx, "s/a"),
	       "الحرب|+للحرب|!الله|!+لله|!+والله|حرب*|+لحرب*|+وحرب*|"
	       "والحرب|+لوالحرب|+ووالحرب",
	       "each entry with each proclitic; ل drops the article's "
	       "alef (للحرب), and its lam before a lam (لله); a written "
	       "form is not generated again");
	is_str(entries_of(lx, "s/b"),
	       "الكيان الصهيوني|+للكيان الصهيوني|+والكيان الصهيوني",
	       "the first word of a phrase takes the proclitic");
	is_str(entries_of(lx, "s/c"), "الليل|+لليل|+والليل",
	       "ل + الليل is لليل");
	is_int(lx->dims[slant_lexicon_find_dim(lx, "s/a")].nentries, 4,
	       "nentries counts the entries as written");
	slant_lexicon_free(lx);
	/* A form two entries make is the closer entry's, whatever the
	 * order of the lines: و + بفضل الله is a hit, not وب + !فضل الله;
	 * and a written exclusion stops the generated form (ل + أزمة is
	 * لازمة). */
	const char *orders[2] = {
	    "%scheme s\n%proclitics و وب ل\n%dimension a A\n"
	    "@a\n!فضل الله\nبفضل الله\nأزمة\n!لازمة\n",
	    "%scheme s\n%proclitics ل وب و\n%dimension a A\n"
	    "@a\n!لازمة\nأزمة\nبفضل الله\n!فضل الله\n"};
	char first[2048] = "";
	for (int k = 0; k < 2; k++) {
		lx = native(orders[k]);
		if (!ok(lx != NULL, "order %d parses", k))
			return;
		const char *got = entries_of(lx, "s/a");
		ok(strstr(got, "|+وبفضل الله|") != NULL &&
		       strstr(got, "!+وبفضل الله") == NULL,
		   "order %d: the closer entry's form wins", k);
		ok(strstr(got, "+لازمة") == NULL,
		   "order %d: a written exclusion stops a generated form", k);
		if (k == 0)
			snprintf(first, sizeof first, "%s", got);
		else
			is_str(got, first, "the same entries in either order");
		slant_lexicon_free(lx);
	}
	bad("%scheme s\n%proclitics و *ل\n%dimension a A\n@a\nx\n",
	    "t.lex:2:13", "a proclitic is letters");
}

/* Initialisms: written with periods they are one word; written the old
 * way, as letters apart, they become that word; one letter stays. */
static void test_initialisms(void)
{
	struct slant_lexicon *lx =
	    native("%scheme s\n%dimension a A\n%dimension b B\n"
	           "@a\nU.S.\nu s a\nthe u. s. economy\nN.R.A\n"
	           "e.g.*\n@b\nplan b\na b c the x\nnot a u.s.\nd.c. us\n");
	if (!ok(lx != NULL, "a lexicon with initialisms parses")) {
		printf("# %s: %s\n", err.where, err.message);
		return;
	}
	is_str(entries_of(lx, "s/a"),
	       "n.r.a.|u.s.|e.g.*|the u.s. economy|u.s.a.",
	       "initialisms with periods, and letters written apart, are "
	       "one word each");
	is_str(entries_of(lx, "s/b"), "a.b.c. the x|d.c. us|not a u.s.|plan b",
	       "a single letter stays a word; 'us' stays 'us'");
	slant_lexicon_free(lx);
}

static void test_variants(void)
{
	const char en[] = "%scheme names\n%version 1.2.0\n%language en\n"
	                  "%kind naming\n%negators not\n"
	                  "%dimension city Names for the city\n"
	                  "%dimension city/quds Al-Quds\n"
	                  "%dimension city/jerusalem Jerusalem\n"
	                  "@city/quds\nal-quds\n@city/jerusalem\njerusalem\n";
	const char ar[] = "%scheme names\n%version 1.0.0\n%language ar\n"
	                  "%kind naming\n"
	                  "%dimension city Names (Arabic description)\n"
	                  "%dimension city/quds Al-Quds\n"
	                  "%dimension city/jerusalem Jerusalem\n"
	                  "%dimension city/beit B\n%negatable city/quds\n"
	                  "@city/quds\nالقدس\n@city/jerusalem\nأورشليم\n"
	                  "@city/beit\nبيت المقدس\n";
	struct slant_lexicon *lx = slant_lexicon_new();
	slant_error_clear(&err);
	int rc =
	    slant_lexicon_parse_native(lx, "en.lex", en, strlen(en), &err) |
	    slant_lexicon_parse_native(lx, "ar.lex", ar, strlen(ar), &err) |
	    slant_lexicon_finish(lx, &err);
	if (!ok(rc == 0, "two language variants of a scheme load")) {
		printf("# %s: %s\n", err.where, err.message);
		slant_lexicon_free(lx);
		return;
	}
	is_int(lx->nschemes, 2, "two schemes (one a file)");
	is_str(lx->schemes[0].language, "ar", "sorted by language: ar first");
	is_str(lx->schemes[1].language, "en", "then en");
	is_int(lx->ndims, 4, "dimensions merged by path");
	size_t quds = slant_lexicon_find_dim(lx, "names/city/quds"),
	       beit = slant_lexicon_find_dim(lx, "names/city/beit"),
	       city = slant_lexicon_find_dim(lx, "city");
	is_int(lx->dims[quds].nschemes, 2, "a shared dimension: two schemes");
	ok(slant_lexicon_declares(lx, 0, quds) &&
	       slant_lexicon_declares(lx, 1, quds),
	   "declared by both");
	ok(slant_lexicon_declares(lx, 0, beit) &&
	       !slant_lexicon_declares(lx, 1, beit),
	   "a dimension of one variant only");
	is_str(lx->dims[city].description, "Names (Arabic description)",
	       "the description of the first scheme in order");
	ok(lx->dims[quds].negatable, "negatable when a variant says so");
	is_int(lx->dims[quds].nentries, 2, "entries of both variants");
	is_int(lx->dims[beit].parent, city, "parent merged too");
	size_t from_en = 0;
	for (size_t i = 0; i < lx->nentries; i++)
		if (strcmp(lx->entries[i].text, "al-quds") == 0)
			from_en = lx->entries[i].scheme;
	is_int(from_en, 1, "an entry remembers its file's scheme");
	slant_lexicon_free(lx);

	/* Same language, no language, different kinds: refused. */
	const char *pairs[][2] = {
	    {"%scheme n\n%language en\n%dimension a A\n@a\nx\n",
	     "%scheme n\n%language en\n%dimension a A\n@a\ny\n"},
	    {"%scheme n\n%language en\n%dimension a A\n@a\nx\n",
	     "%scheme n\n%dimension a A\n@a\ny\n"},
	    {"%scheme n\n%language en\n%dimension a A\n@a\nx\n",
	     "%scheme n\n%language ar\n%kind naming\n%dimension a A\n"
	     "%dimension a/b B\n@a/b\ny\n"}};
	const char *why[] = {"is already loaded from one.lex",
	                     "is already loaded from one.lex",
	                     "is naming here but framing in one.lex"};
	for (size_t i = 0; i < 3; i++) {
		lx = slant_lexicon_new();
		slant_error_clear(&err);
		rc = slant_lexicon_parse_native(lx, "one.lex", pairs[i][0],
		                                strlen(pairs[i][0]), &err);
		int rc2 = slant_lexicon_parse_native(lx, "two.lex", pairs[i][1],
		                                     strlen(pairs[i][1]), &err);
		ok(rc == 0 && rc2 < 0, "second scheme 'n' refused (%zu)", i);
		is_str(err.where, "two.lex:1:9", "at its %%scheme line (%zu)",
		       i);
		if (!ok(strstr(err.message, why[i]) != NULL, "why (%zu)", i))
			printf("#   message: %s\n", err.message);
		slant_lexicon_free(lx);
	}
}

int main(void)
{
	struct slant_lexicon *lx = native(good);
	ok(lx != NULL, "a valid lexicon parses");
	if (!lx) {
		printf("# %s: %s\n", err.where, err.message);
		return tap_done();
	}
	is_int(lx->nschemes, 1, "one scheme");
	is_str(lx->schemes[0].title, "Test frames", "title");
	is_str(lx->schemes[0].version, "1.2.0", "version");
	is_int(lx->schemes[0].nreferences, 2, "references repeat");
	is_int(lx->ndims, 3, "three dimensions");
	is_str(lx->dims[0].path, "frames/conflict",
	       "dimensions sorted by path");
	is_str(lx->dims[1].path, "frames/conflict/military",
	       "sub-dimension after parent");
	is_int(lx->dims[1].parent, 0, "sub-dimension's parent index");
	is_str(lx->dims[2].path, "frames/economic", "last dimension");
	ok(lx->dims[2].negatable, "negatable flag");
	ok(lx->dims[0].weighted, "a weighted entry marks its dimension");
	ok(!lx->dims[2].weighted, "unweighted dimension");
	is_int(lx->nentries, 6, "six entries");
	/* Entries sorted by (dimension, text). */
	is_str(lx->entries[0].text, "clash*", "first entry");
	ok(lx->entries[0].prefix[0] &&
	       strcmp(lx->entries[0].words[0], "clash") == 0,
	   "wildcard stored as prefix");
	is_str(lx->entries[1].text, "conflict of interest",
	       "exclusion text without '!'");
	ok(lx->entries[1].exclusion, "exclusion flag");
	is_str(lx->entries[2].text, "war of words", "phrase");
	is_int(lx->entries[2].nwords, 3, "phrase has three words");
	is_num(lx->entries[2].weight, 2.5, 1e-12, "weight parsed");
	is_str(lx->entries[3].text, "Airstrike*", "sub-dimension entry");
	is_str(lx->entries[3].words[0], "airstrike",
	       "entry words normalised (case)");
	is_str(lx->entries[4].words[0], "al-aqsa",
	       "hyphenated word kept whole");
	is_str(lx->entries[5].words[0], "cost", "economic entry");
	is_int(lx->schemes[0].nnegators, 3, "three negators");
	is_str(lx->schemes[0].negators[2], "*n't",
	       "suffix negator kept with '*'");
	ok(slant_lexicon_find_dim(lx, "military") == SIZE_MAX,
	   "find_dim wants name within scheme");
	is_int(slant_lexicon_find_dim(lx, "conflict/military"), 1,
	       "find_dim by name");
	is_int(slant_lexicon_find_dim(lx, "frames/economic"), 2,
	       "find_dim by path");
	slant_lexicon_free(lx);
	test_initialisms();

	/* Errors name path:line:col. */
	bad("%dimension x desc\n", "t.lex:1:1",
	    "must come before anything else");
	bad("%scheme s\n%dimension conflict Desc\n@confict\nwar\n", "t.lex:3:2",
	    "unknown dimension 'confict'");
	bad("%scheme s\n%dimension a Desc\n@a\nfoo = heavy\n", "t.lex:4:7",
	    "weight 'heavy' is not a number");
	bad("%scheme s\n%dimension a Desc\n@a\nf*oo\n", "t.lex:4:2",
	    "'*' may only end a word");
	bad("%scheme s\n%dimension a Desc\n@a\nx*\n", "t.lex:4:1",
	    "two characters");
	bad("%scheme s\n%dimension a\n", "t.lex:2:13", "needs a description");
	bad("%scheme s\n%dimension a/b Desc\n", "t.lex:2:12",
	    "must be declared before");
	bad("%scheme s\n%dimension a Desc\n%dimension a Again\n", "t.lex:3:12",
	    "declared twice");
	bad("%scheme S!\n", "t.lex:1:9", "scheme name 'S!'");
	bad("%scheme s\n%dimension a Desc\nword\n", "t.lex:3:1",
	    "entry before any '@dimension'");
	bad("%scheme s\n%dimension a Desc\n%frobnicate\n", "t.lex:3:1",
	    "unknown directive '%frobnicate'");
	bad("%scheme s\n%dimension a Desc\n@a\n%negatable b\n", "t.lex:4:12",
	    "unknown dimension 'b'");
	bad("%scheme s\n%dimension a Desc\n@a\n  \xff\n", "t.lex:4:3",
	    "invalid UTF-8");
	bad("%scheme s\n%dimension a Desc\n@a\n.,;\n", "t.lex:4:1",
	    "entry has no words");
	bad("%scheme s\n%kind neither\n", "t.lex:2:7", "unknown kind");
	bad("# nothing\n", "t.lex", "no '%scheme NAME' line");

	/* LIWC .dic */
	const char dic[] = "\xEF\xBB\xBF%\r\n"
	                   "1\tPosemo\r\n"
	                   "2\tAffect Words\r\n"
	                   "%\r\n"
	                   "happ*\t1\t2\r\n"
	                   "kind of 1\r\n"
	                   "like\t02 134/125/464 (02 134)126 253 466\r\n"
	                   "good 1\r\n"
	                   "mid-* 1\r\n";
	lx = slant_lexicon_new();
	nwarn = 0;
	int rc = slant_lexfmt_read_as(lx, SLANT_LEXFMT_DIC, "dir/My Dict.dic",
	                              dic, strlen(dic), count_warn, NULL, &err);
	ok(rc == 0, "LIWC dictionary with BOM and CRLF parses");
	if (rc < 0)
		printf("# %s: %s\n", err.where, err.message);
	slant_lexicon_finish(lx, &err);
	is_int(nwarn, 1, "conditional line skipped with a warning");
	is_str(lx->schemes[0].name, "my-dict", "scheme named after the file");
	is_str(lx->schemes[0].format, "liwc", "format recorded");
	is_int(lx->ndims, 2, "two categories");
	is_str(lx->dims[0].path, "my-dict/affect-words",
	       "category names sanitised");
	is_int(lx->nentries, 5,
	       "happ* counts in two categories; phrase; good; mid-*");
	int found_mid = 0;
	for (size_t i = 0; i < lx->nentries; i++)
		if (strcmp(lx->entries[i].text, "mid-*") == 0 &&
		    strcmp(lx->entries[i].words[0], "mid-") == 0 &&
		    lx->entries[i].prefix[0])
			found_mid = 1;
	ok(found_mid, "'mid-*' is the prefix 'mid-'");
	is_str(lx->entries[1].text, "good", "entries sorted within dimension");
	is_int(lx->entries[2].nwords, 1, "wildcard entry");
	int found_phrase = 0;
	for (size_t i = 0; i < lx->nentries; i++)
		if (strcmp(lx->entries[i].text, "kind of") == 0 &&
		    lx->entries[i].nwords == 2)
			found_phrase = 1;
	ok(found_phrase, "space-separated multi-word entry");
	slant_lexicon_free(lx);

	lx = slant_lexicon_new();
	const char dic_bad[] = "%\n1 a\n%\nfoo 7\n";
	rc = slant_lexfmt_read_as(lx, SLANT_LEXFMT_DIC, "d.dic", dic_bad,
	                          strlen(dic_bad), NULL, NULL, &err);
	ok(rc < 0, "unknown category rejected");
	is_str(err.where, "d.dic:4:5", "unknown category location");
	slant_lexicon_free(lx);

	test_proclitics();
	test_variants();

	/* The benchmark dictionary of the shared material, when present. */
	const char *bench = "../shared/bench/bench.dic";
	char path[4096];
	const char *top = getenv("srcdir");
	snprintf(path, sizeof path, "%s/%s", top ? top : ".", bench);
	lx = slant_lexicon_new();
	if (access(path, R_OK) == 0) {
		int loaded =
		    slant_lexicon_load(lx, path, NULL, NULL, &err) == 0 &&
		    slant_lexicon_finish(lx, &err) == 0;
		if (!ok(loaded, "bench.dic loads"))
			printf("# %s: %s\n", err.where, err.message);
		is_int(lx->ndims, 20, "bench.dic: 20 categories");
		ok(lx->nentries >= 1997, "bench.dic: all entries (%zu)",
		   lx->nentries);
	} else {
		ok(1, "# SKIP bench.dic not available");
		ok(1, "# SKIP bench.dic not available");
		ok(1, "# SKIP bench.dic not available");
	}
	slant_lexicon_free(lx);
	return tap_done();
}
