/*
 * waitq.h - a line of threads waiting under a mutex of the caller's, each
 * woken on its own: the handler slots (slots.c), the group-commit writer
 * (db/db.c) and the idle handler threads (jobs.c).
 *
 * Why not one condition variable and a broadcast: everyone woken races
 * for what was freed, so a newcomer or a lucky waiter overtakes, and
 * under load some requests waited 50-90 ms while later ones went first;
 * 32 threads woken per write also cost two cores their time. Here
 * waitq_wake() picks exactly one, in the line's order, and what it hands
 * over is the woken thread's before anyone else can take it.
 *
 *	pthread_mutex_lock(&lock);
 *	if (taken) waitq_wait(&q, &lock, 0); else taken = 1;   // ours now
 *	...
 *	if (!waitq_wake(&q)) taken = 0;                         // handed on, or free
 *	pthread_mutex_unlock(&lock);
 */
#ifndef LEEFBAAR_WAITQ_H
#define LEEFBAAR_WAITQ_H

#include <pthread.h>

struct waitq_entry;

struct waitq {
	struct waitq_entry *head, *tail;
	int n;                        /* threads waiting */
};

#define WAITQ_INIT { 0 }

/*
 * With lock held: joins the line at its end (front = 1: at its front, the
 * next to be woken) and sleeps until waitq_wake() picks this thread.
 * Returns with lock held.
 */
void waitq_wait(struct waitq *q, pthread_mutex_t *lock, int front);
/* With the same lock held: wakes the first in line. 1 if someone was woken, 0 if nobody waits. */
int waitq_wake(struct waitq *q);

#endif
