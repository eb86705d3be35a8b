/*
 * test_werkdagen.c - unit tests for domain/werkdagen.c: Easter, the
 * feestdagen, closing days, and werkdagen_add()/werkdagen_between().
 *
 * The feestdagen of 2024-2030 are written out by hand: Easter Sunday from
 * published calendars, the rest reckoned from it (+1, +39, +50) and from
 * the weekday of 1 January. add/between are checked against a reference
 * that walks day by day.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/days.h"
#include "domain/werkdagen.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int32_t D(const char *s)
{
	int32_t dn;

	if (days_parse(s, &dn) != 0)
		fail_msg("bad date in test: %s", s);
	return dn;
}

/* Every feestdag of 2024-2030 and its weekday (0 = Monday). */
static const struct {
	const char *date;
	const char *name;
	int weekday;
} feestdagen[] = {
	{ "2024-01-01", "Nieuwjaarsdag", 0 },
	{ "2024-04-01", "Tweede Paasdag", 0 },
	{ "2024-04-27", "Koningsdag", 5 },
	{ "2024-05-05", "Bevrijdingsdag", 6 },
	{ "2024-05-09", "Hemelvaartsdag", 3 },
	{ "2024-05-20", "Tweede Pinksterdag", 0 },
	{ "2024-12-25", "Eerste Kerstdag", 2 },
	{ "2024-12-26", "Tweede Kerstdag", 3 },

	{ "2025-01-01", "Nieuwjaarsdag", 2 },
	{ "2025-04-21", "Tweede Paasdag", 0 },
	{ "2025-04-26", "Koningsdag", 5 },	/* 27 April is a Sunday */
	{ "2025-05-05", "Bevrijdingsdag", 0 },
	{ "2025-05-29", "Hemelvaartsdag", 3 },
	{ "2025-06-09", "Tweede Pinksterdag", 0 },
	{ "2025-12-25", "Eerste Kerstdag", 3 },
	{ "2025-12-26", "Tweede Kerstdag", 4 },

	{ "2026-01-01", "Nieuwjaarsdag", 3 },
	{ "2026-04-06", "Tweede Paasdag", 0 },
	{ "2026-04-27", "Koningsdag", 0 },
	{ "2026-05-05", "Bevrijdingsdag", 1 },
	{ "2026-05-14", "Hemelvaartsdag", 3 },
	{ "2026-05-25", "Tweede Pinksterdag", 0 },
	{ "2026-12-25", "Eerste Kerstdag", 4 },
	{ "2026-12-26", "Tweede Kerstdag", 5 },

	{ "2027-01-01", "Nieuwjaarsdag", 4 },
	{ "2027-03-29", "Tweede Paasdag", 0 },
	{ "2027-04-27", "Koningsdag", 1 },
	{ "2027-05-05", "Bevrijdingsdag", 2 },
	{ "2027-05-06", "Hemelvaartsdag", 3 },
	{ "2027-05-17", "Tweede Pinksterdag", 0 },
	{ "2027-12-25", "Eerste Kerstdag", 5 },
	{ "2027-12-26", "Tweede Kerstdag", 6 },

	{ "2028-01-01", "Nieuwjaarsdag", 5 },
	{ "2028-04-17", "Tweede Paasdag", 0 },
	{ "2028-04-27", "Koningsdag", 3 },
	{ "2028-05-05", "Bevrijdingsdag", 4 },
	{ "2028-05-25", "Hemelvaartsdag", 3 },
	{ "2028-06-05", "Tweede Pinksterdag", 0 },
	{ "2028-12-25", "Eerste Kerstdag", 0 },
	{ "2028-12-26", "Tweede Kerstdag", 1 },

	{ "2029-01-01", "Nieuwjaarsdag", 0 },
	{ "2029-04-02", "Tweede Paasdag", 0 },
	{ "2029-04-27", "Koningsdag", 4 },
	{ "2029-05-05", "Bevrijdingsdag", 5 },
	{ "2029-05-10", "Hemelvaartsdag", 3 },
	{ "2029-05-21", "Tweede Pinksterdag", 0 },
	{ "2029-12-25", "Eerste Kerstdag", 1 },
	{ "2029-12-26", "Tweede Kerstdag", 2 },

	{ "2030-01-01", "Nieuwjaarsdag", 1 },
	{ "2030-04-22", "Tweede Paasdag", 0 },
	{ "2030-04-27", "Koningsdag", 5 },
	{ "2030-05-05", "Bevrijdingsdag", 6 },
	{ "2030-05-30", "Hemelvaartsdag", 3 },
	{ "2030-06-10", "Tweede Pinksterdag", 0 },
	{ "2030-12-25", "Eerste Kerstdag", 2 },
	{ "2030-12-26", "Tweede Kerstdag", 3 },
};

