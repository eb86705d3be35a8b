/*
 * request.c - reading a request: query string, url-encoded and multipart
 * forms through MHD's post processor, JSON bodies, cookies, headers, and
 * the CSRF token of a page's forms (its cookie and field).
 *
 * Limits are enforced while the body streams in: a body over its cap marks
 * the request 413 and the rest is discarded (MHD will not let us answer
 * before the body is consumed, PLATFORM.md); a file over its own limit is
 * dropped with a Dutch reason and the other fields are kept.
 */
#define _GNU_SOURCE   /* memmem, strcasestr */
#include "http/request.h"
#include "auth/csrf.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "config.h"
#include "lib/clock.h"
#include "http/router.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <cjson/cJSON.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define PP_BUFFER 32768

static struct kv *kv_find(struct kv *list, const char *key)
{
	for (struct kv *k = list; k; k = k->next)
		if (!strcmp(k->key, key))
			return k;
	return NULL;
}

const char *http_query(struct req *req, const char *key)
{
	struct kv *k = kv_find(req->query, key);
	return k ? k->value.buf : NULL;
}

const char *http_form(struct req *req, const char *key)
{
	struct kv *k = kv_find(req->form, key);
	return k ? k->value.buf : NULL;
}

const char *http_cookie(struct req *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_COOKIE_KIND, name);
}

const char *http_header(struct req *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

const char *http_param(struct req *req, int i)
{
	return i >= 0 && i < req->n_params ? req->params[i] : NULL;
}

/* The CSRF calls of the pages: auth/csrf.c decides, this reads and sets the cookie and the field. */
const char *csrf_token(struct req *req)
{
	char fresh[CSRF_NONCE_SIZE];

	if (req->session) {
		/*
		 * The session's token, and a nonce for this page: its forms'
		 * copies (a double click, a resend) are known as such (http/once.h).
		 */
		if (!req->csrf_form) {
			char nonce[24];
			secret_random_b64(nonce, sizeof(nonce), 16);
			req->csrf_form = arena_printf(&req->arena, "%s~%s", req->session->csrf, nonce);
		}
		return req->csrf_form;
	}
	const char *t = csrf_pre_token(&req->arena, http_cookie(req, CSRF_PRE_COOKIE), fresh);
	if (fresh[0])
		http_set_cookie(req, CSRF_PRE_COOKIE, fresh, CSRF_PRE_LIFETIME);
	return t;
}

int64_t csrf_pre_age(struct req *req)
{
	int64_t issued = csrf_pre_issued(http_form(req, CSRF_FIELD), http_cookie(req, CSRF_PRE_COOKIE));
	return issued < 0 ? -1 : clock_now() - issued;
}

static struct kv *kv_new(struct req *req, const char *key)
{
	struct kv *k = arena_alloc(&req->arena, sizeof(*k));
	k->key = arena_strdup(&req->arena, key);
	buf_init(&k->value, 0);
	return k;
}

static enum MHD_Result query_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct req *req = cls;
	(void)kind;
	if (!key || kv_find(req->query, key))   /* the first value of a key wins */
		return MHD_YES;
	struct kv *k = kv_new(req, key);
	if (value)
		buf_addstr(&k->value, value);
	k->next = req->query;
	req->query = k;
	return MHD_YES;
}

void request_parse_query(struct req *req)
{
	MHD_get_connection_values(req->conn, MHD_GET_ARGUMENT_KIND, query_iter, req);
}

/*
 * A file we could not write (disk full, I/O error): dropped, its partial
 * copy removed, and marked so the handler answers 503 with the form kept
 * rather than blaming the melder with a 400. The rest of the body is still
 * parsed, so the fields after the file arrive too.
 */
static void upload_failed(struct upload *u)
{
	if (u->fd >= 0)
		close(u->fd);
	u->fd = -1;
	if (u->path)
		unlink(u->path);
	u->path = NULL;
	u->dropped = 1;
	u->write_failed = 1;
	u->drop_reason = "Dit bestand konden wij nu niet opslaan.";
}

