/* report-html.c: the report as one self-contained HTML page: inline CSS
 * and SVG, no script, no request to any other host, a layout for phones
 * and a print style sheet. Every string from a corpus or a lexicon goes
 * through slant_html_escape. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report.h"
#include "svg.h"

static const char css[] =
    "*{box-sizing:border-box}"
    "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe "
    "UI\",Roboto,sans-serif;color:#1d1d1f;background:#fff}"
    "main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem "
    "3rem;overflow-wrap:break-word}"
    "h1{font-size:1.8rem;margin:.5rem 0 .25rem}"
    "h2{font-size:1.35rem;margin:2.2rem 0 "
    ".6rem;padding-top:.6rem;border-top:2px solid #e3e6ea}"
    "h3{font-size:1.05rem;margin:1.4rem 0 .4rem}"
    ".meta{color:#555;margin:0 0 1rem}"
    "nav ol{display:flex;flex-wrap:wrap;gap:.3rem "
    "1.2rem;padding:0;margin:0;list-style:none}"
    "nav a{color:#1b6ca8}"
    ".summary li{margin:.35rem 0}"
    ".lead{font-size:1.08rem}"
    ".grid{display:grid;grid-template-columns:1fr 1fr;gap:1rem}"
    "@media "
    "(max-width:46rem){.grid{grid-template-columns:1fr}main{padding:.75rem}}"
    "figure{margin:.5rem 0 "
    "1rem}figcaption{font-size:.9rem;color:#444;margin-bottom:.2rem}"
    "svg.chart{display:block;max-width:100%;height:auto}"
    ".legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.3rem "
    "0;padding:0;list-style:none;font-size:.9rem}"
    ".legend li{min-width:0;overflow-wrap:anywhere}"
    ".sw{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;"
    "margin-right:.3rem;vertical-align:-.05rem}"
    ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}"
    "table{border-collapse:collapse;font-size:.9rem;margin:.4rem 0 "
    "1rem;min-width:100%}"
    "th,td{border-bottom:1px solid #e3e6ea;padding:.3rem "
    ".5rem;text-align:left;vertical-align:top}"
    "th{background:#f4f6f8;font-weight:600}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:"
    "nowrap}"
    "td.nv{white-space:normal}.nw{white-space:nowrap}"
    /* on a phone, a wide table's rows become cards of lines, each led by
     * its column's name: nothing is cut off and the page never scrolls
     * sideways */
    "@media (max-width:40rem){table.stack,.stack tbody,.stack tr,.stack "
    "td{display:block;min-width:0}.stack "
    "thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:"
    "rect(0 0 0 0)}.stack tr{border-bottom:1px solid #e3e6ea;padding:.3rem "
    "0}.stack td{border:0;padding:.05rem .5rem;text-align:left;white-space:"
    "normal}.stack td.head{font-weight:600}.stack "
    "td[data-h]::before{content:attr(data-h) \": \";color:#555}}"
    ".sig{font-weight:600;color:#a1330b}"
    ".ns{color:#666}"
    ".finding{margin:1rem 0 .3rem}"
    ".kwic td{font-size:.88rem}"
    ".kwic .ctx{word-break:break-word}"
    "mark{background:#ffe58a;padding:0 .1rem}"
    ".q{font-size:.8rem;color:#555;border:1px solid "
    "#ccc;border-radius:.6rem;padding:0 .35rem;white-space:nowrap}"
    "code,.hash{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-"
    "size:.8rem;word-break:break-all}"
    "details{margin:.5rem 0}summary{cursor:pointer;color:#1b6ca8}"
    "dl.method dt{font-weight:600}dl.method dd{margin:0 0 .5rem 1rem}"
    "@media "
    "print{body{font-size:11pt}main{max-width:none;padding:0}nav{display:none}"
    "h2{break-after:avoid}figure,tr{break-inside:avoid}.grid{grid-template-"
    "columns:1fr 1fr}"
    "a{color:inherit;text-decoration:none}.scroll{overflow:visible}}";

#define esc slant_html_escape

static void num(struct slant_buf *b, double x)
{
	slant_report_num(b, x);
}

#define escw slant_html_escape_wrap

/* Opens a cell. In a table of class "stack" the style sheet shows each
 * row on a phone as a card of lines, each led by its column's name
 * (head, as data-h; NULL for none), so no column is cut off. */
static void cell(struct slant_buf *b, const char *cls, const char *head)
{
	slant_buf_puts(b, "<td");
	if (cls)
		slant_buf_printf(b, " class=\"%s\"", cls);
	if (head) {
		slant_buf_puts(b, " data-h=\"");
		esc(b, head);
		slant_buf_putc(b, '"');
	}
	slant_buf_putc(b, '>');
}

static void legend(struct slant_buf *b, const struct slant_compare *m)
{
	slant_buf_puts(b, "<ul class=\"legend\">");
	for (size_t g = 0; g < m->ngroups; g++) {
		slant_buf_printf(
		    b, "<li><span class=\"sw\" style=\"background:%s\"></span>",
		    slant_svg_color(g));
		esc(b, m->groups[g].name);
		slant_buf_puts(b, "</li>");
	}
	slant_buf_puts(b, "</ul>\n");
}

static void interval(struct slant_buf *b, const struct slant_stats_interval *v)
{
	num(b, v->est);
	if (!isnan(v->lo) && !isnan(v->hi)) {
		slant_buf_puts(b, " <span class=\"ns nw\">[");
		num(b, v->lo);
		slant_buf_puts(b, ", ");
		num(b, v->hi);
		slant_buf_puts(b, "]</span>");
	}
}

static void q_badge(struct slant_buf *b, const struct slant_report_finding *f)
{
	slant_buf_printf(b, "<span class=\"q\">");
	if (f->token_level) {
		slant_buf_puts(b, "descriptive, not tested");
	} else {
		esc(b, f->test);
		slant_buf_puts(b, ", ");
		slant_report_q(b, f->q);
	}
	slant_buf_puts(b, "</span>");
}

