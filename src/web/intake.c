/*
 * intake.c - a melding's form and files into intake_submit() (see intake.h).
 */
#include "web/intake.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/parse.h"
#include "render/tpl.h"

#include <string.h>

/* The uploads of the attachments field, in the order they came. */
static int is_attachment(const struct upload *u)
{
	return !strcmp(u->field, "bijlagen");
}

static void files_from_uploads(struct req *req, struct intake_request *ir)
{
	ir->files = arena_alloc(&req->arena, (size_t)(req->n_uploads ? req->n_uploads : 1) * sizeof(*ir->files));
	ir->n_files = 0;
	for (struct upload *u = req->uploads; u && ir->n_files < req->n_uploads; u = u->next) {
		if (!is_attachment(u))
			continue;
		ir->files[ir->n_files++] = (struct intake_file){
			.filename = u->filename, .path = u->path, .size = u->size,
			.dropped = u->dropped, .drop_reason = u->drop_reason,
		};
	}
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
	files_from_uploads(req, ir);
	ir->pending_token = http_form(req, "bijlagen_id");
	for (struct kv *k = req->form; k && ir->n_drop < (int)(sizeof(ir->drop) / sizeof(ir->drop[0])); k = k->next)
		if (!strcmp(k->key, "verwijder"))
			ir->drop[ir->n_drop++] = parse_id(k->value.buf);
}

enum app_result intake_submit_form(struct req *req, struct intake_request *ir, struct intake_result *res)
{
	enum app_result r = intake_submit(db_thread(), &req->arena, http_actor(req), req->cfg, ir, res);
	int i = 0;

	/* ir->files follows the attachment uploads one to one (files_from_uploads()). */
	for (struct upload *u = req->uploads; u && i < ir->n_files; u = u->next)
		if (is_attachment(u) && ir->files[i++].taken)
			u->path = NULL;   /* it moved; nothing left to clean up */
	return r;
}

void intake_show_limits(const struct req *req, struct tpl_dict *d)
{
	tpl_set_int(d, "MAX_FILES", req->cfg->upload_files);
	tpl_set_int(d, "MAX_FILE_MB", req->cfg->upload_file_mb);
	tpl_set_int(d, "MAX_TOTAL_MB", req->cfg->upload_total_mb);
}
