/*
 * dossier_page.c - one dossier (GET /dossiers/{id}) and its actions (POST
 * /dossiers/{id}/{action}).
 *
 * The page reads the same timeline as the court overview
 * (dossier_timeline()), so the two cannot drift apart; vertrouwelijke
 * notes appear only for the owner and the members. Opening the page is an
 * audited read. An action that fails comes back as this page with the
 * form open, the input kept and a message beside each field; one that
 * works redirects here with a short confirmation. The loading and the
 * actions are app/dossiers.h's; this file reads the typed input of its
 * two routes (dossier_page_fields, dossier_action_fields) and renders, one
 * short show_*() / form_*() step per block of templates/dossier.tpl.
 * It also holds dossier_refusal, how every dossier page words a refusal.
 */
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/melding.h"
#include "lib/parse.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "web/dossier_brief.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

const struct refusal dossier_refusal = {
	.not_found_title = "Dossier niet gevonden",
	.not_found_text = "Dit dossier bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag dit dossier bekijken, maar niet wijzigen.",
};

/* What the page shows about a failed action. */
struct failed {
	enum dossier_action a;
	const struct field_errors *errs;
};

/* A day as dd-mm-jjjj; "" for none (a negative day number). */
static const char *day_text(struct req *req, int32_t day)
{
	return day < 0 ? "" : when_str(&req->arena, DAY_DATE, day);
}

/* The due marker of one term, as the melding list shows it. */
static void due_badge(struct tpl_dict *d, const char *section, int32_t due, int32_t met, int32_t today,
		      int closed, struct req *req)
{
	static const struct {
		const char *cls, *label;
	} states[] = {
		[DUE_OPEN] = { "badge-neutral", "open" },
		[DUE_TODAY] = { "badge-today", "vandaag" },
		[DUE_LATE] = { "badge-late", "te laat" },
		[DUE_MET] = { "badge-ok", "op tijd" },
		[DUE_MET_LATE] = { "badge-late", "te laat gedaan" },
	};
	enum due_state s = melding_due_state(due, met, today);
	struct tpl_dict *x = tpl_section(d, section);

	tpl_set(x, "DAG", day_text(req, due));
	if (closed && met < 0) {
		tpl_set(x, "CLASS", "badge-neutral");
		tpl_set(x, "LABEL", "afgesloten");
		return;
	}
	tpl_set(x, "CLASS", states[s].cls);
	tpl_set(x, "LABEL", states[s].label);
}

/* The words of one timeline item: its label and its text. */
static void item_words(struct req *req, const struct timeline_item *t, const char **label, const char **text)
{
	static const struct {
		const char *soort, *label;
	} events[] = {
		{ "geopend", "Dossier geopend" },
		{ "gesloten", "Dossier gesloten" },
		{ "heropend", "Dossier heropend" },
		{ "vervuild", "Gemarkeerd als vervuilde woning" },
		{ "vervuild_opgeheven", "Niet langer vervuilde woning" },
		{ "gevoelig_aan", "Dossier gevoelig gemaakt" },
		{ "gevoelig_uit", "Dossier niet langer gevoelig" },
		{ "brief_gecorrigeerd", "Brief gecorrigeerd" },
		{ "brief_verzonden", "Brief verzonden" },
		{ "brief_ingetrokken", "Brief ingetrokken" },
	};
	int v;

	*text = t->s2;
	switch (t->kind) {
	case TL_MELDING:
		*label = arena_printf(&req->arena, "Melding %s: %s", t->s1, t->s3);
		return;
	case TL_NOTITIE:
		*label = "Notitie";
		return;
	case TL_INTERVENTIE:
		v = instrument_parse(t->s1);
		*label = arena_printf(&req->arena, "Interventie: %s%s", v >= 0 ? instrument_labels[v] : t->s1,
				      t->dag2 >= 0 ? "" : " (gepland)");
		if (t->dag2 >= 0 && t->dag1 >= 0)
			*label = arena_printf(&req->arena, "%s, gepland op %s", *label, day_text(req, t->dag1));
		int64_t kosten;
		if (t->s4[0] && parse_int64(t->s4, 0, INT64_MAX / 2, &kosten) == 0) {
			char euros[32];
			euros_format(kosten, euros);
			*label = arena_printf(&req->arena, "%s, kosten € %s", *label, euros);
		}
		if (t->s3[0])
			*text = t->s2[0] ? arena_printf(&req->arena, "%s\nUitkomst: %s", t->s2, t->s3)
					 : arena_printf(&req->arena, "Uitkomst: %s", t->s3);
		return;
	case TL_BRIEF:
		v = brief_soort_parse(t->s1);
		*label = arena_printf(&req->arena, "%s aan %s", v >= 0 ? brief_soort_labels[v] : t->s1, t->s2);
		*text = "";
		return;
	case TL_ESCALATIE: {
		int from = ave_niveau_parse(t->s4), to = ave_niveau_parse(t->s1), r = ave_regie_parse(t->s3);
		*label = arena_printf(&req->arena, "AVE-niveau van %s naar %s, regie bij %s",
				      from >= 0 ? ave_niveau_labels[from] : t->s4, to >= 0 ? ave_niveau_labels[to] : t->s1,
				      r >= 0 ? ave_regie_labels[r] : t->s3);
		return;
	}
	case TL_GEBEURTENIS:
	case TL__MAX:
		break;
	}
	/* Events about a melding or a person name it in the label. */
	if (!strcmp(t->s1, "gekoppeld") || !strcmp(t->s1, "ontkoppeld") || !strcmp(t->s1, "genegeerd")) {
		*label = arena_printf(&req->arena, !strcmp(t->s1, "gekoppeld") ? "Melding %s gekoppeld"
				      : !strcmp(t->s1, "ontkoppeld") ? "Melding %s losgekoppeld"
				      : "Melding %s hoort niet bij dit dossier", t->s2);
		*text = "";
		return;
	}
	if (!strcmp(t->s1, "lid_toegevoegd") || !strcmp(t->s1, "lid_verwijderd")) {
		*label = arena_printf(&req->arena, !strcmp(t->s1, "lid_toegevoegd") ? "%s hoort bij het team"
				      : "%s hoort niet meer bij het team", t->s2);
		*text = "";
		return;
	}
	*label = t->s1;
	for (size_t i = 0; i < sizeof(events) / sizeof(events[0]); i++)
		if (!strcmp(events[i].soort, t->s1))
			*label = events[i].label;
}

