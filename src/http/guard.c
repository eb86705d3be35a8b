/*
 * guard.c - strict HTTP in front of the router, and the head deadline.
 * See guard.h for why; the layout facts below are libmicrohttpd 0.9.75's
 * (src/microhttpd/connection.c: get_next_header_line, process_header_line,
 * process_broken_line).
 */
#include "http/guard.h"
#include "config.h"
#include "http/http.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

/*
 * guard_check() reads the head where 0.9.75 leaves it in its read buffer.
 * Another version may lay it out differently (1.0 rewrote the header parser,
 * with its own strictness levels): check tests/http/test_strict_http.c
 * against it before allowing it.
 */
#if MHD_VERSION < 0x00097500 || MHD_VERSION >= 0x00097600
#error "src/http/guard.c knows libmicrohttpd 0.9.75's request buffer layout only"
#endif

/* ---- pure checks ---- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int guard_target_ok(const char *raw)
{
	int in_query = 0;

	if (!raw || !*raw)
		return 0;
	for (const unsigned char *s = (const unsigned char *)raw; *s; s++) {
		if (*s <= 0x20 || *s == 0x7f)
			return 0;
		if (*s == '?')
			in_query = 1;
		if (*s != '%')
			continue;
		int hi = hexval((char)s[1]), lo = hi < 0 ? -1 : hexval((char)s[2]);
		if (hi < 0 || lo < 0)
			continue;
		int byte = hi * 16 + lo;
		/* A NUL cuts the decoded string short anywhere; in the path any control byte is refused. */
		if (byte == 0 || (!in_query && (byte < 0x20 || byte == 0x7f)))
			return 0;
	}
	return 1;
}

int guard_token_ok(const char *name)
{
	static const char extra[] = "!#$%&'*+-.^_`|~";

	if (!name || !*name)
		return 0;
	for (const char *s = name; *s; s++) {
		char c = *s;
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      strchr(extra, c)))
			return 0;
	}
	return 1;
}

int guard_value_ok(const char *value)
{
	for (const unsigned char *s = (const unsigned char *)value; *s; s++)
		if ((*s < 0x20 && *s != '\t') || *s == 0x7f)
			return 0;
	return 1;
}

int guard_content_length_ok(const char *value)
{
	size_t n = strspn(value, "0123456789");
	return n > 0 && n <= 19 && value[n] == '\0';
}

/* ---- the connections ---- */

/*
 * One per connection (MHD's socket context). While it waits for a request
 * head it is on the list, oldest head first.
 */
struct guard_conn {
	struct guard_conn *prev, *next;
	int fd;
	int listed;
	int cut;
	uint64_t head_start_us;
	/* The raw request target of the current request, in MHD's read buffer. */
	const char *target;
	size_t target_len;
	int target_bad;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static struct guard_conn *first, *last;
static unsigned total, cut_pending, high_water;
static uint64_t head_timeout_us;
static unsigned long cuts_slow, cuts_full;
static pthread_t reaper;
static int running, stopping;

static void unlist(struct guard_conn *g)
{
	if (!g->listed)
		return;
	if (g->prev)
		g->prev->next = g->next;
	else
		first = g->next;
	if (g->next)
		g->next->prev = g->prev;
	else
		last = g->prev;
	g->prev = g->next = NULL;
	g->listed = 0;
}

static void list_at_end(struct guard_conn *g)
{
	unlist(g);
	g->head_start_us = http_now_us();
	g->prev = last;
	if (last)
		last->next = g;
	else
		first = g;
	last = g;
	g->listed = 1;
}

/* Under lock. MHD sees end of input and frees the connection (CLOSED follows). */
static void cut(struct guard_conn *g)
{
	unlist(g);
	g->cut = 1;
	cut_pending++;
	shutdown(g->fd, SHUT_RDWR);
}

/* Under lock: keeps a few slots free by closing the oldest waiting heads. */
static void relieve(void)
{
	while (first && high_water && total - cut_pending > high_water) {
		cut(first);
		cuts_full++;
	}
}

static struct guard_conn *ctx_of(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

void guard_notify_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
			     enum MHD_ConnectionNotificationCode toe)
{
	(void)cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		struct guard_conn *g = xcalloc(1, sizeof(*g));
		g->fd = ci ? ci->connect_fd : -1;
		*socket_context = g;
		pthread_mutex_lock(&lock);
		total++;
		if (g->fd >= 0)
			list_at_end(g);
		relieve();
		pthread_mutex_unlock(&lock);
		return;
	}
	/* CLOSED comes before MHD closes the socket: under lock, no fd is shut down after reuse. */
	struct guard_conn *g = *socket_context;
	if (!g)
		return;
	pthread_mutex_lock(&lock);
	unlist(g);
	total--;
	if (g->cut)
		cut_pending--;
	pthread_mutex_unlock(&lock);
	free(g);
	*socket_context = NULL;
}

void *guard_uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
	struct guard_conn *g = ctx_of(conn);
	(void)cls;
	if (g) {
		g->target = uri;
		g->target_len = uri ? strlen(uri) : 0;
		g->target_bad = !guard_target_ok(uri);
	}
	return NULL;
}

void guard_head_done(struct MHD_Connection *conn)
{
	struct guard_conn *g = ctx_of(conn);
	if (!g)
		return;
	pthread_mutex_lock(&lock);
	unlist(g);
	pthread_mutex_unlock(&lock);
}

