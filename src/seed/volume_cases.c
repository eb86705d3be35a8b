/*
 * volume_cases.c - dossiers and doorverwijzingen in volume for
 * `seed --meldingen` (see volume_cases.h). The plan comes from its own
 * generator, so the meldingen themselves are drawn exactly as without
 * dossiers; a melding a dossier takes only gets the dossier's home as its
 * address. What happens to a dossier is written by cases.c and
 * referrals.c, the demo's writers, with texts from the demo's stories
 * (case_text.c).
 */
#include "seed/volume_cases.h"
#include "seed/cases.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/demo_text.h"
#include "lib/log.h"
#include "lib/xalloc.h"
#include "store/dossier.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HOMES 100000

static const char SQL_HOMES[] =
	"SELECT a.id, a.postcode, a.huisnummer, a.toevoeging, a.straat, a.woonplaats, a.buurt_id,"
	" coalesce(b.wijk_id, b.parent_id, 0), coalesce(a.complex_id, 0)"
	" FROM address a JOIN area b ON b.id = a.buurt_id WHERE a.ontbreekt = 0 ORDER BY a.id";
/* "Nieuwe meldingen" are those after the last melding of the day the dossier opened (dossier.melding_grens). */
static const char SQL_GRENS[] =
	"UPDATE dossier SET melding_grens = coalesce((SELECT id FROM melding WHERE ontvangen_dag <= ?"
	" ORDER BY ontvangen_dag DESC, id DESC LIMIT 1), 0) WHERE id = ?";
static const char SQL_MELDING_ID[] = "SELECT id FROM melding WHERE referentie = ?";

struct vc_taken {
	char ref[16];
	int64_t op;
	int32_t day;
};

struct vc_dossier {
	int home;
	int32_t *target;         /* the days it takes a melding in its buurt, ascending */
	int k, next;             /* how many targets, the next one waiting */
	struct vc_taken *taken;  /* what it took: next of them */
	enum pijler pijler;
	int giant;
};

struct vc_buurt {
	int64_t id;
	int *order, n_order, pos;   /* its dossiers by their first day; those before pos have started */
	int *active, n_active;
};

struct vc {
	struct vc_home *homes;
	int n_homes;
	struct vc_dossier *dos;
	int n_dos;
	struct vc_buurt *buurten;
	int n_buurten;
	struct demo_rng rng;
};

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* A dossier by the day it takes its first melding (then by its number). */
struct by_first {
	int32_t day;
	int i;
};

static int cmp_first(const void *a, const void *b)
{
	const struct by_first *x = a, *y = b;
	return x->day != y->day ? (x->day > y->day) - (x->day < y->day) : (x->i > y->i) - (x->i < y->i);
}

static int load_homes(struct vc *v, struct db *db)
{
	sqlite3_stmt *st = db_stmt(db, SQL_HOMES);

	if (!st)
		return -1;
	v->homes = xcalloc(MAX_HOMES, sizeof(*v->homes));
	while (sqlite3_step(st) == SQLITE_ROW && v->n_homes < MAX_HOMES) {
		struct vc_home *h = &v->homes[v->n_homes++];
		h->address_id = sqlite3_column_int64(st, 0);
		db_copy_text(st, 1, h->postcode, sizeof(h->postcode));
		h->huisnummer = sqlite3_column_int(st, 2);
		db_copy_text(st, 3, h->toevoeging, sizeof(h->toevoeging));
		db_copy_text(st, 4, h->straat, sizeof(h->straat));
		db_copy_text(st, 5, h->woonplaats, sizeof(h->woonplaats));
		h->buurt_id = sqlite3_column_int64(st, 6);
		h->wijk_id = sqlite3_column_int64(st, 7);
		h->complex_id = sqlite3_column_int64(st, 8);
		/* As the intake writes an address from the register (and cases.c a dossier's subject). */
		snprintf(h->adres, sizeof(h->adres), "%s %d%s%s, %s %s", h->straat, h->huisnummer,
			 h->toevoeging[0] ? " " : "", h->toevoeging, h->postcode, h->woonplaats);
	}
	db_done(st);
	return 0;
}

/* While planning: the buurt's entry, looked for one by one (a few hundred dossiers per buurt at most). */
static struct vc_buurt *buurt_of(struct vc *v, int64_t id)
{
	for (int i = 0; i < v->n_buurten; i++)
		if (v->buurten[i].id == id)
			return &v->buurten[i];
	return NULL;
}

