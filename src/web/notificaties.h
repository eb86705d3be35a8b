/*
 * notificaties.h - a user's notifications (app/notify.h), as pages and JSON:
 *
 *   GET  /notificaties[?pagina=]          the list, newest first, unread marked
 *   GET  /notificaties/{id}               opens one: marks it read, 303 to what it is about
 *   POST /notificaties/{id}/gelezen       marks one read (back to the list)
 *   POST /notificaties/gelezen            marks all read ("alles gelezen")
 *   GET  /account/notificaties            which kinds also come by mail
 *   POST /account/notificaties            saves that choice
 *   GET  /api/v1/notificaties[?pagina=]   {"items": [{id, soort, tekst, url, op, gelezen}], "pagina",
 *                                         "per_pagina", "totaal"}: the list envelope (http/json.h);
 *                                         gelezen true/false, op a moment
 *   POST /api/v1/notificaties/{id}/gelezen, POST /api/v1/notificaties/gelezen
 *
 * Every logged-in user (ACT_LOGGED_IN) sees only their own: another
 * user's id is a 404, the same as one that does not exist.
 */
#ifndef LEEFBAAR_WEB_NOTIFICATIES_H
#define LEEFBAAR_WEB_NOTIFICATIES_H

#include "http/input.h"

struct req;

int handle_notificaties(struct req *req);
extern const struct field_spec notificaties_fields[];          /* pagina, melding (what was just done) */
int handle_notificatie_open(struct req *req);                   /* {id} */
int handle_notificatie_gelezen(struct req *req);
extern const struct field_spec notificatie_gelezen_fields[];   /* {id}, pagina (where to return) */
int handle_notificaties_gelezen(struct req *req);
int handle_account_notificaties(struct req *req);
extern const struct field_spec account_notificaties_fields[];  /* melding */
int handle_account_notificaties_save(struct req *req);
extern const struct field_spec account_notificaties_save_fields[];   /* mail: the kinds, repeated */

/* api/notificaties.c */
int handle_api_notificaties(struct req *req);
extern const struct field_spec api_notificaties_fields[];      /* pagina */
int handle_api_notificatie_gelezen(struct req *req);           /* {id} */
int handle_api_notificaties_gelezen(struct req *req);

#endif
