/*
 * kaart.h - the map of the demo gemeente Voorbeeldstad (seed.c): the
 * outlines of its three wijken and six buurten as GeoJSON, loaded the way
 * an upload in /beheer/kaart is, so the demo's /dashboard/kaart draws a
 * map. The same text is docs/voorbeeld/kaart.geojson, for trying the
 * upload by hand.
 */
#ifndef LEEFBAAR_SEED_KAART_H
#define LEEFBAAR_SEED_KAART_H

#include <stdint.h>

struct buf;
struct db;

/* The file name the demo map is recorded under (kaart_bron, audit trail). */
#define SEED_KAART_BESTAND "voorbeeldstad.geojson"

/*
 * Appends the map to out: a FeatureCollection of Polygon features in
 * WGS84 degrees, wijken first, each with "statcode" (the CBS code) and
 * "statnaam", pretty-printed and ending in a newline. Neighbouring buurten
 * share their border's points exactly; a wijk's outline is the union of
 * its buurten'. The same bytes every time: docs/voorbeeld/kaart.geojson
 * holds them.
 */
void seed_kaart_geojson(struct buf *out);

/*
 * Loads that map through kaart_import() (store/kaart_import.h) as user 0
 * at now, with its audit row, and prints one line saying so. Does nothing
 * (and returns 0) when a map is loaded already, so a rerun of
 * `seed --demo` keeps a map the beheerder uploaded, or when the demo's
 * areas are not in the database. 0/-1 (logged).
 */
int seed_kaart(struct db *db, int64_t now);

#endif
