/*
 * test_privacy.c - the privacy duties (issue 15, point 7):
 *
 *   - the public form and the melder's status page link to the privacy
 *     statement, which shows the configured text or sends to the URL;
 *   - retention with pinned clocks: a melding closed long ago loses its
 *     melder, text, address detail, search entry, status link and files
 *     (on disk too), while a recent one and one in a running dossier keep
 *     theirs and the KPI figures stay the same; the server's daily job
 *     does it, `leefbaar retentie --dry-run` only counts; audit rows are
 *     anonymised, never deleted, and the trigger refuses any other change;
 *   - inzage by e-mail and address, as JSON and as a page, without the
 *     neighbours who reported, audit-logged;
 *   - correction and deletion of a melder's details, refused while a
 *     running dossier holds one of their meldingen, audit-logged.
 */
#include "harness.h"
#include "accounts.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define COORDINATOR "coordinator@voorbeeld.example"
#define BEHEERDER "beheerder@voorbeeld.example"

static char statement_path[64];

#define SUITE_INI "[security]\nmelden_per_ip_hour = 100000\nmelden_min_seconds = 0\n"

/* ---- the statement ---- */

static void test_statement(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);

	struct response *r = client_get(c, "/melden");
	assert_status(r, 200);
	assert_body_contains(r, "href=\"/privacy\"");
	response_free(r);

	/* The status page of a melding sent in now. */
	r = client_api(c, "POST", "/api/v1/meldingen", NULL,
		       "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek\", \"plaats\": \"Bij de flat\","
		       " \"anoniem\": true}", NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	const char *path = strstr(json_str(j, "status_url"), "/melding/status/");
	assert_non_null(path);
	struct response *st = client_get(c, path);
	assert_status(st, 200);
	assert_body_contains(st, "href=\"/privacy\"");
	response_free(st);
	cJSON_Delete(j);
	response_free(r);

	/* The configured text, escaped, a paragraph per block. */
	r = client_get(c, "/privacy");
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Woonstichting Proef verwerkt &lt;uw&gt; gegevens zorgvuldig.");
	assert_body_contains(r, "<p class=\"usertext\">Tweede alinea: de bewaartermijnen.</p>");
	assert_null(mem_find(r->body, r->len, "Autoriteit Persoonsgegevens", 0));   /* not the built-in text */
	assert_tidy(r);
	response_free(r);
	client_free(c);

	/* A URL instead: /privacy sends there. */
	struct server *u = server_start("[privacy]\nstatement_url = https://www.voorbeeld.example/privacy\n");
	assert_non_null(u);
	c = client_new(u);
	r = client_get(c, "/privacy");
	assert_status(r, 303);
	assert_string_equal(response_header(r, "Location"), "https://www.voorbeeld.example/privacy");
	response_free(r);
	client_free(c);
	assert_int_equal(server_stop(u), 0);

	/* Neither: the built-in text names the terms in force. */
	u = server_start("[privacy]\nmeldingen_maanden = 30\n");
	assert_non_null(u);
	c = client_new(u);
	r = client_get(c, "/privacy");
	assert_status(r, 200);
	assert_body_contains(r, "30 maanden");
	assert_body_contains(r, "Autoriteit Persoonsgegevens");
	response_free(r);
	client_free(c);
	assert_int_equal(server_stop(u), 0);
}

/* ---- retention ---- */

/* A melding through the public form at the server's "now", with a photo when photo; fills f. */
static void file_melding(struct server *s, const char *word, const char *naam, const char *email, int photo,
			 struct filed *f)
{
	char text[128];

	snprintf(text, sizeof(text), "Overlast %s bij de buren, elke nacht.", word);
	const struct form_part with[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", text), FORM_FIELD("postcode", "9991 AA"),
		FORM_FIELD("huisnummer", "1"), FORM_FIELD("melder_naam", naam), FORM_FIELD("melder_email", email),
		FORM_FIELD("melder_telefoon", "0612345678"), FORM_FIELD("anoniem", "0"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "foto-van-mijn-balkon.jpg", "image/jpeg"),
		FORM_END,
	};
	struct form_part without[ARRAY_SIZE(with)];
	memcpy(without, with, sizeof(with));
	without[8] = (struct form_part)FORM_END;
	public_melding_ok(s, photo ? with : without, f);
}

