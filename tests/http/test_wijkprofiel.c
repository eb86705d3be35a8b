/*
 * test_wijkprofiel.c - the wijkprofiel (issue 18, point 1) against the
 * real server: GET /wijken, /wijken/{code}, /api/v1/wijken(/{code}) and
 * the profile CSV.
 *
 *   - a wijkbeheerder (Centrum) sees Centrum and its buurten and gets a
 *     404 for Oost, for a buurt of Oost, in the API and in the CSV; the
 *     coördinator sees every wijk and buurt;
 *   - the figures on the page, in the JSON and in the CSV equal counts
 *     made here from the melding table, and the terms equal what
 *     /api/v1/kpi answers for the same wijk and year;
 *   - the counts kept by migration 0047's triggers equal a recount after
 *     staff confirm and answer a melding and move one to another buurt;
 *   - only interventions of dossiers the user may read are listed.
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Tuesday 1 December 2026
 * 10:00 in Amsterdam, the demo organisation and meldingen over five years
 * taken in through the API with their receipt moment.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/days.h"
#include "lib/buf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COORDINATOR "coordinator@voorbeeld.example"
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"      /* Centrum */
#define PINNED "2026-12-01T10:00:00+01:00"

#define CENTRUM "\"postcode\": \"1011 AA\", \"huisnummer\": \"1\""
#define OOST "\"postcode\": \"1091 AA\", \"huisnummer\": \"5\""

/* A melding of categorie at adres, received on day at 10:00, taken in with token. */
static void melding(struct server *s, const char *token, const char *adres, const char *categorie, const char *day)
{
	char body[400];
	int32_t dn = 0;
	struct client *c = client_new(s);

	assert_int_equal(days_parse(day, &dn), 0);
	snprintf(body, sizeof(body),
		 "{\"omschrijving\": \"Testmelding voor het wijkprofiel.\", \"categorie\": \"%s\", %s,"
		 " \"anoniem\": true, \"ontvangen_op\": \"%s\"}", categorie, adres, amsterdam_moment(dn, 10));
	free(api_melding(c, token, body));
	client_free(c);
}

/*
 * A copy of melding id received on day (its terms shifted with it): the API
 * takes a receipt moment at most a year back, the profile looks five back.
 * Written through SQL, so 0047's triggers count it as they count any.
 */
static void copy_to(struct server *s, long long id, const char *day, int nr)
{
	int32_t dn = 0;
	int y, m, d;

	assert_int_equal(days_parse(day, &dn), 0);
	days_to_civil(dn, &y, &m, &d);
	test_sql(s, "INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op,"
		    " kanaal, category_id, omschrijving, voorval, postcode, huisnummer, toevoeging, plaats, adres_tekst,"
		    " address_id, buurt_id, wijk_id, complex_id, melder_naam, melder_email, melder_telefoon, anoniem,"
		    " status, created_by, bevestigen_dag, terugkoppelen_dag, streef_dag)"
		    " SELECT 'M-%d-9%05d', %d, 900000 + %d, ontvangen_op + (%d - ontvangen_dag) * 86400, %d, geregistreerd_op,"
		    " kanaal, category_id, omschrijving, voorval, postcode, huisnummer, toevoeging, plaats, adres_tekst,"
		    " address_id, buurt_id, wijk_id, complex_id, melder_naam, melder_email, melder_telefoon, anoniem,"
		    " status, created_by, bevestigen_dag + %d - ontvangen_dag, terugkoppelen_dag + %d - ontvangen_dag,"
		    " streef_dag + %d - ontvangen_dag FROM melding WHERE id = %lld",
		 y, nr, y, nr, (int)dn, (int)dn, (int)dn, (int)dn, (int)dn, id);
}

static long long last_melding(struct server *s)
{
	return test_sql_int(s, "SELECT max(id) FROM melding");
}

static void build(struct server *s)
{
	if (!server_once(s, "wijkprofiel"))
		return;
	seed_organisation(s);
	demo_homes(s);
	char *token = account_token(s, COORDINATOR);
	melding(s, token, CENTRUM, "zwerfvuil", "2026-03-10");
	long long zwerfvuil = last_melding(s);
	melding(s, token, CENTRUM, "geluid", "2026-06-15");
	melding(s, token, CENTRUM, "zwerfvuil", "2026-11-30");
	melding(s, token, CENTRUM, "geluid", "2025-12-10");
	long long geluid = last_melding(s);
	melding(s, token, OOST, "geluid", "2026-04-01");
	long long oost = last_melding(s);
	copy_to(s, geluid, "2025-03-10", 1);
	copy_to(s, zwerfvuil, "2025-06-15", 2);
	copy_to(s, geluid, "2022-05-02", 3);
	copy_to(s, oost, "2025-04-01", 4);
	free(token);
}

