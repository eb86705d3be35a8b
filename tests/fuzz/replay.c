/*
 * replay.c - runs a fuzz target over saved inputs, without libFuzzer.
 *
 * Each tests/fuzz/fuzz_X.c defines LLVMFuzzerTestOneInput. `make fuzz`
 * links it with libFuzzer (clang) to search for crashes; `make test` links
 * it with this file (gcc, and ASan/UBSan under SANITIZE=1) and replays the
 * seed inputs and every crash we fixed (tests/fuzz/corpus/X/), so a fixed
 * crash stays fixed. Prints cmocka-style summary lines for the test runner.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Without arguments: tests/fuzz/corpus/NAME for a binary called fuzz_NAME_replay. */
static const char *default_corpus(const char *argv0, char *out, size_t size)
{
	const char *base = strrchr(argv0, '/');
	base = base ? base + 1 : argv0;
	if (strncmp(base, "fuzz_", 5))
		return NULL;
	size_t n = strcspn(base + 5, ".");
	const char *suffix = strstr(base, "_replay");
	if (suffix)
		n = (size_t)(suffix - (base + 5));
	snprintf(out, size, "tests/fuzz/corpus/%.*s", (int)n, base + 5);
	return out;
}

int main(int argc, char **argv)
{
	int n = 0;
	char dflt[512];
	char *only[2] = { argv[0], NULL };

	if (argc < 2) {
		only[1] = (char *)default_corpus(argv[0], dflt, sizeof(dflt));
		if (!only[1]) {
			fprintf(stderr, "usage: %s CORPUS_DIR...\n", argv[0]);
			return 2;
		}
		argv = only;
		argc = 2;
	}
	for (int i = 1; i < argc; i++) {
		DIR *d = opendir(argv[i]);
		struct dirent *e;
		if (!d) {
			fprintf(stderr, "replay: cannot open %s\n", argv[i]);
			printf("[  FAILED  ] 1 test(s)\n");
			return 1;
		}
		while ((e = readdir(d))) {
			char path[4096];
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i], e->d_name);
			FILE *f = fopen(path, "rb");
			if (!f)
				continue;
			fseek(f, 0, SEEK_END);
			long len = ftell(f);
			rewind(f);
			uint8_t *buf = malloc(len > 0 ? (size_t)len : 1);
			size_t got = fread(buf, 1, (size_t)(len > 0 ? len : 0), f);
			fclose(f);
			LLVMFuzzerTestOneInput(buf, got);
			free(buf);
			n++;
		}
		closedir(d);
	}
	printf("[==========] %d input(s) replayed.\n[  PASSED  ] %d test(s).\n", n, n ? 1 : 0);
	return n ? 0 : 1;
}