static void close_melding(struct client *c, const char *token, const char *ref)
{
	char path[80];

	snprintf(path, sizeof(path), "/api/v1/meldingen/%s/afsluiten", ref);
	struct response *r = client_api(c, "POST", path, token, "{}", NULL);
	assert_status(r, 200);
	response_free(r);
}

/* The KPI figures of spring 2026 as the API answers them. */
static char *kpi(struct server *s, const char *token)
{
	struct client *c = client_new(s);
	struct response *r = client_api(c, "GET", "/api/v1/kpi?van=2026-03-01&tot=2026-06-30&peildatum=2026-06-30",
					token, NULL, NULL);
	assert_status(r, 200);
	char *body = strdup(r->body);
	response_free(r);
	client_free(c);
	return body;
}

static void restart_at(struct server *s, const char *day)
{
	setenv("LEEFBAAR_NOW", day, 1);
	assert_int_equal(server_crash_restart(s, 0), 0);
}

/* Runs `leefbaar retentie ARGS` with the clock at day; returns its stdout (caller frees). */
static char *retentie_at(struct server *s, const char *day, int dry)
{
	struct buf out = BUF_INIT;
	const char *argv[] = { "retentie", "--config", s->config_path, dry ? "--dry-run" : NULL, NULL };

	setenv("LEEFBAAR_NOW", day, 1);
	harness_cli_ok(s, argv, &out);
	unsetenv("LEEFBAAR_NOW");
	return buf_detach(&out, NULL);
}

static int file_exists(struct server *s, const char *opslag)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/bijlagen/%s", s->dir, opslag);
	return access(path, F_OK) == 0;
}

static void test_retention(void **state)
{
	(void)state;
	/* Spring 2026: OLD and HELD are received and closed on 2 March, HELD goes into a dossier. */
	setenv("LEEFBAAR_NOW", "2026-03-02", 1);
	struct server *s = server_start(SUITE_INI "[privacy]\nstart_minuten = 0\n");
	assert_non_null(s);
	seed_organisation(s);
	char *token = account_token(s, COORDINATOR);
	struct filed old, held, recent;
	file_melding(s, "Kwaakvorsoud", "Olga Oudmelder", "olga@voorbeeld.example", 1, &old);
	file_melding(s, "Kwaakvorsvast", "Henk Vastmelder", "henk@voorbeeld.example", 1, &held);
	/* OLD's melder kept an overlastdagboek (issue 17). */
	test_sql(s, "INSERT INTO dagboek(melding_id, vastgelegd, van, ernst, tekst)"
		    " VALUES (%lld, 1772445600, 1772400000, 4, 'Kwaakvorsdagboek: weer tot drie uur')", old.id);
	struct client *c = client_new(s);
	close_melding(c, token, old.ref);
	close_melding(c, token, held.ref);
	client_free(c);
	c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	struct response *r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "9991 AA", "huisnummer", "1", "pijler", "samen_wonen", "onderwerp", "Burenruzie",
		"meldingen", held.ref, NULL });
	long long dossier = assert_created(r, "/dossiers/");
	response_free(r);
	/* CLOSED: a dossier with a note, closed on 2 March as well. */
	r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "9991 AA", "huisnummer", "2", "pijler", "samen_wonen", "onderwerp", "Familie Geheimzinnig", NULL });
	long long closed = assert_created(r, "/dossiers/");
	response_free(r);
	char path[64];
	snprintf(path, sizeof(path), "/dossiers/%lld/notitie", closed);
	r = account_post(c, NULL, path, (const char *const[]){ "tekst", "Gesprek met Familie Geheimzinnig gevoerd.", NULL });
	assert_int_equal(r->status, 303);
	response_free(r);
	snprintf(path, sizeof(path), "/dossiers/%lld/afsluiten", closed);
	r = account_post(c, NULL, path, (const char *const[]){ "uitkomst", "verbeterd", "toelichting", "Rust bij Geheimzinnig", NULL });
	assert_int_equal(r->status, 303);
	response_free(r);
	client_free(c);

	/*
	 * Two bewonersinitiatieven of 2 March 2026 (issue 18): DECLINED is
	 * decided then, RUNNING is granted and still runs. Only a decided one's
	 * applicant goes with the meldingen's term.
	 */
