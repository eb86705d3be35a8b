/*
 * test_schouw.c - unit tests for domain/schouw.c: the checklist (every
 * point's theme and category), the status rules, the checks of a plan, a
 * finding and an agreed action, and a finding turned into the input of a
 * melding (kanaal wijkschouw) that the melding validator accepts.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/days.h"
#include "domain/fields.h"
#include "domain/melding.h"
#include "domain/schouw.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The category codes of migration 0002. */
static const char *const categories[] = {
	"geluid", "stank", "agressie", "drugs", "huisdieren", "overlast_overig", "vervuiling", "zorgsignaal",
	"huiselijk_geweld", "criminaliteit", "zwerfvuil", "vernieling", "verlichting", "groen", "bewonersinitiatief",
};

static int known_category(const char *c)
{
	for (size_t i = 0; i < ARRAY_SIZE(categories); i++)
		if (!strcmp(categories[i], c))
			return 1;
	return 0;
}

static void test_checklist(void **state)
{
	(void)state;
	int per_theme[TH__MAX] = { 0 };

	for (int i = 0; i < SCHOUW_PUNTEN; i++) {
		const struct schouw_punt *p = &schouw_punten[i];
		assert_true(known_category(p->categorie));
		/* The code starts with its theme, so the form's groups and the stored codes agree. */
		assert_int_equal(strncmp(p->code, schouw_thema_ids[p->thema], strlen(schouw_thema_ids[p->thema])), 0);
		assert_ptr_equal(schouw_punt_find(p->code), p);
		for (int j = 0; j < i; j++)
			assert_string_not_equal(schouw_punten[j].code, p->code);
		per_theme[p->thema]++;
	}
	for (int t = 0; t < TH__MAX; t++) {
		assert_true(per_theme[t] >= 3);
		assert_true(known_category(schouw_thema_categorie((enum schouw_thema)t)));
	}
	assert_null(schouw_punt_find("schoon"));
	assert_null(schouw_punt_find(NULL));
}

static void test_status_rules(void **state)
{
	(void)state;
	assert_true(schouw_may_walk(SS_GEPLAND));
	assert_true(schouw_may_walk(SS_GELOPEN));
	assert_false(schouw_may_walk(SS_AFGEROND));
	assert_int_equal(schouw_after_walk(SS_GEPLAND), SS_GELOPEN);
	assert_int_equal(schouw_after_walk(SS_GELOPEN), SS_GELOPEN);
	assert_int_equal(schouw_after_walk(SS_AFGEROND), SS_AFGEROND);

	assert_non_null(schouw_afronden_refusal(SS_AFGEROND, 3, 0));
	assert_non_null(schouw_afronden_refusal(SS_GEPLAND, 0, 0));
	assert_non_null(schouw_afronden_refusal(SS_GELOPEN, 3, 1));
	assert_non_null(strstr(schouw_afronden_refusal(SS_GELOPEN, 3, 2), "elke bevinding"));
	assert_null(schouw_afronden_refusal(SS_GELOPEN, 3, 0));
	/* Walked with only the checklist: nothing to decide, it may be finished. */
	assert_null(schouw_afronden_refusal(SS_GELOPEN, 0, 0));
}

struct plan_case {
	const char *dag, *deelnemers, *toelichting;
	const char *bad;            /* the field refused, or NULL */
	const char *joined;         /* the list as stored, when accepted */
};

static void test_plan(void **state)
{
	(void)state;
	static char too_long[SCHOUW_TEXT_MAX + 2], long_org[SCHOUW_DEELNEMER_MAX + 2];
	memset(too_long, 'a', sizeof(too_long) - 1);
	memset(long_org, 'b', sizeof(long_org) - 1);
	int32_t today = days_from_civil(2026, 12, 1);
	const struct plan_case cases[] = {
		{ "2026-12-10", "Gemeente Tynaarlo\nHuurdersvereniging WOON", "", NULL, "Gemeente Tynaarlo\nHuurdersvereniging WOON" },
		{ "2026-12-10", " gemeente , HBV;politie \r\n\n", NULL, NULL, "gemeente\nHBV\npolitie" },
		{ "2026-12-01", "gemeente", "Let op de speelplek", NULL, "gemeente" },
		{ "2025-12-01", "gemeente", "", NULL, "gemeente" },              /* noted afterwards, within a year */
		{ "2025-11-29", "gemeente", "", "dag", NULL },
		{ "2028-12-05", "gemeente", "", "dag", NULL },
		{ "", "gemeente", "", "dag", NULL },
		{ "10-12-2026", "gemeente", "", "dag", NULL },
		{ "2026-02-30", "gemeente", "", "dag", NULL },
		{ "2026-12-10", "", "", "deelnemers", NULL },
		{ "2026-12-10", " , ;\n", "", "deelnemers", NULL },
		{ "2026-12-10", long_org, "", "deelnemers", NULL },
		{ "2026-12-10", "gemeente", too_long, "toelichting", NULL },
	};

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct schouw_plan_fields in = { cases[i].dag, cases[i].deelnemers, cases[i].toelichting };
		struct schouw_plan_valid v;
		struct field_errors errs = { 0 };
		int n = schouw_plan_validate(&in, today, &v, &errs);
		if (cases[i].bad) {
			assert_int_equal(n, 1);
			assert_string_equal(errs.e[0].field, cases[i].bad);
		} else {
			assert_int_equal(n, 0);
			assert_string_equal(v.deelnemers, cases[i].joined);
			assert_int_equal(v.dag, days_from_civil(atoi(cases[i].dag), atoi(cases[i].dag + 5), atoi(cases[i].dag + 8)));
		}
	}
}