void guard_head_again(struct MHD_Connection *conn)
{
	struct guard_conn *g = ctx_of(conn);
	if (!g)
		return;
	pthread_mutex_lock(&lock);
	g->target = NULL;
	if (!g->cut && g->fd >= 0)
		list_at_end(g);
	pthread_mutex_unlock(&lock);
}

static void *reap(void *arg)
{
	uint64_t next_report = http_now_us() + 60000000u;
	(void)arg;

	pthread_mutex_lock(&lock);
	while (!stopping) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100 * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&wake, &lock, &ts);

		uint64_t now = http_now_us();
		while (first && now - first->head_start_us > head_timeout_us) {
			cut(first);
			cuts_slow++;
		}
		relieve();
		if (now >= next_report) {
			/* One line a minute, not one per socket: an attack must not flood the log. */
			if (cuts_slow || cuts_full)
				log_warn("http: closed %lu connections past head_timeout and %lu waiting heads "
					 "to keep slots free", cuts_slow, cuts_full);
			cuts_slow = cuts_full = 0;
			next_report = now + 60000000u;
		}
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

int guard_start(const struct config *cfg)
{
	unsigned max = (unsigned)cfg->max_connections;
	unsigned reserve = max / 16 + 1;

	pthread_mutex_lock(&lock);
	head_timeout_us = (uint64_t)cfg->head_timeout * 1000000u;
	high_water = max > reserve ? max - reserve : 0;
	stopping = 0;
	pthread_mutex_unlock(&lock);
	if (running)
		return 0;
	if (pthread_create(&reaper, NULL, reap, NULL) != 0) {
		log_error("http: cannot start the request-head reaper");
		return -1;
	}
	running = 1;
	return 0;
}

void guard_stop(void)
{
	if (!running)
		return;
	pthread_mutex_lock(&lock);
	stopping = 1;
	pthread_cond_signal(&wake);
	pthread_mutex_unlock(&lock);
	pthread_join(reaper, NULL);
	running = 0;
}

/* ---- the request head ---- */

struct head_scan {
	const char *prev_end;	/* the NUL after the request line's version or the last value */
	int bad;
	int n_cl, n_te, n_host;
	const char *te;
};

static uintptr_t addr(const char *p)
{
	return (uintptr_t)(const void *)p;
}

/*
 * MHD 0.9.75 turns each CRLF into two NULs and the colon and the spaces of
 * the request line into one, in place: a well-formed head is, in its read
 * buffer, from the method to method + header size,
 *   method \0 target \0 version \0\0 name \0 [SP/HTAB] value \0\0 ... \0\0
 * A folded line is joined into a copy elsewhere in the pool, a bare LF leaves
 * one NUL, and a NUL inside a value leaves bytes before the next name: each
 * breaks the chain, so the chain is checked instead of the bytes MHD hid.
 */
static enum MHD_Result scan_header(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct head_scan *h = cls;
	(void)kind;

	if (!value || !h->prev_end || addr(key) != addr(h->prev_end) + 2 || h->prev_end[0] || h->prev_end[1]) {
		h->bad = 1;
		return MHD_NO;
	}
	const char *colon = key + strlen(key);
	if (addr(value) < addr(colon) + 1 || addr(value) > addr(colon) + 1 + 256) {
		h->bad = 1;
		return MHD_NO;
	}
	for (const char *p = colon + 1; p < value; p++) {
		if (*p != ' ' && *p != '\t') {
			h->bad = 1;
			return MHD_NO;
		}
	}
	if (!guard_token_ok(key) || !guard_value_ok(value)) {
		h->bad = 1;
		return MHD_NO;
	}
	if (!strcasecmp(key, "Content-Length")) {
		h->n_cl++;
		if (!guard_content_length_ok(value))
			h->bad = 1;
	} else if (!strcasecmp(key, "Transfer-Encoding")) {
		h->n_te++;
		h->te = value;
	} else if (!strcasecmp(key, "Host")) {
		h->n_host++;
	}
	h->prev_end = value + strlen(value);
	return MHD_YES;
}

int guard_check(struct MHD_Connection *conn, const char *method, const char *version)
{
	struct guard_conn *g = ctx_of(conn);
	struct head_scan h = { 0 };
	const union MHD_ConnectionInfo *size =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_REQUEST_HEADER_SIZE);

	if (!g || !g->target || g->target_bad || !method || !version || !size)
		return 400;
	/* One space each between method, target and version, each now a NUL. */
	if (addr(g->target) != addr(method) + strlen(method) + 1 ||
	    addr(version) != addr(g->target) + g->target_len + 1)
		return 400;
	if (strcmp(version, "HTTP/1.1") && strcmp(version, "HTTP/1.0"))
		return 400;
	h.prev_end = version + strlen(version);
	MHD_get_connection_values(conn, MHD_HEADER_KIND, scan_header, &h);
	if (h.bad)
		return 400;
	/* The head ends with the last line's CRLF and the empty line's, nothing hidden before. */
	if (addr(h.prev_end) + 4 != addr(method) + size->header_size ||
	    h.prev_end[0] || h.prev_end[1] || h.prev_end[2] || h.prev_end[3])
		return 400;
	if (h.n_host > 1 || (h.n_host == 0 && !strcmp(version, "HTTP/1.1")))
		return 400;
	if (h.n_cl > 1 || (h.n_te && h.n_cl) || h.n_te > 1)
		return 400;
	if (h.n_te && strcasecmp(h.te, "chunked"))
		return 501;
	return 0;
}
