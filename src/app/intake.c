/*
 * intake.c - one melding in, whichever door (see intake.h): the files of
 * earlier attempts and of this one, validation, and the one transaction.
 */
#include "app/intake.h"
#include "app/dagboek.h"
#include "app/notify.h"
#include "app/routing.h"
#include "auth/policy.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/dubbel.h"
#include "domain/messages.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/address.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/category.h"
#include "store/formuse.h"
#include "store/melding.h"
#include "store/melding_dubbel.h"
#include "store/outbox.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FILES_KEPT 16

struct kept {
	const char *bestandsnaam, *mime;
	char opslag[FILES_NAME_LEN];
	int64_t size, opgenomen_op;   /* opgenomen_op: the photo's capture moment, 0 unknown */
};

/* One submission on its way in: what intake_submit()'s steps share. */
struct intake {
	struct db *db;
	struct arena *a;
	const struct config *cfg;
	const struct actor *who;
	int64_t now;
	const char *form_token;              /* the public form's token, or NULL */
	unsigned char fhash[32], ihash[32];  /* the form token's and the input's hash (ir->form_token) */
	unsigned char bhash[32];             /* the browser's nonce with the input's hash (ir->browser) */
	int has_browser;
	unsigned char phash[32];             /* the pending token's hash */
	struct kept kept[MAX_FILES_KEPT];    /* this request's files, in storage */
	int n_kept;
};

const char *intake_status_url(struct arena *a, const struct config *cfg, const char *token)
{
	if (cfg->base_url[0])
		return arena_printf(a, "%s/melding/status/%s", cfg->base_url, token);
	return arena_printf(a, "http://%s/melding/status/%s", cfg->listen, token);
}

static void file_msg(struct intake_result *res, const char *name, const char *msg)
{
	if (res->n_file_msgs < INTAKE_FILE_MSGS) {
		res->file_msgs[res->n_file_msgs].bestandsnaam = name;
		res->file_msgs[res->n_file_msgs].message = msg;
		res->n_file_msgs++;
	}
}

static void drop_kept(struct intake *w)
{
	for (int i = 0; i < w->n_kept; i++)
		files_remove(w->kept[i].opslag);
}

/* Why file f cannot come along with `count` files of `total` bytes already; NULL when it can. */
static const char *file_refused(struct intake *w, const struct intake_file *f, int count, int64_t total, char mime[64])
{
	const struct config *cfg = w->cfg;

	if (!f->path || f->size == 0)
		return "Dit bestand is leeg.";
	if (files_check_type(f->path, mime) < 0)
		return "Dit soort bestand kunnen wij niet ontvangen. Stuur een foto "
		       "(JPG, PNG, HEIC), een video (MP4, MOV) of geluid (MP3, M4A, WAV).";
	if (count + 1 > cfg->upload_files)
		return arena_printf(w->a, "U kunt ten hoogste %d bestanden meesturen.", cfg->upload_files);
	if (total + (int64_t)f->size > (int64_t)cfg->upload_total_mb * 1024 * 1024)
		return arena_printf(w->a, "Samen zijn de bestanden groter dan %d MB.", cfg->upload_total_mb);
	return NULL;
}

/* The new files of this request: checked by content, moved into storage. */
static int take_uploads(struct intake *w, struct intake_request *ir, struct intake_result *res,
			int count, int64_t total)
{
	for (int i = 0; i < ir->n_files; i++) {
		struct intake_file *f = &ir->files[i];
		const char *why;
		char mime[64];

		if (f->dropped) {
			if (f->drop_reason)
				file_msg(res, f->filename, f->drop_reason);
			continue;
		}
		if ((why = file_refused(w, f, count, total, mime))) {
			file_msg(res, f->filename, why);
			continue;
		}
		struct kept *k = &w->kept[w->n_kept];
		/* Photos lose EXIF, XMP and GPS before they are kept (issue 17): -2 is a photo we cannot read. */
		int kc = files_keep_clean(f->path, mime, k->opslag, &k->opgenomen_op);
		if (kc == -2) {
			file_msg(res, f->filename, "Deze foto is beschadigd; wij kunnen hem niet lezen.");
			continue;
		}
		if (kc < 0)
			return -1;
		f->taken = 1;   /* it moved; nothing left to clean up */
		k->bestandsnaam = files_shown_name(w->a, f->filename, mime);
		k->mime = arena_strdup(w->a, mime);
		struct stat st;   /* the size kept: cleaning changed it */
		k->size = stat(files_path(w->a, k->opslag), &st) == 0 ? (int64_t)st.st_size : (int64_t)f->size;
		w->n_kept++;
		count++;
		total += (int64_t)f->size;
		if (w->n_kept >= MAX_FILES_KEPT)
			break;
	}
	return 0;
}

