/*
 * test_dagboek.c - unit tests for domain/dagboek.c: checking a diary entry
 * of the melder (text, from and until in Amsterdam time, severity) at a
 * fixed "now", and the datetime-local reading and writing across the DST
 * change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/amsterdam.h"
#include "domain/dagboek.h"
#include "domain/fields.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Tuesday 1 December 2026, 22:30 in Amsterdam (CET): 21:30 UTC. */
static int64_t now_fixed(void)
{
	int64_t t;
	assert_int_equal(amsterdam_from_local(2026, 12, 1, 22, 30, 0, &t), 0);
	return t;
}

struct case_ {
	const char *tekst, *van, *tot, *ernst;
	const char *bad;      /* the field that must be refused, or NULL: accepted */
};

static void test_validate_table(void **state)
{
	(void)state;
	static char too_long[DAGBOEK_TEKST_MAX + 2];
	static char just_right[DAGBOEK_TEKST_MAX + 1];
	memset(too_long, 'a', sizeof(too_long) - 1);
	memset(just_right, 'a', sizeof(just_right) - 1);
	const struct case_ cases[] = {
		{ "Harde muziek tot diep in de nacht", "2026-12-01T22:00", "2026-12-01T22:25", "3", NULL },
		{ "Zonder einde", "2026-12-01T22:00", "", "1", NULL },
		{ "Zonder einde (NULL)", "2026-12-01T22:00", NULL, "5", NULL },
		{ "Met seconden", "2026-12-01T22:00:30", NULL, "2", NULL },
		{ just_right, "2026-12-01T22:00", NULL, "4", NULL },
		{ "Regel een\nRegel twee\tmet tab", "2026-11-30T08:00", NULL, "3", NULL },
		/* a little of the future: a phone's clock ahead */
		{ "Net in de toekomst", "2026-12-01T22:40", NULL, "3", NULL },
		/* tekst */
		{ "", "2026-12-01T22:00", NULL, "3", "tekst" },
		{ "   \n ", "2026-12-01T22:00", NULL, "3", "tekst" },
		{ NULL, "2026-12-01T22:00", NULL, "3", "tekst" },
		{ too_long, "2026-12-01T22:00", NULL, "3", "tekst" },
		{ "bel\x07", "2026-12-01T22:00", NULL, "3", "tekst" },
		{ "\xff\xfe", "2026-12-01T22:00", NULL, "3", "tekst" },
		/* van */
		{ "x", "", NULL, "3", "van" },
		{ "x", NULL, NULL, "3", "van" },
		{ "x", "gisteren", NULL, "3", "van" },
		{ "x", "2026-12-01", NULL, "3", "van" },
		{ "x", "2026-13-01T22:00", NULL, "3", "van" },
		{ "x", "2026-02-30T22:00", NULL, "3", "van" },
		{ "x", "2026-12-01T24:00", NULL, "3", "van" },
		{ "x", "2026-12-01T22:00+01:00", NULL, "3", "van" },
		{ "x", "2026-12-01T23:00", NULL, "3", "van" },        /* half an hour ahead */
		{ "x", "2027-12-01T22:00", NULL, "3", "van" },
		{ "x", "2025-11-30T22:00", NULL, "3", "van" },        /* more than a year back */
		{ "x", "0999-12-01T22:00", NULL, "3", "van" },
		/* tot */
		{ "x", "2026-12-01T22:00", "2026-12-01T21:59", "3", "tot" },   /* before van */
		{ "x", "2026-12-01T22:00", "2026-12-01T23:30", "3", "tot" },   /* future */
		{ "x", "2026-11-20T22:00", "2026-11-28T22:00", "3", "tot" },   /* more than a week */
		{ "x", "2026-12-01T22:00", "later", "3", "tot" },
		/* ernst */
		{ "x", "2026-12-01T22:00", NULL, "", "ernst" },
		{ "x", "2026-12-01T22:00", NULL, NULL, "ernst" },
		{ "x", "2026-12-01T22:00", NULL, "0", "ernst" },
		{ "x", "2026-12-01T22:00", NULL, "6", "ernst" },
		{ "x", "2026-12-01T22:00", NULL, "10", "ernst" },
		{ "x", "2026-12-01T22:00", NULL, "3 ", "ernst" },
		{ "x", "2026-12-01T22:00", NULL, "erg", "ernst" },
	};
	int64_t now = now_fixed();

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct dagboek_fields in = { cases[i].tekst, cases[i].van, cases[i].tot, cases[i].ernst };
		struct dagboek_valid v;
		struct field_errors errs = { 0 };
		int n = dagboek_validate(&in, now, &v, &errs);
		if (!cases[i].bad) {
			if (n != 0)
				fail_msg("case %zu (%s) refused: %s", i, cases[i].van ? cases[i].van : "-", errs.e[0].message);
			assert_int_equal(v.ernst, cases[i].ernst[0] - '0');
			assert_ptr_equal(v.tekst, cases[i].tekst);
			assert_true(v.van > 0);
		} else {
			if (n != 1 || !field_error_for(&errs, cases[i].bad))
				fail_msg("case %zu: want one error on %s, got %d (%s: %s)", i, cases[i].bad, n,
					 n ? errs.e[0].field : "-", n ? errs.e[0].message : "-");
		}
	}
}

