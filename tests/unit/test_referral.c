/*
 * test_referral.c - unit tests for domain/referral: the status machine
 * (every status against every action, with a message for every refusal),
 * who takes which step, the answer term across weekends, feestdagen,
 * closing days and the Amsterdam day boundary, the due markers, the text
 * checks, the notice to the partner (which must carry nothing of the
 * case), and undoing a closing (heropenen): who may, and the deadline of
 * one werkdag across weekends, feestdagen, closing days, worked feestdagen
 * and the Amsterdam midnight.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/referral.h"
#include "lib/buf.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int32_t D(const char *s)
{
	int32_t dn;

	if (days_parse(s, &dn) != 0)
		fail_msg("bad date in test: %s", s);
	return dn;
}

/* An instant from an Amsterdam wall clock "YYYY-MM-DD HH:MM". */
static int64_t at(const char *day, int h, int mi)
{
	int y, m, d;
	int64_t t;

	days_to_civil(D(day), &y, &m, &d);
	if (amsterdam_from_local(y, m, d, h, mi, 0, &t) != 0)
		fail_msg("bad moment in test: %s %02d:%02d", day, h, mi);
	return t;
}

/* ---- the status machine ------------------------------------------------- */

#define NO (-1)   /* refused */

/* to[status][action]: the status after the action, or NO. Heropenen has no fixed target: test_reopen_*. */
static const int expect[RS__MAX][RA__MAX] = {
	/*                   accepteren       afwijzen      reactie        afsluiten      heropenen */
	[RS_VERSTUURD] =    { RS_GEACCEPTEERD, RS_AFGEWEZEN, NO,            RS_AFGESLOTEN, NO },
	[RS_GEACCEPTEERD] = { NO,              NO,           RS_BEANTWOORD, RS_AFGESLOTEN, NO },
	[RS_AFGEWEZEN] =    { NO,              NO,           NO,            RS_AFGESLOTEN, NO },
	[RS_BEANTWOORD] =   { NO,              NO,           RS_BEANTWOORD, RS_AFGESLOTEN, NO },
	[RS_AFGESLOTEN] =   { NO,              NO,           NO,            NO,            NO },
};

static void test_every_status_and_action(void **state)
{
	(void)state;
	for (int s = 0; s < RS__MAX; s++) {
		for (int a = 0; a < RA__MAX; a++) {
			int to = referral_next((enum referral_status)s, (enum referral_action)a);
			const char *why = referral_refusal((enum referral_status)s, (enum referral_action)a);
			if (to != expect[s][a])
				fail_msg("%s + %s: want %d, got %d", referral_status_ids[s], referral_action_ids[a],
					 expect[s][a], to);
			/* Heropenen of a closed referral is the status machine's to allow, the deadline's to refuse. */
			if (a == RA_HEROPENEN && s == RS_AFGESLOTEN) {
				if (why)
					fail_msg("heropenen of a closed referral refused by its status: %s", why);
				continue;
			}
			/* A refusal always says why, in a sentence; an allowed step never has one. */
			if (expect[s][a] == NO && (!why || strlen(why) < 10 || why[strlen(why) - 1] != '.'))
				fail_msg("%s + %s: refused without a message", referral_status_ids[s],
					 referral_action_ids[a]);
			if (expect[s][a] != NO && why)
				fail_msg("%s + %s: allowed but refused with \"%s\"", referral_status_ids[s],
					 referral_action_ids[a], why);
		}
	}
	/* Out of range is refused, never read past the table. */
	assert_int_equal(referral_next(RS__MAX, RA_ACCEPTEREN), -1);
	assert_int_equal(referral_next(RS_VERSTUURD, RA__MAX), -1);
	assert_non_null(referral_refusal(RS__MAX, RA_ACCEPTEREN));
}

