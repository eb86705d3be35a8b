/*
 * test_brieven.c - letters a corporation can send (issue 16) against the
 * real server: the salutation with and without a name (never "Geachte
 * De ..."), the date without its weekday on a pinned day, the letterhead
 * from beheer with its logo checked by content, the preview that stores
 * nothing, correcting (every version kept), withdrawing, a sent letter
 * that cannot change, a partner who sees no letter, and an anonymised
 * dossier whose letters keep no name, address or text in any version.
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Sunday 6 December 2026
 * (a weekday name would show), the demo organisation and two homes.
 */
#include "accounts.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOCIAAL "sociaal@voorbeeld.example"       /* Sanne Sociaal: Centrum, Noord */
#define BEHEERDER "beheerder@voorbeeld.example"
#define PARTNER "wijkteam@voorbeeld.example"
#define PINNED "2026-12-06T10:00:00+01:00"

/* On an unexpected answer, the error summary of a page says more than its head. */
static void summary(const struct response *r, long want)
{
	const char *e = r->status != want && r->body ? strstr(r->body, "error-summary") : NULL;
	if (e)
		print_error("summary: %.900s\n", e);
}

static void setup_once(struct server *s)
{
	seed_organisation(s);
	if (!server_once(s, "homes"))
		return;
	test_sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		    " ('2011 AA', 1, '', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
		    " ('2011 AA', 2, 'B', 'Proefstraat', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101'))");
}

static struct client *login(struct server *s, const char *email)
{
	setup_once(s);
	return account_client(s, email, DEMO_PASSWORD);
}

static long long open_dossier(struct client *c, const char *nr)
{
	struct response *r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "2011 AA", "huisnummer", nr, "toevoeging", nr[0] == '2' ? "B" : "", "pijler",
		"sociaal_repressief", "onderwerp", "Bewoners", NULL });
	summary(r, 303);
	long long id = assert_created(r, "/dossiers/");
	response_free(r);
	return id;
}

/* POST /dossiers/{id}/brief with fields; the answer (caller frees). */
static struct response *brief(struct client *c, long long id, const char *const fields[])
{
	char path[64];
	snprintf(path, sizeof(path), "/dossiers/%lld/brief", id);
	return account_post(c, NULL, path, fields);
}

/* A saved letter of dossier id; its id. */
static long long make_letter(struct client *c, long long id, const char *naam, const char *aanhef)
{
	char prefix[64];
	struct response *r = brief(c, id, (const char *const[]){ "stap", "opslaan", "soort", "waarschuwingsbrief",
								 "naam", naam, "aanhef", aanhef, "feiten",
								 "Op 14 november om 02.00 uur harde muziek.", NULL });
	snprintf(prefix, sizeof(prefix), "/dossiers/%lld/brieven/", id);
	summary(r, 303);
	long long l = assert_created(r, prefix);
	response_free(r);
	return l;
}

static struct response *letter_page(struct client *c, long long id, long long l)
{
	return client_getf(c, "/dossiers/%lld/brieven/%lld", id, l);
}

/* POST a step on a letter. */
static struct response *step(struct client *c, long long id, long long l, const char *const fields[])
{
	char path[96];
	snprintf(path, sizeof(path), "/dossiers/%lld/brieven/%lld", id, l);
	return account_post(c, NULL, path, fields);
}

/* ---- salutation and date ---------------------------------------------------- */