/* Files from an earlier attempt, minus those the melder removed, into res->pending. */
static int take_pending(struct intake *w, const struct intake_request *ir, struct intake_result *res,
			int64_t *bytes)
{
	if (ir->pending_token && ir->pending_token[0] && strlen(ir->pending_token) < sizeof(res->pending_token))
		snprintf(res->pending_token, sizeof(res->pending_token), "%s", ir->pending_token);
	else
		secret_random_b64(res->pending_token, sizeof(res->pending_token), 24);
	secret_token_hash(res->pending_token, w->phash);
	if (ir->n_drop) {
		if (db_begin(w->db) < 0)
			return -1;
		for (int i = 0; i < ir->n_drop; i++)
			pending_drop(w->db, w->phash, ir->drop[i]);
		if (db_commit(w->db) < 0)
			return -1;
	}
	res->n_pending = pending_list(w->db, w->a, w->phash, w->now, &res->pending);
	if (res->n_pending < 0)
		return -1;
	/* A file the form showed as kept that has expired since: say so, never file the melding without it. */
	for (int i = 0; i < ir->n_held; i++) {
		int there = 0;
		for (int j = 0; j < res->n_pending && !there; j++)
			there = res->pending[j].id == ir->held[i];
		for (int j = 0; j < ir->n_drop && !there; j++)
			there = ir->drop[j] == ir->held[i];
		if (!there)
			file_msg(res, "Een eerder toegevoegd bestand",
				 "Dit bestand hebben wij niet meer: wij bewaren bestanden een uur. Kies het opnieuw.");
	}
	*bytes = 0;
	for (int i = 0; i < res->n_pending; i++)
		*bytes += res->pending[i].grootte;
	return 0;
}

static int is_staff(const struct actor *who)
{
	return who->user_id && role_is_staff(who->role);
}

/*
 * Whether this attempt's files may be held too: within the cap for all
 * held files and, for anyone but staff, the cap per client address. An
 * attacker posting refused forms full of files fills neither the disk nor
 * the cap of other addresses; an office behind one address has room for
 * two people's forms at once (the default).
 */
static int may_hold(struct intake *w, int64_t bytes)
{
	const int64_t mb = 1024 * 1024, since = w->now - PENDING_LIFETIME;
	int64_t all = pending_bytes_since(w->db, NULL, since);
	int64_t mine = is_staff(w->who) ? 0 : pending_bytes_since(w->db, w->who->ip, since);

	if (all < 0 || mine < 0)
		return -1;
	return all + bytes <= w->cfg->upload_pending_mb * mb &&
	       (is_staff(w->who) || mine + bytes <= w->cfg->upload_pending_per_ip_mb * mb);
}

/* Invalid input: keep what was accepted for the next attempt (an hour), within the caps. */
static int keep_pending(struct intake *w, struct intake_result *res)
{
	int64_t bytes = 0;

	if (!w->n_kept)
		return 0;
	for (int i = 0; i < w->n_kept; i++)
		bytes += w->kept[i].size;
	int ok = may_hold(w, bytes);
	if (ok < 0)
		return -1;
	if (!ok) {
		/* Removed at once; the melder is told to choose them again. */
		for (int i = 0; i < w->n_kept; i++)
			file_msg(res, w->kept[i].bestandsnaam,
				 "Dit bestand konden wij nu niet voor u bewaren. Kies het opnieuw als u de melding verstuurt.");
		drop_kept(w);
		w->n_kept = 0;
		res->files_not_kept = 1;
		return 0;
	}
	if (db_begin(w->db) < 0)
		return -1;
	for (int i = 0; i < w->n_kept; i++)
		if (pending_add_from(w->db, w->phash, w->kept[i].bestandsnaam, w->kept[i].opslag, w->kept[i].mime,
				     w->kept[i].size, w->now, is_staff(w->who) ? "" : w->who->ip,
				     w->kept[i].opgenomen_op) != STORE_OK) {
			db_rollback(w->db);
			return -1;
		}
	if (db_commit(w->db) < 0)
		return -1;
	res->n_pending = pending_list(w->db, w->a, w->phash, w->now, &res->pending);
	return 0;
}

