/*
 * schouw.c - the wijkschouw's use cases (see schouw.h).
 */
#include "app/schouw.h"
#include "app/export_csv.h"
#include "app/meldingen.h"
#include "app/uploads.h"
#include "app/wijkmonitor.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/area.h"
#include "store/audit.h"
#include "store/files.h"
#include "store/melding.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* At most this many photos per finding, whatever the configuration says. */
#define SCHOUW_FOTOS_MAX 8

static const char *id_text(struct arena *a, int64_t id)
{
	return arena_printf(a, "%lld", (long long)id);
}

enum app_result schouw_load_for(struct db *db, struct arena *a, const struct actor *who, int64_t id,
				enum action action, struct schouw *out)
{
	if (!db)
		return APP_UNAVAILABLE;
	enum store_result r = schouw_get(db, a, id, out);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		return APP_NOT_FOUND;
	/* Outside one's wijken it does not exist, as a melding of another wijk. */
	return wijk_verdict(db, who, action, out->wijk_id, "schouw", id_text(a, id));
}

int schouw_list_for(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, struct schouw **out)
{
	struct schouw *all;
	int n = db ? schouw_list(db, a, &all) : -1, k = 0;

	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++)
		if ((!wijk_id || all[i].wijk_id == wijk_id) && wijk_in_reach(who, ACT_WIJK_READ, all[i].wijk_id))
			all[k++] = all[i];
	*out = all;
	return k;
}

