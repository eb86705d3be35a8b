/*
 * sweep.h - the server's housekeeping thread: what expires on disk and in
 * the database without a request to trigger it.
 *
 * Every [app] sweep_seconds it removes files held for a refused form
 * longer than an hour (pending uploads) and the public form tokens past
 * their lifetime (form_use). At start, before any request is served, and
 * then once a day, it removes orphans from data_dir/tmp and bijlagen/
 * (files_sweep_orphans(), store/files.h): what a crash left behind. Each
 * sweep that removes anything says so in one log line; the start sweep
 * always does.
 */
#ifndef LEEFBAAR_SWEEP_H
#define LEEFBAAR_SWEEP_H

#include <stdint.h>

struct config;
struct db;

/* One pass; at_start or when the daily orphan sweep is due (orphans set). 0/-1. */
int sweep_once(struct db *db, const struct config *cfg, int64_t now, int orphans, int at_start);

/*
 * The start sweep (on the calling thread, before serving), then the thread
 * (cfg must outlive it; it blocks every signal). 0, or -1 when the thread
 * could not start (logged; held files then expire only inside later
 * submissions).
 */
int sweep_start(const struct config *cfg);
/* Stops and joins the thread; safe when it never started. */
void sweep_stop(void);

#endif
