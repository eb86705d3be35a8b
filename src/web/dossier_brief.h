/*
 * dossier_brief.h - a dossier's letter as a page (issue 16): the letter
 * laid out for a window envelope with the corporation's letterhead, its
 * status, versions and the steps on a concept (dossier_brief.c), and the
 * preview of a new letter before it is saved.
 */
#ifndef LEEFBAAR_WEB_DOSSIER_BRIEF_H
#define LEEFBAAR_WEB_DOSSIER_BRIEF_H

#include "http/input.h"

struct req;
struct dossier;
struct dossier_act_input;

int handle_dossier_letter(struct req *req);        /* GET /dossiers/{id}/brieven/{brief} */
int handle_dossier_letter_step(struct req *req);   /* POST /dossiers/{id}/brieven/{brief} */
extern const struct field_spec dossier_letter_fields[];
extern const struct field_spec dossier_letter_step_fields[];

/*
 * The "Voorbeeld" of the new-letter form (POST /dossiers/{id}/brief with
 * stap=voorbeeld): the letter as it would be saved, with the form to
 * change or save it, or the form with its errors (422). Stores nothing.
 */
int dossier_letter_preview(struct req *req, struct dossier *d, const struct dossier_act_input *in);

/* beheer_brieven.c: the corporation's letterhead (ROUTE_UPLOADS for its logo). */
int handle_beheer_briefhoofd(struct req *req);     /* POST /beheer/brieven/briefhoofd */
extern const struct field_spec beheer_briefhoofd_fields[];

#endif
