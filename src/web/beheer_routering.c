/*
 * beheer_routering.c - /beheer/routering: list, create, edit, move, switch
 * off and delete the routing rules (see beheer_routering.h).
 *
 * A rule assigns new meldingen to one person or a team; the form refuses
 * a person (or a team without a member) who could not handle the
 * meldingen the rule catches (their wijken) and says why, so a rule never
 * points at someone the melding page would refuse. Teams are named groups
 * of staff, kept here too (no deleting: rules and meldingen name them).
 * The routes' field specs are here too.
 */
#include "web/beheer_routering.h"
#include "web/beheer.h"
#include "app/routing.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/melding.h"
#include "domain/routing.h"
#include "domain/validate.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/category.h"
#include "store/melding_list.h"
#include "store/routing.h"

#include <stdio.h>
#include <string.h>

/* What the form sent (or the stored values, as text), to show it again. */
struct input {
	const char *naam, *volgorde, *categorie, *gebied, *kanaal, *van, *tot, *behandelaar;
	int actief;
};

/* The choices the form offers, read once per request. */
struct choices {
	struct category *cats;
	int n_cats;
	struct area_item *wijken, *buurten;
	int n_wijken, n_buurten;
	struct staff_user *staff;
	int n_staff;
	struct team *teams;
	int n_teams;
};

static const struct refusal rule_refusal = {
	.not_found_title = "Regel niet gevonden",
	.not_found_text = "Deze routeringsregel bestaat niet (meer). Kies er een uit de lijst.",
};

#define RULE_FIELDS \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "volgorde", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "categorie", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "gebied", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "kanaal", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "van", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "tot", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "behandelaar", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "actief", .from = IN_FORM, .type = FT_BOOL }

const struct field_spec beheer_regel_create_fields[] = { RULE_FIELDS, FIELDS_END };
const struct field_spec beheer_regel_update_fields[] = { FIELD_PATH("id", FT_ID), RULE_FIELDS, FIELDS_END };
const struct field_spec beheer_regel_move_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "richting", .from = IN_FORM, .type = FT_TEXT },
	FIELDS_END
};
const struct field_spec beheer_regel_switch_fields[] = {
	FIELD_PATH("id", FT_ID),
	{ .name = "actief", .from = IN_FORM, .type = FT_BOOL },
	FIELDS_END
};
const struct field_spec beheer_regel_delete_fields[] = { FIELD_PATH("id", FT_ID), FIELDS_END };

static const char *const list_flash_codes[] = {
	"aangemaakt", "opgeslagen", "ongewijzigd", "verplaatst", "aangezet", "uitgezet", "verwijderd", NULL,
};
static const char *const list_flash_texts[] = {
	"De regel is aangemaakt. Hij geldt voor meldingen die vanaf nu binnenkomen.",
	"De regel is opgeslagen.",
	"Er was niets gewijzigd.",
	"De volgorde is aangepast.",
	"De regel staat aan.",
	"De regel staat uit: hij wijst niets meer toe.",
	"De regel is verwijderd.",
};

