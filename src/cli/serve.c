/*
 * serve.c - `leefbaar serve`: load the configuration, open the database,
 * migrate it and answer HTTP until SIGTERM or SIGINT.
 */
#include "cli/cli.h"
#include "app/sweep.h"
#include "app/privacy.h"
#include "auth/password.h"
#include "db/db.h"
#include "http/server.h"
#include "lib/log.h"
#include "render/page.h"
#include "store/files.h"

#include <stdio.h>
#include <string.h>
#include <malloc.h>
#include <sys/stat.h>

/*
 * A database made before the umask of main() (0644) is the owner's alone
 * from now on: SQLite gives a new -wal and -shm the database file's mode,
 * so the umask alone would never reach them.
 */
static void private_database(const char *db_path)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };

	for (size_t i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		char path[600];
		struct stat st;

		snprintf(path, sizeof(path), "%s%s", db_path, suffix[i]);
		if (stat(path, &st) < 0 || !(st.st_mode & 077))
			continue;
		if (chmod(path, st.st_mode & 0700) == 0)
			log_info("%s: mode %04o made %04o (owner only)", path, (unsigned)(st.st_mode & 07777),
				 (unsigned)(st.st_mode & 0700));
		else
			log_warn("%s: mode %04o, and it cannot be made owner-only", path, (unsigned)(st.st_mode & 07777));
	}
}

int cli_serve(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	int rc = 1;

	/*
	 * glibc gives each thread that allocates at once an arena of its own,
	 * up to 8 per core, and keeps what an arena once held. With 32
	 * handler threads taking turns, each kept a year dashboard's worth:
	 * 200 MB resident after make bench. Two arenas serve 8 handlers at
	 * work on 2 cores; before any thread starts.
	 */
	mallopt(M_ARENA_MAX, 2);
	/*
	 * And it gives memory back to the system as soon as 128 KB lie free
	 * at the top of an arena, until a block of 128 KB or more has been
	 * freed: from then on it keeps twice the largest such block
	 * (mallopt(3), M_MMAP_THRESHOLD). Until a big page came, every list
	 * page's buffers went back with brk() and were taken again: a tenth
	 * of its CPU (perf, lists handed to handler threads). One block freed
	 * now starts that rule at 1 MB. Fixing the threshold instead switches
	 * the rule off, and a year's KPI then took fresh pages from the system
	 * on every request: 27 ms became 60.
	 */
	void *volatile prime = malloc(1 << 20);
	free(prime);
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	private_database(cfg.db_path);
	password_init(cfg.pwhash);
	if (page_init(&cfg) < 0 || files_init(cfg.data_dir) < 0)
		goto out;
	privacy_job_start(&cfg);   /* the daily retention (app/privacy.h) */
	sweep_start(&cfg);         /* held uploads, used form tokens, orphaned files (app/sweep.h) */
	if (server_run(&cfg) == 0)
		rc = 0;
	sweep_stop();
	privacy_job_stop();
	struct db_group_stats gc;
	db_group_stats(&gc);
	log_info("group commit: %llu writes in %llu commits; %llu checkpoints, the WAL started again %llu times",
		 (unsigned long long)gc.writes, (unsigned long long)gc.commits,
		 (unsigned long long)gc.checkpoints, (unsigned long long)gc.wal_restarts);
	page_shutdown();
	files_shutdown();
out:
	cli_teardown();
	return rc;
}