static void test_refusals_say_what_to_do(void **state)
{
	(void)state;
	/* The case: answering before accepting tells the partner to accept first. */
	assert_non_null(strstr(referral_refusal(RS_VERSTUURD, RA_REACTIE), "Accepteer haar eerst"));
	assert_non_null(strstr(referral_refusal(RS_GEACCEPTEERD, RA_ACCEPTEREN), "al geaccepteerd"));
	assert_non_null(strstr(referral_refusal(RS_AFGEWEZEN, RA_ACCEPTEREN), "al afgewezen"));
	assert_non_null(strstr(referral_refusal(RS_GEACCEPTEERD, RA_AFWIJZEN), "antwoord"));
	assert_non_null(strstr(referral_refusal(RS_AFGEWEZEN, RA_REACTIE), "afgewezen"));
	assert_non_null(strstr(referral_refusal(RS_AFGESLOTEN, RA_AFSLUITEN), "afgesloten"));
}

static void test_sides_and_ids(void **state)
{
	(void)state;
	assert_int_equal(referral_action_side[RA_ACCEPTEREN], RSIDE_PARTNER);
	assert_int_equal(referral_action_side[RA_AFWIJZEN], RSIDE_PARTNER);
	assert_int_equal(referral_action_side[RA_REACTIE], RSIDE_PARTNER);
	assert_int_equal(referral_action_side[RA_AFSLUITEN], RSIDE_STAFF);
	assert_int_equal(referral_action_side[RA_HEROPENEN], RSIDE_STAFF);
	assert_string_equal(referral_action_ids[RA_HEROPENEN], "heropenen");
	assert_string_equal(referral_event_kinds[RA_HEROPENEN], "heropend");
	for (int s = 0; s < RS__MAX; s++) {
		assert_int_equal(referral_status_parse(referral_status_ids[s]), s);
		assert_non_null(referral_status_labels[s]);
	}
	for (int a = 0; a < RA__MAX; a++)
		assert_int_equal(referral_action_parse(referral_action_ids[a]), a);
	assert_int_equal(referral_status_parse("Verstuurd"), -1);
	assert_int_equal(referral_status_parse(""), -1);
	assert_int_equal(referral_status_parse(NULL), -1);
	assert_int_equal(referral_action_parse("verwijderen"), -1);
	assert_int_equal(referral_action_parse(NULL), -1);
	/* The term runs while the partner has not answered or refused. */
	assert_true(referral_awaits_answer(RS_VERSTUURD));
	assert_true(referral_awaits_answer(RS_GEACCEPTEERD));
	assert_false(referral_awaits_answer(RS_AFGEWEZEN));
	assert_false(referral_awaits_answer(RS_BEANTWOORD));
	assert_false(referral_awaits_answer(RS_AFGESLOTEN));
}

/* ---- the answer term ---------------------------------------------------- */

