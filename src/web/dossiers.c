/*
 * dossiers.c - the list of dossiers (GET /dossiers, with the block of new
 * meldingen at the user's own dossiers), and opening one (GET
 * /dossiers/nieuw, POST /dossiers: the form, and app/dossiers.h's
 * dossier_create() behind it). The list's scope is in the SQL
 * (store/dossier.h): a dossier the matrix hides never reaches this file.
 * Also the reading of the list filters the API shares
 * (dossier_filter_from_input()), and the field specs of these routes.
 */
#include "auth/csrf.h"
#include "db/db.h"
#include "web/dossiers.h"
#include "app/meldingen.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/pager.h"
#include "render/tpl.h"
#include "render/when.h"
#include "lib/parse.h"

#include <stddef.h>
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

const char *const dossier_status_keuzes[DS__MAX + 2] = { "open", "gesloten", "alle", NULL };
static const char *const bereik_keuzes[] = { "wijken", NULL };

/*
 * The dashboard's figures as list filters (store/dossier.h): each a day,
 * kept in the filter block so the user sees what the list holds.
 */
static const struct {
	const char *name, *label;
	size_t field;
} day_filters[] = {
	{ "geopend_van", "Geopend vanaf", offsetof(struct dossier_filter, geopend_van) },
	{ "geopend_tot", "Geopend tot en met", offsetof(struct dossier_filter, geopend_tot) },
	{ "open_op", "Open op", offsetof(struct dossier_filter, open_op) },
	{ "gesloten_van", "Gesloten vanaf", offsetof(struct dossier_filter, gesloten_van) },
	{ "gesloten_tot", "Gesloten tot en met", offsetof(struct dossier_filter, gesloten_tot) },
	{ "vervuild_van", "Vervuild vanaf", offsetof(struct dossier_filter, vervuild_van) },
	{ "vervuild_tot", "Vervuild tot en met", offsetof(struct dossier_filter, vervuild_tot) },
	{ "doorverwezen_van", "Doorverwezen vanaf", offsetof(struct dossier_filter, doorverwezen_van) },
	{ "doorverwezen_tot", "Doorverwezen tot en met", offsetof(struct dossier_filter, doorverwezen_tot) },
};
#define DAY_FIELD(n) { .name = (n), .from = IN_QUERY, .type = FT_DATE, .message = "Geef een datum als JJJJ-MM-DD." }

const struct field_spec dossier_list_fields[] = {
	DOSSIER_FILTERS,
	DAY_FIELD("geopend_van"), DAY_FIELD("geopend_tot"), DAY_FIELD("open_op"),
	DAY_FIELD("gesloten_van"), DAY_FIELD("gesloten_tot"), DAY_FIELD("vervuild_van"),
	DAY_FIELD("vervuild_tot"), DAY_FIELD("doorverwezen_van"), DAY_FIELD("doorverwezen_tot"),
	{ .name = "uitkomst", .from = IN_QUERY, .type = FT_ENUM, .max = UITKOMST__MAX, .choices = dossier_uitkomst_ids,
	  .message = "Kies een uitkomst uit de lijst." },
	{ .name = "bereik", .from = IN_QUERY, .type = FT_ENUM, .max = 1, .choices = bereik_keuzes,
	  .message = "Kies wijken of niets." },
	{ .name = "pagina", .from = IN_QUERY, .type = FT_PAGE },   /* read by pager_page() */
	FIELDS_END
};

/* A closed-set filter as the stage typed it, or -1 when absent or not one of the set. */
static int choice(struct req *req, const char *key)
{
	int64_t v;
	return input_value(req, key, &v) ? (int)v : -1;
}

