/*
 * test_group_commit.c - meldingen taken in by concurrent callers share
 * commits (group commit, db/db.c), and a crash in the middle of that load
 * loses none that was acknowledged: eight callers post meldingen to the
 * JSON API as fast as they can, the server is killed with SIGKILL while
 * they do, and after the restart every melding that got a 201 is there,
 * with its timeline and audit row. Under the same load without a crash,
 * the server's shutdown log accounts for every write. That the writes share
 * commits depends on how the threads interleave (under valgrind they take
 * turns); tests/unit/test_db_group.c shows it with a queue it builds.
 */
#include "accounts.h"
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CALLERS 8

/*
 * Every stored melding is in the search index, whichever commit of a batch
 * took it (the index is written once per commit: migration 0031), and
 * none still waits for it.
 */
static void assert_all_found(struct server *s)
{
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH 'muziek'"),
			 test_sql_int(s, "SELECT count(*) FROM melding WHERE omschrijving LIKE '%%muziek%%'"));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding_fts_wacht"), 0);
}

static void test_sigkill_loses_no_acknowledged_melding(void **state)
{
	struct server *s = *state;
	int want = s->valgrind ? 40 : 300;
	struct load *l = load_start(s, CALLERS);

	/* The load is running and has been answered: then the server dies mid-write. */
	load_wait(l, want);
	assert_int_equal(server_crash_restart(s, 0), 0);
	int acked = load_stop(l);
	for (int i = 0; i < acked; i++) {
		const char *ref = load_ref(l, i);
		if (test_sql_int(s, "SELECT count(*) FROM melding WHERE referentie = '%s'", ref) != 1)
			fail_msg("acknowledged melding %s is gone after the crash", ref);
	}
	assert_true(acked >= want);
	assert_int_equal(load_errors(l), 0);
	load_free(l);
	/* Nothing half: each melding has its timeline entry and its audit row, in the same commit. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m WHERE NOT EXISTS"
				      " (SELECT 1 FROM melding_event e WHERE e.melding_id = m.id)"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m WHERE NOT EXISTS"
				      " (SELECT 1 FROM audit_log a WHERE a.object_type = 'melding'"
				      " AND a.object_id = m.referentie)"), 0);

	assert_all_found(s);

	/* The restarted server takes meldingen again. */
	struct client *c = client_new(s);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Weer die lucht.\", \"plaats\": \"Portiek\","
				" \"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\"}");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE referentie = '%s'", ref), 1);
	free(ref);
	client_free(c);
}

/*
 * Under concurrent load every acknowledged melding is stored once, and the
 * server's shutdown line counts every write in a commit.
 */
static void test_concurrent_writes_are_all_committed(void **state)
{
	struct server *s = *state;
	int want = s->valgrind ? 40 : 400;
	struct load *l = load_start(s, CALLERS);

	load_wait(l, want);
	int acked = load_stop(l);
	assert_int_equal(load_errors(l), 0);
	load_free(l);
	assert_true(acked >= want);

	long long melding = test_sql_int(s, "SELECT count(*) FROM melding");
	assert_int_equal(melding, acked);
	assert_all_found(s);

	struct buf log = BUF_INIT;
	unsigned long long writes = 0, commits = 0;
	*state = NULL;
	assert_int_equal(server_stop_log(s, &log), 0);
	const char *line = log.buf ? strstr(log.buf, "group commit: ") : NULL;
	assert_non_null(line);
	assert_int_equal(sscanf(line, "group commit: %llu writes in %llu commits", &writes, &commits), 2);
	/* Each melding is one write (the audit row rides in its transaction), and no commit is empty. */
	assert_true(writes >= (unsigned long long)acked);
	assert_true(commits >= 1 && commits <= writes);
	buf_release(&log);
}

/* The test above stops its server itself, to read what it says at shutdown. */
static int stop_unless_stopped(void **state)
{
	return *state ? harness_fresh_teardown(state) : 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_sigkill_loses_no_acknowledged_melding),
		cmocka_unit_test_setup_teardown(test_concurrent_writes_are_all_committed, harness_fresh_setup,
						stop_unless_stopped),
	};
	return harness_run_suite("group_commit", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\n");
}
