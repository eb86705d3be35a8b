/*
 * wm_budget.c - the demo's leefbaarheidsbudget (issue 18, seed/wijkmonitor.h):
 * the norm of 125 euro per home (the sector's figure, seeds/003) set by the
 * coördinator for last year and again for this one, and costs on the demo's
 * interventions that cost the corporation money (buurtbemiddeling,
 * mediation, a bewonersbijeenkomst). The meldingen carry their own costs
 * already (seed/demo.c, seed/case_text.c); the fund's payments are the
 * initiatives' writer's (seed/wm_initiatieven.c).
 */
#include "seed/wijkmonitor.h"
#include "seed/demo.h"
#include "db/db.h"
#include "domain/budget.h"
#include "lib/log.h"
#include "store/budget.h"

/* The norm per home, in cents. */
#define DEMO_NORM (125 * 100)

/*
 * What an intervention of these kinds costs in the demo. The case stories
 * (seed/cases.c) record interventions as staff did before costs were
 * asked; the costs are added here in one statement, as a team would add
 * its invoices afterwards.
 */
static const char SQL_IV_COSTS[] =
	"UPDATE intervention SET kosten_cent = CASE soort WHEN 'buurtbemiddeling' THEN 45000"
	" WHEN 'mediation' THEN 120000 WHEN 'bewonersbijeenkomst' THEN 25000 END"
	" WHERE soort IN ('buurtbemiddeling', 'mediation', 'bewonersbijeenkomst') AND kosten_cent IS NULL";

int seed_wm_budget(struct demo *d)
{
	int jaar = budget_year_of(d->today);
	int64_t id;

	/* Last year's norm was set at the start of that year; this year's confirmed in January. */
	for (int k = 1; k >= 0; k--) {
		int32_t first, last;
		budget_year_bounds(jaar - k, &first, &last);
		int64_t op = (int64_t)first * 86400 + 10 * 86400 + 10 * 3600;
		if (op > d->now)
			op = d->now;
		if (budget_norm_add(d->db, jaar - k, DEMO_NORM, d->user[WHO_COORDINATOR], op, &id) != STORE_OK) {
			log_error("demo: the budget norm of %d could not be stored", jaar - k);
			return -1;
		}
	}
	if (db_exec(d->db, SQL_IV_COSTS, "") < 0) {
		log_error("demo: the interventions' costs could not be stored");
		return -1;
	}
	return 0;
}
