/*
 * smtp.h - one e-mail: composing it (RFC 5322 headers, MIME, RFC 2047
 * encoded words, quoted-printable) and handing it to an SMTP server with
 * libcurl.
 *
 * libcurl sends exactly the bytes it is given (PLATFORM.md): Date,
 * Message-ID, the encoded Subject and the charset are ours to write. It
 * does do the SMTP dot-stuffing of the body itself.
 *
 * The composing functions are pure (no clock, no I/O) and thread-safe.
 * smtp_send() blocks for up to the configured timeout, so it runs on the
 * sender thread (sender.h), never in a request.
 */
#ifndef LEEFBAAR_SMTP_H
#define LEEFBAAR_SMTP_H

#include "lib/buf.h"

#include <stddef.h>
#include <stdint.h>

struct config;

/* "Tue, 03 Mar 2026 10:00:00 +0100" plus the NUL fits. */
#define SMTP_DATE_LEN 40

struct mail {
	const char *from;          /* address, e.g. meldingen@woonstichting.nl */
	const char *from_name;     /* display name, UTF-8; NULL or "" for none */
	const char *to;            /* address */
	const char *subject;       /* UTF-8, one line */
	const char *body;          /* UTF-8 text; lines end in \n (or \r\n) */
	int64_t date;              /* unix seconds */
	const char *message_id;    /* without the angle brackets: "local@domain" */
};

/*
 * Appends text (UTF-8) as RFC 2047 encoded words "=?UTF-8?B?...?=", split
 * between characters, never inside one, and folded with CRLF SP so that no
 * line grows past 76 characters. `used` is how many characters the line
 * already holds ("Subject: " is 9). Empty text appends nothing.
 */
void smtp_encode_words(struct buf *out, const char *text, size_t used);

/*
 * Appends text as quoted-printable (RFC 2045 6.7): CRLF line ends, lines of
 * at most 76 characters (soft breaks "=" CRLF), '=' and every byte outside
 * printable ASCII encoded, and spaces or tabs at a line end encoded.
 */
void smtp_encode_qp(struct buf *out, const char *text);

/* The RFC 5322 date of t in Amsterdam time, e.g. "Fri, 03 Jul 2026 23:30:00 +0200". */
void smtp_format_date(int64_t t, char out[SMTP_DATE_LEN]);

/* 1 if s can stand in a header and an SMTP command as an address: no CR, LF, <, >, space or control bytes. */
int smtp_address_ok(const char *s);

/*
 * Writes the whole message (headers, blank line, quoted-printable body)
 * into out. Returns 0, or -1 when from, to or message_id cannot stand in a
 * header (smtp_address_ok()), or the subject holds a line break.
 */
int smtp_compose(const struct mail *m, struct buf *out);

/* Asked about once a second during a transfer: non-zero aborts it. */
typedef int (*smtp_cancel_fn)(void *ctx);

/*
 * Sends message (as smtp_compose() made it) from `from` to `to` through
 * the server of cfg's [smtp] section, with its TLS mode, login and
 * timeout, and without signals (CURLOPT_NOSIGNAL). Returns 0, or -1 with a
 * one-line reason in err (the SMTP reply code when there was one).
 * curl_global_init() must have been called.
 */
int smtp_send(const struct config *cfg, const char *from, const char *to, const struct buf *message,
	      smtp_cancel_fn cancel, void *cancel_ctx, char *err, size_t errlen);

#endif
