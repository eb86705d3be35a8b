/*
 * meldingen.c - the staff pages of meldingen (see meldingen.h): the list
 * and the reading of its query parameters, staff intake, the detail page
 * with its action forms, the actions themselves (POST, then 303 back to
 * the page), placing an "onbekend" melding, and attachments.
 *
 * Every decision about who may see or do what is the permission matrix's,
 * asked through melding_load_for() (404 where existence must not leak) and
 * melding_list()'s scope; every change goes through melding_act() or
 * melding_place() (app/meldingen.h), the same code the JSON API uses.
 * These pages only read their input, call the use case and show its answer.
 * What each route reads is declared in a field table beside its handler
 * (meldingen.h) and arrives typed from the input stage (http/input.h).
 */
#include "web/melding_heropenverzoek.h"
#include "web/meldingen.h"
#include "web/melding_bijlagen.h"
#include "app/meldingen.h"
#include "app/routing.h"
#include "auth/csrf.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "web/dossiers.h"
#include "web/intake.h"
#include "web/melding_context.h"
#include "web/melder.h"
#include "http/download.h"
#include "http/http.h"
#include "http/input.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/category.h"
#include "store/files.h"
#include "store/dossier.h"
#include "store/melding.h"
#include "store/melding_list.h"
#include "store/outbox.h"
#include "store/view.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "lib/xalloc.h"

#include <pthread.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Every 503 of these pages, reads too: after a click the user must know that nothing happened. */
static const char NIETS_GEWIJZIGD[] =
	"De database antwoordt niet. Probeer het over een minuut opnieuw. Er is niets gewijzigd.";

/* A melding that cannot be loaded (melding_load_for()); meldingen.h. */
const struct refusal melding_page_refusal = {
	.not_found_title = "Melding niet gevonden",
	.not_found_text = "Deze melding bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit niet doen met deze melding.",
	.unavailable_text = NIETS_GEWIJZIGD,
};

/* An action word that is not one of this page's (koppelen belongs to the dossiers). */
static const struct refusal action_refusal = {
	.not_found_title = "Pagina niet gevonden",
	.not_found_text = "Deze actie bestaat niet.",
	.unavailable_text = NIETS_GEWIJZIGD,
};

static const struct refusal attachment_refusal = {
	.not_found_title = "Bestand niet gevonden",
	.not_found_text = "Dit bestand hoort niet bij deze melding.",
	.unavailable_text = NIETS_GEWIJZIGD,
};

/* The marker beside a due day: late, today, on time, done. */
static void due_marker(struct req *req, struct tpl_dict *d, int32_t due, int32_t met_day, int closed, int32_t today)
{
	const char *cls, *label;

	switch (melding_due_state(due, met_day, today)) {
	case DUE_MET:
		cls = "badge-ok";
		label = "gedaan";
		break;
	case DUE_MET_LATE:
		cls = "badge-neutral";
		label = "gedaan, te laat";
		break;
	case DUE_LATE:
		cls = closed ? "badge-neutral" : "badge-late";
		label = closed ? "niet gedaan" : "te laat";
		break;
	case DUE_TODAY:
		cls = closed ? "badge-neutral" : "badge-today";
		label = closed ? "niet gedaan" : "vandaag";
		break;
	case DUE_OPEN:
	default:
		cls = closed ? "badge-neutral" : "badge-ok";
		label = closed ? "niet gedaan" : "op tijd";
		break;
	}
	tpl_set(d, "DAG", when_str(&req->arena, DAY_SHORT, due));
	tpl_set(d, "DAG_ISO", when_str(&req->arena, DAY_ISO, due));
	tpl_set(d, "CLASS", cls);
	tpl_set(d, "LABEL", label);
}

static void option(struct tpl_dict *parent, const char *section, const char *value, const char *label, int selected)
{
	struct tpl_dict *o = tpl_section(parent, section);
	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	if (selected)
		tpl_show(o, "SELECTED");
}

static int same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* ---- the list's query parameters ---- */

void melding_filter_init(struct req *req, struct melding_filter *f)
{
	melding_filter_clear(f);
	f->today = amsterdam_day(clock_now());
	if (req->session) {
		f->viewer_id = req->session->user_id;
		f->viewer_all_areas = policy_sees_all_areas(req->session->role, ACT_MELDING_READ);
		f->viewer_areas = req->session->areas;
		f->n_viewer_areas = req->session->n_areas;
	}
}

static const char *param(struct req *req, const char *key)
{
	const char *v = input_text(req, key);
	return v && v[0] ? v : NULL;
}

/* A closed-set filter as the input stage read it (MELDING_FILTER_FIELDS): 1 and *out when given. */
static int choice(struct req *req, const char *key, int *out)
{
	int64_t k;

	if (!input_value(req, key, &k))
		return 0;
	*out = (int)k;
	return 1;
}

/* A day filter as the input stage read it: 1 and *out when given. */
static int day_param(struct req *req, const char *key, int32_t *out)
{
	int64_t day;

	if (!input_value(req, key, &day))
		return 0;
	*out = (int32_t)day;
	return 1;
}

/* wijk: a row id, "onbekend", or else a CBS code ("WK999901"). */
static void filter_wijk(struct req *req, struct melding_filter *f, struct field_errors *errs)
{
	struct db *db = db_thread();
	const char *v = param(req, "wijk");

	if (!v)
		return;
	if (!strcmp(v, "onbekend")) {
		f->wijk_onbekend = 1;
		return;
	}
	if (!v[strspn(v, "0123456789")])
		f->wijk_id = parse_id(v);
	else if (db && strlen(v) < 40)
		f->wijk_id = melding_list_wijk_by_code(db, v);
	if (!f->wijk_id)
		field_error_add(errs, "wijk", "Kies een wijk uit de lijst.");
}

static void filter_behandelaar(struct req *req, struct melding_filter *f, struct field_errors *errs)
{
	const char *v = param(req, "behandelaar");

	if (!v)
		return;
	if (!strcmp(v, "mij"))
		f->assignee_id = req->session ? req->session->user_id : MELDING_ASSIGNEE_NONE;
	else if (!strcmp(v, "geen"))
		f->assignee_id = MELDING_ASSIGNEE_NONE;
	else if (!(f->assignee_id = parse_id(v)))
		field_error_add(errs, "behandelaar", "Kies een behandelaar uit de lijst.");
}

/* kanaal, te_laat, termijn and vandaag. */
static void filter_kinds(struct req *req, struct melding_filter *f)
{
	int k;

	choice(req, "kanaal", &f->kanaal);
	if (choice(req, "te_laat", &k))
		f->late = (enum melding_late)k;
	if (choice(req, "termijn", &k))
		f->termijn = (enum melding_termijn)k;
	if (choice(req, "vandaag", &k))
		f->vandaag = (enum melding_vandaag)k;
}

/* peildatum, van and tot. */
static void filter_days(struct req *req, struct melding_filter *f, struct field_errors *errs)
{
	if (day_param(req, "peildatum", &f->peildatum))
		f->has_peildatum = 1;
	if (day_param(req, "van", &f->van))
		f->has_van = 1;
	if (day_param(req, "tot", &f->tot))
		f->has_tot = 1;
	if (f->has_van && f->has_tot && f->tot < f->van)
		field_error_add(errs, "tot", "De einddatum ligt vóór de begindatum.");
}

int melding_filter_from_query(struct req *req, struct melding_filter *f, struct field_errors *errs)
{
	const char *v;
	int k;

	/* What the input stage could not read first (the API never gets here with any), then the look-ups. */
	*errs = *input_errors(req);
	/* "alle" says in the URL what an absent status means: no status filter. */
	if (choice(req, "status", &f->status) && f->status == MELDING_STATUS_ALLE)
		f->status = -1;
	if ((v = param(req, "categorie")) && !field_error_for(errs, "categorie"))
		f->categorie = v;
	choice(req, "pijler", &f->pijler);
	filter_wijk(req, f, errs);
	filter_behandelaar(req, f, errs);
	filter_kinds(req, f);
	filter_days(req, f, errs);
	if ((v = param(req, "q")))
		f->q = v;
	/* As the figures count: the viewer's wijken, not what they took in elsewhere (the dashboard's links). */
	if ((v = param(req, "bereik")) && !strcmp(v, "wijken"))
		f->areas_only = 1;
	if (choice(req, "sorteer", &k))
		f->sort = (enum melding_sort)k;
	return errs->n;
}

/* ---- GET /meldingen ---- */