static void test_salutation_with_name(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");
	struct response *r = letter_page(c, id, l);

	assert_status(r, 200);
	assert_tidy(r);
	assert_body_contains(r, "Geachte heer Jansen,");
	assert_body_contains(r, "De heer Jansen<br>Proefstraat 1<br>2011 AA  VOORBEELDSTAD");
	assert_body_contains(r, "Op 14 november om 02.00 uur harde muziek.");
	assert_body_contains(r, "Waarschuwing wegens overlast");
	assert_false(response_contains(r, "Geachte De"));
	assert_false(response_contains(r, "{{"));
	response_free(r);
	/* Lists and the timeline name the letter as a sentence does. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND aan = 'de heer Jansen'", l), 1);
	r = client_getf(c, "/dossiers/%lld", id);
	assert_body_contains(r, "Waarschuwingsbrief aan de heer Jansen</a>");
	assert_body_contains(r, ": Concept</span>");
	response_free(r);

	/* The form of address typed into the name goes where it belongs. */
	l = make_letter(c, id, "De heer J. Jansen", "geen");
	r = letter_page(c, id, l);
	assert_body_contains(r, "Geachte heer J. Jansen,");
	assert_false(response_contains(r, "Geachte De"));
	assert_false(response_contains(r, "heer/mevrouw De heer"));
	response_free(r);
	/* No aanhef chosen: both. */
	l = make_letter(c, id, "K. de Vries", "geen");
	r = letter_page(c, id, l);
	assert_body_contains(r, "Geachte heer/mevrouw K. de Vries,");
	response_free(r);
	l = make_letter(c, id, "Pietersen", "mevrouw");
	r = letter_page(c, id, l);
	assert_body_contains(r, "Geachte mevrouw Pietersen,");
	assert_body_contains(r, "Mevrouw Pietersen<br>");
	response_free(r);
	client_free(c);
}

static void test_salutation_without_name(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "2");
	long long l = make_letter(c, id, "", "geen");
	struct response *r = letter_page(c, id, l);

	assert_status(r, 200);
	assert_body_contains(r, "De bewoner(s) van<br>Proefstraat 2 B<br>2011 AA  VOORBEELDSTAD");
	assert_body_contains(r, "Geachte bewoner(s),");
	assert_false(response_contains(r, "Geachte De"));
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND naam = ''"
				    " AND aan = 'de bewoner(s) van Proefstraat 2 B'", l), 1);

	/* The old habit: "De bewoner(s) van ..." typed as the name. */
	l = make_letter(c, id, "De bewoner(s) van Proefstraat 2 B", "heer");
	r = letter_page(c, id, l);
	assert_body_contains(r, "Geachte bewoner(s),");
	assert_false(response_contains(r, "Geachte De"));
	assert_false(response_contains(r, "Geachte heer"));
	response_free(r);
	/* The plain text kept for the overview and the API says the same. */
	char *tekst = test_sql_text(s, "SELECT tekst FROM letter WHERE id = %lld", l);
	assert_non_null(strstr(tekst, "De bewoner(s) van\nProefstraat 2 B\n2011 AA  VOORBEELDSTAD\n"));
	assert_non_null(strstr(tekst, "\nGeachte bewoner(s),\n"));
	assert_null(strstr(tekst, "Geachte De"));
	free(tekst);
	client_free(c);
}

