/* lexfmt-yaml.c: quanteda YAML dictionaries, read and written with libyaml
 * (the only module that uses it).
 *
 * A dictionary is a mapping of keys to a list of patterns, one pattern,
 * or a mapping of sub-keys. quanteda's as.yaml() writes the patterns of a
 * key that also has sub-keys under the key "__", and so does slant.
 * Patterns are globs: a trailing '*' is a prefix wildcard; '?' and other
 * '*' are skipped with a warning. Scalars are read as text: plain `no` is
 * the word "no", not YAML 1.1's false.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "lexfmt-reader.h"
#include "lexfmt.h"

/* ---- reading ---- */

/* Deeper mappings mean a hostile file; so do aliases that make a small
 * file a huge tree: reading may visit a few times the nodes the file
 * holds (one list used under two keys), not more. */
#define MAX_DEPTH 32

struct yaml_walk {
	struct lexfmt_reader *r;
	yaml_document_t *doc;
	size_t visits, max_visits;
};

static size_t line_of(const yaml_node_t *node)
{
	return node->start_mark.line + 1;
}

static bool null_scalar(const yaml_node_t *n)
{
	if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *v = (const char *)n->data.scalar.value;
	return !*v || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 ||
	       strcmp(v, "Null") == 0 || strcmp(v, "NULL") == 0;
}

/* The patterns of value (a scalar or a list of them) into dimension dim. */
static int patterns(struct yaml_walk *w, const yaml_node_t *value, size_t dim)
{
	struct lexfmt_reader *r = w->r;
	if (value->type == YAML_SCALAR_NODE) {
		if (!null_scalar(value))
			lexfmt_entry(
			    r, dim, (const char *)value->data.scalar.value,
			    value->data.scalar.length, 1, line_of(value), true);
		return 0;
	}
	if (value->type != YAML_SEQUENCE_NODE)
		return lexfmt_fail(
		    r, line_of(value), value->start_mark.column + 1,
		    "a key holds a list of patterns or sub-keys");
	for (yaml_node_item_t *it = value->data.sequence.items.start;
	     it < value->data.sequence.items.top; it++) {
		const yaml_node_t *item = yaml_document_get_node(w->doc, *it);
		if (++w->visits > w->max_visits)
			return lexfmt_fail(r, line_of(item), 0,
			                   "too many YAML nodes (aliases?)");
		if (item->type != YAML_SCALAR_NODE)
			return lexfmt_fail(
			    r, line_of(item), item->start_mark.column + 1,
			    "a list of patterns holds strings only");
		lexfmt_entry(r, dim, (const char *)item->data.scalar.value,
		             item->data.scalar.length, 1, line_of(item), true);
	}
	return 0;
}

/* The keys of mapping at nesting depth; parent is the dimension of the
 * key holding it (SIZE_MAX at the top). */
static int keys(struct yaml_walk *w, const yaml_node_t *mapping, size_t depth,
                size_t parent)
{
	struct lexfmt_reader *r = w->r;
	if (depth >= MAX_DEPTH)
		return lexfmt_fail(r, line_of(mapping), 0,
		                   "keys nested deeper than %d levels",
		                   MAX_DEPTH);
	for (yaml_node_pair_t *p = mapping->data.mapping.pairs.start;
	     p < mapping->data.mapping.pairs.top; p++) {
		const yaml_node_t *key = yaml_document_get_node(w->doc, p->key);
		const yaml_node_t *value =
		    yaml_document_get_node(w->doc, p->value);
		if ((w->visits += 2) > w->max_visits)
			return lexfmt_fail(r, line_of(key), 0,
			                   "too many YAML nodes (aliases?)");
		if (key->type != YAML_SCALAR_NODE)
			return lexfmt_fail(r, line_of(key),
			                   key->start_mark.column + 1,
			                   "a key must be a name");
		const char *name = (const char *)key->data.scalar.value;
		size_t nlen = key->data.scalar.length;
		if (strcmp(name, "__") == 0) {
			if (parent == SIZE_MAX)
				return lexfmt_fail(
				    r, line_of(key), key->start_mark.column + 1,
				    "'__' (the patterns of a key that has "
				    "sub-keys) needs a parent key");
			if (patterns(w, value, parent) < 0)
				return -1;
			continue;
		}
		size_t d = lexfmt_nested(r, depth, name, nlen, line_of(key));
		if (d == SIZE_MAX)
			return -1;
		int rc = value->type == YAML_MAPPING_NODE
		             ? keys(w, value, depth + 1, d)
		             : patterns(w, value, d);
		if (rc < 0)
			return -1;
	}
	return 0;
}