static int in_table(int32_t dn)
{
	for (size_t i = 0; i < ARRAY_SIZE(feestdagen); i++)
		if (D(feestdagen[i].date) == dn)
			return 1;
	return 0;
}

static void test_feestdagen_2024_2030(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(feestdagen); i++) {
		int32_t dn = D(feestdagen[i].date);
		const char *name = NULL;

		if (!werkdagen_is_holiday(dn, &name))
			fail_msg("%s is no feestdag", feestdagen[i].date);
		assert_non_null(name);
		assert_string_equal(name, feestdagen[i].name);
		assert_int_equal(days_weekday(dn), feestdagen[i].weekday);
		assert_int_equal(werkdagen_is_holiday(dn, NULL), 1);
		assert_false(werkdagen_is_workday(NULL, dn));
	}
	/* ...and no other day of those years is one. */
	for (int32_t dn = D("2024-01-01"); dn <= D("2030-12-31"); dn++) {
		const char *name = "x";
		int h = werkdagen_is_holiday(dn, &name);

		assert_int_equal(h, in_table(dn));
		if (!h)
			assert_null(name);
		assert_int_equal(werkdagen_is_workday(NULL, dn),
				 !h && days_weekday(dn) < 5);
	}
}

static void test_holidays_list(void **state)
{
	struct werkdagen_holiday h[WERKDAGEN_HOLIDAYS_MAX];
	size_t k = 0;

	(void)state;
	for (int y = 2024; y <= 2030; y++) {
		size_t n = werkdagen_holidays(y, h);

		assert_int_equal(n, 8);
		for (size_t i = 0; i < n; i++, k++) {
			assert_int_equal(h[i].day, D(feestdagen[k].date));
			assert_string_equal(h[i].name, feestdagen[k].name);
		}
	}
	/* 2016: Hemelvaartsdag on 5 May, one day with both names. */
	assert_int_equal(werkdagen_holidays(2016, h), 7);
	assert_int_equal(h[3].day, D("2016-05-05"));
	assert_string_equal(h[3].name, "Hemelvaartsdag en Bevrijdingsdag");
	{
		const char *name;

		assert_true(werkdagen_is_holiday(D("2016-05-05"), &name));
		assert_string_equal(name, "Hemelvaartsdag en Bevrijdingsdag");
	}
	/*
	 * Sum and count of the day numbers of all feestdagen 1600..2400,
	 * from an independent implementation (Gauss's Easter algorithm).
	 */
	{
		int64_t sum = 0;
		size_t count = 0;

		for (int y = 1600; y <= 2400; y++) {
			size_t n = werkdagen_holidays(y, h);

			for (size_t i = 0; i < n; i++)
				sum += h[i].day;
			count += n;
		}
		assert_int_equal(count, 6385);
		assert_int_equal(sum, 71287940);
	}
	/* Sorted, distinct and consistent with is_holiday for 1600..3000. */
	for (int y = 1600; y <= 3000; y++) {
		size_t n = werkdagen_holidays(y, h);

		assert_true(n == 7 || n == 8);
		for (size_t i = 0; i < n; i++) {
			const char *name;
			int yy, m, d;

			days_to_civil(h[i].day, &yy, &m, &d);
			assert_int_equal(yy, y);
			if (i > 0)
				assert_true(h[i].day > h[i - 1].day);
			assert_true(werkdagen_is_holiday(h[i].day, &name));
			assert_string_equal(name, h[i].name);
		}
	}
}

