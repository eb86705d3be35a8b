/*
 * herstel.c - keeping a form posted without a live session (see herstel.h).
 */
#include "http/herstel.h"
#include "auth/csrf.h"
#include "auth/secret.h"
#include "db/db.h"
#include "http/http.h"
#include "http/router.h"
#include "lib/clock.h"
#include "lib/log.h"

#include <string.h>
#include <strings.h>

const char *herstel_form_page(struct req *req, const char *path)
{
	char *p = arena_strdup(&req->arena, path);
	const char *nieuw = arena_printf(&req->arena, "%s/nieuw", path);

	/* POST /dossiers came from /dossiers/nieuw; POST /meldingen/5/notitie from /meldingen/5. */
	if (router_find(HTTP_GET, nieuw))
		return nieuw;
	for (;;) {
		if (router_find(HTTP_GET, p))
			return p;
		char *slash = strrchr(p, '/');
		if (!slash || slash == p)
			return "/";
		*slash = '\0';
	}
}

/*
 * The post came from one of our own pages: a browser sends Origin with
 * every POST. Without it (or from elsewhere) nothing is kept, so no other
 * site can plant a form for a user to send.
 */
static int same_origin(struct req *req)
{
	const char *origin = http_header(req, "Origin"), *host = http_header(req, "Host");
	const char *site = http_header(req, "Sec-Fetch-Site");

	if (site && !strcmp(site, "same-origin"))
		return 1;
	if (!origin || !host)
		return 0;
	const char *rest = !strncasecmp(origin, "https://", 8) ? origin + 8
			 : !strncasecmp(origin, "http://", 7) ? origin + 7 : NULL;
	return rest && !strcasecmp(rest, host);
}

/* The form's fields, the CSRF token left out; 0 when none holds anything. */
static int collect(struct req *req, struct herstel *h)
{
	int n = 0, filled = 0;

	for (const struct kv *k = req->form; k; k = k->next)
		n++;
	h->fields = arena_alloc(&req->arena, sizeof(*h->fields) * (size_t)(n + 1));
	for (const struct kv *k = req->form; k; k = k->next) {
		if (!strcmp(k->key, CSRF_FIELD))
			continue;
		h->fields[h->n_fields].name = k->key;
		h->fields[h->n_fields].value = k->value.buf;
		h->n_fields++;
		filled |= k->value.len > 0;
	}
	for (const struct upload *u = req->uploads; u; u = u->next)
		if (u->filename && u->filename[0])
			h->bestanden++;
	return filled || h->bestanden;
}

int herstel_redirect(struct req *req, int64_t expired_user)
{
	struct herstel h = { .user_id = expired_user, .pad = req->path, .multipart = req->mp_end != NULL };
	struct db *db = db_thread();
	const char *page = herstel_form_page(req, req->path);
	struct buf loc = BUF_INIT;

	h.terug = page;
	if (db && !req->body_error && collect(req, &h) && same_origin(req)) {
		char key[64];
		unsigned char hash[HERSTEL_KEY];
		secret_random_b64(key, sizeof(key), 32);
		secret_token_hash(key, hash);
		enum store_result r = herstel_keep(db, hash, &h, req->ip, clock_now());
		if (r == STORE_OK)
			http_set_cookie(req, HERSTEL_COOKIE, key, HERSTEL_LIFETIME);
		else if (r == STORE_CONFLICT)
			log_warn("herstel: %s kept %d forms within the hour; not keeping more", req->ip, HERSTEL_PER_IP_HOUR);
	}
	buf_addstr(&loc, "/login?terug=");
	buf_add_urlencoded(&loc, page);
	int status = http_redirect(req, arena_strdup(&req->arena, loc.buf));
	buf_release(&loc);
	return status;
}

int herstel_cookie_hash(struct req *req, unsigned char hash[HERSTEL_KEY])
{
	const char *key = http_cookie(req, HERSTEL_COOKIE);

	if (!key || !key[0] || strlen(key) > 128)
		return 0;
	secret_token_hash(key, hash);
	return 1;
}
