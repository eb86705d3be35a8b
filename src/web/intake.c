/*
 * intake.c - one melding in, whichever door (see intake.h).
 */
#include "web/intake.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/messages.h"
#include "http/http.h"
#include "lib/log.h"
#include "render/tpl.h"
#include "store/address.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/category.h"
#include "store/melding.h"
#include "store/outbox.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_FILES_KEPT 16

struct kept {
	const char *bestandsnaam, *mime;
	char opslag[FILES_NAME_LEN];
	int64_t size;
};

const char *intake_status_url(struct req *req, const char *token)
{
	const struct config *cfg = req->cfg;

	if (cfg->base_url[0])
		return arena_printf(&req->arena, "%s/melding/status/%s", cfg->base_url, token);
	return arena_printf(&req->arena, "http://%s/melding/status/%s", cfg->listen, token);
}

int64_t intake_max_file(const struct req *req)
{
	return (int64_t)req->cfg->upload_file_mb * 1024 * 1024;
}

void intake_from_form(struct req *req, struct intake_request *ir)
{
	ir->in.categorie = http_form(req, "categorie");
	ir->in.omschrijving = http_form(req, "omschrijving");
	ir->in.voorval = http_form(req, "voorval");
	ir->in.postcode = http_form(req, "postcode");
	ir->in.huisnummer = http_form(req, "huisnummer");
	ir->in.toevoeging = http_form(req, "toevoeging");
	ir->in.plaats = http_form(req, "plaats");
	ir->in.melder_naam = http_form(req, "melder_naam");
	ir->in.melder_email = http_form(req, "melder_email");
	ir->in.melder_telefoon = http_form(req, "melder_telefoon");
	ir->in.anoniem = http_form(req, "anoniem");
	ir->uploads = req->uploads;
	ir->pending_token = http_form(req, "bijlagen_id");
	for (struct kv *k = req->form; k && ir->n_drop < (int)(sizeof(ir->drop) / sizeof(ir->drop[0])); k = k->next)
		if (!strcmp(k->key, "verwijder"))
			ir->drop[ir->n_drop++] = parse_id(k->value.buf);
}

void intake_show_limits(const struct req *req, struct tpl_dict *d)
{
	tpl_set_int(d, "MAX_FILES", req->cfg->upload_files);
	tpl_set_int(d, "MAX_FILE_MB", req->cfg->upload_file_mb);
	tpl_set_int(d, "MAX_TOTAL_MB", req->cfg->upload_total_mb);
}

static void file_msg(struct intake_result *res, const char *name, const char *msg)
{
	if (res->n_file_msgs < INTAKE_FILE_MSGS) {
		res->file_msgs[res->n_file_msgs].bestandsnaam = name;
		res->file_msgs[res->n_file_msgs].message = msg;
		res->n_file_msgs++;
	}
}

static void drop_kept(struct kept *k, int n)
{
	for (int i = 0; i < n; i++)
		files_remove(k[i].opslag);
}

