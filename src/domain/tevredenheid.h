/*
 * tevredenheid.h - the rules of the melder's satisfaction question (issue
 * 17, point 4), pure: the 1-5 scale and its labels, which score is
 * unhappy (and so raises a verzoek tot heropenen), checking the answer as
 * typed, the team's decision on a verzoek, and the average as shown.
 */
#ifndef LEEFBAAR_DOMAIN_TEVREDENHEID_H
#define LEEFBAAR_DOMAIN_TEVREDENHEID_H

#include "domain/fields.h"
#include "lib/names.h"

#include <stddef.h>
#include <stdint.h>

#define TEVREDENHEID_MIN 1
#define TEVREDENHEID_MAX 5
/* Scores up to this one are unhappy: they raise a verzoek tot heropenen. */
#define TEVREDENHEID_ONTEVREDEN_TOT 2
/* Longest optional text and decision explanation (bytes). */
#define TEVREDENHEID_TEKST_MAX 2000

/* The label of a score ("Zeer ontevreden" .. "Zeer tevreden"), or NULL outside 1..5. Static. */
const char *tevredenheid_label(int score);
/* 1 when score (1..5) is unhappy and asks the team to consider reopening, else 0. */
int tevredenheid_ontevreden(int score);

/* An answer as the checker found it: score 1..5, tekst trimmed ("" when none; points into the input). */
struct tevredenheid_valid {
	int score;
	const char *tekst;
	size_t tekst_len;
};
/*
 * Checks the answer as typed: score "1".."5" (required), tekst optional,
 * at most TEVREDENHEID_TEKST_MAX bytes of valid UTF-8 without control
 * characters (line breaks and tabs are fine). Adds a Dutch message per
 * field ("score", "tekst") to errs; 0 when fine, -1 otherwise.
 */
int tevredenheid_check(const char *score, const char *tekst, struct tevredenheid_valid *out,
		       struct field_errors *errs);

/* The team's decision on a verzoek tot heropenen. */
enum heropen_besluit { HB_HEROPENEN, HB_NIET_HEROPENEN, HB__MAX };
/* heropen_besluit_ids: "heropenen", "niet_heropenen" (the form and the database). */
CLOSED_SET(heropen_besluit, HB__MAX);
/*
 * Checks a decision as typed: besluit one of the ids (required), the
 * explanation required, as tekst above. Messages on "besluit" and
 * "toelichting"; 0 when fine (*out set, *toelichting trimmed, *len its
 * length), -1 otherwise.
 */
int heropen_besluit_check(const char *besluit, const char *toelichting, enum heropen_besluit *out,
			  const char **trimmed, size_t *len, struct field_errors *errs);

/* The average of n scores summing to sum, one decimal with a comma ("3,5"); "-" for none. out: 8 bytes. */
void tevredenheid_gemiddelde(int64_t sum, int64_t n, char out[8]);

#endif