const char *dossier_item_id(struct req *req, const struct timeline_item *t)
{
	if (t->kind == TL_NOTITIE && t->vertrouwelijk)
		return arena_printf(&req->arena, "vertrouwelijk-%lld", (long long)t->id);
	return arena_printf(&req->arena, "%s-%lld", timeline_kind_ids[t->kind], (long long)t->id);
}

void dossier_fill_timeline(struct req *req, struct tpl_dict *d, const char *section, const struct timeline_item *tl,
			   int n)
{
	for (int i = 0; i < n; i++) {
		const char *label, *text;
		struct tpl_dict *x = tpl_section(d, section);
		item_words(req, &tl[i], &label, &text);
		tpl_set(x, "ITEM", dossier_item_id(req, &tl[i]));
		tpl_set(x, "WANNEER", when_str(&req->arena, tl[i].day_only ? WHEN_DATE : WHEN_MINUTE, tl[i].op));
		tpl_set(x, "LABEL", label);
		if (text && text[0])
			tpl_set(tpl_section(x, "TEKST"), "TEKST", text);
		if (tl[i].wie[0])
			tpl_set(tpl_section(x, "WIE"), "NAAM", tl[i].wie);
		if (tl[i].vertrouwelijk)
			tpl_show(x, "VERTROUWELIJK");
	}
}

/* ---- errors beside the fields ---- */

struct errors_out {
	struct tpl_dict *content, *summary;
};

static void summary_item(struct errors_out *eo, const char *field_id, const char *msg)
{
	if (!eo->summary)
		eo->summary = tpl_section(eo->content, "ERRORS");
	struct tpl_dict *it = tpl_section(eo->summary, "ERROR_ITEM");
	tpl_set(it, "FIELD_ID", field_id);
	tpl_set(it, "MSG", msg);
}

static void show_error(struct errors_out *eo, struct tpl_dict *where, const char *field_id, const char *section,
		       const char *msg)
{
	tpl_set(tpl_section(where, section), "MSG", msg);
	summary_item(eo, field_id, msg);
}

/* "notitie" + "tekst" -> "NOTITIE_TEKST_ERROR". */
static const char *section_of(struct req *req, const char *action, const char *field)
{
	char *s = arena_printf(&req->arena, "%s_%s_ERROR", action, field);
	for (char *p = s; *p; p++)
		*p = *p == '-' ? '_' : (char)toupper((unsigned char)*p);
	return s;
}

/* ---- the page ---- */

/* One rendering of the page: what every step needs. */
struct view {
	struct req *req;
	struct db *db;
	struct dossier *d;
	const struct failed *fl;           /* NULL unless an action came back with errors */
	struct tpl_dict *c;
	struct errors_out eo;
	int32_t today;
	int can_write, in_team, open;
	struct dossier_member_row *mem;    /* the team, for its block and the lid-toevoegen choices */
	int n_mem;
	int page;                          /* of the meldingen (?pagina=), from 1 */
	int64_t n_meldingen;               /* linked, all pages */
};

/* The card of a form that came back with errors is open; the others stay folded. */
static void open_if(struct tpl_dict *x, const struct failed *fl, enum dossier_action a, enum dossier_action b)
{
	if (fl && (fl->a == a || fl->a == b))
		tpl_show(x, "OPEN_FORM");
}

/* The value typed into field, kept in the form of the action that failed. */
static void kept(struct view *w, struct tpl_dict *x, enum dossier_action a, const char *key, const char *field)
{
	if (w->fl && w->fl->a == a)
		tpl_set(x, key, input_text(w->req, field));
}

/* The value of field as typed when action a failed, else NULL. */
static const char *typed(struct view *w, enum dossier_action a, const char *field)
{
	return w->fl && w->fl->a == a ? input_text(w->req, field) : NULL;
}

/* 1 and *out: the value of a typed field (a choice, an id) when action a failed and it could be read. */
static int chosen(struct view *w, enum dossier_action a, const char *field, int64_t *out)
{
	return w->fl && w->fl->a == a && input_value(w->req, field, out);
}

/* The block of a list with n rows: its section, or (NULL) the marker of an empty list. */
static struct tpl_dict *list_block(struct view *w, int n, const char *section, const char *none)
{
	if (n)
		return tpl_section(w->c, section);
	tpl_show(w->c, none);
	return NULL;
}

/* The data-item of a row: "melding-12". */
static const char *item(struct view *w, const char *kind, int64_t id)
{
	return arena_printf(&w->req->arena, "%s-%lld", kind, (long long)id);
}

static void show_flash(struct req *req, const char *flash)
{
	if (!flash)
		return;
	struct tpl_dict *f = tpl_section(req->page, "FLASH");
	tpl_set(f, "FLASH_KIND", "ok");
	tpl_set(f, "FLASH_TEXT", flash);
}

