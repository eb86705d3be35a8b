/*
 * accounts.h - the use cases of accounts: checking an account's fields and
 * creating one, shared by the beheerder's pages (/beheer/gebruikers) and
 * the command line (`leefbaar adduser`), so both accept the same accounts
 * and leave the same audit row.
 */
#ifndef LEEFBAAR_APP_ACCOUNTS_H
#define LEEFBAAR_APP_ACCOUNTS_H

#include "app/app.h"

#include <stdint.h>

struct actor;
struct arena;
struct db;
struct field_errors;
struct user;

#define ACCOUNT_NAAM_MAX 120
#define ACCOUNT_WIJKEN_MAX 200   /* wijken one account can work in */

/* An account as typed: in a form or on the command line. */
struct account_input {
	const char *naam, *email, *rol;   /* email: only for a new account */
	const char *partner;              /* the partner organisation's id, or NULL / "" for none */
	const int64_t *wijken;            /* the wijk ids the user works in */
	int n_wijken;
	int wijken_bad;                   /* a chosen wijk was not a wijk id */
	int wijken_required;              /* a role bound to wijken must name one (the form, once wijken exist) */
	const char *nieuw_email;          /* update only: the new address; NULL leaves it as it is */
	const char *wachtwoord;           /* create only */
	int tijdelijk;                    /* create only: the user must change it at the first login */
};

/* Whether the role works in wijken, and whether it sees nothing without one. */
int account_role_has_wijken(int role);
int account_role_needs_wijken(int role);

/*
 * Checks naam, e-mail (when in->email is not NULL: a new account, which must
 * not exist yet), rol, partner (current_partner may stay even when inactive)
 * and wijken into u (naam, email, role, partner_id); errors are added to
 * errs in the order of the form, with messages in Dutch (static or in a).
 * APP_OK, APP_INVALID or APP_UNAVAILABLE.
 */
enum app_result account_check(struct db *db, struct arena *a, const struct account_input *in,
			      int64_t current_partner, struct user *u, struct field_errors *errs);

/*
 * Creates the account in one transaction with its wijken and who's audit
 * row ("aangemaakt", "gebruiker", e-mail, "rol R[, partner N], K wijk(en)").
 * The password must be strong enough (password_weakness()); it is stored as
 * an Argon2id hash. Fills *out (id included) on APP_OK. Opens its own
 * transaction: call it outside one.
 */
enum app_result account_create(struct db *db, struct arena *a, const struct actor *who,
			       const struct account_input *in, struct field_errors *errs, struct user *out);

/*
 * Changes the account old into in (naam, rol, partner, wijken, and the
 * e-mail address when in->nieuw_email differs: valid and nobody else's,
 * with its own audit row "email_gewijzigd" (old -> new) and a notice to
 * the OLD address through the outbox) and active,
 * in one transaction: its wijken, the logout everywhere of an account
 * switched off, and who's audit row ("gewijzigd" or "gedeactiveerd",
 * "naam: A -> B; rol: ..."; none when nothing changed). A beheerder cannot
 * change their own role or switch themselves off (errors on "rol" and
 * "actief"). Fills *out on APP_OK; APP_INVALID with errs; APP_UNAVAILABLE.
 */
enum app_result account_update(struct db *db, struct arena *a, const struct actor *who, const struct user *old,
			       const struct account_input *in, int active, struct field_errors *errs,
			       struct user *out);

/* ---- API tokens (/beheer/tokens and `leefbaar token`) ---- */

#define ACCOUNT_TOKEN_NAAM_MAX 60
/* The scopes of a token, as stored: "melden" (submit only), "lezen" (read only), "alles"; NULL-terminated. */
extern const char *const account_token_scopes[];

/*
 * Issues an API token for the integration naam (the website, a BI; may be
 * "" only when naam_required is 0: the command line) to the active account
 * user_id with scope, in one transaction with who's audit row
 * ("token_aangemaakt", "gebruiker", e-mail, "token N, scope S, naam X").
 * An account that must still choose its own password gets none. token gets
 * the token (shown once; only its hash is kept), *token_id its number.
 * APP_OK, APP_INVALID (errs on "naam", "gebruiker", "scope") or
 * APP_UNAVAILABLE. Opens its own transaction.
 */
enum app_result account_token_create(struct db *db, struct arena *a, const struct actor *who, int64_t user_id,
				     const char *naam, int naam_required, const char *scope,
				     struct field_errors *errs, char token[64], int64_t *token_id);
/*
 * Revokes token_id with who's audit row ("token_ingetrokken"): APP_OK,
 * APP_NOT_FOUND (no such token, or revoked already: nothing recorded) or
 * APP_UNAVAILABLE.
 */
enum app_result account_token_revoke(struct db *db, struct arena *a, const struct actor *who, int64_t token_id);

#endif
