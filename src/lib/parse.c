/*
 * parse.c - numbers and row ids from text (see parse.h).
 */
#include "lib/parse.h"

#include <string.h>

/* Digits only, 1..max_digits of them; the value, or -1. */
static int64_t digits(const char *s, size_t max_digits)
{
	size_t n = strspn(s, "0123456789");
	int64_t v = 0;

	if (n == 0 || n > max_digits || s[n])
		return -1;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

int64_t parse_id(const char *s)
{
	if (!s || *s == '0')
		return 0;
	int64_t v = digits(s, 15);
	return v > 0 ? v : 0;
}

int parse_int64(const char *s, int64_t min, int64_t max, int64_t *out)
{
	int neg;
	int64_t v;

	if (!s)
		return -1;
	neg = *s == '-';
	/* 18 digits always fit in int64_t, so no overflow check is needed. */
	if ((v = digits(s + neg, 18)) < 0)
		return -1;
	v = neg ? -v : v;
	if (v < min || v > max)
		return -1;
	*out = v;
	return 0;
}
