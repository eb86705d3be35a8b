/*
 * test_lbm.c - unit tests for domain/lbm.c: the Leefbaarometer's class
 * labels, the class derived from a deviation on its bounds (and against
 * the pairs of deviation and class seen in the Leefbaarometer's own
 * layers), the trend in words, and its open-data table: header names and
 * their aliases, both separators, decimal comma and point, class columns,
 * bad classes and values, a missing column, unknown codes, duplicates,
 * an empty file, every error with its line.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/area.h"
#include "domain/lbm.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int fake_soort_of(void *ctx, const char *code)
{
	(void)ctx;
	if (!strcmp(code, "WK999901") || !strcmp(code, "WK0363AF"))
		return AREA_WIJK;
	if (!strcmp(code, "BU99990101") || !strcmp(code, "BU99990102") || !strcmp(code, "BU0363AF09"))
		return AREA_BUURT;
	return -1;
}

static const struct areaimport_lookup lookup = { fake_soort_of, NULL };

static int parse(struct lbm_file *f, const char *text)
{
	return lbm_parse(f, text, strlen(text), &lookup);
}

/* Fails, printing every error, unless f has exactly the errors want ("7: text", NULL-terminated). */
static void assert_errors(const struct lbm_file *f, const char *const want[])
{
	size_t n = 0;
	int ok = 1;

	while (want[n])
		n++;
	if (n != f->n_errors)
		ok = 0;
	for (size_t i = 0; ok && i < n; i++) {
		char line[16];
		int len = snprintf(line, sizeof(line), "%d: ", f->errors[i].line);
		if (strncmp(want[i], line, (size_t)len) || !strstr(f->errors[i].msg, want[i] + len))
			ok = 0;
	}
	if (!ok) {
		print_error("want %zu errors, got %zu:\n", n, f->n_errors);
		for (size_t i = 0; i < f->n_errors; i++)
			print_error("  %d: %s\n", f->errors[i].line, f->errors[i].msg);
		fail();
	}
}

static const char *const none[] = { NULL };

static void test_labels(void **state)
{
	static const char *const want[] = {
		"onbekend", "zeer onvoldoende", "ruim onvoldoende", "onvoldoende", "zwak", "voldoende",
		"ruim voldoende", "goed", "zeer goed", "uitstekend", "onbekend",
	};
	(void)state;
	for (int k = 0; k <= 10; k++)
		assert_string_equal(lbm_klasse_label(k), want[k]);
	assert_string_equal(lbm_klasse_label(-1), "onbekend");
	assert_string_equal(lbm_maat_labels[LBM_ONV], "Overlast en onveiligheid");
	assert_string_equal(lbm_maat_labels[LBM_SOC], "Sociale samenhang");
}

static void test_klasse_van(void **state)
{
	static const struct {
		double d;
		int k;
	} cases[] = {
		/* The bounds: class 5 from -0.04 up to 0.04, steps of 0.04, 1 and 9 open-ended. */
		{ 0, 5 }, { 0.0399, 5 }, { 0.04, 6 }, { 0.0799, 6 }, { 0.08, 7 }, { 0.12, 8 }, { 0.1599, 8 },
		{ 0.16, 9 }, { 3, 9 }, { -0.04, 5 }, { -0.0401, 4 }, { -0.08, 4 }, { -0.0801, 3 }, { -0.12, 3 },
		{ -0.1201, 2 }, { -0.16, 2 }, { -0.1601, 1 }, { -3, 1 },
		/* Deviation and class as the Leefbaarometer's buurt layers give them (README). */
		{ 0.0011, 5 }, { -0.0844, 3 }, { -0.0582, 4 }, { 0.6321, 9 }, { 0.0320, 5 }, { 0.0343, 5 },
		{ -0.1136, 3 }, { -0.0307, 5 }, { 0.3102, 9 }, { 0.1891, 9 }, { 0.5226, 9 },
	};
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		if (lbm_klasse_van(cases[i].d) != cases[i].k)
			print_error("afwijking %g: klasse %d, want %d\n", cases[i].d, lbm_klasse_van(cases[i].d), cases[i].k);
		assert_int_equal(lbm_klasse_van(cases[i].d), cases[i].k);
	}
	assert_int_equal(lbm_klasse_van(NAN), 5);
}

