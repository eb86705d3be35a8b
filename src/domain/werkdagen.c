/*
 * werkdagen.c - Dutch feestdagen and arithmetic over werkdagen.
 *
 * Counting does not walk the days. The number of werkdagen in (a, b] is
 *
 *	weekdays in (a, b]                       closed form, whole weeks
 *	- feestdagen on a weekday in (a, b]      at most 8 per year spanned
 *	+ of those, the ones the corporation     binary search, as below
 *	  works on (and has not closed)
 *	- closing days on a werkdag in (a, b]    binary search, then the few
 *	                                         closing days in the range
 *
 * and werkdagen_add() first jumps n weekdays, then jumps again over as many
 * weekdays as it found non-werkdagen on the way, until there are none. A
 * typical 2- or 10-day term takes one or two rounds. Nothing is cached
 * between calls: what a call learns about a year lives on its own stack
 * (struct year_cal), so there is no shared mutable state to lock, and
 * Easter is only computed for ranges that reach into spring.
 */
#include "domain/werkdagen.h"

#include <assert.h>

#include "domain/days.h"

enum feestdag {
	FEESTDAG_NIEUWJAARSDAG,
	FEESTDAG_TWEEDE_PAASDAG,
	FEESTDAG_KONINGSDAG,
	FEESTDAG_HEMELVAARTSDAG,
	FEESTDAG_BEVRIJDINGSDAG,
	FEESTDAG_HEMELVAART_BEVRIJDING,	/* both on 5 May, as in 2016 */
	FEESTDAG_TWEEDE_PINKSTERDAG,
	FEESTDAG_EERSTE_KERSTDAG,
	FEESTDAG_TWEEDE_KERSTDAG,
	FEESTDAG__MAX
};

static const char *const feestdag_names[FEESTDAG__MAX] = {
	[FEESTDAG_NIEUWJAARSDAG] = "Nieuwjaarsdag",
	[FEESTDAG_TWEEDE_PAASDAG] = "Tweede Paasdag",
	[FEESTDAG_KONINGSDAG] = "Koningsdag",
	[FEESTDAG_HEMELVAARTSDAG] = "Hemelvaartsdag",
	[FEESTDAG_BEVRIJDINGSDAG] = "Bevrijdingsdag",
	[FEESTDAG_HEMELVAART_BEVRIJDING] = "Hemelvaartsdag en Bevrijdingsdag",
	[FEESTDAG_TWEEDE_PINKSTERDAG] = "Tweede Pinksterdag",
	[FEESTDAG_EERSTE_KERSTDAG] = "Eerste Kerstdag",
	[FEESTDAG_TWEEDE_KERSTDAG] = "Tweede Kerstdag",
};

#define SATURDAY 5
#define SUNDAY 6

int32_t werkdagen_easter(int year)
{
	/*
	 * Anonymous Gregorian algorithm (Meeus/Jones/Butcher). Unsigned, so
	 * every division by a constant compiles to a multiply and a shift
	 * without sign fix-ups: half the cost, and years are positive.
	 */
	unsigned y = (unsigned)year;
	unsigned a = y % 19;
	unsigned b = y / 100;
	unsigned c = y % 100;
	unsigned d = b / 4;
	unsigned e = b % 4;
	unsigned f = (b + 8) / 25;
	unsigned g = (b - f + 1) / 3;
	unsigned h = (19 * a + b - d - g + 15) % 30;
	unsigned i = c / 4;
	unsigned k = c % 4;
	unsigned l = (32 + 2 * e + 2 * i - h - k) % 7;	/* h + k <= 32 */
	unsigned m = (a + 11 * h + 22 * l) / 451;
	unsigned n = h + l + 114 - 7 * m;

	return days_from_civil(year, (int)(n / 31), (int)(n % 31 + 1));
}

/* 26 April when 27 April is a Sunday, else 27 April. */
static int32_t koningsdag(int year)
{
	int32_t d27 = days_from_civil(year, 4, 27);

	return days_weekday(d27) == SUNDAY ? d27 - 1 : d27;
}

