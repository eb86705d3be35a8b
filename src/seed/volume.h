/*
 * volume.h - meldingen in volume for benchmarks:
 * `leefbaar seed --meldingen N [--years Y]` (DESIGN.md, Command line).
 */
#ifndef LEEFBAAR_SEED_VOLUME_H
#define LEEFBAAR_SEED_VOLUME_H

#include <stdint.h>

struct db;

/*
 * Adds n generated meldingen received over the last `years` years up to
 * now, spread over the wijken and buurten (weighted by their homes) and
 * the active categories, with realistic confirmation, feedback and
 * closing patterns: most confirmed within two werkdagen and answered
 * within ten, a tail of late ones, recent ones still open. The demo
 * geography is loaded first when there are no wijken. Rows go in through
 * one prepared statement in transactions of 50,000, so the triggers keep
 * melding_fact and the search index as for any melding; the due days use
 * the same calendar and terms code as a real melding. Deterministic for a
 * given database (the generator is seeded from the count already there).
 * The descriptions are written the way tenants write (domain/demo_text.h,
 * the demo's generator); no melder names or contact details are made up.
 * Progress goes to stderr. 0/-1.
 */
int seed_volume(struct db *db, long n, int years, int64_t now);

#endif
