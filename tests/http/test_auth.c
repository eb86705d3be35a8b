/*
 * test_auth.c - accounts from the outside: logging in as every role, the
 * session cookie and its rotation, logout, identical answers for wrong and
 * unknown addresses, lockout per address and per client, CSRF on forms and
 * JSON, idle and absolute session expiry, API tokens, the role checks on
 * every beheer page, and bad input on the login and user forms.
 *
 * Two servers: the main suite keeps the default limits and stays well
 * under the 20 failed logins per client address (it makes about 15); the
 * second suite exists to cross that line.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define WIJK "WK999901"

static const struct {
	const char *role, *email;
	int staff;
} people[] = {
	{ "wijkbeheerder", "wijkbeheerder@proef.example", 1 },
	{ "sociaal_beheerder", "sociaal@proef.example", 1 },
	{ "leefbaarheidsmedewerker", "leefbaarheid@proef.example", 1 },
	{ "ondersteuner", "ondersteuner@proef.example", 1 },
	{ "coordinator", "coordinator@proef.example", 1 },
	{ "partner", "partner@proef.example", 0 },
	{ "beheerder", "beheerder@proef.example", 0 },
};
#define BEHEERDER "beheerder@proef.example"
#define COORDINATOR "coordinator@proef.example"

/* Every GET page of beheer (ids 1 exist: the first account and partner). */
static const char *const beheer_pages[] = {
	"/beheer", "/beheer/gebruikers", "/beheer/gebruikers/nieuw", "/beheer/gebruikers/1",
	"/beheer/partners", "/beheer/partners/nieuw", "/beheer/partners/1", "/beheer/audit",
};

/* One wijk, one partner organisation and an account for every role, once per server. */
static void ensure_accounts(struct server *s)
{
	if (!server_once(s, "accounts"))
		return;
	assert_int_equal(test_db_exec(s,
		"INSERT INTO area(code, naam, soort) VALUES ('" WIJK "', 'Centrum', 'wijk');"
		"UPDATE area SET wijk_id = id;"
		"INSERT INTO partner(naam, soort, created_at) VALUES ('Wijkteam Proef', 'sociaal_wijkteam', 0);"), 0);
	for (size_t i = 0; i < ARRAY_SIZE(people); i++) {
		const char *area[] = { "--area", WIJK, NULL }, *partner[] = { "--partner", "1", NULL };
		const char *const *extra = !strcmp(people[i].role, "partner") ? partner :
					   !strcmp(people[i].role, "wijkbeheerder") ||
					   !strcmp(people[i].role, "sociaal_beheerder") ||
					   !strcmp(people[i].role, "leefbaarheidsmedewerker") ? area : NULL;
		account_add(s, people[i].email, people[i].role, people[i].role, NULL, extra);
	}
	account_add(s, "slot@proef.example", "Slot Proef", "coordinator", NULL, NULL);
}

/* The value of the session cookie a response sets, or NULL; caller frees. */
static char *set_session_cookie(const struct response *r, int *flags_ok)
{
	for (size_t i = 0;; i++) {
		const char *h = response_header_nth(r, "Set-Cookie", i);
		if (!h)
			return NULL;
		if (strncmp(h, "leefbaar_sessie=", 16))
			continue;
		if (flags_ok)
			*flags_ok = strstr(h, "HttpOnly") && strstr(h, "SameSite=Lax") && strstr(h, "Path=/");
		return xstrndup(h + 16, strcspn(h + 16, ";"));
	}
}

/* GET path with only the given session cookie, on a fresh connection. */
static struct response *get_with_cookie(struct server *s, const char *path, const char *cookie)
{
	struct client *c = client_new(s);
	char header[300];
	snprintf(header, sizeof(header), "Cookie: leefbaar_sessie=%s", cookie);
	const char *headers[] = { header, NULL };
	struct response *r = client_request(c, "GET", path, NULL, NULL, 0, headers);
	client_free(c);
	return r;
}

/* Fails unless the answer is JSON with a non-empty "fout". */
static void assert_json_fout(const struct response *r)
{
	cJSON *j = response_json(r);
	assert_true(json_str(j, "fout")[0]);
	cJSON_Delete(j);
}

/* ---- logging in -------------------------------------------------------- */

