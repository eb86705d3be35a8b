/*
 * referral.c - one doorverwijzing, its history and files, the answer
 * terms, and the organisations one can refer to (see referral.h).
 */
#include "store/referral.h"
#include "store/referral_sql.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"

#include <string.h>

void referral_viewer_init(struct referral_viewer *v, const struct actor *who)
{
	memset(v, 0, sizeof(*v));
	if (!who)
		return;
	v->user_id = who->user_id;
	if (who->role == ROLE_PARTNER) {
		/* A partner user without an organisation sees nothing: partner_id stays 0, which no row has. */
		v->partner_id = who->partner_id;
		return;
	}
	if (!role_is_staff(who->role))
		return;
	/* Ask the matrix about typical resources, so the SQL follows it rather than a copy of it. */
	const struct scope none = { 0, 0, 0, 0 }, none_s = { 0, 1, 0, 0 };
	const struct scope area = { 1, 0, 0, 0 }, area_s = { 1, 1, 0, 0 };
	const struct scope team_s = { 0, 1, 1, 0 };

	v->all = policy_check(who, ACT_REFERRAL_READ, &none) == VERDICT_ALLOW;
	v->all_sensitive = policy_check(who, ACT_REFERRAL_READ, &none_s) == VERDICT_ALLOW;
	v->area = policy_check(who, ACT_REFERRAL_READ, &area) == VERDICT_ALLOW;
	v->area_sensitive = policy_check(who, ACT_REFERRAL_READ, &area_s) == VERDICT_ALLOW;
	v->team = policy_check(who, ACT_REFERRAL_READ, &team_s) == VERDICT_ALLOW;
}

int32_t referral_answered_day(const struct referral *r)
{
	if (r->beantwoord_op)
		return amsterdam_day(r->beantwoord_op);
	if (r->afgewezen_op)
		return amsterdam_day(r->afgewezen_op);
	return -1;
}

/* ---- one referral ---- */

static const char SQL_GET_STAFF[] =
	"SELECT " REFERRAL_COLUMNS REFERRAL_STAFF_COLUMNS
	" FROM referral r JOIN partner p ON p.id = r.partner_id LEFT JOIN user u ON u.id = r.created_by"
	" JOIN dossier d ON d.id = r.dossier_id LEFT JOIN area w ON w.id = d.wijk_id"
	" WHERE r.id = ?1";
static const char SQL_GET_PARTNER[] =
	"SELECT " REFERRAL_COLUMNS REFERRAL_PARTNER_COLUMNS
	" FROM referral r JOIN partner p ON p.id = r.partner_id LEFT JOIN user u ON u.id = r.created_by"
	" WHERE r.id = ?1 AND r.partner_id = ?2";

int referral_read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral *r = row;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->dossier_id = sqlite3_column_int64(st, 1);
	r->partner_id = sqlite3_column_int64(st, 2);
	r->created_by = sqlite3_column_int64(st, 3);
	int s = referral_status_parse((const char *)sqlite3_column_text(st, 4));
	r->status = s < 0 ? RS_VERSTUURD : (enum referral_status)s;
	r->termijn = sqlite3_column_int(st, 5);
	r->antwoord_dag = sqlite3_column_int(st, 6);
	r->verstuurd_op = sqlite3_column_int64(st, 7);
	r->geaccepteerd_op = sqlite3_column_int64(st, 8);
	r->afgewezen_op = sqlite3_column_int64(st, 9);
	r->beantwoord_op = sqlite3_column_int64(st, 10);
	r->afgesloten_op = sqlite3_column_int64(st, 11);
	r->vraag = db_text(st, 12, a);
	r->gedeelde_informatie = db_text(st, 13, a);
	r->afwijs_reden = db_text(st, 14, a);
	r->partner_naam = db_text(st, 15, a);
	int k = partner_soort_parse((const char *)sqlite3_column_text(st, 16));
	r->partner_soort = k < 0 ? PARTNER_OVERIG : (enum partner_soort)k;
	r->door_naam = db_text(st, 17, a);
	r->reden = db_text(st, 18, a);
	r->dossier_ref = db_text(st, 19, a);
	r->dossier_onderwerp = db_text(st, 20, a);
	r->wijk_naam = db_text(st, 21, a);
	r->wijk_id = sqlite3_column_int64(st, 22);
	r->dossier_gevoelig = sqlite3_column_int(st, 23);
	r->wijk_code = db_text(st, 24, a);
	r->referentie = db_text(st, 25, a);
	r->door_email = db_text(st, 26, a);
	r->afsluit_notitie = db_text(st, 27, a);
	const char *before = (const char *)sqlite3_column_text(st, 28);
	r->voor_afsluiten = before && *before ? referral_status_parse(before) : -1;
	r->afgesloten_door = sqlite3_column_int64(st, 29);
	return 0;
}

