/*
 * referrals.c - the use cases of doorverwijzingen (see referrals.h):
 * loading a referral with the permission check (and the audited read of
 * one), the list's filters and pages, sending one from a dossier, taking
 * each step, its files, and the answer terms.
 *
 * Every change is one transaction holding the referral, its history, the
 * dossier's timeline entry (dossier_event rows whose kind is the label the
 * dossier page and the court overview show), a notice in the outbox and
 * the audit row, so none of them can exist without the others. Files are
 * stored (durably) before the rows that point to them commit, and removed
 * again when those rows do not.
 */
#include "app/referrals.h"
#include "app/notify.h"
#include "app/dossiers.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/fields.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/parse.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/dossier.h"
#include "store/files.h"
#include "store/outbox.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- small shared helpers ---- */

static int is_partner(const struct actor *who)
{
	return who->role == ROLE_PARTNER;
}

const char *referral_day_text(struct arena *a, int32_t day)
{
	char iso[DAYS_FORMAT_LEN];

	if (day < 0)
		return "";
	days_format(day, iso);
	return arena_printf(a, "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
}

enum referral_due referral_due_marker(const struct referral *r, int32_t today)
{
	return referral_due_state(r->status, r->antwoord_dag, referral_answered_day(r), today);
}

/* ---- loading ---- */

static void audit_refused(struct db *db, const struct actor *who, const char *what, enum action action)
{
	audit_record(db, who, "geweigerd", "doorverwijzing", what, action_ids[action]);
}

/* Staff reach follows the dossier: its wijk, gevoelig flag and team. */
static enum app_result staff_scope(struct db *db, struct arena *a, const struct actor *who,
				   const struct referral *r, struct scope *sc)
{
	struct dossier d;

	if (dossier_get(db, a, r->dossier_id, &d) != STORE_OK)
		return APP_UNAVAILABLE;
	dossier_scope(db, who, &d, sc);
	sc->partner_id = r->partner_id;
	return APP_OK;
}

/* A partner's load, bound to its organisation in SQL: another one's referral is simply not there. */
static enum app_result load_partner(struct db *db, struct arena *a, const struct actor *who, const char *key,
				    enum action action, struct referral *out)
{
	int64_t id = parse_id(key);
	enum store_result r = id ? referral_get_partner(db, a, id, who->partner_id, out) : STORE_NOTFOUND;

	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK) {
		audit_refused(db, who, key ? key : "", action);
		return APP_NOT_FOUND;
	}
	return APP_OK;
}

enum app_result referral_load_for(struct db *db, struct arena *a, const struct actor *who, const char *key,
				  enum action action, struct referral *out)
{
	int64_t id = parse_id(key);
	struct scope sc = { 0, 0, 0, 0 };
	enum app_result res;

	if (!db)
		return APP_UNAVAILABLE;
	if (!who->user_id)
		return APP_NOT_FOUND;
	if (is_partner(who)) {
		if ((res = load_partner(db, a, who, key, action, out)) != APP_OK)
			return res;
		sc.partner_id = out->partner_id;
	} else {
		enum store_result r = id ? referral_get_staff(db, a, id, out) : STORE_NOTFOUND;
		if (r == STORE_ERROR)
			return APP_UNAVAILABLE;
		if (r != STORE_OK)
			return APP_NOT_FOUND;
		if (staff_scope(db, a, who, out, &sc) != APP_OK)
			return APP_UNAVAILABLE;
	}
	switch (policy_check(who, action, &sc)) {
	case VERDICT_ALLOW:
		return APP_OK;
	case VERDICT_DENY:
		audit_refused(db, who, arena_printf(a, "%lld", (long long)id), action);
		return APP_FORBIDDEN;
	case VERDICT_HIDE:
		break;
	}
	audit_refused(db, who, arena_printf(a, "%lld", (long long)id), action);
	return APP_NOT_FOUND;
}

