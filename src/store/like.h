/*
 * like.h - a user's search text as an SQL LIKE pattern.
 *
 * The text is bound as a value, never spliced into SQL; this only stops
 * '%' and '_' in it from acting as wildcards. Use with ESCAPE '\'.
 */
#ifndef LEEFBAAR_LIKE_H
#define LEEFBAAR_LIKE_H

#include <stddef.h>

/*
 * Writes "%text%" with '\', '%' and '_' escaped by '\' into out. An empty
 * or NULL text gives "" (callers treat that as "no filter"). Returns 0, or
 * -1 when out is too small (out is then "").
 */
int like_contains(const char *text, char *out, size_t size);

#endif
