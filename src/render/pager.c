/*
 * pager.c - paging a list (see pager.h).
 */
#include "render/pager.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/buf.h"
#include "render/tpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pager_page(struct req *req)
{
	int64_t n;

	/* "pagina" is an FT_PAGE field of the list's route: odd values are page 1 already. */
	return input_value(req, "pagina", &n) && n <= PAGER_MAX_PAGE ? (int)n : 1;
}

int64_t pager_offset(int page, int per_page)
{
	return (int64_t)(page < 1 ? 0 : page - 1) * per_page;
}

void pager_query(struct buf *b, const char *key, const char *value)
{
	if (!value || !*value)
		return;
	buf_addstr(b, key);
	buf_addch(b, '=');
	buf_add_urlencoded(b, value);
	buf_addch(b, '&');
}

static void add_link(struct tpl_dict *d, const char *section, const char *base, int page)
{
	struct tpl_dict *s = tpl_section(d, section);
	tpl_setf(s, "HREF", "%spagina=%d", base, page);
	tpl_set_int(s, "N", page);
}

void pager_render(struct tpl_dict *d, const char *base, int page, int per_page, int64_t total)
{
	struct tpl_dict *p = tpl_include(d, "PAGER", "pager.tpl");
	int64_t pages = total > 0 ? (total + per_page - 1) / per_page : 1;
	int64_t first = pager_offset(page, per_page) + 1;
	int64_t last = first + per_page - 1;

	if (last > total)
		last = total;
	if (total > 0 && first > total) {
		/* An old bookmark past the end: say so, and offer the way back. */
		add_link(tpl_section(p, "BEYOND"), "FIRST_PAGE", base, 1);
	} else if (total > 0) {
		struct tpl_dict *info = tpl_section(p, "INFO");
		tpl_set_int(info, "FROM", first);
		tpl_set_int(info, "TO", last);
		tpl_set_int(info, "TOTAL", total);
	}
	if (pages <= 1 || page > pages)
		return;
	struct tpl_dict *nav = tpl_section(p, "PAGES");
	if (page > 1)
		add_link(nav, "PREV", base, page - 1);
	/*
	 * First, last, and two either side of the current page; gaps between.
	 * Only those are visited: a million meldingen are 20,000 pages, and
	 * walking them all cost more than the list's query.
	 */
	int64_t prev = 0;
	for (int64_t n = 1; n <= pages; n = n == 1 && page - 2 > 2 ? page - 2 : n + 1) {
		if (n > page + 2 && n != pages)
			n = pages;
		if (prev && n > prev + 1)
			tpl_show(tpl_section(nav, "ITEM"), "GAP");
		struct tpl_dict *item = tpl_section(nav, "ITEM");
		add_link(item, n == page ? "CUR" : "LINK", base, (int)n);
		prev = n;
	}
	if (page < pages)
		add_link(nav, "NEXT", base, page + 1);
}
