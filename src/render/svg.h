/*
 * svg.h - charts and maps as inline SVG, drawn through the template engine.
 *
 * C computes the geometry - numbers only: coordinates, path data made of
 * numbers, fixed colours from the palette below - and puts it in template
 * dictionaries; the markup lives in templates/dashboard_chart.tpl and
 * templates/dashboard_map.tpl, so every text (titles, names of wijken and
 * categories) is escaped by ctemplate like any other value. No script, no
 * CDN, no inline style (the CSP forbids style attributes; SVG presentation
 * attributes such as fill= are markup, not style).
 *
 * Every chart carries role="img", a <title> and a <desc> (aria-labelledby
 * both), a <title> per bar or point with its exact value, and the page puts
 * the same numbers in a table next to it, so the figures never depend on
 * seeing colours or shapes.
 *
 * A map draws outlines projected once, at upload, by domain/geo.h.
 */
#ifndef LEEFBAAR_SVG_H
#define LEEFBAAR_SVG_H

#include "domain/geo.h"

#include <stddef.h>

struct buf;
struct tpl_dict;

/* Series colours (distinct in hue and lightness; >= 3:1 on white) and line dashes. */
#define SVG_PALETTE_N 6
extern const char *const svg_palette[SVG_PALETTE_N];
extern const char *const svg_dashes[SVG_PALETTE_N];   /* "none", "8 4", ... */
/* Fill colours of the heat classes 0..5, the same as .heat-0..5 in style.css. */
extern const char *const svg_heat_fill[6];
/* Text colour that reads on each heat fill. */
extern const char *const svg_heat_text[6];

struct svg_series {
	const char *naam;            /* legend text (escaped by the template) */
	const double *v;             /* n values; < 0 means "no value" (a gap, no bar) */
};

struct svg_chart {
	const char *id;              /* unique on the page, a fixed string: "trend-termijnen" */
	const char *titel, *omschrijving;
	int n;                       /* points or bars along x */
	const char *const *labels;   /* n short x labels ("mrt", "wk 12") */
	const char *const *labels_lang;   /* n long labels for the values' titles ("maart 2026") */
	int procent;                 /* y axis 0..100 %, values written "83,3%" */
	double norm;                 /* a dashed reference line at this value, or < 0 */
	const char *norm_label;      /* "norm 90%" */
	/*
	 * 1 + the index of the bucket that is still running (its values are
	 * not final: drawn as an open dot or a lighter bar, and said so in the
	 * legend), or 0 when all are over.
	 */
	int running;
};

/*
 * Fills d (the dictionary of an include of dashboard_chart.tpl) with a
 * line chart of ns series (ns <= SVG_PALETTE_N): grid and y labels, x
 * labels (thinned when crowded), one polyline per run of values without a
 * gap, a dot with a <title> per value, the norm line and the legend.
 */
void svg_line_chart(struct tpl_dict *d, const struct svg_chart *c, const struct svg_series *s, int ns);
/* The same frame with stacked bars: series i is the i-th layer from the bottom. */
void svg_bar_chart(struct tpl_dict *d, const struct svg_chart *c, const struct svg_series *s, int ns);

/*
 * A round upper bound for an axis holding max, with its step: 0..top in
 * `ticks` steps of a 1, 2 or 5 times a power of ten (at least 1).
 */
void svg_nice_axis(double max, int ticks, double *top, double *step);

/* A number the Dutch way: "1.234", "83,3"; decimals 0 or 1. */
void svg_format_number(double v, int decimals, char *out, size_t size);

/* ---- maps ---- */

/* One area on a map. */
struct svg_map_area {
	struct geo_shape shape;
	int heat;                    /* 0..5 */
	const char *naam;            /* label (escaped by the template) */
	const char *waarde;          /* the figure written under the name: "12" or "3,4" */
	const char *titel;           /* the <title>: "Noord: 12 meldingen" */
	const char *href;            /* link to the meldingen behind it, or NULL */
	int label;                   /* 1: write the name and figure on the map */
};

/*
 * Fills d (an include of dashboard_map.tpl) with the areas, the viewBox
 * fitted around them with a margin, and label sizes to match.
 */
void svg_map(struct tpl_dict *d, const char *id, const char *titel, const char *omschrijving,
	     const struct svg_map_area *a, int n);

#endif
