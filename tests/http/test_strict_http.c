/*
 * test_strict_http.c - strict HTTP in front of the router (src/http/guard.c),
 * with raw sockets, since curl will not send what these requests hold.
 *
 * libmicrohttpd 0.9.75 on its own takes the first of two Content-Length
 * headers and serves the rest of the body as a second request, waits
 * silently on an unknown Transfer-Encoding, cuts the path at a NUL (so
 * /static/style.css%00.png was the stylesheet), joins folded header lines
 * and accepts bare LF and HTTP/1.1 without Host. Each case here gets our own
 * 400 page (or 501), the connection closes, and nothing else is served.
 * Well-formed requests, browser-like ones included, still work and keep
 * their connection.
 */
#include "harness.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* What every stylesheet of ours holds and no error page does. */
#define CSS_MARK "font-family"

struct exchange {
	struct buf out;
	int closed;
	int responses;	/* status lines in what came back */
};

/* Sends the n bytes of req on a new connection and reads until the server closes it (5 s at most). */
static void exchange(struct server *s, const char *req, size_t n, struct exchange *x)
{
	int fd = raw_connect(s, NULL);

	buf_init(&x->out, 0);
	raw_send(fd, req, n);
	x->closed = raw_read_until_close(s, fd, &x->out, 5000);
	close(fd);
	x->responses = 0;
	for (const char *p = x->out.buf; (p = mem_find(p, x->out.len - (size_t)(p - x->out.buf), "HTTP/1.", 0)); p++)
		x->responses++;
}

#define EXCHANGE(s, lit, x) exchange((s), (lit), sizeof(lit) - 1, (x))

/* One answer with status, our own error page, the connection closed, nothing smuggled through. */
static void assert_refused(struct exchange *x, const char *status_line, const char *heading)
{
	if (strncmp(x->out.buf, status_line, strlen(status_line)) || !x->closed || x->responses != 1)
		fprintf(stderr, "got (closed=%d, %d answers):\n%.600s\n", x->closed, x->responses, x->out.buf);
	assert_true(x->closed);
	assert_int_equal(x->responses, 1);
	assert_int_equal(strncmp(x->out.buf, status_line, strlen(status_line)), 0);
	assert_non_null(strstr(x->out.buf, heading));
	assert_null(strstr(x->out.buf, CSS_MARK));
	assert_non_null(mem_find(x->out.buf, x->out.len, "Connection: close", 1));
	buf_release(&x->out);
}

static void assert_bad_request(struct exchange *x)
{
	assert_refused(x, "HTTP/1.1 400", "Verzoek niet begrepen");
}

static void test_wellformed_requests_still_work(void **state)
{
	struct server *s = *state;
	struct exchange x;

	/* Browser-like: many headers, an empty value, a tab and no space after colons, two requests. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\n"
		 "Host: 127.0.0.1\r\n"
		 "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0\r\n"
		 "Accept: text/css,*/*;q=0.1\r\n"
		 "Accept-Language: nl-NL,nl;q=0.9\r\n"
		 "X-Empty:\r\n"
		 "X-Tab:\tvalue\r\n"
		 "X-Tight:value \r\n"
		 "Cookie: a=1; b=2\r\n"
		 "\r\n"
		 "GET /healthz?x=%0A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", &x);
	assert_true(x.closed);
	assert_int_equal(x.responses, 2);
	assert_int_equal(strncmp(x.out.buf, "HTTP/1.1 200", 12), 0);
	assert_non_null(strstr(x.out.buf, CSS_MARK));
	assert_non_null(strstr(x.out.buf, "\r\n\r\nok"));
	buf_release(&x.out);

	/* A head in pieces, with a 20 KB cookie: MHD's buffer grows, the head still passes. */
	struct buf big = BUF_INIT;
	buf_addstr(&big, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: k=");
	for (int i = 0; i < 20000; i++)
		buf_addch(&big, 'a' + i % 26);
	buf_addstr(&big, "\r\nAccept: */*\r\nConnection: close\r\n\r\n");
	int fd = raw_connect(s, NULL);
	for (size_t off = 0; off < big.len; off += 4096) {
		raw_send(fd, big.buf + off, big.len - off < 4096 ? big.len - off : 4096);
		usleep(20 * 1000);
	}
	buf_init(&x.out, 0);
	assert_true(raw_read_until_close(s, fd, &x.out, 5000));
	close(fd);
	assert_int_equal(strncmp(x.out.buf, "HTTP/1.1 200", 12), 0);
	buf_release(&x.out);
	buf_release(&big);

	/* HTTP/1.0 needs no Host. */
	EXCHANGE(s, "GET /healthz HTTP/1.0\r\n\r\n", &x);
	assert_int_equal(strncmp(x.out.buf, "HTTP/1.1 200", 12), 0);
	buf_release(&x.out);

	/* A chunked body is still read: the route answers, not the guard. */
	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
		 "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
		 "7\r\nemail=x\r\n0\r\n\r\n", &x);
	assert_true(x.closed);
	assert_null(strstr(x.out.buf, "HTTP/1.1 400"));
	assert_null(strstr(x.out.buf, "HTTP/1.1 501"));
	assert_non_null(strstr(x.out.buf, "HTTP/1.1 "));
	buf_release(&x.out);
}

