/*
 * test_once.c - nothing twice (http/once.h): a form sent twice - a double
 * click, at the same moment, or the back button and send again - changes
 * things once and both answers lead to the same result; a form refused
 * for its input can be corrected and sent; an API call repeated with the
 * same Idempotency-Key, also at the same moment, makes one melding and
 * answers the same twice; a key is never shared between callers.
 */
#include "accounts.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COORDINATOR "coordinator@voorbeeld.example"

static struct server *srv;

/* A melding to write notes on; its id. */
static long long a_melding(struct server *s)
{
	struct client *c = client_new(s);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek in de nacht.\","
				" \"postcode\": \"2011 AA\", \"huisnummer\": \"1\", \"anoniem\": true}");
	long long id = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", ref);
	free(ref);
	client_free(c);
	return id;
}

static long long notes(struct server *s, long long id, const char *text)
{
	return test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'notitie'"
			    " AND tekst = '%s'", id, text);
}

/* One browser's request, sent from a thread of its own: its session cookie, its form body. */
struct send {
	pthread_t t;
	const char *path, *cookie, *body, *content_type;
	const char *const *headers;
	long status;
	char location[200];
	char *body_out;
};

static void *send_it(void *p)
{
	struct send *x = p;
	struct client *c = client_new(srv);
	char cookie[300];
	const char *h[4] = { cookie, NULL, NULL, NULL };

	snprintf(cookie, sizeof(cookie), "Cookie: %s", x->cookie ? x->cookie : "x=y");
	for (int i = 0; x->headers && x->headers[i] && i < 2; i++)
		h[1 + i] = x->headers[i];
	struct response *r = client_post_raw(c, x->path, x->content_type, x->body, strlen(x->body), h);
	x->status = r->status;
	const char *loc = response_header(r, "Location");
	snprintf(x->location, sizeof(x->location), "%s", loc ? loc : "");
	x->body_out = r->body ? strdup(r->body) : NULL;
	response_free(r);
	client_free(c);
	return NULL;
}

/* Sends the same request from n threads at once and waits for all. */
static void at_once(struct send *x, int n)
{
	for (int i = 0; i < n; i++)
		assert_int_equal(pthread_create(&x[i].t, NULL, send_it, &x[i]), 0);
	for (int i = 0; i < n; i++)
		pthread_join(x[i].t, NULL);
}

static char *session_cookie(struct client *c)
{
	char *v = client_cookie(c, "leefbaar_sessie");
	assert_non_null(v);
	char *out = malloc(strlen(v) + 32);
	sprintf(out, "leefbaar_sessie=%s", v);
	free(v);
	return out;
}

