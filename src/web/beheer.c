/*
 * beheer.c - the beheerder's index page and the user accounts:
 * /beheer and /beheer/gebruikers (list, create, edit, deactivate, reset
 * password, revoke API tokens), plus what the other beheer files share.
 *
 * The beheerder manages accounts, never case content: nothing here reads
 * meldingen or dossiers. A beheerder cannot deactivate or demote their own
 * account (someone must be able to manage), nor reset their own password
 * here (that is /account/wachtwoord, which asks for the current one).
 */
#include "web/beheer.h"
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

int64_t beheer_param_id(struct req *req, int i)
{
	return parse_id(http_param(req, i));
}

void beheer_flash(struct req *req, const char *text)
{
	if (!req->page)
		return;
	struct tpl_dict *f = tpl_section(req->page, "FLASH");
	tpl_set(f, "FLASH_KIND", "ok");
	tpl_set(f, "FLASH_TEXT", text);
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

/* Rows go into the TABLE section, made with the first row: no rows, no table. */
struct list_ctx {
	struct tpl_dict *d, *table;
	int rows;
};

static void user_row(void *ctx, const struct user_row *r)
{
	struct list_ctx *c = ctx;
	if (!c->table)
		c->table = tpl_section(c->d, "TABLE");
	struct tpl_dict *row = tpl_section(c->table, "USER");
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
	c->rows++;
}

int handle_beheer_users(struct req *req)
{
	struct db *db = db_thread();
	const char *rol = http_query(req, "rol"), *status = http_query(req, "status"), *q;
	struct user_filter f = { .role = -1, .active = -1 };
	int page = pager_page(req);
	int64_t total = 0;

	if (!db)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Gebruikers", "beheer_gebruikers.tpl");
	struct form form = FORM_INIT(d);
	const char *err = validate_line(&req->arena, http_query(req, "q"), SEARCH_MAX, "De zoektekst", &q);
	if (err)
		form_error(&form, "q", err);
	tpl_set(d, "Q", err ? "" : q);
	f.q = q;
	if (rol && role_parse(rol) > 0)
		f.role = role_parse(rol);
	if (status && !strcmp(status, "actief"))
		f.active = 1;
	else if (status && !strcmp(status, "inactief"))
		f.active = 0;

	for (int r = ROLE_ANONYMOUS + 1; r < ROLE__MAX; r++) {
		struct tpl_dict *o = tpl_section(d, "ROL_OPTION");
		tpl_set(o, "VALUE", role_ids[r]);
		tpl_set(o, "LABEL", role_labels[r]);
		if (f.role == r)
			tpl_show(o, "SELECTED");
	}
	if (f.active == 1)
		tpl_show(d, "STATUS_ACTIEF");
	else if (f.active == 0)
		tpl_show(d, "STATUS_INACTIEF");

	const char *melding = http_query(req, "melding");
	if (melding && !strcmp(melding, "aangemaakt"))
		beheer_flash(req, "De gebruiker is aangemaakt.");
	if (form.errors)
		return page_send(req, 422);

	struct list_ctx ctx = { .d = d };
	enum store_result r = user_list(db, &f, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &total, user_row, &ctx);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (!ctx.rows && !total)
		tpl_show(d, "EMPTY");

	struct buf base = BUF_INIT;
	buf_addstr(&base, "/beheer/gebruikers?");
	pager_query(&base, "q", q);
	pager_query(&base, "rol", f.role > 0 ? role_ids[f.role] : NULL);
	pager_query(&base, "status", f.active == 1 ? "actief" : f.active == 0 ? "inactief" : NULL);
	pager_render(d, base.buf, page, JSON_PER_PAGE, total);
	buf_release(&base);
	return page_send(req, 200);
}

/* ---- the user form (create and edit) ----------------------------------- */

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

static const char *scope_label(const char *scope)
{
	return !strcmp(scope, "melden") ? "Alleen meldingen insturen" : "Alles wat de gebruiker mag";
}

struct token_ctx {
	struct tpl_dict *d;
	int64_t user_id;
	int count;
};

static void token_row(void *ctx, const struct user_token *t)
{
	struct token_ctx *c = ctx;
	struct tpl_dict *row = tpl_section(c->d, "TOKEN");
	char when[WHEN_LEN];

	tpl_set_int(row, "TOKEN_ID", t->id);
	tpl_set(row, "SCOPE", scope_label(t->scope));
	when_format(t->created_at, when);
	tpl_set(row, "CREATED", when);
	if (t->last_used) {
		when_format(t->last_used, when);
		tpl_set(tpl_section(row, "USED"), "LAST_USED", when);
	} else {
		tpl_show(row, "NEVER_USED");
	}
	if (t->revoked_at) {
		when_format(t->revoked_at, when);
		tpl_set(tpl_section(row, "REVOKED"), "REVOKED_AT", when);
	} else {
		struct tpl_dict *a = tpl_section(row, "LIVE");
		tpl_setf(a, "REVOKE_ACTION", "/beheer/gebruikers/%lld/tokens/%lld/intrekken",
			 (long long)c->user_id, (long long)t->id);
	}
	c->count++;
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
		char when[WHEN_LEN];
		struct tpl_dict *e = tpl_section(d, "EDIT");
		tpl_setf(d, "ACTION", "/beheer/gebruikers/%lld", (long long)u->id);
		tpl_set(d, "HEADING", u->naam);
		tpl_set(e, "EMAIL", u->email);
		when_date(u->created_at, when);
		tpl_set(e, "CREATED", when);
		tpl_setf(e, "PASSWORD_ACTION", "/beheer/gebruikers/%lld/wachtwoord", (long long)u->id);
		if (v->actief)
			tpl_show(e, "ACTIEF_CHECKED");
		tpl_show(d, u->active ? "IS_ACTIVE" : "IS_INACTIVE");
		if (u->must_change_password)
			tpl_show(d, "IS_MUST_CHANGE");
		tpl_show(e, req->session && u->id == req->session->user_id ? "SELF" : "NOT_SELF");
		struct token_ctx tc = { .d = e, .user_id = u->id };
		if (user_tokens(db, u->id, token_row, &tc) == STORE_ERROR)
			return NULL;
		tpl_show(e, tc.count ? "TOKENS" : "NO_TOKENS");
	} else {
		struct tpl_dict *n = tpl_section(d, "NEW");
		tpl_set(d, "ACTION", "/beheer/gebruikers");
		tpl_set(d, "HEADING", "Nieuwe gebruiker");
		tpl_set(n, "EMAIL", v->email);
	}
	for (int r = ROLE_ANONYMOUS + 1; r < ROLE__MAX; r++) {
		struct tpl_dict *o = tpl_section(d, "ROL_OPTION");
		tpl_set(o, "VALUE", role_ids[r]);
		tpl_set(o, "LABEL", role_labels[r]);
		if (v->rol && !strcmp(v->rol, role_ids[r]))
			tpl_show(o, "SELECTED");
	}
	struct partner_ctx pc = { .d = d, .selected = v->partner };
	struct partner_filter pf = { .actief = -1 };
	int64_t total;
	if (partner_list(db, &pf, 0, 1000, &total, partner_option, &pc) == STORE_ERROR)
		return NULL;
	if (!pc.count)
		tpl_show(d, "NO_PARTNERS");
	struct wijk_ctx wc = { .d = d, .v = v };
	if (user_wijk_choices(db, 0, wijk_choice, &wc) == STORE_ERROR)
		return NULL;
	tpl_show(d, wc.count ? "WIJKEN" : "NO_WIJKEN");
	if (n_wijken)
		*n_wijken = wc.count;
	return d;
}

