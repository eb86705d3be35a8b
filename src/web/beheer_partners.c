/*
 * beheer_partners.c - partner organisations: /beheer/partners (list,
 * create, edit) and /api/v1/partners (list for staff, create for the
 * beheerder).
 *
 * The HTML form and the JSON body carry the same field names and pass the
 * same checks (check_partner), so an integration gets the messages a
 * beheerder would see. The routes' field specs are here too: the form's
 * and the body's fields are text, checked by check_partner() (soort is a
 * select on the form, and an integration is told the ids it may send).
 */
#include "web/beheer.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/validate.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "store/partner.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define SEARCH_MAX 100

/* The fields of a partner as typed (form) or sent (JSON); NULL = absent. */
struct partner_input {
	const char *naam, *soort, *contact_naam, *contact_email, *contact_telefoon, *convenant;
	int actief;
};

/* Where check_partner() reports: a form, or a JSON "fouten" object. */
struct sink {
	struct form *form;
	cJSON *fouten;
	int errors;
};

static void fail(struct sink *s, const char *field, const char *msg)
{
	if (s->form)
		form_error(s->form, field, msg);
	/* One message per field in JSON: the first is the one to fix first. */
	if (s->fouten && !cJSON_GetObjectItemCaseSensitive(s->fouten, field))
		cJSON_AddStringToObject(s->fouten, field, msg);
	s->errors++;
}

/* A phone number of a partner: a Dutch number, or a short one such as 0900-8844 or 14 020. */
static int phone_ok(const char *in, char *out, size_t size)
{
	char norm[PHONE_LEN];
	int digits = 0;

	if (phone_normalize(in, norm) == 0) {
		snprintf(out, size, "%s", norm);
		return 1;
	}
	for (const char *p = in; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (!strchr(" +-()", *p))
			return 0;
	}
	if (digits < 4 || digits > 15 || strlen(in) >= size)
		return 0;
	snprintf(out, size, "%s", in);
	return 1;
}