static void test_login_every_role(void **state)
{
	struct server *s = *state;

	ensure_accounts(s);
	for (size_t i = 0; i < ARRAY_SIZE(people); i++) {
		struct client *c = client_new(s);
		struct response *r = account_login(c, people[i].email, TEST_PASSWORD);
		int flags = 0;
		char *cookie = set_session_cookie(r, &flags);

		print_message("login %s -> %ld %s\n", people[i].role, r->status, response_header(r, "Location"));
		assert_status(r, 303);
		assert_non_null(cookie);
		assert_true(strlen(cookie) >= 40);
		assert_true(flags);
		/* Everyone lands on a page their role may use; the beheerder in beheer. */
		char *start = xstrdup(response_header(r, "Location"));
		if (!strcmp(people[i].role, "beheerder"))
			assert_string_equal(start, "/beheer");
		response_free(r);
		r = client_get(c, start);
		assert_status(r, 200);
		response_free(r);
		free(start);

		/* The session acts for this account and role. */
		r = client_get(c, "/api/v1/ik");
		assert_status(r, 200);
		cJSON *j = cJSON_Parse(r->body);
		assert_non_null(j);
		assert_string_equal(cJSON_GetObjectItem(j, "email")->valuestring, people[i].email);
		assert_string_equal(cJSON_GetObjectItem(j, "rol")->valuestring, people[i].role);
		cJSON_Delete(j);
		response_free(r);
		free(cookie);
		client_free(c);
	}
}

static void test_cookie_rotates_and_logout_ends_it(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;
	char *first, *second, *tok;

	ensure_accounts(s);
	c = client_new(s);
	r = client_get(c, "/login");
	char *form = html_input_value(r->body, "csrf_token");
	assert_non_null(form);
	response_free(r);
	const char *login[] = { "csrf_token", form, "email", COORDINATOR, "wachtwoord", TEST_PASSWORD, NULL };
	r = client_post_form(c, "/login", login);
	assert_status(r, 303);
	first = set_session_cookie(r, NULL);
	assert_non_null(first);
	response_free(r);

	/* Logging in again in the same browser (a POST carrying the session's
	 * token, as any form of a logged-in page): a new session id, and the old
	 * session ends. */
	tok = account_csrf(c, "/account/wachtwoord");
	const char *again[] = { "csrf_token", tok, "email", COORDINATOR, "wachtwoord", TEST_PASSWORD, NULL };
	r = client_post_form(c, "/login", again);
	assert_status(r, 303);
	second = set_session_cookie(r, NULL);
	free(form);
	free(tok);
	assert_non_null(second);
	assert_string_not_equal(first, second);
	response_free(r);
	r = get_with_cookie(s, "/account/wachtwoord", first);
	assert_redirect(r, "/login");
	response_free(r);
	r = get_with_cookie(s, "/account/wachtwoord", second);
	assert_status(r, 200);
	response_free(r);

	/* Logout ends the session on the server: replaying the cookie gets nowhere. */
	tok = account_csrf(c, "/account/wachtwoord");
	const char *fields[] = { "csrf_token", tok, NULL };
	r = client_post_form(c, "/logout", fields);
	assert_status(r, 303);
	response_free(r);
	r = get_with_cookie(s, "/account/wachtwoord", second);
	assert_redirect(r, "/login");
	response_free(r);
	r = get_with_cookie(s, "/api/v1/ik", second);
	assert_status(r, 401);
	assert_json_fout(r);
	response_free(r);

	free(tok);
	free(first);
	free(second);
	client_free(c);
}

/* The body with every occurrence of the typed address and the form token blanked. */
static char *normalised_body(const struct response *r, const char *email)
{
	struct buf out = BUF_INIT;
	char *tok = html_input_value(r->body, "csrf_token");
	const char *p = r->body;

	assert_non_null(tok);
	while (*p) {
		if (!strncmp(p, email, strlen(email))) {
			buf_addstr(&out, "EMAIL");
			p += strlen(email);
		} else if (!strncmp(p, tok, strlen(tok))) {
			buf_addstr(&out, "TOKEN");
			p += strlen(tok);
		} else {
			buf_addch(&out, *p++);
		}
	}
	free(tok);
	return buf_detach(&out, NULL);
}