static void test_not_feestdagen(void **state)
{
	static const char *const t[] = {
		"2026-04-03",	/* Goede Vrijdag: a werkdag by default */
		"2026-04-05",	/* Eerste Paasdag: a Sunday, not in art. 3 */
		"2026-05-24",	/* Eerste Pinksterdag: idem */
		"2026-04-07",	/* Tuesday after Easter */
		"2026-04-26",	/* the day before a Monday Koningsdag */
		"2026-04-28",
		"2025-04-27",	/* Sunday: Koningsdag moved to the 26th */
		"2026-05-04",	/* Dodenherdenking */
		"2026-12-24",
		"2026-12-27",
		"2026-12-31",
		"2026-01-02",
		"2026-05-13",
		"2026-05-15",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		const char *name = "x";

		if (werkdagen_is_holiday(D(t[i]), &name))
			fail_msg("%s is a feestdag (%s)", t[i], name);
		assert_null(name);
	}
	assert_true(werkdagen_is_workday(NULL, D("2026-04-03")));
	assert_false(werkdagen_is_workday(NULL, D("2026-04-05")));
	/*
	 * 27 April is a Sunday in 2031 (1 January a Wednesday), 2036 (leap
	 * year, 1 January a Tuesday) and 2042; in 2037 it is a Monday.
	 */
	assert_true(werkdagen_is_holiday(D("2031-04-26"), NULL));
	assert_false(werkdagen_is_holiday(D("2031-04-27"), NULL));
	assert_true(werkdagen_is_holiday(D("2036-04-26"), NULL));
	assert_false(werkdagen_is_holiday(D("2036-04-27"), NULL));
	assert_true(werkdagen_is_holiday(D("2042-04-26"), NULL));
	assert_false(werkdagen_is_holiday(D("2042-04-27"), NULL));
	assert_false(werkdagen_is_holiday(D("2037-04-26"), NULL));
	assert_true(werkdagen_is_holiday(D("2037-04-27"), NULL));
}

static void test_easter(void **state)
{
	static const char *const t[] = {
		"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
		"2028-04-16", "2029-04-01", "2030-04-21",
		"1818-03-22", "2285-03-22",	/* earliest possible */
		"1943-04-25", "2038-04-25",	/* latest possible */
		"2000-04-23", "2008-03-23", "2011-04-24", "2016-03-27",
		"2019-04-21",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int y, m, d;

		days_to_civil(D(t[i]), &y, &m, &d);
		assert_int_equal(werkdagen_easter(y), D(t[i]));
	}
	/* Always a Sunday between 22 March and 25 April. */
	for (int y = 1583; y <= 9999; y++) {
		int32_t e = werkdagen_easter(y);

		assert_int_equal(days_weekday(e), 6);
		assert_true(e >= days_from_civil(y, 3, 22));
		assert_true(e <= days_from_civil(y, 4, 25));
	}
}

static const int32_t no_days[1];

static void test_cal_check(void **state)
{
	int32_t sorted[] = { 1, 2, 2, 5 };
	int32_t unsorted[] = { 1, 5, 2 };
	struct werkdagen_cal ok = { .closing = sorted, .n_closing = ARRAY_SIZE(sorted) };
	struct werkdagen_cal bad = { .closing = unsorted, .n_closing = ARRAY_SIZE(unsorted) };
	struct werkdagen_cal empty = { .closing = NULL, .n_closing = 0 };
	struct werkdagen_cal null_array = { .closing = NULL, .n_closing = 3 };
	struct werkdagen_cal zero = { .closing = no_days, .n_closing = 0 };

	(void)state;
	assert_int_equal(werkdagen_cal_check(&ok), 0);
	assert_int_equal(werkdagen_cal_check(&bad), -1);
	assert_int_equal(werkdagen_cal_check(&empty), 0);
	assert_int_equal(werkdagen_cal_check(&zero), 0);
	assert_int_equal(werkdagen_cal_check(&null_array), -1);
	assert_int_equal(werkdagen_cal_check(NULL), 0);
}

