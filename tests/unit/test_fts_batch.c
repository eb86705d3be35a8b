/*
 * test_fts_batch.c - the search index of meldingen written once per commit
 * (migration 0031, melding_fts_defer() in store/melding.c, the hook in
 * db/db.c): with real threads sharing one group commit, every kept melding
 * is found once the batch commits, a write that rolled back leaves nothing
 * in the index, a change or removal of a melding that waits and of one
 * already indexed keeps the index exactly equal to the table (FTS5's own
 * integrity check against its content table), and a melding written
 * outside the hook (a bulk load, another program) is indexed by the next
 * commit.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db/db.h"
#include "db/migrate.h"
#include "lib/log.h"
#include "store/melding.h"

#define WRITERS 5

static char dir[] = "/tmp/leefbaar-fts-XXXXXX";

/* A melding with only what the schema requires; its description holds the word to search for. */
static const char SQL_INSERT[] =
	"INSERT INTO melding(referentie, jaar, volgnummer, ontvangen_op, ontvangen_dag, geregistreerd_op, kanaal,"
	" category_id, omschrijving, adres_tekst, bevestigen_dag, terugkoppelen_dag, streef_dag)"
	" VALUES (printf('M-2026-%06d', ?1), 2026, ?1, 1767225600, 20454, 1767225600, 'telefoon',"
	" (SELECT min(id) FROM category), ?2, 'Kerkstraat 1', 20456, 20468, 20461)";
static const char SQL_FOUND[] = "SELECT count(*) FROM melding_fts WHERE melding_fts MATCH ?";
static const char SQL_WAITING[] = "SELECT count(*) FROM melding_fts_wacht";
/* rank 1: also compare the index with the content table, row by row. */
static const char SQL_CHECK[] = "INSERT INTO melding_fts(melding_fts, rank) VALUES ('integrity-check', 1)";

struct writer {
	pthread_t t;
	int n, keep, rc;
};