/* Open or closed, vervuild, gevoelig. */
static void show_state(struct view *w)
{
	const struct dossier *d = w->d;
	char day[CALENDAR_DAY_LEN];

	calendar_day_weekday(amsterdam_day(d->geopend_op), day);
	tpl_set(w->c, "GEOPEND", day);
	if (w->open) {
		tpl_show(w->c, "OPEN");
	} else {
		struct tpl_dict *g = tpl_section(w->c, "GESLOTEN");
		calendar_day_weekday(amsterdam_day(d->gesloten_op), day);
		tpl_set(g, "GESLOTEN_OP", day);
		tpl_set(g, "UITKOMST", d->uitkomst >= 0 ? dossier_uitkomst_labels[d->uitkomst] : "");
		if (d->uitkomst_toelichting[0])
			tpl_set(tpl_section(g, "UITKOMST_TOELICHTING"), "TEKST", d->uitkomst_toelichting);
	}
	if (d->vervuild) {
		calendar_day_weekday(d->vervuild_dag, day);
		tpl_set(tpl_section(w->c, "VERVUILD"), "VERVUILD_SINDS", day);
	} else if (d->vervuild_dag >= 0 && d->vervuild_opgeheven_dag >= 0) {
		struct tpl_dict *x = tpl_section(w->c, "VERVUILD_OPGEHEVEN");
		tpl_set(x, "VAN", day_text(w->req, d->vervuild_dag));
		tpl_set(x, "TOT", day_text(w->req, d->vervuild_opgeheven_dag));
	}
	if (d->gevoelig)
		tpl_show(w->c, "GEVOELIG");
}

/* The dossier's facts: what it is about, where, whose, and its AVE level. */
static void show_header(struct view *w)
{
	const struct dossier *d = w->d;
	struct tpl_dict *c = w->c;
	char iso[DAYS_FORMAT_LEN];

	tpl_set_int(c, "DID", d->id);
	tpl_set(c, "REF", d->referentie);
	tpl_set(c, "CSRF_TOKEN", csrf_token(w->req));
	days_format(w->today, iso);
	tpl_set(c, "VANDAAG", iso);
	tpl_set(c, "ONDERWERP", d->onderwerp_tekst);
	if (d->huishouden[0])
		tpl_set(tpl_section(c, "HUISHOUDEN"), "TEKST", d->huishouden);
	tpl_set(c, "WIJK", d->wijk_naam);
	if (d->buurt_naam[0])
		tpl_set(tpl_section(c, "BUURT"), "NAAM", d->buurt_naam);
	if (d->complex_naam[0])
		tpl_set(tpl_section(c, "COMPLEX"), "NAAM", d->complex_naam);
	tpl_set(c, "PIJLER", pijler_labels[d->pijler]);
	tpl_set(c, "EIGENAAR", d->owner_naam);
	show_state(w);
	tpl_set(c, "AVE", ave_niveau_labels[d->ave]);
	tpl_set(c, "AVE_CLASS", dossier_ave_class(d->ave));
	tpl_set(c, "REGIE", ave_regie_labels[d->regie]);
	tpl_set(c, "AVE_UITLEG", ave_niveau_uitleg[d->ave]);
}

/* New meldingen at the address, for an open dossier. */
static void show_new_meldingen(struct view *w)
{
	struct dossier_viewer v;
	struct dossier_melding_row *nm;

	dossier_viewer_init(&v, http_actor(w->req), ACT_DOSSIER_READ);
	int n = w->open ? dossier_new_meldingen(w->db, &w->req->arena, w->d->id, &v, &nm) : 0;
	struct tpl_dict *s = n > 0 ? tpl_section(w->c, "NIEUW") : NULL;
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(s, "NIEUW_ITEM");
		tpl_set_int(x, "MELDING_ID", nm[i].id);
		tpl_set(x, "MELDING_REF", nm[i].referentie);
		tpl_set(x, "CATEGORIE", nm[i].categorie_naam);
		tpl_set(x, "ONTVANGEN", when_str(&w->req->arena, WHEN_DATE, nm[i].ontvangen_op));
		if (w->can_write)
			tpl_show(x, "CAN_WRITE");
	}
}

/* The AVE history. 0 or -1 (database). */
static int show_escalations(struct view *w)
{
	struct req *req = w->req;
	struct escalation *es;
	int n = dossier_escalations(w->db, &req->arena, w->d->id, &es);

	if (n < 0)
		return -1;
	struct tpl_dict *esc = list_block(w, n, "ESCALATIES", "NO_ESCALATIES");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(esc, "ESC_ROW");
		tpl_set(x, "ITEM", item(w, "escalatie", es[i].id));
		tpl_set(x, "WANNEER", when_str(&req->arena, WHEN_MINUTE, es[i].op));
		tpl_set(x, "VAN", ave_niveau_labels[es[i].van_niveau]);
		tpl_set(x, "NAAR", ave_niveau_labels[es[i].niveau]);
		tpl_set(x, "REGIE_NAAR", ave_regie_labels[es[i].regie]);
		tpl_set(x, "REDEN", es[i].reden);
		tpl_set(x, "WIE", es[i].user_naam);
	}
	return 0;
}

/*
 * A dossier can gather hundreds of meldingen (issue 14: 404 made a page of
 * 600 KB). Up to MELDINGEN_PER_PAGE the page shows them all in order of
 * receipt; beyond, that many at a time, newest first (?pagina=), and its
 * timeline only the newest page's worth.
 */
#define MELDINGEN_PER_PAGE 50

