/*
 * wijken.c - the wijkprofiel as JSON (see wijken.h): the same figures as
 * the page (app/wijkprofiel.h), then each part's key (web/wijkmonitor.h).
 * Names follow /api/v1/kpi where the figure is the same.
 */
#include "api/wijken.h"
#include "app/wijkmonitor.h"
#include "app/wijkprofiel.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/dossier.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "web/wijkmonitor.h"

static const struct refusal wijk_refusal = {
	.not_found_title = "Wijk niet gevonden",
	.not_found_text = "Deze wijk of buurt bestaat niet, of valt buiten uw gebied.",
	.unavailable_text = "De cijfers konden niet worden geladen. Probeer het over een minuut opnieuw.",
};

const struct field_spec api_wijk_fields[] = {
	FIELD_PATH("code", FT_TEXT),
	{ .name = "jaar", .from = IN_QUERY, .type = FT_TEXT, .max = 8 },
	FIELDS_END
};

static void add_count(cJSON *o, const char *key, int64_t n)
{
	cJSON_AddNumberToObject(o, key, (double)n);
}

/* A share or rate; null when there is none (< 0). */
static void add_maybe(cJSON *o, const char *key, double v)
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

static cJSON *add_term(cJSON *o, const char *key, const struct kpi_term *t)
{
	cJSON *x = cJSON_AddObjectToObject(o, key);
	add_count(x, "op_tijd", t->op_tijd);
	add_count(x, "te_laat", t->te_laat);
	add_count(x, "open", t->open);
	add_maybe(x, "percentage_op_tijd", t->percentage_op_tijd);
	return x;
}

static void add_area(cJSON *o, const struct area *a)
{
	cJSON_AddStringToObject(o, "code", a->code);
	cJSON_AddStringToObject(o, "naam", a->naam);
	cJSON_AddStringToObject(o, "soort", a->soort == AREA_WIJK ? "wijk" : "buurt");
	cJSON_AddStringToObject(o, "wijk", a->soort == AREA_WIJK ? a->code : a->parent_code);
	add_count(o, "woningen", a->woningen);
}

/* {jaar, tot_maand, nu: {...}, vorig: {...}}: months 1..tot_maand of both years, or null. */
static void add_vergelijk(cJSON *o, const struct wijkprofiel_vergelijk *v)
{
	if (!v->geldig) {
		cJSON_AddNullToObject(o, "vergelijking");
		return;
	}
	cJSON *x = cJSON_AddObjectToObject(o, "vergelijking");
	add_count(x, "jaar", v->jaar);
	add_count(x, "tot_maand", v->tot_maand);
	const struct wijk_telling *t[2] = { &v->nu, &v->vorig };
	const struct kpi_term *b[2] = { &v->nu_bev, &v->vorig_bev }, *r[2] = { &v->nu_ter, &v->vorig_ter };
	const double p[2] = { v->nu_per_100, v->vorig_per_100 };
	const char *keys[2] = { "nu", "vorig" };
	for (int i = 0; i < 2; i++) {
		cJSON *y = cJSON_AddObjectToObject(x, keys[i]);
		add_count(y, "ontvangen", t[i]->ontvangen);
		add_maybe(y, "per_100_woningen", p[i]);
		add_term(y, "bevestiging", b[i]);
		add_term(y, "terugkoppeling", r[i]);
	}
}

static void add_jaar(cJSON *arr, const struct wijkprofiel *p, const struct wijkprofiel_jaar *j)
{
	cJSON *o = cJSON_CreateObject(), *x;

	add_count(o, "jaar", j->jaar);
	cJSON_AddBoolToObject(o, "lopend", j->lopend);
	add_day(o, "peildatum", j->peil);
	add_count(o, "ontvangen", j->telling.ontvangen);
	add_maybe(o, "per_100_woningen", j->per_100);
	x = cJSON_AddObjectToObject(o, "per_pijler");
	for (int k = 0; k < PIJLER__MAX; k++)
		add_count(x, pijler_ids[k], j->per_pijler[k]);
	x = cJSON_AddObjectToObject(o, "per_categorie");
	for (int s = 0; s < p->n_soort; s++)
		if (j->per_soort[s])
			add_count(x, p->soort[s].code, j->per_soort[s]);
	add_term(o, "bevestiging", &j->bevestiging);
	x = add_term(o, "terugkoppeling", &j->terugkoppeling);
	add_count(x, "binnen_streefwaarde", j->terugkoppeling.binnen_streefwaarde);
	add_maybe(x, "percentage_binnen_streefwaarde", j->terugkoppeling.percentage_binnen_streefwaarde);
	x = cJSON_AddObjectToObject(o, "dossiers");
	add_count(x, "geopend", j->dossiers.geopend);
	add_count(x, "open_op_peildatum", j->dossiers.open);
	add_count(x, "vervuilde_woningen", j->dossiers.vervuilde_woningen);
	add_count(x, "uitzettingen", j->dossiers.uitzettingen);
	add_count(x, "doorverwijzingen", j->dossiers.doorverwijzingen);
	add_count(x, "dossiers_doorverwezen", j->dossiers.dossiers_doorverwezen);
	cJSON *e = cJSON_AddObjectToObject(x, "escalaties");
	for (int k = 0; k < AVE__MAX; k++)
		add_count(e, ave_niveau_ids[k], j->dossiers.escalaties[k]);
	x = cJSON_AddObjectToObject(o, "tevredenheid");
	add_count(x, "aantal", j->scores);
	add_maybe(x, "gemiddelde", wijkprofiel_score_gemiddelde(j));
	cJSON_AddItemToArray(arr, o);
}

