/*
 * test_routering.c - routing rules (issue 16, point 2) over HTTP: each kind
 * of condition (category, wijk, buurt, kanaal, time of day - with a
 * backdated intake and with a pinned clock), the first match winning, a
 * switched-off rule, a target who may not handle the melding, the three
 * doors (public form, staff intake, API), re-routing when an "onbekend"
 * melding is placed, a hand assignment that stays, and /beheer/routering:
 * its form's errors keeping the input, order, switching, deleting, the
 * audit trail, and 403 for anyone but the beheerder; teams: the form,
 * a rule to a team, every able member told, a member taking it.
 *
 * The database starts empty: wijk A with buurten A1 (1111 AA) and A2
 * (1111 AB), wijk B with buurt B1 (2222 BB); 9999 ZZ is in no register.
 * Most tests write their rules with SQL (rule()) after clearing them; the
 * beheer tests go through the form.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n"

#define SB_A "sb.a@test.example"
#define SB_A2 "sb.a2@test.example"
#define SB_B "sb.b@test.example"
#define CO "co@test.example"
#define OS "os@test.example"
#define BH "bh@test.example"

/* Monday 1 February 2027, 23:30 in Amsterdam: a night melding through the public form. */
#define PINNED_NIGHT "2027-02-01T23:30:00+01:00"

/* ---- fixture ---------------------------------------------------------- */

static void fixture(struct server *s)
{
	if (!server_once(s, "fixture"))
		return;
	test_sql(s,
		 "INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		 " ('WK000001', 'Wijk A', 'wijk', NULL, 100), ('WK000002', 'Wijk B', 'wijk', NULL, 100);"
		 "INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		 " ('BU00000101', 'Buurt A1', 'buurt', (SELECT id FROM area WHERE code = 'WK000001'), 50),"
		 " ('BU00000102', 'Buurt A2', 'buurt', (SELECT id FROM area WHERE code = 'WK000001'), 50),"
		 " ('BU00000201', 'Buurt B1', 'buurt', (SELECT id FROM area WHERE code = 'WK000002'), 50);"
		 "UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id ELSE parent_id END;"
		 "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		 " ('1111 AA', 1, '', 'Astraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101')),"
		 " ('1111 AB', 1, '', 'Aplein', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000102')),"
		 " ('2222 BB', 1, '', 'Bstraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000201'));");
	account_add(s, SB_A, "Sanne Sociaal-A", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, SB_A2, "Ahmed Tweede-A", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, SB_B, "Bea Sociaal-B", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000002", NULL });
	account_add(s, CO, "Carla Coördinator", "coordinator", NULL, NULL);
	account_add(s, OS, "Olaf Ondersteuner", "ondersteuner", NULL, NULL);
	account_add(s, BH, "Bram Beheer", "beheerder", NULL, NULL);
}

/*
 * A rule written straight into the table, after the suite's checks in
 * beheer: NULL (or -1 for the times) is "any".
 */
static void rule(struct server *s, const char *naam, int volgorde, int actief, const char *categorie, const char *gebied,
		 const char *kanaal, int van, int tot, const char *email)
{
	char k[40] = "NULL", v[16] = "NULL", t[16] = "NULL";

	if (kanaal)
		snprintf(k, sizeof(k), "'%s'", kanaal);
	if (van >= 0) {
		snprintf(v, sizeof(v), "%d", van);
		snprintf(t, sizeof(t), "%d", tot);
	}
	test_sql(s, "INSERT INTO routing_rule(naam, volgorde, actief, category_id, area_id, kanaal, van_minuut, tot_minuut,"
		 " user_id) VALUES ('%s', %d, %d, (SELECT id FROM category WHERE code = '%s'),"
		 " (SELECT id FROM area WHERE code = '%s'), %s, %s, %s, (SELECT id FROM user WHERE email = '%s'))",
		 naam, volgorde, actief, categorie ? categorie : "", gebied ? gebied : "", k, v, t, email);
}

static void rules_clear(struct server *s)
{
	fixture(s);
	test_sql(s, "DELETE FROM routing_rule");
}

/* The e-mail address of the melding's assignee, "" when none; caller frees. */
static char *assignee(struct server *s, long long id)
{
	return test_sql_text(s, "SELECT coalesce((SELECT u.email FROM user u WHERE u.id = m.assignee_id), '')"
			     " FROM melding m WHERE m.id = %lld", id);
}

