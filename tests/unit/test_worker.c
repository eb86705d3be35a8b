/*
 * test_worker.c - lib/worker.h: a worker sleeps until stopped and then
 * ends at once; its thread never takes SIGTERM; a worker that does not
 * end in time is left behind and worker_stop() says so.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

#include "lib/worker.h"

static struct worker w = WORKER_INIT;
static atomic_int rounds;
static atomic_int term_blocked;

static void *sleeper(void *arg)
{
	sigset_t now;

	(void)arg;
	pthread_sigmask(SIG_BLOCK, NULL, &now);
	atomic_store(&term_blocked, sigismember(&now, SIGTERM));
	while (!worker_sleep(&w, 3600))
		atomic_fetch_add(&rounds, 1);
	return NULL;
}

static int64_t ms_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void test_stop_wakes_the_sleeper(void **state)
{
	(void)state;
	assert_int_equal(worker_start(&w, sleeper, NULL), 0);
	usleep(50 * 1000);
	int64_t t0 = ms_now();
	/* An hour's sleep ends at the stop, not after it. */
	assert_int_equal(worker_stop(&w, -1), 0);
	assert_true(ms_now() - t0 < 30 * 1000);
	assert_int_equal(atomic_load(&rounds), 0);
	assert_int_equal(atomic_load(&term_blocked), 1);
	assert_int_equal(w.started, 0);
	/* Stopping what does not run is nothing. */
	assert_int_equal(worker_stop(&w, -1), 0);
}

static struct worker stubborn = WORKER_INIT;

static void *ignores_stop(void *arg)
{
	(void)arg;
	sleep(2);   /* a call that does not look at the stop flag, like a stuck transfer */
	return NULL;
}

static void test_a_stuck_worker_is_left_behind(void **state)
{
	(void)state;
	assert_int_equal(worker_start(&stubborn, ignores_stop, NULL), 0);
	/* -1: it gave up before the worker ended, which takes 2 s. */
	assert_int_equal(worker_stop(&stubborn, 100), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stop_wakes_the_sleeper),
		cmocka_unit_test(test_a_stuck_worker_is_left_behind),
	};
	return cmocka_run_group_tests_name("worker", tests, NULL, NULL);
}