static int cmp_buurt(const void *a, const void *b)
{
	int64_t x = ((const struct vc_buurt *)a)->id, y = ((const struct vc_buurt *)b)->id;
	return (x > y) - (x < y);
}

/*
 * Sizes: a few dossiers that gather several hundred meldingen over one to
 * three years (a home that keeps a street busy), then many small ones
 * (two to six meldingen, weeks apart), fewer of twenty or eighty, until
 * about 2% of the meldingen are spoken for.
 */
static void plan_one(struct vc *v, struct vc_dossier *x, int giant, int32_t first, int32_t today)
{
	int p = (int)demo_rng_below(&v->rng, 100);
	int k = giant ? 200 + (int)demo_rng_below(&v->rng, 400)
	        : p < 60 ? 2 + (int)demo_rng_below(&v->rng, 5)
	        : p < 85 ? 7 + (int)demo_rng_below(&v->rng, 14)
	        : p < 97 ? 21 + (int)demo_rng_below(&v->rng, 60) : 81 + (int)demo_rng_below(&v->rng, 120);
	int32_t span = giant ? 365 + (int32_t)demo_rng_below(&v->rng, 730) : k * (3 + (int32_t)demo_rng_below(&v->rng, 25));
	int32_t start = first + (int32_t)demo_rng_below(&v->rng, (uint32_t)(today - first > 0 ? today - first : 1));

	x->home = (int)demo_rng_below(&v->rng, (uint32_t)v->n_homes);
	x->giant = giant;
	x->target = xmalloc((size_t)k * sizeof(*x->target));
	x->taken = xcalloc((size_t)k, sizeof(*x->taken));
	x->target[0] = start;
	for (int i = 1; i < k; i++)
		x->target[i] = start + (int32_t)demo_rng_below(&v->rng, (uint32_t)span);
	qsort(x->target, (size_t)k, sizeof(*x->target), cmp_day);
	/* Days after today never come: the dossier has what it took by then. */
	while (k > 1 && x->target[k - 1] > today)
		k--;
	x->k = k;
}

struct vc *vc_plan(struct db *db, long n, int32_t first, int32_t today, uint64_t seed)
{
	struct vc *v = xcalloc(1, sizeof(*v));
	long budget = n / 50, planned = 0;
	int giants = budget >= 2000 ? 1 + (int)(n / 250000) : 0, cap = 64;

	demo_rng_seed(&v->rng, seed ^ 0x646f7373696572ull);
	if (load_homes(v, db) < 0 || v->n_homes == 0 || budget < 2) {
		vc_free(v);
		return NULL;
	}
	v->dos = xmalloc((size_t)cap * sizeof(*v->dos));
	while (planned < budget) {
		if (v->n_dos == cap) {
			cap *= 2;
			v->dos = xrealloc(v->dos, (size_t)cap * sizeof(*v->dos));
		}
		struct vc_dossier *x = &v->dos[v->n_dos++];
		memset(x, 0, sizeof(*x));
		plan_one(v, x, v->n_dos <= giants, first, today);
		planned += x->k;
	}
	/* Per buurt its dossiers in the order they start, for vc_take(). */
	struct by_first *f = xmalloc((size_t)v->n_dos * sizeof(*f));
	for (int i = 0; i < v->n_dos; i++)
		f[i] = (struct by_first){ v->dos[i].target[0], i };
	qsort(f, (size_t)v->n_dos, sizeof(*f), cmp_first);
	v->buurten = xcalloc((size_t)v->n_homes, sizeof(*v->buurten));
	for (int j = 0; j < v->n_dos; j++) {
		int64_t b = v->homes[v->dos[f[j].i].home].buurt_id;
		struct vc_buurt *vb = buurt_of(v, b);
		if (!vb) {
			vb = &v->buurten[v->n_buurten++];
			vb->id = b;
			vb->order = xmalloc((size_t)v->n_dos * sizeof(int));
			vb->active = xmalloc((size_t)v->n_dos * sizeof(int));
		}
		vb->order[vb->n_order++] = f[j].i;
	}
	free(f);
	/* By id, for vc_take()'s lookup of every melding's buurt. */
	qsort(v->buurten, (size_t)v->n_buurten, sizeof(*v->buurten), cmp_buurt);
	return v;
}

