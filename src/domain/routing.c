/*
 * routing.c - matching a melding against the routing rules (see routing.h).
 */
#include "domain/routing.h"

#include <stdio.h>

static int in_window(int van, int tot, int minute)
{
	if (van < 0 || tot < 0)
		return 1;
	/* A window across midnight (22:00-06:00) is the two ends of the day. */
	if (van <= tot)
		return minute >= van && minute < tot;
	return minute >= van || minute < tot;
}

int routing_matches(const struct routing_cond *r, const struct routing_facts *f)
{
	if (!r->actief)
		return 0;
	if (r->category_id && r->category_id != f->category_id)
		return 0;
	/* One condition for a wijk or a buurt: area ids are unique across both. */
	if (r->area_id && r->area_id != f->wijk_id && r->area_id != f->buurt_id)
		return 0;
	if (r->kanaal >= 0 && r->kanaal != f->kanaal)
		return 0;
	return in_window(r->van, r->tot, f->minute);
}

int routing_first(const struct routing_cond *rules, int n, const struct routing_facts *f, int from)
{
	for (int i = from < 0 ? 0 : from; i < n; i++)
		if (routing_matches(&rules[i], f))
			return i;
	return -1;
}

int routing_parse_time(const char *s, int *minute)
{
	int h = 0, m = 0, digits = 0;

	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	for (; *s >= '0' && *s <= '9' && digits < 3; s++, digits++)
		h = h * 10 + (*s - '0');
	if (!digits || digits > 2 || (*s != ':' && *s != '.'))
		return -1;
	s++;
	for (digits = 0; *s >= '0' && *s <= '9' && digits < 3; s++, digits++)
		m = m * 10 + (*s - '0');
	if (digits != 2)
		return -1;
	while (*s == ' ')
		s++;
	if (*s || h > 23 || m > 59)
		return -1;
	*minute = h * 60 + m;
	return 0;
}

void routing_format_time(int minute, char out[6])
{
	if (minute < 0 || minute >= ROUTING_MINUTES)
		minute = 0;
	snprintf(out, 6, "%02d:%02d", minute / 60, minute % 60);
}
