/*
 * sweep.c - the housekeeping thread (see sweep.h), shaped like the outbox
 * sender (mail/sender.c): one thread, a condition variable on the
 * monotonic clock to sleep on and to be woken from at shutdown, and its
 * own database connection (db_thread()).
 */
#include "app/sweep.h"
#include "auth/csrf.h"
#include "config.h"
#include "db/db.h"
#include "lib/clock.h"
#include "lib/log.h"
#include "store/files.h"
#include "store/formuse.h"
#include "store/submission.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>

#define DAY (24 * 3600)

static struct {
	const struct config *cfg;
	pthread_t thread;
	int started;
	atomic_int stop;
	pthread_mutex_t lock;
	pthread_cond_t wake;
} S = { .lock = PTHREAD_MUTEX_INITIALIZER };

int sweep_once(struct db *db, const struct config *cfg, int64_t now, int orphans, int at_start)
{
	int rc = 0;
	int pending = pending_sweep(db, now);
	/* A token is refused after its lifetime anyway; a minute more for a clock that steps. */
	int tokens = form_use_sweep(db, now - CSRF_PRE_LIFETIME - 60);
	/* A copy of a request comes within seconds; a day covers a retrying integration's night. */
	int claims = submission_sweep(db, now - DAY);

	if (pending < 0 || tokens < 0 || claims < 0)
		rc = -1;
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
	while (!atomic_load(&S.stop)) {
		struct timespec until;
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_sec += S.cfg->sweep_seconds;
		pthread_mutex_lock(&S.lock);
		while (!atomic_load(&S.stop) && pthread_cond_timedwait(&S.wake, &S.lock, &until) == 0)
			;
		pthread_mutex_unlock(&S.lock);
		if (atomic_load(&S.stop))
			break;
		int64_t now = clock_now();
		int orphans = now - last_orphans >= DAY;
		if (!db && !(db = db_thread()))
			continue;
		sweep_once(db, S.cfg, now, orphans, 0);
		if (orphans)
			last_orphans = now;
	}
	return NULL;
}

int sweep_start(const struct config *cfg)
{
	struct db *db = db_thread();
	pthread_condattr_t ca;
	sigset_t all, old;

	S.cfg = cfg;
	if (db)
		sweep_once(db, cfg, clock_now(), 1, 1);
	atomic_store(&S.stop, 0);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&S.wake, &ca);
	pthread_condattr_destroy(&ca);
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	int rc = pthread_create(&S.thread, NULL, run, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		pthread_cond_destroy(&S.wake);
		return log_error("sweep: cannot start its thread");
	}
	S.started = 1;
	return 0;
}

void sweep_stop(void)
{
	if (!S.started)
		return;
	pthread_mutex_lock(&S.lock);
	atomic_store(&S.stop, 1);
	pthread_cond_broadcast(&S.wake);
	pthread_mutex_unlock(&S.lock);
	pthread_join(S.thread, NULL);
	pthread_cond_destroy(&S.wake);
	S.started = 0;
}
