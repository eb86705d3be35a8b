/*
 * test_melder_berichten.c - the melder kept informed (issue 17, point 2):
 * the status page in a tenant's words with the answer day in werkdagen and
 * the team's phone and e-mail; several messages from staff, all on the
 * status page in order; the closing message with its explanation; the
 * preview that stores nothing; the one late notice from the sweep once
 * the answer day passed (and none when feedback was given), and a new
 * expected day on the timeline and the status page, which allows one more.
 *
 * The clock is pinned (LEEFBAAR_NOW, Tuesday 8 December 2026 10:00); the
 * late notices move it by restarting the server on the same database with
 * another LEEFBAAR_NOW (the sweep runs once at start, before /healthz
 * answers). Each test has a server of its own.
 */
#include "harness.h"
#include "accounts.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PINNED "2026-12-08T10:00:00+01:00"
#define CO "co@test.example"
#define SUITE_INI "[app]\ntelefoon = 020 123 45 67\nemail = wijkteam@voorbeeld.example\n" \
	"[security]\nmelden_per_ip_hour = 1000\n"

struct filed_api {
	char ref[16];
	char status_path[120];
	long long id;
};

/* A melding through the public API; naam NULL: anonymous. */
static void submit(struct server *s, struct client *c, const char *naam, struct filed_api *out)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "categorie", "geluid");
	cJSON_AddStringToObject(o, "omschrijving", "Elke nacht harde muziek bij de buren.");
	cJSON_AddStringToObject(o, "plaats", "Achter de flat");
	if (naam) {
		cJSON_AddStringToObject(o, "melder_naam", naam);
		cJSON_AddStringToObject(o, "melder_email", "sanne@example.org");
	} else {
		cJSON_AddBoolToObject(o, "anoniem", 1);
	}
	char *body = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
	free(body);
	assert_status(r, 201);
	cJSON *a = response_json(r);
	const char *path = strstr(json_str(a, "status_url"), "/melding/status/");
	assert_non_null(path);
	snprintf(out->status_path, sizeof(out->status_path), "%s", path);
	snprintf(out->ref, sizeof(out->ref), "%s", json_str(a, "referentie"));
	cJSON_Delete(a);
	response_free(r);
	out->id = test_sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", out->ref);
}

static struct client *coordinator(struct server *s)
{
	if (server_once(s, "accounts"))
		account_add(s, CO, "Carla Coördinator", "coordinator", NULL, NULL);
	return account_client(s, CO, TEST_PASSWORD);
}

static struct response *act(struct client *c, long long id, const char *action, const char *const fields[])
{
	char page[64], path[120];

	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/%s", id, action);
	return account_post(c, page, path, fields);
}

static void act_ok(struct client *c, long long id, const char *action, const char *const fields[])
{
	struct response *r = act(c, id, action, fields);
	assert_status(r, 303);
	response_free(r);
}

/* Where needle first occurs in r's body; fails when it does not. */
static size_t at(const struct response *r, const char *needle)
{
	const char *p = mem_find(r->body, r->len, needle, 0);

	if (!p)
		fail_msg("not on the page: \"%s\"", needle);
	return (size_t)(p - r->body);
}

