/* report-md.c: the report as GitHub-flavoured Markdown (fit for a CI job
 * summary): the same sections as the HTML page, tables instead of charts.
 * Strings from a corpus or a lexicon are escaped so that they can neither
 * break a table nor become markup or HTML. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report.h"

/* Markdown punctuation gets a backslash; < > & become entities (GitHub
 * passes some HTML through); line breaks become spaces. */
static void md(struct slant_buf *b, const char *s)
{
	for (; *s; s++) {
		char c = *s;
		switch (c) {
		case '<': slant_buf_puts(b, "&lt;"); break;
		case '>': slant_buf_puts(b, "&gt;"); break;
		case '&': slant_buf_puts(b, "&amp;"); break;
		case '\n':
		case '\r':
		case '\t': slant_buf_putc(b, ' '); break;
		case '\\':
		case '`':
		case '*':
		case '_':
		case '[':
		case ']':
		case '|':
		case '#':
		case '~':
			slant_buf_putc(b, '\\');
			slant_buf_putc(b, c);
			break;
		default: slant_buf_putc(b, c);
		}
	}
}

static void num(struct slant_buf *b, double x)
{
	slant_report_num(b, x);
}

/* The term hygiene and the model's notes, in the method section. */
static void method_hygiene(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "\n### Term hygiene\n\n");
	if (r->kept_boilerplate) {
		slant_buf_puts(b,
		               "Boilerplate was kept (--keep boilerplate).\n");
	} else {
		slant_buf_printf(
		    b,
		    "Boilerplate: lines that open a line in at least %d of an "
		    "outlet's articles and at least %g%% of them were blanked "
		    "before anything was counted (--keep boilerplate keeps "
		    "them).\n\n| Outlet | Articles | Kinds of line | Lines "
		    "blanked "
		    "| Most repeated |\n|---|---:|---:|---:|---|\n",
		    SLANT_BOILERPLATE_MIN_ARTICLES,
		    100 * SLANT_BOILERPLATE_MIN_SHARE);
		for (size_t i = 0; i < r->nboiler; i++) {
			const struct slant_report_boiler *o = &r->boiler[i];
			slant_buf_puts(b, "| ");
			md(b, o->group);
			slant_buf_printf(b, " | %zu | %zu | %zu | ",
			                 o->articles, o->lines, o->blanked);
			if (o->example) {
				slant_buf_puts(b, "\"");
				md(b, o->example);
				slant_buf_printf(b, "\" (%zu articles)",
				                 o->example_articles);
			}
			slant_buf_puts(b, " |\n");
		}
	}
	slant_buf_printf(
	    b,
	    "\nWord lists: stop words %s; terms in fewer than %zu articles "
	    "left out; %s; %s.\n",
	    m->opt.stopwords_name ? m->opt.stopwords_name : "none", r->min_docs,
	    r->opt.keep_letters ? "words of one character kept"
	                        : "words of one character left out",
	    r->opt.selfnames ? "outlets' own names left out (--keep "
	                       "self-mentions keeps them)"
	                     : "outlets' own names kept");
	for (size_t g = 0; r->opt.selfnames && g < m->ngroups; g++) {
		size_t n;
		const char *const *v =
		    slant_selfnames_of(r->opt.selfnames, m->groups[g].name, &n);
		slant_buf_puts(b, g ? "\n- " : "\n- ");
		md(b, m->groups[g].name);
		slant_buf_puts(b, ": ");
		for (size_t i = 0; i < n && i < 40; i++) {
			if (i)
				slant_buf_puts(b, ", ");
			md(b, v[i]);
		}
		if (n > 40)
			slant_buf_printf(b, " and %zu more", n - 40);
		if (!n)
			slant_buf_puts(b, "none");
	}
	if (r->opt.selfnames)
		slant_buf_putc(b, '\n');
	if (m->nnotes) {
		slant_buf_puts(b, "\nNotes:\n\n");
		for (size_t i = 0; i < m->nnotes; i++) {
			slant_buf_puts(b, "- ");
			md(b, m->notes[i]);
			slant_buf_puts(b, ".\n");
		}
	}
}