static enum store_result get_one(struct db *db, struct arena *a, sqlite3_stmt *st, struct referral *out)
{
	return store_result_of(db_one(db, st, a, referral_read_row, out, "referral"));
}

enum store_result referral_get_staff(struct db *db, struct arena *a, int64_t id, struct referral *out)
{
	sqlite3_stmt *st = db_query(db, SQL_GET_STAFF, "I", id);

	return get_one(db, a, st, out);
}

enum store_result referral_get_partner(struct db *db, struct arena *a, int64_t id, int64_t partner_id,
				       struct referral *out)
{
	sqlite3_stmt *st = db_query(db, SQL_GET_PARTNER, "II", id, partner_id);

	return get_one(db, a, st, out);
}

/* The next number of the year, inside the caller's transaction (the writer is serialised). */
static const char SQL_INSERT[] =
	"INSERT INTO referral(dossier_id, partner_id, reden, vraag, gedeelde_informatie, verstuurd_op,"
	" termijn_werkdagen, antwoord_dag, created_by, jaar, volgnummer, referentie)"
	" SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, n, printf('R-%04d-%05d', ?10, n)"
	" FROM (SELECT coalesce(max(volgnummer), 0) + 1 AS n FROM referral WHERE jaar = ?10)";

enum store_result referral_insert(struct db *db, const struct referral_new *n, int64_t *id)
{
	int y, m, d;
	days_to_civil(amsterdam_day(n->now), &y, &m, &d);
	int rc = db_exec(db, SQL_INSERT, "IItttIiiIi", n->dossier_id, n->partner_id, n->reden, n->vraag,
			 n->gedeelde_informatie, n->now, n->termijn, (int)n->antwoord_dag, n->user_id, y);
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK)
		*id = db_last_id(db);
	return r;
}

const char *referral_referentie(struct db *db, struct arena *a, int64_t id)
{
	const char *ref = NULL;
	sqlite3_stmt *st = db_query(db, "SELECT referentie FROM referral WHERE id = ?", "I", id);

	return db_one(db, st, a, db_read_text, &ref, "referral reference") > 0 ? ref : NULL;
}

static const char SQL_ACCEPT[] =
	"UPDATE referral SET status = 'geaccepteerd', geaccepteerd_op = ?1 WHERE id = ?2 AND status = ?3";
static const char SQL_DECLINE[] =
	"UPDATE referral SET status = 'afgewezen', afgewezen_op = ?1, afwijs_reden = ?4 WHERE id = ?2 AND status = ?3";
/* beantwoord_op keeps the first answer: that one met (or missed) the term. */
static const char SQL_ANSWER[] =
	"UPDATE referral SET status = 'beantwoord', beantwoord_op = coalesce(beantwoord_op, ?1)"
	" WHERE id = ?2 AND status = ?3";
static const char SQL_CLOSE[] =
	"UPDATE referral SET status = 'afgesloten', afgesloten_op = ?1, afgesloten_door = ?4, afsluit_notitie = ?5,"
	" status_voor_afsluiten = ?3 WHERE id = ?2 AND status = ?3";
