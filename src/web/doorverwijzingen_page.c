/*
 * doorverwijzingen_page.c - one referral (GET /doorverwijzingen/{id}), its
 * files (GET /doorverwijzingen/{id}/bijlagen/{bijlage}) and its steps
 * (POST /doorverwijzingen/{id}/accepteren|afwijzen|reactie|afsluiten|heropenen, one
 * handler: the route's last word is the step), with the field specs of
 * the page and the steps.
 *
 * The same page serves both sides. A partner sees the question, the shared
 * summary, the shared files and the history, with the steps its status
 * allows; staff also see the dossier, the internal reason and the closing
 * step. What a partner's page holds comes from the partner-bound loads
 * (referral_load_for(), app/referrals.h), never from the staff row trimmed
 * here. Every view and every file opened is an audited read. A step that
 * fails comes back as this page with the input kept and a message per
 * field; one that works redirects here with a short confirmation.
 */
#include "app/referrals.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "config.h"
#include "web/doorverwijzingen.h"
#include "http/download.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/files.h"
#include "lib/clock.h"

#include <string.h>

/* How the pages answer a referral the session may not see or change. */
static const struct refusal doorverwijzing_refusal = {
	.not_found_title = "Doorverwijzing niet gevonden",
	.not_found_text = "Deze doorverwijzing bestaat niet, of u heeft er geen toegang toe.",
	.forbidden_text = "U mag deze doorverwijzing bekijken, maar dit niet doen.",
};

static const struct refusal bijlage_refusal = {
	.not_found_title = "Bestand niet gevonden",
	.not_found_text = "Dit bestand hoort niet bij deze doorverwijzing.",
	.forbidden_text = "Dit bestand hoort niet bij deze doorverwijzing.",
};

static const char *event_label(const char *soort)
{
	static const struct {
		const char *soort, *label;
	} labels[] = {
		{ "verstuurd", "Doorverwijzing verstuurd" },
		{ "geaccepteerd", "Geaccepteerd" },
		{ "afgewezen", "Afgewezen" },
		{ "reactie", "Antwoord" },
		{ "afgesloten", "Afgesloten door de corporatie" },
		{ "heropend", "Heropend door de corporatie" },
	};
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].soort, soort))
			return labels[i].label;
	return soort;
}

static void file_item(struct req *req, struct tpl_dict *x, const struct referral *r, const struct referral_file *f)
{
	tpl_setf(x, "HREF", "/doorverwijzingen/%lld/bijlagen/%lld", (long long)r->id, (long long)f->id);
	tpl_set(x, "NAAM", f->bestandsnaam);
	tpl_set(x, "SOORT", !strcmp(f->mime, "application/pdf") ? "PDF" : files_kind(f->mime));
	tpl_set(x, "GROOTTE", page_size(&req->arena, f->grootte));
}

/* What the page shows after a step that did not work. */
struct failed {
	enum referral_action a;
	const struct field_errors *errs;
	const struct referral_act_input *in;   /* with the file kept for the next attempt */
};

/* The referral itself; the headings speak to whoever reads them. */
static void show_facts(struct req *req, struct tpl_dict *c, const struct referral *r, int partner)
{
	enum referral_due due = referral_due_marker(r, amsterdam_day(clock_now()));

	tpl_set_int(c, "ID", r->id);
	tpl_set(c, "REFERENTIE", r->referentie);
	tpl_set(c, "STATUS", referral_status_labels[r->status]);
	tpl_set(c, "PARTNER", r->partner_naam);
	tpl_set(c, "SOORT", partner_soort_labels[r->partner_soort]);
	tpl_set(c, "VERSTUURD", when_str(&req->arena, WHEN_MINUTE, r->verstuurd_op));
	tpl_set(c, "DOOR", r->door_naam);
	if (r->door_email && *r->door_email)
		tpl_set(tpl_section(c, "DOOR_EMAIL"), "EMAIL", r->door_email);
	if (req->cfg->telefoon[0])
		tpl_set(tpl_section(c, "TEAM_TELEFOON"), "TELEFOON", req->cfg->telefoon);
	tpl_set(c, "DAG", referral_day_text(&req->arena, r->antwoord_dag));
	tpl_set_int(c, "TERMIJN", r->termijn);
	tpl_set(c, "DUE_CLASS", referral_due_classes[due]);
	tpl_set(c, "DUE_LABEL", referral_due_labels[due]);
	tpl_set(c, "VRAAG", r->vraag);
	tpl_set(c, "GEDEELDE_INFORMATIE", r->gedeelde_informatie);
	if (r->afgewezen_op)
		tpl_set(tpl_section(c, "AFGEWEZEN"), "REDEN", r->afwijs_reden);
	if (r->status == RS_AFGESLOTEN && r->afsluit_notitie && *r->afsluit_notitie)
		tpl_set(tpl_section(c, "AFGESLOTEN"), "NOTITIE", r->afsluit_notitie);
	tpl_set(c, "VRAAG_KOP", partner ? "De vraag aan u" : "Vraag aan de partner");
	tpl_set(c, "INFO_KOP", partner ? "Wat de corporatie met u deelt" : "Gedeelde informatie");
	if (partner) {
		tpl_show(c, "PARTNER_VIEW");
		return;
	}
	struct tpl_dict *s = tpl_section(c, "STAFF_VIEW");
	tpl_set_int(s, "DOSSIER_ID", r->dossier_id);
	tpl_set(s, "DOSSIER_REF", r->dossier_ref);
	tpl_set(s, "ONDERWERP", r->dossier_onderwerp);
	tpl_set(s, "WIJK", r->wijk_naam);
	tpl_set(s, "REDEN", r->reden);
}

