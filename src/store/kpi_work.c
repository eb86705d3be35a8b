/*
 * kpi_work.c - the SQL of the worklists (see kpi_work.h).
 *
 * The open-work conditions are written exactly as the partial indexes of
 * migration 0003 state them ("bevestigd_op IS NULL AND status <>
 * 'afgesloten'"): SQLite uses a partial index only when the query's WHERE
 * visibly implies the index's WHERE. The workload count reads the partial
 * covering index melding_werk_open of 0010 in assignee order.
 */
#include "store/kpi_work.h"
#include "db/db.h"
#include <stdlib.h>
#include <string.h>

/* ?2 wijk (0 all, -1 onbekend, id), ?3 scope user (0 all). */
#define WHERE_SCOPE \
	" AND (?2 = 0 OR m.wijk_id = ?2 OR (?2 = -1 AND m.wijk_id IS NULL))" \
	" AND (?3 = 0 OR m.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?3))"

static const char SQL_BEV_PER[] =
	"SELECT coalesce(m.assignee_id, 0), sum(m.bevestigen_dag = ?1), sum(m.bevestigen_dag < ?1)"
	" FROM melding m"
	" WHERE m.bevestigd_op IS NULL AND m.status <> 'afgesloten' AND m.bevestigen_dag <= ?1" WHERE_SCOPE
	" GROUP BY 1";
static const char SQL_TER_PER[] =
	"SELECT coalesce(m.assignee_id, 0), sum(m.terugkoppelen_dag = ?1), sum(m.terugkoppelen_dag < ?1)"
	" FROM melding m"
	" WHERE m.teruggekoppeld_op IS NULL AND m.status <> 'afgesloten' AND m.terugkoppelen_dag <= ?1" WHERE_SCOPE
	" GROUP BY 1";
/* Open = not closed; the partial index melding_werk_open (0010) covers it, closed rows are not in it. */
static const char SQL_OPEN_PER[] =
	"SELECT coalesce(m.assignee_id, 0), count(*), sum(m.status = 'nieuw')"
	" FROM melding m"
	" WHERE m.status <> 'afgesloten' AND ?1 = ?1" WHERE_SCOPE
	" GROUP BY m.assignee_id";
/*
 * The same for a viewer bound to wijken, from melding_werk_wijk (0013):
 * one range per wijk, grouped by wijk and assignee in the index's order
 * (no sort); add_sums() adds the wijken of one assignee up.
 */
static const char SQL_OPEN_PER_WIJK[] =
	"SELECT coalesce(m.assignee_id, 0), count(*), sum(m.status = 'nieuw')"
	" FROM melding m"
	" WHERE m.status <> 'afgesloten' AND ?1 = ?1"
	" AND m.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?3)"
	" AND (?2 = 0 OR m.wijk_id = ?2 OR (?2 = -1 AND m.wijk_id IS NULL))"
	" GROUP BY m.wijk_id, m.assignee_id";
static const char SQL_STAFF[] =
	"SELECT id, naam FROM user WHERE active = 1"
	" AND role IN ('wijkbeheerder', 'sociaal_beheerder', 'leefbaarheidsmedewerker', 'ondersteuner', 'coordinator')";
static const char SQL_USER_NAME[] = "SELECT naam FROM user WHERE id = ?";
static const char SQL_STAFF_MAIL[] =
	"SELECT id, naam, email, role FROM user WHERE active = 1 AND email <> ''"
	" AND role IN ('wijkbeheerder', 'sociaal_beheerder', 'leefbaarheidsmedewerker', 'ondersteuner', 'coordinator')"
	" ORDER BY id";
static const char SQL_MARK_SENT[] = "INSERT OR IGNORE INTO dagoverzicht(user_id, dag) VALUES (?, ?)";
static const char SQL_WIJKEN[] =
	"SELECT id, code, naam FROM area WHERE soort = 'wijk'"
	" AND (?1 = 0 OR id IN (SELECT area_id FROM user_area WHERE user_id = ?1)) ORDER BY naam";

#define ITEM_COLS \
	"SELECT m.id, m.referentie, coalesce(m.assignee_id, 0), coalesce(u.naam, ''), c.naam," \
	" coalesce(w.naam, ''), m.adres_tekst,"
