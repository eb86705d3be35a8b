/*
 * intake.h - the HTML forms' side of taking in a melding (the public form
 * in melden.c, staff intake in meldingen.c): reading the form and its
 * files into a struct intake_request, handing it to intake_submit()
 * (app/intake.h, shared with the JSON API) and the upload limits a form
 * shows.
 */
#ifndef LEEFBAAR_WEB_INTAKE_H
#define LEEFBAAR_WEB_INTAKE_H

#include "app/intake.h"

struct req;
struct tpl_dict;

/*
 * Fills ir from an HTML form (public or staff): the melding's fields, the
 * new files (the "bijlagen" uploads), the pending id of an earlier attempt
 * and the files the user removed. The caller sets staff, default_kanaal
 * and the staff-only fields.
 */
void intake_from_form(struct req *req, struct intake_request *ir);

/*
 * intake_submit() for the request: its database, actor and configuration.
 * The uploads it moved into storage are no longer the request's to clean
 * up at completion.
 */
enum app_result intake_submit_form(struct req *req, struct intake_request *ir, struct intake_result *res);

/* MAX_FILES, MAX_FILE_MB and MAX_TOTAL_MB for a form's upload hint. */
void intake_show_limits(const struct req *req, struct tpl_dict *d);

#endif
