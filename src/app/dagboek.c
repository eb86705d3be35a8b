/*
 * dagboek.c - the melder's overlastdagboek (see dagboek.h): one entry in,
 * with its files, its timeline line, the handler's notice and an audit
 * row, in one transaction.
 */
#include "app/dagboek.h"
#include "app/notify.h"
#include "auth/policy.h"
#include "config.h"
#include "db/db.h"
#include "domain/dagboek.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "store/audit.h"
#include "store/dagboek.h"
#include "store/files.h"

#include <string.h>
#include <sys/stat.h>

/* At most this many files per entry, whatever the configuration says (the form's own cap applies first). */
#define DAGBOEK_FILES_MAX 16

struct kept {
	const char *bestandsnaam;
	char mime[64];
	char opslag[FILES_NAME_LEN];
	int64_t size, captured;
};

/* A file input left empty: browsers send a part with no name and no bytes (the server may call it dropped). */
static int nothing_chosen(const struct intake_file *f)
{
	return (!f->filename || !f->filename[0]) && f->size == 0;
}

/* Why file f cannot come along with count files of total bytes already; NULL when it can. */
static const char *file_refused(struct arena *a, const struct config *cfg, const struct intake_file *f,
				int count, int64_t total, char mime[64])
{
	if (f->dropped)
		return f->drop_reason ? f->drop_reason : "Dit bestand is te groot.";
	if (!f->path || f->size == 0)
		return "Dit bestand is leeg.";
	if (files_check_type(f->path, mime) < 0)
		return "Dit soort bestand kunnen wij niet ontvangen. Stuur een foto "
		       "(JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV).";
	if (count + 1 > cfg->upload_files || count + 1 > DAGBOEK_FILES_MAX)
		return arena_printf(a, "U kunt ten hoogste %d bestanden meesturen.", cfg->upload_files);
	if (total + (int64_t)f->size > (int64_t)cfg->upload_total_mb * 1024 * 1024)
		return arena_printf(a, "Samen zijn de bestanden groter dan %d MB.", cfg->upload_total_mb);
	return NULL;
}

/* Every file checked by content and within the limits; one message on "bijlagen" naming each refused file. */
static void check_files(struct arena *a, const struct config *cfg, const struct intake_file *files, int n,
			char (*mimes)[64], struct field_errors *errs)
{
	struct buf msg = BUF_INIT;
	int count = 0;
	int64_t total = 0;

	for (int i = 0; i < n; i++) {
		const struct intake_file *f = &files[i];
		if (nothing_chosen(f))
			continue;
		const char *why = file_refused(a, cfg, f, count, total, mimes[i]);
		if (why) {
			buf_addf(&msg, "%s%s: %s", msg.len ? " " : "", f->filename && f->filename[0] ? f->filename : "bestand", why);
			continue;
		}
		count++;
		total += (int64_t)f->size;
	}
	if (msg.len)
		field_error_add(errs, "bijlagen", arena_strdup(a, msg.buf));
	buf_release(&msg);
}

static void drop_kept(struct kept *k, int n)
{
	for (int i = 0; i < n; i++)
		files_remove(k[i].opslag);
}

/* The timeline's line for the entry: the facts, then the melder's words. */
static const char *event_text(struct arena *a, const struct dagboek_valid *v, int n_files)
{
	char van[DAGBOEK_TEXT_LEN], tot[DAGBOEK_TEXT_LEN];
	struct buf b = BUF_INIT;

	dagboek_moment_text(v->van, van);
	buf_addf(&b, "Van %s", van);
	if (v->tot) {
		dagboek_moment_text(v->tot, tot);
		buf_addf(&b, " tot %s", tot);
	}
	buf_addf(&b, ". Ernst %d van 5: %s.", v->ernst, dagboek_ernst_labels[v->ernst]);
	if (n_files)
		buf_addf(&b, " %d %s meegestuurd.", n_files, n_files == 1 ? "bestand" : "bestanden");
	buf_addf(&b, "\n\n%s", v->tekst);
	const char *s = arena_strdup(a, b.buf);
	buf_release(&b);
	return s;
}

