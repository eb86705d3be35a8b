/*
 * input.c - the validated-input stage (see input.h): each route's declared
 * fields parsed once, before the handler, and read back typed.
 */
#include "http/input.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "http/http.h"
#include "http/json.h"
#include "http/router.h"
#include "lib/log.h"
#include "lib/names.h"
#include "lib/parse.h"

#include <cjson/cJSON.h>
#include <string.h>

static const char *const bool_yes[] = { "1", "ja", "true", "on", NULL };
static const char *const bool_no[] = { "0", "nee", "false", NULL };

static int in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcmp(*list, s))
			return 1;
	return 0;
}

/*
 * A reference such as M-2026-000123: letters, digits and dashes, at most
 * 24. Deliberately loose: the store says whether it names anything, and a
 * well-formed reference that names nothing is the handler's own 404.
 */
static int is_reference(const char *s)
{
	size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");
	return n > 0 && n <= 24 && !s[n];
}

int input_parse(const struct field_spec *spec, const char *text, int64_t *out, const char **message)
{
	int32_t day;

	*out = 0;
	switch ((enum field_type)spec->type) {
	case FT_ID:
		if ((*out = parse_id(text)))
			return 0;
		*message = "Dit is geen geldig nummer.";
		return -1;
	case FT_KEY:
		if ((*out = parse_id(text)) || is_reference(text))
			return 0;
		*message = "Dit is geen geldig nummer of kenmerk.";
		return -1;
	case FT_INT:
		if (parse_int64(text, spec->min, spec->max, out) == 0)
			return 0;
		*message = "Vul een geldig getal in.";
		return -1;
	case FT_PAGE:
		if (parse_int64(text, 1, INT32_MAX, out) < 0)
			*out = 1;
		return 0;
	case FT_TEXT:
		if (!spec->max || (int64_t)strlen(text) <= spec->max)
			return 0;
		*message = "Deze tekst is te lang.";
		return -1;
	case FT_ENUM: {
		/* A closed set's table sized by its __MAX (max), or NULL-terminated. */
		int n = (int)spec->max;
		while (!spec->max && spec->choices[n])
			n++;
		int i = names_find(spec->choices, n, text);
		if (i >= 0) {
			*out = i;
			return 0;
		}
		*message = "Kies een waarde uit de lijst.";
		return -1;
	}
	case FT_DATE:
		if (days_parse(text, &day) == 0) {
			*out = day;
			return 0;
		}
		*message = "Vul een datum in als JJJJ-MM-DD.";
		return -1;
	case FT_MOMENT:
		if (days_parse(text, &day) == 0) {
			*out = amsterdam_day_start(day);
			return 0;
		}
		if (moment_parse(text, out) == 0)
			return 0;
		*message = "Vul een datum (JJJJ-MM-DD) of een tijdstip met tijdzone in.";
		return -1;
	case FT_BOOL:
		if (in_list(bool_yes, text) || in_list(bool_no, text)) {
			*out = in_list(bool_yes, text);
			return 0;
		}
		*message = "Kies ja of nee.";
		return -1;
	case FT_FILE:
		return 0;
	}
	*message = "Onbekend soort invoer.";
	return -1;
}

/* The position of {name} among the pattern's parameters, or -1. */
static int path_index(const char *pattern, const char *name)
{
	size_t len = strlen(name);
	int i = 0;

	for (const char *p = strchr(pattern, '{'); p; p = strchr(p + 1, '{'), i++)
		if (!strncmp(p + 1, name, len) && p[1 + len] == '}')
			return i;
	return -1;
}

static const char *raw_value(struct req *req, const struct field_spec *spec)
{
	switch ((enum field_from)spec->from) {
	case IN_PATH: {
		int i = path_index(req->route->pattern, spec->name);
		return i >= 0 ? http_param(req, i) : NULL;
	}
	case IN_QUERY:
		return http_query(req, spec->name);
	case IN_JSON:
		return NULL;   /* json_member() */
	case IN_FORM:
		if (spec->type == FT_FILE) {
			for (const struct upload *u = req->uploads; u; u = u->next)
				if (u->field && !strcmp(u->field, spec->name))
					return u->filename ? u->filename : "";
			return NULL;
		}
		return http_form(req, spec->name);
	}
	return NULL;
}

static int numeric(enum field_type t)
{
	return t == FT_ID || t == FT_KEY || t == FT_INT || t == FT_PAGE;
}

/*
 * A JSON member as text (see input.h), or NULL when absent or null; *wrong
 * is set for a JSON type the field cannot take.
 */
static const char *json_member(struct req *req, const struct field_spec *spec, int *wrong)
{
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(req->json, spec->name);

	*wrong = 0;
	if (!m || cJSON_IsNull(m))
		return NULL;
	if (cJSON_IsString(m))
		return m->valuestring;
	if (cJSON_IsBool(m) && spec->type == FT_BOOL)
		return cJSON_IsTrue(m) ? "1" : "0";
	/* Whole numbers only, and within doubles' exact range. */
	if (cJSON_IsNumber(m) && numeric(spec->type) && m->valuedouble > -9e15 && m->valuedouble < 9e15 &&
	    m->valuedouble == (double)(int64_t)m->valuedouble)
		return arena_printf(&req->arena, "%lld", (long long)m->valuedouble);
	*wrong = 1;
	return "";
}

