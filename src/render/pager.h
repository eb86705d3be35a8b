/*
 * pager.h - paging a list: which page was asked for (?pagina=), and the
 * links below the list (templates/pager.tpl).
 *
 *   int page = pager_page(req);
 *   ... store_list(..., pager_offset(page, PER_PAGE), PER_PAGE, &total, ...);
 *   struct buf base = BUF_INIT;
 *   buf_addstr(&base, "/beheer/gebruikers?");
 *   pager_query(&base, "q", q);                   (each filter that is set)
 *   pager_render(d, base.buf, page, PER_PAGE, total);
 *
 * The template places the pager with {{>PAGER}}.
 */
#ifndef LEEFBAAR_PAGER_H
#define LEEFBAAR_PAGER_H

#include <stdint.h>

struct buf;
struct req;
struct tpl_dict;

#define PAGER_MAX_PAGE 1000000

/* ?pagina= as 1..PAGER_MAX_PAGE; 1 when absent or not such a number. */
int pager_page(struct req *req);
/* The offset of the first row of page. */
int64_t pager_offset(int page, int per_page);
/* Appends "key=value&" (value percent-encoded) when value is not empty. */
void pager_query(struct buf *b, const char *key, const char *value);
/*
 * Fills the include PAGER of d: "1-50 van 1234" and, when there is more
 * than one page, links base + "pagina=N" to the previous and next page,
 * the first and last, and the pages around the current one.
 */
void pager_render(struct tpl_dict *d, const char *base, int page, int per_page, int64_t total);

#endif
