/*
 * demo.c - a year of meldingen for the demo, and the load that runs
 * it with the dossiers of cases.c (see demo.h).
 *
 * Each day of the year before today gets its own generator, seeded by the
 * day's number: how many meldingen came in, when, about what, where, from
 * whom and through which channel, and the life the team gave each. The
 * only thing that depends on the day of the load is how much of that life
 * has happened yet - and, for the few meldingen whose term ends today or
 * just ended, whether the team got to them (so the werklijst always has
 * work due today and some late).
 */
#include "seed/demo.h"
#include "seed/wijkmonitor.h"
#include "config.h"
#include "auth/policy.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "domain/demo_text.h"
#include "domain/werkdagen.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "store/audit.h"
#include "store/calendar.h"
#include "store/user.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAYS_OF_DATA 365
#define MAX_PER_DAY 12
#define MAX_ADDRESSES 4096
#define REGULAR_MELDERS 400   /* people who report more than once a year */
#define HOTSPOTS 15           /* homes that cause more than their share */

/* The generators' seeds: one per purpose, xor'ed with a day or a number. */
#define SEED_DAY 0x6c656566ull
#define SEED_MELDER 0x6d656c64ull
#define SEED_HOTSPOT 0x686f7473ull
#define SEED_TODAY 0x746f6461ull

static char summary[300], status_link[400];

const char *seed_demo_summary(void)
{
	return summary;
}

const char *seed_demo_status_link(void)
{
	return status_link;
}

const char *demo_organisation(const struct demo *d)
{
	return d->cfg->organisation;
}

const char *demo_base_url(struct demo *d)
{
	return d->cfg->base_url[0] ? d->cfg->base_url : arena_printf(&d->arena, "http://%s", d->cfg->listen);
}

int demo_audit(struct demo *d, enum demo_who who, const char *action, const char *type, const char *id,
	       const char *detail)
{
	return audit_record(d->db, &ACTOR_CLI(d->user[who]), action, type, id, detail);
}

int64_t demo_workday_moment(const struct demo *d, int32_t day, int wd, int minute)
{
	int32_t on = werkdagen_is_workday(&d->cal->cal, day) || wd > 0 ? werkdagen_add(&d->cal->cal, day, wd)
								     : werkdagen_add(&d->cal->cal, day, 1);
	int y, m, dd;
	int64_t t;

	days_to_civil(on, &y, &m, &dd);
	if (amsterdam_from_local(y, m, dd, minute / 60, minute % 60, 0, &t) < 0)
		t = amsterdam_day_start(on) + (int64_t)minute * 60;
	return t;
}

int32_t demo_workdays_back(const struct demo *d, int n)
{
	int32_t day = d->today;

	while (n > 0) {
		day--;
		if (werkdagen_is_workday(&d->cal->cal, day))
			n--;
	}
	return day;
}

/* ---- the register and the people ---- */

struct home {
	char postcode[8], toevoeging[4];
	int huisnummer;
	int64_t buurt_id, wijk_id;
};

/* Addresses the register does not know: a neighbour's number, or only a place. */
static const struct {
	const char *postcode;
	int huisnummer;
	const char *plaats, *categorie;   /* categorie NULL: any */
	const char *wijk, *buurt;         /* where the ondersteuner places it; NULL: the postcode does */
} strays[] = {
	{ "9992 AB", 62, "", NULL, "WK999901", "BU99990102" },
	{ "9992 AB", 59, "", NULL, "WK999903", "BU99990302" },
	{ "9991 AB", 32, "", NULL, NULL, NULL },
	{ "9993 BB", 26, "", NULL, NULL, NULL },
	{ NULL, 0, "Bij de glasbakken op het Emmaplein", "zwerfvuil", "WK999901", "BU99990102" },
	{ NULL, 0, "Speeltuin aan de Vijverstraat", "vernieling", "WK999903", "BU99990301" },
	{ NULL, 0, "Fietsenstalling bij het station", "verlichting", "WK999901", "BU99990102" },
	{ NULL, 0, "Grasveld achter de Lijsterlaan", "groen", "WK999902", "BU99990202" },
	{ NULL, 0, "Bankje bij de vijver in het Parkzichtpark", "overlast_overig", "WK999903", "BU99990301" },
};

