/*
 * doorverwijzingen_page.c - one referral (GET /doorverwijzingen/{id}), its
 * files (GET /doorverwijzingen/{id}/bijlagen/{bijlage}) and its steps
 * (POST /doorverwijzingen/{id}/accepteren|afwijzen|reactie|afsluiten).
 *
 * The same page serves both sides. A partner sees the question, the shared
 * summary, the shared files and the history, with the steps its status
 * allows; staff also see the dossier, the internal reason and the closing
 * step. What a partner's page holds comes from the partner-bound loads
 * (doorverwijzing_load_for()), never from the staff row trimmed here.
 * Every view and every file opened is an audited read. A step that fails
 * comes back as this page with the input kept and a message per field;
 * one that works redirects here with a short confirmation.
 */
#include "auth/csrf.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "http/download.h"
#include "http/http.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "store/files.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Answers a status of doorverwijzing_load_for() as an error page. */
static int refused(struct req *req, int status)
{
	if (status == 404)
		return http_error(req, 404, "Doorverwijzing niet gevonden",
				  "Deze doorverwijzing bestaat niet, of u heeft er geen toegang toe.");
	if (status == 403)
		return http_error(req, 403, "Geen toegang", "U mag deze doorverwijzing bekijken, maar dit niet doen.");
	return http_unavailable(req, NULL);
}

static const char *moment(struct req *req, int64_t t)
{
	char w[WHEN_LEN];
	when_format(t, w);
	return arena_strdup(&req->arena, w);
}

static const char *size_text(struct req *req, int64_t bytes)
{
	return bytes < 1024 * 1024 ? arena_printf(&req->arena, "%lld kB", (long long)((bytes + 1023) / 1024))
				   : arena_printf(&req->arena, "%.1f MB", (double)bytes / (1024.0 * 1024.0));
}

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
	tpl_set(x, "GROOTTE", size_text(req, f->grootte));
}

/* What the page shows after a step that did not work. */
struct failed {
	enum referral_action a;
	const struct field_errors *errs;
	const struct doorverwijzing_act_input *in;   /* with the file kept for the next attempt */
};