/* The meldingen of an area (wijk_id or buurt_id by code) received in a year, counted from the table itself. */
static long long count_year(struct server *s, const char *column, const char *code, int jaar)
{
	return test_sql_int(s,
			    "SELECT count(*) FROM melding WHERE %s = (SELECT id FROM area WHERE code = '%s')"
			    " AND ontvangen_dag BETWEEN %d AND %d",
			    column, code, (int)days_from_civil(jaar, 1, 1), (int)days_from_civil(jaar, 12, 31));
}

static long long woningen(struct server *s, const char *code)
{
	return test_sql_int(s, "SELECT woningen FROM area WHERE code = '%s'", code);
}

static struct response *get_as(struct server *s, const char *email, const char *path)
{
	struct client *c = account_client(s, email, DEMO_PASSWORD);
	struct response *r = client_get(c, path);
	client_free(c);
	return r;
}

static int status_as(struct server *s, const char *email, const char *path)
{
	struct response *r = get_as(s, email, path);
	int st = (int)r->status;
	response_free(r);
	return st;
}

/* The year jaar of a profile's JSON "jaren". */
static const cJSON *jaar_of(const cJSON *profiel, int jaar)
{
	const cJSON *y;
	cJSON_ArrayForEach(y, cJSON_GetObjectItemCaseSensitive(profiel, "jaren"))
		if ((int)json_num(y, "jaar") == jaar)
			return y;
	fail_msg("no year %d in the profile", jaar);
	return NULL;
}

/* ---- who sees what ---- */

static void test_wijkbeheerder_own_wijk_only(void **state)
{
	struct server *s = *state;
	build(s);

	struct response *r = get_as(s, WIJKBEHEER, "/wijken/WK999901");
	assert_status(r, 200);
	assert_body_contains(r, "Wijkprofiel Centrum");
	/* Down to its buurten, and from a buurt up to its wijk. */
	assert_body_contains(r, "<a href=\"/wijken/BU99990101\">Binnenstad</a>, <a href=\"/wijken/BU99990102\">");
	response_free(r);
	r = get_as(s, WIJKBEHEER, "/wijken/BU99990101");
	assert_body_contains(r, "href=\"/wijken/WK999901\"");
	response_free(r);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/BU99990101"), 200);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/wk999901"), 200);
	/* Oost, a buurt of Oost, and what is no wijk or buurt at all: all the same 404. */
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/WK999903"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/BU99990301"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/C-1042"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/BESTAATNIET"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/api/v1/wijken/WK999903"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/api/v1/wijken/BU99990301"), 404);
	assert_int_equal(status_as(s, WIJKBEHEER, "/wijken/WK999903/cijfers.csv"), 404);
	/* The refusal is on the audit trail, like a melding of another wijk. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'wijk'"
				    " AND object_id = 'WK999903'") > 0);

	/* The index and the list: Centrum and its buurten, nothing of Oost or Noord. */
	r = get_as(s, WIJKBEHEER, "/wijken");
	assert_status(r, 200);
	assert_body_contains(r, "href=\"/wijken/WK999901\"");
	assert_body_contains(r, "href=\"/wijken/BU99990102\"");
	assert_body_contains(r, "href=\"/schouwen\"");
	assert_body_contains(r, "href=\"/budget\"");
	assert_null(strstr(r->body, "/wijken/WK999903"));
	assert_null(strstr(r->body, "/wijken/WK999902"));
	/* The nav item. */
	assert_body_contains(r, "href=\"/wijken\"");
	response_free(r);
	r = get_as(s, WIJKBEHEER, "/api/v1/wijken");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_int_equal((int)json_num(j, "totaal"), 3);
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "items"))
		assert_string_equal(json_str(it, "wijk"), "WK999901");
	cJSON_Delete(j);
	response_free(r);
	r = get_as(s, WIJKBEHEER, "/wijken/cijfers.csv");
	assert_status(r, 200);
	assert_body_contains(r, ";WK999901;Centrum;wijk;2026;");
	assert_null(strstr(r->body, "WK999903"));
	response_free(r);
}

