/*
 * test_api_meldingen.c - the meldingen calls of the JSON API v1 against the
 * real server: submitting (anonymous, with a token, with a session and its
 * CSRF header), every kind of bad input, the categories, the staff list and
 * detail with their area scope, the actions and an illegal transition, the
 * roles that get 401/403, and the per-address limit on anonymous callers.
 *
 * Two servers: the main suite with a generous submission limit, so the
 * tests do not trip over each other, and a second one with the limit at 2
 * to see it hold anonymous callers and not token holders. Each server gets
 * the demo organisation (`leefbaar seed --organisation`), two register addresses
 * (one in wijk Centrum, one in Oost) and API tokens made with
 * `leefbaar token`.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "lib/xalloc.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RATE_LIMIT 2

#define ADDR_CENTRUM "\"postcode\": \"1011 aa\", \"huisnummer\": 1"
#define ADDR_OOST "\"postcode\": \"1091AA\", \"huisnummer\": \"5\""
#define MELDER "\"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\""

/* What every test of one server shares: made once per server. */
static struct fixture {
	pid_t pid;              /* the server it was made for */
	int port;
	char *coordinator;      /* token, scope alles */
	char *wijkbeheer;       /* wijkbeheerder of Centrum */
	char *wijkbeheer_oost;  /* wijkbeheerder of Oost */
	char *partner;
	char *beheerder;
	char *melden;           /* the coördinator's token limited to submitting */
} fx;

/* ---- set-up ------------------------------------------------------------- */

static struct fixture *fixture(struct server *s)
{
	if (fx.pid == s->pid && fx.port == s->port)
		return &fx;
	free(fx.coordinator);
	free(fx.wijkbeheer);
	free(fx.wijkbeheer_oost);
	free(fx.partner);
	free(fx.beheerder);
	free(fx.melden);
	memset(&fx, 0, sizeof(fx));

	seed_organisation(s);
	/* The register: one home in Binnenstad (wijk Centrum), one in Parkzicht (Oost). */
	demo_homes(s);
	fx.coordinator = account_token(s, "coordinator@voorbeeld.example");
	fx.wijkbeheer = account_token(s, "wijkbeheer@voorbeeld.example");
	fx.wijkbeheer_oost = account_token(s, "wijkbeheer.oost@voorbeeld.example");
	fx.partner = account_token(s, "wijkteam@voorbeeld.example");
	fx.beheerder = account_token(s, "beheerder@voorbeeld.example");
	fx.melden = account_token_scoped(s, "coordinator@voorbeeld.example", "melden");
	fx.pid = s->pid;
	fx.port = s->port;
	return &fx;
}

/* ---- requests and answers ------------------------------------------------ */

static void assert_null_key(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!cJSON_IsNull(v)) {
		print_error("\"%s\" should be null\n", key);
		fail();
	}
}

/* Fails unless the answer is status with {"fout": "..."} (a non-empty message). */
static void assert_fout(struct response *r, long status)
{
	assert_status(r, status);
	cJSON *j = response_json(r);
	assert_true(strlen(json_str(j, "fout")) > 5);
	cJSON_Delete(j);
}

/* Fails unless the answer is a 422 whose fouten has key, containing needle (may be NULL). */
static void assert_fouten_at(struct response *r, const char *key, const char *needle,
			     const char *file, int line)
{
	assert_status_at(r, 422, file, line);
	cJSON *j = response_json(r);
	const cJSON *f = cJSON_GetObjectItemCaseSensitive(j, "fouten");
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(f, key);

	if (!cJSON_IsString(m) || (needle && !strstr(m->valuestring, needle))) {
		print_error("%s:%d: fouten.%s should contain \"%s\": %.500s\n", file, line, key,
			    needle ? needle : "", r->body);
		cJSON_Delete(j);
		fail();
	}
	cJSON_Delete(j);
}
#define assert_fouten(r, key, needle) assert_fouten_at((r), (key), (needle), __FILE__, __LINE__)