/* A file part: stream it to a temporary file under data_dir/tmp. */
static int upload_chunk(struct req *req, const char *key, const char *filename,
			const char *content_type, const char *data, uint64_t off, size_t size)
{
	const struct config *cfg = req->cfg;
	struct upload *u = req->upload_last;

	if (off == 0 || !u || strcmp(u->field, key)) {
		u = arena_alloc(&req->arena, sizeof(*u));
		u->field = arena_strdup(&req->arena, key);
		u->filename = arena_strdup(&req->arena, filename);
		u->client_type = arena_strdup(&req->arena, content_type ? content_type : "");
		u->fd = -1;
		if (req->upload_last)
			req->upload_last->next = u;
		else
			req->uploads = u;
		req->upload_last = u;
		req->n_uploads++;
		if (!filename[0] && !size) {
			/* An empty file input: the browser sends a part with no name. */
			u->dropped = 1;
			u->drop_reason = NULL;
		} else if (!req->route || !(req->route->flags & ROUTE_UPLOADS)) {
			u->dropped = 1;
			u->drop_reason = "Hier kunt u geen bestanden meesturen.";
		} else if (req->n_uploads > cfg->upload_files) {
			u->dropped = 1;
			u->drop_reason = arena_printf(&req->arena, "U kunt ten hoogste %d bestanden meesturen.",
						      cfg->upload_files);
		} else {
			char *path = arena_printf(&req->arena, "%s/tmp/upload-XXXXXX", cfg->data_dir);
			u->fd = mkstemp(path);
			if (u->fd < 0) {
				/* The disk, not the melder: the other fields are still read (see upload_failed()). */
				log_error("upload: cannot create %s: %s", path, strerror(errno));
				upload_failed(u);
				return 0;
			}
			u->path = path;
		}
	}
	if (u->dropped || !size)
		return 0;
	if (u->size + size > (uint64_t)cfg->upload_file_mb * 1024 * 1024) {
		u->dropped = 1;
		u->drop_reason = arena_printf(&req->arena, "Het bestand is groter dan %d MB.", cfg->upload_file_mb);
		close(u->fd);
		u->fd = -1;
		unlink(u->path);
		u->path = NULL;
		return 0;
	}
	while (size) {
		ssize_t n = write(u->fd, data, size);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			log_error("upload: write %s: %s", u->path, strerror(errno));
			upload_failed(u);
			return 0;
		}
		data += n;
		size -= (size_t)n;
		u->size += (uint64_t)n;
	}
	return 0;
}

/* The body is refused with 413 and why; what follows is read and thrown away. */
static void too_large(struct req *req, const char *why)
{
	if (!req->body_error) {
		req->body_error = 413;
		req->body_message = why;
	}
}

static enum MHD_Result post_iter(void *cls, enum MHD_ValueKind kind, const char *key,
				 const char *filename, const char *content_type,
				 const char *transfer_encoding, const char *data,
				 uint64_t off, size_t size)
{
	struct req *req = cls;
	(void)kind;
	(void)transfer_encoding;

	if (!key)
		return MHD_YES;
	if (filename)
		return upload_chunk(req, key, filename, content_type, data, off, size) < 0 ? MHD_NO : MHD_YES;

	/*
	 * Ordinary fields: long values arrive in pieces at increasing offsets.
	 * Their bytes together are capped here, as they arrive, so a huge
	 * text field is refused without being held in memory (PLATFORM.md).
	 */
	req->field_bytes += strlen(key) + size;
	if (req->field_bytes > (uint64_t)req->cfg->max_body_kb * 1024) {
		too_large(req, "Wat u verstuurde is te groot: een van de tekstvelden is te lang. "
			  "Maak de tekst korter en verstuur het formulier opnieuw.");
		return MHD_YES;
	}
	struct kv *k = req->form_last;
	if (off == 0 || !k || strcmp(k->key, key)) {
		k = kv_new(req, key);
		if (req->form_last)
			req->form_last->next = k;
		else
			req->form = k;
		req->form_last = k;
	}
	buf_add(&k->value, data, size);
	return MHD_YES;
}

