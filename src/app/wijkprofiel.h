/*
 * wijkprofiel.h - the own figures of a wijk or buurt over time (issue 18,
 * point 1): the use cases behind GET /wijken, /wijken/{code}, their JSON
 * under /api/v1/wijken and the profile CSV, so the page, the API and the
 * file never disagree.
 *
 * The meldingen come per month and melding type from wijk_cijfer
 * (migration 0047), the terms as domain/kpi.h defines them with today as
 * the peildatum (domain/wijkcijfers.h), the dossier figures by the
 * definitions of store/kpi_dossier.h; gevoelig dossiers count only for a
 * role that may read them (kpi_with_gevoelig), as on the dashboard. The
 * caller has checked that who may read the area (wijk_load_for,
 * ACT_WIJK_READ). Everything lives in the arena passed.
 */
#ifndef LEEFBAAR_APP_WIJKPROFIEL_H
#define LEEFBAAR_APP_WIJKPROFIEL_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/melding.h"
#include "domain/wijkcijfers.h"
#include "store/area.h"
#include "store/wijkprofiel.h"

#include <stdint.h>

struct arena;
struct db;

/* The oldest year ?jaar= may ask for. */
#define WIJKPROFIEL_JAAR_MIN 2000

/* One year of the profile. */
struct wijkprofiel_jaar {
	int jaar;
	int lopend;                        /* still running: counted up to today */
	int32_t van, tot, peil;            /* the year; peil = min(tot, today) */
	struct wijk_telling telling;
	struct kpi_term bevestiging, terugkoppeling;
	double per_100;                    /* meldingen per 100 homes; -1 without homes */
	int64_t per_pijler[PIJLER__MAX];
	int64_t *per_soort;                /* by index of wijkprofiel.soort */
	struct wijk_dossiers dossiers;
	int64_t scores, score_som;         /* the melders' scores (1-5) given in the year */
};

/* This year against the last: months 1..tot_maand of both (wijkcijfers_vergelijk_venster). */
struct wijkprofiel_vergelijk {
	int geldig;                        /* 0: the year in view is too old to compare with today's */
	int jaar, tot_maand;
	struct wijk_telling nu, vorig;
	struct kpi_term nu_bev, nu_ter, vorig_bev, vorig_ter;
	double nu_per_100, vorig_per_100;
};

struct wijkprofiel {
	struct area area;
	int jaar;                          /* in view */
	int32_t today;
	struct wijkprofiel_soort *soort;
	int n_soort;
	struct wijkprofiel_jaar jaren[WIJKCIJFERS_JAREN];   /* oldest first; the last is jaar */
	struct wijkprofiel_vergelijk vergelijk;
	int64_t ave_nu[AVE__MAX];          /* open dossiers per AVE level today */
	int met_gevoelig;                  /* gevoelig dossiers counted */
	struct wijkprofiel_interventie *interventies;   /* those who may read, by planned day */
	int n_interventies;
	struct area *buurten;              /* a wijk's buurten, by code (none for a buurt) */
	int n_buurten;
};

/*
 * The year asked for (text of ?jaar=, NULL or "" for this year):
 * WIJKPROFIEL_JAAR_MIN up to this year. APP_OK or APP_INVALID.
 */
enum app_result wijkprofiel_jaar(const char *text, int32_t today, int *jaar);

/* The profile of area (a wijk or buurt who may read) for jaar. APP_OK or APP_UNAVAILABLE. */
enum app_result wijkprofiel_load(struct db *db, struct arena *a, const struct actor *who, const struct area *area,
				 int jaar, int32_t today, struct wijkprofiel *out);

/* The average score of a year, two decimals; -1 without scores. */
double wijkprofiel_score_gemiddelde(const struct wijkprofiel_jaar *j);

/* A row of the index: a wijk or one of its buurten, with this year against the last. */
struct wijkprofiel_kern {
	struct area area;
	struct wijkprofiel_vergelijk v;
};
/*
 * Every wijk who may read (ACT_WIJK_READ) followed by its buurten, by
 * code, each with its comparison. *out in a. APP_OK or APP_UNAVAILABLE.
 */
enum app_result wijkprofiel_index(struct db *db, struct arena *a, const struct actor *who, int32_t today,
				  struct wijkprofiel_kern **out, int *n);

/*
 * The profile CSV (app/export_csv.h): one row per area and year, the
 * figures of the JSON without the per-soort counts. The header, then
 * the rows of p (its six years).
 */
struct csv;
void wijkprofiel_csv_kop(struct csv *c);
void wijkprofiel_csv_rijen(struct csv *c, const struct wijkprofiel *p);

#endif