/* GET /api/v1/meldingen/{ref} with token, expecting 200; caller deletes. */
static cJSON *get_melding(struct client *c, const char *token, const char *ref)
{
	char path[80];

	snprintf(path, sizeof(path), "/api/v1/meldingen/%s", ref);
	struct response *r = client_api(c, "GET", path, token, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	response_free(r);
	return j;
}

static long status_of(struct client *c, const char *method, const char *path, const char *token,
		      const char *json)
{
	struct response *r = client_api(c, method, path, token, json, NULL);
	long st = r->status;

	response_free(r);
	return st;
}

/* Does the list answer (for token, with query) hold ref? Also checks the list shape. */
static int list_has(struct client *c, const char *token, const char *query, const char *ref, double *totaal)
{
	char path[300];
	int found = 0;

	snprintf(path, sizeof(path), "/api/v1/meldingen%s", query);
	struct response *r = client_api(c, "GET", path, token, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	const cJSON *items = cJSON_GetObjectItemCaseSensitive(j, "items"), *it;
	assert_true(cJSON_IsArray(items));
	assert_int_equal((int)json_num(j, "per_pagina"), 50);
	assert_true(json_num(j, "pagina") >= 1);
	if (totaal)
		*totaal = json_num(j, "totaal");
	cJSON_ArrayForEach(it, items)
		if (!strcmp(json_str(it, "referentie"), ref))
			found = 1;
	cJSON_Delete(j);
	response_free(r);
	return found;
}

/* A moment n seconds from now in UTC ("...Z"), or without offset when naked. */
static void moment_utc(long long delta, int naked, char out[40])
{
	time_t t = time(NULL) + delta;
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 40, naked ? "%Y-%m-%dT%H:%M:%S" : "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int64_t parse_moment(const char *s)
{
	int64_t t = 0;

	if (moment_parse(s, &t) < 0) {
		print_error("not a moment with offset: %s\n", s);
		fail();
	}
	return t;
}

static int32_t parse_day(const char *s)
{
	int32_t d = 0;

	if (days_parse(s, &d) < 0) {
		print_error("not a date: %s\n", s);
		fail();
	}
	return d;
}

/* Logs c in with the demo password; returns the session's CSRF token (caller frees). */
static char *login(struct client *c, const char *email)
{
	account_login_ok(c, email, DEMO_PASSWORD);
	return account_csrf(c, NULL);
}

/* ---- categories ------------------------------------------------------------ */

static void test_categorieen(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	struct response *r = client_get(c, "/api/v1/categorieen");
	const cJSON *it;
	int n = 0, geluid = 0;

	assert_status(r, 200);
	assert_security_headers(r);
	cJSON *j = response_json(r);
	const cJSON *items = cJSON_GetObjectItemCaseSensitive(j, "items");
	assert_true(cJSON_IsArray(items));
	cJSON_ArrayForEach(it, items) {
		assert_true(strlen(json_str(it, "code")) > 0);
		assert_true(strlen(json_str(it, "naam")) > 0);
		const char *p = json_str(it, "pijler");
		assert_true(!strcmp(p, "fysiek") || !strcmp(p, "sociaal_preventief") ||
			    !strcmp(p, "sociaal_repressief") || !strcmp(p, "samen_wonen"));
		assert_true(json_num(it, "bevestigen_werkdagen") >= 0);
		assert_true(json_num(it, "terugkoppelen_werkdagen") >= 0);
		assert_true(json_num(it, "streef_werkdagen") >= 0);
		if (!strcmp(json_str(it, "code"), "geluid")) {
			geluid = 1;
			assert_string_equal(p, "samen_wonen");
			assert_int_equal((int)json_num(it, "bevestigen_werkdagen"), 2);
			assert_int_equal((int)json_num(it, "terugkoppelen_werkdagen"), 10);
			assert_int_equal((int)json_num(it, "streef_werkdagen"), 5);
		}
		n++;
	}
	assert_int_equal(n, 15);
	assert_true(geluid);
	assert_int_equal((int)json_num(j, "totaal"), n);
	cJSON_Delete(j);
	response_free(r);

	/*
	 * An inactive category is not offered, and no longer taken in: the
	 * server keeps the list between requests (warmed here by a first
	 * melding in it) and must see the change made elsewhere.
	 */
	static const char GROEN[] = "{\"categorie\": \"groen\", \"omschrijving\": \"Struiken al maanden niet gesnoeid.\","
				    " \"plaats\": \"Achterpad\", \"anoniem\": true}";
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, GROEN, NULL);
	assert_status(r, 201);
	response_free(r);
	test_sql(*state, "UPDATE category SET actief = 0 WHERE code = 'groen'");
	r = client_get(c, "/api/v1/categorieen");
	assert_status(r, 200);
	j = response_json(r);
	assert_int_equal((int)json_num(j, "totaal"), 14);
	assert_null(strstr(r->body, "\"groen\""));
	cJSON_Delete(j);
	response_free(r);
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, GROEN, NULL);
	assert_fouten(r, "categorie", "Kies een van de soorten uit de lijst.");
	response_free(r);
	test_sql(*state, "UPDATE category SET actief = 1 WHERE code = 'groen'");
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, GROEN, NULL);
	assert_status(r, 201);
	response_free(r);

	/* A token that may only submit may still read what it submits into. */
	assert_int_equal(status_of(c, "GET", "/api/v1/categorieen", f->melden, NULL), 200);
	client_free(c);
}

/* ---- submitting ---------------------------------------------------------- */

