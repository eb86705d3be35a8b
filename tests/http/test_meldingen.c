/*
 * test_meldingen.c - meldingen end to end over HTTP: the public form (CSRF,
 * minimum fill time, uploads and their limits, bad input), the melder's
 * status page, staff intake, the list (filters, search with hostile input,
 * paging, due markers), the detail page, every action and every illegal
 * transition, backdating, costs, the outbox, attachments, and the area
 * scope with the "onbekend" queue.
 *
 * The test database starts empty: the suite makes two wijken with a buurt
 * each and a few register addresses with sqlite3, and its users with
 * `leefbaar adduser`. Wijk A holds 1111 AA (numbers 1-3), wijk B 2222 BB 1;
 * 9999 ZZ is in no register.
 */
#include "accounts.h"
#include "harness.h"

#include "domain/amsterdam.h"
#include "lib/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n"

#define WB_A "wb.a@test.example"
#define WB_B "wb.b@test.example"
#define SB_A "sb.a@test.example"
#define CO "co@test.example"
#define OS "os@test.example"
#define BH "bh@test.example"
#define SB_UIT "sb.uit@test.example"

/* The start of a Windows program: "MZ", then what libmagic reads as application/x-dosexec. */
static const unsigned char exe[] = {
	0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00,
	0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00,
	0x0e, 0x1f, 0xba, 0x0e, 0x00, 0xb4, 0x09, 0xcd, 0x21, 0xb8, 0x01, 0x4c, 0xcd, 0x21, 0x54, 0x68,
	0x69, 0x73, 0x20, 0x70, 0x72, 0x6f, 0x67, 0x72, 0x61, 0x6d, 0x20, 0x63, 0x61, 0x6e, 0x6e, 0x6f,
	0x74, 0x20, 0x62, 0x65, 0x20, 0x72, 0x75, 0x6e, 0x20, 0x69, 0x6e, 0x20, 0x44, 0x4f, 0x53, 0x20,
	0x6d, 0x6f, 0x64, 0x65, 0x2e, 0x0d, 0x0d, 0x0a, 0x24, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x50, 0x45, 0x00, 0x00, 0x4c, 0x01, 0x03, 0x00,
};

/* ---- fixture ---------------------------------------------------------- */

static void fixture(struct server *s)
{
	if (!server_once(s, "fixture"))
		return;
	assert_int_equal(test_db_exec(s,
		"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		" ('WK000001', 'Wijk A', 'wijk', NULL, 100), ('WK000002', 'Wijk B', 'wijk', NULL, 100);"
		"INSERT INTO area(code, naam, soort, parent_id, woningen) VALUES"
		" ('BU00000101', 'Buurt A1', 'buurt', (SELECT id FROM area WHERE code = 'WK000001'), 50),"
		" ('BU00000201', 'Buurt B1', 'buurt', (SELECT id FROM area WHERE code = 'WK000002'), 50);"
		"UPDATE area SET wijk_id = CASE soort WHEN 'wijk' THEN id ELSE parent_id END;"
		"INSERT INTO address(postcode, huisnummer, toevoeging, straat, woonplaats, buurt_id) VALUES"
		" ('1111 AA', 1, '', 'Astraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101')),"
		" ('1111 AA', 2, '', 'Astraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101')),"
		" ('1111 AA', 3, '', 'Astraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000101')),"
		" ('2222 BB', 1, '', 'Bstraat', 'Proefstad', (SELECT id FROM area WHERE code = 'BU00000201'));"),
		0);
	account_add(s, WB_A, "Wim Wijk-A", "wijkbeheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, WB_B, "Bea Wijk-B", "wijkbeheerder", NULL, (const char *const[]){ "--area", "WK000002", NULL });
	account_add(s, SB_A, "Sanne Sociaal-A", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, SB_UIT, "Uit Dienst", "sociaal_beheerder", NULL, (const char *const[]){ "--area", "WK000001", NULL });
	account_add(s, CO, "Carla Coördinator", "coordinator", NULL, NULL);
	account_add(s, OS, "Olaf Ondersteuner", "ondersteuner", NULL, NULL);
	account_add(s, BH, "Bram Beheer", "beheerder", NULL, NULL);
	assert_int_equal(test_db_exec(s, "UPDATE user SET active = 0 WHERE email = '" SB_UIT "'"), 0);
}

static long long melding_int(struct server *s, long long id, const char *column)
{
	char sql[200];

	snprintf(sql, sizeof(sql), "SELECT %s FROM melding WHERE id = %lld", column, id);
	return test_db_int(s, sql);
}

static struct client *staff(struct server *s, const char *email)
{
	fixture(s);
	return account_client(s, email, TEST_PASSWORD);
}

/* ---- the public form -------------------------------------------------- */

/*
 * Files a melding through GET/POST /melden as an anonymous browser. Extra
 * parts replace the defaults of the same name; want is the expected status.
 */
static struct response *melden(struct server *s, const struct form_part *extra, long want)
{
	struct form_part parts[32];
	size_t n = 0;
	static const char *const names[] = {
		"categorie", "omschrijving", "postcode", "huisnummer", "melder_naam", "melder_email", "anoniem", "dubbel",
	};
	/* The same melder at the same address each time: "dubbel" answers the repeat question (issue 17) with "new". */
	static const char *const values[] = {
		"geluid", "Harde muziek tot diep in de nacht.", "1111 AA", "1", "Jan Jansen", "jan@example.org", "0", "nieuw",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		int replaced = 0;
		for (size_t k = 0; extra && extra[k].name; k++)
			replaced |= !strcmp(extra[k].name, names[i]);
		if (!replaced)
			parts[n++] = (struct form_part)FORM_FIELD(names[i], values[i]);
	}
	for (size_t k = 0; extra && extra[k].name && n < 31; k++)
		parts[n++] = extra[k];
	parts[n] = (struct form_part)FORM_END;
	struct response *r = public_melding(s, parts);
	if (want)
		assert_status(r, want);
	return r;
}

/* Files a valid melding and reads its reference, id and status link. */
static void melden_ok(struct server *s, const struct form_part *extra, struct filed *out)
{
	struct response *r = melden(s, extra, 200);   /* the confirmation after the 303 */

	filed_from_page(s, r, out);
	response_free(r);
}

static void test_public_form_round_trip(void **state)
{
	struct server *s = *state;
	struct filed m;
	const struct form_part extra[] = {
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "foto.jpg", "image/jpeg"),
		FORM_END,
	};

	fixture(s);
	melden_ok(s, extra, &m);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld AND mime = 'image/jpeg'", m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'ontvangst'", m.id), 1);
	assert_int_equal(melding_int(s, m.id, "wijk_id"), test_db_int(s, "SELECT id FROM area WHERE code = 'WK000001'"));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND kanaal = 'webformulier' AND created_by IS NULL", m.id), 1);

	/* The status link shows this melding. */
	struct client *c = client_new(s);
	struct response *r = client_get(c, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, m.ref);
	assert_body_contains(r, "Harde muziek");
	response_free(r);

	/* Without the form's token nothing is stored. */
	const char *fields[] = { "categorie", "geluid", "omschrijving", "x", NULL };
	long long before = test_db_int(s, "SELECT count(*) FROM melding");
	r = client_post_form(c, "/melden", fields);
	assert_status(r, 403);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding"), before);
	response_free(r);
	client_free(c);
}

