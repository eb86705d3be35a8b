/*
 * like.c - search text as a LIKE pattern (see like.h).
 */
#include "store/like.h"

int like_contains(const char *text, char *out, size_t size)
{
	size_t n = 0;

	if (size == 0)
		return -1;
	out[0] = '\0';
	if (!text || !*text)
		return 0;
	/* Worst case: every byte escaped, two '%' and the NUL. */
	if (size < 3)
		return -1;
	out[n++] = '%';
	for (const char *p = text; *p; p++) {
		if (n + 4 > size) {
			out[0] = '\0';
			return -1;
		}
		if (*p == '\\' || *p == '%' || *p == '_')
			out[n++] = '\\';
		out[n++] = *p;
	}
	out[n++] = '%';
	out[n] = '\0';
	return 0;
}
