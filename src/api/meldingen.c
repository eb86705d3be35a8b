/*
 * meldingen.c - the meldingen calls of the JSON API (see meldingen.h):
 * JSON in, the use cases of app/intake.h and app/meldingen.h and the
 * list's reading of the query string (web/meldingen.h), JSON out.
 *
 * The list's query and the {referentie} arrive typed from the input stage
 * (http/input.h). The POST bodies are still read here: their answers do
 * not fit the stage yet (an empty body is {} for the actions, and a
 * submission's JSON type errors come together with the validator's
 * messages, where the stage would answer the type errors alone).
 */
#include "api/meldingen.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "app/intake.h"
#include "app/meldingen.h"
#include "web/meldingen.h"
#include "http/http.h"
#include "http/input.h"
#include "http/json.h"
#include "store/audit.h"
#include "store/category.h"
#include "store/dossier.h"
#include "store/melding.h"
#include "store/melding_list.h"
#include "lib/clock.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Costs above this many euros are a typo, not a melding. */
#define KOSTEN_MAX_EUR 10000000.0

/* A melding that cannot be loaded; under /api/ http_error() answers {"fout": text}. */
static const struct refusal melding_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze melding bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U heeft geen toegang tot deze melding.",
};

/* Adds key: "YYYY-MM-DD" for day number dn. */
static void add_day(cJSON *o, const char *key, int32_t dn)
{
	char s[DAYS_FORMAT_LEN];

	days_format(dn, s);
	cJSON_AddStringToObject(o, key, s);
}

/* Adds key: s, or null when s is NULL or empty (an absent code or name). */
static void add_string_or_null(cJSON *o, const char *key, const char *s)
{
	if (s && s[0])
		cJSON_AddStringToObject(o, key, s);
	else
		cJSON_AddNullToObject(o, key);
}

/* Adds key: {"id", "naam"} for a user, or null for nobody. */
static void add_user(cJSON *o, const char *key, int64_t id, const char *naam)
{
	if (!id) {
		cJSON_AddNullToObject(o, key);
		return;
	}
	cJSON *u = cJSON_AddObjectToObject(o, key);
	cJSON_AddNumberToObject(u, "id", (double)id);
	cJSON_AddStringToObject(u, "naam", naam ? naam : "");
}

/* ---- POST /api/v1/meldingen ------------------------------------------------ */

/* The text fields of the body, by the form's names (domain/melding.h). */
static const struct {
	const char *key;
	size_t offset;
} text_keys[] = {
	{ "categorie", offsetof(struct melding_input, categorie) },
	{ "omschrijving", offsetof(struct melding_input, omschrijving) },
	{ "voorval", offsetof(struct melding_input, voorval) },
	{ "postcode", offsetof(struct melding_input, postcode) },
	{ "toevoeging", offsetof(struct melding_input, toevoeging) },
	{ "plaats", offsetof(struct melding_input, plaats) },
	{ "melder_naam", offsetof(struct melding_input, melder_naam) },
	{ "melder_email", offsetof(struct melding_input, melder_email) },
	{ "melder_telefoon", offsetof(struct melding_input, melder_telefoon) },
	{ "kanaal", offsetof(struct melding_input, kanaal) },
	{ "ontvangen_op", offsetof(struct melding_input, ontvangen_op) },
};

/*
 * The body's text members, by the form's names (domain/melding.h), read by
 * the input stage: a member that is not text is refused there, beside its
 * name. Everything about the values is left to the shared validator.
 */
#define TEXT_MEMBER(n) { .name = (n), .from = IN_JSON, .type = FT_TEXT, .message = "Geef hier tekst (een JSON-string)." }
const struct field_spec api_melding_submit_fields[] = {
	TEXT_MEMBER("categorie"), TEXT_MEMBER("omschrijving"), TEXT_MEMBER("voorval"),
	TEXT_MEMBER("postcode"), TEXT_MEMBER("toevoeging"), TEXT_MEMBER("plaats"),
	TEXT_MEMBER("melder_naam"), TEXT_MEMBER("melder_email"), TEXT_MEMBER("melder_telefoon"),
	TEXT_MEMBER("kanaal"), TEXT_MEMBER("ontvangen_op"),
	FIELDS_END
};