static void test_wrong_password_answers_alike(void **state)
{
	struct server *s = *state;
	struct client *a, *b;
	struct response *known, *unknown;

	ensure_accounts(s);
	a = client_new(s);
	b = client_new(s);
	known = account_login(a, "ondersteuner@proef.example", "Niet-het-goede-1");
	unknown = account_login(b, "onbekend7@proef.example", "Niet-het-goede-1");
	assert_status(known, 401);
	assert_status(unknown, 401);
	assert_null(set_session_cookie(known, NULL));
	char *x = normalised_body(known, "ondersteuner@proef.example");
	char *y = normalised_body(unknown, "onbekend7@proef.example");
	assert_string_equal(x, y);
	assert_body_contains(known, "Inloggen is niet gelukt");
	free(x);
	free(y);
	response_free(known);
	response_free(unknown);
	client_free(a);
	client_free(b);
}

static void test_lockout_per_address(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;

	ensure_accounts(s);
	c = client_new(s);
	for (int i = 0; i < 5; i++) {
		r = account_login(c, "slot@proef.example", "Fout-wachtwoord-123");
		assert_status(r, 401);
		response_free(r);
	}
	/* The sixth attempt is refused before the password is looked at, even the right one. */
	r = account_login(c, "slot@proef.example", TEST_PASSWORD);
	assert_status(r, 429);
	assert_body_contains(r, "Te veel mislukte pogingen");
	assert_null(set_session_cookie(r, NULL));
	response_free(r);
	/* Case and spaces do not make a new address. */
	r = account_login(c, "  SLOT@proef.example ", TEST_PASSWORD);
	assert_status(r, 429);
	response_free(r);
	/* An address without an account locks the same way: the lockout tells nothing. */
	for (int i = 0; i < 5; i++) {
		r = account_login(c, "niemand@proef.example", "Fout-wachtwoord-123");
		assert_status(r, 401);
		response_free(r);
	}
	r = account_login(c, "niemand@proef.example", "Fout-wachtwoord-123");
	assert_status(r, 429);
	response_free(r);
	/* Other accounts are not affected. */
	r = account_login(c, COORDINATOR, TEST_PASSWORD);
	assert_status(r, 303);
	response_free(r);
	client_free(c);
}

static void test_lockout_per_client(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;
	char email[64];

	ensure_accounts(s);
	c = client_new(s);
	/* 19 failures, each for another address: still below the limit of 20. */
	for (int i = 0; i < 19; i++) {
		snprintf(email, sizeof(email), "gok%d@proef.example", i);
		r = account_login(c, email, "Fout-wachtwoord-123");
		assert_status(r, 401);
		response_free(r);
	}
	struct client *ok = client_new(s);
	r = account_login(ok, COORDINATOR, TEST_PASSWORD);
	assert_status(r, 303);
	response_free(r);
	client_free(ok);
	r = account_login(c, "gok19@proef.example", "Fout-wachtwoord-123");
	assert_status(r, 401);
	response_free(r);
	/* The twentieth failure from this address closes the door for everyone behind it. */
	struct client *d = client_new(s);
	r = account_login(d, BEHEERDER, TEST_PASSWORD);
	assert_status(r, 429);
	assert_null(set_session_cookie(r, NULL));
	response_free(r);
	client_free(d);
	client_free(c);
}

/* ---- CSRF ------------------------------------------------------------------ */

static long long users(struct server *s)
{
	return test_db_int(s, "SELECT count(*) FROM user");
}