/*
 * The melders whose contact details the referral shares (issue 17): only
 * those who consented, read bound to the referral's own organisation and
 * consent checked again now. Without any, the partner sees no melder.
 */
static int show_melders(struct req *req, struct db *db, struct tpl_dict *c, const struct referral *r, int partner)
{
	struct referral_melder *ms;
	int n = referral_melders_shared(db, &req->arena, r->id, r->partner_id, &ms);

	if (n < 0)
		return -1;
	if (!n) {
		if (!partner)
			tpl_show(c, "GEEN_MELDERS");
		return 0;
	}
	struct tpl_dict *s = tpl_section(c, "MELDERS");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(s, "MELDER");
		tpl_set(x, "NAAM", ms[i].naam[0] ? ms[i].naam : "(geen naam)");
		if (ms[i].email[0])
			tpl_set(tpl_section(x, "EMAIL"), "EMAIL", ms[i].email);
		if (ms[i].telefoon[0])
			tpl_set(tpl_section(x, "TELEFOON"), "TELEFOON", ms[i].telefoon);
	}
	return 0;
}

/* The confirmations after a step that worked (?klaar=, as the steps redirect). */
#define N_KLAAR 6
static const char *const klaar_ids[N_KLAAR + 1] = {
	"verstuurd", "geaccepteerd", "afgewezen", "beantwoord", "afgesloten", "heropend", NULL,
};
static const char *const klaar_texts[N_KLAAR] = {
	"De doorverwijzing is verstuurd. De organisatie krijgt een e-mail zonder inhoud, met een link naar deze pagina.",
	"U heeft de doorverwijzing geaccepteerd. Geef hieronder uw antwoord zodra u het heeft.",
	"U heeft de doorverwijzing afgewezen. De corporatie ziet uw reden.",
	"Uw antwoord is verstuurd. De corporatie ziet het in het dossier.",
	"De doorverwijzing is afgesloten. Per ongeluk? U kunt haar tot het einde van de volgende werkdag heropenen.",
	"De doorverwijzing is heropend en staat weer waar zij stond voor het afsluiten.",
};

/* The referral, and the confirmation to show (another word shows none). */
const struct field_spec doorverwijzing_page_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .max = N_KLAAR, .choices = klaar_ids },
	FIELDS_END
};

static void show_flash(struct req *req)
{
	int64_t k;

	if (!input_value(req, "klaar", &k))
		return;
	struct tpl_dict *f = tpl_section(req->page, "FLASH");
	tpl_set(f, "FLASH_KIND", "ok");
	tpl_set(f, "FLASH_TEXT", klaar_texts[k]);
}

/* The files shared with the referral, then the history; a partner's files stand with its answers. */
static void show_history(struct req *req, struct tpl_dict *c, const struct referral *r,
			 const struct referral_file *files, int nf, const struct referral_event *ev, int ne)
{
	struct tpl_dict *shared = NULL;

	for (int i = 0; i < nf; i++) {
		if (files[i].van_partner)
			continue;
		if (!shared)
			shared = tpl_section(c, "BIJLAGEN");
		file_item(req, tpl_section(shared, "BIJLAGE"), r, &files[i]);
	}
	if (!shared)
		tpl_show(c, "NO_BIJLAGEN");
	for (int i = 0; i < ne; i++) {
		struct tpl_dict *x = tpl_section(c, "EVENT");
		tpl_set(x, "WANNEER", when_str(&req->arena, WHEN_MINUTE, ev[i].op));
		tpl_set(x, "LABEL", event_label(ev[i].soort));
		if (ev[i].wie[0])
			tpl_set(tpl_section(x, "WIE"), "NAAM", ev[i].wie);
		if (ev[i].tekst[0])
			tpl_set(tpl_section(x, "TEKST"), "TEKST", ev[i].tekst);
		for (int k = 0; k < nf; k++)
			if (files[k].event_id == ev[i].id)
				file_item(req, tpl_section(x, "EVENT_BIJLAGE"), r, &files[k]);
	}
}