static void test_double_click_runs_once(void **state)
{
	struct server *s = srv = *state;
	seed_organisation(s);
	long long id = a_melding(s);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	char page[64], path[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/notitie", id);
	char *csrf = account_csrf(c, page);
	assert_non_null(strchr(csrf, '~'));   /* the page's nonce rides with the token */
	char *cookie = session_cookie(c);
	struct buf body = BUF_INIT;
	form_encode(&body, (const char *const[]){ "csrf_token", csrf, "tekst", "Dubbel geklikt", NULL });

	struct send x[2];
	for (int i = 0; i < 2; i++)
		x[i] = (struct send){ .path = path, .cookie = cookie, .body = body.buf,
				      .content_type = "application/x-www-form-urlencoded" };
	at_once(x, 2);
	assert_int_equal(x[0].status, 303);
	assert_int_equal(x[1].status, 303);
	assert_string_equal(x[0].location, x[1].location);
	assert_int_equal(notes(s, id, "Dubbel geklikt"), 1);

	/* Back and send again, later: the same answer, still one note. */
	struct send again = { .path = path, .cookie = cookie, .body = body.buf,
			      .content_type = "application/x-www-form-urlencoded" };
	send_it(&again);
	assert_int_equal(again.status, 303);
	assert_string_equal(again.location, x[0].location);
	assert_int_equal(notes(s, id, "Dubbel geklikt"), 1);

	/* The same page's form with other words is another request: it runs. */
	buf_reset(&body);
	form_encode(&body, (const char *const[]){ "csrf_token", csrf, "tekst", "Nog een notitie", NULL });
	struct send other = { .path = path, .cookie = cookie, .body = body.buf,
			      .content_type = "application/x-www-form-urlencoded" };
	send_it(&other);
	assert_int_equal(other.status, 303);
	assert_int_equal(notes(s, id, "Nog een notitie"), 1);

	/* A refused form gives its claim up: corrected, the same page's form goes in. */
	struct response *r = account_post(c, page, path, (const char *const[]){ "tekst", "   ", NULL });
	assert_status(r, 422);
	response_free(r);
	buf_reset(&body);
	form_encode(&body, (const char *const[]){ "csrf_token", csrf, "tekst", "   ", NULL });
	struct send empty = { .path = path, .cookie = cookie, .body = body.buf,
			      .content_type = "application/x-www-form-urlencoded" };
	send_it(&empty);
	assert_int_equal(empty.status, 422);
	free(empty.body_out);
	send_it(&empty);
	assert_int_equal(empty.status, 422);   /* not a replay of anything: refused again, on its merits */
	for (int i = 0; i < 2; i++)
		free(x[i].body_out);
	free(again.body_out);
	free(other.body_out);
	free(empty.body_out);
	buf_release(&body);
	free(cookie);
	free(csrf);
	client_free(c);
}

/* Another session never gets someone else's answer: its own token, the same nonce, its own note. */
static void test_no_replay_across_sessions(void **state)
{
	struct server *s = srv = *state;
	long long id = a_melding(s);
	char page[64], path[80];
	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/notitie", id);
	struct client *a = account_client(s, COORDINATOR, DEMO_PASSWORD);
	struct client *b = account_client(s, "ondersteuner@voorbeeld.example", DEMO_PASSWORD);
	char *ta = account_csrf(a, page), *tb = account_csrf(b, page);
	char mixed[300];
	/* b's token with a's nonce. */
	snprintf(mixed, sizeof(mixed), "%.*s%s", (int)strcspn(tb, "~"), tb, strchr(ta, '~'));
	struct response *r = client_post_form(a, path, (const char *const[]){ "csrf_token", ta, "tekst", "Zelfde tekst", NULL });
	assert_status(r, 303);
	response_free(r);
	r = client_post_form(b, path, (const char *const[]){ "csrf_token", mixed, "tekst", "Zelfde tekst", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(notes(s, id, "Zelfde tekst"), 2);
	free(ta);
	free(tb);
	client_free(a);
	client_free(b);
}

static void test_api_idempotency_key(void **state)
{
	struct server *s = srv = *state;
	char *token = account_token(s, COORDINATOR);
	char auth[200];
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	static const char BODY[] = "{\"categorie\": \"stank\", \"omschrijving\": \"Eenmaal ingestuurd.\", \"plaats\": \"Hal\","
				   " \"anoniem\": true}";
	const char *const headers[] = { auth, "Idempotency-Key: bi-export-42", NULL };

	struct send x[2];
	for (int i = 0; i < 2; i++)
		x[i] = (struct send){ .path = "/api/v1/meldingen", .body = BODY, .content_type = "application/json",
				      .headers = headers };
	at_once(x, 2);
	assert_int_equal(x[0].status, 201);
	assert_int_equal(x[1].status, 201);
	assert_non_null(x[0].body_out);
	assert_non_null(x[1].body_out);
	assert_string_equal(x[0].body_out, x[1].body_out);   /* the same melding, the same answer */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE omschrijving = 'Eenmaal ingestuurd.'"), 1);

	/* The same key with another body: refused, nothing made. */
	struct send changed = { .path = "/api/v1/meldingen", .content_type = "application/json", .headers = headers,
				.body = "{\"categorie\": \"stank\", \"omschrijving\": \"Iets anders.\", \"plaats\": \"Hal\"}" };
	send_it(&changed);
	assert_int_equal(changed.status, 422);
	assert_non_null(strstr(changed.body_out, "Idempotency-Key"));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE omschrijving = 'Iets anders.'"), 0);

	/* Another caller with the same key: its own melding (keys are per caller). */
	char *other = account_token(s, "ondersteuner@voorbeeld.example");
	char auth2[200];
	snprintf(auth2, sizeof(auth2), "Authorization: Bearer %s", other);
	const char *const headers2[] = { auth2, "Idempotency-Key: bi-export-42", NULL };
	struct send second = { .path = "/api/v1/meldingen", .body = BODY, .content_type = "application/json",
			       .headers = headers2 };
	send_it(&second);
	assert_int_equal(second.status, 201);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE omschrijving = 'Eenmaal ingestuurd.'"), 2);

	/* Anonymous callers are no one in particular: their key is ignored, so never replayed to another. */
	const char *const anon[] = { "Idempotency-Key: gedeeld", NULL };
	struct send y = { .path = "/api/v1/meldingen", .body = BODY, .content_type = "application/json", .headers = anon };
	send_it(&y);
	free(y.body_out);
	send_it(&y);
	assert_int_equal(y.status, 201);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE omschrijving = 'Eenmaal ingestuurd.'"), 4);
	for (int i = 0; i < 2; i++)
		free(x[i].body_out);
	free(changed.body_out);
	free(second.body_out);
	free(y.body_out);
	free(other);
	free(token);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_double_click_runs_once),
		cmocka_unit_test(test_no_replay_across_sessions),
		cmocka_unit_test(test_api_idempotency_key),
	};
	return harness_run_suite("once", tests, ARRAY_SIZE(tests), "[security]\nmelden_per_ip_hour = 100000\n");
}
