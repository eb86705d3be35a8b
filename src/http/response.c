/*
 * response.c - status, headers, cookies, redirects, error pages.
 *
 * Every response we queue carries the same security headers; the CSP allows
 * no inline script or style, so templates cannot carry them either.
 */
#include "http/response.h"
#include "config.h"
#include "http/json.h"
#include "lib/log.h"
#include "render/page.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char CSP[] =
	"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
	"media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
	"frame-ancestors 'none'";

void response_security_headers(struct MHD_Response *r)
{
	MHD_add_response_header(r, "Content-Security-Policy", CSP);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	/* Status links carry a secret in the path: never send it onwards. */
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Cross-Origin-Opener-Policy", "same-origin");
	/* Geolocation for our own pages only: the wijkschouw's walk (static/schouw.js) asks for the phone's position. */
	MHD_add_response_header(r, "Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
	/* The old XSS auditors are gone or harmful (they could be used to blank parts of a page): off, as OWASP advises. */
	MHD_add_response_header(r, "X-XSS-Protection", "0");
}

void http_add_header(struct req *req, const char *name, const char *value)
{
	struct kv *h = arena_alloc(&req->arena, sizeof(*h));
	h->key = arena_strdup(&req->arena, name);
	buf_init(&h->value, 0);
	buf_addstr(&h->value, value);
	h->next = req->headers;
	req->headers = h;
}

void http_set_cookie(struct req *req, const char *name, const char *value, long max_age)
{
	struct buf c = BUF_INIT;

	buf_addf(&c, "%s=%s; Path=/; HttpOnly; SameSite=Lax", name, value);
	if (max_age >= 0)
		buf_addf(&c, "; Max-Age=%ld", max_age);
	if (req->cfg->secure_cookie)
		buf_addstr(&c, "; Secure");
	http_add_header(req, MHD_HTTP_HEADER_SET_COOKIE, c.buf);
	buf_release(&c);
}

int http_redirect(struct req *req, const char *location)
{
	http_add_header(req, MHD_HTTP_HEADER_LOCATION, location);
	buf_reset(&req->out);
	req->content_type = "text/plain; charset=utf-8";
	return 303;
}

int http_text(struct req *req, int status, const char *text)
{
	buf_reset(&req->out);
	buf_addstr(&req->out, text);
	req->content_type = "text/plain; charset=utf-8";
	return status;
}

int http_error(struct req *req, int status, const char *heading, const char *message)
{
	buf_reset(&req->out);
	/* Integrations read {"fout": "..."}, never an HTML page. */
	if (!strncmp(req->path, "/api/", 5))
		return http_json_error(req, status, message && message[0] ? message : heading);
	if (page_error(req, status, heading, message) == 0)
		return status;
	/* The templates failed us: still answer, plainly. */
	buf_reset(&req->out);
	buf_addf(&req->out, "%d %s\n%s\n", status, heading, message ? message : "");
	req->content_type = "text/plain; charset=utf-8";
	return status;
}

int http_unavailable(struct req *req, const char *message)
{
	return http_error(req, 503, "Tijdelijk niet beschikbaar",
			  message ? message : "De database antwoordt niet. Probeer het over een minuut opnieuw.");
}

int http_refused(struct req *req, enum app_result r, const struct refusal *how)
{
	if (r == APP_NOT_FOUND)
		return http_error(req, 404, how->not_found_title, how->not_found_text);
	if (r == APP_FORBIDDEN)
		return http_error(req, 403, "Geen toegang", how->forbidden_text);
	return http_unavailable(req, how->unavailable_text);
}

uint64_t http_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

enum MHD_Result response_queue(struct req *req)
{
	struct MHD_Response *r;
	enum MHD_Result ret;

	if (req->fd_out >= 0) {
		r = MHD_create_response_from_fd64(req->fd_size, req->fd_out);
		req->fd_out = -1;   /* MHD closes it */
		req->bytes_out = req->fd_size;
	} else {
		size_t len;
		char *body = buf_detach(&req->out, &len);
		req->bytes_out = len;
		r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	}
	if (!r)
		return MHD_NO;
	response_security_headers(r);
	/* Behind TLS (secure cookies), the browser must never come back over plain HTTP. */
	if (req->cfg->secure_cookie)
		MHD_add_response_header(r, "Strict-Transport-Security", "max-age=31536000");
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
				req->content_type ? req->content_type : "text/html; charset=utf-8");
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL,
				req->cache_control ? req->cache_control : "no-store");
	for (struct kv *h = req->headers; h; h = h->next)
		MHD_add_response_header(r, h->key, h->value.buf);
	ret = MHD_queue_response(req->conn, (unsigned)req->status, r);
	MHD_destroy_response(r);
	return ret;
}
