/*
 * wijkprofiel.h - the wijkmonitor's own pages (issue 18, point 1):
 * GET /wijken (the index), GET /wijken/{code} (the profile), the profile
 * figures as CSV (/wijken/cijfers.csv, /wijken/{code}/cijfers.csv), and the
 * same as JSON (api/wijken.c). All need ACT_WIJK_READ; a wijk or buurt
 * outside the user's areas is a 404 (wijk_load_for).
 */
#ifndef LEEFBAAR_WEB_WIJKPROFIEL_H
#define LEEFBAAR_WEB_WIJKPROFIEL_H

#include "http/input.h"

struct req;

int handle_wijken(struct req *req);
int handle_wijkprofiel(struct req *req);
extern const struct field_spec wijkprofiel_fields[];        /* {code}, jaar */
int handle_wijken_csv(struct req *req);
extern const struct field_spec wijken_csv_fields[];         /* jaar, scheiding */
int handle_wijkprofiel_csv(struct req *req);
extern const struct field_spec wijkprofiel_csv_fields[];    /* {code}, jaar, scheiding */

#endif
