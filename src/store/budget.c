/*
 * budget.c - the SQL of the leefbaarheidsbudget (see budget.h).
 */
#include "store/budget.h"
#include "db/db.h"
#include "lib/arena.h"

#include <sqlite3.h>
#include <string.h>

static const char SQL_NORM_GET[] =
	"SELECT n.id, n.jaar, n.norm_cent, coalesce(n.user_id, 0), coalesce(u.naam, ''), n.vastgesteld_op"
	" FROM budget_norm n LEFT JOIN user u ON u.id = n.user_id"
	" WHERE n.jaar <= ?1 ORDER BY n.jaar DESC, n.id DESC LIMIT 1";
static const char SQL_NORM_HISTORY[] =
	"SELECT n.id, n.jaar, n.norm_cent, coalesce(n.user_id, 0), coalesce(u.naam, ''), n.vastgesteld_op"
	" FROM budget_norm n LEFT JOIN user u ON u.id = n.user_id ORDER BY n.id DESC LIMIT ?1";
static const char SQL_NORM_ADD[] =
	"INSERT INTO budget_norm(jaar, norm_cent, user_id, vastgesteld_op) VALUES (?, ?, ?, ?)";

/*
 * ?1..?2 the days. Each names its index: the planner may otherwise take a
 * wider one. A melding's costs count in the year of its closing day, from
 * the per-year sums the triggers of migration 0045 keep; the callers ask
 * whole years (budget_costs()), so the days' years bound it exactly.
 */
static const char SQL_COSTS_MELDING[] =
	"SELECT wijk_id, buurt_id, complex_id, sum(kosten_cent) FROM melding_kosten_jaar"
	" WHERE jaar BETWEEN CAST(strftime('%Y', ?1 * 86400, 'unixepoch') AS INTEGER)"
	" AND CAST(strftime('%Y', ?2 * 86400, 'unixepoch') AS INTEGER) AND kosten_cent <> 0"
	" GROUP BY 1, 2, 3";
static const char SQL_COSTS_INTERVENTIE[] =
	"SELECT d.wijk_id, coalesce(d.buurt_id, 0), coalesce(d.complex_id, 0), sum(i.kosten_cent)"
	" FROM intervention i INDEXED BY intervention_kosten JOIN dossier d ON d.id = i.dossier_id"
	" WHERE coalesce(i.uitgevoerd_dag, i.gepland_dag) BETWEEN ?1 AND ?2 AND i.kosten_cent IS NOT NULL"
	" GROUP BY 1, 2, 3";
/* Payments and their corrections (a correction is a further 'betaling' row, its amount the difference). */
static const char SQL_COSTS_INITIATIEF[] =
	"SELECT n.wijk_id, coalesce(n.buurt_id, 0), coalesce(n.complex_id, 0), sum(b.bedrag_cent)"
	" FROM fonds_boeking b INDEXED BY fonds_boeking_betaling JOIN initiatief n ON n.id = b.initiatief_id"
	" WHERE b.dag BETWEEN ?1 AND ?2 AND b.soort = 'betaling'"
	" GROUP BY 1, 2, 3";

const char *const budget_cost_sql[BUDGET_BRON__MAX] = {
	[BUDGET_MELDINGEN] = SQL_COSTS_MELDING,
	[BUDGET_INTERVENTIES] = SQL_COSTS_INTERVENTIE,
	[BUDGET_INITIATIEVEN] = SQL_COSTS_INITIATIEF,
};

static int read_norm(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct budget_norm *n = row;

	n->id = sqlite3_column_int64(st, 0);
	n->jaar = sqlite3_column_int(st, 1);
	n->norm_cent = sqlite3_column_int64(st, 2);
	n->user_id = sqlite3_column_int64(st, 3);
	n->user_naam = db_text(st, 4, a);
	n->vastgesteld_op = sqlite3_column_int64(st, 5);
	return 0;
}

enum store_result budget_norm_get(struct db *db, struct arena *a, int jaar, struct budget_norm *out)
{
	return store_result_of(db_one(db, db_query(db, SQL_NORM_GET, "i", jaar), a, read_norm, out, "budget norm"));
}

int budget_norm_history(struct db *db, struct arena *a, int max, struct budget_norm **out)
{
	int n;

	*out = db_rows(db, db_query(db, SQL_NORM_HISTORY, "i", max), a, read_norm, sizeof(**out), &n,
		       "budget norm history");
	return n;
}

enum store_result budget_norm_add(struct db *db, int jaar, int64_t norm_cent, int64_t user_id, int64_t now,
				  int64_t *id)
{
	if (db_exec(db, SQL_NORM_ADD, "iINI", jaar, norm_cent, user_id, now) != 1)
		return STORE_ERROR;
	*id = db_last_id(db);
	return STORE_OK;
}

/* Where the rows of one source go, and which source they are. */
struct cost_ctx {
	struct arena *a;
	enum budget_bron bron;
	struct budget_cost *rows;
	int n, cap;
};

static int read_cost(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	struct cost_ctx *x = ctx;

	(void)a;
	if (x->n == x->cap) {
		int cap = x->cap ? x->cap * 2 : 64;
		struct budget_cost *rows = arena_alloc(x->a, (size_t)cap * sizeof(*rows));
		if (x->n)
			memcpy(rows, x->rows, (size_t)x->n * sizeof(*rows));
		x->rows = rows;
		x->cap = cap;
	}
	x->rows[x->n++] = (struct budget_cost){
		.wijk_id = sqlite3_column_int64(st, 0), .buurt_id = sqlite3_column_int64(st, 1),
		.complex_id = sqlite3_column_int64(st, 2), .bron = x->bron, .cent = sqlite3_column_int64(st, 3),
	};
	return 0;
}

int budget_costs(struct db *db, struct arena *a, int32_t van, int32_t tot, struct budget_cost **out)
{
	static const char *const what[BUDGET_BRON__MAX] = { "budget meldingen", "budget interventies", "budget initiatieven" };
	struct cost_ctx x = { .a = a };

	*out = NULL;
	for (int b = 0; b < BUDGET_BRON__MAX; b++) {
		x.bron = (enum budget_bron)b;
		if (db_each(db, db_query(db, budget_cost_sql[b], "ii", (int)van, (int)tot), NULL, read_cost, &x,
			    what[b]) < 0)
			return -1;
	}
	*out = x.rows;
	return x.n;
}