static void test_submit_anonymous(void **state)
{
	struct server *s = *state;
	struct fixture *f = fixture(s);
	struct client *c = client_new(s);
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL,
				 "{\"categorie\": \"geluid\", \"omschrijving\": \"Elke nacht harde muziek tot 3 uur.\","
				 " \"plaats\": \"Galerij tweede verdieping\", \"voorval\": \"gisteravond\","
				 " " MELDER ", \"anoniem\": false}", NULL);

	assert_status(r, 201);
	assert_security_headers(r);
	cJSON *j = response_json(r);
	const char *ref = json_str(j, "referentie");
	char want_prefix[16];
	assert_int_equal((int)strlen(ref), 13);
	assert_memory_equal(ref, "M-", 2);
	assert_true(ref[6] == '-');
	/* ontvangen_op: a moment with offset, now. */
	int64_t t = parse_moment(json_str(j, "ontvangen_op"));
	assert_true(llabs((long long)(t - time(NULL))) < 120);
	int32_t day = amsterdam_day(t);
	int y, mo, d;
	days_to_civil(day, &y, &mo, &d);
	snprintf(want_prefix, sizeof(want_prefix), "M-%04d-", y);
	assert_memory_equal(ref, want_prefix, 7);
	/* The terms: 2, 10 and 5 werkdagen from the Amsterdam day of receipt. */
	assert_int_equal(parse_day(json_str(j, "bevestigen_uiterlijk")), werkdagen_add(NULL, day, 2));
	assert_int_equal(parse_day(json_str(j, "terugkoppelen_uiterlijk")), werkdagen_add(NULL, day, 10));
	assert_int_equal(parse_day(json_str(j, "streefdatum")), werkdagen_add(NULL, day, 5));
	char loc[64];
	snprintf(loc, sizeof(loc), "/api/v1/meldingen/%s", ref);
	assert_header_contains(r, "Location", loc);

	/* The status link is the melder's page for this melding. */
	const char *url = json_str(j, "status_url");
	size_t base = strlen(s->base_url);
	assert_memory_equal(url, s->base_url, base);
	assert_memory_equal(url + base, "/melding/status/", 16);
	struct response *st = client_get(c, url + base);
	assert_status(st, 200);
	assert_body_contains(st, ref);
	response_free(st);

	/* Staff see it came in through the API, from nobody logged in. */
	cJSON *m = get_melding(c, f->coordinator, ref);
	assert_string_equal(json_str(m, "kanaal"), "api");
	assert_string_equal(json_str(m, "status"), "nieuw");
	assert_string_equal(json_str(m, "categorie"), "geluid");
	assert_string_equal(json_str(m, "plaats"), "Galerij tweede verdieping");
	assert_string_equal(json_str(m, "voorval"), "gisteravond");
	assert_string_equal(json_str(m, "melder_naam"), "Henk Huurder");
	assert_string_equal(json_str(m, "melder_email"), "henk@example.org");
	assert_false(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(m, "anoniem")));
	assert_null_key(m, "wijk");
	assert_null_key(m, "huisnummer");
	assert_null_key(m, "bevestigd_op");
	assert_null_key(m, "teruggekoppeld_op");
	assert_null_key(m, "afgesloten_op");
	assert_null_key(m, "kosten");
	assert_null_key(m, "dossier");
	assert_int_equal(parse_moment(json_str(m, "ontvangen_op")), t);
	assert_string_equal(json_str(m, "bevestigen_uiterlijk"), json_str(j, "bevestigen_uiterlijk"));
	const cJSON *tl = cJSON_GetObjectItemCaseSensitive(m, "timeline");
	assert_true(cJSON_GetArraySize(tl) >= 1);
	const cJSON *first = cJSON_GetArrayItem(tl, 0);
	assert_string_equal(json_str(first, "soort"), "ontvangen");
	assert_null_key(first, "door");
	assert_int_equal(parse_moment(json_str(first, "op")), t);
	/* Anonymous submissions count towards the address's limit. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM submit_log") >= 1);
	cJSON_Delete(m);
	cJSON_Delete(j);
	response_free(r);
	client_free(c);
}

static void test_submit_anonymous_melder(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	/* Anonymous: no name or contact needed, and none kept even when sent. */
	char *ref = api_melding(c, NULL, "{\"categorie\": \"drugs\", \"omschrijving\": \"Veel aanloop, hele nacht.\","
			      " \"plaats\": \"Hoek Dorpsstraat\", \"anoniem\": true, \"melder_naam\": \"X\"}");
	cJSON *m = get_melding(c, f->coordinator, ref);

	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(m, "anoniem")));
	assert_string_equal(json_str(m, "melder_naam"), "");
	cJSON_Delete(m);
	free(ref);
	client_free(c);
}

static void test_huisnummer_integer_and_string(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	char *centrum = api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Sterke lucht in het portiek.\", "
				  ADDR_CENTRUM ", " MELDER "}");
	char *oost = api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Sterke lucht bij de berging.\", "
			       ADDR_OOST ", \"toevoeging\": \"\", " MELDER "}");
	cJSON *m = get_melding(c, f->coordinator, centrum);

	/* An integer, normalised and matched against the register. */
	assert_int_equal((int)json_num(m, "huisnummer"), 1);
	assert_string_equal(json_str(m, "postcode"), "1011 AA");
	assert_string_equal(json_str(m, "wijk"), "WK999901");
	assert_string_equal(json_str(m, "buurt"), "BU99990101");
	cJSON_Delete(m);
	/* A string of digits, the same. */
	m = get_melding(c, f->coordinator, oost);
	assert_int_equal((int)json_num(m, "huisnummer"), 5);
	assert_string_equal(json_str(m, "postcode"), "1091 AA");
	assert_string_equal(json_str(m, "wijk"), "WK999903");
	assert_string_equal(json_str(m, "buurt"), "BU99990301");
	cJSON_Delete(m);

	/* Anything else is a 422 on huisnummer. */
	static const char *const bad[] = { "12.5", "true", "[1]", "{\"nr\": 1}", "\"12a\"", "-3" };
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		char body[300];
		snprintf(body, sizeof(body), "{\"categorie\": \"stank\", \"omschrijving\": \"x\", \"postcode\": \"1011 AA\","
			 " \"huisnummer\": %s, \"anoniem\": true}", bad[i]);
		struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
		assert_fouten(r, "huisnummer", "huisnummer");
		response_free(r);
	}
	free(centrum);
	free(oost);
	client_free(c);
}

static void test_malformed(void **state)
{
	struct client *c = client_new(*state);
	static const char *const bodies[] = {
		"{\"categorie\": \"geluid\",", "{bad}", "[1, 2]", "\"tekst\"", "{} {}", "",
	};

	fixture(*state);
	for (size_t i = 0; i < ARRAY_SIZE(bodies); i++) {
		struct response *r = client_request(c, "POST", "/api/v1/meldingen", "application/json",
						    bodies[i], strlen(bodies[i]), NULL);
		assert_fout(r, 400);
		response_free(r);
	}
	/* Not JSON at all. */
	const char *form = "categorie=geluid&omschrijving=x";
	struct response *r = client_request(c, "POST", "/api/v1/meldingen", "application/x-www-form-urlencoded",
					    form, strlen(form), NULL);
	assert_fout(r, 415);
	response_free(r);
	/* Over the body cap of the suite (64 KB): refused before it is read. */
	size_t big = 100 * 1024;
	char *huge = xmalloc(big + 1);
	memset(huge, ' ', big);
	huge[0] = '{';
	huge[big - 1] = '}';
	huge[big] = '\0';
	r = client_request(c, "POST", "/api/v1/meldingen", "application/json", huge, big, NULL);
	assert_int_equal(r->status, 413);
	response_free(r);
	free(huge);
	client_free(c);
}

