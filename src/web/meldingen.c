/*
 * meldingen.c - the staff pages of meldingen (see meldingen.h): the list,
 * staff intake, the detail page with its action forms, the actions
 * themselves (POST, then 303 back to the page), placing an "onbekend"
 * melding, and attachments.
 *
 * Every decision about who may see or do what is the permission matrix's,
 * asked through melding_load_for() (404 where existence must not leak) and
 * melding_list()'s scope; every change goes through melding_act() or
 * melding_place(), the same code the JSON API uses.
 */
#include "web/meldingen.h"
#include "auth/csrf.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "web/dossiers.h"
#include "web/intake.h"
#include "web/melding_actions.h"
#include "http/download.h"
#include "http/http.h"
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
#include "lib/clock.h"
#include "lib/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Every 503 of these pages, reads too: after a click the user must know that nothing happened. */
static const char NIETS_GEWIJZIGD[] =
	"De database antwoordt niet. Probeer het over een minuut opnieuw. Er is niets gewijzigd.";

static int not_found(struct req *req)
{
	return http_error(req, 404, "Melding niet gevonden",
			  "Deze melding bestaat niet, of u heeft er geen toegang toe.");
}

/* The answer for a status of melding_load_for(). */
static int load_failed(struct req *req, int st)
{
	if (st == 503)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (st == 403)
		return http_error(req, 403, "Geen toegang", "U mag dit niet doen met deze melding.");
	return not_found(req);
}

/* "5 mrt 2026" */
static const char *day_nl(struct req *req, int32_t dn)
{
	char out[CALENDAR_DAY_LEN];

	calendar_day_short(dn, out);
	return arena_strdup(&req->arena, out);
}

static const char *day_iso(struct req *req, int32_t dn)
{
	char out[DAYS_FORMAT_LEN];

	days_format(dn, out);
	return arena_strdup(&req->arena, out);
}

/* "5 mrt 2026 14:05" in Amsterdam time. */
static const char *when_nl(struct req *req, int64_t t)
{
	char out[WHEN_LEN];

	when_text(t, out);
	return arena_strdup(&req->arena, out);
}

static const char *when_iso(struct req *req, int64_t t)
{
	char out[MOMENT_FORMAT_LEN];

	moment_format_amsterdam(t, out);
	return arena_strdup(&req->arena, out);
}

/* "340 kB", "2,4 MB" */
static const char *size_nl(struct req *req, int64_t bytes)
{
	if (bytes < 1024 * 1024)
		return arena_printf(&req->arena, "%lld kB", (long long)((bytes + 1023) / 1024));
	int64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
	return arena_printf(&req->arena, "%lld,%lld MB", (long long)(tenths / 10), (long long)(tenths % 10));
}

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
	tpl_set(d, "DAG", day_nl(req, due));
	tpl_set(d, "DAG_ISO", day_iso(req, due));
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

/* ---- GET /meldingen ---- */

static const char *const list_params[] = {
	"q", "status", "categorie", "pijler", "wijk", "behandelaar", "kanaal", "te_laat", "termijn", "peildatum",
	"vandaag", "van", "tot", "sorteer",
};

