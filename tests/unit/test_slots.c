/*
 * test_slots.c - the handler slots (lib/slots.h): at most n holders; a
 * paused holder's slot goes to a waiting thread, and its resume waits for
 * one again; a thread without a slot passes through pause and resume.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "lib/slots.h"

static atomic_int started, took, go, gave;

static void pause_ms(int ms)
{
	struct timespec t = { ms / 1000, (long)(ms % 1000) * 1000000L };
	nanosleep(&t, NULL);
}

/* Waits up to 20 s (valgrind, a loaded machine) for *flag to become 1. */
static void wait_for(atomic_int *flag, const char *what)
{
	for (int i = 0; i < 20000 && !atomic_load(flag); i++)
		pause_ms(1);
	if (!atomic_load(flag))
		fail_msg("%s never happened", what);
}

static void *second(void *arg)
{
	(void)arg;
	atomic_store(&started, 1);
	slot_take();
	atomic_store(&took, 1);
	wait_for(&go, "go");
	atomic_store(&gave, 1);
	slot_give();
	return NULL;
}

static void test_one_slot_is_lent_while_its_holder_waits(void **state)
{
	(void)state;
	pthread_t t;

	slots_init(1);
	slot_take();
	assert_int_equal(slots_busy(), 1);
	assert_int_equal(pthread_create(&t, NULL, second, NULL), 0);
	wait_for(&started, "the second thread's start");
	pause_ms(100);
	/* The only slot is held: the second thread waits. */
	assert_int_equal(atomic_load(&took), 0);

	/* Pausing lends it: the second thread runs, and still one slot is in use. */
	slot_pause();
	wait_for(&took, "the second thread taking the lent slot");
	assert_int_equal(slots_busy(), 1);

	/* Resuming waits until the second thread gives it back. */
	atomic_store(&go, 1);
	slot_resume();
	assert_int_equal(atomic_load(&gave), 1);
	assert_int_equal(slots_busy(), 1);
	slot_give();
	assert_int_equal(slots_busy(), 0);
	pthread_join(t, NULL);
}

static void test_without_a_slot_pause_and_resume_pass(void **state)
{
	(void)state;
	slots_init(1);
	/* A background job holds no slot: nothing to lend, nothing to take back. */
	slot_pause();
	slot_resume();
	assert_int_equal(slots_busy(), 0);
	/* Twice taken is once held; a pause twice lends once. */
	slot_take();
	slot_take();
	slot_pause();
	slot_pause();
	assert_int_equal(slots_busy(), 0);
	slot_resume();
	assert_int_equal(slots_busy(), 1);
	slot_give();
	assert_int_equal(slots_busy(), 0);
}

static void test_no_limit(void **state)
{
	(void)state;
	slots_init(0);
	slot_take();
	/* A second holder on another thread would not wait; here: the count only. */
	assert_int_equal(slots_busy(), 1);
	slot_give();
	assert_int_equal(slots_busy(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_slot_is_lent_while_its_holder_waits),
		cmocka_unit_test(test_without_a_slot_pause_and_resume_pass),
		cmocka_unit_test(test_no_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
