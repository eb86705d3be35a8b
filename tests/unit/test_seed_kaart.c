/*
 * test_seed_kaart.c - the demo's map (seed_kaart.c) and the GeoJSON import
 * behind it and behind /beheer/kaart (store/kaart_import.c).
 *
 * The map: docs/voorbeeld/kaart.geojson is byte for byte what the seed
 * loads; it is valid GeoJSON of nine closed, counter-clockwise polygons of
 * 6 to 14 points somewhere in the Netherlands, about 3 by 2 km; the buurten
 * tile the town without gaps, overlaps or T-junctions (a border is the same
 * points on both sides); each wijk is exactly the union of its buurten;
 * Centrum lies west of Oost along the Stationsweg, Noord north of both.
 *
 * The import, on a temporary database with the real migrations: the seed
 * does nothing without the demo's areas, loads nine outlines with a bron
 * and an audit row, and keeps a loaded map on a rerun; a file that is not
 * JSON, not GeoJSON or names no known area is refused with its Dutch
 * message and changes nothing; a failing audit row rolls the load back;
 * codes match whatever their case, unknown features are counted.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth/policy.h"
#include "db/db.h"
#include "db/migrate.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "seed/kaart.h"
#include "store/kaart_import.h"

#define T_NOW 1780000000LL

/* ---- the map's geometry ---- */

struct pt {
	double lon, lat;
};

struct feature {
	char code[16], naam[32];
	struct pt p[16];
	int n;              /* distinct points: the closing repetition left off */
};

static struct feature fs[9];

static const char *const wijk_of[][2] = {
	{ "BU99990101", "WK999901" }, { "BU99990102", "WK999901" }, { "BU99990201", "WK999902" },
	{ "BU99990202", "WK999902" }, { "BU99990301", "WK999903" }, { "BU99990302", "WK999903" },
};

static int same(struct pt a, struct pt b)
{
	return a.lon == b.lon && a.lat == b.lat;
}

static struct feature *by_code(const char *code)
{
	for (int i = 0; i < 9; i++)
		if (!strcmp(fs[i].code, code))
			return &fs[i];
	fail_msg("no feature %s", code);
	return NULL;
}

static int is_buurt(const struct feature *f)
{
	return !strncmp(f->code, "BU", 2);
}

static const char *wijk_code(const struct feature *buurt)
{
	for (size_t i = 0; i < sizeof(wijk_of) / sizeof(wijk_of[0]); i++)
		if (!strcmp(wijk_of[i][0], buurt->code))
			return wijk_of[i][1];
	return "";
}

/* How many times feature f has the directed edge a -> b. */
static int edge_count(const struct feature *f, struct pt a, struct pt b)
{
	int k = 0;
	for (int i = 0; i < f->n; i++)
		k += same(f->p[i], a) && same(f->p[(i + 1) % f->n], b);
	return k;
}

/* Twice the signed area in degrees²: positive for counter-clockwise. */
static double area2(const struct feature *f)
{
	double s = 0;
	for (int i = 0; i < f->n; i++) {
		struct pt a = f->p[i], b = f->p[(i + 1) % f->n];
		s += a.lon * b.lat - b.lon * a.lat;
	}
	return s;
}

static struct pt centre(const struct feature *f)
{
	struct pt c = { 0, 0 };
	for (int i = 0; i < f->n; i++) {
		c.lon += f->p[i].lon / f->n;
		c.lat += f->p[i].lat / f->n;
	}
	return c;
}

/* 1 when the features share an edge (in opposite directions, as neighbours do). */
static int neighbours(const struct feature *f, const struct feature *g)
{
	for (int i = 0; i < f->n; i++)
		if (edge_count(g, f->p[(i + 1) % f->n], f->p[i]))
			return 1;
	return 0;
}