static void section_summary(struct slant_buf *b, const struct slant_report *r)
{
	slant_buf_puts(b, "<section id=\"summary\"><h2>Summary</h2>\n");
	/* the first sentence leads; then each sentence is a list item with
	   its items nested under it */
	for (size_t i = 0; i < r->nsummary; i++) {
		bool item = r->summary_depth[i] && i;
		bool next_item = i + 1 < r->nsummary && r->summary_depth[i + 1];
		if (i == 0) {
			slant_buf_puts(b, "<p class=\"lead\">");
			esc(b, r->summary[i]);
			slant_buf_puts(b, "</p>\n<ul class=\"summary\">\n");
			continue;
		}
		slant_buf_puts(b, "<li>");
		esc(b, r->summary[i]);
		if (!item && next_item)
			slant_buf_puts(b, "\n<ul>\n");
		else
			slant_buf_puts(b, "</li>\n");
		if (item && !next_item)
			slant_buf_puts(b, "</ul></li>\n");
	}
	if (r->nsummary)
		slant_buf_puts(b, "</ul>\n");
	slant_buf_puts(b, "</section>\n");
}

static void dots_chart(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	size_t nr = r->nchart_dims, ng = m->ngroups;
	const char **rows = slant_xcalloc(nr + 1, sizeof *rows);
	struct slant_svg_dot *v = slant_xcalloc(2 * nr * ng + 1, sizeof *v);
	for (int p = 0; p < 2; p++) {
		int voice = p ? SLANT_VOICE_QUOTED : SLANT_VOICE_OWN;
		for (size_t i = 0; i < nr; i++) {
			size_t d = r->chart_dims[i];
			rows[i] = slant_report_dim_name(r, d);
			for (size_t g = 0; g < ng; g++) {
				const struct slant_compare_group_dim *gd =
				    &m->groups[g].dims[d * SLANT_NVOICES +
				                       (size_t)voice];
				struct slant_svg_dot *x =
				    &v[((size_t)p * nr + i) * ng + g];
				x->est = gd->n ? gd->mean.est : NAN;
				x->lo = gd->mean.lo;
				x->hi = gd->mean.hi;
			}
		}
	}
	static const char *const panels[] = {"Own voice", "Quoted speech"};
	slant_buf_printf(b,
	                 "<figure><figcaption>Mean hits per 1,000 words per "
	                 "outlet, with %g%% bootstrap interval: own voice and "
	                 "quoted speech side by side</figcaption>\n",
	                 100 * m->opt.conf);
	slant_svg_dots(
	    b,
	    "Mean rate per outlet and dimension, own voice and quoted speech",
	    panels, 2, rows, nr, ng, v, "hits per 1,000 words");
	slant_buf_puts(b, "</figure>\n");
	free(rows);
	free(v);
}

static void section_dims(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(
	    b, "<section id=\"dimensions\"><h2>Framing dimensions</h2>\n");
	slant_buf_puts(
	    b, "<p>Each dot is an outlet's mean rate over its articles (hits "
	       "per 1,000 words of that voice); the line is its bootstrap "
	       "interval (none with a single article). The outlet's own voice "
	       "and the speech it quotes are shown side by side. Each row has "
	       "its own scale, from 0 to a round number above its largest "
	       "interval, with its ticks under it: compare the outlets within "
	       "a row, and across rows read the numbers, not the "
	       "lengths.</p>\n");
	legend(b, m);
	dots_chart(b, r);
	/* the differences */
	slant_buf_puts(b, "<h3>Differences</h3>\n");
	size_t nd = 0;
	for (size_t i = 0; i < r->nfindings; i++)
		nd += r->findings[i].kind == SLANT_FINDING_DIM;
	if (!nd)
		slant_buf_puts(
		    b, "<p>No dimension has hits in both comparisons.</p>\n");
	else {
		slant_buf_puts(
		    b, "<div "
		       "class=\"scroll\"><table "
		       "class=\"stack\"><thead><tr><th>Outlet</"
		       "th><th>Dimension</th><th>Voice</th><th>Outlet "
		       "rate</th><th>Others</th><th>Log Ratio "
		       "[CI]</th><th>Cliff's delta</th><th>q</th><th></th></"
		       "tr></thead><tbody>\n");
		for (size_t i = 0; i < r->nfindings; i++) {
			const struct slant_report_finding *f = &r->findings[i];
			if (f->kind != SLANT_FINDING_DIM)
				continue;
			const struct slant_compare_dim_test *t =
			    &m->pairs[f->pair].dims[f->dim * SLANT_NVOICES +
			                            (size_t)f->voice];
			slant_buf_puts(b, "<tr>");
			cell(b, "head", NULL);
			escw(b, slant_report_side_name(r, f->pair, 0));
			slant_buf_puts(b, "</td>");
			cell(b, NULL, "Dimension");
			escw(b, slant_report_dim_name(r, f->dim));
			slant_buf_puts(b, "</td>");
			cell(b, NULL, "Voice");
			slant_buf_printf(b, "%s</td>",
			                 slant_compare_voice_name(f->voice));
			cell(b, "n", "Outlet rate");
			double v0 =
			    f->token_level
			        ? (t->tokens[0] > 0
			               ? 1000 * t->hits[0] / t->tokens[0]
			               : NAN)
			        : t->mean[0];
			double v1 =
			    f->token_level
			        ? (t->tokens[1] > 0
			               ? 1000 * t->hits[1] / t->tokens[1]
			               : NAN)
			        : t->mean[1];
			num(b, v0);
			slant_buf_puts(b, "</td>");
			cell(b, "n", "Others");
			num(b, v1);
			slant_buf_puts(b, "</td>");
			cell(b, "n nv", "Log Ratio [CI]");
			if (f->token_level)
				num(b, t->log_ratio.est);
			else
				interval(b, &t->mean_ratio);
			slant_buf_puts(b, "</td>");
			cell(b, "n", "Cliff's delta");
			num(b, t->cliffs_delta);
			slant_buf_puts(b, "</td>");
			cell(b, "n", NULL); /* "q = ..." says it */
			if (f->token_level)
				slant_buf_puts(b, "not tested");
			else
				slant_report_q(b, f->q);
			slant_buf_puts(b, "</td>");
			cell(b, NULL, NULL);
			slant_buf_printf(
			    b,
			    "%s <a "
			    "href=\"#f%zu\">evidence</a></td></tr>\n",
			    f->significant
			        ? "<span class=\"sig\">significant</span>"
			    : f->token_level
			        ? "<span class=\"ns\">largest, "
			          "descriptive</span>"
			        : "<span class=\"ns\">largest, not "
			          "significant</span>",
			    i + 1);
		}
		slant_buf_puts(b, "</tbody></table></div>\n");
	}
	/* every dimension */
	slant_buf_puts(b, "<details><summary>Every dimension: pooled rate per "
	                  "1,000 words (own voice / quoted)</summary><div "
	                  "class=\"scroll\"><table "
	                  "class=\"stack\"><thead><tr><th>Dimension</th>");
	for (size_t g = 0; g < m->ngroups; g++) {
		slant_buf_puts(b, "<th>");
		escw(b, m->groups[g].name);
		slant_buf_puts(b, "</th>");
	}
	slant_buf_puts(b, "</tr></thead><tbody>\n");
	const struct slant_lexicon *lx = r->lx;
	for (size_t d = 0; d < lx->ndims; d++) {
		if (lx->schemes[lx->dims[d].scheme].kind == SLANT_SCHEME_NAMING)
			continue;
		slant_buf_puts(b, "<tr>");
		cell(b, "head", NULL);
		escw(b, lx->dims[d].path);
		slant_buf_puts(b, "</td>");
		for (size_t g = 0; g < m->ngroups; g++) {
			const struct slant_compare_group_dim *gd =
			    &m->groups[g].dims[d * SLANT_NVOICES];
			cell(b, "n", m->groups[g].name);
			num(b, gd[SLANT_VOICE_OWN].rate);
			slant_buf_puts(b, " / ");
			num(b, gd[SLANT_VOICE_QUOTED].rate);
			slant_buf_puts(b, "</td>");
		}
		slant_buf_puts(b, "</tr>\n");
	}
	slant_buf_puts(b, "</tbody></table></div></details>\n</section>\n");
}

