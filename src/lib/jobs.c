/*
 * jobs.c - a FIFO of jobs and the threads that run them (jobs.h).
 *
 * The queue is a singly linked list with head and tail under one mutex;
 * each job's node is allocated by jobs_submit() and freed by the thread
 * that takes it. Jobs are first come, first served; idle threads are the
 * opposite: a submit wakes the thread that went idle last. Under light
 * load one or two threads then do all the work with warm statement and
 * page caches, and the others' memory is never touched; woken in turn,
 * all 32 threads' connections filled their caches.
 */
#include "lib/jobs.h"
#include "lib/log.h"
#include "lib/waitq.h"
#include "lib/xalloc.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#define JOBS_MAX_THREADS 256

struct job {
	void (*fn)(void *);
	void *arg;
	struct job *next;
};

static struct {
	pthread_mutex_t lock;
	struct waitq idle;            /* the last to go idle first */
	struct job *head, *tail;
	int queued;
	int running, stop;
	int n;
	pthread_t threads[JOBS_MAX_THREADS];
} Q = { .lock = PTHREAD_MUTEX_INITIALIZER };

static void *runner(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&Q.lock);
	for (;;) {
		while (!Q.head && !Q.stop)
			waitq_wait(&Q.idle, &Q.lock, 1);
		struct job *j = Q.head;
		if (!j)
			break;   /* stopping, and nothing is left to run */
		Q.head = j->next;
		if (!Q.head)
			Q.tail = NULL;
		Q.queued--;
		pthread_mutex_unlock(&Q.lock);
		j->fn(j->arg);
		free(j);
		pthread_mutex_lock(&Q.lock);
	}
	pthread_mutex_unlock(&Q.lock);
	return NULL;
}

int jobs_start(int n)
{
	sigset_t all, old;

	if (n < 1)
		n = 1;
	if (n > JOBS_MAX_THREADS)
		n = JOBS_MAX_THREADS;
	pthread_mutex_lock(&Q.lock);
	if (Q.running) {
		pthread_mutex_unlock(&Q.lock);
		return log_error("jobs_start: already running");
	}
	Q.stop = 0;
	Q.n = 0;
	/* They inherit this mask: SIGTERM and SIGINT stay with the main thread's sigwait(). */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	for (int i = 0; i < n; i++) {
		if (pthread_create(&Q.threads[Q.n], NULL, runner, NULL) != 0)
			break;
		Q.n++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	Q.running = Q.n > 0;
	int started = Q.n;
	pthread_mutex_unlock(&Q.lock);
	if (started < n)
		log_warn("jobs: %d of %d handler threads started", started, n);
	return started > 0 ? 0 : -1;
}

int jobs_submit(void (*fn)(void *), void *arg)
{
	struct job *j = xmalloc(sizeof(*j));

	j->fn = fn;
	j->arg = arg;
	j->next = NULL;
	pthread_mutex_lock(&Q.lock);
	if (!Q.running || Q.stop) {
		pthread_mutex_unlock(&Q.lock);
		free(j);
		return -1;
	}
	if (Q.tail)
		Q.tail->next = j;
	else
		Q.head = j;
	Q.tail = j;
	Q.queued++;
	waitq_wake(&Q.idle);
	pthread_mutex_unlock(&Q.lock);
	return 0;
}

int jobs_running(void)
{
	pthread_mutex_lock(&Q.lock);
	int r = Q.running && !Q.stop;
	pthread_mutex_unlock(&Q.lock);
	return r;
}

void jobs_stop(void)
{
	pthread_mutex_lock(&Q.lock);
	if (!Q.running) {
		pthread_mutex_unlock(&Q.lock);
		return;
	}
	Q.stop = 1;
	while (waitq_wake(&Q.idle))
		;
	int n = Q.n;
	pthread_mutex_unlock(&Q.lock);
	for (int i = 0; i < n; i++)
		pthread_join(Q.threads[i], NULL);
	pthread_mutex_lock(&Q.lock);
	Q.running = 0;
	Q.n = 0;
	pthread_mutex_unlock(&Q.lock);
}

int jobs_queued(void)
{
	pthread_mutex_lock(&Q.lock);
	int n = Q.queued;
	pthread_mutex_unlock(&Q.lock);
	return n;
}

int jobs_idle(void)
{
	pthread_mutex_lock(&Q.lock);
	int n = Q.idle.n;
	pthread_mutex_unlock(&Q.lock);
	return n;
}