enum app_result schouw_plan(struct db *db, struct arena *a, const struct actor *who, const char *gebied,
			    const struct schouw_plan_fields *in, struct field_errors *errs, int64_t *id)
{
	struct schouw_plan_valid *v = arena_alloc(a, sizeof(*v));
	struct area area;
	int64_t now = clock_now();

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (!gebied || !gebied[0]) {
		field_error_add(errs, "gebied", "Kies de wijk of buurt van de schouw.");
	} else {
		enum app_result r = wijk_load_for(db, who, gebied, ACT_WIJK_WRITE, &area);
		if (r == APP_UNAVAILABLE)
			return r;
		/* Unknown and out of reach read the same: the list offers only one's own. */
		if (r != APP_OK)
			field_error_add(errs, "gebied", "Kies een wijk of buurt uit de lijst.");
	}
	schouw_plan_validate(in, amsterdam_day(now), v, errs);
	if (errs->n)
		return APP_INVALID;
	int64_t buurt = area.soort == AREA_BUURT ? area.id : 0;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (schouw_insert(db, area.wijk_id, buurt, v->dag, v->deelnemers, v->toelichting, who->user_id, now, id) != STORE_OK ||
	    audit_record(db, who, "aangemaakt", "schouw", id_text(a, *id), area.code) < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* Inside a transaction: a planned schouw becomes gelopen once something is noted. */
static int walked(struct db *db, struct schouw *s, int64_t now)
{
	enum schouw_status next = schouw_after_walk(s->status);

	if (next == s->status)
		return 0;
	if (schouw_set_status(db, s->id, next, now) != STORE_OK)
		return -1;
	s->status = next;
	return 0;
}

static enum app_result not_walkable(struct field_errors *errs)
{
	field_error_add(errs, "schouw", "Deze schouw is afgerond. Er kan niets meer bij.");
	return APP_INVALID;
}

enum app_result schouw_checklist_save(struct db *db, struct arena *a, const struct actor *who, struct schouw *s,
				      int n, const char *const *punten, const char *const *oordelen,
				      struct field_errors *errs)
{
	int64_t now = clock_now();
	int stored = 0;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (!schouw_may_walk(s->status))
		return not_walkable(errs);
	for (int i = 0; i < n; i++) {
		if (!oordelen[i] || !oordelen[i][0])
			continue;
		if (!schouw_punt_find(punten[i]) || schouw_oordeel_parse(oordelen[i]) < 0) {
			field_error_add(errs, "checklist", "Kies bij elk punt: in orde, niet in orde of niet van toepassing.");
			return APP_INVALID;
		}
	}
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < n; i++) {
		if (!oordelen[i] || !oordelen[i][0])
			continue;
		if (schouw_oordeel_set(db, s->id, punten[i], (enum schouw_oordeel)schouw_oordeel_parse(oordelen[i]),
				       who->user_id, now) != STORE_OK)
			goto fail;
		stored++;
	}
	if (stored && (walked(db, s, now) < 0 ||
		       audit_record(db, who, "gewijzigd", "schouw", id_text(a, s->id), "checklist") < 0))
		goto fail;
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
fail:
	db_rollback(db);
	return APP_UNAVAILABLE;
}

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

enum app_result schouw_finding_add(struct db *db, struct arena *a, const struct config *cfg, const struct actor *who,
				   struct schouw *s, const struct schouw_finding_fields *in, struct intake_file *files,
				   int n_files, struct field_errors *errs, int64_t *id)
{
	struct schouw_finding_valid v;
	size_t nf = (size_t)(n_files > 0 ? n_files : 1);
	char (*mimes)[64] = arena_alloc(a, nf * 64);
	int *ok = arena_alloc(a, nf * sizeof(*ok));
	struct kept *k = arena_alloc(a, nf * sizeof(*k));
	int n_kept = 0;
	int64_t now = clock_now();

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if (!schouw_may_walk(s->status))
		return not_walkable(errs);
	for (int i = 0; i < n_files; i++)
		if (files[i].failed)
			return APP_UNAVAILABLE;
	schouw_finding_validate(in, &v, errs);
	static const struct upload_rules rules = { .max_files = SCHOUW_FOTOS_MAX, .photos_only = 1, .field = "foto" };
	uploads_check(a, cfg, &rules, files, n_files, mimes, ok, 0, 0, errs);
	if (errs->n)
		return APP_INVALID;   /* nothing kept: the form asks for the photo again */

	for (int i = 0; i < n_files; i++) {
		struct intake_file *f = &files[i];
		if (!ok[i])
			continue;
		memcpy(k[n_kept].mime, mimes[i], 64);
		int kc = files_keep_clean(f->path, k[n_kept].mime, k[n_kept].opslag, &k[n_kept].captured);
		if (kc == -2) {
			field_error_add(errs, "foto", arena_printf(a, "%s: deze foto is beschadigd; wij kunnen hem niet lezen. "
								   "Kies een andere foto.", f->filename && f->filename[0] ? f->filename : "bestand"));
			continue;
		}
		if (kc < 0)
			goto fail;
		f->taken = 1;
		k[n_kept].bestandsnaam = files_shown_name(a, f->filename, k[n_kept].mime);
		/* Cleaning changes the size: the stored file's own counts. */
		struct stat sb;
		k[n_kept].size = stat(files_path(a, k[n_kept].opslag), &sb) == 0 ? (int64_t)sb.st_size : (int64_t)f->size;
		n_kept++;
	}
	if (errs->n) {
		drop_kept(k, n_kept);
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		goto fail;
	if (schouw_bevinding_insert(db, s->id, &v, who->user_id, now, id) != STORE_OK)
		goto fail_tx;
	for (int i = 0; i < n_kept; i++)
		if (schouw_foto_add(db, *id, k[i].bestandsnaam, k[i].opslag, k[i].mime, k[i].size, k[i].captured, now) != STORE_OK)
			goto fail_tx;
	if (walked(db, s, now) < 0 ||
	    audit_record(db, who, "aangemaakt", "schouw_bevinding", id_text(a, *id), id_text(a, s->id)) < 0)
		goto fail_tx;
	if (db_commit(db) < 0)
		goto fail;
	return APP_OK;
fail_tx:
	db_rollback(db);
fail:
	drop_kept(k, n_kept);
	return APP_UNAVAILABLE;
}

/* The finding b of s, or APP_NOT_FOUND when it belongs to another schouw. */
static enum app_result finding_of(struct db *db, struct arena *a, const struct schouw *s, int64_t b,
				  struct schouw_bevinding *out)
{
	enum store_result r = schouw_bevinding_get(db, a, b, out);

	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	return r == STORE_OK && out->schouw_id == s->id ? APP_OK : APP_NOT_FOUND;
}

static enum app_result decided(struct field_errors *errs, const struct schouw_bevinding *f)
{
	field_error_add(errs, "bevinding", f->melding_id ? "Van deze bevinding is al een melding gemaakt."
					  : "Voor deze bevinding is al een actie afgesproken.");
	return APP_INVALID;
}

/* A copy of stored file opslag as a request temporary (upload-..., swept like any), for the intake to take. */
static const char *copy_to_tmp(struct arena *a, const struct config *cfg, const char *opslag, uint64_t *size)
{
	char *path = arena_printf(a, "%s/tmp/upload-XXXXXX", cfg->data_dir);
	int out = mkstemp(path), in = open(files_path(a, opslag), O_RDONLY | O_CLOEXEC);
	char buf[65536];
	ssize_t n;

	*size = 0;
	if (out < 0 || in < 0) {
		log_error("schouw: cannot copy photo %s: %s", opslag, strerror(errno));
		goto fail;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		if (write(out, buf, (size_t)n) != n) {
			log_error("schouw: cannot write %s: %s", path, strerror(errno));
			goto fail;
		}
		*size += (uint64_t)n;
	}
	if (n < 0)
		goto fail;
	close(in);
	if (close(out) < 0) {
		unlink(path);
		return NULL;
	}
	return path;
fail:
	if (in >= 0)
		close(in);
	if (out >= 0) {
		close(out);
		unlink(path);
	}
	return NULL;
}

enum app_result schouw_finding_melding(struct db *db, struct arena *a, const struct config *cfg,
				       const struct actor *who, const struct schouw *s, int64_t b,
				       const char *categorie, struct field_errors *errs, char ref[16])
{
	struct schouw_bevinding f;
	struct schouw_foto *fotos;
	struct schouw_melding_text *t = arena_alloc(a, sizeof(*t));
	struct intake_request *ir = arena_alloc(a, sizeof(*ir));
	struct intake_result *res = arena_alloc(a, sizeof(*res));
	enum app_result r;
	int nf, n_files = 0;

	errs->n = 0;
	ref[0] = '\0';
	if (!db)
		return APP_UNAVAILABLE;
	if ((r = finding_of(db, a, s, b, &f)) != APP_OK)
		return r;
	if (f.melding_id || f.has_actie)
		return decided(errs, &f);
	nf = schouw_fotos(db, a, s->id, &fotos);
	if (nf < 0)
		return APP_UNAVAILABLE;

	const char *gebied = s->buurt_id ? arena_printf(a, "buurt %s", s->buurt_naam)
					 : arena_printf(a, "wijk %s", s->wijk_naam);
	struct schouw_melding_src src = {
		.dag = s->dag, .gebied = gebied, .thema = f.thema, .punt = f.punt, .omschrijving = f.omschrijving,
		.plek = f.plek, .has_geo = f.has_geo, .lat = f.lat, .lon = f.lon, .postcode = f.postcode,
		.huisnummer = f.huisnummer, .toevoeging = f.toevoeging, .categorie = categorie,
	};
	memset(ir, 0, sizeof(*ir));
	schouw_melding_input(&src, t, &ir->in);
	ir->staff = 1;
	ir->default_kanaal = KANAAL_WIJKSCHOUW;
	/* The photos go along as the melding's attachments: copies, so each row owns its file. */
	ir->files = arena_alloc(a, (size_t)(nf > 0 ? nf : 1) * sizeof(*ir->files));
	for (int i = 0; i < nf; i++) {
		if (fotos[i].bevinding_id != b)
			continue;
		uint64_t size;
		const char *path = copy_to_tmp(a, cfg, fotos[i].opslag, &size);
		if (!path) {
			r = APP_UNAVAILABLE;
			goto out;
		}
		ir->files[n_files++] = (struct intake_file){ .filename = fotos[i].bestandsnaam, .path = path, .size = size };
	}
	ir->n_files = n_files;
	memset(res, 0, sizeof(*res));
	r = intake_submit(db, a, who, cfg, ir, res);
	if (r == APP_INVALID) {
		*errs = res->errs;
		if (!errs->n)
			field_error_add(errs, "bevinding", "Van deze bevinding kon geen melding worden gemaakt.");
		goto out;
	}
	if (r != APP_OK)
		goto out;
	snprintf(ref, 16, "%s", res->referentie);
	if (db_begin(db) < 0) {
		r = APP_UNAVAILABLE;
		goto out;
	}
	enum store_result sr = schouw_bevinding_set_melding(db, b, res->id);
	if (sr != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "schouw_bevinding", id_text(a, b), res->referentie) < 0) {
		db_rollback(db);
		/* The melding stands (it was filed); the link is what failed. */
		log_error("schouw %lld: finding %lld became %s but could not be linked", (long long)s->id, (long long)b,
			  res->referentie);
		r = sr == STORE_CONFLICT ? decided(errs, &f) : APP_UNAVAILABLE;
		goto out;
	}
	if (db_commit(db) < 0) {
		r = APP_UNAVAILABLE;
		goto out;
	}
	/* No address that places it: the schouw knows the wijk (and buurt), as the triage would. */
	struct melding m;
	if (melding_get(db, a, res->id, &m) == STORE_OK && !m.wijk_id) {
		struct field_errors pe;
		if (melding_place(db, a, who, &m, s->wijk_id, s->buurt_id, &pe) != APP_OK)
			log_warn("schouw %lld: melding %s not placed in its wijk", (long long)s->id, res->referentie);
	}
	r = APP_OK;
out:
	for (int i = 0; i < n_files; i++)
		if (!ir->files[i].taken)
			unlink(ir->files[i].path);
	return r;
}

enum app_result schouw_finding_actie(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				     int64_t b, const char *actie, const char *eigenaar, const char *dag,
				     struct field_errors *errs)
{
	struct schouw_bevinding f;
	struct schouw_actie_valid v;
	enum app_result r;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if ((r = finding_of(db, a, s, b, &f)) != APP_OK)
		return r;
	if (f.melding_id || f.has_actie)
		return decided(errs, &f);
	if (schouw_actie_validate(actie, eigenaar, dag, s->dag, &v, errs))
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	enum store_result sr = schouw_bevinding_set_actie(db, b, &v);
	if (sr != STORE_OK || audit_record(db, who, "gewijzigd", "schouw_bevinding", id_text(a, b), "actie") < 0) {
		db_rollback(db);
		return sr == STORE_CONFLICT ? decided(errs, &f) : APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result schouw_actie_gedaan(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				    int64_t b, struct field_errors *errs)
{
	struct schouw_bevinding f;
	enum app_result r;

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if ((r = finding_of(db, a, s, b, &f)) != APP_OK)
		return r;
	if (!f.has_actie || f.actie_gedaan) {
		field_error_add(errs, "bevinding", f.actie_gedaan ? "Deze actie is al gedaan."
								  : "Voor deze bevinding is geen actie afgesproken.");
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (schouw_bevinding_actie_gedaan(db, b, amsterdam_day(clock_now())) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "schouw_bevinding", id_text(a, b), "actie gedaan") < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result schouw_afronden(struct db *db, struct arena *a, const struct actor *who, struct schouw *s,
				struct field_errors *errs)
{
	const char *why;
	int64_t now = clock_now();

	errs->n = 0;
	if (!db)
		return APP_UNAVAILABLE;
	if ((why = schouw_afronden_refusal(s->status, s->n_bevindingen, s->n_open))) {
		field_error_add(errs, "schouw", why);
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (schouw_set_status(db, s->id, SS_AFGEROND, now) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "schouw", id_text(a, s->id), "afgerond") < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	s->status = SS_AFGEROND;
	s->afgerond_op = now;
	return APP_OK;
}

static void day_cell(struct csv *c, int32_t dn)
{
	char d[DAYS_FORMAT_LEN];

	if (!dn) {
		csv_empty(c);
		return;
	}
	days_format(dn, d);
	csv_text(c, d);
}

enum app_result schouw_export_csv(struct db *db, struct arena *a, const struct actor *who, const struct schouw *s,
				  int jaar, struct csv *c)
{
	static const char *const head[] = {
		"schouw", "schouwdag", "gebied", "bevinding", "thema", "checklistpunt", "omschrijving", "postcode",
		"huisnummer", "toevoeging", "plek", "breedtegraad", "lengtegraad", "vastgelegd_op", "uitkomst",
		"melding", "melding_status", "actie", "actie_eigenaar", "actie_klaar_op", "actie_status", "actie_gedaan_op",
	};
	struct schouw_bevinding *f;
	int n, rows = 0;

	if (!db)
		return APP_UNAVAILABLE;
	n = s ? schouw_bevindingen(db, a, s->id, &f)
	      : schouw_findings_of_period(db, a, days_from_civil(jaar, 1, 1), days_from_civil(jaar, 12, 31), &f);
	if (n < 0)
		return APP_UNAVAILABLE;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_text(c, head[i]);
	csv_end_row(c);
	for (int i = 0; i < n; i++) {
		if (!s && !wijk_in_reach(who, ACT_WIJK_READ, f[i].wijk_id))
			continue;
		char when[32];
		csv_int(c, f[i].schouw_id);
		day_cell(c, f[i].schouw_dag);
		csv_text(c, f[i].gebied);
		csv_int(c, f[i].id);
		csv_text(c, schouw_thema_ids[f[i].thema]);
		csv_text(c, f[i].punt);
		csv_text(c, f[i].omschrijving);
		csv_text(c, f[i].postcode);
		if (f[i].huisnummer)
			csv_int(c, f[i].huisnummer);
		else
			csv_empty(c);
		csv_text(c, f[i].toevoeging);
		csv_text(c, f[i].plek);
		if (f[i].has_geo) {
			/* Coordinates with a decimal point, whatever the separator: as every map tool reads them. */
			char g[32];
			snprintf(g, sizeof(g), "%.6f", f[i].lat);
			csv_text(c, g);
			snprintf(g, sizeof(g), "%.6f", f[i].lon);
			csv_text(c, g);
		} else {
			csv_empty(c);
			csv_empty(c);
		}
		local_moment_format(f[i].vastgelegd_op, when);
		csv_text(c, when);
		csv_text(c, f[i].melding_id ? "melding" : f[i].has_actie ? "actie" : "");
		csv_text(c, f[i].melding_ref);
		csv_text(c, f[i].melding_status);
		csv_text(c, f[i].actie);
		csv_text(c, f[i].actie_eigenaar);
		day_cell(c, f[i].actie_dag);
		csv_text(c, f[i].has_actie ? (f[i].actie_gedaan ? "gedaan" : "open") : "");
		day_cell(c, f[i].actie_gedaan_dag);
		csv_end_row(c);
		rows++;
	}
	const char *what = s ? arena_printf(a, "schouw %lld, %d rijen", (long long)s->id, rows)
			     : arena_printf(a, "schouwbevindingen %d, %d rijen", jaar, rows);
	if (c->err || audit_record(db, who, "geexporteerd", "schouw", s ? id_text(a, s->id) : "", what) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}
