/*
 * melding_context.c - the context part of the staff melding page and the
 * duplicate mark (see melding_context.h). The lists hold only what the
 * viewer may open (app/melding_context.c); the mark's form appears for
 * whom may handle the melding.
 */
#include "web/melding_context.h"
#include "app/melding_context.h"
#include "app/meldingen.h"
#include "db/db.h"
#include "domain/fields.h"
#include "http/http.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/melding.h"
#include "web/meldingen.h"

static void show_list(struct req *req, struct tpl_dict *d, const char *titel, const char *kop_id, const char *leeg,
		      const struct melding_context_list *l, int met_adres)
{
	struct tpl_dict *s = tpl_section(d, "LIST");

	tpl_set(s, "TITEL", titel);
	tpl_set(s, "KOP_ID", kop_id);
	if (!l->n) {
		tpl_set(tpl_section(s, "LEEG"), "LEEG_TEKST", leeg);
		return;
	}
	struct tpl_dict *rows = tpl_section(s, "ROWS");
	if (met_adres)
		tpl_show(rows, "MET_ADRES");
	for (int i = 0; i < l->n; i++) {
		const struct melding_context_row *r = &l->rows[i];
		struct tpl_dict *row = tpl_section(rows, "ROW");
		tpl_set_int(row, "ID", r->id);
		tpl_set(row, "REF", r->referentie);
		tpl_set(row, "ONTVANGEN", when_str(&req->arena, DAY_SHORT, r->ontvangen_dag));
		tpl_set(row, "ONTVANGEN_ISO", when_str(&req->arena, WHEN_ISO, r->ontvangen_op));
		tpl_set(row, "CATEGORIE", r->categorie_naam);
		tpl_set(row, "STATUS", melding_status_labels[r->status]);
		if (met_adres) {
			tpl_show(row, "MET_ADRES");
			tpl_set(row, "ADRES", r->adres_tekst[0] ? r->adres_tekst : "–");
		}
		if (r->duplicaat_van)
			tpl_show(row, "DUPLICAAT");
		if (r->anoniem)
			tpl_show(row, "ANON");
	}
	if (l->meer)
		tpl_set_int(tpl_section(rows, "MEER"), "N", l->n);
}

static void show_duplicates(struct tpl_dict *d, const struct melding_samenhang *c, int can_handle)
{
	if (c->hoofd_id) {
		struct tpl_dict *h = tpl_section(d, "HOOFD");
		tpl_set(h, "REF", c->hoofd_ref);
		tpl_set_int(h, "ID", c->hoofd_id);
		tpl_show(h, c->hoofd_zichtbaar ? "LINK" : "NO_LINK");
		if (can_handle)
			tpl_show(h, "CAN_UNDO");
	}
	if (c->duplicaten.n) {
		struct tpl_dict *s = tpl_section(d, "DUPLICATEN");
		for (int i = 0; i < c->duplicaten.n; i++) {
			struct tpl_dict *r = tpl_section(s, "DUP");
			tpl_set_int(r, "ID", c->duplicaten.rows[i].id);
			tpl_set(r, "REF", c->duplicaten.rows[i].referentie);
			tpl_set(r, "STATUS", melding_status_labels[c->duplicaten.rows[i].status]);
		}
	}
}

void melding_context_partial(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m,
			     const struct field_errors *errs)
{
	const struct actor *who = http_actor(req);
	struct melding_samenhang c;
	struct scope sc;
	int can_handle;

	tpl_set_int(d, "MELDING_ID", m->id);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	if (melding_context_for(db, &req->arena, who, m, &c) != APP_OK) {
		tpl_set(tpl_section(tpl_section(d, "LIST"), "LEEG"), "LEEG_TEKST",
			"De samenhang met andere meldingen kon nu niet worden opgehaald. Laad de pagina later opnieuw.");
		return;
	}
	melding_scope(who, m, &sc);
	can_handle = policy_check(who, ACT_MELDING_HANDLE, &sc) == VERDICT_ALLOW;
	show_duplicates(d, &c, can_handle);
	show_list(req, d, "Op hetzelfde adres, laatste 12 weken", "context-adres",
		  m->postcode[0] || m->address_id ? "Geen andere meldingen op dit adres die u mag zien."
						 : "Deze melding heeft geen adres.", &c.adres, 0);
	show_list(req, d, "In dezelfde postcode, laatste 12 weken", "context-postcode",
		  m->postcode[0] ? "Geen andere meldingen in deze postcode die u mag zien." : "Deze melding heeft geen postcode.",
		  &c.postcode, 1);
	if (m->anoniem) {
		struct tpl_dict *s = tpl_section(d, "LIST");
		tpl_set(s, "TITEL", "Andere meldingen van deze melder");
		tpl_set(s, "KOP_ID", "context-melder");
		tpl_show(s, "ANONIEM");
	} else {
		show_list(req, d, "Andere meldingen van deze melder", "context-melder",
			  "Geen andere meldingen van deze melder die u mag zien.", &c.melder, 1);
	}
	if (!can_handle || m->duplicaat_van || m->status == MS_AFGESLOTEN)
		return;
	struct tpl_dict *mark = tpl_section(d, "MARK");
	const char *msg = errs ? field_error_for(errs, "hoofdmelding") : NULL;
	if (msg) {
		tpl_set(mark, "HOOFDMELDING", input_text(req, "hoofdmelding"));
		tpl_set(tpl_section(mark, "HOOFDMELDING_ERROR"), "MSG", msg);
		tpl_show(mark, "OPEN");
	}
}

/* ---- POST /meldingen/{id}/duplicaat, /meldingen/{id}/duplicaat/opheffen ---- */

const struct field_spec melding_duplicaat_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "hoofdmelding", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The refusal on a page of its own: the part with the form open, the input kept and the message beside it. */
static int refused(struct req *req, struct db *db, const struct melding *m, const struct field_errors *errs)
{
	struct tpl_dict *d = page_new(req, m->referentie, "melding_duplicaat.tpl");

	tpl_set_int(d, "ID", m->id);
	tpl_set(d, "REFERENTIE", m->referentie);
	tpl_set(tpl_section(d, "ERROR_ITEM"), "MSG", field_error_for(errs, "hoofdmelding"));
	melding_context_partial(req, db, tpl_include(d, "CONTEXT", "melding_context.tpl"), m, errs);
	return page_send(req, 422);
}

int handle_melding_duplicaat(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	struct field_errors errs = { 0 };
	enum app_result r = melding_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
					     ACT_MELDING_HANDLE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	r = melding_duplicaat_mark(db, &req->arena, http_actor(req), &m, input_text(req, "hoofdmelding"), &errs);
	if (r == APP_INVALID)
		return refused(req, db, &m, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld#duplicaat", (long long)m.id));
}

int handle_melding_duplicaat_opheffen(struct req *req)
{
	struct db *db = db_thread();
	struct melding m;
	struct field_errors errs = { 0 };
	enum app_result r = melding_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
					     ACT_MELDING_HANDLE, &m);

	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	r = melding_duplicaat_undo(db, &req->arena, http_actor(req), &m, &errs);
	if (r == APP_INVALID)
		return refused(req, db, &m, &errs);
	if (r != APP_OK)
		return http_refused(req, r, &melding_page_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld#context", (long long)m.id));
}
