/*
 * fuzz_cookie.c - the Cookie header through the real request path
 * (inproc.h): MHD's cookie parsing, then session_load() with the session
 * cookie and csrf_check_pre() with the form's nonce cookie.
 *
 * Input: byte 0 picks the request (even: GET /account/wachtwoord, a page for the
 * logged-in; odd: POST /melden, the public form, whose token is checked
 * against the nonce cookie); the rest is the Cookie header's value, with
 * "$S", "$B", "$N" for a real session or nonce. A line break ends the
 * header, so it becomes a space.
 */
#include "inproc.h"
#include "lib/buf.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > 16384)
		return 0;
	inproc_init();
	struct buf r = BUF_INIT;
	int melden = data[0] & 1;

	buf_addstr(&r, melden ? "POST /melden" : "GET /account/wachtwoord");
	buf_addstr(&r, " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\nCookie: ");
	for (size_t i = 1; i < size; i++)
		buf_addch(&r, data[i] == '\r' || data[i] == '\n' ? ' ' : (char)data[i]);
	buf_addstr(&r, "\r\n");
	if (melden)
		buf_addstr(&r, "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: $L\r\n\r\n"
			       "categorie=geluid&omschrijving=Lawaai&plaats=Portiek&anoniem=1&csrf_token=$F");
	else
		buf_addstr(&r, "\r\n");
	inproc_request((const uint8_t *)r.buf, r.len);
	buf_release(&r);
	return 0;
}
