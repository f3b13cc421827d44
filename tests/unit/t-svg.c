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

	struct slant_svg_bar bars[] = {{evil, 3.0, "3 vs 0"},
	                               {"word", 1.25, "<b>n</b>"}};
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

	ok(strcmp(slant_svg_color(0), slant_svg_color(1)) != 0,
	   "series get different colours");
	slant_buf_release(&one);
	slant_buf_release(&two);
	slant_buf_release(&b);
	return tap_done();
}
