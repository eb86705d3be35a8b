/*
 * doorverwijzingen.c - the referral lists and the new-referral form:
 * GET /doorverwijzingen (staff: filtered by partner, status, late, wijk
 * and dossier within their scope; a partner: its own organisation's, by
 * tab), GET /doorverwijzingen/nieuw?dossier= and POST /doorverwijzingen.
 *
 * A partner's list comes from referral_list_partner(), bound to the
 * session's organisation in SQL, and is audit-logged like everything a
 * partner opens. The form shows only what the case worker may share: the
 * summary they write and the files of the dossier's meldingen they tick.
 */
#include "auth/csrf.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "http/json.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/files.h"
#include "store/partner.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* "1", "ja", "true", "on" -> 1; absent, "", "0", "nee", "false" -> 0; else -1. */
static int flag(const char *s)
{
	if (!s || !s[0] || !strcmp(s, "0") || !strcmp(s, "nee") || !strcmp(s, "false"))
		return 0;
	if (!strcmp(s, "1") || !strcmp(s, "ja") || !strcmp(s, "true") || !strcmp(s, "on"))
		return 1;
	return -1;
}

static void bad(const char **field, const char **msg, const char *f, const char *m)
{
	if (!*field) {
		*field = f;
		*msg = m;
	}
}

int doorverwijzing_filter_parse(struct req *req, struct referral_filter *f, const char **bad_field,
				const char **bad_msg)
{
	struct db *db = db_thread();
	const char *v;
	int b;

	*bad_field = *bad_msg = NULL;
	referral_filter_clear(f);
	f->today = amsterdam_day(clock_now());
	if (!db)
		return 503;

	v = http_query(req, "status");
	if (v && !strcmp(v, "open"))
		f->open = 1;
	else if (v && v[0] && (f->status = referral_status_parse(v)) < 0)
		bad(bad_field, bad_msg, "status", "Kies een status uit de lijst.");
	if ((b = flag(http_query(req, "te_laat"))) < 0)
		bad(bad_field, bad_msg, "te_laat", "Te laat is ja of nee.");
	else
		f->late = b;
	if ((b = flag(http_query(req, "beantwoord"))) < 0)
		bad(bad_field, bad_msg, "beantwoord", "Beantwoord is ja of nee.");
	else
		f->answered = b;
	/* A partner's list is its own organisation's, whatever else the query says. */
	if (doorverwijzing_is_partner(req))
		return 0;

	v = http_query(req, "partner");
	if (v && v[0]) {
		int64_t id = parse_id(v);
		if (!id)
			bad(bad_field, bad_msg, "partner", "Kies een organisatie uit de lijst.");
		else
			f->partner_id = id;
	}
	v = http_query(req, "wijk");
	if (v && v[0] && !(f->wijk_id = dossier_wijk_id(db, v)))
		bad(bad_field, bad_msg, "wijk", "Deze wijk bestaat niet.");
	v = http_query(req, "dossier");
	if (v && v[0]) {
		struct dossier d;
		int st = dossier_load_for(req, v, ACT_REFERRAL_READ, &d);
		if (st == 503)
			return 503;
		if (st)
			bad(bad_field, bad_msg, "dossier", "Dit dossier bestaat niet, of u heeft er geen toegang toe.");
		else
			f->dossier_id = d.id;
	}
	return 0;
}

/* ---- the list ---- */

/* One row in a list, as staff or a partner sees it. */
static void fill_row(struct req *req, struct tpl_dict *x, const struct referral *r, int32_t today, int staff)
{
	char w[WHEN_LEN];
	enum referral_due due = doorverwijzing_due(r, today);

	tpl_set_int(x, "ID", r->id);
	when_date(r->verstuurd_op, w);
	tpl_set(x, "VERSTUURD", w);
	tpl_set(x, "PARTNER", r->partner_naam);
	tpl_set(x, "SOORT", partner_soort_labels[r->partner_soort]);
	tpl_set(x, "STATUS", referral_status_labels[r->status]);
	tpl_set(x, "DAG", doorverwijzing_day(req, r->antwoord_dag));
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
		/* The start of the question is what tells one referral from the next. */
		size_t n = strlen(r->vraag);
		const char *vraag = r->vraag;
		if (n > 140) {
			size_t cut = 140;
			while (cut > 0 && ((unsigned char)vraag[cut] & 0xc0) == 0x80)
				cut--;
			vraag = arena_printf(&req->arena, "%.*s…", (int)cut, vraag);
		}
		tpl_set(tpl_section(x, "PARTNER_ROW"), "VRAAG", vraag);
	}
}

