/*
 * address.h - matching a melding's address against the register.
 *
 * The rules are DESIGN.md's (Areas and the address register): an address
 * in the register gives its buurt, that buurt's wijk and its complex; an
 * address not in it falls in the wijk of its postcode when every register
 * address with that postcode lies in one wijk; otherwise it is "onbekend"
 * (no wijk), for the coördinator and ondersteuner to place.
 */
#ifndef LEEFBAAR_ADDRESS_H
#define LEEFBAAR_ADDRESS_H

#include "store/store.h"

#include <stdint.h>

struct db;

enum match_kind { MATCH_NONE, MATCH_POSTCODE_WIJK, MATCH_ADDRESS };

struct address_match {
	enum match_kind kind;
	int64_t address_id, buurt_id, wijk_id, complex_id;   /* 0 when unknown */
	char straat[120];
	char woonplaats[80];
};

/* postcode normalised ("1234 AB"), toevoeging upper-case or "". */
enum store_result address_match(struct db *db, const char *postcode, int huisnummer,
				const char *toevoeging, struct address_match *m);

/* The wijk that contains area_id (itself for a wijk); 0 if none. */
int64_t area_wijk_of(struct db *db, int64_t area_id);

#endif
