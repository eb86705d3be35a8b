/*
 * test_dossiers.c - leefbaarheidsdossiers (issue 7) against the real server:
 * opening one (with bad input), every action from the dossier page and
 * from the melding page, the court overview holding every item the page
 * shows but the vertrouwelijke notes, the new meldingen at a dossier's
 * address, the letter templates of the beheerder, the JSON API, and - the
 * heart of it - scope and the gevoelig rule: a wijkbeheerder of the right
 * wijk gets 404 on a gevoelig dossier and never finds it in a list, a
 * search or the API, while a sociaal beheerder of that wijk does; a staff
 * member of another wijk gets 404; a melding in a gevoelig dossier shows no
 * dossier reference outside the team.
 *
 * One server: the demo organisation (`leefbaar seed --organisation`) for wijken and
 * users, four homes of our own in the register, and meldingen sent in
 * through POST /api/v1/meldingen as a tenant would.
 */
#include "accounts.h"
#include "harness.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOCIAAL "sociaal@voorbeeld.example"             /* sociaal beheerder: Centrum, Noord */
#define LEEFBAAR "leefbaarheid@voorbeeld.example"       /* leefbaarheidsmedewerker: Oost */
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"       /* wijkbeheerder: Centrum */
#define WIJKBEHEER_OOST "wijkbeheer.oost@voorbeeld.example"
#define COORDINATOR "coordinator@voorbeeld.example"
#define ONDERSTEUNER "ondersteuner@voorbeeld.example"
#define BEHEERDER "beheerder@voorbeeld.example"

/* Our homes: two in Binnenstad (Centrum), one in Bloemenbuurt (Noord), one in Parkzicht (Oost). */
#define A1 "2011 AA", "1"
#define A2 "2011 AA", "2"
#define A3 "2022 BB", "3"
#define A4 "2033 CC", "4"

/* ---- set-up -------------------------------------------------------------- */