static void option(struct tpl_dict *d, const char *section, const char *value, const char *label, int selected)
{
	struct tpl_dict *o = tpl_section(d, section);
	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	if (selected)
		tpl_show(o, "SELECTED");
}

/* The partner portal's list: tabs open, te laat, beantwoord, alle. */
static int portal_list(struct req *req, struct db *db)
{
	static const struct {
		const char *id, *label;
	} tabs[] = { { "open", "Open" }, { "te_laat", "Te laat" }, { "beantwoord", "Beantwoord" }, { "alle", "Alle" } };
	const struct session *s = req->session;
	struct referral_filter f;
	struct referral_counts counts;
	struct referral_page pg;
	int page = pager_page(req);
	const char *tab = http_query(req, "weergave");
	int t = 0;

	referral_filter_clear(&f);
	f.today = amsterdam_day(clock_now());
	for (size_t i = 0; tab && i < sizeof(tabs) / sizeof(tabs[0]); i++)
		if (!strcmp(tab, tabs[i].id))
			t = (int)i;
	f.open = t == 0;
	f.late = t == 1;
	f.answered = t == 2;
	if (referral_counts_partner(db, s->partner_id, f.today, &counts) != STORE_OK ||
	    referral_list_partner(db, &req->arena, s->partner_id, &f, pager_offset(page, REFERRAL_PER_PAGE),
				  REFERRAL_PER_PAGE, &pg) != STORE_OK)
		return http_unavailable(req, NULL);

	struct tpl_dict *d = page_new(req, "Doorverwijzingen", "doorverwijzingen.tpl");
	struct tpl_dict *p = tpl_section(d, "PARTNER_VIEW");
	const int64_t n[] = { counts.open, counts.late, counts.answered, counts.all };
	for (size_t i = 0; i < sizeof(tabs) / sizeof(tabs[0]); i++) {
		struct tpl_dict *x = tpl_section(p, "TAB");
		tpl_setf(x, "HREF", "/doorverwijzingen?weergave=%s", tabs[i].id);
		tpl_set(x, "LABEL", tabs[i].label);
		tpl_set_int(x, "N", n[i]);
		if ((int)i == t)
			tpl_show(x, "CURRENT");
	}
	struct partner org;
	enum store_result pr = partner_by_id(db, s->partner_id, &org);
	if (pr == STORE_ERROR)
		return http_unavailable(req, NULL);
	tpl_set(p, "ORGANISATIE", pr == STORE_OK ? org.naam : "");
	if (counts.late)
		tpl_set_int(tpl_section(p, "LATE_NOTE"), "N", counts.late);
	if (pg.n) {
		struct tpl_dict *tb = tpl_section(d, "ROWS");
		tpl_set(tb, "CAPTION", arena_printf(&req->arena, "%s: %lld", tabs[t].label, (long long)pg.total));
		tpl_show(tb, "PARTNER_HEAD");
		for (int i = 0; i < pg.n; i++)
			fill_row(req, tpl_section(tb, "ROW"), &pg.rows[i], f.today, 0);
	} else {
		tpl_set(tpl_section(d, "NO_ROWS"), "TEXT",
			t == 1 ? "Er zijn geen doorverwijzingen over hun termijn. Goed zo."
			       : "Er zijn hier geen doorverwijzingen.");
	}
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/doorverwijzingen?");
	pager_query(&base, "weergave", tabs[t].id);
	pager_render(d, base.buf, page, REFERRAL_PER_PAGE, pg.total);
	buf_release(&base);
	/* Everything a partner opens is in the audit trail, its list too (DESIGN.md, Audited reads). */
	if (audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzingen", tabs[t].id,
			 arena_printf(&req->arena, "pagina %d, %d getoond", page, pg.n)) < 0)
		return http_unavailable(req, NULL);
	return page_send(req, 200);
}

