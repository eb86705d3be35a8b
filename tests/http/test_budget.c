/*
 * test_budget.c - the leefbaarheidsbudget (issue 18, point 5): costs on a
 * melding (closed with kosten), on interventions (the dossier's form and
 * the API) and the fund's payments (ledger rows written with SQL: the
 * fund's pages are another part's) land in the right complex, buurt, wijk
 * and year; every total equals the sum of its rows; spend per home, the
 * norm and the budget are right; only the coördinator sets the norm, and
 * its form keeps its input on error; a wijkbeheerder sees only Centrum;
 * the intervention form keeps a bad amount with its message; the sums
 * search indexes, never scan a table.
 *
 * The clock is pinned (LEEFBAAR_NOW, Monday 15 June 2026), so "this year"
 * is 2026 on every day the suite runs.
 */
#include "harness.h"
#include "accounts.h"

#include "store/budget.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PINNED "2026-06-15T10:00:00+02:00"
#define SUITE_INI "[security]\nmelden_per_ip_hour = 1000\n"

#define COORDINATOR "coordinator@voorbeeld.example"
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"
#define SOCIAAL "sociaal@voorbeeld.example"

/* 2026-06-10 and 2025-03-03 as day numbers (days since 1970-01-01). */
#define DAY_2026_06_10 20614
#define DAY_2025_03_03 20150

/* ---- fixture ------------------------------------------------------------- */

/*
 * The demo organisation, a complex C-BUDGET (40 homes) in Binnenstad, a
 * buurt without homes in Centrum, and four homes: 2011 AA 1 in the
 * complex, 2011 AA 2 in Binnenstad, 2022 BB 3 in Bloemenbuurt (Noord),
 * 2033 CC 4 in Parkzicht (Oost). Centrum has 1450 homes, Binnenstad 620.
 */
static void setup_once(struct server *s)
{
	seed_organisation(s);
	if (!server_once(s, "budget"))
		return;
	test_sql(s, "INSERT INTO area(code, naam, soort, parent_id, wijk_id, woningen) VALUES"
		    " ('C-BUDGET', 'Hofje Budget', 'complex', (SELECT id FROM area WHERE code = 'BU99990101'),"
		    "  (SELECT id FROM area WHERE code = 'WK999901'), 40),"
		    " ('BU99990109', 'Leeg Kwartier', 'buurt', (SELECT id FROM area WHERE code = 'WK999901'),"
		    "  (SELECT id FROM area WHERE code = 'WK999901'), 0)");
	/* Homes as the tests count them, whatever the demo's figures. */
	test_sql(s, "UPDATE area SET woningen = CASE code WHEN 'WK999901' THEN 1450 WHEN 'BU99990101' THEN 620 END"
		    " WHERE code IN ('WK999901', 'BU99990101')");
	test_sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id, complex_id) VALUES"
		    " ('2011 AA', 1, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101'),"
		    "  (SELECT id FROM area WHERE code = 'C-BUDGET')),"
		    " ('2011 AA', 2, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101'), NULL),"
		    " ('2022 BB', 3, '', 'Toetslaan', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990201'), NULL),"
		    " ('2033 CC', 4, '', 'Oefenweg', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301'), NULL)");
}

static struct client *login(struct server *s, const char *email)
{
	setup_once(s);
	return account_client(s, email, DEMO_PASSWORD);
}

/* A JSON call of the session's, with its CSRF token. */
static struct response *json_call(struct client *c, const char *method, const char *path, const char *body)
{
	char *tok = account_csrf(c, NULL);
	struct response *r = client_api(c, method, path, NULL, body, tok);

	free(tok);
	return r;
}