static void assert_assignee(struct server *s, long long id, const char *email)
{
	char *got = assignee(s, id);

	if (strcmp(got, email))
		fail_msg("melding %lld: assignee '%s', want '%s'", id, got, email);
	free(got);
}

/* A melding through the public form (kanaal webformulier); its id. */
static long long melden(struct server *s, const char *categorie, const char *postcode)
{
	struct filed f;
	const struct form_part parts[] = {
		FORM_FIELD("categorie", categorie), FORM_FIELD("omschrijving", "Harde muziek tot diep in de nacht."),
		FORM_FIELD("postcode", postcode), FORM_FIELD("huisnummer", "1"), FORM_FIELD("anoniem", "1"), FORM_END,
	};

	public_melding_ok(s, parts, &f);
	return f.id;
}

/* "2026-03-01T23:30": yesterday (Amsterdam) at hh:mm, as a datetime-local input holds it. */
static const char *yesterday_at(int hh, int mm)
{
	static char out[20];
	int y, mo, d;

	days_to_civil(amsterdam_day((int64_t)time(NULL)) - 1, &y, &mo, &d);
	snprintf(out, sizeof(out), "%04d-%02d-%02dT%02d:%02d", y, mo, d, hh, mm);
	return out;
}

/* A melding taken in by staff c through /meldingen/nieuw: kanaal, received at when; its id. */
static long long intake(struct client *c, const char *kanaal, const char *when, const char *categorie,
			const char *postcode)
{
	char *tok = account_csrf(c, "/meldingen/nieuw");
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", kanaal), FORM_FIELD("ontvangen_op", when),
		FORM_FIELD("categorie", categorie), FORM_FIELD("omschrijving", "Stank in het trappenhuis, gemeld per telefoon."),
		FORM_FIELD("postcode", postcode), FORM_FIELD("huisnummer", "1"), FORM_FIELD("anoniem", "1"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/meldingen", parts);
	long long id = assert_created(r, "/meldingen/");

	response_free(r);
	free(tok);
	return id;
}

static long long id_of_ref(struct server *s, const char *ref)
{
	return test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", ref);
}

/* ---- the conditions ----------------------------------------------------- */

static void test_category(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Geluid", 10, 1, "geluid", NULL, NULL, -1, -1, CO);
	long long geluid = melden(s, "geluid", "1111 AA");
	long long stank = melden(s, "stank", "1111 AA");

	assert_assignee(s, geluid, CO);
	assert_assignee(s, stank, "");
	assert_int_equal(test_sql_int(s, "SELECT toegewezen_door_regel FROM melding WHERE id = %lld", geluid), 1);
	/* The timeline says who and which rule, as a system entry (no user). */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'"
				      " AND user_id IS NULL AND tekst = 'Toegewezen aan Carla Coördinator door regel ''Geluid''.'",
				      geluid), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'",
				      stank), 0);
	/* The person is told (app/notify.h), once, by the melding's reference. */
	char *ref = test_sql_text(s, "SELECT referentie FROM melding WHERE id = %lld", geluid);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE soort = 'toegewezen' AND user_id = %lld"
				      " AND instr(tekst, '%s') > 0", test_user_id(s, CO), ref), 1);
	free(ref);

	/* The melding page shows it to the person it went to. */
	struct client *c = account_client(s, CO, TEST_PASSWORD);
	struct response *r = client_getf(c, "/meldingen/%lld", geluid);
	assert_status(r, 200);
	assert_body_contains(r, "door regel");
	response_free(r);
	client_free(c);
}

static void test_wijk_buurt_and_first_match(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	/* The buurt before its wijk: A2 to Ahmed, the rest of wijk A to Sanne, wijk B to Bea. */
	rule(s, "Buurt A2", 10, 1, NULL, "BU00000102", NULL, -1, -1, SB_A2);
	rule(s, "Wijk A", 20, 1, NULL, "WK000001", NULL, -1, -1, SB_A);
	rule(s, "Wijk B", 30, 1, NULL, "WK000002", NULL, -1, -1, SB_B);
	long long a1 = melden(s, "geluid", "1111 AA");
	long long a2 = melden(s, "geluid", "1111 AB");
	long long b1 = melden(s, "geluid", "2222 BB");
	long long onbekend = melden(s, "geluid", "9999 ZZ");

	assert_assignee(s, a1, SB_A);
	assert_assignee(s, a2, SB_A2);
	assert_assignee(s, b1, SB_B);
	assert_assignee(s, onbekend, "");

	/* The wijk first: it catches A2 too, and the buurt's rule never gets its turn. */
	test_sql(s, "UPDATE routing_rule SET volgorde = 5 WHERE naam = 'Wijk A'");
	a2 = melden(s, "geluid", "1111 AB");
	assert_assignee(s, a2, SB_A);
}

