/*
 * test_amsterdam.c - unit tests for domain/amsterdam.c: the EU summer-time
 * rule, local day, local -> UTC, ISO 8601 moments.
 *
 * The reference is the system tzdata (TZ=Europe/Amsterdam, localtime_r):
 * allowed in tests, never in domain code. The DST switch days below were
 * reckoned by hand from the weekday of 1 January of each year.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain/amsterdam.h"
#include "domain/days.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Unix seconds of a UTC wall time, without going through the code under test. */
static int64_t utc(int y, int mo, int d, int h, int mi, int s)
{
	struct tm tm = {
		.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d,
		.tm_hour = h, .tm_min = mi, .tm_sec = s,
	};

	return (int64_t)timegm(&tm);
}

/* Last Sundays of March and October, 2024-2030 (the switch days). */
static const struct { int y, march, october; } switches[] = {
	{ 2024, 31, 27 },
	{ 2025, 30, 26 },
	{ 2026, 29, 25 },
	{ 2027, 28, 31 },
	{ 2028, 26, 29 },
	{ 2029, 25, 28 },
	{ 2030, 31, 27 },
};

static void test_dst_edges(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(switches); i++) {
		int y = switches[i].y;
		int64_t spring = utc(y, 3, switches[i].march, 1, 0, 0);
		int64_t autumn = utc(y, 10, switches[i].october, 1, 0, 0);

		assert_int_equal(days_weekday(days_from_civil(y, 3,
					switches[i].march)), 6);
		assert_int_equal(days_weekday(days_from_civil(y, 10,
					switches[i].october)), 6);
		/* 00:59, 00:59:59, 01:00, 01:00:01, 01:01 UTC */
		assert_int_equal(amsterdam_offset(spring - 60), 3600);
		assert_int_equal(amsterdam_offset(spring - 1), 3600);
		assert_int_equal(amsterdam_offset(spring), 7200);
		assert_int_equal(amsterdam_offset(spring + 1), 7200);
		assert_int_equal(amsterdam_offset(spring + 60), 7200);
		assert_int_equal(amsterdam_offset(autumn - 60), 7200);
		assert_int_equal(amsterdam_offset(autumn - 1), 7200);
		assert_int_equal(amsterdam_offset(autumn), 3600);
		assert_int_equal(amsterdam_offset(autumn + 1), 3600);
		assert_int_equal(amsterdam_offset(autumn + 60), 3600);
		assert_false(amsterdam_is_dst(spring - 1));
		assert_true(amsterdam_is_dst(spring));
		assert_true(amsterdam_is_dst(autumn - 1));
		assert_false(amsterdam_is_dst(autumn));
		/* A week before and after: no early or late switch. */
		assert_int_equal(amsterdam_offset(spring - 7 * 86400), 3600);
		assert_int_equal(amsterdam_offset(autumn - 7 * 86400), 7200);
		assert_int_equal(amsterdam_offset(autumn + 7 * 86400), 3600);
	}
	/* Mid-winter and mid-summer, and across New Year. */
	assert_int_equal(amsterdam_offset(utc(2026, 1, 15, 12, 0, 0)), 3600);
	assert_int_equal(amsterdam_offset(utc(2026, 7, 15, 12, 0, 0)), 7200);
	assert_int_equal(amsterdam_offset(utc(2025, 12, 31, 23, 30, 0)), 3600);
	assert_int_equal(amsterdam_offset(0), 3600);
	assert_int_equal(amsterdam_offset(-1), 3600);
}

/*
 * Every half hour from 2000 to 2037 against tzdata: offset, local day,
 * formatted moment, and local -> UTC.
 */
