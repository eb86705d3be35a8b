/*
 * test_melding.c - unit tests for the melding's pure parts: the state
 * machine (every status against every action), the terms across weekends,
 * feestdagen and closing days and the due markers, the one validator, euro
 * amounts, the FTS5 quoting of the list's search and the datetime-local
 * moments of the staff forms.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/fts.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "web/meldingen.h"
#include "lib/buf.h"
#include "store/melding_list.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int32_t D(const char *s)
{
	int32_t dn;

	if (days_parse(s, &dn) != 0)
		fail_msg("bad date in test: %s", s);
	return dn;
}

/* ---- the state machine ------------------------------------------------- */

#define NO (-1)   /* refused */

/* to[status][action]: the state after the action, or NO. */
static const int expect[MS__MAX][MA__MAX] = {
	/*                    bevestigen    toewijzen          notitie            terugkoppelen      afsluiten      heropenen          koppelen           ontkoppelen */
	[MS_NIEUW] =          { MS_BEVESTIGD, MS_NIEUW,          MS_NIEUW,          MS_TERUGGEKOPPELD, MS_AFGESLOTEN, NO,                MS_NIEUW,          MS_NIEUW },
	[MS_BEVESTIGD] =      { NO,           MS_IN_BEHANDELING, MS_BEVESTIGD,      MS_TERUGGEKOPPELD, MS_AFGESLOTEN, NO,                MS_BEVESTIGD,      MS_BEVESTIGD },
	[MS_IN_BEHANDELING] = { NO,           MS_IN_BEHANDELING, MS_IN_BEHANDELING, MS_TERUGGEKOPPELD, MS_AFGESLOTEN, NO,                MS_IN_BEHANDELING, MS_IN_BEHANDELING },
	[MS_TERUGGEKOPPELD] = { NO,           MS_TERUGGEKOPPELD, MS_TERUGGEKOPPELD, MS_TERUGGEKOPPELD, MS_AFGESLOTEN, NO,                MS_TERUGGEKOPPELD, MS_TERUGGEKOPPELD },
	[MS_AFGESLOTEN] =     { NO,           NO,                MS_AFGESLOTEN,     NO,                NO,            MS_IN_BEHANDELING, MS_AFGESLOTEN,     MS_AFGESLOTEN },
};

static void test_every_status_and_action(void **state)
{
	(void)state;
	for (int s = 0; s < MS__MAX; s++) {
		for (int a = 0; a < MA__MAX; a++) {
			enum melding_status to = MS__MAX;
			const char *why = "unset";
			int rc = melding_transition((enum melding_status)s, (enum melding_action)a, &to, &why);
			if (expect[s][a] == NO) {
				if (rc != -1 || !why || !why[0] || to != (enum melding_status)s)
					fail_msg("%s + %s: want refused with a message, got rc %d", melding_status_ids[s],
						 melding_action_ids[a], rc);
			} else {
				if (rc != 0 || why != NULL || (int)to != expect[s][a])
					fail_msg("%s + %s: want %s, got rc %d to %d", melding_status_ids[s],
						 melding_action_ids[a], melding_status_ids[expect[s][a]], rc, (int)to);
			}
		}
	}
}

static void test_transition_messages_are_dutch_and_specific(void **state)
{
	(void)state;
	enum melding_status to;
	const char *why;

	assert_int_equal(melding_transition(MS_AFGESLOTEN, MA_TERUGKOPPELEN, &to, &why), -1);
	assert_non_null(strstr(why, "Heropen haar eerst"));
	assert_int_equal(melding_transition(MS_NIEUW, MA_HEROPENEN, &to, &why), -1);
	assert_non_null(strstr(why, "Alleen een afgesloten melding"));
	/* Out of range is refused, not undefined. */
	assert_int_equal(melding_transition(MS__MAX, MA_NOTITIE, &to, &why), -1);
	assert_int_equal(melding_transition(MS_NIEUW, MA__MAX, &to, &why), -1);
	assert_int_equal(melding_transition((enum melding_status)-1, MA_NOTITIE, &to, &why), -1);
}