static void read_feature(const cJSON *f, struct feature *out)
{
	const cJSON *props = cJSON_GetObjectItemCaseSensitive(f, "properties");
	const cJSON *geom = cJSON_GetObjectItemCaseSensitive(f, "geometry");
	const cJSON *code = cJSON_GetObjectItemCaseSensitive(props, "statcode");
	const cJSON *naam = cJSON_GetObjectItemCaseSensitive(props, "statnaam");

	assert_true(cJSON_IsString(code) && cJSON_IsString(naam));
	snprintf(out->code, sizeof(out->code), "%s", code->valuestring);
	snprintf(out->naam, sizeof(out->naam), "%s", naam->valuestring);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(geom, "type")->valuestring, "Polygon");
	const cJSON *rings = cJSON_GetObjectItemCaseSensitive(geom, "coordinates");
	assert_int_equal(cJSON_GetArraySize(rings), 1);   /* one outer ring, no holes */
	const cJSON *ring = cJSON_GetArrayItem(rings, 0), *c;
	int n = 0;
	struct pt all[17];
	cJSON_ArrayForEach(c, ring) {
		assert_true(n < 17);
		all[n].lon = cJSON_GetArrayItem(c, 0)->valuedouble;
		all[n].lat = cJSON_GetArrayItem(c, 1)->valuedouble;
		n++;
	}
	assert_true(same(all[0], all[n - 1]));   /* GeoJSON closes a ring */
	out->n = n - 1;
	memcpy(out->p, all, (size_t)out->n * sizeof(struct pt));
	assert_in_range(out->n, 6, 14);
	for (int i = 0; i < out->n; i++)
		for (int j = i + 1; j < out->n; j++)
			assert_false(same(out->p[i], out->p[j]));
}

static int group_setup(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	seed_kaart_geojson(&b);
	cJSON *geo = cJSON_ParseWithLength(b.buf, b.len);
	buf_release(&b);
	if (!geo)
		return -1;
	const cJSON *features = cJSON_GetObjectItemCaseSensitive(geo, "features"), *f;
	int i = 0;
	if (cJSON_GetArraySize(features) != 9) {
		cJSON_Delete(geo);
		return -1;
	}
	cJSON_ArrayForEach(f, features)
		read_feature(f, &fs[i++]);
	cJSON_Delete(geo);
	return 0;
}

static void test_file_is_the_seed(void **state)
{
	(void)state;
	struct buf want = BUF_INIT, got = BUF_INIT;
	char chunk[4096];
	size_t k;
	FILE *f = fopen("docs/voorbeeld/kaart.geojson", "rb");

	assert_non_null(f);
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&got, chunk, k);
	fclose(f);
	seed_kaart_geojson(&want);
	/* Regenerate the file from seed_kaart_geojson() when the outlines change. */
	assert_int_equal(got.len, want.len);
	assert_memory_equal(got.buf, want.buf, want.len);
	buf_release(&want);
	buf_release(&got);
}

static void test_features_and_place(void **state)
{
	(void)state;
	static const char *const names[][2] = {
		{ "WK999901", "Centrum" }, { "WK999902", "Noord" }, { "WK999903", "Oost" },
		{ "BU99990101", "Binnenstad" }, { "BU99990102", "Stationskwartier" }, { "BU99990201", "Bloemenbuurt" },
		{ "BU99990202", "Vogelwijk" }, { "BU99990301", "Parkzicht" }, { "BU99990302", "Havenkant" },
	};
	double minlon = 180, maxlon = -180, minlat = 90, maxlat = -90;

	for (int i = 0; i < 9; i++) {
		assert_string_equal(fs[i].code, names[i][0]);
		assert_string_equal(fs[i].naam, names[i][1]);
		assert_true(area2(&fs[i]) > 0);   /* RFC 7946: outer rings counter-clockwise */
		for (int j = 0; j < fs[i].n; j++) {
			minlon = fmin(minlon, fs[i].p[j].lon);
			maxlon = fmax(maxlon, fs[i].p[j].lon);
			minlat = fmin(minlat, fs[i].p[j].lat);
			maxlat = fmax(maxlat, fs[i].p[j].lat);
		}
	}
	/* In the Netherlands, and a small town: about 3 km east-west, 2 km north-south. */
	assert_true(minlat > 50.75 && maxlat < 53.55 && minlon > 3.36 && maxlon < 7.23);
	double km_ew = (maxlon - minlon) * 111.32 * cos((minlat + maxlat) / 2 * M_PI / 180);
	double km_ns = (maxlat - minlat) * 111.25;
	assert_true(km_ew > 2.5 && km_ew < 4.0);
	assert_true(km_ns > 1.5 && km_ns < 3.0);

	struct feature *centrum = by_code("WK999901"), *noord = by_code("WK999902"), *oost = by_code("WK999903");
	assert_true(centre(centrum).lon < centre(oost).lon);
	assert_true(centre(noord).lat > centre(centrum).lat && centre(noord).lat > centre(oost).lat);
	assert_true(neighbours(centrum, oost) && neighbours(noord, centrum) && neighbours(noord, oost));
	/* The Stationsweg: its even side in Stationskwartier, its odd side in Havenkant (seed.c's streets). */
	assert_true(neighbours(by_code("BU99990102"), by_code("BU99990302")));
}

