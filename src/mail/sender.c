/*
 * sender.c - the outbox sender thread (see sender.h).
 *
 * One thread, so a message is never sent twice at once and the mail
 * server sees one connection from us at a time. The network conversation
 * happens outside any transaction: the writer lock (db.h) is held only
 * for the short UPDATE that records the outcome. The melder's status link
 * is put into the text here, from the sealed token, and only in memory.
 */
#include "mail/sender.h"
#include "app/initiatief.h"
#include "app/intake.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/worker.h"
#include "mail/smtp.h"
#include "store/initiatief.h"
#include "store/melding.h"
#include "store/outbox.h"

#include <curl/curl.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define BATCH 20
#define BATCHES_PER_LOOK 10     /* a store that keeps failing must not spin */
#define BACKOFF_CAP 3600

static struct {
	const struct config *cfg;
	struct worker w;
} S = { .w = WORKER_INIT };

int64_t mail_backoff_seconds(int failed_attempts)
{
	int64_t s = 60;

	for (int i = 1; i < failed_attempts && s < BACKOFF_CAP; i++)
		s *= 2;
	return s < BACKOFF_CAP ? s : BACKOFF_CAP;
}

static int stopping(void *ctx)
{
	(void)ctx;
	return worker_stopping(&S.w);
}

/* Records the outcome in a short transaction of its own. */
static void record(struct db *db, const struct outbox_msg *m, int sent, int64_t next, const char *error)
{
	if (db_begin(db) < 0)
		return;
	enum store_result r = sent ? outbox_sent(db, m->id, clock_now())
				   : outbox_failed(db, m->id, next, error);
	if (r != STORE_OK) {
		db_rollback(db);
		return;
	}
	db_commit(db);
}

/*
 * The message's own Message-ID part: the stored one, or a new one stored
 * before the first attempt, so every attempt carries the same Message-ID
 * (a receiver that got it before can drop the copy). NULL when it could
 * not be stored: then the message waits for the next round.
 */
static const char *message_id(struct db *db, struct arena *a, const struct outbox_msg *m)
{
	unsigned char rnd[16];
	char *hex = arena_alloc(a, sizeof(rnd) * 2 + 1);

	if (m->message_id[0])
		return m->message_id;
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(hex, sizeof(rnd) * 2 + 1, rnd, sizeof(rnd));
	if (db_begin(db) < 0)
		return NULL;
	if (outbox_set_message_id(db, m->id, hex) != STORE_OK) {
		db_rollback(db);
		return NULL;
	}
	return db_commit(db) < 0 ? NULL : hex;
}

/*
 * The text as the melder gets it: OUTBOX_STATUS_LINK replaced by the link,
 * opened from the melding's sealed token now, so the outbox never holds it.
 * A token that cannot be opened (the key file was lost) leaves the place
 * empty, as app/meldingen.c does for a message without a link.
 */
static void render_body(struct db *db, struct arena *a, const struct outbox_msg *m, struct buf *out)
{
	const char *p = m->tekst, *hit, *url = "";
	size_t ml = strlen(OUTBOX_STATUS_LINK);

	if ((m->melding_id || m->initiatief_id) && strstr(p, OUTBOX_STATUS_LINK)) {
		unsigned char box[SECRET_SEAL_MAX];
		size_t len = 0;
		char token[64];
		enum store_result got = m->melding_id ? melding_token_box(db, m->melding_id, box, sizeof(box), &len)
						      : initiatief_token_box(db, m->initiatief_id, box, sizeof(box), &len);

		if (got == STORE_OK && secret_open(box, len, token) == 0) {
			url = m->melding_id ? intake_status_url(a, S.cfg, token) : initiatief_status_url(a, S.cfg, token);
			sodium_memzero(token, sizeof(token));
		} else {
			log_warn("mail: outbox %lld: the status link could not be opened; sent without it",
				 (long long)m->id);
		}
	}
	while ((hit = strstr(p, OUTBOX_STATUS_LINK))) {
		buf_add(out, p, (size_t)(hit - p));
		buf_addstr(out, url);
		p = hit + ml;
	}
	buf_addstr(out, p);
}

