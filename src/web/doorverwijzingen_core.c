/*
 * doorverwijzingen_core.c - what the referral pages and the JSON API share:
 * loading a referral with the permission check, sending one, and taking
 * each step (see doorverwijzingen.h).
 *
 * Every change is one transaction holding the referral, its history, the
 * dossier's timeline entry (dossier_event rows whose kind is the label the
 * dossier page and the court overview show), a notice in the outbox and
 * the audit row, so none of them can exist without the others.
 */
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "web/doorverwijzingen.h"
#include "web/dossiers.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/files.h"
#include "store/outbox.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int64_t user_id(const struct req *req)
{
	return req->session ? req->session->user_id : 0;
}

int doorverwijzing_is_partner(const struct req *req)
{
	return req->session && req->session->role == ROLE_PARTNER;
}

const char *doorverwijzing_day(struct req *req, int32_t day)
{
	char iso[DAYS_FORMAT_LEN];

	if (day < 0)
		return "";
	days_format(day, iso);
	return arena_printf(&req->arena, "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
}

enum referral_due doorverwijzing_due(const struct referral *r, int32_t today)
{
	return referral_due_state(r->status, r->antwoord_dag, referral_answered_day(r), today);
}

/* ---- loading ---- */

int doorverwijzing_load_for(struct req *req, const char *key, enum action action, struct referral *out)
{
	struct db *db = db_thread();
	const struct session *s = req->session;
	int64_t id = parse_id(key);
	struct scope sc = { 0, 0, 0, 0 };
	enum store_result r;

	if (!db)
		return 503;
	if (!s)
		return 404;
	const struct actor who = *http_actor(req);
	if (doorverwijzing_is_partner(req)) {
		/* Bound to the user's organisation in SQL: another one's referral is simply not there. */
		r = id ? referral_get_partner(db, &req->arena, id, s->partner_id, out) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK) {
			audit_record(db_thread(), http_actor(req), "geweigerd", "doorverwijzing", key ? key : "", action_ids[action]);
			return 404;
		}
		sc.partner_id = out->partner_id;
	} else {
		struct dossier d;
		r = id ? referral_get_staff(db, &req->arena, id, out) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK)
			return 404;
		/* Staff reach follows the dossier: its wijk, gevoelig flag and team. */
		r = dossier_get(db, &req->arena, out->dossier_id, &d);
		if (r != STORE_OK)
			return 503;
		dossier_scope(req, &d, &sc);
		sc.partner_id = out->partner_id;
	}
	switch (policy_check(&who, action, &sc)) {
	case VERDICT_ALLOW:
		return 0;
	case VERDICT_DENY:
		audit_record(db_thread(), http_actor(req), "geweigerd", "doorverwijzing", arena_printf(&req->arena, "%lld", (long long)id),
			     action_ids[action]);
		return 403;
	case VERDICT_HIDE:
		break;
	}
	audit_record(db_thread(), http_actor(req), "geweigerd", "doorverwijzing", arena_printf(&req->arena, "%lld", (long long)id),
		     action_ids[action]);
	return 404;
}

/* Reloads r after a change, the same way it was loaded. */
static int reload(struct req *req, struct db *db, struct referral *r)
{
	int64_t id = r->id;
	enum store_result rc = doorverwijzing_is_partner(req)
		? referral_get_partner(db, &req->arena, id, req->session->partner_id, r)
		: referral_get_staff(db, &req->arena, id, r);
	return rc == STORE_OK ? 0 : -1;
}

/* ---- texts ---- */

/*
 * Checks one text field; on success *out is the trimmed copy. what is the
 * field's name in a sentence ("De vraag"), empty the message when it is
 * missing.
 */
static int check_text(struct req *req, struct field_errors *errs, const char *field, const char *in,
		      const char *what, const char *empty, const char **out)
{
	size_t start = 0, len = 0;

	*out = NULL;
	switch (referral_text_check(in, REFERRAL_TEXT_MAX, &start, &len)) {
	case RTEXT_OK:
		*out = arena_strndup(&req->arena, in + start, len);
		return 0;
	case RTEXT_EMPTY:
		field_error_add(errs, field, empty);
		break;
	case RTEXT_TOO_LONG:
		field_error_add(errs, field, arena_printf(&req->arena, "%s is te lang: hoogstens %d tekens.", what,
							  REFERRAL_TEXT_MAX));
		break;
	case RTEXT_INVALID:
		field_error_add(errs, field, arena_printf(&req->arena, "%s bevat tekens die hier niet kunnen. "
							  "Typ de tekst opnieuw.", what));
		break;
	}
	return -1;
}

