/*
 * kpi.c - GET /api/v1/kpi: one KPI report (app/kpi.h) as the JSON of issue
 * 9. The period and wijk are declared and read as the dashboard reads
 * them (KPI_PERIOD_FIELDS, kpi_request_read(), web/kpi.h); this file only
 * writes the JSON.
 */
#include "web/kpi.h"
#include "app/tevredenheid.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/clock.h"

/* ---- the JSON (names and shape are a contract) ---- */

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

static void add_count(cJSON *o, const char *key, int64_t n)
{
	cJSON_AddNumberToObject(o, key, (double)n);
}

static void json_request(cJSON *o, const struct kpi_request *rq)
{
	add_day(o, "van", rq->van);
	add_day(o, "tot", rq->tot);
	add_day(o, "peildatum", rq->peildatum);
	if (rq->wijk_code)
		cJSON_AddStringToObject(o, "wijk", rq->wijk_code);
	else
		cJSON_AddNullToObject(o, "wijk");
}

static cJSON *json_term(cJSON *o, const char *key, const struct kpi_term *t)
{
	cJSON *x = cJSON_AddObjectToObject(o, key);
	add_count(x, "op_tijd", t->op_tijd);
	add_count(x, "te_laat", t->te_laat);
	add_count(x, "open", t->open);
	add_pct(x, "percentage_op_tijd", t->percentage_op_tijd);
	return x;
}

static void json_doorlooptijd(cJSON *o, const struct kpi_result *r)
{
	cJSON *x = cJSON_AddObjectToObject(o, "doorlooptijd_werkdagen");
	if (r->doorloop_mediaan < 0) {
		cJSON_AddNullToObject(x, "mediaan");
		cJSON_AddNullToObject(x, "p90");
	} else {
		cJSON_AddNumberToObject(x, "mediaan", r->doorloop_mediaan);
		cJSON_AddNumberToObject(x, "p90", r->doorloop_p90);
	}
}

static void json_dossiers(cJSON *o, const struct kpi_dossier_result *d)
{
	add_count(o, "vervuilde_woningen", d->vervuilde_woningen);
	add_count(o, "dossiers_geopend", d->geopend);
	add_count(o, "dossiers_open_op_peildatum", d->open_op_peildatum);
	add_count(o, "doorverwijzingen", d->doorverwijzingen);
	add_count(o, "dossiers_doorverwezen", d->dossiers_doorverwezen);
	add_count(o, "uitzettingen", d->uitzettingen);
}

static void json_per(cJSON *o, const struct kpi_report *rep)
{
	cJSON *x = cJSON_AddObjectToObject(o, "per_categorie");
	for (int i = 0; i < rep->n_categorie; i++)
		add_count(x, rep->categorie[i].code, rep->categorie[i].count);
	x = cJSON_AddObjectToObject(o, "per_pijler");
	for (int i = 0; i < PIJLER__MAX; i++)
		add_count(x, pijler_ids[i], rep->per_pijler[i]);
	x = cJSON_AddObjectToObject(o, "per_kanaal");
	for (int i = 0; i < KANAAL__MAX; i++)
		add_count(x, kanaal_ids[i], rep->per_kanaal[i]);
	x = cJSON_AddObjectToObject(o, "per_wijk");
	for (int i = 0; i < rep->n_wijk; i++)
		add_count(x, rep->wijk[i].code, rep->wijk[i].count);
	if (rep->onbekend)
		add_count(x, "onbekend", rep->onbekend);
}

/*
 * The melders' scores (issue 17): {"aantal", "gemiddelde" (two decimals,
 * null without answers), "per_categorie" and "per_wijk" of the same, by
 * code, only those with answers; "onbekend" for meldingen without a wijk}.
 */
