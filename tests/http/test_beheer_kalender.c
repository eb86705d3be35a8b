/*
 * test_beheer_kalender.c - the beheerder's closing days and categories
 * (/beheer/sluitingsdagen, /beheer/categorieen): adding and removing
 * closing days (past ones stay), the feestdagen and the Goede Vrijdag
 * suggestion, creating and editing categories, Dutch messages with the
 * input kept, 403 for every other role, and an audit row for each change.
 *
 * Dates are chosen relative to today (in Amsterdam), so the suite holds in
 * any year.
 */
#include "accounts.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "lib/buf.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BEHEERDER "kalender.beheer@voorbeeld.example"
#define COORDINATOR "kalender.coord@voorbeeld.example"
#define SOCIAAL "kalender.sociaal@voorbeeld.example"

static void ensure_accounts(struct server *s)
{
	if (!server_once(s, "accounts"))
		return;
	account_add(s, BEHEERDER, "Bea Beheer", "beheerder", NULL, NULL);
	account_add(s, COORDINATOR, "Cor Coördinator", "coordinator", NULL, NULL);
	account_add(s, SOCIAAL, "Sam Sociaal", "sociaal_beheerder", NULL, NULL);
}

static struct client *login_as(struct server *s, const char *email)
{
	ensure_accounts(s);
	return account_client(s, email, TEST_PASSWORD);
}

static int32_t today(void)
{
	return amsterdam_day((int64_t)time(NULL));
}

static int this_year(void)
{
	int y, m, d;
	days_to_civil(today(), &y, &m, &d);
	return y;
}

/* The first werkdag (no weekend, no feestdag) on or after y-m-d. */
static int32_t workday_from(int y, int m, int d)
{
	int32_t dn = days_from_civil(y, m, d);
	while (!werkdagen_is_workday(NULL, dn))
		dn++;
	return dn;
}

static const char *iso(int32_t dn, char out[DAYS_FORMAT_LEN])
{
	days_format(dn, out);
	return out;
}

/* ---- roles ---------------------------------------------------------------- */

static void test_other_roles_forbidden(void **state)
{
	struct server *s = *state;
	static const char *const pages[] = {
		"/beheer/sluitingsdagen", "/beheer/categorieen", "/beheer/categorieen/nieuw", "/beheer/categorieen/1",
	};
	const char *const users[] = { COORDINATOR, SOCIAAL };

	for (size_t u = 0; u < ARRAY_SIZE(users); u++) {
		struct client *c = login_as(s, users[u]);
		for (size_t i = 0; i < ARRAY_SIZE(pages); i++) {
			struct response *r = client_get(c, pages[i]);
			assert_status(r, 403);
			assert_security_headers(r);
			response_free(r);
		}
		char *tok = account_csrf(c, "/account/wachtwoord");
		const char *add[] = { "csrf_token", tok, "datum", "2099-06-03", "reden", "x", NULL };
		struct response *r = client_post_form(c, "/beheer/sluitingsdagen", add);
		assert_status(r, 403);
		response_free(r);
		const char *rem[] = { "csrf_token", tok, NULL };
		r = client_post_form(c, "/beheer/sluitingsdagen/2099-06-03/verwijderen", rem);
		assert_status(r, 403);
		response_free(r);
		const char *cat[] = { "csrf_token", tok, "code", "verboden", "naam", "x", NULL };
		r = client_post_form(c, "/beheer/categorieen", cat);
		assert_status(r, 403);
		response_free(r);
		free(tok);
		client_free(c);
	}
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM category WHERE code = '%s'", "verboden"), 0);
	/* Refusals are on the record too. */
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND "
				"object_id = '/beheer/sluitingsdagen'") >= 4);

	/* Not logged in: to the login page, and nothing changes. */
	struct client *anon = client_new(s);
	struct response *r = client_get(anon, "/beheer/sluitingsdagen");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(anon);
}

/* ---- sluitingsdagen ------------------------------------------------------- */

