/*
 * dossiers.h - the use cases of leefbaarheidsdossiers (issue 7), shared by
 * the HTML pages (web/dossier*.c), the JSON API (api/dossiers.c) and the
 * referrals, which start from a dossier:
 *
 *   dossiers.c           who may do what to a dossier (scope, may,
 *                        loading with the matrix), opening one, and the
 *                        beheerder's letter templates
 *   dossier_act.c        every action on an open (or closed) dossier,
 *                        each in one transaction with its events and audit row
 *   dossier_meldingen.c  finding and linking meldingen (private to the two above)
 *
 * Every use case takes (db, arena, actor, typed input) and answers an
 * enum app_result (app/app.h) with, for APP_INVALID, the field errors in
 * Dutch. Nothing here speaks HTTP: each front door turns the result into
 * its own answer (web/dossiers.h's dossier_refusal, the API's JSON).
 * Strings filled in come from the arena a and last as long as it does.
 */
#ifndef LEEFBAAR_APP_DOSSIERS_H
#define LEEFBAAR_APP_DOSSIERS_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/dossier.h"
#include "domain/fields.h"
#include "store/dossier.h"

#include <stddef.h>
#include <stdint.h>

struct arena;
struct db;

/* ---- who may do what ---- */

/*
 * Fills s for dossier d as who sees it: in_area when the dossier's wijk is
 * one of who's wijken, sensitive for a gevoelig dossier, in_team when who
 * owns it or is a member (read from db, which may be NULL; a failed read
 * counts as not in the team).
 */
void dossier_scope(struct db *db, const struct actor *who, const struct dossier *d, struct scope *s);

/* 1 when who owns d or is a member: who reads vertrouwelijke notes. */
int dossier_user_in_team(struct db *db, const struct actor *who, const struct dossier *d);

/* 1 when who may perform action on d (already loaded), by the matrix. */
int dossier_may(struct db *db, const struct actor *who, const struct dossier *d, enum action action);

/*
 * Loads the dossier named by key - its id ("12") or its reference
 * ("D-2026-00012", any case, spaces around allowed) - and asks the
 * permission matrix whether who may perform `action` on it:
 *   APP_OK          allowed; *out is filled (strings in a);
 *   APP_NOT_FOUND   no such dossier, or one who may not know exists
 *                   (another wijk, a gevoelig dossier outside its team);
 *   APP_FORBIDDEN   the role may not do this to any dossier (the
 *                   ondersteuner writing);
 *   APP_UNAVAILABLE the database failed (or db is NULL).
 * Refusals of an existing dossier are written to the audit trail.
 */
enum app_result dossier_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				 enum action action, struct dossier *out);

/* ---- opening ---- */

#define DOSSIER_CREATE_MELDINGEN 50
#define DOSSIER_LABEL_MAX 200

/* A new dossier as typed, in a form or in JSON; NULL means absent. */
struct dossier_create_input {
	const char *onderwerp;      /* optional label: the household, or a short description */
	const char *pijler;
	const char *postcode, *huisnummer, *toevoeging;   /* an address from the register ... */
	const char *complex;        /* ... or a complex (id or code) */
	int gevoelig;
	const char *meldingen[DOSSIER_CREATE_MELDINGEN];   /* references to link at once */
	int n_meldingen;
	int too_many_meldingen;     /* more were given than fit */
};

/* Splits text (references separated by spaces, commas, semicolons or line breaks) into in->meldingen. */
void dossier_create_refs(struct arena *a, const char *text, struct dossier_create_input *in);

/*
 * Validates and opens a dossier owned by who, with its first meldingen
 * linked, in one transaction (the audit row with it). Fields of errs:
 * "onderwerp", "pijler", "postcode", "huisnummer", "toevoeging", "complex",
 * "meldingen" - also for a subject outside the wijken where the matrix
 * lets who write, said beside the address or complex. APP_OK (*id and ref
 * set), APP_INVALID (nothing stored) or APP_UNAVAILABLE.
 */
enum app_result dossier_create(struct db *db, struct arena *a, const struct actor *who,
			       const struct dossier_create_input *in, struct field_errors *errs, int64_t *id,
			       char ref[DOSSIER_REF_LEN]);

