/*
 * letter.c - the parts of a letter (see letter.h).
 */
#include "domain/letter.h"

#include <string.h>
#include <strings.h>

const char *const letter_status_ids[LETTER__MAX] = { "concept", "verzonden", "ingetrokken" };
const char *const letter_status_labels[LETTER__MAX] = { "Concept", "Verzonden", "Ingetrokken" };
int letter_status_parse(const char *id) { return names_find(letter_status_ids, LETTER__MAX, id); }

const char *const letter_aanhef_ids[AANHEF__MAX] = { "geen", "heer", "mevrouw", "familie" };
const char *const letter_aanhef_labels[AANHEF__MAX] = { "Heer/mevrouw", "De heer", "Mevrouw", "Familie" };
int letter_aanhef_parse(const char *id) { return names_find(letter_aanhef_ids, AANHEF__MAX, id); }

void letter_date(int32_t day, char out[LETTER_DATE_LEN])
{
	/* calendar_day_long() is the weekday-less form; a letter never says the weekday. */
	calendar_day_long(day, out);
}

static const char *skip_blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

int letter_no_name(const char *naam)
{
	const char *s = skip_blank(naam ? naam : "");

	if (!*s)
		return 1;
	/* "De bewoner(s) van ..." typed as a name would give "Geachte De bewoner(s) van ...,". */
	if (!strncasecmp(s, "de ", 3))
		s = skip_blank(s + 3);
	return !strncasecmp(s, "bewoner", 7);
}

const char *letter_split_name(const char *naam, enum letter_aanhef *aanhef)
{
	static const struct {
		const char *prefix;
		enum letter_aanhef aanhef;
	} forms[] = {
		{ "de heer ", AANHEF_HEER }, { "heer ", AANHEF_HEER }, { "dhr. ", AANHEF_HEER }, { "dhr ", AANHEF_HEER },
		{ "mevrouw ", AANHEF_MEVROUW }, { "mevr. ", AANHEF_MEVROUW }, { "mw. ", AANHEF_MEVROUW },
		{ "familie ", AANHEF_FAMILIE }, { "fam. ", AANHEF_FAMILIE },
	};
	const char *s = skip_blank(naam ? naam : "");

	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		size_t n = strlen(forms[i].prefix);
		if (!strncasecmp(s, forms[i].prefix, n) && *skip_blank(s + n)) {
			*aanhef = forms[i].aanhef;
			return skip_blank(s + n);
		}
	}
	return naam;
}

void letter_salutation(enum letter_aanhef aanhef, const char *naam, struct buf *out)
{
	static const char *const form[AANHEF__MAX] = { "heer/mevrouw", "heer", "mevrouw", "familie" };

	if (letter_no_name(naam) || (unsigned)aanhef >= AANHEF__MAX) {
		buf_addstr(out, "Geachte bewoner(s),");
		return;
	}
	buf_addf(out, "Geachte %s %s,", form[aanhef], skip_blank(naam));
}

void letter_name_line(enum letter_aanhef aanhef, const char *naam, struct buf *out)
{
	static const char *const form[AANHEF__MAX] = { "", "De heer ", "Mevrouw ", "Familie " };

	if (letter_no_name(naam) || (unsigned)aanhef >= AANHEF__MAX) {
		buf_addstr(out, "De bewoner(s) van");
		return;
	}
	buf_addf(out, "%s%s", form[aanhef], skip_blank(naam));
}

const char *letter_subject(enum brief_soort soort)
{
	return soort == BRIEF_SOMMATIE ? "Sommatie: stop de overlast" : "Waarschuwing wegens overlast";
}

void letter_plain(const struct letter_parts *p, struct buf *out)
{
	char date[LETTER_DATE_LEN];

	letter_date(p->dag, date);
	letter_name_line(p->aanhef, p->naam, out);
	buf_addf(out, "\n%s\n\nDatum: %s\nOns kenmerk: %s\nOnderwerp: %s\n\n", p->adres ? p->adres : "", date,
		 p->kenmerk ? p->kenmerk : "", p->onderwerp ? p->onderwerp : "");
	letter_salutation(p->aanhef, p->naam, out);
	buf_addf(out, "\n\n%s", p->romp ? p->romp : "");
}
