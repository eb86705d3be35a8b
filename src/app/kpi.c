/*
 * kpi.c - the KPI figures of a period within the actor's scope (see
 * kpi.h): checking the period, one report, the wijken shown, the
 * dashboard's series and heatmaps, and the map's figures.
 */
#include "app/kpi.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "store/melding_list.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Series length: a year of months, a quarter of weeks. */
#define TREND_MONTHS 12
#define TREND_WEEKS 13

int64_t kpi_scope_user(const struct actor *who, enum action act)
{
	return !policy_sees_all_areas(who->role, act) ? who->user_id : 0;
}

int kpi_with_gevoelig(const struct actor *who, enum action act)
{
	struct scope sc = { .in_area = 1, .sensitive = 1 };
	return policy_check(who, act, &sc) == VERDICT_ALLOW;
}

/* ---- the period and wijk ---- */

static int parse_day(const char *s, int32_t def, int32_t *out)
{
	if (!s || !s[0]) {
		*out = def;
		return 0;
	}
	return days_parse(s, out);
}

static void check_period(const struct kpi_input *in, struct kpi_request *rq, struct field_errors *errs)
{
	int32_t jan1, dec31;

	calendar_period_bounds(CALENDAR_JAAR, in->today, &jan1, &dec31);
	if (parse_day(in->van, jan1, &rq->van) < 0)
		field_error_add(errs, "van", "Geef een datum als JJJJ-MM-DD.");
	if (parse_day(in->tot, in->today, &rq->tot) < 0)
		field_error_add(errs, "tot", "Geef een datum als JJJJ-MM-DD.");
	if (parse_day(in->peildatum, in->today, &rq->peildatum) < 0)
		field_error_add(errs, "peildatum", "Geef een datum als JJJJ-MM-DD.");
	if (!field_error_for(errs, "van") && !field_error_for(errs, "tot") && rq->tot < rq->van)
		field_error_add(errs, "tot", "De einddatum ligt voor de begindatum.");
	if (!field_error_for(errs, "tot") && rq->tot - rq->van > 366 * 11)
		field_error_add(errs, "tot", "Kies een periode van ten hoogste tien jaar.");
}

/* The wijk asked for, within who's wijken: APP_OK or APP_NOT_FOUND. */
static enum app_result check_wijk(struct db *db, const struct actor *who, const char *wijk, struct kpi_request *rq)
{
	int64_t user = kpi_scope_user(who, ACT_DASHBOARD);

	if (!wijk || !wijk[0])
		return APP_OK;
	rq->wijk_code = wijk;
	if (!strcmp(wijk, "onbekend")) {
		/* Only who triages the onbekend queue sees it. */
		rq->wijk_id = -1;
		return user ? APP_NOT_FOUND : APP_OK;
	}
	rq->wijk_id = db ? melding_list_wijk_by_code(db, wijk) : 0;
	if (!rq->wijk_id)
		return APP_NOT_FOUND;
	if (!user)
		return APP_OK;
	for (int i = 0; i < who->n_areas; i++)
		if (who->areas[i] == rq->wijk_id)
			return APP_OK;
	return APP_NOT_FOUND;
}

enum app_result kpi_request_check(struct db *db, const struct actor *who, const struct kpi_input *in,
				  struct kpi_request *rq, struct field_errors *errs)
{
	memset(rq, 0, sizeof(*rq));
	check_period(in, rq, errs);
	if (errs->n)
		return APP_INVALID;
	return check_wijk(db, who, in->wijk, rq);
}

/* ---- one report ---- */

