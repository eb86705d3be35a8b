/*
 * test_inzet.c - unit tests for domain/inzet.c: the closed sets of the
 * inzetniveau and the vertellen entries (ids, labels, meanings, parsers)
 * and both validators on a fixed today, field by field, with the bounds
 * of each date range and text length.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/days.h"
#include "domain/fields.h"
#include "domain/inzet.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Monday 7 December 2026. */
#define TODAY days_from_civil(2026, 12, 7)

static void test_sets(void **state)
{
	(void)state;
	for (int i = 0; i < INZET__MAX; i++) {
		assert_int_equal(inzet_niveau_parse(inzet_niveau_ids[i]), i);
		assert_true(inzet_niveau_labels[i][0] && inzet_niveau_uitleg[i][0]);
	}
	for (int i = 0; i < BRON__MAX; i++)
		assert_int_equal(vertellen_bron_parse(vertellen_bron_ids[i]), i);
	for (int i = 0; i < AANL__MAX; i++)
		assert_int_equal(vertellen_aanleiding_parse(vertellen_aanleiding_ids[i]), i);
	assert_string_equal(inzet_niveau_ids[INZET_GROOTSCHALIG], "grootschalig");
	/* seed 002: basis is schoon, heel, veilig and reactive */
	assert_non_null(strstr(inzet_niveau_uitleg[INZET_BASIS], "Schoon, heel en veilig"));
	assert_non_null(strstr(inzet_niveau_uitleg[INZET_BASIS], "Reactief"));
	assert_non_null(strstr(inzet_niveau_uitleg[INZET_GROOTSCHALIG], "integrale"));
	const char *bad[] = { NULL, "", "Basis", "basis ", "midden", "schouw" };
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		assert_int_equal(inzet_niveau_parse(bad[i]), -1);
		assert_int_equal(vertellen_bron_parse(bad[i]), -1);
	}
	assert_int_equal(vertellen_aanleiding_parse("Schouw"), -1);
	assert_int_equal(vertellen_aanleiding_parse(NULL), -1);
}

struct inzet_case {
	const char *niveau, *vanaf, *reden;
	const char *bad;      /* the field refused, or NULL: accepted */
};

