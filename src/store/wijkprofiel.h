/*
 * wijkprofiel.h - what the wijkprofiel (issue 18) reads of one wijk or
 * buurt: the counts per month and melding type of migration 0047's
 * wijk_cijfer, the meldingen still waiting for a term not yet due, the
 * area's dossiers with their referrals and escalations, the melders'
 * scores and the interventions planned in open dossiers.
 *
 * An area is a wijk or a buurt: `buurt` says which column it is matched
 * against (each statement comes in both forms, both constant). Every read
 * is a range of a primary key or an index (tests/http/test_plan_wijkprofiel.c).
 * Rows live in the arena passed; each function returns the count, or -1
 * (logged).
 */
#ifndef LEEFBAAR_STORE_WIJKPROFIEL_H
#define LEEFBAAR_STORE_WIJKPROFIEL_H

#include "domain/melding.h"
#include "domain/wijkcijfers.h"

#include <stdint.h>

struct arena;
struct db;

/* A melding type as the profile counts it. */
struct wijkprofiel_soort {
	int64_t id;
	const char *code, *naam;
	enum pijler pijler;
};
/* Every category, in the lists' order. */
int wijkprofiel_soorten(struct db *db, struct arena *a, struct wijkprofiel_soort **out);

/* One row of wijk_cijfer. */
struct wijkprofiel_rij {
	int jaar, maand;
	int64_t category_id;
	struct wijk_telling t;       /* bev_open and ter_open 0 here */
};
/* The rows of area for the years jaar_van..jaar_tot. */
int wijkprofiel_rijen(struct db *db, struct arena *a, int64_t area_id, int jaar_van, int jaar_tot,
		      struct wijkprofiel_rij **out);

/* A melding still without confirmation (term 0) or feedback (term 1) whose due day is today or later. */
struct wijkprofiel_wacht {
	int32_t ontvangen_dag;
	int term;
};
int wijkprofiel_wachtend(struct db *db, struct arena *a, int64_t area_id, int buurt, int32_t today,
			 struct wijkprofiel_wacht **out);

/* The area's dossiers (gevoelig ones only with with_gevoelig), their referrals and their escalations. */
int wijkprofiel_dossiers(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
			 struct wijk_dossier_feit **out);
int wijkprofiel_doorverwijzingen(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
				 struct wijk_dossier_stap **out);
int wijkprofiel_escalaties(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
			   struct wijk_dossier_stap **out);
/* Open dossiers per AVE level now, into out[AVE__MAX]; 0/-1. */
int wijkprofiel_ave_nu(struct db *db, int64_t area_id, int buurt, int with_gevoelig, int64_t out[AVE__MAX]);

/* The melders' scores given van..tot (days) about meldingen of the area; wijk_id is the area's wijk. */
struct wijkprofiel_score {
	int32_t dag;
	int score;
};
int wijkprofiel_scores(struct db *db, struct arena *a, int64_t area_id, int buurt, int64_t wijk_id, int32_t van,
		       int32_t tot, struct wijkprofiel_score **out);

/* An intervention planned and not done, in an open dossier of the area (every one: the caller filters on who may read it). */
struct wijkprofiel_interventie {
	int64_t id;
	const char *soort;
	int32_t gepland_dag;
	int64_t dossier_id, dossier_wijk_id, dossier_owner_id;
	const char *referentie, *onderwerp;
	int gevoelig;
};
#define WIJKPROFIEL_INTERVENTIES_MAX 200
int wijkprofiel_interventies(struct db *db, struct arena *a, int64_t area_id, int buurt,
			     struct wijkprofiel_interventie **out);

/* The statements, for the EXPLAIN QUERY PLAN test. */
extern const char *const wijkprofiel_sql[];
extern const int wijkprofiel_sql_count;

#endif