/*
 * All feestdagen of year in date order; returns the count. Tweede Paasdag
 * (23 Mar..26 Apr) always precedes Koningsdag: both on 26 April would need
 * 26 April to be a Monday and a Saturday. Hemelvaartsdag (30 Apr..3 Jun)
 * may fall before, on or after 5 May; tweede Pinksterdag (11 May..14 Jun)
 * always after.
 */
static size_t year_feestdagen(int year, int32_t day[WERKDAGEN_HOLIDAYS_MAX],
			      enum feestdag what[WERKDAGEN_HOLIDAYS_MAX])
{
	int32_t jan1 = days_from_civil(year, 1, 1);
	int32_t easter = werkdagen_easter(year);
	int32_t hemelvaart = easter + 39;
	int32_t may5 = days_from_civil(year, 5, 5);
	int32_t dec25 = days_from_civil(year, 12, 25);
	size_t n = 0;

#define ADD(dn, f) do { day[n] = (dn); what[n] = (f); n++; } while (0)
	ADD(jan1, FEESTDAG_NIEUWJAARSDAG);
	ADD(easter + 1, FEESTDAG_TWEEDE_PAASDAG);
	ADD(koningsdag(year), FEESTDAG_KONINGSDAG);
	if (hemelvaart < may5) {
		ADD(hemelvaart, FEESTDAG_HEMELVAARTSDAG);
		ADD(may5, FEESTDAG_BEVRIJDINGSDAG);
	} else if (hemelvaart == may5) {
		ADD(may5, FEESTDAG_HEMELVAART_BEVRIJDING);
	} else {
		ADD(may5, FEESTDAG_BEVRIJDINGSDAG);
		ADD(hemelvaart, FEESTDAG_HEMELVAARTSDAG);
	}
	ADD(easter + 50, FEESTDAG_TWEEDE_PINKSTERDAG);
	ADD(dec25, FEESTDAG_EERSTE_KERSTDAG);
	ADD(dec25 + 1, FEESTDAG_TWEEDE_KERSTDAG);
#undef ADD
	return n;
}

size_t werkdagen_holidays(int year,
			  struct werkdagen_holiday out[WERKDAGEN_HOLIDAYS_MAX])
{
	int32_t day[WERKDAGEN_HOLIDAYS_MAX];
	enum feestdag what[WERKDAGEN_HOLIDAYS_MAX];
	size_t n = year_feestdagen(year, day, what);

	for (size_t i = 0; i < n; i++) {
		out[i].day = day[i];
		out[i].name = feestdag_names[what[i]];
	}
	return n;
}

/* The feestdag on dn, or FEESTDAG__MAX when there is none. */
static enum feestdag feestdag_on(int32_t dn)
{
	int y, m, d;
	int32_t easter;

	days_to_civil(dn, &y, &m, &d);
	switch (m) {
	case 1:
		return d == 1 ? FEESTDAG_NIEUWJAARSDAG : FEESTDAG__MAX;
	case 12:
		if (d == 25)
			return FEESTDAG_EERSTE_KERSTDAG;
		return d == 26 ? FEESTDAG_TWEEDE_KERSTDAG : FEESTDAG__MAX;
	case 3: case 4: case 5: case 6:
		break;
	default:
		return FEESTDAG__MAX;
	}
	/* Spring: the fixed days first, they need no Easter. */
	if (m == 4 && (d == 26 || d == 27) && dn == koningsdag(y))
		return FEESTDAG_KONINGSDAG;
	/* Easter-based days fall from 23 March to 14 June only. */
	if ((m == 3 && d < 23) || (m == 6 && d > 14))
		return FEESTDAG__MAX;
	easter = werkdagen_easter(y);
	if (m == 5 && d == 5)
		return dn == easter + 39 ? FEESTDAG_HEMELVAART_BEVRIJDING :
					   FEESTDAG_BEVRIJDINGSDAG;
	if (dn == easter + 1)
		return FEESTDAG_TWEEDE_PAASDAG;
	if (dn == easter + 39)
		return FEESTDAG_HEMELVAARTSDAG;
	if (dn == easter + 50)
		return FEESTDAG_TWEEDE_PINKSTERDAG;
	return FEESTDAG__MAX;
}