/* The demo organisation and our four homes, once per server. */
static void setup_once(struct server *s)
{
	seed_organisation(s);
	if (!server_once(s, "homes"))
		return;
	test_sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('2011 AA', 1, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('2011 AA', 2, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('2022 BB', 3, '', 'Toetslaan', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990201')),"
		    " ('2033 CC', 4, '', 'Oefenweg', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301'))");
}

static struct client *login(struct server *s, const char *email)
{
	setup_once(s);
	return account_client(s, email, DEMO_PASSWORD);
}

/* ---- requests ------------------------------------------------------------ */

/* A JSON call of the session's, with its CSRF token. */
static struct response *json_call(struct client *c, const char *method, const char *path, const char *body)
{
	char *tok = account_csrf(c, NULL);
	struct response *r = client_api(c, method, path, NULL, body, tok);

	free(tok);
	return r;
}

/* A melding sent in by a tenant at postcode/huisnummer; returns its reference (caller frees). */
static char *melding_at(struct server *s, const char *postcode, const char *nr, const char *text)
{
	struct client *c = client_new(s);
	char body[600];

	snprintf(body, sizeof(body), "{\"categorie\": \"geluid\", \"omschrijving\": \"%s\", \"postcode\": \"%s\","
		 " \"huisnummer\": \"%s\", \"anoniem\": true}", text, postcode, nr);
	char *ref = api_melding(c, NULL, body);
	client_free(c);
	return ref;
}

static long long melding_id(struct server *s, const char *ref)
{
	return test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", ref);
}

/* Opens a dossier as c; returns its id (from the redirect). */
static long long open_dossier(struct client *c, const char *postcode, const char *nr, const char *extra[])
{
	const char *fields[32] = { "postcode", postcode, "huisnummer", nr, "pijler", "sociaal_repressief",
				   "onderwerp", "Bewoners benedenwoning" };
	int n = 8;
	for (int i = 0; extra && extra[i]; i++)
		fields[n++] = extra[i];
	fields[n] = NULL;
	struct response *r = account_post(c, NULL, "/dossiers", fields);
	long long id = assert_created(r, "/dossiers/");
	response_free(r);
	return id;
}

static char *ref_of(struct server *s, long long id)
{
	struct buf q = BUF_INIT;
	buf_addf(&q, "SELECT volgnummer FROM dossier WHERE id = %lld", id);
	long long seq = test_db_int(s, q.buf);
	buf_reset(&q);
	buf_addf(&q, "SELECT jaar FROM dossier WHERE id = %lld", id);
	long long year = test_db_int(s, q.buf);
	buf_reset(&q);
	buf_addf(&q, "D-%04lld-%05lld", year, seq);
	return buf_detach(&q, NULL);
}

static struct response *act(struct client *c, long long id, const char *action, const char *const fields[])
{
	char path[128];
	snprintf(path, sizeof(path), "/dossiers/%lld/%s", id, action);
	return account_post(c, NULL, path, fields);
}

static void act_ok(struct client *c, long long id, const char *action, const char *const fields[])
{
	struct response *r = act(c, id, action, fields);
	if (r->status != 303)
		print_error("%s: %ld %.600s\n", action, r->status, r->body);
	assert_status(r, 303);
	response_free(r);
}

/* A list shows the dossier: its link, or in JSON its reference as a value. */
static int lists(const struct response *r, long long id, const char *ref)
{
	char a[64], b[64];
	snprintf(a, sizeof(a), "href=\"/dossiers/%lld\"", id);
	snprintf(b, sizeof(b), "\"referentie\":\"%s\"", ref);
	return response_contains(r, a) || response_contains(r, b);
}

/* ---- opening ------------------------------------------------------------- */

static void test_open_dossier(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *m1 = melding_at(s, A1, "Harde muziek na middernacht");
	const char *extra[] = { "meldingen", m1, NULL };
	long long id = open_dossier(c, A1, extra);
	char *ref = ref_of(s, id);

	struct response *r = client_getf(c, "/dossiers/%lld?klaar=geopend", id);
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, ref);
	assert_body_contains(r, "Proefstraat 1, 2011 AA Voorbeeldstad");
	assert_body_contains(r, "Bewoners benedenwoning");
	assert_body_contains(r, m1);
	assert_body_contains(r, "Het dossier is geopend");
	assert_body_contains(r, "Sociale woonomgeving – repressief");
	/* The melding with its terms. */
	assert_body_contains(r, "Bevestigen");
	response_free(r);
	/* Viewing is audited; the link is on both timelines. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'bekeken' AND object_type = 'dossier'"
			       " AND object_id = '%s'", ref) >= 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld"
				    " AND soort = 'dossier_gekoppeld'", melding_id(s, m1)), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld AND soort = 'gekoppeld'",
				 id), 1);
	/* The melding's own timeline does not name the dossier. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE tekst LIKE '%%D-2%%'"), 0);

	/* In the list and in search. */
	r = client_get(c, "/dossiers");
	assert_status(r, 200);
	assert_body_contains(r, ref);
	response_free(r);
	r = client_getf(c, "/dossiers?q=Proefstraat");
	assert_true(lists(r, id, ref));
	response_free(r);
	r = client_getf(c, "/dossiers?q=%s", m1);
	assert_true(lists(r, id, ref));
	response_free(r);
	free(ref);
	free(m1);
	client_free(c);
}

/*
 * "Nieuw dossier openen met deze melding" fills in what the melding
 * already says - its address and the pijler of its category - so
 * nothing is typed twice; someone who may not see the melding gets an
 * empty form, which tells nothing about it.
 */
static void test_new_form_from_a_melding(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *m = melding_at(s, A2, "Geschreeuw in het trappenhuis");

	struct response *r = client_getf(c, "/dossiers/nieuw?melding=%s", m);
	assert_status(r, 200);
	char *v = html_input_value(r->body, "postcode");
	assert_string_equal(v, "2011 AA");
	free(v);
	v = html_input_value(r->body, "huisnummer");
	assert_string_equal(v, "2");
	free(v);
	char want[64];
	snprintf(want, sizeof(want), ">%s</textarea>", m);
	assert_body_contains(r, want);
	/* geluid is a matter of samen wonen: that pijler is checked. */
	assert_body_contains(r, "value=\"samen_wonen\" checked");
	assert_tidy(r);
	response_free(r);
	client_free(c);

	/* Leefbaarheid works in Oost only: the melding in Centrum is not theirs to read. */
	c = login(s, "leefbaarheid@voorbeeld.example");
	r = client_getf(c, "/dossiers/nieuw?melding=%s", m);
	assert_status(r, 200);
	assert_false(response_contains(r, "Proefstraat"));
	assert_false(response_contains(r, "\" checked"));
	response_free(r);
	client_free(c);
	free(m);
}

static void test_open_bad_input(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long before = test_sql_int(s, "SELECT count(*) FROM dossier");

	/* No address, no pijler. */
	const char *f1[] = { "onderwerp", "Iets", NULL };
	struct response *r = account_post(c, NULL, "/dossiers", f1);
	assert_status(r, 422);
	assert_body_contains(r, "Vul het adres in");
	assert_body_contains(r, "Kies de pijler");
	assert_body_contains(r, "value=\"Iets\"");
	response_free(r);

	/* An address that is not in the register: the input stays. */
	const char *f2[] = { "postcode", "2011 AA", "huisnummer", "99", "pijler", "fysiek", "meldingen", "M-2026-999999", NULL };
	r = account_post(c, NULL, "/dossiers", f2);
	assert_status(r, 422);
	assert_body_contains(r, "staat niet in ons woningbestand");
	assert_body_contains(r, "value=\"99\"");
	assert_body_contains(r, "M-2026-999999");
	response_free(r);

	/* An unknown melding is named, without telling whether it exists elsewhere. */
	const char *f3[] = { "postcode", "2011 AA", "huisnummer", "1", "pijler", "fysiek", "meldingen", "M-2026-999999", NULL };
	r = account_post(c, NULL, "/dossiers", f3);
	assert_status(r, 422);
	assert_body_contains(r, "Er is geen melding met nummer M-2026-999999");
	response_free(r);

	/* Bad postcode, address and complex at once. */
	const char *f4[] = { "postcode", "12", "huisnummer", "x", "pijler", "fysiek", "complex", "C-1042", NULL };
	r = account_post(c, NULL, "/dossiers", f4);
	assert_status(r, 422);
	assert_body_contains(r, "niet allebei");
	response_free(r);

	/* Hostile text is escaped, never markup. */
	const char *f5[] = { "onderwerp", "<script>alert(1)</script>", "postcode", "2011 AA", "huisnummer", "1", NULL };
	r = account_post(c, NULL, "/dossiers", f5);
	assert_status(r, 422);
	assert_false(response_contains(r, "<script>alert(1)"));
	assert_body_contains(r, "&lt;script&gt;");
	response_free(r);
	client_free(c);

	/* A sociaal beheerder of Centrum and Noord cannot open one in Oost. */
	c = login(s, SOCIAAL);
	const char *f6[] = { "postcode", "2033 CC", "huisnummer", "4", "pijler", "fysiek", NULL };
	r = account_post(c, NULL, "/dossiers", f6);
	assert_status(r, 422);
	assert_body_contains(r, "ligt niet in uw wijken");
	response_free(r);
	client_free(c);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier"), before);

	/* A complex is a subject too. */
	c = login(s, SOCIAAL);
	const char *f7[] = { "complex", "C-1042", "pijler", "fysiek", NULL };
	r = account_post(c, NULL, "/dossiers", f7);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier d JOIN area a ON a.id = d.complex_id"
				    " WHERE a.code = 'C-1042' AND d.address_id IS NULL"), 1);
	client_free(c);
}

/* ---- every action ----------------------------------------------------------- */

