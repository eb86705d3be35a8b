/*
 * notificaties.c - the pages of a user's notifications and their mail
 * choice (see notificaties.h), over app/notify.h. The routes' field specs
 * are here too.
 */
#include "web/notificaties.h"
#include "app/notify.h"
#include "db/db.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/notification.h"
#include "web/beheer.h"

#include <stdio.h>
#include <string.h>

#define PER_PAGE JSON_PER_PAGE

static const struct refusal notificatie_refusal = {
	.not_found_title = "Notificatie niet gevonden",
	.not_found_text = "Deze notificatie bestaat niet, of zij is niet voor u.",
	.forbidden_text = "U mag dit niet doen met deze notificatie.",
};

static const char *const list_flash_codes[] = { "gelezen", "alles_gelezen", NULL };
static const char *const list_flash_texts[] = {
	"De notificatie is gelezen.",
	"Alle notificaties zijn gelezen.",
};
static const char *const prefs_flash_codes[] = { "opgeslagen", NULL };
static const char *const prefs_flash_texts[] = { "Uw keuze is opgeslagen." };

const struct field_spec notificaties_fields[] = {
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

const struct field_spec notificatie_gelezen_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "pagina", .from = IN_FORM, .type = FT_PAGE },
	FIELDS_END
};

const struct field_spec account_notificaties_fields[] = {
	BEHEER_FLASH_FIELD(prefs_flash_codes),
	FIELDS_END
};

const struct field_spec account_notificaties_save_fields[] = {
	{ .name = "mail", .from = IN_FORM, .type = FT_ENUM, .flags = FIELD_MANY, .choices = notify_kind_ids,
	  .max = NOTIFY__MAX },
	FIELDS_END
};

/* ---- the list ---- */

static void show_row(struct req *req, struct tpl_dict *list, const struct notification *n, int page)
{
	struct tpl_dict *r = tpl_section(list, "ITEM");

	tpl_set_int(r, "ID", n->id);
	tpl_set(r, "TEKST", n->tekst);
	tpl_set(r, "OP", when_str(&req->arena, WHEN_MINUTE, n->op));
	tpl_set(r, "OP_ISO", when_str(&req->arena, WHEN_ISO, n->op));
	tpl_set(r, "SOORT", notify_kind_labels[notify_kind_parse(n->soort) < 0 ? 0 : notify_kind_parse(n->soort)]);
	if (n->gelezen_op) {
		tpl_show(r, "GELEZEN");
		return;
	}
	struct tpl_dict *u = tpl_section(r, "ONGELEZEN");
	tpl_set_int(u, "ID", n->id);
	tpl_set_int(u, "PAGINA", page);
	tpl_set(u, "CSRF_TOKEN", csrf_token(req));
}

int handle_notificaties(struct req *req)
{
	struct notify_page pg;
	int page = pager_page(req);

	if (notify_list(db_thread(), &req->arena, http_actor(req), page, PER_PAGE, &pg) != APP_OK)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Notificaties", "notificaties.tpl");
	beheer_flash_sent(req, list_flash_texts);
	tpl_set_int(d, "ONGELEZEN", pg.unread);
	if (pg.unread) {
		struct tpl_dict *all = tpl_section(d, "ALLES");
		tpl_set(all, "CSRF_TOKEN", csrf_token(req));
	}
	if (!pg.n) {
		if (!pg.total)
			tpl_show(d, "EMPTY");   /* a page past the end: the pager says so */
	} else {
		struct tpl_dict *list = tpl_section(d, "LIST");
		for (int i = 0; i < pg.n; i++)
			show_row(req, list, &pg.rows[i], page);
	}
	pager_render(d, "/notificaties?", page, PER_PAGE, pg.total);
	return page_send(req, 200);
}

int handle_notificatie_open(struct req *req)
{
	const char *url = NULL;
	enum app_result r = notify_mark_read(db_thread(), &req->arena, http_actor(req), input_num(req, "id"), &url);

	if (r != APP_OK)
		return http_refused(req, r, &notificatie_refusal);
	return http_redirect(req, url);
}

int handle_notificatie_gelezen(struct req *req)
{
	int64_t page = 1;
	enum app_result r = notify_mark_read(db_thread(), &req->arena, http_actor(req), input_num(req, "id"), NULL);

	if (r != APP_OK)
		return http_refused(req, r, &notificatie_refusal);
	input_value(req, "pagina", &page);
	return http_redirect(req, page > 1 ? arena_printf(&req->arena, "/notificaties?pagina=%lld&melding=gelezen",
							  (long long)page)
					   : "/notificaties?melding=gelezen");
}

int handle_notificaties_gelezen(struct req *req)
{
	int n;

	if (notify_mark_all_read(db_thread(), http_actor(req), &n) != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/notificaties?melding=alles_gelezen");
}

/* ---- which kinds also come by mail ---- */

static void prefs_page(struct req *req, const int mail[NOTIFY__MAX])
{
	struct tpl_dict *d = page_new(req, "Notificaties per e-mail", "account_notificaties.tpl");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	for (int k = 0; k < NOTIFY__MAX; k++) {
		struct tpl_dict *r = tpl_section(d, "SOORT");
		tpl_set(r, "ID", notify_kind_ids[k]);
		tpl_set(r, "LABEL", notify_kind_labels[k]);
		if (mail[k])
			tpl_show(r, "CHECKED");
	}
}

int handle_account_notificaties(struct req *req)
{
	int mail[NOTIFY__MAX];

	if (notify_prefs(db_thread(), http_actor(req)->user_id, mail) != APP_OK)
		return http_unavailable(req, NULL);
	prefs_page(req, mail);
	beheer_flash_sent(req, prefs_flash_texts);
	return page_send(req, 200);
}

int handle_account_notificaties_save(struct req *req)
{
	int mail[NOTIFY__MAX] = { 0 };
	const int64_t *nums;
	const char *const *texts;
	int n = input_many(req, "mail", &nums, &texts);

	/* A box is on when its kind was sent; anything else sent is no kind and changes nothing. */
	for (int i = 0; i < n; i++) {
		int k = notify_kind_parse(texts[i]);
		if (k >= 0)
			mail[k] = 1;
	}
	if (notify_prefs_save(db_thread(), http_actor(req), mail) != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/account/notificaties?melding=opgeslagen");
}
