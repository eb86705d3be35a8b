/*
 * test_kpi.c - every KPI formula on small hand-made data (issue 9's
 * definitions): population by receipt day and peildatum, terms met, late
 * or open, the target, nearest-rank median and p90, distinct melders,
 * costs by closing day, breakdowns, wijk filter.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/days.h"
#include "domain/kpi.h"

#define D(y, m, d) days_from_civil(y, m, d)
#define NONE KPI_NONE

static int64_t pc[4], pp[4], pk[4], pw[4], kc[4];
static uint64_t scratch[64];

static struct kpi_result result(void)
{
	struct kpi_result r = { .per_categorie = pc, .per_pijler = pp, .per_kanaal = pk,
				.per_wijk = pw, .kosten_per_categorie = kc };
	return r;
}

static struct kpi_params period(int32_t van, int32_t tot, int32_t peil)
{
	struct kpi_params p = { .van = van, .tot = tot, .peildatum = peil, .wijk = -2,
				.n_categorie = 4, .n_pijler = 4, .n_kanaal = 4, .n_wijk = 4 };
	return p;
}

/* A melding received on day r with due days r+2/r+10/r+5 in calendar days (the tests need no calendar). */
static struct kpi_fact fact(int32_t r, int32_t bev, int32_t ter, int32_t doorloop)
{
	struct kpi_fact f = {
		.ontvangen_dag = r, .bevestigen_dag = r + 2, .terugkoppelen_dag = r + 10, .streef_dag = r + 5,
		.bevestigd_dag = bev, .teruggekoppeld_dag = ter, .doorloop_werkdagen = doorloop,
		.afgesloten_dag = NONE, .wijk = 0,
	};
	return f;
}

static void test_terms_and_population(void **state)
{
	(void)state;
	int32_t d0 = D(2026, 3, 2);   /* a Monday */
	struct kpi_fact f[] = {
		fact(d0, d0 + 1, d0 + 4, 4),       /* both in time, within target */
		fact(d0, d0 + 3, d0 + 9, 7),       /* confirmation late, feedback in time, not within target */
		fact(d0, NONE, NONE, -1),          /* nothing, both due before peildatum: late */
		fact(d0 + 20, NONE, NONE, -1),     /* not yet due on peildatum: open */
		fact(d0 + 40, d0 + 41, d0 + 42, 2),/* received after peildatum: not in population */
		fact(d0 - 5, d0 - 4, d0 - 3, 2),   /* before the period */
	};
	struct kpi_params p = period(d0, d0 + 60, d0 + 21);
	struct kpi_result r = result();

	assert_int_equal(kpi_compute(f, 6, &p, &r, scratch), 0);
	assert_int_equal(r.ontvangen, 4);
	assert_int_equal(r.bevestiging.op_tijd, 1);
	assert_int_equal(r.bevestiging.te_laat, 2);
	assert_int_equal(r.bevestiging.open, 1);
	assert_true(r.bevestiging.percentage_op_tijd == 33.3);
	assert_int_equal(r.terugkoppeling.op_tijd, 2);
	assert_int_equal(r.terugkoppeling.te_laat, 1);
	assert_int_equal(r.terugkoppeling.open, 1);
	assert_int_equal(r.terugkoppeling.binnen_streefwaarde, 1);
	assert_true(r.terugkoppeling.percentage_op_tijd == 66.7);
	assert_true(r.terugkoppeling.percentage_binnen_streefwaarde == 33.3);
	/* Meldingen late (open) on either term count once: the second and the third; the fourth. */
	assert_int_equal(r.te_laat_meldingen, 2);
	assert_int_equal(r.open_meldingen, 1);
	/* Doorlooptijd of the two with feedback: 4 and 7; nearest rank median = 4, p90 = 7. */
	assert_int_equal(r.doorloop_mediaan, 4);
	assert_int_equal(r.doorloop_p90, 7);
}

static void test_moment_after_peildatum_has_not_happened(void **state)
{
	(void)state;
	int32_t d0 = D(2026, 4, 1);
	/* Confirmed on d0+1 (in time) but the peildatum is d0: it has not happened; due d0+2 is not past. */
	struct kpi_fact f[] = { fact(d0, d0 + 1, d0 + 3, 3) };
	struct kpi_params p = period(d0, d0, d0);
	struct kpi_result r = result();

	kpi_compute(f, 1, &p, &r, scratch);
	assert_int_equal(r.bevestiging.open, 1);
	assert_int_equal(r.bevestiging.op_tijd, 0);
	assert_int_equal(r.terugkoppeling.open, 1);
	assert_int_equal(r.doorloop_mediaan, -1);
	assert_true(r.bevestiging.percentage_op_tijd < 0);    /* null: nothing to count yet */
	/* Due exactly on the peildatum and not met: still open, not late. */
	p = period(d0, d0, d0 + 2);
	f[0].bevestigd_dag = NONE;
	kpi_compute(f, 1, &p, &r, scratch);
	assert_int_equal(r.bevestiging.open, 1);
	assert_int_equal(r.bevestiging.te_laat, 0);
	p = period(d0, d0, d0 + 3);
	kpi_compute(f, 1, &p, &r, scratch);
	assert_int_equal(r.bevestiging.te_laat, 1);
}

