/*
 * test_areaimport.c - unit tests for domain/areaimport.c and domain/area.c:
 * the gebieden and adressen CSV files (BOM, both separators, RFC 4180
 * quoting, CRLF and CR-only lines, header by name, Latin-1, CBS codes with
 * letters, duplicates, unknown areas, every error with its line) and the
 * checks on one area.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/area.h"
#include "domain/areaimport.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* What the "database" holds for these tests. */
static const struct {
	const char *code;
	int soort;
} db_areas[] = {
	{ "WK999901", AREA_WIJK },
	{ "BU99990101", AREA_BUURT },
	{ "BU99990102", AREA_BUURT },
	{ "C-1042", AREA_COMPLEX },
	{ "WK0363AF", AREA_WIJK },
	{ "BU0363AF09", AREA_BUURT },
};

static int lookups;

static int fake_soort_of(void *ctx, const char *code)
{
	(void)ctx;
	lookups++;
	for (size_t i = 0; i < ARRAY_SIZE(db_areas); i++)
		if (!strcmp(db_areas[i].code, code))
			return db_areas[i].soort;
	return -1;
}

static const struct areaimport_lookup lookup = { fake_soort_of, NULL };

static int parse(struct areaimport *imp, enum areaimport_kind kind, const char *text)
{
	return areaimport_parse(imp, kind, text, strlen(text), &lookup);
}

/* Fails with every error printed unless the import has exactly the errors want (NULL-terminated, "7: text"). */
static void assert_errors(const struct areaimport *imp, const char *const want[])
{
	size_t n = 0;
	int ok = 1;

	while (want[n])
		n++;
	if (n != imp->n_errors)
		ok = 0;
	for (size_t i = 0; ok && i < n; i++) {
		char line[16];
		int len = snprintf(line, sizeof(line), "%d: ", imp->errors[i].line);
		if (strncmp(want[i], line, (size_t)len) || !strstr(imp->errors[i].msg, want[i] + len))
			ok = 0;
	}
	if (!ok) {
		print_error("want %zu errors, got %zu:\n", n, imp->n_errors);
		for (size_t i = 0; i < imp->n_errors; i++)
			print_error("  %d: %s\n", imp->errors[i].line, imp->errors[i].msg);
		fail();
	}
	assert_int_equal(imp->n_errors_total, imp->n_errors);
}

static const char *const none[] = { NULL };

/* ---- gebieden ------------------------------------------------------------ */

static void test_gebieden_semicolon(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "WK999902;Noord;wijk;;2100\n"
			       "BU99990201;Bloemenbuurt;buurt;WK999902;940\n"
			       "C-2001;De Tulp;complex;BU99990201;48\n"
			       "C-2002;Verspreid bezit Noord;complex;WK999902;12\n"), 0);
	assert_errors(&imp, none);
	assert_int_equal(imp.separator, ';');
	assert_int_equal(imp.n_rows, 4);
	assert_string_equal(imp.areas[0].code, "WK999902");
	assert_int_equal(imp.areas[0].soort, AREA_WIJK);
	assert_string_equal(imp.areas[0].parent, "");
	assert_int_equal(imp.areas[0].woningen, 2100);
	assert_int_equal(imp.areas[1].line, 3);
	assert_string_equal(imp.areas[1].parent, "WK999902");
	assert_int_equal(imp.areas[2].soort, AREA_COMPLEX);
	assert_string_equal(imp.areas[3].parent, "WK999902");
	areaimport_release(&imp);
}

/* Comma, BOM, CRLF, columns in another order, an extra column, quoted fields. */
static void test_gebieden_comma_bom_crlf_quotes(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "\xef\xbb\xbf" "Soort,Code,Naam,Woningen,Bovenliggend,Opmerking\r\n"
			       "buurt,BU99990103,\"Oude Haven, Kade\",310,WK999901,\"zegt \"\"hallo\"\"\"\r\n"
			       "complex,C-77,\"Flat \"\"De Meeuw\"\"\",,BU99990103,\r\n"), 0);
	assert_errors(&imp, none);
	assert_int_equal(imp.separator, ',');
	assert_int_equal(imp.n_rows, 2);
	assert_string_equal(imp.areas[0].naam, "Oude Haven, Kade");
	assert_string_equal(imp.areas[0].code, "BU99990103");
	assert_int_equal(imp.areas[0].woningen, 310);
	assert_string_equal(imp.areas[1].naam, "Flat \"De Meeuw\"");
	assert_int_equal(imp.areas[1].woningen, 0);   /* empty: not known */
	assert_int_equal(imp.areas[1].line, 3);
	areaimport_release(&imp);
}

