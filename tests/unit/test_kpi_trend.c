/*
 * test_kpi_trend.c - the dashboard's series, heatmap counts, heat classes
 * and norms (domain/kpi_trend.h) on small hand-made data: buckets over
 * year ends and leap days, a series that equals kpi_compute per bucket,
 * the wijk filter, heat classes on their bounds, the legend's grid.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/days.h"
#include "domain/kpi_trend.h"

#define D(y, m, d) days_from_civil(y, m, d)
#define NONE KPI_NONE

static struct kpi_fact fact(int32_t r, int32_t bev, int32_t ter, uint16_t cat, int32_t wijk)
{
	struct kpi_fact f = {
		.ontvangen_dag = r, .bevestigen_dag = r + 2, .terugkoppelen_dag = r + 10, .streef_dag = r + 5,
		.bevestigd_dag = bev, .teruggekoppeld_dag = ter, .doorloop_werkdagen = ter == NONE ? -1 : ter - r,
		.afgesloten_dag = NONE, .categorie = cat, .wijk = wijk,
	};
	return f;
}

static void test_grain_ids(void **state)
{
	(void)state;
	assert_int_equal(kpi_grain_parse("week"), KPI_GRAIN_WEEK);
	assert_int_equal(kpi_grain_parse("maand"), KPI_GRAIN_MONTH);
	assert_int_equal(kpi_grain_parse("jaar"), -1);
	assert_int_equal(kpi_grain_parse(NULL), -1);
}

static void test_month_buckets_cross_the_year(void **state)
{
	(void)state;
	int32_t s[13];
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_MONTH, D(2026, 2, 14), 3, s), 0);
	assert_int_equal(s[0], D(2025, 12, 1));
	assert_int_equal(s[1], D(2026, 1, 1));
	assert_int_equal(s[2], D(2026, 2, 1));
	assert_int_equal(s[3], D(2026, 3, 1));
	/* Twelve months ending in a leap February. */
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_MONTH, D(2028, 2, 29), 12, s), 0);
	assert_int_equal(s[0], D(2027, 3, 1));
	assert_int_equal(s[11], D(2028, 2, 1));
	assert_int_equal(s[12] - s[11], 29);
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_MONTH, D(2028, 2, 29), 0, s), -1);
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_MONTH, D(2028, 2, 29), KPI_TREND_MAX + 1, s), -1);
}

static void test_week_buckets_start_on_monday(void **state)
{
	(void)state;
	int32_t s[3];
	/* Sunday 4 January 2026 lies in the week of Monday 29 December 2025. */
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_WEEK, D(2026, 1, 4), 2, s), 0);
	assert_int_equal(s[1], D(2025, 12, 29));
	assert_int_equal(s[0], D(2025, 12, 22));
	assert_int_equal(s[2], D(2026, 1, 5));
	assert_int_equal(days_weekday(s[0]), 0);
}

static void test_sort_only_when_needed(void **state)
{
	(void)state;
	struct kpi_fact f[3] = { fact(30, NONE, NONE, 0, 0), fact(10, NONE, NONE, 1, 0), fact(20, NONE, NONE, 2, 0) };
	kpi_facts_sort(f, 3);
	assert_int_equal(f[0].ontvangen_dag, 10);
	assert_int_equal(f[1].ontvangen_dag, 20);
	assert_int_equal(f[2].ontvangen_dag, 30);
	kpi_facts_sort(f, 0);

	/* As kpi_load returns them: the period in order, then earlier ones closed in it. */
	struct kpi_fact g[5] = { fact(10, NONE, NONE, 0, 0), fact(20, NONE, NONE, 0, 0), fact(30, NONE, NONE, 0, 0),
				 fact(1, NONE, NONE, 1, 0), fact(5, NONE, NONE, 2, 0) };
	kpi_facts_sort(g, 5);
	for (int i = 0; i < 4; i++)
		assert_true(g[i].ontvangen_dag <= g[i + 1].ontvangen_dag);
	assert_int_equal(g[0].categorie, 1);
	/* Three runs: the general sort. */
	struct kpi_fact h[5] = { fact(10, NONE, NONE, 0, 0), fact(5, NONE, NONE, 0, 0), fact(30, NONE, NONE, 0, 0),
				 fact(1, NONE, NONE, 1, 0), fact(50, NONE, NONE, 2, 0) };
	kpi_facts_sort(h, 5);
	for (int i = 0; i < 4; i++)
		assert_true(h[i].ontvangen_dag <= h[i + 1].ontvangen_dag);
}

