/*
 * page.c - the common layout around every HTML page (see page.h).
 */
#include "render/page.h"
#include "app/notify.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "http/router.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/tpl.h"
#include "render/when.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

static char asset_version[17] = "0";
static char organisation[128];

/* The main navigation, shown to whoever may use the page behind it. */
static const struct {
	const char *href, *label;
} nav[] = {
	{ "/meldingen", "Meldingen" },
	{ "/dossiers", "Dossiers" },
	{ "/doorverwijzingen", "Doorverwijzingen" },
	{ "/dashboard", "Dashboard" },
	{ "/wijken", "Wijken" },
	{ "/privacyverzoeken", "Privacy" },
	{ "/beheer", "Beheer" },
};

/*
 * Which nav items each role sees: the route table and the permission
 * matrix are constant, so this is worked out once in page_init() rather
 * than by searching the routes on every page.
 */
#define NAV_N (sizeof(nav) / sizeof(nav[0]))
static unsigned char nav_allowed[ROLE__MAX][NAV_N];

static void nav_init(void)
{
	for (int role = 0; role < ROLE__MAX; role++) {
		for (size_t i = 0; i < NAV_N; i++) {
			const struct route *r = router_find(HTTP_GET, nav[i].href);
			nav_allowed[role][i] = r && policy_route((enum role)role, r->action) == VERDICT_ALLOW;
		}
	}
}

static void hash_file(const char *path, unsigned char out[8])
{
	crypto_generichash_state st;
	unsigned char chunk[8192];
	size_t n;
	FILE *f = fopen(path, "rb");

	crypto_generichash_init(&st, NULL, 0, 8);
	if (f) {
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			crypto_generichash_update(&st, chunk, n);
		fclose(f);
	}
	crypto_generichash_final(&st, out, 8);
}

int page_init(const struct config *cfg)
{
	struct buf path = BUF_INIT;
	unsigned char h[8];

	if (tpl_init(cfg->templates_dir) < 0)
		return -1;
	nav_init();
	buf_addf(&path, "%s/style.css", cfg->static_dir);
	hash_file(path.buf, h);
	buf_release(&path);
	sodium_bin2hex(asset_version, sizeof(asset_version), h, sizeof(h));
	snprintf(organisation, sizeof(organisation), "%s", cfg->organisation);
	return 0;
}

void page_shutdown(void)
{
	tpl_shutdown();
}

const char *page_asset_version(void)
{
	return asset_version;
}

/*
 * The warning five minutes before the session ends (issue 16): hidden
 * until a CSS animation delay runs out, so it needs no script. The delay
 * comes from /sessie.css?over=N, a whole minute early at most so the
 * stylesheet of one delay serves every page of a minute.
 */
static void session_warning(struct tpl_dict *d, const struct session *s)
{
	char when[WHEN_LEN];

	if (!s->ends_at)
		return;
	int64_t over = s->ends_at - clock_now() - 300;
	over = over > 0 ? over / 60 * 60 : 0;
	struct tpl_dict *w = tpl_section(d, "SESSIE");
	tpl_set_int(w, "OVER", over);
	when_format(s->ends_at, when);
	tpl_set(w, "EINDE", when + 11);   /* "05-03-2026 14:03": the time */
	tpl_show(w, s->ends_absolute ? "ABSOLUUT" : "INACTIEF");
}

struct tpl_dict *page_new(struct req *req, const char *title, const char *tpl)
{
	struct tpl_dict *d;

	if (req->page)
		tpl_dict_free(req->page);
	d = req->page = tpl_dict_new();
	tpl_set(d, "TITLE", title);
	tpl_set(d, "PAGE_TITLE", title);
	tpl_set(d, "ORG_NAME", organisation);
	tpl_set(d, "ASSET_VERSION", asset_version);

	struct session *s = req->session;
	if (s && !s->token_id) {
		struct tpl_dict *u = tpl_section(d, "USER");
		tpl_set(u, "USER_NAME", s->name);
		tpl_set(u, "ROLE_LABEL", role_labels[s->role]);
		tpl_set(u, "CSRF_TOKEN", csrf_token(req));
		session_warning(d, s);
		/* The header's unread count: one count on a partial index (migration 0024). */
		int64_t unread = notify_unread(db_thread(), s->user_id);
		if (unread > 0)
			tpl_set_int(tpl_section(u, "UNREAD"), "N", unread);
		if (!strncmp(req->path, "/notificaties", 13))
			tpl_show(u, "NOTICES_CURRENT");
		struct tpl_dict *n = NULL;
		for (size_t i = 0; i < NAV_N; i++) {
			if (s->role >= ROLE__MAX || !nav_allowed[s->role][i])
				continue;
			if (!n)
				n = tpl_section(d, "NAV");
			struct tpl_dict *item = tpl_section(n, "NAV_ITEM");
			tpl_set(item, "HREF", nav[i].href);
			tpl_set(item, "LABEL", nav[i].label);
			size_t hl = strlen(nav[i].href);
			if (!strncmp(req->path, nav[i].href, hl) && (req->path[hl] == '\0' || req->path[hl] == '/'))
				tpl_show(item, "CURRENT");
		}
	} else {
		tpl_show(d, "ANON");
	}
	/* Include dictionaries do not inherit from their parent. */
	struct tpl_dict *content = tpl_include(d, "CONTENT", tpl);
	tpl_set(content, "ORG_NAME", organisation);
	return content;
}

int page_send(struct req *req, int status)
{
	buf_reset(&req->out);
	req->content_type = "text/html; charset=utf-8";
	if (!req->page || tpl_expand("layout.tpl", req->page, &req->out) < 0) {
		buf_reset(&req->out);
		buf_addstr(&req->out, "500 Er ging iets mis aan onze kant. Probeer het later opnieuw.\n");
		req->content_type = "text/plain; charset=utf-8";
		return 500;
	}
	return status;
}

int page_error(struct req *req, int status, const char *heading, const char *message)
{
	struct tpl_dict *d = page_new(req, heading, "error.tpl");

	tpl_set_int(d, "STATUS", status);
	tpl_set(d, "HEADING", heading);
	tpl_set(d, "MESSAGE", message);
	return page_send(req, status) == status ? 0 : -1;
}

const char *page_base64(struct arena *a, const void *p, size_t n)
{
	size_t len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL);
	char *out = arena_alloc(a, len);

	return sodium_bin2base64(out, len, p, n, sodium_base64_VARIANT_ORIGINAL);
}

const char *page_size(struct arena *a, int64_t bytes)
{
	if (bytes < 1024 * 1024) {
		int64_t kb = (bytes + 1023) / 1024;
		return arena_printf(a, "%lld kB", (long long)(kb ? kb : 1));
	}
	int64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
	return arena_printf(a, "%lld,%lld MB", (long long)(tenths / 10), (long long)(tenths % 10));
}
