/*
 * kpi_trend.h - the dashboard's figures beyond one period (issue 9):
 * series per week or month, counts of wijken x melding types or months for
 * the heatmap, heat classes and the traffic-light judgement of a
 * percentage against its norm. Pure like kpi.h: facts in, numbers out.
 *
 * A series is not a second implementation of the definitions: every bucket
 * is kpi_compute() over the facts received in that bucket, with the
 * bucket as the period and the report's peildatum, so a month in the chart
 * shows exactly what /api/v1/kpi answers for that month.
 */
#ifndef LEEFBAAR_KPI_TREND_H
#define LEEFBAAR_KPI_TREND_H

#include "domain/kpi.h"

#include <stddef.h>
#include <stdint.h>

enum kpi_grain { KPI_GRAIN_WEEK, KPI_GRAIN_MONTH, KPI_GRAIN__MAX };
extern const char *const kpi_grain_ids[KPI_GRAIN__MAX];   /* "week", "maand" */
int kpi_grain_parse(const char *id);                      /* -1 if unknown */

/* Most buckets in a series. */
#define KPI_TREND_MAX 60

/*
 * The n buckets (1 <= n <= KPI_TREND_MAX) of grain g that end with the one
 * holding day `last`: bucket i runs from start[i] up to and including
 * start[i + 1] - 1, so start must hold n + 1 days. Weeks start on Monday
 * (ISO), months on the first. Returns 0, or -1 for a bad n.
 */
int kpi_trend_buckets(enum kpi_grain g, int32_t last, int n, int32_t *start);

/*
 * Sorts facts by receipt day (stable order is not needed); cheap when they
 * already are, or come as kpi_load returns them (the period in order, then
 * a short run of earlier facts).
 */
void kpi_facts_sort(struct kpi_fact *facts, size_t n);

/*
 * Computes one kpi_result per bucket from facts sorted by receipt day:
 * out[i] is kpi_compute() over the facts received in bucket i with
 * van..tot = the bucket, peildatum and wijk from base. Every out[i] must
 * have its per_* arrays allocated with the sizes in base (as for
 * kpi_compute). scratch must hold n uint64_t. Returns 0, or -1 for bad
 * arguments.
 */
int kpi_trend_compute(const struct kpi_fact *facts, size_t n, const struct kpi_params *base,
		      const int32_t *start, int nb, struct kpi_result *out, uint64_t *scratch);

/*
 * Heatmap counts: for every fact received van..tot and not after peildatum
 * whose wijk maps to a row (row_of[wijk] >= 0; wijk -1 "onbekend" maps to
 * row onbekend_row, which may be -1 to leave those out), adds 1 to
 * m[row * cols + col], where col is col_of[categorie] (when col_of is not
 * NULL) or else the bucket of the receipt day in start[0..cols] (as
 * kpi_trend_buckets fills it; days outside are skipped). Facts with an id
 * at or beyond n_row_of / n_col_of are skipped. m must hold rows * cols
 * counts and is not cleared here.
 */
struct kpi_matrix_spec {
	int32_t van, tot, peildatum;
	const int *row_of;           /* indexed by wijk id */
	size_t n_row_of;
	int onbekend_row;
	const int *col_of;           /* indexed by category id, or NULL for buckets */
	size_t n_col_of;
	const int32_t *start;        /* buckets, when col_of is NULL */
	int cols;
};
void kpi_matrix(const struct kpi_fact *facts, size_t n, const struct kpi_matrix_spec *s, int64_t *m);

/*
 * The heat class of value among values whose largest is max: 0 for none
 * (value <= 0), else 1..5 by fifths of max: class k holds values above
 * (k - 1) / 5 * max up to k / 5 * max. max <= 0 gives 0.
 */
int kpi_heat_class(double value, double max);
/* The upper bound of class k (1..5) for the legend: k / 5 * max. */
double kpi_heat_bound(int k, double max);

/*
 * x rounded down to a multiple of step (1 for counts, 0.1 for rates): the
 * legend's class bounds on the grid of the values shown, so that a shown
 * value always lies in the class the legend gives for it. Values are
 * classified after rounding them the way they are shown (kpi_round1).
 */
double kpi_heat_floor(double x, double step);
/* x rounded to one decimal, as rates are shown; negative stays negative. */
double kpi_round1(double x);

/* Meldingen per 100 homes; -1 when the number of homes is unknown (0). */
double kpi_per_100(int64_t count, int64_t woningen);

/*
 * A percentage against its norm: GROEN at or above `groen`, ORANJE at or
 * above `oranje`, ROOD below; NONE when there is no percentage (< 0).
 */
enum kpi_norm { KPI_NORM_NONE, KPI_NORM_GROEN, KPI_NORM_ORANJE, KPI_NORM_ROOD };
enum kpi_norm kpi_norm_judge(double pct, double groen, double oranje);

/* The thresholds the dashboard shows and explains (percent). */
#define KPI_NORM_TERMIJN_GROEN 90.0     /* confirmation and feedback in time */
#define KPI_NORM_TERMIJN_ORANJE 75.0
#define KPI_NORM_STREEF_GROEN 75.0      /* feedback within the target */
#define KPI_NORM_STREEF_ORANJE 50.0

#endif
