/*
 * kpi_export.c - the SQL of the CSV exports (see kpi_export.h).
 */
#include "store/kpi_export.h"
#include "db/db.h"
#include "lib/log.h"

const char kpi_export_meldingen_sql[] =
	"SELECT m.referentie, m.ontvangen_op, m.ontvangen_dag, m.kanaal, c.code, c.naam, c.pijler,"
	" coalesce(w.code, ''), coalesce(w.naam, ''), coalesce(b.code, ''), coalesce(b.naam, ''),"
	" coalesce(x.code, ''), m.postcode, m.status, coalesce(u.naam, ''),"
	" m.bevestigen_dag, m.terugkoppelen_dag, m.streef_dag,"
	" m.bevestigd_op, m.teruggekoppeld_op, m.afgesloten_op, m.bevestigd_dag, m.teruggekoppeld_dag,"
	" m.doorloop_werkdagen, m.kosten_cent"
	" FROM melding m JOIN category c ON c.id = m.category_id"
	" LEFT JOIN area w ON w.id = m.wijk_id LEFT JOIN area b ON b.id = m.buurt_id"
	" LEFT JOIN area x ON x.id = m.complex_id LEFT JOIN user u ON u.id = m.assignee_id"
	" WHERE m.ontvangen_dag BETWEEN ?1 AND ?2"
	" AND (?3 = 0 OR m.wijk_id = ?3 OR (?3 = -1 AND m.wijk_id IS NULL))"
	" AND (?4 = 0 OR m.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?4))"
	" ORDER BY m.ontvangen_dag, m.id";

/* ?1 start, ?2 end (moments), ?3 wijk, ?4 scope user, ?5 with gevoelig. */
#define DOSSIER_SCOPE \
	" AND (?3 = 0 OR d.wijk_id = ?3)" \
	" AND (?4 = 0 OR d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?4))" \
	" AND (?5 OR d.gevoelig = 0)"

const char kpi_export_dossiers_sql[] =
	"SELECT d.referentie, d.status, d.pijler, w.code, w.naam, coalesce(b.code, ''), coalesce(x.code, ''),"
	" d.ave_niveau, d.ave_regie, coalesce(d.uitkomst, ''), u.naam, d.geopend_op, coalesce(d.gesloten_op, 0),"
	" d.vervuild, d.gevoelig, coalesce(d.vervuild_dag, -1),"
	" (SELECT count(*) FROM dossier_melding dm WHERE dm.dossier_id = d.id)"
	" FROM dossier d JOIN area w ON w.id = d.wijk_id LEFT JOIN area b ON b.id = d.buurt_id"
	" LEFT JOIN area x ON x.id = d.complex_id JOIN user u ON u.id = d.owner_id"
	" WHERE d.geopend_op < ?2 AND (d.gesloten_op IS NULL OR d.gesloten_op >= ?1)" DOSSIER_SCOPE
	" ORDER BY d.geopend_op, d.id";

const char kpi_export_referrals_sql[] =
	"SELECT r.id, d.referentie, w.code, p.naam, p.soort, r.status, r.verstuurd_op, coalesce(r.geaccepteerd_op, 0),"
	" coalesce(r.afgewezen_op, 0), coalesce(r.beantwoord_op, 0), coalesce(r.afgesloten_op, 0), r.antwoord_dag,"
	" r.termijn_werkdagen"
	" FROM referral r JOIN dossier d ON d.id = r.dossier_id JOIN partner p ON p.id = r.partner_id"
	" JOIN area w ON w.id = d.wijk_id"
	" WHERE r.verstuurd_op >= ?1 AND r.verstuurd_op < ?2" DOSSIER_SCOPE
	" ORDER BY r.verstuurd_op, r.id";

static const char *txt(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? (const char *)t : "";
}

static int64_t opt(sqlite3_stmt *st, int col, int64_t none)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? none : sqlite3_column_int64(st, col);
}

