/*
 * test_db_group.c - the group commit of db/db.c, with real threads on a real
 * database file: writes that queue behind a writer share its COMMIT, each
 * db_commit() returns only after that COMMIT, a member that rolls back
 * undoes only its own rows, and when the COMMIT fails every member of the
 * batch is told so and none of its rows remain. A read transaction sees
 * one snapshot throughout.
 *
 * The queue is made deterministic: the first thread holds the writer while
 * the others are started, and releases it only once db_group_stats() says
 * they all wait to write.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "lib/log.h"

#define WRITERS 7

static char dir[] = "/tmp/leefbaar-group-XXXXXX";
static char path[256];

static const char SQL_SCHEMA[] =
	"CREATE TABLE parent(id INTEGER PRIMARY KEY);"
	"CREATE TABLE row(id INTEGER PRIMARY KEY, who INTEGER NOT NULL,"
	" parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);"
	"INSERT INTO parent(id) VALUES (1);"
	"CREATE TABLE big(b BLOB NOT NULL);";
static const char SQL_INSERT[] = "INSERT INTO row(who, parent) VALUES (?, ?)";
static const char SQL_COUNT[] = "SELECT count(*) FROM row WHERE who = ?";
static const char SQL_ALL[] = "SELECT count(*) FROM row";

/* What one writer thread does: who, the parent its row points to, and whether it keeps the row. */
struct writer {
	pthread_t t;
	int who;
	int parent;
	int keep;
	int rc;          /* db_commit()'s answer, or 1 for a rollback */
	int seen_after;  /* its own row read on its own connection right after db_commit() */
};

static int setup(void **state)
{
	(void)state;
	log_set_level(LOG_ERROR);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/group.db", dir);
	struct db *db = db_open(path, 5000);
	if (!db || db_exec_script(db, SQL_SCHEMA) < 0)
		return -1;
	db_close(db);
	db_pool_init(path, 5000);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	db_pool_close_all();
	char p[300];
	const char *sfx[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof(p), "%s%s", path, sfx[i]);
		unlink(p);
	}
	rmdir(dir);
	return 0;
}