/* Letters after the gemeentecode (gemeenten with 100+ wijken or buurten); lower case is normalised. */
static void test_gebieden_cbs_letters(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "WK0363AG;Nieuw-West;wijk;;0\n"
			       "bu0363ag01;Slotermeer;buurt;wk0363ag;10\n"
			       "BU0363AF10;Geuzenveld;Buurt;WK0363AF;20\n"), 0);
	assert_string_equal(imp.areas[1].code, "BU0363AG01");
	assert_string_equal(imp.areas[1].parent, "WK0363AG");
	areaimport_release(&imp);

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "WK036;Kort;wijk;;0\n"
			       "BU03AB0101;Letters in de gemeentecode;buurt;WK999901;0\n"
			       "WK999901;Als buurt;buurt;WK999901;0\n"), -1);
	const char *const want[] = {
		"2: code 'WK036' is geen geldige CBS-wijkcode",
		"3: code 'BU03AB0101' is geen geldige CBS-buurtcode",
		"4: code 'WK999901' is geen geldige CBS-buurtcode",
		"4: WK999901 is al een wijk",
		"4: een gebied kan niet in zichzelf liggen",
		NULL,
	};
	assert_errors(&imp, want);
	assert_int_equal(imp.n_rows, 0);
	areaimport_release(&imp);
}

/* Every error of every row, in line order, with the line it is on. */
static void test_gebieden_every_error(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "BU99990301;Parkzicht;buurt;WK999903;910\n"       /* 2: parent later in the file: fine */
			       "WK999903;Oost;wijk;;1720\n"                       /* 3 */
			       "BU99990302;Havenkant;straat;WK999903;-4\n"        /* 4: soort, woningen */
			       "C-1;;complex;BU99990199;1\n"                      /* 5: naam, unknown parent */
			       "C-2;Flat;complex;C-1042;1\n"                      /* 6: parent is a complex (db) */
			       "BU99990303;Wijk in buurt;buurt;BU99990301;1\n"    /* 7: a buurt in a buurt */
			       "WK999904;Zuid;wijk;WK999903;1\n"                  /* 8: a wijk with a parent */
			       "BU99990301;Nog eens;buurt;WK999903;1\n"           /* 9: duplicate */
			       "C 3;Spatie;complex;BU99990301;1\n"                /* 10: complex code */
			       "C-4;Te veel;complex;BU99990301;1;x\n"             /* 11: six fields */
			       "C-5;Te weinig;complex\n"                          /* 12: three fields */
			       "C-6;Groot;complex;BU99990301;12345678\n"          /* 13: woningen */
			       "C-7;Geen ouder;complex;;0\n"),                    /* 14: parent missing */
			 -1);
	const char *const want[] = {
		"4: soort 'straat' bestaat niet",
		"4: woningen '-4' is geen aantal",
		"5: naam ontbreekt",
		"5: onbekend bovenliggend gebied BU99990199",
		"6: bovenliggend C-1042 is een complex",
		"7: bovenliggend BU99990301 is een buurt: een buurt ligt in een wijk",
		"8: een wijk ligt niet in een ander gebied",
		"9: code BU99990301 staat dubbel in het bestand (ook op regel 2)",
		"10: code 'C 3' is een complexnummer bestaat uit letters",
		"11: 6 velden, maar de kopregel heeft 5 kolommen",
		"12: 3 velden, maar de kopregel heeft 5 kolommen",
		"13: woningen '12345678' is geen aantal",
		"14: een complex hoort bij een buurt",
		NULL,
	};
	assert_errors(&imp, want);
	assert_int_equal(imp.n_rows_read, 13);
	areaimport_release(&imp);
}

static void test_gebieden_trailing_empty_fields(void **state)
{
	struct areaimport imp;
	(void)state;

	/* Spreadsheets pad rows with empty fields: harmless. */
	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "WK999905;West;wijk;;10;;;\n"), 0);
	areaimport_release(&imp);
}

