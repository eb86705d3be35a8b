/*
 * fuzz_route.c - the router's pattern matcher against arbitrary paths,
 * and the route table as a whole (every path matches at most as routes allow).
 */
#include "http/router.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = malloc(size + 1);
	struct arena a = ARENA_INIT;

	memcpy(path, data, size);
	path[size] = '\0';
	for (size_t i = 0; i < routes_count; i++) {
		const char *params[ROUTE_MAX_PARAMS];
		int n = 0;
		if (router_pattern_match(routes[i].pattern, path, &a, params, &n) == 0) {
			/* A parameter is never empty and never holds a '/'. */
			for (int p = 0; p < n; p++)
				if (!params[p][0] || strchr(params[p], '/'))
					abort();
		}
	}
	arena_release(&a);
	free(path);
	return 0;
}