/* A melding at postcode/huisnummer through the API, closed by the coördinator with kosten (euros, JSON). */
static void melding_closed(struct server *s, struct client *co, const char *postcode, const char *nr,
			   const char *kosten)
{
	struct client *c = client_new(s);
	char body[400], path[80];

	snprintf(body, sizeof(body), "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek bij de buren.\","
		 " \"postcode\": \"%s\", \"huisnummer\": \"%s\", \"anoniem\": true}", postcode, nr);
	char *ref = api_melding(c, NULL, body);
	client_free(c);
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/afsluiten", ref);
	snprintf(body, sizeof(body), "{\"kosten\": %s}", kosten);
	struct response *r = json_call(co, "POST", path, body);
	assert_status(r, 200);
	response_free(r);
	free(ref);
}

/* Opens a dossier on a home as c; its id. */
static long long open_dossier(struct client *c, const char *postcode, const char *nr)
{
	const char *fields[] = { "postcode", postcode, "huisnummer", nr, "pijler", "sociaal_repressief",
				 "onderwerp", "Bewoners benedenwoning", NULL };
	struct response *r = account_post(c, NULL, "/dossiers", fields);
	long long id = assert_created(r, "/dossiers/");
	response_free(r);
	return id;
}

static char *dossier_ref(struct server *s, long long id)
{
	return test_sql_text(s, "SELECT printf('D-%%04d-%%05d', jaar, volgnummer) FROM dossier WHERE id = %lld", id);
}

/* GET /api/v1/budget?jaar= as c: the parsed answer (caller frees). */
static cJSON *budget_json(struct client *c, int jaar)
{
	struct response *r = client_getf(c, "/api/v1/budget?jaar=%d", jaar);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	response_free(r);
	return j;
}

static const cJSON *area_of(const cJSON *j, const char *code)
{
	const cJSON *a;
	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(j, "gebieden"))
		if (!strcmp(json_str(a, "code"), code))
			return a;
	return NULL;
}

/* Euros of a member of a member ("kosten"."meldingen"), as cents. */
static long long cents(const cJSON *o, const char *key, const char *sub)
{
	const cJSON *x = sub ? cJSON_GetObjectItemCaseSensitive(o, key) : o;
	double v = json_num(x, sub ? sub : key);
	return llround(v * 100);
}

static long long total(const cJSON *j, const char *code)
{
	const cJSON *a = area_of(j, code);
	if (!a) {
		print_error("no row for %s\n", code);
		fail();
	}
	return cents(a, "totaal", NULL);
}

/* Every area's total is its own costs plus its children's; the grand total is the wijken's. */
static void assert_totals_are_rows(const cJSON *j)
{
	const cJSON *a, *b;
	long long wijken = 0, eigen_all = 0;
	static const char *const bron[] = { "meldingen", "interventies", "initiatieven" };

	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(j, "gebieden")) {
		long long sum = 0, kosten = 0;
		for (int k = 0; k < 3; k++) {
			sum += cents(a, "kosten_eigen", bron[k]);
			kosten += cents(a, "kosten", bron[k]);
		}
		eigen_all += sum;
		assert_int_equal(kosten, cents(a, "totaal", NULL));
		cJSON_ArrayForEach(b, cJSON_GetObjectItemCaseSensitive(j, "gebieden")) {
			const cJSON *p = cJSON_GetObjectItemCaseSensitive(b, "bovenliggend");
			if (cJSON_IsString(p) && !strcmp(p->valuestring, json_str(a, "code")))
				sum += cents(b, "totaal", NULL);
		}
		assert_int_equal(sum, cents(a, "totaal", NULL));
		if (!strcmp(json_str(a, "soort"), "wijk"))
			wijken += sum;
	}
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "totaal");
	assert_int_equal(wijken, cents(t, "totaal", NULL));
	assert_int_equal(eigen_all, cents(t, "totaal", NULL));
}

/*
 * The costs of the suite, once: 100 euro on a melding in the complex,
 * 50,50 on one in Noord; 1.234,50 on an intervention in Binnenstad (the
 * form, done 10 June 2026); 200 on one in Oost planned for 2027 (the API);
 * the fund paid 300 to a Centrum initiative in 2026 and corrected it by
 * -50, granted 1000 (not spent), and paid 70 in 2025.
 */
