/*
 * dossiers.c - the dossiers of the JSON API (issue 7, a contract):
 *
 *   GET  /api/v1/dossiers?status=&pijler=&wijk=&ave=&eigenaar=&kenmerk=&q=&pagina=
 *   POST /api/v1/dossiers                     {"onderwerp", "pijler", "postcode", "huisnummer",
 *                                              "toevoeging", "complex", "gevoelig", "meldingen": ["M-…"]}
 *   GET  /api/v1/dossiers/{referentie}
 *   POST /api/v1/dossiers/{referentie}/meldingen              {"referentie": "M-…"}
 *   POST /api/v1/dossiers/{referentie}/meldingen/ontkoppelen  {"referentie": "M-…"}
 *   POST /api/v1/dossiers/{referentie}/interventies           {"soort", "gepland_op", "uitgevoerd_op",
 *                                                              "uitkomst", "toelichting"}
 *   POST /api/v1/dossiers/{referentie}/escalatie              {"niveau", "regie", "reden"}
 *   POST /api/v1/dossiers/{referentie}/afsluiten              {"uitkomst", "op"}
 *
 * The same rules as the HTML pages, through the same calls (the use cases
 * of app/dossiers.h, the scoped list of store/dossier.h): a dossier the
 * user may not see is a 404 here as there, and never appears in a list or
 * a count.
 */
#include "config.h"
#include "db/db.h"
#include "domain/days.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "http/json.h"
#include "store/audit.h"
#include "lib/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add_day(cJSON *o, const char *key, int32_t day)
{
	char buf[DAYS_FORMAT_LEN];
	if (day < 0) {
		cJSON_AddNullToObject(o, key);
		return;
	}
	days_format(day, buf);
	cJSON_AddStringToObject(o, key, buf);
}

/* How the API words a refusal ({"fout": ...}); 503 says the database's default. */
static const struct refusal refusal = {
	.not_found_title = "Dossier niet gevonden",
	.not_found_text = "Dit dossier bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit dossier niet wijzigen.",
	.unavailable_text = "De database antwoordt niet. Probeer het over een minuut opnieuw.",
};

/* The JSON names of the input fields where they differ from the form's. */
static const char *json_field(enum dossier_action a, const char *field)
{
	if ((a == DA_KOPPELEN || a == DA_ONTKOPPELEN) && !strcmp(field, "melding"))
		return "referentie";
	return field;
}

/* a: the action, or -1 for opening a dossier. */
static int errors(struct req *req, int a, const struct field_errors *errs)
{
	cJSON *f = cJSON_CreateObject();
	for (int i = 0; i < errs->n; i++) {
		const char *k = a >= 0 ? json_field((enum dossier_action)a, errs->e[i].field) : errs->e[i].field;
		if (!cJSON_GetObjectItemCaseSensitive(f, k))
			cJSON_AddStringToObject(f, k, errs->e[i].message);
	}
	return http_json_errors(req, 422, f);
}

static void list_item(cJSON *o, const struct dossier_row *r)
{
	cJSON_AddStringToObject(o, "referentie", r->referentie);
	cJSON_AddStringToObject(o, "status", dossier_status_ids[r->status]);
	cJSON_AddStringToObject(o, "onderwerp", r->huishouden);
	cJSON_AddStringToObject(o, "onderwerp_tekst", r->onderwerp_tekst);
	cJSON_AddStringToObject(o, "wijk", r->wijk_code);
	cJSON_AddStringToObject(o, "pijler", pijler_ids[r->pijler]);
	cJSON_AddStringToObject(o, "ave", ave_niveau_ids[r->ave]);
	cJSON_AddStringToObject(o, "regie", ave_regie_ids[r->regie]);
	cJSON_AddStringToObject(o, "eigenaar", r->owner_naam);
	json_add_moment(o, "geopend_op", r->geopend_op);
	json_add_moment(o, "gesloten_op", r->gesloten_op);
	if (r->uitkomst >= 0)
		cJSON_AddStringToObject(o, "uitkomst", dossier_uitkomst_ids[r->uitkomst]);
	else
		cJSON_AddNullToObject(o, "uitkomst");
	cJSON_AddBoolToObject(o, "gevoelig", r->gevoelig);
	cJSON_AddBoolToObject(o, "vervuild", r->vervuild);
	cJSON_AddNumberToObject(o, "aantal_meldingen", r->meldingen);
}

