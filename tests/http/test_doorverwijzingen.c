/*
 * test_doorverwijzingen.c - referrals and the partner portal (issue 8)
 * against the real server: the beheerder's answer terms; referring from
 * the dossier page with a file; the notice in the outbox without case
 * content; the partner accepting, declining and answering (with a file,
 * type checked by content) in HTML and JSON; the case worker seeing the
 * answer on the dossier and its court overview and closing the referral;
 * the lists with their filters, late markers and paging; and isolation:
 * partner A gets 404 on partner B's referral by id, in lists and in the
 * API, a partner gets 404 on every dossier and melding URL and 403 on
 * every staff page, staff reach follows the dossier (wijk, gevoelig). Bad
 * input gets clear messages, keeps what was typed and changes nothing.
 *
 * Every request a partner makes goes through pget()/ppost()/papi(), which
 * fail the test when the body holds the melder's name or e-mail, the
 * melding's text, the internal reason, the dossier's reference or its
 * address: whatever the partner opens, none of it ever appears.
 *
 * One server with the demo organisation (`leefbaar seed --organisation`), two homes
 * of our own, one melding with a photo sent in through the public form,
 * and a second partner user (of GGZ Voorbeeld) made with `leefbaar adduser`.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/werkdagen.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEMO_PASSWORD "Leefbaar-demo-2026"
#define SOCIAAL "sociaal@voorbeeld.example"             /* sociaal beheerder: Centrum, Noord */
#define LEEFBAAR "leefbaarheid@voorbeeld.example"       /* leefbaarheidsmedewerker: Oost */
#define WIJKBEHEER "wijkbeheer@voorbeeld.example"       /* wijkbeheerder: Centrum */
#define COORDINATOR "coordinator@voorbeeld.example"
#define ONDERSTEUNER "ondersteuner@voorbeeld.example"
#define BEHEERDER "beheerder@voorbeeld.example"
#define WIJKTEAM "wijkteam@voorbeeld.example"           /* partner: Sociaal Wijkteam Voorbeeldstad */
#define GGZ "ggz.medewerker@test.example"               /* partner: GGZ Voorbeeld (made here) */

/* What a partner must never read. */
#define MELDER_NAAM "Mientje Geheimhouder"
#define MELDER_EMAIL "mientje.geheim@example.org"
#define MELDING_TEKST "Buurman schreeuwt elke nacht GEHEIM-7731"
#define STRAAT "Proefstraat"
#define REDEN "INTERN-REDEN-5521 zorgen over verwaarlozing"

/* What the case worker shares, and asks. */
#define GEDEELD "Een oudere bewoner lijkt de weg kwijt; bereikbaar via de corporatie. GEDEELD-3141"
#define VRAAG "Wilt u contact opnemen en kijken welke hulp past? VRAAG-2718"

/* An 8x8 grey baseline JPEG, small and valid (libmagic: image/jpeg). */
static const unsigned char jpeg[] = {
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
	0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08,
	0x00, 0x08, 0x01, 0x01, 0x11, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xc4, 0x00,
	0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x3f, 0xff,
	0xd9,
};

/* A small PDF (libmagic: application/pdf): what a wijkteam sends as its report. */
static const char pdf[] =
	"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
	"trailer << /Root 1 0 R >>\n%%EOF\n";

/* A shell script with a PDF's name: refused by its content. */
static const char script[] = "#!/bin/sh\nrm -rf /\n";

static struct {
	pid_t pid;
	int port;
	long long dossier_id, melding_id, attachment_id;
	char dossier_ref[32], melding_ref[32];
	long long wijkteam_id, ggz_id, ggz_user;
	long long ref_a;     /* to the wijkteam, from the dossier page: accepted, answered, closed */
	long long ref_b;     /* to GGZ, through the API: declined, closed */
	long long ref_c;     /* to GGZ, through the API: stays open (and is made late) */
} fx;

/* ---- set-up -------------------------------------------------------------- */

static void sql(struct server *s, const char *text)
{
	if (test_db_exec(s, text) != 0) {
		print_error("sql failed: %s\n", text);
		fail();
	}
}

static long long sql_int(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static long long sql_int(struct server *s, const char *fmt, ...)
{
	struct buf q = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&q, fmt, ap);
	va_end(ap);
	long long v = test_db_int(s, q.buf);
	buf_release(&q);
	return v;
}

static int contains(const struct response *r, const char *needle)
{
	return r->body && mem_find(r->body, r->len, needle, 0) != NULL;
}

static cJSON *json_of(const struct response *r)
{
	cJSON *j = cJSON_ParseWithLength(r->body, r->len);
	if (!j) {
		print_error("not JSON (%ld): %.300s\n", r->status, r->body);
		fail();
	}
	return j;
}

static char *csrf_of(struct client *c)
{
	char *tok = account_csrf(c, "/account/wachtwoord");
	assert_non_null(tok);
	return tok;
}

/* The melding with a photo, sent in by a tenant through the public form. */
static void file_melding(struct server *s)
{
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", MELDING_TEKST), FORM_FIELD("postcode", "2011 AA"),
		FORM_FIELD("huisnummer", "1"), FORM_FIELD("melder_naam", MELDER_NAAM),
		FORM_FIELD("melder_email", MELDER_EMAIL), FORM_FIELD("anoniem", "0"),
		/* The melder's own file name names her: it must not travel to the partner. */
		FORM_FILE("bijlagen", (const char *)jpeg, sizeof(jpeg), "Mientje-Geheimhouder-balkon.jpg", "image/jpeg"),
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/melden", parts);
	assert_status(r, 201);
	const char *p = strstr(r->body, "M-20");
	assert_non_null(p);
	snprintf(fx.melding_ref, sizeof(fx.melding_ref), "%.13s", p);
	fx.melding_id = sql_int(s, "SELECT id FROM melding WHERE referentie = '%s'", fx.melding_ref);
	fx.attachment_id = sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld", fx.melding_id);
	assert_true(fx.attachment_id > 0);
	response_free(r);
	free(tok);
	client_free(c);
}

static struct client *login(struct server *s, const char *email);

