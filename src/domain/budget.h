/*
 * budget.h - the leefbaarheidsbudget's roll-up (issue 18, point 5), pure:
 * costs on meldingen, interventions and initiatives, already summed per
 * place (store/budget.h), set into the tree of wijken, buurten and
 * complexen, each beside its homes and the norm per home.
 *
 * A cost lies where it is known most precisely: its complex, else its
 * buurt, else its wijk. An area's total is what lies on it plus the totals
 * of the areas under it, so a buurt holds its complexen and a wijk its
 * buurten (and the complexen that lie in the wijk directly); the grand
 * total is the sum of the wijken. Every total is a sum of rows, never
 * stored, so none can disagree with them.
 */
#ifndef LEEFBAAR_DOMAIN_BUDGET_H
#define LEEFBAAR_DOMAIN_BUDGET_H

#include <stdint.h>

/* Where a cost comes from. */
enum budget_bron { BUDGET_MELDINGEN, BUDGET_INTERVENTIES, BUDGET_INITIATIEVEN, BUDGET_BRON__MAX };
extern const char *const budget_bron_ids[BUDGET_BRON__MAX];      /* "meldingen", "interventies", "initiatieven" */
extern const char *const budget_bron_labels[BUDGET_BRON__MAX];   /* "Meldingen", "Interventies", "Initiatieven" */

/* One area of the tree as the caller read it; parent_id 0 for a wijk. */
struct budget_area {
	int64_t id, parent_id, wijk_id;
	int soort;                 /* 0 wijk, 1 buurt, 2 complex (enum area_soort's order) */
	int woningen;
};

/* A sum of costs of one source at one place; ids 0 when unknown. */
struct budget_cost {
	int64_t wijk_id, buurt_id, complex_id;
	enum budget_bron bron;
	int64_t cent;
};

/* The figures of one area (or of the grand total). */
struct budget_figures {
	int64_t eigen[BUDGET_BRON__MAX];   /* placed on the area itself */
	int64_t kosten[BUDGET_BRON__MAX];  /* itself and everything under it */
	int64_t totaal;             /* the sum of kosten[] */
	int woningen;
	int64_t per_woning;         /* cents per home, rounded; -1 without homes */
	int64_t budget;             /* norm × homes; -1 without a norm */
	int64_t verschil;           /* budget - totaal; meaningless when budget is -1 */
	int aandeel;                /* share of the budget used, in tenths of a percent; -1 without a budget > 0 */
};

/*
 * Rolls n_costs costs up into rows[0..n_areas-1], one per areas[i] in the
 * same order. norm: cents per home, -1 when none is set. *total gets the
 * grand total: the sum of the wijk rows (homes included). A cost whose
 * places are none of the areas (another actor's wijk, or no wijk at all)
 * is left out and its amount added to *buiten (may be NULL).
 * areas must hold every area's ancestors (a buurt's wijk, a complex's
 * buurt and wijk). 0, or -1 when an area names a parent not in areas.
 */
int budget_rollup(const struct budget_area *areas, int n_areas, const struct budget_cost *costs, int n_costs,
		  int64_t norm, struct budget_figures *rows, struct budget_figures *total, int64_t *buiten);

/* The per-home figures, budget, difference and share of f from its totaal and woningen. */
void budget_derive(struct budget_figures *f, int64_t norm);

/* The calendar year of day dn (days since 1970-01-01, a civil day). */
int budget_year_of(int32_t dn);
/* The first and last day of calendar year y. */
void budget_year_bounds(int y, int32_t *first, int32_t *last);

#endif
