/*
 * dossier_overzicht.c - the court and handover overview of a dossier, the
 * page meant for paper (GET /dossiers/{id}/overzicht); a letter has its
 * own page (web/dossier_brief.c).
 *
 * The overview lists dossier_timeline() without vertrouwelijke notes: the
 * same query as the dossier page's timeline, so what a case worker sees is
 * what the judge gets. It is an audited read; its input is its {id} alone
 * (routes.c's p_key).
 */
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "lib/clock.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

int handle_dossier_overzicht(struct req *req)
{
	struct db *db = db_thread();
	struct dossier d;
	struct timeline_item *tl;
	struct dossier_member_row *mem;
	char day[CALENDAR_DAY_LEN], w[WHEN_LEN];
	enum app_result r = dossier_load_for(db, &req->arena, http_actor(req), input_text(req, "id"), ACT_DOSSIER_READ, &d);

	if (r != APP_OK)
		return http_refused(req, r, &dossier_refusal);
	int n = dossier_timeline(db, &req->arena, d.id, 0, -1, &tl);
	int nm = dossier_members(db, &req->arena, d.id, &mem);
	if (n < 0 || nm < 0)
		return http_unavailable(req, NULL);

	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Overzicht dossier %s", d.referentie),
				      "dossier_overzicht.tpl");
	tpl_set_int(c, "DID", d.id);
	tpl_set(c, "REF", d.referentie);
	tpl_set(c, "ONDERWERP", d.onderwerp_tekst);
	if (d.huishouden[0])
		tpl_set(tpl_section(c, "HUISHOUDEN"), "TEKST", d.huishouden);
	tpl_set(c, "WIJK", d.buurt_naam[0] ? arena_printf(&req->arena, "%s, buurt %s", d.wijk_naam, d.buurt_naam)
					     : d.wijk_naam);
	tpl_set(c, "PIJLER", pijler_labels[d.pijler]);
	tpl_set(c, "EIGENAAR", d.owner_naam);
	if (nm > 0) {
		struct buf names = BUF_INIT;
		for (int i = 0; i < nm; i++)
			buf_addf(&names, "%s%s", i ? ", " : "", mem[i].naam);
		tpl_set(tpl_section(c, "LEDEN"), "NAMEN", names.buf);
		buf_release(&names);
	}
	calendar_day_weekday(amsterdam_day(d.geopend_op), day);
	tpl_set(c, "GEOPEND", day);
	tpl_set(c, "STATUS", dossier_status_labels[d.status]);
	if (d.status == DS_GESLOTEN) {
		struct tpl_dict *g = tpl_section(c, "GESLOTEN");
		calendar_day_weekday(amsterdam_day(d.gesloten_op), day);
		tpl_set(g, "OP", day);
		tpl_set(g, "UITKOMST", d.uitkomst >= 0 ? dossier_uitkomst_labels[d.uitkomst] : "");
	}
	tpl_set(c, "AVE", ave_niveau_labels[d.ave]);
	tpl_set(c, "REGIE", ave_regie_labels[d.regie]);
	if (d.vervuild) {
		calendar_day_weekday(d.vervuild_dag, day);
		tpl_set(tpl_section(c, "VERVUILD"), "TEKST", arena_printf(&req->arena, "sinds %s", day));
	}
	when_format(clock_now(), w);
	tpl_set(c, "AFGEDRUKT", w);
	tpl_set(c, "DOOR", req->session->name);

	if (n > 0)
		dossier_fill_timeline(req, tpl_section(c, "ROWS"), "ROW", tl, n);
	else
		tpl_show(c, "NO_ROWS");

	/* Who read the court file, and when (DESIGN.md, Audited reads). */
	audit_record(db, http_actor(req), "bekeken", "dossier_overzicht", d.referentie, "");
	return page_send(req, 200);
}
