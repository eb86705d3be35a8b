/*
 * export.h - CSV exports for the corporation's BI (issue 9, Exports;
 * ACT_EXPORT: ondersteuner and coördinator).
 *
 *   GET /export/meldingen.csv?van=&tot=&wijk=[&scheiding=komma]
 *   GET /export/kpi.csv?van=&tot=&peildatum=&wijk=[&scheiding=komma]
 *   GET /export/dossiers.csv?van=&tot=&wijk=[&scheiding=komma]   dossiers open in the period
 *   GET /export/doorverwijzingen.csv?van=&tot=&peildatum=&wijk=[&scheiding=komma]   sent in the period
 *
 * van, tot, peildatum and wijk read as for /api/v1/kpi (kpi_request_read):
 * bad dates answer 422, a wijk outside the user's scope 404. The file is
 * UTF-8 with a BOM, ';' between cells (Dutch Excel) or ',' with
 * scheiding=komma; text cells are guarded against formulas
 * (app/export_csv.h). Rows are written to an unlinked temporary file in
 * the data directory and sent from there, so memory stays flat however
 * long the period. What each file holds, whose gevoelig dossiers are in
 * it and the audit row are app/exports.h's; when the audit row cannot be
 * written, nothing is sent.
 */
#ifndef LEEFBAAR_EXPORT_H
#define LEEFBAAR_EXPORT_H

#include "http/input.h"

struct req;

/* The fields of all four: KPI_PERIOD_FIELDS (web/kpi.h) and scheiding. */
extern const struct field_spec export_fields[];

/*
 * An unlinked file in the data directory's tmp/ for an export's rows:
 * gone when closed, whatever happens. Its descriptor, or -1 (logged).
 * Every CSV of the app writes through one (the wijkmonitor's too).
 */
int export_temp_file(struct req *req);

int handle_export_meldingen(struct req *req);
int handle_export_kpi(struct req *req);
int handle_export_dossiers(struct req *req);
int handle_export_doorverwijzingen(struct req *req);

#endif
