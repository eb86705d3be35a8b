/*
 * retentie.c - `leefbaar retentie [--dry-run]`: anonymise what is past its
 * retention term, or with --dry-run count it (see cli.h and app/privacy.h).
 */
#include "cli/cli.h"
#include "app/privacy.h"
#include "config.h"
#include "db/db.h"
#include "lib/clock.h"
#include "store/files.h"

#include <stdio.h>

int cli_retentie(const struct cli_opts *o, int argc, char **argv)
{
	struct config cfg;
	struct retention_terms t;
	struct retention_counts c;
	char line[256];
	int rc = 1;

	(void)argc;
	(void)argv;
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	/* The files of anonymised meldingen and referrals leave the disk too. */
	if (files_init(cfg.data_dir) < 0)
		goto out;
	retention_terms_from_config(&cfg, &t);
	enum app_result r = privacy_retention(db_thread(), &t, clock_now(), o->dry_run, &c);
	files_shutdown();
	if (r != APP_OK)
		goto out;
	retention_counts_format(&c, line, sizeof(line));
	printf("retentie%s: %s\n", o->dry_run ? " (proef, niets gewijzigd)" : "", line);
	rc = 0;
out:
	cli_teardown();
	return rc;
}
