/*
 * main.c - the command line: subcommands and nothing else.
 *
 *   leefbaar serve | migrate | adduser | token | seed | werkdagen | import | backup
 *
 * Options may stand before or after the subcommand (getopt_long permutes).
 * Exit status: 0 success, 1 failure, 2 bad usage (one line on stderr).
 */
#include "app/accounts.h"
#include "auth/password.h"
#include "cli.h"
#include "auth/policy.h"
#include "db/db.h"
#include "http/server.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "render/page.h"
#include "seed.h"
#include "seed_volume.h"
#include "store/audit.h"
#include "store/files.h"
#include "store/user.h"
#include "domain/validate.h"
#include "lib/parse.h"
#include "store/area.h"
#include "lib/arena.h"
#include "domain/fields.h"

#include <getopt.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_AREAS 32

struct opts {
	struct cli_common common;
	const char *email, *name, *role, *partner, *scope;
	const char *areas[MAX_AREAS];
	int n_areas;
	int demo;
	long meldingen, years;
};

static const char usage_text[] =
	"usage: leefbaar <command> [options]\n"
	"  serve   [--config FILE] [--listen ADDR:PORT] [--db PATH]\n"
	"  migrate [--config FILE] [--db PATH]\n"
	"  adduser --email E --name N --role R [--partner ID] [--area CODE]...  (password on stdin)\n"
	"  token   --email E [--scope melden]\n"
	"  seed    --demo | --organisation | --meldingen N [--years Y]\n"
	"  werkdagen add YYYY-MM-DD N | between YYYY-MM-DD YYYY-MM-DD\n"
	"  import  gebieden|adressen FILE\n"
	"  backup  FILE\n"
	"  dagoverzicht [YYYY-MM-DD]   queue each staff member's daily overview mail (run from cron)\n";

static int usage(const char *msg)
{
	if (msg)
		fprintf(stderr, "leefbaar: %s\n", msg);
	fputs(usage_text, stderr);
	return 2;
}

static int cmd_serve(struct opts *o)
{
	struct config cfg;
	int rc = 1;

	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	if (page_init(&cfg) < 0 || files_init(cfg.data_dir) < 0)
		goto out;
	if (server_run(&cfg) == 0)
		rc = 0;
	page_shutdown();
	files_shutdown();
out:
	cli_teardown();
	return rc;
}

static int cmd_migrate(struct opts *o)
{
	struct config cfg;
	int rc = cli_setup(&cfg, &o->common, 1);

	cli_teardown();
	return rc < 0 ? 1 : 0;
}

static int cmd_adduser(struct opts *o)
{
	struct config cfg;
	struct user u;
	struct field_errors errs = { 0 };
	struct arena a = ARENA_INIT;
	int64_t wijken[MAX_AREAS];
	char password[512];
	int rc = 1;

	if (!o->email || !o->name || !o->role)
		return usage("adduser needs --email, --name and --role");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	struct db *db = db_thread();
	for (int i = 0; i < o->n_areas; i++)
		if (!(wijken[i] = area_id_by_code(db, o->areas[i]))) {
			fprintf(stderr, "leefbaar: --area %s: no such area\n", o->areas[i]);
			goto out;
		}
	if (cli_read_password(password, sizeof(password)) < 0) {
		fprintf(stderr, "leefbaar: no password given\n");
		goto out;
	}
	/* The beheerder's rules (app/accounts.c), but the command line may leave a wijk out. */
	struct account_input in = {
		.naam = o->name, .email = o->email, .rol = o->role, .partner = o->partner,
		.wijken = wijken, .n_wijken = o->n_areas, .wachtwoord = password,
	};
	switch (account_create(db, &a, &ACTOR_CLI(0), &in, &errs, &u)) {
	case APP_OK:
		printf("gebruiker %s (%s) aangemaakt, id %lld\n", u.email, role_ids[u.role], (long long)u.id);
		rc = 0;
		break;
	case APP_INVALID:
		for (int i = 0; i < errs.n; i++)
			fprintf(stderr, "leefbaar: %s: %s\n", errs.e[i].field, errs.e[i].message);
		break;
	case APP_UNAVAILABLE:
		fprintf(stderr, "leefbaar: the account could not be stored\n");
		break;
	}
out:
	sodium_memzero(password, sizeof(password));
	arena_release(&a);
	cli_teardown();
	return rc;
}