/* pagina: render/pager.c reads it (pager_page()); declared so the stage knows it. */
const struct field_spec meldingen_list_fields[] = {
	MELDING_FILTER_FIELDS,
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

static const char *const list_params[] = {
	"q", "status", "categorie", "pijler", "wijk", "behandelaar", "kanaal", "te_laat", "termijn", "peildatum",
	"vandaag", "van", "tot", "sorteer", "bereik",
};

/*
 * The filter form's lists - categories, wijken, staff - change seldom but
 * cost a seventh of a list page when read every time. Each thread keeps
 * them and reads them again once anything was committed since it did
 * (config_versie: triggers move it at every change of a category, an area
 * or a user; the versions only grow, so their sum moves with any of them),
 * so a new category or colleague shows at once, and new meldingen do not
 * make every list page read them again.
 */
struct filter_lists {
	int64_t version;                   /* -1: not read */
	struct arena a;
	struct category cats[CATEGORY_MAX];
	struct area_item *wijken;
	struct staff_user *staff;
	int n_cats, n_wijken, n_staff;
};

static pthread_key_t lists_key;
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static void lists_free(void *p)
{
	struct filter_lists *l = p;

	arena_release(&l->a);
	free(l);
}

static void lists_key_init(void)
{
	pthread_key_create(&lists_key, lists_free);
}

static const struct filter_lists *filter_lists(struct db *db)
{
	pthread_once(&lists_once, lists_key_init);
	struct filter_lists *l = pthread_getspecific(lists_key);
	if (!l) {
		l = xcalloc(1, sizeof(*l));
		l->version = -1;
		pthread_setspecific(lists_key, l);
	}
	int64_t v = melding_list_filter_version(db);
	if (v >= 0 && v == l->version)
		return l;
	arena_release(&l->a);
	l->n_cats = category_list(db, 0, l->cats, CATEGORY_MAX);
	l->n_wijken = melding_list_wijken(db, &l->a, &l->wijken);
	l->n_staff = melding_staff_users(db, &l->a, 0, &l->staff);
	/* A failed read is not kept: the next page tries again (and shows what it has now). */
	l->version = l->n_cats < 0 || l->n_wijken < 0 || l->n_staff < 0 ? -1 : v;
	return l;
}

static void filter_form(struct req *req, const struct filter_lists *l, struct tpl_dict *d,
			const struct melding_filter *f)
{
	const struct category *cats = l->cats;
	const struct area_item *wijken = l->wijken;
	const struct staff_user *staff = l->staff;
	const char *v;
	int n;

	tpl_set(d, "Q", input_text(req, "q"));
	/* Open work first (the default), then every status, then each one. */
	option(d, "STATUS_OPT", melding_status_filter_ids[MELDING_STATUS_OPEN],
	       melding_status_filter_labels[MELDING_STATUS_OPEN], f->status == MELDING_STATUS_OPEN);
	option(d, "STATUS_OPT", melding_status_filter_ids[MELDING_STATUS_ALLE],
	       melding_status_filter_labels[MELDING_STATUS_ALLE], f->status < 0);
	for (int i = 0; i < MS__MAX; i++)
		option(d, "STATUS_OPT", melding_status_ids[i], melding_status_labels[i], f->status == i);
	n = l->n_cats;
	option(d, "CATEGORIE_OPT", "", "Alle", !f->categorie);
	for (int i = 0; i < n; i++)
		option(d, "CATEGORIE_OPT", cats[i].code, cats[i].naam, same(f->categorie, cats[i].code));
	option(d, "PIJLER_OPT", "", "Alle", f->pijler < 0);
	for (int i = 0; i < PIJLER__MAX; i++)
		option(d, "PIJLER_OPT", pijler_ids[i], pijler_labels[i], f->pijler == i);
	n = l->n_wijken;
	option(d, "WIJK_OPT", "", "Alle", !f->wijk_id && !f->wijk_onbekend);
	for (int i = 0; i < n; i++)
		option(d, "WIJK_OPT", arena_printf(&req->arena, "%lld", (long long)wijken[i].id), wijken[i].naam,
		       f->wijk_id == wijken[i].id);
	option(d, "WIJK_OPT", "onbekend", "Onbekend (geen wijk)", f->wijk_onbekend);
	v = input_text(req, "behandelaar");
	option(d, "BEHANDELAAR_OPT", "", "Iedereen", f->assignee_id == MELDING_ASSIGNEE_ANY);
	option(d, "BEHANDELAAR_OPT", "mij", "Ik", same(v, "mij"));
	option(d, "BEHANDELAAR_OPT", "geen", "Niemand", f->assignee_id == MELDING_ASSIGNEE_NONE);
	n = l->n_staff;
	for (int i = 0; i < n; i++)
		option(d, "BEHANDELAAR_OPT", arena_printf(&req->arena, "%lld", (long long)staff[i].id), staff[i].naam,
		       !same(v, "mij") && f->assignee_id == staff[i].id);
	option(d, "KANAAL_OPT", "", "Alle", f->kanaal < 0);
	for (int i = 0; i < KANAAL__MAX; i++)
		option(d, "KANAAL_OPT", kanaal_ids[i], kanaal_labels[i], f->kanaal == i);
	for (int i = 0; i < MLATE__MAX; i++)
		option(d, "TE_LAAT_OPT", melding_late_ids[i], melding_late_labels[i], (int)f->late == i);
	for (int i = 0; i < MTERM__MAX; i++)
		option(d, "TERMIJN_OPT", melding_termijn_ids[i], melding_termijn_labels[i], (int)f->termijn == i);
	tpl_set(d, "PEILDATUM", f->has_peildatum ? when_str(&req->arena, DAY_ISO, f->peildatum) : "");
	for (int i = 0; i < MVANDAAG__MAX; i++)
		option(d, "VANDAAG_OPT", melding_vandaag_ids[i], melding_vandaag_labels[i], (int)f->vandaag == i);
	/* Who is bound to wijken may leave out what they took in elsewhere, as the figures do. */
	if (!f->viewer_all_areas) {
		struct tpl_dict *b = tpl_section(d, "BEREIK");
		if (f->areas_only)
			tpl_show(b, "CHECKED");
	}
	tpl_set(d, "VAN", f->has_van ? when_str(&req->arena, DAY_ISO, f->van) : "");
	tpl_set(d, "TOT", f->has_tot ? when_str(&req->arena, DAY_ISO, f->tot) : "");
	for (int i = 0; i < MSORT__MAX; i++)
		option(d, "SORTEER_OPT", melding_sort_ids[i], melding_sort_labels[i], (int)f->sort == i);
	/* The less used filters sit folded away on a phone; open when one is set. */
	if (f->pijler >= 0 || f->kanaal >= 0 || f->has_van || f->has_tot || f->sort != MSORT_ONTVANGEN_DESC ||
	    f->categorie)
		tpl_show(d, "MORE_OPEN");
}

/* The status word in a URL for f's status: a status id, "open" or "alle". */
static const char *status_word(const struct melding_filter *f)
{
	if (f->status >= 0 && f->status < MELDING_STATUS_FILTER__MAX)
		return melding_status_filter_ids[f->status];
	return melding_status_filter_ids[MELDING_STATUS_ALLE];
}

/*
 * With no status in the URL the list shows open work. A list as of a
 * peildatum or by a termijn counts every status, as the dashboard's
 * figures it stands behind do (melding_list.h): there no status is the
 * figure's own "alle", and the form says so. So does a search: a
 * meldnummer or an address typed in is looked for among the closed ones
 * too (and the full-text index alone then counts a coördinator's
 * matches: 45 ms at a million with "open", 4 without).
 */
static void default_status(struct req *req, struct melding_filter *f)
{
	int64_t k;

	if (input_value(req, "status", &k) || f->termijn != MTERM_ANY || f->has_peildatum || (f->q && f->q[0]))
		return;
	f->status = MELDING_STATUS_OPEN;
}

/*
 * The list's query as it stands: every filter that is set, the status
 * always said ("status=open&wijk=3"), no page. The pager, the way back
 * from a melding and a saved view all use it. Arena memory.
 */
static const char *list_query(struct req *req, const struct melding_filter *f)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < sizeof(list_params) / sizeof(list_params[0]); i++)
		pager_query(&b, list_params[i],
			    !strcmp(list_params[i], "status") ? status_word(f) : input_text(req, list_params[i]));
	while (b.len && b.buf[b.len - 1] == '&')
		b.buf[--b.len] = '\0';
	const char *s = arena_strdup(&req->arena, b.buf);
	buf_release(&b);
	return s;
}

/* The pager below the list; its links keep every filter that is set. */
static void pager(struct req *req, struct tpl_dict *d, const struct melding_page *pg, const char *query)
{
	/* pg->page, not the one asked for: melding_list() turns a page past the end into the last one. */
	pager_render(d, arena_printf(&req->arena, "/meldingen?%s&", query), pg->page, pg->per_page, pg->total);
}

