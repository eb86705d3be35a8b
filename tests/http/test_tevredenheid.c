/*
 * test_tevredenheid.c - the melder's satisfaction question (issue 17,
 * point 4) against the real server. Through the status link of a closed
 * melding the melder scores 1-5 with an optional text; the page thanks
 * and shows the answer, and a second answer to the same closing is
 * refused. An open melding cannot be scored; bad input comes back 422
 * with the input kept and a message per field; a wrong token is 404. An
 * unhappy score (1-2) raises a verzoek tot heropenen: the assignee is
 * notified, the staff page shows it with a decision form, the werklijst
 * lists it; "heropenen" reopens through melding_act and records who, when
 * and why on the verzoek, the timeline and the audit trail; a reopened
 * melding closed again is asked again. A happy score raises none. The
 * dashboard and /api/v1/kpi count the scores given per soort and wijk,
 * within the period, the wijk asked and the viewer's wijken, and their
 * statements read 0038's covering indexes (EXPLAIN QUERY PLAN).
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Tuesday 1 December 2026
 * 10:00 in Amsterdam (it ticks on from there), the demo organisation and
 * its two homes.
 */
#include "accounts.h"
#include "harness.h"

#include "lib/buf.h"
#include "store/tevredenheid.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOCIAAL "sociaal@voorbeeld.example"          /* Sanne Sociaal: Centrum, Noord */
#define COORDINATOR "coordinator@voorbeeld.example"
#define LEEFBAARHEID "leefbaarheid@voorbeeld.example" /* Oost only */
#define PINNED "2026-12-01T10:00:00+01:00"

static void setup(struct server *s)
{
	seed_organisation(s);
	demo_homes(s);
}

/* A melding through the public form: Kerkstraat 1 (Centrum) or Parklaan 5 (Oost). */
static void melding(struct server *s, const char *categorie, int oost, struct filed *out)
{
	const struct form_part parts[] = {
		FORM_FIELD("categorie", categorie),
		FORM_FIELD("omschrijving", "Harde muziek tot diep in de nacht"),
		FORM_FIELD("postcode", oost ? "1091 AA" : "1011 AA"),
		FORM_FIELD("huisnummer", oost ? "5" : "1"),
		FORM_FIELD("anoniem", "1"),
		FORM_END,
	};
	public_melding_ok(s, parts, out);
}

/* Staff act on the melding through its page's form; must succeed. */
static void act(struct client *c, long long id, const char *action)
{
	char page[64], path[96];

	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/%s", id, action);
	struct response *r = account_post(c, page, path, NULL);
	if (r->status != 303)
		print_error("%s: %.1500s\n", action, r->body);
	assert_int_equal(r->status, 303);
	response_free(r);
}

/*
 * The melder answers through the status link, with this browser's
 * pre-session CSRF token (taken from the form, which a page without the
 * question no longer has: a second answer is a back-button POST).
 */
static struct response *answer(struct client *melder, const char *status_path, const char *score, const char *tekst)
{
	char *tok = account_csrf(melder, "/melden");
	char path[160];
	const char *fields[8];
	int n = 0;

	assert_non_null(tok);
	fields[n++] = "csrf_token";
	fields[n++] = tok;
	if (score) {
		fields[n++] = "score";
		fields[n++] = score;
	}
	if (tekst) {
		fields[n++] = "tekst";
		fields[n++] = tekst;
	}
	fields[n] = NULL;
	snprintf(path, sizeof(path), "%s/tevredenheid", status_path);
	struct response *r = client_post_form(melder, path, fields);
	free(tok);
	return r;
}

static void answer_ok(struct client *melder, const struct filed *m, const char *score, const char *tekst)
{
	struct response *r = answer(melder, m->status_path, score, tekst);
	if (r->status != 303)
		print_error("%.1500s\n", r->body);
	assert_status(r, 303);
	assert_header_contains(r, "Location", m->status_path);
	response_free(r);
}

static long long answers(struct server *s, long long id)
{
	return test_sql_int(s, "SELECT count(*) FROM tevredenheid WHERE melding_id = %lld", id);
}

/* ---- an open melding cannot be scored; a wrong token is 404 ---- */

