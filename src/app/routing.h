/*
 * routing.h - routing rules at work (issue 16, point 2): a new melding, or
 * one whose place changed, goes to the person or team of the first rule
 * that matches it and who may handle it (for a team: one of its members);
 * and the check the beheerder's form makes of a rule's target. A melding
 * routed to a team has no person until a member takes it (toewijzen).
 *
 * A melding assigned by a person (toewijzen) is never routed again; one a
 * rule assigned, or nobody, is routed again when its wijk or buurt changes.
 */
#ifndef LEEFBAAR_APP_ROUTING_H
#define LEEFBAAR_APP_ROUTING_H

#include <stdint.h>

struct arena;
struct db;

/*
 * Routes melding_id, inside the caller's writer transaction: on the first
 * rule (in order) that is on, matches and whose person (or a member of
 * whose team) may handle the melding, assigns it, writes "Toegewezen aan X
 * door regel 'Y'." on the timeline at op and notifies the person, or each
 * member of the team who may handle it. again: a re-routing after a
 * change (skipped when a person assigned it, or when it is closed).
 * Nothing matching changes nothing. 0, or -1 when the database failed (the
 * caller rolls back).
 */
int routing_apply(struct db *db, struct arena *a, int64_t melding_id, int64_t op, int again);

/*
 * Why person user_id, or team team_id (the other 0), cannot be the target
 * of a rule for area_id (a wijk or buurt; 0: anywhere), in Dutch for beside
 * the field; NULL when they can. A person must be active staff who may
 * handle meldingen there; a team needs at least one such member. *failed
 * is set when the database failed.
 */
const char *routing_target_refusal(struct db *db, struct arena *a, int64_t user_id, int64_t team_id, int64_t area_id,
				   int *failed);
/* The name of the team of melding_id, for its page: "" when none, NULL on failure. */
const char *routing_team_of(struct db *db, struct arena *a, int64_t melding_id);

#endif