/* A declared text member, or NULL when absent or not text (the stage said so). */
static const char *member(struct req *req, const char *key)
{
	return field_error_for(input_errors(req), key) ? NULL : input_text(req, key);
}

/*
 * Reads the JSON body into in. What JSON itself gets wrong (a number where
 * text belongs, a fraction for a house number) is not something the shared
 * validator can see, so it goes into fouten here.
 */
static void read_submission(struct req *req, const cJSON *body, int staff,
			    struct melding_input *in, cJSON *fouten)
{
	json_add_field_errors(fouten, input_errors(req));
	for (size_t i = 0; i < sizeof(text_keys) / sizeof(text_keys[0]); i++)
		*(const char **)((char *)in + text_keys[i].offset) = member(req, text_keys[i].key);

	/* The validator takes the house number as text, as the form sends it (a number is fine too). */
	const cJSON *nr = cJSON_GetObjectItemCaseSensitive(body, "huisnummer");
	if (cJSON_IsString(nr)) {
		in->huisnummer = nr->valuestring;
	} else if (cJSON_IsNumber(nr)) {
		double d = nr->valuedouble;
		if (isfinite(d) && d == floor(d) && fabs(d) < 1e15)
			in->huisnummer = arena_printf(&req->arena, "%lld", (long long)d);
		else
			cJSON_AddStringToObject(fouten, "huisnummer",
						"Een huisnummer bestaat uit cijfers, bijvoorbeeld 12. Een letter of toevoeging hoort in toevoeging.");
	} else if (nr && !cJSON_IsNull(nr)) {
		cJSON_AddStringToObject(fouten, "huisnummer", "Geef het huisnummer als getal of als tekst met cijfers, bijvoorbeeld 12.");
	}

	/* A JSON true or false only: "ja" is not a boolean here. */
	const cJSON *an = cJSON_GetObjectItemCaseSensitive(body, "anoniem");
	if (cJSON_IsBool(an))
		in->anoniem = cJSON_IsTrue(an) ? "1" : "0";
	else if (an && !cJSON_IsNull(an))
		cJSON_AddStringToObject(fouten, "anoniem", "Geef true (anoniem) of false.");
	/* Consent to share contact details with partners (issue 17): false unless true is sent. */
	const cJSON *delen = cJSON_GetObjectItemCaseSensitive(body, "delen_met_partners");
	if (cJSON_IsBool(delen))
		in->delen_met_partners = cJSON_IsTrue(delen) ? "1" : "0";
	else if (delen && !cJSON_IsNull(delen))
		cJSON_AddStringToObject(fouten, "delen_met_partners", "Geef true (delen) of false.");

	/*
	 * The validator ignores kanaal and ontvangen_op from the public; here
	 * we say so, or a website that thinks it backdates would store "now"
	 * without noticing.
	 */
	if (!staff) {
		if (in->kanaal && !cJSON_GetObjectItemCaseSensitive(fouten, "kanaal"))
			cJSON_AddStringToObject(fouten, "kanaal", "Alleen medewerkers kunnen het kanaal opgeven.");
		if (in->ontvangen_op && !cJSON_GetObjectItemCaseSensitive(fouten, "ontvangen_op"))
			cJSON_AddStringToObject(fouten, "ontvangen_op", "Alleen medewerkers kunnen het moment van ontvangst opgeven.");
	}
}

/*
 * With a JSON type error nothing may be stored, so intake_submit() is not
 * called; the same validator still runs, so the answer names every bad
 * field at once instead of one round trip per mistake.
 */
static int validate_only(struct req *req, struct db *db, const struct melding_input *in, int staff,
			 cJSON *fouten)
{
	struct category *cats = arena_alloc(&req->arena, CATEGORY_MAX * sizeof(*cats));
	const char **codes = arena_alloc(&req->arena, CATEGORY_MAX * sizeof(*codes));
	struct melding_context ctx = { .now = clock_now(), .staff = staff, .default_kanaal = KANAAL_API };
	struct melding_valid v;
	struct field_errors errs;
	int n = category_list(db, 1, cats, CATEGORY_MAX);

	if (n < 0) {
		cJSON_Delete(fouten);
		return http_unavailable(req, NULL);
	}
	for (int i = 0; i < n; i++)
		codes[i] = cats[i].code;
	ctx.categories = codes;
	ctx.n_categories = (size_t)n;
	melding_validate(in, &ctx, &v, &errs);
	json_add_field_errors(fouten, &errs);   /* beside the type errors already there */
	return http_json_errors(req, 422, fouten);
}

