/*
 * test_tokens_beheer.c - API tokens in beheer (issue 16, point 10):
 * /beheer/tokens lists every token with its integration's name, account,
 * scope, when made and last used; the beheerder makes one, which is shown
 * exactly once and works as a Bearer token within its scope, and revokes
 * it, which makes it a 401. Both are in the audit trail; only the
 * beheerder gets the page.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BEHEERDER "beheerder@voorbeeld.example"
#define ONDERSTEUNER "ondersteuner@voorbeeld.example"

static struct response *bearer(struct server *s, const char *method, const char *path, const char *token,
			       const char *body)
{
	char header[200];
	struct client *c = client_new(s);

	snprintf(header, sizeof(header), "Authorization: Bearer %s", token);
	const char *headers[] = { header, NULL };
	struct response *r = client_request(c, method, path, body ? "application/json" : NULL, body,
					    body ? strlen(body) : 0, headers);
	client_free(c);
	return r;
}

/* Makes a token through the page; returns the page shown after (caller frees) and the token (*token, caller frees). */
static struct response *make_token(struct server *s, struct client *adm, const char *naam, const char *scope,
				   long long *id, char **token)
{
	char uid[24];
	snprintf(uid, sizeof(uid), "%lld", test_user_id(s, ONDERSTEUNER));
	const char *fields[] = { "naam", naam, "gebruiker", uid, "scope", scope, NULL };
	struct response *r = account_post(adm, "/beheer/tokens", "/beheer/tokens", fields);
	assert_status(r, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_non_null(strstr(loc, "/beheer/tokens?melding=aangemaakt&nieuw="));
	*id = atoll(strstr(loc, "nieuw=") + 6);
	char *path = xstrdup(loc);
	response_free(r);
	r = client_get(adm, path);
	free(path);
	assert_status(r, 200);
	*token = NULL;
	const char *p = strstr(r->body, "<code class=\"token-waarde\">");
	if (p) {
		p += strlen("<code class=\"token-waarde\">");
		*token = xstrndup(p, strcspn(p, "<"));
	}
	return r;
}

static void test_create_shows_once_and_works(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long id;
	char *token;
	struct response *r = make_token(s, adm, "website", "melden", &id, &token);
	assert_non_null(token);
	assert_int_equal(strlen(token), 43);
	assert_body_contains(r, "Het token is aangemaakt.");
	assert_body_contains(r, "website");
	assert_body_contains(r, "Alleen meldingen insturen");
	assert_tidy(r);
	response_free(r);
	/* Stored: its name, scope and hash - never the token. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM api_token WHERE id = %lld AND naam = 'website'"
				      " AND scope = 'melden' AND last_used IS NULL", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM api_token WHERE CAST(token_hash AS TEXT) = '%s'", token), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'token_aangemaakt'"
				      " AND detail LIKE 'token %lld, scope melden, naam website'", id), 1);

	/* Shown once: the same page again does not hold it. */
	char again[80];
	snprintf(again, sizeof(again), "/beheer/tokens?melding=aangemaakt&nieuw=%lld", id);
	r = client_get(adm, again);
	assert_status(r, 200);
	assert_false(response_contains(r, token));
	assert_false(response_contains(r, "token-waarde"));
	response_free(r);

	/* It works as a Bearer token, within its scope: it submits, it does not read. */
	r = bearer(s, "POST", "/api/v1/meldingen", token,
		   "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek\", \"anoniem\": true,"
		   " \"postcode\": \"1011 AA\", \"huisnummer\": 1}");
	assert_status(r, 201);
	response_free(r);
	r = bearer(s, "GET", "/api/v1/meldingen", token, NULL);
	assert_status(r, 403);
	response_free(r);
	/* Its use is recorded. */
	long long used = test_sql_int(s, "SELECT last_used FROM api_token WHERE id = %lld", id);
	assert_true(used > 0);
	r = client_get(adm, "/beheer/tokens");
	assert_false(response_contains(r, ">nooit<"));
	response_free(r);
	free(token);
	client_free(adm);
}

static void test_read_scope_and_last_used(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long id;
	char *token;
	response_free(make_token(s, adm, "BI", "lezen", &id, &token));
	assert_non_null(token);

	struct response *r = bearer(s, "GET", "/api/v1/meldingen", token, NULL);
	assert_status(r, 200);
	response_free(r);
	/* A reading token writes nothing. */
	r = bearer(s, "POST", "/api/v1/meldingen", token,
		   "{\"categorie\": \"geluid\", \"omschrijving\": \"x\", \"anoniem\": true}");
	assert_status(r, 403);
	response_free(r);
	long long first = test_sql_int(s, "SELECT last_used FROM api_token WHERE id = %lld", id);
	assert_true(first > 0);
	/* Once a minute at most: a use within the minute writes nothing; after it, the new moment. */
	test_sql(s, "UPDATE api_token SET last_used = last_used - 30 WHERE id = %lld", id);
	r = bearer(s, "GET", "/api/v1/ik", token, NULL);
	assert_status(r, 200);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT last_used FROM api_token WHERE id = %lld", id), first - 30);
	test_sql(s, "UPDATE api_token SET last_used = last_used - 3600 WHERE id = %lld", id);
	r = bearer(s, "GET", "/api/v1/ik", token, NULL);
	response_free(r);
	assert_true(test_sql_int(s, "SELECT last_used FROM api_token WHERE id = %lld", id) >= first);
	free(token);
	client_free(adm);
}

static void test_revoke_makes_it_401(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long id;
	char *token;
	response_free(make_token(s, adm, "huurdersapp", "alles", &id, &token));
	struct response *r = bearer(s, "GET", "/api/v1/ik", token, NULL);
	assert_status(r, 200);
	response_free(r);

	char path[80];
	snprintf(path, sizeof(path), "/beheer/tokens/%lld/intrekken", id);
	const char *none[] = { NULL };
	r = account_post(adm, "/beheer/tokens", path, none);
	assert_redirect(r, "/beheer/tokens?melding=ingetrokken");
	response_free(r);
	r = bearer(s, "GET", "/api/v1/ik", token, NULL);
	assert_status(r, 401);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'token_ingetrokken'"
				      " AND detail = 'token %lld'", id), 1);
	r = client_get(adm, "/beheer/tokens");
	assert_body_contains(r, "Ingetrokken");
	response_free(r);
	/* A token that does not exist: 404. */
	r = account_post(adm, "/beheer/tokens", "/beheer/tokens/999999/intrekken", none);
	assert_status(r, 404);
	response_free(r);
	free(token);
	client_free(adm);
}

