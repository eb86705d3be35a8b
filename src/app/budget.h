/*
 * budget.h - the leefbaarheidsbudget's use cases (issue 18, point 5):
 * spend per complex, buurt and wijk in a year beside the norm per home
 * the coördinator sets, for the page /budget, its CSV and JSON, and the
 * wijkprofiel's block.
 *
 * What an actor sees follows ACT_WIJK_READ: a role bound to areas sees
 * its own wijken (wijk_reach()), the others every wijk. Costs are summed
 * by store/budget.h and rolled up by domain/budget.h.
 */
#ifndef LEEFBAAR_APP_BUDGET_H
#define LEEFBAAR_APP_BUDGET_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/budget.h"
#include "domain/fields.h"
#include "store/area.h"
#include "store/budget.h"

#include <stdint.h>

struct db;
struct arena;
struct csv;

/* The years a page may ask for. */
#define BUDGET_JAAR_MIN 2000
#define BUDGET_JAAR_MAX 2100
/* The highest norm accepted: ten thousand euros per home. */
#define BUDGET_NORM_MAX (10000LL * 100)

/* The roll-up of one year as an actor may see it. Arrays in the arena. */
struct budget_view {
	int jaar;
	int has_norm;              /* a norm holds in jaar (set for it or an earlier year) */
	struct budget_norm norm;
	int64_t norm_cent;         /* -1 without a norm */
	int n;                     /* areas in reach, in the order of the tree */
	struct area *areas;
	struct budget_figures *rows;   /* one per area */
	struct budget_figures total;   /* the sum of the wijk rows */
	int all;                   /* who sees every wijk */
	int64_t buiten;            /* all only: costs with no wijk (meldingen in "onbekend") */
};

/* Loads year jaar for who. APP_OK or APP_UNAVAILABLE. */
enum app_result budget_view_load(struct db *db, struct arena *a, const struct actor *who, int jaar,
				 struct budget_view *out);

/*
 * The figures of area id (a wijk or buurt the caller checked who may read)
 * in each of the n years jaar-n+1 .. jaar, oldest first, into years[n],
 * and the norm per home of each into norms[n] (-1 none). APP_OK,
 * APP_NOT_FOUND (no such area) or APP_UNAVAILABLE.
 */
enum app_result budget_area_years(struct db *db, struct arena *a, int64_t id, int jaar, int n,
				  struct budget_figures *years, int64_t *norms);

/* The norm's form as typed. */
struct budget_norm_input {
	const char *jaar;          /* YYYY */
	const char *norm;          /* euros per home, as typed ("125", "125,00") */
};

/*
 * Sets the norm per home for a year (who needs ACT_WIJK_STEER, checked
 * here too). Fields of errs: "jaar", "norm". APP_OK (*jaar set),
 * APP_INVALID, APP_FORBIDDEN or APP_UNAVAILABLE. The audit row is written
 * with it, in one transaction.
 */
enum app_result budget_norm_set(struct db *db, struct arena *a, const struct actor *who,
				const struct budget_norm_input *in, struct field_errors *errs, int *jaar);

/*
 * The rows of v as CSV (app/export_csv.h): one per area, then a total row;
 * writes the audit row of the export. Count of rows or -1.
 */
int64_t budget_csv(struct db *db, struct arena *a, const struct actor *who, const struct budget_view *v,
		   struct csv *c);

#endif
