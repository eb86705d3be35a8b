/*
 * area.h - the kinds of area (wijk, buurt, complex) and the checks one area
 * must pass, whether it comes from the gebieden file or from the form in
 * /beheer/gebieden (DESIGN.md, "Areas and the address register").
 *
 * Pure: no I/O, no globals beyond the constant name tables. Messages are
 * Dutch, lower-case at the start (they follow "regel 7: " in an import
 * report) and static unless said otherwise.
 */
#ifndef LEEFBAAR_DOMAIN_AREA_H
#define LEEFBAAR_DOMAIN_AREA_H

#include <stddef.h>

#define AREA_CODE_MAX 20           /* bytes; a CBS code has 8 or 10 */
#define AREA_NAAM_MAX 120          /* bytes of UTF-8 */
#define AREA_WONINGEN_MAX 1000000  /* more homes than any corporation has */

enum area_soort { AREA_WIJK, AREA_BUURT, AREA_COMPLEX, AREA__MAX };

/* "wijk", "buurt", "complex": the values of the soort column and form field. */
extern const char *const area_soort_ids[AREA__MAX];
/* "Wijk", "Buurt", "Complex": for the UI. */
extern const char *const area_soort_labels[AREA__MAX];

/* The soort for an identifier (case-insensitive, surrounding blanks allowed), or -1. */
int area_soort_parse(const char *s);

/*
 * Normalises an area code in place for its soort: trims blanks and, for a
 * wijk or buurt, upper-cases it (a CBS code is upper-case; spreadsheets
 * and people type "wk036301"). A complex code keeps its case: it is the
 * corporation's own number and is compared exactly.
 */
void area_code_normalize(enum area_soort soort, char *code);

/*
 * Checks a normalised code for its soort: a wijk needs a CBS wijkcode
 * (WK + 6), a buurt a CBS buurtcode (BU + 8), letters allowed after the
 * gemeentecode; a complex 1..AREA_CODE_MAX characters of A-Z, a-z, 0-9,
 * '-' and '_'. NULL when fine, else the reason.
 */
const char *area_code_check(enum area_soort soort, const char *code);

/*
 * Checks that an area of soort `soort` may lie in one of soort `parent`
 * (-1: no parent): a wijk lies in nothing, a buurt in a wijk, a complex in
 * a buurt or (spread over buurten) a wijk. NULL when fine, else the reason.
 */
const char *area_parent_check(enum area_soort soort, int parent);

/*
 * Number of homes: empty (0) or 1..7 ASCII digits without sign, at most
 * AREA_WONINGEN_MAX; surrounding blanks allowed. 0 and *out, or -1.
 */
int area_woningen_parse(const char *s, int *out);

/*
 * One line of display text (a name, a street): valid UTF-8 of at most max
 * bytes without control characters. NULL when fine, else the reason
 * ("is te lang", "bevat een tab of regeleinde", ...), to follow the
 * field's name.
 */
const char *area_text_check(const char *s, size_t max);

#endif
