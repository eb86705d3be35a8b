/*
 * doorverwijzingen.c - the referral lists and the new-referral form:
 * GET /doorverwijzingen (staff: filtered by partner, status, late, wijk
 * and dossier within their scope; a partner: its own organisation's, by
 * tab), GET /doorverwijzingen/nieuw?dossier= and POST /doorverwijzingen,
 * with the field specs of these routes. Also what the JSON API reads the
 * same way: the list's filters (doorverwijzing_filter_from_query()), the
 * step a route takes (doorverwijzing_step()) and the refusal of a dossier
 * one cannot refer from.
 *
 * The lists, their filters and sending come from app/referrals.h: a
 * partner's list is bound to its organisation in SQL and is audit-logged
 * like everything a partner opens. The form shows only what the case
 * worker may share: the summary they write, the files of the dossier's
 * meldingen they tick, and new files they add (a signed consent form),
 * checked by content as on the melding form.
 */
#include "app/dossiers.h"
#include "app/referrals.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "web/doorverwijzingen.h"
#include "http/http.h"
#include "http/router.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/files.h"
#include "store/partner.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <assert.h>
#include <string.h>

/* How the form, and the API, answer a dossier one cannot refer from. */
const struct refusal doorverwijzing_dossier_refusal = {
	.not_found_title = "Dossier niet gevonden",
	.not_found_text = "Dit dossier bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag vanuit dit dossier niet doorverwijzen.",
};

static int is_partner(struct req *req)
{
	return http_actor(req)->role == ROLE_PARTNER;
}

/* ---- shared with the API ---- */

enum app_result doorverwijzing_filter_from_query(struct req *req, struct referral_filter *f, struct field_errors *errs)
{
	const char *status = input_text(req, "status");
	const struct referral_filter_input in = {
		/* "alle": every status, as when absent (the staff page's own default is open: staff_list()). */
		.status = status && !strcmp(status, "alle") ? "" : status, .te_laat = input_text(req, "te_laat"),
		.beantwoord = input_text(req, "beantwoord"), .partner = input_text(req, "partner"),
		.wijk = input_text(req, "wijk"), .dossier = input_text(req, "dossier"),
	};

	return referral_filter_read(db_thread(), &req->arena, http_actor(req), &in, f, errs);
}

enum referral_action doorverwijzing_step(const struct req *req)
{
	const char *word = strrchr(req->route->pattern, '/');
	int a = referral_action_parse(word ? word + 1 : NULL);

	/* Only the step routes come here, and each ends in a step's word. */
	assert(a >= 0);
	return (enum referral_action)a;
}

/* ---- the list ---- */

/* The start of the question is what tells one referral from the next. */
static const char *vraag_start(struct req *req, const char *vraag)
{
	size_t cut = 140;

	if (strlen(vraag) <= cut)
		return vraag;
	while (cut > 0 && ((unsigned char)vraag[cut] & 0xc0) == 0x80)
		cut--;
	return arena_printf(&req->arena, "%.*s…", (int)cut, vraag);
}

/* One row in a list, as staff or a partner sees it. */
static void fill_row(struct req *req, struct tpl_dict *x, const struct referral *r, int32_t today, int staff)
{
	char w[WHEN_LEN];
	enum referral_due due = referral_due_marker(r, today);

	tpl_set_int(x, "ID", r->id);
	tpl_set(x, "REFERENTIE", r->referentie);
	when_date(r->verstuurd_op, w);
	tpl_set(x, "VERSTUURD", w);
	tpl_set(x, "PARTNER", r->partner_naam);
	tpl_set(x, "SOORT", partner_soort_labels[r->partner_soort]);
	tpl_set(x, "STATUS", referral_status_labels[r->status]);
	tpl_set(x, "DAG", referral_day_text(&req->arena, r->antwoord_dag));
	tpl_set(x, "DUE_CLASS", referral_due_classes[due]);
	tpl_set(x, "DUE_LABEL", referral_due_labels[due]);
	if (due == RDUE_TE_LAAT)
		tpl_show(x, "TE_LAAT");
	if (staff) {
		struct tpl_dict *s = tpl_section(x, "STAFF");
		tpl_set_int(s, "DOSSIER_ID", r->dossier_id);
		tpl_set(s, "DOSSIER_REF", r->dossier_ref);
		tpl_set(s, "WIJK", r->wijk_naam);
	} else {
		tpl_set(tpl_section(x, "PARTNER_ROW"), "VRAAG", vraag_start(req, r->vraag));
	}
}