static void test_due_days(void **state)
{
	(void)state;
	int32_t closing[4];
	struct werkdagen_cal between_xmas = { .closing = closing, .n_closing = ARRAY_SIZE(closing) };
	const struct {
		const char *sent;      /* Amsterdam day ... */
		int h, mi;             /* ... and time it was sent */
		int term;
		const struct werkdagen_cal *cal;
		const char *due;
	} cases[] = {
		/* A Tuesday: five werkdagen is next Tuesday; the day itself does not count. */
		{ "2026-11-24", 10, 0, 5, NULL, "2026-12-01" },
		{ "2026-11-24", 10, 0, 1, NULL, "2026-11-25" },
		/* Sent on Friday: the weekend does not count. */
		{ "2026-11-27", 16, 0, 1, NULL, "2026-11-30" },
		{ "2026-11-27", 16, 0, 5, NULL, "2026-12-04" },
		/* Sent on a Saturday: the count starts on Monday. */
		{ "2026-11-28", 11, 0, 1, NULL, "2026-11-30" },
		/* Late on Sunday night in Amsterdam is still Sunday (it is Sunday 22:30 UTC). */
		{ "2026-11-29", 23, 30, 1, NULL, "2026-11-30" },
		/* Just after midnight on Monday is Monday, though UTC still says Sunday. */
		{ "2026-11-30", 0, 30, 1, NULL, "2026-12-01" },
		/* Kerst: 25 and 26 December 2026 are Friday and Saturday. */
		{ "2026-12-24", 9, 0, 1, NULL, "2026-12-28" },
		{ "2026-12-24", 9, 0, 5, NULL, "2027-01-04" },   /* 28, 29, 30, 31 December; 1 January is a feestdag */
		/* The corporation closes between Christmas and New Year. */
		{ "2026-12-24", 9, 0, 1, &between_xmas, "2027-01-04" },
		{ "2026-12-24", 9, 0, 5, &between_xmas, "2027-01-08" },
		/* Koningsdag 2026 is Monday 27 April; Bevrijdingsdag (5 May) counts every year. */
		{ "2026-04-24", 15, 0, 1, NULL, "2026-04-28" },
		{ "2026-05-04", 15, 0, 1, NULL, "2026-05-06" },
		/* Easter 2026: Goede Vrijdag (3 April) is a werkdag, tweede Paasdag (6 April) is not. */
		{ "2026-04-02", 12, 0, 1, NULL, "2026-04-03" },
		{ "2026-04-03", 12, 0, 1, NULL, "2026-04-07" },
		/* Hemelvaart (14 May 2026) and tweede Pinksterdag (25 May 2026). */
		{ "2026-05-13", 12, 0, 1, NULL, "2026-05-15" },
		{ "2026-05-22", 12, 0, 1, NULL, "2026-05-26" },
		/* A long term across a summer-time switch (29 March 2026). */
		{ "2026-03-27", 12, 0, 10, NULL, "2026-04-13" },   /* 6 April is tweede Paasdag */
		/* The longest term a beheerder may set. */
		{ "2026-01-05", 9, 0, REFERRAL_TERM_MAX, NULL, "2026-03-30" },
	};
	closing[0] = D("2026-12-28");
	closing[1] = D("2026-12-29");
	closing[2] = D("2026-12-30");
	closing[3] = D("2026-12-31");
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		int32_t due = referral_due_day(cases[i].cal, at(cases[i].sent, cases[i].h, cases[i].mi), cases[i].term);
		char got[DAYS_FORMAT_LEN];
		days_format(due, got);
		if (strcmp(got, cases[i].due))
			fail_msg("sent %s %02d:%02d, %d werkdagen: want %s, got %s", cases[i].sent, cases[i].h,
				 cases[i].mi, cases[i].term, cases[i].due, got);
	}
}

