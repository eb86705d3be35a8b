/*
 * test_dagboek.c - the melder's overlastdagboek (issue 17, point 3)
 * against the real server: through the status link a melder adds an
 * entry with a photo and a small sound file; it is on the status page, on
 * the staff timeline marked as the melder's, the handler has a
 * notification, and the dossier's court overview lists it with the photo,
 * its caption and capture moment, beside the melding's own photo. A
 * closed melding refuses (the text kept, a way to report anew); bad input
 * and a file that is not what it says come back 422 with the input kept;
 * a wrong token is 404 and stores nothing; the public form's limit per
 * address counts diary posts.
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Tuesday 1 December 2026
 * 22:30 in Amsterdam (the clock ticks on from there), the demo
 * organisation and its two homes.
 */
#include "accounts.h"
#include "harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOCIAAL "sociaal@voorbeeld.example"       /* Sanne Sociaal: Centrum, Noord */
#define PINNED "2026-12-01T22:30:00+01:00"
#define VAN "2026-12-01T21:05"                     /* an hour and a half before the pinned now */
#define TOT "2026-12-01T22:10"

/* A tiny WAV: RIFF header and 800 samples of 8 kHz 8-bit silence-with-a-bump. */
static unsigned char wav[44 + 800];

static void make_wav(void)
{
	static const unsigned char head[44] = {
		'R', 'I', 'F', 'F', 0x44, 0x03, 0, 0, 'W', 'A', 'V', 'E',
		'f', 'm', 't', ' ', 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x40, 0x1f, 0, 0, 1, 0, 8, 0,
		'd', 'a', 't', 'a', 0x20, 0x03, 0, 0,
	};
	memcpy(wav, head, sizeof(head));
	for (int i = 0; i < 800; i++)
		wav[44 + i] = (unsigned char)(128 + ((i / 20) % 2 ? 40 : -40));
}

static void setup(struct server *s)
{
	seed_organisation(s);
	demo_homes(s);
}

/* A melding through the public form at the Kerkstraat (wijk Centrum), optionally with a photo. */
static void melding(struct server *s, const char *tekst, int photo, struct filed *out)
{
	struct form_part parts[12];
	int n = 0;

	parts[n++] = (struct form_part)FORM_FIELD("categorie", "geluid");
	parts[n++] = (struct form_part)FORM_FIELD("omschrijving", tekst);
	parts[n++] = (struct form_part)FORM_FIELD("postcode", "1011 AA");
	parts[n++] = (struct form_part)FORM_FIELD("huisnummer", "1");
	parts[n++] = (struct form_part)FORM_FIELD("anoniem", "1");
	if (photo)
		parts[n++] = (struct form_part)FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg),
							 "portiek.jpg", "image/jpeg");
	parts[n] = (struct form_part)FORM_END;
	/* As a tenant's browser does: the form's token, the POST, and its confirmation (followed when it redirects). */
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	struct form_part all[16];
	int k = 0;
	all[k++] = (struct form_part)FORM_FIELD("csrf_token", tok);
	for (int i = 0; i <= n; i++)
		all[k++] = parts[i];
	struct response *r = client_post_multipart(c, "/melden", all);
	if (r->status == 303) {
		char *to = strdup(response_header(r, "Location"));
		response_free(r);
		r = client_get(c, to);
		free(to);
	}
	if (r->status != 200 && r->status != 201)
		print_error("melden: %ld %.800s\n", r->status, r->body);
	assert_true(r->status == 200 || r->status == 201);
	filed_from_page(s, r, out);
	response_free(r);
	free(tok);
	client_free(c);
}

/* POSTs an entry through the status link with c (the form's CSRF token first), files after the fields. */
static struct response *post_entry(struct client *c, const char *status_path, const char *tekst, const char *van,
				   const char *tot, const char *ernst, const struct form_part *files)
{
	char *tok = account_csrf(c, status_path);
	struct form_part parts[16];
	char path[160];
	int n = 0;

	assert_non_null(tok);
	parts[n++] = (struct form_part)FORM_FIELD("csrf_token", tok);
	parts[n++] = (struct form_part)FORM_FIELD("tekst", tekst);
	parts[n++] = (struct form_part)FORM_FIELD("van", van);
	parts[n++] = (struct form_part)FORM_FIELD("tot", tot);
	if (ernst)
		parts[n++] = (struct form_part)FORM_FIELD("ernst", ernst);
	for (int i = 0; files && files[i].name; i++)
		parts[n++] = files[i];
	parts[n] = (struct form_part)FORM_END;
	snprintf(path, sizeof(path), "%s/dagboek", status_path);
	struct response *r = client_post_multipart(c, path, parts);
	free(tok);
	return r;
}

