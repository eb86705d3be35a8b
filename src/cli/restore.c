/*
 * restore.c - `leefbaar restore FILE`: the database becomes the backup
 * FILE (made by `leefbaar backup`), checked first, in one transaction,
 * and is then migrated to this version's schema.
 */
#include "cli/cli.h"
#include "db/db.h"
#include "db/migrate.h"

#include <stdio.h>

int cli_restore(const struct cli_opts *o, int argc, char **argv)
{
	struct config cfg;
	int rc = 1;

	if (argc != 1)
		return cli_usage("restore needs exactly one FILE");
	if (cli_setup(&cfg, &o->common, 0) < 0)
		goto out;
	struct db *db = db_thread();
	int64_t before = db_int(db, "SELECT count(*) FROM melding", -1, NULL);
	if (db_restore(db, argv[0]) < 0 || migrate_run(db, cfg.migrations_dir) < 0)
		goto out;
	int64_t after = db_int(db, "SELECT count(*) FROM melding", -1, NULL);
	if (before >= 0)
		printf("restored %s: %lld meldingen (there were %lld)\n", argv[0], (long long)after, (long long)before);
	else
		printf("restored %s: %lld meldingen\n", argv[0], (long long)after);
	rc = 0;
out:
	cli_teardown();
	return rc;
}