static int render(struct req *req, struct referral *r, const struct failed *fl, int status)
{
	struct db *db = db_thread();
	int partner = doorverwijzing_is_partner(req);
	int32_t today = amsterdam_day(clock_now());
	enum referral_due due = doorverwijzing_due(r, today);
	struct referral_file *files;
	struct referral_event *ev;

	if (!db)
		return http_unavailable(req, NULL);
	int nf = referral_files(db, &req->arena, r->id, &files);
	int ne = referral_events(db, &req->arena, r->id, &ev);
	if (nf < 0 || ne < 0)
		return http_unavailable(req, NULL);

	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Doorverwijzing %lld", (long long)r->id),
				      "doorverwijzing.tpl");
	tpl_set(c, "CSRF_TOKEN", csrf_token(req));
	tpl_set_int(c, "ID", r->id);
	tpl_set(c, "STATUS", referral_status_labels[r->status]);
	tpl_set(c, "PARTNER", r->partner_naam);
	tpl_set(c, "SOORT", partner_soort_labels[r->partner_soort]);
	tpl_set(c, "VERSTUURD", moment(req, r->verstuurd_op));
	tpl_set(c, "DOOR", r->door_naam);
	tpl_set(c, "DAG", doorverwijzing_day(req, r->antwoord_dag));
	tpl_set_int(c, "TERMIJN", r->termijn);
	tpl_set(c, "DUE_CLASS", referral_due_classes[due]);
	tpl_set(c, "DUE_LABEL", referral_due_labels[due]);
	tpl_set(c, "VRAAG", r->vraag);
	tpl_set(c, "GEDEELDE_INFORMATIE", r->gedeelde_informatie);
	if (r->afgewezen_op)
		tpl_set(tpl_section(c, "AFGEWEZEN"), "REDEN", r->afwijs_reden);
	/* The headings speak to whoever reads them. */
	tpl_set(c, "VRAAG_KOP", partner ? "De vraag aan u" : "Vraag aan de partner");
	tpl_set(c, "INFO_KOP", partner ? "Wat de corporatie met u deelt" : "Gedeelde informatie");
	if (partner) {
		tpl_show(c, "PARTNER_VIEW");
	} else {
		struct tpl_dict *s = tpl_section(c, "STAFF_VIEW");
		tpl_set_int(s, "DOSSIER_ID", r->dossier_id);
		tpl_set(s, "DOSSIER_REF", r->dossier_ref);
		tpl_set(s, "ONDERWERP", r->dossier_onderwerp);
		tpl_set(s, "WIJK", r->wijk_naam);
		tpl_set(s, "REDEN", r->reden);
	}

	const char *klaar = http_query(req, "klaar");
	static const struct {
		const char *id, *text;
	} flashes[] = {
		{ "verstuurd", "De doorverwijzing is verstuurd. De organisatie krijgt een e-mail zonder inhoud, "
			       "met een link naar deze pagina." },
		{ "geaccepteerd", "U heeft de doorverwijzing geaccepteerd. Geef hieronder uw antwoord zodra u het heeft." },
		{ "afgewezen", "U heeft de doorverwijzing afgewezen. De corporatie ziet uw reden." },
		{ "beantwoord", "Uw antwoord is verstuurd. De corporatie ziet het in het dossier." },
		{ "afgesloten", "De doorverwijzing is afgesloten." },
	};
	for (size_t i = 0; klaar && !fl && i < sizeof(flashes) / sizeof(flashes[0]); i++) {
		if (strcmp(klaar, flashes[i].id))
			continue;
		struct tpl_dict *f = tpl_section(req->page, "FLASH");
		tpl_set(f, "FLASH_KIND", "ok");
		tpl_set(f, "FLASH_TEXT", flashes[i].text);
	}

	/* The files shared with the referral; a partner's files stand with its answers. */
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
		tpl_set(x, "WANNEER", moment(req, ev[i].op));
		tpl_set(x, "LABEL", event_label(ev[i].soort));
		if (ev[i].wie[0])
			tpl_set(tpl_section(x, "WIE"), "NAAM", ev[i].wie);
		if (ev[i].tekst[0])
			tpl_set(tpl_section(x, "TEKST"), "TEKST", ev[i].tekst);
		for (int k = 0; k < nf; k++)
			if (files[k].event_id == ev[i].id)
				file_item(req, tpl_section(x, "EVENT_BIJLAGE"), r, &files[k]);
	}

	/* The steps this side may take in this status. */
	int any = 0;
	if (partner) {
		if (referral_next(r->status, RA_ACCEPTEREN) >= 0) {
			tpl_show(c, "ACT_ACCEPTEREN");
			any = 1;
		}
		if (referral_next(r->status, RA_AFWIJZEN) >= 0) {
			struct tpl_dict *x = tpl_section(c, "ACT_AFWIJZEN");
			if (fl && fl->a == RA_AFWIJZEN) {
				tpl_set(x, "REDEN", http_form(req, "reden"));
				tpl_show(x, "OPEN");
			}
			any = 1;
		}
		if (referral_next(r->status, RA_REACTIE) >= 0) {
			struct tpl_dict *x = tpl_section(c, "ACT_REACTIE");
			if (fl && fl->a == RA_REACTIE) {
				tpl_set(x, "TEKST", http_form(req, "tekst"));
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
	} else if (r->status != RS_AFGESLOTEN) {
		struct dossier d;
		if (dossier_get(db, &req->arena, r->dossier_id, &d) != STORE_OK)
			return http_unavailable(req, NULL);
		if (dossier_may(req, &d, ACT_REFERRAL_CREATE)) {
			tpl_show(c, "ACT_AFSLUITEN");
			any = 1;
		}
	}
	if (any)
		tpl_show(c, "ACTIONS");
	/* On a phone the steps come after the facts: a jump names the one that is next. */
	if (partner && any)
		tpl_set(tpl_section(c, "JUMP"), "TEKST", r->status == RS_VERSTUURD ? "Naar accepteren of afwijzen"
					      : r->status == RS_GEACCEPTEERD ? "Naar antwoorden" : "Naar nog een antwoord");
	else if (any)
		tpl_set(tpl_section(c, "JUMP"), "TEKST", "Naar afsluiten");

	if (fl && fl->errs->n) {
		struct form form = FORM_INIT(c);
		static const char *const order[] = { "status", "reden", "tekst", "bestand" };
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
			const char *msg = field_error_for(fl->errs, order[i]);
			if (msg)
				form_error(&form, order[i], msg);
		}
	}
	return page_send(req, status);
}