int werkdagen_is_holiday(int32_t dn, const char **name)
{
	enum feestdag f = feestdag_on(dn);

	if (name != NULL)
		*name = f == FEESTDAG__MAX ? NULL : feestdag_names[f];
	return f != FEESTDAG__MAX;
}

static int sorted(const int32_t *day, size_t n)
{
	if (n == 0)
		return 1;
	if (day == NULL)
		return 0;
	for (size_t i = 1; i < n; i++)
		if (day[i] < day[i - 1])
			return 0;
	return 1;
}

int werkdagen_cal_check(const struct werkdagen_cal *cal)
{
	if (cal == NULL)
		return 0;
	return sorted(cal->closing, cal->n_closing) && sorted(cal->open, cal->n_open) ? 0 : -1;
}

/*
 * Index of the first day >= dn in day[0..n) (n when there is none); n > 0.
 * Branch-free binary search (Khuong and Morin): the answer stays in
 * [base, base + len] while len halves, and the select compiles to a
 * conditional move, since which half holds dn is unpredictable.
 */
static size_t lower_bound(const int32_t *day, size_t n, int32_t dn)
{
	const int32_t *base = day;
	size_t len = n;

	while (len > 1) {
		size_t half = len / 2;

		base = base[half] < dn ? base + half : base;
		len -= half;
	}
	return (size_t)(base - day) + (*base < dn);
}

static int listed(const int32_t *day, size_t n, int32_t dn)
{
	if (n == 0)
		return 0;
	size_t i = lower_bound(day, n, dn);
	return i < n && day[i] == dn;
}

static int has_closing(const struct werkdagen_cal *cal)
{
	return cal != NULL && cal->n_closing > 0;
}

int werkdagen_is_closing(const struct werkdagen_cal *cal, int32_t dn)
{
	return has_closing(cal) && listed(cal->closing, cal->n_closing, dn);
}

int werkdagen_is_open_feestdag(const struct werkdagen_cal *cal, int32_t dn)
{
	return cal != NULL && feestdag_on(dn) != FEESTDAG__MAX && listed(cal->open, cal->n_open, dn);
}

int werkdagen_is_workday(const struct werkdagen_cal *cal, int32_t dn)
{
	return days_weekday(dn) < SATURDAY &&
	       (feestdag_on(dn) == FEESTDAG__MAX || werkdagen_is_open_feestdag(cal, dn)) &&
	       !werkdagen_is_closing(cal, dn);
}

static int64_t floor_div7(int64_t a)
{
	return a >= 0 ? a / 7 : -((-a + 6) / 7);
}

/*
 * Weekdays (Mon-Fri) in (-inf, dn] counted from an arbitrary origin, so
 * that weekdays in (a, b] is rank(b) - rank(a). dn + 3 is 0 on a Monday
 * (1969-12-29); its week index times 5 plus the weekdays so far that week.
 */
static int64_t weekday_rank(int32_t dn)
{
	int64_t u = (int64_t)dn + 3;
	int64_t w = floor_div7(u);
	int64_t r = u - 7 * w;		/* 0 = Monday .. 6 = Sunday */

	return 5 * w + (r < 5 ? r + 1 : 5);
}

/* The earliest day with exactly n (> 0) weekdays in (day, result]. */
static int32_t weekdays_add(int32_t day, int n)
{
	int wd = days_weekday(day);
	int rem = n % 5;
	/* A weekend day has the rank of the Friday before it. */
	int back = wd >= SATURDAY ? wd - 4 : 0;
	/* 64 bits: 7 * (n / 5) alone can exceed INT_MAX. */
	int64_t t = (int64_t)day + 7 * (int64_t)(n / 5) + rem - back;

	wd -= back;
	return (int32_t)(t + (wd + rem > 4 ? 2 : 0));	/* jump the weekend */
}

