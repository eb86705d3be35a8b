/*
 * when.h - moments as Dutch readers expect them, in Amsterdam time.
 *
 * Stored moments are UTC unix seconds; people read the wall clock in the
 * Netherlands. Pure arithmetic (domain/amsterdam.h), no localtime_r lock;
 * month names from domain/calendar.h.
 */
#ifndef LEEFBAAR_WHEN_H
#define LEEFBAAR_WHEN_H

#include <stdint.h>

struct arena;

#define WHEN_LEN 24   /* "31-12-2026 23:59:59" + NUL, with room */

/* "05-03-2026 14:03" in Amsterdam time. */
void when_format(int64_t unix_utc, char out[WHEN_LEN]);
/* "05-03-2026 14:03:27": to the second, for the audit trail. */
void when_seconds(int64_t unix_utc, char out[WHEN_LEN]);
/* "05-03-2026": the Amsterdam day. */
void when_date(int64_t unix_utc, char out[WHEN_LEN]);
/* "5 mrt 2026 14:03": the same, as a case file's history reads it. */
void when_text(int64_t unix_utc, char out[WHEN_LEN]);

/* The ways a page writes a moment (t: unix seconds) or a day (t: day number). */
enum when_style {
	WHEN_MINUTE,      /* when_format():  "05-03-2026 14:03" */
	WHEN_TEXT,        /* when_text():    "5 mrt 2026 14:03" */
	WHEN_DATE,        /* when_date():    "05-03-2026" */
	WHEN_ISO,         /* "2026-03-05T14:03:00+01:00", for <time datetime> */
	DAY_ISO,          /* a day number: "2026-03-05" */
	DAY_SHORT,        /* a day number: "5 mrt 2026" */
	DAY_DATE,         /* a day number: "05-03-2026", as WHEN_DATE writes a moment's day */
};
/* t written in style, in arena memory: the one way a page turns a moment or day into text. */
const char *when_str(struct arena *a, enum when_style style, int64_t t);

#endif
