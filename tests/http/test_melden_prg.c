/*
 * test_melden_prg.c - the public form's side of issue 17: one report is
 * one melding (POST/redirect/GET, the same form sent again, back and send,
 * an expired form kept), the duplicate suggestion that names nothing of the
 * earlier melding, consent to share contact details, and kept file sizes.
 */
#include "harness.h"
#include "accounts.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n"

static long long meldingen(struct server *s)
{
	return test_db_int(s, "SELECT count(*) FROM melding");
}

/* Parts plus the form token, posted on c; the raw answer (no redirect followed). */
static struct response *post(struct client *c, const char *tok, const struct form_part *parts)
{
	struct form_part all[40];
	size_t n = 0;

	all[n++] = (struct form_part)FORM_FIELD("csrf_token", tok);
	for (size_t i = 0; parts[i].name && n < 39; i++)
		all[n++] = parts[i];
	all[n] = (struct form_part)FORM_END;
	return client_post_multipart(c, "/melden", all);
}

/* The Location of a 303 to the confirmation; caller frees. */
static char *confirmation(const struct response *r)
{
	assert_int_equal(r->status, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_true(!strncmp(loc, "/melden/ontvangen/", 18));
	return strdup(loc);
}

static void body_lacks(const struct response *r, const char *needle)
{
	if (mem_find(r->body, r->len, needle, 0))
		fail_msg("body holds \"%s\"", needle);
}

/* A filed melding answers 303; the confirmation shows it and may be reloaded without filing again. */
static void test_post_redirect_get(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "Sterke lucht uit de kelderbox."),
		FORM_FIELD("plaats", "Kelder flat 2"), FORM_FIELD("anoniem", "0"), FORM_FIELD("melder_naam", "Els"),
		FORM_FIELD("melder_email", "els@example.org"), FORM_END };
	long long before = meldingen(s);

	struct response *r = post(c, tok, parts);
	char *loc = confirmation(r);
	response_free(r);
	assert_int_equal(meldingen(s), before + 1);
	char *ref = test_sql_text(s, "SELECT referentie FROM melding ORDER BY id DESC LIMIT 1");

	for (int i = 0; i < 2; i++) {
		r = client_get(c, loc);
		assert_status(r, 200);
		assert_body_contains(r, ref);
		assert_body_contains(r, "/melding/status/");
		assert_body_contains(r, loc + strlen("/melden/ontvangen/"));   /* the status link is this token's */
		assert_body_contains(r, "Uiterlijk");
		assert_body_contains(r, "Wij hebben u deze link ook gemaild.");
		response_free(r);
	}
	assert_int_equal(meldingen(s), before + 1);

	/* The same form again (a double click): the same confirmation, marked, nothing new. */
	r = post(c, tok, parts);
	char *again = confirmation(r);
	response_free(r);
	assert_true(!strncmp(again, loc, strlen(loc)));
	assert_non_null(strstr(again, "opnieuw=1"));
	r = client_get(c, again);
	assert_status(r, 200);
	assert_body_contains(r, "Wij hadden uw melding al ontvangen");
	response_free(r);
	assert_int_equal(meldingen(s), before + 1);

	/* A token that is no one's: 404, like the status page. */
	r = client_get(c, "/melden/ontvangen/bestaatniet");
	assert_status(r, 404);
	response_free(r);
	free(again);
	free(ref);
	free(loc);
	free(tok);
	client_free(c);
}

/*
 * Back and send again soon after: the form reloaded (a fresh token, the
 * same browser) with the same text is the first melding again, not "erg
 * snel" and not a second one.
 */
