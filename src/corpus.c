/* corpus.c: path arguments -> a stream of articles (see corpus.h).
 *
 * Memory: a text file is read whole into one reused buffer; a JSON Lines
 * file goes through one reused read buffer that grows to the longest
 * line, and one reused record. A directory walk holds the sorted entry
 * names of the directories on the current path only. So memory is bounded
 * by the largest article (and the widest directory), never the corpus.
 *
 * Order: entries of a directory are sorted byte-wise with a '/' appended
 * to directory names, which yields exactly the byte-wise order of the
 * relative paths ("LC_ALL=C sort"): "a-b/x.txt" < "a.txt" < "a/x.txt".
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "jsonl.h"
#include "mem.h"

#define STDIN_NAME "<stdin>"
/* JSON Lines are read in chunks of this size (a longer line grows the
 * buffer): small enough that the reads do not push the tokenizer's tables
 * out of a 512 KiB L2 cache; large enough that the syscalls cost nothing. */
#define READ_CHUNK (1u << 16)

typedef unsigned char uchar;

/* One directory on the walk's current path. */
struct level {
	char **names; /* sorted; directories end in '/' */
	size_t n, next;
	int fd;         /* the directory, for openat: no path walk per file */
	size_t rel_len; /* c->rel's length for entries of this directory */
	dev_t dev;
	ino_t ino;
};

struct slant_corpus {
	const struct slant_corpus_input *inputs;
	size_t ninputs;
	struct slant_corpus_options opt; /* defaults filled in */
	char *text_ext;                  /* with its leading '.' */
	bool failed;

	/* the input being read */
	size_t cur;
	bool started;     /* inputs[cur] was opened */
	bool is_dir;      /* ... and is a directory */
	bool has_subdirs; /* ... holding subdirectories */
	struct level *levels;
	size_t depth, levels_cap;
	struct slant_buf rel;  /* path of the file relative to its argument */
	struct slant_buf path; /* path of the file as shown in messages */

	/* the JSON Lines file being read, when jsonl_fd >= 0 */
	int jsonl_fd;
	char *rbuf;
	size_t rcap, rstart, rend, rscan;
	bool reof;
	size_t lineno;
	struct slant_json_record rec;

	/* reused buffers */
	struct slant_buf file;  /* a whole text file */
	struct slant_buf clean; /* a repaired copy (lenient) */
	struct slant_buf fm;    /* front-matter keys and values */
	struct slant_buf id, group, title, date, where;
	struct slant_field *fields;
	size_t nfields, fields_cap;

	struct slant_article article;
	char empty[1];
	size_t index;
	size_t warnings;
	size_t excluded; /* by --where */
};

/* ---- small helpers ---- */

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static bool is_jsonl_name(const char *name)
{
	return ends_with(name, ".jsonl") || ends_with(name, ".ndjson");
}

static void buf_set(struct slant_buf *b, const char *s, size_t n)
{
	slant_buf_reset(b);
	slant_buf_append(b, s, n);
}

