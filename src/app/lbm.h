/*
 * lbm.h - loading the Leefbaarometer's open-data table (issue 18, point 2):
 * the one use case behind /beheer/leefbaarometer and `leefbaar import
 * leefbaarometer FILE`.
 *
 * All or nothing, like the area import: the whole file is checked first
 * (domain/lbm.h: columns by name, every bad row and unknown code with its
 * line) and only a file without errors is stored, in one transaction with
 * the record of the load and its audit row. A year already stored for an
 * area is replaced by the file's row.
 */
#ifndef LEEFBAAR_APP_LBM_H
#define LEEFBAAR_APP_LBM_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/lbm.h"

#include <stddef.h>
#include <stdint.h>

struct db;

struct lbm_import_result {
	struct lbm_file file;        /* the rows and, on APP_INVALID, every error */
	int64_t import_id;           /* the record of the load, on APP_OK */
	char jaren[240];             /* "2022: 9, 2024: 9" */
};

/*
 * Checks and stores len bytes of the file called bestandsnaam, loaded by
 * who at now. APP_OK (stored), APP_INVALID (res->file.errors say why;
 * nothing stored) or APP_UNAVAILABLE (the database failed or changed
 * under the file; nothing stored). Release res with lbm_import_release()
 * whatever the outcome.
 */
enum app_result lbm_import(struct db *db, const struct actor *who, const char *data, size_t len,
			   const char *bestandsnaam, int64_t now, struct lbm_import_result *res);
void lbm_import_release(struct lbm_import_result *res);

#endif