/* What the dossier is about and where: its address or complex, and its wijk. */
static void add_subject(cJSON *o, const struct dossier *d)
{
	cJSON *x;

	if (d->address_id) {
		x = cJSON_AddObjectToObject(o, "adres");
		cJSON_AddStringToObject(x, "postcode", d->postcode);
		cJSON_AddNumberToObject(x, "huisnummer", d->huisnummer);
		cJSON_AddStringToObject(x, "toevoeging", d->toevoeging);
		cJSON_AddStringToObject(x, "straat", d->straat);
		cJSON_AddStringToObject(x, "woonplaats", d->woonplaats);
	} else {
		cJSON_AddNullToObject(o, "adres");
	}
	if (d->complex_id) {
		x = cJSON_AddObjectToObject(o, "complex");
		cJSON_AddStringToObject(x, "code", d->complex_code);
		cJSON_AddStringToObject(x, "naam", d->complex_naam);
	} else {
		cJSON_AddNullToObject(o, "complex");
	}
	x = cJSON_AddObjectToObject(o, "wijk");
	cJSON_AddStringToObject(x, "code", d->wijk_code);
	cJSON_AddStringToObject(x, "naam", d->wijk_naam);
}

/* The dossier's own facts, its team included. 0 or -1 (database). */
static int add_facts(struct req *req, cJSON *o, const struct dossier *d)
{
	struct dossier_member_row *mem;
	int n = dossier_members(db_thread(), &req->arena, d->id, &mem);

	if (n < 0)
		return -1;
	cJSON_AddStringToObject(o, "referentie", d->referentie);
	cJSON_AddStringToObject(o, "status", dossier_status_ids[d->status]);
	cJSON_AddStringToObject(o, "onderwerp", d->huishouden);
	cJSON_AddStringToObject(o, "onderwerp_tekst", d->onderwerp_tekst);
	add_subject(o, d);
	cJSON_AddStringToObject(o, "pijler", pijler_ids[d->pijler]);
	cJSON_AddStringToObject(o, "eigenaar", d->owner_naam);
	cJSON *a = cJSON_AddArrayToObject(o, "leden");
	for (int i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(mem[i].naam));
	json_add_moment(o, "geopend_op", d->geopend_op);
	json_add_moment(o, "gesloten_op", d->gesloten_op);
	if (d->uitkomst >= 0)
		cJSON_AddStringToObject(o, "uitkomst", dossier_uitkomst_ids[d->uitkomst]);
	else
		cJSON_AddNullToObject(o, "uitkomst");
	cJSON_AddBoolToObject(o, "gevoelig", d->gevoelig);
	cJSON_AddBoolToObject(o, "vervuild", d->vervuild);
	add_day(o, "vervuild_op", d->vervuild ? d->vervuild_dag : -1);
	cJSON_AddStringToObject(o, "ave", ave_niveau_ids[d->ave]);
	cJSON_AddStringToObject(o, "regie", ave_regie_ids[d->regie]);
	return 0;
}

static int add_meldingen(struct req *req, cJSON *o, const struct dossier *d)
{
	struct dossier_melding_row *ms;
	int n = dossier_meldingen(db_thread(), &req->arena, d->id, &ms);

	if (n < 0)
		return -1;
	cJSON *a = cJSON_AddArrayToObject(o, "meldingen");
	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "referentie", ms[i].referentie);
		json_add_moment(x, "ontvangen_op", ms[i].ontvangen_op);
		cJSON_AddStringToObject(x, "categorie", ms[i].categorie_naam);
		cJSON_AddStringToObject(x, "status", melding_status_ids[ms[i].status]);
		add_day(x, "bevestigen_uiterlijk", ms[i].due.bevestigen);
		add_day(x, "terugkoppelen_uiterlijk", ms[i].due.terugkoppelen);
		json_add_moment(x, "gekoppeld_op", ms[i].gekoppeld_op);
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