static void test_every_action(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *m1 = melding_at(s, A1, "Geschreeuw in het trappenhuis");
	char *m2 = melding_at(s, A1, "Deur dichtgeslagen om 3 uur");
	long long id = open_dossier(c, A1, NULL);
	char buf[64];

	/* koppelen, ontkoppelen */
	const char *k1[] = { "melding", m1, NULL };
	act_ok(c, id, "koppelen", k1);
	const char *k2[] = { "melding", m2, NULL };
	act_ok(c, id, "koppelen", k2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", id), 2);
	act_ok(c, id, "ontkoppelen", k2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld"
				    " AND soort = 'dossier_ontkoppeld'", melding_id(s, m2)), 1);
	act_ok(c, id, "koppelen", k2);

	/* notitie: an ordinary one and a vertrouwelijke */
	const char *n1[] = { "tekst", "Gesprek met buren op 2-hoog: zij horen het elke nacht.", "datum", "", NULL };
	act_ok(c, id, "notitie", n1);
	const char *n2[] = { "tekst", "VERTROUWELIJK-ZORG: bewoner in behandeling bij GGZ.", "vertrouwelijk", "1", NULL };
	act_ok(c, id, "notitie", n2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_note WHERE dossier_id = %lld AND vertrouwelijk = 1", id), 1);

	/* interventie: a stopgesprek done, a huisbezoek planned and done later */
	const char *i1[] = { "soort", "stopgesprek", "uitgevoerd_op", "2026-01-15", "uitkomst", "Afspraken gemaakt",
			     "toelichting", "Met wijkagent", NULL };
	act_ok(c, id, "interventie", i1);
	const char *i2[] = { "soort", "huisbezoek", "gepland_op", "2099-01-01", NULL };
	act_ok(c, id, "interventie", i2);
	long long iv = test_sql_int(s, "SELECT id FROM intervention WHERE dossier_id = %lld AND soort = 'huisbezoek'", id);
	snprintf(buf, sizeof(buf), "%lld", iv);
	const char *i3[] = { "interventie", buf, "uitgevoerd_op", "2026-01-20", "uitkomst", "Niemand thuis", NULL };
	act_ok(c, id, "interventie-bijwerken", i3);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM intervention WHERE id = %lld AND uitgevoerd_dag IS NOT NULL"
				    " AND uitkomst = 'Niemand thuis'", iv), 1);

	/* brief: filled from the template, stored, printable */
	const char *b1[] = { "soort", "waarschuwingsbrief", "naam", "De heer J. Jansen", "feiten",
			     "Op 14 januari om 02.00 uur harde muziek.", NULL };
	struct response *r = act(c, id, "brief", b1);
	assert_status(r, 303);
	char *loc = strdup(response_header(r, "Location"));
	response_free(r);
	assert_non_null(strstr(loc, "/brieven/"));
	r = client_get(c, loc);
	assert_status(r, 200);
	/* The form of address typed into the name becomes the aanhef (issue 16; more in test_brieven.c). */
	assert_body_contains(r, "Geachte heer J. Jansen,");
	assert_false(response_contains(r, "Geachte De"));
	assert_body_contains(r, "Op 14 januari om 02.00 uur harde muziek.\n");     /* line breaks survive escaping */
	assert_body_contains(r, "De heer J. Jansen<br>Proefstraat 1<br>2011 AA  VOORBEELDSTAD");
	assert_body_contains(r, "Sanne Sociaal");
	assert_false(response_contains(r, "{{"));
	response_free(r);
	free(loc);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'bekeken' AND object_type = 'brief'") >= 1);

	/* escalatie: regie follows the level unless chosen */
	const char *e1[] = { "niveau", "oranje", "reden", "Geen verbetering na stopgesprek", NULL };
	act_ok(c, id, "escalatie", e1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND ave_niveau = 'oranje'"
				    " AND ave_regie = 'sociaal_wijkteam'", id), 1);
	const char *e2[] = { "niveau", "oranje", "regie", "zorg_en_veiligheidshuis", "reden", "Overdracht", NULL };
	act_ok(c, id, "escalatie", e2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM escalation WHERE dossier_id = %lld", id), 2);

	/* lid-toevoegen, lid-verwijderen */
	long long wb = test_sql_int(s, "SELECT id FROM user WHERE email = '" WIJKBEHEER_OOST "'");
	snprintf(buf, sizeof(buf), "%lld", wb);
	const char *l1[] = { "gebruiker", buf, NULL };
	act_ok(c, id, "lid-toevoegen", l1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_member WHERE dossier_id = %lld", id), 1);
	r = act(c, id, "lid-toevoegen", l1);
	assert_status(r, 422);
	assert_body_contains(r, "is al lid van het team");
	response_free(r);
	act_ok(c, id, "lid-verwijderen", l1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_member WHERE dossier_id = %lld", id), 0);

	/* vervuild aan en uit, with its day */
	const char *v1[] = { "aan", "1", "datum", "2026-01-10", NULL };
	act_ok(c, id, "vervuild", v1);
	assert_int_equal(test_sql_int(s, "SELECT vervuild FROM dossier WHERE id = %lld", id), 1);
	assert_true(test_sql_int(s, "SELECT vervuild_dag FROM dossier WHERE id = %lld", id) > 20000);
	r = act(c, id, "vervuild", v1);
	assert_status(r, 422);
	assert_body_contains(r, "al als vervuild gemarkeerd");
	response_free(r);
	const char *v2[] = { "aan", "0", NULL };
	act_ok(c, id, "vervuild", v2);
	assert_int_equal(test_sql_int(s, "SELECT vervuild FROM dossier WHERE id = %lld", id), 0);

	/* gevoelig aan en uit */
	const char *g1[] = { "aan", "1", NULL };
	act_ok(c, id, "gevoelig", g1);
	assert_int_equal(test_sql_int(s, "SELECT gevoelig FROM dossier WHERE id = %lld", id), 1);
	const char *g0[] = { "aan", "0", NULL };
	act_ok(c, id, "gevoelig", g0);
	assert_int_equal(test_sql_int(s, "SELECT gevoelig FROM dossier WHERE id = %lld", id), 0);

	/* afsluiten, heropenen, afsluiten with uitzetting */
	const char *a1[] = { "uitkomst", "verbeterd", "toelichting", "Rust sinds februari", NULL };
	act_ok(c, id, "afsluiten", a1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND status = 'gesloten'"
				    " AND uitkomst = 'verbeterd'", id), 1);
	r = client_getf(c, "/dossiers/%lld", id);
	assert_body_contains(r, "Heropenen");
	assert_false(response_contains(r, "Notitie opslaan"));
	response_free(r);
	const char *h1[] = { "tekst", "Nieuwe klachten", NULL };
	act_ok(c, id, "heropenen", h1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND status = 'open'"
				    " AND uitkomst IS NULL AND gesloten_op IS NULL", id), 1);
	const char *a2[] = { "uitkomst", "ontruiming", NULL };
	act_ok(c, id, "afsluiten", a2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND uitkomst = 'ontruiming'", id), 1);

	/* Every change left its audit row. */
	char *ref = ref_of(s, id);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND object_type = 'dossier'"
			       " AND object_id = '%s'", ref) >= 20);
	/* The audit trail never holds what a note says. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE detail LIKE '%%VERTROUWELIJK-ZORG%%'"), 0);
	free(ref);
	free(m1);
	free(m2);
	client_free(c);
}

static void test_bad_actions(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *noord = melding_at(s, A3, "Melding in Noord");
	long long id = open_dossier(c, A1, NULL);
	struct response *r;

	/* Closing without an outcome. */
	const char *a0[] = { "uitkomst", "", "toelichting", "blijft staan", NULL };
	r = act(c, id, "afsluiten", a0);
	assert_status(r, 422);
	assert_body_contains(r, "Kies de uitkomst van het dossier.");
	assert_body_contains(r, "blijft staan");
	response_free(r);

	/* Escalation without a reason, and one that changes nothing. */
	const char *e0[] = { "niveau", "rood", "reden", "  ", NULL };
	r = act(c, id, "escalatie", e0);
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom het niveau of de regie verandert.");
	response_free(r);
	const char *e1[] = { "niveau", "groen", "reden", "Niets", NULL };
	r = act(c, id, "escalatie", e1);
	assert_status(r, 422);
	assert_body_contains(r, "staat al op dit niveau");
	response_free(r);

	/* Linking an unknown reference, and a melding of another wijk. */
	const char *k0[] = { "melding", "M-2026-999999", NULL };
	r = act(c, id, "koppelen", k0);
	assert_status(r, 422);
	assert_body_contains(r, "Er is geen melding met nummer M-2026-999999");
	assert_body_contains(r, "value=\"M-2026-999999\"");
	response_free(r);
	const char *k1[] = { "melding", noord, NULL };
	r = act(c, id, "koppelen", k1);
	assert_status(r, 422);
	assert_body_contains(r, "ligt in wijk Noord; dit dossier hoort bij wijk Centrum");
	response_free(r);
	const char *k2[] = { "melding", "", NULL };
	r = act(c, id, "koppelen", k2);
	assert_status(r, 422);
	response_free(r);

	/* A note of 1 MB: a clear message, the text comes back. */
	size_t big = 1000 * 1000;
	char *note = malloc(big + 1);
	memset(note, 'x', big);
	memcpy(note, "BEGIN-VAN-DE-NOTITIE ", 21);
	note[big] = '\0';
	const char *n0[] = { "tekst", note, NULL };
	r = act(c, id, "notitie", n0);
	assert_status(r, 422);
	assert_body_contains(r, "De notitie is te lang");
	assert_body_contains(r, "BEGIN-VAN-DE-NOTITIE");
	response_free(r);
	free(note);
	/* What comes back keeps its line breaks. */
	const char *n3[] = { "tekst", "regel een\nregel twee", "datum", "gisteren", NULL };
	r = act(c, id, "notitie", n3);
	assert_status(r, 422);
	assert_body_contains(r, "regel een\nregel twee</textarea>");
	assert_body_contains(r, "Vul de datum in als JJJJ-MM-DD");
	response_free(r);
	const char *n1[] = { "tekst", "", NULL };
	r = act(c, id, "notitie", n1);
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf de notitie.");
	response_free(r);
	const char *n2[] = { "tekst", "later", "datum", "2999-01-01", NULL };
	r = act(c, id, "notitie", n2);
	assert_status(r, 422);
	assert_body_contains(r, "in de toekomst");
	response_free(r);

	/* Other bad input: no 500 anywhere, nothing stored. */
	const char *i0[] = { "soort", "kopje-koffie", NULL };
	r = act(c, id, "interventie", i0);
	assert_status(r, 422);
	assert_body_contains(r, "Kies de interventie uit de lijst.");
	assert_body_contains(r, "Vul in wanneer de interventie gepland is");
	response_free(r);
	const char *b0[] = { "soort", "waarschuwingsbrief", NULL };
	r = act(c, id, "brief", b0);
	assert_status(r, 422);
	assert_false(response_contains(r, "Vul de naam in"));   /* no name: "De bewoner(s) van" (issue 16) */
	assert_body_contains(r, "Beschrijf de feiten");
	response_free(r);
	const char *l0[] = { "gebruiker", "999999", NULL };
	r = act(c, id, "lid-toevoegen", l0);
	assert_status(r, 422);
	response_free(r);
	const char *x0[] = { NULL };
	r = act(c, id, "bestaat-niet", x0);
	assert_status(r, 404);
	response_free(r);
	r = act(c, id, "heropenen", x0);
	assert_status(r, 422);
	assert_body_contains(r, "heropenen is niet nodig");
	response_free(r);
	r = act(c, 999999, "notitie", n1);
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_note WHERE dossier_id = %lld", id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM escalation WHERE dossier_id = %lld", id), 0);

	/* Closing twice. */
	const char *a1[] = { "uitkomst", "opgelost", NULL };
	act_ok(c, id, "afsluiten", a1);
	r = act(c, id, "afsluiten", a1);
	assert_status(r, 422);
	assert_body_contains(r, "Dit dossier is al gesloten.");
	response_free(r);
	free(noord);
	client_free(c);
}

