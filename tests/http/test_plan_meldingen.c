/*
 * test_plan_meldingen.c - the query plans behind the staff list of
 * meldingen (store/melding_list.c, issue 14 point 2): for the pages that
 * must answer within 25 ms at a million meldingen - /meldingen,
 * /meldingen?q=..., /meldingen?wijk=...&sorteer=oudste and
 * /api/v1/meldingen with its pages, for the coördinator and for a user
 * bound to a wijk - EXPLAIN QUERY PLAN on the database the server
 * migrated shows that:
 *
 *   - a total without filters comes from the tally of migration 0012
 *     (melding_telling), not from counting a million index entries;
 *   - a search's total comes from the full-text index (the coördinator)
 *     or from it and the narrow indexes of 0012 (melding_wijk_id,
 *     melding_created_by), never from the wide melding rows; with other
 *     filters one pass over the matches gives ids and total together, and
 *     the table is read only for the page's rows, by id;
 *   - a page of many rows walks the index of its sort order, with no sort
 *     of the whole list.
 *
 * The statements are the ones melding_list() prepares (melding_list_sql()).
 */
#include "accounts.h"
#include "harness.h"
#include "store/melding_list.h"

#include <sqlite3.h>
#include <string.h>

/*
 * Checks the plan of sql: every string in want appears, none in refuse
 * does. A line "SCAN m" or "SCAN melding" with no index is always refused.
 */
static void check_plan(sqlite3 *db, const char *what, const char *sql, const char *const want[],
		       const char *const refuse[])
{
	struct buf plan = BUF_INIT;

	test_query_plan(db, sql, &plan);
	for (int i = 0; want && want[i]; i++)
		if (!strstr(plan.buf, want[i]))
			fail_msg("%s: \"%s\" missing from the plan of\n  %s\n%s", what, want[i], sql, plan.buf);
	for (int i = 0; refuse && refuse[i]; i++)
		if (strstr(plan.buf, refuse[i]))
			fail_msg("%s: \"%s\" in the plan of\n  %s\n%s", what, refuse[i], sql, plan.buf);
	for (const char *p = plan.buf; (p = strstr(p, "SCAN ")); p += 5) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		int table = !strncmp(p + 5, "m ", 2) || !strncmp(p + 5, "m\n", 2) || !strncmp(p + 5, "melding ", 8) ||
			    !strncmp(p + 5, "melding\n", 8);
		if (table && !mem_find(p, n, " INDEX ", 0))
			fail_msg("%s: full scan of melding in the plan of\n  %s\n%s", what, sql, plan.buf);
	}
	buf_release(&plan);
}

static const int64_t centrum[] = { 1 };

/* The coördinator's filter: every wijk. */
static void coordinator(struct melding_filter *f)
{
	melding_filter_clear(f);
	f->viewer_id = 2;
	f->viewer_all_areas = 1;
}

/* wijkbeheer@: bound to one wijk. */
static void wijkbeheerder(struct melding_filter *f)
{
	melding_filter_clear(f);
	f->viewer_id = 6;
	f->viewer_areas = centrum;
	f->n_viewer_areas = 1;
}

static void sql_of(const struct melding_filter *f, int64_t total, struct buf sql[2])
{
	buf_reset(&sql[0]);
	buf_reset(&sql[1]);
	assert_int_equal(melding_list_sql(f, total, sql), 2);
}