static int load_categories(struct intake *w, const char ***codes, size_t *n)
{
	const struct category *cats;
	int c = category_list_kept(w->db, 1, &cats);

	if (c < 0)
		return -1;
	const char **list = arena_alloc(w->a, (size_t)(c ? c : 1) * sizeof(*list));
	for (int i = 0; i < c; i++)
		list[i] = arena_strdup(w->a, cats[i].code);
	*codes = list;
	*n = (size_t)c;
	return 0;
}

/* The valid melding's row: its category, address match, due days and status token. */
static int prepare(struct intake *w, const struct actor *who, const struct melding_valid *v,
		   struct melding_new *n, struct intake_result *res)
{
	struct category cat;
	const struct calendar *cal;
	struct address_match *match = arena_alloc(w->a, sizeof(*match));
	unsigned char *thash = arena_alloc(w->a, 32), *box = arena_alloc(w->a, SECRET_SEAL_MAX);

	memset(match, 0, sizeof(*match));
	*n = (struct melding_new){ .v = v, .match = match, .now = w->now };
	if (category_by_code(w->db, v->categorie, &cat) != STORE_OK || !(cal = calendar_kept(w->db)))
		return -1;
	if (v->postcode[0] && address_match(w->db, v->postcode, v->huisnummer, v->toevoeging, match) != STORE_OK)
		return -1;
	n->category_id = cat.id;
	n->ontvangen_dag = amsterdam_day(v->ontvangen_op);
	melding_due(&cal->cal, n->ontvangen_dag, &cat.terms, &n->due);
	n->created_by = who->user_id && role_is_staff(who->role) ? who->user_id : 0;
	secret_random_b64(res->status_token, sizeof(res->status_token), 24);
	secret_token_hash(res->status_token, thash);
	if (secret_seal(res->status_token, box, &n->token_box_len) < 0)
		return -1;
	n->token_hash = thash;
	n->token_box = box;
	return 0;
}

/* The receipt to the melder, with the status link, in the outbox. */
static enum store_result queue_receipt(struct intake *w, const struct melding_valid *v, const struct melding_new *n,
				       const struct intake_result *res)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct message_facts f = {
		.organisation = w->cfg->organisation, .referentie = res->referentie,
		.status_url = intake_status_url(w->a, w->cfg, res->status_token), .naam = v->melder_naam,
		.bevestigen_dag = n->due.bevestigen, .terugkoppelen_dag = n->due.terugkoppelen,
	};

	message_receipt(&f, &subject, &body);
	enum store_result r = outbox_add(w->db, res->id, "ontvangst", v->melder_email, subject.buf, body.buf, w->now);
	buf_release(&subject);
	buf_release(&body);
	return r;
}

/* The melding's row, timeline entry, attachments, receipt and audit row; the transaction is open. */
static int write_melding(struct intake *w, const struct actor *who, const struct melding_valid *v,
			 const struct melding_new *n, struct intake_result *res)
{
	struct db *db = w->db;

	if (melding_insert(db, n, res->referentie, &res->id) != STORE_OK)
		return -1;
	/* In the melding's own transaction: one melding per form token, also for two POSTs at once. */
	if (w->form_token) {
		enum store_result u = form_use_add(db, w->fhash, w->ihash, res->id, w->now);
		if (u == STORE_CONFLICT)
			return -2;
		if (u != STORE_OK)
			return -1;
		/* The same text from the same browser again (back, the form reloaded, send) finds this melding too. */
		if (w->has_browser && (u = form_use_add(db, w->bhash, w->ihash, res->id, w->now)) != STORE_OK &&
		    u != STORE_CONFLICT)
			return -1;
	}
	if (melding_event_add(db, res->id, v->ontvangen_op, n->created_by, "ontvangen",
			      arena_printf(w->a, "Melding ontvangen via %s.", kanaal_labels[v->kanaal]), 1) != STORE_OK)
		return -1;
	/* The routing rules, in the melding's own transaction (issue 16): a new melding has no assignee yet. */
	if (routing_apply(db, w->a, res->id, w->now > v->ontvangen_op ? w->now : v->ontvangen_op, 0) < 0)
		return -1;
	for (int i = 0; i < res->n_pending; i++)
		if (attachment_add_clean(db, res->id, res->pending[i].bestandsnaam, res->pending[i].opslag,
					 res->pending[i].mime, res->pending[i].grootte, w->now,
					 res->pending[i].opgenomen_op) != STORE_OK)
			return -1;
	for (int i = 0; i < w->n_kept; i++)
		if (attachment_add_clean(db, res->id, w->kept[i].bestandsnaam, w->kept[i].opslag, w->kept[i].mime,
					 w->kept[i].size, w->now, w->kept[i].opgenomen_op) != STORE_OK)
			return -1;
	if (res->n_pending && pending_taken(db, w->phash) != STORE_OK)
		return -1;
	if (!v->anoniem && queue_receipt(w, v, n, res) != STORE_OK)
		return -1;
	if (!n->created_by && submit_record(db, who->ip, w->now) != STORE_OK)
		return -1;
	/* The team of an open dossier at this address hears of it, in this transaction. */
	if (notify_melding_new(db, res->id, n->created_by, w->now) < 0)
		return -1;
	return audit_record(db, who, "aangemaakt", "melding", res->referentie, kanaal_ids[v->kanaal]);
}