static void test_conflicting_content_length(void **state)
{
	struct server *s = *state;
	struct exchange x;

	/* Without the guard: the first length (0) wins and the "body" is served as a second request. */
	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Content-Length: 0\r\nContent-Length: 50\r\n\r\n"
		 "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);

	EXCHANGE(s, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Content-Length: 50\r\ncontent-length: 0\r\n\r\n"
		 "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);

	/* The same length twice is refused as well: only one may be sent. */
	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Content-Length: 3\r\nContent-Length: 3\r\n\r\na=b", &x);
	assert_bad_request(&x);

	/* Content-Length beside Transfer-Encoding: the classic smuggling pair. */
	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
		 "0\r\n\r\nGET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
}

static void test_unknown_transfer_encoding(void **state)
{
	struct server *s = *state;
	struct exchange x;

	/* Without the guard nothing comes back until connection_timeout (60 s); here within 5 s. */
	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\nabc", &x);
	assert_refused(&x, "HTTP/1.1 501", "Niet ondersteund");

	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", &x);
	assert_refused(&x, "HTTP/1.1 501", "Niet ondersteund");

	EXCHANGE(s, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n", &x);
	assert_bad_request(&x);
}

static void test_control_bytes_in_the_target(void **state)
{
	struct server *s = *state;
	struct exchange x;

	EXCHANGE(s, "GET /static/style.css%00.png HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	/* A raw NUL: MHD's string ends there too. */
	EXCHANGE(s, "GET /static/style.css\0.png HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css%0d%0aX:%20y HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css%7F HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css\t HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
	/* A NUL in the query would cut a value short as well. */
	EXCHANGE(s, "GET /healthz?a=%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
}

static void test_folded_and_bare_lf_headers(void **state)
{
	struct server *s = *state;
	struct exchange x;

	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n b\r\nAccept: */*\r\n\r\n", &x);
	assert_bad_request(&x);
	/* Folded last header, with a tab. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n\tb\r\n\r\n", &x);
	assert_bad_request(&x);
	/* Folded Host, the only header. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n  .example\r\n\r\n", &x);
	assert_bad_request(&x);
	/* Bare LF line ends. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\nHost: 127.0.0.1\nAccept: */*\n\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\nAccept: */*\r\n\r\n", &x);
	assert_bad_request(&x);
	/* A NUL or a bare CR inside a header value. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\0b\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\rb\r\n\r\n", &x);
	assert_bad_request(&x);
	/* Space before the colon: "Host " is no header name. */
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n", &x);
	assert_bad_request(&x);
}

static void test_host_is_required_once(void **state)
{
	struct server *s = *state;
	struct exchange x;

	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nAccept: */*\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\n\r\n", &x);
	assert_bad_request(&x);
	EXCHANGE(s, "GET /static/style.css HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n", &x);
	assert_bad_request(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wellformed_requests_still_work),
		cmocka_unit_test(test_conflicting_content_length),
		cmocka_unit_test(test_unknown_transfer_encoding),
		cmocka_unit_test(test_control_bytes_in_the_target),
		cmocka_unit_test(test_folded_and_bare_lf_headers),
		cmocka_unit_test(test_host_is_required_once),
	};
	return harness_run_suite("strict_http", tests, ARRAY_SIZE(tests), NULL);
}
