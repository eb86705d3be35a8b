/*
 * kaart_import.h - loading a GeoJSON file of wijken and buurten as the
 * dashboard's map: parse it, project it (domain/geo.h), match each feature
 * to an area by its code, and replace the stored outlines
 * (store/kpi_kaart.h) in one transaction together with its audit row.
 *
 * There is one exported function, kaart_import(). /beheer/kaart calls it
 * with an uploaded file, the demo (seed_kaart.c) with its own outlines, so
 * both go through the same matching and leave the same traces.
 */
#ifndef LEEFBAAR_STORE_KAART_IMPORT_H
#define LEEFBAAR_STORE_KAART_IMPORT_H

#include "store/store.h"

#include <stddef.h>
#include <stdint.h>

struct db;

/* Room for the longest refusal: a fixed text and five example values of at most 40 bytes. */
#define KAART_IMPORT_FOUT_MAX 640

struct kaart_import_result {
	int vormen;                          /* areas stored (several features of one area count once) */
	int overgeslagen;                    /* polygonal features that name no known area */
	char fout[KAART_IMPORT_FOUT_MAX];    /* STORE_CONFLICT: why the file was refused, Dutch, for the form */
};

struct actor;

/*
 * Loads the GeoJSON text json (len bytes, need not end in NUL): a
 * FeatureCollection or Feature of Polygon and MultiPolygon features whose
 * properties carry the area's CBS code ("statcode", "code", ... or any
 * short text that is a known code; case does not matter). Features of one
 * area are joined; features of unknown areas are skipped and counted.
 *
 * On success the file replaces every stored outline, kaart_bron records
 * bestandsnaam, now and who's user (0: nobody, as for the demo), and the
 * audit trail gets who's row: action "geladen", type "kaart", id
 * bestandsnaam, detail "N vormen, N overgeslagen". All of it commits
 * together; a failing audit row rolls the load back.
 *
 * Opens its own transaction: call it outside one. Fills out and returns
 * STORE_OK; STORE_CONFLICT when the file is refused (not JSON, not
 * GeoJSON with polygons), or no feature names a known area: out->fout says
 * which, and lists a few values it did find); STORE_ERROR when the
 * database failed (logged). Nothing changes unless it returns STORE_OK.
 */
enum store_result kaart_import(struct db *db, const char *json, size_t len, const char *bestandsnaam,
			       const struct actor *who, int64_t now, struct kaart_import_result *out);

#endif
