/*
 * initiatief.c - bewonersinitiatieven and the leefbaarheidsfonds (see
 * initiatief.h): each step one transaction with its audit row.
 */
#include "app/initiatief.h"
#include "app/export_csv.h"
#include "app/wijkmonitor.h"
#include "auth/policy.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/validate.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/address.h"
#include "store/area.h"
#include "store/audit.h"
#include "store/fonds.h"
#include "store/melding.h"
#include "store/outbox.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fonds_jaar_van(int64_t unix_utc)
{
	int y, m, d;
	days_to_civil(amsterdam_day(unix_utc), &y, &m, &d);
	return y;
}

const char *initiatief_status_url(struct arena *a, const struct config *cfg, const char *token)
{
	if (cfg->base_url[0])
		return arena_printf(a, "%s/initiatief/status/%s", cfg->base_url, token);
	return arena_printf(a, "http://%s/initiatief/status/%s", cfg->listen, token);
}

/* Where the application is: the buurt chosen, else the address in the register. */
static enum app_result place(struct db *db, const struct initiatief_aanvraag *in, struct initiatief_new *n,
			     struct field_errors *errs)
{
	const char *code = in->buurt ? in->buurt : "";
	int have_address = (in->postcode && in->postcode[0]) || (in->huisnummer && in->huisnummer[0]);

	if (code[0]) {
		struct area a;
		int64_t id = area_id_by_code(db, code);
		if (id < 0)
			return APP_UNAVAILABLE;
		enum store_result r = id ? area_get(db, id, &a) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return APP_UNAVAILABLE;
		if (r != STORE_OK || a.soort == AREA_COMPLEX) {
			field_error_add(errs, "buurt", "Kies een buurt uit de lijst.");
			return APP_INVALID;
		}
		n->wijk_id = a.wijk_id;
		n->buurt_id = a.soort == AREA_BUURT ? a.id : 0;
		return APP_OK;
	}
	if (!have_address) {
		field_error_add(errs, "buurt", "Kies de buurt uit de lijst, of vul hieronder een postcode en huisnummer in.");
		return APP_INVALID;
	}
	char pc[POSTCODE_LEN], toev[TOEVOEGING_LEN];
	int nr = 0;
	int bad = 0;
	if (!in->postcode || postcode_normalize(in->postcode, pc) < 0) {
		field_error_add(errs, "postcode", "Vul een postcode in zoals 1234 AB.");
		bad = 1;
	}
	if (!in->huisnummer || huisnummer_parse(in->huisnummer, &nr) < 0) {
		field_error_add(errs, "huisnummer", "Vul een huisnummer in, alleen cijfers, zoals 12.");
		bad = 1;
	}
	if (toevoeging_normalize(in->toevoeging ? in->toevoeging : "", toev) < 0) {
		field_error_add(errs, "toevoeging", "Een toevoeging is hoogstens 4 letters of cijfers, zoals A of 2h.");
		bad = 1;
	}
	if (bad)
		return APP_INVALID;
	struct address_match m;
	if (address_match(db, pc, nr, toev, &m) != STORE_OK)
		return APP_UNAVAILABLE;
	if (m.kind == MATCH_NONE || !m.wijk_id) {
		field_error_add(errs, "postcode", "Dit adres kennen wij niet in onze wijken. Kies de buurt uit de lijst.");
		return APP_INVALID;
	}
	n->wijk_id = m.wijk_id;
	n->buurt_id = m.buurt_id;
	n->complex_id = m.complex_id;
	return APP_OK;
}

static int queue_receipt(struct db *db, struct arena *a, const struct config *cfg, const struct initiatief_valid *v,
			 const struct initiatief_ontvangen *res, int64_t now)
{
	char bedrag[32];

	if (!v->email[0])
		return 0;
	fonds_bedrag(v->bedrag_cent, bedrag);
	/*
	 * The link goes in the text; the outbox stores the placeholder in its
	 * place and the sender puts it back from the sealed token (mail/sender.c).
	 */
	const char *subject = arena_printf(a, "Uw aanvraag %s voor het leefbaarheidsfonds is ontvangen", res->referentie);
	const char *body = arena_printf(a,
		"Beste %s,\n\nWij hebben uw aanvraag \"%s\" (%s) voor het leefbaarheidsfonds ontvangen. U vraagt € %s.\n\n"
		"Via deze persoonlijke link ziet u hoe het met uw aanvraag staat, het besluit en de betalingen:\n%s\n\n"
		"Deel deze link niet met anderen.\n\nMet vriendelijke groet,\n%s\n",
		v->naam, v->titel, res->referentie, bedrag, initiatief_status_url(a, cfg, res->status_token),
		cfg->organisation);
	return outbox_add_initiatief(db, res->id, "initiatief_ontvangst", v->email, subject, body, now) == STORE_OK ? 0 : -1;
}

