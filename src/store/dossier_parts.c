/*
 * dossier_parts.c - what a dossier holds: team, linked meldingen, journal,
 * interventions, letters, AVE escalations, its own events, and the
 * timeline that puts them all in time order (see dossier.h).
 */
#include "db/db.h"
#include "store/dossier.h"
#include "store/dossier_sql.h"

#include <string.h>

/* ---- linked meldingen ---- */

#define SELECT_MELDING_ROW \
	"SELECT m.id, m.referentie, m.ontvangen_op, m.ontvangen_dag, c.naam, m.omschrijving, m.adres_tekst," \
	" m.status, m.bevestigen_dag, m.terugkoppelen_dag, m.streef_dag, coalesce(m.bevestigd_dag, -1)," \
	" coalesce(m.teruggekoppeld_dag, -1), coalesce(m.afgesloten_op, 0)"

#define MELDINGEN_OF_DOSSIER \
	SELECT_MELDING_ROW ", l.gekoppeld_op FROM dossier_melding l JOIN melding m ON m.id = l.melding_id" \
	" JOIN category c ON c.id = m.category_id WHERE l.dossier_id = ?"
static const char SQL_MELDINGEN[] = MELDINGEN_OF_DOSSIER " ORDER BY m.ontvangen_op, m.id";
/*
 * One page of them, newest first (issue 14: a dossier with hundreds of
 * meldingen made a page of 600 KB). Which ones is sorted on the narrow
 * melding_lijst_id (id ... ontvangen_op, 0012), so only the page's wide
 * rows are read (half the instructions of sorting all the rows).
 */
#define NEWEST_LINKED(limit) \
	"SELECT l2.melding_id FROM dossier_melding l2 JOIN melding m2 INDEXED BY melding_lijst_id" \
	" ON m2.id = l2.melding_id WHERE l2.dossier_id = ?1 ORDER BY m2.ontvangen_op DESC, m2.id DESC LIMIT " limit
static const char SQL_MELDINGEN_PAGE[] =
	SELECT_MELDING_ROW ", l.gekoppeld_op FROM dossier_melding l JOIN melding m ON m.id = l.melding_id"
	" JOIN category c ON c.id = m.category_id WHERE l.dossier_id = ?1"
	" AND m.id IN (" NEWEST_LINKED("?2 OFFSET ?3") ") ORDER BY m.ontvangen_op DESC, m.id DESC";
static const char SQL_MELDINGEN_COUNT[] = "SELECT count(*) FROM dossier_melding WHERE dossier_id = ?";
/*
 * New at the dossier's subject since it opened (a later id, whatever its
 * receipt moment). CROSS JOIN keeps the dossier as the outer loop: it then
 * searches melding by its subject (melding_address, or melding_complex_recent
 * from 0011) from its melding_grens on. Left to itself the planner walked all
 * of melding in ontvangen_op order to save the sort.
 */
#define NEW_MELDING_JOIN \
	" FROM dossier d CROSS JOIN melding m ON m.id > d.melding_grens" \
	" AND ((d.address_id IS NOT NULL AND m.address_id = d.address_id)" \
	"  OR (d.address_id IS NULL AND m.complex_id = d.complex_id))" \
	" JOIN category c ON c.id = m.category_id" \
	" WHERE d.status = 'open'" \
	" AND NOT EXISTS (SELECT 1 FROM dossier_melding l WHERE l.dossier_id = d.id AND l.melding_id = m.id)" \
	" AND NOT EXISTS (SELECT 1 FROM dossier_melding_negeer g WHERE g.dossier_id = d.id AND g.melding_id = m.id)" \
	" AND " SCOPE_MELDING
static const char SQL_NEW_MELDINGEN[] =
	SELECT_MELDING_ROW ", 0" NEW_MELDING_JOIN " AND d.id = ?10 ORDER BY m.ontvangen_op, m.id";
