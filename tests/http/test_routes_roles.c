/*
 * test_routes_roles.c - every route of routes[] for every role and for a
 * visitor without an account, against the permission matrix.
 *
 * The suite first makes one record of each kind the routes name, in wijk
 * Centrum: a melding with a photo (the public form), a dossier and a
 * gevoelig dossier with a letter each (opened by the coördinator), referrals
 * to the demo wijkteam (with the photo), to GGZ, and from the gevoelig
 * dossier to the wijkteam, and for beheer a user with an API token, a
 * partner, an area, a category and a closing day. Then it fills each
 * route's {parameters} with those records (fills[]; for referring, the
 * dossier goes in the form or the query) and sends the request as a
 * browser would - GET, or POST with the session's CSRF token (the form's
 * own token for a visitor on /melden and /login) and an empty form or {} -
 * logged in as the demo account of each role.
 *
 * What each answer must be is derived, not listed: policy_route() and
 * policy_route_hidden() at route level, then policy_check() with the scope
 * of the record as DESIGN.md has it (scope_of(): the record's wijk among
 * the user's areas, the dossier's team and gevoelig flag, a referral's
 * partner organisation - a partner never learns a referral's dossier),
 * and the few rules a handler adds (extra_rules[]):
 *
 *   allowed            anything but 401, 403, 404 (200, 303, 400, 410 or 422
 *                      for the empty body are all fine)
 *   denied             403
 *   hidden             404 (a partner on melding and dossier URLs, a
 *                      gevoelig dossier outside its team, a record of
 *                      another wijk, another organisation's referral)
 *   visitor            303 to /login for a page and a page's form (its input
 *                      kept, issue 16), 401 for the API
 *
 * and no answer is ever a 500. A route with {parameters} the suite has no
 * record for, a role or an action it does not know (the switch in
 * reads_record() has no default: a new action does not compile), all fail.
 * Every mismatch is printed before the test fails. Where the program
 * answers otherwise today and it has been reported, known[] says so; the
 * sweep prints each such answer and fails once it no longer happens.
 */
#include "accounts.h"
#include "harness.h"

#include "auth/policy.h"
#include "domain/days.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INI "[security]\nmelden_min_seconds = 0\nmelden_per_ip_hour = 100000\n"

/* ---- who asks ------------------------------------------------------------ */

/* One account per role (the demo organisation's), and the visitor. */
static struct viewer {
	enum role role;
	const char *email;              /* NULL: not logged in */
	long long user_id, partner_id;  /* read from the database */
	struct client *c;               /* logged in, for the whole sweep */
	char *csrf;                     /* the session's token */
} viewers[] = {
	{ ROLE_ANONYMOUS, NULL, 0, 0, NULL, NULL },
	{ ROLE_WIJKBEHEERDER, "wijkbeheer@voorbeeld.example", 0, 0, NULL, NULL },       /* Centrum */
	{ ROLE_SOCIAAL_BEHEERDER, "sociaal@voorbeeld.example", 0, 0, NULL, NULL },      /* Centrum, Noord */
	{ ROLE_LEEFBAARHEIDSMEDEWERKER, "leefbaarheid@voorbeeld.example", 0, 0, NULL, NULL }, /* Oost */
	{ ROLE_ONDERSTEUNER, "ondersteuner@voorbeeld.example", 0, 0, NULL, NULL },
	{ ROLE_COORDINATOR, "coordinator@voorbeeld.example", 0, 0, NULL, NULL },
	{ ROLE_PARTNER, "wijkteam@voorbeeld.example", 0, 0, NULL, NULL },              /* the demo wijkteam */
	{ ROLE_BEHEERDER, "beheerder@voorbeeld.example", 0, 0, NULL, NULL },
};

/* ---- what the routes name -------------------------------------------------- */

enum kind {
	K_NONE,                 /* nothing the matrix looks at (a file, a token, a beheer record) */
	K_MELDING,
	K_DOSSIER,              /* the dossier record of its own */
	K_REFERRAL,             /* a referral: its partner, and for staff its dossier */
	K_NOTIFICATION,         /* a notification: its user's alone, a 404 to anyone else (id: that user) */
	K_WIJK,                 /* a wijkmonitor record (a wijk, a schouw, an initiative): by its wijk (id: that wijk) */
};

/* One record and the values it gives a route's {parameters}. */
struct record {
	const char *name;
	enum kind kind;
	long long id;            /* melding, dossier or referral id (0: none) */
	long long partner_id;    /* a referral's organisation */
	long long dossier_id;    /* a referral's dossier */
	const char *params[8][2];   /* { "{name}", value } */
};

enum {
	R_MELDING, R_STATUS, R_STATIC,
	R_DOSSIER, R_GEVOELIG, R_REFERRAL, R_REFERRAL_GGZ, R_REFERRAL_GEVOELIG,
	R_USER, R_PARTNER, R_AREA, R_CATEGORY, R_LETTER_KIND, R_CLOSING_DAY, R_FEESTDAG,
	R_ROUTING_RULE, R_TEAM, R_NOTIFICATION, R_STANDAARDTEKST,
	R_WIJK,                 /* the wijk Centrum by its CBS code (issue 18) */
	R_SCHOUW,               /* a wijkschouw of Centrum with a finding and its photo (issue 18) */
	R_INITIATIEF,           /* a bewonersinitiatief in Centrum (issue 18) */
	R_INITIATIEF_STATUS,    /* its applicant's status link */
	R__MAX
};
static struct record records[R__MAX];

