/*
 * kpi_export.h - the rows of the CSV exports (issue 9, Exports), read in
 * one ordered pass and handed to a callback one at a time, so an export of
 * a year never holds its rows in memory.
 *
 * What an export holds is chosen for the corporation's BI, not for case
 * work: the facts of each melding (when, which channel, category, area,
 * terms and when they were met, costs) without the melder's name, contact
 * details or the description, which a dashboard never needs.
 */
#ifndef LEEFBAAR_STORE_KPI_EXPORT_H
#define LEEFBAAR_STORE_KPI_EXPORT_H

#include <stdint.h>

struct db;

struct kpi_export_filter {
	int32_t van, tot;          /* receipt days, inclusive */
	int64_t wijk_id;           /* 0 every wijk, -1 onbekend, > 0 one wijk */
	int64_t scope_user;        /* 0: every wijk; else only the wijken bound to this user */
};

/* One melding; strings valid during the callback only. 0 / -1 mean "none". */
struct kpi_export_melding {
	const char *referentie;
	int64_t ontvangen_op;
	int32_t ontvangen_dag;
	const char *kanaal, *categorie, *categorie_naam, *pijler;
	const char *wijk, *wijk_naam, *buurt, *buurt_naam, *complex;
	const char *postcode, *status, *behandelaar;
	int32_t bevestigen_dag, terugkoppelen_dag, streef_dag;
	int64_t bevestigd_op, teruggekoppeld_op, afgesloten_op;   /* 0: not yet */
	int32_t bevestigd_dag, teruggekoppeld_dag;                /* -1: not yet */
	int32_t doorloop_werkdagen;                               /* -1: no feedback yet */
	int64_t kosten_cent;                                      /* -1: none */
};

/*
 * Calls fn for every melding received in the filter's period, by receipt
 * day and id. fn returns 0 to go on, -1 to stop (then this returns -1).
 * Returns the number of rows, or -1.
 */
int64_t kpi_export_meldingen(struct db *db, const struct kpi_export_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_melding *m), void *ctx);

/* Dossiers and referrals: moments bound the period, and gevoelig ones may be left out. */
struct kpi_export_dossier_filter {
	int64_t van, tot;          /* moments: the start of the first day, the start of the day after the last */
	int64_t wijk_id;           /* 0 every wijk, > 0 one wijk, -1 none (a dossier always has one) */
	int64_t scope_user;        /* 0: every wijk; else only the wijken bound to this user */
	int with_gevoelig;         /* 0: gevoelig dossiers (and their referrals) are left out */
};

/* One dossier, without its subject, household or texts: the BI needs counts and days. */
struct kpi_export_dossier {
	const char *referentie, *status, *pijler, *wijk, *wijk_naam, *buurt, *complex;
	const char *ave_niveau, *ave_regie, *uitkomst, *eigenaar;
	int64_t geopend_op, gesloten_op;   /* 0: open */
	int vervuild, gevoelig;
	int32_t vervuild_dag;              /* -1: never */
	int64_t meldingen;
};

/* Dossiers open at any moment of the period, by opening. Count or -1, as kpi_export_meldingen. */
int64_t kpi_export_dossiers(struct db *db, const struct kpi_export_dossier_filter *f,
			    int (*fn)(void *ctx, const struct kpi_export_dossier *d), void *ctx);

/* One referral, without the reason, the question or what was shared. */
struct kpi_export_referral {
	int64_t id;
	const char *referentie;
	const char *dossier, *wijk, *partner, *partner_soort, *status;
	int64_t verstuurd_op, geaccepteerd_op, afgewezen_op, beantwoord_op, afgesloten_op;   /* 0: not (yet) */
	int32_t antwoord_dag;
	int termijn_werkdagen;
};

/* Referrals sent in the period, in the order they were sent. Count or -1. */
int64_t kpi_export_referrals(struct db *db, const struct kpi_export_dossier_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_referral *r), void *ctx);

/* The statements, for the EXPLAIN QUERY PLAN test. */
extern const char kpi_export_meldingen_sql[];
extern const char kpi_export_dossiers_sql[];
extern const char kpi_export_referrals_sql[];

#endif
