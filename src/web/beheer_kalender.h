/*
 * beheer_kalender.h - /beheer/sluitingsdagen: the corporation's closing
 * days (issue 4), for the beheerder.
 *
 * Every route here needs ACT_ADMIN; the router asked the permission matrix
 * before a handler runs. Every change writes its audit row in the
 * transaction of the change.
 *
 * A closing day counts for meldingen received after it was added: due
 * dates are fixed at receipt, so adding or removing a closing day never
 * moves the due date of a melding that is already in. Days before today
 * are listed but cannot be removed (they fixed the due dates of their
 * time), and cannot be added either. The field specs of the routes that
 * read a query or a form are declared here, written beside their handlers.
 */
#ifndef LEEFBAAR_WEB_BEHEER_KALENDER_H
#define LEEFBAAR_WEB_BEHEER_KALENDER_H

#include "http/input.h"

struct req;

/* GET /beheer/sluitingsdagen: coming and recent closing days, the feestdagen
 * of this and next year, the form to add one and the Goede Vrijdag
 * suggestion. */
int handle_beheer_sluitingsdagen(struct req *req);
/* POST /beheer/sluitingsdagen: datum (YYYY-MM-DD or DD-MM-YYYY), reden. */
int handle_beheer_sluitingsdag_add(struct req *req);
/* POST /beheer/sluitingsdagen/{datum}/verwijderen: today or later only. */
int handle_beheer_sluitingsdag_remove(struct req *req);
/* POST /beheer/feestdagen/{datum}/werkdag and /vrij: a feestdag counts as a werkdag, or no longer. */
int handle_beheer_feestdag_werkdag(struct req *req);
int handle_beheer_feestdag_vrij(struct req *req);

/* GET /beheer/sluitingsdagen: melding (the confirmation after a change). */
extern const struct field_spec beheer_sluitingsdagen_fields[];
/* POST /beheer/sluitingsdagen: datum, reden. */
extern const struct field_spec beheer_sluitingsdag_add_fields[];

#endif