/* The pager under the meldingen when there is more than one page. */
static void meldingen_pager(struct view *w, struct tpl_dict *mt)
{
	if (w->n_meldingen <= MELDINGEN_PER_PAGE)
		return;
	const char *base = arena_printf(&w->req->arena, "/dossiers/%lld?", (long long)w->d->id);
	pager_render(mt, base, w->page, MELDINGEN_PER_PAGE, w->n_meldingen);
}

/* The linked meldingen (a page of them) with their terms. 0 or -1. */
static int show_meldingen(struct view *w)
{
	struct req *req = w->req;
	struct dossier_melding_row *ms;

	w->n_meldingen = dossier_melding_count(w->db, w->d->id);
	if (w->n_meldingen < 0)
		return -1;
	int64_t pages = (w->n_meldingen + MELDINGEN_PER_PAGE - 1) / MELDINGEN_PER_PAGE;
	if (w->page > pages)
		w->page = (int)pages;
	int n = pages <= 1 ? dossier_meldingen(w->db, &req->arena, w->d->id, &ms)
			   : dossier_meldingen_page(w->db, &req->arena, w->d->id,
						    pager_offset(w->page, MELDINGEN_PER_PAGE), MELDINGEN_PER_PAGE, &ms);
	if (n < 0)
		return -1;
	struct tpl_dict *mt = list_block(w, n, "MELDINGEN_TABLE", "NO_MELDINGEN");
	if (mt && pages > 1) {
		tpl_show(mt, "NEWEST_FIRST");
		meldingen_pager(w, mt);
	} else if (mt) {
		tpl_show(mt, "IN_ORDER");
	}
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(mt, "M_ROW");
		tpl_set(x, "ITEM", item(w, "melding", ms[i].id));
		tpl_set_int(x, "MELDING_ID", ms[i].id);
		tpl_set(x, "MELDING_REF", ms[i].referentie);
		tpl_set(x, "CATEGORIE", ms[i].categorie_naam);
		tpl_set(x, "OMSCHRIJVING", ms[i].omschrijving);
		tpl_set(x, "ONTVANGEN", when_str(&req->arena, WHEN_MINUTE, ms[i].ontvangen_op));
		tpl_set(x, "STATUS", melding_status_labels[ms[i].status]);
		int closed = ms[i].afgesloten_op != 0;
		due_badge(x, "BEV", ms[i].due.bevestigen, ms[i].bevestigd_dag, w->today, closed, req);
		due_badge(x, "TER", ms[i].due.terugkoppelen, ms[i].teruggekoppeld_dag, w->today, closed, req);
		if (w->can_write && w->open)
			tpl_show(x, "CAN_UNLINK");
	}
	return 0;
}

/* The journal; vertrouwelijke notes for the team only. 0 or -1. */
static int show_notes(struct view *w)
{
	struct req *req = w->req;
	struct dossier_note *notes;
	int n = dossier_notes(w->db, &req->arena, w->d->id, w->in_team, &notes);

	if (n < 0)
		return -1;
	struct tpl_dict *ns = list_block(w, n, "NOTES", "NO_NOTES");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(ns, "NOTE");
		tpl_set(x, "ITEM", item(w, notes[i].vertrouwelijk ? "vertrouwelijk" : "notitie", notes[i].id));
		tpl_set(x, "WANNEER", when_str(&req->arena, WHEN_MINUTE, notes[i].op));
		tpl_set(x, "WIE", notes[i].user_naam);
		tpl_set(x, "TEKST", notes[i].tekst);
		if (notes[i].vertrouwelijk)
			tpl_show(x, "VERTROUWELIJK");
	}
	return 0;
}

/* The form to record that a planned intervention was carried out; open with its errors if it failed. */
static void show_bijwerken(struct view *w, struct tpl_dict *x, const struct intervention *iv)
{
	static const char *const fields[] = { "interventie", "uitgevoerd_op", "uitkomst" };
	struct req *req = w->req;
	struct tpl_dict *bw = tpl_section(x, "BIJWERKEN");
	int64_t which;

	if (!chosen(w, DA_INTERVENTIE_BIJWERKEN, "interventie", &which) || which != iv->id) {
		tpl_set(bw, "BW_UITKOMST", iv->uitkomst);
		return;
	}
	tpl_show(bw, "OPEN_FORM");
	tpl_set(bw, "BW_UITGEVOERD_OP", input_text(req, "uitgevoerd_op"));
	tpl_set(bw, "BW_UITKOMST", input_text(req, "uitkomst"));
	for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		const char *m = field_error_for(w->fl->errs, fields[k]);
		if (m)
			show_error(&w->eo, bw, arena_printf(&req->arena, "interventie-bijwerken-uitgevoerd_op-%lld",
							    (long long)iv->id), section_of(req, "bw", fields[k]), m);
	}
}

/* The interventions, planned and carried out. 0 or -1. */
static int show_interventions(struct view *w)
{
	struct req *req = w->req;
	struct intervention *iv;
	int n = dossier_interventions(w->db, &req->arena, w->d->id, &iv);

	if (n < 0)
		return -1;
	struct tpl_dict *it = list_block(w, n, "INTERVENTIES_TABLE", "NO_INTERVENTIES");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(it, "IV_ROW");
		tpl_set(x, "ITEM", item(w, "interventie", iv[i].id));
		tpl_set_int(x, "IV_ID", iv[i].id);
		tpl_set(x, "SOORT", instrument_labels[iv[i].soort]);
		tpl_set(x, "GROEP", instrument_groep_labels[instrument_groep[iv[i].soort]]);
		if (iv[i].toelichting[0])
			tpl_set(tpl_section(x, "TOELICHTING"), "TEKST", iv[i].toelichting);
		tpl_set(x, "GEPLAND", iv[i].gepland_dag >= 0 ? day_text(req, iv[i].gepland_dag) : "–");
		tpl_set(x, "UITGEVOERD", iv[i].uitgevoerd_dag >= 0 ? day_text(req, iv[i].uitgevoerd_dag) : "nog niet");
		tpl_set(x, "UITKOMST", iv[i].uitkomst);
		tpl_set(x, "WIE", iv[i].user_naam);
		if (iv[i].kosten_cent >= 0) {
			char euros[32];
			euros_format(iv[i].kosten_cent, euros);
			tpl_set(tpl_section(x, "KOSTEN"), "EUROS", euros);
		}
		if (w->can_write && w->open && iv[i].uitgevoerd_dag < 0)
			show_bijwerken(w, x, &iv[i]);
	}
	return 0;
}

