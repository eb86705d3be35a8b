/*
 * dashboard.h - the coördinator's dashboard (issue 9): the pages, and the
 * view every one of them shares (period, wijk, peildatum, series grain,
 * count or rate).
 *
 *   GET /dashboard            tiles, figures per type/pillar/channel/wijk,
 *                             worklist per assignee, trends, heatmap of
 *                             types x wijken, exports (dashboard.c)
 *   GET /dashboard/werklijst  the meldingen due today or late, per assignee
 *                             (dashboard_werk.c)
 *   GET /dashboard/kaart      heatmap wijken x months and the map
 *                             (dashboard_kaart.c)
 *   GET /dashboard/uitleg     the definitions in plain Dutch (dashboard.c)
 *   GET/POST /beheer/kaart    the beheerder uploads the GeoJSON outlines
 *                             (dashboard_kaart.c)
 *
 * Every figure comes from kpi_parse / kpi_run (handlers/kpi.h), the calls
 * behind GET /api/v1/kpi, so the page and the API never disagree; the
 * worklists are live figures from store/kpi_work.h. Figures are computed
 * here, in C; templates only place them.
 */
#ifndef LEEFBAAR_DASHBOARD_H
#define LEEFBAAR_DASHBOARD_H

#include "domain/calendar.h"
#include "domain/kpi_trend.h"
#include "web/kpi.h"

#include <stddef.h>
#include <stdint.h>

struct buf;
struct form;
struct req;
struct tpl_dict;

int handle_dashboard(struct req *req);
int handle_dashboard_uitleg(struct req *req);
int handle_dashboard_werklijst(struct req *req);
int handle_dashboard_kaart(struct req *req);
int handle_beheer_kaart(struct req *req);
int handle_beheer_kaart_upload(struct req *req);

/* The period picker's choices: the calendar's periods (same values) and one of the user's own. */
enum dash_periode {
	DASH_WEEK = CALENDAR_WEEK, DASH_MAAND = CALENDAR_MAAND, DASH_KWARTAAL = CALENDAR_KWARTAAL,
	DASH_JAAR = CALENDAR_JAAR, DASH_EIGEN = CALENDAR__MAX, DASH__MAX
};
extern const char *const dash_periode_ids[DASH__MAX];      /* "week", "maand", ... */
extern const char *const dash_periode_labels[DASH__MAX];   /* "Week", "Maand", ... */

/* What the pages show, read from the query string. */
struct dash_view {
	struct kpi_request rq;      /* van, tot, peildatum, wijk: as kpi_parse read them */
	enum dash_periode periode;
	int32_t datum;              /* a day in the period (week .. jaar) */
	int32_t today;
	enum kpi_grain grain;       /* series per week or per month */
	int per100;                 /* heatmaps: per 100 homes instead of counts */
	const char *soort;          /* the map's melding type (a category code), or NULL: all */
	char titel[128];            /* "november 2026", "week 48 (23 t/m 29 november 2026)" */
	int has_prev, has_next;
	int32_t prev_datum, next_datum;
};

/*
 * Reads periode, datum, van, tot, peildatum, wijk, trend, maat and soort
 * (the first through kpi_parse; soort is checked by the page that uses it). Field errors go to f (ids as the form's
 * fields). Returns 0, 422 (errors in f) or 404 (a wijk outside the user's
 * scope, as the API answers).
 */
int dash_view_parse(struct req *req, struct dash_view *v, struct form *f);

/*
 * Fills the filter form of d (templates/dashboard_filters.tpl, included as
 * FILTERS) with v's values, the wijken the user may choose and the
 * previous/next links of path ("/dashboard", "/dashboard/kaart").
 */
void dash_filters(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *path);

/* The sub-navigation (Overzicht, Werklijst, Kaart, Uitleg) with `current` marked. */
void dash_tabs(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *current);

/*
 * Appends "/meldingen?" and the view's filters (van, tot, wijk) to b, then
 * "&" so the caller can add more ("categorie=geluid"). with_period 0 leaves
 * van and tot out (live worklists).
 */
void dash_list_link(struct buf *b, const struct dash_view *v, int with_period);
/* Appends "periode=...&datum=...&..." (the whole view) for links between dashboard pages. */
void dash_view_query(struct buf *b, const struct dash_view *v);

/*
 * The buckets of the view's series: 12 months or 13 weeks (v->grain)
 * ending with the one that holds tot, the last one cut off after tot.
 * Fills start[0..n] (KPI_TREND_MAX + 1 entries) and returns n.
 */
int dash_series_buckets(const struct dash_view *v, int32_t *start);
/* Short ("mrt", "wk 12") and long ("maart 2026") labels of n buckets, in the arena. */
void dash_series_labels(struct req *req, const struct dash_view *v, const int32_t *start, int n,
			const char **labels, const char **lang);

/*
 * The legend of the heat classes (section items with HEAT and RANGE) for
 * values up to max, shown with 0 decimals (counts) or 1 (rates): classes
 * that no shown value can fall in are left out.
 */
void dash_heat_legend(struct tpl_dict *d, const char *section, double max, int decimals);

/* A percentage as "83,3%", or "–" when there is none (< 0). */
void dash_pct(double pct, char *out, size_t size);

#endif
