/*
 * dossiers.c - the list of dossiers (GET /dossiers, with the block of new
 * meldingen at the user's own dossiers), and opening one (GET
 * /dossiers/nieuw, POST /dossiers: the form, and app/dossiers.h's
 * dossier_create() behind it). The list's scope is in the SQL
 * (store/dossier.h): a dossier the matrix hides never reaches this file.
 */
#include "auth/csrf.h"
#include "db/db.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "lib/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *dossier_ave_class(enum ave_niveau n)
{
	static const char *const cls[AVE__MAX] = { "badge-ok", "badge-today", "badge-late", "badge-donkerrood" };
	return (unsigned)n < AVE__MAX ? cls[n] : "badge-neutral";
}

static void options(struct tpl_dict *d, const char *section, const char *const *ids, const char *const *labels,
		    int n, int selected)
{
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, section);
		tpl_set(o, "VALUE", ids[i]);
		tpl_set(o, "LABEL", labels[i]);
		if (i == selected)
			tpl_show(o, "SELECTED");
	}
}

/* ---- GET /dossiers ---- */

static void new_meldingen_block(struct req *req, struct db *db, struct tpl_dict *d, const struct dossier_viewer *v)
{
	struct dossier_new_melding *x;
	int n = dossier_new_meldingen_for_user(db, &req->arena, v, 20, &x);
	struct tpl_dict *block = NULL;
	char when[WHEN_LEN];

	for (int i = 0; i < n; i++) {
		if (!block)
			block = tpl_section(d, "NEW_MELDINGEN");
		struct tpl_dict *it = tpl_section(block, "NEW_ITEM");
		tpl_set_int(it, "DOSSIER_ID", x[i].dossier_id);
		tpl_set(it, "DOSSIER_REF", x[i].dossier_ref);
		tpl_set_int(it, "MELDING_ID", x[i].melding_id);
		tpl_set(it, "MELDING_REF", x[i].melding_ref);
		tpl_set(it, "CATEGORIE", x[i].categorie_naam);
		when_date(x[i].ontvangen_op, when);
		tpl_set(it, "ONTVANGEN", when);
		tpl_set(it, "ONDERWERP", x[i].onderwerp_tekst);
	}
}

/* The filters of the query string into f; 1 when any narrows the list (the filter block stays open). */
static int read_filters(struct req *req, struct db *db, struct form *form, struct dossier_filter *f)
{
	const char *q, *s;
	const char *err = dossier_text(&req->arena, http_query(req, "q"), DOSSIER_Q_MAX, 0, "De zoektekst", &q);

	if (err)
		form_error(form, "q", err);
	f->q = err ? NULL : q;
	s = http_query(req, "status");
	f->status = s && s[0] ? dossier_status_parse(s) : -1;
	s = http_query(req, "pijler");
	f->pijler = s && s[0] ? pijler_parse(s) : -1;
	s = http_query(req, "ave");
	f->ave = s && s[0] ? ave_niveau_parse(s) : -1;
	s = http_query(req, "kenmerk");
	int flag = dossier_flag_parse(s ? s : "");
	f->flag = flag < 0 ? DFLAG_ANY : (enum dossier_flag)flag;
	s = http_query(req, "wijk");
	f->wijk_id = s && s[0] ? dossier_wijk_id(db, s) : 0;
	s = http_query(req, "eigenaar");
	if (s && !strcmp(s, "mij"))
		f->owner_id = f->viewer.user_id;
	else if (s && s[0])
		f->owner_id = parse_id(s);
	return f->status >= 0 || f->pijler >= 0 || f->ave >= 0 || f->flag != DFLAG_ANY || f->wijk_id || f->owner_id;
}

