/*
 * test_clock.c - LEEFBAAR_NOW pins "now" for the server and the command
 * line (src/lib/clock.h): a melding taken in through the API is received
 * on the pinned day with its terms counted from it, the server says in its
 * log that its clock is pinned, dagoverzicht reads the pinned day, and a
 * bad value is a usage error. Under faketime (make test-calendar) the pin
 * still wins: it is an offset from whatever the process's clock says.
 */
#include "harness.h"
#include "accounts.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Monday 1 February 2027, 09:00 in Amsterdam: terms end on 3, 8 and 15 February. */
#define PINNED "2027-02-01T09:00:00+01:00"

static void test_intake_on_pinned_day(void **state)
{
	struct server *s = *state;
	setenv("LEEFBAAR_NOW", PINNED, 1);     /* whatever a failed test left */
	seed_organisation(s);
	struct client *c = client_new(s);
	static const char body[] = "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek tot diep in de nacht.\","
				   " \"postcode\": \"9991 AA\", \"huisnummer\": 1, \"anoniem\": true}";
	struct response *r = client_post_raw(c, "/api/v1/meldingen", "application/json", body, strlen(body), NULL);
	assert_status(r, 201);
	cJSON *j = response_json(r);
	assert_string_equal(json_str(j, "bevestigen_uiterlijk"), "2027-02-03");
	assert_string_equal(json_str(j, "streefdatum"), "2027-02-08");
	assert_string_equal(json_str(j, "terugkoppelen_uiterlijk"), "2027-02-15");
	/* Received a moment after the pin: the clock runs on from it. */
	assert_memory_equal(json_str(j, "ontvangen_op"), "2027-02-01T09:0", 15);
	assert_memory_equal(json_str(j, "referentie"), "M-2027-", 7);
	cJSON_Delete(j);
	response_free(r);
	/* The timeline's "vastgelegd" and the audit row use the same clock. */
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM melding_event"
				     " WHERE vastgelegd BETWEEN 1801468800 AND 1801468800 + 600"), 1);
	assert_int_equal(test_db_int(s, "SELECT count(*) FROM audit_log WHERE at < 1801468800 - 3600"), 0);
	assert_true(test_db_int(s, "SELECT count(*) FROM audit_log") > 0);
	client_free(c);
}

static void test_server_log_warns(void **state)
{
	struct server *s = *state;
	FILE *f = fopen(s->log_path, "r");
	assert_non_null(f);
	char line[512];
	int found = 0;
	while (fgets(line, sizeof(line), f))
		found |= strstr(line, "clock pinned by LEEFBAAR_NOW") && strstr(line, "2027-02-01T09:00:00+01:00");
	fclose(f);
	assert_true(found);
}

static void test_cli_reads_pinned_day(void **state)
{
	struct server *s = *state;
	setenv("LEEFBAAR_NOW", PINNED, 1);
	seed_organisation(s);
	const char *argv[] = { "dagoverzicht", "--config", s->config_path, NULL };
	struct cli_result res = CLI_RESULT_INIT;

	/* Saturday 6 February 2027: no werkdag, nothing queued. */
	setenv("LEEFBAAR_NOW", "2027-02-06", 1);
	assert_int_equal(harness_run_cli(s, argv, NULL, &res), 0);
	assert_non_null(strstr(res.out.buf, "geen werkdag"));
	assert_non_null(strstr(res.err.buf, "clock pinned"));
	cli_result_release(&res);

	/* The pinned Monday is one: the staff of Centrum get their overview. */
	setenv("LEEFBAAR_NOW", PINNED, 1);
	struct cli_result res2 = CLI_RESULT_INIT;
	assert_int_equal(harness_run_cli(s, argv, NULL, &res2), 0);
	assert_null(strstr(res2.out.buf, "geen werkdag"));
	cli_result_release(&res2);
}

static void test_bad_value_is_usage_error(void **state)
{
	struct server *s = *state;
	static const char *const bad[] = { "morgen", "2027-02-30", "2027-02-01T09:00:00", "2027-02-01 09:00" };
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		const char *argv[] = { "dagoverzicht", "--config", s->config_path, NULL };
		struct cli_result res = CLI_RESULT_INIT;
		setenv("LEEFBAAR_NOW", bad[i], 1);
		assert_int_equal(harness_run_cli(s, argv, NULL, &res), 2);
		assert_non_null(strstr(res.err.buf, "LEEFBAAR_NOW"));
		cli_result_release(&res);
	}
	setenv("LEEFBAAR_NOW", PINNED, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_intake_on_pinned_day),
		cmocka_unit_test(test_server_log_warns),
		cmocka_unit_test(test_cli_reads_pinned_day),
		cmocka_unit_test(test_bad_value_is_usage_error),
	};
	/* The server and every command the suite runs inherit it. */
	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("clock", tests, ARRAY_SIZE(tests), NULL);
}
