/*
 * dagboek.c - checking a diary entry (see dagboek.h).
 */
#include "domain/dagboek.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "domain/validate.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

const char *const dagboek_ernst_labels[DAGBOEK_ERNST_MAX + 1] = {
	"", "Een beetje last", "Flinke last", "Veel last", "Ernstige last", "Niet te harden of bedreigend",
};

static int blank(const char *s)
{
	if (!s)
		return 1;
	while (*s && isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

/* n digits at s into *v; 0/-1. */
static int digits(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int dagboek_parse_local(const char *s, int64_t *out)
{
	int y, mo, d, h, mi, sec = 0;
	size_t n;

	if (!s)
		return -1;
	n = strlen(s);
	/* "YYYY-MM-DDTHH:MM" or with ":SS"; a space for the T as some browsers' fallbacks type it. */
	if (n != 16 && n != 19)
		return -1;
	if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':')
		return -1;
	if (digits(s, 4, &y) < 0 || digits(s + 5, 2, &mo) < 0 || digits(s + 8, 2, &d) < 0 ||
	    digits(s + 11, 2, &h) < 0 || digits(s + 14, 2, &mi) < 0)
		return -1;
	if (n == 19 && (s[16] != ':' || digits(s + 17, 2, &sec) < 0))
		return -1;
	if (y < 1900)
		return -1;
	return amsterdam_from_local(y, mo, d, h, mi, sec, out);
}

static const char *text_problem(const char *s)
{
	size_t n = strlen(s);

	if (n > DAGBOEK_TEKST_MAX)
		return "Deze beschrijving is te lang: houd het onder de 4.000 tekens.";
	if (!utf8_valid(s, n))
		return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t') || *p == 0x7f)
			return "Deze tekst bevat tekens die wij niet kunnen lezen.";
	return NULL;
}

/* A moment the melder typed; 0 and a message in errs when it is not one we take. */
static int moment(const char *s, const char *field, int64_t now, struct field_errors *errs, int64_t *out)
{
	if (dagboek_parse_local(s, out) < 0) {
		field_error_add(errs, field, "Geef een datum en tijd, bijvoorbeeld 1 december 2026 om 22:30.");
		return 0;
	}
	if (*out > now + DAGBOEK_FUTURE_SLACK) {
		field_error_add(errs, field, "Dit moment ligt in de toekomst.");
		return 0;
	}
	if (*out < now - DAGBOEK_MAX_AGE) {
		field_error_add(errs, field, "Dit moment ligt meer dan een jaar terug. Klopt het jaartal?");
		return 0;
	}
	return 1;
}

int dagboek_validate(const struct dagboek_fields *in, int64_t now, struct dagboek_valid *out,
		     struct field_errors *errs)
{
	int before = errs->n, van_ok = 0;
	const char *msg;

	memset(out, 0, sizeof(*out));
	if (blank(in->tekst))
		field_error_add(errs, "tekst", "Beschrijf wat er gebeurde.");
	else if ((msg = text_problem(in->tekst)))
		field_error_add(errs, "tekst", msg);
	else
		out->tekst = in->tekst;

	if (blank(in->van))
		field_error_add(errs, "van", "Geef aan wanneer het begon.");
	else
		van_ok = moment(in->van, "van", now, errs, &out->van);

	if (!blank(in->tot)) {
		int64_t t;
		if (moment(in->tot, "tot", now, errs, &t)) {
			if (van_ok && t < out->van)
				field_error_add(errs, "tot", "Het einde ligt vóór het begin.");
			else if (van_ok && t - out->van > DAGBOEK_MAX_DURATION)
				field_error_add(errs, "tot", "Het einde ligt meer dan een week na het begin. Klopt de datum?");
			else
				out->tot = t;
		}
	}

	const char *e = in->ernst;
	if (blank(e))
		field_error_add(errs, "ernst", "Kies hoeveel last u had.");
	else if (strlen(e) != 1 || e[0] < '1' || e[0] > '0' + DAGBOEK_ERNST_MAX)
		field_error_add(errs, "ernst", "Kies een van de vijf keuzes.");
	else
		out->ernst = e[0] - '0';
	return errs->n - before;
}

/* The minute of the Amsterdam day at t. */
static int local_minute(int64_t t)
{
	int64_t local = t + amsterdam_offset(t);
	int64_t sec = local % 86400;

	if (sec < 0)
		sec += 86400;
	return (int)(sec / 60);
}

void dagboek_local_value(int64_t t, char out[DAGBOEK_LOCAL_LEN])
{
	int y, mo, d, mi = local_minute(t);

	days_to_civil(amsterdam_day(t), &y, &mo, &d);
	snprintf(out, DAGBOEK_LOCAL_LEN, "%04d-%02d-%02dT%02d:%02d", y % 10000, mo, d, mi / 60, mi % 60);
}

void dagboek_moment_text(int64_t t, char out[DAGBOEK_TEXT_LEN])
{
	char day[CALENDAR_DAY_LEN];
	int mi = local_minute(t);

	calendar_day_weekday(amsterdam_day(t), day);
	snprintf(out, DAGBOEK_TEXT_LEN, "%s om %02d:%02d", day, mi / 60, mi % 60);
}
