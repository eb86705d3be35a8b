/*
 * test_schouw.c - the wijkschouw (issue 18, point 3) against the real
 * server: a wijkbeheerder plans a schouw of Centrum (a refused plan keeps
 * its input), walks it - the checklist, a finding with a photo carrying
 * GPS metadata (stored clean: read from disk), a refused finding that
 * keeps its text and stores no file - turns findings into meldingen
 * (kanaal wijkschouw, its wijk and terms set like any melding's, the photo
 * attached; one without an address placed in the schouw's wijk) and an
 * agreed action with an owner and a due day (refused input kept), marks it
 * done and finishes the schouw once every finding has an outcome. The
 * report lists each finding's outcome; the CSV files and the JSON hold the
 * findings; the wijkbeheerder of Oost gets 404 on every page, file and
 * action of Centrum's schouw and does not see it in lists.
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Tuesday 1 December 2026
 * 22:30 in Amsterdam, the demo organisation and its two homes.
 */
#define _GNU_SOURCE   /* memmem */
#include "accounts.h"
#include "harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIJKBEHEER "wijkbeheer@voorbeeld.example"        /* Centrum */
#define OOST "wijkbeheer.oost@voorbeeld.example"         /* Oost */
#define PINNED "2026-12-01T22:30:00+01:00"

/* test_jpeg with an APP1 XMP segment that names a GPS position after its SOI: what a phone adds. */
static const char XMP[] = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>52,22.1234N</exif:GPSLatitude></x:xmpmeta>";
static unsigned char dirty[sizeof(test_jpeg) + sizeof(XMP) + 4];

static size_t make_dirty(void)
{
	size_t n = 0, len = sizeof(XMP) + 2;

	memcpy(dirty, test_jpeg, 2);
	n = 2;
	dirty[n++] = 0xFF;
	dirty[n++] = 0xE1;
	dirty[n++] = (unsigned char)(len >> 8);
	dirty[n++] = (unsigned char)(len & 0xFF);
	memcpy(dirty + n, XMP, sizeof(XMP));
	n += sizeof(XMP);
	memcpy(dirty + n, test_jpeg + 2, sizeof(test_jpeg) - 2);
	return n + sizeof(test_jpeg) - 2;
}

static void setup(struct server *s)
{
	seed_organisation(s);
	demo_homes(s);
}

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

/* Plans a schouw of gebied on dag as c; returns its id. */
static long long plan(struct client *c, const char *gebied, const char *dag)
{
	const char *const f[] = { "gebied", gebied, "dag", dag, "deelnemers", "Gemeente\nHuurdersvereniging WOON",
				  "toelichting", "Let op de containers", NULL };
	struct response *r = account_post(c, "/schouwen/nieuw", "/schouwen", f);
	long long id = assert_created(r, "/schouwen/");
	response_free(r);
	return id;
}

/* POSTs a finding (fields as name, value pairs, NULL-ended) with an optional photo to schouw id. */
static struct response *finding(struct client *c, long long id, const char *const fields[], const void *photo,
				size_t photo_len)
{
	char page[64], path[64];
	struct form_part parts[24];
	int n = 0;

	snprintf(page, sizeof(page), "/schouwen/%lld/lopen", id);
	snprintf(path, sizeof(path), "/schouwen/%lld/bevindingen", id);
	char *tok = account_csrf(c, page);
	assert_non_null(tok);
	parts[n++] = (struct form_part)FORM_FIELD("csrf_token", tok);
	for (int i = 0; fields[i]; i += 2)
		parts[n++] = (struct form_part)FORM_FIELD(fields[i], fields[i + 1]);
	if (photo)
		parts[n++] = (struct form_part)FORM_FILE("foto", photo, photo_len, "container.jpg", "image/jpeg");
	parts[n] = (struct form_part)FORM_END;
	struct response *r = client_post_multipart(c, path, parts);
	free(tok);
	return r;
}

static long long last_finding(struct server *s, long long id)
{
	return test_sql_int(s, "SELECT max(id) FROM schouw_bevinding WHERE schouw_id = %lld", id);
}

static struct response *decide(struct client *c, long long id, long long b, const char *what, const char *const f[])
{
	char page[64], path[96];

