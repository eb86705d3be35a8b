/*
 * wijken.h - GET /api/v1/wijken (the wijken and buurten the user may see,
 * with this year against the last) and GET /api/v1/wijken/{code} (a
 * profile's figures, then each part's key: web/wijkmonitor.h).
 */
#ifndef LEEFBAAR_API_WIJKEN_H
#define LEEFBAAR_API_WIJKEN_H

#include "http/input.h"

struct req;

int handle_api_wijken(struct req *req);
int handle_api_wijk(struct req *req);
extern const struct field_spec api_wijk_fields[];           /* {code}, jaar */

#endif
