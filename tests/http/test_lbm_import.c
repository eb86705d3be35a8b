/*
 * test_lbm_import.c - the Leefbaarometer (issue 18, point 2) end to end:
 * /beheer/leefbaarometer and `leefbaar import leefbaarometer FILE` store a
 * good table whole and a table with one bad row or one unknown code not at
 * all (the rows and loads counted before and after, the error naming its
 * line); a year loaded again replaces that year; only the beheerder loads;
 * the scores show on the dashboard's map page, the wijkprofiel and its
 * JSON, in scope; the sample file docs/leefbaarometer-voorbeeld.csv loads
 * into the demo and changes nothing, since the demo holds the same table.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#define BEHEERDER "beheerder@voorbeeld.example"
#define COORDINATOR "coordinator@voorbeeld.example"
#define WB_CENTRUM "wijkbeheer@voorbeeld.example"
#define LB_OOST "leefbaarheid@voorbeeld.example"

/* Two years of two buurten and a wijk; Havenkant slides on overlast en onveiligheid. */
static const char good_csv[] =
	"bu_code;jaar;lbm;afw;won;fys;vrz;soc;onv\n"
	"WK999901;2022;4,10;0,05;0;0;0,05;0;0\n"
	"BU99990302;2022;4,00;-0,05;0;0;0;0;-0,05\n"
	"WK999901;2024;4,12;0,09;0;0;0,09;0;0\n"
	"BU99990302;2024;3,90;-0,13;0;0;0;0;-0,13\n";

/* The same, with line 3 broken (a class of 12). */
static const char bad_row_csv[] =
	"bu_code;jaar;kscore;afw;won;fys;vrz;soc;onv\n"
	"WK999901;2020;6;0,05;0;0;0,05;0;0\n"
	"BU99990302;2020;12;-0,05;0;0;0;0;-0,05\n"
	"BU99990301;2020;5;0;0;0;0;0;0\n";

/* Good rows but one code the gebieden do not know, on line 4. */
static const char unknown_csv[] =
	"gwb_code,jaar,afw,won,fys,vrz,soc,onv\n"
	"WK999903,2020,0.01,0,0,0,0.01,0\n"
	"BU99990301,2020,0.02,0,0,0.02,0,0\n"
	"BU99990199,2020,0.02,0,0,0.02,0,0\n";

static void setup(struct server *s)
{
	seed_organisation(s);
}

static long long rows(struct server *s)
{
	return test_db_int(s, "SELECT count(*) FROM lbm_score");
}

static long long loads(struct server *s)
{
	return test_db_int(s, "SELECT count(*) FROM lbm_import");
}

/* Every stored score in one text, to compare before and after. */
static char *snapshot(struct server *s)
{
	return test_sql_text(s, "SELECT coalesce(group_concat(x, '|'), '') FROM (SELECT a.code || ' ' || s.jaar || ' ' ||"
			     " quote(s.score) || ' ' || quote(s.afw) || ' ' || s.klasse || ' ' || quote(s.onv) || ' ' ||"
			     " s.onv_klasse || ' ' || s.afgeleid AS x FROM lbm_score s JOIN area a ON a.id = s.area_id"
			     " ORDER BY a.code, s.jaar)");
}

static struct response *upload(struct client *c, const char *data, size_t len, const char *name)
{
	char *tok = account_csrf(c, "/beheer/leefbaarometer");
	struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok),
		FORM_FILE("bestand", data, len, name, "text/csv"),
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/beheer/leefbaarometer", parts);
	free(tok);
	return r;
}

