/*
 * dashboard.h - the coördinator's dashboard (issue 9): the pages, and the
 * view every one of them shares (period, wijk, peildatum, series grain,
 * count or rate; dashboard_view.c).
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
 * Every figure comes from app/kpi.h (kpi_dashboard_run, kpi_kaart_run),
 * the use cases behind GET /api/v1/kpi as well, so the page and the API
 * never disagree; the worklists come from app/werk.h and store/kpi_work.h.
 * Figures are computed there, in C; these files place them in the
 * templates, in short steps that each fill one part of the page.
 */
#ifndef LEEFBAAR_DASHBOARD_H
#define LEEFBAAR_DASHBOARD_H

#include "domain/calendar.h"
#include "domain/kpi_trend.h"
#include "web/kpi.h"

#include <stddef.h>
#include <stdint.h>

struct arena;
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

/* maat: counts, or meldingen per 100 homes. */
enum dash_maat { DASH_MAAT_AANTAL, DASH_MAAT_PER100, DASH_MAAT__MAX };
extern const char *const dash_maat_ids[DASH_MAAT__MAX];    /* "aantal", "per100" */

/*
 * The fields of the view, for the spec table of every dashboard page
 * (dashboard_fields; the werklijst adds behandelaar). The period stays
 * text for kpi_request_check() (KPI_PERIOD_FIELDS); a choice the stage
 * cannot read is said beside its filter by dash_view_parse(), with these
 * messages, in the form's order.
 */
#define DASH_VIEW_FIELDS \
	KPI_PERIOD_FIELDS, \
	{ .name = "periode", .from = IN_QUERY, .type = FT_ENUM, .max = DASH__MAX, .choices = dash_periode_ids, \
	  .message = "Kies week, maand, kwartaal, jaar of een eigen periode." }, \
	{ .name = "datum", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als JJJJ-MM-DD." }, \
	{ .name = "trend", .from = IN_QUERY, .type = FT_ENUM, .max = KPI_GRAIN__MAX, .choices = kpi_grain_ids, \
	  .message = "Kies per week of per maand." }, \
	{ .name = "maat", .from = IN_QUERY, .type = FT_ENUM, .max = DASH_MAAT__MAX, .choices = dash_maat_ids, \
	  .message = "Kies aantal of per 100 woningen." }, \
	{ .name = "soort", .from = IN_QUERY, .type = FT_TEXT, .max = 40, .message = "Kies een soort uit de lijst." }

/* GET /dashboard, /dashboard/kaart, /dashboard/uitleg: the view (dashboard_view.c). */
extern const struct field_spec dashboard_fields[];
/* GET /dashboard/werklijst: the view and behandelaar (dashboard_werk.c). */
extern const struct field_spec dashboard_werklijst_fields[];
/* GET /beheer/kaart: melding=geladen after an upload (dashboard_kaart.c). */
extern const struct field_spec beheer_kaart_fields[];

/* What the pages show, read from the typed input (DASH_VIEW_FIELDS). */
struct dash_view {
	struct kpi_request rq;      /* van, tot, peildatum, wijk: as kpi_request_read read them */
	enum dash_periode periode;
	int32_t datum;              /* a day in the period (week .. jaar) */
	int32_t today;
	enum kpi_grain grain;       /* series per week or per month */
	int per100;                 /* heatmaps: per 100 homes instead of counts */
	const char *soort;          /* the map's melding type (a category code), or NULL: all */
	char titel[128];            /* "november 2026", "week 48 (23 t/m 29 november 2026)" */
	int has_prev, has_next;
	int32_t prev_datum, next_datum;
	/*
	 * The user is bound to wijken: the figures count those alone, so the
	 * lists behind them say bereik=wijken (without what the user took in,
	 * or sees as a team member, elsewhere).
	 */
	int bereik;
};

/*
 * Reads periode, datum, van, tot, peildatum, wijk, trend, maat and soort
 * (DASH_VIEW_FIELDS; van .. wijk through kpi_request_read; soort is looked
 * up by the page that uses it). Field errors go to f (ids as the form's
 * fields): the app's for the period first, then the stage's. APP_OK,
 * APP_INVALID (errors in f) or APP_NOT_FOUND (a wijk outside the user's
 * scope, as the API answers).
 */
enum app_result dash_view_parse(struct req *req, struct dash_view *v, struct form *f);

/*
 * How every dashboard page starts: reads the view into v and fills d's
 * tabs (with path marked) and its filter form (*filters, whose action is
 * path). Returns 0 to go on, or the status already answered: 404 for a
 * wijk outside the user's scope, 422 with the messages beside the filters.
 */
int dash_page_start(struct req *req, struct tpl_dict *d, const char *path, struct dash_view *v,
		    struct tpl_dict **filters);

/* The sub-navigation (Overzicht, Werklijst, Kaart, Uitleg) with `current` marked; v NULL: links without the view. */
void dash_tabs(struct req *req, struct tpl_dict *d, const struct dash_view *v, const char *current);

/*
 * Appends "/meldingen?", the status the figure means (status=alle for a
 * period's figures, status=open for the live worklists: the list's own
 * default is no part of the link), the view's filters (van, tot,
 * peildatum, wijk) and bereik=wijken when v->bereik, to b, then "&" so the
 * caller can add more ("categorie=geluid"). with_period 0 leaves van, tot
 * and peildatum out (live worklists).
 */
void dash_list_link(struct buf *b, const struct dash_view *v, int with_period);
/* "path?periode=...&datum=...&..." (the whole view) for a link to another dashboard page, in the arena; v NULL: path. */
const char *dash_page_link(struct req *req, const char *path, const struct dash_view *v);
/* Appends "key=value&", the value percent-encoded. */
void dash_add_param(struct buf *b, const char *key, const char *value);
/* Appends "key=YYYY-MM-DD&". */
void dash_add_day(struct buf *b, const char *key, int32_t dn);
/*
 * "/meldingen?van=&tot=&peildatum=&wijk=[&categorie=]": the list behind one
 * cell of a heatmap or one wijk, van..tot counted by the view's peildatum;
 * categorie NULL for all. In the arena.
 */
const char *dash_cell_link(struct arena *a, const struct dash_view *v, int32_t van, int32_t tot,
			   const char *wijk_code, const char *categorie);
/* b without its trailing '&' and '?', copied into the arena; b is released. */
const char *dash_href(struct arena *a, struct buf *b);

/*
 * The bucket (of n starting at start[], start[n] the end) that holds the
 * peildatum and ends after it: still running, its figures not final. Its
 * index, or -1 when every bucket is over.
 */
int dash_running_bucket(const struct dash_view *v, const int32_t *start, int n);
/*
 * Short ("mrt", "wk 12") and long ("maart 2026") labels of n buckets, in
 * the arena; the running one is marked ("dec*", "december 2026 (lopend
 * t/m 6 december 2026)").
 */
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
/* A count the Dutch way ("1.234"). */
void dash_count(int64_t n, char *out, size_t size);
/* A value of a heatmap as shown: a count, or a rate with one decimal ("–" when there is none, < 0). */
void dash_number(double v, int decimals, char *out, size_t size);

/*
 * dashboard_tevredenheid.c (issue 17): the melders' scores of rep's period
 * and wijk per soort and wijk (the dashboard's include TEVREDENHEID), and
 * the open verzoeken tot heropenen (the werklijst's include
 * HEROPENVERZOEKEN).
 */
struct kpi_report;
void dash_tevredenheid(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep);
void dash_heropenverzoeken(struct req *req, struct tpl_dict *d, const struct dash_view *v);

#endif