/* The letters sent. 0 or -1. */
static int show_letters(struct view *w)
{
	struct req *req = w->req;
	struct letter_doc *ls;
	int n = letter_docs(w->db, &req->arena, w->d->id, &ls);

	if (n < 0)
		return -1;
	struct tpl_dict *bs = list_block(w, n, "BRIEVEN", "NO_BRIEVEN");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(bs, "BRIEF_ITEM");
		tpl_set(x, "ITEM", item(w, "brief", ls[i].l.id));
		tpl_set_int(x, "BRIEF_ID", ls[i].l.id);
		tpl_set(x, "SOORT", brief_soort_labels[ls[i].l.soort]);
		tpl_set(x, "AAN", ls[i].l.aan);
		tpl_set(x, "DATUM", day_text(req, ls[i].l.datum_dag));
		tpl_set(x, "WIE", ls[i].l.user_naam);
		tpl_set(x, "STATUS", letter_status_labels[ls[i].status]);   /* concept, verzonden, ingetrokken */
	}
	return 0;
}

/* The timeline, and the referrals' block (issue 8) whose steps are on it. 0 or -1. */
static int show_timeline(struct view *w)
{
	struct timeline_item *tl;
	int n = dossier_timeline(w->db, &w->req->arena, w->d->id, w->in_team, MELDINGEN_PER_PAGE, &tl);

	if (n < 0)
		return -1;
	if (w->n_meldingen > MELDINGEN_PER_PAGE) {
		struct tpl_dict *x = tpl_section(w->c, "TL_SOME_MELDINGEN");
		tpl_set_int(x, "SHOWN", MELDINGEN_PER_PAGE);
		tpl_set_int(x, "ALL", w->n_meldingen);
	}
	dossier_fill_timeline(w->req, w->c, "TL_ITEM", tl, n);
	doorverwijzing_dossier_partial(w->req, w->c, w->d);
	return 0;
}

/* The team's members (w->mem, also for the choices of lid-toevoegen). 0 or -1. */
static int show_team(struct view *w)
{
	w->n_mem = dossier_members(w->db, &w->req->arena, w->d->id, &w->mem);
	if (w->n_mem < 0)
		return -1;
	for (int i = 0; i < w->n_mem; i++) {
		struct tpl_dict *x = tpl_section(w->c, "LID");
		tpl_set(x, "NAAM", w->mem[i].naam);
		tpl_set(x, "ROL", role_labels[w->mem[i].role]);
		tpl_set_int(x, "USER_ID", w->mem[i].user_id);
		if (w->can_write && w->open)
			tpl_show(x, "CAN_REMOVE");
	}
	return 0;
}

/* ---- the action forms ---- */

/* lid-toevoegen: every active staff user not in the team yet. */
static void form_lid(struct view *w)
{
	struct req *req = w->req;
	struct dossier_user *us;
	int nu = dossier_staff_users(w->db, &req->arena, &us);
	struct tpl_dict *x = tpl_section(w->c, "ACT_LID");
	int64_t sel = 0;

	chosen(w, DA_LID_TOEVOEGEN, "gebruiker", &sel);
	open_if(x, w->fl, DA_LID_TOEVOEGEN, DA_LID_TOEVOEGEN);
	for (int i = 0; i < nu; i++) {
		int member = us[i].id == w->d->owner_id;
		for (int k = 0; k < w->n_mem && !member; k++)
			member = w->mem[k].user_id == us[i].id;
		if (member)
			continue;
		struct tpl_dict *o = tpl_section(x, "LID_OPT");
		tpl_set_int(o, "VALUE", us[i].id);
		tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s)", us[i].naam, role_labels[us[i].role]));
		if (us[i].id == sel)
			tpl_show(o, "SELECTED");
	}
}

/* Koppelen and the journal. */
static void form_koppelen_notitie(struct view *w)
{
	struct tpl_dict *x = tpl_section(w->c, "ACT_KOPPELEN");

	open_if(x, w->fl, DA_KOPPELEN, DA_ONTKOPPELEN);
	open_if(x, w->fl, DA_NEGEREN, DA_NEGEREN);
	kept(w, x, DA_KOPPELEN, "MELDING", "melding");

	x = tpl_section(w->c, "ACT_NOTITIE");
	open_if(x, w->fl, DA_NOTITIE, DA_NOTITIE);
	kept(w, x, DA_NOTITIE, "TEKST", "tekst");
	kept(w, x, DA_NOTITIE, "DATUM", "datum");
	int64_t vertrouwelijk;
	if (chosen(w, DA_NOTITIE, "vertrouwelijk", &vertrouwelijk) && vertrouwelijk)
		tpl_show(x, "VERTROUWELIJK_CHECKED");
}