/*
 * What feestdagen_between() needs to know about one year: the feestdagen
 * that fall on a weekday, the only ones that cost a werkdag. The fixed
 * ones are cheap; the three Easter-based ones (23 March..14 June) are
 * computed only when a range reaches into spring, which most ranges do
 * not. It lives on the stack of one werkdagen_add() or werkdagen_between()
 * call, so the rounds of werkdagen_add() share it without any state shared
 * between calls or threads.
 */
#define FIXED_MAX 5	/* 1 Jan, 27 Apr, 5 May, 25 and 26 Dec */
#define EASTER_MAX 3	/* tweede Paasdag, Hemelvaart, tweede Pinksterdag */

struct year_cal {
	int year;
	int32_t first, end;	/* [1 January, next 1 January) */
	int32_t spring_first, spring_last;	/* 23 March, 14 June */
	int32_t may5;
	int have_easter;
	int32_t fixed[FIXED_MAX];	/* INT32_MIN for one in a weekend */
	int32_t easter[EASTER_MAX];	/* INT32_MIN for one counted already */
};

/* Empty range, so the first lookup loads a year. */
#define YEAR_CAL_INIT { 0, 1, 0, 0, 0, 0, 0, { 0 }, { 0 } }

/*
 * Day doy (0-based, not counting a leap day) of the year that starts on
 * day first, a weekday wd0, shifted by leap; or INT32_MIN when it falls in
 * a weekend and so costs no werkdag (INT32_MIN lies in no range). Written
 * to compile without branches (doy is a constant after inlining): whether
 * a feestdag falls in a weekend is data the CPU cannot predict.
 */
static inline int32_t fixed_day(int32_t first, int wd0, int doy, int leap)
{
	int wd = (wd0 + doy % 7 + leap) % 7;	/* a multiply, no branch */
	int32_t keep = -(int32_t)(wd < SATURDAY);	/* all ones or zero */

	return ((first + doy + leap) & keep) | (INT32_MIN & ~keep);
}

static void year_load(struct year_cal *yc, int32_t dn)
{
	int m, d, leap, wd0;

	days_to_civil(dn, &yc->year, &m, &d);
	yc->first = days_from_civil(yc->year, 1, 1);
	yc->end = days_from_civil(yc->year + 1, 1, 1);
	leap = (int)(yc->end - yc->first) - 365;
	yc->spring_first = yc->first + 81 + leap;
	yc->spring_last = yc->first + 164 + leap;
	yc->may5 = yc->first + 124 + leap;
	wd0 = days_weekday(yc->first);
	/*
	 * Koningsdag counts only as 27 April on a weekday: when the 27th is
	 * a Sunday it moves to the 26th, a Saturday.
	 */
	yc->fixed[0] = fixed_day(yc->first, wd0, 0, 0);		/* 1 Jan */
	yc->fixed[1] = fixed_day(yc->first, wd0, 116, leap);	/* 27 Apr */
	yc->fixed[2] = fixed_day(yc->first, wd0, 124, leap);	/* 5 May */
	yc->fixed[3] = fixed_day(yc->first, wd0, 358, leap);	/* 25 Dec */
	yc->fixed[4] = fixed_day(yc->first, wd0, 359, leap);	/* 26 Dec */
	yc->have_easter = 0;
}

static void year_load_easter(struct year_cal *yc)
{
	int32_t easter = werkdagen_easter(yc->year);

	/* Always a Monday, a Thursday and a Monday: all weekdays. */
	yc->easter[0] = easter + 1;
	/* On 5 May Hemelvaartsdag is already counted as Bevrijdingsdag. */
	yc->easter[1] = easter + 39 != yc->may5 ? easter + 39 : INT32_MIN;
	yc->easter[2] = easter + 50;
	yc->have_easter = 1;
}

