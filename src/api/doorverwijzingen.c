/*
 * api/doorverwijzingen.c - the JSON face of referrals (see
 * api/doorverwijzingen.h): the same use cases as the pages
 * (app/referrals.h), answered in the API's conventions (http/json.h).
 *
 * What a partner's answer holds is built from the partner-bound loads,
 * and referral_json() adds the staff fields (dossier, wijk, reason) only
 * for staff: a partner's JSON has no key for them at all.
 */
#include "app/dossiers.h"
#include "app/referrals.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "api/doorverwijzingen.h"
#include "http/http.h"
#include "http/json.h"
#include "render/pager.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* How the API answers a referral the caller may not see or change ({"fout": text}). */
static const struct refusal doorverwijzing_refusal = {
	.not_found_title = "Doorverwijzing niet gevonden",
	.not_found_text = "Deze doorverwijzing bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit niet doen met deze doorverwijzing.",
};

/* ... and a dossier it cannot refer from. */
static const struct refusal from_dossier_refusal = {
	.not_found_title = "Dossier niet gevonden",
	.not_found_text = "Dit dossier bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag vanuit dit dossier niet doorverwijzen.",
};

/* The due marker as an identifier, for integrations. */
static const char *const due_ids[RDUE__MAX] = {
	[RDUE_OPEN] = "open",
	[RDUE_VANDAAG] = "vandaag",
	[RDUE_TE_LAAT] = "te_laat",
	[RDUE_OP_TIJD] = "op_tijd",
	[RDUE_LAAT_GEDAAN] = "te_laat_beantwoord",
	[RDUE_GESLOTEN] = "afgesloten",
};

static int is_partner(struct req *req)
{
	return http_actor(req)->role == ROLE_PARTNER;
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
	enum referral_due due = referral_due_marker(r, today);

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

static void add_files(struct req *req, cJSON *o, const struct referral *r, const struct referral_file *files, int nf)
{
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
}

static void add_history(cJSON *o, const struct referral_event *ev, int ne)
{
	cJSON *g = cJSON_AddArrayToObject(o, "geschiedenis");

	for (int i = 0; i < ne; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "soort", ev[i].soort);
		json_add_moment(x, "op", ev[i].op);
		cJSON_AddStringToObject(x, "door", ev[i].wie);
		cJSON_AddStringToObject(x, "tekst", ev[i].tekst);
		cJSON_AddItemToArray(g, x);
	}
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
		return http_unavailable(req, NULL);
	cJSON *o = referral_json(r, !is_partner(req), amsterdam_day(clock_now()));
	add_files(req, o, r, files, nf);
	add_history(o, ev, ne);
	return http_json(req, status, o);
}

/* The use case's field errors added to fouten, answered as 422. */
static int answer_invalid(struct req *req, cJSON *fouten, const struct field_errors *errs)
{
	for (int i = 0; i < errs->n; i++)
		cJSON_AddStringToObject(fouten, errs->e[i].field, errs->e[i].message);
	return http_json_errors(req, 422, fouten);
}

/* ---- creating ---- */

/* The attachment ids: whole numbers that are row ids, at most REFERRAL_BIJLAGEN_MAX. */
static void bijlagen_from_json(const cJSON *b, struct referral_input *in)
{
	const cJSON *x;

	if (!b || cJSON_IsNull(b))
		return;
	if (!cJSON_IsArray(b))
		in->bad_bijlagen = 1;
	cJSON_ArrayForEach(x, b) {
		double v = cJSON_IsNumber(x) ? x->valuedouble : 0;
		if (v < 1 || v > 9007199254740991.0 || v != (double)(int64_t)v || in->n_bijlagen >= REFERRAL_BIJLAGEN_MAX)
			in->bad_bijlagen = 1;
		else
			in->bijlagen[in->n_bijlagen++] = (int64_t)v;
	}
}

/* The body's fields into in; what has the wrong JSON type is named in fouten. */
static void input_from_json(struct req *req, cJSON *body, struct referral_input *in, cJSON *fouten)
{
	static const struct {
		const char *key;
		size_t off;
	} texts[] = {
		{ "reden", offsetof(struct referral_input, reden) },
		{ "vraag", offsetof(struct referral_input, vraag) },
		{ "gedeelde_informatie", offsetof(struct referral_input, gedeelde_informatie) },
	};
	int64_t pid = 0;

	/* The organisation's id as a number (or digits in a string, as a form would send it). */
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(body, "partner");
	if (cJSON_IsString(p))
		in->partner = p->valuestring;
	else if (json_int(body, "partner", 1, INT64_C(9007199254740991), &pid) < 0)
		cJSON_AddStringToObject(fouten, "partner", "Stuur partner als het id van de organisatie (een getal).");
	else if (pid)
		in->partner = arena_printf(&req->arena, "%lld", (long long)pid);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char **dst = (const char **)(void *)((char *)in + texts[i].off);
		if (json_string(body, texts[i].key, dst) < 0)
			cJSON_AddStringToObject(fouten, texts[i].key, "Stuur dit veld als tekst (een JSON-string).");
	}
	bijlagen_from_json(cJSON_GetObjectItemCaseSensitive(body, "bijlagen"), in);
}

