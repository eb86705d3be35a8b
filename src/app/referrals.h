/*
 * referrals.h - the use cases of doorverwijzingen (issue 8), shared by the
 * HTML pages (web/doorverwijzingen*.c) and the JSON API
 * (api/doorverwijzingen.c): loading a referral with the permission check
 * (and opening one to read it, an audited read), reading the list's
 * filters and a page of the list, sending a referral from a dossier,
 * taking each step, fetching one of its files, and the beheerder's answer
 * terms.
 *
 * Who may do what is the permission matrix's: a partner user reaches only
 * its own organisation's referrals, through store queries bound to its
 * partner_id, and gets the same APP_NOT_FOUND for another organisation's
 * referral as for one that does not exist. Staff reach follows the
 * referral's dossier (wijk, gevoelig, team: app/dossiers.h).
 *
 * Every change is one transaction holding the referral, its history, the
 * dossier's timeline entry, a notice in the outbox and who's audit row.
 * Nothing here speaks HTTP: each front door turns the enum app_result into
 * its own answer (http_refused()) and shows the field errors its own way.
 * Strings filled in come from the arena a and last as long as it does.
 *
 * Typical use (the web side):
 *
 *	struct referral r;
 *	enum app_result res = referral_load_for(db_thread(), &req->arena, http_actor(req),
 *						input_text(req, "id"), referral_step_permission(RA_ACCEPTEREN), &r);
 *	if (res != APP_OK)
 *		return http_refused(req, res, &doorverwijzing_refusal);
 *	res = referral_act(db_thread(), &req->arena, http_actor(req), &r, RA_ACCEPTEREN, &in, &errs);
 */
#ifndef LEEFBAAR_APP_REFERRALS_H
#define LEEFBAAR_APP_REFERRALS_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/referral.h"
#include "store/referral.h"

#include <stdint.h>

struct arena;
struct config;
struct db;
struct dossier;
struct field_errors;
struct pending_file;
struct referral_upload;

/* ---- loading with the permission check ---- */

/*
 * Loads the referral with id `key` ("12", as typed in the path) as who may
 * see it for `action` (ACT_REFERRAL_READ, _ANSWER, or _CREATE for
 * closing). A partner user's load is referral_get_partner(), bound to its
 * organisation; staff loads are checked against the referral's dossier.
 *   APP_OK          allowed; *out filled (strings in a);
 *   APP_NOT_FOUND   no such referral, one who may not know of, or who is
 *                   not logged in;
 *   APP_FORBIDDEN   the role may not do this to any referral;
 *   APP_UNAVAILABLE the database failed (db NULL included).
 * Refusals are written to the audit trail.
 */
enum app_result referral_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				  enum action action, struct referral *out);

/*
 * Opens the referral with id key to read it: referral_load_for(...,
 * ACT_REFERRAL_READ, ...) and the audited read of it ("bekeken",
 * "doorverwijzing", its id, with detail via: "" for the page, "api"), as
 * everything partners and staff open (DESIGN.md, Audited reads). Answers as
 * referral_load_for(); APP_UNAVAILABLE too when the audit row was not written.
 */
enum app_result referral_view(struct db *db, struct arena *a, const struct actor *who, const char *key,
			      const char *via, struct referral *out);

/* 1 when who may perform action on r (staff: by its dossier; loaded already), 0 when not, -1 on error. */
int referral_may(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
		 enum action action);

/*
 * One file of referral r (loaded with ACT_REFERRAL_READ): a partner gets
 * only the files of its own organisation's referrals (the store's filter,
 * not a check here). APP_OK, APP_NOT_FOUND (file_id 0 included: not a file
 * of this referral) or APP_UNAVAILABLE.
 */
enum app_result referral_file_for(struct db *db, struct arena *a, const struct actor *who,
				  const struct referral *r, int64_t file_id, struct referral_file *out);

/* ---- the list ---- */

