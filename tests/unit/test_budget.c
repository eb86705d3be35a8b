/*
 * test_budget.c - the leefbaarheidsbudget's roll-up (domain/budget.h):
 * costs placed on a complex, a buurt and a wijk and where they count; a
 * complex that lies in its wijk directly; a buurt and a wijk without
 * homes (no figure per home, no budget, no division by zero); costs of
 * another wijk left out; every total the sum of its rows; the norm and
 * the share; a bad tree; the years' bounds; the intervention's costs as
 * typed (domain/dossier.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/budget.h"
#include "domain/days.h"
#include "domain/dossier.h"

/*
 * The tree: wijk 1 (1000 homes) with buurt 11 (600) holding complex 111
 * (40), buurt 12 (0 homes) and complex 13 lying in the wijk directly (60);
 * wijk 2 (0 homes) with buurt 21 (300).
 */
static const struct budget_area tree[] = {
	{ .id = 1, .parent_id = 0, .wijk_id = 1, .soort = 0, .woningen = 1000 },
	{ .id = 11, .parent_id = 1, .wijk_id = 1, .soort = 1, .woningen = 600 },
	{ .id = 111, .parent_id = 11, .wijk_id = 1, .soort = 2, .woningen = 40 },
	{ .id = 12, .parent_id = 1, .wijk_id = 1, .soort = 1, .woningen = 0 },
	{ .id = 13, .parent_id = 1, .wijk_id = 1, .soort = 2, .woningen = 60 },
	{ .id = 2, .parent_id = 0, .wijk_id = 2, .soort = 0, .woningen = 0 },
	{ .id = 21, .parent_id = 2, .wijk_id = 2, .soort = 1, .woningen = 300 },
};
#define N_TREE ((int)(sizeof(tree) / sizeof(tree[0])))

static const struct budget_cost costs[] = {
	{ 1, 11, 111, BUDGET_MELDINGEN, 10000 },      /* on the complex */
	{ 1, 11, 0, BUDGET_INTERVENTIES, 123450 },    /* on the buurt directly */
	{ 1, 0, 0, BUDGET_INITIATIEVEN, 25000 },      /* on the wijk only */
	{ 1, 0, 13, BUDGET_MELDINGEN, 600 },          /* a complex in the wijk directly */
	{ 1, 12, 0, BUDGET_INTERVENTIES, 999 },       /* a buurt without homes */
	{ 2, 21, 0, BUDGET_MELDINGEN, 5050 },
	{ 2, 0, 0, BUDGET_INITIATIEVEN, -500 },       /* a correction below zero lowers the total */
	{ 9, 99, 0, BUDGET_MELDINGEN, 777 },          /* another actor's wijk */
	{ 0, 0, 0, BUDGET_MELDINGEN, 333 },           /* no wijk at all ("onbekend") */
};
#define N_COSTS ((int)(sizeof(costs) / sizeof(costs[0])))

static int at(int64_t id)
{
	for (int i = 0; i < N_TREE; i++)
		if (tree[i].id == id)
			return i;
	fail();
	return -1;
}

static void test_nesting(void **state)
{
	struct budget_figures rows[N_TREE], total;
	int64_t buiten;

	(void)state;
	assert_int_equal(budget_rollup(tree, N_TREE, costs, N_COSTS, -1, rows, &total, &buiten), 0);
	/* The complex holds its melding; its buurt that and the intervention; the wijk everything of its own. */
	assert_int_equal(rows[at(111)].totaal, 10000);
	assert_int_equal(rows[at(111)].eigen[BUDGET_MELDINGEN], 10000);
	assert_int_equal(rows[at(11)].totaal, 10000 + 123450);
	assert_int_equal(rows[at(11)].eigen[BUDGET_MELDINGEN], 0);
	assert_int_equal(rows[at(11)].kosten[BUDGET_MELDINGEN], 10000);
	assert_int_equal(rows[at(11)].eigen[BUDGET_INTERVENTIES], 123450);
	assert_int_equal(rows[at(13)].totaal, 600);
	assert_int_equal(rows[at(12)].totaal, 999);
	assert_int_equal(rows[at(1)].eigen[BUDGET_INITIATIEVEN], 25000);
	assert_int_equal(rows[at(1)].totaal, 10000 + 123450 + 25000 + 600 + 999);
	assert_int_equal(rows[at(2)].totaal, 5050 - 500);
	assert_int_equal(rows[at(21)].totaal, 5050);
	/* Outside the areas: counted apart, never in a row. */
	assert_int_equal(buiten, 777 + 333);
	assert_int_equal(total.totaal, rows[at(1)].totaal + rows[at(2)].totaal);
	assert_int_equal(total.woningen, 1000 + 0);
}

/* Every area's total is its own costs plus its children's totals; the grand total the wijken's and all own costs. */
static void test_totals_are_rows(void **state)
{
	struct budget_figures rows[N_TREE], total;

	(void)state;
	budget_rollup(tree, N_TREE, costs, N_COSTS, 12500, rows, &total, NULL);
	int64_t wijken = 0, eigen = 0;
	for (int i = 0; i < N_TREE; i++) {
		int64_t sum = 0, k = 0;
		for (int b = 0; b < BUDGET_BRON__MAX; b++) {
			sum += rows[i].eigen[b];
			k += rows[i].kosten[b];
		}
		eigen += sum;
		assert_int_equal(k, rows[i].totaal);
		for (int j = 0; j < N_TREE; j++)
			if (tree[j].parent_id == tree[i].id)
				sum += rows[j].totaal;
		assert_int_equal(sum, rows[i].totaal);
		if (!tree[i].parent_id)
			wijken += rows[i].totaal;
	}
	assert_int_equal(total.totaal, wijken);
	assert_int_equal(total.totaal, eigen);
	for (int b = 0; b < BUDGET_BRON__MAX; b++)
		assert_int_equal(total.kosten[b], rows[at(1)].kosten[b] + rows[at(2)].kosten[b]);
}