/* 201 with the new referral's id, status and due day. */
static int answer_created(struct req *req, int64_t id)
{
	struct referral r;

	if (referral_get_staff(db_thread(), &req->arena, id, &r) != STORE_OK)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", (double)id);
	cJSON_AddStringToObject(o, "status", referral_status_ids[r.status]);
	add_day(o, "antwoord_uiterlijk", r.antwoord_dag);
	http_add_header(req, "Location", arena_printf(&req->arena, "/api/v1/doorverwijzingen/%lld", (long long)id));
	return http_json(req, 201, o);
}

int handle_api_dossier_doorverwijzing(struct req *req)
{
	struct db *db = db_thread();
	struct dossier d;
	struct referral_input in = { 0 };
	struct field_errors errs = { 0 };
	int64_t id = 0;
	int st;
	enum app_result r = dossier_load_for(db, &req->arena, http_actor(req), http_param(req, 0),
					     ACT_REFERRAL_CREATE, &d);

	if (r != APP_OK)
		return http_refused(req, r, &from_dossier_refusal);
	cJSON *body = http_json_body(req, &st);
	if (!body)
		return st;
	cJSON *fouten = cJSON_CreateObject();
	input_from_json(req, body, &in, fouten);
	if (fouten->child) {
		cJSON_Delete(body);
		return http_json_errors(req, 422, fouten);
	}
	r = referral_create(db, &req->arena, http_actor(req), req->cfg, &d, &in, &errs, &id);
	cJSON_Delete(body);   /* the texts are copied into the arena by now */
	if (r == APP_INVALID)
		return answer_invalid(req, fouten, &errs);
	cJSON_Delete(fouten);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return answer_created(req, id);
}

/* ---- reading ---- */

int handle_api_doorverwijzingen(struct req *req)
{
	struct db *db = db_thread();
	const struct referral_filter_input in = {
		.status = http_query(req, "status"), .te_laat = http_query(req, "te_laat"),
		.beantwoord = http_query(req, "beantwoord"), .partner = http_query(req, "partner"),
		.wijk = http_query(req, "wijk"), .dossier = http_query(req, "dossier"),
	};
	struct field_errors errs = { 0 };
	struct referral_filter f;
	struct referral_page pg;
	int page = pager_page(req);

	enum app_result r = referral_filter_read(db, &req->arena, http_actor(req), &in, &f, &errs);
	if (r == APP_UNAVAILABLE)
		return http_unavailable(req, NULL);
	if (r == APP_INVALID)
		return http_json_error(req, 400, arena_printf(&req->arena, "%s: %s", errs.e[0].field, errs.e[0].message));
	if (referral_list(db, &req->arena, http_actor(req), &f, page, JSON_PER_PAGE, "api", &pg) != APP_OK)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < pg.n; i++)
		cJSON_AddItemToArray(items, referral_json(&pg.rows[i], !is_partner(req), f.today));
	return http_json_list(req, items, page, JSON_PER_PAGE, pg.total);
}

int handle_api_doorverwijzing(struct req *req)
{
	struct referral r;
	enum app_result res = referral_load_for(db_thread(), &req->arena, http_actor(req), http_param(req, 0),
						ACT_REFERRAL_READ, &r);

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	if (audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzing",
			 arena_printf(&req->arena, "%lld", (long long)r.id), "api") < 0)
		return http_unavailable(req, NULL);
	return answer_referral(req, 200, &r);
}

/* ---- the steps ---- */

static int act(struct req *req, enum referral_action a)
{
	struct db *db = db_thread();
	struct referral r;
	struct field_errors errs = { 0 };
	struct referral_act_input in = { 0 };
	enum action need = referral_action_side[a] == RSIDE_PARTNER ? ACT_REFERRAL_ANSWER : ACT_REFERRAL_CREATE;
	enum app_result res = referral_load_for(db, &req->arena, http_actor(req), http_param(req, 0), need, &r);
	cJSON *body;
	int st;

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
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
	res = referral_act(db, &req->arena, http_actor(req), &r, a, &in, &errs);
	cJSON_Delete(body);   /* referral_act() stored copies */
	if (res == APP_INVALID)
		return answer_invalid(req, fouten, &errs);
	cJSON_Delete(fouten);
	if (res != APP_OK)
		return http_unavailable(req, NULL);
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