/* ---- the header ----------------------------------------------------------- */

static void test_missing_column(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;woningen\n"
			       "WK999905;West;wijk;10\n"), -1);
	const char *const want[] = { "1: de kolom 'bovenliggend' ontbreekt in de kopregel", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);

	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode;huisnummer;straat;woonplaats;complex;bag_id;postcode\n"), -1);
	const char *const want2[] = {
		"1: de kolom 'postcode' staat twee keer in de kopregel",
		"1: de kolom 'toevoeging' ontbreekt",
		"1: de kolom 'buurt' ontbreekt",
		NULL,
	};
	assert_errors(&imp, want2);
	areaimport_release(&imp);
}

static void test_no_header(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN, "WK999905;West;wijk;;10\n"), -1);
	const char *const want[] = { "1: geen kopregel gevonden", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN, "alleen tekst zonder scheidingsteken\n"), -1);
	assert_errors(&imp, want);
	areaimport_release(&imp);

	/* The other kind of file: say so. */
	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\n"), -1);
	const char *const want2[] = { "1: dit lijkt een adressenbestand, geen gebiedenbestand", NULL };
	assert_errors(&imp, want2);
	areaimport_release(&imp);
}

/* ---- the file as a whole ------------------------------------------------ */

static void test_empty_and_header_only(void **state)
{
	static const char *const empties[] = { "", "\xef\xbb\xbf", "\n\r\n  \n" };
	struct areaimport imp;
	(void)state;

	for (size_t i = 0; i < ARRAY_SIZE(empties); i++) {
		assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN, empties[i]), -1);
		const char *const want[] = { "0: Het bestand is leeg", NULL };
		assert_errors(&imp, want);
		areaimport_release(&imp);
	}
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\r\n\r\n"), -1);
	const char *const want[] = { "0: Het bestand bevat alleen de kopregel en geen adressen", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);
}

static void test_latin1(void **state)
{
	struct areaimport imp;
	(void)state;

	/* "Curaçaostraat" and "Café" written by an old Excel: 0xE7 and 0xE9 alone. */
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\n"
			       "9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"
			       "9991 AA;2;;Cura\xe7" "aostraat;Voorbeeldstad;BU99990101;;\n"
			       "9991 AA;3;;Caf\xe9;Voorbeeldstad;BU99990101;;\n"), -1);
	const char *const want[] = { "3: het bestand is geen UTF-8", NULL };
	assert_errors(&imp, want);
	assert_non_null(strstr(imp.errors[0].msg, "CSV UTF-8"));
	areaimport_release(&imp);
}

static void test_not_csv(void **state)
{
	static const char xlsx[] = "PK\x03\x04\x14\x00\x06\x00";
	static const char nul[] = "code;naam;soort;bovenliggend;woningen\nWK\0;x;wijk;;1\n";
	struct areaimport imp;
	(void)state;

	assert_int_equal(areaimport_parse(&imp, AREAIMPORT_GEBIEDEN, xlsx, sizeof(xlsx) - 1, &lookup), -1);
	const char *const want[] = { "0: Dit is een Excel-bestand", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);

	assert_int_equal(areaimport_parse(&imp, AREAIMPORT_GEBIEDEN, nul, sizeof(nul) - 1, &lookup), -1);
	const char *const want2[] = { "2: het bestand bevat een nul-byte", NULL };
	assert_errors(&imp, want2);
	areaimport_release(&imp);
}

static void test_too_big(void **state)
{
	struct areaimport imp;
	size_t len = AREAIMPORT_MAX_BYTES + 1;
	char *big = malloc(len);
	(void)state;

	assert_non_null(big);
	memset(big, 'x', len);
	assert_int_equal(areaimport_parse(&imp, AREAIMPORT_ADRESSEN, big, len, &lookup), -1);
	const char *const want[] = { "0: hoogstens 20 MB", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);
	free(big);
}