/* ---- actions ---- */

/* One action as typed; NULL means absent. Which fields count depends on the action. */
struct dossier_act_input {
	const char *melding;                 /* koppelen, ontkoppelen, negeren: a melding reference */
	const char *tekst;                   /* notitie: the note; heropenen: why (optional) */
	const char *datum;                   /* notitie, vervuild: YYYY-MM-DD (optional, default today) */
	int vertrouwelijk;                   /* notitie */
	const char *soort;                   /* interventie: instrument id; brief: letter kind */
	const char *gepland_op, *uitgevoerd_op;   /* interventie(-bijwerken): YYYY-MM-DD */
	const char *uitkomst;                /* interventie: free text; afsluiten: outcome id */
	const char *toelichting;             /* interventie, afsluiten: free text */
	const char *interventie;             /* interventie-bijwerken: its id */
	const char *kosten;                  /* interventie: euros as typed (optional; issue 18) */
	const char *naam, *feiten;           /* brief: addressee ("" for the bewoner(s)) and the facts */
	const char *aanhef, *adres;          /* brief: letter_aanhef id; the address lines ("": the dossier's) */
	const char *niveau, *regie, *reden;  /* escalatie */
	const char *gebruiker;               /* lid-toevoegen, lid-verwijderen: user id */
	const char *aan;                     /* vervuild, gevoelig: "1"/"ja"/"true" or "0"/"nee"/"false" */
	const char *op;                      /* afsluiten: YYYY-MM-DD or an ISO 8601 moment (optional) */
	const char *organisatie;             /* brief: the corporation's name for {{organisatie}} (configuration) */
};

struct dossier_act_result {
	int64_t id;                          /* the new note, intervention or letter */
	const char *melding_ref;             /* koppelen, ontkoppelen, negeren: the melding */
};

/*
 * Performs action act on d, which the caller loaded with
 * dossier_load_for(..., ACT_DOSSIER_WRITE, ...). One transaction: the
 * change, the dossier's event, the melding's timeline entry (koppelen,
 * ontkoppelen: without the dossier's reference, which a melding's readers
 * may not be allowed to know), the search row and who's audit row.
 * APP_OK (done; *d reloaded), APP_INVALID (errs says why; nothing
 * changed), APP_UNAVAILABLE (nothing changed) or APP_NOT_FOUND (no such
 * action). Field names in errs are the input names above, plus "status"
 * for an action the dossier's state does not allow.
 */
enum app_result dossier_act(struct db *db, struct arena *a, const struct actor *who, struct dossier *d,
			    enum dossier_action act, const struct dossier_act_input *in, struct field_errors *errs,
			    struct dossier_act_result *res);

/* ---- letter templates ---- */

/*
 * Checks and stores the beheerder's template for letters of kind soort:
 * text as dossier_text() reads it, at most LETTER_TEMPLATE_MAX bytes, not
 * empty, and every {{...}} a known placeholder (brief_template_check()).
 * In one transaction with who's audit row. APP_OK, APP_INVALID (the
 * message under "tekst" in errs; nothing stored) or APP_UNAVAILABLE.
 */
enum app_result dossier_template_save(struct db *db, struct arena *a, const struct actor *who,
				      enum brief_soort soort, const char *tekst, struct field_errors *errs);

/* ---- reading typed text ---- */

/*
 * Checks text typed into a form: valid UTF-8, no control characters other
 * than line breaks and tabs (none at all when !multiline), at most max
 * bytes after trimming. Sets *out (copy in a, trimmed; "" for NULL) and
 * returns NULL, or returns a Dutch message (in a) naming `what`.
 */
const char *dossier_text(struct arena *a, const char *in, size_t max, int multiline, const char *what,
			 const char **out);
/* "1", "ja", "true", "on", "aan" -> 1; "0", "nee", "false", "off", "uit", "" or NULL -> 0; else -1. */
int dossier_bool(const char *s);
/* "D-2026-00001": upper-cased, trimmed copy in a of at most 32 bytes (melding references too); "" for NULL. */
const char *dossier_ref_clean(struct arena *a, const char *s);

#endif