static int staff_list(struct req *req, struct db *db)
{
	struct referral_filter f;
	struct referral_viewer v;
	struct dossier_viewer dv;
	struct referral_page pg;
	const char *bad_field, *bad_msg;
	int page = pager_page(req);

	if (doorverwijzing_filter_parse(req, &f, &bad_field, &bad_msg) == 503)
		return http_unavailable(req, NULL);
	referral_viewer_init(&v, http_actor(req));
	if (referral_list_staff(db, &req->arena, &v, &f, pager_offset(page, REFERRAL_PER_PAGE), REFERRAL_PER_PAGE,
				&pg) != STORE_OK)
		return http_unavailable(req, NULL);

	struct tpl_dict *d = page_new(req, "Doorverwijzingen", "doorverwijzingen.tpl");
	struct tpl_dict *sv = tpl_section(d, "STAFF_VIEW");
	struct form form = FORM_INIT(sv);
	if (bad_field)
		form_error(&form, bad_field, bad_msg);

	/* Filters: the options keep what was chosen. */
	struct referral_partner *ps;
	int np = referral_partners(db, &req->arena, &ps);
	if (np < 0)
		return http_unavailable(req, NULL);
	option(sv, "PARTNER_OPT", "", "Alle organisaties", f.partner_id == 0);
	for (int i = 0; i < np; i++)
		option(sv, "PARTNER_OPT", arena_printf(&req->arena, "%lld", (long long)ps[i].id), ps[i].naam,
		       f.partner_id == ps[i].id);
	option(sv, "STATUS_OPT", "", "Alle", f.status < 0 && !f.open);
	option(sv, "STATUS_OPT", "open", "Wacht op antwoord (verstuurd of geaccepteerd)", f.open);
	for (int i = 0; i < RS__MAX; i++)
		option(sv, "STATUS_OPT", referral_status_ids[i], referral_status_labels[i], f.status == i);
	if (f.late)
		tpl_show(sv, "TE_LAAT_CHECKED");
	dossier_viewer_init(&dv, http_actor(req), ACT_REFERRAL_READ);
	struct dossier_area *w;
	int nw = dossier_wijken(db, &req->arena, &dv, &w);
	if (nw < 0)
		return http_unavailable(req, NULL);
	option(sv, "WIJK_OPT", "", "Alle wijken", f.wijk_id == 0);
	for (int i = 0; i < nw; i++)
		option(sv, "WIJK_OPT", w[i].code, w[i].naam, f.wijk_id == w[i].id);
	if (f.dossier_id && pg.n)
		tpl_set(tpl_section(sv, "DOSSIER_FILTER"), "REF", pg.rows[0].dossier_ref);
	else if (f.dossier_id)
		tpl_show(sv, "DOSSIER_FILTER");
	tpl_set(sv, "DOSSIER", f.dossier_id ? http_query(req, "dossier") : "");

	if (pg.n) {
		struct tpl_dict *tb = tpl_section(d, "ROWS");
		tpl_set(tb, "CAPTION", arena_printf(&req->arena, "%lld doorverwijzing%s", (long long)pg.total,
						    pg.total == 1 ? "" : "en"));
		tpl_show(tb, "STAFF_HEAD");
		for (int i = 0; i < pg.n; i++)
			fill_row(req, tpl_section(tb, "ROW"), &pg.rows[i], f.today, 1);
	} else {
		tpl_set(tpl_section(d, "NO_ROWS"), "TEXT", "Geen doorverwijzingen gevonden. Pas de filters aan of wis ze.");
	}
	struct buf base = BUF_INIT;
	buf_addstr(&base, "/doorverwijzingen?");
	pager_query(&base, "partner", http_query(req, "partner"));
	pager_query(&base, "status", f.open ? "open" : f.status >= 0 ? referral_status_ids[f.status] : NULL);
	pager_query(&base, "te_laat", f.late ? "1" : NULL);
	pager_query(&base, "wijk", f.wijk_id ? http_query(req, "wijk") : NULL);
	pager_query(&base, "dossier", f.dossier_id ? http_query(req, "dossier") : NULL);
	pager_render(d, base.buf, page, REFERRAL_PER_PAGE, pg.total);
	buf_release(&base);
	return page_send(req, 200);
}

int handle_doorverwijzingen(struct req *req)
{
	struct db *db = db_thread();

	if (!db)
		return http_unavailable(req, NULL);
	return doorverwijzing_is_partner(req) ? portal_list(req, db) : staff_list(req, db);
}

/* ---- the new-referral form ---- */

static void kb(struct req *req, struct tpl_dict *x, const char *key, int64_t bytes)
{
	tpl_set(x, key, bytes < 1024 * 1024
		? arena_printf(&req->arena, "%lld kB", (long long)((bytes + 1023) / 1024))
		: arena_printf(&req->arena, "%.1f MB", (double)bytes / (1024.0 * 1024.0)));
}

/* 1 when id is among the ticked bijlagen of the form. */
static int ticked(const struct doorverwijzing_input *in, int64_t id)
{
	for (int i = 0; i < in->n_bijlagen; i++)
		if (in->bijlagen[i] == id)
			return 1;
	return 0;
}