static void test_against_tzdata(void **state)
{
	int64_t from = utc(2000, 1, 1, 0, 0, 0);
	int64_t to = utc(2038, 1, 1, 0, 0, 0);
	size_t n = 0;

	(void)state;
	if (setenv("TZ", "Europe/Amsterdam", 1) != 0)
		fail_msg("setenv");
	tzset();
	for (int64_t t = from; t < to; t += 1800, n++) {
		time_t tt = (time_t)t;
		struct tm tm;
		char want[64], got[MOMENT_FORMAT_LEN];
		int64_t back;

		assert_non_null(localtime_r(&tt, &tm));
		if (amsterdam_offset(t) != tm.tm_gmtoff)
			fail_msg("offset at %lld: %d, tzdata %ld", (long long)t,
				 amsterdam_offset(t), (long)tm.tm_gmtoff);
		assert_int_equal(amsterdam_day(t),
				 days_from_civil(tm.tm_year + 1900,
						 tm.tm_mon + 1, tm.tm_mday));
		snprintf(want, sizeof(want), "%04d-%02d-%02dT%02d:%02d:%02d+%02ld:00",
			 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
			 tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_gmtoff / 3600);
		moment_format_amsterdam(t, got);
		assert_string_equal(got, want);
		assert_int_equal(moment_parse(got, &back), 0);
		assert_int_equal(back, t);

		assert_int_equal(amsterdam_from_local(tm.tm_year + 1900,
				tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
				tm.tm_min, tm.tm_sec, &back), 0);
		/*
		 * Only the second (winter) pass of the autumn hour maps
		 * back to the first (summer) one.
		 */
		if (!tm.tm_isdst && amsterdam_is_dst(t - 3600) &&
		    tm.tm_hour == 2)
			assert_int_equal(back, t - 3600);
		else
			assert_int_equal(back, t);
	}
	assert_true(n > 38 * 365 * 48);
	unsetenv("TZ");
	tzset();
}

