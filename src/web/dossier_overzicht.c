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
#include "store/dagboek.h"
#include "store/files.h"
#include "domain/dagboek.h"
#include "lib/clock.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A file's capture moment for the judge: when it was taken, as the file itself said. */
static void set_capture(struct req *req, struct tpl_dict *x, int64_t opgenomen_op)
{
	char when[DAGBOEK_TEXT_LEN];

	if (opgenomen_op) {
		dagboek_moment_text(opgenomen_op, when);
		tpl_set(x, "OPGENOMEN", arena_strdup(&req->arena, when));
	} else {
		tpl_set(x, "OPGENOMEN", "onbekend");
	}
}

static void set_file(struct req *req, struct tpl_dict *x, const struct dagboek_file *f)
{
	tpl_set(x, "REF", f->referentie);
	tpl_set_int(x, "BIJLAGE_ID", f->id);
	tpl_set(x, "NAAM", f->bestandsnaam);
	tpl_set(x, "SOORT", files_kind(f->mime));
	if (f->bijschrift[0])
		tpl_set(tpl_section(x, "BIJSCHRIFT"), "TEKST", f->bijschrift);
	else
		tpl_show(x, "GEEN_BIJSCHRIFT");
	set_capture(req, x, f->opgenomen_op);
}

static int is_photo(const struct dagboek_file *f)
{
	return !strncmp(f->mime, "image/", 6);
}

/*
 * The melders' overlastdagboek (issue 17): every entry of the dossier's
 * meldingen in date order with its severity and files, then the
 * meldingen's own photos, each with caption and capture moment.
 */
static int show_dagboek(struct req *req, struct db *db, struct tpl_dict *c, int64_t dossier_id)
{
	struct dagboek_entry *e;
	struct dagboek_file *f;
	char when[DAGBOEK_TEXT_LEN];
	int n = dagboek_for_dossier(db, &req->arena, dossier_id, &e);
	int nf = dagboek_files_for_dossier(db, &req->arena, dossier_id, &f);

	if (n < 0 || nf < 0)
		return -1;
	if (n > 0) {
		struct tpl_dict *s = tpl_section(c, "DAGBOEK");
		for (int i = 0; i < n; i++) {
			struct tpl_dict *x = tpl_section(s, "ENTRY");
			tpl_set_int(x, "ID", e[i].id);
			tpl_set(x, "REF", e[i].referentie);
			dagboek_moment_text(e[i].van, when);
			tpl_set(x, "VAN", when);
			if (e[i].tot) {
				dagboek_moment_text(e[i].tot, when);
				tpl_set(tpl_section(x, "TOT"), "TOT", when);
			}
			dagboek_moment_text(e[i].vastgelegd, when);
			tpl_set(x, "VASTGELEGD", when);
			tpl_set_int(x, "ERNST", e[i].ernst);
			tpl_set(x, "ERNST_LABEL", dagboek_ernst_labels[e[i].ernst]);
			tpl_set(x, "TEKST", e[i].tekst);
			for (int j = 0; j < nf; j++)
				if (f[j].dagboek_id == e[i].id)
					set_file(req, tpl_section(x, is_photo(&f[j]) ? "FOTO" : "BESTAND"), &f[j]);
		}
	}
	int photos = 0;
	for (int j = 0; j < nf; j++)
		if (!f[j].dagboek_id && is_photo(&f[j])) {
			set_file(req, tpl_section(c, "MELDING_FOTO"), &f[j]);
			photos++;
		}
	if (photos)
		tpl_show(c, "HAS_MELDING_FOTOS");
	return 0;
}

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

	if (show_dagboek(req, db, c, d.id) < 0)
		return http_unavailable(req, NULL);

	/* Who read the court file, and when (DESIGN.md, Audited reads). */
	audit_record(db, http_actor(req), "bekeken", "dossier_overzicht", d.referentie, "");
	return page_send(req, 200);
}
