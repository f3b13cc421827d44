/* t-lexfmt.c: the lexicon formats of other tools: telling them apart,
 * reading each (names, nesting, weights, wildcards, errors at path:line),
 * and writing .lex, .dic and YAML that read back to the same lexicon. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "tap.h"

static struct slant_error err;
static size_t nwarn;
static char last_warning[1100];

static void count_warn(void *ctx, const struct slant_error *w)
{
	(void)ctx;
	nwarn++;
	snprintf(last_warning, sizeof last_warning, "%s: %s", w->where,
	         w->message);
}

/* text read as format f from path, finished; NULL on error (in err). */
static struct slant_lexicon *read_as(enum slant_lexfmt f, const char *path,
                                     const char *text)
{
	struct slant_lexicon *lx = slant_lexicon_new();
	slant_error_clear(&err);
	nwarn = 0;
	last_warning[0] = '\0';
	if (slant_lexfmt_read_as(lx, f, path, text, strlen(text), count_warn,
	                         NULL, &err) < 0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		slant_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* The same through detection (slant_lexfmt_read). */
static struct slant_lexicon *read_any(const char *path, const char *text)
{
	struct slant_lexicon *lx = slant_lexicon_new();
	slant_error_clear(&err);
	nwarn = 0;
	if (slant_lexfmt_read(lx, path, text, strlen(text), count_warn, NULL,
	                      &err) < 0 ||
	    slant_lexicon_finish(lx, &err) < 0) {
		slant_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/* ok(lx != NULL), with the error when not. */
static bool loaded(const struct slant_lexicon *lx, const char *what)
{
	if (!ok(lx != NULL, "%s", what))
		printf("#   %s: %s\n", err.where, err.message);
	return lx != NULL;
}

/* Expect reading to fail at where with a message containing what. */
static void bad(enum slant_lexfmt f, const char *path, const char *text,
                const char *where, const char *what)
{
	struct slant_lexicon *lx = read_as(f, path, text);
	ok(!lx, "%s: rejected (%s)", path, what);
	is_str(err.where, where, "%s: error at %s", path, where);
	if (!ok(strstr(err.message, what) != NULL, "%s: message says '%s'",
	        path, what))
		printf("#   message: %s\n", err.message);
	is_int(err.code, SLANT_EDATA, "%s: a data error", path);
	slant_lexicon_free(lx);
}

/* The dimension at path, or NULL. */
static const struct slant_dimension *dim(const struct slant_lexicon *lx,
                                         const char *path)
{
	size_t d = slant_lexicon_find_dim(lx, path);
	return d == SIZE_MAX ? NULL : &lx->dims[d];
}

/* The entries of dimension path as "text=weight" lines, for comparing. */
static char *entries_of(const struct slant_lexicon *lx, const char *path)
{
	struct slant_buf b;
	slant_buf_init(&b);
	size_t d = slant_lexicon_find_dim(lx, path);
	for (size_t i = 0; i < lx->nentries && d != SIZE_MAX; i++) {
		const struct slant_entry *e = &lx->entries[i];
		if (e->dim != d)
			continue;
		slant_buf_printf(&b, "%s%s%s", b.len ? "|" : "",
		                 e->exclusion ? "!" : "", e->text);
		if (e->weight != 1)
			slant_buf_printf(&b, "=%g", e->weight);
	}
	return slant_buf_take(&b);
}

static void check_entries(const struct slant_lexicon *lx, const char *path,
                          const char *want)
{
	char *got = entries_of(lx, path);
	is_str(got, want, "entries of %s", path);
	free(got);
}

/* Scheme 0 written in format f. */
static char *write_as(const struct slant_lexicon *lx, enum slant_lexfmt f,
                      struct slant_lexfmt_loss *loss)
{
	struct slant_buf b;
	slant_buf_init(&b);
	memset(loss, 0, sizeof *loss);
	struct slant_error werr;
	if (slant_lexfmt_write(lx, 0, f, &b, loss, &werr) < 0) {
		printf("# write failed: %s\n", werr.message);
		slant_buf_release(&b);
		return NULL;
	}
	return slant_buf_take(&b);
}

static void test_detection(void)
{
	is_int(slant_lexfmt_from_path("a/b.LEX"), SLANT_LEXFMT_LEX,
	       "extension .LEX (any case)");
	is_int(slant_lexfmt_from_path("x.dic"), SLANT_LEXFMT_DIC, ".dic");
	is_int(slant_lexfmt_from_path("x.DicX"), SLANT_LEXFMT_DICX, ".dicx");
	is_int(slant_lexfmt_from_path("x.yml"), SLANT_LEXFMT_YAML, ".yml");
	is_int(slant_lexfmt_from_path("x.yaml"), SLANT_LEXFMT_YAML, ".yaml");
	is_int(slant_lexfmt_from_path("x.lc3"), SLANT_LEXFMT_LEXICODER, ".lc3");
	is_int(slant_lexfmt_from_path("x.lcd"), SLANT_LEXFMT_LEXICODER, ".lcd");
	is_int(slant_lexfmt_from_path("x.cat"), SLANT_LEXFMT_WORDSTAT, ".cat");
	is_int(slant_lexfmt_from_path("x.txt"), SLANT_LEXFMT_UNKNOWN, ".txt");
	is_int(slant_lexfmt_from_path("dir.dic/x"), SLANT_LEXFMT_UNKNOWN,
	       "the directory's extension does not count");
	is_int(slant_lexfmt_from_path(".dic"), SLANT_LEXFMT_UNKNOWN,
	       "a hidden name is not an extension");

	struct {
		const char *text;
		enum slant_lexfmt want;
		const char *what;
	} cases[] = {
	    {"# notes\n%scheme a\n", SLANT_LEXFMT_LEX, "native after comments"},
	    {"\xEF\xBB\xBF%\n1\ta\n%\n", SLANT_LEXFMT_DIC, "LIWC after a BOM"},
	    {"DicTerm,Posemo\nhappy,X\n", SLANT_LEXFMT_DICX, "LIWC-22 CSV"},
	    {"A CATEGORY: [more, lamb]\nB: [x, y]\n", SLANT_LEXFMT_YAML,
	     "YAML flow lists with commas"},
	    {"# c\neconomy:\n  - jobs\n", SLANT_LEXFMT_YAML, "YAML block"},
	    {"---\na: b\n", SLANT_LEXFMT_YAML, "YAML document start"},
	    {"+negative#AA0000\nabandon*\n", SLANT_LEXFMT_LEXICODER,
	     "Lexicoder"},
	    {"SOUTH\n\tZA\n\t\tCape Town (1)\n", SLANT_LEXFMT_WORDSTAT,
	     "WordStat"},
	    {"just some words\nand more\n", SLANT_LEXFMT_UNKNOWN, "plain text"},
	    {"", SLANT_LEXFMT_UNKNOWN, "empty"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is_int(slant_lexfmt_sniff(cases[i].text, strlen(cases[i].text)),
		       cases[i].want, "sniff: %s", cases[i].what);

	/* A wrong extension names the format tried and the one it looks
	 * like; content decides without a known extension. */
	struct slant_lexicon *lx = read_any("w.dic", "a:\n  - foo\n");
	ok(!lx, "YAML named .dic is rejected");
	ok(strstr(err.message, "read as LIWC .dic because of the extension "
	                       "'.dic'; the content looks like quanteda "
	                       "YAML") != NULL,
	   "the message names both formats");
	is_str(err.where, "w.dic:1:1", "and the line");
	lx = read_any("w.txt", "a:\n  - foo\n");
	ok(lx && strcmp(lx->schemes[0].format, "yaml") == 0,
	   "no known extension: read as the content's format");
	slant_lexicon_free(lx);
	lx = read_any("w.txt", "foo\nbar\n");
	ok(!lx && strstr(err.message, "read as slant .lex: neither the "
	                              "extension nor the content") != NULL,
	   "unknown content: tried as native, and the message says so");
	lx = read_any("w.lex", "%scheme w\n%dimension a A\n@a\nfoo\n");
	ok(lx && strcmp(lx->schemes[0].format, "slant") == 0,
	   "native by extension");
	slant_lexicon_free(lx);
}

static void test_dic(void)
{
	/* Named and numbered REFs, weights, a tab before an entry that ends
	 * in digits, LIWC2015 nesting. */
	const char dic[] = "%\n"
	                   "1\tAffect\n"
	                   "\t2\tPosemo\n"
	                   "\t3\tNegemo\n"
	                   "\t\t4\tAnger\n"
	                   "5\tWork Life\n"
	                   "%\n"
	                   "happ*\t2\t1\n"
	                   "hate\t4=2.5\t3\t1\n"
	                   "catch 22\t5\n"
	                   "job* 5\n"
	                   "boss\tWork Life\n"
	                   "feel\tAffect\n"
	                   "meh 1=-0.5\n";
	struct slant_lexicon *lx =
	    read_as(SLANT_LEXFMT_DIC, "d/My Dict.dic", dic);
	if (!loaded(lx, "LIWC .dic with names, weights and nesting"))
		return;
	is_str(lx->schemes[0].name, "my-dict", "scheme named after the file");
	is_str(lx->schemes[0].title, "My Dict.dic", "titled with the file");
	is_int(lx->ndims, 5, "five categories");
	ok(dim(lx, "my-dict/affect/posemo") != NULL,
	   "an indented category is a sub-dimension");
	ok(dim(lx, "my-dict/affect/negemo-anger") != NULL,
	   "a deeper one joins its path below the top ('negemo-anger')");
	is_str(dim(lx, "my-dict/affect/negemo-anger")->description,
	       "Negemo/Anger", "its description is the path of names");
	is_str(dim(lx, "my-dict/work-life")->description, "Work Life",
	       "a description keeps the original name");
	check_entries(lx, "my-dict/affect", "feel|meh=-0.5");
	check_entries(lx, "my-dict/affect/posemo", "happ*");
	check_entries(lx, "my-dict/affect/negemo", "hate");
	check_entries(lx, "my-dict/affect/negemo-anger", "hate=2.5");
	check_entries(lx, "my-dict/work-life", "boss|catch 22|job*");
	slant_lexicon_free(lx);

	bad(SLANT_LEXFMT_DIC, "c.dic", "%\n1\tWork Life\n2\twork-life\n%\n",
	    "c.dic:3",
	    "category 'work-life' and category 'Work Life' (line 2) both "
	    "become dimension 'work-life'");
	bad(SLANT_LEXFMT_DIC, "u.dic", "%\n1 a\n%\nfoo\tb\n", "u.dic:4:5",
	    "unknown category 'b'");
	bad(SLANT_LEXFMT_DIC, "w.dic", "%\n1 a\n%\nfoo\t1=x\n", "w.dic:4:7",
	    "weight 'x' is not a number");
	bad(SLANT_LEXFMT_DIC, "n.dic", "%\n1 a\n%\nfoo\n", "n.dic:4:1",
	    "entry 'foo' has no category");
	bad(SLANT_LEXFMT_DIC, "h.dic", "%\nfoo 1\n%\n", "h.dic:2:1",
	    "category line must be 'NUMBER NAME'");
	bad(SLANT_LEXFMT_DIC, "t.dic", "%\n1 a\n1 b\n%\n", "t.dic:3:1",
	    "category 1 defined twice");
	bad(SLANT_LEXFMT_DIC, "o.dic", "%\n1 a\n", "o.dic:2",
	    "LIWC header not closed");

	/* Entries slant cannot match are skipped with a warning. */
	lx = read_as(SLANT_LEXFMT_DIC, "s.dic",
	             "%\n1 a\n%\n*ism\t1\n:)\t1\nx*\t1\nfine\t1\n");
	ok(lx && lx->nentries == 1 && nwarn == 3,
	   "leading '*', no words, one-character prefix: skipped, warned");
	ok(strstr(last_warning, "s.dic:6: entry 'x*' skipped") != NULL,
	   "the warning names path:line and the entry");
	slant_lexicon_free(lx);
}

static void test_dicx(void)
{
	const char dicx[] = "\xEF\xBB\xBF"
	                    "DicTerm,Hedge,Booster,\"Loaded, Words\"\r\n"
	                    "maybe,X,,\r\n"
	                    "\"well, \"\"perhaps\"\"\",x,,\r\n"
	                    "clearly,,2.5,\r\n"
	                    "\"multi\nline\",X,,\r\n"
	                    "thug*,,0,-1\r\n"
	                    ",,,\r\n"
	                    "orphan,,,\r\n";
	struct slant_lexicon *lx = read_as(SLANT_LEXFMT_DICX, "s.dicx", dicx);
	if (!loaded(lx, "LIWC-22 .dicx"))
		return;
	is_str(lx->schemes[0].format, "dicx", "format recorded");
	ok(dim(lx, "s/loaded-words") != NULL, "a quoted header with a comma");
	check_entries(lx, "s/hedge", "maybe|multi line|well, \"perhaps\"");
	check_entries(lx, "s/booster", "clearly=2.5");
	check_entries(lx, "s/loaded-words", "thug*=-1");
	is_int(nwarn, 1, "a row in no category is skipped with a warning");
	ok(strstr(last_warning, "s.dicx:9: entry 'orphan'") != NULL,
	   "at its line, counting the line inside a quoted field");
	slant_lexicon_free(lx);

	bad(SLANT_LEXFMT_DICX, "b.dicx", "DicTerm,A\nfoo,yes\n", "b.dicx:2",
	    "cell 'yes' of category 'A' is not X, empty or a number");
	bad(SLANT_LEXFMT_DICX, "c.dicx", "DicTerm,A\nfoo,X,X\n", "c.dicx:2",
	    "row has 3 cells, the header 2");
	bad(SLANT_LEXFMT_DICX, "q.dicx", "DicTerm,A\n\"foo,X\n", "q.dicx:2",
	    "quoted field not closed");
	bad(SLANT_LEXFMT_DICX, "h.dicx", "DicTerm\nfoo\n", "h.dicx:1",
	    "a .dicx header names the term column");
	bad(SLANT_LEXFMT_DICX, "e.dicx", "DicTerm,A,,B\n", "e.dicx:1",
	    "column 3 of the header has no category name");
}

static void test_yaml(void)
{
	const char yml[] = "# a quanteda dictionary\n"
	                   "Economy:\n"
	                   "  - econom*\n"
	                   "  - \"tax cut*\"\n"
	                   "Security:\n"
	                   "  Military: [troop*, air strike*]\n"
	                   "  __:\n"
	                   "    - threat*\n"
	                   "  Border:\n"
	                   "    Walls: fence\n"
	                   "Globs: [\"*ism\", wom?n, no, yes]\n"
	                   "Empty:\n"
	                   "Anchored: &x [alpha, beta]\n"
	                   "Again: *x\n";
	struct slant_lexicon *lx = read_as(SLANT_LEXFMT_YAML, "f.yml", yml);
	if (!loaded(lx, "quanteda YAML"))
		return;
	check_entries(lx, "f/economy", "econom*|tax cut*");
	check_entries(lx, "f/security", "threat*");
	check_entries(lx, "f/security/military", "air strike*|troop*");
	check_entries(lx, "f/security/border", "");
	check_entries(lx, "f/security/border-walls", "fence");
	check_entries(lx, "f/globs", "no|yes");
	ok(dim(lx, "f/empty") && dim(lx, "f/empty")->nentries == 0,
	   "a key without patterns is an empty dimension");
	check_entries(lx, "f/again", "alpha|beta");
	is_int(nwarn, 2, "'*ism' and 'wom?n' skipped with warnings");
	slant_lexicon_free(lx);

	bad(SLANT_LEXFMT_YAML, "s.yml", "a: [x\nb: y\n", "s.yml:2:2",
	    "YAML: did not find expected ',' or ']'");
	bad(SLANT_LEXFMT_YAML, "l.yml", "- a\n- b\n", "l.yml:1:1",
	    "a quanteda dictionary is a mapping");
	bad(SLANT_LEXFMT_YAML, "k.yml", "? [a, b]\n: x\n", "k.yml:1:3",
	    "a key must be a name");
	bad(SLANT_LEXFMT_YAML, "n.yml", "a:\n  - [x, y]\n", "n.yml:2:5",
	    "a list of patterns holds strings only");
	bad(SLANT_LEXFMT_YAML, "u.yml", "__: [x]\n", "u.yml:1:1",
	    "'__' (the patterns of a key that has sub-keys) needs a parent");
	bad(SLANT_LEXFMT_YAML, "d.yml", "a: [x]\n---\nb: [y]\n", "d.yml:3",
	    "more than one YAML document");
	bad(SLANT_LEXFMT_YAML, "c.yml",
	    "Work Life: [x]\nwork_life: [y]\nwork-life: [z]\n", "c.yml:3",
	    "category 'work-life' and category 'Work Life' (line 1) both "
	    "become dimension 'work-life'");
	bad(SLANT_LEXFMT_YAML, "e.yml", "", "e.yml", "empty YAML document");
	/* A billion laughs: mappings of aliases that would expand to 9^9
	 * keys. */
	struct slant_buf bomb;
	slant_buf_init(&bomb);
	slant_buf_puts(&bomb, "a: &a {x: [w, w]}\n");
	for (char c = 'b'; c <= 'j'; c++) {
		slant_buf_printf(&bomb, "%c: &%c {", c, c);
		for (int k = 0; k < 9; k++)
			slant_buf_printf(&bomb, "%sk%d: *%c", k ? ", " : "", k,
			                 c - 1);
		slant_buf_puts(&bomb, "}\n");
	}
	lx = read_as(SLANT_LEXFMT_YAML, "bomb.yml", bomb.data);
	ok(!lx && strstr(err.message, "too many YAML nodes"),
	   "exploding aliases are refused, not expanded (%s)", err.message);
	slant_lexicon_free(lx);
	slant_buf_release(&bomb);
}

static void test_lexicoder(void)
{
	const char lc3[] = "+negative#AA0000\n"
	                   "a lie\n"
	                   "abandon*\n"
	                   "heckl**\n"
	                   "no man's land\n"
	                   "\n"
	                   "+positive #008800\n"
	                   "ability*\n"
	                   "+neg_positive\n"
	                   "not good\n"
	                   "+#hash\n"
	                   "x\n";
	struct slant_lexicon *lx =
	    read_as(SLANT_LEXFMT_LEXICODER, "LSD.lc3", lc3);
	if (!loaded(lx, "Lexicoder .lc3"))
		return;
	is_str(lx->schemes[0].name, "lsd", "scheme from the file name");
	check_entries(lx, "lsd/negative",
	              "a lie|abandon*|heckl*|no man's land");
	check_entries(lx, "lsd/positive", "ability*");
	check_entries(lx, "lsd/neg_positive", "not good");
	ok(dim(lx, "lsd/hash") != NULL,
	   "a '#' that is not a colour stays in the name");
	slant_lexicon_free(lx);
	bad(SLANT_LEXFMT_LEXICODER, "e.lc3", "abandon*\n+negative\n",
	    "e.lc3:1:1", "entry before any '+CATEGORY' line");
	bad(SLANT_LEXFMT_LEXICODER, "n.lc3", "+#AA0000\nfoo\n", "n.lc3:1:1",
	    "category line '+' has no name");
	bad(SLANT_LEXFMT_LEXICODER, "z.lcd", "\n\n", "z.lcd",
	    "no '+CATEGORY' line");
	bad(SLANT_LEXFMT_LEXICODER, "x.lcd",
	    "<?xml version=\"1.0\"?>\n<dictionary>\n", "x.lcd:1:1",
	    "an XML dictionary (Lexicoder 2 or Yoshikoder)");
}

static void test_wordstat(void)
{
	const char cat[] = "SOUTH\n"
	                   "   \tZA\n"
	                   "   \t\tSOUTH AFRICA (1)\n"
	                   "   \t\tJOHANNES* (2)\n"
	                   "   \t\tCAPE ?OWN (1)\n"
	                   "   \tNA\n"
	                   "\t\tNAMIBIA (1)\n"
	                   "\t\tDEEP\n"
	                   "\t\t\tOSHAKATI (0.5)\n"
	                   "NORTH\n"
	                   "\tEGYPT* (1)\n";
	struct slant_lexicon *lx =
	    read_as(SLANT_LEXFMT_WORDSTAT, "geo.cat", cat);
	if (!loaded(lx, "WordStat .cat"))
		return;
	check_entries(lx, "geo/south/za", "JOHANNES*=2|SOUTH AFRICA");
	check_entries(lx, "geo/south/na", "NAMIBIA");
	check_entries(lx, "geo/south/na-deep", "OSHAKATI=0.5");
	check_entries(lx, "geo/north", "EGYPT*");
	is_int(nwarn, 1, "'?' skipped with a warning");
	ok(strstr(last_warning, "geo.cat:5: entry 'CAPE ?OWN' skipped") != NULL,
	   "at its line");
	slant_lexicon_free(lx);
	bad(SLANT_LEXFMT_WORDSTAT, "i.cat", "TOP\nWORD (1)\n", "i.cat:2:1",
	    "item 'WORD' is not indented below a category");
	bad(SLANT_LEXFMT_WORDSTAT, "w.cat", "TOP\n\tWORD (1.2.3)\n",
	    "w.cat:2:8", "weight '1.2.3' is not a number");
	bad(SLANT_LEXFMT_WORDSTAT, "d.cat", "A B\n\tx (1)\na-b\n", "d.cat:3",
	    "category 'a-b' and category 'A B' (line 1) both become");
	bad(SLANT_LEXFMT_WORDSTAT, "empty.cat", "", "empty.cat", "no category");
}

static void test_names(void)
{
	struct slant_lexicon *lx = read_as(
	    SLANT_LEXFMT_LEXICODER, "x/\xD8\xB9\xD9\x86\xD9\x81.lc3",
	    "+--Foo__Bar--\na\n+\xD8\xB9\xD9\x86\xD9\x81\nb\n+C++\nc\n");
	if (!loaded(lx, "names of every kind"))
		return;
	is_str(lx->schemes[0].name, "lexicon",
	       "a file name with no ASCII letter or digit: 'lexicon'");
	ok(dim(lx, "lexicon/foo__bar") != NULL,
	   "'-' at the ends dropped, '_' kept");
	ok(dim(lx, "lexicon/category-2") != NULL &&
	       strcmp(dim(lx, "lexicon/category-2")->description,
	              "\xD8\xB9\xD9\x86\xD9\x81") == 0,
	   "a name with nothing left is category-N, the original its "
	   "description");
	ok(dim(lx, "lexicon/c") != NULL, "'C++' is 'c'");
	slant_lexicon_free(lx);
	/* Found by fuzz-lexfmt-dic: a control character in a name is a
	 * blank, and blanks at the ends of a description go, so that the
	 * .lex written reads back the same. */
	lx =
	    read_as(SLANT_LEXFMT_LEXICODER, "ctl.lc3", "+\001Ctl\tx\f\nword\n");
	ok(lx && strcmp(lx->dims[0].name, "ctl-x") == 0 &&
	       strcmp(lx->dims[0].description, "Ctl x") == 0,
	   "control characters in a category name are blanks");
	slant_lexicon_free(lx);
	/* Two files with the same name are two schemes of one name. */
	lx = slant_lexicon_new();
	const char t[] = "+a\nx\n";
	ok(slant_lexfmt_read(lx, "one/s.lc3", t, strlen(t), NULL, NULL, &err) ==
	           0 &&
	       slant_lexfmt_read(lx, "two/s.lc3", t, strlen(t), NULL, NULL,
	                         &err) < 0 &&
	       strstr(err.message, "scheme 's' (named after the file) is "
	                           "already loaded from one/s.lc3") != NULL,
	   "a second file of the same name is refused, naming the first");
	slant_lexicon_free(lx);
}

/* The lexicon that the writers are tested on: sub-dimensions, weights,
 * exclusions, phrases, negation, metadata, a name that sorts between a
 * dimension and its sub-dimension. */
static const char frames_lex[] =
    "%scheme frames\n"
    "%title Test frames\n"
    "%version 0.1.0\n"
    "%reference Somebody (2020). A paper.\n"
    "%language en\n"
    "%dimension conflict Disagreement between sides\n"
    "%dimension conflict/military Armed conflict\n"
    "%dimension conflict/verbal War of words\n"
    "%dimension conflict-free Calm\n"
    "%dimension economy Money and jobs\n"
    "%negators not never *n't\n"
    "%negation-window 4\n"
    "%negatable economy\n"
    "@conflict\n"
    "clash*\n"
    "dispute\n"
    "!conflict of interest\n"
    "feud = 0.5\n"
    "@conflict/military\n"
    "airstrike*\n"
    "troops = 2\n"
    "dispute\n"
    "@conflict/verbal\n"
    "war of words\n"
    "slam*\n"
    "@conflict-free\n"
    "truce\n"
    "@economy\n"
    "econom*\n"
    "jobs = 1.5\n"
    "catch 22\n"
    "tax (cut)\n"
    "mid-*\n";

static void test_writers(void)
{
	struct slant_lexicon *lx =
	    read_as(SLANT_LEXFMT_LEX, "frames.lex", frames_lex);
	if (!ok(lx != NULL, "the writers' test lexicon parses"))
		return;
	struct slant_lexfmt_loss loss;

	/* .lex holds everything: written, read and written again, the
	 * same bytes. */
	char *lex = write_as(lx, SLANT_LEXFMT_LEX, &loss);
	int lost = 0;
	for (int i = 0; i < SLANT_LOST_N; i++)
		lost += slant_lexfmt_lost_is_loss(i) && loss.n[i];
	is_int(lost, 0, ".lex loses nothing");
	struct slant_lexicon *back =
	    read_as(SLANT_LEXFMT_LEX, "frames.lex", lex);
	char *lex2 = back ? write_as(back, SLANT_LEXFMT_LEX, &loss) : NULL;
	is_str(lex2, lex, ".lex written, read and written again: the same");
	ok(back && back->nentries == lx->nentries && back->ndims == lx->ndims,
	   "with every entry and dimension");
	free(lex2);
	slant_lexicon_free(back);

	/* .dic: the header nests sub-categories under their own parent,
	 * weights are CATEGORY=WEIGHT, sub-dimension entries list the
	 * parent too. */
	char *dic = write_as(lx, SLANT_LEXFMT_DIC, &loss);
	is_str(dic,
	       "%\n"
	       "1\tconflict\n"
	       "\t2\tmilitary\n"
	       "\t3\tverbal\n"
	       "4\tconflict-free\n"
	       "5\teconomy\n"
	       "%\n"
	       "airstrike*\t2\t1\n"
	       "catch 22\t5\n"
	       "clash*\t1\n"
	       "dispute\t2\t1\n"
	       "econom*\t5\n"
	       "feud\t1=0.5\n"
	       "jobs\t5=1.5\n"
	       "mid-*\t5\n"
	       "slam*\t3\t1\n"
	       "tax cut\t5\n"
	       "troops\t2=2\t1=2\n"
	       "truce\t4\n"
	       "war of words\t3\t1\n",
	       "the .dic text");
	is_int(loss.n[SLANT_LOST_EXCLUSIONS], 1, ".dic: 1 exclusion lost");
	is_int(loss.n[SLANT_LOST_NEGATION], 3,
	       ".dic: negators, window, negatable lost");
	is_int(loss.n[SLANT_LOST_METADATA], 4,
	       ".dic: title, version, language, reference lost");
	is_int(loss.n[SLANT_LOST_DESCRIPTIONS], 5, ".dic: 5 descriptions");
	is_int(loss.n[SLANT_LOST_WEIGHTS], 0, ".dic keeps weights");
	is_int(loss.n[SLANT_NOTE_WEIGHTS], 3, "as 3 CATEGORY=WEIGHT refs");
	is_int(loss.n[SLANT_NOTE_MERGED], 1,
	       "'dispute' of conflict and conflict/military written once");
	is_int(loss.n[SLANT_NOTE_REWRITTEN], 1,
	       "'tax (cut)' written as its words");
	back = read_as(SLANT_LEXFMT_DIC, "frames.dic", dic);
	ok(back != NULL, "the .dic reads back");
	if (back) {
		is_int(back->nentries, lx->nentries - 2,
		       "every entry but the exclusion and the merged one");
		check_entries(back, "frames/conflict", "clash*|feud=0.5");
		check_entries(back, "frames/conflict/military",
		              "airstrike*|dispute|troops=2");
		check_entries(back, "frames/economy",
		              "catch 22|econom*|jobs=1.5|mid-*|tax cut");
		char *dic2 = write_as(back, SLANT_LEXFMT_DIC, &loss);
		is_str(dic2, dic, ".dic read and written again: the same");
		free(dic2);
	}
	slant_lexicon_free(back);
	free(dic);

	/* YAML */
	char *yml = write_as(lx, SLANT_LEXFMT_YAML, &loss);
	is_str(yml,
	       "conflict:\n"
	       "  military:\n"
	       "  - airstrike*\n"
	       "  - dispute\n"
	       "  - troops\n"
	       "  verbal:\n"
	       "  - slam*\n"
	       "  - war of words\n"
	       "  __:\n"
	       "  - clash*\n"
	       "  - dispute\n"
	       "  - feud\n"
	       "conflict-free:\n"
	       "- truce\n"
	       "economy:\n"
	       "- catch 22\n"
	       "- econom*\n"
	       "- jobs\n"
	       "- mid-*\n"
	       "- \"tax (cut)\"\n",
	       "the YAML text");
	is_int(loss.n[SLANT_LOST_WEIGHTS], 3, "YAML: 3 weights lost");
	is_int(loss.n[SLANT_LOST_EXCLUSIONS], 1, "YAML: 1 exclusion lost");
	back = read_as(SLANT_LEXFMT_YAML, "frames.yml", yml);
	ok(back != NULL, "the YAML reads back");
	if (back) {
		is_int(back->nentries, lx->nentries - 1,
		       "every entry but the exclusion");
		check_entries(back, "frames/conflict", "clash*|dispute|feud");
		char *yml2 = write_as(back, SLANT_LEXFMT_YAML, &loss);
		is_str(yml2, yml, "YAML read and written again: the same");
		free(yml2);
	}
	slant_lexicon_free(back);
	free(yml);

	/* Quoting: words YAML would read as booleans, numbers or nulls,
	 * and '?' (a glob) written as the words. */
	struct slant_lexicon *q =
	    read_as(SLANT_LEXFMT_LEX, "q.lex",
	            "%scheme q\n%dimension yes Yes\n@yes\nno\n2020\nwhat?\n"
	            "don't\n?zulu\n");
	char *qy = q ? write_as(q, SLANT_LEXFMT_YAML, &loss) : NULL;
	is_str(qy, "\"Yes\":\n- \"2020\"\n- don't\n- \"no\"\n- what\n- zulu\n",
	       "YAML quotes what a YAML reader would not take for a string");
	/* Found by fuzz-lexfmt-lexicoder: entries written as their words
	 * sort by what is written, so that reading and writing again gives
	 * the same bytes ('?zulu' sorts first, 'zulu' last). */
	back = qy ? read_as(SLANT_LEXFMT_YAML, "q.yml", qy) : NULL;
	char *qy2 = back ? write_as(back, SLANT_LEXFMT_YAML, &loss) : NULL;
	is_str(qy2, qy, "rewritten entries: YAML written twice, the same");
	free(qy2);
	slant_lexicon_free(back);
	free(qy);
	slant_lexicon_free(q);

	/* Foreign names keep their spelling through .dic and YAML. */
	q = read_as(SLANT_LEXFMT_DICX, "n.dicx",
	            "DicTerm,Work Life,Über\nfoo,X,X\n");
	char *nd = q ? write_as(q, SLANT_LEXFMT_DIC, &loss) : NULL;
	is_str(nd, "%\n1\tÜber\n2\tWork Life\n%\nfoo\t1\t2\n",
	       ".dic names a category by its original name when it "
	       "normalises the same ('Über' is 'ber')");
	is_int(loss.n[SLANT_LOST_DESCRIPTIONS], 0, "so no description is lost");
	free(nd);
	slant_lexicon_free(q);

	ok(!write_as(lx, SLANT_LEXFMT_DICX, &loss),
	   ".dicx is read, not written");
	/* Found by fuzz-lexfmt-lexicoder: a category '__' cannot be a YAML
	 * key (quanteda's key for a key's own patterns); YAML with no key
	 * left is refused rather than written and unreadable. */
	q = read_as(SLANT_LEXFMT_LEXICODER, "u.lc3", "+__\nx\n+b\ny\n");
	char *uy = q ? write_as(q, SLANT_LEXFMT_YAML, &loss) : NULL;
	is_str(uy, "b:\n- \"y\"\n", "a dimension '__' is left out of YAML");
	is_int(loss.n[SLANT_LOST_DIMENSIONS], 1, "and counted as lost");
	free(uy);
	slant_lexicon_free(q);
	q = read_as(SLANT_LEXFMT_LEXICODER, "u.lc3", "+__\nx\n");
	ok(q && !write_as(q, SLANT_LEXFMT_YAML, &loss),
	   "YAML with no dimension left is refused");
	slant_lexicon_free(q);
	free(lex);
	slant_lexicon_free(lx);
}

/* The same lexicon read from shuffled lines writes the same bytes. */
static void test_reproducible(void)
{
	const char a[] = "+b\nzeta\nalpha*\n+a\nmid\n";
	const char b[] = "+a\nmid\n+b\nalpha*\nzeta\n";
	struct slant_lexicon *x = read_as(SLANT_LEXFMT_LEXICODER, "r.lc3", a);
	struct slant_lexicon *y = read_as(SLANT_LEXFMT_LEXICODER, "r.lc3", b);
	struct slant_lexfmt_loss loss;
	enum slant_lexfmt fs[] = {SLANT_LEXFMT_LEX, SLANT_LEXFMT_DIC,
	                          SLANT_LEXFMT_YAML};
	for (size_t i = 0; i < 3; i++) {
		char *wx = write_as(x, fs[i], &loss);
		char *wy = write_as(y, fs[i], &loss);
		is_str(wx, wy, "%s: the order of lines does not matter",
		       slant_lexfmt_name(fs[i]));
		free(wx);
		free(wy);
	}
	slant_lexicon_free(x);
	slant_lexicon_free(y);
}

int main(void)
{
	test_detection();
	test_dic();
	test_dicx();
	test_yaml();
	test_lexicoder();
	test_wordstat();
	test_names();
	test_writers();
	test_reproducible();
	return tap_done();
}