static void build(struct server *s)
{
	setup_once(s);
	if (!server_once(s, "costs"))
		return;
	struct client *co = login(s, COORDINATOR), *sb = login(s, SOCIAAL);

	melding_closed(s, co, "2011 AA", "1", "100");
	melding_closed(s, co, "2022 BB", "3", "50.5");

	long long d1 = open_dossier(sb, "2011 AA", "2");
	char path[80];
	snprintf(path, sizeof(path), "/dossiers/%lld/interventie", d1);
	const char *iv[] = { "soort", "buurtbemiddeling", "uitgevoerd_op", "2026-06-10", "kosten", "1.234,50", NULL };
	struct response *r = account_post(sb, NULL, path, iv);
	assert_status(r, 303);
	response_free(r);

	long long d2 = open_dossier(co, "2033 CC", "4");
	char *ref = dossier_ref(s, d2);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/interventies", ref);
	r = json_call(co, "POST", path, "{\"soort\": \"mediation\", \"gepland_op\": \"2027-02-01\", \"kosten\": 200}");
	assert_status(r, 201);
	cJSON *j = response_json(r);
	const cJSON *ivs = cJSON_GetObjectItemCaseSensitive(j, "interventies");
	assert_int_equal(cents(cJSON_GetArrayItem(ivs, 0), "kosten", NULL), 20000);
	cJSON_Delete(j);
	response_free(r);
	free(ref);

	test_sql(s, "INSERT INTO initiatief(referentie, jaar, ingediend_op, titel, wat, bedrag_gevraagd_cent, wijk_id,"
		    " aanvrager_naam, gewijzigd_op) VALUES ('I-2026-0001', 2026, 0, 'Buurtfeest', 'Een feest', 100000,"
		    " (SELECT id FROM area WHERE code = 'WK999901'), 'Bewonerscommissie', 0)");
	long long ini = test_sql_int(s, "SELECT id FROM initiatief WHERE referentie = 'I-2026-0001'");
	test_sql(s, "INSERT INTO fonds_boeking(initiatief_id, soort, bedrag_cent, dag, vastgelegd_op) VALUES"
		    " (%lld, 'toekenning', 100000, %d, 0), (%lld, 'betaling', 30000, %d, 0), (%lld, 'betaling', 7000, %d, 0)",
		    ini, DAY_2026_06_10, ini, DAY_2026_06_10, ini, DAY_2025_03_03);
	test_sql(s, "INSERT INTO fonds_boeking(initiatief_id, soort, bedrag_cent, dag, correctie_van, vastgelegd_op)"
		    " SELECT %lld, 'betaling', -5000, %d, id, 0 FROM fonds_boeking WHERE bedrag_cent = 30000",
		    ini, DAY_2026_06_10 + 1);
	client_free(co);
	client_free(sb);
}

/* ---- tests --------------------------------------------------------------- */