/* The new files of this request: checked by content, moved into storage. */
static int take_uploads(struct req *req, struct intake_request *ir, struct intake_result *res,
			int already, int64_t already_bytes, struct kept *kept, int *n_kept)
{
	const struct config *cfg = req->cfg;
	int64_t total = already_bytes, cap_total = (int64_t)cfg->upload_total_mb * 1024 * 1024;
	int count = already;

	for (struct upload *u = ir->uploads; u; u = u->next) {
		char mime[64];
		if (strcmp(u->field, "bijlagen"))
			continue;
		if (u->dropped) {
			if (u->drop_reason)
				file_msg(res, u->filename, u->drop_reason);
			continue;
		}
		if (!u->path || u->size == 0) {
			file_msg(res, u->filename, "Dit bestand is leeg.");
			continue;
		}
		if (files_check_type(u->path, mime) < 0) {
			file_msg(res, u->filename, "Dit soort bestand kunnen wij niet ontvangen. Stuur een foto "
				 "(JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV).");
			continue;
		}
		if (count + 1 > cfg->upload_files) {
			file_msg(res, u->filename, arena_printf(&req->arena,
				 "U kunt ten hoogste %d bestanden meesturen.", cfg->upload_files));
			continue;
		}
		if (total + (int64_t)u->size > cap_total) {
			file_msg(res, u->filename, arena_printf(&req->arena,
				 "Samen zijn de bestanden groter dan %d MB.", cfg->upload_total_mb));
			continue;
		}
		struct kept *k = &kept[*n_kept];
		if (files_keep(u->path, k->opslag) < 0)
			return -1;
		u->path = NULL;   /* it moved; nothing left to clean up */
		k->bestandsnaam = u->filename[0] ? u->filename : "bestand";
		k->mime = arena_strdup(&req->arena, mime);
		k->size = (int64_t)u->size;
		(*n_kept)++;
		count++;
		total += (int64_t)u->size;
		if (*n_kept >= MAX_FILES_KEPT)
			break;
	}
	return 0;
}

static int load_categories(struct db *db, struct req *req, const char ***codes, size_t *n)
{
	struct category cats[CATEGORY_MAX];
	int c = category_list(db, 1, cats, CATEGORY_MAX);

	if (c < 0)
		return -1;
	const char **list = arena_alloc(&req->arena, (size_t)(c ? c : 1) * sizeof(*list));
	for (int i = 0; i < c; i++)
		list[i] = arena_strdup(&req->arena, cats[i].code);
	*codes = list;
	*n = (size_t)c;
	return 0;
}