static void test_nearest_rank(void **state)
{
	(void)state;
	uint32_t h[16] = { 0 };
	assert_int_equal(kpi_nearest_rank(h, 16, 0, 50), -1);
	/* Values 1,2,3,4,5,6,7,8,9,10: median (rank 5) = 5, p90 (rank 9) = 9. */
	for (int v = 1; v <= 10; v++)
		h[v]++;
	assert_int_equal(kpi_nearest_rank(h, 16, 10, 50), 5);
	assert_int_equal(kpi_nearest_rank(h, 16, 10, 90), 9);
	assert_int_equal(kpi_nearest_rank(h, 16, 10, 100), 10);
	/* One value: every percentile is it. */
	memset(h, 0, sizeof(h));
	h[3] = 1;
	assert_int_equal(kpi_nearest_rank(h, 16, 1, 50), 3);
	assert_int_equal(kpi_nearest_rank(h, 16, 1, 90), 3);
}

static void test_percentage_rounding(void **state)
{
	(void)state;
	assert_true(kpi_percentage(1, 3) == 33.3);
	assert_true(kpi_percentage(2, 3) == 66.7);
	assert_true(kpi_percentage(5, 6) == 83.3);
	assert_true(kpi_percentage(1, 8) == 12.5);
	assert_true(kpi_percentage(0, 5) == 0.0);
	assert_true(kpi_percentage(3, 0) < 0);
}

static void test_melders_costs_breakdowns(void **state)
{
	(void)state;
	int32_t d0 = D(2026, 5, 4);
	struct kpi_fact f[5];
	for (int i = 0; i < 5; i++)
		f[i] = fact(d0 + i, NONE, NONE, -1);
	f[0].melder = 11; f[1].melder = 11; f[2].melder = 22; f[3].melder = 0; f[4].melder = 33;
	f[0].categorie = 1; f[1].categorie = 1; f[2].categorie = 2;
	f[3].wijk = -1; f[4].wijk = 3;
	f[0].kanaal = 2; f[0].pijler = 3;
	/* Closed in the period with costs; one closed after the period does not count. */
	f[0].afgesloten_dag = d0 + 3; f[0].kosten_cent = 1250;
	f[1].afgesloten_dag = d0 + 4; f[1].kosten_cent = 100;
	f[2].afgesloten_dag = d0 + 30; f[2].kosten_cent = 999;
	struct kpi_params p = period(d0, d0 + 6, d0 + 10);
	struct kpi_result r = result();

	kpi_compute(f, 5, &p, &r, scratch);
	assert_int_equal(r.ontvangen, 5);
	assert_int_equal(r.melders_uniek, 3);
	assert_int_equal(r.per_categorie[1], 2);
	assert_int_equal(r.per_categorie[2], 1);
	assert_int_equal(r.per_categorie[0], 2);
	assert_int_equal(r.per_kanaal[2], 1);
	assert_int_equal(r.per_pijler[3], 1);
	assert_int_equal(r.per_wijk[0], 3);
	assert_int_equal(r.per_wijk[3], 1);
	assert_int_equal(r.per_wijk_onbekend, 1);
	assert_int_equal(r.kosten_per_categorie[1], 1350);
	assert_int_equal(r.kosten_per_categorie[2], 0);

	/* One wijk only. */
	p.wijk = 3;
	kpi_compute(f, 5, &p, &r, scratch);
	assert_int_equal(r.ontvangen, 1);
	assert_int_equal(r.melders_uniek, 1);
	p.wijk = -1;
	kpi_compute(f, 5, &p, &r, scratch);
	assert_int_equal(r.ontvangen, 1);
	/* A bad period is refused. */
	p = period(d0, d0 - 1, d0);
	assert_int_equal(kpi_compute(f, 5, &p, &r, scratch), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terms_and_population),
		cmocka_unit_test(test_moment_after_peildatum_has_not_happened),
		cmocka_unit_test(test_nearest_rank),
		cmocka_unit_test(test_percentage_rounding),
		cmocka_unit_test(test_melders_costs_breakdowns),
	};
	return cmocka_run_group_tests_name("kpi", tests, NULL, NULL);
}
