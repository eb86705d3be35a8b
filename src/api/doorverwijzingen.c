/*
 * api/doorverwijzingen.c - the JSON face of referrals (see
 * api/doorverwijzingen.h): the same use cases as the pages
 * (app/referrals.h), answered in the API's conventions (http/json.h), with
 * the field specs of its routes. The list's filters and the step a route
 * takes are read as the pages read them, and a dossier one cannot refer
 * from is refused with their words (web/doorverwijzingen.h).
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
#include "web/doorverwijzingen.h"
#include "http/http.h"
#include "http/input.h"
#include "http/json.h"
#include "render/pager.h"
#include "lib/clock.h"

#include <stdint.h>

/* How the API answers a referral the caller may not see or change ({"fout": text}). */
static const struct refusal doorverwijzing_refusal = {
	.not_found_title = "Doorverwijzing niet gevonden",
	.not_found_text = "Deze doorverwijzing bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit niet doen met deze doorverwijzing.",
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
	cJSON_AddStringToObject(o, "referentie", r->referentie ? r->referentie : "");
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
	add_text_or_null(o, "afsluit_notitie", r->status == RS_AFGESLOTEN ? r->afsluit_notitie : NULL);
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

/*
 * The melders whose contact details the referral shares (issue 17): an
 * empty array unless a melder consented and the case worker chose to
 * share; bound to the referral's own organisation, consent read now.
 */
static int add_melders(struct db *db, struct req *req, cJSON *o, const struct referral *r)
{
	struct referral_melder *ms;
	int n = referral_melders_shared(db, &req->arena, r->id, r->partner_id, &ms);
	cJSON *list = cJSON_AddArrayToObject(o, "melders");

	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "naam", ms[i].naam);
		cJSON_AddStringToObject(x, "email", ms[i].email);
		cJSON_AddStringToObject(x, "telefoon", ms[i].telefoon);
		cJSON_AddItemToArray(list, x);
	}
	return n < 0 ? -1 : 0;
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
	if (add_melders(db, req, o, r) < 0) {
		cJSON_Delete(o);
		return http_unavailable(req, NULL);
	}
	return http_json(req, status, o);
}

/*
 * The body, once what it is for was found (so an unknown referral or
 * dossier is still a 404): 415 or 400 for one that is not a JSON object,
 * then 422 for the fields the input stage could not read. 0 to go on.
 * optional: no body at all is {} (the steps; a missing text is the use
 * case's to name).
 */
static int check_body(struct req *req, int optional)
{
	int st;

	if (!(optional && req->body.len == 0) && !input_json_body(req, &st))
		return st;
	return input_errors(req)->n ? http_json_field_errors(req, input_errors(req)) : 0;
}

/* ---- creating ---- */

#define AS_TEXT "Stuur dit veld als tekst (een JSON-string)."

/*
 * The organisation is its id: a number, or its digits in a string as a
 * form would send it (whether it exists is referral_create()'s to say).
 * The texts are strings, judged there too. "bijlagen", a list of ids, is
 * read from the body itself (bijlagen_from_json()).
 */
const struct field_spec api_doorverwijzing_create_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	{ .name = "partner", .from = IN_JSON, .type = FT_INT, .min = 1, .max = INT64_C(9007199254740991),
	  .message = "Stuur partner als het id van de organisatie (een getal)." },
	{ .name = "reden", .from = IN_JSON, .type = FT_TEXT, .message = AS_TEXT },
	{ .name = "vraag", .from = IN_JSON, .type = FT_TEXT, .message = AS_TEXT },
	{ .name = "gedeelde_informatie", .from = IN_JSON, .type = FT_TEXT, .message = AS_TEXT },
	/* Share the consenting melders' contact details (issue 17); absent: no. */
	{ .name = "melders_delen", .from = IN_JSON, .type = FT_BOOL, .message = "Stuur melders_delen als true of false." },
	FIELDS_END
};

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

/* The body's fields into in (the texts as sent: valid until the request ends). */
static void input_from_json(struct req *req, struct referral_input *in)
{
	in->partner = input_text(req, "partner");
	in->reden = input_text(req, "reden");
	in->vraag = input_text(req, "vraag");
	in->gedeelde_informatie = input_text(req, "gedeelde_informatie");
	in->melders_delen = input_num(req, "melders_delen") != 0;
	bijlagen_from_json(cJSON_GetObjectItemCaseSensitive(input_json(req), "bijlagen"), in);
}