/*
 * The ?10 newest new meldingen over all of a user's open dossiers: the same
 * rows as NEW_MELDING_JOIN gives, but each dossier offers only its own ?10
 * newest (no others can be among the ?10 newest overall), read newest first
 * from the covering indexes melding_address_recent and melding_complex_recent
 * (0011) and stopped there. The dossiers are the user's own, found by
 * dossier_owner and dossier_member_user: tested one by one, the meldingen
 * of every open dossier at an address were looked up before the owner was
 * (155 million instructions at 40,000 dossiers). One branch per kind of subject, as a dossier is
 * about an address or else about a complex. The inner "m" is the melding
 * SCOPE_MELDING judges; the outer "s" is the row shown.
 */
#define NEW_FOR_USER_BRANCH(subject, col) \
	"SELECT d.id, s.id, d.referentie, s.referentie, d.onderwerp_tekst, c.naam, s.ontvangen_op" \
	" FROM dossier d CROSS JOIN melding s ON s.id IN (SELECT m.id FROM melding m" \
	"  WHERE m." col " = d." col " AND m.id > d.melding_grens" \
	"  AND NOT EXISTS (SELECT 1 FROM dossier_melding l WHERE l.dossier_id = d.id AND l.melding_id = m.id)" \
	"  AND NOT EXISTS (SELECT 1 FROM dossier_melding_negeer g WHERE g.dossier_id = d.id AND g.melding_id = m.id)" \
	"  AND " SCOPE_MELDING " ORDER BY m.ontvangen_op DESC, m.id DESC LIMIT ?10)" \
	" JOIN category c ON c.id = s.category_id" \
	" WHERE d.id IN (SELECT id FROM dossier WHERE owner_id = ?1 AND status = 'open'" \
	"  UNION SELECT dossier_id FROM dossier_member WHERE user_id = ?1)" \
	" AND d.status = 'open' AND " subject " AND " SCOPE_DOSSIER
static const char SQL_NEW_FOR_USER[] =
	NEW_FOR_USER_BRANCH("d.address_id IS NOT NULL", "address_id")
	" UNION ALL " NEW_FOR_USER_BRANCH("d.address_id IS NULL", "complex_id")
	" ORDER BY 7 DESC, 2 DESC LIMIT ?10";
/* For tests/http/test_plan_dossiers.c: the melding look-ups of the list and the dossier page. */
const char *const dossier_melding_sql[] = { SQL_MELDINGEN, SQL_NEW_MELDINGEN, SQL_NEW_FOR_USER, SQL_MELDINGEN_PAGE,
					    SQL_MELDINGEN_COUNT };
const int dossier_melding_sql_count = 5;
static const char SQL_LINKED[] = "SELECT 1 FROM dossier_melding WHERE dossier_id = ? AND melding_id = ?";
static const char SQL_LINK[] =
	"INSERT INTO dossier_melding(dossier_id, melding_id, gekoppeld_op, gekoppeld_door) VALUES (?, ?, ?, ?)";
static const char SQL_UNLINK[] = "DELETE FROM dossier_melding WHERE dossier_id = ? AND melding_id = ?";
static const char SQL_SET_ASIDE[] =
	"INSERT OR IGNORE INTO dossier_melding_negeer(dossier_id, melding_id, op, user_id) VALUES (?, ?, ?, ?)";

static int read_melding_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_melding_row *r = row;

	r->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, r->referentie, sizeof(r->referentie));
	r->ontvangen_op = sqlite3_column_int64(st, 2);
	r->ontvangen_dag = sqlite3_column_int(st, 3);
	r->categorie_naam = db_text(st, 4, a);
	r->omschrijving = db_text(st, 5, a);
	r->adres_tekst = db_text(st, 6, a);
	int s = melding_status_parse((const char *)sqlite3_column_text(st, 7));
	r->status = s < 0 ? MS_NIEUW : (enum melding_status)s;
	r->due.bevestigen = sqlite3_column_int(st, 8);
	r->due.terugkoppelen = sqlite3_column_int(st, 9);
	r->due.streef = sqlite3_column_int(st, 10);
	r->bevestigd_dag = sqlite3_column_int(st, 11);
	r->teruggekoppeld_dag = sqlite3_column_int(st, 12);
	r->afgesloten_op = sqlite3_column_int64(st, 13);
	r->gekoppeld_op = sqlite3_column_int64(st, 14);
	return 0;
}

