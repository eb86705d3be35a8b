/*
 * fields.c - refusals per input field (see fields.h).
 */
#include "domain/fields.h"

#include <string.h>

void field_error_add(struct field_errors *errs, const char *field, const char *message)
{
	if (field_error_for(errs, field))
		return;   /* one message per field: the first one found */
	if (errs->n < FIELD_ERRORS_MAX) {
		errs->e[errs->n].field = field;
		errs->e[errs->n].message = message;
		errs->n++;
	}
}

const char *field_error_for(const struct field_errors *errs, const char *field)
{
	for (int i = 0; i < errs->n; i++)
		if (!strcmp(errs->e[i].field, field))
			return errs->e[i].message;
	return NULL;
}
