/*
 * test_gebieden.c - areas and the address register from the outside
 * (issue 6): `leefbaar import gebieden|adressen` with good and bad files
 * (a bad row changes nothing), meldingen matched against the register and
 * scoped by it, the "onbekend" queue and its re-placing by a later import,
 * the upload preview and confirmation in /beheer/gebieden, editing one
 * area, and bad input (empty, 50 MB, Latin-1, a missing column): clear
 * messages, nothing stored, no 500.
 *
 * The suite's server holds the areas, the people and the first register
 * (adressen_v1), loaded by whichever test needs them first
 * (ensure_register()). A test that needs another state - an empty
 * database, areas without addresses, a later register - gets a server of
 * its own and loads what comes before it there.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 1000\n"

#define BEHEERDER "beheerder@gebieden.example"
#define WB_CENTRUM "wb.centrum@gebieden.example"
#define WB_OOST "wb.oost@gebieden.example"
#define COORDINATOR "coordinator@gebieden.example"

static const char gebieden_csv[] =
	"code;naam;soort;bovenliggend;woningen\n"
	"WK999901;Centrum;wijk;;120\n"
	"BU99990101;Binnenstad;buurt;WK999901;70\n"
	"BU99990102;Stationskwartier;buurt;WK999901;50\n"
	"C-1042;Complex De Akkers;complex;BU99990101;60\n"
	"WK999903;Oost;wijk;;80\n"
	"BU99990301;Parkzicht;buurt;WK999903;40\n"
	"BU99990302;Havenkant;buurt;WK999903;40\n";

#define ADRESSEN_HEADER "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\n"

/* The first register: 9992 AB is shared by Centrum (even) and Oost (odd). */
static const char adressen_v1[] =
	ADRESSEN_HEADER
	"9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AA;2;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AA;3;a;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AB;10;;Akkerlaan;Voorbeeldstad;BU99990101;C-1042;9999200000000010\n"
	"9992 AB;50;;Stationsweg;Voorbeeldstad;BU99990102;;\n"
	"9992 AB;51;;Stationsweg;Voorbeeldstad;BU99990302;;\n"
	"9995 DA;1;;Parklaan;Voorbeeldstad;BU99990301;;\n"
	"9995 DA;2;;Parklaan;Voorbeeldstad;BU99990301;;\n";

/* A later export: Kerkstraat 2 is gone, Stationsweg 62 is new (in Centrum). */
static const char adressen_v2[] =
	ADRESSEN_HEADER
	"9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AA;3;A;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AB;10;;Akkerlaan;Voorbeeldstad;BU99990101;C-1042;9999200000000010\n"
	"9992 AB;50;;Stationsweg;Voorbeeldstad;BU99990102;;\n"
	"9992 AB;51;;Stationsweg;Voorbeeldstad;BU99990302;;\n"
	"9992 AB;62;;Stationsweg;Voorbeeldstad;BU99990102;;\n"
	"9995 DA;1;;Parklaan;Voorbeeldstad;BU99990301;;\n"
	"9995 DA;2;;Parklaan;Voorbeeldstad;BU99990301;;\n";

/* Uploaded in the browser: Kerkstraat 2 returns, two new homes on the Parklaan. */
static const char adressen_v3[] =
	ADRESSEN_HEADER
	"9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AA;2;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AA;3;A;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
	"9991 AB;10;;Akkerlaan;Voorbeeldstad;BU99990101;C-1042;9999200000000010\n"
	"9992 AB;50;;Stationsweg;Voorbeeldstad;BU99990102;;\n"
	"9992 AB;51;;Stationsweg;Voorbeeldstad;BU99990302;;\n"
	"9992 AB;62;;Stationsweg;Voorbeeldstad;BU99990102;;\n"
	"9995 DA;1;;Parklaan;Voorbeeldstad;BU99990301;;\n"
	"9995 DA;2;;Parklaan;Voorbeeldstad;BU99990301;;\n"
	"9995 DA;3;;Parklaan;Voorbeeldstad;BU99990301;;\n"
	"9995 DA;4;;Parklaan;Voorbeeldstad;BU99990301;;\n";

/* ---- helpers --------------------------------------------------------------- */