static void test_csrf_refused(void **state)
{
	struct server *s = *state;
	struct client *a, *b;
	struct response *r;
	char *tok_a, *tok_b;

	ensure_accounts(s);
	a = client_new(s);
	b = client_new(s);
	account_login_ok(a, BEHEERDER, TEST_PASSWORD);
	account_login_ok(b, COORDINATOR, TEST_PASSWORD);
	tok_a = account_csrf(a, "/beheer/gebruikers/nieuw");
	tok_b = account_csrf(b, "/account/wachtwoord");
	assert_string_not_equal(tok_a, tok_b);

	/* Without a token, with a wrong one, with another session's: 403, nothing changed. */
	const char *bad[] = { NULL, "0000000000000000000000000000000000000000000000000000000000000000", tok_b };
	long long before = users(s);
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		const char *logout[] = { "csrf_token", bad[i], NULL };
		const char *create[] = { "csrf_token", bad[i], "naam", "Csrf Proef", "email", "csrf@proef.example",
					 "rol", "coordinator", "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
		r = client_post_form(a, "/logout", bad[i] ? logout : logout + 2);
		assert_status(r, 403);
		assert_body_contains(r, "Er is niets gewijzigd");
		response_free(r);
		r = client_post_form(a, "/beheer/gebruikers", bad[i] ? create : create + 2);
		assert_status(r, 403);
		response_free(r);
	}
	assert_int_equal(users(s), before);
	r = client_get(a, "/beheer");
	assert_status(r, 200);          /* still logged in: the logouts did nothing */
	response_free(r);

	/* JSON with a session cookie needs X-CSRF-Token, whatever the content type says. */
	long long partners = test_db_int(s, "SELECT count(*) FROM partner");
	static const char body[] = "{\"naam\": \"Csrf Partner\", \"soort\": \"ggz\"}";
	static const char form[] = "naam=Csrf+Partner&soort=ggz";
	const char *types[] = { "application/json", "text/plain", "application/x-www-form-urlencoded" };
	for (size_t i = 0; i < ARRAY_SIZE(types); i++) {
		const char *b = i == 2 ? form : body;
		r = client_post_raw(a, "/api/v1/partners", types[i], b, strlen(b), NULL);
		print_message("POST /api/v1/partners as %s without token -> %ld\n", types[i], r->status);
		assert_status(r, 403);
		assert_json_fout(r);
		response_free(r);
	}
	char header[120];
	snprintf(header, sizeof(header), "X-CSRF-Token: %s", tok_b);
	const char *other[] = { header, NULL };
	r = client_post_raw(a, "/api/v1/partners", "application/json", body, strlen(body), other);
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner"), partners);

	/* The control: with its own token the same call works. */
	snprintf(header, sizeof(header), "X-CSRF-Token: %s", tok_a);
	const char *own[] = { header, NULL };
	r = client_post_raw(a, "/api/v1/partners", "application/json", body, strlen(body), own);
	assert_status(r, 201);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM partner"), partners + 1);

	free(tok_a);
	free(tok_b);
	client_free(a);
	client_free(b);
}

/* ---- session lifetimes ----------------------------------------------------- */

static void test_session_expiry(void **state)
{
	struct server *s = *state;
	struct client *c;
	struct response *r;
	char sql[200];

	ensure_accounts(s);
	long long uid = test_db_int(s, "SELECT id FROM user WHERE email = 'leefbaarheid@proef.example'");
	assert_true(uid > 0);

	/* Idle: last seen two hours ago, with an idle limit of 30 minutes. */
	c = account_client(s, "leefbaarheid@proef.example", TEST_PASSWORD);
	r = client_get(c, "/account/wachtwoord");
	assert_status(r, 200);
	response_free(r);
	snprintf(sql, sizeof(sql), "UPDATE session SET last_seen = last_seen - 7200 WHERE user_id = %lld", uid);
	assert_int_equal(test_db_exec(s, sql), 0);
	r = client_get(c, "/account/wachtwoord");
	assert_redirect(r, "/login");
	response_free(r);
	client_free(c);

	/* Absolute: begun 13 hours ago (limit 12), though active a minute ago. */
	c = account_client(s, "leefbaarheid@proef.example", TEST_PASSWORD);
	snprintf(sql, sizeof(sql),
		 "UPDATE session SET created_at = created_at - 13 * 3600, last_seen = last_seen - 60 WHERE user_id = %lld", uid);
	assert_int_equal(test_db_exec(s, sql), 0);
	r = client_get(c, "/account/wachtwoord");
	assert_redirect(r, "/login");
	response_free(r);
	/* An expired session does not let a form through either: it leads to the login (issue 16). */
	const char *fields[] = { "csrf_token", "x", NULL };
	r = client_post_form(c, "/logout", fields);
	assert_redirect(r, "/login");
	response_free(r);
	client_free(c);
}

/* ---- API tokens ----------------------------------------------------------- */

static struct response *get_bearer(struct server *s, const char *path, const char *token)
{
	struct client *c = client_new(s);
	struct response *r = client_api(c, "GET", path, token, NULL, NULL);
	client_free(c);
	return r;
}

