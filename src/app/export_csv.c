/*
 * export_csv.c - the CSV writer of the exports (see export_csv.h).
 */
#include "app/export_csv.h"
#include "lib/log.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void flush(struct csv *c)
{
	size_t off = 0;

	while (off < c->len && !c->err) {
		ssize_t w = write(c->fd, c->buf + off, c->len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			log_error("csv export: write: %s", strerror(errno));
			c->err = 1;
			break;
		}
		off += (size_t)w;
	}
	c->len = 0;
}

static void put(struct csv *c, const char *s, size_t n)
{
	c->bytes += n;
	while (n) {
		if (c->len == CSV_BUF)
			flush(c);
		size_t k = CSV_BUF - c->len < n ? CSV_BUF - c->len : n;
		memcpy(c->buf + c->len, s, k);
		c->len += k;
		s += k;
		n -= k;
	}
}

static void putc_(struct csv *c, char ch)
{
	put(c, &ch, 1);
}

void csv_start(struct csv *c, int fd, char sep)
{
	c->fd = fd;
	c->sep = sep;
	c->err = 0;
	c->col = 0;
	c->bytes = 0;
	c->len = 0;
	put(c, "\xEF\xBB\xBF", 3);
}

static void next_cell(struct csv *c)
{
	if (c->col++)
		putc_(c, c->sep);
}

int csv_needs_guard(const char *s)
{
	return s && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

void csv_text(struct csv *c, const char *s)
{
	next_cell(c);
	if (!s || !s[0])
		return;
	int guard = csv_needs_guard(s);
	int quote = strchr(s, c->sep) || strchr(s, '"') || strchr(s, '\n') || strchr(s, '\r');
	if (quote)
		putc_(c, '"');
	if (guard)
		putc_(c, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			putc_(c, '"');
		putc_(c, *p);
	}
	if (quote)
		putc_(c, '"');
}

void csv_int(struct csv *c, int64_t v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof(tmp), "%" PRId64, v);
	next_cell(c);
	put(c, tmp, (size_t)n);
}

void csv_decimal(struct csv *c, double v, int decimals, int empty_negative)
{
	char tmp[64];

	if (v < 0 && empty_negative) {
		csv_empty(c);
		return;
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > 3)
		decimals = 3;
	int n = snprintf(tmp, sizeof(tmp), "%.*f", decimals, v);
	/* Dutch Excel reads "12,5" as a number in a ';' file, and "12.5" as text. */
	if (c->sep == ';')
		for (char *p = tmp; *p; p++)
			if (*p == '.')
				*p = ',';
	next_cell(c);
	put(c, tmp, (size_t)n);
}

void csv_empty(struct csv *c)
{
	next_cell(c);
}

void csv_end_row(struct csv *c)
{
	put(c, "\r\n", 2);
	c->col = 0;
}

int csv_finish(struct csv *c)
{
	flush(c);
	return c->err ? -1 : 0;
}