/* The partner's steps this status allows, with the input of a failed one kept. 1 when there is one. */
static int show_partner_steps(struct tpl_dict *c, const struct referral *r, const struct failed *fl)
{
	int any = 0;

	if (referral_next(r->status, RA_ACCEPTEREN) >= 0) {
		tpl_show(c, "ACT_ACCEPTEREN");
		any = 1;
	}
	if (referral_next(r->status, RA_AFWIJZEN) >= 0) {
		struct tpl_dict *x = tpl_section(c, "ACT_AFWIJZEN");
		if (fl && fl->a == RA_AFWIJZEN) {
			tpl_set(x, "REDEN", fl->in->reden);
			tpl_show(x, "OPEN");
		}
		any = 1;
	}
	if (referral_next(r->status, RA_REACTIE) >= 0) {
		struct tpl_dict *x = tpl_section(c, "ACT_REACTIE");
		if (fl && fl->a == RA_REACTIE) {
			tpl_set(x, "TEKST", fl->in->tekst);
			/* The file accepted last time waits; the partner need not choose it again. */
			if (fl->in->bestand_naam) {
				struct tpl_dict *k = tpl_section(x, "KEPT");
				tpl_set(k, "NAAM", fl->in->bestand_naam);
				tpl_set(k, "TOKEN", fl->in->bestand_token);
			}
		}
		tpl_set(x, "TITEL", r->status == RS_BEANTWOORD ? "Nog een antwoord geven" : "Antwoorden");
		any = 1;
	}
	if (!any)
		tpl_show(c, "PARTNER_KLAAR");
	return any;
}

/*
 * The case worker's step: afsluiten with its note (kept after a failed
 * attempt) while open; heropenen while the sender or a coordinator still
 * may. 1 when one is shown, 0 when none, -1 when the database failed.
 */
static int show_staff_steps(struct req *req, struct tpl_dict *c, const struct referral *r, const struct failed *fl)
{
	struct db *db = db_thread();
	int may = referral_may(db, &req->arena, http_actor(req), r, ACT_REFERRAL_CREATE);

	if (may <= 0)
		return may;
	if (r->status != RS_AFGESLOTEN) {
		struct tpl_dict *x = tpl_section(c, "ACT_AFSLUITEN");
		if (fl && fl->a == RA_AFSLUITEN)
			tpl_set(x, "NOTITIE", fl->in->notitie);
		return 1;
	}
	int32_t last;
	int st = referral_reopen_state(db, http_actor(req), r, &last);
	if (st < 0)
		return -1;
	if (st != REOPEN_OK)
		return 0;
	tpl_set(tpl_section(c, "ACT_HEROPENEN"), "TOT", referral_day_text(&req->arena, last));
	return 1;
}

/* The steps this side may take in this status, and the jump to them. 0, or -1 when the database failed. */
static int show_steps(struct req *req, struct tpl_dict *c, const struct referral *r, int partner,
		      const struct failed *fl)
{
	int any = 0;

	if (partner)
		any = show_partner_steps(c, r, fl);
	else if ((any = show_staff_steps(req, c, r, fl)) < 0)
		return -1;
	if (!any)
		return 0;
	tpl_show(c, "ACTIONS");
	/* On a phone the steps come after the facts: a jump names the one that is next. */
	tpl_set(tpl_section(c, "JUMP"), "TEKST", !partner ? (r->status == RS_AFGESLOTEN ? "Naar heropenen" : "Naar afsluiten")
		: r->status == RS_VERSTUURD ? "Naar accepteren of afwijzen"
		: r->status == RS_GEACCEPTEERD ? "Naar antwoorden" : "Naar nog een antwoord");
	return 0;
}

static void show_errors(struct tpl_dict *c, const struct field_errors *errs)
{
	static const char *const order[] = { "status", "reden", "notitie", "tekst", "bestand" };
	struct form form = FORM_INIT(c);

	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const char *msg = field_error_for(errs, order[i]);
		if (msg)
			form_error(&form, order[i], msg);
	}
}

