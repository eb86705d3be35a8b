/*
 * test_kaart_demo.c - the demo's map against the real server: after the
 * demo organisation and seed_kaart() (called here on the server's database,
 * as `seed --demo` calls it) the database holds the nine outlines, the
 * coördinator's /dashboard/kaart draws an SVG map with a path per wijk
 * (valid HTML), a wijkbeheerder's only their wijk, and /beheer/kaart shows
 * the file with all nine. Uploading docs/voorbeeld/kaart.geojson there
 * stores exactly the same outlines, and a later seed_kaart() keeps the
 * uploaded map.
 */
#include "accounts.h"
#include "harness.h"

#include "db/db.h"
#include "seed/kaart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Every outline with its area, in one string, to compare two loads. */
#define SQL_OUTLINES                                                                                              \
	"SELECT group_concat(code || ' ' || pad || ' ' || labelx || ' ' || labely, ';') FROM"                      \
	" (SELECT a.code, k.pad, k.labelx, k.labely FROM kaart_vorm k JOIN area a ON a.id = k.area_id ORDER BY a.code)"

/* The demo organisation and its map, once per server. */
static void build(struct server *s)
{
	seed_organisation(s);
	if (!server_once(s, "seed_kaart"))
		return;
	struct db *db = db_open(s->db_path, 5000);
	assert_non_null(db);
	assert_int_equal(seed_kaart(db, (int64_t)time(NULL)), 0);
	db_close(db);
}

/* The map's areas, not the logo's paths. */
static int map_paths(const struct response *r)
{
	int n = 0;
	for (const char *p = r->body; (p = strstr(p, "fill-rule=\"evenodd\"")); p++)
		n++;
	return n;
}

static void test_demo_map(void **state)
{
	struct server *s = *state;
	build(s);

	assert_int_equal(test_db_int(s, "SELECT count(*) FROM kaart_vorm"), 9);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM kaart_vorm k JOIN area a ON a.id = k.area_id"
					" WHERE a.soort = 'wijk'"), 3);
	assert_int_equal(test_db_int(s, "SELECT vormen FROM kaart_bron WHERE bestandsnaam = 'voorbeeldstad.geojson'"), 9);

	/* The coördinator sees all three wijken, each a linked, titled area of the map. */
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	struct response *r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "<svg class=\"map-svg\"");
	assert_body_contains(r, "role=\"img\"");
	assert_int_equal(map_paths(r), 3);
	assert_body_contains(r, "<title>Centrum: ");
	assert_body_contains(r, "<title>Noord: ");
	assert_body_contains(r, "<title>Oost: ");
	assert_body_contains(r, "href=\"/meldingen?status=alle&amp;van=");
	assert_null(strstr(r->body, "nog geen kaart"));
	assert_tidy(r);
	response_free(r);
	client_free(c);

	/* The wijkbeheerder of Oost: one wijk. */
	c = account_client(s, "wijkbeheer.oost@voorbeeld.example", DEMO_PASSWORD);
	r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_int_equal(map_paths(r), 1);
	assert_body_contains(r, "<title>Oost: ");
	response_free(r);
	client_free(c);

	/* The beheerder's preview: the file and all nine areas, wijken and buurten. */
	c = account_client(s, "beheerder@voorbeeld.example", DEMO_PASSWORD);
	r = client_get(c, "/beheer/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "voorbeeldstad.geojson");
	assert_int_equal(map_paths(r), 9);
	assert_body_contains(r, "Stationskwartier (BU99990102)");
	assert_tidy(r);
	response_free(r);
	client_free(c);
}

/* docs/voorbeeld/kaart.geojson, uploaded by hand, is the same map; the seed leaves an upload alone. */
static void test_example_file_upload(void **state)
{
	struct server *s = *state;
	build(s);
	char *seeded_outlines = test_sql_text(s, "%s", SQL_OUTLINES);
	size_t len;
	char *geo = read_whole_file("docs/voorbeeld/kaart.geojson", &len);

	struct client *b = account_client(s, "beheerder@voorbeeld.example", DEMO_PASSWORD);
	char *csrf = account_csrf(b, "/beheer/kaart");
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", csrf),
		FORM_FILE("bestand", geo, len, "kaart.geojson", "application/geo+json"),
		FORM_END,
	};
	struct response *r = client_post_multipart(b, "/beheer/kaart", parts);
	assert_status(r, 303);
	response_free(r);
	r = client_get(b, "/beheer/kaart?melding=geladen");
	assert_body_contains(r, "De kaart is geladen.");
	assert_body_contains(r, "9 wijken en buurten");
	response_free(r);
	free(csrf);
	client_free(b);

	char *uploaded_outlines = test_sql_text(s, "%s", SQL_OUTLINES);
	assert_string_equal(uploaded_outlines, seeded_outlines);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM kaart_bron WHERE bestandsnaam = 'kaart.geojson'"
					" AND geladen_door = (SELECT id FROM user WHERE email = 'beheerder@voorbeeld.example')"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geladen' AND object_type = 'kaart'"
					" AND object_id = 'kaart.geojson' AND ip = '127.0.0.1'"), 1);

	/* A rerun of the seed keeps the beheerder's map. */
	struct db *db = db_open(s->db_path, 5000);
	assert_non_null(db);
	assert_int_equal(seed_kaart(db, (int64_t)time(NULL)), 0);
	db_close(db);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM kaart_bron WHERE bestandsnaam = 'kaart.geojson'"), 1);

	free(uploaded_outlines);
	free(seeded_outlines);
	free(geo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo_map),
		/* It replaces the seeded map, which test_demo_map checks: a server of its own. */
		HARNESS_FRESH_TEST(test_example_file_upload),
	};
	return harness_run_suite("kaart_demo", tests, ARRAY_SIZE(tests), NULL);
}