/*
 * Which records fill the routes whose pattern starts with prefix (the
 * explicit table a new route with parameters must be added to; the more
 * specific prefix first), and the routes whose record is in the form (the
 * query of a GET): pattern exactly, with the field that names it.
 */
static const struct {
	int method;              /* HTTP_GET, HTTP_POST; -1: both */
	const char *prefix;
	int records[4];          /* ends at -1 */
	const char *field;       /* the record's {id} goes in this field; NULL: in the path */
} fills[] = {
	{ -1, "/static/{file}", { R_STATIC, -1 }, NULL },
	/* the inzetniveau and vertellen (issue 18), first: a wider /wijken/{code} row would take them */
	{ -1, "/wijken/{code}/inzet", { R_WIJK, -1 }, NULL },
	{ -1, "/wijken/{code}/vertellen", { R_WIJK, -1 }, NULL },
	{ -1, "/api/v1/wijken/{code}/vertellen", { R_WIJK, -1 }, NULL },
	/* the wijkprofiel and its CSV (issue 18) */
	{ -1, "/wijken/{code}", { R_WIJK, -1 }, NULL },
	{ -1, "/api/v1/wijken/{code}", { R_WIJK, -1 }, NULL },
	{ -1, "/schouwen/{id}", { R_SCHOUW, -1 }, NULL },
	{ -1, "/api/v1/schouwen/{id}", { R_SCHOUW, -1 }, NULL },
	{ -1, "/initiatieven/{id}", { R_INITIATIEF, -1 }, NULL },
	{ -1, "/api/v1/initiatieven/{id}", { R_INITIATIEF, -1 }, NULL },
	{ -1, "/initiatief/", { R_INITIATIEF_STATUS, -1 }, NULL },
	{ -1, "/melding/status/{token}", { R_STATUS, -1 }, NULL },
	{ -1, "/melden/ontvangen/{token}", { R_STATUS, -1 }, NULL },
	{ -1, "/meldingen/{id}", { R_MELDING, -1 }, NULL },
	{ -1, "/api/v1/meldingen/{referentie}", { R_MELDING, -1 }, NULL },
	{ -1, "/dossiers/{id}", { R_DOSSIER, R_GEVOELIG, -1 }, NULL },
	{ -1, "/api/v1/dossiers/{referentie}", { R_DOSSIER, R_GEVOELIG, -1 }, NULL },
	/* referring: the dossier is the form's (in the query of the form page) */
	{ HTTP_POST, "/doorverwijzingen", { R_DOSSIER, R_GEVOELIG, -1 }, "dossier" },
	{ HTTP_GET, "/doorverwijzingen/nieuw", { R_DOSSIER, R_GEVOELIG, -1 }, "dossier" },
	/* the files: only the wijkteam's referral carries one */
	{ -1, "/doorverwijzingen/{id}/bijlagen/{bijlage}", { R_REFERRAL, -1 }, NULL },
	{ -1, "/doorverwijzingen/{id}", { R_REFERRAL, R_REFERRAL_GGZ, R_REFERRAL_GEVOELIG, -1 }, NULL },
	{ -1, "/api/v1/doorverwijzingen/{id}", { R_REFERRAL, R_REFERRAL_GGZ, R_REFERRAL_GEVOELIG, -1 }, NULL },
	{ -1, "/beheer/gebruikers/{id}", { R_USER, -1 }, NULL },
	{ -1, "/beheer/tokens/{token}", { R_USER, -1 }, NULL },
	{ -1, "/beheer/partners/{id}", { R_PARTNER, -1 }, NULL },
	{ -1, "/beheer/gebieden/{id}", { R_AREA, -1 }, NULL },
	{ -1, "/beheer/categorieen/{id}", { R_CATEGORY, -1 }, NULL },
	{ -1, "/beheer/routering/teams/{id}", { R_TEAM, -1 }, NULL },
	{ -1, "/beheer/routering/{id}", { R_ROUTING_RULE, -1 }, NULL },
	{ -1, "/beheer/brieven/{soort}", { R_LETTER_KIND, -1 }, NULL },
	{ -1, "/beheer/standaardteksten/{id}", { R_STANDAARDTEKST, -1 }, NULL },
	{ -1, "/beheer/sluitingsdagen/{datum}", { R_CLOSING_DAY, -1 }, NULL },
	{ -1, "/beheer/feestdagen/{datum}", { R_FEESTDAG, -1 }, NULL },
	{ -1, "/notificaties/{id}", { R_NOTIFICATION, -1 }, NULL },
	{ -1, "/api/v1/notificaties/{id}", { R_NOTIFICATION, -1 }, NULL },
};

/*
 * What a handler asks beyond its route's action: anyone may report, but of
 * those who are logged in only the roles the matrix lets submit (the
 * public form and the API alike).
 */