static void section_events(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "<section id=\"events\"><h2>Same events</h2>\n<p>The "
	                  "outlets compared within the events they both cover: "
	                  "for a framing dimension, each dot is one event, the "
	                  "difference of the two sides' mean article rates in "
	                  "it (right of 0: the first side uses more); the bar "
	                  "under the dots is the mean difference with its "
	                  "bootstrap interval over events, tested by the "
	                  "Wilcoxon signed-rank test over events. Words are "
	                  "tested by the exact stratified test of how many of "
	                  "each side's articles use them, event by "
	                  "event.</p>\n");
	/* one chart per comparison: a row per listed dimension */
	for (size_t p = 0; p < m->npairs; p++) {
		size_t nd = 0;
		for (size_t i = 0; i < r->nevents; i++)
			nd += !r->events[i].is_term && r->events[i].pair == p;
		if (!nd)
			continue;
		const char **rows = slant_xcalloc(nd, sizeof *rows);
		char **own = slant_xcalloc(nd, sizeof *own);
		const double **vals = slant_xcalloc(nd, sizeof *vals);
		size_t *n = slant_xcalloc(nd, sizeof *n);
		struct slant_svg_dot *mean = slant_xcalloc(nd, sizeof *mean);
		size_t k = 0;
		for (size_t i = 0; i < r->nevents; i++) {
			const struct slant_report_event *e = &r->events[i];
			if (e->is_term || e->pair != p)
				continue;
			const struct slant_compare_dim_test *t =
			    &m->pairs[p].dims[e->dim * SLANT_NVOICES +
			                      (size_t)e->voice];
			struct slant_buf lb;
			slant_buf_init(&lb);
			slant_buf_printf(&lb, "%s (%s)",
			                 slant_report_dim_name(r, e->dim),
			                 slant_compare_voice_name(e->voice));
			own[k] = slant_buf_take(&lb);
			rows[k] = own[k];
			vals[k] = t->event_diff;
			n[k] = t->nevent_diff;
			mean[k] = (struct slant_svg_dot){t->paired_diff.est,
			                                 t->paired_diff.lo,
			                                 t->paired_diff.hi};
			k++;
		}
		struct slant_buf tt;
		slant_buf_init(&tt);
		slant_buf_printf(&tt, "%s minus %s, per event",
		                 slant_report_side_name(r, p, 0),
		                 slant_report_side_name(r, p, 1));
		slant_buf_puts(b, "<figure><figcaption>");
		esc(b, tt.data);
		slant_buf_puts(b, ": hits per 1,000 words</figcaption>\n");
		slant_svg_strip(b, tt.data, rows, nd, vals, n, mean,
		                "difference per event");
		slant_buf_puts(b, "</figure>\n");
		slant_buf_release(&tt);
		for (size_t i = 0; i < nd; i++)
			free(own[i]);
		free(own);
		free(rows);
		free(vals);
		free(n);
		free(mean);
	}
	if (!r->nevents)
		slant_buf_puts(b, "<p>No event is covered by both sides of a "
		                  "comparison.</p>\n");
	else
		slant_buf_puts(b, "<ul class=\"summary\">\n");
	for (size_t i = 0; i < r->nevents; i++) {
		slant_buf_puts(b, "<li>");
		esc(b, r->events[i].sentence);
		if (r->events[i].significant)
			slant_buf_puts(
			    b, " <span class=\"sig\">significant</span>");
		slant_buf_puts(b, "</li>\n");
	}
	if (r->nevents)
		slant_buf_puts(b, "</ul>\n");
	slant_buf_puts(b, "</section>\n");
}

/* The finding of term i of pair p (SIZE_MAX: none). */
static size_t term_finding_of(const struct slant_report *r, size_t p, size_t i)
{
	for (size_t f = 0; f < r->nfindings; f++)
		if (r->findings[f].kind == SLANT_FINDING_TERM &&
		    r->findings[f].pair == p && r->findings[f].term == i)
			return f;
	return SIZE_MAX;
}

