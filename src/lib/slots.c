/*
 * slots.c - a counting semaphore with a per-thread memory of whether the
 * thread holds a slot (slots.h).
 */
#include "lib/slots.h"

#include <pthread.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t freed = PTHREAD_COND_INITIALIZER;
static int limit, busy;
static _Thread_local int held, paused;

void slots_init(int n)
{
	pthread_mutex_lock(&lock);
	limit = n > 0 ? n : 0;
	pthread_mutex_unlock(&lock);
}

static void take(void)
{
	pthread_mutex_lock(&lock);
	while (limit && busy >= limit)
		pthread_cond_wait(&freed, &lock);
	busy++;
	pthread_mutex_unlock(&lock);
}

static void give(void)
{
	pthread_mutex_lock(&lock);
	busy--;
	pthread_cond_signal(&freed);
	pthread_mutex_unlock(&lock);
}

void slot_take(void)
{
	if (held)
		return;
	take();
	held = 1;
	paused = 0;
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
	take();
	paused = 0;
}

int slots_busy(void)
{
	pthread_mutex_lock(&lock);
	int n = busy;
	pthread_mutex_unlock(&lock);
	return n;
}