/*
 * Who may not submit here, before the body is read: 401 for a token that
 * does not work, 403 for a role the matrix does not let submit, 429 for an
 * anonymous address over its limit. 0 when the caller may go on.
 */
static int submit_refused(struct req *req, struct db *db)
{
	const struct session *s = req->session;
	/*
	 * A token that does not (or no longer) work must not quietly turn its
	 * integration into an anonymous caller, rate-limited and unable to
	 * set kanaal: say so.
	 */
	const char *auth = http_header(req, "Authorization");
	if (!s && auth && !strncasecmp(auth, "Bearer ", 7))
		return http_error(req, 401, "Niet ingelogd", "Dit API-token is onbekend of ingetrokken.");
	/* Anyone may report; of those who log in, only the roles the matrix lets submit. */
	if (s && policy_route(s->role, ACT_MELDING_SUBMIT) != VERDICT_ALLOW) {
		audit_record(db, http_actor(req), "geweigerd", "melding", "", "melding insturen via de API");
		return http_error(req, 403, "Geen toegang", "Met deze rol kunt u geen meldingen insturen.");
	}
	/*
	 * The per-address limit holds anonymous callers only: a website or app
	 * backend posts for many tenants from one address with its token.
	 */
	if (!s && submit_count_since(db, req->ip, clock_now() - 3600) >= req->cfg->melden_per_ip_hour) {
		audit_record(db, http_actor(req), "geweigerd", "melding", "", "te veel meldingen van dit adres (API)");
		return http_error(req, 429, "Te veel meldingen",
				  "Er zijn in het afgelopen uur te veel meldingen vanaf dit internetadres verstuurd. "
				  "Probeer het over een uur opnieuw.");
	}
	return 0;
}

/* 201 with the reference, the status link and the due days of the melding just taken in. */
static int submitted(struct req *req, const struct intake_result *res)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "referentie", res->referentie);
	cJSON_AddStringToObject(o, "status_url", intake_status_url(&req->arena, req->cfg, res->status_token));
	json_add_moment(o, "ontvangen_op", res->ontvangen_op);
	add_day(o, "bevestigen_uiterlijk", res->due.bevestigen);
	add_day(o, "terugkoppelen_uiterlijk", res->due.terugkoppelen);
	add_day(o, "streefdatum", res->due.streef);
	http_add_header(req, "Location", arena_printf(&req->arena, "/api/v1/meldingen/%s", res->referentie));
	return http_json(req, 201, o);
}

int handle_api_melding_submit(struct req *req)
{
	const struct session *s = req->session;
	struct db *db = db_thread();
	struct intake_request ir = { 0 };
	struct intake_result *res;
	int status, staff = s && role_is_staff(s->role);

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = submit_refused(req, db)))
		return status;

	const cJSON *body = input_json_body(req, &status);   /* the request's: lives until the answer is built */
	if (!body)
		return status;
	cJSON *fouten = cJSON_CreateObject();
	read_submission(req, body, staff, &ir.in, fouten);
	if (fouten->child)
		return validate_only(req, db, &ir.in, staff, fouten);
	cJSON_Delete(fouten);

	ir.staff = staff;
	ir.default_kanaal = KANAAL_API;
	res = arena_alloc(&req->arena, sizeof(*res));
	enum app_result r = intake_submit(db, &req->arena, http_actor(req), req->cfg, &ir, res);
	if (r == APP_INVALID)
		return http_json_field_errors(req, &res->errs);
	if (r != APP_OK)
		return http_unavailable(req, "De melding is niet opgeslagen. Probeer het over een paar minuten opnieuw.");
	return submitted(req, res);
}

/* ---- GET /api/v1/categorieen ------------------------------------------------- */

