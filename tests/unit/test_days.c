/*
 * test_days.c - unit tests for domain/days.c: civil date <-> day number,
 * weekday, strict parsing and formatting.
 *
 * Expected values come from hand reckoning (1970-01-01 was a Thursday) and
 * from libc's timegm()/gmtime_r(), which tests may use and domain code not.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "domain/days.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
	int y, m, d;
	int32_t dn;
	int weekday;
} known[] = {
	{ 1970, 1, 1, 0, 3 },		/* Thursday */
	{ 1970, 1, 2, 1, 4 },
	{ 1969, 12, 31, -1, 2 },
	{ 1969, 12, 29, -3, 0 },	/* Monday */
	{ 1969, 12, 28, -4, 6 },	/* Sunday */
	{ 1970, 3, 1, 59, 6 },		/* 31 + 28 */
	{ 1971, 1, 1, 365, 4 },
	{ 1972, 3, 1, 365 + 365 + 31 + 29, 2 },
	{ 2000, 1, 1, 10957, 5 },	/* 30 years, 7 leap days: Saturday */
	{ 2000, 3, 1, 10957 + 60, 2 },	/* 2000 is a leap year */
	{ 2024, 2, 29, 19782, 3 },
	{ 2026, 7, 3, 20637, 4 },	/* a Friday */
	{ 1900, 3, 1, -25508, 3 },	/* 1900 is no leap year */
	{ 1600, 2, 29, -135081, 1 },
	{ 1, 1, 1, -719162, 0 },	/* proleptic Gregorian Monday */
	{ 9999, 12, 31, 2932896, 4 },
};

static void test_known(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(known); i++) {
		int y, m, d;

		assert_int_equal(days_from_civil(known[i].y, known[i].m,
						 known[i].d), known[i].dn);
		days_to_civil(known[i].dn, &y, &m, &d);
		assert_int_equal(y, known[i].y);
		assert_int_equal(m, known[i].m);
		assert_int_equal(d, known[i].d);
		assert_int_equal(days_weekday(known[i].dn), known[i].weekday);
	}
}

/* Every day from 1000 to 4000 follows the previous one in the calendar. */
static void test_roundtrip_consecutive(void **state)
{
	int32_t first = days_from_civil(1000, 1, 1);
	int32_t last = days_from_civil(4000, 12, 31);
	int py, pm, pd;

	(void)state;
	days_to_civil(first - 1, &py, &pm, &pd);
	assert_int_equal(py, 999);
	assert_int_equal(pm, 12);
	assert_int_equal(pd, 31);
	for (int32_t dn = first; dn <= last; dn++) {
		int y, m, d;

		days_to_civil(dn, &y, &m, &d);
		if (pd < days_in_month(py, pm)) {
			assert_true(y == py && m == pm && d == pd + 1);
		} else if (pm < 12) {
			assert_true(y == py && m == pm + 1 && d == 1);
		} else {
			assert_true(y == py + 1 && m == 1 && d == 1);
		}
		assert_int_equal(days_from_civil(y, m, d), dn);
		assert_int_equal(days_weekday(dn), (days_weekday(dn - 1) + 1) % 7);
		py = y;
		pm = m;
		pd = d;
	}
}

/* Against libc's own proleptic calendar, 1 AD to 9999 AD in steps. */
static void test_against_timegm(void **state)
{
	(void)state;
	for (int64_t dn = -719162; dn <= 2932896; dn += 997) {
		time_t t = (time_t)(dn * 86400);
		struct tm tm;
		int y, m, d;

		assert_non_null(gmtime_r(&t, &tm));
		days_to_civil((int32_t)dn, &y, &m, &d);
		assert_int_equal(y, tm.tm_year + 1900);
		assert_int_equal(m, tm.tm_mon + 1);
		assert_int_equal(d, tm.tm_mday);
		assert_int_equal(days_weekday((int32_t)dn), (tm.tm_wday + 6) % 7);
		assert_int_equal(timegm(&tm) / 86400, dn);
	}
}

static void test_extremes(void **state)
{
	int y, m, d;

	(void)state;
	/* The ends of int32_t still convert without overflow or UB. */
	days_to_civil(INT32_MAX, &y, &m, &d);
	assert_int_equal(days_from_civil(y, m, d), INT32_MAX);
	days_to_civil(INT32_MIN, &y, &m, &d);
	assert_int_equal(days_from_civil(y, m, d), INT32_MIN);
	assert_true(days_weekday(INT32_MIN) >= 0 && days_weekday(INT32_MIN) < 7);
	assert_true(days_weekday(INT32_MAX) >= 0 && days_weekday(INT32_MAX) < 7);
	/* A too-large day rolls over, as documented. */
	assert_int_equal(days_from_civil(2026, 2, 29),
			 days_from_civil(2026, 3, 1));
}