/* Called with constant n, so it unrolls into compares without branches. */
static inline int count_in(const int32_t *day, size_t n, int32_t lo,
			   int32_t hi)
{
	int count = 0;

	for (size_t i = 0; i < n; i++)
		count += day[i] >= lo && day[i] <= hi;
	return count;
}

/* Feestdagen on a weekday in (a, b], a < b. */
static int feestdagen_between(struct year_cal *yc, int32_t a, int32_t b)
{
	int count = 0;

	for (int32_t d = a + 1; d <= b; d = yc->end) {
		if (d < yc->first || d >= yc->end)
			year_load(yc, d);
		count += count_in(yc->fixed, FIXED_MAX, d, b);
		if (d > yc->spring_last || b < yc->spring_first)
			continue;
		if (!yc->have_easter)
			year_load_easter(yc);
		count += count_in(yc->easter, EASTER_MAX, d, b);
	}
	return count;
}

/*
 * Closing days in (a, b], a < b, that would otherwise be werkdagen (so a
 * closing day on a weekend or a feestdag is not subtracted twice).
 */
static int closing_between(const struct werkdagen_cal *cal, int32_t a,
			   int32_t b)
{
	int count = 0;

	if (!has_closing(cal))
		return 0;
	for (size_t i = lower_bound(cal->closing, cal->n_closing, a + 1);
	     i < cal->n_closing && cal->closing[i] <= b; i++) {
		int32_t c = cal->closing[i];

		if (i > 0 && cal->closing[i - 1] == c)
			continue;	/* duplicate */
		if (days_weekday(c) < SATURDAY &&
		    feestdag_on(c) == FEESTDAG__MAX)
			count++;
	}
	return count;
}

/*
 * Feestdagen on a weekday in (a, b], a < b, that the corporation works on
 * and has not also closed (a closing day wins): they were counted as lost
 * by feestdagen_between() and are werkdagen after all.
 */
static int open_between(const struct werkdagen_cal *cal, int32_t a, int32_t b)
{
	int count = 0;

	if (cal == NULL || cal->n_open == 0)
		return 0;
	for (size_t i = lower_bound(cal->open, cal->n_open, a + 1); i < cal->n_open && cal->open[i] <= b; i++) {
		int32_t o = cal->open[i];

		if (i > 0 && cal->open[i - 1] == o)
			continue;	/* duplicate */
		if (days_weekday(o) < SATURDAY && feestdag_on(o) != FEESTDAG__MAX && !werkdagen_is_closing(cal, o))
			count++;
	}
	return count;
}

/* Weekdays in (a, b] that are not werkdagen; a < b. Never negative: an open day was a lost feestdag. */
static int lost_between(const struct werkdagen_cal *cal, struct year_cal *yc,
			int32_t a, int32_t b)
{
	return feestdagen_between(yc, a, b) - open_between(cal, a, b) + closing_between(cal, a, b);
}

int32_t werkdagen_add(const struct werkdagen_cal *cal, int32_t day, int n)
{
	struct year_cal yc = YEAR_CAL_INIT;

	assert(n >= 0);
	/*
	 * Invariant: the answer is the earliest day with n werkdagen in
	 * (day, answer]. Jumping n weekdays reaches the earliest day that
	 * could be; every weekday on the way that is not a werkdag leaves
	 * one more werkdag to find after it.
	 */
	while (n > 0) {
		int32_t next = weekdays_add(day, n);

		n = lost_between(cal, &yc, day, next);
		day = next;
	}
	return day;
}

int werkdagen_between(const struct werkdagen_cal *cal, int32_t a, int32_t b)
{
	struct year_cal yc = YEAR_CAL_INIT;

	if (b < a)
		return -werkdagen_between(cal, b, a);
	if (a == b)
		return 0;
	return (int)(weekday_rank(b) - weekday_rank(a)) -
	       lost_between(cal, &yc, a, b);
}