/* A vertex in the middle of another ring's edge would leave a sliver between the two. */
static void test_no_t_junctions(void **state)
{
	(void)state;
	for (int i = 0; i < 9; i++)
		for (int v = 0; v < fs[i].n; v++) {
			struct pt p = fs[i].p[v];
			for (int j = 0; j < 9; j++)
				for (int e = 0; e < fs[j].n; e++) {
					struct pt a = fs[j].p[e], b = fs[j].p[(e + 1) % fs[j].n];
					if (same(p, a) || same(p, b))
						continue;
					double cross = (b.lon - a.lon) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lon - a.lon);
					double dot = (p.lon - a.lon) * (b.lon - a.lon) + (p.lat - a.lat) * (b.lat - a.lat);
					double len2 = (b.lon - a.lon) * (b.lon - a.lon) + (b.lat - a.lat) * (b.lat - a.lat);
					int inside = dot > 0 && dot < len2 && fabs(cross) < 1e-12;
					if (inside)
						fail_msg("%s has a point on an edge of %s", fs[i].code, fs[j].code);
				}
		}
}

/*
 * The buurten tile the town: every edge is either shared with exactly one
 * other buurt (in the opposite direction) or on the town's edge, which is
 * one closed ring.
 */
static void test_buurten_tile_the_town(void **state)
{
	(void)state;
	struct pt from[128], to[128];
	int n = 0;

	for (int i = 0; i < 9; i++) {
		if (!is_buurt(&fs[i]))
			continue;
		for (int e = 0; e < fs[i].n; e++) {
			struct pt a = fs[i].p[e], b = fs[i].p[(e + 1) % fs[i].n];
			int fwd = 0, back = 0;
			for (int j = 0; j < 9; j++)
				if (is_buurt(&fs[j]) && j != i) {
					fwd += edge_count(&fs[j], a, b);
					back += edge_count(&fs[j], b, a);
				}
			assert_int_equal(fwd, 0);      /* two buurten on one side of a border overlap */
			assert_in_range(back, 0, 1);
			if (!back) {
				from[n] = a;
				to[n++] = b;
			}
		}
	}
	/* Walk the town's edge from its first edge: it must come back having used every edge once. */
	int steps = 0;
	struct pt at = to[0];
	while (!same(at, from[0])) {
		int next = -1;
		for (int k = 0; k < n; k++)
			if (same(from[k], at)) {
				assert_int_equal(next, -1);
				next = k;
			}
		assert_true(next >= 0);
		at = to[next];
		assert_true(++steps < n);
	}
	assert_int_equal(steps + 1, n);
}

/* Each wijk's ring is the edges of its buurten that no other of its buurten shares: their union. */
static void test_wijk_is_union_of_buurten(void **state)
{
	(void)state;
	for (int w = 0; w < 9; w++) {
		if (is_buurt(&fs[w]))
			continue;
		int outline = 0;
		double sum = 0;
		for (int i = 0; i < 9; i++) {
			if (!is_buurt(&fs[i]) || strcmp(wijk_code(&fs[i]), fs[w].code))
				continue;
			sum += area2(&fs[i]);
			for (int e = 0; e < fs[i].n; e++) {
				struct pt a = fs[i].p[e], b = fs[i].p[(e + 1) % fs[i].n];
				int inner = 0;
				for (int j = 0; j < 9; j++)
					if (j != i && is_buurt(&fs[j]) && !strcmp(wijk_code(&fs[j]), fs[w].code))
						inner += edge_count(&fs[j], b, a);
				if (!inner) {
					assert_int_equal(edge_count(&fs[w], a, b), 1);
					outline++;
				}
			}
		}
		assert_int_equal(outline, fs[w].n);
		assert_true(fabs(sum - area2(&fs[w])) < 1e-12);
	}
}

/* ---- the import on a database ---- */

static struct db *db;
static char dir[] = "/tmp/leefbaar-kaart-XXXXXX";

