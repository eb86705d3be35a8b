/*
 * dossier_letters.c - letters a corporation can send (see
 * dossier_letters.h): composing one from the template, the steps on a
 * concept, and the letterhead.
 */
#include "app/dossier_letters.h"
#include "app/dossiers.h"
#include "db/db.h"
#include "domain/validate.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/parse.h"
#include "store/audit.h"
#include "store/files.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *const letter_step_ids[LS__MAX] = { "voorbeeld", "corrigeren", "verzonden", "intrekken" };

int letter_step_parse(const char *id)
{
	for (int i = 0; id && i < LS__MAX; i++)
		if (!strcmp(id, letter_step_ids[i]))
			return i;
	return -1;
}

/* ---- the parts ---- */

/* "Kerkstraat 22 A\n9991 AA  VOORBEELDSTAD": the dossier's address as PostNL asks (two spaces, the place in capitals). */
static const char *dossier_adres(struct arena *a, const struct dossier *d)
{
	if (!d->address_id || !d->straat || !d->straat[0])
		return "";
	char *plaats = arena_strdup(a, d->woonplaats ? d->woonplaats : "");
	for (char *p = plaats; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return arena_printf(a, "%s %d%s%s\n%s  %s", d->straat, d->huisnummer, d->toevoeging[0] ? " " : "",
			    d->toevoeging, d->postcode, plaats);
}

/* The address lines as typed: at most LETTER_ADRES_LINES lines that fit the window, blank lines dropped. */
static const char *check_adres(struct arena *a, const char *in, const struct dossier *d, struct field_errors *errs)
{
	const char *text, *why = dossier_text(a, in, LETTER_ADRES_LINES * (LETTER_ADRES_LINE_MAX + 2), 1, "Het adres",
					      &text);
	struct buf out = BUF_INIT;
	int lines = 0;

	if (why) {
		field_error_add(errs, "adres", why);
		return "";
	}
	if (!text[0]) {
		text = dossier_adres(a, d);
		if (!text[0])
			field_error_add(errs, "adres", "Vul het adres in: straat en huisnummer, postcode en plaats.");
		return text;
	}
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\r\n");
		const char *line;
		why = validate_line(a, arena_strndup(a, p, n), LETTER_ADRES_LINE_MAX, "Een regel van het adres", &line);
		if (why) {
			field_error_add(errs, "adres", why);
			break;
		}
		if (line[0]) {
			if (++lines > LETTER_ADRES_LINES) {
				field_error_add(errs, "adres", "Het adres past niet in het venster van de envelop: "
							       "hoogstens 5 regels.");
				break;
			}
			buf_addf(&out, "%s%s", out.len ? "\n" : "", line);
		}
		p += n;
		while (*p == '\r' || *p == '\n')
			p++;
	}
	const char *res = arena_strdup(a, out.buf);
	buf_release(&out);
	return res;
}

/* naam and aanhef into out; errors beside the fields. */
static void check_recipient(struct arena *a, const struct letter_input *in, struct letter_doc *out,
			    struct field_errors *errs)
{
	const char *why = dossier_text(a, in->naam, DOSSIER_LABEL_MAX, 0, "De naam", &out->naam);
	int h = in->aanhef && in->aanhef[0] ? letter_aanhef_parse(in->aanhef) : AANHEF_GEEN;

	if (why)
		field_error_add(errs, "naam", why);
	else if (letter_no_name(out->naam))
		out->naam = "";   /* "de bewoner(s)" typed as a name: the letter says it itself */
	if (h < 0)
		field_error_add(errs, "aanhef", "Kies een aanhef uit de lijst.");
	out->aanhef = h < 0 ? AANHEF_GEEN : (enum letter_aanhef)h;
	/* "De heer J. Jansen" typed as the name: the form of address goes where it belongs. */
	enum letter_aanhef typed = out->aanhef;
	const char *rest = letter_split_name(out->naam, &typed);
	if (rest != out->naam && (out->aanhef == AANHEF_GEEN || out->aanhef == typed)) {
		out->naam = rest;
		out->aanhef = typed;
	}
}

