/*
 * kpi_kaart.h - the outlines of wijken and buurten for the dashboard's map
 * (migration 0008, kaart_vorm and kaart_bron): replaced as a whole by an
 * upload in /beheer/kaart, read whole by the map page.
 */
#ifndef LEEFBAAR_STORE_KPI_KAART_H
#define LEEFBAAR_STORE_KPI_KAART_H

#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;

/* An outline in map units (domain/geo.h projects it; the fields of struct geo_shape). */
struct kaart_shape {
	const char *pad;           /* SVG path data */
	double minx, miny, maxx, maxy;
	double labelx, labely;
};

struct kaart_vorm {
	int64_t area_id;
	int64_t wijk_id;           /* the area's wijk (itself for a wijk) */
	int is_wijk;
	const char *code, *naam;   /* of the area */
	struct kaart_shape shape;  /* pad in the arena */
};

/* The area with this code (CBS code, upper case): id, wijk and whether it is a wijk. STORE_NOTFOUND if none. */
enum store_result kaart_area_by_code(struct db *db, const char *code, int64_t *id, int64_t *wijk_id, int *is_wijk);

/* Inside the caller's transaction: removes every outline (a new file replaces the old one). */
enum store_result kaart_clear(struct db *db);
/* Inside the caller's transaction: stores one outline (a later one for the same area replaces it). */
enum store_result kaart_put(struct db *db, int64_t area_id, const struct kaart_shape *s);
/* Inside the caller's transaction: records which file this was. */
enum store_result kaart_set_bron(struct db *db, const char *bestandsnaam, int64_t now, int64_t user_id,
				 int vormen, int overgeslagen);

/* Every outline, wijken first; count or -1. */
int kaart_load(struct db *db, struct arena *a, struct kaart_vorm **out);

struct kaart_bron {
	const char *bestandsnaam;
	int64_t geladen_op;
	const char *geladen_door;
	int vormen, overgeslagen;
};
/* The last upload; STORE_NOTFOUND when there never was one. */
enum store_result kaart_bron_get(struct db *db, struct arena *a, struct kaart_bron *out);

#endif