void slant_report_write_md(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	slant_buf_puts(b, "# ");
	md(b, r->opt.title);
	slant_buf_printf(b,
	                 "\n\n%zu outlets, %zu articles, %.0f words · slant ",
	                 m->ngroups, m->articles, r->words);
	md(b, r->version);
	if (r->opt.timestamp) {
		slant_buf_puts(b, " · generated ");
		md(b, r->opt.timestamp);
	}
	slant_buf_puts(b, "\n\n## Summary\n\n");
	for (size_t i = 0; i < r->nsummary; i++) {
		slant_buf_puts(b, !i                    ? ""
		                  : r->summary_depth[i] ? "  - "
		                                        : "- ");
		md(b, r->summary[i]);
		slant_buf_puts(b, i ? "\n" : "\n\n");
	}

	slant_buf_puts(
	    b, "\n## Framing dimensions\n\nMean hits per 1,000 words over each "
	       "outlet's articles, own voice | quoted speech, with the "
	       "bootstrap interval in brackets.\n\n| Dimension |");
	for (size_t g = 0; g < m->ngroups; g++) {
		slant_buf_putc(b, ' ');
		md(b, m->groups[g].name);
		slant_buf_puts(b, " (own) | ");
		md(b, m->groups[g].name);
		slant_buf_puts(b, " (quoted) |");
	}
	slant_buf_puts(b, "\n|---|");
	for (size_t g = 0; g < m->ngroups; g++)
		slant_buf_puts(b, "---:|---:|");
	slant_buf_putc(b, '\n');
	for (size_t i = 0; i < r->nchart_dims; i++) {
		size_t d = r->chart_dims[i];
		slant_buf_puts(b, "| ");
		md(b, lx->dims[d].path);
		slant_buf_puts(b, " |");
		for (size_t g = 0; g < m->ngroups; g++)
			for (int v = SLANT_VOICE_OWN; v <= SLANT_VOICE_QUOTED;
			     v++) {
				const struct slant_compare_group_dim *gd =
				    &m->groups[g]
				         .dims[d * SLANT_NVOICES + (size_t)v];
				slant_buf_putc(b, ' ');
				num(b, gd->n ? gd->mean.est : NAN);
				if (!isnan(gd->mean.lo)) {
					slant_buf_puts(b, " [");
					num(b, gd->mean.lo);
					slant_buf_puts(b, ", ");
					num(b, gd->mean.hi);
					slant_buf_putc(b, ']');
				}
				slant_buf_puts(b, " |");
			}
		slant_buf_putc(b, '\n');
	}
	slant_buf_puts(b, "\n### Differences\n\n");
	static const char *const kinds[] = {"Framing", "Word", "Naming"};
	size_t nd = 0;
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		if (f->kind != SLANT_FINDING_DIM)
			continue;
		nd++;
		slant_buf_printf(b, "- %s: ",
		                 f->significant   ? "**significant**"
		                 : f->token_level ? "largest, descriptive"
		                                  : "largest, not significant");
		md(b, f->sentence);
		slant_buf_printf(b, " (evidence: %zu)\n", i + 1);
	}
	if (!nd)
		slant_buf_puts(b, "No dimension has hits.\n");

	if (m->paired) {
		slant_buf_puts(
		    b,
		    "\n## Same events\n\nThe outlets compared within the "
		    "events they both cover: per event the difference of the "
		    "two sides' mean article rates (Wilcoxon signed-rank test "
		    "over events, mean difference with a bootstrap interval "
		    "over events); words by the exact stratified test of how "
		    "many of each side's articles use them.\n\n");
		for (size_t i = 0; i < r->nevents; i++) {
			slant_buf_printf(b, "- %s",
			                 r->events[i].significant
			                     ? "**significant**: "
			                     : "");
			md(b, r->events[i].sentence);
			slant_buf_putc(b, '\n');
		}
		if (!r->nevents)
			slant_buf_puts(b,
			               "No event is covered by both sides of "
			               "a comparison.\n");
	}
	if (r->article_tests)
		slant_buf_printf(
		    b,
		    "\n## Distinctive words\n\nPer comparison, the words each "
		    "side uses in more of its articles than the other, "
		    "strongest evidence first (Fisher's exact test on the "
		    "articles that use them); * = significant (q < %g). "
		    "Shares are of articles, first side vs second; counts are "
		    "of occurrences.\n\n",
		    r->opt.alpha);
	else
		slant_buf_puts(
		    b, "\n## Distinctive words\n\nPer comparison, the words "
		       "each side uses more often than the other by "
		       "token-level G2 (descriptive: with fewer than 3 "
		       "articles per outlet nothing is tested).\n\n");
	for (size_t k = 0; k < r->nkeys; k++) {
		const struct slant_report_keyness *key = &r->keys[k];
		const struct slant_compare_pair *pr = &m->pairs[key->pair];
		for (int side = 0; side < 2; side++) {
			size_t n = side ? key->nunder : key->nover;
			slant_buf_puts(b, "**");
			md(b, slant_report_side_name(r, key->pair, side));
			slant_buf_puts(b, "** (vs ");
			md(b, slant_report_side_name(r, key->pair, !side));
			slant_buf_puts(b, ")\n\n");
			if (pr->article_tests)
				slant_buf_puts(
				    b,
				    "| Term | Articles | Other side | Log "
				    "Ratio [CI] | Count | Other side | q "
				    "|\n|---|---:|---:|---:|---:|---:|---:|\n");
			else
				slant_buf_puts(b,
				               "| Term | Count | Other side | "
				               "G2 (token level) "
				               "|\n|---|---:|---:|---:|\n");
			for (size_t i = 0; i < n; i++) {
				const struct slant_compare_term *t;
				slant_report_key_value(r, key, side, i, &t);
				/* this side's numbers first */
				int a = side && key->under_pair == key->pair;
				double sign = a ? -1 : 1;
				slant_buf_puts(b, "| ");
				md(b, slant_compare_term_string(m, t->term));
				if (t->significant)
					slant_buf_puts(b, " \\*");
				if (!pr->article_tests) {
					slant_buf_printf(b, " | %g | %g | ",
					                 t->count[a],
					                 t->count[1 - a]);
					num(b, t->g2);
					slant_buf_puts(b, " |\n");
					continue;
				}
				slant_buf_puts(b, " | ");
				slant_put_fixed(b, 100 * t->share[a], 0);
				slant_buf_puts(b, "% | ");
				slant_put_fixed(b, 100 * t->share[1 - a], 0);
				slant_buf_puts(b, "% | ");
				num(b, sign * t->share_ratio.est);
				if (!isnan(t->share_ratio.lo)) {
					slant_buf_puts(b, " [");
					num(b, sign * (a ? t->share_ratio.hi
					                 : t->share_ratio.lo));
					slant_buf_puts(b, ", ");
					num(b, sign * (a ? t->share_ratio.lo
					                 : t->share_ratio.hi));
					slant_buf_puts(b, "]");
				}
				slant_buf_printf(b, " | %g | %g | ",
				                 t->count[a], t->count[1 - a]);
				slant_report_q(b, t->q);
				slant_buf_puts(b, " |\n");
			}
			if (!n)
				slant_buf_puts(b, "| (none) |\n");
			slant_buf_putc(b, '\n');
		}
	}
	if (m->divergence && m->ngroups >= 2) {
		slant_buf_puts(b, "Jensen-Shannon divergence between outlets "
		                  "(base 2):\n\n| |");
		for (size_t g = 0; g < m->ngroups; g++) {
			slant_buf_putc(b, ' ');
			md(b, m->groups[g].name);
			slant_buf_puts(b, " |");
		}
		slant_buf_puts(b, "\n|---|");
		for (size_t g = 0; g < m->ngroups; g++)
			slant_buf_puts(b, "---:|");
		slant_buf_putc(b, '\n');
		for (size_t i = 0; i < m->ngroups; i++) {
			slant_buf_puts(b, "| ");
			md(b, m->groups[i].name);
			slant_buf_puts(b, " |");
			for (size_t j = 0; j < m->ngroups; j++) {
				slant_buf_putc(b, ' ');
				slant_put_fixed(
				    b, m->divergence[i * m->ngroups + j], 3);
				slant_buf_puts(b, " |");
			}
			slant_buf_putc(b, '\n');
		}
	}

	slant_buf_puts(
	    b, "\n## Contested naming\n\nVariant counts per outlet (all "
	       "voices; own voice in brackets) and share of the set's uses; "
	       "the share of an average article's uses (articles that use "
	       "the set) against the other outlets', with the Mann-Whitney "
	       "q; and the token-level log odds ratio of the preference "
	       "(descriptive).\n\n");
	size_t shown = 0;
	for (size_t i = 0; i < m->nnaming; i++) {
		const struct slant_compare_naming *n = &m->naming[i];
		if (n->count <= 0)
			continue;
		if (!shown++)
			slant_buf_puts(
			    b,
			    "| Set | Variant | Outlet | Count (own) | Share | "
			    "Article share vs others | q | token log OR "
			    "|\n|---|---|---|---:|---:|---:|---:|---:|\n");
		slant_buf_puts(b, "| ");
		md(b, lx->dims[n->set].name);
		slant_buf_puts(b, " | ");
		md(b, lx->dims[n->variant].name +
		          strlen(lx->dims[n->set].name) + 1);
		slant_buf_puts(b, " | ");
		md(b, m->groups[n->group].name);
		slant_buf_printf(b, " | %g (%g) | ", n->count, n->count_own);
		slant_put_fixed(b, 100 * (isnan(n->share) ? 0 : n->share), 0);
		slant_buf_puts(b, "% | ");
		if (n->n[0]) {
			slant_put_fixed(b, 100 * n->mean_share[0], 0);
			slant_buf_puts(b, "% vs ");
			slant_put_fixed(b,
			                100 * (isnan(n->mean_share[1])
			                           ? 0
			                           : n->mean_share[1]),
			                0);
			slant_buf_puts(b, "%");
		}
		slant_buf_puts(b, " | ");
		if (n->untestable)
			slant_buf_puts(b, "not testable");
		else
			slant_report_q(b, n->q);
		slant_buf_puts(b, " | ");
		num(b, n->pref.est);
		slant_buf_puts(b, " |\n");
	}
	if (!shown)
		slant_buf_puts(b, "No naming set is used by any outlet.\n");
	for (size_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].kind == SLANT_FINDING_NAMING) {
			slant_buf_puts(b, "\n- ");
			md(b, r->findings[i].sentence);
			slant_buf_printf(b, " (evidence: %zu)", i + 1);
		}
	slant_buf_puts(b, "\n\n## Evidence\n\n");
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		slant_buf_printf(b, "### %zu. %s\n\n", i + 1, kinds[f->kind]);
		md(b, f->sentence);
		slant_buf_puts(b, "\n\n");
		if (f->nentries) {
			struct slant_buf e;
			slant_buf_init(&e);
			slant_report_entries_sentence(&e, r, f);
			md(b, e.data);
			slant_buf_puts(b, "\n\n");
			slant_buf_release(&e);
		}
		if (!f->nkwic) {
			slant_buf_puts(b, "No line found.\n\n");
			continue;
		}
		slant_buf_puts(b, "| Outlet | Article | Context | Voice "
		                  "|\n|---|---|---|---|\n");
		for (size_t k = f->first_kwic; k < f->first_kwic + f->nkwic;
		     k++) {
			const struct slant_report_kwic *w = &r->kwic[k];
			slant_buf_puts(b, "| ");
			md(b, m->groups[w->group].name);
			slant_buf_puts(b, " | ");
			md(b, w->article);
			slant_buf_puts(b, " | …");
			md(b, w->left);
			slant_buf_puts(b, "**");
			md(b, w->match);
			slant_buf_puts(b, "**");
			md(b, w->right);
			slant_buf_puts(b, "…");
			if (*w->label) {
				slant_buf_puts(b, " (");
				md(b, w->label);
				slant_buf_puts(b, ")");
			}
			slant_buf_printf(b, " | %s |\n",
			                 w->quoted ? "quoted" : "own");
		}
		slant_buf_putc(b, '\n');
	}
	if (!r->nfindings)
		slant_buf_puts(b, "No difference to show.\n\n");

	slant_buf_puts(
	    b, "## Method and provenance\n\n### How to read these numbers\n\n");
	for (size_t i = 0; i < slant_report_method_count; i++) {
		slant_buf_puts(b, "- **");
		md(b, slant_report_method_text[i][0]);
		slant_buf_puts(b, "**: ");
		md(b, slant_report_method_text[i][1]);
		slant_buf_putc(b, '\n');
	}
	method_hygiene(b, r);
	slant_buf_puts(b, "\n| Lexicon | Title | Version | File | SHA-256 "
	                  "|\n|---|---|---|---|---|\n");
	for (size_t i = 0; i < r->nlexicons; i++) {
		const struct slant_report_lexicon *l = &r->lexicons[i];
		slant_buf_puts(b, "| ");
		md(b, l->name);
		slant_buf_puts(b, " | ");
		md(b, l->title);
		slant_buf_puts(b, " | ");
		md(b, l->version);
		slant_buf_puts(b, " | ");
		md(b, l->file);
		slant_buf_printf(b, " | `%s` |\n", l->sha256);
	}
	slant_buf_puts(b,
	               "\n| Input file | Bytes | SHA-256 |\n|---|---:|---|\n");
	for (size_t i = 0; i < r->ninputs; i++) {
		slant_buf_puts(b, "| ");
		md(b, r->inputs[i].path);
		slant_buf_printf(b, " | %llu | `%s` |\n",
		                 (unsigned long long)r->inputs[i].bytes,
		                 r->inputs[i].sha256[0] ? r->inputs[i].sha256
		                                        : "-");
	}
	slant_buf_puts(
	    b, "\n| Parameter | Value |\n|---|---|\n| slant version | ");
	md(b, r->version);
	slant_buf_puts(b, " |\n");
	for (size_t i = 0; i < r->nparams; i++) {
		slant_buf_puts(b, "| ");
		md(b, r->params[i].key);
		slant_buf_puts(b, " | ");
		md(b, r->params[i].value);
		slant_buf_puts(b, " |\n");
	}
}
