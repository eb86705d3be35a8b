/*
 * test_herstel.c - no lost work (issue 16, point 5): a form posted after
 * the session expired goes to the login and back, its input kept on the
 * server under a one-time key, for the same account only; and the warning
 * before the idle end carries the right time.
 *
 * The clock is pinned (LEEFBAAR_NOW, a Wednesday in winter, UTC+1), so the
 * time the warning names is known. The forms are the beheerder's new
 * partner organisation: the partner table shows whether a form ran, and
 * how often.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PINNED "2027-01-13T10:00:00+01:00"
#define BEHEERDER "beheerder@voorbeeld.example"
#define COORDINATOR "coordinator@voorbeeld.example"
#define NAAM "Buurtzorg Herstel"
#define CONVENANT "Convenant 2026 & <bijlage>"

static long long partners_named(struct server *s, const char *naam)
{
	return test_sql_int(s, "SELECT count(*) FROM partner WHERE naam = '%s'", naam);
}

/* Ends every session of the account as if it had been idle for two hours. */
static void expire(struct server *s, const char *email)
{
	test_sql(s, "UPDATE session SET last_seen = last_seen - 7200 WHERE user_id = %lld", test_user_id(s, email));
}

/* The new-partner form posted with csrf (a session's token that may be dead by now). */
static struct response *post_partner(struct client *c, const char *csrf, const char *naam)
{
	const char *fields[] = { "csrf_token", csrf, "naam", naam, "soort", "zorg", "convenant", CONVENANT, NULL };
	return client_post_form(c, "/beheer/partners", fields);
}

/* The answer to a post without a live session: to the login, back to the form's page, nothing in the URL. */
static void assert_to_login(const struct response *r, const char *key)
{
	const char *loc = response_header(r, "Location");

	assert_status(r, 303);
	assert_non_null(loc);
	assert_string_equal(loc, "/login?terug=/beheer/partners/nieuw");
	assert_null(strstr(loc, "Buurtzorg"));
	if (key)
		assert_null(strstr(loc, key));
}

static void test_same_account_gets_input_back_once(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	char *csrf = account_csrf(c, "/beheer/partners/nieuw");
	expire(s, BEHEERDER);

	struct response *r = post_partner(c, csrf, NAAM);
	char *key = client_cookie(c, "leefbaar_herstel");
	assert_non_null(key);
	assert_to_login(r, key);
	response_free(r);
	assert_int_equal(partners_named(s, NAAM), 0);
	/* Kept for the account whose session it was, and only the key's hash. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM herstel WHERE user_id = %lld",
				      test_user_id(s, BEHEERDER)), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM herstel WHERE CAST(sleutel AS TEXT) = '%s'", key), 0);

	/* The login page says the input is kept; the login leads to it, not to the start page. */
	r = client_get(c, "/login?terug=/beheer/partners/nieuw");
	assert_body_contains(r, "Wat u in het formulier invulde is bewaard");
	assert_false(response_contains(r, NAAM));
	response_free(r);

	r = account_login(c, BEHEERDER, DEMO_PASSWORD);
	assert_redirect(r, "/herstel");
	response_free(r);
	r = client_get(c, "/herstel");
	assert_status(r, 200);
	assert_body_contains(r, "Uw sessie was verlopen");
	assert_body_contains(r, NAAM);
	assert_tidy(r);
	char *tok = html_input_value(r->body, "csrf_token");
	assert_non_null(tok);
	/* What the browser sends again: every field as it was, markup kept (escaped). */
	assert_body_contains(r, "<textarea name=\"naam\" hidden>" NAAM "</textarea>");
	assert_body_contains(r, "<textarea name=\"convenant\" hidden>Convenant 2026 &amp; &lt;bijlage&gt;</textarea>");
	assert_body_contains(r, "<form method=\"post\" action=\"/beheer/partners\">");
	response_free(r);

	/* The page is shown once: the key is used up. */
	r = client_get(c, "/herstel");
	assert_status(r, 200);
	assert_body_contains(r, "Geen bewaarde invoer");
	assert_false(response_contains(r, NAAM));
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM herstel"), 0);

	/* Sending it again, as the page's form does (with the page's token), goes in once. */
	const char *fields[] = { "csrf_token", tok, "naam", NAAM, "soort", "zorg", "convenant", CONVENANT, NULL };
	r = client_post_form(c, "/beheer/partners", fields);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(partners_named(s, NAAM), 1);
	r = client_post_form(c, "/beheer/partners", fields);   /* a double click */
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(partners_named(s, NAAM), 1);

	free(tok);
	free(key);
	free(csrf);
	client_free(c);
}