/* With the default minimum fill time a form sent at once comes back, kept. */
static void test_minimum_fill_time(void **state)
{
	(void)state;
	struct server *s = server_start(NULL);
	assert_non_null(s);
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Snel verstuurd bericht"), FORM_FIELD("plaats", "bij de speeltuin"),
		FORM_FIELD("anoniem", "1"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/melden", parts);

	assert_status(r, 422);
	assert_body_contains(r, "erg snel");
	assert_body_contains(r, "Snel verstuurd bericht");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding"), 0);
	response_free(r);
	free(tok);
	client_free(c);
	assert_int_equal(server_stop(s), 0);
}

static void test_jpeg_served_to_staff_only(void **state)
{
	struct server *s = *state;
	struct filed m;
	const struct form_part extra[] = {
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "straat foto.jpg", "image/jpeg"),
		FORM_END,
	};
	char path[120], sql[160];

	fixture(s);
	melden_ok(s, extra, &m);
	snprintf(sql, sizeof(sql), "SELECT id FROM attachment WHERE melding_id = %lld", m.id);
	long long att = test_db_int(s, sql);
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld", m.id, att);

	struct client *c = staff(s, SB_A);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "image/jpeg");
	assert_header_contains(r, "Content-Disposition", "inline");
	assert_header_contains(r, "Content-Disposition", "straat foto.jpg");
	assert_header_contains(r, "X-Content-Type-Options", "nosniff");
	assert_int_equal(r->len, sizeof(test_jpeg));
	assert_memory_equal(r->body, test_jpeg, sizeof(test_jpeg));
	response_free(r);
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'bekeken' AND object_type = 'bijlage'") >= 1);

	/* The detail page links it. */
	snprintf(sql, sizeof(sql), "/meldingen/%lld", m.id);
	r = client_get(c, sql);
	assert_status(r, 200);
	assert_body_contains(r, path);
	response_free(r);
	client_free(c);

	/* Another wijk: not found; nobody logged in: to the login. */
	c = staff(s, WB_B);
	r = client_get(c, path);
	assert_status(r, 404);
	response_free(r);
	client_free(c);
	c = client_new(s);
	r = client_get(c, path);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(c);
}

/* HEIC and MOV (iPhone photos and videos) Chromium does not show: offered as downloads. */
static void test_heic_and_mov_are_downloads(void **state)
{
	struct server *s = *state;
	static const char heic[] = "\0\0\0\x18" "ftypheic\0\0\0\0mif1heic\0\0\0\0";
	static const char mov[] = "\0\0\0\x14" "ftypqt  \0\0\0\0qt  \0\0\0\x08wide";
	const struct form_part extra[] = {
		FORM_FILE("bijlagen", heic, sizeof(heic) - 1, "IMG_0001.HEIC", "image/heic"),
		FORM_FILE("bijlagen", mov, sizeof(mov) - 1, "IMG_0002.MOV", "video/quicktime"),
		FORM_END,
	};
	struct filed m;
	char path[120];

	fixture(s);
	melden_ok(s, extra, &m);
	struct client *c = staff(s, SB_A);
	static const char *const types[] = { "image/heic", "video/quicktime" };
	for (size_t i = 0; i < 2; i++) {
		long long att = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld AND mime = '%s'", m.id, types[i]);
		assert_true(att > 0);
		snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld", m.id, att);
		struct response *r = client_get(c, path);
		assert_status(r, 200);
		assert_header_contains(r, "Content-Type", types[i]);
		assert_header_contains(r, "Content-Disposition", "attachment");
		response_free(r);
	}
	/* An attachment of another melding is not reachable through this one. */
	struct filed other;
	melden_ok(s, (const struct form_part[]){ FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "x.jpg", "image/jpeg"),
					       FORM_END }, &other);
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld", m.id,
		 test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld", other.id));
	struct response *r = client_get(c, path);
	assert_status(r, 404);
	response_free(r);
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/abc", m.id);
	r = client_get(c, path);
	assert_status(r, 404);
	response_free(r);
	/* A path that tries to leave bijlagen/ never gets a file (the server refuses it before routing). */
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/..%%2f..%%2fsecret.key", m.id);
	r = client_get(c, path);
	assert_true(r->status == 400 || r->status == 404);
	response_free(r);
	client_free(c);
}

static void test_exe_renamed_jpg_refused(void **state)
{
	struct server *s = *state;
	const struct form_part extra[] = {
		FORM_FIELD("omschrijving", "Bewaar deze tekst alstublieft"),
		FORM_FILE("bijlagen", (const char *)exe, sizeof(exe), "vakantie.jpg", "image/jpeg"),
		FORM_END,
	};

	fixture(s);
	long long before = test_db_int(s, "SELECT count(*) FROM melding");
	struct response *r = melden(s, extra, 422);
	assert_body_contains(r, "vakantie.jpg");
	assert_body_contains(r, "Dit soort bestand kunnen wij niet ontvangen");
	assert_body_contains(r, "Bewaar deze tekst alstublieft");
	assert_body_contains(r, "value=\"Jan Jansen\"");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding"), before);
	response_free(r);
}