static void filter_form(struct req *req, struct db *db, struct tpl_dict *d, const struct melding_filter *f)
{
	struct category cats[CATEGORY_MAX];
	struct area_item *wijken;
	struct staff_user *staff;
	const char *v;
	int n;

	tpl_set(d, "Q", http_query(req, "q"));
	option(d, "STATUS_OPT", "", "Alle", f->status < 0);
	for (int i = 0; i < MS__MAX; i++)
		option(d, "STATUS_OPT", melding_status_ids[i], melding_status_labels[i], f->status == i);
	n = category_list(db, 0, cats, CATEGORY_MAX);
	option(d, "CATEGORIE_OPT", "", "Alle", !f->categorie);
	for (int i = 0; i < n; i++)
		option(d, "CATEGORIE_OPT", cats[i].code, cats[i].naam, same(f->categorie, cats[i].code));
	option(d, "PIJLER_OPT", "", "Alle", f->pijler < 0);
	for (int i = 0; i < PIJLER__MAX; i++)
		option(d, "PIJLER_OPT", pijler_ids[i], pijler_labels[i], f->pijler == i);
	n = melding_list_wijken(db, &req->arena, &wijken);
	option(d, "WIJK_OPT", "", "Alle", !f->wijk_id && !f->wijk_onbekend);
	for (int i = 0; i < n; i++)
		option(d, "WIJK_OPT", arena_printf(&req->arena, "%lld", (long long)wijken[i].id), wijken[i].naam,
		       f->wijk_id == wijken[i].id);
	option(d, "WIJK_OPT", "onbekend", "Onbekend (geen wijk)", f->wijk_onbekend);
	v = http_query(req, "behandelaar");
	option(d, "BEHANDELAAR_OPT", "", "Iedereen", f->assignee_id == MELDING_ASSIGNEE_ANY);
	option(d, "BEHANDELAAR_OPT", "mij", "Ik", same(v, "mij"));
	option(d, "BEHANDELAAR_OPT", "geen", "Niemand", f->assignee_id == MELDING_ASSIGNEE_NONE);
	n = melding_staff_users(db, &req->arena, 0, &staff);
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
	tpl_set(d, "PEILDATUM", f->has_peildatum ? day_iso(req, f->peildatum) : "");
	for (int i = 0; i < MVANDAAG__MAX; i++)
		option(d, "VANDAAG_OPT", melding_vandaag_ids[i], melding_vandaag_labels[i], (int)f->vandaag == i);
	tpl_set(d, "VAN", f->has_van ? day_iso(req, f->van) : "");
	tpl_set(d, "TOT", f->has_tot ? day_iso(req, f->tot) : "");
	for (int i = 0; i < MSORT__MAX; i++)
		option(d, "SORTEER_OPT", melding_sort_ids[i], melding_sort_labels[i], (int)f->sort == i);
	/* The less used filters sit folded away on a phone; open when one is set. */
	if (f->pijler >= 0 || f->kanaal >= 0 || f->has_van || f->has_tot || f->sort != MSORT_ONTVANGEN_DESC ||
	    f->categorie)
		tpl_show(d, "MORE_OPEN");
}

/* The pager below the list; its links keep every filter that is set. */
static void pager(struct req *req, struct tpl_dict *d, const struct melding_page *pg)
{
	struct buf base = BUF_INIT;

	buf_addstr(&base, "/meldingen?");
	for (size_t i = 0; i < sizeof(list_params) / sizeof(list_params[0]); i++)
		pager_query(&base, list_params[i], http_query(req, list_params[i]));
	/* pg->page, not the one asked for: melding_list() turns a page past the end into the last one. */
	pager_render(d, base.buf, pg->page, pg->per_page, pg->total);
	buf_release(&base);
}