static void test_per_home_and_norm(void **state)
{
	struct budget_figures rows[N_TREE], total;

	(void)state;
	budget_rollup(tree, N_TREE, costs, N_COSTS, 12500, rows, &total, NULL);
	const struct budget_figures *w = &rows[at(1)], *c = &rows[at(111)];
	/* 1.600,49 over 1000 homes: 1,60 a home (rounded to the cent). */
	assert_int_equal(w->totaal, 160049);
	assert_int_equal(w->per_woning, 160);
	assert_int_equal(w->budget, 12500LL * 1000);
	assert_int_equal(w->verschil, 12500LL * 1000 - 160049);
	assert_int_equal(w->aandeel, 13);            /* 1,3% in tenths */
	assert_int_equal(c->per_woning, 250);
	assert_int_equal(c->budget, 12500LL * 40);
	assert_int_equal(c->aandeel, 20);            /* 100 of 5000: 2,0% */
	/* No homes: no figure per home, no budget, no share. */
	const struct budget_figures *b = &rows[at(12)], *w2 = &rows[at(2)];
	assert_int_equal(b->per_woning, -1);
	assert_int_equal(b->budget, -1);
	assert_int_equal(b->aandeel, -1);
	assert_int_equal(w2->per_woning, -1);
	assert_int_equal(w2->budget, -1);
	/* No norm: per home still, no budget. */
	budget_rollup(tree, N_TREE, costs, N_COSTS, -1, rows, &total, NULL);
	assert_int_equal(rows[at(1)].per_woning, 160);
	assert_int_equal(rows[at(1)].budget, -1);
	assert_int_equal(rows[at(1)].aandeel, -1);
	/* A norm of 0: a budget of 0, no share (nothing to divide by). */
	budget_rollup(tree, N_TREE, costs, N_COSTS, 0, rows, &total, NULL);
	assert_int_equal(rows[at(1)].budget, 0);
	assert_int_equal(rows[at(1)].verschil, -160049);
	assert_int_equal(rows[at(1)].aandeel, -1);
	/* Over budget: a negative difference, a share above 100%. */
	struct budget_figures f = { .kosten = { 30000, 0, 0 }, .woningen = 2 };
	budget_derive(&f, 12500);
	assert_int_equal(f.verschil, -5000);
	assert_int_equal(f.aandeel, 1200);
}

static void test_empty_and_bad_tree(void **state)
{
	struct budget_figures rows[N_TREE], total;
	int64_t buiten = 42;

	(void)state;
	assert_int_equal(budget_rollup(tree, N_TREE, NULL, 0, 12500, rows, &total, &buiten), 0);
	assert_int_equal(buiten, 0);
	assert_int_equal(total.totaal, 0);
	assert_int_equal(rows[at(1)].per_woning, 0);
	assert_int_equal(rows[at(1)].aandeel, 0);
	/* No areas: every cost is outside. */
	assert_int_equal(budget_rollup(NULL, 0, costs, N_COSTS, 12500, rows, &total, &buiten), 0);
	assert_int_equal(total.totaal, 0);
	assert_int_equal(total.per_woning, -1);
	/* A buurt whose wijk is not in the list is refused. */
	static const struct budget_area orphan[] = { { .id = 11, .parent_id = 1, .wijk_id = 1, .soort = 1 } };
	assert_int_equal(budget_rollup(orphan, 1, costs, N_COSTS, 12500, rows, &total, NULL), -1);
}

static void test_years(void **state)
{
	int32_t first, last;

	(void)state;
	budget_year_bounds(2026, &first, &last);
	assert_int_equal(first, days_from_civil(2026, 1, 1));
	assert_int_equal(last, days_from_civil(2026, 12, 31));
	budget_year_bounds(2028, &first, &last);
	assert_int_equal(last - first, 365);         /* a leap year */
	assert_int_equal(budget_year_of(days_from_civil(2026, 12, 31)), 2026);
	assert_int_equal(budget_year_of(days_from_civil(2027, 1, 1)), 2027);
	assert_int_equal(budget_year_of(days_from_civil(2028, 2, 29)), 2028);
}

static void test_intervention_kosten(void **state)
{
	static const struct {
		const char *in;
		int64_t want;           /* -2: refused */
	} cases[] = {
		{ NULL, -1 }, { "", -1 }, { "  ", -1 }, { "12,50", 1250 }, { "12.5", 1250 }, { "€ 1.234,50", 123450 },
		{ "1000000", 100000000 }, { "1000000,01", -2 }, { "abc", -2 }, { "-5", -2 }, { "12,5x", -2 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int64_t c = 7;
		const char *why = intervention_kosten(cases[i].in, &c);
		if (cases[i].want == -2) {
			assert_non_null(why);
			assert_non_null(strstr(why, "Vul de kosten in euro"));
			assert_int_equal(c, -1);
		} else {
			assert_null(why);
			assert_int_equal(c, cases[i].want);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_totals_are_rows),
		cmocka_unit_test(test_per_home_and_norm),
		cmocka_unit_test(test_empty_and_bad_tree),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_intervention_kosten),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
