/*
 * clock.c - the one reading of "now" (see clock.h).
 */
#include "lib/clock.h"

#include <time.h>

/* Written once before threads start, read-only afterwards. */
static int64_t offset;
static int pinned;

int64_t clock_now(void)
{
	return (int64_t)time(NULL) + offset;
}

void clock_pin(int64_t at)
{
	offset = at - (int64_t)time(NULL);
	pinned = 1;
}

int clock_pinned(void)
{
	return pinned;
}

int64_t clock_real(void)
{
	return (int64_t)time(NULL);
}
