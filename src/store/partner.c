/*
 * partner.c - the SQL for partner organisations (see partner.h).
 */
#include "store/partner.h"
#include "db/db.h"
#include "store/like.h"
#include "lib/clock.h"

#include <string.h>

#define COLUMNS "p.id, p.naam, p.soort, p.contact_naam, p.contact_email, p.contact_telefoon," \
	" p.convenant, p.actief, p.created_at"

static const char SQL_BY_ID[] = "SELECT " COLUMNS ", 0 FROM partner p WHERE p.id = ?";
/* SQLite's lower() folds ASCII only: "GGZ Noord" and "ggz noord" collide, "É" and "é" do not. */
static const char SQL_NAME_TAKEN[] = "SELECT count(*) FROM partner WHERE lower(naam) = lower(?) AND id <> ?";
static const char SQL_INSERT[] =
	"INSERT INTO partner(naam, soort, contact_naam, contact_email, contact_telefoon, convenant, actief, created_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char SQL_UPDATE[] =
	"UPDATE partner SET naam = ?, soort = ?, contact_naam = ?, contact_email = ?, contact_telefoon = ?,"
	" convenant = ?, actief = ? WHERE id = ?";
static const char SQL_LIST[] =
	"SELECT " COLUMNS ", (SELECT count(*) FROM user u WHERE u.partner_id = p.id) FROM partner p"
	" WHERE (?1 < 0 OR p.actief = ?1) AND (?2 = '' OR p.naam LIKE ?2 ESCAPE '\\')"
	" ORDER BY p.naam COLLATE NOCASE, p.id LIMIT ?3 OFFSET ?4";
static const char SQL_LIST_COUNT[] =
	"SELECT count(*) FROM partner p WHERE (?1 < 0 OR p.actief = ?1) AND (?2 = '' OR p.naam LIKE ?2 ESCAPE '\\')";

static int read_partner(sqlite3_stmt *st, struct arena *a, void *row)
{
	struct partner *p = row;

	(void)a;
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(st, 0);
	db_copy_text(st, 1, p->naam, sizeof(p->naam));
	int soort = partner_soort_parse((const char *)sqlite3_column_text(st, 2));
	/* Rows written before the closed set existed read as "overig". */
	p->soort = soort < 0 ? PARTNER_OVERIG : (enum partner_soort)soort;
	db_copy_text(st, 3, p->contact_naam, sizeof(p->contact_naam));
	db_copy_text(st, 4, p->contact_email, sizeof(p->contact_email));
	db_copy_text(st, 5, p->contact_telefoon, sizeof(p->contact_telefoon));
	db_copy_text(st, 6, p->convenant, sizeof(p->convenant));
	p->actief = sqlite3_column_int(st, 7);
	p->created_at = sqlite3_column_int64(st, 8);
	p->users = sqlite3_column_int64(st, 9);
	return 0;
}

enum store_result partner_by_id(struct db *db, int64_t id, struct partner *p)
{
	sqlite3_stmt *st = db_query(db, SQL_BY_ID, "I", id);

	return store_result_of(db_one(db, st, NULL, read_partner, p, "partner"));
}

static enum store_result name_free(struct db *db, const char *naam, int64_t id)
{
	int64_t n = db_int(db, SQL_NAME_TAKEN, -1, "tI", naam, id);
	return n < 0 ? STORE_ERROR : n > 0 ? STORE_CONFLICT : STORE_OK;
}

enum store_result partner_create(struct db *db, struct partner *p)
{
	enum store_result r = name_free(db, p->naam, 0);

	if (r != STORE_OK)
		return r;
	if (!p->created_at)
		p->created_at = clock_now();
	int rc = db_exec(db, SQL_INSERT, "ttttttiI", p->naam, partner_soort_ids[p->soort], p->contact_naam,
			 p->contact_email, p->contact_telefoon, p->convenant, p->actief, p->created_at);
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	p->id = db_last_id(db);
	return STORE_OK;
}

enum store_result partner_update(struct db *db, const struct partner *p)
{
	enum store_result r = name_free(db, p->naam, p->id);

	if (r != STORE_OK)
		return r;
	int rc = db_exec(db, SQL_UPDATE, "ttttttiI", p->naam, partner_soort_ids[p->soort], p->contact_naam,
			 p->contact_email, p->contact_telefoon, p->convenant, p->actief, p->id);
	return rc == -2 ? STORE_CONFLICT : rc < 0 ? STORE_ERROR : rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

/* The caller's callback, handed each partner in turn. */
struct pass {
	void (*fn)(void *ctx, const struct partner *p);
	void *ctx;
};

static int pass_partner(sqlite3_stmt *st, struct arena *a, void *ctx)
{
	const struct pass *x = ctx;
	struct partner p;

	read_partner(st, a, &p);
	x->fn(x->ctx, &p);
	return 0;
}

enum store_result partner_list(struct db *db, const struct partner_filter *f, int64_t offset, int limit,
			       int64_t *total, void (*fn)(void *ctx, const struct partner *p), void *ctx)
{
	char pattern[600];
	struct pass x = { fn, ctx };

	if (like_contains(f->q, pattern, sizeof(pattern)) < 0)
		return STORE_NOTFOUND;
	*total = db_int(db, SQL_LIST_COUNT, -1, "it", f->actief, pattern);
	if (*total < 0)
		return STORE_ERROR;
	sqlite3_stmt *st = db_query(db, SQL_LIST, "itiI", f->actief, pattern, limit, offset);
	return db_each(db, st, NULL, pass_partner, &x, "partner list") < 0 ? STORE_ERROR : STORE_OK;
}
