/*
 * backup.c - `leefbaar backup FILE`: a consistent copy of the database
 * through SQLite's online backup, while the server may keep running.
 */
#include "cli/cli.h"
#include "db/db.h"

#include <stdio.h>
#include <string.h>

int cli_backup(const struct cli_opts *o, int argc, char **argv)
{
	struct config cfg;
	int rc = 1;

	if (argc != 1)
		return cli_usage("backup needs exactly one FILE");
	if (cli_setup(&cfg, &o->common, 0) < 0)
		goto out;
	if (db_backup(db_thread(), argv[0]) == 0) {
		printf("backup written to %s\n", argv[0]);
		rc = 0;
	}
out:
	cli_teardown();
	return rc;
}
