/*
 * server.h - the libmicrohttpd daemon: limits, per-request state, the
 * access log, graceful shutdown.
 */
#ifndef LEEFBAAR_SERVER_H
#define LEEFBAAR_SERVER_H

struct config;

/*
 * Serves until SIGINT or SIGTERM, then stops accepting, lets in-flight
 * requests finish (up to cfg->shutdown_grace seconds) and returns 0; -1 if
 * the daemon could not start.
 */
int server_run(const struct config *cfg);

#endif