	snprintf(page, sizeof(page), "/schouwen/%lld", id);
	snprintf(path, sizeof(path), "/schouwen/%lld/bevindingen/%lld/%s", id, b, what);
	return account_post(c, page, path, f);
}

/* ---- plan, walk, decide, finish, report, files ---- */

static void test_schouw_flow(void **state)
{
	struct server *s = *state;
	size_t dirty_len = make_dirty();

	setup(s);
	struct client *c = account_client(s, WIJKBEHEER, DEMO_PASSWORD);
	long long centrum = test_area_id(s, "WK999901");
	long long n_schouwen = test_sql_int(s, "SELECT count(*) FROM schouw");
	long long n_wijkschouw = test_sql_int(s, "SELECT count(*) FROM melding WHERE kanaal = 'wijkschouw'");

	/* A refused plan keeps its input, with a message per field. */
	struct response *r = client_get(c, "/schouwen/nieuw");
	assert_status(r, 200);
	assert_body_contains(r, "Wijk Centrum");
	assert_null(strstr(r->body, "Wijk Oost"));   /* only one's own wijken to choose */
	assert_tidy(r);
	response_free(r);
	const char *const bad[] = { "gebied", "WK999903", "dag", "2026-13-01", "deelnemers", " , ",
				    "toelichting", "Speelplek bij de school", NULL };
	r = account_post(c, "/schouwen/nieuw", "/schouwen", bad);
	assert_status(r, 422);
	assert_body_contains(r, "Kies een wijk of buurt uit de lijst.");
	assert_body_contains(r, "Dit is geen datum.");
	assert_body_contains(r, "Noem ten minste één organisatie");
	assert_body_contains(r, "Speelplek bij de school");
	assert_body_contains(r, "value=\"2026-13-01\"");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw"), n_schouwen);

	long long id = plan(c, "wk999901", "2026-12-03");
	assert_int_equal(test_sql_int(s, "SELECT wijk_id FROM schouw WHERE id = %lld", id), centrum);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw WHERE id = %lld AND status = 'gepland'"
				      " AND deelnemers = 'Gemeente' || char(10) || 'Huurdersvereniging WOON'", id), 1);
	r = client_get(c, "/schouwen");
	assert_status(r, 200);
	assert_body_contains(r, "donderdag 3 december 2026");
	assert_tidy(r);
	response_free(r);

	/* The walk: built for a phone's camera. */
	r = client_getf(c, "/schouwen/%lld/lopen", id);
	assert_status(r, 200);
	assert_body_contains(r, "accept=\"image/*\" capture=\"environment\"");
	assert_body_contains(r, "Ligt er zwerfvuil op straat");
	assert_tidy(r);
	response_free(r);

	/* The checklist. */
	char page[64], path[64];
	snprintf(page, sizeof(page), "/schouwen/%lld/lopen", id);
	snprintf(path, sizeof(path), "/schouwen/%lld/checklist", id);
	const char *const cl[] = { "punt", "schoon_zwerfvuil", "oordeel", "niet_ok", "punt", "heel_gevels", "oordeel", "ok",
				   "punt", "veilig_drugs", "oordeel", "nvt", "punt", "sociaal_zorgen", "oordeel", "", NULL };
	r = account_post(c, page, path, cl);
	assert_redirect(r, page);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_punt WHERE schouw_id = %lld", id), 3);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw WHERE id = %lld AND status = 'gelopen'", id), 1);
	const char *const cl_bad[] = { "punt", "schoon_zwerfvuil", "oordeel", "slecht", NULL };
	r = account_post(c, page, path, cl_bad);
	assert_status(r, 422);
	assert_body_contains(r, "Kies bij elk punt");
	response_free(r);

	/* A finding with a photo that carries GPS metadata: stored clean, byte for byte the image. */
	int on_disk = stored_files(s);
	const char *const f1[] = { "thema", "schoon", "punt", "schoon_grofvuil", "omschrijving", "Bank en matrassen naast de container.",
				   "lat", "52.374031", "lon", "4.889692", "postcode", "1011 aa", "huisnummer", "1", NULL };
	r = finding(c, id, f1, dirty, dirty_len);
	if (r->status != 303)
		print_error("%.2000s\n", r->body);
	assert_redirect(r, page);
	response_free(r);
	long long b1 = last_finding(s, id);
	assert_int_equal(stored_files(s), on_disk + 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_bevinding WHERE id = %lld AND postcode = '1011 AA'"
				      " AND huisnummer = 1 AND abs(lat - 52.374031) < 1e-6 AND punt = 'schoon_grofvuil'", b1), 1);
	char *opslag = test_sql_text(s, "SELECT opslag FROM schouw_foto WHERE bevinding_id = %lld", b1);
	char file[600];
	snprintf(file, sizeof(file), "%s/bijlagen/%s", s->dir, opslag);
	size_t len;
	char *bytes = read_whole_file(file, &len);
	assert_non_null(bytes);
	assert_int_equal(len, sizeof(test_jpeg));
	assert_memory_equal(bytes, test_jpeg, sizeof(test_jpeg));
	assert_null(memmem(bytes, len, "GPS", 3));
	free(bytes);
	free(opslag);
	assert_int_equal(test_sql_int(s, "SELECT grootte FROM schouw_foto WHERE bevinding_id = %lld", b1), (long long)sizeof(test_jpeg));

	/* A refused finding: text kept, a message per field, the photo asked for again, nothing stored. */
	const char *const fbad[] = { "thema", "", "omschrijving", "Kapotte lamp bij de ingang", "postcode", "", "huisnummer", "",
				     "plek", "", NULL };
	r = finding(c, id, fbad, test_jpeg, sizeof(test_jpeg));
	assert_status(r, 422);
	assert_body_contains(r, "Kies een thema");
	assert_body_contains(r, "Geef aan waar het is");
	assert_body_contains(r, "Kapotte lamp bij de ingang");
	assert_body_contains(r, "Kies de foto opnieuw: container.jpg");
	assert_tidy(r);
	response_free(r);
	assert_int_equal(stored_files(s), on_disk + 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_bevinding WHERE schouw_id = %lld", id), 1);
	/* A file that is no photo is refused by content. */
	const char *const f_exe[] = { "thema", "veilig", "omschrijving", "x", "plek", "Galerij", NULL };
	static const char exe[] = "MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff";   /* a DOS program's header, named .jpg */
	r = finding(c, id, f_exe, exe, sizeof(exe));
	assert_status(r, 422);
	assert_body_contains(r, "Dit is geen foto die wij kunnen ontvangen");
	response_free(r);
	assert_int_equal(stored_files(s), on_disk + 1);

	/* Three more: a place only, and two for actions. */
	const char *const f2[] = { "thema", "veilig", "punt", "veilig_verlichting", "omschrijving", "Lamp in de onderdoorgang is stuk.",
				   "plek", "Onderdoorgang achter blok B", NULL };
	r = finding(c, id, f2, NULL, 0);
	assert_status(r, 303);
	response_free(r);
	long long b2 = last_finding(s, id);
	const char *const f3[] = { "thema", "heel", "omschrijving", "Hek van de speeltuin hangt scheef.", "plek", "Speeltuin Kerkplein", NULL };
	r = finding(c, id, f3, NULL, 0);
	assert_status(r, 303);
	response_free(r);
	long long b3 = last_finding(s, id);
	const char *const f4[] = { "thema", "sociaal", "omschrijving", "Bewoners willen een bankje bij de ingang.", "plek", "Ingang Kerkstraat", NULL };
	r = finding(c, id, f4, NULL, 0);
	assert_status(r, 303);
	response_free(r);
	long long b4 = last_finding(s, id);

	/* Finding 1 becomes a melding: kanaal wijkschouw, wijk and terms as any melding's, the photo along. */
	const char *const cat[] = { "categorie", "", NULL };
	r = decide(c, id, b1, "melding", cat);
	if (r->status != 303)
		print_error("%.3000s\n", r->body);
	assert_status(r, 303);
	response_free(r);
	long long m1 = test_sql_int(s, "SELECT melding_id FROM schouw_bevinding WHERE id = %lld", b1);
	assert_true(m1 > 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m JOIN category c ON c.id = m.category_id"
				      " WHERE m.id = %lld AND m.kanaal = 'wijkschouw' AND c.code = 'zwerfvuil' AND m.wijk_id = %lld"
				      " AND m.postcode = '1011 AA' AND m.bevestigen_dag IS NOT NULL AND m.streef_dag IS NOT NULL"
				      " AND m.terugkoppelen_dag IS NOT NULL", m1, centrum), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND omschrijving LIKE"
				      " '%%wijkschouw van 3 december 2026 in wijk Centrum%%Bank en matrassen%%'", m1), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_fact WHERE id = %lld AND (wat >> 16) & 15 = 11", m1), 1);
	char *att = test_sql_text(s, "SELECT opslag FROM attachment WHERE melding_id = %lld AND mime = 'image/jpeg'", m1);
	snprintf(file, sizeof(file), "%s/bijlagen/%s", s->dir, att);
	bytes = read_whole_file(file, &len);
	assert_non_null(bytes);
	assert_int_equal(len, sizeof(test_jpeg));
	assert_memory_equal(bytes, test_jpeg, sizeof(test_jpeg));
	free(bytes);
	free(att);
	char *ref1 = test_sql_text(s, "SELECT referentie FROM melding WHERE id = %lld", m1);
	/* The melding's own page says where it came from. */
	r = client_getf(c, "/meldingen/%lld", m1);
	assert_status(r, 200);
	assert_body_contains(r, "Wijkschouw");
	assert_body_contains(r, "container.jpg");
	response_free(r);
	/* Once only. */
	r = decide(c, id, b1, "melding", cat);
	assert_status(r, 422);
	assert_body_contains(r, "Van deze bevinding is al een melding gemaakt.");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE kanaal = 'wijkschouw'"), n_wijkschouw + 1);

	/* Finding 2 has no address: the melding is placed in the schouw's wijk, the category chosen by hand. */
	const char *const cat2[] = { "categorie", "verlichting", NULL };
	r = decide(c, id, b2, "melding", cat2);
	assert_status(r, 303);
	response_free(r);
	long long m2 = test_sql_int(s, "SELECT melding_id FROM schouw_bevinding WHERE id = %lld", b2);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m JOIN category c ON c.id = m.category_id WHERE m.id = %lld"
				      " AND m.wijk_id = %lld AND c.code = 'verlichting' AND m.plaats = 'Onderdoorgang achter blok B'",
				      m2, centrum), 1);

	/* An action: refused input kept with messages, then stored; then done. */
	const char *const a_bad[] = { "actie", "Hek rechtzetten en vastzetten", "eigenaar", "", "dag", "2026-11-20", NULL };
	r = decide(c, id, b3, "actie", a_bad);
	assert_status(r, 422);
	assert_body_contains(r, "Vul in wie de actie uitvoert");
	assert_body_contains(r, "Deze dag ligt vóór de schouw");
	assert_body_contains(r, "Hek rechtzetten en vastzetten");
	assert_tidy(r);
	response_free(r);
	const char *const a3[] = { "actie", "Hek rechtzetten en vastzetten", "eigenaar", "Gemeente, team buitenruimte",
				   "dag", "2026-12-18", NULL };
	r = decide(c, id, b3, "actie", a3);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_bevinding WHERE id = %lld AND actie_status = 'open'"
				      " AND actie_eigenaar = 'Gemeente, team buitenruimte'", b3), 1);
	r = decide(c, id, b3, "actie/gedaan", NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_bevinding WHERE id = %lld AND actie_status = 'gedaan'"
				      " AND actie_gedaan_dag IS NOT NULL", b3), 1);

	/* Not finished while a finding has no outcome. */
	snprintf(page, sizeof(page), "/schouwen/%lld", id);
	snprintf(path, sizeof(path), "/schouwen/%lld/afronden", id);
	r = account_post(c, page, path, NULL);
	assert_status(r, 422);
	assert_body_contains(r, "Eén bevinding heeft nog geen vervolg");
	response_free(r);
	const char *const a4[] = { "actie", "Bankje aanvragen bij het leefbaarheidsfonds", "eigenaar", "Huurdersvereniging WOON",
				   "dag", "2027-02-01", NULL };
	r = decide(c, id, b4, "actie", a4);
	assert_status(r, 303);
	response_free(r);
	r = account_post(c, page, path, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw WHERE id = %lld AND status = 'afgerond'", id), 1);
	r = finding(c, id, f3, NULL, 0);
	assert_status(r, 422);
	response_free(r);

	/* The report: every finding with what became of it. */
	r = client_getf(c, "/schouwen/%lld/rapport", id);
	assert_status(r, 200);
	assert_body_contains(r, "Schouwrapport wijk Centrum");
	assert_body_contains(r, "Huurdersvereniging WOON");
	assert_body_contains(r, ref1);
	assert_body_contains(r, "Status: Nieuw");
	assert_body_contains(r, "Door: Gemeente, team buitenruimte");
	assert_body_contains(r, "Klaar op: 18 december 2026");
	assert_body_contains(r, "Gedaan op 1 december 2026");
	assert_body_contains(r, "Klaar op: 1 februari 2027");
	assert_body_contains(r, "Nog open");
	assert_body_contains(r, "Niet in orde");
	assert_tidy(r);
	response_free(r);
	r = client_getf(c, "/schouwen/%lld", id);
	assert_status(r, 200);
	assert_body_contains(r, ref1);
	assert_tidy(r);
	response_free(r);

	/* CSV: the conventions of the other exports, one row per finding; audited. */
	r = client_getf(c, "/schouwen/%lld/bevindingen.csv", id);
	assert_status(r, 200);
	assert_header_contains(r, "Content-Type", "text/csv");
	assert_memory_equal(r->body, "\xEF\xBB\xBF" "schouw;schouwdag;gebied;bevinding;thema", 3 + 37);
	int rows = 0;
	for (size_t i = 0; i < r->len; i++)
		rows += r->body[i] == '\n';
	assert_int_equal(rows, 5);
	assert_body_contains(r, ref1);
	assert_body_contains(r, ";melding;");
	assert_body_contains(r, "Gemeente, team buitenruimte");
	response_free(r);
	r = client_get(c, "/schouwen/bevindingen.csv?jaar=2026&scheiding=komma");
	assert_status(r, 200);
	assert_body_contains(r, "schouw,schouwdag,gebied");
	assert_body_contains(r, ref1);
	response_free(r);
	r = client_get(c, "/schouwen/bevindingen.csv?jaar=2025");
	assert_status(r, 200);
	assert_null(strstr(r->body, ref1));
	response_free(r);
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geexporteerd' AND object_type = 'schouw'") >= 3);

	/* JSON: the list and the schouw with its findings and outcomes. */
	r = client_get(c, "/api/v1/schouwen");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	cJSON *items = cJSON_GetObjectItem(j, "items");
	cJSON *mine = NULL, *it;
	cJSON_ArrayForEach(it, items)
		if ((long long)cJSON_GetObjectItem(it, "id")->valuedouble == id)
			mine = it;
	assert_non_null(mine);
	assert_string_equal(cJSON_GetObjectItem(mine, "status")->valuestring, "afgerond");
	cJSON_Delete(j);
	response_free(r);
	r = client_getf(c, "/api/v1/schouwen/%lld", id);
	assert_status(r, 200);
	j = response_json(r);
	assert_string_equal(cJSON_GetObjectItem(j, "wijk")->valuestring, "WK999901");
	cJSON *bev = cJSON_GetObjectItem(j, "bevindingen");
	assert_int_equal(cJSON_GetArraySize(bev), 4);
	cJSON *u1 = cJSON_GetObjectItem(cJSON_GetArrayItem(bev, 0), "uitkomst");
	assert_string_equal(cJSON_GetObjectItem(u1, "soort")->valuestring, "melding");
	assert_string_equal(cJSON_GetObjectItem(u1, "melding")->valuestring, ref1);
	cJSON *u3 = cJSON_GetObjectItem(cJSON_GetArrayItem(bev, 2), "uitkomst");
	assert_string_equal(cJSON_GetObjectItem(u3, "status")->valuestring, "gedaan");
	assert_string_equal(cJSON_GetObjectItem(u3, "klaar_op")->valuestring, "2026-12-18");
	assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(j, "checklist")), 3);
	cJSON_Delete(j);
	response_free(r);

	free(ref1);
	client_free(c);
}

