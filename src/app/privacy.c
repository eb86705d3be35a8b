/*
 * privacy.c - retention, inzage, correction and deletion (see privacy.h).
 *
 * Anonymising, not deleting: a melding keeps its days, category, channel,
 * areas, terms and costs, so every dashboard figure of the past stays as it
 * was; what goes is what names or describes a person, and the melder key
 * that counts distinct melders becomes a keyed hash (rekey() below).
 */
#include "app/privacy.h"
#include "auth/policy.h"
#include "auth/secret.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/worker.h"
#include "store/audit.h"
#include "store/files.h"
#include "store/privacy.h"
#include "store/privacy_json.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Rows per transaction: short enough that a melding from the form never waits long for the writer. */
#define BATCH 200

void retention_terms_from_config(const struct config *c, struct retention_terms *t)
{
	t->meldingen_maanden = c->retentie_meldingen_maanden;
	t->dossiers_maanden = c->retentie_dossiers_maanden;
	t->doorverwijzingen_maanden = c->retentie_doorverwijzingen_maanden;
	t->bijlagen_maanden = c->retentie_bijlagen_maanden;
	t->mail_maanden = c->retentie_mail_maanden;
	t->sessies_dagen = c->retentie_sessies_dagen;
	t->audit_maanden = c->retentie_audit_maanden;
}

int32_t retention_last_day(int32_t today, int months)
{
	int y, m, d;

	days_to_civil(today, &y, &m, &d);
	int total = y * 12 + (m - 1) - months;
	y = total / 12;
	m = total % 12 + 1;
	int32_t first = days_from_civil(y, m, 1);
	int32_t next = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
	if (d > next - first)
		d = next - first;
	return first + d - 1;
}

int64_t retention_before_months(int64_t now, int months)
{
	return amsterdam_day_start(retention_last_day(amsterdam_day(now), months) + 1);
}

int64_t retention_before_days(int64_t now, int days)
{
	return amsterdam_day_start(amsterdam_day(now) - days);
}

void retention_counts_format(const struct retention_counts *c, char *out, size_t size)
{
	snprintf(out, size, "meldingen %lld, bijlagen %lld, dossiers %lld, doorverwijzingen %lld, mail %lld,"
		 " sessies %lld, auditregels %lld, initiatieven %lld", (long long)c->meldingen, (long long)c->bijlagen,
		 (long long)c->dossiers, (long long)c->doorverwijzingen, (long long)c->mail, (long long)c->sessies,
		 (long long)c->audit, (long long)c->initiatieven);
}

/*
 * The melder key as a keyed hash under a key derived from the server's
 * secret (data_dir/secret.key): the same melder gets the same new key in
 * every run, so "distinct melders" of a period keeps its figure, and no one
 * can test an e-mail address against an anonymised melding without that
 * file. 0 stays 0 (anonymous). A melder whose meldingen of one period are
 * partly anonymised, partly not yet, counts twice there.
 */
static int64_t rekey(const unsigned char pepper[crypto_generichash_KEYBYTES], int64_t key)
{
	unsigned char in[8], out[8];
	uint64_t v = 0;

	if (!key)
		return 0;
	for (int i = 0; i < 8; i++)
		in[i] = (unsigned char)((uint64_t)key >> (8 * i));
	crypto_generichash(out, sizeof(out), in, sizeof(in), pepper, crypto_generichash_KEYBYTES);
	for (int i = 0; i < 8; i++)
		v |= (uint64_t)out[i] << (8 * i);
	v &= 0x7fffffffffffffffull;
	return v ? (int64_t)v : 1;
}

static void pepper_init(unsigned char pepper[crypto_generichash_KEYBYTES])
{
	static const char what[] = "leefbaar: melder na anonimiseren";

	crypto_generichash(pepper, crypto_generichash_KEYBYTES, (const unsigned char *)what, sizeof(what) - 1,
			   secret_mac_key(), 32);
}

/* Files whose rows went in the transaction just committed. */
struct doomed {
	struct arena *a;
	const char **names;
	int n, cap;
};