static const char *const places_near[] = {
	"Bij de containers", "In het portiek", "Op de galerij", "Achter de flat", "Bij de fietsenberging",
	"Op de stoep voor de deur", "In de gezamenlijke tuin",
};

static const char *const voorvallen[] = {
	"Vannacht rond 2 uur", "Gisteravond vanaf 22 uur", "Al een paar weken, vooral in het weekend",
	"Vanochtend vroeg", "Elke avond na het eten", "Sinds vorige week", "Gisteren rond 17 uur",
	"Afgelopen weekend", "Meerdere keren per week", "Vandaag tussen de middag",
};

/* Mail domains under the reserved .example top-level domain: no real mailbox is ever named. */
static const char *const mail_domains[] = {
	"gmail.example", "hotmail.example", "ziggo.example", "kpnmail.example", "live.example", "outlook.example",
};

struct people {
	struct home *homes;
	int n_homes;
	int hotspot[HOTSPOTS];
};

static int load_homes(struct demo *d, struct people *p)
{
	static const char sql[] =
		"SELECT a.postcode, a.huisnummer, a.toevoeging, a.buurt_id, b.wijk_id"
		" FROM address a JOIN area b ON b.id = a.buurt_id WHERE a.ontbreekt = 0 ORDER BY a.id";
	sqlite3_stmt *st = db_stmt(d->db, sql);
	struct demo_rng r;

	if (!st)
		return -1;
	p->homes = arena_alloc(&d->arena, MAX_ADDRESSES * sizeof(*p->homes));
	while (sqlite3_step(st) == SQLITE_ROW && p->n_homes < MAX_ADDRESSES) {
		struct home *h = &p->homes[p->n_homes++];
		snprintf(h->postcode, sizeof(h->postcode), "%s", (const char *)sqlite3_column_text(st, 0));
		h->huisnummer = sqlite3_column_int(st, 1);
		snprintf(h->toevoeging, sizeof(h->toevoeging), "%s", (const char *)sqlite3_column_text(st, 2));
		h->buurt_id = sqlite3_column_int64(st, 3);
		h->wijk_id = sqlite3_column_int64(st, 4);
	}
	db_done(st);
	if (!p->n_homes)
		return log_error("demo: the address register is empty");
	demo_rng_seed(&r, SEED_HOTSPOT);
	for (int i = 0; i < HOTSPOTS; i++)
		p->hotspot[i] = (int)demo_rng_below(&r, (uint32_t)p->n_homes);
	return 0;
}

/* An e-mail address from a name: its ASCII letters, dots for spaces, a number for some. */
static const char *email_for(struct demo *d, struct demo_rng *r, const char *naam)
{
	char local[64];
	size_t n = 0;

	for (const unsigned char *s = (const unsigned char *)naam; *s && n < 40; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
			local[n++] = (char)*s;
		else if (*s >= 'A' && *s <= 'Z')
			local[n++] = (char)(*s - 'A' + 'a');
		else if ((*s == ' ' || *s == '-') && n && local[n - 1] != '.')
			local[n++] = '.';
	}
	while (n && local[n - 1] == '.')
		n--;
	if (!n)
		local[n++] = 'x';
	local[n] = '\0';
	const char *domain = mail_domains[demo_rng_below(r, sizeof(mail_domains) / sizeof(mail_domains[0]))];
	if (demo_rng_below(r, 3) == 0)
		return arena_printf(&d->arena, "%s%u@%s", local, 1 + demo_rng_below(r, 98), domain);
	return arena_printf(&d->arena, "%s@%s", local, domain);
}

