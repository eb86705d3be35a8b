/*
 * dossiers.c - who may do what to a dossier, loading one with the
 * permission check, opening one, saving a letter template, and reading
 * typed text (see dossiers.h).
 * The actions are in dossier_act.c.
 */
#include "app/dossiers.h"
#include "app/dossier_meldingen.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/validate.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "store/address.h"
#include "store/audit.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- reading typed text ---- */

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

const char *dossier_text(struct arena *a, const char *in, size_t max, int multiline, const char *what,
			 const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	*out = "";
	while (blank(*s))
		s++;
	n = strlen(s);
	while (n && blank(s[n - 1]))
		n--;
	if (n > max)
		return arena_printf(a, "%s is te lang: hoogstens %zu tekens. Maak de tekst korter.", what, max);
	if (!utf8_valid(s, n))
		return arena_printf(a, "%s bevat tekens die wij niet kunnen lezen. Typ de tekst opnieuw.", what);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))))
			return arena_printf(a, multiline ? "%s bevat onzichtbare stuurtekens. Typ de tekst opnieuw."
						     : "%s mag maar één regel zijn.", what);
	}
	*out = arena_strndup(a, s, n);
	return NULL;
}

int dossier_bool(const char *s)
{
	static const char *const yes[] = { "1", "ja", "true", "on", "aan" };
	static const char *const no[] = { "0", "nee", "false", "off", "uit", "" };

	if (!s)
		return 0;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!strcmp(s, yes[i]))
			return 1;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (!strcmp(s, no[i]))
			return 0;
	return -1;
}

const char *dossier_ref_clean(struct arena *a, const char *s)
{
	if (!s)
		return "";
	while (blank(*s))
		s++;
	size_t n = strlen(s);
	while (n && blank(s[n - 1]))
		n--;
	if (n > 32)
		n = 32;
	char *out = arena_strndup(a, s, n);
	for (char *p = out; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return out;
}

/* ---- who may do what ---- */

static int in_areas(const struct actor *who, int64_t wijk_id)
{
	if (!wijk_id)
		return 0;
	for (int i = 0; i < who->n_areas; i++)
		if (who->areas[i] == wijk_id)
			return 1;
	return 0;
}

int dossier_user_in_team(struct db *db, const struct actor *who, const struct dossier *d)
{
	if (!who->user_id)
		return 0;
	if (d->owner_id == who->user_id)
		return 1;
	return db && dossier_in_team(db, d->id, who->user_id) == 1;
}

void dossier_scope(struct db *db, const struct actor *who, const struct dossier *d, struct scope *s)
{
	memset(s, 0, sizeof(*s));
	s->in_area = in_areas(who, d->wijk_id);
	s->sensitive = d->gevoelig;
	s->in_team = dossier_user_in_team(db, who, d);
}

int dossier_may(struct db *db, const struct actor *who, const struct dossier *d, enum action action)
{
	struct scope s;

	dossier_scope(db, who, d, &s);
	return policy_check(who, action, &s) == VERDICT_ALLOW;
}

enum app_result dossier_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				 enum action action, struct dossier *out)
{
	const char *ref = dossier_ref_clean(a, key);
	enum store_result r = STORE_NOTFOUND;
	struct scope s;

	if (!db)
		return APP_UNAVAILABLE;
	if (dossier_reference_valid(ref))
		r = dossier_by_ref(db, a, ref, out);
	else if (parse_id(key))
		r = dossier_get(db, a, parse_id(key), out);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		return APP_NOT_FOUND;
	dossier_scope(db, who, out, &s);
	enum verdict v = policy_check(who, action, &s);
	if (v == VERDICT_ALLOW)
		return APP_OK;
	audit_record(db, who, "geweigerd", "dossier", out->referentie, action_ids[action]);
	return v == VERDICT_DENY ? APP_FORBIDDEN : APP_NOT_FOUND;
}

/* ---- opening ---- */

void dossier_create_refs(struct arena *a, const char *text, struct dossier_create_input *in)
{
	const char *p = text ? text : "";

	while (*p) {
		while (*p && strchr(" \t\r\n,;", *p))
			p++;
		size_t n = strcspn(p, " \t\r\n,;");
		if (!n)
			break;
		if (in->n_meldingen < DOSSIER_CREATE_MELDINGEN)
			in->meldingen[in->n_meldingen++] = arena_strndup(a, p, n);
		else
			in->too_many_meldingen = 1;
		p += n;
	}
}

