/*
 * budget.h - the leefbaarheidsbudget's pages (issue 18, point 5):
 *
 *   GET  /budget?jaar=                 the tree wijk → buurt → complex with costs by source, homes,
 *                                      spend per home, the norm and the budget; the norm's form
 *   POST /budget/norm                  the coördinator sets the norm per home for a year (jaar, norm)
 *   GET  /budget.csv?jaar=&scheiding=  the same rows as CSV (app/export_csv.h)
 *   GET  /api/v1/budget?jaar=          the same as JSON
 *
 * The profile's block is budget_profile_show/json (web/wijkmonitor.h).
 */
#ifndef LEEFBAAR_WEB_BUDGET_H
#define LEEFBAAR_WEB_BUDGET_H

#include "http/input.h"

struct req;

extern const struct field_spec budget_fields[];
extern const struct field_spec budget_csv_fields[];
extern const struct field_spec budget_norm_fields[];

int handle_budget(struct req *req);
int handle_budget_norm(struct req *req);
int handle_budget_csv(struct req *req);
int handle_api_budget(struct req *req);

#endif