static char *write_tmp(struct server *s, const char *name, const void *data, size_t len)
{
	char *path = xmalloc(strlen(s->dir) + strlen(name) + 2);
	FILE *f;

	sprintf(path, "%s/%s", s->dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return path;
}

/* Runs `leefbaar import KIND FILE` on the test database; returns the exit status, output in res. */
static int run_import(struct server *s, const char *kind, const char *file, struct cli_result *res)
{
	const char *argv[] = { "import", "--config", s->config_path, kind, file, NULL };

	return harness_run_cli(s, argv, NULL, res);
}

/* Writes text to a file, imports it and expects status and, in stdout or stderr, want. */
static void import_text(struct server *s, const char *kind, const char *text, int status, const char *want)
{
	char *path = write_tmp(s, "import.csv", text, strlen(text));
	struct cli_result res = CLI_RESULT_INIT;

	run_import(s, kind, path, &res);
	if (res.status != status || (want && !strstr(status ? res.err.buf : res.out.buf, want))) {
		print_error("import %s: status %d (want %d)\nstdout: %s\nstderr: %s\nwant: %s\n", kind, res.status,
			    status, res.out.buf, res.err.buf, want ? want : "-");
		fail();
	}
	cli_result_release(&res);
	free(path);
}

/* Files a melding on the public form at postcode + huisnummer; returns its id. */
static long long melden(struct server *s, const char *postcode, const char *huisnummer, const char *toevoeging)
{
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Elke nacht harde muziek tot drie uur; de buren slapen niet meer."),
		FORM_FIELD("postcode", postcode),
		FORM_FIELD("huisnummer", huisnummer),
		FORM_FIELD("toevoeging", toevoeging),
		FORM_FIELD("anoniem", "1"),
		FORM_END,
	};
	struct response *r = public_melding(s, parts);
	assert_status(r, 200);   /* the confirmation after the 303 */
	response_free(r);
	return test_db_int(s, "SELECT max(id) FROM melding");
}

/* Everyone who works in a wijk. */
static const struct {
	const char *email, *name, *role, *wijk;
} people[] = {
	{ BEHEERDER, "Bea Beheer", "beheerder", NULL },
	{ WB_CENTRUM, "Wim Centrum", "wijkbeheerder", "WK999901" },
	{ WB_OOST, "Wendy Oost", "wijkbeheerder", "WK999903" },
	{ COORDINATOR, "Carla Coördinator", "coordinator", NULL },
};

/* The account of email from people[], or all of them for NULL, once the wijken exist. */
static void add_people(struct server *s, const char *email)
{
	for (size_t i = 0; i < ARRAY_SIZE(people); i++) {
		const char *area[] = { "--area", people[i].wijk, NULL };
		if (!email || !strcmp(email, people[i].email))
			account_add(s, people[i].email, people[i].name, people[i].role, NULL,
				    people[i].wijk ? area : NULL);
	}
}

/* The areas of gebieden_csv (what test_cli_gebieden checks step by step). */
static void load_areas(struct server *s)
{
	import_text(s, "gebieden", gebieden_csv, 0, "toegevoegd 7");
}

/* The suite's server: the areas, the people and the first register, once. */
static void ensure_register(struct server *s)
{
	if (!server_once(s, "register v1"))
		return;
	load_areas(s);
	add_people(s, NULL);
	import_text(s, "adressen", adressen_v1, 0, "toegevoegd 8");
}

/* POSTs a file to /beheer/gebieden/import as kind (NULL: no kind chosen). */
static struct response *upload(struct client *c, const char *kind, const void *data, size_t len, const char *name)
{
	char *tok = account_csrf(c, "/beheer/gebieden");
	struct form_part parts[] = {
		FORM_FIELD("csrf_token", tok),
		FORM_FIELD("soort", kind ? kind : ""),
		FORM_FILE("bestand", data, len, name, "text/csv"),
		FORM_END,
	};
	struct response *r = client_post_multipart(c, "/beheer/gebieden/import", parts);
	free(tok);
	return r;
}

/* ---- the command line ---------------------------------------------------- */

static void test_cli_usage(void **state)
{
	struct server *s = *state;
	struct cli_result res = CLI_RESULT_INIT;
	const char *none[] = { "import", NULL };
	const char *one[] = { "import", "gebieden", NULL };

	assert_int_equal(harness_run_cli(s, none, NULL, &res), 2);
	assert_non_null(strstr(res.err.buf, "import gebieden|adressen FILE"));
	cli_result_release(&res);
	assert_int_equal(harness_run_cli(s, one, NULL, &res), 2);
	cli_result_release(&res);
	assert_int_equal(run_import(s, "wegen", "x.csv", &res), 2);
	cli_result_release(&res);
	assert_int_equal(run_import(s, "gebieden", "/nonexistent/gebieden.csv", &res), 1);
	assert_non_null(strstr(res.err.buf, "/nonexistent/gebieden.csv"));
	cli_result_release(&res);
}