/* ---- the summary line of the filters ---- */

static void item(struct buf *b, const char *text)
{
	if (b->len)
		buf_addstr(b, " · ");
	buf_addstr(b, text);
}

/* The status as the summary says it. */
static const char *const status_short[MELDING_STATUS_FILTER__MAX] = {
	"nieuw", "bevestigd", "in behandeling", "teruggekoppeld", "afgesloten", "open", "alle statussen",
};
static const char *const late_short[MLATE__MAX] = {
	"", "bevestigen te laat", "terugkoppelen te laat", "te laat",
};
static const char *const vandaag_short[MVANDAAG__MAX] = {
	"", "vandaag bevestigen", "vandaag terugkoppelen",
};

/* Who is filtered on, by name: "ik", "zonder behandelaar", or the person. */
static void summary_behandelaar(struct req *req, const struct filter_lists *l, const struct melding_filter *f,
				struct buf *b)
{
	const char *v = input_text(req, "behandelaar");

	if (f->assignee_id == MELDING_ASSIGNEE_ANY)
		return;
	if (same(v, "mij")) {
		item(b, "behandelaar: ik");
		return;
	}
	if (f->assignee_id == MELDING_ASSIGNEE_NONE) {
		item(b, "zonder behandelaar");
		return;
	}
	for (int i = 0; i < l->n_staff; i++)
		if (l->staff[i].id == f->assignee_id) {
			item(b, arena_printf(&req->arena, "behandelaar: %s", l->staff[i].naam));
			return;
		}
	item(b, "behandelaar: onbekend");
}

/* The wijk, the soort, the pijler and the kanaal by name. */
static void summary_names(const struct filter_lists *l, const struct melding_filter *f, struct buf *b)
{
	if (f->wijk_onbekend)
		item(b, "wijk onbekend");
	for (int i = 0; f->wijk_id && i < l->n_wijken; i++)
		if (l->wijken[i].id == f->wijk_id)
			item(b, l->wijken[i].naam);
	for (int i = 0; f->categorie && i < l->n_cats; i++)
		if (same(f->categorie, l->cats[i].code))
			item(b, l->cats[i].naam);
	if (f->pijler >= 0 && f->pijler < PIJLER__MAX)
		item(b, pijler_labels[f->pijler]);
	if (f->kanaal >= 0 && f->kanaal < KANAAL__MAX)
		item(b, kanaal_labels[f->kanaal]);
}

/*
 * "open · Noord · te laat": the filters in effect, in the order of the
 * form, into b; returns whether any narrows the list ("alle statussen"
 * alone does not).
 */
static int filter_summary(struct req *req, const struct filter_lists *l, const struct melding_filter *f,
			  struct buf *b)
{
	int narrowing;

	if (f->q && f->q[0])
		item(b, arena_printf(&req->arena, "zoeken: “%s”", f->q));
	item(b, status_short[f->status >= 0 && f->status < MELDING_STATUS_FILTER__MAX ? f->status
										  : MELDING_STATUS_ALLE]);
	narrowing = (f->q && f->q[0]) || f->status >= 0;
	size_t before = b->len;
	summary_names(l, f, b);
	summary_behandelaar(req, l, f, b);
	if (f->late > MLATE_ANY && f->late < MLATE__MAX)
		item(b, late_short[f->late]);
	if (f->termijn > MTERM_ANY && f->termijn < MTERM__MAX)
		item(b, arena_printf(&req->arena, "termijn: %s", melding_termijn_labels[f->termijn]));
	if (f->has_peildatum)
		item(b, arena_printf(&req->arena, "peildatum %s", when_str(&req->arena, DAY_SHORT, f->peildatum)));
	if (f->vandaag > MVANDAAG_ANY && f->vandaag < MVANDAAG__MAX)
		item(b, vandaag_short[f->vandaag]);
	if (f->has_van)
		item(b, arena_printf(&req->arena, "ontvangen vanaf %s", when_str(&req->arena, DAY_SHORT, f->van)));
	if (f->has_tot)
		item(b, arena_printf(&req->arena, "ontvangen tot en met %s", when_str(&req->arena, DAY_SHORT, f->tot)));
	if (f->areas_only)
		item(b, "alleen mijn wijken");
	return narrowing || b->len > before;
}

/* ---- the way back from a melding ---- */

/*
 * The list a melding page's breadcrumb leads back to: the last list this
 * browser showed, its filters and page, kept in a session cookie the list
 * sets. A cookie rather than a parameter on every row's link: it holds
 * across the actions on the melding (POST, then back to the page), and
 * the rows keep their plain /meldingen/{id} links. Only a query of
 * URL-safe characters is used, always behind "/meldingen?": whatever else
 * the cookie holds (a URL of another site, "//host", quotes) gives the
 * plain list. Only ever an href on our own page, never a redirect.
 */
#define LIST_COOKIE MELDINGEN_LIST_COOKIE

