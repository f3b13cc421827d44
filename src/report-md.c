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
		slant_buf_puts(b, i ? "- " : "");
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
		    "\n## Distinctive words\n\nPer outlet, the words it uses "
		    "in more of its articles than the other outlets, strongest "
		    "evidence first (Fisher's exact test on the articles that "
		    "use them); * = significant (q < %g). Shares are of "
		    "articles; counts are of occurrences.\n\n",
		    r->opt.alpha);
	else
		slant_buf_puts(
		    b, "\n## Distinctive words\n\nPer outlet, the words it "
		       "uses more often than the other outlets by token-level "
		       "G2 (descriptive: with fewer than 3 articles per outlet "
		       "nothing is tested).\n\n");
	for (size_t p = 0;
	     p < m->npairs && m->opt.mode == SLANT_COMPARE_ONE_VS_REST; p++) {
		const struct slant_compare_pair *pr = &m->pairs[p];
		size_t g = pr->target;
		slant_buf_puts(b, "**");
		md(b, m->groups[g].name);
		slant_buf_puts(b, "**\n\n");
		if (pr->article_tests)
			slant_buf_puts(
			    b, "| Term | Articles | Others | Log "
			       "Ratio [CI] | Count | Others | q "
			       "|\n|---|---:|---:|---:|---:|---:|---:|\n");
		else
			slant_buf_puts(b, "| Term | Count | Others | G2 (token "
			                  "level) |\n|---|---:|---:|---:|\n");
		for (size_t i = 0; i < r->ntop[g]; i++) {
			const struct slant_compare_term *t =
			    &pr->terms[r->top[g][i]];
			slant_buf_puts(b, "| ");
			md(b, slant_compare_term_string(m, t->term));
			if (t->significant)
				slant_buf_puts(b, " \\*");
			if (!pr->article_tests) {
				slant_buf_printf(b, " | %g | %g | ",
				                 t->count[0], t->count[1]);
				num(b, t->g2);
				slant_buf_puts(b, " |\n");
				continue;
			}
			slant_buf_puts(b, " | ");
			slant_put_fixed(b, 100 * t->share[0], 0);
			slant_buf_puts(b, "% | ");
			slant_put_fixed(b, 100 * t->share[1], 0);
			slant_buf_puts(b, "% | ");
			num(b, t->share_ratio.est);
			if (!isnan(t->share_ratio.lo)) {
				slant_buf_puts(b, " [");
				num(b, t->share_ratio.lo);
				slant_buf_puts(b, ", ");
				num(b, t->share_ratio.hi);
				slant_buf_puts(b, "]");
			}
			slant_buf_printf(b, " | %g | %g | ", t->count[0],
			                 t->count[1]);
			slant_report_q(b, t->q);
			slant_buf_puts(b, " |\n");
		}
		if (!r->ntop[g])
			slant_buf_puts(b, "| (none) |\n");
		slant_buf_putc(b, '\n');
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