static void test_back_and_send_again(void **state)
{
	(void)state;
	struct server *s = server_start("[security]\nmelden_min_seconds = 2\nmelden_per_ip_hour = 100000\n");
	assert_non_null(s);
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Bonken op de vloer na middernacht."),
		FORM_FIELD("plaats", "Flat 9"), FORM_FIELD("anoniem", "1"), FORM_END };

	usleep(2200 * 1000);   /* a person's pace: past the minimum fill time */
	struct response *r = post(c, tok, parts);
	char *loc = confirmation(r);
	response_free(r);

	/* Back: the form is loaded again (a new token) and sent at once with the same text. */
	char *tok2 = account_csrf(c, "/melden");
	r = post(c, tok2, parts);
	body_lacks(r, "erg snel");
	char *again = confirmation(r);
	response_free(r);
	assert_true(!strncmp(again, loc, strlen(loc)));
	/* The first token at once too. */
	r = post(c, tok, parts);
	free(again);
	again = confirmation(r);
	response_free(r);
	assert_true(!strncmp(again, loc, strlen(loc)));
	assert_int_equal(meldingen(s), 1);

	/* Another text on the fresh token within the minimum: still "erg snel", kept, nothing filed. */
	char *tok3 = account_csrf(c, "/melden");
	const struct form_part other[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Iets anders: een blaffende hond."),
		FORM_FIELD("plaats", "Flat 9"), FORM_FIELD("anoniem", "1"), FORM_END };
	r = post(c, tok3, other);
	assert_status(r, 422);
	assert_body_contains(r, "erg snel");
	assert_body_contains(r, "een blaffende hond");
	response_free(r);
	assert_int_equal(meldingen(s), 1);
	free(again);
	free(loc);
	free(tok);
	free(tok2);
	free(tok3);
	client_free(c);
	assert_int_equal(server_stop(s), 0);
}