static void test_invalid_fields(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char body[2000], lang[202];
	long long before;

	fixture(s);
	before = test_sql_int(s, "SELECT count(*) FROM melding");
	memset(lang, 'a', 201);
	lang[201] = '\0';
	/* Every field wrong at once: the answer names each with the form's message. */
	snprintf(body, sizeof(body),
		 "{\"categorie\": \"bestaat_niet\", \"omschrijving\": \"   \", \"voorval\": \"%s\","
		 " \"postcode\": \"12\", \"huisnummer\": \"x\", \"toevoeging\": \"TOOLONG\", \"plaats\": \"%s\","
		 " \"melder_naam\": \"\", \"melder_email\": \"geen-adres\", \"melder_telefoon\": \"123\","
		 " \"kanaal\": \"telefoon\", \"ontvangen_op\": \"2026-01-05T10:00:00+01:00\"}", lang, lang);
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
	assert_fouten(r, "categorie", "Kies een van de soorten uit de lijst.");
	assert_fouten(r, "omschrijving", "Beschrijf wat er gebeurde.");
	assert_fouten(r, "voorval", "Te lang");
	assert_fouten(r, "postcode", "Dit is geen Nederlandse postcode");
	assert_fouten(r, "huisnummer", "Een huisnummer bestaat uit cijfers");
	assert_fouten(r, "toevoeging", "toevoeging");
	assert_fouten(r, "plaats", "Te lang");
	assert_fouten(r, "melder_naam", "Vul uw naam in");
	assert_fouten(r, "melder_email", "Dit e-mailadres klopt niet");
	assert_fouten(r, "melder_telefoon", "Dit telefoonnummer klopt niet");
	/* Channel and moment are for staff. */
	assert_fouten(r, "kanaal", "medewerkers");
	assert_fouten(r, "ontvangen_op", "medewerkers");
	response_free(r);

	/* Wrong JSON types, together with what the validator finds in the rest. */
	r = client_api(c, "POST", "/api/v1/meldingen", NULL,
		"{\"omschrijving\": 5, \"anoniem\": \"ja\", \"plaats\": [\"hier\"], \"melder_email\": \"\"}", NULL);
	assert_fouten(r, "omschrijving", "JSON-string");
	assert_fouten(r, "anoniem", "true");
	assert_fouten(r, "plaats", "JSON-string");
	assert_fouten(r, "categorie", "Kies wat voor melding het is.");
	response_free(r);

	/* An empty object: what is required. */
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, "{}", NULL);
	assert_fouten(r, "categorie", NULL);
	assert_fouten(r, "omschrijving", NULL);
	assert_fouten(r, "postcode", "beschrijf de plek");
	assert_fouten(r, "melder_naam", NULL);
	assert_fouten(r, "melder_email", "e-mailadres of telefoonnummer");
	response_free(r);

	/* A description over 5000 characters. */
	struct buf big = BUF_INIT;
	buf_addstr(&big, "{\"categorie\": \"geluid\", \"plaats\": \"hier\", \"anoniem\": true, \"omschrijving\": \"");
	for (int i = 0; i < 5001; i++)
		buf_addch(&big, 'x');
	buf_addstr(&big, "\"}");
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, big.buf, NULL);
	assert_fouten(r, "omschrijving", "te lang");
	response_free(r);
	buf_release(&big);

	/* None of it was stored. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before);
	client_free(c);
}

static void test_staff_backdating(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	char yesterday[40], naked[40], future[40], body[600];
	struct response *r;

	moment_utc(-86400, 0, yesterday);
	moment_utc(-86400, 1, naked);
	moment_utc(3600, 0, future);

	/* Without an offset the moment is ambiguous. */
	snprintf(body, sizeof(body), "{\"categorie\": \"agressie\", \"omschrijving\": \"Buurman scheldt.\","
		 " \"plaats\": \"Trappenhuis\", \"anoniem\": true, \"ontvangen_op\": \"%s\"}", naked);
	r = client_api(c, "POST", "/api/v1/meldingen", f->coordinator, body, NULL);
	assert_fouten(r, "ontvangen_op", "tijdzone");
	response_free(r);
	/* The future is not a moment of receipt. */
	snprintf(body, sizeof(body), "{\"categorie\": \"agressie\", \"omschrijving\": \"Buurman scheldt.\","
		 " \"plaats\": \"Trappenhuis\", \"anoniem\": true, \"ontvangen_op\": \"%s\"}", future);
	r = client_api(c, "POST", "/api/v1/meldingen", f->coordinator, body, NULL);
	assert_fouten(r, "ontvangen_op", "toekomst");
	response_free(r);
	/* An unknown channel. */
	r = client_api(c, "POST", "/api/v1/meldingen", f->coordinator,
		"{\"categorie\": \"agressie\", \"omschrijving\": \"x\", \"plaats\": \"y\", \"anoniem\": true,"
		" \"kanaal\": \"postduif\"}", NULL);
	assert_fouten(r, "kanaal", "Kies een kanaal");
	response_free(r);

	/* Taken by phone yesterday: the terms run from yesterday. */
	snprintf(body, sizeof(body), "{\"categorie\": \"agressie\", \"omschrijving\": \"Buurman scheldt.\","
		 " " ADDR_OOST ", " MELDER ", \"kanaal\": \"telefoon\", \"ontvangen_op\": \"%s\"}", yesterday);
	r = client_api(c, "POST", "/api/v1/meldingen", f->coordinator, body, NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	int64_t want = parse_moment(yesterday);
	assert_int_equal(parse_moment(json_str(j, "ontvangen_op")), want);
	int32_t day = amsterdam_day(want);
	assert_int_equal(parse_day(json_str(j, "bevestigen_uiterlijk")), werkdagen_add(NULL, day, 2));
	cJSON *m = get_melding(c, f->coordinator, json_str(j, "referentie"));
	assert_string_equal(json_str(m, "kanaal"), "telefoon");
	assert_int_equal(parse_moment(json_str(m, "ontvangen_op")), want);
	const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(m, "timeline"), 0);
	assert_string_equal(json_str(first, "door"), "Carla Coördinator");
	cJSON_Delete(m);
	cJSON_Delete(j);
	response_free(r);

	/* Staff without kanaal: "api", the door it came through. */
	char *ref = api_melding(c, f->wijkbeheer, "{\"categorie\": \"geluid\", \"omschrijving\": \"Lawaai.\", "
			      ADDR_CENTRUM ", \"anoniem\": true}");
	m = get_melding(c, f->coordinator, ref);
	assert_string_equal(json_str(m, "kanaal"), "api");
	cJSON_Delete(m);
	free(ref);
	client_free(c);
}