static void test_costs_land_in_place_and_year(void **state)
{
	struct server *s = *state;

	build(s);
	struct client *co = login(s, COORDINATOR);
	cJSON *j = budget_json(co, 2026);
	const cJSON *c = area_of(j, "C-BUDGET"), *bs = area_of(j, "BU99990101"), *cen = area_of(j, "WK999901");

	/* The melding in the complex: on the complex, its buurt and its wijk. */
	assert_int_equal(cents(c, "kosten", "meldingen"), 10000);
	assert_int_equal(cents(c, "kosten_eigen", "meldingen"), 10000);
	assert_int_equal(cents(bs, "kosten_eigen", "meldingen"), 0);
	assert_int_equal(cents(bs, "kosten", "meldingen"), 10000);
	/* The intervention on the buurt directly; the fund's payment (and its correction) on the wijk. */
	assert_int_equal(cents(bs, "kosten_eigen", "interventies"), 123450);
	assert_int_equal(cents(cen, "kosten_eigen", "initiatieven"), 25000);
	assert_int_equal(cents(cen, "kosten", "meldingen"), 10000);
	assert_int_equal(cents(cen, "kosten", "interventies"), 123450);
	assert_int_equal(total(j, "WK999901"), 10000 + 123450 + 25000);
	assert_int_equal(total(j, "BU99990101"), 133450);
	assert_int_equal(total(j, "C-BUDGET"), 10000);
	assert_int_equal(total(j, "WK999902"), 5050);
	assert_int_equal(total(j, "BU99990201"), 5050);
	/* Oost's intervention is planned for 2027: not in 2026. */
	assert_int_equal(total(j, "WK999903"), 0);
	assert_int_equal(cents(cJSON_GetObjectItemCaseSensitive(j, "totaal"), "totaal", NULL), 158450 + 5050);
	assert_totals_are_rows(j);
	cJSON_Delete(j);

	/* The other years: the 2025 payment, the 2027 plan. */
	j = budget_json(co, 2025);
	assert_int_equal(total(j, "WK999901"), 7000);
	assert_int_equal(cents(area_of(j, "WK999901"), "kosten", "initiatieven"), 7000);
	assert_totals_are_rows(j);
	cJSON_Delete(j);
	j = budget_json(co, 2027);
	assert_int_equal(total(j, "WK999903"), 20000);
	assert_int_equal(total(j, "BU99990301"), 20000);
	assert_int_equal(cents(area_of(j, "WK999903"), "kosten", "interventies"), 20000);
	assert_totals_are_rows(j);
	cJSON_Delete(j);

	/* The page says the same, and the intervention's cost is on the dossier's timeline. */
	struct response *r = client_get(co, "/budget?jaar=2026");
	assert_status(r, 200);
	assert_body_contains(r, "Leefbaarheidsbudget 2026");
	assert_body_contains(r, "€ 1.584,50");
	assert_body_contains(r, "Hofje Budget");
	assert_body_contains(r, "<svg");
	assert_tidy(r);
	response_free(r);
	long long d1 = test_sql_int(s, "SELECT d.id FROM dossier d JOIN address a ON a.id = d.address_id"
				       " WHERE a.postcode = '2011 AA' AND a.huisnummer = 2");
	r = client_getf(co, "/dossiers/%lld", d1);
	assert_status(r, 200);
	assert_body_contains(r, "kosten € 1.234,50");
	response_free(r);
	client_free(co);
}

