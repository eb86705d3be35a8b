/*
 * doorverwijzingen.h - referrals to partner organisations and the partner
 * portal (issue 8): the HTML pages, the work the pages and the JSON API
 * (api_doorverwijzingen.h) share, the block on the dossier page, and the
 * beheerder's answer terms.
 *
 *   doorverwijzingen_core.c     loading with the permission check, creating
 *                               and every step, one transaction each
 *   doorverwijzingen.c          GET /doorverwijzingen (staff and partner
 *                               lists), GET/POST the new-referral form
 *   doorverwijzingen_page.c     GET /doorverwijzingen/{id}, its files and
 *                               the action forms
 *   doorverwijzingen_dossier.c  the block the dossier page includes
 *   doorverwijzingen_beheer.c   GET/POST /beheer/partners/termijnen
 *
 * Who may do what is the permission matrix's: a partner user reaches only
 * its own organisation's referrals, through store queries bound to its
 * partner_id, and gets the same 404 for another organisation's referral as
 * for one that does not exist. Staff reach follows the referral's dossier
 * (wijk, gevoelig, team). Nothing here renders in the core: it answers a
 * status and field errors, and each front door shows them its own way.
 */
#ifndef LEEFBAAR_HANDLERS_DOORVERWIJZINGEN_H
#define LEEFBAAR_HANDLERS_DOORVERWIJZINGEN_H

#include "auth/policy.h"
#include "domain/melding.h"
#include "domain/referral.h"
#include "store/referral.h"

#include <stdint.h>

struct dossier;
struct req;
struct tpl_dict;
struct upload;

/* ---- routes ---- */

int handle_doorverwijzingen(struct req *req);            /* GET /doorverwijzingen */
int handle_doorverwijzing_nieuw(struct req *req);        /* GET /doorverwijzingen/nieuw?dossier= */
int handle_doorverwijzing_create(struct req *req);       /* POST /doorverwijzingen */
int handle_doorverwijzing(struct req *req);              /* GET /doorverwijzingen/{id} */
int handle_doorverwijzing_bijlage(struct req *req);      /* GET /doorverwijzingen/{id}/bijlagen/{bijlage} */
int handle_doorverwijzing_accepteren(struct req *req);   /* POST /doorverwijzingen/{id}/accepteren */
int handle_doorverwijzing_afwijzen(struct req *req);     /* POST /doorverwijzingen/{id}/afwijzen */
int handle_doorverwijzing_reactie(struct req *req);      /* POST /doorverwijzingen/{id}/reactie */
int handle_doorverwijzing_afsluiten(struct req *req);    /* POST /doorverwijzingen/{id}/afsluiten */
int handle_beheer_termijnen(struct req *req);            /* GET /beheer/partners/termijnen */
int handle_beheer_termijnen_save(struct req *req);       /* POST /beheer/partners/termijnen */

/* ---- loading with the permission check ---- */

/*
 * Loads the referral with id `key` ("12") as the session may see it for
 * `action` (ACT_REFERRAL_READ, _ANSWER or _CREATE for closing). A partner
 * user's load is referral_get_partner(), bound to its organisation; staff
 * loads are checked against the referral's dossier. Returns
 *   0    allowed; *out filled (strings in req->arena);
 *   404  no such referral, or one the user may not know of;
 *   403  the role may not do this to any referral;
 *   503  the database failed.
 * Refusals are written to the audit trail. Renders nothing.
 */
int doorverwijzing_load_for(struct req *req, const char *key, enum action action, struct referral *out);

/* ---- creating ---- */

#define DOORVERWIJZING_BIJLAGEN_MAX 20

/* Raw input from a form or JSON; NULL means absent. */
struct doorverwijzing_input {
	const char *partner;                     /* the organisation's id */
	const char *reden, *vraag, *gedeelde_informatie;
	int64_t bijlagen[DOORVERWIJZING_BIJLAGEN_MAX];   /* attachment ids of the dossier's meldingen */
	int n_bijlagen;
	int bad_bijlagen;                        /* something that is not such an id, or too many */
};

/*
 * Validates and sends a referral from dossier d, which the caller loaded
 * with ACT_REFERRAL_CREATE: the referral with its due day (the partner
 * kind's term in werkdagen from today in Amsterdam, with the closing
 * days), copies of the chosen files under neutral names, its first history
 * row, the dossier's timeline entry, the notice to the partner's contact
 * address in the outbox and the audit row, in one transaction. Fields of
 * errs: "partner", "reden", "vraag", "gedeelde_informatie", "bijlagen",
 * "dossier". Returns 201 (*id set), 422 (errs; nothing stored) or 503.
 */
int doorverwijzing_create(struct req *req, const struct dossier *d, const struct doorverwijzing_input *in,
			  struct field_errors *errs, int64_t *id);

/* ---- the steps ---- */

struct doorverwijzing_act_input {
	const char *reden;                       /* afwijzen: required */
	const char *tekst;                       /* reactie: required */
	struct upload *bestand;                  /* reactie: optional file (HTML only) */
	const char *bestand_id;                  /* reactie: the token of a file kept from an earlier attempt */
	/*
	 * Out, reactie answered 422: a file accepted in this or an earlier
	 * attempt waits an hour under bestand_token (the form sends it back as
	 * bestand_id), so the partner need not choose it again. bestand_naam
	 * is NULL when no file waits.
	 */
	char bestand_token[40];
	const char *bestand_naam;
};

/*
 * Takes step a on r, which the caller loaded with the action's permission
 * (ACT_REFERRAL_ANSWER for the partner's steps, ACT_REFERRAL_CREATE for
 * afsluiten). One transaction: the status, the referral's history, the
 * dossier's timeline, a partner's file and the audit row. Returns 0 (done;
 * *r reloaded), 422 (errs: "reden", "tekst", "bestand", or "status" for a
 * step the status does not allow; nothing changed) or 503.
 */
int doorverwijzing_act(struct req *req, struct referral *r, enum referral_action a,
		       struct doorverwijzing_act_input *in, struct field_errors *errs);

/* ---- shown on the dossier page ---- */

/*
 * Fills the include DOORVERWIJZINGEN of the dossier page's dictionary d
 * with templates/doorverwijzing_dossier_partial.tpl: the dossier's
 * referrals with status and due marker, and the button to refer when the
 * session may. Nothing when the session may not read referrals.
 */
void doorverwijzing_dossier_partial(struct req *req, struct tpl_dict *d, const struct dossier *dossier);

/* ---- the list's filters, for HTML and JSON alike ---- */

/*
 * Reads the query string into f (referral_filter_clear()ed, today set):
 * status ("open" or a status id), te_laat and beantwoord ("1", "ja",
 * "true"), and for staff partner (id), wijk (id or CBS code) and dossier
 * (id or reference). A value that is not valid is left out of f and named
 * in *bad_field with a Dutch *bad_msg (the first one only). 0/503.
 */
int doorverwijzing_filter_parse(struct req *req, struct referral_filter *f, const char **bad_field,
				const char **bad_msg);

/* ---- small shared helpers ---- */

/* The referral's due marker as of today (Amsterdam). */
enum referral_due doorverwijzing_due(const struct referral *r, int32_t today);
/* "03-12-2026" for a day number (arena). */
const char *doorverwijzing_day(struct req *req, int32_t day);
/* 1 when the session belongs to a partner organisation. */
int doorverwijzing_is_partner(const struct req *req);

#endif