int handle_doorverwijzing(struct req *req)
{
	struct referral r;
	int st = doorverwijzing_load_for(req, http_param(req, 0), ACT_REFERRAL_READ, &r);

	if (st)
		return refused(req, st);
	/* Who read which referral, partners and staff alike (DESIGN.md, Audited reads). */
	if (audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzing", arena_printf(&req->arena, "%lld", (long long)r.id), "") < 0)
		return http_unavailable(req, NULL);
	return render(req, &r, NULL, 200);
}

/* ---- the steps ---- */

static int act(struct req *req, enum referral_action a)
{
	static const char *const done[RA__MAX] = {
		[RA_ACCEPTEREN] = "geaccepteerd", [RA_AFWIJZEN] = "afgewezen",
		[RA_REACTIE] = "beantwoord", [RA_AFSLUITEN] = "afgesloten",
	};
	struct referral r;
	struct field_errors errs = { 0 };
	struct doorverwijzing_act_input in = { 0 };
	enum action need = referral_action_side[a] == RSIDE_PARTNER ? ACT_REFERRAL_ANSWER : ACT_REFERRAL_CREATE;
	int st = doorverwijzing_load_for(req, http_param(req, 0), need, &r);

	if (st)
		return refused(req, st);
	in.reden = http_form(req, "reden");
	in.tekst = http_form(req, "tekst");
	in.bestand_id = http_form(req, "bestand_id");
	for (struct upload *u = req->uploads; u; u = u->next)
		if (!strcmp(u->field, "bestand")) {
			in.bestand = u;
			break;
		}
	st = doorverwijzing_act(req, &r, a, &in, &errs);
	if (st == 422) {
		struct failed fl = { a, &errs, &in };
		return render(req, &r, &fl, 422);
	}
	if (st)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/doorverwijzingen/%lld?klaar=%s", (long long)r.id, done[a]));
}

int handle_doorverwijzing_accepteren(struct req *req)
{
	return act(req, RA_ACCEPTEREN);
}

int handle_doorverwijzing_afwijzen(struct req *req)
{
	return act(req, RA_AFWIJZEN);
}

int handle_doorverwijzing_reactie(struct req *req)
{
	return act(req, RA_REACTIE);
}

int handle_doorverwijzing_afsluiten(struct req *req)
{
	return act(req, RA_AFSLUITEN);
}

/* ---- files ---- */

int handle_doorverwijzing_bijlage(struct req *req)
{
	struct db *db = db_thread();
	struct referral r;
	struct referral_file f;
	struct download dl;
	int64_t id = parse_id(http_param(req, 1));
	int st = doorverwijzing_load_for(req, http_param(req, 0), ACT_REFERRAL_READ, &r);

	if (st)
		return refused(req, st);
	if (!id)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand hoort niet bij deze doorverwijzing.");
	/* A partner gets only the files shared with it: the store's filter, not a check here. */
	enum store_result rc = doorverwijzing_is_partner(req)
		? referral_file_get_partner(db, &req->arena, r.id, id, req->session->partner_id, &f)
		: referral_file_get(db, &req->arena, r.id, id, &f);
	if (rc == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (rc != STORE_OK)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand hoort niet bij deze doorverwijzing.");
	if ((st = download_open(req, files_path(&req->arena, f.opslag), &dl)))
		return st;
	if (audit_record(db_thread(), http_actor(req), "bekeken", "doorverwijzing_bijlage",
			 arena_printf(&req->arena, "%lld", (long long)r.id),
			 arena_printf(&req->arena, "bijlage %lld", (long long)f.id)) < 0) {
		download_close(&dl);
		return http_unavailable(req, NULL);
	}
	return download_send(req, &dl, f.mime, f.bestandsnaam);
}
