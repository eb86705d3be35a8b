/*
 * dashboard_tevredenheid.c - the melders' scores on the dashboard (issue
 * 17, point 4): the average and the number of answers per soort and per
 * wijk in the chosen period and wijk, within what the user sees (the
 * figures of app/tevredenheid.h), and the open verzoeken tot heropenen on
 * the werklijst, each linking to its melding.
 */
#include "web/dashboard.h"
#include "app/kpi.h"
#include "app/tevredenheid.h"
#include "db/db.h"
#include "http/http.h"
#include "render/tpl.h"
#include "render/when.h"

/* The most verzoeken the werklijst lists; the count says when there are more. */
#define VERZOEKEN_MAX 50

static void row(struct tpl_dict *t, const char *section, const char *naam, int64_t n, int64_t som)
{
	struct tpl_dict *x = tpl_section(t, section);
	char gem[8], c[32];

	tevredenheid_gemiddelde(som, n, gem);
	dash_count(n, c, sizeof(c));
	tpl_set(x, "NAAM", naam);
	tpl_set(x, "GEMIDDELDE", gem);
	tpl_set(x, "AANTAL", c);
}

void dash_tevredenheid(struct req *req, struct tpl_dict *d, const struct dash_view *v, const struct kpi_report *rep)
{
	struct tevredenheid_cijfers c;
	struct tevredenheid_open *open;
	struct tpl_dict *t = tpl_include(d, "TEVREDENHEID", "dashboard_tevredenheid.tpl");
	int64_t n, som;

	if (tevredenheid_cijfers(db_thread(), &req->arena, http_actor(req), &v->rq, &c) != APP_OK) {
		tpl_show(t, "FOUT");
		return;
	}
	if (!c.n) {
		tpl_show(t, "LEEG");
	} else {
		struct tpl_dict *x = tpl_section(t, "CIJFERS");
		char gem[8], cnt[32];
		tevredenheid_gemiddelde(c.som, c.n, gem);
		dash_count(c.n, cnt, sizeof(cnt));
		tpl_set(x, "GEMIDDELDE", gem);
		tpl_set(x, "AANTAL", cnt);
		for (int i = 0; i < rep->n_categorie; i++) {
			tevredenheid_cijfer(&c, rep->categorie[i].id, -1, &n, &som);
			if (n)
				row(x, "TV_CAT_ROW", rep->categorie[i].naam, n, som);
		}
		for (int i = 0; i < rep->n_wijk; i++) {
			tevredenheid_cijfer(&c, -1, rep->wijk[i].id, &n, &som);
			if (n)
				row(x, "TV_WIJK_ROW", rep->wijk[i].naam, n, som);
		}
		tevredenheid_cijfer(&c, -1, 0, &n, &som);
		if (n)
			row(x, "TV_WIJK_ROW", "Onbekend (nog geen wijk)", n, som);
	}
	/* Live, like the workload: what waits for a decision now, whatever the period. */
	int k = tevredenheid_verzoeken(db_thread(), &req->arena, http_actor(req), v->rq.wijk_id, VERZOEKEN_MAX, &open);
	if (k > 0) {
		struct tpl_dict *x = tpl_section(t, "VERZOEKEN");
		tpl_setf(x, "N", "%d%s", k, k == VERZOEKEN_MAX ? " of meer" : "");
		tpl_set(x, "HREF", dash_page_link(req, "/dashboard/werklijst", v));
	}
}

void dash_heropenverzoeken(struct req *req, struct tpl_dict *d, const struct dash_view *v)
{
	struct tevredenheid_open *o;
	struct tpl_dict *t = tpl_include(d, "HEROPENVERZOEKEN", "dashboard_heropenverzoeken.tpl");
	int n = tevredenheid_verzoeken(db_thread(), &req->arena, http_actor(req), v->rq.wijk_id, VERZOEKEN_MAX, &o);

	if (n < 0) {
		tpl_show(t, "FOUT");
		return;
	}
	tpl_setf(t, "N", "%d%s", n, n == VERZOEKEN_MAX ? " of meer" : "");
	if (!n)
		tpl_show(t, "LEEG");
	struct tpl_dict *list = n ? tpl_section(t, "LIST") : NULL;
	for (int i = 0; i < n; i++) {
		struct tpl_dict *x = tpl_section(list, "VERZOEK");
		tpl_set_int(x, "ID", o[i].melding_id);
		tpl_set(x, "REFERENTIE", o[i].referentie);
		tpl_set(x, "CATEGORIE", o[i].categorie_naam);
		tpl_set(x, "WIJK", o[i].wijk_naam[0] ? o[i].wijk_naam : "onbekend");
		tpl_set_int(x, "SCORE", o[i].score);
		tpl_set(x, "GEGEVEN", when_str(&req->arena, WHEN_TEXT, o[i].gegeven_op));
		tpl_set(x, "GEGEVEN_ISO", when_str(&req->arena, WHEN_ISO, o[i].gegeven_op));
	}
}