static void test_six_files(void **state)
{
	struct server *s = *state;
	const struct form_part extra[] = {
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "1.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "2.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "3.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "4.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "5.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "6.jpg", "image/jpeg"),
		FORM_END,
	};

	fixture(s);
	struct response *r = melden(s, extra, 422);
	assert_body_contains(r, "ten hoogste 5 bestanden");
	assert_body_contains(r, "6.jpg");
	/* The five that fit are kept for the next attempt. */
	assert_body_contains(r, "1.jpg (foto");
	assert_body_contains(r, "Harde muziek");
	response_free(r);
}

static void test_empty_form(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = { FORM_FIELD("csrf_token", tok), FORM_END };
	struct response *r = client_post_multipart(c, "/melden", parts);

	assert_status(r, 422);
	assert_body_contains(r, "error-summary");
	assert_body_contains(r, "Kies wat voor melding het is.");
	assert_body_contains(r, "Beschrijf wat er gebeurde.");
	assert_body_contains(r, "Vul een postcode en huisnummer in, of beschrijf de plek.");
	assert_body_contains(r, "Vul uw naam in, of kies voor anoniem melden.");
	assert_body_contains(r, "href=\"#omschrijving\"");
	response_free(r);
	free(tok);
	client_free(c);
}

static void test_one_megabyte_description(void **state)
{
	struct server *s = *state;
	size_t n = 1000 * 1000;
	char *big = xmalloc(1024 * 1024 + 2);

	fixture(s);
	/* A million characters: the form comes back with a message and everything in it. */
	memset(big, 'a', n);
	big[n] = '\0';
	const struct form_part extra[] = { FORM_FIELD("omschrijving", big), FORM_FIELD("melder_naam", "Ria Lang"), FORM_END };
	struct response *r = melden(s, extra, 422);
	assert_body_contains(r, "Uw beschrijving is te lang: ten hoogste 5000 tekens.");
	assert_body_contains(r, "value=\"Ria Lang\"");
	assert_true(r->len > n);
	response_free(r);
	/* Past the fields' cap of 1 MiB ([server] max_body_kb): a Dutch 413 page, never a 500. */
	memset(big, 'a', 1024 * 1024 + 1);
	big[1024 * 1024 + 1] = '\0';
	const struct form_part over[] = { FORM_FIELD("omschrijving", big), FORM_END };
	r = melden(s, over, 413);
	assert_body_contains(r, "te groot");
	response_free(r);
	free(big);
}

static void test_wrong_postcode(void **state)
{
	struct server *s = *state;
	const struct form_part extra[] = { FORM_FIELD("postcode", "12345"), FORM_FIELD("huisnummer", "12b"), FORM_END };

	fixture(s);
	struct response *r = melden(s, extra, 422);
	assert_body_contains(r, "Dit is geen Nederlandse postcode");
	assert_body_contains(r, "Een huisnummer bestaat uit cijfers");
	assert_body_contains(r, "value=\"12345\"");
	response_free(r);
}

/* ---- actions ---------------------------------------------------------- */

static struct response *act(struct client *c, long long id, const char *action, const char *const extra[])
{
	char page[64], path[120];

	snprintf(page, sizeof(page), "/meldingen/%lld", id);
	snprintf(path, sizeof(path), "/meldingen/%lld/%s", id, action);
	return account_post(c, page, path, extra);
}

static void act_ok(struct client *c, long long id, const char *action, const char *const extra[])
{
	struct response *r = act(c, id, action, extra);
	char want[120];

	assert_status(r, 303);
	snprintf(want, sizeof(want), "/meldingen/%lld?gedaan=%s", id, action);
	assert_header_contains(r, "Location", want);
	response_free(r);
}

/* The action is refused with msg; the melding's status and timeline stay. */
static void act_refused(struct server *s, struct client *c, long long id, const char *action,
			const char *const extra[], const char *msg)
{
	char sql[200];

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding_event WHERE melding_id = %lld", id);
	long long events = test_db_int(s, sql);
	long long outbox = test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld", id);
	snprintf(sql, sizeof(sql), "SELECT status FROM melding WHERE id = %lld", id);
	struct response *r = act(c, id, action, extra);
	assert_status(r, 422);
	assert_body_contains(r, msg);
	assert_body_contains(r, "Er is niets gewijzigd");
	response_free(r);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding_event WHERE melding_id = %lld", id);
	assert_int_equal(test_db_int(s, sql), events);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld", id), outbox);
}

static const char *status_of(struct server *s, long long id)
{
	static const char *const names[] = { "nieuw", "bevestigd", "in_behandeling", "teruggekoppeld", "afgesloten" };
	char sql[200];

	for (size_t i = 0; i < 5; i++) {
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding WHERE id = %lld AND status = '%s'", id, names[i]);
		if (test_db_int(s, sql) == 1)
			return names[i];
	}
	return "?";
}