/* "12% vs 3%" (or counts without article tests), "*" when significant. */
static char *term_note(const struct slant_compare_pair *pr,
                       const struct slant_compare_term *t, bool mirror)
{
	struct slant_buf nb;
	slant_buf_init(&nb);
	int a = mirror ? 1 : 0;
	if (pr->article_tests) {
		slant_put_fixed(&nb, 100 * t->share[a], 0);
		slant_buf_puts(&nb, "% vs ");
		slant_put_fixed(&nb, 100 * t->share[1 - a], 0);
		slant_buf_puts(&nb, "%");
		if (t->significant)
			slant_buf_puts(&nb, " *");
	} else {
		slant_buf_printf(&nb, "%g vs %g", t->count[a], t->count[1 - a]);
	}
	return slant_buf_take(&nb);
}

static char *anchor(size_t f)
{
	if (f == SIZE_MAX)
		return NULL;
	struct slant_buf a;
	slant_buf_init(&a);
	slant_buf_printf(&a, "#f%zu", f + 1);
	return slant_buf_take(&a);
}

/* At most this many dots in a term map: the most used terms (and every
 * listed one). */
#define MAP_POINTS 1500

static int cmp_desc_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a > b ? -1 : a < b ? 1 : 0;
}

/* The two-sided keyness chart and the term map of one comparison. */
static void keyness_figures(struct slant_buf *b, const struct slant_report *r,
                            const struct slant_report_keyness *k)
{
	const struct slant_compare *m = r->m;
	const struct slant_compare_pair *pr = &m->pairs[k->pair];
	const char *s0 = slant_report_side_name(r, k->pair, 0),
	           *s1 = slant_report_side_name(r, k->pair, 1);
	slant_buf_puts(b, "<h3>");
	esc(b, s0);
	slant_buf_puts(b, " vs ");
	esc(b, s1);
	slant_buf_puts(b, "</h3>\n");
	size_t n = k->nover + k->nunder;
	if (!n) {
		slant_buf_puts(b, "<p class=\"ns\">No term passes the minimum "
		                  "count.</p>\n");
		return;
	}
	struct slant_svg_bar *bars = slant_xcalloc(n + 1, sizeof *bars);
	char **own = slant_xcalloc(2 * n + 1, sizeof *own);
	for (size_t i = 0; i < n; i++) {
		bool under = i >= k->nover;
		size_t j = under ? i - k->nover : i;
		const struct slant_compare_term *t;
		bars[i].value = slant_report_key_value(r, k, under, j, &t);
		size_t p = under ? k->under_pair : k->pair;
		own[2 * i] = term_note(&m->pairs[p], t, p != k->pair);
		own[2 * i + 1] = anchor(
		    term_finding_of(r, p, (size_t)(t - m->pairs[p].terms)));
		bars[i].label = slant_compare_term_string(m, t->term);
		bars[i].note = own[2 * i];
		bars[i].href = own[2 * i + 1];
	}
	struct slant_buf tt;
	slant_buf_init(&tt);
	slant_buf_printf(&tt, "Distinctive words: %s vs %s", s0, s1);
	slant_buf_puts(b, "<figure>");
	slant_svg_keyness(b, tt.data, bars, n, k->nover, s0, s1,
	                  pr->article_tests
	                      ? "Log Ratio of the shares of articles "
	                        "(right: more in the first)"
	                      : "G2 (token level, descriptive)");
	slant_buf_puts(b, "</figure>\n");

	/* the term map: every shown term of the pair, the most used first
	   when there are too many */
	size_t np = 0;
	double *freq = slant_xcalloc(pr->nterms + 1, sizeof *freq);
	for (size_t i = 0; i < pr->nterms; i++)
		if (!k->hidden[i])
			freq[np++] =
			    pr->terms[i].count[0] + pr->terms[i].count[1];
	double cut = 0;
	if (np > MAP_POINTS) {
		qsort(freq, np, sizeof *freq, cmp_desc_double);
		cut = freq[MAP_POINTS - 1];
	}
	free(freq);
	struct slant_svg_point *pts = slant_xcalloc(np + n + 1, sizeof *pts);
	size_t npts = 0;
	/* labelled points first, strongest first, so they get their labels */
	for (size_t i = 0; i < n; i++) {
		bool under = i >= k->nover;
		const struct slant_compare_term *t;
		double v = slant_report_key_value(r, k, under,
		                                  under ? i - k->nover : i, &t);
		struct slant_svg_point *q = &pts[npts++];
		q->x = t->count[0] + t->count[1];
		q->y = pr->article_tests
		           ? v
		           : (v < 0 ? -1 : 1) * fabs(t->log_ratio.est);
		q->side = !pr->article_tests || !t->significant ? 0
		          : v > 0                               ? 1
		                                                : -1;
		q->label = bars[i].label;
		q->href = bars[i].href;
	}
	for (size_t i = 0; i < pr->nterms; i++) {
		const struct slant_compare_term *t = &pr->terms[i];
		double f = t->count[0] + t->count[1];
		if (k->hidden[i] || f < cut || npts >= MAP_POINTS + n)
			continue;
		bool listed = false;
		for (size_t j = 0; j < k->nover && !listed; j++)
			listed = k->over[j] == i;
		for (size_t j = 0;
		     j < k->nunder && !listed && k->under_pair == k->pair; j++)
			listed = k->under[j] == i;
		if (listed)
			continue;
		struct slant_svg_point *q = &pts[npts++];
		q->x = f;
		q->y =
		    pr->article_tests ? t->share_ratio.est : t->log_ratio.est;
		q->side = !t->significant ? 0 : q->y > 0 ? 1 : -1;
	}
	slant_buf_reset(&tt);
	slant_buf_printf(&tt, "Term map: %s vs %s", s0, s1);
	slant_buf_puts(b, "<figure>");
	slant_svg_termmap(
	    b, tt.data, pts, npts, s0, s1, "times used, both sides (log scale)",
	    pr->article_tests ? "Log Ratio of the shares of articles"
	                      : "Log Ratio of the rates (token level)");
	slant_buf_puts(b, "</figure>\n");
	free(pts);
	slant_buf_release(&tt);
	for (size_t i = 0; i < 2 * n; i++)
		free(own[i]);
	free(own);
	free(bars);
}

