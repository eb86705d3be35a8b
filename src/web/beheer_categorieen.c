/*
 * beheer_categorieen.c - /beheer/categorieen: list, create and edit the
 * melding categories (see beheer_categorieen.h).
 *
 * Categories are never deleted: meldingen refer to them, and the KPIs
 * count per category over the years. A category that is no longer wanted
 * is made inactive; it then disappears from the public form and the API,
 * and stays in lists and reports. The routes' field specs are here too.
 */
#include "web/beheer_categorieen.h"
#include "web/beheer.h"
#include "auth/csrf.h"
#include "db/db.h"
#include "domain/melding.h"
#include "domain/validate.h"
#include "http/http.h"
#include "lib/buf.h"
#include "render/form.h"
#include "render/page.h"
#include "render/tpl.h"
#include "store/category.h"

#include <stdio.h>
#include <string.h>

/* Byte limits, inside the columns' buffers in struct category. */
#define CODE_MAX 39
#define NAAM_MAX 100
#define TOELICHTING_MAX 200
#define VOLGORDE_MAX 9999

/* Sane bounds for the terms (werkdagen), inside the table's CHECKs. */
#define BEVESTIGEN_MAX 20
#define TERUGKOPPELEN_MAX 120

/* What the form sent (or the stored values, as text), to show it again. */
struct input {
	const char *code, *naam, *pijler, *toelichting;
	const char *bevestigen, *terugkoppelen, *streef, *volgorde;
	int actief;
};

static const struct refusal category_refusal = {
	.not_found_title = "Categorie niet gevonden",
	.not_found_text = "Deze categorie bestaat niet. Kies er een uit de lijst van categorieën.",
};

/* ---- the fields ------------------------------------------------------------ */

/*
 * The form's fields. The numbers are typed by a person and checked by
 * check_int() with their unit in the message; pijler is a radio button,
 * actief a check box whose value is 1.
 */
#define CATEGORY_FIELDS \
	{ .name = "code", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "naam", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "pijler", .from = IN_FORM, .type = FT_ENUM, .max = PIJLER__MAX, .choices = pijler_ids, \
	  .message = PIJLER_MESSAGE }, \
	{ .name = "toelichting", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "bevestigen_werkdagen", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "terugkoppelen_werkdagen", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "streef_werkdagen", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "volgorde", .from = IN_FORM, .type = FT_TEXT }, \
	{ .name = "actief", .from = IN_FORM, .type = FT_BOOL }
#define PIJLER_MESSAGE "Kies de pijler waar deze soort melding bij hoort."

const struct field_spec beheer_categorie_create_fields[] = {
	CATEGORY_FIELDS,
	FIELDS_END
};

const struct field_spec beheer_categorie_update_fields[] = {
	FIELD_PATH("id", FT_ID),
	CATEGORY_FIELDS,
	FIELDS_END
};

static const char *const list_flash_codes[] = { "aangemaakt", "opgeslagen", "ongewijzigd", NULL };
static const char *const list_flash_texts[] = {
	"De categorie is aangemaakt.",
	"De categorie is opgeslagen. Nieuwe termijnen gelden voor meldingen die vanaf nu binnenkomen.",
	"Er was niets gewijzigd.",
};

const struct field_spec beheer_categorieen_fields[] = {
	BEHEER_FLASH_FIELD(list_flash_codes),
	FIELDS_END
};

/* ---- the list ------------------------------------------------------------ */

int handle_beheer_categorieen(struct req *req)
{
	struct db *db = db_thread();
	struct category *cats;
	int n = category_all(db, &req->arena, 0, &cats);
	if (n < 0)
		return http_unavailable(req, NULL);
	struct tpl_dict *d = page_new(req, "Categorieën", "beheer_categorieen.tpl");
	struct tpl_dict *table = NULL;

	for (int i = 0; i < n; i++) {
		if (!table)
			table = tpl_section(d, "TABLE");
		struct tpl_dict *r = tpl_section(table, "CATEGORY");
		tpl_setf(r, "HREF", "/beheer/categorieen/%lld", (long long)cats[i].id);
		tpl_set(r, "NAAM", cats[i].naam);
		tpl_set(r, "CODE", cats[i].code);
		tpl_set(r, "PIJLER", pijler_labels[cats[i].pijler]);
		tpl_set_int(r, "BEVESTIGEN", cats[i].terms.bevestigen);
		tpl_set_int(r, "TERUGKOPPELEN", cats[i].terms.terugkoppelen);
		tpl_set_int(r, "STREEF", cats[i].terms.streef);
		tpl_set_int(r, "VOLGORDE", cats[i].volgorde);
		tpl_show(r, cats[i].actief ? "ACTIVE" : "INACTIVE");
	}
	if (!n)
		tpl_show(d, "EMPTY");
	if (n < CATEGORY_MAX)
		tpl_show(d, "CAN_ADD");
	else
		tpl_set_int(tpl_section(d, "FULL"), "MAX", CATEGORY_MAX);

	beheer_flash_sent(req, list_flash_texts);
	return page_send(req, 200);
}