/* A form left open past the token's lifetime comes back with its text and files and a fresh token. */
static void test_expired_form_keeps_everything(void **state)
{
	(void)state;
	setenv("LEEFBAAR_NOW", "2027-03-01T09:00:00+01:00", 1);
	struct server *s = server_start(SUITE_INI);
	assert_non_null(s);
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	client_free(c);

	/* Five hours later (the token lives four): the same server, its clock moved on. */
	setenv("LEEFBAAR_NOW", "2027-03-01T14:00:00+01:00", 1);
	assert_int_equal(server_crash_restart(s, 0), 0);
	unsetenv("LEEFBAAR_NOW");
	c = client_new(s);
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "vernieling"), FORM_FIELD("omschrijving", "De voordeur is ingetrapt."),
		FORM_FIELD("postcode", "1234 AB"), FORM_FIELD("huisnummer", "5"), FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Kees"), FORM_FIELD("melder_email", "kees@example.org"),
		FORM_FIELD("delen_met_partners", "1"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "deur.jpg", "image/jpeg"), FORM_END };
	struct response *r = post(c, tok, parts);
	assert_status(r, 422);
	assert_body_contains(r, "verlopen");
	assert_body_contains(r, "De voordeur is ingetrapt.");
	assert_body_contains(r, "kees@example.org");
	assert_body_contains(r, "value=\"vernieling\" selected");
	assert_body_contains(r, "id=\"delen_met_partners\" name=\"delen_met_partners\" value=\"1\" checked");
	assert_body_contains(r, "deur.jpg");
	assert_body_contains(r, " kB)");   /* a small photo in kB, not "0.0 MB" */
	assert_int_equal(meldingen(s), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM pending_upload"), 1);
	char *fresh = html_input_value(r->body, "csrf_token");
	char *held = html_input_value(r->body, "bijlagen_id");
	char *bewaard = test_sql_text(s, "SELECT id FROM pending_upload");
	assert_non_null(fresh);
	assert_non_null(held);
	assert_true(held[0]);
	assert_string_not_equal(fresh, tok);
	response_free(r);

	/* Sent again with the fresh token: filed, with the kept photo. */
	const struct form_part again[] = {
		FORM_FIELD("categorie", "vernieling"), FORM_FIELD("omschrijving", "De voordeur is ingetrapt."),
		FORM_FIELD("postcode", "1234 AB"), FORM_FIELD("huisnummer", "5"), FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Kees"), FORM_FIELD("melder_email", "kees@example.org"),
		FORM_FIELD("delen_met_partners", "1"), FORM_FIELD("bijlagen_id", held), FORM_FIELD("bewaard", bewaard),
		FORM_END };
	r = post(c, fresh, again);
	free(confirmation(r));
	response_free(r);
	assert_int_equal(meldingen(s), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM attachment WHERE bestandsnaam = 'deur.jpg'"), 1);
	assert_int_equal(test_db_int(s, "SELECT delen_met_partners FROM melding"), 1);

	/* A post without any token is still refused outright. */
	const char *fields[] = { "categorie", "geluid", "omschrijving", "x", NULL };
	r = client_post_form(c, "/melden", fields);
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(meldingen(s), 1);
	free(bewaard);
	free(held);
	free(fresh);
	free(tok);
	client_free(c);
	assert_int_equal(server_stop(s), 0);
}

/*
 * The melder's report at an address; email and categorie vary. Each on a
 * browser of its own: two forms loaded in one second by one browser carry
 * the same token, which files one melding.
 */
static struct response *report(struct server *s, const char *cat, const char *email, const char *huisnummer,
			       const char *tekst, const char *dubbel)
{
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	/* Six hours ago in UTC: in the past in Amsterdam too, whatever the day the test runs. */
	char van[32];
	time_t t = time(NULL) - 6 * 3600;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(van, sizeof(van), "%Y-%m-%dT%H:%M", &tm);
	const struct form_part parts[] = {
		FORM_FIELD("categorie", cat), FORM_FIELD("omschrijving", tekst), FORM_FIELD("postcode", "2345cd"),
		FORM_FIELD("huisnummer", huisnummer), FORM_FIELD("toevoeging", "b"), FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Sanne"), FORM_FIELD("melder_email", email),
		FORM_FIELD("dubbel", dubbel), FORM_FIELD("dagboek_van", van),
		FORM_FIELD("dagboek_ernst", "4"), FORM_END };
	struct response *r = post(c, tok, parts);
	free(tok);
	client_free(c);
	return r;
}

static void test_duplicate_suggestion(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	long long before = meldingen(s);

	struct response *r = report(s, "huisdieren", "sanne@example.org", "8", "Hond blaft de hele dag, geheim-eerste.", "");
	free(confirmation(r));
	response_free(r);
	char *ref = test_sql_text(s, "SELECT referentie FROM melding ORDER BY id DESC LIMIT 1");
	long long first = test_db_int(s, "SELECT max(id) FROM melding");

	/* The same melder (other case), category and address: asked, with nothing of the first. */
	r = report(s, "huisdieren", "Sanne@Example.ORG", "8", "Weer geblaf vanochtend.", "");
	assert_status(r, 422);
	assert_body_contains(r, "U heeft dit al eerder gemeld");
	assert_body_contains(r, "name=\"dubbel\" value=\"toevoegen\"");
	assert_body_contains(r, "name=\"dubbel\" value=\"nieuw\"");
	assert_body_contains(r, "name=\"dagboek_ernst\"");
	assert_body_contains(r, "Weer geblaf vanochtend.");
	body_lacks(r, ref);
	body_lacks(r, "geheim-eerste");
	body_lacks(r, "/melding/status/");
	response_free(r);
	assert_int_equal(meldingen(s), before + 1);

	/* Another category, another melder, another house: no question. */
	r = report(s, "geluid", "sanne@example.org", "8", "Muziek.", "");
	free(confirmation(r));
	response_free(r);
	r = report(s, "huisdieren", "piet@example.org", "8", "Geblaf.", "");
	free(confirmation(r));
	response_free(r);
	r = report(s, "huisdieren", "sanne@example.org", "10", "Geblaf op 10.", "");
	free(confirmation(r));
	response_free(r);
	assert_int_equal(meldingen(s), before + 4);

	/* "Toch als nieuwe melding": filed. */
	r = report(s, "huisdieren", "sanne@example.org", "8", "Weer geblaf vanochtend.", "nieuw");
	free(confirmation(r));
	response_free(r);
	assert_int_equal(meldingen(s), before + 5);

	/* Outside the window, or once closed: no question either. */
	test_sql(s, "UPDATE melding SET status = 'afgesloten', afgesloten_op = ontvangen_op"
		    " WHERE postcode = '2345 CD' AND huisnummer = 8 AND category_id = (SELECT id FROM category WHERE code = 'huisdieren')");
	r = report(s, "huisdieren", "sanne@example.org", "8", "Na afsluiten opnieuw.", "");
	free(confirmation(r));
	response_free(r);
	test_sql(s, "UPDATE melding SET ontvangen_op = ontvangen_op - 15 * 86400 WHERE id = (SELECT max(id) FROM melding)");
	r = report(s, "huisdieren", "sanne@example.org", "8", "Na vijftien dagen.", "");
	free(confirmation(r));
	response_free(r);
	assert_int_equal(meldingen(s), before + 7);
	(void)first;
	free(ref);
	client_free(c);
}

/*
 * "Bij mijn eerdere melding zetten": a diary entry on the earlier melding
 * (dagboek_add(), helper "dagboek"), a page naming nothing of it, and a
 * mail with the link to its melder. Passes once app/dagboek.c is in.
 */
static void test_duplicate_added_to_earlier(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);

	struct response *r = report(s, "drugs", "fem@example.org", "20", "Veel aanloop bij de buren.", "");
	free(confirmation(r));
	response_free(r);
	long long first = test_db_int(s, "SELECT max(id) FROM melding");
	long long before = meldingen(s);

	r = report(s, "drugs", "fem@example.org", "20", "Vannacht weer tot 3 uur aanloop.", "toevoegen");
	assert_int_equal(r->status, 303);
	assert_string_equal(response_header(r, "Location"), "/melden/toegevoegd");
	response_free(r);
	assert_int_equal(meldingen(s), before);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dagboek WHERE melding_id = %lld AND ernst = 4"
				     " AND tekst = 'Vannacht weer tot 3 uur aanloop.'", first), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'aanvulling'"
				     " AND aan = 'fem@example.org'", first), 1);
	r = client_get(c, "/melden/toegevoegd");
	assert_status(r, 200);
	assert_body_contains(r, "bij uw eerdere melding");
	body_lacks(r, "M-20");
	response_free(r);
	client_free(c);
}

