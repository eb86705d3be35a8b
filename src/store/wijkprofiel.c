/*
 * wijkprofiel.c - the SQL of the wijkprofiel (see wijkprofiel.h). Each
 * statement that depends on the area comes twice, for a wijk (wijk_id =
 * ?1) and for a buurt (buurt_id = ?1), so that each is a range of its own
 * index instead of an OR that reads them all.
 */
#include "store/wijkprofiel.h"
#include "db/db.h"

#include <string.h>

#define BOTH(name, head, tail) \
	static const char name##_W[] = head "wijk_id = ?1" tail; \
	static const char name##_B[] = head "buurt_id = ?1" tail;

/* A primary-key range: one area's months of some years. */
static const char SQL_RIJEN[] =
	"SELECT jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat, teruggekoppeld_op_tijd,"
	" teruggekoppeld_te_laat, binnen_streef FROM wijk_cijfer WHERE area_id = ?1 AND jaar BETWEEN ?2 AND ?3";

/* The missing terms still to come: the due days from today on, of 0047's partial indexes. */
/*
 * Named: without statistics on them the planner would take melding_wijk_id
 * and read every melding of the wijk.
 */
#define WACHT(area) \
	"SELECT ontvangen_dag, 0 FROM melding INDEXED BY wijkprofiel_onbevestigd" \
	" WHERE bevestigd_dag IS NULL AND bevestigen_dag >= ?2 AND " area " = ?1" \
	" UNION ALL SELECT ontvangen_dag, 1 FROM melding INDEXED BY wijkprofiel_niet_teruggekoppeld" \
	" WHERE teruggekoppeld_dag IS NULL AND terugkoppelen_dag >= ?2 AND " area " = ?1"
static const char SQL_WACHT_W[] = WACHT("wijk_id");
static const char SQL_WACHT_B[] = WACHT("buurt_id");

/* The dossiers of the area: dossier_wijk (0005) or wijkprofiel_dossier_buurt (0047). */
#define DOSSIER_COLS \
	"SELECT geopend_op, coalesce(gesloten_op, 0), uitkomst IS 'ontruiming', coalesce(vervuild_dag, -1)," \
	" coalesce(vervuild_opgeheven_dag, -1), coalesce(address_id, 0) FROM dossier d WHERE"
BOTH(SQL_DOSSIERS, DOSSIER_COLS " (?2 OR d.gevoelig = 0) AND d.", "")
BOTH(SQL_REFS,
     "SELECT r.verstuurd_op, r.dossier_id, 0 FROM dossier d JOIN referral r ON r.dossier_id = d.id"
     " WHERE (?2 OR d.gevoelig = 0) AND d.", "")
BOTH(SQL_ESCS,
     "SELECT e.op, e.dossier_id, e.niveau FROM dossier d JOIN escalation e ON e.dossier_id = d.id"
     " WHERE (?2 OR d.gevoelig = 0) AND d.", "")
BOTH(SQL_AVE,
     "SELECT d.ave_niveau, count(*) FROM dossier d WHERE d.status = 'open' AND (?2 OR d.gevoelig = 0) AND d.",
     " GROUP BY d.ave_niveau")
/* A wijk's scores from 0038's covering index; a buurt's through their meldingen (tevredenheid has no buurt). */
static const char SQL_SCORES_W[] =
	"SELECT dag, score FROM tevredenheid WHERE wijk_id = ?1 AND dag BETWEEN ?3 AND ?4";
static const char SQL_SCORES_B[] =
	"SELECT t.dag, t.score FROM tevredenheid t JOIN melding m ON m.id = t.melding_id"
	" WHERE t.wijk_id = ?2 AND t.dag BETWEEN ?3 AND ?4 AND m.buurt_id = ?1";