/* What the term hygiene left out, so a reader can undo it. */
static void hygiene_note(struct slant_buf *b, const struct slant_report *r)
{
	size_t masked[SLANT_REPORT_HIDE_REASONS] = {0};
	for (size_t k = 0; k < r->nkeys; k++)
		for (int w = 1; w < SLANT_REPORT_HIDE_REASONS; w++)
			masked[w] += r->keys[k].masked[w];
	slant_buf_printf(
	    b,
	    "<p class=\"ns\">Left out of these lists: %s stop words; %zu "
	    "outlets' own names (%s); %zu words of one character (%s); %zu "
	    "terms in fewer than %zu articles. See the method section.</p>\n",
	    r->m->opt.stopwords_name ? r->m->opt.stopwords_name : "no",
	    masked[SLANT_REPORT_HIDE_SELF],
	    r->opt.selfnames ? "--keep self-mentions shows them"
	                     : "kept: none masked",
	    masked[SLANT_REPORT_HIDE_LETTER],
	    r->opt.keep_letters ? "kept" : "--keep letters shows them",
	    masked[SLANT_REPORT_HIDE_RARE], r->min_docs);
}

static void section_words(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "<section id=\"words\"><h2>Distinctive words</h2>\n");
	if (r->article_tests)
		slant_buf_printf(
		    b,
		    "<p>Per comparison, the words each side uses in more of "
		    "its "
		    "articles than the other, strongest evidence first "
		    "(Fisher's exact test on the articles that use the word), "
		    "both ways on one scale: the bar is the Log Ratio of the "
		    "shares of articles (1: twice as many; negative: the other "
		    "side's word). Beside each word: the shares of the two "
		    "sides' articles; words significant at q &lt; %g are "
		    "marked "
		    "* and link to their evidence. The term map below places "
		    "every listed-size word by how often it is used (across) "
		    "and which side uses it (up: the first side); significant "
		    "words are coloured.</p>\n",
		    r->opt.alpha);
	else
		slant_buf_puts(
		    b, "<p>Per comparison, the words each side uses more "
		       "often than the other, by token-level keyness (G2; the "
		       "bar, negative for the other side's words). With fewer "
		       "than 3 articles per outlet nothing is tested: these "
		       "describe the texts, not the outlets. Beside each word: "
		       "its count on the two sides.</p>\n");
	for (size_t k = 0; k < r->nkeys; k++)
		keyness_figures(b, r, &r->keys[k]);
	hygiene_note(b, r);
	if (m->divergence && m->ngroups >= 2) {
		slant_buf_puts(
		    b, "<h3>Pairwise divergence</h3>\n<p>Jensen-Shannon "
		       "divergence (base 2, 0 = same word distribution, 1 = no "
		       "word in common) between every two outlets' word "
		       "distributions.</p>\n<figure>");
		const char **labels =
		    slant_xcalloc(m->ngroups + 1, sizeof *labels);
		char **lab = slant_xcalloc(m->ngroups + 1, sizeof *lab);
		for (size_t g = 0; g < m->ngroups; g++) {
			struct slant_buf lb;
			slant_buf_init(&lb);
			slant_buf_printf(&lb, "(%zu) %s", g + 1,
			                 m->groups[g].name);
			lab[g] = slant_buf_take(&lb);
			labels[g] = lab[g];
		}
		slant_svg_heatmap(b,
		                  "Jensen-Shannon divergence between outlets",
		                  labels, m->ngroups, m->divergence);
		slant_buf_puts(b, "</figure>\n");
		for (size_t g = 0; g < m->ngroups; g++)
			free(lab[g]);
		free(lab);
		free(labels);
	}
	slant_buf_puts(b, "</section>\n");
}