static void test_open_refused(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "geluid", 0, &m);
	struct client *melder = client_new(s);
	struct response *r = client_get(melder, m.status_path);
	assert_status(r, 200);
	assert_false(response_contains(r, "Hoe tevreden bent u?"));
	response_free(r);

	r = answer(melder, m.status_path, "5", "Snel geholpen");
	assert_status(r, 422);
	assert_body_contains(r, "Uw melding is nog niet afgesloten.");
	assert_body_contains(r, "Snel geholpen");          /* the input kept */
	assert_tidy(r);
	response_free(r);
	assert_int_equal(answers(s, m.id), 0);

	/* Closed, the question is there; a wrong token still finds nothing. */
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	act(staff, m.id, "afsluiten");
	long long all = test_sql_int(s, "SELECT count(*) FROM tevredenheid");
	char *tok = account_csrf(melder, m.status_path);
	r = client_post_form(melder, "/melding/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/tevredenheid",
			     (const char *const[]){ "csrf_token", tok, "score", "5", NULL });
	assert_status(r, 404);
	response_free(r);
	free(tok);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM tevredenheid"), all);
	assert_int_equal(answers(s, m.id), 0);
	client_free(staff);
	client_free(melder);
}

/* ---- a happy score: thanks, the answer, no verzoek, one answer per closing ---- */

