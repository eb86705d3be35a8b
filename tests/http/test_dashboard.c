/*
 * test_dashboard.c - the dashboard pages, the CSV exports, the map upload
 * and the daily overview against the real server: who may open what, the
 * figures' links carrying the page's filters, valid HTML (tidy, errors
 * only), the exports' BOM, separators and formula guard, their audit rows,
 * the GeoJSON upload and the map drawn from it, the worklist and the
 * dagoverzicht command.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "lib/xalloc.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CENTRUM "\"postcode\": \"1011 AA\", \"huisnummer\": 1"
#define OOST "\"postcode\": \"1091 AA\", \"huisnummer\": 5"

static struct {
	pid_t pid;
	char *coordinator;
	char late_ref[16];
	int32_t late_day;
} fx;

/* Takes a melding in at the start of day (today's 00:00 is never in the future). */
static char *submit(struct client *c, const char *fields, int32_t day)
{
	char body[600];
	snprintf(body, sizeof(body), "{\"omschrijving\": \"Testmelding voor het dashboard.\", %s, \"ontvangen_op\": \"%s\"}",
		 fields, amsterdam_moment(day, 0));
	return api_melding(c, fx.coordinator, body);
}

/* The demo organisation, addresses, a handful of meldingen this month and one late now. */
static void build(struct server *s)
{
	if (fx.pid == s->pid)
		return;
	seed_organisation(s);
	demo_homes(s);
	free(fx.coordinator);
	fx.coordinator = account_token(s, "coordinator@voorbeeld.example");

	struct client *c = client_new(s);
	int32_t today = amsterdam_day(time(NULL));
	/* Late now: received five werkdagen ago, never confirmed, nobody assigned. */
	int32_t late = today;
	for (int n = 0; n < 5; n++) {
		late--;
		while (!werkdagen_is_workday(NULL, late))
			late--;
	}
	char *ref = submit(c, "\"categorie\": \"geluid\", " CENTRUM ", \"melder_naam\": \"Anna\", \"melder_email\": \"anna@example.org\"",
			   late);
	snprintf(fx.late_ref, sizeof(fx.late_ref), "%s", ref);
	fx.late_day = late;
	free(ref);
	free(submit(c, "\"categorie\": \"zwerfvuil\", " OOST ", \"anoniem\": true", today));
	free(submit(c, "\"categorie\": \"drugs\", " CENTRUM ", \"anoniem\": true", today));
	client_free(c);
	fx.pid = s->pid;
}

static long get_status(struct client *c, const char *path)
{
	struct response *r = client_get(c, path);
	long st = r->status;
	response_free(r);
	return st;
}

static void test_pages_per_role(void **state)
{
	struct server *s = *state;
	build(s);
	static const char *const allowed[] = {
		"coordinator@voorbeeld.example", "ondersteuner@voorbeeld.example", "sociaal@voorbeeld.example",
		"leefbaarheid@voorbeeld.example", "wijkbeheer@voorbeeld.example",
	};
	static const char *const pages[] = {
		"/dashboard", "/dashboard?periode=jaar", "/dashboard?periode=week&trend=maand&maat=per100",
		"/dashboard/werklijst", "/dashboard/kaart", "/dashboard/uitleg",
	};
	for (size_t i = 0; i < ARRAY_SIZE(allowed); i++) {
		struct client *c = account_client(s, allowed[i], DEMO_PASSWORD);
		for (size_t k = 0; k < ARRAY_SIZE(pages); k++) {
			struct response *r = client_get(c, pages[k]);
			assert_status(r, 200);
			assert_security_headers(r);
			assert_body_contains(r, "<h1>");
			if (k == 0) {
				assert_body_contains(r, "role=\"img\"");
				assert_body_contains(r, "<title id=\"grafiek-termijnen-titel\">");
				/* Values are drawn for whoever's wijken have any (Oost has none yet). */
				if (i == 0)
					assert_body_contains(r, "<polyline");
				assert_body_contains(r, "class=\"tile");
				assert_body_contains(r, "Werkvoorraad per behandelaar");
				assert_tidy(r);
			}
			if (k == 4 || k == 5)
				assert_tidy(r);
			response_free(r);
		}
		/* The navigation offers the dashboard. */
		struct response *r = client_get(c, "/dashboard");
		assert_body_contains(r, "href=\"/dashboard\"");
		response_free(r);
		client_free(c);
	}
	static const char *const denied[] = { "wijkteam@voorbeeld.example", "beheerder@voorbeeld.example" };
	for (size_t i = 0; i < ARRAY_SIZE(denied); i++) {
		struct client *c = account_client(s, denied[i], DEMO_PASSWORD);
		for (size_t k = 0; k < ARRAY_SIZE(pages); k++)
			assert_int_equal(get_status(c, pages[k]), 403);
		client_free(c);
	}
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/dashboard");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(c);
}

