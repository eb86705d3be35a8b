/*
 * bench_create.c - the ceiling that durable creates are measured against
 * (make bench; scripts/bench_create.sh): one thread taking in meldingen
 * through intake_submit(), the very code POST /api/v1/meldingen runs (same
 * schema, indexes, triggers, FTS, timeline and audit rows), each in its own
 * transaction with its own COMMIT and fsync (synchronous=FULL, WAL), with
 * no HTTP in front. That is what a server without group commit could reach
 * at best.
 *
 *   bench_create --config FILE --db PATH [--seconds S]
 *
 * Prints "ceiling N/s (M meldingen in T s)" and exits 0, or 1 when a
 * melding could not be stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "app/intake.h"
#include "auth/policy.h"
#include "auth/secret.h"
#include "config.h"
#include "db/db.h"
#include "lib/arena.h"
#include "lib/log.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	const char *config = NULL, *path = NULL;
	double seconds = 5;
	struct config cfg;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--config") && i + 1 < argc)
			config = argv[++i];
		else if (!strcmp(argv[i], "--db") && i + 1 < argc)
			path = argv[++i];
		else if (!strcmp(argv[i], "--seconds") && i + 1 < argc)
			seconds = atof(argv[++i]);
		else {
			fprintf(stderr, "usage: bench_create --config FILE --db PATH [--seconds S]\n");
			return 2;
		}
	}
	if (!config || !path || seconds <= 0) {
		fprintf(stderr, "usage: bench_create --config FILE --db PATH [--seconds S]\n");
		return 2;
	}
	config_defaults(&cfg);
	if (sodium_init() < 0 || config_load(&cfg, config, 1) < 0 || secret_init(cfg.data_dir) < 0)
		return 1;
	log_set_level(LOG_WARN);
	/* A connection of its own, outside the server's pool: a plain transaction per melding. */
	struct db *db = db_open(path, 5000);
	if (!db)
		return 1;

	/* The same melding bench_create.sh posts, as the API would read it. */
	const struct actor who = { .role = ROLE_ANONYMOUS, .ip = "127.0.0.1" };
	struct arena a = { 0 };
	long n = 0;
	int rc = 0;
	double start = now_s(), end = start + seconds, t = start;

	while (t < end) {
		struct intake_request ir = {
			.in = {
				.categorie = "geluid",
				.omschrijving = "Harde muziek in de nacht, al weken.",
				.plaats = "Galerij",
				.melder_naam = "Henk Huurder",
				.melder_email = "henk@example.org",
				.anoniem = "false",
			},
			.default_kanaal = KANAAL_API,
		};
		struct intake_result *res = arena_alloc(&a, sizeof(*res));
		if (intake_submit(db, &a, &who, &cfg, &ir, res) != APP_OK) {
			fprintf(stderr, "bench_create: melding %ld was not stored\n", n + 1);
			rc = 1;
			break;
		}
		n++;
		arena_release(&a);
		t = now_s();
	}
	printf("ceiling %.0f/s (%ld meldingen in %.1f s)\n", (double)n / (t - start), n, t - start);
	arena_release(&a);
	db_close(db);
	return rc;
}