static void test_sluitingsdagen_page(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	struct response *r = client_get(c, "/beheer/sluitingsdagen");
	char want[64];
	int y = this_year();

	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Sluitingsdagen");
	/* The feestdagen of this year and next, by name, for reference. */
	snprintf(want, sizeof(want), "Feestdagen %d", y);
	assert_body_contains(r, want);
	snprintf(want, sizeof(want), "Feestdagen %d", y + 1);
	assert_body_contains(r, want);
	assert_body_contains(r, "Koningsdag");
	assert_body_contains(r, "Tweede Paasdag");
	assert_body_contains(r, "Bevrijdingsdag");
	/* Next year's Goede Vrijdag is always still to come. */
	snprintf(want, sizeof(want), "Goede Vrijdag %d", y + 1);
	assert_body_contains(r, want);
	/* The page says that fixed due dates stay as they are. */
	assert_body_contains(r, "veranderen niet");
	response_free(r);

	/* Both pages are reachable from the beheer start page. */
	r = client_get(c, "/beheer");
	assert_status(r, 200);
	assert_body_contains(r, "href=\"/beheer/sluitingsdagen\"");
	assert_body_contains(r, "href=\"/beheer/categorieen\"");
	response_free(r);
	client_free(c);
}

static void test_sluitingsdag_add_and_remove(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	char day[DAYS_FORMAT_LEN], path[128];
	int32_t dn = workday_from(this_year() + 1, 6, 10);

	iso(dn, day);
	const char *fields[] = { "datum", day, "reden", "Teamdag sociaal beheer", NULL };
	struct response *r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/sluitingsdagen");
	response_free(r);

	r = client_get(c, "/beheer/sluitingsdagen?melding=toegevoegd");
	assert_status(r, 200);
	assert_body_contains(r, "Teamdag sociaal beheer");
	assert_body_contains(r, "De sluitingsdag is toegevoegd");
	snprintf(path, sizeof(path), "/beheer/sluitingsdagen/%s/verwijderen", day);
	assert_body_contains(r, path);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt' AND "
			       "object_type = 'sluitingsdag' AND object_id = '%s' AND detail = 'Teamdag sociaal beheer'",
			       day), 1);

	/* The same day twice: a clear message, the input kept. */
	r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
	assert_status(r, 422);
	assert_body_contains(r, "Deze dag is al een sluitingsdag.");
	assert_body_contains(r, "value=\"Teamdag sociaal beheer\"");
	response_free(r);

	/* Remove it: gone from the list, on the record. */
	const char *none[] = { NULL };
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 303);
	response_free(r);
	r = client_get(c, "/beheer/sluitingsdagen");
	assert_status(r, 200);
	assert_null(mem_find(r->body, r->len, "Teamdag sociaal beheer", 0));
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'verwijderd' AND "
			       "object_type = 'sluitingsdag' AND object_id = '%s'", day), 1);
	char sql[100];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM closing_day WHERE dag = %d", (int)dn);
	assert_int_equal(test_db_int(s, sql), 0);

	/* Removing it again: 404 with a message, nothing recorded. */
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 404);
	assert_body_contains(r, "geen sluitingsdag");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'verwijderd' AND "
			       "object_type = 'sluitingsdag' AND object_id = '%s'", day), 1);

	/* A path that is no date. */
	r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen/morgen/verwijderen", none);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