/* Reads the posted wijk check boxes into v. */
static void posted_wijken(struct req *req, struct user_form *v)
{
	for (struct kv *k = req->form; k; k = k->next) {
		if (strcmp(k->key, "wijk"))
			continue;
		int64_t id = parse_id(k->value.buf);
		if (!id || v->n_wijken == ACCOUNT_WIJKEN_MAX) {
			v->wijken_bad = 1;
			continue;
		}
		if (!chosen(v, id))
			v->wijken[v->n_wijken++] = id;
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

/* The use case's refusals beside their fields, in the order of the form. */
static void show_errors(struct form *f, const struct field_errors *errs)
{
	for (int i = 0; i < errs->n; i++)
		form_error(f, errs->e[i].field, errs->e[i].message);
}

static void form_from_post(struct req *req, struct user_form *v)
{
	memset(v, 0, sizeof(*v));
	v->naam = http_form(req, "naam");
	v->email = http_form(req, "email");
	v->rol = http_form(req, "rol");
	v->partner = http_form(req, "partner");
	v->actief = http_form(req, "actief") != NULL;
	posted_wijken(req, v);
	if (!v->naam)
		v->naam = "";
	if (!v->email)
		v->email = "";
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
	struct user_form v;
	struct user u;
	struct field_errors errs = { 0 };
	int n_wijken = 0;

	if (!db)
		return http_unavailable(req, NULL);
	form_from_post(req, &v);
	/* The form comes back as typed, but never an absurdly long address. */
	const char *email_in = v.email;
	if (strlen(v.email) > 254)
		v.email = "";
	struct tpl_dict *d = user_page(req, db, NULL, &v, &n_wijken);
	if (!d)
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);

	struct account_input in = input_of(&v, n_wijken);
	in.email = email_in;
	in.wachtwoord = http_form(req, "wachtwoord");
	in.tijdelijk = 1;
	switch (account_create(db, &req->arena, http_actor(req), &in, &errs, &u)) {
	case APP_OK:
		return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=aangemaakt",
						      (long long)u.id));
	case APP_INVALID:
		show_errors(&f, &errs);
		return page_send(req, 422);
	default:   /* account_create() refuses only by field errors */
		return http_unavailable(req, NULL);
	}
}