static void test_due_markers(void **state)
{
	(void)state;
	int32_t due = D("2026-12-01");
	static const struct {
		enum referral_status s;
		const char *answered;   /* NULL: no answer */
		const char *today;
		enum referral_due want;
	} cases[] = {
		{ RS_VERSTUURD, NULL, "2026-11-30", RDUE_OPEN },
		{ RS_VERSTUURD, NULL, "2026-12-01", RDUE_VANDAAG },
		{ RS_VERSTUURD, NULL, "2026-12-02", RDUE_TE_LAAT },
		/* Accepting does not stop the clock. */
		{ RS_GEACCEPTEERD, NULL, "2026-12-02", RDUE_TE_LAAT },
		{ RS_GEACCEPTEERD, NULL, "2026-12-01", RDUE_VANDAAG },
		/* Answered on the due day is on time; the day after is late, and stays marked so. */
		{ RS_BEANTWOORD, "2026-12-01", "2027-03-01", RDUE_OP_TIJD },
		{ RS_BEANTWOORD, "2026-12-02", "2026-12-02", RDUE_LAAT_GEDAAN },
		{ RS_AFGESLOTEN, "2026-11-25", "2027-01-01", RDUE_OP_TIJD },
		/* A refusal is the partner's answer too. */
		{ RS_AFGEWEZEN, "2026-11-26", "2026-12-10", RDUE_OP_TIJD },
		{ RS_AFGEWEZEN, "2026-12-03", "2026-12-10", RDUE_LAAT_GEDAAN },
		/* Closed (withdrawn) without an answer: no term to mark. */
		{ RS_AFGESLOTEN, NULL, "2026-12-10", RDUE_GESLOTEN },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		int32_t ans = cases[i].answered ? D(cases[i].answered) : -1;
		enum referral_due got = referral_due_state(cases[i].s, due, ans, D(cases[i].today));
		if (got != cases[i].want)
			fail_msg("case %zu (%s, today %s): want %s, got %s", i, referral_status_ids[cases[i].s],
				 cases[i].today, referral_due_labels[cases[i].want], referral_due_labels[got]);
	}
	assert_true(referral_is_late(RS_VERSTUURD, due, D("2026-12-02")));
	assert_true(referral_is_late(RS_GEACCEPTEERD, due, D("2026-12-02")));
	assert_false(referral_is_late(RS_VERSTUURD, due, D("2026-12-01")));
	assert_false(referral_is_late(RS_BEANTWOORD, due, D("2026-12-09")));
	assert_false(referral_is_late(RS_AFGESLOTEN, due, D("2026-12-09")));
	for (int i = 0; i < RDUE__MAX; i++) {
		assert_non_null(referral_due_labels[i]);
		assert_non_null(strstr(referral_due_classes[i], "badge-"));
	}
}

/* ---- texts ---------------------------------------------------------------- */

static void test_text_check(void **state)
{
	(void)state;
	size_t start = 99, len = 99;

	assert_int_equal(referral_text_check(NULL, 10, &start, &len), RTEXT_EMPTY);
	assert_int_equal(referral_text_check("", 10, &start, &len), RTEXT_EMPTY);
	assert_int_equal(referral_text_check(" \t\r\n ", 10, &start, &len), RTEXT_EMPTY);
	assert_int_equal(referral_text_check("  Wilt u langsgaan?\n", 100, &start, &len), RTEXT_OK);
	assert_int_equal(start, 2);
	assert_int_equal(len, 17);
	/* Line breaks and tabs inside are text; other control characters are not. */
	assert_int_equal(referral_text_check("a\r\n\tb", 10, &start, &len), RTEXT_OK);
	assert_int_equal(referral_text_check("a\x01" "b", 10, &start, &len), RTEXT_INVALID);
	assert_int_equal(referral_text_check("a\x7f", 10, &start, &len), RTEXT_INVALID);
	/* UTF-8 is checked strictly: é is fine, a lone continuation byte or Latin-1 is not. */
	assert_int_equal(referral_text_check("coördinatie", 20, &start, &len), RTEXT_OK);
	assert_int_equal(referral_text_check("co\xf6rdinatie", 20, &start, &len), RTEXT_INVALID);
	assert_int_equal(referral_text_check("\x80", 20, &start, &len), RTEXT_INVALID);
	/* The limit counts bytes after trimming. */
	assert_int_equal(referral_text_check("  12345  ", 5, &start, &len), RTEXT_OK);
	assert_int_equal(referral_text_check("123456", 5, &start, &len), RTEXT_TOO_LONG);
}

/* ---- the notice ----------------------------------------------------------- */