enum app_result initiatief_submit(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
				  const struct initiatief_aanvraag *in, struct initiatief_ontvangen *res)
{
	struct initiatief_valid *v = arena_alloc(a, sizeof(*v));
	struct initiatief_new n = { .v = v, .now = in->now, .jaar = fonds_jaar_van(in->now) };
	unsigned char hash[32];

	unsigned char form[32];

	memset(res, 0, sizeof(*res));
	if (!db)
		return APP_UNAVAILABLE;
	if (in->form_token && in->form_token[0]) {
		secret_token_hash(in->form_token, form);
		enum store_result u = initiatief_form_used(db, form, res->token_used);
		if (u == STORE_ERROR)
			return APP_UNAVAILABLE;
		if (u == STORE_OK)
			return APP_INVALID;
		res->token_used[0] = '\0';
	}
	initiatief_validate(&in->in, v, &res->errs);
	enum app_result r = place(db, in, &n, &res->errs);
	if (r == APP_UNAVAILABLE)
		return r;
	if (res->errs.n)
		return APP_INVALID;

	unsigned char box[SECRET_SEAL_MAX];
	secret_random_b64(res->status_token, sizeof(res->status_token), 24);
	secret_token_hash(res->status_token, hash);
	if (secret_seal(res->status_token, box, &n.token_box_len) < 0)
		return APP_UNAVAILABLE;
	n.token_hash = hash;
	n.token_box = box;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	if (initiatief_insert(db, &n, res->referentie, &res->id) != STORE_OK ||
	    (in->form_token && in->form_token[0] && initiatief_form_claim(db, form, res->id) != STORE_OK) ||
	    (!who->user_id && submit_record(db, who->ip, in->now) != STORE_OK) ||
	    queue_receipt(db, a, cfg, v, res, in->now) < 0 ||
	    audit_record(db, who, "aangemaakt", "initiatief", res->referentie, "aanvraag leefbaarheidsfonds") < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	if (db_commit(db) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}

enum app_result initiatief_by_status_token(struct db *db, struct arena *a, const char *token, struct initiatief *out)
{
	unsigned char hash[32];

	if (!db)
		return APP_UNAVAILABLE;
	if (!token || strlen(token) < 16 || strlen(token) > 64)
		return APP_NOT_FOUND;
	secret_token_hash(token, hash);
	enum store_result r = initiatief_by_token(db, a, hash, out);
	return r == STORE_OK ? APP_OK : r == STORE_NOTFOUND ? APP_NOT_FOUND : APP_UNAVAILABLE;
}

enum app_result initiatief_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				    enum action action, struct initiatief *out)
{
	enum store_result r;
	char *end;

	if (!db)
		return APP_UNAVAILABLE;
	if (!key || !key[0])
		return APP_NOT_FOUND;
	if (key[0] == 'I' || key[0] == 'i') {
		char ref[16];
		snprintf(ref, sizeof(ref), "%s", key);
		ref[0] = 'I';
		r = initiatief_by_ref(db, a, ref, out);
	} else {
		long long id = strtoll(key, &end, 10);
		if (*end || id <= 0)
			return APP_NOT_FOUND;
		r = initiatief_get(db, a, id, out);
	}
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK)
		return APP_NOT_FOUND;
	return wijk_verdict(db, who, action, out->wijk_id, "initiatief", out->referentie);
}

/* The end of a step: commit, or roll back and say the database failed. */
static enum app_result finish(struct db *db, int failed)
{
	if (failed) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* Multi-line text of at most max bytes: NULL when fine (trimmed copy in *out), else the message. */
static const char *text_field(struct arena *a, const char *in, size_t max, const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	*out = "";
	if (n > max)
		return arena_printf(a, "Dit is te lang: hoogstens %zu tekens.", max);
	if (!utf8_valid(s, n))
		return "Dit bevat tekens die wij niet kunnen lezen. Typ het opnieuw.";
	*out = arena_strndup(a, s, n);
	return NULL;
}

enum app_result initiatief_toetsen(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				   const struct initiatief_toetsing *t, int64_t now, struct field_errors *errs)
{
	const char *notes[CRIT__MAX];

