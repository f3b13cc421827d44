/* t-corpus.c: the corpus readers, on small files written to a temporary
 * directory. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "mem.h"
#include "tap.h"

static char tmp[256];

/* Write tmp/rel (creating directories) with n bytes of s. */
static void put(const char *rel, const char *s, size_t n)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", tmp, rel);
	for (char *p = path + strlen(tmp) + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST)
			abort();
		*p = '/';
	}
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(s, 1, n, f) != n || fclose(f) != 0)
		abort();
}

#define PUT(rel, lit) put(rel, lit, sizeof lit - 1)

static const char *at(const char *rel)
{
	static char paths[8][1024];
	static int i;
	char *p = paths[i++ % 8];
	snprintf(p, 1024, "%s/%s", tmp, rel);
	return p;
}

/* Warnings seen by the callback. */
static size_t nwarn;
static char last_warning[1100];

static void on_warn(void *ctx, const struct slant_error *w)
{
	(void)ctx;
	nwarn++;
	snprintf(last_warning, sizeof last_warning, "%s: %s", w->where,
	         w->message);
}

static struct slant_corpus_options opts(void)
{
	struct slant_corpus_options o;
	memset(&o, 0, sizeof o);
	o.warn = on_warn;
	return o;
}

/* Read every article of one input; returns the number read (or -1 on
 * error, with the error in *err) and appends "id|group|date|title|text"
 * lines to out. */
static int read_all(const char *path, const char *group,
                    const struct slant_corpus_options *o, struct slant_buf *out,
                    struct slant_error *err)
{
	struct slant_corpus_input in = {path, group};
	slant_error_clear(err);
	nwarn = 0;
	last_warning[0] = '\0';
	slant_buf_reset(out);
	slant_buf_puts(out, "");
	struct slant_corpus *c = slant_corpus_open(&in, 1, o, err);
	if (!c)
		return -1;
	struct slant_article *a;
	int rc, n = 0;
	while ((rc = slant_corpus_next(c, &a, err)) == 1) {
		if (strlen(a->text) != a->text_len)
			slant_buf_puts(out, "(text_len wrong)");
		slant_buf_printf(out, "%s|%s|%s|%s|%s\n", a->id, a->group,
		                 a->date, a->title, a->text);
		n++;
	}
	if (slant_corpus_warnings(c) != nwarn)
		slant_buf_puts(out, "(warning count wrong)");
	slant_corpus_free(c);
	return rc < 0 ? -1 : n;
}

/* The first article of path (kept in a corpus until the next call). */
static struct slant_corpus *one_c;
static struct slant_article *one(const char *path,
                                 const struct slant_corpus_options *o,
                                 struct slant_error *err)
{
	slant_corpus_free(one_c);
	struct slant_corpus_input *in = slant_xmalloc(sizeof *in);
	static struct slant_corpus_input *last_in;
	free(last_in);
	last_in = in;
	in->path = path;
	in->group = NULL;
	slant_error_clear(err);
	one_c = slant_corpus_open(in, 1, o, err);
	struct slant_article *a = NULL;
	if (one_c && slant_corpus_next(one_c, &a, err) != 1)
		a = NULL;
	return a;
}

