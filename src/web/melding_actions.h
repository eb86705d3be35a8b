/*
 * melding_actions.h - what staff do with one melding, shared by the HTML
 * pages (handlers/meldingen.c) and the JSON API: who may see it, loading it
 * with that check, performing an action in one transaction, placing an
 * "onbekend" melding in a wijk, and reading the list filters from a query
 * string. Nothing here renders; each front door answers in its own format.
 *
 * Typical use:
 *
 *	struct melding m;
 *	int st = melding_load_for(req, http_param(req, 0), ACT_MELDING_HANDLE, &m);
 *	if (st)
 *		return answer_error(st);                    404, 403 or 503
 *	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
 *	struct melding_act_error err;
 *	st = melding_act(req, &m, MA_BEVESTIGEN, &in, &err);
 *	if (st == 422)
 *		show err.field and err.message;
 */
#ifndef LEEFBAAR_MELDING_ACTIONS_H
#define LEEFBAAR_MELDING_ACTIONS_H

#include "auth/policy.h"
#include "domain/melding.h"
#include "store/melding.h"
#include "store/melding_list.h"

#include <stdint.h>

struct req;

/*
 * Fills s for melding m as the session sees it: in_area when the
 * melding's wijk is one of the session's wijken, in_team when the session's
 * user took it in (created_by). Nothing else is set (no gevoelig meldingen,
 * no partner).
 */
void melding_scope(const struct req *req, const struct melding *m, struct scope *s);

/*
 * Loads the melding named by key - its id ("123") or its reference
 * ("M-2026-000123") - and asks the permission matrix whether the session
 * may perform `action` on it. Returns
 *   0    allowed; *out is filled (strings in req->arena);
 *   404  no such melding, or one the user may not know exists (HIDE);
 *   403  the role may not do this to any melding (DENY);
 *   503  the database failed.
 * Refusals (403 and a HIDE 404) are written to the audit trail. Renders
 * nothing: the caller answers in HTML or JSON.
 */
int melding_load_for(struct req *req, const char *key, enum action action, struct melding *out);

/* ---- actions ---- */

struct melding_act_input {
	int64_t op;                /* the business moment (unix seconds); 0 = now */
	const char *tekst;         /* terugkoppelen: the answer to the melder (required);
				      notitie: the note (required); others: an optional remark */
	int64_t assignee_id;       /* toewijzen: the user to assign (required) */
	int64_t kosten_cent;       /* afsluiten: costs in cents; -1 = none given (earlier costs stay) */
};
#define MELDING_ACT_INPUT_INIT { 0, NULL, 0, -1 }

/* Why an action was refused: the input field it is about and a Dutch message. */
struct melding_act_error {
	const char *field;         /* "op", "tekst", "behandelaar", "kosten", "status" (illegal in this state), "wijk", "buurt" */
	const char *message;       /* static or req->arena */
};

/* Longest tekst accepted (bytes), as for a description. */
#define MELDING_ACT_TEKST_MAX MELDING_OMSCHRIJVING_MAX

/*
 * Performs action a on m, which the caller loaded with melding_load_for(...,
 * ACT_MELDING_HANDLE, ...). In one transaction: the state machine
 * (melding_transition), the new status, the first-confirmation and
 * first-feedback facts with their Amsterdam day (terugkoppelen on a melding
 * that was never confirmed records the confirmation at the same moment),
 * assignment, closing (with costs) or reopening, the timeline entry with
 * the user and the business moment (shown to the melder for bevestigd,
 * teruggekoppeld, afgesloten and heropend), the message to the melder in
 * the outbox (bevestigen, terugkoppelen; with the private status link;
 * not for anonymous meldingen) and an audit row.
 *
 * in->op may lie in the past (staff record what happened by phone
 * yesterday) but not in the future (5 minutes of clock slack) and not
 * before the melding was received. toewijzen takes only an active staff
 * user who may handle this melding by the matrix.
 *
 * Returns 0 (done; *m is reloaded), 422 (refused: not allowed in this state
 * or bad input; *err says why; nothing changed), 404 (koppelen and
 * ontkoppelen: they belong to dossiers, not here), 503 (database; nothing
 * changed).
 */
int melding_act(struct req *req, struct melding *m, enum melding_action a,
		const struct melding_act_input *in, struct melding_act_error *err);

/*
 * Places m in a wijk and optionally one of its buurten (buurt_id 0: none):
 * the triage of the "onbekend" queue (ACT_MELDING_TRIAGE; the caller loaded
 * m with that action). The wijk must be a wijk, the buurt must lie in it.
 * One transaction with a timeline entry ("geplaatst") and an audit row.
 * Returns 0 (*m reloaded), 422 (*err), 503.
 */
int melding_place(struct req *req, struct melding *m, int64_t wijk_id, int64_t buurt_id,
		  struct melding_act_error *err);

/*
 * The staff users m may be assigned to: active, a staff role, and allowed
 * to handle m by the permission matrix (in its wijk, a role that reaches
 * every area, or the one who took it in). Count or -1; *out in req->arena.
 */
int melding_assignable_users(struct req *req, const struct melding *m, struct staff_user **out);

/* ---- the list ---- */

/*
 * Clears f (no filters, newest first), sets today to the Amsterdam day and
 * the scope to the session: viewer_id and viewer_all_areas from the matrix
 * (ACT_MELDING_READ).
 */
void melding_filter_init(struct req *req, struct melding_filter *f);

/*
 * Reads the list parameters of the query string into f (after
 * melding_filter_init()):
 *   status       a status id ("nieuw", "in_behandeling", ...)
 *   categorie    a category code
 *   pijler       a pillar id ("fysiek", ...)
 *   wijk         a wijk's id or code ("WK999901"), or "onbekend" (no wijk)
 *   behandelaar  a user id, "mij" (the session's user) or "geen" (nobody)
 *   kanaal       a channel id ("telefoon", ...)
 *   te_laat      "bevestiging", "terugkoppeling" or "beide" (either)
 *   termijn      a term figure of the dashboard ("bevestiging_te_laat", ...;
 *                melding_termijn_ids), judged as of the peildatum
 *   vandaag      "bevestigen" or "terugkoppelen": due today, not yet done
 *   peildatum    YYYY-MM-DD: only meldingen received by then, and the day
 *                `termijn` is judged on (default today)
 *   van, tot     YYYY-MM-DD, on the day of receipt, both inclusive
 *   q            free text: reference, address, description
 *   sorteer      "nieuwste", "oudste", "bevestigen", "terugkoppelen"
 * Empty parameters are no filter. A value that is not understood adds a
 * Dutch message for that parameter to errs (field = the parameter's name)
 * and leaves that filter off; returns the number of such messages.
 */
int melding_filter_from_query(struct req *req, struct melding_filter *f, struct field_errors *errs);

/* ---- moments as a datetime-local input holds them ---- */

/* Length of "YYYY-MM-DDTHH:MM" plus the NUL. */
#define LOCAL_MOMENT_LEN 17

/*
 * Parses "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" (an HTML datetime-local
 * value; a space instead of the T is accepted) as Amsterdam wall time. 0,
 * or -1 when malformed or not a valid date and time.
 */
int local_moment_parse(const char *s, int64_t *out);
/* Writes t as Amsterdam wall time "YYYY-MM-DDTHH:MM" (for value= and max=). */
void local_moment_format(int64_t t, char out[LOCAL_MOMENT_LEN]);

#endif