static void test_every_action_and_illegal_transition(void **state)
{
	struct server *s = *state;
	struct filed m;
	char uid[24];

	fixture(s);
	melden_ok(s, NULL, &m);
	struct client *c = staff(s, SB_A);

	/* nieuw: only a closed melding can be reopened. */
	act_refused(s, c, m.id, "heropenen", NULL, "Alleen een afgesloten melding kunt u heropenen.");
	act_ok(c, m.id, "bevestigen", NULL);
	assert_string_equal(status_of(s, m.id), "bevestigd");
	assert_true(melding_int(s, m.id, "bevestigd_op") > 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'bevestiging'", m.id), 1);
	act_refused(s, c, m.id, "bevestigen", NULL, "Deze melding is al bevestigd.");

	/* toewijzen: bevestigd -> in behandeling. */
	snprintf(uid, sizeof(uid), "%lld", test_user_id(s, WB_A));
	act_ok(c, m.id, "toewijzen", (const char *const[]){ "behandelaar", uid, NULL });
	assert_string_equal(status_of(s, m.id), "in_behandeling");
	assert_int_equal(melding_int(s, m.id, "assignee_id"), test_user_id(s, WB_A));

	act_refused(s, c, m.id, "notitie", (const char *const[]){ "tekst", "   ", NULL }, "Schrijf de notitie.");
	act_ok(c, m.id, "notitie", (const char *const[]){ "tekst", "Buren gebeld, geen gehoor.", NULL });
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'notitie' AND voor_melder = 0", m.id), 1);

	act_refused(s, c, m.id, "terugkoppelen", NULL, "Schrijf de terugkoppeling aan de melder");
	act_ok(c, m.id, "terugkoppelen", (const char *const[]){ "tekst", "Wij hebben de buren aangesproken.", NULL });
	assert_string_equal(status_of(s, m.id), "teruggekoppeld");
	/* A second message to the melder is allowed (issue 17). */
	act_ok(c, m.id, "terugkoppelen", (const char *const[]){ "tekst", "Nog een keer", NULL });
	assert_string_equal(status_of(s, m.id), "teruggekoppeld");

	act_ok(c, m.id, "afsluiten", NULL);
	assert_string_equal(status_of(s, m.id), "afgesloten");
	assert_true(melding_int(s, m.id, "afgesloten_op") > 0);
	act_refused(s, c, m.id, "afsluiten", NULL, "Deze melding is al afgesloten.");
	act_refused(s, c, m.id, "toewijzen", (const char *const[]){ "behandelaar", uid, NULL },
		    "Een afgesloten melding kunt u niet toewijzen.");
	act_refused(s, c, m.id, "terugkoppelen", (const char *const[]){ "tekst", "x", NULL },
		    "Een afgesloten melding kunt u niet terugkoppelen.");
	act_refused(s, c, m.id, "bevestigen", NULL, "Deze melding is al bevestigd.");

	act_ok(c, m.id, "heropenen", (const char *const[]){ "tekst", "De overlast is terug.", NULL });
	assert_string_equal(status_of(s, m.id), "in_behandeling");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND afgesloten_op IS NULL", m.id), 1);
	act_refused(s, c, m.id, "heropenen", NULL, "Alleen een afgesloten melding kunt u heropenen.");
	/* A note is allowed in every state, closed too. */
	act_ok(c, m.id, "afsluiten", NULL);
	act_ok(c, m.id, "notitie", (const char *const[]){ "tekst", "Nagekomen telefoontje.", NULL });

	/* Unknown words are not actions (koppelen belongs to the dossiers). */
	struct response *r = act(c, m.id, "verwijderen", NULL);
	assert_status(r, 404);
	response_free(r);

	/* Every step is on the timeline with who did it, and in the audit trail. */
	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld", m.id);
	r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, "Ontvangst bevestigd");
	assert_body_contains(r, "Toegewezen aan Wim Wijk-A.");
	assert_body_contains(r, "Wij hebben de buren aangesproken.");
	assert_body_contains(r, "Heropend");
	assert_body_contains(r, "De overlast is terug.");
	assert_body_contains(r, "door Sanne Sociaal-A");
	assert_body_contains(r, "id=\"dossier\"");   /* the dossiers' block, to link it */
	response_free(r);
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND object_type = 'melding'") >= 7);
	client_free(c);
}

static void test_feedback_confirms_and_reaches_the_melder(void **state)
{
	struct server *s = *state;
	struct filed m, other;

	fixture(s);
	melden_ok(s, NULL, &m);
	melden_ok(s, (const struct form_part[]){ FORM_FIELD("omschrijving", "Iets heel anders, geheim."), FORM_END }, &other);
	struct client *c = staff(s, SB_A);
	act_ok(c, m.id, "terugkoppelen", (const char *const[]){ "tekst", "De verhuurder spreekt de buren aan.", NULL });
	client_free(c);

	/* Answering a never-confirmed melding confirms it at the same moment. */
	assert_true(melding_int(s, m.id, "bevestigd_op") > 0);
	assert_int_equal(melding_int(s, m.id, "bevestigd_op"), melding_int(s, m.id, "teruggekoppeld_op"));
	assert_int_equal(melding_int(s, m.id, "bevestigd_dag"), melding_int(s, m.id, "teruggekoppeld_dag"));

	/* The message to the melder carries the answer; the status link is put in when it is sent (store/outbox.h). */
	char sql[400];
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'terugkoppeling'"
		 " AND aan = 'jan@example.org' AND tekst LIKE '%%De verhuurder spreekt de buren aan.%%'"
		 " AND tekst LIKE '%%[persoonlijke link: alleen in de e-mail aan de melder]%%'"
		 " AND instr(tekst, '%s') = 0", m.id, m.status_path);
	assert_int_equal(test_db_int(s, sql), 1);

	/* The status page: the answer, no staff names, no other melding. */
	struct client *anon = client_new(s);
	struct response *r = client_get(anon, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "De verhuurder spreekt de buren aan.");
	/* The step in a tenant's words, not the staff's "teruggekoppeld" (issue 17). */
	assert_body_contains(r, "We zijn ermee bezig");
	assert_null(mem_find(r->body, r->len, "eruggekoppeld", 1));
	assert_null(mem_find(r->body, r->len, "Sanne", 0));
	assert_null(mem_find(r->body, r->len, other.ref, 0));
	assert_null(mem_find(r->body, r->len, "geheim", 0));
	response_free(r);
	client_free(anon);
}

/* "2026-03-01T14:30" for t (Amsterdam wall time, as a datetime-local input holds it). */
static void local_time(time_t t, char out[20])
{
	char iso[MOMENT_FORMAT_LEN];

	moment_format_amsterdam((int64_t)t, iso);
	snprintf(out, 20, "%.16s", iso);
}