/* ---- scope and gevoelig --------------------------------------------------------- */

/*
 * What c may or may not see of dossier id / ref (on `street`, gevoelig or
 * not): its page, overview and API answer, and its row in the list, in
 * search by reference and by street, among the gevoelige, in the API list.
 */
static void assert_sees(struct client *c, long long id, const char *ref, const char *street, int gevoelig, int sees)
{
	struct response *r;

	r = client_getf(c, "/dossiers/%lld", id);
	if (r->status != (sees ? 200 : 404))
		print_error("GET /dossiers/%lld: %ld\n", id, r->status);
	assert_status(r, sees ? 200 : 404);
	assert_int_equal(response_contains(r, street) && r->status == 200, sees);
	response_free(r);
	r = client_getf(c, "/dossiers/%s", ref);
	assert_status(r, sees ? 200 : 404);
	response_free(r);
	r = client_getf(c, "/dossiers/%lld/overzicht", id);
	assert_status(r, sees ? 200 : 404);
	response_free(r);
	r = client_get(c, "/dossiers");
	assert_status(r, 200);
	assert_int_equal(lists(r, id, ref), sees);
	response_free(r);
	r = client_getf(c, "/dossiers?q=%s", ref);
	assert_int_equal(lists(r, id, ref), sees);
	response_free(r);
	r = client_get(c, "/dossiers?kenmerk=gevoelig");
	assert_int_equal(lists(r, id, ref), sees && gevoelig);
	response_free(r);
	r = client_getf(c, "/dossiers?q=%s", street);
	assert_int_equal(lists(r, id, ref), sees);
	response_free(r);
	r = client_getf(c, "/api/v1/dossiers/%s", ref);
	assert_status(r, sees ? 200 : 404);
	assert_int_equal(response_contains(r, street), sees);
	response_free(r);
	r = client_getf(c, "/api/v1/dossiers?q=%s", ref);
	assert_status(r, 200);
	assert_int_equal(lists(r, id, ref), sees);
	cJSON *j = response_json(r);
	assert_int_equal((int)cJSON_GetObjectItemCaseSensitive(j, "totaal")->valuedouble, sees ? 1 : 0);
	cJSON_Delete(j);
	response_free(r);
	r = client_get(c, "/api/v1/dossiers?kenmerk=gevoelig");
	assert_int_equal(lists(r, id, ref), sees && gevoelig);
	response_free(r);
}