static const struct {
	enum http_method method;
	const char *pattern;
	enum action session_needs;
} extra_rules[] = {
	{ HTTP_POST, "/melden", ACT_MELDING_SUBMIT },
	{ HTTP_POST, "/api/v1/meldingen", ACT_MELDING_SUBMIT },
};

/*
 * Where the program answers otherwise today: reported, to be fixed in src/.
 * Each one is printed when it happens; one that no longer happens fails the
 * sweep, so that its line goes too.
 */
static struct {
	enum http_method method;
	const char *pattern;
	enum role role;
	long status;             /* what it answers instead */
	const char *why;
	int seen;
} known[] = {
	{ HTTP_GET, NULL, ROLE__MAX, 0, NULL, 0 },   /* the end; add deviations above it */
};

/* What every route with an {action} segment gets: a step that needs a text, so the empty form changes nothing. */
static const char *const any_action = "notitie";

/* ---- the expectation ------------------------------------------------------- */

enum expect { EXP_ALLOWED, EXP_DENIED, EXP_HIDDEN, EXP_LOGIN };
static const char *const expect_names[] = { "allowed", "403", "404", "login" };

/*
 * Whether the action's check looks at the record the path names (its wijk,
 * team, gevoelig flag, organisation). No default: an action the sweep does
 * not know is a compile error (-Wswitch), and must be placed here.
 */
static int reads_record(enum action a)
{
	switch (a) {
	case ACT_PUBLIC:
	case ACT_LOGGED_IN:
	case ACT_MELDING_SUBMIT:
	case ACT_DASHBOARD:
	case ACT_EXPORT:
	case ACT_ADMIN:
	case ACT_PARTNER_LIST:
	case ACT_PRIVACY:
		return 0;
	case ACT_MELDING_READ:
	case ACT_MELDING_HANDLE:
	case ACT_MELDING_TRIAGE:
	case ACT_DOSSIER_READ:
	case ACT_DOSSIER_WRITE:
	case ACT_REFERRAL_CREATE:
	case ACT_REFERRAL_READ:
	case ACT_REFERRAL_ANSWER:
	case ACT_WIJK_READ:
	case ACT_WIJK_WRITE:
	case ACT_WIJK_STEER:
		return 1;
	case ACT__MAX:
		break;
	}
	fail_msg("action %d is unknown to the sweep", (int)a);
	return 0;
}

/* 1 if the viewer's areas hold wijk. */
static int in_areas(struct server *s, const struct viewer *v, long long wijk)
{
	return test_sql_int(s, "SELECT count(*) FROM user_area WHERE user_id = %lld AND area_id = %lld",
			    v->user_id, wijk) > 0;
}

/* The dossier's scope for a staff member: its wijk, its team, its gevoelig flag. */
static struct scope dossier_scope_of(struct server *s, long long dossier, const struct viewer *v)
{
	struct scope sc = { 0, 0, 0, 0 };

	sc.in_area = in_areas(s, v, test_sql_int(s, "SELECT wijk_id FROM dossier WHERE id = %lld", dossier));
	sc.sensitive = test_sql_int(s, "SELECT gevoelig FROM dossier WHERE id = %lld", dossier) == 1;
	sc.in_team = test_sql_int(s, "SELECT (SELECT owner_id FROM dossier WHERE id = %lld) = %lld OR EXISTS"
				     " (SELECT 1 FROM dossier_member WHERE dossier_id = %lld AND user_id = %lld)",
				  dossier, v->user_id, dossier, v->user_id) == 1;
	return sc;
}

/*
 * The record's attributes as the matrix sees them for this viewer
 * (DESIGN.md, Roles): a melding by its wijk (or who took it in); a dossier
 * by its wijk, team and gevoelig flag; a referral by its organisation and,
 * for staff, its dossier. A partner's view of a referral is its
 * organisation alone: the partner never learns anything of the dossier.
 */
static struct scope scope_of(struct server *s, const struct record *rec, const struct viewer *v)
{
	struct scope sc = { 0, 0, 0, 0 };

	switch (rec->kind) {
	case K_NONE:
		break;
	case K_MELDING:
		sc.in_area = in_areas(s, v, test_sql_int(s, "SELECT coalesce(wijk_id, 0) FROM melding WHERE id = %lld", rec->id)) ||
			     test_sql_int(s, "SELECT count(*) FROM melding WHERE id = %lld AND created_by = %lld",
					  rec->id, v->user_id) > 0;
		break;
	case K_DOSSIER:
		sc = dossier_scope_of(s, rec->id, v);
		break;
	case K_REFERRAL:
		if (v->role != ROLE_PARTNER)
			sc = dossier_scope_of(s, rec->dossier_id, v);
		sc.partner_id = rec->partner_id;
		break;
	case K_NOTIFICATION:
		break;
	case K_WIJK:
		sc.in_area = in_areas(s, v, rec->id);
		break;
	}
	return sc;
}