/* An address typed for the window replaces the dossier's; more than the window holds is refused. */
static void test_typed_address(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long letters = test_sql_int(s, "SELECT count(*) FROM letter");
	struct response *r = brief(c, id, (const char *const[]){ "stap", "opslaan", "soort", "waarschuwingsbrief",
								 "adres", "a\nb\nc\nd\ne\nf", "feiten", "Lawaai.", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "hoogstens 5 regels");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter"), letters);

	r = brief(c, id, (const char *const[]){ "stap", "opslaan", "soort", "waarschuwingsbrief", "naam", "Jansen",
						"aanhef", "heer", "adres", "  Postbus 7 \r\n\r\n2011 AA  VOORBEELDSTAD\n",
						"feiten", "Lawaai.", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE dossier_id = %lld"
				    " AND adres = 'Postbus 7' || char(10) || '2011 AA  VOORBEELDSTAD'", id), 1);
	client_free(c);
}

static void test_date_without_weekday(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");
	struct response *r = letter_page(c, id, l);

	/* 6 December 2026 is a Sunday: the letter says the date, not the day. */
	assert_body_contains(r, "<th scope=\"row\">Datum</th><td>6 december 2026</td>");
	assert_false(response_contains(r, "zondag"));
	response_free(r);
	char *tekst = test_sql_text(s, "SELECT tekst FROM letter WHERE id = %lld", l);
	assert_non_null(strstr(tekst, "Datum: 6 december 2026\n"));
	free(tekst);
	client_free(c);
}

/* ---- preview ------------------------------------------------------------------ */

static void test_preview_stores_nothing(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long letters = test_sql_int(s, "SELECT count(*) FROM letter");
	long long versions = test_sql_int(s, "SELECT count(*) FROM letter_versie");
	long long audits = test_sql_int(s, "SELECT count(*) FROM audit_log");
	long long events = test_sql_int(s, "SELECT count(*) FROM dossier_event");
	struct response *r = brief(c, id, (const char *const[]){ "stap", "voorbeeld", "soort", "sommatiebrief", "naam",
								 "Jansen", "aanhef", "familie", "feiten",
								 "Weer harde muziek.", NULL });

	assert_status(r, 200);
	assert_tidy(r);
	assert_body_contains(r, "Er is nog niets bewaard");
	assert_body_contains(r, "Geachte familie Jansen,");
	assert_body_contains(r, "Sommatie: stop de overlast");
	assert_body_contains(r, "Weer harde muziek.");
	/* The form comes back filled, to change or to save. */
	assert_body_contains(r, "value=\"Jansen\"");
	assert_body_contains(r, "<option value=\"familie\" selected>");
	assert_body_contains(r, "name=\"stap\" value=\"opslaan\"");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter"), letters);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie"), versions);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log"), audits);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event"), events);

	/* A preview with errors says them beside the fields and keeps the input. */
	r = brief(c, id, (const char *const[]){ "stap", "voorbeeld", "naam", "Jansen", "aanhef", "graaf", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies een waarschuwingsbrief of een sommatiebrief.");
	assert_body_contains(r, "Kies een aanhef uit de lijst.");
	assert_body_contains(r, "Beschrijf de feiten");
	assert_body_contains(r, "value=\"Jansen\"");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter"), letters);

	/* "Opslaan" from the dossier page with an error: the page again, the input kept, nothing stored. */
	r = brief(c, id, (const char *const[]){ "stap", "opslaan", "naam", "Jansen", "aanhef", "mevrouw", "adres",
						"Postbus 7\n2011 AA  VOORBEELDSTAD", "feiten", "Lawaai.", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies een waarschuwingsbrief of een sommatiebrief.");
	assert_body_contains(r, "Postbus 7\n2011 AA  VOORBEELDSTAD</textarea>");
	assert_body_contains(r, "<option value=\"mevrouw\" selected>");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter"), letters);
	client_free(c);
}

/* ---- correcting, withdrawing, sending ----------------------------------------- */

static void test_correct_keeps_history(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");
	struct response *r = letter_page(c, id, l);

	assert_body_contains(r, "Concept");
	assert_body_contains(r, "Brief corrigeren");
	response_free(r);

	/* The correction's preview changes nothing. */
	r = step(c, id, l, (const char *const[]){ "stap", "voorbeeld", "versie", "1", "naam", "Jansen", "aanhef",
						  "mevrouw", "romp", "Nieuwe tekst van de brief.", NULL });
	assert_status(r, 200);
	assert_body_contains(r, "Voorbeeld van de correctie");
	assert_body_contains(r, "Geachte mevrouw Jansen,");
	assert_body_contains(r, "Nieuwe tekst van de brief.");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT versie FROM letter WHERE id = %lld", l), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld", l), 1);

	r = step(c, id, l, (const char *const[]){ "stap", "corrigeren", "versie", "1", "naam", "Jansen", "aanhef",
						  "mevrouw", "romp", "Nieuwe tekst van de brief.", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT versie FROM letter WHERE id = %lld", l), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld", l), 2);
	/* The first version is kept as it was. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld AND versie = 1"
				    " AND aanhef = 'heer' AND romp LIKE '%%harde muziek%%'", l), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld AND versie = 2"
				    " AND aanhef = 'mevrouw' AND romp = 'Nieuwe tekst van de brief.'", l), 1);
	r = client_getf(c, "/dossiers/%lld/brieven/%lld?klaar=corrigeren", id, l);
	assert_tidy(r);
	assert_body_contains(r, "Geachte mevrouw Jansen,");
	assert_body_contains(r, "Versie 2,");
	assert_body_contains(r, "Versie 1,");
	assert_body_contains(r, "Geachte heer Jansen,");   /* in the first version */
	response_free(r);
	/* Audited, and on the timeline. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd'"
				    " AND object_type = 'dossier' AND detail = 'brief %lld gecorrigeerd'", l), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				    " AND soort = 'brief_gecorrigeerd' AND tekst LIKE '%%versie 2'", id), 1);
	r = client_getf(c, "/dossiers/%lld", id);
	assert_body_contains(r, "Brief gecorrigeerd");
	response_free(r);

	/* A form made from version 1 (a second tab) changes nothing now. */
	r = step(c, id, l, (const char *const[]){ "stap", "corrigeren", "versie", "1", "naam", "X", "romp", "Oud",
						  NULL });
	assert_status(r, 409);
	assert_body_contains(r, "intussen door iemand anders gewijzigd");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND naam = 'Jansen'", l), 1);

	/* An empty text is refused beside the field, with the input kept. */
	r = step(c, id, l, (const char *const[]){ "stap", "corrigeren", "versie", "2", "naam", "Jansen-Bakker",
						  "romp", "  ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "De brief heeft geen tekst.");
	assert_body_contains(r, "value=\"Jansen-Bakker\"");
	response_free(r);
	client_free(c);
}

static void test_withdraw(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");

	struct response *r = step(c, id, l, (const char *const[]){ "stap", "intrekken", "versie", "1", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf op waarom de brief wordt ingetrokken.");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND status = 'concept'", l), 1);

	r = step(c, id, l, (const char *const[]){ "stap", "intrekken", "versie", "1", "reden",
						  "Verkeerde huurder", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND status = 'ingetrokken'"
				    " AND ingetrokken_op IS NOT NULL AND ingetrokken_door = %lld AND reden = 'Verkeerde huurder'",
				    l, test_user_id(s, SOCIAAL)), 1);
	r = letter_page(c, id, l);
	assert_body_contains(r, "Ingetrokken");
	assert_body_contains(r, "door Sanne Sociaal. Reden: Verkeerde huurder");
	assert_body_contains(r, "<p class=\"brief-stempel\">Ingetrokken</p>");
	assert_false(response_contains(r, "Brief corrigeren"));
	response_free(r);
	/* Still in the dossier's list, marked, and on the timeline. */
	r = client_getf(c, "/dossiers/%lld", id);
	assert_body_contains(r, ": Ingetrokken</span>");
	assert_body_contains(r, "Brief ingetrokken");
	response_free(r);
	/* Withdrawn is final. */
	r = step(c, id, l, (const char *const[]){ "stap", "verzonden", "versie", "1", NULL });
	assert_status(r, 409);
	assert_body_contains(r, "ingetrokken");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE detail = 'brief %lld ingetrokken'", l), 1);
	client_free(c);
}

static void test_sent_letter_cannot_change(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");

	struct response *r = step(c, id, l, (const char *const[]){ "stap", "verzonden", "versie", "1", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND status = 'verzonden'"
				    " AND verzonden_op IS NOT NULL", l), 1);
	char *before = test_sql_text(s, "SELECT tekst FROM letter WHERE id = %lld", l);

	const char *const *tries[] = {
		(const char *const[]){ "stap", "corrigeren", "versie", "1", "naam", "Ander", "romp", "Andere tekst", NULL },
		(const char *const[]){ "stap", "corrigeren", "naam", "Ander", "romp", "Andere tekst", NULL },
		(const char *const[]){ "stap", "intrekken", "versie", "1", "reden", "Toch niet", NULL },
		(const char *const[]){ "stap", "verzonden", "versie", "1", NULL },
	};
	for (size_t i = 0; i < sizeof(tries) / sizeof(tries[0]); i++) {
		r = step(c, id, l, tries[i]);
		assert_status(r, 409);
		assert_body_contains(r, "Deze brief is al verzonden.");
		response_free(r);
	}
	char *after = test_sql_text(s, "SELECT tekst FROM letter WHERE id = %lld", l);
	assert_string_equal(before, after);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND status = 'verzonden'"
				    " AND versie = 1 AND reden = ''", l), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld", l), 1);
	free(before);
	free(after);
	r = letter_page(c, id, l);
	assert_body_contains(r, "Verzonden");
	assert_false(response_contains(r, "Brief corrigeren"));
	assert_false(response_contains(r, "Brief intrekken"));
	response_free(r);
	client_free(c);
}

/* ---- who sees letters ---------------------------------------------------------- */

static void test_partner_sees_no_letter(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Geheim-Jansen", "heer");
	client_free(c);

	struct client *p = login(s, PARTNER);
	struct response *r = letter_page(p, id, l);
	assert_true(r->status == 404 || r->status == 403);
	assert_false(response_contains(r, "Geheim-Jansen"));
	response_free(r);
	r = step(p, id, l, (const char *const[]){ "stap", "intrekken", "reden", "x", NULL });
	assert_true(r->status == 404 || r->status == 403);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND status = 'concept'", l), 1);
	client_free(p);

	/* Nobody logged in: the login, nothing of the letter. */
	struct client *anon = client_new(s);
	r = letter_page(anon, id, l);
	assert_status(r, 303);
	assert_false(response_contains(r, "Geheim-Jansen"));
	response_free(r);
	client_free(anon);
}

/* ---- the letterhead ---------------------------------------------------------------- */

/* A 1x1 PNG. */
static const unsigned char png[] = {
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
	0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
	0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
	0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
	0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

static struct response *post_head(struct client *c, const void *logo, size_t len, const char *fname,
				   const char *email)
{
	char *tok = account_csrf(c, NULL);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok),
		FORM_FIELD("naam", "Woonstichting Proef"),
		FORM_FIELD("adres", "Postbus 12\n2011 AA  VOORBEELDSTAD"),
		FORM_FIELD("telefoon", "088 123 45 67"),
		FORM_FIELD("email", email),
		FORM_FIELD("website", "www.proef.example"),
		logo ? (struct form_part)FORM_FILE("logo", logo, len, fname, "image/png") : (struct form_part)FORM_END,
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/beheer/brieven/briefhoofd", parts);
	free(tok);
	return r;
}

static void test_letterhead(void **state)
{
	struct server *s = *state;
	struct client *bh = login(s, BEHEERDER);

	struct response *r = post_head(bh, png, sizeof(png), "logo.png", "info@proef.example");
	summary(r, 303);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT length(logo) FROM briefhoofd WHERE logo_type = 'image/png'"
				    " AND naam = 'Woonstichting Proef' AND telefoon = '088 123 45 67'"), (long long)sizeof(png));
	r = client_get(bh, "/beheer/brieven?klaar=briefhoofd");
	assert_status(r, 200);
	assert_tidy(r);
	assert_body_contains(r, "Het briefhoofd is opgeslagen.");
	assert_body_contains(r, "src=\"data:image/png;base64,iVBORw0KGgo");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'briefhoofd'"
				    " AND detail = 'met nieuw logo'"), 1);

	/* A file that is not a picture, whatever its name and claimed type: refused, the logo stays. */
	const char fake[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
	r = post_head(bh, fake, sizeof(fake) - 1, "logo.png", "info@proef.example");
	assert_status(r, 422);
	assert_body_contains(r, "Het logo moet een PNG- of JPEG-afbeelding zijn.");
	response_free(r);
	const char text[] = "Dit is gewoon tekst, geen afbeelding.\n";
	r = post_head(bh, text, sizeof(text) - 1, "logo.png", "nieuw@proef.example");
	assert_status(r, 422);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT length(logo) FROM briefhoofd WHERE logo_type = 'image/png'"
				    " AND email = 'info@proef.example'"), (long long)sizeof(png));
	/* A bad e-mail address is said beside its field and keeps what was typed. */
	r = post_head(bh, NULL, 0, NULL, "geen-adres");
	assert_status(r, 422);
	assert_body_contains(r, "Vul een geldig e-mailadres in");
	assert_body_contains(r, "value=\"geen-adres\"");
	response_free(r);
	client_free(bh);

	/* Staff may not change it, but their letters carry it. */
	struct client *c = login(s, SOCIAAL);
	r = post_head(c, png, sizeof(png), "logo.png", "x@proef.example");
	assert_status(r, 403);
	response_free(r);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Jansen", "heer");
	r = letter_page(c, id, l);
	assert_body_contains(r, "<img class=\"brief-logo\" src=\"data:image/png;base64,iVBORw0KGgo");
	assert_body_contains(r, "<strong>Woonstichting Proef</strong><br>Postbus 12<br>2011 AA  VOORBEELDSTAD");
	assert_body_contains(r, "Telefoon 088 123 45 67");
	assert_body_contains(r, "info@proef.example");
	assert_body_contains(r, "www.proef.example");
	assert_body_contains(r, "<p class=\"brief-retour\">Woonstichting Proef, Postbus 12, 2011 AA  VOORBEELDSTAD</p>");
	response_free(r);
	client_free(c);
}

