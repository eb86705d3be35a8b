/*
 * svg.c - chart and map geometry for the templates (see svg.h). Only
 * numbers and fixed strings leave this file; the markup is in
 * templates/dashboard_chart.tpl and dashboard_map.tpl. The outlines a map
 * draws were projected from GeoJSON by domain/geo.c.
 */
#include "render/svg.h"
#include "lib/buf.h"
#include "render/tpl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *const svg_palette[SVG_PALETTE_N] = {
	"#00594f",   /* brand teal */
	"#b35c00",   /* orange */
	"#5b3a8c",   /* purple */
	"#6b6f6d",   /* grey */
	"#1f5fa8",   /* blue */
	"#a0224e",   /* wine */
};
const char *const svg_dashes[SVG_PALETTE_N] = { "none", "8 4", "2 3", "12 4 2 4", "4 4", "1 2" };
const char *const svg_heat_fill[6] = { "#f3f5f4", "#d8ede9", "#a9d5cd", "#5fae9f", "#00796b", "#00443c" };
const char *const svg_heat_text[6] = { "#1a1a1a", "#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff" };

/* The chart frame in user units; the page scales it (viewBox). */
#define W 720.0
#define H 300.0
#define LEFT 56.0
#define RIGHT 16.0
#define TOP 16.0
#define BOTTOM 40.0
#define PLOT_W (W - LEFT - RIGHT)
#define PLOT_H (H - TOP - BOTTOM)

void svg_format_number(double v, int decimals, char *out, size_t size)
{
	char tmp[64];
	int neg = v < 0;

	if (neg)
		v = -v;
	snprintf(tmp, sizeof(tmp), "%.*f", decimals > 0 ? 1 : 0, v);
	/* Thousands with a point, decimals with a comma, as Dutch readers expect. */
	char *dot = strchr(tmp, '.');
	size_t int_len = dot ? (size_t)(dot - tmp) : strlen(tmp);
	struct buf b = BUF_INIT;
	if (neg)
		buf_addch(&b, '-');
	for (size_t i = 0; i < int_len; i++) {
		if (i && (int_len - i) % 3 == 0)
			buf_addch(&b, '.');
		buf_addch(&b, tmp[i]);
	}
	if (dot) {
		buf_addch(&b, ',');
		buf_addstr(&b, dot + 1);
	}
	snprintf(out, size, "%s", b.buf);
	buf_release(&b);
}

void svg_nice_axis(double max, int ticks, double *top, double *step)
{
	if (ticks < 1)
		ticks = 1;
	if (max <= 0)
		max = 1;
	double raw = max / ticks;
	double p = pow(10, floor(log10(raw)));
	double s;
	if (raw <= p)
		s = p;
	else if (raw <= 2 * p)
		s = 2 * p;
	else if (raw <= 5 * p)
		s = 5 * p;
	else
		s = 10 * p;
	if (s < 1)
		s = 1;   /* counts are whole numbers */
	*step = s;
	*top = s * ceil(max / s - 1e-9);
	if (*top < s)
		*top = s;
}

static void value_text(const struct svg_chart *c, double v, char *out, size_t size)
{
	svg_format_number(v, c->procent, out, size);
	if (c->procent)
		strncat(out, "%", size - strlen(out) - 1);
}