/* The table of a list (ROWS), or the sentence saying it is empty. */
static void show_rows(struct req *req, struct tpl_dict *d, const struct referral_page *pg, const char *caption,
		      int32_t today, int staff, const char *empty)
{
	if (!pg->n) {
		tpl_set(tpl_section(d, "NO_ROWS"), "TEXT", empty);
		return;
	}
	struct tpl_dict *tb = tpl_section(d, "ROWS");
	tpl_set(tb, "CAPTION", caption);
	tpl_show(tb, staff ? "STAFF_HEAD" : "PARTNER_HEAD");
	for (int i = 0; i < pg->n; i++)
		fill_row(req, tpl_section(tb, "ROW"), &pg->rows[i], today, staff);
}

static void option(struct tpl_dict *d, const char *section, const char *value, const char *label, int selected)
{
	struct tpl_dict *o = tpl_section(d, section);
	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	if (selected)
		tpl_show(o, "SELECTED");
}

/* The partner portal's tabs (?weergave=); none, or one not among them, is the first. */
#define N_TABS 4
static const char *const tab_ids[N_TABS + 1] = { "open", "te_laat", "beantwoord", "alle", NULL };
static const char *const tab_labels[N_TABS] = { "Open", "Te laat", "Beantwoord", "Alle" };

/*
 * The staff list's filters, the partner's tab and the page. A tab not
 * among them shows the first, as a link from an older version would; the
 * filters are judged by app/referrals.c (DOORVERWIJZING_FILTER_FIELDS).
 */
static const char *const bereik_keuzes[] = { "wijken", NULL };

