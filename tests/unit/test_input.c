/*
 * test_input.c - the validated-input stage's parser (src/http/input.c):
 * each field type against what it must take and what it must refuse, with
 * the Dutch message a refusal carries. Table-driven, one row per case.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/input.h"

#include <stdio.h>
#include <string.h>

static const char *const colours[] = { "rood", "groen", NULL };
static const char *const sized[3] = { "a", "b", "c" };

#define SPEC(type, lo, hi, ch) { "veld", IN_QUERY, type, 0, lo, hi, ch, NULL }

struct row {
	struct field_spec spec;
	const char *in;
	int ok;
	int64_t want;          /* when ok */
};

static void run(const struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int64_t got = -12345;
		const char *msg = NULL;
		int rc = input_parse(&rows[i].spec, rows[i].in, &got, &msg);
		if (rows[i].ok && (rc != 0 || got != rows[i].want))
			fail_msg("row %zu (\"%s\"): rc %d, got %lld, want %lld", i, rows[i].in, rc,
				 (long long)got, (long long)rows[i].want);
		if (!rows[i].ok && (rc == 0 || !msg || !*msg))
			fail_msg("row %zu (\"%s\"): accepted, or refused without a message", i, rows[i].in);
	}
}

static void test_ids_and_keys(void **state)
{
	(void)state;
	static const struct row rows[] = {
		{ SPEC(FT_ID, 0, 0, NULL), "12", 1, 12 },
		{ SPEC(FT_ID, 0, 0, NULL), "0", 0, 0 },
		{ SPEC(FT_ID, 0, 0, NULL), "abc", 0, 0 },
		{ SPEC(FT_ID, 0, 0, NULL), "-1", 0, 0 },
		{ SPEC(FT_ID, 0, 0, NULL), "99999999999999999999", 0, 0 },
		{ SPEC(FT_KEY, 0, 0, NULL), "12", 1, 12 },
		{ SPEC(FT_KEY, 0, 0, NULL), "M-2026-000123", 1, 0 },     /* a reference: no id */
		{ SPEC(FT_KEY, 0, 0, NULL), "D-2026-00012", 1, 0 },
		{ SPEC(FT_KEY, 0, 0, NULL), "M 2026", 0, 0 },
		{ SPEC(FT_KEY, 0, 0, NULL), "../etc", 0, 0 },
		{ SPEC(FT_KEY, 0, 0, NULL), "M-2026-0001234567890123456", 0, 0 },   /* over 24 */
	};
	run(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_numbers(void **state)
{
	(void)state;
	static const struct row rows[] = {
		{ SPEC(FT_INT, 1, 100, NULL), "1", 1, 1 },
		{ SPEC(FT_INT, 1, 100, NULL), "100", 1, 100 },
		{ SPEC(FT_INT, 1, 100, NULL), "0", 0, 0 },
		{ SPEC(FT_INT, 1, 100, NULL), "101", 0, 0 },
		{ SPEC(FT_INT, -5, 5, NULL), "-5", 1, -5 },
		{ SPEC(FT_INT, 1, 100, NULL), "1e3", 0, 0 },
		{ SPEC(FT_INT, 1, 100, NULL), " 7", 0, 0 },
		/* An HTML pager never refuses: odd values show the first page. */
		{ SPEC(FT_PAGE, 0, 0, NULL), "3", 1, 3 },
		{ SPEC(FT_PAGE, 0, 0, NULL), "abc", 1, 1 },
		{ SPEC(FT_PAGE, 0, 0, NULL), "-3", 1, 1 },
		{ SPEC(FT_PAGE, 0, 0, NULL), "99999999999", 1, 1 },
		{ SPEC(FT_BOOL, 0, 0, NULL), "ja", 1, 1 },
		{ SPEC(FT_BOOL, 0, 0, NULL), "on", 1, 1 },
		{ SPEC(FT_BOOL, 0, 0, NULL), "nee", 1, 0 },
		{ SPEC(FT_BOOL, 0, 0, NULL), "0", 1, 0 },
		{ SPEC(FT_BOOL, 0, 0, NULL), "misschien", 0, 0 },
	};
	run(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_text_and_choices(void **state)
{
	(void)state;
	static const struct row rows[] = {
		{ SPEC(FT_TEXT, 0, 5, NULL), "hallo", 1, 0 },
		{ SPEC(FT_TEXT, 0, 5, NULL), "hallo!", 0, 0 },
		{ SPEC(FT_TEXT, 0, 0, NULL), "any length at all, no cap", 1, 0 },
		{ SPEC(FT_ENUM, 0, 0, colours), "groen", 1, 1 },
		{ SPEC(FT_ENUM, 0, 0, colours), "blauw", 0, 0 },
		{ SPEC(FT_ENUM, 0, 0, colours), "Rood", 0, 0 },
		{ SPEC(FT_ENUM, 0, 3, sized), "c", 1, 2 },            /* a table sized by its __MAX */
		{ SPEC(FT_ENUM, 0, 3, sized), "d", 0, 0 },
	};
	run(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_days_and_moments(void **state)
{
	(void)state;
	int32_t day;
	int64_t moment;
	assert_int_equal(days_parse("2027-02-01", &day), 0);
	assert_int_equal(moment_parse("2027-02-01T08:30:00+01:00", &moment), 0);
	const struct row rows[] = {
		{ SPEC(FT_DATE, 0, 0, NULL), "2027-02-01", 1, day },
		{ SPEC(FT_DATE, 0, 0, NULL), "2027-02-30", 0, 0 },
		{ SPEC(FT_DATE, 0, 0, NULL), "1-2-2027", 0, 0 },
		{ SPEC(FT_DATE, 0, 0, NULL), "morgen", 0, 0 },
		/* A day means its start in Amsterdam; a moment needs its offset. */
		{ SPEC(FT_MOMENT, 0, 0, NULL), "2027-02-01", 1, amsterdam_day_start(day) },
		{ SPEC(FT_MOMENT, 0, 0, NULL), "2027-02-01T08:30:00+01:00", 1, moment },
		{ SPEC(FT_MOMENT, 0, 0, NULL), "2027-02-01T08:30:00", 0, 0 },
	};
	run(rows, sizeof(rows) / sizeof(rows[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_and_keys),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_text_and_choices),
		cmocka_unit_test(test_days_and_moments),
	};
	return cmocka_run_group_tests_name("input stage", tests, NULL, NULL);
}
