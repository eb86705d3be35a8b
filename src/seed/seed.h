/*
 * seed.h - demo data for `make run` and `leefbaar seed --demo`.
 */
#ifndef LEEFBAAR_SEED_H
#define LEEFBAAR_SEED_H

struct db;

#define SEED_DEMO_PASSWORD "Leefbaar-demo-2026"

/* seed --demo: the organisation and a team's recent past; --organisation: the organisation only (tests build on it). */
enum seed_demo_kind { SEED_DEMO_NONE, SEED_DEMO_FULL, SEED_DEMO_ORGANISATION };

struct config;

/*
 * Loads the demo once, in one transaction: the organisation (areas, the
 * address register, partners, a user for every role) and, for
 * SEED_DEMO_FULL, a team's recent past relative to today (demo.h)
 * and then the map of its wijken (kaart.h, its own transaction). On
 * a database that has the demo users it only prints the logins; on one
 * with other users it loads nothing. cfg: the organisation's name, base
 * URL and data directory the demo's letters, links and files use (NULL:
 * the built-in defaults). 0/-1.
 */
int seed_demo_load(struct db *db, enum seed_demo_kind kind, const struct config *cfg);

/* The organisation only: seed_demo_load(db, SEED_DEMO_ORGANISATION, NULL). */
int seed_demo(struct db *db);

#endif
