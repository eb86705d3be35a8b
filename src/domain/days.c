/*
 * days.c - civil date <-> day number conversion.
 *
 * The two conversions are Howard Hinnant's branch-light algorithms
 * ("chrono-Compatible Low-Level Date Algorithms"): they shift the year to
 * start on 1 March, so the leap day is the last day of the shifted year, and
 * split time into 400-year eras of exactly 146097 days. Intermediate values
 * are int64_t so no int32_t day number can overflow on the way.
 */
#include "domain/days.h"

#include <stddef.h>

int days_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m)
{
	static const unsigned char len[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && days_is_leap(y))
		return 29;
	return len[m - 1];
}

int32_t days_from_civil(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t yoe = yy - era * 400;			/* 0..399 */
	int64_t mp = m > 2 ? m - 3 : m + 9;		/* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + d - 1;	/* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	/* 719468 is the day number of 0000-03-01 counted from 1970-01-01. */
	return (int32_t)(era * 146097 + doe - 719468);
}

void days_to_civil(int32_t dn, int *y, int *m, int *d)
{
	int64_t z = (int64_t)dn + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;			/* 0..146096 */
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int mm = (int)(mp < 10 ? mp + 3 : mp - 9);

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = mm;
	*y = (int)(yoe + era * 400 + (mm <= 2));
}

int days_weekday(int32_t dn)
{
	/*
	 * 1970-01-01 was a Thursday (3). Shifting by a multiple of 7 larger
	 * than any int32_t makes the dividend positive, so one unsigned
	 * modulo (a multiply) does it with no branch to mispredict.
	 */
	return (int)((uint64_t)((int64_t)dn + 3 + 7 * 400000000LL) % 7);
}

int days_digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int days_parse(const char *s, int32_t *out)
{
	int y, m, d;

	if (s == NULL)
		return -1;
	/*
	 * Check each position in order: a short string ends in NUL, which is
	 * no digit and no '-', so we never read past it.
	 */
	if ((y = days_digits(s, 4)) < 0 || s[4] != '-')
		return -1;
	if ((m = days_digits(s + 5, 2)) < 0 || s[7] != '-')
		return -1;
	if ((d = days_digits(s + 8, 2)) < 0 || s[10] != '\0')
		return -1;
	if (y < 1 || d < 1 || d > days_in_month(y, m))
		return -1;
	*out = days_from_civil(y, m, d);
	return 0;
}

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
}

void days_format(int32_t dn, char out[DAYS_FORMAT_LEN])
{
	int y, m, d;

	days_to_civil(dn, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = m = d = 0;
	put2(out, y / 100);
	put2(out + 2, y % 100);
	out[4] = '-';
	put2(out + 5, m);
	out[7] = '-';
	put2(out + 8, d);
	out[10] = '\0';
}