static void test_cli_gebieden(void **state)
{
	struct server *s = *state;

	import_text(s, "gebieden", gebieden_csv, 0, "toegevoegd 7, bijgewerkt 0, ontbreekt 0, meldingen geplaatst 0");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM area"), 7);
	/* wijk_id: the wijk itself, a buurt's parent, a complex's buurt's wijk. */
	assert_int_equal(test_db_int(s, "SELECT wijk_id FROM area WHERE code = 'C-1042'"), test_area_id(s, "WK999901"));
	assert_int_equal(test_db_int(s, "SELECT wijk_id FROM area WHERE code = 'WK999903'"), test_area_id(s, "WK999903"));
	assert_int_equal(test_db_int(s, "SELECT wijk_id FROM area WHERE code = 'BU99990302'"), test_area_id(s, "WK999903"));
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd' AND object_type = 'gebieden'"), 1);

	/* The same file again: nothing to do. Options after the arguments work too. */
	import_text(s, "gebieden", gebieden_csv, 0, "toegevoegd 0, bijgewerkt 0, ontbreekt 0");

	/* Everyone who works in a wijk, now that the wijken exist. */
	add_people(s, NULL);
}

/* One bad row: the whole file is refused, every bad line named, nothing stored. */
static void test_cli_bad_gebieden(void **state)
{
	struct server *s = *state;
	ensure_register(s);
	long long areas = test_db_int(s, "SELECT count(*) FROM area"), audits = test_db_int(s, "SELECT count(*) FROM audit_log");
	char *path;
	struct cli_result res = CLI_RESULT_INIT;
	static const char bad[] =
		"code;naam;soort;bovenliggend;woningen\n"
		"WK999904;Zuid;wijk;;10\n"                            /* good, new */
		"BU99990401;Zuiderpark;buurt;WK999904;10\n"           /* good, new */
		"C-2001;De Toren;complex;BU99990199;12\n"             /* 4: unknown parent */
		"WK999901;Centrum (nieuw);wijk;;121\n"                /* good, an update */
		"BU9999;Kort;buurt;WK999904;1\n";                     /* 6: bad code */

	path = write_tmp(s, "bad.csv", bad, sizeof(bad) - 1);
	assert_int_equal(run_import(s, "gebieden", path, &res), 1);
	assert_non_null(strstr(res.err.buf, "regel 4: onbekend bovenliggend gebied BU99990199\n"));
	assert_non_null(strstr(res.err.buf, "regel 6: code 'BU9999' is geen geldige CBS-buurtcode"));
	assert_non_null(strstr(res.err.buf, "er is niets opgeslagen"));
	assert_string_equal(res.out.buf, "");
	cli_result_release(&res);
	free(path);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM area"), areas);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM area WHERE naam = 'Centrum'"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log"), audits);
}

/* On a server of its own: the first addresses into areas that have none yet. */
static void test_cli_adressen(void **state)
{
	struct server *s = *state;
	load_areas(s);
	import_text(s, "adressen", adressen_v1, 0, "toegevoegd 8, bijgewerkt 0, ontbreekt 0, meldingen geplaatst 0");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 8);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address WHERE toevoeging = 'A'"), 1);
	assert_int_equal(test_db_int(s, "SELECT complex_id FROM address WHERE straat = 'Akkerlaan'"), test_area_id(s, "C-1042"));
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address WHERE bag_id IS NULL"), 7);
}

static void test_cli_bad_adressen(void **state)
{
	struct server *s = *state;
	ensure_register(s);
	static const char bad[] =
		ADRESSEN_HEADER
		"9991 AA;1;;Kerkstraat (nieuw);Voorbeeldstad;BU99990101;;\n"   /* an update that must not happen */
		"9991 AA;2;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
		"9991 AA;3;A;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
		"9991 AA;2;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"             /* 5: duplicate */
		"1234 SA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"             /* 6: postcode */
		"9991 AA;7;;Kerkstraat;Voorbeeldstad;BU99990199;;\n";            /* 7: unknown buurt */

	import_text(s, "adressen", bad, 1, "regel 7: onbekende buurt BU99990199\n");
	import_text(s, "adressen", bad, 1, "regel 5: dubbel adres 9991 AA 2 (ook op regel 3)");
	import_text(s, "adressen", bad, 1, "regel 6: postcode '1234 SA' is geen geldige postcode");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 8);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address WHERE straat = 'Kerkstraat (nieuw)'"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address WHERE ontbreekt = 1"), 0);

	/* A header without a column, a file in Latin-1, an empty file, a file of 50 MB. */
	import_text(s, "adressen", "postcode;huisnummer;straat;woonplaats;buurt;complex;bag_id\n"
		    "9991 AA;1;Kerkstraat;Voorbeeldstad;BU99990101;;\n", 1,
		    "regel 1: de kolom 'toevoeging' ontbreekt in de kopregel");
	import_text(s, "adressen", ADRESSEN_HEADER "9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
		    "9991 AA;2;;Caf\xe9straat;Voorbeeldstad;BU99990101;;\n", 1, "regel 3: het bestand is geen UTF-8");
	import_text(s, "adressen", "", 1, "Het bestand is leeg");
	import_text(s, "adressen", ADRESSEN_HEADER, 1, "alleen de kopregel");

	size_t big = 50u * 1024 * 1024;
	char *path = xmalloc(strlen(s->dir) + 16);
	sprintf(path, "%s/groot.csv", s->dir);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)big), 0);   /* sparse: 50 MB without writing them */
	close(fd);
	struct cli_result res = CLI_RESULT_INIT;
	assert_int_equal(run_import(s, "adressen", path, &res), 1);
	assert_non_null(strstr(res.err.buf, "hoogstens 20 MB"));
	cli_result_release(&res);
	unlink(path);
	free(path);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 8);
}