static void test_kanaal_and_doors(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Telefoon", 10, 1, NULL, NULL, "telefoon", -1, -1, CO);
	rule(s, "API", 20, 1, NULL, NULL, "api", -1, -1, OS);
	struct client *c = account_client(s, SB_A, TEST_PASSWORD);
	long long tel = intake(c, "telefoon", yesterday_at(12, 0), "stank", "1111 AA");
	long long balie = intake(c, "balie", yesterday_at(12, 0), "stank", "1111 AA");
	long long web = melden(s, "stank", "1111 AA");
	char *token = account_token(s, CO);
	char *ref = api_melding(c, token, "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek tot diep in de nacht.\","
				" \"postcode\": \"1111 AA\", \"huisnummer\": 1, \"anoniem\": true}");
	long long api = id_of_ref(s, ref);

	assert_assignee(s, tel, CO);
	assert_assignee(s, balie, "");
	assert_assignee(s, web, "");
	assert_assignee(s, api, OS);
	free(ref);
	free(token);
	client_free(c);
}

static void test_time_of_day_backdated(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	/* Across midnight: from 22:00 up to 07:00 (not included). */
	rule(s, "Nacht", 10, 1, NULL, NULL, NULL, 22 * 60, 7 * 60, CO);
	struct client *c = account_client(s, SB_A, TEST_PASSWORD);
	long long late = intake(c, "telefoon", yesterday_at(23, 30), "stank", "1111 AA");
	long long early = intake(c, "telefoon", yesterday_at(6, 59), "stank", "1111 AA");
	long long seven = intake(c, "telefoon", yesterday_at(7, 0), "stank", "1111 AA");
	long long day = intake(c, "telefoon", yesterday_at(12, 0), "stank", "1111 AA");

	assert_assignee(s, late, CO);
	assert_assignee(s, early, CO);
	assert_assignee(s, seven, "");
	assert_assignee(s, day, "");
	client_free(c);

	/* Taken in by the very person the rule gives it to: assigned, but no notice to oneself. */
	c = account_client(s, CO, TEST_PASSWORD);
	long long own = intake(c, "telefoon", yesterday_at(23, 45), "stank", "1111 AA");
	assert_assignee(s, own, CO);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE url = '/meldingen/%lld'", own), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE url = '/meldingen/%lld'", late), 1);
	client_free(c);
}

/* A server of its own whose clock says 23:30 (PINNED_NIGHT): the public form files a night melding. */
static int pinned_setup(void **state)
{
	setenv("LEEFBAAR_NOW", PINNED_NIGHT, 1);
	int rc = harness_fresh_setup(state);
	unsetenv("LEEFBAAR_NOW");
	return rc;
}

static void test_time_of_day_pinned_clock(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Kantoor", 10, 1, NULL, NULL, NULL, 8 * 60, 17 * 60, OS);
	rule(s, "Avond", 20, 1, NULL, NULL, NULL, 17 * 60, 23 * 60 + 30, SB_A);   /* ends just before */
	rule(s, "Nacht", 30, 1, NULL, NULL, NULL, 23 * 60 + 30, 8 * 60, CO);
	long long id = melden(s, "geluid", "2222 BB");

	char *ref = test_sql_text(s, "SELECT referentie FROM melding WHERE id = %lld", id);
	assert_memory_equal(ref, "M-2027-", 7);
	free(ref);
	assert_assignee(s, id, CO);
}