/* Every field wrong at once: one Dutch message each, in the order of the form. */
static void test_all_wrong(void **state)
{
	(void)state;
	struct dagboek_fields in = { "", "morgen", "ooit", "9" };
	struct dagboek_valid v;
	struct field_errors errs = { 0 };

	assert_int_equal(dagboek_validate(&in, now_fixed(), &v, &errs), 4);
	assert_string_equal(errs.e[0].field, "tekst");
	assert_string_equal(errs.e[1].field, "van");
	assert_string_equal(errs.e[2].field, "tot");
	assert_string_equal(errs.e[3].field, "ernst");
	assert_string_equal(field_error_for(&errs, "tekst"), "Beschrijf wat er gebeurde.");
}

/* The values are Amsterdam wall time: winter +01:00, summer +02:00, and tot is kept. */
static void test_moments(void **state)
{
	(void)state;
	int64_t t, now = now_fixed();
	struct dagboek_fields in = { "x", "2026-12-01T22:00", "2026-12-01T22:20", "2" };
	struct dagboek_valid v;
	struct field_errors errs = { 0 };

	assert_int_equal(dagboek_validate(&in, now, &v, &errs), 0);
	assert_int_equal(moment_parse("2026-12-01T22:00:00+01:00", &t), 0);
	assert_int_equal(v.van, t);
	assert_int_equal(v.tot, t + 20 * 60);

	assert_int_equal(local_moment_parse("2026-07-03T23:30", &t), 0);
	int64_t want;
	assert_int_equal(moment_parse("2026-07-03T23:30:00+02:00", &want), 0);
	assert_int_equal(t, want);
	assert_int_equal(local_moment_parse("2026-07-03 23:30", &t), 0);
	assert_int_equal(local_moment_parse("2026-07-03T23:3", &t), -1);
	assert_int_equal(local_moment_parse("", &t), -1);
	assert_int_equal(local_moment_parse(NULL, &t), -1);
}

static void test_format(void **state)
{
	(void)state;
	char local[LOCAL_MOMENT_LEN], text[DAGBOEK_TEXT_LEN];
	int64_t t;

	local_moment_format(now_fixed(), local);
	assert_string_equal(local, "2026-12-01T22:30");
	assert_int_equal(moment_parse("2026-07-03T23:05:00+02:00", &t), 0);
	local_moment_format(t, local);
	assert_string_equal(local, "2026-07-03T23:05");
	dagboek_moment_text(t, text);
	assert_non_null(strstr(text, "3 juli 2026 om 23:05"));
	/* The value written reads back as the same minute. */
	int64_t back;
	assert_int_equal(local_moment_parse(local, &back), 0);
	assert_int_equal(back, t);
	assert_string_equal(dagboek_ernst_labels[1], "Een beetje last");
	assert_string_equal(dagboek_ernst_labels[5], "Niet te harden of bedreigend");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validate_table),
		cmocka_unit_test(test_all_wrong),
		cmocka_unit_test(test_moments),
		cmocka_unit_test(test_format),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
