/*
 * calendar.h - the Dutch calendar as people read it: month and weekday
 * names, ISO 8601 weeks, the bounds of a week, month, quarter or year,
 * and days written out ("maandag 2 maart 2026", "2 mrt").
 *
 * Pure: day numbers in (days.h), numbers and text out; no clock, no
 * locale, no time zone. (store/calendar.h is another thing: the
 * corporation's closing days for the werkdagen.)
 */
#ifndef LEEFBAAR_DOMAIN_CALENDAR_H
#define LEEFBAAR_DOMAIN_CALENDAR_H

#include <stdint.h>

/* Room for the longest day text below ("donderdag 30 september 2026"), with years of any size. */
#define CALENDAR_DAY_LEN 40

/* "januari" .. "december" for m 1..12; "" otherwise. */
const char *calendar_month_name(int m);
/* "jan", "feb", "mrt", .. "dec" for m 1..12; "" otherwise. */
const char *calendar_month_abbr(int m);
/* "maandag" .. "zondag" for wd 0..6 (days_weekday()); "" otherwise. */
const char *calendar_weekday_name(int wd);

/*
 * The ISO 8601 week of dn: weeks start on Monday and week 1 holds the
 * year's first Thursday, so 2026-12-31 is week 53 of 2026 and 2027-01-01
 * too; *year is the year the week belongs to (that of its Thursday).
 */
void calendar_iso_week(int32_t dn, int *year, int *week);

/* The periods a report covers. */
enum calendar_period { CALENDAR_WEEK, CALENDAR_MAAND, CALENDAR_KWARTAAL, CALENDAR_JAAR, CALENDAR__MAX };

/*
 * The first and last day (inclusive) of the period of kind p that holds
 * dn: its Monday to Sunday, its month, its quarter (January, April, July,
 * October) or its year. *first and *last are left alone for an unknown p.
 */
void calendar_period_bounds(enum calendar_period p, int32_t dn, int32_t *first, int32_t *last);

/* Day texts, for pages and for letters and mails to melders. */
/* "maandag 2 maart 2026" */
void calendar_day_weekday(int32_t dn, char out[CALENDAR_DAY_LEN]);
/* "2 maart 2026" */
void calendar_day_long(int32_t dn, char out[CALENDAR_DAY_LEN]);
/* "2 mrt 2026" */
void calendar_day_short(int32_t dn, char out[CALENDAR_DAY_LEN]);
/* "2 mrt": in a range whose year is said elsewhere */
void calendar_day_month(int32_t dn, char out[CALENDAR_DAY_LEN]);

#endif