static void test_other_account_gets_nothing(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	char *csrf = account_csrf(c, "/beheer/partners/nieuw");
	expire(s, BEHEERDER);
	struct response *r = post_partner(c, csrf, "Geheim Partnerwerk");
	assert_to_login(r, NULL);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM herstel"), 1);

	/* A colleague logs in in the same browser: the start page, and the input is gone unseen. */
	r = account_login(c, COORDINATOR, DEMO_PASSWORD);
	assert_redirect(r, "/meldingen");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM herstel"), 0);
	r = client_get(c, "/herstel");
	assert_status(r, 200);
	assert_body_contains(r, "Geen bewaarde invoer");
	assert_false(response_contains(r, "Geheim Partnerwerk"));
	response_free(r);

	/* Nor does the owner get it back afterwards: it was removed. */
	expire(s, COORDINATOR);
	r = account_login(c, BEHEERDER, DEMO_PASSWORD);
	assert_redirect(r, "/beheer");
	response_free(r);
	assert_int_equal(partners_named(s, "Geheim Partnerwerk"), 0);
	free(csrf);
	client_free(c);
}

static void test_no_session_and_foreign_origin(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	/* No session cookie at all (the browser was closed): kept, for whoever logs in here first. */
	struct client *c = client_new(s);
	struct response *r = post_partner(c, "verlopen", "Partner Zonder Sessie");
	assert_to_login(r, NULL);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM herstel WHERE user_id IS NULL"), 1);
	r = account_login(c, BEHEERDER, DEMO_PASSWORD);
	assert_redirect(r, "/herstel");
	response_free(r);
	r = client_get(c, "/herstel");
	assert_status(r, 200);
	assert_body_contains(r, "Partner Zonder Sessie");
	response_free(r);
	client_free(c);

	/* Posted from another site: to the login, but nothing kept and no cookie. */
	c = client_new(s);
	client_set_origin(c, "https://aanvaller.example");
	r = post_partner(c, "x", "Untergeschoben");
	assert_to_login(r, NULL);
	response_free(r);
	char *key = client_cookie(c, "leefbaar_herstel");
	assert_null(key);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM herstel"), 0);
	client_free(c);

	/* The API still answers 401 in JSON. */
	c = client_new(s);
	r = client_api(c, "POST", "/api/v1/partners", NULL, "{\"naam\": \"X\", \"soort\": \"zorg\"}", NULL);
	assert_status(r, 401);
	response_free(r);
	client_free(c);
}

static void test_files_are_named_not_kept(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, "sociaal@voorbeeld.example", DEMO_PASSWORD);
	char *csrf = account_csrf(c, "/meldingen/nieuw");
	expire(s, "sociaal@voorbeeld.example");
	static const char jpeg[] = "\xff\xd8\xff\xe0 not really a photo";
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", csrf),
		FORM_FIELD("omschrijving", "Harde muziek tot drie uur,\nderde keer deze week"),
		FORM_FILE("bijlage", jpeg, sizeof(jpeg) - 1, "foto.jpg", "image/jpeg"),
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/meldingen", parts);
	assert_status(r, 303);
	assert_string_equal(response_header(r, "Location"), "/login?terug=/meldingen/nieuw");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT bestanden FROM herstel"), 1);
	assert_int_equal(test_db_int(s, "SELECT multipart FROM herstel"), 1);
	r = account_login(c, "sociaal@voorbeeld.example", DEMO_PASSWORD);
	assert_redirect(r, "/herstel");
	response_free(r);
	r = client_get(c, "/herstel");
	assert_status(r, 200);
	/* Line breaks survive, on the page and in what is sent again. */
	assert_body_contains(r, "<textarea name=\"omschrijving\" hidden>Harde muziek tot drie uur,\nderde keer deze week</textarea>");
	assert_body_contains(r, "<dd class=\"herstel-waarde\">Harde muziek tot drie uur,\nderde keer deze week</dd>");
	assert_body_contains(r, "Bestanden worden niet bewaard");
	assert_body_contains(r, "enctype=\"multipart/form-data\"");
	response_free(r);
	free(csrf);
	client_free(c);
}