BOTH(SQL_INTERV,
     "SELECT i.id, i.soort, i.gepland_dag, d.id, d.wijk_id, d.owner_id, d.referentie, d.onderwerp_tekst, d.gevoelig"
     " FROM dossier d JOIN intervention i ON i.dossier_id = d.id"
     " WHERE d.status = 'open' AND i.uitgevoerd_dag IS NULL AND i.gepland_dag IS NOT NULL AND d.",
     " ORDER BY i.gepland_dag, i.id LIMIT 200")

static const char SQL_SOORTEN[] = "SELECT id, code, naam, pijler FROM category ORDER BY volgorde, naam";

const char *const wijkprofiel_sql[] = {
	SQL_RIJEN, SQL_WACHT_W, SQL_WACHT_B, SQL_DOSSIERS_W, SQL_DOSSIERS_B, SQL_REFS_W, SQL_REFS_B,
	SQL_ESCS_W, SQL_ESCS_B, SQL_AVE_W, SQL_AVE_B, SQL_SCORES_W, SQL_SCORES_B, SQL_INTERV_W, SQL_INTERV_B,
};
const int wijkprofiel_sql_count = (int)(sizeof(wijkprofiel_sql) / sizeof(wijkprofiel_sql[0]));

static int read_rij(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijkprofiel_rij *r = row;

	(void)a;
	memset(r, 0, sizeof(*r));
	r->jaar = sqlite3_column_int(st, 0);
	r->maand = sqlite3_column_int(st, 1);
	r->category_id = sqlite3_column_int64(st, 2);
	r->t.ontvangen = sqlite3_column_int64(st, 3);
	r->t.bev_op_tijd = sqlite3_column_int64(st, 4);
	r->t.bev_te_laat = sqlite3_column_int64(st, 5);
	r->t.ter_op_tijd = sqlite3_column_int64(st, 6);
	r->t.ter_te_laat = sqlite3_column_int64(st, 7);
	r->t.binnen_streef = sqlite3_column_int64(st, 8);
	return 0;
}

int wijkprofiel_rijen(struct db *db, struct arena *a, int64_t area_id, int jaar_van, int jaar_tot,
		      struct wijkprofiel_rij **out)
{
	int n;
	*out = db_rows(db, db_query(db, SQL_RIJEN, "Iii", area_id, jaar_van, jaar_tot), a, read_rij, sizeof(**out), &n,
		       "wijkprofiel rijen");
	return n;
}

static int read_wacht(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijkprofiel_wacht *w = row;

	(void)a;
	w->ontvangen_dag = sqlite3_column_int(st, 0);
	w->term = sqlite3_column_int(st, 1);
	return 0;
}

int wijkprofiel_wachtend(struct db *db, struct arena *a, int64_t area_id, int buurt, int32_t today,
			 struct wijkprofiel_wacht **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_WACHT_B : SQL_WACHT_W, "Ii", area_id, (int)today), a, read_wacht,
		       sizeof(**out), &n, "wijkprofiel wachtend");
	return n;
}

static int read_dossier(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijk_dossier_feit *d = row;

	(void)a;
	d->geopend_op = sqlite3_column_int64(st, 0);
	d->gesloten_op = sqlite3_column_int64(st, 1);
	d->ontruiming = sqlite3_column_int(st, 2);
	d->vervuild_dag = sqlite3_column_int(st, 3);
	d->vervuild_opgeheven_dag = sqlite3_column_int(st, 4);
	d->address_id = sqlite3_column_int64(st, 5);
	return 0;
}

int wijkprofiel_dossiers(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
			 struct wijk_dossier_feit **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_DOSSIERS_B : SQL_DOSSIERS_W, "Ii", area_id, with_gevoelig), a,
		       read_dossier, sizeof(**out), &n, "wijkprofiel dossiers");
	return n;
}

static int read_stap(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijk_dossier_stap *s = row;
	const char *niveau = (const char *)sqlite3_column_text(st, 2);

	(void)a;
	s->op = sqlite3_column_int64(st, 0);
	s->dossier_id = sqlite3_column_int64(st, 1);
	s->niveau = 0;
	for (int i = 0; niveau && i < AVE__MAX; i++)
		if (!strcmp(niveau, ave_niveau_ids[i]))
			s->niveau = i;
	return 0;
}

