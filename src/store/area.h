/*
 * area.h - the SQL for areas (wijken, buurten, complexen) as the beheerder
 * edits them one by one in /beheer/gebieden, and the look-up the CSV import
 * asks about codes already in the database.
 *
 * Writes happen inside the caller's transaction (db_begin .. db_commit).
 * Every write that can move an area keeps area.wijk_id right: the wijk
 * itself for a wijk, its parent for a buurt, and for a complex its parent
 * wijk or its parent buurt's wijk (area_fix_wijk).
 */
#ifndef LEEFBAAR_STORE_AREA_H
#define LEEFBAAR_STORE_AREA_H

#include "domain/area.h"
#include "store/store.h"

#include <stdint.h>

struct db;
struct areaimport_lookup;

struct area {
	int64_t id, parent_id, wijk_id;    /* parent_id 0 for a wijk */
	char code[AREA_CODE_MAX + 1];
	char naam[AREA_NAAM_MAX + 1];
	enum area_soort soort;
	int woningen;
	char parent_code[AREA_CODE_MAX + 1];   /* "" for a wijk */
	int64_t adressen;                  /* register addresses in it, not counting missing ones */
};

/* The soort of the area with this code, or -1 when there is none (or on an error, logged). */
int area_soort_of(struct db *db, const char *code);

/* Fills lk so that areaimport_parse() asks this connection about codes. */
void area_lookup_init(struct areaimport_lookup *lk, struct db *db);

enum store_result area_get(struct db *db, int64_t id, struct area *a);

/*
 * Every area in the order of the tree: each wijk (by code), then its
 * buurten each followed by its complexen, then the complexen that lie in
 * the wijk directly. *out is allocated (caller frees). Returns the count,
 * or -1 (logged).
 */
int area_list(struct db *db, struct area **out);

/*
 * Creates an area (code, naam, soort, parent_id, woningen of a); fills *id.
 * STORE_CONFLICT when the code exists already.
 */
enum store_result area_create(struct db *db, const struct area *a, int64_t *id);

/* Changes the name, the number of homes and the parent (0 for a wijk) of one area. */
enum store_result area_update(struct db *db, int64_t id, const char *naam, int woningen, int64_t parent_id);

/* Recomputes wijk_id where it is not right. Returns the rows changed, or -1. */
int area_fix_wijk(struct db *db);

/* Areas by code, for the import: id or 0. */
int64_t area_id_by_code(struct db *db, const char *code);

struct register_counts {
	int64_t adressen;     /* in the register */
	int64_t ontbreekt;    /* of which missing from the latest adressen file */
};

enum store_result area_register_counts(struct db *db, struct register_counts *c);

#endif