	if (x->status != INI_INGEDIEND && x->status != INI_IN_BEHANDELING) {
		field_error_add(errs, "toets", "Over deze aanvraag is al besloten; de toetsing staat vast.");
		return APP_INVALID;
	}
	for (int c = 0; c < CRIT__MAX; c++) {
		const char *why = text_field(a, t->notitie[c], INI_NOTE_MAX, &notes[c]);
		if (why)
			field_error_add(errs, arena_printf(a, "notitie_%s", initiatief_criterium_ids[c]), why);
	}
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int failed = 0;
	for (int c = 0; c < CRIT__MAX && !failed; c++)
		failed = initiatief_toets_set(db, x->id, (enum initiatief_criterium)c, t->oordeel[c], notes[c],
					      who->user_id, now) != STORE_OK;
	if (!failed && x->status == INI_INGEDIEND)
		failed = initiatief_set_status(db, x->id, INI_IN_BEHANDELING, now) != STORE_OK;
	if (!failed)
		failed = audit_record(db, who, "gewijzigd", "initiatief", x->referentie, "toetsing aan de criteria") < 0;
	return finish(db, failed);
}

/* A message to the applicant about a step, with their link (put in by the sender, see queue_receipt()). */
static int tell(struct db *db, struct arena *a, const struct config *cfg, const struct initiatief *x,
		const char *soort, const char *subject, const char *what, int64_t now)
{
	if (!x->aanvrager_email[0])
		return 0;
	const char *body = arena_printf(a,
		"Beste %s,\n\n%s\n\nMeer over aanvraag %s leest u via uw persoonlijke link:\n%s\n\n"
		"Met vriendelijke groet,\n%s\n", x->aanvrager_naam, what, x->referentie, OUTBOX_STATUS_LINK,
		cfg->organisation);
	return outbox_add_initiatief(db, x->id, soort, x->aanvrager_email, subject, body, now) == STORE_OK ? 0 : -1;
}

enum app_result initiatief_besluiten(struct db *db, struct arena *a, const struct actor *who,
				     const struct config *cfg, const struct initiatief *x, int toekennen,
				     const char *bedrag, const char *reden, int64_t now, struct field_errors *errs)
{
	const char *why, *r;
	int64_t cent = -1;
	char txt[32];

	if (x->status != INI_INGEDIEND && x->status != INI_IN_BEHANDELING) {
		field_error_add(errs, "besluit", "Over deze aanvraag is al besloten. Een ander bedrag boekt u als correctie.");
		return APP_INVALID;
	}
	if ((why = text_field(a, reden, INI_REDEN_MAX, &r)))
		field_error_add(errs, "reden", why);
	else if (!toekennen && !r[0])
		field_error_add(errs, "reden", "Schrijf waarom de aanvraag wordt afgewezen; de aanvrager leest dit.");
	if (toekennen) {
		cent = bedrag && bedrag[0] ? euros_parse(bedrag) : -1;
		if ((why = fonds_check_toekenning(cent, x->bedrag_gevraagd_cent, r)))
			field_error_add(errs, "bedrag", why);
	}
	if (errs->n)
		return APP_INVALID;

	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int failed = initiatief_decide(db, x->id, toekennen ? INI_TOEGEKEND : INI_AFGEWEZEN, r, who->user_id, now) != STORE_OK;
	if (!failed && toekennen) {
		struct fonds_boeking row = { .b = { .soort = BOEKING_TOEKENNING, .bedrag_cent = cent },
					     .initiatief_id = x->id, .dag = amsterdam_day(now), .omschrijving = r };
		failed = fonds_boeking_add(db, &row, who->user_id, now) != STORE_OK;
	}
	if (toekennen)
		fonds_bedrag(cent, txt);
	if (!failed)
		failed = tell(db, a, cfg, x, toekennen ? "initiatief_toegekend" : "initiatief_afgewezen",
			      arena_printf(a, "Besluit over uw aanvraag %s", x->referentie),
			      toekennen ? arena_printf(a, "Goed nieuws: uw aanvraag \"%s\" is toegekend. U krijgt € %s "
						       "uit het leefbaarheidsfonds.%s%s", x->titel, txt, r[0] ? "\n\n" : "", r)
				        : arena_printf(a, "Uw aanvraag \"%s\" is helaas afgewezen.\n\nDe reden: %s", x->titel, r),
			      now) < 0;
	if (!failed)
		failed = audit_record(db, who, "gewijzigd", "initiatief", x->referentie,
				      toekennen ? arena_printf(a, "toegekend: %s", txt) : "afgewezen") < 0;
	return finish(db, failed);
}

enum app_result initiatief_betalen(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				   const char *bedrag, int32_t dag, const char *omschrijving, int64_t now,
				   struct field_errors *errs)
{
	struct boeking *rows;
	const char *why, *o;
	char txt[32];

