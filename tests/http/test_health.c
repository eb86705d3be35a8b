/*
 * test_health.c - /healthz says "ok" while the database answers a read of
 * Leefbaar's own schema and 503 when it does not, and recovers after.
 */
#include "harness.h"

#include <sqlite3.h>
#include <string.h>

static void exec_sql(struct server *s, const char *sql)
{
	sqlite3 *h;
	assert_int_equal(sqlite3_open(s->db_path, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 5000);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

static void test_health_follows_the_database(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/healthz");

	assert_status(r, 200);
	assert_string_equal(r->body, "ok");
	response_free(r);

	/* The table the check reads is gone: the database no longer answers for us. */
	exec_sql(s, "ALTER TABLE schema_migrations RENAME TO schema_migrations_weg");
	r = client_get(c, "/healthz");
	assert_status(r, 503);
	assert_security_headers(r);
	response_free(r);

	exec_sql(s, "ALTER TABLE schema_migrations_weg RENAME TO schema_migrations");
	r = client_get(c, "/healthz");
	assert_status(r, 200);
	assert_string_equal(r->body, "ok");
	response_free(r);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_health_follows_the_database),
	};
	return harness_run_suite("health", tests, ARRAY_SIZE(tests), NULL);
}
