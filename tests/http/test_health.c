/*
 * test_health.c - /healthz says "ok" while the database answers a read of
 * Leefbaar's own schema and 503 when it does not, and recovers after.
 */
#include "accounts.h"

#include <string.h>

static void test_health_follows_the_database(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/healthz");

	assert_status(r, 200);
	assert_string_equal(r->body, "ok");
	response_free(r);

	/* The table the check reads is gone: the database no longer answers for us. */
	test_sql(s, "ALTER TABLE schema_migrations RENAME TO schema_migrations_weg");
	r = client_get(c, "/healthz");
	assert_status(r, 503);
	assert_security_headers(r);
	response_free(r);

	test_sql(s, "ALTER TABLE schema_migrations_weg RENAME TO schema_migrations");
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
