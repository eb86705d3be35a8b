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

#include <pthread.h>
#include <stddef.h>

struct waiter {
	pthread_cond_t cv;
	int granted;
	struct waiter *next;
};

struct line {
	struct waiter *head, *tail;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int limit, busy;
static struct line resuming, starting;
static int waiting;
static _Thread_local int held, paused;

void slots_init(int n)
{
	pthread_mutex_lock(&lock);
	limit = n > 0 ? n : 0;
	pthread_mutex_unlock(&lock);
}

static void enqueue(struct line *l, struct waiter *w)
{
	w->next = NULL;
	if (l->tail)
		l->tail->next = w;
	else
		l->head = w;
	l->tail = w;
}

static struct waiter *dequeue(struct line *l)
{
	struct waiter *w = l->head;

	if (w) {
		l->head = w->next;
		if (!l->head)
			l->tail = NULL;
	}
	return w;
}

static void take(struct line *l)
{
	pthread_mutex_lock(&lock);
	/* Nobody may pass those already waiting, whichever line they are in. */
	if (!limit || (busy < limit && !resuming.head && !starting.head)) {
		busy++;
		pthread_mutex_unlock(&lock);
		return;
	}
	struct waiter w = { .granted = 0 };
	pthread_cond_init(&w.cv, NULL);
	enqueue(l, &w);
	waiting++;
	while (!w.granted)
		pthread_cond_wait(&w.cv, &lock);
	pthread_mutex_unlock(&lock);
	pthread_cond_destroy(&w.cv);
}

static void give(void)
{
	pthread_mutex_lock(&lock);
	struct waiter *w = dequeue(&resuming);
	if (!w)
		w = dequeue(&starting);
	if (w) {
		/* Handed over: busy stays as it is. */
		waiting--;
		w->granted = 1;
		pthread_cond_signal(&w->cv);
	} else {
		busy--;
	}
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
	int n = waiting;
	pthread_mutex_unlock(&lock);
	return n;
}
