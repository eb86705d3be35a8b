/*
 * api_doorverwijzingen.c - the JSON face of referrals (see
 * api_doorverwijzingen.h): the same loads, checks and transactions as the
 * pages (doorverwijzingen_core.c), answered in the API's conventions
 * (http/json.h).
 *
 * What a partner's answer holds is built from the partner-bound loads,
 * and referral_json() adds the staff fields (dossier, wijk, reason) only
 * for staff: a partner's JSON has no key for them at all.
 */
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "api/doorverwijzingen.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "http/json.h"
#include "render/pager.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The due marker as an identifier, for integrations. */
static const char *const due_ids[RDUE__MAX] = {
	[RDUE_OPEN] = "open",
	[RDUE_VANDAAG] = "vandaag",
	[RDUE_TE_LAAT] = "te_laat",
	[RDUE_OP_TIJD] = "op_tijd",
	[RDUE_LAAT_GEDAAN] = "te_laat_beantwoord",
	[RDUE_GESLOTEN] = "afgesloten",
};

static int load_failed(struct req *req, int status)
{
	if (status == 404)
		return http_json_error(req, 404, "Deze doorverwijzing bestaat niet, of u heeft er geen toegang toe.");
	if (status == 403)
		return http_json_error(req, 403, "U mag dit niet doen met deze doorverwijzing.");
	return http_json_error(req, 503, "De database antwoordt niet. Probeer het over een minuut opnieuw.");
}

static void add_day(cJSON *o, const char *key, int32_t day)
{
	char iso[DAYS_FORMAT_LEN];
	days_format(day, iso);
	cJSON_AddStringToObject(o, key, iso);
}

static void add_text_or_null(cJSON *o, const char *key, const char *s)
{
	if (s && s[0])
		cJSON_AddStringToObject(o, key, s);
	else
		cJSON_AddNullToObject(o, key);
}

/* One referral; with_staff adds the dossier, wijk and reason (never for a partner). */
static cJSON *referral_json(const struct referral *r, int with_staff, int32_t today)
{
	cJSON *o = cJSON_CreateObject();
	enum referral_due due = doorverwijzing_due(r, today);

	cJSON_AddNumberToObject(o, "id", (double)r->id);
	cJSON_AddStringToObject(o, "status", referral_status_ids[r->status]);
	cJSON *p = cJSON_AddObjectToObject(o, "partner");
	cJSON_AddNumberToObject(p, "id", (double)r->partner_id);
	cJSON_AddStringToObject(p, "naam", r->partner_naam);
	cJSON_AddStringToObject(p, "soort", partner_soort_ids[r->partner_soort]);
	if (with_staff) {
		cJSON_AddStringToObject(o, "dossier", r->dossier_ref);
		add_text_or_null(o, "wijk", r->wijk_code);
		cJSON_AddStringToObject(o, "reden", r->reden);
	}
	cJSON_AddStringToObject(o, "vraag", r->vraag);
	cJSON_AddStringToObject(o, "gedeelde_informatie", r->gedeelde_informatie);
	cJSON_AddStringToObject(o, "verwezen_door", r->door_naam);
	json_add_moment(o, "verstuurd_op", r->verstuurd_op);
	add_day(o, "antwoord_uiterlijk", r->antwoord_dag);
	cJSON_AddNumberToObject(o, "termijn_werkdagen", r->termijn);
	cJSON_AddStringToObject(o, "termijn", due_ids[due]);
	cJSON_AddBoolToObject(o, "te_laat", due == RDUE_TE_LAAT);
	json_add_moment(o, "geaccepteerd_op", r->geaccepteerd_op);
	json_add_moment(o, "afgewezen_op", r->afgewezen_op);
	add_text_or_null(o, "afwijs_reden", r->afwijs_reden);
	json_add_moment(o, "beantwoord_op", r->beantwoord_op);
	json_add_moment(o, "afgesloten_op", r->afgesloten_op);
	return o;
}