static void doom(struct doomed *d, const struct privacy_file *f, int n)
{
	for (int i = 0; i < n; i++) {
		if (!d->cap) {
			d->cap = 16;
			d->names = arena_alloc(d->a, (size_t)d->cap * sizeof(*d->names));
		} else if (d->n == d->cap) {
			d->names = arena_grow(d->a, d->names, &d->cap, sizeof(*d->names));
		}
		d->names[d->n++] = f[i].opslag;
	}
}

/* Removed only after the commit: a rolled-back batch must not lose a file its row still names. */
static void remove_doomed(struct doomed *d)
{
	for (int i = 0; i < d->n; i++)
		files_remove(d->names[i]);
	d->n = 0;
}

/* The daily job's state (below); its stop flag also ends a run between batches. */
static struct {
	const struct config *cfg;
	struct worker w;
} J = { .w = WORKER_INIT };

enum retention_kind { RK_DOSSIERS, RK_DOORVERWIJZINGEN, RK_MELDINGEN, RK_BIJLAGEN };

struct run {
	struct db *db;
	int64_t now;
	unsigned char pepper[crypto_generichash_KEYBYTES];
	struct doomed doomed;
};

/* One batch of a kind: 0 done (fewer than BATCH), 1 more to do, -1 failed. Adds to *count. */
static int batch(struct run *r, enum retention_kind kind, int64_t before, int64_t *count)
{
	struct arena a = ARENA_INIT;
	struct privacy_due *due = NULL;
	struct privacy_file *files = NULL;
	int n = -1, rc = -1;

	if (db_begin(r->db) < 0)
		goto out;
	switch (kind) {
	case RK_DOSSIERS:
		n = privacy_dossiers_due(r->db, &a, before, BATCH, &due);
		break;
	case RK_DOORVERWIJZINGEN:
		n = privacy_referrals_due(r->db, &a, before, BATCH, &due);
		break;
	case RK_MELDINGEN:
		n = privacy_meldingen_due(r->db, &a, (int32_t)before, BATCH, &due);
		break;
	case RK_BIJLAGEN:
		n = privacy_bijlagen_due(r->db, &a, (int32_t)before, BATCH, &files);
		break;
	}
	for (int i = 0; i < n; i++) {
		enum store_result s = STORE_ERROR;
		int nf = 0;
		switch (kind) {
		case RK_DOSSIERS:
			s = privacy_dossier_anonymise(r->db, due[i].id, r->now);
			break;
		case RK_DOORVERWIJZINGEN:
			nf = privacy_referral_files(r->db, r->doomed.a, due[i].id, &files);
			s = nf < 0 ? STORE_ERROR : privacy_referral_anonymise(r->db, due[i].id, r->now);
			break;
		case RK_MELDINGEN:
			nf = privacy_melding_files(r->db, r->doomed.a, due[i].id, &files);
			s = nf < 0 ? STORE_ERROR : privacy_melding_anonymise(r->db, due[i].id, rekey(r->pepper, due[i].key), r->now);
			break;
		case RK_BIJLAGEN:
			s = privacy_bijlage_delete(r->db, files[i].id);
			nf = 0;
			break;
		}
		if (s != STORE_OK)
			goto out;
		if (nf > 0)
			doom(&r->doomed, files, nf);
	}
	if (kind == RK_BIJLAGEN && n > 0) {
		/* The names live in a, which goes below: copy them to the run's arena. */
		for (int i = 0; i < n; i++)
			files[i].opslag = arena_strdup(r->doomed.a, files[i].opslag);
		doom(&r->doomed, files, n);
	}
	if (n < 0 || db_commit(r->db) < 0)
		goto out;
	remove_doomed(&r->doomed);
	*count += n;
	rc = n == BATCH;
out:
	if (rc < 0) {
		if (db_in_tx(r->db))
			db_rollback(r->db);
		r->doomed.n = 0;
	}
	arena_release(&a);
	return rc;
}