static void test_form_errors_keep_input(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *adm = account_client(s, BEHEERDER, DEMO_PASSWORD);
	long long before = test_db_int(s, "SELECT count(*) FROM api_token");
	const char *fields[] = { "naam", "Rapportage BI", "gebruiker", "", "scope", "lezen", NULL };
	struct response *r = account_post(adm, "/beheer/tokens", "/beheer/tokens", fields);
	assert_status(r, 422);
	assert_body_contains(r, "Kies een actief account uit de lijst.");
	assert_body_contains(r, "value=\"Rapportage BI\"");
	assert_body_contains(r, "value=\"lezen\" checked");
	response_free(r);
	const char *noname[] = { "naam", "", "gebruiker", "1", "scope", "melden", NULL };
	r = account_post(adm, "/beheer/tokens", "/beheer/tokens", noname);
	assert_status(r, 422);
	assert_body_contains(r, "Vul de naam van de koppeling in");
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM api_token"), before);
	client_free(adm);
}

static void test_only_beheerder(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	struct client *c = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	struct response *r = client_get(c, "/beheer/tokens");
	assert_status(r, 403);
	response_free(r);
	char uid[24];
	snprintf(uid, sizeof(uid), "%lld", test_user_id(s, "coordinator@voorbeeld.example"));
	const char *fields[] = { "naam", "eigen", "gebruiker", uid, "scope", "alles", NULL };
	r = account_post(c, NULL, "/beheer/tokens", fields);
	assert_status(r, 403);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM api_token WHERE naam = 'eigen'"), 0);
	client_free(c);

	/* The beheer index links to it. */
	c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	r = client_get(c, "/beheer");
	assert_body_contains(r, "href=\"/beheer/tokens\"");
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_shows_once_and_works),
		cmocka_unit_test(test_read_scope_and_last_used),
		cmocka_unit_test(test_revoke_makes_it_401),
		cmocka_unit_test(test_form_errors_keep_input),
		cmocka_unit_test(test_only_beheerder),
	};
	return harness_run_suite("tokens_beheer", tests, ARRAY_SIZE(tests), NULL);
}