/* The referral with its files and history (the detail and every step's answer). */
static int answer_referral(struct req *req, int status, const struct referral *r)
{
	struct db *db = db_thread();
	struct referral_file *files;
	struct referral_event *ev;
	int nf = referral_files(db, &req->arena, r->id, &files);
	int ne = referral_events(db, &req->arena, r->id, &ev);

	if (nf < 0 || ne < 0)
		return load_failed(req, 503);
	cJSON *o = referral_json(r, !doorverwijzing_is_partner(req), amsterdam_day(clock_now()));
	cJSON *b = cJSON_AddArrayToObject(o, "bijlagen");
	for (int i = 0; i < nf; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddNumberToObject(x, "id", (double)files[i].id);
		cJSON_AddStringToObject(x, "bestandsnaam", files[i].bestandsnaam);
		cJSON_AddStringToObject(x, "mime", files[i].mime);
		cJSON_AddNumberToObject(x, "grootte", (double)files[i].grootte);
		cJSON_AddBoolToObject(x, "van_partner", files[i].van_partner);
		cJSON_AddStringToObject(x, "url", arena_printf(&req->arena, "/doorverwijzingen/%lld/bijlagen/%lld",
								(long long)r->id, (long long)files[i].id));
		cJSON_AddItemToArray(b, x);
	}
	cJSON *g = cJSON_AddArrayToObject(o, "geschiedenis");
	for (int i = 0; i < ne; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "soort", ev[i].soort);
		json_add_moment(x, "op", ev[i].op);
		cJSON_AddStringToObject(x, "door", ev[i].wie);
		cJSON_AddStringToObject(x, "tekst", ev[i].tekst);
		cJSON_AddItemToArray(g, x);
	}
	return http_json(req, status, o);
}

/* ---- creating ---- */

int handle_api_dossier_doorverwijzing(struct req *req)
{
	struct dossier d;
	struct doorverwijzing_input in = { 0 };
	struct field_errors errs = { 0 };
	int64_t id = 0, pid = 0;
	int st = dossier_load_for(req, http_param(req, 0), ACT_REFERRAL_CREATE, &d);

	if (st == 404)
		return http_json_error(req, 404, "Dit dossier bestaat niet, of u heeft er geen toegang toe.");
	if (st == 403)
		return http_json_error(req, 403, "U mag vanuit dit dossier niet doorverwijzen.");
	if (st)
		return load_failed(req, 503);
	cJSON *body = http_json_body(req, &st);
	if (!body)
		return st;
	cJSON *fouten = cJSON_CreateObject();

	/* The organisation's id as a number (or digits in a string, as a form would send it). */
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(body, "partner");
	if (cJSON_IsString(p))
		in.partner = p->valuestring;
	else if (json_int(body, "partner", 1, INT64_C(9007199254740991), &pid) < 0)
		cJSON_AddStringToObject(fouten, "partner", "Stuur partner als het id van de organisatie (een getal).");
	else if (pid)
		in.partner = arena_printf(&req->arena, "%lld", (long long)pid);
	static const struct {
		const char *key;
		size_t off;
	} texts[] = {
		{ "reden", offsetof(struct doorverwijzing_input, reden) },
		{ "vraag", offsetof(struct doorverwijzing_input, vraag) },
		{ "gedeelde_informatie", offsetof(struct doorverwijzing_input, gedeelde_informatie) },
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char **dst = (const char **)(void *)((char *)&in + texts[i].off);
		if (json_string(body, texts[i].key, dst) < 0)
			cJSON_AddStringToObject(fouten, texts[i].key, "Stuur dit veld als tekst (een JSON-string).");
	}
	const cJSON *b = cJSON_GetObjectItemCaseSensitive(body, "bijlagen");
	if (b && !cJSON_IsNull(b)) {
		const cJSON *x;
		if (!cJSON_IsArray(b))
			in.bad_bijlagen = 1;
		cJSON_ArrayForEach(x, b) {
			double v = cJSON_IsNumber(x) ? x->valuedouble : 0;
			if (v < 1 || v > 9007199254740991.0 || v != (double)(int64_t)v ||
			    in.n_bijlagen >= DOORVERWIJZING_BIJLAGEN_MAX)
				in.bad_bijlagen = 1;
			else
				in.bijlagen[in.n_bijlagen++] = (int64_t)v;
		}
	}
	if (fouten->child) {
		cJSON_Delete(body);
		return http_json_errors(req, 422, fouten);
	}
	st = doorverwijzing_create(req, &d, &in, &errs, &id);
	cJSON_Delete(body);   /* the texts are copied into the arena by now */
	if (st == 422) {
		for (int i = 0; i < errs.n; i++)
			cJSON_AddStringToObject(fouten, errs.e[i].field, errs.e[i].message);
		return http_json_errors(req, 422, fouten);
	}
	cJSON_Delete(fouten);
	if (st != 201)
		return load_failed(req, 503);

	struct referral r;
	if (referral_get_staff(db_thread(), &req->arena, id, &r) != STORE_OK)
		return load_failed(req, 503);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", (double)id);
	cJSON_AddStringToObject(o, "status", referral_status_ids[r.status]);
	add_day(o, "antwoord_uiterlijk", r.antwoord_dag);
	http_add_header(req, "Location", arena_printf(&req->arena, "/api/v1/doorverwijzingen/%lld", (long long)id));
	return http_json(req, 201, o);
}