/* The series is kpi_compute per bucket: compare both ways on the same facts. */
static void test_series_equals_compute_per_bucket(void **state)
{
	(void)state;
	int32_t jan = D(2026, 1, 1), feb = D(2026, 2, 1), mar = D(2026, 3, 1), peil = D(2026, 3, 10);
	struct kpi_fact f[] = {
		fact(jan + 2, jan + 3, jan + 6, 0, 0),      /* in time, within target */
		fact(jan + 20, jan + 25, jan + 40, 1, 1),   /* both late */
		fact(feb + 1, feb + 2, NONE, 0, 0),         /* feedback missing, due feb+11 < peil: late */
		fact(feb + 5, feb + 6, feb + 9, 1, 1),
		fact(mar + 8, NONE, NONE, 0, 0),            /* due after peil: open */
		fact(mar + 20, NONE, NONE, 0, 0),           /* after the peildatum: not counted */
	};
	int32_t start[4];
	assert_int_equal(kpi_trend_buckets(KPI_GRAIN_MONTH, mar, 3, start), 0);
	int64_t pc[3][4], pp[3][4], pk[3][4], pw[3][4], kc[3][4];
	struct kpi_result out[3];
	for (int i = 0; i < 3; i++)
		out[i] = (struct kpi_result){ .per_categorie = pc[i], .per_pijler = pp[i], .per_kanaal = pk[i],
					      .per_wijk = pw[i], .kosten_per_categorie = kc[i] };
	struct kpi_params base = { .peildatum = peil, .wijk = -2, .n_categorie = 4, .n_pijler = 4, .n_kanaal = 4,
				   .n_wijk = 4 };
	uint64_t scratch[16];
	assert_int_equal(kpi_trend_compute(f, 6, &base, start, 3, out, scratch), 0);

	assert_int_equal(out[0].ontvangen, 2);
	assert_int_equal(out[0].bevestiging.op_tijd, 1);
	assert_int_equal(out[0].bevestiging.te_laat, 1);
	assert_true(out[0].bevestiging.percentage_op_tijd == 50.0);
	assert_int_equal(out[0].terugkoppeling.binnen_streefwaarde, 1);
	assert_int_equal(out[0].per_categorie[1], 1);
	assert_int_equal(out[1].ontvangen, 2);
	assert_int_equal(out[1].terugkoppeling.op_tijd, 1);
	assert_int_equal(out[1].terugkoppeling.te_laat, 1);
	assert_int_equal(out[2].ontvangen, 1);
	assert_int_equal(out[2].bevestiging.open, 1);
	assert_true(out[2].bevestiging.percentage_op_tijd < 0);

	/* The same as one kpi_compute over each bucket. */
	for (int i = 0; i < 3; i++) {
		int64_t a[4], b[4], c[4], d[4], e[4];
		struct kpi_result r = { .per_categorie = a, .per_pijler = b, .per_kanaal = c, .per_wijk = d,
					.kosten_per_categorie = e };
		struct kpi_params p = base;
		p.van = start[i];
		p.tot = start[i + 1] - 1;
		assert_int_equal(kpi_compute(f, 6, &p, &r, scratch), 0);
		assert_int_equal(r.ontvangen, out[i].ontvangen);
		assert_int_equal(r.bevestiging.te_laat, out[i].bevestiging.te_laat);
		assert_int_equal(r.terugkoppeling.open, out[i].terugkoppeling.open);
		assert_int_equal(r.doorloop_mediaan, out[i].doorloop_mediaan);
	}

	/* One wijk only. */
	base.wijk = 1;
	assert_int_equal(kpi_trend_compute(f, 6, &base, start, 3, out, scratch), 0);
	assert_int_equal(out[0].ontvangen, 1);
	assert_int_equal(out[1].ontvangen, 1);
	assert_int_equal(out[2].ontvangen, 0);

	/* Buckets must move forward. */
	int32_t bad[3] = { mar, feb, mar };
	assert_int_equal(kpi_trend_compute(f, 6, &base, bad, 2, out, scratch), -1);
}

