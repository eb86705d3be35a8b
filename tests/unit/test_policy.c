/*
 * test_policy.c - the permission matrix, cell by cell, and the rule that
 * every route names its action (public routes only from a known list).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "auth/policy.h"
#include "http/router.h"

/* DESIGN.md's Roles table, written out again by hand: A = allowed at route level. */
static const char *const expected[ROLE__MAX] = {
	/*                              PUB LOG SUB MRD MHA TRI DRD DWR RCR RRD RAN DSH EXP ADM PTL PRV WRD WWR WST */
	[ROLE_ANONYMOUS]             = "A   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .",
	[ROLE_WIJKBEHEERDER]         = "A   A   A   A   A   .   A   A   .   .   .   A   .   .   A   .   A   A   .",
	[ROLE_SOCIAAL_BEHEERDER]     = "A   A   A   A   A   .   A   A   A   A   .   A   .   .   A   .   A   A   .",
	[ROLE_LEEFBAARHEIDSMEDEWERKER] = "A   A   A   A   A   .   A   A   A   A   .   A   .   .   A   .   A   A   .",
	[ROLE_ONDERSTEUNER]          = "A   A   A   A   A   A   A   .   .   A   .   A   A   .   A   .   A   .   .",
	[ROLE_COORDINATOR]           = "A   A   A   A   A   A   A   A   A   A   .   A   A   .   A   A   A   A   A",
	[ROLE_PARTNER]               = "A   A   .   .   .   .   .   .   .   A   A   .   .   .   .   .   .   .   .",
	[ROLE_BEHEERDER]             = "A   A   .   .   .   .   .   .   .   .   .   .   .   A   A   .   .   .   .",
};

static void test_route_level_cells(void **state)
{
	(void)state;
	for (int r = 0; r < ROLE__MAX; r++) {
		const char *row = expected[r];
		int a = 0;
		for (const char *p = row; *p; p++) {
			if (*p == ' ')
				continue;
			assert_true(a < ACT__MAX);
			enum verdict want = *p == 'A' ? VERDICT_ALLOW : VERDICT_DENY;
			if (policy_route((enum role)r, (enum action)a) != want)
				fail_msg("role %s action %s: expected %s", role_ids[r], action_ids[a],
					 want == VERDICT_ALLOW ? "allow" : "deny");
			a++;
		}
		assert_int_equal(a, ACT__MAX);
	}
}

static enum verdict check(enum role role, enum action a, int in_area, int sensitive, int in_team)
{
	struct actor who = { .role = role };
	struct scope s = { .in_area = in_area, .sensitive = sensitive, .in_team = in_team };
	return policy_check(&who, a, &s);
}

static void test_area_scoping(void **state)
{
	(void)state;
	/* Area roles see their own areas and nothing else exists for them. */
	assert_int_equal(check(ROLE_WIJKBEHEERDER, ACT_MELDING_READ, 1, 0, 0), VERDICT_ALLOW);
	assert_int_equal(check(ROLE_WIJKBEHEERDER, ACT_MELDING_READ, 0, 0, 0), VERDICT_HIDE);
	assert_int_equal(check(ROLE_SOCIAAL_BEHEERDER, ACT_MELDING_HANDLE, 0, 0, 0), VERDICT_HIDE);
	assert_int_equal(check(ROLE_LEEFBAARHEIDSMEDEWERKER, ACT_DOSSIER_WRITE, 1, 0, 0), VERDICT_ALLOW);
	/* The one who took it in (in_team here) keeps seeing it. */
	assert_int_equal(check(ROLE_WIJKBEHEERDER, ACT_MELDING_READ, 0, 0, 1), VERDICT_ALLOW);
	/* All-area roles see everything. */
	assert_int_equal(check(ROLE_ONDERSTEUNER, ACT_MELDING_READ, 0, 0, 0), VERDICT_ALLOW);
	assert_int_equal(check(ROLE_COORDINATOR, ACT_DOSSIER_WRITE, 0, 0, 0), VERDICT_ALLOW);
	/* Roles without the right are denied, not hidden. */
	assert_int_equal(check(ROLE_BEHEERDER, ACT_MELDING_READ, 1, 0, 0), VERDICT_DENY);
	assert_int_equal(check(ROLE_ONDERSTEUNER, ACT_DOSSIER_WRITE, 1, 0, 0), VERDICT_DENY);
	assert_int_equal(check(ROLE_PARTNER, ACT_DOSSIER_READ, 1, 0, 0), VERDICT_DENY);
}