/* ---- reading ---- */

int handle_api_doorverwijzingen(struct req *req)
{
	struct db *db = db_thread();
	struct referral_filter f;
	struct referral_page pg;
	const char *bad_field, *bad_msg;
	int page = pager_page(req);

	if (!db || doorverwijzing_filter_parse(req, &f, &bad_field, &bad_msg) == 503)
		return load_failed(req, 503);
	if (bad_field)
		return http_json_error(req, 400, arena_printf(&req->arena, "%s: %s", bad_field, bad_msg));
	int partner = doorverwijzing_is_partner(req);
	enum store_result r;
	if (partner) {
		r = referral_list_partner(db, &req->arena, req->session->partner_id, &f,
					  pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &pg);
	} else {
		struct referral_viewer v;
		referral_viewer_init(&v, http_actor(req));
		r = referral_list_staff(db, &req->arena, &v, &f, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &pg);
	}
	if (r != STORE_OK)
		return load_failed(req, 503);
	if (partner && audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzingen", "api",
				    arena_printf(&req->arena, "pagina %d, %d getoond", page, pg.n)) < 0)
		return load_failed(req, 503);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < pg.n; i++)
		cJSON_AddItemToArray(items, referral_json(&pg.rows[i], !partner, f.today));
	return http_json_list(req, items, page, JSON_PER_PAGE, pg.total);
}

int handle_api_doorverwijzing(struct req *req)
{
	struct referral r;
	int st = doorverwijzing_load_for(req, http_param(req, 0), ACT_REFERRAL_READ, &r);

	if (st)
		return load_failed(req, st);
	if (audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzing", arena_printf(&req->arena, "%lld", (long long)r.id), "api") < 0)
		return load_failed(req, 503);
	return answer_referral(req, 200, &r);
}

/* ---- the steps ---- */

static int act(struct req *req, enum referral_action a)
{
	struct referral r;
	struct field_errors errs = { 0 };
	struct doorverwijzing_act_input in = { 0 };
	enum action need = referral_action_side[a] == RSIDE_PARTNER ? ACT_REFERRAL_ANSWER : ACT_REFERRAL_CREATE;
	int st = doorverwijzing_load_for(req, http_param(req, 0), need, &r);
	cJSON *body;

	if (st)
		return load_failed(req, st);
	/* No body is {}: accepteren and afsluiten need nothing. */
	if (req->body.len == 0)
		body = cJSON_CreateObject();
	else if (!(body = http_json_body(req, &st)))
		return st;
	cJSON *fouten = cJSON_CreateObject();
	if (a == RA_AFWIJZEN && json_string(body, "reden", &in.reden) < 0)
		cJSON_AddStringToObject(fouten, "reden", "Stuur de reden als tekst (een JSON-string).");
	if (a == RA_REACTIE && json_string(body, "tekst", &in.tekst) < 0)
		cJSON_AddStringToObject(fouten, "tekst", "Stuur het antwoord als tekst (een JSON-string).");
	if (fouten->child) {
		cJSON_Delete(body);
		return http_json_errors(req, 422, fouten);
	}
	st = doorverwijzing_act(req, &r, a, &in, &errs);
	cJSON_Delete(body);   /* doorverwijzing_act() stored copies */
	if (st == 422) {
		for (int i = 0; i < errs.n; i++)
			cJSON_AddStringToObject(fouten, errs.e[i].field, errs.e[i].message);
		return http_json_errors(req, 422, fouten);
	}
	cJSON_Delete(fouten);
	if (st)
		return load_failed(req, 503);
	return answer_referral(req, 200, &r);
}

int handle_api_doorverwijzing_accepteren(struct req *req)
{
	return act(req, RA_ACCEPTEREN);
}

int handle_api_doorverwijzing_afwijzen(struct req *req)
{
	return act(req, RA_AFWIJZEN);
}

int handle_api_doorverwijzing_reactie(struct req *req)
{
	return act(req, RA_REACTIE);
}

int handle_api_doorverwijzing_afsluiten(struct req *req)
{
	return act(req, RA_AFSLUITEN);
}