int handle_api_categorieen(struct req *req)
{
	struct db *db = db_thread();
	struct category *cats;
	int n = category_all(db, &req->arena, 1, &cats);

	if (n < 0)
		return http_unavailable(req, NULL);
	cJSON *items = cJSON_CreateArray();
	for (int i = 0; i < n; i++) {
		cJSON *c = cJSON_CreateObject();
		cJSON_AddStringToObject(c, "code", cats[i].code);
		cJSON_AddStringToObject(c, "naam", cats[i].naam);
		cJSON_AddStringToObject(c, "pijler", pijler_ids[cats[i].pijler]);
		cJSON_AddStringToObject(c, "toelichting", cats[i].toelichting);
		cJSON_AddNumberToObject(c, "bevestigen_werkdagen", cats[i].terms.bevestigen);
		cJSON_AddNumberToObject(c, "terugkoppelen_werkdagen", cats[i].terms.terugkoppelen);
		cJSON_AddNumberToObject(c, "streef_werkdagen", cats[i].terms.streef);
		cJSON_AddItemToArray(items, c);
	}
	/* Every active category fits on the one page. */
	return http_json_list(req, items, 1, CATEGORY_MAX, n);
}

/* ---- GET /api/v1/meldingen ---------------------------------------------------- */

/* The HTML list's filters; pagina a whole number, where a page past the end is empty. */
const struct field_spec api_meldingen_list_fields[] = {
	MELDING_FILTER_FIELDS,
	{ .name = "pagina", .from = IN_QUERY, .type = FT_INT, .min = 1, .max = 1000000,
	  .message = "Geef een paginanummer: een heel getal vanaf 1." },
	FIELDS_END
};

/* The terms fixed at receipt, and when they were met: in a list item and the full melding alike. */
static void add_terms(cJSON *o, const struct due *due, int64_t bevestigd, int64_t teruggekoppeld, int64_t afgesloten)
{
	add_day(o, "bevestigen_uiterlijk", due->bevestigen);
	add_day(o, "terugkoppelen_uiterlijk", due->terugkoppelen);
	add_day(o, "streefdatum", due->streef);
	json_add_moment(o, "bevestigd_op", bevestigd);
	json_add_moment(o, "teruggekoppeld_op", teruggekoppeld);
	json_add_moment(o, "afgesloten_op", afgesloten);
}

/* What a list item and the full melding open with: the same names, the same order. */
static cJSON *melding_head(const char *ref, int status, int kanaal, const char *cat, const char *cat_naam, int pijler)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "referentie", ref);
	cJSON_AddStringToObject(o, "status", melding_status_ids[status]);
	cJSON_AddStringToObject(o, "kanaal", kanaal_ids[kanaal]);
	cJSON_AddStringToObject(o, "categorie", cat);
	cJSON_AddStringToObject(o, "categorie_naam", cat_naam);
	cJSON_AddStringToObject(o, "pijler", pijler_ids[pijler]);
	return o;
}

static cJSON *row_json(const struct melding_row *r)
{
	cJSON *o = melding_head(r->referentie, r->status, r->kanaal, r->categorie_code, r->categorie_naam, r->pijler);

	cJSON_AddStringToObject(o, "adres", r->adres_tekst);
	add_string_or_null(o, "wijk", r->wijk_code);
	add_string_or_null(o, "wijk_naam", r->wijk_naam);
	add_user(o, "behandelaar", r->assignee_id, r->assignee_naam);
	json_add_moment(o, "ontvangen_op", r->ontvangen_op);
	add_terms(o, &r->due, r->bevestigd_op, r->teruggekoppeld_op, r->afgesloten_op);
	return o;
}


int handle_api_meldingen(struct req *req)
{
	struct db *db = db_thread();
	struct melding_filter f;
	struct field_errors errs = { 0 };
	struct melding_page pg;
	int64_t pagina = 1;

	if (!db)
		return http_unavailable(req, NULL);
	/* The same reading of the same parameters as the HTML list: one scope, one filter. */
	melding_filter_init(req, &f);
	melding_filter_from_query(req, &f, &errs);
	input_value(req, "pagina", &pagina);   /* 1 to 1,000,000: the input stage (routes.c) refused the rest */
	if (errs.n)
		return http_json_field_errors(req, &errs);
	if (melding_list(db, &req->arena, &f, (int)pagina, &pg) != STORE_OK)
		return http_unavailable(req, NULL);

	cJSON *items = cJSON_CreateArray();
	/*
	 * The HTML list shows the last page for a page past the end; a client
	 * that pages until it gets nothing would then loop forever, so here a
	 * page past the end is empty.
	 */
	if (pg.page == pagina)
		for (int i = 0; i < pg.n; i++)
			cJSON_AddItemToArray(items, row_json(&pg.rows[i]));
	return http_json_list(req, items, (int)pagina, pg.per_page, pg.total);
}

