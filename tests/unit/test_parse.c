/*
 * test_parse.c - the one parser for row ids and integers (src/lib/parse.c),
 * table-driven: what every path, form and query value goes through.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "lib/parse.h"

#include <stdio.h>

static void test_ids(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int64_t want;
	} cases[] = {
		{ "1", 1 }, { "12", 12 }, { "999999999999999", 999999999999999LL },
		{ NULL, 0 }, { "", 0 }, { "0", 0 }, { "012", 0 }, { "-1", 0 }, { "+1", 0 }, { " 1", 0 },
		{ "1 ", 0 }, { "abc", 0 }, { "12abc", 0 }, { "1e3", 0 }, { "0x10", 0 },
		{ "1000000000000000", 0 },            /* 16 digits: no row id is that large */
		{ "99999999999999999999999", 0 },     /* would overflow */
		{ "١٢", 0 },                          /* Arabic-Indic digits are not digits here */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (parse_id(cases[i].in) != cases[i].want)
			fail_msg("parse_id(\"%s\") = %lld, want %lld", cases[i].in ? cases[i].in : "NULL",
				 (long long)parse_id(cases[i].in), (long long)cases[i].want);
	}
}

static void test_integers(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int64_t min, max;
		int ok;
		int64_t want;
	} cases[] = {
		{ "0", 0, 10, 1, 0 }, { "10", 0, 10, 1, 10 }, { "11", 0, 10, 0, 0 }, { "-1", 0, 10, 0, 0 },
		{ "-5", -10, 10, 1, -5 }, { "007", 0, 10, 1, 7 }, { "", 0, 10, 0, 0 }, { "-", -10, 10, 0, 0 },
		{ "--1", -10, 10, 0, 0 }, { "+1", 0, 10, 0, 0 }, { "1.5", 0, 10, 0, 0 }, { "1,5", 0, 10, 0, 0 },
		{ " 1", 0, 10, 0, 0 }, { "1\n", 0, 10, 0, 0 }, { NULL, 0, 10, 0, 0 },
		{ "999999999999999999", 0, INT64_MAX, 1, 999999999999999999LL },
		{ "9999999999999999999", 0, INT64_MAX, 0, 0 },   /* 19 digits: refused, never wrapped */
		{ "-999999999999999999", INT64_MIN, 0, 1, -999999999999999999LL },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int64_t out = 42;
		int rc = parse_int64(cases[i].in, cases[i].min, cases[i].max, &out);
		if ((rc == 0) != cases[i].ok)
			fail_msg("parse_int64(\"%s\") returned %d", cases[i].in ? cases[i].in : "NULL", rc);
		/* On failure the caller's value stays as it was. */
		assert_int_equal(out, cases[i].ok ? cases[i].want : 42);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_integers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
