/*
 * router.c - matching a path against the route table and the fixed
 * sequence every request goes through (see router.h).
 */
#include "http/router.h"
#include "auth/csrf.h"
#include "http/herstel.h"
#include "http/once.h"
#include "auth/session.h"
#include "config.h"
#include "lib/log.h"
#include "store/audit.h"
#include "db/db.h"

#include <string.h>

int router_pattern_match(const char *pattern, const char *path, struct arena *a,
			 const char **params, int *n_params)
{
	const char *p = pattern, *s = path;
	int n = 0;

	while (*p && *s) {
		if (*p == '{') {
			const char *pe = strchr(p, '}');
			size_t len = strcspn(s, "/");
			if (!pe || len == 0 || n >= ROUTE_MAX_PARAMS)
				return -1;
			if (params)
				params[n] = arena_strndup(a, s, len);
			n++;
			p = pe + 1;
			s += len;
			continue;
		}
		if (*p != *s)
			return -1;
		p++;
		s++;
	}
	if (*p || *s)
		return -1;
	if (n_params)
		*n_params = n;
	return 0;
}

static int method_matches(enum http_method route, enum http_method req)
{
	return route == req || (route == HTTP_GET && req == HTTP_HEAD);
}

const struct route *router_find(enum http_method method, const char *path)
{
	for (size_t i = 0; i < routes_count; i++)
		if (method_matches(routes[i].method, method) &&
		    router_pattern_match(routes[i].pattern, path, NULL, NULL, NULL) == 0)
			return &routes[i];
	return NULL;
}

int router_match(struct req *req)
{
	int path_known = 0;

	for (size_t i = 0; i < routes_count; i++) {
		const struct route *r = &routes[i];
		const char *params[ROUTE_MAX_PARAMS];
		int n = 0;

		if (router_pattern_match(r->pattern, req->path, &req->arena, params, &n) < 0)
			continue;
		path_known = 1;
		if (!method_matches(r->method, req->meth))
			continue;
		req->route = r;
		memcpy(req->params, params, sizeof(params));
		req->n_params = n;
		req->route_status = 0;
		return 0;
	}
	req->route_status = path_known ? 405 : 404;
	return -1;
}

void router_allow(const char *path, struct buf *out)
{
	static const char *const names[HTTP__MAX] = { "GET, HEAD", "HEAD", "POST", "" };
	int seen[HTTP__MAX] = { 0 };

	for (size_t i = 0; i < routes_count; i++) {
		const struct route *r = &routes[i];
		if (seen[r->method] || router_pattern_match(r->pattern, path, NULL, NULL, NULL) < 0)
			continue;
		seen[r->method] = 1;
		if (out->len)
			buf_addstr(out, ", ");
		buf_addstr(out, names[r->method]);
	}
}

static int is_api(const struct req *req)
{
	return !strncmp(req->path, "/api/", 5);
}

/*
 * Someone who is not logged in asks for a page that needs it. A page's
 * form goes to the login too, its input kept for the same user
 * (http/herstel.h): expired_user is the account of the session that just
 * expired, 0 when not known.
 */
static int need_login(struct req *req, int64_t expired_user)
{
	if (is_api(req))
		return http_error(req, 401, "Niet ingelogd", "Log in of gebruik een API-token.");
	if (req->meth == HTTP_POST)
		return herstel_redirect(req, expired_user);
	if (req->meth == HTTP_GET) {
		struct buf loc = BUF_INIT;
		buf_addstr(&loc, "/login?terug=");
		buf_add_urlencoded(&loc, req->path);
		int status = http_redirect(req, arena_strdup(&req->arena, loc.buf));
		buf_release(&loc);
		return status;
	}
	return http_error(req, 401, "Niet ingelogd", "Uw sessie is verlopen. Log opnieuw in.");
}

const struct actor *http_actor(struct req *req)
{
	const struct session *s = req->session;

	req->actor = (struct actor){
		.role = s ? s->role : ROLE_ANONYMOUS,
		.partner_id = s ? s->partner_id : 0,
		.user_id = s ? s->user_id : 0,
		.ip = req->ip,
		.name = s ? s->name : NULL,
		.areas = s ? s->areas : NULL,
		.n_areas = s ? s->n_areas : 0,
	};
	return &req->actor;
}

