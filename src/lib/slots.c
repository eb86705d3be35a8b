/*
 * slots.c - a counting semaphore with a per-thread memory of whether the
 * thread holds a slot (slots.h).
 *
 * First come, first served: a slot that is given back goes straight to the
 * longest waiter (it never becomes free for a newcomer to grab first), and
 * a request coming back from a wait (slot_resume) goes before requests not
 * yet started, because it is nearly done and holds a connection's answer.
 * A semaphore that let any thread take a freed slot made some requests
 * wait 50-90 ms while later ones overtook them: the create p99.
 */
#include "lib/slots.h"
#include "lib/waitq.h"

#include <pthread.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int limit, busy;
static struct waitq resuming = WAITQ_INIT, starting = WAITQ_INIT;
static _Thread_local int held, paused;

void slots_init(int n)
{
	pthread_mutex_lock(&lock);
	limit = n > 0 ? n : 0;
	pthread_mutex_unlock(&lock);
}

/* Under lock: takes a free slot, 1, or 0. Nobody may pass those already waiting, whichever line they are in. */
static int grab(void)
{
	if (limit && (busy >= limit || resuming.n || starting.n))
		return 0;
	busy++;
	return 1;
}

static void take(struct waitq *line)
{
	pthread_mutex_lock(&lock);
	if (!grab())
		waitq_wait(line, &lock, 0);   /* woken with a slot handed over */
	pthread_mutex_unlock(&lock);
}

static void give(void)
{
	pthread_mutex_lock(&lock);
	/* Handed over (busy stays as it is), or free. */
	if (!waitq_wake(&resuming) && !waitq_wake(&starting))
		busy--;
	pthread_mutex_unlock(&lock);
}

void slot_take(void)
{
	if (held)
		return;
	take(&starting);
	held = 1;
	paused = 0;
}

int slot_try_take(void)
{
	if (held)
		return 1;
	pthread_mutex_lock(&lock);
	int got = grab();
	pthread_mutex_unlock(&lock);
	if (got) {
		held = 1;
		paused = 0;
	}
	return got;
}

void slot_give(void)
{
	if (held && !paused)
		give();
	held = paused = 0;
}

void slot_pause(void)
{
	if (!held || paused)
		return;
	give();
	paused = 1;
}

void slot_resume(void)
{
	if (!held || !paused)
		return;
	take(&resuming);
	paused = 0;
}

int slots_busy(void)
{
	pthread_mutex_lock(&lock);
	int n = busy;
	pthread_mutex_unlock(&lock);
	return n;
}

int slots_waiting(void)
{
	pthread_mutex_lock(&lock);
	int n = resuming.n + starting.n;
	pthread_mutex_unlock(&lock);
	return n;
}
