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
#include "store/category.h"

static const char *werkdagen(struct req *req, int n)
{
	return arena_printf(&req->arena, "%d %s", n, n == 1 ? "werkdag" : "werkdagen");
}

/*
 * The terms the start page promises: the longest of the active categories
 * (what every melder can count on), and a line when some are shorter. The
 * beheerder changes them per category; the page follows at once.
 */
static void show_terms(struct req *req, struct tpl_dict *d)
{
	const struct category *cats;
	int n = category_list_kept(db_thread(), 1, &cats);
	struct terms most = { 2, 10, 5 };   /* the policy's own, while there are no categories */
	int differ = 0;

	if (n > 0)
		most = cats[0].terms;
	for (int i = 1; i < n; i++) {
		const struct terms *t = &cats[i].terms;
		differ |= t->bevestigen != most.bevestigen || t->terugkoppelen != most.terugkoppelen;
		most.bevestigen = t->bevestigen > most.bevestigen ? t->bevestigen : most.bevestigen;
		most.terugkoppelen = t->terugkoppelen > most.terugkoppelen ? t->terugkoppelen : most.terugkoppelen;
		most.streef = t->streef > most.streef ? t->streef : most.streef;
	}
	tpl_set(d, "BEVESTIGEN", werkdagen(req, most.bevestigen));
	tpl_set(d, "TERUGKOPPELEN", werkdagen(req, most.terugkoppelen));
	if (most.streef > 0 && most.streef < most.terugkoppelen)
		tpl_set(tpl_section(d, "STREEF"), "DAGEN", werkdagen(req, most.streef));
	if (differ)
		tpl_show(d, "VERSCHILT");
}

int handle_home(struct req *req)
{
	struct tpl_dict *d = page_new(req, "Welkom", "home.tpl");

	tpl_set(d, "ORG_NAME", req->cfg->organisation);
	show_terms(req, d);
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
