/*
 * beheer.c - the beheerder's index page and the user accounts:
 * /beheer and /beheer/gebruikers (list, create, edit, deactivate, reset
 * password, revoke API tokens) with their field specs, plus what the other
 * beheer files share (beheer.h): the confirmation after a redirect, the
 * list pages' filters, rows and pager, and the 404 of a missing row.
 *
 * The beheerder manages accounts, never case content: nothing here reads
 * meldingen or dossiers. A beheerder cannot deactivate or demote their own
 * account (someone must be able to manage), nor reset their own password
 * here (that is /account/wachtwoord, which asks for the current one).
 */
#include "web/beheer.h"
#include "web/beheer_tokens.h"
#include "app/accounts.h"
#include "domain/fields.h"
#include "auth/csrf.h"
#include "auth/password.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/validate.h"
#include "http/http.h"
#include "http/json.h"
#include "http/router.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/partner.h"
#include "store/user.h"
#include "lib/parse.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEARCH_MAX 100

/* ---- shared by the beheer files -------------------------------------- */

void beheer_flash(struct req *req, const char *text)
{
	if (!req->page)
		return;
	struct tpl_dict *f = tpl_section(req->page, "FLASH");
	tpl_set(f, "FLASH_KIND", "ok");
	tpl_set(f, "FLASH_TEXT", text);
}

void beheer_flash_sent(struct req *req, const char *const *texts)
{
	int64_t code;

	if (input_value(req, "melding", &code))
		beheer_flash(req, texts[code]);
}

const char *const beheer_status_ids[] = { "actief", "inactief", NULL };

void beheer_list_start(struct beheer_list *l, struct req *req, const char *title, const char *tpl)
{
	memset(l, 0, sizeof(*l));
	l->d = page_new(req, title, tpl);
	l->form = (struct form)FORM_INIT(l->d);
	l->page = pager_page(req);
	l->q = "";
	l->active = -1;
}

void beheer_list_filters(struct beheer_list *l, struct req *req)
{
	const char *err = validate_line(&req->arena, input_text(req, "q"), SEARCH_MAX, "De zoektekst", &l->q);
	int64_t status;

	if (err)
		form_error(&l->form, "q", err);
	tpl_set(l->d, "Q", err ? "" : l->q);
	/* Any other status lists both, as it always did. */
	if (input_value(req, "status", &status)) {
		l->active = status == 0;
		l->status = beheer_status_ids[status];
		tpl_show(l->d, l->active ? "STATUS_ACTIEF" : "STATUS_INACTIEF");
	}
}

struct tpl_dict *beheer_list_row(struct beheer_list *l, const char *section)
{
	if (!l->table)
		l->table = tpl_section(l->d, "TABLE");
	return tpl_section(l->table, section);
}

int64_t beheer_list_offset(const struct beheer_list *l)
{
	return pager_offset(l->page, JSON_PER_PAGE);
}

int beheer_list_send(struct req *req, struct beheer_list *l, const char *path, const char *const *filters)
{
	struct buf base = BUF_INIT;

	if (!l->total)
		tpl_show(l->d, "EMPTY");
	buf_addstr(&base, path);
	for (; filters[0]; filters += 2)
		pager_query(&base, filters[0], filters[1]);
	pager_render(l->d, base.buf, l->page, JSON_PER_PAGE, l->total);
	buf_release(&base);
	return page_send(req, 200);
}

int beheer_loaded(struct req *req, enum store_result r, const struct refusal *how)
{
	if (r == STORE_OK)
		return 0;
	return http_refused(req, r == STORE_ERROR ? APP_UNAVAILABLE : APP_NOT_FOUND, how);
}

