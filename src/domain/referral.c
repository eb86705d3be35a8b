/*
 * referral.c - the doorverwijzing status machine, its answer term and its
 * text checks (see referral.h).
 */
#include "domain/referral.h"
#include "domain/calendar.h"
#include "lib/names.h"
#include "domain/amsterdam.h"
#include "domain/validate.h"

#include <assert.h>
#include <string.h>

const char *const referral_status_ids[RS__MAX] = {
	[RS_VERSTUURD] = "verstuurd",
	[RS_GEACCEPTEERD] = "geaccepteerd",
	[RS_AFGEWEZEN] = "afgewezen",
	[RS_BEANTWOORD] = "beantwoord",
	[RS_AFGESLOTEN] = "afgesloten",
};

const char *const referral_status_labels[RS__MAX] = {
	[RS_VERSTUURD] = "Verstuurd",
	[RS_GEACCEPTEERD] = "Geaccepteerd",
	[RS_AFGEWEZEN] = "Afgewezen",
	[RS_BEANTWOORD] = "Beantwoord",
	[RS_AFGESLOTEN] = "Afgesloten",
};

const char *const referral_action_ids[RA__MAX] = {
	[RA_ACCEPTEREN] = "accepteren",
	[RA_AFWIJZEN] = "afwijzen",
	[RA_REACTIE] = "reactie",
	[RA_AFSLUITEN] = "afsluiten",
	[RA_HEROPENEN] = "heropenen",
};

const enum referral_side referral_action_side[RA__MAX] = {
	[RA_ACCEPTEREN] = RSIDE_PARTNER,
	[RA_AFWIJZEN] = RSIDE_PARTNER,
	[RA_REACTIE] = RSIDE_PARTNER,
	[RA_AFSLUITEN] = RSIDE_STAFF,
	[RA_HEROPENEN] = RSIDE_STAFF,
};

const char *const referral_due_labels[RDUE__MAX] = {
	[RDUE_OPEN] = "open",
	[RDUE_VANDAAG] = "vandaag",
	[RDUE_TE_LAAT] = "te laat",
	[RDUE_OP_TIJD] = "op tijd",
	[RDUE_LAAT_GEDAAN] = "te laat beantwoord",
	[RDUE_GESLOTEN] = "afgesloten",
};

const char *const referral_timeline_labels[RA__MAX] = {
	[RA_ACCEPTEREN] = "Doorverwijzing geaccepteerd",
	[RA_AFWIJZEN] = "Doorverwijzing afgewezen",
	[RA_REACTIE] = "Antwoord van de partner",
	[RA_AFSLUITEN] = "Doorverwijzing afgesloten",
	[RA_HEROPENEN] = "Doorverwijzing heropend",
};

const char *const referral_event_kinds[RA__MAX] = {
	[RA_ACCEPTEREN] = "geaccepteerd",
	[RA_AFWIJZEN] = "afgewezen",
	[RA_REACTIE] = "reactie",
	[RA_AFSLUITEN] = "afgesloten",
	[RA_HEROPENEN] = "heropend",
};

const char *const referral_due_classes[RDUE__MAX] = {
	[RDUE_OPEN] = "badge-neutral",
	[RDUE_VANDAAG] = "badge-today",
	[RDUE_TE_LAAT] = "badge-late",
	[RDUE_OP_TIJD] = "badge-ok",
	[RDUE_LAAT_GEDAAN] = "badge-late",
	[RDUE_GESLOTEN] = "badge-neutral",
};

int referral_status_parse(const char *id)
{
	return names_find(referral_status_ids, RS__MAX, id);
}

int referral_action_parse(const char *id)
{
	return names_find(referral_action_ids, RA__MAX, id);
}

/*
 * The whole machine: next[status][action], -1 where not allowed.
 * Heropenen leads back to the status before closing, which this table
 * cannot know: its column is -1, and referral_reopen_check() decides.
 */
static const signed char next[RS__MAX][RA__MAX] = {
	[RS_VERSTUURD] = { RS_GEACCEPTEERD, RS_AFGEWEZEN, -1, RS_AFGESLOTEN, -1 },
	[RS_GEACCEPTEERD] = { -1, -1, RS_BEANTWOORD, RS_AFGESLOTEN, -1 },
	[RS_AFGEWEZEN] = { -1, -1, -1, RS_AFGESLOTEN, -1 },
	[RS_BEANTWOORD] = { -1, -1, RS_BEANTWOORD, RS_AFGESLOTEN, -1 },
	[RS_AFGESLOTEN] = { -1, -1, -1, -1, -1 },
};

int referral_next(enum referral_status s, enum referral_action a)
{
	if ((unsigned)s >= RS__MAX || (unsigned)a >= RA__MAX)
		return -1;
	return next[s][a];
}