static void test_norm_and_per_home(void **state)
{
	struct server *s = *state;

	build(s);
	struct client *co = login(s, COORDINATOR), *wb = login(s, WIJKBEHEER);

	/* Without a norm: no budget, the spend per home all the same. */
	cJSON *j = budget_json(co, 2026);
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "norm_per_woning")));
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(area_of(j, "WK999901"), "budget")));
	cJSON_Delete(j);

	/* The wijkbeheerder may not set it: 403, and nothing stored. */
	const char *norm[] = { "jaar", "2026", "norm", "125", NULL };
	struct response *r = account_post(wb, "/budget", "/budget/norm", norm);
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM budget_norm"), 0);

	/* A bad amount comes back with the input kept and the message beside it. */
	const char *bad[] = { "jaar", "2026", "norm", "honderd", NULL };
	r = account_post(co, "/budget", "/budget/norm", bad);
	assert_status(r, 422);
	assert_body_contains(r, "value=\"honderd\"");
	/* One form, with its errors: not a second, empty one beside it. */
	assert_ptr_equal(strstr(strstr(r->body, "action=\"/budget/norm\"") + 1, "action=\"/budget/norm\""), NULL);
	assert_body_contains(r, "Vul het budget per woning in euro");
	assert_tidy(r);
	response_free(r);
	const char *bad_year[] = { "jaar", "twintig", "norm", "125", NULL };
	r = account_post(co, "/budget", "/budget/norm", bad_year);
	assert_status(r, 422);
	assert_body_contains(r, "value=\"twintig\"");
	assert_body_contains(r, "Vul het jaar in");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM budget_norm"), 0);

	r = account_post(co, "/budget", "/budget/norm", norm);
	assert_redirect(r, "/budget?jaar=2026");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT norm_cent FROM budget_norm WHERE jaar = 2026"), 12500);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'budgetnorm'"), 1);

	j = budget_json(co, 2026);
	const cJSON *cen = area_of(j, "WK999901"), *c = area_of(j, "C-BUDGET"), *leeg = area_of(j, "BU99990109");
	assert_int_equal(cents(j, "norm_per_woning", NULL), 12500);
	/* Centrum: 1.584,50 over 1450 homes is 1,09 a home (rounded to the cent); the budget 125 × 1450. */
	assert_int_equal(cents(cen, "per_woning", NULL), 109);
	assert_int_equal(cents(cen, "budget", NULL), 12500LL * 1450);
	assert_int_equal(cents(cen, "verschil", NULL), 12500LL * 1450 - 158450);
	assert_true(fabs(json_num(cen, "aandeel_procent") - 0.9) < 1e-9);
	/* The complex: 100 euro over 40 homes. */
	assert_int_equal(cents(c, "per_woning", NULL), 250);
	assert_int_equal(cents(c, "budget", NULL), 12500LL * 40);
	/* A buurt without homes: no figure per home, no budget, no share - and no division by zero. */
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(leeg, "per_woning")));
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(leeg, "budget")));
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(leeg, "aandeel_procent")));
	cJSON_Delete(j);
	/* 2027 takes 2026's norm until another is set; 2025 has none. */
	j = budget_json(co, 2027);
	assert_int_equal(cents(j, "norm_per_woning", NULL), 12500);
	assert_int_equal((int)json_num(j, "norm_vastgesteld_voor"), 2026);
	cJSON_Delete(j);
	j = budget_json(co, 2025);
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "norm_per_woning")));
	cJSON_Delete(j);

	/* The wijkprofiel's block and key: Binnenstad against the norm, by source and by year. */
	r = client_get(co, "/wijken/BU99990101?jaar=2026");
	assert_status(r, 200);
	assert_body_contains(r, "Leefbaarheidsbudget 2026");
	assert_body_contains(r, "<strong>€ 2,15 per woning</strong>, tegen een norm van € 125,00 per woning");
	assert_body_contains(r, "€ 1.234,50");
	assert_tidy(r);
	response_free(r);
	r = client_get(co, "/api/v1/wijken/BU99990101?jaar=2026");
	assert_status(r, 200);
	j = response_json(r);
	const cJSON *bj = cJSON_GetObjectItemCaseSensitive(j, "budget");
	assert_int_equal(cents(bj, "totaal", NULL), 133450);
	assert_int_equal(cents(bj, "per_woning", NULL), 215);
	assert_int_equal(cents(bj, "norm_per_woning", NULL), 12500);
	const cJSON *jaren = cJSON_GetObjectItemCaseSensitive(bj, "jaren");
	assert_int_equal(cJSON_GetArraySize(jaren), 5);
	assert_int_equal((int)json_num(cJSON_GetArrayItem(jaren, 4), "jaar"), 2026);
	assert_int_equal(cents(cJSON_GetArrayItem(jaren, 4), "totaal", NULL), 133450);
	cJSON_Delete(j);
	response_free(r);

	r = client_get(co, "/budget?jaar=2026");
	assert_body_contains(r, "€ 125,00 per woning");
	assert_body_contains(r, "geen woningen");
	assert_body_contains(r, "Centrum: € 1,09 per woning, norm € 125,00");
	response_free(r);
	client_free(co);
	client_free(wb);
}