static void test_links_carry_filters(void **state)
{
	struct server *s = *state;
	build(s);
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	int32_t today = amsterdam_day(time(NULL));
	int y, m, d;
	/* The month of the late geluid melding: in the first werkdagen of a month that is the month before. */
	days_to_civil(fx.late_day, &y, &m, &d);
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN], peil[DAYS_FORMAT_LEN], path[200], want[240];
	days_format(today, peil);
	days_format(days_from_civil(y, m, 1), van);
	days_format(days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1, tot);

	snprintf(path, sizeof(path), "/dashboard?periode=maand&datum=%04d-%02d-%02d&wijk=WK999901", y, m, d);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	/* The tiles and tables open the list with the same period, peildatum and wijk. */
	snprintf(want, sizeof(want), "href=\"/meldingen?status=alle&amp;van=%s&amp;tot=%s&amp;peildatum=%s&amp;wijk=WK999901\"",
		 van, tot, peil);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want),
		 "href=\"/meldingen?status=alle&amp;van=%s&amp;tot=%s&amp;peildatum=%s&amp;wijk=WK999901&amp;categorie=geluid\"",
		 van, tot, peil);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want),
		 "href=\"/meldingen?status=alle&amp;van=%s&amp;tot=%s&amp;peildatum=%s&amp;wijk=WK999901&amp;termijn=te_laat\"",
		 van, tot, peil);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want),
		 "href=\"/meldingen?status=alle&amp;van=%s&amp;tot=%s&amp;peildatum=%s&amp;wijk=WK999901&amp;termijn=bevestiging_te_laat\"",
		 van, tot, peil);
	assert_body_contains(r, want);
	/* The worklist's late figures open the list filtered on behandelaar and te_laat. */
	assert_body_contains(r, "behandelaar=geen&amp;te_laat=bevestiging");
	/* The exports carry them too. */
	snprintf(want, sizeof(want), "href=\"/export/meldingen.csv?van=%s&amp;tot=%s&amp;wijk=WK999901\"", van, tot);
	assert_body_contains(r, want);
	assert_body_contains(r, "<option value=\"WK999901\" selected>");
	response_free(r);

	/* The period picker: a quarter and a year cover what they say. */
	snprintf(path, sizeof(path), "/dashboard?periode=jaar&datum=%04d-06-15", y - 1);
	r = client_get(c, path);
	snprintf(want, sizeof(want), "/meldingen?status=alle&amp;van=%04d-01-01&amp;tot=%04d-12-31", y - 1, y - 1);
	assert_body_contains(r, want);
	assert_body_contains(r, "Volgend jaar");
	response_free(r);
	r = client_get(c, "/dashboard?periode=kwartaal&datum=2026-05-20");
	assert_body_contains(r, "/meldingen?status=alle&amp;van=2026-04-01&amp;tot=2026-06-30");
	assert_body_contains(r, "2e kwartaal 2026");
	response_free(r);
	r = client_get(c, "/dashboard?periode=eigen&van=2026-02-03&tot=2026-02-10");
	assert_body_contains(r, "/meldingen?status=alle&amp;van=2026-02-03&amp;tot=2026-02-10");
	response_free(r);

	/* Bad input: the form again with the message, 422; a wijk outside the scope 404. */
	r = client_get(c, "/dashboard?periode=eigen&van=2026-13-01");
	assert_status(r, 422);
	assert_body_contains(r, "error-summary");
	assert_body_contains(r, "aria-invalid=\"true\"");
	response_free(r);
	assert_int_equal(get_status(c, "/dashboard?periode=decennium"), 422);
	client_free(c);

	c = account_client(s, "wijkbeheer@voorbeeld.example", DEMO_PASSWORD);
	assert_int_equal(get_status(c, "/dashboard?wijk=WK999903"), 404);
	assert_int_equal(get_status(c, "/dashboard?wijk=WK999901"), 200);
	client_free(c);
}