static void test_matrix_by_category_and_by_bucket(void **state)
{
	(void)state;
	int32_t jan = D(2026, 1, 1), feb = D(2026, 2, 1);
	struct kpi_fact f[] = {
		fact(jan, NONE, NONE, 2, 5), fact(jan + 1, NONE, NONE, 2, 5), fact(feb, NONE, NONE, 3, 5),
		fact(feb + 1, NONE, NONE, 2, 7), fact(feb + 2, NONE, NONE, 2, -1),   /* onbekend */
		fact(feb + 3, NONE, NONE, 2, 6),                                       /* wijk not shown */
		fact(feb + 40, NONE, NONE, 2, 5),                                      /* after tot */
	};
	int row_of[8] = { -1, -1, -1, -1, -1, 0, -1, 1 };
	int col_of[4] = { -1, -1, 0, 1 };
	int64_t m[3 * 2];
	memset(m, 0, sizeof(m));
	struct kpi_matrix_spec s = {
		.van = jan, .tot = feb + 27, .peildatum = feb + 30, .row_of = row_of, .n_row_of = 8, .onbekend_row = 2,
		.col_of = col_of, .n_col_of = 4, .cols = 2,
	};
	kpi_matrix(f, 7, &s, m);
	assert_int_equal(m[0 * 2 + 0], 2);   /* wijk 5, category 2 */
	assert_int_equal(m[0 * 2 + 1], 1);   /* wijk 5, category 3 */
	assert_int_equal(m[1 * 2 + 0], 1);   /* wijk 7 */
	assert_int_equal(m[2 * 2 + 0], 1);   /* onbekend */

	int32_t start[3];
	kpi_trend_buckets(KPI_GRAIN_MONTH, feb, 2, start);
	memset(m, 0, sizeof(m));
	s.col_of = NULL;
	s.start = start;
	s.onbekend_row = -1;
	kpi_matrix(f, 7, &s, m);
	assert_int_equal(m[0 * 2 + 0], 2);   /* wijk 5 in January */
	assert_int_equal(m[0 * 2 + 1], 1);   /* wijk 5 in February */
	assert_int_equal(m[1 * 2 + 1], 1);   /* wijk 7 in February */
	assert_int_equal(m[2 * 2 + 1], 0);   /* onbekend left out */
}

