/*
 * dagboek.c - the melder's overlastdagboek (see dagboek.h): one entry in,
 * with its files, its timeline line, the handler's notice and an audit
 * row, in one transaction.
 */
#include "app/dagboek.h"
#include "app/notify.h"
#include "app/uploads.h"
#include "auth/policy.h"
#include "auth/secret.h"
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

#include <stdio.h>
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

/* Files held from earlier attempts, and the ones to bring along with this one. */
struct held_in {
	unsigned char hash[32];
	char token[48];            /* "" none */
	struct pending_file *files;
	int n;
};

static int write_entry(struct db *db, struct arena *a, const struct melding *m, const struct dagboek_valid *v,
		       struct kept *k, int n_kept, const struct held_in *h, const char *ip, int64_t now, int64_t *id)
{
	/* The melder has no account: the audit names the client's address, or the status link as the door. */
	const struct actor melder = { .role = ROLE_ANONYMOUS, .ip = ip && ip[0] ? ip : "statuslink" };

	if (dagboek_insert(db, m->id, now, v->van, v->tot, v->ernst, v->tekst, id) != STORE_OK)
		return -1;
	for (int i = 0; i < n_kept; i++)
		if (dagboek_file_add(db, m->id, *id, k[i].bestandsnaam, k[i].opslag, k[i].mime, k[i].size,
				     k[i].captured, now) != STORE_OK)
			return -1;
	/* Held files were cleaned when first kept; their capture moment was held with them. */
	for (int i = 0; i < h->n; i++)
		if (dagboek_file_add(db, m->id, *id, h->files[i].bestandsnaam, h->files[i].opslag, h->files[i].mime,
				     h->files[i].grootte, h->files[i].opgenomen_op, now) != STORE_OK)
			return -1;
	if (h->n && pending_taken(db, h->hash) != STORE_OK)
		return -1;
	/* No user: the staff page marks a line without one as the melder's. Not voor_melder: the status page lists the entries itself. */
	if (melding_event_add(db, m->id, now, 0, "dagboek", event_text(a, v, n_kept + h->n), 0) != STORE_OK)
		return -1;
	if (notify_melder_added(db, m->id, now) < 0)
		return -1;
	return audit_record(db, &melder, "aangemaakt", "dagboek", m->referentie, arena_printf(a, "%lld", (long long)*id));
}

/* The files held under in->bewaard_token, after dropping those the melder removed; -1 on failure. */
static int held_files(struct db *db, struct arena *a, const struct dagboek_input *in, int64_t now, struct held_in *h)
{
	if (!in->bewaard_token || !in->bewaard_token[0] || strlen(in->bewaard_token) >= sizeof(h->token))
		return 0;
	snprintf(h->token, sizeof(h->token), "%s", in->bewaard_token);
	secret_token_hash(h->token, h->hash);
	if (in->n_weg) {
		if (db_begin(db) < 0)
			return -1;
		for (int i = 0; i < in->n_weg; i++)
			pending_drop(db, h->hash, in->weg[i]);
		if (db_commit(db) < 0)
			return -1;
	}
	h->n = pending_list(db, a, h->hash, now, &h->files);
	return h->n < 0 ? -1 : 0;
}

/*
 * A refused attempt: its accepted files join those held (under a new
 * token when there was none), within the caps on held files for everyone
 * and for this address, so refused posts full of files fill no disk.
 * Fills out for the form. 0, or -1 (nothing of this attempt kept).
 */
static int hold(struct db *db, struct arena *a, const struct config *cfg, const struct dagboek_input *in,
		struct kept *k, int n_kept, struct held_in *h, int64_t now, struct dagboek_held *out)
{
	const int64_t mb = 1024 * 1024, since = now - PENDING_LIFETIME;
	const char *ip = in->ip ? in->ip : "";
	int64_t bytes = 0;