static void test_api_token(void **state)
{
	struct server *s = *state;
	struct response *r;
	char *tok;

	ensure_accounts(s);
	tok = account_token(s, "sociaal@proef.example");
	r = get_bearer(s, "/api/v1/ik", tok);
	assert_status(r, 200);
	cJSON_Delete(response_json(r));
	cJSON *j = cJSON_Parse(r->body);
	assert_string_equal(cJSON_GetObjectItem(j, "email")->valuestring, "sociaal@proef.example");
	assert_string_equal(cJSON_GetObjectItem(j, "rol")->valuestring, "sociaal_beheerder");
	assert_string_equal(cJSON_GetObjectItem(j, "via")->valuestring, "token");
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(j, "partner")));
	const cJSON *g = cJSON_GetObjectItem(j, "gebieden");
	assert_int_equal(cJSON_GetArraySize(g), 1);
	assert_string_equal(cJSON_GetArrayItem(g, 0)->valuestring, WIJK);
	assert_true(cJSON_IsNumber(cJSON_GetObjectItem(j, "id")));
	assert_true(cJSON_IsString(cJSON_GetObjectItem(j, "naam")));
	cJSON_Delete(j);
	response_free(r);

	/* A Bearer call carries no ambient authority: no CSRF token needed (beheerder). */
	char *admin = account_token(s, BEHEERDER);
	struct client *c = client_new(s);
	char header[200];
	snprintf(header, sizeof(header), "Authorization: Bearer %s", admin);
	const char *headers[] = { header, NULL };
	static const char body[] = "{\"naam\": \"Token Partner\", \"soort\": \"politie\"}";
	r = client_post_raw(c, "/api/v1/partners", "application/json", body, strlen(body), headers);
	assert_status(r, 201);
	response_free(r);
	client_free(c);

	/* Revoked (as the beheerder would): 401 from then on. */
	assert_int_equal(test_db_exec(s, "UPDATE api_token SET revoked_at = 1 WHERE user_id = "
				      "(SELECT id FROM user WHERE email = 'sociaal@proef.example')"), 0);
	r = get_bearer(s, "/api/v1/ik", tok);
	assert_status(r, 401);
	assert_json_fout(r);
	response_free(r);

	/* A made-up token, an absurd one, and none at all. */
	r = get_bearer(s, "/api/v1/ik", "dit-is-geen-token-dit-is-geen-token-1234567");
	assert_status(r, 401);
	assert_json_fout(r);
	response_free(r);
	char big[400];
	memset(big, 'A', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	r = get_bearer(s, "/api/v1/ik", big);
	assert_status(r, 401);
	response_free(r);
	c = client_new(s);
	r = client_get(c, "/api/v1/ik");
	assert_status(r, 401);
	assert_json_fout(r);
	assert_security_headers(r);
	response_free(r);
	client_free(c);
	free(tok);
	free(admin);
}

/* ---- a new password: old tokens and sessions go ----------------------------- */

/* GET /api/v1/ik on c (its cookie session) or, with token, as a bearer; the status. */
static long ik_status(struct server *s, struct client *c, const char *token)
{
	struct response *r = token ? get_bearer(s, "/api/v1/ik", token) : client_get(c, "/api/v1/ik");
	long st = r->status;
	response_free(r);
	return st;
}

static long long live_tokens(struct server *s, const char *email)
{
	return test_sql_int(s, "SELECT count(*) FROM api_token t JOIN user u ON u.id = t.user_id"
			    " WHERE u.email = '%s' AND t.revoked_at IS NULL", email);
}

/*
 * Changing one's own password ends the other sessions and revokes every API
 * token of the user; the browser that changed it gets a new session.
 */
static void test_password_change_revokes_tokens(void **state)
{
	struct server *s = *state;
	const char *email = "wissel@proef.example";

	account_add(s, email, "Wessel Wissel", "coordinator", NULL, NULL);
	char *tok = account_token(s, email);
	struct client *a = account_client(s, email, TEST_PASSWORD), *b = account_client(s, email, TEST_PASSWORD);
	assert_int_equal(ik_status(s, NULL, tok), 200);
	assert_int_equal(ik_status(s, b, NULL), 200);
	assert_int_equal(live_tokens(s, email), 1);

	const char *change[] = { "huidig", TEST_PASSWORD, "nieuw", "Heel-ander-wachtwoord-31",
				 "herhaal", "Heel-ander-wachtwoord-31", NULL };
	struct response *r = account_post(a, "/account/wachtwoord", "/account/wachtwoord", change);
	assert_status(r, 303);
	response_free(r);

	assert_int_equal(ik_status(s, NULL, tok), 401);
	assert_int_equal(live_tokens(s, email), 0);
	assert_int_equal(ik_status(s, b, NULL), 401);
	assert_int_equal(ik_status(s, a, NULL), 200);   /* renewed, not ended */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM session WHERE user_id ="
				      " (SELECT id FROM user WHERE email = '%s')", email), 1);
	client_free(a);
	client_free(b);
	free(tok);
}