/* ---- meldingen on the register ------------------------------------------ */

static void test_melding_in_register(void **state)
{
	struct server *s = *state;
	char path[64];

	ensure_register(s);
	/* Lower case and a space in the toevoeging: matched all the same. */
	long long melding_register = melden(s, "9991aa", "3", "a");
	snprintf(path, sizeof(path), "SELECT wijk_id FROM melding WHERE id = %lld", melding_register);
	assert_int_equal(test_db_int(s, path), test_area_id(s, "WK999901"));
	snprintf(path, sizeof(path), "SELECT buurt_id FROM melding WHERE id = %lld", melding_register);
	assert_int_equal(test_db_int(s, path), test_area_id(s, "BU99990101"));
	snprintf(path, sizeof(path), "SELECT address_id > 0 FROM melding WHERE id = %lld", melding_register);
	assert_int_equal(test_db_int(s, path), 1);

	/* The flats of the complex: buurt, wijk and complex. */
	long long flat = melden(s, "9991 AB", "10", "");
	snprintf(path, sizeof(path), "SELECT complex_id FROM melding WHERE id = %lld", flat);
	assert_int_equal(test_db_int(s, path), test_area_id(s, "C-1042"));

	/* Seen by the wijkbeheerder of Centrum, not even found by the one of Oost. */
	struct client *centrum = account_client(s, WB_CENTRUM, TEST_PASSWORD), *oost = account_client(s, WB_OOST, TEST_PASSWORD);
	snprintf(path, sizeof(path), "/meldingen/%lld", melding_register);
	struct response *r = client_get(centrum, path);
	assert_status(r, 200);
	assert_body_contains(r, "Kerkstraat 3");
	response_free(r);
	r = client_get(oost, path);
	assert_status(r, 404);
	response_free(r);
	client_free(centrum);
	client_free(oost);
}

static void test_melding_onbekend(void **state)
{
	struct server *s = *state;
	char sql[96];

	ensure_register(s);
	/* Not in the register; its postcode lies in two wijken: "onbekend". */
	long long melding_shared = melden(s, "9992 AB", "62", "");
	snprintf(sql, sizeof(sql), "SELECT wijk_id IS NULL FROM melding WHERE id = %lld", melding_shared);
	assert_int_equal(test_db_int(s, sql), 1);
	/* A postcode the register does not know at all: "onbekend" too. */
	long long melding_nowhere = melden(s, "9998 ZZ", "1", "");
	snprintf(sql, sizeof(sql), "SELECT wijk_id IS NULL FROM melding WHERE id = %lld", melding_nowhere);
	assert_int_equal(test_db_int(s, sql), 1);
	/* A neighbour in a street whose postcode lies in one wijk: that wijk, no buurt. */
	long long melding_postcode = melden(s, "9995 DA", "9", "");
	snprintf(sql, sizeof(sql), "SELECT wijk_id FROM melding WHERE id = %lld", melding_postcode);
	assert_int_equal(test_db_int(s, sql), test_area_id(s, "WK999903"));
	snprintf(sql, sizeof(sql), "SELECT buurt_id IS NULL FROM melding WHERE id = %lld", melding_postcode);
	assert_int_equal(test_db_int(s, sql), 1);

	/* Neither wijkbeheerder finds the onbekend one; the coördinator does. */
	struct client *centrum = account_client(s, WB_CENTRUM, TEST_PASSWORD), *co = account_client(s, COORDINATOR, TEST_PASSWORD);
	char path[64];
	snprintf(path, sizeof(path), "/meldingen/%lld", melding_shared);
	struct response *r = client_get(centrum, path);
	assert_status(r, 404);
	response_free(r);
	r = client_get(co, path);
	assert_status(r, 200);
	response_free(r);
	client_free(centrum);
	client_free(co);
}

/*
 * A new export with Stationsweg 62 places the onbekend melding there; a home
 * left out is marked. On a server of its own: the first register and two
 * onbekend meldingen (as test_melding_onbekend files them) before it.
 */
