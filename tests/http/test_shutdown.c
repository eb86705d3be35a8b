/*
 * test_shutdown.c - SIGTERM lets a request that is already running finish:
 * the client is halfway through sending a body when the signal arrives,
 * sends the rest, and still gets its whole answer, while a new request gets
 * a 503 with Retry-After; then the server exits 0.
 */
#include "harness.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int connect_to(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };

	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	assert_true(fd >= 0);
	assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	return fd;
}

static void send_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		assert_true(w > 0);
		s += w;
		n -= (size_t)w;
	}
}

static void test_inflight_request_finishes(void **state)
{
	(void)state;
	struct server *s = server_start(NULL);
	assert_non_null(s);

	char body[200];
	memset(body, 'a', sizeof(body));
	memcpy(body, "email=", 6);
	char head[256];
	int hl = snprintf(head, sizeof(head),
			  "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
			  "Content-Type: application/x-www-form-urlencoded\r\n"
			  "Content-Length: %zu\r\nConnection: close\r\n\r\n", sizeof(body));
	int fd = connect_to(s->port);
	send_all(fd, head, (size_t)hl);
	send_all(fd, body, 100);
	usleep(200 * 1000);           /* the request is in flight */

	kill(s->pid, SIGTERM);
	usleep(300 * 1000);           /* the server is shutting down, waiting for us */
	assert_true(server_alive(s));

	/* Meanwhile a newcomer is turned away politely, not cut off. */
	int fd2 = connect_to(s->port);
	const char *get = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
	send_all(fd2, get, strlen(get));
	char other[4096];
	size_t got2 = 0;
	ssize_t r2;
	while (got2 < sizeof(other) - 1 && (r2 = read(fd2, other + got2, sizeof(other) - 1 - got2)) > 0)
		got2 += (size_t)r2;
	other[got2] = '\0';
	close(fd2);
	assert_true(got2 > 12);
	assert_memory_equal(other, "HTTP/1.1 503", 12);
	assert_non_null(strstr(other, "Retry-After"));

	send_all(fd, body + 100, sizeof(body) - 100);

	char reply[8192];
	size_t got = 0;
	ssize_t r;
	while (got < sizeof(reply) - 1 && (r = read(fd, reply + got, sizeof(reply) - 1 - got)) > 0)
		got += (size_t)r;
	reply[got] = '\0';
	close(fd);
	/* A whole HTTP answer came back: the login form refused without CSRF token. */
	assert_true(got > 12);
	assert_memory_equal(reply, "HTTP/1.1 403", 12);
	assert_non_null(strstr(reply, "</html>"));
	assert_int_equal(server_stop(s), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inflight_request_finishes),
	};
	return harness_run_group("shutdown", tests, ARRAY_SIZE(tests), NULL, NULL);
}