enum store_result beheer_commit(struct req *req, struct db *db, enum store_result r, const char *action,
				const char *type, const char *id, const char *detail)
{
	if (r == STORE_OK && audit_record(db, http_actor(req), action, type, id, detail) < 0)
		r = STORE_ERROR;
	if (r != STORE_OK) {
		db_rollback(db);
		return r;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

int beheer_saved(struct req *req, enum store_result r, struct form *f, const char *field, const char *taken,
		 const char *done)
{
	if (r == STORE_OK)
		return http_redirect(req, done);
	if (r == STORE_CONFLICT && taken) {
		form_error(f, field, taken);
		return page_send(req, 422);
	}
	return http_unavailable(req, NULL);
}

/* ---- /beheer ----------------------------------------------------------- */

/* The sections of beheer; only those with a route in this build are shown. */
static const struct {
	const char *href, *label, *text;
} sections[] = {
	{ "/beheer/gebruikers", "Gebruikers",
	  "Accounts van medewerkers en partners: rollen, wijken, wachtwoorden en API-tokens." },
	{ "/beheer/partners", "Partnerorganisaties",
	  "Organisaties waarnaar u doorverwijst, met contactpersoon en convenant." },
	{ "/beheer/partners/termijnen", "Antwoordtermijnen",
	  "Binnen hoeveel werkdagen een partner op een doorverwijzing antwoordt, per soort organisatie." },
	{ "/beheer/gebieden", "Gebieden",
	  "Wijken, buurten en complexen met hun CBS-codes, en het adressenbestand." },
	{ "/beheer/categorieen", "Categorieën",
	  "Soorten overlast met hun pijler en termijnen." },
	{ "/beheer/sluitingsdagen", "Sluitingsdagen",
	  "Dagen waarop de organisatie dicht is; zij tellen niet als werkdag." },
	{ "/beheer/brieven", "Briefsjablonen",
	  "De tekst van de waarschuwingsbrief en de sommatiebrief, met het briefhoofd van de organisatie." },
	{ "/beheer/kaart", "Kaart van de wijken",
	  "Een GeoJSON-bestand met de grenzen van wijken en buurten, voor de kaart op het dashboard." },
	{ "/beheer/leefbaarometer", "Leefbaarometer",
	  "De scores van de Leefbaarometer per wijk en buurt, naast de eigen cijfers op het wijkprofiel en de kaart." },
	{ "/beheer/tokens", "API-tokens",
	  "Tokens voor koppelingen zoals de website en BI: aanmaken, zien wanneer ze gebruikt zijn, intrekken." },
	{ "/beheer/audit", "Auditlog",
	  "Wie wat wanneer deed: inloggen, wijzigingen, geweigerde toegang." },
};

int handle_beheer_index(struct req *req)
{
	struct tpl_dict *d = page_new(req, "Beheer", "beheer_index.tpl");

	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		if (!router_find(HTTP_GET, sections[i].href))
			continue;
		struct tpl_dict *s = tpl_section(d, "SECTION");
		tpl_set(s, "HREF", sections[i].href);
		tpl_set(s, "LABEL", sections[i].label);
		tpl_set(s, "TEXT", sections[i].text);
	}
	return page_send(req, 200);
}

/* ---- /beheer/gebruikers: the list ------------------------------------- */

static const char *const list_flash_codes[] = { "aangemaakt", NULL };
static const char *const list_flash_texts[] = { "De gebruiker is aangemaakt." };

const struct field_spec beheer_users_fields[] = {
	BEHEER_LIST_FIELDS,
	{ .name = "rol", .from = IN_QUERY, .type = FT_ENUM, .max = ROLE__MAX, .choices = role_ids },
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

static void user_row(void *ctx, const struct user_row *r)
{
	struct tpl_dict *row = beheer_list_row(ctx, "USER");
	char when[WHEN_LEN];

	tpl_setf(row, "HREF", "/beheer/gebruikers/%lld", (long long)r->id);
	tpl_set(row, "NAAM", r->naam);
	tpl_set(row, "EMAIL", r->email);
	tpl_set(row, "ROL", role_labels[r->role]);
	if (r->partner_naam[0])
		tpl_set(tpl_section(row, "ORG"), "PARTNER", r->partner_naam);
	else if (r->gebieden[0])
		tpl_set(tpl_section(row, "AREAS"), "GEBIEDEN", r->gebieden);
	else if (policy_sees_all_areas(r->role, ACT_MELDING_READ))
		tpl_show(row, "ALL_AREAS");
	else
		tpl_show(row, "NO_AREAS");
	tpl_show(row, r->active ? "ACTIVE" : "INACTIVE");
	if (r->must_change_password)
		tpl_show(row, "MUST_CHANGE");
	when_date(r->created_at, when);
	tpl_set(row, "CREATED", when);
}

/* The roles to choose from (the list's filter, the form's select); selected: a role id or NULL. */
static void role_options(struct tpl_dict *d, const char *selected)
{
	for (int r = ROLE_ANONYMOUS + 1; r < ROLE__MAX; r++) {
		struct tpl_dict *o = tpl_section(d, "ROL_OPTION");
		tpl_set(o, "VALUE", role_ids[r]);
		tpl_set(o, "LABEL", role_labels[r]);
		if (selected && !strcmp(selected, role_ids[r]))
			tpl_show(o, "SELECTED");
	}
}

int handle_beheer_users(struct req *req)
{
	struct db *db = db_thread();
	struct user_filter f = { .role = -1 };
	struct beheer_list l;
	int64_t rol;

	if (!db)
		return http_unavailable(req, NULL);
	beheer_list_start(&l, req, "Gebruikers", "beheer_gebruikers.tpl");
	beheer_list_filters(&l, req);
	f.q = l.q;
	f.active = l.active;
	/* No role, or one that is not a role of an account: every role, as it always was. */
	if (input_value(req, "rol", &rol) && rol > ROLE_ANONYMOUS)
		f.role = (int)rol;
	role_options(l.d, f.role > 0 ? role_ids[f.role] : NULL);
	beheer_flash_sent(req, list_flash_texts);
	if (l.form.errors)
		return page_send(req, 422);

	if (user_list(db, &f, beheer_list_offset(&l), JSON_PER_PAGE, &l.total, user_row, &l) == STORE_ERROR)
		return http_unavailable(req, NULL);
	const char *const filters[] = { "q", l.q, "rol", f.role > 0 ? role_ids[f.role] : NULL, "status", l.status, NULL };
	return beheer_list_send(req, &l, "/beheer/gebruikers?", filters);
}

/* ---- the user form (create and edit) ----------------------------------- */

/*
 * The account form's fields. rol, partner and wijk are machine-made (two
 * selects, and a check box per wijk: FIELD_MANY) and typed so; account_check()
 * (app/accounts.c) refuses them in these same words, for the command line
 * too, so the form shows its messages and not input_errors() a second time.
 */
#define USER_FIELDS \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "rol", .from = IN_FORM, .type = FT_ENUM, .max = ROLE__MAX, .choices = role_ids, \
	  .message = "Kies een rol." }, \
	{ .name = "partner", .from = IN_FORM, .type = FT_ID, .message = "Kies een organisatie uit de lijst." }, \
	{ .name = "wijk", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY }

const struct field_spec beheer_user_create_fields[] = {
	USER_FIELDS,
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "wachtwoord", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* An existing account can be switched off: the box is not sent then. Its address can change. */
const struct field_spec beheer_user_update_fields[] = {
	FIELD_PATH("id", FT_ID),
	USER_FIELDS,
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "actief", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};

const struct field_spec beheer_user_password_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "wachtwoord", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* What the form holds: typed by the beheerder, or read from the account. */
struct user_form {
	const char *naam, *email, *rol, *partner;
	int actief;
	int64_t wijken[ACCOUNT_WIJKEN_MAX];
	int n_wijken;
	int wijken_bad;              /* a posted value was not a number */
};

static int chosen(const struct user_form *v, int64_t id)
{
	for (int i = 0; i < v->n_wijken; i++)
		if (v->wijken[i] == id)
			return 1;
	return 0;
}

struct wijk_ctx {
	struct tpl_dict *d;
	const struct user_form *v;
	int count;
};

static void wijk_choice(void *ctx, const struct user_wijk *w)
{
	struct wijk_ctx *c = ctx;
	struct tpl_dict *o = tpl_section(c->d, "WIJK");

	tpl_set_int(o, "ID", w->id);
	tpl_set(o, "CODE", w->code);
	tpl_set(o, "NAAM", w->naam);
	if (chosen(c->v, w->id))
		tpl_show(o, "CHECKED");
	c->count++;
}

struct partner_ctx {
	struct tpl_dict *d;
	const char *selected;
	int count;
};

static void partner_option(void *ctx, const struct partner *p)
{
	struct partner_ctx *c = ctx;
	struct tpl_dict *o = tpl_section(c->d, "PARTNER_OPTION");
	char id[24];

	snprintf(id, sizeof(id), "%lld", (long long)p->id);
	tpl_set(o, "VALUE", id);
	if (p->actief)
		tpl_set(o, "LABEL", p->naam);
	else
		tpl_setf(o, "LABEL", "%s (niet actief)", p->naam);
	if (c->selected && !strcmp(c->selected, id))
		tpl_show(o, "SELECTED");
	c->count++;
}

struct token_ctx {
	struct tpl_dict *d;
	struct arena *a;
	int64_t user_id;
	int count;
};

static void token_row(void *ctx, const struct user_token *t)
{
	struct token_ctx *c = ctx;
	struct tpl_dict *row = tpl_section(c->d, "TOKEN");

	tpl_set_int(row, "TOKEN_ID", t->id);
	tpl_set(row, "TOKEN_NAAM", t->naam);
	beheer_token_row(row, t, arena_printf(c->a, "/beheer/gebruikers/%lld/tokens/%lld/intrekken",
					      (long long)c->user_id, (long long)t->id));
	c->count++;
}

/* The edit page's part about the stored account u: created, active, password, tokens. -1 when the database failed. */
static int show_account(struct req *req, struct db *db, struct tpl_dict *d, const struct user *u, const struct user_form *v)
{
	char when[WHEN_LEN];
	struct tpl_dict *e = tpl_section(d, "EDIT");

	tpl_setf(d, "ACTION", "/beheer/gebruikers/%lld", (long long)u->id);
	tpl_set(d, "HEADING", u->naam);
	tpl_set(e, "EMAIL", u->email);
	tpl_set(e, "NIEUW_EMAIL", v->email);
	when_date(u->created_at, when);
	tpl_set(e, "CREATED", when);
	tpl_setf(e, "PASSWORD_ACTION", "/beheer/gebruikers/%lld/wachtwoord", (long long)u->id);
	if (v->actief)
		tpl_show(e, "ACTIEF_CHECKED");
	tpl_show(d, u->active ? "IS_ACTIVE" : "IS_INACTIVE");
	if (u->must_change_password)
		tpl_show(d, "IS_MUST_CHANGE");
	tpl_show(e, req->session && u->id == req->session->user_id ? "SELF" : "NOT_SELF");
	struct token_ctx tc = { .d = e, .a = &req->arena, .user_id = u->id };
	if (user_tokens(db, u->id, token_row, &tc) == STORE_ERROR)
		return -1;
	tpl_show(e, tc.count ? "TOKENS" : "NO_TOKENS");
	return 0;
}

/* The organisations and wijken to choose from; -1 when the database failed. */
static int show_choices(struct db *db, struct tpl_dict *d, const struct user_form *v, int *n_wijken)
{
	struct partner_ctx pc = { .d = d, .selected = v->partner };
	struct partner_filter pf = { .actief = -1 };
	int64_t total;

	if (partner_list(db, &pf, 0, 1000, &total, partner_option, &pc) == STORE_ERROR)
		return -1;
	if (!pc.count)
		tpl_show(d, "NO_PARTNERS");
	struct wijk_ctx wc = { .d = d, .v = v };
	if (user_wijk_choices(db, 0, wijk_choice, &wc) == STORE_ERROR)
		return -1;
	tpl_show(d, wc.count ? "WIJKEN" : "NO_WIJKEN");
	if (n_wijken)
		*n_wijken = wc.count;
	return 0;
}

/*
 * Renders the user form with the values of v; u is the account for the
 * edit page, NULL for a new one; *n_wijken (may be NULL) gets the number of
 * wijken offered. Returns the page's dictionary, or NULL when the database
 * failed.
 */
static struct tpl_dict *user_page(struct req *req, struct db *db, const struct user *u, const struct user_form *v,
				  int *n_wijken)
{
	struct tpl_dict *d = page_new(req, u ? u->naam : "Nieuwe gebruiker", "beheer_gebruiker.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "NAAM", v->naam);
	if (u) {
		if (show_account(req, db, d, u, v) < 0)
			return NULL;
	} else {
		tpl_set(d, "ACTION", "/beheer/gebruikers");
		tpl_set(d, "HEADING", "Nieuwe gebruiker");
		tpl_set(tpl_section(d, "NEW"), "EMAIL", v->email);
	}
	role_options(d, v->rol);
	return show_choices(db, d, v, n_wijken) < 0 ? NULL : d;
}

/* Reads the posted wijk check boxes into v (a value that is no wijk id marks the choice bad). */
static void posted_wijken(struct req *req, struct user_form *v)
{
	const int64_t *ids;
	int n = input_many(req, "wijk", &ids, NULL);

	for (int i = 0; i < n; i++) {
		if (!ids[i] || v->n_wijken == ACCOUNT_WIJKEN_MAX) {
			v->wijken_bad = 1;
			continue;
		}
		if (!chosen(v, ids[i]))
			v->wijken[v->n_wijken++] = ids[i];
	}
}

/* The account as the form holds it, for app/accounts.c. */
static struct account_input input_of(const struct user_form *v, int n_wijken_exist)
{
	return (struct account_input){
		.naam = v->naam, .rol = v->rol, .partner = v->partner,
		.wijken = v->wijken, .n_wijken = v->n_wijken, .wijken_bad = v->wijken_bad,
		.wijken_required = n_wijken_exist > 0,
	};
}

/*
 * The answer to account_create() or account_update() (r): the page of the
 * account u with the confirmation code, or the form f again with the use
 * case's refusals beside their fields, in the order of the form (422).
 */
static int account_answer(struct req *req, enum app_result r, struct form *f, const struct field_errors *errs,
			  const struct user *u, const char *code)
{
	switch (r) {
	case APP_OK:
		return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=%s",
						      (long long)u->id, code));
	case APP_INVALID:
		for (int i = 0; i < errs->n; i++)
			form_error(f, errs->e[i].field, errs->e[i].message);
		return page_send(req, 422);
	default:   /* both refuse only by field errors */
		return http_unavailable(req, NULL);
	}
}

/* The posted USER_FIELDS into v (the e-mail address is the new account's own, actief the old one's). */
static void form_from_post(struct req *req, struct user_form *v)
{
	const char *naam = input_text(req, "naam");

	memset(v, 0, sizeof(*v));
	v->naam = naam ? naam : "";
	v->email = "";
	v->rol = input_text(req, "rol");
	v->partner = input_text(req, "partner");
	posted_wijken(req, v);
}

int handle_beheer_user_new(struct req *req)
{
	struct db *db = db_thread();
	struct user_form v = { .naam = "", .email = "", .actief = 1 };

	if (!db || !user_page(req, db, NULL, &v, NULL))
		return http_unavailable(req, NULL);
	return page_send(req, 200);
}

int handle_beheer_user_create(struct req *req)
{
	struct db *db = db_thread();
	const char *email = input_text(req, "email");
	struct user_form v;
	struct user u;
	struct field_errors errs = { 0 };
	int n_wijken = 0;

	if (!db)
		return http_unavailable(req, NULL);
	form_from_post(req, &v);
	/* The form comes back as typed, but never an absurdly long address. */
	v.email = email && strlen(email) <= 254 ? email : "";
	struct tpl_dict *d = user_page(req, db, NULL, &v, &n_wijken);
	if (!d)
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);

	struct account_input in = input_of(&v, n_wijken);
	in.email = email ? email : "";
	in.wachtwoord = input_text(req, "wachtwoord");
	in.tijdelijk = 1;
	enum app_result r = account_create(db, &req->arena, http_actor(req), &in, &errs, &u);
	return account_answer(req, r, &f, &errs, &u, "aangemaakt");
}

