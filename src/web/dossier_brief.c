/*
 * dossier_brief.c - a dossier's letter as a page (see dossier_brief.h):
 * GET and POST /dossiers/{id}/brieven/{brief}, and the preview of a new
 * letter. The letter itself is templates/brief_papier.tpl, laid out by the
 * print block of static/style.css for a window envelope; the letterhead
 * comes from beheer (its logo inline as a data: URL, so it is served with
 * the staff page and nowhere else).
 */
#include "app/dossier_letters.h"
#include "app/dossiers.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "http/http.h"
#include "lib/clock.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "render/when.h"
#include "store/audit.h"
#include "web/dossier_brief.h"
#include "web/dossiers.h"

#include <string.h>

/* ---- the paper ---- */

/* One section per line of text. */
static void lines(struct req *req, struct tpl_dict *d, const char *section, const char *key, const char *text)
{
	for (const char *p = text ? text : ""; *p;) {
		size_t n = strcspn(p, "\r\n");
		if (n)
			tpl_set(tpl_section(d, section), key, arena_strndup(&req->arena, p, n));
		p += n;
		while (*p == '\r' || *p == '\n')
			p++;
	}
}

/* The letterhead into d (section HEAD), the return address into window. -1: the database failed. */
static int letterhead(struct req *req, struct db *db, struct tpl_dict *d, struct tpl_dict *window)
{
	struct letterhead h;

	if (letterhead_get(db, &req->arena, &h) != STORE_OK)
		return -1;
	const char *org = h.naam[0] ? h.naam : req->cfg->organisation;
	struct tpl_dict *x = tpl_section(d, "HEAD");
	tpl_set(x, "ORG", org);
	if (h.logo_len) {
		struct tpl_dict *l = tpl_section(x, "LOGO");
		tpl_set(l, "TYPE", h.logo_type);
		tpl_set(l, "DATA", page_base64(&req->arena, h.logo, h.logo_len));
		tpl_set(l, "ORG", org);
	}
	lines(req, x, "ADRES_REGEL", "REGEL", h.adres);
	if (h.telefoon[0])
		tpl_set(tpl_section(x, "TELEFOON"), "NR", h.telefoon);
	if (h.email[0])
		tpl_set(tpl_section(x, "EMAIL"), "ADRES", h.email);
	if (h.website[0])
		tpl_set(tpl_section(x, "WEBSITE"), "URL", h.website);
	/* The return address above the window: the sender on one line. */
	if (org[0] || h.adres[0]) {
		struct buf b = BUF_INIT;
		buf_addstr(&b, org);
		for (const char *p = h.adres; *p;) {
			size_t n = strcspn(p, "\r\n");
			if (n)
				buf_addf(&b, "%s%.*s", b.len ? ", " : "", (int)n, p);
			p += n;
			while (*p == '\r' || *p == '\n')
				p++;
		}
		tpl_set(tpl_section(window, "HAS_RETOUR"), "RETOUR", b.buf);
		buf_release(&b);
	}
	return 0;
}

/* Fills the include PAPER (brief_papier.tpl) with letter l of dossier d. -1: the database failed. */
static int paper(struct req *req, struct db *db, struct tpl_dict *c, const struct dossier *d,
		 const struct letter_doc *l)
{
	struct tpl_dict *p = tpl_include(c, "PAPER", "brief_papier.tpl");
	struct buf b = BUF_INIT;
	char date[LETTER_DATE_LEN];

	tpl_set(p, "SOORT", brief_soort_labels[l->l.soort]);
	if (l->status == LETTER_INGETROKKEN)
		tpl_show(p, "INGETROKKEN");
	if (!l->romp) {
		/* Made before letters were kept in parts: the text as it was printed then. */
		tpl_set(tpl_section(p, "PLAIN"), "TEKST", l->l.tekst);
		return 0;
	}
	struct tpl_dict *x = tpl_section(p, "PARTS");
	if (letterhead(req, db, p, x) < 0)
		return -1;
	letter_name_line(l->aanhef, l->naam, &b);
	tpl_set(x, "NAAM_REGEL", b.buf);
	buf_reset(&b);
	lines(req, x, "REGEL", "TEKST", l->adres);
	letter_date(l->l.datum_dag, date);
	tpl_set(x, "DATUM", date);
	tpl_set(x, "KENMERK", d->referentie);
	tpl_set(x, "ONDERWERP", letter_subject(l->l.soort));
	letter_salutation(l->aanhef, l->naam, &b);
	tpl_set(x, "AANHEF", b.buf);
	tpl_set(x, "ROMP", l->romp);
	buf_release(&b);
	return 0;
}