static int safe_query(const char *q)
{
	static const char safe[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%+=&";

	return q && strlen(q) <= 1000 && q[strspn(q, safe)] == '\0';
}

static const char *melding_list_back(struct req *req)
{
	const char *c = http_cookie(req, LIST_COOKIE);

	if (c && c[0] && safe_query(c))
		return arena_printf(&req->arena, "/meldingen?%s", c);
	return "/meldingen";
}

/* ---- saved views ---- */

/* The path saved views of this list are kept under (store/view.h). */
static const char VIEW_PAD[] = "/meldingen";

/*
 * The user's views as links above the list (the one showing now marked),
 * and the form that keeps the filters as a new one: on a failed save with
 * the name typed and the message beside it.
 */
static int show_views(struct req *req, struct db *db, struct tpl_dict *d, const char *query,
		      const struct field_errors *save)
{
	struct view *views;
	int n = req->session ? view_list(db, &req->arena, req->session->user_id, VIEW_PAD, &views) : 0;

	if (n < 0)
		return -1;
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	for (int i = 0; i < n; i++) {
		struct tpl_dict *v = tpl_section(d, "VIEW");
		tpl_set_int(v, "VIEW_ID", views[i].id);
		tpl_set(v, "NAAM", views[i].naam);
		if (!strcmp(views[i].query, query))
			tpl_show(v, "CURRENT");
	}
	if (n)
		tpl_show(d, "HAS_VIEWS");
	struct tpl_dict *s = tpl_section(d, "SAVE");
	tpl_set(s, "ACTION", arena_printf(&req->arena, "/meldingen/weergaven?%s", query));
	if (save && save->n) {
		tpl_set(s, "NAAM", input_text(req, "naam"));
		tpl_set(tpl_section(s, "NAAM_ERROR"), "MSG", save->e[0].message);
		tpl_show(s, "SAVE_OPEN");
	}
	return 0;
}

/* One row of the list per melding on this page. */
static void show_rows(struct req *req, struct tpl_dict *d, const struct melding_page *pg, int32_t today)
{
	for (int i = 0; i < pg->n; i++) {
		const struct melding_row *r = &pg->rows[i];
		struct tpl_dict *row = tpl_section(d, "ROW");
		int closed = r->status == MS_AFGESLOTEN;
		tpl_set_int(row, "ID", r->id);
		tpl_set(row, "REFERENTIE", r->referentie);
		tpl_set(row, "ONTVANGEN", when_str(&req->arena, DAY_SHORT, r->ontvangen_dag));
		tpl_set(row, "ONTVANGEN_ISO", when_str(&req->arena, WHEN_ISO, r->ontvangen_op));
		tpl_set(row, "CATEGORIE", r->categorie_naam);
		tpl_set(row, "ADRES", r->adres_tekst[0] ? r->adres_tekst : "–");
		if (r->wijk_id)
			tpl_set(row, "WIJK", r->wijk_naam);
		else
			tpl_show(row, "ONBEKEND");
		tpl_set(row, "STATUS", melding_status_labels[r->status]);
		tpl_set(row, "BEHANDELAAR", r->assignee_naam[0] ? r->assignee_naam : "–");
		due_marker(req, tpl_section(row, "BEV"), r->due.bevestigen, r->bevestigd_dag, closed, today);
		due_marker(req, tpl_section(row, "TER"), r->due.terugkoppelen, r->teruggekoppeld_dag, closed, today);
	}
	if (pg->n)
		tpl_show(d, "HAS_ROWS");
	else
		tpl_show(d, "NO_ROWS");
}

/*
 * The list page for f (the filters read, errs their messages), and with
 * save the messages of a view that could not be kept. status: 200, or
 * 422 after a failed save.
 */
static int list_page(struct req *req, struct db *db, const struct melding_filter *f, const struct field_errors *errs,
		     const struct field_errors *save, int status)
{
	struct melding_page pg;

	if (melding_list(db, &req->arena, f, pager_page(req), &pg) != STORE_OK)
		return http_unavailable(req, NIETS_GEWIJZIGD);

	const char *heading = f->wijk_onbekend ? "Onbekend: meldingen zonder wijk" : "Meldingen";
	struct tpl_dict *d = page_new(req, heading, "meldingen_lijst.tpl");
	struct form form = FORM_INIT(d);
	const struct filter_lists *l = filter_lists(db);
	const char *query = list_query(req, f);
	struct buf summary = BUF_INIT;

	for (int i = 0; i < errs->n; i++)
		form_error(&form, errs->e[i].field, errs->e[i].message);
	tpl_set(d, "HEADING", heading);
	if (f->wijk_onbekend)
		tpl_show(d, "ONBEKEND_UITLEG");
	if (req->session && policy_route(req->session->role, ACT_MELDING_SUBMIT) == VERDICT_ALLOW)
		tpl_show(d, "CAN_SUBMIT");
	if (req->session && policy_route(req->session->role, ACT_MELDING_TRIAGE) == VERDICT_ALLOW)
		tpl_set_int(tpl_section(d, "ONBEKEND_LINK"), "N", melding_onbekend_count(db));
	filter_form(req, l, d, f);
	/* Folded to its summary once filters narrow the list; open with nothing set, or to show an error. */
	if (!filter_summary(req, l, f, &summary) || errs->n)
		tpl_show(d, "FILTERS_OPEN");
	tpl_set(d, "FILTER_SUMMARY", summary.buf);
	buf_release(&summary);
	if (show_views(req, db, d, query, save) < 0)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	tpl_set_int(d, "TOTAL", pg.total);
	tpl_set(d, "TOTAL_WORD", pg.total == 1 ? "melding" : "meldingen");
	if (f->q && f->q[0])
		tpl_set(tpl_section(d, "SEARCHED"), "Q", f->q);
	/* Each melding's breadcrumb leads back here, to this page of this list (melding_list_back()). */
	if (status == 200) {
		const char *back = pg.page > 1 ? arena_printf(&req->arena, "%s&pagina=%d", query, pg.page) : query;
		/* Too long to keep (a pasted text searched for): the way back is the plain list. */
		if (safe_query(back))
			http_set_cookie(req, LIST_COOKIE, back, -1);
		else
			http_set_cookie(req, LIST_COOKIE, "", 0);
	}
	show_rows(req, d, &pg, f->today);
	pager(req, d, &pg, query);
	return page_send(req, status);
}

int handle_meldingen(struct req *req)
{
	struct db *db = db_thread();
	struct melding_filter f;
	struct field_errors errs;

	if (!db)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	melding_filter_init(req, &f);
	melding_filter_from_query(req, &f, &errs);
	default_status(req, &f);
	return list_page(req, db, &f, &errs, NULL, 200);
}

/* ---- POST /meldingen/weergaven: keep the list's filters as a view ---- */

/* The filters in the query (the form's action carries them), the name in the body. */
const struct field_spec meldingen_view_fields[] = {
	MELDING_FILTER_FIELDS,
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* Characters, not bytes, of UTF-8 text (the table's length() counts the same). */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The name without the spaces around it, in the arena. */
static const char *trimmed(struct req *req, const char *s)
{
	if (!s)
		return "";
	s += strspn(s, " \t\r\n");
	size_t n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	return arena_printf(&req->arena, "%.*s", (int)n, s);
}

int handle_meldingen_view_save(struct req *req)
{
	struct db *db = db_thread();
	struct melding_filter f;
	struct field_errors errs, save = { 0 };
	struct view *views;
	int64_t id;

	if (!db || !req->session)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	melding_filter_init(req, &f);
	melding_filter_from_query(req, &f, &errs);
	default_status(req, &f);
	const char *naam = trimmed(req, input_text(req, "naam"));
	const char *query = list_query(req, &f);
	int n = view_list(db, &req->arena, req->session->user_id, VIEW_PAD, &views);
	if (n < 0)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (!naam[0])
		field_error_add(&save, "naam", "Geef de weergave een naam.");
	else if (utf8_chars(naam) > VIEW_NAAM_MAX)
		field_error_add(&save, "naam", "De naam is te lang: gebruik ten hoogste 60 tekens.");
	else if (strlen(query) > VIEW_QUERY_MAX)
		field_error_add(&save, "naam", "Deze filters zijn te lang om te bewaren. Kies minder of kortere filters.");
	else if (n >= VIEW_PER_LIST_MAX)
		field_error_add(&save, "naam", "U heeft al 30 weergaven van deze lijst. Verwijder er eerst een.");
	if (!save.n) {
		switch (view_add(db, req->session->user_id, VIEW_PAD, naam, query, clock_now(), &id)) {
		case STORE_OK:
			return http_redirect(req, arena_printf(&req->arena, "/meldingen?%s", query));
		case STORE_CONFLICT:
			field_error_add(&save, "naam", "U heeft al een weergave met deze naam. Kies een andere naam.");
			break;
		case STORE_NOTFOUND:
		case STORE_ERROR:
		default:
			return http_unavailable(req, "De database antwoordt niet. Probeer het over een minuut opnieuw. "
						     "De weergave is niet bewaard.");
		}
	}
	return list_page(req, db, &f, &errs, &save, 422);
}

/* ---- GET /meldingen/weergave?id= and POST /meldingen/weergave/verwijderen ---- */

const struct field_spec view_open_fields[] = {
	{ .name = "id", .from = IN_QUERY, .type = FT_ID },
	FIELDS_END
};
const struct field_spec view_delete_fields[] = {
	{ .name = "id", .from = IN_FORM, .type = FT_ID },
	FIELDS_END
};

static const struct refusal view_refusal = {
	.not_found_title = "Weergave niet gevonden",
	.not_found_text = "Deze weergave bestaat niet, of is niet van u.",
	.unavailable_text = NIETS_GEWIJZIGD,
};

/* The user's view of the path: 0, or the status already answered (404 for another user's). */
static int load_view(struct req *req, struct db *db, struct view *v)
{
	if (!db || !req->session)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	int64_t id = input_num(req, "id");
	if (id <= 0)
		return http_error(req, 400, "Geen weergave gekozen", "Kies een weergave uit de lijst boven de meldingen.");
	enum store_result r = view_get(db, &req->arena, req->session->user_id, id, v);
	if (r == STORE_NOTFOUND)
		return http_refused(req, APP_NOT_FOUND, &view_refusal);
	if (r != STORE_OK)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	return 0;
}

int handle_view_open(struct req *req)
{
	struct view v;
	int st = load_view(req, db_thread(), &v);

	if (st)
		return st;
	return http_redirect(req, v.query[0] ? arena_printf(&req->arena, "%s?%s", v.pad, v.query) : v.pad);
}

int handle_view_delete(struct req *req)
{
	struct db *db = db_thread();
	struct view v;
	int st = load_view(req, db, &v);

	if (st)
		return st;
	switch (view_delete(db, req->session->user_id, v.id)) {
	case STORE_OK:
	case STORE_NOTFOUND:   /* gone already: a second click */
		return http_redirect(req, v.pad);
	case STORE_CONFLICT:
	case STORE_ERROR:
	default:
		return http_unavailable(req, NIETS_GEWIJZIGD);
	}
}

/* ---- datetime-local ---- */


/* ---- staff intake ---- */

static const char KANAAL_MSG[] = "Kies hoe de melding binnenkwam.";

/*
 * Beside the intake form: how it came in (a closed set; staff_kanaal()
 * narrows it) and when, a datetime-local a person may type, read by
 * local_moment_parse() with this page's own message.
 */
const struct field_spec melding_create_fields[] = {
	INTAKE_FORM_FIELDS,
	{ .name = "kanaal", .from = IN_FORM, .type = FT_ENUM, .max = KANAAL__MAX, .choices = kanaal_ids,
	  .message = KANAAL_MSG },
	{ .name = "ontvangen_op", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The channels staff choose from: not the public form, not the API. */
static int staff_kanaal(int k)
{
	return k >= 0 && k != KANAAL_WEBFORMULIER && k != KANAAL_API;
}

static struct tpl_dict *intake_page(struct req *req, int keep)
{
	struct db *db = db_thread();
	struct category cats[CATEGORY_MAX];
	struct tpl_dict *d = page_new(req, "Melding invoeren", "meldingen_nieuw.tpl");
	const char *cat = keep ? input_text(req, "categorie") : NULL;
	const char *kanaal = keep ? input_text(req, "kanaal") : kanaal_ids[KANAAL_TELEFOON];
	char now[LOCAL_MOMENT_LEN];
	int n = db ? category_list(db, 1, cats, CATEGORY_MAX) : 0;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	option(d, "CATEGORIE_OPT", "", "Kies een soort", !cat || !cat[0]);
	for (int i = 0; i < n; i++)
		option(d, "CATEGORIE_OPT", cats[i].code, cats[i].naam, same(cat, cats[i].code));
	for (int i = 0; i < KANAAL__MAX; i++)
		if (staff_kanaal(i))
			option(d, "KANAAL_OPT", kanaal_ids[i], kanaal_labels[i], same(kanaal, kanaal_ids[i]));
	local_moment_format(clock_now(), now);
	tpl_set(d, "NU", now);
	tpl_set(d, "ONTVANGEN_OP", keep ? input_text(req, "ontvangen_op") : now);
	intake_show_form(req, d, keep);
	return d;
}

int handle_melding_nieuw(struct req *req)
{
	intake_page(req, 0);
	return page_send(req, 200);
}

/*
 * The staff-only fields into ir: how it came in (the public form and the
 * API are not theirs to pick) and when. Returns 1 when the moment could
 * not be read, so the page can say how to type it.
 */
static int staff_input(struct req *req, struct intake_request *ir)
{
	const char *moment = input_text(req, "ontvangen_op");
	int64_t k, t;
	char iso[MOMENT_FORMAT_LEN];

	/* One the stage could not read goes as "-" too: the validator refuses it beside the field. */
	ir->in.kanaal = input_value(req, "kanaal", &k) && staff_kanaal((int)k) ? kanaal_ids[k] : "-";
	ir->staff = 1;
	ir->default_kanaal = KANAAL_TELEFOON;
	if (!moment || !moment[0])
		return 0;
	/* datetime-local holds Amsterdam wall time; the validator wants a moment with its offset. */
	if (local_moment_parse(moment, &t) < 0) {
		ir->in.ontvangen_op = "-";
		return 1;
	}
	moment_format_amsterdam(t, iso);
	ir->in.ontvangen_op = arena_strdup(&req->arena, iso);
	return 0;
}

/*
 * The validator speaks to anyone; this form says it for staff: how the
 * melding came in, and the moment as a datetime-local field takes it.
 */
static void staff_messages(struct intake_result *res, int bad_moment)
{
	for (int i = 0; i < res->errs.n; i++) {
		struct field_error *e = &res->errs.e[i];
		if (!strcmp(e->field, "kanaal"))
			e->message = KANAAL_MSG;
		else if (bad_moment && !strcmp(e->field, "ontvangen_op"))
			e->message = "Vul datum en tijd in, bijvoorbeeld 01-03-2026 14:30.";
	}
}

/* The form again, as it was sent, with the messages and the files kept. */
static int refill(struct req *req, struct intake_result *res, int bad_moment)
{
	struct tpl_dict *d = intake_page(req, 1);
	struct form f = FORM_INIT(d);

	staff_messages(res, bad_moment);
	intake_show_errors(req, &f, res, "Een of meer bestanden zijn niet ontvangen; zie bij Bestanden.");
	intake_show_pending(req, d, res);
	return page_send(req, 422);
}

int handle_melding_create(struct req *req)
{
	struct intake_request ir = { 0 };
	struct intake_result *res = arena_alloc(&req->arena, sizeof(*res));
	int bad_moment;

	intake_from_form(req, &ir);
	bad_moment = staff_input(req, &ir);
	enum app_result r = intake_submit_form(req, &ir, res);
	if (r == APP_INVALID)
		return refill(req, res, bad_moment);
	if (r != APP_OK)
		return http_unavailable(req, "De melding is niet opgeslagen. Probeer het over een minuut opnieuw.");
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=aangemaakt", (long long)res->id));
}

/* ---- GET /meldingen/{id} ---- */

static const char *event_label(const char *soort)
{
	static const struct {
		const char *soort, *label;
	} labels[] = {
		{ "ontvangen", "Ontvangen" },
		{ "bevestigd", "Ontvangst bevestigd" },
		{ "toegewezen", "Toegewezen" },
		{ "notitie", "Notitie" },
		{ "teruggekoppeld", "Teruggekoppeld aan de melder" },
		{ "afgesloten", "Afgesloten" },
		{ "heropend", "Heropend" },
		{ "geplaatst", "In een wijk geplaatst" },
		{ "dossier_gekoppeld", "Aan een dossier gekoppeld" },
		{ "dossier_ontkoppeld", "Van een dossier losgekoppeld" },
		{ "dagboek", "Overlastdagboek: aanvulling van de melder" },
		{ "verwachting", "Nieuwe verwachte datum voor het antwoord" },
		{ "laat", "Automatisch bericht: het antwoord komt later dan beloofd" },
		{ "duplicaat", "Als duplicaat gemarkeerd" },
		{ "duplicaat_opgeheven", "Geen duplicaat meer" },
		{ "tevredenheid", "Tevredenheid van de melder" },
		{ "heropenverzoek_besluit", "Besluit over heropenen" },
	};
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].soort, soort))
			return labels[i].label;
	return soort;
}

static const char *outbox_soort(const char *soort)
{
	if (!strcmp(soort, "ontvangst"))
		return "Ontvangstbericht";
	if (!strcmp(soort, "bevestiging"))
		return "Bevestiging";
	if (!strcmp(soort, "terugkoppeling"))
		return "Terugkoppeling";
	if (!strcmp(soort, "afsluiting"))
		return "Afsluitbericht";
	if (!strcmp(soort, "laat"))
		return "Bericht: het antwoord komt later";
	return soort;
}

/*
 * The flash after a POST-redirect-GET (?gedaan=): a fixed text per word,
 * never the query's own text; a word not in the list shows none.
 */
enum done { DONE_AANGEMAAKT, DONE_BEVESTIGEN, DONE_TOEWIJZEN, DONE_NOTITIE, DONE_TERUGKOPPELEN, DONE_AFSLUITEN,
	    DONE_HEROPENEN, DONE_PLAATSEN, DONE_VERWACHTING, DONE__MAX };
static const char *const done_ids[DONE__MAX] = {
	"aangemaakt", "bevestigen", "toewijzen", "notitie", "terugkoppelen", "afsluiten", "heropenen", "plaatsen",
	"verwachting",
};
static const char *const done_texts[DONE__MAX] = {
	"De melding is ingevoerd.", "De ontvangst is bevestigd.", "De melding is toegewezen.",
	"De notitie is toegevoegd.", "De terugkoppeling is vastgelegd.", "De melding is afgesloten.",
	"De melding is heropend.", "De melding is in de wijk geplaatst.",
	"De nieuwe verwachte datum is vastgelegd. De melder ziet hem met de persoonlijke link.",
};

const struct field_spec melding_detail_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "gedaan", .from = IN_QUERY, .type = FT_ENUM, .max = DONE__MAX, .choices = done_ids },
	/* a standard text asked for in a message form (web/standaardteksten_kiezen.c, issue 17) */
	{ .name = "standaardtekst", .from = IN_QUERY, .type = FT_ID },
	{ .name = "stap", .from = IN_QUERY, .type = FT_TEXT, .max = 20 },
	FIELDS_END
};

