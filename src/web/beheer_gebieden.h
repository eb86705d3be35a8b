/*
 * beheer_gebieden.h - /beheer/gebieden: the beheerder's areas (wijken,
 * buurten, complexen) and the address register (issue 6).
 *
 *   GET  /beheer/gebieden                      the tree, the register, the upload form
 *   POST /beheer/gebieden/import               upload a gebieden or adressen file: the preview
 *   POST /beheer/gebieden/import/bevestigen    store exactly the previewed file
 *   GET  /beheer/gebieden/nieuw                form for one new area
 *   POST /beheer/gebieden                      create it
 *   GET  /beheer/gebieden/{id}                 form for one area: name, homes, parent
 *   POST /beheer/gebieden/{id}                 save it
 *
 * Every route needs ACT_ADMIN; the router asked the permission matrix
 * before any of these runs. Nothing here reads case content: the only
 * meldingen touched are the "onbekend" ones an import places, and the page
 * shows only how many.
 *
 * The field specs of the routes that read a query or a form are declared
 * here and written beside their handlers.
 */
#ifndef LEEFBAAR_WEB_BEHEER_GEBIEDEN_H
#define LEEFBAAR_WEB_BEHEER_GEBIEDEN_H

#include "http/input.h"

struct req;

int handle_beheer_gebieden(struct req *req);
int handle_beheer_gebieden_import(struct req *req);
int handle_beheer_gebieden_bevestigen(struct req *req);
int handle_beheer_gebied_new(struct req *req);
int handle_beheer_gebied_create(struct req *req);
int handle_beheer_gebied_edit(struct req *req);
int handle_beheer_gebied_update(struct req *req);

/* GET /beheer/gebieden: what the redirect after an import or a save says. */
extern const struct field_spec beheer_gebieden_fields[];
/* POST /beheer/gebieden/import: soort and the file (read from req->uploads). */
extern const struct field_spec beheer_gebieden_import_fields[];
/* POST /beheer/gebieden/import/bevestigen: the preview's soort, token and bestandsnaam. */
extern const struct field_spec beheer_gebieden_bevestigen_fields[];
/* GET /beheer/gebieden/nieuw: soort, chosen beforehand. */
extern const struct field_spec beheer_gebied_new_fields[];
/* POST /beheer/gebieden: code, soort, naam, bovenliggend, woningen. */
extern const struct field_spec beheer_gebied_create_fields[];
/* POST /beheer/gebieden/{id}: naam, bovenliggend, woningen. */
extern const struct field_spec beheer_gebied_update_fields[];

#endif
