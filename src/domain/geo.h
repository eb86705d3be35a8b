/*
 * geo.h - a GeoJSON file of wijken or buurten as map outlines: SVG path
 * data in map units, with each outline's box and a place for its label.
 *
 * There is one exported function, geo_project(). The beheerder's upload
 * (store/kaart_import.c) projects once and stores the outlines; the map
 * page only draws them.
 */
#ifndef LEEFBAAR_DOMAIN_GEO_H
#define LEEFBAAR_DOMAIN_GEO_H

#include <cjson/cJSON.h>

/* The width of the projected collection, in map units. */
#define GEO_MAP_WIDTH 1000.0

/* One projected outline, in map units (y down). */
struct geo_shape {
	const char *pad;             /* SVG path data */
	double minx, miny, maxx, maxy;
	double labelx, labely;       /* the centroid of its largest ring */
};

/*
 * Projects a GeoJSON FeatureCollection (or a single Feature) of Polygon
 * and MultiPolygon features. Coordinates in degrees (WGS84, as GeoJSON
 * prescribes) get an equirectangular projection around the middle of the
 * data's box (x scaled by the cosine of that latitude: true enough for a
 * city); coordinates beyond degrees are taken as metres of a flat grid
 * (RD New, EPSG:28992, as CBS publishes). Either way the collection is
 * scaled to GEO_MAP_WIDTH units wide, y pointing down, and points closer
 * than a tenth of a unit to the previous one are dropped.
 *
 * Calls fn once per polygonal feature with its properties (may be NULL)
 * and its outline (valid during the call only). Returns the number of
 * features drawn, or -1 with a Dutch message in *err (not GeoJSON, no
 * polygons, coordinates that are not numbers).
 */
int geo_project(const cJSON *geojson, void (*fn)(void *ctx, const cJSON *properties, const struct geo_shape *s),
		void *ctx, const char **err);

#endif