static int melding_rows(struct db *db, struct arena *a, sqlite3_stmt *st, struct dossier_melding_row **out)
{
	int n;

	*out = db_rows(db, st, a, read_melding_row, sizeof(**out), &n, "dossier meldingen");
	return n;
}

int dossier_meldingen(struct db *db, struct arena *a, int64_t dossier_id, struct dossier_melding_row **out)
{
	sqlite3_stmt *st = db_query(db, SQL_MELDINGEN, "I", dossier_id);

	*out = NULL;
	return melding_rows(db, a, st, out);
}

int dossier_meldingen_page(struct db *db, struct arena *a, int64_t dossier_id, int64_t offset, int limit,
			   struct dossier_melding_row **out)
{
	sqlite3_stmt *st = db_query(db, SQL_MELDINGEN_PAGE, "IiI", dossier_id, limit, offset);

	*out = NULL;
	return melding_rows(db, a, st, out);
}

int64_t dossier_melding_count(struct db *db, int64_t dossier_id)
{
	return db_int(db, SQL_MELDINGEN_COUNT, -1, "I", dossier_id);
}

int dossier_new_meldingen(struct db *db, struct arena *a, int64_t dossier_id, const struct dossier_viewer *v,
			  struct dossier_melding_row **out)
{
	sqlite3_stmt *st = db_query(db, SQL_NEW_MELDINGEN, VIEWER_FMT "I", VIEWER_ARGS(v), dossier_id);

	*out = NULL;
	return melding_rows(db, a, st, out);
}

static int read_new_melding(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_new_melding *x = row;

	x->dossier_id = sqlite3_column_int64(st, 0);
	x->melding_id = sqlite3_column_int64(st, 1);
	db_copy_text(st, 2, x->dossier_ref, sizeof(x->dossier_ref));
	db_copy_text(st, 3, x->melding_ref, sizeof(x->melding_ref));
	x->onderwerp_tekst = db_text(st, 4, a);
	x->categorie_naam = db_text(st, 5, a);
	x->ontvangen_op = sqlite3_column_int64(st, 6);
	return 0;
}

int dossier_new_meldingen_for_user(struct db *db, struct arena *a, const struct dossier_viewer *v, int max,
				   struct dossier_new_melding **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_NEW_FOR_USER);

	*out = NULL;
	if (!st || max < 1)
		return st ? 0 : -1;
	db_bindf(st, VIEWER_FMT "i", VIEWER_ARGS(v), max);
	*out = arena_alloc(a, sizeof(**out) * (size_t)max);
	return db_fill(db, st, a, read_new_melding, *out, sizeof(**out), max, "dossier new meldingen");
}

int dossier_melding_linked(struct db *db, int64_t dossier_id, int64_t melding_id)
{
	sqlite3_stmt *st = db_query(db, SQL_LINKED, "II", dossier_id, melding_id);

	return db_one(db, st, NULL, NULL, NULL, "dossier linked");
}

enum store_result dossier_link(struct db *db, int64_t dossier_id, int64_t melding_id, int64_t now, int64_t user_id)
{
	return store_result_exec(db_exec(db, SQL_LINK, "IIIN", dossier_id, melding_id, now, user_id));
}

enum store_result dossier_unlink(struct db *db, int64_t dossier_id, int64_t melding_id)
{
	return store_result_exec(db_exec(db, SQL_UNLINK, "II", dossier_id, melding_id));
}

enum store_result dossier_set_aside(struct db *db, int64_t dossier_id, int64_t melding_id, int64_t now,
				    int64_t user_id)
{
	int rc = db_exec(db, SQL_SET_ASIDE, "IIIN", dossier_id, melding_id, now, user_id);
	return rc < 0 ? STORE_ERROR : STORE_OK;
}

/* ---- team ---- */

static const char SQL_MEMBERS[] =
	"SELECT u.id, u.naam, u.role, m.toegevoegd_op FROM dossier_member m JOIN user u ON u.id = m.user_id"
	" WHERE m.dossier_id = ? ORDER BY u.naam";
