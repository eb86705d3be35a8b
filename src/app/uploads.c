/*
 * uploads.c - the files of a diary entry or a schouw finding (uploads.h).
 */
#include "app/uploads.h"
#include "config.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "store/files.h"

#include <string.h>

/* A file input left empty: browsers send a part with no name and no bytes. */
static int nothing_chosen(const struct intake_file *f)
{
	return (!f->filename || !f->filename[0]) && f->size == 0;
}

/* Why file f cannot come along after count files of total bytes; NULL when it can. */
static const char *refused(struct arena *a, const struct config *cfg, const struct upload_rules *r,
			   const struct intake_file *f, int count, int64_t total, char mime[64])
{
	int max = cfg->upload_files < r->max_files ? cfg->upload_files : r->max_files;

	if (f->dropped)
		return f->drop_reason ? f->drop_reason : "Dit bestand is te groot.";
	if (!f->path || f->size == 0)
		return "Dit bestand is leeg.";
	if (files_check_type(f->path, mime) < 0 || (r->photos_only && strncmp(mime, "image/", 6)))
		return r->photos_only ? "Dit is geen foto die wij kunnen ontvangen. Stuur een foto (JPG, PNG of HEIC)."
				      : "Dit soort bestand kunnen wij niet ontvangen. Stuur een foto "
					"(JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV).";
	if (count + 1 > max)
		return arena_printf(a, "U kunt ten hoogste %d %s meesturen.", max, r->photos_only ? "foto's" : "bestanden");
	if (total + (int64_t)f->size > (int64_t)cfg->upload_total_mb * 1024 * 1024)
		return arena_printf(a, "Samen zijn de %s groter dan %d MB.", r->photos_only ? "foto's" : "bestanden",
				    cfg->upload_total_mb);
	return NULL;
}

void uploads_check(struct arena *a, const struct config *cfg, const struct upload_rules *r,
		   const struct intake_file *files, int n, char (*mimes)[64], int *ok, int count, int64_t total,
		   struct field_errors *errs)
{
	struct buf msg = BUF_INIT;

	for (int i = 0; i < n; i++) {
		const struct intake_file *f = &files[i];
		ok[i] = 0;
		if (nothing_chosen(f))
			continue;
		const char *why = refused(a, cfg, r, f, count, total, mimes[i]);
		if (why) {
			buf_addf(&msg, "%s%s: %s", msg.len ? " " : "", f->filename && f->filename[0] ? f->filename : "bestand", why);
			continue;
		}
		ok[i] = 1;
		count++;
		total += (int64_t)f->size;
	}
	if (msg.len)
		field_error_add(errs, r->field, arena_strdup(a, msg.buf));
	buf_release(&msg);
}