/* Melder k: the same person (name, address, number) every time k reports. */
static void melder(struct demo *d, uint64_t k, struct demo_melding *m)
{
	struct demo_rng r;
	char naam[120];

	demo_rng_seed(&r, SEED_MELDER ^ k);
	demo_text_naam(&r, naam, sizeof(naam));
	m->naam = arena_strdup(&d->arena, naam);
	int p = (int)demo_rng_below(&r, 100);
	m->email = p < 80 ? email_for(d, &r, naam) : "";
	m->telefoon = p >= 45 ? arena_printf(&d->arena, "06%08u", demo_rng_below(&r, 100000000)) : "";
}

/* ---- what a melding is about, and how it came in ---- */

/* How often each kind comes in, in halves: geluid, zwerfvuil and vervuiling most, huiselijk geweld rarely. */
static const struct {
	const char *code;
	int weight;
} kinds[] = {
	{ "geluid", 40 }, { "zwerfvuil", 30 }, { "vervuiling", 22 }, { "huisdieren", 16 },
	{ "overlast_overig", 14 }, { "vernieling", 14 }, { "stank", 10 }, { "verlichting", 10 },
	{ "groen", 10 }, { "agressie", 8 }, { "drugs", 8 }, { "zorgsignaal", 6 }, { "criminaliteit", 4 },
	{ "bewonersinitiatief", 3 }, { "huiselijk_geweld", 1 },
};

/* Channels by weight (DOMAIN.md); on a weekend only the doors that are always open. */
static const struct {
	enum kanaal k;
	int weekday, weekend;
} kanalen[] = {
	{ KANAAL_WEBFORMULIER, 34, 70 }, { KANAAL_TELEFOON, 26, 0 }, { KANAAL_EMAIL, 14, 22 },
	{ KANAAL_API, 6, 8 }, { KANAAL_BALIE, 4, 0 }, { KANAAL_WIJKBEZOEK, 8, 0 },
	{ KANAAL_INTERN_VERHUUR, 2, 0 }, { KANAAL_INTERN_INCASSO, 1, 0 }, { KANAAL_INTERN_TECHNISCH, 3, 0 },
	{ KANAAL_EXTERN_PARTNER, 1, 0 }, { KANAAL_EXTERN_AANNEMER, 1, 0 },
};

/* What a channel can bring: the caretakers and contractors see the physical side, verhuur and incasso the social. */
static int fits_channel(enum kanaal k, const char *code)
{
	static const char *const fysiek[] = { "zwerfvuil", "vervuiling", "vernieling", "verlichting", "groen", NULL };
	static const char *const intern[] = { "vervuiling", "zorgsignaal", "criminaliteit", "overlast_overig", NULL };
	static const char *const partner[] = { "zorgsignaal", "drugs", "agressie", "huiselijk_geweld", NULL };
	const char *const *set = NULL;

	if (k == KANAAL_WIJKBEZOEK || k == KANAAL_INTERN_TECHNISCH || k == KANAAL_EXTERN_AANNEMER)
		set = fysiek;
	else if (k == KANAAL_INTERN_VERHUUR || k == KANAAL_INTERN_INCASSO)
		set = intern;
	else if (k == KANAAL_EXTERN_PARTNER)
		set = partner;
	if (!set)
		return 1;
	for (; *set; set++)
		if (!strcmp(*set, code))
			return 1;
	return 0;
}

/* The season moves some kinds: summer noise, spring and summer gardens, dark winters, New Year's litter. */
static int season(const char *code, int month)
{
	if (!strcmp(code, "geluid"))
		return month >= 6 && month <= 8 ? 3 : 2;
	if (!strcmp(code, "groen"))
		return month >= 4 && month <= 9 ? 4 : 1;
	if (!strcmp(code, "verlichting"))
		return month >= 11 || month <= 2 ? 4 : 1;
	if (!strcmp(code, "zwerfvuil"))
		return month == 1 || month == 12 ? 3 : 2;
	return 2;
}

static const struct category *category_of(const struct demo *d, const char *code)
{
	for (int i = 0; i < d->n_cats; i++)
		if (!strcmp(d->cats[i].code, code))
			return &d->cats[i];
	return NULL;
}

