/*
 * kpi_export.c - the SQL of the CSV exports (see kpi_export.h).
 */
#include "store/kpi_export.h"
#include "db/db.h"

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
	" r.termijn_werkdagen, r.referentie"
	" FROM referral r JOIN dossier d ON d.id = r.dossier_id JOIN partner p ON p.id = r.partner_id"
	" JOIN area w ON w.id = d.wijk_id"
	" WHERE r.verstuurd_op >= ?1 AND r.verstuurd_op < ?2" DOSSIER_SCOPE
	" ORDER BY r.verstuurd_op, r.id";

static int64_t opt(sqlite3_stmt *st, int col, int64_t none)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? none : sqlite3_column_int64(st, col);
}

/* The caller's callback of one export (its text borrowed from the row) and the rows handed on so far. */
struct pass {
	union {
		int (*melding)(void *ctx, const struct kpi_export_melding *m);
		int (*dossier)(void *ctx, const struct kpi_export_dossier *d);
		int (*referral)(void *ctx, const struct kpi_export_referral *r);
	} fn;
	void *ctx;
	int64_t n;
};

/* Every row through pass_*: the count, or -1 (the database failed, logged, or the callback stopped). */
static int64_t run(struct db *db, sqlite3_stmt *st, db_row_fn pass, struct pass *p, const char *what)
{
	return db_each(db, st, NULL, pass, p, what) < 0 ? -1 : p->n;
}

static int pass_melding(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct pass *p = ctx;
	struct kpi_export_melding m = {
		.referentie = db_borrow(st, 0),
		.ontvangen_op = sqlite3_column_int64(st, 1),
		.ontvangen_dag = sqlite3_column_int(st, 2),
		.kanaal = db_borrow(st, 3), .categorie = db_borrow(st, 4), .categorie_naam = db_borrow(st, 5),
		.pijler = db_borrow(st, 6), .wijk = db_borrow(st, 7), .wijk_naam = db_borrow(st, 8), .buurt = db_borrow(st, 9),
		.buurt_naam = db_borrow(st, 10), .complex = db_borrow(st, 11), .postcode = db_borrow(st, 12),
		.status = db_borrow(st, 13), .behandelaar = db_borrow(st, 14),
		.bevestigen_dag = sqlite3_column_int(st, 15),
		.terugkoppelen_dag = sqlite3_column_int(st, 16),
		.streef_dag = sqlite3_column_int(st, 17),
		.bevestigd_op = opt(st, 18, 0), .teruggekoppeld_op = opt(st, 19, 0),
		.afgesloten_op = opt(st, 20, 0),
		.bevestigd_dag = (int32_t)opt(st, 21, -1), .teruggekoppeld_dag = (int32_t)opt(st, 22, -1),
		.doorloop_werkdagen = (int32_t)opt(st, 23, -1), .kosten_cent = opt(st, 24, -1),
	};

	(void)a;
	p->n++;
	return p->fn.melding(p->ctx, &m) < 0 ? -1 : 0;
}

int64_t kpi_export_meldingen(struct db *db, const struct kpi_export_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_melding *m), void *ctx)
{
	sqlite3_stmt *st = db_query(db, kpi_export_meldingen_sql, "iiII", (int)f->van, (int)f->tot, f->wijk_id,
				    f->scope_user);
	struct pass p = { .fn.melding = fn, .ctx = ctx };

	return run(db, st, pass_melding, &p, "export meldingen");
}

/* The dossier and referral exports bind the same parameters (DOSSIER_SCOPE). */
static sqlite3_stmt *dossier_query(struct db *db, const char *sql, const struct kpi_export_dossier_filter *f)
{
	return db_query(db, sql, "IIIIi", f->van, f->tot, f->wijk_id, f->scope_user, f->with_gevoelig);
}

static int pass_dossier(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct pass *p = ctx;
	struct kpi_export_dossier d = {
		.referentie = db_borrow(st, 0), .status = db_borrow(st, 1), .pijler = db_borrow(st, 2),
		.wijk = db_borrow(st, 3), .wijk_naam = db_borrow(st, 4), .buurt = db_borrow(st, 5),
		.complex = db_borrow(st, 6), .ave_niveau = db_borrow(st, 7), .ave_regie = db_borrow(st, 8),
		.uitkomst = db_borrow(st, 9), .eigenaar = db_borrow(st, 10),
		.geopend_op = sqlite3_column_int64(st, 11), .gesloten_op = sqlite3_column_int64(st, 12),
		.vervuild = sqlite3_column_int(st, 13), .gevoelig = sqlite3_column_int(st, 14),
		.vervuild_dag = sqlite3_column_int(st, 15), .meldingen = sqlite3_column_int64(st, 16),
	};

	(void)a;
	p->n++;
	return p->fn.dossier(p->ctx, &d) < 0 ? -1 : 0;
}

int64_t kpi_export_dossiers(struct db *db, const struct kpi_export_dossier_filter *f,
			    int (*fn)(void *ctx, const struct kpi_export_dossier *d), void *ctx)
{
	sqlite3_stmt *st = dossier_query(db, kpi_export_dossiers_sql, f);
	struct pass p = { .fn.dossier = fn, .ctx = ctx };

	return run(db, st, pass_dossier, &p, "export dossiers");
}

static int pass_referral(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct pass *p = ctx;
	struct kpi_export_referral r = {
		.id = sqlite3_column_int64(st, 0), .dossier = db_borrow(st, 1), .wijk = db_borrow(st, 2),
		.partner = db_borrow(st, 3), .partner_soort = db_borrow(st, 4), .status = db_borrow(st, 5),
		.verstuurd_op = sqlite3_column_int64(st, 6),
		.geaccepteerd_op = sqlite3_column_int64(st, 7), .afgewezen_op = sqlite3_column_int64(st, 8),
		.beantwoord_op = sqlite3_column_int64(st, 9), .afgesloten_op = sqlite3_column_int64(st, 10),
		.antwoord_dag = sqlite3_column_int(st, 11), .termijn_werkdagen = sqlite3_column_int(st, 12),
		.referentie = db_borrow(st, 13),
	};

	(void)a;
	p->n++;
	return p->fn.referral(p->ctx, &r) < 0 ? -1 : 0;
}

int64_t kpi_export_referrals(struct db *db, const struct kpi_export_dossier_filter *f,
			     int (*fn)(void *ctx, const struct kpi_export_referral *r), void *ctx)
{
	sqlite3_stmt *st = dossier_query(db, kpi_export_referrals_sql, f);
	struct pass p = { .fn.referral = fn, .ctx = ctx };

	return run(db, st, pass_referral, &p, "export referrals");
}