static void *write_one(void *arg)
{
	struct writer *w = arg;
	struct db *db = db_thread();

	if (!db || db_begin(db) < 0) {
		w->rc = -9;
		return NULL;
	}
	if (db_exec(db, SQL_INSERT, "ii", w->who, w->parent) != 1) {
		db_rollback(db);
		w->rc = -8;
		return NULL;
	}
	if (!w->keep) {
		db_rollback(db);
		w->rc = 1;
	} else {
		w->rc = db_commit(db);
	}
	w->seen_after = (int)db_int(db, SQL_COUNT, -1, "i", w->who);
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

/*
 * The main thread writes first and holds the writer while WRITERS threads
 * queue; its own db_commit() then returns only when the last of them has
 * committed the batch for all.
 */
static void run_batch(struct writer *w, int first_who, int first_parent, int first_keep,
		      struct db_group_stats *before, struct db_group_stats *after, int *first_rc)
{
	struct db *db = db_thread();

	assert_non_null(db);
	db_group_stats(before);
	assert_int_equal(db_begin(db), 0);
	assert_int_equal(db_exec(db, SQL_INSERT, "ii", first_who, first_parent), 1);
	for (int i = 0; i < WRITERS; i++)
		assert_int_equal(pthread_create(&w[i].t, NULL, write_one, &w[i]), 0);
	wait_for_waiting(WRITERS);
	if (first_keep) {
		*first_rc = db_commit(db);
	} else {
		db_rollback(db);
		*first_rc = 1;
	}
	for (int i = 0; i < WRITERS; i++)
		pthread_join(w[i].t, NULL);
	db_group_stats(after);
}

static void test_queued_writes_share_one_commit(void **state)
{
	(void)state;
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	int first_rc;

	for (int i = 0; i < WRITERS; i++)
		w[i] = (struct writer){ .who = 100 + i, .parent = 1, .keep = 1 };
	run_batch(w, 99, 1, 1, &before, &after, &first_rc);

	assert_int_equal(first_rc, 0);
	for (int i = 0; i < WRITERS; i++) {
		assert_int_equal(w[i].rc, 0);
		/* Committed before db_commit() returned: the thread's own reader sees it at once. */
		assert_int_equal(w[i].seen_after, 1);
	}
	assert_int_equal(db_int(db_thread(), SQL_COUNT, -1, "i", 99), 1);
	/* Eight writes, one COMMIT. */
	assert_int_equal(after.commits - before.commits, 1);
	assert_int_equal(after.writes - before.writes, WRITERS + 1);
}

static atomic_int hook_before, hook_after;
static void count_before(void) { atomic_fetch_add(&hook_before, 1); }
static void count_after(void) { atomic_fetch_add(&hook_after, 1); }

/*
 * Every pooled write calls the hooks: before it waits for the writer, and
 * once its commit is done (the server lends its handler slot out in
 * between, lib/slots.h), the committer of the batch too; never one
 * without the other.
 */
static void test_waiting_for_the_commit_calls_the_hooks(void **state)
{
	(void)state;
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	int first_rc;

	atomic_store(&hook_before, 0);
	atomic_store(&hook_after, 0);
	db_set_commit_wait_hooks(count_before, count_after);
	for (int i = 0; i < WRITERS; i++)
		w[i] = (struct writer){ .who = 300 + i, .parent = 1, .keep = 1 };
	run_batch(w, 299, 1, 1, &before, &after, &first_rc);
	db_set_commit_wait_hooks(NULL, NULL);

	assert_int_equal(first_rc, 0);
	assert_int_equal(after.commits - before.commits, 1);
	/* WRITERS + 1 writes in the batch, each lending its slot once. */
	assert_int_equal(atomic_load(&hook_before), WRITERS + 1);
	assert_int_equal(atomic_load(&hook_after), WRITERS + 1);
}

/* The order in which queued writers got the writer connection. */
static atomic_int turn;
struct in_turn {
	pthread_t t;
	int who;
	int got;         /* its place in the order it was served */
	int rc;
};

static void *write_in_turn(void *arg)
{
	struct in_turn *w = arg;
	struct db *db = db_thread();

	if (!db || db_begin(db) < 0) {
		w->rc = -9;
		return NULL;
	}
	w->got = atomic_fetch_add(&turn, 1);
	w->rc = db_exec(db, SQL_INSERT, "ii", w->who, 1) == 1 ? db_commit(db) : (db_rollback(db), -8);
	return NULL;
}

/*
 * Writers are served in the order they asked: each thread is started only
 * once the one before it waits, and each gets the writer in that order.
 * (Woken all at once and racing for it, some waited 75 ms under load while
 * later ones went first.)
 */
static void test_writers_are_served_in_order(void **state)
{
	(void)state;
	enum { N = 12 };
	struct in_turn w[N];
	struct db *db = db_thread();

	atomic_store(&turn, 0);
	assert_int_equal(db_begin(db), 0);
	for (int i = 0; i < N; i++) {
		w[i] = (struct in_turn){ .who = 700 + i, .got = -1 };
		assert_int_equal(pthread_create(&w[i].t, NULL, write_in_turn, &w[i]), 0);
		wait_for_waiting(i + 1);
	}
	assert_int_equal(db_exec(db, SQL_INSERT, "ii", 699, 1), 1);
	assert_int_equal(db_commit(db), 0);
	for (int i = 0; i < N; i++) {
		pthread_join(w[i].t, NULL);
		assert_int_equal(w[i].rc, 0);
		assert_int_equal(w[i].got, i);
	}
}

static void test_a_rollback_undoes_only_its_own_rows(void **state)
{
	(void)state;
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	int first_rc;

	for (int i = 0; i < WRITERS; i++)
		w[i] = (struct writer){ .who = 200 + i, .parent = 1, .keep = i != 3 };
	run_batch(w, 199, 1, 1, &before, &after, &first_rc);

	assert_int_equal(first_rc, 0);
	for (int i = 0; i < WRITERS; i++) {
		assert_int_equal(w[i].rc, i == 3 ? 1 : 0);
		assert_int_equal(w[i].seen_after, i == 3 ? 0 : 1);
	}
	assert_int_equal(after.commits - before.commits, 1);
	assert_int_equal(after.writes - before.writes, WRITERS);
}

/* The first writer of a batch gives up while others queue: theirs still go in, in one commit. */
static void test_the_first_writer_rolls_back(void **state)
{
	(void)state;
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	int first_rc;

	for (int i = 0; i < WRITERS; i++)
		w[i] = (struct writer){ .who = 500 + i, .parent = 1, .keep = 1 };
	run_batch(w, 499, 1, 0, &before, &after, &first_rc);

	assert_int_equal(first_rc, 1);
	assert_int_equal(db_int(db_thread(), SQL_COUNT, -1, "i", 499), 0);
	for (int i = 0; i < WRITERS; i++) {
		assert_int_equal(w[i].rc, 0);
		assert_int_equal(w[i].seen_after, 1);
	}
	assert_int_equal(after.commits - before.commits, 1);
	assert_int_equal(after.writes - before.writes, WRITERS);
}

/*
 * A row pointing to a parent that does not exist passes its own statement
 * (the reference is checked at COMMIT): the batch's COMMIT fails, and every
 * member hears it - nobody may answer "stored".
 */
static void test_a_failed_commit_fails_every_member(void **state)
{
	(void)state;
	struct writer w[WRITERS];
	struct db_group_stats before, after;
	int first_rc;
	struct db *db = db_thread();
	int64_t rows = db_int(db, SQL_ALL, -1, NULL);

	for (int i = 0; i < WRITERS; i++)
		w[i] = (struct writer){ .who = 300 + i, .parent = i == 5 ? 42 : 1, .keep = 1 };
	run_batch(w, 299, 1, 1, &before, &after, &first_rc);

	assert_int_equal(first_rc, -1);
	for (int i = 0; i < WRITERS; i++)
		assert_int_equal(w[i].rc, -1);
	assert_int_equal(db_int(db, SQL_ALL, -1, NULL), rows);

	/* The writer recovers: the next write commits on its own. */
	assert_int_equal(db_begin(db), 0);
	assert_int_equal(db_exec(db, SQL_INSERT, "ii", 399, 1), 1);
	assert_int_equal(db_commit(db), 0);
	assert_int_equal(db_int(db, SQL_COUNT, -1, "i", 399), 1);
}

/* Alone, a write commits at once: nobody waits for a batch to fill. */
static void test_a_lone_write_commits_at_once(void **state)
{
	(void)state;
	struct db *db = db_thread();
	struct db_group_stats before, after;

	db_group_stats(&before);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(db_begin(db), 0);
		assert_int_equal(db_exec(db, SQL_INSERT, "ii", 400 + i, 1), 1);
		assert_int_equal(db_commit(db), 0);
		assert_int_equal(db_int(db, SQL_COUNT, -1, "i", 400 + i), 1);
	}
	db_group_stats(&after);
	assert_int_equal(after.commits - before.commits, 3);
}