/* ---- /beheer/gebruikers/{id} ------------------------------------------ */

static const struct refusal user_refusal = {
	.not_found_title = "Gebruiker niet gevonden",
	.not_found_text = "Deze gebruiker bestaat niet. Ga terug naar de lijst met gebruikers.",
};

/* Loads the account of the route's {id} into u; 0, or the status answered. */
static int load_user(struct req *req, struct db *db, struct user *u)
{
	return beheer_loaded(req, db ? user_by_id(db, input_num(req, "id"), u) : STORE_ERROR, &user_refusal);
}

static void form_from_user(struct req *req, struct db *db, const struct user *u, struct user_form *v)
{
	memset(v, 0, sizeof(*v));
	v->naam = u->naam;
	v->email = u->email;
	v->rol = role_ids[u->role];
	v->partner = u->partner_id ? arena_printf(&req->arena, "%lld", (long long)u->partner_id) : "";
	v->actief = u->active;
	int n = user_areas(db, u->id, v->wijken, ACCOUNT_WIJKEN_MAX);
	v->n_wijken = n < 0 ? 0 : n;
}

/*
 * The account of {id} into u, on its form as stored: the page's dictionary,
 * or NULL when the page was answered already (404, 503) with *status.
 */
static struct tpl_dict *stored_user_page(struct req *req, struct db *db, struct user *u, int *status)
{
	struct user_form v;
	struct tpl_dict *d;

