/*
 * beheer_audit.c - the audit trail for the beheerder (/beheer/audit):
 * newest first, paged, filtered by who acted (e-mail), action, kind of
 * object and a range of Amsterdam days, with the field spec of its route.
 * Read-only: the application never changes or deletes an audit row.
 *
 * The beheerder sees who did what to which object id, never what a case
 * holds: the details of rows about cases (a dossier marked gevoelig, the
 * partner a referral went to, the person of an inzage request, ...) stay
 * in the trail but are not shown here.
 */
#include "web/beheer.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "http/http.h"
#include "http/json.h"
#include "render/form.h"
#include "render/page.h"
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

/*
 * Kinds of object whose details are about the organisation, not a case:
 * accounts, configuration, imports, exports. Every other kind (melding,
 * dossier, doorverwijzing, bijlage, brief, persoon, and any new one) is
 * shown without its details: a list of what may be shown fails safe.
 */
static const char *const detail_shown[] = {
	"gebruiker", "route", "partner", "categorie", "gebied", "gebieden", "adressen", "kaart",
	"sluitingsdag", "antwoordtermijn", "briefsjabloon", "export", "retentie", "demo", "seed",
};

static int shows_detail(const char *object_type)
{
	for (size_t i = 0; i < sizeof(detail_shown) / sizeof(detail_shown[0]); i++)
		if (!strcmp(detail_shown[i], object_type))
			return 1;
	return 0;
}

static const char *action_label(const char *action)
{
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].action, action))
			return labels[i].label;
	return action;
}

/* The filters: text a person types, and two days (the stage reads them; their message is the page's). */
#define DAY_MESSAGE "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-31."
const struct field_spec beheer_audit_fields[] = {
	{ .name = "gebruiker", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "actie", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "object", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "van", .from = IN_QUERY, .type = FT_DATE, .message = DAY_MESSAGE },
	{ .name = "tot", .from = IN_QUERY, .type = FT_DATE, .message = DAY_MESSAGE },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

/* What the filters ask for. */
struct audit_query {
	const char *email, *action, *type;
	int32_t van, tot;
	int have_van, have_tot;
};

static void audit_row(void *ctx, const struct audit_row *r)
{
	struct tpl_dict *row = beheer_list_row(ctx, "ROW");
	char when[WHEN_LEN], iso[MOMENT_FORMAT_LEN];

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
	if (shows_detail(r->object_type))
		tpl_set(row, "DETAIL", r->detail);
	else if (r->detail[0])
		tpl_show(row, "DETAIL_HIDDEN");
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

/* A text filter of one line, echoed as var; "" after a form error. */
static const char *line_filter(struct req *req, struct form *form, const char *field, const char *var, size_t max,
			       const char *what)
{
	const char *v, *err = validate_line(&req->arena, input_text(req, field), max, what, &v);

	if (err)
		form_error(form, field, err);
	tpl_set(form->d, var, v);
	return v;
}

/* A day filter, echoed as var (within reason); *given when one was sent and could be read. */
static void day_filter(struct req *req, struct tpl_dict *d, const char *field, const char *var, int32_t *dn,
		       int *given)
{
	const char *text = input_text(req, field);
	int64_t day;

	tpl_set(d, var, text && strlen(text) <= 20 ? text : "");
	*given = input_value(req, field, &day);
	*dn = *given ? (int32_t)day : 0;
}

/* Reads the filters into q; the form errors in the order of the form. */
static void read_filters(struct req *req, struct form *form, struct audit_query *q)
{
	const struct field_errors *bad = input_errors(req);

	q->email = line_filter(req, form, "gebruiker", "GEBRUIKER", 254, "Het e-mailadres");
	q->action = line_filter(req, form, "actie", "ACTIE", 64, "De actie");
	q->type = line_filter(req, form, "object", "OBJECT", 64, "Het soort object");
	day_filter(req, form->d, "van", "VAN", &q->van, &q->have_van);
	day_filter(req, form->d, "tot", "TOT", &q->tot, &q->have_tot);
	/* Only the days can fail in the stage. */
	for (int i = 0; i < bad->n; i++)
		form_error(form, bad->e[i].field, bad->e[i].message);
	if (q->have_van && q->have_tot && q->tot < q->van)
		form_error(form, "tot", "De einddatum ligt voor de begindatum.");
}

/* The account of the e-mail filter into f; -1 when the database failed. */
static int find_user(struct db *db, struct form *form, const char *email, struct audit_filter *f)
{
	struct user u;
	enum store_result r = user_by_email(db, email, &u);

	if (r == STORE_ERROR)
		return -1;
	if (r != STORE_OK)
		form_error(form, "gebruiker", "Er is geen account met dit e-mailadres.");
	else
		f->user_id = u.id;
	return 0;
}

int handle_beheer_audit(struct req *req)
{
	struct db *db = db_thread();
	struct audit_filter f = { .from = INT64_MIN, .until = INT64_MAX };
	struct audit_query q;
	struct beheer_list l;

	if (!db)
		return http_unavailable(req, NULL);
	beheer_list_start(&l, req, "Auditlog", "beheer_audit.tpl");
	read_filters(req, &l.form, &q);
	if (q.email[0] && !l.form.errors && find_user(db, &l.form, q.email, &f) < 0)
		return http_unavailable(req, NULL);
	struct values_ctx va = { l.d, "ACTION_SUGGESTION" }, vt = { l.d, "TYPE_SUGGESTION" };
	if (audit_recent_values(db, 0, suggestion, &va) == STORE_ERROR ||
	    audit_recent_values(db, 1, suggestion, &vt) == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (l.form.errors)
		return page_send(req, 422);

	f.action = q.action;
	f.object_type = q.type;
	/* Days are Amsterdam days: from the start of `van` up to the start of the day after `tot`. */
	if (q.have_van)
		f.from = amsterdam_day_start(q.van);
	if (q.have_tot)
		f.until = amsterdam_day_start(q.tot + 1);
	if (audit_list(db, &f, beheer_list_offset(&l), JSON_PER_PAGE, &l.total, audit_row, &l) == STORE_ERROR)
		return http_unavailable(req, NULL);
	const char *const filters[] = {
		"gebruiker", q.email, "actie", q.action, "object", q.type,
		"van", q.have_van ? input_text(req, "van") : NULL, "tot", q.have_tot ? input_text(req, "tot") : NULL, NULL
	};
	return beheer_list_send(req, &l, "/beheer/audit?", filters);
}
