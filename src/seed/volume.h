/*
 * volume.h - meldingen in volume for benchmarks, with dossiers and
 * doorverwijzingen to match: `leefbaar seed --meldingen N [--years Y]`
 * (README, Command line).
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
 * a staging table, BATCH at a time, each batch one INSERT ... SELECT into
 * melding, so the triggers keep melding_fact, melding_telling and the
 * search index as for any melding; the due days use the same calendar
 * and terms code as a real melding. Then, in one transaction, about 2% of
 * them bundled into dossiers with their doorverwijzingen
 * (volume_cases.h; cfg: the organisation's name and links, as for the
 * demo). Deterministic for a given database and now (the generators are
 * seeded from the count already there). The descriptions are written the
 * way tenants write (domain/demo_text.h, the demo's generator); no
 * melder names or contact details are made up.
 *
 * Give it a connection of its own (db_open(), not the pool): it sets a
 * 256 MiB page cache on it and writes each batch of meldingen as one
 * autocommit statement, outside db_begin(). Nothing about durability
 * changes (WAL, synchronous=FULL), so a server may run on the same
 * database meanwhile, only slower. Progress and the time per phase go to
 * stderr. 0/-1.
 */
struct config;
int seed_volume(struct db *db, long n, int years, int64_t now, const struct config *cfg);

#endif