static void test_closing_days(void **state)
{
	/* Goede Vrijdag, the days between Christmas and New Year, a
	 * Saturday and a feestdag (both no-ops) and a duplicate. */
	const int32_t closing[] = {
		D("2026-04-03"), D("2026-04-04"), D("2026-04-27"),
		D("2026-12-28"), D("2026-12-29"), D("2026-12-29"),
		D("2026-12-30"), D("2026-12-31"),
	};
	struct werkdagen_cal cal = { .closing = closing, .n_closing = ARRAY_SIZE(closing) };

	(void)state;
	assert_int_equal(werkdagen_cal_check(&cal), 0);
	assert_true(werkdagen_is_closing(&cal, D("2026-04-03")));
	assert_true(werkdagen_is_closing(&cal, D("2026-12-31")));
	assert_false(werkdagen_is_closing(&cal, D("2026-04-02")));
	assert_false(werkdagen_is_closing(&cal, D("2027-01-01")));
	assert_false(werkdagen_is_closing(&cal, D("2020-01-01")));
	assert_false(werkdagen_is_closing(NULL, D("2026-04-03")));

	assert_false(werkdagen_is_workday(&cal, D("2026-04-03")));
	assert_true(werkdagen_is_workday(NULL, D("2026-04-03")));
	assert_true(werkdagen_is_workday(&cal, D("2026-04-02")));
	assert_false(werkdagen_is_workday(&cal, D("2026-12-29")));
	assert_true(werkdagen_is_workday(&cal, D("2027-01-04")));

	/* A week with Goede Vrijdag closed and Easter Monday. */
	assert_int_equal(werkdagen_between(NULL, D("2026-04-02"),
					   D("2026-04-07")), 2);
	assert_int_equal(werkdagen_between(&cal, D("2026-04-02"),
					   D("2026-04-07")), 1);
	/* 2026-12-24 .. 2027-01-04: Christmas on Fri/Sat, New Year Fri. */
	assert_int_equal(werkdagen_between(NULL, D("2026-12-24"),
					   D("2027-01-04")), 5);
	assert_int_equal(werkdagen_between(&cal, D("2026-12-24"),
					   D("2027-01-04")), 1);
	assert_int_equal(werkdagen_add(&cal, D("2026-12-24"), 1),
			 D("2027-01-04"));
	assert_int_equal(werkdagen_add(&cal, D("2026-12-24"), 2),
			 D("2027-01-05"));
}

/* Terms as case workers count them. */
static const struct {
	const char *from;
	int n;
	const char *to;
	int goede_vrijdag_closed;
} add_cases[] = {
	/* Received on a Friday: Mon, Tue. */
	{ "2026-07-03", 2, "2026-07-07", 0 },
	{ "2026-07-03", 5, "2026-07-10", 0 },
	{ "2026-07-03", 10, "2026-07-17", 0 },
	{ "2026-07-03", 1, "2026-07-06", 0 },
	{ "2026-07-03", 0, "2026-07-03", 0 },
	/* Received on a weekend day: counting starts on Monday. */
	{ "2026-07-04", 1, "2026-07-06", 0 },
	{ "2026-07-05", 2, "2026-07-07", 0 },
	{ "2026-07-05", 0, "2026-07-05", 0 },
	{ "2026-07-05", 5, "2026-07-10", 0 },
	/* Easter: Goede Vrijdag counts, Easter Monday does not. */
	{ "2026-04-02", 1, "2026-04-03", 0 },
	{ "2026-04-02", 2, "2026-04-07", 0 },
	{ "2026-04-02", 2, "2026-04-08", 1 },
	{ "2026-04-02", 10, "2026-04-17", 0 },
	/* Koningsdag on Monday 2026-04-27. */
	{ "2026-04-24", 1, "2026-04-28", 0 },
	/* Bevrijdingsdag Tue 5 May, Hemelvaart Thu 14 May, Pinkster-
	 * maandag 25 May 2026. */
	{ "2026-05-02", 2, "2026-05-06", 0 },
	{ "2026-05-08", 10, "2026-05-26", 0 },
	{ "2026-05-13", 1, "2026-05-15", 0 },
	/* Over Christmas and New Year. */
	{ "2025-12-19", 10, "2026-01-07", 0 },
	{ "2025-12-24", 1, "2025-12-29", 0 },
	{ "2025-12-31", 1, "2026-01-02", 0 },
	/* Koningsdag 2025 on Saturday the 26th changes nothing. */
	{ "2025-04-25", 1, "2025-04-28", 0 },
	/* Easter Monday 2025-04-21. */
	{ "2025-04-17", 2, "2025-04-22", 0 },
	/* Long terms: 2026 has 254 werkdagen (see test_between_cases);
	 * the last four are 28-31 December. */
	{ "2026-01-01", 250, "2026-12-24", 0 },
	{ "2026-01-01", 254, "2026-12-31", 0 },
	{ "2026-01-01", 255, "2027-01-04", 0 },
};