static int all_batches(struct run *r, enum retention_kind kind, int64_t before, int64_t *count)
{
	int rc;

	/* A server that is stopping does not wait for the rest: the next run goes on where this one ended. */
	while ((rc = batch(r, kind, before, count)) == 1 && !worker_stopping(&J.w))
		;
	return rc < 0 ? -1 : 0;
}

/* A single statement in a transaction of its own; its row count, or -1. */
static int64_t one_tx(struct db *db, int64_t (*fn)(struct db *, int64_t, int), int64_t before)
{
	if (db_begin(db) < 0)
		return -1;
	int64_t n = fn(db, before, 0);
	if (n < 0 || db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return -1;
	}
	return n;
}

static int64_t audit_batch(struct db *db, int64_t before, int dry_run)
{
	return privacy_audit_anonymise(db, before, BATCH * 10, dry_run);
}

static int dry_counts(struct db *db, const struct retention_terms *t, int64_t now, struct retention_counts *c)
{
	int32_t today = amsterdam_day(now);

	c->meldingen = privacy_meldingen_due_count(db, retention_last_day(today, t->meldingen_maanden) + 1);
	c->bijlagen = privacy_bijlagen_due_count(db, retention_last_day(today, t->bijlagen_maanden) + 1);
	c->dossiers = privacy_dossiers_due_count(db, retention_before_months(now, t->dossiers_maanden));
	c->doorverwijzingen = privacy_referrals_due_count(db, retention_before_months(now, t->doorverwijzingen_maanden));
	c->mail = privacy_mail_expire(db, retention_before_months(now, t->mail_maanden), 1);
	c->sessies = privacy_sessions_expire(db, retention_before_days(now, t->sessies_dagen), 1);
	c->audit = privacy_audit_anonymise(db, retention_before_months(now, t->audit_maanden), INT_MAX, 1);
	c->initiatieven = privacy_initiatieven_expire(db, retention_before_months(now, t->meldingen_maanden), 1);
	return c->meldingen < 0 || c->bijlagen < 0 || c->dossiers < 0 || c->doorverwijzingen < 0 || c->mail < 0 ||
	       c->sessies < 0 || c->audit < 0 || c->initiatieven < 0 ? -1 : 0;
}

enum app_result privacy_retention(struct db *db, const struct retention_terms *t, int64_t now, int dry_run,
				  struct retention_counts *out)
{
	struct arena keep = ARENA_INIT;
	struct run r = { .db = db, .now = now, .doomed = { .a = &keep } };
	int32_t today = amsterdam_day(now);
	char line[256];
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (dry_run) {
		rc = dry_counts(db, t, now, out);
		goto out;
	}
	pepper_init(r.pepper);
	/*
	 * Dossiers first: a melding in a dossier waits for the dossier, so one
	 * whose dossier goes today may go in the same run.
	 */
	if (all_batches(&r, RK_DOSSIERS, retention_before_months(now, t->dossiers_maanden), &out->dossiers) < 0 ||
	    all_batches(&r, RK_DOORVERWIJZINGEN, retention_before_months(now, t->doorverwijzingen_maanden),
			&out->doorverwijzingen) < 0 ||
	    all_batches(&r, RK_MELDINGEN, retention_last_day(today, t->meldingen_maanden) + 1, &out->meldingen) < 0 ||
	    all_batches(&r, RK_BIJLAGEN, retention_last_day(today, t->bijlagen_maanden) + 1, &out->bijlagen) < 0) {
		rc = -1;
		goto out;
	}
	out->mail = one_tx(db, privacy_mail_expire, retention_before_months(now, t->mail_maanden));
	out->sessies = one_tx(db, privacy_sessions_expire, retention_before_days(now, t->sessies_dagen));
	/* An applicant's details go with the meldingen's term, counted from the decision or the last step. */
	out->initiatieven = one_tx(db, privacy_initiatieven_expire, retention_before_months(now, t->meldingen_maanden));
	int64_t before = retention_before_months(now, t->audit_maanden), n = 0;
	while (!worker_stopping(&J.w) && (n = one_tx(db, audit_batch, before)) > 0)
		out->audit += n;
	if (out->mail < 0 || out->sessies < 0 || out->initiatieven < 0 || n < 0)
		rc = -1;
out:
	sodium_memzero(r.pepper, sizeof(r.pepper));
	arena_release(&keep);
	retention_counts_format(out, line, sizeof(line));
	if (rc < 0)
		log_error("retentie: stopped by a database error after %s", line);
	else
		log_info("retentie%s: %s", dry_run ? " (proef, niets gewijzigd)" : "", line);
	if (!dry_run && (out->meldingen || out->bijlagen || out->dossiers || out->doorverwijzingen || out->mail ||
			 out->sessies || out->audit || out->initiatieven))
		audit_record(db, &ACTOR_CLI(0), "geanonimiseerd", "retentie", "", line);
	return rc < 0 ? APP_UNAVAILABLE : APP_OK;
}