static const struct category *pick_category(const struct demo *d, struct demo_rng *r, int32_t day, enum kanaal k)
{
	int w[sizeof(kinds) / sizeof(kinds[0])], total = 0, y, month, dd;

	days_to_civil(day, &y, &month, &dd);
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		w[i] = category_of(d, kinds[i].code) && fits_channel(k, kinds[i].code)
		       ? kinds[i].weight * season(kinds[i].code, month) : 0;
		total += w[i];
	}
	int x = (int)demo_rng_below(r, (uint32_t)total);
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (x < w[i])
			return category_of(d, kinds[i].code);
		x -= w[i];
	}
	return category_of(d, "geluid");
}

static enum kanaal pick_kanaal(struct demo_rng *r, int workday)
{
	int total = 0;

	for (size_t i = 0; i < sizeof(kanalen) / sizeof(kanalen[0]); i++)
		total += workday ? kanalen[i].weekday : kanalen[i].weekend;
	int x = (int)demo_rng_below(r, (uint32_t)total);
	for (size_t i = 0; i < sizeof(kanalen) / sizeof(kanalen[0]); i++) {
		int w = workday ? kanalen[i].weekday : kanalen[i].weekend;
		if (x < w)
			return kanalen[i].k;
		x -= w;
	}
	return KANAAL_WEBFORMULIER;
}

static int64_t area_id(struct demo *d, const char *code)
{
	static const char sql[] = "SELECT id FROM area WHERE code = ?";
	return code ? db_int(d->db, sql, 0, "t", code) : 0;
}

/* The postcode's wijk, as address_match() would find it for a number the register lacks. */
static int64_t postcode_wijk(const struct people *p, const char *postcode)
{
	int64_t wijk = 0;

	for (int i = 0; i < p->n_homes; i++) {
		if (strcmp(p->homes[i].postcode, postcode))
			continue;
		if (wijk && wijk != p->homes[i].wijk_id)
			return 0;
		wijk = p->homes[i].wijk_id;
	}
	return wijk;
}

/*
 * Where: mostly a home of the register (so buurten count by their homes), a
 * share of them the few homes that cause trouble, now and then a number the
 * register does not know or only a place. Returns the wijk it will end up
 * in (0 when nobody places it).
 */
static int64_t place(struct demo *d, const struct people *p, struct demo_rng *r, struct demo_melding *m,
		     const struct category *c)
{
	int x = (int)demo_rng_below(r, 100);

	if (x < 3) {
		size_t n = sizeof(strays) / sizeof(strays[0]), k = demo_rng_below(r, (uint32_t)n);
		if (strays[k].categorie && strcmp(strays[k].categorie, c->code))
			k = demo_rng_below(r, 4);    /* a neighbour's number fits any kind */
		m->postcode = strays[k].postcode;
		m->huisnummer = strays[k].huisnummer;
		m->toevoeging = "";
		m->plaats = strays[k].plaats;
		m->place_wijk = area_id(d, strays[k].wijk);
		m->place_buurt = area_id(d, strays[k].buurt);
		return m->place_wijk ? m->place_wijk : postcode_wijk(p, strays[k].postcode);
	}
	const struct home *h = &p->homes[x < 18 ? p->hotspot[demo_rng_below(r, HOTSPOTS)]
					       : (int)demo_rng_below(r, (uint32_t)p->n_homes)];
	m->postcode = h->postcode;
	m->huisnummer = h->huisnummer;
	m->toevoeging = h->toevoeging;
	if (c->pijler == PIJLER_FYSIEK && demo_rng_below(r, 3) == 0)
		m->plaats = places_near[demo_rng_below(r, sizeof(places_near) / sizeof(places_near[0]))];
	return h->wijk_id;
}

/* Who handles it: the wijkbeheerder for the physical side where the wijk has one, else the case worker. */
static enum demo_who handler_for(const struct demo *d, int64_t wijk, enum pijler p, struct demo_rng *r)
{
	int caretaker = p == PIJLER_FYSIEK && demo_rng_below(r, 5) > 0;

