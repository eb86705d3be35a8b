/*
 * routing.c - the SQL for routing rules and rule-made assignments (see routing.h).
 */
#include "store/routing.h"
#include "db/db.h"
#include "domain/melding.h"
#include "lib/arena.h"

#include <string.h>

#define COLS "r.id, r.naam, r.volgorde, r.actief, r.category_id, r.area_id, r.kanaal, r.van_minuut," \
	     " r.tot_minuut, r.user_id, c.naam, a.naam, a.soort = 'buurt', coalesce(u.naam, 'team ' || t.naam)," \
	     " CASE WHEN r.user_id IS NOT NULL THEN u.active" \
	     " ELSE EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = r.team_id) END, r.team_id"
#define FROM " FROM routing_rule r LEFT JOIN category c ON c.id = r.category_id" \
	     " LEFT JOIN area a ON a.id = r.area_id LEFT JOIN user u ON u.id = r.user_id" \
	     " LEFT JOIN team t ON t.id = r.team_id"

static const char SQL_ALL[] = "SELECT " COLS FROM " ORDER BY r.volgorde, r.id LIMIT 200";
static const char SQL_GET[] = "SELECT " COLS FROM " WHERE r.id = ?";
static const char SQL_INSERT[] =
	"INSERT INTO routing_rule(naam, volgorde, actief, category_id, area_id, kanaal, van_minuut, tot_minuut,"
	" user_id, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
	"UPDATE routing_rule SET naam = ?, volgorde = ?, actief = ?, category_id = ?, area_id = ?, kanaal = ?,"
	" van_minuut = ?, tot_minuut = ?, user_id = ?, team_id = ? WHERE id = ?";
static const char SQL_DELETE[] = "DELETE FROM routing_rule WHERE id = ?";
static const char SQL_ORDER[] = "UPDATE routing_rule SET volgorde = ? WHERE id = ?";
static const char SQL_ACTIVE[] = "UPDATE routing_rule SET actief = ? WHERE id = ?";
static const char SQL_STATE[] =
	"SELECT coalesce(assignee_id, 0), coalesce(team_id, 0), toegewezen_door_regel FROM melding WHERE id = ?";
static const char SQL_ASSIGN[] =
	"UPDATE melding SET assignee_id = ?, team_id = ?, toegewezen_door_regel = 1 WHERE id = ?";
static const char SQL_MELDING_TEAM[] =
	"SELECT coalesce((SELECT t.naam FROM team t WHERE t.id = m.team_id), '') FROM melding m WHERE m.id = ?";
static const char SQL_TEAMS[] =
	"SELECT t.id, t.naam, (SELECT group_concat(naam, ', ') FROM (SELECT u.naam FROM team_member m"
	" JOIN user u ON u.id = m.user_id WHERE m.team_id = t.id ORDER BY u.naam)),"
	" (SELECT count(*) FROM team_member m WHERE m.team_id = t.id) FROM team t ORDER BY t.naam LIMIT 100";
static const char SQL_TEAM[] =
	"SELECT t.id, t.naam, '', (SELECT count(*) FROM team_member m WHERE m.team_id = t.id) FROM team t WHERE t.id = ?";
static const char SQL_TEAM_INSERT[] = "INSERT INTO team(naam) VALUES (?)";
static const char SQL_TEAM_RENAME[] = "UPDATE team SET naam = ? WHERE id = ?";
static const char SQL_TEAM_MEMBERS[] = "SELECT user_id FROM team_member WHERE team_id = ? ORDER BY user_id";
static const char SQL_TEAM_CLEAR[] = "DELETE FROM team_member WHERE team_id = ?";
static const char SQL_TEAM_ADD[] = "INSERT INTO team_member(team_id, user_id) VALUES (?, ?)";
static const char SQL_BY_HAND[] = "UPDATE melding SET toegewezen_door_regel = 0 WHERE id = ?";

static int read_rule(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct routing_rule *r = row;

	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, r->naam, sizeof(r->naam));
	r->volgorde = sqlite3_column_int(st, 2);
	r->cond.actief = sqlite3_column_int(st, 3);
	r->cond.category_id = sqlite3_column_int64(st, 4);
	r->cond.area_id = sqlite3_column_int64(st, 5);
	r->cond.kanaal = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1
			 : kanaal_parse((const char *)sqlite3_column_text(st, 6));
	r->cond.van = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 7);
	r->cond.tot = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 8);
	r->user_id = sqlite3_column_int64(st, 9);
	r->team_id = sqlite3_column_int64(st, 15);
	if (a) {
		r->categorie_naam = db_text(st, 10, a);
		r->gebied_naam = db_text(st, 11, a);
		r->doel_naam = db_text(st, 13, a);
	}
	r->gebied_is_buurt = sqlite3_column_int(st, 12);
	r->doel_actief = sqlite3_column_int(st, 14);
	return 0;
}

int routing_rules(struct db *db, struct arena *a, struct routing_rule **out)
{
	int n;

	*out = NULL;
	if (!db)
		return -1;
	*out = db_rows(db, db_stmt(db, SQL_ALL), a, read_rule, sizeof(**out), &n, "routing rules");
	return n;
}

enum store_result routing_rule_get(struct db *db, struct arena *a, int64_t id, struct routing_rule *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_GET, "I", id), a, read_rule, out, "routing rule"));
}