int64_t kpi_export_meldingen(struct db *db, const struct kpi_export_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_melding *m), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, kpi_export_meldingen_sql);
	int64_t n = 0;
	int rc;

	if (!st || db_bindf(st, "iiII", (int)f->van, (int)f->tot, f->wijk_id, f->scope_user) < 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kpi_export_melding m = {
			.referentie = txt(st, 0),
			.ontvangen_op = sqlite3_column_int64(st, 1),
			.ontvangen_dag = sqlite3_column_int(st, 2),
			.kanaal = txt(st, 3), .categorie = txt(st, 4), .categorie_naam = txt(st, 5),
			.pijler = txt(st, 6), .wijk = txt(st, 7), .wijk_naam = txt(st, 8), .buurt = txt(st, 9),
			.buurt_naam = txt(st, 10), .complex = txt(st, 11), .postcode = txt(st, 12),
			.status = txt(st, 13), .behandelaar = txt(st, 14),
			.bevestigen_dag = sqlite3_column_int(st, 15),
			.terugkoppelen_dag = sqlite3_column_int(st, 16),
			.streef_dag = sqlite3_column_int(st, 17),
			.bevestigd_op = opt(st, 18, 0), .teruggekoppeld_op = opt(st, 19, 0),
			.afgesloten_op = opt(st, 20, 0),
			.bevestigd_dag = (int32_t)opt(st, 21, -1), .teruggekoppeld_dag = (int32_t)opt(st, 22, -1),
			.doorloop_werkdagen = (int32_t)opt(st, 23, -1), .kosten_cent = opt(st, 24, -1),
		};
		n++;
		if (fn(ctx, &m) < 0) {
			db_done(st);
			return -1;
		}
	}
	db_done(st);
	return rc == SQLITE_DONE ? n : log_error("export meldingen: %s", sqlite3_errmsg(db_handle(db)));
}

static int bind_dossier_filter(sqlite3_stmt *st, const struct kpi_export_dossier_filter *f)
{
	return db_bindf(st, "IIIIi", f->van, f->tot, f->wijk_id, f->scope_user, f->with_gevoelig);
}

int64_t kpi_export_dossiers(struct db *db, const struct kpi_export_dossier_filter *f,
			    int (*fn)(void *ctx, const struct kpi_export_dossier *d), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, kpi_export_dossiers_sql);
	int64_t n = 0;
	int rc;

	if (!st || bind_dossier_filter(st, f) < 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kpi_export_dossier d = {
			.referentie = txt(st, 0), .status = txt(st, 1), .pijler = txt(st, 2), .wijk = txt(st, 3),
			.wijk_naam = txt(st, 4), .buurt = txt(st, 5), .complex = txt(st, 6), .ave_niveau = txt(st, 7),
			.ave_regie = txt(st, 8), .uitkomst = txt(st, 9), .eigenaar = txt(st, 10),
			.geopend_op = sqlite3_column_int64(st, 11), .gesloten_op = sqlite3_column_int64(st, 12),
			.vervuild = sqlite3_column_int(st, 13), .gevoelig = sqlite3_column_int(st, 14),
			.vervuild_dag = sqlite3_column_int(st, 15), .meldingen = sqlite3_column_int64(st, 16),
		};
		n++;
		if (fn(ctx, &d) < 0) {
			db_done(st);
			return -1;
		}
	}
	db_done(st);
	return rc == SQLITE_DONE ? n : log_error("export dossiers: %s", sqlite3_errmsg(db_handle(db)));
}

int64_t kpi_export_referrals(struct db *db, const struct kpi_export_dossier_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_referral *r), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, kpi_export_referrals_sql);
	int64_t n = 0;
	int rc;

	if (!st || bind_dossier_filter(st, f) < 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kpi_export_referral r = {
			.id = sqlite3_column_int64(st, 0), .dossier = txt(st, 1), .wijk = txt(st, 2), .partner = txt(st, 3),
			.partner_soort = txt(st, 4), .status = txt(st, 5), .verstuurd_op = sqlite3_column_int64(st, 6),
			.geaccepteerd_op = sqlite3_column_int64(st, 7), .afgewezen_op = sqlite3_column_int64(st, 8),
			.beantwoord_op = sqlite3_column_int64(st, 9), .afgesloten_op = sqlite3_column_int64(st, 10),
			.antwoord_dag = sqlite3_column_int(st, 11), .termijn_werkdagen = sqlite3_column_int(st, 12),
		};
		n++;
		if (fn(ctx, &r) < 0) {
			db_done(st);
			return -1;
		}
	}
	db_done(st);
	return rc == SQLITE_DONE ? n : log_error("export referrals: %s", sqlite3_errmsg(db_handle(db)));
}
