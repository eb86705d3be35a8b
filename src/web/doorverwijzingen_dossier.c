/*
 * doorverwijzingen_dossier.c - the block about referrals on the dossier
 * page (templates/doorverwijzing_dossier_partial.tpl): the dossier's
 * referrals with their status and due marker, and the way to a new one.
 *
 * The dossier page (web/dossier_page.c) calls
 * doorverwijzing_dossier_partial() and places {{>DOORVERWIJZINGEN}};
 * the steps themselves appear on its timeline as dossier_event rows
 * written by app/referrals.c, so nothing else there needs to know about
 * referrals.
 */
#include "app/dossiers.h"
#include "app/referrals.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "web/doorverwijzingen.h"
#include "http/http.h"
#include "render/tpl.h"
#include "lib/clock.h"

void doorverwijzing_dossier_partial(struct req *req, struct tpl_dict *d, const struct dossier *dossier)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct referral *rows;

	/* Roles without referrals (the wijkbeheerder) see no block at all. */
	if (!db || !who->user_id || !dossier_may(db, who, dossier, ACT_REFERRAL_READ))
		return;
	int n = referral_for_dossier(db, &req->arena, dossier->id, &rows);
	if (n < 0)
		return;
	struct tpl_dict *p = tpl_include(d, "DOORVERWIJZINGEN", "doorverwijzing_dossier_partial.tpl");
	int32_t today = amsterdam_day(clock_now());

	tpl_set_int(p, "DID", dossier->id);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(p, "DV");
		enum referral_due due = referral_due_marker(&rows[i], today);
		tpl_set_int(x, "ID", rows[i].id);
		tpl_set(x, "REFERENTIE", rows[i].referentie);
		tpl_set(x, "PARTNER", rows[i].partner_naam);
		tpl_set(x, "STATUS", referral_status_labels[rows[i].status]);
		tpl_set(x, "DAG", referral_day_text(&req->arena, rows[i].antwoord_dag));
		tpl_set(x, "DUE_CLASS", referral_due_classes[due]);
		tpl_set(x, "DUE_LABEL", referral_due_labels[due]);
	}
	if (!n)
		tpl_show(p, "GEEN");
	if (n > 1)
		tpl_show(p, "ALLE");
	if (dossier->status == DS_OPEN && dossier_may(db, who, dossier, ACT_REFERRAL_CREATE))
		tpl_show(p, "NIEUW");
}