/* A new intervention: the instruments by group. */
static void form_interventie(struct view *w)
{
	struct tpl_dict *x = tpl_section(w->c, "ACT_INTERVENTIE");
	const char *soort = typed(w, DA_INTERVENTIE, "soort");

	open_if(x, w->fl, DA_INTERVENTIE, DA_INTERVENTIE);
	for (int g = 0; g < GROEP__MAX; g++) {
		struct tpl_dict *go = tpl_section(x, "GROEP_OPT");
		tpl_set(go, "GROEP", instrument_groep_labels[g]);
		for (int k = 0; k < INS__MAX; k++) {
			if ((int)instrument_groep[k] != g)
				continue;
			struct tpl_dict *o = tpl_section(go, "INS_OPT");
			tpl_set(o, "VALUE", instrument_ids[k]);
			tpl_set(o, "LABEL", instrument_labels[k]);
			if (soort && !strcmp(soort, instrument_ids[k]))
				tpl_show(o, "SELECTED");
		}
	}
	kept(w, x, DA_INTERVENTIE, "GEPLAND_OP", "gepland_op");
	kept(w, x, DA_INTERVENTIE, "UITGEVOERD_OP", "uitgevoerd_op");
	kept(w, x, DA_INTERVENTIE, "UITKOMST", "uitkomst");
	kept(w, x, DA_INTERVENTIE, "TOELICHTING", "toelichting");
	kept(w, x, DA_INTERVENTIE, "KOSTEN", "kosten");
}

static void form_brief(struct view *w)
{
	struct tpl_dict *x = tpl_section(w->c, "ACT_BRIEF");
	const char *soort = typed(w, DA_BRIEF, "soort");

	open_if(x, w->fl, DA_BRIEF, DA_BRIEF);
	for (int k = 0; k < BRIEF__MAX; k++) {
		struct tpl_dict *o = tpl_section(x, "BRIEF_OPT");
		tpl_set(o, "VALUE", brief_soort_ids[k]);
		tpl_set(o, "LABEL", brief_soort_labels[k]);
		if (soort && !strcmp(soort, brief_soort_ids[k]))
			tpl_show(o, "CHECKED");
	}
	kept(w, x, DA_BRIEF, "NAAM", "naam");
	kept(w, x, DA_BRIEF, "FEITEN", "feiten");
	kept(w, x, DA_BRIEF, "ADRES", "adres");
	tpl_set(x, "ADRES_DOSSIER", w->d->onderwerp_tekst);
	{
		const char *h = typed(w, DA_BRIEF, "aanhef");
		for (int k = 0; k < AANHEF__MAX; k++) {
			struct tpl_dict *o = tpl_section(x, "AANHEF_OPT");
			tpl_set(o, "VALUE", letter_aanhef_ids[k]);
			tpl_set(o, "LABEL", letter_aanhef_labels[k]);
			if (h && !strcmp(h, letter_aanhef_ids[k]))
				tpl_show(o, "SELECTED");
		}
	}
}

/* A step on the AVE ladder: the levels (the current one marked) and who holds regie. */
static void form_escalatie(struct view *w)
{
	struct tpl_dict *x = tpl_section(w->c, "ACT_ESCALATIE");
	int64_t niv = -1, reg = -1;

	chosen(w, DA_ESCALATIE, "niveau", &niv);
	chosen(w, DA_ESCALATIE, "regie", &reg);
	open_if(x, w->fl, DA_ESCALATIE, DA_ESCALATIE);
	for (int k = 0; k < AVE__MAX; k++) {
		struct tpl_dict *o = tpl_section(x, "NIVEAU_OPT");
		tpl_set(o, "VALUE", ave_niveau_ids[k]);
		tpl_set(o, "LABEL", arena_printf(&w->req->arena, "%s%s", ave_niveau_labels[k],
						 (enum ave_niveau)k == w->d->ave ? " (nu)" : ""));
		tpl_set(o, "UITLEG", ave_niveau_uitleg[k]);
		if (k == niv)
			tpl_show(o, "CHECKED");
	}
	for (int k = 0; k < REGIE__MAX; k++) {
		struct tpl_dict *o = tpl_section(x, "REGIE_OPT");
		tpl_set(o, "VALUE", ave_regie_ids[k]);
		tpl_set(o, "LABEL", ave_regie_labels[k]);
		if (k == reg)
			tpl_show(o, "SELECTED");
	}
	kept(w, x, DA_ESCALATIE, "REDEN", "reden");
}

/* The two marks; gevoelig only for the team: others do not get the button. */
static void form_marks(struct view *w)
{
	const struct dossier *d = w->d;
	struct tpl_dict *x = tpl_section(w->c, "ACT_VERVUILD");
	struct scope s;

	open_if(x, w->fl, DA_VERVUILD, DA_VERVUILD);
	tpl_set(x, "AAN", d->vervuild ? "0" : "1");
	tpl_set(x, "DATUM_LABEL", d->vervuild ? "Niet meer vervuild sinds" : "Vervuild sinds");
	tpl_set(x, "KNOP", d->vervuild ? "Markering opheffen" : "Markeren als vervuilde woning");
	kept(w, x, DA_VERVUILD, "DATUM", "datum");

	dossier_scope(w->db, http_actor(w->req), d, &s);
	s.sensitive = 1;
	if (policy_check(http_actor(w->req), ACT_DOSSIER_WRITE, &s) != VERDICT_ALLOW)
		return;
	x = tpl_section(w->c, "ACT_GEVOELIG");
	open_if(x, w->fl, DA_GEVOELIG, DA_GEVOELIG);
	tpl_set(x, "AAN", d->gevoelig ? "0" : "1");
	tpl_set(x, "UITLEG", d->gevoelig
		? "Dit dossier is gevoelig: alleen het team ziet het, in lijsten, zoeken en de API."
		: "Gaat het om gezondheid, verslaving of een vermoeden van een misdrijf? Maak het dossier dan "
		  "gevoelig. Alleen het team ziet het daarna nog.");
	tpl_set(x, "KNOP", d->gevoelig ? "Niet langer gevoelig" : "Gevoelig maken");
}

