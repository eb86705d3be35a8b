/*
 * test_partner.c - the closed set of partner kinds: every identifier
 * parses back to itself, has a Dutch label, and nothing else parses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/partner.h"

static void test_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < PARTNER__MAX; i++) {
		assert_non_null(partner_soort_ids[i]);
		assert_non_null(partner_soort_labels[i]);
		assert_true(partner_soort_labels[i][0] != '\0');
		assert_int_equal(partner_soort_parse(partner_soort_ids[i]), i);
		for (int j = 0; j < i; j++)
			assert_string_not_equal(partner_soort_ids[i], partner_soort_ids[j]);
	}
}

static void test_known_kinds(void **state)
{
	(void)state;
	/* The list, as the API and the database spell it. */
	static const char *const ids[] = {
		"sociaal_wijkteam", "ggz", "zorg", "politie", "gemeente", "buurtbemiddeling",
		"veiligheidshuis", "riec", "maatschappelijk_werk", "schuldhulp", "overig",
	};
	assert_int_equal(sizeof(ids) / sizeof(ids[0]), PARTNER__MAX);
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		assert_true(partner_soort_parse(ids[i]) >= 0);
	assert_string_equal(partner_soort_labels[PARTNER_GGZ], "GGZ");
	assert_string_equal(partner_soort_labels[PARTNER_RIEC], "RIEC");
	assert_string_equal(partner_soort_labels[PARTNER_VEILIGHEIDSHUIS], "Veiligheidshuis");
}

static void test_refused(void **state)
{
	(void)state;
	assert_int_equal(partner_soort_parse(NULL), -1);
	assert_int_equal(partner_soort_parse(""), -1);
	assert_int_equal(partner_soort_parse("GGZ"), -1);
	assert_int_equal(partner_soort_parse("ggz "), -1);
	assert_int_equal(partner_soort_parse("Sociaal wijkteam"), -1);
	assert_int_equal(partner_soort_parse("' OR 1=1 --"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_known_kinds),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests_name("partner", tests, NULL, NULL);
}