enum app_result referral_view(struct db *db, struct arena *a, const struct actor *who, const char *key,
			      const char *via, struct referral *out)
{
	enum app_result res = referral_load_for(db, a, who, key, ACT_REFERRAL_READ, out);

	if (res != APP_OK)
		return res;
	if (audit_record(db, who, "bekeken", "doorverwijzing", arena_printf(a, "%lld", (long long)out->id), via) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}

int referral_may(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
		 enum action action)
{
	struct scope sc = { 0, 0, 0, r->partner_id };

	if (!db || (!is_partner(who) && staff_scope(db, a, who, r, &sc) != APP_OK))
		return -1;
	return policy_check(who, action, &sc) == VERDICT_ALLOW;
}

/* Reloads r after a change, the same way it was loaded. */
static enum app_result reload(struct db *db, struct arena *a, const struct actor *who, struct referral *r)
{
	int64_t id = r->id;
	enum store_result rc = is_partner(who) ? referral_get_partner(db, a, id, who->partner_id, r)
					       : referral_get_staff(db, a, id, r);
	return rc == STORE_OK ? APP_OK : APP_UNAVAILABLE;
}

enum app_result referral_file_for(struct db *db, struct arena *a, const struct actor *who,
				  const struct referral *r, int64_t file_id, struct referral_file *out)
{
	if (!db)
		return APP_UNAVAILABLE;
	if (!file_id)
		return APP_NOT_FOUND;
	enum store_result rc = is_partner(who)
		? referral_file_get_partner(db, a, r->id, file_id, who->partner_id, out)
		: referral_file_get(db, a, r->id, file_id, out);
	if (rc == STORE_ERROR)
		return APP_UNAVAILABLE;
	return rc == STORE_OK ? APP_OK : APP_NOT_FOUND;
}

/* ---- the list ---- */

/* "1", "ja", "true", "on" -> 1; absent, "", "0", "nee", "false" -> 0; else -1. */
static int flag(const char *s)
{
	if (!s || !s[0] || !strcmp(s, "0") || !strcmp(s, "nee") || !strcmp(s, "false"))
		return 0;
	if (!strcmp(s, "1") || !strcmp(s, "ja") || !strcmp(s, "true") || !strcmp(s, "on"))
		return 1;
	return -1;
}

/* The filters everyone has: status, te laat, beantwoord. */
static void read_common(const struct referral_filter_input *in, struct referral_filter *f,
			struct field_errors *errs)
{
	int b;

	if (in->status && !strcmp(in->status, "open"))
		f->not_closed = 1;
	else if (in->status && !strcmp(in->status, "wacht"))
		f->open = 1;
	else if (in->status && in->status[0] && (f->status = referral_status_parse(in->status)) < 0)
		field_error_add(errs, "status", "Kies een status uit de lijst.");
	if ((b = flag(in->te_laat)) < 0)
		field_error_add(errs, "te_laat", "Te laat is ja of nee.");
	else
		f->late = b;
	if ((b = flag(in->beantwoord)) < 0)
		field_error_add(errs, "beantwoord", "Beantwoord is ja of nee.");
	else
		f->answered = b;
}

/* Staff filters: organisation, wijk and a dossier they may read referrals of. */
static enum app_result read_staff(struct db *db, struct arena *a, const struct actor *who,
				  const struct referral_filter_input *in, struct referral_filter *f,
				  struct field_errors *errs)
{
	if (in->partner && in->partner[0]) {
		int64_t id = parse_id(in->partner);
		if (!id)
			field_error_add(errs, "partner", "Kies een organisatie uit de lijst.");
		else
			f->partner_id = id;
	}
	if (in->wijk && in->wijk[0] && !(f->wijk_id = dossier_wijk_id(db, in->wijk)))
		field_error_add(errs, "wijk", "Deze wijk bestaat niet.");
	if (in->dossier && in->dossier[0]) {
		struct dossier d;
		enum app_result r = dossier_load_for(db, a, who, in->dossier, ACT_REFERRAL_READ, &d);
		if (r == APP_UNAVAILABLE)
			return r;
		if (r != APP_OK)
			field_error_add(errs, "dossier", "Dit dossier bestaat niet, of u heeft er geen toegang toe.");
		else
			f->dossier_id = d.id;
	}
	return APP_OK;
}

enum app_result referral_filter_read(struct db *db, struct arena *a, const struct actor *who,
				     const struct referral_filter_input *in, struct referral_filter *f,
				     struct field_errors *errs)
{
	referral_filter_clear(f);
	f->today = amsterdam_day(clock_now());
	if (!db)
		return APP_UNAVAILABLE;
	read_common(in, f, errs);
	/* A partner's list is its own organisation's, whatever else the query says. */
	if (!is_partner(who) && read_staff(db, a, who, in, f, errs) != APP_OK)
		return APP_UNAVAILABLE;
	return errs->n ? APP_INVALID : APP_OK;
}

enum app_result referral_list(struct db *db, struct arena *a, const struct actor *who,
			      const struct referral_filter *f, int page, int per_page, const char *view,
			      struct referral_page *out)
{
	int64_t offset = (int64_t)(page < 1 ? 0 : page - 1) * per_page;
	struct referral_viewer v;

	if (!db)
		return APP_UNAVAILABLE;
	if (!is_partner(who)) {
		referral_viewer_init(&v, who);
		return referral_list_staff(db, a, &v, f, offset, per_page, out) == STORE_OK ? APP_OK : APP_UNAVAILABLE;
	}
	if (referral_list_partner(db, a, who->partner_id, f, offset, per_page, out) != STORE_OK)
		return APP_UNAVAILABLE;
	/* Everything a partner opens is in the audit trail, its lists too (DESIGN.md, Audited reads). */
	if (audit_record(db, who, "bekeken", "doorverwijzingen", view,
			 arena_printf(a, "pagina %d, %d getoond", page, out->n)) < 0)
		return APP_UNAVAILABLE;
	return APP_OK;
}

/* ---- texts ---- */

/*
 * Checks one text field; on success *out is the trimmed copy. what is the
 * field's name in a sentence ("De vraag"), empty the message when it is
 * missing.
 */
static int check_text(struct arena *a, struct field_errors *errs, const char *field, const char *in,
		      const char *what, const char *empty, const char **out)
{
	size_t start = 0, len = 0;

	*out = NULL;
	switch (referral_text_check(in, REFERRAL_TEXT_MAX, &start, &len)) {
	case RTEXT_OK:
		*out = arena_strndup(a, in + start, len);
		return 0;
	case RTEXT_EMPTY:
		field_error_add(errs, field, empty);
		break;
	case RTEXT_TOO_LONG:
		field_error_add(errs, field, arena_printf(a, "%s is te lang: hoogstens %d tekens.", what,
							  REFERRAL_TEXT_MAX));
		break;
	case RTEXT_INVALID:
		field_error_add(errs, field, arena_printf(a, "%s bevat tekens die hier niet kunnen. "
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

/* Writes all n bytes of chunk to fd. 0/-1. */
static int write_all(int fd, const char *chunk, ssize_t n)
{
	for (ssize_t off = 0; off < n;) {
		ssize_t w = write(fd, chunk + off, (size_t)(n - off));
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return log_error("referral copy: write: %s", strerror(errno));
		}
		off += w;
	}
	return 0;
}

/*
 * Copies a stored file into a new stored file (durable before the row
 * that points to it commits, as files_keep() guarantees). A copy, so the
 * referral's file lives on whatever happens to the melding's.
 */
static int copy_stored(struct arena *a, const char *data_dir, const char *opslag, char name[FILES_NAME_LEN])
{
	char *tmp = arena_printf(a, "%s/tmp/doorverwijzing-XXXXXX", data_dir);
	char chunk[65536];
	int in = -1, out = -1, rc = -1;
	ssize_t n;

	if (strchr(opslag, '/'))
		return log_error("referral copy: bad storage name");
	in = open(files_path(a, opslag), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (in < 0) {
		log_error("referral copy: open %s: %s", opslag, strerror(errno));
		goto out;
	}
	out = mkstemp(tmp);
	if (out < 0) {
		log_error("referral copy: %s: %s", tmp, strerror(errno));
		goto out;
	}
	while ((n = read(in, chunk, sizeof(chunk))) > 0)
		if (write_all(out, chunk, n) < 0)
			goto out;
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

/* The token of files kept between attempts: the one the form sent back when it is one of ours, else a new one. */
static void pending_token(const char *given, char token[40], unsigned char hash[32])
{
	if (given && given[0] && strlen(given) < 40 &&
	    !given[strspn(given, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")])
		snprintf(token, 40, "%s", given);
	else
		secret_random_b64(token, 40, 24);
	secret_token_hash(token, hash);
}

/*
 * A file of a referral, from either side: a type the melding form accepts
 * by content (files_check_type(): photos, video, sound), and PDF, for a
 * signed consent form or a wijkteam's report.
 */
#define WRONG_TYPE "Dit soort bestand kunnen wij niet ontvangen. Stuur een PDF, " \
	"een foto (JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV)."

static int answer_file_type(const char *path, char mime[64])
{
	if (files_check_type(path, mime) == 0)
		return 0;
	return !strcmp(mime, "application/pdf") ? 0 : -1;
}

/* ---- sending ---- */

/* The new files of a referral being sent: those kept from earlier attempts, and this request's. */
struct new_files {
	unsigned char hash[32];                  /* of the form's bestanden token */
	struct pending_file *pending;
	int n_pending;
	struct {
		char opslag[FILES_NAME_LEN], mime[64];
		const char *naam;
		int64_t grootte;
	} fresh[REFERRAL_UPLOADS_MAX];
	int n_fresh;
};

/* A referral being sent: what the checks found, then what was stored for it. */
struct sending {
	struct referral_partner p;
	const char *reden, *vraag, *info;
	const struct referral_source_file *chosen[REFERRAL_BIJLAGEN_MAX];
	int nchosen;
	struct new_files nf;
	char (*names)[FILES_NAME_LEN];           /* the copies of chosen, in storage */
	int64_t now;
	int32_t due;
	int melders_delen;                       /* share the consenting melders' details */
	int n_melders;                           /* how many were shared */
};

/* The organisation chosen: one that exists and is active. */
static enum app_result check_partner(struct db *db, struct arena *a, const char *in, struct referral_partner *p,
				     struct field_errors *errs)
{
	if (!in || !in[0]) {
		field_error_add(errs, "partner", "Kies de organisatie waarnaar u doorverwijst.");
		return APP_OK;
	}
	int64_t pid = parse_id(in);
	enum store_result r = pid ? referral_partner_get(db, a, pid, p) : STORE_NOTFOUND;
	if (r == STORE_ERROR)
		return APP_UNAVAILABLE;
	if (r != STORE_OK || !p->actief)
		field_error_add(errs, "partner", "Deze organisatie bestaat niet of is niet meer actief. "
				"Kies een organisatie uit de lijst.");
	return APP_OK;
}

/* The chosen files must be files of this dossier's meldingen: nothing else can be shared. */
static enum app_result choose_files(struct db *db, struct arena *a, const struct dossier *d,
				    const struct referral_input *in, struct sending *s, struct field_errors *errs)
{
	struct referral_source_file *src = NULL;
	int nsrc = referral_dossier_files(db, a, d->id, &src);
	int bad = in->bad_bijlagen;

	if (nsrc < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < in->n_bijlagen && !bad; i++) {
		const struct referral_source_file *f = NULL;
		for (int k = 0; k < nsrc && !f; k++)
			if (src[k].id == in->bijlagen[i])
				f = &src[k];
		int dup = 0;
		for (int k = 0; k < s->nchosen; k++)
			dup |= s->chosen[k] == f;
		if (!f)
			bad = 1;
		else if (!dup)
			s->chosen[s->nchosen++] = f;
	}
	if (bad)
		field_error_add(errs, "bijlagen", arena_printf(a, "Kies alleen bestanden van de meldingen in "
							       "dit dossier, hoogstens %d.", REFERRAL_BIJLAGEN_MAX));
	return APP_OK;
}

/* Why upload u cannot come along with what is kept already; NULL when it can (then *mime is its type). */
static const char *upload_refused(struct arena *a, const struct config *cfg, const struct referral_upload *u,
				  int count, int64_t total, char mime[64])
{
	if (u->dropped)
		return u->drop_reason;
	if (!u->path || u->size == 0)
		return "Dit bestand is leeg.";
	if (answer_file_type(u->path, mime) < 0)
		return WRONG_TYPE;
	/* The melding form's limits ([server] upload_files, upload_total_mb), over all attempts together. */
	if (count + 1 > cfg->upload_files || count + 1 > REFERRAL_UPLOADS_MAX)
		return arena_printf(a, "U kunt ten hoogste %d bestanden meesturen.", cfg->upload_files);
	if (total + (int64_t)u->size > (int64_t)cfg->upload_total_mb * 1024 * 1024)
		return arena_printf(a, "Samen zijn de bestanden groter dan %d MB.", cfg->upload_total_mb);
	return NULL;
}

/*
 * The new files: those kept under the form's token, then this request's,
 * each checked by content; good ones go into storage at once (nf->fresh),
 * a refused one is named in errs ("nieuwe_bijlagen", one message naming
 * each file). APP_OK or APP_UNAVAILABLE.
 */
static enum app_result take_new_files(struct db *db, struct arena *a, const struct config *cfg,
				      struct referral_input *in, struct new_files *nf, int64_t now,
				      struct field_errors *errs)
{
	struct buf msg = BUF_INIT;
	int64_t total = 0;

	pending_token(in->bestanden_id, in->bestanden_token, nf->hash);
	if ((nf->n_pending = pending_list(db, a, nf->hash, now, &nf->pending)) < 0)
		return APP_UNAVAILABLE;
	for (int i = 0; i < nf->n_pending; i++)
		total += nf->pending[i].grootte;
	for (int i = 0; i < in->n_uploads; i++) {
		struct referral_upload *u = &in->uploads[i];
		char mime[64];
		/* An empty file input arrives as a dropped part without a reason: no file. */
		if (u->dropped && !u->drop_reason)
			continue;
		const char *why = upload_refused(a, cfg, u, nf->n_pending + nf->n_fresh, total, mime);
		const char *naam = u->filename && u->filename[0] ? u->filename : "bestand";
		if (why) {
			buf_addf(&msg, "%s%s: %s", msg.len ? " " : "", naam, why);
			continue;
		}
		if (files_keep(u->path, nf->fresh[nf->n_fresh].opslag) < 0) {
			buf_release(&msg);
			return APP_UNAVAILABLE;
		}
		u->path = NULL;   /* moved into storage */
		snprintf(nf->fresh[nf->n_fresh].mime, sizeof(nf->fresh[0].mime), "%s", mime);
		nf->fresh[nf->n_fresh].naam = naam;
		nf->fresh[nf->n_fresh].grootte = (int64_t)u->size;
		total += (int64_t)u->size;
		nf->n_fresh++;
	}
	if (msg.len)
		field_error_add(errs, "nieuwe_bijlagen", arena_strdup(a, msg.buf));
	buf_release(&msg);
	return APP_OK;
}

static void drop_fresh(const struct new_files *nf)
{
	for (int i = 0; i < nf->n_fresh; i++)
		files_remove(nf->fresh[i].opslag);
}

/*
 * After a refused attempt: this attempt's good files wait an hour beside
 * those kept before, so the case worker need not choose them again.
 * APP_INVALID, or APP_UNAVAILABLE when they could not be kept (removed).
 */
static enum app_result keep_new_files(struct db *db, struct arena *a, struct referral_input *in,
				      const struct new_files *nf, int64_t now)
{
	if (nf->n_fresh) {
		if (db_begin(db) < 0)
			goto failed;
		for (int i = 0; i < nf->n_fresh; i++)
			if (pending_add(db, nf->hash, nf->fresh[i].naam, nf->fresh[i].opslag, nf->fresh[i].mime,
					nf->fresh[i].grootte, now) != STORE_OK) {
				db_rollback(db);
				goto failed;
			}
		if (db_commit(db) < 0)
			goto failed;
	}
	if ((in->n_kept = pending_list(db, a, nf->hash, now, &in->kept)) < 0)
		return APP_UNAVAILABLE;
	return APP_INVALID;
failed:
	drop_fresh(nf);
	return APP_UNAVAILABLE;
}

/* The new files' rows, under the names they came with; the kept ones are the referral's now. */
static int add_new_files(struct db *db, const struct actor *who, int64_t id, const struct new_files *nf, int64_t now)
{
	for (int i = 0; i < nf->n_pending; i++) {
		const struct pending_file *p = &nf->pending[i];
		struct referral_file f = {
			.referral_id = id, .bestandsnaam = p->bestandsnaam, .opslag = p->opslag, .mime = p->mime,
			.grootte = p->grootte, .created_at = now,
		};
		if (referral_file_add(db, &f, who->user_id) != STORE_OK)
			return -1;
	}
	for (int i = 0; i < nf->n_fresh; i++) {
		struct referral_file f = {
			.referral_id = id, .bestandsnaam = nf->fresh[i].naam, .opslag = nf->fresh[i].opslag,
			.mime = nf->fresh[i].mime, .grootte = nf->fresh[i].grootte, .created_at = now,
		};
		if (referral_file_add(db, &f, who->user_id) != STORE_OK)
			return -1;
	}
	return nf->n_pending && pending_taken(db, nf->hash) != STORE_OK ? -1 : 0;
}

/* Every check, in the order of the form. */
static enum app_result check_sending(struct db *db, struct arena *a, const struct dossier *d,
				     const struct referral_input *in, struct sending *s, struct field_errors *errs)
{
	if (d->status != DS_OPEN)
		field_error_add(errs, "dossier", "Dit dossier is gesloten. Heropen het dossier om door te verwijzen.");
	if (check_partner(db, a, in->partner, &s->p, errs) != APP_OK)
		return APP_UNAVAILABLE;
	check_text(a, errs, "reden", in->reden, "De reden",
		   "Schrijf waarom u doorverwijst. Alleen uw collega's lezen dit.", &s->reden);
	check_text(a, errs, "vraag", in->vraag, "De vraag",
		   "Schrijf de vraag aan de partner: wat vraagt u hun te doen?", &s->vraag);
	check_text(a, errs, "gedeelde_informatie", in->gedeelde_informatie, "De gedeelde informatie",
		   "Schrijf wat de partner over de situatie moet weten. Alleen dit, en de bestanden die u "
		   "aanvinkt, ziet de partner.", &s->info);
	if (choose_files(db, a, d, in, s, errs) != APP_OK)
		return APP_UNAVAILABLE;
	s->melders_delen = in->melders_delen;
	return errs->n ? APP_INVALID : APP_OK;
}

/* Copies first: they are durable before the rows that point to them commit. On failure none is left. */
static int copy_files(struct arena *a, const struct config *cfg, struct sending *s)
{
	int n = 0;

	s->names = arena_alloc(a, sizeof(*s->names) * (size_t)(s->nchosen ? s->nchosen : 1));
	for (; n < s->nchosen; n++)
		if (copy_stored(a, cfg->data_dir, s->chosen[n]->opslag, s->names[n]) < 0)
			break;
	if (n == s->nchosen)
		return 0;
	for (int i = 0; i < n; i++)
		files_remove(s->names[i]);
	return -1;
}

/* The referral's own rows: itself, its files and the first line of its history. */
static int insert_rows(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
		       struct sending *s, int64_t *id)
{
	struct referral_new rn = {
		.dossier_id = d->id, .partner_id = s->p.id, .user_id = who->user_id, .now = s->now,
		.reden = s->reden, .vraag = s->vraag, .gedeelde_informatie = s->info,
		.termijn = s->p.termijn, .antwoord_dag = s->due,
	};

	if (referral_insert(db, &rn, id) != STORE_OK)
		return -1;
	for (int i = 0; i < s->nchosen; i++) {
		const struct referral_source_file *src = s->chosen[i];
		struct referral_file f = {
			.referral_id = *id, .van_partner = 0,
			.bestandsnaam = arena_printf(a, "bijlage-%d.%s", i + 1, extension(src->mime)),
			.opslag = s->names[i], .mime = src->mime, .grootte = src->grootte, .created_at = s->now,
		};
		if (referral_file_add(db, &f, who->user_id) != STORE_OK)
			return -1;
	}
	if (add_new_files(db, who, *id, &s->nf, s->now) < 0)
		return -1;
	/* Consent is the melder's, read now in the same transaction: the form's list may be older. */
	if (s->melders_delen && referral_melders_share(db, *id, d->id, &s->n_melders) != STORE_OK)
		return -1;
	return referral_event_add(db, *id, s->now, who->user_id, "verstuurd", "", NULL) == STORE_OK ? 0 : -1;
}

/* The dossier's own account of what was shared, for its timeline and the court overview. */
static int timeline_sent(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
			 const struct sending *s, const char *ref)
{
	struct buf text = BUF_INIT;

	buf_addf(&text, "Doorverwijzing %s aan %s (%s). Antwoord uiterlijk %s (%d werkdagen).\n"
		 "Reden: %s\nVraag: %s\nGedeeld met de partner: %s",
		 ref, s->p.naam, partner_soort_labels[s->p.soort], referral_day_text(a, s->due),
		 s->p.termijn, s->reden, s->vraag, s->info);
	if (s->nchosen + s->nf.n_pending + s->nf.n_fresh)
		buf_addf(&text, "\nBestanden gedeeld: %d", s->nchosen + s->nf.n_pending + s->nf.n_fresh);
	if (s->n_melders)
		buf_addf(&text, "\nContactgegevens gedeeld van %d melder%s, met hun toestemming.", s->n_melders,
			 s->n_melders == 1 ? "" : "s");
	enum store_result r = dossier_event_add(db, d->id, s->now, who->user_id, REFERRAL_TIMELINE_SENT, text.buf);
	buf_release(&text);
	return r == STORE_OK ? 0 : -1;
}

/* The notice names no one and holds nothing of the case: only where to read it. */
static int notify_partner(struct db *db, struct arena *a, const struct config *cfg, const struct sending *s,
			  int64_t id, const char *ref)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct referral_notice notice = {
		.organisation = cfg->organisation,
		.partner_naam = s->p.naam,
		.url = cfg->base_url[0] ? arena_printf(a, "%s/doorverwijzingen/%lld", cfg->base_url, (long long)id)
					: arena_printf(a, "http://%s/doorverwijzingen/%lld", cfg->listen, (long long)id),
		.antwoord_dag = s->due,
		.referentie = ref,
	};

	referral_notice_new(&notice, &subject, &body);
	enum store_result r = outbox_add(db, 0, "doorverwijzing", s->p.contact_email, subject.buf, body.buf, s->now);
	buf_release(&subject);
	buf_release(&body);
	return r == STORE_OK ? 0 : -1;
}

/* Everything a sent referral writes, in one transaction. */
static enum app_result store_sending(struct db *db, struct arena *a, const struct actor *who,
				     const struct config *cfg, const struct dossier *d, struct sending *s,
				     int64_t *id)
{
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	const char *ref = NULL;
	if (insert_rows(db, a, who, d, s, id) < 0 || !(ref = referral_referentie(db, a, *id)) ||
	    timeline_sent(db, a, who, d, s, ref) < 0 || notify_partner(db, a, cfg, s, *id, ref) < 0 ||
	    audit_record(db, who, "aangemaakt", "doorverwijzing", arena_printf(a, "%lld", (long long)*id),
			 arena_printf(a, "dossier %s, aan %s", d->referentie, s->p.naam)) < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum app_result referral_create(struct db *db, struct arena *a, const struct actor *who,
				const struct config *cfg, const struct dossier *d, struct referral_input *in,
				struct field_errors *errs, int64_t *id)
{
	struct sending s;
	enum app_result res;

	memset(&s, 0, sizeof(s));
	in->n_kept = 0;
	if (!db)
		return APP_UNAVAILABLE;
	s.now = clock_now();
	if ((res = check_sending(db, a, d, in, &s, errs)) == APP_UNAVAILABLE)
		return res;
	if (take_new_files(db, a, cfg, in, &s.nf, s.now, errs) != APP_OK)
		return APP_UNAVAILABLE;
	if (errs->n)
		return keep_new_files(db, a, in, &s.nf, s.now);

	/* The due day: the kind's term in werkdagen from today, with the closing days in force now. */
	struct calendar *cal = arena_alloc(a, sizeof(*cal));
	if (calendar_load(db, cal) < 0 || copy_files(a, cfg, &s) < 0) {
		drop_fresh(&s.nf);
		return APP_UNAVAILABLE;
	}
	s.due = referral_due_day(&cal->cal, s.now, s.p.termijn);
	res = store_sending(db, a, who, cfg, d, &s, id);
	if (res != APP_OK) {
		for (int i = 0; i < s.nchosen; i++)
			files_remove(s.names[i]);
		drop_fresh(&s.nf);
	}
	return res;
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

/* Finds the file kept under the form's token, or makes a new token. */
static enum app_result answer_file_open(struct db *db, struct arena *a, struct referral_act_input *in,
					struct answer_file *f, int64_t now)
{
	struct pending_file *list;

	pending_token(in->bestand_id, in->bestand_token, f->hash);
	int n = pending_list(db, a, f->hash, now, &list);
	if (n < 0)
		return APP_UNAVAILABLE;
	f->pending = n > 0 ? &list[n - 1] : NULL;
	return APP_OK;
}

/* Checks the file sent now and, when it is good, stores it (f->fresh). */
static enum app_result answer_file_take(struct arena *a, struct referral_upload *u, struct answer_file *f,
					struct field_errors *errs)
{
	/* An empty file input arrives as a dropped part without a reason: no file. */
	if (!u || (u->dropped && !u->drop_reason))
		return APP_OK;
	if (u->dropped) {
		field_error_add(errs, "bestand", u->drop_reason);
		return APP_OK;
	}
	if (!u->path || u->size == 0) {
		field_error_add(errs, "bestand", "Dit bestand is leeg. Kies een ander bestand.");
		return APP_OK;
	}
	if (answer_file_type(u->path, f->mime) < 0) {
		field_error_add(errs, "bestand", WRONG_TYPE);
		return APP_OK;
	}
	if (files_keep(u->path, f->opslag) < 0)
		return APP_UNAVAILABLE;
	u->path = NULL;   /* moved into storage; nothing left to clean up */
	f->fresh = 1;
	f->naam = u->filename && u->filename[0] ? u->filename : arena_printf(a, "antwoord.%s", extension(f->mime));
	f->grootte = (int64_t)u->size;
	return APP_OK;
}

int referral_reopen_state(struct db *db, const struct actor *who, const struct referral *r, int32_t *last_day)
{
	struct calendar cal;

	*last_day = -1;
	if (r->status != RS_AFGESLOTEN)
		return REOPEN_NOT_CLOSED;
	if (!db || calendar_load(db, &cal) < 0)
		return -1;
	*last_day = referral_reopen_last_day(&cal.cal, r->afgesloten_op);
	return referral_reopen_check(r->status, r->voor_afsluiten, &cal.cal, r->afgesloten_op, clock_now(),
				     who->user_id && who->user_id == r->created_by, who->role == ROLE_COORDINATOR);
}

/* Heropenen: the status, who, and the werkdag after closing. APP_UNAVAILABLE when the calendar failed. */
static enum app_result check_reopen(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
				    struct field_errors *errs)
{
	int32_t last;
	int st = referral_reopen_state(db, who, r, &last);

	if (st < 0)
		return APP_UNAVAILABLE;
	if (st == REOPEN_TOO_LATE)
		field_error_add(errs, "status", arena_printf(a, "%s Dat kon tot en met %s.", referral_reopen_refusals[st],
							     referral_day_text(a, last)));
	else if (st != REOPEN_OK)
		field_error_add(errs, "status", referral_reopen_refusals[st]);
	return APP_OK;
}

/* The step's checks; the reactie's file is stored already when it is good. */
static enum app_result check_step(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
				  enum referral_action act, struct referral_act_input *in, struct answer_file *af,
				  int64_t now, const char **reden, const char **tekst, struct field_errors *errs)
{
	const char *why = referral_refusal(r->status, act);

	if (why)
		field_error_add(errs, "status", why);
	else if (act == RA_HEROPENEN)
		return check_reopen(db, a, who, r, errs);
	/* The closing note travels in reden: the store keeps it beside the closing. */
	if (act == RA_AFSLUITEN)
		check_text(a, errs, "notitie", in->notitie, "De notitie",
			   "Schrijf waarom u de doorverwijzing afsluit, bijvoorbeeld: het antwoord is verwerkt, "
			   "of de doorverwijzing is per ongeluk verstuurd.", reden);
	if (act == RA_AFWIJZEN)
		check_text(a, errs, "reden", in->reden, "De reden",
			   "Schrijf waarom u de doorverwijzing afwijst, zodat de corporatie weet wat zij anders kan doen.",
			   reden);
	if (act != RA_REACTIE)
		return APP_OK;
	check_text(a, errs, "tekst", in->tekst, "Uw antwoord",
		   "Schrijf uw antwoord: wat heeft u gedaan of wat gaat u doen?", tekst);
	if (answer_file_open(db, a, in, af, now) != APP_OK)
		return APP_UNAVAILABLE;
	return answer_file_take(a, in->bestand, af, errs);
}

/*
 * After a refused attempt: keep a good new file for the next one (it
 * replaces one kept before) and say which file waits. APP_INVALID, or
 * APP_UNAVAILABLE when the file could not be kept (it is removed).
 */
static enum app_result keep_for_retry(struct db *db, struct referral_act_input *in, struct answer_file *af,
				      int64_t now)
{
	if (!af->fresh) {
		if (af->pending)
			in->bestand_naam = af->pending->bestandsnaam;
		return APP_INVALID;
	}
	if (db_begin(db) < 0)
		goto failed;
	if ((af->pending && pending_drop(db, af->hash, af->pending->id) == STORE_ERROR) ||
	    pending_add(db, af->hash, af->naam, af->opslag, af->mime, af->grootte, now) != STORE_OK) {
		db_rollback(db);
		goto failed;
	}
	if (db_commit(db) < 0)
		goto failed;
	in->bestand_naam = af->naam;
	return APP_INVALID;
failed:
	files_remove(af->opslag);
	return APP_UNAVAILABLE;
}

/* Where heropenen takes r (checked before: a status before closing is known). */
static enum referral_status reopened_to(const struct referral *r)
{
	return r->voor_afsluiten >= 0 && r->voor_afsluiten < RS__MAX ? (enum referral_status)r->voor_afsluiten
								   : RS_VERSTUURD;
}

/* What the dossier's timeline says of the step (reden: the refusal's reason or the closing note). */
static void step_text(struct buf *text, const struct referral *r, enum referral_action act, const char *rid,
		      const char *reden, const char *tekst, int with_file, const char *mime)
{
	switch (act) {
	case RA_ACCEPTEREN:
		buf_addf(text, "%s heeft doorverwijzing %s geaccepteerd.", r->partner_naam, rid);
		break;
	case RA_AFWIJZEN:
		buf_addf(text, "%s heeft doorverwijzing %s afgewezen.\nReden: %s", r->partner_naam, rid, reden);
		break;
	case RA_REACTIE:
		buf_addf(text, "%s op doorverwijzing %s:\n%s", r->partner_naam, rid, tekst);
		if (with_file)
			buf_addf(text, "\nMet een bestand (%s).", extension(mime));
		break;
	case RA_AFSLUITEN:
		buf_addf(text, "Doorverwijzing %s aan %s is afgesloten.\nNotitie: %s", rid, r->partner_naam,
			 reden ? reden : "");
		break;
	case RA_HEROPENEN:
		buf_addf(text, "Doorverwijzing %s aan %s is heropend: het afsluiten is ongedaan gemaakt. "
			 "Zij staat weer op %s.", rid, r->partner_naam, referral_status_labels[reopened_to(r)]);
		break;
	case RA__MAX:
		break;
	}
}

/* The answer's file row; the kept file is the answer's now (one a new file replaced expires on its own). */
static int add_answer_file(struct db *db, const struct actor *who, const struct referral *r, int64_t event_id,
			   const struct answer_file *af, int64_t now)
{
	struct referral_file f = {
		.referral_id = r->id, .event_id = event_id, .van_partner = 1, .bestandsnaam = af->naam,
		.opslag = af->opslag, .mime = af->mime, .grootte = af->grootte, .created_at = now,
	};

	if (referral_file_add(db, &f, who->user_id) != STORE_OK)
		return -1;
	return !af->fresh && pending_taken(db, af->hash) != STORE_OK ? -1 : 0;
}

/* The step's rows after referral_step(): history, file, timeline and audit. 0/-1. */
static int step_rows(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
		     enum referral_action act, const char *reden, const char *tekst, const struct answer_file *af,
		     int with_file, int64_t now)
{
	const char *rid = arena_printf(a, "%lld", (long long)r->id);
	/* People read the reference; the audit trail keeps the id, as for every other step. */
	const char *named = r->referentie && *r->referentie ? r->referentie : rid;
	struct buf text = BUF_INIT;
	int64_t event_id = 0;
	int rc = -1;

	const char *event_text = act == RA_AFWIJZEN || act == RA_AFSLUITEN ? reden
		: act == RA_HEROPENEN ? arena_printf(a, "Het afsluiten is ongedaan gemaakt. De doorverwijzing staat weer op %s.",
						     referral_status_labels[reopened_to(r)])
		: tekst;
	if (referral_event_add(db, r->id, now, who->user_id, referral_event_kinds[act], event_text, &event_id) != STORE_OK)
		goto out;
	if (with_file && add_answer_file(db, who, r, event_id, af, now) < 0)
		goto out;
	step_text(&text, r, act, named, reden, tekst, with_file, af->mime);
	if (dossier_event_add(db, r->dossier_id, now, who->user_id, referral_timeline_labels[act], text.buf) != STORE_OK)
		goto out;
	/* Closing and its undo carry what they are about into the audit trail: the note, the status restored. */
	const char *detail = act == RA_AFSLUITEN ? arena_printf(a, "afsluiten: %s", reden)
		: act == RA_HEROPENEN ? arena_printf(a, "heropenen: terug naar %s", referral_status_ids[reopened_to(r)])
		: referral_action_ids[act];
	if (audit_record(db, who, "gewijzigd", "doorverwijzing", rid, detail) < 0)
		goto out;
	/* The partner's steps reach the sender, in this transaction (app/notify.h). */
	enum notify_kind nk = act == RA_ACCEPTEREN ? NOTIFY_DOORVERWIJZING_GEACCEPTEERD
		: act == RA_AFWIJZEN ? NOTIFY_DOORVERWIJZING_AFGEWEZEN : NOTIFY_DOORVERWIJZING_REACTIE;
	if ((act == RA_ACCEPTEREN || act == RA_AFWIJZEN || act == RA_REACTIE) &&
	    notify_referral_step(db, r->id, nk, who->user_id, now) < 0)
		goto out;
	rc = 0;
out:
	buf_release(&text);
	return rc;
}

/* The step in one transaction. APP_INVALID when someone else changed the referral first. */
static enum app_result store_step(struct db *db, struct arena *a, const struct actor *who, const struct referral *r,
				  enum referral_action act, const char *reden, const char *tekst,
				  const struct answer_file *af, int with_file, int64_t now, struct field_errors *errs)
{
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	enum store_result sr = referral_step(db, r->id, r->status, act, now, who->user_id, reden);
	if (sr == STORE_CONFLICT) {
		db_rollback(db);
		field_error_add(errs, "status", "Iemand anders heeft deze doorverwijzing net gewijzigd. "
				"Bekijk hoe zij er nu voor staat en probeer het zo nodig opnieuw.");
		return APP_INVALID;
	}
	if (sr != STORE_OK || step_rows(db, a, who, r, act, reden, tekst, af, with_file, now) < 0) {
		db_rollback(db);
		return APP_UNAVAILABLE;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}

enum action referral_step_permission(enum referral_action act)
{
	return referral_action_side[act] == RSIDE_PARTNER ? ACT_REFERRAL_ANSWER : ACT_REFERRAL_CREATE;
}

enum app_result referral_act(struct db *db, struct arena *a, const struct actor *who, struct referral *r,
			     enum referral_action act, struct referral_act_input *in, struct field_errors *errs)
{
	const char *reden = NULL, *tekst = NULL;
	struct answer_file af;
	int64_t now = clock_now();
	enum app_result res;

	memset(&af, 0, sizeof(af));
	in->bestand_naam = NULL;
	if (!db)
		return APP_UNAVAILABLE;
	if ((unsigned)act >= RA__MAX)
		return APP_INVALID;
	if (check_step(db, a, who, r, act, in, &af, now, &reden, &tekst, errs) != APP_OK)
		return APP_UNAVAILABLE;
	if (errs->n)
		return keep_for_retry(db, in, &af, now);
	/* No new file: the one kept from an earlier attempt, if any. */
	if (act == RA_REACTIE && !af.fresh && af.pending) {
		snprintf(af.opslag, sizeof(af.opslag), "%s", af.pending->opslag);
		snprintf(af.mime, sizeof(af.mime), "%s", af.pending->mime);
		af.naam = af.pending->bestandsnaam;
		af.grootte = af.pending->grootte;
	}
	int with_file = act == RA_REACTIE && (af.fresh || af.pending);
	res = store_step(db, a, who, r, act, reden, tekst, &af, with_file, now, errs);
	if (res != APP_OK) {
		if (af.fresh)
			files_remove(af.opslag);
		return res;
	}
	return reload(db, a, who, r);
}

/* ---- the answer terms ---- */

const char *referral_term_field(struct arena *a, enum partner_soort k)
{
	return arena_printf(a, "termijn-%s", partner_soort_ids[k]);
}

/* " 7 " -> 7 within the limits; -1 otherwise (at most 6 characters after the leading spaces). */
static int parse_term(const char *s)
{
	char digits[8];
	int64_t v;

	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	if (*s < '0' || *s > '9' || n > 6)
		return -1;
	while (n && s[n - 1] == ' ')
		n--;
	memcpy(digits, s, n);
	digits[n] = '\0';
	return parse_int64(digits, REFERRAL_TERM_MIN, REFERRAL_TERM_MAX, &v) < 0 ? -1 : (int)v;
}

enum app_result referral_terms_save(struct db *db, struct arena *a, const struct actor *who,
				    const struct referral_term t[PARTNER__MAX], const char *const in[PARTNER__MAX],
				    struct field_errors *errs, int *changed)
{
	int want[PARTNER__MAX];

	*changed = 0;
	if (!db)
		return APP_UNAVAILABLE;
	for (int k = 0; k < PARTNER__MAX; k++) {
		/* A field left out of the form keeps its term; one sent must be valid. */
		want[k] = in[k] ? parse_term(in[k]) : t[k].werkdagen;
		if (want[k] < 0)
			field_error_add(errs, referral_term_field(a, (enum partner_soort)k),
					arena_printf(a, "vul een aantal werkdagen in van %d tot en met %d.",
						     REFERRAL_TERM_MIN, REFERRAL_TERM_MAX));
	}
	if (errs->n)
		return APP_INVALID;
	int64_t now = clock_now();
	if (db_begin(db) < 0)
		return APP_UNAVAILABLE;
	for (int k = 0; k < PARTNER__MAX; k++) {
		if (want[k] == t[k].werkdagen)
			continue;
		if (referral_term_set(db, (enum partner_soort)k, want[k], now, who->user_id) != STORE_OK ||
		    audit_record(db, who, "gewijzigd", "antwoordtermijn", partner_soort_ids[k],
				 arena_printf(a, "%d naar %d werkdagen", t[k].werkdagen, want[k])) < 0) {
			db_rollback(db);
			return APP_UNAVAILABLE;
		}
		(*changed)++;
	}
	return db_commit(db) < 0 ? APP_UNAVAILABLE : APP_OK;
}
