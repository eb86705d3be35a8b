/*
 * budget.c - the leefbaarheidsbudget's roll-up (see budget.h).
 */
#include "domain/budget.h"
#include "domain/days.h"

#include <stdlib.h>
#include <string.h>

const char *const budget_bron_ids[BUDGET_BRON__MAX] = { "meldingen", "interventies", "initiatieven" };
const char *const budget_bron_labels[BUDGET_BRON__MAX] = { "Meldingen", "Interventies", "Initiatieven" };

/* The index of the area with this id, or -1; n is small (the areas of a corporation), so a scan does. */
static int find(const struct budget_area *areas, int n, int64_t id)
{
	if (id <= 0)
		return -1;
	for (int i = 0; i < n; i++)
		if (areas[i].id == id)
			return i;
	return -1;
}

void budget_derive(struct budget_figures *f, int64_t norm)
{
	f->totaal = 0;
	for (int b = 0; b < BUDGET_BRON__MAX; b++)
		f->totaal += f->kosten[b];
	/* Without homes there is no per-home figure and no budget: said in words by the page, never a division by zero. */
	f->per_woning = f->woningen > 0 ? (f->totaal + f->woningen / 2) / f->woningen : -1;
	f->budget = norm >= 0 && f->woningen > 0 ? norm * f->woningen : -1;
	f->verschil = f->budget >= 0 ? f->budget - f->totaal : 0;
	f->aandeel = f->budget > 0 ? (int)((f->totaal * 1000 + f->budget / 2) / f->budget) : -1;
}

int budget_rollup(const struct budget_area *areas, int n_areas, const struct budget_cost *costs, int n_costs,
		  int64_t norm, struct budget_figures *rows, struct budget_figures *total, int64_t *buiten)
{
	memset(rows, 0, (size_t)n_areas * sizeof(*rows));
	memset(total, 0, sizeof(*total));
	if (buiten)
		*buiten = 0;
	for (int i = 0; i < n_areas; i++) {
		rows[i].woningen = areas[i].woningen;
		if (areas[i].parent_id && find(areas, n_areas, areas[i].parent_id) < 0)
			return -1;
	}
	for (int c = 0; c < n_costs; c++) {
		const struct budget_cost *k = &costs[c];
		if ((unsigned)k->bron >= BUDGET_BRON__MAX)
			continue;
		int at = find(areas, n_areas, k->complex_id);
		if (at < 0)
			at = find(areas, n_areas, k->buurt_id);
		if (at < 0)
			at = find(areas, n_areas, k->wijk_id);
		if (at < 0) {
			if (buiten)
				*buiten += k->cent;
			continue;
		}
		rows[at].eigen[k->bron] += k->cent;
		/* Up the tree: the area itself, its buurt, its wijk (depth 3; the guard stops a cycle in bad data). */
		for (int i = at, depth = 0; i >= 0 && depth < 8; depth++) {
			rows[i].kosten[k->bron] += k->cent;
			i = areas[i].parent_id ? find(areas, n_areas, areas[i].parent_id) : -1;
		}
	}
	for (int i = 0; i < n_areas; i++) {
		budget_derive(&rows[i], norm);
		if (areas[i].parent_id)
			continue;
		for (int b = 0; b < BUDGET_BRON__MAX; b++) {
			total->eigen[b] += rows[i].kosten[b];
			total->kosten[b] += rows[i].kosten[b];
		}
		total->woningen += rows[i].woningen;
	}
	budget_derive(total, norm);
	return 0;
}

int budget_year_of(int32_t dn)
{
	int y, m, d;
	days_to_civil(dn, &y, &m, &d);
	return y;
}

void budget_year_bounds(int y, int32_t *first, int32_t *last)
{
	*first = days_from_civil(y, 1, 1);
	*last = days_from_civil(y, 12, 31);
}
