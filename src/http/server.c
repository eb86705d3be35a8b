/*
 * server.c - the MHD daemon and the life of one request.
 *
 * A request is answered on the second access call at the earliest, so MHD
 * keeps the connection alive (PLATFORM.md). The one exception is a body
 * whose Content-Length is above its cap: that is refused on the first call
 * with 413, and MHD closes the connection, which is what we want.
 *
 * Two kinds of threads. libmicrohttpd's few ([server] io_threads) read
 * requests and write answers and never wait: once a request's body is in,
 * its connection is suspended and the request goes to the handler threads
 * ([server] threads, lib/jobs.h) in the order it came. The handler thread
 * routes it, renders the answer and resumes the connection; the access
 * call that follows queues the answer. MHD pins a connection to one of its
 * threads, several to a thread, so a handler run there (waiting for its
 * group commit) held up the others: see lib/jobs.h.
 */
#include "http/server.h"
#include "config.h"
#include "http/guard.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "db/db.h"
#include "lib/jobs.h"
#include "lib/log.h"
#include "lib/slots.h"
#include "lib/xalloc.h"
#include "mail/sender.h"
#include "render/tpl.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static _Atomic int inflight;
/* Set at SIGTERM: new requests are turned away while the running ones finish. */
static _Atomic int draining;

static enum http_method parse_method(const char *m)
{
	if (!strcmp(m, "GET"))
		return HTTP_GET;
	if (!strcmp(m, "HEAD"))
		return HTTP_HEAD;
	if (!strcmp(m, "POST"))
		return HTTP_POST;
	return HTTP_OTHER;
}

static void client_ip(struct req *req)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	strcpy(req->ip, "?");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, req->ip, sizeof(req->ip));
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, req->ip, sizeof(req->ip));

	/* Only a configured proxy may tell us who the client is. */
	if (req->cfg->trusted_proxy[0] && !strcmp(req->ip, req->cfg->trusted_proxy)) {
		const char *xff = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, "X-Forwarded-For");
		if (xff) {
			const char *last = strrchr(xff, ',');
			last = last ? last + 1 : xff;
			while (*last == ' ')
				last++;
			if (*last && strlen(last) < sizeof(req->ip))
				snprintf(req->ip, sizeof(req->ip), "%s", last);
		}
	}
}

/* Paths arrive decoded: refuse any ".." segment and control characters. */
static int path_ok(const char *p)
{
	if (p[0] != '/')
		return 0;
	for (const char *s = p; *s; s++) {
		if ((unsigned char)*s < 0x20 || *s == 0x7f || *s == '\\')
			return 0;
		if (s[0] == '/' && s[1] == '.' && s[2] == '.' && (s[3] == '/' || s[3] == '\0'))
			return 0;
	}
	return 1;
}

static enum MHD_Result header_size_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	size_t *total = cls;
	(void)kind;
	*total += strlen(key) + (value ? strlen(value) : 0) + 4;
	return MHD_YES;
}

static struct req *req_new(const struct config *cfg, struct MHD_Connection *conn,
			   const char *url, const char *method)
{
	struct req *req = xcalloc(1, sizeof(*req));

	req->start_us = http_now_us();
	req->conn = conn;
	req->cfg = cfg;
	req->method = arena_strdup(&req->arena, method);
	req->path = arena_strdup(&req->arena, url);
	req->meth = parse_method(method);
	req->fd_out = -1;
	buf_init(&req->out, 0);
	buf_init(&req->body, 0);
	client_ip(req);
	return req;
}

/* Answers an error on the spot (status set), with an Allow header for 405. */
static enum MHD_Result answer_error(struct req *req, int status)
{
	static const struct {
		int status;
		const char *heading, *message;
	} texts[] = {
		{ 400, "Verzoek niet begrepen", "Het verzoek was onvolledig of beschadigd. Probeer het opnieuw." },
		{ 404, "Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina." },
		{ 405, "Niet toegestaan", "Deze pagina kan niet op deze manier worden opgevraagd." },
		{ 413, "Te groot", "Wat u verstuurde is te groot. Verstuur minder of kleinere bestanden." },
		{ 431, "Te groot", "De aanvraag had te veel of te grote kopregels." },
		{ 501, "Niet ondersteund", "Deze manier van versturen wordt niet ondersteund." },
	};
	const char *heading = "Fout", *message = "";

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		if (texts[i].status == status) {
			heading = texts[i].heading;
			message = texts[i].message;
		}
	}
	if (status == 413 && req->body_message)
		message = req->body_message;
	if (status == 405) {
		struct buf allow = BUF_INIT;
		router_allow(req->path, &allow);
		http_add_header(req, MHD_HTTP_HEADER_ALLOW, allow.buf);
		buf_release(&allow);
	}
	req->status = http_error(req, status, heading, message);
	return response_queue(req);
}

/* With a slot taken: runs the request's handler and gives the slot back. */
static void run(struct req *req)
{
	req->status = router_dispatch(req);
	slot_give();
	req->answered = 1;
}

static void dispatch(struct req *req)
{
	slot_take();
	run(req);
}