/* One opening on its way: the input, what has been checked so far, and where errors go. */
struct opening {
	struct db *db;
	struct arena *a;
	const struct actor *who;
	const struct dossier_create_input *in;
	struct field_errors *errs;
	struct dossier_new n;
	const char *subject_field;        /* where a refusal of the subject is said */
	int has_complex;
	struct melding *ms;               /* the meldingen to link, without doubles */
	int n_ms;
};

static void check_label_pijler(struct opening *o)
{
	const char *why;
	int pij;

	if ((why = dossier_text(o->a, o->in->onderwerp, DOSSIER_LABEL_MAX, 0, "De omschrijving", &o->n.huishouden)))
		field_error_add(o->errs, "onderwerp", why);
	if (!o->in->pijler || !o->in->pijler[0])
		field_error_add(o->errs, "pijler", "Kies de pijler van het dossier.");
	else if ((pij = pijler_parse(o->in->pijler)) < 0)
		field_error_add(o->errs, "pijler", "Kies een van de vier pijlers.");
	else
		o->n.pijler = (enum pijler)pij;
}

/* The address from the register: its home, buurt, wijk and complex. */
static enum app_result check_address(struct opening *o)
{
	const struct dossier_create_input *in = o->in;
	char pc[POSTCODE_LEN], toev[TOEVOEGING_LEN];
	struct address_match m;
	int nr = 0, ok = 1;

	if (postcode_normalize(in->postcode, pc) < 0) {
		field_error_add(o->errs, "postcode", "Vul een postcode in zoals 1234 AB.");
		ok = 0;
	}
	if (huisnummer_parse(in->huisnummer, &nr) < 0) {
		field_error_add(o->errs, "huisnummer", "Vul het huisnummer in met alleen cijfers, bijvoorbeeld 12.");
		ok = 0;
	}
	if (toevoeging_normalize(in->toevoeging ? in->toevoeging : "", toev) < 0) {
		field_error_add(o->errs, "toevoeging", "Een toevoeging is hoogstens 4 letters of cijfers, bijvoorbeeld A of 2.");
		ok = 0;
	}
	if (!ok)
		return APP_OK;
	if (address_match(o->db, pc, nr, toev, &m) == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (m.kind != MATCH_ADDRESS || !m.wijk_id) {
		field_error_add(o->errs, "postcode", "Dit adres staat niet in ons woningbestand. Controleer "
				"postcode, huisnummer en toevoeging, of kies het complex.");
		return APP_OK;
	}
	o->n.address_id = m.address_id;
	o->n.buurt_id = m.buurt_id;
	o->n.wijk_id = m.wijk_id;
	o->n.complex_id = m.complex_id;
	o->n.onderwerp_tekst = arena_printf(o->a, "%s%s%d%s%s, %s%s%s", m.straat, m.straat[0] ? " " : "", nr,
					    toev[0] ? " " : "", toev, pc, m.woonplaats[0] ? " " : "", m.woonplaats);
	return APP_OK;
}

static enum app_result check_complex(struct opening *o)
{
	struct dossier_area c;
	enum store_result r = dossier_complex(o->db, o->a, o->in->complex, &c);

	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || !c.wijk_id) {
		field_error_add(o->errs, "complex", "Kies een complex uit de lijst.");
		return APP_OK;
	}
	o->n.complex_id = c.id;
	o->n.wijk_id = c.wijk_id;
	o->n.onderwerp_tekst = c.naam;
	return APP_OK;
}

/* What the dossier is about: an address or a complex, not both, in a wijk who may write in. */
static enum app_result check_subject(struct opening *o)
{
	const struct dossier_create_input *in = o->in;
	int has_addr = (in->postcode && in->postcode[0]) || (in->huisnummer && in->huisnummer[0]) ||
		       (in->toevoeging && in->toevoeging[0]);
	enum app_result r = APP_OK;

	o->has_complex = in->complex && in->complex[0];
	o->subject_field = o->has_complex && !has_addr ? "complex" : "postcode";
	if (has_addr && o->has_complex)
		field_error_add(o->errs, "complex", "Kies een adres óf een complex, niet allebei.");
	else if (!has_addr && !o->has_complex)
		field_error_add(o->errs, "postcode", "Vul het adres in (postcode en huisnummer) of kies een complex.");
	else
		r = has_addr ? check_address(o) : check_complex(o);
	if (r != APP_OK || !o->n.wijk_id)
		return r;
	/* Opening a dossier is writing in its wijk: the matrix decides, as for any dossier there. */
	struct scope s = { in_areas(o->who, o->n.wijk_id), 0, 0, 0 };
	if (policy_check(o->who, ACT_DOSSIER_WRITE, &s) != VERDICT_ALLOW) {
		field_error_add(o->errs, o->subject_field, o->has_complex
				? "Dit complex ligt niet in uw wijken. U kunt hier geen dossier openen."
				: "Dit adres ligt niet in uw wijken. U kunt hier geen dossier openen.");
		o->n.wijk_id = 0;
	}
	return APP_OK;
}