static void setup_once(struct server *s)
{
	struct cli_result res = CLI_RESULT_INIT;
	const char *seed[] = { "seed", "--organisation", "--config", s->config_path, NULL };
	char ggz_id[24];

	if (fx.pid == s->pid && fx.port == s->port)
		return;
	fx.pid = s->pid;
	fx.port = s->port;
	if (harness_run_cli(s, seed, NULL, &res) != 0) {
		print_error("seed failed: %s\n", res.err.buf);
		cli_result_release(&res);
		fail();
	}
	cli_result_release(&res);
	sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
	       " ('2011 AA', 1, '', '" STRAAT "', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
	       " ('2033 CC', 4, '', 'Oefenweg', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301'))");
	fx.wijkteam_id = sql_int(s, "SELECT id FROM partner WHERE naam = 'Sociaal Wijkteam Voorbeeldstad'");
	fx.ggz_id = sql_int(s, "SELECT id FROM partner WHERE naam = 'GGZ Voorbeeld'");
	assert_true(fx.wijkteam_id > 0 && fx.ggz_id > 0);
	snprintf(ggz_id, sizeof(ggz_id), "%lld", fx.ggz_id);
	account_add(s, GGZ, "Gert GGZ", "partner", NULL, (const char *const[]){ "--partner", ggz_id, NULL });
	fx.ggz_user = sql_int(s, "SELECT id FROM user WHERE email = '" GGZ "'");
	file_melding(s);

	/* The dossier about that home, with the melding in it, opened by the sociaal beheerder. */
	struct client *c = login(s, SOCIAAL);
	char *tok = csrf_of(c);
	const char *fields[] = { "csrf_token", tok, "postcode", "2011 AA", "huisnummer", "1",
				 "pijler", "sociaal_preventief", "onderwerp", "Bewoner benedenwoning",
				 "meldingen", fx.melding_ref, NULL };
	struct response *r = client_post_form(c, "/dossiers", fields);
	assert_status(r, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	fx.dossier_id = atoll(loc + strlen("/dossiers/"));
	assert_true(fx.dossier_id > 0);
	snprintf(fx.dossier_ref, sizeof(fx.dossier_ref), "D-%04lld-%05lld",
		 sql_int(s, "SELECT jaar FROM dossier WHERE id = %lld", fx.dossier_id),
		 sql_int(s, "SELECT volgnummer FROM dossier WHERE id = %lld", fx.dossier_id));
	assert_int_equal(sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", fx.dossier_id), 1);
	response_free(r);
	free(tok);
	client_free(c);
}

static struct client *login_pw(struct server *s, const char *email, const char *pw)
{
	struct client *c = client_new(s);
	setup_once(s);
	account_login_ok(c, email, pw);
	return c;
}

static struct client *login(struct server *s, const char *email)
{
	return login_pw(s, email, DEMO_PASSWORD);
}

/* ---- requests ------------------------------------------------------------ */

static struct response *get(struct client *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static struct response *get(struct client *c, const char *fmt, ...)
{
	struct buf p = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&p, fmt, ap);
	va_end(ap);
	struct response *r = client_get(c, p.buf);
	buf_release(&p);
	return r;
}

/* POSTs fields (NULL-terminated name, value pairs) with the session's CSRF token. */
static struct response *post(struct client *c, const char *path, const char *const fields[])
{
	const char *all[64];
	int n = 0;
	char *tok = csrf_of(c);

	all[n++] = "csrf_token";
	all[n++] = tok;
	for (int i = 0; fields && fields[i] && n < 62; i++)
		all[n++] = fields[i];
	all[n] = NULL;
	struct response *r = client_post_form(c, path, all);
	free(tok);
	return r;
}

/* A JSON call with a bearer token (method, path, body may be NULL). */
static struct response *api(struct client *c, const char *token, const char *method, const char *path,
			    const char *body)
{
	char auth[200];
	const char *headers[] = { auth, NULL };

	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	return client_request(c, method, path, body ? "application/json" : NULL, body, body ? strlen(body) : 0,
			      headers);
}

/* Fails when a partner's answer holds anything of the case beyond what was shared. */
static void assert_no_leak_at(const struct response *r, const char *file, int line)
{
	static const char *const secret[] = {
		MELDER_NAAM, MELDER_EMAIL, "GEHEIM-7731", "Mientje", STRAAT, "INTERN-REDEN-5521", "D-20",
		"Bewoner benedenwoning", "/dossiers/", "/meldingen/", "\"reden\":\"INTERN",
	};
	for (size_t i = 0; i < ARRAY_SIZE(secret); i++) {
		if (r->body && mem_find(r->body, r->len, secret[i], 1)) {
			print_error("partner response (%ld) holds \"%s\"\n", r->status, secret[i]);
			_fail(file, line);
		}
	}
	/* Neither the dossier's nor the melding's references, in any form. */
	if (fx.melding_ref[0] && r->body && mem_find(r->body, r->len, fx.melding_ref, 1)) {
		print_error("partner response holds the melding reference %s\n", fx.melding_ref);
		_fail(file, line);
	}
}
#define assert_no_leak(r) assert_no_leak_at((r), __FILE__, __LINE__)

/* A partner's requests: each answer is checked for leaks. */
static struct response *pget(struct client *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static struct response *pget(struct client *c, const char *fmt, ...)
{
	struct buf p = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&p, fmt, ap);
	va_end(ap);
	struct response *r = client_get(c, p.buf);
	buf_release(&p);
	assert_no_leak(r);
	return r;
}

static struct response *ppost(struct client *c, const char *path, const char *const fields[])
{
	struct response *r = post(c, path, fields);
	assert_no_leak(r);
	return r;
}

static struct response *papi(struct client *c, const char *token, const char *method, const char *path,
			     const char *body)
{
	struct response *r = api(c, token, method, path, body);
	assert_no_leak(r);
	return r;
}

static const char *str_of(const cJSON *j, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The due day the server must compute: n werkdagen after today in Amsterdam (no closing days here). */
static void due_after(int n, char out[DAYS_FORMAT_LEN])
{
	days_format(werkdagen_add(NULL, amsterdam_day(time(NULL)), n), out);
}

/* Sends a referral through the API as token; returns its id. */
static long long refer_api(struct client *c, const char *token, long long partner, const char *vraag,
			   char due_out[DAYS_FORMAT_LEN])
{
	char path[128], body[800];

	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", fx.dossier_ref);
	snprintf(body, sizeof(body), "{\"partner\": %lld, \"reden\": \"" REDEN "\", \"vraag\": \"%s\","
		 " \"gedeelde_informatie\": \"" GEDEELD "\"}", partner, vraag);
	struct response *r = api(c, token, "POST", path, body);
	assert_status(r, 201);
	cJSON *j = json_of(r);
	long long id = (long long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "id"));
	assert_true(id > 0);
	assert_string_equal(str_of(j, "status"), "verstuurd");
	assert_non_null(str_of(j, "antwoord_uiterlijk"));
	if (due_out)
		snprintf(due_out, DAYS_FORMAT_LEN, "%s", str_of(j, "antwoord_uiterlijk"));
	cJSON_Delete(j);
	response_free(r);
	return id;
}

static long long ref_status_is(struct server *s, long long id, const char *status)
{
	return sql_int(s, "SELECT count(*) FROM referral WHERE id = %lld AND status = '%s'", id, status);
}

/* ---- the beheerder's answer terms ------------------------------------------ */

static void test_beheer_termijnen(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, BEHEERDER);
	struct response *r = get(c, "/beheer/partners/termijnen");

	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Sociaal wijkteam");
	assert_body_contains(r, "Veiligheidshuis");
	assert_body_contains(r, "name=\"termijn-ggz\" value=\"5\"");
	response_free(r);
	/* The partners page leads there, and so does the beheer start page. */
	r = get(c, "/beheer/partners");
	assert_body_contains(r, "/beheer/partners/termijnen");
	response_free(r);
	r = get(c, "/beheer");
	assert_body_contains(r, "/beheer/partners/termijnen");
	response_free(r);

	/* Bad values: a message beside the field, what was typed kept, nothing stored. */
	r = post(c, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "0", "termijn-riec", "veel",
									   "termijn-politie", "8", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "GGZ: vul een aantal werkdagen in van 1 tot en met 60.");
	assert_body_contains(r, "value=\"veel\"");
	assert_body_contains(r, "value=\"8\"");
	response_free(r);
	assert_int_equal(sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'politie'"), 5);
	r = post(c, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "61", NULL });
	assert_status(r, 422);
	response_free(r);

	/* GGZ gets 10 werkdagen: one audit row with the change, in its transaction. */
	r = post(c, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "10", NULL });
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/partners/termijnen?klaar=opgeslagen");
	response_free(r);
	assert_int_equal(sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'ggz'"), 10);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'antwoordtermijn'"
				 " AND object_id = 'ggz' AND detail = '5 naar 10 werkdagen'"), 1);
	r = get(c, "/beheer/partners/termijnen?klaar=opgeslagen");
	assert_body_contains(r, "name=\"termijn-ggz\" value=\"10\"");
	assert_body_contains(r, "Bram");   /* who changed it: the demo beheerder's name is in the row */
	response_free(r);
	client_free(c);

	/* Nobody else may. */
	static const char *const others[] = { SOCIAAL, COORDINATOR, WIJKTEAM };
	for (size_t i = 0; i < ARRAY_SIZE(others); i++) {
		c = login(s, others[i]);
		r = get(c, "/beheer/partners/termijnen");
		assert_status(r, 403);
		response_free(r);
		r = post(c, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "1", NULL });
		assert_status(r, 403);
		response_free(r);
		client_free(c);
	}
	assert_int_equal(sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'ggz'"), 10);
}

