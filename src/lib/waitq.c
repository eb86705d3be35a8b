/*
 * waitq.c - a line of waiting threads, each on its own condition variable
 * (waitq.h). An entry lives on its waiter's stack: waitq_wake() takes it
 * out of the line before signalling, so the waiter may return (and its
 * stack frame go) as soon as it has the lock again.
 */
#include "lib/waitq.h"

struct waitq_entry {
	pthread_cond_t cv;
	int woken;
	struct waitq_entry *next;
};

void waitq_wait(struct waitq *q, pthread_mutex_t *lock, int front)
{
	struct waitq_entry me = { .woken = 0 };

	pthread_cond_init(&me.cv, NULL);
	if (front) {
		me.next = q->head;
		q->head = &me;
		if (!q->tail)
			q->tail = &me;
	} else {
		me.next = NULL;
		if (q->tail)
			q->tail->next = &me;
		else
			q->head = &me;
		q->tail = &me;
	}
	q->n++;
	while (!me.woken)
		pthread_cond_wait(&me.cv, lock);
	pthread_cond_destroy(&me.cv);
}

int waitq_wake(struct waitq *q)
{
	struct waitq_entry *w = q->head;

	if (!w)
		return 0;
	q->head = w->next;
	if (!q->head)
		q->tail = NULL;
	q->n--;
	w->woken = 1;
	pthread_cond_signal(&w->cv);
	return 1;
}
