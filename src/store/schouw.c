/*
 * schouw.c - the SQL of the wijkschouw (see schouw.h).
 */
#include "store/schouw.h"
#include "db/db.h"

#include <string.h>

#define SCHOUW_COLS \
	"s.id, s.wijk_id, coalesce(s.buurt_id, 0), s.dag, s.status, s.deelnemers, s.toelichting," \
	" coalesce(s.gemaakt_door, 0), s.gemaakt_op, coalesce(s.afgerond_op, 0), coalesce(u.naam, '')," \
	" w.code, w.naam, coalesce(b.code, ''), coalesce(b.naam, '')," \
	" (SELECT count(*) FROM schouw_bevinding x WHERE x.schouw_id = s.id)," \
	" (SELECT count(*) FROM schouw_bevinding x WHERE x.schouw_id = s.id AND x.melding_id IS NULL AND x.actie_status IS NULL)," \
	" (SELECT count(*) FROM schouw_bevinding x WHERE x.schouw_id = s.id AND x.actie_status = 'open')," \
	" (SELECT count(*) FROM schouw_bevinding x WHERE x.schouw_id = s.id AND x.melding_id IS NOT NULL)" \
	" FROM schouw s JOIN area w ON w.id = s.wijk_id LEFT JOIN area b ON b.id = s.buurt_id" \
	" LEFT JOIN user u ON u.id = s.gemaakt_door"
/* Planned first, soonest first; then the rest, latest first. */
#define SCHOUW_ORDER " ORDER BY s.status <> 'gepland', CASE WHEN s.status = 'gepland' THEN s.dag ELSE -s.dag END, s.id"

static const char SQL_INSERT[] =
	"INSERT INTO schouw(wijk_id, buurt_id, dag, deelnemers, toelichting, gemaakt_door, gemaakt_op, gewijzigd_op)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?7)";
static const char SQL_GET[] = "SELECT " SCHOUW_COLS " WHERE s.id = ?";
static const char SQL_LIST[] = "SELECT " SCHOUW_COLS SCHOUW_ORDER;
static const char SQL_LIST_AREA[] = "SELECT " SCHOUW_COLS " WHERE s.wijk_id = ?1 OR s.buurt_id = ?1" SCHOUW_ORDER;
static const char SQL_SET_STATUS[] =
	"UPDATE schouw SET status = ?2, gewijzigd_op = ?3,"
	" afgerond_op = CASE WHEN ?2 = 'afgerond' THEN ?3 ELSE afgerond_op END WHERE id = ?1";
static const char SQL_OORDEEL_SET[] =
	"INSERT INTO schouw_punt(schouw_id, punt, oordeel, user_id, op) VALUES (?, ?, ?, ?, ?)"
	" ON CONFLICT(schouw_id, punt) DO UPDATE SET oordeel = excluded.oordeel, user_id = excluded.user_id, op = excluded.op";
static const char SQL_OORDELEN[] = "SELECT punt, oordeel FROM schouw_punt WHERE schouw_id = ?";

static const char SQL_BEV_INSERT[] =
	"INSERT INTO schouw_bevinding(schouw_id, thema, punt, omschrijving, lat, lon, postcode, huisnummer, toevoeging,"
	" plek, user_id, vastgelegd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
#define BEV_COLS \
	"f.id, f.schouw_id, f.thema, f.punt, f.omschrijving, f.plek, f.lat IS NOT NULL, coalesce(f.lat, 0), coalesce(f.lon, 0)," \
	" f.postcode, coalesce(f.huisnummer, 0), f.toevoeging, coalesce(f.user_id, 0), f.vastgelegd_op, coalesce(u.naam, '')," \
	" coalesce(f.melding_id, 0), coalesce(m.referentie, ''), coalesce(m.status, '')," \
	" f.actie, f.actie_eigenaar, coalesce(f.actie_dag, 0), coalesce(f.actie_gedaan_dag, 0)," \
	" f.actie_status IS NOT NULL, coalesce(f.actie_status = 'gedaan', 0), s.dag, s.wijk_id," \
	" CASE WHEN b.id IS NULL THEN 'wijk ' || w.naam ELSE 'buurt ' || b.naam END" \
	" FROM schouw_bevinding f JOIN schouw s ON s.id = f.schouw_id JOIN area w ON w.id = s.wijk_id" \
	" LEFT JOIN area b ON b.id = s.buurt_id LEFT JOIN user u ON u.id = f.user_id LEFT JOIN melding m ON m.id = f.melding_id"
static const char SQL_BEV_LIST[] = "SELECT " BEV_COLS " WHERE f.schouw_id = ? ORDER BY f.id";
static const char SQL_BEV_PERIOD[] = "SELECT " BEV_COLS " WHERE s.dag BETWEEN ? AND ? ORDER BY s.dag, s.id, f.id";
static const char SQL_BEV_GET[] = "SELECT " BEV_COLS " WHERE f.id = ?";
static const char SQL_BEV_MELDING[] =
	"UPDATE schouw_bevinding SET melding_id = ?2 WHERE id = ?1 AND melding_id IS NULL AND actie_status IS NULL";