/* aan (for lists and the timeline) and the whole letter as plain text, from the parts. */
static void finish(struct arena *a, const struct dossier *d, struct letter_doc *x)
{
	struct letter_parts p = { x->aanhef, x->naam, x->adres, x->l.datum_dag, d->referentie,
				  letter_subject(x->l.soort), x->romp };
	struct buf b = BUF_INIT;

	if (x->naam[0]) {
		/* "Waarschuwingsbrief aan de heer P. de Boer" in lists and on the timeline. */
		letter_name_line(x->aanhef, x->naam, &b);
		if (x->aanhef != AANHEF_GEEN)
			b.buf[0] = (char)tolower((unsigned char)b.buf[0]);
		x->l.aan = arena_strdup(a, b.buf);
		buf_reset(&b);
	} else {
		size_t n = strcspn(x->adres, "\n");
		x->l.aan = arena_printf(a, "de bewoner(s) van %.*s", (int)n, x->adres);
	}
	letter_plain(&p, &b);
	x->l.tekst = arena_strdup(a, b.buf);
	buf_release(&b);
}

enum app_result letter_compose(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
			       const struct letter_input *in, int32_t today, struct letter_doc *out,
			       struct field_errors *errs)
{
	int s = in->soort && in->soort[0] ? brief_soort_parse(in->soort) : -1;
	const char *feiten, *why, *vals[BV__MAX] = { 0 };
	struct letter_template t;
	char date[LETTER_DATE_LEN];
	struct buf b = BUF_INIT;

	memset(out, 0, sizeof(*out));
	if (s < 0)
		field_error_add(errs, "soort", "Kies een waarschuwingsbrief of een sommatiebrief.");
	check_recipient(a, in, out, errs);
	out->adres = check_adres(a, in->adres, d, errs);
	if ((why = dossier_text(a, in->feiten, DOSSIER_NOTE_MAX, 1, "De feiten", &feiten)))
		field_error_add(errs, "feiten", why);
	else if (!feiten[0])
		field_error_add(errs, "feiten", "Beschrijf de feiten: wat is er wanneer gebeurd?");
	if (errs->n)
		return APP_INVALID;
	out->l.soort = (enum brief_soort)s;
	out->l.datum_dag = today;
	out->l.dossier_id = d->id;
	out->l.user_naam = who->name ? who->name : "";
	out->status = LETTER_CONCEPT;
	out->versie = 1;
	if (letter_template_get(db, a, out->l.soort, &t) != STORE_OK)
		return APP_UNAVAILABLE;
	letter_date(today, date);
	vals[BV_NAAM] = out->naam[0] ? out->naam : "bewoner(s)";
	vals[BV_ADRES] = d->onderwerp_tekst;
	vals[BV_DATUM] = date;
	vals[BV_FEITEN] = feiten;
	vals[BV_REFERENTIE] = d->referentie;
	vals[BV_ORGANISATIE] = in->organisatie ? in->organisatie : "";
	vals[BV_MEDEWERKER] = who->name ? who->name : "";
	brief_fill(t.tekst, vals, &b);
	out->romp = arena_strdup(a, b.buf);
	buf_release(&b);
	finish(a, d, out);
	return APP_OK;
}

/* ---- steps on a concept ---- */

static const char *const event_of[LS__MAX] = { NULL, "brief_gecorrigeerd", "brief_verzonden", "brief_ingetrokken" };

static const char *refusal(const struct letter_doc *l)
{
	switch (l->status) {
	case LETTER_VERZONDEN:
		return "Deze brief is al verzonden. Een verzonden brief verandert niet meer; maak zo nodig een nieuwe.";
	case LETTER_INGETROKKEN:
		return "Deze brief is ingetrokken en verandert niet meer.";
	default:
		return "Deze brief is intussen door iemand anders gewijzigd. Bekijk de nieuwste versie en probeer het opnieuw.";
	}
}