/* What a failed action left behind, to show the form again as it was. */
struct failed {
	enum melding_action action;    /* MA__MAX: placing; MA_KOPPELEN with verwachting: the new expected day */
	struct field_errors errs;       /* one: the field and the message; none for a preview */
	int verwachting;                /* the form of the new expected day failed */
	const char *onderwerp, *voorbeeld;   /* a preview of the message to the melder (stored nowhere) */
	int anoniem;                    /* the preview goes to no one by mail */
};

static struct tpl_dict *action_form(struct req *req, struct tpl_dict *d, const char *section,
				     const struct failed *fail, enum melding_action a, const char *now)
{
	struct tpl_dict *s = tpl_section(d, section);

	tpl_set(s, "NU", now);
	if (fail && fail->action == a && !fail->verwachting) {
		/* The user's own input comes back in the form that failed (or was previewed). */
		tpl_set(s, "MOMENT", input_text(req, "moment"));
		tpl_set(s, "TEKST", input_text(req, "tekst"));
		tpl_set(s, "TOELICHTING", input_text(req, "toelichting"));
		tpl_set(s, "KOSTEN", input_text(req, "kosten"));
		if (fail->errs.n)
			tpl_show(s, "OPEN");
		if (fail->voorbeeld) {
			struct tpl_dict *v = tpl_section(s, "VOORBEELD");
			tpl_set(v, "ONDERWERP", fail->onderwerp);
			tpl_set(v, "TEKST", fail->voorbeeld);
			if (fail->anoniem)
				tpl_show(v, "ANONIEM");
		}
	}
	return s;
}

