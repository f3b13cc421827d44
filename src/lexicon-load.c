/* lexicon-load.c: lexicon files from paths and directories, each read in
 * its format (lexfmt.h). Apart from lexicon.c so that the format readers,
 * which build on lexicon.c, are not also called by it. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexfmt.h"
#include "lexicon.h"
#include "mem.h"

int slant_read_file(const char *path, char **out, size_t *len,
                    struct slant_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return slant_error_set(err, SLANT_EIO, path, "cannot open: %s",
		                       strerror(errno));
	struct slant_buf b;
	slant_buf_init(&b);
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		slant_buf_append(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		slant_buf_release(&b);
		return slant_error_set(err, SLANT_EIO, path, "read error");
	}
	*len = b.len;
	*out = slant_buf_take(&b);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_files(const char *dir, char ***out, size_t *n, int *rc,
                          struct slant_error *err)
{
	DIR *d = opendir(dir);
	if (!d) {
		*rc = slant_error_set(err, SLANT_EIO, dir, "cannot open: %s",
		                      strerror(errno));
		return;
	}
	char **names = NULL;
	size_t nn = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		names = slant_xreallocarray(names, nn + 1, sizeof *names);
		names[nn++] = slant_xstrdup(de->d_name);
	}
	closedir(d);
	if (nn)
		qsort(names, nn, sizeof *names, cmp_str);
	for (size_t i = 0; i < nn; i++) {
		struct slant_buf p;
		slant_buf_init(&p);
		slant_buf_printf(&p, "%s/%s", dir, names[i]);
		struct stat st;
		if (*rc == 0 && stat(p.data, &st) == 0 && S_ISDIR(st.st_mode)) {
			collect_files(p.data, out, n, rc, err);
		} else if (slant_lexfmt_from_path(names[i]) !=
		           SLANT_LEXFMT_UNKNOWN) {
			*out = slant_xreallocarray(*out, *n + 1, sizeof **out);
			(*out)[(*n)++] = slant_buf_take(&p);
		}
		slant_buf_release(&p);
		free(names[i]);
	}
	free(names);
}

int slant_lexicon_files(const char *path, char ***files, size_t *n,
                        struct slant_error *err)
{
	*files = NULL;
	*n = 0;
	struct stat st;
	if (stat(path, &st) < 0)
		return slant_error_set(err, SLANT_EIO, path, "cannot open: %s",
		                       strerror(errno));
	if (!S_ISDIR(st.st_mode)) {
		*files = slant_xcalloc(1, sizeof **files);
		(*files)[(*n)++] = slant_xstrdup(path);
		return 0;
	}
	int rc = 0;
	collect_files(path, files, n, &rc, err);
	if (rc == 0 && *n == 0)
		rc =
		    slant_error_set(err, SLANT_EDATA, path,
		                    "no lexicon in this directory (.lex, .dic, "
		                    ".dicx, .yml, .yaml, .lc3, .lcd or .cat)");
	if (rc < 0) {
		for (size_t i = 0; i < *n; i++)
			free((*files)[i]);
		free(*files);
		*files = NULL;
		*n = 0;
	}
	return rc;
}

int slant_lexicon_load(struct slant_lexicon *lx, const char *path,
                       slant_warn_fn warn, void *warn_ctx,
                       struct slant_error *err)
{
	char **files;
	size_t n;
	if (slant_lexicon_files(path, &files, &n, err) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		char *text;
		size_t len;
		if (rc == 0 && slant_read_file(files[i], &text, &len, err) < 0)
			rc = -1;
		if (rc == 0) {
			rc = slant_lexfmt_read(lx, files[i], text, len, warn,
			                       warn_ctx, err);
			free(text);
		}
		free(files[i]);
	}
	free(files);
	return rc;
}