static void test_sluitingsdag_validation(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	char past[DAYS_FORMAT_LEN], weekend[DAYS_FORMAT_LEN], paas[DAYS_FORMAT_LEN], far[DAYS_FORMAT_LEN];
	int y = this_year();
	int32_t sat = days_from_civil(y + 1, 3, 1);

	while (days_weekday(sat) != 5)
		sat++;
	iso(today() - 3, past);
	iso(sat, weekend);
	iso(werkdagen_easter(y + 1) + 1, paas);   /* always a Monday */
	iso(workday_from(y + 7, 3, 2), far);

	static const char *const hostile = "Vrij <script>alert(1)</script>";
	const struct {
		const char *datum, *reden, *field, *message;
	} cases[] = {
		{ "", "", "datum", "Vul de datum in." },
		{ "", "", "reden", "Vul de reden in" },
		{ "2027-02-30", "Iets", "datum", "Vul een bestaande datum in" },
		{ "volgende week", "Iets", "datum", "Vul een bestaande datum in" },
		{ past, "Iets", "datum", "Deze dag is al voorbij" },
		{ weekend, "Iets", "datum", "zaterdag of zondag" },
		{ paas, "Iets", "datum", "Dit is al een feestdag (Tweede Paasdag)" },
		{ far, "Iets", "datum", "Kies een dag tot en met" },
		{ far, hostile, "datum", "Kies een dag tot en met" },
	};
	long long before = test_db_int(s, "SELECT count(*) FROM closing_day");

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *fields[] = { "datum", cases[i].datum, "reden", cases[i].reden, NULL };
		struct response *r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
		char anchor[64];

		print_message("case %zu: datum '%s' -> %ld\n", i, cases[i].datum, r->status);
		assert_status(r, 422);
		assert_body_contains(r, cases[i].message);
		/* The summary links to the field. */
		snprintf(anchor, sizeof(anchor), "href=\"#%s\"", cases[i].field);
		assert_body_contains(r, anchor);
		/* What was typed comes back, escaped. */
		if (cases[i].datum[0] && strlen(cases[i].datum) == 10) {
			char v[64];
			snprintf(v, sizeof(v), "value=\"%s\"", cases[i].datum);
			assert_body_contains(r, v);
		}
		if (cases[i].reden == hostile) {
			assert_body_contains(r, "value=\"Vrij &lt;script&gt;alert(1)&lt;/script&gt;\"");
			assert_null(mem_find(r->body, r->len, "<script>alert", 0));
		}
		response_free(r);
	}
	/* A day typed the Dutch way (DD-MM-YYYY) is understood. */
	char nl[16], want[DAYS_FORMAT_LEN];
	int32_t dn = workday_from(y + 1, 9, 15);
	int yy, mm, dd;
	days_to_civil(dn, &yy, &mm, &dd);
	snprintf(nl, sizeof(nl), "%02d-%02d-%04d", dd, mm, yy);
	const char *fields[] = { "datum", nl, "reden", "Studiedag", NULL };
	struct response *r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'sluitingsdag' AND "
			       "action = 'aangemaakt' AND object_id = '%s'", iso(dn, want)), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM closing_day"), before + 1);
	client_free(c);
}

/*
 * A feestdag the corporation works on (its cao may say so) is made a
 * werkdag in beheer: on the record, and from then on the terms count it
 * (`leefbaar werkdagen` reads the same calendar as the intake). Made a
 * day off again, it is one.
 */
static void test_feestdag_made_werkdag(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	int32_t now = today(), dn = 0;
	char day[DAYS_FORMAT_LEN], before[DAYS_FORMAT_LEN], path[128], sql[120];
	const char *name = NULL;

	/* The first feestdag on a weekday after tomorrow, this year or next. */
	for (int y = this_year(); y <= this_year() + 1 && !dn; y++) {
		struct werkdagen_holiday h[WERKDAGEN_HOLIDAYS_MAX];
		size_t k = werkdagen_holidays(y, h);
		for (size_t i = 0; i < k && !dn; i++)
			if (h[i].day > now + 1 && days_weekday(h[i].day) < 5) {
				dn = h[i].day;
				name = h[i].name;
			}
	}
	assert_true(dn > 0);
	iso(dn, day);
	/* The last werkdag before it. */
	int32_t b = dn - 1;
	while (!werkdagen_is_workday(NULL, b))
		b--;
	iso(b, before);
	const char *add1[] = { "werkdagen", "add", before, "1", NULL };
	struct buf out = BUF_INIT;
	harness_cli_ok(s, add1, &out);
	assert_null(strstr(out.buf, day));   /* a day off: the next werkdag comes after it */
	buf_reset(&out);

	struct response *r = client_get(c, "/beheer/sluitingsdagen");
	snprintf(path, sizeof(path), "/beheer/feestdagen/%s/werkdag", day);
	assert_body_contains(r, path);
	response_free(r);
	const char *none[] = { NULL };
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "melding=werkdag");
	response_free(r);
	r = client_get(c, "/beheer/sluitingsdagen?melding=werkdag");
	assert_body_contains(r, "De feestdag telt nu als werkdag");
	assert_body_contains(r, "<strong>Werkdag</strong>");
	snprintf(path, sizeof(path), "/beheer/feestdagen/%s/vrij", day);
	assert_body_contains(r, path);
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND object_type = 'feestdag'"
				    " AND object_id = '%s' AND detail = '%s: werkdag'", day, name), 1);
	harness_cli_ok(s, add1, &out);
	assert_non_null(strstr(out.buf, day));   /* now it is the next werkdag */
	buf_reset(&out);

	/* A day off again. */
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 303);
	response_free(r);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM feestdag_werkdag WHERE dag = %d", (int)dn);
	assert_int_equal(test_db_int(s, sql), 0);
	harness_cli_ok(s, add1, &out);
	assert_null(strstr(out.buf, day));
	buf_release(&out);

	/* Not a feestdag, or one that is over: refused, nothing stored. */
	r = account_post(c, "/beheer/sluitingsdagen", "/beheer/feestdagen/2099-06-03/werkdag", none);
	assert_status(r, 404);
	response_free(r);
	struct werkdagen_holiday h[WERKDAGEN_HOLIDAYS_MAX];
	size_t k = werkdagen_holidays(this_year() - 1, h);
	for (size_t i = 0; i < k; i++)
		if (days_weekday(h[i].day) < 5) {
			iso(h[i].day, day);
			break;
		}
	snprintf(path, sizeof(path), "/beheer/feestdagen/%s/werkdag", day);
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 409);
	assert_body_contains(r, "kunt u niet meer veranderen");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM feestdag_werkdag"), 0);
	client_free(c);
}