int handle_meldingen(struct req *req)
{
	struct db *db = db_thread();
	struct melding_filter f;
	struct field_errors errs;
	struct melding_page pg;

	if (!db)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	melding_filter_init(req, &f);
	melding_filter_from_query(req, &f, &errs);
	if (melding_list(db, &req->arena, &f, pager_page(req), &pg) != STORE_OK)
		return http_unavailable(req, NIETS_GEWIJZIGD);

	struct tpl_dict *d = page_new(req, f.wijk_onbekend ? "Onbekend: meldingen zonder wijk" : "Meldingen",
				      "meldingen_lijst.tpl");
	struct form form = FORM_INIT(d);
	for (int i = 0; i < errs.n; i++)
		form_error(&form, errs.e[i].field, errs.e[i].message);
	tpl_set(d, "HEADING", f.wijk_onbekend ? "Onbekend: meldingen zonder wijk" : "Meldingen");
	if (f.wijk_onbekend)
		tpl_show(d, "ONBEKEND_UITLEG");
	if (req->session && policy_route(req->session->role, ACT_MELDING_SUBMIT) == VERDICT_ALLOW)
		tpl_show(d, "CAN_SUBMIT");
	if (req->session && policy_route(req->session->role, ACT_MELDING_TRIAGE) == VERDICT_ALLOW)
		tpl_set_int(tpl_section(d, "ONBEKEND_LINK"), "N", melding_onbekend_count(db));
	filter_form(req, db, d, &f);
	tpl_set_int(d, "TOTAL", pg.total);
	tpl_set(d, "TOTAL_WORD", pg.total == 1 ? "melding" : "meldingen");
	if (f.q && f.q[0])
		tpl_set(tpl_section(d, "SEARCHED"), "Q", f.q);

	for (int i = 0; i < pg.n; i++) {
		const struct melding_row *r = &pg.rows[i];
		struct tpl_dict *row = tpl_section(d, "ROW");
		int closed = r->status == MS_AFGESLOTEN;
		tpl_set_int(row, "ID", r->id);
		tpl_set(row, "REFERENTIE", r->referentie);
		tpl_set(row, "ONTVANGEN", day_nl(req, r->ontvangen_dag));
		tpl_set(row, "ONTVANGEN_ISO", when_iso(req, r->ontvangen_op));
		tpl_set(row, "CATEGORIE", r->categorie_naam);
		tpl_set(row, "ADRES", r->adres_tekst[0] ? r->adres_tekst : "–");
		if (r->wijk_id)
			tpl_set(row, "WIJK", r->wijk_naam);
		else
			tpl_show(row, "ONBEKEND");
		tpl_set(row, "STATUS", melding_status_labels[r->status]);
		tpl_set(row, "BEHANDELAAR", r->assignee_naam[0] ? r->assignee_naam : "–");
		due_marker(req, tpl_section(row, "BEV"), r->due.bevestigen, r->bevestigd_dag, closed, f.today);
		due_marker(req, tpl_section(row, "TER"), r->due.terugkoppelen, r->teruggekoppeld_dag, closed, f.today);
	}
	if (pg.n)
		tpl_show(d, "HAS_ROWS");
	else
		tpl_show(d, "NO_ROWS");
	pager(req, d, &pg);
	return page_send(req, 200);
}

/* ---- staff intake ---- */

static const char *const intake_fields[] = {
	"omschrijving", "voorval", "postcode", "huisnummer", "toevoeging", "plaats",
	"melder_naam", "melder_email", "melder_telefoon",
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
	const char *cat = keep ? http_form(req, "categorie") : NULL;
	const char *kanaal = keep ? http_form(req, "kanaal") : kanaal_ids[KANAAL_TELEFOON];
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
	tpl_set(d, "ONTVANGEN_OP", keep ? http_form(req, "ontvangen_op") : now);
	intake_show_limits(req, d);
	if (keep)
		form_keep(req, d, intake_fields, sizeof(intake_fields) / sizeof(intake_fields[0]));
	tpl_show(d, keep && same(http_form(req, "anoniem"), "1") ? "ANONIEM_JA" : "ANONIEM_NEE");
	return d;
}

int handle_melding_nieuw(struct req *req)
{
	intake_page(req, 0);
	return page_send(req, 200);
}