static enum expect expect_for(struct server *s, const struct route *rt, const struct record *rec,
			      const struct viewer *v)
{
	int needs_record = reads_record(rt->action);

	if (policy_route(v->role, rt->action) != VERDICT_ALLOW) {
		if (v->role == ROLE_ANONYMOUS)
			return EXP_LOGIN;
		return policy_route_hidden(v->role, rt->action) ? EXP_HIDDEN : EXP_DENIED;
	}
	for (size_t i = 0; i < ARRAY_SIZE(extra_rules); i++)
		if (v->role != ROLE_ANONYMOUS && rt->method == extra_rules[i].method &&
		    !strcmp(rt->pattern, extra_rules[i].pattern) &&
		    policy_route(v->role, extra_rules[i].session_needs) != VERDICT_ALLOW)
			return EXP_DENIED;
	/* A notification is its user's own: to any other account it does not exist. */
	if (rec && rec->kind == K_NOTIFICATION)
		return rec->id == v->user_id ? EXP_ALLOWED : EXP_HIDDEN;
	if (!needs_record || !rec || rec->kind == K_NONE)
		return EXP_ALLOWED;
	struct actor who = { .role = v->role, .partner_id = v->partner_id, .user_id = v->user_id, .ip = "test" };
	struct scope sc = scope_of(s, rec, v);
	switch (policy_check(&who, rt->action, &sc)) {
	case VERDICT_ALLOW:
		return EXP_ALLOWED;
	case VERDICT_DENY:
		return EXP_DENIED;
	case VERDICT_HIDE:
		return EXP_HIDDEN;
	}
	return EXP_DENIED;
}

/* ---- the records ---------------------------------------------------------- */

static void set_param(struct record *rec, const char *name, const char *value)
{
	size_t i = 0;

	while (rec->params[i][0])
		i++;
	assert_true(i < ARRAY_SIZE(rec->params) - 1);
	rec->params[i][0] = name;
	rec->params[i][1] = value;
}

/* A number as a parameter's value; values live as long as the program (the sweep runs once). */
static const char *keep(long long v)
{
	static char pool[64][24];
	static size_t n;

	assert_true(n < ARRAY_SIZE(pool));
	snprintf(pool[n], sizeof(pool[n]), "%lld", v);
	return pool[n++];
}

/* keep() for text; frees text when owned. */
static const char *keep_text(char *text, int owned)
{
	static char pool[16][96];
	static size_t n;

	assert_true(n < ARRAY_SIZE(pool));
	snprintf(pool[n], sizeof(pool[n]), "%s", text);
	if (owned)
		free(text);
	return pool[n++];
}

/* A dossier at 9991 AA nr (Binnenstad, wijk Centrum) opened by c, with a letter; fills rec. */
static void make_dossier(struct server *s, struct client *c, const char *nr, int gevoelig, const char *melding,
			 struct record *rec, const char *name)
{
	struct response *r = account_post(c, NULL, "/dossiers", (const char *const[]){
		"postcode", "9991 AA", "huisnummer", nr, "pijler", "sociaal_repressief", "onderwerp", name,
		"gevoelig", gevoelig ? "1" : "0", melding ? "meldingen" : NULL, melding, NULL });
	long long id = assert_created(r, "/dossiers/");
	response_free(r);
	char path[64];
	snprintf(path, sizeof(path), "/dossiers/%lld/brief", id);
	r = account_post(c, NULL, path, (const char *const[]){ "soort", "waarschuwingsbrief", "naam", "De bewoner",
								"feiten", "Harde muziek na middernacht.", NULL });
	snprintf(path, sizeof(path), "/dossiers/%lld/brieven/", id);
	long long letter = assert_created(r, path);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT gevoelig FROM dossier WHERE id = %lld", id), gevoelig);

	*rec = (struct record){ .name = name, .kind = K_DOSSIER, .id = id };
	set_param(rec, "{id}", keep(id));
	set_param(rec, "{referentie}", keep_text(test_sql_text(s, "SELECT referentie FROM dossier WHERE id = %lld", id), 1));
	set_param(rec, "{brief}", keep(letter));
}

/* A referral from dossier to partner by c (with the melding's photo when attachment); fills rec. */
static void make_referral(struct server *s, struct client *c, long long dossier, long long partner, long long attachment,
			  struct record *rec, const char *name)
{
	char did[24], pid[24], att[24];

	snprintf(did, sizeof(did), "%lld", dossier);
	snprintf(pid, sizeof(pid), "%lld", partner);
	snprintf(att, sizeof(att), "%lld", attachment);
	struct response *r = account_post(c, NULL, "/doorverwijzingen", (const char *const[]){
		"dossier", did, "partner", pid, "reden", "Zorgen om de bewoner.", "vraag", "Kunt u langsgaan?",
		"gedeelde_informatie", "Bewoner op 2-hoog.", attachment ? "bijlagen" : NULL, att, NULL });
	long long id = assert_created(r, "/doorverwijzingen/");
	response_free(r);

	*rec = (struct record){ .name = name, .kind = K_REFERRAL, .id = id, .partner_id = partner, .dossier_id = dossier };
	set_param(rec, "{id}", keep(id));
	if (attachment) {
		long long file = test_sql_int(s, "SELECT id FROM referral_file WHERE referral_id = %lld", id);
		assert_true(file > 0);
		set_param(rec, "{bijlage}", keep(file));
	}
}

