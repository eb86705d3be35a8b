/*
 * wijk_inzet.h - the pages of the inzetniveau and the vertellen entries
 * (issue 18, point 1); the profile's blocks are in web/wijkmonitor.h.
 *
 *   GET  /wijken/{code}/inzet          the level, its history, the form (ACT_WIJK_READ)
 *   POST /wijken/{code}/inzet          a new level with its reason (ACT_WIJK_STEER)
 *   GET  /wijken/{code}/vertellen      every entry, paged, and the form (ACT_WIJK_READ)
 *   POST /wijken/{code}/vertellen      a new entry (ACT_WIJK_WRITE)
 *   POST /api/v1/wijken/{code}/vertellen   the same in JSON, for integrations (201)
 *
 * A POST that succeeds goes back to the profile (/wijken/{code}#inzet or
 * #vertellen); one with errors answers 422 with the form on a page of its
 * own, the input kept and a message per field. A wijk or buurt outside
 * the user's areas is a 404.
 */
#ifndef LEEFBAAR_WEB_WIJK_INZET_H
#define LEEFBAAR_WEB_WIJK_INZET_H

#include "http/input.h"

struct req;

int handle_wijk_inzet(struct req *req);
int handle_wijk_inzet_set(struct req *req);
extern const struct field_spec wijk_inzet_fields[];          /* {code} */
extern const struct field_spec wijk_inzet_set_fields[];      /* {code}, niveau, vanaf, reden */
int handle_wijk_vertellen(struct req *req);
extern const struct field_spec wijk_vertellen_fields[];      /* {code}, pagina */
int handle_wijk_vertellen_add(struct req *req);
extern const struct field_spec wijk_vertellen_add_fields[];  /* {code}, dag, bron, partner, aanleiding, tekst */
int handle_api_wijk_vertellen_add(struct req *req);
extern const struct field_spec api_wijk_vertellen_add_fields[];   /* the same, as JSON members */

#endif