static void test_gevoelig_scope(void **state)
{
	struct server *s = *state;
	struct client *sb = login(s, SOCIAAL);
	char *m = melding_at(s, A2, "Zorgen om de bewoner van nummer 2");
	const char *extra[] = { "gevoelig", "1", "meldingen", m, NULL };
	long long id = open_dossier(sb, A2, extra);
	char *ref = ref_of(s, id);
	long long mid = melding_id(s, m);

	/* The team: the owner, the coördinator. */
	assert_sees(sb, id, ref, "Proefstraat", 1, 1);
	struct client *co = login(s, COORDINATOR);
	assert_sees(co, id, ref, "Proefstraat", 1, 1);
	client_free(co);

	/* A wijkbeheerder of that very wijk: nowhere. */
	struct client *wb = login(s, WIJKBEHEER);
	assert_sees(wb, id, ref, "Proefstraat", 1, 0);
	const char *n[] = { "tekst", "poging", NULL };
	struct response *r = act(wb, id, "notitie", n);
	assert_status(r, 404);
	response_free(r);
	/* The melding stays his to see, without the dossier. */
	r = client_getf(wb, "/meldingen/%lld", mid);
	assert_status(r, 200);
	assert_false(response_contains(r, ref));
	assert_false(response_contains(r, "dossier gekoppeld"));
	assert_false(response_contains(r, "dossier_gekoppeld"));
	response_free(r);
	r = client_getf(sb, "/meldingen/%lld", mid);
	assert_status(r, 200);
	assert_true(response_contains(r, "Aan een dossier gekoppeld"));
	response_free(r);
	r = client_getf(wb, "/api/v1/meldingen/%s", m);
	assert_status(r, 200);
	assert_false(response_contains(r, ref));
	/* Not even the timeline's trace that it was linked to some dossier. */
	assert_false(response_contains(r, "dossier_gekoppeld"));
	assert_body_contains(r, "\"dossier\":null");
	response_free(r);
	/* The team sees the reference in the API. */
	r = client_getf(sb, "/api/v1/meldingen/%s", m);
	assert_status(r, 200);
	assert_true(response_contains(r, ref));
	assert_true(response_contains(r, "dossier_gekoppeld"));
	response_free(r);
	/* The dossier block of the melding page says nothing either. */
	const char *k[] = { "dossier", "", NULL };
	char path[100];
	snprintf(path, sizeof(path), "/meldingen/%lld/koppelen", mid);
	r = account_post(wb, NULL, path, k);
	assert_status(r, 422);
	assert_false(response_contains(r, ref));
	assert_body_contains(r, "hoort bij geen dossier");
	response_free(r);
	/* Linking to it by reference: as if it did not exist. */
	const char *k2[] = { "dossier", ref, NULL };
	r = account_post(wb, NULL, path, k2);
	assert_status(r, 422);
	assert_body_contains(r, "Er is geen dossier met kenmerk");
	response_free(r);

	/* The ondersteuner reads dossiers, never gevoelige. */
	struct client *os = login(s, ONDERSTEUNER);
	assert_sees(os, id, ref, "Proefstraat", 1, 0);
	client_free(os);

	/* A leefbaarheidsmedewerker of Oost: another wijk. */
	struct client *lm = login(s, LEEFBAAR);
	assert_sees(lm, id, ref, "Proefstraat", 1, 0);
	client_free(lm);

	/* The sociaal beheerder sees the link from the melding side. */
	r = account_post(sb, NULL, path, k);
	assert_status(r, 422);
	assert_body_contains(r, ref);
	response_free(r);

	/* Made a member, the wijkbeheerder is in the team and sees it. */
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", test_sql_int(s, "SELECT id FROM user WHERE email = '" WIJKBEHEER "'"));
	const char *l[] = { "gebruiker", buf, NULL };
	act_ok(sb, id, "lid-toevoegen", l);
	assert_sees(wb, id, ref, "Proefstraat", 1, 1);
	act_ok(sb, id, "lid-verwijderen", l);
	assert_sees(wb, id, ref, "Proefstraat", 1, 0);

	/* Not gevoelig any more: the wijkbeheerder of the wijk sees it again. */
	const char *g0[] = { "aan", "0", NULL };
	act_ok(sb, id, "gevoelig", g0);
	assert_sees(wb, id, ref, "Proefstraat", 0, 1);
	/* ... but may not make it gevoelig: that is the team's. */
	const char *g1[] = { "aan", "1", NULL };
	r = act(wb, id, "gevoelig", g1);
	assert_status(r, 422);
	assert_body_contains(r, "Alleen het team");
	response_free(r);
	act_ok(sb, id, "gevoelig", g1);
	assert_sees(wb, id, ref, "Proefstraat", 1, 0);

	/* Refusals are audited. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'dossier'"
			       " AND object_id = '%s'", ref) >= 3);
	free(ref);
	free(m);
	client_free(wb);
	client_free(sb);
}

static void test_other_wijk(void **state)
{
	struct server *s = *state;
	struct client *sb = login(s, SOCIAAL);
	long long id = open_dossier(sb, A3, NULL);    /* Noord, not gevoelig */
	char *ref = ref_of(s, id);

	assert_sees(sb, id, ref, "Toetslaan", 0, 1);
	struct client *lm = login(s, LEEFBAAR);       /* Oost */
	assert_sees(lm, id, ref, "Toetslaan", 0, 0);
	struct response *r = act(lm, id, "notitie", (const char *const[]){ "tekst", "x", NULL });
	assert_status(r, 404);
	response_free(r);
	client_free(lm);
	struct client *wb = login(s, WIJKBEHEER);     /* Centrum */
	assert_sees(wb, id, ref, "Toetslaan", 0, 0);
	client_free(wb);
	struct client *os = login(s, ONDERSTEUNER);   /* reads every wijk, writes none */
	assert_sees(os, id, ref, "Toetslaan", 0, 1);
	r = client_getf(os, "/dossiers/%lld", id);
	assert_false(response_contains(r, "Notitie opslaan"));
	response_free(r);
	r = act(os, id, "notitie", (const char *const[]){ "tekst", "x", NULL });
	assert_status(r, 403);
	response_free(r);
	client_free(os);
	/* A partner and a beheerder have no dossiers at all. */
	struct client *bh = login(s, BEHEERDER);
	r = client_get(bh, "/dossiers");
	assert_status(r, 403);
	response_free(r);
	r = client_getf(bh, "/api/v1/dossiers/%s", ref);
	assert_status(r, 403);
	response_free(r);
	client_free(bh);
	free(ref);
	client_free(sb);
}

/* ---- the court overview ------------------------------------------------------- */