static void test_add_cases(void **state)
{
	const int32_t gv[] = { D("2026-04-03") };
	struct werkdagen_cal cal_gv = { .closing = gv, .n_closing = 1 };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(add_cases); i++) {
		const struct werkdagen_cal *cal =
			add_cases[i].goede_vrijdag_closed ? &cal_gv : NULL;
		int32_t from = D(add_cases[i].from), to = D(add_cases[i].to);
		int32_t got = werkdagen_add(cal, from, add_cases[i].n);

		if (got != to) {
			char buf[DAYS_FORMAT_LEN];

			days_format(got, buf);
			fail_msg("%s + %d = %s, want %s", add_cases[i].from,
				 add_cases[i].n, buf, add_cases[i].to);
		}
		assert_int_equal(werkdagen_between(cal, from, to),
				 add_cases[i].n);
		assert_int_equal(werkdagen_between(cal, to, from),
				 -add_cases[i].n);
	}
}

static void test_between_cases(void **state)
{
	static const struct { const char *a, *b; int n; } t[] = {
		{ "2026-07-03", "2026-07-03", 0 },
		{ "2026-07-03", "2026-07-04", 0 },	/* Fri -> Sat */
		{ "2026-07-03", "2026-07-05", 0 },
		{ "2026-07-03", "2026-07-06", 1 },
		{ "2026-07-04", "2026-07-05", 0 },
		{ "2026-07-05", "2026-07-06", 1 },
		{ "2026-07-06", "2026-07-10", 4 },
		{ "2026-07-06", "2026-07-13", 5 },
		{ "2026-01-01", "2026-12-31", 254 },	/* see below */
		{ "2025-12-31", "2026-12-31", 254 },
		{ "2024-12-31", "2025-12-31", 254 },
		/* From an independent implementation (Gauss's Easter). */
		{ "1999-12-31", "2030-12-31", 7885 },
		{ "1600-01-01", "2400-01-01", 203475 },
		{ "2026-07-10", "2026-07-06", -4 },
	};

	(void)state;
	/*
	 * 2026: 261 weekdays (52 weeks and one day, 1 January a Thursday);
	 * 7 feestdagen on a weekday (1/1, 6/4, 27/4, 5/5, 14/5, 25/5,
	 * 25/12; 26/12 is a Saturday): 254 werkdagen, none of them on
	 * 1 January, so (1 Jan, 31 Dec] holds all 254. 2025 likewise: 261
	 * weekdays (1 January a Wednesday), 7 feestdagen on a weekday
	 * (Koningsdag is Saturday the 26th).
	 */
	for (size_t i = 0; i < ARRAY_SIZE(t); i++) {
		int32_t a = D(t[i].a), b = D(t[i].b);
		int n = 0;

		/* Walk it to be sure the table is right... */
		if (a <= b) {
			for (int32_t d = a + 1; d <= b; d++)
				n += werkdagen_is_workday(NULL, d);
		} else {
			for (int32_t d = b + 1; d <= a; d++)
				n -= werkdagen_is_workday(NULL, d);
		}
		assert_int_equal(n, t[i].n);
		/* ...and that the fast path agrees. */
		assert_int_equal(werkdagen_between(NULL, a, b), t[i].n);
	}
}