/* Grid, y labels, x labels, norm line and title: what both kinds share. Returns the y top. */
static double frame(struct tpl_dict *d, const struct svg_chart *c, double max, double slot)
{
	double top, step;
	char num[32];

	if (c->procent) {
		top = 100;
		step = 20;
	} else {
		svg_nice_axis(max, 5, &top, &step);
	}
	tpl_set(d, "ID", c->id);
	tpl_set(d, "TITEL", c->titel);
	tpl_set(d, "DESC", c->omschrijving);
	tpl_setf(d, "W", "%.0f", W);
	tpl_setf(d, "H", "%.0f", H);
	tpl_setf(d, "LEFT", "%.1f", LEFT);
	tpl_setf(d, "RIGHT_X", "%.1f", W - RIGHT);
	tpl_setf(d, "BASE_Y", "%.1f", TOP + PLOT_H);
	tpl_setf(d, "TOP_Y", "%.1f", TOP);
	for (double v = 0; v <= top + 1e-9; v += step) {
		struct tpl_dict *t = tpl_section(d, "YTICK");
		double y = TOP + PLOT_H - v / top * PLOT_H;
		tpl_setf(t, "Y", "%.1f", y);
		tpl_setf(t, "TY", "%.1f", y + 4.5);
		tpl_setf(t, "TX", "%.1f", LEFT - 8);
		/* Axis steps are round numbers: no decimals there. */
		svg_format_number(v, 0, num, sizeof(num));
		if (c->procent)
			strncat(num, "%", sizeof(num) - strlen(num) - 1);
		tpl_set(t, "LABEL", num);
	}
	/* At most ~14 labels fit along 650 units at this font size. */
	int every = c->n > 14 ? (c->n + 13) / 14 : 1;
	for (int i = 0; i < c->n; i++) {
		if ((c->n - 1 - i) % every)
			continue;   /* keep the latest bucket labelled */
		struct tpl_dict *x = tpl_section(d, "XLABEL");
		tpl_setf(x, "X", "%.1f", LEFT + slot * (i + 0.5));
		tpl_setf(x, "Y", "%.1f", TOP + PLOT_H + 22);
		tpl_set(x, "LABEL", c->labels[i]);
	}
	if (c->norm >= 0 && c->norm <= top) {
		struct tpl_dict *nd = tpl_section(d, "NORM");
		double y = TOP + PLOT_H - c->norm / top * PLOT_H;
		tpl_setf(nd, "Y", "%.1f", y);
		tpl_setf(nd, "TY", "%.1f", y - 5);
		tpl_setf(nd, "TX", "%.1f", W - RIGHT - 4);
		tpl_set(nd, "LABEL", c->norm_label ? c->norm_label : "");
	}
	return top;
}

static void legend(struct tpl_dict *d, const struct svg_chart *c, const struct svg_series *s, int ns, int dashed)
{
	for (int k = 0; k < ns; k++) {
		struct tpl_dict *l = tpl_section(d, "LEGEND");
		tpl_set(l, "NAAM", s[k].naam);
		tpl_set(l, "FILL", svg_palette[k % SVG_PALETTE_N]);
		tpl_set(l, "DASH", dashed ? svg_dashes[k % SVG_PALETTE_N] : "none");
	}
	if (c->running > 0 && c->running <= c->n)
		tpl_set(tpl_section(d, "RUNNING"), "TEXT", dashed ?
			"* loopt nog (open punt): de cijfers zijn nog niet af" :
			"* loopt nog (lichtere staaf): de cijfers zijn nog niet af");
}

void svg_line_chart(struct tpl_dict *d, const struct svg_chart *c, const struct svg_series *s, int ns)
{
	double slot = c->n > 0 ? PLOT_W / c->n : PLOT_W, max = 0;
	char num[32];

	for (int k = 0; k < ns; k++)
		for (int i = 0; i < c->n; i++)
			if (s[k].v[i] > max)
				max = s[k].v[i];
	double top = frame(d, c, max, slot);
	tpl_show(d, "LINES");
	for (int k = 0; k < ns; k++) {
		struct tpl_dict *line = tpl_section(d, "LINE");
		const char *colour = svg_palette[k % SVG_PALETTE_N];
		tpl_set(line, "STROKE", colour);
		tpl_set(line, "DASH", svg_dashes[k % SVG_PALETTE_N]);
		struct buf pts = BUF_INIT;
		int in_seg = 0;
		for (int i = 0; i <= c->n; i++) {
			int has = i < c->n && s[k].v[i] >= 0;
			if (!has) {
				/* A gap ends the run: a line never bridges a bucket without a value. */
				if (in_seg) {
					struct tpl_dict *seg = tpl_section(line, "SEG");
					tpl_set(seg, "POINTS", pts.buf);
					buf_reset(&pts);
					in_seg = 0;
				}
				continue;
			}
			double x = LEFT + slot * (i + 0.5), y = TOP + PLOT_H - s[k].v[i] / top * PLOT_H;
			buf_addf(&pts, "%s%.1f,%.1f", in_seg ? " " : "", x, y);
			in_seg = 1;
			struct tpl_dict *dot = tpl_section(line, "DOT");
			tpl_setf(dot, "CX", "%.1f", x);
			tpl_setf(dot, "CY", "%.1f", y);
			/* A running bucket's point is open: a ring in the series' colour. */
			int running = i == c->running - 1;
			tpl_set(dot, "FILL", running ? "#ffffff" : colour);
			tpl_set(dot, "RING", running ? colour : "#ffffff");
			value_text(c, s[k].v[i], num, sizeof(num));
			tpl_setf(dot, "TITLE", "%s, %s: %s", s[k].naam, c->labels_lang[i], num);
		}
		buf_release(&pts);
	}
	legend(d, c, s, ns, 1);
}