static void form_afsluiten(struct view *w)
{
	struct tpl_dict *x = tpl_section(w->c, "ACT_AFSLUITEN");
	const char *uit = typed(w, DA_AFSLUITEN, "uitkomst");

	open_if(x, w->fl, DA_AFSLUITEN, DA_AFSLUITEN);
	for (int k = 0; k < UITKOMST__MAX; k++) {
		struct tpl_dict *o = tpl_section(x, "UITKOMST_OPT");
		tpl_set(o, "VALUE", dossier_uitkomst_ids[k]);
		tpl_set(o, "LABEL", dossier_uitkomst_labels[k]);
		if (uit && !strcmp(uit, dossier_uitkomst_ids[k]))
			tpl_show(o, "SELECTED");
	}
	kept(w, x, DA_AFSLUITEN, "OP", "op");
	kept(w, x, DA_AFSLUITEN, "TOELICHTING", "toelichting");
}

/* The forms for who may write: all of them on an open dossier, heropenen on a closed one. */
static void show_actions(struct view *w)
{
	if (!w->can_write)
		return;
	if (!w->open) {
		struct tpl_dict *x = tpl_section(w->c, "ACT_HEROPENEN");
		tpl_show(x, "OPEN_FORM");     /* the one thing to do with a closed dossier */
		kept(w, x, DA_HEROPENEN, "TEKST", "tekst");
		return;
	}
	form_lid(w);
	tpl_show(w->c, "ACTIONS");
	form_koppelen_notitie(w);
	form_interventie(w);
	form_brief(w);
	form_escalatie(w);
	form_marks(w);
	form_afsluiten(w);
}

/* The failed action's messages beside its fields (interventie-bijwerken's are at its row). */
static void show_errors(struct view *w)
{
	const struct failed *fl = w->fl;

	if (!fl || fl->a == DA_INTERVENTIE_BIJWERKEN)
		return;
	const char *act = dossier_action_ids[fl->a];
	for (int i = 0; i < fl->errs->n; i++) {
		const char *field = fl->errs->e[i].field, *msg = fl->errs->e[i].message;
		if (!strcmp(field, "status") && fl->a != DA_AFSLUITEN && fl->a != DA_HEROPENEN) {
			struct tpl_dict *x = tpl_section(w->c, "STATUS_ERROR_OTHER");
			tpl_set(x, "FIELD", "status-fout");
			tpl_set(x, "MSG", msg);
			summary_item(&w->eo, "status-fout", msg);
			continue;
		}
		show_error(&w->eo, w->c, arena_printf(&w->req->arena, "%s-%s", act, field), section_of(w->req, act, field),
			   msg);
	}
}

/* page: of the meldingen, from 1 (the newest when they take more than one). */
static int render(struct req *req, struct dossier *d, const struct failed *fl, int status, const char *flash,
		  int page)
{
	struct view w = { .req = req, .db = db_thread(), .d = d, .fl = fl, .open = d->status == DS_OPEN,
			  .page = page };

	if (!w.db)
		return http_unavailable(req, NULL);
	w.can_write = dossier_may(w.db, http_actor(req), d, ACT_DOSSIER_WRITE);
	w.in_team = dossier_user_in_team(w.db, http_actor(req), d);
	w.today = amsterdam_day(clock_now());
	w.c = page_new(req, arena_printf(&req->arena, "Dossier %s", d->referentie), "dossier.tpl");
	w.eo = (struct errors_out){ w.c, NULL };
	show_flash(req, flash);
	show_header(&w);
	show_new_meldingen(&w);
	if (show_escalations(&w) < 0 || show_meldingen(&w) < 0 || show_notes(&w) < 0 ||
	    show_interventions(&w) < 0 || show_letters(&w) < 0 || show_timeline(&w) < 0 || show_team(&w) < 0)
		return http_unavailable(req, NULL);
	show_actions(&w);
	show_errors(&w);
	/* Reading a dossier is an audited read (DESIGN.md, Audited reads). */
	audit_record(w.db, http_actor(req), "bekeken", "dossier", d->referentie, "");
	return page_send(req, status);
}

/* ---- GET /dossiers/{id} ---- */

/* ?klaar=, set by the redirect after an action: its confirmation (an unknown word shows none). */
static const char *const flash_ids[] = {
	"geopend", "koppelen", "ontkoppelen", "negeren", "notitie", "interventie", "interventie-bijwerken",
	"escalatie", "lid-toevoegen", "lid-verwijderen", "vervuild", "gevoelig", "afsluiten", "heropenen", NULL,
};
static const char *const flash_texts[] = {
	"Het dossier is geopend. U bent de eigenaar.",
	"De melding is gekoppeld.",
	"De melding is losgekoppeld.",
	"De melding staat niet meer bij de nieuwe meldingen.",
	"De notitie staat in het journaal.",
	"De interventie is vastgelegd.",
	"De uitvoering van de interventie is vastgelegd.",
	"Het AVE-niveau is gewijzigd.",
	"De medewerker hoort nu bij het team.",
	"De medewerker hoort niet meer bij het team.",
	"De markering vervuilde woning is bijgewerkt.",
	"Het kenmerk gevoelig is bijgewerkt.",
	"Het dossier is gesloten.",
	"Het dossier is heropend.",
};
_Static_assert(sizeof(flash_ids) / sizeof(flash_ids[0]) == sizeof(flash_texts) / sizeof(flash_texts[0]) + 1,
	       "a confirmation for every ?klaar= word");

