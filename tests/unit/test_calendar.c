/*
 * test_calendar.c - unit tests for domain/calendar.c: month and weekday
 * names, ISO 8601 weeks, period bounds and the Dutch day texts.
 *
 * The tables hold hand-checked days around year ends, leap days and
 * 53-week years; the sweeps check every day of a wide range against
 * libc's strftime("%G %V") (tests may use libc, domain code not) and
 * against the definition of each period.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "domain/calendar.h"
#include "domain/days.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int32_t day(const char *iso)
{
	int32_t dn = 0;

	assert_int_equal(days_parse(iso, &dn), 0);
	return dn;
}

static void test_names(void **state)
{
	static const struct {
		int n;
		const char *month, *abbr, *weekday;
	} t[] = {
		{ -1, "", "", "" },
		{ 0, "", "", "maandag" },
		{ 1, "januari", "jan", "dinsdag" },
		{ 2, "februari", "feb", "woensdag" },
		{ 3, "maart", "mrt", "donderdag" },
		{ 4, "april", "apr", "vrijdag" },
		{ 5, "mei", "mei", "zaterdag" },
		{ 6, "juni", "jun", "zondag" },
		{ 7, "juli", "jul", "" },
		{ 8, "augustus", "aug", "" },
		{ 9, "september", "sep", "" },
		{ 10, "oktober", "okt", "" },
		{ 11, "november", "nov", "" },
		{ 12, "december", "dec", "" },
		{ 13, "", "", "" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		assert_string_equal(calendar_month_name(t[i].n), t[i].month);
		assert_string_equal(calendar_month_abbr(t[i].n), t[i].abbr);
		assert_string_equal(calendar_weekday_name(t[i].n), t[i].weekday);
	}
}

static void test_iso_week_table(void **state)
{
	static const struct {
		const char *day;
		int year, week;
	} t[] = {
		{ "2026-12-31", 2026, 53 },   /* 2026 starts on a Thursday: 53 weeks */
		{ "2027-01-01", 2026, 53 },
		{ "2027-01-03", 2026, 53 },
		{ "2027-01-04", 2027, 1 },
		{ "2020-12-31", 2020, 53 },   /* a leap year starting on a Wednesday */
		{ "2021-01-03", 2020, 53 },
		{ "2021-01-04", 2021, 1 },
		{ "2024-12-29", 2024, 52 },
		{ "2024-12-30", 2025, 1 },    /* a Monday in December, week 1 of next year */
		{ "2025-12-29", 2026, 1 },
		{ "2026-01-01", 2026, 1 },
		{ "2019-12-30", 2020, 1 },
		{ "2015-12-31", 2015, 53 },
		{ "2016-01-03", 2015, 53 },
		{ "2010-01-03", 2009, 53 },
		{ "2005-01-02", 2004, 53 },
		{ "2000-01-01", 1999, 52 },
		{ "2024-02-29", 2024, 9 },
		{ "2026-03-05", 2026, 10 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int y = 0, w = 0;

		calendar_iso_week(day(t[i].day), &y, &w);
		if (y != t[i].year || w != t[i].week)
			fail_msg("%s: %d-W%02d, want %d-W%02d", t[i].day, y, w, t[i].year, t[i].week);
	}
}

/* Every day of 1900..2100 against glibc's %G and %V. */
static void test_iso_week_against_libc(void **state)
{
	(void)state;
	for (int32_t dn = day("1900-01-01"); dn <= day("2100-12-31"); dn++) {
		time_t t = (time_t)dn * 86400;
		struct tm tm;
		char want[16], got[16];
		int y, w;

		gmtime_r(&t, &tm);
		strftime(want, sizeof(want), "%G-%V", &tm);
		calendar_iso_week(dn, &y, &w);
		snprintf(got, sizeof(got), "%d-%02d", y, w);
		assert_string_equal(got, want);
	}
}