int intake_submit(struct req *req, struct intake_request *ir, struct intake_result *res)
{
	struct db *db = db_thread();
	int64_t now = clock_now();
	struct melding_valid v;
	struct melding_context ctx = { .now = now, .staff = ir->staff, .default_kanaal = ir->default_kanaal };
	unsigned char phash[32];
	struct kept kept[MAX_FILES_KEPT];
	int n_kept = 0;

	memset(res, 0, sizeof(*res));
	res->status = 503;
	if (!db || load_categories(db, req, (const char ***)&ctx.categories, &ctx.n_categories) < 0)
		return res->status;

	melding_validate(&ir->in, &ctx, &v, &res->errs);

	/* Files from an earlier attempt, minus those the melder removed. */
	if (ir->pending_token && ir->pending_token[0] && strlen(ir->pending_token) < sizeof(res->pending_token)) {
		snprintf(res->pending_token, sizeof(res->pending_token), "%s", ir->pending_token);
	} else {
		secret_random_b64(res->pending_token, sizeof(res->pending_token), 24);
	}
	secret_token_hash(res->pending_token, phash);
	if (ir->n_drop) {
		if (db_begin(db) < 0)
			return res->status;
		for (int i = 0; i < ir->n_drop; i++)
			pending_drop(db, phash, ir->drop[i]);
		if (db_commit(db) < 0)
			return res->status;
	}
	res->n_pending = pending_list(db, &req->arena, phash, now, &res->pending);
	if (res->n_pending < 0)
		return res->status;
	int64_t pending_bytes = 0;
	for (int i = 0; i < res->n_pending; i++)
		pending_bytes += res->pending[i].grootte;

	if (take_uploads(req, ir, res, res->n_pending, pending_bytes, kept, &n_kept) < 0)
		goto fail_files;

	if (res->errs.n || res->n_file_msgs) {
		/* Keep what was accepted for the next attempt (an hour). */
		if (n_kept) {
			if (db_begin(db) < 0)
				goto fail_files;
			for (int i = 0; i < n_kept; i++)
				if (pending_add(db, phash, kept[i].bestandsnaam, kept[i].opslag, kept[i].mime,
						kept[i].size, now) != STORE_OK) {
					db_rollback(db);
					goto fail_files;
				}
			if (db_commit(db) < 0)
				goto fail_files;
			res->n_pending = pending_list(db, &req->arena, phash, now, &res->pending);
		}
		res->status = 422;
		return res->status;
	}

	/* Valid: match, fix the terms, commit everything at once. */
	struct category cat;
	struct address_match match = { 0 };
	struct calendar *cal = arena_alloc(&req->arena, sizeof(*cal));
	struct melding_new n = { .v = &v, .match = &match, .now = now };
	unsigned char thash[32], box[SECRET_SEAL_MAX];
	size_t box_len;

	if (category_by_code(db, v.categorie, &cat) != STORE_OK || calendar_load(db, cal) < 0)
		goto fail_files;
	if (v.postcode[0] && address_match(db, v.postcode, v.huisnummer, v.toevoeging, &match) != STORE_OK)
		goto fail_files;
	n.category_id = cat.id;
	n.ontvangen_dag = amsterdam_day(v.ontvangen_op);
	melding_due(&cal->cal, n.ontvangen_dag, &cat.terms, &n.due);
	n.created_by = req->session && role_is_staff(req->session->role) ? req->session->user_id : 0;
	secret_random_b64(res->status_token, sizeof(res->status_token), 24);
	secret_token_hash(res->status_token, thash);
	if (secret_seal(res->status_token, box, &box_len) < 0)
		goto fail_files;
	n.token_hash = thash;
	n.token_box = box;
	n.token_box_len = box_len;

	if (db_begin(db) < 0)
		goto fail_files;
	pending_expire(db, now);
	if (melding_insert(db, &n, res->referentie, &res->id) != STORE_OK)
		goto fail_tx;
	if (melding_event_add(db, res->id, v.ontvangen_op, n.created_by, "ontvangen",
			      arena_printf(&req->arena, "Melding ontvangen via %s.", kanaal_labels[v.kanaal]), 1) != STORE_OK)
		goto fail_tx;
	for (int i = 0; i < res->n_pending; i++)
		if (attachment_add(db, res->id, res->pending[i].bestandsnaam, res->pending[i].opslag,
				   res->pending[i].mime, res->pending[i].grootte, now) != STORE_OK)
			goto fail_tx;
	for (int i = 0; i < n_kept; i++)
		if (attachment_add(db, res->id, kept[i].bestandsnaam, kept[i].opslag, kept[i].mime,
				   kept[i].size, now) != STORE_OK)
			goto fail_tx;
	if (res->n_pending && pending_taken(db, phash) != STORE_OK)
		goto fail_tx;
	if (!v.anoniem) {
		struct buf subject = BUF_INIT, body = BUF_INIT;
		struct message_facts f = {
			.organisation = req->cfg->organisation, .referentie = res->referentie,
			.status_url = intake_status_url(req, res->status_token), .naam = v.melder_naam,
			.bevestigen_dag = n.due.bevestigen, .terugkoppelen_dag = n.due.terugkoppelen,
		};
		message_receipt(&f, &subject, &body);
		enum store_result r = outbox_add(db, res->id, "ontvangst", v.melder_email, subject.buf, body.buf, now);
		buf_release(&subject);
		buf_release(&body);
		if (r != STORE_OK)
			goto fail_tx;
	}
	if (!n.created_by && submit_record(db, req->ip, now) != STORE_OK)
		goto fail_tx;
	if (audit_record(db_thread(), http_actor(req), "aangemaakt", "melding", res->referentie, kanaal_ids[v.kanaal]) < 0)
		goto fail_tx;
	if (db_commit(db) < 0)
		goto fail_files;
	res->ontvangen_op = v.ontvangen_op;
	res->due = n.due;
	res->status = 201;
	return res->status;

fail_tx:
	db_rollback(db);
fail_files:
	drop_kept(kept, n_kept);
	res->status = 503;
	return res->status;
}