/* The recipient's fields of a form: name, aanhef choices, address. */
static void recipient_fields(struct tpl_dict *f, enum letter_aanhef chosen, const char *naam, const char *adres)
{
	tpl_set(f, "NAAM", naam);
	tpl_set(f, "ADRES", adres);
	for (int k = 0; k < AANHEF__MAX; k++) {
		struct tpl_dict *o = tpl_section(f, "AANHEF_OPT");
		tpl_set(o, "VALUE", letter_aanhef_ids[k]);
		tpl_set(o, "LABEL", letter_aanhef_labels[k]);
		if ((int)chosen == k)
			tpl_show(o, "SELECTED");
	}
}

static enum letter_aanhef typed_aanhef(struct req *req)
{
	int h = letter_aanhef_parse(input_text(req, "aanhef"));
	return h < 0 ? AANHEF_GEEN : (enum letter_aanhef)h;
}

/* The field errors of errs into form f; field ids are prefix + name ("brief-naam"). */
static void show_errors(struct req *req, struct form *f, const struct field_errors *errs, const char *prefix)
{
	static const char *const fields[] = { "status", "soort", "naam", "aanhef", "adres", "feiten", "romp", "reden" };

	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const char *m = field_error_for(errs, fields[i]);
		if (m)
			form_error(f, arena_printf(&req->arena, "%s%s", prefix, fields[i]), m);
	}
}

/* ---- the preview of a new letter ---- */

int dossier_letter_preview(struct req *req, struct dossier *d, const struct dossier_act_input *in)
{
	struct db *db = db_thread();
	struct field_errors errs;
	struct letter_doc l;
	struct letter_input li = { .soort = in->soort, .naam = in->naam, .aanhef = in->aanhef, .adres = in->adres,
				   .feiten = in->feiten, .organisatie = in->organisatie };
	const char *why;

	memset(&errs, 0, sizeof(errs));
	if (!db)
		return http_unavailable(req, NULL);
	if (dossier_action_allowed(d->status, DA_BRIEF, &why) < 0)
		return http_error(req, 409, "Geen brief mogelijk", why);
	enum app_result r = letter_compose(db, &req->arena, http_actor(req), d, &li, amsterdam_day(clock_now()), &l,
					   &errs);
	if (r == APP_UNAVAILABLE)
		return http_unavailable(req, NULL);

	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "Voorbeeld van de brief %s", d->referentie),
				      "dossier_brief_nieuw.tpl");
	struct form f = FORM_INIT(c);
	tpl_set_int(c, "DID", d->id);
	tpl_set(c, "REF", d->referentie);
	tpl_set(c, "ADRES_DOSSIER", d->onderwerp_tekst);
	tpl_set(c, "CSRF_TOKEN", csrf_token(req));
	for (int k = 0; k < BRIEF__MAX; k++) {
		struct tpl_dict *o = tpl_section(c, "SOORT_OPT");
		tpl_set(o, "VALUE", brief_soort_ids[k]);
		tpl_set(o, "LABEL", brief_soort_labels[k]);
		if (in->soort && !strcmp(in->soort, brief_soort_ids[k]))
			tpl_show(o, "CHECKED");
	}
	recipient_fields(c, typed_aanhef(req), in->naam, in->adres);
	tpl_set(c, "FEITEN", in->feiten);
	if (r == APP_INVALID) {
		show_errors(req, &f, &errs, "brief-");
		return page_send(req, 422);
	}
	/* One VOORBEELD dictionary: the template opens the section twice (the lead, the paper). */
	if (paper(req, db, tpl_section(c, "VOORBEELD"), d, &l) < 0)
		return http_unavailable(req, NULL);
	return page_send(req, 200);
}

/* ---- the letter's page ---- */

/* ?klaar= after a step (dossier_page.c sends "brief" after making one). */
static const char *const klaar_ids[] = { "brief", "corrigeren", "verzonden", "intrekken", NULL };
static const char *const klaar_texts[] = {
	"De brief is als concept bewaard. Druk hem af en markeer hem daarna als verzonden.",
	"De correctie is bewaard als nieuwe versie.",
	"De brief is gemarkeerd als verzonden. Hij verandert nu niet meer.",
	"De brief is ingetrokken.",
};

const struct field_spec dossier_letter_fields[] = {
	FIELD_PATH("id", FT_KEY),
	FIELD_PATH("brief", FT_ID),
	{ .name = "klaar", .from = IN_QUERY, .type = FT_ENUM, .choices = klaar_ids },
	FIELDS_END
};