/* ---- the daily job ---- */

static void *job(void *arg)
{
	struct retention_terms t;
	struct retention_counts c;

	(void)arg;
	retention_terms_from_config(J.cfg, &t);
	if (worker_sleep(&J.w, (int64_t)J.cfg->retentie_start_minuten * 60))
		return NULL;
	do {
		struct db *db = db_thread();
		if (db)
			privacy_retention(db, &t, clock_now(), 0, &c);
	} while (!worker_sleep(&J.w, 24 * 3600));
	return NULL;
}

int privacy_job_start(const struct config *cfg)
{
	if (!cfg->retentie_automatisch || J.w.started)
		return 0;
	J.cfg = cfg;
	/* Like the mail sender: SIGTERM and SIGINT are for the main thread only (lib/worker.h). */
	int rc = worker_start(&J.w, job, NULL);
	if (rc != 0)
		return log_error("retentie: cannot start the daily job: %s", strerror(rc));
	log_info("retentie: daily, the first run %d minutes after the start", cfg->retentie_start_minuten);
	return 0;
}

void privacy_job_stop(void)
{
	worker_stop(&J.w, -1);
}

/* ---- one person ---- */

static int blank(const char *s)
{
	if (!s)
		return 1;
	while (*s == ' ' || *s == '\t')
		s++;
	return !*s;
}

enum app_result privacy_query_check(const struct privacy_query_in *in, struct privacy_query *q,
				    struct field_errors *errs)
{
	memset(q, 0, sizeof(*q));
	if (!blank(in->email)) {
		const char *e = in->email;
		while (*e == ' ' || *e == '\t')
			e++;
		size_t n = strlen(e);
		while (n && (e[n - 1] == ' ' || e[n - 1] == '\t'))
			n--;
		if (n >= sizeof(q->email))
			n = sizeof(q->email) - 1;
		memcpy(q->email, e, n);
		q->email[n] = '\0';
		if (!email_valid(q->email))
			field_error_add(errs, "email", "Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.");
	}
	if (!blank(in->telefoon) && phone_normalize(in->telefoon, q->telefoon) < 0)
		field_error_add(errs, "telefoon", "Dit telefoonnummer klopt niet. Vul 10 cijfers in, bijvoorbeeld 06 12345678.");
	int has_pc = !blank(in->postcode), has_nr = !blank(in->huisnummer);
	if (has_pc && postcode_normalize(in->postcode, q->postcode) < 0)
		field_error_add(errs, "postcode", "Dit is geen Nederlandse postcode, bijvoorbeeld 1234 AB.");
	if (has_nr && huisnummer_parse(in->huisnummer, &q->huisnummer) < 0)
		field_error_add(errs, "huisnummer", "Een huisnummer is een getal van 1 tot 99999.");
	if (has_pc != has_nr)
		field_error_add(errs, has_pc ? "huisnummer" : "postcode",
				"Vul voor een adres de postcode en het huisnummer allebei in.");
	if (!blank(in->toevoeging) && toevoeging_normalize(in->toevoeging, q->toevoeging) < 0)
		field_error_add(errs, "toevoeging", "Een toevoeging is hoogstens 4 letters of cijfers, bijvoorbeeld A of 2H.");
	if (!errs->n && !q->email[0] && !q->telefoon[0] && !q->postcode[0])
		field_error_add(errs, "email", "Vul een e-mailadres, een telefoonnummer of een adres in.");
	if (errs->n) {
		/* Nothing half-checked may reach a query. */
		q->postcode[0] = q->telefoon[0] = '\0';
		q->huisnummer = 0;
		return APP_INVALID;
	}
	return APP_OK;
}

