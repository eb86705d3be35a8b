/*
 * fuzz_form.c - query strings, url-encoded and multipart bodies through the
 * real request path (inproc.h), with a valid session or form token so they
 * reach the input stage and the handlers, not only the CSRF check.
 *
 * Input: byte 0 picks the method (even GET, odd POST); byte 1 the body
 * kind (bits 0-1: url-encoded, multipart with boundary "XyZ", none) and who
 * asks (bits 2-3: nobody with a form token, the coordinator, the
 * beheerder); then the request target (path and query string) up to the
 * first NUL, then the body. A url-encoded body gets "&csrf_token=..."
 * appended and a multipart body a first csrf_token part, as a browser's
 * form carries them. Placeholders ("$M", "$D", ...) work as in inproc.h.
 */
#include "inproc.h"
#include "lib/buf.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 65536)
		return 0;
	inproc_init();
	int post = data[0] & 1, kind = data[1] & 3, who = (data[1] >> 2) & 3;
	const uint8_t *rest = data + 2;
	size_t n = size - 2;
	const uint8_t *nul = memchr(rest, '\0', n);
	size_t tlen = nul ? (size_t)(nul - rest) : n;
	const uint8_t *body = nul ? nul + 1 : rest + n;
	size_t blen = nul ? n - tlen - 1 : 0;
	struct buf r = BUF_INIT;

	buf_addstr(&r, post ? "POST " : "GET ");
	if (!tlen || rest[0] != '/')
		buf_addch(&r, '/');
	for (size_t i = 0; i < tlen; i++) {
		/* The target is one token of the request line. */
		if (rest[i] == ' ' || rest[i] == '\r' || rest[i] == '\n')
			buf_addstr(&r, "%20");
		else
			buf_addch(&r, (char)rest[i]);
	}
	buf_addstr(&r, " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n");
	const char *csrf = who == 1 ? "$C" : who == 2 ? "$b" : "$F";
	if (who == 1)
		buf_addstr(&r, "Cookie: leefbaar_sessie=$S\r\n");
	else if (who == 2)
		buf_addstr(&r, "Cookie: leefbaar_sessie=$B\r\n");
	else
		buf_addstr(&r, "Cookie: leefbaar_formulier=$N\r\n");
	/* From changing addresses (the client is a trusted proxy): a long run stays under melden_per_ip_hour. */
	static unsigned calls;
	buf_addf(&r, "X-Forwarded-For: 192.0.2.%u\r\n", calls++ % 250 + 1);
	if (kind == 0)
		buf_addstr(&r, "Content-Type: application/x-www-form-urlencoded\r\n");
	else if (kind == 1)
		buf_addstr(&r, "Content-Type: multipart/form-data; boundary=XyZ\r\n");
	if (kind < 2 || blen)
		buf_addstr(&r, "Content-Length: $L\r\n");
	buf_addstr(&r, "\r\n");
	if (kind == 1)
		buf_addf(&r, "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n%s\r\n", csrf);
	buf_add(&r, body, blen);
	if (kind == 0)
		buf_addf(&r, "%scsrf_token=%s", blen ? "&" : "", csrf);
	inproc_request((const uint8_t *)r.buf, r.len);
	buf_release(&r);
	return 0;
}