void dossier_filter_from_input(struct req *req, struct db *db, struct dossier_filter *f, struct field_errors *errs)
{
	const char *q, *s;

	f->status = choice(req, "status");
	if (f->status == DS__MAX)   /* "alle" */
		f->status = -1;
	f->pijler = choice(req, "pijler");
	f->ave = choice(req, "ave");
	int flag = choice(req, "kenmerk");
	f->flag = flag < 0 ? DFLAG_ANY : (enum dossier_flag)flag;
	s = input_text(req, "wijk");
	if (s && s[0] && !(f->wijk_id = dossier_wijk_id(db, s)))
		field_error_add(errs, "wijk", "Onbekende wijk: geef de code (WK...) of het id.");
	s = input_text(req, "eigenaar");
	if (s && !strcmp(s, "mij"))
		f->owner_id = f->viewer.user_id;
	else if (s && s[0] && !(f->owner_id = parse_id(s)))
		field_error_add(errs, "eigenaar", "Geef het id van een medewerker, of mij.");
	const char *why = dossier_text(&req->arena, input_text(req, "q"), DOSSIER_Q_MAX, 0, "De zoektekst", &q);
	if (why)
		field_error_add(errs, "q", why);
	f->q = why ? NULL : q;
}

/*
 * The filters into f; 1 when any narrows the list (the filter block stays
 * open). An unknown wijk or owner narrows nothing here, as ever; a search
 * text that cannot be searched is said beside its field.
 */
static int read_filters(struct req *req, struct db *db, struct form *form, struct dossier_filter *f)
{
	struct field_errors errs = { 0 };
	const char *why;

	dossier_filter_from_input(req, db, f, &errs);
	if ((why = field_error_for(&errs, "q")))
		form_error(form, "q", why);
	/* Open work first: without a status the list shows the open dossiers ("alle" shows every one). */
	const char *status = input_text(req, "status");
	if (!status || !status[0])
		f->status = DS_OPEN;
	int narrowed = f->status == DS_GESLOTEN || f->pijler >= 0 || f->ave >= 0 || f->flag != DFLAG_ANY ||
		       f->wijk_id || f->owner_id;
	for (size_t i = 0; i < sizeof(day_filters) / sizeof(day_filters[0]); i++) {
		int64_t day;
		if (input_value(req, day_filters[i].name, &day)) {
			*(int32_t *)((char *)f + day_filters[i].field) = (int32_t)day;
			narrowed = 1;
		}
	}
	f->uitkomst = choice(req, "uitkomst");
	f->bereik_wijken = choice(req, "bereik") == 0;
	/* A day that cannot be read is said beside it (other choices the stage cannot read narrow nothing, as ever). */
	const struct field_errors *bad = input_errors(req);
	for (size_t i = 0; i < sizeof(day_filters) / sizeof(day_filters[0]); i++)
		if ((why = field_error_for(bad, day_filters[i].name))) {
			form_error(form, day_filters[i].name, why);
			narrowed = 1;   /* the block stays open on the message */
		}
	return narrowed || f->uitkomst >= 0 || f->bereik_wijken;
}

/* The day filters as typed (a day that cannot be read stays, with its message beside it). */
static void show_day_filters(struct req *req, struct tpl_dict *d)
{
	const struct field_errors *bad = input_errors(req);

	for (size_t i = 0; i < sizeof(day_filters) / sizeof(day_filters[0]); i++) {
		struct tpl_dict *x = tpl_section(d, "DAY_FILTER");
		const char *why = field_error_for(bad, day_filters[i].name);
		tpl_set(x, "NAME", day_filters[i].name);
		tpl_set(x, "LABEL", day_filters[i].label);
		tpl_set(x, "VALUE", input_text(req, day_filters[i].name));
		if (why)
			tpl_set(tpl_section(x, "ERR"), "MSG", why);
	}
}

