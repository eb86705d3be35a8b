/*
 * login.c - logging in and out, and changing one's own password.
 *
 * A failed login answers the same whether or not the address exists (an
 * unknown address is verified against a dummy hash, so timing agrees too)
 * and counts per normalised e-mail string and per IP. Past the limits of
 * [security] within the window, attempts are refused with 429 before any
 * password is checked. The fields of each route are declared here
 * (web/web.h) and read typed (http/input.h); a value too long to be real is
 * the input stage's to find, said beside the field as before.
 */
#include "auth/csrf.h"
#include "auth/password.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "web/meldingen.h"
#include "web/web.h"
#include "http/herstel.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/log.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/audit.h"
#include "store/herstel.h"
#include "store/user.h"
#include "lib/clock.h"
#include "render/when.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define EMAIL_MAX 254

static const char EMAIL_TOO_LONG[] = "Dit e-mailadres is te lang.";
static const char NOT_CURRENT[] = "Dit is niet uw huidige wachtwoord.";

/* GET /login: where the user was going (kept only when a local path). */
const struct field_spec login_form_fields[] = {
	{ .name = "terug", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

const struct field_spec login_fields[] = {
	{ .name = "email", .from = IN_FORM, .type = FT_TEXT, .max = EMAIL_MAX, .message = EMAIL_TOO_LONG },
	{ .name = "wachtwoord", .from = IN_FORM, .type = FT_TEXT, .max = PASSWORD_MAX_LEN,
	  .message = "Dit wachtwoord is te lang." },
	{ .name = "terug", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* Over the longest password there is, the current one cannot be it. */
const struct field_spec password_fields[] = {
	{ .name = "huidig", .from = IN_FORM, .type = FT_TEXT, .max = PASSWORD_MAX_LEN, .message = NOT_CURRENT },
	{ .name = "nieuw", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "herhaal", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* Where a user starts after logging in: the first page their role may use. */
static const char *start_page(enum role role)
{
	switch (role) {
	case ROLE_WIJKBEHEERDER:
	case ROLE_SOCIAAL_BEHEERDER:
	case ROLE_LEEFBAARHEIDSMEDEWERKER:
	case ROLE_ONDERSTEUNER:
	case ROLE_COORDINATOR:
		return "/meldingen";
	case ROLE_BEHEERDER:
		return "/beheer";
	case ROLE_PARTNER:
		return "/doorverwijzingen";
	default:
		return "/";
	}
}

/* Only local paths, never "//host" or "/\host": no open redirect. */
static int local_path(const char *p)
{
	return p && p[0] == '/' && p[1] != '/' && p[1] != '\\' && strlen(p) < 512 &&
	       !strpbrk(p, "\r\n");
}

/*
 * 1 when this browser holds a form kept for user_id (http/herstel.h): the
 * login leads to it. A form kept for another account is removed unseen,
 * and its cookie with it.
 */
static int kept_for(struct req *req, struct db *db, int64_t user_id)
{
	unsigned char hash[HERSTEL_KEY];

	if (!herstel_cookie_hash(req, hash))
		return 0;
	int r = herstel_claim(db, hash, user_id, clock_now());
	if (r <= 0)
		http_set_cookie(req, HERSTEL_COOKIE, "", 0);
	return r > 0;
}

/*
 * A new session for user_id in this browser: the one its cookie named
 * ends, the new cookie is set. No Max-Age: the cookie ends with the
 * browser; the server enforces the lifetimes. 0/-1.
 */
static int start_session(struct req *req, struct db *db, int64_t user_id)
{
	char token[SESSION_TOKEN_SIZE];

	if (session_create(db, req->cfg, user_id, http_cookie(req, SESSION_COOKIE), req->ip, token) < 0)
		return -1;
	http_set_cookie(req, SESSION_COOKIE, token, -1);
	return 0;
}

static struct tpl_dict *login_page(struct req *req, const char *email, const char *terug)
{
	struct tpl_dict *d = page_new(req, "Inloggen", "login.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "EMAIL", email);
	tpl_set(d, "TERUG", local_path(terug) ? terug : "");
	return d;
}

int handle_login_form(struct req *req)
{
	if (req->session)
		return http_redirect(req, start_page(req->session->role));
	struct tpl_dict *d = login_page(req, "", input_text(req, "terug"));
	/* A form was kept at an expired session (http/herstel.h): say so, without saying whose. */
	if (http_cookie(req, HERSTEL_COOKIE))
		tpl_show(d, "BEWAARD_MSG");
	return page_send(req, 200);
}

/* The form's own checks, beside the fields; norm gets the normalised address. */
static void check_login(struct req *req, struct form *f, const char *email, const char *password, char norm[256])
{
	const struct field_errors *stage = input_errors(req);
	const char *m;

	if (!email[0])
		form_error(f, "email", "Vul uw e-mailadres in.");
	else if ((m = field_error_for(stage, "email")) || user_normalize_email(email, norm) < 0)
		form_error(f, "email", m ? m : EMAIL_TOO_LONG);
	if (!password[0])
		form_error(f, "wachtwoord", "Vul uw wachtwoord in.");
	else if ((m = field_error_for(stage, "wachtwoord")))
		form_error(f, "wachtwoord", m);
}

int handle_login(struct req *req)
{
	const struct config *cfg = req->cfg;
	const char *email = input_text(req, "email"), *password = input_text(req, "wachtwoord");
	const char *terug = input_text(req, "terug");
	struct db *db = db_thread();
	char norm[256], ekey[300], ikey[100];
	int64_t now = clock_now(), since = now - (int64_t)cfg->login_window_minutes * 60;
	struct user u;

	if (!db)
		return http_unavailable(req, NULL);
	if (!email)
		email = "";
	if (!password)
		password = "";
	/* Keep what the user typed, but never an absurd amount of it. */
	struct tpl_dict *d = login_page(req, field_error_for(input_errors(req), "email") ? "" : email, terug);
	struct form f = FORM_INIT(d);

	check_login(req, &f, email, password, norm);
	if (f.errors)
		return page_send(req, 422);

	snprintf(ekey, sizeof(ekey), "e:%s", norm);
	snprintf(ikey, sizeof(ikey), "i:%s", req->ip);
	if (user_failures_since(db, ekey, since) >= cfg->login_max_account ||
	    user_failures_since(db, ikey, since) >= cfg->login_max_ip) {
		audit_record(db_thread(), http_actor(req), "login_geblokkeerd", "gebruiker", norm, "te veel mislukte pogingen");
		tpl_setf(d, "BLOCKED", "Te veel mislukte pogingen. Probeer het over %d minuten opnieuw, "
			 "of vraag de beheerder om hulp.", cfg->login_window_minutes);
		tpl_show(d, "BLOCKED_MSG");
		return page_send(req, 429);
	}

	enum store_result r = user_by_email(db, norm, &u);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	int ok = 0;
	if (r == STORE_OK)
		ok = password_verify(u.password_hash, password) && u.active;
	else
		password_verify_dummy(password);

	if (!ok) {
		user_failure_add(db, ekey, ikey, now, now - 24 * 3600);
		audit_record(db_thread(), http_actor(req), "login_mislukt", "gebruiker", norm, "");
		tpl_show(d, "FAILED_MSG");
		return page_send(req, 401);
	}

	user_failures_clear(db, ekey);
	if (password_needs_rehash(u.password_hash)) {
		char hash[PASSWORD_HASH_MAX];
		if (password_hash(password, hash) == 0 && db_begin(db) == 0) {
			if (user_renew_hash(db, u.id, hash) == STORE_OK)
				db_commit(db);
			else
				db_rollback(db);
		}
	}
	if (start_session(req, db, u.id) < 0)
		return http_unavailable(req, NULL);
	/* The new session is the one this request now acts for (for the audit row). */
	struct session who = { .user_id = u.id, .role = u.role };
	req->session = &who;
	audit_record(db_thread(), http_actor(req), "ingelogd", "gebruiker", u.email, "");
	req->session = NULL;
	if (u.must_change_password)
		return http_redirect(req, "/account/wachtwoord");
	if (kept_for(req, db, u.id))
		return http_redirect(req, "/herstel");
	return http_redirect(req, local_path(terug) ? terug : start_page(u.role));
}

int handle_logout(struct req *req)
{
	audit_record(db_thread(), http_actor(req), "uitgelogd", "gebruiker", req->session->email, "");
	http_set_cookie(req, SESSION_COOKIE, "", 0);
	/* The last list's filters may hold a searched name: not for the next person at this browser. */
	http_set_cookie(req, MELDINGEN_LIST_COOKIE, "", 0);
	session_end(db_thread(), req->session);
	return http_redirect(req, "/");
}

static struct tpl_dict *password_page(struct req *req)
{
	struct tpl_dict *d = page_new(req, "Wachtwoord wijzigen", "password.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	if (req->session->must_change_password)
		tpl_show(d, "MUST_CHANGE");
	return d;
}

int handle_password_form(struct req *req)
{
	password_page(req);
	return page_send(req, 200);
}

int handle_password(struct req *req)
{
	struct session *s = req->session;
	const char *cur = input_text(req, "huidig"), *new1 = input_text(req, "nieuw"), *new2 = input_text(req, "herhaal");
	struct db *db = db_thread();
	struct user u;
	char hash[PASSWORD_HASH_MAX];
	const char *weak, *m;

	if (!db || user_by_id(db, s->user_id, &u) != STORE_OK)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = password_page(req);
	struct form f = FORM_INIT(d);

	if (!cur || !cur[0])
		form_error(&f, "huidig", "Vul uw huidige wachtwoord in.");
	else if ((m = field_error_for(input_errors(req), "huidig")) || !password_verify(u.password_hash, cur))
		form_error(&f, "huidig", m ? m : NOT_CURRENT);
	if (!new1 || !new1[0])
		form_error(&f, "nieuw", "Kies een nieuw wachtwoord.");
	else if ((weak = password_weakness(new1, u.email)))
		form_error(&f, "nieuw", weak);
	else if (cur && !strcmp(cur, new1))
		form_error(&f, "nieuw", "Kies een ander wachtwoord dan uw huidige.");
	if (new1 && new1[0] && (!new2 || strcmp(new1, new2)))
		form_error(&f, "herhaal", "De twee nieuwe wachtwoorden zijn niet gelijk.");
	if (f.errors)
		return page_send(req, 422);

	if (password_hash(new1, hash) < 0 || db_begin(db) < 0)
		return http_unavailable(req, NULL);
	if (user_set_password(db, u.id, hash, 0) != STORE_OK ||
	    audit_record(db_thread(), http_actor(req), "wachtwoord_gewijzigd", "gebruiker", u.email, "") < 0 ||
	    session_end_all(u.id) < 0) {
		db_rollback(db);
		return http_unavailable(req, NULL);
	}
	if (db_commit(db) < 0)
		return http_unavailable(req, NULL);
	/* Every other session ended with the old password; this browser gets a new one. */
	if (start_session(req, db, u.id) < 0)
		return http_unavailable(req, NULL);
	if (kept_for(req, db, u.id))
		return http_redirect(req, "/herstel");
	return http_redirect(req, start_page(u.role));
}

/* ---- /herstel: the form kept when the session had expired ---------------- */

/*
 * Shows the user's kept form once (the key is used up by showing it) with
 * every field, and a form that sends exactly those fields again to where
 * they were going, with this session's CSRF token and a fresh page nonce
 * (so a double click still counts once, http/once.h). The cookie goes.
 */
int handle_herstel(struct req *req)
{
	struct db *db = db_thread();
	unsigned char hash[HERSTEL_KEY];
	struct herstel h;
	enum store_result r = STORE_NOTFOUND;

	if (!db)
		return http_unavailable(req, NULL);
	if (herstel_cookie_hash(req, hash)) {
		r = herstel_take(db, &req->arena, hash, req->session->user_id, clock_now(), &h);
		http_set_cookie(req, HERSTEL_COOKIE, "", 0);
	}
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Uw invoer is bewaard", "herstel.tpl");
	if (r != STORE_OK) {
		/* Nothing (any more): a page that says so, not an error (the key was used or never made). */
		tpl_show(d, "NIETS");
		return page_send(req, 200);
	}
	struct tpl_dict *k = tpl_section(d, "BEWAARD");
	tpl_set(k, "ACTION", h.pad);
	tpl_set(k, "TERUG", h.terug);
	tpl_set(k, "CSRF_TOKEN", csrf_token(req));
	tpl_set(k, "BEWAARD_OP", when_str(&req->arena, WHEN_MINUTE, h.aangemaakt));
	if (h.multipart)
		tpl_show(k, "MULTIPART");
	if (h.bestanden)
		tpl_set_int(tpl_section(k, "BESTANDEN"), "AANTAL", h.bestanden);
	for (int i = 0; i < h.n_fields; i++) {
		struct tpl_dict *f = tpl_section(k, "VELD");
		tpl_set(f, "NAAM", h.fields[i].name);
		tpl_set(f, "WAARDE", h.fields[i].value);
		struct tpl_dict *v = tpl_section(k, "VERBORGEN");
		tpl_set(v, "NAAM", h.fields[i].name);
		tpl_set(v, "WAARDE", h.fields[i].value);
	}
	return page_send(req, 200);
}

/* ---- /sessie.css: when the warning before the idle end shows ------------ */

/* The delay in seconds is in the URL, so each answer can be cached for good. */
const struct field_spec sessie_css_fields[] = {
	{ .name = "over", .from = IN_QUERY, .type = FT_INT, .min = 0, .max = 7 * 24 * 3600 },
	FIELDS_END
};

int handle_sessie_css(struct req *req)
{
	int64_t over = 0;

	if (!input_value(req, "over", &over))
		over = 0;
	buf_reset(&req->out);
	buf_addf(&req->out, ".sessie-waarschuwing{animation-delay:%llds}\n", (long long)over);
	req->content_type = "text/css; charset=utf-8";
	req->cache_control = "public, max-age=31536000, immutable";
	return 200;
}
