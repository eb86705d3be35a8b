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

#endif