/* The flash after a POST-redirect-GET (only on GET: a failed action shows its form), and the facts of the melding. */
static void show_facts(struct req *req, struct tpl_dict *d, const struct melding *m, const struct failed *fail)
{
	char euros[32];
	int64_t done;

	if (!fail && input_value(req, "gedaan", &done)) {
		struct tpl_dict *f = tpl_section(req->page, "FLASH");
		tpl_set(f, "FLASH_KIND", "ok");
		tpl_set(f, "FLASH_TEXT", done_texts[done]);
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "ID", m->id);
	tpl_set(d, "REFERENTIE", m->referentie);
	tpl_set(d, "STATUS", melding_status_labels[m->status]);
	tpl_set(d, "CATEGORIE", m->categorie_naam);
	tpl_set(d, "PIJLER", pijler_labels[m->pijler]);
	tpl_set(d, "KANAAL", kanaal_labels[m->kanaal]);
	tpl_set(d, "ONTVANGEN", when_str(&req->arena, WHEN_TEXT, m->ontvangen_op));
	tpl_set(d, "ONTVANGEN_ISO", when_str(&req->arena, WHEN_ISO, m->ontvangen_op));
	if (m->geregistreerd_op - m->ontvangen_op > 600)
		tpl_set(tpl_section(d, "GEREGISTREERD"), "WANNEER", when_str(&req->arena, WHEN_TEXT, m->geregistreerd_op));
	tpl_set(d, "OMSCHRIJVING", m->omschrijving);
	if (m->voorval[0])
		tpl_set(tpl_section(d, "VOORVAL"), "TEKST", m->voorval);
	tpl_set(d, "ADRES", m->adres_tekst[0] ? m->adres_tekst : "Geen adres");
	if (m->wijk_id) {
		struct tpl_dict *w = tpl_section(d, "WIJK");
		tpl_set(w, "NAAM", m->wijk_naam);
		tpl_set(w, "CODE", m->wijk_code);
	} else {
		tpl_show(d, "WIJK_ONBEKEND");
	}
	if (m->buurt_naam[0])
		tpl_set(tpl_section(d, "BUURT"), "NAAM", m->buurt_naam);
	if (m->complex_naam[0])
		tpl_set(tpl_section(d, "COMPLEX"), "NAAM", m->complex_naam);
	if (!m->address_id && m->postcode[0])
		tpl_show(d, "NIET_IN_REGISTER");
	tpl_set(d, "BEHANDELAAR", m->assignee_naam[0] ? m->assignee_naam : "Nog niemand");
	if (m->kosten_cent >= 0) {
		euros_format(m->kosten_cent, euros);
		tpl_set(tpl_section(d, "KOSTEN_FEIT"), "BEDRAG", euros);
	}
}

/* The terms, with what has been done; and the melder: staff only (this page is). */
static void show_terms(struct req *req, struct tpl_dict *d, const struct melding *m)
{
	int32_t today = amsterdam_day(clock_now());
	int closed = m->status == MS_AFGESLOTEN;
	struct tpl_dict *t = tpl_section(d, "BEV");

	due_marker(req, t, m->due.bevestigen, m->bevestigd_dag, closed, today);
	if (m->bevestigd_op)
		tpl_set(tpl_section(t, "GEDAAN"), "WANNEER", when_str(&req->arena, WHEN_TEXT, m->bevestigd_op));
	t = tpl_section(d, "TER");
	due_marker(req, t, m->due.terugkoppelen, m->teruggekoppeld_dag, closed, today);
	if (m->teruggekoppeld_op)
		tpl_set(tpl_section(t, "GEDAAN"), "WANNEER", when_str(&req->arena, WHEN_TEXT, m->teruggekoppeld_op));
	if (m->verwacht_dag >= 0)
		tpl_set(tpl_section(t, "VERWACHT"), "DAG", when_str(&req->arena, DAY_SHORT, m->verwacht_dag));
	tpl_set(d, "STREEF", when_str(&req->arena, DAY_SHORT, m->due.streef));
	if (m->afgesloten_op)
		tpl_set(tpl_section(d, "AFGESLOTEN"), "WANNEER", when_str(&req->arena, WHEN_TEXT, m->afgesloten_op));

	if (m->anoniem) {
		tpl_show(d, "ANONIEM");
	} else {
		struct tpl_dict *c = tpl_section(d, "MELDER");
		tpl_set(c, "NAAM", m->melder_naam);
		if (m->melder_email[0])
			tpl_set(tpl_section(c, "EMAIL"), "EMAIL", m->melder_email);
		if (m->melder_telefoon[0])
			tpl_set(tpl_section(c, "TELEFOON"), "TELEFOON", m->melder_telefoon);
	}
}

static void show_attachments(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m)
{
	struct attachment *att;
	int n = attachment_list(db, &req->arena, m->id, &att);

	for (int i = 0; i < n; i++) {
		struct tpl_dict *a = tpl_section(d, "BIJLAGE");
		tpl_set_int(a, "BIJLAGE_ID", att[i].id);
		tpl_set(a, "NAAM", att[i].bestandsnaam);
		tpl_set(a, "SOORT", files_kind(att[i].mime));
		tpl_set(a, "GROOTTE", page_size(&req->arena, att[i].grootte));
		if (att[i].dagboek_id)
			tpl_show(a, "UIT_DAGBOEK");   /* the melder's evidence, not staff's */
		if (!strcmp(att[i].mime, "image/jpeg") || !strcmp(att[i].mime, "image/png"))
			tpl_show(a, "FOTO");
		else if (!download_inline(att[i].mime))
			tpl_show(a, "DOWNLOAD");
		melding_bijlage_show(req, a, m, &att[i]);   /* caption, capture moment (issue 17, web/melding_bijlagen.c) */
	}
	if (n > 0)
		tpl_show(d, "HAS_BIJLAGEN");
}

static void show_timeline(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m)
{
	struct melding_event *ev;
	/* A gevoelig dossier leaves no trace for those outside its team, not even "linked". */
	int history = dossier_melding_history_visible(db, http_actor(req), m->id);
	int n = melding_events(db, &req->arena, m->id, 0, &ev);

	for (int i = 0; i < n; i++) {
		if (history != 1 && !strncmp(ev[i].soort, "dossier_", 8))
			continue;
		struct tpl_dict *e = tpl_section(d, "EVENT");
		tpl_set(e, "WANNEER", when_str(&req->arena, WHEN_TEXT, ev[i].op));
		tpl_set(e, "WANNEER_ISO", when_str(&req->arena, WHEN_ISO, ev[i].op));
		tpl_set(e, "LABEL", event_label(ev[i].soort));
		tpl_set(e, "WIE", ev[i].user_naam[0] ? ev[i].user_naam
				: ev[i].user_id ? "?" : !strcmp(ev[i].soort, "laat") ? "Leefbaar (automatisch)" : "de melder");
		if (ev[i].tekst[0])
			tpl_set(tpl_section(e, "TEKST"), "TEKST", ev[i].tekst);
		if (ev[i].voor_melder)
			tpl_show(e, "VOOR_MELDER");
		/* The melder's own words (issue 17): marked so no one takes them for a staff note. */
		if (!strcmp(ev[i].soort, "dagboek") && !ev[i].user_id)
			tpl_show(e, "VAN_MELDER");
		/* Backdated: say when it was written down too. */
		if (ev[i].vastgelegd - ev[i].op > 600)
			tpl_set(tpl_section(e, "VASTGELEGD"), "WANNEER", when_str(&req->arena, WHEN_TEXT, ev[i].vastgelegd));
	}
}

/* The messages to the melder in the outbox, sent or waiting. */
static void show_messages(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m)
{
	struct outbox_msg *msgs;
	int n = outbox_for_melding(db, &req->arena, m->id, &msgs);

	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, "BERICHT");
		tpl_set(o, "SOORT", outbox_soort(msgs[i].soort));
		tpl_set(o, "ONDERWERP", msgs[i].onderwerp);
		tpl_set(o, "TEKST", msgs[i].tekst);
		tpl_set(o, "GEMAAKT", when_str(&req->arena, WHEN_TEXT, msgs[i].created_at));
		if (!msgs[i].aan[0])
			tpl_show(o, "GEEN_ADRES");
		else if (msgs[i].verzonden_op)
			tpl_set(tpl_section(o, "VERZONDEN"), "WANNEER", when_str(&req->arena, WHEN_TEXT, msgs[i].verzonden_op));
		else
			tpl_set(tpl_section(o, "WACHT"), "AAN", msgs[i].aan);
		if (msgs[i].aan[0])
			tpl_set(tpl_section(o, "AAN"), "AAN", msgs[i].aan);
		if (msgs[i].laatste_fout[0] && !msgs[i].verzonden_op)
			tpl_set(tpl_section(o, "FOUT"), "FOUT", msgs[i].laatste_fout);
	}
	tpl_show(d, n > 0 ? "HAS_BERICHTEN" : "NO_BERICHTEN");
}

