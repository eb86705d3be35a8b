/*
 * guard.h - strict HTTP in front of the router, and a deadline for request
 * heads.
 *
 * libmicrohttpd 0.9.75 parses the request head itself and is lenient: it
 * takes the first of two Content-Length headers, waits on an unknown
 * Transfer-Encoding, cuts the path at a NUL, joins folded header lines and
 * accepts bare LF and HTTP/1.1 without Host. It lets us see the raw request
 * target (the URI log callback) and the header lines it kept, still in its
 * read buffer, in the first access call: guard_check() refuses what it
 * should have refused, before any routing.
 *
 * MHD's connection_timeout counts idle time only, so a client trickling
 * header bytes holds its slot forever. The guard keeps every connection that
 * is waiting for a request head in a list, oldest first, and shuts the
 * socket down (MHD then closes and frees the connection) when the head is
 * past [server] head_timeout, or, when the connections near
 * max_connections, the oldest first, so a new client always finds a slot.
 * An idle keep-alive connection counts as waiting for its next head.
 */
#ifndef LEEFBAAR_GUARD_H
#define LEEFBAAR_GUARD_H

#include <microhttpd.h>
#include <stddef.h>

struct config;

/* Starts the head reaper for cfg's limits; 0, or -1 (logged). */
int guard_start(const struct config *cfg);
/* Stops the reaper; call after MHD_stop_daemon(). */
void guard_stop(void);

/* For MHD_OPTION_NOTIFY_CONNECTION (cls unused). */
void guard_notify_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
			     enum MHD_ConnectionNotificationCode toe);
/* For MHD_OPTION_URI_LOG_CALLBACK (cls unused): records the raw target; returns NULL. */
void *guard_uri_log(void *cls, const char *uri, struct MHD_Connection *conn);

/* The head of conn's request has arrived: off the reaper's list. */
void guard_head_done(struct MHD_Connection *conn);
/* conn's request is over: it waits for its next head, the clock starts again. */
void guard_head_again(struct MHD_Connection *conn);

/*
 * In the first access call: 0 if the request head is acceptable, else the
 * status to answer (and close with): 400, or 501 for a Transfer-Encoding
 * other than chunked. method and version are the access handler's.
 */
int guard_check(struct MHD_Connection *conn, const char *method, const char *version);

/* ---- pure parts, for the unit tests ---- */

/*
 * 1 if a raw request target (as sent, before decoding) is acceptable: no
 * byte below 0x21 or 0x7f and above, no %00 anywhere, and no other encoded
 * control byte (%01-%1F, %7F) in the path part.
 */
int guard_target_ok(const char *raw);
/* 1 if name is an RFC 9110 token (a header field name). */
int guard_token_ok(const char *name);
/* 1 if a header field value holds no control byte other than HTAB. */
int guard_value_ok(const char *value);
/* 1 if a Content-Length value is 1 to 19 digits. */
int guard_content_length_ok(const char *value);

#endif