static const char SQL_MEMBER_ADD[] =
	"INSERT INTO dossier_member(dossier_id, user_id, toegevoegd_op, toegevoegd_door) VALUES (?, ?, ?, ?)";
static const char SQL_MEMBER_REMOVE[] = "DELETE FROM dossier_member WHERE dossier_id = ? AND user_id = ?";
static const char SQL_STAFF[] =
	"SELECT id, naam, role FROM user WHERE active = 1"
	" AND role IN ('wijkbeheerder', 'sociaal_beheerder', 'leefbaarheidsmedewerker', 'coordinator')"
	" ORDER BY naam";
static const char SQL_STAFF_ONE[] =
	"SELECT id, naam, role FROM user WHERE active = 1 AND id = ?"
	" AND role IN ('wijkbeheerder', 'sociaal_beheerder', 'leefbaarheidsmedewerker', 'coordinator')";

static int read_member(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_member_row *m = row;

	m->user_id = sqlite3_column_int64(st, 0);
	m->naam = db_text(st, 1, a);
	int r = role_parse((const char *)sqlite3_column_text(st, 2));
	m->role = r < 0 ? ROLE_ANONYMOUS : (enum role)r;
	m->toegevoegd_op = sqlite3_column_int64(st, 3);
	return 0;
}

int dossier_members(struct db *db, struct arena *a, int64_t dossier_id, struct dossier_member_row **out)
{
	sqlite3_stmt *st = db_query(db, SQL_MEMBERS, "I", dossier_id);
	int n;

	*out = db_rows(db, st, a, read_member, sizeof(**out), &n, "dossier members");
	return n;
}

enum store_result dossier_member_add(struct db *db, int64_t dossier_id, int64_t user_id, int64_t now, int64_t by)
{
	return store_result_exec(db_exec(db, SQL_MEMBER_ADD, "IIIN", dossier_id, user_id, now, by));
}

enum store_result dossier_member_remove(struct db *db, int64_t dossier_id, int64_t user_id)
{
	return store_result_exec(db_exec(db, SQL_MEMBER_REMOVE, "II", dossier_id, user_id));
}

/*
 * The roles in SQL_STAFF are those the matrix lets write dossiers; the
 * ondersteuner reads only and so is no team member.
 */
int dossier_staff_users(struct db *db, struct arena *a, struct dossier_user **out)
{
	return dossier_read_users(db, a, db_stmt(db, SQL_STAFF), out);
}

enum store_result dossier_staff_user(struct db *db, struct arena *a, int64_t id, struct dossier_user *out)
{
	sqlite3_stmt *st = db_query(db, SQL_STAFF_ONE, "I", id);
	struct dossier_user *u;

	int n = dossier_read_users(db, a, st, &u);
	if (n < 0)
		return STORE_ERROR;
	if (n == 0)
		return STORE_NOTFOUND;
	*out = u[0];
	return STORE_OK;
}

/* ---- journal ---- */

static const char SQL_NOTE_ADD[] =
	"INSERT INTO dossier_note(dossier_id, op, vastgelegd, user_id, tekst, vertrouwelijk) VALUES (?, ?, ?, ?, ?, ?)";
static const char SQL_NOTES[] =
	"SELECT n.id, n.op, n.vastgelegd, coalesce(n.user_id, 0), n.tekst, coalesce(u.naam, ''), n.vertrouwelijk"
	" FROM dossier_note n LEFT JOIN user u ON u.id = n.user_id"
	" WHERE n.dossier_id = ? AND (n.vertrouwelijk = 0 OR ?) ORDER BY n.op, n.id";

enum store_result dossier_note_add(struct db *db, int64_t dossier_id, int64_t op, int64_t now, int64_t user_id,
				   const char *tekst, int vertrouwelijk, int64_t *id)
{
	int rc = db_exec(db, SQL_NOTE_ADD, "IIINti", dossier_id, op, now, user_id, tekst, vertrouwelijk ? 1 : 0);
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK && id)
		*id = db_last_id(db);
	return r;
}