	if (!wijk)
		return WHO_NOBODY;
	if (wijk == d->wijk[WIJK_CENTRUM])
		return caretaker ? WHO_WIJKBEHEER : WHO_SOCIAAL;
	if (wijk == d->wijk[WIJK_OOST])
		return caretaker ? WHO_WIJKBEHEER_OOST : WHO_LEEFBAAR;
	return WHO_SOCIAAL;
}

/* Who took it in, for the doors staff stand behind. */
static enum demo_who intake_for(const struct demo *d, enum kanaal k, enum demo_who handler, struct demo_rng *r)
{
	switch (k) {
	case KANAAL_WEBFORMULIER:
	case KANAAL_API:
		return WHO_NOBODY;
	case KANAAL_WIJKBEZOEK:
		return handler == WHO_NOBODY ? WHO_ONDERSTEUNER : handler;
	case KANAAL_TELEFOON:
	case KANAAL_EMAIL:
	case KANAAL_BALIE:
		return demo_rng_below(r, 10) < 7 || handler == WHO_NOBODY ? WHO_ONDERSTEUNER : handler;
	default:
		(void)d;
		return WHO_ONDERSTEUNER;
	}
}

/* ---- the life the team gives it ---- */

/* Werkdagen to the first confirmation: mostly at once, a tail later than the two allowed. */
static int confirm_delay(struct demo_rng *r)
{
	int p = (int)demo_rng_below(r, 100);
	return p < 40 ? 0 : p < 73 ? 1 : p < 89 ? 2 : p < 95 ? 3 : 4 + (int)demo_rng_below(r, 4);
}

/* Werkdagen to the answer: most within the streefwaarde of 5, nearly all within 10, a few weeks for some. */
static int feedback_delay(struct demo_rng *r)
{
	int p = (int)demo_rng_below(r, 100);
	return p < 50 ? 1 + (int)demo_rng_below(r, 4) : p < 70 ? 5 + (int)demo_rng_below(r, 3)
	       : p < 88 ? 8 + (int)demo_rng_below(r, 3) : p < 97 ? 11 + (int)demo_rng_below(r, 8)
	       : 19 + (int)demo_rng_below(r, 15);
}

/* What the physical jobs cost when the corporation paid for them, in cents. */
static int64_t kosten_for(const char *code, struct demo_rng *r)
{
	static const struct {
		const char *code;
		int from, span;   /* euros */
	} tariffs[] = {
		{ "zwerfvuil", 45, 300 }, { "vernieling", 80, 1100 }, { "verlichting", 25, 125 },
		{ "groen", 60, 340 }, { "vervuiling", 250, 2250 },
	};
	for (size_t i = 0; i < sizeof(tariffs) / sizeof(tariffs[0]); i++)
		if (!strcmp(tariffs[i].code, code))
			return ((int64_t)tariffs[i].from + demo_rng_below(r, (uint32_t)tariffs[i].span)) * 100
			       + (demo_rng_below(r, 2) ? 50 : 0);
	return -1;
}

