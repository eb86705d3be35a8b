/*
 * budget.c - the leefbaarheidsbudget's use cases (see budget.h).
 */
#include "app/budget.h"
#include "app/export_csv.h"
#include "app/wijkmonitor.h"
#include "db/db.h"
#include "domain/melding.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "store/audit.h"

#include <stdlib.h>
#include <string.h>

/* The areas as the roll-up reads them. */
static struct budget_area *tree_of(struct arena *a, const struct area *areas, int n)
{
	struct budget_area *t = arena_alloc(a, ((size_t)n + 1) * sizeof(*t));

	for (int i = 0; i < n; i++)
		t[i] = (struct budget_area){ .id = areas[i].id, .parent_id = areas[i].parent_id,
					     .wijk_id = areas[i].wijk_id, .soort = (int)areas[i].soort,
					     .woningen = areas[i].woningen };
	return t;
}

static int in_reach(const int64_t *ids, int n, int64_t wijk_id)
{
	for (int i = 0; i < n; i++)
		if (ids[i] == wijk_id)
			return 1;
	return 0;
}

/* Every area (all) or those of who's wijken, copied into the arena in the order of the tree. -1 on error. */
static int areas_in_reach(struct db *db, struct arena *a, int all, const int64_t *ids, int n_ids,
			  struct area **out)
{
	struct area *list;
	int n = area_list(db, &list), k = 0;

	if (n < 0)
		return -1;
	*out = arena_alloc(a, ((size_t)n + 1) * sizeof(**out));
	for (int i = 0; i < n; i++)
		if (all || in_reach(ids, n_ids, list[i].wijk_id))
			(*out)[k++] = list[i];
	free(list);
	return k;
}

/* The norm in force in jaar into v (none: -1). 0 or -1. */
static int norm_of(struct db *db, struct arena *a, int jaar, struct budget_norm *norm, int64_t *cent)
{
	enum store_result r = budget_norm_get(db, a, jaar, norm);

	if (r == STORE_ERROR)
		return -1;
	*cent = r == STORE_OK ? norm->norm_cent : -1;
	return r == STORE_OK;
}

enum app_result budget_view_load(struct db *db, struct arena *a, const struct actor *who, int jaar,
				 struct budget_view *out)
{
	const int64_t *ids;
	int n_ids;
	struct budget_cost *costs;
	int32_t van, tot;

	memset(out, 0, sizeof(*out));
	out->jaar = jaar;
	if (!db)
		return APP_UNAVAILABLE;
	wijk_reach(who, ACT_WIJK_READ, &out->all, &ids, &n_ids);
	if ((out->has_norm = norm_of(db, a, jaar, &out->norm, &out->norm_cent)) < 0)
		return APP_UNAVAILABLE;
	if ((out->n = areas_in_reach(db, a, out->all, ids, n_ids, &out->areas)) < 0)
		return APP_UNAVAILABLE;
	budget_year_bounds(jaar, &van, &tot);
	int n_costs = budget_costs(db, a, van, tot, &costs);
	if (n_costs < 0)
		return APP_UNAVAILABLE;
	out->rows = arena_alloc(a, ((size_t)out->n + 1) * sizeof(*out->rows));
	if (budget_rollup(tree_of(a, out->areas, out->n), out->n, costs, n_costs, out->norm_cent, out->rows,
			  &out->total, &out->buiten) < 0)
		return APP_UNAVAILABLE;
	/* Another wijk's costs are not this actor's business; only what lies in no wijk at all is said. */
	if (!out->all)
		out->buiten = 0;
	return APP_OK;
}

enum app_result budget_area_years(struct db *db, struct arena *a, int64_t id, int jaar, int n,
				  struct budget_figures *years, int64_t *norms)
{
	struct area *areas;
	int n_areas, at = -1;

	if (!db)
		return APP_UNAVAILABLE;
	if ((n_areas = areas_in_reach(db, a, 1, NULL, 0, &areas)) < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < n_areas; i++)
		if (areas[i].id == id)
			at = i;
	if (at < 0)
		return APP_NOT_FOUND;
	struct budget_area *tree = tree_of(a, areas, n_areas);
	struct budget_figures *rows = arena_alloc(a, ((size_t)n_areas + 1) * sizeof(*rows)), total;
	for (int k = 0; k < n; k++) {
		int y = jaar - n + 1 + k;
		int32_t van, tot;
		struct budget_cost *costs;
		struct budget_norm norm;
		if (norm_of(db, a, y, &norm, &norms[k]) < 0)
			return APP_UNAVAILABLE;
		budget_year_bounds(y, &van, &tot);
		int n_costs = budget_costs(db, a, van, tot, &costs);
		if (n_costs < 0 || budget_rollup(tree, n_areas, costs, n_costs, norms[k], rows, &total, NULL) < 0)
			return APP_UNAVAILABLE;
		years[k] = rows[at];
	}
	return APP_OK;
}