static int read_note(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct dossier_note *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->op = sqlite3_column_int64(st, 1);
	x->vastgelegd = sqlite3_column_int64(st, 2);
	x->user_id = sqlite3_column_int64(st, 3);
	x->tekst = db_text(st, 4, a);
	x->user_naam = db_text(st, 5, a);
	x->vertrouwelijk = sqlite3_column_int(st, 6);
	return 0;
}

int dossier_notes(struct db *db, struct arena *a, int64_t dossier_id, int with_confidential,
		  struct dossier_note **out)
{
	sqlite3_stmt *st = db_query(db, SQL_NOTES, "Ii", dossier_id, with_confidential ? 1 : 0);
	int n;

	*out = db_rows(db, st, a, read_note, sizeof(**out), &n, "dossier notes");
	return n;
}

/* ---- interventions ---- */

static const char SQL_IV_ADD[] =
	"INSERT INTO intervention(dossier_id, soort, gepland_dag, uitgevoerd_dag, uitkomst, toelichting,"
	" user_id, vastgelegd, tijdlijn_op, kosten_cent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
/* ?1 the day done; the uitkomst replaced only when given. */
static const char SQL_IV_UPDATE[] =
	"UPDATE intervention SET uitgevoerd_dag = ?1, tijdlijn_op = ?6,"
	" uitkomst = CASE WHEN ?2 = '' THEN uitkomst ELSE ?2 END, gewijzigd_op = ?3"
	" WHERE dossier_id = ?4 AND id = ?5";
#define SELECT_IV \
	"SELECT i.id, i.dossier_id, coalesce(i.user_id, 0), i.vastgelegd, i.soort, coalesce(i.gepland_dag, -1)," \
	" coalesce(i.uitgevoerd_dag, -1), i.uitkomst, i.toelichting, coalesce(u.naam, ''), coalesce(i.kosten_cent, -1)" \
	" FROM intervention i LEFT JOIN user u ON u.id = i.user_id"
static const char SQL_IV_GET[] = SELECT_IV " WHERE i.dossier_id = ? AND i.id = ?";
static const char SQL_IVS[] =
	SELECT_IV " WHERE i.dossier_id = ? ORDER BY coalesce(i.uitgevoerd_dag, i.gepland_dag), i.id";

static int read_iv(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct intervention *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->dossier_id = sqlite3_column_int64(st, 1);
	x->user_id = sqlite3_column_int64(st, 2);
	x->vastgelegd = sqlite3_column_int64(st, 3);
	int s = instrument_parse((const char *)sqlite3_column_text(st, 4));
	x->soort = s < 0 ? INS_AANSPREKEN : (enum instrument)s;
	x->gepland_dag = sqlite3_column_int(st, 5);
	x->uitgevoerd_dag = sqlite3_column_int(st, 6);
	x->uitkomst = db_text(st, 7, a);
	x->toelichting = db_text(st, 8, a);
	x->user_naam = db_text(st, 9, a);
	x->kosten_cent = sqlite3_column_int64(st, 10);
	return 0;
}

enum store_result intervention_add(struct db *db, int64_t dossier_id, const struct intervention *i, int64_t now,
				   int64_t *id)
{
	sqlite3_stmt *st = db_stmt(db, SQL_IV_ADD);
	int rc;

	if (!st)
		return STORE_ERROR;
	sqlite3_bind_int64(st, 1, dossier_id);
	sqlite3_bind_text(st, 2, instrument_ids[i->soort], -1, SQLITE_STATIC);
	if (i->gepland_dag < 0)
		sqlite3_bind_null(st, 3);
	else
		sqlite3_bind_int(st, 3, i->gepland_dag);
	if (i->uitgevoerd_dag < 0)
		sqlite3_bind_null(st, 4);
	else
		sqlite3_bind_int(st, 4, i->uitgevoerd_dag);
	sqlite3_bind_text(st, 5, i->uitkomst ? i->uitkomst : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, i->toelichting ? i->toelichting : "", -1, SQLITE_TRANSIENT);
	if (i->user_id)
		sqlite3_bind_int64(st, 7, i->user_id);
	else
		sqlite3_bind_null(st, 7);
	sqlite3_bind_int64(st, 8, now);
	sqlite3_bind_int64(st, 9, i->tijdlijn_op);
	/* No costs and none at all are one: the budget counts neither (a designated initializer leaves 0). */
	if (i->kosten_cent > 0)
		sqlite3_bind_int64(st, 10, i->kosten_cent);
	else
		sqlite3_bind_null(st, 10);
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE) {
		dossier_step_error(db, "intervention add");
		return (rc & 0xff) == SQLITE_CONSTRAINT ? STORE_CONFLICT : STORE_ERROR;
	}
	*id = db_last_id(db);
	return STORE_OK;
}