static void test_wijkbeheerder_sees_centrum_only(void **state)
{
	struct server *s = *state;

	build(s);
	struct client *wb = login(s, WIJKBEHEER);
	cJSON *j = budget_json(wb, 2026);
	const cJSON *a;
	int n = 0;
	cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(j, "gebieden")) {
		const char *code = json_str(a, "code");
		assert_true(!strncmp(code, "WK999901", 8) || !strncmp(code, "BU999901", 8) || !strcmp(code, "C-BUDGET"));
		n++;
	}
	/* Every area of Centrum (the complex and the buurt without homes among them), and no other. */
	assert_true(n >= 5);
	assert_int_equal(n, test_sql_int(s, "SELECT count(*) FROM area WHERE wijk_id = %lld", test_area_id(s, "WK999901")));
	assert_int_equal(cents(cJSON_GetObjectItemCaseSensitive(j, "totaal"), "totaal", NULL), 158450);
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "zonder_wijk")) ||
		    !cJSON_GetObjectItemCaseSensitive(j, "zonder_wijk"));
	assert_totals_are_rows(j);
	cJSON_Delete(j);

	struct response *r = client_get(wb, "/budget?jaar=2026");
	assert_status(r, 200);
	assert_body_contains(r, "Centrum");
	assert_false(response_contains(r, "Bloemenbuurt"));
	assert_false(response_contains(r, "Parkzicht"));
	assert_false(response_contains(r, "Budget per woning vaststellen"));
	response_free(r);

	r = client_get(wb, "/budget.csv?jaar=2026");
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "text/csv");
	assert_body_contains(r, "\xEF\xBB\xBFjaar;soort;code;naam");
	assert_body_contains(r, "2026;wijk;WK999901;Centrum;WK999901;1450;100,00;1234,50;250,00;1584,50;");
	assert_false(response_contains(r, "WK999902"));
	response_free(r);
	r = client_get(wb, "/budget.csv?jaar=2026&scheiding=komma");
	assert_body_contains(r, "2026,wijk,WK999901,Centrum,WK999901,1450,100.00,1234.50,250.00,1584.50,");
	response_free(r);
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_id = 'budget.csv'") >= 2);

	r = client_get(wb, "/budget?jaar=1999");
	assert_status(r, 422);
	response_free(r);
	client_free(wb);
}

static void test_intervention_kosten_kept_on_error(void **state)
{
	struct server *s = *state;

	build(s);
	struct client *sb = login(s, SOCIAAL);
	long long d = test_sql_int(s, "SELECT d.id FROM dossier d JOIN address a ON a.id = d.address_id"
				     " WHERE a.postcode = '2011 AA' AND a.huisnummer = 2");
	long long before = test_db_int(s, "SELECT count(*) FROM intervention");
	char path[80];
	snprintf(path, sizeof(path), "/dossiers/%lld/interventie", d);
	const char *iv[] = { "soort", "huisbezoek", "gepland_op", "2028-06-20", "kosten", "twaalf euro", NULL };
	struct response *r = account_post(sb, NULL, path, iv);
	assert_status(r, 422);
	assert_body_contains(r, "value=\"twaalf euro\"");
	assert_body_contains(r, "Vul de kosten in euro&#39;s in, bijvoorbeeld 12,50, of laat het leeg.");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM intervention"), before);

	/* The API: text as on the form is taken; another type is refused. */
	char *ref = dossier_ref(s, d);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/interventies", ref);
	r = json_call(sb, "POST", path, "{\"soort\": \"huisbezoek\", \"gepland_op\": \"2028-06-20\", \"kosten\": true}");
	assert_status(r, 422);
	assert_body_contains(r, "\"kosten\"");
	response_free(r);
	r = json_call(sb, "POST", path, "{\"soort\": \"huisbezoek\", \"gepland_op\": \"2028-06-20\", \"kosten\": -3}");
	assert_status(r, 422);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM intervention"), before);
	r = json_call(sb, "POST", path, "{\"soort\": \"huisbezoek\", \"gepland_op\": \"2028-06-20\", \"kosten\": \"12,50\"}");
	assert_status(r, 201);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT kosten_cent FROM intervention ORDER BY id DESC LIMIT 1"), 1250);
	/* Without kosten: none stored. */
	r = json_call(sb, "POST", path, "{\"soort\": \"huisbezoek\", \"gepland_op\": \"2028-06-21\"}");
	assert_status(r, 201);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT kosten_cent IS NULL FROM intervention ORDER BY id DESC LIMIT 1"), 1);
	free(ref);
	client_free(sb);
}

/*
 * The three sums search their partial indexes or keys: no table is scanned,
 * however many meldingen there are, and the meldingen's sum reads no melding.
 */