/* ---- referring from the dossier page -------------------------------------- */

static void test_refer_from_dossier(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char due[DAYS_FORMAT_LEN], att[24], partner[24];

	/* The dossier page offers it. */
	struct response *r = get(c, "/dossiers/%lld", fx.dossier_id);
	assert_status(r, 200);
	assert_body_contains(r, "Doorverwijzingen");
	assert_body_contains(r, "Nog niet doorverwezen.");
	char href[80];
	snprintf(href, sizeof(href), "/doorverwijzingen/nieuw?dossier=%lld", fx.dossier_id);
	assert_body_contains(r, href);
	response_free(r);

	/* The form: the organisations with their terms, the dossier's files to tick. */
	r = get(c, "%s", href);
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "<optgroup label=\"Sociaal wijkteam\"><option value=\"");
	assert_body_contains(r, "Sociaal Wijkteam Voorbeeldstad (5 werkdagen)");
	assert_body_contains(r, "GGZ Voorbeeld (10 werkdagen)");
	snprintf(att, sizeof(att), "%lld", fx.attachment_id);
	char box[80];
	snprintf(box, sizeof(box), "name=\"bijlagen\" value=\"%s\"", att);
	assert_body_contains(r, box);
	assert_body_contains(r, fx.melding_ref);
	response_free(r);

	snprintf(partner, sizeof(partner), "%lld", fx.wijkteam_id);
	char did[24];
	snprintf(did, sizeof(did), "%lld", fx.dossier_id);
	r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", REDEN, "vraag", VRAAG,
		"gedeelde_informatie", GEDEELD, "bijlagen", att, NULL });
	assert_status(r, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_int_equal(strncmp(loc, "/doorverwijzingen/", 18), 0);
	fx.ref_a = atoll(loc + 18);
	assert_true(fx.ref_a > 0);
	assert_non_null(strstr(loc, "?klaar=verstuurd"));
	response_free(r);

	/* Stored with its due day from today (Amsterdam) and the kind's term. */
	due_after(5, due);
	int32_t due_day;
	assert_int_equal(days_parse(due, &due_day), 0);
	assert_int_equal(sql_int(s, "SELECT antwoord_dag FROM referral WHERE id = %lld", fx.ref_a), due_day);
	assert_int_equal(ref_status_is(s, fx.ref_a, "verstuurd"), 1);
	/* The photo is a copy under a neutral name: the melder's file name stays behind. */
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld"
				 " AND bestandsnaam = 'bijlage-1.jpg' AND van_partner = 0", fx.ref_a), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_file f JOIN attachment a ON a.opslag = f.opslag"), 0);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt'"
				 " AND object_type = 'doorverwijzing' AND object_id = '%lld'", fx.ref_a), 1);

	/* The notice: to the organisation's contact address, no melding, a link, and nothing of the case. */
	assert_int_equal(sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing' AND melding_id IS NULL"
				 " AND aan = 'wijkteam@voorbeeldstad.example'"), 1);
	char like[120];
	snprintf(like, sizeof(like), "%%/doorverwijzingen/%lld\n%%", fx.ref_a);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing' AND tekst LIKE '%s'",
				 like), 1);
	static const char *const not_in_mail[] = {
		"GEDEELD-3141", "VRAAG-2718", "INTERN-REDEN", "Mientje", "Geheimhouder", "GEHEIM-7731", STRAAT,
		"2011", "Bewoner benedenwoning", "D-20", "Sanne", "Fatima",
	};
	for (size_t i = 0; i < ARRAY_SIZE(not_in_mail); i++)
		if (sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing'"
			       " AND (tekst LIKE '%%%s%%' OR onderwerp LIKE '%%%s%%')", not_in_mail[i], not_in_mail[i]))
			fail_msg("the notice holds \"%s\"", not_in_mail[i]);

	/* The referral page for the case worker: everything, with the reason. */
	r = get(c, "/doorverwijzingen/%lld?klaar=verstuurd", fx.ref_a);
	assert_status(r, 200);
	assert_body_contains(r, "De doorverwijzing is verstuurd.");
	assert_body_contains(r, "INTERN-REDEN-5521");
	assert_body_contains(r, "GEDEELD-3141");
	assert_body_contains(r, fx.dossier_ref);
	assert_body_contains(r, "bijlage-1.jpg");
	assert_body_contains(r, "Doorverwijzing afsluiten");
	response_free(r);

	/* On the dossier: the block with the referral and its marker, and the timeline entry. */
	r = get(c, "/dossiers/%lld", fx.dossier_id);
	assert_body_contains(r, "Doorverwijzing verstuurd");
	assert_body_contains(r, "aan Sociaal Wijkteam Voorbeeldstad");
	assert_body_contains(r, "Gedeeld met de partner: " GEDEELD);
	snprintf(href, sizeof(href), "href=\"/doorverwijzingen/%lld\"", fx.ref_a);
	assert_body_contains(r, href);
	response_free(r);
	r = get(c, "/dossiers/%lld/overzicht", fx.dossier_id);
	assert_status(r, 200);
	assert_body_contains(r, "Doorverwijzing verstuurd");
	response_free(r);
	client_free(c);
}

