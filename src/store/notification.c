/*
 * notification.c - the SQL of notifications and mail preferences (see
 * notification.h).
 */
#include "store/notification.h"
#include "db/db.h"
#include "lib/arena.h"

#include <string.h>

static const char SQL_ADD[] =
	"INSERT INTO notification(user_id, soort, tekst, url, op, mail) VALUES (?, ?, ?, ?, ?, ?)";
/* The same WHERE as the partial index notification_unread, so SQLite may use it. */
static const char SQL_UNREAD[] = "SELECT count(*) FROM notification WHERE user_id = ? AND gelezen_op IS NULL";
const char *const notification_unread_sql = SQL_UNREAD;
#define COLS "id, user_id, op, coalesce(gelezen_op, 0), soort, tekst, url"
static const char SQL_LIST[] =
	"SELECT " COLS " FROM notification WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?";
static const char SQL_COUNT[] = "SELECT count(*) FROM notification WHERE user_id = ?";
static const char SQL_GET[] = "SELECT " COLS " FROM notification WHERE id = ? AND user_id = ?";
static const char SQL_READ[] =
	"UPDATE notification SET gelezen_op = ? WHERE id = ? AND user_id = ? AND gelezen_op IS NULL";
static const char SQL_MINE[] = "SELECT 1 FROM notification WHERE id = ? AND user_id = ?";
static const char SQL_READ_ALL[] =
	"UPDATE notification SET gelezen_op = ? WHERE user_id = ? AND gelezen_op IS NULL";
static const char SQL_PREF[] = "SELECT mail FROM notification_pref WHERE user_id = ? AND soort = ?";
static const char SQL_PREF_SET[] =
	"INSERT INTO notification_pref(user_id, soort, mail) VALUES (?, ?, ?)"
	" ON CONFLICT(user_id, soort) DO UPDATE SET mail = excluded.mail";

static const char SQL_MELDING[] =
	"SELECT m.referentie, c.naam, coalesce(m.assignee_id, 0) FROM melding m"
	" JOIN category c ON c.id = m.category_id WHERE m.id = ?";
/* The rule of the dossier's "nieuwe meldingen" (store/dossier_parts.c): its address, or else its complex. */
#define TEAM_DOSSIERS \
	" FROM melding m JOIN dossier d ON d.status = 'open'" \
	" AND ((d.address_id IS NOT NULL AND d.address_id = m.address_id)" \
	"  OR (d.address_id IS NULL AND d.complex_id = m.complex_id))"
static const char SQL_TEAM[] =
	"SELECT t.user_id, t.dossier_id, t.referentie FROM ("
	" SELECT d.owner_id AS user_id, d.id AS dossier_id, d.referentie AS referentie" TEAM_DOSSIERS " WHERE m.id = ?1"
	" UNION SELECT dm.user_id, d.id, d.referentie" TEAM_DOSSIERS
	" JOIN dossier_member dm ON dm.dossier_id = d.id WHERE m.id = ?1"
	") t JOIN user u ON u.id = t.user_id AND u.active = 1 ORDER BY t.dossier_id, t.user_id";
static const char SQL_REFERRAL[] =
	"SELECT r.created_by, r.id, coalesce(r.referentie, ''), p.naam FROM referral r"
	" JOIN partner p ON p.id = r.partner_id JOIN user u ON u.id = r.created_by AND u.active = 1 WHERE r.id = ?";
static const char SQL_USER_NAME[] = "SELECT naam FROM user WHERE id = ?";

/* Users with waiting rows, by the partial index notification_mail (user_id, op). */
static const char SQL_MAIL_DUE[] =
	"SELECT w.user_id, u.email, u.naam, u.active FROM"
	" (SELECT user_id FROM notification WHERE mail = 1 GROUP BY user_id HAVING min(op) <= ? LIMIT ?) w"
	" JOIN user u ON u.id = w.user_id ORDER BY w.user_id";
static const char SQL_MAIL_WAITING[] =
	"SELECT " COLS " FROM notification WHERE user_id = ? AND mail = 1 ORDER BY id LIMIT ?";
static const char SQL_MAIL_DONE[] = "UPDATE notification SET mail = 2 WHERE user_id = ? AND mail = 1 AND id <= ?";

enum store_result notification_add(struct db *db, int64_t user_id, const char *soort, const char *tekst,
				   const char *url, int64_t op, enum notification_mail mail)
{
	return db_exec(db, SQL_ADD, "ItttIi", user_id, soort, tekst, url, op, (int)mail) < 0 ? STORE_ERROR : STORE_OK;
}

int64_t notification_unread(struct db *db, int64_t user_id)
{
	return db_int(db, SQL_UNREAD, -1, "I", user_id);
}

static int read_row(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct notification *n = row;

	n->id = sqlite3_column_int64(st, 0);
	n->user_id = sqlite3_column_int64(st, 1);
	n->op = sqlite3_column_int64(st, 2);
	n->gelezen_op = sqlite3_column_int64(st, 3);
	n->soort = db_text(st, 4, a);
	n->tekst = db_text(st, 5, a);
	n->url = db_text(st, 6, a);
	return 0;
}

