/*
 * letter.h - the parts of a letter a corporation sends, pure: the date
 * without its weekday ("6 december 2026"), the salutation and the name
 * line of the address block (with a name, or "De bewoner(s) van" and
 * "Geachte bewoner(s)," without one - never "Geachte De ..."), the subject
 * per kind of letter, the letter's status and the letter as plain text
 * (for the overview, the API and the privacy export, which show text).
 * No I/O, no clock.
 */
#ifndef LEEFBAAR_DOMAIN_LETTER_H
#define LEEFBAAR_DOMAIN_LETTER_H

#include "domain/calendar.h"
#include "domain/dossier.h"
#include "lib/buf.h"
#include "lib/names.h"

#include <stdint.h>

/* A letter is a concept until someone marks it sent; only a concept changes or is withdrawn. */
enum letter_status { LETTER_CONCEPT, LETTER_VERZONDEN, LETTER_INGETROKKEN, LETTER__MAX };
/* ids: "concept", "verzonden", "ingetrokken"; labels: "Concept", "Verzonden", "Ingetrokken" */
CLOSED_SET(letter_status, LETTER__MAX);

/* How the addressee is addressed; "geen" gives "heer/mevrouw". */
enum letter_aanhef { AANHEF_GEEN, AANHEF_HEER, AANHEF_MEVROUW, AANHEF_FAMILIE, AANHEF__MAX };
/* ids: "geen", "heer", "mevrouw", "familie"; labels for the form: "Heer/mevrouw", "De heer", ... */
CLOSED_SET(letter_aanhef, AANHEF__MAX);

#define LETTER_DATE_LEN CALENDAR_DAY_LEN

/* "6 december 2026": the date of a letter, without the weekday. */
void letter_date(int32_t day, char out[LETTER_DATE_LEN]);

/* 1 when naam names nobody: empty, blank, or typed as "de bewoner(s) ..." by habit. */
int letter_no_name(const char *naam);

/*
 * A name typed with its form of address ("De heer J. Jansen", "dhr. Jansen",
 * "Mevrouw Pietersen", "mevr. ...", "Familie El Amrani", "fam. ..."): sets
 * *aanhef and returns the name after it; otherwise returns naam and leaves
 * *aanhef alone. So "Geachte heer/mevrouw De heer Jansen," cannot happen.
 */
const char *letter_split_name(const char *naam, enum letter_aanhef *aanhef);

/*
 * Appends the salutation with its comma: "Geachte heer Jansen,",
 * "Geachte mevrouw Jansen,", "Geachte familie Jansen,", "Geachte
 * heer/mevrouw Jansen," and without a name "Geachte bewoner(s),".
 */
void letter_salutation(enum letter_aanhef aanhef, const char *naam, struct buf *out);

/* Appends the first line of the address block: "De heer J. Jansen", ..., "J. Jansen", or "De bewoner(s) van". */
void letter_name_line(enum letter_aanhef aanhef, const char *naam, struct buf *out);

/* The subject line of a kind of letter: "Waarschuwing wegens overlast", "Sommatie: stop de overlast". */
const char *letter_subject(enum brief_soort soort);

/* What a letter is made of, as placed on paper. */
struct letter_parts {
	enum letter_aanhef aanhef;
	const char *naam;        /* "" for the bewoner(s) */
	const char *adres;       /* the address lines under the name, separated by '\n' */
	int32_t dag;             /* the letter's date */
	const char *kenmerk;     /* the dossier's reference */
	const char *onderwerp;
	const char *romp;        /* the text after the salutation */
};

/* Appends the whole letter as plain text: address block, date, kenmerk, subject, salutation, text. */
void letter_plain(const struct letter_parts *p, struct buf *out);

#endif