enum app_result budget_norm_set(struct db *db, struct arena *a, const struct actor *who,
				const struct budget_norm_input *in, struct field_errors *errs, int *jaar)
{
	int64_t y = 0, cent = 0;
	char euros[32];

	memset(errs, 0, sizeof(*errs));
	if (!db)
		return APP_UNAVAILABLE;
	if (policy_route(who->role, ACT_WIJK_STEER) != VERDICT_ALLOW)
		return APP_FORBIDDEN;
	if (!in->jaar || parse_int64(in->jaar, BUDGET_JAAR_MIN, BUDGET_JAAR_MAX, &y) < 0)
		field_error_add(errs, "jaar", "Vul het jaar in als vier cijfers, bijvoorbeeld 2026.");
	if (!in->norm || !in->norm[strspn(in->norm, " \t")])
		field_error_add(errs, "norm", "Vul het budget per woning in euro's in, bijvoorbeeld 125.");
	else if ((cent = euros_parse(in->norm)) < 0)
		field_error_add(errs, "norm", "Vul het budget per woning in euro's in, bijvoorbeeld 125 of 125,50.");
	else if (cent > BUDGET_NORM_MAX)
		field_error_add(errs, "norm", "Dit bedrag is te hoog: ten hoogste 10.000 euro per woning per jaar.");
	if (errs->n)
		return APP_INVALID;
	*jaar = (int)y;
	int64_t id;
	euros_format(cent, euros);
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (budget_norm_add(db, (int)y, cent, who->user_id, clock_now(), &id) != STORE_OK ||
	    audit_record(db, who, "vastgesteld", "budgetnorm", arena_printf(a, "%lld", (long long)y),
			 arena_printf(a, "€ %s per woning", euros)) < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* ---- CSV ---- */

static const char *const csv_head[] = {
	"jaar", "soort", "code", "naam", "wijk", "woningen", "kosten_meldingen", "kosten_interventies",
	"kosten_initiatieven", "kosten_totaal", "kosten_per_woning", "norm_per_woning", "budget", "verschil",
	"aandeel_procent", NULL,
};

static void euro_cell(struct csv *c, int64_t cent)
{
	csv_decimal(c, (double)cent / 100.0, 2, 0);
}

static void csv_row(struct csv *c, const struct budget_view *v, const char *soort, const char *code,
		    const char *naam, const char *wijk, const struct budget_figures *f)
{
	csv_int(c, v->jaar);
	csv_text(c, soort);
	csv_text(c, code);
	csv_text(c, naam);
	csv_text(c, wijk);
	csv_int(c, f->woningen);
	for (int b = 0; b < BUDGET_BRON__MAX; b++)
		euro_cell(c, f->kosten[b]);
	euro_cell(c, f->totaal);
	if (f->per_woning >= 0)
		euro_cell(c, f->per_woning);
	else
		csv_empty(c);
	if (v->norm_cent >= 0)
		euro_cell(c, v->norm_cent);
	else
		csv_empty(c);
	if (f->budget >= 0) {
		euro_cell(c, f->budget);
		euro_cell(c, f->verschil);
	} else {
		csv_empty(c);
		csv_empty(c);
	}
	csv_decimal(c, f->aandeel / 10.0, 1, 1);
	csv_end_row(c);
}

int64_t budget_csv(struct db *db, struct arena *a, const struct actor *who, const struct budget_view *v,
		   struct csv *c)
{
	for (const char *const *h = csv_head; *h; h++)
		csv_text(c, *h);
	csv_end_row(c);
	for (int i = 0; i < v->n; i++) {
		const struct area *ar = &v->areas[i];
		const char *wijk = "";
		for (int j = 0; j < v->n; j++)
			if (v->areas[j].id == ar->wijk_id)
				wijk = v->areas[j].code;
		csv_row(c, v, area_soort_ids[ar->soort], ar->code, ar->naam, wijk, &v->rows[i]);
	}
	csv_row(c, v, "totaal", "", "Totaal", "", &v->total);
	if (audit_record(db, who, "geexporteerd", "export", "budget.csv",
			 arena_printf(a, "jaar %d, %s; %d rijen", v->jaar, c->sep == ',' ? "komma" : "puntkomma",
				      v->n + 1)) < 0)
		return -1;
	return v->n + 1;
}
