/*
 * dossier_melding.c - the dossier side of a melding page: linking and
 * unlinking from there (POST /meldingen/{id}/koppelen and
 * /meldingen/{id}/ontkoppelen, body field "dossier" = the dossier's
 * reference), and the block the melding page includes
 * (dossier_melding_partial(), templates/melding_dossier_partial.tpl).
 *
 * The work is app/dossiers.h's dossier_act(), as on the dossier page, so
 * the rules are the same from both sides. What the block shows comes from store/dossier.h's
 * scoped look-ups: a dossier hidden from the user (a gevoelig dossier
 * outside its team, another wijk) is not named, not even as "linked".
 * The route's fields are melding_dossier_link_fields (web/meldingen.h).
 */
#include "app/meldingen.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "http/input.h"
#include "web/meldingen.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/melding.h"

#include <string.h>

void dossier_melding_partial(struct req *req, struct tpl_dict *d, int64_t melding_id, const char *melding_ref,
			     const char *error, const char *value)
{
	struct db *db = db_thread();
	struct dossier_link *links, *open;
	int can_write = policy_route(http_actor(req)->role, ACT_DOSSIER_WRITE) == VERDICT_ALLOW;

	tpl_set_int(d, "MELDING_ID", melding_id);
	tpl_set(d, "MELDING_REF", melding_ref);
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "DOSSIER", value);
	if (error)
		tpl_set(tpl_section(d, "DOSSIER_ERROR"), "MSG", error);
	if (!db)
		return;
	int n = dossier_links_visible(db, &req->arena, http_actor(req), melding_id, &links);
	struct tpl_dict *ls = n > 0 ? tpl_section(d, "LINKED") : NULL;
	if (n <= 0)
		tpl_show(d, "NONE");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(ls, "LINK");
		tpl_set_int(x, "ID", links[i].id);
		tpl_set(x, "REF", links[i].referentie);
		tpl_set(x, "ONDERWERP", links[i].onderwerp_tekst);
		tpl_set(x, "STATUS", dossier_status_labels[links[i].status]);
		struct dossier full;
		if (can_write && links[i].status == DS_OPEN &&
		    dossier_get(db, &req->arena, links[i].id, &full) == STORE_OK &&
		    dossier_may(db, http_actor(req), &full, ACT_DOSSIER_WRITE))
			tpl_show(x, "CAN_UNLINK");
	}
	n = dossier_open_for_melding(db, &req->arena, http_actor(req), melding_id, &open);
	struct tpl_dict *sg = n > 0 ? tpl_section(d, "SUGGEST") : NULL;
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(sg, "S_ITEM");
		tpl_set_int(x, "ID", open[i].id);
		tpl_set(x, "REF", open[i].referentie);
		tpl_set(x, "ONDERWERP", open[i].onderwerp_tekst);
		struct dossier full;
		if (can_write && dossier_get(db, &req->arena, open[i].id, &full) == STORE_OK &&
		    dossier_may(db, http_actor(req), &full, ACT_DOSSIER_WRITE))
			tpl_show(x, "CAN_LINK");
	}
	if (can_write)
		tpl_show(d, "CAN_LINK");
}

/* The dossier is a reference a person types (dossier_ref_clean() forgives case and spaces). */
const struct field_spec melding_dossier_link_fields[] = {
	FIELD_PATH("id", FT_KEY),
	{ .name = "dossier", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* The melding's dossier block on a page of its own, with why the link or unlink was refused. */
static int show_link_form(struct req *req, const struct melding *m, const char *msg, int status)
{
	struct tpl_dict *c = page_new(req, "Melding en dossier", "dossier_koppelen.tpl");
	tpl_set_int(c, "MELDING_ID", m->id);
	tpl_set(c, "MELDING_REF", m->referentie);
	tpl_set(c, "MSG", msg);
	dossier_melding_partial(req, tpl_include(c, "DOSSIER", "melding_dossier_partial.tpl"), m->id, m->referentie,
				msg, input_text(req, "dossier"));
	return page_send(req, status);
}

static int link_from_melding(struct req *req, enum dossier_action a)
{
	struct melding m;
	struct dossier d;
	struct dossier_act_input in = { 0 };
	struct field_errors errs;
	struct dossier_act_result res;
	/* Whoever may read the melding may ask; the dossier side decides the rest. */
	enum app_result r = melding_load_for(db_thread(), &req->arena, http_actor(req), input_text(req, "id"),
					     ACT_MELDING_READ, &m);

	if (r == APP_NOT_FOUND || r == APP_FORBIDDEN)
		return http_error(req, 404, "Melding niet gevonden",
				  "Deze melding bestaat niet, of u heeft er geen toegang toe.");
	if (r != APP_OK)
		return http_unavailable(req, NULL);
	const char *ref = dossier_ref_clean(&req->arena, input_text(req, "dossier"));
	if (!ref[0])
		return show_link_form(req, &m, "Vul het kenmerk van het dossier in, bijvoorbeeld D-2026-00012.", 422);
	r = dossier_load_for(db_thread(), &req->arena, http_actor(req), ref, ACT_DOSSIER_WRITE, &d);
	if (r == APP_NOT_FOUND || r == APP_FORBIDDEN)
		return show_link_form(req, &m, arena_printf(&req->arena, "Er is geen dossier met kenmerk %s, of u kunt "
							    "dat dossier niet wijzigen. Controleer het kenmerk.", ref), 422);
	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	in.melding = m.referentie;
	r = dossier_act(db_thread(), &req->arena, http_actor(req), &d, a, &in, &errs, &res);
	if (r == APP_INVALID)
		return show_link_form(req, &m, errs.n ? errs.e[0].message : "Dat kan niet.", 422);
	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	return http_redirect(req, arena_printf(&req->arena, "/meldingen/%lld#dossier", (long long)m.id));
}

int handle_melding_dossier_link(struct req *req)
{
	return link_from_melding(req, DA_KOPPELEN);
}

int handle_melding_dossier_unlink(struct req *req)
{
	return link_from_melding(req, DA_ONTKOPPELEN);
}