void svg_bar_chart(struct tpl_dict *d, const struct svg_chart *c, const struct svg_series *s, int ns)
{
	double slot = c->n > 0 ? PLOT_W / c->n : PLOT_W, max = 0;
	char num[32];

	for (int i = 0; i < c->n; i++) {
		double sum = 0;
		for (int k = 0; k < ns; k++)
			if (s[k].v[i] > 0)
				sum += s[k].v[i];
		if (sum > max)
			max = sum;
	}
	double top = frame(d, c, max, slot);
	double bw = slot * 0.7;
	if (bw > 48)
		bw = 48;
	for (int i = 0; i < c->n; i++) {
		double base = 0;
		for (int k = 0; k < ns; k++) {
			double v = s[k].v[i];
			if (v <= 0)
				continue;
			double y0 = TOP + PLOT_H - base / top * PLOT_H, y1 = TOP + PLOT_H - (base + v) / top * PLOT_H;
			struct tpl_dict *b = tpl_section(d, "BAR");
			tpl_setf(b, "X", "%.1f", LEFT + slot * (i + 0.5) - bw / 2);
			tpl_setf(b, "Y", "%.1f", y1);
			tpl_setf(b, "BW", "%.1f", bw);
			tpl_setf(b, "BH", "%.1f", y0 - y1);
			tpl_set(b, "FILL", svg_palette[k % SVG_PALETTE_N]);
			tpl_set(b, "OPACITY", i == c->running - 1 ? "0.45" : "1");
			value_text(c, v, num, sizeof(num));
			tpl_setf(b, "TITLE", "%s, %s: %s", s[k].naam, c->labels_lang[i], num);
			base += v;
		}
	}
	legend(d, c, s, ns, 0);
}

void svg_map(struct tpl_dict *d, const char *id, const char *titel, const char *omschrijving,
	     const struct svg_map_area *a, int n)
{
	double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;

	for (int i = 0; i < n; i++) {
		minx = fmin(minx, a[i].shape.minx);
		miny = fmin(miny, a[i].shape.miny);
		maxx = fmax(maxx, a[i].shape.maxx);
		maxy = fmax(maxy, a[i].shape.maxy);
	}
	if (n == 0 || !(maxx > minx) || !(maxy > miny)) {
		minx = miny = 0;
		maxx = maxy = 100;
	}
	double w = maxx - minx, h = maxy - miny, m = fmax(w, h) * 0.03;
	double big = fmax(w, h);
	tpl_set(d, "ID", id);
	tpl_set(d, "TITEL", titel);
	tpl_set(d, "DESC", omschrijving);
	tpl_setf(d, "VIEWBOX", "%.1f %.1f %.1f %.1f", minx - m, miny - m, w + 2 * m, h + 2 * m);
	/* Labels scale with the map, so they read the same at any zoom. */
	double fs = big / 38;
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(d, "AREA");
		int heat = a[i].heat < 0 ? 0 : a[i].heat > 5 ? 5 : a[i].heat;
		tpl_set(x, "PAD", a[i].shape.pad);
		tpl_set(x, "FILL", svg_heat_fill[heat]);
		tpl_set(x, "TITEL", a[i].titel);
		tpl_setf(x, "STROKE_W", "%.2f", big / 400);
		if (a[i].href) {
			struct tpl_dict *link = tpl_section(x, "LINK");
			tpl_set(link, "HREF", a[i].href);
		} else {
			tpl_show(x, "NOLINK");
		}
		if (a[i].label) {
			struct tpl_dict *l = tpl_section(d, "LABEL");
			tpl_setf(l, "X", "%.1f", a[i].shape.labelx);
			tpl_setf(l, "Y", "%.1f", a[i].shape.labely);
			tpl_setf(l, "Y2", "%.1f", a[i].shape.labely + fs * 1.15);
			tpl_setf(l, "FS", "%.1f", fs);
			tpl_set(l, "FILL", svg_heat_text[heat]);
			tpl_set(l, "NAAM", a[i].naam);
			tpl_set(l, "WAARDE", a[i].waarde);
		}
	}
}