const struct vc_home *vc_take(struct vc *v, int32_t day, int64_t buurt_id, enum pijler p, const char *ref,
			      int64_t ontvangen_op)
{
	struct vc_buurt key = { .id = buurt_id };
	struct vc_buurt *b = v ? bsearch(&key, v->buurten, (size_t)v->n_buurten, sizeof(*v->buurten), cmp_buurt) : NULL;

	if (!b)
		return NULL;
	while (b->pos < b->n_order && v->dos[b->order[b->pos]].target[0] <= day)
		b->active[b->n_active++] = b->order[b->pos++];
	for (int i = 0; i < b->n_active; i++) {
		struct vc_dossier *x = &v->dos[b->active[i]];
		if (x->target[x->next] > day)
			continue;
		struct vc_taken *t = &x->taken[x->next];
		snprintf(t->ref, sizeof(t->ref), "%s", ref);
		t->op = ontvangen_op;
		t->day = day;
		if (x->next == 0)
			x->pijler = p;
		if (++x->next == x->k) {
			/* Full: out of the active list, keeping the others' order. */
			memmove(&b->active[i], &b->active[i + 1], (size_t)(b->n_active - i - 1) * sizeof(int));
			b->n_active--;
		}
		return &v->homes[x->home];
	}
	return NULL;
}

/* ---- writing: every dossier's life, in the order of time ---- */

enum ev_kind { EV_OPEN, EV_LINK, EV_ACT };

struct vc_event {
	int64_t op;
	int dossier, seq;
	enum ev_kind kind;
	int arg;                         /* EV_OPEN: meldingen 0..arg linked at opening; EV_LINK: which one */
	const struct case_action *a;     /* EV_ACT */
};

struct vc_run {
	struct vc *v;
	struct demo *d;
	struct case_state *cs;           /* per dossier; id 0: never opened */
	struct case_spec *spec;
	struct vc_event *ev;
	int n_ev, cap_ev;
	/* The demo stories' actions, by kind: the texts of the volume dossiers. */
	const struct case_action *note[64], *refer[16], *escalate[16], *close[16], *answer[16];
	int n_note, n_refer, n_escalate, n_close, n_answer;
};

static const struct case_action step_accept = { .kind = CA_REF_ACCEPT };
static const struct case_action step_close = { .kind = CA_REF_CLOSE };

static void collect_texts(struct vc_run *r)
{
	for (int i = 0; i < n_case_specs; i++)
		for (int j = 0; j < case_specs[i].n_actions; j++) {
			const struct case_action *a = &case_specs[i].actions[j];
			if (a->kind == CA_NOTE && a->who == WHO_NOBODY && r->n_note < 64)
				r->note[r->n_note++] = a;
			else if (a->kind == CA_REFER && r->n_refer < 16)
				r->refer[r->n_refer++] = a;
			else if (a->kind == CA_ESCALATE && a->arg != AVE_GROEN && a->who == WHO_NOBODY && r->n_escalate < 16)
				r->escalate[r->n_escalate++] = a;
			else if (a->kind == CA_CLOSE && r->n_close < 16)
				r->close[r->n_close++] = a;
			else if (a->kind == CA_REF_ANSWER && !a->arg2 && r->n_answer < 16)
				r->answer[r->n_answer++] = a;
		}
}

static uint32_t pick(struct vc_run *r, uint32_t n)
{
	return demo_rng_below(&r->v->rng, n);
}

static void add_event(struct vc_run *r, int64_t op, int dossier, enum ev_kind kind, int arg, const struct case_action *a)
{
	if (r->n_ev == r->cap_ev) {
		r->cap_ev = r->cap_ev ? 2 * r->cap_ev : 4096;
		r->ev = xrealloc(r->ev, (size_t)r->cap_ev * sizeof(*r->ev));
	}
	r->ev[r->n_ev] = (struct vc_event){ op, dossier, r->n_ev, kind, arg, a };
	r->n_ev++;
}

static int cmp_event(const void *a, const void *b)
{
	const struct vc_event *x = a, *y = b;
	return x->op != y->op ? (x->op > y->op) - (x->op < y->op) : (x->seq > y->seq) - (x->seq < y->seq);
}

/* The owner: whoever works the dossier's wijk for its pillar, as in the demo's stories. */
static enum demo_who owner_for(const struct demo *d, int64_t wijk, enum pijler p)
{
	int fysiek = p == PIJLER_FYSIEK || p == PIJLER_SAMEN_WONEN;

	if (wijk == d->wijk[WIJK_CENTRUM])
		return fysiek ? WHO_WIJKBEHEER : WHO_SOCIAAL;
	if (wijk == d->wijk[WIJK_NOORD])
		return WHO_SOCIAAL;
	if (wijk == d->wijk[WIJK_OOST])
		return fysiek ? WHO_WIJKBEHEER_OOST : WHO_LEEFBAAR;
	return WHO_COORDINATOR;
}

