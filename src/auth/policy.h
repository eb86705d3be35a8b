/*
 * policy.h - the permission matrix: roles, actions and the one function
 * that decides (role, action, resource attributes) -> allow | deny | hide.
 *
 * The matrix is a const table [ROLE__MAX][ACTION__MAX] in policy.c, a
 * transcription of DESIGN.md's Roles table. Nobody checks permissions
 * anywhere else: the router asks at route level (no resource yet), and
 * handlers and stores ask again with the resource's attributes.
 *
 * HIDE means "answer 404": used whenever a resource exists but the user may
 * not know that (another area, a gevoelig dossier, another partner's
 * referral). DENY means "answer 403": the role may not do this at all.
 */
#ifndef LEEFBAAR_POLICY_H
#define LEEFBAAR_POLICY_H

#include "lib/names.h"

#include <stdint.h>

enum role {
	ROLE_ANONYMOUS,            /* a visitor, e.g. a huurder without account */
	ROLE_WIJKBEHEERDER,
	ROLE_SOCIAAL_BEHEERDER,
	ROLE_LEEFBAARHEIDSMEDEWERKER,
	ROLE_ONDERSTEUNER,
	ROLE_COORDINATOR,
	ROLE_PARTNER,
	ROLE_BEHEERDER,
	ROLE__MAX
};

/*
 * ids: identifiers as in DESIGN.md ("sociaal_beheerder", ...); [0] is "anoniem".
 * labels: dutch labels for the UI ("Sociaal beheerder", ...).
 * parse: returns the role for an identifier, or -1. ROLE_ANONYMOUS is not parsed.
 */
CLOSED_SET(role, ROLE__MAX);
/* Roles that work on case data (staff). */
int role_is_staff(enum role r);

enum action {
	ACT_PUBLIC,                /* anyone, no login: landing, form, status link */
	ACT_LOGGED_IN,             /* any logged-in user: own account, logout */
	ACT_MELDING_SUBMIT,        /* staff intake of a melding */
	ACT_MELDING_READ,
	ACT_MELDING_HANDLE,
	ACT_MELDING_TRIAGE,        /* place an "onbekend" melding in an area */
	ACT_DOSSIER_READ,
	ACT_DOSSIER_WRITE,
	ACT_REFERRAL_CREATE,
	ACT_REFERRAL_READ,
	ACT_REFERRAL_ANSWER,       /* a partner accepts, declines, answers */
	ACT_DASHBOARD,
	ACT_EXPORT,
	ACT_ADMIN,                 /* users, partners, categories, areas, closing days */
	ACT_PARTNER_LIST,          /* the partner organisations (names, kinds): to refer to them */
	ACT_PRIVACY,               /* a person's privacy request: inzage, correction, deletion (all their data) */
	ACT_WIJK_READ,             /* the wijkmonitor: a wijk's profile, schouwen, initiatives, budget (issue 18) */
	ACT_WIJK_WRITE,            /* vertellen, wijkschouwen, assessing initiatives, payments, costs */
	ACT_WIJK_STEER,            /* the inzetniveau, the fund's budgets, the budget norm per home */
	ACT__MAX
};

extern const char *const action_ids[ACT__MAX];

enum verdict { VERDICT_ALLOW, VERDICT_DENY, VERDICT_HIDE };

/* What the matrix needs to know about one resource. */
struct scope {
	int in_area;               /* lies in one of the user's areas, or the user took it in */
	int sensitive;             /* a gevoelig dossier (or the link to one) */
	int in_team;               /* the user is the dossier's owner or a member */
	int64_t partner_id;        /* the referral's partner organisation; 0 if none */
};

/*
 * Who acts: the matrix needs the role and, for partner users, their
 * organisation; the audit trail and the stores' scoping also who and from
 * where. The web side builds one from the session (http_actor()), the
 * command line with ACTOR_CLI(). Pointers are borrowed.
 */
struct actor {
	enum role role;
	int64_t partner_id;
	int64_t user_id;            /* 0: not logged in, or the command line as nobody */
	const char *ip;             /* the client's address; "cli" for the command line */
	const char *name;           /* the user's name, for letters and timelines; NULL: none */
	const int64_t *areas;       /* the wijk ids the user is bound to (policy_sees_all_areas() aside) */
	int n_areas;
};

/* The command line acting for user_id (0: nobody), e.g. audit_record(db, &ACTOR_CLI(0), ...). */
#define ACTOR_CLI(uid) ((struct actor){ .role = ROLE_ANONYMOUS, .user_id = (uid), .ip = "cli" })

/*
 * Route level: may this role perform the action at all (on anything)?
 * ALLOW or DENY (anonymous users asking for a logged-in action get DENY; the
 * router turns that into a redirect to /login).
 */
enum verdict policy_route(enum role role, enum action action);
/*
 * For a route the matrix refuses a role: 1 when the answer must be 404
 * rather than 403, because even the kind of record must stay out of sight.
 * A partner user gets 404 on every melding and dossier URL, as for a path
 * that does not exist: a partner knows nothing of them.
 */
int policy_route_hidden(enum role role, enum action action);
/* Resource level: ALLOW, DENY or HIDE for this resource. */
enum verdict policy_check(const struct actor *who, enum action action, const struct scope *s);
/* True when the role sees every area (no area filter in its queries). */
int policy_sees_all_areas(enum role role, enum action action);

#endif
