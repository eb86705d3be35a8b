/*
 * accounts.c - checking and creating accounts (see accounts.h). The rules
 * here are the beheerder's form's: the command line gets the same ones.
 */
#include "app/accounts.h"
#include "auth/password.h"
#include "auth/policy.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/fields.h"
#include "domain/validate.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/parse.h"
#include "lib/clock.h"
#include "store/audit.h"
#include "store/outbox.h"
#include "store/partner.h"
#include "store/user.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

int account_role_has_wijken(int role)
{
	return role >= 0 && role < ROLE__MAX && role_is_staff((enum role)role);
}

int account_role_needs_wijken(int role)
{
	return account_role_has_wijken(role) && !policy_sees_all_areas((enum role)role, ACT_MELDING_READ);
}

/*
 * An address into u->email: filled in, valid, and no other account's. For
 * an existing account (old, else NULL) an unchanged address (the same in
 * any capitals) leaves u->email as it is. APP_UNAVAILABLE when the
 * database failed.
 */
static enum app_result check_email(struct db *db, const char *in, const struct user *old, struct user *u,
				   struct field_errors *errs)
{
	char norm[256];
	struct user existing;

	if (!in[0]) {
		field_error_add(errs, "email", "Vul het e-mailadres in.");
	} else if (strlen(in) > 254 || user_normalize_email(in, norm) < 0) {
		field_error_add(errs, "email", "Dit e-mailadres is te lang: hoogstens 254 tekens.");
	} else if (old && !strcmp(norm, old->email)) {
		/* unchanged */
	} else if (!email_valid(norm)) {
		field_error_add(errs, "email", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.");
	} else {
		enum store_result r = user_by_email(db, norm, &existing);
		if (r == STORE_ERROR)
			return APP_UNAVAILABLE;
		if (r == STORE_OK)
			field_error_add(errs, "email", "Er is al een account met dit e-mailadres.");
		snprintf(u->email, sizeof(u->email), "%s", norm);
	}
	return APP_OK;
}

/* The organisation of a partner user into u->partner_id. */
static enum app_result check_partner(struct db *db, const struct account_input *in, int role,
				     int64_t current_partner, struct user *u, struct field_errors *errs)
{
	struct partner p;

	u->partner_id = 0;
	if (!in->partner || !in->partner[0]) {
		if (role == ROLE_PARTNER)
			field_error_add(errs, "partner", "Kies de organisatie waarvoor deze partner werkt.");
		return APP_OK;
	}
	int64_t pid = parse_id(in->partner);
	enum store_result r = pid ? partner_by_id(db, pid, &p) : STORE_NOTFOUND;
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		field_error_add(errs, "partner", "Kies een organisatie uit de lijst.");
	else if (role >= 0 && role != ROLE_PARTNER)
		field_error_add(errs, "partner", "Een organisatie hoort alleen bij de rol Partner. "
				"Kies hier \"Geen organisatie\", of kies de rol Partner.");
	else if (!p.actief && p.id != current_partner)
		field_error_add(errs, "partner", "Deze organisatie is niet actief. Zet haar eerst weer aan "
				"onder Partnerorganisaties, of kies een andere.");
	else
		u->partner_id = p.id;
	return APP_OK;
}

static void check_wijken(const struct account_input *in, int role, struct field_errors *errs)
{
	if (in->wijken_bad)
		field_error_add(errs, "wijken", "Kies de wijken uit de lijst.");
	else if (role >= 0 && !account_role_has_wijken(role) && in->n_wijken)
		field_error_add(errs, "wijken", "Alleen medewerkers sociaal beheer werken in wijken. "
				"Haal de vinkjes weg, of kies een andere rol.");
	else if (role >= 0 && account_role_needs_wijken(role) && !in->n_wijken && in->wijken_required)
		field_error_add(errs, "wijken", "Kies minstens één wijk: deze rol ziet alleen meldingen en "
				"dossiers in de eigen wijken.");
}

enum app_result account_check(struct db *db, struct arena *a, const struct account_input *in,
			      int64_t current_partner, struct user *u, struct field_errors *errs)
{
	const char *naam, *err;
	int role = in->rol && in->rol[0] ? role_parse(in->rol) : -1;

	if ((err = validate_line(a, in->naam, ACCOUNT_NAAM_MAX, "De naam", &naam)))
		field_error_add(errs, "naam", err);
	else if (!naam[0])
		field_error_add(errs, "naam", "Vul de naam in.");
	else
		snprintf(u->naam, sizeof(u->naam), "%s", naam);
	if (in->email && check_email(db, in->email, NULL, u, errs) != APP_OK)
		return APP_UNAVAILABLE;
	if (role < 0)
		field_error_add(errs, "rol", "Kies een rol.");
	else
		u->role = (enum role)role;
	if (check_partner(db, in, role, current_partner, u, errs) != APP_OK)
		return APP_UNAVAILABLE;
	check_wijken(in, role, errs);
	return errs->n ? APP_INVALID : APP_OK;
}

/* Stores u with its wijken and the audit row, in one transaction. */
static enum app_result store(struct db *db, struct arena *a, const struct actor *who,
			     const struct account_input *in, struct user *u, struct field_errors *errs)
{
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	enum store_result r = user_create(db, u);
	if (r == STORE_CONFLICT) {
		/* Someone else made this address in the meantime. */
		db_rollback(db);
		field_error_add(errs, "email", "Er is al een account met dit e-mailadres.");
		return APP_INVALID;
	}
	if (r == STORE_OK && account_role_has_wijken(u->role))
		r = user_set_wijken(db, u->id, in->wijken, in->n_wijken);
	if (r == STORE_NOTFOUND) {
		db_rollback(db);
		field_error_add(errs, "wijken", "Een van de gekozen wijken bestaat niet meer. Kies opnieuw.");
		return APP_INVALID;
	}
	const char *detail = arena_printf(a, "rol %s%s%s, %d wijk(en)", role_ids[u->role],
					  u->partner_id ? ", partner " : "",
					  u->partner_id ? arena_printf(a, "%lld", (long long)u->partner_id) : "",
					  account_role_has_wijken(u->role) ? in->n_wijken : 0);
	if (r != STORE_OK || audit_record(db, who, "aangemaakt", "gebruiker", u->email, detail) < 0 ||
	    db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return APP_OK;
}

enum app_result account_create(struct db *db, struct arena *a, const struct actor *who,
			       const struct account_input *in, struct field_errors *errs, struct user *out)
{
	char hash[PASSWORD_HASH_MAX];
	const char *weak;

	memset(out, 0, sizeof(*out));
	out->active = 1;
	out->must_change_password = in->tijdelijk;
	enum app_result r = account_check(db, a, in, 0, out, errs);
	if (r == APP_UNAVAILABLE)
		return r;
	if (!in->wachtwoord || !in->wachtwoord[0])
		field_error_add(errs, "wachtwoord", in->tijdelijk ? "Kies een tijdelijk wachtwoord."
								   : "Kies een wachtwoord.");
	else if ((weak = password_weakness(in->wachtwoord, out->email[0] ? out->email : in->email)))
		field_error_add(errs, "wachtwoord", weak);
	if (errs->n)
		return APP_INVALID;
	if (password_hash(in->wachtwoord, hash) < 0)
		return APP_UNAVAILABLE;
	snprintf(out->password_hash, sizeof(out->password_hash), "%s", hash);
	sodium_memzero(hash, sizeof(hash));
	return store(db, a, who, in, out, errs);
}

/*
 * The address changed: stored, audited (who, old, new) and the OLD address
 * told, through the outbox, in the caller's transaction. Someone who took
 * over an account by changing its address cannot hide it from its owner.
 */
static enum store_result email_change(struct db *db, struct arena *a, const struct actor *who, const struct user *old,
				      const struct user *u)
{
	enum store_result r = user_set_email(db, u->id, u->email);
	if (r != STORE_OK)
		return r;
	if (audit_record(db, who, "email_gewijzigd", "gebruiker", u->email,
			 arena_printf(a, "%s -> %s", old->email, u->email)) < 0)
		return STORE_ERROR;
	const char *tekst = arena_printf(a,
		"Beste %s,\n\n"
		"Het e-mailadres waarmee u inlogt in Leefbaar is gewijzigd van %s in %s%s%s.\n"
		"Op dit adres krijgt u vanaf nu geen berichten van Leefbaar meer.\n\n"
		"Heeft u hier niet om gevraagd? Neem dan direct contact op met de beheerder van Leefbaar "
		"in uw organisatie.\n",
		old->naam, old->email, u->email, who->name ? " door " : "", who->name ? who->name : "");
	return outbox_add(db, 0, "email_gewijzigd", old->email, "Uw e-mailadres in Leefbaar is gewijzigd", tekst,
			  clock_now());
}

/* "naam: A -> B; rol: ..." for the audit row: what an update changed. */
static void change(struct buf *b, const char *what, const char *was, const char *is)
{
	if (!strcmp(was, is))
		return;
	buf_addf(b, "%s%s: %s -> %s", b->len ? "; " : "", what, was, is);
}

static int listed(const int64_t *ids, int n, int64_t id)
{
	for (int i = 0; i < n; i++)
		if (ids[i] == id)
			return 1;
	return 0;
}

/* The audit detail of an update; NULL on a database error. */
static char *update_detail(struct db *db, struct arena *a, const struct user *old, const struct user *u,
			   const struct account_input *in)
{
	int64_t old_areas[ACCOUNT_WIJKEN_MAX];
	int n_old = user_areas(db, old->id, old_areas, ACCOUNT_WIJKEN_MAX);
	int n_new = account_role_has_wijken(u->role) ? in->n_wijken : 0;
	struct buf detail = BUF_INIT;

	if (n_old < 0)
		return NULL;
	change(&detail, "naam", old->naam, u->naam);
	change(&detail, "rol", role_ids[old->role], role_ids[u->role]);
	change(&detail, "partner", arena_printf(a, "%lld", (long long)old->partner_id),
	       arena_printf(a, "%lld", (long long)u->partner_id));
	change(&detail, "actief", old->active ? "ja" : "nee", u->active ? "ja" : "nee");
	int areas_changed = n_old != n_new;
	for (int i = 0; !areas_changed && i < n_old; i++)
		areas_changed = !listed(in->wijken, in->n_wijken, old_areas[i]);
	if (areas_changed)
		buf_addf(&detail, "%swijken: %d -> %d", detail.len ? "; " : "", n_old, n_new);
	char *out = arena_strdup(a, detail.len ? detail.buf : "");
	buf_release(&detail);
	return out;
}

/* Stores the update, its wijken, the logout of a deactivated account and the audit row. */
static enum store_result update_store(struct db *db, const struct actor *who, const struct user *old,
				      const struct user *u, const struct account_input *in, const char *detail)
{
	enum store_result r = user_update(db, u);

	if (r == STORE_OK)
		r = account_role_has_wijken(u->role) ? user_set_wijken(db, u->id, in->wijken, in->n_wijken)
						    : user_clear_areas(db, u->id);
	/* A deactivated account is logged out everywhere, at once. */
	if (r == STORE_OK && old->active && !u->active && session_end_all(u->id) < 0)
		r = STORE_ERROR;
	if (r == STORE_OK && detail[0] &&
	    audit_record(db, who, old->active && !u->active ? "gedeactiveerd" : "gewijzigd", "gebruiker", u->email,
			 detail) < 0)
		r = STORE_ERROR;
	return r;
}

enum app_result account_update(struct db *db, struct arena *a, const struct actor *who, const struct user *old,
			       const struct account_input *in, int active, struct field_errors *errs,
			       struct user *out)
{
	*out = *old;
	if (account_check(db, a, in, old->partner_id, out, errs) == APP_UNAVAILABLE)
		return APP_UNAVAILABLE;
	if (in->nieuw_email && check_email(db, in->nieuw_email, old, out, errs) == APP_UNAVAILABLE)
		return APP_UNAVAILABLE;
	out->active = active;
	/* Someone must be able to manage: never lock oneself out. */
	int self = who->user_id && old->id == who->user_id;
	if (self && out->role != ROLE_BEHEERDER)
		field_error_add(errs, "rol", "U kunt uw eigen rol niet wijzigen: dan kan niemand u meer terugzetten. "
				"Vraag een andere beheerder om dit te doen.");
	if (self && !out->active)
		field_error_add(errs, "actief", "U kunt uw eigen account niet uitzetten. "
				"Vraag een andere beheerder om dit te doen.");
	if (errs->n)
		return APP_INVALID;

	const char *detail = update_detail(db, a, old, out, in);
	if (!detail || db_begin(db) < 0)
		return APP_UNAVAILABLE;
	enum store_result r = update_store(db, who, old, out, in, detail);
	int email_taken = 0;
	if (r == STORE_OK && strcmp(old->email, out->email))
		email_taken = (r = email_change(db, a, who, old, out)) == STORE_CONFLICT;
	if (email_taken) {
		/* Someone else took this address in the meantime. */
		db_rollback(db);
		field_error_add(errs, "email", "Er is al een account met dit e-mailadres.");
		return APP_INVALID;
	}
	if (r == STORE_NOTFOUND) {
		db_rollback(db);
		field_error_add(errs, "wijken", "Een van de gekozen wijken bestaat niet meer. Kies opnieuw.");
		return APP_INVALID;
	}
	if (r != STORE_OK) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* ---- API tokens ---------------------------------------------------------- */

const char *const account_token_scopes[] = { "melden", "lezen", "alles", NULL };

static int scope_known(const char *scope)
{
	for (int i = 0; scope && account_token_scopes[i]; i++)
		if (!strcmp(scope, account_token_scopes[i]))
			return 1;
	return 0;
}

enum app_result account_token_create(struct db *db, struct arena *a, const struct actor *who, int64_t user_id,
				     const char *naam, int naam_required, const char *scope,
				     struct field_errors *errs, char token[64], int64_t *token_id)
{
	const char *clean = "", *err;
	struct user u;
	enum store_result r = user_id ? user_by_id(db, user_id, &u) : STORE_NOTFOUND;

	token[0] = '\0';
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if ((err = validate_line(a, naam ? naam : "", ACCOUNT_TOKEN_NAAM_MAX, "De naam", &clean)))
		field_error_add(errs, "naam", err);
	else if (!clean[0] && naam_required)
		field_error_add(errs, "naam", "Vul de naam van de koppeling in, zoals website of BI.");
	if (r != STORE_OK || !u.active)
		field_error_add(errs, "gebruiker", "Kies een actief account uit de lijst.");
	else if (u.must_change_password)
		field_error_add(errs, "gebruiker", "Dit account moet eerst zelf een wachtwoord kiezen; "
				"daarna kan het een token krijgen.");
	if (!scope_known(scope))
		field_error_add(errs, "scope", "Kies wat het token mag.");
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int64_t id = 0;
	if (user_token_create_named(db, u.id, scope, clean, token, &id) != STORE_OK ||
	    audit_record(db, who, "token_aangemaakt", "gebruiker", u.email,
			 arena_printf(a, "token %lld, scope %s%s%s", (long long)id, scope,
				      clean[0] ? ", naam " : "", clean)) < 0 ||
	    db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		sodium_memzero(token, 64);
		return APP_UNAVAILABLE;
	}
	if (token_id)
		*token_id = id;
	return APP_OK;
}

enum app_result account_token_revoke(struct db *db, struct arena *a, const struct actor *who, int64_t token_id)
{
	struct user u;
	int64_t owner = token_id ? user_token_owner(db, token_id) : 0;

	if (!owner)
		return APP_NOT_FOUND;
	enum store_result r = user_by_id(db, owner, &u);
	if (r != STORE_OK)
		return r == STORE_ERROR ? APP_UNAVAILABLE : APP_NOT_FOUND;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	r = user_token_revoke(db, token_id);
	if (r == STORE_OK && audit_record(db, who, "token_ingetrokken", "gebruiker", u.email,
					  arena_printf(a, "token %lld", (long long)token_id)) < 0)
		r = STORE_ERROR;
	if (r != STORE_OK) {
		db_rollback(db);
		/* STORE_NOTFOUND: revoked already (a second click); nothing to record. */
		return r == STORE_NOTFOUND ? APP_NOT_FOUND : APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}