static void test_session_csrf(void **state)
{
	fixture(*state);
	struct client *c = client_new(*state);
	char *csrf = login(c, "sociaal@voorbeeld.example");
	const char *body = "{\"categorie\": \"vernieling\", \"omschrijving\": \"Graffiti op de voordeur.\", "
			   ADDR_CENTRUM ", \"anoniem\": true, \"kanaal\": \"balie\"}";
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);

	/* A cookie session without its token: a cross-site request could look like this. */
	assert_fout(r, 403);
	response_free(r);
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, "0000");
	assert_fout(r, 403);
	response_free(r);
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, csrf);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	cJSON *m = get_melding(c, fx.coordinator, json_str(j, "referentie"));
	assert_string_equal(json_str(m, "kanaal"), "balie");
	cJSON_Delete(m);
	/* The session reads too, as its HTML pages do. */
	char path[80];
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s", json_str(j, "referentie"));
	response_free(r);
	r = client_api(c, "GET", path, NULL, NULL, NULL);
	assert_status(r, 200);
	cJSON_Delete(j);
	response_free(r);
	free(csrf);
	client_free(c);
}

static void test_bad_token(void **state)
{
	fixture(*state);
	struct client *c = client_new(*state);
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", "ongeldig-token-xyz",
				 "{\"categorie\": \"geluid\", \"omschrijving\": \"x\", \"plaats\": \"y\", \"anoniem\": true}",
				 NULL);

	/* Not silently anonymous: the integration must learn its token is dead. */
	assert_fout(r, 401);
	response_free(r);
	client_free(c);
}

/* ---- roles ----------------------------------------------------------------- */

static void test_roles(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"geluid\", \"omschrijving\": \"Boren op zondag.\", "
			      ADDR_CENTRUM ", \"anoniem\": true}");
	char detail[80], action[100];
	struct response *r;

	snprintf(detail, sizeof(detail), "/api/v1/meldingen/%s", ref);
	snprintf(action, sizeof(action), "/api/v1/meldingen/%s/bevestigen", ref);
	/* Nobody logged in: 401 on the staff calls. */
	r = client_api(c, "GET", "/api/v1/meldingen", NULL, NULL, NULL);
	assert_fout(r, 401);
	response_free(r);
	r = client_api(c, "GET", detail, NULL, NULL, NULL);
	assert_fout(r, 401);
	response_free(r);
	r = client_api(c, "POST", action, NULL, "{}", NULL);
	assert_fout(r, 401);
	response_free(r);

	/* Partner and beheerder: no meldingen at all; a partner is not even told they exist (404, issue 8). */
	const char *no[] = { f->partner, f->beheerder };
	const long refused[] = { 404, 403 };
	for (size_t i = 0; i < ARRAY_SIZE(no); i++) {
		r = client_api(c, "GET", "/api/v1/meldingen", no[i], NULL, NULL);
		assert_fout(r, refused[i]);
		response_free(r);
		r = client_api(c, "GET", detail, no[i], NULL, NULL);
		assert_fout(r, refused[i]);
		response_free(r);
		r = client_api(c, "POST", action, no[i], "{}", NULL);
		assert_fout(r, refused[i]);
		response_free(r);
		r = client_api(c, "POST", "/api/v1/meldingen", no[i],
			"{\"categorie\": \"geluid\", \"omschrijving\": \"x\", \"plaats\": \"y\", \"anoniem\": true}", NULL);
		assert_fout(r, 403);
		response_free(r);
	}

	/* A token limited to submitting: submits, reads nothing. */
	char *own = api_melding(c, f->melden, "{\"categorie\": \"geluid\", \"omschrijving\": \"Via de website.\","
			      " \"plaats\": \"y\", \"anoniem\": true}");
	r = client_api(c, "GET", "/api/v1/meldingen", f->melden, NULL, NULL);
	assert_fout(r, 403);
	response_free(r);
	snprintf(detail, sizeof(detail), "/api/v1/meldingen/%s", own);
	r = client_api(c, "GET", detail, f->melden, NULL, NULL);
	assert_fout(r, 403);
	response_free(r);
	r = client_api(c, "POST", action, f->melden, "{}", NULL);
	assert_fout(r, 403);
	response_free(r);

	/* The same calls with a full staff token work. */
	assert_int_equal(status_of(c, "GET", detail, f->coordinator, NULL), 200);
	free(own);
	free(ref);
	client_free(c);
}

/* ---- scope ------------------------------------------------------------------ */