#define ITEM_JOIN \
	" FROM melding m JOIN category c ON c.id = m.category_id" \
	" LEFT JOIN user u ON u.id = m.assignee_id LEFT JOIN area w ON w.id = m.wijk_id"
/* ?4 assignee (-1 anyone, 0 nobody), ?5 limit. */
#define WHERE_ASSIGNEE " AND (?4 = -1 OR coalesce(m.assignee_id, 0) = ?4)"

static const char SQL_BEV_ITEMS[] =
	ITEM_COLS " m.bevestigen_dag" ITEM_JOIN
	" WHERE m.bevestigd_op IS NULL AND m.status <> 'afgesloten' AND m.bevestigen_dag <= ?1" WHERE_SCOPE
	WHERE_ASSIGNEE " ORDER BY m.bevestigen_dag, m.id LIMIT ?5";
static const char SQL_TER_ITEMS[] =
	ITEM_COLS " m.terugkoppelen_dag" ITEM_JOIN
	" WHERE m.teruggekoppeld_op IS NULL AND m.status <> 'afgesloten' AND m.terugkoppelen_dag <= ?1" WHERE_SCOPE
	WHERE_ASSIGNEE " ORDER BY m.terugkoppelen_dag, m.id LIMIT ?5";

const char *const kpi_work_sql[] = { SQL_BEV_PER, SQL_TER_PER, SQL_OPEN_PER, SQL_OPEN_PER_WIJK, SQL_BEV_ITEMS,
				     SQL_TER_ITEMS };
const int kpi_work_sql_count = (int)(sizeof(kpi_work_sql) / sizeof(kpi_work_sql[0]));

struct rows {
	struct kpi_work_row *r;
	int n, cap;
	struct arena *a;
};

/* The row of one assignee, added (zeros, no name) the first time it is asked for. */
static struct kpi_work_row *row_for(struct rows *x, int64_t assignee)
{
	for (int i = 0; i < x->n; i++)
		if (x->r[i].assignee_id == assignee)
			return &x->r[i];
	if (x->n == x->cap)
		x->r = arena_grow(x->a, x->r, &x->cap, sizeof(*x->r));
	struct kpi_work_row *r = &x->r[x->n++];
	r->assignee_id = assignee;
	r->naam = "";
	return r;
}

/* One per-assignee aggregate: columns 1 and 2 go to the fields chosen by which. */
struct sums {
	struct rows *x;
	int which;
};

static int add_sums(sqlite3_stmt *st, struct arena *arena, void *ctx)
{
	const struct sums *g = ctx;
	struct kpi_work_row *r = row_for(g->x, sqlite3_column_int64(st, 0));
	int64_t a = sqlite3_column_int64(st, 1), b = sqlite3_column_int64(st, 2);

	(void)arena;
	switch (g->which) {
	case 0: r->bevestigen_vandaag = a; r->bevestigen_te_laat = b; break;
	case 1: r->terugkoppelen_vandaag = a; r->terugkoppelen_te_laat = b; break;
	/* per wijk and assignee when scoped (SQL_OPEN_PER_WIJK): added up */
	default: r->open += a; r->open_nieuw += b; break;
	}
	return 0;
}

static int aggregate(struct db *db, const char *sql, const struct kpi_work_scope *s, struct rows *x, int which)
{
	sqlite3_stmt *st = db_query(db, sql, "iII", (int)s->today, s->wijk_id, s->scope_user);
	struct sums g = { x, which };

	return db_each(db, st, NULL, add_sums, &g, "worklist");
}

/* Every active staff member gets a row, idle or not. */
static int add_staff(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct kpi_work_row *r = row_for(ctx, sqlite3_column_int64(st, 0));

	r->naam = db_text(st, 1, a);
	return 0;
}

static int cmp_row(const void *pa, const void *pb)
{
	const struct kpi_work_row *a = pa, *b = pb;
	if ((a->assignee_id == 0) != (b->assignee_id == 0))
		return a->assignee_id == 0 ? -1 : 1;
	int64_t la = a->bevestigen_te_laat + a->terugkoppelen_te_laat;
	int64_t lb = b->bevestigen_te_laat + b->terugkoppelen_te_laat;
	if (la != lb)
		return la > lb ? -1 : 1;
	return strcmp(a->naam, b->naam);
}