/* Every data-item="..." value on a page, as one string "|a|b|c|". */
static void items_of(const struct response *r, struct buf *out)
{
	const char *p = r->body;
	buf_addch(out, '|');
	while ((p = strstr(p, "data-item=\""))) {
		p += 11;
		const char *e = strchr(p, '"');
		if (!e)
			break;
		buf_add(out, p, (size_t)(e - p));
		buf_addch(out, '|');
		p = e;
	}
}

static void test_overview_has_every_item(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *m1 = melding_at(s, A1, "Overzicht melding een");
	char *m2 = melding_at(s, A1, "Overzicht melding twee");
	const char *extra[] = { "meldingen", m1, NULL };
	long long id = open_dossier(c, A1, extra);

	act_ok(c, id, "koppelen", (const char *const[]){ "melding", m2, NULL });
	act_ok(c, id, "notitie", (const char *const[]){ "tekst", "Openbare notitie voor de rechter", NULL });
	act_ok(c, id, "notitie", (const char *const[]){ "tekst", "GEHEIM-GGZ-DETAIL", "vertrouwelijk", "1", NULL });
	act_ok(c, id, "interventie", (const char *const[]){ "soort", "stopgesprek", "uitgevoerd_op", "2026-02-01", NULL });
	act_ok(c, id, "interventie", (const char *const[]){ "soort", "mediation", "gepland_op", "2099-02-01", NULL });
	struct response *r = act(c, id, "brief", (const char *const[]){ "soort", "sommatiebrief", "naam", "Bewoner",
								       "feiten", "Nog steeds overlast", NULL });   /* no name: the bewoner(s) */
	assert_status(r, 303);
	response_free(r);
	act_ok(c, id, "escalatie", (const char *const[]){ "niveau", "rood", "reden", "Dreiging buren", NULL });
	act_ok(c, id, "vervuild", (const char *const[]){ "aan", "1", NULL });
	act_ok(c, id, "ontkoppelen", (const char *const[]){ "melding", m2, NULL });

	struct response *page = client_getf(c, "/dossiers/%lld", id);
	struct response *ov = client_getf(c, "/dossiers/%lld/overzicht", id);
	assert_status(page, 200);
	assert_status(ov, 200);
	struct buf pi = BUF_INIT, oi = BUF_INIT;
	items_of(page, &pi);
	items_of(ov, &oi);
	/* The page shows all kinds, the vertrouwelijke note too (its owner looks). */
	const char *kinds[] = { "|melding-", "|notitie-", "|interventie-", "|brief-", "|escalatie-", "|gebeurtenis-",
				"|vertrouwelijk-" };
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strstr(pi.buf, kinds[i]))
			fail_msg("the dossier page shows no %s item: %s", kinds[i], pi.buf);
	/* Everything the page shows is on the overview, but the vertrouwelijke notes. */
	int checked = 0;
	for (char *p = pi.buf + 1; *p; ) {
		char *e = strchr(p, '|');
		*e = '\0';
		char needle[80];
		snprintf(needle, sizeof(needle), "|%s|", p);
		if (!strncmp(p, "vertrouwelijk-", 14)) {
			if (strstr(oi.buf, needle))
				fail_msg("the overview shows a vertrouwelijke note: %s", p);
		} else {
			if (!strstr(oi.buf, needle))
				fail_msg("the overview misses %s (overview: %s)", p, oi.buf);
			checked++;
		}
		p = e + 1;
	}
	assert_true(checked >= 10);
	assert_false(response_contains(ov, "GEHEIM-GGZ-DETAIL"));
	assert_body_contains(ov, "Openbare notitie voor de rechter");
	assert_body_contains(ov, "Stopgesprek");
	assert_body_contains(ov, "Sommatiebrief aan de bewoner(s) van Proefstraat 1");
	assert_body_contains(ov, "van Groen naar Rood");
	char unlinked[80];                                 /* linked once, then unlinked: both events */
	snprintf(unlinked, sizeof(unlinked), "Melding %s losgekoppeld", m2);
	assert_body_contains(ov, unlinked);
	snprintf(unlinked, sizeof(unlinked), "Melding %s gekoppeld", m2);
	assert_body_contains(ov, unlinked);
	/* The melding that is still linked appears as a melding, in time order before the notes. */
	const char *pm = strstr(ov->body, "Overzicht melding een"), *pn = strstr(ov->body, "Openbare notitie");
	assert_non_null(pm);
	assert_non_null(pn);
	assert_true(pm < pn);
	buf_release(&pi);
	buf_release(&oi);
	response_free(page);
	response_free(ov);

	/* Looking at the overview is audited. */
	char *ref = ref_of(s, id);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'bekeken'"
			       " AND object_type = 'dossier_overzicht' AND object_id = '%s'", ref) >= 1);
	/* Not even search finds the vertrouwelijke words. */
	r = client_get(c, "/dossiers?q=GEHEIM-GGZ-DETAIL");
	assert_false(lists(r, id, ref));
	response_free(r);
	r = client_get(c, "/dossiers?q=Openbare+rechter");
	assert_true(lists(r, id, ref));
	response_free(r);
	free(ref);
	free(m1);
	free(m2);
	client_free(c);
}

/* ---- new meldingen at a dossier's address ------------------------------------ */

