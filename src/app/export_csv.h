/*
 * export_csv.h - writing CSV for the corporation's own BI (issue 9,
 * Exports): UTF-8 with a byte-order mark (so Excel reads the accents),
 * cells separated by ';' as Dutch Excel expects, or by ',' on request.
 *
 * Text cells are guarded against formula injection: a cell whose text
 * starts with '=', '+', '-', '@', a tab or a carriage return is written
 * with a leading apostrophe, so Excel and Power BI show it as text and
 * never run it. Cells holding the separator, a quote or a line break are
 * quoted (RFC 4180, quotes doubled). Numbers we computed ourselves go
 * through csv_int / csv_decimal, which write no guard; with ';' the
 * decimal mark is a comma (Dutch Excel), with ',' a point.
 *
 * Rows go to a file descriptor through a 64 KiB buffer, so an export of a
 * year (100,000 rows) never sits in memory: the exports (app/exports.h)
 * write to an unlinked temporary file the web side then hands to the
 * server to send. It lives beside the exports in app/ because they write
 * the rows; it knows nothing of them.
 */
#ifndef LEEFBAAR_EXPORT_CSV_H
#define LEEFBAAR_EXPORT_CSV_H

#include <stddef.h>
#include <stdint.h>

#define CSV_BUF 65536

struct csv {
	int fd;
	char sep;                  /* ';' or ',' */
	int err;                   /* a write failed (errno logged) */
	int col;                   /* cells in the current row */
	uint64_t bytes;            /* written so far, BOM included */
	size_t len;
	char buf[CSV_BUF];
};

/*
 * Starts a file on fd with the BOM. (Not csv_init: that is libcsv's, which
 * the area import links; a second definition here would replace it.)
 */
void csv_start(struct csv *c, int fd, char sep);
/* A text cell (NULL is empty), guarded and quoted as needed. */
void csv_text(struct csv *c, const char *s);
void csv_int(struct csv *c, int64_t v);
/* A number with `decimals` (0..3) decimals; v < 0 with empty_negative writes an empty cell. */
void csv_decimal(struct csv *c, double v, int decimals, int empty_negative);
/* An empty cell. */
void csv_empty(struct csv *c);
/* Ends the row with CRLF (RFC 4180; Excel is happy with it). */
void csv_end_row(struct csv *c);
/* Flushes the buffer; 0, or -1 when any write failed. */
int csv_finish(struct csv *c);

/* 1 when text would be read as a formula (and gets the apostrophe). */
int csv_needs_guard(const char *s);

#endif