static void test_switched_off_and_unfit_target(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Uit", 10, 0, NULL, NULL, NULL, -1, -1, CO);
	rule(s, "Aan", 20, 1, NULL, NULL, NULL, -1, -1, OS);
	long long id = melden(s, "geluid", "1111 AA");
	assert_assignee(s, id, OS);

	/* A rule for anywhere whose person works in wijk A only: a melding in B passes on to the next rule. */
	rules_clear(s);
	rule(s, "Sanne overal", 10, 1, NULL, NULL, NULL, -1, -1, SB_A);
	rule(s, "Rest", 20, 1, NULL, NULL, NULL, -1, -1, CO);
	long long in_a = melden(s, "geluid", "1111 AA");
	long long in_b = melden(s, "geluid", "2222 BB");
	assert_assignee(s, in_a, SB_A);
	assert_assignee(s, in_b, CO);

	/* Nothing matches: nobody is assigned, nothing on the timeline. */
	rules_clear(s);
	rule(s, "Alleen drugs", 10, 1, "drugs", NULL, NULL, -1, -1, CO);
	id = melden(s, "geluid", "1111 AA");
	assert_assignee(s, id, "");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'",
				      id), 0);
}

/* ---- re-routing ----------------------------------------------------------- */

static void place(struct server *s, struct client *c, long long id, const char *wijk)
{
	char *tok = account_csrf(c, "/meldingen");
	char w[24], path[80];

	snprintf(w, sizeof(w), "%lld", test_area_id(s, wijk));
	snprintf(path, sizeof(path), "/meldingen/%lld/plaatsen", id);
	const char *fields[] = { "csrf_token", tok, "wijk", w, NULL };
	struct response *r = client_post_form(c, path, fields);
	assert_status(r, 303);
	response_free(r);
	free(tok);
}

static void test_rerouting_on_placing(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Wijk B", 10, 1, NULL, "WK000002", NULL, -1, -1, SB_B);
	rule(s, "Onbekend en de rest", 20, 1, NULL, NULL, NULL, -1, -1, CO);
	struct client *co = account_client(s, CO, TEST_PASSWORD);

	/* In no wijk: the rule for anywhere takes it; placed in B, the rule for B does. */
	long long id = melden(s, "geluid", "9999 ZZ");
	assert_assignee(s, id, CO);
	place(s, co, id, "WK000002");
	assert_assignee(s, id, SB_B);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'"
				      " AND tekst = 'Toegewezen aan Bea Sociaal-B door regel ''Wijk B''.'", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE soort = 'toegewezen' AND user_id = %lld"
				      " AND url = '/meldingen/%lld'", test_user_id(s, SB_B), id), 1);
	/* Placed in A: no rule for A, so the rule for anywhere takes it back. */
	place(s, co, id, "WK000001");
	assert_assignee(s, id, CO);

	/* Assigned by hand before placing: the person's choice stays. */
	long long hand = melden(s, "geluid", "9999 ZZ");
	char uid[24];
	snprintf(uid, sizeof(uid), "%lld", test_user_id(s, OS));
	char page[64], path[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", hand);
	snprintf(path, sizeof(path), "/meldingen/%lld/toewijzen", hand);
	struct response *r = account_post(co, page, path, (const char *const[]){ "behandelaar", uid, NULL });
	assert_status(r, 303);
	response_free(r);
	assert_assignee(s, hand, OS);
	assert_int_equal(test_sql_int(s, "SELECT toegewezen_door_regel FROM melding WHERE id = %lld", hand), 0);
	place(s, co, hand, "WK000002");
	assert_assignee(s, hand, OS);
	long long events = test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'",
					hand);
	assert_int_equal(events, 2);   /* the rule at intake, the hand: none after placing */
	client_free(co);
}

/* ---- /beheer/routering ---------------------------------------------------- */

static struct response *post_rule(struct client *c, const char *path, const char *naam, const char *gebied,
				  const char *van, const char *tot, const char *email_id, const char *volgorde)
{
	const char *fields[] = {
		"naam", naam, "volgorde", volgorde, "categorie", "", "gebied", gebied, "kanaal", "telefoon",
		"van", van, "tot", tot, "behandelaar", email_id, "actief", "1", NULL,
	};
	return account_post(c, "/beheer/routering/nieuw", path, fields);
}