static long long one_int(const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;
	assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void one_text(const char *sql, char *out, size_t size)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db_handle(db), sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

static int db_setup(void **state)
{
	(void)state;
	char path[128];

	log_set_level(LOG_ERROR);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/kaart.db", dir);
	db = db_open(path, 5000);
	return db && migrate_run(db, "migrations") >= 0 ? 0 : -1;
}

static int db_teardown(void **state)
{
	(void)state;
	char path[160];

	db_close(db);
	static const char *const files[] = { "kaart.db", "kaart.db-wal", "kaart.db-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
	return 0;
}

/* The demo's wijken and buurten, as seed.c makes them. */
static void add_demo_areas(void)
{
	char *err = NULL;
	int rc = sqlite3_exec(db_handle(db),
			      "INSERT INTO area(code, naam, soort, parent_id) VALUES"
			      " ('WK999901', 'Centrum', 'wijk', NULL), ('WK999902', 'Noord', 'wijk', NULL),"
			      " ('WK999903', 'Oost', 'wijk', NULL);"
			      "INSERT INTO area(code, naam, soort, parent_id) SELECT b.code, b.naam, 'buurt', w.id FROM"
			      " (SELECT 'BU99990101' code, 'Binnenstad' naam, 'WK999901' wijk"
			      "  UNION ALL SELECT 'BU99990102', 'Stationskwartier', 'WK999901'"
			      "  UNION ALL SELECT 'BU99990201', 'Bloemenbuurt', 'WK999902'"
			      "  UNION ALL SELECT 'BU99990202', 'Vogelwijk', 'WK999902'"
			      "  UNION ALL SELECT 'BU99990301', 'Parkzicht', 'WK999903'"
			      "  UNION ALL SELECT 'BU99990302', 'Havenkant', 'WK999903') b JOIN area w ON w.code = b.wijk;"
			      "UPDATE area SET wijk_id = coalesce(parent_id, id);",
			      NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fail_msg("areas: %s", err);
}

/* A beheerder at the web: the audit row names the user and the address. */
static const struct actor web = { .role = ROLE_BEHEERDER, .user_id = 0, .ip = "192.0.2.7" };

static void exec_sql(const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db_handle(db), sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

/* Runs in order: each step builds on the database the one before left. */
static void test_seed_loads_the_demo_map(void **state)
{
	(void)state;
	char s[64];

	/* Not the demo organisation: nothing to draw, and no error. */
	assert_int_equal(seed_kaart(db, T_NOW), 0);
	assert_int_equal(one_int("SELECT count(*) FROM kaart_bron"), 0);

	add_demo_areas();
	assert_int_equal(seed_kaart(db, T_NOW), 0);
	assert_int_equal(one_int("SELECT count(*) FROM kaart_vorm"), 9);
	assert_int_equal(one_int("SELECT count(*) FROM kaart_vorm k JOIN area a ON a.id = k.area_id"
				 " WHERE a.soort = 'wijk' AND k.pad LIKE 'M%Z'"), 3);
	one_text("SELECT bestandsnaam || ' ' || geladen_op || ' ' || vormen || ' ' || overgeslagen ||"
		 " ' ' || coalesce(geladen_door, 'niemand') FROM kaart_bron", s, sizeof(s));
	assert_string_equal(s, SEED_KAART_BESTAND " 1780000000 9 0 niemand");
	assert_int_equal(one_int("SELECT count(*) FROM audit_log WHERE action = 'geladen' AND object_type = 'kaart'"
				 " AND object_id = 'voorbeeldstad.geojson' AND detail = '9 vormen, 0 overgeslagen'"
				 " AND user_id IS NULL AND ip = 'cli'"), 1);

	/* A rerun of seed --demo keeps the map that is there. */
	assert_int_equal(seed_kaart(db, T_NOW + 60), 0);
	assert_int_equal(one_int("SELECT geladen_op FROM kaart_bron"), T_NOW);
	assert_int_equal(one_int("SELECT count(*) FROM audit_log WHERE object_type = 'kaart'"), 1);
}

static void refused(const char *json, const char *want)
{
	struct kaart_import_result res;
	int audited = one_int("SELECT count(*) FROM audit_log");

	assert_int_equal(kaart_import(db, json, strlen(json), "fout.geojson", &web, T_NOW, &res), STORE_CONFLICT);
	if (!strstr(res.fout, want))
		fail_msg("message \"%s\" lacks \"%s\"", res.fout, want);
	assert_int_equal(one_int("SELECT count(*) FROM audit_log"), audited);
	/* Nothing changed: the demo map is still there. */
	assert_int_equal(one_int("SELECT count(*) FROM kaart_vorm"), 9);
	assert_int_equal(one_int("SELECT geladen_op FROM kaart_bron"), T_NOW);
}

static void test_import_refuses_bad_files(void **state)
{
	(void)state;
	refused("{\"type\": \"FeatureCollection\", ", "de JSON klopt niet");
	refused("{\"type\": \"Point\", \"coordinates\": [5.1, 52.1]}", "FeatureCollection");
	refused("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {}, "
		"\"geometry\": {\"type\": \"Point\", \"coordinates\": [5.1, 52.1]}}]}",
		"geen vlakken");
	refused("{\"type\": \"FeatureCollection\", \"features\": ["
		"{\"type\": \"Feature\", \"properties\": {\"id\": 7, \"naam\": \"Elders\"},"
		" \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [5.01, 52], [5.01, 52.01], [5, 52]]]}},"
		"{\"type\": \"Feature\", \"properties\": {\"statcode\": \"WK000001\"},"
		" \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [5.01, 52.01], [5, 52.01], [5, 52]]]}}]}",
		"Gevonden waarden zijn bijvoorbeeld: Elders, WK000001.");
}

static const char ONE_WIJK[] =
	"{\"type\": \"FeatureCollection\", \"features\": ["
	"{\"type\": \"Feature\", \"properties\": {\"wijkcode\": \"wk999902\"},"
	" \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [5.01, 52], [5.01, 52.01], [5, 52]]]}},"
	"{\"type\": \"Feature\", \"properties\": {\"naam\": \"Buiten\"},"
	" \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[5, 52], [5.01, 52.01], [5, 52.01], [5, 52]]]}}]}";

static void test_import_audit_failure_rolls_back(void **state)
{
	(void)state;
	struct kaart_import_result res;

	/* The audit row cannot be written: the load must not stay without it. */
	exec_sql("CREATE TEMP TRIGGER audit_refuses BEFORE INSERT ON main.audit_log"
		 " BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
	enum store_result r = kaart_import(db, ONE_WIJK, strlen(ONE_WIJK), "noord.geojson", &web, T_NOW + 120, &res);
	exec_sql("DROP TRIGGER audit_refuses");
	assert_int_equal(r, STORE_ERROR);
	assert_false(db_in_tx(db));
	assert_int_equal(one_int("SELECT count(*) FROM kaart_vorm"), 9);
	assert_int_equal(one_int("SELECT geladen_op FROM kaart_bron"), T_NOW);
}

static void test_import_replaces_the_map(void **state)
{
	(void)state;
	struct kaart_import_result res;
	char s[64];

	assert_int_equal(kaart_import(db, ONE_WIJK, strlen(ONE_WIJK), "noord.geojson", &web, T_NOW + 180, &res),
			 STORE_OK);
	assert_int_equal(res.vormen, 1);
	assert_int_equal(res.overgeslagen, 1);
	assert_int_equal(one_int("SELECT count(*) FROM audit_log WHERE action = 'geladen' AND object_type = 'kaart'"
				 " AND object_id = 'noord.geojson' AND detail = '1 vormen, 1 overgeslagen'"
				 " AND ip = '192.0.2.7'"), 1);
	one_text("SELECT a.code FROM kaart_vorm k JOIN area a ON a.id = k.area_id", s, sizeof(s));
	assert_string_equal(s, "WK999902");
	assert_int_equal(one_int("SELECT count(*) FROM kaart_vorm"), 1);
	one_text("SELECT bestandsnaam || ' ' || vormen || ' ' || overgeslagen FROM kaart_bron", s, sizeof(s));
	assert_string_equal(s, "noord.geojson 1 1");
	/* The seed's row and this one: the refused and rolled-back loads left none. */
	assert_int_equal(one_int("SELECT count(*) FROM audit_log WHERE object_type = 'kaart'"), 2);
}

int main(void)
{
	const struct CMUnitTest geometry[] = {
		cmocka_unit_test(test_file_is_the_seed),
		cmocka_unit_test(test_features_and_place),
		cmocka_unit_test(test_no_t_junctions),
		cmocka_unit_test(test_buurten_tile_the_town),
		cmocka_unit_test(test_wijk_is_union_of_buurten),
	};
	const struct CMUnitTest database[] = {
		cmocka_unit_test(test_seed_loads_the_demo_map),
		cmocka_unit_test(test_import_refuses_bad_files),
		cmocka_unit_test(test_import_audit_failure_rolls_back),
		cmocka_unit_test(test_import_replaces_the_map),
	};
	int failed = cmocka_run_group_tests_name("seed_kaart geometry", geometry, group_setup, NULL);
	return failed + cmocka_run_group_tests_name("kaart_import", database, db_setup, db_teardown);
}
