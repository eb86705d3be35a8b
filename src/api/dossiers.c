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
 *                                                              "uitkomst", "toelichting", "kosten"}
 *   POST /api/v1/dossiers/{referentie}/escalatie              {"niveau", "regie", "reden"}
 *   POST /api/v1/dossiers/{referentie}/afsluiten              {"uitkomst", "op", "toelichting"}
 *
 * The same rules as the HTML pages, through the same calls (the use cases
 * of app/dossiers.h, the scoped list of store/dossier.h): a dossier the
 * user may not see is a 404 here as there, and never appears in a list or
 * a count. Each route's input is declared below (api_dossier_*_fields)
 * and typed by the input stage; the handler answers, in this order, a
 * dossier it cannot load (404, 403), a body that is not a JSON object
 * (input_json_body(): 415, 400), then 422 {"fouten": {field: message}}
 * for what the stage could not read and for what the use case refuses.
 */
#include "config.h"
#include "db/db.h"
#include "domain/days.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "http/json.h"
#include "store/audit.h"

#include <math.h>
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

/* A body member that must be a JSON string (null counts as absent). */
#define NOT_TEXT "Dit moet tekst zijn."
#define JSON_TEXT(n) { .name = (n), .from = IN_JSON, .type = FT_TEXT, .message = NOT_TEXT }

/* The JSON names of the input fields where they differ from the form's. */
static const char *json_field(enum dossier_action a, const char *field)
{
	if ((a == DA_KOPPELEN || a == DA_ONTKOPPELEN) && !strcmp(field, "melding"))
		return "referentie";
	return field;
}

/* A use case's field errors as 422 {"fouten"}, under the JSON names of action a (-1: opening a dossier). */
static int invalid(struct req *req, int a, const struct field_errors *errs)
{
	struct field_errors named = { 0 };

	for (int i = 0; i < errs->n; i++)
		field_error_add(&named, a >= 0 ? json_field((enum dossier_action)a, errs->e[i].field) : errs->e[i].field,
				errs->e[i].message);
	return http_json_field_errors(req, &named);
}

/* Fills one object of an array from one row. */
typedef void fill_fn(cJSON *x, const void *row);

/* The n rows (size bytes each) as an array of objects, each filled by fill. */
static cJSON *rows_array(int n, const void *rows, size_t size, fill_fn *fill)
{
	cJSON *a = cJSON_CreateArray();

	for (int i = 0; i < n; i++) {
		cJSON *x = cJSON_CreateObject();
		fill(x, (const char *)rows + (size_t)i * size);
		cJSON_AddItemToArray(a, x);
	}
	return a;
}

/* key: the n rows a store read gave, as an array; -1 when the read failed (n < 0). */
static int add_rows(cJSON *o, const char *key, int n, const void *rows, size_t size, fill_fn *fill)
{
	if (n < 0)
		return -1;
	cJSON_AddItemToObject(o, key, rows_array(n, rows, size, fill));
	return 0;
}