/* Consent: unticked by default and stored 0; ticked stored 1; never with anonymity; the API's boolean. */
static void test_consent(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/melden");
	assert_status(r, 200);
	assert_body_contains(r, "name=\"delen_met_partners\" value=\"1\" aria-describedby");   /* not checked */
	assert_body_contains(r, "buurtbemiddeling");
	assert_body_contains(r, "href=\"/privacy\"");
	/* The description comes before the category, which is one grouped select. */
	const char *desc = mem_find(r->body, r->len, "id=\"omschrijving\"", 0);
	const char *cat = mem_find(r->body, r->len, "<select id=\"categorie\"", 0);
	assert_non_null(desc);
	assert_non_null(cat);
	assert_true(desc < cat);
	assert_body_contains(r, "<optgroup label=");
	body_lacks(r, "type=\"radio\" id=\"categorie-");
	response_free(r);

	static const struct {
		const char *delen, *anoniem, *email;
		int want;
	} cases[] = {
		{ NULL, "0", "a1@example.org", 0 }, { "1", "0", "a2@example.org", 1 }, { "1", "1", "", 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		client_free(c);
		c = client_new(s);   /* a browser of its own: see report() */
		char *tok = account_csrf(c, "/melden");
		struct form_part parts[10] = {
			FORM_FIELD("categorie", "zwerfvuil"), FORM_FIELD("omschrijving", "Vuilniszakken naast de container."),
			FORM_FIELD("plaats", "Containers Dorpsplein"), FORM_FIELD("anoniem", cases[i].anoniem),
			FORM_FIELD("melder_naam", "Ali"), FORM_FIELD("melder_email", cases[i].email), FORM_END, FORM_END };
		if (cases[i].delen)
			parts[6] = (struct form_part)FORM_FIELD("delen_met_partners", cases[i].delen);
		r = post(c, tok, parts);
		free(confirmation(r));
		response_free(r);
		free(tok);
		assert_int_equal(test_db_int(s, "SELECT delen_met_partners FROM melding ORDER BY id DESC LIMIT 1"), cases[i].want);
	}

	r = client_api(c, "POST", "/api/v1/meldingen", NULL,
		       "{\"categorie\": \"zwerfvuil\", \"omschrijving\": \"Afval.\", \"plaats\": \"Plein\","
		       " \"melder_naam\": \"Bo\", \"melder_email\": \"bo@example.org\", \"delen_met_partners\": true}", NULL);
	assert_status(r, 201);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT delen_met_partners FROM melding ORDER BY id DESC LIMIT 1"), 1);
	r = client_api(c, "POST", "/api/v1/meldingen", NULL,
		       "{\"categorie\": \"zwerfvuil\", \"omschrijving\": \"Afval.\", \"plaats\": \"Plein\","
		       " \"melder_naam\": \"Bo\", \"melder_email\": \"bo@example.org\", \"delen_met_partners\": \"ja\"}", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "delen_met_partners");
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_post_redirect_get),
		cmocka_unit_test(test_back_and_send_again),
		cmocka_unit_test(test_expired_form_keeps_everything),
		cmocka_unit_test(test_duplicate_suggestion),
		cmocka_unit_test(test_duplicate_added_to_earlier),
		cmocka_unit_test(test_consent),
	};
	return harness_run_suite("melden_prg", tests, ARRAY_SIZE(tests), SUITE_INI);
}