/* ---- the form ------------------------------------------------------------ */

static struct tpl_dict *form_page(struct req *req, const struct category *existing, const struct input *in)
{
	struct tpl_dict *d;

	if (existing) {
		d = page_new(req, existing->naam, "beheer_categorie.tpl");
		tpl_set(d, "HEADING", existing->naam);
		tpl_setf(d, "ACTION", "/beheer/categorieen/%lld", (long long)existing->id);
		tpl_set(tpl_section(d, "EDIT"), "CODE", existing->code);
	} else {
		d = page_new(req, "Nieuwe categorie", "beheer_categorie.tpl");
		tpl_set(d, "HEADING", "Nieuwe categorie");
		tpl_set(d, "ACTION", "/beheer/categorieen");
		tpl_set(tpl_section(d, "NEW"), "CODE", in->code);
	}
	tpl_set(d, "CSRF_TOKEN", csrf_token(req));
	tpl_set(d, "NAAM", in->naam);
	tpl_set(d, "TOELICHTING", in->toelichting);
	tpl_set(d, "BEVESTIGEN_WERKDAGEN", in->bevestigen);
	tpl_set(d, "TERUGKOPPELEN_WERKDAGEN", in->terugkoppelen);
	tpl_set(d, "STREEF_WERKDAGEN", in->streef);
	tpl_set(d, "VOLGORDE", in->volgorde);
	tpl_set_int(d, "BEVESTIGEN_MAX", BEVESTIGEN_MAX);
	tpl_set_int(d, "TERUGKOPPELEN_MAX", TERUGKOPPELEN_MAX);
	tpl_set_int(d, "CODE_MAX", CODE_MAX);
	tpl_set_int(d, "NAAM_MAX", NAAM_MAX);
	tpl_set_int(d, "TOELICHTING_MAX", TOELICHTING_MAX);
	tpl_set_int(d, "VOLGORDE_MAX", VOLGORDE_MAX);
	if (in->actief)
		tpl_show(d, "ACTIEF_CHECKED");
	for (int p = 0; p < PIJLER__MAX; p++) {
		struct tpl_dict *o = tpl_section(d, "PIJLER_OPTION");
		tpl_set(o, "VALUE", pijler_ids[p]);
		tpl_set(o, "LABEL", pijler_labels[p]);
		tpl_setf(o, "ID", "pijler-%d", p);
		if (in->pijler && !strcmp(in->pijler, pijler_ids[p]))
			tpl_show(o, "CHECKED");
	}
	return d;
}

/* The stored values as the form shows them. */
static void input_from(struct req *req, const struct category *c, struct input *in)
{
	in->code = c->code;
	in->naam = c->naam;
	in->pijler = pijler_ids[c->pijler];
	in->toelichting = c->toelichting;
	in->bevestigen = arena_printf(&req->arena, "%d", c->terms.bevestigen);
	in->terugkoppelen = arena_printf(&req->arena, "%d", c->terms.terugkoppelen);
	in->streef = arena_printf(&req->arena, "%d", c->terms.streef);
	in->volgorde = arena_printf(&req->arena, "%d", c->volgorde);
	in->actief = c->actief;
}

/* What was posted; absurdly long values are not echoed back. */
static void input_posted(struct req *req, struct input *in)
{
	static const char *const names[] = {
		"code", "naam", "pijler", "toelichting", "bevestigen_werkdagen", "terugkoppelen_werkdagen",
		"streef_werkdagen", "volgorde",
	};
	const char **slots[] = {
		&in->code, &in->naam, &in->pijler, &in->toelichting, &in->bevestigen, &in->terugkoppelen,
		&in->streef, &in->volgorde,
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *v = input_text(req, names[i]);
		*slots[i] = v && strlen(v) <= 1000 ? v : "";
	}
	/* The box's value is 1; any other value leaves it unticked, as it always did. */
	const char *a = input_text(req, "actief");
	in->actief = a && !strcmp(a, "1");
}

/*
 * One line of text (validate_line()), not empty when required, copied into
 * out (size > max).
 */
static void check_line(struct req *req, struct form *f, const char *field, const char *in, size_t max,
		       int required, const char *what, const char *empty_msg, char *out)
{
	const char *v;
	const char *err = validate_line(&req->arena, in, max, what, &v);

	out[0] = '\0';
	if (!err && required && !v[0])
		err = empty_msg;
	if (err) {
		form_error(f, field, err);
		return;
	}
	memcpy(out, v, strlen(v) + 1);
}

