/*
 * test_seed_volume.c - `leefbaar seed --meldingen N`: what its batches
 * write in bulk is what the triggers of melding write for meldingen taken
 * in one at a time (melding_fact, melding_telling, the search index), and
 * the dossiers and doorverwijzingen it adds come at the scale the README
 * gives, about the homes of their meldingen, and open on their pages.
 */
#include "accounts.h"
#include "store/melding.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COORDINATOR "coordinator@voorbeeld.example"

/* Enough for dossiers of several sizes (2% of them linked); under valgrind too, where it takes some 30 s. */
static const char *volume_n(const struct server *s)
{
	(void)s;
	return "6000";
}

/* The organisation, then N meldingen over three years: once per server. */
static void volume(struct server *s)
{
	if (!server_once(s, "volume"))
		return;
	seed_organisation(s);
	const char *seed[] = { "seed", "--config", s->config_path, "--meldingen", volume_n(s), "--years", "3", NULL };
	harness_cli_ok(s, seed, NULL);
}

static long long one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void run(sqlite3 *db, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err ? err : "?");
}

/*
 * On a copy of the seeded database: keep what the seed left in
 * melding_fact, melding_telling and the search index (every term at every
 * place, as fts5vocab lists them), take every melding out and put them back
 * one statement per row, so the triggers do it the way they do for a melding
 * from the web, and compare.
 */
static void test_derived_tables_as_one_at_a_time(void **state)
{
	struct server *s = *state;
	char copy[512];
	sqlite3 *db = NULL;
	sqlite3_stmt *ids = NULL, *ins = NULL;

	volume(s);
	snprintf(copy, sizeof(copy), "%s/een-voor-een.db", s->dir);
	const char *backup[] = { "backup", copy, NULL };
	harness_cli_ok(s, backup, NULL);
	assert_int_equal(sqlite3_open(copy, &db), SQLITE_OK);

	long long n = one_int(db, "SELECT count(*) FROM melding");
	assert_int_equal(n, atoll(volume_n(s)));
	/* The invariants on their own: a fact per melding, the tally per wijk, every melding in the index. */
	assert_int_equal(one_int(db, "SELECT count(*) FROM melding_fact"), n);
	assert_int_equal(one_int(db, "SELECT count(*) FROM melding_fact f JOIN melding m"
				     " ON m.id = f.id AND m.ontvangen_dag = f.dag"), n);
	assert_int_equal(one_int(db, "SELECT count(*) FROM (SELECT coalesce(wijk_id, 0) w, count(*) c FROM melding"
				     " GROUP BY 1) x LEFT JOIN melding_telling t ON t.wijk_id = x.w WHERE t.n IS NOT x.c"), 0);
	assert_int_equal(one_int(db, "SELECT sum(n) FROM melding_telling"), n);
	assert_int_equal(one_int(db, "SELECT count(*) FROM (SELECT coalesce(wijk_id, 0) w, sum(status <> 'afgesloten') c"
				     " FROM melding GROUP BY 1) x LEFT JOIN melding_telling t ON t.wijk_id = x.w"
				     " WHERE t.n_open IS NOT x.c"), 0);
	run(db, "CREATE VIRTUAL TABLE temp.woorden USING fts5vocab(main, melding_fts, 'instance')");
	assert_int_equal(one_int(db, "SELECT count(DISTINCT doc) FROM temp.woorden"), n);

	run(db, "CREATE TEMP TABLE bulk_fact AS SELECT * FROM melding_fact;"
		"CREATE TEMP TABLE bulk_telling AS SELECT * FROM melding_telling;"
		"CREATE TEMP TABLE bulk_woorden AS SELECT * FROM temp.woorden;"
		"CREATE TEMP TABLE m AS SELECT * FROM melding;"
		"BEGIN; DELETE FROM melding; DELETE FROM melding_fact; DELETE FROM melding_telling; COMMIT;");
	assert_int_equal(one_int(db, "SELECT count(*) FROM temp.woorden"), 0);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM temp.m ORDER BY id", -1, &ids, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO melding SELECT * FROM temp.m WHERE id = ?", -1, &ins, NULL),
			 SQLITE_OK);
	run(db, "BEGIN");
	while (sqlite3_step(ids) == SQLITE_ROW) {
		sqlite3_bind_int64(ins, 1, sqlite3_column_int64(ids, 0));
		if (sqlite3_step(ins) != SQLITE_DONE)
			fail_msg("insert: %s", sqlite3_errmsg(db));
		sqlite3_reset(ins);
	}
	/* As a commit of the web's does: the index once for all (migration 0031). */
	run(db, MELDING_FTS_FLUSH);
	run(db, "COMMIT");
	sqlite3_finalize(ids);
	sqlite3_finalize(ins);

	static const char *const same[] = {
		"SELECT count(*) FROM (SELECT * FROM melding_fact EXCEPT SELECT * FROM temp.bulk_fact)",
		"SELECT count(*) FROM (SELECT * FROM temp.bulk_fact EXCEPT SELECT * FROM melding_fact)",
		"SELECT count(*) FROM (SELECT * FROM melding_telling EXCEPT SELECT * FROM temp.bulk_telling)",
		"SELECT count(*) FROM (SELECT * FROM temp.bulk_telling EXCEPT SELECT * FROM melding_telling)",
		"SELECT count(*) FROM (SELECT * FROM temp.woorden EXCEPT SELECT * FROM temp.bulk_woorden)",
		"SELECT count(*) FROM (SELECT * FROM temp.bulk_woorden EXCEPT SELECT * FROM temp.woorden)",
	};
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		if (one_int(db, same[i]) != 0)
			fail_msg("the seed's rows differ from one at a time: %s", same[i]);
	assert_int_equal(one_int(db, "SELECT count(*) FROM melding_fact"), n);
	assert_true(one_int(db, "SELECT count(*) FROM temp.bulk_woorden") > n * 10);
	sqlite3_close(db);
}