static void list_item(cJSON *o, const void *row)
{
	const struct dossier_row *r = row;

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

static void melding_item(cJSON *x, const void *row)
{
	const struct dossier_melding_row *m = row;

	cJSON_AddStringToObject(x, "referentie", m->referentie);
	json_add_moment(x, "ontvangen_op", m->ontvangen_op);
	cJSON_AddStringToObject(x, "categorie", m->categorie_naam);
	cJSON_AddStringToObject(x, "status", melding_status_ids[m->status]);
	add_day(x, "bevestigen_uiterlijk", m->due.bevestigen);
	add_day(x, "terugkoppelen_uiterlijk", m->due.terugkoppelen);
	json_add_moment(x, "gekoppeld_op", m->gekoppeld_op);
}

static void intervention_item(cJSON *x, const void *row)
{
	const struct intervention *iv = row;

	cJSON_AddNumberToObject(x, "id", (double)iv->id);
	cJSON_AddStringToObject(x, "soort", instrument_ids[iv->soort]);
	add_day(x, "gepland_op", iv->gepland_dag);
	add_day(x, "uitgevoerd_op", iv->uitgevoerd_dag);
	cJSON_AddStringToObject(x, "uitkomst", iv->uitkomst);
	cJSON_AddStringToObject(x, "toelichting", iv->toelichting);
	cJSON_AddStringToObject(x, "door", iv->user_naam);
	if (iv->kosten_cent >= 0)
		cJSON_AddNumberToObject(x, "kosten", (double)iv->kosten_cent / 100.0);
	else
		cJSON_AddNullToObject(x, "kosten");
}

static void escalation_item(cJSON *x, const void *row)
{
	const struct escalation *e = row;

	cJSON_AddStringToObject(x, "niveau", ave_niveau_ids[e->niveau]);
	cJSON_AddStringToObject(x, "regie", ave_regie_ids[e->regie]);
	cJSON_AddStringToObject(x, "van_niveau", ave_niveau_ids[e->van_niveau]);
	cJSON_AddStringToObject(x, "van_regie", ave_regie_ids[e->van_regie]);
	cJSON_AddStringToObject(x, "reden", e->reden);
	json_add_moment(x, "op", e->op);
	cJSON_AddStringToObject(x, "door", e->user_naam);
}

static void note_item(cJSON *x, const void *row)
{
	const struct dossier_note *n = row;

	cJSON_AddNumberToObject(x, "id", (double)n->id);
	json_add_moment(x, "op", n->op);
	cJSON_AddStringToObject(x, "tekst", n->tekst);
	cJSON_AddBoolToObject(x, "vertrouwelijk", n->vertrouwelijk);
	cJSON_AddStringToObject(x, "door", n->user_naam);
}

static void letter_item(cJSON *x, const void *row)
{
	const struct letter *l = row;

	cJSON_AddNumberToObject(x, "id", (double)l->id);
	cJSON_AddStringToObject(x, "soort", brief_soort_ids[l->soort]);
	cJSON_AddStringToObject(x, "aan", l->aan);
	add_day(x, "datum", l->datum_dag);
	cJSON_AddStringToObject(x, "door", l->user_naam);
}

/*
 * The dossier's lists, each read and then added (the journal's
 * vertrouwelijke notes for the team only). 0 or -1 (database).
 */
static int add_lists(struct req *req, cJSON *o, const struct dossier *d)
{
	struct db *db = db_thread();
	struct dossier_melding_row *ms = NULL;
	struct intervention *iv = NULL;
	struct escalation *es = NULL;
	struct dossier_note *ns = NULL;
	struct letter *ls = NULL;
	int n;

	n = dossier_meldingen(db, &req->arena, d->id, &ms);
	if (add_rows(o, "meldingen", n, ms, sizeof(*ms), melding_item) < 0)
		return -1;
	n = dossier_interventions(db, &req->arena, d->id, &iv);
	if (add_rows(o, "interventies", n, iv, sizeof(*iv), intervention_item) < 0)
		return -1;
	n = dossier_escalations(db, &req->arena, d->id, &es);
	if (add_rows(o, "escalaties", n, es, sizeof(*es), escalation_item) < 0)
		return -1;
	n = dossier_notes(db, &req->arena, d->id, dossier_user_in_team(db, http_actor(req), d), &ns);
	if (add_rows(o, "notities", n, ns, sizeof(*ns), note_item) < 0)
		return -1;
	n = dossier_letters(db, &req->arena, d->id, &ls);
	return add_rows(o, "brieven", n, ls, sizeof(*ls), letter_item);
}

/* The whole dossier as the session may see it; NULL on a database error. */
static cJSON *dossier_json(struct req *req, const struct dossier *d)
{
	cJSON *o = cJSON_CreateObject();

	if (add_facts(req, o, d) < 0 || add_lists(req, o, d) < 0) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* ---- GET /api/v1/dossiers ---- */

const struct field_spec api_dossier_list_fields[] = {
	DOSSIER_FILTERS,
	{ .name = "pagina", .from = IN_QUERY, .type = FT_INT, .min = 1, .max = 1000000,
	  .message = "Geef een paginanummer vanaf 1." },
	FIELDS_END
};

/*
 * The filters' refusals in the order the API always gave them: the closed
 * sets the stage could not read and the look-ups here; the page number
 * only when all of those were fine.
 */
static int filter_errors(struct req *req, struct db *db, struct dossier_filter *f, struct field_errors *errs)
{
	const struct field_errors *bad = input_errors(req);
	const char *pagina = field_error_for(bad, "pagina");

	*errs = (struct field_errors){ 0 };
	for (int i = 0; i < bad->n; i++)
		if (strcmp(bad->e[i].field, "pagina"))
			field_error_add(errs, bad->e[i].field, bad->e[i].message);
	dossier_filter_from_input(req, db, f, errs);
	if (!errs->n && pagina)
		field_error_add(errs, "pagina", pagina);
	return errs->n;
}

int handle_api_dossiers(struct req *req)
{
	struct db *db = db_thread();
	struct dossier_filter f;
	struct dossier_page pg;
	struct field_errors errs;
	int64_t page = 1;

	if (!db)
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	dossier_filter_clear(&f);
	dossier_viewer_init(&f.viewer, http_actor(req), ACT_DOSSIER_READ);
	if (filter_errors(req, db, &f, &errs))
		return http_json_field_errors(req, &errs);
	input_value(req, "pagina", &page);
	if (dossier_list(db, &req->arena, &f, (int)page, &pg) != STORE_OK)
		return http_refused(req, APP_UNAVAILABLE, &refusal);
	/* A page past the end is empty, as a list answers it, not the last page again. */
	cJSON *items = rows_array(page == pg.page ? pg.n : 0, pg.rows, sizeof(*pg.rows), list_item);
	return http_json_list(req, items, (int)page, DOSSIER_PER_PAGE, pg.total);
}

/* ---- POST /api/v1/dossiers ---- */

/*
 * The text members. The handler reads the other three from the body
 * itself, as the stage types a member one way only: huisnummer may be a
 * string or a number, gevoelig must be a JSON true/false (FT_BOOL would
 * also take "ja"), and meldingen is a list of references.
 */
const struct field_spec api_dossier_create_fields[] = {
	JSON_TEXT("onderwerp"),
	JSON_TEXT("pijler"),
	JSON_TEXT("postcode"),
	JSON_TEXT("toevoeging"),
	JSON_TEXT("complex"),
	FIELDS_END
};

/* huisnummer: text as typed, or a whole JSON number from 1 to 99999. */
static void read_huisnummer(struct req *req, const cJSON *in, struct dossier_create_input *c,
			    struct field_errors *errs)
{
	const cJSON *hn = cJSON_GetObjectItemCaseSensitive(in, "huisnummer");

	if (!cJSON_IsNumber(hn)) {
		if (json_string(in, "huisnummer", &c->huisnummer) < 0)
			field_error_add(errs, "huisnummer", NOT_TEXT);
	} else if (hn->valuedouble < 1 || hn->valuedouble > 99999 || hn->valuedouble != (double)(int)hn->valuedouble) {
		field_error_add(errs, "huisnummer", "Geef een huisnummer van 1 tot 99999.");
	} else {
		c->huisnummer = arena_printf(&req->arena, "%d", (int)hn->valuedouble);
	}
}

/* meldingen: a list of references to link at once. */
static void read_meldingen(const cJSON *in, struct dossier_create_input *c, struct field_errors *errs)
{
	const cJSON *ms = cJSON_GetObjectItemCaseSensitive(in, "meldingen"), *m;

	if (ms && !cJSON_IsNull(ms) && !cJSON_IsArray(ms)) {
		field_error_add(errs, "meldingen", "Geef een lijst met meldingnummers, zoals [\"M-2026-000123\"].");
		return;
	}
	cJSON_ArrayForEach(m, ms) {
		if (!cJSON_IsString(m) || !m->valuestring) {
			field_error_add(errs, "meldingen", "Elk meldingnummer moet tekst zijn.");
			return;
		}
		if (c->n_meldingen < DOSSIER_CREATE_MELDINGEN)
			c->meldingen[c->n_meldingen++] = m->valuestring;
		else
			c->too_many_meldingen = 1;
	}
}

int handle_api_dossier_create(struct req *req)
{
	struct dossier_create_input c = { 0 };
	struct field_errors errs = *input_errors(req);   /* the text members' first, as ever */
	int64_t id;
	int status;
	char ref[DOSSIER_REF_LEN];
	const cJSON *in = input_json_body(req, &status);

	if (!in)
		return status;
	dossier_create_texts(req, &c);
	read_huisnummer(req, in, &c, &errs);
	const cJSON *gv = cJSON_GetObjectItemCaseSensitive(in, "gevoelig");
	if (gv && !cJSON_IsNull(gv) && !cJSON_IsBool(gv))
		field_error_add(&errs, "gevoelig", "Dit moet true of false zijn.");
	c.gevoelig = cJSON_IsTrue(gv);
	read_meldingen(in, &c, &errs);
	if (errs.n)
		return http_json_field_errors(req, &errs);
	enum app_result r = dossier_create(db_thread(), &req->arena, http_actor(req), &c, &errs, &id, ref);
	if (r == APP_INVALID)
		return invalid(req, -1, &errs);
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
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "referentie"),
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

/*
 * Each action's members, after the dossier's {referentie}. Koppelen and
 * ontkoppelen name the melding by a member of the same name as the path's
 * parameter: input_text() answers the first declared (the path's), so
 * act_input() reads that member from input_json() - typed all the same.
 */
const struct field_spec api_dossier_link_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	JSON_TEXT("referentie"),
	FIELDS_END
};

const struct field_spec api_dossier_intervention_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	JSON_TEXT("soort"),
	JSON_TEXT("gepland_op"),
	JSON_TEXT("uitgevoerd_op"),
	JSON_TEXT("uitkomst"),
	JSON_TEXT("toelichting"),
	FIELDS_END
};