#define INI_ROW "INSERT INTO initiatief(referentie, jaar, ingediend_op, titel, wat, bedrag_gevraagd_cent, wijk_id," \
		" aanvrager_naam, aanvrager_email, status, gewijzigd_op) VALUES ('%s', 2026, 1772445600," \
		" 'Buurtfeest', 'Een feest op het plein.', 50000, %lld, '%s', '%s', '%s', 1772445600)"
	test_sql(s, INI_ROW, "I-2026-9001", test_area_id(s, "WK999901"), "Dora Declined", "dora@voorbeeld.example", "afgewezen");
	test_sql(s, INI_ROW, "I-2026-9002", test_area_id(s, "WK999901"), "Rein Running", "rein@voorbeeld.example", "toegekend");
#undef INI_ROW

	/* 1 June 2026: RECENT is received and closed. */
	restart_at(s, "2026-06-01");
	file_melding(s, "Kwaakvorsnieuw", "Rita Recent", "rita@voorbeeld.example", 0, &recent);
	c = client_new(s);
	close_melding(c, token, recent.ref);
	client_free(c);

	char *old_file = test_sql_text(s, "SELECT opslag FROM attachment WHERE melding_id = %lld", old.id);
	char *held_file = test_sql_text(s, "SELECT opslag FROM attachment WHERE melding_id = %lld", held.id);
	assert_true(file_exists(s, old_file));
	char *facts = test_sql_text(s, "SELECT group_concat(dag || ':' || tijd || ':' || wat || ':' || coalesce(slot, '-'), ',')"
				       " FROM (SELECT * FROM melding_fact ORDER BY id)");
	char *figures = kpi(s, token);
	long long audit_rows = test_sql_int(s, "SELECT count(*) FROM audit_log");

	/* A dry run on 15 April 2028 counts OLD (closed more than 24 months before) and changes nothing. */
	char *out = retentie_at(s, "2028-04-15", 1);
	assert_non_null(strstr(out, "meldingen 1,"));
	assert_non_null(strstr(out, "bijlagen 1,"));
	assert_non_null(strstr(out, "dossiers 1,"));
	assert_non_null(strstr(out, "initiatieven 1"));
	free(out);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE aanvrager_naam = ''"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE geanonimiseerd_op IS NOT NULL"), 0);
	assert_true(file_exists(s, old_file));

	/* The server's daily job, first run at the start (start_minuten = 0), on 15 April 2028. */
	restart_at(s, "2028-04-15");
	long long deadline = now_ms() + (s->valgrind ? 120000 : 30000);
	/* (Earlier starts ran it too: on 1 June 2026 it ended the sessions of March, nothing more.) */
	while (test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geanonimiseerd'"
			       " AND detail LIKE 'meldingen 1,%%'") < 1 && now_ms() < deadline)
		usleep(50 * 1000);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geanonimiseerd'"
				      " AND object_type = 'retentie' AND detail LIKE 'meldingen 1, bijlagen 0, dossiers 1,%%'"), 1);

	/* The sessions of 2026 (and their client addresses) are gone. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM session WHERE last_seen < 1790000000"), 0);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geanonimiseerd' AND detail LIKE '%%sessies 0,%%'")
		    < test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geanonimiseerd'"));

	/* OLD: nothing of the melder, the text or the address detail; the area stays. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = ''"
				      " AND melder_email = '' AND melder_telefoon = '' AND omschrijving = '' AND postcode = ''"
				      " AND huisnummer IS NULL AND address_id IS NULL AND adres_tekst = ''"
				      " AND status_token_hash IS NULL AND wijk_id IS NOT NULL AND geanonimiseerd_op IS NOT NULL",
				      old.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND tekst <> ''",
				      old.id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND (aan <> '' OR tekst <> '')",
				      old.id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dagboek WHERE melding_id = %lld AND tekst = ''"
				      " AND ernst = 4", old.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH 'kwaakvorsoud'"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld", old.id), 0);
	assert_false(file_exists(s, old_file));
	c = client_new(s);
	r = client_get(c, old.status_path);
	assert_status(r, 404);
	response_free(r);
	/* RECENT and HELD (its dossier runs) keep everything, their files too. */
	r = client_get(c, recent.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Kwaakvorsnieuw");
	response_free(r);
	client_free(c);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH 'kwaakvorsnieuw OR kwaakvorsvast'"), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id IN (%lld, %lld) AND melder_email <> ''"
				      " AND geanonimiseerd_op IS NULL", recent.id, held.id), 2);
	assert_true(file_exists(s, held_file));
	/* CLOSED: its household, journal and closing note gone, from search too; its outcome stays. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND huishouden = ''"
				      " AND uitkomst_toelichting = '' AND uitkomst = 'verbeterd' AND geanonimiseerd_op IS NOT NULL",
				      closed), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_note WHERE dossier_id = %lld AND tekst <> ''", closed), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH 'geheimzinnig'"), 0);
	/* DECLINED: the applicant is gone, what was asked stays; RUNNING keeps its applicant. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE referentie = 'I-2026-9001'"
				      " AND aanvrager_naam = '' AND aanvrager_email = '' AND wat <> ''"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE referentie = 'I-2026-9002'"
				      " AND aanvrager_email = 'rein@voorbeeld.example'"), 1);

	/* The figures are those of before: the facts (melder key aside) and the API's answer. */
	char *facts_after = test_sql_text(s, "SELECT group_concat(dag || ':' || tijd || ':' || wat || ':' || coalesce(slot, '-'), ',')"
					     " FROM (SELECT * FROM melding_fact ORDER BY id)");
	assert_string_equal(facts_after, facts);
	char *figures_after = kpi(s, token);
	assert_string_equal(figures_after, figures);

	/* A second run finds nothing more. */
	out = retentie_at(s, "2028-04-15", 0);
	assert_non_null(strstr(out, "meldingen 0, bijlagen 0, dossiers 0"));
	free(out);

	/* Five years on: audit rows lose address and detail, none is deleted; HELD still waits for its dossier. */
	out = retentie_at(s, "2031-06-01", 0);
	free(out);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log") >= audit_rows);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE at < %lld AND (ip <> '' OR detail <> '')",
				      (long long)1780000000), 0);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE at < 1780000000 AND action = 'ingelogd'"
				     " AND object_id LIKE 'gebruiker %%'") >= 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_id LIKE '%%@voorbeeld.example'"
				      " AND at < 1780000000"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_email <> ''", held.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_email = ''", recent.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier WHERE id = %lld AND geanonimiseerd_op IS NULL", dossier), 1);

	/* The trail stays append-only for anything but that anonymisation. */
	assert_int_not_equal(test_db_exec(s, "DELETE FROM audit_log WHERE id = 1"), 0);
	assert_int_not_equal(test_db_exec(s, "UPDATE audit_log SET action = 'niets' WHERE id = 1"), 0);
	assert_int_not_equal(test_db_exec(s, "UPDATE audit_log SET ip = '', detail = '', object_id = 'x'"
					     " WHERE object_type = 'melding'"), 0);
	assert_int_not_equal(test_db_exec(s, "UPDATE audit_log SET ip = '1.2.3.4' WHERE id = 1"), 0);

	unsetenv("LEEFBAAR_NOW");
	free(figures_after);
	free(facts_after);
	free(figures);
	free(facts);
	free(old_file);
	free(held_file);
	free(token);
	assert_int_equal(server_stop(s), 0);
}

