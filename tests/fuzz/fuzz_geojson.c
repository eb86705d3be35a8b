/*
 * fuzz_geojson.c - a GeoJSON file of wijken and buurten as the beheerder
 * uploads it for the map: kaart_import() (store/kaart_import.c) parses it,
 * projects it (domain/geo.c) and matches it to the areas of the demo
 * organisation in the database inproc_init() made. Nothing may crash; a
 * refusal says why; a load stores at least one outline; the projection
 * gives finite boxes and path data.
 */
#include "db/db.h"
#include "auth/policy.h"
#include "domain/geo.h"
#include "inproc.h"
#include "store/kaart_import.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static void check_shape(void *ctx, const cJSON *props, const struct geo_shape *s)
{
	(void)ctx;
	(void)props;
	if (!s->pad || !isfinite(s->minx) || !isfinite(s->miny) || !isfinite(s->maxx) || !isfinite(s->maxy) ||
	    s->minx > s->maxx || s->miny > s->maxy || !isfinite(s->labelx) || !isfinite(s->labely))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct actor who = { .role = ROLE_BEHEERDER, .ip = "fuzz" };
	struct kaart_import_result res;
	const char *err = NULL;

	if (size > 262144)
		return 0;
	inproc_init();
	enum store_result r = kaart_import(db_thread(), (const char *)data, size, "fuzz.geojson", &who, 1795000000, &res);
	if (r == STORE_ERROR || (r == STORE_OK && res.vormen < 1) || (r == STORE_CONFLICT && !res.fout[0]))
		abort();
	cJSON *geo = cJSON_ParseWithLength((const char *)data, size);
	if (geo && geo_project(geo, check_shape, NULL, &err) < 0 && !err)
		abort();
	cJSON_Delete(geo);
	return 0;
}
