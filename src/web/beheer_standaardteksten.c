/*
 * beheer_standaardteksten.c - /beheer/standaardteksten: the beheerder's
 * standard texts for messages to melders (issue 17, point 5): list,
 * create, edit (or switch off) and delete, each change in the audit trail.
 *
 * A text belongs to one step (bevestiging, terugkoppeling, afsluiting) and
 * one category or every category. It may hold only the placeholders of
 * domain/standaardtekst.h, and no greeting or closing: the message around
 * it has exactly one of each. A form with errors comes back with the input
 * kept and the message beside the field. The routes' field specs are here
 * too (declared in web/web.h); every route needs ACT_ADMIN.
 */
#include "web/web.h"
#include "web/beheer.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/standaardtekst.h"
#include "domain/validate.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/clock.h"
#include "lib/parse.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/category.h"
#include "store/standaardtekst.h"

#include <stdio.h>
#include <string.h>

/* What the form sent (or the stored values, as text), to show it again. */
struct input {
	const char *titel, *stap, *categorie, *tekst;
	int actief;
};

static const struct refusal text_refusal = {
	.not_found_title = "Standaardtekst niet gevonden",
	.not_found_text = "Deze standaardtekst bestaat niet (meer). Kies er een uit de lijst.",
};

#define TEXT_FIELDS \
	{ .name = "titel", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "stap", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "categorie", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "tekst", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "actief", .from = IN_FORM, .type = FT_TEXT }

const struct field_spec beheer_standaardtekst_create_fields[] = {
	TEXT_FIELDS,
	FIELDS_END
};

const struct field_spec beheer_standaardtekst_update_fields[] = {
	FIELD_PATH("id", FT_ID),
	TEXT_FIELDS,
	FIELDS_END
};

static const char *const list_flash_codes[] = { "aangemaakt", "opgeslagen", "ongewijzigd", "verwijderd", NULL };
static const char *const list_flash_texts[] = {
	"De standaardtekst is aangemaakt.",
	"De standaardtekst is opgeslagen.",
	"Er was niets gewijzigd.",
	"De standaardtekst is verwijderd.",
};

const struct field_spec beheer_standaardteksten_fields[] = {
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

/* ---- the list ------------------------------------------------------------ */

int handle_beheer_standaardteksten(struct req *req)
{
	struct db *db = db_thread();
	struct standaardtekst *ts = NULL;
	int n = db ? standaardtekst_list(db, &req->arena, &ts) : -1;

	if (n < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Standaardteksten", "beheer_standaardteksten.tpl");
	struct tpl_dict *table = NULL;

	for (int i = 0; i < n; i++) {
		if (!table)
			table = tpl_section(d, "TABLE");
		struct tpl_dict *r = tpl_section(table, "TEKST");
		tpl_setf(r, "HREF", "/beheer/standaardteksten/%lld", (long long)ts[i].id);
		tpl_set(r, "TITEL", ts[i].titel);
		tpl_set(r, "STAP", tekst_stap_labels[ts[i].stap]);
		tpl_set(r, "CATEGORIE", ts[i].category_id ? ts[i].categorie_naam : "Alle categorieën");
		tpl_show(r, ts[i].actief ? "ACTIVE" : "INACTIVE");
	}
	if (!n)
		tpl_show(d, "EMPTY");
	beheer_flash_sent(req, list_flash_texts);
	return page_send(req, 200);
}

/* ---- the form ------------------------------------------------------------ */

static struct tpl_dict *form_page(struct req *req, const struct standaardtekst *existing, const struct input *in)
{
	struct tpl_dict *d;
	struct category *cats;
	int n = category_all(db_thread(), &req->arena, 0, &cats);

	if (existing) {
		d = page_new(req, existing->titel, "beheer_standaardtekst.tpl");
		tpl_set(d, "HEADING", existing->titel);
		tpl_setf(d, "ACTION", "/beheer/standaardteksten/%lld", (long long)existing->id);
		struct tpl_dict *e = tpl_section(d, "EDIT");
		tpl_setf(e, "DELETE_ACTION", "/beheer/standaardteksten/%lld/verwijderen", (long long)existing->id);
		tpl_set(e, "CSRF_TOKEN", csrf_token(req));
	} else {
		d = page_new(req, "Nieuwe standaardtekst", "beheer_standaardtekst.tpl");
		tpl_set(d, "HEADING", "Nieuwe standaardtekst");
		tpl_set(d, "ACTION", "/beheer/standaardteksten");
		tpl_show(d, "NEW");
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "TITEL", in->titel);
	tpl_set(d, "TEKST", in->tekst);
	tpl_set_int(d, "TITEL_MAX", STANDAARDTEKST_TITEL_MAX);
	tpl_set_int(d, "TEKST_MAX", STANDAARDTEKST_TEKST_MAX);
	if (in->actief)
		tpl_show(d, "ACTIEF_CHECKED");
	for (int s = 0; s < STAP__MAX; s++) {
		struct tpl_dict *o = tpl_section(d, "STAP_OPTION");
		tpl_set(o, "VALUE", tekst_stap_ids[s]);
		tpl_set(o, "LABEL", tekst_stap_labels[s]);
		tpl_setf(o, "ID", "stap-%s", tekst_stap_ids[s]);
		if (in->stap && !strcmp(in->stap, tekst_stap_ids[s]))
			tpl_show(o, "CHECKED");
	}
	struct tpl_dict *all = tpl_section(d, "CATEGORIE_OPTION");
	tpl_set(all, "VALUE", "");
	tpl_set(all, "LABEL", "Alle categorieën");
	if (!in->categorie || !in->categorie[0])
		tpl_show(all, "SELECTED");
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(d, "CATEGORIE_OPTION");
		tpl_set_int(o, "VALUE", cats[i].id);
		tpl_set(o, "LABEL", cats[i].actief ? cats[i].naam : arena_printf(&req->arena, "%s (niet actief)", cats[i].naam));
		if (in->categorie && parse_id(in->categorie) == cats[i].id)
			tpl_show(o, "SELECTED");
	}
	for (int k = 0; standaardtekst_placeholders[k]; k++) {
		struct tpl_dict *p = tpl_section(d, "PLACEHOLDER");
		tpl_set(p, "NAAM", standaardtekst_placeholders[k]);
		tpl_set(p, "UITLEG", standaardtekst_placeholder_uitleg[k]);
	}
	return d;
}

/* The stored values as the form shows them. */
static void input_from(struct req *req, const struct standaardtekst *t, struct input *in)
{
	in->titel = t->titel;
	in->stap = tekst_stap_ids[t->stap];
	in->categorie = t->category_id ? arena_printf(&req->arena, "%lld", (long long)t->category_id) : "";
	in->tekst = t->tekst;
	in->actief = t->actief;
}

/* What was posted; absurdly long values are not echoed back. */
static void input_posted(struct req *req, struct input *in)
{
	static const char *const names[] = { "titel", "stap", "categorie", "tekst" };
	const char **slots[] = { &in->titel, &in->stap, &in->categorie, &in->tekst };

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = input_text(req, names[i]);
		*slots[i] = v && strlen(v) <= 4 * STANDAARDTEKST_TEKST_MAX ? v : "";
	}
	const char *a = input_text(req, "actief");
	in->actief = a && !strcmp(a, "1");
}