static void test_scope(void **state)
{
	struct server *s = *state;
	struct fixture *f = fixture(s);
	struct client *c = client_new(s);
	char *centrum = api_melding(c, NULL, "{\"categorie\": \"huisdieren\", \"omschrijving\": \"Hond blaft centrum.\", "
				  ADDR_CENTRUM ", \"anoniem\": true}");
	char *oost = api_melding(c, NULL, "{\"categorie\": \"huisdieren\", \"omschrijving\": \"Hond blaft oost.\", "
			       ADDR_OOST ", \"anoniem\": true}");
	char path[100];
	double totaal;
	long long denied_before = test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd'");

	/* The wijkbeheerder of Centrum: its own melding, not Oost's, not even that it exists. */
	cJSON *m = get_melding(c, f->wijkbeheer, centrum);
	assert_string_equal(json_str(m, "referentie"), centrum);
	cJSON_Delete(m);
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s", oost);
	struct response *r = client_api(c, "GET", path, f->wijkbeheer, NULL, NULL);
	assert_fout(r, 404);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/bevestigen", oost);
	r = client_api(c, "POST", path, f->wijkbeheer, "{}", NULL);
	assert_fout(r, 404);
	response_free(r);
	/* The refusals are on the audit trail. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd'") >= denied_before + 2);

	assert_true(list_has(c, f->wijkbeheer, "", centrum, NULL));
	assert_false(list_has(c, f->wijkbeheer, "", oost, NULL));
	assert_false(list_has(c, f->wijkbeheer, "?wijk=WK999903", oost, &totaal));
	assert_true(totaal == 0);
	/* The other way round for Oost's wijkbeheerder. */
	assert_true(list_has(c, f->wijkbeheer_oost, "", oost, NULL));
	assert_false(list_has(c, f->wijkbeheer_oost, "", centrum, NULL));
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s", centrum);
	assert_int_equal(status_of(c, "GET", path, f->wijkbeheer_oost, NULL), 404);
	/* The coördinator sees both. */
	assert_true(list_has(c, f->coordinator, "", centrum, NULL));
	assert_true(list_has(c, f->coordinator, "", oost, NULL));

	/* Unknown references, and row ids instead of references. */
	assert_int_equal(status_of(c, "GET", "/api/v1/meldingen/M-2020-999999", f->coordinator, NULL), 404);
	assert_int_equal(status_of(c, "GET", "/api/v1/meldingen/1", f->coordinator, NULL), 404);
	assert_int_equal(status_of(c, "GET", "/api/v1/meldingen/onzin", f->coordinator, NULL), 404);
	free(centrum);
	free(oost);
	client_free(c);
}

static void test_detail_audited(void **state)
{
	struct server *s = *state;
	struct fixture *f = fixture(s);
	struct client *c = client_new(s);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"zwerfvuil\", \"omschrijving\": \"Afval bij de container.\","
			      " \"plaats\": \"Containerveld\", \"anoniem\": true}");
#define BEKEKEN "SELECT count(*) FROM audit_log WHERE action = 'bekeken' AND object_id = '%s'"

	assert_int_equal(test_sql_int(s, BEKEKEN, ref), 0);
	cJSON *m = get_melding(c, f->coordinator, ref);
	cJSON_Delete(m);
	assert_int_equal(test_sql_int(s, BEKEKEN, ref), 1);
	/* The list is not audited (DESIGN.md: list pages are not). */
	assert_true(list_has(c, f->coordinator, "", ref, NULL));
	assert_int_equal(test_sql_int(s, BEKEKEN, ref), 1);
	free(ref);
	client_free(c);
}

/* ---- the list ------------------------------------------------------------------ */

static void test_list_filters(void **state)
{
	struct fixture *f = fixture(*state);
	struct client *c = client_new(*state);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"verlichting\", \"omschrijving\": \"Lamp kapot bij zeldzaamwoord.\","
			      " \"plaats\": \"Galerij\", \"anoniem\": true}");
	char *centrum = api_melding(c, NULL, "{\"categorie\": \"verlichting\", \"omschrijving\": \"Lamp portiek.\", "
				  ADDR_CENTRUM ", \"anoniem\": true}");
	double totaal, all;
	struct response *r;

	assert_true(list_has(c, f->coordinator, "", ref, &all));
	assert_true(all >= 2);
	assert_true(list_has(c, f->coordinator, "?status=nieuw&categorie=verlichting", ref, NULL));
	assert_false(list_has(c, f->coordinator, "?status=afgesloten", ref, NULL));
	assert_false(list_has(c, f->coordinator, "?categorie=geluid", ref, NULL));
	/* Without an address: the "onbekend" queue; with one: its wijk by CBS code. */
	assert_true(list_has(c, f->coordinator, "?wijk=onbekend", ref, NULL));
	assert_false(list_has(c, f->coordinator, "?wijk=onbekend", centrum, NULL));
	assert_true(list_has(c, f->coordinator, "?wijk=WK999901", centrum, NULL));
	assert_false(list_has(c, f->coordinator, "?wijk=WK999901", ref, NULL));
	/* Full-text search. */
	assert_true(list_has(c, f->coordinator, "?q=zeldzaamwoord", ref, &totaal));
	assert_true(totaal == 1);
	/* Search syntax from users is text, never FTS5 syntax (and never a 500). */
	(void)list_has(c, f->coordinator, "?q=%22", ref, NULL);
	(void)list_has(c, f->coordinator, "?q=AND%20NEAR(", ref, NULL);
	(void)list_has(c, f->coordinator, "?q=overlast-melding", ref, NULL);
	/* Received just now: not late for anything. */
	assert_false(list_has(c, f->coordinator, "?te_laat=beide", ref, NULL));

	/* A page past the end is empty, not the last page again. */
	r = client_api(c, "GET", "/api/v1/meldingen?pagina=999", f->coordinator, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "items")), 0);
	assert_int_equal((int)json_num(j, "pagina"), 999);
	assert_true(json_num(j, "totaal") == all);
	cJSON_Delete(j);
	response_free(r);

	/* Values that are not understood. */
	static const struct {
		const char *query, *field;
	} bad[] = {
		{ "?status=zoek", "status" }, { "?pagina=0", "pagina" }, { "?pagina=abc", "pagina" },
		{ "?te_laat=misschien", "te_laat" }, { "?wijk=WK000000", "wijk" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		char path[120];
		snprintf(path, sizeof(path), "/api/v1/meldingen%s", bad[i].query);
		r = client_api(c, "GET", path, f->coordinator, NULL, NULL);
		assert_fouten(r, bad[i].field, NULL);
		response_free(r);
	}

	/* An item carries the terms and the moments they were met. */
	r = client_api(c, "GET", "/api/v1/meldingen?q=zeldzaamwoord", f->coordinator, NULL, NULL);
	j = response_json(r);
	const cJSON *it = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "items"), 0);
	assert_non_null(it);
	assert_string_equal(json_str(it, "status"), "nieuw");
	assert_string_equal(json_str(it, "categorie"), "verlichting");
	assert_string_equal(json_str(it, "kanaal"), "api");
	parse_day(json_str(it, "bevestigen_uiterlijk"));
	parse_day(json_str(it, "terugkoppelen_uiterlijk"));
	parse_day(json_str(it, "streefdatum"));
	parse_moment(json_str(it, "ontvangen_op"));
	assert_null_key(it, "bevestigd_op");
	assert_null_key(it, "wijk");
	cJSON_Delete(j);
	response_free(r);
	free(ref);
	free(centrum);
	client_free(c);
}

