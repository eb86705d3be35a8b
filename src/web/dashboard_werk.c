/*
 * dashboard_werk.c - GET /dashboard/werklijst: the meldingen that must be
 * confirmed or answered today, and those already late, grouped per
 * assignee, so the ondersteuner can chase each person with their own list
 * (issue 9, Worklists). Live figures: today, whatever period is chosen.
 */
#include "web/dashboard.h"
#include "auth/session.h"
#include "db/db.h"
#include "domain/calendar.h"
#include "domain/werkdagen.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/calendar.h"
#include "store/kpi_work.h"
#include "lib/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A person's list is read whole; beyond this the list page takes over. */
#define WERK_MAX 1000

struct person {
	int64_t id;
	const char *naam;
	struct tpl_dict *d;
	int n[KPI_WORK__MAX];
};

static struct person *person_for(struct req *req, struct person **ps, int *n, int *cap, int64_t id, const char *naam)
{
	for (int i = 0; i < *n; i++)
		if ((*ps)[i].id == id)
			return &(*ps)[i];
	if (*n == *cap) {
		int c = *cap ? *cap * 2 : 16;
		struct person *bigger = arena_alloc(&req->arena, (size_t)c * sizeof(*bigger));
		if (*n)
			memcpy(bigger, *ps, (size_t)*n * sizeof(*bigger));
		*ps = bigger;
		*cap = c;
	}
	struct person *p = &(*ps)[(*n)++];
	p->id = id;
	p->naam = naam;
	return p;
}

static int cmp_person(const void *a, const void *b)
{
	const struct person *x = a, *y = b;
	if ((x->id == 0) != (y->id == 0))
		return x->id == 0 ? -1 : 1;
	return strcmp(x->naam, y->naam);
}

int handle_dashboard_werklijst(struct req *req)
{
	struct db *db = db_thread();
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Werklijst", "dashboard_werklijst.tpl");
	struct tpl_dict *filters = tpl_include(d, "FILTERS", "dashboard_filters.tpl");
	struct form f = FORM_INIT(filters);
	struct session *s = req->session;

	int rc = dash_view_parse(req, &v, &f);
	if (rc == 404)
		return http_error(req, 404, "Niet gevonden", "Deze wijk bestaat niet of valt buiten uw gebied.");
	dash_tabs(req, tpl_include(d, "TABS", "dashboard_tabs.tpl"), rc ? NULL : &v, "/dashboard/werklijst");
	dash_filters(req, filters, &v, "/dashboard/werklijst");
	if (rc == 422)
		return page_send(req, 422);
	if (!db)
		return http_unavailable(req, NULL);

	/* behandelaar: one person ("geen": nobody yet), as the list's filter. */
	int64_t only = -1;
	const char *b = http_query(req, "behandelaar");
	if (b && b[0]) {
		if (!strcmp(b, "geen"))
			only = 0;
		else if (!strcmp(b, "mij"))
			only = s->user_id;
		else if (!(only = parse_id(b)))
			return http_error(req, 404, "Niet gevonden", "Deze behandelaar bestaat niet.");
	}

	struct kpi_work_scope ws = {
		.today = v.today, .wijk_id = v.rq.wijk_id,
		.scope_user = policy_sees_all_areas(s->role, ACT_DASHBOARD) ? 0 : s->user_id,
	};
	struct person *ps = NULL;
	int np = 0, cap = 0, truncated = 0;
	char day[CALENDAR_DAY_LEN], vandaag[CALENDAR_DAY_LEN];
	static const char *const section[KPI_WORK__MAX] = { "BEV_ITEM", "TER_ITEM" };
	struct kpi_work_item *items[KPI_WORK__MAX];
	int n[KPI_WORK__MAX];
	struct calendar *cal = arena_alloc(&req->arena, sizeof(*cal));

	/* Days late are werkdagen, with the corporation's closing days, as the terms are. */
	if (calendar_load(db, cal) < 0)
		return http_unavailable(req, NULL);
	calendar_day_long(v.today, vandaag);
	tpl_set(d, "VANDAAG", vandaag);
	for (int k = 0; k < KPI_WORK__MAX; k++) {
		n[k] = kpi_work_items(db, &req->arena, &ws, (enum kpi_work_kind)k, only, WERK_MAX, &items[k]);
		if (n[k] < 0)
			return http_unavailable(req, NULL);
		truncated |= n[k] == WERK_MAX;
		for (int i = 0; i < n[k]; i++) {
			struct person *p = person_for(req, &ps, &np, &cap, items[k][i].assignee_id,
						      items[k][i].assignee_naam);
			p->n[k]++;
		}
	}
	if (np > 1)
		qsort(ps, (size_t)np, sizeof(*ps), cmp_person);
	for (int i = 0; i < np; i++) {
		ps[i].d = tpl_section(d, "PERSON");
		if (ps[i].id)
			tpl_setf(ps[i].d, "WHO", "%lld", (long long)ps[i].id);
		else
			tpl_set(ps[i].d, "WHO", "geen");
		tpl_set(ps[i].d, "NAAM", ps[i].id ? ps[i].naam : "Nog niet toegewezen");
		tpl_set_int(ps[i].d, "N_BEV", ps[i].n[0]);
		tpl_set_int(ps[i].d, "N_TER", ps[i].n[1]);
		tpl_show(ps[i].d, ps[i].n[0] ? "BEV_LIST" : "BEV_EMPTY");
		tpl_show(ps[i].d, ps[i].n[1] ? "TER_LIST" : "TER_EMPTY");
	}
	/* Items in due order into their person's section (sorting above moved the people, not the items). */
	for (int k = 0; k < KPI_WORK__MAX; k++) {
		for (int i = 0; i < n[k]; i++) {
			const struct kpi_work_item *it = &items[k][i];
			struct person *p = NULL;
			for (int j = 0; j < np && !p; j++)
				if (ps[j].id == it->assignee_id)
					p = &ps[j];
			struct tpl_dict *x = tpl_section(p->d, section[k]);
			tpl_set_int(x, "ID", it->id);
			tpl_set(x, "REFERENTIE", it->referentie);
			tpl_set(x, "CATEGORIE", it->categorie_naam);
			tpl_set(x, "WIJK", it->wijk_naam[0] ? it->wijk_naam : "onbekend");
			tpl_set(x, "ADRES", it->adres_tekst);
			calendar_day_long(it->due, day);
			tpl_set(x, "DUE", day);
			if (it->late) {
				int wd = werkdagen_between(&cal->cal, it->due, v.today);
				struct tpl_dict *l = tpl_section(x, "LATE");
				tpl_setf(l, "DAGEN", "%d %s", wd, wd == 1 ? "werkdag" : "werkdagen");
			} else {
				tpl_show(x, "TODAY");
			}
		}
	}
	if (!np)
		tpl_show(d, "EMPTY");
	if (truncated)
		tpl_show(d, "TRUNCATED");
	return page_send(req, 200);
}