static void test_leap_and_month_length(void **state)
{
	static const struct { int y, m, len; } t[] = {
		{ 2024, 2, 29 }, { 2025, 2, 28 }, { 2026, 2, 28 },
		{ 2000, 2, 29 }, { 1900, 2, 28 }, { 2100, 2, 28 },
		{ 2400, 2, 29 }, { 2026, 1, 31 }, { 2026, 4, 30 },
		{ 2026, 6, 30 }, { 2026, 9, 30 }, { 2026, 11, 30 },
		{ 2026, 12, 31 }, { 2026, 0, 0 }, { 2026, 13, 0 },
		{ 2026, -1, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		assert_int_equal(days_in_month(t[i].y, t[i].m), t[i].len);
	assert_true(days_is_leap(2024));
	assert_false(days_is_leap(2026));
	assert_false(days_is_leap(1900));
	assert_true(days_is_leap(2000));
	assert_true(days_is_leap(0));
	assert_true(days_is_leap(-4));
}

static const struct {
	const char *in;
	int ok;
	int y, m, d;
} parse_cases[] = {
	{ "2026-07-03", 1, 2026, 7, 3 },
	{ "2024-02-29", 1, 2024, 2, 29 },
	{ "2000-02-29", 1, 2000, 2, 29 },
	{ "0001-01-01", 1, 1, 1, 1 },
	{ "9999-12-31", 1, 9999, 12, 31 },
	{ "1970-01-01", 1, 1970, 1, 1 },
	{ "2026-12-31", 1, 2026, 12, 31 },
	{ "2026-02-30", 0, 0, 0, 0 },
	{ "2026-02-29", 0, 0, 0, 0 },
	{ "1900-02-29", 0, 0, 0, 0 },
	{ "2026-04-31", 0, 0, 0, 0 },
	{ "2026-06-31", 0, 0, 0, 0 },
	{ "2026-01-32", 0, 0, 0, 0 },
	{ "2026-13-01", 0, 0, 0, 0 },
	{ "2026-00-10", 0, 0, 0, 0 },
	{ "2026-01-00", 0, 0, 0, 0 },
	{ "0000-01-01", 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0 },
	{ "2", 0, 0, 0, 0 },
	{ "2026", 0, 0, 0, 0 },
	{ "2026-", 0, 0, 0, 0 },
	{ "2026-07", 0, 0, 0, 0 },
	{ "2026-07-", 0, 0, 0, 0 },
	{ "2026-07-0", 0, 0, 0, 0 },
	{ "2026-7-03", 0, 0, 0, 0 },
	{ "2026-07-3", 0, 0, 0, 0 },
	{ " 2026-07-03", 0, 0, 0, 0 },
	{ "2026-07-03 ", 0, 0, 0, 0 },
	{ "2026-07-03T00:00:00Z", 0, 0, 0, 0 },
	{ "2026-07-033", 0, 0, 0, 0 },
	{ "12026-07-03", 0, 0, 0, 0 },
	{ "+026-07-03", 0, 0, 0, 0 },
	{ "-026-07-03", 0, 0, 0, 0 },
	{ "2026/07/03", 0, 0, 0, 0 },
	{ "03-07-2026", 0, 0, 0, 0 },
	{ "2026-07-+3", 0, 0, 0, 0 },
	{ "abcd-ef-gh", 0, 0, 0, 0 },
	{ "2026-0x-03", 0, 0, 0, 0 },
	{ "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x96", 0, 0, 0, 0 },
	{ "2026-07-03\n", 0, 0, 0, 0 },
};

static void test_parse(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(parse_cases); i++) {
		int32_t dn = 12345;
		int rc = days_parse(parse_cases[i].in, &dn);

		if (parse_cases[i].ok) {
			assert_int_equal(rc, 0);
			assert_int_equal(dn, days_from_civil(parse_cases[i].y,
							     parse_cases[i].m,
							     parse_cases[i].d));
		} else {
			if (rc != -1)
				fail_msg("accepted \"%s\"", parse_cases[i].in);
			assert_int_equal(dn, 12345);	/* untouched */
		}
	}
	{
		int32_t dn = 7;

		assert_int_equal(days_parse(NULL, &dn), -1);
		assert_int_equal(dn, 7);
	}
	{
		/* A long string of digits and dashes. */
		char big[4096];

		memset(big, '1', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		big[4] = '-';
		big[7] = '-';
		assert_int_equal(days_parse(big, &(int32_t){ 0 }), -1);
	}
}

static void test_format(void **state)
{
	static const struct { int32_t dn; const char *out; } t[] = {
		{ 0, "1970-01-01" },
		{ -1, "1969-12-31" },
		{ 20637, "2026-07-03" },
		{ 19782, "2024-02-29" },
		{ -719162, "0001-01-01" },
		{ 2932896, "9999-12-31" },
		{ -719162 - 366, "0000-01-01" },	/* year 0 still formats */
		{ 2932897, "0000-00-00" },		/* 10000-01-01 */
		{ -719162 - 367, "0000-00-00" },	/* -0001-12-31 */
		{ INT32_MIN, "0000-00-00" },
		{ INT32_MAX, "0000-00-00" },
	};
	char buf[DAYS_FORMAT_LEN + 1];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		memset(buf, 'x', sizeof(buf));
		days_format(t[i].dn, buf);
		assert_string_equal(buf, t[i].out);
		assert_int_equal(buf[DAYS_FORMAT_LEN], 'x');	/* no overrun */
	}
}

/* format and parse are inverse over the whole 0001..9999 range. */
static void test_format_parse_roundtrip(void **state)
{
	char buf[DAYS_FORMAT_LEN];

	(void)state;
	for (int32_t dn = -719162; dn <= 2932896; dn++) {
		int32_t back;

		days_format(dn, buf);
		assert_int_equal(days_parse(buf, &back), 0);
		assert_int_equal(back, dn);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_roundtrip_consecutive),
		cmocka_unit_test(test_against_timegm),
		cmocka_unit_test(test_extremes),
		cmocka_unit_test(test_leap_and_month_length),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_parse_roundtrip),
	};

	return cmocka_run_group_tests_name("days", tests, NULL, NULL);
}
