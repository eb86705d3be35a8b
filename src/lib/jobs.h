/*
 * jobs.h - a first-come, first-served queue of jobs and the threads that
 * run them ([server] threads: the request handlers).
 *
 * Why the server needs it: libmicrohttpd pins each connection to one of
 * its threads, and accepts up to ten connections at a time on whichever
 * thread wakes first, so 32 connections landed four to a thread on eight
 * of 32 threads. A handler that waits (for its group commit, for the
 * password hasher) then held up the three others on its thread: the
 * create p99 was twice its median. Now the daemon's threads only read and
 * write, and hand each request to this queue: no request waits behind
 * another's, and they start in the order they came. An idle thread that
 * went idle last is woken first, so light load stays on warm threads.
 *
 *	jobs_start(32); ... jobs_submit(fn, arg); ... jobs_stop();
 */
#ifndef LEEFBAAR_JOBS_H
#define LEEFBAAR_JOBS_H

/* Starts n threads (every signal blocked in them). 0, or -1 when none could start. */
int jobs_start(int n);
/*
 * Queues fn(arg) behind every job submitted before it. 0, or -1 when the
 * threads are not running (the caller then runs it itself).
 */
int jobs_submit(void (*fn)(void *), void *arg);
/* 1 while the threads run. */
int jobs_running(void);
/* Runs every job still queued, then ends the threads and waits for them. */
void jobs_stop(void);
/* Jobs queued and not yet started (for tests and /healthz figures). */
int jobs_queued(void);
/* Threads waiting for a job (for tests). */
int jobs_idle(void);

#endif
