/*
 * test_routing.c - the pure routing match (domain/routing.c): every kind
 * of condition alone and together, "any", a rule that is off, the first
 * match winning, time windows on their edges and across midnight, and the
 * time-of-day parser.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/melding.h"
#include "domain/routing.h"

/* A rule that matches anything, switched on. */
#define ANY { .actief = 1, .category_id = 0, .area_id = 0, .kanaal = -1, .van = -1, .tot = -1 }

static const struct routing_facts melding = {
	.category_id = 3, .wijk_id = 10, .buurt_id = 11, .kanaal = KANAAL_TELEFOON, .minute = 9 * 60 + 30,
};

static void test_any_matches_everything(void **state)
{
	struct routing_cond r = ANY;
	struct routing_facts onbekend = { .category_id = 1, .kanaal = KANAAL_API, .minute = 0 };

	(void)state;
	assert_true(routing_matches(&r, &melding));
	assert_true(routing_matches(&r, &onbekend));
}

static void test_switched_off_never_matches(void **state)
{
	struct routing_cond r = ANY;

	(void)state;
	r.actief = 0;
	assert_false(routing_matches(&r, &melding));
	assert_int_equal(routing_first(&r, 1, &melding, 0), -1);
}

static void test_each_condition(void **state)
{
	static const struct {
		struct routing_cond r;
		int want;
	} cases[] = {
		{ { .actief = 1, .category_id = 3, .kanaal = -1, .van = -1, .tot = -1 }, 1 },
		{ { .actief = 1, .category_id = 4, .kanaal = -1, .van = -1, .tot = -1 }, 0 },
		{ { .actief = 1, .area_id = 10, .kanaal = -1, .van = -1, .tot = -1 }, 1 },   /* its wijk */
		{ { .actief = 1, .area_id = 11, .kanaal = -1, .van = -1, .tot = -1 }, 1 },   /* its buurt */
		{ { .actief = 1, .area_id = 12, .kanaal = -1, .van = -1, .tot = -1 }, 0 },   /* another buurt */
		{ { .actief = 1, .kanaal = KANAAL_TELEFOON, .van = -1, .tot = -1 }, 1 },
		{ { .actief = 1, .kanaal = KANAAL_WEBFORMULIER, .van = -1, .tot = -1 }, 0 },
		{ { .actief = 1, .kanaal = -1, .van = 9 * 60, .tot = 17 * 60 }, 1 },
		{ { .actief = 1, .kanaal = -1, .van = 17 * 60, .tot = 9 * 60 }, 0 },          /* the night */
		/* all at once: one wrong condition is enough to miss */
		{ { .actief = 1, .category_id = 3, .area_id = 11, .kanaal = KANAAL_TELEFOON, .van = 9 * 60, .tot = 10 * 60 }, 1 },
		{ { .actief = 1, .category_id = 3, .area_id = 11, .kanaal = KANAAL_EMAIL, .van = 9 * 60, .tot = 10 * 60 }, 0 },
		{ { .actief = 1, .category_id = 3, .area_id = 11, .kanaal = KANAAL_TELEFOON, .van = 10 * 60, .tot = 11 * 60 }, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (routing_matches(&cases[i].r, &melding) != cases[i].want)
			fail_msg("case %zu: want %d", i, cases[i].want);
	}
}

static void test_area_rule_misses_onbekend(void **state)
{
	struct routing_cond r = { .actief = 1, .area_id = 10, .kanaal = -1, .van = -1, .tot = -1 };
	struct routing_facts f = melding;

	(void)state;
	f.wijk_id = f.buurt_id = 0;
	assert_false(routing_matches(&r, &f));
}

static void test_window_edges(void **state)
{
	struct routing_cond day = { .actief = 1, .kanaal = -1, .van = 8 * 60, .tot = 17 * 60 };
	struct routing_cond night = { .actief = 1, .kanaal = -1, .van = 22 * 60, .tot = 6 * 60 };
	static const struct {
		int minute, in_day, in_night;
	} cases[] = {
		{ 0, 0, 1 }, { 6 * 60 - 1, 0, 1 }, { 6 * 60, 0, 0 }, { 8 * 60 - 1, 0, 0 }, { 8 * 60, 1, 0 },
		{ 17 * 60 - 1, 1, 0 }, { 17 * 60, 0, 0 }, { 22 * 60 - 1, 0, 0 }, { 22 * 60, 0, 1 }, { 1439, 0, 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct routing_facts f = melding;
		f.minute = cases[i].minute;
		if (routing_matches(&day, &f) != cases[i].in_day || routing_matches(&night, &f) != cases[i].in_night)
			fail_msg("minute %d: want day %d night %d", cases[i].minute, cases[i].in_day, cases[i].in_night);
	}
}

static void test_first_match_wins(void **state)
{
	struct routing_cond rules[4] = {
		{ .actief = 1, .category_id = 99, .kanaal = -1, .van = -1, .tot = -1 },   /* misses */
		{ .actief = 0, .kanaal = -1, .van = -1, .tot = -1 },                      /* off */
		{ .actief = 1, .area_id = 10, .kanaal = -1, .van = -1, .tot = -1 },       /* first match */
		ANY,                                                                     /* also matches */
	};

	(void)state;
	assert_int_equal(routing_first(rules, 4, &melding, 0), 2);
	/* The caller goes on after a match whose person cannot take the melding. */
	assert_int_equal(routing_first(rules, 4, &melding, 3), 3);
	assert_int_equal(routing_first(rules, 4, &melding, 4), -1);
	assert_int_equal(routing_first(rules, 0, &melding, 0), -1);
}

static void test_parse_time(void **state)
{
	static const struct {
		const char *in;
		int want;   /* minutes, or -1: refused */
	} cases[] = {
		{ "08:00", 480 }, { "8:00", 480 }, { " 23:59 ", 1439 }, { "0:00", 0 }, { "17.30", 1050 },
		{ "24:00", -1 }, { "12:60", -1 }, { "12", -1 }, { "12:5", -1 }, { "", -1 }, { "ab:cd", -1 },
		{ "123:00", -1 }, { "12:000", -1 }, { "12:00x", -1 }, { "-1:00", -1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int m = -7;
		int rc = routing_parse_time(cases[i].in, &m);
		if (cases[i].want < 0 ? rc != -1 : rc != 0 || m != cases[i].want)
			fail_msg("\"%s\": rc %d minute %d, want %d", cases[i].in, rc, m, cases[i].want);
	}
	assert_int_equal(routing_parse_time(NULL, &(int){ 0 }), -1);
}

static void test_format_time(void **state)
{
	char out[6];

	(void)state;
	routing_format_time(0, out);
	assert_string_equal(out, "00:00");
	routing_format_time(1050, out);
	assert_string_equal(out, "17:30");
	routing_format_time(1439, out);
	assert_string_equal(out, "23:59");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_any_matches_everything),
		cmocka_unit_test(test_switched_off_never_matches),
		cmocka_unit_test(test_each_condition),
		cmocka_unit_test(test_area_rule_misses_onbekend),
		cmocka_unit_test(test_window_edges),
		cmocka_unit_test(test_first_match_wins),
		cmocka_unit_test(test_parse_time),
		cmocka_unit_test(test_format_time),
	};

	return cmocka_run_group_tests_name("routing", tests, NULL, NULL);
}