/*
 * A read transaction (db_read_begin()) sees one snapshot: a row another
 * thread commits meanwhile, or one this thread writes through the writer,
 * shows only after db_read_end(). Outside it every read sees the latest.
 */
static void test_a_read_sees_one_snapshot(void **state)
{
	(void)state;
	struct db *db = db_thread();
	struct writer other = { .who = 9001, .parent = 1, .keep = 1 };

	assert_non_null(db);
	long long before = db_int(db, SQL_ALL, -1, NULL);
	db_read_begin(db);
	db_read_begin(db);   /* already reading: nothing changes */
	assert_int_equal(db_int(db, SQL_ALL, -1, NULL), before);
	assert_int_equal(pthread_create(&other.t, NULL, write_one, &other), 0);
	pthread_join(other.t, NULL);
	assert_int_equal(other.rc, 0);
	assert_int_equal(other.seen_after, 1);
	assert_int_equal(db_int(db, SQL_ALL, -1, NULL), before);
	assert_int_equal(db_begin(db), 0);
	assert_int_equal(db_exec(db, SQL_INSERT, "ii", 9002, 1), 1);
	assert_int_equal(db_commit(db), 0);
	assert_int_equal(db_int(db, SQL_ALL, -1, NULL), before);
	db_read_end(db);
	db_read_end(db);
	assert_int_equal(db_int(db, SQL_ALL, -1, NULL), before + 2);
	db_read_begin(NULL);
	db_read_end(NULL);
}

/*
 * db_version() is what per-thread caches are kept by: the value its query
 * answers, moving with the rows it counts and with nothing else, never
 * the same for two connections, and -1 inside a transaction.
 */
