/*
 * cli.h - shared set-up for the subcommands in main.c and cli_*.c.
 */
#ifndef LEEFBAAR_CLI_H
#define LEEFBAAR_CLI_H

#include "config.h"

struct db;

/* Options every subcommand takes. */
struct cli_common {
	const char *config_path;   /* --config; NULL: ./config.ini if present */
	const char *db_path;       /* --db */
	const char *listen;        /* --listen (serve only) */
};

/*
 * Loads the configuration (defaults, ini, flags), sets the log level,
 * creates the data directory and its tmp/, loads the server key and opens
 * the database pool and migrates it when `migrate` is set. Returns 0, or
 * -1 after a message on stderr.
 */
int cli_setup(struct config *cfg, const struct cli_common *common, int migrate);
void cli_teardown(void);

/* Reads a password from the terminal (twice, no echo) or a line from stdin. */
int cli_read_password(char *out, size_t size);

#endif