/* Reference implementations that walk the calendar one day at a time. */
static int ref_between(const struct werkdagen_cal *cal, int32_t a, int32_t b)
{
	int n = 0;

	for (int32_t d = a + 1; d <= b; d++)
		n += werkdagen_is_workday(cal, d);
	return n;
}

static int32_t ref_add(const struct werkdagen_cal *cal, int32_t day, int n)
{
	while (n > 0)
		n -= werkdagen_is_workday(cal, ++day);
	return day;
}

/* A small deterministic PRNG, so failures reproduce (xorshift32). */
static uint32_t rnd_state = 2463534242u;

static uint32_t rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state;
}

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return (x > y) - (x < y);
}

static void check_properties(const struct werkdagen_cal *cal, int rounds)
{
	int32_t lo = D("1990-01-01"), hi = D("2060-12-31");

	for (int i = 0; i < rounds; i++) {
		int32_t a = lo + (int32_t)(rnd() % (uint32_t)(hi - lo));
		int n = (int)(rnd() % 4 == 0 ? rnd() % 600 : rnd() % 15);
		int32_t t = werkdagen_add(cal, a, n);
		int32_t b = a + (int32_t)(rnd() % 400);

		if (t != ref_add(cal, a, n))
			fail_msg("add(%d, %d) = %d, reference %d", a, n, t,
				 ref_add(cal, a, n));
		assert_int_equal(werkdagen_between(cal, a, t), n);
		if (n > 0) {
			assert_true(werkdagen_is_workday(cal, t));
			/* The earliest such day. */
			assert_int_equal(werkdagen_between(cal, a, t - 1), n - 1);
		} else {
			assert_int_equal(t, a);
		}
		assert_int_equal(werkdagen_between(cal, a, b),
				 ref_between(cal, a, b));
		assert_int_equal(werkdagen_between(cal, b, a),
				 -werkdagen_between(cal, a, b));
	}
}

static void test_properties_no_closing(void **state)
{
	(void)state;
	check_properties(NULL, 20000);
	{
		struct werkdagen_cal empty = { .closing = NULL, .n_closing = 0 };

		check_properties(&empty, 2000);
	}
}

static void test_properties_closing(void **state)
{
	(void)state;
	for (int round = 0; round < 20; round++) {
		/* Dense and sparse sets, with duplicates and weekends. */
		size_t n = round % 2 ? 40 : 4000;
		int32_t span = round % 3 ? D("2060-12-31") - D("1990-01-01") :
					   3000;
		int32_t *closing = malloc(n * sizeof(*closing));
		struct werkdagen_cal cal = { .closing = closing, .n_closing = n };

		assert_non_null(closing);
		for (size_t i = 0; i < n; i++)
			closing[i] = D("1990-01-01") +
				     (int32_t)(rnd() % (uint32_t)span);
		if (n > 2)
			closing[1] = closing[0];
		qsort(closing, n, sizeof(*closing), cmp_i32);
		assert_int_equal(werkdagen_cal_check(&cal), 0);
		check_properties(&cal, 1500);
		free(closing);
	}
}

/*
 * A feestdag the corporation works on is a werkdag: Koningsdag 2026 is a
 * Monday, so a melding of Friday 24 April is due Tuesday instead of
 * Wednesday. A day both worked and closed is closed; "working" on a day
 * that is no feestdag, or on a feestdag in the weekend, changes nothing.
 */
