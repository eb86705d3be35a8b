/*
 * test_wijkcijfers.c - the wijkprofiel's pure figures (domain/wijkcijfers.h):
 * the terms from monthly counts equal kpi_compute() over the same facts
 * with today as the peildatum; the comparison window in January and
 * later; rates per 100 homes; which way a figure went; the dossier
 * figures of a year by the definitions of store/kpi_dossier.h.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/wijkcijfers.h"

#define D(y, m, d) days_from_civil(y, m, d)
#define NONE KPI_NONE

static struct kpi_fact fact(int32_t r, int32_t bev, int32_t ter)
{
	struct kpi_fact f = {
		.ontvangen_dag = r, .bevestigen_dag = r + 2, .terugkoppelen_dag = r + 10, .streef_dag = r + 5,
		.bevestigd_dag = bev, .teruggekoppeld_dag = ter, .doorloop_werkdagen = -1, .afgesloten_dag = NONE,
		.wijk = 0,
	};
	return f;
}

/* What migration 0047's triggers store for f, and what the profile reads live for a term still to come. */
static void count_fact(const struct kpi_fact *f, int32_t today, struct wijk_telling *t)
{
	t->ontvangen++;
	if (f->bevestigd_dag != NONE) {
		t->bev_op_tijd += f->bevestigd_dag <= f->bevestigen_dag;
		t->bev_te_laat += f->bevestigd_dag > f->bevestigen_dag;
	} else if (f->bevestigen_dag >= today) {
		t->bev_open++;
	}
	if (f->teruggekoppeld_dag != NONE) {
		t->ter_op_tijd += f->teruggekoppeld_dag <= f->terugkoppelen_dag;
		t->ter_te_laat += f->teruggekoppeld_dag > f->terugkoppelen_dag;
		t->binnen_streef += f->teruggekoppeld_dag <= f->streef_dag;
	} else if (f->terugkoppelen_dag >= today) {
		t->ter_open++;
	}
}

static void same_term(const struct kpi_term *a, const struct kpi_term *b)
{
	assert_int_equal(a->op_tijd, b->op_tijd);
	assert_int_equal(a->te_laat, b->te_laat);
	assert_int_equal(a->open, b->open);
	assert_true(a->percentage_op_tijd == b->percentage_op_tijd);
}

/* Met on time, late, missing and past due, missing and still to come (today itself included): as kpi_compute. */
static void test_terms_equal_kpi(void **state)
{
	(void)state;
	int32_t today = D(2026, 12, 1);
	struct kpi_fact f[] = {
		fact(D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 6)),       /* both on time, within the target */
		fact(D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 10)),      /* confirmed late; fed back in time, not within 5 */
		fact(D(2026, 3, 2), NONE, D(2026, 3, 30)),               /* never confirmed; fed back late */
		fact(D(2026, 11, 30), NONE, NONE),                       /* both still to come */
		fact(D(2026, 11, 29), NONE, NONE),                       /* confirmation due today: still open */
		fact(D(2026, 11, 20), D(2026, 11, 21), NONE),            /* feedback due 30/11: late now */
		fact(D(2026, 11, 25), D(2026, 11, 25), D(2026, 11, 26)),
	};
	size_t n = sizeof(f) / sizeof(f[0]);
	struct wijk_telling t = { 0 };
	int64_t per_cat[1], per_pij[4], per_kan[16], per_wijk[1], kosten[1];
	struct kpi_result r = { .per_categorie = per_cat, .per_pijler = per_pij, .per_kanaal = per_kan,
				.per_wijk = per_wijk, .kosten_per_categorie = kosten };
	struct kpi_params p = { .van = D(2026, 1, 1), .tot = D(2026, 12, 31), .peildatum = today, .wijk = -2,
				.n_categorie = 1, .n_pijler = 4, .n_kanaal = 16, .n_wijk = 1 };
	uint64_t *scratch = calloc(kpi_scratch_len(n), sizeof(uint64_t));
	struct kpi_term bev, ter;

	for (size_t i = 0; i < n; i++)
		count_fact(&f[i], today, &t);
	assert_int_equal(kpi_compute(f, n, &p, &r, scratch), 0);
	wijkcijfers_termen(&t, &bev, &ter);
	same_term(&bev, &r.bevestiging);
	same_term(&ter, &r.terugkoppeling);
	assert_int_equal(ter.binnen_streefwaarde, r.terugkoppeling.binnen_streefwaarde);
	assert_true(ter.percentage_binnen_streefwaarde == r.terugkoppeling.percentage_binnen_streefwaarde);
	/* And the numbers themselves, so that a change in both is seen too. */
	assert_int_equal(bev.op_tijd, 3);
	assert_int_equal(bev.te_laat, 2);
	assert_int_equal(bev.open, 2);
	assert_int_equal(ter.op_tijd, 3);
	assert_int_equal(ter.te_laat, 2);
	assert_int_equal(ter.open, 2);
	assert_int_equal(ter.binnen_streefwaarde, 2);
	free(scratch);
}