/* ---- inzage, correction, deletion ---- */

/*
 * Tenant Tina lives at 9991 AA n+1; her neighbour Bram reported about her
 * home, and his melding is in a running dossier with a note; she reported
 * about number n; Rob about n+2. Each test has its own people (tag, n), so
 * the tests hold alone and in any order.
 */
struct people {
	struct filed tina, bram;
	char tina_email[64], bram_email[64], bram_phone[16];
};

static void people(struct server *s, const char *tag, int n, struct people *p)
{
	char nr[3][8], tina_text[80], bram_text[80], key[32];

	seed_organisation(s);
	snprintf(p->tina_email, sizeof(p->tina_email), "tina.%s@voorbeeld.example", tag);
	snprintf(p->bram_email, sizeof(p->bram_email), "bram.%s@voorbeeld.example", tag);
	snprintf(p->bram_phone, sizeof(p->bram_phone), "06876543%02d", n);
	for (int i = 0; i < 3; i++)
		snprintf(nr[i], sizeof(nr[i]), "%d", n + i);
	snprintf(tina_text, sizeof(tina_text), "Stank uit de kelder van nummer %d.", n);
	snprintf(bram_text, sizeof(bram_text), "Harde muziek bij nummer %d, elke nacht.", n + 1);
	snprintf(key, sizeof(key), "people %s", tag);
	if (!server_once(s, key)) {
		p->tina.id = test_sql_int(s, "SELECT id FROM melding WHERE omschrijving = '%s'", tina_text);
		p->bram.id = test_sql_int(s, "SELECT id FROM melding WHERE omschrijving = '%s'", bram_text);
		char *v = test_sql_text(s, "SELECT v FROM test_people WHERE k = '%s'", tag);
		snprintf(p->tina.status_path, sizeof(p->tina.status_path), "%s", v);
		free(v);
		return;
	}
	const struct form_part tina[] = {
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", tina_text),
		FORM_FIELD("postcode", "9991 AA"), FORM_FIELD("huisnummer", nr[0]),
		FORM_FIELD("melder_naam", "Tina Tenant"), FORM_FIELD("melder_email", p->tina_email),
		FORM_FIELD("anoniem", "0"), FORM_END,
	};
	const struct form_part bram[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", bram_text),
		FORM_FIELD("postcode", "9991 AA"), FORM_FIELD("huisnummer", nr[1]),
		FORM_FIELD("melder_naam", "Bram Buurgeheim"), FORM_FIELD("melder_email", p->bram_email),
		FORM_FIELD("melder_telefoon", p->bram_phone), FORM_FIELD("anoniem", "0"), FORM_END,
	};
	public_melding_ok(s, tina, &p->tina);
	public_melding_ok(s, bram, &p->bram);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	struct response *r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "9991 AA", "huisnummer", nr[1], "pijler", "samen_wonen", "onderwerp", "Muziek",
		"meldingen", p->bram.ref, NULL });
	long long dossier = assert_created(r, "/dossiers/");
	response_free(r);
	char path[64];
	snprintf(path, sizeof(path), "/dossiers/%lld/notitie", dossier);
	r = account_post(c, NULL, path, (const char *const[]){ "tekst", "Huisbezoek: bewoner zegt het te begrijpen.", NULL });
	assert_int_equal(r->status, 303);
	response_free(r);
	client_free(c);
	test_sql(s, "CREATE TABLE IF NOT EXISTS test_people(k TEXT, v TEXT)");
	test_sql(s, "INSERT INTO test_people VALUES ('%s', '%s')", tag, p->tina.status_path);
}