/* A stray quote stops the reading (the rest cannot be trusted); what came before is reported too. */
static void test_bad_quotes(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "C-1;;complex;BU99990101;1\n"
			       "C-2;De \"Meeuw\";complex;BU99990101;1\n"
			       "C-3;;complex;BU99990101;1\n"), -1);
	const char *const want[] = {
		"2: naam ontbreekt",
		"3: een aanhalingsteken staat op een verkeerde plek",
		NULL,
	};
	assert_errors(&imp, want);
	areaimport_release(&imp);

	assert_int_equal(parse(&imp, AREAIMPORT_GEBIEDEN,
			       "code;naam;soort;bovenliggend;woningen\n"
			       "C-1;x;complex;BU99990101;1\n"
			       "C-2;\"Open;complex;BU99990101;1\n"
			       "C-3;y;complex;BU99990101;1\n"), -1);
	const char *const want2[] = { "3: een aanhalingsteken wordt niet afgesloten", NULL };
	assert_errors(&imp, want2);
	areaimport_release(&imp);
}

/* ---- adressen ------------------------------------------------------------ */

static const char address_header[] = "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\n";

static void test_adressen_good(void **state)
{
	struct areaimport imp;
	(void)state;

	/* An ERP's extra column (opmerking) is ignored, even with a value over two lines. */
	lookups = 0;
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id;opmerking\n"
			       "9991AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;9999200000000001;\n"
			       "9991 aa;1;a;Kerkstraat;Voorbeeldstad;bu99990101;;;\n"
			       " 9991  AA ;1;-b;Kerkstraat;Voorbeeldstad;BU99990101;C-1042;;\n"
			       "\n"
			       "9991 AB;12;bis;\"Burgemeester de Withstraat; achterzijde\";Voorbeeldstad;BU99990102;;;\n"
			       "9991 AB;14;;Lange straat;Voorbeeldstad;BU99990102;;;\"eerste regel\ntweede regel\"\n"
			       "9991 AB;16;;\"Korte \"\"straat\"\"\";Voorbeeldstad;BU0363AF09;;;\n"), 0);
	assert_errors(&imp, none);
	assert_int_equal(imp.n_rows, 6);
	assert_string_equal(imp.addresses[0].postcode, "9991 AA");
	assert_int_equal(imp.addresses[0].huisnummer, 1);
	assert_string_equal(imp.addresses[0].toevoeging, "");
	assert_string_equal(imp.addresses[0].bag_id, "9999200000000001");
	assert_string_equal(imp.addresses[1].toevoeging, "A");
	assert_string_equal(imp.addresses[1].buurt, "BU99990101");
	assert_string_equal(imp.addresses[2].postcode, "9991 AA");
	assert_string_equal(imp.addresses[2].toevoeging, "B");
	assert_string_equal(imp.addresses[2].complex, "C-1042");
	assert_string_equal(imp.addresses[3].straat, "Burgemeester de Withstraat; achterzijde");
	assert_string_equal(imp.addresses[3].toevoeging, "BIS");
	assert_int_equal(imp.addresses[3].line, 6);          /* the blank line counts */
	assert_int_equal(imp.addresses[4].line, 7);
	assert_string_equal(imp.addresses[5].straat, "Korte \"straat\"");
	assert_int_equal(imp.addresses[5].line, 9);          /* after a value over two lines */
	/* Each code is looked up once, however many rows use it. */
	assert_int_equal(lookups, 4);
	areaimport_release(&imp);

	/* A line break inside a street name is refused, on the line the row starts. */
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id\n"
			       "9991 AB;14;;\"Lange\nstraat\";Voorbeeldstad;BU99990102;;\n"
			       "9991 AB;16;;Korte straat;Voorbeeldstad;BU99990199;;\n"), -1);
	const char *const want[] = {
		"2: straat bevat een tab, regeleinde of ander stuurteken",
		"4: onbekende buurt BU99990199",
		NULL,
	};
	assert_errors(&imp, want);
	areaimport_release(&imp);
}

