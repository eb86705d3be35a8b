/*
 * dagoverzicht.c - `leefbaar dagoverzicht [YYYY-MM-DD]`: each staff
 * member's short daily mail of what is due today and what is late for
 * them (issue 9, Worklists). See cli.h.
 *
 * Run from cron (say 07:00 on werkdagen); what goes into each mail, and
 * why a second run the same day sends nothing twice, is werk_dagoverzicht
 * (app/werk.h). This file reads the day and says what happened.
 */
#include "cli/cli.h"
#include "app/werk.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/arena.h"
#include "lib/clock.h"

#include <stdio.h>

/* The day asked for on the command line; 0, or 2 (the usage error is printed). */
static int read_day(int argc, char **argv, int *given, int32_t *today)
{
	if (argc > 1) {
		fprintf(stderr, "leefbaar: dagoverzicht takes at most one date (YYYY-MM-DD)\n");
		return 2;
	}
	*given = argc == 1;
	if (*given && days_parse(argv[0], today) < 0) {
		fprintf(stderr, "leefbaar: dagoverzicht: not a date (YYYY-MM-DD): %s\n", argv[0]);
		return 2;
	}
	return 0;
}

int cli_dagoverzicht(const struct cli_opts *o, int argc, char **argv)
{
	struct config cfg;
	struct arena a = ARENA_INIT;
	struct werk_dagoverzicht res;
	int32_t today;
	int given, rc = read_day(argc, argv, &given, &today);

	if (rc)
		return rc;
	rc = 1;
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	if (!given)
		today = amsterdam_day(clock_now());
	if (werk_dagoverzicht(db_thread(), &a, today, cfg.base_url, &res) != APP_OK)
		goto out;
	if (!res.werkdag)
		printf("dagoverzicht: geen werkdag, niets klaargezet\n");
	else
		printf("dagoverzicht: %d %s klaargezet\n", res.queued, res.queued == 1 ? "bericht" : "berichten");
	rc = 0;
out:
	arena_release(&a);
	cli_teardown();
	return rc;
}
