/*
 * beheer_partners.c - partner organisations: /beheer/partners (list,
 * create, edit) and /api/v1/partners (list for staff, create for the
 * beheerder).
 *
 * The HTML form and the JSON body carry the same field names and pass the
 * same checks (check_partner), so an integration gets the messages a
 * beheerder would see.
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
#include "store/audit.h"
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

/* ---- HTML ------------------------------------------------------------------ */

struct list_ctx {
	struct tpl_dict *d, *table;
	int rows;
};

static void partner_row(void *ctx, const struct partner *p)
{
	struct list_ctx *c = ctx;
	if (!c->table)
		c->table = tpl_section(c->d, "TABLE");
	struct tpl_dict *row = tpl_section(c->table, "PARTNER");

	tpl_setf(row, "HREF", "/beheer/partners/%lld", (long long)p->id);
	tpl_set(row, "NAAM", p->naam);
	tpl_set(row, "SOORT", partner_soort_labels[p->soort]);
	if (p->contact_naam[0] || p->contact_email[0] || p->contact_telefoon[0]) {
		struct tpl_dict *c2 = tpl_section(row, "CONTACT");
		tpl_set(c2, "CONTACT_NAAM", p->contact_naam);
		if (p->contact_email[0])
			tpl_set(tpl_section(c2, "MAIL"), "CONTACT_EMAIL", p->contact_email);
		if (p->contact_telefoon[0])
			tpl_set(tpl_section(c2, "TEL"), "CONTACT_TELEFOON", p->contact_telefoon);
	} else {
		tpl_show(row, "NO_CONTACT");
	}
	tpl_set(row, "CONVENANT", p->convenant);
	tpl_set_int(row, "USERS", p->users);
	tpl_show(row, p->actief ? "ACTIVE" : "INACTIVE");
	c->rows++;
}