static void test_trend(void **state)
{
	char s[100];
	(void)state;

	assert_int_equal(lbm_trend_van(0, 5), LBM_TREND_GEEN);
	assert_int_equal(lbm_trend_van(4, 5), LBM_TREND_BETER);
	assert_int_equal(lbm_trend_van(5, 5), LBM_TREND_GELIJK);
	assert_int_equal(lbm_trend_van(5, 3), LBM_TREND_SLECHTER);
	lbm_trend_tekst(4, 5, 2020, s, sizeof(s));
	assert_string_equal(s, "beter (+1 klasse sinds 2020)");
	lbm_trend_tekst(5, 3, 2022, s, sizeof(s));
	assert_string_equal(s, "slechter (-2 klassen sinds 2022)");
	lbm_trend_tekst(6, 6, 2018, s, sizeof(s));
	assert_string_equal(s, "gelijk (0) sinds 2018");
	lbm_trend_tekst(0, 6, 2018, s, sizeof(s));
	assert_string_equal(s, "");
	assert_string_equal(lbm_trend_sign(LBM_TREND_BETER), "▲");
	assert_string_equal(lbm_trend_sign(LBM_TREND_SLECHTER), "▼");
	assert_string_equal(lbm_trend_sign(LBM_TREND_GELIJK), "=");
	assert_string_equal(lbm_trend_sign(LBM_TREND_GEEN), "");
}

/* The real open-data layout: comma separated, decimal point, no classes: every class derived. */
static void test_open_data_comma(void **state)
{
	struct lbm_file f;
	(void)state;

	assert_int_equal(parse(&f, "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\r\n"
				   "BU99990101,Binnenstad,2022,4.5682,0.5226,0.0011,-0.0844,-0.0582,0.6321,0.0320\r\n"
				   "bu99990102,\"Stations, kwartier\",2024,3.9,-0.1136,0,-0.1136,0,0,0\r\n"), 0);
	assert_errors(&f, none);
	assert_int_equal(f.separator, ',');
	assert_int_equal(f.n_rows, 2);
	const struct lbm_row *r = &f.rows[0];
	assert_string_equal(r->code, "BU99990101");
	assert_int_equal(r->soort, AREA_BUURT);
	assert_int_equal(r->jaar, 2022);
	assert_true(r->has_score);
	assert_true(fabs(r->score - 4.5682) < 1e-9);
	assert_true(fabs(r->m[LBM_TOTAAL].waarde - 0.5226) < 1e-9);
	assert_int_equal(r->m[LBM_TOTAAL].klasse, 9);
	assert_int_equal(r->m[LBM_FYS].klasse, 5);
	assert_int_equal(r->m[LBM_ONV].klasse, 3);
	assert_int_equal(r->m[LBM_SOC].klasse, 4);
	assert_int_equal(r->m[LBM_VRZ].klasse, 9);
	assert_int_equal(r->m[LBM_WON].klasse, 5);
	assert_int_equal(lbm_row_afgeleid(r), 63);
	/* The code is upper-cased, the quoted name with its comma is skipped as an unknown column. */
	assert_string_equal(f.rows[1].code, "BU99990102");
	assert_int_equal(f.rows[1].m[LBM_ONV].klasse, 3);
	assert_int_equal(f.n_jaren, 2);
	char jaren[80];
	lbm_jaren_tekst(&f, jaren, sizeof(jaren));
	assert_string_equal(jaren, "2022: 1, 2024: 1");
	lbm_release(&f);
}

/* A Dutch spreadsheet: ';', decimal comma, a BOM, other names, class columns taken as they are. */
static void test_semicolon_decimal_comma_classes(void **state)
{
	struct lbm_file f;
	(void)state;

	assert_int_equal(parse(&f, "\xef\xbb\xbfGWB_CODE ; Jaar;Totaalscore;KSCORE;Woningvoorraad;kwon;"
				   "Fysieke omgeving;kfys;Voorzieningen;Sociale samenhang;Overlast en onveiligheid;konv\n"
				   "WK999901;2020;4,1;7;-0,0210;2;0,05;8;0,20;-0,052;-0,061;1\n"
				   "\n"
				   "WK0363af;2022;;3;1e-2;;-4,5E-2;;0;0;0;\n"), 0);
	assert_errors(&f, none);
	assert_int_equal(f.separator, ';');
	const struct lbm_row *r = &f.rows[0];
	assert_int_equal(r->m[LBM_TOTAAL].klasse, 7);          /* the file's kscore, not derived */
	assert_false(r->m[LBM_TOTAAL].has_waarde);             /* no afw column */
	assert_int_equal(r->m[LBM_WON].klasse, 2);             /* kwon, though -0,021 would be 5 */
	assert_true(fabs(r->m[LBM_WON].waarde + 0.021) < 1e-9);
	assert_int_equal(r->m[LBM_FYS].klasse, 8);
	assert_int_equal(r->m[LBM_VRZ].klasse, 9);             /* derived from 0,20 */
	assert_int_equal(r->m[LBM_SOC].klasse, 4);
	assert_int_equal(r->m[LBM_ONV].klasse, 1);
	assert_int_equal(lbm_row_afgeleid(r), LBM_AFGELEID_BIT(LBM_VRZ) | LBM_AFGELEID_BIT(LBM_SOC));
	assert_true(r->has_score);
	/* Line 4 after a blank line; an empty lbm is no score; exponents read; a class column left empty derives. */
	r = &f.rows[1];
	assert_int_equal(r->line, 4);
	assert_string_equal(r->code, "WK0363AF");
	assert_false(r->has_score);
	assert_true(fabs(r->m[LBM_WON].waarde - 0.01) < 1e-12);
	assert_int_equal(r->m[LBM_FYS].klasse, 4);
	assert_int_equal(r->m[LBM_ONV].klasse, 5);
	assert_int_equal(r->m[LBM_ONV].afgeleid, 1);
	lbm_release(&f);
}

