/*
 * initiatief.h - the use cases of bewonersinitiatieven and the
 * leefbaarheidsfonds (issue 18, point 4): an application through the
 * public form, its assessment against the fund's criteria, the decision,
 * payments, corrections, the final report, and the fund's budget.
 *
 * Each step is one transaction with its audit row (and its message to the
 * applicant, in the outbox) and returns an enum app_result; APP_INVALID
 * comes with a Dutch message per field. The money goes into the
 * append-only ledger only (store/fonds.h); nothing stores a total.
 *
 * Who may: the matrix's ACT_WIJK_READ/WRITE on the initiative's wijk
 * (app/wijkmonitor.h); outside one's wijken an initiative does not exist
 * (APP_NOT_FOUND, audited). The budget needs ACT_WIJK_STEER.
 */
#ifndef LEEFBAAR_APP_INITIATIEF_H
#define LEEFBAAR_APP_INITIATIEF_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/fields.h"
#include "domain/initiatief.h"
#include "store/initiatief.h"

#include <stdint.h>

struct actor;
struct arena;
struct config;
struct db;

/* An application from the public form. */
struct initiatief_aanvraag {
	struct initiatief_input in;
	const char *buurt;          /* a buurt's (or wijk's) CBS code from the list, or "" */
	const char *postcode, *huisnummer, *toevoeging;   /* or an address in the register */
	const char *form_token;     /* the public form's signed token, or NULL: it files one application */
	int64_t now;
};

struct initiatief_ontvangen {
	struct field_errors errs;   /* APP_INVALID */
	int64_t id;
	char referentie[16];
	char status_token[48];      /* shown once; only its hash is stored */
	char token_used[16];        /* APP_INVALID: the form token filed this application already, or "" */
};

/*
 * Takes in an application from who (the public: it counts towards the
 * per-address limit of the public forms, store/melding.h submit_record()).
 * The place is the buurt chosen, else the address looked up in the
 * register (its buurt, wijk and complex); one of them is needed. The fund
 * year is the Amsterdam year of in->now. An e-mail address gets the
 * receipt with the status link.
 */
enum app_result initiatief_submit(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
				  const struct initiatief_aanvraag *in, struct initiatief_ontvangen *res);

/* The applicant's status link for a token (cfg's base_url or listen address), in a. */
const char *initiatief_status_url(struct arena *a, const struct config *cfg, const char *token);

/* By the status token (public; no actor check): APP_OK, APP_NOT_FOUND, APP_UNAVAILABLE. */
enum app_result initiatief_by_status_token(struct db *db, struct arena *a, const char *token, struct initiatief *out);

/* Loads initiative id (or reference) for action: APP_OK, APP_NOT_FOUND (also out of reach: audited), APP_FORBIDDEN. */
enum app_result initiatief_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				    enum action action, struct initiatief *out);

/* The assessment: one oordeel and note per criterion (TOETS_OPEN: not judged). Moves ingediend to in_behandeling. */
struct initiatief_toetsing {
	enum toets_oordeel oordeel[CRIT__MAX];
	const char *notitie[CRIT__MAX];
};
enum app_result initiatief_toetsen(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				   const struct initiatief_toetsing *t, int64_t now, struct field_errors *errs);

/*
 * The decision on an application not yet decided: toekennen (bedrag as
 * typed; more than asked needs a reason) writes the grant row; afwijzen
 * needs a reason. The applicant gets a message (without the link).
 */
enum app_result initiatief_besluiten(struct db *db, struct arena *a, const struct actor *who,
				     const struct config *cfg, const struct initiatief *x, int toekennen,
				     const char *bedrag, const char *reden, int64_t now, struct field_errors *errs);

/* A payment on a granted initiative: bedrag as typed, dag (Amsterdam day), a note. */
enum app_result initiatief_betalen(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				   const char *bedrag, int32_t dag, const char *omschrijving, int64_t now,
				   struct field_errors *errs);

/* A correction of ledger row van: a new row of its soort, verschil as typed ("-50,00"), a reason. */
enum app_result initiatief_corrigeren(struct db *db, struct arena *a, const struct actor *who,
				      const struct initiatief *x, int64_t van, const char *verschil,
				      const char *omschrijving, int32_t dag, int64_t now, struct field_errors *errs);

/* The final report of a granted initiative: it is afgerond. */
enum app_result initiatief_afronden(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				    const char *eindverslag, int64_t now, struct field_errors *errs);

/* The budget of a wijk for a year (ACT_WIJK_STEER); bedrag as typed. */
enum app_result fonds_budget_zetten(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, int jaar,
				    const char *bedrag, int64_t now, struct field_errors *errs);

struct csv;
/*
 * The fund's decisions of jaar in who's wijken as CSV rows (app/export_csv.h):
 * one row per initiative decided or with ledger rows, the amounts summed
 * from its rows. No applicant's contact details. Audited as an export.
 */
enum app_result initiatief_besluiten_csv(struct db *db, struct arena *a, const struct actor *who, int jaar,
					 struct csv *c);

/* The Amsterdam calendar year of a moment (the fund's year). */
int fonds_jaar_van(int64_t unix_utc);

#endif