static void test_open_feestdag(void **state)
{
	(void)state;
	const int32_t open[] = { D("2026-04-22"), D("2026-04-27"), D("2026-05-05"), D("2027-12-25") };
	const int32_t closing[] = { D("2026-05-05") };
	struct werkdagen_cal cal = { .open = open, .n_open = ARRAY_SIZE(open) };
	struct werkdagen_cal both = { .closing = closing, .n_closing = 1, .open = open, .n_open = ARRAY_SIZE(open) };

	assert_int_equal(werkdagen_cal_check(&both), 0);
	assert_false(werkdagen_is_workday(NULL, D("2026-04-27")));
	assert_true(werkdagen_is_workday(&cal, D("2026-04-27")));
	assert_true(werkdagen_is_open_feestdag(&cal, D("2026-04-27")));
	assert_false(werkdagen_is_open_feestdag(&cal, D("2026-04-22")));   /* a Wednesday, no feestdag */
	assert_true(werkdagen_is_workday(&cal, D("2026-04-22")));
	assert_false(werkdagen_is_workday(&cal, D("2027-12-25")));         /* a Saturday */
	assert_true(werkdagen_is_workday(&cal, D("2026-05-05")));
	assert_false(werkdagen_is_workday(&both, D("2026-05-05")));        /* closed wins */

	assert_int_equal(werkdagen_add(NULL, D("2026-04-24"), 2), D("2026-04-29"));
	assert_int_equal(werkdagen_add(&cal, D("2026-04-24"), 2), D("2026-04-28"));
	/* 10 werkdagen from Friday 24 April: Koningsdag and Bevrijdingsdag count now. */
	assert_int_equal(werkdagen_add(NULL, D("2026-04-24"), 10), D("2026-05-12"));
	assert_int_equal(werkdagen_add(&cal, D("2026-04-24"), 10), D("2026-05-08"));
	assert_int_equal(werkdagen_add(&both, D("2026-04-24"), 10), D("2026-05-11"));
	assert_int_equal(werkdagen_between(&cal, D("2026-04-24"), D("2026-05-08")), 10);
	assert_int_equal(werkdagen_between(&both, D("2026-04-24"), D("2026-05-08")), 9);
	assert_int_equal(werkdagen_between(&cal, D("2026-05-08"), D("2026-04-24")), -10);
	/* Unsorted open days are refused like unsorted closing days. */
	const int32_t unsorted[] = { D("2026-05-05"), D("2026-04-27") };
	struct werkdagen_cal bad = { .open = unsorted, .n_open = 2 };
	assert_int_equal(werkdagen_cal_check(&bad), -1);
}

/* Open feestdagen and closing days together, against the day-by-day reference. */
static void test_properties_open(void **state)
{
	(void)state;
	for (int round = 0; round < 10; round++) {
		size_t n_open = 0, n_closing = 400;
		int32_t *open = malloc(80 * 8 * sizeof(*open)), *closing = malloc(n_closing * sizeof(*closing));
		assert_non_null(open);
		assert_non_null(closing);
		/* Some of the feestdagen of each year, plus days that are none. */
		for (int y = 1990; y <= 2060; y++) {
			struct werkdagen_holiday h[WERKDAGEN_HOLIDAYS_MAX];
			size_t nh = werkdagen_holidays(y, h);
			for (size_t k = 0; k < nh; k++)
				if (rnd() % 2)
					open[n_open++] = h[k].day;
			open[n_open++] = D("1990-01-01") + (int32_t)(rnd() % 25000u);
		}
		for (size_t i = 0; i < n_closing; i++)
			closing[i] = i % 3 == 0 && n_open ? open[rnd() % n_open] :
				     D("1990-01-01") + (int32_t)(rnd() % 25000u);
		qsort(open, n_open, sizeof(*open), cmp_i32);
		qsort(closing, n_closing, sizeof(*closing), cmp_i32);
		struct werkdagen_cal cal = { .closing = closing, .n_closing = n_closing, .open = open, .n_open = n_open };
		assert_int_equal(werkdagen_cal_check(&cal), 0);
		check_properties(&cal, 1500);
		free(open);
		free(closing);
	}
}