const struct field_spec doorverwijzingen_fields[] = {
	DOORVERWIJZING_FILTER_FIELDS,
	/* The dashboard's figure as a list: sent in its period, within the wijken it counts. */
	{ .name = "verstuurd_van", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als JJJJ-MM-DD." },
	{ .name = "verstuurd_tot", .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als JJJJ-MM-DD." },
	{ .name = "bereik", .from = IN_QUERY, .type = FT_ENUM, .max = 1, .choices = bereik_keuzes },
	{ .name = "weergave", .from = IN_QUERY, .type = FT_ENUM, .max = N_TABS, .choices = tab_ids },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },
	FIELDS_END
};

static void show_tabs(struct tpl_dict *p, const struct referral_counts *counts, int current)
{
	const int64_t n[N_TABS] = { counts->open, counts->late, counts->answered, counts->all };

	for (int i = 0; i < N_TABS; i++) {
		struct tpl_dict *x = tpl_section(p, "TAB");
		tpl_setf(x, "HREF", "/doorverwijzingen?weergave=%s", tab_ids[i]);
		tpl_set(x, "LABEL", tab_labels[i]);
		tpl_set_int(x, "N", n[i]);
		if (i == current)
			tpl_show(x, "CURRENT");
	}
}

/* The partner portal's list: tabs open, te laat, beantwoord, alle. */
static int portal_list(struct req *req, struct db *db)
{
	const struct actor *who = http_actor(req);
	struct referral_filter f;
	struct referral_counts counts;
	struct referral_page pg;
	struct partner org;
	int page = pager_page(req), t = (int)input_num(req, "weergave");

	referral_filter_clear(&f);
	f.today = amsterdam_day(clock_now());
	f.open = t == 0;
	f.late = t == 1;
	f.answered = t == 2;
	if (referral_counts_partner(db, who->partner_id, f.today, &counts) != STORE_OK ||
	    referral_list(db, &req->arena, who, &f, page, REFERRAL_PER_PAGE, tab_ids[t], &pg) != APP_OK)
		return http_unavailable(req, NULL);
	enum store_result pr = partner_by_id(db, who->partner_id, &org);
	if (pr == STORE_ERROR)
		return http_unavailable(req, NULL);

	struct tpl_dict *d = page_new(req, "Doorverwijzingen", "doorverwijzingen.tpl");
	struct tpl_dict *p = tpl_section(d, "PARTNER_VIEW");
	show_tabs(p, &counts, t);
	tpl_set(p, "ORGANISATIE", pr == STORE_OK ? org.naam : "");
	if (counts.late)
		tpl_set_int(tpl_section(p, "LATE_NOTE"), "N", counts.late);
	show_rows(req, d, &pg, arena_printf(&req->arena, "%s: %lld", tab_labels[t], (long long)pg.total), f.today, 0,
		  t == 1 ? "Er zijn geen doorverwijzingen over hun termijn. Goed zo."
			 : "Er zijn hier geen doorverwijzingen.");
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/doorverwijzingen?");
	pager_query(&base, "weergave", tab_ids[t]);
	pager_render(d, base.buf, page, REFERRAL_PER_PAGE, pg.total);
	buf_release(&base);
	return page_send(req, 200);
}

/* The filters' choices, keeping what was chosen. 0, or -1 when the database failed. */
static int show_filters(struct req *req, struct db *db, struct tpl_dict *sv, const struct referral_filter *f)
{
	struct referral_partner *ps;
	struct dossier_viewer dv;
	struct dossier_area *w;
	int np = referral_partners(db, &req->arena, &ps);

	if (np < 0)
		return -1;
	option(sv, "PARTNER_OPT", "", "Alle organisaties", f->partner_id == 0);
	for (int i = 0; i < np; i++)
		option(sv, "PARTNER_OPT", arena_printf(&req->arena, "%lld", (long long)ps[i].id), ps[i].naam,
		       f->partner_id == ps[i].id);
	option(sv, "STATUS_OPT", "alle", "Alle", f->status < 0 && !f->open && !f->not_closed);
	option(sv, "STATUS_OPT", "open", "Open (niet afgesloten)", f->not_closed);
	option(sv, "STATUS_OPT", "wacht", "Wacht op antwoord (verstuurd of geaccepteerd)", f->open);
	for (int i = 0; i < RS__MAX; i++)
		option(sv, "STATUS_OPT", referral_status_ids[i], referral_status_labels[i], f->status == i);
	if (f->late)
		tpl_show(sv, "TE_LAAT_CHECKED");
	dossier_viewer_init(&dv, http_actor(req), ACT_REFERRAL_READ);
	int nw = dossier_wijken(db, &req->arena, &dv, &w);
	if (nw < 0)
		return -1;
	option(sv, "WIJK_OPT", "", "Alle wijken", f->wijk_id == 0);
	for (int i = 0; i < nw; i++)
		option(sv, "WIJK_OPT", w[i].code, w[i].naam, f->wijk_id == w[i].id);
	tpl_set(sv, "VERSTUURD_VAN", input_text(req, "verstuurd_van"));
	tpl_set(sv, "VERSTUURD_TOT", input_text(req, "verstuurd_tot"));
	/* Only who reads referrals as a team member beyond their wijken has a choice to make. */
	if (f->bereik_wijken || (dv.team && !(dv.all && dv.all_sensitive))) {
		struct tpl_dict *b = tpl_section(sv, "BEREIK");
		if (f->bereik_wijken)
			tpl_show(b, "CHECKED");
	}
	return 0;
}

/*
 * The staff page's own filters: open work by default (status=alle shows
 * every one), and the dashboard's period and scope. A day that cannot be
 * read is said beside its field.
 */
static void staff_filters(struct req *req, struct form *form, struct referral_filter *f)
{
	static const char *const days[] = { "verstuurd_van", "verstuurd_tot" };
	const char *status = input_text(req, "status"), *why;
	int64_t day;

	/* Open work, answered referrals included (they wait to be read and closed). */
	if ((!status || !status[0]) && !f->answered)
		f->not_closed = 1;
	if (input_value(req, "verstuurd_van", &day))
		f->verstuurd_van = (int32_t)day;
	if (input_value(req, "verstuurd_tot", &day))
		f->verstuurd_tot = (int32_t)day;
	f->bereik_wijken = input_value(req, "bereik", &day) && day == 0;
	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++)
		if ((why = field_error_for(input_errors(req), days[i])))
			form_error(form, days[i], why);
}