/* ---- GET /api/v1/meldingen/{referentie} ---------------------------------------- */

/* The CBS code of a buurt (struct melding carries only its id and name); NULL if none. */
static const char *buurt_code(struct req *req, struct db *db, int64_t buurt_id, int *failed)
{
	struct area_item *items;
	int n;

	if (!buurt_id)
		return NULL;
	n = melding_list_buurten(db, &req->arena, &items);
	if (n < 0) {
		*failed = 1;
		return NULL;
	}
	for (int i = 0; i < n; i++)
		if (items[i].id == buurt_id)
			return items[i].code;
	return NULL;
}

/* Where: the address as given, the place described, and the areas it fell in. */
static void add_place(cJSON *o, const struct melding *m, const char *buurt)
{
	cJSON_AddStringToObject(o, "postcode", m->postcode);
	if (m->huisnummer > 0)
		cJSON_AddNumberToObject(o, "huisnummer", m->huisnummer);
	else
		cJSON_AddNullToObject(o, "huisnummer");
	cJSON_AddStringToObject(o, "toevoeging", m->toevoeging);
	cJSON_AddStringToObject(o, "plaats", m->plaats);
	cJSON_AddStringToObject(o, "adres", m->adres_tekst);
	add_string_or_null(o, "wijk", m->wijk_code);
	add_string_or_null(o, "wijk_naam", m->wijk_naam);
	add_string_or_null(o, "buurt", buurt);
	add_string_or_null(o, "buurt_naam", m->buurt_naam);
	add_string_or_null(o, "complex_naam", m->complex_naam);
}

/* The melder; then the terms fixed at receipt, and when they were met. */
static void add_melder_and_terms(cJSON *o, const struct melding *m)
{
	cJSON_AddBoolToObject(o, "anoniem", m->anoniem);
	cJSON_AddStringToObject(o, "melder_naam", m->melder_naam);
	cJSON_AddStringToObject(o, "melder_email", m->melder_email);
	cJSON_AddStringToObject(o, "melder_telefoon", m->melder_telefoon);

	json_add_moment(o, "ontvangen_op", m->ontvangen_op);
	json_add_moment(o, "geregistreerd_op", m->geregistreerd_op);
	add_terms(o, &m->due, m->bevestigd_op, m->teruggekoppeld_op, m->afgesloten_op);
	/* The handler's new expected answer day (issue 17), or null. */
	if (m->verwacht_dag >= 0)
		add_day(o, "verwacht_uiterlijk", m->verwacht_dag);
	else
		cJSON_AddNullToObject(o, "verwacht_uiterlijk");
}

static void add_attachments(cJSON *o, const struct attachment *att, int n)
{
	cJSON *bijlagen = cJSON_AddArrayToObject(o, "bijlagen");

	for (int i = 0; i < n; i++) {
		cJSON *b = cJSON_CreateObject();
		cJSON_AddNumberToObject(b, "id", (double)att[i].id);
		cJSON_AddStringToObject(b, "bestandsnaam", att[i].bestandsnaam);
		cJSON_AddStringToObject(b, "mime", att[i].mime);
		cJSON_AddNumberToObject(b, "grootte", (double)att[i].grootte);
		cJSON_AddItemToArray(bijlagen, b);
	}
}

/* history: dossier_melding_history_visible(); without it the dossier entries stay out. */
static void add_timeline(cJSON *o, const struct melding_event *ev, int n, int history)
{
	cJSON *tl = cJSON_AddArrayToObject(o, "timeline");

	for (int i = 0; i < n; i++) {
		if (history != 1 && !strncmp(ev[i].soort, "dossier_", 8))
			continue;
		cJSON *e = cJSON_CreateObject();
		cJSON_AddStringToObject(e, "soort", ev[i].soort);
		json_add_moment(e, "op", ev[i].op);
		add_string_or_null(e, "door", ev[i].user_id ? ev[i].user_naam : NULL);
		cJSON_AddStringToObject(e, "tekst", ev[i].tekst);
		cJSON_AddItemToArray(tl, e);
	}
}

/*
 * The melding as the API shows it to staff. Returns NULL (and answers 503)
 * when the database fails halfway; then *status holds the answer.
 */