int handle_melding_create(struct req *req)
{
	struct intake_request ir = { 0 };
	struct intake_result *res = arena_alloc(&req->arena, sizeof(*res));
	const char *kanaal = http_form(req, "kanaal"), *moment = http_form(req, "ontvangen_op");
	int bad_moment = 0;

	intake_from_form(req, &ir);
	/* Staff say how it came in; the public form and the API are not theirs to pick. */
	ir.in.kanaal = staff_kanaal(kanaal_parse(kanaal)) ? kanaal : "-";
	/* datetime-local holds Amsterdam wall time; the validator wants a moment with its offset. */
	if (moment && moment[0]) {
		int64_t t;
		char iso[MOMENT_FORMAT_LEN];
		if (local_moment_parse(moment, &t) == 0) {
			moment_format_amsterdam(t, iso);
			ir.in.ontvangen_op = arena_strdup(&req->arena, iso);
		} else {
			ir.in.ontvangen_op = "-";
			bad_moment = 1;
		}
	}
	ir.staff = 1;
	ir.default_kanaal = KANAAL_TELEFOON;

	intake_submit(req, &ir, res);
	if (res->status == 503)
		return http_unavailable(req, "De melding is niet opgeslagen. Probeer het over een minuut opnieuw.");
	if (res->status == 422) {
		static const char *const order[] = {
			"kanaal", "ontvangen_op", "categorie", "omschrijving", "voorval", "postcode", "huisnummer",
			"toevoeging", "plaats", "melder_naam", "melder_email", "melder_telefoon",
		};
		struct tpl_dict *d = intake_page(req, 1);
		struct form f = FORM_INIT(d);
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
			const char *m = field_error_for(&res->errs, order[i]);
			if (m && !strcmp(order[i], "ontvangen_op") && bad_moment)
				m = "Vul datum en tijd in, bijvoorbeeld 01-03-2026 14:30.";
			if (m && !strcmp(order[i], "kanaal"))
				m = "Kies hoe de melding binnenkwam.";
			if (m)
				form_error(&f, order[i], m);
		}
		for (int i = 0; i < res->n_file_msgs; i++) {
			struct tpl_dict *x = tpl_section(d, "FILE_MSG");
			tpl_set(x, "NAME", res->file_msgs[i].bestandsnaam);
			tpl_set(x, "MSG", res->file_msgs[i].message);
		}
		if (res->n_file_msgs)
			form_error(&f, "bijlagen", "Een of meer bestanden zijn niet ontvangen; zie bij Bestanden.");
		tpl_set(d, "BIJLAGEN_ID", res->pending_token);
		for (int i = 0; i < res->n_pending; i++) {
			struct tpl_dict *p = tpl_section(d, "PENDING");
			tpl_set_int(p, "ID", res->pending[i].id);
			tpl_set(p, "NAME", res->pending[i].bestandsnaam);
			tpl_set(p, "KIND", files_kind(res->pending[i].mime));
			tpl_set(p, "SIZE", size_nl(req, res->pending[i].grootte));
		}
		if (res->n_pending)
			tpl_show(d, "HAS_PENDING");
		return page_send(req, 422);
	}
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
	return soort;
}

/* The flash after a POST-redirect-GET: a fixed text per word, never the query's own text. */
static const char *done_text(const char *w)
{
	static const struct {
		const char *word, *text;
	} done[] = {
		{ "aangemaakt", "De melding is ingevoerd." },
		{ "bevestigen", "De ontvangst is bevestigd." },
		{ "toewijzen", "De melding is toegewezen." },
		{ "notitie", "De notitie is toegevoegd." },
		{ "terugkoppelen", "De terugkoppeling is vastgelegd." },
		{ "afsluiten", "De melding is afgesloten." },
		{ "heropenen", "De melding is heropend." },
		{ "plaatsen", "De melding is in de wijk geplaatst." },
	};
	for (size_t i = 0; w && i < sizeof(done) / sizeof(done[0]); i++)
		if (!strcmp(done[i].word, w))
			return done[i].text;
	return NULL;
}

/* What a failed action left behind, to show the form again as it was. */
struct failed {
	enum melding_action action;    /* MA__MAX: placing */
	struct melding_act_error err;
};

static struct tpl_dict *action_form(struct req *req, struct tpl_dict *d, const char *section,
				     const struct failed *fail, enum melding_action a, const char *now)
{
	struct tpl_dict *s = tpl_section(d, section);

	tpl_set(s, "NU", now);
	if (fail && fail->action == a) {
		/* The user's own input comes back in the form that failed. */
		tpl_set(s, "MOMENT", http_form(req, "moment"));
		tpl_set(s, "TEKST", http_form(req, "tekst"));
		tpl_set(s, "KOSTEN", http_form(req, "kosten"));
		tpl_show(s, "OPEN");
	}
	return s;
}

