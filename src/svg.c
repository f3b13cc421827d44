/* svg.c: inline SVG charts. Sizes are in viewBox units (about pixels at
 * 720 wide); the element itself is width 100%. */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "svg.h"

#define W       720.0
#define LABEL_W 230.0
#define PLOT_X  (LABEL_W + 10)
#define PLOT_W  (W - PLOT_X - 20)
#define FONT    "font-family=\"system-ui,sans-serif\" font-size=\"12\""

void slant_html_escape(struct slant_buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': slant_buf_puts(b, "&amp;"); break;
		case '<': slant_buf_puts(b, "&lt;"); break;
		case '>': slant_buf_puts(b, "&gt;"); break;
		case '"': slant_buf_puts(b, "&quot;"); break;
		case '\'': slant_buf_puts(b, "&#39;"); break;
		default: slant_buf_putc(b, *s);
		}
	}
}

void slant_html_escape_cut(struct slant_buf *b, const char *s, size_t max)
{
	size_t chars = 0, i = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max)
			break;
	}
	if (!s[i]) {
		slant_html_escape(b, s);
		return;
	}
	/* cut one character earlier to make room for the ellipsis */
	size_t j = i;
	do
		j--;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
	char *t = slant_xstrndup(s, j);
	slant_html_escape(b, t);
	slant_buf_puts(b, "\xe2\x80\xa6");
	free(t);
}

void slant_html_escape_wrap(struct slant_buf *b, const char *s)
{
	size_t run = 0; /* characters since the last break opportunity */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c & 0xC0) != 0x80 && run == SLANT_HTML_WRAP) {
			slant_buf_puts(b, "<wbr>");
			run = 0;
		}
		char one[2] = {*s, 0};
		slant_html_escape(b, one);
		if (c == ' ' || c == '-')
			run = 0;
		else if ((c == '/' || c == '_') && s[1]) {
			slant_buf_puts(b, "<wbr>");
			run = 0;
		} else if ((c & 0xC0) != 0x80)
			run++;
	}
}

const char *slant_svg_color(size_t i)
{
	static const char *const pal[] = {"#1b6ca8", "#d95f02", "#2e8b57",
	                                  "#7b3294", "#b8860b", "#c51b7d",
	                                  "#4d4d4d", "#1a9e9e"};
	return pal[i % (sizeof pal / sizeof *pal)];
}

static void num(struct slant_buf *b, double x)
{
	if (!isfinite(x))
		x = 0;
	if (fabs(x) < 0.05)
		x = 0;
	slant_put_fixed(b, x, 1);
}

