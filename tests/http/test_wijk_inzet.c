/*
 * test_wijk_inzet.c - the inzetniveau and the vertellen entries of the
 * wijkmonitor (issue 18, point 1) over HTTP, on the demo organisation:
 * the coördinator sets a level (a missing reason is a 422 with the input
 * kept, nothing stored), the history shows every change with its reason
 * and author, a buurt follows its wijk, the table refuses to be rewritten;
 * a wijkbeheerder gets 403 on the level, adds an entry in Centrum, gets
 * 404 for Oost and a 422 with the text kept; the JSON API adds an entry
 * (201) and refuses a bad one (422), and the profile's JSON carries both
 * keys once the profile's route is there.
 */
#include "accounts.h"
#include "harness.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CO "coordinator@voorbeeld.example"
#define WB "wijkbeheer@voorbeeld.example"         /* Centrum */
#define SB "sociaal@voorbeeld.example"            /* Centrum and Noord */

static void fixture(struct server *s)
{
	if (server_once(s, "fixture"))
		seed_organisation(s);
}

static long long count(struct server *s, const char *table, const char *code)
{
	return test_sql_int(s, "SELECT count(*) FROM %s WHERE area_id = (SELECT id FROM area WHERE code = '%s')", table,
			    code);
}

static void test_coordinator_sets_level(void **state)
{
	struct server *s = *state;
	fixture(s);
	struct client *c = account_client(s, CO, DEMO_PASSWORD);
	long long audit = test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'wijk' AND object_id = 'WK999902'"
				       " AND action = 'gewijzigd'");

	/* no reason: 422, the choice and the date kept, a message beside the field, nothing stored */
	struct response *r = account_post(c, NULL, "/wijken/WK999902/inzet",
					  (const char *const[]){ "niveau", "extra", "vanaf", "", "reden", "  ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "value=\"extra\" checked");
	assert_body_contains(r, "Schrijf waarom dit inzetniveau past");
	assert_body_contains(r, "id=\"inzet-reden-fout\"");
	assert_tidy(r);
	response_free(r);
	/* a bad date and no level: both named, the reason kept */
	r = account_post(c, NULL, "/wijken/WK999902/inzet",
			 (const char *const[]){ "vanaf", "31-02-2026", "reden", "Meer <overlast> & vuil", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies een inzetniveau.");
	assert_body_contains(r, "Geef een datum als 2026-03-01.");
	assert_body_contains(r, "value=\"31-02-2026\"");
	assert_body_contains(r, ">Meer &lt;overlast&gt; &amp; vuil</textarea>");
	response_free(r);
	assert_int_equal(count(s, "wijk_inzet", "WK999902"), 0);

	r = account_post(c, NULL, "/wijken/WK999902/inzet",
			 (const char *const[]){ "niveau", "extra", "vanaf", "", "reden", "Overlast in de Vogelwijk verdubbeld", NULL });
	assert_redirect(r, "/wijken/WK999902#inzet");
	response_free(r);
	r = account_post(c, NULL, "/wijken/wk999902/inzet",
			 (const char *const[]){ "niveau", "grootschalig", "reden", "Herstructurering besloten", NULL });
	assert_redirect(r, "/wijken/WK999902#inzet");
	response_free(r);
	assert_int_equal(count(s, "wijk_inzet", "WK999902"), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'wijk' AND object_id = 'WK999902'"
				       " AND action = 'gewijzigd'"), audit + 2);

	/* the page: the latest level in force, the history with both reasons and who */
	r = client_get(c, "/wijken/WK999902/inzet");
	assert_status(r, 200);
	assert_body_contains(r, "data-niveau=\"grootschalig\">Grootschalig</span>");
	assert_body_contains(r, "Herstructurering besloten");
	assert_body_contains(r, "Overlast in de Vogelwijk verdubbeld");
	assert_body_contains(r, "door Carla Coördinator");
	assert_body_contains(r, "Inzetniveau vastleggen");
	assert_tidy(r);
	response_free(r);
	/* a buurt without a level of its own follows its wijk */
	r = client_get(c, "/wijken/BU99990201/inzet");
	assert_status(r, 200);
	assert_body_contains(r, "data-niveau=\"grootschalig\"");
	assert_body_contains(r, "het niveau van de wijk Noord");
	response_free(r);

	/* the profile's block (web/wijkprofiel.c, another part of issue 18) once its route exists */
	if (router_find(HTTP_GET, "/wijken/WK999902")) {
		r = client_get(c, "/wijken/WK999902");
		assert_status(r, 200);
		assert_body_contains(r, "id=\"inzet\"");
		assert_body_contains(r, "data-niveau=\"grootschalig\">Grootschalig</span>");
		assert_body_contains(r, "Overlast in de Vogelwijk verdubbeld");
		assert_body_contains(r, "action=\"/wijken/WK999902/inzet\"");
		assert_body_contains(r, "action=\"/wijken/WK999902/vertellen\"");
		response_free(r);
	}

	/* append-only: no row can be changed or removed */
	assert_int_not_equal(test_db_exec(s, "UPDATE wijk_inzet SET niveau = 'basis'"), 0);
	assert_int_not_equal(test_db_exec(s, "DELETE FROM wijk_inzet"), 0);
	assert_int_equal(count(s, "wijk_inzet", "WK999902"), 2);
	client_free(c);
}

static void test_wijkbeheerder(void **state)
{
	struct server *s = *state;
	fixture(s);
	struct client *c = account_client(s, WB, DEMO_PASSWORD);
	long long oost = count(s, "wijk_vertellen", "WK999903");

	struct response *r = account_post(c, NULL, "/wijken/WK999901/inzet",
					  (const char *const[]){ "niveau", "extra", "reden", "Zelf besloten", NULL });
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(count(s, "wijk_inzet", "WK999901"), 0);

	/* his own wijk: no level form, but the entry form */
	r = client_get(c, "/wijken/WK999901/inzet");
	assert_status(r, 200);
	assert_false(response_contains(r, "Inzetniveau vastleggen"));
	assert_body_contains(r, "nog geen inzetniveau vastgesteld");
	response_free(r);

	r = account_post(c, NULL, "/wijken/WK999901/vertellen",
			 (const char *const[]){ "bron", "wijkbeheerder", "aanleiding", "schouw", "dag", "",
						"tekst", "Fietswrakken in de onderdoorgang Spoorlaan", NULL });
	assert_redirect(r, "/wijken/WK999901#vertellen");
	response_free(r);
	assert_int_equal(count(s, "wijk_vertellen", "WK999901"), 1);
	r = client_get(c, "/wijken/WK999901/vertellen");
	assert_status(r, 200);
	assert_body_contains(r, "Fietswrakken in de onderdoorgang Spoorlaan");
	assert_body_contains(r, "Duiding van de wijkbeheerder");
	assert_body_contains(r, "Wijkschouw");
	assert_tidy(r);
	response_free(r);

	/* a partner's observation without the partner: 422, the text and the choices kept */
	r = account_post(c, NULL, "/wijken/WK999901/vertellen",
			 (const char *const[]){ "bron", "partner", "aanleiding", "spreekuur", "dag", "2999-01-01",
						"tekst", "Wijkagent: minder overlast", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies de partnerorganisatie die dit zag.");
	assert_body_contains(r, "Deze datum ligt in de toekomst");
	assert_body_contains(r, ">Wijkagent: minder overlast</textarea>");
	assert_body_contains(r, "value=\"partner\" checked");
	assert_body_contains(r, "value=\"spreekuur\" selected");
	assert_body_contains(r, "value=\"2999-01-01\"");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(count(s, "wijk_vertellen", "WK999901"), 1);

	/* Oost is not his: 404 on the page and the post, nothing stored */
	r = account_post(c, NULL, "/wijken/WK999903/vertellen",
			 (const char *const[]){ "bron", "bewoners", "aanleiding", "schouw", "tekst", "Niet mijn wijk", NULL });
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/wijken/WK999903/vertellen");
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/wijken/BU99990301/inzet");
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(count(s, "wijk_vertellen", "WK999903"), oost);
	client_free(c);
}

static void test_partner_entry_and_json(void **state)
{
	struct server *s = *state;
	fixture(s);
	char *token = account_token(s, SB);
	long long partner = test_sql_int(s, "SELECT id FROM partner WHERE soort = 'politie'");
	char body[512];
	struct client *c = client_new(s);

	snprintf(body, sizeof(body), "{\"bron\": \"partner\", \"partner\": %lld, \"aanleiding\": \"bijeenkomst\","
		 " \"tekst\": \"Minder overlast rond het station\"}", partner);
	struct response *r = client_api(c, "POST", "/api/v1/wijken/BU99990202/vertellen", token, body, NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	assert_string_equal(json_str(j, "bron"), "partner");
	assert_string_equal(json_str(j, "gebied"), "BU99990202");
	assert_string_equal(json_str(cJSON_GetObjectItem(j, "partner"), "naam"), "Politie basisteam Voorbeeldstad");
	cJSON_Delete(j);
	response_free(r);
	assert_int_equal(count(s, "wijk_vertellen", "BU99990202"), 1);

	/* an unknown organisation and no text: 422 per field */
	r = client_api(c, "POST", "/api/v1/wijken/WK999902/vertellen", token,
		       "{\"bron\": \"partner\", \"partner\": 999999, \"aanleiding\": \"bijeenkomst\", \"tekst\": \"\"}", NULL);
	assert_status(r, 422);
	j = response_json(r);
	cJSON *f = cJSON_GetObjectItem(j, "fouten");
	assert_non_null(cJSON_GetObjectItem(f, "partner"));
	assert_non_null(cJSON_GetObjectItem(f, "tekst"));
	cJSON_Delete(j);
	response_free(r);
	/* Oost is not the sociaal beheerder's */
	r = client_api(c, "POST", "/api/v1/wijken/WK999903/vertellen", token,
		       "{\"bron\": \"bewoners\", \"aanleiding\": \"schouw\", \"tekst\": \"x\"}", NULL);
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(count(s, "wijk_vertellen", "WK999902"), 0);

	/* the wijk's page lists its buurt's entry, named by the buurt */
	struct client *b = account_client(s, SB, DEMO_PASSWORD);
	r = client_get(b, "/wijken/WK999902/vertellen");
	assert_status(r, 200);
	assert_body_contains(r, "Minder overlast rond het station");
	assert_body_contains(r, "(Politie basisteam Voorbeeldstad)");
	assert_body_contains(r, ", Vogelwijk;");
	response_free(r);
	client_free(b);

	/* the wijkbeheerder's profile: the entry form, no level form */
	if (router_find(HTTP_GET, "/wijken/WK999901")) {
		struct client *w = account_client(s, WB, DEMO_PASSWORD);
		r = client_get(w, "/wijken/WK999901");
		assert_status(r, 200);
		assert_body_contains(r, "action=\"/wijken/WK999901/vertellen\"");
		assert_false(response_contains(r, "action=\"/wijken/WK999901/inzet\""));
		response_free(r);
		client_free(w);
	}

	/* the profile's JSON (api/wijken.c, another part of issue 18) once its route exists */
	if (router_find(HTTP_GET, "/api/v1/wijken/WK999902")) {
		r = client_api(c, "GET", "/api/v1/wijken/WK999902", token, NULL, NULL);
		assert_status(r, 200);
		j = response_json(r);
		assert_non_null(cJSON_GetObjectItem(j, "inzetniveau"));
		assert_true(cJSON_IsArray(cJSON_GetObjectItem(j, "vertellen")));
		assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(j, "vertellen")), 1);
		cJSON_Delete(j);
		response_free(r);
	}
	client_free(c);
	free(token);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coordinator_sets_level),
		cmocka_unit_test(test_wijkbeheerder),
		cmocka_unit_test(test_partner_entry_and_json),
	};
	return harness_run_suite("wijk_inzet", tests, ARRAY_SIZE(tests), NULL);
}
