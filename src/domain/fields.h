/*
 * fields.h - refusals per input field: what a use case or validator says is
 * wrong with which field, in Dutch, in the order of the form. The web shows
 * each beside its field, the JSON API answers {"fouten": {field: message}},
 * the command line prints them.
 */
#ifndef LEEFBAAR_FIELDS_H
#define LEEFBAAR_FIELDS_H

#define FIELD_ERRORS_MAX 16

struct field_error {
	const char *field;         /* the input's name: "postcode" */
	const char *message;       /* Dutch; static or in the caller's arena */
};

struct field_errors {
	int n;
	struct field_error e[FIELD_ERRORS_MAX];
};

/* Adds the message unless the field has one already (the first found stays). */
void field_error_add(struct field_errors *errs, const char *field, const char *message);
/* The message for a field, or NULL. */
const char *field_error_for(const struct field_errors *errs, const char *field);

#endif