/*
 * The text: valid UTF-8 of at most STANDAARDTEKST_TEKST_MAX bytes, line
 * breaks as \n, no other control characters, trimmed; NULL and *out, or
 * the message.
 */
static const char *check_body(struct req *req, const char *in, const char **out)
{
	struct buf b = BUF_INIT;
	const char *err = NULL;
	size_t n;

	*out = "";
	for (const char *p = in ? in : ""; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\r')
			continue;
		if (c < 0x20 && c != '\n' && c != '\t') {
			err = "De tekst bevat een teken dat niet in een bericht kan. Typ de tekst opnieuw.";
			goto out;
		}
		buf_addch(&b, (char)c);
	}
	if (!utf8_valid(b.buf, b.len)) {
		err = "De tekst bevat tekens die niet gelezen kunnen worden. Typ de tekst opnieuw.";
		goto out;
	}
	n = b.len;
	while (n && (b.buf[n - 1] == ' ' || b.buf[n - 1] == '\n' || b.buf[n - 1] == '\t'))
		n--;
	b.buf[n] = '\0';
	const char *start = b.buf;
	while (*start == '\n' || *start == ' ')
		start++;
	if (strlen(start) > STANDAARDTEKST_TEKST_MAX) {
		err = arena_printf(&req->arena, "De tekst is te lang: hoogstens %d tekens.", STANDAARDTEKST_TEKST_MAX);
		goto out;
	}
	*out = arena_strdup(&req->arena, start);
out:
	buf_release(&b);
	return err;
}

