/*
 * kpi.c - the reading of a KPI report's period and wijk from the typed
 * input (KPI_PERIOD_FIELDS, see kpi.h), shared by the dashboard's pages,
 * the exports and the API, and the one answer for a wijk outside the
 * user's scope.
 */
#include "web/kpi.h"
#include "db/db.h"
#include "domain/fields.h"
#include "http/http.h"

const struct refusal kpi_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze wijk bestaat niet of valt buiten uw gebied.",
};

enum app_result kpi_request_read(struct req *req, int32_t today, struct kpi_request *rq, struct field_errors *errs)
{
	struct kpi_input in = {
		.van = input_text(req, "van"), .tot = input_text(req, "tot"),
		.peildatum = input_text(req, "peildatum"), .wijk = input_text(req, "wijk"), .today = today,
	};
	return kpi_request_check(db_thread(), http_actor(req), &in, rq, errs);
}