/* The pages' links keep the filters. */
static void staff_pager(struct req *req, struct tpl_dict *d, const struct referral_filter *f, int page, int64_t total)
{
	struct buf base = BUF_INIT;

	buf_addstr(&base, "/doorverwijzingen?");
	pager_query(&base, "partner", input_text(req, "partner"));
	pager_query(&base, "status", f->not_closed ? "open" : f->open ? "wacht"
				     : f->status >= 0 ? referral_status_ids[f->status] : "alle");
	pager_query(&base, "verstuurd_van", f->verstuurd_van ? input_text(req, "verstuurd_van") : NULL);
	pager_query(&base, "verstuurd_tot", f->verstuurd_tot ? input_text(req, "verstuurd_tot") : NULL);
	pager_query(&base, "bereik", f->bereik_wijken ? "wijken" : NULL);
	pager_query(&base, "te_laat", f->late ? "1" : NULL);
	pager_query(&base, "wijk", f->wijk_id ? input_text(req, "wijk") : NULL);
	pager_query(&base, "dossier", f->dossier_id ? input_text(req, "dossier") : NULL);
	pager_render(d, base.buf, page, REFERRAL_PER_PAGE, total);
	buf_release(&base);
}

static int staff_list(struct req *req, struct db *db)
{
	struct field_errors errs = { 0 };
	struct referral_filter f;
	struct referral_page pg;
	int page = pager_page(req);

	if (doorverwijzing_filter_from_query(req, &f, &errs) == APP_UNAVAILABLE)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Doorverwijzingen", "doorverwijzingen.tpl");
	struct tpl_dict *sv = tpl_section(d, "STAFF_VIEW");
	struct form form = FORM_INIT(sv);
	staff_filters(req, &form, &f);
	if (referral_list(db, &req->arena, http_actor(req), &f, page, REFERRAL_PER_PAGE, NULL, &pg) != APP_OK)
		return http_unavailable(req, NULL);
	/* The first value that could not be read, beside its field. */
	if (errs.n)
		form_error(&form, errs.e[0].field, errs.e[0].message);
	if (show_filters(req, db, sv, &f) < 0)
		return http_unavailable(req, NULL);
	if (f.dossier_id && pg.n)
		tpl_set(tpl_section(sv, "DOSSIER_FILTER"), "REF", pg.rows[0].dossier_ref);
	else if (f.dossier_id)
		tpl_show(sv, "DOSSIER_FILTER");
	tpl_set(sv, "DOSSIER", f.dossier_id ? input_text(req, "dossier") : "");
	show_rows(req, d, &pg, arena_printf(&req->arena, "%lld doorverwijzing%s", (long long)pg.total,
					    pg.total == 1 ? "" : "en"),
		  f.today, 1, "Geen doorverwijzingen gevonden. Pas de filters aan of wis ze.");
	staff_pager(req, d, &f, page, pg.total);
	return page_send(req, 200);
}

int handle_doorverwijzingen(struct req *req)
{
	struct db *db = db_thread();

	if (!db)
		return http_unavailable(req, NULL);
	return is_partner(req) ? portal_list(req, db) : staff_list(req, db);
}