enum app_result kpi_report_dossiers(struct db *db, const struct actor *who, const struct kpi_request *rq,
				    struct kpi_dossier_result *out)
{
	struct kpi_dossier_query q = {
		.van = rq->van, .tot = rq->tot, .peildatum = rq->peildatum, .wijk_id = rq->wijk_id,
		.scope_user = kpi_scope_user(who, ACT_DASHBOARD),
		.with_gevoelig = kpi_with_gevoelig(who, ACT_DOSSIER_READ),
	};
	return kpi_dossier_counts(db, &q, out) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* Ids index the per_* tables directly: both are small, dense integers. */
static struct kpi_params report_params(const struct kpi_report *rep, const struct kpi_facts *facts)
{
	const struct kpi_request *rq = &rep->rq;
	struct kpi_params p = {
		.van = rq->van, .tot = rq->tot, .peildatum = rq->peildatum,
		.wijk = rq->wijk_id == 0 ? -2 : rq->wijk_id < 0 ? -1 : (int32_t)rq->wijk_id,
		.n_pijler = PIJLER__MAX, .n_kanaal = KANAAL__MAX,
	};
	int64_t max_cat = facts->max_category_id, max_wijk = facts->max_wijk_id;

	for (int i = 0; i < rep->n_categorie; i++)
		if (rep->categorie[i].id > max_cat)
			max_cat = rep->categorie[i].id;
	for (int i = 0; i < rep->n_wijk; i++)
		if (rep->wijk[i].id > max_wijk)
			max_wijk = rep->wijk[i].id;
	p.n_categorie = (size_t)max_cat + 1;
	p.n_wijk = (size_t)max_wijk + 1;
	if (p.wijk >= 0 && (size_t)p.wijk >= p.n_wijk)
		p.n_wijk = (size_t)p.wijk + 1;
	return p;
}

void kpi_report_result_init(struct arena *a, const struct kpi_report *rep, struct kpi_result *r)
{
	const struct kpi_params *p = &rep->params;

	memset(r, 0, sizeof(*r));
	r->per_categorie = arena_alloc(a, p->n_categorie * sizeof(int64_t));
	r->kosten_per_categorie = arena_alloc(a, p->n_categorie * sizeof(int64_t));
	r->per_pijler = arena_alloc(a, p->n_pijler * sizeof(int64_t));
	r->per_kanaal = arena_alloc(a, p->n_kanaal * sizeof(int64_t));
	r->per_wijk = arena_alloc(a, p->n_wijk * sizeof(int64_t));
}

/* kpi_compute over the facts with a scratch of its own; 0/-1 (a bad period). */
static int compute(const struct kpi_facts *facts, const struct kpi_params *p, struct kpi_result *r)
{
	uint64_t *scratch = malloc(kpi_scratch_len(facts->n) * sizeof(uint64_t));
	if (!scratch)
		abort();
	int rc = kpi_compute(facts->f, facts->n, p, r, scratch);
	free(scratch);
	return rc;
}

/* The figures of rep->rq from the facts, with the counts per category and wijk copied to their names. */
static int compute_report(struct arena *a, struct kpi_report *rep, const struct kpi_facts *facts)
{
	rep->params = report_params(rep, facts);
	rep->r.per_categorie = arena_alloc(a, rep->params.n_categorie * sizeof(int64_t));
	rep->r.kosten_per_categorie = arena_alloc(a, rep->params.n_categorie * sizeof(int64_t));
	rep->r.per_wijk = arena_alloc(a, rep->params.n_wijk * sizeof(int64_t));
	rep->r.per_pijler = rep->per_pijler;
	rep->r.per_kanaal = rep->per_kanaal;
	if (compute(facts, &rep->params, &rep->r) < 0)
		return -1;
	for (int i = 0; i < rep->n_categorie; i++) {
		int64_t id = rep->categorie[i].id;
		rep->categorie[i].count = rep->r.per_categorie[id];
		rep->categorie[i].kosten_cent = rep->r.kosten_per_categorie[id];
	}
	for (int i = 0; i < rep->n_wijk; i++)
		rep->wijk[i].count = rep->r.per_wijk[rep->wijk[i].id];
	rep->onbekend = rep->r.per_wijk_onbekend;
	return 0;
}

enum app_result kpi_report_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
			       int32_t load_van, struct kpi_report *rep, struct kpi_facts *keep)
{
	struct kpi_facts facts = { 0 };
	int64_t user = kpi_scope_user(who, ACT_DASHBOARD);

	memset(rep, 0, sizeof(*rep));
	rep->rq = *rq;
	if (!db)
		return APP_UNAVAILABLE;
	if ((rep->n_categorie = kpi_categories(db, a, &rep->categorie)) < 0 ||
	    (rep->n_wijk = kpi_wijken(db, a, user, &rep->wijk)) < 0)
		return APP_UNAVAILABLE;
	/* compute_report fails only for a bad period, which kpi_request_check already refused. */
	if (kpi_load(db, load_van < rq->van ? load_van : rq->van, rq->tot, user, &facts) < 0 ||
	    compute_report(a, rep, &facts) < 0 || kpi_report_dossiers(db, who, rq, &rep->dossiers) != APP_OK) {
		kpi_facts_release(&facts);
		return APP_UNAVAILABLE;
	}
	if (keep)
		*keep = facts;
	else
		kpi_facts_release(&facts);
	return APP_OK;
}