static cJSON *melding_json(struct req *req, struct db *db, const struct melding *m, int *status)
{
	const struct actor *who = http_actor(req);
	struct melding_event *ev;
	struct attachment *att;
	int failed = 0;
	const char *buurt = buurt_code(req, db, m->buurt_id, &failed);
	int n_ev = failed ? -1 : melding_events(db, &req->arena, m->id, 0, &ev);
	int n_att = n_ev < 0 ? -1 : attachment_list(db, &req->arena, m->id, &att);

	if (n_ev < 0 || n_att < 0) {
		*status = http_unavailable(req, NULL);
		return NULL;
	}
	cJSON *o = melding_head(m->referentie, m->status, m->kanaal, m->categorie_code, m->categorie_naam, m->pijler);
	cJSON_AddStringToObject(o, "omschrijving", m->omschrijving);
	cJSON_AddStringToObject(o, "voorval", m->voorval);
	add_place(o, m, buurt);
	add_melder_and_terms(o, m);
	add_user(o, "behandelaar", m->assignee_id, m->assignee_naam);
	if (m->kosten_cent >= 0)
		cJSON_AddNumberToObject(o, "kosten", (double)m->kosten_cent / 100.0);
	else
		cJSON_AddNullToObject(o, "kosten");
	/* Only a dossier this user may read; a gevoelig one outside the team stays null. */
	add_string_or_null(o, "dossier", dossier_ref_visible(db, &req->arena, who, m->id));
	add_attachments(o, att, n_att);
	/* Linking entries name no dossier, but even they stay away from who may not see it. */
	add_timeline(o, ev, n_ev, dossier_melding_history_visible(db, who, m->id));
	return o;
}

/*
 * Loads the melding of the {referentie} parameter for action. The API names
 * meldingen by reference only ("M-2026-000123"), never by row id, so an id
 * is a 404 like any other unknown reference. Returns 0 or the answered status.
 */
static int load(struct req *req, struct db *db, enum action action, struct melding *m)
{
	const char *ref = input_text(req, "referentie");
	enum app_result r;

	if (!ref || strncmp(ref, "M-", 2) || strlen(ref) >= sizeof(m->referentie))
		return http_refused(req, APP_NOT_FOUND, &melding_refusal);
	r = melding_load_for(db, &req->arena, http_actor(req), ref, action, m);
	return r == APP_OK ? 0 : http_refused(req, r, &melding_refusal);
}

int handle_api_melding(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	int st;

	if (!db)
		return http_unavailable(req, NULL);
	if ((st = load(req, db, ACT_MELDING_READ, &m)))
		return st;
	cJSON *o = melding_json(req, db, &m, &st);
	if (!o)
		return st;
	/* Reading case details is audited, as the HTML detail page is. */
	if (audit_record(db, http_actor(req), "bekeken", "melding", m.referentie, "api") < 0) {
		cJSON_Delete(o);
		return http_unavailable(req, NULL);
	}
	return http_json(req, 200, o);
}

/* ---- POST /api/v1/meldingen/{referentie}/{actie} ----------------------------- */

/* Reads "op" (a moment with offset) into in->op; a message in fouten otherwise. */
/* What an action's body may hold; kosten (a JSON number of euros) is read from the body. */
const struct field_spec api_melding_action_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	{ .name = "op", .from = IN_JSON, .type = FT_TEXT,
	  .message = "Geef het moment als tekst, bijvoorbeeld \"2026-03-01T14:30:00+01:00\"." },
	TEXT_MEMBER("tekst"),
	TEXT_MEMBER("opmerking"),
	FIELDS_END
};

static void read_op(struct req *req, struct melding_act_input *in, cJSON *fouten)
{
	const char *s = member(req, "op");

	if (s && moment_parse(s, &in->op) < 0)
		cJSON_AddStringToObject(fouten, "op", "Geef datum en tijd als 2026-03-01T14:30:00+01:00 (met tijdzone).");
}

