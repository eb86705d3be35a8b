/*
 * melding.c - the SQL for meldingen, their timeline and attachments.
 */
#include "store/melding.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "store/calendar.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char MELDING_FTS_FLUSH[] =
	"INSERT INTO melding_fts(rowid, referentie, adres_tekst, omschrijving)"
	" SELECT m.id, m.referentie, m.adres_tekst, m.omschrijving FROM melding_fts_wacht w CROSS JOIN melding m ON m.id = w.id;"
	" DELETE FROM melding_fts_wacht;";
static const char SQL_FTS_DEFERRED[] = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'melding_fts_wacht'";
static const char SQL_FTS_WAITING[] = "SELECT EXISTS (SELECT 1 FROM melding_fts_wacht)";

static const char SQL_NEXT_SEQ[] = "SELECT coalesce(max(volgnummer), 0) + 1 FROM melding WHERE jaar = ?";
static const char SQL_INSERT[] =
	"INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op,"
	" kanaal, category_id, omschrijving, voorval, postcode, huisnummer, toevoeging, plaats, adres_tekst,"
	" address_id, buurt_id, wijk_id, complex_id, melder_naam, melder_email, melder_telefoon, anoniem,"
	" created_by, bevestigen_dag, terugkoppelen_dag, streef_dag, status_token_hash, status_token_box,"
	" melder_sleutel, delen_met_partners)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

#define SELECT_MELDING \
	"SELECT m.id, m.referentie, m.ontvangen_op, m.ontvangen_dag, m.geregistreerd_op, m.kanaal," \
	" m.category_id, c.code, c.naam, c.pijler, m.omschrijving, m.voorval, m.plaats, m.adres_tekst," \
	" m.postcode, m.huisnummer, m.toevoeging, m.address_id, m.buurt_id, m.wijk_id, m.complex_id," \
	" b.naam, w.naam, w.code, x.naam, m.melder_naam, m.melder_email, m.melder_telefoon, m.anoniem," \
	" m.status, m.assignee_id, m.created_by, u.naam, m.bevestigen_dag, m.terugkoppelen_dag, m.streef_dag," \
	" m.bevestigd_op, m.bevestigd_dag, m.teruggekoppeld_op, m.teruggekoppeld_dag, m.afgesloten_op, m.kosten_cent," \
	" m.delen_met_partners, m.duplicaat_van, m.verwacht_dag, m.laat_gemeld_dag" \
	" FROM melding m JOIN category c ON c.id = m.category_id" \
	" LEFT JOIN area b ON b.id = m.buurt_id LEFT JOIN area w ON w.id = m.wijk_id" \
	" LEFT JOIN area x ON x.id = m.complex_id LEFT JOIN user u ON u.id = m.assignee_id"

static const char SQL_GET[] = SELECT_MELDING " WHERE m.id = ?";
static const char SQL_BY_REF[] = SELECT_MELDING " WHERE m.referentie = ?";
static const char SQL_BY_TOKEN[] = SELECT_MELDING " WHERE m.status_token_hash = ?";
static const char SQL_TOKEN_BOX[] = "SELECT status_token_box FROM melding WHERE id = ?";

static const char SQL_EVENT_ADD[] =
	"INSERT INTO melding_event(melding_id, op, vastgelegd, user_id, soort, tekst, voor_melder)"
	" VALUES (?, ?, ?, ?, ?, ?, ?)";
static const char SQL_EVENTS[] =
	"SELECT e.id, e.op, e.vastgelegd, e.user_id, e.soort, e.tekst, e.voor_melder, coalesce(u.naam, '')"
	" FROM melding_event e LEFT JOIN user u ON u.id = e.user_id"
	" WHERE e.melding_id = ? AND (e.voor_melder OR NOT ?) ORDER BY e.op, e.id";
static const char SQL_SET_STATUS[] = "UPDATE melding SET status = ? WHERE id = ?";
static const char SQL_SET_CONFIRMED[] =
	"UPDATE melding SET bevestigd_op = ?, bevestigd_dag = ? WHERE id = ? AND bevestigd_op IS NULL";
static const char SQL_SET_FEEDBACK[] =
	"UPDATE melding SET teruggekoppeld_op = ?, teruggekoppeld_dag = ?, doorloop_werkdagen = ?"
	" WHERE id = ? AND teruggekoppeld_op IS NULL";
