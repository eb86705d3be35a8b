/*
 * kpi.h - the KPI figures of one period, peildatum and wijk, within what
 * the actor may see (issue 9): the use cases behind GET /api/v1/kpi, the
 * dashboard's pages (/dashboard, /dashboard/kaart) and /export/kpi.csv, so
 * the API, the pages and the file never disagree.
 *
 * The definitions are computed in domain/kpi.h and domain/kpi_trend.h from
 * the facts store/kpi.h loads; here they are put together for one request:
 * which wijken and dossiers the actor may count, the tables the per_*
 * figures need, and what the dashboard draws beyond one report (its
 * series, its heatmaps, its map). Everything returned lives in the arena
 * the caller passes; nothing here speaks HTTP.
 */
#ifndef LEEFBAAR_APP_KPI_H
#define LEEFBAAR_APP_KPI_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/kpi.h"
#include "domain/kpi_trend.h"
#include "domain/melding.h"
#include "store/kpi.h"
#include "store/kpi_dossier.h"
#include "store/kpi_kaart.h"

#include <stdint.h>

struct arena;
struct db;
struct field_errors;

/* ---- the period and wijk of a report ---- */

/* As typed (the query string of all three front doors): NULL or "" takes the default. */
struct kpi_input {
	const char *van, *tot, *peildatum;   /* YYYY-MM-DD; defaults 1 January of today's year, today, today */
	const char *wijk;                    /* a CBS wijk code, "onbekend", or NULL: all wijken in scope */
	int32_t today;                       /* the Amsterdam day the defaults are taken from */
};

/* A report's period and wijk, as kpi_request_check() found them. */
struct kpi_request {
	int32_t van, tot, peildatum;
	int64_t wijk_id;            /* 0: all wijken in scope; -1: onbekend */
	const char *wijk_code;      /* as asked, for the answer; NULL = all */
};

/*
 * The user whose wijken bound what who sees for act (ACT_DASHBOARD,
 * ACT_EXPORT): who's own id when the matrix limits the role to its wijken,
 * else 0 (every wijk). This is the scope_user of every store/kpi*.h query.
 */
int64_t kpi_scope_user(const struct actor *who, enum action act);
/*
 * Whether gevoelig dossiers count for who under act: only for a role that
 * may read them (the coördinator; sociaal beheerders and
 * leefbaarheidsmedewerkers in their wijken), never for an ondersteuner or a
 * wijkbeheerder, whom even their number must not reach.
 */
int kpi_with_gevoelig(const struct actor *who, enum action act);

/*
 * Checks in into rq. Dates that are no days, a tot before van or a period
 * of more than ten years: APP_INVALID, with messages for van, tot and
 * peildatum in errs (in that order; the wijk is then not looked at). A wijk
 * that does not exist or lies outside who's wijken, and "onbekend" for who
 * does not triage it: APP_NOT_FOUND. Else APP_OK. rq->wijk_code points
 * into in.
 */
enum app_result kpi_request_check(struct db *db, const struct actor *who, const struct kpi_input *in,
				  struct kpi_request *rq, struct field_errors *errs);

/* ---- one report ---- */

struct kpi_report {
	struct kpi_request rq;
	struct kpi_params params;   /* as computed: wijk filter and table sizes (ids) */
	struct kpi_result r;
	struct kpi_named *categorie, *wijk;
	int n_categorie, n_wijk;
	int64_t per_pijler[PIJLER__MAX], per_kanaal[KANAAL__MAX];
	int64_t onbekend;
	struct kpi_dossier_result dossiers;   /* dossiers_geopend, ..., uitzettingen */
};

/*
 * Loads the facts of rq within who's scope (ACT_DASHBOARD) and computes the
 * report into rep (memory in a). With facts not NULL the facts are handed
 * over for figures beyond the report, loaded from min(load_van, rq->van) up
 * to rq->tot, so a series may reach back before the period (the report
 * itself counts rq->van..rq->tot only); the caller then owns *facts
 * (kpi_facts_release). APP_OK, or APP_UNAVAILABLE (nothing left to release).
 */
enum app_result kpi_report_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
			       int32_t load_van, struct kpi_report *rep, struct kpi_facts *facts);
/*
 * The dossier figures of rq (its period, peildatum and wijk) within who's
 * dashboard scope, gevoelig dossiers by kpi_with_gevoelig(ACT_DOSSIER_READ).
 * kpi_report_run fills rep->dossiers with it. APP_OK or APP_UNAVAILABLE.
 */