static int write_entry(struct db *db, struct arena *a, const struct melding *m, const struct dagboek_valid *v,
		       struct kept *k, int n_kept, int64_t now, int64_t *id)
{
	/* The melder has no account: the audit names the status link as the door. */
	const struct actor melder = { .role = ROLE_ANONYMOUS, .ip = "statuslink" };

	if (dagboek_insert(db, m->id, now, v->van, v->tot, v->ernst, v->tekst, id) != STORE_OK)
		return -1;
	for (int i = 0; i < n_kept; i++)
		if (dagboek_file_add(db, m->id, *id, k[i].bestandsnaam, k[i].opslag, k[i].mime, k[i].size,
				     k[i].captured, now) != STORE_OK)
			return -1;
	/* No user: the staff page marks a line without one as the melder's. Not voor_melder: the status page lists the entries itself. */
	if (melding_event_add(db, m->id, now, 0, "dagboek", event_text(a, v, n_kept), 0) != STORE_OK)
		return -1;
	if (notify_melder_added(db, m->id, now) < 0)
		return -1;
	return audit_record(db, &melder, "aangemaakt", "dagboek", m->referentie, arena_printf(a, "%lld", (long long)*id));
}

enum app_result dagboek_add(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
			    const struct dagboek_input *in, struct intake_file *files, int n_files,
			    struct field_errors *errs, int64_t *id)
{
	struct dagboek_fields fields = { .tekst = in->tekst, .van = in->van, .tot = in->tot, .ernst = in->ernst };
	struct dagboek_valid v;
	int64_t now = clock_now();
	char (*mimes)[64] = arena_alloc(a, (size_t)(n_files > 0 ? n_files : 1) * 64);
	struct kept *k = arena_alloc(a, (size_t)(n_files > 0 ? n_files : 1) * sizeof(*k));
	int n_kept = 0;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (m->status == MS_AFGESLOTEN) {
		field_error_add(errs, "melding", "Deze melding is afgesloten. Er kan niets meer bij. "
				"Heeft u opnieuw last? Doe dan een nieuwe melding.");
		return APP_INVALID;
	}
	for (int i = 0; i < n_files; i++)
		if (files[i].failed)
			return APP_UNAVAILABLE;
	dagboek_validate(&fields, now, &v, errs);
	check_files(a, cfg, files, n_files, mimes, errs);
	if (errs->n)
		return APP_INVALID;

	for (int i = 0; i < n_files; i++) {
		struct intake_file *f = &files[i];
		if (nothing_chosen(f))
			continue;
		memcpy(k[n_kept].mime, mimes[i], 64);
		int kc = files_keep_clean(f->path, k[n_kept].mime, k[n_kept].opslag, &k[n_kept].captured);
		if (kc == -2) {   /* a photo we cannot read: said beside the field, what was kept goes */
			drop_kept(k, n_kept);
			field_error_add(errs, "bijlagen", arena_printf(a, "%s: deze foto is beschadigd; wij kunnen hem "
								       "niet lezen. Kies een andere foto.",
								       f->filename && f->filename[0] ? f->filename : "bestand"));
			return APP_INVALID;
		}
		if (kc < 0)
			goto fail;
		f->taken = 1;   /* it moved; nothing left to clean up */
		k[n_kept].bestandsnaam = files_shown_name(a, f->filename, k[n_kept].mime);
		/* Cleaning a photo changes its size: the stored file's own counts. */
		struct stat sb;
		k[n_kept].size = stat(files_path(a, k[n_kept].opslag), &sb) == 0 ? (int64_t)sb.st_size : (int64_t)f->size;
		n_kept++;
	}
	if (db_begin(db) < 0)
		goto fail;
	if (write_entry(db, a, m, &v, k, n_kept, now, id) < 0) {
		db_rollback(db);
		goto fail;
	}
	if (db_commit(db) < 0)
		goto fail;
	return APP_OK;
fail:
	drop_kept(k, n_kept);
	return APP_UNAVAILABLE;
}
