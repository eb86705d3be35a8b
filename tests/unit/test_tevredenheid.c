/*
 * test_tevredenheid.c - the rules of the satisfaction question
 * (domain/tevredenheid.h): which score is unhappy (raises a verzoek tot
 * heropenen), the labels, checking the answer and the team's decision as
 * typed (a message per field), and the average as the dashboard shows it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/tevredenheid.h"

static void test_unhappy(void **state)
{
	static const struct {
		int score, ontevreden;
	} cases[] = {
		{ 1, 1 }, { 2, 1 }, { 3, 0 }, { 4, 0 }, { 5, 0 }, { 0, 0 }, { 6, 0 }, { -1, 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (tevredenheid_ontevreden(cases[i].score) != cases[i].ontevreden)
			fail_msg("score %d: ontevreden %d, want %d", cases[i].score,
				 tevredenheid_ontevreden(cases[i].score), cases[i].ontevreden);
}

static void test_labels(void **state)
{
	(void)state;
	assert_string_equal(tevredenheid_label(1), "Zeer ontevreden");
	assert_string_equal(tevredenheid_label(2), "Ontevreden");
	assert_string_equal(tevredenheid_label(3), "Neutraal");
	assert_string_equal(tevredenheid_label(4), "Tevreden");
	assert_string_equal(tevredenheid_label(5), "Zeer tevreden");
	assert_null(tevredenheid_label(0));
	assert_null(tevredenheid_label(6));
}

static void test_check(void **state)
{
	static const struct {
		const char *score, *tekst;
		int ok, want_score;
		const char *score_err, *tekst_err;   /* a piece of the message, or NULL: none */
		const char *kept;
	} cases[] = {
		{ "4", NULL, 1, 4, NULL, NULL, "" },
		{ "1", "  Niets gedaan.\n", 1, 1, NULL, NULL, "Niets gedaan." },
		{ "5", "", 1, 5, NULL, NULL, "" },
		{ NULL, "Lang gewacht", 0, 0, "Kies hoe tevreden", NULL, "" },
		{ "", NULL, 0, 0, "Kies hoe tevreden", NULL, "" },
		{ "0", NULL, 0, 0, "Kies hoe tevreden", NULL, "" },
		{ "6", NULL, 0, 0, "Kies hoe tevreden", NULL, "" },
		{ "33", NULL, 0, 0, "Kies hoe tevreden", NULL, "" },
		{ " 3", NULL, 0, 0, "Kies hoe tevreden", NULL, "" },
		{ "3", "bel\x01", 0, 3, NULL, "tekens die wij niet kunnen lezen", "" },
		{ "3", "\xff\xfe", 0, 3, NULL, "tekens die wij niet kunnen lezen", "" },
		{ "x", "\x7f", 0, 0, "Kies hoe tevreden", "tekens die wij niet kunnen lezen", "" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct field_errors errs = { 0 };
		struct tevredenheid_valid v;
		int rc = tevredenheid_check(cases[i].score, cases[i].tekst, &v, &errs);
		const char *se = field_error_for(&errs, "score"), *te = field_error_for(&errs, "tekst");
		if ((rc == 0) != cases[i].ok)
			fail_msg("case %zu: rc %d", i, rc);
		if (cases[i].ok && v.score != cases[i].want_score)
			fail_msg("case %zu: score %d", i, v.score);
		if (!cases[i].score_err != !se || (se && !strstr(se, cases[i].score_err)))
			fail_msg("case %zu: score message %s", i, se ? se : "(none)");
		if (!cases[i].tekst_err != !te || (te && !strstr(te, cases[i].tekst_err)))
			fail_msg("case %zu: tekst message %s", i, te ? te : "(none)");
		if (cases[i].ok && (v.tekst_len != strlen(cases[i].kept) || strncmp(v.tekst, cases[i].kept, v.tekst_len)))
			fail_msg("case %zu: kept %.*s", i, (int)v.tekst_len, v.tekst);
	}
}

static void test_check_length(void **state)
{
	char tekst[TEVREDENHEID_TEKST_MAX + 2];
	struct field_errors errs = { 0 };
	struct tevredenheid_valid v;

	(void)state;
	memset(tekst, 'a', TEVREDENHEID_TEKST_MAX);
	tekst[TEVREDENHEID_TEKST_MAX] = '\0';
	assert_int_equal(tevredenheid_check("2", tekst, &v, &errs), 0);
	assert_int_equal(v.tekst_len, TEVREDENHEID_TEKST_MAX);
	tekst[TEVREDENHEID_TEKST_MAX] = 'a';
	tekst[TEVREDENHEID_TEKST_MAX + 1] = '\0';
	assert_int_equal(tevredenheid_check("2", tekst, &v, &errs), -1);
	assert_non_null(strstr(field_error_for(&errs, "tekst"), "te lang"));
}

static void test_besluit(void **state)
{
	struct field_errors errs = { 0 };
	enum heropen_besluit b;
	const char *t;
	size_t n;

	(void)state;
	assert_int_equal(heropen_besluit_check("heropenen", " Opnieuw langs. ", &b, &t, &n, &errs), 0);
	assert_int_equal(b, HB_HEROPENEN);
	assert_int_equal(n, strlen("Opnieuw langs."));
	assert_int_equal(strncmp(t, "Opnieuw langs.", n), 0);
	assert_int_equal(heropen_besluit_check("niet_heropenen", "Verhuisd", &b, &t, &n, &errs), 0);
	assert_int_equal(b, HB_NIET_HEROPENEN);

	/* Both fields wrong: a message for each. */
	assert_int_equal(heropen_besluit_check("misschien", " \n ", &b, &t, &n, &errs), -1);
	assert_non_null(field_error_for(&errs, "besluit"));
	assert_non_null(strstr(field_error_for(&errs, "toelichting"), "verplicht"));
	errs.n = 0;
	assert_int_equal(heropen_besluit_check(NULL, "Reden", &b, &t, &n, &errs), -1);
	assert_non_null(field_error_for(&errs, "besluit"));
	assert_null(field_error_for(&errs, "toelichting"));
	errs.n = 0;
	assert_int_equal(heropen_besluit_check("heropenen", NULL, &b, &t, &n, &errs), -1);
	assert_null(field_error_for(&errs, "besluit"));
	assert_non_null(field_error_for(&errs, "toelichting"));
}

static void test_gemiddelde(void **state)
{
	static const struct {
		int64_t som, n;
		const char *want;
	} cases[] = {
		{ 11, 3, "3,7" }, { 7, 2, "3,5" }, { 4, 1, "4,0" }, { 5, 1, "5,0" }, { 1, 1, "1,0" },
		{ 0, 0, "-" }, { 3, 4, "-" }, { 26, 5, "-" },
		{ 101, 40, "2,5" },   /* 2.525: half up */
		{ 99, 40, "2,5" },    /* 2.475 */
		{ 98, 40, "2,5" },    /* 2.45: half up */
		{ 97, 40, "2,4" },    /* 2.425 */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char out[8];
		tevredenheid_gemiddelde(cases[i].som, cases[i].n, out);
		if (strcmp(out, cases[i].want))
			fail_msg("%lld / %lld: %s, want %s", (long long)cases[i].som, (long long)cases[i].n, out, cases[i].want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unhappy),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_check_length),
		cmocka_unit_test(test_besluit),
		cmocka_unit_test(test_gemiddelde),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
