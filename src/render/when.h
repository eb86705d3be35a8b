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

#define WHEN_LEN 24   /* "31-12-2026 23:59:59" + NUL, with room */

/* "05-03-2026 14:03" in Amsterdam time. */
void when_format(int64_t unix_utc, char out[WHEN_LEN]);
/* "05-03-2026 14:03:27": to the second, for the audit trail. */
void when_seconds(int64_t unix_utc, char out[WHEN_LEN]);
/* "05-03-2026": the Amsterdam day. */
void when_date(int64_t unix_utc, char out[WHEN_LEN]);
/* "5 mrt 2026 14:03": the same, as a case file's history reads it. */
void when_text(int64_t unix_utc, char out[WHEN_LEN]);

#endif
