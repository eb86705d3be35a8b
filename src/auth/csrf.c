/*
 * csrf.c - session-bound and signed double-submit tokens (see csrf.h).
 */
#include "auth/csrf.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "lib/arena.h"
#include "lib/clock.h"
#include "lib/parse.h"

#include <inttypes.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* The longest pre-session token accepted: the issue time, the nonce, the MAC and two dots fit well within. */
#define PRE_TOKEN_MAX 200

static int equal_ct(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return la == lb && la > 0 && sodium_memcmp(a, b, la) == 0;
}

static void mac_of(const char *msg, size_t len, char out[CSRF_NONCE_SIZE])
{
	unsigned char mac[crypto_auth_BYTES];
	crypto_auth(mac, (const unsigned char *)msg, len, secret_mac_key());
	sodium_bin2base64(out, CSRF_NONCE_SIZE, mac, sizeof(mac), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

const char *csrf_pre_token(struct arena *a, const char *cookie, char fresh[CSRF_NONCE_SIZE])
{
	char nonce[CSRF_NONCE_SIZE], mac[CSRF_NONCE_SIZE];

	fresh[0] = '\0';
	if (cookie && strlen(cookie) == CSRF_NONCE_SIZE - 1) {
		snprintf(nonce, sizeof(nonce), "%s", cookie);
	} else {
		secret_random_b64(nonce, sizeof(nonce), 32);
		snprintf(fresh, CSRF_NONCE_SIZE, "%s", nonce);
	}
	char *msg = arena_printf(a, "%" PRId64 ".%s", clock_now(), nonce);
	mac_of(msg, strlen(msg), mac);
	return arena_printf(a, "%s.%s", msg, mac);
}

int csrf_check_session(const struct session *s, const char *form, const char *header)
{
	const char *t = form ? form : header;
	char token[sizeof(s->csrf)];

	if (!s || !t)
		return 0;
	/* "TOKEN~NONCE" from a page (the nonce is http/once.h's), or the bare token. */
	size_t n = strcspn(t, "~");
	if (n >= sizeof(token))
		return 0;
	memcpy(token, t, n);
	token[n] = '\0';
	return equal_ct(token, s->csrf);
}

/* Bytes [from, to) of a token as a string in out (PRE_TOKEN_MAX + 1). */
static const char *part(const char *from, const char *to, char out[PRE_TOKEN_MAX + 1])
{
	memcpy(out, from, (size_t)(to - from));
	out[to - from] = '\0';
	return out;
}

int64_t csrf_pre_issued(const char *form, const char *cookie)
{
	char mac[CSRF_NONCE_SIZE], buf[PRE_TOKEN_MAX + 1];
	const char *t = form;

	if (!t || !cookie || strlen(t) > PRE_TOKEN_MAX)
		return -1;
	const char *dot1 = strchr(t, '.');
	const char *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;
	if (!dot1 || !dot2)
		return -1;
	mac_of(t, (size_t)(dot2 - t), mac);
	if (!equal_ct(dot2 + 1, mac))
		return -1;
	if (!equal_ct(part(dot1 + 1, dot2, buf), cookie))
		return -1;
	/* The MAC held, so the part before the first dot is the issue time we wrote. */
	int64_t issued, now = clock_now();
	if (parse_int64(part(t, dot1, buf), 0, INT64_MAX, &issued) < 0 || issued > now + 60 ||
	    now - issued > CSRF_PRE_LIFETIME)
		return -1;
	return issued;
}

int csrf_check_pre(const char *form, const char *cookie)
{
	return csrf_pre_issued(form, cookie) >= 0;
}
