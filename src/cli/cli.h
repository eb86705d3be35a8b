/*
 * cli.h - the subcommands (one file each in src/cli/) and the set-up they
 * share. main.c parses the options into struct cli_opts and picks the
 * command from its table; a command returns the exit status: 0 success,
 * 1 failure, 2 bad usage (one line on stderr, see cli_usage()).
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

#define CLI_MAX_AREAS 32

/* Every option of the command line; a command reads the ones it knows. */
struct cli_opts {
	struct cli_common common;
	const char *email, *name, *role, *partner, *scope;   /* adduser, token */
	const char *areas[CLI_MAX_AREAS];                     /* adduser --area */
	int n_areas;
	int demo;                                             /* seed: enum seed_demo_kind */
	long meldingen, years;                                /* seed --meldingen, --years */
	int dry_run;                                          /* retentie --dry-run */
};

/* A subcommand; argc/argv are the words after its name. */
typedef int (*cli_command_fn)(const struct cli_opts *o, int argc, char **argv);

/* Prints "leefbaar: msg" (when msg) and the usage text on stderr; returns 2. */
int cli_usage(const char *msg);
/* The usage text, for --help on stdout. */
extern const char cli_usage_text[];

int cli_serve(const struct cli_opts *o, int argc, char **argv);
int cli_migrate(const struct cli_opts *o, int argc, char **argv);
int cli_adduser(const struct cli_opts *o, int argc, char **argv);
int cli_token(const struct cli_opts *o, int argc, char **argv);
int cli_seed(const struct cli_opts *o, int argc, char **argv);
int cli_backup(const struct cli_opts *o, int argc, char **argv);
int cli_restore(const struct cli_opts *o, int argc, char **argv);

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
 * werkdagen.c: `werkdagen add YYYY-MM-DD N` prints the date N werkdagen
 * after the day; `werkdagen between A B` prints the werkdagen after A up to
 * and including B. argv[0] is "add" or "between". Uses the closing days of
 * the database given (--db) or found; creates nothing. Returns the exit
 * status: 0, 1 (database unreadable) or 2 (bad usage, one line on stderr).
 */
int cli_werkdagen(const struct cli_opts *o, int argc, char **argv);

/*
 * import.c: `import gebieden FILE` and `import adressen FILE` (argv[0]
 * is the kind, argv[1] the file). Checks the whole file, stores it in one
 * transaction and prints "toegevoegd N, bijgewerkt N, ontbreekt N,
 * meldingen geplaatst N"; a bad file stores nothing and prints every bad
 * line on stderr. Returns the exit status: 0, 1 (bad file, database) or 2
 * (bad usage, one line on stderr).
 */
int cli_import(const struct cli_opts *o, int argc, char **argv);
/* import_lbm.c: `import leefbaarometer FILE`, called by cli_import(); the same exit statuses. */
int cli_import_lbm(const struct cli_opts *o, const char *path);

/*
 * dagoverzicht.c: `dagoverzicht [YYYY-MM-DD]` queues, for every active
 * staff member with work due that day or late, one short mail in the
 * outbox (soort "dagoverzicht"), which the mail sender delivers when SMTP
 * is configured. Meant for cron on werkdagen (on other days it queues
 * nothing); running it twice the same day queues nothing new. Returns the
 * exit status: 0, 1 (database) or 2 (bad usage).
 */
int cli_dagoverzicht(const struct cli_opts *o, int argc, char **argv);

/*
 * retentie.c: `retentie [--dry-run]` anonymises what is past its retention
 * term ([privacy] in config.ini, app/privacy.h) and prints the counts per
 * kind; --dry-run only counts. For cron, or by hand beside the server's own
 * daily run. Returns the exit status: 0 or 1 (database).
 */
int cli_retentie(const struct cli_opts *o, int argc, char **argv);

#endif
