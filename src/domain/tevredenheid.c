/*
 * tevredenheid.c - see tevredenheid.h.
 */
#include "domain/tevredenheid.h"
#include "domain/validate.h"

#include <stdio.h>
#include <string.h>

static const char *const labels[TEVREDENHEID_MAX + 1] = {
	NULL, "Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden",
};

const char *const heropen_besluit_ids[HB__MAX] = { "heropenen", "niet_heropenen" };
const char *const heropen_besluit_labels[HB__MAX] = { "Heropenen", "Niet heropenen" };

int heropen_besluit_parse(const char *id)
{
	return names_find(heropen_besluit_ids, HB__MAX, id);
}

const char *tevredenheid_label(int score)
{
	return score >= TEVREDENHEID_MIN && score <= TEVREDENHEID_MAX ? labels[score] : NULL;
}

int tevredenheid_ontevreden(int score)
{
	return score >= TEVREDENHEID_MIN && score <= TEVREDENHEID_ONTEVREDEN_TOT;
}

/* Trims spaces, tabs and line breaks at both ends: *len bytes from the returned start. */
static const char *trim(const char *s, size_t *len)
{
	size_t n = strlen(s);

	while (n && strchr(" \t\r\n", s[0]))
		s++, n--;
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	*len = n;
	return s;
}

/* NULL when the text may be kept, else why not (the field named as what). */
static const char *text_problem(const char *s, size_t n)
{
	if (n > TEVREDENHEID_TEKST_MAX)
		return "is te lang: houd het bij 2.000 tekens.";
	if (!utf8_valid(s, n))
		return "bevat tekens die wij niet kunnen lezen.";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
			return "bevat tekens die wij niet kunnen lezen.";
	}
	return NULL;
}

int tevredenheid_check(const char *score, const char *tekst, struct tevredenheid_valid *out,
		       struct field_errors *errs)
{
	int bad = 0;

	out->score = 0;
	out->tekst = "";
	out->tekst_len = 0;
	/* Exactly one digit: the radio buttons send nothing else. */
	if (score && score[0] >= '0' + TEVREDENHEID_MIN && score[0] <= '0' + TEVREDENHEID_MAX && !score[1])
		out->score = score[0] - '0';
	else {
		field_error_add(errs, "score", "Kies hoe tevreden u bent, van 1 (zeer ontevreden) tot 5 (zeer tevreden).");
		bad = 1;
	}
	if (tekst) {
		size_t n;
		const char *t = trim(tekst, &n), *why = text_problem(t, n);
		if (why) {
			field_error_add(errs, "tekst", n > TEVREDENHEID_TEKST_MAX
				? "Uw toelichting is te lang: houd het bij 2.000 tekens."
				: "Uw toelichting bevat tekens die wij niet kunnen lezen. Typ de tekst opnieuw.");
			bad = 1;
		} else {
			out->tekst = t;
			out->tekst_len = n;
		}
	}
	return bad ? -1 : 0;
}

int heropen_besluit_check(const char *besluit, const char *toelichting, enum heropen_besluit *out,
			  const char **trimmed, size_t *len, struct field_errors *errs)
{
	int b = heropen_besluit_parse(besluit), bad = 0;
	size_t n = 0;
	const char *t = toelichting ? trim(toelichting, &n) : "";

	*trimmed = "";
	*len = 0;
	if (b < 0) {
		field_error_add(errs, "besluit", "Kies of de melding heropend wordt of niet.");
		bad = 1;
	} else {
		*out = (enum heropen_besluit)b;
	}
	if (!n) {
		field_error_add(errs, "toelichting", "Leg uit waarom: de toelichting is verplicht.");
		bad = 1;
	} else if (text_problem(t, n)) {
		field_error_add(errs, "toelichting", n > TEVREDENHEID_TEKST_MAX
			? "De toelichting is te lang: houd het bij 2.000 tekens."
			: "De toelichting bevat tekens die wij niet kunnen lezen.");
		bad = 1;
	} else {
		*trimmed = t;
		*len = n;
	}
	return bad ? -1 : 0;
}

void tevredenheid_gemiddelde(int64_t sum, int64_t n, char out[8])
{
	if (n <= 0 || sum < n || sum > n * TEVREDENHEID_MAX) {
		strcpy(out, "-");
		return;
	}
	/* Tenths, rounded half up, in integers: no float formatting differences. */
	int64_t tenths = (sum * 20 + n) / (2 * n);
	snprintf(out, 8, "%d,%d", (int)(tenths / 10), (int)(tenths % 10));
}
