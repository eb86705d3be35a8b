/*
 * test_at_rest.c - what lies on disk: modes and secrets.
 *
 * Every file the server and the commands create under the data directory
 * (the database, its -wal and -shm, uploads and their folders, the key
 * file) and a backup are readable by the owner only (a umask of 077 at the
 * start of every command; a database from before is made so at start).
 * The melder's status link is stored nowhere in plaintext: not in any row
 * of any table, not in the database file or its WAL; the outbox holds a placeholder, which is what staff see on the
 * melding's page, also after a confirmation that goes to the melder. (That
 * the mail itself carries the working link is test_smtp.c's
 * test_receipt_is_sent.) The beheerder's audit view shows who did what to
 * which object id, without what the case holds.
 */
#include "accounts.h"

#include "lib/xalloc.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PLACEHOLDER "[persoonlijke link: alleen in de e-mail aan de melder]"

/* Files the harness itself writes into the directory, not the server. */
static int harness_file(const char *name)
{
	return !strcmp(name, "config.ini") || !strcmp(name, "server.log");
}

/* Checks every entry under dir (recursively): no bit for group or others. Returns the number checked. */
static int check_private(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d))) {
		char path[1024];
		struct stat st;

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || harness_file(e->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		assert_int_equal(lstat(path, &st), 0);
		print_message("%04o %s\n", (unsigned)(st.st_mode & 07777), path);
		if (st.st_mode & 077)
			fail_msg("%s is mode %04o: group or others may use it", path, (unsigned)(st.st_mode & 07777));
		n++;
		if (S_ISDIR(st.st_mode))
			n += check_private(path);
	}
	closedir(d);
	return n;
}

static void file_mode_is(const char *path, int want_exists)
{
	struct stat st;

	if (stat(path, &st) < 0) {
		if (want_exists)
			fail_msg("%s does not exist", path);
		return;
	}
	print_message("%04o %s\n", (unsigned)(st.st_mode & 07777), path);
	assert_int_equal(st.st_mode & 077, 0);
}

static void test_files_are_private(void **state)
{
	struct server *s = *state;
	char path[1024];
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Elke nacht harde muziek; met een foto van de boxen op het balkon."),
		FORM_FIELD("plaats", "Balkon boven de ingang"),
		FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "boxen.jpg", "image/jpeg"),
		FORM_END,
	};
	struct filed m;

	public_melding_ok(s, parts, &m);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld", m.id), 1);

	/* A backup, written by the command as an operator would run it. */
	snprintf(path, sizeof(path), "%s/backup-proef.db", s->dir);
	const char *argv[] = { "backup", path, NULL };
	harness_cli_ok(s, argv, NULL);

	file_mode_is(s->db_path, 1);
	snprintf(path, sizeof(path), "%s-wal", s->db_path);
	file_mode_is(path, 1);
	snprintf(path, sizeof(path), "%s-shm", s->db_path);
	file_mode_is(path, 1);
	snprintf(path, sizeof(path), "%s/backup-proef.db", s->dir);
	file_mode_is(path, 1);
	/* The database, -wal, -shm, the backup, the key, the upload and its folders at least. */
	assert_true(check_private(s->dir) >= 6);
}

/* A database from before (0644, as the umask left it) is made owner-only when the server starts. */
static void test_old_database_made_private(void **state)
{
	struct server *s = *state;
	char wal[1024], shm[1024];

	snprintf(wal, sizeof(wal), "%s-wal", s->db_path);
	snprintf(shm, sizeof(shm), "%s-shm", s->db_path);
	assert_int_equal(chmod(s->db_path, 0644), 0);
	assert_int_equal(chmod(wal, 0644), 0);
	assert_int_equal(chmod(shm, 0644), 0);
	assert_int_equal(server_crash_restart(s, 0), 0);
	file_mode_is(s->db_path, 1);
	file_mode_is(wal, 1);
	file_mode_is(shm, 1);
}

/* 1 if the file at path holds needle anywhere in its bytes. */
static int file_holds(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	fclose(f);
	size_t len;
	char *data = read_whole_file(path, &len);
	int found = mem_find(data, len, needle, 0) != NULL;
	free(data);
	return found;
}

/* The number of rows in any table with a text or blob column holding needle. */
static long long rows_holding(struct server *s, const char *needle)
{
	char *tables = test_sql_text(s, "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'"
				     " AND name NOT LIKE 'sqlite_%%' AND sql NOT LIKE 'CREATE VIRTUAL%%'");
	long long total = 0;

	for (char *t = strtok(tables, " "); t; t = strtok(NULL, " ")) {
		/* Every column of t, cast to text, joined: one instr() per row. */
		char *cols = test_sql_text(s, "SELECT coalesce(group_concat('coalesce(CAST(\"' || name || '\" AS TEXT), '''')',"
					   " ' || '), '''') FROM pragma_table_info('%s')", t);
		long long n = test_sql_int(s, "SELECT count(*) FROM \"%s\" WHERE instr(%s, '%s') > 0", t, cols, needle);
		if (n)
			print_message("table %s: %lld rows hold it\n", t, n);
		total += n;
		free(cols);
	}
	free(tables);
	return total;
}

static void assert_token_nowhere(struct server *s, const char *token)
{
	char path[1024];

	assert_int_equal(rows_holding(s, token), 0);
	assert_false(file_holds(s->db_path, token));
	snprintf(path, sizeof(path), "%s-wal", s->db_path);
	assert_false(file_holds(path, token));
}

