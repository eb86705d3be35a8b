/*
 * home.c - the landing page and the health check.
 */
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "web/web.h"
#include "http/http.h"
#include "render/page.h"
#include "render/tpl.h"

int handle_home(struct req *req)
{
	struct tpl_dict *d = page_new(req, "Welkom", "home.tpl");

	tpl_set(d, "ORG_NAME", req->cfg->organisation);
	if (req->session)
		tpl_show(d, "LOGGED_IN");
	return page_send(req, 200);
}

int handle_healthz(struct req *req)
{
	struct db *db = db_thread();

	if (!db || db_ping(db) < 0)
		return http_text(req, 503, "database antwoordt niet\n");
	/*
	 * Answering reads is not enough: a balancer must take away an instance
	 * that cannot take a melding. After a failed write, a probe write
	 * tells whether that is over.
	 */
	const char *why = db_write_health(db);
	if (why)
		return http_text(req, 503, arena_printf(&req->arena, "%s\n", why));
	return http_text(req, 200, "ok");
}
