/*
 * beheer_tokens.c - /beheer/tokens: every API token with its integration's
 * name, account, scope, when made and last used, and whether revoked;
 * making one (shown exactly once) and revoking one. The rules are
 * app/accounts.h's, the same as `leefbaar token`; both leave audit rows.
 *
 * The new token is shown once, on the page the creating POST redirects to
 * (so "nothing twice" holds for this form too): it travels there sealed
 * with the server key in a short-lived HttpOnly cookie, which that page
 * clears. Only the token's hash is stored.
 */
#include "web/beheer_tokens.h"
#include "app/accounts.h"
#include "auth/secret.h"
#include "db/db.h"
#include "domain/fields.h"
#include "http/http.h"
#include "lib/parse.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/user.h"
#include "web/beheer.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define NEW_COOKIE "leefbaar_nieuw_token"
#define NEW_LIFETIME 300

static const char *const flash_codes[] = { "aangemaakt", "ingetrokken", NULL };
static const char *const flash_texts[] = {
	"Het token is aangemaakt.",
	"Het token is ingetrokken; het werkt niet meer.",
};

const struct field_spec beheer_tokens_fields[] = {
	BEHEER_FLASH_FIELD(flash_codes),
	{ .name = "nieuw", .from = IN_QUERY, .type = FT_ID },
	FIELDS_END
};

const struct field_spec beheer_token_create_fields[] = {
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "gebruiker", .from = IN_FORM, .type = FT_ID, .message = "Kies een actief account uit de lijst." },
	{ .name = "scope", .from = IN_FORM, .type = FT_ENUM, .choices = account_token_scopes,
	  .message = "Kies wat het token mag." },
	FIELDS_END
};

const struct field_spec beheer_tokens_revoke_fields[] = {
	FIELD_PATH("token", FT_ID),
	FIELDS_END
};

const char *beheer_token_scope_label(const char *scope)
{
	if (!strcmp(scope, "melden"))
		return "Alleen meldingen insturen";
	if (!strcmp(scope, "lezen"))
		return "Alleen lezen";
	return "Alles wat het account mag";
}

void beheer_token_row(struct tpl_dict *row, const struct user_token *t, const char *revoke_action)
{
	char when[WHEN_LEN];

	tpl_set(row, "SCOPE", beheer_token_scope_label(t->scope));
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
		tpl_set(tpl_section(row, "LIVE"), "REVOKE_ACTION", revoke_action);
	}
}

struct token_ctx {
	struct tpl_dict *d;
	struct arena *a;
	int count;
};

static void token_row(void *ctx, const struct user_token *t)
{
	struct token_ctx *c = ctx;
	struct tpl_dict *row = tpl_section(c->d, "TOKEN");

	tpl_set_int(row, "ID", t->id);
	if (t->naam[0])
		tpl_set(row, "NAAM", t->naam);
	else
		tpl_show(row, "GEEN_NAAM");
	tpl_set(row, "ACCOUNT", t->user_naam);
	tpl_set(row, "EMAIL", t->user_email);
	tpl_setf(row, "ACCOUNT_HREF", "/beheer/gebruikers/%lld", (long long)t->user_id);
	beheer_token_row(row, t, arena_printf(c->a, "/beheer/tokens/%lld/intrekken", (long long)t->id));
	c->count++;
}

struct account_ctx {
	struct tpl_dict *d;
	int64_t selected;
};

static void account_option(void *ctx, const struct user_row *r)
{
	struct account_ctx *c = ctx;

	/* Who must still choose a password gets no token (the login's gate). */
	if (r->must_change_password)
		return;
	struct tpl_dict *o = tpl_section(c->d, "ACCOUNT_OPTION");
	tpl_set_int(o, "VALUE", r->id);
	tpl_setf(o, "LABEL", "%s (%s, %s)", r->naam, r->email, role_labels[r->role]);
	if (r->id == c->selected)
		tpl_show(o, "SELECTED");
}

/* The page with the form holding naam, gebruiker and scope; NULL when the database failed. */
static struct tpl_dict *tokens_page(struct req *req, struct db *db, const char *naam, int64_t gebruiker,
				    const char *scope)
{
	struct tpl_dict *d = page_new(req, "API-tokens", "beheer_tokens.tpl");
	struct user_filter f = { .role = -1, .active = 1, .q = "" };
	struct account_ctx ac = { .d = d, .selected = gebruiker };
	int64_t total;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "NAAM", naam);
	for (int i = 0; account_token_scopes[i]; i++) {
		struct tpl_dict *o = tpl_section(d, "SCOPE_OPTION");
		tpl_set(o, "VALUE", account_token_scopes[i]);
		tpl_set(o, "LABEL", beheer_token_scope_label(account_token_scopes[i]));
		if (scope && !strcmp(scope, account_token_scopes[i]))
			tpl_show(o, "CHECKED");
	}
	struct token_ctx tc = { .d = d, .a = &req->arena };
	if (user_list(db, &f, 0, 10000, &total, account_option, &ac) == STORE_ERROR ||
	    user_tokens_all(db, token_row, &tc) == STORE_ERROR)
		return NULL;
	tpl_show(d, tc.count ? "TOKENS" : "NO_TOKENS");
	return d;
}