static const char SQL_RECEIVED_DAY[] = "SELECT ontvangen_dag FROM melding WHERE id = ?";
static const char SQL_SET_CLOSED[] =
	"UPDATE melding SET afgesloten_op = ?, afgesloten_dag = ?, kosten_cent = ? WHERE id = ?";
static const char SQL_SET_VERWACHT[] = "UPDATE melding SET verwacht_dag = ? WHERE id = ?";
static const char SQL_SET_LAAT[] = "UPDATE melding SET laat_gemeld_dag = ? WHERE id = ?";
static const char SQL_PAST_LATE[] =
	"UPDATE melding SET laat_gemeld_dag = coalesce(verwacht_dag, terugkoppelen_dag)"
	" WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten' AND coalesce(verwacht_dag, terugkoppelen_dag) < ?";
/* Matches the partial index melding_antwoord_open (0036) term for term. */
static const char SQL_ANTWOORD_OPEN[] =
	"SELECT id FROM melding WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten'"
	" AND laat_gemeld_dag IS NOT coalesce(verwacht_dag, terugkoppelen_dag)"
	" AND coalesce(verwacht_dag, terugkoppelen_dag) >= ? AND coalesce(verwacht_dag, terugkoppelen_dag) < ?"
	" ORDER BY coalesce(verwacht_dag, terugkoppelen_dag) LIMIT ?";
static const char SQL_SET_ASSIGNEE[] = "UPDATE melding SET assignee_id = ? WHERE id = ?";
static const char SQL_SET_REOPENED[] =
	"UPDATE melding SET afgesloten_op = NULL, afgesloten_dag = NULL WHERE id = ?";
static const char SQL_SET_AREA[] =
	"UPDATE melding SET wijk_id = ?, buurt_id = ?,"
	" complex_id = CASE WHEN (SELECT x.wijk_id FROM area x WHERE x.id = melding.complex_id) = ?"
	" THEN complex_id END WHERE id = ?";

static const char SQL_ATT_ADD_CLEAN[] =
	"INSERT INTO attachment(melding_id, bestandsnaam, opslag, mime, grootte, created_at, opgenomen_op)"
	" VALUES (?, ?, ?, ?, ?, ?, nullif(?, 0))";
static const char SQL_ATT_CAPTION[] = "UPDATE attachment SET bijschrift = ? WHERE id = ? AND melding_id = ?";
static const char SQL_ATT_LIST[] =
	"SELECT id, melding_id, bestandsnaam, opslag, mime, grootte, created_at, bijschrift, coalesce(opgenomen_op, 0),"
	" coalesce(dagboek_id, 0) FROM attachment WHERE melding_id = ? ORDER BY id";
static const char SQL_ATT_GET[] =
	"SELECT id, melding_id, bestandsnaam, opslag, mime, grootte, created_at, bijschrift, coalesce(opgenomen_op, 0),"
	" coalesce(dagboek_id, 0) FROM attachment WHERE id = ?";

static const char SQL_SUBMIT_COUNT[] = "SELECT count(*) FROM submit_log WHERE ip = ? AND at >= ?";
static const char SQL_SUBMIT_ADD[] = "INSERT INTO submit_log(ip, at) VALUES (?, ?)";
static const char SQL_SUBMIT_PRUNE_IP[] = "DELETE FROM submit_log WHERE ip = ? AND at < ?";
static const char SQL_SUBMIT_PRUNE[] = "DELETE FROM submit_log WHERE at < ?";

static int64_t opt_int(sqlite3_stmt *st, int col, int64_t none)
{
	return sqlite3_column_type(st, col) == SQLITE_NULL ? none : sqlite3_column_int64(st, col);
}