static void send_one(struct db *db, const struct outbox_msg *m)
{
	const struct config *cfg = S.cfg;
	struct buf msg = BUF_INIT, id = BUF_INIT, body = BUF_INIT;
	struct arena a = ARENA_INIT;
	char err[300];
	int64_t now = clock_now();

	const char *mid = message_id(db, &a, m);
	if (!mid) {
		log_warn("mail: outbox %lld: cannot record its Message-ID; it waits for the next round", (long long)m->id);
		goto out;
	}
	buf_addf(&id, "leefbaar.%lld.%s%s", (long long)m->id, mid, strchr(cfg->smtp_from, '@'));
	render_body(db, &a, m, &body);
	struct mail mail = {
		.from = cfg->smtp_from,
		.from_name = cfg->smtp_from_name[0] ? cfg->smtp_from_name : cfg->organisation,
		.to = m->aan,
		.subject = m->onderwerp,
		.body = body.buf,
		.date = now,
		.message_id = id.buf,
	};

	if (smtp_compose(&mail, &msg) < 0) {
		/* Retrying cannot mend an address that cannot stand in a header. */
		log_warn("mail: outbox %lld: cannot compose a message to this address; given up", (long long)m->id);
		record(db, m, 0, OUTBOX_GIVEN_UP, "Niet verzonden: dit e-mailadres is onbruikbaar.");
		goto out;
	}
	if (smtp_send(cfg, cfg->smtp_from, m->aan, &msg, stopping, NULL, err, sizeof(err)) == 0) {
		log_info("mail: outbox %lld sent (%s)", (long long)m->id, m->soort);
		record(db, m, 1, 0, NULL);
		goto out;
	}
	if (worker_stopping(&S.w)) {
		/* Our own shutdown is no failure of the message: it stays due as it was. */
		log_info("mail: outbox %lld: stopped while sending; it stays due", (long long)m->id);
		goto out;
	}
	int attempts = m->pogingen + 1;
	if (attempts >= cfg->smtp_max_attempts) {
		char why[400];
		snprintf(why, sizeof(why), "%s (opgegeven na %d pogingen)", err, attempts);
		log_warn("mail: outbox %lld: %s", (long long)m->id, why);
		record(db, m, 0, OUTBOX_GIVEN_UP, why);
	} else {
		int64_t wait = mail_backoff_seconds(attempts);
		log_warn("mail: outbox %lld: attempt %d failed: %s; next in %lld s", (long long)m->id, attempts, err,
			 (long long)wait);
		record(db, m, 0, now + wait, err);
	}
out:
	/* The link is a bearer secret: leave no copy of it in freed memory. */
	sodium_memzero(body.buf, body.len);
	sodium_memzero(msg.buf, msg.len);
	buf_release(&msg);
	buf_release(&id);
	buf_release(&body);
	arena_release(&a);
}

/* Sends what is due now, a batch at a time. */
static void send_due(void)
{
	struct db *db = db_thread();

	if (!db)
		return;
	for (int b = 0; b < BATCHES_PER_LOOK && !worker_stopping(&S.w); b++) {
		struct arena a = ARENA_INIT;
		struct outbox_msg *msgs;
		int n = outbox_due(db, &a, clock_now(), BATCH, &msgs);

		for (int i = 0; i < n && !worker_stopping(&S.w); i++)
			send_one(db, &msgs[i]);
		arena_release(&a);
		if (n < BATCH)
			break;
	}
}

static void *run(void *arg)
{
	(void)arg;
	log_info("mail: sending the outbox through %s:%d every %d s", S.cfg->smtp_host, S.cfg->smtp_port,
		 S.cfg->smtp_interval);
	do
		send_due();
	while (!worker_sleep(&S.w, S.cfg->smtp_interval));
	return NULL;
}

int mail_sender_start(const struct config *cfg)
{
	if (!cfg->smtp_host[0]) {
		log_info("mail: [smtp] host is not set; messages stay in the outbox");
		return 0;
	}
	if (S.w.started)
		return 0;
	/* Before any other thread uses libcurl; it is not thread-safe itself. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return log_error("mail: libcurl did not initialise; messages stay in the outbox");
	S.cfg = cfg;
	/* lib/worker.h: never SIGTERM or SIGINT, waits on the monotonic clock (a clock change must not stall the outbox). */
	int rc = worker_start(&S.w, run, NULL);
	if (rc != 0) {
		curl_global_cleanup();
		return log_error("mail: cannot start the sender thread: %s", strerror(rc));
	}
	return 0;
}

void mail_sender_stop(void)
{
	int64_t wait_ms = S.cfg ? (int64_t)S.cfg->shutdown_grace * 500 : 0;

	if (!S.w.started)
		return;
	/* Half the grace at most: the requests still running get the rest. */
	if (wait_ms < 1000)
		wait_ms = 1000;
	if (worker_stop(&S.w, wait_ms) < 0) {
		/*
		 * libcurl did not let go (every wait is bounded by [smtp] timeout and
		 * the abort is asked for each second, so this should not happen):
		 * the shutdown does not wait for it. The message stays due.
		 */
		log_warn("mail: the sender did not stop within %lld ms; shutting down without it", (long long)wait_ms);
		return;
	}
	curl_global_cleanup();
	log_info("mail: sender stopped");
}
