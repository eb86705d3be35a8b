/*
 * dubbel.c - the duplicate-suggestion rule (see dubbel.h).
 */
#include "domain/dubbel.h"

#include <string.h>
#include <strings.h>

static int given(const char *s)
{
	return s && s[0];
}

int dubbel_same_contact(const struct dubbel_melding *a, const struct dubbel_melding *b)
{
	if (a->anoniem || b->anoniem)
		return 0;
	if (given(a->email) && given(b->email) && !strcasecmp(a->email, b->email))
		return 1;
	return given(a->telefoon) && given(b->telefoon) && !strcmp(a->telefoon, b->telefoon);
}

int dubbel_is_repeat(const struct dubbel_melding *earlier, const struct dubbel_melding *nieuw, int64_t now)
{
	/* Without a postcode there is no address to compare: a described place is never "the same". */
	if (!earlier->open || !given(nieuw->postcode) || !given(earlier->postcode))
		return 0;
	if (earlier->category_id != nieuw->category_id || earlier->huisnummer != nieuw->huisnummer ||
	    strcmp(earlier->postcode, nieuw->postcode) ||
	    strcmp(earlier->toevoeging ? earlier->toevoeging : "", nieuw->toevoeging ? nieuw->toevoeging : ""))
		return 0;
	if (earlier->ontvangen_op > now || now - earlier->ontvangen_op > (int64_t)DUBBEL_DAGEN * 86400)
		return 0;
	return dubbel_same_contact(earlier, nieuw);
}