	if ((*status = load_user(req, db, u)))
		return NULL;
	form_from_user(req, db, u, &v);
	if (!(d = user_page(req, db, u, &v, NULL)))
		*status = http_unavailable(req, NULL);
	return d;
}

static const char *const edit_flash_codes[] = { "aangemaakt", "opgeslagen", "wachtwoord", "ingetrokken", NULL };
static const char *const edit_flash_texts[] = {
	"De gebruiker is aangemaakt. Geef het tijdelijke wachtwoord persoonlijk door; "
	"bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.",
	"De wijzigingen zijn opgeslagen.",
	"Het wachtwoord is opnieuw ingesteld. De gebruiker is overal uitgelogd en "
	"kiest bij de volgende keer inloggen een eigen wachtwoord.",
	"Het token is ingetrokken; het werkt niet meer.",
};

const struct field_spec beheer_user_edit_fields[] = {
	FIELD_PATH("id", FT_ID),
	BEHEER_FLASH_FIELD(edit_flash_codes),
	FIELDS_END
};

int handle_beheer_user_edit(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if (!stored_user_page(req, db, &u, &status))
		return status;
	beheer_flash_sent(req, edit_flash_texts);
	return page_send(req, 200);
}

/* "was → is" for the audit row, only for what changed. */
int handle_beheer_user_update(struct req *req)
{
	struct db *db = db_thread();
	struct user old, u;
	struct user_form v;
	int status, n_wijken = 0;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_user(req, db, &old)))
		return status;
	form_from_post(req, &v);
	v.actief = input_has(req, "actief");
	/* The address as typed comes back on the form, but never an absurdly long one; absent: unchanged. */
	const char *email = input_text(req, "email");
	v.email = email && strlen(email) <= 254 ? email : email ? "" : old.email;
	struct tpl_dict *d = user_page(req, db, &old, &v, &n_wijken);
	if (!d)
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);
	struct account_input in = input_of(&v, n_wijken);
	in.nieuw_email = email;
	struct field_errors errs = { 0 };
	enum app_result r = account_update(db, &req->arena, http_actor(req), &old, &in, v.actief, &errs, &u);
	return account_answer(req, r, &f, &errs, &u, "opgeslagen");
}

