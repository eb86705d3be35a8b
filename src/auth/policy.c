/*
 * policy.c - the permission matrix (see policy.h), one table.
 *
 * Rows are roles, columns actions, cells say how far the right reaches:
 * nowhere, the user's own areas, own areas but never gevoelig dossiers,
 * everything, everything but gevoelig dossiers, or the partner's own
 * organisation. Gevoelig dossiers are further limited to their team
 * (DESIGN.md, Roles): owner and members, the sociaal beheerders and
 * leefbaarheidsmedewerkers of the area, the coördinator.
 */
#include "auth/policy.h"

#include <string.h>

const char *const role_ids[ROLE__MAX] = {
	[ROLE_ANONYMOUS] = "anoniem",
	[ROLE_WIJKBEHEERDER] = "wijkbeheerder",
	[ROLE_SOCIAAL_BEHEERDER] = "sociaal_beheerder",
	[ROLE_LEEFBAARHEIDSMEDEWERKER] = "leefbaarheidsmedewerker",
	[ROLE_ONDERSTEUNER] = "ondersteuner",
	[ROLE_COORDINATOR] = "coordinator",
	[ROLE_PARTNER] = "partner",
	[ROLE_BEHEERDER] = "beheerder",
};

const char *const role_labels[ROLE__MAX] = {
	[ROLE_ANONYMOUS] = "Bezoeker",
	[ROLE_WIJKBEHEERDER] = "Wijkbeheerder",
	[ROLE_SOCIAAL_BEHEERDER] = "Sociaal beheerder",
	[ROLE_LEEFBAARHEIDSMEDEWERKER] = "Leefbaarheidsmedewerker",
	[ROLE_ONDERSTEUNER] = "Ondersteuner sociaal beheer",
	[ROLE_COORDINATOR] = "Coördinator",
	[ROLE_PARTNER] = "Partner",
	[ROLE_BEHEERDER] = "Beheerder",
};

const char *const action_ids[ACT__MAX] = {
	[ACT_PUBLIC] = "public",
	[ACT_LOGGED_IN] = "logged_in",
	[ACT_MELDING_SUBMIT] = "melding_submit",
	[ACT_MELDING_READ] = "melding_read",
	[ACT_MELDING_HANDLE] = "melding_handle",
	[ACT_MELDING_TRIAGE] = "melding_triage",
	[ACT_DOSSIER_READ] = "dossier_read",
	[ACT_DOSSIER_WRITE] = "dossier_write",
	[ACT_REFERRAL_CREATE] = "referral_create",
	[ACT_REFERRAL_READ] = "referral_read",
	[ACT_REFERRAL_ANSWER] = "referral_answer",
	[ACT_DASHBOARD] = "dashboard",
	[ACT_EXPORT] = "export",
	[ACT_ADMIN] = "admin",
	[ACT_PARTNER_LIST] = "partner_list",
	[ACT_PRIVACY] = "privacy",
	[ACT_WIJK_READ] = "wijk_read",
	[ACT_WIJK_WRITE] = "wijk_write",
	[ACT_WIJK_STEER] = "wijk_steer",
};

enum reach {
	NO = 0,      /* not allowed */
	AREA,        /* own areas (incl. gevoelig within the team rule) */
	AREA_NS,     /* own areas, never gevoelig unless in the team */
	ALL,         /* everything */
	ALL_NS,      /* everything, never gevoelig unless in the team */
	ORG,         /* own partner organisation only */
	ANY,         /* no resource involved (public, own account) */
};

/* Short names keep the table readable. */
#define WB ROLE_WIJKBEHEERDER
#define SB ROLE_SOCIAAL_BEHEERDER
#define LM ROLE_LEEFBAARHEIDSMEDEWERKER
#define OS ROLE_ONDERSTEUNER
#define CO ROLE_COORDINATOR
#define PA ROLE_PARTNER
#define BH ROLE_BEHEERDER

/* What every staff member may do: log in, see the partner list, take in a melding. */
#define STAFF \
	[ACT_PUBLIC] = ANY, [ACT_LOGGED_IN] = ANY, [ACT_PARTNER_LIST] = ANY, [ACT_MELDING_SUBMIT] = ANY
/* Casework in one's own wijken: meldingen, dossiers (gevoelig included), referrals. */
#define CASEWORK { \
		STAFF, \
		[ACT_MELDING_READ] = AREA, [ACT_MELDING_HANDLE] = AREA, \
		[ACT_DOSSIER_READ] = AREA, [ACT_DOSSIER_WRITE] = AREA, \
		[ACT_REFERRAL_CREATE] = AREA, [ACT_REFERRAL_READ] = AREA, \
		[ACT_DASHBOARD] = AREA, \
		[ACT_WIJK_READ] = AREA, [ACT_WIJK_WRITE] = AREA, \
	}