/* About 2% of the meldingen in dossiers about their homes, a doorverwijzing per few dossiers, most closed. */
static void test_dossiers_at_scale(void **state)
{
	struct server *s = *state;

	volume(s);
	long long n = atoll(volume_n(s));
	long long dossiers = test_sql_int(s, "SELECT count(*) FROM dossier");
	long long linked = test_sql_int(s, "SELECT count(*) FROM dossier_melding");
	assert_true(linked >= n / 100 && linked <= n * 3 / 100);
	assert_true(dossiers >= 5 && dossiers < linked);
	assert_true(test_sql_int(s, "SELECT count(*) FROM dossier WHERE status = 'gesloten'") > dossiers / 2);
	/* Several sizes, not one. */
	assert_true(test_sql_int(s, "SELECT count(DISTINCT c) FROM (SELECT count(*) c FROM dossier_melding GROUP BY dossier_id)") >= 3);
	/* Each linked melding is about its dossier's home, and was in before the link. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_melding dm JOIN dossier d ON d.id = dm.dossier_id"
				      " JOIN melding m ON m.id = dm.melding_id"
				      " WHERE m.address_id IS NOT d.address_id OR m.ontvangen_op > dm.gekoppeld_op"), 0);
	/* Both timelines and the audit trail, as the web writes a link. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event WHERE soort = 'gekoppeld'"), linked);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_event WHERE soort = 'dossier_gekoppeld'"), linked);
	long long referrals = test_sql_int(s, "SELECT count(*) FROM referral");
	assert_true(referrals >= 1 && referrals <= dossiers);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM referral_event WHERE soort = 'verstuurd'"), referrals);
	/* Nothing happens after today's start, nothing on a dossier before it opened. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id"
				      " WHERE e.op < d.geopend_op OR e.op > strftime('%%s', 'now')"), 0);

	/* The pages at this scale. */
	struct client *c = account_client(s, COORDINATOR, DEMO_PASSWORD);
	long long big = test_sql_int(s, "SELECT dossier_id FROM dossier_melding GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
	char *ref = test_sql_text(s, "SELECT m.referentie FROM dossier_melding dm JOIN melding m ON m.id = dm.melding_id"
				     " WHERE dm.dossier_id = %lld ORDER BY m.id LIMIT 1", big);
	struct response *r = client_get(c, "/dossiers");
	assert_status(r, 200);
	response_free(r);
	r = client_getf(c, "/dossiers/%lld", big);
	assert_status(r, 200);
	assert_body_contains(r, ref);
	response_free(r);
	r = client_get(c, "/doorverwijzingen");
	assert_status(r, 200);
	response_free(r);
	free(ref);
	client_free(c);
}

/*
 * The seed leaves the search index in one segment, with what was in it
 * before: a bulk load's segments would otherwise be merged a step at a
 * time inside the server's later commits, each step holding the writer
 * (store/melding.h). A second load on a copy: without the merge, its
 * batch is a segment of its own next to the first load's.
 */
static void test_the_seed_leaves_the_index_merged(void **state)
{
	struct server *s = *state;
	char copy[512];
	sqlite3 *db = NULL;

	volume(s);
	snprintf(copy, sizeof(copy), "%s/tweede-lading.db", s->dir);
	const char *backup[] = { "backup", copy, NULL };
	harness_cli_ok(s, backup, NULL);
	const char *more[] = { "seed", "--config", s->config_path, "--db", copy, "--meldingen", "50", "--years", "1", NULL };
	harness_cli_ok(s, more, NULL);

	assert_int_equal(sqlite3_open(copy, &db), SQLITE_OK);
	long long n = one_int(db, "SELECT count(*) FROM melding");
	assert_int_equal(n, atoll(volume_n(s)) + 50);
	assert_int_equal(one_int(db, "SELECT count(DISTINCT segid) FROM melding_fts_idx"), 1);
	/* Nothing lost in the merge: the index agrees with its table, and holds every melding of both loads. */
	run(db, "INSERT INTO melding_fts(melding_fts) VALUES ('integrity-check')");
	run(db, "CREATE VIRTUAL TABLE temp.woorden USING fts5vocab(main, melding_fts, 'instance')");
	assert_int_equal(one_int(db, "SELECT count(DISTINCT doc) FROM temp.woorden"), n);
	assert_int_equal(one_int(db, "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH"
				     " (SELECT '\"' || referentie || '\"' FROM melding ORDER BY id DESC LIMIT 1)"), 1);
	sqlite3_close(db);
}

/* A count past the bound is refused at once, with what is allowed, and nothing is written. */
static void test_an_absurd_count_is_refused(void **state)
{
	struct server *s = *state;
	struct cli_result res = CLI_RESULT_INIT;

	volume(s);
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");
	const char *huge[] = { "seed", "--config", s->config_path, "--meldingen", "99999999999999999999", NULL };
	assert_int_not_equal(harness_run_cli(s, huge, NULL, &res), 0);
	assert_non_null(strstr(res.err.buf, "--meldingen must be 1..10000000"));
	cli_result_release(&res);
	const char *over[] = { "seed", "--config", s->config_path, "--meldingen", "10000001", NULL };
	assert_int_not_equal(harness_run_cli(s, over, NULL, &res), 0);
	cli_result_release(&res);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_derived_tables_as_one_at_a_time),
		cmocka_unit_test(test_dossiers_at_scale),
		cmocka_unit_test(test_the_seed_leaves_the_index_merged),
		cmocka_unit_test(test_an_absurd_count_is_refused),
	};
	return harness_run_suite("seed_volume", tests, ARRAY_SIZE(tests), NULL);
}
