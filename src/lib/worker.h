/*
 * worker.h - a background thread that wakes now and then (the mail
 * sender, the sweep, the retention job): started with every signal
 * blocked, so SIGTERM and SIGINT reach the main thread only; its waits on
 * the monotonic clock, so a change of the wall clock neither stalls nor
 * hurries it; stopped by waking it, with a bound on how long to wait.
 *
 *	static struct worker w = WORKER_INIT;
 *	static void *run(void *arg) { while (!worker_sleep(&w, 60)) work(); return NULL; }
 *	worker_start(&w, run, NULL); ... worker_stop(&w, -1);
 */
#ifndef LEEFBAAR_WORKER_H
#define LEEFBAAR_WORKER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

struct worker {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	atomic_int stop;
	int started, done;
	void *(*fn)(void *);
	void *arg;
};

#define WORKER_INIT { .lock = PTHREAD_MUTEX_INITIALIZER }

/* Runs fn(arg) on a new thread; 0, or the error pthread_create() gave. */
int worker_start(struct worker *w, void *(*fn)(void *), void *arg);
/* 1 once worker_stop() was asked: for the worker's loops. */
int worker_stopping(struct worker *w);
/* In the worker: waits seconds, or less when stopped; 1 when stopping. */
int worker_sleep(struct worker *w, int64_t seconds);
/*
 * Asks the worker to stop and waits for it, at most wait_ms (< 0: as long
 * as it takes). 0 when it ended; -1 when it did not in time: then it is
 * left to end on its own (detached) and w may not be started again.
 */
int worker_stop(struct worker *w, int64_t wait_ms);

#endif