static void add_score(cJSON *o, const char *key, int64_t n, int64_t som)
{
	cJSON *x = key ? cJSON_AddObjectToObject(o, key) : o;
	add_count(x, "aantal", n);
	if (n)
		cJSON_AddNumberToObject(x, "gemiddelde", (double)((som * 200 + n) / (2 * n)) / 100.0);
	else
		cJSON_AddNullToObject(x, "gemiddelde");
}

static void json_tevredenheid(cJSON *o, const struct kpi_report *rep, const struct tevredenheid_cijfers *c)
{
	cJSON *t = cJSON_AddObjectToObject(o, "tevredenheid"), *x;
	int64_t n, som;

	add_score(t, NULL, c->n, c->som);
	x = cJSON_AddObjectToObject(t, "per_categorie");
	for (int i = 0; i < rep->n_categorie; i++) {
		tevredenheid_cijfer(c, rep->categorie[i].id, -1, &n, &som);
		if (n)
			add_score(x, rep->categorie[i].code, n, som);
	}
	x = cJSON_AddObjectToObject(t, "per_wijk");
	for (int i = 0; i < rep->n_wijk; i++) {
		tevredenheid_cijfer(c, -1, rep->wijk[i].id, &n, &som);
		if (n)
			add_score(x, rep->wijk[i].code, n, som);
	}
	tevredenheid_cijfer(c, -1, 0, &n, &som);
	if (n)
		add_score(x, "onbekend", n, som);
}

static cJSON *kpi_json(const struct kpi_report *rep, const struct tevredenheid_cijfers *tv)
{
	const struct kpi_result *r = &rep->r;
	cJSON *o = cJSON_CreateObject(), *x;

	json_request(o, &rep->rq);
	add_count(o, "ontvangen", r->ontvangen);
	json_term(o, "bevestiging", &r->bevestiging);
	x = json_term(o, "terugkoppeling", &r->terugkoppeling);
	add_count(x, "binnen_streefwaarde", r->terugkoppeling.binnen_streefwaarde);
	add_pct(x, "percentage_binnen_streefwaarde", r->terugkoppeling.percentage_binnen_streefwaarde);
	/* The dashboard's "Te laat" and "Open" tiles: meldingen late (open) on either term, each once. */
	add_count(o, "meldingen_te_laat", r->te_laat_meldingen);
	add_count(o, "meldingen_open", r->open_meldingen);
	json_doorlooptijd(o, r);
	add_count(o, "melders_uniek", r->melders_uniek);
	x = cJSON_AddObjectToObject(o, "kosten");
	for (int i = 0; i < rep->n_categorie; i++)
		if (rep->categorie[i].kosten_cent)
			cJSON_AddNumberToObject(x, rep->categorie[i].code, (double)rep->categorie[i].kosten_cent / 100.0);
	json_dossiers(o, &rep->dossiers);
	json_per(o, rep);
	json_tevredenheid(o, rep, tv);
	return o;
}

/* The period as typed: kpi_request_check() judges it, its messages in the 422's "fouten". */
const struct field_spec api_kpi_fields[] = {
	KPI_PERIOD_FIELDS,
	FIELDS_END
};

int handle_api_kpi(struct req *req)
{
	struct kpi_request rq;
	struct field_errors errs = { 0 };
	struct kpi_report *rep = arena_alloc(&req->arena, sizeof(*rep));
	struct tevredenheid_cijfers tv;
	enum app_result r = kpi_request_read(req, amsterdam_day(clock_now()), &rq, &errs);

	if (r == APP_INVALID)
		return http_json_field_errors(req, &errs);
	if (r == APP_OK)
		r = kpi_report_run(db_thread(), &req->arena, http_actor(req), &rq, rq.van, rep, NULL);
	if (r == APP_OK)
		r = tevredenheid_cijfers(db_thread(), &req->arena, http_actor(req), &rq, &tv);
	if (r != APP_OK)
		return http_refused(req, r, &kpi_refusal);
	return http_json(req, 200, kpi_json(rep, &tv));
}
