/*
 * kpi.h - one KPI report for a period, peildatum and wijk, within the
 * asking user's scope: parsed from the query string, computed from the
 * facts, and written as the JSON of GET /api/v1/kpi. The dashboard page
 * uses the same calls, so its figures are the API's figures.
 */
#ifndef LEEFBAAR_HANDLERS_KPI_H
#define LEEFBAAR_HANDLERS_KPI_H

#include "domain/kpi.h"
#include "domain/melding.h"
#include "store/kpi.h"
#include "store/kpi_dossier.h"

#include <cjson/cJSON.h>
#include <stdint.h>

struct req;

struct kpi_request {
	int32_t van, tot, peildatum;
	int64_t wijk_id;            /* 0: all wijken in scope; -1: onbekend */
	const char *wijk_code;      /* as asked, for the answer; NULL = all */
};

struct kpi_report {
	struct kpi_request rq;
	struct kpi_params params;   /* as computed: wijk filter and table sizes (ids) */
	struct kpi_result r;
	struct kpi_named *categorie, *wijk;
	int n_categorie, n_wijk;
	int64_t per_pijler[PIJLER__MAX], per_kanaal[KANAAL__MAX];
	int64_t onbekend;
	struct kpi_dossier_result dossiers;   /* dossiers_geopend, ..., uitzettingen */
};

/*
 * Reads van, tot, peildatum (YYYY-MM-DD; defaults: 1 January of this year,
 * today, today) and wijk (a CBS wijk code, or "onbekend"). Returns 0, or
 * the status (422 with messages in fouten, 404 for a wijk outside the
 * user's scope).
 */
int kpi_parse(struct req *req, struct kpi_request *rq, cJSON *fouten);
/* Loads and computes; memory in the request's arena. 0, or 503. */
int kpi_run(struct req *req, const struct kpi_request *rq, struct kpi_report *rep);
/*
 * kpi_run() that also hands over the facts it loaded, for figures beyond
 * the report (the dashboard's series and heatmaps) without reading them
 * twice. It loads from min(load_van, rq->van) up to rq->tot, so a series
 * may reach back before the period; the report itself still counts only
 * rq->van..rq->tot. On success the caller owns *facts (kpi_facts_release);
 * on failure nothing is left to release.
 */
int kpi_run_facts(struct req *req, const struct kpi_request *rq, int32_t load_van,
		  struct kpi_report *rep, struct kpi_facts *facts);
/*
 * The dossier figures of rq (its period, peildatum and wijk) within the
 * user's scope; gevoelig dossiers count only for a role that may read
 * them. 0/-1. kpi_run fills rep->dossiers with it.
 */
int kpi_dossier_figures(struct req *req, const struct kpi_request *rq, struct kpi_dossier_result *out);
/* The JSON of issue 9 (names and shape are a contract). */
cJSON *kpi_json(const struct kpi_report *rep);

int handle_api_kpi(struct req *req);

#endif