static void test_inzage(void **state)
{
	struct server *s = *state;
	struct people p;
	people(s, "inzage", 2, &p);
	/* Tina kept an overlastdagboek and answered the satisfaction question (issue 17): hers too. */
	test_sql(s, "INSERT INTO dagboek(melding_id, vastgelegd, van, ernst, tekst)"
		    " VALUES (%lld, 1780000000, 1779990000, 3, 'Dagboek van Tina: de kelder stinkt weer')", p.tina.id);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	const char *q = "email=Tina.Inzage%40Voorbeeld.example&postcode=9991aa&huisnummer=3";
	struct response *r = client_getf(c, "/privacyverzoeken/inzage.json?%s", q);
	assert_status(r, 200);
	assert_non_null(strstr(r->body, "Dagboek van Tina: de kelder stinkt weer"));
	assert_non_null(strstr(r->body, "\"delen_met_partners\""));
	assert_header_contains(r, "Content-Disposition", "inzage.json");
	cJSON *j = response_json(r);
	const cJSON *own = cJSON_GetObjectItemCaseSensitive(j, "meldingen_als_melder");
	const cJSON *about = cJSON_GetObjectItemCaseSensitive(j, "meldingen_over_adres");
	const cJSON *dossiers = cJSON_GetObjectItemCaseSensitive(j, "dossiers_over_adres");
	assert_int_equal(cJSON_GetArraySize(own), 1);
	assert_string_equal(json_str(cJSON_GetArrayItem(own, 0), "melder_email"), p.tina_email);
	assert_string_equal(json_str(cJSON_GetArrayItem(own, 0), "omschrijving"), "Stank uit de kelder van nummer 2.");
	assert_int_equal(cJSON_GetArraySize(about), 1);
	assert_string_equal(json_str(cJSON_GetArrayItem(about, 0), "omschrijving"), "Harde muziek bij nummer 3, elke nacht.");
	assert_null(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(about, 0), "melder_naam"));
	assert_int_equal(cJSON_GetArraySize(dossiers), 1);
	assert_non_null(strstr(r->body, "Huisbezoek: bewoner zegt het te begrijpen."));
	/* Nothing anywhere names the neighbour who reported. */
	assert_null(mem_find(r->body, r->len, "Buurgeheim", 1));
	assert_null(mem_find(r->body, r->len, p.bram_phone, 0));
	cJSON_Delete(j);
	response_free(r);

	/* The printable page holds the same, and the same nothing. */
	r = client_getf(c, "/privacyverzoeken/inzage?%s", q);
	assert_status(r, 200);
	assert_body_contains(r, p.tina_email);
	assert_body_contains(r, "Harde muziek bij nummer 3, elke nacht.");
	assert_body_contains(r, "Huisbezoek: bewoner zegt het te begrijpen.");
	assert_null(mem_find(r->body, r->len, "Buurgeheim", 1));
	assert_null(mem_find(r->body, r->len, p.bram_phone, 0));
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'inzage' AND object_type = 'persoon'"
				      " AND user_id = (SELECT id FROM user WHERE email = '%s')"
				      " AND detail = 'e-mail Tina.Inzage@Voorbeeld.example; adres 9991 AA 3: 1 als melder,"
				      " 1 over het adres, 1 dossiers'", COORDINATOR), 2);

	/* A query that cannot be read comes back with what was typed and why. */
	r = client_get(c, "/privacyverzoeken/inzage?postcode=9991aa&telefoon=12");
	assert_status(r, 422);
	assert_body_contains(r, "Dit telefoonnummer klopt niet");
	assert_body_contains(r, "Vul voor een adres de postcode en het huisnummer allebei in.");
	assert_body_contains(r, "value=\"12\"");
	response_free(r);
	r = client_get(c, "/privacyverzoeken/inzage.json");
	assert_status(r, 422);
	assert_body_contains(r, "\"email\"");
	response_free(r);
	client_free(c);

	/*
	 * The beheerder sees no case content (DESIGN.md), so does not answer
	 * privacy requests; nor do other staff, nor melders.
	 */
	c = account_client(s, BEHEERDER, DEMO_PASSWORD);
	r = client_getf(c, "/privacyverzoeken/inzage.json?%s", q);
	assert_status(r, 403);
	assert_null(mem_find(r->body, r->len, "tina.", 0));
	response_free(r);
	client_free(c);
}