/* A FIELD_MANY field: every value of its key in the query or the form, each parsed. */
static void check_many(struct req *req, const struct field_spec *spec, struct field_value *v)
{
	const struct kv *list = spec->from == IN_QUERY ? req->query : req->form;
	int n = 0, i = 0;

	for (const struct kv *k = list; k; k = k->next)
		n += !strcmp(k->key, spec->name);
	v->n_many = n;
	v->many_text = arena_alloc(&req->arena, (size_t)(n ? n : 1) * sizeof(*v->many_text));
	v->many_num = arena_alloc(&req->arena, (size_t)(n ? n : 1) * sizeof(*v->many_num));
	for (const struct kv *k = list; k; k = k->next) {
		const char *message;
		if (strcmp(k->key, spec->name))
			continue;
		v->many_text[i] = k->value.buf ? k->value.buf : "";
		if (input_parse(spec, v->many_text[i], &v->many_num[i], &message) < 0)
			v->many_num[i] = 0;
		i++;
	}
}

/* Parses one field into v; NULL, or the Dutch message when it cannot be read. */
static const char *check_one(struct req *req, const struct field_spec *spec, struct field_value *v)
{
	const char *message = NULL;
	int wrong = 0;

	v->spec = spec;
	if (spec->flags & FIELD_MANY) {
		/* Each value is judged by the handler (input_many()); only absence can be wrong here. */
		check_many(req, spec, v);
		v->text = v->n_many ? v->many_text[0] : NULL;
		v->num = v->n_many ? v->many_num[0] : 0;
		v->valid = 1;
		return !v->n_many && (spec->flags & FIELD_REQUIRED) ? "Vul dit veld in." : NULL;
	}
	v->text = spec->from == IN_JSON ? json_member(req, spec, &wrong) : raw_value(req, spec);
	if (wrong) {
		v->valid = 0;
		return spec->message ? spec->message : "Deze waarde heeft niet het goede type.";
	}
	if (!v->text || !v->text[0]) {
		v->valid = !(spec->flags & FIELD_REQUIRED);
		if (spec->type == FT_PAGE)
			v->num = 1;
		return v->valid ? NULL : (spec->type == FT_FILE ? "Kies een bestand." : "Vul dit veld in.");
	}
	v->valid = input_parse(spec, v->text, &v->num, &message) == 0;
	return v->valid ? NULL : spec->message ? spec->message : message;
}

static int is_api(const struct req *req)
{
	return !strncmp(req->path, "/api/", 5);
}

/* Under /api/ the API's 422 per field; on a page a value only a hand-made request gets wrong: 400. */
static int refuse(struct req *req, const struct field_errors *errs)
{
	if (is_api(req))
		return http_json_field_errors(req, errs);
	return http_error(req, 400, "Ongeldige invoer",
			  arena_printf(&req->arena, "Dit verzoek bevat een waarde die niet klopt (%s: %s) "
					       "Ga terug, laad de pagina opnieuw en probeer het nog eens. Er is niets gewijzigd.",
				       errs->e[0].field, errs->e[0].message));
}

int input_check(struct req *req)
{
	const struct field_spec *specs = req->route->fields;
	struct field_errors hard = { 0 };
	int n = 0;

	if (!specs)
		return 0;
	int json = 0;
	while (specs[n].name)
		json |= specs[n++].from == IN_JSON;
	if (json && !req->json && !req->json_status)
		req->json = json_parse_body(req, &req->json_status, &req->json_message);
	req->in = arena_alloc(&req->arena, (size_t)n * sizeof(*req->in));
	req->n_in = n;
	req->in_errors = arena_alloc(&req->arena, sizeof(*req->in_errors));
	memset(req->in_errors, 0, sizeof(*req->in_errors));
	for (int i = 0; i < n; i++) {
		const char *message = check_one(req, &specs[i], &req->in[i]);
		if (!message)
			continue;
		if (specs[i].from == IN_PATH)
			return http_error(req, 404, "Pagina niet gevonden",
					  "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.");
		if (specs[i].flags & FIELD_STRICT)
			field_error_add(&hard, specs[i].name, message);
		else
			field_error_add(req->in_errors, specs[i].name, message);
	}
	return hard.n ? refuse(req, &hard) : 0;
}

static const struct field_value *find(struct req *req, const char *name)
{
	for (int i = 0; i < req->n_in; i++)
		if (!strcmp(req->in[i].spec->name, name))
			return &req->in[i];
	/* A handler reading a field its route does not declare: a bug, not input. */
	log_error("input: %s reads undeclared field \"%s\"", req->route ? req->route->pattern : req->path, name);
	return NULL;
}

int64_t input_num(struct req *req, const char *name)
{
	const struct field_value *v = find(req, name);
	return v && v->valid ? v->num : 0;
}

int input_value(struct req *req, const char *name, int64_t *out)
{
	const struct field_value *v = find(req, name);
	if (!v || !v->text || !v->text[0] || !v->valid)
		return 0;
	*out = v->num;
	return 1;
}

int input_many(struct req *req, const char *name, const int64_t **nums, const char *const **texts)
{
	const struct field_value *v = find(req, name);

	if (!v || !(v->spec->flags & FIELD_MANY))
		return 0;
	if (nums)
		*nums = v->many_num;
	if (texts)
		*texts = v->many_text;
	return v->n_many;
}

const struct cJSON *input_json(struct req *req)
{
	return req->json;
}

const struct cJSON *input_json_body(struct req *req, int *status)
{
	if (!req->json && !req->json_status)
		req->json = json_parse_body(req, &req->json_status, &req->json_message);
	if (!req->json)
		*status = http_json_error(req, req->json_status, req->json_message);
	return req->json;
}

const char *input_text(struct req *req, const char *name)
{
	const struct field_value *v = find(req, name);
	return v ? v->text : NULL;
}

int input_has(struct req *req, const char *name)
{
	const struct field_value *v = find(req, name);
	return v && v->text;
}

const struct field_errors *input_errors(struct req *req)
{
	static const struct field_errors none;
	return req->in_errors ? req->in_errors : &none;
}