static void make_records(struct server *s)
{
	seed_organisation(s);

	/* The melding: a tenant's, with a photo, at Kerkstraat 3 (Binnenstad, Centrum). */
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Elke nacht harde muziek bij de buren."),
		FORM_FIELD("postcode", "9991 AA"), FORM_FIELD("huisnummer", "3"), FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", (const char *)test_jpeg, sizeof(test_jpeg), "muziek.jpg", "image/jpeg"),
		FORM_END,
	};
	struct filed m;
	public_melding_ok(s, parts, &m);
	long long melding = m.id;
	long long attachment = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld", melding);
	assert_true(melding > 0 && attachment > 0);
	assert_true(test_sql_int(s, "SELECT wijk_id FROM melding WHERE id = %lld", melding) == test_area_id(s, "WK999901"));
	records[R_MELDING] = (struct record){ .name = "melding", .kind = K_MELDING, .id = melding };
	set_param(&records[R_MELDING], "{id}", keep(melding));
	set_param(&records[R_MELDING], "{referentie}", keep_text(m.ref, 0));
	set_param(&records[R_MELDING], "{bijlage}", keep(attachment));
	records[R_STATUS] = (struct record){ .name = "status link", .kind = K_NONE };
	set_param(&records[R_STATUS], "{token}", keep_text(m.status_path + strlen("/melding/status/"), 0));
	records[R_STATIC] = (struct record){ .name = "stylesheet", .kind = K_NONE };
	set_param(&records[R_STATIC], "{file}", "style.css");

	/* The dossiers and referrals, by the coördinator: nobody else is in their team. */
	struct client *co = account_client(s, "coordinator@voorbeeld.example", DEMO_PASSWORD);
	make_dossier(s, co, "3", 0, m.ref, &records[R_DOSSIER], "dossier");
	make_dossier(s, co, "5", 1, NULL, &records[R_GEVOELIG], "gevoelig dossier");
	long long wijkteam = test_sql_int(s, "SELECT id FROM partner WHERE naam = 'Sociaal Wijkteam Voorbeeldstad'");
	long long ggz = test_sql_int(s, "SELECT id FROM partner WHERE naam = 'GGZ Voorbeeld'");
	assert_true(wijkteam > 0 && ggz > 0);
	make_referral(s, co, records[R_DOSSIER].id, wijkteam, attachment, &records[R_REFERRAL], "referral to the wijkteam");
	make_referral(s, co, records[R_DOSSIER].id, ggz, 0, &records[R_REFERRAL_GGZ], "referral to GGZ");
	make_referral(s, co, records[R_GEVOELIG].id, wijkteam, 0, &records[R_REFERRAL_GEVOELIG],
		      "referral from the gevoelig dossier");
	client_free(co);

	/* Beheer: records of the sweep's own, so an empty form that did change something harms nothing else. */
	account_add(s, "sweep.doel@voorbeeld.example", "Sweep Doel", "wijkbeheerder", NULL,
		    (const char *const[]){ "--area", "WK999901", NULL });
	free(account_token(s, "sweep.doel@voorbeeld.example"));
	long long user = test_user_id(s, "sweep.doel@voorbeeld.example");
	records[R_USER] = (struct record){ .name = "user", .kind = K_NONE };
	set_param(&records[R_USER], "{id}", keep(user));
	set_param(&records[R_USER], "{token}", keep(test_sql_int(s, "SELECT id FROM api_token WHERE user_id = %lld", user)));
	test_sql(s, "INSERT INTO partner(naam, soort, created_at) VALUES ('Partner van de sweep', 'overig', 0)");
	records[R_PARTNER] = (struct record){ .name = "partner", .kind = K_NONE };
	set_param(&records[R_PARTNER], "{id}",
		  keep(test_sql_int(s, "SELECT id FROM partner WHERE naam = 'Partner van de sweep'")));
	test_sql(s, "INSERT INTO area(code, naam, soort, parent_id, wijk_id) VALUES ('C-9999', 'Complex van de sweep',"
		    " 'complex', (SELECT id FROM area WHERE code = 'BU99990101'), (SELECT id FROM area WHERE code = 'WK999901'))");
	records[R_AREA] = (struct record){ .name = "area", .kind = K_NONE };
	set_param(&records[R_AREA], "{id}", keep(test_area_id(s, "C-9999")));
	records[R_CATEGORY] = (struct record){ .name = "category", .kind = K_NONE };
	set_param(&records[R_CATEGORY], "{id}", keep(test_sql_int(s, "SELECT id FROM category WHERE code = 'drugs'")));
	/* A team and a routing rule for beheer (issue 16); the sweep deletes the rule last of its routes. */
	test_sql(s, "INSERT INTO team(naam) VALUES ('Team van de sweep')");
	records[R_TEAM] = (struct record){ .name = "team", .kind = K_NONE };
	set_param(&records[R_TEAM], "{id}", keep(test_sql_int(s, "SELECT id FROM team WHERE naam = 'Team van de sweep'")));
	test_sql(s, "INSERT INTO routing_rule(naam, volgorde, actief, user_id) VALUES ('Regel van de sweep', 10, 0,"
		    " (SELECT id FROM user WHERE role = 'coordinator' ORDER BY id LIMIT 1))");
	records[R_ROUTING_RULE] = (struct record){ .name = "routing rule", .kind = K_NONE };
	set_param(&records[R_ROUTING_RULE], "{id}",
		  keep(test_sql_int(s, "SELECT id FROM routing_rule WHERE naam = 'Regel van de sweep'")));
	/* A standard text (issue 17); the sweep deletes it last of its routes. */
	test_sql(s, "INSERT INTO standaardtekst(stap, titel, tekst) VALUES ('terugkoppeling', 'Tekst van de sweep', 'Wij gaan langs.')");
	records[R_STANDAARDTEKST] = (struct record){ .name = "standard text", .kind = K_NONE };
	set_param(&records[R_STANDAARDTEKST], "{id}",
		  keep(test_sql_int(s, "SELECT id FROM standaardtekst WHERE titel = 'Tekst van de sweep'")));
	records[R_LETTER_KIND] = (struct record){ .name = "letter kind", .kind = K_NONE };
	set_param(&records[R_LETTER_KIND], "{soort}", "waarschuwingsbrief");
	test_sql(s, "INSERT INTO closing_day(dag, reden) VALUES (%d, 'Sweep')", (int)days_from_civil(2099, 6, 3));
	records[R_CLOSING_DAY] = (struct record){ .name = "closing day", .kind = K_NONE };
	set_param(&records[R_CLOSING_DAY], "{datum}", "2099-06-03");
	records[R_FEESTDAG] = (struct record){ .name = "feestdag", .kind = K_NONE };
	set_param(&records[R_FEESTDAG], "{datum}", "2099-12-25");   /* a Friday */
	/* A notification of the coördinator's (app/notify.h): the others get a 404. */
	long long co_id = test_user_id(s, "coordinator@voorbeeld.example");
	test_sql(s, "INSERT INTO notification(user_id, soort, tekst, url, op) VALUES (%lld, 'toegewezen', 'Proef', '/meldingen', 0)", co_id);
	records[R_NOTIFICATION] = (struct record){ .name = "notification", .kind = K_NOTIFICATION, .id = co_id };
	set_param(&records[R_NOTIFICATION], "{id}", keep(test_sql_int(s, "SELECT max(id) FROM notification WHERE user_id = %lld", co_id)));
	/* The wijkmonitor (issue 18): the wijk Centrum; the wijkbeheerder's, not the leefbaarheidsmedewerker's. */
	records[R_WIJK] = (struct record){ .name = "wijk", .kind = K_WIJK, .id = test_area_id(s, "WK999901") };
	set_param(&records[R_WIJK], "{code}", "WK999901");
	/* A schouw of Centrum; its photo is the melding's file on disk, so the download finds it. */
	test_sql(s, "INSERT INTO schouw(wijk_id, dag, deelnemers, gemaakt_op, gewijzigd_op) VALUES (%lld, 20800, 'Gemeente', 0, 0)",
		 records[R_WIJK].id);
	long long schouw = test_sql_int(s, "SELECT max(id) FROM schouw");
	test_sql(s, "INSERT INTO schouw_bevinding(schouw_id, thema, omschrijving, plek, vastgelegd_op)"
		    " VALUES (%lld, 'schoon', 'Zwerfvuil', 'Kerkplein', 0)", schouw);
	long long bevinding = test_sql_int(s, "SELECT max(id) FROM schouw_bevinding");
	test_sql(s, "INSERT INTO schouw_foto(bevinding_id, bestandsnaam, opslag, mime, grootte, created_at)"
		    " SELECT %lld, bestandsnaam, opslag, mime, grootte, 0 FROM attachment WHERE id = %lld", bevinding, attachment);
	records[R_SCHOUW] = (struct record){ .name = "schouw", .kind = K_WIJK, .id = records[R_WIJK].id };
	set_param(&records[R_SCHOUW], "{id}", keep(schouw));
	set_param(&records[R_SCHOUW], "{b}", keep(bevinding));
	set_param(&records[R_SCHOUW], "{foto}", keep(test_sql_int(s, "SELECT max(id) FROM schouw_foto")));
	/* A bewonersinitiatief in Binnenstad (Centrum), through the public form: its status link is real. */
	struct client *pc = client_new(s);
	char *itok = account_csrf(pc, "/initiatief");
	const char *const ini[] = { "csrf_token", itok, "titel", "Buurtmoestuin", "wat", "Bakken bouwen.",
				    "voor_wie", "De straat", "buurt", "BU99990101", "bedrag", "250", "naam", "Els",
				    "email", "els@example.org", NULL };
	struct response *ir = client_post_form(pc, "/initiatief", ini);
	assert_int_equal(ir->status, 303);
	const char *iloc = response_header(ir, "Location");
	assert_non_null(iloc);
	records[R_INITIATIEF] = (struct record){ .name = "initiatief", .kind = K_WIJK, .id = records[R_WIJK].id };
	set_param(&records[R_INITIATIEF], "{id}", keep(test_db_int(s, "SELECT max(id) FROM initiatief")));
	records[R_INITIATIEF_STATUS] = (struct record){ .name = "initiatief status link", .kind = K_NONE };
	set_param(&records[R_INITIATIEF_STATUS], "{token}", keep_text((char *)iloc + strlen("/initiatief/ontvangen/"), 0));
	response_free(ir);
	free(itok);
	client_free(pc);
}