static void test_correct_and_erase(void **state)
{
	struct server *s = *state;
	struct people p;
	people(s, "verzoek", 6, &p);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);

	/* A bad new address: the form again, with the input and the reason. */
	struct response *r = account_post(c, NULL, "/privacyverzoeken/corrigeren", (const char *const[]){
		"email", p.tina_email, "naam", "Tina de Tenant", "nieuw_email", "tina@@fout", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Dit is geen geldig e-mailadres");
	assert_body_contains(r, "value=\"Tina de Tenant\"");
	assert_body_contains(r, "value=\"tina@@fout\"");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = 'Tina Tenant'",
				      p.tina.id), 1);

	r = account_post(c, NULL, "/privacyverzoeken/corrigeren", (const char *const[]){
		"email", p.tina_email, "naam", "Tina de Tenant", "nieuw_email", "tina.nieuw@voorbeeld.example",
		"nieuw_telefoon", "06 11 22 33 44", NULL });
	assert_redirect(r, "/privacyverzoeken?melding=gecorrigeerd");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = 'Tina de Tenant'"
				      " AND melder_email = 'tina.nieuw@voorbeeld.example' AND melder_telefoon = '0611223344'",
				      p.tina.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gecorrigeerd'"
				      " AND detail = 'e-mail %s: 1 meldingen'", p.tina_email), 1);

	/* Bram's melding is in a running dossier: refused, with the reason, and nothing changes. */
	long long refusals = test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'persoon'");
	r = account_post(c, NULL, "/privacyverzoeken/verwijderen", (const char *const[]){
		"telefoon", p.bram_phone, "bevestigen", "1", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Niet verwijderd: melding M-");
	assert_body_contains(r, "dat nog loopt");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = 'Bram Buurgeheim'",
				      p.bram.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'persoon'"),
			 refusals + 1);

	/* Without the confirmation nothing happens. */
	r = account_post(c, NULL, "/privacyverzoeken/verwijderen", (const char *const[]){
		"email", "tina.nieuw@voorbeeld.example", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Vink aan dat de melder om verwijderen vroeg");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = 'Tina de Tenant'",
				      p.tina.id), 1);

	/* Tina's own melding is in no dossier: her details go, the melding stays. */
	long long key = test_sql_int(s, "SELECT melder_sleutel FROM melding WHERE id = %lld", p.tina.id);
	r = account_post(c, NULL, "/privacyverzoeken/verwijderen", (const char *const[]){
		"email", "TINA.Nieuw@voorbeeld.example", "bevestigen", "1", NULL });
	assert_redirect(r, "/privacyverzoeken?melding=verwijderd");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND melder_naam = '' AND melder_email = ''"
				      " AND melder_telefoon = '' AND status_token_hash IS NULL AND omschrijving <> ''"
				      " AND melder_sleutel IS NOT NULL AND melder_sleutel <> %lld", p.tina.id, key), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND (aan <> '' OR tekst <> '')",
				      p.tina.id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'verwijderd' AND object_type = 'persoon'"
				      " AND detail = 'e-mail TINA.Nieuw@voorbeeld.example: melder verwijderd uit 1 meldingen'"), 1);
	struct client *anon = client_new(s);
	r = client_get(anon, p.tina.status_path);
	assert_status(r, 404);
	response_free(r);
	client_free(anon);

	/* The page with the forms, after the redirect, with its confirmation. */
	r = client_getf(c, "/privacyverzoeken?melding=verwijderd&telefoon=%s", p.bram_phone);
	assert_status(r, 200);
	assert_body_contains(r, "zijn verwijderd");
	assert_body_contains(r, "action=\"/privacyverzoeken/verwijderen\"");
	assert_tidy(r);
	response_free(r);
	client_free(c);
}

