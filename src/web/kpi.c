/*
 * kpi.c - KPI reports for the API and the dashboard (see kpi.h).
 */
#include "web/kpi.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/json.h"
#include "store/kpi.h"
#include "store/melding_list.h"
#include "lib/clock.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The user is limited to their own wijken (the matrix says AREA for the dashboard). */
static int64_t scope_user(struct req *req)
{
	struct session *s = req->session;
	return s && !policy_sees_all_areas(s->role, ACT_DASHBOARD) ? s->user_id : 0;
}

static int parse_day(const char *s, int32_t def, int32_t *out)
{
	if (!s || !s[0]) {
		*out = def;
		return 0;
	}
	return days_parse(s, out);
}

int kpi_parse(struct req *req, struct kpi_request *rq, cJSON *fouten)
{
	int32_t today = amsterdam_day(clock_now()), jan1, dec31;
	struct db *db = db_thread();

	calendar_period_bounds(CALENDAR_JAAR, today, &jan1, &dec31);
	memset(rq, 0, sizeof(*rq));
	if (parse_day(http_query(req, "van"), jan1, &rq->van) < 0)
		cJSON_AddStringToObject(fouten, "van", "Geef een datum als JJJJ-MM-DD.");
	if (parse_day(http_query(req, "tot"), today, &rq->tot) < 0)
		cJSON_AddStringToObject(fouten, "tot", "Geef een datum als JJJJ-MM-DD.");
	if (parse_day(http_query(req, "peildatum"), today, &rq->peildatum) < 0)
		cJSON_AddStringToObject(fouten, "peildatum", "Geef een datum als JJJJ-MM-DD.");
	if (!cJSON_GetObjectItem(fouten, "van") && !cJSON_GetObjectItem(fouten, "tot") && rq->tot < rq->van)
		cJSON_AddStringToObject(fouten, "tot", "De einddatum ligt voor de begindatum.");
	if (!cJSON_GetObjectItem(fouten, "tot") && rq->tot - rq->van > 366 * 11)
		cJSON_AddStringToObject(fouten, "tot", "Kies een periode van ten hoogste tien jaar.");
	if (fouten->child)
		return 422;

	const char *wijk = http_query(req, "wijk");
	if (!wijk || !wijk[0])
		return 0;
	rq->wijk_code = wijk;
	if (!strcmp(wijk, "onbekend")) {
		/* Only who triages the onbekend queue sees it. */
		if (scope_user(req))
			return 404;
		rq->wijk_id = -1;
		return 0;
	}
	rq->wijk_id = db ? melding_list_wijk_by_code(db, wijk) : 0;
	if (!rq->wijk_id)
		return 404;
	struct session *s = req->session;
	if (scope_user(req)) {
		int mine = 0;
		for (int i = 0; i < s->n_areas; i++)
			mine |= s->areas[i] == rq->wijk_id;
		if (!mine)
			return 404;
	}
	return 0;
}

/*
 * The dossier figures, in the same scope. Gevoelig dossiers count only for
 * a role that may read them (the coördinator; sociaal beheerders and
 * leefbaarheidsmedewerkers in their wijken), not for an ondersteuner or a
 * wijkbeheerder, whom even their number must not reach.
 */
int kpi_dossier_figures(struct req *req, const struct kpi_request *rq, struct kpi_dossier_result *out)
{
	int64_t user = scope_user(req);
	struct actor who = *http_actor(req);
	struct scope sc = { .in_area = 1, .sensitive = 1 };
	struct kpi_dossier_query q = {
		.van = rq->van, .tot = rq->tot, .peildatum = rq->peildatum, .wijk_id = rq->wijk_id,
		.scope_user = user, .with_gevoelig = policy_check(&who, ACT_DOSSIER_READ, &sc) == VERDICT_ALLOW,
	};
	return kpi_dossier_counts(db_thread(), &q, out);
}

int kpi_run(struct req *req, const struct kpi_request *rq, struct kpi_report *rep)
{
	return kpi_run_facts(req, rq, rq->van, rep, NULL);
}

int kpi_run_facts(struct req *req, const struct kpi_request *rq, int32_t load_van,
		  struct kpi_report *rep, struct kpi_facts *keep)
{
	struct db *db = db_thread();
	struct kpi_facts facts = { 0 };
	int64_t user = scope_user(req);
	int rc = 503;

