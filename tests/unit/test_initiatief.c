/*
 * test_initiatief.c - unit tests for domain/initiatief.c: the checks of an
 * application for the leefbaarheidsfonds, and the fund's arithmetic over
 * its append-only ledger (grants, payments, corrections).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "domain/initiatief.h"

#include <string.h>

static struct initiatief_input good(void)
{
	return (struct initiatief_input){
		.titel = "  Buurtmoestuin Lindenhof ", .wat = "Bakken bouwen\nen samen zaaien.", .waar = "Achter flat 2",
		.voor_wie = "Alle bewoners", .bedrag = "€ 1.250,50", .naam = "Els de Vries",
		.email = "els@example.org", .telefoon = "",
	};
}

static void test_validate_good(void **state)
{
	(void)state;
	struct initiatief_input in = good();
	struct initiatief_valid v;
	struct field_errors errs = { 0 };

	assert_int_equal(initiatief_validate(&in, &v, &errs), 0);
	assert_string_equal(v.titel, "Buurtmoestuin Lindenhof");
	assert_string_equal(v.wat, "Bakken bouwen\nen samen zaaien.");
	assert_int_equal(v.bedrag_cent, 125050);
	assert_string_equal(v.email, "els@example.org");
	/* A phone only is enough too, normalised. */
	in.email = "";
	in.telefoon = "06 1234 5678";
	assert_int_equal(initiatief_validate(&in, &v, &errs), 0);
	assert_string_equal(v.telefoon, "0612345678");
}

