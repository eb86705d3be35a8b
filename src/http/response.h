/*
 * response.h - turning req's output into an MHD response, used by server.c.
 */
#ifndef LEEFBAAR_RESPONSE_H
#define LEEFBAAR_RESPONSE_H

#include "http/http.h"

#include <microhttpd.h>

/* Queues req->status with req->out (or req->fd_out) and every security header. */
enum MHD_Result response_queue(struct req *req);
/* Adds the security headers to any MHD response. */
void response_security_headers(struct MHD_Response *r);

#endif