/* The form for dossier d, filled with in (NULL: empty). */
static int form_page(struct req *req, const struct dossier *d, const struct doorverwijzing_input *in,
		     const struct field_errors *errs, int status)
{
	struct db *db = db_thread();
	struct referral_partner *ps;
	struct referral_source_file *files;
	int np = referral_partners(db, &req->arena, &ps);
	int nf = referral_dossier_files(db, &req->arena, d->id, &files);

	if (np < 0 || nf < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Doorverwijzen: dossier %s", d->referentie),
				      "doorverwijzing_nieuw.tpl");
	/* Fields and their errors live in c itself: a section does not look up another section's errors. */
	struct tpl_dict *f = c;
	tpl_show(c, "FORM");
	tpl_set(f, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(c, "DID", d->id);
	tpl_set(c, "REF", d->referentie);
	tpl_set(c, "ONDERWERP", d->onderwerp_tekst);
	if (in) {
		tpl_set(f, "REDEN", in->reden);
		tpl_set(f, "VRAAG", in->vraag);
		tpl_set(f, "GEDEELDE_INFORMATIE", in->gedeelde_informatie);
	}
	/* Grouped by kind, so the case worker picks the wijkteam or the GGZ first and the name second. */
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
	if (!nf)
		tpl_show(f, "NO_FILES");
	if (nf) {
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
	if (errs && errs->n) {
		struct form form = FORM_INIT(c);
		/* In the order of the form, so the summary reads top to bottom. */
		static const char *const order[] = { "dossier", "partner", "reden", "vraag", "gedeelde_informatie", "bijlagen" };
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
			const char *msg = field_error_for(errs, order[i]);
			if (msg)
				form_error(&form, order[i], msg);
		}
	}
	if (d->status != DS_OPEN)
		tpl_show(c, "GESLOTEN");
	return page_send(req, status);
}

static int dossier_refused(struct req *req, int st)
{
	if (st == 404)
		return http_error(req, 404, "Dossier niet gevonden", "Dit dossier bestaat niet, of u heeft er geen toegang toe.");
	if (st == 403)
		return http_error(req, 403, "Geen toegang", "U mag vanuit dit dossier niet doorverwijzen.");
	return http_unavailable(req, NULL);
}

int handle_doorverwijzing_nieuw(struct req *req)
{
	const char *key = http_query(req, "dossier");
	struct dossier d;

	if (!key || !key[0]) {
		/* Which dossier? A referral always starts from one. */
		struct tpl_dict *c = page_new(req, "Doorverwijzen", "doorverwijzing_nieuw.tpl");
		tpl_show(c, "KIES_DOSSIER");
		return page_send(req, 200);
	}
	int st = dossier_load_for(req, key, ACT_REFERRAL_CREATE, &d);
	if (st)
		return dossier_refused(req, st);
	return form_page(req, &d, NULL, NULL, 200);
}

/* The form's fields into in; every "bijlagen" value (one per ticked box). */
static void input_from_form(struct req *req, struct doorverwijzing_input *in)
{
	memset(in, 0, sizeof(*in));
	in->partner = http_form(req, "partner");
	in->reden = http_form(req, "reden");
	in->vraag = http_form(req, "vraag");
	in->gedeelde_informatie = http_form(req, "gedeelde_informatie");
	for (struct kv *kv = req->form; kv; kv = kv->next) {
		if (strcmp(kv->key, "bijlagen"))
			continue;
		int64_t id = parse_id(kv->value.buf);
		if (!id || in->n_bijlagen >= DOORVERWIJZING_BIJLAGEN_MAX)
			in->bad_bijlagen = 1;
		else
			in->bijlagen[in->n_bijlagen++] = id;
	}
}

int handle_doorverwijzing_create(struct req *req)
{
	struct doorverwijzing_input in;
	struct field_errors errs = { 0 };
	struct dossier d;
	int64_t id = 0;
	const char *key = http_form(req, "dossier");

	if (!key || !key[0])
		return dossier_refused(req, 404);
	int st = dossier_load_for(req, key, ACT_REFERRAL_CREATE, &d);
	if (st)
		return dossier_refused(req, st);
	input_from_form(req, &in);
	st = doorverwijzing_create(req, &d, &in, &errs, &id);
	if (st == 422)
		return form_page(req, &d, &in, &errs, 422);
	if (st != 201)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/doorverwijzingen/%lld?klaar=verstuurd", (long long)id));
}