static void test_adressen_every_error(void **state)
{
	struct areaimport imp;
	char text[4096];
	(void)state;

	snprintf(text, sizeof(text), "%s%s", address_header,
		 "9991 AA;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"           /* 2 */
		 "9991 aa;1;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"           /* 3: duplicate of 2 */
		 "0991 AA;2;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"           /* 4: postcode */
		 "9991 SA;3;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"           /* 5: postcode SA */
		 "9991 AA;4a;;Kerkstraat;Voorbeeldstad;BU99990101;;\n"          /* 6: huisnummer */
		 "9991 AA;5;;Kerkstraat;Voorbeeldstad;BU99990199;;\n"           /* 7: unknown buurt */
		 "9991 AA;6;ABCDE;Kerkstraat;Voorbeeldstad;BU99990101;;\n"      /* 8: toevoeging */
		 "9991 AA;7;;;Voorbeeldstad;BU99990101;;\n"                     /* 9: straat */
		 "9991 AA;8;;Kerkstraat;Voorbeeldstad;BU99990101;C-9;\n"        /* 10: unknown complex */
		 "9991 AA;9;;Kerkstraat;Voorbeeldstad;BU99990101;;12345\n"      /* 11: bag_id */
		 "9991 AA;10;;Kerkstraat;Voorbeeldstad;WK999901;;\n"            /* 12: a wijk code */
		 "9991 AA;11;;Kerkstraat;Voorbeeldstad;BU99990101;BU99990102;\n" /* 13: a buurt as complex */
		 "9991 AA;12;;Kerkstraat;Voorbeeldstad;;;\n"                    /* 14: buurt missing */
		 "9991 AA;13;;Kerkstraat;;BU99990101;;9999200000000001\n"       /* 15: woonplaats */
		 "9991 AA;14;;Kerkstraat;Voorbeeldstad;BU99990101;;9999200000000001\n" /* 16: bag twice */
		 ";;;Kerkstraat;Voorbeeldstad;BU99990101;;\n");                 /* 17 */
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN, text), -1);
	const char *const want[] = {
		"3: dubbel adres 9991 AA 1 (ook op regel 2)",
		"4: postcode '0991 AA' is geen geldige postcode",
		"5: postcode '9991 SA' is geen geldige postcode",
		"6: huisnummer '4a' is geen geldig huisnummer",
		"7: onbekende buurt BU99990199",
		"8: toevoeging 'ABCDE' is ongeldig",
		"9: straat ontbreekt",
		"10: onbekend complex C-9",
		"11: bag_id '12345' moet 16 cijfers zijn",
		"12: buurt 'WK999901' is geen geldige CBS-buurtcode",
		"13: BU99990102 is geen complex maar een buurt",
		"14: buurt ontbreekt",
		"15: woonplaats ontbreekt",
		"16: bag_id 9999200000000001 staat ook op regel 15",
		"17: postcode ontbreekt",
		"17: huisnummer ontbreekt",
		NULL,
	};
	assert_errors(&imp, want);
	assert_int_equal(imp.n_rows, 0);
	assert_int_equal(imp.n_rows_read, 16);
	areaimport_release(&imp);
}

/* Old Excel for Mac: CR alone ends a line, also among CRLF and LF. */
static void test_cr_only(void **state)
{
	struct areaimport imp;
	(void)state;

	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode,huisnummer,toevoeging,straat,woonplaats,buurt,complex,bag_id\r"
			       "9991 AA,1,,Kerkstraat,Voorbeeldstad,BU99990101,,\r"
			       "9991 AA,2,,Kerkstraat,Voorbeeldstad,BU99990199,,\r"), -1);
	const char *const want[] = { "3: onbekende buurt BU99990199", NULL };
	assert_errors(&imp, want);
	areaimport_release(&imp);

	/* Mixed: a CR alone, then CRLF and LF; each ends a line as an editor shows it. */
	assert_int_equal(parse(&imp, AREAIMPORT_ADRESSEN,
			       "postcode,huisnummer,toevoeging,straat,woonplaats,buurt,complex,bag_id\r"
			       "9991 AA,1,,Kerkstraat,Voorbeeldstad,BU99990101,,\r\n"
			       "9991 AA,2,,Kerkstraat,Voorbeeldstad,BU99990101,,\n"
			       "9991 AA,3,,Kerkstraat,Voorbeeldstad,BU99990199,,\n"), -1);
	const char *const want2[] = { "4: onbekende buurt BU99990199", NULL };
	assert_errors(&imp, want2);
	areaimport_release(&imp);
}

