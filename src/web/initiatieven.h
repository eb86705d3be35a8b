/*
 * initiatieven.h - the pages of bewonersinitiatieven and the
 * leefbaarheidsfonds (issue 18, point 4), for routes.c.
 *
 *   web/initiatief_publiek.c  the public form /initiatief, its confirmation
 *                             and the applicant's status link
 *   web/initiatieven.c        staff: /initiatieven, /fonds, the CSV of
 *                             decisions, /api/v1/initiatieven, /api/v1/fonds,
 *                             and the block on the wijkprofiel
 */
#ifndef LEEFBAAR_WEB_INITIATIEVEN_H
#define LEEFBAAR_WEB_INITIATIEVEN_H

#include "http/input.h"

struct req;

/* initiatief_publiek.c */
int handle_initiatief_form(struct req *req);
int handle_initiatief(struct req *req);
extern const struct field_spec initiatief_fields[];
int handle_initiatief_ontvangen(struct req *req);
int handle_initiatief_status(struct req *req);
extern const struct field_spec initiatief_token_fields[];

/* initiatieven.c */
int handle_initiatieven(struct req *req);
extern const struct field_spec initiatieven_fields[];
int handle_initiatief_detail(struct req *req);
extern const struct field_spec initiatief_detail_fields[];
int handle_initiatief_toetsen(struct req *req);
extern const struct field_spec initiatief_toetsen_fields[];
int handle_initiatief_besluit(struct req *req);
extern const struct field_spec initiatief_besluit_fields[];
int handle_initiatief_betaling(struct req *req);
extern const struct field_spec initiatief_betaling_fields[];
int handle_initiatief_correctie(struct req *req);
extern const struct field_spec initiatief_correctie_fields[];
int handle_initiatief_afronden(struct req *req);
extern const struct field_spec initiatief_afronden_fields[];
int handle_fonds(struct req *req);
extern const struct field_spec fonds_fields[];
int handle_fonds_budget(struct req *req);
extern const struct field_spec fonds_budget_fields[];
int handle_fonds_besluiten_csv(struct req *req);
int handle_api_initiatieven(struct req *req);
extern const struct field_spec api_initiatieven_fields[];
int handle_api_initiatief(struct req *req);
int handle_api_fonds(struct req *req);

#endif