	memset(rep, 0, sizeof(*rep));
	rep->rq = *rq;
	if (!db)
		return 503;
	if ((rep->n_categorie = kpi_categories(db, &req->arena, &rep->categorie)) < 0 ||
	    (rep->n_wijk = kpi_wijken(db, &req->arena, user, &rep->wijk)) < 0)
		return 503;

	if (kpi_load(db, load_van < rq->van ? load_van : rq->van, rq->tot, user, &facts) < 0)
		goto out;

	/* Ids index the per_* tables directly: both are small, dense integers. */
	struct kpi_params p = {
		.van = rq->van, .tot = rq->tot, .peildatum = rq->peildatum,
		.wijk = rq->wijk_id == 0 ? -2 : rq->wijk_id < 0 ? -1 : (int32_t)rq->wijk_id,
		.n_pijler = PIJLER__MAX, .n_kanaal = KANAAL__MAX,
	};
	int64_t max_cat = facts.max_category_id, max_wijk = facts.max_wijk_id;
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
	rep->r.per_categorie = arena_alloc(&req->arena, p.n_categorie * sizeof(int64_t));
	rep->r.kosten_per_categorie = arena_alloc(&req->arena, p.n_categorie * sizeof(int64_t));
	rep->r.per_wijk = arena_alloc(&req->arena, p.n_wijk * sizeof(int64_t));
	rep->r.per_pijler = rep->per_pijler;
	rep->r.per_kanaal = rep->per_kanaal;
	uint64_t *scratch = malloc(kpi_scratch_len(facts.n) * sizeof(uint64_t));
	if (!scratch)
		abort();
	int ok = kpi_compute(facts.f, facts.n, &p, &rep->r, scratch) == 0;
	free(scratch);
	if (!ok) {
		rc = 422;
		goto out;
	}
	for (int i = 0; i < rep->n_categorie; i++) {
		int64_t id = rep->categorie[i].id;
		rep->categorie[i].count = rep->r.per_categorie[id];
		rep->categorie[i].kosten_cent = rep->r.kosten_per_categorie[id];
	}
	for (int i = 0; i < rep->n_wijk; i++) {
		int64_t id = rep->wijk[i].id;
		rep->wijk[i].count = rep->r.per_wijk[id];
	}
	rep->onbekend = rep->r.per_wijk_onbekend;
	rep->params = p;
	if (kpi_dossier_figures(req, rq, &rep->dossiers) < 0)
		goto out;
	rc = 0;
	if (keep) {
		*keep = facts;
		return 0;
	}
out:
	kpi_facts_release(&facts);
	return rc;
}

static void add_pct(cJSON *o, const char *key, double v)
{
	if (v < 0)
		cJSON_AddNullToObject(o, key);
	else
		cJSON_AddNumberToObject(o, key, v);
}

static void add_day(cJSON *o, const char *key, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];
	days_format(dn, s);
	cJSON_AddStringToObject(o, key, s);
}

