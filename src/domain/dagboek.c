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
	if (local_moment_parse(s, out) < 0) {
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

void dagboek_moment_text(int64_t t, char out[DAGBOEK_TEXT_LEN])
{
	char day[CALENDAR_DAY_LEN];
	int mi = local_minute(t);

	calendar_day_weekday(amsterdam_day(t), day);
	snprintf(out, DAGBOEK_TEXT_LEN, "%s om %02d:%02d", day, mi / 60, mi % 60);
}