/*
 * A beheerder's reset revokes the tokens too, and until the user has chosen
 * a new password no token is issued and none works: the must-change gate
 * holds for the API as it does for pages.
 */
static void test_reset_revokes_and_gates_tokens(void **state)
{
	struct server *s = *state;
	const char *email = "herstel@proef.example";
	const char *token_argv[] = { "token", "--email", email, NULL };
	struct cli_result res = CLI_RESULT_INIT;
	char path[80];

	ensure_accounts(s);
	account_add(s, email, "Henk Herstel", "coordinator", NULL, NULL);
	char *tok = account_token(s, email);
	assert_int_equal(ik_status(s, NULL, tok), 200);

	struct client *adm = account_client(s, BEHEERDER, TEST_PASSWORD);
	snprintf(path, sizeof(path), "/beheer/gebruikers/%lld", test_user_id(s, email));
	char *pw = xstrdup(path);
	snprintf(path, sizeof(path), "%s/wachtwoord", pw);
	const char *reset[] = { "wachtwoord", "Tijdelijk-herstel-wachtwoord-4", NULL };
	struct response *r = account_post(adm, pw, path, reset);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ik_status(s, NULL, tok), 401);
	assert_int_equal(live_tokens(s, email), 0);

	/* No new token while the temporary password stands. */
	long long before = test_sql_int(s, "SELECT count(*) FROM api_token");
	assert_int_not_equal(harness_run_cli(s, token_argv, NULL, &res), 0);
	assert_non_null(strstr(res.err.buf, "new password"));
	assert_int_equal(res.out.len, 0);
	cli_result_release(&res);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM api_token"), before);

	/* A token that exists while the user must change (made before the flag was set) gets nothing done. */
	test_sql(s, "UPDATE user SET must_change_password = 0 WHERE email = '%s'", email);
	char *tok2 = account_token(s, email);
	assert_int_equal(ik_status(s, NULL, tok2), 200);
	test_sql(s, "UPDATE user SET must_change_password = 1 WHERE email = '%s'", email);
	assert_int_equal(ik_status(s, NULL, tok2), 401);

	/* Once a password of their own is chosen, tokens are issued again. */
	struct client *u = client_new(s);
	r = account_login(u, email, "Tijdelijk-herstel-wachtwoord-4");
	assert_redirect(r, "/account/wachtwoord");
	response_free(r);
	const char *change[] = { "huidig", "Tijdelijk-herstel-wachtwoord-4", "nieuw", "Eigen-herstel-wachtwoord-5",
				 "herhaal", "Eigen-herstel-wachtwoord-5", NULL };
	r = account_post(u, "/account/wachtwoord", "/account/wachtwoord", change);
	assert_status(r, 303);
	response_free(r);
	char *tok3 = account_token(s, email);
	assert_int_equal(ik_status(s, NULL, tok3), 200);
	assert_int_equal(ik_status(s, NULL, tok2), 401);   /* revoked with the change */

	client_free(u);
	client_free(adm);
	free(pw);
	free(tok);
	free(tok2);
	free(tok3);
}

/* ---- roles ----------------------------------------------------------------- */

