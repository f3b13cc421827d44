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