static void test_coordinator_sees_all(void **state)
{
	struct server *s = *state;
	build(s);

	struct response *r = get_as(s, COORDINATOR, "/api/v1/wijken");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_int_equal((long long)json_num(j, "totaal"),
			 test_sql_int(s, "SELECT count(*) FROM area WHERE soort IN ('wijk', 'buurt')"));
	cJSON_Delete(j);
	response_free(r);
	assert_int_equal(status_as(s, COORDINATOR, "/wijken/WK999903"), 200);
	assert_int_equal(status_as(s, COORDINATOR, "/wijken/BU99990301"), 200);
	r = get_as(s, COORDINATOR, "/wijken");
	assert_body_contains(r, "href=\"/wijken/WK999902\"");
	assert_body_contains(r, "href=\"/wijken/WK999903\"");
	response_free(r);
	/* A year out of range is said, not guessed. */
	assert_int_equal(status_as(s, COORDINATOR, "/wijken/WK999901?jaar=1999"), 422);
	assert_int_equal(status_as(s, COORDINATOR, "/wijken/WK999901?jaar=2027"), 422);
	assert_int_equal(status_as(s, COORDINATOR, "/api/v1/wijken/WK999901?jaar=twee"), 422);
	assert_int_equal(status_as(s, COORDINATOR, "/wijken/WK999901?jaar=2024"), 200);
}

/* A wijkbeheerder bound to no wijk sees an index that says so, and no profile. */
static void test_no_areas(void **state)
{
	struct server *s = *state;
	build(s);

	account_add(s, "zonder.wijk@voorbeeld.example", "Zonder Wijk", "wijkbeheerder", NULL, NULL);
	struct client *c = account_client(s, "zonder.wijk@voorbeeld.example", TEST_PASSWORD);
	struct response *r = client_get(c, "/wijken");
	assert_status(r, 200);
	assert_body_contains(r, "Er zijn geen wijken in uw gebied.");
	assert_null(strstr(r->body, "href=\"/wijken/WK"));
	response_free(r);
	r = client_get(c, "/wijken/WK999901");
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/api/v1/wijken");
	cJSON *j = response_json(r);
	assert_int_equal((int)json_num(j, "totaal"), 0);
	cJSON_Delete(j);
	response_free(r);
	client_free(c);
}

/* ---- the figures ---- */

/* The terms of one year equal what /api/v1/kpi answers for that wijk and year. */
static void same_terms_as_kpi(struct server *s, const cJSON *year, int jaar)
{
	char path[160];
	snprintf(path, sizeof(path), "/api/v1/kpi?van=%d-01-01&tot=%d-12-31&wijk=WK999901", jaar, jaar);
	struct response *r = get_as(s, COORDINATOR, path);
	assert_status(r, 200);
	cJSON *k = response_json(r);
	assert_int_equal((int)json_num(k, "ontvangen"), (int)json_num(year, "ontvangen"));
	const char *terms[] = { "bevestiging", "terugkoppeling" };
	const char *keys[] = { "op_tijd", "te_laat", "open" };
	for (int t = 0; t < 2; t++) {
		const cJSON *a = cJSON_GetObjectItemCaseSensitive(k, terms[t]);
		const cJSON *b = cJSON_GetObjectItemCaseSensitive(year, terms[t]);
		for (int i = 0; i < 3; i++)
			if ((int)json_num(a, keys[i]) != (int)json_num(b, keys[i]))
				fail_msg("%d %s.%s: kpi %d, profiel %d", jaar, terms[t], keys[i], (int)json_num(a, keys[i]),
					 (int)json_num(b, keys[i]));
	}
	cJSON_Delete(k);
	response_free(r);
}