static int occurrences(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* ---- the status page and several messages ---------------------------------- */

static void test_messages_on_status_page(void **state)
{
	struct server *s = *state;
	struct client *pub = client_new(s);
	struct filed_api f;

	submit(s, pub, "Sanne de Boer", &f);
	struct client *c = coordinator(s);

	/* Before any answer: the step in plain words, the day in werkdagen, how to reach the team. */
	struct response *r = client_get(pub, f.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "We hebben uw melding ontvangen");
	/* Tuesday 8 December plus 10 werkdagen (geluid): Tuesday 22 December. */
	assert_body_contains(r, "uiterlijk dinsdag 22 december, over 10 werkdagen");
	assert_body_contains(r, "020 123 45 67");
	assert_body_contains(r, "href=\"tel:0201234567\"");
	assert_body_contains(r, "wijkteam@voorbeeld.example");
	assert_null(mem_find(r->body, r->len, "eruggekoppeld", 1));
	response_free(r);

	/* Two answers: the second is allowed, and only the first sets the KPI facts. */
	act_ok(c, f.id, "terugkoppelen",
	       (const char *const[]){ "tekst", "Beste mevrouw De Boer,\n\nWij hebben de buren gesproken.", NULL });
	long long first = test_sql_int(s, "SELECT teruggekoppeld_op FROM melding WHERE id = %lld", f.id);
	assert_true(first > 0);
	test_sql(s, "UPDATE melding SET teruggekoppeld_op = teruggekoppeld_op - 3600 WHERE id = %lld", f.id);
	act_ok(c, f.id, "terugkoppelen", (const char *const[]){ "tekst", "De politie komt vrijdag langs.", NULL });
	assert_int_equal(test_sql_int(s, "SELECT teruggekoppeld_op FROM melding WHERE id = %lld", f.id), first - 3600);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'terugkoppeling'",
				      f.id), 2);
	/* One greeting: the staff's own, not ours above it. */
	char *mail = test_sql_text(s, "SELECT tekst FROM outbox WHERE melding_id = %lld AND soort = 'terugkoppeling'"
				   " ORDER BY id LIMIT 1", f.id);
	assert_int_equal(occurrences(mail, "Beste"), 1);
	assert_null(strstr(mail, "Beste Sanne"));
	assert_non_null(strstr(mail, "Stand van uw melding: We zijn ermee bezig."));
	assert_non_null(strstr(mail, "Bel ons op 020 123 45 67 of mail naar wijkteam@voorbeeld.example"));
	free(mail);

	/* Closing sends the explanation, and asks how satisfied the melder is. */
	act_ok(c, f.id, "afsluiten", (const char *const[]){ "toelichting", "De buren zijn verhuisd.",
							    "tekst", "Intern: dossier niet nodig.", NULL });
	mail = test_sql_text(s, "SELECT onderwerp || '|' || tekst FROM outbox WHERE melding_id = %lld AND soort = 'afsluiting'",
			     f.id);
	assert_non_null(strstr(mail, "is afgehandeld|Beste Sanne de Boer,\n\nDe buren zijn verhuisd.\n"));
	assert_non_null(strstr(mail, "hoe tevreden u bent"));
	assert_null(strstr(mail, "Intern"));
	free(mail);

	/* Every message, in order, on the status page; the internal remark nowhere. */
	r = client_get(pub, f.status_path);
	assert_status(r, 200);
	size_t a1 = at(r, "Wij hebben de buren gesproken."), a2 = at(r, "De politie komt vrijdag langs."),
	       a3 = at(r, "De buren zijn verhuisd.");
	assert_true(a1 < a2 && a2 < a3);
	assert_body_contains(r, "Afgehandeld");
	assert_null(mem_find(r->body, r->len, "Intern:", 0));
	assert_null(mem_find(r->body, r->len, "eruggekoppeld", 1));
	response_free(r);

	client_free(c);
	client_free(pub);
}