/* Whom the toewijzen form offers: the failed choice again, or else the current assignee. */
static void show_assignees(struct req *req, struct db *db, struct tpl_dict *s, const struct melding *m,
			   const struct failed *fail)
{
	struct staff_user *u;
	int k = melding_assignable_users(db, &req->arena, m, &u);
	int again = fail && fail->action == MA_TOEWIJZEN && input_has(req, "behandelaar");
	int64_t chosen = again ? input_num(req, "behandelaar") : m->assignee_id;

	for (int i = 0; i < k; i++) {
		struct tpl_dict *o = tpl_section(s, "BEHANDELAAR_OPT");
		tpl_set_int(o, "VALUE", u[i].id);
		tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s)", u[i].naam, role_labels[u[i].role]));
		if (u[i].id == chosen)
			tpl_show(o, "SELECTED");
	}
}

/*
 * A form whose text goes to the melder: the standard texts to pick from
 * (web/melder.h), and a chosen one as the textarea's content unless the
 * form comes back with the user's own input.
 */
static void message_form(struct req *req, struct tpl_dict *s, const struct melding *m, const struct failed *fail,
			 enum melding_action a)
{
	const char *stap = a == MA_TERUGKOPPELEN ? "terugkoppeling" : "afsluiting";
	const char *pre;

	standaardtekst_picker(req, s, m, stap);
	if (fail && fail->action == a && !fail->verwachting)
		return;
	if ((pre = standaardtekst_prefill(req, m, stap)))
		tpl_set(s, a == MA_TERUGKOPPELEN ? "TEKST" : "TOELICHTING", pre);
}

/* The new expected day for the answer, with its reason (shown to the melder). */
static void show_verwachting(struct req *req, struct tpl_dict *d, const struct melding *m, const struct failed *fail)
{
	struct tpl_dict *s = tpl_section(d, "ACT_VERWACHTING");

	tpl_set(s, "VANDAAG", when_str(&req->arena, DAY_ISO, amsterdam_day(clock_now())));
	if (fail && fail->verwachting) {
		tpl_set(s, "DAG", input_text(req, "dag"));
		tpl_set(s, "REDEN", input_text(req, "reden"));
		tpl_show(s, "OPEN");
	} else if (m->verwacht_dag >= 0) {
		tpl_set(s, "DAG", when_str(&req->arena, DAY_ISO, m->verwacht_dag));
	}
}

/* The actions this state allows, each with its own form. */
static void show_actions(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m,
			 const struct failed *fail)
{
	static const struct {
		enum melding_action a;
		const char *section;
	} forms[] = {
		{ MA_BEVESTIGEN, "ACT_BEVESTIGEN" }, { MA_TERUGKOPPELEN, "ACT_TERUGKOPPELEN" },
		{ MA_TOEWIJZEN, "ACT_TOEWIJZEN" }, { MA_NOTITIE, "ACT_NOTITIE" },
		{ MA_AFSLUITEN, "ACT_AFSLUITEN" }, { MA_HEROPENEN, "ACT_HEROPENEN" },
	};
	struct tpl_dict *toewijzen = NULL;
	char now[LOCAL_MOMENT_LEN];
	enum melding_status to;
	const char *why;

	local_moment_format(clock_now(), now);
	tpl_show(d, "ACTIONS");
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		if (melding_transition(m->status, forms[i].a, &to, &why) < 0)
			continue;
		struct tpl_dict *s = action_form(req, d, forms[i].section, fail, forms[i].a, now);
		if (forms[i].a == MA_TOEWIJZEN)
			toewijzen = s;
		if (forms[i].a == MA_TERUGKOPPELEN || forms[i].a == MA_AFSLUITEN)
			message_form(req, s, m, fail, forms[i].a);
	}
	if (toewijzen)
		show_assignees(req, db, toewijzen, m, fail);
	if (m->status != MS_AFGESLOTEN)
		show_verwachting(req, d, m, fail);
	if (m->status == MS_NIEUW)
		tpl_show(d, "TERUGKOPPELEN_BEVESTIGT");
}

/* The wijken and, grouped by wijk, their buurten. */
static void place_options(struct req *req, struct db *db, struct tpl_dict *p, const struct melding *m, int failed_here)
{
	struct area_item *wijken, *buurten;
	int nw = melding_list_wijken(db, &req->arena, &wijken);
	int nb = melding_list_buurten(db, &req->arena, &buurten);
	/* The failed choice again (a value that is no id chooses nothing), or else the melding's own. */
	int64_t cw = failed_here && input_has(req, "wijk") ? input_num(req, "wijk") : m->wijk_id;
	int64_t cb = failed_here && input_has(req, "buurt") ? input_num(req, "buurt") : m->buurt_id;

	for (int i = 0; i < nw; i++) {
		struct tpl_dict *o = tpl_section(p, "WIJK_OPT");
		tpl_set_int(o, "VALUE", wijken[i].id);
		tpl_set(o, "LABEL", wijken[i].naam);
		if (wijken[i].id == cw)
			tpl_show(o, "SELECTED");
		struct tpl_dict *g = tpl_section(p, "BUURT_GROEP");
		tpl_set(g, "WIJK", wijken[i].naam);
		for (int j = 0; j < nb; j++) {
			if (buurten[j].wijk_id != wijken[i].id)
				continue;
			struct tpl_dict *b = tpl_section(g, "BUURT_OPT");
			tpl_set_int(b, "VALUE", buurten[j].id);
			tpl_set(b, "LABEL", buurten[j].naam);
			if (buurten[j].id == cb)
				tpl_show(b, "SELECTED");
		}
	}
}

/* Placing in a wijk: first thing to do while it has none; a correction at the bottom otherwise. */
static void show_placing(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m,
			 const struct failed *fail)
{
	int failed_here = fail && fail->action == MA__MAX;
	struct tpl_dict *p = tpl_include(d, m->wijk_id ? "PLAATSEN_ONDER" : "PLAATSEN_BOVEN", "melding_plaatsen.tpl");

	tpl_show(p, m->wijk_id ? "ANDERS" : "ONBEKEND");
	tpl_set_int(p, "ID", m->id);
	tpl_set(p, "CSRF_TOKEN", csrf_token(req));
	if (failed_here && fail->errs.n && !strcmp(fail->errs.e[0].field, "buurt"))
		tpl_set(tpl_section(p, "PLAATSEN_BUURT_ERROR"), "MSG", fail->errs.e[0].message);
	else if (failed_here)
		tpl_set(tpl_section(p, "PLAATSEN_WIJK_ERROR"), "MSG", fail->errs.n ? fail->errs.e[0].message : NULL);
	place_options(req, db, p, m, failed_here);
	if (failed_here)
		tpl_show(p, "OPEN");
}

/* The message beside the field of the form that failed, and at the top. */
static void show_failure(struct req *req, struct tpl_dict *d, const struct failed *fail)
{
	struct form f = FORM_INIT(d);
	const char *form_id = fail->verwachting ? "verwachting"
			      : fail->action == MA__MAX ? "plaatsen" : melding_action_ids[fail->action];

	if (!fail->errs.n && fail->voorbeeld)
		return;   /* a preview, no error */
	const char *field = fail->errs.n ? fail->errs.e[0].field : "status";
	const char *message = fail->errs.n ? fail->errs.e[0].message : NULL;

	if (!strcmp(field, "status"))
		form_error(&f, arena_printf(&req->arena, "%s-knop", form_id), message);
	else
		form_error(&f, arena_printf(&req->arena, "%s-%s", form_id, !strcmp(field, "op") ? "moment" : field),
			   message);
}

