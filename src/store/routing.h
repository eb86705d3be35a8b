/*
 * routing.h - the SQL for routing rules (issue 16, point 2) and for the
 * assignment a rule makes. Writes happen in the caller's transaction.
 */
#ifndef LEEFBAAR_STORE_ROUTING_H
#define LEEFBAAR_STORE_ROUTING_H

#include "domain/routing.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

#define ROUTING_RULE_MAX 200        /* more rules than anyone can keep in mind */
#define ROUTING_NAAM_MAX 100        /* bytes */
#define ROUTING_VOLGORDE_MAX 99999

struct routing_rule {
	int64_t id;
	char naam[ROUTING_NAAM_MAX + 1];
	int volgorde;
	struct routing_cond cond;
	int64_t user_id, team_id;   /* the target: one of the two, the other 0 */
	/* Read only, for lists: names of the condition's category and area and of the target. */
	const char *categorie_naam, *gebied_naam, *doel_naam;
	int gebied_is_buurt;
	int doel_actief;            /* a person who is active; a team with a member */
};

/* Every rule in order (volgorde, id), at most ROUTING_RULE_MAX, in arena memory; count or -1. */
int routing_rules(struct db *db, struct arena *a, struct routing_rule **out);
enum store_result routing_rule_get(struct db *db, struct arena *a, int64_t id, struct routing_rule *out);
/* Inserts (r->id == 0, which is then set) or updates by id. */
enum store_result routing_rule_save(struct db *db, struct routing_rule *r);
enum store_result routing_rule_delete(struct db *db, int64_t id);
enum store_result routing_rule_set_order(struct db *db, int64_t id, int volgorde);
enum store_result routing_rule_set_active(struct db *db, int64_t id, int actief);

/* The melding's current assignee and team, and whether a rule set them (toegewezen_door_regel). */
enum store_result routing_melding_state(struct db *db, int64_t melding_id, int64_t *assignee_id, int64_t *team_id,
					int *by_rule);
/* A rule assigns the melding to user_id (its team goes), or to team_id with nobody yet (user_id 0). */
enum store_result routing_melding_assign(struct db *db, int64_t melding_id, int64_t user_id, int64_t team_id);
/* The name of the melding's team, "" when none; NULL on failure. In a. */
const char *routing_melding_team(struct db *db, struct arena *a, int64_t melding_id);

/* ---- teams: named groups of staff ---- */

#define TEAM_MAX 100
#define TEAM_NAAM_MAX 60

struct team {
	int64_t id;
	char naam[TEAM_NAAM_MAX + 1];
	const char *leden;          /* member names, comma-separated (lists only) */
	int n_leden;
};

/* Every team by name, at most TEAM_MAX, in arena memory; count or -1. */
int team_list(struct db *db, struct arena *a, struct team **out);
enum store_result team_get(struct db *db, struct arena *a, int64_t id, struct team *out);
/* Inserts (t->id == 0, then set) or renames; STORE_CONFLICT for a name in use. */
enum store_result team_save(struct db *db, struct team *t);
/* The member user ids of a team, into an arena array; count or -1. */
int team_member_ids(struct db *db, struct arena *a, int64_t team_id, int64_t **out);
/* Replaces the members of a team with ids[0..n). */
enum store_result team_set_members(struct db *db, int64_t team_id, const int64_t *ids, int n);
/* A person assigned it (toewijzen): no rule changes it after this. */
enum store_result routing_melding_by_hand(struct db *db, int64_t melding_id);

#endif