const struct field_spec beheer_routering_fields[] = {
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

/* ---- the list ------------------------------------------------------------ */

static const char *time_window(struct req *req, const struct routing_cond *c)
{
	char van[6], tot[6];

	if (c->van < 0)
		return "Hele dag";
	routing_format_time(c->van, van);
	routing_format_time(c->tot, tot);
	return arena_printf(&req->arena, "%s–%s", van, tot);
}

static void list_row(struct req *req, struct tpl_dict *table, const struct routing_rule *r, int first, int last)
{
	struct tpl_dict *row = tpl_section(table, "RULE");

	tpl_setf(row, "HREF", "/beheer/routering/%lld", (long long)r->id);
	tpl_setf(row, "ACTION", "/beheer/routering/%lld", (long long)r->id);
	tpl_set(row, "NAAM", r->naam);
	tpl_set_int(row, "VOLGORDE", r->volgorde);
	tpl_set(row, "CATEGORIE", r->cond.category_id ? r->categorie_naam : "Elke");
	tpl_set(row, "GEBIED", r->cond.area_id ? arena_printf(&req->arena, "%s %s", r->gebied_is_buurt ? "buurt" : "wijk",
							       r->gebied_naam) : "Overal");
	tpl_set(row, "KANAAL", r->cond.kanaal >= 0 ? kanaal_labels[r->cond.kanaal] : "Elk");
	tpl_set(row, "TIJD", time_window(req, &r->cond));
	tpl_set(row, "BEHANDELAAR", r->doel_naam);
	if (!r->doel_actief)
		tpl_show(row, "DOEL_INACTIEF");
	tpl_set(row, "CSRF_TOKEN", csrf_token(req));
	tpl_show(row, r->cond.actief ? "ACTIVE" : "INACTIVE");
	if (!first)
		tpl_show(row, "CAN_UP");
	if (!last)
		tpl_show(row, "CAN_DOWN");
}

int handle_beheer_routering(struct req *req)
{
	struct routing_rule *rules;
	int n = routing_rules(db_thread(), &req->arena, &rules);

	if (n < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Routering", "beheer_routering.tpl");
	struct tpl_dict *table = n ? tpl_section(d, "TABLE") : NULL;

	for (int i = 0; i < n; i++)
		list_row(req, table, &rules[i], i == 0, i == n - 1);
	if (!n)
		tpl_show(d, "EMPTY");
	if (n < ROUTING_RULE_MAX)
		tpl_show(d, "CAN_ADD");
	beheer_flash_sent(req, list_flash_texts);
	return page_send(req, 200);
}

/* ---- the form ------------------------------------------------------------ */

static int load_choices(struct req *req, struct db *db, struct choices *c)
{
	memset(c, 0, sizeof(*c));
	c->n_cats = category_all(db, &req->arena, 0, &c->cats);
	c->n_wijken = db ? melding_list_wijken(db, &req->arena, &c->wijken) : -1;
	c->n_buurten = db ? melding_list_buurten(db, &req->arena, &c->buurten) : -1;
	c->n_staff = db ? melding_staff_users(db, &req->arena, 0, &c->staff) : -1;
	c->n_teams = team_list(db, &req->arena, &c->teams);
	return c->n_cats < 0 || c->n_wijken < 0 || c->n_buurten < 0 || c->n_staff < 0 || c->n_teams < 0 ? -1 : 0;
}

static void option(struct tpl_dict *d, const char *section, const char *value, const char *label, const char *chosen)
{
	struct tpl_dict *o = tpl_section(d, section);

	tpl_set(o, "VALUE", value);
	tpl_set(o, "LABEL", label);
	if (chosen && !strcmp(chosen, value))
		tpl_show(o, "SELECTED");
}

static void fill_options(struct req *req, struct tpl_dict *d, const struct choices *c, const struct input *in)
{
	struct arena *a = &req->arena;

	for (int i = 0; i < c->n_cats; i++)
		option(d, "CATEGORIE_OPTION", arena_printf(a, "%lld", (long long)c->cats[i].id),
		       c->cats[i].actief ? c->cats[i].naam : arena_printf(a, "%s (niet actief)", c->cats[i].naam),
		       in->categorie);
	for (int w = 0; w < c->n_wijken; w++) {
		struct tpl_dict *g = tpl_section(d, "WIJK_GROUP");
		tpl_set(g, "WIJK", c->wijken[w].naam);
		option(g, "GEBIED_OPTION", arena_printf(a, "%lld", (long long)c->wijken[w].id),
		       arena_printf(a, "Wijk %s (heel)", c->wijken[w].naam), in->gebied);
		for (int b = 0; b < c->n_buurten; b++)
			if (c->buurten[b].wijk_id == c->wijken[w].id)
				option(g, "GEBIED_OPTION", arena_printf(a, "%lld", (long long)c->buurten[b].id),
				       arena_printf(a, "Buurt %s", c->buurten[b].naam), in->gebied);
	}
	for (int k = 0; k < KANAAL__MAX; k++)
		option(d, "KANAAL_OPTION", kanaal_ids[k], kanaal_labels[k], in->kanaal);
	for (int i = 0; i < c->n_staff; i++)
		option(d, "BEHANDELAAR_OPTION", arena_printf(a, "%lld", (long long)c->staff[i].id),
		       arena_printf(a, "%s (%s)", c->staff[i].naam, role_labels[c->staff[i].role]), in->behandelaar);
	for (int i = 0; i < c->n_teams; i++)
		option(d, "TEAM_OPTION", arena_printf(a, "team-%lld", (long long)c->teams[i].id),
		       arena_printf(a, "Team %s", c->teams[i].naam), in->behandelaar);
	if (c->n_teams)
		tpl_show(d, "HAS_TEAMS");
}

static struct tpl_dict *form_page(struct req *req, const struct routing_rule *existing, const struct choices *c,
				  const struct input *in)
{
	struct tpl_dict *d;

	if (existing) {
		d = page_new(req, existing->naam, "beheer_routering_regel.tpl");
		tpl_set(d, "HEADING", existing->naam);
		tpl_setf(d, "ACTION", "/beheer/routering/%lld", (long long)existing->id);
		tpl_show(d, "EDIT");
	} else {
		d = page_new(req, "Nieuwe regel", "beheer_routering_regel.tpl");
		tpl_set(d, "HEADING", "Nieuwe regel");
		tpl_set(d, "ACTION", "/beheer/routering");
		tpl_show(d, "NEW");
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "NAAM", in->naam);
	tpl_set(d, "VOLGORDE", in->volgorde);
	tpl_set(d, "VAN", in->van);
	tpl_set(d, "TOT", in->tot);
	tpl_set_int(d, "NAAM_MAX", ROUTING_NAAM_MAX);
	tpl_set_int(d, "VOLGORDE_MAX", ROUTING_VOLGORDE_MAX);
	if (in->actief)
		tpl_show(d, "ACTIEF_CHECKED");
	fill_options(req, d, c, in);
	return d;
}

static const char *id_text(struct req *req, int64_t id)
{
	return id ? arena_printf(&req->arena, "%lld", (long long)id) : "";
}

static void input_from(struct req *req, const struct routing_rule *r, struct input *in)
{
	char t[6];

	in->naam = r->naam;
	in->volgorde = arena_printf(&req->arena, "%d", r->volgorde);
	in->categorie = id_text(req, r->cond.category_id);
	in->gebied = id_text(req, r->cond.area_id);
	in->kanaal = r->cond.kanaal >= 0 ? kanaal_ids[r->cond.kanaal] : "";
	in->van = in->tot = "";
	if (r->cond.van >= 0) {
		routing_format_time(r->cond.van, t);
		in->van = arena_strdup(&req->arena, t);
		routing_format_time(r->cond.tot, t);
		in->tot = arena_strdup(&req->arena, t);
	}
	in->behandelaar = r->team_id ? arena_printf(&req->arena, "team-%lld", (long long)r->team_id)
				     : id_text(req, r->user_id);
	in->actief = r->cond.actief;
}

static void input_posted(struct req *req, struct input *in)
{
	static const char *const names[] = {
		"naam", "volgorde", "categorie", "gebied", "kanaal", "van", "tot", "behandelaar",
	};
	const char **slots[] = {
		&in->naam, &in->volgorde, &in->categorie, &in->gebied, &in->kanaal, &in->van, &in->tot,
		&in->behandelaar,
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = input_text(req, names[i]);
		*slots[i] = v && strlen(v) <= 1000 ? v : "";
	}
	in->actief = input_num(req, "actief") == 1;
}

/* A row id typed into a select: 0 for "", -1 when it is not a number. */
static int64_t chosen_id(const char *s)
{
	int64_t v = 0;

	if (!s || !s[0])
		return 0;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 15)
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v ? v : -1;
}

static int64_t check_category(struct form *f, const struct choices *c, const char *in)
{
	int64_t id = chosen_id(in);

	for (int i = 0; id > 0 && i < c->n_cats; i++)
		if (c->cats[i].id == id)
			return id;
	if (id)
		form_error(f, "categorie", "Kies een categorie uit de lijst, of Elke categorie.");
	return 0;
}

static int64_t check_area(struct form *f, const struct choices *c, const char *in)
{
	int64_t id = chosen_id(in);

	for (int i = 0; id > 0 && i < c->n_wijken; i++)
		if (c->wijken[i].id == id)
			return id;
	for (int i = 0; id > 0 && i < c->n_buurten; i++)
		if (c->buurten[i].id == id)
			return id;
	if (id)
		form_error(f, "gebied", "Kies een wijk of buurt uit de lijst, of Overal.");
	return 0;
}

/* The time window: both empty (any time) or two different times of day. */
static void check_window(struct form *f, const struct input *in, struct routing_cond *c)
{
	int van_set = in->van && in->van[0], tot_set = in->tot && in->tot[0];
	int ok_van = 1, ok_tot = 1;

	c->van = c->tot = -1;
	if (!van_set && !tot_set)
		return;
	if (!van_set)
		form_error(f, "van", "Vul ook het begin in, of laat beide tijden leeg voor de hele dag.");
	else if ((ok_van = routing_parse_time(in->van, &c->van) == 0) == 0)
		form_error(f, "van", "Vul een tijd in als 08:00 (uren 0 tot en met 23, minuten 00 tot en met 59).");
	if (!tot_set)
		form_error(f, "tot", "Vul ook het eind in, of laat beide tijden leeg voor de hele dag.");
	else if ((ok_tot = routing_parse_time(in->tot, &c->tot) == 0) == 0)
		form_error(f, "tot", "Vul een tijd in als 17:00 (uren 0 tot en met 23, minuten 00 tot en met 59).");
	if (van_set && tot_set && ok_van && ok_tot && c->van == c->tot)
		form_error(f, "tot", "Het eind is gelijk aan het begin. Kies een later eind (of een vroeger, voor "
			   "een venster over middernacht), of laat beide leeg voor de hele dag.");
	if (f->errors)
		c->van = c->tot = -1;
}

/* A whole number 0..ROUTING_VOLGORDE_MAX; -1 after a field error. */
static int check_order(struct form *f, const char *in, int *out)
{
	const char *s = in ? in : "";
	size_t n;
	long v = 0;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (!n) {
		form_error(f, "volgorde", "Vul de plaats in de volgorde in: een lager getal komt eerst.");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 6) {
			form_error(f, "volgorde", "Vul een heel getal in van 0 tot en met 99999.");
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	if (v > ROUTING_VOLGORDE_MAX) {
		form_error(f, "volgorde", "Vul een heel getal in van 0 tot en met 99999.");
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* Validates the form into r; the number of field errors, -1 when the database failed. */
static int validate(struct req *req, struct db *db, struct form *f, const struct choices *c, const struct input *in,
		    struct routing_rule *r)
{
	const char *naam, *why;
	int failed;

	why = validate_line(&req->arena, in->naam, ROUTING_NAAM_MAX, "De naam", &naam);
	if (!why && !naam[0])
		why = "Geef de regel een naam, bijvoorbeeld Geluid in Noord.";
	if (why)
		form_error(f, "naam", why);
	else
		snprintf(r->naam, sizeof(r->naam), "%s", naam);
	check_order(f, in->volgorde, &r->volgorde);
	r->cond.category_id = check_category(f, c, in->categorie);
	r->cond.area_id = check_area(f, c, in->gebied);
	r->cond.kanaal = -1;
	if (in->kanaal && in->kanaal[0] && (r->cond.kanaal = kanaal_parse(in->kanaal)) < 0) {
		form_error(f, "kanaal", "Kies een kanaal uit de lijst, of Elk kanaal.");
		r->cond.kanaal = -1;
	}
	check_window(f, in, &r->cond);
	/* A person by id, a team as "team-ID". */
	r->user_id = r->team_id = 0;
	if (in->behandelaar && !strncmp(in->behandelaar, "team-", 5))
		r->team_id = chosen_id(in->behandelaar + 5);
	else
		r->user_id = chosen_id(in->behandelaar);
	if (r->user_id < 0 || r->team_id < 0)
		r->user_id = r->team_id = 0;
	why = routing_target_refusal(db, &req->arena, r->user_id, r->team_id, r->cond.area_id, &failed);
	if (failed)
		return -1;
	if (why)
		form_error(f, "behandelaar", why);
	r->cond.actief = in->actief;
	return f->errors;
}

/* "Geluid in Noord; volgorde 10; categorie 3; gebied 7; kanaal -; 22:00-06:00; behandelaar 12; aan". */
static const char *describe(struct req *req, const struct routing_rule *r)
{
	char van[6] = "", tot[6] = "";

	if (r->cond.van >= 0) {
		routing_format_time(r->cond.van, van);
		routing_format_time(r->cond.tot, tot);
	}
	return arena_printf(&req->arena, "%s; volgorde %d; categorie %lld; gebied %lld; kanaal %s; tijd %s-%s; "
			    "behandelaar %lld; team %lld; %s", r->naam, r->volgorde, (long long)r->cond.category_id,
			    (long long)r->cond.area_id, r->cond.kanaal >= 0 ? kanaal_ids[r->cond.kanaal] : "elk",
			    van, tot, (long long)r->user_id, (long long)r->team_id, r->cond.actief ? "aan" : "uit");
}

static enum store_result save(struct req *req, struct db *db, struct routing_rule *r, const char *action)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	enum store_result s = routing_rule_save(db, r);
	return beheer_commit(req, db, s, action, "routeringsregel", arena_printf(&req->arena, "%lld", (long long)r->id),
			     describe(req, r));
}

int handle_beheer_regel_new(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule *rules;
	struct choices c;
	int n = routing_rules(db, &req->arena, &rules);

	if (n < 0 || load_choices(req, db, &c) < 0)
		return http_unavailable(req, NULL);
	int last = n ? rules[n - 1].volgorde : 0;
	struct input in = {
		.naam = "", .categorie = "", .gebied = "", .kanaal = "", .van = "", .tot = "", .behandelaar = "",
		.volgorde = arena_printf(&req->arena, "%d", last + 10 > ROUTING_VOLGORDE_MAX ? ROUTING_VOLGORDE_MAX
											 : last + 10),
		.actief = 1,
	};
	form_page(req, NULL, &c, &in);
	return page_send(req, 200);
}

int handle_beheer_regel_create(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule r, *rules;
	struct choices c;
	struct input in;
	int n = routing_rules(db, &req->arena, &rules);

	if (n < 0 || load_choices(req, db, &c) < 0)
		return http_unavailable(req, NULL);
	memset(&r, 0, sizeof(r));
	input_posted(req, &in);
	struct form f = FORM_INIT(form_page(req, NULL, &c, &in));
	if (n >= ROUTING_RULE_MAX)
		form_error(&f, "naam", "Er zijn al 200 regels, het maximum. Pas een bestaande regel aan of verwijder er een.");
	int errors = validate(req, db, &f, &c, &in, &r);
	if (errors < 0)
		return http_unavailable(req, NULL);
	if (f.errors)
		return page_send(req, 422);
	return beheer_saved(req, save(req, db, &r, "aangemaakt"), &f, NULL, NULL, "/beheer/routering?melding=aangemaakt");
}

/* Loads the rule of the route's {id} into r; 0, or the status answered. */
static int load_rule(struct req *req, struct db *db, struct routing_rule *r)
{
	enum store_result s = db ? routing_rule_get(db, &req->arena, input_num(req, "id"), r) : STORE_ERROR;

	return beheer_loaded(req, s == STORE_OK || s == STORE_NOTFOUND ? s : STORE_ERROR, &rule_refusal);
}

int handle_beheer_regel_edit(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule r;
	struct choices c;
	struct input in;
	int status = load_rule(req, db, &r);

	if (status)
		return status;
	if (load_choices(req, db, &c) < 0)
		return http_unavailable(req, NULL);
	input_from(req, &r, &in);
	struct tpl_dict *d = form_page(req, &r, &c, &in);
	/* A rule whose person left or moved wijk: say so at once, as saving it would. */
	struct form f = FORM_INIT(d);
	int failed;
	const char *why = routing_target_refusal(db, &req->arena, r.user_id, r.team_id, r.cond.area_id, &failed);
	if (why)
		form_error(&f, "behandelaar", why);
	return page_send(req, 200);
}

int handle_beheer_regel_update(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule old, r;
	struct choices c;
	struct input in;
	int status = load_rule(req, db, &old);

	if (status)
		return status;
	if (load_choices(req, db, &c) < 0)
		return http_unavailable(req, NULL);
	input_posted(req, &in);
	struct form f = FORM_INIT(form_page(req, &old, &c, &in));
	r = old;
	int errors = validate(req, db, &f, &c, &in, &r);
	if (errors < 0)
		return http_unavailable(req, NULL);
	if (f.errors)
		return page_send(req, 422);
	if (!strcmp(describe(req, &old), describe(req, &r)))
		return http_redirect(req, "/beheer/routering?melding=ongewijzigd");
	return beheer_saved(req, save(req, db, &r, "gewijzigd"), &f, NULL, NULL, "/beheer/routering?melding=opgeslagen");
}

/* ---- the list's buttons ---------------------------------------------------- */

/* Ends a change of one rule: audit row, commit, back to the list with flash. */
static int changed(struct req *req, struct db *db, enum store_result s, int64_t id, const char *action,
		   const char *detail, const char *flash)
{
	s = beheer_commit(req, db, s, action, "routeringsregel", arena_printf(&req->arena, "%lld", (long long)id), detail);
	if (s == STORE_NOTFOUND)
		return beheer_loaded(req, s, &rule_refusal);
	if (s != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, arena_printf(&req->arena, "/beheer/routering?melding=%s", flash));
}

int handle_beheer_regel_move(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule *rules;
	int64_t id = input_num(req, "id");
	const char *dir = input_text(req, "richting");
	int up = dir && !strcmp(dir, "omhoog"), down = dir && !strcmp(dir, "omlaag");

	if (!db || db_begin(db) < 0)
		return http_unavailable(req, NULL);
	int n = routing_rules(db, &req->arena, &rules), at = -1;
	for (int i = 0; i < n; i++)
		if (rules[i].id == id)
			at = i;
	if (n < 0) {
		db_rollback(db);
		return http_unavailable(req, NULL);
	}
	if (at < 0) {
		db_rollback(db);
		return beheer_loaded(req, STORE_NOTFOUND, &rule_refusal);
	}
	int to = up ? at - 1 : down ? at + 1 : at;
	if (to < 0 || to >= n || to == at) {
		db_rollback(db);
		return http_redirect(req, "/beheer/routering?melding=ongewijzigd");
	}
	struct routing_rule tmp = rules[at];
	rules[at] = rules[to];
	rules[to] = tmp;
	/* Numbered again in steps of 10, so equal numbers never leave the order to chance. */
	enum store_result s = STORE_OK;
	for (int i = 0; i < n && s == STORE_OK; i++)
		if (rules[i].volgorde != (i + 1) * 10)
			s = routing_rule_set_order(db, rules[i].id, (i + 1) * 10);
	return changed(req, db, s, id, "verplaatst", arena_printf(&req->arena, "%s: plaats %d -> %d", rules[to].naam,
								   at + 1, to + 1), "verplaatst");
}

int handle_beheer_regel_switch(struct req *req)
{
	struct db *db = db_thread();
	int64_t id = input_num(req, "id");
	int on = input_num(req, "actief") == 1;

	if (!db || db_begin(db) < 0)
		return http_unavailable(req, NULL);
	return changed(req, db, routing_rule_set_active(db, id, on), id, "gewijzigd", on ? "aan" : "uit",
		       on ? "aangezet" : "uitgezet");
}

int handle_beheer_regel_delete(struct req *req)
{
	struct db *db = db_thread();
	struct routing_rule r;
	int status = load_rule(req, db, &r);

	if (status)
		return status;
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	return changed(req, db, routing_rule_delete(db, r.id), r.id, "verwijderd", describe(req, &r), "verwijderd");
}

/* ---- teams ----------------------------------------------------------------- */

static const struct refusal team_refusal = {
	.not_found_title = "Team niet gevonden",
	.not_found_text = "Dit team bestaat niet. Kies er een uit de lijst van teams.",
};

#define TEAM_FIELDS \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "lid", .from = IN_FORM, .type = FT_ID, .flags = FIELD_MANY }

const struct field_spec beheer_team_create_fields[] = { TEAM_FIELDS, FIELDS_END };
const struct field_spec beheer_team_update_fields[] = { FIELD_PATH("id", FT_ID), TEAM_FIELDS, FIELDS_END };

static const char *const team_flash_codes[] = { "aangemaakt", "opgeslagen", NULL };
static const char *const team_flash_texts[] = { "Het team is aangemaakt.", "Het team is opgeslagen." };

const struct field_spec beheer_teams_fields[] = {
	BEHEER_FLASH_FIELD(team_flash_codes),
	FIELDS_END
};

int handle_beheer_teams(struct req *req)
{
	struct team *teams;
	int n = team_list(db_thread(), &req->arena, &teams);

	if (n < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Teams", "beheer_routering_teams.tpl");
	struct tpl_dict *table = n ? tpl_section(d, "TABLE") : NULL;

	for (int i = 0; i < n; i++) {
		struct tpl_dict *row = tpl_section(table, "TEAM");
		tpl_setf(row, "HREF", "/beheer/routering/teams/%lld", (long long)teams[i].id);
		tpl_set(row, "NAAM", teams[i].naam);
		tpl_set(row, "LEDEN", teams[i].n_leden ? teams[i].leden : "Nog geen leden");
	}
	if (!n)
		tpl_show(d, "EMPTY");
	if (n < TEAM_MAX)
		tpl_show(d, "CAN_ADD");
	beheer_flash_sent(req, team_flash_texts);
	return page_send(req, 200);
}

/* The team's form: its name and a check box per active staff member, those in ids[0..n) ticked. */
static struct tpl_dict *team_page(struct req *req, const struct team *existing, const char *naam,
				  const struct staff_user *staff, int n_staff, const int64_t *ids, int n)
{
	struct tpl_dict *d;

	if (existing) {
		d = page_new(req, existing->naam, "beheer_routering_team.tpl");
		tpl_setf(d, "HEADING", "Team %s", existing->naam);
		tpl_setf(d, "ACTION", "/beheer/routering/teams/%lld", (long long)existing->id);
		tpl_show(d, "EDIT");
	} else {
		d = page_new(req, "Nieuw team", "beheer_routering_team.tpl");
		tpl_set(d, "HEADING", "Nieuw team");
		tpl_set(d, "ACTION", "/beheer/routering/teams");
		tpl_show(d, "NEW");
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "NAAM", naam);
	tpl_set_int(d, "NAAM_MAX", TEAM_NAAM_MAX);
	for (int i = 0; i < n_staff; i++) {
		struct tpl_dict *o = tpl_section(d, "LID_OPTION");
		tpl_set_int(o, "VALUE", staff[i].id);
		tpl_setf(o, "ID", "lid-%lld", (long long)staff[i].id);
		tpl_set(o, "LABEL", arena_printf(&req->arena, "%s (%s)", staff[i].naam, role_labels[staff[i].role]));
		for (int k = 0; k < n; k++)
			if (ids[k] == staff[i].id)
				tpl_show(o, "CHECKED");
	}
	return d;
}

int handle_beheer_team_new(struct req *req)
{
	struct db *db = db_thread();
	struct staff_user *staff;
	int n = db ? melding_staff_users(db, &req->arena, 0, &staff) : -1;

	if (n < 0)
		return http_unavailable(req, NULL);
	team_page(req, NULL, "", staff, n, NULL, 0);
	return page_send(req, 200);
}

/*
 * Reads and checks the posted team into t and the members into *ids (only
 * active staff, each once); the form's errors count, each shown on f.
 */
static int team_posted(struct req *req, struct form *f, const struct staff_user *staff, int n_staff, struct team *t,
		       int64_t **ids, int *n)
{
	const int64_t *posted;
	const char *naam, *why;
	int k = input_many(req, "lid", &posted, NULL);

	why = validate_line(&req->arena, input_text(req, "naam"), TEAM_NAAM_MAX, "De naam", &naam);
	if (!why && !naam[0])
		why = "Geef het team een naam, bijvoorbeeld Team Noord.";
	if (why)
		form_error(f, "naam", why);
	else
		snprintf(t->naam, sizeof(t->naam), "%s", naam);
	*ids = arena_alloc(&req->arena, (size_t)(k ? k : 1) * sizeof(**ids));
	*n = 0;
	for (int i = 0; i < k; i++) {
		int known = 0, dup = 0;
		for (int j = 0; j < n_staff; j++)
			known |= staff[j].id == posted[i];
		for (int j = 0; j < *n; j++)
			dup |= (*ids)[j] == posted[i];
		if (!known) {
			form_error(f, "leden", "Kies de leden uit de lijst: alleen actieve medewerkers kunnen in een team.");
			break;
		}
		if (!dup)
			(*ids)[(*n)++] = posted[i];
	}
	return f->errors;
}

/* Saves the team and its members with the audit row; the answer. */
static int team_save_all(struct req *req, struct db *db, struct form *f, struct team *t, const int64_t *ids, int n,
			 const char *action, const char *done)
{
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result s = team_save(db, t);
	if (s == STORE_OK)
		s = team_set_members(db, t->id, ids, n);
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s; leden:", t->naam);
	for (int i = 0; i < n; i++)
		buf_addf(&b, " %lld", (long long)ids[i]);
	s = beheer_commit(req, db, s, action, "team", arena_printf(&req->arena, "%lld", (long long)t->id),
			  arena_strdup(&req->arena, b.buf));
	buf_release(&b);
	return beheer_saved(req, s, f, "naam", "Er is al een team met deze naam. Kies een andere naam.", done);
}

int handle_beheer_team_create(struct req *req)
{
	struct db *db = db_thread();
	struct staff_user *staff;
	struct team t = { 0 };
	int64_t *ids;
	int n, n_staff = db ? melding_staff_users(db, &req->arena, 0, &staff) : -1;

	if (n_staff < 0)
		return http_unavailable(req, NULL);
	const char *naam = input_text(req, "naam");
	const int64_t *posted;
	int k = input_many(req, "lid", &posted, NULL);
	struct form f = FORM_INIT(team_page(req, NULL, naam && strlen(naam) <= 1000 ? naam : "", staff, n_staff,
					    posted, k));
	if (team_posted(req, &f, staff, n_staff, &t, &ids, &n))
		return page_send(req, 422);
	return team_save_all(req, db, &f, &t, ids, n, "aangemaakt", "/beheer/routering/teams?melding=aangemaakt");
}

static int load_team(struct req *req, struct db *db, struct team *t)
{
	enum store_result s = db ? team_get(db, &req->arena, input_num(req, "id"), t) : STORE_ERROR;

	return beheer_loaded(req, s == STORE_OK || s == STORE_NOTFOUND ? s : STORE_ERROR, &team_refusal);
}

int handle_beheer_team_edit(struct req *req)
{
	struct db *db = db_thread();
	struct staff_user *staff;
	struct team t;
	int64_t *ids;
	int status = load_team(req, db, &t);

	if (status)
		return status;
	int n_staff = melding_staff_users(db, &req->arena, 0, &staff);
	int n = team_member_ids(db, &req->arena, t.id, &ids);
	if (n_staff < 0 || n < 0)
		return http_unavailable(req, NULL);
	team_page(req, &t, t.naam, staff, n_staff, ids, n);
	return page_send(req, 200);
}

int handle_beheer_team_update(struct req *req)
{
	struct db *db = db_thread();
	struct staff_user *staff;
	struct team old, t;
	int64_t *ids;
	int n, status = load_team(req, db, &old);

	if (status)
		return status;
	int n_staff = melding_staff_users(db, &req->arena, 0, &staff);
	if (n_staff < 0)
		return http_unavailable(req, NULL);
	const char *naam = input_text(req, "naam");
	const int64_t *posted;
	int k = input_many(req, "lid", &posted, NULL);
	struct form f = FORM_INIT(team_page(req, &old, naam && strlen(naam) <= 1000 ? naam : "", staff, n_staff,
					    posted, k));
	t = old;
	if (team_posted(req, &f, staff, n_staff, &t, &ids, &n))
		return page_send(req, 422);
	return team_save_all(req, db, &f, &t, ids, n, "gewijzigd", "/beheer/routering/teams?melding=opgeslagen");
}