static char *csv(struct client *c, const char *path, size_t *len, long want_status)
{
	struct response *r = client_get(c, path);
	assert_status(r, want_status);
	char *body = NULL;
	if (want_status == 200) {
		assert_header_contains(r, "Content-Type", "text/csv");
		assert_header_contains(r, "Content-Disposition", "attachment");
		body = xmalloc(r->len + 1);
		memcpy(body, r->body, r->len + 1);
		*len = r->len;
	}
	response_free(r);
	return body;
}

/* Splits one CSV line (';', no quoted cells in it) into at most max cells; returns how many. */
static int csv_cells(const char *line, char cell[][80], int max)
{
	int n = 0;
	size_t k = 0;

	for (const char *p = line; p && n < max; p++) {
		if (*p == ';' || *p == '\r' || *p == '\n' || !*p) {
			cell[n++][k] = '\0';
			k = 0;
			if (*p != ';')
				break;
		} else if (k < 79) {
			cell[n][k++] = *p;
		}
	}
	return n;
}

static void test_csv_exports(void **state)
{
	struct server *s = *state;
	build(s);
	/* A name that Excel would run as a formula. */
	test_sql(s, "UPDATE area SET naam = '=HYPERLINK(\"http://x\")' WHERE code = 'BU99990101'");
	long long audits = test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geexporteerd'");

	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	int32_t today = amsterdam_day(time(NULL));
	char van[DAYS_FORMAT_LEN], tot[DAYS_FORMAT_LEN], path[200];
	days_format(today - 40, van);
	days_format(today, tot);
	size_t n;

	snprintf(path, sizeof(path), "/export/meldingen.csv?van=%s&tot=%s", van, tot);
	char *body = csv(c, path, &n, 200);
	assert_true(n > 3 && !memcmp(body, "\xEF\xBB\xBF", 3));
	const char *head = "referentie;ontvangen_datum;ontvangen_tijd;kanaal;kanaal_naam;categorie;categorie_naam;"
			   "pijler;pijler_naam;";
	assert_true(!strncmp(body + 3, head, strlen(head)));
	assert_non_null(strstr(body, fx.late_ref));
	/*
	 * Dates and times in cells of their own, which Excel reads as such,
	 * and a label beside each code: the late one's row, cell by cell.
	 */
	char cell[40][80];
	int nc = csv_cells(strstr(body, fx.late_ref), cell, 40);
	assert_true(nc >= 32);
	char day[DAYS_FORMAT_LEN];
	days_format(fx.late_day, day);
	assert_string_equal(cell[1], day);
	assert_true(strlen(cell[2]) == 5 && cell[2][2] == ':');
	assert_string_equal(cell[3], "api");
	assert_true(cell[4][0] != '\0');
	assert_string_equal(cell[7], "samen_wonen");
	assert_true(cell[8][0] != '\0' && strcmp(cell[8], "samen_wonen"));
	assert_string_equal(cell[15], "nieuw");
	assert_string_equal(cell[16], "Nieuw");
	assert_non_null(strstr(body, ";\"'=HYPERLINK(\"\"http://x\"\")\";"));   /* guarded and quoted */
	assert_null(strstr(body, ";=HYPERLINK"));
	assert_null(strstr(body, "anna@example.org"));                          /* no melder details */
	assert_non_null(strstr(body, ";te_laat;"));                              /* the late one's confirmation */
	int lines = 0;
	for (const char *p = body; (p = strstr(p, "\r\n")); p += 2)
		lines++;
	assert_int_equal(lines, 1 + 3);
	free(body);

	snprintf(path, sizeof(path), "/export/meldingen.csv?van=%s&tot=%s&scheiding=komma&wijk=WK999903", van, tot);
	body = csv(c, path, &n, 200);
	assert_true(!strncmp(body + 3, "referentie,ontvangen_datum,ontvangen_tijd,", 42));
	lines = 0;
	for (const char *p = body; (p = strstr(p, "\r\n")); p += 2)
		lines++;
	assert_int_equal(lines, 1 + 1);
	free(body);

	snprintf(path, sizeof(path), "/export/kpi.csv?van=%s&tot=%s", van, tot);
	body = csv(c, path, &n, 200);
	assert_non_null(strstr(body, "van;tot;peildatum;wijk;wijk_naam;woningen;ontvangen;"));
	assert_non_null(strstr(body, ";dossiers_geopend;dossiers_open_op_peildatum;vervuilde_woningen;uitzettingen;doorverwijzingen;dossiers_doorverwezen\r\n"));
	assert_non_null(strstr(body, ";WK999901;Centrum;"));
	assert_non_null(strstr(body, ";totaal;Totaal;"));
	free(body);

	/* Dossiers and referrals: a plain and a gevoelig dossier, a referral from each. */
	struct client *a = client_new(s);
	struct response *r;
	const char *dossiers[] = { "{\"pijler\": \"fysiek\", " CENTRUM "}",
				   "{\"pijler\": \"sociaal_preventief\", " OOST ", \"gevoelig\": true}" };
	long long partner = test_db_int(s, "SELECT id FROM partner WHERE naam = 'Sociaal Wijkteam Voorbeeldstad'");
	for (size_t i = 0; i < ARRAY_SIZE(dossiers); i++) {
		r = client_api(a, "POST", "/api/v1/dossiers", fx.coordinator, dossiers[i], NULL);
		assert_status(r, 201);
		cJSON *j = cJSON_ParseWithLength(r->body, r->len);
		snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", cJSON_GetObjectItem(j, "referentie")->valuestring);
		cJSON_Delete(j);
		response_free(r);
		char body[300];
		snprintf(body, sizeof(body), "{\"partner\": %lld, \"reden\": \"=cmd|' /C calc'!A0\", \"vraag\": \"Kunt u helpen?\","
			 " \"gedeelde_informatie\": \"Naam en adres.\"}", partner);
		r = client_api(a, "POST", path, fx.coordinator, body, NULL);
		assert_status(r, 201);
		response_free(r);
	}
	client_free(a);
	snprintf(path, sizeof(path), "/export/dossiers.csv?van=%s&tot=%s", van, tot);
	body = csv(c, path, &n, 200);
	head = "referentie;geopend_datum;geopend_tijd;gesloten_datum;gesloten_tijd;status;status_naam;pijler;pijler_naam;wijk;";
	assert_true(!strncmp(body + 3, head, strlen(head)));
	assert_non_null(strstr(body, ";sociaal_preventief;Sociale woonomgeving – preventief;WK999903;"));
	assert_non_null(strstr(body, ";ja\r\n"));                                  /* the gevoelig one, for the coördinator */
	free(body);
	snprintf(path, sizeof(path), "/export/doorverwijzingen.csv?van=%s&tot=%s", van, tot);
	body = csv(c, path, &n, 200);
	head = "id;referentie;dossier;wijk;partner;partner_soort;partner_soort_naam;status;status_naam;verstuurd_datum;verstuurd_tijd;";
	assert_true(!strncmp(body + 3, head, strlen(head)));
	assert_non_null(strstr(body, ";Sociaal Wijkteam Voorbeeldstad;sociaal_wijkteam;"));
	assert_non_null(strstr(body, ";verstuurd;Verstuurd;"));
	assert_null(strstr(body, "calc"));                                            /* the internal reason stays out */
	lines = 0;
	for (const char *p = body; (p = strstr(p, "\r\n")); p += 2)
		lines++;
	assert_int_equal(lines, 1 + 2);
	free(body);

	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geexporteerd'"), audits + 5);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geexporteerd'"
					" AND object_id = 'meldingen.csv' AND detail LIKE '%scheiding komma%'"), 1);

	/* Bad dates and separators. */
	csv(c, "/export/meldingen.csv?van=2026-02-30", &n, 422);
	csv(c, "/export/meldingen.csv?scheiding=tab", &n, 422);
	client_free(c);

	/* The ondersteuner's exports leave the gevoelig dossier and its referral out. */
	c = account_client(s, "ondersteuner@voorbeeld.example", DEMO_PASSWORD);
	free(csv(c, "/export/kpi.csv", &n, 200));
	snprintf(path, sizeof(path), "/export/dossiers.csv?van=%s&tot=%s", van, tot);
	body = csv(c, path, &n, 200);
	assert_null(strstr(body, "WK999903"));
	assert_null(strstr(body, ";ja\r\n"));
	free(body);
	snprintf(path, sizeof(path), "/export/doorverwijzingen.csv?van=%s&tot=%s", van, tot);
	body = csv(c, path, &n, 200);
	lines = 0;
	for (const char *p = body; (p = strstr(p, "\r\n")); p += 2)
		lines++;
	assert_int_equal(lines, 1 + 1);
	free(body);
	client_free(c);
	static const char *const denied[] = {
		"sociaal@voorbeeld.example", "wijkbeheer@voorbeeld.example", "wijkteam@voorbeeld.example",
		"beheerder@voorbeeld.example",
	};
	for (size_t i = 0; i < ARRAY_SIZE(denied); i++) {
		c = account_client(s, denied[i], DEMO_PASSWORD);
		assert_int_equal(get_status(c, "/export/meldingen.csv"), 403);
		assert_int_equal(get_status(c, "/export/kpi.csv"), 403);
		assert_int_equal(get_status(c, "/export/dossiers.csv"), 403);
		assert_int_equal(get_status(c, "/export/doorverwijzingen.csv"), 403);
		client_free(c);
	}
	/* Refusals are audited as well. */
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd'"
				   " AND object_id LIKE '/export/%'") >= 12);
	test_sql(s, "UPDATE area SET naam = 'Binnenstad' WHERE code = 'BU99990101'");
}

