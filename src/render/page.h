/*
 * page.h - pages in the common layout.
 *
 *   struct tpl_dict *d = page_new(req, "Meldingen", "meldingen.tpl");
 *   tpl_set(d, "X", ...);
 *   return page_send(req, 200);
 *
 * page_new() prepares the layout dictionary (title, organisation, the user
 * and the navigation that user may use) and returns the dictionary of the
 * page's own template, borrowed from the layout. page_send() expands it
 * into req->out; a failed expansion becomes a plain 500, never half a page.
 */
#ifndef LEEFBAAR_PAGE_H
#define LEEFBAAR_PAGE_H

#include <stddef.h>
#include <stdint.h>

struct arena;
struct config;
struct req;
struct tpl_dict;

/* Loads templates and computes the asset version; 0/-1. */
int page_init(const struct config *cfg);
void page_shutdown(void);
/* The cache-busting version of static assets (hex). */
const char *page_asset_version(void);

struct tpl_dict *page_new(struct req *req, const char *title, const char *tpl);
int page_send(struct req *req, int status);
/* The error page in the layout; 0/-1. */
int page_error(struct req *req, int status, const char *heading, const char *message);

/* p as base64 (RFC 4648, with padding) in a: the logo inline in a data: URL, which no other request reveals. */
const char *page_base64(struct arena *a, const void *p, size_t n);
/* A file's size in Dutch for people: "33 kB" below a megabyte (at least 1), "2,4 MB" above. In a. */
const char *page_size(struct arena *a, int64_t bytes);

#endif