static int add_interventions(struct req *req, cJSON *o, const struct dossier *d)
{
	struct intervention *iv;
	int n = dossier_interventions(db_thread(), &req->arena, d->id, &iv);

	if (n < 0)
		return -1;
	cJSON *a = cJSON_AddArrayToObject(o, "interventies");
	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddNumberToObject(x, "id", (double)iv[i].id);
		cJSON_AddStringToObject(x, "soort", instrument_ids[iv[i].soort]);
		add_day(x, "gepland_op", iv[i].gepland_dag);
		add_day(x, "uitgevoerd_op", iv[i].uitgevoerd_dag);
		cJSON_AddStringToObject(x, "uitkomst", iv[i].uitkomst);
		cJSON_AddStringToObject(x, "toelichting", iv[i].toelichting);
		cJSON_AddStringToObject(x, "door", iv[i].user_naam);
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

static int add_escalations(struct req *req, cJSON *o, const struct dossier *d)
{
	struct escalation *es;
	int n = dossier_escalations(db_thread(), &req->arena, d->id, &es);

	if (n < 0)
		return -1;
	cJSON *a = cJSON_AddArrayToObject(o, "escalaties");
	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddStringToObject(x, "niveau", ave_niveau_ids[es[i].niveau]);
		cJSON_AddStringToObject(x, "regie", ave_regie_ids[es[i].regie]);
		cJSON_AddStringToObject(x, "van_niveau", ave_niveau_ids[es[i].van_niveau]);
		cJSON_AddStringToObject(x, "van_regie", ave_regie_ids[es[i].van_regie]);
		cJSON_AddStringToObject(x, "reden", es[i].reden);
		json_add_moment(x, "op", es[i].op);
		cJSON_AddStringToObject(x, "door", es[i].user_naam);
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

/* The journal; vertrouwelijke notes for the team only. */
static int add_notes(struct req *req, cJSON *o, const struct dossier *d)
{
	struct db *db = db_thread();
	struct dossier_note *ns;
	int n = dossier_notes(db, &req->arena, d->id, dossier_user_in_team(db, http_actor(req), d), &ns);

	if (n < 0)
		return -1;
	cJSON *a = cJSON_AddArrayToObject(o, "notities");
	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddNumberToObject(x, "id", (double)ns[i].id);
		json_add_moment(x, "op", ns[i].op);
		cJSON_AddStringToObject(x, "tekst", ns[i].tekst);
		cJSON_AddBoolToObject(x, "vertrouwelijk", ns[i].vertrouwelijk);
		cJSON_AddStringToObject(x, "door", ns[i].user_naam);
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

static int add_letters(struct req *req, cJSON *o, const struct dossier *d)
{
	struct letter *ls;
	int n = dossier_letters(db_thread(), &req->arena, d->id, &ls);

	if (n < 0)
		return -1;
	cJSON *a = cJSON_AddArrayToObject(o, "brieven");
	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		cJSON_AddNumberToObject(x, "id", (double)ls[i].id);
		cJSON_AddStringToObject(x, "soort", brief_soort_ids[ls[i].soort]);
		cJSON_AddStringToObject(x, "aan", ls[i].aan);
		add_day(x, "datum", ls[i].datum_dag);
		cJSON_AddStringToObject(x, "door", ls[i].user_naam);
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

/* The whole dossier as the session may see it; NULL on a database error. */
static cJSON *dossier_json(struct req *req, const struct dossier *d)
{
	cJSON *o = cJSON_CreateObject();

	if (add_facts(req, o, d) < 0 || add_meldingen(req, o, d) < 0 || add_interventions(req, o, d) < 0 ||
	    add_escalations(req, o, d) < 0 || add_notes(req, o, d) < 0 || add_letters(req, o, d) < 0) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* ---- GET /api/v1/dossiers ---- */

/* A list parameter that must be one of a closed set: -1 absent, -2 not understood. */
static int closed_param(struct req *req, const char *key, int (*parse)(const char *), cJSON *fouten,
			const char *msg)
{
	const char *s = http_query(req, key);
	if (!s || !s[0])
		return -1;
	int v = parse(s);
	if (v < 0) {
		cJSON_AddStringToObject(fouten, key, msg);
		return -2;
	}
	return v;
}

int handle_api_dossiers(struct req *req)
{
	struct db *db = db_thread();
	struct dossier_filter f;
	struct dossier_page pg;
	cJSON *fouten = cJSON_CreateObject();
	const char *s, *q;

	if (!db) {
		cJSON_Delete(fouten);
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	}
	dossier_filter_clear(&f);
	dossier_viewer_init(&f.viewer, http_actor(req), ACT_DOSSIER_READ);
	f.status = closed_param(req, "status", dossier_status_parse, fouten, "Kies open of gesloten.");
	f.pijler = closed_param(req, "pijler", pijler_parse, fouten,
				"Kies fysiek, sociaal_preventief, sociaal_repressief of samen_wonen.");
	f.ave = closed_param(req, "ave", ave_niveau_parse, fouten, "Kies groen, oranje, rood of donkerrood.");
	s = http_query(req, "kenmerk");
	int flag = dossier_flag_parse(s ? s : "");
	if (flag < 0)
		cJSON_AddStringToObject(fouten, "kenmerk", "Kies vervuild of gevoelig.");
	f.flag = flag < 0 ? DFLAG_ANY : (enum dossier_flag)flag;
	s = http_query(req, "wijk");
	if (s && s[0] && !(f.wijk_id = dossier_wijk_id(db, s)))
		cJSON_AddStringToObject(fouten, "wijk", "Onbekende wijk: geef de code (WK...) of het id.");
	s = http_query(req, "eigenaar");
	if (s && !strcmp(s, "mij"))
		f.owner_id = f.viewer.user_id;
	else if (s && s[0] && !(f.owner_id = parse_id(s)))
		cJSON_AddStringToObject(fouten, "eigenaar", "Geef het id van een medewerker, of mij.");
	const char *why = dossier_text(&req->arena, http_query(req, "q"), DOSSIER_Q_MAX, 0, "De zoektekst", &q);
	if (why)
		cJSON_AddStringToObject(fouten, "q", why);
	f.q = q;
	if (fouten->child)
		return http_json_errors(req, 422, fouten);
	cJSON_Delete(fouten);

	int page = 1;
	s = http_query(req, "pagina");
	if (s && s[0]) {
		int64_t p;
		if (parse_int64(s, 1, 1000000, &p) < 0) {
			cJSON *e = cJSON_CreateObject();
			cJSON_AddStringToObject(e, "pagina", "Geef een paginanummer vanaf 1.");
			return http_json_errors(req, 422, e);
		}
		page = (int)p;
	}
	if (dossier_list(db, &req->arena, &f, page, &pg) != STORE_OK)
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	cJSON *items = cJSON_CreateArray();
	/* A page past the end is empty, as a list answers it, not the last page again. */
	if (page == pg.page)
		for (int i = 0; i < pg.n; i++) {
			cJSON *o = cJSON_CreateObject();
			list_item(o, &pg.rows[i]);
			cJSON_AddItemToArray(items, o);
		}
	return http_json_list(req, items, page, DOSSIER_PER_PAGE, pg.total);
}

/* ---- POST /api/v1/dossiers ---- */

/* A string member into *out; a wrong type is an error for that key. */
static void str_member(const cJSON *in, const char *key, const char **out, cJSON *fouten)
{
	if (json_string(in, key, out) < 0)
		cJSON_AddStringToObject(fouten, key, "Dit moet tekst zijn.");
}

int handle_api_dossier_create(struct req *req)
{
	struct dossier_create_input c = { 0 };
	struct field_errors errs;
	int status;
	int64_t id;
	char ref[DOSSIER_REF_LEN];
	cJSON *in = http_json_body(req, &status);

	if (!in)
		return status;
	cJSON *fouten = cJSON_CreateObject();
	str_member(in, "onderwerp", &c.onderwerp, fouten);
	str_member(in, "pijler", &c.pijler, fouten);
	str_member(in, "postcode", &c.postcode, fouten);
	str_member(in, "toevoeging", &c.toevoeging, fouten);
	str_member(in, "complex", &c.complex, fouten);
	const cJSON *hn = cJSON_GetObjectItemCaseSensitive(in, "huisnummer");
	if (cJSON_IsNumber(hn)) {
		if (hn->valuedouble < 1 || hn->valuedouble > 99999 || hn->valuedouble != (double)(int)hn->valuedouble)
			cJSON_AddStringToObject(fouten, "huisnummer", "Geef een huisnummer van 1 tot 99999.");
		else
			c.huisnummer = arena_printf(&req->arena, "%d", (int)hn->valuedouble);
	} else {
		str_member(in, "huisnummer", &c.huisnummer, fouten);
	}
	const cJSON *gv = cJSON_GetObjectItemCaseSensitive(in, "gevoelig");
	if (gv && !cJSON_IsNull(gv) && !cJSON_IsBool(gv))
		cJSON_AddStringToObject(fouten, "gevoelig", "Dit moet true of false zijn.");
	c.gevoelig = cJSON_IsTrue(gv);
	const cJSON *ms = cJSON_GetObjectItemCaseSensitive(in, "meldingen"), *m;
	if (ms && !cJSON_IsNull(ms) && !cJSON_IsArray(ms)) {
		cJSON_AddStringToObject(fouten, "meldingen", "Geef een lijst met meldingnummers, zoals [\"M-2026-000123\"].");
	} else if (ms) {
		cJSON_ArrayForEach(m, ms) {
			if (!cJSON_IsString(m) || !m->valuestring) {
				cJSON_AddStringToObject(fouten, "meldingen", "Elk meldingnummer moet tekst zijn.");
				break;
			}
			if (c.n_meldingen < DOSSIER_CREATE_MELDINGEN)
				c.meldingen[c.n_meldingen++] = arena_strdup(&req->arena, m->valuestring);
			else
				c.too_many_meldingen = 1;
		}
	}
	if (fouten->child) {
		cJSON_Delete(in);
		return http_json_errors(req, 422, fouten);
	}
	cJSON_Delete(fouten);
	enum app_result r = dossier_create(db_thread(), &req->arena, http_actor(req), &c, &errs, &id, ref);
	cJSON_Delete(in);
	if (r == APP_INVALID)
		return errors(req, -1, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &refusal);

	struct dossier d;
	if (dossier_get(db_thread(), &req->arena, id, &d) != STORE_OK)
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	cJSON *o = dossier_json(req, &d);
	return o ? http_json(req, 201, o) : http_refused(req, APP_UNAVAILABLE, &refusal);
}

/* ---- GET /api/v1/dossiers/{referentie} ---- */

int handle_api_dossier(struct req *req)
{
	struct dossier d;
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), http_param(req, 0),
					     ACT_DOSSIER_READ, &d);

	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	cJSON *o = dossier_json(req, &d);
	if (!o)
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	audit_record(db_thread(), http_actor(req), "bekeken", "dossier", d.referentie, "api");
	return http_json(req, 200, o);
}

/* ---- actions ---- */

/* The members action a reads from the body into ai; a member of the wrong type is an error for its key. */
static void read_act_input(const cJSON *in, enum dossier_action a, struct dossier_act_input *ai, cJSON *fouten)
{
	switch (a) {
	case DA_KOPPELEN:
	case DA_ONTKOPPELEN:
		str_member(in, "referentie", &ai->melding, fouten);
		break;
	case DA_INTERVENTIE:
		str_member(in, "soort", &ai->soort, fouten);
		str_member(in, "gepland_op", &ai->gepland_op, fouten);
		str_member(in, "uitgevoerd_op", &ai->uitgevoerd_op, fouten);
		str_member(in, "uitkomst", &ai->uitkomst, fouten);
		str_member(in, "toelichting", &ai->toelichting, fouten);
		break;
	case DA_ESCALATIE:
		str_member(in, "niveau", &ai->niveau, fouten);
		str_member(in, "regie", &ai->regie, fouten);
		str_member(in, "reden", &ai->reden, fouten);
		break;
	case DA_AFSLUITEN:
		str_member(in, "uitkomst", &ai->uitkomst, fouten);
		str_member(in, "op", &ai->op, fouten);
		str_member(in, "toelichting", &ai->toelichting, fouten);
		break;
	default:
		break;
	}
}

static int act(struct req *req, enum dossier_action a, int ok_status)
{
	struct dossier d;
	struct dossier_act_input ai = { 0 };
	struct field_errors errs;
	struct dossier_act_result res;
	int status;
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), http_param(req, 0),
					     ACT_DOSSIER_WRITE, &d);

	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	cJSON *in = http_json_body(req, &status);
	if (!in)
		return status;
	cJSON *fouten = cJSON_CreateObject();
	read_act_input(in, a, &ai, fouten);
	if (fouten->child) {
		cJSON_Delete(in);
		return http_json_errors(req, 422, fouten);
	}
	cJSON_Delete(fouten);
	ai.organisatie = req->cfg->organisation;
	r = dossier_act(db_thread(), &req->arena, http_actor(req), &d, a, &ai, &errs, &res);
	cJSON_Delete(in);
	if (r == APP_INVALID)
		return errors(req, (int)a, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	cJSON *o = dossier_json(req, &d);
	return o ? http_json(req, ok_status, o) : http_refused(req, APP_UNAVAILABLE, &refusal);
}

int handle_api_dossier_link(struct req *req)
{
	return act(req, DA_KOPPELEN, 200);
}

int handle_api_dossier_unlink(struct req *req)
{
	return act(req, DA_ONTKOPPELEN, 200);
}

int handle_api_dossier_intervention(struct req *req)
{
	return act(req, DA_INTERVENTIE, 201);
}

int handle_api_dossier_escalation(struct req *req)
{
	return act(req, DA_ESCALATIE, 200);
}

int handle_api_dossier_close(struct req *req)
{
	return act(req, DA_AFSLUITEN, 200);
}
