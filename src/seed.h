/*
 * seed.h - demo data for `make run` and `leefbaar seed --demo`.
 */
#ifndef LEEFBAAR_SEED_H
#define LEEFBAAR_SEED_H

struct db;

#define SEED_DEMO_PASSWORD "Leefbaar-demo-2026"

/* seed --demo: the organisation and a team's recent past; --organisation: the organisation only (tests build on it). */
enum seed_demo_kind { SEED_DEMO_NONE, SEED_DEMO_FULL, SEED_DEMO_ORGANISATION };

/*
 * Loads a small, realistic demo (areas, partners, a user for every role)
 * once; on later runs only prints the demo logins. 0/-1.
 */
int seed_demo(struct db *db);

#endif