static void test_heat_classes(void **state)
{
	(void)state;
	assert_int_equal(kpi_heat_class(0, 10), 0);
	assert_int_equal(kpi_heat_class(5, 0), 0);
	assert_int_equal(kpi_heat_class(1, 10), 1);
	assert_int_equal(kpi_heat_class(2, 10), 1);    /* on the bound: the lower class */
	assert_int_equal(kpi_heat_class(2.01, 10), 2);
	assert_int_equal(kpi_heat_class(6, 10), 3);
	assert_int_equal(kpi_heat_class(10, 10), 5);
	assert_int_equal(kpi_heat_class(12, 10), 5);
	/* 298 as the largest count: 60 is above a fifth (59.6), so class 2; the legend says 1..59. */
	assert_int_equal(kpi_heat_class(60, 298), 2);
	assert_int_equal(kpi_heat_class(59, 298), 1);
	assert_true(kpi_heat_floor(kpi_heat_bound(1, 298), 1) == 59);
	assert_true(kpi_heat_floor(kpi_heat_bound(5, 298), 1) == 298);
	/* Rates: the legend's grid is 0.1. */
	assert_true(kpi_heat_floor(kpi_heat_bound(1, 2.6), 0.1) > 0.49 && kpi_heat_floor(kpi_heat_bound(1, 2.6), 0.1) < 0.51);
	assert_int_equal(kpi_heat_class(0.5, 2.6), 1);
	assert_int_equal(kpi_heat_class(0.6, 2.6), 2);
	assert_true(kpi_round1(2.649) == 2.6);
	assert_true(kpi_round1(-1) == -1);
	assert_true(kpi_per_100(3, 0) < 0);
	assert_true(kpi_per_100(3, 200) == 1.5);
}

/* Distinct melders through kpi_compute's hash set: many keys, many repeats, anonymous left out. */
static void test_many_melders(void **state)
{
	(void)state;
	enum { N = 5000 };
	static struct kpi_fact f[N];
	int32_t d0 = D(2026, 3, 2);
	for (int i = 0; i < N; i++) {
		f[i] = fact(d0 + i % 20, NONE, NONE, 0, 0);
		/* Keys that differ only in high bits, and every seventh anonymous. */
		f[i].melder = i % 7 == 0 ? 0 : ((uint64_t)(i % 1234) << 40) + 1;
	}
	int64_t a[4], b[4], c[4], w[4], k[4];
	struct kpi_result r = { .per_categorie = a, .per_pijler = b, .per_kanaal = c, .per_wijk = w,
				.kosten_per_categorie = k };
	struct kpi_params p = { .van = d0, .tot = d0 + 30, .peildatum = d0 + 40, .wijk = -2, .n_categorie = 4,
				.n_pijler = 4, .n_kanaal = 4, .n_wijk = 4 };
	uint64_t *scratch = malloc(kpi_scratch_len(N) * sizeof(uint64_t));
	assert_true(kpi_scratch_len(N) >= 2 * N);
	assert_int_equal(kpi_scratch_len(0), 16);
	assert_int_equal(kpi_compute(f, N, &p, &r, scratch), 0);
	/* i % 1234 takes every value among the non-anonymous i (7 and 1234 share no factor). */
	assert_int_equal(r.melders_uniek, 1234);
	assert_int_equal(r.ontvangen, N);
	free(scratch);
}

static void test_norms(void **state)
{
	(void)state;
	assert_int_equal(kpi_norm_judge(-1, 90, 75), KPI_NORM_NONE);
	assert_int_equal(kpi_norm_judge(90, 90, 75), KPI_NORM_GROEN);
	assert_int_equal(kpi_norm_judge(89.9, 90, 75), KPI_NORM_ORANJE);
	assert_int_equal(kpi_norm_judge(75, 90, 75), KPI_NORM_ORANJE);
	assert_int_equal(kpi_norm_judge(74.9, 90, 75), KPI_NORM_ROOD);
	assert_int_equal(kpi_norm_judge(0, 90, 75), KPI_NORM_ROOD);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grain_ids),
		cmocka_unit_test(test_month_buckets_cross_the_year),
		cmocka_unit_test(test_week_buckets_start_on_monday),
		cmocka_unit_test(test_sort_only_when_needed),
		cmocka_unit_test(test_series_equals_compute_per_bucket),
		cmocka_unit_test(test_matrix_by_category_and_by_bucket),
		cmocka_unit_test(test_heat_classes),
		cmocka_unit_test(test_many_melders),
		cmocka_unit_test(test_norms),
	};
	return cmocka_run_group_tests_name("kpi_trend", tests, NULL, NULL);
}
