/*
 * exports.h - the rows of the CSV exports for the corporation's BI (issue
 * 9, Exports; ACT_EXPORT: ondersteuner and coördinator), one use case for
 * all four files:
 *
 *   meldingen         every melding received in the period, with its terms
 *   kpi               the report of /api/v1/kpi per wijk, and its total
 *   dossiers          the dossiers open at any moment of the period
 *   doorverwijzingen  the referrals sent in the period
 *
 * No export holds a melder's contact details, a description, a dossier's
 * subject or a referral's texts: the BI counts, it does not read cases.
 * Gevoelig dossiers and their referrals are in the coördinator's export
 * only (the ondersteuner may not see them). Every export is audit-logged
 * ("geexporteerd", with the period, wijk, separator and number of rows)
 * once its rows are written; when the audit row cannot be written, the
 * caller must send nothing.
 *
 * An export runs in two steps so that the caller can tell the database
 * failing (export_prepare) from the file failing (export_write), and
 * answer each in its own words: prepare, open the file, write.
 */
#ifndef LEEFBAAR_APP_EXPORTS_H
#define LEEFBAAR_APP_EXPORTS_H

#include "app/app.h"
#include "app/kpi.h"

struct arena;
struct csv;
struct db;

enum export_kind { EXPORT_MELDINGEN, EXPORT_KPI, EXPORT_DOSSIERS, EXPORT_DOORVERWIJZINGEN, EXPORT__MAX };

struct export_input {
	struct kpi_request rq;      /* van, tot, peildatum, wijk: kpi_request_check()ed */
	char sep;                   /* ';' or ',' */
};

/* One export between export_prepare and export_write. */
struct export_job {
	enum export_kind kind;
	struct export_input in;
	struct kpi_report *rep;     /* EXPORT_KPI: the report of the period, in the arena */
	struct kpi_facts facts;     /* EXPORT_KPI: its facts, to compute each wijk's row */
};

/*
 * Gets what the rows are made of: for the KPI file the report and its
 * facts. APP_OK (then call export_write or export_job_release) or
 * APP_UNAVAILABLE.
 */
enum app_result export_prepare(struct db *db, struct arena *a, const struct actor *who, enum export_kind kind,
			       const struct export_input *in, struct export_job *job);
/* Releases what export_prepare holds (export_write does it too). */
void export_job_release(struct export_job *job);
/*
 * Writes the header and the rows of the job to c (started by the caller
 * with in.sep) and records the audit row. Releases the job. APP_OK, or
 * APP_UNAVAILABLE when the rows could not be read or the audit row not be
 * written: then nothing may be sent.
 */
enum app_result export_write(struct db *db, struct arena *a, const struct actor *who, struct export_job *job,
			     struct csv *c);
/* The download's name: "meldingen-2026-01-01-tot-2026-03-31.csv" ("kerncijfers-..." for kpi), in a. */
const char *export_file_name(struct arena *a, const struct export_job *job);

#endif
