/*
 * beheer_audit.c - the audit trail for the beheerder (/beheer/audit):
 * newest first, paged, filtered by who acted (e-mail), action, kind of
 * object and a range of Amsterdam days. Read-only: the application never
 * changes or deletes an audit row.
 */
#include "web/beheer.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/user.h"
#include "domain/validate.h"

#include <stdint.h>
#include <string.h>

/* Readable words for the actions Leefbaar records; others show as stored. */
static const struct {
	const char *action, *label;
} labels[] = {
	{ "ingelogd", "Ingelogd" },
	{ "uitgelogd", "Uitgelogd" },
	{ "login_mislukt", "Inloggen mislukt" },
	{ "login_geblokkeerd", "Inloggen geblokkeerd" },
	{ "geweigerd", "Toegang geweigerd" },
	{ "aangemaakt", "Aangemaakt" },
	{ "gewijzigd", "Gewijzigd" },
	{ "gedeactiveerd", "Account uitgezet" },
	{ "wachtwoord_gewijzigd", "Eigen wachtwoord gewijzigd" },
	{ "wachtwoord_hersteld", "Wachtwoord opnieuw ingesteld" },
	{ "token_aangemaakt", "API-token aangemaakt" },
	{ "token_ingetrokken", "API-token ingetrokken" },
	{ "bekeken", "Bekeken" },
	{ "geexporteerd", "Geëxporteerd" },
};

static const char *action_label(const char *action)
{
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].action, action))
			return labels[i].label;
	return action;
}

struct rows_ctx {
	struct tpl_dict *d, *table;
	int rows;
};

static void audit_row(void *ctx, const struct audit_row *r)
{
	struct rows_ctx *c = ctx;
	char when[WHEN_LEN], iso[MOMENT_FORMAT_LEN];

	if (!c->table)
		c->table = tpl_section(c->d, "TABLE");
	struct tpl_dict *row = tpl_section(c->table, "ROW");
	when_seconds(r->at, when);
	moment_format_amsterdam(r->at, iso);
	tpl_set(row, "WHEN", when);
	tpl_set(row, "WHEN_ISO", iso);
	if (r->user_id) {
		struct tpl_dict *u = tpl_section(row, "WHO");
		tpl_set(u, "USER_NAAM", r->user_naam);
		tpl_set(u, "USER_EMAIL", r->user_email);
	} else {
		tpl_show(row, r->ip && !strcmp(r->ip, "cli") ? "WHO_CLI" : "WHO_NOBODY");
	}
	tpl_set(row, "IP", r->ip);
	tpl_set(row, "ACTION", action_label(r->action));
	tpl_set(row, "ACTION_ID", r->action);
	tpl_set(row, "OBJECT_TYPE", r->object_type);
	tpl_set(row, "OBJECT_ID", r->object_id);
	tpl_set(row, "DETAIL", r->detail);
	c->rows++;
}

struct values_ctx {
	struct tpl_dict *d;
	const char *section;
};

static void suggestion(void *ctx, const char *value)
{
	struct values_ctx *c = ctx;
	tpl_set(tpl_section(c->d, c->section), "VALUE", value);
}

/* A YYYY-MM-DD filter field; 0 and *dn set, or -1 after reporting. */
static int date_field(struct form *f, struct tpl_dict *d, const char *field, const char *var,
		      const char *value, int32_t *dn, int *given)
{
	*given = 0;
	tpl_set(d, var, value && strlen(value) <= 20 ? value : "");
	if (!value || !value[0])
		return 0;
	if (days_parse(value, dn) < 0) {
		form_error(f, field, "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-31.");
		return -1;
	}
	*given = 1;
	return 0;
}

int handle_beheer_audit(struct req *req)
{
	struct db *db = db_thread();
	struct audit_filter f = { .from = INT64_MIN, .until = INT64_MAX };
	int page = pager_page(req);
	int64_t total = 0;
	int32_t van = 0, tot = 0;
	int have_van = 0, have_tot = 0;
	const char *email, *action, *type, *err;

	if (!db)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Auditlog", "beheer_audit.tpl");
	struct form form = FORM_INIT(d);

	if ((err = validate_line(&req->arena, http_query(req, "gebruiker"), 254, "Het e-mailadres", &email)))
		form_error(&form, "gebruiker", err);
	tpl_set(d, "GEBRUIKER", email);
	if ((err = validate_line(&req->arena, http_query(req, "actie"), 64, "De actie", &action)))
		form_error(&form, "actie", err);
	tpl_set(d, "ACTIE", action);
	if ((err = validate_line(&req->arena, http_query(req, "object"), 64, "Het soort object", &type)))
		form_error(&form, "object", err);
	tpl_set(d, "OBJECT", type);
	date_field(&form, d, "van", "VAN", http_query(req, "van"), &van, &have_van);
	date_field(&form, d, "tot", "TOT", http_query(req, "tot"), &tot, &have_tot);
	if (have_van && have_tot && tot < van)
		form_error(&form, "tot", "De einddatum ligt voor de begindatum.");

	if (email[0] && !form.errors) {
		struct user u;
		enum store_result r = user_by_email(db, email, &u);
		if (r == STORE_ERROR)
			return http_unavailable(req, NULL);
		if (r != STORE_OK)
			form_error(&form, "gebruiker", "Er is geen account met dit e-mailadres.");
		else
			f.user_id = u.id;
	}
	struct values_ctx va = { d, "ACTION_SUGGESTION" }, vt = { d, "TYPE_SUGGESTION" };
	if (audit_recent_values(db, 0, suggestion, &va) == STORE_ERROR ||
	    audit_recent_values(db, 1, suggestion, &vt) == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (form.errors)
		return page_send(req, 422);

	f.action = action;
	f.object_type = type;
	/* Days are Amsterdam days: from the start of `van` up to the start of the day after `tot`. */
	if (have_van)
		f.from = amsterdam_day_start(van);
	if (have_tot)
		f.until = amsterdam_day_start(tot + 1);

	struct rows_ctx ctx = { .d = d };
	if (audit_list(db, &f, pager_offset(page, JSON_PER_PAGE), JSON_PER_PAGE, &total, audit_row, &ctx) == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (!total)
		tpl_show(d, "EMPTY");
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/beheer/audit?");
	pager_query(&base, "gebruiker", email);
	pager_query(&base, "actie", action);
	pager_query(&base, "object", type);
	pager_query(&base, "van", have_van ? http_query(req, "van") : NULL);
	pager_query(&base, "tot", have_tot ? http_query(req, "tot") : NULL);
	pager_render(d, base.buf, page, JSON_PER_PAGE, total);
	buf_release(&base);
	return page_send(req, 200);
}
