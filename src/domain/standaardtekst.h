/*
 * standaardtekst.h - the standard texts staff pick for a message to the
 * melder (issue 17, point 5): their steps, the placeholders a text may
 * hold, filling them in for one melding, and the check a text passes
 * before the beheerder can save it.
 *
 * Pure: the caller passes the melding's facts and the configuration.
 *
 * A text is the middle of a message: the message composition
 * (domain/messages.c) puts exactly one greeting above it - with the
 * melder's name only where the melder gave one - and the closing below
 * it. So a text holds no greeting, no closing and no name: there is no
 * {naam} placeholder, and standaardtekst_check() refuses a text that
 * starts with a greeting or carries "Met vriendelijke groet".
 *
 * The placeholders (standaardtekst_placeholders[]):
 *   {meldnummer}   the melding's reference, M-2026-000123
 *   {categorie}    the category's name as the melder chose it
 *   {adres}        the address; without one "de plek die u in uw melding beschreef"
 *   {ontvangen}    the day it came in, "maandag 2 maart 2026"
 *   {uiterlijk}    the day the answer is due (terugkoppeling), same form
 *   {organisatie}  [app] organisation
 *   {telefoon}     [app] telefoon; without one [app] email, else the organisation
 *   {email}        [app] email; without one [app] telefoon, else the organisation
 */
#ifndef LEEFBAAR_DOMAIN_STANDAARDTEKST_H
#define LEEFBAAR_DOMAIN_STANDAARDTEKST_H

#include "lib/buf.h"
#include "lib/names.h"

#include <stdint.h>

/* The message a text is for; ids are the column's values and the URL's ?stap=. */
enum tekst_stap { STAP_BEVESTIGING, STAP_TERUGKOPPELING, STAP_AFSLUITING, STAP__MAX };
CLOSED_SET(tekst_stap, STAP__MAX);

#define STANDAARDTEKST_TITEL_MAX 100
#define STANDAARDTEKST_TEKST_MAX 4000

/* The placeholders, "{meldnummer}" ..., and what each becomes; both NULL-terminated, same order. */
extern const char *const standaardtekst_placeholders[];
extern const char *const standaardtekst_placeholder_uitleg[];

/* What the placeholders are filled with; NULL texts count as empty. */
struct standaardtekst_facts {
	const char *meldnummer;
	const char *categorie;
	const char *adres;            /* "" when the melding has none */
	int32_t ontvangen_dag;        /* day numbers (domain/days.h) */
	int32_t uiterlijk_dag;
	const char *organisatie, *telefoon, *email;
};

/*
 * Appends tekst to out with every known placeholder filled from f. An
 * unknown one ({naam} included) stays as it is, so staff see it in the
 * textarea; a saved text has none (standaardtekst_check()).
 */
void standaardtekst_expand(const char *tekst, const struct standaardtekst_facts *f, struct buf *out);

/*
 * The unknown placeholders of tekst ("{naam}, {datum}": each once, in
 * order) appended to names; returns how many. A placeholder is { followed
 * by letters, digits or _ (at most 40) and }.
 */
int standaardtekst_unknown(const char *tekst, struct buf *names);

/* 1 when tekst (after leading white space) begins with a greeting: Beste, Geachte, Hallo, ... */
int standaardtekst_has_greeting(const char *tekst);

/*
 * The check before saving: 0, or -1 with the Dutch message (one sentence
 * per problem) appended to msg: empty, an unknown placeholder (named),
 * double braces, a greeting at the start, a closing greeting.
 */
int standaardtekst_check(const char *tekst, struct buf *msg);

#endif