static char *write_tmp(struct server *s, const char *name, const char *text)
{
	char *path = xmalloc(strlen(s->dir) + strlen(name) + 2);
	FILE *f;

	sprintf(path, "%s/%s", s->dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
	return path;
}

static int run_import(struct server *s, const char *file, struct cli_result *res)
{
	const char *argv[] = { "import", "--config", s->config_path, "leefbaarometer", file, NULL };

	return harness_run_cli(s, argv, NULL, res);
}

/* text written to a file in the server's directory, then imported. */
static int import_text(struct server *s, const char *name, const char *text, struct cli_result *res)
{
	char *path = write_tmp(s, name, text);
	int rc = run_import(s, path, res);

	free(path);
	return rc;
}

/* A table with one bad row, and one with an unknown code, store nothing: the page names the line. */
static void test_upload_refused(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;

	setup(s);
	c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long before = rows(s), loads_before = loads(s);
	char *snap = snapshot(s);

	r = upload(c, bad_row_csv, strlen(bad_row_csv), "scores.csv");
	assert_status(r, 422);
	assert_body_contains(r, "regel 3:");
	assert_body_contains(r, "klasse &#39;12&#39; (kolom kscore) moet een geheel getal van 1 tot en met 9 zijn");
	assert_body_contains(r, "Er is niets opgeslagen");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(rows(s), before);
	assert_int_equal(loads(s), loads_before);

	r = upload(c, unknown_csv, strlen(unknown_csv), "scores.csv");
	assert_status(r, 422);
	assert_body_contains(r, "regel 4:");
	assert_body_contains(r, "onbekende buurt BU99990199");
	response_free(r);
	assert_int_equal(rows(s), before);
	assert_int_equal(loads(s), loads_before);

	/* No file at all: said beside the field. */
	r = upload(c, "", 0, "leeg.csv");
	assert_status(r, 422);
	assert_body_contains(r, "Kies het CSV-bestand");
	response_free(r);

	char *after = snapshot(s);
	assert_string_equal(after, snap);
	free(after);
	free(snap);
	client_free(c);
}

/* A good table stores every row with a record and an audit row; the same years again replace them. */
static void test_upload_good(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;

	setup(s);
	c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	test_sql(s, "DELETE FROM lbm_score");
	long long loads_before = loads(s);

	r = upload(c, good_csv, strlen(good_csv), "lbm-2024.csv");
	assert_redirect(r, "/beheer/leefbaarometer?ingelezen=");
	char *loc = xstrdup(response_header(r, "Location"));
	response_free(r);
	assert_int_equal(rows(s), 4);
	assert_int_equal(loads(s), loads_before + 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd' AND"
				     " object_type = 'leefbaarometer' AND object_id = 'lbm-2024.csv'"), 1);
	/* Havenkant 2024: afw -0,13 is class 2, onv -0,13 class 2, both derived. */
	assert_int_equal(test_db_int(s, "SELECT s.klasse * 10 + s.onv_klasse FROM lbm_score s JOIN area a ON"
				     " a.id = s.area_id WHERE a.code = 'BU99990302' AND s.jaar = 2024"), 22);
	r = client_get(c, loc);
	assert_status(r, 200);
	assert_body_contains(r, "lbm-2024.csv is ingelezen: 4 regels (2022: 2, 2024: 2).");
	assert_body_contains(r, "<code>bu_code</code>");       /* the column table */
	assert_tidy(r);
	response_free(r);
	free(loc);

	/* 2024 again with another value: replaced, not added. */
	static const char again[] = "bu_code;jaar;kscore;won;fys;vrz;soc;konv\n"
				    "BU99990302;2024;3;0;0;0;0;4\n";
	r = upload(c, again, strlen(again), "correctie.csv");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(rows(s), 4);
	assert_int_equal(test_db_int(s, "SELECT s.klasse * 10 + s.onv_klasse FROM lbm_score s JOIN area a ON"
				     " a.id = s.area_id WHERE a.code = 'BU99990302' AND s.jaar = 2024"), 34);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM lbm_score s JOIN area a ON a.id = s.area_id"
				     " WHERE a.code = 'BU99990302' AND s.jaar = 2022 AND s.onv_klasse = 4"), 1);
	client_free(c);
}

/* The command line: the same refusals on stderr with exit 1 and nothing stored; a good file exit 0. */
static void test_cli(void **state)
{
	struct server *s = *state;
	struct cli_result res = CLI_RESULT_INIT;

	setup(s);
	long long before = rows(s), loads_before = loads(s);
	char *snap = snapshot(s);

	assert_int_equal(import_text(s, "bad.csv", bad_row_csv, &res), 1);
	assert_non_null(strstr(res.err.buf, "regel 3: klasse '12' (kolom kscore)"));
	assert_non_null(strstr(res.err.buf, "er is niets opgeslagen"));
	cli_result_release(&res);
	assert_int_equal(import_text(s, "unknown.csv", unknown_csv, &res), 1);
	assert_non_null(strstr(res.err.buf, "regel 4: onbekende buurt BU99990199"));
	cli_result_release(&res);
	assert_int_equal(import_text(s, "empty.csv", "", &res), 1);
	assert_non_null(strstr(res.err.buf, "Het bestand is leeg"));
	cli_result_release(&res);
	assert_int_equal(rows(s), before);
	assert_int_equal(loads(s), loads_before);
	char *after = snapshot(s);
	assert_string_equal(after, snap);
	free(after);
	free(snap);

	assert_int_equal(import_text(s, "good.csv", good_csv, &res), 0);
	assert_non_null(strstr(res.out.buf, "ingelezen 4 regels (2022: 2, 2024: 2)"));
	cli_result_release(&res);
	assert_int_equal(loads(s), loads_before + 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM lbm_score s JOIN area a ON a.id = s.area_id"
				     " WHERE a.code IN ('WK999901', 'BU99990302') AND s.jaar IN (2022, 2024)"), 4);
}

/* Only the beheerder loads a table: the coördinator and a wijkbeheerder get 403 and store nothing. */
static void test_only_beheerder(void **state)
{
	struct server *s = *state;
	const char *who[] = { COORDINATOR, WB_CENTRUM };

	setup(s);
	long long loads_before = loads(s);
	for (size_t i = 0; i < ARRAY_SIZE(who); i++) {
		struct client *c = account_client(s, who[i], DEMO_PASSWORD);
		struct response *r = client_get(c, "/beheer/leefbaarometer");
		assert_status(r, 403);
		response_free(r);
		char *tok = account_csrf(c, NULL);
		struct form_part parts[] = {
			FORM_FIELD("csrf_token", tok),
			FORM_FILE("bestand", good_csv, strlen(good_csv), "x.csv", "text/csv"),
			FORM_END,
		};
		r = client_post_multipart(c, "/beheer/leefbaarometer", parts);
		assert_status(r, 403);
		response_free(r);
		free(tok);
		client_free(c);
	}
	assert_int_equal(loads(s), loads_before);
	/* The beheer index links to the page. */
	struct client *b = account_client(s, BEHEERDER, DEMO_PASSWORD);
	struct response *r = client_get(b, "/beheer");
	assert_body_contains(r, "href=\"/beheer/leefbaarometer\"");
	response_free(r);
	client_free(b);
}