static void test_figures_json(void **state)
{
	struct server *s = *state;
	build(s);

	struct response *r = get_as(s, COORDINATOR, "/api/v1/wijken/WK999901");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_string_equal(json_str(j, "code"), "WK999901");
	assert_int_equal((int)json_num(j, "jaar"), 2026);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "jaren")), 6);
	for (int jaar = 2021; jaar <= 2026; jaar++) {
		const cJSON *y = jaar_of(j, jaar);
		assert_int_equal((long long)json_num(y, "ontvangen"), count_year(s, "wijk_id", "WK999901", jaar));
	}
	assert_int_equal((int)json_num(jaar_of(j, 2026), "ontvangen"), 3);
	assert_int_equal((int)json_num(jaar_of(j, 2025), "ontvangen"), 3);
	/* Per 100 of the wijk's homes, to one decimal. */
	double per100 = 3 * 100.0 / (double)woningen(s, "WK999901");
	assert_true(fabs(json_num(jaar_of(j, 2025), "per_100_woningen") - per100) < 0.051);
	const cJSON *pc = cJSON_GetObjectItemCaseSensitive(jaar_of(j, 2025), "per_categorie");
	assert_int_equal((int)json_num(pc, "geluid"), 2);
	assert_int_equal((int)json_num(pc, "zwerfvuil"), 1);
	same_terms_as_kpi(s, jaar_of(j, 2025), 2025);
	same_terms_as_kpi(s, jaar_of(j, 2026), 2026);
	/* The other parts' keys follow (placeholders may leave theirs out; the profile's own are there). */
	assert_non_null(cJSON_GetObjectItemCaseSensitive(j, "ave_nu"));
	assert_non_null(cJSON_GetObjectItemCaseSensitive(j, "interventies"));
	cJSON_Delete(j);
	response_free(r);

	/* A buurt counts its own meldingen (melding.buurt_id). */
	r = get_as(s, COORDINATOR, "/api/v1/wijken/BU99990101?jaar=2025");
	j = response_json(r);
	assert_string_equal(json_str(j, "soort"), "buurt");
	assert_string_equal(json_str(j, "wijk"), "WK999901");
	assert_int_equal((long long)json_num(jaar_of(j, 2025), "ontvangen"), count_year(s, "buurt_id", "BU99990101", 2025));
	assert_int_equal((long long)json_num(jaar_of(j, 2022), "ontvangen"), 1);
	cJSON_Delete(j);
	response_free(r);
	r = get_as(s, COORDINATOR, "/api/v1/wijken/BU99990102");
	j = response_json(r);
	assert_int_equal((int)json_num(jaar_of(j, 2026), "ontvangen"), 0);
	cJSON_Delete(j);
	response_free(r);
}

static void test_figures_page_and_csv(void **state)
{
	struct server *s = *state;
	build(s);

	struct response *r = get_as(s, WIJKBEHEER, "/wijken/WK999901?jaar=2025");
	assert_status(r, 200);
	/* The year's row: the count, and the charts with their tables. */
	char want[160];
	snprintf(want, sizeof(want), "<th scope=\"row\" class=\"nowrap\">2025</th><td class=\"num\">%lld</td>",
		 count_year(s, "wijk_id", "WK999901", 2025));
	assert_body_contains(r, want);
	assert_body_contains(r, "<svg class=\"chart-svg\"");
	assert_body_contains(r, "Meldingen per pijler, per jaar");
	assert_body_contains(r, "Termijnen gehaald, per jaar");
	assert_body_contains(r, "Dossiers per jaar");
	assert_body_contains(r, "Interventies en acties die lopen");
	response_free(r);

	r = get_as(s, WIJKBEHEER, "/wijken/WK999901/cijfers.csv?jaar=2025");
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "text/csv");
	assert_header_contains(r, "Content-Disposition", "wijkprofiel-WK999901-2025.csv");
	/* The BOM, then the header. */
	assert_true(r->len > 3 && !memcmp(r->body, "\xEF\xBB\xBFwijk;gebied;gebied_naam;soort;jaar;lopend;woningen;ontvangen;"
					  "per_100_woningen;", 75));
	long long homes = woningen(s, "WK999901"), n = count_year(s, "wijk_id", "WK999901", 2025);
	char rate[16];
	snprintf(rate, sizeof(rate), "%.1f", (double)n * 100.0 / (double)homes);
	*strchr(rate, '.') = ',';
	snprintf(want, sizeof(want), "\r\nWK999901;WK999901;Centrum;wijk;2025;0;%lld;%lld;%s;", homes, n, rate);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want), "\r\nWK999901;WK999901;Centrum;wijk;2020;0;%lld;0;0,0;", homes);
	assert_body_contains(r, want);
	response_free(r);
	r = get_as(s, WIJKBEHEER, "/wijken/WK999901/cijfers.csv?jaar=2025&scheiding=komma");
	assert_body_contains(r, "wijk,gebied,gebied_naam");
	response_free(r);
}

