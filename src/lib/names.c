/*
 * names.c - index of a name in a closed set's table (see names.h).
 */
#include "lib/names.h"

#include <string.h>

int names_find(const char *const *names, int n, const char *id)
{
	if (!id)
		return -1;
	for (int i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], id))
			return i;
	return -1;
}