static void test_terms_empty(void **state)
{
	(void)state;
	struct wijk_telling t = { 0 };
	struct kpi_term bev, ter;

	wijkcijfers_termen(&t, &bev, &ter);
	assert_true(bev.percentage_op_tijd < 0);
	assert_true(ter.percentage_binnen_streefwaarde < 0);
	/* More open than missing (a count from another moment) never makes a negative late. */
	t.ontvangen = 2;
	t.bev_op_tijd = 2;
	t.bev_open = 1;
	wijkcijfers_termen(&t, &bev, &ter);
	assert_int_equal(bev.open, 0);
	assert_int_equal(bev.te_laat, 0);
}

static void test_window(void **state)
{
	(void)state;
	int jaar, tot;

	wijkcijfers_vergelijk_venster(D(2026, 12, 1), &jaar, &tot);
	assert_int_equal(jaar, 2026);
	assert_int_equal(tot, 11);
	wijkcijfers_vergelijk_venster(D(2026, 2, 1), &jaar, &tot);
	assert_int_equal(jaar, 2026);
	assert_int_equal(tot, 1);
	/* In January no month of this year is over: last year against the one before. */
	wijkcijfers_vergelijk_venster(D(2027, 1, 31), &jaar, &tot);
	assert_int_equal(jaar, 2026);
	assert_int_equal(tot, 12);
	wijkcijfers_vergelijk_venster(D(2027, 1, 1), &jaar, &tot);
	assert_int_equal(jaar, 2026);
	assert_int_equal(tot, 12);
}

static void test_years(void **state)
{
	(void)state;
	int y[WIJKCIJFERS_JAREN];
	int32_t van, tot;

	wijkcijfers_jaren(2026, y);
	assert_int_equal(y[0], 2021);
	assert_int_equal(y[WIJKCIJFERS_JAREN - 1], 2026);
	wijkcijfers_jaar_grenzen(2024, &van, &tot);
	assert_int_equal(van, D(2024, 1, 1));
	assert_int_equal(tot, D(2024, 12, 31));
	assert_int_equal(wijkcijfers_jaar(D(2024, 12, 31)), 2024);
	assert_int_equal(wijkcijfers_jaar(D(2025, 1, 1)), 2025);
	assert_int_equal(wijkcijfers_maand(D(2024, 2, 29)), 2);
}

static void test_rates_and_direction(void **state)
{
	(void)state;
	assert_true(wijkcijfers_per_100(3, 1450) == 0.2);
	assert_true(wijkcijfers_per_100(3, 107) == 2.8);
	assert_true(wijkcijfers_per_100(0, 107) == 0.0);
	assert_true(wijkcijfers_per_100(5, 0) < 0);
	assert_int_equal(wijkcijfers_richting(10, 12), WIJK_RICHTING_HOGER);
	assert_int_equal(wijkcijfers_richting(12, 10), WIJK_RICHTING_LAGER);
	assert_int_equal(wijkcijfers_richting(2.8, 2.8), WIJK_RICHTING_GELIJK);
	assert_int_equal(wijkcijfers_richting(-1, 2), WIJK_RICHTING_ONBEKEND);
	assert_int_equal(wijkcijfers_richting(3, -1), WIJK_RICHTING_ONBEKEND);
	assert_true(wijkcijfers_verschil_pct(10, 12) == 20.0);
	assert_true(wijkcijfers_verschil_pct(12, 10) == -16.7);
	assert_true(wijkcijfers_verschil_pct(0, 10) == 0);
}