static void render_detail(struct req *req, struct db *db, struct melding *m, const struct failed *fail)
{
	struct tpl_dict *d = page_new(req, m->referentie, "melding_detail.tpl");
	const struct actor *who = http_actor(req);
	struct scope sc;

	tpl_set(d, "LIJST", melding_list_back(req));
	show_facts(req, d, m, fail);
	/* The team a routing rule gave it to (app/routing.h), beside the behandelaar. */
	const char *team = routing_team_of(db, &req->arena, m->id);
	if (team && team[0])
		tpl_set(tpl_section(d, "TEAM"), "NAAM", team);
	show_terms(req, d, m);
	show_attachments(req, db, d, m);
	/* Other meldingen here and of this melder, and the duplicate mark (issue 17 point 8). */
	melding_context_partial(req, db, tpl_include(d, "CONTEXT", "melding_context.tpl"), m, NULL);
	show_timeline(req, db, d, m);
	show_messages(req, db, d, m);
	melding_scope(who, m, &sc);
	if (policy_check(who, ACT_MELDING_HANDLE, &sc) == VERDICT_ALLOW)
		show_actions(req, db, d, m, fail);
	if (policy_check(who, ACT_MELDING_TRIAGE, &sc) == VERDICT_ALLOW)
		show_placing(req, db, d, m, fail);
	heropenverzoek_show(req, d, m);   /* the melder's verzoek tot heropenen (issue 17, web/melding_heropenverzoek.c) */
	/* The dossiers it belongs to, and linking it to one: the dossiers' own block. */
	dossier_melding_partial(req, tpl_include(d, "DOSSIER", "melding_dossier_partial.tpl"), m->id, m->referentie,
				NULL, NULL);
	if (fail)
		show_failure(req, d, fail);
}

int handle_melding(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct melding m;
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_READ, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	/* Reading a case is audited (DESIGN.md, Audited reads). */
	if (audit_record(db, who, "bekeken", "melding", m.referentie, "") < 0)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	render_detail(req, db, &m, NULL);
	return page_send(req, 200);
}

/* ---- POST /meldingen/{id}/{action} ---- */

/*
 * The moment (datetime-local) and the costs ("12,50") are typed by a
 * person: text, read below with this page's messages; the text's length
 * is melding_act()'s to judge. The behandelaar is a choice from a list: a
 * value that is no id reads as nobody, which toewijzen refuses.
 */
const struct field_spec melding_action_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "action", .from = IN_PATH, .type = FT_ENUM, .flags = FIELD_REQUIRED, .max = MA__MAX,
	  .choices = melding_action_ids },
	{ .name = "moment", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "kosten", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "behandelaar", .from = IN_FORM, .type = FT_ID },
	{ .name = "toelichting", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "voorbeeld", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The page again with the failed form open and its first error beside the field. */
static int act_failed(struct req *req, struct melding *m, enum melding_action a, const struct field_errors *errs)
{
	struct failed fail = { .action = a, .errs = *errs };

	render_detail(req, db_thread(), m, &fail);
	return page_send(req, 422);
}

/*
 * The action's form into in: the moment (datetime-local), the costs, the
 * text and the assignee. Adds a message to errs for a moment or an amount
 * that cannot be read; 0 when fine.
 */
static int action_input(struct req *req, enum melding_action a, struct melding_act_input *in,
			struct field_errors *errs)
{
	const char *moment = input_text(req, "moment"), *kosten = input_text(req, "kosten");

	if (moment && moment[0] && local_moment_parse(moment, &in->op) < 0) {
		field_error_add(errs, "op", "Vul datum en tijd in, bijvoorbeeld 01-03-2026 14:30, of laat het leeg voor nu.");
		return -1;
	}
	if (a == MA_AFSLUITEN && kosten && kosten[strspn(kosten, " \t")]) {
		in->kosten_cent = euros_parse(kosten);
		if (in->kosten_cent < 0) {
			field_error_add(errs, "kosten", "Vul de kosten in euro's in, bijvoorbeeld 12,50, of laat het leeg.");
			return -1;
		}
	}
	in->tekst = input_text(req, "tekst");
	in->melder_tekst = input_text(req, "toelichting");
	in->assignee_id = input_num(req, "behandelaar");
	return 0;
}

/*
 * "Voorbeeld": the page again with the form as typed and, in it, the
 * subject and body the melder would receive. A POST (the form's own, with
 * its CSRF token) that stores nothing: the text can be long and private,
 * so it stays out of URLs and logs, and the same button works without
 * script.
 */
static int preview(struct req *req, struct db *db, struct melding *m, enum melding_action a,
		   const struct melding_act_input *in)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct failed fail = { .action = a };
	enum app_result r = melding_preview(db, &req->arena, req->cfg, m, a, in, &subject, &body, &fail.errs);

	if (r == APP_INVALID)
		return act_failed(req, m, a, &fail.errs);
	if (r != APP_OK) {
		buf_release(&subject);
		buf_release(&body);
		return http_refused(req, r, &action_refusal);
	}
	fail.onderwerp = arena_strdup(&req->arena, subject.buf ? subject.buf : "");
	fail.voorbeeld = arena_strdup(&req->arena, body.buf ? body.buf : "");
	fail.anoniem = m->anoniem || !m->melder_email[0];
	buf_release(&subject);
	buf_release(&body);
	render_detail(req, db, m, &fail);
	return page_send(req, 200);
}

int handle_melding_action(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	int a = (int)input_num(req, "action");   /* one of melding_action_ids: the stage said 404 to the rest */
	struct melding m;
	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
	struct field_errors errs = { 0 };
	enum app_result r;

	/* Linking to a dossier belongs to the dossiers (issue 5), not to this page. */
	if (a == MA_KOPPELEN || a == MA_ONTKOPPELEN)
		return http_refused(req, APP_NOT_FOUND, &action_refusal);
	r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_HANDLE, &m);
	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	if (action_input(req, (enum melding_action)a, &in, &errs) < 0)
		return act_failed(req, &m, (enum melding_action)a, &errs);
	if ((a == MA_TERUGKOPPELEN || a == MA_AFSLUITEN) && input_has(req, "voorbeeld"))
		return preview(req, db, &m, (enum melding_action)a, &in);

	r = melding_act(db, &req->arena, who, req->cfg, &m, (enum melding_action)a, &in, &errs);
	if (r == APP_INVALID)
		return act_failed(req, &m, (enum melding_action)a, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &action_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=%s", (long long)m.id,
					       melding_action_ids[a]));
}

/* ---- POST /meldingen/{id}/verwachting ---- */

/* The day as a date field sends it ("2026-12-18") or as typed ("18-12-2026"); melding_verwachting() reads it. */
const struct field_spec melding_verwachting_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "dag", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

int handle_melding_verwachting(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct melding m;
	/* MA_KOPPELEN: a step with no form on this page, so no other form takes the failure (MA__MAX is placing). */
	struct failed fail = { .action = MA_KOPPELEN, .verwachting = 1 };
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_HANDLE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	r = melding_verwachting(db, &req->arena, who, &m, input_text(req, "dag"), input_text(req, "reden"), &fail.errs);
	if (r == APP_INVALID) {
		render_detail(req, db, &m, &fail);
		return page_send(req, 422);
	}
	if (r != APP_OK)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=verwachting", (long long)m.id));
}

/* ---- POST /meldingen/{id}/plaatsen ---- */

/* Choices from the lists: a value that is no id reads as none chosen, which melding_place() says beside the field. */
const struct field_spec melding_place_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "wijk", .from = IN_FORM, .type = FT_ID },
	{ .name = "buurt", .from = IN_FORM, .type = FT_ID },
	FIELDS_END
};

int handle_melding_plaatsen(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct melding m;
	struct field_errors errs = { 0 };
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_TRIAGE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	r = melding_place(db, &req->arena, who, &m, input_num(req, "wijk"), input_num(req, "buurt"), &errs);
	if (r == APP_INVALID)
		return act_failed(req, &m, MA__MAX, &errs);
	if (r != APP_OK)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=plaatsen", (long long)m.id));
}

/* ---- GET /meldingen/{id}/bijlagen/{bijlage} ---- */

int handle_melding_bijlage(struct req *req)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct melding m;
	struct attachment att;
	struct download dl;
	int64_t id = input_num(req, "bijlage");
	enum app_result r = melding_load_for(db, &req->arena, who, input_text(req, "id"), ACT_MELDING_READ, &m);
	int st;

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	if (!id)
		return http_refused(req, APP_NOT_FOUND, &attachment_refusal);
	enum store_result sr = attachment_get(db, &req->arena, id, &att);
	if (sr == STORE_ERROR)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (sr != STORE_OK || att.melding_id != m.id)
		return http_refused(req, APP_NOT_FOUND, &attachment_refusal);
	if ((st = download_open(req, files_path(&req->arena, att.opslag), &dl)))
		return st;
	if (audit_record(db, who, "bekeken", "bijlage", m.referentie,
			 arena_printf(&req->arena, "bijlage %lld", (long long)att.id)) < 0) {
		download_close(&dl);
		return http_unavailable(req, NIETS_GEWIJZIGD);
	}
	return download_send(req, &dl, att.mime, att.bestandsnaam);
}