/* The list's filters as typed in a query string; NULL means absent. */
struct referral_filter_input {
	const char *status;          /* "open" or a status id */
	const char *te_laat, *beantwoord;   /* "1", "ja", "true", "on" / "0", "nee", "false" */
	const char *partner;         /* staff only: the organisation's id */
	const char *wijk;            /* staff only: the wijk's id or CBS code */
	const char *dossier;         /* staff only: the dossier's id or reference */
};

/*
 * Reads in into f (referral_filter_clear()ed, today set). A partner's
 * filters are status, te_laat and beantwoord only: its list is its own
 * organisation's, whatever else the query says. A value that is not valid
 * is left out of f and named in errs with a Dutch message, in the order
 * above. APP_OK, APP_INVALID (f holds the valid rest) or APP_UNAVAILABLE.
 */
enum app_result referral_filter_read(struct db *db, struct arena *a, const struct actor *who,
				     const struct referral_filter_input *in, struct referral_filter *f,
				     struct field_errors *errs);

/*
 * Page `page` (1-based) of per_page referrals matching f that who may see:
 * a partner its own organisation's (without the staff fields), staff
 * within the matrix. A partner's list is an audited read: the audit row
 * ("bekeken", "doorverwijzingen", view, "pagina P, N getoond") is written
 * here. APP_OK or APP_UNAVAILABLE.
 */
enum app_result referral_list(struct db *db, struct arena *a, const struct actor *who,
			      const struct referral_filter *f, int page, int per_page, const char *view,
			      struct referral_page *out);

/* ---- sending ---- */

#define REFERRAL_BIJLAGEN_MAX 20
#define REFERRAL_UPLOADS_MAX 16                  /* new files of one request; [server] upload_files caps them too */

/* A referral as typed in a form or JSON; NULL means absent. */
struct referral_input {
	const char *partner;                     /* the organisation's id */
	const char *reden, *vraag, *gedeelde_informatie;
	int64_t bijlagen[REFERRAL_BIJLAGEN_MAX]; /* attachment ids of the dossier's meldingen */
	int n_bijlagen;
	int bad_bijlagen;                        /* something that is not such an id, or too many */
	/*
	 * Share the contact details of the melders of the dossier's meldingen
	 * who consented (melding.delen_met_partners; issue 17): without it, and
	 * for everyone else, the partner sees no melder at all.
	 */
	int melders_delen;
	/*
	 * New files (a signed consent form), HTML only: checked by content and
	 * within the upload limits as on the melding form. Taken into storage
	 * here (path set to NULL).
	 */
	struct referral_upload *uploads;
	int n_uploads;
	const char *bestanden_id;                /* the token of new files kept from an earlier attempt */
	/*
	 * Out, APP_INVALID: the new files accepted in this or an earlier
	 * attempt wait an hour under bestanden_token (the form sends it back
	 * as bestanden_id) and go with the referral when it is sent.
	 */
	char bestanden_token[40];
	struct pending_file *kept;
	int n_kept;
};

/*
 * Validates and sends a referral from dossier d, which the caller loaded
 * with dossier_load_for(..., ACT_REFERRAL_CREATE, ...): the referral with
 * its due day (the partner kind's term in werkdagen from today in
 * Amsterdam, with the closing days), copies of the chosen files under
 * neutral names (written under cfg->data_dir), its first history row, the
 * dossier's timeline entry, the notice to the partner's contact address in
 * the outbox (with a link built from cfg) and who's audit row, in one
 * transaction; the new files (in->uploads and those kept before) under
 * their own names. Fields of errs: "dossier", "partner", "reden", "vraag",
 * "gedeelde_informatie", "bijlagen", "nieuwe_bijlagen". APP_OK (*id set),
 * APP_INVALID (nothing stored but the good new files, kept for the next
 * attempt) or APP_UNAVAILABLE.
 */