static void to_person(const struct privacy_query *q, struct privacy_person *p)
{
	p->email = q->email;
	p->telefoon = q->telefoon;
	p->postcode = q->postcode;
	p->huisnummer = q->huisnummer;
	p->toevoeging = q->toevoeging;
}

/* What the audit row says about the request: how the person was found, not what came out. */
static const char *request_line(struct arena *a, const struct privacy_query *q)
{
	const char *line = "";

	if (q->email[0])
		line = arena_printf(a, "e-mail %s", q->email);
	if (q->telefoon[0])
		line = arena_printf(a, "%s%stelefoon %s", line, line[0] ? "; " : "", q->telefoon);
	if (q->postcode[0])
		line = arena_printf(a, "%s%sadres %s %d%s%s", line, line[0] ? "; " : "", q->postcode, q->huisnummer,
				    q->toevoeging[0] ? " " : "", q->toevoeging);
	return line;
}

/* A list of rows of part for id, under key in obj; -1 on error. */
static int add_part(struct db *db, cJSON *obj, const char *key, enum privacy_json_part part, int64_t id)
{
	cJSON *arr = cJSON_AddArrayToObject(obj, key);

	return privacy_json(db, part, id, NULL, arr);
}

/* The one row of part for id as an object added to arr (with its sub-lists); NULL when there is none or on error. */
static cJSON *add_one(struct db *db, cJSON *arr, enum privacy_json_part part, int64_t id)
{
	cJSON *tmp = cJSON_CreateArray();

	if (privacy_json(db, part, id, NULL, tmp) < 0 || cJSON_GetArraySize(tmp) != 1) {
		cJSON_Delete(tmp);
		return NULL;
	}
	cJSON *o = cJSON_DetachItemFromArray(tmp, 0);
	cJSON_Delete(tmp);
	cJSON_AddItemToArray(arr, o);
	return o;
}

static int add_meldingen(struct db *db, cJSON *root, const char *key, const int64_t *ids, int n, int own)
{
	cJSON *arr = cJSON_AddArrayToObject(root, key);

	for (int i = 0; i < n; i++) {
		cJSON *o = add_one(db, arr, own ? PJ_MELDING : PJ_MELDING_OVER, ids[i]);
		if (!o)
			return -1;
		if (own ? add_part(db, o, "tijdlijn", PJ_TIJDLIJN, ids[i]) < 0 ||
			  add_part(db, o, "berichten", PJ_BERICHTEN, ids[i]) < 0 ||
			  add_part(db, o, "bijlagen", PJ_BIJLAGEN, ids[i]) < 0 ||
			  add_part(db, o, "dagboek", PJ_DAGBOEK, ids[i]) < 0 ||
			  add_part(db, o, "tevredenheid", PJ_TEVREDENHEID, ids[i]) < 0
			: add_part(db, o, "stappen", PJ_STAPPEN, ids[i]) < 0)
			return -1;
	}
	return 0;
}

