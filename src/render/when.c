/*
 * when.c - moments in Amsterdam time for people (see when.h).
 */
#include "render/when.h"
#include "domain/amsterdam.h"
#include "domain/days.h"

#include <stdio.h>

void when_format(int64_t unix_utc, char out[WHEN_LEN])
{
	int y, m, d;
	int64_t local = unix_utc + amsterdam_offset(unix_utc);
	int32_t dn = amsterdam_day(unix_utc);
	int64_t secs = local - (int64_t)dn * 86400;

	days_to_civil(dn, &y, &m, &d);
	snprintf(out, WHEN_LEN, "%02d-%02d-%04d %02d:%02d", d, m, y % 10000,
		 (int)(secs / 3600) % 24, (int)(secs % 3600 / 60));
}

void when_date(int64_t unix_utc, char out[WHEN_LEN])
{
	int y, m, d;

	days_to_civil(amsterdam_day(unix_utc), &y, &m, &d);
	snprintf(out, WHEN_LEN, "%02d-%02d-%04d", d, m, y % 10000);
}