static void test_walk(void)
{
	struct slant_corpus_options o = opts();
	struct slant_error err;
	struct slant_buf out, want;
	slant_buf_init(&out);
	slant_buf_init(&want);

	PUT("walk/b.txt", "B");
	PUT("walk/a.txt", "a");
	PUT("walk/A.txt", "upper A");
	PUT("walk/a-b/x.txt", "a-b x");
	PUT("walk/a/x.txt", "a x");
	PUT("walk/c.md", "not read");
	PUT("walk/.hidden.txt", "hidden");
	PUT("walk/.git/x.txt", "hidden dir");
	PUT("walk/sub/deeper/z.txt", "z");
	PUT("walk/sub/data.jsonl",
	    "{\"id\":\"j1\",\"source\":\"S\",\"text\":\"one\"}\n"
	    "\n"
	    "{\"source\":\"T\",\"text\":\"two\"}\n");

	int n = read_all(at("walk"), NULL, &o, &out, &err);
	is_int(n, 8, "walk: eight articles (hidden and .md skipped)");
	slant_buf_printf(&want,
	                 "A|walk|||upper A\n"
	                 "a-b/x|a-b|||a-b x\n"
	                 "a|walk|||a\n"
	                 "a/x|a|||a x\n"
	                 "b|walk|||B\n"
	                 "j1|S|||one\n"
	                 "%s/walk/sub/data.jsonl:3|T|||two\n"
	                 "sub/deeper/z|deeper|||z\n",
	                 tmp);
	ok(out.data &&
	       strstr(out.data, "a-b/x|") < strstr(out.data, "a|walk") &&
	       strstr(out.data, "A|walk") == out.data,
	   "walk: byte-wise order, directories sorted as 'name/'");
	is_str(out.data, want.data,
	       "walk: ids, groups by subdirectory, JSONL records in place");

	/* group DIR and an explicit group */
	o.group_by = SLANT_GROUP_DIR;
	read_all(at("walk/sub"), NULL, &o, &out, &err);
	slant_buf_reset(&want);
	slant_buf_printf(&want,
	                 "j1|sub|||one\n%s/walk/sub/data.jsonl:3|sub|||two\n"
	                 "deeper/z|deeper|||z\n",
	                 tmp);
	is_str(out.data, want.data, "group DIR: the parent directory");
	read_all(at("walk/sub"), "mine", &o, &out, &err);
	slant_buf_reset(&want);
	slant_buf_printf(&want,
	                 "j1|mine|||one\n%s/walk/sub/data.jsonl:3|mine|||two\n"
	                 "deeper/z|mine|||z\n",
	                 tmp);
	is_str(out.data, want.data, "explicit group overrides group_by");

	/* a directory without subdirectories: AUTO groups by source */
	o = opts();
	PUT("flat/one.txt", "---\nsource: Outlet One\n---\nx");
	PUT("flat/two.txt", "y");
	read_all(at("flat"), NULL, &o, &out, &err);
	is_str(out.data, "one|Outlet One|||x\ntwo||||y\n",
	       "group AUTO without subdirectories: front-matter source");

	/* text extension */
	PUT("ext/a.text", "t1");
	PUT("ext/b.txt", "t2");
	o.text_ext = ".text";
	read_all(at("ext"), NULL, &o, &out, &err);
	is_str(out.data, "a||||t1\n", "text_ext '.text'");
	o.text_ext = "txt";
	read_all(at("ext"), NULL, &o, &out, &err);
	is_str(out.data, "b||||t2\n", "text_ext without its dot");

	slant_buf_release(&out);
	slant_buf_release(&want);
}