const struct field_spec api_dossier_escalation_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	JSON_TEXT("niveau"),
	JSON_TEXT("regie"),
	JSON_TEXT("reden"),
	FIELDS_END
};

const struct field_spec api_dossier_close_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	JSON_TEXT("uitkomst"),
	JSON_TEXT("op"),
	JSON_TEXT("toelichting"),
	FIELDS_END
};

/* The members of action a (its route's table) into ai, with the organisation for letters. */
static void act_input(struct req *req, enum dossier_action a, struct dossier_act_input *ai)
{
	memset(ai, 0, sizeof(*ai));
	switch (a) {
	case DA_KOPPELEN:
	case DA_ONTKOPPELEN:
		json_string(input_json(req), "referentie", &ai->melding);
		break;
	case DA_INTERVENTIE:
		ai->soort = input_text(req, "soort");
		ai->gepland_op = input_text(req, "gepland_op");
		ai->uitgevoerd_op = input_text(req, "uitgevoerd_op");
		ai->uitkomst = input_text(req, "uitkomst");
		ai->toelichting = input_text(req, "toelichting");
		break;
	case DA_ESCALATIE:
		ai->niveau = input_text(req, "niveau");
		ai->regie = input_text(req, "regie");
		ai->reden = input_text(req, "reden");
		break;
	case DA_AFSLUITEN:
		ai->uitkomst = input_text(req, "uitkomst");
		ai->op = input_text(req, "op");
		ai->toelichting = input_text(req, "toelichting");
		break;
	default:
		break;
	}
	ai->organisatie = req->cfg->organisation;
}

