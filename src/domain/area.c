/*
 * area.c - kinds of area and the checks on one area (see area.h).
 *
 * ASCII-only and locale-free, like validate.c: codes are ASCII by
 * definition, and <ctype.h> would depend on the process locale.
 */
#include "domain/area.h"
#include "domain/validate.h"

#include <string.h>

const char *const area_soort_ids[AREA__MAX] = { "wijk", "buurt", "complex" };
const char *const area_soort_labels[AREA__MAX] = { "Wijk", "Buurt", "Complex" };

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int area_soort_parse(const char *s)
{
	size_t n;

	if (!s)
		return -1;
	while (is_blank(*s))
		s++;
	n = strlen(s);
	while (n && is_blank(s[n - 1]))
		n--;
	for (int k = 0; k < AREA__MAX; k++) {
		const char *id = area_soort_ids[k];
		size_t i = 0;
		if (strlen(id) != n)
			continue;
		while (i < n && lower(s[i]) == id[i])
			i++;
		if (i == n)
			return k;
	}
	return -1;
}

void area_code_normalize(enum area_soort soort, char *code)
{
	char *p = code, *q = code;
	size_t n;

	while (is_blank(*p))
		p++;
	while (*p)
		*q++ = *p++;
	*q = '\0';
	n = strlen(code);
	while (n && is_blank(code[n - 1]))
		code[--n] = '\0';
	if (soort == AREA_COMPLEX)
		return;
	for (p = code; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
}

const char *area_code_check(enum area_soort soort, const char *code)
{
	size_t n = code ? strlen(code) : 0;

	if (!n)
		return "de code ontbreekt";
	switch (soort) {
	case AREA_WIJK:
		if (!cbs_code_valid(code, 'W'))
			return "geen geldige CBS-wijkcode: WK, vier cijfers van de gemeente en twee cijfers of "
			       "hoofdletters, zoals WK036301";
		return NULL;
	case AREA_BUURT:
		if (!cbs_code_valid(code, 'B'))
			return "geen geldige CBS-buurtcode: BU, vier cijfers van de gemeente en vier cijfers of "
			       "hoofdletters, zoals BU03630101";
		return NULL;
	case AREA_COMPLEX:
		if (n > AREA_CODE_MAX)
			return "een complexnummer is hoogstens 20 tekens";
		for (const char *p = code; *p; p++) {
			char c = *p;
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			      c == '-' || c == '_'))
				return "een complexnummer bestaat uit letters, cijfers, - en _ (zonder spaties)";
		}
		return NULL;
	case AREA__MAX:
		break;
	}
	return "onbekende soort";
}

const char *area_parent_check(enum area_soort soort, int parent)
{
	switch (soort) {
	case AREA_WIJK:
		return parent < 0 ? NULL : "een wijk ligt niet in een ander gebied; laat bovenliggend leeg";
	case AREA_BUURT:
		if (parent < 0)
			return "een buurt hoort bij een wijk; vul bij bovenliggend de wijkcode in";
		return parent == AREA_WIJK ? NULL : "een buurt ligt in een wijk, niet in een buurt of complex";
	case AREA_COMPLEX:
		if (parent < 0)
			return "een complex hoort bij een buurt (of een wijk); vul bij bovenliggend die code in";
		return parent == AREA_BUURT || parent == AREA_WIJK ? NULL
			: "een complex ligt in een buurt of een wijk, niet in een ander complex";
	case AREA__MAX:
		break;
	}
	return "onbekende soort";
}

int area_woningen_parse(const char *s, int *out)
{
	long v = 0;
	int digits = 0;

	if (!s)
		return -1;
	while (is_blank(*s))
		s++;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (++digits > 7)
			return -1;
		v = v * 10 + (*s - '0');
	}
	while (is_blank(*s))
		s++;
	if (*s || v > AREA_WONINGEN_MAX)
		return -1;
	*out = (int)v;
	return 0;
}

const char *area_text_check(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;

	if (n > max)
		return "is te lang";
	if (!utf8_valid(s ? s : "", n))
		return "bevat tekens die geen UTF-8 zijn";
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return "bevat een tab, regeleinde of ander stuurteken";
	return NULL;
}