/* A moment n werkdagen after op's day, in office hours. */
static int64_t later(struct vc_run *r, int64_t op, int n)
{
	return demo_workday_moment(r->d, amsterdam_day(op), n, 9 * 60 + (int)pick(r, 7 * 60));
}

/* One referral and its steps before `until`; returns the moment of its last step (0: none fit). */
static int64_t plan_referral(struct vc_run *r, int i, int64_t from, int64_t until)
{
	const struct case_action *a = r->refer[pick(r, (uint32_t)r->n_refer)];
	int64_t op = later(r, from, 1 + (int)pick(r, 10)), last;

	if (op >= until)
		return 0;
	add_event(r, op, i, EV_ACT, 0, a);
	last = op;
	if (a->arg == CP_WIJKTEAM) {
		/* Only the wijkteam has an account: it accepts and answers in its portal. */
		int64_t acc = later(r, op, 1 + (int)pick(r, 3)), ans = later(r, acc, 2 + (int)pick(r, 7));
		if (acc >= until)
			return last;
		add_event(r, acc, i, EV_ACT, 0, &step_accept);
		last = acc;
		if (ans >= until || !r->n_answer)
			return last;
		add_event(r, ans, i, EV_ACT, 0, r->answer[pick(r, (uint32_t)r->n_answer)]);
		last = ans;
	}
	int64_t done = later(r, last, 1 + (int)pick(r, 10));
	if (done < until) {
		add_event(r, done, i, EV_ACT, 0, &step_close);
		last = done;
	}
	return last;
}

/* Decides one dossier's life: opening, links, notes, an escalation, a referral, closing. */
static void plan_life(struct vc_run *r, int i)
{
	struct vc_dossier *x = &r->v->dos[i];
	struct demo *d = r->d;
	int n = x->next, open_idx;

	if (n < 1)
		return;
	open_idx = (n < 3 ? n : 1 + (int)pick(r, 3)) - 1;
	int64_t open = demo_workday_moment(d, x->taken[open_idx].day, 0, 15 * 60 + (int)pick(r, 120));
	/* After every melding it opens with (those of one day come in at any hour). */
	for (int j = 0; j <= open_idx; j++)
		if (open <= x->taken[j].op)
			open = x->taken[j].op + 1800;
	if (open >= d->cutoff)
		return;
	add_event(r, open, i, EV_OPEN, open_idx, NULL);
	/* Closed some werkdagen after the last melding, unless it is still gathering or one of the few that linger. */
	int64_t close = INT64_MAX;
	if (x->next == x->k && pick(r, 100) >= 3)
		close = demo_workday_moment(d, x->taken[n - 1].day, 10 + (int)pick(r, 30), 10 * 60 + (int)pick(r, 360));
	if (close >= d->cutoff)
		close = INT64_MAX;
	int64_t until = close < d->cutoff ? close : d->cutoff;
	for (int j = open_idx + 1; j < n; j++) {
		int64_t op = demo_workday_moment(d, x->taken[j].day, 1, 9 * 60 + 15);
		if (op > open && op < until)
			add_event(r, op, i, EV_LINK, j, NULL);
	}
	int notes = x->giant ? 5 + (int)pick(r, 10) : (int)pick(r, 4);
	for (int k = 0; k < notes && until > open + 60; k++)
		add_event(r, open + 60 + (int64_t)(demo_rng_next(&r->v->rng) % (uint64_t)(until - open - 60)), i, EV_ACT, 0,
			  r->note[pick(r, (uint32_t)r->n_note)]);
	if ((x->giant || pick(r, 100) < 12) && r->n_escalate) {
		int64_t op = later(r, open, 1 + (int)pick(r, 20));
		if (op < until)
			add_event(r, op, i, EV_ACT, 0, r->escalate[pick(r, (uint32_t)r->n_escalate)]);
	}
	if (pick(r, 100) < 33 && r->n_refer) {
		int64_t last = plan_referral(r, i, open, d->cutoff);
		/* The case worker closes the dossier only after its referral is done with. */
		if (close != INT64_MAX && last >= close)
			close = later(r, last, 1 + (int)pick(r, 5));
	}
	if (close < d->cutoff && r->n_close)
		add_event(r, close, i, EV_ACT, 0, r->close[pick(r, (uint32_t)r->n_close)]);
}

