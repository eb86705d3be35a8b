/*
 * schouw.h - the wijkschouw (issue 18, point 3), pure: the checklist of
 * schoon / heel / veilig / sociaal points, the status rules of a schouw,
 * checking a plan, a finding and an agreed action, and turning a finding
 * into the input of a melding (kanaal wijkschouw) for the normal intake.
 *
 * A schouw is gepland, then gelopen once anything is noted on the walk
 * (a checklist point or a finding), then afgerond when every finding has
 * an outcome: a melding or an agreed action. Actions may still be marked
 * done after that; nothing else changes.
 */
#ifndef LEEFBAAR_DOMAIN_SCHOUW_H
#define LEEFBAAR_DOMAIN_SCHOUW_H

#include "domain/melding.h"
#include "domain/validate.h"
#include "lib/names.h"

#include <stdint.h>

struct field_errors;

enum schouw_status { SS_GEPLAND, SS_GELOPEN, SS_AFGEROND, SS__MAX };
CLOSED_SET(schouw_status, SS__MAX);

enum schouw_thema { TH_SCHOON, TH_HEEL, TH_VEILIG, TH_SOCIAAL, TH__MAX };
CLOSED_SET(schouw_thema, TH__MAX);

enum schouw_oordeel { SO_OK, SO_NIET_OK, SO_NVT, SO__MAX };
CLOSED_SET(schouw_oordeel, SO__MAX);

/* One point of the checklist; categorie is the melding category a finding on it becomes. */
struct schouw_punt {
	const char *code;           /* "schoon_zwerfvuil": stored, in forms */
	enum schouw_thema thema;
	const char *tekst;          /* the question, in Dutch */
	const char *categorie;      /* a category code of migration 0002 */
};

#define SCHOUW_PUNTEN 18
extern const struct schouw_punt schouw_punten[SCHOUW_PUNTEN];
/* The point with this code, or NULL. */
const struct schouw_punt *schouw_punt_find(const char *code);
/* The category a finding of thema on no particular point becomes. */
const char *schouw_thema_categorie(enum schouw_thema t);

#define SCHOUW_DEELNEMERS_MAX 1000     /* bytes of the list, joined */
#define SCHOUW_DEELNEMER_MAX 80        /* bytes of one organisation */
#define SCHOUW_TEXT_MAX 2000           /* a description, an explanation, an action */
#define SCHOUW_SHORT_MAX 200           /* a place, an owner */
#define SCHOUW_PLAN_PAST 366           /* a schouw may be noted up to a year after it was walked ... */
#define SCHOUW_PLAN_AHEAD (2 * 366)    /* ... and planned up to two years ahead */

/* ---- status rules ---- */

/* 1 when checklist points and findings may be added (gepland or gelopen). */
int schouw_may_walk(enum schouw_status s);
/* The status after something is noted on the walk (gepland becomes gelopen). */
enum schouw_status schouw_after_walk(enum schouw_status s);
/*
 * Why s with n_findings findings, undecided of them without an outcome,
 * cannot be finished; NULL when it can. Dutch, for beside the button.
 */
const char *schouw_afronden_refusal(enum schouw_status s, int n_findings, int undecided);

/* ---- a plan ---- */

struct schouw_plan_fields {
	const char *dag;            /* YYYY-MM-DD */
	const char *deelnemers;     /* organisations, one per line or separated by commas */
	const char *toelichting;
};

struct schouw_plan_valid {
	int32_t dag;
	char deelnemers[SCHOUW_DEELNEMERS_MAX + 1];   /* trimmed, one per line, empty ones dropped */
	const char *toelichting;
};

/* Checks a plan on day today; a message per field ("dag", "deelnemers", "toelichting"); the error count. */
int schouw_plan_validate(const struct schouw_plan_fields *in, int32_t today, struct schouw_plan_valid *out,
			 struct field_errors *errs);

/* ---- a finding ---- */

struct schouw_finding_fields {
	const char *thema, *punt, *omschrijving;
	const char *lat, *lon;                 /* from the phone (navigator.geolocation), or empty */
	const char *postcode, *huisnummer, *toevoeging, *plek;
};

struct schouw_finding_valid {
	enum schouw_thema thema;
	const char *punt;                      /* a checklist code of thema, or "" */
	const char *omschrijving, *plek;
	int has_geo;
	double lat, lon;
	char postcode[POSTCODE_LEN];           /* "" when no address */
	int huisnummer;
	char toevoeging[TOEVOEGING_LEN];
};

/*
 * Checks a finding: a theme, a point of that theme (or none), what was
 * seen, and where - coordinates, an address, a description of the place,
 * at least one. Messages on "thema", "punt", "omschrijving", "locatie",
 * "postcode", "huisnummer", "toevoeging", "plek". The error count.
 */
int schouw_finding_validate(const struct schouw_finding_fields *in, struct schouw_finding_valid *out,
			    struct field_errors *errs);

/* ---- an agreed action ---- */

struct schouw_actie_valid {
	const char *actie, *eigenaar;
	int32_t dag;
};

/* Checks an action agreed on a schouw of day schouw_dag: what, who, by when (not before the schouw). */
int schouw_actie_validate(const char *actie, const char *eigenaar, const char *dag, int32_t schouw_dag,
			  struct schouw_actie_valid *out, struct field_errors *errs);

/* ---- a finding becomes a melding ---- */

/* The finding and its schouw, as stored. */
struct schouw_melding_src {
	int32_t dag;                           /* the schouw's day */
	const char *gebied;                    /* "wijk Centrum" / "buurt Binnenstad" */
	enum schouw_thema thema;
	const char *punt, *omschrijving, *plek;
	int has_geo;
	double lat, lon;
	const char *postcode;                  /* "" none */
	int huisnummer;
	const char *toevoeging;
	const char *categorie;                 /* chosen by the user, or NULL/"": the point's or theme's */
};

/* The texts the input points into. */
struct schouw_melding_text {
	char omschrijving[SCHOUW_TEXT_MAX + 400];
	char voorval[SCHOUW_SHORT_MAX];
	char plaats[SCHOUW_SHORT_MAX];
	char huisnummer[16];
};

/*
 * Fills in (pointing into src and t) as staff intake of kanaal
 * "wijkschouw": category, a description that names the schouw and its
 * day, the address or else the place (coordinates written out when
 * nothing else says where), anonymous (the schouw is the source, no
 * melder to answer).
 */
void schouw_melding_input(const struct schouw_melding_src *src, struct schouw_melding_text *t,
			  struct melding_input *in);

#endif
