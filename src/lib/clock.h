/*
 * clock.h - the one reading of "now" for the whole program.
 *
 * Every part that needs the wall clock (server, CLI, mail sender,
 * dagoverzicht, seed, jobs) calls clock_now(); nothing else reads time(),
 * so a test or a demonstration can pin "now" in one place. Durations and
 * timeouts use CLOCK_MONOTONIC directly: they measure, they do not date.
 *
 * The pin is set once, at start-up, from the environment variable
 * LEEFBAAR_NOW (main.c) before any thread starts; no request can reach it.
 * When it is not set clock_now() is time(NULL).
 */
#ifndef LEEFBAAR_CLOCK_H
#define LEEFBAAR_CLOCK_H

#include <stdint.h>

/* Seconds since the Unix epoch (UTC). Thread-safe. */
int64_t clock_now(void);

/*
 * From now on clock_now() starts at `at` and runs on with the real clock
 * (so timeouts, session ages and backoff behave as usual). Call once at
 * start-up, before threads exist.
 */
void clock_pin(int64_t at);

/* 1 when the clock was pinned, else 0. */
int clock_pinned(void);

/*
 * The real wall clock, pinned or not: only for comparing with a moment the
 * operating system wrote, such as a file's mtime (the age of an upload
 * waiting in data_dir/tmp).
 */
int64_t clock_real(void);

#endif
