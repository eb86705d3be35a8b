/*
 * wijkmonitor.h - what every part of the wijkmonitor (issue 18) shares:
 * which wijk or buurt an actor may look at or work on.
 *
 * A wijk or buurt lies in an actor's areas when its wijk is one of theirs
 * (struct actor.areas holds wijk ids), or the role sees all areas. Outside
 * them it does not exist for the actor: APP_NOT_FOUND, answered 404, and
 * the refusal is audited, as for a melding of another wijk.
 */
#ifndef LEEFBAAR_APP_WIJKMONITOR_H
#define LEEFBAAR_APP_WIJKMONITOR_H

#include "app/app.h"
#include "auth/policy.h"
#include "store/area.h"

#include <stdint.h>

struct db;

/* 1 when the wijk with id wijk_id lies in who's areas (or who sees all of them for action). */
int wijk_in_reach(const struct actor *who, enum action action, int64_t wijk_id);

/*
 * The matrix's answer for a record of the wijkmonitor that lies in wijk_id
 * (a wijk or buurt, a schouw, an initiative): APP_OK, or the refusal -
 * APP_NOT_FOUND outside who's areas, APP_FORBIDDEN for a role that may not
 * do this anywhere - written to the audit trail as object_type object_id.
 */
enum app_result wijk_verdict(struct db *db, const struct actor *who, enum action action, int64_t wijk_id,
			     const char *object_type, const char *object_id);

/*
 * Loads the wijk or buurt with this CBS code (any case, spaces around
 * allowed) and asks the matrix whether who may perform action on it:
 *   APP_OK          *out filled;
 *   APP_NOT_FOUND   no such wijk or buurt (a complex is not profiled), or
 *                   one outside who's areas (audited);
 *   APP_FORBIDDEN   the role may not do this anywhere (audited);
 *   APP_UNAVAILABLE the database failed.
 */
enum app_result wijk_load_for(struct db *db, const struct actor *who, const char *code, enum action action,
			      struct area *out);

/*
 * The wijk ids who may act on (action): *all = 1 and no ids when the role
 * sees every area; else who's own wijken (borrowed from who). For list
 * pages and roll-ups that filter by area.
 */
void wijk_reach(const struct actor *who, enum action action, int *all, const int64_t **ids, int *n);

#endif
