/*
 * test_submit_log.c - the per-address log behind the public form's limit
 * (submit_record() and submit_count_since() in store/melding.c): it keeps
 * a day; an address's own old rows go when it submits again, everyone
 * else's at most once an hour (that DELETE reads the whole table), and the
 * count never includes a row older than asked for either way.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/migrate.h"
#include "lib/log.h"
#include "store/melding.h"

static char dir[] = "/tmp/leefbaar-submit-XXXXXX";
static struct db *db;

#define T0 1767225600   /* 2026-01-01 00:00 UTC */
#define DAY (24 * 3600)

static const char SQL_ROWS[] = "SELECT count(*) FROM submit_log WHERE ip = ?";

static int setup(void **state)
{
	(void)state;
	char path[128];

	log_set_level(LOG_ERROR);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/s.db", dir);
	db = db_open(path, 5000);
	return db && migrate_run(db, "migrations") >= 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[200];

	db_close(db);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static int64_t rows(const char *ip)
{
	return db_int(db, SQL_ROWS, -1, "t", ip);
}

static void test_the_log_keeps_a_day(void **state)
{
	(void)state;
	/* The first record prunes everyone's (an hour since the last prune: never). */
	assert_int_equal(submit_record(db, "192.0.2.1", T0), STORE_OK);
	assert_int_equal(submit_record(db, "192.0.2.2", T0), STORE_OK);
	assert_int_equal(submit_record(db, "192.0.2.1", T0 + 60), STORE_OK);
	assert_int_equal(submit_count_since(db, "192.0.2.1", T0 - 3600), 2);
	assert_int_equal(submit_count_since(db, "192.0.2.1", T0 + 30), 1);

	/* A day later .1 submits again: its own old rows go at once. */
	assert_int_equal(submit_record(db, "192.0.2.1", T0 + DAY + 120), STORE_OK);
	assert_int_equal(rows("192.0.2.1"), 1);
	/* More than an hour after the last prune of all: .2's old row goes too. */
	assert_int_equal(rows("192.0.2.2"), 0);

	/* An hour and more on, a prune of all: .3's row is not a day old yet and stays. */
	assert_int_equal(submit_record(db, "192.0.2.3", T0 + DAY + 200), STORE_OK);
	assert_int_equal(submit_record(db, "192.0.2.1", T0 + 2 * DAY + 100), STORE_OK);
	assert_int_equal(rows("192.0.2.3"), 1);
	/* A quarter later it is a day old, but within the hour nobody reads the whole table... */
	assert_int_equal(submit_record(db, "192.0.2.1", T0 + 2 * DAY + 1000), STORE_OK);
	assert_int_equal(rows("192.0.2.3"), 1);
	/* ...and it is never counted once it is older than asked for. */
	assert_int_equal(submit_count_since(db, "192.0.2.3", T0 + 2 * DAY + 1000 - 3600), 0);
	/* An hour after the last prune of all, everyone's old rows go. */
	assert_int_equal(submit_record(db, "192.0.2.1", T0 + 2 * DAY + 100 + 3600), STORE_OK);
	assert_int_equal(rows("192.0.2.3"), 0);
	assert_int_equal(rows("192.0.2.1"), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_log_keeps_a_day),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