/* The correction as typed into out (a copy of the stored letter). */
static void check_correction(struct arena *a, const struct dossier *d, const struct letter_input *in,
			     struct letter_doc *out, struct field_errors *errs)
{
	const char *romp, *why;

	check_recipient(a, in, out, errs);
	out->adres = check_adres(a, in->adres, d, errs);
	if ((why = dossier_text(a, in->romp, LETTER_ROMP_MAX, 1, "De tekst", &romp)))
		field_error_add(errs, "romp", why);
	else if (!romp[0])
		field_error_add(errs, "romp", "De brief heeft geen tekst. Typ de tekst van de brief.");
	out->romp = romp;
	if (!errs->n)
		finish(a, d, out);
}

static int run_step(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
		    enum letter_step step, struct letter_doc *l, int versie, const char *reden, int64_t now)
{
	enum store_result r;
	const char *tekst = arena_printf(a, "%s aan %s", brief_soort_labels[l->l.soort], l->l.aan);

	switch (step) {
	case LS_CORRIGEREN:
		r = letter_doc_correct(db, d->id, l->l.id, versie, l, who->user_id, now);
		tekst = arena_printf(a, "%s, versie %d", tekst, versie + 1);
		break;
	case LS_VERZONDEN:
		r = letter_doc_send(db, d->id, l->l.id, versie, who->user_id, now);
		break;
	case LS_INTREKKEN:
		r = letter_doc_withdraw(db, d->id, l->l.id, versie, reden, who->user_id, now);
		tekst = arena_printf(a, "%s. Reden: %s", tekst, reden);
		break;
	default:
		return -1;
	}
	if (r == STORE_CONFLICT)
		return -2;
	if (r != STORE_OK || dossier_event_add(db, d->id, now, who->user_id, event_of[step], tekst) != STORE_OK)
		return -1;
	return audit_record(db, who, "gewijzigd", "dossier", d->referentie,
			    arena_printf(a, "brief %lld %s", (long long)l->l.id, event_of[step] + 6)) < 0 ? -1 : 0;
}

enum app_result letter_step(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
			    int64_t id, enum letter_step step, const struct letter_input *in, struct letter_doc *out,
			    struct field_errors *errs)
{
	const char *why = NULL, *reden = "";
	int64_t versie = -1;

