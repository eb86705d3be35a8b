/*
 * request.h - the body and input side of struct req, used by server.c.
 */
#ifndef LEEFBAAR_REQUEST_H
#define LEEFBAAR_REQUEST_H

#include "http/http.h"

void request_parse_query(struct req *req);
/* Sets up body parsing by Content-Type; 0, or sets req->body_error. */
int request_begin_body(struct req *req);
/* Feeds a piece of body, enforcing req->body_cap. */
void request_feed(struct req *req, const char *data, size_t size);
/* Finishes parsing; returns 0 or the status to answer (400, 413). */
int request_end_body(struct req *req);
/* Frees what the request holds outside its arena; removes untaken uploads. */
void request_release(struct req *req);

#endif