/* A wholly wrong file: every error is counted, only the first AREAIMPORT_MAX_ERRORS kept. */
static void test_error_cap(void **state)
{
	struct areaimport imp;
	size_t rows = AREAIMPORT_MAX_ERRORS + 500;
	char *text = malloc(sizeof(address_header) + rows * 64);
	size_t len;
	(void)state;

	assert_non_null(text);
	len = (size_t)sprintf(text, "%s", address_header);
	for (size_t i = 0; i < rows; i++)
		len += (size_t)sprintf(text + len, "9991 AA;%zu;;Kerkstraat;Voorbeeldstad;BU99990199;;\n", i + 1);
	assert_int_equal(areaimport_parse(&imp, AREAIMPORT_ADRESSEN, text, len, &lookup), -1);
	assert_int_equal(imp.n_errors, AREAIMPORT_MAX_ERRORS);
	assert_int_equal(imp.n_errors_total, rows);
	assert_int_equal(imp.errors[0].line, 2);
	areaimport_release(&imp);
	free(text);
}

/* ---- one area (domain/area.c) ------------------------------------------ */

static void test_area_checks(void **state)
{
	char code[32];
	int n;
	(void)state;

	assert_int_equal(area_soort_parse(" Complex "), AREA_COMPLEX);
	assert_int_equal(area_soort_parse("straat"), -1);
	assert_int_equal(area_soort_parse(NULL), -1);

	snprintf(code, sizeof(code), " wk0363af ");
	area_code_normalize(AREA_WIJK, code);
	assert_string_equal(code, "WK0363AF");
	assert_null(area_code_check(AREA_WIJK, code));
	snprintf(code, sizeof(code), "c-1042");
	area_code_normalize(AREA_COMPLEX, code);
	assert_string_equal(code, "c-1042");
	assert_null(area_code_check(AREA_COMPLEX, code));
	assert_non_null(area_code_check(AREA_COMPLEX, "C-123456789012345678901"));
	assert_non_null(area_code_check(AREA_COMPLEX, "C.1"));
	assert_non_null(area_code_check(AREA_COMPLEX, ""));
	assert_non_null(area_code_check(AREA_BUURT, "WK036301"));
	assert_null(area_code_check(AREA_BUURT, "BU0363AF09"));

	assert_null(area_parent_check(AREA_WIJK, -1));
	assert_non_null(area_parent_check(AREA_WIJK, AREA_WIJK));
	assert_null(area_parent_check(AREA_BUURT, AREA_WIJK));
	assert_non_null(area_parent_check(AREA_BUURT, AREA_BUURT));
	assert_non_null(area_parent_check(AREA_BUURT, -1));
	assert_null(area_parent_check(AREA_COMPLEX, AREA_BUURT));
	assert_null(area_parent_check(AREA_COMPLEX, AREA_WIJK));
	assert_non_null(area_parent_check(AREA_COMPLEX, AREA_COMPLEX));

	assert_int_equal(area_woningen_parse("", &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(area_woningen_parse(" 1450 ", &n), 0);
	assert_int_equal(n, 1450);
	assert_int_equal(area_woningen_parse("1000000", &n), 0);
	assert_int_equal(area_woningen_parse("1000001", &n), -1);
	assert_int_equal(area_woningen_parse("-1", &n), -1);
	assert_int_equal(area_woningen_parse("1.5", &n), -1);
	assert_int_equal(area_woningen_parse("99999999999", &n), -1);

	assert_null(area_text_check("Stationskwartier", 120));
	assert_non_null(area_text_check("a\tb", 120));
	assert_non_null(area_text_check("\xe9", 120));
	assert_non_null(area_text_check("abc", 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gebieden_semicolon),
		cmocka_unit_test(test_gebieden_comma_bom_crlf_quotes),
		cmocka_unit_test(test_gebieden_cbs_letters),
		cmocka_unit_test(test_gebieden_every_error),
		cmocka_unit_test(test_gebieden_trailing_empty_fields),
		cmocka_unit_test(test_missing_column),
		cmocka_unit_test(test_no_header),
		cmocka_unit_test(test_empty_and_header_only),
		cmocka_unit_test(test_latin1),
		cmocka_unit_test(test_not_csv),
		cmocka_unit_test(test_too_big),
		cmocka_unit_test(test_bad_quotes),
		cmocka_unit_test(test_adressen_good),
		cmocka_unit_test(test_adressen_every_error),
		cmocka_unit_test(test_cr_only),
		cmocka_unit_test(test_error_cap),
		cmocka_unit_test(test_area_checks),
	};

	return cmocka_run_group_tests_name("areaimport", tests, NULL, NULL);
}