/* An applicant of a bewonersinitiatief (issue 18) is found, corrected and erased like a melder. */
static void test_aanvrager(void **state)
{
	struct server *s = *state;

	seed_organisation(s);
	test_sql(s, "INSERT INTO initiatief(referentie, jaar, ingediend_op, titel, wat, bedrag_gevraagd_cent, wijk_id,"
		    " aanvrager_naam, aanvrager_email, aanvrager_telefoon, status, gewijzigd_op, status_token_hash)"
		    " VALUES ('I-2026-8001', 2026, 1780000000, 'Moestuin', 'Bakken op het binnenterrein.', 75000, %lld,"
		    " 'Ada Aanvrager', 'ada@voorbeeld.example', '0612121212', 'toegekend', 1780000000, x'0102')",
		    test_area_id(s, "WK999901"));
	long long id = test_sql_int(s, "SELECT id FROM initiatief WHERE referentie = 'I-2026-8001'");
	test_sql(s, "INSERT INTO fonds_boeking(initiatief_id, soort, bedrag_cent, dag, vastgelegd_op)"
		    " VALUES (%lld, 'toekenning', 60000, 20600, 1780000000), (%lld, 'betaling', 30000, 20601, 1780000000)",
		    id, id);
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	struct response *r = client_get(c, "/privacyverzoeken/inzage.json?telefoon=06-12121212");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	const cJSON *ini = cJSON_GetObjectItemCaseSensitive(j, "initiatieven_als_aanvrager");
	assert_int_equal(cJSON_GetArraySize(ini), 1);
	assert_string_equal(json_str(cJSON_GetArrayItem(ini, 0), "titel"), "Moestuin");
	assert_string_equal(json_str(cJSON_GetArrayItem(ini, 0), "aanvrager_email"), "ada@voorbeeld.example");
	assert_int_equal((int)cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(ini, 0), "betaald_cent")->valuedouble, 30000);
	cJSON_Delete(j);
	response_free(r);

	r = account_post(c, NULL, "/privacyverzoeken/corrigeren", (const char *const[]){
		"email", "ADA@voorbeeld.example", "naam", "Ada de Aanvrager", "nieuw_email", "ada.nieuw@voorbeeld.example", NULL });
	assert_redirect(r, "/privacyverzoeken?melding=gecorrigeerd");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE id = %lld AND aanvrager_naam = 'Ada de Aanvrager'"
				      " AND aanvrager_email = 'ada.nieuw@voorbeeld.example'", id), 1);

	r = account_post(c, NULL, "/privacyverzoeken/verwijderen", (const char *const[]){
		"email", "ada.nieuw@voorbeeld.example", "bevestigen", "1", NULL });
	assert_redirect(r, "/privacyverzoeken?melding=verwijderd");
	response_free(r);
	/* The applicant and the status link go; the books stay whole. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM initiatief WHERE id = %lld AND aanvrager_naam = ''"
				      " AND aanvrager_email = '' AND aanvrager_telefoon = '' AND status_token_hash IS NULL"
				      " AND wat <> ''", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM fonds_boeking WHERE initiatief_id = %lld", id), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'verwijderd' AND detail LIKE"
				      " '%%aanvrager uit 1 initiatieven'"), 1);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statement),
		cmocka_unit_test(test_retention),
		cmocka_unit_test(test_inzage),
		cmocka_unit_test(test_correct_and_erase),
		cmocka_unit_test(test_aanvrager),
	};
	char ini[512];
	FILE *f;
	int rc;

	snprintf(statement_path, sizeof(statement_path), "/tmp/leefbaar-privacy-%ld.txt", (long)getpid());
	f = fopen(statement_path, "w");
	if (!f)
		return 1;
	fputs("Woonstichting Proef verwerkt <uw> gegevens zorgvuldig.\n\n\nTweede alinea: de bewaartermijnen.\n", f);
	fclose(f);
	snprintf(ini, sizeof(ini), SUITE_INI "[privacy]\nstatement_file = %s\n", statement_path);
	rc = harness_run_suite("privacy", tests, ARRAY_SIZE(tests), ini);
	unlink(statement_path);
	return rc;
}
