/*
 * tevredenheid.h - the melder's satisfaction question (issue 17, point 4):
 * once a melding is closed, the melder scores it 1-5 through the status
 * link, with an optional text; an unhappy score raises a "verzoek tot
 * heropenen" the team decides on, and the scores feed a figure per
 * category and wijk (dashboard and /api/v1/kpi).
 *
 * One answer per closing: an answer belongs to the closing it was given
 * after (its "afgesloten" timeline entry), so a melding reopened and closed
 * again is asked again; the earlier answer stays and still counts.
 */
#ifndef LEEFBAAR_APP_TEVREDENHEID_H
#define LEEFBAAR_APP_TEVREDENHEID_H

#include "app/app.h"
#include "domain/tevredenheid.h"
#include "store/tevredenheid.h"

#include <stdint.h>

struct actor;
struct arena;
struct config;
struct db;
struct field_errors;
struct melding;

/*
 * The answer to m's current closing: APP_OK (*out filled), APP_NOT_FOUND
 * (m is not closed, or not answered yet), APP_FORBIDDEN (closed without a
 * closing on its timeline, as bulk-loaded data: not asked), APP_UNAVAILABLE.
 */
enum app_result tevredenheid_van(struct db *db, struct arena *a, const struct melding *m, struct tevredenheid *out);

/*
 * The melder (who: anonymous, by the status link that loaded m) answers:
 * score "1".."5", tekst optional. In one transaction: the answer with its
 * moment, its category and wijk, a timeline entry (no user: the melder's),
 * for an unhappy score the verzoek tot heropenen with the handler's
 * notification (the assignee, or else everyone who may handle m), and an
 * audit row. errs is cleared first. APP_OK, APP_INVALID (messages on
 * "score", "tekst", or "melding" when m is not closed or this closing
 * was answered already), APP_UNAVAILABLE.
 */
enum app_result tevredenheid_geven(struct db *db, struct arena *a, const struct actor *who, const struct melding *m,
				   const char *score, const char *tekst, struct field_errors *errs);

/*
 * The team decides on m's open verzoek tot heropenen (who loaded m with
 * ACT_MELDING_HANDLE): besluit "heropenen" or "niet_heropenen", with a
 * required toelichting. Heropenen reopens m first through melding_act(...,
 * MA_HEROPENEN, ...) (its own timeline entry and audit row), unless m is
 * open already; then the outcome (who, when, the explanation) is recorded
 * on the verzoek, on the timeline and in the audit trail. errs is cleared
 * first. APP_OK (*m reloaded), APP_INVALID (messages on "besluit",
 * "toelichting"; "besluit" too when there is no open verzoek or the
 * reopening was refused), APP_UNAVAILABLE.
 */
enum app_result tevredenheid_besluiten(struct db *db, struct arena *a, const struct actor *who,
				       const struct config *cfg, struct melding *m, const char *besluit,
				       const char *toelichting, struct field_errors *errs);

/* ---- figures (dashboard, /api/v1/kpi) ---- */

struct kpi_request;

/* The answers of a report: their number and score sum, and per category and wijk. */
struct tevredenheid_cijfers {
	int64_t n, som;
	struct tevredenheid_kpi_row *rows;   /* per category and wijk (0: onbekend) */
	int n_rows;
};
/*
 * The answers given in rq's period (by the day they were given), in its
 * wijk, within what who sees on the dashboard (kpi_scope_user(who,
 * ACT_DASHBOARD)): the same scope as the other figures. APP_OK or
 * APP_UNAVAILABLE; memory in a.
 */
enum app_result tevredenheid_cijfers(struct db *db, struct arena *a, const struct actor *who,
				     const struct kpi_request *rq, struct tevredenheid_cijfers *out);
/* The number and score sum of one category (-1: any) in one wijk (-1: any; 0: onbekend). */
void tevredenheid_cijfer(const struct tevredenheid_cijfers *c, int64_t category_id, int64_t wijk_id, int64_t *n,
			 int64_t *som);
/* The open verzoeken tot heropenen in wijk_id (0: all; -1: onbekend) within who's dashboard scope, at most max. Count or -1. */
int tevredenheid_verzoeken(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, int max,
			   struct tevredenheid_open **out);

#endif