enum store_result intervention_update(struct db *db, int64_t dossier_id, int64_t id, int32_t uitgevoerd_dag,
				      int64_t tijdlijn_op, const char *uitkomst, int64_t now)
{
	sqlite3_stmt *st = db_stmt(db, SQL_IV_UPDATE);
	int rc;

	if (!st)
		return STORE_ERROR;
	if (db_bindf(st, "itIIII", (int)uitgevoerd_dag, uitkomst ? uitkomst : "", now, dossier_id, id,
		     tijdlijn_op) < 0) {
		db_done(st);
		return STORE_ERROR;
	}
	rc = sqlite3_step(st);
	db_done(st);
	if (rc != SQLITE_DONE) {
		dossier_step_error(db, "intervention update");
		return STORE_ERROR;
	}
	return sqlite3_changes(db_handle(db)) ? STORE_OK : STORE_NOTFOUND;
}

enum store_result intervention_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id,
				   struct intervention *out)
{
	sqlite3_stmt *st = db_query(db, SQL_IV_GET, "II", dossier_id, id);

	return store_result_of(db_one(db, st, a, read_iv, out, "intervention get"));
}

int dossier_interventions(struct db *db, struct arena *a, int64_t dossier_id, struct intervention **out)
{
	sqlite3_stmt *st = db_query(db, SQL_IVS, "I", dossier_id);
	int n;

	*out = db_rows(db, st, a, read_iv, sizeof(**out), &n, "dossier interventions");
	return n;
}

/* ---- letters ---- */

static const char SQL_LETTER_ADD[] =
	"INSERT INTO letter(dossier_id, soort, aan, datum_dag, tekst, user_id, vastgelegd) VALUES (?, ?, ?, ?, ?, ?, ?)";
#define SELECT_LETTER \
	"SELECT l.id, l.dossier_id, coalesce(l.user_id, 0), l.vastgelegd, l.soort, l.datum_dag, l.aan, l.tekst," \
	" coalesce(u.naam, '') FROM letter l LEFT JOIN user u ON u.id = l.user_id"
static const char SQL_LETTER_GET[] = SELECT_LETTER " WHERE l.dossier_id = ? AND l.id = ?";
static const char SQL_LETTERS[] = SELECT_LETTER " WHERE l.dossier_id = ? ORDER BY l.vastgelegd, l.id";

static int read_letter(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct letter *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->dossier_id = sqlite3_column_int64(st, 1);
	x->user_id = sqlite3_column_int64(st, 2);
	x->vastgelegd = sqlite3_column_int64(st, 3);
	int s = brief_soort_parse((const char *)sqlite3_column_text(st, 4));
	x->soort = s < 0 ? BRIEF_WAARSCHUWING : (enum brief_soort)s;
	x->datum_dag = sqlite3_column_int(st, 5);
	x->aan = db_text(st, 6, a);
	x->tekst = db_text(st, 7, a);
	x->user_naam = db_text(st, 8, a);
	return 0;
}

enum store_result letter_add(struct db *db, int64_t dossier_id, enum brief_soort soort, const char *aan,
			     int32_t datum_dag, const char *tekst, int64_t user_id, int64_t now, int64_t *id)
{
	int rc = db_exec(db, SQL_LETTER_ADD, "IttitNI", dossier_id, brief_soort_ids[soort], aan, (int)datum_dag,
			 tekst, user_id, now);
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK)
		*id = db_last_id(db);
	return r;
}

