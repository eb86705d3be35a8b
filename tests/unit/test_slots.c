/*
 * test_slots.c - the handler slots (lib/slots.h): at most n holders; a
 * paused holder's slot goes to a waiting thread, and its resume waits for
 * one again; a thread without a slot passes through pause and resume;
 * slots go first come, first served, to those coming back from a wait
 * before those not yet started; a try takes a free slot or none, at once.
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

/* Waits up to 20 s for n threads to wait for a slot. */
static void wait_for_waiting(int n)
{
	for (int i = 0; i < 20000 && slots_waiting() != n; i++)
		pause_ms(1);
	if (slots_waiting() != n)
		fail_msg("%d threads wait for a slot, not %d", slots_waiting(), n);
}

static atomic_int order;

struct starter {
	pthread_t t;
	int got;
	atomic_int *hold;   /* keeps the slot while *hold is 1 (NULL: gives it back at once) */
};

static void *start_one(void *arg)
{
	struct starter *s = arg;

	slot_take();
	s->got = atomic_fetch_add(&order, 1);
	while (s->hold && atomic_load(s->hold))
		pause_ms(1);
	slot_give();
	return NULL;
}

/*
 * One slot, eight threads lined up one after the other: each gets it in
 * the order it came, and the holder that gives it back and at once wants
 * it again queues behind them all.
 */
static void test_slots_go_in_order(void **state)
{
	(void)state;
	enum { N = 8 };
	struct starter s[N];

	slots_init(1);
	atomic_store(&order, 0);
	slot_take();
	for (int i = 0; i < N; i++) {
		s[i] = (struct starter){ .got = -1 };
		assert_int_equal(pthread_create(&s[i].t, NULL, start_one, &s[i]), 0);
		wait_for_waiting(i + 1);
	}
	/* Given back: it goes to the first in line, never to the giver asking again. */
	slot_give();
	slot_take();
	int mine = atomic_fetch_add(&order, 1);
	for (int i = 0; i < N; i++) {
		pthread_join(s[i].t, NULL);
		assert_int_equal(s[i].got, i);
	}
	assert_int_equal(mine, N);
	slot_give();
	assert_int_equal(slots_busy(), 0);
}

static atomic_int resume_now, resumed_at, paused_once;

static void *lend_and_resume(void *arg)
{
	(void)arg;
	slot_take();
	slot_pause();
	atomic_store(&paused_once, 1);
	wait_for(&resume_now, "resume");
	slot_resume();
	atomic_store(&resumed_at, atomic_fetch_add(&order, 1));
	slot_give();
	return NULL;
}

/*
 * A holder coming back from its wait goes before a request that has not
 * started, even one that asked first: it is nearly done and holds an
 * answer someone waits for.
 */
static void test_a_resume_goes_before_a_start(void **state)
{
	(void)state;
	pthread_t r;
	struct starter s = { .got = -1 };

	slots_init(1);
	atomic_store(&order, 0);
	atomic_store(&resume_now, 0);
	atomic_store(&paused_once, 0);
	assert_int_equal(pthread_create(&r, NULL, lend_and_resume, NULL), 0);
	wait_for(&paused_once, "the lending");
	slot_take();                      /* the lent slot */
	assert_int_equal(pthread_create(&s.t, NULL, start_one, &s), 0);
	wait_for_waiting(1);              /* a start waits ... */
	atomic_store(&resume_now, 1);
	wait_for_waiting(2);              /* ... and then a resume */
	slot_give();
	pthread_join(r, NULL);
	pthread_join(s.t, NULL);
	assert_int_equal(atomic_load(&resumed_at), 0);
	assert_int_equal(s.got, 1);
	assert_int_equal(slots_busy(), 0);
}

struct trier {
	pthread_t t;
	int got;
};

static void *try_one(void *arg)
{
	struct trier *t = arg;

	t->got = slot_try_take();
	if (t->got)
		slot_give();
	return NULL;
}

/* Runs slot_try_take() on a thread of its own (a slot is held per thread): what it got. */
static int try_elsewhere(void)
{
	struct trier t = { .got = -1 };

	assert_int_equal(pthread_create(&t.t, NULL, try_one, &t), 0);
	pthread_join(t.t, NULL);
	return t.got;
}

/*
 * The I/O thread's try: a free slot is taken, a full set is not waited
 * for, and a slot given back is free again for the next try.
 */
static void test_a_try_takes_a_free_slot_and_never_waits(void **state)
{
	(void)state;
	slots_init(1);
	assert_int_equal(slot_try_take(), 1);
	assert_int_equal(slots_busy(), 1);
	assert_int_equal(slot_try_take(), 1);   /* this thread holds it already */
	assert_int_equal(slots_busy(), 1);
	assert_int_equal(try_elsewhere(), 0);   /* full: back at once, nothing taken */
	assert_int_equal(slots_busy(), 1);
	assert_int_equal(slots_waiting(), 0);
	slot_give();
	assert_int_equal(try_elsewhere(), 1);
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
		cmocka_unit_test(test_slots_go_in_order),
		cmocka_unit_test(test_a_resume_goes_before_a_start),
		cmocka_unit_test(test_a_try_takes_a_free_slot_and_never_waits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