/* Takes a melding in as staff c, received `days_ago` days ago; returns its id. */
static long long intake(struct server *s, struct client *c, int days_ago, const char *postcode, const char *nr)
{
	char *tok = account_csrf(c, "/meldingen/nieuw");
	char when[20];

	local_time(time(NULL) - (time_t)days_ago * 86400, when);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", "telefoon"), FORM_FIELD("ontvangen_op", when),
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "Stank in het trappenhuis, gemeld per telefoon."),
		FORM_FIELD("postcode", postcode), FORM_FIELD("huisnummer", nr), FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Piet Bel"), FORM_FIELD("melder_telefoon", "0612345678"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/meldingen", parts);
	long long id = assert_created(r, "/meldingen/");
	assert_non_null(strstr(response_header(r, "Location"), "gedaan=aangemaakt"));
	response_free(r);
	free(tok);
	(void)s;
	return id;
}

static void test_staff_intake(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, WB_A);
	long long id = intake(s, c, 1, "1111 AA", "2");
	time_t now = time(NULL);

	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND kanaal = 'telefoon'", id), 1);
	assert_int_equal(melding_int(s, id, "created_by"), test_user_id(s, WB_A));
	long long op = melding_int(s, id, "ontvangen_op");
	/* The minute of yesterday that was typed (seconds are not in the input). */
	assert_true(op <= (long long)now - 86400 && op > (long long)now - 86400 - 120);
	/* A phone melder without e-mail: the receipt is kept, shown only. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND aan = ''", id), 1);

	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld?gedaan=aangemaakt", id);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, "De melding is ingevoerd.");
	assert_body_contains(r, "via Telefoon");
	assert_body_contains(r, "0612345678");
	response_free(r);

	/* Bad input comes back with messages and everything kept. */
	char *tok = account_csrf(c, "/meldingen/nieuw");
	char future[20];
	local_time(now + 3 * 86400, future);
	const struct form_part bad[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", "webformulier"), FORM_FIELD("ontvangen_op", future),
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "Blijft staan"), FORM_FIELD("plaats", "Portiek 4"),
		FORM_FIELD("anoniem", "1"), FORM_END,
	};
	r = client_post_multipart(c, "/meldingen", bad);
	assert_status(r, 422);
	assert_body_contains(r, "Kies hoe de melding binnenkwam.");
	assert_body_contains(r, "Dit moment ligt in de toekomst.");
	assert_body_contains(r, "Blijft staan");
	assert_body_contains(r, "value=\"Portiek 4\"");
	response_free(r);
	const struct form_part garbled[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("kanaal", "balie"), FORM_FIELD("ontvangen_op", "gisteren"),
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "x"), FORM_FIELD("plaats", "Portiek 4"),
		FORM_FIELD("anoniem", "1"), FORM_END,
	};
	r = client_post_multipart(c, "/meldingen", garbled);
	assert_status(r, 422);
	assert_body_contains(r, "Vul datum en tijd in");
	response_free(r);
	free(tok);
	client_free(c);

	/* A beheerder takes no meldingen in and sees none. */
	c = staff(s, BH);
	r = client_get(c, "/meldingen/nieuw");
	assert_status(r, 403);
	response_free(r);
	r = client_get(c, "/meldingen");
	assert_status(r, 403);
	response_free(r);
	client_free(c);
}

static void test_backdating(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, SB_A);
	long long id = intake(s, c, 3, "1111 AA", "3");
	char yesterday[20], future[20], before[20];
	time_t now = time(NULL);

	local_time(now - 86400, yesterday);
	local_time(now + 2 * 86400, future);
	local_time(now - 5 * 86400, before);
	act_refused(s, c, id, "bevestigen", (const char *const[]){ "moment", future, NULL }, "Dit moment ligt in de toekomst.");
	act_refused(s, c, id, "bevestigen", (const char *const[]){ "moment", before, NULL },
		    "Dit moment ligt vóór de ontvangst van de melding");
	act_refused(s, c, id, "bevestigen", (const char *const[]){ "moment", "morgen vroeg", NULL }, "Vul datum en tijd in");
	/* The refused form comes back with what was typed. */
	struct response *r = act(c, id, "bevestigen", (const char *const[]){ "moment", future, "tekst", "Eigen notitie", NULL });
	assert_status(r, 422);
	assert_body_contains(r, "Eigen notitie");
	assert_body_contains(r, future);
	response_free(r);

	act_ok(c, id, "bevestigen", (const char *const[]){ "moment", yesterday, NULL });
	long long op = melding_int(s, id, "bevestigd_op");
	assert_true(op <= (long long)now - 86400 && op > (long long)now - 86400 - 120);
	/* The day is yesterday's Amsterdam day, and the timeline entry carries the moment. */
	assert_int_equal(melding_int(s, id, "bevestigd_dag"), melding_int(s, id, "ontvangen_dag") + 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'bevestigd' AND op < vastgelegd - 3600", id), 1);
	client_free(c);
}

static void test_costs(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, SB_A);
	long long id = intake(s, c, 0, "1111 AA", "1");

	act_refused(s, c, id, "afsluiten", (const char *const[]){ "kosten", "abc", NULL }, "Vul de kosten in euro");
	act_refused(s, c, id, "afsluiten", (const char *const[]){ "kosten", "-5", NULL }, "Vul de kosten in euro");
	act_ok(c, id, "afsluiten", (const char *const[]){ "kosten", "1.234,50", NULL });
	assert_int_equal(melding_int(s, id, "kosten_cent"), 123450);
	act_ok(c, id, "heropenen", NULL);
	/* Closing again without an amount keeps the costs; with one replaces them. */
	act_ok(c, id, "afsluiten", NULL);
	assert_int_equal(melding_int(s, id, "kosten_cent"), 123450);
	act_ok(c, id, "heropenen", NULL);
	act_ok(c, id, "afsluiten", (const char *const[]){ "kosten", "€ 12,50", NULL });
	assert_int_equal(melding_int(s, id, "kosten_cent"), 1250);

	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld", id);
	struct response *r = client_get(c, path);
	assert_body_contains(r, "€ 12,50");
	response_free(r);
	client_free(c);
}

