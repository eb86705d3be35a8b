/*
 * test_letter.c - the parts of a letter (domain/letter.h), table-driven:
 * the date without its weekday on every kind of day (a Sunday, the first
 * and last of a month and year, 29 February), the salutation and the name
 * line for every aanhef with and without a name (never "Geachte De ..."),
 * a form of address typed into the name, the closed sets, and the letter as
 * plain text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/days.h"
#include "domain/letter.h"
#include "lib/buf.h"

static void test_date(void **state)
{
	static const struct {
		int y, m, d;
		const char *want;
	} cases[] = {
		{ 2026, 12, 6, "6 december 2026" },      /* a Sunday */
		{ 2026, 1, 1, "1 januari 2026" },
		{ 2026, 3, 2, "2 maart 2026" },          /* a Monday */
		{ 2028, 2, 29, "29 februari 2028" },
		{ 2027, 12, 31, "31 december 2027" },
		{ 2026, 5, 15, "15 mei 2026" },
	};
	static const char *const weekdays[] = { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
						"zaterdag", "zondag" };
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char out[LETTER_DATE_LEN];
		letter_date(days_from_civil(cases[i].y, cases[i].m, cases[i].d), out);
		assert_string_equal(out, cases[i].want);
		for (size_t w = 0; w < 7; w++)
			assert_null(strstr(out, weekdays[w]));
	}
}

static void test_salutation_and_name_line(void **state)
{
	static const struct {
		enum letter_aanhef aanhef;
		const char *naam, *salutation, *line;
	} cases[] = {
		{ AANHEF_HEER, "Jansen", "Geachte heer Jansen,", "De heer Jansen" },
		{ AANHEF_MEVROUW, "Pietersen", "Geachte mevrouw Pietersen,", "Mevrouw Pietersen" },
		{ AANHEF_FAMILIE, "El Amrani", "Geachte familie El Amrani,", "Familie El Amrani" },
		{ AANHEF_GEEN, "K. de Vries", "Geachte heer/mevrouw K. de Vries,", "K. de Vries" },
		{ AANHEF_GEEN, "  K. de Vries", "Geachte heer/mevrouw K. de Vries,", "K. de Vries" },
		/* Nobody named: the bewoner(s), whatever the aanhef. */
		{ AANHEF_GEEN, "", "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_HEER, "", "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_GEEN, NULL, "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_GEEN, " \t ", "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_GEEN, "De bewoner(s) van Kerkstraat 22", "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_MEVROUW, "de bewoners", "Geachte bewoner(s),", "De bewoner(s) van" },
		{ AANHEF_GEEN, "Bewoner", "Geachte bewoner(s),", "De bewoner(s) van" },
		/* A name that merely starts like a word is a name. */
		{ AANHEF_HEER, "Dekker", "Geachte heer Dekker,", "De heer Dekker" },
		{ AANHEF_HEER, "De Bruin", "Geachte heer De Bruin,", "De heer De Bruin" },
		{ AANHEF__MAX, "Jansen", "Geachte bewoner(s),", "De bewoner(s) van" },   /* out of range: safe */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf b = BUF_INIT;
		letter_salutation(cases[i].aanhef, cases[i].naam, &b);
		assert_string_equal(b.buf, cases[i].salutation);
		assert_null(strstr(b.buf, "Geachte De"));
		buf_reset(&b);
		letter_name_line(cases[i].aanhef, cases[i].naam, &b);
		assert_string_equal(b.buf, cases[i].line);
		buf_release(&b);
	}
}

static void test_split_name(void **state)
{
	static const struct {
		const char *naam;
		enum letter_aanhef want;
		const char *rest;
	} cases[] = {
		{ "De heer J. Jansen", AANHEF_HEER, "J. Jansen" },
		{ "de heer Jansen", AANHEF_HEER, "Jansen" },
		{ "Dhr. Jansen", AANHEF_HEER, "Jansen" },
		{ "Mevrouw Pietersen", AANHEF_MEVROUW, "Pietersen" },
		{ "mevr. Pietersen", AANHEF_MEVROUW, "Pietersen" },
		{ "Familie El Amrani", AANHEF_FAMILIE, "El Amrani" },
		{ "fam. Bakker", AANHEF_FAMILIE, "Bakker" },
		{ "De Bruin", AANHEF__MAX, "De Bruin" },       /* no form of address: unchanged */
		{ "Heerenveen", AANHEF__MAX, "Heerenveen" },
		{ "De heer ", AANHEF__MAX, "De heer " },       /* nothing after it: left alone */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum letter_aanhef a = AANHEF__MAX;
		const char *rest = letter_split_name(cases[i].naam, &a);
		assert_int_equal(a, cases[i].want);
		assert_string_equal(rest, cases[i].rest);
	}
}

static void test_closed_sets(void **state)
{
	(void)state;
	for (int i = 0; i < LETTER__MAX; i++)
		assert_int_equal(letter_status_parse(letter_status_ids[i]), i);
	for (int i = 0; i < AANHEF__MAX; i++)
		assert_int_equal(letter_aanhef_parse(letter_aanhef_ids[i]), i);
	assert_int_equal(letter_status_parse("verstuurd"), -1);
	assert_int_equal(letter_aanhef_parse(""), -1);
	assert_int_equal(letter_aanhef_parse(NULL), -1);
	assert_string_equal(letter_subject(BRIEF_WAARSCHUWING), "Waarschuwing wegens overlast");
	assert_string_equal(letter_subject(BRIEF_SOMMATIE), "Sommatie: stop de overlast");
}

static void test_plain(void **state)
{
	struct letter_parts p = { AANHEF_GEEN, "", "Kerkstraat 22\n9991 AA  VOORBEELDSTAD",
				  days_from_civil(2026, 12, 6), "D-2026-00001", "Waarschuwing wegens overlast",
				  "Wij hebben meldingen gekregen." };
	struct buf b = BUF_INIT;
	(void)state;

	letter_plain(&p, &b);
	assert_string_equal(b.buf, "De bewoner(s) van\nKerkstraat 22\n9991 AA  VOORBEELDSTAD\n\n"
				   "Datum: 6 december 2026\nOns kenmerk: D-2026-00001\n"
				   "Onderwerp: Waarschuwing wegens overlast\n\n"
				   "Geachte bewoner(s),\n\nWij hebben meldingen gekregen.");
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_salutation_and_name_line),
		cmocka_unit_test(test_split_name),
		cmocka_unit_test(test_closed_sets),
		cmocka_unit_test(test_plain),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
