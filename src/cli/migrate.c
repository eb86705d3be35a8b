/*
 * migrate.c - `leefbaar migrate`: bring the database schema up to date
 * and stop (serve does the same at start).
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

int cli_migrate(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	int rc = cli_setup(&cfg, &o->common, 1);

	cli_teardown();
	return rc < 0 ? 1 : 0;
}