/* The dossier's case_state, as cases.c keeps one for a demo story. */
static void state_for(struct vc_run *r, int i)
{
	const struct vc_dossier *x = &r->v->dos[i];
	const struct vc_home *h = &r->v->homes[x->home];
	struct case_spec *s = &r->spec[i];
	struct case_state *cs = &r->cs[i];

	s->postcode = h->postcode;
	s->toevoeging = h->toevoeging;
	s->huisnummer = h->huisnummer;
	s->huishouden = "";
	s->huurder = "de bewoner";
	s->pijler = x->pijler;
	s->owner = owner_for(r->d, h->wijk_id, x->pijler);
	cs->spec = s;
	cs->where = (struct address_match){ .kind = MATCH_ADDRESS, .address_id = h->address_id, .buurt_id = h->buurt_id,
					    .wijk_id = h->wijk_id, .complex_id = h->complex_id };
	snprintf(cs->where.straat, sizeof(cs->where.straat), "%s", h->straat);
	snprintf(cs->where.woonplaats, sizeof(cs->where.woonplaats), "%s", h->woonplaats);
	cs->onderwerp = h->adres;
}

static int link(struct vc_run *r, int i, int j, int64_t op)
{
	const struct vc_taken *t = &r->v->dos[i].taken[j];
	int64_t id = db_int(r->d->db, SQL_MELDING_ID, 0, "t", t->ref);

	if (!id)
		return log_error("seed: melding %s is missing", t->ref);
	return case_link(r->d, &r->cs[i], id, t->ref, op);
}

static int play(struct vc_run *r, const struct vc_event *e, int *linked)
{
	struct case_state *cs = &r->cs[e->dossier];

	switch (e->kind) {
	case EV_OPEN:
		if (case_insert(r->d, cs, e->op) < 0 ||
		    db_exec(r->d->db, SQL_GRENS, "iI", (int)amsterdam_day(e->op), cs->id) < 0)
			return -1;
		for (int j = 0; j <= e->arg; j++, ++*linked)
			if (link(r, e->dossier, j, e->op) < 0)
				return -1;
		return case_announce(r->d, cs);
	case EV_LINK:
		++*linked;
		return link(r, e->dossier, e->arg, e->op);
	default:
		return case_act(r->d, cs, e->a, e->op);
	}
}

int vc_write(struct vc *v, struct db *db, const struct config *cfg, int64_t now, int *dossiers, int *referrals,
	     int *linked)
{
	struct vc_run r = { .v = v };
	int rc = -1;

	*dossiers = *referrals = *linked = 0;
	r.d = xcalloc(1, sizeof(*r.d));
	if (demo_setup(r.d, db, cfg, now) < 0 || seed_cases_partners(r.d) < 0) {
		printf("Geen dossiers: de demo-organisatie (medewerkers, partners) ontbreekt.\n");
		rc = 0;
		goto out;
	}
	collect_texts(&r);
	if (!r.n_note || !r.n_refer || !r.n_close) {
		log_error("seed: the demo stories have no texts for the dossiers");
		goto out;
	}
	r.cs = xcalloc((size_t)v->n_dos, sizeof(*r.cs));
	r.spec = xcalloc((size_t)v->n_dos, sizeof(*r.spec));
	for (int i = 0; i < v->n_dos; i++) {
		state_for(&r, i);
		plan_life(&r, i);
	}
	qsort(r.ev, (size_t)r.n_ev, sizeof(*r.ev), cmp_event);
	for (int e = 0; e < r.n_ev; e++)
		if (play(&r, &r.ev[e], linked) < 0) {
			log_error("seed: dossier %d: step %d failed", r.ev[e].dossier, r.ev[e].kind);
			goto out;
		}
	/* The search rows once more, now that every melding is linked and every note written. */
	for (int i = 0; i < v->n_dos; i++)
		if (r.cs[i].id && dossier_fts_refresh(db, r.cs[i].id) != STORE_OK)
			goto out;
	seed_cases_counts(r.d, dossiers, referrals);
	rc = 0;
out:
	free(r.ev);
	free(r.cs);
	free(r.spec);
	arena_release(&r.d->arena);
	free(r.d);
	return rc;
}

void vc_free(struct vc *v)
{
	if (!v)
		return;
	for (int i = 0; i < v->n_dos; i++) {
		free(v->dos[i].target);
		free(v->dos[i].taken);
	}
	for (int i = 0; i < v->n_buurten; i++) {
		free(v->buurten[i].order);
		free(v->buurten[i].active);
	}
	free(v->buurten);
	free(v->dos);
	free(v->homes);
	free(v);
}