/*
 * The server keeps the calendar between requests: a closing day added in
 * beheer counts for the very next melding, also on a connection whose
 * thread has read the calendar before.
 */
static void test_new_closing_day_counts_at_once(void **state)
{
	struct server *s = *state;
	struct client *adm = login_as(s, BEHEERDER);
	struct client *api = client_new(s);
	char *token = account_token(s, COORDINATOR);
	static const char BODY[] = "{\"categorie\": \"geluid\", \"omschrijving\": \"Boren op zondag.\","
				   " \"plaats\": \"Portiek\", \"anoniem\": true}";

	struct response *r = client_api(api, "POST", "/api/v1/meldingen", token, BODY, NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	char due1[DAYS_FORMAT_LEN];
	snprintf(due1, sizeof(due1), "%s", json_str(j, "bevestigen_uiterlijk"));
	cJSON_Delete(j);
	response_free(r);

	const char *fields[] = { "datum", due1, "reden", "Heidag", NULL };
	r = account_post(adm, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
	assert_status(r, 303);
	response_free(r);

	r = client_api(api, "POST", "/api/v1/meldingen", token, BODY, NULL);
	assert_status(r, 201);
	j = response_json(r);
	assert_true(strcmp(json_str(j, "bevestigen_uiterlijk"), due1) > 0);
	cJSON_Delete(j);
	response_free(r);

	char path[100];
	snprintf(path, sizeof(path), "/beheer/sluitingsdagen/%s/verwijderen", due1);
	const char *none[] = { NULL };
	r = account_post(adm, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 303);
	response_free(r);
	r = client_api(api, "POST", "/api/v1/meldingen", token, BODY, NULL);
	j = response_json(r);
	assert_string_equal(json_str(j, "bevestigen_uiterlijk"), due1);
	cJSON_Delete(j);
	response_free(r);
	free(token);
	client_free(api);
	client_free(adm);
}

static void test_past_closing_day_stays(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	char sql[200], day[DAYS_FORMAT_LEN], path[128];
	int32_t dn = today() - 20;

	/* A day that was added back then, and has passed since. */
	snprintf(sql, sizeof(sql), "INSERT INTO closing_day(dag, reden) VALUES (%d, 'Verhuizing kantoor')", (int)dn);
	assert_int_equal(test_db_exec(s, sql), 0);
	iso(dn, day);
	snprintf(path, sizeof(path), "/beheer/sluitingsdagen/%s/verwijderen", day);

	struct response *r = client_get(c, "/beheer/sluitingsdagen");
	assert_status(r, 200);
	assert_body_contains(r, "Eerdere sluitingsdagen");
	assert_body_contains(r, "Verhuizing kantoor");
	/* Listed, but without a remove button. */
	assert_null(mem_find(r->body, r->len, path, 0));
	response_free(r);

	const char *none[] = { NULL };
	r = account_post(c, "/beheer/sluitingsdagen", path, none);
	assert_status(r, 409);
	assert_body_contains(r, "kunt u niet weghalen");
	response_free(r);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM closing_day WHERE dag = %d", (int)dn);
	assert_int_equal(test_db_int(s, sql), 1);
	client_free(c);
}

static void test_goede_vrijdag_suggestion(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	int y = this_year() + 1;
	int32_t gv = werkdagen_easter(y) - 2;
	char day[DAYS_FORMAT_LEN], reden[32];

	iso(gv, day);
	snprintf(reden, sizeof(reden), "Goede Vrijdag %d", y);
	struct response *r = client_get(c, "/beheer/sluitingsdagen");
	assert_status(r, 200);
	/* The one-click form carries the computed day and the reason. */
	char *datum = html_attr(r->body, "input", "value", day, "name");
	assert_non_null(datum);
	assert_string_equal(datum, "datum");
	free(datum);
	response_free(r);

	const char *fields[] = { "datum", day, "reden", reden, NULL };
	r = account_post(c, "/beheer/sluitingsdagen", "/beheer/sluitingsdagen", fields);
	assert_status(r, 303);
	response_free(r);
	r = client_get(c, "/beheer/sluitingsdagen");
	/* Now a closing day, and no longer suggested. */
	char path[128];
	snprintf(path, sizeof(path), "/beheer/sluitingsdagen/%s/verwijderen", day);
	assert_body_contains(r, path);
	char *still = html_attr(r->body, "input", "value", day, "name");
	assert_null(still);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'sluitingsdag' AND detail = '%s'",
			       reden), 1);
	client_free(c);
}