/* The choices of the filter block, the current ones selected. */
static void show_filters(struct req *req, struct db *db, struct tpl_dict *d, const struct dossier_filter *f)
{
	static const char *const flag_labels[DFLAG__MAX] = { "", "Vervuilde woning", "Gevoelig" };
	const char *eigenaar = input_text(req, "eigenaar");
	int mij = eigenaar && !strcmp(eigenaar, "mij");

	options(d, "STATUS_OPT", dossier_status_ids, dossier_status_labels, DS__MAX, f->status);
	options(d, "PIJLER_OPT", pijler_ids, pijler_labels, PIJLER__MAX, f->pijler);
	options(d, "AVE_OPT", ave_niveau_ids, ave_niveau_labels, AVE__MAX, f->ave);
	options(d, "KENMERK_OPT", dossier_flag_ids + 1, flag_labels + 1, DFLAG__MAX - 1, (int)f->flag - 1);
	if (f->status < 0)
		tpl_show(d, "STATUS_ALLE");
	options(d, "UITKOMST_OPT", dossier_uitkomst_ids, dossier_uitkomst_labels, UITKOMST__MAX, f->uitkomst);
	show_day_filters(req, d);
	/* Only who sees dossiers as a team member beyond their wijken has a choice to make. */
	const struct dossier_viewer *v = &f->viewer;
	if (f->bereik_wijken || (v->team && !(v->all && v->all_sensitive))) {
		struct tpl_dict *b = tpl_section(d, "BEREIK");
		if (f->bereik_wijken)
			tpl_show(b, "CHECKED");
	}

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
	static const char *const keys[] = {
		"status", "pijler", "wijk", "ave", "eigenaar", "kenmerk", "geopend_van", "geopend_tot", "open_op",
		"gesloten_van", "gesloten_tot", "uitkomst", "vervuild_van", "vervuild_tot", "doorverwezen_van",
		"doorverwezen_tot", "bereik",
	};
	struct tpl_dict *table = pg->n ? tpl_section(d, "TABLE") : NULL;
	struct buf base = BUF_INIT;

	for (int i = 0; i < pg->n; i++)
		show_row(req, table, &pg->rows[i]);
	if (pg->total)
		tpl_set(tpl_section(d, "LIJST_TOTAAL"), "TOTAAL", pg->total == 1 ? "1 dossier"
			: arena_printf(&req->arena, "%lld dossiers", (long long)pg->total));
	if (!pg->n) {
		struct tpl_dict *e = tpl_section(d, "EMPTY");
		if (filtered)
			tpl_show(e, "FILTERED");
	}
	buf_addstr(&base, "/dossiers?");
	pager_query(&base, "q", f->q);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		pager_query(&base, keys[i], input_text(req, keys[i]));
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

/* From a melding page: "open a dossier with this melding", its address and complex filled in. */
const struct field_spec dossier_new_fields[] = {
	{ .name = "melding", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "postcode", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "huisnummer", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "toevoeging", .from = IN_QUERY, .type = FT_TEXT },
	{ .name = "complex", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

/*
 * What a person types is text, checked by dossier_create() (the API's
 * too); the pijler is one of the radio buttons, the complex a code from
 * the list or the melding page's link, gevoelig the checkbox.
 */
const struct field_spec dossier_create_fields[] = {
	{ .name = "onderwerp", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "pijler", .from = IN_FORM, .type = FT_ENUM, .max = PIJLER__MAX, .choices = pijler_ids,
	  .message = "Kies een van de vier pijlers." },
	{ .name = "postcode", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "huisnummer", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "toevoeging", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "complex", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "gevoelig", .from = IN_FORM, .type = FT_BOOL },
	{ .name = "meldingen", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The pijler choices, the one posted (or else `given`, -1: none) checked. */
static void show_pijlers(struct req *req, struct tpl_dict *d, int keep, int given)
{
	int64_t pij = given;

	if (keep)
		input_value(req, "pijler", &pij);
	for (int i = 0; i < PIJLER__MAX; i++) {
		struct tpl_dict *o = tpl_section(d, "PIJLER_OPT");
		tpl_setf(o, "ID", "pijler-%s", pijler_ids[i]);
		tpl_set(o, "VALUE", pijler_ids[i]);
		tpl_set(o, "LABEL", pijler_labels[i]);
		if (i == pij)
			tpl_show(o, "CHECKED");
	}
}

/* The complexen where the session may open a dossier, the one asked for (code, else id) selected. */
static void show_complexen(struct req *req, struct tpl_dict *d, int64_t complex_id)
{
	struct db *db = db_thread();
	struct dossier_viewer v;
	struct dossier_area *cs;
	const char *cx = input_text(req, "complex");

	dossier_viewer_init(&v, http_actor(req), ACT_DOSSIER_WRITE);
	int n = db ? dossier_complexen(db, &req->arena, &v, &cs) : 0;
	if (n > 0)
		tpl_show(d, "HAS_COMPLEX");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, "COMPLEX_OPT");
		tpl_set(o, "VALUE", cs[i].code);
		tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s, wijk %s)", cs[i].naam, cs[i].code, cs[i].wijk_naam));
		if ((cx && *cx) ? !strcmp(cx, cs[i].code) : complex_id == cs[i].id)
			tpl_show(o, "SELECTED");
	}
}

/*
 * Opened from a melding's page (?melding=REF): what the case worker would
 * otherwise type again - the address, the complex and the pijler of its
 * category - if they may see that melding. Values in the
 * query win. 0, or -1 when there is nothing to take over.
 */
static int from_melding(struct req *req, struct melding *m)
{
	const char *ref = input_text(req, "melding");

	if (!ref || !*ref)
		return -1;
	return melding_load_for(db_thread(), &req->arena, http_actor(req), ref, ACT_MELDING_READ, m) == APP_OK ? 0 : -1;
}

static const char *or_query(struct req *req, const char *key, const char *fallback)
{
	const char *v = input_text(req, key);
	return v && *v ? v : fallback;
}

/* The form: empty or prefilled from a melding page, or (keep) as posted. */
static struct tpl_dict *new_form(struct req *req, int keep)
{
	struct tpl_dict *d = page_new(req, "Nieuw dossier", "dossier_nieuw.tpl");
	struct melding m;
	int have = !keep && from_melding(req, &m) == 0;

	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	show_pijlers(req, d, keep, have ? (int)m.pijler : -1);
	show_complexen(req, d, have ? m.complex_id : 0);
	tpl_set(d, "POSTCODE", have ? or_query(req, "postcode", m.postcode) : input_text(req, "postcode"));
	tpl_set(d, "HUISNUMMER", have && m.huisnummer > 0 ?
		or_query(req, "huisnummer", arena_printf(&req->arena, "%d", m.huisnummer)) : input_text(req, "huisnummer"));
	tpl_set(d, "TOEVOEGING", have ? or_query(req, "toevoeging", m.toevoeging) : input_text(req, "toevoeging"));
	if (keep) {
		tpl_set(d, "ONDERWERP", input_text(req, "onderwerp"));
		tpl_set(d, "MELDINGEN", input_text(req, "meldingen"));
		if (input_num(req, "gevoelig") == 1)
			tpl_show(d, "GEVOELIG_CHECKED");
	} else {
		tpl_set(d, "MELDINGEN", input_text(req, "melding"));
	}
	return d;
}

int handle_dossier_new(struct req *req)
{
	new_form(req, 0);
	return page_send(req, 200);
}

/* The form again, each message beside its field in the form's order: the use case's, else the stage's. */
static int show_invalid(struct req *req, const struct field_errors *errs)
{
	static const char *const order[] = {
		"postcode", "huisnummer", "toevoeging", "complex", "onderwerp", "pijler", "meldingen",
	};
	struct tpl_dict *d = new_form(req, 1);
	struct form f = FORM_INIT(d);

	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *m = field_error_for(errs, order[i]);
		if (!m)
			m = field_error_for(input_errors(req), order[i]);
		if (m)
			form_error(&f, order[i], m);
	}
	return page_send(req, 422);
}

void dossier_create_texts(struct req *req, struct dossier_create_input *in)
{
	/* As sent: dossier_create() checks each. */
	in->onderwerp = input_text(req, "onderwerp");
	in->pijler = input_text(req, "pijler");
	in->postcode = input_text(req, "postcode");
	in->toevoeging = input_text(req, "toevoeging");
	in->complex = input_text(req, "complex");
}

int handle_dossier_create(struct req *req)
{
	struct dossier_create_input in = { 0 };
	struct field_errors errs;
	int64_t id = 0;
	char ref[DOSSIER_REF_LEN];

	dossier_create_texts(req, &in);
	in.huisnummer = input_text(req, "huisnummer");
	in.gevoelig = input_num(req, "gevoelig") == 1;
	dossier_create_refs(&req->arena, input_text(req, "meldingen"), &in);

	enum app_result r = dossier_create(db_thread(), &req->arena, http_actor(req), &in, &errs, &id, ref);
	if (r == APP_UNAVAILABLE)
		return http_unavailable(req, "Het dossier is niet aangemaakt: de database antwoordt niet. Probeer het over een minuut opnieuw.");
	if (r == APP_INVALID)
		return show_invalid(req, &errs);
	return http_redirect(req, arena_printf(&req->arena, "/dossiers/%lld?klaar=geopend", (long long)id));
}