	for (int i = 0; i < n_kept; i++)
		bytes += k[i].size;
	if (n_kept) {
		int64_t all = pending_bytes_since(db, NULL, since), mine = ip[0] ? pending_bytes_since(db, ip, since) : 0;
		if (all < 0 || mine < 0) {
			drop_kept(k, n_kept);
			return -1;
		}
		if (all + bytes > cfg->upload_pending_mb * mb || (ip[0] && mine + bytes > cfg->upload_pending_per_ip_mb * mb)) {
			drop_kept(k, n_kept);
			out->not_kept = 1;
			n_kept = 0;
		}
	}
	if (n_kept) {
		if (!h->token[0]) {
			secret_random_b64(h->token, sizeof(h->token), 24);
			secret_token_hash(h->token, h->hash);
		}
		if (db_begin(db) < 0) {
			drop_kept(k, n_kept);
			return -1;
		}
		for (int i = 0; i < n_kept; i++)
			if (pending_add_from(db, h->hash, k[i].bestandsnaam, k[i].opslag, k[i].mime, k[i].size, now, ip,
					     k[i].captured) != STORE_OK) {
				db_rollback(db);
				drop_kept(k, n_kept);
				return -1;
			}
		if (db_commit(db) < 0) {
			drop_kept(k, n_kept);
			return -1;
		}
	}
	if (h->token[0]) {
		snprintf(out->token, sizeof(out->token), "%s", h->token);
		out->n = pending_list(db, a, h->hash, now, &out->files);
		if (out->n < 0)
			return -1;
	}
	return 0;
}

enum app_result dagboek_add(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
			    const struct dagboek_input *in, struct intake_file *files, int n_files,
			    struct field_errors *errs, int64_t *id, struct dagboek_held *held)
{
	struct dagboek_fields fields = { .tekst = in->tekst, .van = in->van, .tot = in->tot, .ernst = in->ernst };
	struct dagboek_valid v;
	int64_t now = clock_now();
	char (*mimes)[64] = arena_alloc(a, (size_t)(n_files > 0 ? n_files : 1) * 64);
	int *ok = arena_alloc(a, (size_t)(n_files > 0 ? n_files : 1) * sizeof(*ok));
	struct kept *k = arena_alloc(a, (size_t)(n_files > 0 ? n_files : 1) * sizeof(*k));
	struct held_in h = { .n = 0 };
	int n_kept = 0;
	int64_t held_bytes = 0;

	errs->n = 0;
	if (held)
		*held = (struct dagboek_held){ .n = 0 };
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
	if (held_files(db, a, in, now, &h) < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < h.n; i++)
		held_bytes += h.files[i].grootte;
	dagboek_validate(&fields, now, &v, errs);
	static const struct upload_rules rules = { .max_files = DAGBOEK_FILES_MAX, .field = "bijlagen" };
	uploads_check(a, cfg, &rules, files, n_files, mimes, ok, h.n, held_bytes, errs);

	/* Every accepted file is kept clean, also when the entry is refused: it is held for the next attempt. */
	for (int i = 0; i < n_files; i++) {
		struct intake_file *f = &files[i];
		if (!ok[i])
			continue;
		memcpy(k[n_kept].mime, mimes[i], 64);
		int kc = files_keep_clean(f->path, k[n_kept].mime, k[n_kept].opslag, &k[n_kept].captured);
		if (kc == -2) {   /* a photo we cannot read: said beside the field */
			field_error_add(errs, "bijlagen", arena_printf(a, "%s: deze foto is beschadigd; wij kunnen hem "
								       "niet lezen. Kies een andere foto.",
								       f->filename && f->filename[0] ? f->filename : "bestand"));
			continue;
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
	if (errs->n) {
		if (!held) {
			drop_kept(k, n_kept);
			return APP_INVALID;
		}
		return hold(db, a, cfg, in, k, n_kept, &h, now, held) < 0 ? APP_UNAVAILABLE : APP_INVALID;
	}
	if (db_begin(db) < 0)
		goto fail;
	if (write_entry(db, a, m, &v, k, n_kept, &h, in->ip, now, id) < 0) {
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
