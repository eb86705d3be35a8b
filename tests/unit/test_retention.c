/*
 * test_retention.c - the term maths of the retention (app/privacy.h): the
 * last day past a term of months (month ends, leap days, year ends), the
 * moment before which a record is past it (Amsterdam midnight, summer
 * time), and the query check of a privacy request.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "app/privacy.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/fields.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int32_t day(int y, int m, int d)
{
	return days_from_civil(y, m, d);
}

static void test_last_day(void **state)
{
	(void)state;
	static const struct {
		int y, m, d, months, ey, em, ed;
	} cases[] = {
		{ 2028, 6, 10, 24, 2026, 6, 10 },     /* the same day two years back */
		{ 2027, 1, 15, 1, 2026, 12, 15 },     /* over the year's end */
		{ 2027, 1, 15, 13, 2025, 12, 15 },
		{ 2026, 3, 31, 1, 2026, 2, 28 },      /* February is shorter: its last day */
		{ 2028, 3, 31, 1, 2028, 2, 29 },      /* a leap year's */
		{ 2028, 2, 29, 12, 2027, 2, 28 },     /* from a leap day */
		{ 2028, 2, 29, 48, 2024, 2, 29 },
		{ 2026, 5, 31, 1, 2026, 4, 30 },
		{ 2026, 12, 31, 12, 2025, 12, 31 },
		{ 2026, 1, 1, 1200, 1926, 1, 1 },     /* the largest term config allows */
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		int32_t got = retention_last_day(day(cases[i].y, cases[i].m, cases[i].d), cases[i].months);
		int y, m, d;
		days_to_civil(got, &y, &m, &d);
		if (got != day(cases[i].ey, cases[i].em, cases[i].ed))
			fail_msg("%04d-%02d-%02d minus %d months: got %04d-%02d-%02d, want %04d-%02d-%02d", cases[i].y,
				 cases[i].m, cases[i].d, cases[i].months, y, m, d, cases[i].ey, cases[i].em, cases[i].ed);
	}
}

/* A record closed on the last day is past its term; one closed the day after is not, to the second. */
static void test_before_moment(void **state)
{
	(void)state;
	/* 10:00 Amsterdam on 10 June 2028 (summer time), term 24 months. */
	int64_t now = amsterdam_day_start(day(2028, 6, 10)) + 10 * 3600;
	int64_t before = retention_before_months(now, 24);

	assert_int_equal(before, amsterdam_day_start(day(2026, 6, 11)));
	/* 11 June 2026 00:00 Amsterdam is 10 June 22:00 UTC. */
	assert_int_equal(before % 86400, 22 * 3600);
	int64_t last_second = before - 1, first_inside = before;
	assert_int_equal(amsterdam_day(last_second), day(2026, 6, 10));
	assert_int_equal(amsterdam_day(first_inside), day(2026, 6, 11));

	/* In winter the Amsterdam midnight is 23:00 UTC. */
	now = amsterdam_day_start(day(2028, 1, 10)) + 3600;
	assert_int_equal(retention_before_months(now, 12) % 86400, 23 * 3600);

	/* Days: 30 days before 10 June is 11 May; the sessions of 10 May and before go. */
	now = amsterdam_day_start(day(2028, 6, 10)) + 10 * 3600;
	assert_int_equal(retention_before_days(now, 30), amsterdam_day_start(day(2028, 5, 11)));
}

static void test_query_check(void **state)
{
	(void)state;
	struct privacy_query q;
	struct field_errors errs;

	memset(&errs, 0, sizeof(errs));
	struct privacy_query_in in = { .email = " Jan@Voorbeeld.example ", .telefoon = "06-12 34 56 78",
				       .postcode = "9991ab", .huisnummer = "12", .toevoeging = "-a" };
	assert_int_equal(privacy_query_check(&in, &q, &errs), APP_OK);
	assert_string_equal(q.email, "Jan@Voorbeeld.example");
	assert_string_equal(q.telefoon, "0612345678");
	assert_string_equal(q.postcode, "9991 AB");
	assert_int_equal(q.huisnummer, 12);
	assert_string_equal(q.toevoeging, "A");

	/* Nothing to look for. */
	memset(&errs, 0, sizeof(errs));
	struct privacy_query_in none = { 0 };
	assert_int_equal(privacy_query_check(&none, &q, &errs), APP_INVALID);
	assert_non_null(field_error_for(&errs, "email"));

	/* A postcode without a number, a bad phone: each field says what is wrong, nothing half-checked is kept. */
	memset(&errs, 0, sizeof(errs));
	struct privacy_query_in bad = { .telefoon = "12", .postcode = "9991 AB" };
	assert_int_equal(privacy_query_check(&bad, &q, &errs), APP_INVALID);
	assert_non_null(field_error_for(&errs, "telefoon"));
	assert_non_null(field_error_for(&errs, "huisnummer"));
	assert_string_equal(q.postcode, "");
	assert_string_equal(q.telefoon, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_last_day),
		cmocka_unit_test(test_before_moment),
		cmocka_unit_test(test_query_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