static int add_dossiers(struct db *db, cJSON *root, const int64_t *ids, int n)
{
	cJSON *arr = cJSON_AddArrayToObject(root, "dossiers_over_adres");

	for (int i = 0; i < n; i++) {
		cJSON *o = add_one(db, arr, PJ_DOSSIER, ids[i]);
		if (!o || add_part(db, o, "notities", PJ_NOTITIES, ids[i]) < 0 ||
		    add_part(db, o, "interventies", PJ_INTERVENTIES, ids[i]) < 0 ||
		    add_part(db, o, "brieven", PJ_BRIEVEN, ids[i]) < 0 ||
		    add_part(db, o, "escalaties", PJ_ESCALATIES, ids[i]) < 0 ||
		    add_part(db, o, "doorverwijzingen", PJ_DOORVERWIJZINGEN, ids[i]) < 0)
			return -1;
	}
	return 0;
}

/* The bewonersinitiatieven the person applied for (issue 18). */
static int add_initiatieven(struct db *db, cJSON *root, const int64_t *ids, int n)
{
	cJSON *arr = cJSON_AddArrayToObject(root, "initiatieven_als_aanvrager");

	for (int i = 0; i < n; i++)
		if (privacy_json(db, PJ_INITIATIEF, ids[i], NULL, arr) < 0)
			return -1;
	return 0;
}

enum app_result privacy_inzage(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
			       cJSON **out)
{
	struct privacy_person p;
	int64_t *own = NULL, *about = NULL, *dossiers = NULL, *initiatieven = NULL;
	char when[32];

	to_person(q, &p);
	*out = NULL;
	int n_own = privacy_meldingen_by_melder(db, a, &p, &own);
	int n_about = privacy_meldingen_about(db, a, &p, &about);
	int n_dossiers = privacy_dossiers_about(db, a, &p, &dossiers);
	int n_initiatieven = privacy_initiatieven_by_aanvrager(db, a, &p, &initiatieven);
	if (n_own < 0 || n_about < 0 || n_dossiers < 0 || n_initiatieven < 0)
		return APP_UNAVAILABLE;

	cJSON *root = cJSON_CreateObject();
	cJSON *req = cJSON_AddObjectToObject(root, "verzoek");
	cJSON_AddStringToObject(req, "email", q->email);
	cJSON_AddStringToObject(req, "telefoon", q->telefoon);
	cJSON_AddStringToObject(req, "postcode", q->postcode);
	if (q->huisnummer)
		cJSON_AddNumberToObject(req, "huisnummer", q->huisnummer);
	else
		cJSON_AddNullToObject(req, "huisnummer");
	cJSON_AddStringToObject(req, "toevoeging", q->toevoeging);
	time_t now = (time_t)clock_now();
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	cJSON_AddStringToObject(req, "gemaakt_op", when);
	cJSON_AddStringToObject(req, "toelichting",
				"Meldingen van anderen over dit adres staan erin zonder de gegevens van die melders"
				" (AVG art. 15 lid 4).");
	if (add_meldingen(db, root, "meldingen_als_melder", own, n_own, 1) < 0 ||
	    add_meldingen(db, root, "meldingen_over_adres", about, n_about, 0) < 0 ||
	    add_dossiers(db, root, dossiers, n_dossiers) < 0 ||
	    add_initiatieven(db, root, initiatieven, n_initiatieven) < 0 ||
	    privacy_json(db, PJ_ACCOUNT, 0, q->email, cJSON_AddArrayToObject(root, "account")) < 0)
		goto fail;
	const char *detail = arena_printf(a, "%s: %d als melder, %d over het adres, %d dossiers", request_line(a, q),
					  n_own, n_about, n_dossiers);
	if (n_initiatieven)
		detail = arena_printf(a, "%s, %d initiatieven", detail, n_initiatieven);
	if (audit_record(db, who, "inzage", "persoon", "", detail) < 0)
		goto fail;
	*out = root;
	return APP_OK;
fail:
	cJSON_Delete(root);
	return APP_UNAVAILABLE;
}