/* Valid: match, fix the terms, commit everything at once. 0, -1 (nothing stored), -2 (the form token filed one already). */
static int store(struct intake *w, const struct actor *who, const struct melding_valid *v,
		 struct intake_result *res)
{
	struct melding_new n;

	if (prepare(w, who, v, &n, res) < 0 || db_begin(w->db) < 0)
		return -1;
	int rc = write_melding(w, who, v, &n, res);
	if (rc < 0) {
		db_rollback(w->db);
		return rc;
	}
	if (db_commit(w->db) < 0)
		return -1;
	res->ontvangen_op = v->ontvangen_op;
	res->due = n.due;
	return 0;
}

/* What the melder typed, as one hash: a repeat of the same form, or another melding on the same token. */
static void input_hash(const struct melding_input *in, unsigned char out[32])
{
	const char *parts[] = { in->categorie, in->omschrijving, in->voorval, in->postcode, in->huisnummer,
				in->toevoeging, in->plaats, in->melder_naam, in->melder_email, in->melder_telefoon,
				in->anoniem, in->delen_met_partners };
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		buf_addstr(&b, parts[i] ? parts[i] : "");
		buf_addch(&b, '\x1f');
	}
	secret_token_hash(b.buf, out);
	buf_release(&b);
}

/*
 * The form token filed a melding before. The same input again (a double
 * click, a reload, the back button): res becomes that melding, with its
 * status link opened from the sealed copy, and 1. Other input (a second
 * tab opened in the same second): res->token_used, and 0. -1 on failure.
 */
static int replay(struct intake *w, struct intake_result *res)
{
	struct form_use u;
	struct melding m;
	unsigned char box[SECRET_SEAL_MAX];
	char plain[64];
	size_t len;
	enum store_result r = form_use_get(w->db, w->fhash, &u);

	/* A fresh token (the form was loaded again) with the text this browser filed before: a repeat too. */
	if (r == STORE_NOTFOUND && w->has_browser && (r = form_use_get(w->db, w->bhash, &u)) == STORE_OK &&
	    memcmp(u.inhoud_hash, w->ihash, 32))
		r = STORE_NOTFOUND;
	if (r == STORE_NOTFOUND)
		return 0;
	if (r != STORE_OK || melding_get(w->db, w->a, u.melding_id, &m) != STORE_OK)
		return -1;
	if (memcmp(u.inhoud_hash, w->ihash, 32)) {
		snprintf(res->token_used, sizeof(res->token_used), "%s", m.referentie);
		return 0;
	}
	if (melding_token_box(w->db, m.id, box, sizeof(box), &len) != STORE_OK || secret_open(box, len, plain) < 0 ||
	    strlen(plain) >= sizeof(res->status_token))
		return -1;
	memcpy(res->status_token, plain, strlen(plain) + 1);
	res->replay = 1;
	res->id = m.id;
	snprintf(res->referentie, sizeof(res->referentie), "%s", m.referentie);
	res->ontvangen_op = m.ontvangen_op;
	res->due = m.due;
	return 1;
}