/* The link to the warning's stylesheet on a page: its delay in seconds. */
static long long warning_delay(const struct response *r)
{
	const char *p = strstr(r->body, "href=\"/sessie.css?over=");
	assert_non_null(p);
	return atoll(p + strlen("href=\"/sessie.css?over="));
}

static void test_warning_before_idle_end(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long uid = test_user_id(s, BEHEERDER);
	struct response *r = client_get(c, "/beheer");
	assert_status(r, 200);
	/* Idle 30 minutes (the default) after the last request, in Amsterdam time (UTC+1 in January). */
	char *end = test_sql_text(s, "SELECT strftime('%%H:%%M', last_seen + 1800 + 3600, 'unixepoch')"
				  " FROM session WHERE user_id = %lld ORDER BY id DESC LIMIT 1", uid);
	char want[120];
	snprintf(want, sizeof(want), "uw sessie verloopt om %s als u niets doet", end);
	assert_body_contains(r, want);
	assert_body_contains(r, "class=\"sessie-waarschuwing\"");
	/* Shown five minutes before: 25 minutes, or a minute earlier when the page came a second later. */
	long long over = warning_delay(r);
	assert_true(over == 1500 || over == 1440);
	response_free(r);

	char path[64];
	snprintf(path, sizeof(path), "/sessie.css?over=%lld", over);
	r = client_get(c, path);
	assert_status(r, 200);
	char rule[80];
	snprintf(rule, sizeof(rule), ".sessie-waarschuwing{animation-delay:%llds}", over);
	assert_body_contains(r, rule);
	assert_header_contains(r, "Cache-Control", "max-age");
	assert_header_contains(r, "Content-Type", "text/css");
	response_free(r);

	/* The absolute lifetime (12 hours) ends in 200 seconds: that is the time named, shown at once. */
	test_sql(s, "UPDATE session SET created_at = last_seen - 12 * 3600 + 200 WHERE user_id = %lld", uid);
	free(end);
	end = test_sql_text(s, "SELECT strftime('%%H:%%M', created_at + 12 * 3600 + 3600, 'unixepoch')"
			    " FROM session WHERE user_id = %lld ORDER BY id DESC LIMIT 1", uid);
	r = client_get(c, "/beheer");
	snprintf(want, sizeof(want), "uw sessie eindigt om %s", end);
	assert_body_contains(r, want);
	assert_int_equal(warning_delay(r), 0);
	response_free(r);

	/* Nobody logged in: no warning. */
	struct client *anon = client_new(s);
	r = client_get(anon, "/login");
	assert_false(response_contains(r, "sessie-waarschuwing"));
	response_free(r);
	client_free(anon);
	free(end);
	client_free(c);
}

int main(void)
{
	setenv("LEEFBAAR_NOW", PINNED, 1);
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_same_account_gets_input_back_once),
		HARNESS_FRESH_TEST(test_other_account_gets_nothing),
		HARNESS_FRESH_TEST(test_no_session_and_foreign_origin),
		HARNESS_FRESH_TEST(test_files_are_named_not_kept),
		cmocka_unit_test(test_warning_before_idle_end),
	};
	return harness_run_suite("herstel", tests, ARRAY_SIZE(tests), NULL);
}