static int yaml_problem(struct lexfmt_reader *r, const yaml_parser_t *p)
{
	const yaml_mark_t *m = p->problem ? &p->problem_mark : &p->context_mark;
	return lexfmt_fail(r, m->line + 1, m->column + 1, "YAML: %s%s%s",
	                   p->problem ? p->problem : "syntax error",
	                   p->context ? " " : "", p->context ? p->context : "");
}

int lexfmt_read_yaml(struct lexfmt_reader *r, const char *text, size_t len)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int rc = -1;
	if (!yaml_parser_initialize(&parser))
		slant_die_bug(__FILE__, __LINE__, "yaml_parser_initialize");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	if (!yaml_parser_load(&parser, &doc)) {
		yaml_problem(r, &parser);
		goto out_parser;
	}
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (!root)
		lexfmt_fail(r, 0, 0, "empty YAML document");
	else if (root->type != YAML_MAPPING_NODE)
		lexfmt_fail(r, line_of(root), root->start_mark.column + 1,
		            "a quanteda dictionary is a mapping of keys to "
		            "patterns");
	else
		rc = keys(
		    &(struct yaml_walk){
		        r, &doc, 0,
		        4 * (size_t)(doc.nodes.top - doc.nodes.start) + 10000},
		    root, 0, SIZE_MAX);
	yaml_document_delete(&doc);
	if (rc == 0) {
		/* A second document would be ignored by quanteda too, but
		 * silently: say so. */
		yaml_document_t next;
		if (!yaml_parser_load(&parser, &next)) {
			rc = yaml_problem(r, &parser);
		} else {
			yaml_node_t *more = yaml_document_get_root_node(&next);
			if (more)
				rc = lexfmt_fail(r, line_of(more), 0,
				                 "more than one YAML document");
			yaml_document_delete(&next);
		}
	}
out_parser:
	yaml_parser_delete(&parser);
	return rc;
}

/* ---- writing ---- */

struct emitter {
	yaml_emitter_t em;
	bool failed;
};

static int to_buf(void *data, unsigned char *bytes, size_t size)
{
	slant_buf_append(data, bytes, size);
	return 1;
}

static void emit(struct emitter *e, yaml_event_t *ev)
{
	if (e->failed)
		yaml_event_delete(ev);
	else if (!yaml_emitter_emit(&e->em, ev))
		e->failed = true;
}

/* Plain (unquoted) only when no YAML reader, 1.1 or 1.2, can take it for
 * anything but a string: letters, digits, blanks inside, '_', '-', '\'',
 * '.', '*', not starting like a number, and not a boolean or null word. */
static bool plain_safe(const char *s)
{
	static const char *const words[] = {"y",     "n",  "yes", "no",  "true",
	                                    "false", "on", "off", "null"};
	size_t n = strlen(s);
	if (!n || s[n - 1] == ' ')
		return false;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(s, words[i]) == 0)
			return false;
	unsigned char c0 = (unsigned char)s[0];
	if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') ||
	      c0 >= 0x80 || c0 == '_'))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c >= 0x80 ||
		      strchr(" _-'.*", c)))
			return false;
	}
	return true;
}

static void scalar(struct emitter *e, const char *s)
{
	yaml_event_t ev;
	yaml_scalar_event_initialize(
	    &ev, NULL, NULL, (yaml_char_t *)(uintptr_t)s, (int)strlen(s), 1, 1,
	    plain_safe(s) ? YAML_PLAIN_SCALAR_STYLE
	                  : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	emit(e, &ev);
}

/* Whether an entry's text means the same as a quanteda glob: no '?',
 * no control characters. */
static bool yaml_text_fits(const char *t)
{
	for (size_t i = 0; t[i]; i++)
		if (t[i] == '?' || (unsigned char)t[i] < 0x20)
			return false;
	return t[0] != 0;
}

static void entries_of(struct emitter *e, const struct slant_lexicon *lx,
                       size_t sc, size_t dim, struct slant_lexfmt_loss *loss)
{
	yaml_event_t ev;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
	                                     YAML_BLOCK_SEQUENCE_STYLE);
	emit(e, &ev);
	struct lexfmt_out_entry *v;
	size_t n =
	    lexfmt_dim_entries(lx, sc, dim, yaml_text_fits, false, loss, &v);
	for (size_t i = 0; i < n; i++) {
		loss->n[SLANT_LOST_WEIGHTS] += v[i].e->weight != 1;
		scalar(e, v[i].text);
	}
	lexfmt_free_entries(v, n);
	yaml_sequence_end_event_initialize(&ev);
	emit(e, &ev);
}