int notification_list(struct db *db, struct arena *a, int64_t user_id, int64_t offset, int limit,
		      struct notification **out, int64_t *total)
{
	*out = arena_alloc(a, (size_t)(limit > 0 ? limit : 1) * sizeof(**out));
	*total = db_int(db, SQL_COUNT, -1, "I", user_id);
	if (*total < 0)
		return -1;
	return db_fill(db, db_query(db, SQL_LIST, "IiI", user_id, limit, offset), a, read_row, *out, sizeof(**out),
		       limit, "notification list");
}

enum store_result notification_get(struct db *db, struct arena *a, int64_t user_id, int64_t id,
				   struct notification *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_GET, "II", id, user_id), a, read_row, out, "notification"));
}

enum store_result notification_mark_read(struct db *db, int64_t user_id, int64_t id, int64_t now)
{
	int rc = db_exec(db, SQL_READ, "III", now, id, user_id);

	if (rc < 0)
		return STORE_ERROR;
	if (rc > 0)
		return STORE_OK;
	/* Nothing changed: read before, or not the user's. */
	return store_result_of(db_one(db, db_query(db, SQL_MINE, "II", id, user_id), NULL, NULL, NULL, "notification"));
}

int notification_mark_all_read(struct db *db, int64_t user_id, int64_t now)
{
	return db_exec(db, SQL_READ_ALL, "II", now, user_id);
}

int notification_pref(struct db *db, int64_t user_id, const char *soort, int def)
{
	int64_t v = db_int(db, SQL_PREF, -2, "It", user_id, soort);

	if (v == -2)
		return def;   /* no row (an error is logged by db_int and also lands here) */
	return v ? 1 : 0;
}

enum store_result notification_pref_set(struct db *db, int64_t user_id, const char *soort, int mail)
{
	return db_exec(db, SQL_PREF_SET, "Iti", user_id, soort, mail ? 1 : 0) < 0 ? STORE_ERROR : STORE_OK;
}

/* ---- who an event concerns ---- */

struct melding_facts {
	const char *referentie, *categorie;
	int64_t assignee_id;
};

static int read_melding(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct melding_facts *m = row;

	m->referentie = db_text(st, 0, a);
	m->categorie = db_text(st, 1, a);
	m->assignee_id = sqlite3_column_int64(st, 2);
	return 0;
}

enum store_result notification_melding(struct db *db, struct arena *a, int64_t melding_id, const char **referentie,
				       const char **categorie, int64_t *assignee_id)
{
	struct melding_facts m = { "", "", 0 };
	enum store_result r = store_result_of(db_one(db, db_query(db, SQL_MELDING, "I", melding_id), a, read_melding,
						     &m, "notification melding"));

	*referentie = m.referentie;
	*categorie = m.categorie;
	*assignee_id = m.assignee_id;
	return r;
}

static int read_target(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct notification_target *t = row;

	t->user_id = sqlite3_column_int64(st, 0);
	t->ref_id = sqlite3_column_int64(st, 1);
	db_copy_text(st, 2, t->referentie, sizeof(t->referentie));
	t->naam = sqlite3_column_count(st) > 3 ? db_text(st, 3, a) : "";
	return 0;
}

int notification_dossier_team(struct db *db, struct arena *a, int64_t melding_id, struct notification_target **out)
{
	int n = 0;

	*out = db_rows(db, db_query(db, SQL_TEAM, "I", melding_id), a, read_target, sizeof(**out), &n,
		       "notification dossier team");
	return n;
}

enum store_result notification_referral_sender(struct db *db, struct arena *a, int64_t referral_id,
					       struct notification_target *out)
{
	memset(out, 0, sizeof(*out));
	out->naam = "";
	return store_result_of(db_one(db, db_query(db, SQL_REFERRAL, "I", referral_id), a, read_target, out,
				      "notification referral"));
}

const char *notification_user_name(struct db *db, struct arena *a, int64_t user_id)
{
	const char *naam = NULL;

	return db_one(db, db_query(db, SQL_USER_NAME, "I", user_id), a, db_read_text, &naam, "notification user") > 0
		       ? naam : NULL;
}

/* ---- the bundled mail ---- */

static int read_mailbox(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct notification_mailbox *m = row;

	m->user_id = sqlite3_column_int64(st, 0);
	m->email = db_text(st, 1, a);
	m->naam = db_text(st, 2, a);
	m->active = sqlite3_column_int(st, 3);
	return 0;
}

int notification_mail_due(struct db *db, struct arena *a, int64_t cutoff, int max, struct notification_mailbox **out)
{
	*out = arena_alloc(a, (size_t)(max > 0 ? max : 1) * sizeof(**out));
	return db_fill(db, db_query(db, SQL_MAIL_DUE, "Ii", cutoff, max), a, read_mailbox, *out, sizeof(**out), max,
		       "notification mail due");
}

int notification_mail_waiting(struct db *db, struct arena *a, int64_t user_id, int max, struct notification **out)
{
	*out = arena_alloc(a, (size_t)(max > 0 ? max : 1) * sizeof(**out));
	return db_fill(db, db_query(db, SQL_MAIL_WAITING, "Ii", user_id, max), a, read_row, *out, sizeof(**out), max,
		       "notification mail waiting");
}

int notification_mail_done(struct db *db, int64_t user_id, int64_t last_id)
{
	return db_exec(db, SQL_MAIL_DONE, "II", user_id, last_id);
}
