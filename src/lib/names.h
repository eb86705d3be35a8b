/*
 * names.h - looking up a name in a closed set's name table.
 *
 * Closed sets are enums with a __MAX sentinel and a table of their ids
 * sized by it (STYLE.md); this finds an id's index in such a table.
 */
#ifndef LEEFBAAR_NAMES_H
#define LEEFBAAR_NAMES_H

/* The index of id in names[0..n), or -1 (also for a NULL id). */
int names_find(const char *const *names, int n, const char *id);

/*
 * Declares a closed set's tables and parser, in the one shape STYLE.md
 * gives them: CLOSED_SET(referral_status, RS__MAX) is
 *   referral_status_ids[RS__MAX]     identifiers (database, URLs, API),
 *   referral_status_labels[RS__MAX]  Dutch labels for people,
 *   referral_status_parse(id)        the index of an identifier, or -1.
 */
#define CLOSED_SET(prefix, max) \
	extern const char *const prefix##_ids[max]; \
	extern const char *const prefix##_labels[max]; \
	int prefix##_parse(const char *id)

#endif