static void test_map_upload(void **state)
{
	struct server *s = *state;
	build(s);
	size_t len;
	char *geo = read_whole_file("tests/http/kaart_voorbeeldstad.geojson", &len);

	struct client *b = account_client(s, "beheerder@voorbeeld.example", DEMO_PASSWORD);
	struct response *r = client_get(b, "/beheer/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "nog geen kaart");
	response_free(r);
	char *csrf = account_csrf(b, "/beheer/kaart");
	const struct form_part bad[] = {
		FORM_FIELD("csrf_token", csrf),
		FORM_FILE("bestand", "{\"type\": \"Point\"}", 17, "punt.geojson", "application/geo+json"),
		FORM_END,
	};
	r = client_post_multipart(b, "/beheer/kaart", bad);
	assert_status(r, 422);
	assert_body_contains(r, "FeatureCollection");
	response_free(r);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", csrf),
		FORM_FILE("bestand", geo, len, "voorbeeldstad.geojson", "application/geo+json"),
		FORM_END,
	};
	r = client_post_multipart(b, "/beheer/kaart", parts);
	assert_status(r, 303);
	response_free(r);
	r = client_get(b, "/beheer/kaart?melding=geladen");
	assert_body_contains(r, "De kaart is geladen.");
	assert_body_contains(r, "3 wijken en buurten");
	assert_body_contains(r, "1 vlakken zijn overgeslagen");
	assert_body_contains(r, "<path d=\"M");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM kaart_vorm"), 3);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geladen' AND object_type = 'kaart'"), 1);
	free(csrf);
	client_free(b);

	/* The coördinator sees every wijk on the map; the wijkbeheerder of Centrum only Centrum. */
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	r = client_get(c, "/dashboard/kaart");
	assert_status(r, 200);
	assert_body_contains(r, "role=\"img\"");
	/* Count the map's areas, not the logo's paths. */
	int paths = 0;
	for (const char *p = r->body; (p = strstr(p, "fill-rule=\"evenodd\"")); p++)
		paths++;
	assert_int_equal(paths, 3);
	assert_body_contains(r, "href=\"/meldingen?status=alle&amp;van=");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(get_status(c, "/beheer/kaart"), 403);
	client_free(c);
	c = account_client(s, "wijkbeheer@voorbeeld.example", DEMO_PASSWORD);
	r = client_get(c, "/dashboard/kaart?maat=per100&soort=geluid");
	assert_status(r, 200);
	paths = 0;
	for (const char *p = r->body; (p = strstr(p, "fill-rule=\"evenodd\"")); p++)
		paths++;
	assert_int_equal(paths, 1);
	response_free(r);
	assert_int_equal(get_status(c, "/dashboard/kaart?soort=bestaatniet"), 404);
	client_free(c);
	free(geo);
}

