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
 * The suite's server gets, once, the demo organisation (`leefbaar seed
 * --organisation`), two homes of our own and a partner user of GGZ
 * Voorbeeld made with `leefbaar adduser` (setup_once()). Every test then
 * sends in its own melding with a photo through the public form and opens
 * its own dossier on it (new_case()), and brings its referrals to the state
 * it starts from itself; a test that counts what a partner sees refers to
 * partner organisations of its own (new_partner()). test_lists_and_late
 * counts every referral there is and gets a server of its own.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/referral.h"
#include "domain/werkdagen.h"

#include <cjson/cJSON.h>
#include <ctype.h>
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

/* A small PDF (libmagic: application/pdf): what a wijkteam sends as its report. */
static const char pdf[] =
	"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
	"trailer << /Root 1 0 R >>\n%%EOF\n";

/* A shell script with a PDF's name: refused by its content. */
static const char script[] = "#!/bin/sh\nrm -rf /\n";

/* A Windows program renamed toestemming.pdf (libmagic: application/x-dosexec). */
static const unsigned char exe[128] = { 'M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff };

/* A signed consent form, as a case worker scans it. */
static const char toestemming[] =
	"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	"% Toestemmingsverklaring, ondertekend TOESTEMMING-4242\n"
	"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/* The seeded organisations and the GGZ user made here, on the server at hand. */
static struct {
	long long wijkteam_id, ggz_id, ggz_user;
} fx;

/* The reference of every melding the tests sent in: no partner may read one. */
static char melding_refs[32][16];
static size_t nmelding_refs;

/* ---- set-up -------------------------------------------------------------- */

/* The demo organisation, our two homes and the GGZ user, once per server; sets fx for it. */
static void setup_once(struct server *s)
{
	seed_organisation(s);
	if (server_once(s, "homes and GGZ")) {
		test_sql(s, "INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
			    " ('2011 AA', 1, '', '" STRAAT "', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990101')),"
			    " ('2033 CC', 4, '', 'Oefenweg', 'Voorbeeldstad', (SELECT id FROM area WHERE code = 'BU99990301'))");
		/* GGZ's answer term is 10 werkdagen here (test_beheer_termijnen sets it so through the form). */
		test_sql(s, "UPDATE partner_termijn SET werkdagen = 10 WHERE soort = 'ggz'");
		char ggz_id[24];
		snprintf(ggz_id, sizeof(ggz_id), "%lld", test_sql_int(s, "SELECT id FROM partner WHERE naam = 'GGZ Voorbeeld'"));
		account_add(s, GGZ, "Gert GGZ", "partner", NULL, (const char *const[]){ "--partner", ggz_id, NULL });
	}
	fx.wijkteam_id = test_sql_int(s, "SELECT id FROM partner WHERE naam = 'Sociaal Wijkteam Voorbeeldstad'");
	fx.ggz_id = test_sql_int(s, "SELECT id FROM partner WHERE naam = 'GGZ Voorbeeld'");
	fx.ggz_user = test_sql_int(s, "SELECT id FROM user WHERE email = '" GGZ "'");
	assert_true(fx.wijkteam_id > 0 && fx.ggz_id > 0 && fx.ggz_user > 0);
}

static struct client *login_pw(struct server *s, const char *email, const char *pw)
{
	setup_once(s);
	return account_client(s, email, pw);
}

static struct client *login(struct server *s, const char *email)
{
	return login_pw(s, email, DEMO_PASSWORD);
}

/* A case of one test's own: the melding a tenant sent in with a photo, and the dossier on it. */
struct kase {
	long long melding_id, attachment_id, dossier_id;
	char melding_ref[16], dossier_ref[32];
};

/* Sends the melding in through the public form and has the sociaal beheerder open a dossier with it. */
static void new_case(struct server *s, struct kase *k)
{
	setup_once(s);
	memset(k, 0, sizeof(*k));
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", MELDING_TEKST), FORM_FIELD("postcode", "2011 AA"),
		FORM_FIELD("huisnummer", "1"), FORM_FIELD("melder_naam", MELDER_NAAM),
		FORM_FIELD("melder_email", MELDER_EMAIL), FORM_FIELD("anoniem", "0"),
		/* The melder's own file name names her: it must not travel to the partner. */
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "Mientje-Geheimhouder-balkon.jpg", "image/jpeg"),
		FORM_END,
	};
	struct filed f;
	public_melding_ok(s, parts, &f);
	snprintf(k->melding_ref, sizeof(k->melding_ref), "%s", f.ref);
	k->melding_id = f.id;
	if (nmelding_refs < ARRAY_SIZE(melding_refs))
		memcpy(melding_refs[nmelding_refs++], k->melding_ref, sizeof(k->melding_ref));
	k->attachment_id = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld", k->melding_id);
	assert_true(k->attachment_id > 0);

	/* The dossier about that home, with the melding in it, opened by the sociaal beheerder. */
	struct client *c = login(s, SOCIAAL);
	struct response *r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "2011 AA", "huisnummer", "1", "pijler", "sociaal_preventief",
		"onderwerp", "Bewoner benedenwoning", "meldingen", k->melding_ref, NULL });
	k->dossier_id = assert_created(r, "/dossiers/");
	snprintf(k->dossier_ref, sizeof(k->dossier_ref), "D-%04lld-%05lld",
		 test_sql_int(s, "SELECT jaar FROM dossier WHERE id = %lld", k->dossier_id),
		 test_sql_int(s, "SELECT volgnummer FROM dossier WHERE id = %lld", k->dossier_id));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding WHERE dossier_id = %lld", k->dossier_id), 1);
	response_free(r);
	client_free(c);
}

/* A partner organisation of one test's own, of kind soort, with a partner user (TEST_PASSWORD). */
struct partner {
	long long id;
	char naam[64], email[64];
};

static void new_partner(struct server *s, const char *naam, const char *soort, const char *email, struct partner *p)
{
	char id[24];

	setup_once(s);
	snprintf(p->naam, sizeof(p->naam), "%s", naam);
	snprintf(p->email, sizeof(p->email), "%s", email);
	test_sql(s, "INSERT INTO partner(naam, soort, contact_email, created_at) VALUES ('%s', '%s', 'post@%s', 0)",
		 naam, soort, email);
	p->id = test_sql_int(s, "SELECT id FROM partner WHERE naam = '%s'", naam);
	assert_true(p->id > 0);
	snprintf(id, sizeof(id), "%lld", p->id);
	account_add(s, email, naam, "partner", NULL, (const char *const[]){ "--partner", id, NULL });
}

/* ---- requests ------------------------------------------------------------ */

/* Fails when a partner's answer holds anything of the case beyond what was shared. */
static void assert_no_leak_at(const struct response *r, const char *file, int line)
{
	static const char *const secret[] = {
		MELDER_NAAM, MELDER_EMAIL, "GEHEIM-7731", "Mientje", STRAAT, "INTERN-REDEN-5521",
		"Bewoner benedenwoning", "/dossiers/", "/meldingen/", "\"reden\":\"INTERN",
	};
	for (size_t i = 0; i < ARRAY_SIZE(secret); i++) {
		if (r->body && mem_find(r->body, r->len, secret[i], 1)) {
			print_error("partner response (%ld) holds \"%s\"\n", r->status, secret[i]);
			_fail(file, line);
		}
	}
	/*
	 * No dossier reference ("D-2026-00001"). Matched by its shape, not by
	 * "D-20" alone: a page's random form nonce (base64url) held "d-20"
	 * once in a CI run.
	 */
	for (const char *at = r->body, *end = r->body ? r->body + r->len : NULL; at && at < end;) {
		at = mem_find(at, (size_t)(end - at), "D-20", 0);
		if (!at)
			break;
		if (end - at >= 7 && isdigit((unsigned char)at[4]) && isdigit((unsigned char)at[5]) && at[6] == '-') {
			print_error("partner response (%ld) holds a dossier reference %.12s\n", r->status, at);
			_fail(file, line);
		}
		at += 4;
	}
	/* Neither the dossiers' nor the meldingen's references, in any form. */
	for (size_t i = 0; i < nmelding_refs; i++) {
		if (r->body && mem_find(r->body, r->len, melding_refs[i], 1)) {
			print_error("partner response holds the melding reference %s\n", melding_refs[i]);
			_fail(file, line);
		}
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
	struct response *r = account_post(c, NULL, path, fields);
	assert_no_leak(r);
	return r;
}

static struct response *papi(struct client *c, const char *token, const char *method, const char *path,
			     const char *body)
{
	struct response *r = client_api(c, method, path, token, body, NULL);
	assert_no_leak(r);
	return r;
}

/* The due day the server must compute: n werkdagen after today in Amsterdam (no closing days here). */
static void due_after(int n, char out[DAYS_FORMAT_LEN])
{
	days_format(werkdagen_add(NULL, amsterdam_day(time(NULL)), n), out);
}

/* Sends a referral from dossier dossier_ref through the API as token; returns its id. */
static long long refer_api(struct client *c, const char *token, const char *dossier_ref, long long partner,
			   const char *vraag, char due_out[DAYS_FORMAT_LEN])
{
	char path[128], body[800];

	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", dossier_ref);
	snprintf(body, sizeof(body), "{\"partner\": %lld, \"reden\": \"" REDEN "\", \"vraag\": \"%s\","
		 " \"gedeelde_informatie\": \"" GEDEELD "\"}", partner, vraag);
	struct response *r = client_api(c, "POST", path, token, body, NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	long long id = (long long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "id"));
	assert_true(id > 0);
	assert_string_equal(json_str(j, "status"), "verstuurd");
	assert_non_null(json_str(j, "antwoord_uiterlijk"));
	if (due_out)
		snprintf(due_out, DAYS_FORMAT_LEN, "%s", json_str(j, "antwoord_uiterlijk"));
	cJSON_Delete(j);
	response_free(r);
	return id;
}

/*
 * Refers case k to partner from the dossier page's form as the sociaal
 * beheerder c, with the melding's photo when with_file; returns its id.
 */
static long long refer_page(struct client *c, const struct kase *k, long long partner, const char *vraag, int with_file)
{
	char did[24], pid[24], att[24];

	snprintf(did, sizeof(did), "%lld", k->dossier_id);
	snprintf(pid, sizeof(pid), "%lld", partner);
	snprintf(att, sizeof(att), "%lld", k->attachment_id);
	struct response *r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", pid, "reden", REDEN, "vraag", vraag,
		"gedeelde_informatie", GEDEELD, with_file ? "bijlagen" : NULL, att, NULL });
	long long id = assert_created(r, "/doorverwijzingen/");
	response_free(r);
	return id;
}

/* One step on referral id (accepteren, afwijzen, reactie, afsluiten) as c, which must succeed (303). */
static void step(struct client *c, long long id, const char *action, const char *const fields[])
{
	char path[96];

	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/%s", id, action);
	struct response *r = account_post(c, NULL, path, fields);
	assert_no_leak(r);
	assert_status(r, 303);
	response_free(r);
}

/* The referrals of one case as the story leaves them before the isolation and list tests. */
struct story {
	long long a, b, c;
};

/*
 * On case k, as the sociaal beheerder: a to the wijkteam wt (organisation
 * wt_id) with the photo, accepted, answered and closed; b to the GGZ ggz
 * (organisation ggz_id), declined and closed; c to the GGZ, accepted, and
 * answered when answer_c.
 */
static void tell_story(struct server *s, const struct kase *k, struct client *wt, long long wt_id,
		       struct client *ggz, long long ggz_id, int answer_c, struct story *out)
{
	struct client *sb = login(s, SOCIAAL);

	out->a = refer_page(sb, k, wt_id, VRAAG, 1);
	step(wt, out->a, "accepteren", NULL);
	step(wt, out->a, "reactie", (const char *const[]){ "tekst", "We zijn langs geweest. ANTWOORD-1618", NULL });
	step(sb, out->a, "afsluiten", (const char *const[]){ "notitie", "Antwoord verwerkt.", NULL });
	out->b = refer_page(sb, k, ggz_id, "Kunt u een huisbezoek doen?", 0);
	step(ggz, out->b, "afwijzen", (const char *const[]){ "reden", "Geen GGZ-vraag; probeer het wijkteam.", NULL });
	step(sb, out->b, "afsluiten", (const char *const[]){ "notitie", "Afgewezen; wij vragen het wijkteam.", NULL });
	out->c = refer_page(sb, k, ggz_id, "Tweede vraag aan de GGZ", 0);
	step(ggz, out->c, "accepteren", NULL);
	if (answer_c)
		step(ggz, out->c, "reactie", (const char *const[]){ "tekst", "Eerste gesprek gehad. GGZ-ANTWOORD-99", NULL });
	client_free(sb);
}

static long long ref_status_is(struct server *s, long long id, const char *status)
{
	return test_sql_int(s, "SELECT count(*) FROM referral WHERE id = %lld AND status = '%s'", id, status);
}

/* ---- the beheerder's answer terms ------------------------------------------ */

static void test_beheer_termijnen(void **state)
{
	struct server *s = *state;
	struct client *c = login(s, BEHEERDER);
	/* GGZ's term as the migration left it: 5 werkdagen, never changed. */
	test_sql(s, "UPDATE partner_termijn SET werkdagen = 5, gewijzigd_op = NULL, gewijzigd_door = NULL WHERE soort = 'ggz'");
	struct response *r = client_getf(c, "/beheer/partners/termijnen");

	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Sociaal wijkteam");
	assert_body_contains(r, "Veiligheidshuis");
	assert_body_contains(r, "name=\"termijn-ggz\" value=\"5\"");
	response_free(r);
	/* The partners page leads there, and so does the beheer start page. */
	r = client_getf(c, "/beheer/partners");
	assert_body_contains(r, "/beheer/partners/termijnen");
	response_free(r);
	r = client_getf(c, "/beheer");
	assert_body_contains(r, "/beheer/partners/termijnen");
	response_free(r);

	/* Bad values: a message beside the field, what was typed kept, nothing stored. */
	r = account_post(c, NULL, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "0", "termijn-riec", "veel",
									   "termijn-politie", "8", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "GGZ: vul een aantal werkdagen in van 1 tot en met 60.");
	assert_body_contains(r, "value=\"veel\"");
	assert_body_contains(r, "value=\"8\"");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'politie'"), 5);
	r = account_post(c, NULL, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "61", NULL });
	assert_status(r, 422);
	response_free(r);

	/* GGZ gets 10 werkdagen: one audit row with the change, in its transaction. */
	r = account_post(c, NULL, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "10", NULL });
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/beheer/partners/termijnen?klaar=opgeslagen");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'ggz'"), 10);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'antwoordtermijn'"
				 " AND object_id = 'ggz' AND detail = '5 naar 10 werkdagen'"), 1);
	r = client_getf(c, "/beheer/partners/termijnen?klaar=opgeslagen");
	assert_body_contains(r, "name=\"termijn-ggz\" value=\"10\"");
	assert_body_contains(r, "Bram");   /* who changed it: the demo beheerder's name is in the row */
	response_free(r);
	client_free(c);

	/* Nobody else may. */
	static const char *const others[] = { SOCIAAL, COORDINATOR, WIJKTEAM };
	for (size_t i = 0; i < ARRAY_SIZE(others); i++) {
		c = login(s, others[i]);
		r = client_getf(c, "/beheer/partners/termijnen");
		assert_status(r, 403);
		response_free(r);
		r = account_post(c, NULL, "/beheer/partners/termijnen", (const char *const[]){ "termijn-ggz", "1", NULL });
		assert_status(r, 403);
		response_free(r);
		client_free(c);
	}
	assert_int_equal(test_sql_int(s, "SELECT werkdagen FROM partner_termijn WHERE soort = 'ggz'"), 10);
}

/* ---- referring from the dossier page -------------------------------------- */

static void test_refer_from_dossier(void **state)
{
	struct server *s = *state;
	struct kase k;
	new_case(s, &k);
	struct client *c = login(s, SOCIAAL);
	char due[DAYS_FORMAT_LEN], att[24], partner[24];
	long long notices = test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing'"
					 " AND melding_id IS NULL AND aan = 'wijkteam@voorbeeldstad.example'");

	/* The dossier page offers it. */
	struct response *r = client_getf(c, "/dossiers/%lld", k.dossier_id);
	assert_status(r, 200);
	assert_body_contains(r, "Doorverwijzingen");
	assert_body_contains(r, "Nog niet doorverwezen.");
	char href[80];
	snprintf(href, sizeof(href), "/doorverwijzingen/nieuw?dossier=%lld", k.dossier_id);
	assert_body_contains(r, href);
	response_free(r);

	/* The form: the organisations with their terms, the dossier's files to tick. */
	r = client_getf(c, "%s", href);
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "<optgroup label=\"Sociaal wijkteam\"><option value=\"");
	assert_body_contains(r, "Sociaal Wijkteam Voorbeeldstad (5 werkdagen)");
	assert_body_contains(r, "GGZ Voorbeeld (10 werkdagen)");
	snprintf(att, sizeof(att), "%lld", k.attachment_id);
	char box[80];
	snprintf(box, sizeof(box), "name=\"bijlagen\" value=\"%s\"", att);
	assert_body_contains(r, box);
	assert_body_contains(r, k.melding_ref);
	response_free(r);

	snprintf(partner, sizeof(partner), "%lld", fx.wijkteam_id);
	char did[24];
	snprintf(did, sizeof(did), "%lld", k.dossier_id);
	r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", REDEN, "vraag", VRAAG,
		"gedeelde_informatie", GEDEELD, "bijlagen", att, NULL });
	long long ref_a = assert_created(r, "/doorverwijzingen/");
	assert_non_null(strstr(response_header(r, "Location"), "?klaar=verstuurd"));
	response_free(r);

	/* Stored with its due day from today (Amsterdam) and the kind's term. */
	due_after(5, due);
	int32_t due_day;
	assert_int_equal(days_parse(due, &due_day), 0);
	assert_int_equal(test_sql_int(s, "SELECT antwoord_dag FROM referral WHERE id = %lld", ref_a), due_day);
	assert_int_equal(ref_status_is(s, ref_a, "verstuurd"), 1);
	/* The photo is a copy under a neutral name: the melder's file name stays behind. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld"
				 " AND bestandsnaam = 'bijlage-1.jpg' AND van_partner = 0", ref_a), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file f JOIN attachment a ON a.opslag = f.opslag"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt'"
				 " AND object_type = 'doorverwijzing' AND object_id = '%lld'", ref_a), 1);

	/*
	 * Its own reference, R-<year>-<number of the year>: in the notice's
	 * subject and text, on the dossier's timeline, in the list and the API.
	 */
	char *rref = test_sql_text(s, "SELECT referentie FROM referral WHERE id = %lld", ref_a);
	char want_ref[24];
	int ry, rm, rd;
	days_to_civil(amsterdam_day(time(NULL)), &ry, &rm, &rd);
	snprintf(want_ref, sizeof(want_ref), "R-%04d-%05lld", ry,
		 test_sql_int(s, "SELECT count(*) FROM referral WHERE id <= %lld AND jaar = %d", ref_a, ry));
	assert_string_equal(rref, want_ref);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing' AND onderwerp LIKE '%%%s%%'"
				 " AND tekst LIKE '%%kenmerk %s%%'", rref, rref), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				 " AND tekst LIKE 'Doorverwijzing %s aan %%'", k.dossier_id, rref), 1);
	r = client_get(c, "/doorverwijzingen");
	assert_body_contains(r, rref);
	response_free(r);
	r = client_getf(c, "/api/v1/doorverwijzingen/%lld", ref_a);
	assert_status(r, 200);
	cJSON *rj = response_json(r);
	assert_string_equal(json_str(rj, "referentie"), rref);
	cJSON_Delete(rj);
	response_free(r);
	free(rref);

	/* The notice: to the organisation's contact address, no melding, a link, and nothing of the case. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing' AND melding_id IS NULL"
				 " AND aan = 'wijkteam@voorbeeldstad.example'"), notices + 1);
	char like[120];
	snprintf(like, sizeof(like), "%%/doorverwijzingen/%lld\n%%", ref_a);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing' AND tekst LIKE '%s'",
				 like), 1);
	static const char *const not_in_mail[] = {
		"GEDEELD-3141", "VRAAG-2718", "INTERN-REDEN", "Mientje", "Geheimhouder", "GEHEIM-7731", STRAAT,
		"2011", "Bewoner benedenwoning", "D-20", "Sanne", "Fatima",
	};
	for (size_t i = 0; i < ARRAY_SIZE(not_in_mail); i++)
		if (test_sql_int(s, "SELECT count(*) FROM outbox WHERE soort = 'doorverwijzing'"
			       " AND (tekst LIKE '%%%s%%' OR onderwerp LIKE '%%%s%%')", not_in_mail[i], not_in_mail[i]))
			fail_msg("the notice holds \"%s\"", not_in_mail[i]);

	/* The referral page for the case worker: everything, with the reason. */
	r = client_getf(c, "/doorverwijzingen/%lld?klaar=verstuurd", ref_a);
	assert_status(r, 200);
	assert_body_contains(r, "De doorverwijzing is verstuurd.");
	assert_body_contains(r, "INTERN-REDEN-5521");
	assert_body_contains(r, "GEDEELD-3141");
	assert_body_contains(r, k.dossier_ref);
	assert_body_contains(r, "bijlage-1.jpg");
	assert_body_contains(r, "Doorverwijzing afsluiten");
	response_free(r);

	/* On the dossier: the block with the referral and its marker, and the timeline entry. */
	r = client_getf(c, "/dossiers/%lld", k.dossier_id);
	assert_body_contains(r, "Doorverwijzing verstuurd");
	assert_body_contains(r, "aan Sociaal Wijkteam Voorbeeldstad");
	assert_body_contains(r, "Gedeeld met de partner: " GEDEELD);
	snprintf(href, sizeof(href), "href=\"/doorverwijzingen/%lld\"", ref_a);
	assert_body_contains(r, href);
	response_free(r);
	r = client_getf(c, "/dossiers/%lld/overzicht", k.dossier_id);
	assert_status(r, 200);
	assert_body_contains(r, "Doorverwijzing verstuurd");
	response_free(r);
	client_free(c);
}

static void test_refer_bad_input(void **state)
{
	struct server *s = *state;
	struct kase k;
	new_case(s, &k);
	struct client *c = login(s, SOCIAAL);
	char did[24], partner[24];
	long long before = test_sql_int(s, "SELECT count(*) FROM referral");
	long long mails = test_sql_int(s, "SELECT count(*) FROM outbox");

	snprintf(did, sizeof(did), "%lld", k.dossier_id);
	snprintf(partner, sizeof(partner), "%lld", fx.wijkteam_id);

	/* No summary: a message, and the question typed is still there. */
	struct response *r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "vraag", "Bewaarde vraag <b>&", "gedeelde_informatie",
		"   ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "De doorverwijzing is nog niet verstuurd.");
	assert_body_contains(r, "Schrijf wat de partner over de situatie moet weten.");
	assert_body_contains(r, "Bewaarde vraag &lt;b&gt;&amp;");
	assert_body_contains(r, "href=\"#gedeelde_informatie\"");
	response_free(r);

	/* No question. */
	r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "gedeelde_informatie", "Bewaarde samenvatting", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf de vraag aan de partner");
	assert_body_contains(r, "Bewaarde samenvatting");
	response_free(r);

	/* An organisation that does not exist, one that is no longer active, none at all. */
	static const char *const bad_partners[] = { "999999", "abc", "" };
	for (size_t i = 0; i < ARRAY_SIZE(bad_partners); i++) {
		r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
			"dossier", did, "partner", bad_partners[i], "reden", "Zorgen", "vraag", "V",
			"gedeelde_informatie", "G", NULL });
		assert_status(r, 422);
		assert_body_contains(r, i < 2 ? "Deze organisatie bestaat niet of is niet meer actief."
					      : "Kies de organisatie waarnaar u doorverwijst.");
		response_free(r);
	}
	test_sql(s, "UPDATE partner SET actief = 0 WHERE naam = 'Buurtbemiddeling Voorbeeldstad'");
	char inactive[24];
	snprintf(inactive, sizeof(inactive), "%lld", test_sql_int(s, "SELECT id FROM partner WHERE naam = 'Buurtbemiddeling Voorbeeldstad'"));
	r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", inactive, "reden", "Zorgen", "vraag", "V", "gedeelde_informatie", "G", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Deze organisatie bestaat niet of is niet meer actief.");
	response_free(r);
	test_sql(s, "UPDATE partner SET actief = 1 WHERE naam = 'Buurtbemiddeling Voorbeeldstad'");

	/* A file that is not one of the dossier's. */
	r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", partner, "reden", "Zorgen", "vraag", "V", "gedeelde_informatie", "G",
		"bijlagen", "987654", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Kies alleen bestanden van de meldingen in dit dossier");
	response_free(r);

	/* A dossier that does not exist, or that this user may not see. */
	r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", "999999", "partner", partner, "reden", "R", "vraag", "V", "gedeelde_informatie", "G", NULL });
	assert_status(r, 404);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen/nieuw?dossier=999999");
	assert_status(r, 404);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen/nieuw");
	assert_status(r, 200);
	assert_body_contains(r, "Dossiernummer");
	response_free(r);

	/* The same through the API: 422 naming every field, 400 for a body that is not JSON. */
	char *token = account_token(s, SOCIAAL);
	char path[128];
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", k.dossier_ref);
	r = client_api(c, "POST", path, token, "{\"partner\": 999999, \"reden\": \"\", \"vraag\": 12}", NULL);
	assert_status(r, 422);
	cJSON *j = response_json(r);
	cJSON *f = cJSON_GetObjectItemCaseSensitive(j, "fouten");
	assert_non_null(f);
	assert_non_null(json_str(f, "vraag"));
	cJSON_Delete(j);
	response_free(r);
	r = client_api(c, "POST", path, token, "{\"partner\": 999999, \"reden\": \"R\", \"vraag\": \"V\"}", NULL);
	assert_status(r, 422);
	j = response_json(r);
	f = cJSON_GetObjectItemCaseSensitive(j, "fouten");
	assert_non_null(strstr(json_str(f, "partner"), "bestaat niet"));
	assert_non_null(strstr(json_str(f, "gedeelde_informatie"), "Schrijf wat de partner"));
	cJSON_Delete(j);
	response_free(r);
	r = client_api(c, "POST", path, token, "{\"partner\": ", NULL);
	assert_status(r, 400);
	response_free(r);
	r = client_api(c, "POST", "/api/v1/dossiers/D-2000-99999/doorverwijzingen", token,
		       "{\"partner\": 1, \"reden\": \"R\", \"vraag\": \"V\", \"gedeelde_informatie\": \"G\"}", NULL);
	assert_status(r, 404);
	response_free(r);
	free(token);

	/* Nothing was stored, nothing was sent. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral"), before);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox"), mails);
	client_free(c);
}

/* ---- the partner portal ---------------------------------------------------- */

static void test_partner_portal(void **state)
{
	struct server *s = *state;
	char path[128];
	struct kase k;
	struct partner wt;

	/* A wijkteam of its own (what it counts is its own), referred to from the dossier page with the photo. */
	new_case(s, &k);
	new_partner(s, "Wijkteam Portaal Proef", "sociaal_wijkteam", "portaal@wijkteam.example", &wt);
	struct client *sb = login(s, SOCIAAL);
	long long ref_a = refer_page(sb, &k, wt.id, VRAAG, 1);
	client_free(sb);

	struct client *p = client_new(s);
	/* After login a partner lands on its referrals. */
	struct response *r = account_login(p, wt.email, TEST_PASSWORD);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/doorverwijzingen");
	response_free(r);

	r = pget(p, "/doorverwijzingen");
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, wt.naam);
	snprintf(path, sizeof(path), "href=\"/doorverwijzingen/%lld\"", ref_a);
	assert_body_contains(r, path);
	assert_body_contains(r, "Open (1)");
	assert_body_contains(r, "VRAAG-2718");
	/* The partner's menu has referrals and nothing else. */
	assert_body_contains(r, "<a href=\"/doorverwijzingen\" aria-current=\"page\">Doorverwijzingen</a>");
	assert_false(response_contains(r, "href=\"/dossiers\""));
	assert_false(response_contains(r, "href=\"/dashboard\""));
	response_free(r);

	/* The detail: the question, the shared summary and the file, nothing else. */
	r = pget(p, "/doorverwijzingen/%lld", ref_a);
	assert_status(r, 200);
	assert_body_contains(r, "VRAAG-2718");
	assert_body_contains(r, "GEDEELD-3141");
	assert_body_contains(r, "bijlage-1.jpg");
	assert_body_contains(r, "Doorverwijzing accepteren");
	assert_body_contains(r, "Doorverwijzing afwijzen");
	assert_false(response_contains(r, "Doorverwijzing afsluiten"));
	/* Who sent it, and how to reach them: the case worker's e-mail and the team's phone. */
	assert_body_contains(r, "<a href=\"mailto:" SOCIAAL "\">" SOCIAAL "</a>");
	assert_body_contains(r, "Telefoon <span class=\"nowrap\">088 123 45 67</span>");
	response_free(r);
	long long file_id = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld", ref_a);
	r = pget(p, "/doorverwijzingen/%lld/bijlagen/%lld", ref_a, file_id);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "image/jpeg");
	assert_int_equal(r->len, sizeof(test_jpeg));
	assert_int_equal(memcmp(r->body, test_jpeg, sizeof(test_jpeg)), 0);
	response_free(r);
	/* Every view of a partner is in the audit trail: the list, the page, the file. */
	long long pid = test_user_id(s, wt.email);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
			       " AND object_type = 'doorverwijzingen'", pid) >= 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
				 " AND object_type = 'doorverwijzing' AND object_id = '%lld'", pid, ref_a), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'bekeken'"
				 " AND object_type = 'doorverwijzing_bijlage'", pid), 1);

	/* Answering before accepting: a clear message, the text kept, nothing stored. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", ref_a);
	r = ppost(p, path, (const char *const[]){ "tekst", "Te vroeg antwoord", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is nog niet geaccepteerd. Accepteer haar eerst");
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_a, "verstuurd"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld", ref_a), 1);

	/* Declining without a reason is refused; the referral stays as it was. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afwijzen", ref_a);
	r = ppost(p, path, (const char *const[]){ "reden", " ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom u de doorverwijzing afwijst");
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_a, "verstuurd"), 1);

	/* Accepting. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/accepteren", ref_a);
	r = ppost(p, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_a, "geaccepteerd"), 1);
	r = ppost(p, path, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is al geaccepteerd.");
	response_free(r);

	/* A file that is not what it claims: refused by its content, the text kept. */
	char *tok = account_csrf(p, NULL);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", ref_a);
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
	assert_int_equal(ref_status_is(s, ref_a, "geaccepteerd"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld", ref_a), 1);

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
	assert_int_equal(ref_status_is(s, ref_a, "geaccepteerd"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'verslag wijkteam.pdf'"), 1);

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
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload"), 0);
	assert_int_equal(ref_status_is(s, ref_a, "beantwoord"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld AND van_partner = 1"
				 " AND mime = 'application/pdf' AND bestandsnaam = 'verslag wijkteam.pdf'"
				 " AND event_id IS NOT NULL", ref_a), 1);
	r = pget(p, "/doorverwijzingen/%lld?klaar=beantwoord", ref_a);
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
	r = client_getf(c, "/dossiers/%lld", k.dossier_id);
	assert_body_contains(r, "Doorverwijzing geaccepteerd");
	assert_body_contains(r, "Antwoord van de partner");
	assert_body_contains(r, "ANTWOORD-1618");
	response_free(r);
	r = client_getf(c, "/dossiers/%lld/overzicht", k.dossier_id);
	assert_body_contains(r, "Antwoord van de partner");
	assert_body_contains(r, "ANTWOORD-1618");
	response_free(r);
	long long report = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld AND van_partner = 1", ref_a);
	r = client_getf(c, "/doorverwijzingen/%lld/bijlagen/%lld", ref_a, report);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "application/pdf");
	assert_header_contains(r, "Content-Disposition", "attachment");
	response_free(r);
	/* Staff do not answer for the partner. */
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", ref_a);
	r = account_post(c, NULL, path, (const char *const[]){ "tekst", "Namens het wijkteam", NULL });
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afsluiten", ref_a);
	/* Closing needs a note: without one a message beside the field, and nothing changes. */
	r = account_post(c, NULL, path, (const char *const[]){ "notitie", "  ", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom u de doorverwijzing afsluit");
	assert_body_contains(r, "id=\"notitie-fout\"");
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_a, "beantwoord"), 1);
	r = account_post(c, NULL, path, (const char *const[]){ "notitie", "Verslag verwerkt in het dossier.", NULL });
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_a, "afgesloten"), 1);
	r = account_post(c, NULL, path, (const char *const[]){ "notitie", "Nog eens", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is afgesloten.");
	response_free(r);
	r = client_getf(c, "/dossiers/%lld", k.dossier_id);
	assert_body_contains(r, "Doorverwijzing afgesloten");
	response_free(r);
	client_free(c);

	/* The partner can do nothing more with it. */
	p = login_pw(s, wt.email, TEST_PASSWORD);
	r = pget(p, "/doorverwijzingen/%lld", ref_a);
	assert_body_contains(r, "Aan deze doorverwijzing hoeft u niets meer te doen.");
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", ref_a);
	r = ppost(p, path, (const char *const[]){ "tekst", "Nog iets", NULL });
	assert_status(r, 422);
	response_free(r);
	client_free(p);
}

/* ---- the JSON API ------------------------------------------------------------- */

static void test_api_flow(void **state)
{
	struct server *s = *state;
	char due[DAYS_FORMAT_LEN], want[DAYS_FORMAT_LEN], path[128];
	struct kase k;
	struct partner g;

	/* A GGZ organisation of its own: its list holds exactly what this test sends it. */
	new_case(s, &k);
	new_partner(s, "GGZ Api Proef", "ggz", "api@ggz-proef.example", &g);
	struct client *c = client_new(s);
	char *sb = account_token(s, SOCIAAL);
	char *ggz = account_token(s, g.email);

	/* GGZ's term is 10 werkdagen (as the beheerder sets it in test_beheer_termijnen), from today. */
	long long ref_b = refer_api(c, sb, k.dossier_ref, g.id, "Kunt u een huisbezoek doen?", due);
	due_after(10, want);
	assert_string_equal(due, want);
	long long ref_c = refer_api(c, sb, k.dossier_ref, g.id, "Tweede vraag aan de GGZ", NULL);

	/* The partner's token sees its referral without the reason or the dossier. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld", ref_b);
	struct response *r = papi(c, ggz, "GET", path, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_string_equal(json_str(j, "gedeelde_informatie"), GEDEELD);
	assert_string_equal(json_str(j, "vraag"), "Kunt u een huisbezoek doen?");
	assert_string_equal(json_str(j, "antwoord_uiterlijk"), want);
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "reden"));
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "dossier"));
	assert_null(cJSON_GetObjectItemCaseSensitive(j, "wijk"));
	assert_true(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(j, "geschiedenis")));
	cJSON_Delete(j);
	response_free(r);
	/* Staff see the dossier, the wijk and the reason. */
	r = client_api(c, "GET", path, sb, NULL, NULL);
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(json_str(j, "dossier"), k.dossier_ref);
	assert_string_equal(json_str(j, "wijk"), "WK999901");
	assert_string_equal(json_str(j, "reden"), REDEN);
	cJSON_Delete(j);
	response_free(r);

	/* Answering before accepting, declining without a reason: 422 on the field. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", ref_b);
	r = papi(c, ggz, "POST", path, "{\"tekst\": \"Te vroeg\"}");
	assert_status(r, 422);
	j = response_json(r);
	assert_non_null(strstr(json_str(cJSON_GetObjectItemCaseSensitive(j, "fouten"), "status"), "Accepteer haar eerst"));
	cJSON_Delete(j);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/afwijzen", ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 422);
	j = response_json(r);
	assert_non_null(json_str(cJSON_GetObjectItemCaseSensitive(j, "fouten"), "reden"));
	cJSON_Delete(j);
	response_free(r);
	r = papi(c, ggz, "POST", path, "{\"reden\": 5}");
	assert_status(r, 422);
	response_free(r);
	r = papi(c, ggz, "POST", path, "{\"reden\": \"Geen GGZ-vraag; probeer het wijkteam.\"}");
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(json_str(j, "status"), "afgewezen");
	assert_string_equal(json_str(j, "afwijs_reden"), "Geen GGZ-vraag; probeer het wijkteam.");
	assert_string_equal(json_str(j, "termijn"), "op_tijd");
	cJSON_Delete(j);
	response_free(r);
	/* After declining: no accepting, no answer. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/accepteren", ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 422);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", ref_b);
	r = papi(c, ggz, "POST", path, "{\"tekst\": \"Toch nog\"}");
	assert_status(r, 422);
	response_free(r);
	/* The decline and its reason are on the dossier. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				 " AND soort = 'Doorverwijzing afgewezen' AND tekst LIKE '%%probeer het wijkteam%%'",
				 k.dossier_id), 1);

	/* Closing is the case worker's: 403 for the partner, 200 for staff, 422 the second time. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/afsluiten", ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 403);
	response_free(r);
	/* Without a note: 422 naming the field, and the referral stays as it was. */
	r = client_api(c, "POST", path, sb, NULL, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "notitie");
	assert_body_contains(r, "Schrijf waarom u de doorverwijzing afsluit");
	response_free(r);
	assert_int_equal(ref_status_is(s, ref_b, "afgewezen"), 1);
	r = client_api(c, "POST", path, sb, "{\"notitie\": 7}", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Stuur de notitie als tekst");
	response_free(r);
	r = client_api(c, "POST", path, sb, "{\"notitie\": \"Afgewezen; we vragen het wijkteam.\"}", NULL);
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(json_str(j, "status"), "afgesloten");
	assert_string_equal(json_str(j, "afsluit_notitie"), "Afgewezen; we vragen het wijkteam.");
	cJSON_Delete(j);
	response_free(r);
	r = client_api(c, "POST", path, sb, "{\"notitie\": \"Nog eens\"}", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Deze doorverwijzing is afgesloten.");
	response_free(r);
	/* Undone through the API: back to afgewezen, the undo in the history; then closed again. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/heropenen", ref_b);
	r = papi(c, ggz, "POST", path, NULL);
	assert_status(r, 403);
	response_free(r);
	r = client_api(c, "POST", path, sb, NULL, NULL);
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(json_str(j, "status"), "afgewezen");
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "afsluit_notitie")));
	cJSON_Delete(j);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld"
				 " AND soort = 'heropend'", ref_b), 1);
	r = client_api(c, "POST", path, sb, NULL, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "niet afgesloten");
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/afsluiten", ref_b);
	r = client_api(c, "POST", path, sb, "{\"notitie\": \"Toch afgesloten.\"}", NULL);
	assert_status(r, 200);
	response_free(r);

	/* Accept and answer ref_c through the API too, then check the partner's list. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/accepteren", ref_c);
	r = papi(c, ggz, "POST", path, "{}");
	assert_status(r, 200);
	response_free(r);
	r = papi(c, ggz, "GET", "/api/v1/doorverwijzingen", NULL);
	assert_status(r, 200);
	j = response_json(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 2);
	cJSON_Delete(j);
	response_free(r);
	/* Staff cannot answer as a partner. */
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/reactie", ref_c);
	r = client_api(c, "POST", path, sb, "{\"tekst\": \"x\"}", NULL);
	assert_status(r, 403);
	response_free(r);
	free(sb);
	free(ggz);
	client_free(c);
}

/* ---- isolation ---------------------------------------------------------------- */

/* Every page draws a fresh nonce for its forms (http/once.h): blanked, two pages can be compared byte for byte. */
static void blank_form_nonces(char *body, size_t len)
{
	static const char at[] = "name=\"csrf_token\" value=\"";
	for (char *p = body; (p = (char *)mem_find(p, len - (size_t)(p - body), at, 0)); ) {
		p += sizeof(at) - 1;
		for (; (size_t)(p - body) < len && *p != '"'; p++)
			*p = 'x';
	}
}

static void test_partner_isolation(void **state)
{
	struct server *s = *state;
	char path[128], needle[64];
	long long file_c;
	struct kase k;
	struct partner pa, pb;

	/*
	 * Two organisations of its own, as the story leaves them: A (a
	 * wijkteam) has answered its referral; B (a GGZ) has declined one
	 * (closed since) and accepted another.
	 */
	new_case(s, &k);
	new_partner(s, "Wijkteam Apart Proef", "sociaal_wijkteam", "a@wijkteam-apart.example", &pa);
	new_partner(s, "GGZ Apart Proef", "ggz", "b@ggz-apart.example", &pb);
	struct client *a = login_pw(s, pa.email, TEST_PASSWORD);
	struct client *b = login_pw(s, pb.email, TEST_PASSWORD);
	struct story st;
	tell_story(s, &k, a, pa.id, b, pb.id, 0, &st);
	long long ref_a = st.a, ref_b = st.b, ref_c = st.c;
	char *ta = account_token(s, pa.email);

	/* A file on GGZ's open referral, to try to reach it from the wrong side. */
	char *tok = account_csrf(b, NULL);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", ref_c);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", "Eerste gesprek gehad. GGZ-ANTWOORD-99"),
		FORM_FILE("bestand", pdf, sizeof(pdf) - 1, "ggz.pdf", "application/pdf"), FORM_END,
	};
	struct response *r = client_post_multipart(b, path, parts);
	assert_no_leak(r);
	assert_status(r, 303);
	response_free(r);
	free(tok);
	file_c = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld", ref_c);

	/* The wijkteam gets 404 on every URL of GGZ's referral, exactly as for one that does not exist. */
	static const char *const reads[] = { "/doorverwijzingen/", "/api/v1/doorverwijzingen/" };
	for (size_t i = 0; i < ARRAY_SIZE(reads); i++) {
		r = pget(a, "%s%lld", reads[i], ref_c);
		assert_status(r, 404);
		assert_false(response_contains(r, "GGZ-ANTWOORD-99"));
		assert_false(response_contains(r, "Tweede vraag"));
		struct response *none = pget(a, "%s%lld", reads[i], 987654LL);
		assert_status(none, 404);
		/* Another organisation's referral and none at all answer alike (but for each page's form nonce). */
		assert_int_equal(r->len, none->len);
		blank_form_nonces(r->body, r->len);
		blank_form_nonces(none->body, none->len);
		assert_int_equal(memcmp(r->body, none->body, r->len), 0);
		response_free(none);
		response_free(r);
	}
	r = pget(a, "/doorverwijzingen/%lld/bijlagen/%lld", ref_c, file_c);
	assert_status(r, 404);
	response_free(r);
	/* Its own referral with the other's file id: still 404 (the file query is bound to the referral). */
	r = pget(a, "/doorverwijzingen/%lld/bijlagen/%lld", ref_a, file_c);
	assert_status(r, 404);
	response_free(r);
	static const char *const steps[] = { "accepteren", "afwijzen", "reactie" };
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		snprintf(path, sizeof(path), "/doorverwijzingen/%lld/%s", ref_c, steps[i]);
		r = ppost(a, path, (const char *const[]){ "reden", "x", "tekst", "x", NULL });
		assert_status(r, 404);
		response_free(r);
		snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/%s", ref_c, steps[i]);
		r = papi(a, ta, "POST", path, "{\"reden\": \"x\", \"tekst\": \"x\"}");
		assert_status(r, 404);
		response_free(r);
	}
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld AND soort = 'reactie'",
				 ref_c), 1);
	/* Every one of those refusals is in the audit trail. */
	long long aid = test_user_id(s, pa.email);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE user_id = %lld AND action = 'geweigerd'"
			       " AND object_type = 'doorverwijzing'", aid) >= 8);

	/* Not in its lists either: HTML (every tab), JSON. */
	static const char *const tabs[] = { "", "?weergave=open", "?weergave=te_laat", "?weergave=beantwoord",
					    "?weergave=alle" };
	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", ref_c);
	for (size_t i = 0; i < ARRAY_SIZE(tabs); i++) {
		r = pget(a, "/doorverwijzingen%s", tabs[i]);
		assert_status(r, 200);
		assert_false(response_contains(r, needle));
		assert_false(response_contains(r, pb.naam));
		response_free(r);
	}
	r = papi(a, ta, "GET", "/api/v1/doorverwijzingen?pagina=1", NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(j, "items")) {
		double id = cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(it, "id"));
		if ((long long)id == ref_b || (long long)id == ref_c)
			fail_msg("partner A's list holds GGZ's referral %lld", (long long)id);
	}
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON_Delete(j);
	response_free(r);
	/* A partner filter in the query does not widen the list. */
	char q[80];
	snprintf(q, sizeof(q), "/api/v1/doorverwijzingen?partner=%lld", pb.id);
	r = papi(a, ta, "GET", q, NULL);
	j = response_json(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON_Delete(j);
	response_free(r);

	/* And the other way round: GGZ does not reach the wijkteam's referral. */
	r = pget(b, "/doorverwijzingen/%lld", ref_a);
	assert_status(r, 404);
	assert_false(response_contains(r, "ANTWOORD-1618"));
	response_free(r);
	r = pget(b, "/doorverwijzingen");
	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", ref_a);
	assert_false(response_contains(r, needle));
	response_free(r);
	free(ta);
	client_free(a);
	client_free(b);
}

static void test_partner_sees_no_case_pages(void **state)
{
	struct server *s = *state;
	struct kase k;
	new_case(s, &k);
	/* A referral to another organisation (GGZ), which the wijkteam may not close either. */
	struct client *sb = login(s, SOCIAAL);
	long long ref_c = refer_page(sb, &k, fx.ggz_id, "Tweede vraag aan de GGZ", 0);
	client_free(sb);
	struct client *p = login(s, WIJKTEAM);
	char *token = account_token(s, WIJKTEAM);
	char path[160];

	/* Every dossier and melding URL: 404, as if there were none. */
	char hidden_get[7][160];
	snprintf(hidden_get[0], sizeof(hidden_get[0]), "/dossiers");
	snprintf(hidden_get[1], sizeof(hidden_get[1]), "/dossiers/nieuw");
	snprintf(hidden_get[2], sizeof(hidden_get[2]), "/dossiers/%lld", k.dossier_id);
	snprintf(hidden_get[3], sizeof(hidden_get[3]), "/dossiers/%lld/overzicht", k.dossier_id);
	snprintf(hidden_get[4], sizeof(hidden_get[4]), "/meldingen");
	snprintf(hidden_get[5], sizeof(hidden_get[5]), "/meldingen/nieuw");
	snprintf(hidden_get[6], sizeof(hidden_get[6]), "/meldingen/%lld", k.melding_id);
	for (size_t i = 0; i < ARRAY_SIZE(hidden_get); i++) {
		struct response *r = pget(p, "%s", hidden_get[i]);
		if (r->status != 404)
			fail_msg("GET %s as partner: %ld, want 404", hidden_get[i], r->status);
		assert_security_headers(r);
		response_free(r);
	}
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld", k.melding_id, k.attachment_id);
	struct response *r = pget(p, "%s", path);
	assert_status(r, 404);
	response_free(r);
	char hidden_post[3][160];
	snprintf(hidden_post[0], sizeof(hidden_post[0]), "/dossiers/%lld/notitie", k.dossier_id);
	snprintf(hidden_post[1], sizeof(hidden_post[1]), "/meldingen/%lld/bevestigen", k.melding_id);
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
	snprintf(api_paths[1], sizeof(api_paths[1]), "/api/v1/dossiers/%s", k.dossier_ref);
	snprintf(api_paths[2], sizeof(api_paths[2]), "/api/v1/meldingen");
	snprintf(api_paths[3], sizeof(api_paths[3]), "/api/v1/meldingen/%s", k.melding_ref);
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
	snprintf(did, sizeof(did), "%lld", k.dossier_id);
	r = ppost(p, "/doorverwijzingen", (const char *const[]){ "dossier", did, "partner", "1", "reden", "r",
								 "vraag", "v", "gedeelde_informatie", "g", NULL });
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afsluiten", ref_c);
	r = ppost(p, path, NULL);
	assert_status(r, 403);
	response_free(r);
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", k.dossier_ref);
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
	struct kase k;

	/* A Centrum dossier with a referral to GGZ, accepted and answered. */
	new_case(s, &k);
	struct client *sb = login(s, SOCIAAL), *ggz = login_pw(s, GGZ, TEST_PASSWORD);
	long long ref_c = refer_page(sb, &k, fx.ggz_id, "Tweede vraag aan de GGZ", 0);
	step(ggz, ref_c, "accepteren", NULL);
	step(ggz, ref_c, "reactie", (const char *const[]){ "tekst", "Eerste gesprek gehad. GGZ-ANTWOORD-99", NULL });
	client_free(ggz);
	client_free(sb);

	snprintf(needle, sizeof(needle), "/doorverwijzingen/%lld\"", ref_c);
	/* A leefbaarheidsmedewerker of Oost: the Centrum dossier's referrals do not exist for her. */
	struct client *c = login(s, LEEFBAAR);
	r = client_getf(c, "/doorverwijzingen/%lld", ref_c);
	assert_status(r, 404);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen");
	assert_status(r, 200);
	assert_false(response_contains(r, needle));
	assert_body_contains(r, "Geen doorverwijzingen gevonden.");
	response_free(r);
	client_free(c);

	/* A wijkbeheerder has no referrals at all, and no referral block on the dossier. */
	c = login(s, WIJKBEHEER);
	r = client_getf(c, "/doorverwijzingen");
	assert_status(r, 403);
	response_free(r);
	r = client_getf(c, "/dossiers/%lld", k.dossier_id);
	assert_status(r, 200);
	assert_false(response_contains(r, "id=\"doorverwijzingen-titel\""));
	response_free(r);
	client_free(c);

	/* The ondersteuner reads them, not refers or closes... */
	c = login(s, ONDERSTEUNER);
	r = client_getf(c, "/doorverwijzingen/%lld", ref_c);
	assert_status(r, 200);
	assert_false(response_contains(r, "Doorverwijzing afsluiten"));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen/nieuw?dossier=%lld", k.dossier_id);
	assert_status(r, 403);
	response_free(r);
	/* ...and never a gevoelig dossier's. */
	test_sql(s, "UPDATE dossier SET gevoelig = 1 WHERE id = %lld", k.dossier_id);
	r = client_getf(c, "/doorverwijzingen/%lld", ref_c);
	assert_status(r, 404);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=alle");
	assert_false(response_contains(r, needle));
	response_free(r);
	client_free(c);
	/* The coördinator and the sociaal beheerder of the wijk still do. */
	static const char *const team[] = { COORDINATOR, SOCIAAL };
	for (size_t i = 0; i < ARRAY_SIZE(team); i++) {
		c = login(s, team[i]);
		r = client_getf(c, "/doorverwijzingen/%lld", ref_c);
		assert_status(r, 200);
		response_free(r);
		r = client_getf(c, "/doorverwijzingen?status=alle");
		assert_body_contains(r, needle);
		response_free(r);
		client_free(c);
	}
	test_sql(s, "UPDATE dossier SET gevoelig = 0 WHERE id = %lld", k.dossier_id);

	/* The beheerder sees no case content. */
	c = login(s, BEHEERDER);
	r = client_getf(c, "/doorverwijzingen/%lld", ref_c);
	assert_status(r, 403);
	response_free(r);
	client_free(c);
}

/* ---- lists, filters, late markers ---------------------------------------- */

static void test_lists_and_late(void **state)
{
	struct server *s = *state;
	char needle_a[64], needle_c[64];
	struct response *r;
	struct kase k;

	/*
	 * On a server of its own, the whole story before it on one dossier: ref_a
	 * to the wijkteam with the photo, accepted, answered and closed; ref_b to
	 * GGZ, declined and closed; ref_c to GGZ, accepted and answered.
	 */
	new_case(s, &k);
	struct client *wt = login(s, WIJKTEAM), *ggz = login_pw(s, GGZ, TEST_PASSWORD);
	struct story st;
	tell_story(s, &k, wt, fx.wijkteam_id, ggz, fx.ggz_id, 1, &st);
	long long ref_a = st.a, ref_c = st.c;
	client_free(ggz);
	client_free(wt);

	struct client *c = login(s, COORDINATOR);

	snprintf(needle_a, sizeof(needle_a), "href=\"/doorverwijzingen/%lld\"", ref_a);
	snprintf(needle_c, sizeof(needle_c), "href=\"/doorverwijzingen/%lld\"", ref_c);
	/* ref_c is accepted and answered; a fourth one stays unanswered and goes past its day. */
	char *token = account_token(s, SOCIAAL);
	long long late = refer_api(c, token, k.dossier_ref, fx.ggz_id, "Vraag die blijft liggen", NULL);
	free(token);
	test_sql(s, "UPDATE referral SET antwoord_dag = %d WHERE id = %lld", (int)amsterdam_day(time(NULL)) - 3, late);
	char needle_late[64];
	snprintf(needle_late, sizeof(needle_late), "href=\"/doorverwijzingen/%lld\"", late);

	r = client_getf(c, "/doorverwijzingen?status=alle");
	assert_status(r, 200);
	assert_body_contains(r, needle_a);
	assert_body_contains(r, needle_c);
	assert_body_contains(r, needle_late);
	assert_body_contains(r, "badge-late\">te laat</span>");
	/* What awaits an answer comes first. */
	assert_true(strstr(r->body, needle_late) < strstr(r->body, needle_a));
	response_free(r);

	r = client_getf(c, "/doorverwijzingen?te_laat=1");
	assert_body_contains(r, needle_late);
	assert_false(response_contains(r, needle_a));
	assert_false(response_contains(r, needle_c));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=afgesloten");
	assert_body_contains(r, needle_a);
	assert_false(response_contains(r, needle_late));
	response_free(r);
	/* Open work is everything not closed, the answered ref_c too: it waits to be read and closed. */
	r = client_getf(c, "/doorverwijzingen?status=open");
	assert_body_contains(r, needle_late);
	assert_body_contains(r, needle_c);
	assert_false(response_contains(r, needle_a));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen");
	assert_body_contains(r, needle_late);
	assert_body_contains(r, needle_c);
	assert_false(response_contains(r, needle_a));
	assert_body_contains(r, "<option value=\"open\" selected>");
	response_free(r);
	/* Waiting for the partner: not the answered one. */
	r = client_getf(c, "/doorverwijzingen?status=wacht");
	assert_body_contains(r, needle_late);
	assert_false(response_contains(r, needle_c));
	assert_false(response_contains(r, needle_a));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=alle&partner=%lld", fx.wijkteam_id);
	assert_body_contains(r, needle_a);
	assert_false(response_contains(r, needle_c));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=alle&wijk=WK999901");
	assert_body_contains(r, needle_a);
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=alle&wijk=WK999903");
	assert_false(response_contains(r, needle_a));
	response_free(r);
	r = client_getf(c, "/doorverwijzingen?status=alle&dossier=%s", k.dossier_ref);
	assert_body_contains(r, needle_a);
	assert_body_contains(r, k.dossier_ref);
	response_free(r);
	/* A filter that makes no sense says so, and the list still shows. */
	r = client_getf(c, "/doorverwijzingen?status=weg&wijk=WK000000");
	assert_status(r, 200);
	assert_body_contains(r, "Kies een status uit de lijst.");
	assert_body_contains(r, needle_a);
	response_free(r);
	/* Paging: past the end is empty, not an error. */
	r = client_getf(c, "/doorverwijzingen?pagina=2");
	assert_status(r, 200);
	assert_false(response_contains(r, needle_a));
	response_free(r);

	/* The API: the same filters, te_laat marked. */
	char *co = account_token(s, COORDINATOR);
	r = client_api(c, "GET", "/api/v1/doorverwijzingen?te_laat=ja", co, NULL, NULL);
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(j, "totaal")), 1);
	cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "items"), 0);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(first, "te_laat")));
	assert_string_equal(json_str(first, "termijn"), "te_laat");
	cJSON_Delete(j);
	response_free(r);
	r = client_api(c, "GET", "/api/v1/doorverwijzingen?status=bestaat-niet", co, NULL, NULL);
	assert_status(r, 400);
	response_free(r);
	r = client_api(c, "GET", "/api/v1/doorverwijzingen?beantwoord=1", co, NULL, NULL);
	j = response_json(r);
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
	assert_false(response_contains(r, needle_c));
	response_free(r);
	r = pget(p, "/doorverwijzingen?weergave=alle");
	assert_body_contains(r, "Alle (3)");
	response_free(r);
	client_free(p);
}


/* ---- new files with a referral and with an answer ------------------------ */

/* Downloads file f of referral id as c: the status, and the bytes when 200 (caller frees). */
static char *download(struct client *c, long long id, long long f, long want, size_t *len)
{
	struct response *r = client_getf(c, "/doorverwijzingen/%lld/bijlagen/%lld", id, f);
	char *body = NULL;

	assert_status(r, want);
	if (want == 200) {
		body = malloc(r->len ? r->len : 1);
		memcpy(body, r->body, r->len);
		*len = r->len;
	}
	response_free(r);
	return body;
}

static void test_new_files(void **state)
{
	struct server *s = *state;
	struct kase k;
	char did[24], pid[24], path[96];
	struct partner wt, other;

	new_case(s, &k);
	new_partner(s, "Wijkteam Bijlagen", "sociaal_wijkteam", "wt@bijlagen.example", &wt);
	new_partner(s, "Schuldhulp Anders", "schuldhulp", "sh@bijlagen.example", &other);
	snprintf(did, sizeof(did), "%lld", k.dossier_id);
	snprintf(pid, sizeof(pid), "%lld", wt.id);
	struct client *c = login(s, SOCIAAL);
	char *tok = account_csrf(c, NULL);

	/* The form offers a new file beside the meldingen's files, and sends as multipart. */
	struct response *r = client_getf(c, "/doorverwijzingen/nieuw?dossier=%lld", k.dossier_id);
	assert_status(r, 200);
	assert_body_contains(r, "enctype=\"multipart/form-data\"");
	assert_body_contains(r, "name=\"nieuwe_bijlagen\"");
	response_free(r);

	/*
	 * A program renamed toestemming.pdf beside a good photo: refused by its
	 * content with its name, every text kept, nothing sent; the photo waits.
	 */
	const struct form_part bad[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("dossier", did), FORM_FIELD("partner", pid),
		FORM_FIELD("reden", REDEN), FORM_FIELD("vraag", "Vraag met bijlage VRAAG-BIJ-1"),
		FORM_FIELD("gedeelde_informatie", GEDEELD),
		FORM_FILE("nieuwe_bijlagen", (const char *)exe, sizeof(exe), "toestemming.pdf", "application/pdf"),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "voordeur.jpg", "image/jpeg"),
		FORM_END,
	};
	r = client_post_multipart(c, "/doorverwijzingen", bad);
	assert_status(r, 422);
	assert_body_contains(r, "toestemming.pdf: Dit soort bestand kunnen wij niet ontvangen.");
	assert_body_contains(r, "id=\"nieuwe_bijlagen-fout\"");
	assert_body_contains(r, "Vraag met bijlage VRAAG-BIJ-1");
	assert_body_contains(r, GEDEELD);
	assert_body_contains(r, "INTERN-REDEN-5521");
	assert_body_contains(r, "<strong>voordeur.jpg</strong>");
	assert_tidy(r);
	char *kept = html_input_value(r->body, "bestanden_id");
	assert_non_null(kept);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral WHERE dossier_id = %lld", k.dossier_id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'voordeur.jpg'"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'toestemming.pdf'"), 0);

	/* The signed form this time, the photo kept from before: both go with the referral. */
	const struct form_part good[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("dossier", did), FORM_FIELD("partner", pid),
		FORM_FIELD("reden", REDEN), FORM_FIELD("vraag", "Vraag met bijlage VRAAG-BIJ-1"),
		FORM_FIELD("gedeelde_informatie", GEDEELD), FORM_FIELD("bestanden_id", kept),
		FORM_FILE("nieuwe_bijlagen", toestemming, sizeof(toestemming) - 1, "toestemming.pdf", "application/pdf"),
		FORM_END,
	};
	r = client_post_multipart(c, "/doorverwijzingen", good);
	long long id = assert_created(r, "/doorverwijzingen/");
	response_free(r);
	free(kept);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'voordeur.jpg'"), 0);
	long long f_pdf = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld AND van_partner = 0"
				       " AND bestandsnaam = 'toestemming.pdf' AND mime = 'application/pdf'"
				       " AND grootte = %zu", id, sizeof(toestemming) - 1);
	long long f_jpg = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld AND van_partner = 0"
				       " AND bestandsnaam = 'voordeur.jpg' AND mime = 'image/jpeg'", id);
	assert_true(f_pdf > 0 && f_jpg > 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld", id), 2);

	/* Both sides see them on the referral page and download exactly what was sent. */
	r = client_getf(c, "/doorverwijzingen/%lld", id);
	assert_body_contains(r, "toestemming.pdf");
	assert_body_contains(r, "voordeur.jpg");
	response_free(r);
	size_t len = 0;
	char *got = download(c, id, f_pdf, 200, &len);
	assert_int_equal(len, sizeof(toestemming) - 1);
	assert_memory_equal(got, toestemming, len);
	free(got);
	struct client *p = login_pw(s, wt.email, TEST_PASSWORD);
	r = pget(p, "/doorverwijzingen/%lld", id);
	assert_body_contains(r, "toestemming.pdf");
	assert_body_contains(r, "voordeur.jpg");
	response_free(r);
	got = download(p, id, f_jpg, 200, &len);
	assert_int_equal(len, sizeof(test_jpeg));
	assert_memory_equal(got, test_jpeg, len);
	free(got);

	/* The partner answers with a photo of its own (and a renamed program first: refused, text kept). */
	step(p, id, "accepteren", NULL);
	char *ptok = account_csrf(p, NULL);
	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/reactie", id);
	const struct form_part pbad[] = {
		FORM_FIELD("csrf_token", ptok), FORM_FIELD("tekst", "Foto van het huisbezoek ANTWOORD-BIJ-2"),
		FORM_FILE("bestand", (const char *)exe, sizeof(exe), "huisbezoek.jpg", "image/jpeg"), FORM_END,
	};
	r = client_post_multipart(p, path, pbad);
	assert_no_leak(r);
	assert_status(r, 422);
	assert_body_contains(r, "Dit soort bestand kunnen wij niet ontvangen.");
	assert_body_contains(r, "Foto van het huisbezoek ANTWOORD-BIJ-2");
	response_free(r);
	const struct form_part pgood[] = {
		FORM_FIELD("csrf_token", ptok), FORM_FIELD("tekst", "Foto van het huisbezoek ANTWOORD-BIJ-2"),
		FORM_FILE("bestand", (const char *)test_jpeg, sizeof(test_jpeg), "huisbezoek.jpg", "image/jpeg"), FORM_END,
	};
	r = client_post_multipart(p, path, pgood);
	assert_no_leak(r);
	assert_status(r, 303);
	response_free(r);
	free(ptok);
	long long f_ans = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld AND van_partner = 1"
				       " AND bestandsnaam = 'huisbezoek.jpg' AND mime = 'image/jpeg'", id);
	assert_true(f_ans > 0);
	r = client_getf(c, "/doorverwijzingen/%lld", id);
	assert_body_contains(r, "huisbezoek.jpg");
	response_free(r);
	got = download(c, id, f_ans, 200, &len);
	assert_int_equal(len, sizeof(test_jpeg));
	assert_memory_equal(got, test_jpeg, len);
	free(got);

	/* Another partner: 404 on the referral and on each of its files, the case worker's and the answer's. */
	struct client *o = login_pw(s, other.email, TEST_PASSWORD);
	r = pget(o, "/doorverwijzingen/%lld", id);
	assert_status(r, 404);
	response_free(r);
	download(o, id, f_pdf, 404, &len);
	download(o, id, f_ans, 404, &len);
	/* Nor through one of its own referrals' ids. */
	client_free(o);
	client_free(p);
	free(tok);
	client_free(c);
}

/* The melding form's cap on files ([server] upload_files = 5) holds over attempts: kept files count. */
static void test_new_files_limit(void **state)
{
	struct server *s = *state;
	struct kase k;
	char did[24], pid[24];

	new_case(s, &k);
	snprintf(did, sizeof(did), "%lld", k.dossier_id);
	snprintf(pid, sizeof(pid), "%lld", fx.wijkteam_id);
	struct client *c = login(s, SOCIAAL);
	char *tok = account_csrf(c, NULL);

	/* Three photos, but no question yet: refused, the three wait. */
	const struct form_part first[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("dossier", did), FORM_FIELD("partner", pid),
		FORM_FIELD("reden", REDEN), FORM_FIELD("vraag", ""), FORM_FIELD("gedeelde_informatie", GEDEELD),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "een.jpg", "image/jpeg"),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "twee.jpg", "image/jpeg"),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "drie.jpg", "image/jpeg"),
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/doorverwijzingen", first);
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf de vraag aan de partner");
	char *kept = html_input_value(r->body, "bestanden_id");
	assert_non_null(kept);
	response_free(r);

	/* Three more with the question: two fit, the sixth file is refused by name, the form too. */
	const struct form_part second[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("dossier", did), FORM_FIELD("partner", pid),
		FORM_FIELD("reden", REDEN), FORM_FIELD("vraag", VRAAG), FORM_FIELD("gedeelde_informatie", GEDEELD),
		FORM_FIELD("bestanden_id", kept),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "vier.jpg", "image/jpeg"),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "vijf.jpg", "image/jpeg"),
		FORM_FILE("nieuwe_bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "zes.jpg", "image/jpeg"),
		FORM_END,
	};
	r = client_post_multipart(c, "/doorverwijzingen", second);
	assert_status(r, 422);
	assert_body_contains(r, "zes.jpg: U kunt ten hoogste 5 bestanden meesturen.");
	assert_body_contains(r, VRAAG);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam IN"
				 " ('een.jpg', 'twee.jpg', 'drie.jpg', 'vier.jpg', 'vijf.jpg')"), 5);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE bestandsnaam = 'zes.jpg'"), 0);

	/* Sent as it is: the five go with it, each stored file the photo itself. */
	const struct form_part third[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("dossier", did), FORM_FIELD("partner", pid),
		FORM_FIELD("reden", REDEN), FORM_FIELD("vraag", VRAAG), FORM_FIELD("gedeelde_informatie", GEDEELD),
		FORM_FIELD("bestanden_id", kept), FORM_END,
	};
	r = client_post_multipart(c, "/doorverwijzingen", third);
	long long id = assert_created(r, "/doorverwijzingen/");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_file WHERE referral_id = %lld"
				 " AND mime = 'image/jpeg' AND grootte = %zu", id, sizeof(test_jpeg)), 5);
	char *opslag = test_sql_text(s, "SELECT opslag FROM referral_file WHERE referral_id = %lld"
				     " AND bestandsnaam = 'vijf.jpg'", id);
	char fpath[600];
	snprintf(fpath, sizeof(fpath), "%s/bijlagen/%s", s->dir, opslag);
	size_t len = 0;
	char *disk = read_whole_file(fpath, &len);
	assert_non_null(disk);
	assert_int_equal(len, sizeof(test_jpeg));
	assert_memory_equal(disk, test_jpeg, len);
	free(disk);
	free(opslag);
	free(kept);
	free(tok);
	client_free(c);
}

/* ---- closing with a note, and undoing it within a werkdag ----------------- */

/* Restarts the server with the clock at moment (Amsterdam, with offset) and logs in again as email. */
static struct client *at_moment(struct server *s, const char *moment, const char *email, const char *pw)
{
	setenv("LEEFBAAR_NOW", moment, 1);
	assert_int_equal(server_crash_restart(s, 0), 0);
	unsetenv("LEEFBAAR_NOW");
	return login_pw(s, email, pw);
}

static struct response *close_with(struct client *c, long long id, const char *note)
{
	char path[96];

	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/afsluiten", id);
	return account_post(c, NULL, path, (const char *const[]){ "notitie", note, NULL });
}

static struct response *reopen(struct client *c, long long id)
{
	char path[96];

	snprintf(path, sizeof(path), "/doorverwijzingen/%lld/heropenen", id);
	return account_post(c, NULL, path, NULL);
}

static void test_close_and_undo(void **state)
{
	struct server *s = *state;
	struct kase k;
	char note[REFERRAL_TEXT_MAX + 2];

	/* Friday 4 December 2026, 15:00 in Amsterdam. */
	struct client *c = at_moment(s, "2026-12-04T15:00:00+01:00", SOCIAAL, DEMO_PASSWORD);
	new_case(s, &k);
	struct client *wt = login(s, WIJKTEAM);
	long long id = refer_page(c, &k, fx.wijkteam_id, VRAAG, 0);
	step(wt, id, "accepteren", NULL);
	client_free(wt);

	/* Without a note, and with one too long: refused beside the field, what was typed kept. */
	struct response *r = close_with(c, id, "");
	assert_status(r, 422);
	assert_body_contains(r, "Schrijf waarom u de doorverwijzing afsluit");
	response_free(r);
	memset(note, 'x', sizeof(note) - 1);
	note[sizeof(note) - 1] = '\0';
	memcpy(note, "BEWAARD-77 ", 11);
	r = close_with(c, id, note);
	assert_status(r, 422);
	assert_body_contains(r, "De notitie is te lang");
	assert_body_contains(r, "BEWAARD-77 xxxx");
	assert_body_contains(r, "aria-invalid=\"true\"");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(ref_status_is(s, id, "geaccepteerd"), 1);

	/* With a note: closed, the note on the page, in the history, on the dossier and in the audit. */
	r = close_with(c, id, "Per ongeluk verstuurd NOTITIE-1");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, id, "afgesloten"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld"
				 " AND soort = 'afgesloten' AND tekst = 'Per ongeluk verstuurd NOTITIE-1'", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				 " AND soort = 'Doorverwijzing afgesloten' AND tekst LIKE '%%NOTITIE-1%%'", k.dossier_id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'doorverwijzing'"
				 " AND object_id = '%lld' AND detail = 'afsluiten: Per ongeluk verstuurd NOTITIE-1'", id), 1);
	r = client_getf(c, "/doorverwijzingen/%lld", id);
	assert_body_contains(r, "NOTITIE-1");
	assert_body_contains(r, "Doorverwijzing heropenen");
	assert_body_contains(r, "Dit kan tot en met 07-12-2026.");
	assert_tidy(r);
	response_free(r);

	/* Undone at once: back to geaccepteerd, the undo in the history, on the dossier, in the audit. */
	r = reopen(c, id);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "?klaar=heropend");
	response_free(r);
	assert_int_equal(ref_status_is(s, id, "geaccepteerd"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral WHERE id = %lld AND afgesloten_op IS NULL"
				 " AND status_voor_afsluiten IS NULL", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld"
				 " AND soort = 'heropend'", id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE dossier_id = %lld"
				 " AND soort = 'Doorverwijzing heropend'", k.dossier_id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE object_type = 'doorverwijzing'"
				 " AND object_id = '%lld' AND detail = 'heropenen: terug naar geaccepteerd'", id), 1);
	r = client_getf(c, "/doorverwijzingen/%lld", id);
	assert_body_contains(r, "Heropend door de corporatie");
	assert_body_contains(r, "Per ongeluk verstuurd NOTITIE-1");   /* the note stays in the history */
	response_free(r);

	/* Closed again on Friday: over the weekend, Monday evening is still in time. */
	r = close_with(c, id, "Toch afsluiten NOTITIE-2");
	assert_status(r, 303);
	response_free(r);
	client_free(c);
	c = at_moment(s, "2026-12-07T22:30:00+01:00", SOCIAAL, DEMO_PASSWORD);
	/* Not for a colleague of the same wijk who did not send it: she may close it, not undo another's closing. */
	char *wijk = test_sql_text(s, "SELECT w.code FROM dossier d JOIN area w ON w.id = d.wijk_id WHERE d.id = %lld",
				   k.dossier_id);
	account_add(s, "collega@voorbeeld.example", "Cor Collega", "sociaal_beheerder", NULL,
		    (const char *const[]){ "--area", wijk, NULL });
	free(wijk);
	struct client *wb = login_pw(s, "collega@voorbeeld.example", TEST_PASSWORD);
	r = client_getf(wb, "/doorverwijzingen/%lld", id);
	assert_status(r, 200);
	assert_false(response_contains(r, "Doorverwijzing heropenen"));
	response_free(r);
	r = reopen(wb, id);
	assert_status(r, 422);
	assert_body_contains(r, "Alleen wie de doorverwijzing verstuurde, of een coördinator, kan haar heropenen.");
	response_free(r);
	client_free(wb);
	assert_int_equal(ref_status_is(s, id, "afgesloten"), 1);
	r = reopen(c, id);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, id, "geaccepteerd"), 1);

	/* Closed on Monday evening: Wednesday is too late, with a clear message, and nothing changes. */
	r = close_with(c, id, "Afgerond NOTITIE-3");
	assert_status(r, 303);
	response_free(r);
	client_free(c);
	c = at_moment(s, "2026-12-09T08:30:00+01:00", SOCIAAL, DEMO_PASSWORD);
	r = client_getf(c, "/doorverwijzingen/%lld", id);
	assert_false(response_contains(r, "Doorverwijzing heropenen"));
	response_free(r);
	r = reopen(c, id);
	assert_status(r, 422);
	assert_body_contains(r, "Heropenen kan tot het einde van de eerste werkdag na het afsluiten");
	assert_body_contains(r, "Dat kon tot en met 08-12-2026.");
	response_free(r);
	assert_int_equal(ref_status_is(s, id, "afgesloten"), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE referral_id = %lld"
				 " AND soort = 'heropend'", id), 2);
	/* The retention's anonymisation (store/privacy.c) clears the note with the other texts. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral WHERE id = %lld AND afsluit_notitie = 'Afgerond NOTITIE-3'",
				 id), 1);
	/* The API says the same, as 422. */
	char *token = account_token(s, SOCIAAL);
	char path[96];
	snprintf(path, sizeof(path), "/api/v1/doorverwijzingen/%lld/heropenen", id);
	r = client_api(c, "POST", path, token, NULL, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Dat kon tot en met 08-12-2026.");
	response_free(r);
	client_free(c);

	/*
	 * Kerst: closed on Thursday 24 December, undone on Monday 28 (25 and 26
	 * are feestdagen, 27 a Sunday) by a coordinator, who did not send it.
	 */
	c = at_moment(s, "2026-12-24T16:00:00+01:00", SOCIAAL, DEMO_PASSWORD);
	long long id2 = refer_page(c, &k, fx.wijkteam_id, "Tweede vraag", 0);
	r = close_with(c, id2, "Voor de feestdagen afgesloten");
	assert_status(r, 303);
	response_free(r);
	client_free(c);
	c = at_moment(s, "2026-12-28T09:00:00+01:00", COORDINATOR, DEMO_PASSWORD);
	r = reopen(c, id2);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, id2, "verstuurd"), 1);
	/* A closing day of the corporation moves it too: closed on Monday 28, the 29th closed, undone on the 30th. */
	r = close_with(c, id2, "Na de feestdagen afgesloten");
	assert_status(r, 303);
	response_free(r);
	int32_t dag29;
	assert_int_equal(days_parse("2026-12-29", &dag29), 0);
	test_sql(s, "INSERT INTO closing_day(dag, reden) VALUES (%d, 'Tussen kerst en oud en nieuw')", (int)dag29);
	client_free(c);
	c = at_moment(s, "2026-12-30T10:00:00+01:00", SOCIAAL, DEMO_PASSWORD);
	r = reopen(c, id2);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(ref_status_is(s, id2, "verstuurd"), 1);
	client_free(c);
	free(token);
	test_sql(s, "UPDATE referral SET geanonimiseerd_op = 1 WHERE id = %lld", id);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral WHERE id = %lld AND afsluit_notitie = ''", id), 1);
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
		cmocka_unit_test(test_new_files),
		cmocka_unit_test(test_new_files_limit),
		/* It pins the clock (and restarts the server for it): a server of its own. */
		HARNESS_FRESH_TEST(test_close_and_undo),
		/* It counts every referral there is: a server of its own. */
		HARNESS_FRESH_TEST(test_lists_and_late),
	};

	return harness_run_suite("doorverwijzingen", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\nmelden_min_seconds = 0\n"
				 "[app]\ntelefoon = 088 123 45 67\n");
}