static int render(struct req *req, struct referral *r, const struct failed *fl, int status)
{
	struct db *db = db_thread();
	int partner = http_actor(req)->role == ROLE_PARTNER;
	struct referral_file *files;
	struct referral_event *ev;

	if (!db)
		return http_unavailable(req, NULL);
	int nf = referral_files(db, &req->arena, r->id, &files);
	int ne = referral_events(db, &req->arena, r->id, &ev);
	if (nf < 0 || ne < 0)
		return http_unavailable(req, NULL);

	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Doorverwijzing %s", r->referentie),
				      "doorverwijzing.tpl");
	tpl_set(c, "CSRF_TOKEN", csrf_token(req));
	show_facts(req, c, r, partner);
	if (show_melders(req, db_thread(), c, r, partner) < 0)
		return http_unavailable(req, NULL);
	if (!fl)
		show_flash(req);
	show_history(req, c, r, files, nf, ev, ne);
	if (show_steps(req, c, r, partner, fl) < 0)
		return http_unavailable(req, NULL);
	if (fl && fl->errs->n)
		show_errors(c, fl->errs);
	return page_send(req, status);
}

int handle_doorverwijzing(struct req *req)
{
	struct referral r;
	enum app_result res = referral_view(db_thread(), &req->arena, http_actor(req), input_text(req, "id"), "", &r);

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	return render(req, &r, NULL, 200);
}

/* ---- the steps ---- */

/*
 * What the steps read besides the id: afwijzen its reason, reactie the
 * answer, the token of a file kept from an earlier attempt and a new file
 * afsluiten its note (accepteren and heropenen read nothing: routes.c
 * gives them the id only).
 * The texts as typed: referral_act() says what is wrong beside the field.
 */
const struct field_spec doorverwijzing_afwijzen_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

const struct field_spec doorverwijzing_afsluiten_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "notitie", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

const struct field_spec doorverwijzing_reactie_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bestand_id", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "bestand", .from = IN_FORM, .type = FT_FILE },
	FIELDS_END
};

static struct upload *upload_of(struct req *req, const char *field)
{
	for (struct upload *u = req->uploads; u; u = u->next)
		if (!strcmp(u->field, field))
			return u;
	return NULL;
}

/* Step a's fields into in, as its route declares them; the answer's file, or NULL. */
static struct upload *step_input(struct req *req, enum referral_action a, struct referral_act_input *in)
{
	if (a == RA_AFWIJZEN)
		in->reden = input_text(req, "reden");
	if (a == RA_AFSLUITEN)
		in->notitie = input_text(req, "notitie");
	if (a != RA_REACTIE)
		return NULL;
	in->tekst = input_text(req, "tekst");
	in->bestand_id = input_text(req, "bestand_id");
	return upload_of(req, "bestand");
}

int handle_doorverwijzing_step(struct req *req)
{
	static const char *const done[RA__MAX] = {
		[RA_ACCEPTEREN] = "geaccepteerd", [RA_AFWIJZEN] = "afgewezen",
		[RA_REACTIE] = "beantwoord", [RA_AFSLUITEN] = "afgesloten", [RA_HEROPENEN] = "heropend",
	};
	struct db *db = db_thread();
	enum referral_action a = doorverwijzing_step(req);
	struct referral r;
	struct field_errors errs = { 0 };
	struct referral_act_input in = { 0 };
	struct upload *u = step_input(req, a, &in);
	struct referral_upload file = { 0 };
	enum app_result res = referral_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
						referral_step_permission(a), &r);

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	if (u) {
		file = (struct referral_upload){ .path = u->path, .size = u->size, .filename = u->filename,
						 .dropped = u->dropped, .drop_reason = u->drop_reason };
		in.bestand = &file;
	}
	res = referral_act(db, &req->arena, http_actor(req), &r, a, &in, &errs);
	if (u && !file.path)
		u->path = NULL;   /* taken into storage: nothing for the request to clean up */
	if (res == APP_INVALID) {
		struct failed fl = { a, &errs, &in };
		return render(req, &r, &fl, 422);
	}
	if (res != APP_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/doorverwijzingen/%lld?klaar=%s", (long long)r.id, done[a]));
}

/* ---- files ---- */

int handle_doorverwijzing_bijlage(struct req *req)
{
	struct db *db = db_thread();
	struct referral r;
	struct referral_file f;
	struct download dl;
	enum app_result res = referral_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
						ACT_REFERRAL_READ, &r);
	int st;

	if (res != APP_OK)
		return http_refused(req, res, &doorverwijzing_refusal);
	res = referral_file_for(db, &req->arena, http_actor(req), &r, input_num(req, "bijlage"), &f);
	if (res != APP_OK)
		return http_refused(req, res, &bijlage_refusal);
	if ((st = download_open(req, files_path(&req->arena, f.opslag), &dl)))
		return st;
	if (audit_record(db, http_actor(req), "bekeken", "doorverwijzing_bijlage",
			 arena_printf(&req->arena, "%lld", (long long)r.id),
			 arena_printf(&req->arena, "bijlage %lld", (long long)f.id)) < 0) {
		download_close(&dl);
		return http_unavailable(req, NULL);
	}
	return download_send(req, &dl, f.mime, f.bestandsnaam);
}
