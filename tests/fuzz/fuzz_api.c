/*
 * fuzz_api.c - the JSON body of every API call, through the real request
 * path (inproc.h): MHD, the body cap, json_parse_body(), the input stage's
 * JSON members and each handler's own reading (lists, nested objects,
 * numbers), for a record that exists.
 *
 * Input: byte 0 picks the route among the /api/ routes of the table (so a
 * new API call is fuzzed without touching this file); byte 1 who asks
 * (modulo 5: the coordinator's token, the partner's token, nobody, the
 * coordinator's session with its CSRF header, the beheerder's token); the rest is the JSON body, or for a GET
 * the query string. Path parameters name the melding, dossier or referral
 * inproc_init() made.
 */
#include "http/router.h"
#include "inproc.h"
#include "lib/buf.h"

#include <stdint.h>
#include <string.h>

static const struct route *api[64];
static size_t n_api;

/* The route's path with each {name} replaced by a record of its kind. */
static void add_path(struct buf *r, const char *pattern)
{
	for (const char *p = pattern; *p; p++) {
		if (*p != '{') {
			buf_addch(r, *p);
			continue;
		}
		const char *end = strchr(p, '}');
		if (!strncmp(pattern, "/api/v1/meldingen", 17))
			buf_addstr(r, "$M");
		else if (!strncmp(pattern, "/api/v1/dossiers", 16))
			buf_addstr(r, "$D");
		else if (!strncmp(pattern, "/api/v1/doorverwijzingen", 24))
			buf_addstr(r, "$R");
		else
			buf_addstr(r, "1");
		p = end ? end : p + strlen(p) - 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 65536)
		return 0;
	inproc_init();
	if (!n_api)
		for (size_t i = 0; i < routes_count && n_api < sizeof(api) / sizeof(api[0]); i++)
			if (!strncmp(routes[i].pattern, "/api/", 5))
				api[n_api++] = &routes[i];
	const struct route *rt = api[data[0] % n_api];
	int post = rt->method == HTTP_POST, who = data[1] % 5;
	struct buf r = BUF_INIT;

	buf_addstr(&r, post ? "POST " : "GET ");
	add_path(&r, rt->pattern);
	if (!post && size > 2) {
		buf_addch(&r, '?');
		for (size_t i = 2; i < size; i++)
			buf_addch(&r, data[i] == ' ' || data[i] == '\r' || data[i] == '\n' ? '+' : (char)data[i]);
	}
	buf_addstr(&r, " HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n");
	if (who == 0)
		buf_addstr(&r, "Authorization: Bearer $T\r\n");
	else if (who == 1)
		buf_addstr(&r, "Authorization: Bearer $P\r\n");
	else if (who == 3)
		buf_addstr(&r, "Cookie: leefbaar_sessie=$S\r\nX-CSRF-Token: $C\r\n");
	else if (who == 4)
		buf_addstr(&r, "Authorization: Bearer $A\r\n");
	if (post)
		buf_addstr(&r, "Content-Type: application/json\r\nContent-Length: $L\r\n\r\n");
	else
		buf_addstr(&r, "\r\n");
	if (post)
		buf_add(&r, data + 2, size - 2);
	inproc_request((const uint8_t *)r.buf, r.len);
	buf_release(&r);
	return 0;
}