enum app_result privacy_correct(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
				const struct privacy_correction_in *in, struct field_errors *errs, int64_t *changed)
{
	struct privacy_person p;
	char phone[PHONE_LEN] = "";
	const char *naam = in->naam ? in->naam : "", *email = in->email ? in->email : "";

	*changed = 0;
	to_person(q, &p);
	if (!q->email[0] && !q->telefoon[0])
		field_error_add(errs, "email", "Zoek de melder op e-mailadres of telefoonnummer om gegevens te verbeteren.");
	const char *why = validate_line(a, naam, 120, "De naam", &naam);
	if (why)
		field_error_add(errs, "naam", why);
	if (email[0] && !email_valid(email))
		field_error_add(errs, "nieuw_email", "Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.");
	if (in->telefoon && !blank(in->telefoon) && phone_normalize(in->telefoon, phone) < 0)
		field_error_add(errs, "nieuw_telefoon", "Dit telefoonnummer klopt niet. Vul 10 cijfers in, bijvoorbeeld 06 12345678.");
	if (!errs->n && !email[0] && !phone[0])
		field_error_add(errs, "nieuw_email", "Vul een e-mailadres of telefoonnummer in; wie geen contact wil, vraagt om verwijderen.");
	if (errs->n)
		return APP_INVALID;
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int64_t n = privacy_melder_correct(db, &p, naam, email, phone);
	int64_t ni = n < 0 ? -1 : privacy_aanvrager_correct(db, &p, naam, email, phone);
	if (n < 0 || ni < 0 ||
	    audit_record(db, who, "gecorrigeerd", "persoon", "",
			 ni ? arena_printf(a, "%s: %lld meldingen, %lld initiatieven", request_line(a, q), (long long)n,
					   (long long)ni)
			    : arena_printf(a, "%s: %lld meldingen", request_line(a, q), (long long)n)) < 0 ||
	    db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return APP_UNAVAILABLE;
	}
	*changed = n + ni;
	return APP_OK;
}

enum app_result privacy_erase(struct db *db, struct arena *a, const struct actor *who, const struct privacy_query *q,
			      struct field_errors *errs, int64_t *changed)
{
	struct privacy_person p;
	unsigned char pepper[crypto_generichash_KEYBYTES];
	char dossier[24], melding[24];
	int64_t *ids = NULL;

	*changed = 0;
	to_person(q, &p);
	if (!q->email[0] && !q->telefoon[0]) {
		field_error_add(errs, "email", "Zoek de melder op e-mailadres of telefoonnummer om gegevens te verwijderen.");
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	int running = privacy_running_dossier(db, &p, dossier, melding);
	if (running > 0) {
		db_rollback(db);
		audit_record(db, who, "geweigerd", "persoon", "",
			     arena_printf(a, "verwijderen %s: dossier %s loopt", request_line(a, q), dossier));
		field_error_add(errs, "email",
				arena_printf(a, "Niet verwijderd: melding %s hoort bij dossier %s, dat nog loopt. De gegevens"
					     " van de melder zijn daarvoor nodig, ook als het dossier bij de rechter komt"
					     " (AVG artikel 17 lid 3 onder e). Verwijder ze nadat het dossier is gesloten.",
					     melding, dossier));
		return APP_INVALID;
	}
	int n = running < 0 ? -1 : privacy_meldingen_by_melder(db, a, &p, &ids);
	pepper_init(pepper);
	for (int i = 0; i < n; i++)
		if (privacy_melder_erase(db, ids[i], rekey(pepper, privacy_melder_key(db, ids[i]))) != STORE_OK) {
			n = -1;
			break;
		}
	sodium_memzero(pepper, sizeof(pepper));
	int64_t ni = n < 0 ? -1 : privacy_aanvrager_erase(db, &p);
	if (n < 0 || ni < 0 ||
	    audit_record(db, who, "verwijderd", "persoon", "",
			 ni ? arena_printf(a, "%s: melder verwijderd uit %d meldingen, aanvrager uit %lld initiatieven",
					   request_line(a, q), n, (long long)ni)
			    : arena_printf(a, "%s: melder verwijderd uit %d meldingen", request_line(a, q), n)) < 0 ||
	    db_commit(db) < 0) {
		if (db_in_tx(db))
			db_rollback(db);
		return APP_UNAVAILABLE;
	}
	*changed = n + ni;
	return APP_OK;
}