static void test_inzet_validate(void **state)
{
	(void)state;
	static char too_long[INZET_REDEN_MAX + 2], just_right[INZET_REDEN_MAX + 1];
	memset(too_long, 'a', sizeof(too_long) - 1);
	memset(just_right, 'a', sizeof(just_right) - 1);
	const struct inzet_case cases[] = {
		{ "extra", "2026-12-07", "Meer meldingen in de Vogelwijk", NULL },
		{ "basis", "", "Terug naar de basis", NULL },
		{ "grootschalig", NULL, "Herstructurering", NULL },
		{ "extra", "2025-12-06", "Een jaar terug, laat vastgelegd", NULL },      /* today - 366 */
		{ "extra", "2027-12-08", "Een jaar vooruit", NULL },                     /* today + 366 */
		{ "basis", " 2026-12-01 ", "Spaties om de datum", NULL },
		{ "extra", "2026-12-07", just_right, NULL },
		{ "extra", "2026-12-07", "Regel een\nRegel twee\tmet tab", NULL },
		{ NULL, "2026-12-07", "x", "niveau" },
		{ "", "2026-12-07", "x", "niveau" },
		{ "Extra", "2026-12-07", "x", "niveau" },
		{ "maximaal", "2026-12-07", "x", "niveau" },
		{ "extra", "2025-12-05", "x", "vanaf" },                                 /* today - 367 */
		{ "extra", "2027-12-09", "x", "vanaf" },                                 /* today + 367 */
		{ "extra", "7-12-2026", "x", "vanaf" },
		{ "extra", "2026-02-30", "x", "vanaf" },
		{ "extra", "2026-12-07T10:00", "x", "vanaf" },
		{ "extra", "2026-12-07", NULL, "reden" },
		{ "extra", "2026-12-07", "", "reden" },
		{ "extra", "2026-12-07", "  \n\t ", "reden" },
		{ "extra", "2026-12-07", too_long, "reden" },
		{ "extra", "2026-12-07", "bel\x07", "reden" },
		{ "extra", "2026-12-07", "\xff\xfe", "reden" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct field_errors errs = { 0 };
		struct inzet_valid v;
		struct inzet_fields in = { cases[i].niveau, cases[i].vanaf, cases[i].reden };
		int n = inzet_validate(&in, TODAY, &v, &errs);
		if (!cases[i].bad) {
			if (n)
				fail_msg("case %zu refused: %s %s", i, errs.e[0].field, errs.e[0].message);
			assert_int_equal(v.niveau, inzet_niveau_parse(cases[i].niveau));
		} else {
			if (n != 1 || strcmp(errs.e[0].field, cases[i].bad))
				fail_msg("case %zu: %d errors, first %s, expected one for %s", i, n, n ? errs.e[0].field : "-",
					 cases[i].bad);
			assert_true(strlen(errs.e[0].message) > 10);
		}
	}
}

static void test_inzet_values(void **state)
{
	(void)state;
	struct field_errors errs = { 0 };
	struct inzet_valid v;
	struct inzet_fields in = { "extra", "", "  Meer overlast \n" };

	assert_int_equal(inzet_validate(&in, TODAY, &v, &errs), 0);
	assert_int_equal(v.vanaf, TODAY);                    /* empty: today */
	assert_int_equal(v.reden_len, 13);                   /* trimmed */
	assert_memory_equal(v.reden, "Meer overlast", 13);
	in.vanaf = "2026-03-01";
	assert_int_equal(inzet_validate(&in, TODAY, &v, &errs), 0);
	assert_int_equal(v.vanaf, days_from_civil(2026, 3, 1));

	/* every field wrong: a message for each, in the order of the form */
	struct inzet_fields all = { "x", "x", "" };
	assert_int_equal(inzet_validate(&all, TODAY, &v, &errs), 3);
	assert_string_equal(errs.e[0].field, "niveau");
	assert_string_equal(errs.e[1].field, "vanaf");
	assert_string_equal(errs.e[2].field, "reden");
}

struct vertellen_case {
	const char *dag, *bron, *partner, *aanleiding, *tekst;
	const char *bad;
};

static void test_vertellen_validate(void **state)
{
	(void)state;
	static char too_long[VERTELLEN_TEKST_MAX + 2], just_right[VERTELLEN_TEKST_MAX + 1];
	memset(too_long, 'b', sizeof(too_long) - 1);
	memset(just_right, 'b', sizeof(just_right) - 1);
	const struct vertellen_case cases[] = {
		{ "2026-12-07", "bewoners", NULL, "bijeenkomst", "Zorgen over de portieken", NULL },
		{ "", "wijkbeheerder", "", "schouw", "Grofvuil achterpaden", NULL },
		{ NULL, "partner", "3", "spreekuur", "Meer aanmeldingen", NULL },
		{ "2021-12-03", "bewoners", NULL, "anders", "Vijf jaar terug", NULL },       /* today - 5 * 366 */
		{ "2026-12-06", "wijkbeheerder", "abc", "huisbezoek", "partner genegeerd", NULL },
		{ "2026-12-07", "bewoners", NULL, "bijeenkomst", just_right, NULL },
		{ "2026-12-08", "bewoners", NULL, "bijeenkomst", "x", "dag" },               /* tomorrow */
		{ "2021-12-02", "bewoners", NULL, "bijeenkomst", "x", "dag" },               /* a day more */
		{ "gisteren", "bewoners", NULL, "bijeenkomst", "x", "dag" },
		{ "2026-12-07", NULL, NULL, "bijeenkomst", "x", "bron" },
		{ "2026-12-07", "huurders", NULL, "bijeenkomst", "x", "bron" },
		{ "2026-12-07", "partner", NULL, "bijeenkomst", "x", "partner" },
		{ "2026-12-07", "partner", "", "bijeenkomst", "x", "partner" },
		{ "2026-12-07", "partner", "0", "bijeenkomst", "x", "partner" },
		{ "2026-12-07", "partner", "-4", "bijeenkomst", "x", "partner" },
		{ "2026-12-07", "partner", "1e3", "bijeenkomst", "x", "partner" },
		{ "2026-12-07", "bewoners", NULL, NULL, "x", "aanleiding" },
		{ "2026-12-07", "bewoners", NULL, "vergadering", "x", "aanleiding" },
		{ "2026-12-07", "bewoners", NULL, "schouw", NULL, "tekst" },
		{ "2026-12-07", "bewoners", NULL, "schouw", " \r\n ", "tekst" },
		{ "2026-12-07", "bewoners", NULL, "schouw", too_long, "tekst" },
		{ "2026-12-07", "bewoners", NULL, "schouw", "nul\x01", "tekst" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct field_errors errs = { 0 };
		struct vertellen_valid v;
		struct vertellen_fields in = { cases[i].dag, cases[i].bron, cases[i].partner, cases[i].aanleiding,
					       cases[i].tekst };
		int n = vertellen_validate(&in, TODAY, &v, &errs);
		if (!cases[i].bad) {
			if (n)
				fail_msg("case %zu refused: %s %s", i, errs.e[0].field, errs.e[0].message);
		} else if (n != 1 || strcmp(errs.e[0].field, cases[i].bad)) {
			fail_msg("case %zu: %d errors, first %s, expected one for %s", i, n, n ? errs.e[0].field : "-",
				 cases[i].bad);
		}
	}
}

static void test_vertellen_values(void **state)
{
	(void)state;
	struct field_errors errs = { 0 };
	struct vertellen_valid v;
	struct vertellen_fields in = { "", "partner", "12", "spreekuur", "\tHet wijkteam ziet meer schulden. " };

	assert_int_equal(vertellen_validate(&in, TODAY, &v, &errs), 0);
	assert_int_equal(v.dag, TODAY);
	assert_int_equal(v.bron, BRON_PARTNER);
	assert_int_equal(v.partner_id, 12);
	assert_int_equal(v.aanleiding, AANL_SPREEKUUR);
	assert_int_equal(v.tekst_len, 32);
	/* the organisation only counts for a partner's observation */
	in.bron = "bewoners";
	assert_int_equal(vertellen_validate(&in, TODAY, &v, &errs), 0);
	assert_int_equal(v.partner_id, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sets),
		cmocka_unit_test(test_inzet_validate),
		cmocka_unit_test(test_inzet_values),
		cmocka_unit_test(test_vertellen_validate),
		cmocka_unit_test(test_vertellen_values),
	};
	return cmocka_run_group_tests_name("inzet", tests, NULL, NULL);
}