/* The counts kept by the triggers equal a recount from the meldingen after staff work on one. */
static void test_counts_follow_changes(void **state)
{
	struct server *s = *state;
	build(s);

	long long id = test_sql_int(s, "SELECT min(id) FROM melding WHERE wijk_id = (SELECT id FROM area WHERE code = 'WK999901')"
				       " AND ontvangen_dag >= %d", (int)days_from_civil(2026, 1, 1));
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	char page[64], path[96];
	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/bevestigen", id);
	struct response *r = account_post(c, page, path, NULL);
	response_free(r);
	client_free(c);
	/* Moved to the other buurt of Centrum, and a category changed, as a correction would. */
	test_sql(s, "UPDATE melding SET buurt_id = (SELECT id FROM area WHERE code = 'BU99990102'),"
		    " category_id = (SELECT id FROM category WHERE code = 'zwerfvuil') WHERE id = %lld", id);
	test_sql(s, "UPDATE melding SET teruggekoppeld_dag = ontvangen_dag + 30 WHERE id = %lld", id);
	const char *recount =
		"SELECT area_id, j, mnd, category_id, count(*),"
		" sum(coalesce(bevestigd_dag <= bevestigen_dag, 0)), sum(coalesce(bevestigd_dag > bevestigen_dag, 0)),"
		" sum(coalesce(teruggekoppeld_dag <= terugkoppelen_dag, 0)), sum(coalesce(teruggekoppeld_dag > terugkoppelen_dag, 0)),"
		" sum(coalesce(teruggekoppeld_dag <= streef_dag, 0))"
		" FROM (SELECT a.id AS area_id, CAST(strftime('%Y', m.ontvangen_dag * 86400, 'unixepoch') AS INTEGER) AS j,"
		"  CAST(strftime('%m', m.ontvangen_dag * 86400, 'unixepoch') AS INTEGER) AS mnd, m.category_id,"
		"  m.bevestigd_dag, m.bevestigen_dag, m.teruggekoppeld_dag, m.terugkoppelen_dag, m.streef_dag"
		"  FROM melding m JOIN area a ON a.id IN (m.wijk_id, m.buurt_id))"
		" GROUP BY 1, 2, 3, 4";
	const char *stored =
		"SELECT area_id, jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat,"
		" teruggekoppeld_op_tijd, teruggekoppeld_te_laat, binnen_streef FROM wijk_cijfer WHERE ontvangen > 0";
	long long diff = test_sql_int(s, "SELECT count(*) FROM (%s EXCEPT %s)", recount, stored) +
			 test_sql_int(s, "SELECT count(*) FROM (%s EXCEPT %s)", stored, recount);
	assert_int_equal(diff, 0);
	assert_true(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND bevestigd_dag IS NOT NULL", id) == 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM wijk_cijfer WHERE ontvangen < 0"), 0);
}

/* Planned interventions of open dossiers; a gevoelig dossier's only for who may read it. */
static void test_interventies(void **state)
{
	struct server *s = *state;
	build(s);

	long long co = test_user_id(s, COORDINATOR);
	for (int g = 0; g < 2; g++) {
		test_sql(s, "INSERT INTO dossier(referentie, jaar, volgnummer, address_id, buurt_id, wijk_id, onderwerp_tekst,"
			    " pijler, owner_id, geopend_op, gevoelig, created_by)"
			    " SELECT 'D-2026-0097%d', 2026, 970 + %d, a.id, a.buurt_id, (SELECT id FROM area WHERE code = 'WK999901'),"
			    " 'Kerkstraat 1', 'sociaal_repressief', %lld, 1780000000, %d, %lld FROM address a WHERE a.postcode = '1011 AA'",
			 g, g, co, g, co);
		test_sql(s, "INSERT INTO intervention(dossier_id, soort, gepland_dag, vastgelegd, tijdlijn_op)"
			    " VALUES ((SELECT id FROM dossier WHERE referentie = 'D-2026-0097%d'), '%s', %d, 1780000000, 1780000000)",
			 g, g ? "stopgesprek" : "huisbezoek", (int)days_from_civil(2026, 12, 10));
	}
	struct response *r = get_as(s, COORDINATOR, "/wijken/WK999901");
	assert_body_contains(r, "D-2026-00970");
	assert_body_contains(r, "D-2026-00971");
	assert_body_contains(r, "Stopgesprek");
	response_free(r);
	/* The wijkbeheerder reads no gevoelig dossier: not even its planned step shows. */
	r = get_as(s, WIJKBEHEER, "/wijken/WK999901");
	assert_body_contains(r, "D-2026-00970");
	assert_null(strstr(r->body, "D-2026-00971"));
	assert_null(strstr(r->body, "Stopgesprek"));
	response_free(r);
	r = get_as(s, WIJKBEHEER, "/api/v1/wijken/WK999901");
	assert_null(strstr(r->body, "D-2026-00971"));
	response_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wijkbeheerder_own_wijk_only),
		cmocka_unit_test(test_coordinator_sees_all),
		cmocka_unit_test(test_no_areas),
		cmocka_unit_test(test_figures_json),
		cmocka_unit_test(test_figures_page_and_csv),
		cmocka_unit_test(test_interventies),
		cmocka_unit_test(test_counts_follow_changes),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("wijkprofiel", tests, ARRAY_SIZE(tests), NULL);
}