/* ---- /beheer/gebruikers/{id} ------------------------------------------ */

/* Loads the account of route parameter 0 into u; 0, or the status to answer. */
static int load_user(struct req *req, struct db *db, struct user *u)
{
	int64_t id = beheer_param_id(req, 0);
	enum store_result r = id ? user_by_id(db, id, u) : STORE_NOTFOUND;

	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r != STORE_OK)
		return http_error(req, 404, "Gebruiker niet gevonden",
				  "Deze gebruiker bestaat niet. Ga terug naar de lijst met gebruikers.");
	return 0;
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

static const struct {
	const char *code, *text;
} edit_flashes[] = {
	{ "aangemaakt", "De gebruiker is aangemaakt. Geef het tijdelijke wachtwoord persoonlijk door; "
			"bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord." },
	{ "opgeslagen", "De wijzigingen zijn opgeslagen." },
	{ "wachtwoord", "Het wachtwoord is opnieuw ingesteld. De gebruiker is overal uitgelogd en "
			"kiest bij de volgende keer inloggen een eigen wachtwoord." },
	{ "ingetrokken", "Het token is ingetrokken; het werkt niet meer." },
};

int handle_beheer_user_edit(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	struct user_form v;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_user(req, db, &u)))
		return status;
	form_from_user(req, db, &u, &v);
	if (!user_page(req, db, &u, &v, NULL))
		return http_unavailable(req, NULL);
	const char *melding = http_query(req, "melding");
	for (size_t i = 0; melding && i < sizeof(edit_flashes) / sizeof(edit_flashes[0]); i++)
		if (!strcmp(melding, edit_flashes[i].code))
			beheer_flash(req, edit_flashes[i].text);
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
	struct tpl_dict *d = user_page(req, db, &old, &v, &n_wijken);
	if (!d)
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);
	struct account_input in = input_of(&v, n_wijken);
	struct field_errors errs = { 0 };
	switch (account_update(db, &req->arena, http_actor(req), &old, &in, v.actief, &errs, &u)) {
	case APP_OK:
		return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=opgeslagen",
						      (long long)u.id));
	case APP_INVALID:
		show_errors(&f, &errs);
		return page_send(req, 422);
	default:
		return http_unavailable(req, NULL);
	}
}

int handle_beheer_user_password(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	struct user_form v;
	char hash[PASSWORD_HASH_MAX];
	const char *pw = http_form(req, "wachtwoord"), *weak;
	int status;

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_user(req, db, &u)))
		return status;
	form_from_user(req, db, &u, &v);
	struct tpl_dict *d = user_page(req, db, &u, &v, NULL);
	if (!d)
		return http_unavailable(req, NULL);
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
	if (user_set_password(db, u.id, hash, 1) != STORE_OK || session_end_all(u.id) < 0 ||
	    audit_record(db_thread(), http_actor(req), "wachtwoord_hersteld", "gebruiker", u.email, "tijdelijk wachtwoord ingesteld") < 0) {
		db_rollback(db);
		return http_unavailable(req, NULL);
	}
	sodium_memzero(hash, sizeof(hash));
	if (db_commit(db) < 0)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=wachtwoord",
					      (long long)u.id));
}

int handle_beheer_token_revoke(struct req *req)
{
	struct db *db = db_thread();
	struct user u;
	int status;
	int64_t token_id = beheer_param_id(req, 1);

	if (!db)
		return http_unavailable(req, NULL);
	if ((status = load_user(req, db, &u)))
		return status;
	/* The pair in the URL must belong together: no revoking by guessing ids. */
	if (!token_id || user_token_owner(db, token_id) != u.id)
		return http_error(req, 404, "Token niet gevonden", "Deze gebruiker heeft geen token met dit nummer.");
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = user_token_revoke(db, token_id);
	if (r == STORE_OK &&
	    audit_record(db_thread(), http_actor(req), "token_ingetrokken", "gebruiker", u.email,
			 arena_printf(&req->arena, "token %lld", (long long)token_id)) < 0)
		r = STORE_ERROR;
	if (r == STORE_ERROR) {
		db_rollback(db);
		return http_unavailable(req, NULL);
	}
	/* STORE_NOTFOUND: revoked already (a second click); nothing to record. */
	if (db_commit(db) < 0)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/gebruikers/%lld?melding=ingetrokken",
					      (long long)u.id));
}