const struct field_spec dossier_page_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .choices = flash_ids },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },   /* of the meldingen */
	FIELDS_END
};

int handle_dossier(struct req *req)
{
	struct dossier d;
	int64_t k;
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "id"),
					     ACT_DOSSIER_READ, &d);

	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	return render(req, &d, NULL, 200, input_value(req, "klaar", &k) ? flash_texts[k] : NULL,
		      pager_page(req));
}

/* ---- POST /dossiers/{id}/{action} ---- */

/*
 * The union of the fields of every action's form; the action decides which
 * count. What a person types (texts, dates) is text; so are soort and
 * uitkomst, whose set depends on the action (an instrument or a letter
 * kind; free text or an outcome). The machine-made values are typed - the
 * page reads them back to keep a choice - yet go to dossier_act() as sent:
 * it words each refusal per action, for the API alike.
 */
const struct field_spec dossier_action_fields[] = {
	FIELD_PATH("id", FT_KEY),
	FIELD_PATH("action", FT_TEXT),     /* an unknown action is the handler's own 404 */
	{ .name = "melding", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "datum", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "vertrouwelijk", .from = IN_FORM, .type = FT_BOOL },
	{ .name = "soort", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "gepland_op", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "uitgevoerd_op", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "uitkomst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "toelichting", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "kosten", .from = IN_FORM, .type = FT_TEXT },   /* interventie: euros (issue 18) */
	{ .name = "interventie", .from = IN_FORM, .type = FT_ID,
	  .message = "Deze interventie hoort niet bij dit dossier." },
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "feiten", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "aanhef", .from = IN_FORM, .type = FT_TEXT },   /* brief (issue 16) */
	{ .name = "adres", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "stap", .from = IN_FORM, .type = FT_TEXT },     /* brief: "voorbeeld" stores nothing */
	{ .name = "niveau", .from = IN_FORM, .type = FT_ENUM, .max = AVE__MAX, .choices = ave_niveau_ids },
	{ .name = "regie", .from = IN_FORM, .type = FT_ENUM, .max = REGIE__MAX, .choices = ave_regie_ids },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "gebruiker", .from = IN_FORM, .type = FT_ID, .message = "Kies een medewerker uit de lijst." },
	{ .name = "aan", .from = IN_FORM, .type = FT_BOOL },
	{ .name = "op", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The input of an action from the fields of the same names (and the organisation for letters). */
static void act_input(struct req *req, struct dossier_act_input *in)
{
	memset(in, 0, sizeof(*in));
	in->melding = input_text(req, "melding");
	in->tekst = input_text(req, "tekst");
	in->datum = input_text(req, "datum");
	in->vertrouwelijk = input_num(req, "vertrouwelijk") == 1;
	in->soort = input_text(req, "soort");
	in->gepland_op = input_text(req, "gepland_op");
	in->uitgevoerd_op = input_text(req, "uitgevoerd_op");
	in->uitkomst = input_text(req, "uitkomst");
	in->toelichting = input_text(req, "toelichting");
	in->interventie = input_text(req, "interventie");
	in->kosten = input_text(req, "kosten");
	in->naam = input_text(req, "naam");
	in->feiten = input_text(req, "feiten");
	in->aanhef = input_text(req, "aanhef");
	in->adres = input_text(req, "adres");
	in->niveau = input_text(req, "niveau");
	in->regie = input_text(req, "regie");
	in->reden = input_text(req, "reden");
	in->gebruiker = input_text(req, "gebruiker");
	in->aan = input_text(req, "aan");
	in->op = input_text(req, "op");
	in->organisatie = req->cfg->organisation;
}

/* Where to land after an action: the section it changed. */
static const char *anchor_of(enum dossier_action a)
{
	switch (a) {
	case DA_KOPPELEN:
	case DA_ONTKOPPELEN:
	case DA_NEGEREN:
		return "meldingen";
	case DA_NOTITIE:
		return "journaal";
	case DA_INTERVENTIE:
	case DA_INTERVENTIE_BIJWERKEN:
		return "interventies";
	case DA_ESCALATIE:
		return "ave";
	case DA_LID_TOEVOEGEN:
	case DA_LID_VERWIJDEREN:
		return "team";
	default:
		return "inhoud";
	}
}

int handle_dossier_action(struct req *req)
{
	struct dossier d;
	struct dossier_act_input in;
	struct field_errors errs;
	struct dossier_act_result res;
	int a = dossier_action_parse(input_text(req, "action"));

	if (a < 0)
		return http_error(req, 404, "Pagina niet gevonden", "Deze actie bestaat niet.");
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "id"),
					     ACT_DOSSIER_WRITE, &d);
	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	act_input(req, &in);
	if (a == DA_BRIEF && input_text(req, "stap") && !strcmp(input_text(req, "stap"), "voorbeeld"))
		return dossier_letter_preview(req, &d, &in);   /* web/dossier_brief.c */
	r = dossier_act(db_thread(), &req->arena, http_actor(req), &d, (enum dossier_action)a, &in, &errs, &res);
	if (r == APP_INVALID) {
		struct failed fl = { (enum dossier_action)a, &errs };
		return render(req, &d, &fl, 422, NULL, 1);
	}
	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	if (a == DA_BRIEF)
		return http_redirect(req, arena_printf(&req->arena, "/dossiers/%lld/brieven/%lld?klaar=brief",
						      (long long)d.id, (long long)res.id));
	return http_redirect(req, arena_printf(&req->arena, "/dossiers/%lld?klaar=%s#%s", (long long)d.id,
					      dossier_action_ids[a], anchor_of((enum dossier_action)a)));
}
