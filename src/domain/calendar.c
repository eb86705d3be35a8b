/*
 * calendar.c - month and weekday names, ISO weeks, period bounds and day
 * texts (see calendar.h). The only place Dutch month names are written.
 */
#include "domain/calendar.h"
#include "domain/days.h"

#include <stdio.h>
#include <string.h>

static const char *const month_names[12] = {
	"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december",
};
static const char *const month_abbrs[12] = {
	"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};
static const char *const weekday_names[7] = {
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
};

const char *calendar_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

const char *calendar_month_abbr(int m)
{
	return m >= 1 && m <= 12 ? month_abbrs[m - 1] : "";
}

const char *calendar_weekday_name(int wd)
{
	return wd >= 0 && wd <= 6 ? weekday_names[wd] : "";
}

void calendar_iso_week(int32_t dn, int *year, int *week)
{
	/* A week belongs to the year of its Thursday; count Thursdays from that year's 1 January. */
	int32_t thursday = dn - days_weekday(dn) + 3;
	int y, m, d;

	days_to_civil(thursday, &y, &m, &d);
	*year = y;
	*week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
}

/* The day before the first of month m of year y; m may be 13 (January of the next year). */
static int32_t last_before(int y, int m)
{
	return m > 12 ? days_from_civil(y + 1, 1, 1) - 1 : days_from_civil(y, m, 1) - 1;
}

void calendar_period_bounds(enum calendar_period p, int32_t dn, int32_t *first, int32_t *last)
{
	int y, m, d, q;

	days_to_civil(dn, &y, &m, &d);
	switch (p) {
	case CALENDAR_WEEK:
		*first = dn - days_weekday(dn);
		*last = *first + 6;
		break;
	case CALENDAR_MAAND:
		*first = days_from_civil(y, m, 1);
		*last = last_before(y, m + 1);
		break;
	case CALENDAR_KWARTAAL:
		q = (m - 1) / 3 * 3 + 1;
		*first = days_from_civil(y, q, 1);
		*last = last_before(y, q + 3);
		break;
	case CALENDAR_JAAR:
		*first = days_from_civil(y, 1, 1);
		*last = days_from_civil(y, 12, 31);
		break;
	default:
		break;
	}
}

/* "[weekday ]d month[ y]" with the long or the short month names. */
static void day_text(int32_t dn, int weekday, const char *const months[12], int year, char out[CALENDAR_DAY_LEN])
{
	int y, m, d;

	days_to_civil(dn, &y, &m, &d);
	snprintf(out, CALENDAR_DAY_LEN, "%s%s%d %s", weekday ? weekday_names[days_weekday(dn)] : "",
		 weekday ? " " : "", d, months[m - 1]);
	if (year)
		snprintf(out + strlen(out), CALENDAR_DAY_LEN - strlen(out), " %d", y);
}

void calendar_day_weekday(int32_t dn, char out[CALENDAR_DAY_LEN])
{
	day_text(dn, 1, month_names, 1, out);
}

void calendar_day_long(int32_t dn, char out[CALENDAR_DAY_LEN])
{
	day_text(dn, 0, month_names, 1, out);
}

void calendar_day_short(int32_t dn, char out[CALENDAR_DAY_LEN])
{
	day_text(dn, 0, month_abbrs, 1, out);
}

void calendar_day_month(int32_t dn, char out[CALENDAR_DAY_LEN])
{
	day_text(dn, 0, month_abbrs, 0, out);
}
