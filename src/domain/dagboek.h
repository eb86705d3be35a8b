/*
 * dagboek.h - checking one entry of the melder's overlastdagboek (issue
 * 17, point 3): what happened, from when until when, and how bad. Pure:
 * the caller passes "now".
 *
 * Exports dagboek_validate() and the severity scale's labels.
 */
#ifndef LEEFBAAR_DOMAIN_DAGBOEK_H
#define LEEFBAAR_DOMAIN_DAGBOEK_H

#include <stdint.h>

struct field_errors;

#define DAGBOEK_TEKST_MAX 4000              /* bytes of "what happened" */
#define DAGBOEK_ERNST_MAX 5
/* A phone's clock runs a little ahead, and "now" typed by hand is rounded up: this much future is allowed. */
#define DAGBOEK_FUTURE_SLACK (15 * 60)
/* Older than this is a typo (a wrong year), not a diary entry. */
#define DAGBOEK_MAX_AGE (366 * 24 * 3600)
/* An incident that lasted longer than this is a typo too (a wrong month). */
#define DAGBOEK_MAX_DURATION (7 * 24 * 3600)

/* The entry as typed: every field may be NULL. */
struct dagboek_fields {
	const char *tekst, *van, *tot, *ernst;
};

/* The entry checked: van and tot unix seconds (tot 0: not given), ernst 1..5, tekst as typed. */
struct dagboek_valid {
	const char *tekst;
	int64_t van, tot;
	int ernst;
};

/*
 * Checks in at now. van and tot are HTML datetime-local values
 * ("2026-12-01T22:30", seconds optional) in Amsterdam time. On a refusal
 * adds a Dutch message per field to errs ("tekst", "van", "tot", "ernst")
 * and leaves those fields of out unset. Returns the number of errors
 * added (0: out is filled).
 */
int dagboek_validate(const struct dagboek_fields *in, int64_t now, struct dagboek_valid *out,
		     struct field_errors *errs);

/* A datetime-local value and back: local_moment_parse() and local_moment_format() (domain/amsterdam.h). */
#define DAGBOEK_TEXT_LEN 64    /* "dinsdag 1 december 2026 om 22:30" and the NUL */
/* t in words, Amsterdam time: "dinsdag 1 december 2026 om 22:30". */
void dagboek_moment_text(int64_t t, char out[DAGBOEK_TEXT_LEN]);

/* The plain words for ernst 1..5 ("Een beetje last" ... ); index 0 is unused (""). */
extern const char *const dagboek_ernst_labels[DAGBOEK_ERNST_MAX + 1];

#endif