static void test_status_link_not_stored(void **state)
{
	struct server *s = *state;
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Harde bas uit de kelderbox, elke avond tot na middernacht."),
		FORM_FIELD("plaats", "Kelderboxen achter blok B"),
		FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Iris Ingelicht"),
		FORM_FIELD("melder_email", "iris.ingelicht@huurder.example"),
		FORM_END,
	};
	struct filed m;

	public_melding_ok(s, parts, &m);
	const char *token = m.status_path + strlen("/melding/status/");
	assert_true(strlen(token) >= 22);
	print_message("status token %s\n", token);

	/* The receipt is queued, with the placeholder where the link goes. */
	assert_token_nowhere(s, token);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'ontvangst'"
				      " AND instr(tekst, '%s') > 0", m.id, PLACEHOLDER), 1);

	/* Staff see the placeholder, never the link, also after a confirmation (a second mail with the link). */
	account_add(s, "coord.rust@proef.example", "Cora Rust", "coordinator", NULL, NULL);
	struct client *c = account_client(s, "coord.rust@proef.example", TEST_PASSWORD);
	char page[64], action[96];
	snprintf(page, sizeof(page), "/meldingen/%lld", m.id);
	snprintf(action, sizeof(action), "/meldingen/%lld/bevestigen", m.id);
	struct response *r = account_post(c, page, action, NULL);
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM outbox WHERE melding_id = %lld AND soort = 'bevestiging'"
				      " AND instr(tekst, '%s') > 0", m.id, PLACEHOLDER), 1);
	r = client_get(c, page);
	assert_status(r, 200);
	assert_body_contains(r, "persoonlijke link: alleen in de e-mail aan de melder");
	assert_null(mem_find(r->body, r->len, token, 0));
	assert_null(mem_find(r->body, r->len, "/melding/status/", 0));
	response_free(r);
	client_free(c);
	assert_token_nowhere(s, token);

	/* The link itself still works for the melder. */
	c = client_new(s);
	r = client_get(c, m.status_path);
	assert_status(r, 200);
	assert_body_contains(r, m.ref);
	response_free(r);
	client_free(c);
}

/*
 * The beheerder's audit view: who did what to which object id, never what
 * a case holds. The case rows are written as the application writes them
 * (their shapes from app/dossier_act.c, app/referrals.c, app/privacy.c),
 * beside real ones from a melding sent in and a password reset.
 */
static void test_audit_view_without_case_details(void **state)
{
	struct server *s = *state;
	const char *beheerder = "beheer.rust@proef.example", *worker = "sociaal.rust@proef.example";
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Buurman Kees Klaphek schreeuwt elke nacht in het trappenhuis."),
		FORM_FIELD("plaats", "Trappenhuis Lindelaan 4"),
		FORM_FIELD("anoniem", "0"),
		FORM_FIELD("melder_naam", "Olga Oplettend"),
		FORM_FIELD("melder_email", "olga.oplettend@huurder.example"),
		FORM_END,
	};
	struct filed m;

	account_add(s, beheerder, "Bea Beheer", "beheerder", NULL, NULL);
	account_add(s, worker, "Sander Sociaal", "coordinator", NULL, NULL);
	public_melding_ok(s, parts, &m);
	long long uid = test_user_id(s, worker);
	test_sql(s, "INSERT INTO audit_log(at, user_id, ip, action, object_type, object_id, detail) VALUES"
		 " (strftime('%%s','now'), %lld, '127.0.0.1', 'aangemaakt', 'dossier', 'D-2026-000777', 'gevoelig'),"
		 " (strftime('%%s','now'), %lld, '127.0.0.1', 'aangemaakt', 'doorverwijzing', '4242',"
		 "  'dossier D-2026-000777, aan GGZ Proefstad'),"
		 " (strftime('%%s','now'), %lld, '127.0.0.1', 'gewijzigd', 'dossier', 'D-2026-000777', 'escalatie politie/regie'),"
		 " (strftime('%%s','now'), %lld, '127.0.0.1', 'inzage', 'persoon', '',"
		 "  'e-mail kees.klaphek@huurder.example: 3 meldingen')",
		 uid, uid, uid, uid);

	struct client *adm = account_client(s, beheerder, TEST_PASSWORD);
	/* A real account action, whose details are the beheerder's business. */
	char page[64], path[96];
	snprintf(page, sizeof(page), "/beheer/gebruikers/%lld", uid);
	snprintf(path, sizeof(path), "%s/wachtwoord", page);
	struct response *r = account_post(adm, page, path, (const char *const[]){ "wachtwoord", "Tijdelijk-rust-wachtwoord-8", NULL });
	assert_status(r, 303);
	response_free(r);

	r = client_get(adm, "/beheer/audit");
	assert_status(r, 200);
	/* Who, what, which object. */
	assert_body_contains(r, "Sander Sociaal");
	assert_body_contains(r, "D-2026-000777");
	assert_body_contains(r, "4242");
	assert_body_contains(r, m.ref);
	assert_body_contains(r, "inhoud van de zaak, niet getoond");
	assert_body_contains(r, "tijdelijk wachtwoord ingesteld");
	/* Nothing of the cases. */
	const char *const secret[] = { "gevoelig", "GGZ Proefstad", "escalatie", "kees.klaphek", "Klaphek",
				       "Olga", "olga.oplettend", "Lindelaan", "schreeuwt" };
	for (size_t i = 0; i < ARRAY_SIZE(secret); i++)
		if (mem_find(r->body, r->len, secret[i], 0))
			fail_msg("the audit view shows \"%s\"", secret[i]);
	assert_tidy(r);
	response_free(r);
	/* The trail itself keeps the details. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE detail = 'gevoelig'"), 1);
	client_free(adm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files_are_private),
		cmocka_unit_test(test_old_database_made_private),
		cmocka_unit_test(test_status_link_not_stored),
		cmocka_unit_test(test_audit_view_without_case_details),
	};

	return harness_run_suite("at-rest", tests, ARRAY_SIZE(tests), "[security]\nmelden_min_seconds = 0\n");
}
