/*
 * kpi.h - the reading of a report's period and wijk from the query string
 * (web/kpi.c), which the dashboard's pages and the exports share with the
 * API, so all of them accept the same van, tot, peildatum and wijk and
 * refuse the same way; and GET /api/v1/kpi (api/kpi.c).
 */
#ifndef LEEFBAAR_WEB_KPI_H
#define LEEFBAAR_WEB_KPI_H

#include "app/kpi.h"
#include "http/input.h"

#include <stdint.h>

struct field_errors;
struct req;

/*
 * The fields kpi_request_read() reads, for the spec table of every route
 * that calls it (routes.c: the KPI API, the dashboard's pages, the
 * exports). Text as typed: kpi_request_check() judges them, so the
 * messages, their order and the answer (422 beside the filters, in the
 * API's "fouten" or on the export's page) stay the app's.
 */
#define KPI_PERIOD_FIELDS \
	{ .name = "van", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "tot", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "peildatum", .from = IN_QUERY, .type = FT_TEXT }, \
	{ .name = "wijk", .from = IN_QUERY, .type = FT_TEXT }

/*
 * Reads van, tot, peildatum and wijk (KPI_PERIOD_FIELDS) and checks them
 * for the request's actor (kpi_request_check), the defaults taken from
 * today: APP_OK, APP_INVALID (messages in errs, by field) or APP_NOT_FOUND
 * (a wijk outside the user's scope: answer it with kpi_refusal).
 */
enum app_result kpi_request_read(struct req *req, int32_t today, struct kpi_request *rq, struct field_errors *errs);

/* A wijk that does not exist or lies outside the user's wijken: 404, as every KPI page answers it. */
extern const struct refusal kpi_refusal;

/* GET /api/v1/kpi and its fields: the period only. */
extern const struct field_spec api_kpi_fields[];
int handle_api_kpi(struct req *req);

#endif
