/*
 * buf.h - a growable byte buffer, after git's strbuf.
 *
 * Invariants: b.buf is never NULL and always NUL-terminated at b.buf[b.len];
 * a buffer initialised with BUF_INIT owns no memory until it grows. The only
 * way to take ownership of the bytes is buf_detach().
 */
#ifndef LEEFBAAR_BUF_H
#define LEEFBAAR_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *buf;
	size_t len;
	size_t alloc;
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0 }

void buf_init(struct buf *b, size_t hint);
/* Frees what the buffer holds and leaves it as BUF_INIT. */
void buf_release(struct buf *b);
/* Returns the bytes (caller frees) and leaves the buffer as BUF_INIT. */
char *buf_detach(struct buf *b, size_t *len);
void buf_grow(struct buf *b, size_t extra);
void buf_reset(struct buf *b);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_addstr(struct buf *b, const char *s);
void buf_addch(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Appends s percent-encoded for a URL query value (RFC 3986 unreserved kept). */
void buf_add_urlencoded(struct buf *b, const char *s);

#endif