/* ---- the wijken a page shows ---- */

void kpi_report_rows(struct arena *a, const struct kpi_report *rep, struct kpi_rows *out)
{
	int64_t asked = rep->rq.wijk_id;

	out->n = 0;
	out->onbekend = -1;
	out->row_of = arena_alloc(a, rep->params.n_wijk * sizeof(int));
	out->wijk = arena_alloc(a, ((size_t)rep->n_wijk + 1) * sizeof(*out->wijk));
	for (size_t i = 0; i < rep->params.n_wijk; i++)
		out->row_of[i] = -1;
	for (int i = 0; i < rep->n_wijk; i++) {
		if (asked && asked != rep->wijk[i].id)
			continue;
		out->row_of[rep->wijk[i].id] = out->n;
		out->wijk[out->n++] = &rep->wijk[i];
	}
	if (rep->onbekend && (!asked || asked == -1))
		out->onbekend = out->n++;
}

double kpi_rows_value(const struct kpi_rows *rows, int row, int64_t n, int per100)
{
	if (!per100)
		return (double)n;
	return row == rows->onbekend ? -1 : kpi_round1(kpi_per_100(n, rows->wijk[row]->woningen));
}

int64_t kpi_rows_woningen(const struct kpi_rows *rows)
{
	int64_t homes = 0;
	for (int r = 0; r < rows->n; r++)
		if (r != rows->onbekend)
			homes += rows->wijk[r]->woningen;
	return homes;
}

/* ---- the dashboard ---- */

int kpi_series_buckets(enum kpi_grain g, int32_t tot, int32_t *start)
{
	int n = g == KPI_GRAIN_MONTH ? TREND_MONTHS : TREND_WEEKS;
	kpi_trend_buckets(g, tot, n, start);
	if (start[n] > tot + 1)
		start[n] = tot + 1;
	return n;
}

/* One kpi_result per bucket of s from the (sorted) facts; s->r stays NULL when that fails. */
static void compute_series(struct arena *a, const struct kpi_report *rep, const struct kpi_facts *facts,
			   struct kpi_series *s)
{
	struct kpi_result *r = arena_alloc(a, (size_t)s->n * sizeof(*r));

	for (int i = 0; i < s->n; i++)
		kpi_report_result_init(a, rep, &r[i]);
	uint64_t *scratch = malloc(kpi_scratch_len(facts->n) * sizeof(uint64_t));
	if (!scratch)
		abort();
	if (kpi_trend_compute(facts->f, facts->n, &rep->params, s->start, s->n, r, scratch) == 0)
		s->r = r;
	free(scratch);
}

/* The largest value of h as shown. */
static void heat_max(struct kpi_heat *h, const struct kpi_rows *rows, int per100)
{
	h->max = 0;
	for (int r = 0; r < h->rows; r++)
		for (int c = 0; c < h->cols; c++)
			h->max = fmax(h->max, kpi_rows_value(rows, r, h->n[(size_t)r * (size_t)h->cols + (size_t)c], per100));
}