static void test_version_follows_its_query(void **state)
{
	(void)state;
	static const char SQL_V[] = "SELECT count(*) FROM row WHERE who = 501";
	struct db *pooled = db_thread();
	struct db *own = db_open(path, 5000), *other = db_open(path, 5000);
	assert_non_null(own);
	assert_non_null(other);

	int64_t w0 = db_version(own, SQL_V);
	assert_true(w0 >= 0);
	assert_true(w0 != db_version(other, SQL_V));
	assert_int_equal(db_exec(own, SQL_INSERT, "ii", 501, 1), 1);
	int64_t w1 = db_version(own, SQL_V);
	assert_true(w1 != w0);
	/* What it does not count moves nothing. */
	assert_int_equal(db_exec(own, SQL_INSERT, "ii", 502, 1), 1);
	assert_int_equal(db_version(own, SQL_V), w1);
	/* A commit on the pool's writer is seen by the command's connection. */
	assert_int_equal(db_begin(pooled), 0);
	assert_int_equal(db_exec(pooled, SQL_INSERT, "ii", 501, 1), 1);
	/* Inside the transaction nothing read is for keeping: it may yet be rolled back. */
	assert_int_equal(db_version(pooled, SQL_V), -1);
	assert_int_equal(db_commit(pooled), 0);
	assert_true(db_version(own, SQL_V) != w1);
	db_close(other);
	db_close(own);
}

/*
 * The writer leaves checkpoints to the thread: past 1,000 WAL pages of
 * commits the thread copies them back into the database file, while the
 * writes go on.
 */
static void test_checkpoints_run_beside_the_writer(void **state)
{
	(void)state;
	struct db *db = db_thread();
	struct db_group_stats st;
	struct stat before, after;
	struct timespec pause = { 0, 10000000 };

	db_checkpoint_pages(1000);
	assert_int_equal(stat(path, &before), 0);
	db_group_stats(&st);
	uint64_t runs = st.checkpoints;
	for (int i = 0; i < 150; i++) {   /* about 10 pages each */
		assert_int_equal(db_begin(db), 0);
		assert_int_equal(db_exec(db, "INSERT INTO big(b) SELECT randomblob(3500) FROM row LIMIT 10", ""), 10);
		assert_int_equal(db_commit(db), 0);
	}
	for (int i = 0; i < 2000 && st.checkpoints == runs; i++) {   /* 20 s at most, for valgrind */
		nanosleep(&pause, NULL);
		db_group_stats(&st);
	}
	assert_true(st.checkpoints > runs);
	assert_int_equal(stat(path, &after), 0);
	assert_true(after.st_size >= before.st_size + (2 << 20));   /* 1,000 frames hold fewer distinct pages */
	assert_int_equal(db_int(db, "SELECT count(*) FROM big", -1, ""), 1500);
	db_checkpoint_pages(0);
}

static off_t wal_size(void)
{
	char p[300];
	struct stat st;

	snprintf(p, sizeof(p), "%s-wal", path);
	return stat(p, &st) == 0 ? st.st_size : 0;
}

/*
 * Once the thread has copied back every page it saw, the writer starts
 * the WAL again from its beginning: under a steady stream of writes it
 * stays near the checkpoint size instead of growing with every commit
 * (it grew by 600 MB in ten seconds at a million meldingen). 3,000 pages
 * written in batches of 10, checkpoints every 200: the WAL file (which
 * keeps its largest size, reused from the start) grows by far less than
 * the 12 MB the writes fill.
 */
static void test_the_wal_starts_again(void **state)
{
	(void)state;
	struct db *db = db_thread();
	struct db_group_stats before, after;
	struct timespec pause = { 0, 2000000 };

	db_checkpoint_pages(200);
	db_group_stats(&before);
	off_t size = wal_size();
	for (int i = 0; i < 300; i++) {   /* about 10 pages each */
		assert_int_equal(db_begin(db), 0);
		assert_int_equal(db_exec(db, "INSERT INTO big(b) SELECT randomblob(3500) FROM row LIMIT 10", ""), 10);
		assert_int_equal(db_commit(db), 0);
		if (i % 20 == 0)
			nanosleep(&pause, NULL);   /* the checkpoint thread gets its turn even on one core */
	}
	db_group_stats(&after);
	db_checkpoint_pages(0);
	assert_true(after.wal_restarts > before.wal_restarts);
	assert_true(wal_size() < size + (off_t)(4 << 20));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_queued_writes_share_one_commit),
		cmocka_unit_test(test_waiting_for_the_commit_calls_the_hooks),
		cmocka_unit_test(test_a_rollback_undoes_only_its_own_rows),
		cmocka_unit_test(test_the_first_writer_rolls_back),
		cmocka_unit_test(test_a_failed_commit_fails_every_member),
		cmocka_unit_test(test_a_lone_write_commits_at_once),
		cmocka_unit_test(test_version_follows_its_query),
		cmocka_unit_test(test_checkpoints_run_beside_the_writer),
		cmocka_unit_test(test_writers_are_served_in_order),
		cmocka_unit_test(test_the_wal_starts_again),
		cmocka_unit_test(test_a_read_sees_one_snapshot),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
