/*
 * validate.h - checks and normalisation of Dutch form input.
 *
 * Handlers run every field through one of these before it reaches the
 * store, so the database holds one spelling of each postcode, phone number
 * and so on. All functions are pure and thread-safe. Normalisers return 0
 * and write a NUL-terminated result into out, or return -1 and leave out
 * unspecified; predicates return 1 (valid) or 0. A NULL input is invalid.
 */
#ifndef LEEFBAAR_VALIDATE_H
#define LEEFBAAR_VALIDATE_H

#include <stddef.h>

#define POSTCODE_LEN 8		/* "1234 AB" + NUL */
#define TOEVOEGING_LEN 8	/* up to 4 characters + NUL, with room */
#define PHONE_LEN 16		/* "0612345678" + NUL, with room */

/*
 * Dutch postcode to "1234 AB". Accepts surrounding spaces/tabs, any run of
 * spaces between digits and letters, and lower case: "1234ab", "1234 ab",
 * " 1234  AB ". Rejects a first digit 0 and the letter pairs SA, SD and SS,
 * which PostNL does not issue.
 */
int postcode_normalize(const char *in, char out[POSTCODE_LEN]);

/*
 * Huisnummer: 1 to 5 ASCII digits, value 1..99999, no sign, no leading
 * zero, no other characters (surrounding spaces/tabs are allowed).
 */
int huisnummer_parse(const char *in, int *out);

/*
 * Huisnummertoevoeging (with or without huisletter): at most 4 ASCII
 * letters/digits, upper-cased. One leading '-' is dropped and surrounding
 * spaces/tabs are ignored, so "-a", " bis " and "" (none) are fine; "2-h"
 * and "abcde" are not. out is "" for an empty toevoeging.
 */
int toevoeging_normalize(const char *in, char out[TOEVOEGING_LEN]);

/*
 * A practical e-mail check, not RFC 5322: at most 254 bytes of valid UTF-8;
 * exactly one '@'; a local part of 1..64 bytes; a domain of dot-separated
 * non-empty labels, at least two, none starting or ending with '-'; no
 * spaces, control characters or any of "(),:;<>[\] anywhere (quoted local
 * parts are not worth the trouble they cause downstream).
 */
int email_valid(const char *s);

/*
 * CBS area code of the given kind:
 *	'G' gemeente "GM" + 4 digits            GM0363
 *	'W' wijk     "WK" + 4 digits + 2 more    WK036301, WK0363AF
 *	'B' buurt    "BU" + 4 digits + 4 more    BU03630000, BU0363AF09
 * The first four after the prefix are the gemeentecode (digits); the rest
 * are digits or upper-case letters, which gemeenten with 100 or more
 * wijken or buurten use. Any other kind is invalid.
 */
int cbs_code_valid(const char *code, char kind);

/*
 * Dutch phone number to ten digits starting with 0, e.g. "0612345678".
 * Spaces, '-', '.', '(' and ')' are dropped; "+31" or "0031" becomes "0",
 * and the "(0)" in "+31 (0)6 ..." is understood. Anything else, including
 * foreign numbers and short service numbers, is -1. Input longer than 32
 * bytes is -1.
 */
int phone_normalize(const char *in, char out[PHONE_LEN]);

/*
 * Strict UTF-8 (RFC 3629) over len bytes: no overlong forms, no surrogates
 * (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequence at the
 * end. A NUL byte is valid UTF-8 (U+0000); reject it separately where it
 * matters.
 */
int utf8_valid(const char *s, size_t len);

struct arena;

/*
 * One line of text as typed in a form or on the command line (a name, a
 * title): trimmed of spaces and tabs, at most max bytes, valid UTF-8, no
 * control characters. Sets *out to the trimmed copy in a ("" on error) and
 * returns NULL, or returns the Dutch message why not, naming the field as
 * what ("De naam"), also in a.
 */
const char *validate_line(struct arena *a, const char *in, size_t max, const char *what, const char **out);

#endif