static void section_naming(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	const struct slant_lexicon *lx = r->lx;
	slant_buf_puts(b, "<section id=\"naming\"><h2>Contested naming</h2>\n");
	slant_buf_puts(
	    b, "<p>For each naming set used by the outlets: which variant each "
	       "outlet uses (counts over all voices; own voice in brackets) "
	       "and its share of the set's uses. Where enough articles use the "
	       "set: the variant's share of an average article's uses against "
	       "the other outlets' articles, with the Mann-Whitney q. The "
	       "token-level log odds ratio (0: the same preference as the "
	       "others) describes the counts and tests nothing.</p>\n");
	size_t shown = 0;
	struct slant_buf single;
	slant_buf_init(&single);
	for (size_t s = 0; s < lx->ndims; s++) {
		if (lx->schemes[lx->dims[s].scheme].kind !=
		        SLANT_SCHEME_NAMING ||
		    lx->dims[s].depth != 0)
			continue;
		/* variants with any use, in lexicon order */
		size_t nv = 0;
		size_t *vars = slant_xcalloc(lx->ndims + 1, sizeof *vars);
		for (size_t v = 0; v < lx->ndims; v++) {
			if (lx->dims[v].parent != s)
				continue;
			double c = 0;
			for (size_t i = 0; i < m->nnaming; i++)
				if (m->naming[i].variant == v)
					c += m->naming[i].count;
			if (c > 0)
				vars[nv++] = v;
		}
		if (!nv) {
			free(vars);
			continue;
		}
		shown++;
		const struct slant_report_finding *f = NULL;
		size_t fi = 0;
		for (size_t i = 0; i < r->nfindings; i++)
			if (r->findings[i].kind == SLANT_FINDING_NAMING &&
			    r->findings[i].dim == s) {
				f = &r->findings[i];
				fi = i;
			}
		if (nv < 2 && !f) {
			/* one name only: nothing contested in this corpus */
			slant_buf_puts(&single, "<tr>");
			cell(&single, "head", NULL);
			escw(&single, lx->dims[s].name);
			slant_buf_puts(&single, "</td>");
			cell(&single, NULL, "Name");
			escw(&single, lx->dims[vars[0]].name +
			                  strlen(lx->dims[s].name) + 1);
			slant_buf_puts(&single, "</td>");
			cell(&single, NULL, "Outlets (count)");
			bool first = true;
			for (size_t i = 0; i < m->nnaming; i++)
				if (m->naming[i].variant == vars[0] &&
				    m->naming[i].count > 0) {
					if (!first)
						slant_buf_puts(&single, ", ");
					first = false;
					escw(
					    &single,
					    m->groups[m->naming[i].group].name);
					slant_buf_printf(&single, " (%g)",
					                 m->naming[i].count);
				}
			slant_buf_puts(&single, "</td></tr>\n");
			free(vars);
			continue;
		}
		slant_buf_puts(b, "<h3>");
		esc(b, lx->dims[s].name);
		slant_buf_puts(b, "</h3>\n");
		if (lx->dims[s].description && *lx->dims[s].description) {
			slant_buf_puts(b, "<p class=\"ns\">");
			esc(b, lx->dims[s].description);
			slant_buf_puts(b, "</p>\n");
		}
		if (f)
			slant_buf_printf(
			    b,
			    "<p>The outlets prefer different names%s. <a "
			    "href=\"#f%zu\">Evidence</a>.</p>\n",
			    f->significant ? " (a significant preference)"
			                   : " (not tested: too few articles)",
			    fi + 1);
		slant_buf_puts(b, "<div class=\"scroll\"><table "
		                  "class=\"stack\"><thead><tr><th>Outlet</th>");
		for (size_t k = 0; k < nv; k++) {
			slant_buf_puts(b, "<th>");
			escw(b, lx->dims[vars[k]].name +
			            strlen(lx->dims[s].name) + 1);
			slant_buf_puts(b, "</th>");
		}
		slant_buf_puts(b, "</tr></thead><tbody>\n");
		const char **rows = slant_xcalloc(m->ngroups + 1, sizeof *rows);
		double *shares =
		    slant_xcalloc(m->ngroups * nv + 1, sizeof *shares);
		const char **segs = slant_xcalloc(nv + 1, sizeof *segs);
		for (size_t k = 0; k < nv; k++)
			segs[k] = lx->dims[vars[k]].name +
			          strlen(lx->dims[s].name) + 1;
		for (size_t g = 0; g < m->ngroups; g++) {
			rows[g] = m->groups[g].name;
			slant_buf_puts(b, "<tr>");
			cell(b, "head", NULL);
			escw(b, m->groups[g].name);
			slant_buf_puts(b, "</td>");
			for (size_t k = 0; k < nv; k++) {
				const struct slant_compare_naming *n = NULL;
				for (size_t i = 0; i < m->nnaming; i++)
					if (m->naming[i].variant == vars[k] &&
					    m->naming[i].group == g)
						n = &m->naming[i];
				/* lines that wrap, so five variants fit */
				cell(b, "n nv", segs[k]);
				if (!n || n->count == 0) {
					slant_buf_puts(
					    b,
					    "<span class=\"ns\">0</span></td>");
					continue;
				}
				shares[g * nv + k] =
				    isnan(n->share) ? 0 : n->share;
				slant_buf_printf(b, "%g (%g own), ", n->count,
				                 n->count_own);
				slant_put_fixed(b, 100 * n->share, 0);
				slant_buf_puts(b, "%");
				if (!n->untestable) {
					slant_buf_puts(b, "<br>articles ");
					slant_put_fixed(
					    b, 100 * n->mean_share[0], 0);
					slant_buf_puts(b, "% vs ");
					slant_put_fixed(
					    b, 100 * n->mean_share[1], 0);
					slant_buf_puts(
					    b, "%, <span class=\"nw\">");
					slant_report_q(b, n->q);
					slant_buf_puts(b, "</span>");
					if (n->significant)
						slant_buf_puts(
						    b, " <span class=\"sig\">"
						       "significant</span>");
				}
				slant_buf_puts(b,
				               "<br><span class=\"ns\">token "
				               "log OR ");
				num(b, n->pref.est);
				slant_buf_puts(b, "</span></td>");
			}
			slant_buf_puts(b, "</tr>\n");
		}
		slant_buf_puts(b, "</tbody></table></div>\n<figure>");
		struct slant_buf tt;
		slant_buf_init(&tt);
		slant_buf_printf(&tt, "Share of each variant of %s per outlet",
		                 lx->dims[s].name);
		slant_svg_stacked(b, tt.data, rows, m->ngroups, segs, nv,
		                  shares);
		slant_buf_release(&tt);
		slant_buf_puts(b, "</figure>\n");
		free(rows);
		free(shares);
		free(segs);
		free(vars);
	}
	if (single.len) {
		slant_buf_puts(
		    b, "<h3>Sets with one name only</h3>\n<p>Every outlet that "
		       "mentions these uses the same name.</p>\n<div "
		       "class=\"scroll\"><table "
		       "class=\"stack\"><thead><tr><th>Set</th><th>Name</"
		       "th><th>Outlets (count)</th></tr></thead><tbody>\n");
		slant_buf_append(b, single.data, single.len);
		slant_buf_puts(b, "</tbody></table></div>\n");
	}
	slant_buf_release(&single);
	if (!shown)
		slant_buf_puts(b,
		               "<p>No naming set is used by any outlet.</p>\n");
	slant_buf_puts(b, "</section>\n");
}