/* The files stored under data_dir/bijlagen (the server's own directory). */
static int stored_files(struct server *s)
{
	char dir[512];
	int n = 0;

	snprintf(dir, sizeof(dir), "%s/bijlagen", s->dir);
	DIR *d = opendir(dir);
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static long long entries(struct server *s, long long melding_id)
{
	return test_sql_int(s, "SELECT count(*) FROM dagboek WHERE melding_id = %lld", melding_id);
}

/* ---- an entry with a photo and a sound clip, everywhere it must be ---- */

static void test_entry_everywhere(void **state)
{
	struct server *s = *state;
	struct filed m;
	long long uid;

	setup(s);
	make_wav();
	melding(s, "Harde muziek bij de bovenburen", 1, &m);
	uid = test_user_id(s, SOCIAAL);
	test_sql(s, "UPDATE melding SET assignee_id = %lld WHERE id = %lld", uid, m.id);

	struct client *melder = client_new(s);
	struct response *r = client_get(melder, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Uw overlastdagboek");
	assert_body_contains(r, "dagboek\" enctype=\"multipart/form-data\"");
	assert_body_contains(r, "Niet te harden of bedreigend");
	assert_null(mem_find(r->body, r->len, "}}", 0));   /* no template text leaks onto the page */
	assert_tidy(r);
	response_free(r);

	const struct form_part files[] = {
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "trappenhuis.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", (const char *)wav, sizeof(wav), "bas.wav", "audio/wav"),
		FORM_END,
	};
	int on_disk = stored_files(s);
	r = post_entry(melder, m.status_path, "Bonkende bas tot half elf.\nDe muren trilden.", VAN, TOT, "4", files);
	if (r->status != 303)
		print_error("%.1500s\n", r->body);
	assert_redirect(r, m.status_path);
	assert_header_contains(r, "Location", "#dagboek-");
	response_free(r);

	/* Stored: the entry and both files, by content, under this entry, and on disk. */
	assert_int_equal(stored_files(s), on_disk + 2);
	assert_int_equal(entries(s, m.id), 1);
	long long did = test_sql_int(s, "SELECT id FROM dagboek WHERE melding_id = %lld", m.id);
	assert_int_equal(test_sql_int(s, "SELECT ernst FROM dagboek WHERE id = %lld", did), 4);
	assert_int_equal(test_sql_int(s, "SELECT tot - van FROM dagboek WHERE id = %lld", did), 65 * 60);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE dagboek_id = %lld", did), 2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE dagboek_id = %lld AND mime = 'image/jpeg'"
				      " AND melding_id = %lld", did, m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE dagboek_id = %lld AND mime LIKE 'audio/%%'"
				      " AND grootte = %zu", did, sizeof(wav)), 1);
	long long foto = test_sql_int(s, "SELECT id FROM attachment WHERE dagboek_id = %lld AND mime = 'image/jpeg'", did);
	long long geluid = test_sql_int(s, "SELECT id FROM attachment WHERE dagboek_id = %lld AND mime LIKE 'audio/%%'", did);

	/* On the status page, in the melder's words, with its severity and files. */
	r = client_get(melder, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Bonkende bas tot half elf.\nDe muren trilden.");
	assert_body_contains(r, "Ernst 4 van 5: Ernstige last");
	assert_body_contains(r, "1 december 2026 om 21:05");
	assert_body_contains(r, "bas.wav");
	assert_body_contains(r, "trappenhuis.jpg");
	assert_tidy(r);
	response_free(r);

	/* On the staff timeline, marked as the melder's, unlike a staff note. */
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_status(r, 200);
	/* Its files are in the melding's list, marked as the melder's diary evidence. */
	const char *file = mem_find(r->body, r->len, ">trappenhuis.jpg</a>", 0);
	assert_non_null(file);
	const char *end = strstr(file, "</li>");
	assert_non_null(end);
	const char *mark = strstr(file, "uit het dagboek van de melder");
	assert_true(mark && mark < end);
	const char *li = mem_find(r->body, r->len, "<li class=\"timeline-melder\">", 0);
	assert_non_null(li);
	assert_non_null(strstr(li, "Van de melder"));
	assert_non_null(strstr(li, "door de melder"));
	assert_non_null(strstr(li, "Bonkende bas tot half elf."));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'dagboek'"
				      " AND user_id IS NULL", m.id), 1);
	assert_tidy(r);
	response_free(r);
	/* A staff note is not marked so: one marked line, the melder's. */
	char page[64], path[96];
	snprintf(page, sizeof(page), "/meldingen/%lld", m.id);
	snprintf(path, sizeof(path), "/meldingen/%lld/notitie", m.id);
	r = account_post(staff, page, path, (const char *const[]){ "tekst", "Gebeld met de bovenburen.", NULL });
	assert_status(r, 303);
	response_free(r);
	r = client_get(staff, page);
	assert_status(r, 200);
	assert_body_contains(r, "Gebeld met de bovenburen.");
	li = mem_find(r->body, r->len, "timeline-melder", 0);
	assert_non_null(li);
	assert_null(strstr(li + 1, "timeline-melder"));
	response_free(r);

	/* The handler was told, in the same transaction. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM notification WHERE user_id = %lld AND soort = 'melder_aanvulling'"
				      " AND url = '/meldingen/%lld'", uid, m.id), 1);
	/* Audited with the address it came from, as any anonymous submission. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt' AND object_type = 'dagboek'"
				      " AND ip = '127.0.0.1'"), 1);

	/* The stored sound is the file sent, byte for byte. */
	r = client_getf(staff, "/meldingen/%lld/bijlagen/%lld", m.id, geluid);
	assert_status(r, 200);
	assert_int_equal(r->len, sizeof(wav));
	assert_memory_equal(r->body, wav, sizeof(wav));
	response_free(r);

	/* In a dossier: the court overview lists the entry with its photo, caption and capture moment. */
	const char *const open[] = { "postcode", "1011 AA", "huisnummer", "1", "pijler", "sociaal_repressief",
				     "onderwerp", "Geluidsoverlast bovenburen", NULL };
	r = account_post(staff, NULL, "/dossiers", open);
	long long dos = assert_created(r, "/dossiers/");
	response_free(r);
	snprintf(path, sizeof(path), "/dossiers/%lld/koppelen", dos);
	r = account_post(staff, NULL, path, (const char *const[]){ "melding", m.ref, NULL });
	assert_status(r, 303);
	response_free(r);
	test_sql(s, "UPDATE attachment SET bijschrift = 'Trappenhuis, gezien vanaf de voordeur', opgenomen_op = %lld"
		    " WHERE id = %lld", test_sql_int(s, "SELECT van FROM dagboek WHERE id = %lld", did) + 120, foto);
	test_sql(s, "UPDATE attachment SET bijschrift = 'Portiek bij de melding' WHERE melding_id = %lld AND dagboek_id IS NULL",
		 m.id);

	r = client_getf(staff, "/dossiers/%lld/overzicht", dos);
	assert_status(r, 200);
	const char *d = mem_find(r->body, r->len, "Overlastdagboek van de melders", 0);
	assert_non_null(d);
	assert_non_null(strstr(d, "Bonkende bas tot half elf."));
	assert_non_null(strstr(d, "Ernst 4 van 5: Ernstige last"));
	char img[120];
	snprintf(img, sizeof(img), "<img src=\"/meldingen/%s/bijlagen/%lld\"", m.ref, foto);
	assert_non_null(strstr(d, img));
	assert_non_null(strstr(d, "Trappenhuis, gezien vanaf de voordeur"));
	assert_non_null(strstr(d, "Opgenomen: dinsdag 1 december 2026 om 21:07"));
	snprintf(img, sizeof(img), "/meldingen/%s/bijlagen/%lld\">bas.wav</a>", m.ref, geluid);
	assert_non_null(strstr(d, img));
	/* The melding's own photo, with its caption; its capture moment unknown. */
	const char *f = mem_find(r->body, r->len, "Foto's bij de meldingen", 0);
	assert_non_null(f);
	assert_non_null(strstr(f, "Portiek bij de melding"));
	assert_non_null(strstr(f, "Opgenomen: onbekend"));
	assert_tidy(r);
	response_free(r);

	client_free(staff);
	client_free(melder);
}

