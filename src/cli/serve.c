/*
 * serve.c - `leefbaar serve`: load the configuration, open the database,
 * migrate it and answer HTTP until SIGTERM or SIGINT.
 */
#include "cli/cli.h"
#include "auth/password.h"
#include "db/db.h"
#include "http/server.h"
#include "lib/log.h"
#include "render/page.h"
#include "store/files.h"

#include <stdio.h>
#include <string.h>

int cli_serve(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	int rc = 1;

	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	if (page_init(&cfg) < 0 || files_init(cfg.data_dir) < 0)
		goto out;
	if (server_run(&cfg) == 0)
		rc = 0;
	struct db_group_stats gc;
	db_group_stats(&gc);
	log_info("group commit: %llu writes in %llu commits", (unsigned long long)gc.writes,
		 (unsigned long long)gc.commits);
	page_shutdown();
	files_shutdown();
out:
	cli_teardown();
	return rc;
}