/* Checks in into p (every field); the errors go to s. */
static void check_partner(struct req *req, const struct partner_input *in, struct partner *p, struct sink *s)
{
	const char *err, *v;
	int soort;

	if ((err = validate_line(&req->arena, in->naam, PARTNER_NAAM_MAX, "De naam", &v)))
		fail(s, "naam", err);
	else if (!v[0])
		fail(s, "naam", "Vul de naam van de organisatie in.");
	else
		snprintf(p->naam, sizeof(p->naam), "%s", v);

	soort = partner_soort_parse(in->soort);
	if (!in->soort || !in->soort[0])
		fail(s, "soort", "Kies wat voor organisatie dit is.");
	else if (soort < 0 && !s->fouten)
		fail(s, "soort", "Kies een soort uit de lijst.");
	else if (soort < 0) {
		/* An integration needs the identifiers, not the labels. */
		struct buf ids = BUF_INIT;
		for (int i = 0; i < PARTNER__MAX; i++)
			buf_addf(&ids, "%s%s", i ? ", " : "", partner_soort_ids[i]);
		fail(s, "soort", arena_printf(&req->arena, "Onbekende soort. Kies uit: %s.", ids.buf));
		buf_release(&ids);
	}
	else
		p->soort = (enum partner_soort)soort;

	if ((err = validate_line(&req->arena, in->contact_naam, 120, "De naam van de contactpersoon", &v)))
		fail(s, "contact_naam", err);
	else
		snprintf(p->contact_naam, sizeof(p->contact_naam), "%s", v);

	if ((err = validate_line(&req->arena, in->contact_email, 254, "Het e-mailadres", &v)))
		fail(s, "contact_email", err);
	else if (v[0] && !email_valid(v))
		fail(s, "contact_email", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl, of laat het leeg.");
	else
		snprintf(p->contact_email, sizeof(p->contact_email), "%s", v);

	if ((err = validate_line(&req->arena, in->contact_telefoon, 30, "Het telefoonnummer", &v)))
		fail(s, "contact_telefoon", err);
	else if (v[0] && !phone_ok(v, p->contact_telefoon, sizeof(p->contact_telefoon)))
		fail(s, "contact_telefoon", "Vul een telefoonnummer in, zoals 030 123 45 67 of 0900-8844, of laat het leeg.");
	else if (!v[0])
		p->contact_telefoon[0] = '\0';

	if ((err = validate_line(&req->arena, in->convenant, 200, "De verwijzing naar het convenant", &v)))
		fail(s, "convenant", err);
	else
		snprintf(p->convenant, sizeof(p->convenant), "%s", v);

	p->actief = in->actief;
}

/* ---- the fields ------------------------------------------------------------ */

#define PARTNER_FORM_FIELDS \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "soort", .from = IN_FORM, .type = FT_ENUM, .max = PARTNER__MAX, .choices = partner_soort_ids, \
	  .message = "Kies een soort uit de lijst." }, \
	{ .name = "contact_naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "contact_email", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "contact_telefoon", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "convenant", .from = IN_FORM, .type = FT_TEXT }

const struct field_spec beheer_partner_create_fields[] = {
	PARTNER_FORM_FIELDS,
	FIELDS_END
};

/* An existing organisation can be switched off: the box is not sent then. */
const struct field_spec beheer_partner_update_fields[] = {
	FIELD_PATH("id", FT_ID),
	PARTNER_FORM_FIELDS,
	{ .name = "actief", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};

/* A member of another JSON type is refused with this message, beside check_partner()'s. */
#define JSON_TEXT(n) { .name = (n), .from = IN_JSON, .type = FT_TEXT, .message = "Stuur dit veld als tekst." }

/* actief must be a JSON true or false (FT_BOOL would take "ja" too): the handler reads it from the body. */
const struct field_spec api_partner_create_fields[] = {
	JSON_TEXT("naam"), JSON_TEXT("soort"), JSON_TEXT("contact_naam"), JSON_TEXT("contact_email"),
	JSON_TEXT("contact_telefoon"), JSON_TEXT("convenant"),
	FIELDS_END
};

/* Checked by the handler, which answers a bad actief or q 400 as it always did. */
const struct field_spec api_partners_fields[] = {
	{ .name = "actief", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "q", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

/* The text fields of a partner, from the form or the JSON body alike. */
static void input_texts(struct req *req, struct partner_input *in)
{
	in->naam = input_text(req, "naam");
	in->soort = input_text(req, "soort");
	in->contact_naam = input_text(req, "contact_naam");
	in->contact_email = input_text(req, "contact_email");
	in->contact_telefoon = input_text(req, "contact_telefoon");
	in->convenant = input_text(req, "convenant");
}

/* ---- saving ------------------------------------------------------------------ */

static const struct refusal partner_refusal = {
	.not_found_title = "Organisatie niet gevonden",
	.not_found_text = "Deze partnerorganisatie bestaat niet. Ga terug naar de lijst met partners.",
};

/* Loads the organisation of the route's {id}; 0, or the status answered. */
static int load_partner(struct req *req, struct db *db, struct partner *p)
{
	return beheer_loaded(req, db ? partner_by_id(db, input_num(req, "id"), p) : STORE_ERROR, &partner_refusal);
}

/* Writes p (new when p->id is 0) with its audit row; STORE_CONFLICT for a taken name. */
static enum store_result save_partner(struct req *req, struct db *db, struct partner *p, const char *detail)
{
	int is_new = p->id == 0;

	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result r = is_new ? partner_create(db, p) : partner_update(db, p);
	return beheer_commit(req, db, r, is_new ? "aangemaakt" : "gewijzigd", "partner",
			     arena_printf(&req->arena, "%lld", (long long)p->id), detail);
}

static const char NAME_TAKEN[] = "Er is al een organisatie met deze naam.";

/* ---- HTML ------------------------------------------------------------------ */

static const char *const list_flash_codes[] = { "opgeslagen", NULL };
static const char *const list_flash_texts[] = { "De partnerorganisatie is opgeslagen." };

const struct field_spec beheer_partners_fields[] = {
	BEHEER_LIST_FIELDS,
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

static void partner_row(void *ctx, const struct partner *p)
{
	struct tpl_dict *row = beheer_list_row(ctx, "PARTNER");

	tpl_setf(row, "HREF", "/beheer/partners/%lld", (long long)p->id);
	tpl_set(row, "NAAM", p->naam);
	tpl_set(row, "SOORT", partner_soort_labels[p->soort]);
	if (p->contact_naam[0] || p->contact_email[0] || p->contact_telefoon[0]) {
		struct tpl_dict *c = tpl_section(row, "CONTACT");
		tpl_set(c, "CONTACT_NAAM", p->contact_naam);
		if (p->contact_email[0])
			tpl_set(tpl_section(c, "MAIL"), "CONTACT_EMAIL", p->contact_email);
		if (p->contact_telefoon[0])
			tpl_set(tpl_section(c, "TEL"), "CONTACT_TELEFOON", p->contact_telefoon);
	} else {
		tpl_show(row, "NO_CONTACT");
	}
	tpl_set(row, "CONVENANT", p->convenant);
	tpl_set_int(row, "USERS", p->users);
	tpl_show(row, p->actief ? "ACTIVE" : "INACTIVE");
}

int handle_beheer_partners(struct req *req)
{
	struct db *db = db_thread();
	struct beheer_list l;

	if (!db)
		return http_unavailable(req, NULL);
	beheer_list_start(&l, req, "Partnerorganisaties", "beheer_partners.tpl");
	beheer_list_filters(&l, req);
	beheer_flash_sent(req, list_flash_texts);
	if (l.form.errors)
		return page_send(req, 422);

	struct partner_filter f = { .actief = l.active, .q = l.q };
	if (partner_list(db, &f, beheer_list_offset(&l), JSON_PER_PAGE, &l.total, partner_row, &l) == STORE_ERROR)
		return http_unavailable(req, NULL);
	const char *const filters[] = { "q", l.q, "status", l.status, NULL };
	return beheer_list_send(req, &l, "/beheer/partners?", filters);
}

/* The form, filled with in; p is the organisation being edited or NULL. */
static struct tpl_dict *partner_page(struct req *req, const struct partner *p, const struct partner_input *in)
{
	struct tpl_dict *d = page_new(req, p ? p->naam : "Nieuwe partnerorganisatie", "beheer_partner.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "HEADING", p ? p->naam : "Nieuwe partnerorganisatie");
	if (p) {
		tpl_setf(d, "ACTION", "/beheer/partners/%lld", (long long)p->id);
		struct tpl_dict *e = tpl_section(d, "EDIT");
		if (in->actief)
			tpl_show(e, "ACTIEF_CHECKED");
		tpl_set_int(e, "USERS", p->users);
	} else {
		tpl_set(d, "ACTION", "/beheer/partners");
		tpl_show(d, "NEW");
	}
	tpl_set(d, "NAAM", in->naam);
	tpl_set(d, "CONTACT_NAAM", in->contact_naam);
	tpl_set(d, "CONTACT_EMAIL", in->contact_email);
	tpl_set(d, "CONTACT_TELEFOON", in->contact_telefoon);
	tpl_set(d, "CONVENANT", in->convenant);
	for (int i = 0; i < PARTNER__MAX; i++) {
		struct tpl_dict *o = tpl_section(d, "SOORT_OPTION");
		tpl_set(o, "VALUE", partner_soort_ids[i]);
		tpl_set(o, "LABEL", partner_soort_labels[i]);
		if (in->soort && !strcmp(in->soort, partner_soort_ids[i]))
			tpl_show(o, "SELECTED");
	}
	return d;
}

static void input_from_partner(const struct partner *p, struct partner_input *in)
{
	in->naam = p->naam;
	in->soort = partner_soort_ids[p->soort];
	in->contact_naam = p->contact_naam;
	in->contact_email = p->contact_email;
	in->contact_telefoon = p->contact_telefoon;
	in->convenant = p->convenant;
	in->actief = p->actief;
}

int handle_beheer_partner_new(struct req *req)
{
	struct partner_input in = { .actief = 1 };

	partner_page(req, NULL, &in);
	return page_send(req, 200);
}

int handle_beheer_partner_edit(struct req *req)
{
	struct partner p;
	struct partner_input in;
	int status = load_partner(req, db_thread(), &p);

	if (status)
		return status;
	input_from_partner(&p, &in);
	partner_page(req, &p, &in);
	return page_send(req, 200);
}

/* The posted form: a new organisation (old NULL, always active) or a change of old. */
static int partner_post(struct req *req, struct db *db, const struct partner *old)
{
	struct partner_input in;
	struct partner p = { 0 };

	if (old)
		p = *old;
	input_texts(req, &in);
	in.actief = !old || input_has(req, "actief");
	struct tpl_dict *d = partner_page(req, old, &in);
	struct form f = FORM_INIT(d);
	struct sink s = { .form = &f };
	check_partner(req, &in, &p, &s);
	if (s.errors)
		return page_send(req, 422);
	const char *detail = !old ? p.naam :
		arena_printf(&req->arena, "%s%s", p.naam, old->actief && !p.actief ? " (niet meer actief)" :
						    !old->actief && p.actief ? " (weer actief)" : "");
	return beheer_saved(req, save_partner(req, db, &p, detail), &f, "naam", NAME_TAKEN,
			    "/beheer/partners?melding=opgeslagen");
}

int handle_beheer_partner_create(struct req *req)
{
	struct db *db = db_thread();

	return db ? partner_post(req, db, NULL) : http_unavailable(req, NULL);
}

int handle_beheer_partner_update(struct req *req)
{
	struct db *db = db_thread();
	struct partner old;
	int status = load_partner(req, db, &old);

	return status ? status : partner_post(req, db, &old);
}

/* ---- JSON ------------------------------------------------------------------ */

static cJSON *partner_json(const struct partner *p)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddNumberToObject(o, "id", (double)p->id);
	cJSON_AddStringToObject(o, "naam", p->naam);
	cJSON_AddStringToObject(o, "soort", partner_soort_ids[p->soort]);
	cJSON_AddBoolToObject(o, "actief", p->actief);
	return o;
}

static void partner_item(void *ctx, const struct partner *p)
{
	cJSON_AddItemToArray(ctx, partner_json(p));
}

int handle_api_partners(struct req *req)
{
	struct db *db = db_thread();
	const char *actief = input_text(req, "actief"), *q = input_text(req, "q");
	struct partner_filter f = { .actief = -1, .q = q };
	int page = pager_page(req);
	int64_t total = 0;

	if (!db)
		return http_unavailable(req, NULL);
	if (actief && (!strcmp(actief, "true") || !strcmp(actief, "1")))
		f.actief = 1;
	else if (actief && (!strcmp(actief, "false") || !strcmp(actief, "0")))
		f.actief = 0;
	else if (actief && actief[0])
		return http_json_error(req, 400, "actief is true of false.");
	if (q && strlen(q) > SEARCH_MAX)
		return http_json_error(req, 400, "q is te lang: hoogstens 100 tekens.");
	cJSON *items = cJSON_CreateArray();
	if (partner_list(db, &f, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &total, partner_item, items) == STORE_ERROR) {
		cJSON_Delete(items);
		return http_unavailable(req, NULL);
	}
	return http_json_list(req, items, page, JSON_PER_PAGE, total);
}

int handle_api_partner_create(struct req *req)
{
	struct db *db = db_thread();
	struct partner_input in = { .actief = 1 };
	struct partner p = { 0 };
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	const cJSON *body = input_json_body(req, &status);
	if (!body)
		return status;
	/* The members of the wrong type first: their message is the one to fix first. */
	struct sink s = { .fouten = cJSON_CreateObject() };
	const struct field_errors *bad = input_errors(req);
	for (int i = 0; i < bad->n; i++)
		fail(&s, bad->e[i].field, bad->e[i].message);
	input_texts(req, &in);
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(body, "actief");
	if (a && !cJSON_IsNull(a)) {
		if (cJSON_IsBool(a))
			in.actief = cJSON_IsTrue(a);
		else
			fail(&s, "actief", "Stuur actief als true of false.");
	}
	check_partner(req, &in, &p, &s);
	if (s.errors)
		return http_json_errors(req, 422, s.fouten);
	enum store_result r = save_partner(req, db, &p, p.naam);
	if (r == STORE_CONFLICT) {
		cJSON_AddStringToObject(s.fouten, "naam", NAME_TAKEN);
		return http_json_errors(req, 422, s.fouten);
	}
	cJSON_Delete(s.fouten);
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	cJSON *out = cJSON_CreateObject();
	cJSON_AddNumberToObject(out, "id", (double)p.id);
	cJSON_AddStringToObject(out, "naam", p.naam);
	cJSON_AddStringToObject(out, "soort", partner_soort_ids[p.soort]);
	return http_json(req, 201, out);
}
