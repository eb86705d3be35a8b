/*
 * amsterdam.c - the EU summer-time rule for Europe/Amsterdam, and ISO 8601
 * moments (parse with any offset, format in Amsterdam time).
 *
 * See amsterdam.h for the rule and for how non-existent and ambiguous wall
 * times are resolved.
 */
#include "domain/amsterdam.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "domain/days.h"

#define SECS_PER_DAY	86400
#define CET		3600
#define CEST		7200

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* Day number of the last Sunday of month m (March or October) of year y. */
static int32_t last_sunday(int y, int m)
{
	int32_t last = days_from_civil(y, m, days_in_month(y, m));

	/* Sunday is 6: step back (weekday + 1) % 7 days to reach it. */
	return last - (days_weekday(last) + 1) % 7;
}

int amsterdam_is_dst(int64_t unix_utc)
{
	int32_t dn = (int32_t)floor_div(unix_utc, SECS_PER_DAY);
	int y, m, d;
	int64_t start, end;

	days_to_civil(dn, &y, &m, &d);
	/*
	 * Whole months decide most instants without computing the switch
	 * days; only March and October need them.
	 */
	if (m < 3 || m > 10)
		return 0;
	if (m > 3 && m < 10)
		return 1;
	start = (int64_t)last_sunday(y, 3) * SECS_PER_DAY + 3600;
	end = (int64_t)last_sunday(y, 10) * SECS_PER_DAY + 3600;
	return unix_utc >= start && unix_utc < end;
}

int amsterdam_offset(int64_t unix_utc)
{
	return amsterdam_is_dst(unix_utc) ? CEST : CET;
}

int32_t amsterdam_day(int64_t unix_utc)
{
	return (int32_t)floor_div(unix_utc + amsterdam_offset(unix_utc),
				  SECS_PER_DAY);
}

/*
 * The UTC instant for a local wall-clock second count. Tries both offsets
 * and keeps the reading that is self-consistent. Summer first: in the
 * autumn overlap both are, and the first occurrence is the summer one. In
 * the spring gap neither is; the winter reading is then the later instant
 * (see amsterdam.h).
 */
static int64_t local_to_utc(int64_t local)
{
	int64_t summer = local - CEST;

	return amsterdam_is_dst(summer) ? summer : local - CET;
}

int64_t amsterdam_day_start(int32_t dn)
{
	return local_to_utc((int64_t)dn * SECS_PER_DAY);
}

int amsterdam_from_local(int y, int mo, int d, int h, int mi, int s,
			 int64_t *out)
{
	if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
		return -1;
	*out = local_to_utc((int64_t)days_from_civil(y, mo, d) * SECS_PER_DAY +
			    h * 3600 + mi * 60 + s);
	return 0;
}

/*
 * Parses the offset at p ("Z", "+HH:MM", "+HHMM", "-..."), which must end
 * the string, into seconds east of UTC.
 */
static int parse_offset(const char *p, int *secs)
{
	int sign, hh, mm;

	if ((p[0] == 'Z' || p[0] == 'z') && p[1] == '\0') {
		*secs = 0;
		return 0;
	}
	if (p[0] != '+' && p[0] != '-')
		return -1;
	sign = p[0] == '-' ? -1 : 1;
	if ((hh = days_digits(p + 1, 2)) < 0)
		return -1;
	p += 3;
	if (*p == ':')
		p++;
	if ((mm = days_digits(p, 2)) < 0 || p[2] != '\0')
		return -1;
	if (hh > 23 || mm > 59)
		return -1;
	*secs = sign * (hh * 3600 + mm * 60);
	return 0;
}

int moment_parse(const char *s, int64_t *unix_utc)
{
	int y, mo, d, h, mi, sec, off, nfrac;
	const char *p;

	if (s == NULL)
		return -1;
	/* Position by position, so a short string stops at its NUL. */
	if ((y = days_digits(s, 4)) < 0 || s[4] != '-')
		return -1;
	if ((mo = days_digits(s + 5, 2)) < 0 || s[7] != '-')
		return -1;
	if ((d = days_digits(s + 8, 2)) < 0 || (s[10] != 'T' && s[10] != 't'))
		return -1;
	if ((h = days_digits(s + 11, 2)) < 0 || s[13] != ':')
		return -1;
	if ((mi = days_digits(s + 14, 2)) < 0 || s[16] != ':')
		return -1;
	if ((sec = days_digits(s + 17, 2)) < 0)
		return -1;
	p = s + 19;
	if (*p == '.') {
		p++;
		for (nfrac = 0; *p >= '0' && *p <= '9'; nfrac++)
			p++;
		if (nfrac < 1 || nfrac > 9)
			return -1;
	}
	if (parse_offset(p, &off) < 0)
		return -1;
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	if (h > 23 || mi > 59 || sec > 59)
		return -1;
	*unix_utc = (int64_t)days_from_civil(y, mo, d) * SECS_PER_DAY +
		    h * 3600 + mi * 60 + sec - off;
	return 0;
}

static char *put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

void moment_format_amsterdam(int64_t unix_utc, char out[MOMENT_FORMAT_LEN])
{
	int off = amsterdam_offset(unix_utc);
	int64_t local = unix_utc + off;
	int32_t dn = (int32_t)floor_div(local, SECS_PER_DAY);
	int secs = (int)(local - (int64_t)dn * SECS_PER_DAY);
	char *p;

	days_format(dn, out);
	p = out + 10;
	*p++ = 'T';
	p = put2(p, secs / 3600);
	*p++ = ':';
	p = put2(p, secs / 60 % 60);
	*p++ = ':';
	p = put2(p, secs % 60);
	*p++ = '+';
	p = put2(p, off / 3600);
	*p++ = ':';
	p = put2(p, 0);
	*p = '\0';
}

/* ---- HTML datetime-local values as Amsterdam wall time ---- */

static int digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int local_moment_parse(const char *s, int64_t *out)
{
	int y, mo, d, h, mi, sec = 0;
	size_t n;

	if (!s)
		return -1;
	n = strlen(s);
	if (n != 16 && n != 19)
		return -1;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) || s[7] != '-' ||
	    digits(s + 8, 2, &d) || (s[10] != 'T' && s[10] != ' ') || digits(s + 11, 2, &h) ||
	    s[13] != ':' || digits(s + 14, 2, &mi))
		return -1;
	if (n == 19 && (s[16] != ':' || digits(s + 17, 2, &sec)))
		return -1;
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
		return -1;
	return amsterdam_from_local(y, mo, d, h, mi, sec, out);
}

void local_moment_format(int64_t t, char out[LOCAL_MOMENT_LEN])
{
	int64_t local = t + amsterdam_offset(t);
	int32_t dn = amsterdam_day(t);
	int64_t sec = local - (int64_t)dn * 86400;
	int y, mo, d;

	days_to_civil(dn, &y, &mo, &d);
	/* The ranges are known; the modulos only tell the compiler so. */
	snprintf(out, LOCAL_MOMENT_LEN, "%04u-%02u-%02uT%02u:%02u", (unsigned)y % 10000u, (unsigned)mo % 13u,
		 (unsigned)d % 32u, (unsigned)(sec / 3600) % 24u, (unsigned)(sec / 60) % 60u);
}