	if (x->status != INI_TOEGEKEND) {
		field_error_add(errs, "betaling", "Alleen op een toegekende aanvraag die nog niet is afgerond boekt u een betaling.");
		return APP_INVALID;
	}
	int n = fonds_boeking_bedragen(db, a, x->id, &rows);
	if (n < 0)
		return APP_UNAVAILABLE;
	int64_t cent = bedrag && bedrag[0] ? euros_parse(bedrag) : -1;
	if ((why = fonds_check_betaling(cent, rows, (size_t)n)))
		field_error_add(errs, "bedrag", why);
	if (dag <= 0 || dag > amsterdam_day(now))
		field_error_add(errs, "datum", "Vul de datum van de betaling in (vandaag of eerder).");
	if ((why = text_field(a, omschrijving, INI_NOTE_MAX, &o)))
		field_error_add(errs, "omschrijving", why);
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	struct fonds_boeking row = { .b = { .soort = BOEKING_BETALING, .bedrag_cent = cent }, .initiatief_id = x->id,
				     .dag = dag, .omschrijving = o };
	fonds_bedrag(cent, txt);
	int failed = fonds_boeking_add(db, &row, who->user_id, now) != STORE_OK ||
		     audit_record(db, who, "gewijzigd", "initiatief", x->referentie,
				  arena_printf(a, "betaling %s (boeking %lld)", txt, (long long)row.b.id)) < 0;
	return finish(db, failed);
}

enum app_result initiatief_corrigeren(struct db *db, struct arena *a, const struct actor *who,
				      const struct initiatief *x, int64_t van, const char *verschil,
				      const char *omschrijving, int32_t dag, int64_t now, struct field_errors *errs)
{
	struct boeking *rows;
	const char *why, *o;
	enum boeking_soort soort = BOEKING_TOEKENNING;
	int64_t cent = 0;
	char txt[32];

	int n = fonds_boeking_bedragen(db, a, x->id, &rows);
	if (n < 0)
		return APP_UNAVAILABLE;
	if (fonds_parse_verschil(verschil, &cent) < 0)
		field_error_add(errs, "verschil", "Vul het verschil in euro’s in, zoals -50,00 (minder) of 25 (meer).");
	else if ((why = fonds_check_correctie(van, cent, rows, (size_t)n, &soort)))
		field_error_add(errs, van && strstr(why, "boeking die") ? "van" : "verschil", why);
	if ((why = text_field(a, omschrijving, INI_NOTE_MAX, &o)))
		field_error_add(errs, "omschrijving", why);
	else if (!o[0])
		field_error_add(errs, "omschrijving", "Schrijf waarom u corrigeert.");
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	struct fonds_boeking row = { .b = { .soort = soort, .bedrag_cent = cent, .correctie_van = van },
				     .initiatief_id = x->id, .dag = dag > 0 ? dag : amsterdam_day(now), .omschrijving = o };
	fonds_bedrag(cent, txt);
	int failed = fonds_boeking_add(db, &row, who->user_id, now) != STORE_OK ||
		     audit_record(db, who, "gewijzigd", "initiatief", x->referentie,
				  arena_printf(a, "correctie %s op boeking %lld", txt, (long long)van)) < 0;
	return finish(db, failed);
}

enum app_result initiatief_afronden(struct db *db, struct arena *a, const struct actor *who, const struct initiatief *x,
				    const char *eindverslag, int64_t now, struct field_errors *errs)
{
	const char *why, *e;

	if (x->status != INI_TOEGEKEND) {
		field_error_add(errs, "eindverslag", "Alleen een toegekend initiatief dat nog loopt, rondt u af.");
		return APP_INVALID;
	}
	if ((why = text_field(a, eindverslag, INI_WAT_MAX, &e)))
		field_error_add(errs, "eindverslag", why);
	else if (!e[0])
		field_error_add(errs, "eindverslag", "Schrijf het eindverslag: wat is er gedaan, met wie, en wat kostte het.");
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int failed = initiatief_close(db, x->id, e, now) != STORE_OK ||
		     audit_record(db, who, "gewijzigd", "initiatief", x->referentie, "afgerond met eindverslag") < 0;
	return finish(db, failed);
}

enum app_result fonds_budget_zetten(struct db *db, struct arena *a, const struct actor *who, int64_t wijk_id, int jaar,
				    const char *bedrag, int64_t now, struct field_errors *errs)
{
	struct area w;
	char txt[32];

	enum store_result r = area_get(db, wijk_id, &w);
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || w.soort != AREA_WIJK)
		return APP_NOT_FOUND;
	if (!wijk_in_reach(who, ACT_WIJK_STEER, wijk_id)) {
		audit_record(db, who, "geweigerd", "fonds", w.code, action_ids[ACT_WIJK_STEER]);
		return policy_route(who->role, ACT_WIJK_STEER) == VERDICT_ALLOW ? APP_NOT_FOUND : APP_FORBIDDEN;
	}
	int64_t cent = bedrag && bedrag[0] ? euros_parse(bedrag) : -1;
	if (cent < 0)
		field_error_add(errs, "budget", "Vul het budget in euro’s in, zoals 25.000 of 12.500,00.");
	if (jaar < 2000 || jaar > 2100)
		field_error_add(errs, "jaar", "Kies een jaar.");
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	fonds_bedrag(cent, txt);
	int failed = fonds_budget_set(db, wijk_id, jaar, cent, who->user_id, now) != STORE_OK ||
		     audit_record(db, who, "gewijzigd", "fonds", w.code, arena_printf(a, "budget %d: %s", jaar, txt)) < 0;
	return finish(db, failed);
}

