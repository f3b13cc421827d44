/* svg.h: inline SVG charts for the HTML report, and HTML escaping.
 *
 * Every chart is a self-contained <svg> element with a viewBox (it scales
 * to the width of its container: readable on a phone), a <title> for
 * screen readers, and no script, style sheet or external reference.
 * Coordinates are printed with a fixed number of decimals
 * (slant_put_fixed), so the bytes depend only on the data. Every string
 * passed in (labels from a corpus or a lexicon) is escaped, in text and in
 * attributes alike. Every axis is a <g class="axis"> (data-scale="log"
 * when logarithmic) holding its grid lines (<line class="grid">) and tick
 * labels (<text class="tick">, each at its line's x): a test can check
 * from the markup alone that the labels read true.
 */
#ifndef SLANT_SVG_H
#define SLANT_SVG_H

#include <stddef.h>

#include "mem.h"

/* s with & < > " ' written as entities (safe in text and in quoted
 * attributes of HTML and SVG). */
void slant_html_escape(struct slant_buf *b, const char *s);
/* The same for at most max characters of s, with "…" when cut. */
void slant_html_escape_cut(struct slant_buf *b, const char *s, size_t max);
/* slant_html_escape with line-break opportunities (<wbr>) for table
 * cells: after each '/' and '_' (lexicon paths, file names) and within any
 * run of more than SLANT_HTML_WRAP characters without a space, hyphen or
 * such a break, so that a long name widens no column beyond about that
 * many characters while shorter words never break. HTML text only, not
 * attributes. */
#define SLANT_HTML_WRAP 18
void slant_html_escape_wrap(struct slant_buf *b, const char *s);

/* The colour of series i (a palette that stays distinct in grey print). */
const char *slant_svg_color(size_t i);

/* An axis with "nice" ticks, shared by every chart so that each tick label
 * is the exact value at its grid line. Linear: ticks every step, a step of
 * 1, 2 or 5 times a power of ten, from lo to hi (both ticks, lo <= the
 * data's least, hi >= its greatest). Log (base 10): ticks at 1, 2 and 5
 * times each power of ten, or where that is too many, at powers of ten
 * (every decade, or every 2nd, 3rd ... decade), again with both ends ticks.
 * Labels carry the decimals the ticks need and no more ("0.5", "20",
 * "0.002"); a linear axis gives all its labels the same decimals. */
struct slant_svg_axis {
	double lo, hi; /* the ends of the axis (the first and last tick) */
	double step;   /* linear: between ticks; log: 0 */
	long first;    /* index of the first tick (see slant_svg_axis_value) */
	size_t nticks; /* ticks, both ends included (>= 2) */
	int stride;    /* log: 0 for 1-2-5 ticks, else decades per tick */
	int decimals;  /* linear: the decimals of every label */
	int log;       /* 1 for a log10 axis */
};

/* The linear axis over [lo, hi] with the largest number of ticks whose
 * intervals are at most max_intervals (a 1-2-5 step; at least one
 * interval). Non-finite or empty ranges become [min(lo,0), max(hi,0)], and
 * [0, 1] when that is empty too. */
void slant_svg_axis_linear(struct slant_svg_axis *a, double lo, double hi,
                           size_t max_intervals);
/* The log10 axis over [lo, hi] (lo > 0; a non-positive or non-finite lo
 * becomes hi / 1000, a hi <= lo becomes 10 lo) with at most max_ticks ticks
 * (at least 2). */
void slant_svg_axis_log(struct slant_svg_axis *a, double lo, double hi,
                        size_t max_ticks);
/* The value of tick i (i < a->nticks). */
double slant_svg_axis_value(const struct slant_svg_axis *a, size_t i);
/* Tick i's label appended to b: its value, with the decimals it needs. */
void slant_svg_axis_label(struct slant_buf *b, const struct slant_svg_axis *a,
                          size_t i);
/* Where v falls on the axis drawn from x0 (at lo) to x1 (at hi); values
 * outside [lo, hi] extrapolate. On a log axis v <= 0 has no place: NaN. */
double slant_svg_axis_pos(const struct slant_svg_axis *a, double v, double x0,
                          double x1);

struct slant_svg_dot {
	double est, lo, hi; /* NaN lo/hi: no interval; NaN est: no dot */
};

/* Dot-and-interval chart: one row per label, one dot (with its interval)
 * per series in each row, series offset vertically, in npanels panels side
 * by side sharing the labels; v is npanels * nrows * nseries (panel, row,
 * series). Small multiples: each row has its own linear scale from 0 (or
 * its least value) to a nice value above its greatest, shared by the
 * row's panels, with its tick labels under it. */
void slant_svg_dots(struct slant_buf *b, const char *title,
                    const char *const *panels, size_t npanels,
                    const char *const *rows, size_t nrows, size_t nseries,
                    const struct slant_svg_dot *v, const char *axis);

/* Horizontal bars of value (>= 0), labelled, with a note after each bar
 * (counts, effect sizes). */
struct slant_svg_bar {
	const char *label;
	double value;
	const char *note;
	const char *href; /* keyness, term map: a link on the label (NULL) */
};
void slant_svg_bars(struct slant_buf *b, const char *title,
                    const struct slant_svg_bar *bars, size_t n, size_t color,
                    const char *axis);

/* Heat map of an n x n matrix (row-major) with the values printed in the
 * cells; darker is larger. */
void slant_svg_heatmap(struct slant_buf *b, const char *title,
                       const char *const *labels, size_t n, const double *v);

/* One stacked bar per row: shares (summing to 1 or 0) of nseg segments,
 * coloured by segment; v is nrows * nseg. Segment names in a legend. */
void slant_svg_stacked(struct slant_buf *b, const char *title,
                       const char *const *rows, size_t nrows,
                       const char *const *segs, size_t nseg, const double *v);

/* A strip chart of differences: one row per label with a dot per value
 * (vals[r] holds n[r] values, e.g. one difference per event) on a scale
 * symmetric around 0, a line at 0, and under the dots the row's mean with
 * its interval (mean[r]: NaN est draws none). */
void slant_svg_strip(struct slant_buf *b, const char *title,
                     const char *const *rows, size_t nrows,
                     const double *const *vals, const size_t *n,
                     const struct slant_svg_dot *mean, const char *axis);

/* Two-sided keyness (quanteda's textplot_keyness): bars[0..nover) are
 * positive (the target's over-use, drawn right of 0 in colour 0), the
 * rest negative (the reference's, drawn left in colour 1), on one scale
 * symmetric around 0 with 1-2-5 ticks; the label sits at the bar's
 * outer end with its note, and links to href when given. over and under
 * name the two sides in the legend. */
void slant_svg_keyness(struct slant_buf *b, const char *title,
                       const struct slant_svg_bar *bars, size_t n, size_t nover,
                       const char *over, const char *under, const char *axis);

/* A term map (scattertext's frequency-association plot): one dot per
 * term at x = its frequency (log scale, x > 0) and y = its association
 * (symmetric scale around 0: positive the target's). side +1 / -1 colours
 * a significant term by the side that uses it more (0: grey). Labels are
 * drawn for the points with one, in the order given, where they do not
 * overlap an earlier label (the rest stay unlabelled dots); a label links
 * to href when given. */
struct slant_svg_point {
	double x, y;
	int side;
	const char *label; /* NULL: a dot only */
	const char *href;
};
void slant_svg_termmap(struct slant_buf *b, const char *title,
                       const struct slant_svg_point *pts, size_t n,
                       const char *over, const char *under, const char *xaxis,
                       const char *yaxis);

#endif