static void plan_life(struct demo_rng *r, struct demo_melding *m, const struct category *c, int workday)
{
	int base = workday && m->minute < 12 * 60 ? 0 : 1;
	int staff_intake = m->intake_by != WHO_NOBODY && m->kanaal != KANAAL_EMAIL;

	if (m->place_wijk)
		m->wd[STEP_PLAATSEN] = 1;
	if (m->assignee != WHO_NOBODY) {
		m->wd[STEP_TOEWIJZEN] = m->place_wijk ? 1 : base;
		m->assign_by = m->kanaal == KANAAL_WIJKBEZOEK ? m->intake_by
			       : demo_rng_below(r, 6) ? WHO_ONDERSTEUNER : WHO_COORDINATOR;
	}
	int cd = staff_intake && demo_rng_below(r, 10) < 6 ? 0 : confirm_delay(r);
	m->wd[STEP_BEVESTIGEN] = cd;
	m->confirm_by = cd == 0 && staff_intake ? m->intake_by
			: m->assignee != WHO_NOBODY && cd >= m->wd[STEP_TOEWIJZEN] ? m->assignee : WHO_ONDERSTEUNER;
	int fd = feedback_delay(r);
	m->wd[STEP_TERUGKOPPELEN] = fd > cd ? fd : cd + 1;
	if (demo_rng_below(r, 5) == 0)
		m->wd[STEP_NOTITIE] = cd + (int)demo_rng_below(r, (uint32_t)(m->wd[STEP_TERUGKOPPELEN] - cd + 1));
	if (demo_rng_below(r, 100) < 97)
		m->wd[STEP_AFSLUITEN] = m->wd[STEP_TERUGKOPPELEN] + (int)demo_rng_below(r, 6);
	if (c->pijler == PIJLER_FYSIEK && demo_rng_below(r, 100) < 35)
		m->kosten_cent = kosten_for(c->code, r);
}

static int32_t step_day(const struct demo *d, const struct demo_melding *m, enum demo_step s)
{
	if (m->wd[s] == DEMO_NOT)
		return INT32_MAX;
	return amsterdam_day(demo_workday_moment(d, m->day, m->wd[s], 12 * 60));
}

static void not_yet(struct demo_melding *m, enum demo_step from)
{
	for (int s = from; s < STEP__MAX; s++)
		if (s != STEP_TOEWIJZEN && s != STEP_PLAATSEN)
			m->wd[s] = DEMO_NOT;
}

/*
 * The one part that depends on the day of the load: of the meldingen whose
 * confirmation or answer is due today, the team has not yet done most; of
 * those due in the last two weeks, some still wait. So the werklijst and
 * the tiles always show work due today and a backlog that is late, as a
 * real team's do.
 */
static void steer_today(const struct demo *d, struct demo_melding *m, const struct category *c)
{
	struct demo_rng f;
	struct due due;

	melding_due(&d->cal->cal, m->day, &c->terms, &due);
	demo_rng_seed(&f, SEED_TODAY ^ ((uint64_t)(uint32_t)d->today << 32) ^ (uint64_t)(uint32_t)m->minute_seed);
	int p = (int)demo_rng_below(&f, 100);
	if (due.bevestigen == d->today && step_day(d, m, STEP_BEVESTIGEN) < d->today && p < 80)
		not_yet(m, STEP_BEVESTIGEN);
	else if (due.terugkoppelen == d->today && step_day(d, m, STEP_TERUGKOPPELEN) < d->today && p < 80)
		not_yet(m, STEP_TERUGKOPPELEN);
	else if (due.bevestigen < d->today && due.bevestigen >= demo_workdays_back(d, 4) &&
		 step_day(d, m, STEP_BEVESTIGEN) < d->today && p < 12)
		not_yet(m, STEP_BEVESTIGEN);
	else if (due.terugkoppelen < d->today && due.terugkoppelen >= demo_workdays_back(d, 10) &&
		 step_day(d, m, STEP_TERUGKOPPELEN) < d->today && p < 20)
		not_yet(m, STEP_TERUGKOPPELEN);
}

static void plan_one(struct demo *d, const struct people *p, int32_t day, int workday, struct demo_rng *r,
		     struct demo_melding *m)
{
	char text[2000];

	demo_melding_init(m);
	m->day = day;
	m->minute_seed = (int)(demo_rng_next(r) & 0x7fffffff);
	m->kanaal = pick_kanaal(r, workday);
	const struct category *c = pick_category(d, r, day, m->kanaal);
	m->categorie = c->code;
	int web = m->kanaal == KANAAL_WEBFORMULIER || m->kanaal == KANAAL_API || m->kanaal == KANAAL_EMAIL;
	m->minute = web ? 7 * 60 + (int)demo_rng_below(r, 14 * 60) : 8 * 60 + 30 + (int)demo_rng_below(r, 8 * 60);
	int64_t wijk = place(d, p, r, m, c);
	m->assignee = handler_for(d, wijk, c->pijler, r);
	m->intake_by = intake_for(d, m->kanaal, m->assignee, r);
	m->intake_minutes = m->intake_by == WHO_NOBODY ? 0 : 2 + (int)demo_rng_below(r, m->kanaal == KANAAL_EMAIL ? 120 : 12);