enum store_result letter_get(struct db *db, struct arena *a, int64_t dossier_id, int64_t id, struct letter *out)
{
	sqlite3_stmt *st = db_query(db, SQL_LETTER_GET, "II", dossier_id, id);

	return store_result_of(db_one(db, st, a, read_letter, out, "letter get"));
}

int dossier_letters(struct db *db, struct arena *a, int64_t dossier_id, struct letter **out)
{
	sqlite3_stmt *st = db_query(db, SQL_LETTERS, "I", dossier_id);
	int n;

	*out = db_rows(db, st, a, read_letter, sizeof(**out), &n, "dossier letters");
	return n;
}

/* ---- escalations ---- */

static const char SQL_ESC_ADD[] =
	"INSERT INTO escalation(dossier_id, van_niveau, van_regie, niveau, regie, reden, op, user_id)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_ESCS[] =
	"SELECT e.id, e.op, coalesce(e.user_id, 0), e.van_niveau, e.niveau, e.van_regie, e.regie, e.reden,"
	" coalesce(u.naam, '') FROM escalation e LEFT JOIN user u ON u.id = e.user_id"
	" WHERE e.dossier_id = ? ORDER BY e.op, e.id";

enum store_result dossier_escalate(struct db *db, int64_t dossier_id, const struct escalation *e)
{
	int rc = db_exec(db, SQL_ESC_ADD, "ItttttIN", dossier_id, ave_niveau_ids[e->van_niveau],
			 ave_regie_ids[e->van_regie], ave_niveau_ids[e->niveau], ave_regie_ids[e->regie], e->reden, e->op,
			 e->user_id);
	enum store_result r = store_result_exec(rc);
	if (r != STORE_OK)
		return r;
	return dossier_set_ave(db, dossier_id, e->niveau, e->regie);
}

static int read_escalation(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct escalation *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->op = sqlite3_column_int64(st, 1);
	x->user_id = sqlite3_column_int64(st, 2);
	int v = ave_niveau_parse((const char *)sqlite3_column_text(st, 3));
	x->van_niveau = v < 0 ? AVE_GROEN : (enum ave_niveau)v;
	v = ave_niveau_parse((const char *)sqlite3_column_text(st, 4));
	x->niveau = v < 0 ? AVE_GROEN : (enum ave_niveau)v;
	v = ave_regie_parse((const char *)sqlite3_column_text(st, 5));
	x->van_regie = v < 0 ? REGIE_BEWONER : (enum ave_regie)v;
	v = ave_regie_parse((const char *)sqlite3_column_text(st, 6));
	x->regie = v < 0 ? REGIE_BEWONER : (enum ave_regie)v;
	x->reden = db_text(st, 7, a);
	x->user_naam = db_text(st, 8, a);
	return 0;
}

int dossier_escalations(struct db *db, struct arena *a, int64_t dossier_id, struct escalation **out)
{
	sqlite3_stmt *st = db_query(db, SQL_ESCS, "I", dossier_id);
	int n;

	*out = db_rows(db, st, a, read_escalation, sizeof(**out), &n, "dossier escalations");
	return n;
}

/* ---- events ---- */

static const char SQL_EVENT_ADD[] =
	"INSERT INTO dossier_event(dossier_id, op, user_id, soort, tekst) VALUES (?, ?, ?, ?, ?)";

enum store_result dossier_event_add(struct db *db, int64_t dossier_id, int64_t op, int64_t user_id,
				    const char *soort, const char *tekst)
{
	int rc = db_exec(db, SQL_EVENT_ADD, "IINtt", dossier_id, op, user_id, soort, tekst ? tekst : "");

	return store_result_exec(rc);
}

/* ---- the timeline ---- */

const char *const timeline_kind_ids[TL__MAX] = {
	"melding", "notitie", "interventie", "brief", "escalatie", "gebeurtenis",
};