static void section_evidence(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "<section id=\"evidence\"><h2>Evidence</h2>\n");
	slant_buf_printf(
	    b,
	    "<p>For every difference above, up to %zu lines per outlet from "
	    "the original texts, with the article id, so that a reader can "
	    "check the claim: a seeded random sample of the articles with a "
	    "match, one line an article (and for a contested name, a line "
	    "of each variant), shown in input order. The matched words are "
	    "highlighted. Under a framing difference, the lexicon entries "
	    "behind it and their hits on each side.</p>\n",
	    r->opt.evidence);
	static const char *const kinds[] = {"Framing", "Word", "Naming"};
	for (size_t i = 0; i < r->nfindings; i++) {
		const struct slant_report_finding *f = &r->findings[i];
		slant_buf_printf(
		    b, "<div class=\"finding\" id=\"f%zu\"><h3>%zu. %s</h3><p>",
		    i + 1, i + 1, kinds[f->kind]);
		esc(b, f->sentence);
		slant_buf_puts(b, " ");
		if (f->kind != SLANT_FINDING_NAMING)
			q_badge(b, f);
		slant_buf_puts(b, "</p>\n");
		if (f->nentries) {
			struct slant_buf e;
			slant_buf_init(&e);
			slant_report_entries_sentence(&e, r, f);
			slant_buf_puts(b, "<p class=\"entries\">");
			esc(b, e.data);
			slant_buf_puts(b, "</p>\n");
			slant_buf_release(&e);
		}
		if (!f->nkwic) {
			slant_buf_puts(
			    b, "<p class=\"ns\">No line found.</p></div>\n");
			continue;
		}
		slant_buf_puts(
		    b,
		    "<div class=\"scroll\"><table "
		    "class=\"kwic "
		    "stack\"><thead><tr><th>Outlet</th><th>Article</"
		    "th><th>Context</th><th>Voice</th></tr></thead><tbody>\n");
		for (size_t k = f->first_kwic; k < f->first_kwic + f->nkwic;
		     k++) {
			const struct slant_report_kwic *w = &r->kwic[k];
			slant_buf_puts(b, "<tr>");
			cell(b, "head", NULL);
			slant_buf_printf(b,
			                 "<span class=\"sw\" "
			                 "style=\"background:%s\"></span>",
			                 slant_svg_color(w->group));
			escw(b, m->groups[w->group].name);
			slant_buf_puts(b, "</td>");
			cell(b, NULL, "Article");
			slant_buf_puts(b, "<code>");
			esc(b, w->article);
			slant_buf_puts(b, "</code></td>");
			cell(b, "ctx", NULL);
			slant_buf_puts(b, "\xe2\x80\xa6");
			esc(b, w->left);
			slant_buf_puts(b, "<mark>");
			esc(b, w->match);
			slant_buf_puts(b, "</mark>");
			esc(b, w->right);
			slant_buf_puts(b, "\xe2\x80\xa6");
			if (*w->label) {
				slant_buf_puts(b, " <span class=\"q\">");
				esc(b, w->label);
				slant_buf_puts(b, "</span>");
			}
			slant_buf_puts(b, "</td>");
			cell(b, NULL, "Voice");
			slant_buf_printf(b, "%s</td></tr>\n",
			                 w->quoted ? "quoted" : "own");
		}
		slant_buf_puts(b, "</tbody></table></div></div>\n");
	}
	if (!r->nfindings)
		slant_buf_puts(b, "<p>No difference to show.</p>\n");
	slant_buf_puts(b, "</section>\n");
}

/* The term hygiene and the model's notes, in the method section. */
static void method_hygiene(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "<h3>Term hygiene</h3>\n");
	if (r->kept_boilerplate) {
		slant_buf_puts(b, "<p>Boilerplate was kept (--keep "
		                  "boilerplate).</p>\n");
	} else {
		slant_buf_printf(
		    b,
		    "<p>Boilerplate: lines that open a line in at least %d "
		    "of an outlet's articles and at least %g%% of them (page "
		    "furniture, bylines, photo credits, newsletter prompts) "
		    "were blanked before anything was counted. --keep "
		    "boilerplate keeps them.</p>\n<div class=\"scroll\"><table>"
		    "<thead><tr><th>Outlet</th><th>Articles</th><th>Kinds of "
		    "line</th><th>Lines blanked</th><th>Most "
		    "repeated</th></tr></thead><tbody>\n",
		    SLANT_BOILERPLATE_MIN_ARTICLES,
		    100 * SLANT_BOILERPLATE_MIN_SHARE);
		for (size_t i = 0; i < r->nboiler; i++) {
			const struct slant_report_boiler *o = &r->boiler[i];
			slant_buf_puts(b, "<tr><td>");
			esc(b, o->group);
			slant_buf_printf(b,
			                 "</td><td class=\"n\">%zu</td><td "
			                 "class=\"n\">%zu</td><td "
			                 "class=\"n\">%zu</td><td>",
			                 o->articles, o->lines, o->blanked);
			if (o->example) {
				slant_buf_puts(b, "<q>");
				slant_html_escape_cut(b, o->example, 120);
				slant_buf_printf(b, "</q> (%zu articles)",
				                 o->example_articles);
			}
			slant_buf_puts(b, "</td></tr>\n");
		}
		slant_buf_puts(b, "</tbody></table></div>\n");
	}
	slant_buf_printf(
	    b,
	    "<p>Word lists: stop words %s; terms in fewer than %zu articles "
	    "left out; %s; %s.</p>\n",
	    m->opt.stopwords_name ? m->opt.stopwords_name : "none", r->min_docs,
	    r->opt.keep_letters ? "words of one character kept"
	                        : "words of one character left out",
	    r->opt.selfnames ? "outlets' own names left out (below; --keep "
	                       "self-mentions keeps them)"
	                     : "outlets' own names kept");
	if (r->opt.selfnames) {
		slant_buf_puts(b, "<ul class=\"names\">\n");
		for (size_t g = 0; g < m->ngroups; g++) {
			size_t n;
			const char *const *v = slant_selfnames_of(
			    r->opt.selfnames, m->groups[g].name, &n);
			slant_buf_puts(b, "<li>");
			esc(b, m->groups[g].name);
			slant_buf_puts(b, ": ");
			for (size_t i = 0; i < n && i < 40; i++) {
				if (i)
					slant_buf_puts(b, ", ");
				esc(b, v[i]);
			}
			if (n > 40)
				slant_buf_printf(b, " and %zu more", n - 40);
			if (!n)
				slant_buf_puts(b, "none");
			slant_buf_puts(b, "</li>\n");
		}
		slant_buf_puts(b, "</ul>\n");
	}
	if (m->nnotes) {
		slant_buf_puts(b, "<h3>Notes</h3>\n<ul>\n");
		for (size_t i = 0; i < m->nnotes; i++) {
			slant_buf_puts(b, "<li>");
			esc(b, m->notes[i]);
			slant_buf_puts(b, ".</li>\n");
		}
		slant_buf_puts(b, "</ul>\n");
	}
}

