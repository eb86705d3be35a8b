/*
 * fts.c - quoting user text for FTS5 (see fts.h).
 */
#include "domain/fts.h"

#include <string.h>

static int term_char(unsigned char c)
{
	/* Bytes of multi-byte UTF-8 count as word characters (é, ü, ...). */
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int fts_query(const char *q, struct buf *out)
{
	size_t len, i = 0;
	int terms = 0;

	buf_reset(out);
	if (!q)
		return 0;
	len = strlen(q);
	if (len > FTS_Q_MAX) {
		len = FTS_Q_MAX;
		while (len && ((unsigned char)q[len] & 0xc0) == 0x80)
			len--;   /* never cut a UTF-8 sequence in two */
	}
	while (i < len && terms < FTS_TERMS_MAX) {
		while (i < len && space((unsigned char)q[i]))
			i++;
		size_t start = i;
		int searchable = 0;
		while (i < len && !space((unsigned char)q[i]))
			searchable |= term_char((unsigned char)q[i++]);
		if (i == start || !searchable)
			continue;
		if (terms)
			buf_addch(out, ' ');
		buf_addch(out, '"');
		for (size_t j = start; j < i; j++) {
			if (q[j] == '"')
				buf_addch(out, '"');
			buf_addch(out, q[j]);
		}
		buf_addstr(out, "\"*");
		terms++;
	}
	return terms;
}