static void render_detail(struct req *req, struct db *db, struct melding *m, const struct failed *fail)
{
	struct tpl_dict *d = page_new(req, m->referentie, "melding_detail.tpl");
	struct melding_event *ev;
	struct attachment *att;
	struct outbox_msg *msgs;
	int32_t today = amsterdam_day(clock_now());
	int closed = m->status == MS_AFGESLOTEN, n;
	char now[LOCAL_MOMENT_LEN], euros[32];
	enum melding_status to;
	const char *why;

	const char *flash = done_text(http_query(req, "gedaan"));
	if (flash && !fail) {
		struct tpl_dict *f = tpl_section(req->page, "FLASH");
		tpl_set(f, "FLASH_KIND", "ok");
		tpl_set(f, "FLASH_TEXT", flash);
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(d, "ID", m->id);
	tpl_set(d, "REFERENTIE", m->referentie);
	tpl_set(d, "STATUS", melding_status_labels[m->status]);
	tpl_set(d, "CATEGORIE", m->categorie_naam);
	tpl_set(d, "PIJLER", pijler_labels[m->pijler]);
	tpl_set(d, "KANAAL", kanaal_labels[m->kanaal]);
	tpl_set(d, "ONTVANGEN", when_nl(req, m->ontvangen_op));
	tpl_set(d, "ONTVANGEN_ISO", when_iso(req, m->ontvangen_op));
	if (m->geregistreerd_op - m->ontvangen_op > 600)
		tpl_set(tpl_section(d, "GEREGISTREERD"), "WANNEER", when_nl(req, m->geregistreerd_op));
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

	/* Terms, with what has been done. */
	struct tpl_dict *t = tpl_section(d, "BEV");
	due_marker(req, t, m->due.bevestigen, m->bevestigd_dag, closed, today);
	if (m->bevestigd_op)
		tpl_set(tpl_section(t, "GEDAAN"), "WANNEER", when_nl(req, m->bevestigd_op));
	t = tpl_section(d, "TER");
	due_marker(req, t, m->due.terugkoppelen, m->teruggekoppeld_dag, closed, today);
	if (m->teruggekoppeld_op)
		tpl_set(tpl_section(t, "GEDAAN"), "WANNEER", when_nl(req, m->teruggekoppeld_op));
	tpl_set(d, "STREEF", day_nl(req, m->due.streef));
	if (m->afgesloten_op)
		tpl_set(tpl_section(d, "AFGESLOTEN"), "WANNEER", when_nl(req, m->afgesloten_op));

	/* The melder: staff only (this page is). */
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

	n = attachment_list(db, &req->arena, m->id, &att);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *a = tpl_section(d, "BIJLAGE");
		tpl_set_int(a, "BIJLAGE_ID", att[i].id);
		tpl_set(a, "NAAM", att[i].bestandsnaam);
		tpl_set(a, "SOORT", files_kind(att[i].mime));
		tpl_set(a, "GROOTTE", size_nl(req, att[i].grootte));
		if (!strcmp(att[i].mime, "image/jpeg") || !strcmp(att[i].mime, "image/png"))
			tpl_show(a, "FOTO");
		else if (!download_inline(att[i].mime))
			tpl_show(a, "DOWNLOAD");
	}
	if (n > 0)
		tpl_show(d, "HAS_BIJLAGEN");

	/* A gevoelig dossier leaves no trace for those outside its team, not even "linked". */
	int history = dossier_melding_history_visible(db, http_actor(req), m->id);
	n = melding_events(db, &req->arena, m->id, 0, &ev);
	for (int i = 0; i < n; i++) {
		if (history != 1 && !strncmp(ev[i].soort, "dossier_", 8))
			continue;
		struct tpl_dict *e = tpl_section(d, "EVENT");
		tpl_set(e, "WANNEER", when_nl(req, ev[i].op));
		tpl_set(e, "WANNEER_ISO", when_iso(req, ev[i].op));
		tpl_set(e, "LABEL", event_label(ev[i].soort));
		tpl_set(e, "WIE", ev[i].user_naam[0] ? ev[i].user_naam : (ev[i].user_id ? "?" : "de melder"));
		if (ev[i].tekst[0])
			tpl_set(tpl_section(e, "TEKST"), "TEKST", ev[i].tekst);
		if (ev[i].voor_melder)
			tpl_show(e, "VOOR_MELDER");
		/* Backdated: say when it was written down too. */
		if (ev[i].vastgelegd - ev[i].op > 600)
			tpl_set(tpl_section(e, "VASTGELEGD"), "WANNEER", when_nl(req, ev[i].vastgelegd));
	}

	n = outbox_for_melding(db, &req->arena, m->id, &msgs);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, "BERICHT");
		tpl_set(o, "SOORT", outbox_soort(msgs[i].soort));
		tpl_set(o, "ONDERWERP", msgs[i].onderwerp);
		tpl_set(o, "TEKST", msgs[i].tekst);
		tpl_set(o, "GEMAAKT", when_nl(req, msgs[i].created_at));
		if (!msgs[i].aan[0])
			tpl_show(o, "GEEN_ADRES");
		else if (msgs[i].verzonden_op)
			tpl_set(tpl_section(o, "VERZONDEN"), "WANNEER", when_nl(req, msgs[i].verzonden_op));
		else
			tpl_set(tpl_section(o, "WACHT"), "AAN", msgs[i].aan);
		if (msgs[i].aan[0])
			tpl_set(tpl_section(o, "AAN"), "AAN", msgs[i].aan);
		if (msgs[i].laatste_fout[0] && !msgs[i].verzonden_op)
			tpl_set(tpl_section(o, "FOUT"), "FOUT", msgs[i].laatste_fout);
	}
	tpl_show(d, n > 0 ? "HAS_BERICHTEN" : "NO_BERICHTEN");

	/* The actions this state allows, each with its own form. */
	local_moment_format(clock_now(), now);
	struct actor who = *http_actor(req);
	struct scope sc;
	melding_scope(req, m, &sc);
	if (policy_check(&who, ACT_MELDING_HANDLE, &sc) == VERDICT_ALLOW) {
		static const struct {
			enum melding_action a;
			const char *section;
		} forms[] = {
			{ MA_BEVESTIGEN, "ACT_BEVESTIGEN" }, { MA_TERUGKOPPELEN, "ACT_TERUGKOPPELEN" },
			{ MA_TOEWIJZEN, "ACT_TOEWIJZEN" }, { MA_NOTITIE, "ACT_NOTITIE" },
			{ MA_AFSLUITEN, "ACT_AFSLUITEN" }, { MA_HEROPENEN, "ACT_HEROPENEN" },
		};
		struct tpl_dict *toewijzen = NULL;
		tpl_show(d, "ACTIONS");
		for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
			if (melding_transition(m->status, forms[i].a, &to, &why) < 0)
				continue;
			struct tpl_dict *s = action_form(req, d, forms[i].section, fail, forms[i].a, now);
			if (forms[i].a == MA_TOEWIJZEN)
				toewijzen = s;
		}
		if (toewijzen) {
			struct staff_user *u;
			int k = melding_assignable_users(req, m, &u);
			const char *chosen = fail && fail->action == MA_TOEWIJZEN ? http_form(req, "behandelaar") : NULL;
			for (int i = 0; i < k; i++) {
				struct tpl_dict *o = tpl_section(toewijzen, "BEHANDELAAR_OPT");
				tpl_set_int(o, "VALUE", u[i].id);
				tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s)", u[i].naam, role_labels[u[i].role]));
				if (chosen ? parse_id(chosen) == u[i].id : u[i].id == m->assignee_id)
					tpl_show(o, "SELECTED");
			}
		}
		if (m->status == MS_NIEUW)
			tpl_show(d, "TERUGKOPPELEN_BEVESTIGT");
	}
	if (policy_check(&who, ACT_MELDING_TRIAGE, &sc) == VERDICT_ALLOW) {
		struct area_item *wijken, *buurten;
		int nw = melding_list_wijken(db, &req->arena, &wijken);
		int nb = melding_list_buurten(db, &req->arena, &buurten);
		int failed_here = fail && fail->action == MA__MAX;
		const char *cw = failed_here ? http_form(req, "wijk") : NULL;
		const char *cb = failed_here ? http_form(req, "buurt") : NULL;
		/* First thing to do while it has no wijk; a correction at the bottom otherwise. */
		struct tpl_dict *p = tpl_include(d, m->wijk_id ? "PLAATSEN_ONDER" : "PLAATSEN_BOVEN", "melding_plaatsen.tpl");
		tpl_show(p, m->wijk_id ? "ANDERS" : "ONBEKEND");
		tpl_set_int(p, "ID", m->id);
		tpl_set(p, "CSRF_TOKEN", csrf_token(req));
		if (failed_here && fail->err.field && !strcmp(fail->err.field, "buurt"))
			tpl_set(tpl_section(p, "PLAATSEN_BUURT_ERROR"), "MSG", fail->err.message);
		else if (failed_here)
			tpl_set(tpl_section(p, "PLAATSEN_WIJK_ERROR"), "MSG", fail->err.message);
		for (int i = 0; i < nw; i++) {
			struct tpl_dict *o = tpl_section(p, "WIJK_OPT");
			tpl_set_int(o, "VALUE", wijken[i].id);
			tpl_set(o, "LABEL", wijken[i].naam);
			if (cw ? parse_id(cw) == wijken[i].id : wijken[i].id == m->wijk_id)
				tpl_show(o, "SELECTED");
			struct tpl_dict *g = tpl_section(p, "BUURT_GROEP");
			tpl_set(g, "WIJK", wijken[i].naam);
			for (int j = 0; j < nb; j++) {
				if (buurten[j].wijk_id != wijken[i].id)
					continue;
				struct tpl_dict *b = tpl_section(g, "BUURT_OPT");
				tpl_set_int(b, "VALUE", buurten[j].id);
				tpl_set(b, "LABEL", buurten[j].naam);
				if (cb ? parse_id(cb) == buurten[j].id : buurten[j].id == m->buurt_id)
					tpl_show(b, "SELECTED");
			}
		}
		if (failed_here)
			tpl_show(p, "OPEN");
	}

	/* The dossiers it belongs to, and linking it to one: the dossiers' own block. */
	dossier_melding_partial(req, tpl_include(d, "DOSSIER", "melding_dossier_partial.tpl"), m->id, m->referentie,
				NULL, NULL);

	if (fail) {
		/* The message beside the field of the form that failed, and at the top. */
		struct form f = FORM_INIT(d);
		const char *form_id = fail->action == MA__MAX ? "plaatsen" : melding_action_ids[fail->action];
		const char *field = fail->err.field ? fail->err.field : "status";
		if (!strcmp(field, "status"))
			form_error(&f, arena_printf(&req->arena, "%s-knop", form_id), fail->err.message);
		else
			form_error(&f, arena_printf(&req->arena, "%s-%s", form_id,
						    !strcmp(field, "op") ? "moment" : field), fail->err.message);
	}
}