static const char SQL_BEV_ACTIE[] =
	"UPDATE schouw_bevinding SET actie = ?2, actie_eigenaar = ?3, actie_dag = ?4, actie_status = 'open'"
	" WHERE id = ?1 AND melding_id IS NULL AND actie_status IS NULL";
static const char SQL_BEV_GEDAAN[] =
	"UPDATE schouw_bevinding SET actie_status = 'gedaan', actie_gedaan_dag = ?2 WHERE id = ?1 AND actie_status = 'open'";

static const char SQL_FOTO_ADD[] =
	"INSERT INTO schouw_foto(bevinding_id, bestandsnaam, opslag, mime, grootte, opgenomen_op, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";
#define FOTO_COLS "p.id, p.bevinding_id, f.schouw_id, p.grootte, coalesce(p.opgenomen_op, 0), p.bestandsnaam, p.opslag, p.mime" \
	" FROM schouw_foto p JOIN schouw_bevinding f ON f.id = p.bevinding_id"
static const char SQL_FOTOS[] = "SELECT " FOTO_COLS " WHERE f.schouw_id = ? ORDER BY p.bevinding_id, p.id";
static const char SQL_FOTO_GET[] = "SELECT " FOTO_COLS " WHERE p.id = ?";

static int read_schouw(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct schouw *s = row;
	int st_ = schouw_status_parse(db_borrow(st, 4));

	s->id = sqlite3_column_int64(st, 0);
	s->wijk_id = sqlite3_column_int64(st, 1);
	s->buurt_id = sqlite3_column_int64(st, 2);
	s->dag = sqlite3_column_int(st, 3);
	s->status = st_ < 0 ? SS_GEPLAND : (enum schouw_status)st_;
	s->deelnemers = db_text(st, 5, a);
	s->toelichting = db_text(st, 6, a);
	s->gemaakt_door = sqlite3_column_int64(st, 7);
	s->gemaakt_op = sqlite3_column_int64(st, 8);
	s->afgerond_op = sqlite3_column_int64(st, 9);
	s->door = db_text(st, 10, a);
	s->wijk_code = db_text(st, 11, a);
	s->wijk_naam = db_text(st, 12, a);
	s->buurt_code = db_text(st, 13, a);
	s->buurt_naam = db_text(st, 14, a);
	s->n_bevindingen = sqlite3_column_int(st, 15);
	s->n_open = sqlite3_column_int(st, 16);
	s->n_acties_open = sqlite3_column_int(st, 17);
	s->n_meldingen = sqlite3_column_int(st, 18);
	return 0;
}

static int read_bevinding(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct schouw_bevinding *b = row;
	int t = schouw_thema_parse(db_borrow(st, 2));

	b->id = sqlite3_column_int64(st, 0);
	b->schouw_id = sqlite3_column_int64(st, 1);
	b->thema = t < 0 ? TH_SCHOON : (enum schouw_thema)t;
	b->punt = db_text(st, 3, a);
	b->omschrijving = db_text(st, 4, a);
	b->plek = db_text(st, 5, a);
	b->has_geo = sqlite3_column_int(st, 6);
	b->lat = sqlite3_column_double(st, 7);
	b->lon = sqlite3_column_double(st, 8);
	b->postcode = db_text(st, 9, a);
	b->huisnummer = sqlite3_column_int(st, 10);
	b->toevoeging = db_text(st, 11, a);
	b->user_id = sqlite3_column_int64(st, 12);
	b->vastgelegd_op = sqlite3_column_int64(st, 13);
	b->door = db_text(st, 14, a);
	b->melding_id = sqlite3_column_int64(st, 15);
	b->melding_ref = db_text(st, 16, a);
	b->melding_status = db_text(st, 17, a);
	b->actie = db_text(st, 18, a);
	b->actie_eigenaar = db_text(st, 19, a);
	b->actie_dag = sqlite3_column_int(st, 20);
	b->actie_gedaan_dag = sqlite3_column_int(st, 21);
	b->has_actie = sqlite3_column_int(st, 22);
	b->actie_gedaan = sqlite3_column_int(st, 23);
	b->schouw_dag = sqlite3_column_int(st, 24);
	b->wijk_id = sqlite3_column_int64(st, 25);
	b->gebied = db_text(st, 26, a);
	return 0;
}

static int read_foto(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct schouw_foto *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->bevinding_id = sqlite3_column_int64(st, 1);
	f->schouw_id = sqlite3_column_int64(st, 2);
	f->grootte = sqlite3_column_int64(st, 3);
	f->opgenomen_op = sqlite3_column_int64(st, 4);
	f->bestandsnaam = db_text(st, 5, a);
	f->opslag = db_text(st, 6, a);
	f->mime = db_text(st, 7, a);
	return 0;
}

static int read_oordeel(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct schouw_oordeel_row *o = row;
	int v = schouw_oordeel_parse(db_borrow(st, 1));

	o->punt = db_text(st, 0, a);
	o->oordeel = v < 0 ? SO_NVT : (enum schouw_oordeel)v;
	return 0;
}