/* The open melding of the same melder that v repeats (domain/dubbel.h): its id, 0 when none, -1 on failure. */
static int64_t find_repeat(struct intake *w, const struct melding_valid *v)
{
	struct melding_dubbel_row rows[MELDING_DUBBEL_MAX];
	struct category cat;

	if (v->anoniem || !v->postcode[0])
		return 0;
	if (category_by_code(w->db, v->categorie, &cat) != STORE_OK)
		return -1;
	struct dubbel_melding nieuw = {
		.category_id = cat.id, .postcode = v->postcode, .huisnummer = v->huisnummer,
		.toevoeging = v->toevoeging, .email = v->melder_email, .telefoon = v->melder_telefoon,
		.anoniem = v->anoniem, .open = 1, .ontvangen_op = w->now,
	};
	int n = melding_dubbel_candidates(w->db, w->a, v->postcode, v->huisnummer, v->toevoeging,
					  w->now - (int64_t)DUBBEL_DAGEN * 86400, rows, MELDING_DUBBEL_MAX);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++)
		if (dubbel_is_repeat(&rows[i].d, &nieuw, w->now))
			return rows[i].id;
	return 0;
}

/* The earlier melding's melder hears that the addition arrived, with the link they follow it by. */
static enum store_result queue_added(struct intake *w, const struct melding *m, const char *url)
{
	const char *subject = arena_printf(w->a, "Aanvulling op uw melding %s ontvangen", m->referentie);
	const char *body = arena_printf(w->a,
		"%s%s,\n\nWij hebben uw aanvulling op melding %s ontvangen en bij die melding gezet. "
		"U hoeft niets te doen.\n\nVolg uw melding via uw persoonlijke link:\n%s\n\nMet vriendelijke groet,\n%s\n",
		m->melder_naam[0] ? "Beste " : "Beste melder", m->melder_naam, m->referentie, url, w->cfg->organisation);
	return outbox_add(w->db, m->id, "aanvulling", m->melder_email, subject, body, w->now);
}

/*
 * INTAKE_DUBBEL_TOEVOEGEN: the text and every file (kept ones and this
 * request's, all in storage by now) become a diary entry on the earlier
 * melding. APP_OK, APP_INVALID (dagboek's messages in res->errs, files
 * kept pending), APP_UNAVAILABLE.
 */
static enum app_result add_to_earlier(struct intake *w, const struct intake_request *ir, const struct melding_valid *v,
				      int64_t earlier, struct intake_result *res)
{
	struct melding m;
	int n = res->n_pending + w->n_kept, k = 0;
	struct intake_file *files = arena_alloc(w->a, (size_t)(n ? n : 1) * sizeof(*files));
	struct dagboek_input in = { .tekst = v->omschrijving, .van = ir->dagboek_van, .tot = NULL, .ernst = ir->dagboek_ernst };

	if (melding_get(w->db, w->a, earlier, &m) != STORE_OK)
		return APP_UNAVAILABLE;
	for (int i = 0; i < res->n_pending; i++)
		files[k++] = (struct intake_file){ .filename = res->pending[i].bestandsnaam,
			.path = files_path(w->a, res->pending[i].opslag), .size = (uint64_t)res->pending[i].grootte };
	for (int i = 0; i < w->n_kept; i++)
		files[k++] = (struct intake_file){ .filename = w->kept[i].bestandsnaam,
			.path = files_path(w->a, w->kept[i].opslag), .size = (uint64_t)w->kept[i].size };
	enum app_result r = dagboek_add(w->db, w->a, w->cfg, &m, &in, files, n, &res->errs, &res->dagboek_id, NULL);
	if (r == APP_INVALID) {
		res->dubbel = 1;
		return keep_pending(w, res) < 0 ? APP_UNAVAILABLE : APP_INVALID;
	}
	if (r != APP_OK)
		return r;
	/* The files went with the entry; the kept rows are done with. */
	w->n_kept = 0;
	if (res->n_pending && (db_begin(w->db) < 0 || pending_taken(w->db, w->phash) != STORE_OK || db_commit(w->db) < 0))
		log_warn("kept files of an addition to %s: rows not cleared (the sweep removes them)", m.referentie);
	res->id = m.id;
	snprintf(res->referentie, sizeof(res->referentie), "%s", m.referentie);
	res->due = m.due;
	if (!m.anoniem && m.melder_email[0]) {
		unsigned char box[SECRET_SEAL_MAX];
		size_t len = 0;
		char token[64];
		if (melding_token_box(w->db, m.id, box, sizeof(box), &len) == STORE_OK && secret_open(box, len, token) == 0 &&
		    (db_begin(w->db) < 0 || queue_added(w, &m, intake_status_url(w->a, w->cfg, token)) != STORE_OK ||
		     db_commit(w->db) < 0)) {
			db_rollback(w->db);
			log_warn("melding %s: the notice of an addition was not queued", m.referentie);
		}
	}
	return APP_OK;
}