/* A moment as the day it fell on in Amsterdam, or an empty cell. */
static void csv_day(struct csv *c, int64_t t)
{
	char day[DAYS_FORMAT_LEN];

	if (!t) {
		csv_empty(c);
		return;
	}
	days_format(amsterdam_day(t), day);
	csv_text(c, day);
}

enum app_result initiatief_besluiten_csv(struct db *db, struct arena *a, const struct actor *who, int jaar,
					 struct csv *c)
{
	static const char *const head[] = {
		"referentie", "jaar", "wijk_code", "wijk", "buurt", "titel", "status", "ingediend", "besloten",
		"gevraagd_euro", "toegekend_euro", "besteed_euro", "reden",
	};
	struct initiatief_filter f = { .jaar = jaar };
	struct initiatief *rows;
	int64_t total;
	int n_rows = 0;

	wijk_reach(who, ACT_WIJK_READ, &f.all_areas, &f.areas, &f.n_areas);
	int n = initiatief_list(db, a, &f, 1000000, 0, &rows, &total);
	if (n < 0)
		return APP_UNAVAILABLE;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_text(c, head[i]);
	csv_end_row(c);
	for (int i = n - 1; i >= 0; i--) {   /* oldest first */
		const struct initiatief *x = &rows[i];
		if (!x->besloten_op && !x->toegekend_cent && !x->besteed_cent)
			continue;
		csv_text(c, x->referentie);
		csv_int(c, x->jaar);
		csv_text(c, x->wijk_code);
		csv_text(c, x->wijk_naam);
		csv_text(c, x->buurt_naam);
		csv_text(c, x->titel);
		csv_text(c, initiatief_status_ids[x->status]);
		csv_day(c, x->ingediend_op);
		csv_day(c, x->besloten_op);
		csv_decimal(c, (double)x->bedrag_gevraagd_cent / 100.0, 2, 0);
		csv_decimal(c, (double)x->toegekend_cent / 100.0, 2, 0);
		csv_decimal(c, (double)x->besteed_cent / 100.0, 2, 0);
		csv_text(c, x->besluit_reden);
		csv_end_row(c);
		n_rows++;
	}
	if (c->err)
		return APP_UNAVAILABLE;
	audit_record(db, who, "geexporteerd", "export", arena_printf(a, "fonds-besluiten-%d.csv", jaar),
		     arena_printf(a, "%d rijen", n_rows));
	return APP_OK;
}