	memset(errs, 0, sizeof(*errs));
	if (!db)
		return APP_UNAVAILABLE;
	enum store_result r = letter_doc_get(db, a, d->id, id, out);
	if (r != STORE_OK)
		return r == STORE_NOTFOUND ? APP_NOT_FOUND : APP_UNAVAILABLE;
	if ((unsigned)step >= LS__MAX)
		return APP_NOT_FOUND;
	if (!in->versie || parse_int64(in->versie, 1, INT32_MAX, &versie) < 0)
		versie = out->versie;   /* a form without it acts on the letter as it is */
	if (out->status != LETTER_CONCEPT || versie != out->versie) {
		field_error_add(errs, "status", refusal(out));
		return APP_INVALID;
	}
	if (step != LS_VERZONDEN && dossier_action_allowed(d->status, DA_BRIEF, &why) < 0) {
		field_error_add(errs, "status", why);
		return APP_INVALID;
	}
	if (!out->romp && (step == LS_VOORBEELD || step == LS_CORRIGEREN)) {
		field_error_add(errs, "status", "Deze brief is gemaakt voor brieven in delen werden bewaard; "
						"maak een nieuwe brief om iets te veranderen.");
		return APP_INVALID;
	}
	if (step == LS_VOORBEELD || step == LS_CORRIGEREN)
		check_correction(a, d, in, out, errs);
	if (step == LS_INTREKKEN) {
		if ((why = dossier_text(a, in->reden, DOSSIER_LABEL_MAX, 1, "De reden", &reden)))
			field_error_add(errs, "reden", why);
		else if (!reden[0])
			field_error_add(errs, "reden", "Schrijf op waarom de brief wordt ingetrokken.");
	}
	if (errs->n)
		return APP_INVALID;
	if (step == LS_VOORBEELD)
		return APP_OK;
	int64_t now = clock_now();
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int rc = run_step(db, a, who, d, step, out, (int)versie, reden, now);
	if (rc < 0) {
		db_rollback(db);
		if (rc == -2) {
			/* Sent or changed between our read and the write: say what it is now. */
			if (letter_doc_get(db, a, d->id, id, out) != STORE_OK)
				return APP_UNAVAILABLE;
			field_error_add(errs, "status", refusal(out));
			return APP_INVALID;
		}
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	return letter_doc_get(db, a, d->id, id, out) == STORE_OK ? APP_OK : APP_UNAVAILABLE;
}

/* ---- the letterhead ---- */

static void line_field(struct arena *a, struct field_errors *errs, const char *field, const char *in, size_t max,
		       const char *what, const char **out)
{
	const char *why = validate_line(a, in ? in : "", max, what, out);
	if (why)
		field_error_add(errs, field, why);
}

/* The logo file into *data: a PNG or JPEG by content, not too big. */
static int read_logo(struct arena *a, const char *path, struct letterhead *h, struct field_errors *errs)
{
	char mime[64];
	FILE *f;
	long n;

	if (files_check_type(path, mime) < 0 || (strcmp(mime, "image/png") && strcmp(mime, "image/jpeg"))) {
		field_error_add(errs, "logo", "Het logo moet een PNG- of JPEG-afbeelding zijn.");
		return 0;
	}
	if (!(f = fopen(path, "rb")))
		return log_error("logo %s: %s", path, strerror(errno));
	if (fseek(f, 0, SEEK_END) < 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) < 0) {
		fclose(f);
		return log_error("logo %s: %s", path, strerror(errno));
	}
	if (n > LETTERHEAD_LOGO_MAX) {
		fclose(f);
		field_error_add(errs, "logo", "Het logo is groter dan 512 kB. Kies een kleinere afbeelding.");
		return 0;
	}
	void *buf = arena_alloc(a, (size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		return log_error("logo %s: short read", path);
	}
	fclose(f);
	h->logo = buf;
	h->logo_len = (size_t)n;
	h->logo_type = arena_strdup(a, mime);
	return 0;
}

enum app_result letterhead_save(struct db *db, struct arena *a, const struct actor *who,
				const struct letterhead_input *in, struct field_errors *errs)
{
	struct letterhead h;
	const char *why;
	int logo = 0;

	memset(errs, 0, sizeof(*errs));
	memset(&h, 0, sizeof(h));
	if (!db)
		return APP_UNAVAILABLE;
	line_field(a, errs, "naam", in->naam, 120, "De naam", &h.naam);
	if ((why = dossier_text(a, in->adres, 4 * 62, 1, "Het adres", &h.adres)))
		field_error_add(errs, "adres", why);
	line_field(a, errs, "telefoon", in->telefoon, 40, "Het telefoonnummer", &h.telefoon);
	line_field(a, errs, "email", in->email, 254, "Het e-mailadres", &h.email);
	if (!field_error_for(errs, "email") && h.email[0] && !email_valid(h.email))
		field_error_add(errs, "email", "Vul een geldig e-mailadres in, bijvoorbeeld info@woonstichting.nl.");
	line_field(a, errs, "website", in->website, 100, "De website", &h.website);
	if (!field_error_for(errs, "website") && strpbrk(h.website, " <>\"'"))
		field_error_add(errs, "website", "Vul de website in zonder spaties, bijvoorbeeld www.woonstichting.nl.");
	if (in->logo_path) {
		if (read_logo(a, in->logo_path, &h, errs) < 0)
			return APP_UNAVAILABLE;
		logo = h.logo_len ? 1 : 0;
	} else if (in->logo_weg) {
		logo = -1;
	}
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (letterhead_set(db, &h, logo, who->user_id, clock_now()) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "briefhoofd", "", logo > 0 ? "met nieuw logo" : logo < 0 ? "logo weg" : "")
	    < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}