static int read_melding(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding *m = row;
	int i = 0;

	memset(m, 0, sizeof(*m));
	m->id = sqlite3_column_int64(st, i++);
	db_copy_text(st, i++, m->referentie, sizeof(m->referentie));
	m->ontvangen_op = sqlite3_column_int64(st, i++);
	m->ontvangen_dag = sqlite3_column_int(st, i++);
	m->geregistreerd_op = sqlite3_column_int64(st, i++);
	int k = kanaal_parse((const char *)sqlite3_column_text(st, i++));
	m->kanaal = k < 0 ? KANAAL_WEBFORMULIER : (enum kanaal)k;
	m->category_id = sqlite3_column_int64(st, i++);
	m->categorie_code = db_text(st, i++, a);
	m->categorie_naam = db_text(st, i++, a);
	int p = pijler_parse((const char *)sqlite3_column_text(st, i++));
	m->pijler = p < 0 ? PIJLER_SAMEN_WONEN : (enum pijler)p;
	m->omschrijving = db_text(st, i++, a);
	m->voorval = db_text(st, i++, a);
	m->plaats = db_text(st, i++, a);
	m->adres_tekst = db_text(st, i++, a);
	db_copy_text(st, i++, m->postcode, sizeof(m->postcode));
	m->huisnummer = sqlite3_column_int(st, i++);
	db_copy_text(st, i++, m->toevoeging, sizeof(m->toevoeging));
	m->address_id = sqlite3_column_int64(st, i++);
	m->buurt_id = sqlite3_column_int64(st, i++);
	m->wijk_id = sqlite3_column_int64(st, i++);
	m->complex_id = sqlite3_column_int64(st, i++);
	m->buurt_naam = db_text(st, i++, a);
	m->wijk_naam = db_text(st, i++, a);
	m->wijk_code = db_text(st, i++, a);
	m->complex_naam = db_text(st, i++, a);
	m->melder_naam = db_text(st, i++, a);
	m->melder_email = db_text(st, i++, a);
	m->melder_telefoon = db_text(st, i++, a);
	m->anoniem = sqlite3_column_int(st, i++);
	int s = melding_status_parse((const char *)sqlite3_column_text(st, i++));
	m->status = s < 0 ? MS_NIEUW : (enum melding_status)s;
	m->assignee_id = sqlite3_column_int64(st, i++);
	m->created_by = sqlite3_column_int64(st, i++);
	m->assignee_naam = db_text(st, i++, a);
	m->due.bevestigen = sqlite3_column_int(st, i++);
	m->due.terugkoppelen = sqlite3_column_int(st, i++);
	m->due.streef = sqlite3_column_int(st, i++);
	m->bevestigd_op = opt_int(st, i++, 0);
	m->bevestigd_dag = (int32_t)opt_int(st, i++, -1);
	m->teruggekoppeld_op = opt_int(st, i++, 0);
	m->teruggekoppeld_dag = (int32_t)opt_int(st, i++, -1);
	m->afgesloten_op = opt_int(st, i++, 0);
	m->kosten_cent = opt_int(st, i++, -1);
	m->delen_met_partners = sqlite3_column_int(st, i++);
	m->duplicaat_van = opt_int(st, i++, 0);
	m->verwacht_dag = (int32_t)opt_int(st, i++, -1);
	m->laat_gemeld_dag = (int32_t)opt_int(st, i++, -1);
	return 0;
}

static enum store_result one(struct db *db, struct arena *a, sqlite3_stmt *st, struct melding *m)
{
	return store_result_of(db_one(db, st, a, read_melding, m, "melding"));
}

enum store_result melding_get(struct db *db, struct arena *a, int64_t id, struct melding *m)
{
	return one(db, a, db_query(db, SQL_GET, "I", id), m);
}

enum store_result melding_by_ref(struct db *db, struct arena *a, const char *ref, struct melding *m)
{
	return one(db, a, db_query(db, SQL_BY_REF, "t", ref), m);
}

enum store_result melding_by_token(struct db *db, struct arena *a, const unsigned char hash[32], struct melding *m)
{
	return one(db, a, db_query(db, SQL_BY_TOKEN, "b", hash, 32), m);
}

enum store_result melding_token_box(struct db *db, int64_t id, unsigned char *out, size_t max, size_t *len)
{
	return store_result_of(db_one_blob(db, db_query(db, SQL_TOKEN_BOX, "I", id), out, max, len, "melding token"));
}

/*
 * The melder for "distinct melders": FNV-1a of the normalised e-mail, else
 * of the phone number; 0 (stored as NULL) for anonymous melders. A key, not
 * a secret: the contact details sit in the same row anyway.
 */
static int64_t melder_key(const struct melding_valid *v)
{
	const char *s = v->melder_email[0] ? v->melder_email : v->melder_telefoon;
	uint64_t h = 1469598103934665603ull;

	if (v->anoniem || !s[0])
		return 0;
	h = (h ^ (uint64_t)(v->melder_email[0] ? 'e' : 't')) * 1099511628211ull;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		h = (h ^ c) * 1099511628211ull;
	}
	h &= 0x7fffffffffffffffull;
	return h ? (int64_t)h : 1;
}

