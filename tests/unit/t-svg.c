/* t-svg.c: HTML escaping and the charts: escaped labels, no script, no
 * external reference, the same bytes for the same data. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "svg.h"
#include "tap.h"

static struct slant_buf b;

static const char *esc(const char *s)
{
	slant_buf_reset(&b);
	slant_html_escape(&b, s);
	if (!b.data)
		slant_buf_puts(&b, "");
	return b.data;
}

/* No raw markup from the labels (the payload's "onerror" may stay as
 * escaped text) and no reference to anything outside the chart. */
static int clean(const char *svg)
{
	return !strstr(svg, "<script") && !strstr(svg, "<img") &&
	       !strstr(svg, "\"><img") && !strstr(svg, "href");
}

int main(void)
{
	slant_buf_init(&b);
	is_str(esc("a & b < c > d \"e\" 'f'"),
	       "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;",
	       "the five characters become entities");
	is_str(esc("plain ünïcode"), "plain ünïcode", "other text unchanged");
	slant_buf_reset(&b);
	slant_html_escape_cut(&b, "abcdefghij", 4);
	is_str(b.data, "abc…", "cut to 4 characters, the last an ellipsis");

	const char *evil =
	    "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
	const char *rows[] = {evil, "tone/negative"};
	const char *panels[] = {"Own voice", "Quoted"};
	struct slant_svg_dot v[2 * 2 * 2];
	for (size_t i = 0; i < 8; i++)
		v[i] = (struct slant_svg_dot){1.5 * (double)i, (double)i,
		                              2.0 * (double)i + 1};
	v[3].lo = v[3].hi = NAN; /* a dot without an interval */
	struct slant_buf one, two;
	slant_buf_init(&one);
	slant_buf_init(&two);
	slant_svg_dots(&one, evil, panels, 2, rows, 2, 2, v, "per 1,000 words");
	slant_svg_dots(&two, evil, panels, 2, rows, 2, 2, v, "per 1,000 words");
	ok(one.data && strncmp(one.data, "<svg", 4) == 0,
	   "dots: an <svg> element");
	ok(clean(one.data), "dots: labels escaped, nothing executable");
	ok(strstr(one.data, "&lt;script&gt;") != NULL,
	   "dots: the label is shown, escaped");
	ok(strcmp(one.data, two.data) == 0,
	   "dots: the same bytes for the same data");

	struct slant_svg_bar bars[] = {{evil, 3.0, "3 vs 0", NULL},
	                               {"word", 1.25, "<b>n</b>", NULL}};
	slant_buf_reset(&one);
	slant_svg_bars(&one, "bars", bars, 2, 0, "G2");
	ok(clean(one.data) && strstr(one.data, "&lt;b&gt;n&lt;/b&gt;"),
	   "bars: labels and notes escaped");

	double m[4] = {0, 0.25, 0.25, 0};
	const char *labels[] = {evil, "B"};
	slant_buf_reset(&one);
	slant_svg_heatmap(&one, "JSD", labels, 2, m);
	ok(clean(one.data), "heat map: labels escaped");
	ok(strstr(one.data, "0.25") != NULL,
	   "heat map: values printed in the cells");

	double sh[4] = {0.75, 0.25, 0, 1};
	const char *segs[] = {"zionist-regime", evil};
	slant_buf_reset(&one);
	slant_svg_stacked(&one, "naming", labels, 2, segs, 2, sh);
	ok(clean(one.data), "stacked bars: labels and legend escaped");

	/* two-sided keyness: over-use right of 0, under-use left, one scale */
	struct slant_svg_bar key[] = {{"regime", 4.2, NULL, "#f1"},
	                              {evil, 1.0, NULL, NULL},
	                              {"entity", -3.0, NULL, "#f2"}};
	slant_buf_reset(&one);
	slant_svg_keyness(&one, "keyness", key, 3, 2, "Outlet A", "Outlet B",
	                  "log2 ratio");
	slant_buf_reset(&two);
	slant_svg_keyness(&two, "keyness", key, 3, 2, "Outlet A", "Outlet B",
	                  "log2 ratio");
	ok(!strstr(one.data, "<script") && strstr(one.data, "&lt;script&gt;"),
	   "keyness: labels escaped");
	ok(strstr(one.data, "href=\"#f1\"") && strstr(one.data, "href=\"#f2\""),
	   "keyness: labels link to their evidence");
	ok(strstr(one.data, ">-5<") && strstr(one.data, ">5<") &&
	       strstr(one.data, ">0<"),
	   "keyness: one symmetric 1-2-5 scale (-5 .. 5 for 4.2 and -3)");
	ok(strcmp(one.data, two.data) == 0, "keyness: the same bytes");

	/* term map: labels that would overlap are left off */
	struct slant_svg_point pts[20];
	char names[20][8];
	for (int i = 0; i < 20; i++) {
		snprintf(names[i], sizeof names[i], "t%02d", i);
		pts[i] = (struct slant_svg_point){10.0, 2.0, 1, names[i], NULL};
	}
	pts[19] = (struct slant_svg_point){1000.0, -2.0, -1, names[19], "#f9"};
	slant_buf_reset(&one);
	slant_svg_termmap(&one, "map", pts, 20, "A", "B", "articles", "log2");
	ok(strstr(one.data, ">t00<") && !strstr(one.data, ">t01<"),
	   "term map: of twenty labels at one spot only the first is drawn");
	ok(strstr(one.data, ">t19<") && strstr(one.data, "href=\"#f9\""),
	   "term map: a label elsewhere is drawn, with its link");
	size_t dots = 0;
	for (const char *p = one.data; (p = strstr(p, "<circle")); p++)
		dots++;
	is_int(dots, 20, "term map: every term is a dot");

	ok(strcmp(slant_svg_color(0), slant_svg_color(1)) != 0,
	   "series get different colours");
	slant_buf_release(&one);
	slant_buf_release(&two);
	slant_buf_release(&b);
	return tap_done();
}
