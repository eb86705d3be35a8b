/*
 * kpi_trend.c - series, heatmap counts, heat classes and norms (see
 * kpi_trend.h).
 */
#include "domain/kpi_trend.h"
#include "domain/calendar.h"
#include "domain/days.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const kpi_grain_ids[KPI_GRAIN__MAX] = {
	[KPI_GRAIN_WEEK] = "week",
	[KPI_GRAIN_MONTH] = "maand",
};

int kpi_grain_parse(const char *id)
{
	for (int i = 0; id && i < KPI_GRAIN__MAX; i++)
		if (!strcmp(id, kpi_grain_ids[i]))
			return i;
	return -1;
}

static int32_t month_start(int y, int m)
{
	/* m may run below 1 or above 12 while stepping back and forth. */
	while (m < 1) {
		m += 12;
		y--;
	}
	while (m > 12) {
		m -= 12;
		y++;
	}
	return days_from_civil(y, m, 1);
}

int kpi_trend_buckets(enum kpi_grain g, int32_t last, int n, int32_t *start)
{
	if (n < 1 || n > KPI_TREND_MAX || (unsigned)g >= KPI_GRAIN__MAX)
		return -1;
	if (g == KPI_GRAIN_WEEK) {
		int32_t monday, sunday;
		calendar_period_bounds(CALENDAR_WEEK, last, &monday, &sunday);
		for (int i = 0; i <= n; i++)
			start[i] = monday - 7 * (n - 1 - i);
		return 0;
	}
	int y, m, d;
	days_to_civil(last, &y, &m, &d);
	for (int i = 0; i <= n; i++)
		start[i] = month_start(y, m - (n - 1 - i));
	return 0;
}

static int cmp_fact(const void *a, const void *b)
{
	int32_t x = ((const struct kpi_fact *)a)->ontvangen_dag, y = ((const struct kpi_fact *)b)->ontvangen_dag;
	return x < y ? -1 : x > y;
}

/* Length of the sorted run starting at from. */
static size_t run_from(const struct kpi_fact *facts, size_t n, size_t from)
{
	size_t i = from + 1;
	while (i < n && facts[i].ontvangen_dag >= facts[i - 1].ontvangen_dag)
		i++;
	return i - from;
}

void kpi_facts_sort(struct kpi_fact *facts, size_t n)
{
	size_t head = n ? run_from(facts, n, 0) : 0;
	if (head >= n)
		return;
	/*
	 * kpi_load returns the period in order, then the few facts received
	 * before it (closed in it): two runs, the second wholly before the
	 * first. Rotating them is a copy of the short run instead of a sort.
	 */
	if (run_from(facts, n, head) == n - head && facts[n - 1].ontvangen_dag <= facts[0].ontvangen_dag) {
		size_t tail = n - head;
		struct kpi_fact *tmp = malloc(tail * sizeof(*tmp));
		if (tmp) {
			memcpy(tmp, facts + head, tail * sizeof(*tmp));
			memmove(facts + tail, facts, head * sizeof(*facts));
			memcpy(facts, tmp, tail * sizeof(*tmp));
			free(tmp);
			return;
		}
	}
	qsort(facts, n, sizeof(*facts), cmp_fact);
}

/* The first fact received on or after day. */
static size_t lower_bound(const struct kpi_fact *facts, size_t n, int32_t day)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (facts[mid].ontvangen_dag < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int kpi_trend_compute(const struct kpi_fact *facts, size_t n, const struct kpi_params *base,
		      const int32_t *start, int nb, struct kpi_result *out, uint64_t *scratch)
{
	if (nb < 0 || nb > KPI_TREND_MAX)
		return -1;
	for (int i = 0; i < nb; i++) {
		if (start[i + 1] <= start[i])
			return -1;
		/* Only the bucket's own facts: the series costs one pass in all. */
		size_t a = lower_bound(facts, n, start[i]), b = lower_bound(facts, n, start[i + 1]);
		struct kpi_params p = *base;
		p.van = start[i];
		p.tot = start[i + 1] - 1;
		/* facts is NULL when there are none: no arithmetic on it (UB, found by fuzz_form). */
		if (kpi_compute(n ? facts + a : facts, b - a, &p, &out[i], scratch) < 0)
			return -1;
	}
	return 0;
}

/* Bucket of day in start[0..cols], or -1. */
static int bucket_of(const int32_t *start, int cols, int32_t day)
{
	if (day < start[0] || day >= start[cols])
		return -1;
	int lo = 0, hi = cols - 1;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (start[mid] <= day)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

void kpi_matrix(const struct kpi_fact *facts, size_t n, const struct kpi_matrix_spec *s, int64_t *m)
{
	for (size_t i = 0; i < n; i++) {
		const struct kpi_fact *f = &facts[i];
		if (f->ontvangen_dag < s->van || f->ontvangen_dag > s->tot || f->ontvangen_dag > s->peildatum)
			continue;
		int row;
		if (f->wijk < 0)
			row = s->onbekend_row;
		else
			row = (size_t)f->wijk < s->n_row_of ? s->row_of[f->wijk] : -1;
		if (row < 0)
			continue;
		int col;
		if (s->col_of)
			col = f->categorie < s->n_col_of ? s->col_of[f->categorie] : -1;
		else
			col = bucket_of(s->start, s->cols, f->ontvangen_dag);
		if (col < 0 || col >= s->cols)
			continue;
		m[(size_t)row * (size_t)s->cols + (size_t)col]++;
	}
}

int kpi_heat_class(double value, double max)
{
	if (value <= 0 || max <= 0)
		return 0;
	/* Fifths of the largest value; the largest itself is class 5. */
	int k = (int)ceil(value * 5.0 / max - 1e-9);
	return k < 1 ? 1 : k > 5 ? 5 : k;
}

double kpi_heat_bound(int k, double max)
{
	return max * k / 5.0;
}

double kpi_heat_floor(double x, double step)
{
	/* The epsilon keeps 59.99999 (from 298 * 1 / 5 in binary) from dropping a whole step. */
	return floor(x / step + 1e-9) * step;
}

double kpi_round1(double x)
{
	return x < 0 ? x : round(x * 10.0) / 10.0;
}

double kpi_per_100(int64_t count, int64_t woningen)
{
	if (woningen <= 0)
		return -1;
	return (double)count * 100.0 / (double)woningen;
}

enum kpi_norm kpi_norm_judge(double pct, double groen, double oranje)
{
	if (pct < 0)
		return KPI_NORM_NONE;
	if (pct >= groen)
		return KPI_NORM_GROEN;
	return pct >= oranje ? KPI_NORM_ORANJE : KPI_NORM_ROOD;
}