/* ---- actions ----------------------------------------------------------------- */

static struct response *act(struct client *c, const char *token, const char *ref, const char *action,
			    const char *json)
{
	char path[120];

	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/%s", ref, action);
	return client_api(c, "POST", path, token, json, NULL);
}

static void test_actions(void **state)
{
	struct server *s = *state;
	struct fixture *f = fixture(s);
	struct client *c = client_new(s);
	char two_days_ago[40], yesterday[40], naked[40], future[40], body[300];
	struct response *r;
	cJSON *m;

	moment_utc(-2 * 86400, 0, two_days_ago);
	moment_utc(-86400, 0, yesterday);
	moment_utc(-86400, 1, naked);
	moment_utc(86400, 0, future);
	snprintf(body, sizeof(body), "{\"categorie\": \"geluid\", \"omschrijving\": \"Feest tot de ochtend.\", "
		 ADDR_CENTRUM ", " MELDER ", \"kanaal\": \"telefoon\", \"ontvangen_op\": \"%s\"}", two_days_ago);
	char *ref = api_melding(c, f->coordinator, body);

	/* bevestigen: a moment without offset, or in the future, is refused. */
	snprintf(body, sizeof(body), "{\"op\": \"%s\"}", naked);
	r = act(c, f->wijkbeheer, ref, "bevestigen", body);
	assert_fouten(r, "op", "tijdzone");
	response_free(r);
	snprintf(body, sizeof(body), "{\"op\": \"%s\"}", future);
	r = act(c, f->wijkbeheer, ref, "bevestigen", body);
	assert_fouten(r, "op", NULL);
	response_free(r);
	r = act(c, f->wijkbeheer, ref, "bevestigen", "{\"op\": 12}");
	assert_fouten(r, "op", NULL);
	response_free(r);
	r = act(c, f->wijkbeheer, ref, "bevestigen", "{\"op\": ");
	assert_fout(r, 400);
	response_free(r);

	/* bevestigen yesterday, by the wijkbeheerder of the wijk. */
	snprintf(body, sizeof(body), "{\"op\": \"%s\"}", yesterday);
	r = act(c, f->wijkbeheer, ref, "bevestigen", body);
	assert_status(r, 200);
	m = response_json(r);
	assert_string_equal(json_str(m, "referentie"), ref);
	assert_string_equal(json_str(m, "status"), "bevestigd");
	assert_int_equal(parse_moment(json_str(m, "bevestigd_op")), parse_moment(yesterday));
	assert_null_key(m, "teruggekoppeld_op");
	cJSON_Delete(m);
	response_free(r);
	/* Once only: an illegal transition is a 422 on status. */
	r = act(c, f->wijkbeheer, ref, "bevestigen", NULL);
	assert_fouten(r, "status", "al bevestigd");
	response_free(r);

	/* terugkoppelen needs the text for the melder. */
	r = act(c, f->coordinator, ref, "terugkoppelen", "{}");
	assert_fouten(r, "tekst", NULL);
	response_free(r);
	r = act(c, f->coordinator, ref, "terugkoppelen", "{\"tekst\": 42}");
	assert_fouten(r, "tekst", "JSON-string");
	response_free(r);
	r = act(c, f->coordinator, ref, "terugkoppelen",
		"{\"tekst\": \"We hebben de buren gesproken; het feest was eenmalig.\"}");
	assert_status(r, 200);
	m = response_json(r);
	assert_string_equal(json_str(m, "status"), "teruggekoppeld");
	assert_true(llabs((long long)(parse_moment(json_str(m, "teruggekoppeld_op")) - time(NULL))) < 120);
	cJSON_Delete(m);
	response_free(r);
	/* A second message is allowed (issue 17); the status stays. */
	r = act(c, f->coordinator, ref, "terugkoppelen", "{\"tekst\": \"Nog eens.\"}");
	assert_status(r, 200);
	response_free(r);

	/* afsluiten with costs in euros. */
	static const char *const bad_costs[] = { "-1", "\"12,50\"", "true", "1e12" };
	for (size_t i = 0; i < ARRAY_SIZE(bad_costs); i++) {
		snprintf(body, sizeof(body), "{\"kosten\": %s}", bad_costs[i]);
		r = act(c, f->coordinator, ref, "afsluiten", body);
		assert_fouten(r, "kosten", NULL);
		response_free(r);
	}
	r = act(c, f->coordinator, ref, "afsluiten", "{\"kosten\": 12.5}");
	assert_status(r, 200);
	m = response_json(r);
	assert_string_equal(json_str(m, "status"), "afgesloten");
	assert_true(json_num(m, "kosten") == 12.5);
	parse_moment(json_str(m, "afgesloten_op"));
	/* The timeline holds every step, with who. */
	const char *want[] = { "ontvangen", "bevestigd", "teruggekoppeld", "afgesloten" };
	const cJSON *tl = cJSON_GetObjectItemCaseSensitive(m, "timeline"), *e;
	size_t k = 0;
	cJSON_ArrayForEach(e, tl) {
		if (k < ARRAY_SIZE(want) && !strcmp(json_str(e, "soort"), want[k]))
			k++;
		parse_moment(json_str(e, "op"));
	}
	assert_int_equal(k, ARRAY_SIZE(want));
	assert_string_equal(json_str(cJSON_GetArrayItem(tl, 1), "door"), "Wim Wijkbeheer");
	cJSON_Delete(m);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT kosten_cent FROM melding WHERE referentie = '%s'", ref), 1250);
	r = act(c, f->coordinator, ref, "afsluiten", NULL);
	assert_fouten(r, "status", "al afgesloten");
	response_free(r);
	r = act(c, f->coordinator, ref, "terugkoppelen", "{\"tekst\": \"Te laat.\"}");
	assert_fouten(r, "status", NULL);
	response_free(r);

	/* GET answers what the actions answered. */
	m = get_melding(c, f->coordinator, ref);
	assert_string_equal(json_str(m, "status"), "afgesloten");
	assert_true(json_num(m, "kosten") == 12.5);
	assert_int_equal(parse_moment(json_str(m, "bevestigd_op")), parse_moment(yesterday));
	cJSON_Delete(m);
	free(ref);

	/* terugkoppelen on a melding never confirmed confirms it at the same moment. */
	ref = api_melding(c, NULL, "{\"categorie\": \"geluid\", \"omschrijving\": \"Gitaar.\", " ADDR_CENTRUM
			", \"anoniem\": true}");
	r = act(c, f->coordinator, ref, "terugkoppelen", "{\"tekst\": \"Opgelost.\"}");
	assert_status(r, 200);
	m = response_json(r);
	assert_string_equal(json_str(m, "bevestigd_op"), json_str(m, "teruggekoppeld_op"));
	cJSON_Delete(m);
	response_free(r);
	free(ref);

	/* An action on a reference that does not exist. */
	r = act(c, f->coordinator, "M-2020-999999", "afsluiten", "{}");
	assert_fout(r, 404);
	response_free(r);
	client_free(c);
}