	int internal = m->kanaal == KANAAL_WIJKBEZOEK || (m->kanaal >= KANAAL_INTERN_VERHUUR &&
							 m->kanaal <= KANAAL_INTERN_TECHNISCH);
	/* Signals from inside have no melder to answer; one in eight tenants reports anonymously. */
	if (internal || demo_rng_below(r, 100) < 12) {
		m->anoniem = 1;
	} else {
		uint32_t k = demo_rng_below(r, 4) ? demo_rng_below(r, demo_rng_below(r, REGULAR_MELDERS) + 1)
						  : REGULAR_MELDERS + demo_rng_below(r, 1000000);
		melder(d, k, m);
	}
	demo_text_melding(r, c->code, text, sizeof(text));
	m->omschrijving = arena_strdup(&d->arena, text);
	if (demo_rng_below(r, 2))
		m->voorval = voorvallen[demo_rng_below(r, sizeof(voorvallen) / sizeof(voorvallen[0]))];
	plan_life(r, m, c, workday);
	demo_text_terugkoppeling(r, c->code, text, sizeof(text));
	m->terugkoppeling = arena_strdup(&d->arena, text);
	if (m->wd[STEP_NOTITIE] != DEMO_NOT) {
		demo_text_notitie(r, c->code, text, sizeof(text));
		m->notitie = arena_strdup(&d->arena, text);
	}
	steer_today(d, m, c);
}

/* ---- the days ---- */

struct day_plan {
	struct demo_melding m[MAX_PER_DAY];
	int n, next;
	const struct people *people;
};

static void plan_day(struct demo *d, const struct people *p, int32_t day, struct day_plan *dp)
{
	struct demo_rng r;
	int workday = werkdagen_is_workday(&d->cal->cal, day);

	demo_rng_seed(&r, SEED_DAY ^ (uint64_t)(uint32_t)day);
	dp->n = workday ? 1 + (int)demo_rng_below(&r, 6) : (int)demo_rng_below(&r, 3);
	dp->next = 0;
	dp->people = p;
	for (int i = 0; i < dp->n; i++) {
		struct demo_rng one;
		demo_rng_seed(&one, demo_rng_next(&r));
		plan_one(d, p, day, workday, &one, &dp->m[i]);
	}
	/* In order of receipt, so references follow the clock as real ones do. */
	for (int i = 1; i < dp->n; i++)
		for (int j = i; j > 0 && dp->m[j].minute < dp->m[j - 1].minute; j--) {
			struct demo_melding t = dp->m[j];
			dp->m[j] = dp->m[j - 1];
			dp->m[j - 1] = t;
		}
}

/* seed_cases_day()'s callback: the day's other meldingen received before `until`. */
static int write_other(struct demo *d, int64_t until, void *ctx)
{
	struct day_plan *dp = ctx;
	struct demo_written w;

	for (; dp->next < dp->n && demo_received_at(&dp->m[dp->next]) < until; dp->next++)
		if (demo_melding_write(d, &dp->m[dp->next], &w) < 0)
			return -1;
	return 0;
}

/* ---- the load ---- */

