/*
 * test_jobs.c - the handler threads (lib/jobs.h): jobs start in the order
 * they were submitted; a job that waits holds up no other while a thread
 * is free (what MHD's pinned connections did); stopping runs what is
 * queued; one job at a time stays on one thread.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "lib/jobs.h"
#include "lib/log.h"

static void pause_ms(int ms)
{
	struct timespec t = { ms / 1000, (long)(ms % 1000) * 1000000L };
	nanosleep(&t, NULL);
}

/* Waits up to 20 s (valgrind, a loaded machine) for *v to reach n. */
static void wait_for(atomic_int *v, int n, const char *what)
{
	for (int i = 0; i < 20000 && atomic_load(v) < n; i++)
		pause_ms(1);
	if (atomic_load(v) < n)
		fail_msg("%s: %d of %d", what, atomic_load(v), n);
}

enum { N = 64 };
static int seen[N];
static atomic_int ran;

static void record(void *arg)
{
	int i = atomic_fetch_add(&ran, 1);
	seen[i] = (int)(intptr_t)arg;
}

/* One thread: the jobs run exactly in the order they came. */
static void test_jobs_run_in_order(void **state)
{
	(void)state;
	atomic_store(&ran, 0);
	assert_int_equal(jobs_start(1), 0);
	for (int i = 0; i < N; i++)
		assert_int_equal(jobs_submit(record, (void *)(intptr_t)i), 0);
	wait_for(&ran, N, "jobs run");
	jobs_stop();
	for (int i = 0; i < N; i++)
		assert_int_equal(seen[i], i);
}

static atomic_int release, blocked_started, quick_done;

static void blocked(void *arg)
{
	(void)arg;
	atomic_fetch_add(&blocked_started, 1);
	while (!atomic_load(&release))
		pause_ms(1);
}

static void quick(void *arg)
{
	(void)arg;
	atomic_fetch_add(&quick_done, 1);
}

/*
 * Four threads, three jobs waiting for something: the jobs behind them
 * still run, on the fourth thread. With connections pinned to threads a
 * request waited for the one before it on its thread.
 */
static void test_a_waiting_job_holds_up_no_other(void **state)
{
	(void)state;
	atomic_store(&release, 0);
	atomic_store(&blocked_started, 0);
	atomic_store(&quick_done, 0);
	assert_int_equal(jobs_start(4), 0);
	for (int i = 0; i < 3; i++)
		assert_int_equal(jobs_submit(blocked, NULL), 0);
	wait_for(&blocked_started, 3, "waiting jobs started");
	for (int i = 0; i < 10; i++)
		assert_int_equal(jobs_submit(quick, NULL), 0);
	wait_for(&quick_done, 10, "jobs behind the waiting ones");
	assert_int_equal(atomic_load(&release), 0);
	atomic_store(&release, 1);
	jobs_stop();
}

static atomic_int slow_done;

static void slow(void *arg)
{
	(void)arg;
	pause_ms(2);
	atomic_fetch_add(&slow_done, 1);
}

/* Stopping runs every job still queued (each holds a suspended connection), then refuses new ones. */
static void test_stop_runs_what_is_queued(void **state)
{
	(void)state;
	atomic_store(&slow_done, 0);
	assert_int_equal(jobs_start(2), 0);
	assert_int_equal(jobs_running(), 1);
	for (int i = 0; i < 40; i++)
		assert_int_equal(jobs_submit(slow, NULL), 0);
	jobs_stop();
	assert_int_equal(atomic_load(&slow_done), 40);
	assert_int_equal(jobs_queued(), 0);
	assert_int_equal(jobs_running(), 0);
	assert_int_equal(jobs_submit(slow, NULL), -1);
	/* Stopping twice is harmless. */
	jobs_stop();
}

static pthread_t ran_on[20];
static atomic_int one_done;

static void note_thread(void *arg)
{
	ran_on[(intptr_t)arg] = pthread_self();
	atomic_store(&one_done, 1);
}

/*
 * One request at a time goes to the same thread every time: the one that
 * went idle last. Woken in turn, every thread's database connection and
 * malloc arena filled up (200 MB resident after make bench).
 */
static void test_light_load_stays_on_one_thread(void **state)
{
	(void)state;
	assert_int_equal(jobs_start(6), 0);
	for (int i = 0; i < 6000 && jobs_idle() < 6; i++)
		pause_ms(1);
	for (int i = 0; i < 20; i++) {
		atomic_store(&one_done, 0);
		assert_int_equal(jobs_submit(note_thread, (void *)(intptr_t)i), 0);
		wait_for(&one_done, 1, "the job");
		for (int k = 0; k < 20000 && jobs_idle() < 6; k++)   /* back on the idle stack */
			pause_ms(1);
	}
	jobs_stop();
	for (int i = 1; i < 20; i++)
		assert_true(pthread_equal(ran_on[i], ran_on[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jobs_run_in_order),
		cmocka_unit_test(test_a_waiting_job_holds_up_no_other),
		cmocka_unit_test(test_stop_runs_what_is_queued),
		cmocka_unit_test(test_light_load_stays_on_one_thread),
	};
	log_set_level(LOG_ERROR);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
