/*
 * budget.h - the SQL of the leefbaarheidsbudget (issue 18, point 5): the
 * norm per home (migration 0045, append-only) and the sums of costs per
 * place over a range of days, one statement per source, each reading a
 * range of an index that holds only rows with costs:
 *
 *   meldingen     melding_fact_kosten (0010): facts of closed meldingen with
 *                 costs, by closing day; the melding row gives its buurt and
 *                 complex (one seek by id each)
 *   interventies  intervention_kosten (0045): by the day done, else planned;
 *                 the place is the dossier's
 *   initiatieven  fonds_boeking_betaling (0045): the fund's payments and
 *                 their corrections by day; the place is the initiative's
 */
#ifndef LEEFBAAR_STORE_BUDGET_H
#define LEEFBAAR_STORE_BUDGET_H

#include "domain/budget.h"
#include "store/store.h"

#include <stdint.h>

struct db;
struct arena;

/* A norm as set: per home per year, by whom and when. */
struct budget_norm {
	int64_t id;
	int jaar;                  /* the year it was set for */
	int64_t norm_cent;
	int64_t user_id;
	const char *user_naam;     /* "" when the account is gone */
	int64_t vastgesteld_op;
};

/*
 * The norm that holds in jaar: the newest set for it, else for the nearest
 * earlier year (out->jaar says which). STORE_OK, STORE_NOTFOUND (none set
 * up to jaar) or STORE_ERROR.
 */
enum store_result budget_norm_get(struct db *db, struct arena *a, int jaar, struct budget_norm *out);
/* Every norm set, newest first, at most max. Count or -1. */
int budget_norm_history(struct db *db, struct arena *a, int max, struct budget_norm **out);
/* Records a norm (inside the caller's transaction). STORE_OK or STORE_ERROR. */
enum store_result budget_norm_add(struct db *db, int jaar, int64_t norm_cent, int64_t user_id, int64_t now,
				  int64_t *id);

/*
 * The costs of days van..tot (inclusive) summed per source and place, in
 * an arena array (*out). Count, or -1 (logged). van..tot must be whole
 * calendar years: a melding's costs are kept per year of closing.
 */
int budget_costs(struct db *db, struct arena *a, int32_t van, int32_t tot, struct budget_cost **out);

/* The statements budget_costs() runs, for tests that check their plans (EXPLAIN QUERY PLAN). */
extern const char *const budget_cost_sql[BUDGET_BRON__MAX];

#endif
