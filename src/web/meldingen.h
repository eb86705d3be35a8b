/*
 * meldingen.h - the staff side of meldingen in HTML: the list with filters
 * and search, staff intake, the detail page with its actions, attachments,
 * and placing a melding from the "onbekend" queue in a wijk (issue 4, and
 * issue 6 point 4). The work itself is in melding_actions.h, shared with
 * the JSON API.
 */
#ifndef LEEFBAAR_MELDINGEN_H
#define LEEFBAAR_MELDINGEN_H

struct req;

/* GET /meldingen: the list (filters, search, sort, pages). */
int handle_meldingen(struct req *req);
/* GET /meldingen/nieuw: the staff intake form. */
int handle_melding_nieuw(struct req *req);
/* POST /meldingen: staff intake; 303 to the new melding. */
int handle_melding_create(struct req *req);
/* GET /meldingen/{id}: facts, terms, timeline, files, messages, actions. */
int handle_melding(struct req *req);
/* POST /meldingen/{id}/{action}: bevestigen, toewijzen, notitie, terugkoppelen, afsluiten, heropenen. */
int handle_melding_action(struct req *req);
/* POST /meldingen/{id}/plaatsen: place the melding in a wijk (and buurt). */
int handle_melding_plaatsen(struct req *req);
/* GET /meldingen/{id}/bijlagen/{bijlage}: one attachment, to staff who may see the melding. */
int handle_melding_bijlage(struct req *req);

#endif