static int dispatch_checked(struct req *req);

/*
 * A read-only route's page is read in one transaction: its rows and
 * counts come from one snapshot, and SQLite takes its locks once, not per
 * statement (db_read_begin()).
 */
int router_dispatch(struct req *req)
{
	if (!(req->route->flags & ROUTE_READS))
		return dispatch_checked(req);
	struct db *db = db_thread();
	db_read_begin(db);
	int st = dispatch_checked(req);
	db_read_end(db);
	return st;
}

static int dispatch_checked(struct req *req)
{
	const struct route *r = req->route;
	int64_t expired_user;
	int rc = session_load_expired(db_thread(), req->cfg, is_api(req) ? http_header(req, "Authorization") : NULL,
				      http_cookie(req, SESSION_COOKIE), &req->arena, &req->session, &expired_user);

	if (rc < 0)
		return http_unavailable(req, NULL);
	struct session *s = req->session;

	if (req->meth == HTTP_POST && !(r->flags & ROUTE_NO_CSRF)) {
		int ok;
		if (s && s->token_id)
			ok = 1;                           /* bearer tokens carry no ambient authority */
		else if (s)
			ok = csrf_check_session(s, http_form(req, CSRF_FIELD), http_header(req, CSRF_HEADER));
		else if (r->flags & ROUTE_PRECSRF)
			ok = csrf_check_pre(http_form(req, CSRF_FIELD), http_cookie(req, CSRF_PRE_COOKIE));
		else if (http_cookie(req, SESSION_COOKIE))
			ok = 0;                           /* an expired session: no blind POSTs */
		else
			ok = r->action == ACT_PUBLIC && is_api(req); /* anonymous JSON */
		/* The handler checks again and answers an expired form itself, input kept. */
		if (!ok && !s && (r->flags & ROUTE_PRECSRF_KEEP) && http_form(req, CSRF_FIELD))
			ok = 1;
		if (!ok) {
			if (!s && r->action != ACT_PUBLIC)
				return need_login(req, expired_user);
			if (is_api(req))
				return http_error(req, 403, "CSRF-token ontbreekt",
						  "Stuur bij een sessie de header X-CSRF-Token met het token van die sessie mee.");
			return http_error(req, 403, "Formulier verlopen",
					  "Dit formulier is verlopen of niet via deze website verstuurd. "
					  "Ga terug, laad de pagina opnieuw en probeer het nog eens. Er is niets gewijzigd.");
		}
	}

	enum role role = s ? s->role : ROLE_ANONYMOUS;
	if (policy_route(role, r->action) != VERDICT_ALLOW) {
		if (!s)
			return need_login(req, expired_user);
		audit_record(db_thread(), http_actor(req), "geweigerd", "route", req->path, action_ids[r->action]);
		if (policy_route_hidden(role, r->action))
			return http_error(req, 404, "Pagina niet gevonden",
					  "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.");
		return http_error(req, 403, "Geen toegang",
				  "U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? "
				  "Neem contact op met de beheerder.");
	}
	if (s && s->scope_melden_only && r->action != ACT_MELDING_SUBMIT && r->action != ACT_PUBLIC)
		return http_error(req, 403, "Geen toegang", "Dit token mag alleen meldingen insturen.");
	if (s && s->scope_read_only && req->meth != HTTP_GET && req->meth != HTTP_HEAD)
		return http_error(req, 403, "Geen toegang", "Dit token mag alleen lezen.");
	if (s && s->must_change_password && !s->token_id && r->action != ACT_PUBLIC &&
	    strcmp(req->path, "/account/wachtwoord") && strcmp(req->path, "/logout")) {
		if (is_api(req))
			return http_error(req, 403, "Wachtwoord wijzigen",
					  "Kies eerst een nieuw wachtwoord op /account/wachtwoord.");
		return http_redirect(req, "/account/wachtwoord");
	}
	int st = input_check(req);
	if (st || (st = once_begin(req)))
		return st;
	st = r->handler(req);
	once_end(req, st);
	return st;
}