static const enum reach matrix[ROLE__MAX][ACT__MAX] = {
	[ROLE_ANONYMOUS] = {
		[ACT_PUBLIC] = ANY,
	},
	[WB] = {
		STAFF,
		[ACT_MELDING_READ] = AREA, [ACT_MELDING_HANDLE] = AREA,
		[ACT_DOSSIER_READ] = AREA_NS, [ACT_DOSSIER_WRITE] = AREA_NS,
		[ACT_DASHBOARD] = AREA,
		[ACT_WIJK_READ] = AREA, [ACT_WIJK_WRITE] = AREA,
	},
	/* The sociaal beheerder and the leefbaarheidsmedewerker do the same casework. */
	[SB] = CASEWORK,
	[LM] = CASEWORK,
	[OS] = {
		STAFF,
		[ACT_MELDING_READ] = ALL, [ACT_MELDING_HANDLE] = ALL,
		[ACT_MELDING_TRIAGE] = ALL,
		[ACT_DOSSIER_READ] = ALL_NS,
		[ACT_REFERRAL_READ] = ALL_NS,
		[ACT_DASHBOARD] = ALL, [ACT_EXPORT] = ALL_NS,
		[ACT_WIJK_READ] = ALL,
	},
	[CO] = {
		STAFF,
		[ACT_MELDING_READ] = ALL, [ACT_MELDING_HANDLE] = ALL,
		[ACT_MELDING_TRIAGE] = ALL,
		[ACT_DOSSIER_READ] = ALL, [ACT_DOSSIER_WRITE] = ALL,
		[ACT_REFERRAL_CREATE] = ALL, [ACT_REFERRAL_READ] = ALL,
		[ACT_DASHBOARD] = ALL, [ACT_EXPORT] = ALL,
		/* Who sees every case answers a person's request about all of it; the beheerder sees no case content. */
		[ACT_PRIVACY] = ALL,
		/* The coördinator steers the wijken: inzetniveau, fund budgets, the norm per home. */
		[ACT_WIJK_READ] = ALL, [ACT_WIJK_WRITE] = ALL, [ACT_WIJK_STEER] = ALL,
	},
	[PA] = {
		[ACT_PUBLIC] = ANY, [ACT_LOGGED_IN] = ANY,
		[ACT_REFERRAL_READ] = ORG, [ACT_REFERRAL_ANSWER] = ORG,
	},
	[BH] = {
		[ACT_PUBLIC] = ANY, [ACT_LOGGED_IN] = ANY,
		[ACT_ADMIN] = ANY, [ACT_PARTNER_LIST] = ANY,
	},
};

int role_parse(const char *id)
{
	for (int r = ROLE_ANONYMOUS + 1; r < ROLE__MAX; r++)
		if (!strcmp(id, role_ids[r]))
			return r;
	return -1;
}

int role_is_staff(enum role r)
{
	return r == WB || r == SB || r == LM || r == OS || r == CO;
}

enum verdict policy_route(enum role role, enum action action)
{
	if ((unsigned)role >= ROLE__MAX || (unsigned)action >= ACT__MAX)
		return VERDICT_DENY;
	return matrix[role][action] != NO ? VERDICT_ALLOW : VERDICT_DENY;
}

int policy_route_hidden(enum role role, enum action action)
{
	if (role != PA || policy_route(role, action) == VERDICT_ALLOW)
		return 0;
	switch (action) {
	case ACT_MELDING_SUBMIT:
	case ACT_MELDING_READ:
	case ACT_MELDING_HANDLE:
	case ACT_MELDING_TRIAGE:
	case ACT_DOSSIER_READ:
	case ACT_DOSSIER_WRITE:
		return 1;
	default:
		return 0;
	}
}

int policy_sees_all_areas(enum role role, enum action action)
{
	if ((unsigned)role >= ROLE__MAX || (unsigned)action >= ACT__MAX)
		return 0;
	enum reach r = matrix[role][action];
	return r == ALL || r == ALL_NS;
}

/*
 * The gevoelig rule, read from the reach alone: the team (owner, members),
 * AREA roles within their area, ALL roles; never the _NS reaches.
 */
static int sensitive_allowed(enum reach r, const struct scope *s)
{
	if (s->in_team)
		return 1;
	return r == ALL || (r == AREA && s->in_area);
}

enum verdict policy_check(const struct actor *who, enum action action, const struct scope *s)
{
	if ((unsigned)who->role >= ROLE__MAX || (unsigned)action >= ACT__MAX)
		return VERDICT_DENY;
	enum reach r = matrix[who->role][action];

	if (r == NO)
		return VERDICT_DENY;
	if (s->sensitive && !sensitive_allowed(r, s))
		return VERDICT_HIDE;
	switch (r) {
	case ANY:
	case ALL:
	case ALL_NS:
		return VERDICT_ALLOW;
	case AREA:
	case AREA_NS:
		return s->in_area || s->in_team ? VERDICT_ALLOW : VERDICT_HIDE;
	case ORG:
		return who->partner_id && s->partner_id == who->partner_id ? VERDICT_ALLOW : VERDICT_HIDE;
	case NO:
		break;
	}
	return VERDICT_DENY;
}
