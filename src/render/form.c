/*
 * form.c - per-field error messages (see form.h).
 */
#include "render/form.h"
#include "render/tpl.h"
#include "http/http.h"
#include "http/input.h"

#include <ctype.h>
#include <stdio.h>

void form_error(struct form *f, const char *field_id, const char *msg)
{
	char section[64];
	size_t i;

	for (i = 0; field_id[i] && i < sizeof(section) - 7; i++)
		section[i] = field_id[i] == '-' ? '_' : (char)toupper((unsigned char)field_id[i]);
	snprintf(section + i, sizeof(section) - i, "_ERROR");
	tpl_set(tpl_section(f->d, section), "MSG", msg);

	if (!f->summary)
		f->summary = tpl_section(f->d, "ERRORS");
	struct tpl_dict *item = tpl_section(f->summary, "ERROR_ITEM");
	tpl_set(item, "FIELD_ID", field_id);
	tpl_set(item, "MSG", msg);
	f->errors++;
}

void form_keep(struct req *req, struct tpl_dict *d, const char *const *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char key[64];
		size_t j;
		for (j = 0; fields[i][j] && j < sizeof(key) - 1; j++)
			key[j] = (char)toupper((unsigned char)fields[i][j]);
		key[j] = '\0';
		tpl_set(d, key, input_text(req, fields[i]));   /* as typed: declared fields of the route */
	}
}
