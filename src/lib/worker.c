/*
 * worker.c - a background thread that wakes now and then (see worker.h).
 */
#include "lib/worker.h"

#include <signal.h>
#include <time.h>

static void *trampoline(void *p)
{
	struct worker *w = p;
	void *r = w->fn(w->arg);

	pthread_mutex_lock(&w->lock);
	w->done = 1;
	pthread_cond_broadcast(&w->wake);
	pthread_mutex_unlock(&w->lock);
	return r;
}

int worker_start(struct worker *w, void *(*fn)(void *), void *arg)
{
	pthread_condattr_t ca;
	sigset_t all, old;

	w->fn = fn;
	w->arg = arg;
	w->done = 0;
	atomic_store(&w->stop, 0);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&w->wake, &ca);
	pthread_condattr_destroy(&ca);
	/* The new thread inherits this mask. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	int rc = pthread_create(&w->thread, NULL, trampoline, w);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		pthread_cond_destroy(&w->wake);
		return rc;
	}
	w->started = 1;
	return 0;
}

int worker_stopping(struct worker *w)
{
	return atomic_load(&w->stop);
}

static struct timespec after_ms(int64_t ms)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	t.tv_sec += (time_t)(ms / 1000);
	t.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

int worker_sleep(struct worker *w, int64_t seconds)
{
	struct timespec until = after_ms(seconds * 1000);

	pthread_mutex_lock(&w->lock);
	while (!atomic_load(&w->stop) && pthread_cond_timedwait(&w->wake, &w->lock, &until) == 0)
		;
	pthread_mutex_unlock(&w->lock);
	return atomic_load(&w->stop);
}

int worker_stop(struct worker *w, int64_t wait_ms)
{
	if (!w->started)
		return 0;
	struct timespec until = after_ms(wait_ms < 0 ? 0 : wait_ms);

	pthread_mutex_lock(&w->lock);
	atomic_store(&w->stop, 1);
	pthread_cond_broadcast(&w->wake);
	while (!w->done && (wait_ms < 0 ? pthread_cond_wait(&w->wake, &w->lock) == 0
					 : pthread_cond_timedwait(&w->wake, &w->lock, &until) == 0))
		;
	int done = w->done;
	pthread_mutex_unlock(&w->lock);
	w->started = 0;
	if (!done) {
		pthread_detach(w->thread);
		return -1;
	}
	pthread_join(w->thread, NULL);
	pthread_cond_destroy(&w->wake);
	return 0;
}