static void test_new_meldingen(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, A2, NULL);
	char *fresh = melding_at(s, A2, "Weer overlast op nummer 2");
	long long mid = melding_id(s, fresh);

	struct response *r = client_get(c, "/dossiers");
	char path[100];
	assert_body_contains(r, "Nieuwe meldingen bij uw dossiers");
	assert_body_contains(r, fresh);
	snprintf(path, sizeof(path), "href=\"/dossiers/%lld#nieuwe-meldingen\"", id);
	assert_body_contains(r, path);
	response_free(r);
	r = client_getf(c, "/dossiers/%lld", id);
	assert_body_contains(r, "Nieuwe meldingen op dit adres");
	assert_body_contains(r, fresh);
	response_free(r);
	/* The melding side: "er loopt een dossier op dit adres". */
	snprintf(path, sizeof(path), "/meldingen/%lld/koppelen", mid);
	r = account_post(c, NULL, path, (const char *const[]){ "dossier", "", NULL });
	assert_body_contains(r, "Er loopt een dossier op dit adres");
	response_free(r);
	/* Set aside: gone from both lists. */
	act_ok(c, id, "negeren", (const char *const[]){ "melding", fresh, NULL });
	r = client_getf(c, "/dossiers/%lld", id);
	assert_false(response_contains(r, "Nieuwe meldingen op dit adres"));
	response_free(r);
	/* (Other open dossiers of this user at the same address still list it.) */
	r = client_get(c, "/dossiers");
	snprintf(path, sizeof(path), "href=\"/dossiers/%lld#nieuwe-meldingen\"", id);
	assert_false(response_contains(r, path));
	response_free(r);

	/* Another one arrives and is linked from the melding page. */
	char *again = melding_at(s, A2, "En nog een keer");
	long long aid = melding_id(s, again);
	char *ref = ref_of(s, id);
	snprintf(path, sizeof(path), "/meldingen/%lld/koppelen", aid);
	r = account_post(c, NULL, path, (const char *const[]){ "dossier", ref, NULL });
	assert_status(r, 303);
	assert_header_contains(r, "Location", "#dossier");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld AND melding_id = %lld",
				 id, aid), 1);
	r = account_post(c, NULL, path, (const char *const[]){ "dossier", ref, NULL });
	assert_status(r, 422);
	assert_body_contains(r, "hoort al bij dit dossier");
	response_free(r);
	snprintf(path, sizeof(path), "/meldingen/%lld/ontkoppelen", aid);
	r = account_post(c, NULL, path, (const char *const[]){ "dossier", ref, NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld AND melding_id = %lld",
				 id, aid), 0);
	r = account_post(c, NULL, path, (const char *const[]){ "dossier", "D-2026-99999", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Er is geen dossier met kenmerk D-2026-99999");
	response_free(r);
	free(ref);
	free(fresh);
	free(again);
	client_free(c);
}

/* ---- letter templates ----------------------------------------------------------- */

static void test_letter_templates(void **state)
{
	struct server *s = *state;
	struct client *bh = login(s, BEHEERDER);
	/* The wording goes back at the end, as it was: other tests write letters too. */
	char *wording = test_sql_text(s, "SELECT tekst FROM letter_template WHERE soort = 'waarschuwingsbrief'");
	struct response *r = client_get(bh, "/beheer/brieven");
	assert_status(r, 200);
	assert_body_contains(r, "{{naam}}");
	assert_body_contains(r, "Waarschuwingsbrief");
	response_free(r);
	r = account_post(bh, NULL, "/beheer/brieven/waarschuwingsbrief", (const char *const[]){ "tekst", "Beste {{nam}},", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "{{nam}}");
	assert_body_contains(r, "geen bekende invulplek");
	response_free(r);
	r = account_post(bh, NULL, "/beheer/brieven/waarschuwingsbrief", (const char *const[]){ "tekst", "", NULL });
	assert_status(r, 422);
	response_free(r);
	r = account_post(bh, NULL, "/beheer/brieven/bestaat-niet", (const char *const[]){ "tekst", "x", NULL });
	assert_status(r, 404);
	response_free(r);
	r = account_post(bh, NULL, "/beheer/brieven/waarschuwingsbrief", (const char *const[]){
		"tekst", "BRIEFHOOFD {{organisatie}}\nBeste {{naam}},\n{{feiten}}\nKenmerk {{referentie}}, {{datum}}", NULL });
	assert_status(r, 303);
	response_free(r);
	/* The editor shows the text as saved, line breaks and all. */
	r = client_get(bh, "/beheer/brieven?klaar=opgeslagen");
	assert_body_contains(r, "BRIEFHOOFD {{organisatie}}\nBeste {{naam}},\n{{feiten}}");
	assert_body_contains(r, "De brief is opgeslagen.");
	response_free(r);
	client_free(bh);

	/* Staff may not edit letters. */
	struct client *c = login(s, SOCIAAL);
	r = client_get(c, "/beheer/brieven");
	assert_status(r, 403);
	response_free(r);
	/* A new letter uses the new text; hostile input stays text. */
	long long id = open_dossier(c, A1, NULL);
	r = act(c, id, "brief", (const char *const[]){ "soort", "waarschuwingsbrief", "naam", "<b>{{feiten}}</b>",
						      "feiten", "Feit één", NULL });
	assert_status(r, 303);
	char *loc = strdup(response_header(r, "Location"));
	response_free(r);
	r = client_get(c, loc);
	assert_body_contains(r, "BRIEFHOOFD Woonstichting Voorbeeld\nBeste");
	assert_body_contains(r, "Beste &lt;b&gt;{{feiten}}&lt;/b&gt;,");
	assert_body_contains(r, "Feit één");
	response_free(r);
	free(loc);
	client_free(c);
	/* Put the wording back for the other tests. */
	char *restore = sqlite3_mprintf("UPDATE letter_template SET tekst = %Q WHERE soort = 'waarschuwingsbrief'", wording);
	test_sql(s, "%s", restore);
	sqlite3_free(restore);
	free(wording);
}

/* ---- the JSON API ---------------------------------------------------------------- */

static void test_api(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char *m1 = melding_at(s, A1, "API melding een");
	char *m2 = melding_at(s, A1, "API melding twee");
	char body[600];
	struct response *r;
	cJSON *j;

	snprintf(body, sizeof(body), "{\"onderwerp\": \"Huishouden API\", \"pijler\": \"samen_wonen\","
		 " \"postcode\": \"2011aa\", \"huisnummer\": 1, \"toevoeging\": \"\", \"gevoelig\": false,"
		 " \"meldingen\": [\"%s\"]}", m1);
	r = json_call(c, "POST", "/api/v1/dossiers", body);
	assert_status(r, 201);
	j = response_json(r);
	char *ref = strdup(cJSON_GetObjectItemCaseSensitive(j, "referentie")->valuestring);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "status")->valuestring, "open");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "ave")->valuestring, "groen");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "meldingen")), 1);
	cJSON_Delete(j);
	response_free(r);
	char path[160];

	/* link, unlink */
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/meldingen", ref);
	snprintf(body, sizeof(body), "{\"referentie\": \"%s\"}", m2);
	r = json_call(c, "POST", path, body);
	assert_status(r, 200);
	j = response_json(r);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "meldingen")), 2);
	cJSON_Delete(j);
	response_free(r);
	r = json_call(c, "POST", path, "{\"referentie\": \"M-2026-999999\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"fouten\"");
	assert_body_contains(r, "\"referentie\"");
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/meldingen/ontkoppelen", ref);
	r = json_call(c, "POST", path, body);
	assert_status(r, 200);
	j = response_json(r);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "meldingen")), 1);
	cJSON_Delete(j);
	response_free(r);

	/* interventies */
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/interventies", ref);
	r = json_call(c, "POST", path, "{\"soort\": \"stopgesprek\", \"gepland_op\": null, \"uitgevoerd_op\": \"2026-02-02\","
				       " \"uitkomst\": \"Toezegging\", \"toelichting\": \"Samen met politie\"}");
	assert_status(r, 201);
	j = response_json(r);
	cJSON *iv = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "interventies"), 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(iv, "soort")->valuestring, "stopgesprek");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(iv, "uitgevoerd_op")->valuestring, "2026-02-02");
	cJSON_Delete(j);
	response_free(r);
	r = json_call(c, "POST", path, "{\"soort\": \"koffie\", \"gepland_op\": \"morgen\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"soort\"");
	assert_body_contains(r, "\"gepland_op\"");
	response_free(r);
	r = json_call(c, "POST", path, "{\"soort\": 5}");
	assert_status(r, 422);
	response_free(r);
	r = json_call(c, "POST", path, "{\"soort\": ");
	assert_status(r, 400);
	response_free(r);

	/* escalatie */
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/escalatie", ref);
	r = json_call(c, "POST", path, "{\"niveau\": \"oranje\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"reden\"");
	response_free(r);
	r = json_call(c, "POST", path, "{\"niveau\": \"oranje\", \"regie\": null, \"reden\": \"Meer meldingen\"}");
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "ave")->valuestring, "oranje");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "regie")->valuestring, "sociaal_wijkteam");
	cJSON *esc = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "escalaties"), 0);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(esc, "niveau")->valuestring, "oranje");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(esc, "reden")->valuestring, "Meer meldingen");
	assert_non_null(cJSON_GetObjectItemCaseSensitive(esc, "op"));
	cJSON_Delete(j);
	response_free(r);

	/* The list with its filters, in the contract's shape. */
	r = client_get(c, "/api/v1/dossiers?status=open&pijler=samen_wonen&ave=oranje&wijk=WK999901&pagina=1");
	assert_status(r, 200);
	j = response_json(r);
	assert_int_equal((int)cJSON_GetObjectItemCaseSensitive(j, "pagina")->valuedouble, 1);
	assert_int_equal((int)cJSON_GetObjectItemCaseSensitive(j, "per_pagina")->valuedouble, 50);
	assert_true(cJSON_GetObjectItemCaseSensitive(j, "totaal")->valuedouble >= 1);
	assert_true(response_contains(r, ref));
	cJSON_Delete(j);
	response_free(r);
	r = client_get(c, "/api/v1/dossiers?ave=groen&q=API");
	assert_false(response_contains(r, ref));
	response_free(r);
	r = client_get(c, "/api/v1/dossiers?status=half");
	assert_status(r, 422);
	assert_body_contains(r, "\"status\"");
	response_free(r);
	r = client_get(c, "/api/v1/dossiers?q=%22AND%20NEAR(");
	assert_status(r, 200);
	response_free(r);

	/* afsluiten */
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/afsluiten", ref);
	r = json_call(c, "POST", path, "{\"op\": \"2026-03-01\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"uitkomst\"");
	response_free(r);
	r = json_call(c, "POST", path, "{\"uitkomst\": \"huur_beeindigd\", \"op\": \"2999-01-01\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"op\"");
	response_free(r);
	r = json_call(c, "POST", path, "{\"uitkomst\": \"huur_beeindigd\"}");
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "status")->valuestring, "gesloten");
	assert_string_equal(cJSON_GetObjectItemCaseSensitive(j, "uitkomst")->valuestring, "huur_beeindigd");
	cJSON_Delete(j);
	response_free(r);
	r = json_call(c, "POST", path, "{\"uitkomst\": \"opgelost\"}");
	assert_status(r, 422);
	assert_body_contains(r, "al gesloten");
	response_free(r);

	/* Bad creations. */
	r = json_call(c, "POST", "/api/v1/dossiers", "{\"pijler\": \"paars\", \"postcode\": \"2011 AA\", \"huisnummer\": 77,"
						      " \"gevoelig\": \"ja\", \"meldingen\": \"M-1\"}");
	assert_status(r, 422);
	assert_body_contains(r, "\"gevoelig\"");
	assert_body_contains(r, "\"meldingen\"");
	response_free(r);
	r = json_call(c, "POST", "/api/v1/dossiers", "{\"pijler\": \"paars\", \"postcode\": \"2011 AA\", \"huisnummer\": 77}");
	assert_status(r, 422);
	assert_body_contains(r, "\"pijler\"");
	assert_body_contains(r, "\"postcode\"");
	response_free(r);

	/* A gevoelig dossier through the API: 404 and absent for a wijkbeheerder's token. */
	r = json_call(c, "POST", "/api/v1/dossiers", "{\"pijler\": \"sociaal_preventief\", \"postcode\": \"2011 AA\","
						      " \"huisnummer\": \"2\", \"gevoelig\": true}");
	assert_status(r, 201);
	j = response_json(r);
	char *gref = strdup(cJSON_GetObjectItemCaseSensitive(j, "referentie")->valuestring);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "gevoelig")));
	cJSON_Delete(j);
	response_free(r);
	char *tok = account_token(s, WIJKBEHEER);
	char auth[200];
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", tok);
	const char *hdr[] = { auth, NULL };
	struct client *api = client_new(s);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s", gref);
	r = client_request(api, "GET", path, NULL, NULL, 0, hdr);
	assert_status(r, 404);
	assert_body_contains(r, "\"fout\"");
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/escalatie", gref);
	r = client_request(api, "POST", path, "application/json", "{\"niveau\": \"rood\", \"reden\": \"x\"}", 33, hdr);
	assert_status(r, 404);
	response_free(r);
	r = client_request(api, "GET", "/api/v1/dossiers?kenmerk=gevoelig", NULL, NULL, 0, hdr);
	assert_status(r, 200);
	assert_false(response_contains(r, gref));
	assert_body_contains(r, "\"totaal\":0");
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/dossiers?q=%s", gref);
	r = client_request(api, "GET", path, NULL, NULL, 0, hdr);
	assert_false(response_contains(r, gref));
	response_free(r);
	/* Without a login: 401. */
	struct client *anon = client_new(s);
	r = client_get(anon, "/api/v1/dossiers");
	assert_status(r, 401);
	response_free(r);
	client_free(anon);
	client_free(api);
	free(tok);
	free(gref);
	free(ref);
	free(m1);
	free(m2);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_dossier),
		cmocka_unit_test(test_new_form_from_a_melding),
		cmocka_unit_test(test_open_bad_input),
		cmocka_unit_test(test_every_action),
		cmocka_unit_test(test_bad_actions),
		cmocka_unit_test(test_gevoelig_scope),
		cmocka_unit_test(test_other_wijk),
		cmocka_unit_test(test_overview_has_every_item),
		cmocka_unit_test(test_new_meldingen),
		cmocka_unit_test(test_letter_templates),
		cmocka_unit_test(test_api),
	};
	return harness_run_suite("dossiers", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\nmelden_min_seconds = 0\n");
}