static cJSON *profiel_json(const struct wijkprofiel *p)
{
	cJSON *o = cJSON_CreateObject(), *x;

	add_area(o, &p->area);
	add_count(o, "jaar", p->jaar);
	add_day(o, "vandaag", p->today);
	add_vergelijk(o, &p->vergelijk);
	x = cJSON_AddArrayToObject(o, "jaren");
	for (int i = 0; i < WIJKCIJFERS_JAREN; i++)
		add_jaar(x, p, &p->jaren[i]);
	x = cJSON_AddObjectToObject(o, "ave_nu");
	for (int k = 0; k < AVE__MAX; k++)
		add_count(x, ave_niveau_ids[k], p->ave_nu[k]);
	cJSON_AddBoolToObject(o, "met_gevoelige_dossiers", p->met_gevoelig);
	x = cJSON_AddArrayToObject(o, "interventies");
	for (int i = 0; i < p->n_interventies; i++) {
		const struct wijkprofiel_interventie *v = &p->interventies[i];
		cJSON *y = cJSON_CreateObject();
		cJSON_AddStringToObject(y, "soort", v->soort);
		add_day(y, "gepland", v->gepland_dag);
		cJSON_AddStringToObject(y, "dossier", v->referentie);
		cJSON_AddItemToArray(x, y);
	}
	return o;
}

int handle_api_wijk(struct req *req)
{
	struct area area;
	struct wijkprofiel *p = arena_alloc(&req->arena, sizeof(*p));
	int32_t today = amsterdam_day(clock_now());
	int jaar;
	enum app_result r = wijk_load_for(db_thread(), http_actor(req), input_text(req, "code"), ACT_WIJK_READ, &area);

	if (r != APP_OK)
		return http_refused(req, r, &wijk_refusal);
	if (wijkprofiel_jaar(input_text(req, "jaar"), today, &jaar) != APP_OK) {
		cJSON *fouten = cJSON_CreateObject();
		cJSON_AddStringToObject(fouten, "jaar", arena_printf(&req->arena, "Kies een jaar van %d tot en met %d.",
								      WIJKPROFIEL_JAAR_MIN, wijkcijfers_jaar(today)));
		return http_json_errors(req, 422, fouten);
	}
	if (wijkprofiel_load(db_thread(), &req->arena, http_actor(req), &area, jaar, today, p) != APP_OK)
		return http_refused(req, APP_UNAVAILABLE, &wijk_refusal);
	cJSON *o = profiel_json(p);
	/* The other parts' keys: inzetniveau, vertellen, leefbaarometer, schouwen, initiatieven, budget. */
	inzet_profile_json(req, o, &area, jaar);
	lbm_profile_json(req, o, &area, jaar);
	schouw_profile_json(req, o, &area, jaar);
	initiatief_profile_json(req, o, &area, jaar);
	budget_profile_json(req, o, &area, jaar);
	return http_json(req, 200, o);
}

int handle_api_wijken(struct req *req)
{
	struct wijkprofiel_kern *rows;
	int n;
	enum app_result r = wijkprofiel_index(db_thread(), &req->arena, http_actor(req), amsterdam_day(clock_now()), &rows, &n);

	if (r != APP_OK)
		return http_refused(req, r, &wijk_refusal);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < n; i++) {
		cJSON *o = cJSON_CreateObject();
		add_area(o, &rows[i].area);
		cJSON_AddStringToObject(o, "href", arena_printf(&req->arena, "/api/v1/wijken/%s", rows[i].area.code));
		add_vergelijk(o, &rows[i].v);
		cJSON_AddItemToArray(items, o);
	}
	/* Every wijk and buurt on one page: a corporation has tens, not thousands. */
	return http_json_list(req, items, 1, n > 0 ? n : 1, n);
}