static void test_assignment_only_in_scope(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, SB_A);
	long long id = intake(s, c, 0, "1111 AA", "1");
	char wb_b[24], uit[24], bh[24], co[24];

	snprintf(wb_b, sizeof(wb_b), "%lld", test_user_id(s, WB_B));
	snprintf(uit, sizeof(uit), "%lld", test_user_id(s, SB_UIT));
	snprintf(bh, sizeof(bh), "%lld", test_user_id(s, BH));
	snprintf(co, sizeof(co), "%lld", test_user_id(s, CO));
	act_refused(s, c, id, "toewijzen", (const char *const[]){ "behandelaar", wb_b, NULL },
		    "werkt niet in de wijk van deze melding");
	act_refused(s, c, id, "toewijzen", (const char *const[]){ "behandelaar", uit, NULL }, "geen actieve medewerker");
	act_refused(s, c, id, "toewijzen", (const char *const[]){ "behandelaar", bh, NULL }, "geen actieve medewerker");
	act_refused(s, c, id, "toewijzen", (const char *const[]){ "behandelaar", "", NULL }, "Kies aan wie u de melding toewijst.");

	/* The select offers only who may take it. */
	char path[80];
	snprintf(path, sizeof(path), "/meldingen/%lld", id);
	struct response *r = client_get(c, path);
	assert_body_contains(r, "Carla Coördinator");
	assert_body_contains(r, "Wim Wijk-A");
	assert_null(mem_find(r->body, r->len, "Bea Wijk-B", 0));
	assert_null(mem_find(r->body, r->len, "Uit Dienst", 0));
	response_free(r);

	act_ok(c, id, "toewijzen", (const char *const[]){ "behandelaar", co, NULL });
	assert_int_equal(melding_int(s, id, "assignee_id"), test_user_id(s, CO));
	/* nieuw stays nieuw when assigned (only bevestigd moves on). */
	assert_string_equal(status_of(s, id), "nieuw");
	client_free(c);
}

/* ---- scope, onbekend, the list ---------------------------------------- */

/* Whether the list at path has a row linking to melding id (not just its text in the search box). */
static int list_shows(struct client *c, const char *path, long long id)
{
	char needle[64];

	snprintf(needle, sizeof(needle), "class=\"ref\" href=\"/meldingen/%lld\"", id);
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	int found = mem_find(r->body, r->len, needle, 0) != NULL;
	response_free(r);
	return found;
}

static int list_has(struct client *c, const char *path, const char *needle)
{
	struct response *r = client_get(c, path);
	assert_status(r, 200);
	int found = mem_find(r->body, r->len, needle, 0) != NULL;
	response_free(r);
	return found;
}

static void test_scope_by_wijk(void **state)
{
	struct server *s = *state;
	struct filed b;
	char path[120], q[120];

	fixture(s);
	melden_ok(s, (const struct form_part[]){ FORM_FIELD("postcode", "2222BB"), FORM_FIELD("huisnummer", "1"),
					       FORM_FIELD("omschrijving", "Zwerfvuil bij de containers in wijk B"), FORM_END }, &b);
	assert_int_equal(melding_int(s, b.id, "wijk_id"), test_db_int(s, "SELECT id FROM area WHERE code = 'WK000002'"));
	snprintf(path, sizeof(path), "/meldingen/%lld", b.id);

	struct client *a = staff(s, WB_A);
	struct response *r = client_get(a, path);
	assert_status(r, 404);
	assert_null(mem_find(r->body, r->len, "Zwerfvuil", 0));
	response_free(r);
	snprintf(q, sizeof(q), "/meldingen/%s", b.ref);
	r = client_get(a, q);
	assert_status(r, 404);
	response_free(r);
	assert_false(list_shows(a, "/meldingen", b.id));
	snprintf(q, sizeof(q), "/meldingen?q=%s", b.ref);
	assert_false(list_shows(a, q, b.id));
	assert_false(list_shows(a, "/meldingen?q=Zwerfvuil", b.id));
	/* Acting on it is just as unknown, and the refusal is on record. */
	struct response *post;
	{
		char *tok = account_csrf(a, "/meldingen");
		const char *fields[] = { "csrf_token", tok, NULL };
		snprintf(q, sizeof(q), "/meldingen/%lld/bevestigen", b.id);
		post = client_post_form(a, q, fields);
		free(tok);
	}
	assert_status(post, 404);
	response_free(post);
	assert_string_equal(status_of(s, b.id), "nieuw");
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'melding'") >= 1);

	/* What wijkbeheerder A took in by phone in wijk B, A keeps seeing. */
	long long own = intake(s, a, 0, "2222 BB", "1");
	snprintf(path, sizeof(path), "/meldingen/%lld", own);
	r = client_get(a, path);
	assert_status(r, 200);
	response_free(r);
	assert_true(list_has(a, "/meldingen?wijk=WK000002", "Bstraat 1, 2222 BB"));
	client_free(a);

	/* Wijk B's own staff and the coördinator see it, in the list and by search. */
	struct client *bb = staff(s, WB_B);
	snprintf(path, sizeof(path), "/meldingen/%lld", b.id);
	r = client_get(bb, path);
	assert_status(r, 200);
	assert_body_contains(r, "Zwerfvuil");
	response_free(r);
	assert_true(list_shows(bb, "/meldingen", b.id));
	assert_true(list_shows(bb, "/meldingen?q=zwerfvuil+containers", b.id));
	client_free(bb);
	struct client *co = staff(s, CO);
	assert_true(list_shows(co, "/meldingen", b.id));
	snprintf(q, sizeof(q), "/meldingen?q=%s", b.ref);
	assert_true(list_shows(co, q, b.id));
	client_free(co);

	/* Viewing is audited. */
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'bekeken' AND object_type = 'melding'") >= 2);
}