/* The step's form as sent, or the stored letter, on the page. */
struct shown {
	const struct field_errors *errs;   /* NULL: nothing failed */
	enum letter_step step;
	const struct letter_doc *preview;  /* the corrected letter, not stored */
};

static void when_by(struct req *req, struct tpl_dict *d, const char *section, int64_t op, const char *door)
{
	char w[WHEN_LEN];
	struct tpl_dict *x = tpl_section(d, section);

	when_format(op, w);
	tpl_set(x, "OP", arena_strdup(&req->arena, w));
	tpl_set(x, "DOOR", door);
}

static int versions(struct req *req, struct db *db, struct tpl_dict *c, const struct letter_doc *l)
{
	struct letter_version *v;
	int n = letter_versions(db, &req->arena, l->l.id, &v);

	if (n < 0)
		return -1;
	if (n < 2)
		return 0;
	struct tpl_dict *vs = tpl_section(c, "VERSIES");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(vs, "VERSIE");
		char w[WHEN_LEN];
		when_format(v[i].op, w);
		tpl_set_int(x, "NR", v[i].versie);
		tpl_set(x, "OP", arena_strdup(&req->arena, w));
		tpl_set(x, "DOOR", v[i].door);
		tpl_set(x, "TEKST", v[i].tekst);
		if (v[i].versie == l->versie)
			tpl_show(x, "HUIDIG");
	}
	return 0;
}

static int render_letter(struct req *req, struct dossier *d, struct letter_doc *l, const struct shown *sh, int status,
			 const char *flash)
{
	struct db *db = db_thread();
	const struct actor *who = http_actor(req);
	struct tpl_dict *c = page_new(req, arena_printf(&req->arena, "%s %s", brief_soort_labels[l->l.soort],
							 d->referentie), "dossier_brief.tpl");
	struct form f = FORM_INIT(c);
	const char *why;

	if (flash) {
		struct tpl_dict *x = tpl_section(req->page, "FLASH");
		tpl_set(x, "FLASH_KIND", "ok");
		tpl_set(x, "FLASH_TEXT", flash);
	}
	tpl_set_int(c, "DID", d->id);
	tpl_set_int(c, "BID", l->l.id);
	tpl_set(c, "REF", d->referentie);
	tpl_set(c, "SOORT", brief_soort_labels[l->l.soort]);
	tpl_set(c, "AAN", l->l.aan);
	tpl_set(c, "STATUS", letter_status_labels[l->status]);
	tpl_set(c, "STATUS_ID", letter_status_ids[l->status]);
	tpl_set_int(c, "VERSIE", l->versie);
	when_by(req, c, "GEMAAKT", l->l.vastgelegd, l->l.user_naam);
	if (l->status == LETTER_VERZONDEN && l->verzonden_op)
		when_by(req, c, "VERZONDEN", l->verzonden_op, l->verzonden_door);
	if (l->status == LETTER_INGETROKKEN) {
		when_by(req, c, "INGETROKKEN", l->ingetrokken_op, l->ingetrokken_door);
		tpl_set(c, "REDEN", l->reden);
	}
	tpl_set(c, "CSRF_TOKEN", csrf_token(req));
	if (l->status == LETTER_CONCEPT && db && dossier_may(db, who, d, ACT_DOSSIER_WRITE) &&
	    dossier_action_allowed(d->status, DA_BRIEF, &why) == 0) {
		struct tpl_dict *s = tpl_section(c, "STAPPEN");
		int typed = sh && (sh->errs || sh->preview) && (sh->step == LS_VOORBEELD || sh->step == LS_CORRIGEREN);
		if (l->romp) {
			struct tpl_dict *k = tpl_section(s, "CORRIGEREN");
			if (typed) {
				recipient_fields(k, typed_aanhef(req), input_text(req, "naam"), input_text(req, "adres"));
				tpl_set(k, "ROMP", input_text(req, "romp"));
				tpl_show(k, "OPEN");
			} else {
				recipient_fields(k, l->aanhef, l->naam, l->adres);
				tpl_set(k, "ROMP", l->romp);
			}
		}
		if (sh && sh->errs && sh->step == LS_INTREKKEN) {
			tpl_set(s, "REDEN_TYPED", input_text(req, "reden"));
			tpl_show(s, "INTREKKEN_OPEN");
		}
	} else if (l->status == LETTER_CONCEPT && db && dossier_may(db, who, d, ACT_DOSSIER_WRITE)) {
		tpl_set(c, "GESLOTEN", why);
		tpl_show(c, "HAS_GESLOTEN");
	}
	if (sh && sh->errs)
		show_errors(req, &f, sh->errs, "brief-");
	if (!db || versions(req, db, c, l) < 0)
		return http_unavailable(req, NULL);
	if (sh && sh->preview) {
		tpl_show(c, "CORRECTIE_VOORBEELD");
		if (paper(req, db, c, d, sh->preview) < 0)
			return http_unavailable(req, NULL);
	} else if (paper(req, db, c, d, l) < 0) {
		return http_unavailable(req, NULL);
	}
	return page_send(req, status);
}