cJSON *kpi_json(const struct kpi_report *rep)
{
	const struct kpi_result *r = &rep->r;
	cJSON *o = cJSON_CreateObject(), *x;

	add_day(o, "van", rep->rq.van);
	add_day(o, "tot", rep->rq.tot);
	add_day(o, "peildatum", rep->rq.peildatum);
	if (rep->rq.wijk_code)
		cJSON_AddStringToObject(o, "wijk", rep->rq.wijk_code);
	else
		cJSON_AddNullToObject(o, "wijk");
	cJSON_AddNumberToObject(o, "ontvangen", (double)r->ontvangen);

	x = cJSON_AddObjectToObject(o, "bevestiging");
	cJSON_AddNumberToObject(x, "op_tijd", (double)r->bevestiging.op_tijd);
	cJSON_AddNumberToObject(x, "te_laat", (double)r->bevestiging.te_laat);
	cJSON_AddNumberToObject(x, "open", (double)r->bevestiging.open);
	add_pct(x, "percentage_op_tijd", r->bevestiging.percentage_op_tijd);

	x = cJSON_AddObjectToObject(o, "terugkoppeling");
	cJSON_AddNumberToObject(x, "op_tijd", (double)r->terugkoppeling.op_tijd);
	cJSON_AddNumberToObject(x, "te_laat", (double)r->terugkoppeling.te_laat);
	cJSON_AddNumberToObject(x, "open", (double)r->terugkoppeling.open);
	add_pct(x, "percentage_op_tijd", r->terugkoppeling.percentage_op_tijd);
	cJSON_AddNumberToObject(x, "binnen_streefwaarde", (double)r->terugkoppeling.binnen_streefwaarde);
	add_pct(x, "percentage_binnen_streefwaarde", r->terugkoppeling.percentage_binnen_streefwaarde);

	/* The dashboard's "Te laat" and "Open" tiles: meldingen late (open) on either term, each once. */
	cJSON_AddNumberToObject(o, "meldingen_te_laat", (double)r->te_laat_meldingen);
	cJSON_AddNumberToObject(o, "meldingen_open", (double)r->open_meldingen);

	x = cJSON_AddObjectToObject(o, "doorlooptijd_werkdagen");
	if (r->doorloop_mediaan < 0) {
		cJSON_AddNullToObject(x, "mediaan");
		cJSON_AddNullToObject(x, "p90");
	} else {
		cJSON_AddNumberToObject(x, "mediaan", r->doorloop_mediaan);
		cJSON_AddNumberToObject(x, "p90", r->doorloop_p90);
	}
	cJSON_AddNumberToObject(o, "melders_uniek", (double)r->melders_uniek);

	x = cJSON_AddObjectToObject(o, "kosten");
	for (int i = 0; i < rep->n_categorie; i++)
		if (rep->categorie[i].kosten_cent)
			cJSON_AddNumberToObject(x, rep->categorie[i].code, (double)rep->categorie[i].kosten_cent / 100.0);

	cJSON_AddNumberToObject(o, "vervuilde_woningen", (double)rep->dossiers.vervuilde_woningen);
	cJSON_AddNumberToObject(o, "dossiers_geopend", (double)rep->dossiers.geopend);
	cJSON_AddNumberToObject(o, "dossiers_open_op_peildatum", (double)rep->dossiers.open_op_peildatum);
	cJSON_AddNumberToObject(o, "doorverwijzingen", (double)rep->dossiers.doorverwijzingen);
	cJSON_AddNumberToObject(o, "dossiers_doorverwezen", (double)rep->dossiers.dossiers_doorverwezen);
	cJSON_AddNumberToObject(o, "uitzettingen", (double)rep->dossiers.uitzettingen);

	x = cJSON_AddObjectToObject(o, "per_categorie");
	for (int i = 0; i < rep->n_categorie; i++)
		cJSON_AddNumberToObject(x, rep->categorie[i].code, (double)rep->categorie[i].count);
	x = cJSON_AddObjectToObject(o, "per_pijler");
	for (int i = 0; i < PIJLER__MAX; i++)
		cJSON_AddNumberToObject(x, pijler_ids[i], (double)rep->per_pijler[i]);
	x = cJSON_AddObjectToObject(o, "per_kanaal");
	for (int i = 0; i < KANAAL__MAX; i++)
		cJSON_AddNumberToObject(x, kanaal_ids[i], (double)rep->per_kanaal[i]);
	x = cJSON_AddObjectToObject(o, "per_wijk");
	for (int i = 0; i < rep->n_wijk; i++)
		cJSON_AddNumberToObject(x, rep->wijk[i].code, (double)rep->wijk[i].count);
	if (rep->onbekend)
		cJSON_AddNumberToObject(x, "onbekend", (double)rep->onbekend);
	return o;
}

int handle_api_kpi(struct req *req)
{
	struct kpi_request rq;
	struct kpi_report *rep = arena_alloc(&req->arena, sizeof(*rep));
	cJSON *fouten = cJSON_CreateObject();
	int rc = kpi_parse(req, &rq, fouten);

	if (rc == 422)
		return http_json_errors(req, 422, fouten);
	cJSON_Delete(fouten);
	if (rc == 404)
		return http_error(req, 404, "Niet gevonden", "Deze wijk bestaat niet of valt buiten uw gebied.");
	rc = kpi_run(req, &rq, rep);
	if (rc)
		return http_unavailable(req, NULL);
	return http_json(req, 200, kpi_json(rep));
}