static void test_onbekend_queue(void **state)
{
	struct server *s = *state;
	struct filed u, pc;
	char path[120];

	fixture(s);
	/* Not in the register, postcode unknown: no wijk. */
	melden_ok(s, (const struct form_part[]){ FORM_FIELD("postcode", "9999 ZZ"), FORM_FIELD("huisnummer", "1"), FORM_END }, &u);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND wijk_id IS NULL", u.id), 1);
	/* Not in the register, but every register address of that postcode is in wijk A. */
	melden_ok(s, (const struct form_part[]){ FORM_FIELD("postcode", "1111 AA"), FORM_FIELD("huisnummer", "99"), FORM_END }, &pc);
	assert_int_equal(melding_int(s, pc.id, "wijk_id"), test_db_int(s, "SELECT id FROM area WHERE code = 'WK000001'"));

	struct client *a = staff(s, WB_A);
	assert_false(list_shows(a, "/meldingen?wijk=onbekend", u.id));
	assert_false(list_has(a, "/meldingen", "href=\"/meldingen?wijk=onbekend\""));
	snprintf(path, sizeof(path), "/meldingen/%lld", u.id);
	struct response *r = client_get(a, path);
	assert_status(r, 404);
	response_free(r);
	/* Placing is for the coördinator and the ondersteuner. */
	char *tok = account_csrf(a, "/meldingen");
	char wijk_a[24];
	snprintf(wijk_a, sizeof(wijk_a), "%lld", test_db_int(s, "SELECT id FROM area WHERE code = 'WK000001'"));
	const char *fields[] = { "csrf_token", tok, "wijk", wijk_a, NULL };
	snprintf(path, sizeof(path), "/meldingen/%lld/plaatsen", u.id);
	r = client_post_form(a, path, fields);
	assert_status(r, 403);
	response_free(r);
	free(tok);

	struct client *co = staff(s, CO);
	assert_true(list_has(co, "/meldingen", "href=\"/meldingen?wijk=onbekend\""));
	assert_true(list_shows(co, "/meldingen?wijk=onbekend", u.id));
	assert_false(list_shows(co, "/meldingen?wijk=onbekend", pc.id));
	snprintf(path, sizeof(path), "/meldingen/%lld", u.id);
	r = client_get(co, path);
	assert_status(r, 200);
	assert_body_contains(r, "Plaatsen in een wijk");
	response_free(r);
	/* A buurt of the other wijk is refused; the wijk with its buurt is taken. */
	char buurt_b[24], buurt_a[24];
	snprintf(buurt_b, sizeof(buurt_b), "%lld", test_db_int(s, "SELECT id FROM area WHERE code = 'BU00000201'"));
	snprintf(buurt_a, sizeof(buurt_a), "%lld", test_db_int(s, "SELECT id FROM area WHERE code = 'BU00000101'"));
	tok = account_csrf(co, "/meldingen");
	const char *bad[] = { "csrf_token", tok, "wijk", wijk_a, "buurt", buurt_b, NULL };
	snprintf(path, sizeof(path), "/meldingen/%lld/plaatsen", u.id);
	r = client_post_form(co, path, bad);
	assert_status(r, 422);
	assert_body_contains(r, "Deze buurt ligt niet in de gekozen wijk.");
	response_free(r);
	const char *none[] = { "csrf_token", tok, "wijk", "", NULL };
	r = client_post_form(co, path, none);
	assert_status(r, 422);
	assert_body_contains(r, "Kies een wijk uit de lijst.");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND wijk_id IS NULL", u.id), 1);
	const char *good[] = { "csrf_token", tok, "wijk", wijk_a, "buurt", buurt_a, NULL };
	r = client_post_form(co, path, good);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "gedaan=plaatsen");
	response_free(r);
	free(tok);
	assert_int_equal(melding_int(s, u.id, "wijk_id"), test_db_int(s, "SELECT id FROM area WHERE code = 'WK000001'"));
	assert_int_equal(melding_int(s, u.id, "buurt_id"), test_db_int(s, "SELECT id FROM area WHERE code = 'BU00000101'"));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'geplaatst'", u.id), 1);
	assert_false(list_shows(co, "/meldingen?wijk=onbekend", u.id));
	client_free(co);

	/* Now wijk A's wijkbeheerder sees it. */
	snprintf(path, sizeof(path), "/meldingen/%lld", u.id);
	r = client_get(a, path);
	assert_status(r, 200);
	assert_body_contains(r, "Geplaatst in wijk Wijk A, buurt Buurt A1");
	response_free(r);
	client_free(a);

	/* The ondersteuner may place too. */
	struct client *os = staff(s, OS);
	assert_true(list_has(os, "/meldingen", "href=\"/meldingen?wijk=onbekend\""));
	client_free(os);
}

static void test_search_with_hostile_input(void **state)
{
	struct server *s = *state;
	struct filed m;
	static const char *const hostile[] = {
		"overlast-melding", "AND", "OR", "NOT", "\"", "\"\"", "NEAR(", "NEAR(a b", "*", "a*", "^", "(", ")",
		"'; DROP TABLE melding; --", "col:val", "{a b}:c", "-", "+", "a\"b", "\xc3\xa9\xc3\xa9n", "%", "\\",
		"\xff\xfe", "melding_fts", "referentie:M", "AND OR NOT", "\"M-2026\" OR 1=1",
	};
	struct client *c = staff(s, CO);
	struct buf path = BUF_INIT;

	melden_ok(s, (const struct form_part[]){ FORM_FIELD("omschrijving", "Rookmelder piept bij de overburen"), FORM_END }, &m);
	for (size_t i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++) {
		buf_reset(&path);
		buf_addstr(&path, "/meldingen?q=");
		buf_add_urlencoded(&path, hostile[i]);
		struct response *r = client_get(c, path.buf);
		if (r->status != 200)
			print_error("q=%s\n", hostile[i]);
		assert_status(r, 200);
		response_free(r);
	}
	/* A long query is cut, not refused. */
	char *longq = xmalloc(3001);
	memset(longq, 'x', 3000);
	longq[3000] = '\0';
	buf_reset(&path);
	buf_addf(&path, "/meldingen?q=%s", longq);
	struct response *r = client_get(c, path.buf);
	assert_status(r, 200);
	response_free(r);
	free(longq);
	/* Real searches find it: a word, a prefix, the reference, in any case. */
	assert_true(list_shows(c, "/meldingen?q=rookmelder", m.id));
	assert_true(list_shows(c, "/meldingen?q=overbur", m.id));
	buf_reset(&path);
	buf_addf(&path, "/meldingen?q=%s", m.ref);
	assert_true(list_shows(c, path.buf, m.id));
	assert_false(list_shows(c, "/meldingen?q=rookmelder+onzinwoord", m.id));
	/* Bad filter values are named, not a 500. */
	r = client_get(c, "/meldingen?status=weg&van=gisteren&sorteer=%22;DROP&wijk=WK999999&te_laat=ooit");
	assert_status(r, 200);
	assert_body_contains(r, "Kies een status uit de lijst.");
	assert_body_contains(r, "Geef een datum als 2026-03-01.");
	response_free(r);
	buf_release(&path);
	client_free(c);
}