/* Reads "kosten" (euros, a JSON number) into in->kosten_cent. */
static void read_kosten(const cJSON *body, struct melding_act_input *in, cJSON *fouten)
{
	const cJSON *k = cJSON_GetObjectItemCaseSensitive(body, "kosten");

	if (!k || cJSON_IsNull(k))
		return;
	if (!cJSON_IsNumber(k) || !isfinite(k->valuedouble))
		cJSON_AddStringToObject(fouten, "kosten", "Geef de kosten in euro als getal, bijvoorbeeld 12.5.");
	else if (k->valuedouble < 0)
		cJSON_AddStringToObject(fouten, "kosten", "De kosten kunnen niet negatief zijn.");
	else if (k->valuedouble > KOSTEN_MAX_EUR)
		cJSON_AddStringToObject(fouten, "kosten", "Dit bedrag is te hoog. Geef de kosten in euro, bijvoorbeeld 12.5.");
	else
		in->kosten_cent = llround(k->valuedouble * 100.0);
}

/* The action's JSON body into in; what JSON itself gets wrong goes into fouten. */
static void read_action(struct req *req, const cJSON *body, enum melding_action a, struct melding_act_input *in,
			cJSON *fouten)
{
	json_add_field_errors(fouten, input_errors(req));
	read_op(req, in, fouten);
	in->tekst = member(req, "tekst");
	/* afsluiten: "tekst" is the explanation to the melder (issue 17), "opmerking" stays internal. */
	if (a == MA_AFSLUITEN) {
		in->melder_tekst = in->tekst;
		in->tekst = member(req, "opmerking");
		read_kosten(body, in, fouten);
	}
}

static int act(struct req *req, enum melding_action a)
{
	struct db *db = db_thread();
	struct melding m;
	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
	struct field_errors errs;
	const cJSON *body;
	cJSON *none = NULL;
	int st;

	if (!db)
		return http_unavailable(req, NULL);
	if ((st = load(req, db, ACT_MELDING_HANDLE, &m)))
		return st;
	/* Every field is optional for bevestigen and afsluiten: no body means {}. */
	if (req->body.len == 0)
		body = none = cJSON_CreateObject();
	else if (!(body = input_json_body(req, &st)))
		return st;

	cJSON *fouten = cJSON_CreateObject();
	read_action(req, body, a, &in, fouten);
	if (fouten->child) {
		cJSON_Delete(none);
		return http_json_errors(req, 422, fouten);
	}

	cJSON_Delete(fouten);
	enum app_result r = melding_act(db, &req->arena, http_actor(req), req->cfg, &m, a, &in, &errs);
	cJSON_Delete(none);   /* in.tekst pointed into it; melding_act has stored what it needed */
	if (r == APP_INVALID) {
		if (!errs.n)
			field_error_add(&errs, "status", "Dit kan niet met deze melding.");
		return http_json_field_errors(req, &errs);
	}
	if (r != APP_OK)
		return http_refused(req, r, &melding_refusal);
	cJSON *o = melding_json(req, db, &m, &st);
	return o ? http_json(req, 200, o) : st;
}

int handle_api_melding_bevestigen(struct req *req)
{
	return act(req, MA_BEVESTIGEN);
}

int handle_api_melding_terugkoppelen(struct req *req)
{
	return act(req, MA_TERUGKOPPELEN);
}

int handle_api_melding_afsluiten(struct req *req)
{
	return act(req, MA_AFSLUITEN);
}

/* ---- POST /api/v1/meldingen/{referentie}/verwachting ------------------------- */

const struct field_spec api_melding_verwachting_fields[] = {
	FIELD_PATH("referentie", FT_KEY),
	TEXT_MEMBER("dag"),
	TEXT_MEMBER("reden"),
	FIELDS_END
};

int handle_api_melding_verwachting(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	struct field_errors errs;
	int st;

	if (!db)
		return http_unavailable(req, NULL);
	if ((st = load(req, db, ACT_MELDING_HANDLE, &m)))
		return st;
	if (!input_json_body(req, &st))
		return st;
	if (input_errors(req)->n) {
		cJSON *fouten = cJSON_CreateObject();
		json_add_field_errors(fouten, input_errors(req));
		return http_json_errors(req, 422, fouten);
	}
	enum app_result r = melding_verwachting(db, &req->arena, http_actor(req), &m, member(req, "dag"),
						member(req, "reden"), &errs);
	if (r == APP_INVALID)
		return http_json_field_errors(req, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &melding_refusal);
	cJSON *o = melding_json(req, db, &m, &st);
	return o ? http_json(req, 200, o) : st;
}
