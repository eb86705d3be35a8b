/*
 * melding_status.c - the melder's status page: one melding, reached by its
 * private link, nothing about anyone else (no staff names, no other
 * meldingen). Owner in issue 17: helper "berichten"; the diary and the
 * satisfaction question add their parts (web/melder.h).
 */
#include "auth/secret.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/calendar.h"
#include "domain/days.h"
#include "domain/melder_termijn.h"
#include "domain/messages.h"
#include "config.h"
#include "store/calendar.h"
#include "http/http.h"
#include "http/input.h"
#include "lib/clock.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/melding.h"
#include "web/melder.h"
#include "web/web.h"

#include <stdio.h>
#include <string.h>


/* Each step in a tenant's words; *message: a text the team wrote to the melder goes with it. */
static const char *event_label(const char *soort, int *message)
{
	static const struct {
		const char *soort, *label;
		int message;
	} labels[] = {
		{ "ontvangen", "We hebben uw melding ontvangen", 0 },
		{ "bevestigd", "We zijn ermee bezig", 0 },
		{ "teruggekoppeld", "Bericht van ons", 1 },
		{ "afgesloten", "Afgehandeld", 1 },
		{ "heropend", "We zijn er weer mee bezig", 0 },
		{ "verwachting", "Nieuwe datum voor ons antwoord", 1 },
		{ "laat", "Het duurt langer dan beloofd", 1 },
	};
	for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].soort, soort)) {
			*message = labels[i].message;
			return labels[i].label;
		}
	*message = 0;
	return "Bijgewerkt";
}

/* "vrijdag 11 december" (the year only when it is not this year's). */
static void day_text(int32_t dn, int32_t today, char out[CALENDAR_DAY_LEN])
{
	int y, mo, d, ty, tm, td;

	days_to_civil(dn, &y, &mo, &d);
	days_to_civil(today, &ty, &tm, &td);
	if (y != ty)
		calendar_day_weekday(dn, out);
	else
		snprintf(out, CALENDAR_DAY_LEN, "%s %d %s", calendar_weekday_name(days_weekday(dn)), d,
			 calendar_month_name(mo));
}

/* The team's phone number and e-mail address from the configuration ([app] telefoon, email). */
static void show_contact(struct req *req, struct tpl_dict *d)
{
	const char *tel = req->cfg->telefoon, *mail = req->cfg->email;
	char href[sizeof(req->cfg->telefoon)];
	size_t n = 0;

	if (!tel[0] && !mail[0])
		return;
	struct tpl_dict *c = tpl_section(d, "CONTACT");
	if (tel[0]) {
		/* tel: takes digits and a leading +, not the spaces people write. */
		for (const char *p = tel; *p && n < sizeof(href) - 1; p++)
			if ((*p >= '0' && *p <= '9') || (*p == '+' && n == 0))
				href[n++] = *p;
		href[n] = '\0';
		struct tpl_dict *t = tpl_section(c, "TELEFOON");
		tpl_set(t, "TELEFOON", tel);
		tpl_set(t, "TEL_HREF", arena_strdup(&req->arena, href));
	}
	if (mail[0])
		tpl_set(tpl_section(c, "EMAIL"), "EMAIL", mail);
}

/* When the melder hears from us: "uiterlijk vrijdag 11 december, over 3 werkdagen". */
static void show_answer_day(struct req *req, struct db *db, struct tpl_dict *d, const struct melding *m)
{
	int32_t today = amsterdam_day(clock_now());
	int32_t dag = m->verwacht_dag >= 0 ? m->verwacht_dag : m->due.terugkoppelen;
	const struct calendar *cal = calendar_kept(db);
	char day[CALENDAR_DAY_LEN];
	const char *when;

	day_text(dag, today, day);
	if (dag < today)
		when = arena_printf(&req->arena, "uiterlijk %s. Die dag is voorbij: het spijt ons. U hoort zo snel "
				    "mogelijk van ons.", day);
	else if (dag == today)
		when = arena_printf(&req->arena, "uiterlijk vandaag, %s", day);
	else if (!cal)
		when = arena_printf(&req->arena, "uiterlijk %s", day);
	else {
		int n = melder_termijn_werkdagen_over(&cal->cal, today, dag);
		when = arena_printf(&req->arena, "uiterlijk %s, over %d %s", day, n, n == 1 ? "werkdag" : "werkdagen");
	}
	struct tpl_dict *s = tpl_section(d, "ANTWOORD");
	tpl_set(s, "WANNEER", when);
	tpl_set(s, "LABEL", m->verwacht_dag >= 0 ? "Nieuwe datum voor ons antwoord" : "Antwoord van ons");
}

int handle_melding_status(struct req *req)
{
	const char *token = input_text(req, "token");
	struct db *db = db_thread();
	struct melding m;
	struct melding_event *ev;
	char when[MOMENT_FORMAT_LEN], day[CALENDAR_DAY_LEN];

	int status = melder_melding(req, &m);
	if (status)
		return status;

	/* The page shows this melding only: no names of staff, no other meldingen. */
	struct tpl_dict *d = page_new(req, "Uw melding", "melding_status.tpl");
	tpl_set(d, "REFERENTIE", m.referentie);
	tpl_set(d, "STATUS", melder_stap(m.status));
	tpl_set(d, "STATUS_ID", melding_status_ids[m.status]);
	tpl_set(d, "CATEGORIE", m.categorie_naam);
	tpl_set(d, "OMSCHRIJVING", m.omschrijving);
	tpl_set(d, "ADRES", m.adres_tekst);
	calendar_day_weekday(m.ontvangen_dag, day);
	tpl_set(d, "ONTVANGEN", day);
	if (m.bevestigd_op) {
		calendar_day_weekday(m.bevestigd_dag, day);
		tpl_set(tpl_section(d, "BEVESTIGD"), "DAG", day);
	} else {
		calendar_day_weekday(m.due.bevestigen, day);
		tpl_set(tpl_section(d, "BEVESTIGEN_UITERLIJK"), "DAG", day);
	}
	/* The answer is due until the first one came (later messages are extra) or the melding closed. */
	if (!m.teruggekoppeld_op && m.status != MS_AFGESLOTEN)
		show_answer_day(req, db, d, &m);
	show_contact(req, d);
	int n = melding_events(db, &req->arena, m.id, 1, &ev);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *e = tpl_section(d, "EVENT");
		moment_format_amsterdam(ev[i].op, when);
		calendar_day_weekday(amsterdam_day(ev[i].op), day);
		tpl_set(e, "WANNEER", when);
		tpl_set(e, "DAG", day);
		int message;
		tpl_set(e, "LABEL", event_label(ev[i].soort, &message));
		/* Every text the team wrote to the melder, in order (issue 17). */
		if (message && ev[i].tekst[0])
			tpl_set(tpl_section(e, "TEKST"), "TEKST", ev[i].tekst);
	}
	melder_status_parts(req, d, &m, token);
	return page_send(req, 200);
}
