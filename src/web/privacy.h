/*
 * privacy.h - the privacy pages (app/privacy.h):
 *
 *   GET  /privacy                      the privacy statement: a redirect to
 *                                      [privacy] statement_url, or the text
 *                                      of statement_file (or a built-in one);
 *                                      the public form and the status page
 *                                      link here
 *   GET  /privacyverzoeken               finding a person for a request, the
 *                                      correction and deletion forms, and the
 *                                      retention terms in force
 *   GET  /privacyverzoeken/inzage        everything stored about the person,
 *                                      printable; .json the same as JSON
 *   POST /privacyverzoeken/corrigeren    correcting a melder's details
 *   POST /privacyverzoeken/verwijderen   erasing a melder's details
 */
#ifndef LEEFBAAR_WEB_PRIVACY_H
#define LEEFBAAR_WEB_PRIVACY_H

#include "http/input.h"

struct req;

int handle_privacy(struct req *req);
int handle_beheer_privacy(struct req *req);
extern const struct field_spec beheer_privacy_fields[];   /* email, telefoon, postcode, huisnummer, toevoeging, melding */
int handle_beheer_privacy_inzage(struct req *req);
int handle_beheer_privacy_inzage_json(struct req *req);
extern const struct field_spec beheer_privacy_inzage_fields[];   /* the person: email, telefoon, postcode, huisnummer, toevoeging */
int handle_beheer_privacy_correct(struct req *req);
extern const struct field_spec beheer_privacy_correct_fields[];  /* email, telefoon; naam, nieuw_email, nieuw_telefoon */
int handle_beheer_privacy_erase(struct req *req);
extern const struct field_spec beheer_privacy_erase_fields[];    /* email, telefoon, bevestigen */

#endif
