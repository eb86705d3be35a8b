/*
 * werkdagen.h - the working-day calendar behind every response term.
 *
 * A werkdag is Monday to Friday, except
 *  - the national feestdagen of the Algemene termijnenwet, art. 3 lid 1:
 *    Nieuwjaarsdag (1 Jan), tweede Paasdag, Hemelvaartsdag, tweede
 *    Pinksterdag, Koningsdag (27 April, or 26 April when the 27th is a
 *    Sunday), Bevrijdingsdag (5 May, every year), eerste en tweede Kerstdag;
 *  - the corporation's own closing days (struct werkdagen_cal);
 * and a feestdag is a werkdag after all when the corporation works on it
 * (its collective agreement may say so), unless it also closed that day.
 * Goede Vrijdag is a werkdag unless the corporation closes on it: our terms
 * are policy, not statute (see shared/DOMAIN.md).
 *
 * Terms count from the day of receipt, that day itself not counted:
 * "within 2 werkdagen" of a melding received on day r means on or before
 * werkdagen_add(cal, r, 2). Days are day numbers (days.h), taken in
 * Europe/Amsterdam (amsterdam_day()).
 *
 * Easter is computed (anonymous Gregorian algorithm), never listed, so the
 * calendar is right for any Gregorian year. Pure: no clock, no globals, no
 * allocation; every function is thread-safe.
 */
#ifndef LEEFBAAR_WERKDAGEN_H
#define LEEFBAAR_WERKDAGEN_H

#include <stddef.h>
#include <stdint.h>

/*
 * The corporation's closing days, and the feestdagen it works on (open).
 * The caller owns the arrays and keeps them alive while the calendar is
 * used. Each must be sorted ascending (they are binary-searched);
 * duplicates are tolerated. Closing days that fall on a weekend or a
 * feestdag change nothing; open days that are not a feestdag on a weekday
 * change nothing; a day in both is closed. An array may be NULL when its
 * count is 0, and every function below accepts cal == NULL for "none".
 *
 *	struct werkdagen_cal cal = { .closing = days, .n_closing = n };
 */
struct werkdagen_cal {
	const int32_t *closing;
	size_t n_closing;
	const int32_t *open;
	size_t n_open;
};

/* At most this many feestdagen fall in one year (werkdagen_holidays()). */
#define WERKDAGEN_HOLIDAYS_MAX 8

struct werkdagen_holiday {
	int32_t day;
	const char *name;	/* static, Dutch, e.g. "Tweede Paasdag" */
};

/* 0 if cal->closing and cal->open are sorted ascending (duplicates allowed), else -1. */
int werkdagen_cal_check(const struct werkdagen_cal *cal);

/* Day number of Easter Sunday of a Gregorian year (1583 and later). */
int32_t werkdagen_easter(int year);

/*
 * 1 if dn is a national feestdag (whatever day of the week), else 0. When
 * name is not NULL it is set to the Dutch name (static string), or NULL.
 * When Hemelvaartsdag falls on 5 May (as in 2016) the name is
 * "Hemelvaartsdag en Bevrijdingsdag".
 */
int werkdagen_is_holiday(int32_t dn, const char **name);

/*
 * Fills out with the feestdagen of year in date order and returns how many
 * there are: 8, or 7 when Hemelvaartsdag is Bevrijdingsdag. Includes those
 * that fall in a weekend. Meant for listing them, e.g. on the beheer page.
 */
size_t werkdagen_holidays(int year,
			  struct werkdagen_holiday out[WERKDAGEN_HOLIDAYS_MAX]);

/* 1 if dn is a closing day of cal (binary search), else 0. */
int werkdagen_is_closing(const struct werkdagen_cal *cal, int32_t dn);

/* 1 if dn is a feestdag that cal works on (listed in open), else 0. */
int werkdagen_is_open_feestdag(const struct werkdagen_cal *cal, int32_t dn);

/* 1 if dn is a werkdag: Mon-Fri, no feestdag (or one cal works on), no closing day. Else 0. */
int werkdagen_is_workday(const struct werkdagen_cal *cal, int32_t dn);

/*
 * The day that is n werkdagen after day: the earliest t with
 * werkdagen_between(cal, day, t) == n. day itself is not counted and need
 * not be a werkdag; for n > 0 the result is always a werkdag, and n == 0
 * returns day. n must be >= 0 (asserted), and the result must be a
 * valid day number (for any real term it is).
 *
 * Cost: a few dozen integer operations per year spanned, plus a binary
 * search of the closing days; no loop over the days themselves.
 */
int32_t werkdagen_add(const struct werkdagen_cal *cal, int32_t day, int n);

/*
 * The number of werkdagen after a up to and including b. For b < a it is
 * the negation of werkdagen_between(cal, b, a), so the function is
 * antisymmetric and a "days late" figure can simply be negative. a and b
 * may be up to 2^31 days apart (the count then still fits in an int).
 * werkdagen_between(cal, a, werkdagen_add(cal, a, n)) == n for all n >= 0.
 */
int werkdagen_between(const struct werkdagen_cal *cal, int32_t a, int32_t b);

#endif