/* Every start day of 2024-2030 and every n up to 60: exhaustive. */
static void test_exhaustive_recent(void **state)
{
	const int32_t closing[] = {
		D("2025-12-29"), D("2025-12-30"), D("2025-12-31"),
		D("2026-04-03"), D("2026-05-15"), D("2027-03-26"),
		D("2028-01-01"),	/* Saturday and a feestdag */
	};
	struct werkdagen_cal cal = { .closing = closing, .n_closing = ARRAY_SIZE(closing) };

	(void)state;
	for (int32_t a = D("2024-01-01"); a <= D("2030-12-31"); a++) {
		int32_t ref = a;

		for (int n = 0; n <= 60; n++) {
			if (n > 0)
				ref = ref_add(&cal, ref, 1);
			assert_int_equal(werkdagen_add(&cal, a, n), ref);
			assert_int_equal(werkdagen_between(&cal, a, ref), n);
		}
	}
}

/*
 * The extreme Easter years, where the feestdagen touch the edges of the
 * spring window: Easter on 22 March (1818, 2285: tweede Paasdag 23 March),
 * on 25 April (1943, 2038: tweede Pinksterdag 14 June), and 2016 with
 * Hemelvaartsdag on 5 May. Every start day from 1 March to 1 July and
 * every n up to 40, against the reference.
 */
static void test_extreme_easter_years(void **state)
{
	static const int years[] = { 1818, 2285, 1943, 2038, 2016 };

	(void)state;
	assert_true(werkdagen_is_holiday(D("1818-03-23"), NULL));
	assert_true(werkdagen_is_holiday(D("2285-03-23"), NULL));
	assert_true(werkdagen_is_holiday(D("2038-06-14"), NULL));
	assert_true(werkdagen_is_holiday(D("1943-06-14"), NULL));
	for (size_t i = 0; i < ARRAY_SIZE(years); i++) {
		int32_t from = days_from_civil(years[i], 3, 1);
		int32_t to = days_from_civil(years[i], 7, 1);

		for (int32_t a = from; a <= to; a++) {
			int32_t ref = a;

			for (int n = 0; n <= 40; n++) {
				if (n > 0)
					ref = ref_add(NULL, ref, 1);
				assert_int_equal(werkdagen_add(NULL, a, n), ref);
				assert_int_equal(werkdagen_between(NULL, a, ref), n);
				assert_int_equal(werkdagen_between(NULL, a, a + n),
						 ref_between(NULL, a, a + n));
			}
		}
	}
}

/* Far from today, and across negative day numbers. */
static void test_far_years(void **state)
{
	(void)state;
	for (int32_t a = D("1960-01-01"); a <= D("1980-01-01"); a += 3)
		assert_int_equal(werkdagen_add(NULL, a, 23),
				 ref_add(NULL, a, 23));
	assert_int_equal(werkdagen_between(NULL, D("1600-01-01"),
					   D("2400-01-01")),
			 ref_between(NULL, D("1600-01-01"), D("2400-01-01")));
	assert_int_equal(werkdagen_add(NULL, D("1600-01-01"), 200000),
			 ref_add(NULL, D("1600-01-01"), 200000));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feestdagen_2024_2030),
		cmocka_unit_test(test_holidays_list),
		cmocka_unit_test(test_not_feestdagen),
		cmocka_unit_test(test_easter),
		cmocka_unit_test(test_cal_check),
		cmocka_unit_test(test_closing_days),
		cmocka_unit_test(test_add_cases),
		cmocka_unit_test(test_between_cases),
		cmocka_unit_test(test_properties_no_closing),
		cmocka_unit_test(test_properties_closing),
		cmocka_unit_test(test_open_feestdag),
		cmocka_unit_test(test_properties_open),
		cmocka_unit_test(test_exhaustive_recent),
		cmocka_unit_test(test_extreme_easter_years),
		cmocka_unit_test(test_far_years),
	};

	return cmocka_run_group_tests_name("werkdagen", tests, NULL, NULL);
}