int demo_setup(struct demo *d, struct db *db, const struct config *cfg, int64_t now)
{
	static const char *const emails[WHO__MAX] = {
		[WHO_COORDINATOR] = "coordinator@voorbeeld.example", [WHO_ONDERSTEUNER] = "ondersteuner@voorbeeld.example",
		[WHO_SOCIAAL] = "sociaal@voorbeeld.example", [WHO_LEEFBAAR] = "leefbaarheid@voorbeeld.example",
		[WHO_WIJKBEHEER] = "wijkbeheer@voorbeeld.example",
		[WHO_WIJKBEHEER_OOST] = "wijkbeheer.oost@voorbeeld.example",
		[WHO_PARTNER_WIJKTEAM] = "wijkteam@voorbeeld.example",
	};
	static const char *const wijken[WIJK__MAX] = { "WK999901", "WK999902", "WK999903" };

	if (!cfg) {
		struct config *def = arena_alloc(&d->arena, sizeof(*def));
		config_defaults(def);
		cfg = def;
	}
	d->db = db;
	d->cfg = cfg;
	d->now = now;
	d->today = amsterdam_day(now);
	d->cutoff = amsterdam_day_start(d->today);
	d->cal = arena_alloc(&d->arena, sizeof(*d->cal));
	d->user_naam[WHO_NOBODY] = "";
	for (int w = WHO_COORDINATOR; w < WHO__MAX; w++) {
		struct user u;
		if (user_by_email(db, emails[w], &u) != STORE_OK)
			return log_error("demo: user %s is missing", emails[w]);
		d->user[w] = u.id;
		d->user_naam[w] = arena_strdup(&d->arena, u.naam);
	}
	for (int w = 0; w < WIJK__MAX; w++)
		if (!(d->wijk[w] = area_id(d, wijken[w])))
			return log_error("demo: wijk %s is missing", wijken[w]);
	d->n_cats = category_list(db, 1, d->cats, CATEGORY_MAX);
	if (d->n_cats <= 0 || calendar_load(db, d->cal) < 0)
		return log_error("demo: no categories or no calendar");
	for (int i = 0; i < d->n_cats; i++)
		d->cat_codes[i] = d->cats[i].code;
	return 0;
}

static int run_days(struct demo *d, const struct people *p)
{
	struct day_plan *dp = xmalloc(sizeof(*dp));
	int rc = 0;

	for (int32_t day = d->today - DAYS_OF_DATA; day < d->today && rc == 0; day++) {
		plan_day(d, p, day, dp);
		rc = seed_cases_day(d, day, write_other, dp);
	}
	free(dp);
	return rc;
}

static void report(struct demo *d)
{
	static const char sql_open[] = "SELECT count(*) FROM melding WHERE status <> 'afgesloten'";
	int dossiers = 0, referrals = 0;

	seed_cases_counts(d, &dossiers, &referrals);
	snprintf(summary, sizeof(summary), "Het afgelopen jaar van het team: %d meldingen (%lld nog niet afgesloten), "
		 "%d dossiers, %d doorverwijzingen.", d->n_meldingen, (long long)db_int(d->db, sql_open, 0, NULL),
		 dossiers, referrals);
	if (d->link_token[0])
		snprintf(status_link, sizeof(status_link), "%.300s/melding/status/%.47s", demo_base_url(d), d->link_token);
}

int seed_demo_story(struct db *db, const struct config *cfg, int64_t now)
{
	struct demo *d = xcalloc(1, sizeof(*d));
	struct people p = { 0 };
	int rc = -1, began = 0;

	summary[0] = status_link[0] = '\0';
	if (demo_setup(d, db, cfg, now) < 0 || load_homes(d, &p) < 0)
		goto out;
	if (seed_cases_begin(d) < 0)
		goto out;
	began = 1;
	if (run_days(d, &p) < 0 || seed_cases_finish(d) < 0)
		goto out;
	/* The wijkmonitor stands on the past just written (issue 18). */
	if (seed_wm_inzet(d) < 0 || seed_wm_lbm(d) < 0 || seed_wm_schouw(d) < 0 || seed_wm_initiatieven(d) < 0 ||
	    seed_wm_budget(d) < 0)
		goto out;
	report(d);
	rc = 0;
out:
	if (began)
		seed_cases_end(d, rc < 0);
	if (rc < 0)
		log_error("demo: the team's past could not be written");
	arena_release(&d->arena);
	free(d);
	return rc;
}