/* Validates the form into t; returns the number of field errors, each shown on the form. */
static int validate(struct req *req, struct form *f, const struct input *in, struct standaardtekst *t)
{
	const char *v, *err;

	if ((err = validate_line(&req->arena, in->titel, STANDAARDTEKST_TITEL_MAX, "De titel", &v)))
		form_error(f, "titel", err);
	else if (!v[0])
		form_error(f, "titel", "Vul een titel in, bijvoorbeeld Geluid: gesprek met de buren.");
	else
		t->titel = v;

	int s = in->stap ? tekst_stap_parse(in->stap) : -1;
	if (s < 0)
		form_error(f, "stap", "Kies bij welk bericht deze tekst hoort.");
	else
		t->stap = (enum tekst_stap)s;

	t->category_id = 0;
	if (in->categorie && in->categorie[0]) {
		struct category c;
		int64_t id = parse_id(in->categorie);
		if (!id || category_by_id(db_thread(), id, &c) != STORE_OK)
			form_error(f, "categorie", "Kies een categorie uit de lijst, of Alle categorieën.");
		else
			t->category_id = id;
	}

	if ((err = check_body(req, in->tekst, &v))) {
		form_error(f, "tekst", err);
	} else {
		struct buf msg = BUF_INIT;
		if (standaardtekst_check(v, &msg) < 0)
			form_error(f, "tekst", arena_strdup(&req->arena, msg.buf));
		else
			t->tekst = v;
		buf_release(&msg);
	}
	t->actief = in->actief;
	return f->errors;
}

/* One line for the audit trail: step, category and title. */
static const char *describe(struct req *req, const struct standaardtekst *t)
{
	return arena_printf(&req->arena, "%s; %s; %s; %s", tekst_stap_ids[t->stap],
			    t->category_id ? arena_printf(&req->arena, "categorie %lld", (long long)t->category_id)
					   : "alle categorieën", t->titel, t->actief ? "actief" : "niet actief");
}

int handle_beheer_standaardtekst_new(struct req *req)
{
	struct input in = { .titel = "", .stap = "", .categorie = "", .tekst = "", .actief = 1 };

	form_page(req, NULL, &in);
	return page_send(req, 200);
}

int handle_beheer_standaardtekst_create(struct req *req)
{
	struct db *db = db_thread();
	struct standaardtekst t;
	struct input in;

	if (!db)
		return http_unavailable(req, NULL);
	memset(&t, 0, sizeof(t));
	input_posted(req, &in);
	struct tpl_dict *d = form_page(req, NULL, &in);
	struct form f = FORM_INIT(d);
	if (validate(req, &f, &in, &t))
		return page_send(req, 422);
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = standaardtekst_save(db, &t, http_actor(req)->user_id, clock_now());
	r = beheer_commit(req, db, r, "aangemaakt", "standaardtekst", arena_printf(&req->arena, "%lld", (long long)t.id),
			  describe(req, &t));
	return beheer_saved(req, r, &f, NULL, NULL, "/beheer/standaardteksten?melding=aangemaakt");
}

/* Loads the text of the route's {id} into t; 0, or the status answered. */
static int load_text(struct req *req, struct db *db, struct standaardtekst *t)
{
	enum store_result r = db ? standaardtekst_get(db, &req->arena, input_num(req, "id"), t) : STORE_ERROR;

	return beheer_loaded(req, r == STORE_OK || r == STORE_NOTFOUND ? r : STORE_ERROR, &text_refusal);
}

int handle_beheer_standaardtekst_edit(struct req *req)
{
	struct standaardtekst t;
	struct input in;
	int status = load_text(req, db_thread(), &t);

	if (status)
		return status;
	input_from(req, &t, &in);
	form_page(req, &t, &in);
	return page_send(req, 200);
}

int handle_beheer_standaardtekst_update(struct req *req)
{
	struct db *db = db_thread();
	struct standaardtekst old, t;
	struct input in;
	int status = load_text(req, db, &old);

	if (status)
		return status;
	input_posted(req, &in);
	struct tpl_dict *d = form_page(req, &old, &in);
	struct form f = FORM_INIT(d);
	t = old;
	if (validate(req, &f, &in, &t))
		return page_send(req, 422);
	if (t.category_id == old.category_id && t.stap == old.stap && t.actief == old.actief &&
	    !strcmp(t.titel, old.titel) && !strcmp(t.tekst, old.tekst))
		return http_redirect(req, "/beheer/standaardteksten?melding=ongewijzigd");
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = standaardtekst_save(db, &t, http_actor(req)->user_id, clock_now());
	r = beheer_commit(req, db, r, "gewijzigd", "standaardtekst", arena_printf(&req->arena, "%lld", (long long)t.id),
			  describe(req, &t));
	return beheer_saved(req, r, &f, NULL, NULL, "/beheer/standaardteksten?melding=opgeslagen");
}

int handle_beheer_standaardtekst_delete(struct req *req)
{
	struct db *db = db_thread();
	struct standaardtekst t;
	int status = load_text(req, db, &t);

	if (status)
		return status;
	if (db_begin(db) < 0)
		return http_unavailable(req, NULL);
	enum store_result r = beheer_commit(req, db, standaardtekst_delete(db, t.id), "verwijderd", "standaardtekst",
					    arena_printf(&req->arena, "%lld", (long long)t.id), describe(req, &t));
	if (r != STORE_OK)
		return http_unavailable(req, NULL);
	return http_redirect(req, "/beheer/standaardteksten?melding=verwijderd");
}