/* An anonymous melder gets no mail, and reads the closing explanation on the status page. */
static void test_anonymous_closing(void **state)
{
	struct server *s = *state;
	struct client *pub = client_new(s);
	struct filed_api f;

	submit(s, pub, NULL, &f);
	struct client *c = coordinator(s);

	/* The new expected day from the melding page: a reason is needed, the input comes back. */
	struct response *r = act(c, f.id, "verwachting", (const char *const[]){ "dag", "2026-12-30", "reden", " ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom het langer duurt.");
	assert_body_contains(r, "value=\"2026-12-30\"");
	response_free(r);
	act_ok(c, f.id, "verwachting", (const char *const[]){ "dag", "30-12-2026", "reden", "Wij wachten op de politie.", NULL });
	assert_int_equal(test_sql_int(s, "SELECT verwacht_dag FROM melding WHERE id = %lld", f.id),
			 test_sql_int(s, "SELECT CAST(julianday('2026-12-30') - 2440587.5 AS INTEGER)"));
	r = client_get(pub, f.status_path);
	assert_body_contains(r, "Nieuwe datum voor ons antwoord");
	assert_body_contains(r, "uiterlijk woensdag 30 december, over 15 werkdagen");
	assert_body_contains(r, "Wij wachten op de politie.");
	response_free(r);

	act_ok(c, f.id, "afsluiten", (const char *const[]){ "toelichting", "Wij hebben een brief gestuurd.", NULL });
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld", f.id), 0);
	r = client_get(pub, f.status_path);
	assert_body_contains(r, "Wij hebben een brief gestuurd.");
	response_free(r);
	client_free(c);
	client_free(pub);
}

/* ---- the preview ----------------------------------------------------------- */

static long long stored(struct server *s, long long id)
{
	return test_sql_int(s, "SELECT (SELECT count(*) FROM outbox WHERE melding_id = %lld) * 1000000"
			    " + (SELECT count(*) FROM melding_event WHERE melding_id = %lld) * 1000"
			    " + (SELECT count(*) FROM audit_log WHERE object_id = (SELECT referentie FROM melding WHERE id = %lld)"
			    "    AND action = 'gewijzigd')", id, id, id);
}

/* The preview block of the page (caller frees); fails without one. */
static char *preview_of(const struct response *r)
{
	size_t from = at(r, "Voorbeeld: dit krijgt de melder");
	const char *end = mem_find(r->body + from, r->len - from, "</div>", 0);

	assert_non_null(end);
	return strndup(r->body + from, (size_t)(end - (r->body + from)));
}

static void test_preview_stores_nothing(void **state)
{
	struct server *s = *state;
	struct client *pub = client_new(s);
	struct filed_api f;

	submit(s, pub, "Sanne de Boer", &f);
	struct client *c = coordinator(s);
	long long before = stored(s, f.id);

	struct response *r = act(c, f.id, "terugkoppelen",
				 (const char *const[]){ "tekst", "Wij komen dinsdag kijken.", "voorbeeld", "1", NULL });
	assert_status(r, 200);
	assert_body_contains(r, "Voorbeeld: dit krijgt de melder");
	assert_body_contains(r, "Reactie op uw melding");
	char *pv = preview_of(r);
	assert_non_null(strstr(pv, "Beste Sanne de Boer,\n\nWij komen dinsdag kijken."));
	assert_non_null(strstr(pv, "Stand van uw melding: We zijn ermee bezig."));
	assert_int_equal(occurrences(pv, "Beste"), 1);
	free(pv);
	/* The typed text stays in the form. */
	assert_body_contains(r, ">Wij komen dinsdag kijken.</textarea>");
	response_free(r);

	r = act(c, f.id, "afsluiten",
		(const char *const[]){ "toelichting", "Geachte mevrouw De Boer,\n\nDe zaak is opgelost.", "voorbeeld", "1", NULL });
	assert_status(r, 200);
	assert_body_contains(r, "Uw melding ");
	/* The preview holds the staff's greeting alone (the page's outbox lists the receipt, with ours). */
	pv = preview_of(r);
	assert_non_null(strstr(pv, "Geachte mevrouw De Boer,\n\nDe zaak is opgelost."));
	assert_non_null(strstr(pv, "is afgehandeld"));
	assert_null(strstr(pv, "Beste"));
	free(pv);
	response_free(r);

	/* An empty answer is refused in the preview as in the real thing. */
	r = act(c, f.id, "terugkoppelen", (const char *const[]){ "tekst", " ", "voorbeeld", "1", NULL });
	assert_status(r, 422);
	response_free(r);

	assert_int_equal(stored(s, f.id), before);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND status = 'nieuw'"
				      " AND teruggekoppeld_op IS NULL", f.id), 1);
	client_free(c);
	client_free(pub);
}

/* ---- the late notice ------------------------------------------------------- */

/* The server again on the same database, its clock at when. */
static void restart_at(struct server *s, const char *when)
{
	setenv("LEEFBAAR_NOW", when, 1);
	assert_int_equal(server_crash_restart(s, 0), 0);
}

static long long late(struct server *s, long long id, const char *table)
{
	if (!strcmp(table, "outbox"))
		return test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'laat'", id);
	return test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'laat'"
			    " AND voor_melder = 1", id);
}

