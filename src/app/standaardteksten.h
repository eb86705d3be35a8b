/*
 * standaardteksten.h - the standard texts for one melding (issue 17,
 * point 5): which texts its message forms offer, and the chosen one with
 * its placeholders filled for it, ready for staff to edit. The beheerder's
 * list and changes go through store/standaardtekst.h directly.
 */
#ifndef LEEFBAAR_APP_STANDAARDTEKSTEN_H
#define LEEFBAAR_APP_STANDAARDTEKSTEN_H

#include "app/app.h"
#include "domain/standaardtekst.h"
#include "store/standaardtekst.h"

struct arena;
struct db;
struct melding;

/* The organisation's facts the placeholders use ([app] in the configuration). */
struct standaardtekst_org {
	const char *organisatie, *telefoon, *email;
};

/* The facts of m for standaardtekst_expand(). */
void standaardteksten_facts(const struct melding *m, const struct standaardtekst_org *org,
			    struct standaardtekst_facts *f);

/*
 * The active texts of step stap for m's category (and those for every
 * category), by title: *out and the count, or -1 when the database failed.
 */
int standaardteksten_voor(struct db *db, struct arena *a, const struct melding *m, enum tekst_stap stap,
			  struct standaardtekst **out);

/*
 * Text id filled in for m, in arena memory, into *out: APP_OK;
 * APP_NOT_FOUND when id is no active text of that step for m's category;
 * APP_UNAVAILABLE when the database failed.
 */
enum app_result standaardteksten_invullen(struct db *db, struct arena *a, const struct melding *m,
					  enum tekst_stap stap, int64_t id, const struct standaardtekst_org *org,
					  const char **out);

#endif
