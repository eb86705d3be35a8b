/*
 * test_melder_termijn.c - domain/melder_termijn.c: when the answer day is
 * over and the one late notice is due, across a weekend, a feestdag and
 * both DST switches; never after feedback, never twice for one day, once
 * more for a new expected day; the werkdagen left ("over 3 werkdagen").
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/melder_termijn.h"
#include "domain/melding.h"
#include "domain/werkdagen.h"

static const struct werkdagen_cal NO_CLOSING = { 0 };

static int32_t D(const char *s)
{
	int32_t dn;

	if (days_parse(s, &dn) != 0)
		fail_msg("bad date in test: %s", s);
	return dn;
}

/* Amsterdam wall-clock time to a moment. */
static int64_t T(int y, int mo, int d, int h, int mi, int s)
{
	int64_t t;

	if (amsterdam_from_local(y, mo, d, h, mi, s, &t) != 0)
		fail_msg("bad moment in test");
	return t;
}

/* A melding received on day r with a term of n werkdagen, written down at receipt, no feedback. */
static struct melder_termijn termijn(int32_t r, int n)
{
	struct terms terms = { 1, n, 10 };
	struct due due;
	struct melder_termijn t = { .verwacht_dag = -1, .laat_gemeld_dag = -1 };

	melding_due(&NO_CLOSING, r, &terms, &due);
	t.antwoord_dag = due.terugkoppelen;
	t.geregistreerd_op = amsterdam_day_start(r) + 9 * 3600;
	return t;
}

static void test_weekend(void **state)
{
	(void)state;
	/* Thursday 3 December 2026, 2 werkdagen: Friday, then Monday 7 December. */
	struct melder_termijn t = termijn(D("2026-12-03"), 2);

	assert_int_equal(melder_termijn_dag(&t), D("2026-12-07"));
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 5, 12, 0, 0)), MT_NIET);     /* Saturday */
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 6, 23, 59, 59)), MT_NIET);   /* Sunday night */
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 7, 23, 59, 59)), MT_NIET);   /* the day itself, to its end */
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 8, 0, 0, 0)), MT_LAAT);      /* Tuesday 00:00 */
	/* A week on, no apology any more: only after an outage or a load of old meldingen. */
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 14, 23, 59, 59)), MT_LAAT);
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 15, 0, 0, 0)), MT_OVERSLAAN);
	assert_int_equal(melder_termijn_voorbij_op(D("2026-12-07")), T(2026, 12, 8, 0, 0, 0));
}

static void test_feestdag(void **state)
{
	(void)state;
	/* Wednesday 23 December 2026, 2 werkdagen: Thursday 24, then past Christmas and the weekend: Monday 28. */
	struct melder_termijn t = termijn(D("2026-12-23"), 2);

	assert_int_equal(melder_termijn_dag(&t), D("2026-12-28"));
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 25, 12, 0, 0)), MT_NIET);
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 28, 17, 0, 0)), MT_NIET);
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 29, 0, 0, 1)), MT_LAAT);
}

static void test_dst(void **state)
{
	(void)state;
	struct melder_termijn t = termijn(D("2026-10-19"), 3);

	/* Autumn: Sunday 25 October 2026 lasts 25 hours; it is over at 23:00 UTC, not 22:00. */
	t.verwacht_dag = D("2026-10-25");
	assert_int_equal(melder_termijn_voorbij_op(t.verwacht_dag), INT64_C(1792969200));   /* 2026-10-25T23:00:00Z */
	assert_int_equal(melder_termijn_laat(&t, INT64_C(1792969200) - 1800), MT_NIET);    /* 23:30 CET, still Sunday */
	assert_int_equal(melder_termijn_laat(&t, INT64_C(1792969200)), MT_LAAT);
	/* Spring: Sunday 28 March 2027 lasts 23 hours; it is over at 22:00 UTC, not 23:00. */
	t.verwacht_dag = D("2027-03-28");
	assert_int_equal(melder_termijn_voorbij_op(t.verwacht_dag), INT64_C(1806271200));   /* 2027-03-28T22:00:00Z */
	assert_int_equal(melder_termijn_laat(&t, INT64_C(1806271200) - 1), MT_NIET);
	assert_int_equal(melder_termijn_laat(&t, INT64_C(1806271200) + 1800), MT_LAAT);    /* 00:30 CEST, Monday */
}

