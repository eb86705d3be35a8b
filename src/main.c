/*
 * main.c - the command line: the subcommand table and nothing else.
 *
 *   leefbaar serve | migrate | adduser | token | seed | werkdagen | import | backup | restore | dagoverzicht | retentie
 *
 * Each command is one file in src/cli/. Options may stand before or after
 * the subcommand (getopt_long permutes). Exit status: 0 success, 1
 * failure, 2 bad usage (one line on stderr).
 */
#include "cli/cli.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "seed/seed.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const struct command {
	const char *name;
	cli_command_fn run;
	int takes_args;   /* 0: words after the name are a usage error */
} commands[] = {
	{ "serve", cli_serve, 0 },
	{ "migrate", cli_migrate, 0 },
	{ "adduser", cli_adduser, 0 },
	{ "token", cli_token, 0 },
	{ "seed", cli_seed, 0 },
	{ "backup", cli_backup, 1 },
	{ "restore", cli_restore, 1 },
	{ "werkdagen", cli_werkdagen, 1 },
	{ "import", cli_import, 1 },
	{ "dagoverzicht", cli_dagoverzicht, 1 },
	{ "retentie", cli_retentie, 0 },
};

/*
 * LEEFBAAR_NOW pins "now" for a test or a demonstration: a moment with its
 * offset (2027-02-01T08:30:00+01:00) or a day (10:00 Amsterdam time that
 * day). Read here, once, before any thread; the clock then runs on from it.
 */
static int pin_clock(void)
{
	const char *v = getenv("LEEFBAAR_NOW");
	int64_t at;
	int32_t day;

	if (!v || !*v)
		return 0;
	if (days_parse(v, &day) == 0)
		at = amsterdam_day_start(day) + 10 * 3600;
	else if (moment_parse(v, &at) < 0)
		return cli_usage("LEEFBAAR_NOW: a day YYYY-MM-DD or a moment with offset, e.g. 2027-02-01T08:30:00+01:00");
	clock_pin(at);
	char when[MOMENT_FORMAT_LEN];
	moment_format_amsterdam(at, when);
	log_warn("clock pinned by LEEFBAAR_NOW: it runs from %s (Amsterdam) instead of today; never in production", when);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "db", required_argument, NULL, 'd' },
		{ "listen", required_argument, NULL, 'l' },
		{ "email", required_argument, NULL, 'e' },
		{ "name", required_argument, NULL, 'n' },
		{ "role", required_argument, NULL, 'r' },
		{ "partner", required_argument, NULL, 'p' },
		{ "area", required_argument, NULL, 'a' },
		{ "scope", required_argument, NULL, 's' },
		{ "demo", no_argument, NULL, 'D' },
		{ "organisation", no_argument, NULL, 'O' },
		{ "meldingen", required_argument, NULL, 'M' },
		{ "years", required_argument, NULL, 'Y' },
		{ "dry-run", no_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli_opts o = { 0 };
	int c;

	/*
	 * Before any file is made: the database, its -wal and -shm, backups,
	 * uploads and temporary files hold people's cases, so they are the
	 * owner's alone (0600, folders 0700), whatever the shell's umask.
	 */
	umask(077);
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': o.common.config_path = optarg; break;
		case 'd': o.common.db_path = optarg; break;
		case 'l': o.common.listen = optarg; break;
		case 'e': o.email = optarg; break;
		case 'n': o.name = optarg; break;
		case 'r': o.role = optarg; break;
		case 'p': o.partner = optarg; break;
		case 's': o.scope = optarg; break;
		case 'D': o.demo = SEED_DEMO_FULL; break;
		case 'O': o.demo = SEED_DEMO_ORGANISATION; break;
		case 'y': o.dry_run = 1; break;
		case 'M':
		case 'Y': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1)
				return cli_usage(c == 'M' ? "--meldingen: a number of at least 1" : "--years: a number of at least 1");
			*(c == 'M' ? &o.meldingen : &o.years) = v;
			break;
		}
		case 'a':
			if (o.n_areas == CLI_MAX_AREAS)
				return cli_usage("too many --area options");
			o.areas[o.n_areas++] = optarg;
			break;
		case 'h':
			fputs(cli_usage_text, stdout);
			return 0;
		default: {
			char msg[128];
			snprintf(msg, sizeof(msg), "unknown or incomplete option %s", argv[optind - 1]);
			return cli_usage(msg);
		}
		}
	}
	if (optind >= argc)
		return cli_usage("no command given");
	if (pin_clock() != 0)
		return 2;
	const char *cmd = argv[optind];
	int rest = argc - optind - 1;

	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(cmd, commands[i].name) && (commands[i].takes_args || !rest))
			return commands[i].run(&o, rest, argv + optind + 1);
	return cli_usage("unknown command or unexpected arguments");
}