/* Meldingen per wijk shown x melding type, for the period. */
static void heat_soorten(struct arena *a, const struct kpi_report *rep, const struct kpi_facts *facts,
			 const struct kpi_rows *rows, int per100, struct kpi_heat *h)
{
	const struct kpi_params *p = &rep->params;
	int *col_of = arena_alloc(a, p->n_categorie * sizeof(int));

	h->rows = h->cols = 0;
	if (!rows->n || !rep->n_categorie)
		return;
	for (size_t i = 0; i < p->n_categorie; i++)
		col_of[i] = -1;
	for (int c = 0; c < rep->n_categorie; c++)
		col_of[rep->categorie[c].id] = c;
	h->rows = rows->n;
	h->cols = rep->n_categorie;
	h->n = arena_alloc(a, (size_t)h->rows * (size_t)h->cols * sizeof(int64_t));
	struct kpi_matrix_spec spec = {
		.van = rep->rq.van, .tot = rep->rq.tot, .peildatum = rep->rq.peildatum,
		.row_of = rows->row_of, .n_row_of = p->n_wijk, .onbekend_row = rows->onbekend,
		.col_of = col_of, .n_col_of = p->n_categorie, .cols = h->cols,
	};
	kpi_matrix(facts->f, facts->n, &spec, h->n);
	heat_max(h, rows, per100);
}

/* The series' buckets, and the report with its facts from the first of them on. */
static enum app_result run_with_series(struct db *db, struct arena *a, const struct actor *who,
				       const struct kpi_request *rq, enum kpi_grain grain, struct kpi_report *rep,
				       struct kpi_series *s, struct kpi_facts *facts)
{
	s->n = kpi_series_buckets(grain, rq->tot, s->start);
	return kpi_report_run(db, a, who, rq, s->start[0], rep, facts);
}

enum app_result kpi_dashboard_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
				  enum kpi_grain grain, int per100, struct kpi_dashboard *out)
{
	struct kpi_facts facts = { 0 };

	memset(out, 0, sizeof(*out));
	if (run_with_series(db, a, who, rq, grain, &out->rep, &out->series, &facts) != APP_OK)
		return APP_UNAVAILABLE;
	kpi_facts_sort(facts.f, facts.n);
	kpi_report_rows(a, &out->rep, &out->rows);
	compute_series(a, &out->rep, &facts, &out->series);
	heat_soorten(a, &out->rep, &facts, &out->rows, per100, &out->soorten);
	kpi_facts_release(&facts);
	return APP_OK;
}

/* ---- the map page ---- */

/* Meldingen of the soort per row shown x bucket. */
static void heat_periods(struct arena *a, struct kpi_kaart *k, const struct kpi_facts *facts, int per100)
{
	struct kpi_heat *h = &k->periods;
	const int32_t *start = k->series.start;
	int nb = k->series.n;

	h->rows = k->rows.n;
	h->cols = nb;
	h->n = arena_alloc(a, (size_t)(h->rows ? h->rows : 1) * (size_t)nb * sizeof(int64_t));
	if (h->rows) {
		struct kpi_matrix_spec spec = {
			.van = start[0], .tot = start[nb] - 1, .peildatum = k->rep.rq.peildatum,
			.row_of = k->rows.row_of, .n_row_of = k->rep.params.n_wijk, .onbekend_row = k->rows.onbekend,
			.start = start, .cols = nb,
		};
		for (size_t i = 0; i < facts->n; i++)
			if (k->cat < 0 || facts->f[i].categorie == k->rep.categorie[k->cat].id)
				kpi_matrix(&facts->f[i], 1, &spec, h->n);
	}
	heat_max(h, &k->rows, per100);
}

/* The map's figure per wijk shown: meldingen of the soort received in the period by the peildatum. */
static void map_values(struct arena *a, struct kpi_kaart *k, const struct kpi_facts *facts, int per100)
{
	const struct kpi_request *rq = &k->rep.rq;
	size_t n_wijk = k->rep.params.n_wijk;

	k->count = arena_alloc(a, ((size_t)k->rows.n + 1) * sizeof(int64_t));
	k->value = arena_alloc(a, ((size_t)k->rows.n + 1) * sizeof(double));
	for (size_t i = 0; i < facts->n; i++) {
		const struct kpi_fact *x = &facts->f[i];
		if (x->ontvangen_dag < rq->van || x->ontvangen_dag > rq->tot || x->ontvangen_dag > rq->peildatum)
			continue;
		if (k->cat >= 0 && x->categorie != k->rep.categorie[k->cat].id)
			continue;
		if (x->wijk >= 0 && (size_t)x->wijk < n_wijk && k->rows.row_of[x->wijk] >= 0)
			k->count[k->rows.row_of[x->wijk]]++;
	}
	k->max = 0;
	for (int r = 0; r < k->rows.n; r++) {
		if (r == k->rows.onbekend)
			continue;
		k->value[r] = kpi_rows_value(&k->rows, r, k->count[r], per100);
		k->max = fmax(k->max, k->value[r]);
	}
}