static void test_beheer_only_for_beheerder(void **state)
{
	struct server *s = *state;
	struct response *r;

	ensure_accounts(s);
	/* Nobody logged in: to the login page, which brings you back. */
	struct client *anon = client_new(s);
	for (size_t p = 0; p < ARRAY_SIZE(beheer_pages); p++) {
		r = client_get(anon, beheer_pages[p]);
		assert_redirect(r, "/login");
		assert_non_null(strstr(response_header(r, "Location"), "terug="));
		response_free(r);
	}
	r = client_get(anon, "/api/v1/partners");
	assert_status(r, 401);
	assert_json_fout(r);
	response_free(r);
	client_free(anon);

	for (size_t i = 0; i < ARRAY_SIZE(people); i++) {
		struct client *c = client_new(s);
		int admin = !strcmp(people[i].role, "beheerder");
		account_login_ok(c, people[i].email, TEST_PASSWORD);
		for (size_t p = 0; p < ARRAY_SIZE(beheer_pages); p++) {
			r = client_get(c, beheer_pages[p]);
			if (r->status != (admin ? 200 : 403))
				print_error("%s GET %s -> %ld\n", people[i].role, beheer_pages[p], r->status);
			assert_status(r, admin ? 200 : 403);
			if (!admin)
				assert_body_contains(r, "Geen toegang");
			response_free(r);
		}
		/* A form POST with a valid token is refused just the same, and changes nothing. */
		if (!admin) {
			char *tok = account_csrf(c, "/account/wachtwoord");
			long long before = users(s);
			const char *create[] = { "csrf_token", tok, "naam", "Mag Niet", "email", "magniet@proef.example",
						 "rol", "beheerder", "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
			r = client_post_form(c, "/beheer/gebruikers", create);
			assert_status(r, 403);
			response_free(r);
			const char *reset[] = { "csrf_token", tok, "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
			r = client_post_form(c, "/beheer/gebruikers/1/wachtwoord", reset);
			assert_status(r, 403);
			response_free(r);
			assert_int_equal(users(s), before);
			free(tok);
		}
		/* The partner list: staff and beheerder yes, a partner no. */
		r = client_get(c, "/api/v1/partners");
		assert_status(r, people[i].staff || admin ? 200 : 403);
		cJSON_Delete(response_json(r));
		response_free(r);
		/* The navigation offers Beheer to the beheerder only. */
		r = client_get(c, "/account/wachtwoord");
		assert_true(!!mem_find(r->body, r->len, "href=\"/beheer\"", 0) == admin);
		response_free(r);
		client_free(c);
	}
	/* Denials are in the audit trail. */
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd'") >= 6);
}

/* ---- bad input -------------------------------------------------------------- */

static void test_bad_login_input(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r;
	struct buf big = BUF_INIT;

	ensure_accounts(s);
	while (big.len < 10 * 1024)
		buf_addstr(&big, "aaaaaaaaaa");
	buf_addstr(&big, "@proef.example");

	static const struct {
		const char *email, *password, *want;
		long status;
	} cases[] = {
		{ "", "", "Vul uw e-mailadres in.", 422 },
		{ "coordinator@proef.example", "", "Vul uw wachtwoord in.", 422 },
		{ NULL, "iets", "Dit e-mailadres is te lang.", 422 },     /* 10 kB address */
		{ "jöran.ü@proef.example", "Ünïcødé-wachtwoord-1", "Inloggen is niet gelukt", 401 },
		{ "' OR 1=1 --", "' OR 1=1 --", "Inloggen is niet gelukt", 401 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		r = account_login(c, cases[i].email ? cases[i].email : big.buf, cases[i].password);
		assert_status(r, cases[i].status);
		assert_body_contains(r, cases[i].want);
		assert_null(set_session_cookie(r, NULL));
		response_free(r);
	}
	/* No fields at all but the token. */
	char *tok = account_csrf(c, "/login");
	const char *only[] = { "csrf_token", tok, NULL };
	r = client_post_form(c, "/login", only);
	assert_status(r, 422);
	assert_body_contains(r, "Vul uw e-mailadres in.");
	assert_body_contains(r, "Vul uw wachtwoord in.");
	response_free(r);
	free(tok);
	buf_release(&big);
	client_free(c);
}

/* POSTs the new-user form with the given fields (csrf added); returns the response. */
static struct response *post_new_user(struct client *c, const char *const fields[])
{
	return account_post(c, "/beheer/gebruikers/nieuw", "/beheer/gebruikers", fields);
}

static void test_bad_user_form_input(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r;
	struct buf big = BUF_INIT;

	ensure_accounts(s);
	account_login_ok(c, BEHEERDER, TEST_PASSWORD);
	while (big.len < 10 * 1024)
		buf_addstr(&big, "bbbbbbbbbb");
	buf_addstr(&big, "@proef.example");
	long long before = users(s);

	/* Nothing filled in: a message for every required field. */
	const char *none[] = { NULL };
	r = post_new_user(c, none);
	assert_status(r, 422);
	assert_body_contains(r, "Vul de naam in.");
	assert_body_contains(r, "Vul het e-mailadres in.");
	assert_body_contains(r, "Kies een rol.");
	assert_body_contains(r, "Kies een tijdelijk wachtwoord.");
	assert_body_contains(r, "aria-invalid=\"true\"");
	response_free(r);

	/* A 10 kB address. */
	const char *huge[] = { "naam", "Lange Proef", "email", big.buf, "rol", "coordinator",
			       "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, huge);
	assert_status(r, 422);
	assert_body_contains(r, "Dit e-mailadres is te lang");
	assert_body_contains(r, "value=\"Lange Proef\"");     /* the rest is kept */
	response_free(r);

	/* SQL-looking text where an address belongs; unicode kept as typed. */
	const char *sql[] = { "naam", "Zoë Ångström 🏠", "email", "' OR 1=1 --", "rol", "coordinator",
			      "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, sql);
	assert_status(r, 422);
	assert_body_contains(r, "Vul een geldig e-mailadres in");
	assert_body_contains(r, "value=\"Zoë Ångström 🏠\"");
	response_free(r);

	/* Bytes that are not UTF-8, a line break in a name, an unknown role. */
	const char *bytes[] = { "naam", "Bad\xff\xfe", "email", "bytes@proef.example", "rol", "superuser",
				"wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, bytes);
	assert_status(r, 422);
	assert_body_contains(r, "De naam bevat tekens die wij niet kunnen lezen");
	assert_body_contains(r, "Kies een rol.");
	response_free(r);
	const char *lines[] = { "naam", "Twee\nregels", "email", "lines@proef.example", "rol", "coordinator",
				"wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, lines);
	assert_status(r, 422);
	assert_body_contains(r, "mag maar één regel zijn");
	response_free(r);

	/* Role and organisation must fit; weak passwords are refused. */
	const char *partner_without_org[] = { "naam", "P Proef", "email", "p@proef.example", "rol", "partner",
					      "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, partner_without_org);
	assert_status(r, 422);
	assert_body_contains(r, "Kies de organisatie waarvoor deze partner werkt.");
	response_free(r);
	const char *org_without_partner[] = { "naam", "C Proef", "email", "c@proef.example", "rol", "coordinator",
					      "partner", "1", "wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, org_without_partner);
	assert_status(r, 422);
	assert_body_contains(r, "Een organisatie hoort alleen bij de rol Partner");
	response_free(r);
	const char *weak[] = { "naam", "W Proef", "email", "w@proef.example", "rol", "coordinator",
			       "wachtwoord", "w@proef.example", NULL };
	r = post_new_user(c, weak);
	assert_status(r, 422);
	response_free(r);
	const char *taken[] = { "naam", "Dubbel", "email", "COORDINATOR@proef.example", "rol", "coordinator",
				"wachtwoord", "Lang-genoeg-wachtwoord-1", NULL };
	r = post_new_user(c, taken);
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een account met dit e-mailadres.");
	response_free(r);

	assert_int_equal(users(s), before);
	buf_release(&big);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_every_role),
		cmocka_unit_test(test_cookie_rotates_and_logout_ends_it),
		cmocka_unit_test(test_wrong_password_answers_alike),
		cmocka_unit_test(test_lockout_per_address),
		cmocka_unit_test(test_csrf_refused),
		cmocka_unit_test(test_session_expiry),
		cmocka_unit_test(test_api_token),
		cmocka_unit_test(test_password_change_revokes_tokens),
		cmocka_unit_test(test_reset_revokes_and_gates_tokens),
		cmocka_unit_test(test_beheer_only_for_beheerder),
		cmocka_unit_test(test_bad_login_input),
		cmocka_unit_test(test_bad_user_form_input),
	};
	const struct CMUnitTest per_client[] = {
		cmocka_unit_test(test_lockout_per_client),
	};
	int failed = harness_run_suite("auth", tests, ARRAY_SIZE(tests), NULL);
	failed += harness_run_suite("auth-lockout-per-client", per_client, ARRAY_SIZE(per_client), NULL);
	return failed;
}