static void test_beheer_form_errors_keep_input(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	struct client *c = account_client(s, BH, TEST_PASSWORD);
	char wijk_a[24], sb_b[24], sb_a[24];
	snprintf(wijk_a, sizeof(wijk_a), "%lld", test_area_id(s, "WK000001"));
	snprintf(sb_b, sizeof(sb_b), "%lld", test_user_id(s, SB_B));
	snprintf(sb_a, sizeof(sb_a), "%lld", test_user_id(s, SB_A));

	/* Bea works in B: not for wijk A. A bad start, no end. */
	struct response *r = post_rule(c, "/beheer/routering", "Nachtdienst A", wijk_a, "25:00", "", sb_b, "10");
	assert_status(r, 422);
	assert_body_contains(r, "value=\"Nachtdienst A\"");
	assert_body_contains(r, "value=\"25:00\"");
	assert_body_contains(r, "Bea Sociaal-B werkt niet in wijk Wijk A (wel in Wijk B)");
	assert_body_contains(r, "Vul een tijd in als 08:00");
	assert_body_contains(r, "Vul ook het eind in");
	assert_body_contains(r, "id=\"van-fout\"");
	assert_body_contains(r, "id=\"tot-fout\"");
	assert_body_contains(r, "id=\"behandelaar-fout\"");
	/* What was chosen stays chosen. */
	char sel[64];
	snprintf(sel, sizeof(sel), "<option value=\"%s\" selected>", wijk_a);
	assert_body_contains(r, sel);
	assert_body_contains(r, "<option value=\"telefoon\" selected>");
	assert_tidy(r);
	response_free(r);

	/* Sanne for anywhere: she works in A only. Equal times; no name; a volgorde that is no number. */
	r = post_rule(c, "/beheer/routering", "", "", "08:00", "8:00", sb_a, "tien");
	assert_status(r, 422);
	assert_body_contains(r, "Sanne Sociaal-A werkt alleen in Wijk A");
	assert_body_contains(r, "Het eind is gelijk aan het begin");
	assert_body_contains(r, "Geef de regel een naam");
	assert_body_contains(r, "value=\"tien\"");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM routing_rule"), 0);

	/* Right: stored and audited. */
	long long audit = test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt'"
				      " AND object_type = 'routeringsregel'");
	r = post_rule(c, "/beheer/routering", "Telefoon A 's nachts", wijk_a, "22:00", "07:00", sb_a, "10");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/routering?melding=aangemaakt");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM routing_rule WHERE naam = 'Telefoon A ''s nachts'"
				      " AND van_minuut = 1320 AND tot_minuut = 420 AND kanaal = 'telefoon' AND actief = 1"
				      " AND area_id = %s AND user_id = %s", wijk_a, sb_a), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt'"
				     " AND object_type = 'routeringsregel'"), audit + 1);
	r = client_get(c, "/beheer/routering");
	assert_status(r, 200);
	assert_body_contains(r, "Telefoon A &#39;s nachts");
	assert_body_contains(r, "22:00–07:00");
	assert_tidy(r);
	response_free(r);
	r = client_get(c, "/beheer/routering/nieuw");
	assert_status(r, 200);
	assert_tidy(r);
	response_free(r);
	client_free(c);
}

static long long rule_id(struct server *s, const char *naam)
{
	return test_sql_int(s, "SELECT id FROM routing_rule WHERE naam = '%s'", naam);
}

static void button(struct client *c, long long id, const char *what, const char *name, const char *value,
		   const char *flash)
{
	char path[80], want[80];

	snprintf(path, sizeof(path), "/beheer/routering/%lld/%s", id, what);
	const char *fields[] = { name, value, NULL };
	struct response *r = account_post(c, "/beheer/routering", path, name ? fields : NULL);
	assert_status(r, 303);
	snprintf(want, sizeof(want), "melding=%s", flash);
	assert_header_contains(r, "Location", want);
	response_free(r);
}

