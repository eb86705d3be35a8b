/*
 * melder_dagboek.c - the melder's overlastdagboek on the status page (see
 * web/melder.h): the entries, the form to add one, and its POST
 * (/melding/status/{token}/dagboek, handle_melding_dagboek() in web.h;
 * a GET there is the status page itself, routes.c).
 *
 * The POST answers with the whole status page: a refused entry comes back
 * 422 inside it with what was typed and a message per field, through
 * handle_melding_status(), which calls dagboek_status_show() for this
 * part; refused holds that request's messages meanwhile. A stored entry
 * redirects to the page (POST/redirect/GET).
 */
#include "app/dagboek.h"
#include "auth/csrf.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/dagboek.h"
#include "domain/fields.h"
#include "domain/melding.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/clock.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/audit.h"
#include "store/dagboek.h"
#include "store/files.h"
#include "store/melding.h"
#include "web/melder.h"
#include "web/web.h"

#include <string.h>


/* POST /melding/status/{token}/dagboek: the entry and its files. */
const struct field_spec melding_dagboek_fields[] = {
	FIELD_PATH("token", FT_TEXT),   /* checked by the handler: a wrong one is the status page's own 404 */
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "van", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "tot", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "ernst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bijlagen", .from = IN_FORM, .type = FT_FILE },
	{ .name = "bijlagen_id", .from = IN_FORM, .type = FT_TEXT },   /* files held from a refused attempt */
	{ .name = "verwijder", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY },
	{ .name = CSRF_FIELD, .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

/* What a refused POST tells the form it re-renders (this thread's request only). */
struct dagboek_refusal {
	const struct field_errors *errs;
	const char *notice;            /* a refusal before validation (too many, failure), or NULL */
	int files_again;               /* files were sent and not held: they must be chosen again */
	const struct dagboek_held *held;   /* the files held for the next attempt, or NULL */
};
static _Thread_local const struct dagboek_refusal *refused;

static void show_entries(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m)
{
	struct dagboek_entry *e;
	struct dagboek_file *f;
	char when[DAGBOEK_TEXT_LEN];
	int n = dagboek_list(db, &req->arena, m->id, &e);
	int nf = n > 0 ? dagboek_files_of_melding(db, &req->arena, m->id, &f) : 0;

	if (n <= 0) {
		tpl_show(d, "NO_ENTRIES");
		return;
	}
	tpl_show(d, "HAS_ENTRIES");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(d, "ENTRY");
		tpl_set_int(x, "ID", e[i].id);
		dagboek_moment_text(e[i].van, when);
		tpl_set(x, "VAN", when);
		if (e[i].tot) {
			dagboek_moment_text(e[i].tot, when);
			tpl_set(tpl_section(x, "TOT"), "TOT", when);
		}
		tpl_set_int(x, "ERNST", e[i].ernst);
		tpl_set(x, "ERNST_LABEL", dagboek_ernst_labels[e[i].ernst]);
		tpl_set(x, "TEKST", e[i].tekst);
		int shown = 0;
		for (int j = 0; j < nf; j++) {
			if (f[j].dagboek_id != e[i].id)
				continue;
			struct tpl_dict *y = tpl_section(x, "FILE");
			tpl_set(y, "NAAM", f[j].bestandsnaam);
			tpl_set(y, "SOORT", files_kind(f[j].mime));
			tpl_set(y, "GROOTTE", page_size(&req->arena, f[j].grootte));
			shown++;
		}
		if (shown)
			tpl_show(x, "HAS_FILES");
	}
}

static void show_form(struct req *req, struct tpl_dict *d, const char *token)
{
	struct tpl_dict *o = tpl_section(d, "OPEN");
	struct form f = FORM_INIT(o);
	int keep = req->meth == HTTP_POST && refused;
	const char *ernst = keep ? input_text(req, "ernst") : NULL;
	char nu[LOCAL_MOMENT_LEN];
	/* The fields in the order of the form, for the summary. */
	static const char *const order[] = { "tekst", "van", "tot", "ernst", "bijlagen" };

	local_moment_format(clock_now(), nu);
	tpl_set(o, "TOKEN", token);
	tpl_set(o, "CSRF_TOKEN", csrf_token(req));
	tpl_set(o, "NU", nu);
	tpl_set_int(o, "MAX_FILES", req->cfg->upload_files);
	tpl_set_int(o, "MAX_FILE_MB", req->cfg->upload_file_mb);
	tpl_set_int(o, "MAX_TOTAL_MB", req->cfg->upload_total_mb);
	if (keep) {
		tpl_set(o, "TEKST", input_text(req, "tekst"));
		tpl_set(o, "VAN", input_text(req, "van"));
		tpl_set(o, "TOT", input_text(req, "tot"));
	} else {
		/* Most entries are written just after it happened: now is the likely start. */
		tpl_set(o, "VAN", nu);
	}
	for (int i = 1; i <= DAGBOEK_ERNST_MAX; i++) {
		struct tpl_dict *x = tpl_section(o, "ERNST_OPT");
		tpl_set_int(x, "WAARDE", i);
		tpl_set(x, "LABEL", dagboek_ernst_labels[i]);
		tpl_setf(x, "ID", "ernst-%d", i);
		if (ernst && ernst[0] == '0' + i && !ernst[1])
			tpl_show(x, "CHECKED");
	}
	if (!keep)
		return;
	if (refused->notice) {
		tpl_set(o, "NOTICE", refused->notice);
		tpl_show(o, "NOTICE_MSG");
	}
	const struct field_errors *stage = input_errors(req);
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *msg = field_error_for(stage, order[i]);
		if (msg || (refused->errs && (msg = field_error_for(refused->errs, order[i]))))
			form_error(&f, order[i], msg);
	}
	if (refused->held && refused->held->token[0]) {
		tpl_set(o, "BIJLAGEN_ID", refused->held->token);
		for (int i = 0; i < refused->held->n; i++) {
			const struct pending_file *p = &refused->held->files[i];
			struct tpl_dict *x = tpl_section(o, "HELD");
			tpl_set_int(x, "ID", p->id);
			tpl_set(x, "NAAM", p->bestandsnaam);
			tpl_set(x, "SOORT", files_kind(p->mime));
			tpl_set(x, "GROOTTE", page_size(&req->arena, p->grootte));
		}
		if (refused->held->n)
			tpl_show(o, "HAS_HELD");
	}
	if (refused->files_again) {
		/* By name, so the melder finds the same files again on the phone. */
		struct tpl_dict *again = tpl_section(o, "FILES_AGAIN");
		for (struct upload *u = req->uploads; u; u = u->next)
			if (!strcmp(u->field, "bijlagen") && u->filename && u->filename[0])
				tpl_set(tpl_section(again, "NAAM"), "NAAM", u->filename);
	}
}

