/*
 * server.h - the libmicrohttpd daemon: limits, per-request state, the
 * access log, graceful shutdown.
 */
#ifndef LEEFBAAR_SERVER_H
#define LEEFBAAR_SERVER_H

#include <microhttpd.h>

struct config;

/*
 * Starts the daemon of [server] in cfg: address, its threads and the request
 * handler threads (lib/jobs.h), connection
 * limits, memory per connection, idle timeout. Used by server_run() and by
 * tests/bench/bench_static.c, so the static ceiling `make bench` compares
 * the list page with runs on exactly the same MHD configuration. handler
 * and completed get cls. Returns NULL (logged) when it cannot listen.
 */
struct MHD_Daemon *server_start_daemon(const struct config *cfg, MHD_AccessHandlerCallback handler,
					MHD_RequestCompletedCallback completed, void *cls);

/* Stops what server_start_daemon() started: the handler threads (finishing what they have), the daemon, the guard. */
void server_stop_daemon(struct MHD_Daemon *d);

/*
 * Serves until SIGINT or SIGTERM, then stops accepting, lets in-flight
 * requests finish (up to cfg->shutdown_grace seconds) and returns 0; -1 if
 * the daemon could not start.
 */
int server_run(const struct config *cfg);

#endif