enum app_result kpi_report_dossiers(struct db *db, const struct actor *who, const struct kpi_request *rq,
				    struct kpi_dossier_result *out);
/*
 * The report's result arrays for one more kpi_compute() over its facts:
 * per_* tables of the sizes in rep->params, in a.
 */
void kpi_report_result_init(struct arena *a, const struct kpi_report *rep, struct kpi_result *r);

/* ---- the wijken a page shows ---- */

/*
 * The rows of the heatmaps, the map and the tables per wijk: every wijk in
 * the report (or only the one asked for), then "onbekend" when it has
 * meldingen and no other wijk was asked for.
 */
struct kpi_rows {
	int n;
	int onbekend;                     /* the row of onbekend, or -1 */
	int *row_of;                      /* by wijk id (rep->params.n_wijk of them): the row, or -1 */
	const struct kpi_named **wijk;    /* by row; NULL for onbekend */
};
void kpi_report_rows(struct arena *a, const struct kpi_report *rep, struct kpi_rows *out);
/* A count as shown: itself, or with per100 the rate of the row's wijk, rounded (-1: no homes, or onbekend). */
double kpi_rows_value(const struct kpi_rows *rows, int row, int64_t n, int per100);
/* The homes of the wijken shown (onbekend has none). */
int64_t kpi_rows_woningen(const struct kpi_rows *rows);

/* ---- the dashboard ---- */

/* Counts of rows x cols and the largest value shown (kpi_rows_value), for a heatmap's classes. */
struct kpi_heat {
	int rows, cols;
	int64_t *n;                 /* n[row * cols + col] */
	double max;
};

/*
 * A series: n buckets of a grain, 12 months or 13 weeks ending with the
 * one that holds the period's last day, that one cut off after it.
 */
struct kpi_series {
	int n;
	int32_t start[KPI_TREND_MAX + 1];   /* bucket i: start[i] .. start[i + 1] - 1 */
	struct kpi_result *r;               /* per bucket; NULL when it could not be computed */
};
/* Fills start (KPI_TREND_MAX + 1 entries) for grain g and a period ending on tot; returns n. */
int kpi_series_buckets(enum kpi_grain g, int32_t tot, int32_t *start);

/* What GET /dashboard shows beyond the report. */
struct kpi_dashboard {
	struct kpi_report rep;
	struct kpi_rows rows;
	struct kpi_series series;           /* of grain; the report reaches back to its first bucket */
	struct kpi_heat soorten;            /* rows: the wijken shown (rows above); cols: rep.categorie */
};
/* kpi_report_run for rq, and the series and the heatmap. APP_OK or APP_UNAVAILABLE. */
enum app_result kpi_dashboard_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
				  enum kpi_grain grain, int per100, struct kpi_dashboard *out);

/* What GET /dashboard/kaart shows: wijken x weeks or months, and the map's figure per wijk. */
struct kpi_kaart {
	struct kpi_report rep;
	struct kpi_rows rows;
	int cat;                            /* index into rep.categorie of the soort asked for, or -1: all */
	struct kpi_series series;           /* buckets only (r is NULL) */
	struct kpi_heat periods;            /* rows x series.n */
	int64_t *count;                     /* by row: meldingen of the soort in the period */
	double *value, max;                 /* by row: count as shown (kpi_rows_value), and the largest */
};
/*
 * kpi_report_run for rq, then the figures of soort (a category code, or
 * NULL for all). APP_OK, APP_UNAVAILABLE, or APP_NOT_FOUND for a soort
 * that does not exist.
 */
enum app_result kpi_kaart_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
			      enum kpi_grain grain, int per100, const char *soort, struct kpi_kaart *out);

/* An outline the map draws, in the colour of its row's wijk. */
struct kpi_map_area {
	const struct kaart_vorm *vorm;
	struct kaart_shape shape;           /* the vorm's, its label moved for a wijk drawn from buurten */
	int row;
	int label;                          /* carries the wijk's name */
};
/*
 * The outlines to draw for rows: a wijk's own, or its buurten when the
 * file has no outline of the wijk itself (labelled once, in the middle of
 * their box). *n_vorm: outlines loaded at all (0: no map was uploaded).
 * APP_OK or APP_UNAVAILABLE.
 */
enum app_result kpi_kaart_areas(struct db *db, struct arena *a, const struct kpi_kaart *k,
				struct kpi_map_area **out, int *n, int *n_vorm);

#endif