int request_begin_body(struct req *req)
{
	const char *ct = http_header(req, MHD_HTTP_HEADER_CONTENT_TYPE);

	if (!ct) {
		req->body_kind = BODY_OTHER;
		return 0;
	}
	if (!strncasecmp(ct, "application/json", 16)) {
		req->body_kind = BODY_JSON;
		return 0;
	}
	if (!strncasecmp(ct, "multipart/form-data", 19)) {
		/*
		 * MHD takes a body without any boundary line for a preamble and
		 * reports success; we insist on the closing delimiter ourselves.
		 */
		const char *b = strcasestr(ct, "boundary=");
		if (b) {
			b += 9;
			size_t n = b[0] == '"' ? strcspn(++b, "\"") : strcspn(b, "; \t");
			if (n > 0 && n <= 70)
				req->mp_end = arena_printf(&req->arena, "--%.*s--", (int)n, b);
		}
	}
	if (!strncasecmp(ct, "application/x-www-form-urlencoded", 33) ||
	    !strncasecmp(ct, "multipart/form-data", 19)) {
		req->body_kind = BODY_FORM;
		req->pp = MHD_create_post_processor(req->conn, PP_BUFFER, post_iter, req);
		if (!req->pp) {
			/* multipart without a boundary, for instance */
			req->body_error = 400;
		}
		return 0;
	}
	req->body_kind = BODY_OTHER;
	return 0;
}

/* Keeps the last bytes of the body, enough to hold the closing delimiter. */
static void keep_tail(struct req *req, const char *data, size_t size)
{
	size_t cap = sizeof(req->mp_tail);

	if (size >= cap) {
		memcpy(req->mp_tail, data + size - cap, cap);
		req->mp_tail_len = cap;
		return;
	}
	if (req->mp_tail_len + size > cap) {
		size_t drop = req->mp_tail_len + size - cap;
		memmove(req->mp_tail, req->mp_tail + drop, req->mp_tail_len - drop);
		req->mp_tail_len -= drop;
	}
	memcpy(req->mp_tail + req->mp_tail_len, data, size);
	req->mp_tail_len += size;
}

void request_feed(struct req *req, const char *data, size_t size)
{
	req->body_bytes += size;
	if (req->body_error)
		return;
	if (req->body_bytes > req->body_cap) {
		too_large(req, NULL);
		return;
	}
	switch (req->body_kind) {
	case BODY_FORM:
		if (MHD_post_process(req->pp, data, size) != MHD_YES && !req->body_error)
			req->body_error = 400;
		if (req->mp_end)
			keep_tail(req, data, size);
		break;
	case BODY_JSON:
	case BODY_OTHER:
		/*
		 * A raw body is kept whole, so it gets the form's cap even on a
		 * route that takes uploads (whose body_cap is the files' total):
		 * refused as it streams, never held.
		 */
		if (req->body.len + size > (uint64_t)req->cfg->max_body_kb * 1024) {
			too_large(req, "Wat u verstuurde is te groot.");
			buf_release(&req->body);
			return;
		}
		buf_add(&req->body, data, size);
		break;
	case BODY_NONE:
		break;
	}
}

int request_end_body(struct req *req)
{
	if (req->pp) {
		/* Malformed or truncated multipart is reported only here. */
		if (MHD_destroy_post_processor(req->pp) != MHD_YES && !req->body_error)
			req->body_error = 400;
		req->pp = NULL;
		if (req->mp_end && !req->body_error &&
		    !memmem(req->mp_tail, req->mp_tail_len, req->mp_end, strlen(req->mp_end)))
			req->body_error = 400;
	}
	/* Non-file fields together were capped while they arrived (post_iter()). */
	for (struct upload *u = req->uploads; u; u = u->next) {
		if (u->fd >= 0) {
			close(u->fd);
			u->fd = -1;
		}
	}
	return req->body_error;
}

char *upload_read(const struct upload *u, size_t *len, const char *what)
{
	struct stat sb;
	int fd = open(u->path, O_RDONLY | O_CLOEXEC);
	size_t got = 0;

	if (fd < 0 || fstat(fd, &sb) < 0) {
		log_error("%s upload: %s: %s", what, u->path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	char *text = xmalloc((size_t)sb.st_size + 1);
	while (got < (size_t)sb.st_size) {
		ssize_t r = read(fd, text + got, (size_t)sb.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	text[got] = '\0';
	*len = got;
	return text;
}

void request_release(struct req *req)
{
	cJSON_Delete(req->json);
	req->json = NULL;
	if (req->pp) {
		MHD_destroy_post_processor(req->pp);
		req->pp = NULL;
	}
	for (struct kv *k = req->query; k; k = k->next)
		buf_release(&k->value);
	for (struct kv *k = req->form; k; k = k->next)
		buf_release(&k->value);
	for (struct kv *k = req->headers; k; k = k->next)
		buf_release(&k->value);
	for (struct upload *u = req->uploads; u; u = u->next) {
		if (u->fd >= 0)
			close(u->fd);
		if (u->path)
			unlink(u->path);
	}
	buf_release(&req->body);
}