static void log_in_everyone(struct server *s)
{
	int seen[ROLE__MAX] = { 0 };

	for (size_t i = 0; i < ARRAY_SIZE(viewers); i++) {
		struct viewer *v = &viewers[i];

		seen[v->role]++;
		if (!v->email)
			continue;
		char *role = test_sql_text(s, "SELECT role FROM user WHERE email = '%s'", v->email);
		if (role_parse(role) != (int)v->role)
			fail_msg("%s has role %s, not %s", v->email, role, role_ids[v->role]);
		free(role);
		v->user_id = test_user_id(s, v->email);
		v->partner_id = test_sql_int(s, "SELECT coalesce(partner_id, 0) FROM user WHERE id = %lld", v->user_id);
		v->c = account_client(s, v->email, DEMO_PASSWORD);
		v->csrf = account_csrf(v->c, NULL);
	}
	/* Every role of the matrix, once: a new role needs an account here. */
	for (int r = 0; r < ROLE__MAX; r++)
		if (seen[r] != 1)
			fail_msg("role %s is in the sweep %d times, not once", role_ids[r], seen[r]);
}

/* ---- one request ------------------------------------------------------------ */

/* path with every {param} of pattern replaced from rec; fails for a parameter without a value. */
static char *fill_path(const char *pattern, const struct record *rec)
{
	struct buf out = BUF_INIT;

	for (const char *p = pattern; *p; ) {
		if (*p != '{') {
			buf_addch(&out, *p++);
			continue;
		}
		const char *end = strchr(p, '}');
		assert_non_null(end);
		size_t n = (size_t)(end - p + 1);
		const char *value = NULL;
		for (size_t i = 0; rec && rec->params[i][0]; i++)
			if (strlen(rec->params[i][0]) == n && !strncmp(rec->params[i][0], p, n))
				value = rec->params[i][1];
		if (!value && n == 8 && !strncmp(p, "{action}", 8))
			value = any_action;
		if (!value)
			fail_msg("route %s: no value for %.*s (record %s)", pattern, (int)n, p, rec ? rec->name : "none");
		buf_addstr(&out, value);
		p = end + 1;
	}
	return buf_detach(&out, NULL);
}

