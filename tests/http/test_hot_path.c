/*
 * test_hot_path.c - what the list page may and may not keep between
 * requests (issue 14, throughput):
 *
 *   - a logged-in page keeps the connection alive: request after request
 *     on one connection, no "Connection: close";
 *   - nothing about the session is kept on a connection: a browser whose
 *     session ends (logout elsewhere, the account deactivated, the
 *     session row gone) is sent to /login on its very next request over
 *     the same warm connection;
 *   - the main navigation worked out once per role at startup shows each
 *     role the pages it may open, and nothing else;
 *   - the filter form's lists, kept per thread, show a new colleague, a
 *     renamed category and a new wijk on the very next page.
 */
#include "accounts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COORDINATOR "coordinator@voorbeeld.example"

/*
 * GET path over c's connection with only this session cookie (not the
 * list's breadcrumb cookie the last answer may have set).
 */
static struct response *get_as(struct client *c, const char *path, const char *cookie)
{
	char header[300];
	client_forget_cookies(c);
	snprintf(header, sizeof(header), "Cookie: leefbaar_sessie=%s", cookie);
	const char *headers[] = { header, NULL };
	return client_request(c, "GET", path, NULL, NULL, 0, headers);
}

/* Fails unless r reused the connection and did not ask to close it. */
static void assert_reused(const struct response *r, int first)
{
	const char *conn = response_header(r, "Connection");

	if (r->num_connects != (first ? 1 : 0) || (conn && !strcasecmp(conn, "close"))) {
		print_error("%ld new connections, Connection: %s\n", r->num_connects, conn ? conn : "-");
		fail();
	}
}

static void test_list_keeps_alive(void **state)
{
	struct server *s = *state;
	struct client *c;

	seed_organisation(s);
	c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	char *cookie = client_cookie(c, "leefbaar_sessie");
	struct client *b = client_new(s);
	for (int i = 0; i < 4; i++) {
		struct response *r = get_as(b, i % 2 ? "/meldingen" : "/meldingen?pagina=2", cookie);
		assert_status(r, 200);
		assert_reused(r, i == 0);
		response_free(r);
	}
	free(cookie);
	client_free(b);
	client_free(c);
}

/*
 * A second browser b holds a's session cookie on a warm connection; after
 * each way a session ends, b's next request on that connection is a
 * stranger's.
 */
static void test_ended_session_stops_at_once(void **state)
{
	struct server *s = *state;
	static const char *const ends[] = { "logout", "deactivated", "row deleted" };

	seed_organisation(s);
	for (size_t e = 0; e < sizeof(ends) / sizeof(ends[0]); e++) {
		struct client *a = account_client(s, COORDINATOR, DEMO_PASSWORD);
		struct client *b = client_new(s);
		char *cookie = client_cookie(a, "leefbaar_sessie");
		struct response *r = get_as(b, "/meldingen", cookie);

		assert_status(r, 200);
		assert_reused(r, 1);
		response_free(r);
		if (e == 0) {
			char *tok = account_csrf(a, NULL);
			const char *fields[] = { "csrf_token", tok, NULL };
			r = client_post_form(a, "/logout", fields);
			assert_status(r, 303);
			response_free(r);
			free(tok);
		} else if (e == 1) {
			assert_int_equal(test_db_exec(s, "UPDATE user SET active = 0 WHERE email = '" COORDINATOR "'"), 0);
		} else {
			assert_int_equal(test_db_exec(s, "DELETE FROM session"), 0);
		}
		r = get_as(b, "/meldingen", cookie);
		print_message("%s: %ld\n", ends[e], r->status);
		assert_redirect(r, "/login");
		assert_reused(r, 0);
		response_free(r);
		if (e == 1)
			assert_int_equal(test_db_exec(s, "UPDATE user SET active = 1 WHERE email = '" COORDINATOR "'"), 0);
		free(cookie);
		client_free(b);
		client_free(a);
	}
}

/* The hrefs in the main navigation of html, as "|/a|/b|". */
static void nav_hrefs(const char *html, char *out, size_t n)
{
	const char *p = strstr(html, "<ul class=\"site-nav-list\">");
	const char *end = p ? strstr(p, "</ul>") : NULL;
	size_t len = 0;

	out[0] = '\0';
	while (p && end && (p = strstr(p, "href=\"")) && p < end) {
		p += 6;
		size_t l = strcspn(p, "\"");
		len += (size_t)snprintf(out + len, n - len, "|%.*s", (int)l, p);
	}
	snprintf(out + len, n - len, "|");
}

static void test_nav_per_role(void **state)
{
	struct server *s = *state;
	static const struct {
		const char *email, *path, *want;
	} cases[] = {
		{ COORDINATOR, "/meldingen", "|/meldingen|/dossiers|/doorverwijzingen|/dashboard|/wijken|/privacyverzoeken|" },
		{ "wijkbeheer@voorbeeld.example", "/meldingen", "|/meldingen|/dossiers|/dashboard|/wijken|" },
		{ "beheerder@voorbeeld.example", "/beheer", "|/beheer|" },
		{ "wijkteam@voorbeeld.example", "/doorverwijzingen", "|/doorverwijzingen|" },
	};
	char got[256];

	seed_organisation(s);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct client *c = account_client(s, cases[i].email, DEMO_PASSWORD);
		struct response *r = client_get(c, cases[i].path);
		assert_status(r, 200);
		nav_hrefs(r->body, got, sizeof(got));
		if (strcmp(got, cases[i].want)) {
			print_error("%s: nav %s, want %s\n", cases[i].email, got, cases[i].want);
			fail();
		}
		response_free(r);
		client_free(c);
	}
}

/* Over one warm connection (one server thread, its lists kept): every change shows on the next page. */
static void test_filter_lists_follow_changes(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	for (int i = 0; i < 3; i++) {
		struct response *r = client_get(c, "/meldingen");
		assert_status(r, 200);
		assert_false(response_contains(r, "Fenna Filtertest"));
		assert_false(response_contains(r, "Burengerucht (hernoemd)"));
		assert_false(response_contains(r, "Wijk Filtertest"));
		response_free(r);
	}

	/* A colleague added by the command line, in another process. */
	account_add(s, "fenna@voorbeeld.example", "Fenna Filtertest", "wijkbeheerder", DEMO_PASSWORD, NULL);
	struct response *r = client_get(c, "/meldingen");
	assert_status(r, 200);
	assert_true(response_contains(r, "Fenna Filtertest"));
	response_free(r);

	/* A category renamed and a wijk added, straight in the database. */
	test_sql(s, "UPDATE category SET naam = 'Burengerucht (hernoemd)' WHERE code = 'geluid'");
	test_sql(s, "INSERT INTO area(soort, code, naam) VALUES ('wijk', 'WK999977', 'Wijk Filtertest')");
	r = client_get(c, "/meldingen");
	assert_status(r, 200);
	assert_true(response_contains(r, "Burengerucht (hernoemd)"));
	assert_true(response_contains(r, "Wijk Filtertest"));
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_keeps_alive),
		cmocka_unit_test(test_ended_session_stops_at_once),
		cmocka_unit_test(test_nav_per_role),
		cmocka_unit_test(test_filter_lists_follow_changes),
	};
	return harness_run_suite("hot_path", tests, ARRAY_SIZE(tests), NULL);
}
