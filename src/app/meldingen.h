/*
 * meldingen.h - the use cases of one melding that staff work on, shared by
 * the HTML pages (web/meldingen.c), the JSON API (api/meldingen.c) and the
 * dossiers: who may see it, loading it with that check, performing an
 * action in one transaction, placing an "onbekend" melding in a wijk, and
 * the staff it may be assigned to. Nothing here speaks HTTP: each front
 * door turns the enum app_result into its own answer (http_refused()) and
 * shows the field errors in its own format.
 *
 * Typical use (the web side):
 *
 *	struct melding m;
 *	enum app_result r = melding_load_for(db, &req->arena, http_actor(req), http_param(req, 0),
 *					     ACT_MELDING_HANDLE, &m);
 *	if (r != APP_OK)
 *		return http_refused(req, r, &melding_refusal);   404, 403 or 503
 *	struct melding_act_input in = MELDING_ACT_INPUT_INIT;
 *	struct field_errors errs;
 *	r = melding_act(db, &req->arena, http_actor(req), req->cfg, &m, MA_BEVESTIGEN, &in, &errs);
 *	if (r == APP_INVALID)
 *		show errs.e[0].field and errs.e[0].message;
 */
#ifndef LEEFBAAR_APP_MELDINGEN_H
#define LEEFBAAR_APP_MELDINGEN_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/melding.h"
#include "store/melding.h"
#include "store/melding_list.h"
#include "lib/buf.h"

#include <stdint.h>

struct arena;
struct config;
struct db;
struct field_errors;

/*
 * Fills s for melding m as who sees it: in_area when the melding's wijk is
 * one of who's wijken, in_team when who took it in (created_by). Nothing
 * else is set (no gevoelig meldingen, no partner).
 */
void melding_scope(const struct actor *who, const struct melding *m, struct scope *s);

/*
 * Loads the melding named by key - its id ("123") or its reference
 * ("M-2026-000123", in any case) - and asks the permission matrix whether
 * who may perform `action` on it. Returns
 *   APP_OK           allowed; *out is filled (strings in a);
 *   APP_NOT_FOUND    no such melding, or one who may not know exists (HIDE),
 *                    or who is not logged in;
 *   APP_FORBIDDEN    the role may not do this to any melding (DENY);
 *   APP_UNAVAILABLE  the database failed (db NULL included).
 * Refusals (FORBIDDEN and a HIDE NOT_FOUND) are written to the audit trail.
 */
enum app_result melding_load_for(struct db *db, struct arena *a, const struct actor *who,
				 const char *key, enum action action, struct melding *out);

/* ---- actions ---- */

struct melding_act_input {
	int64_t op;                /* the business moment (unix seconds); 0 = now */
	const char *tekst;         /* terugkoppelen: the answer to the melder (required);
				      notitie: the note (required); others: an optional remark */
	int64_t assignee_id;       /* toewijzen: the user to assign (required) */
	int64_t kosten_cent;       /* afsluiten: costs in cents; -1 = none given (earlier costs stay) */
	const char *melder_tekst;  /* afsluiten: the explanation to the melder (optional; issue 17) */
};
#define MELDING_ACT_INPUT_INIT { 0, NULL, 0, -1, NULL }

/* Longest tekst accepted (bytes), as for a description. */
#define MELDING_ACT_TEKST_MAX MELDING_OMSCHRIJVING_MAX

/*
 * Performs action act on m, which the caller loaded with melding_load_for(...,
 * ACT_MELDING_HANDLE, ...), as who. In one transaction: the state machine
 * (melding_transition), the new status, the first-confirmation and
 * first-feedback facts with their Amsterdam day (terugkoppelen on a melding
 * that was never confirmed records the confirmation at the same moment),
 * assignment, closing (with costs) or reopening, the timeline entry with
 * the user and the business moment (shown to the melder for bevestigd,
 * teruggekoppeld, afgesloten and heropend), the message to the melder in
 * the outbox (bevestigen, terugkoppelen; with the private status link
 * built from cfg; not for anonymous meldingen) and an audit row.
 *
 * in->op may lie in the past (staff record what happened by phone
 * yesterday) but not in the future (5 minutes of clock slack) and not
 * before the melding was received. toewijzen takes only an active staff
 * user who may handle this melding by the matrix.
 *
 * errs is cleared first. Returns APP_OK (done; *m is reloaded),
 * APP_INVALID (not allowed in this state or bad input: one field error,
 * on "op", "tekst", "behandelaar", "kosten" or "status" for the state;
 * nothing changed; when someone else changed the melding meanwhile, *m is
 * what it is now), APP_NOT_FOUND (koppelen and ontkoppelen: they belong to
 * dossiers, not here), APP_UNAVAILABLE (database; nothing changed).
 */
enum app_result melding_act(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
			    struct melding *m, enum melding_action act, const struct melding_act_input *in,
			    struct field_errors *errs);

/*
 * What the melder would receive for act with in, built exactly as
 * melding_act() builds it (greeting, text, step, contact, link; the link
 * shown as OUTBOX_STATUS_LINK), into subject and body. Writes nothing.
 * Only bevestigen, terugkoppelen and afsluiten send a message. APP_OK,
 * APP_INVALID (the same refusals as melding_act(), one error in errs;
 * field "status" also for an action that sends nothing), APP_UNAVAILABLE.
 * *anoniem set: no mail goes out (the melder reads it on the status page).
 */
enum app_result melding_preview(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
				enum melding_action act, const struct melding_act_input *in,
				struct buf *subject, struct buf *body, struct field_errors *errs);

/*
 * The handler's new expected answer day for m (loaded with
 * ACT_MELDING_HANDLE): dag as "2026-12-18" (or "18-12-2026"), from today
 * up to a year ahead; reden why, required, shown to the melder. One
 * transaction: the day, a timeline entry the melder sees and an audit row.
 * Allowed on an open melding only. APP_OK (*m reloaded), APP_INVALID (one
 * error on "dag", "reden" or "status"), APP_UNAVAILABLE.
 */
enum app_result melding_verwachting(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
				    const char *dag, const char *reden, struct field_errors *errs);

/*
 * The sweep's late notices at `now` (domain/melder_termijn.h): each open
 * melding without feedback whose answer day is over gets one polite notice
 * in the outbox (not for anonymous meldingen) and a timeline entry the
 * melder sees, once per answer day, each in its own transaction. Returns
 * the number sent, -1 on a database error.
 */
int melding_late_notices(struct db *db, const struct config *cfg, int64_t now);

/*
 * Places m in a wijk and optionally one of its buurten (buurt_id 0: none):
 * the triage of the "onbekend" queue (ACT_MELDING_TRIAGE; the caller loaded
 * m with that action). The wijk must be a wijk, the buurt must lie in it.
 * One transaction with a timeline entry ("geplaatst") and an audit row.
 * errs is cleared first. APP_OK (*m reloaded), APP_INVALID (one error, on
 * "wijk" or "buurt"), APP_UNAVAILABLE.
 */
enum app_result melding_place(struct db *db, struct arena *a, const struct actor *who, struct melding *m,
			      int64_t wijk_id, int64_t buurt_id, struct field_errors *errs);

/*
 * The staff users m may be assigned to: active, a staff role, and allowed
 * to handle m by the permission matrix (in its wijk, a role that reaches
 * every area, or the one who took it in). Count or -1; *out in a.
 */
int melding_assignable_users(struct db *db, struct arena *a, const struct melding *m, struct staff_user **out);

#endif
