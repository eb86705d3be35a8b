/*
 * amsterdam.h - Europe/Amsterdam local time without tzdata, and ISO 8601
 * moments.
 *
 * Leefbaar counts its response terms in Dutch working days, so "which day
 * is it" must be the day in Amsterdam, not in UTC. glibc's localtime_r()
 * takes a global lock and silently falls back to UTC on a mistyped TZ, so
 * this module applies the EU summer-time rule in plain arithmetic instead:
 *
 *	CET  (+01:00) normally;
 *	CEST (+02:00) from the last Sunday of March 01:00 UTC up to (not
 *	including) the last Sunday of October 01:00 UTC.
 *
 * The rule is applied to every year. It matches tzdata from 1996 on (the
 * unit test compares every half hour of 2000-2037); before 1996 the
 * Netherlands ended summer time in September, and before 1977 it had none,
 * which this module does not model. Instants are Unix seconds (int64_t,
 * UTC, no leap seconds). Defined for instants whose day number fits in
 * int32_t (see days.h). Pure: no clock, no globals, thread-safe.
 */
#ifndef LEEFBAAR_AMSTERDAM_H
#define LEEFBAAR_AMSTERDAM_H

#include <stdint.h>

/* "YYYY-MM-DDTHH:MM:SS+HH:MM" plus the NUL fits with room to spare. */
#define MOMENT_FORMAT_LEN 32

/* Seconds east of UTC in Amsterdam at unix_utc: 3600 or 7200. */
int amsterdam_offset(int64_t unix_utc);

/* 1 if summer time (CEST) is in force at unix_utc, else 0. */
int amsterdam_is_dst(int64_t unix_utc);

/* The day number (days.h) of the Amsterdam calendar day at unix_utc. */
int32_t amsterdam_day(int64_t unix_utc);

/*
 * The UTC instant of the start (00:00 local) of Amsterdam day dn, i.e. the
 * first second that amsterdam_day() maps to dn. Midnight always exists in
 * Amsterdam (the switches happen at 02:00/03:00 local).
 */
int64_t amsterdam_day_start(int32_t dn);

/*
 * Converts Amsterdam wall-clock time to a UTC instant in *out. Fields are
 * checked: month 1..12, day valid for the month, hour 0..23, minute and
 * second 0..59; -1 if any is not (and *out is untouched), else 0.
 *
 * Wall times that do not map to exactly one instant:
 * - The spring gap (02:00-02:59 on the last Sunday of March does not exist)
 *   is read with the offset in force before the switch (+01:00), which gives
 *   the later instant: 02:30 becomes 01:30 UTC, shown as 03:30 CEST. This
 *   pushes a non-existent time forward by the length of the gap, as
 *   java.time and JavaScript Temporal ("compatible") do.
 * - The autumn overlap (02:00-02:59 on the last Sunday of October happens
 *   twice) takes the first occurrence, still in summer time (+02:00): 02:30
 *   becomes 00:30 UTC.
 */
int amsterdam_from_local(int y, int mo, int d, int h, int mi, int s,
			 int64_t *out);

/*
 * Parses an ISO 8601 / RFC 3339 moment "YYYY-MM-DDTHH:MM:SS[.frac]OFFSET"
 * into Unix seconds. frac is 1..9 digits and is ignored (truncated). OFFSET
 * is required: "Z", "+HH:MM", "-HH:MM" or "+HHMM"/"-HHMM" (hours 00..23,
 * minutes 00..59). 'T' and 'Z' may be lower case (RFC 3339 allows it).
 * Year 0001..9999; second 60 (leap second) is rejected. A moment without an
 * offset is ambiguous and rejected: -1, *unix_utc untouched; 0 on success.
 */
int moment_parse(const char *s, int64_t *unix_utc);

/*
 * Writes unix_utc as Amsterdam local time with its offset, e.g.
 * "2026-07-03T23:30:00+02:00", into out (NUL-terminated). Years outside
 * 0000..9999 are written as days_format() does.
 */
void moment_format_amsterdam(int64_t unix_utc, char out[MOMENT_FORMAT_LEN]);

/* Length of "YYYY-MM-DDTHH:MM" plus the NUL. */
#define LOCAL_MOMENT_LEN 17

/*
 * Parses "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" (an HTML datetime-local
 * value; a space instead of the T is accepted) as Amsterdam wall time. 0,
 * or -1 when malformed or not a valid date and time.
 */
int local_moment_parse(const char *s, int64_t *out);
/* Writes t as Amsterdam wall time "YYYY-MM-DDTHH:MM" (for value= and max=). */
void local_moment_format(int64_t t, char out[LOCAL_MOMENT_LEN]);

#endif