/* Of several code columns the first known name wins: a buurt table that names the wijk too. */
static void test_alias_priority(void **state)
{
	struct lbm_file f;
	(void)state;

	assert_int_equal(parse(&f, "wk_code;bu_code;jaar;afw;won;fys;vrz;soc;onv\n"
				   "WK999901;BU99990101;2024;0;0;0;0;0;0\n"), 0);
	assert_string_equal(f.rows[0].code, "BU99990101");
	assert_string_equal(f.found[LBMK_CODE], "bu_code");
	lbm_release(&f);
}

static void test_bad_rows(void **state)
{
	struct lbm_file f;
	static const char *const want[] = {
		"2: klasse '10' (kolom kscore) moet een geheel getal van 1 tot en met 9 zijn",
		"3: klasse 'goed' (kolom kscore)",
		"4: onbekende buurt BU99999999",
		"5: 'C-1042' is geen CBS-code",
		"6: jaar '24' is geen jaartal",
		"7: won '0,1x' (woningvoorraad) is geen getal",
		"8: onv '12' (overlast en onveiligheid) is geen getal van -10 tot 10",
		"9: geen waarde en geen klasse voor afwijking van de totaalscore",
		"10: BU99990101 staat voor 2024 al op regel 2",
		"11: 7 velden, maar de kopregel heeft 9 kolommen",
		NULL,
	};
	(void)state;

	assert_int_equal(parse(&f, "bu_code;jaar;kscore;afw;won;fys;vrz;soc;onv\n"
				   "BU99990101;2024;10;0;0;0;0;0;0\n"
				   "BU99990101;2022;goed;0;0;0;0;0;0\n"
				   "BU99999999;2024;5;0;0;0;0;0;0\n"
				   "C-1042;2024;5;0;0;0;0;0;0\n"
				   "BU99990102;24;5;0;0;0;0;0;0\n"
				   "BU99990102;2018;5;0;0,1x;0;0;0;0\n"
				   "BU99990102;2020;5;0;0;0;0;0;12\n"
				   "BU99990102;2022;;;0;0;0;0;0\n"
				   "BU99990101;2024;5;0;0;0;0;0;0\n"
				   "BU99990102;2024;5;0;0;0;0\n"), -1);
	assert_errors(&f, want);
	assert_int_equal(f.n_rows, 0);          /* nothing to store */
	assert_int_equal(f.n_rows_read, 10);
	lbm_release(&f);
}

static void test_missing_columns(void **state)
{
	struct lbm_file f;
	static const char *const no_jaar[] = { "1: de kolom 'jaar' ontbreekt", NULL };
	static const char *const no_onv[] = { "1: de kolom 'onv' (Overlast en onveiligheid) of 'konv' (klasse) ontbreekt", NULL };
	static const char *const only_lbm[] = { "1: de kolom 'afw' (afwijking van de totaalscore) of 'kscore'", NULL };
	static const char *const no_code[] = { "1: de kolom met de CBS-code ontbreekt", NULL };
	static const char *const twice[] = { "1: de kolom 'afw' staat twee keer in de kopregel", NULL };
	static const char *const no_header[] = { "1: geen kopregel gevonden", NULL };
	(void)state;

	assert_int_equal(parse(&f, "bu_code;afw;won;fys;vrz;soc;onv\nBU99990101;0;0;0;0;0;0\n"), -1);
	assert_errors(&f, no_jaar);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code;jaar;afw;won;fys;vrz;soc\nBU99990101;2024;0;0;0;0;0\n"), -1);
	assert_errors(&f, no_onv);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code;jaar;lbm;won;fys;vrz;soc;onv\nBU99990101;2024;4;0;0;0;0;0\n"), -1);
	assert_errors(&f, only_lbm);
	lbm_release(&f);
	assert_int_equal(parse(&f, "naam;jaar;afw;won;fys;vrz;soc;onv\nx;2024;0;0;0;0;0;0\n"), -1);
	assert_errors(&f, no_code);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code;jaar;afw;AFW;won;fys;vrz;soc;onv\nBU99990101;2024;0;0;0;0;0;0;0\n"), -1);
	assert_errors(&f, twice);
	lbm_release(&f);
	assert_int_equal(parse(&f, "naam;plaats\nx;y\n"), -1);
	assert_errors(&f, no_header);
	lbm_release(&f);
}

