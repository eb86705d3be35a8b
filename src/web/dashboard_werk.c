/*
 * dashboard_werk.c - GET /dashboard/werklijst: the meldingen that must be
 * confirmed or answered today, and those already late, grouped per
 * assignee, so the ondersteuner can chase each person with their own list
 * (issue 9, Worklists). Live figures: today, whatever period is chosen.
 * The list and its grouping come from werk_lijst (app/werk.h); this file
 * declares and reads who is asked for (dashboard_werklijst_fields) and
 * places people and items: show_people(), show_items().
 */
#include "web/dashboard.h"
#include "app/werk.h"
#include "db/db.h"
#include "domain/calendar.h"
#include "http/http.h"
#include "lib/parse.h"
#include "render/page.h"
#include "render/tpl.h"

#include <string.h>

static const struct refusal werk_refusal = {
	.not_found_title = "Niet gevonden",
	.not_found_text = "Deze behandelaar bestaat niet.",
};

/* The view, and behandelaar as the meldingen list takes it: an id, "geen" or "mij" (read_assignee). */
const struct field_spec dashboard_werklijst_fields[] = {
	DASH_VIEW_FIELDS,
	{ .name = "behandelaar", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

/* behandelaar: one person ("geen": nobody yet; "mij": the user), as the list's filter; -1 anyone. 0, or -1: no such id. */
static int read_assignee(struct req *req, int64_t *assignee)
{
	const char *b = input_text(req, "behandelaar");

	*assignee = -1;
	if (!b || !b[0])
		return 0;
	if (!strcmp(b, "geen"))
		*assignee = 0;
	else if (!strcmp(b, "mij"))
		*assignee = http_actor(req)->user_id;
	else if (!(*assignee = parse_id(b)))
		return -1;
	return 0;
}

/* A section per person, with their counts; the items follow into it. */
static struct tpl_dict **show_people(struct req *req, struct tpl_dict *d, const struct werk_list *l)
{
	struct tpl_dict **pd = arena_alloc(&req->arena, ((size_t)l->n_people + 1) * sizeof(*pd));

	for (int i = 0; i < l->n_people; i++) {
		const struct werk_person *p = &l->people[i];
		struct tpl_dict *x = pd[i] = tpl_section(d, "PERSON");
		if (p->id)
			tpl_setf(x, "WHO", "%lld", (long long)p->id);
		else
			tpl_set(x, "WHO", "geen");
		tpl_set(x, "NAAM", p->id ? p->naam : "Nog niet toegewezen");
		tpl_set_int(x, "N_BEV", p->n[KPI_WORK_BEVESTIGEN]);
		tpl_set_int(x, "N_TER", p->n[KPI_WORK_TERUGKOPPELEN]);
		tpl_show(x, p->n[KPI_WORK_BEVESTIGEN] ? "BEV_LIST" : "BEV_EMPTY");
		tpl_show(x, p->n[KPI_WORK_TERUGKOPPELEN] ? "TER_LIST" : "TER_EMPTY");
	}
	return pd;
}

/* Items in due order into their person's section. */
static void show_items(struct tpl_dict **pd, const struct werk_list *l)
{
	static const char *const section[KPI_WORK__MAX] = { "BEV_ITEM", "TER_ITEM" };
	char day[CALENDAR_DAY_LEN];

	for (int k = 0; k < KPI_WORK__MAX; k++)
		for (int i = 0; i < l->n[k]; i++) {
			const struct kpi_work_item *it = &l->items[k][i];
			struct tpl_dict *x = tpl_section(pd[l->person[k][i]], section[k]);
			tpl_set_int(x, "ID", it->id);
			tpl_set(x, "REFERENTIE", it->referentie);
			tpl_set(x, "CATEGORIE", it->categorie_naam);
			tpl_set(x, "WIJK", it->wijk_naam[0] ? it->wijk_naam : "onbekend");
			tpl_set(x, "ADRES", it->adres_tekst);
			calendar_day_long(it->due, day);
			tpl_set(x, "DUE", day);
			if (it->late) {
				int wd = l->te_laat[k][i];
				tpl_setf(tpl_section(x, "LATE"), "DAGEN", "%d %s", wd, wd == 1 ? "werkdag" : "werkdagen");
			} else {
				tpl_show(x, "TODAY");
			}
		}
}

int handle_dashboard_werklijst(struct req *req)
{
	struct db *db = db_thread();
	struct dash_view v;
	struct tpl_dict *d = page_new(req, "Werklijst", "dashboard_werklijst.tpl"), *filters;
	struct werk_list l;
	char vandaag[CALENDAR_DAY_LEN];
	int rc = dash_page_start(req, d, "/dashboard/werklijst", &v, &filters);

	if (rc)
		return rc;
	if (!db)
		return http_unavailable(req, NULL);
	struct werk_input in = { .today = v.today, .wijk_id = v.rq.wijk_id };
	if (read_assignee(req, &in.assignee) < 0)
		return http_refused(req, APP_NOT_FOUND, &werk_refusal);
	enum app_result r = werk_lijst(db, &req->arena, http_actor(req), &in, &l);
	if (r != APP_OK)
		return http_refused(req, r, &werk_refusal);
	calendar_day_long(v.today, vandaag);
	tpl_set(d, "VANDAAG", vandaag);
	show_items(show_people(req, d, &l), &l);
	dash_heropenverzoeken(req, d, &v);   /* the melders' verzoeken tot heropenen (issue 17) */
	if (!l.n_people)
		tpl_show(d, "EMPTY");
	if (l.truncated)
		tpl_show(d, "TRUNCATED");
	return page_send(req, 200);
}