static sqlite3 *open_migrated(struct server *s)
{
	sqlite3 *db;

	/* The server migrated its database on start. */
	assert_int_equal(sqlite3_open_v2(s->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	return db;
}

/* /meldingen and /api/v1/meldingen (any page): the total from the tally, the page along ontvangen_op. */
static void test_plain_list(void **state)
{
	struct buf sql[2] = { BUF_INIT, BUF_INIT };
	struct melding_filter f;
	sqlite3 *db = open_migrated(*state);
	const char *const tally[] = { "melding_telling", NULL };
	const char *const walk[] = { "SCAN m USING INDEX melding_ontvangen_op", NULL };
	const char *const no_sort[] = { "TEMP B-TREE", NULL };

	coordinator(&f);
	sql_of(&f, 1000000, sql);
	check_plan(db, "coordinator count", sql[0].buf, tally, (const char *const[]){ "COVERING INDEX", NULL });
	check_plan(db, "coordinator page", sql[1].buf, walk, no_sort);

	/* The wijk from the tally; what the user took in elsewhere from its own index. */
	wijkbeheerder(&f);
	sql_of(&f, 300000, sql);
	check_plan(db, "wijkbeheerder count", sql[0].buf,
		   (const char *const[]){ "melding_telling", "SEARCH m USING INDEX melding_created_by", NULL },
		   (const char *const[]){ "melding_wijk", NULL });
	check_plan(db, "wijkbeheerder page", sql[1].buf, walk, no_sort);

	sqlite3_close(db);
	buf_release(&sql[0]);
	buf_release(&sql[1]);
}

/* /meldingen?wijk=...&sorteer=oudste: one wijk's total from the tally, the page oldest first. */
static void test_wijk_oldest_first(void **state)
{
	struct buf sql[2] = { BUF_INIT, BUF_INIT };
	struct melding_filter f;
	sqlite3 *db = open_migrated(*state);
	const char *const tally[] = { "SEARCH melding_telling USING INTEGER PRIMARY KEY", NULL };
	const char *const walk[] = { "SCAN m USING INDEX melding_ontvangen_op", NULL };
	const char *const no_sort[] = { "TEMP B-TREE", NULL };

	coordinator(&f);
	f.wijk_id = 1;
	f.sort = MSORT_ONTVANGEN_ASC;
	sql_of(&f, 300000, sql);
	check_plan(db, "coordinator wijk count", sql[0].buf, tally, (const char *const[]){ "COVERING INDEX", NULL });
	check_plan(db, "coordinator wijk page", sql[1].buf, walk, no_sort);

	wijkbeheerder(&f);
	f.wijk_id = 1;
	f.sort = MSORT_ONTVANGEN_ASC;
	sql_of(&f, 300000, sql);
	check_plan(db, "wijkbeheerder wijk count", sql[0].buf, tally, (const char *const[]){ "COVERING INDEX", NULL });
	check_plan(db, "wijkbeheerder wijk page", sql[1].buf, walk, no_sort);

	sqlite3_close(db);
	buf_release(&sql[0]);
	buf_release(&sql[1]);
}

/*
 * /meldingen?q=geluid for a user bound to a wijk: one pass over the
 * matches, joined from the full-text index's rowids to the narrow
 * melding_lijst_id, gives total and page together (SQL_SCAN); then the
 * page's rows by id. Never "m.id IN (SELECT rowid ...)", which copies
 * every match into a temporary b-tree (a LIST SUBQUERY in the plan) - the
 * shape before, shown below to be refused - and never a walk along the
 * sort order or a sort of the matches in SQL.
 */
static void test_search_in_scope(void **state)
{
	struct buf sql[2] = { BUF_INIT, BUF_INIT };
	struct buf plan = BUF_INIT;
	struct melding_filter f;
	sqlite3 *db = open_migrated(*state);
	const char *const scan[] = { "SCAN f VIRTUAL TABLE", "SEARCH m USING COVERING INDEX melding_lijst_id (id=?)",
				     NULL };
	const char *const refuse[] = { "LIST SUBQUERY", "TEMP B-TREE", "melding_ontvangen_op", "INTEGER PRIMARY KEY",
				       NULL };
	const char *const rows[] = { "SEARCH m USING INTEGER PRIMARY KEY (rowid=?)", NULL };
	const char *const no_fts[] = { "melding_fts", NULL };

	wijkbeheerder(&f);
	f.q = "geluid";
	sql_of(&f, 5000, sql);
	check_plan(db, "wijkbeheerder search pass", sql[0].buf, scan, refuse);
	check_plan(db, "wijkbeheerder search rows", sql[1].buf, rows, no_fts);
	/* Oldest first: the same pass (the order is kept in C). */
	f.sort = MSORT_ONTVANGEN_ASC;
	sql_of(&f, 5000, sql);
	check_plan(db, "wijkbeheerder search oldest first", sql[0].buf, scan, refuse);

	/* The count before this pass: the refusal above would catch it. */
	test_query_plan(db,
			"SELECT count(*) FROM melding m WHERE m.wijk_id IN (1)"
			" AND m.id IN (SELECT rowid FROM melding_fts WHERE melding_fts MATCH 'geluid')",
			&plan);
	if (!strstr(plan.buf, "LIST SUBQUERY"))
		fail_msg("the old search count no longer copies the matches:\n%s", plan.buf);

	sqlite3_close(db);
	buf_release(&plan);
	buf_release(&sql[0]);
	buf_release(&sql[1]);
}

/*
 * A search with another filter (and a deep page of any search): one pass
 * over the matches from the full-text index for ids and total together,
 * on melding_lijst_id where the filters allow; the melding table only for
 * the page's rows, by id.
 */
static void test_search_filtered(void **state)
{
	struct buf sql[2] = { BUF_INIT, BUF_INIT };
	struct melding_filter f;
	sqlite3 *db = open_migrated(*state);
	const char *const hits[] = { "SCAN melding_fts VIRTUAL TABLE", NULL };
	const char *const rows[] = { "SEARCH m USING INTEGER PRIMARY KEY (rowid=?)", NULL };
	const char *const no_fts[] = { "melding_fts", NULL };

	for (int who = 0; who < 2; who++) {
		if (who)
			wijkbeheerder(&f);
		else
			coordinator(&f);
		f.q = "geluid";
		f.kanaal = KANAAL_TELEFOON;
		sql_of(&f, 8000, sql);
		check_plan(db, "search by kanaal", sql[0].buf, hits, NULL);
		check_plan(db, "search by kanaal rows", sql[1].buf, rows, no_fts);
	}
	/* The period is on the narrow index too: nothing but the matches and that index. */
	coordinator(&f);
	f.q = "geluid";
	f.has_van = 1;
	f.van = 20000;
	sql_of(&f, 8000, sql);
	check_plan(db, "search in a period", sql[0].buf,
		   (const char *const[]){ "SEARCH m USING COVERING INDEX melding_lijst_id (id=?)", NULL },
		   (const char *const[]){ "INTEGER PRIMARY KEY", NULL });

	sqlite3_close(db);
	buf_release(&sql[0]);
	buf_release(&sql[1]);
}

/*
 * The coördinator's /meldingen?q=geluid: the total from the full-text
 * index alone, the page by walking the sort order's index and probing the
 * matches - the melding table only for the rows on the page.
 */
static void test_search_everything(void **state)
{
	struct buf sql[2] = { BUF_INIT, BUF_INIT };
	struct melding_filter f;
	sqlite3 *db = open_migrated(*state);

	coordinator(&f);
	f.q = "geluid";
	sql_of(&f, 14000, sql);
	check_plan(db, "coordinator search count", sql[0].buf,
		   (const char *const[]){ "SCAN melding_fts VIRTUAL TABLE", NULL },
		   (const char *const[]){ "melding_lijst_id", "INTEGER PRIMARY KEY", NULL });
	check_plan(db, "coordinator search page", sql[1].buf,
		   (const char *const[]){ "SCAN m USING INDEX melding_ontvangen_op", "SCAN melding_fts VIRTUAL TABLE",
					   NULL },
		   (const char *const[]){ "TEMP B-TREE", NULL });

	sqlite3_close(db);
	buf_release(&sql[0]);
	buf_release(&sql[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_list),
		cmocka_unit_test(test_wijk_oldest_first),
		cmocka_unit_test(test_search_in_scope),
		cmocka_unit_test(test_search_filtered),
		cmocka_unit_test(test_search_everything),
	};
	return harness_run_suite("plan_meldingen", tests, ARRAY_SIZE(tests), NULL);
}
