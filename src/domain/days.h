/*
 * days.h - civil dates as day numbers.
 *
 * A day number is the count of days since 1970-01-01 in the proleptic
 * Gregorian calendar: 1970-01-01 is 0, 1969-12-31 is -1. Day numbers make
 * date arithmetic plain integer arithmetic; everything in domain/ that talks
 * about days (werkdagen, terms, KPIs) uses them. Pure: no clock, no locale,
 * no time zone (see amsterdam.h for which day it is in the Netherlands).
 */
#ifndef LEEFBAAR_DAYS_H
#define LEEFBAAR_DAYS_H

#include <stdint.h>

/* Length of "YYYY-MM-DD" plus the NUL. */
#define DAYS_FORMAT_LEN 11

/* 1 if y is a Gregorian leap year, else 0. */
int days_is_leap(int y);

/* Days in month m (1..12) of year y; 0 when m is out of range. */
int days_in_month(int y, int m);

/*
 * The day number of y-m-d. The fields are not checked (use days_in_month()
 * first when they come from outside); an out-of-range day simply rolls over,
 * so 2026-02-29 gives the number of 2026-03-01. Defined for every date whose
 * day number fits in int32_t (roughly years -5.8 million to +5.8 million).
 */
int32_t days_from_civil(int y, int m, int d);

/* The inverse of days_from_civil(): m is 1..12, d is 1..31. */
void days_to_civil(int32_t dn, int *y, int *m, int *d);

/* Day of the week: 0 = Monday ... 5 = Saturday, 6 = Sunday. */
int days_weekday(int32_t dn);

/*
 * Parses a strict "YYYY-MM-DD" (exactly ten characters, nothing before or
 * after, year 0001..9999, month and day valid for that year, leap years
 * included) into *out. Returns 0, or -1 and leaves *out untouched.
 */
int days_parse(const char *s, int32_t *out);
/* Reads exactly n ASCII digits at s (stopping at a NUL); the value, or -1. For the date parsers. */
int days_digits(const char *s, int n);

/*
 * Writes "YYYY-MM-DD" and a NUL into out. The year must be 0..9999; outside
 * that range out becomes "0000-00-00", which days_parse() rejects, so the
 * mistake is visible instead of a buffer overrun.
 */
void days_format(int32_t dn, char out[DAYS_FORMAT_LEN]);

#endif
