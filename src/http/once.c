/*
 * once.c - nothing twice (see once.h).
 */
#include "http/once.h"
#include "auth/csrf.h"
#include "auth/session.h"
#include "db/db.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/submission.h"

#include <sodium.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define WAIT_MS 10000     /* how long a copy waits for the first to finish */
#define POLL_MS 50
#define KEY_MAX 255       /* an Idempotency-Key longer than this is refused */

static void add_str(crypto_generichash_state *h, const char *s)
{
	/* With its length, so "ab"+"c" and "a"+"bc" differ. */
	size_t n = s ? strlen(s) : 0;
	crypto_generichash_update(h, (const unsigned char *)&n, sizeof(n));
	if (n)
		crypto_generichash_update(h, (const unsigned char *)s, n);
}

static void add_i64(crypto_generichash_state *h, int64_t v)
{
	crypto_generichash_update(h, (const unsigned char *)&v, sizeof(v));
}

/* What the request says: its fields (the CSRF token aside), files by name and size, and a raw body. */
static void body_hash(struct req *req, unsigned char out[SUBMISSION_KEY])
{
	crypto_generichash_state h;

	crypto_generichash_init(&h, NULL, 0, SUBMISSION_KEY);
	for (const struct kv *k = req->form; k; k = k->next) {
		if (!strcmp(k->key, CSRF_FIELD))
			continue;
		add_str(&h, k->key);
		add_str(&h, k->value.buf);
	}
	for (const struct upload *u = req->uploads; u; u = u->next) {
		add_str(&h, u->field);
		add_str(&h, u->filename);
		add_i64(&h, (int64_t)u->size);
	}
	crypto_generichash_update(&h, (const unsigned char *)(req->body.buf ? req->body.buf : ""), req->body.len);
	crypto_generichash_final(&h, out, SUBMISSION_KEY);
}

/* The form's page nonce: what follows the '~' of the CSRF field, or NULL. */
static const char *form_nonce(struct req *req)
{
	const char *t = http_form(req, CSRF_FIELD);
	const char *tilde = t ? strchr(t, '~') : NULL;
	return tilde && tilde[1] ? tilde + 1 : NULL;
}

/*
 * The request's key; 0 when it has none (nothing to guard), -1 for a key
 * that is refused. A form's key holds what it says (inhoud): the same
 * page's form sent with other words is another request. An API key is the
 * caller's name for one request: the same name with another body is an
 * error, found by comparing inhoud.
 */
static int request_key(struct req *req, const unsigned char inhoud[SUBMISSION_KEY], unsigned char key[SUBMISSION_KEY])
{
	const struct session *s = req->session;
	const char *named;
	crypto_generichash_state h;

	if (req->meth != HTTP_POST || !s)
		return 0;
	crypto_generichash_init(&h, NULL, 0, SUBMISSION_KEY);
	if (!strncmp(req->path, "/api/", 5)) {
		if (!(named = http_header(req, ONCE_HEADER)))
			return 0;
		if (!*named || strlen(named) > KEY_MAX)
			return -1;
		add_str(&h, "api");
		add_i64(&h, s->user_id);
		add_str(&h, named);
	} else {
		if (s->token_id || !(named = form_nonce(req)))
			return 0;
		add_str(&h, "form");
		add_i64(&h, s->id);
		add_i64(&h, s->user_id);
		add_str(&h, named);
		crypto_generichash_update(&h, inhoud, SUBMISSION_KEY);
	}
	add_str(&h, req->path);
	crypto_generichash_final(&h, key, SUBMISSION_KEY);
	req->once = 1;
	memcpy(req->once_key, key, SUBMISSION_KEY);
	return 1;
}

/* The first one's answer, again. */
static int replay(struct req *req, const struct submission *sub)
{
	if (sub->location && sub->status >= 300 && sub->status < 400)
		return http_redirect(req, sub->location);
	req->status = sub->status;
	req->content_type = sub->content_type;
	buf_reset(&req->out);
	if (sub->body_len)
		buf_add(&req->out, sub->body, sub->body_len);
	if (sub->location)
		http_add_header(req, "Location", sub->location);
	http_add_header(req, "Idempotent-Replayed", "true");
	return sub->status;
}

int once_begin(struct req *req)
{
	struct db *db = db_thread();
	unsigned char key[SUBMISSION_KEY], inhoud[SUBMISSION_KEY];

	if (req->meth != HTTP_POST || !req->session)
		return 0;
	body_hash(req, inhoud);
	int k = request_key(req, inhoud, key);
	if (k == 0)
		return 0;
	if (k < 0)
		return http_error(req, 400, "Ongeldige Idempotency-Key", "Een Idempotency-Key heeft 1 tot 255 tekens.");
	if (!db)
		return http_unavailable(req, NULL);
	for (int waited = 0;; waited += POLL_MS) {
		enum store_result r = submission_claim(db, key, inhoud, clock_now());
		if (r == STORE_OK)
			return 0;
		if (r != STORE_CONFLICT) {
			req->once = 0;
			return http_unavailable(req, NULL);
		}
		struct submission sub;
		r = submission_get(db, &req->arena, key, &sub);
		if (r == STORE_NOTFOUND)
			continue;   /* the first gave up its claim just now: run */
		req->once = 0;   /* not ours: never finish or release it */
		if (r != STORE_OK)
			return http_unavailable(req, NULL);
		if (memcmp(sub.inhoud, inhoud, SUBMISSION_KEY))
			return http_error(req, 422, "Idempotency-Key al gebruikt",
					  "Deze Idempotency-Key hoort bij een verzoek met een andere inhoud. "
					  "Gebruik voor elk nieuw verzoek een nieuwe sleutel.");
		if (sub.klaar)
			return replay(req, &sub);
		if (waited >= WAIT_MS)
			return http_error(req, 409, "Wordt nog verwerkt",
					  "Hetzelfde verzoek wordt op dit moment nog verwerkt. Probeer het zo nog eens.");
		req->once = 1;   /* we may claim it after all, should the first give up */
		struct timespec ts = { 0, POLL_MS * 1000000L };
		nanosleep(&ts, NULL);
	}
}

static const char *header_of(const struct req *req, const char *name)
{
	for (const struct kv *h = req->headers; h; h = h->next)
		if (!strcasecmp(h->key, name))
			return h->value.buf;
	return NULL;
}

void once_end(struct req *req, int status)
{
	struct db *db = db_thread();

	if (!req->once || !db)
		return;
	req->once = 0;
	int api = !strncmp(req->path, "/api/", 5);
	/* What changed something: a form's redirect, an API call's 2xx. Anything else did nothing and may run again. */
	int done = api ? status >= 200 && status < 300 : status == 303;
	enum store_result r = done ? submission_finish(db, req->once_key, status, header_of(req, "Location"),
						      api ? req->content_type : NULL, api ? req->out.buf : NULL,
						      api ? req->out.len : 0)
				   : submission_release(db, req->once_key);
	if (r != STORE_OK)
		log_warn("once: could not %s the claim of %s", done ? "finish" : "release", req->path);
}
