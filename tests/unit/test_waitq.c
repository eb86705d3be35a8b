/*
 * test_waitq.c - the line of waiting threads (lib/waitq.h): waitq_wake()
 * wakes exactly one, the first in line; a thread that joins at the front
 * is the next woken; waking an empty line says so.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <time.h>

#include "lib/waitq.h"

enum { N = 6 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct waitq q = WAITQ_INIT;
static int woken_order[N], n_woken;

struct sleeper {
	pthread_t t;
	int id, front;
};

static void *sleep_in_line(void *arg)
{
	struct sleeper *s = arg;

	pthread_mutex_lock(&lock);
	waitq_wait(&q, &lock, s->front);
	woken_order[n_woken++] = s->id;
	pthread_mutex_unlock(&lock);
	return NULL;
}

static int waiting(void)
{
	pthread_mutex_lock(&lock);
	int n = q.n;
	pthread_mutex_unlock(&lock);
	return n;
}

static int woken(void)
{
	pthread_mutex_lock(&lock);
	int n = n_woken;
	pthread_mutex_unlock(&lock);
	return n;
}

/* Up to 20 s (valgrind) for f() to reach n. */
static void wait_until(int (*f)(void), int n, const char *what)
{
	struct timespec ms = { 0, 1000000 };

	for (int i = 0; i < 20000 && f() != n; i++)
		nanosleep(&ms, NULL);
	if (f() != n)
		fail_msg("%s: %d, not %d", what, f(), n);
}

/* Lines up N threads one after the other (front: each at the front) and wakes them one at a time. */
static void line_up_and_wake(int front)
{
	struct sleeper s[N];

	n_woken = 0;
	for (int i = 0; i < N; i++) {
		s[i] = (struct sleeper){ .id = i, .front = front };
		assert_int_equal(pthread_create(&s[i].t, NULL, sleep_in_line, &s[i]), 0);
		wait_until(waiting, i + 1, "threads in line");
	}
	for (int i = 0; i < N; i++) {
		pthread_mutex_lock(&lock);
		assert_int_equal(waitq_wake(&q), 1);
		pthread_mutex_unlock(&lock);
		/* Exactly one woke. */
		wait_until(woken, i + 1, "threads woken");
		assert_int_equal(waiting(), N - i - 1);
	}
	for (int i = 0; i < N; i++)
		pthread_join(s[i].t, NULL);
	pthread_mutex_lock(&lock);
	assert_int_equal(waitq_wake(&q), 0);
	pthread_mutex_unlock(&lock);
}

static void test_first_in_line_is_woken_first(void **state)
{
	(void)state;
	line_up_and_wake(0);
	for (int i = 0; i < N; i++)
		assert_int_equal(woken_order[i], i);
}

static void test_joining_at_the_front_is_woken_first(void **state)
{
	(void)state;
	line_up_and_wake(1);
	for (int i = 0; i < N; i++)
		assert_int_equal(woken_order[i], N - 1 - i);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_in_line_is_woken_first),
		cmocka_unit_test(test_joining_at_the_front_is_woken_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
