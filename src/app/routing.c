/*
 * routing.c - routing rules applied to meldingen, and the check of a rule's
 * target (see routing.h).
 */
#include "app/routing.h"
#include "app/notify.h"
#include "auth/policy.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "lib/arena.h"
#include "lib/log.h"
#include "store/area.h"
#include "store/melding.h"
#include "store/melding_list.h"
#include "store/routing.h"
#include "store/user.h"

#include <string.h>

/* May u handle a melding in wijk_id (0: not placed) by the matrix, with u's own wijken? -1 on failure. */
static int may_handle(struct db *db, const struct user *u, int64_t wijk_id, int64_t created_by)
{
	int64_t areas[SESSION_MAX_AREAS];
	int n = user_areas(db, u->id, areas, SESSION_MAX_AREAS);
	struct actor who = { .role = u->role, .partner_id = u->partner_id, .user_id = u->id };
	struct scope s = { 0 };

	if (n < 0)
		return -1;
	for (int i = 0; wijk_id && i < n; i++)
		if (areas[i] == wijk_id)
			s.in_area = 1;
	s.in_team = created_by && created_by == u->id;
	return u->active && role_is_staff(u->role) && policy_check(&who, ACT_MELDING_HANDLE, &s) == VERDICT_ALLOW;
}

static void facts_of(const struct melding *m, struct routing_facts *f)
{
	int64_t local = m->ontvangen_op + amsterdam_offset(m->ontvangen_op);
	int64_t sec = local - (int64_t)amsterdam_day(m->ontvangen_op) * 86400;

	*f = (struct routing_facts){
		.category_id = m->category_id, .wijk_id = m->wijk_id, .buurt_id = m->buurt_id,
		.kanaal = (int)m->kanaal, .minute = (int)(sec / 60) % ROUTING_MINUTES,
	};
}

/* The rule's assignment to a person, its timeline line and the notice; 0 or -1. */
static int assign(struct db *db, struct arena *a, const struct melding *m, const struct routing_rule *r,
		  const struct user *u, int64_t op)
{
	if (routing_melding_assign(db, m->id, u->id, 0) != STORE_OK ||
	    melding_event_add(db, m->id, op, 0, "toegewezen",
			      arena_printf(a, "Toegewezen aan %s door regel '%s'.", u->naam, r->naam), 0) != STORE_OK)
		return -1;
	/* Who took it in by phone and got it by a rule needs no notice of it. */
	return u->id == m->created_by ? 0 : notify_melding_assigned(db, m->id, u->id, 0, op);
}

/*
 * The members of team_id who may handle m, into *out (arena); their count,
 * -1 on failure.
 */
static int able_members(struct db *db, struct arena *a, int64_t team_id, int64_t wijk_id, int64_t created_by,
			int64_t **out)
{
	int64_t *ids;
	int n = team_member_ids(db, a, team_id, &ids), k = 0;

	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		struct user u;
		enum store_result r = user_by_id(db, ids[i], &u);
		if (r == STORE_ERROR)
			return -1;
		int ok = r == STORE_OK ? may_handle(db, &u, wijk_id, created_by) : 0;
		if (ok < 0)
			return -1;
		if (ok)
			ids[k++] = ids[i];
	}
	*out = ids;
	return k;
}

/* The rule's assignment to a team (nobody yet), its timeline line and a notice to each able member. */
static int assign_team(struct db *db, struct arena *a, const struct melding *m, const struct routing_rule *r,
		       const int64_t *members, int n, int64_t op)
{
	if (routing_melding_assign(db, m->id, 0, r->team_id) != STORE_OK ||
	    melding_event_add(db, m->id, op, 0, "toegewezen",
			      arena_printf(a, "Toegewezen aan %s door regel '%s'.", r->doel_naam, r->naam), 0) != STORE_OK)
		return -1;
	for (int i = 0; i < n; i++)
		if (members[i] != m->created_by && notify_melding_assigned(db, m->id, members[i], 0, op) < 0)
			return -1;
	return 0;
}

/*
 * Rule r matched m: 1 when it assigned (or m already had this target), 0
 * when its target cannot take m (the next rule may), -1 on failure.
 */
static int try_rule(struct db *db, struct arena *a, const struct melding *m, const struct routing_rule *r,
		    int64_t assignee, int64_t team, int64_t op)
{
	if (r->team_id) {
		int64_t *members;
		int n = able_members(db, a, r->team_id, m->wijk_id, m->created_by, &members);
		if (n <= 0)
			return n;
		if (team == r->team_id && !assignee)
			return 1;
		return assign_team(db, a, m, r, members, n, op) < 0 ? -1 : 1;
	}
	struct user u;
	enum store_result s = user_by_id(db, r->user_id, &u);
	if (s == STORE_ERROR)
		return -1;
	int ok = s == STORE_OK ? may_handle(db, &u, m->wijk_id, m->created_by) : 0;
	if (ok <= 0)
		return ok;
	if (u.id == assignee && !team)
		return 1;
	return assign(db, a, m, r, &u, op) < 0 ? -1 : 1;
}