int wijkprofiel_doorverwijzingen(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
				 struct wijk_dossier_stap **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_REFS_B : SQL_REFS_W, "Ii", area_id, with_gevoelig), a, read_stap,
		       sizeof(**out), &n, "wijkprofiel doorverwijzingen");
	return n;
}

int wijkprofiel_escalaties(struct db *db, struct arena *a, int64_t area_id, int buurt, int with_gevoelig,
			   struct wijk_dossier_stap **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_ESCS_B : SQL_ESCS_W, "Ii", area_id, with_gevoelig), a, read_stap,
		       sizeof(**out), &n, "wijkprofiel escalaties");
	return n;
}

static int read_ave(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	int64_t *out = ctx;
	const char *niveau = (const char *)sqlite3_column_text(st, 0);

	(void)a;
	for (int i = 0; niveau && i < AVE__MAX; i++)
		if (!strcmp(niveau, ave_niveau_ids[i]))
			out[i] += sqlite3_column_int64(st, 1);
	return 0;
}

int wijkprofiel_ave_nu(struct db *db, int64_t area_id, int buurt, int with_gevoelig, int64_t out[AVE__MAX])
{
	memset(out, 0, AVE__MAX * sizeof(int64_t));
	return db_each(db, db_query(db, buurt ? SQL_AVE_B : SQL_AVE_W, "Ii", area_id, with_gevoelig), NULL, read_ave,
		       out, "wijkprofiel ave");
}

static int read_score(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijkprofiel_score *s = row;

	(void)a;
	s->dag = sqlite3_column_int(st, 0);
	s->score = sqlite3_column_int(st, 1);
	return 0;
}

int wijkprofiel_scores(struct db *db, struct arena *a, int64_t area_id, int buurt, int64_t wijk_id, int32_t van,
		       int32_t tot, struct wijkprofiel_score **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_SCORES_B : SQL_SCORES_W, "IIii", area_id, wijk_id, (int)van, (int)tot),
		       a, read_score, sizeof(**out), &n, "wijkprofiel scores");
	return n;
}

static int read_interventie(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijkprofiel_interventie *i = row;

	i->id = sqlite3_column_int64(st, 0);
	i->soort = db_text(st, 1, a);
	i->gepland_dag = sqlite3_column_int(st, 2);
	i->dossier_id = sqlite3_column_int64(st, 3);
	i->dossier_wijk_id = sqlite3_column_int64(st, 4);
	i->dossier_owner_id = sqlite3_column_int64(st, 5);
	i->referentie = db_text(st, 6, a);
	i->onderwerp = db_text(st, 7, a);
	i->gevoelig = sqlite3_column_int(st, 8);
	return 0;
}

int wijkprofiel_interventies(struct db *db, struct arena *a, int64_t area_id, int buurt,
			     struct wijkprofiel_interventie **out)
{
	int n;
	*out = db_rows(db, db_query(db, buurt ? SQL_INTERV_B : SQL_INTERV_W, "I", area_id), a, read_interventie,
		       sizeof(**out), &n, "wijkprofiel interventies");
	return n;
}

static int read_soort(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct wijkprofiel_soort *s = row;
	const char *pijler = (const char *)sqlite3_column_text(st, 3);

	s->id = sqlite3_column_int64(st, 0);
	s->code = db_text(st, 1, a);
	s->naam = db_text(st, 2, a);
	s->pijler = PIJLER_FYSIEK;
	for (int i = 0; pijler && i < PIJLER__MAX; i++)
		if (!strcmp(pijler, pijler_ids[i]))
			s->pijler = (enum pijler)i;
	return 0;
}

int wijkprofiel_soorten(struct db *db, struct arena *a, struct wijkprofiel_soort **out)
{
	int n;
	*out = db_rows(db, db_stmt(db, SQL_SOORTEN), a, read_soort, sizeof(**out), &n, "wijkprofiel soorten");
	return n;
}