static void open_svg(struct slant_buf *b, const char *title, double h)
{
	slant_buf_puts(b,
	               "<svg class=\"chart\" role=\"img\" "
	               "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
	num(b, W);
	slant_buf_putc(b, ' ');
	num(b, h);
	slant_buf_puts(
	    b, "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" " FONT
	       "><title>");
	slant_html_escape(b, title);
	slant_buf_puts(b, "</title>\n");
}

static void text(struct slant_buf *b, double x, double y, const char *anchor,
                 const char *s, size_t cut, const char *extra)
{
	slant_buf_puts(b, "<text x=\"");
	num(b, x);
	slant_buf_puts(b, "\" y=\"");
	num(b, y);
	slant_buf_printf(b, "\" text-anchor=\"%s\"%s%s>", anchor,
	                 extra ? " " : "", extra ? extra : "");
	if (cut)
		slant_html_escape_cut(b, s, cut);
	else
		slant_html_escape(b, s);
	slant_buf_puts(b, "</text>\n");
}

static void line(struct slant_buf *b, double x1, double y1, double x2,
                 double y2, const char *stroke, double width, const char *cls)
{
	slant_buf_puts(b, "<line ");
	if (cls)
		slant_buf_printf(b, "class=\"%s\" ", cls);
	slant_buf_puts(b, "x1=\"");
	num(b, x1);
	slant_buf_puts(b, "\" y1=\"");
	num(b, y1);
	slant_buf_puts(b, "\" x2=\"");
	num(b, x2);
	slant_buf_puts(b, "\" y2=\"");
	num(b, y2);
	slant_buf_printf(b, "\" stroke=\"%s\" stroke-width=\"", stroke);
	num(b, width);
	slant_buf_puts(b, "\"/>\n");
}

static void rect(struct slant_buf *b, double x, double y, double w, double h,
                 const char *fill, const char *extra)
{
	slant_buf_puts(b, "<rect x=\"");
	num(b, x);
	slant_buf_puts(b, "\" y=\"");
	num(b, y);
	slant_buf_puts(b, "\" width=\"");
	num(b, w < 0 ? 0 : w);
	slant_buf_puts(b, "\" height=\"");
	num(b, h);
	slant_buf_printf(b, "\" fill=\"%s\"%s%s/>\n", fill, extra ? " " : "",
	                 extra ? extra : "");
}

/* ---- axes ---- */

static const double mantissa[] = {1, 2, 5};

/* floor(a / b) for b > 0, also for negative a */
static long floor_div(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

void slant_svg_axis_linear(struct slant_svg_axis *a, double lo, double hi,
                           size_t max_intervals)
{
	if (!isfinite(lo))
		lo = 0;
	if (!isfinite(hi))
		hi = 0;
	if (hi < lo) {
		double t = lo;
		lo = hi;
		hi = t;
	}
	if (hi == lo) {
		lo = fmin(lo, 0);
		hi = fmax(hi, 0);
	}
	if (hi == lo)
		hi = 1;
	/* two intervals always suffice once the step reaches the span; one
	 * may not (a range around 0 needs a tick at 0) */
	if (max_intervals < 2)
		max_intervals = 2;
	/* The first candidate is below the step that gives max_intervals:
	 * the smallest step that fits gives the most ticks. The tolerance
	 * keeps 0.3 / 0.1 = 2.9999999999999996 from adding an interval. */
	int k = (int)floor(log10((hi - lo) / (double)max_intervals)) - 1;
	for (;; k++) {
		for (size_t j = 0; j < 3; j++) {
			double step = mantissa[j] * pow(10, k);
			double f = floor(lo / step + 1e-9);
			double l = ceil(hi / step - 1e-9);
			if (l - f > (double)max_intervals)
				continue;
			*a = (struct slant_svg_axis){
			    .lo = f * step,
			    .hi = l * step,
			    .step = step,
			    .first = (long)f,
			    .nticks = (size_t)(l - f) + 1,
			    .decimals = k < 0 ? -k : 0,
			};
			return;
		}
	}
}

void slant_svg_axis_log(struct slant_svg_axis *a, double lo, double hi,
                        size_t max_ticks)
{
	if (!(hi > 0) || !isfinite(hi))
		hi = 1;
	if (!(lo > 0) || !isfinite(lo))
		lo = hi / 1000;
	if (hi <= lo)
		hi = 10 * lo;
	if (max_ticks < 2)
		max_ticks = 2;
	*a = (struct slant_svg_axis){.log = 1};
	/* 1-2-5 ticks, tick t = 3k + j at mantissa[j] * 10^k: the last at or
	 * below lo, the first at or above hi */
	long k = (long)floor(log10(lo)), t0 = 3 * k;
	for (long j = 2; j >= 0; j--)
		if (mantissa[j] * pow(10, (double)k) <= lo * (1 + 1e-9)) {
			t0 = 3 * k + j;
			break;
		}
	k = (long)floor(log10(hi));
	long t1 = 3 * (k + 1);
	for (long j = 0; j < 3; j++)
		if (mantissa[j] * pow(10, (double)k) >= hi * (1 - 1e-9)) {
			t1 = 3 * k + j;
			break;
		}
	if ((size_t)(t1 - t0 + 1) <= max_ticks) {
		a->first = t0;
		a->nticks = (size_t)(t1 - t0 + 1);
	} else {
		/* powers of ten, every stride-th decade */
		for (int s = 1;; s++) {
			long f = (long)floor((log10(lo) + 1e-9) / s);
			long l = (long)ceil((log10(hi) - 1e-9) / s);
			if ((size_t)(l - f + 1) <= max_ticks) {
				a->stride = s;
				a->first = f;
				a->nticks = (size_t)(l - f + 1);
				break;
			}
		}
	}
	a->lo = slant_svg_axis_value(a, 0);
	a->hi = slant_svg_axis_value(a, a->nticks - 1);
}

/* The power of ten and the mantissa of log tick i. */
static void log_tick(const struct slant_svg_axis *a, size_t i, long *k,
                     double *m)
{
	long t = a->first + (long)i;
	if (a->stride) {
		*k = t * a->stride;
		*m = 1;
	} else {
		*k = floor_div(t, 3);
		*m = mantissa[t - 3 * *k];
	}
}

double slant_svg_axis_value(const struct slant_svg_axis *a, size_t i)
{
	if (!a->log)
		return (double)(a->first + (long)i) * a->step;
	long k;
	double m;
	log_tick(a, i, &k, &m);
	return m * pow(10, (double)k);
}

void slant_svg_axis_label(struct slant_buf *b, const struct slant_svg_axis *a,
                          size_t i)
{
	int decimals = a->decimals;
	if (a->log) {
		long k;
		double m;
		log_tick(a, i, &k, &m);
		decimals = k < 0 ? (int)-k : 0;
	}
	slant_put_fixed(b, slant_svg_axis_value(a, i), decimals);
}

double slant_svg_axis_pos(const struct slant_svg_axis *a, double v, double x0,
                          double x1)
{
	double t;
	if (a->log)
		t = v > 0 ? (log10(v) - log10(a->lo)) /
		                (log10(a->hi) - log10(a->lo))
		          : NAN;
	else
		t = (v - a->lo) / (a->hi - a->lo);
	return x0 + (x1 - x0) * t;
}

/* A horizontal axis drawn from x0 to x1: per tick a vertical grid line
 * from y0 to y1 (the line at 0 darker when zero_line) and the tick's
 * label centred under it at label_y. The group and the classes mark what
 * the browser test checks: each "tick" label on a "grid" line of its
 * "axis", reading the value there. */
static void x_axis(struct slant_buf *b, const struct slant_svg_axis *a,
                   double x0, double x1, double y0, double y1, double label_y,
                   int zero_line)
{
	slant_buf_puts(b, a->log ? "<g class=\"axis\" data-scale=\"log\">\n"
	                         : "<g class=\"axis\">\n");
	for (size_t i = 0; i < a->nticks; i++) {
		double x =
		    slant_svg_axis_pos(a, slant_svg_axis_value(a, i), x0, x1);
		int zero = zero_line && !a->log && a->first + (long)i == 0;
		line(b, x, y0, x, y1, zero ? "#555" : "#d5d9de", zero ? 1.5 : 1,
		     "grid");
		struct slant_buf t;
		slant_buf_init(&t);
		slant_svg_axis_label(&t, a, i);
		text(b, x, label_y, "middle", t.data, 0,
		     "class=\"tick\" fill=\"#555\" font-size=\"10\"");
		slant_buf_release(&t);
	}
	slant_buf_puts(b, "</g>\n");
}

/* The range of the dots' estimates and intervals, NaNs left out. */
static void dots_range(const struct slant_svg_dot *d, size_t n, double *lo,
                       double *hi)
{
	for (size_t i = 0; i < n; i++) {
		const double v[] = {d[i].est, d[i].lo, d[i].hi};
		for (size_t j = 0; j < 3; j++) {
			if (!isfinite(v[j]))
				continue;
			*lo = fmin(*lo, v[j]);
			*hi = fmax(*hi, v[j]);
		}
	}
}

void slant_svg_dots(struct slant_buf *b, const char *title,
                    const char *const *panels, size_t npanels,
                    const char *const *rows, size_t nrows, size_t nseries,
                    const struct slant_svg_dot *v, const char *axis)
{
	/* Small multiples: each row (a dimension) has its own scale from 0,
	 * shared by its panels. Rates of dimensions differ by orders of
	 * magnitude; one scale for all rows squeezed most of them into its
	 * left edge. */
	double labw = 200, gap = 36;
	double pw = (W - labw - 10 - gap * (double)npanels) /
	            (double)(npanels ? npanels : 1);
	double band = 8.0 + 9.0 * (double)nseries; /* the dots of a row */
	double rowh = band + 16;                   /* and its tick labels */
	double top = 24;
	double bottom = top + rowh * (double)nrows;
	double h = bottom + 24;
	struct slant_svg_axis *ax = slant_xcalloc(nrows + 1, sizeof *ax);
	for (size_t r = 0; r < nrows; r++) {
		double lo = 0, hi = 0;
		for (size_t p = 0; p < npanels; p++)
			dots_range(&v[(p * nrows + r) * nseries], nseries, &lo,
			           &hi);
		slant_svg_axis_linear(&ax[r], lo, hi, 5);
	}
	open_svg(b, title, h);
	for (size_t r = 0; r < nrows; r++)
		if (r % 2)
			rect(b, 0, top + rowh * (double)r, W, rowh, "#f4f6f8",
			     NULL);
	for (size_t r = 0; r < nrows; r++)
		text(b, labw, top + rowh * (double)r + band / 2 + 4, "end",
		     rows[r], 30, NULL);
	for (size_t p = 0; p < npanels; p++) {
		double x0 = labw + 10 + gap / 2 + (pw + gap) * (double)p;
		double x1 = x0 + pw;
		text(b, x0 + pw / 2, 14, "middle", panels[p], 0,
		     "font-weight=\"600\"");
		if (axis)
			text(b, x0 + pw / 2, bottom + 16, "middle", axis, 0,
			     "fill=\"#333\"");
		for (size_t r = 0; r < nrows; r++) {
			double y0 = top + rowh * (double)r;
			x_axis(b, &ax[r], x0, x1, y0 + 2, y0 + band,
			       y0 + band + 11, 0);
			for (size_t s = 0; s < nseries; s++) {
				const struct slant_svg_dot *d =
				    &v[(p * nrows + r) * nseries + s];
				double y = y0 + 8.5 + 9.0 * (double)s;
				const char *c = slant_svg_color(s);
				if (isnan(d->est))
					continue;
				if (!isnan(d->lo) && !isnan(d->hi))
					line(b,
					     slant_svg_axis_pos(&ax[r], d->lo,
					                        x0, x1),
					     y,
					     slant_svg_axis_pos(&ax[r], d->hi,
					                        x0, x1),
					     y, c, 2, NULL);
				slant_buf_puts(b, "<circle cx=\"");
				num(b,
				    slant_svg_axis_pos(&ax[r], d->est, x0, x1));
				slant_buf_puts(b, "\" cy=\"");
				num(b, y);
				slant_buf_printf(
				    b, "\" r=\"3.5\" fill=\"%s\"/>\n", c);
			}
		}
	}
	slant_buf_puts(b, "</svg>\n");
	free(ax);
}

void slant_svg_bars(struct slant_buf *b, const char *title,
                    const struct slant_svg_bar *bars, size_t n, size_t color,
                    const char *axis)
{
	double max = 0;
	for (size_t i = 0; i < n; i++)
		if (isfinite(bars[i].value) && bars[i].value > max)
			max = bars[i].value;
	struct slant_svg_axis ax;
	slant_svg_axis_linear(&ax, 0, max, 5);
	double rowh = 20, top = 6, plotw = PLOT_W - 150;
	double bottom = top + rowh * (double)n;
	double h = top + rowh * (double)(n ? n : 1) + 40;
	open_svg(b, title, h);
	x_axis(b, &ax, PLOT_X, PLOT_X + plotw, top, bottom, bottom + 14, 0);
	if (axis)
		text(b, PLOT_X + plotw / 2, bottom + 30, "middle", axis, 0,
		     "fill=\"#333\"");
	for (size_t i = 0; i < n; i++) {
		double y = top + rowh * (double)i;
		text(b, LABEL_W, y + 14, "end", bars[i].label, 34, NULL);
		double w =
		    isfinite(bars[i].value) && bars[i].value > 0
		        ? slant_svg_axis_pos(&ax, bars[i].value, 0, plotw)
		        : 0;
		rect(b, PLOT_X, y + 4, w, rowh - 7, slant_svg_color(color),
		     NULL);
		if (bars[i].note)
			text(b, PLOT_X + w + 5, y + 14, "start", bars[i].note,
			     0, "fill=\"#333\"");
	}
	slant_buf_puts(b, "</svg>\n");
}

void slant_svg_heatmap(struct slant_buf *b, const char *title,
                       const char *const *labels, size_t n, const double *v)
{
	double max = 0;
	for (size_t i = 0; i < n * n; i++)
		if (isfinite(v[i]) && v[i] > max)
			max = v[i];
	double cell =
	    n ? (PLOT_W < 90.0 * (double)n ? PLOT_W / (double)n : 90) : 90;
	double top = 10, h = top + cell * (double)n + 20;
	open_svg(b, title, h);
	for (size_t i = 0; i < n; i++) {
		text(b, LABEL_W, top + cell * ((double)i + 0.5) + 4, "end",
		     labels[i], 34, NULL);
		for (size_t j = 0; j < n; j++) {
			double x = v[i * n + j];
			double t = isfinite(x) && max > 0 ? x / max : 0;
			/* white to deep blue */
			int rr = (int)lround(255 - t * (255 - 27));
			int gg = (int)lround(255 - t * (255 - 74));
			int bb = (int)lround(255 - t * (255 - 140));
			char fill[16];
			snprintf(fill, sizeof fill, "#%02x%02x%02x", rr, gg,
			         bb);
			double cx = PLOT_X + cell * (double)j;
			double cy = top + cell * (double)i;
			rect(b, cx, cy, cell - 2, cell - 2, fill, NULL);
			struct slant_buf s;
			slant_buf_init(&s);
			if (isfinite(x))
				slant_put_fixed(&s, x, 3);
			else
				slant_buf_puts(&s, "n/a");
			text(b, cx + cell / 2 - 1, cy + cell / 2 + 3, "middle",
			     s.data, 0,
			     t > 0.55 ? "fill=\"#fff\"" : "fill=\"#111\"");
			slant_buf_release(&s);
		}
	}
	/* column labels: the row labels' order, numbered to stay short */
	for (size_t j = 0; j < n; j++) {
		char k[32];
		snprintf(k, sizeof k, "(%zu)", j + 1);
		text(b, PLOT_X + cell * ((double)j + 0.5),
		     top + cell * (double)n + 14, "middle", k, 0,
		     "fill=\"#555\"");
	}
	slant_buf_puts(b, "</svg>\n");
}

void slant_svg_stacked(struct slant_buf *b, const char *title,
                       const char *const *rows, size_t nrows,
                       const char *const *segs, size_t nseg, const double *v)
{
	double rowh = 22, top = 6;
	double legend_rows = (double)((nseg + 2) / 3);
	double h = top + rowh * (double)nrows + 10 + 18 * legend_rows;
	open_svg(b, title, h);
	for (size_t r = 0; r < nrows; r++) {
		double y = top + rowh * (double)r, x = PLOT_X;
		text(b, LABEL_W, y + 15, "end", rows[r], 34, NULL);
		for (size_t s = 0; s < nseg; s++) {
			double share = v[r * nseg + s];
			if (!(share > 0))
				continue;
			double w = PLOT_W * share;
			rect(b, x, y + 4, w, rowh - 6, slant_svg_color(s),
			     NULL);
			if (w > 34) {
				struct slant_buf t;
				slant_buf_init(&t);
				slant_put_fixed(&t, 100 * share, 0);
				slant_buf_putc(&t, '%');
				text(b, x + w / 2, y + 16, "middle", t.data, 0,
				     "fill=\"#fff\"");
				slant_buf_release(&t);
			}
			x += w;
		}
	}
	double ly = top + rowh * (double)nrows + 14;
	for (size_t s = 0; s < nseg; s++) {
		double x = 10 + (W - 20) / 3 * (double)(s % 3);
		double y = ly + 18 * (double)(s / 3);
		rect(b, x, y - 9, 10, 10, slant_svg_color(s), NULL);
		text(b, x + 14, y, "start", segs[s], 30, NULL);
	}
	slant_buf_puts(b, "</svg>\n");
}

void slant_svg_strip(struct slant_buf *b, const char *title,
                     const char *const *rows, size_t nrows,
                     const double *const *vals, const size_t *n,
                     const struct slant_svg_dot *mean, const char *axis)
{
	double max = 0;
	for (size_t r = 0; r < nrows; r++) {
		for (size_t i = 0; i < n[r]; i++)
			if (fabs(vals[r][i]) > max)
				max = fabs(vals[r][i]);
		if (fabs(mean[r].lo) > max)
			max = fabs(mean[r].lo);
		if (fabs(mean[r].hi) > max)
			max = fabs(mean[r].hi);
	}
	/* symmetric around 0, so 0 is a tick and gets the darker line */
	struct slant_svg_axis ax;
	slant_svg_axis_linear(&ax, -max, max, 6);
	double rowh = 26, top = 10;
	double bottom = top + rowh * (double)nrows, h = bottom + 40;
	double x0 = PLOT_X, x1 = PLOT_X + PLOT_W;
	open_svg(b, title, h);
	for (size_t r = 0; r < nrows; r++)
		if (r % 2)
			rect(b, 0, top + rowh * (double)r, W, rowh, "#f4f6f8",
			     NULL);
	x_axis(b, &ax, x0, x1, top, bottom, bottom + 14, 1);
	if (axis)
		text(b, (x0 + x1) / 2, bottom + 30, "middle", axis, 0,
		     "fill=\"#333\"");
	for (size_t r = 0; r < nrows; r++) {
		double y = top + rowh * (double)r + rowh / 2;
		text(b, LABEL_W, y + 4, "end", rows[r], 34, NULL);
		for (size_t i = 0; i < n[r]; i++) {
			slant_buf_puts(b, "<circle cx=\"");
			num(b, slant_svg_axis_pos(&ax, vals[r][i], x0, x1));
			slant_buf_puts(b, "\" cy=\"");
			num(b, y);
			slant_buf_printf(b,
			                 "\" r=\"3\" fill=\"%s\" "
			                 "fill-opacity=\"0.35\"/>\n",
			                 slant_svg_color(0));
		}
		const struct slant_svg_dot *m = &mean[r];
		if (isnan(m->est))
			continue;
		if (!isnan(m->lo) && !isnan(m->hi))
			line(b, slant_svg_axis_pos(&ax, m->lo, x0, x1), y + 8,
			     slant_svg_axis_pos(&ax, m->hi, x0, x1), y + 8,
			     slant_svg_color(1), 2, NULL);
		double xm = slant_svg_axis_pos(&ax, m->est, x0, x1);
		line(b, xm, y + 3, xm, y + 13, slant_svg_color(1), 3, NULL);
	}
	slant_buf_puts(b, "</svg>\n");
}

/* ---- keyness and term map ---- */

static void open_link(struct slant_buf *b, const char *href)
{
	if (!href)
		return;
	slant_buf_puts(b, "<a href=\"");
	slant_html_escape(b, href);
	slant_buf_puts(b, "\">");
}

void slant_svg_keyness(struct slant_buf *b, const char *title,
                       const struct slant_svg_bar *bars, size_t n, size_t nover,
                       const char *over, const char *under, const char *axis)
{
	double max = 0;
	for (size_t i = 0; i < n; i++)
		if (isfinite(bars[i].value) && fabs(bars[i].value) > max)
			max = fabs(bars[i].value);
	/* symmetric ends that are multiples of the step keep 0 a tick */
	struct slant_svg_axis ax;
	slant_svg_axis_linear(&ax, -max, max, 6);
	/* the labels and notes sit outside the bars: the bars take the
	   middle half of the plot each side of 0 */
	double rowh = 18, top = 28, x0 = 20, pw = W - 40, mid = x0 + pw / 2;
	double half = pw / 2 * 0.52;
	double bottom = top + rowh * (double)(n ? n : 1);
	open_svg(b, title, bottom + 40);
	rect(b, mid + 4, 6, 10, 10, slant_svg_color(0), NULL);
	text(b, mid + 18, 15, "start", over, 40, NULL);
	rect(b, mid - 14, 6, 10, 10, slant_svg_color(1), NULL);
	text(b, mid - 18, 15, "end", under, 40, NULL);
	x_axis(b, &ax, mid - half, mid + half, top, bottom, bottom + 14, 1);
	if (axis)
		text(b, mid, bottom + 30, "middle", axis, 0, "fill=\"#333\"");
	for (size_t i = 0; i < n; i++) {
		double y = top + rowh * (double)i;
		if (i == nover && nover)
			line(b, x0, y, x0 + pw, y, "#bbb", 1, NULL);
		double v = isfinite(bars[i].value) ? bars[i].value : 0;
		double w = fabs(
		    slant_svg_axis_pos(&ax, v, mid - half, mid + half) - mid);
		bool right = i < nover;
		rect(b, right ? mid : mid - w, y + 3, w, rowh - 6,
		     slant_svg_color(right ? 0 : 1), NULL);
		struct slant_buf t;
		slant_buf_init(&t);
		slant_buf_puts(&t, bars[i].label);
		if (bars[i].note)
			slant_buf_printf(&t, " (%s)", bars[i].note);
		open_link(b, bars[i].href);
		text(b, right ? mid + w + 4 : mid - w - 4, y + 13,
		     right ? "start" : "end", t.data, 44, NULL);
		if (bars[i].href)
			slant_buf_puts(b, "</a>\n");
		slant_buf_release(&t);
	}
	slant_buf_puts(b, "</svg>\n");
}

struct box {
	double x0, y0, x1, y1;
};

static bool overlaps(const struct box *a, const struct box *bx, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a->x0 < bx[i].x1 && bx[i].x0 < a->x1 && a->y0 < bx[i].y1 &&
		    bx[i].y0 < a->y1)
			return true;
	return false;
}

void slant_svg_termmap(struct slant_buf *b, const char *title,
                       const struct slant_svg_point *pts, size_t n,
                       const char *over, const char *under, const char *xaxis,
                       const char *yaxis)
{
	double ymax = 0, xlo = INFINITY, xhi = 0;
	for (size_t i = 0; i < n; i++) {
		if (isfinite(pts[i].y) && fabs(pts[i].y) > ymax)
			ymax = fabs(pts[i].y);
		if (pts[i].x > 0 && pts[i].x < xlo)
			xlo = pts[i].x;
		if (pts[i].x > xhi)
			xhi = pts[i].x;
	}
	struct slant_svg_axis ay, ax;
	slant_svg_axis_linear(&ay, -ymax, ymax, 6);
	slant_svg_axis_log(&ax, isfinite(xlo) ? xlo : 1, xhi > 0 ? xhi : 10, 8);
	double left = 56, right = W - 16, top = 30, ph = 360;
	double bottom = top + ph, pw = right - left;
#define PX(v) slant_svg_axis_pos(&ax, (v), left, right)
#define PY(v) slant_svg_axis_pos(&ay, (v), bottom, top)
	open_svg(b, title, bottom + 44);
	rect(b, left, 8, 10, 10, slant_svg_color(0), NULL);
	text(b, left + 14, 17, "start", over, 40, NULL);
	rect(b, left + 260, 8, 10, 10, slant_svg_color(1), NULL);
	text(b, left + 274, 17, "start", under, 40, NULL);
	/* the vertical axis by hand: x_axis draws horizontal ones only */
	for (size_t i = 0; i < ay.nticks; i++) {
		double v = slant_svg_axis_value(&ay, i), y = PY(v);
		int zero = ay.first + (long)i == 0;
		line(b, left, y, right, y, zero ? "#555" : "#d5d9de",
		     zero ? 1.5 : 1, NULL);
		struct slant_buf t;
		slant_buf_init(&t);
		slant_svg_axis_label(&t, &ay, i);
		text(b, left - 6, y + 4, "end", t.data, 0,
		     "fill=\"#555\" font-size=\"10\"");
		slant_buf_release(&t);
	}
	x_axis(b, &ax, left, right, top, bottom, bottom + 14, 0);
	if (xaxis)
		text(b, left + pw / 2, bottom + 32, "middle", xaxis, 0,
		     "fill=\"#333\"");
	if (yaxis) {
		slant_buf_puts(b, "<g transform=\"translate(14 ");
		num(b, top + ph / 2);
		slant_buf_puts(b, ") rotate(-90)\">");
		text(b, 0, 0, "middle", yaxis, 0, "fill=\"#333\"");
		slant_buf_puts(b, "</g>\n");
	}
	/* dots: grey first, so the coloured ones stay on top */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			const struct slant_svg_point *p = &pts[i];
			if (!(p->x > 0) || !isfinite(p->y) ||
			    (pass == 0) != (p->side == 0))
				continue;
			slant_buf_puts(b, "<circle cx=\"");
			num(b, PX(p->x));
			slant_buf_puts(b, "\" cy=\"");
			num(b, PY(p->y));
			slant_buf_printf(b, "\" r=\"%s\" fill=\"%s\"/>\n",
			                 p->side ? "3" : "2",
			                 p->side > 0   ? slant_svg_color(0)
			                 : p->side < 0 ? slant_svg_color(1)
			                               : "#b8bec6");
		}
	/* labels, greedily where they fit */
	struct box *used = slant_xcalloc(n + 1, sizeof *used);
	size_t nused = 0;
	for (size_t i = 0; i < n; i++) {
		const struct slant_svg_point *p = &pts[i];
		if (!p->label || !(p->x > 0) || !isfinite(p->y))
			continue;
		double x = PX(p->x), y = PY(p->y);
		size_t chars = 0;
		for (const char *s = p->label; *s && chars < 24; s++)
			chars += ((unsigned char)*s & 0xC0) != 0x80;
		double tw = 6.2 * (double)chars + 2, th = 12;
		/* right, left, above, below the dot */
		const double cand[4][2] = {{x + 5, y + 4},
		                           {x - 5 - tw, y + 4},
		                           {x - tw / 2, y - 6},
		                           {x - tw / 2, y + 15}};
		for (int c = 0; c < 4; c++) {
			/* a label that would cross the plot's edge is pushed
			   inside: the extreme terms, at the edges, are the
			   ones a reader most wants named */
			double lx = cand[c][0], ly = cand[c][1];
			lx += fmax(0, left - lx) - fmax(0, lx + tw - right);
			ly += fmax(0, top + th - 2 - ly) -
			      fmax(0, ly + 2 - bottom);
			struct box bx = {lx, ly - th + 2, lx + tw, ly + 2};
			if (overlaps(&bx, used, nused))
				continue;
			used[nused++] = bx;
			open_link(b, p->href);
			text(b, bx.x0, ly, "start", p->label, 24,
			     "font-size=\"11\"");
			if (p->href)
				slant_buf_puts(b, "</a>\n");
			break;
		}
	}
	free(used);
#undef PX
#undef PY
	slant_buf_puts(b, "</svg>\n");
}