enum store_result routing_rule_save(struct db *db, struct routing_rule *r)
{
	const struct routing_cond *c = &r->cond;
	const char *kanaal = c->kanaal >= 0 && c->kanaal < KANAAL__MAX ? kanaal_ids[c->kanaal] : NULL;
	int timed = c->van >= 0 && c->tot >= 0;
	int rc;

	/* The minutes go in as NULL for "any time": 'N' binds 0 as NULL, so bind by hand. */
	if (r->id)
		rc = timed ? db_exec(db, SQL_UPDATE, "tiiNNtiiNNI", r->naam, r->volgorde, c->actief, c->category_id,
				     c->area_id, kanaal, c->van, c->tot, r->user_id, r->team_id, r->id)
			   : db_exec(db, SQL_UPDATE, "tiiNNtnnNNI", r->naam, r->volgorde, c->actief, c->category_id,
				     c->area_id, kanaal, r->user_id, r->team_id, r->id);
	else
		rc = timed ? db_exec(db, SQL_INSERT, "tiiNNtiiNN", r->naam, r->volgorde, c->actief, c->category_id,
				     c->area_id, kanaal, c->van, c->tot, r->user_id, r->team_id)
			   : db_exec(db, SQL_INSERT, "tiiNNtnnNN", r->naam, r->volgorde, c->actief, c->category_id,
				     c->area_id, kanaal, r->user_id, r->team_id);
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	if (!r->id)
		r->id = db_last_id(db);
	else if (rc == 0)
		return STORE_NOTFOUND;
	return STORE_OK;
}

enum store_result routing_rule_delete(struct db *db, int64_t id)
{
	return store_result_exec(db_exec(db, SQL_DELETE, "I", id));
}

enum store_result routing_rule_set_order(struct db *db, int64_t id, int volgorde)
{
	return store_result_exec(db_exec(db, SQL_ORDER, "iI", volgorde, id));
}

enum store_result routing_rule_set_active(struct db *db, int64_t id, int actief)
{
	return store_result_exec(db_exec(db, SQL_ACTIVE, "iI", actief, id));
}

struct state {
	int64_t assignee_id, team_id;
	int by_rule;
};

static int read_state(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct state *s = row;

	(void)a;
	s->assignee_id = sqlite3_column_int64(st, 0);
	s->team_id = sqlite3_column_int64(st, 1);
	s->by_rule = sqlite3_column_int(st, 2);
	return 0;
}

enum store_result routing_melding_state(struct db *db, int64_t melding_id, int64_t *assignee_id, int64_t *team_id,
					int *by_rule)
{
	struct state s = { 0 };
	enum store_result r = store_result_of(db_one(db, db_query(db, SQL_STATE, "I", melding_id), NULL, read_state,
						     &s, "melding routing state"));

	*assignee_id = s.assignee_id;
	*team_id = s.team_id;
	*by_rule = s.by_rule;
	return r;
}

enum store_result routing_melding_assign(struct db *db, int64_t melding_id, int64_t user_id, int64_t team_id)
{
	return store_result_exec(db_exec(db, SQL_ASSIGN, "NNI", user_id, team_id, melding_id));
}

const char *routing_melding_team(struct db *db, struct arena *a, int64_t melding_id)
{
	const char *naam = NULL;
	int rc = db_one(db, db_query(db, SQL_MELDING_TEAM, "I", melding_id), a, db_read_text, &naam, "melding team");

	return rc < 0 ? NULL : naam ? naam : "";
}

/* ---- teams ---- */

static int read_team(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct team *t = row;

	memset(t, 0, sizeof(*t));
	t->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, t->naam, sizeof(t->naam));
	t->leden = a ? db_text(st, 2, a) : "";
	t->n_leden = sqlite3_column_int(st, 3);
	return 0;
}

int team_list(struct db *db, struct arena *a, struct team **out)
{
	int n;

	*out = NULL;
	if (!db)
		return -1;
	*out = db_rows(db, db_stmt(db, SQL_TEAMS), a, read_team, sizeof(**out), &n, "teams");
	return n;
}

enum store_result team_get(struct db *db, struct arena *a, int64_t id, struct team *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_TEAM, "I", id), a, read_team, out, "team"));
}

enum store_result team_save(struct db *db, struct team *t)
{
	int rc = t->id ? db_exec(db, SQL_TEAM_RENAME, "tI", t->naam, t->id) : db_exec(db, SQL_TEAM_INSERT, "t", t->naam);

	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	if (!t->id)
		t->id = db_last_id(db);
	return STORE_OK;
}

int team_member_ids(struct db *db, struct arena *a, int64_t team_id, int64_t **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_TEAM_MEMBERS, "I", team_id), a, db_read_int64, sizeof(**out), &n,
		       "team members");
	return n;
}

enum store_result team_set_members(struct db *db, int64_t team_id, const int64_t *ids, int n)
{
	if (db_exec(db, SQL_TEAM_CLEAR, "I", team_id) < 0)
		return STORE_ERROR;
	for (int i = 0; i < n; i++) {
		int rc = db_exec(db, SQL_TEAM_ADD, "II", team_id, ids[i]);
		if (rc == -2)
			return STORE_CONFLICT;
		if (rc < 0)
			return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_result routing_melding_by_hand(struct db *db, int64_t melding_id)
{
	return store_result_exec(db_exec(db, SQL_BY_HAND, "I", melding_id));
}