/* A refused submission from outside the staff counts towards the per-address limit. */
static int count_refusal(struct db *db, const struct actor *who, int64_t now)
{
	if (is_staff(who))
		return 0;
	if (db_begin(db) < 0)
		return -1;
	if (submit_record(db, who->ip, now) != STORE_OK) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db);
}

int intake_refused(struct db *db, const struct actor *who)
{
	return count_refusal(db, who, clock_now());
}

enum app_result intake_submit(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
			      struct intake_request *ir, struct intake_result *res)
{
	struct intake *w = arena_alloc(a, sizeof(*w));
	struct melding_valid v;
	struct melding_context ctx = { .staff = ir->staff, .default_kanaal = ir->default_kanaal };
	int64_t pending_bytes;
	int rc;

	memset(res, 0, sizeof(*res));
	*w = (struct intake){ .db = db, .a = a, .cfg = cfg, .who = who, .now = clock_now() };
	ctx.now = w->now;
	if (!db || load_categories(w, (const char ***)&ctx.categories, &ctx.n_categories) < 0)
		return APP_UNAVAILABLE;
	/* A file we could not write is the disk's fault: nothing is taken in, the form comes back with a 503. */
	for (int i = 0; i < ir->n_files; i++)
		if (ir->files[i].failed)
			return APP_UNAVAILABLE;
	if (ir->form_token && ir->form_token[0]) {
		w->form_token = ir->form_token;
		secret_token_hash(ir->form_token, w->fhash);
		input_hash(&ir->in, w->ihash);
		if (ir->browser && ir->browser[0]) {
			char *b = arena_printf(a, "browser\x1f%s\x1f", ir->browser);
			size_t len = strlen(b);
			char *k = arena_alloc(a, len + 65);
			memcpy(k, b, len);
			for (int i = 0; i < 32; i++)
				snprintf(k + len + 2 * i, 3, "%02x", w->ihash[i]);
			secret_token_hash(k, w->bhash);
			w->has_browser = 1;
		}
	}

	melding_validate(&ir->in, &ctx, &v, &res->errs);
	if (ir->hold)
		w->form_token = NULL;   /* an expired token files nothing, so it has filed nothing either */
	if (w->form_token && !res->errs.n) {
		if ((rc = replay(w, res)) < 0)
			return APP_UNAVAILABLE;
		if (rc)
			return APP_OK;   /* this attempt's files stay in tmp/ and go with the request */
	}
	if (take_pending(w, ir, res, &pending_bytes) < 0)
		return APP_UNAVAILABLE;
	if (take_uploads(w, ir, res, res->n_pending, pending_bytes) < 0)
		goto fail_files;

	/* Sent sooner than a person fills the form in (and not a repeat): kept, asked to look again. */
	res->too_fast = ir->too_fast;
	if (res->errs.n || res->n_file_msgs || res->token_used[0] || ir->hold || ir->too_fast) {
		if (count_refusal(db, who, w->now) < 0 || keep_pending(w, res) < 0)
			goto fail_files;
		return APP_INVALID;
	}
	if (ir->dubbel == INTAKE_DUBBEL_VRAAG || ir->dubbel == INTAKE_DUBBEL_TOEVOEGEN) {
		int64_t earlier = find_repeat(w, &v);
		if (earlier < 0)
			goto fail_files;
		if (earlier && ir->dubbel == INTAKE_DUBBEL_TOEVOEGEN) {
			enum app_result r = add_to_earlier(w, ir, &v, earlier, res);
			if (r == APP_UNAVAILABLE)
				goto fail_files;
			return r;
		}
		if (earlier) {
			/* Not a refusal: the melder is asked a question. The files wait for the answer. */
			res->dubbel = 1;
			if (keep_pending(w, res) < 0)
				goto fail_files;
			return APP_INVALID;
		}
	}
	rc = store(w, who, &v, res);
	if (rc == 0)
		return APP_OK;
	drop_kept(w);
	/* Two POSTs of one token at once: the other one filed it. */
	if (rc == -2 && replay(w, res) > 0)
		return APP_OK;
	return APP_UNAVAILABLE;
fail_files:
	drop_kept(w);
	return APP_UNAVAILABLE;
}