static void test_empty_and_not_csv(void **state)
{
	struct lbm_file f;
	static const char *const empty[] = { "0: Het bestand is leeg", NULL };
	static const char *const header_only[] = { "0: alleen de kopregel", NULL };
	static const char *const excel[] = { "0: Dit is een Excel-bestand", NULL };
	static const char *const latin1[] = { "2: het bestand is geen UTF-8", NULL };
	static const char *const no_sep[] = { "1: geen kopregel gevonden", NULL };
	(void)state;

	assert_int_equal(lbm_parse(&f, "", 0, &lookup), -1);
	assert_errors(&f, empty);
	lbm_release(&f);
	assert_int_equal(parse(&f, " \r\n\n"), -1);
	assert_errors(&f, empty);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code;jaar;afw;won;fys;vrz;soc;onv\r\n"), -1);
	assert_errors(&f, header_only);
	lbm_release(&f);
	assert_int_equal(lbm_parse(&f, "PK\x03\x04rest", 8, &lookup), -1);
	assert_errors(&f, excel);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code;jaar;afw;won;fys;vrz;soc;onv\nBU99990101;2024;0;0;0;0;0;0 \xe9\n"), -1);
	assert_errors(&f, latin1);
	lbm_release(&f);
	assert_int_equal(parse(&f, "bu_code\n"), -1);
	assert_errors(&f, no_sep);
	lbm_release(&f);
	/* Too big is refused on the length alone. */
	assert_int_equal(lbm_parse(&f, "x", LBM_MAX_BYTES + 1, &lookup), -1);
	assert_int_equal(f.n_errors, 1);
	assert_non_null(strstr(f.errors[0].msg, "hoogstens 20 MB"));
	lbm_release(&f);
}

/* The demo's codes by their shape: WK9999.. a wijk, BU9999.. a buurt. */
static int demo_soort_of(void *ctx, const char *code)
{
	(void)ctx;
	return !strncmp(code, "WK9999", 6) ? AREA_WIJK : !strncmp(code, "BU9999", 6) ? AREA_BUURT : -1;
}

/* The sample file in docs/ reads whole, and tells the demo's story (run from the repository root). */
static void test_voorbeeld(void **state)
{
	static const struct areaimport_lookup demo = { demo_soort_of, NULL };
	struct lbm_file f;
	FILE *fp = fopen("docs/leefbaarometer-voorbeeld.csv", "rb");
	char buf[16384], jaren[80];
	int onv[4], n_onv = 0, totaal[4], n_tot = 0;
	(void)state;

	assert_non_null(fp);
	size_t n = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	assert_int_equal(lbm_parse(&f, buf, n, &demo), 0);
	assert_int_equal(f.n_rows, 36);
	lbm_jaren_tekst(&f, jaren, sizeof(jaren));
	assert_string_equal(jaren, "2018: 9, 2020: 9, 2022: 9, 2024: 9");
	for (size_t i = 0; i < f.n_rows; i++) {
		if (!strcmp(f.rows[i].code, "BU99990302"))
			onv[n_onv++] = f.rows[i].m[LBM_ONV].klasse;
		if (!strcmp(f.rows[i].code, "BU99990102"))
			totaal[n_tot++] = f.rows[i].m[LBM_TOTAAL].klasse;
	}
	assert_int_equal(n_onv, 4);
	/* Havenkant slides on overlast en onveiligheid; Stationskwartier climbs. */
	assert_true(onv[0] > onv[1] && onv[1] > onv[2] && onv[2] > onv[3]);
	assert_true(totaal[3] > totaal[0]);
	lbm_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_klasse_van),
		cmocka_unit_test(test_trend),
		cmocka_unit_test(test_open_data_comma),
		cmocka_unit_test(test_semicolon_decimal_comma_classes),
		cmocka_unit_test(test_alias_priority),
		cmocka_unit_test(test_bad_rows),
		cmocka_unit_test(test_missing_columns),
		cmocka_unit_test(test_empty_and_not_csv),
		cmocka_unit_test(test_voorbeeld),
	};

	return cmocka_run_group_tests_name("lbm", tests, NULL, NULL);
}
