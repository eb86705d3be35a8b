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
 */
#ifndef LEEFBAAR_HANDLERS_BEHEER_GEBIEDEN_H
#define LEEFBAAR_HANDLERS_BEHEER_GEBIEDEN_H

struct req;

int handle_beheer_gebieden(struct req *req);
int handle_beheer_gebieden_import(struct req *req);
int handle_beheer_gebieden_bevestigen(struct req *req);
int handle_beheer_gebied_new(struct req *req);
int handle_beheer_gebied_create(struct req *req);
int handle_beheer_gebied_edit(struct req *req);
int handle_beheer_gebied_update(struct req *req);

#endif