static int setup(void **state)
{
	(void)state;
	char path[128];

	log_set_level(LOG_ERROR);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/fts.db", dir);
	db_pool_init(path, 5000);
	struct db *db = db_thread();
	if (!db || migrate_run(db, "migrations") < 0 || melding_fts_defer(db) != STORE_OK) {
		fprintf(stderr, "migrate failed\n");
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[200];

	db_pool_close_all();
	db_before_commit(NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static int64_t found(struct db *db, const char *word)
{
	return db_int(db, SQL_FOUND, -1, "t", word);
}

static void word_of(int n, char *out, size_t size)
{
	snprintf(out, size, "woord%d", n);
}

static int insert(struct db *db, int n)
{
	char word[32], text[64];

	word_of(n, word, sizeof(word));
	snprintf(text, sizeof(text), "Geluid van %s buren", word);
	return db_exec(db, SQL_INSERT, "it", n, text);
}

static void *write_one(void *arg)
{
	struct writer *w = arg;
	struct db *db = db_thread();

	if (!db || db_begin(db) < 0) {
		w->rc = -9;
		return NULL;
	}
	if (insert(db, w->n) != 1) {
		db_rollback(db);
		w->rc = -8;
		return NULL;
	}
	if (w->keep) {
		w->rc = db_commit(db);
	} else {
		db_rollback(db);
		w->rc = 1;
	}
	return NULL;
}

static void wait_for_waiting(int n)
{
	struct db_group_stats st;
	struct timespec pause = { 0, 1000000 };

	for (int i = 0; i < 20000; i++) {   /* 20 s at most, for valgrind */
		db_group_stats(&st);
		if (st.waiting == n)
			return;
		nanosleep(&pause, NULL);
	}
	fail_msg("the writers never queued (%d waiting of %d)", st.waiting, n);
}

static void assert_index_exact(struct db *db)
{
	assert_int_equal(db_int(db, SQL_WAITING, -1, NULL), 0);
	assert_int_equal(db_exec_alone(db, SQL_CHECK, NULL), 1);
}

/* The first writer holds the writer connection while the others queue behind it; one of them rolls back. */
static void test_a_batch_is_indexed_at_its_commit(void **state)
{
	(void)state;
	struct db *db = db_thread();
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	char word[32];

	assert_non_null(db);
	db_group_stats(&before);
	assert_int_equal(db_begin(db), 0);
	assert_int_equal(insert(db, 100), 1);
	/* Not yet in the index inside the transaction: it waits for the commit. */
	assert_int_equal(found(db, "woord100"), 0);
	for (int i = 0; i < WRITERS; i++) {
		w[i] = (struct writer){ .n = 101 + i, .keep = i != 2 };
		assert_int_equal(pthread_create(&w[i].t, NULL, write_one, &w[i]), 0);
	}
	wait_for_waiting(WRITERS);
	assert_int_equal(db_commit(db), 0);
	for (int i = 0; i < WRITERS; i++)
		pthread_join(w[i].t, NULL);
	db_group_stats(&after);
	assert_int_equal(after.commits - before.commits, 1);

	assert_int_equal(found(db, "woord100"), 1);
	for (int i = 0; i < WRITERS; i++) {
		word_of(w[i].n, word, sizeof(word));
		assert_int_equal(w[i].rc, w[i].keep ? 0 : 1);
		assert_int_equal(found(db, word), w[i].keep ? 1 : 0);
	}
	assert_int_equal(found(db, "buren"), WRITERS);
	assert_index_exact(db);
}

/* A change to an indexed melding, and to one that still waits, leaves only the new text findable. */
static void test_changed_and_removed_meldingen_stay_exact(void **state)
{
	(void)state;
	struct db *db = db_thread();

	assert_int_equal(db_begin(db), 0);
	assert_int_equal(insert(db, 200), 1);
	assert_int_equal(db_commit(db), 0);
	assert_int_equal(found(db, "woord200"), 1);

	assert_int_equal(db_begin(db), 0);
	assert_int_equal(db_exec(db, "UPDATE melding SET omschrijving = 'Stank trappenhuis' WHERE volgnummer = 200", NULL), 1);
	assert_int_equal(insert(db, 201), 1);
	assert_int_equal(db_exec(db, "UPDATE melding SET omschrijving = 'Hond blaft' WHERE volgnummer = 201", NULL), 1);
	assert_int_equal(insert(db, 202), 1);
	assert_int_equal(db_exec(db, "DELETE FROM melding WHERE volgnummer = 202", NULL), 1);
	assert_int_equal(db_commit(db), 0);

	assert_int_equal(found(db, "woord200"), 0);
	assert_int_equal(found(db, "trappenhuis"), 1);
	assert_int_equal(found(db, "woord201"), 0);
	assert_int_equal(found(db, "blaft"), 1);
	assert_int_equal(found(db, "woord202"), 0);
	assert_index_exact(db);

	assert_int_equal(db_exec_alone(db, "DELETE FROM melding WHERE volgnummer = 200", NULL), 1);
	assert_int_equal(found(db, "trappenhuis"), 0);
	assert_index_exact(db);
}

/* Another program's insert in autocommit, past db_commit(). */
static void insert_outside(struct db *db, int n)
{
	char sql[512];

	snprintf(sql, sizeof(sql), "%.*s", (int)(strstr(SQL_INSERT, "?1") - SQL_INSERT), SQL_INSERT);
	snprintf(sql + strlen(sql), sizeof(sql) - strlen(sql), "%d), 2026, %d, 1767225600, 20454, 1767225600,"
		 " 'telefoon', (SELECT min(id) FROM category), 'Buiten woord%d', 'Kerkstraat 1', 20456, 20468, 20461)",
		 n, n, n);
	char *err = NULL;
	int rc = sqlite3_exec(db_handle(db), sql, NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

/* Written past db_commit(): waiting until the next commit of anything, then found. */
static void test_the_next_commit_indexes_what_waits(void **state)
{
	(void)state;
	struct db *db = db_thread();

	insert_outside(db, 300);
	assert_int_equal(found(db, "woord300"), 0);
	assert_int_equal(db_int(db, SQL_WAITING, -1, NULL), 1);
	assert_int_equal(melding_fts_flush(db), STORE_OK);
	assert_int_equal(found(db, "woord300"), 1);

	insert_outside(db, 301);
	assert_int_equal(db_exec_alone(db, "UPDATE category SET naam = naam WHERE 0", NULL), 0);
	assert_int_equal(found(db, "woord301"), 1);
	assert_index_exact(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_batch_is_indexed_at_its_commit),
		cmocka_unit_test(test_the_next_commit_indexes_what_waits),
		/* last: it removes meldingen, whose KPI facts stay and would clash with a new melding's */
		cmocka_unit_test(test_changed_and_removed_meldingen_stay_exact),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