static void test_reimport_places(void **state)
{
	struct server *s = *state;
	char sql[160];

	load_areas(s);
	add_people(s, WB_CENTRUM);
	import_text(s, "adressen", adressen_v1, 0, "toegevoegd 8");
	long long melding_shared = melden(s, "9992 AB", "62", "");
	long long melding_nowhere = melden(s, "9998 ZZ", "1", "");
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding WHERE wijk_id IS NULL"), 2);

	import_text(s, "adressen", adressen_v2, 0, "toegevoegd 1, bijgewerkt 0, ontbreekt 1, meldingen geplaatst 1");
	snprintf(sql, sizeof(sql), "SELECT wijk_id FROM melding WHERE id = %lld", melding_shared);
	assert_int_equal(test_db_int(s, sql), test_area_id(s, "WK999901"));
	snprintf(sql, sizeof(sql), "SELECT buurt_id FROM melding WHERE id = %lld", melding_shared);
	assert_int_equal(test_db_int(s, sql), test_area_id(s, "BU99990102"));
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM melding_event WHERE melding_id = %lld AND soort = 'geplaatst'"
		 " AND voor_melder = 0 AND tekst LIKE '%%wijk Centrum%%adressenbestand%%'", melding_shared);
	assert_int_equal(test_db_int(s, sql), 1);
	snprintf(sql, sizeof(sql), "SELECT adres_tekst LIKE 'Stationsweg 62, 9992 AB%%' FROM melding WHERE id = %lld",
		 melding_shared);
	assert_int_equal(test_db_int(s, sql), 1);
	/* The other one still waits for the coördinator. */
	snprintf(sql, sizeof(sql), "SELECT wijk_id IS NULL FROM melding WHERE id = %lld", melding_nowhere);
	assert_int_equal(test_db_int(s, sql), 1);
	/* Kerkstraat 2 is marked, not deleted. */
	assert_int_equal(test_db_int(s, "SELECT ontbreekt FROM address WHERE straat = 'Kerkstraat' AND huisnummer = 2"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 9);

	/* Now the wijkbeheerder of Centrum sees it. */
	struct client *centrum = account_client(s, WB_CENTRUM, TEST_PASSWORD);
	char path[64];
	snprintf(path, sizeof(path), "/meldingen/%lld", melding_shared);
	struct response *r = client_get(centrum, path);
	assert_status(r, 200);
	response_free(r);
	client_free(centrum);

	/* Again: nothing more to place. */
	import_text(s, "adressen", adressen_v2, 0, "toegevoegd 0, bijgewerkt 0, ontbreekt 1, meldingen geplaatst 0");
}

/* The example files in docs/voorbeeld/ load into a fresh database, gebieden first. */
static void test_voorbeeld_files(void **state)
{
	struct server *s = *state;
	char *db = xmalloc(strlen(s->dir) + 16);
	struct cli_result res = CLI_RESULT_INIT;

	sprintf(db, "%s/voorbeeld.db", s->dir);
	const char *gebieden[] = { "import", "--config", s->config_path, "gebieden", "docs/voorbeeld/gebieden.csv",
				   "--db", db, NULL };
	const char *adressen[] = { "import", "adressen", "docs/voorbeeld/adressen.csv", "--config", s->config_path,
				   "--db", db, NULL };
	assert_int_equal(harness_run_cli(s, gebieden, NULL, &res), 0);
	assert_non_null(strstr(res.out.buf, "toegevoegd 12, bijgewerkt 0, ontbreekt 0"));
	cli_result_release(&res);
	assert_int_equal(harness_run_cli(s, adressen, NULL, &res), 0);
	assert_non_null(strstr(res.out.buf, "toegevoegd 368, bijgewerkt 0, ontbreekt 0"));
	cli_result_release(&res);
	free(db);
}

/* ---- the browser: preview and confirmation --------------------------------- */