/* The choices of the filter block, the current ones selected. */
static void show_filters(struct req *req, struct db *db, struct tpl_dict *d, const struct dossier_filter *f)
{
	static const char *const flag_labels[DFLAG__MAX] = { "", "Vervuilde woning", "Gevoelig" };
	const char *eigenaar = http_query(req, "eigenaar");
	int mij = eigenaar && !strcmp(eigenaar, "mij");

	options(d, "STATUS_OPT", dossier_status_ids, dossier_status_labels, DS__MAX, f->status);
	options(d, "PIJLER_OPT", pijler_ids, pijler_labels, PIJLER__MAX, f->pijler);
	options(d, "AVE_OPT", ave_niveau_ids, ave_niveau_labels, AVE__MAX, f->ave);
	options(d, "KENMERK_OPT", dossier_flag_ids + 1, flag_labels + 1, DFLAG__MAX - 1, (int)f->flag - 1);

	struct dossier_area *wijken;
	int nw = dossier_wijken(db, &req->arena, &f->viewer, &wijken);
	for (int i = 0; i < nw; i++) {
		struct tpl_dict *o = tpl_section(d, "WIJK_OPT");
		tpl_set(o, "VALUE", wijken[i].code);
		tpl_set(o, "LABEL", wijken[i].naam);
		if (wijken[i].id == f->wijk_id)
			tpl_show(o, "SELECTED");
	}
	struct dossier_user *owners;
	int no = dossier_owners(db, &req->arena, &f->viewer, &owners);
	struct tpl_dict *o = tpl_section(d, "EIGENAAR_OPT");
	tpl_set(o, "VALUE", "mij");
	tpl_set(o, "LABEL", "Mijn dossiers");
	if (mij)
		tpl_show(o, "SELECTED");
	for (int i = 0; i < no; i++) {
		o = tpl_section(d, "EIGENAAR_OPT");
		tpl_set_int(o, "VALUE", owners[i].id);
		tpl_set(o, "LABEL", owners[i].naam);
		if (owners[i].id == f->owner_id && !mij)
			tpl_show(o, "SELECTED");
	}
}

static void show_row(struct req *req, struct tpl_dict *table, const struct dossier_row *r)
{
	struct tpl_dict *row = tpl_section(table, "ROW");
	char when[WHEN_LEN];

	tpl_set_int(row, "ID", r->id);
	tpl_set(row, "REF", r->referentie);
	tpl_set(row, "ONDERWERP", r->onderwerp_tekst);
	if (r->huishouden[0])
		tpl_set(tpl_section(row, "HUISHOUDEN"), "HUISHOUDEN", r->huishouden);
	tpl_set(row, "MELDINGEN", r->meldingen == 1 ? "1 melding"
		: arena_printf(&req->arena, "%d meldingen", r->meldingen));
	tpl_set(row, "WIJK", r->wijk_naam);
	tpl_set(row, "PIJLER", pijler_labels[r->pijler]);
	tpl_set(row, "AVE", ave_niveau_labels[r->ave]);
	tpl_set(row, "AVE_CLASS", dossier_ave_class(r->ave));
	tpl_set(row, "REGIE", ave_regie_labels[r->regie]);
	tpl_set(row, "EIGENAAR", r->owner_naam);
	if (r->gevoelig)
		tpl_show(row, "GEVOELIG");
	if (r->vervuild)
		tpl_show(row, "VERVUILD");
	if (r->status == DS_OPEN) {
		struct tpl_dict *o = tpl_section(row, "OPEN");
		when_date(r->geopend_op, when);
		tpl_set(o, "GEOPEND", when);
	} else {
		struct tpl_dict *g = tpl_section(row, "GESLOTEN");
		when_date(r->gesloten_op, when);
		tpl_set(g, "GESLOTEN_OP", when);
		tpl_set(g, "UITKOMST", r->uitkomst >= 0 ? dossier_uitkomst_labels[r->uitkomst] : "");
	}
}

/* The page of rows, or the empty block; then the pager, keeping the filters in its links. */
static void show_list(struct req *req, struct tpl_dict *d, const struct dossier_filter *f,
		      const struct dossier_page *pg, int page, int filtered)
{
	static const char *const keys[] = { "status", "pijler", "wijk", "ave", "eigenaar", "kenmerk" };
	struct tpl_dict *table = pg->n ? tpl_section(d, "TABLE") : NULL;
	struct buf base = BUF_INIT;

	for (int i = 0; i < pg->n; i++)
		show_row(req, table, &pg->rows[i]);
	if (!pg->n) {
		struct tpl_dict *e = tpl_section(d, "EMPTY");
		if (filtered)
			tpl_show(e, "FILTERED");
	}
	buf_addstr(&base, "/dossiers?");
	pager_query(&base, "q", f->q);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		pager_query(&base, keys[i], http_query(req, keys[i]));
	pager_render(d, base.buf, page, DOSSIER_PER_PAGE, pg->total);
	buf_release(&base);
}

int handle_dossiers(struct req *req)
{
	struct db *db = db_thread();
	struct dossier_filter f;
	struct dossier_page pg;
	int page = pager_page(req);

	if (!db)
		return http_unavailable(req, NULL);
	dossier_filter_clear(&f);
	dossier_viewer_init(&f.viewer, http_actor(req), ACT_DOSSIER_READ);

	struct tpl_dict *d = page_new(req, "Dossiers", "dossiers.tpl");
	struct form form = FORM_INIT(d);
	int narrowed = read_filters(req, db, &form, &f);
	tpl_set(d, "Q", f.q);
	if (narrowed)
		tpl_show(d, "MORE_OPEN");
	show_filters(req, db, d, &f);
	if (policy_route(http_actor(req)->role, ACT_DOSSIER_WRITE) == VERDICT_ALLOW)
		tpl_show(d, "CAN_CREATE");
	new_meldingen_block(req, db, d, &f.viewer);
	if (dossier_list(db, &req->arena, &f, page, &pg) != STORE_OK)
		return http_unavailable(req, NULL);
	show_list(req, d, &f, &pg, page, narrowed || (f.q && f.q[0]));
	return page_send(req, form.errors ? 422 : 200);
}