static void test_beheer_order_switch_delete(void **state)
{
	struct server *s = *state;

	rules_clear(s);
	rule(s, "Een", 10, 1, NULL, NULL, NULL, -1, -1, CO);
	rule(s, "Twee", 20, 1, NULL, NULL, NULL, -1, -1, OS);
	struct client *c = account_client(s, BH, TEST_PASSWORD);
	long long een = rule_id(s, "Een"), twee = rule_id(s, "Twee");
	long long audit = test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'routeringsregel'");

	assert_assignee(s, melden(s, "geluid", "1111 AA"), CO);
	/* Twee up: it now wins. */
	button(c, twee, "volgorde", "richting", "omhoog", "verplaatst");
	assert_true(test_sql_int(s, "SELECT volgorde FROM routing_rule WHERE id = %lld", twee) <
		    test_sql_int(s, "SELECT volgorde FROM routing_rule WHERE id = %lld", een));
	assert_assignee(s, melden(s, "geluid", "1111 AA"), OS);
	/* Switched off: Een again. */
	button(c, twee, "actief", "actief", "0", "uitgezet");
	assert_int_equal(test_sql_int(s, "SELECT actief FROM routing_rule WHERE id = %lld", twee), 0);
	assert_assignee(s, melden(s, "geluid", "1111 AA"), CO);
	button(c, twee, "actief", "actief", "1", "aangezet");
	assert_assignee(s, melden(s, "geluid", "1111 AA"), OS);
	/* Deleted: gone, and Een takes over. */
	button(c, twee, "verwijderen", NULL, NULL, "verwijderd");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM routing_rule WHERE id = %lld", twee), 0);
	assert_assignee(s, melden(s, "geluid", "1111 AA"), CO);
	/* Every change audited. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'routeringsregel'"), audit + 4);

	/* Editing keeps the input on an error, saves when right; a deleted rule is a 404. */
	char path[80], co[24];
	snprintf(path, sizeof(path), "/beheer/routering/%lld", een);
	snprintf(co, sizeof(co), "%lld", test_user_id(s, CO));
	struct response *r = post_rule(c, path, "Een bewerkt", "", "7:00", "", co, "10");
	assert_status(r, 422);
	assert_body_contains(r, "value=\"Een bewerkt\"");
	assert_body_contains(r, "Vul ook het eind in");
	response_free(r);
	r = post_rule(c, path, "Een bewerkt", "", "", "", co, "10");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM routing_rule WHERE id = %lld AND naam = 'Een bewerkt'"
				      " AND kanaal = 'telefoon'", een), 1);
	r = client_getf(c, "/beheer/routering/%lld", twee);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

/* ---- teams ---------------------------------------------------------------- */

static struct response *post_team(struct client *c, const char *path, const char *naam, const char *lid1,
				  const char *lid2)
{
	const char *fields[] = { "naam", naam, "lid", lid1, "lid", lid2, NULL };
	if (!lid2)
		fields[4] = NULL;
	return account_post(c, "/beheer/routering/teams/nieuw", path, fields);
}

static void test_team(void **state)
{
	struct server *s = *state;
	char sb_a[24], sb_a2[24], sb_b[24], wijk_a[24], wijk_b[24], team[40];

	rules_clear(s);
	snprintf(sb_a, sizeof(sb_a), "%lld", test_user_id(s, SB_A));
	snprintf(sb_a2, sizeof(sb_a2), "%lld", test_user_id(s, SB_A2));
	snprintf(sb_b, sizeof(sb_b), "%lld", test_user_id(s, SB_B));
	snprintf(wijk_a, sizeof(wijk_a), "%lld", test_area_id(s, "WK000001"));
	snprintf(wijk_b, sizeof(wijk_b), "%lld", test_area_id(s, "WK000002"));
	struct client *bh = account_client(s, BH, TEST_PASSWORD);

	/* The team's form: a name is needed, members only from the list; the ticks stay. */
	struct response *r = post_team(bh, "/beheer/routering/teams", "", sb_a, "999999");
	assert_status(r, 422);
	assert_body_contains(r, "Geef het team een naam");
	assert_body_contains(r, "Kies de leden uit de lijst");
	char ticked[80];
	snprintf(ticked, sizeof(ticked), "value=\"%s\" checked", sb_a);
	assert_body_contains(r, ticked);
	assert_tidy(r);
	response_free(r);
	if (test_db_int(s, "SELECT count(*) FROM team WHERE naam = 'Team A'") == 0) {
		r = post_team(bh, "/beheer/routering/teams", "Team A", sb_a, sb_a2);
		assert_status(r, 303);
		response_free(r);
	}
	long long team_id = test_db_int(s, "SELECT id FROM team WHERE naam = 'Team A'");
	r = client_get(bh, "/beheer/routering/teams");
	assert_status(r, 200);
	assert_body_contains(r, "Ahmed Tweede-A, Sanne Sociaal-A");
	assert_tidy(r);
	response_free(r);
	r = client_getf(bh, "/beheer/routering/teams/%lld", team_id);
	assert_status(r, 200);
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM team_member WHERE team_id = %lld", team_id), 2);
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'team'") >= 1);
	r = post_team(bh, "/beheer/routering/teams", "Team A", sb_b, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een team met deze naam");
	response_free(r);

	/* A rule for wijk B to a team without anyone of B is refused, with the reason. */
	snprintf(team, sizeof(team), "team-%lld", team_id);
	r = post_rule(bh, "/beheer/routering", "B naar team A", wijk_b, "", "", team, "10");
	assert_status(r, 422);
	assert_body_contains(r, "Geen lid van team Team A werkt in wijk Wijk B");
	char sel[96];
	snprintf(sel, sizeof(sel), "<option value=\"%s\" selected>", team);
	assert_body_contains(r, sel);
	response_free(r);
	/* For wijk A it is taken (the form's kanaal is telefoon). */
	r = post_rule(bh, "/beheer/routering", "A naar team A", wijk_a, "", "", team, "10");
	assert_status(r, 303);
	response_free(r);
	client_free(bh);

	struct client *c = account_client(s, CO, TEST_PASSWORD);
	long long id = intake(c, "telefoon", yesterday_at(12, 0), "stank", "1111 AA");
	assert_assignee(s, id, "");
	assert_int_equal(test_sql_int(s, "SELECT team_id FROM melding WHERE id = %lld", id), team_id);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'toegewezen'"
				      " AND tekst = 'Toegewezen aan team Team A door regel ''A naar team A''.'", id), 1);
	/* Every member is told. */
	assert_int_equal(test_sql_int(s, "SELECT count(DISTINCT user_id) FROM notification WHERE soort = 'toegewezen'"
				      " AND url = '/meldingen/%lld' AND user_id IN (%s, %s)", id, sb_a, sb_a2), 2);
	client_free(c);

	/* A member sees the team on the page and takes it; the team stays, and it counts as by hand. */
	struct client *m = account_client(s, SB_A2, TEST_PASSWORD);
	r = client_getf(m, "/meldingen/%lld", id);
	assert_status(r, 200);
	assert_body_contains(r, "<dt>Team</dt><dd>Team A</dd>");
	assert_tidy(r);
	response_free(r);
	char page[64], path[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/toewijzen", id);
	r = account_post(m, page, path, (const char *const[]){ "behandelaar", sb_a2, NULL });
	assert_status(r, 303);
	response_free(r);
	assert_assignee(s, id, SB_A2);
	assert_int_equal(test_sql_int(s, "SELECT team_id FROM melding WHERE id = %lld", id), team_id);
	assert_int_equal(test_sql_int(s, "SELECT toegewezen_door_regel FROM melding WHERE id = %lld", id), 0);
	client_free(m);
}