static void test_refer_bad_input(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, SOCIAAL);
	char did[24], partner[24];
	long long before = sql_int(s, "SELECT count(*) FROM referral");
	long long mails = sql_int(s, "SELECT count(*) FROM outbox");

	snprintf(did, sizeof(did), "%lld", fx.dossier_id);
	snprintf(partner, sizeof(partner), "%lld", fx.wijkteam_id);

	/* No summary: a message, and the question typed is still there. */
	struct response *r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "vraag", "Bewaarde vraag <b>&", "gedeelde_informatie",
		"   ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "De doorverwijzing is nog niet verstuurd.");
	assert_body_contains(r, "Schrijf wat de partner over de situatie moet weten.");
	assert_body_contains(r, "Bewaarde vraag &lt;b&gt;&amp;");
	assert_body_contains(r, "href=\"#gedeelde_informatie\"");
	response_free(r);

	/* No question. */
	r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "gedeelde_informatie", "Bewaarde samenvatting", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf de vraag aan de partner");
	assert_body_contains(r, "Bewaarde samenvatting");
	response_free(r);

	/* An organisation that does not exist, one that is no longer active, none at all. */
	static const char *const bad_partners[] = { "999999", "abc", "" };
	for (size_t i = 0; i < ARRAY_SIZE(bad_partners); i++) {
		r = post(c, "/doorverwijzingen", (const char *const[]){
			"dossier", did, "partner", bad_partners[i], "reden", "Zorgen", "vraag", "V",
			"gedeelde_informatie", "G", NULL });
		assert_status(r, 422);
		assert_body_contains(r, i < 2 ? "Deze organisatie bestaat niet of is niet meer actief."
					      : "Kies de organisatie waarnaar u doorverwijst.");
		response_free(r);
	}
	sql(s, "UPDATE partner SET actief = 0 WHERE naam = 'Buurtbemiddeling Voorbeeldstad'");
	char inactive[24];
	snprintf(inactive, sizeof(inactive), "%lld", sql_int(s, "SELECT id FROM partner WHERE naam = 'Buurtbemiddeling Voorbeeldstad'"));
	r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", inactive, "reden", "Zorgen", "vraag", "V", "gedeelde_informatie", "G", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Deze organisatie bestaat niet of is niet meer actief.");
	response_free(r);
	sql(s, "UPDATE partner SET actief = 1 WHERE naam = 'Buurtbemiddeling Voorbeeldstad'");

	/* A file that is not one of the dossier's. */
	r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "vraag", "V", "gedeelde_informatie", "G",
		"bijlagen", "987654", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies alleen bestanden van de meldingen in dit dossier");
	response_free(r);

	/* A dossier that does not exist, or that this user may not see. */
	r = post(c, "/doorverwijzingen", (const char *const[]){
		"dossier", "999999", "partner", partner, "reden", "R", "vraag", "V", "gedeelde_informatie", "G", NULL });
	assert_status(r, 404);
	response_free(r);
	r = get(c, "/doorverwijzingen/nieuw?dossier=999999");
	assert_status(r, 404);
	response_free(r);
	r = get(c, "/doorverwijzingen/nieuw");
	assert_status(r, 200);
	assert_body_contains(r, "Dossiernummer");
	response_free(r);

	/* The same through the API: 422 naming every field, 400 for a body that is not JSON. */
	char *token = account_token(s, SOCIAAL);
	char path[128];
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", fx.dossier_ref);
	r = api(c, token, "POST", path, "{\"partner\": 999999, \"reden\": \"\", \"vraag\": 12}");
	assert_status(r, 422);
	cJSON *j = json_of(r);
	cJSON *f = cJSON_GetObjectItemCaseSensitive(j, "fouten");
	assert_non_null(f);
	assert_non_null(str_of(f, "vraag"));
	cJSON_Delete(j);
	response_free(r);
	r = api(c, token, "POST", path, "{\"partner\": 999999, \"reden\": \"R\", \"vraag\": \"V\"}");
	assert_status(r, 422);
	j = json_of(r);
	f = cJSON_GetObjectItemCaseSensitive(j, "fouten");
	assert_non_null(strstr(str_of(f, "partner"), "bestaat niet"));
	assert_non_null(strstr(str_of(f, "gedeelde_informatie"), "Schrijf wat de partner"));
	cJSON_Delete(j);
	response_free(r);
	r = api(c, token, "POST", path, "{\"partner\": ");
	assert_status(r, 400);
	response_free(r);
	r = api(c, token, "POST", "/api/v1/dossiers/D-2000-99999/doorverwijzingen",
		"{\"partner\": 1, \"reden\": \"R\", \"vraag\": \"V\", \"gedeelde_informatie\": \"G\"}");
	assert_status(r, 404);
	response_free(r);
	free(token);

	/* Nothing was stored, nothing was sent. */
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral"), before);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM outbox"), mails);
	client_free(c);
}

/* ---- the partner portal ---------------------------------------------------- */

