/*
 * csrf.h - CSRF tokens.
 *
 * With a session: the session's own random token, sent back as the form
 * field csrf_token or the X-CSRF-Token header, compared in constant time.
 *
 * Without a session (/login, /melden): a signed double-submit token. A
 * short-lived cookie holds a random nonce; the form field holds
 * "issued.nonce.mac" with mac = HMAC(server key, "issued.nonce"). Both must
 * agree and the token must be younger than CSRF_PRE_LIFETIME. The issue
 * time also gives the public form its minimum fill time.
 *
 * The caller reads the field, the header and the cookie, and sets the
 * cookie; nothing here sees a request (http.h's csrf_token() does that
 * for the pages).
 */
#ifndef LEEFBAAR_CSRF_H
#define LEEFBAAR_CSRF_H

#include <stdint.h>

#define CSRF_FIELD "csrf_token"
#define CSRF_HEADER "X-CSRF-Token"
#define CSRF_PRE_COOKIE "leefbaar_formulier"
#define CSRF_PRE_LIFETIME (4 * 3600)
/* Room for a CSRF_PRE_COOKIE nonce: 32 random bytes as unpadded base64url, and the NUL. */
#define CSRF_NONCE_SIZE 44

struct arena;
struct session;

/*
 * A pre-session token for a form, "issued.nonce.mac" (arena memory), bound
 * to the browser's nonce cookie (its value, or NULL). When that is not a
 * nonce, a new one is drawn into fresh, which the caller sets as
 * CSRF_PRE_COOKIE for CSRF_PRE_LIFETIME seconds; otherwise fresh is "".
 */
const char *csrf_pre_token(struct arena *a, const char *cookie, char fresh[CSRF_NONCE_SIZE]);
/*
 * 1 when the token sent (the form field, else the header; either may be
 * NULL) is session s's: the token alone, or followed by "~" and a page's
 * nonce (http/once.h).
 */
int csrf_check_session(const struct session *s, const char *form, const char *header);
/* 1 when the form field carries a valid pre-session token for the nonce cookie. */
int csrf_check_pre(const char *form, const char *cookie);
/* When that pre-session token was issued (a moment), or -1 if it is missing or invalid. */
int64_t csrf_pre_issued(const char *form, const char *cookie);

#endif