static void test_paging_and_filters(void **state)
{
	struct server *s = *state;
	struct client *c = staff(s, SB_A);

	/* Wijk A's own intake: a few old ones to be late, and more than two pages' worth even alone. */
	long long late = intake(s, c, 20, "1111 AA", "1");
	for (int i = 0; i < 53; i++)
		intake(s, c, 0, "1111 AA", "2");

	struct response *r = client_get(c, "/meldingen?wijk=WK000001");
	assert_status(r, 200);
	/* The list opens on open work (issue 16): what it pages through is the wijk's open meldingen. */
	long long total = test_db_int(s, "SELECT count(*) FROM melding WHERE wijk_id = (SELECT id FROM area WHERE code = 'WK000001')"
					 " AND status <> 'afgesloten'");
	assert_true(total > 53);
	/* 50 rows and a link to page 2 that keeps the filter. */
	size_t rows = 0;
	for (const char *p = r->body; (p = strstr(p, "class=\"ref\" href=\"/meldingen/")); p++)
		rows++;
	assert_int_equal(rows, 50);
	assert_body_contains(r, "wijk=WK000001&amp;pagina=2");
	assert_body_contains(r, "1–50 van");
	response_free(r);
	char path[120];
	snprintf(path, sizeof(path), "/meldingen?wijk=WK000001&pagina=%lld", (total + 49) / 50);
	r = client_get(c, path);
	rows = 0;
	for (const char *p = r->body; (p = strstr(p, "class=\"ref\" href=\"/meldingen/")); p++)
		rows++;
	assert_int_equal((long long)rows, total - ((total + 49) / 50 - 1) * 50);
	response_free(r);
	/* Past the end: the last page, not an empty one. */
	r = client_get(c, "/meldingen?wijk=WK000001&pagina=99999");
	assert_status(r, 200);
	assert_body_contains(r, "aria-current=\"page\"");
	response_free(r);

	/* The late one is marked and found by the "te laat" filter; fresh ones are on time. */
	char ref[16], sql[160];
	snprintf(sql, sizeof(sql), "SELECT volgnummer FROM melding WHERE id = %lld", late);
	long long seq = test_db_int(s, sql);
	snprintf(sql, sizeof(sql), "SELECT jaar FROM melding WHERE id = %lld", late);
	snprintf(ref, sizeof(ref), "M-%04lld-%06lld", test_db_int(s, sql), seq);
	r = client_get(c, "/meldingen?te_laat=bevestiging");
	assert_status(r, 200);
	assert_body_contains(r, ref);
	assert_body_contains(r, "badge badge-late\">te laat");
	response_free(r);
	r = client_get(c, "/meldingen?sorteer=oudste");
	assert_body_contains(r, "badge badge-ok\">op tijd");
	response_free(r);
	act_ok(c, late, "bevestigen", NULL);
	assert_false(list_shows(c, "/meldingen?te_laat=bevestiging", late));
	assert_true(list_shows(c, "/meldingen?te_laat=beide", late));       /* the answer is late too */
	assert_true(list_shows(c, "/meldingen?status=bevestigd&kanaal=telefoon&categorie=stank&pijler=samen_wonen", late));
	assert_false(list_shows(c, "/meldingen?status=nieuw", late));
	char uid[24];
	snprintf(uid, sizeof(uid), "%lld", test_user_id(s, SB_A));
	act_ok(c, late, "toewijzen", (const char *const[]){ "behandelaar", uid, NULL });
	assert_true(list_shows(c, "/meldingen?behandelaar=mij", late));
	assert_false(list_shows(c, "/meldingen?behandelaar=geen", late));
	client_free(c);
}

static void test_login_lands_on_meldingen(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);

	fixture(s);
	struct response *r = account_login(c, WB_A, TEST_PASSWORD);
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/meldingen");
	response_free(r);
	client_free(c);
	c = client_new(s);
	r = client_get(c, "/meldingen");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_public_form_round_trip),
		cmocka_unit_test(test_minimum_fill_time),
		cmocka_unit_test(test_jpeg_served_to_staff_only),
		cmocka_unit_test(test_heic_and_mov_are_downloads),
		cmocka_unit_test(test_exe_renamed_jpg_refused),
		cmocka_unit_test(test_six_files),
		cmocka_unit_test(test_empty_form),
		cmocka_unit_test(test_one_megabyte_description),
		cmocka_unit_test(test_wrong_postcode),
		cmocka_unit_test(test_every_action_and_illegal_transition),
		cmocka_unit_test(test_feedback_confirms_and_reaches_the_melder),
		cmocka_unit_test(test_staff_intake),
		cmocka_unit_test(test_backdating),
		cmocka_unit_test(test_costs),
		cmocka_unit_test(test_assignment_only_in_scope),
		cmocka_unit_test(test_scope_by_wijk),
		cmocka_unit_test(test_onbekend_queue),
		cmocka_unit_test(test_search_with_hostile_input),
		cmocka_unit_test(test_paging_and_filters),
		cmocka_unit_test(test_login_lands_on_meldingen),
	};

	return harness_run_suite("meldingen", tests, ARRAY_SIZE(tests), SUITE_INI);
}