enum app_result referral_create(struct db *db, struct arena *a, const struct actor *who,
				const struct config *cfg, const struct dossier *d, struct referral_input *in,
				struct field_errors *errs, int64_t *id);

/* ---- the steps ---- */

/* A file sent with an answer, as the front door received it. */
struct referral_upload {
	char *path;                  /* the temporary file; NULL once taken into storage here */
	uint64_t size;
	const char *filename;        /* as the client named it; display only */
	int dropped;                 /* over a limit: not kept */
	const char *drop_reason;     /* Dutch; NULL for an empty file input */
};

struct referral_act_input {
	const char *reden;                       /* afwijzen: required */
	const char *notitie;                     /* afsluiten: required, why the case worker closes it */
	const char *tekst;                       /* reactie: required */
	struct referral_upload *bestand;         /* reactie: optional file (HTML only) */
	const char *bestand_id;                  /* reactie: the token of a file kept from an earlier attempt */
	/*
	 * Out, reactie refused with APP_INVALID: a file accepted in this or an
	 * earlier attempt waits an hour under bestand_token (the form sends it
	 * back as bestand_id), so the partner need not choose it again.
	 * bestand_naam is NULL when no file waits.
	 */
	char bestand_token[40];
	const char *bestand_naam;
};

/*
 * The permission step act needs, to load the referral with:
 * ACT_REFERRAL_ANSWER for the partner's steps, ACT_REFERRAL_CREATE for the
 * case worker's (afsluiten).
 */
enum action referral_step_permission(enum referral_action act);

/*
 * Takes step act on r, which the caller loaded with the step's permission
 * (referral_step_permission()). One transaction: the status, the
 * referral's history, the dossier's timeline, a partner's file and who's
 * audit row. Afsluiten needs a note (in->notitie); heropenen is for the
 * sender or a coordinator until the end of the first werkdag after the
 * closing (referral_reopen_check(), with the closing days in force) and
 * returns the referral to its status before. APP_OK (done; *r reloaded),
 * APP_INVALID (errs: "reden", "notitie", "tekst", "bestand", or "status"
 * for a step the status, the deadline or who does not allow, or someone
 * else's change in between; nothing changed) or APP_UNAVAILABLE.
 */
enum app_result referral_act(struct db *db, struct arena *a, const struct actor *who, struct referral *r,
			     enum referral_action act, struct referral_act_input *in, struct field_errors *errs);

/* ---- the answer terms (beheer) ---- */

/*
 * Sets the answer terms from in[k], the werkdagen typed for each partner
 * kind (NULL: left out of the form, the term stays), against the terms t
 * now in force (referral_terms()). A typed term is " 7 " within
 * REFERRAL_TERM_MIN..MAX; errs names the kind's field ("termijn-<soort>").
 * Each changed term is one audit row in one transaction. APP_OK (*changed
 * counts the terms changed), APP_INVALID (nothing changed) or
 * APP_UNAVAILABLE.
 */
enum app_result referral_terms_save(struct db *db, struct arena *a, const struct actor *who,
				    const struct referral_term t[PARTNER__MAX], const char *const in[PARTNER__MAX],
				    struct field_errors *errs, int *changed);
/* The form field of a partner kind: "termijn-sociaal_wijkteam" (in a). */
const char *referral_term_field(struct arena *a, enum partner_soort k);

/* ---- small shared helpers ---- */

/*
 * Whether who may reopen closed referral r now: REOPEN_OK or why not.
 * *last_day is the last Amsterdam day it can (-1 when it is not closed).
 * -1 when the calendar could not be read.
 */
int referral_reopen_state(struct db *db, const struct actor *who, const struct referral *r, int32_t *last_day);

/* The referral's due marker as of today (Amsterdam day). */
enum referral_due referral_due_marker(const struct referral *r, int32_t today);
/* "03-12-2026" for a day number (in a); "" for a negative day. */
const char *referral_day_text(struct arena *a, int32_t day);

#endif