static void test_text(void)
{
	struct slant_corpus_options o = opts();
	struct slant_error err;
	struct slant_article *a;

	PUT("fm.txt", "---\nid: art-1\nsource: Outlet A\ndate: 2024-01-02\n"
	              "title: \"Quoted: title\"\n# a comment\n\nextra:  x y \n"
	              "---\nBody text.\n");
	a = one(at("fm.txt"), &o, &err);
	ok(a != NULL, "front matter read");
	if (a) {
		is_str(a->id, "art-1", "front matter id");
		is_str(a->group, "Outlet A",
		       "front matter source is the group");
		is_str(a->date, "2024-01-02", "front matter date");
		is_str(a->title, "Quoted: title",
		       "front matter title unquoted");
		is_str(a->text, "Body text.\n",
		       "front matter removed from text");
		is_int(a->nfields, 5, "all keys kept in fields");
		is_str(slant_article_field(a, "extra"), "x y",
		       "field value trimmed");
		ok(slant_article_field(a, "nope") == NULL, "absent field");
		is_str(a->where, at("fm.txt"), "where is the path");
	}
	o.group_by = SLANT_GROUP_KEY;
	o.group_key = "extra";
	a = one(at("fm.txt"), &o, &err);
	is_str(a ? a->group : NULL, "x y", "group KEY: a front-matter key");
	o = opts();

	PUT("fmbad.txt", "---\nid: x\nnot a pair\n---\nbody");
	a = one(at("fmbad.txt"), &o, &err);
	ok(!a && err.code == SLANT_EDATA, "bad front matter is an error");
	is_str(err.where, at("fmbad.txt:3"), "bad front matter: path:line");
	is_str(err.message, "front matter line is not 'key: value'",
	       "bad front matter: message");
	PUT("fmopen.txt", "---\nid: x\ntitle: y\n");
	a = one(at("fmopen.txt"), &o, &err);
	is_str(err.message, "front matter is not closed (no '---' line)",
	       "unclosed front matter");

	PUT("seed.txt", " date 2025-02-08 TEHRAN - The text.\n\nMore.");
	a = one(at("seed.txt"), &o, &err);
	is_str(a ? a->date : NULL, "2025-02-08", "date marker read");
	is_str(a ? a->text : NULL, "TEHRAN - The text.\n\nMore.",
	       "date marker removed");
	is_str(a ? a->id : NULL, "seed",
	       "id of a file argument: its name without extension");
	PUT("nodate.txt", " date 2025-2-08 x");
	a = one(at("nodate.txt"), &o, &err);
	ok(a && !strcmp(a->date, "") && !strcmp(a->text, " date 2025-2-08 x"),
	   "a malformed marker is text");

	PUT("title.txt", "Headline here \n\nBody para 1.\n\nBody 2.\n");
	a = one(at("title.txt"), &o, &err);
	ok(a && !strcmp(a->title, "") &&
	       !strcmp(a->text, "Headline here \n\nBody para 1.\n\nBody 2.\n"),
	   "no title without title_first_line");
	o.title_first_line = true;
	a = one(at("title.txt"), &o, &err);
	is_str(a ? a->title : NULL, "Headline here", "title from first line");
	is_str(a ? a->text : NULL, "Body para 1.\n\nBody 2.\n",
	       "title line removed from text");
	PUT("title2.txt", "Line one\nline two\n\nBody.\n");
	a = one(at("title2.txt"), &o, &err);
	ok(a && !strcmp(a->title, "") &&
	       !strcmp(a->text, "Line one\nline two\n\nBody.\n"),
	   "a first paragraph of two lines is not a title");
	PUT("title3.txt", " date 2020-05-06\r\nHead\r\n\r\nBody\r\n");
	a = one(at("title3.txt"), &o, &err);
	ok(a && !strcmp(a->date, "2020-05-06") && !strcmp(a->title, "Head") &&
	       !strcmp(a->text, "Body\r\n"),
	   "date marker, then a title, with CRLF");
	o = opts();

	PUT("bom.txt", "\xef\xbb\xbf---\nid: b\n---\nHello");
	a = one(at("bom.txt"), &o, &err);
	ok(a && !strcmp(a->id, "b") && !strcmp(a->text, "Hello"),
	   "BOM stripped before front matter");
	PUT("crlf.txt", "---\r\nid: c\r\n---\r\nLine one\r\nLine two\r\n");
	a = one(at("crlf.txt"), &o, &err);
	ok(a && !strcmp(a->id, "c") &&
	       !strcmp(a->text, "Line one\r\nLine two\r\n"),
	   "CRLF front matter; CRLF kept in text");

	PUT("empty.txt", "");
	a = one(at("empty.txt"), &o, &err);
	ok(a && a->text_len == 0 && !strcmp(a->text, ""), "empty article");
	PUT("onlyfm.txt", "---\nid: e\n---\n");
	a = one(at("onlyfm.txt"), &o, &err);
	ok(a && a->text_len == 0 && !strcmp(a->id, "e"),
	   "front matter only: empty text");

	PUT("bad.txt", "line1\nline2\nabc\xff rest\n");
	a = one(at("bad.txt"), &o, &err);
	ok(!a && err.code == SLANT_EDATA, "invalid UTF-8 is an error");
	is_str(err.where, at("bad.txt:3"), "invalid UTF-8: path:line");
	is_str(err.message, "invalid UTF-8 at byte 15",
	       "invalid UTF-8: byte of the file");
	PUT("badbom.txt", "\xef\xbb\xbfok\n\xc3(");
	a = one(at("badbom.txt"), &o, &err);
	is_str(err.message, "invalid UTF-8 at byte 6",
	       "byte offsets count the BOM");
	PUT("overlong.txt", "x\xc0\xafy");
	a = one(at("overlong.txt"), &o, &err);
	is_str(err.message, "invalid UTF-8 at byte 1", "overlong is invalid");
	PUT("surrogate.txt", "\xed\xa0\x80");
	a = one(at("surrogate.txt"), &o, &err);
	is_str(err.message, "invalid UTF-8 at byte 0",
	       "encoded surrogate is invalid");
	put("nul.txt", "ab\ncd\0ef", 8);
	a = one(at("nul.txt"), &o, &err);
	ok(!a && err.code == SLANT_EDATA, "NUL byte is an error");
	is_str(err.where, at("nul.txt:2"), "NUL: path:line");
	is_str(err.message, "NUL byte at byte 5", "NUL: byte");

	o.lenient = true;
	struct slant_buf out;
	slant_buf_init(&out);
	put("len.txt",
	    "a\xff"
	    "b\xe2\x82(\0c\0\xf0",
	    10);
	int n = read_all(at("len.txt"), NULL, &o, &out, &err);
	is_int(n, 1, "lenient: article read");
	ok(out.data && strstr(out.data, "|a\xef\xbf\xbd"
	                                "b\xef\xbf\xbd(c\xef\xbf\xbd\n"),
	   "lenient: invalid UTF-8 replaced by U+FFFD, NULs dropped");
	is_int(nwarn, 2, "lenient: one warning per kind of problem");
	ok(strstr(last_warning, "NUL byte at byte 6 dropped (2 in all)") !=
	       NULL,
	   "lenient: NUL warning");
	n = read_all(at("fmbad.txt"), NULL, &o, &out, &err);
	ok(n == 1 && nwarn == 1 && strstr(out.data, "|---\nid: x\n"),
	   "lenient: bad front matter read as text with a warning");
	slant_buf_release(&out);
}

