/*
 * test_standaardteksten.c - standard texts (issue 17, point 5) over HTTP:
 * /beheer/standaardteksten (a refused placeholder or greeting keeps the
 * input and names what is wrong; create, edit, switch off and delete, each
 * audited), staff picking a text on the melding page (the textarea holds
 * it filled in for the melding; another category's, another step's or an
 * inactive text is neither offered nor filled in), the message that goes
 * out having one greeting, and nobody but the beheerder on the beheer
 * pages.
 *
 * The database starts empty: wijk A with buurt A1 and the address
 * 1111 AA 1 (Astraat, Proefstad).
 */
#include "accounts.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n" \
		  "[app]\norganisation = Woonstichting Proef\ntelefoon = 0591 123 456\n"

#define SB_A "sb.a@test.example"
#define WB_A "wb.a@test.example"
#define CO "co@test.example"
#define OS "os@test.example"
#define BH "bh@test.example"

/* ---- fixture ---------------------------------------------------------- */

static void fixture(struct server *s)
{
	if (!server_once(s, "fixture"))
		return;
	test_sql(s,
		 "INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES ('WK000001', 'Wijk A', 'wijk', NULL, 100);"
		 "INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		 " ('BU00000101', 'Buurt A1', 'buurt', (SELECT id FROM area WHERE code = 'WK000001'), 50);"
		 "UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id ELSE parent_id END;"
		 "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		 " ('1111 AA', 1, '', 'Astraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101'));");
	account_add(s, SB_A, "Sanne Sociaal-A", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, WB_A, "Wim Wijkbeheer-A", "wijkbeheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, CO, "Carla Coördinator", "coordinator", NULL, NULL);
	account_add(s, OS, "Olaf Ondersteuner", "ondersteuner", NULL, NULL);
	account_add(s, BH, "Bram Beheer", "beheerder", NULL, NULL);
}

static long long category_id(struct server *s, const char *code)
{
	return test_sql_int(s, "SELECT id FROM category WHERE code = '%s'", code);
}

/* A text written straight into the table; category NULL: every category. Its id. */
static long long text(struct server *s, const char *category, const char *stap, const char *titel, const char *tekst,
		      int actief)
{
	test_sql(s, "INSERT INTO standaardtekst(category_id, stap, titel, tekst, actief) VALUES"
		 " ((SELECT id FROM category WHERE code = '%s'), '%s', '%s', '%s', %d)",
		 category ? category : "", stap, titel, tekst, actief);
	return test_sql_int(s, "SELECT max(id) FROM standaardtekst");
}

/* A melding taken in by the coördinator with the melder's name and e-mail; its id. */
static long long intake(struct server *s, const char *categorie)
{
	struct client *c = account_client(s, CO, TEST_PASSWORD);
	char *tok = account_csrf(c, "/meldingen/nieuw");
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", "telefoon"), FORM_FIELD("ontvangen_op", ""),
		FORM_FIELD("categorie", categorie), FORM_FIELD("omschrijving", "Harde muziek tot diep in de nacht."),
		FORM_FIELD("postcode", "1111 AA"), FORM_FIELD("huisnummer", "1"),
		FORM_FIELD("melder_naam", "Sanne de Boer"), FORM_FIELD("melder_email", "sanne@huurder.example"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/meldingen", parts);
	long long id = assert_created(r, "/meldingen/");

	response_free(r);
	free(tok);
	client_free(c);
	return id;
}

/*
 * The content of <textarea id="id">, entity-decoded for the few entities
 * the engine writes; caller frees. Fails when there is none.
 */
static char *textarea(const struct response *r, const char *id)
{
	char open[80];
	snprintf(open, sizeof(open), "<textarea id=\"%s\"", id);
	const char *p = strstr(r->body, open);
	if (!p)
		fail_msg("no textarea %s on the page", id);
	p = strchr(p, '>') + 1;
	const char *end = strstr(p, "</textarea>");
	assert_non_null(end);
	struct buf b = BUF_INIT;
	while (p < end) {
		static const struct { const char *ent, *ch; } ents[] = {
			{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&#39;", "'" },
		};
		size_t k;
		for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++)
			if (!strncmp(p, ents[k].ent, strlen(ents[k].ent)))
				break;
		if (k < sizeof(ents) / sizeof(ents[0])) {
			buf_addstr(&b, ents[k].ch);
			p += strlen(ents[k].ent);
		} else {
			buf_addch(&b, *p++);
		}
	}
	return buf_detach(&b, NULL);
}

/* The <select id="id"> element's HTML; caller frees. Fails when there is none. */
static char *select_html(const struct response *r, const char *id)
{
	char open[80];
	snprintf(open, sizeof(open), "<select id=\"%s\"", id);
	const char *p = strstr(r->body, open);
	if (!p)
		fail_msg("no select %s on the page", id);
	const char *end = strstr(p, "</select>");
	assert_non_null(end);
	return strndup(p, (size_t)(end - p));
}

/* ---- /beheer/standaardteksten --------------------------------------------- */

static struct response *post_text(struct client *c, const char *path, const char *titel, const char *stap,
				  const char *categorie, const char *tekst, const char *actief)
{
	const char *fields[] = {
		"titel", titel, "stap", stap, "categorie", categorie, "tekst", tekst, actief ? "actief" : NULL, actief, NULL,
	};
	return account_post(c, NULL, path, fields);
}

static long long audits(struct server *s, const char *action)
{
	return test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = '%s' AND object_type = 'standaardtekst'",
			    action);
}

static void test_beheer_crud(void **state)
{
	struct server *s = *state;
	char geluid[24], stank[24], sel[80];

	fixture(s);
	test_sql(s, "DELETE FROM standaardtekst");
	snprintf(geluid, sizeof(geluid), "%lld", category_id(s, "geluid"));
	snprintf(stank, sizeof(stank), "%lld", category_id(s, "stank"));
	struct client *c = account_client(s, BH, TEST_PASSWORD);

	struct response *r = client_get(c, "/beheer/standaardteksten");
	assert_status(r, 200);
	assert_body_contains(r, "Er zijn nog geen standaardteksten");
	assert_tidy(r);
	response_free(r);
	r = client_get(c, "/beheer/standaardteksten/nieuw");
	assert_status(r, 200);
	assert_body_contains(r, "<code>{meldnummer}</code>");
	assert_tidy(r);
	response_free(r);

	/* Unknown placeholders and a greeting: refused, named, and everything typed comes back. */
	r = post_text(c, "/beheer/standaardteksten", "Geluid: gesprek", "terugkoppeling", geluid,
		      "Beste {naam},\nWij spraken de buren op {adres} over {meldnummer} op {datum}.", "1");
	assert_status(r, 422);
	assert_body_contains(r, "De invulplekken {naam}, {datum} bestaan niet.");
	assert_body_contains(r, "Begin niet met een aanhef");
	assert_body_contains(r, "id=\"tekst-fout\"");
	assert_body_contains(r, "value=\"Geluid: gesprek\"");
	char *kept = textarea(r, "tekst");
	assert_string_equal(kept, "Beste {naam},\nWij spraken de buren op {adres} over {meldnummer} op {datum}.");
	free(kept);
	snprintf(sel, sizeof(sel), "<option value=\"%s\" selected>", geluid);
	assert_body_contains(r, sel);
	assert_body_contains(r, "value=\"terugkoppeling\" checked");
	assert_body_contains(r, "id=\"actief\" name=\"actief\" value=\"1\" checked");
	assert_tidy(r);
	response_free(r);
	/* No title, no step, a category that does not exist. */
	r = post_text(c, "/beheer/standaardteksten", "", "", "999999", "Wij gaan langs.", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Vul een titel in");
	assert_body_contains(r, "Kies bij welk bericht deze tekst hoort.");
	assert_body_contains(r, "Kies een categorie uit de lijst");
	assert_body_contains(r, ">Wij gaan langs.</textarea>");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM standaardtekst"), 0);

	/* Right: stored and audited. */
	long long made = audits(s, "aangemaakt");
	r = post_text(c, "/beheer/standaardteksten", "Geluid: gesprek", "terugkoppeling", geluid,
		      "Wij spraken de buren op {adres} over {meldnummer}.", "1");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/standaardteksten?melding=aangemaakt");
	response_free(r);
	long long id = test_sql_int(s, "SELECT id FROM standaardtekst WHERE titel = 'Geluid: gesprek'"
				    " AND stap = 'terugkoppeling' AND category_id = %s AND actief = 1"
				    " AND tekst = 'Wij spraken de buren op {adres} over {meldnummer}.'"
				    " AND gewijzigd_door = %lld", geluid, test_user_id(s, BH));
	assert_true(id > 0);
	assert_int_equal(audits(s, "aangemaakt"), made + 1);
	r = client_get(c, "/beheer/standaardteksten");
	assert_body_contains(r, "Geluid: gesprek");
	assert_body_contains(r, "Terugkoppeling");
	assert_tidy(r);
	response_free(r);

	/* Editing: a bad text keeps the input; a good one is saved, for every category and switched off. */
	char path[80];
	snprintf(path, sizeof(path), "/beheer/standaardteksten/%lld", id);
	r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, ">Wij spraken de buren op {adres} over {meldnummer}.</textarea>");
	assert_tidy(r);
	response_free(r);
	r = post_text(c, path, "Stank: gesprek", "afsluiting", stank, "Over {melding}.\n\nMet vriendelijke groet", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "De invulplek {melding} bestaat niet.");
	assert_body_contains(r, "Laat de groet aan het eind weg");
	assert_body_contains(r, "value=\"Stank: gesprek\"");
	assert_body_contains(r, "value=\"afsluiting\" checked");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM standaardtekst WHERE titel = 'Geluid: gesprek'"), 1);
	long long changed = audits(s, "gewijzigd");
	r = post_text(c, path, "Algemeen: afgerond", "afsluiting", "", "Wij ronden {meldnummer} af.", NULL);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "?melding=opgeslagen");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM standaardtekst WHERE id = %lld AND category_id IS NULL"
				      " AND stap = 'afsluiting' AND actief = 0 AND titel = 'Algemeen: afgerond'", id), 1);
	assert_int_equal(audits(s, "gewijzigd"), changed + 1);
	r = client_get(c, "/beheer/standaardteksten");
	assert_body_contains(r, "Alle categorieën");
	assert_body_contains(r, "Niet actief");
	response_free(r);

	/* Deleting. */
	long long gone = audits(s, "verwijderd");
	snprintf(path, sizeof(path), "/beheer/standaardteksten/%lld/verwijderen", id);
	r = account_post(c, NULL, path, NULL);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "?melding=verwijderd");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM standaardtekst WHERE id = %lld", id), 0);
	assert_int_equal(audits(s, "verwijderd"), gone + 1);
	r = client_getf(c, "/beheer/standaardteksten/%lld", id);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
}