static int cmd_token(struct opts *o)
{
	struct config cfg;
	struct user u;
	char token[64];
	int rc = 1;

	if (!o->email)
		return usage("token needs --email");
	const char *scope = o->scope ? o->scope : "alles";
	if (strcmp(scope, "alles") && strcmp(scope, "melden"))
		return usage("--scope: alles or melden");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	struct db *db = db_thread();
	enum store_result r = user_by_email(db, o->email, &u);
	if (r != STORE_OK || !u.active) {
		fprintf(stderr, "leefbaar: no active user %s\n", o->email);
		goto out;
	}
	if (db_begin(db) < 0)
		goto out;
	int64_t id;
	if (user_token_create(db, u.id, scope, token, &id) != STORE_OK ||
	    audit_record(db, &ACTOR_CLI(0), "token_aangemaakt", "gebruiker", u.email, scope) < 0) {
		db_rollback(db);
		goto out;
	}
	if (db_commit(db) < 0)
		goto out;
	printf("%s\n", token);
	fprintf(stderr, "token %lld for %s (scope %s); it is shown only this once\n", (long long)id, u.email, scope);
	rc = 0;
out:
	cli_teardown();
	return rc;
}

static int cmd_seed(struct opts *o)
{
	struct config cfg;
	int rc = 1;

	if (!o->demo && !o->meldingen)
		return usage("seed needs --demo, --organisation or --meldingen N");
	if (o->meldingen < 0 || o->years < 0 || o->years > 50 || (o->years && !o->meldingen))
		return usage("seed: --meldingen N (N >= 1) and optionally --years Y (1..50)");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	rc = o->demo && seed_demo_load(db_thread(), (enum seed_demo_kind)o->demo, &cfg) < 0 ? 1 : 0;
	if (!rc && o->meldingen)
		rc = seed_volume(db_thread(), o->meldingen, o->years ? (int)o->years : 1, clock_now()) < 0 ? 1 : 0;
out:
	cli_teardown();
	return rc;
}

static int cmd_backup(struct opts *o, int argc, char **argv)
{
	struct config cfg;
	int rc = 1;

	if (argc != 1)
		return usage("backup needs exactly one FILE");
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
		return usage("LEEFBAAR_NOW: a day YYYY-MM-DD or a moment with offset, e.g. 2027-02-01T08:30:00+01:00");
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
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct opts o = { 0 };
	int c;

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
		case 'M':
		case 'Y': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1)
				return usage(c == 'M' ? "--meldingen: a number of at least 1" : "--years: a number of at least 1");
			*(c == 'M' ? &o.meldingen : &o.years) = v;
			break;
		}
		case 'a':
			if (o.n_areas == MAX_AREAS)
				return usage("too many --area options");
			o.areas[o.n_areas++] = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default: {
			char msg[128];
			snprintf(msg, sizeof(msg), "unknown or incomplete option %s", argv[optind - 1]);
			return usage(msg);
		}
		}
	}
	if (optind >= argc)
		return usage("no command given");
	if (pin_clock() != 0)
		return 2;
	const char *cmd = argv[optind];
	int rest = argc - optind - 1;
	char **args = argv + optind + 1;

	if (!strcmp(cmd, "serve") && !rest)
		return cmd_serve(&o);
	if (!strcmp(cmd, "migrate") && !rest)
		return cmd_migrate(&o);
	if (!strcmp(cmd, "adduser") && !rest)
		return cmd_adduser(&o);
	if (!strcmp(cmd, "token") && !rest)
		return cmd_token(&o);
	if (!strcmp(cmd, "seed") && !rest)
		return cmd_seed(&o);
	if (!strcmp(cmd, "backup"))
		return cmd_backup(&o, rest, args);
	if (!strcmp(cmd, "werkdagen"))
		return cli_werkdagen(&o.common, rest, args);
	if (!strcmp(cmd, "import"))
		return cli_import(&o.common, rest, args);
	if (!strcmp(cmd, "dagoverzicht"))
		return cli_dagoverzicht(&o.common, rest, args);
	return usage("unknown command or unexpected arguments");
}
