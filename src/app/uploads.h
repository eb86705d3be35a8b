/*
 * uploads.h - the check of files sent with a form that holds them apart
 * from a melding's intake: the melder's overlastdagboek and a wijkschouw's
 * finding. Each file is checked by content (files_check_type()) and
 * within the upload limits, after count files of total bytes held already;
 * one message on the form's field names each refused file.
 */
#ifndef LEEFBAAR_APP_UPLOADS_H
#define LEEFBAAR_APP_UPLOADS_H

#include "app/intake.h"

#include <stdint.h>

struct arena;
struct config;
struct field_errors;

struct upload_rules {
	int max_files;          /* besides [upload] files: this form's own cap */
	int photos_only;        /* images alone, and the messages speak of photos */
	const char *field;      /* the form field the message goes beside */
};

/*
 * ok[i] says whether files[i] may come along; mimes[i] holds its type as
 * read from its content. A file input left empty is skipped silently.
 */
void uploads_check(struct arena *a, const struct config *cfg, const struct upload_rules *r,
		   const struct intake_file *files, int n, char (*mimes)[64], int *ok, int count, int64_t total,
		   struct field_errors *errs);

#endif