const char *referral_refusal(enum referral_status s, enum referral_action a)
{
	if (referral_next(s, a) >= 0)
		return NULL;
	if (a == RA_HEROPENEN)
		return s == RS_AFGESLOTEN ? NULL : referral_reopen_refusals[REOPEN_NOT_CLOSED];
	if (s == RS_AFGESLOTEN)
		return "Deze doorverwijzing is afgesloten. Er kan niets meer aan veranderen.";
	switch (a) {
	case RA_ACCEPTEREN:
		return s == RS_AFGEWEZEN ? "Deze doorverwijzing is al afgewezen."
					 : "Deze doorverwijzing is al geaccepteerd.";
	case RA_AFWIJZEN:
		return s == RS_AFGEWEZEN ? "Deze doorverwijzing is al afgewezen."
					 : "Deze doorverwijzing is al geaccepteerd. Zeg in uw antwoord wat u niet kunt doen.";
	case RA_REACTIE:
		return s == RS_AFGEWEZEN ? "Deze doorverwijzing is afgewezen. U kunt er niet meer op antwoorden."
					 : "Deze doorverwijzing is nog niet geaccepteerd. Accepteer haar eerst, "
					   "dan kunt u antwoorden.";
	case RA_AFSLUITEN:
	case RA_HEROPENEN:
	case RA__MAX:
		break;
	}
	return "Dit kan niet in deze status.";
}

const char *const referral_reopen_refusals[REOPEN__MAX] = {
	[REOPEN_OK] = "",
	[REOPEN_NOT_CLOSED] = "Deze doorverwijzing is niet afgesloten; er is niets te heropenen.",
	[REOPEN_NOT_YOURS] = "Alleen wie de doorverwijzing verstuurde, of een coördinator, kan haar heropenen.",
	[REOPEN_TOO_LATE] = "Heropenen kan tot het einde van de eerste werkdag na het afsluiten, en die is voorbij. "
			    "Verstuur zo nodig een nieuwe doorverwijzing.",
	[REOPEN_NO_BEFORE] = "Deze doorverwijzing is afgesloten voordat heropenen bestond; zij kan niet heropend worden. "
			     "Verstuur zo nodig een nieuwe doorverwijzing.",
};

int32_t referral_reopen_last_day(const struct werkdagen_cal *cal, int64_t closed_utc)
{
	return werkdagen_add(cal, amsterdam_day(closed_utc), 1);
}

enum referral_reopen referral_reopen_check(enum referral_status s, int before, const struct werkdagen_cal *cal,
					   int64_t closed_utc, int64_t now_utc, int is_sender, int is_coordinator)
{
	if (s != RS_AFGESLOTEN)
		return REOPEN_NOT_CLOSED;
	if (!is_sender && !is_coordinator)
		return REOPEN_NOT_YOURS;
	if (amsterdam_day(now_utc) > referral_reopen_last_day(cal, closed_utc))
		return REOPEN_TOO_LATE;
	if (before < 0 || before >= RS__MAX || before == RS_AFGESLOTEN)
		return REOPEN_NO_BEFORE;
	return REOPEN_OK;
}

int referral_awaits_answer(enum referral_status s)
{
	return s == RS_VERSTUURD || s == RS_GEACCEPTEERD;
}

int32_t referral_due_day(const struct werkdagen_cal *cal, int64_t sent_utc, int werkdagen)
{
	assert(werkdagen >= REFERRAL_TERM_MIN && werkdagen <= REFERRAL_TERM_MAX);
	return werkdagen_add(cal, amsterdam_day(sent_utc), werkdagen);
}

enum referral_due referral_due_state(enum referral_status s, int32_t due_day, int32_t answered_day,
				     int32_t today)
{
	if (answered_day >= 0)
		return answered_day <= due_day ? RDUE_OP_TIJD : RDUE_LAAT_GEDAAN;
	if (!referral_awaits_answer(s))
		return RDUE_GESLOTEN;
	if (today > due_day)
		return RDUE_TE_LAAT;
	return today == due_day ? RDUE_VANDAAG : RDUE_OPEN;
}

int referral_is_late(enum referral_status s, int32_t due_day, int32_t today)
{
	return referral_awaits_answer(s) && today > due_day;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

enum referral_text referral_text_check(const char *in, size_t max, size_t *start, size_t *len)
{
	if (!in)
		return RTEXT_EMPTY;
	size_t n = strlen(in), b = 0, e = n;
	while (b < e && is_space(in[b]))
		b++;
	while (e > b && is_space(in[e - 1]))
		e--;
	if (b == e)
		return RTEXT_EMPTY;
	if (!utf8_valid(in + b, e - b))
		return RTEXT_INVALID;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)in[i];
		if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f)
			return RTEXT_INVALID;
	}
	if (e - b > max)
		return RTEXT_TOO_LONG;
	*start = b;
	*len = e - b;
	return RTEXT_OK;
}

void referral_notice_new(const struct referral_notice *n, struct buf *subject, struct buf *body)
{
	char due[CALENDAR_DAY_LEN];

	calendar_day_weekday(n->antwoord_dag, due);
	buf_addf(subject, "Nieuwe doorverwijzing %s van %s", n->referentie, n->organisation);
	buf_addf(body,
		 "Goedendag,\n\n"
		 "%s heeft een nieuwe doorverwijzing voor %s klaargezet in Leefbaar, met kenmerk %s.\n\n"
		 "Lees de vraag en de gedeelde informatie in het partnerportaal (u logt in met uw eigen account):\n"
		 "%s\n\n"
		 "Wij vragen u uiterlijk %s te reageren: accepteer of wijs de doorverwijzing af, "
		 "en geef daarna uw antwoord in het portaal.\n\n"
		 "Om de privacy van de bewoners te beschermen staat in deze e-mail niets over de inhoud. "
		 "Stuur geen gegevens over de bewoners per e-mail terug.\n\n"
		 "Met vriendelijke groet,\n%s\n",
		 n->organisation, n->partner_naam, n->referentie, n->url, due, n->organisation);
}