/*
 * One SELECT per kind, all with the same columns: kind, id, ordering
 * moment, day-only, s1..s4, who, vertrouwelijk, dag1, dag2, rank. An
 * intervention stands where its tijdlijn_op puts it (on its day). Moments
 * are whole seconds, so within one second a melding goes first, then the
 * dossier's own events (opened, linked), then the rest (rank). The
 * referrals of the next issue are one more UNION ALL here. ?3: how many
 * meldingen, the newest (negative: all), as the page shows them.
 */
static const char SQL_TIMELINE[] =
	"SELECT 0, m.id, m.ontvangen_op, 0, m.referentie, m.omschrijving, c.naam, '', '', 0, -1, -1, 0"
	" FROM dossier_melding l JOIN melding m ON m.id = l.melding_id JOIN category c ON c.id = m.category_id"
	" WHERE l.dossier_id = ?1 AND (?3 < 0 OR m.id IN (" NEWEST_LINKED("?3") "))"
	" UNION ALL"
	" SELECT 1, n.id, n.op, 0, '', n.tekst, '', '', coalesce(u.naam, ''), n.vertrouwelijk, -1, -1, 2"
	" FROM dossier_note n LEFT JOIN user u ON u.id = n.user_id"
	" WHERE n.dossier_id = ?1 AND (n.vertrouwelijk = 0 OR ?2)"
	" UNION ALL"
	" SELECT 2, i.id, i.tijdlijn_op, 1, i.soort, i.toelichting,"
	" i.uitkomst, coalesce(i.kosten_cent, ''), coalesce(u.naam, ''), 0, coalesce(i.gepland_dag, -1), coalesce(i.uitgevoerd_dag, -1), 2"
	" FROM intervention i LEFT JOIN user u ON u.id = i.user_id WHERE i.dossier_id = ?1"
	" UNION ALL"
	" SELECT 3, b.id, b.vastgelegd, 0, b.soort, b.aan, '', '', coalesce(u.naam, ''), 0, b.datum_dag, -1, 2"
	" FROM letter b LEFT JOIN user u ON u.id = b.user_id WHERE b.dossier_id = ?1"
	" UNION ALL"
	" SELECT 4, e.id, e.op, 0, e.niveau, e.reden, e.regie, e.van_niveau, coalesce(u.naam, ''), 0, -1, -1, 2"
	" FROM escalation e LEFT JOIN user u ON u.id = e.user_id WHERE e.dossier_id = ?1"
	" UNION ALL"
	" SELECT 5, v.id, v.op, 0, v.soort, v.tekst, '', '', coalesce(u.naam, ''), 0, -1, -1, 1"
	" FROM dossier_event v LEFT JOIN user u ON u.id = v.user_id WHERE v.dossier_id = ?1"
	" ORDER BY 3, 13, 1, 2";

static int read_item(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct timeline_item *t = row;
	int k = sqlite3_column_int(st, 0);

	t->kind = k >= 0 && k < TL__MAX ? (enum timeline_kind)k : TL_GEBEURTENIS;
	t->id = sqlite3_column_int64(st, 1);
	t->op = sqlite3_column_int64(st, 2);
	t->day_only = sqlite3_column_int(st, 3);
	t->s1 = db_text(st, 4, a);
	t->s2 = db_text(st, 5, a);
	t->s3 = db_text(st, 6, a);
	t->s4 = db_text(st, 7, a);
	t->wie = db_text(st, 8, a);
	t->vertrouwelijk = sqlite3_column_int(st, 9);
	t->dag1 = sqlite3_column_int(st, 10);
	t->dag2 = sqlite3_column_int(st, 11);
	return 0;
}

int dossier_timeline(struct db *db, struct arena *a, int64_t dossier_id, int with_confidential, int meldingen,
		     struct timeline_item **out)
{
	sqlite3_stmt *st = db_query(db, SQL_TIMELINE, "Iii", dossier_id, with_confidential ? 1 : 0, meldingen);
	int n;

	*out = db_rows(db, st, a, read_item, sizeof(**out), &n, "dossier timeline");
	return n;
}