enum store_result melding_fts_flush(struct db *db)
{
	if (db_in_tx(db))
		return db_exec_script(db, MELDING_FTS_FLUSH) < 0 ? STORE_ERROR : STORE_OK;
	/* One transaction: indexed and no longer waiting, or neither. */
	if (db_begin(db) < 0)
		return STORE_ERROR;
	if (db_exec_script(db, MELDING_FTS_FLUSH) < 0) {
		db_rollback(db);
		return STORE_ERROR;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result melding_fts_optimize(struct db *db)
{
	/* Through db_begin() like any write: on a server's connection it goes through the one writer. */
	if (db_begin(db) < 0)
		return STORE_ERROR;
	if (db_exec(db, "INSERT INTO melding_fts(melding_fts) VALUES ('optimize')", NULL) < 0) {
		db_rollback(db);
		return STORE_ERROR;
	}
	return db_commit(db) < 0 ? STORE_ERROR : STORE_OK;
}

static pthread_once_t fts_once = PTHREAD_ONCE_INIT;

static void fts_hook(void)
{
	db_before_commit(MELDING_FTS_FLUSH);
}

enum store_result melding_fts_defer(struct db *db)
{
	int64_t n = db_int(db, SQL_FTS_DEFERRED, -1, NULL);
	if (n < 0)
		return STORE_ERROR;
	if (n == 0)
		return STORE_OK;
	pthread_once(&fts_once, fts_hook);
	/*
	 * What a crash or another program left waiting. Not now on a database
	 * that takes no writes (read-only, disk full): the server starts all
	 * the same, and its first commit indexes it.
	 */
	if (db_int(db, SQL_FTS_WAITING, 0, NULL) && melding_fts_flush(db) != STORE_OK)
		log_warn("search index: meldingen that wait for it are indexed at the next write");
	return STORE_OK;
}

enum store_result melding_insert(struct db *db, const struct melding_new *n, char ref[16], int64_t *id)
{
	const struct melding_valid *v = n->v;
	const struct address_match *m = n->match;
	int y, mo, d;
	char adres[400];

	/* Whatever program takes it in, this melding's commit indexes it (migration 0031). */
	pthread_once(&fts_once, fts_hook);
	days_to_civil(n->ontvangen_dag, &y, &mo, &d);
	/* The year of the reference is the year it came in, as staff and melders read it. */
	int64_t seq = db_int(db, SQL_NEXT_SEQ, 1, "i", y);
	melding_reference(y, seq, ref);

	/* "Merelstraat 12 A, 9991 AB Voorbeeldstad — bij de speeltuin", parts left out when unknown. */
	if (v->postcode[0])
		snprintf(adres, sizeof(adres), "%s%s%d%s%s, %s%s%s%s%s", m->straat, m->straat[0] ? " " : "",
			 v->huisnummer, v->toevoeging[0] ? " " : "", v->toevoeging, v->postcode,
			 m->woonplaats[0] ? " " : "", m->woonplaats, v->plaats[0] ? " — " : "", v->plaats);
	else
		snprintf(adres, sizeof(adres), "%s", v->plaats);

	sqlite3_stmt *st = db_stmt(db, SQL_INSERT);
	if (!st)
		return STORE_ERROR;
	int rc = db_bindf(st, "tiiIiItItttNtttNNNNtttiNiii", ref, y, (int)seq, v->ontvangen_op,
			  (int)n->ontvangen_dag, n->now, kanaal_ids[v->kanaal], n->category_id, v->omschrijving,
			  v->voorval, v->postcode, (int64_t)v->huisnummer, v->toevoeging, v->plaats, adres,
			  m->address_id, m->buurt_id, m->wijk_id, m->complex_id, v->melder_naam, v->melder_email,
			  v->melder_telefoon, v->anoniem, n->created_by, (int)n->due.bevestigen,
			  (int)n->due.terugkoppelen, (int)n->due.streef);
	if (rc == 0) {
		sqlite3_bind_blob(st, 28, n->token_hash, 32, SQLITE_TRANSIENT);
		sqlite3_bind_blob(st, 29, n->token_box, (int)n->token_box_len, SQLITE_TRANSIENT);
		int64_t key = melder_key(v);
		if (key)
			sqlite3_bind_int64(st, 30, key);
		sqlite3_bind_int(st, 31, v->delen_met_partners);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
		if (rc < 0)
			log_error("melding insert: %s", sqlite3_errmsg(db_handle(db)));
	}
	db_done(st);
	if (rc < 0)
		return STORE_ERROR;
	*id = db_last_id(db);
	return STORE_OK;
}

enum store_result melding_event_add(struct db *db, int64_t melding_id, int64_t op, int64_t user_id,
				    const char *soort, const char *tekst, int voor_melder)
{
	return db_exec(db, SQL_EVENT_ADD, "IIINtti", melding_id, op, clock_now(), user_id, soort, tekst ? tekst : "",
		       voor_melder) < 0 ? STORE_ERROR : STORE_OK;
}

static int read_event(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding_event *e = row;

	e->id = sqlite3_column_int64(st, 0);
	e->op = sqlite3_column_int64(st, 1);
	e->vastgelegd = sqlite3_column_int64(st, 2);
	e->user_id = sqlite3_column_int64(st, 3);
	e->soort = db_text(st, 4, a);
	e->tekst = db_text(st, 5, a);
	e->voor_melder = sqlite3_column_int(st, 6);
	e->user_naam = db_text(st, 7, a);
	return 0;
}

int melding_events(struct db *db, struct arena *a, int64_t melding_id, int only_melder,
		   struct melding_event **out)
{
	sqlite3_stmt *st = db_query(db, SQL_EVENTS, "Ii", melding_id, only_melder);
	int n;

	*out = db_rows(db, st, a, read_event, sizeof(**out), &n, "events");
	return n;
}

static enum store_result changed(int rc)
{
	return rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

enum store_result melding_set_status(struct db *db, int64_t id, enum melding_status s)
{
	return changed(db_exec(db, SQL_SET_STATUS, "tI", melding_status_ids[s], id));
}

enum store_result melding_set_confirmed(struct db *db, int64_t id, int64_t op, int32_t dag)
{
	/* Only the first confirmation counts; later ones change nothing. */
	return db_exec(db, SQL_SET_CONFIRMED, "IiI", op, (int)dag, id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result melding_set_feedback(struct db *db, int64_t id, int64_t op, int32_t dag)
{
	/*
	 * The doorlooptijd is fixed now, with the calendar in force now, like the
	 * due days were at receipt: later closing days never rewrite it.
	 */
	struct calendar *cal = xmalloc(sizeof(*cal));
	int32_t received = (int32_t)db_int(db, SQL_RECEIVED_DAY, 0, "I", id);
	int werkdagen = 0;

	if (calendar_load(db, cal) < 0) {
		free(cal);
		return STORE_ERROR;
	}
	if (dag > received)
		werkdagen = werkdagen_between(&cal->cal, received, dag);
	free(cal);
	return db_exec(db, SQL_SET_FEEDBACK, "IiiI", op, (int)dag, werkdagen, id) < 0 ? STORE_ERROR : STORE_OK;
}

enum store_result melding_set_closed(struct db *db, int64_t id, int64_t op, int64_t kosten_cent)
{
	int dag = (int)amsterdam_day(op);

	if (kosten_cent < 0)
		return changed(db_exec(db, SQL_SET_CLOSED, "IinI", op, dag, id));
	return changed(db_exec(db, SQL_SET_CLOSED, "IiII", op, dag, kosten_cent, id));
}

enum store_result melding_set_verwacht(struct db *db, int64_t id, int32_t dag)
{
	return changed(db_exec(db, SQL_SET_VERWACHT, "iI", (int)dag, id));
}

enum store_result melding_set_laat_gemeld(struct db *db, int64_t id, int32_t dag)
{
	return changed(db_exec(db, SQL_SET_LAAT, "iI", (int)dag, id));
}

enum store_result melding_mark_past_late(struct db *db, int32_t today)
{
	return db_exec(db, SQL_PAST_LATE, "i", (int)today) < 0 ? STORE_ERROR : STORE_OK;
}

int melding_antwoord_open(struct db *db, int32_t van, int32_t tot, int64_t *out, int max)
{
	sqlite3_stmt *st = db_stmt(db, SQL_ANTWOORD_OPEN);
	int n = 0, rc = SQLITE_DONE;

	if (!st)
		return -1;
	sqlite3_bind_int(st, 1, van);
	sqlite3_bind_int(st, 2, tot);
	sqlite3_bind_int(st, 3, max);
	while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW)
		out[n++] = sqlite3_column_int64(st, 0);
	if (rc == SQLITE_ROW)   /* stopped at max */
		rc = SQLITE_DONE;
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? n : -1;
}

enum store_result melding_set_assignee(struct db *db, int64_t id, int64_t user_id)
{
	return changed(db_exec(db, SQL_SET_ASSIGNEE, "NI", user_id, id));
}

enum store_result melding_set_reopened(struct db *db, int64_t id)
{
	return changed(db_exec(db, SQL_SET_REOPENED, "I", id));
}

enum store_result melding_set_area(struct db *db, int64_t id, int64_t wijk_id, int64_t buurt_id)
{
	return changed(db_exec(db, SQL_SET_AREA, "INII", wijk_id, buurt_id, wijk_id, id));
}

enum store_result attachment_add(struct db *db, int64_t melding_id, const char *name, const char *opslag,
				 const char *mime, int64_t size, int64_t now)
{
	return attachment_add_clean(db, melding_id, name, opslag, mime, size, now, 0);
}

enum store_result attachment_add_clean(struct db *db, int64_t melding_id, const char *name, const char *opslag,
				       const char *mime, int64_t size, int64_t now, int64_t opgenomen_op)
{
	return db_exec(db, SQL_ATT_ADD_CLEAN, "ItttIII", melding_id, name, opslag, mime, size, now, opgenomen_op) < 0
		? STORE_ERROR : STORE_OK;
}

enum store_result attachment_set_bijschrift(struct db *db, int64_t melding_id, int64_t id, const char *bijschrift)
{
	return changed(db_exec(db, SQL_ATT_CAPTION, "tII", bijschrift, id, melding_id));
}

static int read_attachment(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct attachment *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->melding_id = sqlite3_column_int64(st, 1);
	x->bestandsnaam = db_text(st, 2, a);
	x->opslag = db_text(st, 3, a);
	x->mime = db_text(st, 4, a);
	x->grootte = sqlite3_column_int64(st, 5);
	x->created_at = sqlite3_column_int64(st, 6);
	x->bijschrift = db_text(st, 7, a);
	x->opgenomen_op = sqlite3_column_int64(st, 8);
	x->dagboek_id = sqlite3_column_int64(st, 9);
	return 0;
}

int attachment_list(struct db *db, struct arena *a, int64_t melding_id, struct attachment **out)
{
	sqlite3_stmt *st = db_query(db, SQL_ATT_LIST, "I", melding_id);
	/* At most a handful per melding (the form takes five); 32 is plenty. */
	struct attachment *x = arena_alloc(a, 32 * sizeof(*x));

	*out = x;
	return db_fill(db, st, a, read_attachment, x, sizeof(*x), 32, "attachments");
}

enum store_result attachment_get(struct db *db, struct arena *a, int64_t id, struct attachment *out)
{
	sqlite3_stmt *st = db_query(db, SQL_ATT_GET, "I", id);

	return store_result_of(db_one(db, st, a, read_attachment, out, "attachment"));
}

int64_t submit_count_since(struct db *db, const char *ip, int64_t since)
{
	return db_int(db, SQL_SUBMIT_COUNT, 0, "tI", ip, since);
}

/*
 * The log keeps a day. This address's old rows go at once, along its
 * index; everyone else's at most once an hour: that DELETE reads the whole
 * table, and run on every melding it was a fifth of a create's work at
 * load (callgrind, bench_create at 1M: 312k of 1,383k instructions).
 */
enum store_result submit_record(struct db *db, const char *ip, int64_t now)
{
	static _Atomic int64_t pruned_all;
	int64_t last = pruned_all;

	if (db_exec(db, SQL_SUBMIT_ADD, "tI", ip, now) < 0 ||
	    db_exec(db, SQL_SUBMIT_PRUNE_IP, "tI", ip, now - 24 * 3600) < 0)
		return STORE_ERROR;
	if ((now < last || now - last >= 3600) && atomic_compare_exchange_strong(&pruned_all, &last, now) &&
	    db_exec(db, SQL_SUBMIT_PRUNE, "I", now - 24 * 3600) < 0)
		return STORE_ERROR;
	return STORE_OK;
}