/* ---- categorieen ---------------------------------------------------------- */

static void test_categorieen_list(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	struct response *r = client_get(c, "/beheer/categorieen");

	assert_status(r, 200);
	assert_security_headers(r);
	/* The seeded categories, with pillar and terms. */
	assert_body_contains(r, "Overlast: geluid");
	assert_body_contains(r, "Samen wonen");
	assert_body_contains(r, "Fysieke woonomgeving");
	assert_body_contains(r, "data-label=\"Terugkoppelen\">10</td>");
	assert_body_contains(r, "alleen voor nieuwe meldingen");
	response_free(r);

	r = client_get(c, "/beheer/categorieen/nieuw");
	assert_status(r, 200);
	/* The policy's terms are the defaults. */
	assert_body_contains(r, "name=\"bevestigen_werkdagen\" value=\"2\"");
	assert_body_contains(r, "name=\"terugkoppelen_werkdagen\" value=\"10\"");
	assert_body_contains(r, "name=\"streef_werkdagen\" value=\"5\"");
	response_free(r);

	r = client_get(c, "/beheer/categorieen/999999");
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/beheer/categorieen/abc");
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

static void test_categorie_create(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	const char *fields[] = {
		"code", "burenruzie", "naam", "Ruzie tussen buren", "pijler", "samen_wonen",
		"toelichting", "Bijvoorbeeld een conflict dat uit de hand loopt.",
		"bevestigen_werkdagen", "1", "terugkoppelen_werkdagen", "8", "streef_werkdagen", "4",
		"volgorde", "155", "actief", "1", NULL,
	};
	struct response *r = account_post(c, "/beheer/categorieen/nieuw", "/beheer/categorieen", fields);

	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/categorieen");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT bevestigen_werkdagen * 10000 + terugkoppelen_werkdagen * 100 + "
				     "streef_werkdagen FROM category WHERE code = 'burenruzie'"), 10804);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt' AND "
			       "object_type = 'categorie' AND object_id = '%s' AND detail LIKE '%%termijnen 1/8/4%%'",
			       "burenruzie"), 1);

	r = client_get(c, "/beheer/categorieen?melding=aangemaakt");
	assert_body_contains(r, "Ruzie tussen buren");
	assert_body_contains(r, "De categorie is aangemaakt.");
	response_free(r);

	/* Active: on the public form. */
	struct client *anon = client_new(s);
	r = client_get(anon, "/melden");
	assert_status(r, 200);
	assert_body_contains(r, "value=\"burenruzie\"");
	response_free(r);

	/* The same code again: refused, everything kept. */
	r = account_post(c, "/beheer/categorieen/nieuw", "/beheer/categorieen", fields);
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een categorie met deze code.");
	assert_body_contains(r, "value=\"Ruzie tussen buren\"");
	assert_body_contains(r, "value=\"burenruzie\"");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM category WHERE code = '%s'", "burenruzie"), 1);

	/* An inactive one is not on the public form. */
	const char *inactive[] = {
		"code", "oud_soort", "naam", "Oude soort", "pijler", "fysiek", "toelichting", "",
		"bevestigen_werkdagen", "2", "terugkoppelen_werkdagen", "10", "streef_werkdagen", "5",
		"volgorde", "900", NULL,
	};
	r = account_post(c, "/beheer/categorieen/nieuw", "/beheer/categorieen", inactive);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT actief FROM category WHERE code = '%s'", "oud_soort"), 0);
	r = client_get(anon, "/melden");
	assert_null(mem_find(r->body, r->len, "oud_soort", 0));
	response_free(r);
	client_free(anon);
	client_free(c);
}