int kpi_work_per_assignee(struct db *db, struct arena *a, const struct kpi_work_scope *s,
			  int list_idle_staff, struct kpi_work_row **out)
{
	struct rows x = { .a = a, .cap = 32 };

	x.r = arena_alloc(a, (size_t)x.cap * sizeof(*x.r));
	if (aggregate(db, SQL_BEV_PER, s, &x, 0) < 0 || aggregate(db, SQL_TER_PER, s, &x, 1) < 0 ||
	    aggregate(db, s->scope_user ? SQL_OPEN_PER_WIJK : SQL_OPEN_PER, s, &x, 2) < 0)
		return -1;
	if (list_idle_staff && db_each(db, db_stmt(db, SQL_STAFF), a, add_staff, &x, "worklist staff") < 0)
		return -1;
	/* Names of assignees not (or no longer) among the active staff; a name that cannot be read stays "". */
	for (int i = 0; i < x.n; i++) {
		if (x.r[i].assignee_id == 0 || x.r[i].naam[0])
			continue;
		sqlite3_stmt *st = db_query(db, SQL_USER_NAME, "I", x.r[i].assignee_id);
		if (!st)
			return -1;
		db_one(db, st, a, db_read_text, &x.r[i].naam, "worklist name");
	}
	if (x.n > 1)
		qsort(x.r, (size_t)x.n, sizeof(*x.r), cmp_row);
	*out = x.r;
	return x.n;
}

static int read_item(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kpi_work_item *it = row;

	it->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, it->referentie, sizeof(it->referentie));
	it->assignee_id = sqlite3_column_int64(st, 2);
	it->assignee_naam = db_text(st, 3, a);
	it->categorie_naam = db_text(st, 4, a);
	it->wijk_naam = db_text(st, 5, a);
	it->adres_tekst = db_text(st, 6, a);
	it->due = sqlite3_column_int(st, 7);
	return 0;
}

int kpi_work_items(struct db *db, struct arena *a, const struct kpi_work_scope *s, enum kpi_work_kind kind,
		   int64_t assignee, int limit, struct kpi_work_item **out)
{
	if (limit < 1)
		limit = 1;
	struct kpi_work_item *items = arena_alloc(a, (size_t)limit * sizeof(*items));
	sqlite3_stmt *st = db_query(db, kind == KPI_WORK_BEVESTIGEN ? SQL_BEV_ITEMS : SQL_TER_ITEMS, "iIIIi",
				    (int)s->today, s->wijk_id, s->scope_user, assignee, limit);
	int n = db_fill(db, st, a, read_item, items, sizeof(*items), limit, "worklist items");
	for (int i = 0; i < n; i++) {
		items[i].late = items[i].due < s->today;
		items[i].kind = kind;
	}
	if (n >= 0)
		*out = items;
	return n;
}

static int read_wijk(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kpi_wijk *w = row;

	w->id = sqlite3_column_int64(st, 0);
	w->code = db_text(st, 1, a);
	w->naam = db_text(st, 2, a);
	return 0;
}

int kpi_work_wijken(struct db *db, struct arena *a, int64_t scope_user, struct kpi_wijk **out)
{
	sqlite3_stmt *st = db_query(db, SQL_WIJKEN, "I", scope_user);
	int n;

	*out = db_rows(db, st, a, read_wijk, sizeof(**out), &n, "wijken");
	return n;
}

static int read_staff(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct kpi_staff *x = row;

	x->id = sqlite3_column_int64(st, 0);
	x->naam = db_text(st, 1, a);
	x->email = db_text(st, 2, a);
	x->role = db_text(st, 3, a);
	return 0;
}

int kpi_work_staff(struct db *db, struct arena *a, struct kpi_staff **out)
{
	sqlite3_stmt *st = db_stmt(db, SQL_STAFF_MAIL);
	int n;

	*out = db_rows(db, st, a, read_staff, sizeof(**out), &n, "staff");
	return n;
}

int kpi_work_mark_sent(struct db *db, int64_t user_id, int32_t dag)
{
	return db_exec(db, SQL_MARK_SENT, "Ii", user_id, (int)dag);
}