/* ---- files ---- */

/* An extension for a neutral file name, from the type libmagic read. */
static const char *extension(const char *mime)
{
	static const struct {
		const char *mime, *ext;
	} map[] = {
		{ "image/jpeg", "jpg" }, { "image/png", "png" }, { "image/heic", "heic" }, { "image/heif", "heif" },
		{ "video/mp4", "mp4" }, { "video/quicktime", "mov" }, { "audio/mpeg", "mp3" },
		{ "audio/x-m4a", "m4a" }, { "audio/mp4", "m4a" }, { "audio/x-wav", "wav" }, { "audio/wav", "wav" },
		{ "audio/vnd.wave", "wav" }, { "application/pdf", "pdf" },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(mime, map[i].mime))
			return map[i].ext;
	return "bin";
}

/*
 * Copies a stored file into a new stored file (durable before the row
 * that points to it commits, as files_keep() guarantees). A copy, so the
 * referral's file lives on whatever happens to the melding's.
 */
static int copy_stored(struct req *req, const char *opslag, char name[FILES_NAME_LEN])
{
	char *tmp = arena_printf(&req->arena, "%s/tmp/doorverwijzing-XXXXXX", req->cfg->data_dir);
	char chunk[65536];
	int in = -1, out = -1, rc = -1;
	ssize_t n;

	if (strchr(opslag, '/'))
		return log_error("referral copy: bad storage name");
	in = open(files_path(&req->arena, opslag), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (in < 0) {
		log_error("referral copy: open %s: %s", opslag, strerror(errno));
		goto out;
	}
	out = mkstemp(tmp);
	if (out < 0) {
		log_error("referral copy: %s: %s", tmp, strerror(errno));
		goto out;
	}
	while ((n = read(in, chunk, sizeof(chunk))) > 0) {
		for (ssize_t off = 0; off < n;) {
			ssize_t w = write(out, chunk + off, (size_t)(n - off));
			if (w < 0) {
				if (errno == EINTR)
					continue;
				log_error("referral copy: write: %s", strerror(errno));
				goto out;
			}
			off += w;
		}
	}
	if (n < 0) {
		log_error("referral copy: read: %s", strerror(errno));
		goto out;
	}
	close(out);
	out = -1;
	if (files_keep(tmp, name) < 0)
		goto out;
	tmp = NULL;
	rc = 0;
out:
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	if (tmp && rc < 0)
		unlink(tmp);
	return rc;
}

/* A partner's answer file: a type we accept by content, PDF (a report) included. */
static int answer_file_type(const char *path, char mime[64])
{
	if (files_check_type(path, mime) == 0)
		return 0;
	return !strcmp(mime, "application/pdf") ? 0 : -1;
}

/* ---- creating ---- */

int doorverwijzing_create(struct req *req, const struct dossier *d, const struct doorverwijzing_input *in,
			  struct field_errors *errs, int64_t *id)
{
	struct db *db = db_thread();
	const char *reden, *vraag, *info;
	struct referral_partner p = { 0 };
	struct referral_source_file *src = NULL;
	int64_t pid = 0;

	if (!db)
		return 503;
	if (d->status != DS_OPEN)
		field_error_add(errs, "dossier", "Dit dossier is gesloten. Heropen het dossier om door te verwijzen.");

	if (!in->partner || !in->partner[0]) {
		field_error_add(errs, "partner", "Kies de organisatie waarnaar u doorverwijst.");
	} else {
		pid = parse_id(in->partner);
		enum store_result r = pid ? referral_partner_get(db, &req->arena, pid, &p) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return 503;
		if (r != STORE_OK || !p.actief)
			field_error_add(errs, "partner", "Deze organisatie bestaat niet of is niet meer actief. "
					"Kies een organisatie uit de lijst.");
	}
	check_text(req, errs, "reden", in->reden, "De reden",
		   "Schrijf waarom u doorverwijst. Alleen uw collega's lezen dit.", &reden);
	check_text(req, errs, "vraag", in->vraag, "De vraag",
		   "Schrijf de vraag aan de partner: wat vraagt u hun te doen?", &vraag);
	check_text(req, errs, "gedeelde_informatie", in->gedeelde_informatie, "De gedeelde informatie",
		   "Schrijf wat de partner over de situatie moet weten. Alleen dit, en de bestanden die u "
		   "aanvinkt, ziet de partner.", &info);

	/* The chosen files must be files of this dossier's meldingen: nothing else can be shared. */
	int nsrc = referral_dossier_files(db, &req->arena, d->id, &src);
	if (nsrc < 0)
		return 503;
	const struct referral_source_file *chosen[DOORVERWIJZING_BIJLAGEN_MAX];
	int nchosen = 0, bad = in->bad_bijlagen;
	for (int i = 0; i < in->n_bijlagen && !bad; i++) {
		const struct referral_source_file *f = NULL;
		for (int k = 0; k < nsrc && !f; k++)
			if (src[k].id == in->bijlagen[i])
				f = &src[k];
		int dup = 0;
		for (int k = 0; k < nchosen; k++)
			dup |= chosen[k] == f;
		if (!f)
			bad = 1;
		else if (!dup)
			chosen[nchosen++] = f;
	}
	if (bad)
		field_error_add(errs, "bijlagen", arena_printf(&req->arena, "Kies alleen bestanden van de meldingen in "
							       "dit dossier, hoogstens %d.", DOORVERWIJZING_BIJLAGEN_MAX));
	if (errs->n)
		return 422;

	/* The due day: the kind's term in werkdagen from today, with the closing days in force now. */
	int64_t now = clock_now();
	struct calendar *cal = arena_alloc(&req->arena, sizeof(*cal));
	if (calendar_load(db, cal) < 0)
		return 503;
	int32_t due = referral_due_day(&cal->cal, now, p.termijn);

	/* Copies first: they are durable before the rows that point to them commit. */
	char (*names)[FILES_NAME_LEN] = arena_alloc(&req->arena, sizeof(*names) * (size_t)(nchosen ? nchosen : 1));
	int ncopied = 0;
	for (; ncopied < nchosen; ncopied++)
		if (copy_stored(req, chosen[ncopied]->opslag, names[ncopied]) < 0)
			break;
	if (ncopied < nchosen) {
		for (int i = 0; i < ncopied; i++)
			files_remove(names[i]);
		return 503;
	}

	struct referral_new rn = {
		.dossier_id = d->id, .partner_id = p.id, .user_id = user_id(req), .now = now,
		.reden = reden, .vraag = vraag, .gedeelde_informatie = info,
		.termijn = p.termijn, .antwoord_dag = due,
	};
	struct buf text = BUF_INIT, subject = BUF_INIT, body = BUF_INIT;
	int status = 503;

	if (db_begin(db) < 0)
		goto out;
	if (referral_insert(db, &rn, id) != STORE_OK)
		goto rollback;
	for (int i = 0; i < nchosen; i++) {
		struct referral_file f = {
			.referral_id = *id, .van_partner = 0,
			.bestandsnaam = arena_printf(&req->arena, "bijlage-%d.%s", i + 1, extension(chosen[i]->mime)),
			.opslag = names[i], .mime = chosen[i]->mime, .grootte = chosen[i]->grootte, .created_at = now,
		};
		if (referral_file_add(db, &f, rn.user_id) != STORE_OK)
			goto rollback;
	}
	if (referral_event_add(db, *id, now, rn.user_id, "verstuurd", "", NULL) != STORE_OK)
		goto rollback;

	/* The dossier's own account of what was shared, for its timeline and the court overview. */
	buf_addf(&text, "Doorverwijzing %lld aan %s (%s). Antwoord uiterlijk %s (%d werkdagen).\n"
		 "Reden: %s\nVraag: %s\nGedeeld met de partner: %s",
		 (long long)*id, p.naam, partner_soort_labels[p.soort], doorverwijzing_day(req, due), p.termijn,
		 reden, vraag, info);
	if (nchosen)
		buf_addf(&text, "\nBestanden gedeeld: %d", nchosen);
	if (dossier_event_add(db, d->id, now, rn.user_id, REFERRAL_TIMELINE_SENT, text.buf) != STORE_OK)
		goto rollback;

	/* The notice names no one and holds nothing of the case: only where to read it. */
	const struct config *cfg = req->cfg;
	struct referral_notice notice = {
		.organisation = cfg->organisation,
		.partner_naam = p.naam,
		.url = cfg->base_url[0] ? arena_printf(&req->arena, "%s/doorverwijzingen/%lld", cfg->base_url, (long long)*id)
					: arena_printf(&req->arena, "http://%s/doorverwijzingen/%lld", cfg->listen, (long long)*id),
		.antwoord_dag = due,
	};
	referral_notice_new(&notice, &subject, &body);
	if (outbox_add(db, 0, "doorverwijzing", p.contact_email, subject.buf, body.buf, now) != STORE_OK)
		goto rollback;
	if (audit_record(db_thread(), http_actor(req), "aangemaakt", "doorverwijzing", arena_printf(&req->arena, "%lld", (long long)*id),
			 arena_printf(&req->arena, "dossier %s, aan %s", d->referentie, p.naam)) < 0)
		goto rollback;
	if (db_commit(db) < 0)
		goto out;
	status = 201;
	goto out;
rollback:
	db_rollback(db);
out:
	if (status != 201)
		for (int i = 0; i < nchosen; i++)
			files_remove(names[i]);
	buf_release(&text);
	buf_release(&subject);
	buf_release(&body);
	return status;
}

/* ---- the steps ---- */

/*
 * The answer's file: the one sent now, or the one kept from an earlier
 * attempt under the form's bestand_id (pending_upload, an hour). On a
 * failed attempt a good new file is kept there, replacing an older one,
 * so a partner never chooses the same report twice.
 */
struct answer_file {
	unsigned char hash[32];
	struct pending_file *pending;            /* the kept one, or NULL */
	int fresh;                               /* a new file was stored now (opslag, mime) */
	char opslag[FILES_NAME_LEN], mime[64];
	const char *naam;
	int64_t grootte;
};

static int answer_file_open(struct req *req, struct db *db, struct doorverwijzing_act_input *in,
			    struct answer_file *f, int64_t now)
{
	struct pending_file *list;

	if (in->bestand_id && in->bestand_id[0] && strlen(in->bestand_id) < sizeof(in->bestand_token) &&
	    !in->bestand_id[strspn(in->bestand_id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")])
		snprintf(in->bestand_token, sizeof(in->bestand_token), "%s", in->bestand_id);
	else
		secret_random_b64(in->bestand_token, sizeof(in->bestand_token), 24);
	secret_token_hash(in->bestand_token, f->hash);
	int n = pending_list(db, &req->arena, f->hash, now, &list);
	if (n < 0)
		return -1;
	f->pending = n > 0 ? &list[n - 1] : NULL;
	return 0;
}

int doorverwijzing_act(struct req *req, struct referral *r, enum referral_action a,
		       struct doorverwijzing_act_input *in, struct field_errors *errs)
{
	struct db *db = db_thread();
	const char *reden = NULL, *tekst = NULL;
	struct upload *u = in->bestand;
	struct answer_file af;
	int64_t now = clock_now();
	int good_upload = 0;

	memset(&af, 0, sizeof(af));
	in->bestand_naam = NULL;
	if (!db)
		return 503;
	if ((unsigned)a >= RA__MAX)
		return 422;
	const char *why = referral_refusal(r->status, a);
	if (why)
		field_error_add(errs, "status", why);
	if (a == RA_AFWIJZEN)
		check_text(req, errs, "reden", in->reden, "De reden",
			   "Schrijf waarom u de doorverwijzing afwijst, zodat de corporatie weet wat zij anders kan doen.",
			   &reden);
	if (a == RA_REACTIE) {
		check_text(req, errs, "tekst", in->tekst, "Uw antwoord",
			   "Schrijf uw antwoord: wat heeft u gedaan of wat gaat u doen?", &tekst);
		if (answer_file_open(req, db, in, &af, now) < 0)
			return 503;
		/* An empty file input arrives as a dropped part without a reason: no file. */
		if (u && u->dropped && u->drop_reason)
			field_error_add(errs, "bestand", u->drop_reason);
		else if (u && !u->dropped && (!u->path || u->size == 0))
			field_error_add(errs, "bestand", "Dit bestand is leeg. Kies een ander bestand.");
		else if (u && !u->dropped && answer_file_type(u->path, af.mime) < 0)
			field_error_add(errs, "bestand", "Dit soort bestand kunnen wij niet ontvangen. Stuur een PDF, "
					"een foto (JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV).");
		else if (u && !u->dropped)
			good_upload = 1;
		if (good_upload) {
			if (files_keep(u->path, af.opslag) < 0)
				return 503;
			u->path = NULL;   /* moved into storage; nothing left to clean up */
			af.fresh = 1;
			af.naam = u->filename && u->filename[0] ? u->filename
								: arena_printf(&req->arena, "antwoord.%s", extension(af.mime));
			af.grootte = (int64_t)u->size;
		}
	}
	if (errs->n) {
		/* Keep a good file for the next attempt; it replaces one kept before. */
		if (af.fresh) {
			if (db_begin(db) < 0)
				goto kept_failed;
			if (af.pending && pending_drop(db, af.hash, af.pending->id) == STORE_ERROR) {
				db_rollback(db);
				goto kept_failed;
			}
			if (pending_add(db, af.hash, af.naam, af.opslag, af.mime, af.grootte, now) != STORE_OK) {
				db_rollback(db);
				goto kept_failed;
			}
			if (db_commit(db) < 0)
				goto kept_failed;
			in->bestand_naam = af.naam;
		} else if (af.pending) {
			in->bestand_naam = af.pending->bestandsnaam;
		}
		return 422;
kept_failed:
		files_remove(af.opslag);
		return 503;
	}
	/* No new file: the one kept from an earlier attempt, if any. */
	if (a == RA_REACTIE && !af.fresh && af.pending) {
		snprintf(af.opslag, sizeof(af.opslag), "%s", af.pending->opslag);
		snprintf(af.mime, sizeof(af.mime), "%s", af.pending->mime);
		af.naam = af.pending->bestandsnaam;
		af.grootte = af.pending->grootte;
	}
	int kept = af.fresh, with_file = a == RA_REACTIE && (af.fresh || af.pending);
	const char *mime = af.mime;

	int64_t who = user_id(req), event_id = 0;
	const char *rid = arena_printf(&req->arena, "%lld", (long long)r->id);
	struct buf text = BUF_INIT;
	int status = 503;

	if (db_begin(db) < 0)
		goto out;
	enum store_result sr = referral_step(db, r->id, r->status, a, now, who, reden);
	if (sr == STORE_CONFLICT) {
		db_rollback(db);
		field_error_add(errs, "status", "Iemand anders heeft deze doorverwijzing net gewijzigd. "
				"Bekijk hoe zij er nu voor staat en probeer het zo nodig opnieuw.");
		status = 422;
		goto out;
	}
	if (sr != STORE_OK)
		goto rollback;
	if (referral_event_add(db, r->id, now, who, referral_event_kinds[a], a == RA_AFWIJZEN ? reden : tekst, &event_id)
	    != STORE_OK)
		goto rollback;
	if (with_file) {
		struct referral_file f = {
			.referral_id = r->id, .event_id = event_id, .van_partner = 1, .bestandsnaam = af.naam,
			.opslag = af.opslag, .mime = af.mime, .grootte = af.grootte, .created_at = now,
		};
		if (referral_file_add(db, &f, who) != STORE_OK)
			goto rollback;
		/* The kept file is the answer's now; a kept one a new file replaced expires on its own. */
		if (!af.fresh && pending_taken(db, af.hash) != STORE_OK)
			goto rollback;
	}

	switch (a) {
	case RA_ACCEPTEREN:
		buf_addf(&text, "%s heeft doorverwijzing %s geaccepteerd.", r->partner_naam, rid);
		break;
	case RA_AFWIJZEN:
		buf_addf(&text, "%s heeft doorverwijzing %s afgewezen.\nReden: %s", r->partner_naam, rid, reden);
		break;
	case RA_REACTIE:
		buf_addf(&text, "%s op doorverwijzing %s:\n%s", r->partner_naam, rid, tekst);
		if (with_file)
			buf_addf(&text, "\nMet een bestand (%s).", extension(mime));
		break;
	case RA_AFSLUITEN:
	case RA__MAX:
		buf_addf(&text, "Doorverwijzing %s aan %s is afgesloten.", rid, r->partner_naam);
		break;
	}
	if (dossier_event_add(db, r->dossier_id, now, who, referral_timeline_labels[a], text.buf) != STORE_OK)
		goto rollback;
	if (audit_record(db_thread(), http_actor(req), "gewijzigd", "doorverwijzing", rid, referral_action_ids[a]) < 0)
		goto rollback;
	if (db_commit(db) < 0)
		goto out;
	kept = 0;
	status = reload(req, db, r) < 0 ? 503 : 0;
	goto out;
rollback:
	db_rollback(db);
out:
	if (kept)
		files_remove(af.opslag);
	buf_release(&text);
	return status;
}