static void test_partner_portal(void **state)
{
	struct server *s = *state;
	struct client *p = client_new(s);
	char path[128];

	setup_once(s);
	/* After login a partner lands on its referrals. */
	struct response *r = account_login(p, WIJKTEAM, DEMO_PASSWORD);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/doorverwijzingen");
	response_free(r);

	r = pget(p, "/doorverwijzingen");
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Sociaal Wijkteam Voorbeeldstad");
	snprintf(path, sizeof(path), "href=\"/doorverwijzingen/%lld\"", fx.ref_a);
	assert_body_contains(r, path);
	assert_body_contains(r, "Open (1)");
	assert_body_contains(r, "VRAAG-2718");
	/* The partner's menu has referrals and nothing else. */
	assert_body_contains(r, "<a href=\"/doorverwijzingen\" aria-current=\"page\">Doorverwijzingen</a>");
	assert_false(contains(r, "href=\"/dossiers\""));
	assert_false(contains(r, "href=\"/dashboard\""));
	response_free(r);

	/* The detail: the question, the shared summary and the file, nothing else. */
	r = pget(p, "/doorverwijzingen/%lld", fx.ref_a);
	assert_status(r, 200);
	assert_body_contains(r, "VRAAG-2718");
	assert_body_contains(r, "GEDEELD-3141");
	assert_body_contains(r, "bijlage-1.jpg");
	assert_body_contains(r, "Doorverwijzing accepteren");
	assert_body_contains(r, "Doorverwijzing afwijzen");
	assert_false(contains(r, "Doorverwijzing afsluiten"));
	response_free(r);
	long long file_id = sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld", fx.ref_a);
	r = pget(p, "/doorverwijzingen/%lld/bijlagen/%lld", fx.ref_a, file_id);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "image/jpeg");
	assert_int_equal(r->len, sizeof(jpeg));
	assert_int_equal(memcmp(r->body, jpeg, sizeof(jpeg)), 0);
	response_free(r);
	/* Every view of a partner is in the audit trail: the list, the page, the file. */
	long long pid = sql_int(s, "SELECT id FROM user WHERE email = '" WIJKTEAM "'");
	assert_true(sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
			       " AND object_type = 'doorverwijzingen'", pid) >= 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
				 " AND object_type = 'doorverwijzing' AND object_id = '%lld'", pid, fx.ref_a), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
				 " AND object_type = 'doorverwijzing_bijlage'", pid), 1);

	/* Answering before accepting: a clear message, the text kept, nothing stored. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", fx.ref_a);
	r = ppost(p, path, (const char *const[]){ "tekst", "Te vroeg antwoord", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is nog niet geaccepteerd. Accepteer haar eerst");
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "verstuurd"), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld", fx.ref_a), 1);

	/* Declining without a reason is refused; the referral stays as it was. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afwijzen", fx.ref_a);
	r = ppost(p, path, (const char *const[]){ "reden", " ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom u de doorverwijzing afwijst");
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "verstuurd"), 1);

	/* Accepting. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/accepteren", fx.ref_a);
	r = ppost(p, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "geaccepteerd"), 1);
	r = ppost(p, path, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is al geaccepteerd.");
	response_free(r);

	/* A file that is not what it claims: refused by its content, the text kept. */
	char *tok = csrf_of(p);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", fx.ref_a);
	const struct form_part bad[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", "Ons verslag volgt hierbij."),
		FORM_FILE("bestand", script, sizeof(script) - 1, "verslag.pdf", "application/pdf"), FORM_END,
	};
	r = client_post_multipart(p, path, bad);
	assert_no_leak(r);
	assert_status(r, 422);
	assert_body_contains(r, "Dit soort bestand kunnen wij niet ontvangen.");
	assert_body_contains(r, "Ons verslag volgt hierbij.");
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "geaccepteerd"), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld", fx.ref_a), 1);

	/* The report without the text: a message, and the report waits for the next attempt. */
	const struct form_part no_text[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", ""),
		FORM_FILE("bestand", pdf, sizeof(pdf) - 1, "verslag wijkteam.pdf", "application/pdf"), FORM_END,
	};
	r = client_post_multipart(p, path, no_text);
	assert_no_leak(r);
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf uw antwoord");
	assert_body_contains(r, "Al bijgevoegd: <strong>verslag wijkteam.pdf</strong>");
	char *kept = html_input_value(r->body, "bestand_id");
	assert_non_null(kept);
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "geaccepteerd"), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'verslag wijkteam.pdf'"), 1);

	/* The answer: the text, and the report kept from the attempt before (not chosen again). */
	const struct form_part good[] = {
		FORM_FIELD("csrf_token", tok),
		FORM_FIELD("tekst", "We zijn langs geweest en helpen met de administratie. ANTWOORD-1618"),
		FORM_FIELD("bestand_id", kept), FORM_END,
	};
	r = client_post_multipart(p, path, good);
	assert_no_leak(r);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "?klaar=beantwoord");
	response_free(r);
	free(kept);
	free(tok);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM pending_upload"), 0);
	assert_int_equal(ref_status_is(s, fx.ref_a, "beantwoord"), 1);
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld AND van_partner = 1"
				 " AND mime = 'application/pdf' AND bestandsnaam = 'verslag wijkteam.pdf'"
				 " AND event_id IS NOT NULL", fx.ref_a), 1);
	r = pget(p, "/doorverwijzingen/%lld?klaar=beantwoord", fx.ref_a);
	assert_body_contains(r, "Uw antwoord is verstuurd.");
	assert_body_contains(r, "ANTWOORD-1618");
	assert_body_contains(r, "Nog een antwoord geven");
	response_free(r);
	r = pget(p, "/doorverwijzingen?weergave=beantwoord");
	assert_body_contains(r, "Beantwoord (1)");
	response_free(r);
	client_free(p);

	/* The case worker sees the answer on the dossier and the court overview, opens the report, closes. */
	struct client *c = login(s, SOCIAAL);
	r = get(c, "/dossiers/%lld", fx.dossier_id);
	assert_body_contains(r, "Doorverwijzing geaccepteerd");
	assert_body_contains(r, "Antwoord van de partner");
	assert_body_contains(r, "ANTWOORD-1618");
	response_free(r);
	r = get(c, "/dossiers/%lld/overzicht", fx.dossier_id);
	assert_body_contains(r, "Antwoord van de partner");
	assert_body_contains(r, "ANTWOORD-1618");
	response_free(r);
	long long report = sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld AND van_partner = 1", fx.ref_a);
	r = get(c, "/doorverwijzingen/%lld/bijlagen/%lld", fx.ref_a, report);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "application/pdf");
	assert_header_contains(r, "Content-Disposition", "attachment");
	response_free(r);
	/* Staff do not answer for the partner. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", fx.ref_a);
	r = post(c, path, (const char *const[]){ "tekst", "Namens het wijkteam", NULL });
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afsluiten", fx.ref_a);
	r = post(c, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, fx.ref_a, "afgesloten"), 1);
	r = post(c, path, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is afgesloten.");
	response_free(r);
	r = get(c, "/dossiers/%lld", fx.dossier_id);
	assert_body_contains(r, "Doorverwijzing afgesloten");
	response_free(r);
	client_free(c);

	/* The partner can do nothing more with it. */
	p = login(s, WIJKTEAM);
	r = pget(p, "/doorverwijzingen/%lld", fx.ref_a);
	assert_body_contains(r, "Aan deze doorverwijzing hoeft u niets meer te doen.");
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", fx.ref_a);
	r = ppost(p, path, (const char *const[]){ "tekst", "Nog iets", NULL });
	assert_status(r, 422);
	response_free(r);
	client_free(p);
}

/* ---- the JSON API ------------------------------------------------------------- */