static void section_method(struct slant_buf *b, const struct slant_report *r)
{
	slant_buf_puts(b, "<section id=\"method\"><h2>Method and "
	                  "provenance</h2>\n<h3>How to read these "
	                  "numbers</h3>\n<dl class=\"method\">\n");
	for (size_t i = 0; i < slant_report_method_count; i++) {
		slant_buf_puts(b, "<dt>");
		esc(b, slant_report_method_text[i][0]);
		slant_buf_puts(b, "</dt><dd>");
		esc(b, slant_report_method_text[i][1]);
		slant_buf_puts(b, "</dd>\n");
	}
	/* only this format has charts */
	slant_buf_puts(
	    b, "<dt>Charts</dt><dd>every tick label stands on its grid line "
	       "and is the exact value there (steps of 1, 2 or 5 times a power "
	       "of ten; each axis ends on a tick). The rates of the framing "
	       "dimensions differ by orders of magnitude, so the dimension "
	       "chart gives each dimension its own linear scale from 0 (small "
	       "multiples) rather than one scale that would squeeze the rare "
	       "dimensions into its left edge; a dot's position compares the "
	       "outlets and the two voices of one dimension, and the tick "
	       "labels give the rates. A linear scale was preferred to a "
	       "logarithmic one because a rate of 0, common for rare "
	       "dimensions, has no place on a log scale.</dd>\n");
	slant_buf_puts(b, "</dl>\n");
	method_hygiene(b, r);
	slant_buf_puts(b,
	               "<h3>Lexicons</h3>\n<div class=\"scroll\"><table "
	               "class=\"stack\"><thead><tr><th>Scheme</th><th>Title</"
	               "th><th>Version</th><th>File</th><th>Dimensions</"
	               "th><th>SHA-256</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < r->nlexicons; i++) {
		const struct slant_report_lexicon *l = &r->lexicons[i];
		slant_buf_puts(b, "<tr>");
		cell(b, "head", NULL);
		escw(b, l->name);
		slant_buf_puts(b, "</td>");
		cell(b, NULL, "Title");
		esc(b, l->title);
		slant_buf_puts(b, "</td>");
		cell(b, NULL, "Version");
		esc(b, l->version);
		slant_buf_puts(b, "</td>");
		cell(b, NULL, "File");
		slant_buf_puts(b, "<code>");
		esc(b, l->file);
		slant_buf_puts(b, "</code></td>");
		cell(b, "n", "Dimensions");
		slant_buf_printf(b, "%zu</td>", l->dims);
		cell(b, "hash", "SHA-256");
		slant_buf_printf(b, "%s</td></tr>\n", l->sha256);
	}
	slant_buf_puts(
	    b, "</tbody></table></div>\n<h3>Input files</h3>\n<div "
	       "class=\"scroll\"><table><thead><tr><th>File</th><th>Bytes</"
	       "th><th>SHA-256</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < r->ninputs; i++) {
		const struct slant_report_file *f = &r->inputs[i];
		slant_buf_puts(b, "<tr><td><code>");
		esc(b, f->path);
		slant_buf_printf(b,
		                 "</code></td><td class=\"n\">%llu</td><td "
		                 "class=\"hash\">%s</td></tr>\n",
		                 (unsigned long long)f->bytes,
		                 f->sha256[0] ? f->sha256 : "(not hashed)");
	}
	slant_buf_puts(b, "</tbody></table></div>\n<h3>Parameters</h3>\n<div "
	                  "class=\"scroll\"><table><thead><tr><th>Parameter</"
	                  "th><th>Value</th></tr></thead><tbody>\n");
	slant_buf_puts(b, "<tr><td>slant version</td><td>");
	esc(b, r->version);
	slant_buf_puts(b, "</td></tr>\n");
	for (size_t i = 0; i < r->nparams; i++) {
		slant_buf_puts(b, "<tr><td>");
		esc(b, r->params[i].key);
		slant_buf_puts(b, "</td><td><code>");
		esc(b, r->params[i].value);
		slant_buf_puts(b, "</code></td></tr>\n");
	}
	slant_buf_puts(b, "</tbody></table></div>\n</section>\n");
}

void slant_report_write_html(struct slant_buf *b, const struct slant_report *r)
{
	const struct slant_compare *m = r->m;
	slant_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
	                  "charset=\"utf-8\">\n"
	                  "<meta name=\"viewport\" "
	                  "content=\"width=device-width, initial-scale=1\">\n"
	                  "<meta http-equiv=\"Content-Security-Policy\" "
	                  "content=\"default-src 'none'; style-src "
	                  "'unsafe-inline'; img-src data:\">\n"
	                  "<meta name=\"generator\" content=\"slant ");
	esc(b, r->version);
	slant_buf_puts(b, "\">\n<title>");
	esc(b, r->opt.title);
	slant_buf_printf(
	    b, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<h1>",
	    css);
	esc(b, r->opt.title);
	slant_buf_printf(b,
	                 "</h1>\n<p class=\"meta\">%zu outlets, %zu articles, "
	                 "%.0f words &middot; slant ",
	                 m->ngroups, m->articles, r->words);
	esc(b, r->version);
	if (r->opt.timestamp) {
		slant_buf_puts(b, " &middot; generated ");
		esc(b, r->opt.timestamp);
	}
	slant_buf_printf(
	    b,
	    "</p>\n<nav aria-label=\"Contents\"><ol><li><a "
	    "href=\"#summary\">Summary</a></li><li><a "
	    "href=\"#dimensions\">Framing dimensions</a></li>%s<li><a "
	    "href=\"#words\">Distinctive words</a></li><li><a "
	    "href=\"#naming\">Contested naming</a></li><li><a "
	    "href=\"#evidence\">Evidence</a></li><li><a "
	    "href=\"#method\">Method and provenance</a></li></ol></nav>\n",
	    m->paired ? "<li><a href=\"#events\">Same events</a></li>" : "");
	section_summary(b, r);
	section_dims(b, r);
	if (m->paired)
		section_events(b, r);
	section_words(b, r);
	section_naming(b, r);
	section_evidence(b, r);
	section_method(b, r);
	slant_buf_puts(b, "</main>\n</body>\n</html>\n");
}