/* 201 with the new referral's id, status and due day. */
static int answer_created(struct req *req, int64_t id)
{
	struct referral r;

	if (referral_get_staff(db_thread(), &req->arena, id, &r) != STORE_OK)
		return http_unavailable(req, NULL);
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "id", (double)id);
	cJSON_AddStringToObject(o, "referentie", r.referentie ? r.referentie : "");
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
	enum app_result r = dossier_load_for(db, &req->arena, http_actor(req), input_text(req, "referentie"),
					     ACT_REFERRAL_CREATE, &d);

	if (r != APP_OK)
		return http_refused(req, r, &doorverwijzing_dossier_refusal);
	if ((st = check_body(req, 0)))
		return st;
	input_from_json(req, &in);
	r = referral_create(db, &req->arena, http_actor(req), req->cfg, &d, &in, &errs, &id);
	if (r == APP_INVALID)
		return http_json_field_errors(req, &errs);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return answer_created(req, id);
}

/* ---- reading ---- */

/*
 * The list's filters as the page declares them: a bad one is answered 400
 * {"fout": "field: message"} below, as it always was (not 422 {"fouten"}).
 * A page number that is not one is the first page.
 */
const struct field_spec api_doorverwijzingen_fields[] = {
	DOORVERWIJZING_FILTER_FIELDS,
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

int handle_api_doorverwijzingen(struct req *req)
{
	struct field_errors errs = { 0 };
	struct referral_filter f;
	struct referral_page pg;
	int page = pager_page(req);
	enum app_result r = doorverwijzing_filter_from_query(req, &f, &errs);

	if (r == APP_UNAVAILABLE)
		return http_unavailable(req, NULL);
	if (r == APP_INVALID)
		return http_json_error(req, 400, arena_printf(&req->arena, "%s: %s", errs.e[0].field, errs.e[0].message));
	if (referral_list(db_thread(), &req->arena, http_actor(req), &f, page, JSON_PER_PAGE, "api", &pg) != APP_OK)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < pg.n; i++)
		cJSON_AddItemToArray(items, referral_json(&pg.rows[i], !is_partner(req), f.today));
	return http_json_list(req, items, page, JSON_PER_PAGE, pg.total);
}

int handle_api_doorverwijzing(struct req *req)
{
	struct referral r;
	enum app_result res = referral_view(db_thread(), &req->arena, http_actor(req), input_text(req, "id"), "api", &r);

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	return answer_referral(req, 200, &r);
}

/* ---- the steps ---- */

/*
 * What the steps read besides the id: afwijzen {"reden"}, reactie
 * {"tekst"}, afsluiten {"notitie"}, as strings (the use case judges them;
 * a missing one is 422). accepteren and heropenen read nothing: routes.c
 * gives them the id only, and a body sent to them need only be a JSON
 * object. The API takes no files: a partner sends its file with the
 * answer on the page.
 */
const struct field_spec api_doorverwijzing_afwijzen_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "reden", .from = IN_JSON, .type = FT_TEXT, .message = "Stuur de reden als tekst (een JSON-string)." },
	FIELDS_END
};

const struct field_spec api_doorverwijzing_reactie_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "tekst", .from = IN_JSON, .type = FT_TEXT, .message = "Stuur het antwoord als tekst (een JSON-string)." },
	FIELDS_END
};

const struct field_spec api_doorverwijzing_afsluiten_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "notitie", .from = IN_JSON, .type = FT_TEXT, .message = "Stuur de notitie als tekst (een JSON-string)." },
	FIELDS_END
};

int handle_api_doorverwijzing_step(struct req *req)
{
	struct db *db = db_thread();
	enum referral_action a = doorverwijzing_step(req);
	struct referral r;
	struct field_errors errs = { 0 };
	struct referral_act_input in = { 0 };
	enum app_result res = referral_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
						referral_step_permission(a), &r);
	int st;

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	if ((st = check_body(req, 1)))
		return st;
	if (a == RA_AFWIJZEN)
		in.reden = input_text(req, "reden");
	if (a == RA_REACTIE)
		in.tekst = input_text(req, "tekst");
	if (a == RA_AFSLUITEN)
		in.notitie = input_text(req, "notitie");
	res = referral_act(db, &req->arena, http_actor(req), &r, a, &in, &errs);
	if (res == APP_INVALID)
		return http_json_field_errors(req, &errs);
	if (res != APP_OK)
		return http_unavailable(req, NULL);
	return answer_referral(req, 200, &r);
}