static void test_api_flow(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char due[DAYS_FORMAT_LEN], want[DAYS_FORMAT_LEN], path[128];

	setup_once(s);
	char *sb = account_token(s, SOCIAAL);
	char *ggz = account_token(s, GGZ);

	/* GGZ's term is 10 werkdagen (set by the beheerder above), from today. */
	fx.ref_b = refer_api(c, sb, fx.ggz_id, "Kunt u een huisbezoek doen?", due);
	due_after(10, want);
	assert_string_equal(due, want);
	fx.ref_c = refer_api(c, sb, fx.ggz_id, "Tweede vraag aan de GGZ", NULL);

	/* The partner's token sees its referral without the reason or the dossier. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld", fx.ref_b);
	struct response *r = papi(c, ggz, "GET", path, NULL);
	assert_status(r, 200);
	cJSON *j = json_of(r);
	assert_string_equal(str_of(j, "gedeelde_informatie"), GEDEELD);
	assert_string_equal(str_of(j, "vraag"), "Kunt u een huisbezoek doen?");
	assert_string_equal(str_of(j, "antwoord_uiterlijk"), want);
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "reden"));
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "dossier"));
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "wijk"));
	assert_true(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(j, "geschiedenis")));
	cJSON_Delete(j);
	response_free(r);
	/* Staff see the dossier, the wijk and the reason. */
	r = api(c, sb, "GET", path, NULL);
	assert_status(r, 200);
	j = json_of(r);
	assert_string_equal(str_of(j, "dossier"), fx.dossier_ref);
	assert_string_equal(str_of(j, "wijk"), "WK999901");
	assert_string_equal(str_of(j, "reden"), REDEN);
	cJSON_Delete(j);
	response_free(r);

	/* Answering before accepting, declining without a reason: 422 on the field. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", fx.ref_b);
	r = papi(c, ggz, "POST", path, "{\"tekst\": \"Te vroeg\"}");
	assert_status(r, 422);
	j = json_of(r);
	assert_non_null(strstr(str_of(cJSON_GetObjectItemCaseSensitive(j, "fouten"), "status"), "Accepteer haar eerst"));
	cJSON_Delete(j);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/afwijzen", fx.ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 422);
	j = json_of(r);
	assert_non_null(str_of(cJSON_GetObjectItemCaseSensitive(j, "fouten"), "reden"));
	cJSON_Delete(j);
	response_free(r);
	r = papi(c, ggz, "POST", path, "{\"reden\": 5}");
	assert_status(r, 422);
	response_free(r);
	r = papi(c, ggz, "POST", path, "{\"reden\": \"Geen GGZ-vraag; probeer het wijkteam.\"}");
	assert_status(r, 200);
	j = json_of(r);
	assert_string_equal(str_of(j, "status"), "afgewezen");
	assert_string_equal(str_of(j, "afwijs_reden"), "Geen GGZ-vraag; probeer het wijkteam.");
	assert_string_equal(str_of(j, "termijn"), "op_tijd");
	cJSON_Delete(j);
	response_free(r);
	/* After declining: no accepting, no answer. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/accepteren", fx.ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 422);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", fx.ref_b);
	r = papi(c, ggz, "POST", path, "{\"tekst\": \"Toch nog\"}");
	assert_status(r, 422);
	response_free(r);
	/* The decline and its reason are on the dossier. */
	assert_int_equal(sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				 " AND soort = 'Doorverwijzing afgewezen' AND tekst LIKE '%%probeer het wijkteam%%'",
				 fx.dossier_id), 1);

	/* Closing is the case worker's: 403 for the partner, 200 for staff, 422 the second time. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/afsluiten", fx.ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 403);
	response_free(r);
	r = api(c, sb, "POST", path, NULL);
	assert_status(r, 200);
	j = json_of(r);
	assert_string_equal(str_of(j, "status"), "afgesloten");
	cJSON_Delete(j);
	response_free(r);
	r = api(c, sb, "POST", path, "{}");
	assert_status(r, 422);
	response_free(r);

	/* Accept and answer ref_c through the API too, then check the partner's list. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/accepteren", fx.ref_c);
	r = papi(c, ggz, "POST", path, "{}");
	assert_status(r, 200);
	response_free(r);
	r = papi(c, ggz, "GET", "/api/v1/doorverwijzingen", NULL);
	assert_status(r, 200);
	j = json_of(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 2);
	cJSON_Delete(j);
	response_free(r);
	/* Staff cannot answer as a partner. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", fx.ref_c);
	r = api(c, sb, "POST", path, "{\"tekst\": \"x\"}");
	assert_status(r, 403);
	response_free(r);
	free(sb);
	free(ggz);
	client_free(c);
}

/* ---- isolation ---------------------------------------------------------------- */

static void test_partner_isolation(void **state)
{
	struct server *s = *state;
	struct client *a = login(s, WIJKTEAM);
	struct client *b = login_pw(s, GGZ, TEST_PASSWORD);
	char *ta = account_token(s, WIJKTEAM);
	char path[128], needle[64];
	long long file_c;

	/* A file on GGZ's open referral, to try to reach it from the wrong side. */
	char *tok = csrf_of(b);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", fx.ref_c);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", "Eerste gesprek gehad. GGZ-ANTWOORD-99"),
		FORM_FILE("bestand", pdf, sizeof(pdf) - 1, "ggz.pdf", "application/pdf"), FORM_END,
	};
	struct response *r = client_post_multipart(b, path, parts);
	assert_no_leak(r);
	assert_status(r, 303);
	response_free(r);
	free(tok);
	file_c = sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld", fx.ref_c);

	/* The wijkteam gets 404 on every URL of GGZ's referral, exactly as for one that does not exist. */
	static const char *const reads[] = { "/doorverwijzingen/", "/api/v1/doorverwijzingen/" };
	for (size_t i = 0; i < ARRAY_SIZE(reads); i++) {
		r = pget(a, "%s%lld", reads[i], fx.ref_c);
		assert_status(r, 404);
		assert_false(contains(r, "GGZ-ANTWOORD-99"));
		assert_false(contains(r, "Tweede vraag"));
		struct response *none = pget(a, "%s%lld", reads[i], 987654LL);
		assert_status(none, 404);
		/* Another organisation's referral and none at all answer alike. */
		assert_int_equal(r->len, none->len);
		assert_int_equal(memcmp(r->body, none->body, r->len), 0);
		response_free(none);
		response_free(r);
	}
	r = pget(a, "/doorverwijzingen/%lld/bijlagen/%lld", fx.ref_c, file_c);
	assert_status(r, 404);
	response_free(r);
	/* Its own referral with the other's file id: still 404 (the file query is bound to the referral). */
	r = pget(a, "/doorverwijzingen/%lld/bijlagen/%lld", fx.ref_a, file_c);
	assert_status(r, 404);
	response_free(r);
	static const char *const steps[] = { "accepteren", "afwijzen", "reactie" };
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		snprintf(path, sizeof(path), "/doorverwijzingen/%lld/%s", fx.ref_c, steps[i]);
		r = ppost(a, path, (const char *const[]){ "reden", "x", "tekst", "x", NULL });
		assert_status(r, 404);
		response_free(r);
		snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/%s", fx.ref_c, steps[i]);
		r = papi(a, ta, "POST", path, "{\"reden\": \"x\", \"tekst\": \"x\"}");
		assert_status(r, 404);
		response_free(r);
	}
	assert_int_equal(sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld AND soort = 'reactie'",
				 fx.ref_c), 1);
	/* Every one of those refusals is in the audit trail. */
	long long aid = sql_int(s, "SELECT id FROM user WHERE email = '" WIJKTEAM "'");
	assert_true(sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'geweigerd'"
			       " AND object_type = 'doorverwijzing'", aid) >= 8);

	/* Not in its lists either: HTML (every tab), JSON. */
	static const char *const tabs[] = { "", "?weergave=open", "?weergave=te_laat", "?weergave=beantwoord",
					    "?weergave=alle" };
	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", fx.ref_c);
	for (size_t i = 0; i < ARRAY_SIZE(tabs); i++) {
		r = pget(a, "/doorverwijzingen%s", tabs[i]);
		assert_status(r, 200);
		assert_false(contains(r, needle));
		assert_false(contains(r, "GGZ Voorbeeld"));
		response_free(r);
	}
	r = papi(a, ta, "GET", "/api/v1/doorverwijzingen?pagina=1", NULL);
	assert_status(r, 200);
	cJSON *j = json_of(r);
	cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "items")) {
		double id = cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(it, "id"));
		if ((long long)id == fx.ref_b || (long long)id == fx.ref_c)
			fail_msg("partner A's list holds GGZ's referral %lld", (long long)id);
	}
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON_Delete(j);
	response_free(r);
	/* A partner filter in the query does not widen the list. */
	char q[80];
	snprintf(q, sizeof(q), "/api/v1/doorverwijzingen?partner=%lld", fx.ggz_id);
	r = papi(a, ta, "GET", q, NULL);
	j = json_of(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON_Delete(j);
	response_free(r);

	/* And the other way round: GGZ does not reach the wijkteam's referral. */
	r = pget(b, "/doorverwijzingen/%lld", fx.ref_a);
	assert_status(r, 404);
	assert_false(contains(r, "ANTWOORD-1618"));
	response_free(r);
	r = pget(b, "/doorverwijzingen");
	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", fx.ref_a);
	assert_false(contains(r, needle));
	response_free(r);
	free(ta);
	client_free(a);
	client_free(b);
}