int handle_beheer_user_password(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	char hash[PASSWORD_HASH_MAX];
	const char *pw = input_text(req, "wachtwoord"), *weak;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = stored_user_page(req, db, &u, &status);
	if (!d)
		return status;
	struct form f = FORM_INIT(d);

	if (req->session && u.id == req->session->user_id)
		form_error(&f, "wachtwoord", "Uw eigen wachtwoord wijzigt u via Wachtwoord wijzigen "
			   "(/account/wachtwoord), met uw huidige wachtwoord.");
	else if (!pw || !pw[0])
		form_error(&f, "wachtwoord", "Kies een tijdelijk wachtwoord.");
	else if ((weak = password_weakness(pw, u.email)))
		form_error(&f, "wachtwoord", weak);
	if (f.errors)
		return page_send(req, 422);

	if (password_hash(pw, hash) < 0)
		return http_unavailable(req, NULL);
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	/* The user must choose their own at the next login; every session ends now. */
	enum store_result r = user_set_password(db, u.id, hash, 1);
	sodium_memzero(hash, sizeof(hash));
	if (r == STORE_OK && session_end_all(u.id) < 0)
		r = STORE_ERROR;
	if (beheer_commit(req, db, r, "wachtwoord_hersteld", "gebruiker", u.email, "tijdelijk wachtwoord ingesteld") != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=wachtwoord",
					      (long long)u.id));
}

int handle_beheer_token_revoke(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	int status;
	int64_t token_id = input_num(req, "token");

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_user(req, db, &u)))
		return status;
	/* The pair in the URL must belong together: no revoking by guessing ids. */
	if (!token_id || user_token_owner(db, token_id) != u.id)
		return http_error(req, 404, "Token niet gevonden", "Deze gebruiker heeft geen token met dit nummer.");
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = beheer_commit(req, db, user_token_revoke(db, token_id), "token_ingetrokken", "gebruiker",
					    u.email, arena_printf(&req->arena, "token %lld", (long long)token_id));
	/* STORE_NOTFOUND: revoked already (a second click); nothing to record. */
	if (r != STORE_OK && r != STORE_NOTFOUND)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=ingetrokken",
					      (long long)u.id));
}