/*
 * "kosten" of an intervention (issue 18): euros as a JSON number (12.5, as
 * the melding's kosten) or as text ("12,50", as typed on the form); null or
 * absent is none. The number becomes text, so the one check of
 * intervention_kosten() words every refusal. 0, or -1 with the message in errs.
 */
static int read_kosten(struct req *req, const char **out, struct field_errors *errs)
{
	const cJSON *k = cJSON_GetObjectItemCaseSensitive(input_json(req), "kosten");

	*out = NULL;
	if (!k || cJSON_IsNull(k))
		return 0;
	if (cJSON_IsString(k) && k->valuestring)
		*out = k->valuestring;
	else if (cJSON_IsNumber(k) && isfinite(k->valuedouble) && fabs(k->valuedouble) < 1e12)
		*out = arena_printf(&req->arena, "%.2f", k->valuedouble);
	else
		field_error_add(errs, "kosten", "Geef de kosten in euro, als getal (12.5) of als tekst (\"12,50\").");
	return errs->n ? -1 : 0;
}

/* The dossier first: one the session may not see is a 404 whatever the body holds. */
static int act(struct req *req, enum dossier_action a, int ok_status)
{
	struct dossier d;
	struct dossier_act_input ai;
	struct field_errors errs;
	struct dossier_act_result res;
	int status;
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "referentie"),
					     ACT_DOSSIER_WRITE, &d);

	if (r != APP_OK)
		return http_refused(req, r, &refusal);
	if (!input_json_body(req, &status))
		return status;
	if (input_errors(req)->n)
		return http_json_field_errors(req, input_errors(req));
	act_input(req, a, &ai);
	errs = (struct field_errors){ 0 };
	if (a == DA_INTERVENTIE && read_kosten(req, &ai.kosten, &errs) < 0)
		return http_json_field_errors(req, &errs);
	r = dossier_act(db_thread(), &req->arena, http_actor(req), &d, a, &ai, &errs, &res);
	if (r == APP_INVALID)
		return invalid(req, (int)a, &errs);
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
