/*
 * parse.h - the one parser for numbers and row ids that arrive as text:
 * paths, forms, query strings, cookies, the command line. Strict: the
 * whole string is the number, with no spaces, no '+', no overflow, so
 * "12abc", " 12" and "" are not numbers. Days and moments have theirs in
 * domain/days.h (days_parse) and domain/amsterdam.h (moment_parse).
 */
#ifndef LEEFBAAR_PARSE_H
#define LEEFBAAR_PARSE_H

#include <stdint.h>

/*
 * A row id: 1 to 15 digits without a leading zero. Returns it, or 0 when s
 * is not one (NULL included); 0 is never a row id, so callers treat it as
 * "no such row".
 */
int64_t parse_id(const char *s);

/*
 * A decimal integer in [min, max]: an optional '-' and 1 to 18 digits.
 * 0 and *out set, or -1 with *out untouched.
 */
int parse_int64(const char *s, int64_t min, int64_t max, int64_t *out);

#endif
