/*
 * csrf.c - session-bound and signed double-submit tokens (see csrf.h).
 */
#include "auth/csrf.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "http/http.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <inttypes.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NONCE_B64 44   /* 32 bytes unpadded base64url + NUL */

static const char *form_or_header(struct req *req)
{
	const char *t = http_form(req, CSRF_FIELD);
	return t ? t : http_header(req, CSRF_HEADER);
}

static int equal_ct(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return la == lb && la > 0 && sodium_memcmp(a, b, la) == 0;
}

static void mac_of(const char *msg, size_t len, char out[NONCE_B64])
{
	unsigned char mac[crypto_auth_BYTES];
	crypto_auth(mac, (const unsigned char *)msg, len, secret_mac_key());
	sodium_bin2base64(out, NONCE_B64, mac, sizeof(mac), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

const char *csrf_token(struct req *req)
{
	char nonce[NONCE_B64], mac[NONCE_B64];

	if (req->session)
		return req->session->csrf;
	const char *cookie = http_cookie(req, CSRF_PRE_COOKIE);
	if (cookie && strlen(cookie) == NONCE_B64 - 1) {
		snprintf(nonce, sizeof(nonce), "%s", cookie);
	} else {
		secret_random_b64(nonce, sizeof(nonce), 32);
		http_set_cookie(req, CSRF_PRE_COOKIE, nonce, CSRF_PRE_LIFETIME);
	}
	char *msg = arena_printf(&req->arena, "%" PRId64 ".%s", clock_now(), nonce);
	mac_of(msg, strlen(msg), mac);
	return arena_printf(&req->arena, "%s.%s", msg, mac);
}

int csrf_check_session(struct req *req)
{
	const char *t = form_or_header(req);
	return req->session && t && equal_ct(t, req->session->csrf);
}

/* Parses and verifies the pre-session token; returns its issue time or -1. */
static int64_t pre_verify(struct req *req)
{
	const char *t = http_form(req, CSRF_FIELD), *cookie = http_cookie(req, CSRF_PRE_COOKIE);
	char mac[NONCE_B64];

	if (!t || !cookie || strlen(t) > 200)
		return -1;
	const char *dot1 = strchr(t, '.');
	const char *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;
	if (!dot1 || !dot2)
		return -1;
	mac_of(t, (size_t)(dot2 - t), mac);
	if (!equal_ct(dot2 + 1, mac))
		return -1;
	char *nonce = arena_strndup(&req->arena, dot1 + 1, (size_t)(dot2 - dot1 - 1));
	if (!equal_ct(nonce, cookie))
		return -1;
	/* The MAC held, so the part before the first dot is the issue time we wrote. */
	const char *when = arena_strndup(&req->arena, t, (size_t)(dot1 - t));
	int64_t issued, now = clock_now();
	if (parse_int64(when, 0, INT64_MAX, &issued) < 0 || issued > now + 60 || now - issued > CSRF_PRE_LIFETIME)
		return -1;
	return issued;
}

int csrf_check_pre(struct req *req)
{
	return pre_verify(req) >= 0;
}

int64_t csrf_pre_age(struct req *req)
{
	int64_t issued = pre_verify(req);
	return issued < 0 ? -1 : clock_now() - issued;
}
