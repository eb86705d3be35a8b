/*
 * bench_static.c - the ceiling for the list page's throughput (make bench,
 * scripts/bench_throughput.sh): libmicrohttpd in exactly the configuration
 * `leefbaar serve` runs, answering every request with the same fixed body.
 *
 *   bench_static --listen 127.0.0.1:PORT --bytes N [--config FILE]
 *
 * The daemon comes from server_start_daemon() (http/server.c), the very
 * call the server makes, with the [server] settings of FILE over the
 * defaults: same thread pool, connection limits, memory per connection and
 * idle timeout. Like the server it answers on the second access call, so
 * keep-alive holds (PLATFORM.md), and it sends the same security headers,
 * Content-Type and Cache-Control. The N bytes of body are built once and
 * queued from one persistent response: what is left is MHD and the
 * socket, nothing of ours. Serves until SIGINT or SIGTERM.
 */
#include "config.h"
#include "http/response.h"
#include "http/server.h"

#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct MHD_Response *response;
/* Any non-NULL pointer: marks a connection's request as seen once. */
static char seen;

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	(void)cls;
	(void)url;
	(void)method;
	(void)version;
	(void)upload_data;
	if (!*con_cls) {
		*con_cls = &seen;
		return MHD_YES;
	}
	*upload_data_size = 0;
	return MHD_queue_response(conn, MHD_HTTP_OK, response);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)conn;
	(void)toe;
	*con_cls = NULL;
}

int main(int argc, char **argv)
{
	struct config cfg;
	const char *listen = NULL, *config = NULL;
	long bytes = -1;
	sigset_t set;
	int sig;

	config_defaults(&cfg);
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--listen"))
			listen = argv[i + 1];
		else if (!strcmp(argv[i], "--bytes"))
			bytes = strtol(argv[i + 1], NULL, 10);
		else if (!strcmp(argv[i], "--config"))
			config = argv[i + 1];
	}
	if (!listen || bytes < 0 || (argc - 1) % 2) {
		fprintf(stderr, "usage: bench_static --listen ADDR:PORT --bytes N [--config FILE]\n");
		return 2;
	}
	if (config && config_load(&cfg, config, 1) < 0)
		return 2;
	snprintf(cfg.listen, sizeof(cfg.listen), "%s", listen);

	/* Bytes a page could hold, so nothing compresses or special-cases them. */
	char *body = malloc((size_t)bytes + 1);
	if (!body)
		return 1;
	for (long i = 0; i < bytes; i++)
		body[i] = "<p>abcdefghijklmnopqrstuvwxyz</p>\n"[i % 35];
	response = MHD_create_response_from_buffer((size_t)bytes, body, MHD_RESPMEM_PERSISTENT);
	response_security_headers(response);
	MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "text/html; charset=utf-8");
	MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct MHD_Daemon *d = server_start_daemon(&cfg, on_request, on_completed, NULL);
	if (!d)
		return 1;
	printf("bench_static: %ld bytes on http://%s/ (%d threads)\n", bytes, cfg.listen, cfg.threads);
	fflush(stdout);
	while (sigwait(&set, &sig) != 0)
		;
	server_stop_daemon(d);
	MHD_destroy_response(response);
	free(body);
	return 0;
}