static void test_ids_round_trip(void **state)
{
	(void)state;
	for (int i = 0; i < MS__MAX; i++)
		assert_int_equal(melding_status_parse(melding_status_ids[i]), i);
	for (int i = 0; i < MA__MAX; i++)
		assert_int_equal(melding_action_parse(melding_action_ids[i]), i);
	for (int i = 0; i < KANAAL__MAX; i++)
		assert_int_equal(kanaal_parse(kanaal_ids[i]), i);
	for (int i = 0; i < PIJLER__MAX; i++)
		assert_int_equal(pijler_parse(pijler_ids[i]), i);
	for (int i = 0; i < MSORT__MAX; i++)
		assert_int_equal(melding_sort_parse(melding_sort_ids[i]), i);
	for (int i = 0; i < MLATE__MAX; i++)
		assert_int_equal(melding_late_parse(melding_late_ids[i]), i);
	assert_int_equal(melding_status_parse("Nieuw"), -1);
	assert_int_equal(melding_action_parse("verwijderen"), -1);
	assert_int_equal(melding_action_parse(NULL), -1);
	assert_int_equal(melding_sort_parse("id; DROP TABLE melding"), -1);
	assert_int_equal(melding_late_parse("ooit"), -1);
}

/* ---- terms and due markers --------------------------------------------- */

static const struct terms standard = { 2, 10, 5 };