/* Back to where it stood; the note and the undo stay in the history (referral_event). */
static const char SQL_REOPEN[] =
	"UPDATE referral SET status = status_voor_afsluiten, afgesloten_op = NULL, afgesloten_door = NULL,"
	" afsluit_notitie = '', status_voor_afsluiten = NULL"
	" WHERE id = ?2 AND status = ?3 AND status_voor_afsluiten IS NOT NULL AND ?1 IS NOT NULL";

enum store_result referral_step(struct db *db, int64_t id, enum referral_status from, enum referral_action a,
				int64_t now, int64_t by, const char *reden)
{
	const char *st = referral_status_ids[from];
	int rc;

	switch (a) {
	case RA_ACCEPTEREN:
		rc = db_exec(db, SQL_ACCEPT, "IIt", now, id, st);
		break;
	case RA_AFWIJZEN:
		rc = db_exec(db, SQL_DECLINE, "IItt", now, id, st, reden ? reden : "");
		break;
	case RA_REACTIE:
		rc = db_exec(db, SQL_ANSWER, "IIt", now, id, st);
		break;
	case RA_AFSLUITEN:
		rc = db_exec(db, SQL_CLOSE, "IItNt", now, id, st, by, reden ? reden : "");
		break;
	case RA_HEROPENEN:
		rc = db_exec(db, SQL_REOPEN, "IIt", now, id, st);
		break;
	case RA__MAX:
	default:
		return STORE_ERROR;
	}
	enum store_result r = store_result_exec(rc);
	/* No row in `from` any more: another request moved it first. */
	return r == STORE_NOTFOUND ? STORE_CONFLICT : r;
}

/* ---- history ---- */

static const char SQL_EVENT_ADD[] =
	"INSERT INTO referral_event(referral_id, op, user_id, soort, tekst) VALUES (?, ?, ?, ?, ?)";
static const char SQL_EVENTS[] =
	"SELECT e.id, e.op, coalesce(e.user_id, 0), e.soort, e.tekst, coalesce(u.naam, '')"
	" FROM referral_event e LEFT JOIN user u ON u.id = e.user_id WHERE e.referral_id = ? ORDER BY e.op, e.id";

enum store_result referral_event_add(struct db *db, int64_t referral_id, int64_t op, int64_t user_id,
				     const char *soort, const char *tekst, int64_t *event_id)
{
	int rc = db_exec(db, SQL_EVENT_ADD, "IINtt", referral_id, op, user_id, soort, tekst ? tekst : "");
	enum store_result r = store_result_exec(rc);
	if (r == STORE_OK && event_id)
		*event_id = db_last_id(db);
	return r;
}

static int read_event(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_event *e = row;

	e->id = sqlite3_column_int64(st, 0);
	e->op = sqlite3_column_int64(st, 1);
	e->user_id = sqlite3_column_int64(st, 2);
	e->soort = db_text(st, 3, a);
	e->tekst = db_text(st, 4, a);
	e->wie = db_text(st, 5, a);
	return 0;
}

int referral_events(struct db *db, struct arena *a, int64_t referral_id, struct referral_event **out)
{
	sqlite3_stmt *st = db_query(db, SQL_EVENTS, "I", referral_id);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_event, sizeof(**out), &n, "referral events");
	return n;
}

/* ---- files ---- */

#define FILE_COLUMNS "f.id, f.referral_id, coalesce(f.event_id, 0), f.van_partner, f.bestandsnaam, f.opslag," \
	" f.mime, f.grootte, f.created_at"

static const char SQL_FILE_ADD[] =
	"INSERT INTO referral_file(referral_id, event_id, van_partner, bestandsnaam, opslag, mime, grootte,"
	" created_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_FILES[] =
	"SELECT " FILE_COLUMNS " FROM referral_file f WHERE f.referral_id = ? ORDER BY f.van_partner, f.id";
static const char SQL_FILE_GET[] =
	"SELECT " FILE_COLUMNS " FROM referral_file f WHERE f.referral_id = ?1 AND f.id = ?2";