static void test_gevoelig(void **state)
{
	(void)state;
	/* The team: owner/members, SB/LM of the area, the coördinator. */
	assert_int_equal(check(ROLE_SOCIAAL_BEHEERDER, ACT_DOSSIER_READ, 1, 1, 0), VERDICT_ALLOW);
	assert_int_equal(check(ROLE_LEEFBAARHEIDSMEDEWERKER, ACT_DOSSIER_READ, 1, 1, 0), VERDICT_ALLOW);
	assert_int_equal(check(ROLE_COORDINATOR, ACT_DOSSIER_READ, 0, 1, 0), VERDICT_ALLOW);
	/* A wijkbeheerder of the right wijk still gets 404, unless a member. */
	assert_int_equal(check(ROLE_WIJKBEHEERDER, ACT_DOSSIER_READ, 1, 1, 0), VERDICT_HIDE);
	assert_int_equal(check(ROLE_WIJKBEHEERDER, ACT_DOSSIER_READ, 1, 1, 1), VERDICT_ALLOW);
	/* The ondersteuner reads non-gevoelig dossiers only. */
	assert_int_equal(check(ROLE_ONDERSTEUNER, ACT_DOSSIER_READ, 1, 1, 0), VERDICT_HIDE);
	assert_int_equal(check(ROLE_ONDERSTEUNER, ACT_DOSSIER_READ, 0, 0, 0), VERDICT_ALLOW);
	/* SB of another area: hidden, gevoelig or not. */
	assert_int_equal(check(ROLE_SOCIAAL_BEHEERDER, ACT_DOSSIER_READ, 0, 1, 0), VERDICT_HIDE);
	/* Export of gevoelig rows: only for the coördinator among exporters. */
	assert_int_equal(check(ROLE_ONDERSTEUNER, ACT_EXPORT, 0, 1, 0), VERDICT_HIDE);
	assert_int_equal(check(ROLE_COORDINATOR, ACT_EXPORT, 0, 1, 0), VERDICT_ALLOW);
}

static void test_partner_isolation(void **state)
{
	(void)state;
	struct actor a = { .role = ROLE_PARTNER, .partner_id = 7 };
	struct scope own = { .partner_id = 7 }, other = { .partner_id = 8 }, none = { 0 };

	assert_int_equal(policy_check(&a, ACT_REFERRAL_READ, &own), VERDICT_ALLOW);
	assert_int_equal(policy_check(&a, ACT_REFERRAL_ANSWER, &own), VERDICT_ALLOW);
	assert_int_equal(policy_check(&a, ACT_REFERRAL_READ, &other), VERDICT_HIDE);
	assert_int_equal(policy_check(&a, ACT_REFERRAL_ANSWER, &none), VERDICT_HIDE);
	/* A partner user without an organisation sees nothing. */
	struct actor orphan = { .role = ROLE_PARTNER, .partner_id = 0 };
	assert_int_equal(policy_check(&orphan, ACT_REFERRAL_READ, &none), VERDICT_HIDE);
	/* Staff never answer as a partner. */
	struct actor co = { .role = ROLE_COORDINATOR };
	assert_int_equal(policy_check(&co, ACT_REFERRAL_ANSWER, &own), VERDICT_DENY);
}

/* A partner's refused melding and dossier URLs answer 404, other refusals 403 (issue 8). */
static void test_route_hidden(void **state)
{
	(void)state;
	static const enum action hidden[] = {
		ACT_MELDING_SUBMIT, ACT_MELDING_READ, ACT_MELDING_HANDLE, ACT_MELDING_TRIAGE,
		ACT_DOSSIER_READ, ACT_DOSSIER_WRITE,
	};
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		assert_true(policy_route_hidden(ROLE_PARTNER, hidden[i]));
	/* Staff pages a partner may not use are plainly forbidden. */
	assert_false(policy_route_hidden(ROLE_PARTNER, ACT_DASHBOARD));
	assert_false(policy_route_hidden(ROLE_PARTNER, ACT_ADMIN));
	assert_false(policy_route_hidden(ROLE_PARTNER, ACT_EXPORT));
	assert_false(policy_route_hidden(ROLE_PARTNER, ACT_REFERRAL_CREATE));
	/* What the partner may do is not refused at all. */
	assert_false(policy_route_hidden(ROLE_PARTNER, ACT_REFERRAL_READ));
	/* Other roles keep their 403. */
	assert_false(policy_route_hidden(ROLE_BEHEERDER, ACT_MELDING_READ));
	assert_false(policy_route_hidden(ROLE_ONDERSTEUNER, ACT_DOSSIER_WRITE));
	assert_false(policy_route_hidden(ROLE_WIJKBEHEERDER, ACT_REFERRAL_READ));
}

