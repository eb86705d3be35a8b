/*
 * beheer_routering.h - /beheer/routering: the routing rules (issue 16,
 * point 2) that assign a new melding to a person or a team by its
 * category, wijk or buurt, kanaal and time of day, and the teams (named
 * groups of staff); for the beheerder.
 *
 * Every route here needs ACT_ADMIN; the router asked the permission matrix
 * before a handler runs. Every change writes its audit row in the
 * transaction of the change. The field specs are written beside the
 * handlers.
 */
#ifndef LEEFBAAR_WEB_BEHEER_ROUTERING_H
#define LEEFBAAR_WEB_BEHEER_ROUTERING_H

#include "http/input.h"

struct req;

/* GET /beheer/routering: the rules in order, with buttons to move, switch and delete each. */
int handle_beheer_routering(struct req *req);
/* GET /beheer/routering/nieuw: the empty form (at the end of the order, on). */
int handle_beheer_regel_new(struct req *req);
/* POST /beheer/routering: create. */
int handle_beheer_regel_create(struct req *req);
/* GET /beheer/routering/{id}: the form for one rule. */
int handle_beheer_regel_edit(struct req *req);
/* POST /beheer/routering/{id}: update. */
int handle_beheer_regel_update(struct req *req);
/* POST /beheer/routering/{id}/volgorde: richting omhoog or omlaag, one place. */
int handle_beheer_regel_move(struct req *req);
/* POST /beheer/routering/{id}/actief: actief 1 (on) or 0 (off). */
int handle_beheer_regel_switch(struct req *req);
/* POST /beheer/routering/{id}/verwijderen. */
int handle_beheer_regel_delete(struct req *req);

/* GET /beheer/routering/teams: the teams with their members. */
int handle_beheer_teams(struct req *req);
/* GET /beheer/routering/teams/nieuw, POST /beheer/routering/teams: a new team (naam, lid per member). */
int handle_beheer_team_new(struct req *req);
int handle_beheer_team_create(struct req *req);
/* GET and POST /beheer/routering/teams/{id}: rename a team, change its members. */
int handle_beheer_team_edit(struct req *req);
int handle_beheer_team_update(struct req *req);

extern const struct field_spec beheer_teams_fields[];
extern const struct field_spec beheer_team_create_fields[];
extern const struct field_spec beheer_team_update_fields[];
extern const struct field_spec beheer_routering_fields[];
extern const struct field_spec beheer_regel_create_fields[];
extern const struct field_spec beheer_regel_update_fields[];
extern const struct field_spec beheer_regel_move_fields[];
extern const struct field_spec beheer_regel_switch_fields[];
extern const struct field_spec beheer_regel_delete_fields[];

#endif