static void test_partner_sees_no_case_pages(void **state)
{
	struct server *s = *state;
	struct client *p = login(s, WIJKTEAM);
	char *token = account_token(s, WIJKTEAM);
	char path[160];

	/* Every dossier and melding URL: 404, as if there were none. */
	char hidden_get[7][160];
	snprintf(hidden_get[0], sizeof(hidden_get[0]), "/dossiers");
	snprintf(hidden_get[1], sizeof(hidden_get[1]), "/dossiers/nieuw");
	snprintf(hidden_get[2], sizeof(hidden_get[2]), "/dossiers/%lld", fx.dossier_id);
	snprintf(hidden_get[3], sizeof(hidden_get[3]), "/dossiers/%lld/overzicht", fx.dossier_id);
	snprintf(hidden_get[4], sizeof(hidden_get[4]), "/meldingen");
	snprintf(hidden_get[5], sizeof(hidden_get[5]), "/meldingen/nieuw");
	snprintf(hidden_get[6], sizeof(hidden_get[6]), "/meldingen/%lld", fx.melding_id);
	for (size_t i = 0; i < ARRAY_SIZE(hidden_get); i++) {
		struct response *r = pget(p, "%s", hidden_get[i]);
		if (r->status != 404)
			fail_msg("GET %s as partner: %ld, want 404", hidden_get[i], r->status);
		assert_security_headers(r);
		response_free(r);
	}
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld", fx.melding_id, fx.attachment_id);
	struct response *r = pget(p, "%s", path);
	assert_status(r, 404);
	response_free(r);
	char hidden_post[3][160];
	snprintf(hidden_post[0], sizeof(hidden_post[0]), "/dossiers/%lld/notitie", fx.dossier_id);
	snprintf(hidden_post[1], sizeof(hidden_post[1]), "/meldingen/%lld/bevestigen", fx.melding_id);
	snprintf(hidden_post[2], sizeof(hidden_post[2]), "/dossiers");
	for (size_t i = 0; i < ARRAY_SIZE(hidden_post); i++) {
		r = ppost(p, hidden_post[i], (const char *const[]){ "tekst", "x", NULL });
		if (r->status != 404)
			fail_msg("POST %s as partner: %ld, want 404", hidden_post[i], r->status);
		response_free(r);
	}
	/* The same in the API, with the partner's token. */
	char api_paths[4][160];
	snprintf(api_paths[0], sizeof(api_paths[0]), "/api/v1/dossiers");
	snprintf(api_paths[1], sizeof(api_paths[1]), "/api/v1/dossiers/%s", fx.dossier_ref);
	snprintf(api_paths[2], sizeof(api_paths[2]), "/api/v1/meldingen");
	snprintf(api_paths[3], sizeof(api_paths[3]), "/api/v1/meldingen/%s", fx.melding_ref);
	for (size_t i = 0; i < 4; i++) {
		r = papi(p, token, "GET", api_paths[i], NULL);
		if (r->status != 404)
			fail_msg("GET %s as partner: %ld, want 404", api_paths[i], r->status);
		response_free(r);
	}

	/* Staff pages: 403. */
	const char *const staff_pages[] = {
		"/dashboard", "/dashboard/werklijst", "/export/meldingen.csv", "/beheer", "/beheer/partners",
		"/beheer/partners/termijnen", "/beheer/gebruikers", "/doorverwijzingen/nieuw", "/api/v1/kpi",
		"/api/v1/partners",
	};
	for (size_t i = 0; i < ARRAY_SIZE(staff_pages); i++) {
		r = pget(p, "%s", staff_pages[i]);
		if (r->status != 403)
			fail_msg("GET %s as partner: %ld, want 403", staff_pages[i], r->status);
		response_free(r);
	}
	/* Creating or closing a referral is not a partner's. */
	char did[24];
	snprintf(did, sizeof(did), "%lld", fx.dossier_id);
	r = ppost(p, "/doorverwijzingen", (const char *const[]){ "dossier", did, "partner", "1", "reden", "r",
								 "vraag", "v", "gedeelde_informatie", "g", NULL });
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afsluiten", fx.ref_c);
	r = ppost(p, path, NULL);
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", fx.dossier_ref);
	r = papi(p, token, "POST", path, "{\"partner\": 1, \"reden\": \"r\", \"vraag\": \"v\", \"gedeelde_informatie\": \"g\"}");
	assert_status(r, 403);
	response_free(r);
	free(token);
	client_free(p);
}