static const char SQL_FILE_GET_PARTNER[] =
	"SELECT " FILE_COLUMNS " FROM referral_file f JOIN referral r ON r.id = f.referral_id"
	" WHERE f.referral_id = ?1 AND f.id = ?2 AND r.partner_id = ?3";

static int read_file(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_file *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->referral_id = sqlite3_column_int64(st, 1);
	f->event_id = sqlite3_column_int64(st, 2);
	f->van_partner = sqlite3_column_int(st, 3);
	f->bestandsnaam = db_text(st, 4, a);
	f->opslag = db_text(st, 5, a);
	f->mime = db_text(st, 6, a);
	f->grootte = sqlite3_column_int64(st, 7);
	f->created_at = sqlite3_column_int64(st, 8);
	return 0;
}

enum store_result referral_file_add(struct db *db, const struct referral_file *f, int64_t user_id)
{
	int rc = db_exec(db, SQL_FILE_ADD, "INitttIIN", f->referral_id, f->event_id, f->van_partner, f->bestandsnaam,
			 f->opslag, f->mime, f->grootte, f->created_at, user_id);

	return store_result_exec(rc);
}

int referral_files(struct db *db, struct arena *a, int64_t referral_id, struct referral_file **out)
{
	sqlite3_stmt *st = db_query(db, SQL_FILES, "I", referral_id);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_file, sizeof(**out), &n, "referral files");
	return n;
}

static enum store_result file_one(struct db *db, struct arena *a, sqlite3_stmt *st, struct referral_file *out)
{
	return store_result_of(db_one(db, st, a, read_file, out, "referral file"));
}

enum store_result referral_file_get(struct db *db, struct arena *a, int64_t referral_id, int64_t file_id,
				    struct referral_file *out)
{
	sqlite3_stmt *st = db_query(db, SQL_FILE_GET, "II", referral_id, file_id);

	return file_one(db, a, st, out);
}

enum store_result referral_file_get_partner(struct db *db, struct arena *a, int64_t referral_id, int64_t file_id,
					    int64_t partner_id, struct referral_file *out)
{
	sqlite3_stmt *st = db_query(db, SQL_FILE_GET_PARTNER, "III", referral_id, file_id, partner_id);

	return file_one(db, a, st, out);
}

static const char SQL_DOSSIER_FILES[] =
	"SELECT a.id, a.melding_id, a.grootte, m.referentie, a.bestandsnaam, a.opslag, a.mime"
	" FROM dossier_melding l JOIN melding m ON m.id = l.melding_id JOIN attachment a ON a.melding_id = m.id"
	" WHERE l.dossier_id = ? ORDER BY m.ontvangen_op, m.id, a.id";

static int read_source_file(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_source_file *f = row;

	f->id = sqlite3_column_int64(st, 0);
	f->melding_id = sqlite3_column_int64(st, 1);
	f->grootte = sqlite3_column_int64(st, 2);
	f->melding_ref = db_text(st, 3, a);
	f->bestandsnaam = db_text(st, 4, a);
	f->opslag = db_text(st, 5, a);
	f->mime = db_text(st, 6, a);
	return 0;
}

int referral_dossier_files(struct db *db, struct arena *a, int64_t dossier_id, struct referral_source_file **out)
{
	sqlite3_stmt *st = db_query(db, SQL_DOSSIER_FILES, "I", dossier_id);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_source_file, sizeof(**out), &n, "referral dossier files");
	return n;
}

/* ---- answer terms ---- */

static const char SQL_TERM_OF[] = "SELECT werkdagen FROM partner_termijn WHERE soort = ?";
static const char SQL_TERMS[] =
	"SELECT t.soort, t.werkdagen, coalesce(t.gewijzigd_op, 0), coalesce(u.naam, '')"
	" FROM partner_termijn t LEFT JOIN user u ON u.id = t.gewijzigd_door";