static void test_local_day(void **state)
{
	static const struct {
		const char *moment;
		int y, m, d, weekday;
	} t[] = {
		/* A melding at 23:30 local on a summer Friday is a Friday. */
		{ "2026-07-03T21:30:00Z", 2026, 7, 3, 4 },
		{ "2026-07-03T21:59:59Z", 2026, 7, 3, 4 },
		/* Half an hour after local midnight it is Saturday, while
		 * UTC still says Friday. */
		{ "2026-07-03T22:00:00Z", 2026, 7, 4, 5 },
		{ "2026-07-03T22:30:00Z", 2026, 7, 4, 5 },
		/* Winter: an hour, not two. */
		{ "2026-01-09T22:59:59Z", 2026, 1, 9, 4 },
		{ "2026-01-09T23:00:00Z", 2026, 1, 10, 5 },
		/* New Year's Eve 23:30 UTC is already New Year in Amsterdam. */
		{ "2025-12-31T23:30:00Z", 2026, 1, 1, 3 },
		/* The switch nights. */
		{ "2026-03-28T23:00:00Z", 2026, 3, 29, 6 },
		{ "2026-03-28T22:59:59Z", 2026, 3, 28, 5 },
		{ "2026-10-24T22:00:00Z", 2026, 10, 25, 6 },
		{ "2026-10-24T21:59:59Z", 2026, 10, 24, 5 },
		{ "2026-10-25T22:59:59Z", 2026, 10, 25, 6 },
		{ "2026-10-25T23:00:00Z", 2026, 10, 26, 0 },
		/* Before the epoch. */
		{ "1969-12-31T23:00:00Z", 1970, 1, 1, 3 },
		{ "1969-12-31T22:59:59Z", 1969, 12, 31, 2 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int64_t u;
		int32_t dn;

		assert_int_equal(moment_parse(t[i].moment, &u), 0);
		dn = amsterdam_day(u);
		if (dn != days_from_civil(t[i].y, t[i].m, t[i].d))
			fail_msg("%s: wrong local day", t[i].moment);
		assert_int_equal(days_weekday(dn), t[i].weekday);
	}
}

static void test_day_start(void **state)
{
	(void)state;
	for (int32_t dn = days_from_civil(1999, 1, 1);
	     dn <= days_from_civil(2040, 12, 31); dn++) {
		int64_t s = amsterdam_day_start(dn);

		assert_int_equal(amsterdam_day(s), dn);
		assert_int_equal(amsterdam_day(s - 1), dn - 1);
	}
	assert_int_equal(amsterdam_day_start(days_from_civil(2026, 7, 3)),
			 utc(2026, 7, 2, 22, 0, 0));
	assert_int_equal(amsterdam_day_start(days_from_civil(2026, 1, 9)),
			 utc(2026, 1, 8, 23, 0, 0));
	/* The 23- and 25-hour days. */
	assert_int_equal(amsterdam_day_start(days_from_civil(2026, 3, 30)) -
			 amsterdam_day_start(days_from_civil(2026, 3, 29)),
			 23 * 3600);
	assert_int_equal(amsterdam_day_start(days_from_civil(2026, 10, 26)) -
			 amsterdam_day_start(days_from_civil(2026, 10, 25)),
			 25 * 3600);
}

static void test_from_local(void **state)
{
	static const struct {
		int y, mo, d, h, mi, s;
		int rc;
		int uy, umo, ud, uh, umi, us;	/* expected UTC */
	} t[] = {
		{ 2026, 1, 9, 12, 0, 0, 0, 2026, 1, 9, 11, 0, 0 },
		{ 2026, 7, 3, 23, 30, 0, 0, 2026, 7, 3, 21, 30, 0 },
		{ 2026, 1, 1, 0, 0, 0, 0, 2025, 12, 31, 23, 0, 0 },
		/* Spring 2026-03-29: 02:00-02:59:59 do not exist and move
		 * forward one hour (read with +01:00). */
		{ 2026, 3, 29, 1, 59, 59, 0, 2026, 3, 29, 0, 59, 59 },
		{ 2026, 3, 29, 2, 0, 0, 0, 2026, 3, 29, 1, 0, 0 },
		{ 2026, 3, 29, 2, 30, 0, 0, 2026, 3, 29, 1, 30, 0 },
		{ 2026, 3, 29, 2, 59, 59, 0, 2026, 3, 29, 1, 59, 59 },
		{ 2026, 3, 29, 3, 0, 0, 0, 2026, 3, 29, 1, 0, 0 },
		{ 2026, 3, 29, 3, 0, 1, 0, 2026, 3, 29, 1, 0, 1 },
		/* Autumn 2026-10-25: 02:00-02:59:59 happen twice; the first
		 * (summer, +02:00) is taken. */
		{ 2026, 10, 25, 1, 59, 59, 0, 2026, 10, 24, 23, 59, 59 },
		{ 2026, 10, 25, 2, 0, 0, 0, 2026, 10, 25, 0, 0, 0 },
		{ 2026, 10, 25, 2, 30, 0, 0, 2026, 10, 25, 0, 30, 0 },
		{ 2026, 10, 25, 2, 59, 59, 0, 2026, 10, 25, 0, 59, 59 },
		{ 2026, 10, 25, 3, 0, 0, 0, 2026, 10, 25, 2, 0, 0 },
		{ 2024, 2, 29, 12, 0, 0, 0, 2024, 2, 29, 11, 0, 0 },
		/* Bad fields. */
		{ 2026, 2, 29, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 2, 30, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 4, 31, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 0, 1, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 13, 1, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 0, 12, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, 24, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, -1, 0, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, 12, 60, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, 12, -1, 0, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, 12, 0, 60, -1, 0, 0, 0, 0, 0, 0 },
		{ 2026, 1, 1, 12, 0, -1, -1, 0, 0, 0, 0, 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int64_t out = 42;
		int rc = amsterdam_from_local(t[i].y, t[i].mo, t[i].d, t[i].h,
					      t[i].mi, t[i].s, &out);

		assert_int_equal(rc, t[i].rc);
		if (rc == 0)
			assert_int_equal(out, utc(t[i].uy, t[i].umo, t[i].ud,
						  t[i].uh, t[i].umi, t[i].us));
		else
			assert_int_equal(out, 42);
	}
}

static void test_moment_parse(void **state)
{
	static const struct {
		const char *in;
		int ok;
		int y, mo, d, h, mi, s;		/* UTC */
	} t[] = {
		{ "2026-07-03T21:30:00Z", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T23:30:00+02:00", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T23:30:00+0200", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T16:30:00-05:00", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T16:30:00-0500", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-04T03:00:00+05:30", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T21:30:00+00:00", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T21:30:00-00:00", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T21:30:00.5Z", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T21:30:00.999+00:00", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03T21:30:00.123456789Z", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-07-03t21:30:00z", 1, 2026, 7, 3, 21, 30, 0 },
		{ "2026-01-01T00:30:00+01:00", 1, 2025, 12, 31, 23, 30, 0 },
		{ "2024-02-29T12:00:00+01:00", 1, 2024, 2, 29, 11, 0, 0 },
		{ "1970-01-01T00:00:00Z", 1, 1970, 1, 1, 0, 0, 0 },
		{ "1969-12-31T23:59:59Z", 1, 1969, 12, 31, 23, 59, 59 },
		{ "0001-01-01T00:00:00Z", 1, 1, 1, 1, 0, 0, 0 },
		{ "9999-12-31T23:59:59Z", 1, 9999, 12, 31, 23, 59, 59 },
		{ "2026-07-03T00:00:00+23:59", 1, 2026, 7, 2, 0, 1, 0 },
		/* No offset: ambiguous, rejected. */
		{ "2026-07-03T21:30:00", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00.5", 0, 0, 0, 0, 0, 0, 0 },
		{ "", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03 21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00 Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T24:00:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T23:60:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T23:59:60Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-02-30T00:00:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-02-29T00:00:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-13-01T00:00:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "0000-01-01T00:00:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00.Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00.1234567890Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00,5Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+2:00", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02:", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02:0", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+020", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02:000", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+24:00", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02:60", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00Zjunk", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00ZZ", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00+02:00 ", 0, 0, 0, 0, 0, 0, 0 },
		{ " 2026-07-03T21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00UTC", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00CEST", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:00*02:00", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T2a:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21-30-00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-0a-03T21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07_03T21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-0aT21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:3a:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30-00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-03T21:30:0aZ", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-00-03T21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "2026-07-00T21:30:00Z", 0, 0, 0, 0, 0, 0, 0 },
		{ "garbage", 0, 0, 0, 0, 0, 0, 0 },
		{ "20260703T213000Z", 0, 0, 0, 0, 0, 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int64_t out = 42;
		int rc = moment_parse(t[i].in, &out);

		if (t[i].ok) {
			if (rc != 0)
				fail_msg("rejected \"%s\"", t[i].in);
			assert_int_equal(out, utc(t[i].y, t[i].mo, t[i].d,
						  t[i].h, t[i].mi, t[i].s));
		} else {
			if (rc != -1)
				fail_msg("accepted \"%s\"", t[i].in);
			assert_int_equal(out, 42);
		}
	}
	assert_int_equal(moment_parse(NULL, &(int64_t){ 0 }), -1);
	{
		/* A very long fraction must not be read past its end. */
		char big[8192];

		strcpy(big, "2026-07-03T21:30:00.");
		memset(big + 20, '9', sizeof(big) - 22);
		big[sizeof(big) - 2] = 'Z';
		big[sizeof(big) - 1] = '\0';
		assert_int_equal(moment_parse(big, &(int64_t){ 0 }), -1);
	}
}

static void test_moment_format(void **state)
{
	static const struct { const char *in, *out; } t[] = {
		{ "2026-07-03T21:30:00Z", "2026-07-03T23:30:00+02:00" },
		{ "2026-07-03T22:30:00Z", "2026-07-04T00:30:00+02:00" },
		{ "2026-01-09T11:05:09Z", "2026-01-09T12:05:09+01:00" },
		{ "1970-01-01T00:00:00Z", "1970-01-01T01:00:00+01:00" },
		{ "1969-12-31T23:59:59Z", "1970-01-01T00:59:59+01:00" },
		{ "1969-12-31T22:59:59Z", "1969-12-31T23:59:59+01:00" },
		{ "2026-03-29T00:59:59Z", "2026-03-29T01:59:59+01:00" },
		{ "2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00" },
		{ "2026-10-25T00:59:59Z", "2026-10-25T02:59:59+02:00" },
		{ "2026-10-25T01:00:00Z", "2026-10-25T02:00:00+01:00" },
		{ "2026-12-31T23:00:00Z", "2027-01-01T00:00:00+01:00" },
		{ "9999-12-31T22:59:59Z", "9999-12-31T23:59:59+01:00" },
	};
	char buf[MOMENT_FORMAT_LEN];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int64_t u;

		assert_int_equal(moment_parse(t[i].in, &u), 0);
		memset(buf, 'x', sizeof(buf));
		moment_format_amsterdam(u, buf);
		assert_string_equal(buf, t[i].out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dst_edges),
		cmocka_unit_test(test_against_tzdata),
		cmocka_unit_test(test_local_day),
		cmocka_unit_test(test_day_start),
		cmocka_unit_test(test_from_local),
		cmocka_unit_test(test_moment_parse),
		cmocka_unit_test(test_moment_format),
	};

	return cmocka_run_group_tests_name("amsterdam", tests, NULL, NULL);
}
