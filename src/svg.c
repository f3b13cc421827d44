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
                 double y2, const char *stroke, double width)
{
	slant_buf_puts(b, "<line x1=\"");
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

/* A "nice" upper bound for an axis (1, 2, 2.5 or 5 times a power of 10). */
static double nice_max(double x)
{
	if (!(x > 0) || !isfinite(x))
		return 1;
	double p = pow(10, floor(log10(x)));
	static const double steps[] = {1, 2, 2.5, 5, 10};
	for (size_t i = 0; i < 5; i++)
		if (steps[i] * p >= x * (1 - 1e-12))
			return steps[i] * p;
	return 10 * p;
}

void slant_svg_dots(struct slant_buf *b, const char *title,
                    const char *const *panels, size_t npanels,
                    const char *const *rows, size_t nrows, size_t nseries,
                    const struct slant_svg_dot *v, const char *axis)
{
	double max = 0;
	size_t nv = npanels * nrows * nseries;
	for (size_t i = 0; i < nv; i++) {
		double hi = isnan(v[i].hi) ? v[i].est : v[i].hi;
		if (hi > max)
			max = hi;
	}
	max = nice_max(max);
	double labw = 200, gap = 24;
	double pw = (W - labw - 10 - gap * (double)npanels) /
	            (double)(npanels ? npanels : 1);
	double rowh = 8.0 + 9.0 * (double)nseries, top = 24;
	double bottom = top + rowh * (double)nrows;
	double h = bottom + 40;
	open_svg(b, title, h);
	for (size_t r = 0; r < nrows; r++)
		if (r % 2)
			rect(b, 0, top + rowh * (double)r, W, rowh, "#f4f6f8",
			     NULL);
	for (size_t r = 0; r < nrows; r++)
		text(b, labw, top + rowh * (double)r + rowh / 2 + 4, "end",
		     rows[r], 30, NULL);
	for (size_t p = 0; p < npanels; p++) {
		double x0 = labw + 10 + gap / 2 + (pw + gap) * (double)p;
		text(b, x0 + pw / 2, 14, "middle", panels[p], 0,
		     "font-weight=\"600\"");
		for (int i = 0; i <= 4; i++) {
			double x = x0 + pw * i / 4;
			line(b, x, top, x, bottom, "#d5d9de", 1);
			struct slant_buf t;
			slant_buf_init(&t);
			slant_put_fixed(&t, max * i / 4,
			                max >= 10  ? 0
			                : max >= 1 ? 1
			                           : 2);
			text(b, x, bottom + 14, "middle", t.data, 0,
			     "fill=\"#555\"");
			slant_buf_release(&t);
		}
		if (axis)
			text(b, x0 + pw / 2, bottom + 30, "middle", axis, 0,
			     "fill=\"#333\"");
		for (size_t r = 0; r < nrows; r++) {
			double y0 = top + rowh * (double)r;
			for (size_t s = 0; s < nseries; s++) {
				const struct slant_svg_dot *d =
				    &v[(p * nrows + r) * nseries + s];
				double y = y0 + 8.5 + 9.0 * (double)s;
				const char *c = slant_svg_color(s);
				if (isnan(d->est))
					continue;
				if (!isnan(d->lo) && !isnan(d->hi))
					line(b, x0 + pw * d->lo / max, y,
					     x0 + pw * d->hi / max, y, c, 2);
				slant_buf_puts(b, "<circle cx=\"");
				num(b, x0 + pw * d->est / max);
				slant_buf_puts(b, "\" cy=\"");
				num(b, y);
				slant_buf_printf(
				    b, "\" r=\"3.5\" fill=\"%s\"/>\n", c);
			}
		}
	}
	slant_buf_puts(b, "</svg>\n");
}

void slant_svg_bars(struct slant_buf *b, const char *title,
                    const struct slant_svg_bar *bars, size_t n, size_t color,
                    const char *axis)
{
	double max = 0;
	for (size_t i = 0; i < n; i++)
		if (bars[i].value > max)
			max = bars[i].value;
	max = nice_max(max);
	double rowh = 20, top = 6, plotw = PLOT_W - 150;
	double h = top + rowh * (double)(n ? n : 1) + 40;
	open_svg(b, title, h);
	for (int i = 0; i <= 4; i++) {
		double x = PLOT_X + plotw * i / 4;
		line(b, x, top, x, top + rowh * (double)n, "#ddd", 1);
		struct slant_buf t;
		slant_buf_init(&t);
		slant_put_fixed(&t, max * i / 4, max >= 10 ? 0 : 1);
		text(b, x, top + rowh * (double)n + 14, "middle", t.data, 0,
		     "fill=\"#555\"");
		slant_buf_release(&t);
	}
	if (axis)
		text(b, PLOT_X + plotw / 2, top + rowh * (double)n + 30,
		     "middle", axis, 0, "fill=\"#333\"");
	for (size_t i = 0; i < n; i++) {
		double y = top + rowh * (double)i;
		text(b, LABEL_W, y + 14, "end", bars[i].label, 34, NULL);
		double w = isfinite(bars[i].value) && bars[i].value > 0
		               ? plotw * bars[i].value / max
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
	max = nice_max(max);
	double rowh = 26, top = 10;
	double bottom = top + rowh * (double)nrows, h = bottom + 40;
	double mid = PLOT_X + PLOT_W / 2, half = PLOT_W / 2;
	open_svg(b, title, h);
	for (size_t r = 0; r < nrows; r++)
		if (r % 2)
			rect(b, 0, top + rowh * (double)r, W, rowh, "#f4f6f8",
			     NULL);
	/* the scale: -max .. 0 .. max, a tick label on each grid line */
	for (int i = -2; i <= 2; i++) {
		double x = mid + half * i / 2;
		line(b, x, top, x, bottom, i ? "#d5d9de" : "#555", i ? 1 : 1.5);
		struct slant_buf t;
		slant_buf_init(&t);
		double v = max * i / 2;
		slant_put_fixed(&t, v, max >= 20 ? 0 : max >= 2 ? 1 : 2);
		text(b, x, bottom + 14, "middle", t.data, 0, "fill=\"#555\"");
		slant_buf_release(&t);
	}
	if (axis)
		text(b, mid, bottom + 30, "middle", axis, 0, "fill=\"#333\"");
	for (size_t r = 0; r < nrows; r++) {
		double y = top + rowh * (double)r + rowh / 2;
		text(b, LABEL_W, y + 4, "end", rows[r], 34, NULL);
		for (size_t i = 0; i < n[r]; i++) {
			slant_buf_puts(b, "<circle cx=\"");
			num(b, mid + half * vals[r][i] / max);
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
			line(b, mid + half * m->lo / max, y + 8,
			     mid + half * m->hi / max, y + 8,
			     slant_svg_color(1), 2);
		line(b, mid + half * m->est / max, y + 3,
		     mid + half * m->est / max, y + 13, slant_svg_color(1), 3);
	}
	slant_buf_puts(b, "</svg>\n");
}

/* ---- keyness and term map ---- */

/* Ticks at multiples of a 1-2-5 step from 0 to a max that is one of
 * them: about `want` intervals. Returns the step; *max is raised to the
 * last tick. */
static double step125(double *max, int want)
{
	double x = *max > 0 && isfinite(*max) ? *max : 1;
	double raw = x / want, p = pow(10, floor(log10(raw)));
	double step = raw <= p       ? p
	              : raw <= 2 * p ? 2 * p
	              : raw <= 5 * p ? 5 * p
	                             : 10 * p;
	*max = step * ceil(x / step - 1e-9);
	return step;
}

/* A tick label: as many decimals as the step needs. */
static void tick_label(struct slant_buf *t, double v, double step)
{
	int dec = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
	if (fabs(v) < step * 1e-6)
		v = 0;
	slant_put_fixed(t, v, dec);
}

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
	double step = step125(&max, 2);
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
	for (double v = -max; v <= max + step * 1e-6; v += step) {
		double x = mid + half * v / max;
		line(b, x, top, x, bottom, fabs(v) < step / 2 ? "#888" : "#ddd",
		     1);
		struct slant_buf t;
		slant_buf_init(&t);
		tick_label(&t, v, step);
		text(b, x, bottom + 14, "middle", t.data, 0, "fill=\"#555\"");
		slant_buf_release(&t);
	}
	if (axis)
		text(b, mid, bottom + 30, "middle", axis, 0, "fill=\"#333\"");
	for (size_t i = 0; i < n; i++) {
		double y = top + rowh * (double)i;
		if (i == nover && nover)
			line(b, x0, y, x0 + pw, y, "#bbb", 1);
		double v = isfinite(bars[i].value) ? bars[i].value : 0;
		double w = half * fabs(v) / max;
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
	double ystep = step125(&ymax, 2);
	/* x: whole decades around the data */
	double d0 = isfinite(xlo) ? floor(log10(xlo)) : 0;
	double d1 = xhi > 0 ? ceil(log10(xhi)) : 1;
	if (d1 <= d0)
		d1 = d0 + 1;
	double left = 56, right = W - 16, top = 30, ph = 360;
	double bottom = top + ph, pw = right - left;
#define PX(v) (left + pw * (log10(v) - d0) / (d1 - d0))
#define PY(v) (top + ph / 2 - ph / 2 * (v) / ymax)
	open_svg(b, title, bottom + 44);
	rect(b, left, 8, 10, 10, slant_svg_color(0), NULL);
	text(b, left + 14, 17, "start", over, 40, NULL);
	rect(b, left + 260, 8, 10, 10, slant_svg_color(1), NULL);
	text(b, left + 274, 17, "start", under, 40, NULL);
	for (double v = -ymax; v <= ymax + ystep * 1e-6; v += ystep) {
		double y = PY(v);
		line(b, left, y, right, y,
		     fabs(v) < ystep / 2 ? "#888" : "#ddd", 1);
		struct slant_buf t;
		slant_buf_init(&t);
		tick_label(&t, v, ystep);
		text(b, left - 6, y + 4, "end", t.data, 0, "fill=\"#555\"");
		slant_buf_release(&t);
	}
	/* decades, with 2 and 5 between them when there are few */
	bool fine = d1 - d0 <= 2;
	for (double d = d0; d <= d1; d++) {
		static const double mult[] = {1, 2, 5};
		for (size_t k = 0; k < (fine ? 3u : 1u); k++) {
			double v = mult[k] * pow(10, d);
			if (log10(v) > d1 + 1e-9)
				break;
			double x = PX(v);
			line(b, x, top, x, bottom, "#ddd", 1);
			struct slant_buf t;
			slant_buf_init(&t);
			slant_put_fixed(&t, v, v < 1 ? 2 : 0);
			text(b, x, bottom + 14, "middle", t.data, 0,
			     "fill=\"#555\"");
			slant_buf_release(&t);
		}
	}
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