static void test_beheer_only(void **state)
{
	struct server *s = *state;
	static const char *const staff[] = { CO, SB_A, OS };

	rules_clear(s);
	rule(s, "Een", 10, 1, NULL, NULL, NULL, -1, -1, CO);
	long long id = rule_id(s, "Een");
	for (size_t i = 0; i < ARRAY_SIZE(staff); i++) {
		struct client *c = account_client(s, staff[i], TEST_PASSWORD);
		struct response *r = client_get(c, "/beheer/routering");
		assert_status(r, 403);
		response_free(r);
		char path[80];
		snprintf(path, sizeof(path), "/beheer/routering/%lld/actief", id);
		r = account_post(c, NULL, path, (const char *const[]){ "actief", "0", NULL });
		assert_status(r, 403);
		response_free(r);
		client_free(c);
	}
	assert_int_equal(test_sql_int(s, "SELECT actief FROM routing_rule WHERE id = %lld", id), 1);
	struct client *anon = client_new(s);
	struct response *r = client_get(anon, "/beheer/routering");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(anon);

	/* The beheerder finds it on the beheer page. */
	struct client *bh = account_client(s, BH, TEST_PASSWORD);
	r = client_get(bh, "/beheer");
	assert_body_contains(r, "href=\"/beheer/routering\"");
	response_free(r);
	client_free(bh);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_category),
		cmocka_unit_test(test_wijk_buurt_and_first_match),
		cmocka_unit_test(test_kanaal_and_doors),
		cmocka_unit_test(test_time_of_day_backdated),
		cmocka_unit_test_setup_teardown(test_time_of_day_pinned_clock, pinned_setup, harness_fresh_teardown),
		cmocka_unit_test(test_switched_off_and_unfit_target),
		cmocka_unit_test(test_rerouting_on_placing),
		cmocka_unit_test(test_beheer_form_errors_keep_input),
		cmocka_unit_test(test_beheer_order_switch_delete),
		cmocka_unit_test(test_team),
		cmocka_unit_test(test_beheer_only),
	};

	return harness_run_suite("routering", tests, ARRAY_SIZE(tests), SUITE_INI);
}
