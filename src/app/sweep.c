/*
 * sweep.c - the housekeeping thread (see sweep.h): a worker (lib/worker.h)
 * with its own database connection (db_thread()).
 */
#include "app/sweep.h"
#include "app/meldingen.h"
#include "app/notify.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "lib/worker.h"
#include "store/files.h"
#include "store/formuse.h"
#include "store/submission.h"

#include <string.h>

#define DAY (24 * 3600)

static const struct config *S_cfg;
static struct worker W = WORKER_INIT;

int sweep_once(struct db *db, const struct config *cfg, int64_t now, int orphans, int at_start)
{
	int rc = 0;
	int pending = pending_sweep(db, now);
	/* A token is refused after its lifetime anyway; a minute more for a clock that steps. */
	int tokens = form_use_sweep(db, now - CSRF_PRE_LIFETIME - 60);
	/* A copy of a request comes within seconds; a day covers a retrying integration's night. */
	int claims = submission_sweep(db, now - DAY);

	/* Notification mail, bundled: due once the oldest unmailed one waited [notify] bundle_minutes. */
	int mails = notify_mail_due(db, cfg, now);
	/* The melder's one polite notice once the answer day passed without an answer (issue 17). */
	int late = melding_late_notices(db, cfg, now);

	if (pending < 0 || tokens < 0 || claims < 0 || mails < 0 || late < 0)
		rc = -1;
	if (late > 0)
		log_info("sweep: %d late notices to melders", late);
	if (pending > 0 || at_start)
		log_info("sweep: %d held uploads older than an hour removed", pending > 0 ? pending : 0);
	if (orphans) {
		int n_tmp = 0, n_bijlagen = 0;
		if (files_sweep_orphans(db, cfg->data_dir, at_start, now, &n_tmp, &n_bijlagen) < 0)
			rc = -1;
		if (n_tmp || n_bijlagen || at_start)
			log_info("sweep: orphans: %d removed from tmp/, %d set aside in bijlagen/" FILES_ASIDE_DIR "/%s",
				 n_tmp, n_bijlagen, at_start ? " (at start)" : "");
	}
	return rc;
}

static void *run(void *arg)
{
	struct db *db = db_thread();
	int64_t last_orphans = clock_now();

	(void)arg;
	while (!worker_sleep(&W, S_cfg->sweep_seconds)) {
		int64_t now = clock_now();
		int orphans = now - last_orphans >= DAY;
		if (!db && !(db = db_thread()))
			continue;
		sweep_once(db, S_cfg, now, orphans, 0);
		if (orphans)
			last_orphans = now;
	}
	return NULL;
}

int sweep_start(const struct config *cfg)
{
	struct db *db = db_thread();

	S_cfg = cfg;
	if (db)
		sweep_once(db, cfg, clock_now(), 1, 1);
	int rc = worker_start(&W, run, NULL);
	return rc ? log_error("sweep: cannot start its thread: %s", strerror(rc)) : 0;
}

void sweep_stop(void)
{
	worker_stop(&W, -1);
}