static void test_notice_carries_no_case(void **state)
{
	(void)state;
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct referral_notice n = {
		.organisation = "Woonstichting Voorbeeld",
		.partner_naam = "Sociaal Wijkteam Voorbeeldstad",
		.url = "https://leefbaar.example/doorverwijzingen/12",
		.antwoord_dag = D("2026-12-01"),
	};

	referral_notice_new(&n, &subject, &body);
	assert_non_null(strstr(subject.buf, "Woonstichting Voorbeeld"));
	assert_null(strchr(subject.buf, '\n'));
	assert_non_null(strstr(body.buf, "https://leefbaar.example/doorverwijzingen/12\n"));
	assert_non_null(strstr(body.buf, "dinsdag 1 december 2026"));
	assert_non_null(strstr(body.buf, "Sociaal Wijkteam Voorbeeldstad"));
	assert_non_null(strstr(body.buf, "niets over de inhoud"));
	/* The struct has no field for case content, so none can travel; no greeting names a person. */
	assert_null(strstr(body.buf, "Beste "));
	buf_release(&subject);
	buf_release(&body);
}

/* ---- heropenen --------------------------------------------------------- */

static void test_reopen_deadline(void **state)
{
	(void)state;
	int32_t closing[] = { D("2026-12-28"), D("2026-12-29") };
	int32_t open[] = { D("2026-04-27") };   /* Koningsdag worked, as a collective agreement may say */
	struct werkdagen_cal xmas = { .closing = closing, .n_closing = ARRAY_SIZE(closing) };
	struct werkdagen_cal koningsdag_open = { .open = open, .n_open = ARRAY_SIZE(open) };
	const struct {
		const char *closed;        /* Amsterdam day ... */
		int h, mi;                 /* ... and time it was closed */
		const struct werkdagen_cal *cal;
		const char *last;          /* the last day it can be undone */
	} cases[] = {
		/* A Tuesday: until the end of Wednesday; the day itself does not count. */
		{ "2026-12-01", 10, 0, NULL, "2026-12-02" },
		/* Friday afternoon: the weekend does not count, Monday does. */
		{ "2026-12-04", 16, 0, NULL, "2026-12-07" },
		/* On a Saturday or Sunday: Monday. */
		{ "2026-12-05", 11, 0, NULL, "2026-12-07" },
		{ "2026-12-06", 23, 30, NULL, "2026-12-07" },
		/* Just after midnight on Tuesday is Tuesday in Amsterdam, though UTC still says Monday. */
		{ "2026-12-01", 0, 30, NULL, "2026-12-02" },
		/* Late on Tuesday evening (summer time too) is still Tuesday. */
		{ "2026-06-30", 23, 45, NULL, "2026-07-01" },
		/* Koningsdag 2026 is Monday 27 April: closed on Friday, undone until Tuesday. */
		{ "2026-04-24", 15, 0, NULL, "2026-04-28" },
		/* ... unless the corporation works on Koningsdag. */
		{ "2026-04-24", 15, 0, &koningsdag_open, "2026-04-27" },
		/* Kerst on Friday and Saturday: Christmas Eve's closing lasts until Monday 28 December ... */
		{ "2026-12-24", 9, 0, NULL, "2026-12-28" },
		/* ... or Wednesday 30 when the corporation is closed on 28 and 29 December. */
		{ "2026-12-24", 9, 0, &xmas, "2026-12-30" },
		/* New Year's Eve: 1 January is a feestdag, 2 and 3 January 2027 a weekend. */
		{ "2026-12-31", 17, 0, NULL, "2027-01-04" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct werkdagen_cal none = { 0 };
		int32_t got = referral_reopen_last_day(cases[i].cal ? cases[i].cal : &none,
						       at(cases[i].closed, cases[i].h, cases[i].mi));
		if (got != D(cases[i].last)) {
			char g[DAYS_FORMAT_LEN];
			days_format(got, g);
			fail_msg("closed %s %02d:%02d: last day want %s, got %s", cases[i].closed, cases[i].h,
				 cases[i].mi, cases[i].last, g);
		}
	}
}

static void test_reopen_check(void **state)
{
	(void)state;
	struct werkdagen_cal none = { 0 };
	int64_t closed = at("2026-12-04", 16, 0);   /* a Friday: until the end of Monday 7 December */
	const struct {
		enum referral_status s;
		int before;
		int64_t now;
		int sender, coordinator;
		enum referral_reopen want;
	} cases[] = {
		{ RS_AFGESLOTEN, RS_BEANTWOORD, at("2026-12-04", 16, 5), 1, 0, REOPEN_OK },
		{ RS_AFGESLOTEN, RS_VERSTUURD, at("2026-12-07", 23, 59), 1, 0, REOPEN_OK },
		{ RS_AFGESLOTEN, RS_GEACCEPTEERD, at("2026-12-06", 12, 0), 0, 1, REOPEN_OK },
		{ RS_AFGESLOTEN, RS_AFGEWEZEN, at("2026-12-07", 9, 0), 1, 1, REOPEN_OK },
		/* Tuesday 00:00 in Amsterdam is too late, though it is still Monday in UTC. */
		{ RS_AFGESLOTEN, RS_BEANTWOORD, at("2026-12-08", 0, 0), 1, 0, REOPEN_TOO_LATE },
		{ RS_AFGESLOTEN, RS_BEANTWOORD, at("2027-03-01", 9, 0), 0, 1, REOPEN_TOO_LATE },
		/* Only the sender or a coordinator. */
		{ RS_AFGESLOTEN, RS_BEANTWOORD, at("2026-12-04", 16, 5), 0, 0, REOPEN_NOT_YOURS },
		/* Nothing to undo. */
		{ RS_BEANTWOORD, RS_BEANTWOORD, at("2026-12-04", 16, 5), 1, 1, REOPEN_NOT_CLOSED },
		{ RS_VERSTUURD, -1, at("2026-12-04", 16, 5), 1, 0, REOPEN_NOT_CLOSED },
		/* Closed before the status before closing was kept, or a value that is not one. */
		{ RS_AFGESLOTEN, -1, at("2026-12-04", 16, 5), 1, 0, REOPEN_NO_BEFORE },
		{ RS_AFGESLOTEN, RS_AFGESLOTEN, at("2026-12-04", 16, 5), 1, 0, REOPEN_NO_BEFORE },
		{ RS_AFGESLOTEN, RS__MAX, at("2026-12-04", 16, 5), 1, 0, REOPEN_NO_BEFORE },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		enum referral_reopen got = referral_reopen_check(cases[i].s, cases[i].before, &none, closed, cases[i].now,
								 cases[i].sender, cases[i].coordinator);
		if (got != cases[i].want)
			fail_msg("case %zu: want %d, got %d", i, cases[i].want, got);
	}
	/* Every refusal is a Dutch sentence; the too-late one says what to do instead. */
	for (int r = REOPEN_OK + 1; r < REOPEN__MAX; r++) {
		const char *m = referral_reopen_refusals[r];
		assert_non_null(m);
		assert_true(strlen(m) > 20 && m[strlen(m) - 1] == '.');
	}
	assert_string_equal(referral_reopen_refusals[REOPEN_OK], "");
	assert_non_null(strstr(referral_reopen_refusals[REOPEN_TOO_LATE], "werkdag"));
	assert_non_null(strstr(referral_reopen_refusals[REOPEN_TOO_LATE], "nieuwe doorverwijzing"));
	assert_null(referral_refusal(RS_AFGESLOTEN, RA_HEROPENEN));
	assert_non_null(strstr(referral_refusal(RS_BEANTWOORD, RA_HEROPENEN), "niet afgesloten"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_status_and_action),
		cmocka_unit_test(test_refusals_say_what_to_do),
		cmocka_unit_test(test_sides_and_ids),
		cmocka_unit_test(test_due_days),
		cmocka_unit_test(test_due_markers),
		cmocka_unit_test(test_text_check),
		cmocka_unit_test(test_notice_carries_no_case),
		cmocka_unit_test(test_reopen_deadline),
		cmocka_unit_test(test_reopen_check),
	};

	return cmocka_run_group_tests_name("referral", tests, NULL, NULL);
}
