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
 */
#ifndef LEEFBAAR_CSRF_H
#define LEEFBAAR_CSRF_H

#include <stdint.h>

#define CSRF_FIELD "csrf_token"
#define CSRF_HEADER "X-CSRF-Token"
#define CSRF_PRE_COOKIE "leefbaar_formulier"
#define CSRF_PRE_LIFETIME (4 * 3600)

struct req;

/* The token a form on this page must carry (valid until the request ends). */
const char *csrf_token(struct req *req);
/* 1 when the request carries the session's token. */
int csrf_check_session(struct req *req);
/* 1 when the request carries a valid pre-session token. */
int csrf_check_pre(struct req *req);
/* Seconds since the pre-session token in the form was issued; -1 if none/invalid. */
int64_t csrf_pre_age(struct req *req);

#endif
