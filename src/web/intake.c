/*
 * intake.c - a melding's form and files into intake_submit(), and what
 * both intake forms show when they come back (see intake.h).
 */
#include "web/intake.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/parse.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/files.h"

#include <string.h>

/* The text a form gives back as typed: the field, and its key in the templates. */
static const struct {
	const char *field, *key;
} kept[] = {
	{ "omschrijving", "OMSCHRIJVING" }, { "voorval", "VOORVAL" }, { "postcode", "POSTCODE" },
	{ "huisnummer", "HUISNUMMER" }, { "toevoeging", "TOEVOEGING" }, { "plaats", "PLAATS" },
	{ "melder_naam", "MELDER_NAAM" }, { "melder_email", "MELDER_EMAIL" }, { "melder_telefoon", "MELDER_TELEFOON" },
};

/*
 * The fields in the order of the forms, so the summary reads top to
 * bottom; kanaal and ontvangen_op are staff intake's (the validator
 * leaves them alone for the public).
 */
static const char *const error_order[] = {
	"kanaal", "ontvangen_op", "categorie", "omschrijving", "voorval", "postcode", "huisnummer",
	"toevoeging", "plaats", "melder_naam", "melder_email", "melder_telefoon",
};

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
			.dropped = u->dropped, .drop_reason = u->drop_reason, .failed = u->write_failed,
		};
	}
}

void intake_from_form(struct req *req, struct intake_request *ir)
{
	ir->in.categorie = input_text(req, "categorie");
	ir->in.omschrijving = input_text(req, "omschrijving");
	ir->in.voorval = input_text(req, "voorval");
	ir->in.postcode = input_text(req, "postcode");
	ir->in.huisnummer = input_text(req, "huisnummer");
	ir->in.toevoeging = input_text(req, "toevoeging");
	ir->in.plaats = input_text(req, "plaats");
	ir->in.melder_naam = input_text(req, "melder_naam");
	ir->in.melder_email = input_text(req, "melder_email");
	ir->in.melder_telefoon = input_text(req, "melder_telefoon");
	ir->in.anoniem = input_text(req, "anoniem");
	ir->in.delen_met_partners = input_text(req, "delen_met_partners");
	files_from_uploads(req, ir);
	ir->pending_token = input_text(req, "bijlagen_id");
	/* One verwijder per file to drop. */
	const int64_t *drop;
	int n = input_many(req, "verwijder", &drop, NULL);
	for (int i = 0; i < n && ir->n_drop < (int)(sizeof(ir->drop) / sizeof(ir->drop[0])); i++)
		ir->drop[ir->n_drop++] = drop[i];
	/* The kept files the form showed. */
	const int64_t *held;
	n = input_many(req, "bewaard", &held, NULL);
	for (int i = 0; i < n && ir->n_held < (int)(sizeof(ir->held) / sizeof(ir->held[0])); i++)
		ir->held[ir->n_held++] = held[i];
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

void intake_show_form(struct req *req, struct tpl_dict *d, int keep)
{
	const char *anoniem = keep ? input_text(req, "anoniem") : NULL;

	tpl_set_int(d, "MAX_FILES", req->cfg->upload_files);
	tpl_set_int(d, "MAX_FILE_MB", req->cfg->upload_file_mb);
	tpl_set_int(d, "MAX_TOTAL_MB", req->cfg->upload_total_mb);
	for (size_t i = 0; keep && i < sizeof(kept) / sizeof(kept[0]); i++)
		tpl_set(d, kept[i].key, input_text(req, kept[i].field));
	/* The checkbox's own value; the validator's wider reading decides what is stored. */
	tpl_show(d, anoniem && !strcmp(anoniem, "1") ? "ANONIEM_JA" : "ANONIEM_NEE");
	/* Consent to share contact details with partners: unticked unless the melder ticked it. */
	const char *delen = keep ? input_text(req, "delen_met_partners") : NULL;
	if (delen && !strcmp(delen, "1"))
		tpl_show(d, "DELEN_JA");
}

void intake_show_errors(struct req *req, struct form *f, const struct intake_result *res, const char *files_msg)
{
	const struct field_errors *stage = input_errors(req);

	for (size_t i = 0; i < sizeof(error_order) / sizeof(error_order[0]); i++) {
		const char *m = field_error_for(stage, error_order[i]);
		if (m || (m = field_error_for(&res->errs, error_order[i])))
			form_error(f, error_order[i], m);
	}
	for (int i = 0; i < res->n_file_msgs; i++) {
		struct tpl_dict *x = tpl_section(f->d, "FILE_MSG");
		tpl_set(x, "NAME", res->file_msgs[i].bestandsnaam);
		tpl_set(x, "MSG", res->file_msgs[i].message);
	}
	if (res->n_file_msgs)
		form_error(f, "bijlagen", files_msg);
}

void intake_show_pending(struct req *req, struct tpl_dict *d, const struct intake_result *res)
{
	tpl_set(d, "BIJLAGEN_ID", res->pending_token);
	for (int i = 0; i < res->n_pending; i++) {
		struct tpl_dict *p = tpl_section(d, "PENDING");
		tpl_set_int(p, "ID", res->pending[i].id);
		tpl_set(p, "NAME", res->pending[i].bestandsnaam);
		tpl_set(p, "KIND", files_kind(res->pending[i].mime));
		tpl_set(p, "SIZE", page_size(&req->arena, res->pending[i].grootte));
	}
	if (res->n_pending)
		tpl_show(d, "HAS_PENDING");
}