static void test_out_of_range(void **state)
{
	(void)state;
	struct actor bad = { .role = (enum role)ROLE__MAX };
	struct scope s = { .in_area = 1 };
	assert_int_equal(policy_route(ROLE__MAX, ACT_PUBLIC), VERDICT_DENY);
	assert_int_equal(policy_route(ROLE_COORDINATOR, ACT__MAX), VERDICT_DENY);
	assert_int_equal(policy_check(&bad, ACT_PUBLIC, &s), VERDICT_DENY);
	assert_int_equal(role_parse("coordinator"), ROLE_COORDINATOR);
	assert_int_equal(role_parse("anoniem"), -1);
	assert_int_equal(role_parse(""), -1);
}

/* Routes open to visitors: adding one here is a conscious decision. */
static const char *const public_routes[] = {
	"GET /", "GET /healthz", "GET /static/{file}", "GET /login", "POST /login",
	"GET /melden", "POST /melden", "GET /melding/status/{token}",
	"GET /melden/ontvangen/{token}", "GET /melden/toegevoegd",   /* the confirmation after POST /melden (issue 17) */
	"GET /melding/status/{token}/tevredenheid", "POST /melding/status/{token}/tevredenheid",   /* the melder's score (issue 17) */
	"GET /melding/status/{token}/dagboek", "POST /melding/status/{token}/dagboek",   /* the melder's overlastdagboek (issue 17) */
	"POST /api/v1/meldingen", "GET /api/v1/categorieen",
	"GET /privacy",   /* the privacy statement the form and the status page link to */
	"GET /sessie.css", /* only the delay of the session banner, from its own query; the first-login page needs it */
	"GET /initiatief", "POST /initiatief",   /* the bewonersinitiatief's application (issue 18) ... */
	"GET /initiatief/ontvangen/{token}", "GET /initiatief/status/{token}",   /* ... its confirmation and status link */
};

static void test_every_route_declares_its_action(void **state)
{
	(void)state;
	static const char *const methods[] = { "GET", "HEAD", "POST", "OTHER" };
	for (size_t i = 0; i < routes_count; i++) {
		const struct route *r = &routes[i];
		char name[200];
		assert_non_null(r->handler);
		assert_non_null(r->pattern);
		assert_true((unsigned)r->action < ACT__MAX);
		snprintf(name, sizeof(name), "%s %s", methods[r->method], r->pattern);
		if (r->action == ACT_PUBLIC) {
			int listed = 0;
			for (size_t k = 0; k < sizeof(public_routes) / sizeof(public_routes[0]); k++)
				listed |= !strcmp(name, public_routes[k]);
			if (!listed)
				fail_msg("route %s is public but not on the list of public routes", name);
		}
		/* A POST without a session must prove its form came from us. */
		if (r->method == HTTP_POST && r->action == ACT_PUBLIC && strncmp(r->pattern, "/api/", 5))
			assert_true(r->flags & ROUTE_PRECSRF);
	}
}

static void test_pattern_match(void **state)
{
	(void)state;
	struct arena a = ARENA_INIT;
	const char *p[ROUTE_MAX_PARAMS];
	int n = 0;

	assert_int_equal(router_pattern_match("/meldingen/{id}/{action}", "/meldingen/12/bevestigen", &a, p, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(p[0], "12");
	assert_string_equal(p[1], "bevestigen");
	assert_int_equal(router_pattern_match("/meldingen/{id}", "/meldingen/", &a, p, &n), -1);
	assert_int_equal(router_pattern_match("/meldingen/{id}", "/meldingen/1/x", &a, p, &n), -1);
	assert_int_equal(router_pattern_match("/", "/", &a, p, &n), 0);
	assert_int_equal(router_pattern_match("/login", "/login/", &a, p, &n), -1);
	arena_release(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_route_level_cells),
		cmocka_unit_test(test_area_scoping),
		cmocka_unit_test(test_gevoelig),
		cmocka_unit_test(test_partner_isolation),
		cmocka_unit_test(test_route_hidden),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_every_route_declares_its_action),
		cmocka_unit_test(test_pattern_match),
	};
	return cmocka_run_group_tests_name("policy", tests, NULL, NULL);
}
