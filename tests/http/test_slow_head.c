/*
 * test_slow_head.c - request heads have a deadline, and clients that trickle
 * header bytes cannot take every connection slot (src/http/guard.c).
 *
 * Before: connection_timeout counts idle time only, so a socket sending one
 * header byte now and then was kept forever; 1,100 of them from 19 loopback
 * addresses (each under the per-address limit) filled max_connections and
 * /healthz timed out. Here the same attack is scaled down with a small
 * max_connections: the trickle comes from 127.0.0.2.. (Linux routes all of
 * 127/8 to lo), stays under the per-address limit, and holds more sockets
 * than the server has slots while /healthz and an office of 40 connections
 * behind one address are served. No timing is asserted: only that answers
 * come at all, and that the server closes the slow sockets unanswered.
 */
#include "harness.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define SLOW_HEAD "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Traag: "

/* Sockets that send one more header byte every 100 ms from a thread of their own. */
struct trickle {
	int fds[128];
	int n;
	_Atomic int stop;
	_Atomic int closed;	/* by the server: end of stream or reset */
	_Atomic int answered;	/* the server sent bytes: it must not */
	pthread_t thread;
	int running;
};

/* One for the file: a failed assertion leaves its thread running, and the next start stops it. */
static struct trickle trickle;

static void *trickle_loop(void *arg)
{
	struct trickle *t = arg;

	while (!atomic_load(&t->stop)) {
		for (int i = 0; i < t->n; i++) {
			char c;
			if (t->fds[i] < 0)
				continue;
			ssize_t r = recv(t->fds[i], &c, 1, MSG_DONTWAIT);
			if (r > 0)
				atomic_fetch_add(&t->answered, 1);
			if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK) ||
			    send(t->fds[i], "a", 1, MSG_DONTWAIT | MSG_NOSIGNAL) < 0) {
				close(t->fds[i]);
				t->fds[i] = -1;
				atomic_fetch_add(&t->closed, 1);
			}
		}
		usleep(100 * 1000);
	}
	return NULL;
}

static void trickle_stop(struct trickle *t);

/* per_addr sockets from each of naddr addresses 127.0.0.2.., each with half a head sent. */
static void trickle_start(struct trickle *t, const struct server *s, int naddr, int per_addr)
{
	if (t->running)
		trickle_stop(t);
	memset(t, 0, sizeof(*t));
	assert_true(naddr * per_addr <= (int)ARRAY_SIZE(t->fds));
	for (int a = 0; a < naddr; a++) {
		char from[16];
		snprintf(from, sizeof(from), "127.0.0.%d", a + 2);
		for (int i = 0; i < per_addr; i++) {
			int fd = raw_connect(s, from);
			/* The server may already have closed it to keep slots free. */
			send(fd, SLOW_HEAD, sizeof(SLOW_HEAD) - 1, MSG_NOSIGNAL);
			t->fds[t->n++] = fd;
		}
	}
	assert_int_equal(pthread_create(&t->thread, NULL, trickle_loop, t), 0);
	t->running = 1;
}

static void trickle_stop(struct trickle *t)
{
	atomic_store(&t->stop, 1);
	pthread_join(t->thread, NULL);
	t->running = 0;
	for (int i = 0; i < t->n; i++)
		if (t->fds[i] >= 0)
			close(t->fds[i]);
}

/* Reads one answer to GET /healthz on fd: 1 if it is "200" with body "ok". */
static int read_healthz(const struct server *s, int fd)
{
	struct buf in = BUF_INIT;
	long long deadline = now_ms() + (s->valgrind ? 120000 : 20000);
	int ok = 0;

	while (now_ms() < deadline) {
		char chunk[1024];
		struct pollfd p = { .fd = fd, .events = POLLIN };
		if (poll(&p, 1, 100) <= 0)
			continue;
		ssize_t r = recv(fd, chunk, sizeof(chunk), 0);
		if (r <= 0)
			break;
		buf_add(&in, chunk, (size_t)r);
		const char *end = strstr(in.buf, "\r\n\r\n");
		if (end && in.len >= (size_t)(end + 4 - in.buf) + 2) {
			ok = !strncmp(in.buf, "HTTP/1.1 200", 12) && !strncmp(end + 4, "ok", 2);
			break;
		}
	}
	if (!ok)
		fprintf(stderr, "healthz answer: %.300s\n", in.buf);
	buf_release(&in);
	return ok;
}