/* ---- the new-referral form ---- */

static void kb(struct req *req, struct tpl_dict *x, const char *key, int64_t bytes)
{
	tpl_set(x, key, page_size(&req->arena, bytes));
}

/* 1 when id is among the ticked bijlagen of the form. */
static int ticked(const struct referral_input *in, int64_t id)
{
	for (int i = 0; i < in->n_bijlagen; i++)
		if (in->bijlagen[i] == id)
			return 1;
	return 0;
}

/* Grouped by kind, so the case worker picks the wijkteam or the GGZ first and the name second. */
static void form_partners(struct req *req, struct tpl_dict *f, const struct referral_partner *ps, int np,
			  const struct referral_input *in)
{
	for (int k = 0; k < PARTNER__MAX; k++) {
		struct tpl_dict *g = NULL;
		for (int i = 0; i < np; i++) {
			if ((int)ps[i].soort != k)
				continue;
			if (!g) {
				g = tpl_section(f, "GROEP");
				tpl_set(g, "SOORT", partner_soort_labels[k]);
			}
			struct tpl_dict *o = tpl_section(g, "PARTNER_OPT");
			tpl_set_int(o, "VALUE", ps[i].id);
			tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%d werkdagen)", ps[i].naam, ps[i].termijn));
			if (in && in->partner && !strcmp(in->partner, arena_printf(&req->arena, "%lld", (long long)ps[i].id)))
				tpl_show(o, "SELECTED");
		}
	}
	if (!np)
		tpl_show(f, "NO_PARTNERS");
}

/* The files of the dossier's meldingen, to tick. */
static void form_files(struct req *req, struct tpl_dict *f, const struct referral_source_file *files, int nf,
		       const struct referral_input *in)
{
	if (!nf) {
		tpl_show(f, "NO_FILES");
		return;
	}
	struct tpl_dict *fs = tpl_section(f, "FILES");
	for (int i = 0; i < nf; i++) {
		struct tpl_dict *x = tpl_section(fs, "FILE");
		tpl_set_int(x, "ID", files[i].id);
		tpl_set(x, "MELDING", files[i].melding_ref);
		tpl_set(x, "NAAM", files[i].bestandsnaam);
		tpl_set(x, "SOORT", files_kind(files[i].mime));
		kb(req, x, "GROOTTE", files[i].grootte);
		if (in && ticked(in, files[i].id))
			tpl_show(x, "CHECKED");
	}
}

/*
 * The melders of the dossier's meldingen (issue 17): whose details the
 * option would share (those who consented, with what the partner would
 * see), and for the others that they did not consent or reported
 * anonymously, without their details.
 */
static void form_melders(struct tpl_dict *f, const struct referral_melder *ms, int n, const struct referral_input *in)
{
	int shareable = 0;

	if (!n)
		return;
	struct tpl_dict *s = tpl_section(f, "MELDERS");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(s, "MELDER");
		tpl_set(x, "MELDING", ms[i].melding_ref);
		if (ms[i].toestemming) {
			struct tpl_dict *t = tpl_section(x, "TOESTEMMING");
			tpl_set(t, "NAAM", ms[i].naam[0] ? ms[i].naam : "(geen naam)");
			if (ms[i].email[0])
				tpl_set(tpl_section(t, "EMAIL"), "EMAIL", ms[i].email);
			if (ms[i].telefoon[0])
				tpl_set(tpl_section(t, "TELEFOON"), "TELEFOON", ms[i].telefoon);
			shareable++;
		} else {
			tpl_show(x, ms[i].anoniem ? "ANONIEM" : "GEEN_TOESTEMMING");
		}
	}
	if (!shareable) {
		tpl_show(s, "NIEMAND");
		return;
	}
	struct tpl_dict *o = tpl_section(s, "OPTIE");
	if (in && in->melders_delen)
		tpl_show(o, "CHECKED");
}