static void test_worklist_and_daily_mail(void **state)
{
	struct server *s = *state;
	build(s);
	struct client *c = account_client(s, "ondersteuner@voorbeeld.example", DEMO_PASSWORD);
	struct response *r = client_get(c, "/dashboard/werklijst");
	assert_status(r, 200);
	assert_body_contains(r, fx.late_ref);
	assert_body_contains(r, "Nog niet toegewezen");
	assert_body_contains(r, "te laat");
	assert_tidy(r);
	response_free(r);
	r = client_get(c, "/dashboard/werklijst?behandelaar=geen");
	assert_body_contains(r, fx.late_ref);
	response_free(r);
	assert_int_equal(get_status(c, "/dashboard/werklijst?behandelaar=abc"), 404);
	client_free(c);

	/* The wijkbeheerder of Oost does not see Centrum's late melding. */
	c = account_client(s, "wijkbeheer.oost@voorbeeld.example", DEMO_PASSWORD);
	r = client_get(c, "/dashboard/werklijst");
	assert_status(r, 200);
	assert_null(strstr(r->body, fx.late_ref));
	response_free(r);
	client_free(c);

	struct cli_result res = CLI_RESULT_INIT;
	const char *argv[] = { "dagoverzicht", "--config", s->config_path, NULL };
	assert_int_equal(harness_run_cli(s, argv, NULL, &res), 0);
	int32_t today = amsterdam_day(time(NULL));
	if (werkdagen_is_workday(NULL, today)) {
		assert_non_null(strstr(res.out.buf, "klaargezet"));
		/* The ondersteuner chases what nobody has picked up: one mail, with the late count. */
		assert_int_equal(test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'dagoverzicht'"
						" AND aan = 'ondersteuner@voorbeeld.example'"), 1);
		assert_true(test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'dagoverzicht'"
					   " AND tekst LIKE '%Nog aan niemand toegewezen%'") >= 1);
		long long before = test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'dagoverzicht'");
		cli_result_release(&res);
		res = (struct cli_result)CLI_RESULT_INIT;
		assert_int_equal(harness_run_cli(s, argv, NULL, &res), 0);
		assert_int_equal(test_db_int(s, "SELECT count(*) FROM outbox WHERE soort = 'dagoverzicht'"), before);
	} else {
		assert_non_null(strstr(res.out.buf, "geen werkdag"));
	}
	cli_result_release(&res);
	/* A named day that is a Sunday queues nothing; a bad date is a usage error. */
	const char *sunday[] = { "dagoverzicht", "2026-11-22", "--config", s->config_path, NULL };
	res = (struct cli_result)CLI_RESULT_INIT;
	assert_int_equal(harness_run_cli(s, sunday, NULL, &res), 0);
	assert_non_null(strstr(res.out.buf, "geen werkdag"));
	cli_result_release(&res);
	const char *bad[] = { "dagoverzicht", "gisteren", "--config", s->config_path, NULL };
	res = (struct cli_result)CLI_RESULT_INIT;
	assert_int_equal(harness_run_cli(s, bad, NULL, &res), 2);
	cli_result_release(&res);
}