static void test_slow_head_is_closed_at_its_deadline(void **state)
{
	(void)state;
	struct server *s = server_start("[server]\nhead_timeout = 1\n");
	assert_non_null(s);

	int fd = raw_connect(s, "127.0.0.2");
	raw_send(fd, SLOW_HEAD, sizeof(SLOW_HEAD) - 1);
	/* One byte every 200 ms: never idle, so connection_timeout (60 s) never fires. */
	long long deadline = now_ms() + (s->valgrind ? 60000 : 15000);
	int closed = 0, answered = 0;
	while (!closed && now_ms() < deadline) {
		char c;
		ssize_t r = recv(fd, &c, 1, MSG_DONTWAIT);
		if (r > 0)
			answered = 1;
		if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK) ||
		    send(fd, "a", 1, MSG_NOSIGNAL) < 0)
			closed = 1;
		usleep(200 * 1000);
	}
	close(fd);
	assert_true(closed);
	assert_false(answered);

	/* The server still answers, and a finished request is not cut short. */
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/healthz");
	assert_status(r, 200);
	assert_body_contains(r, "ok");
	response_free(r);
	client_free(c);
	assert_int_equal(server_stop(s), 0);
}

static void test_trickle_cannot_take_every_slot(void **state)
{
	(void)state;
	/* A deadline far away: only keeping slots free can save /healthz here. */
	struct server *s = server_start("[server]\nmax_connections = 32\nthreads = 4\nhead_timeout = 600\n");
	assert_non_null(s);
	struct trickle *t = &trickle;

	trickle_start(t, s, 3, 16);	/* 48 sockets for 32 slots, 16 per address */
	struct client *c = client_new(s);
	struct response *r = client_get(c, "/healthz");
	assert_status(r, 200);
	assert_body_contains(r, "ok");
	response_free(r);
	client_free(c);
	/* The server made room by closing slow heads (the thread notices within its next rounds). */
	long long deadline = now_ms() + (s->valgrind ? 60000 : 10000);
	while (atomic_load(&t->closed) < 48 - 32 && now_ms() < deadline)
		usleep(100 * 1000);
	trickle_stop(t);
	if (atomic_load(&t->closed) < 48 - 32)
		fprintf(stderr, "closed by the server: %d of 48\n", atomic_load(&t->closed));
	assert_true(atomic_load(&t->closed) >= 48 - 32);
	/* ... and answered none of them. */
	assert_int_equal(atomic_load(&t->answered), 0);
	assert_int_equal(server_stop(s), 0);
}

static void test_office_behind_one_address_keeps_working(void **state)
{
	(void)state;
	struct server *s = server_start("[server]\nmax_connections = 64\nthreads = 4\nhead_timeout = 600\n");
	assert_non_null(s);
	struct trickle *t = &trickle;
	int office[40];
	static const char get[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n";

	trickle_start(t, s, 2, 30);	/* 60 of the 64 slots */
	/* 40 browser connections from one NAT address, each asks twice on its keep-alive connection. */
	for (size_t i = 0; i < ARRAY_SIZE(office); i++) {
		office[i] = raw_connect(s, "127.0.0.9");
		raw_send(office[i], get, sizeof(get) - 1);
	}
	for (size_t i = 0; i < ARRAY_SIZE(office); i++)
		assert_true(read_healthz(s, office[i]));
	for (size_t i = 0; i < ARRAY_SIZE(office); i++)
		raw_send(office[i], get, sizeof(get) - 1);
	for (size_t i = 0; i < ARRAY_SIZE(office); i++) {
		assert_true(read_healthz(s, office[i]));
		close(office[i]);
	}
	trickle_stop(t);
	assert_int_equal(atomic_load(&t->answered), 0);
	assert_int_equal(server_stop(s), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slow_head_is_closed_at_its_deadline),
		cmocka_unit_test(test_trickle_cannot_take_every_slot),
		cmocka_unit_test(test_office_behind_one_address_keeps_working),
	};
	return harness_run_group("slow_head", tests, ARRAY_SIZE(tests), NULL, NULL);
}
