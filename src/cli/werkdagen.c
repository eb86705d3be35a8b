/*
 * werkdagen.c - `leefbaar werkdagen add DATE N` and `leefbaar
 * werkdagen between A B`: the working-day calendar on the command line,
 * for operators checking a due date and for scripts.
 *
 * The one exported symbol is cli_werkdagen() (cli.h).
 *
 * The calendar is the national feestdagen plus the closing days of the
 * database, when there is one: the file given with --db, or the configured
 * (or default) database file when it exists. Without one the answer uses
 * the feestdagen only. Unlike the other subcommands this one never creates
 * anything - no data directory, no server key, no database file - because
 * asking a question must not leave a fresh, empty installation behind.
 */
#include "cli/cli.h"
#include "db/db.h"
#include "domain/days.h"
#include "domain/werkdagen.h"
#include "store/calendar.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* About 400 years of werkdagen: any real term fits, and the result stays in 9999. */
#define MAX_N 100000

static int bad_usage(const char *msg)
{
	fprintf(stderr, "leefbaar: werkdagen: %s\n", msg);
	return 2;
}

static int parse_day(const char *s, int32_t *out, const char *what)
{
	if (days_parse(s, out) == 0)
		return 0;
	fprintf(stderr, "leefbaar: werkdagen: %s \"%s\" is not a date YYYY-MM-DD\n", what, s);
	return -1;
}

/* A count: digits only, no sign, no spaces, at most MAX_N. */
static int parse_n(const char *s, int *out)
{
	long v = 0;

	if (!*s)
		return -1;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (*p - '0');
		if (v > MAX_N)
			return -1;
	}
	*out = (int)v;
	return 0;
}

/*
 * Loads the closing days into cal when a database is given or found.
 * Returns 0 (cal filled, or left empty for holidays only) or -1 after a
 * message.
 */
static int load_closing(const struct cli_common *common, struct calendar *cal)
{
	struct config cfg;
	char path[sizeof(cfg.db_path)];
	struct stat st;

	cal->n = 0;
	cal->cal.closing = cal->days;
	cal->cal.n_closing = 0;

	config_defaults(&cfg);
	if (config_load(&cfg, common->config_path ? common->config_path : "config.ini",
			common->config_path != NULL) < 0)
		return -1;
	if (common->db_path) {
		if (strlen(common->db_path) >= sizeof(path)) {
			fprintf(stderr, "leefbaar: --db: path too long\n");
			return -1;
		}
		snprintf(path, sizeof(path), "%s", common->db_path);
	} else if (cfg.db_path[0]) {
		snprintf(path, sizeof(path), "%s", cfg.db_path);
	} else {
		snprintf(path, sizeof(path), "%.490s/leefbaar.db", cfg.data_dir);
	}

	if (stat(path, &st) < 0) {
		/* Asked for by name, a missing database is an error; found by default, it is optional. */
		if (common->db_path || errno != ENOENT) {
			fprintf(stderr, "leefbaar: %s: %s\n", path, strerror(errno));
			return -1;
		}
		return 0;
	}
	if (!S_ISREG(st.st_mode)) {
		fprintf(stderr, "leefbaar: %s: not a database file\n", path);
		return -1;
	}
	struct db *db = db_open(path, cfg.busy_timeout_ms);
	if (!db)
		return -1;
	int rc = calendar_load(db, cal);
	db_close(db);
	if (rc < 0)
		fprintf(stderr, "leefbaar: %s: cannot read the closing days (run leefbaar migrate?)\n", path);
	return rc;
}

int cli_werkdagen(const struct cli_opts *o, int argc, char **argv)
{
	const struct cli_common *common = &o->common;
	static struct calendar cal;   /* 4 KB of days: not on the stack */
	int32_t a, b;
	int n = 0;
	int add;

	if (argc < 1)
		return bad_usage("expected add YYYY-MM-DD N or between YYYY-MM-DD YYYY-MM-DD");
	if (!strcmp(argv[0], "add"))
		add = 1;
	else if (!strcmp(argv[0], "between"))
		add = 0;
	else
		return bad_usage("expected add or between");
	if (argc != 3)
		return bad_usage(add ? "add needs a date and a number: add YYYY-MM-DD N"
				     : "between needs two dates: between YYYY-MM-DD YYYY-MM-DD");

	if (parse_day(argv[1], &a, add ? "the date" : "the first date") < 0)
		return 2;
	if (add) {
		if (parse_n(argv[2], &n) < 0) {
			fprintf(stderr, "leefbaar: werkdagen: N \"%s\" is not a whole number from 0 to %d\n",
				argv[2], MAX_N);
			return 2;
		}
	} else {
		if (parse_day(argv[2], &b, "the second date") < 0)
			return 2;
		if (b < a) {
			fprintf(stderr, "leefbaar: werkdagen: the second date %s lies before the first %s\n",
				argv[2], argv[1]);
			return 2;
		}
	}

	if (load_closing(common, &cal) < 0)
		return 1;

	if (add) {
		char out[DAYS_FORMAT_LEN];
		int32_t t = werkdagen_add(&cal.cal, a, n);
		if (t > days_from_civil(9999, 12, 31)) {
			fprintf(stderr, "leefbaar: werkdagen: the result lies after 9999-12-31\n");
			return 2;
		}
		days_format(t, out);
		printf("%s\n", out);
	} else {
		printf("%d\n", werkdagen_between(&cal.cal, a, b));
	}
	return 0;
}