static int64_t noon(int y, int m, int d)
{
	return amsterdam_day_start(D(y, m, d)) + 12 * 3600;
}

static void test_dossiers(void **state)
{
	(void)state;
	struct wijk_dossier_feit d[] = {
		/* opened in 2025, open still, vervuild from March 2025 */
		{ .geopend_op = noon(2025, 2, 1), .vervuild_dag = D(2025, 3, 1), .vervuild_opgeheven_dag = -1, .address_id = 7 },
		/* opened 2024, closed with ontruiming in 2025; the same address, flagged 2024 and lifted in January 2025 */
		{ .geopend_op = noon(2024, 5, 1), .gesloten_op = noon(2025, 6, 1), .ontruiming = 1,
		  .vervuild_dag = D(2024, 6, 1), .vervuild_opgeheven_dag = D(2025, 1, 10), .address_id = 7 },
		/* opened and closed in 2023 */
		{ .geopend_op = noon(2023, 1, 1), .gesloten_op = noon(2023, 12, 31), .vervuild_dag = -1,
		  .vervuild_opgeheven_dag = -1, .address_id = 8 },
		/* a complex's dossier, flagged: no address to count */
		{ .geopend_op = noon(2025, 1, 5), .vervuild_dag = D(2025, 1, 5), .vervuild_opgeheven_dag = -1 },
	};
	struct wijk_dossier_stap refs[] = {
		{ .op = noon(2025, 3, 1), .dossier_id = 1 }, { .op = noon(2025, 4, 1), .dossier_id = 1 },
		{ .op = noon(2025, 4, 1), .dossier_id = 2 }, { .op = noon(2024, 12, 31), .dossier_id = 2 },
	};
	struct wijk_dossier_stap escs[] = {
		{ .op = noon(2025, 3, 1), .niveau = AVE_ORANJE }, { .op = noon(2025, 5, 1), .niveau = AVE_ROOD },
		{ .op = noon(2026, 1, 1), .niveau = AVE_ROOD },
	};
	int64_t scratch[8];
	struct wijk_dossiers out;

	wijkcijfers_dossiers(d, 4, refs, 4, escs, 3, D(2025, 1, 1), D(2025, 12, 31), D(2025, 12, 31), scratch, &out);
	assert_int_equal(out.geopend, 2);
	assert_int_equal(out.open, 2);                 /* the first and the complex's */
	assert_int_equal(out.uitzettingen, 1);
	assert_int_equal(out.vervuilde_woningen, 1);   /* address 7 once, though two dossiers */
	assert_int_equal(out.doorverwijzingen, 3);
	assert_int_equal(out.dossiers_doorverwezen, 2);
	assert_int_equal(out.escalaties[AVE_ORANJE], 1);
	assert_int_equal(out.escalaties[AVE_ROOD], 1);
	/* Counted up to the peildatum: before June nothing was closed yet. */
	wijkcijfers_dossiers(d, 4, refs, 4, escs, 3, D(2025, 1, 1), D(2025, 12, 31), D(2025, 3, 31), scratch, &out);
	assert_int_equal(out.uitzettingen, 0);
	assert_int_equal(out.open, 3);
	assert_int_equal(out.doorverwijzingen, 1);
	assert_int_equal(out.escalaties[AVE_ROOD], 0);
	wijkcijfers_dossiers(d, 4, refs, 4, escs, 3, D(2023, 1, 1), D(2023, 12, 31), D(2023, 12, 31), scratch, &out);
	assert_int_equal(out.geopend, 1);
	assert_int_equal(out.open, 0);
	assert_int_equal(out.vervuilde_woningen, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terms_equal_kpi),
		cmocka_unit_test(test_terms_empty),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_rates_and_direction),
		cmocka_unit_test(test_dossiers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