/* The new files kept from a refused attempt: they go along unless the case worker starts over. */
static void form_new_files(struct req *req, struct tpl_dict *c, const struct referral_input *in)
{
	if (!in || !in->n_kept)
		return;
	struct tpl_dict *k = tpl_section(c, "KEPT");
	tpl_set(k, "TOKEN", in->bestanden_token);
	for (int i = 0; i < in->n_kept; i++) {
		struct tpl_dict *x = tpl_section(k, "KEPT_FILE");
		tpl_set(x, "NAAM", in->kept[i].bestandsnaam);
		tpl_set(x, "SOORT", !strcmp(in->kept[i].mime, "application/pdf") ? "PDF" : files_kind(in->kept[i].mime));
		kb(req, x, "GROOTTE", in->kept[i].grootte);
	}
}

/* In the order of the form, so the summary reads top to bottom. */
static void form_errors(struct tpl_dict *c, const struct field_errors *errs)
{
	static const char *const order[] = { "dossier", "partner", "reden", "vraag", "gedeelde_informatie", "bijlagen",
					     "nieuwe_bijlagen" };
	struct form form = FORM_INIT(c);

	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *msg = field_error_for(errs, order[i]);
		if (msg)
			form_error(&form, order[i], msg);
	}
}

/* The form for dossier d, filled with in (NULL: empty). */
static int form_page(struct req *req, const struct dossier *d, const struct referral_input *in,
		     const struct field_errors *errs, int status)
{
	struct db *db = db_thread();
	struct referral_partner *ps;
	struct referral_source_file *files;
	int np = referral_partners(db, &req->arena, &ps);
	int nf = referral_dossier_files(db, &req->arena, d->id, &files);
	struct referral_melder *ms;
	int nm = referral_dossier_melders(db, &req->arena, d->id, &ms);

	if (np < 0 || nf < 0 || nm < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Doorverwijzen: dossier %s", d->referentie),
				      "doorverwijzing_nieuw.tpl");
	/* Fields and their errors live in c itself: a section does not look up another section's errors. */
	tpl_show(c, "FORM");
	tpl_set(c, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(c, "DID", d->id);
	tpl_set(c, "REF", d->referentie);
	tpl_set(c, "ONDERWERP", d->onderwerp_tekst);
	if (in) {
		tpl_set(c, "REDEN", in->reden);
		tpl_set(c, "VRAAG", in->vraag);
		tpl_set(c, "GEDEELDE_INFORMATIE", in->gedeelde_informatie);
	}
	form_partners(req, c, ps, np, in);
	form_files(req, c, files, nf, in);
	form_melders(c, ms, nm, in);
	form_new_files(req, c, in);
	if (errs && errs->n)
		form_errors(c, errs);
	if (d->status != DS_OPEN)
		tpl_show(c, "GESLOTEN");
	return page_send(req, status);
}

/* The dossier as the case worker typed its number (the form without one asks for it). */
const struct field_spec doorverwijzing_nieuw_fields[] = {
	{ .name = "dossier", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

int handle_doorverwijzing_nieuw(struct req *req)
{
	const char *key = input_text(req, "dossier");
	struct dossier d;

	if (!key || !key[0]) {
		/* Which dossier? A referral always starts from one. */
		struct tpl_dict *c = page_new(req, "Doorverwijzen", "doorverwijzing_nieuw.tpl");
		tpl_show(c, "KIES_DOSSIER");
		return page_send(req, 200);
	}
	enum app_result r = dossier_load_for(db_thread(), &req->arena, http_actor(req), key, ACT_REFERRAL_CREATE, &d);
	if (r != APP_OK)
		return http_refused(req, r, &doorverwijzing_dossier_refusal);
	return form_page(req, &d, NULL, NULL, 200);
}

/*
 * The form. The dossier is its hidden id. The organisation is taken as
 * sent: referral_create() says beside the field that one which is not an
 * active organisation's id does not exist, and judges the texts too.
 * "bijlagen" comes once per ticked box (FIELD_MANY); "nieuwe_bijlagen"
 * once per new file (the route takes uploads), "bestanden_id" names the
 * new files kept from a refused attempt.
 */
const struct field_spec doorverwijzing_create_fields[] = {
	{ .name = "dossier", .from = IN_FORM, .type = FT_KEY },
	{ .name = "partner", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "vraag", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "gedeelde_informatie", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bijlagen", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY },
	{ .name = "nieuwe_bijlagen", .from = IN_FORM, .type = FT_FILE },
	{ .name = "bestanden_id", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "melders_delen", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};

/* The new files of the form, for referral_create(); -1 when the disk failed one (a 503, not the user's fault). */
static int uploads_from_form(struct req *req, struct referral_input *in)
{
	int n = 0;

	for (struct upload *u = req->uploads; u; u = u->next)
		n += !strcmp(u->field, "nieuwe_bijlagen");
	in->uploads = arena_alloc(&req->arena, sizeof(*in->uploads) * (size_t)(n ? n : 1));
	for (struct upload *u = req->uploads; u; u = u->next) {
		if (strcmp(u->field, "nieuwe_bijlagen"))
			continue;
		if (u->write_failed)
			return -1;
		in->uploads[in->n_uploads++] = (struct referral_upload){ .path = u->path, .size = u->size,
			.filename = u->filename, .dropped = u->dropped, .drop_reason = u->drop_reason };
	}
	in->bestanden_id = input_text(req, "bestanden_id");
	return 0;
}

/* After referral_create(): a file it took into storage is no longer the request's to clean up. */
static void uploads_taken(struct req *req, const struct referral_input *in)
{
	int i = 0;

	for (struct upload *u = req->uploads; u && i < in->n_uploads; u = u->next)
		if (!strcmp(u->field, "nieuwe_bijlagen") && !in->uploads[i++].path)
			u->path = NULL;
}

/* The form's fields into in; every "bijlagen" value (one per ticked box). */
static void input_from_form(struct req *req, struct referral_input *in)
{
	memset(in, 0, sizeof(*in));
	in->partner = input_text(req, "partner");
	in->reden = input_text(req, "reden");
	in->vraag = input_text(req, "vraag");
	in->gedeelde_informatie = input_text(req, "gedeelde_informatie");
	in->melders_delen = input_num(req, "melders_delen") != 0;
	const int64_t *ids;
	int n = input_many(req, "bijlagen", &ids, NULL);
	for (int i = 0; i < n; i++) {
		if (!ids[i] || in->n_bijlagen >= REFERRAL_BIJLAGEN_MAX)
			in->bad_bijlagen = 1;
		else
			in->bijlagen[in->n_bijlagen++] = ids[i];
	}
}

int handle_doorverwijzing_create(struct req *req)
{
	struct db *db = db_thread();
	struct referral_input in;
	struct field_errors errs = { 0 };
	struct dossier d;
	int64_t did, id = 0;

	/* No dossier, or a value no dossier has (the stage could not read it): the form was not ours. */
	if (!input_value(req, "dossier", &did))
		return http_refused(req, APP_NOT_FOUND, &doorverwijzing_dossier_refusal);
	enum app_result r = dossier_load_for(db, &req->arena, http_actor(req), input_text(req, "dossier"),
					     ACT_REFERRAL_CREATE, &d);
	if (r != APP_OK)
		return http_refused(req, r, &doorverwijzing_dossier_refusal);
	input_from_form(req, &in);
	if (uploads_from_form(req, &in) < 0)
		return http_unavailable(req, NULL);
	r = referral_create(db, &req->arena, http_actor(req), req->cfg, &d, &in, &errs, &id);
	uploads_taken(req, &in);
	if (r == APP_INVALID)
		return form_page(req, &d, &in, &errs, 422);
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/doorverwijzingen/%lld?klaar=verstuurd", (long long)id));
}