static void test_never_after_feedback_or_closing(void **state)
{
	(void)state;
	struct melder_termijn t = termijn(D("2026-12-03"), 2);
	int64_t later = T(2026, 12, 9, 12, 0, 0);

	t.teruggekoppeld_op = T(2026, 12, 9, 10, 0, 0);   /* late feedback still counts */
	assert_int_equal(melder_termijn_laat(&t, later), MT_NIET);
	t.teruggekoppeld_op = 0;
	t.afgesloten = 1;
	assert_int_equal(melder_termijn_laat(&t, later), MT_NIET);
	t.afgesloten = 0;
	assert_int_equal(melder_termijn_laat(&t, later), MT_LAAT);
}

static void test_once_per_day_and_again_for_a_new_day(void **state)
{
	(void)state;
	struct melder_termijn t = termijn(D("2026-12-03"), 2);

	t.laat_gemeld_dag = D("2026-12-07");
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 20, 12, 0, 0)), MT_NIET);
	/* The handler sets Friday 18 December: nothing until it is over, then one more. */
	t.verwacht_dag = D("2026-12-18");
	assert_int_equal(melder_termijn_dag(&t), D("2026-12-18"));
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 18, 23, 0, 0)), MT_NIET);
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 19, 0, 0, 0)), MT_LAAT);
	t.laat_gemeld_dag = D("2026-12-18");
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 21, 0, 0, 0)), MT_NIET);
}

static void test_never_promised(void **state)
{
	(void)state;
	/* Written down on 10 December for a phone call of 3 December: its day (the 7th) was already over. */
	struct melder_termijn t = termijn(D("2026-12-03"), 2);

	t.geregistreerd_op = T(2026, 12, 10, 9, 0, 0);
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 10, 9, 1, 0)), MT_OVERSLAAN);
	/* A new day set afterwards is a promise. */
	t.verwacht_dag = D("2026-12-14");
	assert_int_equal(melder_termijn_laat(&t, T(2026, 12, 15, 0, 0, 0)), MT_LAAT);
}

static void test_werkdagen_over(void **state)
{
	(void)state;
	/* Tuesday 8 December to Friday 11 December: 3 werkdagen. */
	assert_int_equal(melder_termijn_werkdagen_over(&NO_CLOSING, D("2026-12-08"), D("2026-12-11")), 3);
	/* Friday to Monday: the weekend does not count. */
	assert_int_equal(melder_termijn_werkdagen_over(&NO_CLOSING, D("2026-12-11"), D("2026-12-14")), 1);
	/* Over Christmas: 24, 28 (25 is a feestdag, 26-27 the weekend). */
	assert_int_equal(melder_termijn_werkdagen_over(&NO_CLOSING, D("2026-12-23"), D("2026-12-28")), 2);
	assert_int_equal(melder_termijn_werkdagen_over(&NO_CLOSING, D("2026-12-11"), D("2026-12-11")), 0);
	assert_int_equal(melder_termijn_werkdagen_over(&NO_CLOSING, D("2026-12-12"), D("2026-12-11")), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weekend),
		cmocka_unit_test(test_feestdag),
		cmocka_unit_test(test_dst),
		cmocka_unit_test(test_never_after_feedback_or_closing),
		cmocka_unit_test(test_once_per_day_and_again_for_a_new_day),
		cmocka_unit_test(test_never_promised),
		cmocka_unit_test(test_werkdagen_over),
	};

	return cmocka_run_group_tests_name("melder_termijn", tests, NULL, NULL);
}