static void test_due_across_weekend_and_koningsdag(void **state)
{
	(void)state;
	struct due d;

	/* Friday 24 April 2026; Monday the 27th is Koningsdag, 5 May Bevrijdingsdag. */
	melding_due(NULL, D("2026-04-24"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2026-04-29"));
	assert_int_equal(d.terugkoppelen, D("2026-05-12"));
	assert_int_equal(d.streef, D("2026-05-04"));
}

static void test_due_across_christmas_and_closing_days(void **state)
{
	(void)state;
	struct due d;
	int32_t closing[] = { D("2026-12-28"), D("2026-12-29"), D("2026-12-30"), D("2026-12-31") };
	struct werkdagen_cal cal = { .closing = closing, .n_closing = ARRAY_SIZE(closing) };

	/* Thursday 24 December: Kerst, the weekend, then the 28th and 29th. */
	melding_due(NULL, D("2026-12-24"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2026-12-29"));
	assert_int_equal(d.terugkoppelen, D("2027-01-11"));
	/* Closed between Christmas and New Year: Nieuwjaarsdag too, so Monday 4 January and on. */
	melding_due(&cal, D("2026-12-24"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2027-01-05"));
	assert_int_equal(d.streef, D("2027-01-08"));
	assert_int_equal(d.terugkoppelen, D("2027-01-15"));
}

static void test_due_hemelvaart_and_goede_vrijdag(void **state)
{
	(void)state;
	struct due d;

	/* Wednesday 13 May 2026; Thursday the 14th is Hemelvaartsdag. */
	melding_due(NULL, D("2026-05-13"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2026-05-18"));
	/* Good Friday 2027 (26 March) is a werkdag for our own terms; Easter Monday is not. */
	melding_due(NULL, D("2027-03-25"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2027-03-30"));
	/* A melding on a Saturday counts from the Monday after. */
	melding_due(NULL, D("2026-03-07"), &standard, &d);
	assert_int_equal(d.bevestigen, D("2026-03-10"));
	/* Other terms per category. */
	struct terms quick = { 0, 1, 1 };
	melding_due(NULL, D("2026-03-06"), &quick, &d);
	assert_int_equal(d.bevestigen, D("2026-03-06"));
	assert_int_equal(d.terugkoppelen, D("2026-03-09"));
}

static void test_due_states(void **state)
{
	(void)state;
	int32_t due = D("2026-03-10");

	assert_int_equal(melding_due_state(due, -1, due - 1), DUE_OPEN);
	assert_int_equal(melding_due_state(due, -1, due), DUE_TODAY);
	assert_int_equal(melding_due_state(due, -1, due + 1), DUE_LATE);
	assert_int_equal(melding_due_state(due, due - 3, due + 20), DUE_MET);
	assert_int_equal(melding_due_state(due, due, due + 20), DUE_MET);
	assert_int_equal(melding_due_state(due, due + 1, due + 1), DUE_MET_LATE);
}

/* ---- the validator ------------------------------------------------------ */

static const char *const cats[] = { "geluid", "stank" };

/* 2026-03-02 12:00 UTC, a Monday. */
#define NOW 1772452800LL

static struct melding_context ctx(int staff)
{
	struct melding_context c = { .now = NOW, .staff = staff, .default_kanaal = KANAAL_WEBFORMULIER,
				     .categories = cats, .n_categories = ARRAY_SIZE(cats) };
	return c;
}

static struct melding_input good(void)
{
	struct melding_input in = {
		.categorie = "geluid", .omschrijving = "Harde muziek", .postcode = "1234ab", .huisnummer = "12",
		.toevoeging = "a", .melder_naam = "Jan", .melder_email = " jan@example.org ", .anoniem = "0",
	};
	return in;
}

static void test_validator_accepts_and_normalises(void **state)
{
	(void)state;
	struct melding_input in = good();
	struct melding_context c = ctx(0);
	struct melding_valid v;
	struct field_errors e;

	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
	assert_string_equal(v.postcode, "1234 AB");
	assert_int_equal(v.huisnummer, 12);
	assert_string_equal(v.toevoeging, "A");
	assert_string_equal(v.melder_email, "jan@example.org");
	assert_int_equal(v.kanaal, KANAAL_WEBFORMULIER);
	assert_int_equal(v.ontvangen_op, NOW);
}

static void test_validator_empty(void **state)
{
	(void)state;
	struct melding_input in = { 0 };
	struct melding_context c = ctx(0);
	struct melding_valid v;
	struct field_errors e;

	assert_true(melding_validate(&in, &c, &v, &e) >= 4);
	assert_non_null(field_error_for(&e, "categorie"));
	assert_non_null(field_error_for(&e, "omschrijving"));
	assert_non_null(field_error_for(&e, "postcode"));
	assert_non_null(field_error_for(&e, "melder_naam"));
	assert_non_null(field_error_for(&e, "melder_email"));
	/* Whitespace is empty too. */
	in.omschrijving = " \n\t ";
	melding_validate(&in, &c, &v, &e);
	assert_string_equal(field_error_for(&e, "omschrijving"), "Beschrijf wat er gebeurde.");
}

static void test_validator_long_and_unreadable_text(void **state)
{
	(void)state;
	struct melding_input in = good();
	struct melding_context c = ctx(0);
	struct melding_valid v;
	struct field_errors e;
	char *big = malloc(1024 * 1024 + 1);

	memset(big, 'x', 1024 * 1024);
	big[1024 * 1024] = '\0';
	in.omschrijving = big;
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(strstr(field_error_for(&e, "omschrijving"), "te lang"));
	/* Exactly the limit is fine, one more is not. */
	big[MELDING_OMSCHRIJVING_MAX] = '\0';
	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
	big[MELDING_OMSCHRIJVING_MAX] = 'x';
	big[MELDING_OMSCHRIJVING_MAX + 1] = '\0';
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	free(big);
	in.omschrijving = "bad \xff\xfe bytes";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	in.omschrijving = "a\x01" "b";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	in.omschrijving = "Twee regels\nmet een tab\tmag wel";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
}

static void test_validator_address(void **state)
{
	(void)state;
	struct melding_input in = good();
	struct melding_context c = ctx(0);
	struct melding_valid v;
	struct field_errors e;

	in.postcode = "12345";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(strstr(field_error_for(&e, "postcode"), "geen Nederlandse postcode"));
	assert_string_equal(v.postcode, "");
	in.postcode = "1234 AB";
	in.huisnummer = "12b";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(strstr(field_error_for(&e, "huisnummer"), "cijfers"));
	in.huisnummer = "twaalf";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	in.huisnummer = "";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_string_equal(field_error_for(&e, "huisnummer"), "Vul ook het huisnummer in.");
	/* No address but a place is enough. */
	in.postcode = in.huisnummer = in.toevoeging = NULL;
	in.plaats = "Speeltuin achter de flat";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
	assert_string_equal(v.postcode, "");
	assert_int_equal(v.huisnummer, 0);
	in.plaats = NULL;
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(field_error_for(&e, "postcode"));
}

static void test_validator_anonymous_and_contact(void **state)
{
	(void)state;
	struct melding_input in = good();
	struct melding_context c = ctx(0);
	struct melding_valid v;
	struct field_errors e;

	/* Anonymous: no name or contact needed, and none kept. */
	in.anoniem = "1";
	in.melder_naam = in.melder_email = NULL;
	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
	assert_int_equal(v.anoniem, 1);
	assert_string_equal(v.melder_naam, "");
	/* With a name: an e-mail address or a phone number. */
	in.anoniem = "0";
	in.melder_naam = "Jan";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(field_error_for(&e, "melder_email"));
	in.melder_telefoon = "06 12345678";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 0);
	in.melder_email = "niet-een-adres";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	in.melder_email = NULL;
	in.melder_telefoon = "12";
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(field_error_for(&e, "melder_telefoon"));
	in.melder_telefoon = "06 12345678";
	in.melder_naam = NULL;
	assert_int_equal(melding_validate(&in, &c, &v, &e), 1);
	assert_non_null(field_error_for(&e, "melder_naam"));
}

static void test_validator_staff_moment_and_channel(void **state)
{
	(void)state;
	struct melding_input in = good();
	struct melding_context staff = ctx(1), pub = ctx(0);
	struct melding_valid v;
	struct field_errors e;

	in.kanaal = "telefoon";
	in.ontvangen_op = "2026-03-01T14:30:00+01:00";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 0);
	assert_int_equal(v.kanaal, KANAAL_TELEFOON);
	assert_int_equal(v.ontvangen_op, NOW - 86400 + 5400);   /* 13:30 UTC the day before */
	/* The public form may not choose either. */
	assert_int_equal(melding_validate(&in, &pub, &v, &e), 0);
	assert_int_equal(v.kanaal, KANAAL_WEBFORMULIER);
	assert_int_equal(v.ontvangen_op, NOW);
	/* In the future, without an offset, more than a year ago, nonsense. */
	in.ontvangen_op = "2026-03-03T10:00:00+01:00";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 1);
	assert_non_null(strstr(field_error_for(&e, "ontvangen_op"), "toekomst"));
	in.ontvangen_op = "2026-03-01T14:30:00";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 1);
	assert_non_null(strstr(field_error_for(&e, "ontvangen_op"), "tijdzone"));
	in.ontvangen_op = "2024-01-01T10:00:00Z";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 1);
	in.ontvangen_op = "gisteren";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 1);
	/* A few minutes ahead of the server's clock is tolerated. */
	in.ontvangen_op = "2026-03-02T13:03:00+01:00";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 0);
	in.ontvangen_op = NULL;
	in.kanaal = "postduif";
	assert_int_equal(melding_validate(&in, &staff, &v, &e), 1);
	assert_non_null(field_error_for(&e, "kanaal"));
}

/* ---- euros ------------------------------------------------------------- */

static void test_euros_parse(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int64_t cents;
	} cases[] = {
		{ "12,50", 1250 }, { "12.50", 1250 }, { "1.234,50", 123450 }, { "1,234.50", 123450 },
		{ "€ 40", 4000 }, { "€40", 4000 }, { " 40 ", 4000 }, { "12,5", 1250 }, { "0,05", 5 },
		{ "1.234", 123400 }, { "0", 0 }, { "1.000.000", 100000000 },
		{ "-5", -1 }, { "abc", -1 }, { "", -1 }, { "12,50 euro", -1 }, { "12,,50", -1 },
		{ "€", -1 }, { "1e3", -1 }, { "9999999999999", -1 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		if (euros_parse(cases[i].in) != cases[i].cents)
			fail_msg("euros_parse(\"%s\") = %lld, want %lld", cases[i].in,
				 (long long)euros_parse(cases[i].in), (long long)cases[i].cents);
	assert_int_equal(euros_parse(NULL), -1);
}

static void test_euros_format(void **state)
{
	(void)state;
	char out[32];

	euros_format(123450, out);
	assert_string_equal(out, "1.234,50");
	euros_format(0, out);
	assert_string_equal(out, "0,00");
	euros_format(5, out);
	assert_string_equal(out, "0,05");
	euros_format(100000000, out);
	assert_string_equal(out, "1.000.000,00");
	euros_format(1250, out);
	assert_string_equal(out, "12,50");
	assert_int_equal(euros_parse(out), 1250);
}

/* ---- FTS5 quoting ------------------------------------------------------ */

static void fts(const char *q, const char *want, int terms)
{
	struct buf b = BUF_INIT;
	int n = fts_query(q, &b);

	if (n != terms || strcmp(b.buf, want))
		fail_msg("fts_query(%s) = [%s] (%d terms), want [%s] (%d)", q, b.buf, n, want, terms);
	buf_release(&b);
}

static void test_fts_quoting(void **state)
{
	(void)state;
	fts("overlast-melding", "\"overlast-melding\"*", 1);
	fts("AND", "\"AND\"*", 1);
	fts("NEAR(", "\"NEAR(\"*", 1);
	fts("NEAR(a b", "\"NEAR(a\"* \"b\"*", 2);
	fts("say\"hi", "\"say\"\"hi\"*", 1);
	fts("a\"\"b", "\"a\"\"\"\"b\"*", 1);
	fts("geluid  stank\tnacht", "\"geluid\"* \"stank\"* \"nacht\"*", 3);
	fts("M-2026-000123", "\"M-2026-000123\"*", 1);
	fts("referentie:M", "\"referentie:M\"*", 1);
	fts("\xc3\xa9\xc3\xa9n", "\"\xc3\xa9\xc3\xa9n\"*", 1);
	/* Nothing to search for: no terms at all. */
	fts("\"", "", 0);
	fts("\" ( ) * ^ -", "", 0);
	fts("   ", "", 0);
	fts("", "", 0);
	fts(NULL, "", 0);
	/* At most 16 terms. */
	fts("a b c d e f g h i j k l m n o p q r s t", "\"a\"* \"b\"* \"c\"* \"d\"* \"e\"* \"f\"* \"g\"* \"h\"* \"i\"* \"j\"* "
	    "\"k\"* \"l\"* \"m\"* \"n\"* \"o\"* \"p\"*", 16);
}

static void test_fts_long_query_is_cut_on_a_character(void **state)
{
	(void)state;
	char q[FTS_Q_MAX + 10];
	struct buf b = BUF_INIT;

	/* "é" is two bytes; 199 x + é straddles the cut at 200. */
	memset(q, 'x', FTS_Q_MAX - 1);
	memcpy(q + FTS_Q_MAX - 1, "\xc3\xa9yyyy", 7);
	assert_int_equal(fts_query(q, &b), 1);
	assert_int_equal(b.len, (FTS_Q_MAX - 1) + 3);   /* quotes and star, no half é */
	assert_int_equal(b.buf[b.len - 2], '"');
	assert_int_equal((unsigned char)b.buf[b.len - 3], 'x');
	buf_release(&b);
}

/* ---- datetime-local ----------------------------------------------------- */

/* Six digits, and more past 999,999 in one year: the millionth-and-first must not wrap onto a taken one. */
static void test_reference_grows_past_six_digits(void **state)
{
	(void)state;
	char ref[16];

	melding_reference(2026, 123, ref);
	assert_string_equal(ref, "M-2026-000123");
	melding_reference(2026, 999999, ref);
	assert_string_equal(ref, "M-2026-999999");
	melding_reference(2026, 1000000, ref);
	assert_string_equal(ref, "M-2026-1000000");
	melding_reference(2026, 12345678, ref);
	assert_string_equal(ref, "M-2026-12345678");
}

static void test_local_moments(void **state)
{
	(void)state;
	int64_t t;
	char out[LOCAL_MOMENT_LEN];

	/* Summer: 23:30 on a Friday in July is 21:30 UTC, still that Friday in Amsterdam. */
	assert_int_equal(local_moment_parse("2026-07-03T23:30", &t), 0);
	assert_int_equal(t, 1783114200LL);
	assert_int_equal(amsterdam_day(t), D("2026-07-03"));
	local_moment_format(t, out);
	assert_string_equal(out, "2026-07-03T23:30");
	/* Winter, with seconds, and with a space. */
	assert_int_equal(local_moment_parse("2026-01-15T08:05:30", &t), 0);
	assert_int_equal(t, 1768460730LL);
	assert_int_equal(local_moment_parse("2026-01-15 08:05", &t), 0);
	/* Not dates. */
	int64_t keep = 42;
	t = keep;
	assert_int_equal(local_moment_parse("2026-02-30T10:00", &t), -1);
	assert_int_equal(local_moment_parse("2026-13-01T10:00", &t), -1);
	assert_int_equal(local_moment_parse("2026-01-01T24:00", &t), -1);
	assert_int_equal(local_moment_parse("2026-01-01T10:00Z", &t), -1);
	assert_int_equal(local_moment_parse("2026-01-01", &t), -1);
	assert_int_equal(local_moment_parse("gisteren", &t), -1);
	assert_int_equal(local_moment_parse("", &t), -1);
	assert_int_equal(local_moment_parse(NULL, &t), -1);
	assert_int_equal(t, keep);
	/* The spring gap moves forward an hour, as in amsterdam_from_local(). */
	assert_int_equal(local_moment_parse("2026-03-29T02:30", &t), 0);
	local_moment_format(t, out);
	assert_string_equal(out, "2026-03-29T03:30");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_status_and_action),
		cmocka_unit_test(test_transition_messages_are_dutch_and_specific),
		cmocka_unit_test(test_ids_round_trip),
		cmocka_unit_test(test_due_across_weekend_and_koningsdag),
		cmocka_unit_test(test_due_across_christmas_and_closing_days),
		cmocka_unit_test(test_due_hemelvaart_and_goede_vrijdag),
		cmocka_unit_test(test_due_states),
		cmocka_unit_test(test_validator_accepts_and_normalises),
		cmocka_unit_test(test_validator_empty),
		cmocka_unit_test(test_validator_long_and_unreadable_text),
		cmocka_unit_test(test_validator_address),
		cmocka_unit_test(test_validator_anonymous_and_contact),
		cmocka_unit_test(test_validator_staff_moment_and_channel),
		cmocka_unit_test(test_euros_parse),
		cmocka_unit_test(test_euros_format),
		cmocka_unit_test(test_fts_quoting),
		cmocka_unit_test(test_fts_long_query_is_cut_on_a_character),
		cmocka_unit_test(test_local_moments),
		cmocka_unit_test(test_reference_grows_past_six_digits),
	};

	return cmocka_run_group_tests_name("melding", tests, NULL, NULL);
}