static int is_api(const char *path)
{
	return !strncmp(path, "/api/", 5);
}

/* Sends the route's request as v's browser would; field (may be NULL) = value goes in the form or query. */
static struct response *send_as(struct server *s, const struct route *rt, const char *path, struct viewer *v,
				const char *field, const char *value)
{
	struct client *c = v->c;
	struct client *own = NULL;
	char *pre = NULL;
	const char *csrf = v->csrf;
	struct response *r;

	if (!c) {
		own = client_new(s);
		c = own;
	}
	if (rt->method == HTTP_GET) {
		r = field ? client_getf(c, "%s?%s=%s", path, field, value) : client_get(c, path);
		client_free(own);
		return r;
	}
	if (!strcmp(rt->pattern, "/logout") && v->c) {
		/* Logging out ends the session: a session of its own for that. */
		own = account_client(s, v->email, DEMO_PASSWORD);
		c = own;
		csrf = pre = account_csrf(c, NULL);
	} else if (!v->c && (rt->flags & ROUTE_PRECSRF)) {
		/* A visitor has the token of the form it sends. */
		csrf = pre = account_csrf(c, path);
	}
	if (is_api(path)) {
		r = client_api(c, "POST", path, NULL, "{}", csrf);
	} else if (rt->flags & ROUTE_UPLOADS) {
		/* The token and the field that names the record, each when there is one. */
		struct form_part parts[3] = { FORM_END, FORM_END, FORM_END };
		int n = 0;
		if (csrf)
			parts[n++] = (struct form_part)FORM_FIELD("csrf_token", csrf);
		if (field)
			parts[n++] = (struct form_part)FORM_FIELD(field, value);
		r = client_post_multipart(c, path, parts);
	} else {
		const char *fields[] = { "csrf_token", csrf, field, value, NULL };
		r = client_post_form(c, path, csrf ? fields : fields + 2);
	}
	free(pre);
	client_free(own);
	return r;
}

/* 1 if status is what expect allows. */
static int answer_fits(enum expect e, const struct route *rt, const char *path, const struct response *r)
{
	(void)rt;   /* a page and its forms alike go to the login */
	if (r->status >= 500 || r->status < 200)
		return 0;
	switch (e) {
	case EXP_ALLOWED:
		return r->status != 401 && r->status != 403 && r->status != 404;
	case EXP_DENIED:
		return r->status == 403;
	case EXP_HIDDEN:
		return r->status == 404;
	case EXP_LOGIN:
		if (is_api(path))
			return r->status == 401;
		return r->status == 303 && response_header(r, "Location") &&
		       !strncmp(response_header(r, "Location"), "/login", 6);
	}
	return 0;
}