static void warn(struct slant_corpus *c, const char *path, size_t line,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void warn(struct slant_corpus *c, const char *path, size_t line,
                 const char *fmt, ...)
{
	struct slant_error w;
	char msg[sizeof w.message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	slant_error_at(&w, SLANT_EDATA, path, line, 0, "%s", msg);
	c->warnings++;
	if (c->opt.warn)
		c->opt.warn(c->opt.warn_ctx, &w);
}

static size_t line_of(const char *s, size_t off)
{
	size_t line = 1;
	const char *p = s, *end = s + off;
	while ((p = memchr(p, '\n', (size_t)(end - p)))) {
		line++;
		p++;
	}
	return line;
}

/* ---- UTF-8 ---- */

/* Length of the strict UTF-8 sequence at p (p[0] >= 0x80), or 0. The same
 * rules as jansson (and jsonl.c): no overlongs, surrogates or values past
 * U+10FFFF. */
static size_t utf8_seq(const uchar *p, const uchar *end)
{
	uchar c = p[0];
	size_t avail = (size_t)(end - p);
	if (c >= 0xc2 && c <= 0xdf)
		return avail >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		uchar lo = c == 0xe0 ? 0xa0 : 0x80,
		      hi = c == 0xed ? 0x9f : 0xbf;
		return avail >= 3 && p[1] >= lo && p[1] <= hi &&
		               (p[2] & 0xc0) == 0x80
		           ? 3
		           : 0;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		uchar lo = c == 0xf0 ? 0x90 : 0x80,
		      hi = c == 0xf4 ? 0x8f : 0xbf;
		return avail >= 4 && p[1] >= lo && p[1] <= hi &&
		               (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80
		           ? 4
		           : 0;
	}
	return 0;
}

/* The length of the maximal prefix of a sequence at p that could start a
 * valid one (at least 1): the bytes one U+FFFD replaces, as the Unicode
 * standard recommends. */
static size_t utf8_bad_len(const uchar *p, const uchar *end)
{
	uchar c = p[0];
	size_t need;
	uchar lo = 0x80, hi = 0xbf;
	if (c >= 0xc2 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		need = 3;
		lo = c == 0xe0 ? 0xa0 : 0x80;
		hi = c == 0xed ? 0x9f : 0xbf;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 4;
		lo = c == 0xf0 ? 0x90 : 0x80;
		hi = c == 0xf4 ? 0x8f : 0xbf;
	} else
		return 1;
	size_t n = 1;
	while (n < need && p + n < end) {
		uchar b = p[n];
		if (n == 1 ? (b < lo || b > hi) : (b & 0xc0) != 0x80)
			break;
		n++;
	}
	return n;
}

enum problem { PROBLEM_NONE, PROBLEM_UTF8, PROBLEM_NUL };

/* The first invalid UTF-8 sequence or NUL byte in s[0..len): its offset
 * (len when there is none) and kind. */
static size_t check_text(const char *s, size_t len, enum problem *kind)
{
	const uchar *p = (const uchar *)s, *end = p + len;
	const uint64_t high = 0x8080808080808080ull,
	               low = 0x0101010101010101ull;
	*kind = PROBLEM_NONE;
	while (p < end) {
		/* ASCII without NUL, eight bytes at a time */
		while (end - p >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if ((w & high) || ((w - low) & ~w & high))
				break;
			p += 8;
		}
		if (p == end)
			break;
		if (*p == 0) {
			*kind = PROBLEM_NUL;
			break;
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		size_t n = utf8_seq(p, end);
		if (!n) {
			*kind = PROBLEM_UTF8;
			break;
		}
		p += n;
	}
	return (size_t)(p - (const uchar *)s);
}

struct repair {
	size_t bad, first_bad; /* invalid sequences replaced */
	size_t nul, first_nul; /* NUL bytes dropped */
};

/* Copy s[0..len) to out with invalid UTF-8 replaced by U+FFFD and NUL
 * bytes dropped, starting at from (everything before it is valid). */
static void repair_text(const char *s, size_t len, size_t from,
                        struct slant_buf *out, struct repair *rep)
{
	const uchar *p = (const uchar *)s + from, *end = (const uchar *)s + len;
	memset(rep, 0, sizeof *rep);
	slant_buf_reset(out);
	slant_buf_reserve(out, len + len / 2);
	slant_buf_append(out, s, from);
	while (p < end) {
		enum problem kind;
		size_t ok =
		    check_text((const char *)p, (size_t)(end - p), &kind);
		slant_buf_append(out, p, ok);
		p += ok;
		if (kind == PROBLEM_NUL) {
			if (!rep->nul++)
				rep->first_nul = (size_t)(p - (const uchar *)s);
			p++;
		} else if (kind == PROBLEM_UTF8) {
			if (!rep->bad++)
				rep->first_bad = (size_t)(p - (const uchar *)s);
			slant_buf_append(out, "\xef\xbf\xbd", 3);
			p += utf8_bad_len(p, end);
		}
	}
}

/* Strict check of s[0..len), or with lenient a repaired copy in c->clean
 * (then *s and *len point to it) and a warning per kind of problem. Byte
 * offsets in messages are base + offset (base: the BOM skipped). */
static int check_or_repair(struct slant_corpus *c, const char **s, size_t *len,
                           size_t base, const char *path, size_t line0,
                           struct slant_error *err)
{
	enum problem kind;
	size_t off = check_text(*s, *len, &kind);
	if (kind == PROBLEM_NONE)
		return 0;
	/* line0: the line of s[0] (0: count lines in s, a whole file) */
	size_t line = line0 ? line0 : line_of(*s, off);
	if (!c->opt.lenient) {
		if (kind == PROBLEM_NUL)
			return slant_error_at(err, SLANT_EDATA, path, line, 0,
			                      "NUL byte at byte %zu",
			                      base + off);
		return slant_error_at(err, SLANT_EDATA, path, line, 0,
		                      "invalid UTF-8 at byte %zu", base + off);
	}
	struct repair rep;
	repair_text(*s, *len, off, &c->clean, &rep);
	if (rep.bad)
		warn(c, path, line0 ? line0 : line_of(*s, rep.first_bad),
		     "invalid UTF-8 at byte %zu replaced with U+FFFD (%zu "
		     "sequence%s in all)",
		     base + rep.first_bad, rep.bad, rep.bad == 1 ? "" : "s");
	if (rep.nul)
		warn(c, path, line0 ? line0 : line_of(*s, rep.first_nul),
		     "NUL byte at byte %zu dropped (%zu in all)",
		     base + rep.first_nul, rep.nul);
	*s = c->clean.data;
	*len = c->clean.len;
	return 0;
}

/* ---- names for ids and groups ---- */

/* The name of the directory holding path ("a/b/c.txt" -> "b"), resolving
 * ".", ".." and a bare file name through realpath(). */
static void parent_name(const char *path, struct slant_buf *out)
{
	const char *slash = strrchr(path, '/');
	char dir[PATH_MAX];
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else if (slash == path)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	const char *last = strrchr(dir, '/');
	last = last ? last + 1 : dir;
	char real[PATH_MAX];
	if ((!strcmp(last, ".") || !strcmp(last, "..")) &&
	    realpath(dir, real)) {
		last = strrchr(real, '/');
		last = last ? last + 1 : real;
	}
	if (!strcmp(last, "/") || !strcmp(last, ".") || !strcmp(last, ".."))
		last = "";
	slant_buf_reset(out);
	slant_buf_puts(out, last);
}

/* path without its extension (the text extension, else the last ".x" of
 * the file name) and without a leading "./". */
static void id_from_path(const char *path, const char *ext,
                         struct slant_buf *out)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	size_t n = strlen(path);
	if (ends_with(path, ext) && n > strlen(ext)) {
		n -= strlen(ext);
	} else {
		const char *base = strrchr(path, '/');
		base = base ? base + 1 : path;
		const char *dot = strrchr(base, '.');
		if (dot && dot > base)
			n = (size_t)(dot - path);
	}
	buf_set(out, path, n);
}

/* The last component of path without the extension ext (or any other
 * extension). */
static void file_stem(const char *path, const char *ext, struct slant_buf *out)
{
	const char *base = strrchr(path, '/');
	id_from_path(base ? base + 1 : path, ext, out);
}

/* ---- opening ---- */

struct slant_corpus *slant_corpus_open(const struct slant_corpus_input *inputs,
                                       size_t n,
                                       const struct slant_corpus_options *opt,
                                       struct slant_error *err)
{
	bool stdin_seen = false;
	for (size_t i = 0; i < n; i++) {
		const char *path = inputs[i].path;
		if (!strcmp(path, "-")) {
			if (stdin_seen) {
				slant_error_set(err, SLANT_EUSAGE, NULL,
				                "standard input ('-') given "
				                "twice");
				return NULL;
			}
			stdin_seen = true;
			continue;
		}
		struct stat st;
		if (stat(path, &st) != 0) {
			slant_error_set(err, SLANT_EIO, path, "cannot open: %s",
			                strerror(errno));
			return NULL;
		}
		if (S_ISDIR(st.st_mode)) {
			DIR *d = opendir(path);
			if (!d) {
				slant_error_set(err, SLANT_EIO, path,
				                "cannot open directory: %s",
				                strerror(errno));
				return NULL;
			}
			closedir(d);
		} else {
			int fd = open(path, O_RDONLY | O_CLOEXEC);
			if (fd < 0) {
				slant_error_set(err, SLANT_EIO, path,
				                "cannot open: %s",
				                strerror(errno));
				return NULL;
			}
			close(fd);
		}
	}

	struct slant_corpus *c = slant_xcalloc(1, sizeof *c);
	c->inputs = inputs;
	c->ninputs = n;
	if (opt)
		c->opt = *opt;
	if (!c->opt.group_key)
		c->opt.group_key = "source";
	if (!c->opt.json_id)
		c->opt.json_id = "id";
	if (!c->opt.json_group)
		c->opt.json_group = "source";
	if (!c->opt.json_date)
		c->opt.json_date = "date";
	if (!c->opt.json_title)
		c->opt.json_title = "title";
	if (!c->opt.json_text)
		c->opt.json_text = "text";
	const char *ext = c->opt.text_ext ? c->opt.text_ext : ".txt";
	struct slant_buf e;
	slant_buf_init(&e);
	if (ext[0] != '.')
		slant_buf_putc(&e, '.');
	slant_buf_puts(&e, ext);
	c->text_ext = slant_buf_take(&e);
	c->jsonl_fd = -1;
	slant_json_record_init(&c->rec);
	return c;
}

/* ---- directory walk ---- */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void pop_level(struct slant_corpus *c)
{
	struct level *l = &c->levels[--c->depth];
	for (size_t i = 0; i < l->n; i++)
		free(l->names[i]);
	free(l->names);
	close(l->fd);
}

/* Read the directory at c->path (whose relative path is c->rel) as a new
 * level of the walk. */
static int push_level(struct slant_corpus *c, struct slant_error *err)
{
	const char *path = c->path.data;
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int dup_fd = fd < 0 ? -1 : dup(fd);
	DIR *d = dup_fd < 0 ? NULL : fdopendir(dup_fd);
	if (!d) {
		int e = errno;
		if (dup_fd >= 0)
			close(dup_fd);
		if (fd >= 0)
			close(fd);
		return slant_error_set(err, SLANT_EIO, path,
		                       "cannot open directory: %s",
		                       strerror(e));
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		closedir(d);
		close(fd);
		return slant_error_set(err, SLANT_EIO, path, "%s", strerror(e));
	}
	for (size_t i = 0; i < c->depth; i++)
		if (c->levels[i].dev == st.st_dev &&
		    c->levels[i].ino == st.st_ino) {
			closedir(d);
			close(fd);
			return slant_error_set(err, SLANT_EIO, path,
			                       "directory loop (a symbolic "
			                       "link to a parent?)");
		}

	char **names = NULL;
	size_t n = 0, cap = 0;
	bool subdirs = false;
	struct dirent *de;
	errno = 0;
	while ((de = readdir(d))) {
		const char *name = de->d_name;
		if (name[0] == '.')
			continue;
		bool is_dir = de->d_type == DT_DIR;
		if (de->d_type == DT_UNKNOWN || de->d_type == DT_LNK) {
			struct stat est;
			if (fstatat(dirfd(d), name, &est, 0) == 0)
				is_dir = S_ISDIR(est.st_mode);
		}
		if (!is_dir && !ends_with(name, c->text_ext) &&
		    !is_jsonl_name(name))
			continue;
		subdirs |= is_dir;
		SLANT_GROW(&names, &cap, n + 1);
		size_t len = strlen(name);
		names[n] = slant_xmalloc(len + 2);
		memcpy(names[n], name, len);
		names[n][len] = is_dir ? '/' : '\0';
		names[n][len + 1] = '\0';
		n++;
		errno = 0;
	}
	int read_errno = errno;
	closedir(d);
	if (read_errno) {
		for (size_t i = 0; i < n; i++)
			free(names[i]);
		free(names);
		close(fd);
		return slant_error_set(err, SLANT_EIO, path,
		                       "cannot read directory: %s",
		                       strerror(read_errno));
	}
	if (n)
		qsort(names, n, sizeof *names, cmp_names);
	if (c->depth == 0)
		c->has_subdirs = subdirs;

	SLANT_GROW(&c->levels, &c->levels_cap, c->depth + 1);
	struct level *l = &c->levels[c->depth++];
	l->names = names;
	l->n = n;
	l->next = 0;
	l->rel_len = c->rel.len;
	l->fd = fd;
	l->dev = st.st_dev;
	l->ino = st.st_ino;
	return 0;
}

/* c->path = the argument joined with c->rel. */
static void make_path(struct slant_corpus *c, const char *arg)
{
	slant_buf_reset(&c->path);
	if (strcmp(arg, ".") != 0 || !c->rel.len) {
		slant_buf_puts(&c->path, arg);
		if (c->rel.len && c->path.data[c->path.len - 1] != '/')
			slant_buf_putc(&c->path, '/');
	}
	slant_buf_append(&c->path, c->rel.data ? c->rel.data : "", c->rel.len);
}

enum file_kind { FILE_TEXT, FILE_JSONL };

/* The next file to read: 1 with c->path (and c->rel in a directory) set,
 * 0 when the inputs are exhausted, -1 on error. */
static int next_file(struct slant_corpus *c, enum file_kind *kind,
                     struct slant_error *err)
{
	while (c->cur < c->ninputs) {
		const struct slant_corpus_input *in = &c->inputs[c->cur];
		if (!c->started) {
			c->started = true;
			buf_set(&c->rel, "", 0);
			if (!strcmp(in->path, "-")) {
				c->is_dir = false;
				buf_set(&c->path, STDIN_NAME,
				        strlen(STDIN_NAME));
				*kind = c->opt.input_format == SLANT_INPUT_JSONL
				            ? FILE_JSONL
				            : FILE_TEXT;
				return 1;
			}
			struct stat st;
			if (stat(in->path, &st) != 0)
				return slant_error_set(err, SLANT_EIO, in->path,
				                       "cannot open: %s",
				                       strerror(errno));
			c->is_dir = S_ISDIR(st.st_mode);
			make_path(c, in->path);
			if (!c->is_dir) {
				switch (c->opt.input_format) {
				case SLANT_INPUT_TEXT: *kind = FILE_TEXT; break;
				case SLANT_INPUT_JSONL:
					*kind = FILE_JSONL;
					break;
				case SLANT_INPUT_AUTO:
				default:
					*kind = is_jsonl_name(in->path)
					            ? FILE_JSONL
					            : FILE_TEXT;
					break;
				}
				return 1;
			}
			if (push_level(c, err))
				return -1;
		}
		while (c->is_dir && c->depth) {
			struct level *l = &c->levels[c->depth - 1];
			if (l->next == l->n) {
				pop_level(c);
				continue;
			}
			const char *name = l->names[l->next++];
			c->rel.len = l->rel_len;
			c->rel.data[c->rel.len] = '\0';
			slant_buf_puts(&c->rel, name);
			make_path(c, in->path);
			if (ends_with(name, "/")) {
				if (push_level(c, err))
					return -1;
				continue;
			}
			*kind = ends_with(name, c->text_ext) ? FILE_TEXT
			                                     : FILE_JSONL;
			return 1;
		}
		c->cur++;
		c->started = false;
	}
	return 0;
}

static bool from_stdin(const struct slant_corpus *c)
{
	return !strcmp(c->inputs[c->cur].path, "-");
}

/* ---- text articles ---- */

static int read_all(struct slant_corpus *c, int fd, const char *path,
                    struct slant_error *err)
{
	struct stat st;
	slant_buf_reset(&c->file);
	/* A regular file is read up to its size, without a last read to
	 * see the end (one syscall in three for a corpus of small files):
	 * it is read as it was when opened. */
	size_t size = 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		size = (size_t)st.st_size;
		slant_buf_reserve(&c->file, size + 65536);
	}
	while (!size || c->file.len < size) {
		slant_buf_reserve(&c->file, 65536);
		ssize_t got = read(fd, c->file.data + c->file.len,
		                   c->file.cap - c->file.len - 1);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return slant_error_set(err, SLANT_EIO, path,
			                       "cannot read: %s",
			                       strerror(errno));
		}
		if (got == 0)
			break;
		c->file.len += (size_t)got;
	}
	c->file.data[c->file.len] = '\0';
	return 0;
}