int handle_melding(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	int st = melding_load_for(req, http_param(req, 0), ACT_MELDING_READ, &m);

	if (st)
		return load_failed(req, st);
	/* Reading a case is audited (DESIGN.md, Audited reads). */
	if (audit_record(db_thread(), http_actor(req), "bekeken", "melding", m.referentie, "") < 0)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	render_detail(req, db, &m, NULL);
	return page_send(req, 200);
}

/* ---- POST /meldingen/{id}/{action} ---- */

static int act_failed(struct req *req, struct melding *m, enum melding_action a, const struct melding_act_error *err)
{
	struct failed fail = { a, *err };

	render_detail(req, db_thread(), m, &fail);
	return page_send(req, 422);
}

int handle_melding_action(struct req *req)
{
	int a = melding_action_parse(http_param(req, 1));
	struct melding m;
	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
	struct melding_act_error err = { 0 };
	const char *moment = http_form(req, "moment"), *kosten = http_form(req, "kosten"), *who;

	/* Linking to a dossier belongs to the dossiers (issue 5), not to this page. */
	if (a < 0 || a == MA_KOPPELEN || a == MA_ONTKOPPELEN)
		return http_error(req, 404, "Pagina niet gevonden", "Deze actie bestaat niet.");
	int st = melding_load_for(req, http_param(req, 0), ACT_MELDING_HANDLE, &m);
	if (st)
		return load_failed(req, st);

	if (moment && moment[0] && local_moment_parse(moment, &in.op) < 0) {
		err.field = "op";
		err.message = "Vul datum en tijd in, bijvoorbeeld 01-03-2026 14:30, of laat het leeg voor nu.";
		return act_failed(req, &m, (enum melding_action)a, &err);
	}
	if (a == MA_AFSLUITEN && kosten && kosten[strspn(kosten, " \t")]) {
		in.kosten_cent = euros_parse(kosten);
		if (in.kosten_cent < 0) {
			err.field = "kosten";
			err.message = "Vul de kosten in euro's in, bijvoorbeeld 12,50, of laat het leeg.";
			return act_failed(req, &m, (enum melding_action)a, &err);
		}
	}
	in.tekst = http_form(req, "tekst");
	who = http_form(req, "behandelaar");
	if (who && who[0])
		in.assignee_id = parse_id(who);

	st = melding_act(req, &m, (enum melding_action)a, &in, &err);
	if (st == 503)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (st == 404)
		return http_error(req, 404, "Pagina niet gevonden", "Deze actie bestaat niet.");
	if (st)
		return act_failed(req, &m, (enum melding_action)a, &err);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=%s", (long long)m.id,
					       melding_action_ids[a]));
}