/* ---- another wijk's wijkbeheerder: 404 everywhere, nothing in lists ---- */

static void test_other_wijk(void **state)
{
	struct server *s = *state;

	setup(s);
	struct client *c = account_client(s, WIJKBEHEER, DEMO_PASSWORD);
	long long id = plan(c, "WK999901", "2026-12-10");
	const char *const f1[] = { "thema", "schoon", "omschrijving", "Zwerfvuil bij de bushalte", "plek", "Bushalte Kerkstraat", NULL };
	struct response *r = finding(c, id, f1, test_jpeg, sizeof(test_jpeg));
	assert_status(r, 303);
	response_free(r);
	long long b = last_finding(s, id);
	long long foto = test_sql_int(s, "SELECT id FROM schouw_foto WHERE bevinding_id = %lld", b);
	r = client_getf(c, "/schouwen/%lld/fotos/%lld", id, foto);
	assert_status(r, 200);
	assert_int_equal(r->len, sizeof(test_jpeg));
	response_free(r);

	struct client *o = account_client(s, OOST, DEMO_PASSWORD);
	const char *const gets[] = { "", "/lopen", "/rapport", "/bevindingen.csv" };
	for (size_t i = 0; i < sizeof(gets) / sizeof(gets[0]); i++) {
		r = client_getf(o, "/schouwen/%lld%s", id, gets[i]);
		assert_status(r, 404);
		response_free(r);
	}
	r = client_getf(o, "/schouwen/%lld/fotos/%lld", id, foto);
	assert_status(r, 404);
	response_free(r);
	r = client_getf(o, "/api/v1/schouwen/%lld", id);
	assert_status(r, 404);
	response_free(r);
	const char *const none[] = { "categorie", "", NULL };
	char path[96];
	snprintf(path, sizeof(path), "/schouwen/%lld/bevindingen/%lld/melding", id, b);
	r = account_post(o, NULL, path, none);
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM schouw_bevinding WHERE id = %lld AND melding_id IS NULL", b), 1);
	r = client_get(o, "/schouwen");
	assert_status(r, 200);
	char link[64];
	snprintf(link, sizeof(link), "/schouwen/%lld\"", id);
	assert_null(strstr(r->body, link));
	response_free(r);
	r = client_get(o, "/api/v1/schouwen");
	assert_status(r, 200);
	assert_null(strstr(r->body, "WK999901"));
	response_free(r);
	r = client_get(o, "/schouwen/bevindingen.csv?jaar=2026");
	assert_status(r, 200);
	assert_null(strstr(r->body, "Zwerfvuil bij de bushalte"));
	response_free(r);
	/* Planning in another's wijk reads as an unknown one. */
	const char *const p[] = { "gebied", "WK999901", "dag", "2026-12-10", "deelnemers", "Gemeente", NULL };
	r = account_post(o, "/schouwen/nieuw", "/schouwen", p);
	assert_status(r, 422);
	assert_body_contains(r, "Kies een wijk of buurt uit de lijst.");
	response_free(r);
	/* The wijkprofiel's block lists the planned schouw (web/wijkmonitor.h), in HTML and JSON. */
	r = client_get(c, "/wijken/WK999901");
	assert_status(r, 200);
	const char *blok = mem_find(r->body, r->len, "id=\"schouwen\"", 0);
	assert_non_null(blok);
	snprintf(link, sizeof(link), "href=\"/schouwen/%lld\"", id);
	assert_non_null(strstr(blok, link));
	response_free(r);
	r = client_get(c, "/api/v1/wijken/WK999901");
	assert_status(r, 200);
	cJSON *j = response_json(r);
	assert_true(cJSON_IsArray(cJSON_GetObjectItem(j, "schouwen")));
	assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(j, "schouwen")) >= 1);
	cJSON_Delete(j);
	response_free(r);
	/* The refusals are audited. */
	assert_true(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geweigerd' AND object_type = 'schouw'") >= 6);
	client_free(o);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schouw_flow),
		cmocka_unit_test(test_other_wijk),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("schouw", tests, ARRAY_SIZE(tests), NULL);
}