/* Trim ASCII white space around s[0..*n). */
static const char *trim(const char *s, size_t *n)
{
	while (*n && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		(*n)--;
	}
	while (*n &&
	       (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r'))
		(*n)--;
	return s;
}

/* The line at s (up to end): its length without the newline, and where
 * the next line starts. */
static size_t line_at(const char *s, const char *end, const char **next)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	*next = nl ? nl + 1 : end;
	return (size_t)((nl ? nl : end) - s);
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

static bool is_fence(const char *s, size_t n)
{
	if (n && s[n - 1] == '\r')
		n--;
	return n == 3 && memcmp(s, "---", 3) == 0;
}

/* Parse a front-matter block at the start of s into c->fields (strings in
 * c->fm). Returns the offset of the body, 0 when there is no block, or -1
 * on error (lenient: a warning, and 0). */
static long front_matter(struct slant_corpus *c, const char *s, size_t len,
                         size_t line0, struct slant_error *err)
{
	const char *end = s + len, *p, *next;
	size_t n = line_at(s, end, &next);
	if (!is_fence(s, n) || next == end)
		return 0;
	/* Every key and value (plus NUL) is shorter than its line, so the
	 * arena never moves while it is filled. */
	slant_buf_reset(&c->fm);
	slant_buf_reserve(&c->fm, len + 1);
	c->nfields = 0;
	size_t line = line0;
	for (p = next; p < end; p = next) {
		line++;
		n = line_at(p, end, &next);
		if (is_fence(p, n))
			return (long)(next - s);
		if (is_blank(p, n) || p[0] == '#')
			continue;
		const char *colon = memchr(p, ':', n);
		size_t klen = colon ? (size_t)(colon - p) : 0;
		const char *key = colon ? trim(p, &klen) : NULL;
		if (!colon || !klen) {
			if (!c->opt.lenient)
				return slant_error_at(
				    err, SLANT_EDATA, c->path.data, line, 0,
				    "front matter line is not 'key: value'");
			warn(c, c->path.data, line,
			     "front matter line is not 'key: value'; front "
			     "matter read as text");
			c->nfields = 0;
			return 0;
		}
		size_t vlen = (size_t)(p + n - (colon + 1));
		const char *value = trim(colon + 1, &vlen);
		if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') &&
		    value[vlen - 1] == value[0]) {
			value++;
			vlen -= 2;
		}
		char *k = c->fm.data + c->fm.len;
		memcpy(k, key, klen);
		k[klen] = '\0';
		char *v = k + klen + 1;
		memcpy(v, value, vlen);
		v[vlen] = '\0';
		c->fm.len += klen + vlen + 2;
		SLANT_ASSERT(c->fm.len <= len);
		size_t i;
		for (i = 0; i < c->nfields; i++)
			if (!strcmp(c->fields[i].key, k))
				break;
		if (i == c->nfields) {
			SLANT_GROW(&c->fields, &c->fields_cap, c->nfields + 1);
			c->nfields++;
		}
		c->fields[i].key = k;
		c->fields[i].value = v;
		c->fields[i].kind = SLANT_FIELD_STRING;
	}
	if (!c->opt.lenient)
		return slant_error_at(err, SLANT_EDATA, c->path.data, line0, 0,
		                      "front matter is not closed (no '---' "
		                      "line)");
	warn(c, c->path.data, line0,
	     "front matter is not closed (no '---' line); read as text");
	c->nfields = 0;
	return 0;
}

static const char *field(const struct slant_corpus *c, const char *key)
{
	for (size_t i = 0; i < c->nfields; i++)
		if (!strcmp(c->fields[i].key, key))
			return c->fields[i].value;
	return NULL;
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* " date YYYY-MM-DD" opening the text: its length with the white space
 * after it (and one line break), or 0. */
static size_t date_marker(const char *s, size_t len)
{
	if (len < 16 || memcmp(s, " date ", 6) != 0 || !digits(s + 6, 4) ||
	    s[10] != '-' || !digits(s + 11, 2) || s[13] != '-' ||
	    !digits(s + 14, 2))
		return 0;
	size_t n = 16;
	if (n < len && s[n] != ' ' && s[n] != '\t' && s[n] != '\r' &&
	    s[n] != '\n')
		return 0;
	while (n < len && (s[n] == ' ' || s[n] == '\t'))
		n++;
	if (n < len && s[n] == '\r' && n + 1 < len && s[n + 1] == '\n')
		n += 2;
	else if (n < len && s[n] == '\n')
		n++;
	return n;
}

static void set(struct slant_buf *b, char **dst, const char *s, size_t n)
{
	buf_set(b, s, n);
	*dst = b->data;
}

static void set_str(struct slant_buf *b, char **dst, const char *s)
{
	set(b, dst, s, strlen(s));
}

static int read_text(struct slant_corpus *c, struct slant_error *err)
{
	const char *path = c->path.data;
	int fd;
	if (from_stdin(c)) {
		fd = STDIN_FILENO;
	} else if (c->is_dir && c->depth) {
		/* A file of the directory being walked, by its name. */
		const struct level *l = &c->levels[c->depth - 1];
		fd = openat(l->fd, l->names[l->next - 1], O_RDONLY | O_CLOEXEC);
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	if (fd < 0)
		return slant_error_set(err, SLANT_EIO, path, "cannot open: %s",
		                       strerror(errno));
	int rc = read_all(c, fd, path, err);
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc)
		return -1;

	size_t len = c->file.len, base = 0;
	if (len >= 3 && memcmp(c->file.data, "\xef\xbb\xbf", 3) == 0) {
		len -= 3;
		base = 3;
	}
	const char *s = c->file.data + base;
	if (check_or_repair(c, &s, &len, base, path, 0, err))
		return -1;
	/* s: the file from after the BOM, or its repaired copy */
	char *text = s == c->clean.data ? c->clean.data : c->file.data + base;

	struct slant_article *a = &c->article;
	c->nfields = 0;
	long body = front_matter(c, s, len, 1, err);
	if (body < 0)
		return -1;
	size_t off = (size_t)body;
	const char *fm_date = field(c, "date"), *fm_title = field(c, "title");

	size_t mark = date_marker(s + off, len - off);
	if (fm_date)
		set_str(&c->date, &a->date, fm_date);
	else if (mark)
		set(&c->date, &a->date, s + off + 6, 10);
	else
		a->date = c->empty;
	off += mark;

	a->title = c->empty;
	if (fm_title) {
		set_str(&c->title, &a->title, fm_title);
	} else if (c->opt.title_first_line) {
		/* a first paragraph of one line: a line, then a blank one */
		const char *end = s + len, *p = s + off, *next, *after;
		size_t n = line_at(p, end, &next);
		while (next < end && is_blank(p, n)) {
			p = next;
			n = line_at(p, end, &next);
		}
		size_t n2 = next < end ? line_at(next, end, &after) : 0;
		if (!is_blank(p, n) && next < end && is_blank(next, n2)) {
			const char *t = trim(p, &n);
			set(&c->title, &a->title, t, n);
			p = next;
			while (p < end) {
				n = line_at(p, end, &next);
				if (!is_blank(p, n))
					break;
				p = next;
			}
			off = (size_t)(p - s);
		}
	}

	a->text = text + off;
	a->text_len = len - off;

	const char *id = field(c, "id");
	if (id)
		set_str(&c->id, &a->id, id);
	else if (from_stdin(c))
		set_str(&c->id, &a->id, "stdin");
	else {
		/* A file named on the command line is known by its name. */
		const char *slash = strrchr(path, '/');
		id_from_path(c->is_dir ? c->rel.data
		             : slash   ? slash + 1
		                       : path,
		             c->text_ext, &c->id);
		a->id = c->id.data;
	}

	const struct slant_corpus_input *in = &c->inputs[c->cur];
	if (!in->group && c->opt.group_by == SLANT_GROUP_NAME) {
		file_stem(path, c->text_ext, &c->group);
		a->group = c->group.data;
		set_str(&c->where, &a->where, path);
		a->fields = c->fields;
		a->nfields = c->nfields;
		return 0;
	}
	bool by_dir = c->opt.group_by == SLANT_GROUP_DIR ||
	              (c->opt.group_by == SLANT_GROUP_AUTO && c->is_dir &&
	               c->has_subdirs);
	const char *group;
	if (in->group)
		group = in->group;
	else if (c->opt.group_by == SLANT_GROUP_KEY)
		group = field(c, c->opt.group_key);
	else if (!by_dir)
		group = field(c, "source");
	else
		group = NULL;
	if (!in->group && by_dir) {
		if (from_stdin(c))
			buf_set(&c->group, "", 0);
		else
			parent_name(path, &c->group);
		a->group = c->group.data;
	} else {
		set_str(&c->group, &a->group, group ? group : "");
	}

	set_str(&c->where, &a->where, path);
	a->fields = c->fields;
	a->nfields = c->nfields;
	return 0;
}

/* ---- JSON Lines ---- */

static int jsonl_open(struct slant_corpus *c, struct slant_error *err)
{
	if (from_stdin(c)) {
		c->jsonl_fd = STDIN_FILENO;
	} else {
		c->jsonl_fd = open(c->path.data, O_RDONLY | O_CLOEXEC);
		if (c->jsonl_fd < 0)
			return slant_error_set(err, SLANT_EIO, c->path.data,
			                       "cannot open: %s",
			                       strerror(errno));
	}
	if (!c->rbuf) {
		c->rcap = READ_CHUNK;
		c->rbuf = slant_xmalloc(c->rcap);
	}
	c->rstart = c->rend = c->rscan = 0;
	c->reof = false;
	c->lineno = 0;
	return 0;
}

static void jsonl_close(struct slant_corpus *c)
{
	if (c->jsonl_fd > STDIN_FILENO)
		close(c->jsonl_fd);
	c->jsonl_fd = -1;
}

/* The next line (without its newline): 1, 0 at the end, -1 on error. */
static int jsonl_line(struct slant_corpus *c, const char **line, size_t *len,
                      struct slant_error *err)
{
	for (;;) {
		char *nl = memchr(c->rbuf + c->rscan, '\n', c->rend - c->rscan);
		if (nl) {
			*line = c->rbuf + c->rstart;
			*len = (size_t)(nl - *line);
			c->rstart = c->rscan = (size_t)(nl - c->rbuf) + 1;
			return 1;
		}
		c->rscan = c->rend;
		if (c->reof) {
			if (c->rstart == c->rend)
				return 0;
			*line = c->rbuf + c->rstart;
			*len = c->rend - c->rstart;
			c->rstart = c->rscan = c->rend;
			return 1;
		}
		if (c->rstart) {
			memmove(c->rbuf, c->rbuf + c->rstart,
			        c->rend - c->rstart);
			c->rend -= c->rstart;
			c->rscan -= c->rstart;
			c->rstart = 0;
		}
		if (c->rend == c->rcap) {
			c->rcap *= 2;
			c->rbuf = slant_xrealloc(c->rbuf, c->rcap);
		}
		ssize_t got =
		    read(c->jsonl_fd, c->rbuf + c->rend, c->rcap - c->rend);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return slant_error_set(err, SLANT_EIO, c->path.data,
			                       "cannot read: %s",
			                       strerror(errno));
		}
		if (got == 0)
			c->reof = true;
		c->rend += (size_t)got;
	}
}

/* A named field of the record: 1 with *value set, 0 when absent (or
 * null), -1 when it has the wrong type (why filled). */
static int json_field(const struct slant_corpus *c, const char *name,
                      bool number_ok, char **value, char *why, size_t whylen)
{
	const struct slant_json_member *m =
	    slant_json_record_get(&c->rec, name);
	if (!m || m->kind == SLANT_JSON_NULL)
		return 0;
	if (m->kind == SLANT_JSON_STRING ||
	    (number_ok && m->kind == SLANT_JSON_NUMBER)) {
		/* the arena is the record's, and ours to hand out */
		*value = c->rec.arena.data + (m->value - c->rec.arena.data);
		return 1;
	}
	snprintf(why, whylen, "field '%s' is not a string (found %s)", name,
	         slant_json_kind_name(m->kind));
	return -1;
}

static enum slant_field_kind field_kind(enum slant_json_kind k)
{
	switch (k) {
	case SLANT_JSON_NUMBER: return SLANT_FIELD_NUMBER;
	case SLANT_JSON_BOOLEAN: return SLANT_FIELD_BOOLEAN;
	case SLANT_JSON_ARRAY: return SLANT_FIELD_LIST;
	case SLANT_JSON_OBJECT: return SLANT_FIELD_OBJECT;
	default: return SLANT_FIELD_STRING;
	}
}

/* Fill the article from c->rec: 0, or -1 with why filled. */
static int record_article(struct slant_corpus *c, char *why, size_t whylen)
{
	struct slant_article *a = &c->article;
	const struct slant_corpus_options *o = &c->opt;
	char *text = NULL, *id = NULL, *group = NULL, *date = NULL,
	     *title = NULL;
	const struct slant_json_member *t =
	    slant_json_record_get(&c->rec, o->json_text);
	if (!t) {
		snprintf(why, whylen, "field '%s' is missing", o->json_text);
		return -1;
	}
	if (t->kind != SLANT_JSON_STRING) {
		snprintf(why, whylen, "field '%s' is not a string (found %s)",
		         o->json_text, slant_json_kind_name(t->kind));
		return -1;
	}
	json_field(c, o->json_text, false, &text, why, whylen);
	a->text_len = t->value_len;

	const struct slant_corpus_input *in = &c->inputs[c->cur];
	const char *group_field =
	    o->group_by == SLANT_GROUP_KEY ? o->group_key : o->json_group;
	if (json_field(c, o->json_id, true, &id, why, whylen) < 0 ||
	    json_field(c, o->json_date, false, &date, why, whylen) < 0 ||
	    json_field(c, o->json_title, false, &title, why, whylen) < 0)
		return -1;
	if (!in->group && o->group_by != SLANT_GROUP_DIR &&
	    o->group_by != SLANT_GROUP_NAME &&
	    json_field(c, group_field, true, &group, why, whylen) < 0)
		return -1;

	a->text = text;
	a->date = date ? date : c->empty;
	a->title = title ? title : c->empty;
	slant_buf_reset(&c->where);
	slant_buf_printf(&c->where, "%s:%zu", c->path.data, c->lineno);
	a->where = c->where.data;
	a->id = id ? id : c->where.data;
	if (in->group) {
		set_str(&c->group, &a->group, in->group);
	} else if (o->group_by == SLANT_GROUP_DIR) {
		if (from_stdin(c))
			set_str(&c->group, &a->group, "");
		else {
			parent_name(c->path.data, &c->group);
			a->group = c->group.data;
		}
	} else if (o->group_by == SLANT_GROUP_NAME) {
		file_stem(from_stdin(c) ? "" : c->path.data, ".jsonl",
		          &c->group);
		a->group = c->group.data;
	} else {
		a->group = group ? group : c->empty;
	}

	c->nfields = 0;
	for (size_t i = 0; i < c->rec.n; i++) {
		const struct slant_json_member *m = &c->rec.members[i];
		if (!m->value || m->kind == SLANT_JSON_NULL)
			continue;
		SLANT_GROW(&c->fields, &c->fields_cap, c->nfields + 1);
		struct slant_field *f = &c->fields[c->nfields++];
		f->key = c->rec.arena.data + (m->key - c->rec.arena.data);
		f->value = c->rec.arena.data + (m->value - c->rec.arena.data);
		f->kind = field_kind(m->kind);
	}
	a->fields = c->fields;
	a->nfields = c->nfields;
	return 0;
}

/* The next record of the open JSON Lines file: 1, 0 at its end, -1. */
static int jsonl_next(struct slant_corpus *c, struct slant_error *err)
{
	const char *path = c->path.data;
	char why[256];
	size_t at;
	for (;;) {
		const char *line = NULL;
		size_t len = 0;
		int rc = jsonl_line(c, &line, &len, err);
		if (rc <= 0)
			return rc;
		c->lineno++;
		if (c->lineno == 1 && len >= 3 &&
		    memcmp(line, "\xef\xbb\xbf", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (is_blank(line, len))
			continue;
		/* jansson lets a NUL byte after a number pass (see jsonl.c);
		 * the corpus never does. */
		const char *nul = memchr(line, '\0', len);
		if (nul && !c->opt.lenient)
			return slant_error_at(err, SLANT_EDATA, path, c->lineno,
			                      0, "NUL byte at byte %zu",
			                      (size_t)(nul - line));
		if (nul &&
		    check_or_repair(c, &line, &len, 0, path, c->lineno, err))
			return -1;
		if (slant_jsonl_parse(line, len, &c->rec, true, why, sizeof why,
		                      &at)) {
			if (!c->opt.lenient)
				return slant_error_at(err, SLANT_EDATA, path,
				                      c->lineno, 0, "%s", why);
			enum problem kind;
			check_text(line, len, &kind);
			if (kind == PROBLEM_NONE ||
			    check_or_repair(c, &line, &len, 0, path, c->lineno,
			                    err) ||
			    slant_jsonl_parse(line, len, &c->rec, true, why,
			                      sizeof why, &at)) {
				warn(c, path, c->lineno, "%s; record skipped",
				     why);
				continue;
			}
		}
		if (record_article(c, why, sizeof why)) {
			if (!c->opt.lenient)
				return slant_error_at(err, SLANT_EDATA, path,
				                      c->lineno, 0, "%s", why);
			warn(c, path, c->lineno, "%s; record skipped", why);
			continue;
		}
		return 1;
	}
}

/* ---- the stream ---- */

int slant_corpus_next(struct slant_corpus *c, struct slant_article **out,
                      struct slant_error *err)
{
	if (c->failed)
		return slant_error_set(err, SLANT_EINTERNAL, NULL,
		                       "corpus read after an error");
	for (;;) {
		int rc;
		if (c->jsonl_fd >= 0) {
			rc = jsonl_next(c, err);
			if (rc == 0) {
				jsonl_close(c);
				continue;
			}
		} else {
			enum file_kind kind = FILE_TEXT;
			rc = next_file(c, &kind, err);
			if (rc == 0)
				return 0;
			if (rc > 0 && kind == FILE_JSONL) {
				if (jsonl_open(c, err)) {
					c->failed = true;
					return -1;
				}
				continue;
			}
			if (rc > 0)
				rc = read_text(c, err) ? -1 : 1;
		}
		if (rc < 0) {
			c->failed = true;
			return -1;
		}
		if (c->opt.nwhere &&
		    !slant_where_pass(c->opt.where, c->opt.nwhere,
		                      &c->article)) {
			c->excluded++;
			continue;
		}
		c->article.index = c->index++;
		*out = &c->article;
		return 1;
	}
}

size_t slant_corpus_warnings(const struct slant_corpus *c)
{
	return c->warnings;
}

size_t slant_corpus_excluded(const struct slant_corpus *c)
{
	return c->excluded;
}

/* Whether a's value of key (its field; a list: any element) is value. */
static bool has_value(const struct slant_article *a, const char *key,
                      const char *value)
{
	if (strcmp(key, "group") == 0)
		return strcmp(a->group, value) == 0;
	for (size_t i = 0; i < a->nfields; i++) {
		const struct slant_field *f = &a->fields[i];
		if (strcmp(f->key, key) != 0)
			continue;
		if (f->kind != SLANT_FIELD_LIST)
			return strcmp(f->value, value) == 0;
		struct slant_field_ref ref = {.field = slant_xstrdup(key)};
		char **v = NULL;
		enum slant_field_kind kind;
		struct slant_error err;
		long n = slant_article_values(a, &ref, &v, &kind, &err);
		free(ref.field);
		bool found = false;
		for (long k = 0; k < n; k++) {
			found |= strcmp(v[k], value) == 0;
			free(v[k]);
		}
		free(v);
		return found;
	}
	if (strcmp(key, "id") == 0)
		return strcmp(a->id, value) == 0;
	if (strcmp(key, "date") == 0)
		return strcmp(a->date, value) == 0;
	if (strcmp(key, "title") == 0)
		return strcmp(a->title, value) == 0;
	return false;
}

bool slant_where_pass(const struct slant_where *w, size_t n,
                      const struct slant_article *a)
{
	/* "bias=left bias=right" means either; "source!=A source!=B" means
	   neither: the positive tests of one key are alternatives, every
	   negative test must hold */
	for (size_t i = 0; i < n; i++) {
		if (w[i].negate) {
			if (has_value(a, w[i].key, w[i].value))
				return false;
			continue;
		}
		bool first = true;
		for (size_t j = 0; j < i && first; j++)
			first = w[j].negate || strcmp(w[j].key, w[i].key) != 0;
		if (!first)
			continue; /* its key was decided with the first test */
		bool pass = false;
		for (size_t j = i; j < n && !pass; j++)
			if (!w[j].negate && strcmp(w[j].key, w[i].key) == 0)
				pass = has_value(a, w[j].key, w[j].value);
		if (!pass)
			return false;
	}
	return true;
}

const char *slant_article_field(const struct slant_article *a, const char *key)
{
	for (size_t i = 0; i < a->nfields; i++)
		if (!strcmp(a->fields[i].key, key))
			return a->fields[i].value;
	return NULL;
}

int slant_field_ref_parse(const char *spec, struct slant_field_ref *ref,
                          struct slant_error *err)
{
	memset(ref, 0, sizeof *ref);
	size_t n = strcspn(spec, ".[");
	const char *p = spec + n;
	if (n == 0)
		goto bad;
	if (*p == '[') {
		const char *eq = strchr(p, '='), *close = strchr(p, ']');
		if (!eq || !close || eq > close || eq == p + 1 ||
		    close[1] != '.')
			goto bad;
		ref->where_key = slant_xstrndup(p + 1, (size_t)(eq - p - 1));
		ref->where_value =
		    slant_xstrndup(eq + 1, (size_t)(close - eq - 1));
		p = close + 1;
	}
	if (*p == '.') {
		if (!p[1] || strpbrk(p + 1, ".[]"))
			goto bad;
		ref->member = slant_xstrdup(p + 1);
	}
	ref->field = slant_xstrndup(spec, n);
	return 0;
bad:
	slant_field_ref_release(ref);
	return slant_error_set(err, SLANT_EUSAGE, NULL,
	                       "'%s': expected FIELD, FIELD.KEY or "
	                       "FIELD[KEY=VALUE].KEY",
	                       spec);
}

void slant_field_ref_release(struct slant_field_ref *ref)
{
	free(ref->field);
	free(ref->member);
	free(ref->where_key);
	free(ref->where_value);
	memset(ref, 0, sizeof *ref);
}

long slant_article_values(const struct slant_article *a,
                          const struct slant_field_ref *ref, char ***values,
                          enum slant_field_kind *kind, struct slant_error *err)
{
	const struct slant_field *f = NULL;
	for (size_t i = 0; i < a->nfields && !f; i++)
		if (!strcmp(a->fields[i].key, ref->field))
			f = &a->fields[i];
	if (!f)
		return -2;
	*kind = f->kind;
	*values = NULL;
	if ((f->kind == SLANT_FIELD_LIST || f->kind == SLANT_FIELD_OBJECT) ||
	    ref->member) {
		if (f->kind != SLANT_FIELD_LIST &&
		    f->kind != SLANT_FIELD_OBJECT)
			return slant_error_set(err, SLANT_EDATA, a->where,
			                       "field '%s' has no member '%s' "
			                       "(it is not an object)",
			                       ref->field, ref->member);
		char why[200];
		long n = slant_json_strings(
		    f->value, strlen(f->value), ref->member, ref->where_key,
		    ref->where_value, values, why, sizeof why);
		if (n < 0)
			return slant_error_set(err, SLANT_EDATA, a->where,
			                       "field '%s': %s", ref->field,
			                       why);
		return n;
	}
	*values = slant_xcalloc(1, sizeof **values);
	(*values)[0] = slant_xstrdup(f->value);
	return 1;
}

void slant_corpus_free(struct slant_corpus *c)
{
	if (!c)
		return;
	jsonl_close(c);
	while (c->depth)
		pop_level(c);
	free(c->levels);
	free(c->text_ext);
	free(c->rbuf);
	free(c->fields);
	slant_json_record_release(&c->rec);
	struct slant_buf *bufs[] = {&c->rel,  &c->path, &c->file,  &c->clean,
	                            &c->fm,   &c->id,   &c->group, &c->title,
	                            &c->date, &c->where};
	for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++)
		slant_buf_release(bufs[i]);
	free(c);
}