struct finding_case {
	struct schouw_finding_fields in;
	const char *bad;            /* the first field refused, or NULL */
};

static void test_finding(void **state)
{
	(void)state;
	const struct finding_case cases[] = {
		{ { "schoon", "schoon_grofvuil", "Bank naast de container", "", "", "1011 AA", "1", "", "" }, NULL },
		{ { "heel", "", "Kapotte stoeptegels", "52.37403", "4.88969", "", "", "", "" }, NULL },
		{ { "veilig", "veilig_verlichting", "Lamp stuk", "", "", "", "", "", "Galerij 3e verdieping, blok B" }, NULL },
		{ { "sociaal", NULL, "Bewoners willen een buurtbarbecue", "-1.5", "+100", "", "", "", "" }, NULL },
		{ { "", "", "x", "", "", "", "", "", "plek" }, "thema" },
		{ { "groen", "", "x", "", "", "", "", "", "plek" }, "thema" },
		{ { "schoon", "heel_gevels", "x", "", "", "", "", "", "plek" }, "punt" },
		{ { "schoon", "onbekend", "x", "", "", "", "", "", "plek" }, "punt" },
		{ { "schoon", "", "  ", "", "", "", "", "", "plek" }, "omschrijving" },
		{ { "schoon", "", "x", "52.3", "", "", "", "", "plek" }, "locatie" },
		{ { "schoon", "", "x", "91", "4.8", "", "", "", "" }, "locatie" },
		{ { "schoon", "", "x", "52,3", "4.8", "", "", "", "" }, "locatie" },
		{ { "schoon", "", "x", "nan", "4.8", "", "", "", "" }, "locatie" },
		{ { "schoon", "", "x", "", "", "1011 AA", "", "", "" }, "huisnummer" },
		{ { "schoon", "", "x", "", "", "", "12", "", "" }, "postcode" },
		{ { "schoon", "", "x", "", "", "0123 AB", "12", "", "" }, "postcode" },
		{ { "schoon", "", "x", "", "", "1011 AA", "1", "abcde", "" }, "toevoeging" },
		{ { "schoon", "", "x", "", "", "", "", "", "" }, "plek" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct schouw_finding_valid v;
		struct field_errors errs = { 0 };
		int n = schouw_finding_validate(&cases[i].in, &v, &errs);
		if (!cases[i].bad) {
			if (n)
				print_error("case %zu: %s: %s\n", i, errs.e[0].field, errs.e[0].message);
			assert_int_equal(n, 0);
		} else {
			assert_true(n >= 1);
			assert_string_equal(errs.e[0].field, cases[i].bad);
		}
	}
	struct schouw_finding_valid v;
	struct field_errors errs = { 0 };
	assert_int_equal(schouw_finding_validate(&cases[0].in, &v, &errs), 0);
	assert_string_equal(v.postcode, "1011 AA");
	assert_int_equal(v.huisnummer, 1);
	assert_false(v.has_geo);
	assert_int_equal(schouw_finding_validate(&cases[1].in, &v, &errs), 0);
	assert_true(v.has_geo);
	assert_true(v.lat > 52.37 && v.lat < 52.38 && v.lon > 4.88 && v.lon < 4.89);
	assert_string_equal(v.postcode, "");
}

static void test_actie(void **state)
{
	(void)state;
	int32_t dag = days_from_civil(2026, 12, 1);
	struct schouw_actie_valid v;
	struct field_errors errs = { 0 };

	assert_int_equal(schouw_actie_validate("Container legen", "Gemeente", "2026-12-15", dag, &v, &errs), 0);
	assert_int_equal(v.dag, days_from_civil(2026, 12, 15));
	assert_int_equal(schouw_actie_validate("Container legen", "Gemeente", "2026-12-01", dag, &v, &errs), 0);
	const struct { const char *actie, *eigenaar, *dag, *bad; } bad[] = {
		{ "", "Gemeente", "2026-12-15", "actie" },
		{ "Legen", " ", "2026-12-15", "eigenaar" },
		{ "Legen", "Gemeente", "", "dag" },
		{ "Legen", "Gemeente", "2026-11-30", "dag" },
		{ "Legen", "Gemeente", "morgen", "dag" },
		{ "Legen", "Gemeente", "2029-01-01", "dag" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		errs.n = 0;
		assert_int_equal(schouw_actie_validate(bad[i].actie, bad[i].eigenaar, bad[i].dag, dag, &v, &errs), 1);
		assert_string_equal(errs.e[0].field, bad[i].bad);
	}
}

/* The input passes the one melding validator as staff intake, with kanaal wijkschouw. */
static void valid_melding(const struct melding_input *in, struct melding_valid *out)
{
	struct melding_context ctx = { .now = 1796250000, .staff = 1, .default_kanaal = KANAAL_WIJKSCHOUW,
				       .categories = categories, .n_categories = ARRAY_SIZE(categories) };
	struct field_errors errs = { 0 };
	int n = melding_validate(in, &ctx, out, &errs);
	if (n)
		print_error("%s: %s\n", errs.e[0].field, errs.e[0].message);
	assert_int_equal(n, 0);
	assert_int_equal(out->kanaal, KANAAL_WIJKSCHOUW);
	assert_true(out->anoniem);
}

static void test_to_melding(void **state)
{
	(void)state;
	struct schouw_melding_text t;
	struct melding_input in;
	struct melding_valid v;
	struct schouw_melding_src src = {
		.dag = days_from_civil(2026, 12, 3), .gebied = "wijk Centrum", .thema = TH_SCHOON,
		.punt = "schoon_grofvuil", .omschrijving = "Een bank en matrassen naast de container.",
		.plek = "", .postcode = "1011 AA", .huisnummer = 1, .toevoeging = "",
	};

	/* An address: the point's category, the schouw and its day in the description. */
	schouw_melding_input(&src, &t, &in);
	assert_string_equal(in.kanaal, "wijkschouw");
	assert_string_equal(in.categorie, "zwerfvuil");
	assert_non_null(strstr(in.omschrijving, "wijkschouw van 3 december 2026 in wijk Centrum"));
	assert_non_null(strstr(in.omschrijving, "Een bank en matrassen naast de container."));
	assert_non_null(strstr(in.omschrijving, "Staat er grofvuil"));
	assert_string_equal(in.voorval, "Gezien tijdens de wijkschouw van 3 december 2026");
	assert_string_equal(in.postcode, "1011 AA");
	assert_string_equal(in.huisnummer, "1");
	assert_string_equal(in.plaats, "");
	valid_melding(&in, &v);
	assert_string_equal(v.postcode, "1011 AA");
	assert_int_equal(v.huisnummer, 1);
	assert_string_equal(v.categorie, "zwerfvuil");

	/* Only the phone's position: written out as the place; the theme's category without a point. */
	src = (struct schouw_melding_src){ .dag = src.dag, .gebied = "buurt Binnenstad", .thema = TH_VEILIG, .punt = "",
					   .omschrijving = "Donkere doorgang", .plek = "", .has_geo = 1, .lat = 52.374031,
					   .lon = 4.889692, .postcode = "" };
	schouw_melding_input(&src, &t, &in);
	assert_string_equal(in.categorie, "overlast_overig");
	assert_string_equal(in.plaats, "Locatie van de telefoon: 52.37403, 4.88969");
	assert_null(in.postcode);
	valid_melding(&in, &v);
	assert_string_equal(v.postcode, "");

	/* A described place with coordinates; a category chosen by hand wins. */
	src.plek = "Achter blok B";
	src.categorie = "verlichting";
	schouw_melding_input(&src, &t, &in);
	assert_string_equal(in.plaats, "Achter blok B (52.37403, 4.88969)");
	assert_string_equal(in.categorie, "verlichting");
	valid_melding(&in, &v);

	/* The longest description still fits the melding's. */
	static char longest[SCHOUW_TEXT_MAX + 1];
	memset(longest, 'x', SCHOUW_TEXT_MAX);
	src.omschrijving = longest;
	src.punt = "sociaal_zorgen";
	src.thema = TH_SOCIAAL;
	src.categorie = NULL;
	schouw_melding_input(&src, &t, &in);
	assert_string_equal(in.categorie, "zorgsignaal");
	assert_non_null(strstr(in.omschrijving, longest));
	valid_melding(&in, &v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checklist),
		cmocka_unit_test(test_status_rules),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_finding),
		cmocka_unit_test(test_actie),
		cmocka_unit_test(test_to_melding),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
