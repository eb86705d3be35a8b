/*
 * xalloc.h - allocation that never returns NULL.
 *
 * A failed allocation aborts the process (as git and redis do): durability
 * is SQLite's job, so a dying process loses nothing it confirmed, and the
 * callers stay free of unchecked-malloc noise.
 */
#ifndef LEEFBAAR_XALLOC_H
#define LEEFBAAR_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* Caller frees. */
char *xstrdup(const char *s);
/* Copies at most n bytes and NUL-terminates; caller frees. */
char *xstrndup(const char *s, size_t n);

#endif
