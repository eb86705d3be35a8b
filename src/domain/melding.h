/*
 * melding.h - the melding's closed sets, its state machine, its terms and
 * the one validator behind every front door (public form, staff intake,
 * JSON API). Pure: no I/O, no clock; "now" and the active categories are
 * passed in.
 */
#ifndef LEEFBAAR_MELDING_H
#define LEEFBAAR_MELDING_H

#include "lib/names.h"

#include "domain/validate.h"
#include "domain/werkdagen.h"
#include "domain/fields.h"

#include <stddef.h>
#include <stdint.h>

enum melding_status {
	MS_NIEUW, MS_BEVESTIGD, MS_IN_BEHANDELING, MS_TERUGGEKOPPELD, MS_AFGESLOTEN, MS__MAX
};
/*
 * ids: "in_behandeling"
 * labels: "In behandeling"
 * parse: -1 if unknown
 */
CLOSED_SET(melding_status, MS__MAX);

enum melding_action {
	MA_BEVESTIGEN, MA_TOEWIJZEN, MA_NOTITIE, MA_TERUGKOPPELEN, MA_AFSLUITEN,
	MA_HEROPENEN, MA_KOPPELEN, MA_ONTKOPPELEN, MA__MAX
};
extern const char *const melding_action_ids[MA__MAX];     /* the URL words */
int melding_action_parse(const char *id);

/*
 * The state machine. Returns 0 and sets *to, or -1 with a Dutch message
 * in *why for an action that is not allowed in this state.
 *   bevestigen     nieuw -> bevestigd
 *   toewijzen      any open state; bevestigd -> in behandeling
 *   notitie, koppelen, ontkoppelen   any state, no change
 *   terugkoppelen  any open state -> teruggekoppeld (again and again: more than one message)
 *   afsluiten      any open state -> afgesloten
 *   heropenen      afgesloten -> in behandeling
 */
int melding_transition(enum melding_status from, enum melding_action a,
		       enum melding_status *to, const char **why);

enum kanaal {
	KANAAL_WEBFORMULIER, KANAAL_API, KANAAL_TELEFOON, KANAAL_EMAIL, KANAAL_BALIE,
	KANAAL_WIJKBEZOEK, KANAAL_INTERN_VERHUUR, KANAAL_INTERN_INCASSO,
	KANAAL_INTERN_TECHNISCH, KANAAL_EXTERN_PARTNER, KANAAL_EXTERN_AANNEMER,
	KANAAL_WIJKSCHOUW,          /* a finding of a wijkschouw (issue 18) */
	KANAAL__MAX
};
CLOSED_SET(kanaal, KANAAL__MAX);

enum pijler { PIJLER_FYSIEK, PIJLER_SOCIAAL_PREVENTIEF, PIJLER_SOCIAAL_REPRESSIEF, PIJLER_SAMEN_WONEN, PIJLER__MAX };
CLOSED_SET(pijler, PIJLER__MAX);

/* A category's terms in werkdagen. */
struct terms {
	int bevestigen, terugkoppelen, streef;
};

/* The due days of a melding received on day `ontvangen` (that day not counted). */
struct due {
	int32_t bevestigen, terugkoppelen, streef;
};
void melding_due(const struct werkdagen_cal *cal, int32_t ontvangen, const struct terms *t, struct due *out);

/* Where a due day stands, for the markers in lists: late, today, on time, met. */
enum due_state { DUE_OPEN, DUE_TODAY, DUE_LATE, DUE_MET, DUE_MET_LATE };
/* met_day < 0: not met yet. */
enum due_state melding_due_state(int32_t due, int32_t met_day, int32_t today);

#define MELDING_OMSCHRIJVING_MAX 5000
#define MELDING_TEXT_MAX 200

/* Raw input, as strings from a form or JSON; NULL means absent. */
struct melding_input {
	const char *categorie, *omschrijving, *voorval;
	const char *postcode, *huisnummer, *toevoeging, *plaats;
	const char *melder_naam, *melder_email, *melder_telefoon;
	const char *anoniem;       /* "1", "true", "ja", "on" = anonymous */
	const char *delen_met_partners;   /* truthy: the melder lets partners see their contact details (issue 17) */
	const char *kanaal;        /* staff and API only */
	const char *ontvangen_op;  /* staff only: ISO 8601 with offset */
};

/* What the validator needs to know beyond the input. */
struct melding_context {
	int64_t now;
	int staff;                 /* kanaal and ontvangen_op are allowed */
	enum kanaal default_kanaal;
	const char *const *categories;   /* active category codes */
	size_t n_categories;
};

/* The validated, normalised melding (points into the input or into its own buffers). */
struct melding_valid {
	const char *categorie;
	const char *omschrijving, *voorval, *plaats;
	char postcode[POSTCODE_LEN];       /* "" when no address */
	int huisnummer;                    /* 0 when no address */
	char toevoeging[TOEVOEGING_LEN];
	const char *melder_naam;
	char melder_email[256];
	char melder_telefoon[PHONE_LEN];
	int anoniem;
	int delen_met_partners;            /* 0 unless the melder said yes (and never when anonymous) */
	enum kanaal kanaal;
	int64_t ontvangen_op;
};


/* Validates and normalises; returns 0 when valid, else the number of errors. */
int melding_validate(const struct melding_input *in, const struct melding_context *ctx,
		     struct melding_valid *out, struct field_errors *errs);

/* "M-2026-000123" into out (size >= 16); "M-2026-1000000" past 999,999. */
void melding_reference(int year, int64_t seq, char out[16]);

/* Euros as typed ("12,50", "12.50", "€ 1.234,50", "40") to cents; -1 if invalid or negative. */
int64_t euros_parse(const char *s);
/* Cents to "1.234,50". */
void euros_format(int64_t cents, char out[32]);

#endif
