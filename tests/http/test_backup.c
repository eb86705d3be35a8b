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

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_backup_finishes_under_steady_writes),
		cmocka_unit_test(test_failed_backup_leaves_nothing),
		cmocka_unit_test(test_backup_replaces_an_older_one),
	};
	return harness_run_suite("backup", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\n");
}