/* On a server of its own: the register as test_reimport_places leaves it (v2). */
static void test_upload_preview_confirm(void **state)
{
	struct server *s = *state;
	load_areas(s);
	add_people(s, BEHEERDER);
	import_text(s, "adressen", adressen_v1, 0, "toegevoegd 8");
	import_text(s, "adressen", adressen_v2, 0, "toegevoegd 1, bijgewerkt 0, ontbreekt 1");
	struct client *c = account_client(s, BEHEERDER, TEST_PASSWORD);
	long long audits = test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd'");

	struct response *r = client_get(c, "/beheer/gebieden");
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Stationskwartier");
	assert_body_contains(r, "BU99990102");
	assert_body_contains(r, "Complex De Akkers");
	assert_body_contains(r, "enctype=\"multipart/form-data\"");
	response_free(r);
	/* The beheer index links here. */
	r = client_get(c, "/beheer");
	assert_status(r, 200);
	assert_body_contains(r, "href=\"/beheer/gebieden\"");
	response_free(r);

	r = upload(c, "adressen", adressen_v3, sizeof(adressen_v3) - 1, "adressen maart.csv");
	assert_status(r, 200);
	assert_body_contains(r, "Controle van het adressenbestand");
	assert_body_contains(r, "adressen maart.csv");
	assert_body_contains(r, "<dt>Nieuw</dt><dd>2</dd>");
	assert_body_contains(r, "<dt>Bijgewerkt</dt><dd>1</dd>");
	assert_body_contains(r, "<dt>Ongewijzigd</dt><dd>8</dd>");
	assert_body_contains(r, "De eerste 10 rijen");
	assert_body_contains(r, "Kerkstraat 3 A");
	assert_body_contains(r, "Inlezen en opslaan");
	char *token = html_input_value(r->body, "token");
	char *csrf = html_input_value(r->body, "csrf_token");
	assert_non_null(token);
	response_free(r);
	/* Nothing stored yet. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 9);
	assert_int_equal(test_db_int(s, "SELECT ontbreekt FROM address WHERE straat = 'Kerkstraat' AND huisnummer = 2"), 1);

	/* Someone else's token, or a made-up one: expired, nothing stored. */
	const char *fake[] = { "csrf_token", csrf, "token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "soort", "adressen", NULL };
	r = client_post_form(c, "/beheer/gebieden/import/bevestigen", fake);
	assert_status(r, 410);
	response_free(r);
	const char *traversal[] = { "csrf_token", csrf, "token", "../../../../etc/passwd", "soort", "adressen", NULL };
	r = client_post_form(c, "/beheer/gebieden/import/bevestigen", traversal);
	assert_status(r, 410);
	response_free(r);

	const char *confirm[] = { "csrf_token", csrf, "token", token, "soort", "adressen",
				  "bestandsnaam", "adressen maart.csv", NULL };
	r = client_post_form(c, "/beheer/gebieden/import/bevestigen", confirm);
	assert_status(r, 303);
	const char *loc = response_header(r, "Location");
	assert_non_null(loc);
	assert_string_equal(loc, "/beheer/gebieden?ingelezen=adressen&toegevoegd=2&bijgewerkt=1&ontbreekt=0&geplaatst=0");
	char *back = xstrdup(loc);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), 11);
	assert_int_equal(test_db_int(s, "SELECT ontbreekt FROM address WHERE straat = 'Kerkstraat' AND huisnummer = 2"), 0);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd'"), audits + 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd' AND "
			       "object_id = 'adressen maart.csv' AND user_id IS NOT NULL"), 1);
	r = client_get(c, back);
	assert_status(r, 200);
	assert_body_contains(r, "Het adressenbestand is ingelezen: toegevoegd 2, bijgewerkt 1, ontbreekt 0");
	response_free(r);
	free(back);

	/* A second click imports nothing twice: it leads to the first one's result. */
	r = client_post_form(c, "/beheer/gebieden/import/bevestigen", confirm);
	assert_status(r, 303);
	assert_string_equal(response_header(r, "Location"),
			    "/beheer/gebieden?ingelezen=adressen&toegevoegd=2&bijgewerkt=1&ontbreekt=0&geplaatst=0");
	response_free(r);
	/* Confirmed from another page (a second tab): the file is used up. */
	char *csrf2 = account_csrf(c, "/beheer/gebieden");
	confirm[1] = csrf2;
	r = client_post_form(c, "/beheer/gebieden/import/bevestigen", confirm);
	assert_status(r, 410);
	assert_body_contains(r, "verlopen");
	response_free(r);
	free(csrf2);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'geimporteerd'"), audits + 1);

	free(token);
	free(csrf);
	client_free(c);
}