/* Anonymising a dossier (store/privacy.c empties aan and tekst) empties the parts and every version too. */
static void test_anonymised_letter_keeps_nothing(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	long long id = open_dossier(c, "1");
	long long l = make_letter(c, id, "Anoniem-Jansen", "heer");
	struct response *r = step(c, id, l, (const char *const[]){ "stap", "corrigeren", "versie", "1", "naam",
								   "Anoniem-Jansen", "romp", "Tweede versie", NULL });
	assert_status(r, 303);
	response_free(r);
	client_free(c);

	/* The statement of store/privacy.c, SQL_DOSSIER_LETTERS_ANON. */
	test_sql(s, "UPDATE letter SET aan = '', tekst = '' WHERE dossier_id = %lld", id);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter WHERE id = %lld AND naam = '' AND adres = ''"
				    " AND romp = '' AND reden = ''", l), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld", l), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_versie WHERE letter_id = %lld AND"
				    " (naam <> '' OR adres <> '' OR romp <> '' OR tekst <> '')", l), 0);
}

/* The templates lost what the layout now places: no "Geachte {{naam}}," left. */
static void test_templates_migrated(void **state)
{
	struct server *s = *state;

	setup_once(s);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_template WHERE tekst LIKE '%%Geachte {{naam}}%%'"
				    " OR tekst LIKE 'Aan:%%' OR tekst LIKE '{{organisatie}}%%'"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM letter_template WHERE tekst LIKE 'Wij hebben%%'"), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_templates_migrated),
		cmocka_unit_test(test_salutation_with_name),
		cmocka_unit_test(test_salutation_without_name),
		cmocka_unit_test(test_typed_address),
		cmocka_unit_test(test_date_without_weekday),
		cmocka_unit_test(test_preview_stores_nothing),
		cmocka_unit_test(test_correct_keeps_history),
		cmocka_unit_test(test_withdraw),
		cmocka_unit_test(test_sent_letter_cannot_change),
		cmocka_unit_test(test_partner_sees_no_letter),
		cmocka_unit_test(test_letterhead),
		cmocka_unit_test(test_anonymised_letter_keeps_nothing),
	};

	/* Every day the same letters: the server's clock is a Sunday. */
	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("brieven", tests, ARRAY_SIZE(tests), NULL);
}
