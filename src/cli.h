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

/*
 * cli_werkdagen.c: `werkdagen add YYYY-MM-DD N` prints the date N werkdagen
 * after the day; `werkdagen between A B` prints the werkdagen after A up to
 * and including B. argv[0] is "add" or "between". Uses the closing days of
 * the database given (--db) or found; creates nothing. Returns the exit
 * status: 0, 1 (database unreadable) or 2 (bad usage, one line on stderr).
 */
int cli_werkdagen(const struct cli_common *common, int argc, char **argv);

/*
 * cli_import.c: `import gebieden FILE` and `import adressen FILE` (argv[0]
 * is the kind, argv[1] the file). Checks the whole file, stores it in one
 * transaction and prints "toegevoegd N, bijgewerkt N, ontbreekt N,
 * meldingen geplaatst N"; a bad file stores nothing and prints every bad
 * line on stderr. Returns the exit status: 0, 1 (bad file, database) or 2
 * (bad usage, one line on stderr).
 */
int cli_import(const struct cli_common *common, int argc, char **argv);

/*
 * cli_dagoverzicht.c: `dagoverzicht [YYYY-MM-DD]` queues, for every active
 * staff member with work due that day or late, one short mail in the
 * outbox (soort "dagoverzicht"), which the mail sender delivers when SMTP
 * is configured. Meant for cron on werkdagen (on other days it queues
 * nothing); running it twice the same day queues nothing new. Returns the
 * exit status: 0, 1 (database) or 2 (bad usage).
 */
int cli_dagoverzicht(const struct cli_common *common, int argc, char **argv);

#endif