/* A whole number lo..hi; -1 after a field error. */
static int check_int(struct form *f, const char *field, const char *in, int lo, int hi, const char *unit, int *out)
{
	char msg[160];
	const char *s = in ? in : "";
	long v = 0;
	size_t n;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (!n) {
		snprintf(msg, sizeof(msg), "Vul het aantal %s in.", unit);
		form_error(f, field, msg);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 6) {
			snprintf(msg, sizeof(msg), "Vul een heel getal in van %d tot en met %d.", lo, hi);
			form_error(f, field, msg);
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	if (v < lo || v > hi) {
		snprintf(msg, sizeof(msg), "Kies %d tot en met %d %s.", lo, hi, unit);
		form_error(f, field, msg);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/*
 * Validates the form into c (code only when creating). Returns the number
 * of field errors, each shown on the form.
 */
static int validate(struct req *req, struct form *f, const struct input *in, int creating, struct category *c)
{
	int ok_bev, ok_ter, ok_streef;

	if (creating) {
		const char *s = in->code ? in->code : "";
		size_t n = strlen(s);
		if (!n)
			form_error(f, "code", "Vul een code in, bijvoorbeeld geluid_nacht.");
		else if (n > CODE_MAX)
			form_error(f, "code", "De code is te lang: hoogstens 39 tekens.");
		else if (strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") != n)
			form_error(f, "code", "Een code bestaat alleen uit kleine letters, cijfers en _ "
				   "(geen spaties), bijvoorbeeld geluid_nacht.");
		else
			memcpy(c->code, s, n + 1);
	}
	check_line(req, f, "naam", in->naam, NAAM_MAX, 1, "De naam", "Vul een naam in.", c->naam);
	int p = in->pijler ? pijler_parse(in->pijler) : -1;
	if (p < 0)
		form_error(f, "pijler", PIJLER_MESSAGE);
	else
		c->pijler = (enum pijler)p;
	check_line(req, f, "toelichting", in->toelichting, TOELICHTING_MAX, 0, "De toelichting", NULL, c->toelichting);

	ok_bev = check_int(f, "bevestigen_werkdagen", in->bevestigen, 0, BEVESTIGEN_MAX, "werkdagen",
			   &c->terms.bevestigen) == 0;
	ok_ter = check_int(f, "terugkoppelen_werkdagen", in->terugkoppelen, 1, TERUGKOPPELEN_MAX, "werkdagen",
			   &c->terms.terugkoppelen) == 0;
	ok_streef = check_int(f, "streef_werkdagen", in->streef, 1, TERUGKOPPELEN_MAX, "werkdagen",
			      &c->terms.streef) == 0;
	if (ok_bev && ok_ter && c->terms.bevestigen > c->terms.terugkoppelen) {
		char msg[160];
		snprintf(msg, sizeof(msg), "De ontvangstbevestiging kan niet later komen dan de terugkoppeling "
			 "(%d werkdagen).", c->terms.terugkoppelen);
		form_error(f, "bevestigen_werkdagen", msg);
	}
	if (ok_streef && ok_ter && c->terms.streef > c->terms.terugkoppelen) {
		char msg[160];
		snprintf(msg, sizeof(msg), "De streeftermijn kan niet langer zijn dan de termijn voor "
			 "terugkoppeling (%d werkdagen).", c->terms.terugkoppelen);
		form_error(f, "streef_werkdagen", msg);
	}
	check_int(f, "volgorde", in->volgorde, 0, VOLGORDE_MAX, "plaatsen", &c->volgorde);
	c->actief = in->actief;
	return f->errors;
}

/* Saves c with its audit row in one transaction; STORE_CONFLICT for a code that exists. */
static enum store_result save(struct req *req, struct db *db, struct category *c, const char *action,
			      const char *detail)
{
	if (db_begin(db) < 0)
		return STORE_ERROR;
	return beheer_commit(req, db, category_save(db, c), action, "categorie", c->code, detail);
}

int handle_beheer_categorie_new(struct req *req)
{
	struct db *db = db_thread();
	struct category *cats;
	int n = category_all(db, &req->arena, 0, &cats);
	int last = 0;

	if (n < 0)
		return http_unavailable(req, NULL);
	for (int i = 0; i < n; i++)
		if (cats[i].volgorde > last)
			last = cats[i].volgorde;
	/* A new category goes to the end of the form unless the beheerder says otherwise. */
	struct input in = {
		.code = "", .naam = "", .pijler = "", .toelichting = "",
		.bevestigen = "2", .terugkoppelen = "10", .streef = "5",
		.volgorde = arena_printf(&req->arena, "%d", last + 10 > VOLGORDE_MAX ? VOLGORDE_MAX : last + 10),
		.actief = 1,
	};
	form_page(req, NULL, &in);
	return page_send(req, 200);
}

int handle_beheer_categorie_create(struct req *req)
{
	struct db *db = db_thread();
	struct category *cats = arena_alloc(&req->arena, CATEGORY_MAX * sizeof(*cats));
	struct category c;
	struct input in;

	if (!db)
		return http_unavailable(req, NULL);
	memset(&c, 0, sizeof(c));
	input_posted(req, &in);
	struct tpl_dict *d = form_page(req, NULL, &in);
	struct form f = FORM_INIT(d);

	/* Lists hold CATEGORY_MAX; a category beyond that would silently vanish from them. */
	int n = category_list(db, 0, cats, CATEGORY_MAX);
	if (n < 0)
		return http_unavailable(req, NULL);
	if (n >= CATEGORY_MAX) {
		char msg[160];
		snprintf(msg, sizeof(msg), "Er zijn al %d categorieën, het maximum. Pas een bestaande aan "
			 "of zet er een op niet actief.", CATEGORY_MAX);
		form_error(&f, "code", msg);
		return page_send(req, 422);
	}
	if (validate(req, &f, &in, 1, &c))
		return page_send(req, 422);

	const char *detail = arena_printf(&req->arena, "%s; %s; termijnen %d/%d/%d; %s", c.naam,
					  pijler_ids[c.pijler], c.terms.bevestigen, c.terms.terugkoppelen,
					  c.terms.streef, c.actief ? "actief" : "niet actief");
	return beheer_saved(req, save(req, db, &c, "aangemaakt", detail), &f, "code",
			    "Er is al een categorie met deze code. Kies een andere code.",
			    "/beheer/categorieen?melding=aangemaakt");
}

/* Loads the category of the route's {id} into c; 0, or the status answered. */
static int load_category(struct req *req, struct db *db, struct category *c)
{
	enum store_result r = db ? category_by_id(db, input_num(req, "id"), c) : STORE_ERROR;

	/* Anything but "no such category" is a database that failed. */
	return beheer_loaded(req, r == STORE_OK || r == STORE_NOTFOUND ? r : STORE_ERROR, &category_refusal);
}

int handle_beheer_categorie_edit(struct req *req)
{
	struct category c;
	struct input in;
	int status = load_category(req, db_thread(), &c);

	if (status)
		return status;
	input_from(req, &c, &in);
	form_page(req, &c, &in);
	return page_send(req, 200);
}

/* What changed, for the audit row: "naam; termijnen 2/10/5 -> 3/10/5; ...". */
static void describe_changes(const struct category *old, const struct category *c, struct buf *out)
{
	if (strcmp(old->naam, c->naam))
		buf_addf(out, "%snaam: %s -> %s", out->len ? "; " : "", old->naam, c->naam);
	if (old->pijler != c->pijler)
		buf_addf(out, "%spijler: %s -> %s", out->len ? "; " : "", pijler_ids[old->pijler],
			 pijler_ids[c->pijler]);
	if (strcmp(old->toelichting, c->toelichting))
		buf_addf(out, "%stoelichting gewijzigd", out->len ? "; " : "");
	if (old->terms.bevestigen != c->terms.bevestigen || old->terms.terugkoppelen != c->terms.terugkoppelen ||
	    old->terms.streef != c->terms.streef)
		buf_addf(out, "%stermijnen %d/%d/%d -> %d/%d/%d", out->len ? "; " : "", old->terms.bevestigen,
			 old->terms.terugkoppelen, old->terms.streef, c->terms.bevestigen, c->terms.terugkoppelen,
			 c->terms.streef);
	if (old->volgorde != c->volgorde)
		buf_addf(out, "%svolgorde %d -> %d", out->len ? "; " : "", old->volgorde, c->volgorde);
	if (old->actief != c->actief)
		buf_addf(out, "%s%s", out->len ? "; " : "", c->actief ? "actief" : "niet actief");
}

int handle_beheer_categorie_update(struct req *req)
{
	struct db *db = db_thread();
	struct category old, c;
	struct input in;
	int status = load_category(req, db, &old);

	if (status)
		return status;
	input_posted(req, &in);
	struct tpl_dict *d = form_page(req, &old, &in);
	struct form f = FORM_INIT(d);
	c = old;
	if (validate(req, &f, &in, 0, &c))
		return page_send(req, 422);

	struct buf changes = BUF_INIT;
	describe_changes(&old, &c, &changes);
	if (!changes.len) {
		buf_release(&changes);
		return http_redirect(req, "/beheer/categorieen?melding=ongewijzigd");
	}
	const char *detail = arena_strdup(&req->arena, changes.buf);
	buf_release(&changes);

	return beheer_saved(req, save(req, db, &c, "gewijzigd", detail), &f, NULL, NULL,
			    "/beheer/categorieen?melding=opgeslagen");
}
