/*
 * arena.h - bump allocation for memory that lives as long as one request.
 *
 * Everything allocated from an arena is freed together by arena_release();
 * individual frees do not exist. Allocation aborts on out-of-memory.
 */
#ifndef LEEFBAAR_ARENA_H
#define LEEFBAAR_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

#define ARENA_INIT { NULL }

/* Zeroed, aligned for any type; valid until arena_release(). */
void *arena_alloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* An arena array of *cap elements of size sz, copied into one twice as large; *cap doubles. */
void *arena_grow(struct arena *a, void *old, int *cap, size_t sz);
void arena_release(struct arena *a);

#endif