/* ---- a closed melding takes nothing, and says how to report anew ---- */

static void test_closed_refuses(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "Blaffende hond, elke nacht", 0, &m);
	struct client *melder = client_new(s);
	/* The form as the melder opened it; then staff close the melding. */
	char *tok = account_csrf(melder, m.status_path);
	test_sql(s, "UPDATE melding SET status = 'afgesloten', afgesloten_op = strftime('%%s', 'now') WHERE id = %lld", m.id);

	char path[160];
	snprintf(path, sizeof(path), "%s/dagboek", m.status_path);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", "Vannacht weer drie uur geblaf."),
		FORM_FIELD("van", VAN), FORM_FIELD("tot", ""), FORM_FIELD("ernst", "3"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "hond.jpg", "image/jpeg"),
		FORM_END,
	};
	struct response *r = client_post_multipart(melder, path, parts);
	assert_status(r, 422);
	assert_body_contains(r, "Deze melding is afgesloten.");
	assert_body_contains(r, "href=\"/melden\"");
	assert_body_contains(r, "Vannacht weer drie uur geblaf.");
	assert_null(mem_find(r->body, r->len, "/dagboek\" enctype", 0));   /* no form to send again */
	assert_tidy(r);
	response_free(r);
	assert_int_equal(entries(s, m.id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld", m.id), 0);

	/* The page itself offers no form, only the way to a new melding. */
	r = client_get(melder, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, "Doe een nieuwe melding");
	assert_null(mem_find(r->body, r->len, "/dagboek\" enctype", 0));
	response_free(r);
	free(tok);
	client_free(melder);
}

/* ---- bad input comes back with everything typed and a message per field ---- */

static void test_bad_input_kept(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "Geschreeuw in het portiek", 0, &m);
	struct client *melder = client_new(s);
	int on_disk = stored_files(s);

	struct response *r = post_entry(melder, m.status_path, "Weer geschreeuw, nu met <b>deuren</b>", "morgen",
					"2020-01-01T00:00", NULL, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Weer geschreeuw, nu met &lt;b&gt;deuren&lt;/b&gt;");
	assert_body_contains(r, "value=\"morgen\"");
	assert_body_contains(r, "value=\"2020-01-01T00:00\"");
	assert_body_contains(r, "Geef een datum en tijd");
	assert_body_contains(r, "Dit moment ligt meer dan een jaar terug");
	assert_body_contains(r, "Kies hoeveel last u had.");
	assert_body_contains(r, "href=\"#ernst\"");
	assert_tidy(r);
	response_free(r);

	/* The end before the beginning, and the severity kept as chosen. */
	r = post_entry(melder, m.status_path, "Geschreeuw", TOT, VAN, "2", NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Het einde ligt vóór het begin.");
	assert_body_contains(r, "id=\"ernst-2\" name=\"ernst\" value=\"2\" checked");
	response_free(r);

	/* A program named like a photo is refused by its content; the text stays, nothing is stored. */
	static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0";
	const struct form_part bad[] = {
		FORM_FILE("bijlagen", elf, sizeof(elf) - 1, "foto.jpg", "image/jpeg"),
		FORM_END,
	};
	r = post_entry(melder, m.status_path, "Met een foto die geen foto is", VAN, "", "3", bad);
	assert_status(r, 422);
	assert_body_contains(r, "foto.jpg: Dit soort bestand kunnen wij niet ontvangen.");
	assert_body_contains(r, "Met een foto die geen foto is");
	assert_body_contains(r, "Kies uw bestanden opnieuw");
	response_free(r);

	/* A refused photo with good text: the photo is not kept either. */
	const struct form_part good[] = {
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "goed.jpg", "image/jpeg"),
		FORM_END,
	};
	assert_int_equal(entries(s, m.id), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld", m.id), 0);
	assert_int_equal(stored_files(s), on_disk);

	/* A good photo with text that is refused: the photo is held for the next attempt, not chosen again. */
	r = post_entry(melder, m.status_path, "Met een goede foto maar zonder ernst", VAN, "", NULL, good);
	assert_status(r, 422);
	assert_body_contains(r, "Kies hoeveel last u had.");
	assert_body_contains(r, "Deze bestanden bewaren wij een uur voor u");
	assert_body_contains(r, "goed.jpg (foto");
	assert_null(mem_find(r->body, r->len, "Kies uw bestanden opnieuw", 0));
	const char *idp = mem_find(r->body, r->len, "name=\"bijlagen_id\" value=\"", 0);
	assert_non_null(idp);
	char held[64];
	idp += strlen("name=\"bijlagen_id\" value=\"");
	snprintf(held, sizeof(held), "%.*s", (int)strcspn(idp, "\""), idp);
	assert_true(strlen(held) > 20);
	response_free(r);
	assert_int_equal(entries(s, m.id), 0);
	assert_int_equal(stored_files(s), on_disk + 1);   /* held, not yet the melding's */

	/* Sent again with the severity: the entry comes with the held photo. */
	const struct form_part again[] = { FORM_FIELD("bijlagen_id", held), FORM_END };
	r = post_entry(melder, m.status_path, "Met een goede foto en nu met ernst", VAN, "", "2", again);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(entries(s, m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld AND dagboek_id IS NOT NULL"
				      " AND bestandsnaam = 'goed.jpg'", m.id), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload"), 0);   /* taken: the sweep leaves the file */
	client_free(melder);
}

/* ---- a wrong token is the status page's 404, and nothing is stored ---- */

static void test_wrong_token(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "Rommel in de gang", 0, &m);
	struct client *melder = client_new(s);
	char *wrong = strdup(m.status_path);
	size_t n = strlen(wrong);
	wrong[n - 1] = wrong[n - 1] == 'A' ? 'B' : 'A';

	/* The token of the form comes from the right page; the post goes to the wrong link. */
	char *tok = account_csrf(melder, m.status_path);
	char path[160];
	snprintf(path, sizeof(path), "%s/dagboek", wrong);
	const struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("tekst", "Zou nergens mogen landen"),
		FORM_FIELD("van", VAN), FORM_FIELD("ernst", "3"), FORM_END,
	};
	long long before = test_sql_int(s, "SELECT count(*) FROM dagboek");
	struct response *r = client_post_multipart(melder, path, parts);
	assert_status(r, 404);
	assert_null(mem_find(r->body, r->len, "Rommel in de gang", 0));
	assert_null(mem_find(r->body, r->len, "Zou nergens mogen landen", 0));
	assert_null(mem_find(r->body, r->len, m.ref, 0));
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dagboek"), before);
	free(tok);
	free(wrong);
	client_free(melder);
}

/* ---- the form's limit per address counts diary posts ---- */

static void test_limit_per_address(void **state)
{
	struct server *s = *state;
	struct filed m;

	setup(s);
	melding(s, "Vuurwerk op de galerij", 0, &m);
	struct client *melder = client_new(s);

	long long before = test_sql_int(s, "SELECT count(*) FROM submit_log");
	/* The file input left empty, as a browser sends it: a nameless part without bytes. */
	const struct form_part empty[] = { FORM_FILE("bijlagen", "", 0, "", "application/octet-stream"), FORM_END };
	struct response *r = post_entry(melder, m.status_path, "Weer vuurwerk", VAN, "", "2", empty);
	if (r->status != 303)
		print_error("%.1500s\n", r->body);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM submit_log"), before + 1);

	/* The address at its limit (100 an hour in this suite): refused with the text kept, nothing stored. */
	test_sql(s, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100),"
		    " last(ip, at) AS (SELECT ip, at FROM submit_log ORDER BY rowid DESC LIMIT 1)"
		    " INSERT INTO submit_log(ip, at) SELECT last.ip, last.at FROM n, last");
	r = post_entry(melder, m.status_path, "Nog meer vuurwerk", VAN, "", "2", NULL);
	assert_status(r, 429);
	assert_body_contains(r, "te veel verstuurd");
	assert_body_contains(r, "Nog meer vuurwerk");
	response_free(r);
	assert_int_equal(entries(s, m.id), 1);
	test_sql(s, "DELETE FROM submit_log");
	client_free(melder);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entry_everywhere),
		cmocka_unit_test(test_closed_refuses),
		cmocka_unit_test(test_bad_input_kept),
		cmocka_unit_test(test_wrong_token),
		cmocka_unit_test(test_limit_per_address),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("dagboek", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100\nmelden_min_seconds = 0\n");
}