/* On a handler thread. The request is not ours after the resume: MHD may answer and free it at once. */
static void handle(void *arg)
{
	struct req *req = arg;

	dispatch(req);
	MHD_resume_connection(req->conn);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	const struct config *cfg = cls;
	struct req *req = *con_cls;

	if (!req) {
		req = req_new(cfg, conn, url, method);
		*con_cls = req;
		atomic_fetch_add(&inflight, 1);

		/* Strict HTTP before anything else reads the head; the connection closes after. */
		int bad = guard_check(conn, method, version);
		if (bad) {
			http_add_header(req, MHD_HTTP_HEADER_CONNECTION, "close");
			return answer_error(req, bad);
		}
		if (atomic_load(&draining)) {
			http_add_header(req, MHD_HTTP_HEADER_CONNECTION, "close");
			http_add_header(req, MHD_HTTP_HEADER_RETRY_AFTER, "5");
			req->status = http_error(req, 503, "Even geduld",
						 "Leefbaar start opnieuw op. Probeer het over een paar seconden nog eens.");
			return response_queue(req);
		}

		size_t hdr = 0;
		MHD_get_connection_values(conn, MHD_HEADER_KIND, header_size_iter, &hdr);
		if (hdr > (size_t)cfg->max_header_kb * 1024)
			return answer_error(req, 431);

		if (path_ok(req->path))
			router_match(req);
		else
			req->route_status = 400;
		req->body_cap = (uint64_t)cfg->max_body_kb * 1024;
		if (req->route && (req->route->flags & ROUTE_UPLOADS))
			req->body_cap = ((uint64_t)cfg->upload_total_mb + 1) * 1024 * 1024;

		const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl && strtoull(cl, NULL, 10) > req->body_cap)
			return answer_error(req, 413);
		request_parse_query(req);
		if (req->meth == HTTP_POST || cl)
			request_begin_body(req);
		return MHD_YES;
	}
	if (*upload_data_size) {
		request_feed(req, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (req->answered)   /* back from its handler thread */
		return response_queue(req);

	int err = request_end_body(req);
	if (req->route_status)
		return answer_error(req, req->route_status);
	if (err)
		return answer_error(req, err);
	if (req->route->flags & ROUTE_SECRET)
		req->log_path_redacted = 1;
	/*
	 * A read with a slot free at once is answered here: the hand-off
	 * (suspend, queue, wake a thread, resume) cost more than a list page's
	 * own work. What waits for a slot or a commit goes to a handler
	 * thread, so this thread's other connections do not wait on it (but
	 * for a read's rare write: ROUTE_READS in http/router.h).
	 */
	if ((req->route->flags & ROUTE_READS) && slot_try_take()) {
		run(req);
		return response_queue(req);
	}
	MHD_suspend_connection(conn);
	if (jobs_submit(handle, req) == 0)
		return MHD_YES;
	/* No handler threads (stopping): answer here. */
	MHD_resume_connection(conn);
	dispatch(req);
	return response_queue(req);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	const struct config *cfg = cls;
	struct req *req = *con_cls;
	(void)conn;

	if (!req)
		return;
	if (cfg->access_log) {
		const char *path = req->log_path_redacted && req->route ? req->route->pattern : req->path;
		fprintf(stderr, "%s %s %d %" PRIu64 " %" PRIu64 "us%s\n", req->method, path, req->status,
			req->bytes_out, http_now_us() - req->start_us,
			toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (afgebroken)");
	}
	request_release(req);
	if (req->fd_out >= 0)
		close(req->fd_out);
	if (req->page)
		tpl_dict_free(req->page);
	buf_release(&req->out);
	arena_release(&req->arena);
	free(req);
	*con_cls = NULL;
	atomic_fetch_sub(&inflight, 1);
}

/*
 * MHD's own messages, at most 20 a minute: under attack it writes one per
 * connection. A connection closed while its request was being read (a
 * client gone, or the guard closing a slow head, which it counts itself) is
 * not news and is dropped.
 */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static uint64_t window_end;
	static unsigned shown, dropped;
	char line[512];
	(void)cls;
	vsnprintf(line, sizeof(line), fmt, ap);
	line[strcspn(line, "\n")] = '\0';
	if (strstr(line, "closed by remote side with incomplete request") ||
	    strstr(line, "closed when reading request") || strstr(line, "disconnected when reading request"))
		return;

	pthread_mutex_lock(&lock);
	uint64_t now = http_now_us();
	if (now >= window_end) {
		if (dropped)
			log_warn("http: %u more libmicrohttpd messages left out", dropped);
		window_end = now + 60000000u;
		shown = dropped = 0;
	}
	if (shown < 20) {
		shown++;
		log_warn("http: %s", line);
	} else {
		dropped++;
	}
	pthread_mutex_unlock(&lock);
}

static int parse_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *len)
{
	char host[64];
	const char *colon = strrchr(listen, ':');
	size_t hl = (size_t)(colon - listen);
	int port = atoi(colon + 1);

	memset(ss, 0, sizeof(*ss));
	if (listen[0] == '[' && hl >= 2 && listen[hl - 1] == ']') {
		snprintf(host, sizeof(host), "%.*s", (int)(hl - 2), listen + 1);
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
		a->sin6_family = AF_INET6;
		a->sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host, &a->sin6_addr) != 1)
			return -1;
		*len = sizeof(*a);
		return 0;
	}
	snprintf(host, sizeof(host), "%.*s", (int)hl, listen);
	struct sockaddr_in *a = (struct sockaddr_in *)ss;
	a->sin_family = AF_INET;
	a->sin_port = htons((uint16_t)port);
	if (inet_pton(AF_INET, host, &a->sin_addr) != 1)
		return -1;
	*len = sizeof(*a);
	return 0;
}