/* The row of fills[] for the route, or -1. */
static int fill_of(const struct route *rt)
{
	for (size_t i = 0; i < ARRAY_SIZE(fills); i++) {
		if (fills[i].method >= 0 && fills[i].method != (int)rt->method)
			continue;
		if (fills[i].field ? !strcmp(rt->pattern, fills[i].prefix)
				   : !strncmp(rt->pattern, fills[i].prefix, strlen(fills[i].prefix)))
			return (int)i;
	}
	return -1;
}

/*
 * The records a route is swept with (the table's; none for a route without
 * parameters) and in *field the form field that carries it, if any.
 */
static size_t records_for(const struct route *rt, const struct record *out[4], const char **field)
{
	int f = fill_of(rt);
	size_t n = 0;

	*field = NULL;
	if (f < 0) {
		if (strchr(rt->pattern, '{'))
			fail_msg("route %s %s has parameters but no records in fills[]: add them",
				 rt->method == HTTP_GET ? "GET" : "POST", rt->pattern);
		out[0] = NULL;
		return 1;
	}
	*field = fills[f].field;
	while (n < 4 && fills[f].records[n] >= 0) {
		out[n] = &records[fills[f].records[n]];
		n++;
	}
	return n;
}

/* The value of the record's {id}, for a form field. */
static const char *record_id(const struct record *rec)
{
	for (size_t i = 0; rec && rec->params[i][0]; i++)
		if (!strcmp(rec->params[i][0], "{id}"))
			return rec->params[i][1];
	fail_msg("record %s has no {id}", rec ? rec->name : "-");
	return NULL;
}

/* The entry of known[] for this answer, or NULL. */
static int known_deviation(const struct route *rt, const struct viewer *v, long status)
{
	for (size_t i = 0; known[i].pattern; i++) {
		if (known[i].method == rt->method && !strcmp(known[i].pattern, rt->pattern) &&
		    known[i].role == v->role && known[i].status == status) {
			known[i].seen++;
			print_message("known: %s %s as %s answers %ld: %s\n", rt->method == HTTP_GET ? "GET" : "POST",
				      rt->pattern, role_ids[v->role], status, known[i].why);
			return 1;
		}
	}
	return 0;
}

/* ---- the sweep ------------------------------------------------------------------ */

static void test_every_route_for_every_role(void **state)
{
	struct server *s = *state;
	size_t checked = 0, wrong = 0, counts[4] = { 0 };

	make_records(s);
	log_in_everyone(s);

	/* Every row of fills[] names at least one route: no stale rows. */
	for (size_t i = 0; i < ARRAY_SIZE(fills); i++) {
		size_t hits = 0;
		for (size_t k = 0; k < routes_count; k++)
			hits += fill_of(&routes[k]) == (int)i;
		if (!hits)
			fail_msg("fills[] names %s, which no route has", fills[i].prefix);
	}

	for (size_t k = 0; k < routes_count; k++) {
		const struct route *rt = &routes[k];
		const struct record *recs[4];
		const char *field;
		size_t nrecs = records_for(rt, recs, &field);

		if (rt->method != HTTP_GET && rt->method != HTTP_POST)
			fail_msg("route %s: a method the sweep does not send", rt->pattern);
		for (size_t j = 0; j < nrecs; j++) {
			char *path = fill_path(rt->pattern, recs[j]);
			const char *value = field ? record_id(recs[j]) : NULL;
			for (size_t i = 0; i < ARRAY_SIZE(viewers); i++) {
				struct viewer *v = &viewers[i];
				enum expect e = expect_for(s, rt, recs[j], v);
				struct response *r = send_as(s, rt, path, v, field, value);

				checked++;
				counts[e]++;
				if (!answer_fits(e, rt, path, r) && !known_deviation(rt, v, r->status)) {
					wrong++;
					print_error("%s %s%s%s%s (%s) as %s: %ld, want %s%s%s\n",
						    rt->method == HTTP_GET ? "GET" : "POST", path,
						    field ? " with " : "", field ? field : "", field ? "=" : "",
						    recs[j] ? recs[j]->name : "-", role_ids[v->role], r->status,
						    expect_names[e], response_header(r, "Location") ? " - Location " : "",
						    response_header(r, "Location") ? response_header(r, "Location") : "");
				}
				response_free(r);
			}
			free(path);
		}
	}
	print_message("swept %zu routes: %zu requests (%zu allowed, %zu 403, %zu 404, %zu to log in); %zu wrong\n",
		      routes_count, checked, counts[EXP_ALLOWED], counts[EXP_DENIED], counts[EXP_HIDDEN],
		      counts[EXP_LOGIN], wrong);
	for (size_t i = 0; i < ARRAY_SIZE(viewers); i++) {
		client_free(viewers[i].c);
		free(viewers[i].csrf);
		viewers[i].c = NULL;
		viewers[i].csrf = NULL;
	}
	for (size_t i = 0; known[i].pattern; i++)
		if (!known[i].seen) {
			print_error("known[]: %s as %s no longer answers %ld: remove the line\n", known[i].pattern,
				    role_ids[known[i].role], known[i].status);
			wrong++;
		}
	assert_int_equal(wrong, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_route_for_every_role),
	};

	return harness_run_suite("routes_roles", tests, ARRAY_SIZE(tests), INI);
}
