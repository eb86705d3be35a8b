/*
 * when.c - moments in Amsterdam time for people (see when.h).
 */
#include "render/when.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "lib/arena.h"

#include <stdio.h>
#include <string.h>

/*
 * calendar_day_short() formats with snprintf, about 2,000 instructions; a
 * list page asks for the same few days (received, due to confirm, due to
 * answer) some 150 times. A small direct-mapped cache per thread (no lock;
 * the text of a day never changes) answers those from memory.
 */
#define SHORT_CACHE 16
static _Thread_local struct {
	int32_t day;
	int used;
	char text[CALENDAR_DAY_LEN];
} short_cache[SHORT_CACHE];

static void day_short(int32_t dn, char out[CALENDAR_DAY_LEN])
{
	unsigned slot = (unsigned)dn % SHORT_CACHE;

	if (!short_cache[slot].used || short_cache[slot].day != dn) {
		calendar_day_short(dn, short_cache[slot].text);
		short_cache[slot].day = dn;
		short_cache[slot].used = 1;
	}
	memcpy(out, short_cache[slot].text, CALENDAR_DAY_LEN);
}

/* The Amsterdam day at unix_utc, and the seconds since its midnight on the wall clock. */
static unsigned wall_clock(int64_t unix_utc, int32_t *dn)
{
	int64_t local = unix_utc + amsterdam_offset(unix_utc);

	*dn = amsterdam_day(unix_utc);
	return (unsigned)(local - (int64_t)*dn * 86400) % 86400u;
}

/* The Amsterdam wall clock at unix_utc, with or without seconds. */
static void format(int64_t unix_utc, int with_seconds, char out[WHEN_LEN])
{
	int y, m, d;
	int32_t dn;
	unsigned s = wall_clock(unix_utc, &dn);

	days_to_civil(dn, &y, &m, &d);
	/* Unsigned and bounded, so the fields provably fit (years 0..9999). */
	unsigned yy = (unsigned)y % 10000u, mm = (unsigned)m % 100u, dd = (unsigned)d % 100u;
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

void when_text(int64_t unix_utc, char out[WHEN_LEN])
{
	char day[CALENDAR_DAY_LEN];
	int32_t dn;
	unsigned s = wall_clock(unix_utc, &dn);

	day_short(dn, day);
	/* "30 sep 2026 23:59" is 17 characters: a year of four digits always fits. */
	snprintf(out, WHEN_LEN, "%.16s %02u:%02u", day, s / 3600u, s % 3600u / 60u);
}

const char *when_str(struct arena *a, enum when_style style, int64_t t)
{
	char out[CALENDAR_DAY_LEN > MOMENT_FORMAT_LEN ? CALENDAR_DAY_LEN : MOMENT_FORMAT_LEN];

	switch (style) {
	case WHEN_MINUTE: when_format(t, out); break;
	case WHEN_TEXT: when_text(t, out); break;
	case WHEN_DATE: when_date(t, out); break;
	case WHEN_ISO: moment_format_amsterdam(t, out); break;
	case DAY_ISO: days_format((int32_t)t, out); break;
	case DAY_SHORT: day_short((int32_t)t, out); break;
	case DAY_DATE: {
		char iso[DAYS_FORMAT_LEN];
		days_format((int32_t)t, iso);
		snprintf(out, sizeof(out), "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
		break;
	}
	}
	return arena_strdup(a, out);
}