static void key_of(struct emitter *e, const struct slant_dimension *d,
                   struct slant_lexfmt_loss *loss)
{
	bool desc = lexfmt_description_names(d);
	if (!desc && strcmp(d->description, d->name) != 0)
		loss->n[SLANT_LOST_DESCRIPTIONS]++;
	scalar(e, desc ? d->description : lexfmt_leaf_name(d));
}

int lexfmt_write_yaml(const struct slant_lexicon *lx, size_t sc,
                      struct slant_buf *out, struct slant_lexfmt_loss *loss,
                      struct slant_error *err)
{
	lexfmt_count_scheme_loss(lx, sc, loss);
	struct emitter e = {.failed = false};
	if (!yaml_emitter_initialize(&e.em))
		slant_die_bug(__FILE__, __LINE__, "yaml_emitter_initialize");
	yaml_emitter_set_output(&e.em, to_buf, out);
	yaml_emitter_set_unicode(&e.em, 1);
	yaml_emitter_set_width(&e.em, -1);
	yaml_emitter_set_indent(&e.em, 2);
	yaml_emitter_set_break(&e.em, YAML_LN_BREAK);
	yaml_event_t ev;
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(&e, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	emit(&e, &ev);
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	                                    YAML_BLOCK_MAPPING_STYLE);
	emit(&e, &ev);
	size_t written = 0;
	for (size_t d = 0; d < lx->ndims; d++) {
		const struct slant_dimension *D = &lx->dims[d];
		if (!slant_lexicon_declares(lx, sc, d))
			continue;
		/* A dimension named "__" would read back as its parent's
		 * own patterns (or be refused at the top). */
		if (strcmp(lexfmt_leaf_name(D), "__") == 0 ||
		    (D->parent != SIZE_MAX &&
		     strcmp(lx->dims[D->parent].name, "__") == 0)) {
			loss->n[SLANT_LOST_DIMENSIONS]++;
			continue;
		}
		if (D->parent != SIZE_MAX)
			continue;
		written++;
		key_of(&e, D, loss);
		bool subs = false;
		for (size_t c = d + 1; c < lx->ndims && !subs; c++)
			subs = lx->dims[c].parent == d;
		if (!subs) {
			entries_of(&e, lx, sc, d, loss);
			continue;
		}
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		                                    YAML_BLOCK_MAPPING_STYLE);
		emit(&e, &ev);
		for (size_t c = d + 1; c < lx->ndims; c++)
			if (lx->dims[c].parent == d &&
			    strcmp(lexfmt_leaf_name(&lx->dims[c]), "__") != 0) {
				key_of(&e, &lx->dims[c], loss);
				entries_of(&e, lx, sc, c, loss);
			}
		bool own = false;
		for (size_t i = 0; i < lx->nentries && !own; i++)
			own = lx->entries[i].dim == d &&
			      !lx->entries[i].exclusion &&
			      lexfmt_writes(sc, &lx->entries[i]);
		if (own) {
			scalar(&e, "__");
			entries_of(&e, lx, sc, d, loss);
		}
		yaml_mapping_end_event_initialize(&ev);
		emit(&e, &ev);
	}
	yaml_mapping_end_event_initialize(&ev);
	emit(&e, &ev);
	yaml_document_end_event_initialize(&ev, 1);
	emit(&e, &ev);
	yaml_stream_end_event_initialize(&ev);
	emit(&e, &ev);
	if (!e.failed && !yaml_emitter_flush(&e.em))
		e.failed = true;
	int rc = 0;
	if (e.failed)
		rc = slant_error_set(err, SLANT_EINTERNAL, NULL,
		                     "YAML emitter: %s",
		                     e.em.problem ? e.em.problem : "failed");
	else if (!written)
		rc = slant_error_set(
		    err, SLANT_EDATA, lx->schemes[sc].path,
		    "no dimension of scheme '%s' can be written "
		    "as quanteda YAML",
		    lx->schemes[sc].name);
	yaml_emitter_delete(&e.em);
	return rc;
}
