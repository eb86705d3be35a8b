/*
 * form.h - per-field error messages in templates.
 *
 * For a field with id "email", form_error() shows the section EMAIL_ERROR
 * (with MSG) wherever the template has it - beside the field and as
 * aria-invalid/aria-describedby on the input - and adds an item to the
 * error summary at the top of the form (section ERRORS, items ERROR_ITEM
 * with FIELD_ID and MSG), so keyboard and screen-reader users find it.
 *
 *   struct form f = FORM_INIT(d);
 *   if (!email[0]) form_error(&f, "email", "Vul uw e-mailadres in.");
 *   if (f.errors) return page_send(req, 422);
 */
#ifndef LEEFBAAR_FORM_H
#define LEEFBAAR_FORM_H

#include <stddef.h>

struct tpl_dict;

struct form {
	struct tpl_dict *d;
	struct tpl_dict *summary;   /* the ERRORS section, once there is one */
	int errors;
};

#define FORM_INIT(dict) { (dict), 0, 0 }

void form_error(struct form *f, const char *field_id, const char *msg);

struct req;

/*
 * Puts the submitted value of each form field back into d under the
 * field's name in upper case ("melder_naam" -> MELDER_NAAM), so a form
 * that comes back with errors keeps what the user typed.
 */
void form_keep(struct req *req, struct tpl_dict *d, const char *const *fields, size_t n);

#endif