static void test_categorie_validation(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	const struct {
		const char *code, *naam, *pijler, *bev, *ter, *streef, *volgorde, *field, *message;
	} cases[] = {
		{ "", "", "", "2", "10", "5", "1", "code", "Vul een code in" },
		{ "x", "", "samen_wonen", "2", "10", "5", "1", "naam", "Vul een naam in." },
		{ "x", "Naam", "", "2", "10", "5", "1", "pijler", "Kies de pijler" },
		{ "x", "Naam", "iets", "2", "10", "5", "1", "pijler", "Kies de pijler" },
		{ "Geluid Nacht", "Naam", "fysiek", "2", "10", "5", "1", "code", "kleine letters, cijfers en _" },
		{ "geluid-nacht", "Naam", "fysiek", "2", "10", "5", "1", "code", "kleine letters, cijfers en _" },
		{ "x", "Naam", "fysiek", "twee", "10", "5", "1", "bevestigen_werkdagen", "Vul een heel getal in" },
		{ "x", "Naam", "fysiek", "-1", "10", "5", "1", "bevestigen_werkdagen", "Vul een heel getal in" },
		{ "x", "Naam", "fysiek", "21", "30", "5", "1", "bevestigen_werkdagen", "Kies 0 tot en met 20 werkdagen." },
		{ "x", "Naam", "fysiek", "2", "0", "5", "1", "terugkoppelen_werkdagen", "Kies 1 tot en met 120 werkdagen." },
		{ "x", "Naam", "fysiek", "2", "121", "5", "1", "terugkoppelen_werkdagen", "Kies 1 tot en met 120" },
		{ "x", "Naam", "fysiek", "2", "", "5", "1", "terugkoppelen_werkdagen", "Vul het aantal werkdagen in." },
		{ "x", "Naam", "fysiek", "2", "10", "11", "1", "streef_werkdagen", "De streeftermijn kan niet langer zijn" },
		{ "x", "Naam", "fysiek", "12", "10", "5", "1", "bevestigen_werkdagen", "kan niet later komen" },
		{ "x", "Naam", "fysiek", "2", "10", "5", "10000", "volgorde", "Kies 0 tot en met 9999" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *fields[] = {
			"code", cases[i].code, "naam", cases[i].naam, "pijler", cases[i].pijler, "toelichting", "Uitleg",
			"bevestigen_werkdagen", cases[i].bev, "terugkoppelen_werkdagen", cases[i].ter,
			"streef_werkdagen", cases[i].streef, "volgorde", cases[i].volgorde, "actief", "1", NULL,
		};
		struct response *r = account_post(c, "/beheer/categorieen/nieuw", "/beheer/categorieen", fields);
		char anchor[80], kept[80];

		print_message("case %zu: %s\n", i, cases[i].message);
		assert_status(r, 422);
		assert_body_contains(r, cases[i].message);
		snprintf(anchor, sizeof(anchor), "href=\"#%s\"", cases[i].field);
		assert_body_contains(r, anchor);
		/* Every field comes back as typed. */
		assert_body_contains(r, "value=\"Uitleg\"");
		snprintf(kept, sizeof(kept), "name=\"terugkoppelen_werkdagen\" value=\"%s\"", cases[i].ter);
		assert_body_contains(r, kept);
		if (cases[i].naam[0]) {
			snprintf(kept, sizeof(kept), "value=\"%s\"", cases[i].naam);
			assert_body_contains(r, kept);
		}
		response_free(r);
	}
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM category WHERE code IN ('x', 'geluid-nacht')"), 0);

	/* A name that is too long. */
	char naam[200];
	memset(naam, 'a', 150);
	naam[150] = '\0';
	const char *fields[] = {
		"code", "te_lang", "naam", naam, "pijler", "fysiek", "bevestigen_werkdagen", "2",
		"terugkoppelen_werkdagen", "10", "streef_werkdagen", "5", "volgorde", "1", NULL,
	};
	struct response *r = account_post(c, "/beheer/categorieen/nieuw", "/beheer/categorieen", fields);
	assert_status(r, 422);
	assert_body_contains(r, "De naam is te lang");
	response_free(r);
	client_free(c);
}

static void test_categorie_edit(void **state)
{
	struct server *s = *state;
	struct client *c = login_as(s, BEHEERDER);
	long long id = test_db_int(s, "SELECT id FROM category WHERE code = 'geluid'");
	char path[64];

	assert_true(id > 0);
	snprintf(path, sizeof(path), "/beheer/categorieen/%lld", id);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, "Overlast: geluid");
	assert_body_contains(r, "name=\"terugkoppelen_werkdagen\" value=\"10\"");
	/* The code is shown, not editable. */
	assert_null(mem_find(r->body, r->len, "name=\"code\"", 0));
	assert_body_contains(r, "Nieuwe termijnen gelden alleen voor meldingen die daarna binnenkomen");
	response_free(r);

	const char *fields[] = {
		"naam", "Overlast: geluid", "pijler", "samen_wonen",
		"toelichting", "Bijvoorbeeld harde muziek, schreeuwen of lawaai in de nacht.",
		"bevestigen_werkdagen", "3", "terugkoppelen_werkdagen", "10", "streef_werkdagen", "5",
		"volgorde", "10", "actief", "1", NULL,
	};
	r = account_post(c, path, path, fields);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/categorieen?melding=opgeslagen");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT bevestigen_werkdagen FROM category WHERE code = 'geluid'"), 3);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND "
				     "object_type = 'categorie' AND object_id = 'geluid' AND "
				     "detail = 'termijnen 2/10/5 -> 3/10/5'"), 1);
	r = client_get(c, "/beheer/categorieen?melding=opgeslagen");
	assert_body_contains(r, "Nieuwe termijnen gelden voor meldingen die vanaf nu binnenkomen");
	response_free(r);

	/* Saving without a change records nothing. */
	long long rows = test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'categorie'");
	r = account_post(c, path, path, fields);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "ongewijzigd");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'categorie'"), rows);

	/* A bad edit comes back with the input; the row is untouched. */
	const char *bad[] = {
		"naam", "Geluid!", "pijler", "samen_wonen", "toelichting", "",
		"bevestigen_werkdagen", "3", "terugkoppelen_werkdagen", "4", "streef_werkdagen", "6",
		"volgorde", "10", NULL,
	};
	r = account_post(c, path, path, bad);
	assert_status(r, 422);
	assert_body_contains(r, "De streeftermijn kan niet langer zijn dan de termijn voor terugkoppeling (4 werkdagen).");
	assert_body_contains(r, "value=\"Geluid!\"");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT terugkoppelen_werkdagen FROM category WHERE code = 'geluid'"), 10);

	/* Deactivate: off the public form, on the record. */
	const char *off[] = {
		"naam", "Overlast: geluid", "pijler", "samen_wonen",
		"toelichting", "Bijvoorbeeld harde muziek, schreeuwen of lawaai in de nacht.",
		"bevestigen_werkdagen", "3", "terugkoppelen_werkdagen", "10", "streef_werkdagen", "5",
		"volgorde", "10", NULL,
	};
	r = account_post(c, path, path, off);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT actief FROM category WHERE code = 'geluid'"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'categorie' AND "
				     "object_id = 'geluid' AND detail = 'niet actief'"), 1);
	struct client *anon = client_new(s);
	r = client_get(anon, "/melden");
	assert_null(mem_find(r->body, r->len, "value=\"geluid\"", 0));
	response_free(r);
	client_free(anon);

	/* And back on, so other suites' assumptions hold. */
	r = account_post(c, path, path, fields);
	assert_status(r, 303);
	response_free(r);

	r = account_post(c, "/beheer/categorieen", "/beheer/categorieen/424242", fields);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_other_roles_forbidden),
		cmocka_unit_test(test_sluitingsdagen_page),
		cmocka_unit_test(test_sluitingsdag_add_and_remove),
		cmocka_unit_test(test_sluitingsdag_validation),
		cmocka_unit_test(test_feestdag_made_werkdag),
		cmocka_unit_test(test_new_closing_day_counts_at_once),
		cmocka_unit_test(test_past_closing_day_stays),
		cmocka_unit_test(test_goede_vrijdag_suggestion),
		cmocka_unit_test(test_categorieen_list),
		cmocka_unit_test(test_categorie_create),
		cmocka_unit_test(test_categorie_validation),
		cmocka_unit_test(test_categorie_edit),
	};

	return harness_run_suite("beheer_kalender", tests, ARRAY_SIZE(tests), NULL);
}
