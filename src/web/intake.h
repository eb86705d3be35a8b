/*
 * intake.h - the HTML forms' side of taking in a melding (the public form
 * in melden.c, staff intake in meldingen.c): the fields both forms
 * declare, reading them and the files into a struct intake_request,
 * handing it to intake_submit() (app/intake.h, shared with the JSON API),
 * and what a form shows when it comes back: the upload limits, what was
 * typed, the messages beside the fields and the files kept.
 */
#ifndef LEEFBAAR_WEB_INTAKE_H
#define LEEFBAAR_WEB_INTAKE_H

#include "app/intake.h"
#include "http/input.h"

#include <stdint.h>

struct form;
struct req;
struct tpl_dict;

/*
 * The fields both intake forms declare (melden_fields in melden.c,
 * melding_create_fields in meldingen.c). What a person types is text: its
 * meaning is the validator's (domain/melding.h), with its own messages;
 * anoniem too, which the validator reads more widely than FT_BOOL does
 * ("anoniem", any case). bijlagen are the new files (read from
 * req->uploads), bijlagen_id names the files kept from an earlier attempt,
 * verwijder the kept files to drop: it repeats, one per file, and the
 * stage holds one value per name, so intake_from_form() reads them all.
 * bewaard repeats too: the kept files the form showed, so one that expired
 * in between is asked for again rather than silently missing.
 */
#define INTAKE_FORM_FIELDS \
	{ .name = "categorie", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "omschrijving", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "voorval", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "postcode", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "huisnummer", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "toevoeging", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "plaats", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "melder_naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "melder_email", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "melder_telefoon", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "anoniem", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "delen_met_partners", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "bijlagen", .from = IN_FORM, .type = FT_FILE }, \
	{ .name = "bijlagen_id", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "verwijder", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY }, \
	{ .name = "bewaard", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY }

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

/*
 * What both forms show below their own fields: the upload limits
 * (MAX_FILES, MAX_FILE_MB, MAX_TOTAL_MB), and when the form comes back
 * (keep) the text as typed; ANONIEM_JA or ANONIEM_NEE.
 */
void intake_show_form(struct req *req, struct tpl_dict *d, int keep);

/*
 * A refused form: the message of each field beside it, in the order of the
 * forms (the input stage's first, then res's), each refused file
 * (FILE_MSG), and files_msg at "bijlagen" when there was one.
 */
void intake_show_errors(struct req *req, struct form *f, const struct intake_result *res, const char *files_msg);

/*
 * The files kept from this and earlier attempts, to send along with the
 * next (BIJLAGEN_ID, PENDING, HAS_PENDING), each with its size (page_size()).
 */
void intake_show_pending(struct req *req, struct tpl_dict *d, const struct intake_result *res);

#endif
