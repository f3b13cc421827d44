/* t-svg.c: HTML escaping and the charts: escaped labels, no script, no
 * external reference, the same bytes for the same data. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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

static const char *label(const struct slant_svg_axis *a, size_t i)
{
	slant_buf_reset(&b);
	slant_svg_axis_label(&b, a, i);
	return b.data;
}

/* All the labels of an axis, space-separated. */
static const char *tick_labels(const struct slant_svg_axis *a)
{
	static char out[512];
	out[0] = 0;
	for (size_t i = 0; i < a->nticks; i++) {
		if (i)
			strcat(out, " ");
		strncat(out, label(a, i), sizeof out - strlen(out) - 2);
	}
	return out;
}

/* The step is 1, 2 or 5 times a power of ten. */
static int nice_step(double step)
{
	double p = pow(10, floor(log10(step) + 1e-9));
	double m = step / p;
	return fabs(m - 1) < 1e-9 || fabs(m - 2) < 1e-9 || fabs(m - 5) < 1e-9;
}

/* Linear axes over many ranges: nice steps, the data inside, both ends
 * ticks, no more intervals than asked and no smaller nice step that
 * would also fit, labels that read back as the tick's value. */
static void axis_properties(void)
{
	int bad = 0, tried = 0;
	for (int e = -4; e <= 5; e++) {
		for (int f = 1; f < 100; f += 3) {
			double hi = f / 10.0 * pow(10, e);
			for (size_t mi = 2; mi <= 8; mi++) {
				for (int sym = 0; sym < 2; sym++) {
					double lo = sym ? -hi * 0.7 : 0;
					struct slant_svg_axis a;
					slant_svg_axis_linear(&a, lo, hi, mi);
					tried++;
					double tol = a.step * 1e-9;
					int good = nice_step(a.step) &&
					           a.lo <= lo + tol &&
					           a.hi >= hi - tol &&
					           a.nticks - 1 <= mi &&
					           a.nticks >= 2;
					/* the next smaller nice step needs more
					 * intervals than allowed */
					double p = pow(
					    10, floor(log10(a.step) + 1e-9));
					double m = a.step / p, smaller;
					if (m < 1.5)
						smaller = 0.5 * p;
					else if (m < 3)
						smaller = p;
					else
						smaller = 2 * p;
					double n = ceil(hi / smaller - 1e-9) -
					           floor(lo / smaller + 1e-9);
					good = good && n > (double)mi;
					for (size_t i = 0; i < a.nticks; i++) {
						double v =
						    slant_svg_axis_value(&a, i);
						double back =
						    atof(label(&a, i));
						good = good && fabs(back - v) <=
						                   tol * 10;
					}
					if (!good && bad++ < 5)
						printf(
						    "# bad axis for [%g, %g] "
						    "max %zu: %s\n",
						    lo, hi, mi,
						    tick_labels(&a));
				}
			}
		}
	}
	ok(bad == 0,
	   "linear axes: %d ranges, nice steps covering the data "
	   "with the most ticks allowed, labels exact",
	   tried);
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

	slant_buf_reset(&b);
	slant_html_escape_wrap(&b, "loaded/language/attribution");
	is_str(b.data, "loaded/<wbr>language/<wbr>attribution",
	       "wrap: a break after each slash");
	slant_buf_reset(&b);
	slant_html_escape_wrap(&b, "civic-sentinel & international");
	is_str(b.data, "civic-sentinel &amp; international",
	       "wrap: words shorter than the limit untouched");
	slant_buf_reset(&b);
	slant_html_escape_wrap(&b, "ÄbcdefghijklmnopqrstuvwxyzÄbcdefghijk<");
	is_str(b.data, "Äbcdefghijklmnopqr<wbr>stuvwxyzÄbcdefghij<wbr>k&lt;",
	       "wrap: a break every 18 characters of a long run (UTF-8 "
	       "counted as characters, escaped)");

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

	/* the axes */
	static const struct {
		double lo, hi;
		size_t max;
		const char *want, *what;
	} lin[] = {
	    {0, 50, 5, "0 10 20 30 40 50", "0..50 in 5: 10s, the max a tick"},
	    {0, 43, 5, "0 10 20 30 40 50", "0..43: up to 50"},
	    {0, 0.37, 5, "0.0 0.1 0.2 0.3 0.4", "0..0.37: no float noise"},
	    {0, 0.3, 3, "0.0 0.1 0.2 0.3",
	     "0..0.3 in 3: 0.3 / 0.1 does not add an interval"},
	    {-3.7, 3.7, 6, "-4 -2 0 2 4", "symmetric: 0 is a tick"},
	    {0, 2409, 5, "0 500 1000 1500 2000 2500", "G2 2409: 500s"},
	    {0, 0.012, 5, "0.000 0.005 0.010 0.015",
	     "the decimals of the step"},
	    {0, 0, 5, "0.0 0.2 0.4 0.6 0.8 1.0", "empty range: 0..1"},
	};
	struct slant_svg_axis a;
	for (size_t i = 0; i < sizeof lin / sizeof *lin; i++) {
		slant_svg_axis_linear(&a, lin[i].lo, lin[i].hi, lin[i].max);
		is_str(tick_labels(&a), lin[i].want, "linear axis %s",
		       lin[i].what);
	}
	slant_svg_axis_linear(&a, NAN, INFINITY, 5);
	ok(a.lo == 0 && a.hi == 1, "non-finite range: 0..1");
	slant_svg_axis_linear(&a, 0, 50, 5);
	is_num(slant_svg_axis_pos(&a, 20, 100, 200), 140, 1e-12,
	       "position: linear between the ends");
	axis_properties();

	static const struct {
		double lo, hi;
		size_t max;
		const char *want, *what;
	} lg[] = {
	    {0.3, 42, 8, "0.2 0.5 1 2 5 10 20 50",
	     "0.3..42: 1-2-5 ticks, each with its own decimals"},
	    {0.3, 420, 8, "0.1 1 10 100 1000",
	     "0.3..420: too many 1-2-5 ticks, so decades"},
	    {2e-4, 3e5, 6, "0.0001 0.01 1 100 10000 1000000",
	     "ten decades in 6 ticks: every 2nd decade"},
	    {1, 1000, 8, "1 10 100 1000", "1..1000: exact powers of ten"},
	};
	for (size_t i = 0; i < sizeof lg / sizeof *lg; i++) {
		slant_svg_axis_log(&a, lg[i].lo, lg[i].hi, lg[i].max);
		is_str(tick_labels(&a), lg[i].want, "log axis %s", lg[i].what);
	}
	is_num(slant_svg_axis_pos(&a, 10, 0, 300), 100, 1e-9,
	       "log position: a decade is a third of three");
	ok(isnan(slant_svg_axis_pos(&a, 0, 0, 300)), "log position of 0: none");

	/* the dot chart: a scale per row, every label on its grid line */
	struct slant_svg_dot dv[2] = {{3, 2, 4}, {400, 300, 450}};
	const char *rare_common[] = {"rare", "common"};
	const char *one_panel[] = {"Own voice"};
	slant_buf_reset(&one);
	slant_svg_dots(&one, "t", one_panel, 1, rare_common, 2, 1, dv, NULL);
	ok(strstr(one.data, ">4</text>") && strstr(one.data, ">500</text>"),
	   "dots: each row on its own scale (0..4 and 0..500)");
	ok(strstr(one.data, "class=\"tick\"") &&
	       strstr(one.data, "class=\"grid\""),
	   "dots: ticks and grid lines marked for the browser test");
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
	ok(strstr(one.data, ">-6<") && strstr(one.data, ">6<") &&
	       strstr(one.data, ">0<") && !strstr(one.data, ">8<"),
	   "keyness: one symmetric 1-2-5 scale (-6 .. 6 in 2s for 4.2 and -3)");
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
