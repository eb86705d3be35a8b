/*
 * wijkcijfers.h - the figures of the wijkprofiel (issue 18), pure: counts
 * per month of one wijk or buurt in, the profile's years, terms, rates per
 * 100 homes and the comparison of this year with the last out. No
 * database, no clock: "today" is passed in.
 *
 * The terms are those of domain/kpi.h with today as the peildatum: a
 * confirmation (feedback) on or before its due day is op tijd, after it
 * te laat; one still missing is open while its due day is still to come
 * (today counts as still to come) and te laat after it.
 */
#ifndef LEEFBAAR_WIJKCIJFERS_H
#define LEEFBAAR_WIJKCIJFERS_H

#include "domain/dossier.h"
#include "domain/kpi.h"

#include <stddef.h>
#include <stdint.h>

/* The years a profile shows: the year in view and the five before it. */
#define WIJKCIJFERS_JAREN 6

/* The meldingen of one month (or of months added up) of an area. */
struct wijk_telling {
	int64_t ontvangen;
	int64_t bev_op_tijd, bev_te_laat;       /* confirmed, on or after the due day */
	int64_t ter_op_tijd, ter_te_laat;       /* fed back */
	int64_t binnen_streef;                  /* fed back on or before the target day */
	int64_t bev_open, ter_open;             /* still missing, the due day still to come */
};

/* sum += t. */
void wijkcijfers_add(struct wijk_telling *sum, const struct wijk_telling *t);

/*
 * The two terms of t as kpi_compute() would give them with today as the
 * peildatum: op_tijd, te_laat (late ones and missing ones past their due
 * day), open, the percentages (-1 without a population), and for the
 * feedback binnen_streefwaarde with its percentage.
 */
void wijkcijfers_termen(const struct wijk_telling *t, struct kpi_term *bev, struct kpi_term *ter);

/* Year and month (1..12) of a day; the first and last day of a year. */
int wijkcijfers_jaar(int32_t dn);
int wijkcijfers_maand(int32_t dn);
void wijkcijfers_jaar_grenzen(int jaar, int32_t *van, int32_t *tot);

/*
 * The profile's years ending with jaar: out[0] = jaar - 5 ... out[5] = jaar.
 */
void wijkcijfers_jaren(int jaar, int out[WIJKCIJFERS_JAREN]);

/*
 * The window in which this year is compared with the last: months
 * 1..*tot_maand of *jaar against the same months of *jaar - 1, so that
 * both sides are complete months. That is this year up to the month
 * before today's; in January (no complete month yet) the whole of last
 * year against the whole year before.
 */
void wijkcijfers_vergelijk_venster(int32_t today, int *jaar, int *tot_maand);

/* Meldingen per 100 homes, to one decimal; -1 when the homes are unknown (0). */
double wijkcijfers_per_100(int64_t count, int64_t woningen);

/* Which way a figure went from vorig to nu (values < 0 are "none"). */
enum wijk_richting { WIJK_RICHTING_ONBEKEND, WIJK_RICHTING_GELIJK, WIJK_RICHTING_HOGER, WIJK_RICHTING_LAGER };
enum wijk_richting wijkcijfers_richting(double vorig, double nu);
/* The change from vorig to nu in percent of vorig, one decimal; 0 when vorig <= 0 (no base). */
double wijkcijfers_verschil_pct(double vorig, double nu);

/* ---- dossiers ---- */

/* One dossier of the area as the profile counts it. */
struct wijk_dossier_feit {
	int64_t geopend_op, gesloten_op;        /* unix seconds; gesloten_op 0 while open */
	int ontruiming;                         /* closed with outcome ontruiming */
	int32_t vervuild_dag, vervuild_opgeheven_dag;   /* -1 when none */
	int64_t address_id;                     /* 0 for a complex */
};

/* A referral or an escalation: its moment, its dossier and (escalations) the level reached. */
struct wijk_dossier_stap {
	int64_t op;
	int64_t dossier_id;
	int niveau;                             /* enum ave_niveau; referrals: 0 */
};

/*
 * The dossier figures of one period van..tot (Amsterdam days), counted up
 * to peil (the period's end, or today when earlier), by the definitions of
 * store/kpi_dossier.h: opened in it, open on peil, distinct addresses
 * flagged vervuild at some day of it in dossiers open in it, closed in it
 * with ontruiming, referrals sent in it and the distinct dossiers they
 * came from, escalations to each AVE level in it.
 */
struct wijk_dossiers {
	int64_t geopend, open, vervuilde_woningen, uitzettingen;
	int64_t doorverwijzingen, dossiers_doorverwezen;
	int64_t escalaties[AVE__MAX];
};
/*
 * Counts d (n of them), refs and escs into out for the period. scratch
 * holds at least max(n, n_refs) int64_t (for the distinct counts).
 */
void wijkcijfers_dossiers(const struct wijk_dossier_feit *d, size_t n, const struct wijk_dossier_stap *refs,
			  size_t n_refs, const struct wijk_dossier_stap *escs, size_t n_escs, int32_t van, int32_t tot,
			  int32_t peil, int64_t *scratch, struct wijk_dossiers *out);

#endif