/* The first meldingen: each one who may read, of the dossier's wijk; the first refusal is said. */
static enum app_result check_meldingen(struct opening *o)
{
	const struct dossier_create_input *in = o->in;
	const char *why;

	if (in->too_many_meldingen) {
		field_error_add(o->errs, "meldingen", arena_printf(o->a, "Koppel bij het openen hoogstens %d meldingen; "
								   "de rest kan daarna.", DOSSIER_CREATE_MELDINGEN));
		return APP_OK;
	}
	if (in->n_meldingen)
		o->ms = arena_alloc(o->a, sizeof(*o->ms) * (size_t)in->n_meldingen);
	for (int i = 0; o->ms && i < in->n_meldingen; i++) {
		struct melding *m = &o->ms[o->n_ms];
		enum app_result r = dossier_find_melding(o->db, o->a, o->who, in->meldingen[i], m, &why);
		if (r == APP_UNAVAILABLE)
			return r;
		if (r == APP_OK)
			why = o->n.wijk_id ? dossier_same_wijk(o->a, m, o->n.wijk_id,
							       dossier_area_name(o->db, o->a, o->n.wijk_id)) : NULL;
		if (why) {
			field_error_add(o->errs, "meldingen", why);
			break;
		}
		int dup = 0;
		for (int j = 0; j < o->n_ms; j++)
			dup |= o->ms[j].id == m->id;
		if (!dup)
			o->n_ms++;
	}
	return APP_OK;
}

/* The dossier, its links and the audit row, in one transaction. */
static enum app_result store(struct opening *o, int64_t *id, char ref[DOSSIER_REF_LEN])
{
	int y, mo, dd;

	o->n.gevoelig = o->in->gevoelig;
	o->n.owner_id = o->who->user_id;
	o->n.now = clock_now();
	days_to_civil(amsterdam_day(o->n.now), &y, &mo, &dd);
	o->n.year = y;
	if (db_begin(o->db) < 0)
		return APP_UNAVAILABLE;
	if (dossier_insert(o->db, &o->n, ref, id) != STORE_OK)
		goto fail;
	for (int i = 0; i < o->n_ms; i++)
		if (dossier_link_one(o->db, *id, &o->ms[i], o->n.now, o->n.owner_id) < 0)
			goto fail;
	if (o->n_ms && dossier_fts_refresh(o->db, *id) != STORE_OK)
		goto fail;
	if (audit_record(o->db, o->who, "aangemaakt", "dossier", ref, o->n.gevoelig ? "gevoelig" : "") < 0)
		goto fail;
	return db_commit(o->db) < 0 ? APP_UNAVAILABLE : APP_OK;
fail:
	db_rollback(o->db);
	return APP_UNAVAILABLE;
}

enum app_result dossier_create(struct db *db, struct arena *a, const struct actor *who,
			       const struct dossier_create_input *in, struct field_errors *errs, int64_t *id,
			       char ref[DOSSIER_REF_LEN])
{
	struct opening o = { .db = db, .a = a, .who = who, .in = in, .errs = errs };

	if (!db)
		return APP_UNAVAILABLE;
	memset(errs, 0, sizeof(*errs));
	check_label_pijler(&o);
	if (check_subject(&o) != APP_OK || check_meldingen(&o) != APP_OK)
		return APP_UNAVAILABLE;
	if (errs->n)
		return APP_INVALID;
	return store(&o, id, ref);
}

/* ---- letter templates ---- */

enum app_result dossier_template_save(struct db *db, struct arena *a, const struct actor *who,
				      enum brief_soort soort, const char *tekst, struct field_errors *errs)
{
	char msg[200];
	const char *text, *why;

	memset(errs, 0, sizeof(*errs));
	if (!db)
		return APP_UNAVAILABLE;
	why = dossier_text(a, tekst, LETTER_TEMPLATE_MAX, 1, "De brief", &text);
	if (!why && (why = brief_template_check(text, LETTER_TEMPLATE_MAX, msg, sizeof(msg))))
		why = arena_strdup(a, why);
	if (why) {
		field_error_add(errs, "tekst", why);
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (letter_template_set(db, soort, text, clock_now(), who->user_id) != STORE_OK ||
	    audit_record(db, who, "gewijzigd", "briefsjabloon", brief_soort_ids[soort], "") < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}