void dagboek_status_show(struct req *req, struct tpl_dict *d, const struct melding *m, const char *token)
{
	struct db *db = db_thread();
	struct tpl_dict *x = tpl_include(d, "DAGBOEK", "melding_status_dagboek.tpl");

	if (!db)
		return;
	show_entries(req, db, x, m);
	if (m->status != MS_AFGESLOTEN) {
		show_form(req, x, token);
		return;
	}
	struct tpl_dict *c = tpl_section(x, "CLOSED");
	/* Refused on a closed melding: the text stays, to copy into a new melding. */
	if (req->meth == HTTP_POST && refused) {
		const char *t = input_text(req, "tekst");
		if (t && t[0])
			tpl_set(tpl_section(c, "KEPT"), "TEKST", t);
	}
}

/* Files were sent with this attempt (a file input left empty sends a nameless, empty part). */
static int files_sent(const struct intake_file *files, int n)
{
	for (int i = 0; i < n; i++)
		if (files[i].size || (files[i].filename && files[i].filename[0]))
			return 1;
	return 0;
}

/* The status page again, with the refusal in the diary's form, as status (the page's own 404 stays). */
static int refuse(struct req *req, int status, const struct dagboek_refusal *why)
{
	refused = why;
	int rc = handle_melding_status(req);
	refused = NULL;
	return rc == 200 ? status : rc;
}

int handle_melding_dagboek(struct req *req)
{
	const char *token = input_text(req, "token");
	struct db *db = db_thread();
	struct melding m;
	struct dagboek_input in;
	struct field_errors *errs = arena_alloc(&req->arena, sizeof(*errs));
	struct intake_file *files = arena_alloc(&req->arena, (size_t)(req->n_uploads ? req->n_uploads : 1) * sizeof(*files));
	int n_files = 0;
	int64_t id;

	int status = melder_melding(req, &m);
	if (status)
		return status;   /* the status page's own 404, which reveals nothing */

	for (struct upload *u = req->uploads; u && n_files < req->n_uploads; u = u->next)
		if (!strcmp(u->field, "bijlagen"))
			files[n_files++] = (struct intake_file){
				.filename = u->filename, .path = u->path, .size = u->size,
				.dropped = u->dropped, .drop_reason = u->drop_reason, .failed = u->write_failed,
			};
	struct dagboek_refusal why = { .files_again = files_sent(files, n_files) };

	/* The public form's limit per address counts diary entries too (refused ones included). */
	if (!req->session && submit_count_since(db, req->ip, clock_now() - 3600) >= req->cfg->melden_per_ip_hour) {
		audit_record(db, http_actor(req), "geweigerd", "dagboek", m.referentie, "te veel van dit adres");
		why.notice = "Er is in het afgelopen uur te veel verstuurd vanaf dit internetadres. "
			     "Probeer het over een uur opnieuw, of bel ons.";
		return refuse(req, 429, &why);
	}
	in = (struct dagboek_input){
		.tekst = input_text(req, "tekst"), .van = input_text(req, "van"),
		.tot = input_text(req, "tot"), .ernst = input_text(req, "ernst"),
		.bewaard_token = input_text(req, "bijlagen_id"), .ip = req->session ? "" : req->ip,
	};
	in.n_weg = input_many(req, "verwijder", &in.weg, NULL);
	struct dagboek_held *held = arena_alloc(&req->arena, sizeof(*held));
	enum app_result a = dagboek_add(db, &req->arena, req->cfg, &m, &in, files, n_files, errs, &id, held);
	/* Moved into storage: no longer the request's to clean up. */
	int i = 0;
	for (struct upload *u = req->uploads; u && i < n_files; u = u->next)
		if (!strcmp(u->field, "bijlagen") && files[i++].taken)
			u->path = NULL;
	if (a != APP_UNAVAILABLE)
		intake_refused(db, http_actor(req));   /* counts towards the limit per address, stored or not */
	if (a == APP_INVALID) {
		why.errs = errs;
		why.held = held;
		/* What was held needs no choosing again; what the caps kept out does. */
		why.files_again = why.files_again && (held->not_kept || !held->token[0]);
		return refuse(req, 422, &why);
	}
	if (a != APP_OK) {
		http_add_header(req, "Retry-After", "120");
		why.notice = "Uw aanvulling is niet opgeslagen, omdat er bij ons iets misging. Wat u schreef staat "
			     "hieronder nog. Probeer het over een paar minuten nog een keer.";
		return refuse(req, 503, &why);
	}
	return http_redirect(req, arena_printf(&req->arena, "/melding/status/%s#dagboek-%lld", token, (long long)id));
}