int handle_beheer_partners(struct req *req)
{
	struct db *db = db_thread();
	const char *status = http_query(req, "status"), *q;
	struct partner_filter f = { .actief = -1 };
	int page = pager_page(req);
	int64_t total = 0;

	if (!db)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Partnerorganisaties", "beheer_partners.tpl");
	struct form form = FORM_INIT(d);
	const char *err = validate_line(&req->arena, http_query(req, "q"), SEARCH_MAX, "De zoektekst", &q);
	if (err)
		form_error(&form, "q", err);
	tpl_set(d, "Q", err ? "" : q);
	f.q = q;
	if (status && !strcmp(status, "actief"))
		f.actief = 1;
	else if (status && !strcmp(status, "inactief"))
		f.actief = 0;
	if (f.actief == 1)
		tpl_show(d, "STATUS_ACTIEF");
	else if (f.actief == 0)
		tpl_show(d, "STATUS_INACTIEF");
	const char *melding = http_query(req, "melding");
	if (melding && !strcmp(melding, "opgeslagen"))
		beheer_flash(req, "De partnerorganisatie is opgeslagen.");
	if (form.errors)
		return page_send(req, 422);

	struct list_ctx ctx = { .d = d };
	if (partner_list(db, &f, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &total, partner_row, &ctx) == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (!total)
		tpl_show(d, "EMPTY");
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/beheer/partners?");
	pager_query(&base, "q", q);
	pager_query(&base, "status", f.actief == 1 ? "actief" : f.actief == 0 ? "inactief" : NULL);
	pager_render(d, base.buf, page, JSON_PER_PAGE, total);
	buf_release(&base);
	return page_send(req, 200);
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

static void input_from_form(struct req *req, struct partner_input *in)
{
	in->naam = http_form(req, "naam");
	in->soort = http_form(req, "soort");
	in->contact_naam = http_form(req, "contact_naam");
	in->contact_email = http_form(req, "contact_email");
	in->contact_telefoon = http_form(req, "contact_telefoon");
	in->convenant = http_form(req, "convenant");
	in->actief = http_form(req, "actief") != NULL;
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

/* Loads the organisation of route parameter 0; 0, or the status answered. */
static int load_partner(struct req *req, struct db *db, struct partner *p)
{
	int64_t id = beheer_param_id(req, 0);
	enum store_result r = id ? partner_by_id(db, id, p) : STORE_NOTFOUND;

	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r != STORE_OK)
		return http_error(req, 404, "Organisatie niet gevonden",
				  "Deze partnerorganisatie bestaat niet. Ga terug naar de lijst met partners.");
	return 0;
}

/* Writes p (new when p->id is 0) with its audit row; STORE_CONFLICT for a taken name. */
static enum store_result save_partner(struct req *req, struct db *db, struct partner *p, const char *detail)
{
	int is_new = p->id == 0;

	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result r = is_new ? partner_create(db, p) : partner_update(db, p);
	if (r == STORE_OK &&
	    audit_record(db_thread(), http_actor(req), is_new ? "aangemaakt" : "gewijzigd", "partner",
			 arena_printf(&req->arena, "%lld", (long long)p->id), detail) < 0)
		r = STORE_ERROR;
	if (r != STORE_OK) {
		db_rollback(db);
		return r;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

static const char NAME_TAKEN[] = "Er is al een organisatie met deze naam.";

int handle_beheer_partner_create(struct req *req)
{
	struct db *db = db_thread();
	struct partner_input in = { 0 };
	struct partner p = { 0 };

	if (!db)
		return http_unavailable(req, NULL);
	input_from_form(req, &in);
	in.actief = 1;      /* a new organisation is active */
	struct tpl_dict *d = partner_page(req, NULL, &in);
	struct form f = FORM_INIT(d);
	struct sink s = { .form = &f };
	check_partner(req, &in, &p, &s);
	if (s.errors)
		return page_send(req, 422);
	enum store_result r = save_partner(req, db, &p, p.naam);
	if (r == STORE_CONFLICT) {
		form_error(&f, "naam", NAME_TAKEN);
		return page_send(req, 422);
	}
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/partners?melding=opgeslagen");
}

int handle_beheer_partner_edit(struct req *req)
{
	struct db *db = db_thread();
	struct partner p;
	struct partner_input in;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_partner(req, db, &p)))
		return status;
	input_from_partner(&p, &in);
	partner_page(req, &p, &in);
	return page_send(req, 200);
}

int handle_beheer_partner_update(struct req *req)
{
	struct db *db = db_thread();
	struct partner old, p;
	struct partner_input in;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_partner(req, db, &old)))
		return status;
	p = old;
	input_from_form(req, &in);
	struct tpl_dict *d = partner_page(req, &old, &in);
	struct form f = FORM_INIT(d);
	struct sink s = { .form = &f };
	check_partner(req, &in, &p, &s);
	if (s.errors)
		return page_send(req, 422);
	const char *detail = arena_printf(&req->arena, "%s%s", p.naam,
					  old.actief && !p.actief ? " (niet meer actief)" :
					  !old.actief && p.actief ? " (weer actief)" : "");
	enum store_result r = save_partner(req, db, &p, detail);
	if (r == STORE_CONFLICT) {
		form_error(&f, "naam", NAME_TAKEN);
		return page_send(req, 422);
	}
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/partners?melding=opgeslagen");
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
	const char *actief = http_query(req, "actief"), *q = http_query(req, "q");
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
	cJSON *body = http_json_body(req, &status);
	if (!body)
		return status;
	struct sink s = { .fouten = cJSON_CreateObject() };
	static const struct {
		const char *key;
		size_t off;
	} fields[] = {
		{ "naam", offsetof(struct partner_input, naam) },
		{ "soort", offsetof(struct partner_input, soort) },
		{ "contact_naam", offsetof(struct partner_input, contact_naam) },
		{ "contact_email", offsetof(struct partner_input, contact_email) },
		{ "contact_telefoon", offsetof(struct partner_input, contact_telefoon) },
		{ "convenant", offsetof(struct partner_input, convenant) },
	};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const char **dst = (const char **)(void *)((char *)&in + fields[i].off);
		if (json_string(body, fields[i].key, dst) < 0)
			fail(&s, fields[i].key, "Stuur dit veld als tekst.");
	}
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(body, "actief");
	if (a && !cJSON_IsNull(a)) {
		if (cJSON_IsBool(a))
			in.actief = cJSON_IsTrue(a);
		else
			fail(&s, "actief", "Stuur actief als true of false.");
	}
	check_partner(req, &in, &p, &s);
	if (s.errors) {
		cJSON_Delete(body);
		return http_json_errors(req, 422, s.fouten);
	}
	cJSON_Delete(body);
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