static void test_happy_no_request(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "geluid", 0, &m);
	long long uid = test_user_id(s, SOCIAAL);
	test_sql(s, "UPDATE melding SET assignee_id = %lld WHERE id = %lld", uid, m.id);
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	act(staff, m.id, "afsluiten");
	long long notes = test_sql_int(s, "SELECT count(*) FROM notification WHERE user_id = %lld", uid);

	struct client *melder = client_new(s);
	struct response *r = client_get(melder, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Hoe tevreden bent u?");
	assert_body_contains(r, "<label for=\"tevredenheid-score-1\">1 - Zeer ontevreden</label>");
	assert_body_contains(r, "<label for=\"tevredenheid-score-5\">5 - Zeer tevreden</label>");
	assert_body_contains(r, "/tevredenheid\" novalidate>\n<input type=\"hidden\" name=\"csrf_token\"");
	assert_tidy(r);
	response_free(r);
	/* The question has a link of its own: the status page. */
	r = client_getf(melder, "%s/tevredenheid", m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Hoe tevreden bent u?");
	response_free(r);

	answer_ok(melder, &m, "4", "Netjes opgelost.\nDank!");
	assert_int_equal(answers(s, m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT score FROM tevredenheid WHERE melding_id = %lld", m.id), 4);
	assert_int_equal(test_sql_int(s, "SELECT verzoek FROM tevredenheid WHERE melding_id = %lld", m.id), 0);
	assert_true(test_sql_int(s, "SELECT gegeven_op FROM tevredenheid WHERE melding_id = %lld", m.id) > 0);

	r = client_get(melder, m.status_path);
	assert_body_contains(r, "Bedankt voor uw antwoord");
	assert_body_contains(r, "<strong>4 van 5</strong>: Tevreden");
	assert_body_contains(r, "Netjes opgelost.\nDank!");
	assert_false(response_contains(r, "Hoe tevreden bent u?"));
	assert_false(response_contains(r, "opnieuw oppakken en laten u weten"));
	response_free(r);

	/* No verzoek: not on the staff page, nobody notified. */
	r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_status(r, 200);
	assert_false(response_contains(r, "Verzoek tot heropenen"));
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE user_id = %lld", uid), notes);

	/* One answer per closing: a second POST of the same closing is refused, the first stays. */
	r = answer(melder, m.status_path, "1", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "U heeft al gezegd hoe tevreden u bent");
	response_free(r);
	assert_int_equal(answers(s, m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT score FROM tevredenheid WHERE melding_id = %lld", m.id), 4);
	client_free(staff);
	client_free(melder);
}

/* ---- bad input: 422, the input kept, a message per field ---- */

static void test_bad_input_kept(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "geluid", 0, &m);
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	act(staff, m.id, "afsluiten");
	struct client *melder = client_new(s);

	struct response *r = answer(melder, m.status_path, NULL, "Het duurde lang");
	assert_status(r, 422);
	assert_body_contains(r, "Kies hoe tevreden u bent, van 1 (zeer ontevreden) tot 5 (zeer tevreden).");
	assert_body_contains(r, "Het duurde lang</textarea>");
	assert_body_contains(r, "href=\"#tevredenheid-score\"");
	assert_tidy(r);
	response_free(r);

	r = answer(melder, m.status_path, "7", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Kies hoe tevreden u bent");
	response_free(r);

	struct buf lang = BUF_INIT;
	for (int i = 0; i < 2001; i++)
		buf_addch(&lang, 'x');
	r = answer(melder, m.status_path, "2", lang.buf);
	assert_status(r, 422);
	assert_body_contains(r, "Uw toelichting is te lang");
	assert_body_contains(r, "value=\"2\" checked");    /* the choice kept */
	assert_false(response_contains(r, "Kies hoe tevreden u bent"));
	response_free(r);
	buf_release(&lang);
	assert_int_equal(answers(s, m.id), 0);
	client_free(staff);
	client_free(melder);
}

/* ---- an unhappy score raises the verzoek; heropenen reopens and records ---- */

static void test_unhappy_heropenen(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "geluid", 0, &m);
	long long uid = test_user_id(s, SOCIAAL);
	test_sql(s, "UPDATE melding SET assignee_id = %lld WHERE id = %lld", uid, m.id);
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	act(staff, m.id, "afsluiten");

	test_sql(s, "DELETE FROM tevredenheid");   /* the werklijst counts every open verzoek */
	struct client *melder = client_new(s);
	answer_ok(melder, &m, "2", "De muziek is er nog steeds.");
	assert_int_equal(test_sql_int(s, "SELECT verzoek FROM tevredenheid WHERE melding_id = %lld AND besluit IS NULL",
				      m.id), 1);
	struct response *r = client_get(melder, m.status_path);
	assert_body_contains(r, "Wij bekijken of wij uw melding opnieuw oppakken");
	response_free(r);

	/* The handler is told, with a link to the melding. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE user_id = %lld"
				      " AND soort = 'melder_aanvulling' AND tekst LIKE '%%te heropenen%%'"
				      " AND url = '/meldingen/%lld#heropenverzoek'", uid, m.id), 1);

	/* Visible on the staff page with the decision form, and on the werklijst. */
	r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_status(r, 200);
	assert_body_contains(r, "Verzoek tot heropenen");
	assert_body_contains(r, "<strong>2 van 5</strong> (Ontevreden)");
	assert_body_contains(r, "De muziek is er nog steeds.");
	assert_body_contains(r, "action=\"/meldingen/");
	assert_body_contains(r, "/heropenverzoek\"");
	assert_tidy(r);
	response_free(r);
	r = client_get(staff, "/dashboard/werklijst");
	assert_status(r, 200);
	assert_body_contains(r, "Verzoeken tot heropenen (1)");
	assert_body_contains(r, m.ref);
	assert_tidy(r);
	response_free(r);

	/* The explanation is required: 422, the choice kept, nothing changed. */
	char page[64], path[96];
	snprintf(page, sizeof(page), "/meldingen/%lld", m.id);
	snprintf(path, sizeof(path), "/meldingen/%lld/heropenverzoek", m.id);
	r = account_post(staff, page, path, (const char *const[]){ "besluit", "heropenen", "toelichting", "  ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Leg uit waarom: de toelichting is verplicht.");
	assert_body_contains(r, "value=\"heropenen\" checked");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT status = 'afgesloten' FROM melding WHERE id = %lld", m.id), 1);

	r = account_post(staff, page, path,
			 (const char *const[]){ "besluit", "heropenen", "toelichting", "We gaan opnieuw langs.", NULL });
	assert_status(r, 303);
	response_free(r);
	/* Reopened through melding_act, the outcome recorded: who, when, why. */
	assert_int_equal(test_sql_int(s, "SELECT status = 'in_behandeling' AND afgesloten_op IS NULL FROM melding"
				      " WHERE id = %lld", m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM tevredenheid WHERE melding_id = %lld AND besluit = 'heropenen'"
				      " AND besluit_door = %lld AND besluit_op > 0"
				      " AND besluit_toelichting = 'We gaan opnieuw langs.'", m.id, uid), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'heropend'",
				      m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld"
				      " AND soort = 'heropenverzoek_besluit' AND user_id = %lld"
				      " AND tekst LIKE '%%heropenen. Toelichting: We gaan opnieuw langs.'", m.id, uid), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_id = '%s'"
				      " AND detail = 'verzoek tot heropenen: heropenen' AND user_id = %lld", m.ref, uid), 1);
	r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_false(response_contains(r, "Besluit vastleggen"));
	assert_body_contains(r, "We gaan opnieuw langs.");
	response_free(r);
	r = client_get(staff, "/dashboard/werklijst");
	assert_body_contains(r, "Verzoeken tot heropenen (0)");
	response_free(r);

	/* Open again: no question; closed again: asked again, a second answer for the second closing. */
	r = client_get(melder, m.status_path);
	assert_false(response_contains(r, "Hoe tevreden bent u?"));
	response_free(r);
	act(staff, m.id, "afsluiten");
	r = client_get(melder, m.status_path);
	assert_body_contains(r, "Hoe tevreden bent u?");
	response_free(r);
	answer_ok(melder, &m, "5", NULL);
	assert_int_equal(answers(s, m.id), 2);
	client_free(staff);
	client_free(melder);
}

/* ---- niet heropenen: the melding stays closed, the outcome recorded ---- */

static void test_niet_heropenen(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "stank", 0, &m);
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	act(staff, m.id, "afsluiten");
	struct client *melder = client_new(s);
	answer_ok(melder, &m, "1", NULL);

	char page[64], path[96];
	snprintf(page, sizeof(page), "/meldingen/%lld", m.id);
	snprintf(path, sizeof(path), "/meldingen/%lld/heropenverzoek", m.id);
	struct response *r = account_post(staff, page, path, (const char *const[]){ "toelichting", "Buren verhuisd.", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies of de melding heropend wordt of niet.");
	assert_body_contains(r, "Buren verhuisd.</textarea>");
	response_free(r);
	r = account_post(staff, page, path,
			 (const char *const[]){ "besluit", "niet_heropenen", "toelichting", "Buren verhuisd.", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT status = 'afgesloten' FROM melding WHERE id = %lld", m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM tevredenheid WHERE melding_id = %lld"
				      " AND besluit = 'niet_heropenen'", m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'heropend'",
				      m.id), 0);
	/* Decided: a second decision finds no open verzoek. */
	r = account_post(staff, page, path,
			 (const char *const[]){ "besluit", "heropenen", "toelichting", "Toch wel.", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT status = 'afgesloten' FROM melding WHERE id = %lld", m.id), 1);
	client_free(staff);
	client_free(melder);
}

/* ---- the figures: the scores given, per soort and wijk, in scope ---- */

static cJSON *kpi(struct server *s, const char *token, const char *query)
{
	struct client *c = client_new(s);
	char path[160];

	snprintf(path, sizeof(path), "/api/v1/kpi?van=2026-12-01&tot=2026-12-31%s", query);
	struct response *r = client_api(c, "GET", path, token, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	response_free(r);
	client_free(c);
	return j;
}

static const cJSON *tv(const cJSON *j)
{
	const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "tevredenheid");
	assert_non_null(t);
	return t;
}

static void test_figures(void **state)
{
	struct server *s = *state;
	struct filed a, b, c, d;

	setup(s);
	test_sql(s, "DELETE FROM tevredenheid");   /* the suite's other answers: this test counts all of them */
	melding(s, "geluid", 0, &a);   /* Centrum */
	melding(s, "geluid", 0, &b);   /* Centrum */
	melding(s, "stank", 1, &c);    /* Oost */
	melding(s, "geluid", 1, &d);   /* Oost, closed but never answered */
	struct client *staff = account_client(s, COORDINATOR, DEMO_PASSWORD);
	act(staff, a.id, "afsluiten");
	act(staff, b.id, "afsluiten");
	act(staff, c.id, "afsluiten");
	act(staff, d.id, "afsluiten");
	struct client *melder = client_new(s);
	answer_ok(melder, &a, "5", NULL);
	answer_ok(melder, &b, "2", NULL);
	answer_ok(melder, &c, "4", NULL);

	char *coord = account_token(s, COORDINATOR), *oost = account_token(s, LEEFBAARHEID);
	cJSON *j = kpi(s, coord, "");
	const cJSON *t = tv(j), *x;
	assert_int_equal((int)json_num(t, "aantal"), 3);
	assert_true(fabs(json_num(t, "gemiddelde") - 3.67) < 0.001);   /* 11 / 3, two decimals */
	x = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(t, "per_categorie"), "geluid");
	assert_int_equal((int)json_num(x, "aantal"), 2);
	assert_true(json_num(x, "gemiddelde") == 3.5);
	x = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(t, "per_categorie"), "stank");
	assert_int_equal((int)json_num(x, "aantal"), 1);
	assert_true(json_num(x, "gemiddelde") == 4);
	x = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(t, "per_wijk"), "WK999901");
	assert_int_equal((int)json_num(x, "aantal"), 2);
	assert_true(json_num(x, "gemiddelde") == 3.5);
	x = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(t, "per_wijk"), "WK999903");
	assert_int_equal((int)json_num(x, "aantal"), 1);
	/* The existing shape stays: the report's own fields are all there. */
	assert_non_null(cJSON_GetObjectItemCaseSensitive(j, "per_categorie"));
	assert_non_null(cJSON_GetObjectItemCaseSensitive(j, "bevestiging"));
	cJSON_Delete(j);

	/* The wijk asked, and a viewer bound to Oost, see Oost's answer alone. */
	j = kpi(s, coord, "&wijk=WK999903");
	assert_int_equal((int)json_num(tv(j), "aantal"), 1);
	assert_true(json_num(tv(j), "gemiddelde") == 4);
	cJSON_Delete(j);
	j = kpi(s, oost, "");
	assert_int_equal((int)json_num(tv(j), "aantal"), 1);
	assert_null(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(tv(j), "per_wijk"), "WK999901"));
	cJSON_Delete(j);
	/* Another period has none: the answers count by the day they were given. */
	struct client *cl = client_new(s);
	struct response *r = client_api(cl, "GET", "/api/v1/kpi?van=2026-11-01&tot=2026-11-30", coord, NULL, NULL);
	j = response_json(r);
	assert_int_equal((int)json_num(tv(j), "aantal"), 0);
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(tv(j), "gemiddelde")));
	cJSON_Delete(j);
	response_free(r);
	client_free(cl);

	/* The dashboard shows the same figures. */
	r = client_get(staff, "/dashboard?periode=maand&datum=2026-12-01");
	assert_status(r, 200);
	assert_body_contains(r, "Gemiddeld <strong>3,7</strong> uit 3 antwoorden.");
	assert_body_contains(r, "<tr><th scope=\"row\">Overlast: geluid</th><td class=\"num\">3,5</td><td class=\"num\">2</td></tr>");
	assert_body_contains(r, "<tr><th scope=\"row\">Overlast: stank</th><td class=\"num\">4,0</td><td class=\"num\">1</td></tr>");
	assert_body_contains(r, "1 verzoek(en) tot heropenen wachten op een besluit.");
	assert_tidy(r);
	response_free(r);
	free(coord);
	free(oost);
	client_free(staff);
	client_free(melder);
}