static void test_query_plans(void **state)
{
	struct server *s = *state;
	static const char *const index[] = { "melding_kosten_jaar USING PRIMARY KEY", "intervention_kosten", "fonds_boeking_betaling" };
	sqlite3 *db;

	build(s);
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	for (int b = 0; b < BUDGET_BRON__MAX; b++) {
		struct buf plan = BUF_INIT;
		test_query_plan(db, budget_cost_sql[b], &plan);
		if (strstr(plan.buf, "SCAN ") || !strstr(plan.buf, index[b])) {
			print_error("the plan of\n  %s\nscans or misses %s:\n%s", budget_cost_sql[b], index[b], plan.buf);
			fail();
		}
		buf_release(&plan);
	}
	sqlite3_close(db);
}

/*
 * The meldingen's per-year sums (migration 0045) equal a recount from the
 * meldingen after every kind of change: other costs, another place,
 * reopened, closed in another year, deleted.
 */
static void assert_sums_recount(struct server *s, const char *after)
{
	long long differ = test_db_int(s,
		"SELECT (SELECT count(*) FROM (SELECT jaar, wijk_id, buurt_id, complex_id, kosten_cent FROM melding_kosten_jaar"
		" WHERE kosten_cent <> 0 EXCEPT SELECT CAST(strftime('%Y', afgesloten_dag * 86400, 'unixepoch') AS INTEGER),"
		" coalesce(wijk_id, 0), coalesce(buurt_id, 0), coalesce(complex_id, 0), sum(kosten_cent) FROM melding"
		" WHERE kosten_cent > 0 AND afgesloten_dag IS NOT NULL GROUP BY 1, 2, 3, 4))"
		" + (SELECT count(*) FROM (SELECT CAST(strftime('%Y', afgesloten_dag * 86400, 'unixepoch') AS INTEGER),"
		" coalesce(wijk_id, 0), coalesce(buurt_id, 0), coalesce(complex_id, 0), sum(kosten_cent) FROM melding"
		" WHERE kosten_cent > 0 AND afgesloten_dag IS NOT NULL GROUP BY 1, 2, 3, 4 EXCEPT SELECT jaar, wijk_id,"
		" buurt_id, complex_id, kosten_cent FROM melding_kosten_jaar WHERE kosten_cent <> 0))");
	if (differ)
		print_error("after %s: %lld rows of melding_kosten_jaar differ from a recount\n", after, differ);
	assert_int_equal(differ, 0);
}

static void test_cost_sums_follow_changes(void **state)
{
	struct server *s = *state;

	build(s);
	assert_sums_recount(s, "the build");
	long long m = test_db_int(s, "SELECT id FROM melding WHERE kosten_cent > 0 AND afgesloten_dag IS NOT NULL ORDER BY id LIMIT 1");
	assert_true(m > 0);
	test_sql(s, "UPDATE melding SET kosten_cent = kosten_cent + 2500 WHERE id = %lld", m);
	assert_sums_recount(s, "other costs");
	test_sql(s, "UPDATE melding SET buurt_id = (SELECT id FROM area WHERE code = 'BU99990102'), complex_id = NULL WHERE id = %lld", m);
	assert_sums_recount(s, "another place");
	test_sql(s, "UPDATE melding SET afgesloten_dag = afgesloten_dag - 400 WHERE id = %lld", m);
	assert_sums_recount(s, "closed a year earlier");
	test_sql(s, "UPDATE melding SET afgesloten_dag = NULL WHERE id = %lld", m);
	assert_sums_recount(s, "reopened");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding_kosten_jaar WHERE kosten_cent < 0"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_costs_land_in_place_and_year),
		cmocka_unit_test(test_norm_and_per_home),
		cmocka_unit_test(test_wijkbeheerder_sees_centrum_only),
		cmocka_unit_test(test_intervention_kosten_kept_on_error),
		cmocka_unit_test(test_query_plans),
		cmocka_unit_test(test_cost_sums_follow_changes),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("budget", tests, ARRAY_SIZE(tests), SUITE_INI);
}