enum store_result schouw_insert(struct db *db, int64_t wijk_id, int64_t buurt_id, int32_t dag, const char *deelnemers,
				const char *toelichting, int64_t user_id, int64_t now, int64_t *id)
{
	int rc = db_exec(db, SQL_INSERT, "INittNI", wijk_id, buurt_id, (int)dag, deelnemers, toelichting, user_id, now);

	if (rc < 0)
		return store_result_exec(rc);
	*id = db_last_id(db);
	return STORE_OK;
}

enum store_result schouw_get(struct db *db, struct arena *a, int64_t id, struct schouw *s)
{
	return store_result_of(db_one(db, db_query(db, SQL_GET, "I", id), a, read_schouw, s, "schouw"));
}

int schouw_list(struct db *db, struct arena *a, struct schouw **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_LIST, ""), a, read_schouw, sizeof(**out), &n, "schouwen");
	return n;
}

int schouw_list_area(struct db *db, struct arena *a, int64_t area_id, struct schouw **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_LIST_AREA, "I", area_id), a, read_schouw, sizeof(**out), &n, "schouwen");
	return n;
}

enum store_result schouw_set_status(struct db *db, int64_t id, enum schouw_status st, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_SET_STATUS, "ItI", id, schouw_status_ids[st], now));
}

enum store_result schouw_oordeel_set(struct db *db, int64_t schouw_id, const char *punt, enum schouw_oordeel o,
				     int64_t user_id, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_OORDEEL_SET, "IttNI", schouw_id, punt, schouw_oordeel_ids[o], user_id, now));
}

int schouw_oordelen(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_oordeel_row **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_OORDELEN, "I", schouw_id), a, read_oordeel, sizeof(**out), &n, "schouw_punt");
	return n;
}

enum store_result schouw_bevinding_insert(struct db *db, int64_t schouw_id, const struct schouw_finding_valid *v,
					  int64_t user_id, int64_t now, int64_t *id)
{
	sqlite3_stmt *st = db_stmt(db, SQL_BEV_INSERT);

	if (!st || db_bindf(st, "ItttnntNttNI", schouw_id, schouw_thema_ids[v->thema], v->punt, v->omschrijving,
			    v->postcode, (int64_t)v->huisnummer, v->toevoeging, v->plek, user_id, now) < 0) {
		if (st)
			db_done(st);
		return STORE_ERROR;
	}
	/* db_bindf has no optional double: the coordinates are bound here, or stay NULL. */
	if (v->has_geo) {
		sqlite3_bind_double(st, 5, v->lat);
		sqlite3_bind_double(st, 6, v->lon);
	}
	int rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_CONSTRAINT ? STORE_CONFLICT : STORE_ERROR;
	*id = db_last_id(db);
	return STORE_OK;
}

int schouw_bevindingen(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_bevinding **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_BEV_LIST, "I", schouw_id), a, read_bevinding, sizeof(**out), &n, "bevindingen");
	return n;
}

int schouw_findings_of_period(struct db *db, struct arena *a, int32_t van, int32_t tot, struct schouw_bevinding **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_BEV_PERIOD, "ii", (int)van, (int)tot), a, read_bevinding, sizeof(**out), &n,
		       "bevindingen");
	return n;
}

enum store_result schouw_bevinding_get(struct db *db, struct arena *a, int64_t id, struct schouw_bevinding *b)
{
	return store_result_of(db_one(db, db_query(db, SQL_BEV_GET, "I", id), a, read_bevinding, b, "bevinding"));
}

/* An update of a finding that may only happen once: no row changed is a conflict. */
static enum store_result once(int rc)
{
	enum store_result r = store_result_exec(rc);
	return r == STORE_NOTFOUND ? STORE_CONFLICT : r;
}

enum store_result schouw_bevinding_set_melding(struct db *db, int64_t id, int64_t melding_id)
{
	return once(db_exec(db, SQL_BEV_MELDING, "II", id, melding_id));
}

enum store_result schouw_bevinding_set_actie(struct db *db, int64_t id, const struct schouw_actie_valid *v)
{
	return once(db_exec(db, SQL_BEV_ACTIE, "Itti", id, v->actie, v->eigenaar, (int)v->dag));
}

enum store_result schouw_bevinding_actie_gedaan(struct db *db, int64_t id, int32_t dag)
{
	return once(db_exec(db, SQL_BEV_GEDAAN, "Ii", id, (int)dag));
}

enum store_result schouw_foto_add(struct db *db, int64_t bevinding_id, const char *name, const char *opslag,
				  const char *mime, int64_t size, int64_t captured, int64_t now)
{
	return store_result_exec(db_exec(db, SQL_FOTO_ADD, "ItttINI", bevinding_id, name, opslag, mime, size, captured, now));
}

int schouw_fotos(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_foto **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_FOTOS, "I", schouw_id), a, read_foto, sizeof(**out), &n, "schouw_foto");
	return n;
}

enum store_result schouw_foto_get(struct db *db, struct arena *a, int64_t id, struct schouw_foto *f)
{
	return store_result_of(db_one(db, db_query(db, SQL_FOTO_GET, "I", id), a, read_foto, f, "schouw_foto"));
}
