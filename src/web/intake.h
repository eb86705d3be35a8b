/*
 * intake.h - taking in one melding, whichever door it comes through: the
 * public form, staff intake, the JSON API. One validator, one transaction.
 *
 * intake_submit() validates (domain/melding.c), checks the files by
 * content, matches the address, fixes the due days with the calendar in
 * force, and commits the melding with its timeline entry, attachments,
 * receipt message and audit row in one transaction - before the caller
 * answers. On invalid input nothing is stored except the accepted files,
 * kept for an hour under a pending id so the form can show them again.
 */
#ifndef LEEFBAAR_INTAKE_H
#define LEEFBAAR_INTAKE_H

#include "domain/melding.h"
#include "store/files.h"

#include <stdint.h>

struct req;
struct upload;

#define INTAKE_FILE_MSGS 8

struct intake_request {
	struct melding_input in;
	int staff;                     /* kanaal and ontvangen_op allowed */
	enum kanaal default_kanaal;
	struct upload *uploads;        /* new files of this request, or NULL */
	const char *pending_token;     /* from an earlier attempt, or NULL */
	int64_t drop[8];               /* pending file ids the user removed */
	int n_drop;
};

struct file_msg {
	const char *bestandsnaam;
	const char *message;
};

struct intake_result {
	int status;                    /* 201 stored, 422 invalid, 503 database */
	struct field_errors errs;
	struct file_msg file_msgs[INTAKE_FILE_MSGS];
	int n_file_msgs;
	/* On 201: */
	int64_t id;
	char referentie[16];
	char status_token[48];         /* shown once; only its hash is stored */
	int64_t ontvangen_op;
	struct due due;
	/* On 422: the files kept for the next attempt. */
	char pending_token[48];
	struct pending_file *pending;
	int n_pending;
};

int intake_submit(struct req *req, struct intake_request *ir, struct intake_result *res);

/*
 * Fills ir from an HTML form (public or staff): the melding's fields, the
 * new files, the pending id of an earlier attempt and the files the user
 * removed. The caller sets staff, default_kanaal and the staff-only fields.
 */
void intake_from_form(struct req *req, struct intake_request *ir);

/* The melder's status link for a token (valid until the request ends). */
const char *intake_status_url(struct req *req, const char *token);

/* Largest file and total sizes in bytes, from the configuration. */
int64_t intake_max_file(const struct req *req);

struct tpl_dict;
/* MAX_FILES, MAX_FILE_MB and MAX_TOTAL_MB for a form's upload hint. */
void intake_show_limits(const struct req *req, struct tpl_dict *d);

#endif