/* Every field's own message, under its own name. */
static void test_validate_each_field(void **state)
{
	(void)state;
	static const struct {
		const char *field, *value;
	} cases[] = {
		{ "titel", "" }, { "titel", "twee\nregels" }, { "wat", "   " }, { "voor_wie", "" },
		{ "bedrag", "" }, { "bedrag", "veel" }, { "bedrag", "0" }, { "bedrag", "50000,01" },
		{ "naam", "" }, { "email", "geen-adres" }, { "telefoon", "12" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct initiatief_input in = good();
		struct initiatief_valid v;
		struct field_errors errs = { 0 };
		const char **slot = !strcmp(cases[i].field, "titel") ? &in.titel
			: !strcmp(cases[i].field, "wat") ? &in.wat
			: !strcmp(cases[i].field, "voor_wie") ? &in.voor_wie
			: !strcmp(cases[i].field, "bedrag") ? &in.bedrag
			: !strcmp(cases[i].field, "naam") ? &in.naam
			: !strcmp(cases[i].field, "email") ? &in.email : &in.telefoon;
		*slot = cases[i].value;
		assert_int_equal(initiatief_validate(&in, &v, &errs), 1);
		assert_string_equal(errs.e[0].field, cases[i].field);
		assert_non_null(errs.e[0].message);
	}
	/* Neither e-mail nor phone: asked for at the e-mail field. */
	struct initiatief_input in = good();
	struct initiatief_valid v;
	struct field_errors errs = { 0 };
	in.email = "";
	assert_int_equal(initiatief_validate(&in, &v, &errs), 1);
	assert_non_null(field_error_for(&errs, "email"));
	/* All empty: one message per field at once. */
	struct initiatief_input none = { 0 };
	struct field_errors all = { 0 };
	assert_int_equal(initiatief_validate(&none, &v, &all), 6);
}

static void test_reference_and_statuses(void **state)
{
	(void)state;
	char ref[16];
	initiatief_reference(2026, 7, ref);
	assert_string_equal(ref, "I-2026-0007");
	for (int s = 0; s < INI__MAX; s++) {
		assert_int_equal(initiatief_status_parse(initiatief_status_ids[s]), s);
		assert_non_null(initiatief_status_uitleg[s]);
	}
	assert_int_equal(initiatief_status_parse("onzin"), -1);
	for (int c = 0; c < CRIT__MAX; c++)
		assert_int_equal(initiatief_criterium_parse(initiatief_criterium_ids[c]), c);
	assert_int_equal(toets_oordeel_parse("voldaan"), TOETS_VOLDAAN);
	assert_int_equal(toets_oordeel_parse(""), -1);
	assert_true(initiatief_status_lopend(INI_TOEGEKEND));
	assert_false(initiatief_status_lopend(INI_AFGEWEZEN));
}

/* A grant of 1000, two payments, a correction of the grant and one of a payment. */
static const struct boeking LEDGER[] = {
	{ .id = 1, .soort = BOEKING_TOEKENNING, .bedrag_cent = 100000 },
	{ .id = 2, .soort = BOEKING_BETALING, .bedrag_cent = 40000 },
	{ .id = 3, .soort = BOEKING_BETALING, .bedrag_cent = 25000 },
	{ .id = 4, .soort = BOEKING_TOEKENNING, .bedrag_cent = -10000, .correctie_van = 1 },
	{ .id = 5, .soort = BOEKING_BETALING, .bedrag_cent = -5000, .correctie_van = 3 },
};
#define N_LEDGER (sizeof(LEDGER) / sizeof(LEDGER[0]))

static void test_sum_is_the_rows(void **state)
{
	(void)state;
	struct fonds_totaal t = { 0 };

	fonds_sum(LEDGER, N_LEDGER, &t);
	assert_int_equal(t.toegekend_cent, 90000);
	assert_int_equal(t.besteed_cent, 60000);
	assert_int_equal(fonds_resterend(250000, &t), 160000);
	assert_int_equal(fonds_resterend(50000, &t), -40000);
	/* Adding in parts gives the same as at once: per initiative, then per wijk. */
	struct fonds_totaal parts = { 0 };
	fonds_sum(LEDGER, 2, &parts);
	fonds_sum(LEDGER + 2, N_LEDGER - 2, &parts);
	assert_memory_equal(&parts, &t, sizeof(t));
}

static void test_checks(void **state)
{
	(void)state;
	enum boeking_soort soort;

	/* A grant: more than asked only with a reason; a bad amount, zero. */
	assert_null(fonds_check_toekenning(50000, 50000, ""));
	assert_non_null(fonds_check_toekenning(50001, 50000, ""));
	assert_null(fonds_check_toekenning(60000, 50000, "Ook de huur van de tent"));
	assert_non_null(fonds_check_toekenning(-1, 50000, "x"));
	assert_non_null(fonds_check_toekenning(0, 50000, "x"));
	/* A payment: not beyond the grant (90000 granted, 60000 paid). */
	assert_null(fonds_check_betaling(30000, LEDGER, N_LEDGER));
	assert_non_null(fonds_check_betaling(30001, LEDGER, N_LEDGER));
	assert_non_null(fonds_check_betaling(0, LEDGER, N_LEDGER));
	assert_non_null(fonds_check_betaling(100, LEDGER, 0));   /* nothing granted */
	/* A correction: of an original row, not zero, the row not below 0, paid not above granted. */
	assert_null(fonds_check_correctie(2, -1000, LEDGER, N_LEDGER, &soort));
	assert_int_equal(soort, BOEKING_BETALING);
	assert_null(fonds_check_correctie(1, 5000, LEDGER, N_LEDGER, &soort));
	assert_int_equal(soort, BOEKING_TOEKENNING);
	assert_non_null(fonds_check_correctie(4, 100, LEDGER, N_LEDGER, &soort));     /* a correction itself */
	assert_non_null(fonds_check_correctie(9, 100, LEDGER, N_LEDGER, &soort));     /* not this initiative's */
	assert_non_null(fonds_check_correctie(2, 0, LEDGER, N_LEDGER, &soort));
	assert_non_null(fonds_check_correctie(3, -20001, LEDGER, N_LEDGER, &soort));  /* 250 - 50 - 200,01 < 0 */
	assert_null(fonds_check_correctie(3, -20000, LEDGER, N_LEDGER, &soort));
	assert_non_null(fonds_check_correctie(1, -30001, LEDGER, N_LEDGER, &soort));  /* granted below paid */
	assert_null(fonds_check_correctie(1, -30000, LEDGER, N_LEDGER, &soort));
}

static void test_money_text(void **state)
{
	(void)state;
	char out[32];
	int64_t c;

	fonds_bedrag(123450, out);
	assert_string_equal(out, "1.234,50");
	fonds_bedrag(-5000, out);
	assert_string_equal(out, "-50,00");
	fonds_bedrag(-123456789, out);
	assert_string_equal(out, "-1.234.567,89");
	assert_int_equal(fonds_parse_verschil("-50,00", &c), 0);
	assert_int_equal(c, -5000);
	assert_int_equal(fonds_parse_verschil("+12,5", &c), 0);
	assert_int_equal(c, 1250);
	assert_int_equal(fonds_parse_verschil("\u2212" "3", &c), 0);
	assert_int_equal(c, -300);
	assert_int_equal(fonds_parse_verschil("--3", &c), -1);
	assert_int_equal(fonds_parse_verschil("", &c), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validate_good),
		cmocka_unit_test(test_validate_each_field),
		cmocka_unit_test(test_reference_and_statuses),
		cmocka_unit_test(test_sum_is_the_rows),
		cmocka_unit_test(test_checks),
		cmocka_unit_test(test_money_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