static const char SQL_TERM_SET[] =
	"INSERT INTO partner_termijn(soort, werkdagen, gewijzigd_op, gewijzigd_door) VALUES (?1, ?2, ?3, ?4)"
	" ON CONFLICT(soort) DO UPDATE SET werkdagen = ?2, gewijzigd_op = ?3, gewijzigd_door = ?4";

int referral_term_of(struct db *db, enum partner_soort soort)
{
	if ((unsigned)soort >= PARTNER__MAX)
		return -1;
	return (int)db_int(db, SQL_TERM_OF, REFERRAL_TERM_DEFAULT, "t", partner_soort_ids[soort]);
}

/* One stored term into its kind's place in the table (struct referral_term[PARTNER__MAX]). */
static int put_term(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct referral_term *out = ctx;
	int k = partner_soort_parse((const char *)sqlite3_column_text(st, 0));

	/* A kind the program no longer knows is left out, not shown as "overig". */
	if (k < 0)
		return 0;
	out[k].werkdagen = sqlite3_column_int(st, 1);
	out[k].gewijzigd_op = sqlite3_column_int64(st, 2);
	out[k].gewijzigd_door = db_text(st, 3, a);
	return 0;
}

int referral_terms(struct db *db, struct arena *a, struct referral_term out[PARTNER__MAX])
{
	sqlite3_stmt *st = db_stmt(db, SQL_TERMS);

	for (int i = 0; i < PARTNER__MAX; i++)
		out[i] = (struct referral_term){ (enum partner_soort)i, REFERRAL_TERM_DEFAULT, 0, "" };
	return db_each(db, st, a, put_term, out, "partner terms");
}

enum store_result referral_term_set(struct db *db, enum partner_soort soort, int werkdagen, int64_t now,
				    int64_t user_id)
{
	if ((unsigned)soort >= PARTNER__MAX)
		return STORE_NOTFOUND;
	int rc = db_exec(db, SQL_TERM_SET, "tiIN", partner_soort_ids[soort], werkdagen, now, user_id);

	return store_result_exec(rc);
}

/* ---- organisations to refer to ---- */

#define PARTNER_COLUMNS \
	"p.id, p.naam, p.contact_email, p.soort, p.actief, coalesce(t.werkdagen, 5)"
static const char SQL_PARTNERS[] =
	"SELECT " PARTNER_COLUMNS " FROM partner p LEFT JOIN partner_termijn t ON t.soort = p.soort"
	" WHERE p.actief = 1 ORDER BY p.naam COLLATE NOCASE, p.id";
static const char SQL_PARTNER_GET[] =
	"SELECT " PARTNER_COLUMNS " FROM partner p LEFT JOIN partner_termijn t ON t.soort = p.soort WHERE p.id = ?";

static int read_partner(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct referral_partner *p = row;

	p->id = sqlite3_column_int64(st, 0);
	p->naam = db_text(st, 1, a);
	p->contact_email = db_text(st, 2, a);
	int k = partner_soort_parse((const char *)sqlite3_column_text(st, 3));
	p->soort = k < 0 ? PARTNER_OVERIG : (enum partner_soort)k;
	p->actief = sqlite3_column_int(st, 4);
	p->termijn = sqlite3_column_int(st, 5);
	if (p->termijn < REFERRAL_TERM_MIN || p->termijn > REFERRAL_TERM_MAX)
		p->termijn = REFERRAL_TERM_DEFAULT;
	return 0;
}

int referral_partners(struct db *db, struct arena *a, struct referral_partner **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_PARTNERS);
	int n;

	*out = NULL;
	*out = db_rows(db, st, a, read_partner, sizeof(**out), &n, "referral partners");
	return n;
}

enum store_result referral_partner_get(struct db *db, struct arena *a, int64_t id, struct referral_partner *out)
{
	sqlite3_stmt *st = db_query(db, SQL_PARTNER_GET, "I", id);

	return store_result_of(db_one(db, st, a, read_partner, out, "referral partner"));
}
