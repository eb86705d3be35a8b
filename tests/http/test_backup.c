/*
 * test_backup.c - `leefbaar backup FILE` finishes while the server keeps
 * writing (it used to start its copy again after every commit of the
 * server and, under steady writes, never end), and what it leaves is a
 * whole, consistent database or nothing: no half file, no journal.
 */
#include "accounts.h"
#include "load.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Opens path read-only and answers one integer query; -1 when it cannot. */
static long long file_int(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static int exists(const char *dir, const char *name, const char *suffix)
{
	char p[512];

	snprintf(p, sizeof(p), "%s/%s%s", dir, name, suffix);
	return access(p, F_OK) == 0;
}

static void test_backup_finishes_under_steady_writes(void **state)
{
	struct server *s = *state;
	char dest[512];
	struct cli_result res = CLI_RESULT_INIT;
	const char *seed[] = { "seed", "--meldingen", s->valgrind ? "3000" : "20000", NULL };

	/* Enough pages that a copy in steps meets many commits on its way. */
	harness_cli_ok(s, seed, NULL);
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");

	struct load *l = load_start(s, 4);
	load_wait(l, s->valgrind ? 20 : 200);
	snprintf(dest, sizeof(dest), "%s/kopie.db", s->dir);
	const char *backup[] = { "backup", dest, NULL };
	/* The harness gives a command 30 s (120 s under valgrind) before it kills it. */
	int status = harness_run_cli(s, backup, NULL, &res);
	int acked = load_stop(l);
	assert_int_equal(load_errors(l), 0);
	load_free(l);
	if (status != 0)
		fail_msg("backup did not finish under load (status %d): %s", status, res.err.buf ? res.err.buf : "");
	cli_result_release(&res);

	/* A whole database: intact, with every melding from before the load and a snapshot of those during it. */
	assert_int_equal(file_int(dest, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	long long copied = file_int(dest, "SELECT count(*) FROM melding");
	assert_true(copied >= before);
	assert_true(copied <= before + acked);
	/* Consistent: the search index and the tally agree with the meldingen of the snapshot. */
	assert_int_equal(file_int(dest, "SELECT count(*) FROM melding_fact"), copied);
	assert_false(exists(s->dir, "kopie.db", ".part"));
	assert_false(exists(s->dir, "kopie.db", "-journal"));
}

/* A backup that cannot be written leaves nothing behind and says so. */
static void test_failed_backup_leaves_nothing(void **state)
{
	struct server *s = *state;
	char dest[512];
	struct cli_result res = CLI_RESULT_INIT;

	snprintf(dest, sizeof(dest), "%s/geen-map/kopie.db", s->dir);
	const char *backup[] = { "backup", dest, NULL };
	assert_int_not_equal(harness_run_cli(s, backup, NULL, &res), 0);
	assert_non_null(strstr(res.err.buf, "kopie.db"));
	cli_result_release(&res);
	assert_int_equal(access(dest, F_OK), -1);
}

/* A second backup to the same file replaces it whole. */
static void test_backup_replaces_an_older_one(void **state)
{
	struct server *s = *state;
	char dest[512];
	struct client *c = client_new(s);

	snprintf(dest, sizeof(dest), "%s/kopie2.db", s->dir);
	const char *backup[] = { "backup", dest, NULL };
	harness_cli_ok(s, backup, NULL);
	long long first = file_int(dest, "SELECT count(*) FROM melding");
	char *ref = api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Weer die lucht.\", \"plaats\": \"Portiek\","
				" \"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\"}");
	harness_cli_ok(s, backup, NULL);
	assert_int_equal(file_int(dest, "SELECT count(*) FROM melding"), first + 1);
	free(ref);
	client_free(c);
}

/*
 * The documented way back (README, "Backup and restore"): a backup made
 * while the server runs is restored into another installation, which then
 * serves what the first one had at the moment of the backup - the same
 * meldingen, whole, and people log in with the accounts they had.
 */
static void test_restore_serves_the_backup(void **state)
{
	struct server *s = *state;
	char dest[512];
	struct stat st;
	struct client *c = client_new(s);

	seed_organisation(s);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"geluid\", \"omschrijving\": \"Bonken op de muur, elke avond.\","
				" \"plaats\": \"Slaapkamer\", \"melder_naam\": \"Sanne de Boer\", \"melder_email\": \"sanne@example.org\"}");
	snprintf(dest, sizeof(dest), "%s/herstel.db", s->dir);
	const char *backup[] = { "backup", dest, NULL };
	harness_cli_ok(s, backup, NULL);
	/* What the database holds, the backup holds: for its owner only. */
	assert_int_equal(stat(dest, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	long long meldingen = file_int(dest, "SELECT count(*) FROM melding");
	assert_true(meldingen >= 1);
	/* Written after the backup: not in what is restored. */
	free(api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Na de backup gemeld.\","
			 " \"plaats\": \"Portiek\", \"anoniem\": true}"));
	client_free(c);

	struct server *other = server_start(NULL);
	assert_non_null(other);
	const char *restore[] = { "restore", dest, "--config", other->config_path, NULL };
	struct buf out = BUF_INIT;
	harness_cli_ok(other, restore, &out);
	assert_non_null(strstr(out.buf, "meldingen"));
	buf_release(&out);
	/* And after a restart, from the file alone. */
	assert_int_equal(server_crash_restart(other, 0), 0);
	assert_int_equal(file_int(other->db_path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	assert_int_equal(file_int(other->db_path, "SELECT count(*) FROM melding"), meldingen);
	assert_int_equal(file_int(other->db_path, "SELECT count(*) FROM melding_fact"), meldingen);
	assert_int_equal(file_int(other->db_path, "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH 'bonken'"), 1);
	struct client *coord = account_client(other, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	struct response *r = client_get(coord, "/meldingen?q=bonken");
	assert_status(r, 200);
	assert_body_contains(r, ref);
	response_free(r);
	r = client_get(coord, "/meldingen?q=backup");
	assert_status(r, 200);
	assert_false(response_contains(r, "Na de backup gemeld"));
	response_free(r);
	client_free(coord);
	assert_int_equal(server_stop(other), 0);
	free(ref);
}

/* What is not a whole Leefbaar database is refused, and the database stays as it was. */
static void test_restore_refuses_a_bad_file(void **state)
{
	struct server *s = *state;
	char bad[512];
	struct cli_result res = CLI_RESULT_INIT;
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");

	snprintf(bad, sizeof(bad), "%s/geen-backup.db", s->dir);
	FILE *f = fopen(bad, "w");
	assert_non_null(f);
	fputs("dit is geen database\n", f);
	fclose(f);
	const char *restore[] = { "restore", bad, NULL };
	assert_int_equal(harness_run_cli(s, restore, NULL, &res), 1);
	assert_non_null(strstr(res.err.buf, "geen-backup.db"));
	cli_result_release(&res);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_backup_finishes_under_steady_writes),
		cmocka_unit_test(test_failed_backup_leaves_nothing),
		cmocka_unit_test(test_backup_replaces_an_older_one),
		cmocka_unit_test(test_restore_serves_the_backup),
		cmocka_unit_test(test_restore_refuses_a_bad_file),
	};
	return harness_run_suite("backup", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\n");
}