static void test_jsonl(void)
{
	struct slant_corpus_options o = opts();
	struct slant_error err;
	struct slant_buf out, want;
	slant_buf_init(&out);
	slant_buf_init(&want);

	PUT("custom.jsonl",
	    "{\"uid\":\"u1\",\"outlet\":\"O\",\"day\":\"2020-01-01\","
	    "\"headline\":\"H\",\"body\":\"B\\u00e9\",\"extra\":[1],"
	    "\"n\":null}\r\n"
	    "  \r\n"
	    "{\"uid\":12,\"outlet\":-3.5,\"body\":\"\"}\n"
	    "{\"body\":\"last\",\"uid\":null}");
	o.json_id = "uid";
	o.json_group = "outlet";
	o.json_date = "day";
	o.json_title = "headline";
	o.json_text = "body";
	int n = read_all(at("custom.jsonl"), NULL, &o, &out, &err);
	is_int(n, 3, "custom fields: three records (blank line skipped)");
	slant_buf_printf(&want,
	                 "u1|O|2020-01-01|H|B\xc3\xa9\n"
	                 "12|-3.5|||\n"
	                 "%s/custom.jsonl:4||||last\n",
	                 tmp);
	is_str(out.data, want.data,
	       "custom field names; numbers keep their spelling; null is "
	       "absent; default id path:line");

	struct slant_article *a = one(at("custom.jsonl"), &o, &err);
	ok(a && a->nfields == 6, "fields: the members that are not null");
	is_str(a ? slant_article_field(a, "day") : NULL, "2020-01-01",
	       "field lookup");
	is_str(a ? slant_article_field(a, "extra") : NULL, "[1]",
	       "a list field keeps its JSON text");
	ok(a && a->fields[5].kind == SLANT_FIELD_LIST &&
	       a->fields[0].kind == SLANT_FIELD_STRING,
	   "field kinds");
	ok(a && !slant_article_field(a, "n"), "null is not a field");
	is_str(a ? a->where : NULL, at("custom.jsonl:1"), "where path:line");
	o.group_by = SLANT_GROUP_KEY;
	o.group_key = "day";
	a = one(at("custom.jsonl"), &o, &err);
	is_str(a ? a->group : NULL, "2020-01-01", "group KEY in JSONL");
	o = opts();

	PUT("missing.jsonl", "{\"text\":\"ok\"}\n{\"title\":\"t\"}\n");
	n = read_all(at("missing.jsonl"), NULL, &o, &out, &err);
	ok(n < 0 && err.code == SLANT_EDATA, "missing text is an error");
	is_str(err.where, at("missing.jsonl:2"), "missing text: path:line");
	is_str(err.message, "field 'text' is missing", "missing text: message");
	PUT("nonstr.jsonl", "{\"text\":42}\n");
	n = read_all(at("nonstr.jsonl"), NULL, &o, &out, &err);
	is_str(err.message, "field 'text' is not a string (found number)",
	       "non-string text");
	PUT("arrtitle.jsonl", "{\"text\":\"x\",\"title\":[\"a\"]}\n");
	n = read_all(at("arrtitle.jsonl"), NULL, &o, &out, &err);
	is_str(err.message, "field 'title' is not a string (found array)",
	       "non-string title");
	PUT("trunc.jsonl",
	    "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"abc");
	n = read_all(at("trunc.jsonl"), NULL, &o, &out, &err);
	ok(n < 0 && err.code == SLANT_EDATA, "truncated JSON is an error");
	is_str(err.where, at("trunc.jsonl:3"), "truncated JSON: path:line");
	is_str(err.message,
	       "invalid JSON at byte 12: unexpected end of input (truncated "
	       "record?)",
	       "truncated JSON: message");
	PUT("array.jsonl", "[1,2]\n");
	n = read_all(at("array.jsonl"), NULL, &o, &out, &err);
	is_str(err.message, "record is not a JSON object (found array)",
	       "non-object record");
	put("nul.jsonl", "{\"text\":1\0}\n", 12);
	n = read_all(at("nul.jsonl"), NULL, &o, &out, &err);
	is_str(err.message, "NUL byte at byte 9",
	       "a raw NUL byte is an error (even where jansson skips it)");
	PUT("badutf.jsonl", "{\"text\":\"caf\xe9\"}\n");
	n = read_all(at("badutf.jsonl"), NULL, &o, &out, &err);
	is_str(err.message, "invalid UTF-8 at byte 12",
	       "invalid UTF-8 in JSONL");
	PUT("bom.jsonl", "\xef\xbb\xbf{\"text\":\"x\"}\n");
	n = read_all(at("bom.jsonl"), NULL, &o, &out, &err);
	is_int(n, 1, "BOM before the first record");
	PUT("empty.jsonl", "{\"text\":\"\",\"id\":\"e\"}\n");
	n = read_all(at("empty.jsonl"), NULL, &o, &out, &err);
	is_str(out.data, "e||||\n", "empty JSONL text");

	o.lenient = true;
	PUT("lenient.jsonl", "{\"text\":\"a\"}\n"
	                     "{\"text\":\"trunc\n"
	                     "{\"title\":\"no text\"}\n"
	                     "{\"text\":\"caf\xe9!\"}\n"
	                     "[]\n"
	                     "{\"text\":\"z\"}\n");
	n = read_all(at("lenient.jsonl"), NULL, &o, &out, &err);
	is_int(n, 3, "lenient: bad records skipped");
	ok(strstr(out.data, "|caf\xef\xbf\xbd!\n") != NULL,
	   "lenient: invalid UTF-8 in a record replaced");
	is_int(nwarn, 4, "lenient: one warning per skipped or repaired record");
	ok(strstr(last_warning, "lenient.jsonl:5: record is not a JSON object "
	                        "(found array); record skipped") != NULL,
	   "lenient: warning names path:line");

	/* a line longer than the read buffer */
	size_t big = 3u << 20;
	char *s = slant_xmalloc(big + 64);
	memcpy(s, "{\"text\":\"", 9);
	memset(s + 9, 'x', big);
	memcpy(s + 9 + big, "\"}\n{\"text\":\"next\"}\n", 19);
	put("big.jsonl", s, 9 + big + 19);
	free(s);
	o = opts();
	struct slant_corpus_input in = {at("big.jsonl"), NULL};
	struct slant_corpus *c = slant_corpus_open(&in, 1, &o, &err);
	size_t l1 = 0, l2 = 0, i2 = 0;
	if (slant_corpus_next(c, &a, &err) == 1)
		l1 = a->text_len;
	if (slant_corpus_next(c, &a, &err) == 1) {
		l2 = a->text_len;
		i2 = a->index;
	}
	ok(l1 == big && l2 == 4 && i2 == 1 &&
	       slant_corpus_next(c, &a, &err) == 0,
	   "a 3 MiB record, then the next one");
	slant_corpus_free(c);

	slant_buf_release(&out);
	slant_buf_release(&want);
}

static void test_inputs(void)
{
	struct slant_corpus_options o = opts();
	struct slant_error err;

	struct slant_corpus_input two[] = {{"-", NULL}, {"-", NULL}};
	ok(!slant_corpus_open(two, 2, &o, &err) && err.code == SLANT_EUSAGE,
	   "'-' twice is a usage error");
	struct slant_corpus_input none[] = {{at("does-not-exist.txt"), NULL}};
	ok(!slant_corpus_open(none, 1, &o, &err) && err.code == SLANT_EIO,
	   "a missing path is an I/O error");
	is_str(err.where, at("does-not-exist.txt"), "I/O error names the path");

	/* several inputs, one of them standard input */
	PUT("in/s.jsonl", "{\"text\":\"from stdin\",\"source\":\"S\"}\n");
	PUT("in/t.txt", "text file");
	int saved = dup(STDIN_FILENO);
	int fd = open(at("in/s.jsonl"), O_RDONLY);
	dup2(fd, STDIN_FILENO);
	close(fd);
	struct slant_corpus_input ins[] = {
	    {at("in/t.txt"), "G"}, {"-", NULL}, {at("in/t.txt"), NULL}};
	o.input_format = SLANT_INPUT_JSONL;
	struct slant_corpus *c = slant_corpus_open(ins, 3, &o, &err);
	struct slant_article *a;
	struct slant_buf out;
	slant_buf_init(&out);
	slant_buf_puts(&out, "");
	int rc;
	while ((rc = slant_corpus_next(c, &a, &err)) == 1)
		slant_buf_printf(&out, "%zu|%s|%s|%s\n", a->index, a->group,
		                 a->where, a->text);
	dup2(saved, STDIN_FILENO);
	close(saved);
	/* input_format JSONL applies to explicit files too */
	ok(rc < 0 && strstr(err.message, "invalid JSON"),
	   "input_format JSONL reads a .txt file as JSON Lines");
	slant_corpus_free(c);

	saved = dup(STDIN_FILENO);
	fd = open(at("in/s.jsonl"), O_RDONLY);
	dup2(fd, STDIN_FILENO);
	close(fd);
	o.input_format = SLANT_INPUT_AUTO;
	struct slant_corpus_input ins2[] = {
	    {at("in/t.txt"), "G"}, {"-", NULL}, {at("in/s.jsonl"), NULL}};
	c = slant_corpus_open(ins2, 3, &o, &err);
	slant_buf_reset(&out);
	slant_buf_puts(&out, "");
	while ((rc = slant_corpus_next(c, &a, &err)) == 1)
		slant_buf_printf(&out, "%zu|%s|%s|%s|%s\n", a->index, a->id,
		                 a->group, a->where, a->text);
	dup2(saved, STDIN_FILENO);
	close(saved);
	slant_corpus_free(c);
	struct slant_buf want;
	slant_buf_init(&want);
	slant_buf_printf(&want,
	                 "0|t|G|%s/in/t.txt|text file\n"
	                 "1|stdin||<stdin>|{\"text\":\"from stdin\",\"source\":"
	                 "\"S\"}\n\n"
	                 "2|%s/in/s.jsonl:1|S|%s/in/s.jsonl:1|from stdin\n",
	                 tmp, tmp, tmp);
	is_str(out.data, want.data,
	       "inputs in order: explicit group, stdin as text, JSONL file");
	slant_buf_release(&want);
	slant_buf_release(&out);
}

static void rm_rf(const char *dir)
{
	char cmd[1200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
}

/* Label and span values: FIELD, FIELD.KEY, FIELD[K=V].KEY. */
static void test_values(void)
{
	struct slant_corpus_options o = opts();
	struct slant_error err;
	slant_error_clear(&err);
	PUT("labels.jsonl",
	    "{\"id\":\"a\",\"text\":\"t\",\"bias\":\"Biased\",\"score\":2.5,"
	    "\"ok\":true,\"frames\":[\"Politics\",\"Gun control\"],"
	    "\"none\":[],\"ann\":{\"stance\":\"left\"},"
	    "\"spans\":[{\"txt\":\"fierce\",\"bias\":\"lexical\"},"
	    "{\"txt\":\"a long one\",\"bias\":\"informational\"}],"
	    "\"bad\":[[1]],\"gone\":null}\n");
	struct slant_article *a = one(at("labels.jsonl"), &o, &err);
	ok(a != NULL, "a labelled record");
	if (!a)
		return;
	struct {
		const char *spec, *want;
		long n;
		enum slant_field_kind kind;
	} cases[] = {
	    {"bias", "Biased", 1, SLANT_FIELD_STRING},
	    {"score", "2.5", 1, SLANT_FIELD_NUMBER},
	    {"ok", "true", 1, SLANT_FIELD_BOOLEAN},
	    {"frames", "Politics|Gun control", 2, SLANT_FIELD_LIST},
	    {"none", "", 0, SLANT_FIELD_LIST},
	    {"ann.stance", "left", 1, SLANT_FIELD_OBJECT},
	    {"spans.txt", "fierce|a long one", 2, SLANT_FIELD_LIST},
	    {"spans[bias=lexical].txt", "fierce", 1, SLANT_FIELD_LIST},
	    {"spans[bias=other].txt", "", 0, SLANT_FIELD_LIST},
	    {"missing", "", -2, SLANT_FIELD_STRING},
	    {"gone", "", -2, SLANT_FIELD_STRING},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct slant_field_ref ref;
		char **v = NULL;
		enum slant_field_kind kind = SLANT_FIELD_STRING;
		ok(slant_field_ref_parse(cases[i].spec, &ref, &err) == 0,
		   "parse '%s'", cases[i].spec);
		long n = slant_article_values(a, &ref, &v, &kind, &err);
		struct slant_buf b;
		slant_buf_init(&b);
		slant_buf_puts(&b, "");
		for (long j = 0; j < n; j++) {
			if (j)
				slant_buf_putc(&b, '|');
			slant_buf_puts(&b, v[j]);
			free(v[j]);
		}
		free(v);
		ok(n == cases[i].n && (n < 0 || kind == cases[i].kind),
		   "'%s': %ld values", cases[i].spec, n);
		is_str(b.data, cases[i].want, "'%s' values", cases[i].spec);
		slant_buf_release(&b);
		slant_field_ref_release(&ref);
	}
	const char *errs[][2] = {
	    {"spans", "element 1 is an object"},
	    {"bad", "element 1 is a list"},
	    {"bias.x", "has no member 'x'"},
	    {"ann", "found an object"},
	};
	for (size_t i = 0; i < sizeof errs / sizeof *errs; i++) {
		struct slant_field_ref ref;
		char **v = NULL;
		enum slant_field_kind kind;
		slant_field_ref_parse(errs[i][0], &ref, &err);
		long n = slant_article_values(a, &ref, &v, &kind, &err);
		ok(n == -1 && err.code == SLANT_EDATA &&
		       strstr(err.message, errs[i][1]) &&
		       strstr(err.where, "labels.jsonl:1"),
		   "'%s' is refused: %s: %s", errs[i][0], err.where,
		   err.message);
		slant_field_ref_release(&ref);
	}
	const char *bad[] = {"", ".x", "a[b].c", "a[b=c]", "a.b.c", "a[=c].d"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct slant_field_ref ref;
		ok(slant_field_ref_parse(bad[i], &ref, &err) == -1 &&
		       err.code == SLANT_EUSAGE && ref.field == NULL,
		   "bad reference '%s': %s", bad[i], err.message);
	}
}

int main(void)
{
	const char *t = getenv("TMPDIR");
	snprintf(tmp, sizeof tmp, "%s/t-corpus.XXXXXX", t && *t ? t : "/tmp");
	if (!mkdtemp(tmp)) {
		perror("mkdtemp");
		return 99;
	}
	test_walk();
	test_text();
	test_jsonl();
	test_inputs();
	test_values();
	slant_corpus_free(one_c);
	rm_rf(tmp);
	return tap_done();
}