static void test_period_table(void **state)
{
	static const struct {
		enum calendar_period p;
		const char *day, *first, *last;
	} t[] = {
		{ CALENDAR_WEEK, "2026-12-31", "2026-12-28", "2027-01-03" },   /* across the year end */
		{ CALENDAR_WEEK, "2027-01-01", "2026-12-28", "2027-01-03" },
		{ CALENDAR_WEEK, "2024-02-29", "2024-02-26", "2024-03-03" },   /* across a leap day's month end */
		{ CALENDAR_WEEK, "2026-03-02", "2026-03-02", "2026-03-08" },   /* a Monday */
		{ CALENDAR_WEEK, "2026-03-08", "2026-03-02", "2026-03-08" },   /* a Sunday */
		{ CALENDAR_WEEK, "2026-05-31", "2026-05-25", "2026-05-31" },
		{ CALENDAR_MAAND, "2024-02-29", "2024-02-01", "2024-02-29" },
		{ CALENDAR_MAAND, "2024-02-01", "2024-02-01", "2024-02-29" },
		{ CALENDAR_MAAND, "2023-02-15", "2023-02-01", "2023-02-28" },
		{ CALENDAR_MAAND, "2000-02-10", "2000-02-01", "2000-02-29" },  /* 2000: a leap year */
		{ CALENDAR_MAAND, "2100-02-10", "2100-02-01", "2100-02-28" },  /* 2100: not */
		{ CALENDAR_MAAND, "2026-12-31", "2026-12-01", "2026-12-31" },
		{ CALENDAR_MAAND, "2026-12-01", "2026-12-01", "2026-12-31" },
		{ CALENDAR_MAAND, "2027-01-01", "2027-01-01", "2027-01-31" },
		{ CALENDAR_MAAND, "2026-04-30", "2026-04-01", "2026-04-30" },
		{ CALENDAR_KWARTAAL, "2026-01-01", "2026-01-01", "2026-03-31" },
		{ CALENDAR_KWARTAAL, "2024-02-29", "2024-01-01", "2024-03-31" },
		{ CALENDAR_KWARTAAL, "2026-03-31", "2026-01-01", "2026-03-31" },
		{ CALENDAR_KWARTAAL, "2026-04-01", "2026-04-01", "2026-06-30" },
		{ CALENDAR_KWARTAAL, "2026-09-30", "2026-07-01", "2026-09-30" },
		{ CALENDAR_KWARTAAL, "2026-10-01", "2026-10-01", "2026-12-31" },
		{ CALENDAR_KWARTAAL, "2026-12-31", "2026-10-01", "2026-12-31" },
		{ CALENDAR_JAAR, "2024-02-29", "2024-01-01", "2024-12-31" },
		{ CALENDAR_JAAR, "2026-12-31", "2026-01-01", "2026-12-31" },
		{ CALENDAR_JAAR, "2027-01-01", "2027-01-01", "2027-12-31" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int32_t first = -1, last = -1;
		char a[DAYS_FORMAT_LEN], b[DAYS_FORMAT_LEN];

		calendar_period_bounds(t[i].p, day(t[i].day), &first, &last);
		days_format(first, a);
		days_format(last, b);
		if (strcmp(a, t[i].first) || strcmp(b, t[i].last))
			fail_msg("period %d of %s: %s..%s, want %s..%s", (int)t[i].p, t[i].day, a, b, t[i].first,
				 t[i].last);
	}
}

/* The period's length as the calendar has it, from its first day. */
static int32_t period_length(enum calendar_period p, int32_t first)
{
	int y, m, d, n = 0;

	days_to_civil(first, &y, &m, &d);
	switch (p) {
	case CALENDAR_WEEK:
		return 7;
	case CALENDAR_MAAND:
		return days_in_month(y, m);
	case CALENDAR_KWARTAAL:
		for (int k = 0; k < 3; k++)
			n += days_in_month(y, m + k);
		return n;
	default:
		return 365 + days_is_leap(y);
	}
}

/*
 * Every day of 1999..2030 and every kind: the period holds the day, starts
 * where it should (a Monday, a first of the month, of a quarter's month,
 * 1 January), is as long as the calendar says and touches its neighbours.
 */
static void test_period_sweep(void **state)
{
	(void)state;
	for (int32_t dn = day("1999-01-01"); dn <= day("2030-12-31"); dn++) {
		for (int p = 0; p < CALENDAR__MAX; p++) {
			int32_t first, last, f2, l2;
			int y, m, d;

			calendar_period_bounds((enum calendar_period)p, dn, &first, &last);
			assert_true(first <= dn && dn <= last);
			assert_int_equal(last - first + 1, period_length((enum calendar_period)p, first));
			days_to_civil(first, &y, &m, &d);
			if (p == CALENDAR_WEEK)
				assert_int_equal(days_weekday(first), 0);
			else
				assert_int_equal(d, 1);
			if (p == CALENDAR_KWARTAAL)
				assert_int_equal((m - 1) % 3, 0);
			if (p == CALENDAR_JAAR)
				assert_int_equal(m, 1);
			calendar_period_bounds((enum calendar_period)p, last + 1, &f2, &l2);
			assert_int_equal(f2, last + 1);
		}
	}
}

static void test_period_unknown(void **state)
{
	int32_t first = 7, last = 8;

	(void)state;
	calendar_period_bounds(CALENDAR__MAX, day("2026-03-05"), &first, &last);
	assert_int_equal(first, 7);
	assert_int_equal(last, 8);
}

static void test_day_texts(void **state)
{
	static const struct {
		const char *day, *weekday, *lang, *kort, *maand;
	} t[] = {
		{ "2026-03-02", "maandag 2 maart 2026", "2 maart 2026", "2 mrt 2026", "2 mrt" },
		{ "2026-11-24", "dinsdag 24 november 2026", "24 november 2026", "24 nov 2026", "24 nov" },
		{ "2026-09-30", "woensdag 30 september 2026", "30 september 2026", "30 sep 2026", "30 sep" },
		{ "2024-02-29", "donderdag 29 februari 2024", "29 februari 2024", "29 feb 2024", "29 feb" },
		{ "2027-01-01", "vrijdag 1 januari 2027", "1 januari 2027", "1 jan 2027", "1 jan" },
		{ "2026-12-26", "zaterdag 26 december 2026", "26 december 2026", "26 dec 2026", "26 dec" },
		{ "2026-05-31", "zondag 31 mei 2026", "31 mei 2026", "31 mei 2026", "31 mei" },
	};
	char out[CALENDAR_DAY_LEN];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int32_t dn = day(t[i].day);
		calendar_day_weekday(dn, out);
		assert_string_equal(out, t[i].weekday);
		calendar_day_long(dn, out);
		assert_string_equal(out, t[i].lang);
		calendar_day_short(dn, out);
		assert_string_equal(out, t[i].kort);
		calendar_day_month(dn, out);
		assert_string_equal(out, t[i].maand);
	}
}

/* The far ends of the day numbers still fit, with their years of seven digits. */
static void test_day_texts_extremes(void **state)
{
	static const int32_t far[] = { INT32_MIN, INT32_MIN + 1, -1, 0, INT32_MAX - 1, INT32_MAX };
	char out[CALENDAR_DAY_LEN];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(far); i++) {
		calendar_day_weekday(far[i], out);
		assert_true(strlen(out) > 10 && strlen(out) < CALENDAR_DAY_LEN - 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_iso_week_table),
		cmocka_unit_test(test_iso_week_against_libc),
		cmocka_unit_test(test_period_table),
		cmocka_unit_test(test_period_sweep),
		cmocka_unit_test(test_period_unknown),
		cmocka_unit_test(test_day_texts),
		cmocka_unit_test(test_day_texts_extremes),
	};

	return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