/* The scores beside the own figures: the map page, the wijkprofiel and its JSON, within one's wijken. */
static void test_display(void **state)
{
	struct server *s = *state;
	struct cli_result res = CLI_RESULT_INIT;
	struct response *r;

	setup(s);
	test_sql(s, "DELETE FROM lbm_score");
	assert_int_equal(import_text(s, "good.csv", good_csv, &res), 0);
	cli_result_release(&res);

	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "Leefbaarometer per wijk en buurt");
	/* Centrum 2024: afw 0,09 is class 7, one up from 6 in 2022; Havenkant down from 4 to 2. */
	assert_body_contains(r, "7</span> goed (2024)");
	assert_body_contains(r, "beter (+1 klasse sinds 2022)");
	assert_body_contains(r, "Havenkant</th>");
	assert_body_contains(r, "slechter (-2 klassen sinds 2022)");
	assert_tidy(r);
	response_free(r);

	r = client_get(c, "/wijken/BU99990302");
	assert_status(r, 200);
	assert_body_contains(r, "Laatste meting (2024)");
	assert_body_contains(r, "Overlast en onveiligheid");
	assert_body_contains(r, "slechter (-2 klassen sinds 2022)");
	assert_body_contains(r, "grafiek-leefbaarometer");
	response_free(r);
	r = client_get(c, "/wijken/WK999903");
	assert_status(r, 200);
	assert_body_contains(r, "De buurten van Oost: laatste meting");
	assert_body_contains(r, "Havenkant</a>");
	response_free(r);
	client_free(c);

	char *token = account_token(s, COORDINATOR);
	c = client_new(s);
	r = client_api(c, "GET", "/api/v1/wijken/BU99990302", token, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	cJSON *lbm = cJSON_GetObjectItem(j, "leefbaarometer");
	assert_non_null(lbm);
	cJSON *m = cJSON_GetObjectItem(lbm, "metingen");
	assert_int_equal(cJSON_GetArraySize(m), 2);
	cJSON *last = cJSON_GetArrayItem(m, 1);
	assert_int_equal((int)json_num(last, "jaar"), 2024);
	cJSON *onv = cJSON_GetObjectItem(last, "overlast_en_onveiligheid");
	assert_int_equal((int)json_num(onv, "klasse"), 2);
	assert_string_equal(json_str(onv, "label"), "ruim onvoldoende");
	assert_string_equal(json_str(onv, "trend"), "slechter");
	assert_int_equal((int)json_num(onv, "verschil"), -2);
	cJSON_Delete(j);
	response_free(r);
	client_free(c);
	free(token);

	/* The leefbaarheidsmedewerker of Oost sees Havenkant but not Centrum's scores on the map page. */
	c = account_client(s, LB_OOST, DEMO_PASSWORD);
	r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "Havenkant</th>");
	assert_null(strstr(r->body, "Centrum</th>"));
	response_free(r);
	r = client_get(c, "/wijken/WK999901");
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

/* The sample file loads into the demo and changes nothing: the demo holds the same table. */
static void test_voorbeeld_in_demo(void **state)
{
	struct server *s = *state;
	const char *seed[] = { "seed", "--demo", "--config", s->config_path, NULL };
	struct cli_result res = CLI_RESULT_INIT;

	harness_cli_ok(s, seed, NULL);
	assert_int_equal(rows(s), 36);
	char *before = snapshot(s);
	assert_non_null(strstr(before, "BU99990302 2024 3.875 -0.186 1 -0.131 2 63"));
	/* The suites run from the repository's root, as the command line does. */
	assert_int_equal(run_import(s, "docs/leefbaarometer-voorbeeld.csv", &res), 0);
	assert_non_null(strstr(res.out.buf, "ingelezen 36 regels (2018: 9, 2020: 9, 2022: 9, 2024: 9)"));
	cli_result_release(&res);
	assert_int_equal(rows(s), 36);
	assert_int_equal(loads(s), 2);
	char *after = snapshot(s);
	assert_string_equal(after, before);
	free(after);
	free(before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_upload_refused),
		cmocka_unit_test(test_upload_good),
		cmocka_unit_test(test_cli),
		cmocka_unit_test(test_only_beheerder),
		cmocka_unit_test(test_display),
		HARNESS_FRESH_TEST(test_voorbeeld_in_demo),
	};

	return harness_run_suite("lbm_import", tests, ARRAY_SIZE(tests), NULL);
}