/* A gebieden upload with a bad row: every error with its line, no confirm button, nothing stored. */
static void test_upload_errors(void **state)
{
	struct server *s = *state;
	ensure_register(s);
	struct client *c = account_client(s, BEHEERDER, TEST_PASSWORD);
	long long areas = test_db_int(s, "SELECT count(*) FROM area"), addresses = test_db_int(s, "SELECT count(*) FROM address");
	static const char bad[] =
		"\xef\xbb\xbf" "code,naam,soort,bovenliggend,woningen\r\n"
		"C-3001,\"Flat \"\"De Meeuw\"\", Kade\",complex,BU99990302,24\r\n"
		"C-3002,De Reiger,complex,BU99990199,12\r\n"
		"BU99990303,Nieuwe buurt,buurt,C-1042,1\r\n";

	struct response *r = upload(c, "gebieden", bad, sizeof(bad) - 1, "gebieden.csv");
	assert_status(r, 422);
	assert_body_contains(r, "Dit bestand is niet ingelezen");
	assert_body_contains(r, "<strong>Regel 3:</strong> onbekend bovenliggend gebied BU99990199");
	assert_body_contains(r, "<strong>Regel 4:</strong> bovenliggend C-1042 is een complex");
	assert_body_contains(r, "staan 2 fouten");
	assert_true(!mem_find(r->body, r->len, "Inlezen en opslaan", 0));
	assert_true(!mem_find(r->body, r->len, "name=\"token\"", 0));
	response_free(r);

	/* Empty; Latin-1; a missing column; no kind chosen; no file; an Excel file. */
	r = upload(c, "adressen", "", 0, "leeg.csv");
	assert_status(r, 422);
	assert_body_contains(r, "Het bestand is leeg");
	response_free(r);
	static const char latin1[] = ADRESSEN_HEADER "9991 AA;1;;Caf\xe9straat;Voorbeeldstad;BU99990101;;\n";
	r = upload(c, "adressen", latin1, sizeof(latin1) - 1, "latin1.csv");
	assert_status(r, 422);
	assert_body_contains(r, "<strong>Regel 2:</strong> het bestand is geen UTF-8");
	assert_true(!mem_find(r->body, r->len, "Lees dan eerst het gebiedenbestand in", 0));
	response_free(r);
	/* An unknown buurt: most likely the gebieden file has not been loaded yet. */
	static const char unknown[] = ADRESSEN_HEADER "9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990109;;\n";
	r = upload(c, "adressen", unknown, sizeof(unknown) - 1, "adressen.csv");
	assert_status(r, 422);
	assert_body_contains(r, "<strong>Regel 2:</strong> onbekende buurt BU99990109");
	assert_body_contains(r, "Lees dan eerst het gebiedenbestand in");
	response_free(r);
	static const char missing[] = "code;naam;soort;woningen\nWK999905;West;wijk;1\n";
	r = upload(c, "gebieden", missing, sizeof(missing) - 1, "gebieden.csv");
	assert_status(r, 422);
	assert_body_contains(r, "de kolom &#39;bovenliggend&#39; ontbreekt in de kopregel");
	response_free(r);
	r = upload(c, NULL, gebieden_csv, sizeof(gebieden_csv) - 1, "gebieden.csv");
	assert_status(r, 422);
	assert_body_contains(r, "Kies welk bestand dit is");
	response_free(r);
	r = upload(c, "adressen", "PK\x03\x04\x14\x00\x06\x00", 8, "adressen.xlsx");
	assert_status(r, 422);
	assert_body_contains(r, "Dit is een Excel-bestand");
	response_free(r);
	/* The wrong kind of file for the choice. */
	r = upload(c, "gebieden", adressen_v1, sizeof(adressen_v1) - 1, "adressen.csv");
	assert_status(r, 422);
	assert_body_contains(r, "dit lijkt een adressenbestand");
	response_free(r);

	/* 50 MB: over the upload limit, dropped with a message beside the field. */
	size_t big = 50u * 1024 * 1024;
	char *data = xmalloc(big);
	memset(data, 'x', big);
	r = upload(c, "adressen", data, big, "groot.csv");
	assert_status(r, 422);
	assert_body_contains(r, "Het bestand is groter dan");
	response_free(r);
	free(data);

	assert_int_equal(test_db_int(s, "SELECT count(*) FROM area"), areas);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), addresses);
	client_free(c);
}

/* ---- one area by hand ------------------------------------------------------- */