/* ---- picking one on the melding page ----------------------------------------- */

static void test_pick_and_prefill(void **state)
{
	struct server *s = *state;
	char want[160];

	fixture(s);
	test_sql(s, "DELETE FROM standaardtekst");
	long long id = intake(s, "geluid");
	char *ref = test_sql_text(s, "SELECT referentie FROM melding WHERE id = %lld", id);
	char *cat = test_sql_text(s, "SELECT naam FROM category WHERE code = 'geluid'");
	long long geluid = text(s, "geluid", "terugkoppeling", "Geluid: gesprek met de buren",
				"Wij spraken de buren op {adres} over {meldnummer} ({categorie}).\n\nVragen? Bel {telefoon}.", 1);
	long long stank = text(s, "stank", "terugkoppeling", "Stank: afvoer nagekeken", "De afvoer is nagekeken.", 1);
	long long alle = text(s, NULL, "terugkoppeling", "Algemeen: wij gaan langs", "{organisatie} gaat langs.", 1);
	long long uit = text(s, "geluid", "terugkoppeling", "Geluid: oude tekst", "Oud.", 0);
	long long afsl = text(s, "geluid", "afsluiting", "Geluid: afgerond", "Wij ronden {meldnummer} af.", 1);

	struct client *c = account_client(s, SB_A, TEST_PASSWORD);
	struct response *r = client_getf(c, "/meldingen/%lld", id);
	assert_status(r, 200);
	/* Offered: the category's own and the one for all; not another category's nor a switched-off one. */
	char *sel = select_html(r, "terugkoppelen-standaardtekst");
	snprintf(want, sizeof(want), "<option value=\"%lld\">Geluid: gesprek met de buren</option>", geluid);
	assert_non_null(strstr(sel, want));
	snprintf(want, sizeof(want), "<option value=\"%lld\">Algemeen: wij gaan langs</option>", alle);
	assert_non_null(strstr(sel, want));
	snprintf(want, sizeof(want), "<option value=\"%lld\"", stank);
	assert_null(strstr(sel, want));
	snprintf(want, sizeof(want), "<option value=\"%lld\"", uit);
	assert_null(strstr(sel, want));
	snprintf(want, sizeof(want), "<option value=\"%lld\"", afsl);
	assert_null(strstr(sel, want));
	assert_null(strstr(r->body, "Stank: afvoer nagekeken"));
	assert_null(strstr(r->body, "Geluid: oude tekst"));
	free(sel);
	/* The closing form offers its own step's text. */
	sel = select_html(r, "afsluiten-standaardtekst");
	snprintf(want, sizeof(want), "<option value=\"%lld\">Geluid: afgerond</option>", afsl);
	assert_non_null(strstr(sel, want));
	free(sel);
	assert_body_contains(r, "<input type=\"hidden\" name=\"stap\" value=\"terugkoppeling\">");
	/* "Gebruik" reloads this page at the form, without script. */
	snprintf(want, sizeof(want), "<form class=\"standaardtekst-kiezen\" method=\"get\" action=\"/meldingen/%lld#terugkoppelen-titel\">", id);
	assert_body_contains(r, want);
	assert_tidy(r);
	char *plain = textarea(r, "terugkoppelen-tekst");
	assert_string_equal(plain, "");
	free(plain);
	response_free(r);

	/* "Gebruik": the page again with the text filled in for this melding, ready to edit. */
	r = client_getf(c, "/meldingen/%lld?stap=terugkoppeling&standaardtekst=%lld", id, geluid);
	assert_status(r, 200);
	char *got = textarea(r, "terugkoppelen-tekst");
	snprintf(want, sizeof(want), "over %s (%s).", ref, cat);
	if (!strstr(got, want) || !strstr(got, "Wij spraken de buren op Astraat"))
		fail_msg("textarea holds '%s'", got);
	/* The paragraph break stays a paragraph break (the textarea must not fold it into a space). */
	assert_non_null(strstr(got, ").\n\nVragen? Bel 0591 123 456."));
	assert_null(strstr(got, "{"));
	assert_null(strstr(got, "Sanne"));
	snprintf(want, sizeof(want), "<option value=\"%lld\" selected>", geluid);
	assert_body_contains(r, want);
	assert_tidy(r);
	response_free(r);

	/* Another category's text, a switched-off one, another step's, or another form's step: nothing filled in. */
	const struct {
		long long text;
		const char *stap;
	} refused[] = { { stank, "terugkoppeling" }, { uit, "terugkoppeling" }, { afsl, "terugkoppeling" },
			{ geluid, "afsluiting" }, { 999999, "terugkoppeling" } };
	for (size_t i = 0; i < ARRAY_SIZE(refused); i++) {
		r = client_getf(c, "/meldingen/%lld?stap=%s&standaardtekst=%lld", id, refused[i].stap, refused[i].text);
		assert_status(r, 200);
		char *t = textarea(r, "terugkoppelen-tekst");
		if (t[0])
			fail_msg("text %lld for %s filled in: '%s'", refused[i].text, refused[i].stap, t);
		free(t);
		assert_null(strstr(r->body, "De afvoer is nagekeken"));
		assert_null(strstr(r->body, "Oud."));
		response_free(r);
	}

	/* The closing form's own text goes in its own textarea, and only there. */
	r = client_getf(c, "/meldingen/%lld?stap=afsluiting&standaardtekst=%lld", id, afsl);
	assert_status(r, 200);
	char *closing = textarea(r, "afsluiten-toelichting");
	snprintf(want, sizeof(want), "Wij ronden %s af.", ref);
	assert_string_equal(closing, want);
	free(closing);
	closing = textarea(r, "terugkoppelen-tekst");
	assert_string_equal(closing, "");
	free(closing);
	response_free(r);

	/* Sent as edited: the message has the text once and one greeting, with the melder's name. */
	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld/terugkoppelen", id);
	char page[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	const char *fields[] = { "tekst", got, "moment", "", NULL };
	r = account_post(c, page, path, fields);
	assert_true(r->status == 303 || r->status == 200);
	response_free(r);
	char *body = test_sql_text(s, "SELECT tekst FROM outbox WHERE melding_id = %lld AND soort = 'terugkoppeling'"
				   " ORDER BY id DESC LIMIT 1", id);
	assert_non_null(strstr(body, got));
	assert_null(strstr(strstr(body, got) + 1, got));
	int greetings = 0;
	for (const char *line = body; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
		greetings += !strncmp(line, "Beste ", 6) || !strncmp(line, "Geachte ", 8) || !strncmp(line, "Hallo ", 6);
	if (greetings != 1)
		fail_msg("%d greetings in:\n%s", greetings, body);
	assert_non_null(strstr(body, "Sanne de Boer"));
	free(body);
	free(got);
	free(ref);
	free(cat);
	client_free(c);
}

/* ---- who may ------------------------------------------------------------------ */

static void test_beheer_only(void **state)
{
	struct server *s = *state;
	static const char *const staff[] = { SB_A, WB_A, CO, OS };

	fixture(s);
	test_sql(s, "DELETE FROM standaardtekst");
	long long id = text(s, NULL, "terugkoppeling", "Algemeen", "Wij gaan langs.", 1);
	char path[80], del[96];
	snprintf(path, sizeof(path), "/beheer/standaardteksten/%lld", id);
	snprintf(del, sizeof(del), "%s/verwijderen", path);
	for (size_t i = 0; i < ARRAY_SIZE(staff); i++) {
		struct client *c = account_client(s, staff[i], TEST_PASSWORD);
		const char *pages[] = { "/beheer/standaardteksten", "/beheer/standaardteksten/nieuw", path };
		for (size_t k = 0; k < ARRAY_SIZE(pages); k++) {
			struct response *r = client_get(c, pages[k]);
			if (r->status != 403 && r->status != 404)
				fail_msg("%s on %s: %ld", staff[i], pages[k], r->status);
			response_free(r);
		}
		struct response *r = post_text(c, path, "Gekaapt", "terugkoppeling", "", "Gekaapt.", "1");
		assert_true(r->status == 403 || r->status == 404);
		response_free(r);
		r = account_post(c, NULL, del, NULL);
		assert_true(r->status == 403 || r->status == 404);
		response_free(r);
		client_free(c);
	}
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM standaardtekst WHERE id = %lld AND titel = 'Algemeen'"
				      " AND tekst = 'Wij gaan langs.'", id), 1);
	struct client *anon = client_new(s);
	struct response *r = client_get(anon, "/beheer/standaardteksten");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(anon);

	/* The beheerder finds it on the beheer page. */
	struct client *bh = account_client(s, BH, TEST_PASSWORD);
	r = client_get(bh, "/beheer");
	assert_body_contains(r, "href=\"/beheer/standaardteksten\"");
	response_free(r);
	client_free(bh);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_beheer_crud),
		cmocka_unit_test(test_pick_and_prefill),
		cmocka_unit_test(test_beheer_only),
	};

	return harness_run_suite("standaardteksten", tests, ARRAY_SIZE(tests), SUITE_INI);
}
