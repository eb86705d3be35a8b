/*
 * cli.c - what the subcommands share: the usage text, configuration and
 * database set-up, reading a password.
 */
#include "cli/cli.h"
#include "auth/secret.h"
#include "db/db.h"
#include "db/migrate.h"
#include "lib/log.h"
#include "store/melding.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

const char cli_usage_text[] =
	"usage: leefbaar <command> [options]\n"
	"  serve   [--config FILE] [--listen ADDR:PORT] [--db PATH]\n"
	"  migrate [--config FILE] [--db PATH]\n"
	"  adduser --email E --name N --role R [--partner ID] [--area CODE]...  (password on stdin)\n"
	"  token   --email E [--scope alles|melden|lezen] [--name N]\n"
	"  seed    --demo | --organisation | --meldingen N [--years Y]\n"
	"  werkdagen add YYYY-MM-DD N | between YYYY-MM-DD YYYY-MM-DD\n"
	"  import  gebieden|adressen FILE\n"
	"  import  leefbaarometer FILE   the Leefbaarometer's scores per wijk and buurt (CSV)\n"
	"  backup  FILE\n"
	"  restore FILE   replace the database with a backup (stop the server first)\n"
	"  dagoverzicht [YYYY-MM-DD]   queue each staff member's daily overview mail (run from cron)\n"
	"  retentie [--dry-run]        anonymise what is past its retention term ([privacy])\n";

int cli_usage(const char *msg)
{
	if (msg)
		fprintf(stderr, "leefbaar: %s\n", msg);
	fputs(cli_usage_text, stderr);
	return 2;
}

static int make_dir(const char *path)
{
	if (mkdir(path, 0750) < 0 && errno != EEXIST) {
		fprintf(stderr, "leefbaar: cannot create directory %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

int cli_setup(struct config *cfg, const struct cli_common *common, int migrate)
{
	char path[600];

	config_defaults(cfg);
	if (config_load(cfg, common->config_path ? common->config_path : "config.ini",
			common->config_path != NULL) < 0)
		return -1;
	if (common->db_path) {
		if (strlen(common->db_path) >= sizeof(cfg->db_path)) {
			fprintf(stderr, "leefbaar: --db: path too long\n");
			return -1;
		}
		snprintf(cfg->db_path, sizeof(cfg->db_path), "%s", common->db_path);
	}
	if (common->listen) {
		if (strlen(common->listen) >= sizeof(cfg->listen)) {
			fprintf(stderr, "leefbaar: --listen: too long\n");
			return -1;
		}
		snprintf(cfg->listen, sizeof(cfg->listen), "%s", common->listen);
	}
	if (!cfg->db_path[0])
		snprintf(cfg->db_path, sizeof(cfg->db_path), "%.490s/leefbaar.db", cfg->data_dir);
	if (config_check(cfg) < 0)
		return -1;
	log_set_level((enum log_level)log_level_parse(cfg->log_level));

	snprintf(path, sizeof(path), "%s/tmp", cfg->data_dir);
	if (make_dir(cfg->data_dir) < 0 || make_dir(path) < 0)
		return -1;
	if (secret_init(cfg->data_dir) < 0)
		return -1;
	db_pool_init(cfg->db_path, cfg->busy_timeout_ms);
	struct db *db = db_thread();
	if (!db)
		return -1;
	if (migrate && migrate_run(db, cfg->migrations_dir) < 0)
		return -1;
	return melding_fts_defer(db) == STORE_OK ? 0 : -1;
}

void cli_teardown(void)
{
	db_pool_close_all();
}

int cli_read_password(char *out, size_t size)
{
	if (isatty(STDIN_FILENO)) {
		struct termios old, quiet;
		char again[512];

		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
		fprintf(stderr, "Wachtwoord: ");
		char *a = fgets(out, (int)size, stdin);
		fprintf(stderr, "\nNog een keer: ");
		char *b = fgets(again, sizeof(again), stdin);
		fprintf(stderr, "\n");
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		if (!a || !b)
			return -1;
		out[strcspn(out, "\r\n")] = '\0';
		again[strcspn(again, "\r\n")] = '\0';
		if (strcmp(out, again)) {
			fprintf(stderr, "leefbaar: the two passwords differ\n");
			return -1;
		}
		return 0;
	}
	if (!fgets(out, (int)size, stdin))
		return -1;
	out[strcspn(out, "\r\n")] = '\0';
	return 0;
}
