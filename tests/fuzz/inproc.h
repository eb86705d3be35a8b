/*
 * inproc.h - the whole server in the fuzzing process, for the targets that
 * drive the real request path (fuzz_http, fuzz_form, fuzz_api,
 * fuzz_cookie, fuzz_geojson).
 *
 * inproc_init() does once what `leefbaar serve` does - configuration,
 * database in a fresh temporary directory, migrations, templates, files -
 * loads the demo organisation (areas, address register, partners, a user
 * for every role), logs two of them in, makes API tokens and creates one
 * melding, dossier and referral to act on. The daemon is the server's own
 * (http/server.c: server_start_daemon() with its access handler), on a
 * free loopback port with one thread: each request is sent on a connection
 * of its own, so MHD's HTTP parser, query and cookie parsing and post
 * processor, the guard, request.c, the router, the input stage and the
 * handlers all see the bytes as a client sent them.
 */
#ifndef LEEFBAAR_FUZZ_INPROC_H
#define LEEFBAAR_FUZZ_INPROC_H

#include <stddef.h>
#include <stdint.h>

struct buf;

/* Sets everything up on the first call; exits when it cannot. */
void inproc_init(void);

/*
 * The value of a placeholder, or NULL: in a request, "$X" is replaced by
 *   $S / $C  the coordinator's session cookie / its CSRF token
 *   $B / $b  the beheerder's session cookie / its CSRF token
 *   $T / $P / $A  the coordinator's / the partner's / the beheerder's API token
 *   $F / $N  a pre-session form token / its nonce cookie (the public form)
 *   $M / $D / $R  a melding reference, a dossier reference, a referral id
 *   $I       the partner organisation's id
 *   $L       the number of bytes after the first empty line (Content-Length)
 */
const char *inproc_value(char key);

/*
 * Sends raw (placeholders replaced) as one client connection and reads what
 * the server answers until it stops. Returns the status of the first
 * response, or 0 when there was none. A 500 aborts: a handler that fails
 * on input is a bug, whatever the input.
 */
int inproc_request(const uint8_t *raw, size_t len);

#endif
