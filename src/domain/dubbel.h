/*
 * dubbel.h - the duplicate-suggestion rule of the public form (issue 17,
 * point 1): the same contact reporting the same category at the same
 * address, within DUBBEL_DAGEN days, while the earlier melding is open,
 * is asked whether this belongs to the earlier one (as a diary entry).
 * Pure: the caller loads the earlier meldingen (store/melding_dubbel.h).
 * The form never tells which melding matched: anyone can type someone
 * else's e-mail address.
 */
#ifndef LEEFBAAR_DOMAIN_DUBBEL_H
#define LEEFBAAR_DOMAIN_DUBBEL_H

#include <stdint.h>

/* The window: two weeks covers a repeat of weekly overlast without tying unrelated months together. */
#define DUBBEL_DAGEN 14

/* One melding as the rule sees it (both the new one and an earlier one). */
struct dubbel_melding {
	int64_t category_id;
	const char *postcode;      /* normalised ("1111 AA"); "" = no address */
	int huisnummer;
	const char *toevoeging;    /* normalised; "" = none */
	const char *email;         /* "" = none */
	const char *telefoon;      /* normalised by the validator; "" = none */
	int anoniem;
	int open;                  /* not afgesloten */
	int64_t ontvangen_op;
};

/* 1 when e-mail (without case) or phone number is the same and given on both. */
int dubbel_same_contact(const struct dubbel_melding *a, const struct dubbel_melding *b);
/* 1 when nieuw, arriving at now, repeats earlier by the rule above. */
int dubbel_is_repeat(const struct dubbel_melding *earlier, const struct dubbel_melding *nieuw, int64_t now);

#endif