/* ---- the per-address limit (a server of its own, limit 2) ------------------- */

static void test_rate_limit(void **state)
{
	struct server *s = *state;
	struct fixture *f = fixture(s);
	struct client *c = client_new(s);
	const char *body = "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek.\", \"plaats\": \"Plein\","
			   " \"anoniem\": true}";
	struct response *r;

	for (int i = 0; i < RATE_LIMIT; i++)
		free(api_melding(c, NULL, body));
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
	assert_fout(r, 429);
	assert_body_contains(r, "te veel meldingen");
	response_free(r);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND detail LIKE 'te veel%%'") >= 1);
	/* The same address with a token: a website backend posting for many tenants. */
	for (int i = 0; i < RATE_LIMIT + 1; i++) {
		free(api_melding(c, f->coordinator, body));
		free(api_melding(c, f->melden, body));
	}
	/* And a staff session, with its CSRF header. */
	struct client *staff = client_new(s);
	char *csrf = login(staff, "ondersteuner@voorbeeld.example");
	r = client_api(staff, "POST", "/api/v1/meldingen", NULL, body, csrf);
	assert_status(r, 201);
	response_free(r);
	free(csrf);
	client_free(staff);
	/* Anonymous is still refused. */
	r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
	assert_fout(r, 429);
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest main_tests[] = {
		cmocka_unit_test(test_categorieen),
		cmocka_unit_test(test_submit_anonymous),
		cmocka_unit_test(test_submit_anonymous_melder),
		cmocka_unit_test(test_huisnummer_integer_and_string),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_invalid_fields),
		cmocka_unit_test(test_staff_backdating),
		cmocka_unit_test(test_session_csrf),
		cmocka_unit_test(test_bad_token),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_detail_audited),
		cmocka_unit_test(test_list_filters),
		cmocka_unit_test(test_actions),
	};
	const struct CMUnitTest limit_tests[] = {
		cmocka_unit_test(test_rate_limit),
	};
	int failed = harness_run_suite("api_meldingen", main_tests, ARRAY_SIZE(main_tests),
				       "[server]\nmax_body_kb = 64\n[security]\nmelden_per_ip_hour = 1000\n");

	failed += harness_run_suite("api_meldingen_limit", limit_tests, ARRAY_SIZE(limit_tests),
				    "[security]\nmelden_per_ip_hour = 2\n");
	free(fx.coordinator);
	free(fx.wijkbeheer);
	free(fx.wijkbeheer_oost);
	free(fx.partner);
	free(fx.beheerder);
	free(fx.melden);
	return failed;
}