/* The index of the category with this code, or -1. */
static int category_index(const struct kpi_report *rep, const char *code)
{
	int cat = -1;
	for (int c = 0; c < rep->n_categorie; c++)
		if (!strcmp(rep->categorie[c].code, code))
			cat = c;
	return cat;
}

enum app_result kpi_kaart_run(struct db *db, struct arena *a, const struct actor *who, const struct kpi_request *rq,
			      enum kpi_grain grain, int per100, const char *soort, struct kpi_kaart *out)
{
	struct kpi_facts facts = { 0 };

	memset(out, 0, sizeof(*out));
	if (run_with_series(db, a, who, rq, grain, &out->rep, &out->series, &facts) != APP_OK)
		return APP_UNAVAILABLE;
	out->cat = soort ? category_index(&out->rep, soort) : -1;
	if (soort && out->cat < 0) {
		kpi_facts_release(&facts);
		return APP_NOT_FOUND;
	}
	kpi_report_rows(a, &out->rep, &out->rows);
	heat_periods(a, out, &facts, per100);
	map_values(a, out, &facts, per100);
	kpi_facts_release(&facts);
	return APP_OK;
}

/* A buurt is drawn only for a wijk that has no outline of its own. */
static int wijk_has_outline(const struct kaart_vorm *vorm, int nv, int64_t wijk_id)
{
	for (int j = 0; j < nv; j++)
		if (vorm[j].is_wijk && vorm[j].area_id == wijk_id)
			return 1;
	return 0;
}

/* Wijken drawn from their buurten get one label, in the middle of their box. */
static void label_buurt_wijken(const struct kpi_rows *rows, struct kpi_map_area *areas, int na)
{
	for (int r = 0; r < rows->n; r++) {
		double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
		int first = -1, labelled = 0;
		for (int i = 0; i < na; i++) {
			if (areas[i].row != r)
				continue;
			if (first < 0)
				first = i;
			labelled |= areas[i].label;
			minx = fmin(minx, areas[i].shape.minx);
			miny = fmin(miny, areas[i].shape.miny);
			maxx = fmax(maxx, areas[i].shape.maxx);
			maxy = fmax(maxy, areas[i].shape.maxy);
		}
		if (first < 0 || labelled)
			continue;
		areas[first].label = 1;
		areas[first].shape.labelx = (minx + maxx) / 2;
		areas[first].shape.labely = (miny + maxy) / 2;
	}
}

enum app_result kpi_kaart_areas(struct db *db, struct arena *a, const struct kpi_kaart *k,
				struct kpi_map_area **out, int *n, int *n_vorm)
{
	struct kaart_vorm *vorm;
	size_t n_wijk = k->rep.params.n_wijk;
	int nv = kaart_load(db, a, &vorm);

	if (nv < 0)
		return APP_UNAVAILABLE;
	struct kpi_map_area *areas = arena_alloc(a, ((size_t)nv + 1) * sizeof(*areas));
	int na = 0;
	for (int i = 0; i < nv; i++) {
		int r = (size_t)vorm[i].wijk_id < n_wijk ? k->rows.row_of[vorm[i].wijk_id] : -1;
		if (r < 0 || (!vorm[i].is_wijk && wijk_has_outline(vorm, nv, vorm[i].wijk_id)))
			continue;
		areas[na] = (struct kpi_map_area){ .vorm = &vorm[i], .shape = vorm[i].shape, .row = r,
						   .label = vorm[i].is_wijk };
		na++;
	}
	label_buurt_wijken(&k->rows, areas, na);
	*out = areas;
	*n = na;
	*n_vorm = nv;
	return APP_OK;
}