int routing_apply(struct db *db, struct arena *a, int64_t melding_id, int64_t op, int again)
{
	struct melding m;
	struct routing_rule *rules;
	struct routing_cond *conds;
	struct routing_facts f;
	int64_t assignee, team;
	int by_rule, n;

	/* Rules first: without any, an intake reads nothing more. */
	if ((n = routing_rules(db, a, &rules)) <= 0)
		return n;
	if (melding_get(db, a, melding_id, &m) != STORE_OK ||
	    routing_melding_state(db, melding_id, &assignee, &team, &by_rule) != STORE_OK)
		return -1;
	if (m.status == MS_AFGESLOTEN || (assignee && !by_rule))
		return 0;
	if (!again && (assignee || team))
		return 0;
	conds = arena_alloc(a, (size_t)n * sizeof(*conds));
	for (int i = 0; i < n; i++)
		conds[i] = rules[i].cond;
	facts_of(&m, &f);
	/* The first match whose person (or a member of whose team) may take it; one that cannot falls through. */
	for (int i = routing_first(conds, n, &f, 0); i >= 0; i = routing_first(conds, n, &f, i + 1)) {
		int rc = try_rule(db, a, &m, &rules[i], assignee, team, op);
		if (rc)
			return rc < 0 ? -1 : 0;
		log_info("routing: %s: rule %lld matches, but its target may not handle it", m.referentie,
			 (long long)rules[i].id);
	}
	return 0;
}

/* "Centrum, Noord": the names of the wijken user_id is bound to; NULL on failure. */
static const char *wijk_names(struct db *db, struct arena *a, int64_t user_id)
{
	int64_t ids[SESSION_MAX_AREAS];
	struct area_item *wijken;
	int n = user_areas(db, user_id, ids, SESSION_MAX_AREAS);
	int nw = melding_list_wijken(db, a, &wijken);
	const char *out = "";

	if (n < 0 || nw < 0)
		return NULL;
	for (int w = 0; w < nw; w++)
		for (int i = 0; i < n; i++)
			if (ids[i] == wijken[w].id)
				out = arena_printf(a, "%s%s%s", out, out[0] ? ", " : "", wijken[w].naam);
	return out;
}

/* Why person u cannot take the meldingen of area ar (NULL: anywhere); NULL when they can. */
static const char *person_refusal(struct db *db, struct arena *a, const struct user *u, const struct area *ar,
				  const char *wijk, int *failed)
{
	int ok = may_handle(db, u, ar ? ar->wijk_id : 0, 0);
	const char *names;

	if (ok != 0) {
		*failed = ok < 0;
		return NULL;
	}
	if (!(names = wijk_names(db, a, u->id))) {
		*failed = 1;
		return NULL;
	}
	if (!ar)
		return arena_printf(a, "%s werkt alleen in %s en kan niet elke melding behandelen. Kies bij Wijk of "
				    "buurt een gebied daarvan, of iemand die in alle wijken werkt.",
				    u->naam, names[0] ? names : "geen enkele wijk");
	return arena_printf(a, "%s werkt niet in wijk %s (%s) en mag die meldingen niet behandelen. Kies iemand "
			    "van wijk %s, of een ander gebied.", u->naam, wijk,
			    names[0] ? arena_printf(a, "wel in %s", names) : "in geen enkele wijk", wijk);
}

/* Why team_id cannot take them: no member who may. */
static const char *team_refusal(struct db *db, struct arena *a, int64_t team_id, const struct area *ar,
				const char *wijk, int *failed)
{
	struct team t;
	int64_t *ids;
	enum store_result r = team_get(db, a, team_id, &t);
	int n;

	if (r == STORE_NOTFOUND)
		return "Dit team bestaat niet (meer). Kies een team of medewerker uit de lijst.";
	if (r != STORE_OK || (n = team_member_ids(db, a, team_id, &ids)) < 0)
		goto fail;
	if (!n)
		return arena_printf(a, "Team %s heeft nog geen leden. Voeg eerst medewerkers toe bij Teams.", t.naam);
	for (int i = 0; i < n; i++) {
		struct user u;
		if ((r = user_by_id(db, ids[i], &u)) == STORE_ERROR)
			goto fail;
		int ok = r == STORE_OK ? may_handle(db, &u, ar ? ar->wijk_id : 0, 0) : 0;
		if (ok < 0)
			goto fail;
		if (ok)
			return NULL;
	}
	if (!ar)
		return arena_printf(a, "Geen lid van team %s werkt in alle wijken, dus niemand kan elke melding "
				    "behandelen. Kies bij Wijk of buurt een gebied van het team.", t.naam);
	return arena_printf(a, "Geen lid van team %s werkt in wijk %s, dus niemand van het team mag die meldingen "
			    "behandelen. Kies een ander team of gebied, of voeg iemand van wijk %s toe aan het team.",
			    t.naam, wijk, wijk);
fail:
	*failed = 1;
	return NULL;
}

const char *routing_target_refusal(struct db *db, struct arena *a, int64_t user_id, int64_t team_id, int64_t area_id,
				   int *failed)
{
	struct user u;
	struct area ar, wijk;
	enum store_result r;

	*failed = 0;
	if (user_id <= 0 && team_id <= 0)
		return "Kies aan wie deze regel meldingen toewijst: een medewerker of een team.";
	if (area_id) {
		r = area_get(db, area_id, &ar);
		if (r == STORE_NOTFOUND)
			return NULL;   /* the caller checks the area itself */
		if (r != STORE_OK || area_get(db, ar.wijk_id, &wijk) != STORE_OK)
			goto fail;
	}
	if (team_id > 0)
		return team_refusal(db, a, team_id, area_id ? &ar : NULL, area_id ? wijk.naam : NULL, failed);
	r = user_by_id(db, user_id, &u);
	if (r == STORE_ERROR)
		goto fail;
	if (r != STORE_OK || !u.active || !role_is_staff(u.role))
		return "Deze persoon is geen actieve medewerker. Kies iemand uit de lijst.";
	return person_refusal(db, a, &u, area_id ? &ar : NULL, area_id ? wijk.naam : NULL, failed);
fail:
	*failed = 1;
	return NULL;
}

const char *routing_team_of(struct db *db, struct arena *a, int64_t melding_id)
{
	return db ? routing_melding_team(db, a, melding_id) : NULL;
}
