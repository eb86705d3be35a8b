/*
 * beheer_categorieen.h - /beheer/categorieen: the melding categories with
 * their pillar and response terms (issue 4), for the beheerder.
 *
 * Every route here needs ACT_ADMIN; the router asked the permission matrix
 * before a handler runs. Every change writes its audit row in the
 * transaction of the change.
 *
 * A category's terms apply to meldingen received after the change: a
 * melding fixes its due dates at receipt, so nothing here rewrites the
 * past. The code is fixed once the category exists, because the API and
 * integrations (the corporation's website, apps) send it.
 *
 * The field specs of the routes that read a query or a form are declared
 * here and written beside their handlers.
 */
#ifndef LEEFBAAR_WEB_BEHEER_CATEGORIEEN_H
#define LEEFBAAR_WEB_BEHEER_CATEGORIEEN_H

#include "http/input.h"

struct req;

/* GET /beheer/categorieen: every category, active or not, in form order. */
int handle_beheer_categorieen(struct req *req);
/* GET /beheer/categorieen/nieuw: the empty form (terms 2/10/5, active). */
int handle_beheer_categorie_new(struct req *req);
/* POST /beheer/categorieen: create. */
int handle_beheer_categorie_create(struct req *req);
/* GET /beheer/categorieen/{id}: the form for one category. */
int handle_beheer_categorie_edit(struct req *req);
/* POST /beheer/categorieen/{id}: update (everything but the code). */
int handle_beheer_categorie_update(struct req *req);

/* GET /beheer/categorieen: melding (the confirmation after a change). */
extern const struct field_spec beheer_categorieen_fields[];
/* POST /beheer/categorieen: the form (code, naam, pijler, toelichting, the terms, volgorde, actief). */
extern const struct field_spec beheer_categorie_create_fields[];
/* POST /beheer/categorieen/{id}: the same form. */
extern const struct field_spec beheer_categorie_update_fields[];

#endif