/* ---- the figures' statements read 0038's covering indexes, never the table ---- */

static void test_plan(void **state)
{
	struct server *s = *state;
	sqlite3 *db;
	static const char *const want[] = {
		"SEARCH tevredenheid USING COVERING INDEX tevredenheid_dag (dag>? AND dag<?)",
		"SEARCH tevredenheid USING COVERING INDEX tevredenheid_wijk (wijk_id=? AND dag>? AND dag<?)",
		"SEARCH tevredenheid USING COVERING INDEX tevredenheid_wijk (wijk_id=? AND dag>? AND dag<?)",
		"SEARCH tevredenheid USING COVERING INDEX tevredenheid_wijk (wijk_id=? AND dag>? AND dag<?)",
	};

	assert_int_equal(tevredenheid_kpi_sql_count, 4);
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	for (int i = 0; i < tevredenheid_kpi_sql_count; i++) {
		struct buf plan = BUF_INIT;
		test_query_plan(db, tevredenheid_kpi_sql[i], &plan);
		if (!strstr(plan.buf, want[i]) || strstr(plan.buf, "SCAN tevredenheid"))
			fail_msg("statement %d:\n  %s\nplan:\n%s", i, tevredenheid_kpi_sql[i], plan.buf);
		buf_release(&plan);
	}
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_refused),
		cmocka_unit_test(test_happy_no_request),
		cmocka_unit_test(test_bad_input_kept),
		cmocka_unit_test(test_unhappy_heropenen),
		cmocka_unit_test(test_niet_heropenen),
		cmocka_unit_test(test_figures),
		cmocka_unit_test(test_plan),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("tevredenheid", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 1000\nmelden_min_seconds = 0\n");
}
