/*
 * lbm.h - the Leefbaarometer's scores per wijk and buurt and the record of
 * each load (migration 0043): written by app/lbm.c and the demo, read by
 * the wijkprofiel (web/lbm.c) and the dashboard's map (web/dashboard_kaart.c).
 */
#ifndef LEEFBAAR_STORE_LBM_H
#define LEEFBAAR_STORE_LBM_H

#include "domain/lbm.h"
#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;

/* One stored measurement with its area. */
struct lbm_meting {
	int64_t area_id, wijk_id;        /* wijk_id: the area's wijk (itself for a wijk) */
	const char *code, *naam;         /* of the area */
	int is_wijk;
	int jaar;
	double score;                    /* lbm, when has_score */
	int has_score;
	struct lbm_maat_waarde m[LBM__MAX];
};

/* Inside the caller's transaction: records a load; *id its row. */
enum store_result lbm_store_import(struct db *db, int64_t user_id, int64_t now, const char *bestandsnaam, int rijen,
				   const char *jaren, int64_t *id);
/*
 * Inside the caller's transaction: stores one checked row, replacing the
 * area's row of that year. STORE_CONFLICT when its area is gone.
 */
enum store_result lbm_store_put(struct db *db, const struct lbm_row *row, int64_t import_id);

/* The measurements of one area up to and including tot_jaar, oldest first; count or -1. Arena memory. */
int lbm_store_area(struct db *db, struct arena *a, int64_t area_id, int tot_jaar, struct lbm_meting **out);
/* Every measurement of every wijk and buurt, by area (wijken first, by code) and year; count or -1. */
int lbm_store_all(struct db *db, struct arena *a, struct lbm_meting **out);

/* A load as /beheer/leefbaarometer lists it. */
struct lbm_import_rec {
	int64_t id, op;
	const char *door;                /* the user's name; "" for the command line or the demo */
	const char *bestandsnaam, *jaren;
	int rijen;
};
/* The last max loads, newest first; count or -1. */
int lbm_store_imports(struct db *db, struct arena *a, int max, struct lbm_import_rec *out);
enum store_result lbm_store_import_get(struct db *db, struct arena *a, int64_t id, struct lbm_import_rec *out);

/* Rows stored per year, ascending: count of years or -1. */
int lbm_store_jaren(struct db *db, struct arena *a, struct lbm_jaar_count **out);
/* All stored rows; -1 on error. */
int64_t lbm_store_count(struct db *db);

#endif