static void test_staff_scope(void **state)
{
	struct server *s = *state;
	char needle[64];
	struct response *r;

	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", fx.ref_c);
	/* A leefbaarheidsmedewerker of Oost: the Centrum dossier's referrals do not exist for her. */
	struct client *c = login(s, LEEFBAAR);
	r = get(c, "/doorverwijzingen/%lld", fx.ref_c);
	assert_status(r, 404);
	response_free(r);
	r = get(c, "/doorverwijzingen");
	assert_status(r, 200);
	assert_false(contains(r, needle));
	assert_body_contains(r, "Geen doorverwijzingen gevonden.");
	response_free(r);
	client_free(c);

	/* A wijkbeheerder has no referrals at all, and no referral block on the dossier. */
	c = login(s, WIJKBEHEER);
	r = get(c, "/doorverwijzingen");
	assert_status(r, 403);
	response_free(r);
	r = get(c, "/dossiers/%lld", fx.dossier_id);
	assert_status(r, 200);
	assert_false(contains(r, "id=\"doorverwijzingen-titel\""));
	response_free(r);
	client_free(c);

	/* The ondersteuner reads them, not refers or closes... */
	c = login(s, ONDERSTEUNER);
	r = get(c, "/doorverwijzingen/%lld", fx.ref_c);
	assert_status(r, 200);
	assert_false(contains(r, "Doorverwijzing afsluiten"));
	response_free(r);
	r = get(c, "/doorverwijzingen/nieuw?dossier=%lld", fx.dossier_id);
	assert_status(r, 403);
	response_free(r);
	/* ...and never a gevoelig dossier's. */
	sql(s, "UPDATE dossier SET gevoelig = 1 WHERE id = (SELECT dossier_id FROM referral WHERE id = 1)");
	r = get(c, "/doorverwijzingen/%lld", fx.ref_c);
	assert_status(r, 404);
	response_free(r);
	r = get(c, "/doorverwijzingen");
	assert_false(contains(r, needle));
	response_free(r);
	client_free(c);
	/* The coördinator and the sociaal beheerder of the wijk still do. */
	static const char *const team[] = { COORDINATOR, SOCIAAL };
	for (size_t i = 0; i < ARRAY_SIZE(team); i++) {
		c = login(s, team[i]);
		r = get(c, "/doorverwijzingen/%lld", fx.ref_c);
		assert_status(r, 200);
		response_free(r);
		r = get(c, "/doorverwijzingen");
		assert_body_contains(r, needle);
		response_free(r);
		client_free(c);
	}
	sql(s, "UPDATE dossier SET gevoelig = 0");

	/* The beheerder sees no case content. */
	c = login(s, BEHEERDER);
	r = get(c, "/doorverwijzingen/%lld", fx.ref_c);
	assert_status(r, 403);
	response_free(r);
	client_free(c);
}

/* ---- lists, filters, late markers ---------------------------------------- */

static void test_lists_and_late(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, COORDINATOR);
	char needle_a[64], needle_c[64];
	struct response *r;

	snprintf(needle_a, sizeof(needle_a), "href=\"/doorverwijzingen/%lld\"", fx.ref_a);
	snprintf(needle_c, sizeof(needle_c), "href=\"/doorverwijzingen/%lld\"", fx.ref_c);
	/* ref_c is accepted and answered; a fourth one stays unanswered and goes past its day. */
	char *sb = account_token(s, SOCIAAL);
	long long late = refer_api(c, sb, fx.ggz_id, "Vraag die blijft liggen", NULL);
	free(sb);
	{
		char q[200];
		snprintf(q, sizeof(q), "UPDATE referral SET antwoord_dag = %d WHERE id = %lld",
			 (int)amsterdam_day(time(NULL)) - 3, late);
		sql(s, q);
	}
	char needle_late[64];
	snprintf(needle_late, sizeof(needle_late), "href=\"/doorverwijzingen/%lld\"", late);

	r = get(c, "/doorverwijzingen");
	assert_status(r, 200);
	assert_body_contains(r, needle_a);
	assert_body_contains(r, needle_c);
	assert_body_contains(r, needle_late);
	assert_body_contains(r, "badge-late\">te laat</span>");
	/* What awaits an answer comes first. */
	assert_true(strstr(r->body, needle_late) < strstr(r->body, needle_a));
	response_free(r);

	r = get(c, "/doorverwijzingen?te_laat=1");
	assert_body_contains(r, needle_late);
	assert_false(contains(r, needle_a));
	assert_false(contains(r, needle_c));
	response_free(r);
	r = get(c, "/doorverwijzingen?status=afgesloten");
	assert_body_contains(r, needle_a);
	assert_false(contains(r, needle_late));
	response_free(r);
	r = get(c, "/doorverwijzingen?status=open");
	assert_body_contains(r, needle_late);
	assert_false(contains(r, needle_a));
	response_free(r);
	r = get(c, "/doorverwijzingen?partner=%lld", fx.wijkteam_id);
	assert_body_contains(r, needle_a);
	assert_false(contains(r, needle_c));
	response_free(r);
	r = get(c, "/doorverwijzingen?wijk=WK999901");
	assert_body_contains(r, needle_a);
	response_free(r);
	r = get(c, "/doorverwijzingen?wijk=WK999903");
	assert_false(contains(r, needle_a));
	response_free(r);
	r = get(c, "/doorverwijzingen?dossier=%s", fx.dossier_ref);
	assert_body_contains(r, needle_a);
	assert_body_contains(r, fx.dossier_ref);
	response_free(r);
	/* A filter that makes no sense says so, and the list still shows. */
	r = get(c, "/doorverwijzingen?status=weg&wijk=WK000000");
	assert_status(r, 200);
	assert_body_contains(r, "Kies een status uit de lijst.");
	assert_body_contains(r, needle_a);
	response_free(r);
	/* Paging: past the end is empty, not an error. */
	r = get(c, "/doorverwijzingen?pagina=2");
	assert_status(r, 200);
	assert_false(contains(r, needle_a));
	response_free(r);

	/* The API: the same filters, te_laat marked. */
	char *co = account_token(s, COORDINATOR);
	r = api(c, co, "GET", "/api/v1/doorverwijzingen?te_laat=ja", NULL);
	assert_status(r, 200);
	cJSON *j = json_of(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "items"), 0);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(first, "te_laat")));
	assert_string_equal(str_of(first, "termijn"), "te_laat");
	cJSON_Delete(j);
	response_free(r);
	r = api(c, co, "GET", "/api/v1/doorverwijzingen?status=bestaat-niet", NULL);
	assert_status(r, 400);
	response_free(r);
	r = api(c, co, "GET", "/api/v1/doorverwijzingen?beantwoord=1", NULL);
	j = json_of(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 2);
	cJSON_Delete(j);
	response_free(r);
	free(co);
	client_free(c);

	/* The partner's portal marks it too, with its own tab and a warning. */
	struct client *p = login_pw(s, GGZ, TEST_PASSWORD);
	r = pget(p, "/doorverwijzingen");
	assert_body_contains(r, "Te laat (1)");
	assert_body_contains(r, "wachten langer dan de afgesproken termijn");
	assert_body_contains(r, "badge-late\">te laat</span>");
	response_free(r);
	r = pget(p, "/doorverwijzingen?weergave=te_laat");
	assert_body_contains(r, needle_late);
	assert_false(contains(r, needle_c));
	response_free(r);
	r = pget(p, "/doorverwijzingen?weergave=alle");
	assert_body_contains(r, "Alle (3)");
	response_free(r);
	client_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_beheer_termijnen),
		cmocka_unit_test(test_refer_from_dossier),
		cmocka_unit_test(test_refer_bad_input),
		cmocka_unit_test(test_partner_portal),
		cmocka_unit_test(test_api_flow),
		cmocka_unit_test(test_partner_isolation),
		cmocka_unit_test(test_partner_sees_no_case_pages),
		cmocka_unit_test(test_staff_scope),
		cmocka_unit_test(test_lists_and_late),
	};

	return harness_run_suite("doorverwijzingen", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\nmelden_min_seconds = 0\n");
}