/* ---- GET /dossiers/nieuw, POST /dossiers ---- */

static struct tpl_dict *new_form(struct req *req, int keep)
{
	struct db *db = db_thread();
	struct tpl_dict *d = page_new(req, "Nieuw dossier", "dossier_nieuw.tpl");
	struct dossier_viewer v;
	const char *pij = keep ? http_form(req, "pijler") : NULL;
	const char *cx = keep ? http_form(req, "complex") : http_query(req, "complex");

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	for (int i = 0; i < PIJLER__MAX; i++) {
		struct tpl_dict *o = tpl_section(d, "PIJLER_OPT");
		tpl_setf(o, "ID", "pijler-%s", pijler_ids[i]);
		tpl_set(o, "VALUE", pijler_ids[i]);
		tpl_set(o, "LABEL", pijler_labels[i]);
		if (pij && !strcmp(pij, pijler_ids[i]))
			tpl_show(o, "CHECKED");
	}
	dossier_viewer_init(&v, http_actor(req), ACT_DOSSIER_WRITE);
	struct dossier_area *cs;
	int n = db ? dossier_complexen(db, &req->arena, &v, &cs) : 0;
	if (n > 0)
		tpl_show(d, "HAS_COMPLEX");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, "COMPLEX_OPT");
		tpl_set(o, "VALUE", cs[i].code);
		tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s, wijk %s)", cs[i].naam, cs[i].code, cs[i].wijk_naam));
		if (cx && !strcmp(cx, cs[i].code))
			tpl_show(o, "SELECTED");
	}
	if (keep) {
		tpl_set(d, "ONDERWERP", http_form(req, "onderwerp"));
		tpl_set(d, "POSTCODE", http_form(req, "postcode"));
		tpl_set(d, "HUISNUMMER", http_form(req, "huisnummer"));
		tpl_set(d, "TOEVOEGING", http_form(req, "toevoeging"));
		tpl_set(d, "MELDINGEN", http_form(req, "meldingen"));
		if (dossier_bool(http_form(req, "gevoelig")) == 1)
			tpl_show(d, "GEVOELIG_CHECKED");
	} else {
		/* From a melding page: "open a dossier with this melding". */
		tpl_set(d, "MELDINGEN", http_query(req, "melding"));
		tpl_set(d, "POSTCODE", http_query(req, "postcode"));
		tpl_set(d, "HUISNUMMER", http_query(req, "huisnummer"));
		tpl_set(d, "TOEVOEGING", http_query(req, "toevoeging"));
	}
	return d;
}

int handle_dossier_new(struct req *req)
{
	new_form(req, 0);
	return page_send(req, 200);
}

int handle_dossier_create(struct req *req)
{
	struct dossier_create_input in = { 0 };
	struct field_errors errs;
	int64_t id = 0;
	char ref[DOSSIER_REF_LEN];

	in.onderwerp = http_form(req, "onderwerp");
	in.pijler = http_form(req, "pijler");
	in.postcode = http_form(req, "postcode");
	in.huisnummer = http_form(req, "huisnummer");
	in.toevoeging = http_form(req, "toevoeging");
	in.complex = http_form(req, "complex");
	in.gevoelig = dossier_bool(http_form(req, "gevoelig")) == 1;
	dossier_create_refs(&req->arena, http_form(req, "meldingen"), &in);

	enum app_result r = dossier_create(db_thread(), &req->arena, http_actor(req), &in, &errs, &id, ref);
	if (r == APP_UNAVAILABLE)
		return http_unavailable(req, "Het dossier is niet aangemaakt: de database antwoordt niet. Probeer het over een minuut opnieuw.");
	if (r == APP_INVALID) {
		struct tpl_dict *d = new_form(req, 1);
		struct form f = FORM_INIT(d);
		static const char *const order[] = {
			"postcode", "huisnummer", "toevoeging", "complex", "onderwerp", "pijler", "meldingen",
		};
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
			const char *m = field_error_for(&errs, order[i]);
			if (m)
				form_error(&f, order[i], m);
		}
		return page_send(req, 422);
	}
	return http_redirect(req, arena_printf(&req->arena, "/dossiers/%lld?klaar=geopend", (long long)id));
}