static void test_late_notice(void **state)
{
	struct server *s = *state;
	struct client *pub = client_new(s);
	struct filed_api waits, answered, anon;

	submit(s, pub, "Sanne de Boer", &waits);
	submit(s, pub, "Piet Jansen", &answered);
	submit(s, pub, NULL, &anon);
	client_free(pub);
	client_free(coordinator(s));
	char *token = account_token(s, CO);
	char path[160];
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/terugkoppelen", answered.ref);
	struct client *c = client_new(s);
	struct response *r = client_api(c, "POST", path, token, "{\"tekst\": \"Wij zijn bij de buren geweest.\"}", NULL);
	assert_status(r, 200);
	response_free(r);
	client_free(c);

	/* The answer day (Tuesday 22 December) lasts to its very end. */
	restart_at(s, "2026-12-22T23:59:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 0);
	assert_int_equal(late(s, waits.id, "event"), 0);

	/* Past it: one polite notice, mailed and on the timeline; none where we answered. */
	restart_at(s, "2026-12-23T00:01:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 1);
	assert_int_equal(late(s, waits.id, "event"), 1);
	assert_int_equal(late(s, answered.id, "outbox") + late(s, answered.id, "event"), 0);
	/* Anonymous: no mail, but the melder sees it. */
	assert_int_equal(late(s, anon.id, "outbox"), 0);
	assert_int_equal(late(s, anon.id, "event"), 1);
	char *mail = test_sql_text(s, "SELECT tekst FROM outbox WHERE melding_id = %lld AND soort = 'laat'", waits.id);
	assert_non_null(strstr(mail, "Beste Sanne de Boer,"));
	assert_non_null(strstr(mail, "uiterlijk dinsdag 22 december 2026"));
	free(mail);

	/* Never twice for the same day. */
	restart_at(s, "2026-12-28T09:00:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 1);
	assert_int_equal(late(s, waits.id, "event"), 1);

	/* The handler sets a new day with a reason: on the timeline, on the status page. */
	c = client_new(s);
	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/verwachting", waits.ref);
	r = client_api(c, "POST", path, token, "{\"dag\": \"2026-12-25\", \"reden\": \"Te vroeg.\"}", NULL);
	assert_status(r, 422);   /* a day gone by */
	response_free(r);
	r = client_api(c, "POST", path, token, "{\"dag\": \"2027-01-05\"}", NULL);
	assert_status(r, 422);   /* no reason */
	response_free(r);
	r = client_api(c, "POST", path, token,
		       "{\"dag\": \"2027-01-05\", \"reden\": \"De aannemer komt pas na de feestdagen.\"}", NULL);
	assert_status(r, 200);
	cJSON *m = response_json(r);
	assert_string_equal(json_str(m, "verwacht_uiterlijk"), "2027-01-05");
	cJSON_Delete(m);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'verwachting'"
				      " AND voor_melder = 1 AND tekst LIKE '%%aannemer%%'", waits.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_id = '%s' AND detail LIKE 'verwachting%%'",
				      waits.ref), 1);
	r = client_get(c, waits.status_path);
	assert_body_contains(r, "Nieuwe datum voor ons antwoord");
	assert_body_contains(r, "uiterlijk dinsdag 5 januari 2027");
	assert_body_contains(r, "De aannemer komt pas na de feestdagen.");
	assert_body_contains(r, "Het duurt langer dan beloofd");
	response_free(r);
	client_free(c);

	/* The new day passes too: one more notice, and only one. */
	restart_at(s, "2027-01-05T22:00:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 1);
	restart_at(s, "2027-01-06T08:00:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 2);
	restart_at(s, "2027-01-07T08:00:00+01:00");
	assert_int_equal(late(s, waits.id, "outbox"), 2);
	assert_int_equal(late(s, answered.id, "outbox") + late(s, answered.id, "event"), 0);
	setenv("LEEFBAAR_NOW", PINNED, 1);
	free(token);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_messages_on_status_page),
		HARNESS_FRESH_TEST(test_anonymous_closing),
		HARNESS_FRESH_TEST(test_preview_stores_nothing),
		HARNESS_FRESH_TEST(test_late_notice),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("melder_berichten", tests, ARRAY_SIZE(tests), SUITE_INI);
}
