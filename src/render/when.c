/*
 * when.c - moments in Amsterdam time for people (see when.h).
 */
#include "render/when.h"
#include "domain/amsterdam.h"
#include "domain/days.h"

#include <stdio.h>

/* The Amsterdam wall clock at unix_utc, with or without seconds. */
static void format(int64_t unix_utc, int with_seconds, char out[WHEN_LEN])
{
	int y, m, d;
	int64_t local = unix_utc + amsterdam_offset(unix_utc);
	int32_t dn = amsterdam_day(unix_utc);
	int secs = (int)(local - (int64_t)dn * 86400);

	days_to_civil(dn, &y, &m, &d);
	/* Unsigned and bounded, so the fields provably fit (years 0..9999). */
	unsigned yy = (unsigned)y % 10000u, mm = (unsigned)m % 100u, dd = (unsigned)d % 100u;
	unsigned s = (unsigned)secs % 86400u;
	if (with_seconds)
		snprintf(out, WHEN_LEN, "%02u-%02u-%04u %02u:%02u:%02u", dd, mm, yy, s / 3600u, s % 3600u / 60u, s % 60u);
	else
		snprintf(out, WHEN_LEN, "%02u-%02u-%04u %02u:%02u", dd, mm, yy, s / 3600u, s % 3600u / 60u);
}

void when_format(int64_t unix_utc, char out[WHEN_LEN])
{
	format(unix_utc, 0, out);
}

void when_seconds(int64_t unix_utc, char out[WHEN_LEN])
{
	format(unix_utc, 1, out);
}

void when_date(int64_t unix_utc, char out[WHEN_LEN])
{
	int y, m, d;

	days_to_civil(amsterdam_day(unix_utc), &y, &m, &d);
	snprintf(out, WHEN_LEN, "%02u-%02u-%04u", (unsigned)d % 100u, (unsigned)m % 100u, (unsigned)y % 10000u);
}