static void test_area_edit(void **state)
{
	struct server *s = *state;
	ensure_register(s);
	struct client *c = account_client(s, BEHEERDER, TEST_PASSWORD);
	char *tok = account_csrf(c, "/beheer/gebieden/nieuw");
	char parent[32], path[64], sql[128];

	snprintf(parent, sizeof(parent), "%lld", test_area_id(s, "BU99990301"));
	const char *create[] = { "csrf_token", tok, "soort", "complex", "code", " C-77 ", "naam", "Hofje Parkzicht",
				 "bovenliggend", parent, "woningen", "14", NULL };
	struct response *r = client_post_form(c, "/beheer/gebieden", create);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT wijk_id FROM area WHERE code = 'C-77'"), test_area_id(s, "WK999903"));
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt' AND object_id = 'C-77'"), 1);

	/* The same form sent again is a copy (http/once.h): the first one's answer, nothing new. */
	r = client_post_form(c, "/beheer/gebieden", create);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE action = 'aangemaakt' AND object_id = 'C-77'"), 1);

	/* The same code from a new form; a bad CBS code; a buurt inside a complex. */
	free(tok);
	tok = account_csrf(c, "/beheer/gebieden/nieuw");
	create[1] = tok;
	r = client_post_form(c, "/beheer/gebieden", create);
	assert_status(r, 422);
	assert_body_contains(r, "Er is al een gebied met deze code.");
	assert_body_contains(r, "value=\"Hofje Parkzicht\"");
	response_free(r);
	const char *bad_code[] = { "csrf_token", tok, "soort", "buurt", "code", "BU12", "naam", "X",
				   "bovenliggend", parent, "woningen", "veel", NULL };
	r = client_post_form(c, "/beheer/gebieden", bad_code);
	assert_status(r, 422);
	assert_body_contains(r, "De code is geen geldige CBS-buurtcode");
	assert_body_contains(r, "Een buurt ligt in een wijk");
	assert_body_contains(r, "Vul het aantal woningen in");
	response_free(r);

	/* Move the complex to Binnenstad (Centrum): its wijk follows. */
	long long id = test_area_id(s, "C-77");
	snprintf(path, sizeof(path), "/beheer/gebieden/%lld", id);
	r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, "Hofje Parkzicht");
	response_free(r);
	snprintf(parent, sizeof(parent), "%lld", test_area_id(s, "BU99990101"));
	const char *move[] = { "csrf_token", tok, "naam", "Hofje Binnenstad", "bovenliggend", parent, "woningen", "16", NULL };
	r = client_post_form(c, path, move);
	assert_status(r, 303);
	response_free(r);
	snprintf(sql, sizeof(sql), "SELECT wijk_id FROM area WHERE id = %lld AND naam = 'Hofje Binnenstad' AND woningen = 16", id);
	assert_int_equal(test_db_int(s, sql), test_area_id(s, "WK999901"));

	/* A buurt cannot move into a buurt; a wijk has no parent to choose. */
	snprintf(path, sizeof(path), "/beheer/gebieden/%lld", test_area_id(s, "BU99990102"));
	const char *wrong[] = { "csrf_token", tok, "naam", "Stationskwartier", "bovenliggend", parent, "woningen", "50", NULL };
	r = client_post_form(c, path, wrong);
	assert_status(r, 422);
	assert_body_contains(r, "Een buurt ligt in een wijk");
	response_free(r);
	snprintf(path, sizeof(path), "/beheer/gebieden/%lld", test_area_id(s, "WK999901"));
	r = client_get(c, path);
	assert_status(r, 200);
	assert_body_contains(r, "Een wijk ligt niet in een ander gebied.");
	response_free(r);

	r = client_get(c, "/beheer/gebieden/999999");
	assert_status(r, 404);
	response_free(r);
	r = client_get(c, "/beheer/gebieden/import");
	assert_status(r, 404);
	response_free(r);
	free(tok);
	client_free(c);
}

/* ---- who may --------------------------------------------------------------- */

static void test_only_beheerder(void **state)
{
	struct server *s = *state;
	static const char *const who[] = { WB_CENTRUM, COORDINATOR };
	ensure_register(s);
	long long addresses = test_db_int(s, "SELECT count(*) FROM address");

	for (size_t i = 0; i < ARRAY_SIZE(who); i++) {
		struct client *c = account_client(s, who[i], TEST_PASSWORD);
		struct response *r = client_get(c, "/beheer/gebieden");
		assert_status(r, 403);
		response_free(r);
		r = client_get(c, "/beheer/gebieden/nieuw");
		assert_status(r, 403);
		response_free(r);
		/* A POST with the user's own valid token is refused too. */
		char *tok = account_csrf(c, "/account/wachtwoord");
		const struct form_part parts[] = {
			FORM_FIELD("csrf_token", tok),
			FORM_FIELD("soort", "adressen"),
			FORM_FILE("bestand", adressen_v1, sizeof(adressen_v1) - 1, "a.csv", "text/csv"),
			FORM_END,
		};
		r = client_post_multipart(c, "/beheer/gebieden/import", parts);
		assert_status(r, 403);
		response_free(r);
		free(tok);
		client_free(c);
	}
	struct client *anon = client_new(s);
	struct response *r = client_get(anon, "/beheer/gebieden");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "/login");
	response_free(r);
	client_free(anon);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM address"), addresses);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cli_usage),
		HARNESS_FRESH_TEST(test_cli_gebieden),
		cmocka_unit_test(test_cli_bad_gebieden),
		HARNESS_FRESH_TEST(test_cli_adressen),
		cmocka_unit_test(test_cli_bad_adressen),
		cmocka_unit_test(test_melding_in_register),
		cmocka_unit_test(test_melding_onbekend),
		HARNESS_FRESH_TEST(test_reimport_places),
		cmocka_unit_test(test_voorbeeld_files),
		HARNESS_FRESH_TEST(test_upload_preview_confirm),
		cmocka_unit_test(test_upload_errors),
		cmocka_unit_test(test_area_edit),
		cmocka_unit_test(test_only_beheerder),
	};

	return harness_run_suite("gebieden", tests, ARRAY_SIZE(tests), INI);
}