/*
 * A period that goes on after the peildatum is marked as running - in the
 * heading, in the trend's table and in both charts (an open point, a
 * lighter bar, a line in the legend) - and a period that is over is not.
 * The days are chosen from today, so this holds on every day of the year.
 */
static void test_running_period_is_marked(void **state)
{
	struct server *s = *state;
	build(s);
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	static const char *const maand[] = { "", "januari", "februari", "maart", "april", "mei", "juni", "juli",
					     "augustus", "september", "oktober", "november", "december" };
	int y, m, d;
	/* The 15th of a month that is over (never its last day), as the peildatum. */
	days_to_civil(amsterdam_day(time(NULL)) - 40, &y, &m, &d);
	int32_t peil = days_from_civil(y, m, 15);
	d = 15;
	char day[DAYS_FORMAT_LEN], first[DAYS_FORMAT_LEN], before[DAYS_FORMAT_LEN], path[200], want[200];
	days_format(peil, day);
	days_format(days_from_civil(y, m, 1), first);
	days_format(days_from_civil(y, m, 1) - 1, before);

	snprintf(path, sizeof(path), "/dashboard?periode=maand&datum=%s&peildatum=%s", day, day);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	snprintf(want, sizeof(want), "<strong>%s %d (lopend)</strong>", maand[m], y);
	assert_body_contains(r, want);
	response_free(r);

	/*
	 * A melding on the month's first day, never confirmed: the running
	 * month has a bar, and by the 15th its term to confirm is over, so a
	 * point (0%) too.
	 */
	char json[400];
	snprintf(json, sizeof(json), "{\"categorie\": \"geluid\", \"omschrijving\": \"Geluid aan het begin van de maand.\","
		 " \"plaats\": \"Portiek\", \"anoniem\": true, \"kanaal\": \"telefoon\","
		 " \"ontvangen_op\": \"%sT10:00:00+01:00\"}", first);
	free(api_melding(c, fx.coordinator, json));

	snprintf(path, sizeof(path), "/dashboard?periode=jaar&datum=%s&peildatum=%s", day, day);
	r = client_get(c, path);
	assert_status(r, 200);
	snprintf(want, sizeof(want), "<th scope=\"row\" class=\"nowrap\">%s %d (lopend t/m %d %s %d)</th>", maand[m], y, d,
		 maand[m], y);
	assert_body_contains(r, want);
	assert_body_contains(r, "* loopt nog (open punt): de cijfers zijn nog niet af");
	assert_body_contains(r, "* loopt nog (lichtere staaf): de cijfers zijn nog niet af");
	assert_body_contains(r, "fill-opacity=\"0.45\"");
	assert_body_contains(r, "fill=\"#ffffff\" stroke=\"#");
	/* At phone width the charts scroll sideways: their boxes take the keyboard's focus. */
	assert_body_contains(r, "<div class=\"chart-scroll\" role=\"region\" aria-labelledby=\"grafiek-termijnen-titel\" tabindex=\"0\">");
	assert_tidy(r);
	response_free(r);

	/* The month before is over: nothing in it is marked. */
	snprintf(path, sizeof(path), "/dashboard?periode=maand&datum=%s&peildatum=%s", before, day);
	r = client_get(c, path);
	assert_status(r, 200);
	assert_false(response_contains(r, "(lopend"));
	assert_false(response_contains(r, "loopt nog"));
	assert_false(response_contains(r, "fill-opacity=\"0.45\""));
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pages_per_role),
		cmocka_unit_test(test_links_carry_filters),
		cmocka_unit_test(test_csv_exports),
		cmocka_unit_test(test_map_upload),
		cmocka_unit_test(test_worklist_and_daily_mail),
		cmocka_unit_test(test_running_period_is_marked),
	};
	int failed = harness_run_suite("dashboard", tests, ARRAY_SIZE(tests), NULL);
	free(fx.coordinator);
	return failed;
}