int handle_dossier_letter(struct req *req)
{
	struct db *db = db_thread();
	struct dossier d;
	struct letter_doc l;
	int64_t id = input_num(req, "brief"), k;
	enum app_result ar = dossier_load_for(db, &req->arena, http_actor(req), input_text(req, "id"), ACT_DOSSIER_READ,
					      &d);

	if (ar != APP_OK)
		return http_refused(req, ar, &dossier_refusal);
	enum store_result r = letter_doc_get(db, &req->arena, d.id, id, &l);
	if (r == STORE_ERROR)
		return http_unavailable(req, NULL);
	if (r != STORE_OK)
		return http_error(req, 404, "Brief niet gevonden", "Deze brief hoort niet bij dit dossier.");
	audit_record(db, http_actor(req), "bekeken", "brief", d.referentie, arena_printf(&req->arena, "%lld", (long long)id));
	return render_letter(req, &d, &l, NULL, 200, input_value(req, "klaar", &k) ? klaar_texts[k] : NULL);
}

/* What a step reads; the step itself is text so that an unknown one is said, not a bare 404. */
const struct field_spec dossier_letter_step_fields[] = {
	FIELD_PATH("id", FT_KEY),
	FIELD_PATH("brief", FT_ID),
	{ .name = "stap", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "aanhef", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "adres", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "romp", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "reden", .from = IN_FORM, .type = FT_TEXT },
	{ .name = "versie", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};

int handle_dossier_letter_step(struct req *req)
{
	struct db *db = db_thread();
	struct dossier d;
	struct letter_doc l;
	struct field_errors errs;
	int64_t id = input_num(req, "brief");
	int step = letter_step_parse(input_text(req, "stap"));
	enum app_result ar = dossier_load_for(db, &req->arena, http_actor(req), input_text(req, "id"),
					      ACT_DOSSIER_WRITE, &d);

	if (ar != APP_OK)
		return http_refused(req, ar, &dossier_refusal);
	if (step < 0)
		return http_error(req, 422, "Onbekende stap",
				  "Kies corrigeren, voorbeeld, verzonden of intrekken op de pagina van de brief.");
	struct letter_input in = { .naam = input_text(req, "naam"), .aanhef = input_text(req, "aanhef"),
				   .adres = input_text(req, "adres"), .romp = input_text(req, "romp"),
				   .reden = input_text(req, "reden"), .versie = input_text(req, "versie") };
	ar = letter_step(db, &req->arena, http_actor(req), &d, id, (enum letter_step)step, &in, &l, &errs);
	if (ar == APP_NOT_FOUND)
		return http_error(req, 404, "Brief niet gevonden", "Deze brief hoort niet bij dit dossier.");
	if (ar == APP_INVALID) {
		struct letter_doc now;
		struct shown sh = { &errs, (enum letter_step)step, NULL };
		/* The page shows the stored letter; a refused state is a conflict, a refused field 422. */
		if (letter_doc_get(db, &req->arena, d.id, id, &now) != STORE_OK)
			return http_unavailable(req, NULL);
		return render_letter(req, &d, &now, &sh, field_error_for(&errs, "status") ? 409 : 422, NULL);
	}
	if (ar != APP_OK)
		return http_refused(req, ar, &dossier_refusal);
	if (step == LS_VOORBEELD) {
		struct letter_doc now;
		struct shown sh = { NULL, LS_VOORBEELD, &l };
		if (letter_doc_get(db, &req->arena, d.id, id, &now) != STORE_OK)
			return http_unavailable(req, NULL);
		return render_letter(req, &d, &now, &sh, 200, NULL);
	}
	return http_redirect(req, arena_printf(&req->arena, "/dossiers/%lld/brieven/%lld?klaar=%s", (long long)d.id,
					       (long long)id, letter_step_ids[step]));
}
