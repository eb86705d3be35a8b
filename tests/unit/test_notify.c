/*
 * test_notify.c - app/notify.c called directly against a real database,
 * for what no HTTP route reaches yet: the melder's addition
 * (notify_melder_added(), which the melder's side of issue 17 will call),
 * an assignment by a routing rule (by_user 0), and the bundled mail of
 * notify_mail_due() at moments chosen here: nothing before the window
 * ends, one mail for all waiting rows after it, none for an inactive user
 * and none twice.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/notify.h"
#include "config.h"
#include "db/db.h"
#include "db/migrate.h"
#include "lib/log.h"

static char dir[] = "/tmp/leefbaar-notify-XXXXXX";
static struct config cfg;
static int64_t sb, uit, assigned, free_melding;

#define T0 INT64_C(1801209600)   /* 2027-01-29T09:00:00+01:00 */

static int64_t one(const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;

	if (sqlite3_prepare_v2(db_handle(db_thread()), sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db_handle(db_thread())));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int exec(const char *sql)
{
	char *err = NULL;
	int rc = sqlite3_exec(db_handle(db_thread()), sql, NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
	sqlite3_free(err);
	return rc;
}

static int setup(void **state)
{
	(void)state;
	char path[128];

	log_set_level(LOG_ERROR);
	config_defaults(&cfg);
	snprintf(cfg.base_url, sizeof(cfg.base_url), "https://leefbaar.example");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/notify.db", dir);
	db_pool_init(path, 5000);
	if (!db_thread() || migrate_run(db_thread(), "migrations") < 0)
		return -1;
	if (exec("INSERT INTO area(code, naam, soort, parent_id) VALUES ('WK000001', 'Wijk A', 'wijk', NULL);"
		 "UPDATE area SET wijk_id = id;"
		 "INSERT INTO user(email, naam, role, password_hash, created_at, active) VALUES"
		 " ('sb@x', 'Sanne', 'sociaal_beheerder', 'x', 0, 1), ('uit@x', 'Uit', 'sociaal_beheerder', 'x', 0, 0);"
		 "INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
		 " category_id, omschrijving, wijk_id, melder_naam, melder_email, bevestigen_dag, terugkoppelen_dag,"
		 " streef_dag, assignee_id) VALUES"
		 " ('M-2027-000001', 2027, 1, 0, 0, 0, 'telefoon', (SELECT min(id) FROM category), 'Lawaai',"
		 "  (SELECT id FROM area), 'Jan', 'jan@example.org', 1, 2, 3, (SELECT id FROM user WHERE email = 'sb@x')),"
		 " ('M-2027-000002', 2027, 2, 0, 0, 0, 'telefoon', (SELECT min(id) FROM category), 'Lawaai',"
		 "  (SELECT id FROM area), 'Jan', 'jan@example.org', 1, 2, 3, NULL)") != SQLITE_OK)
		return -1;
	sb = one("SELECT id FROM user WHERE email = 'sb@x'");
	uit = one("SELECT id FROM user WHERE email = 'uit@x'");
	assigned = one("SELECT id FROM melding WHERE referentie = 'M-2027-000001'");
	free_melding = one("SELECT id FROM melding WHERE referentie = 'M-2027-000002'");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[200];

	db_pool_close_all();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_melder_added(void **state)
{
	(void)state;
	/* As a use case calls it: inside its own transaction. */
	assert_int_equal(db_begin(db_thread()), 0);
	assert_int_equal(notify_melder_added(db_thread(), assigned, T0), 0);
	assert_int_equal(notify_melder_added(db_thread(), free_melding, T0), 0);
	assert_int_equal(db_commit(db_thread()), 0);
	/* The one who handles it hears of it, with the link to the melding; a melding nobody handles tells nobody. */
	assert_int_equal(one("SELECT count(*) FROM notification WHERE soort = 'melder_aanvulling' AND user_id = "
			     "(SELECT id FROM user WHERE email = 'sb@x') AND tekst LIKE '%M-2027-000001%'"
			     " AND url = '/meldingen/' || (SELECT id FROM melding WHERE referentie = 'M-2027-000001')"), 1);
	assert_int_equal(one("SELECT count(*) FROM notification WHERE soort = 'melder_aanvulling'"), 1);
	exec("DELETE FROM notification");
}

static void test_assigned_by_rule(void **state)
{
	(void)state;
	assert_int_equal(db_begin(db_thread()), 0);
	assert_int_equal(notify_melding_assigned(db_thread(), free_melding, sb, 0, T0), 0);
	/* Who assigns to themselves hears nothing. */
	assert_int_equal(notify_melding_assigned(db_thread(), free_melding, sb, sb, T0), 0);
	assert_int_equal(db_commit(db_thread()), 0);
	assert_int_equal(one("SELECT count(*) FROM notification WHERE soort = 'toegewezen'"
			     " AND tekst LIKE '%M-2027-000002%door een routeringsregel.'"), 1);
	assert_int_equal(one("SELECT count(*) FROM notification"), 1);
	exec("DELETE FROM notification");
}

static void test_bundled_mail(void **state)
{
	(void)state;
	assert_int_equal(db_begin(db_thread()), 0);
	assert_int_equal(notify_melder_added(db_thread(), assigned, T0), 0);
	assert_int_equal(notify_melding_assigned(db_thread(), free_melding, sb, 0, T0 + 60), 0);
	assert_int_equal(notify_melding_assigned(db_thread(), free_melding, uit, 0, T0 + 60), 0);
	assert_int_equal(db_commit(db_thread()), 0);

	/* Within bundle_minutes (5) of the first: nothing yet. */
	assert_int_equal(notify_mail_due(db_thread(), &cfg, T0 + 299), 0);
	assert_int_equal(one("SELECT count(*) FROM outbox"), 0);
	/* Then one mail with both, each with its link; the inactive user's row is done without one. */
	assert_int_equal(notify_mail_due(db_thread(), &cfg, T0 + 300), 1);
	assert_int_equal(one("SELECT count(*) FROM outbox WHERE soort = 'notificaties' AND aan = 'sb@x'"
			     " AND onderwerp = 'Leefbaar: 2 notificaties' AND tekst LIKE '%M-2027-000001%M-2027-000002%'"
			     " AND tekst LIKE '%https://leefbaar.example/meldingen/%'"
			     " AND tekst LIKE '%https://leefbaar.example/account/notificaties%' AND melding_id IS NULL"), 1);
	assert_int_equal(one("SELECT count(*) FROM outbox"), 1);
	/* The inactive user's first came a minute later: it still waits ... */
	assert_int_equal(one("SELECT count(*) FROM notification WHERE mail = 1"), 1);
	/* ... and is then done without a mail; nothing is mailed twice. */
	assert_int_equal(notify_mail_due(db_thread(), &cfg, T0 + 3600), 0);
	assert_int_equal(one("SELECT count(*) FROM notification WHERE mail = 1"), 0);
	assert_int_equal(one("SELECT count(*) FROM outbox"), 1);
	exec("DELETE FROM notification; DELETE FROM outbox");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_melder_added),
		cmocka_unit_test(test_assigned_by_rule),
		cmocka_unit_test(test_bundled_mail),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