/*
 * The daemon's own handler and completion callbacks wrap the caller's, so
 * every user of server_start_daemon() (the bench too) tells the guard when a
 * request head has arrived and when the connection waits for the next one.
 */
static struct {
	MHD_AccessHandlerCallback handler;
	MHD_RequestCompletedCallback completed;
	void *cls;
} inner;

static enum MHD_Result guarded_request(void *cls, struct MHD_Connection *conn, const char *url,
				       const char *method, const char *version,
				       const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	(void)cls;
	if (!*con_cls)
		guard_head_done(conn);
	return inner.handler(inner.cls, conn, url, method, version, upload_data, upload_data_size, con_cls);
}

static void guarded_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			      enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	if (inner.completed)
		inner.completed(inner.cls, conn, con_cls, toe);
	guard_head_again(conn);
}

struct MHD_Daemon *server_start_daemon(const struct config *cfg, MHD_AccessHandlerCallback handler,
					MHD_RequestCompletedCallback completed, void *cls)
{
	struct sockaddr_storage ss;
	socklen_t sslen;

	if (parse_listen(cfg->listen, &ss, &sslen) < 0) {
		log_error("[server] listen: cannot use address %s (expected IPv4:PORT or [IPv6]:PORT)", cfg->listen);
		return NULL;
	}
	if (guard_start(cfg) < 0)
		return NULL;
	/*
	 * threads > workers: a request that waits for its group commit lends
	 * its slot out, and the other requests go on (lib/slots.h).
	 */
	slots_init(cfg->workers < cfg->threads ? cfg->workers : cfg->threads);
	db_set_commit_wait_hooks(slot_pause, slot_resume);
	if (jobs_start(cfg->threads) < 0) {
		log_error("cannot start the request handler threads");
		guard_stop();
		return NULL;
	}
	inner.handler = handler;
	inner.completed = completed;
	inner.cls = cls;
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG,
		0, NULL, NULL, guarded_request, NULL,
		MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->io_threads,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)cfg->max_connections,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)cfg->max_connections_per_ip,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)cfg->connection_memory_kb * 1024,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->connection_timeout,
		MHD_OPTION_NOTIFY_COMPLETED, guarded_completed, NULL,
		MHD_OPTION_NOTIFY_CONNECTION, guard_notify_connection, NULL,
		MHD_OPTION_URI_LOG_CALLBACK, guard_uri_log, NULL,
		MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
		MHD_OPTION_END);
	if (!d) {
		log_error("cannot listen on %s (in use, or not an address of this machine?)", cfg->listen);
		jobs_stop();
		guard_stop();
	}
	return d;
}

void server_stop_daemon(struct MHD_Daemon *d)
{
	/* Every suspended connection is resumed first: MHD may not stop with one (its manual). */
	jobs_stop();
	MHD_stop_daemon(d);
	guard_stop();
}

int server_run(const struct config *cfg)
{
	sigset_t set;
	int sig;

	/* Threads inherit the mask: only sigwait() below sees SIGINT/SIGTERM. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct MHD_Daemon *d = server_start_daemon(cfg, on_request, on_completed, (void *)cfg);
	if (!d)
		return -1;

	printf("Leefbaar draait op http://%s/  (stoppen: Ctrl+C)\n", cfg->listen);
	fflush(stdout);
	/* Mail goes out beside the requests, never in one; without it mail waits in the outbox. */
	mail_sender_start(cfg);

	while (sigwait(&set, &sig) != 0)
		;
	log_info("signal %d: finishing in-flight requests", sig);
	/*
	 * Stop taking requests first: from here every new one is turned away
	 * with 503. Then let what is running finish (idle keep-alives do not
	 * count). Not MHD_quiesce_daemon(): with a thread pool and epoll, 0.9.75
	 * races its own workers removing the listen socket and aborts ("Failed
	 * to remove listen FD from epoll set"), seen in our tests.
	 */
	atomic_store(&draining, 1);
	uint64_t deadline = http_now_us() + (uint64_t)cfg->shutdown_grace * 1000000u;
	/* Aborts a transfer in progress within a second; waits half the grace at most. */
	mail_sender_stop();
	while (atomic_load(&inflight) > 0 && http_now_us() < deadline)
		usleep(10000);
	if (atomic_load(&inflight) > 0)
		log_warn("stopping with %d requests still running", atomic_load(&inflight));
	server_stop_daemon(d);
	return 0;
}