int handle_melding_plaatsen(struct req *req)
{
	struct melding m;
	struct melding_act_error err = { 0 };
	const char *w = http_form(req, "wijk"), *b = http_form(req, "buurt");
	int st = melding_load_for(req, http_param(req, 0), ACT_MELDING_TRIAGE, &m);

	if (st)
		return load_failed(req, st);
	st = melding_place(req, &m, parse_id(w), parse_id(b), &err);
	if (st == 503)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (st)
		return act_failed(req, &m, MA__MAX, &err);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld?gedaan=plaatsen", (long long)m.id));
}

/* ---- GET /meldingen/{id}/bijlagen/{bijlage} ---- */

int handle_melding_bijlage(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	struct attachment att;
	struct download dl;
	int64_t id = parse_id(http_param(req, 1));
	int st = melding_load_for(req, http_param(req, 0), ACT_MELDING_READ, &m);

	if (st)
		return load_failed(req, st);
	if (!id)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand hoort niet bij deze melding.");
	enum store_result r = attachment_get(db, &req->arena, id, &att);
	if (r == STORE_ERROR)
		return http_unavailable(req, NIETS_GEWIJZIGD);
	if (r != STORE_OK || att.melding_id != m.id)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand hoort niet bij deze melding.");
	if ((st = download_open(req, files_path(&req->arena, att.opslag), &dl)))
		return st;
	if (audit_record(db_thread(), http_actor(req), "bekeken", "bijlage", m.referentie,
			 arena_printf(&req->arena, "bijlage %lld", (long long)att.id)) < 0) {
		download_close(&dl);
		return http_unavailable(req, NIETS_GEWIJZIGD);
	}
	return download_send(req, &dl, att.mime, att.bestandsnaam);
}