/* The token just made, once: from the sealed cookie, when it names token id. */
static void show_new(struct req *req, struct tpl_dict *d, int64_t id)
{
	const char *cookie = http_cookie(req, NEW_COOKIE);
	unsigned char box[SECRET_SEAL_MAX];
	size_t len;
	char plain[64];

	if (!cookie)
		return;
	http_set_cookie(req, NEW_COOKIE, "", 0);
	if (sodium_base642bin(box, sizeof(box), cookie, strlen(cookie), NULL, &len, NULL,
			      sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
	    secret_open(box, len, plain) < 0)
		return;
	char *colon = strchr(plain, ':');
	if (colon && id && (*colon = '\0', parse_id(plain) == id)) {
		struct tpl_dict *n = tpl_section(d, "NEW_TOKEN");
		tpl_set(n, "TOKEN", colon + 1);
		tpl_set_int(n, "ID", id);
	}
	sodium_memzero(plain, sizeof(plain));
}

int handle_beheer_tokens(struct req *req)
{
	struct db *db = db_thread();
	struct tpl_dict *d;

	if (!db || !(d = tokens_page(req, db, "", 0, "melden")))
		return http_unavailable(req, NULL);
	beheer_flash_sent(req, flash_texts);
	show_new(req, d, input_num(req, "nieuw"));
	return page_send(req, 200);
}

/* Seals "id:token" for the page after the redirect; 0/-1. */
static int seal_new(struct req *req, int64_t id, const char *token)
{
	unsigned char box[SECRET_SEAL_MAX];
	char plain[64], b64[sodium_base64_ENCODED_LEN(SECRET_SEAL_MAX, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
	size_t len;

	snprintf(plain, sizeof(plain), "%lld:%.43s", (long long)id, token);   /* a token is 43 characters */
	int rc = secret_seal(plain, box, &len);
	sodium_memzero(plain, sizeof(plain));
	if (rc < 0)
		return -1;
	sodium_bin2base64(b64, sizeof(b64), box, len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	http_set_cookie(req, NEW_COOKIE, b64, NEW_LIFETIME);
	return 0;
}

int handle_beheer_token_create(struct req *req)
{
	struct db *db = db_thread();
	const char *naam = input_text(req, "naam"), *scope = input_text(req, "scope");
	int64_t gebruiker = input_num(req, "gebruiker");
	struct field_errors errs = { 0 };
	char token[64];
	int64_t id;
	struct tpl_dict *d;

	if (!db)
		return http_unavailable(req, NULL);
	enum app_result r = account_token_create(db, &req->arena, http_actor(req), gebruiker, naam ? naam : "", 1,
						 scope, &errs, token, &id);
	if (r == APP_OK) {
		int sealed = seal_new(req, id, token);
		sodium_memzero(token, sizeof(token));
		if (sealed < 0)
			return http_unavailable(req, NULL);
		return http_redirect(req, arena_printf(&req->arena, "/beheer/tokens?melding=aangemaakt&nieuw=%lld",
						      (long long)id));
	}
	if (r != APP_INVALID)
		return http_unavailable(req, NULL);
	/* The form again, as typed, with each refusal beside its field. */
	if (!(d = tokens_page(req, db, naam && strlen(naam) <= 4 * ACCOUNT_TOKEN_NAAM_MAX ? naam : "", gebruiker, scope)))
		return http_unavailable(req, NULL);
	struct form f = FORM_INIT(d);
	for (int i = 0; i < errs.n; i++)
		form_error(&f, errs.e[i].field, errs.e[i].message);
	return page_send(req, 422);
}

int handle_beheer_tokens_revoke(struct req *req)
{
	struct db *db = db_thread();
	int64_t id = input_num(req, "token");

	if (!db)
		return http_unavailable(req, NULL);
	enum app_result r = account_token_revoke(db, &req->arena, http_actor(req), id);
	/* APP_NOT_FOUND for a token revoked already (a second click): the list says so. */
	if (r == APP_NOT_FOUND && !user_token_owner(db, id))
		return http_error(req, 404, "Token niet gevonden", "Er is geen token met dit nummer.");
	if (r != APP_OK && r != APP_NOT_FOUND)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/tokens?melding=ingetrokken");
}
