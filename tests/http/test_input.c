/*
 * test_input.c - the validated-input stage (src/http/input.c) on the real
 * server: every route's typed path parameters, from routes[] itself.
 *
 * For each route and each {parameter} its spec types as an id, a key or a
 * closed set, the suite sends a value of the wrong shape, as an account
 * the permission matrix lets through, and expects the stage's own 404 -
 * "Pagina niet gevonden", as for a path that does not exist - rather than
 * a handler's "Melding niet gevonden" and the like: the handler never ran.
 * A new route with a typed parameter is covered without editing this file.
 */
#include "accounts.h"
#include "harness.h"

#include "auth/policy.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The demo accounts, in the order tried: the first the matrix lets through asks. */
static const struct {
	enum role role;
	const char *email;
} askers[] = {
	{ ROLE_COORDINATOR, "coordinator@voorbeeld.example" },
	{ ROLE_SOCIAAL_BEHEERDER, "sociaal@voorbeeld.example" },
	{ ROLE_PARTNER, "wijkteam@voorbeeld.example" },
	{ ROLE_BEHEERDER, "beheerder@voorbeeld.example" },
};

static const struct field_spec *path_spec(const struct route *r, const char *name, size_t len)
{
	for (const struct field_spec *f = r->fields; f && f->name; f++)
		if (f->from == IN_PATH && strlen(f->name) == len && !strncmp(f->name, name, len))
			return f;
	return NULL;
}

/* A value the stage must refuse for this type, or NULL for types it leaves to the handler. */
static const char *wrong_shape(const struct field_spec *f)
{
	switch (f->type) {
	case FT_ID: return "12abc";
	case FT_KEY: return "M.2026";
	case FT_ENUM: return "onzin";
	default: return NULL;
	}
}

/* A value the stage accepts: an id, or the first word of a closed set. */
static const char *good_shape(const struct field_spec *f)
{
	return f && f->type == FT_ENUM ? f->choices[0] : "1";
}

/*
 * The route's pattern with {parameters} filled: the nth typed one wrong,
 * the others well-formed. Returns 0 when the route has no nth such parameter.
 */
static int fill(const struct route *r, int nth, char *out, size_t size)
{
	int typed = 0, used = 0;
	size_t o = 0;

	for (const char *p = r->pattern; *p && o + 1 < size;) {
		if (*p != '{') {
			out[o++] = *p++;
			continue;
		}
		const char *end = strchr(p, '}');
		const struct field_spec *f = path_spec(r, p + 1, (size_t)(end - p - 1));
		const char *v = good_shape(f);
		if (f && wrong_shape(f) && typed++ == nth) {
			v = wrong_shape(f);
			used = 1;
		}
		o += (size_t)snprintf(out + o, size - o, "%s", v);
		p = end + 1;
	}
	out[o < size ? o : size - 1] = '\0';
	return used;
}

static struct response *ask(struct server *s, const struct route *r, const char *path)
{
	for (size_t i = 0; i < ARRAY_SIZE(askers); i++) {
		if (policy_route(askers[i].role, r->action) != VERDICT_ALLOW)
			continue;
		struct client *c = account_client(s, askers[i].email, DEMO_PASSWORD);
		struct response *res;
		if (r->method == HTTP_GET) {
			res = client_get(c, path);
		} else if (!strncmp(path, "/api/", 5)) {
			char *csrf = account_csrf(c, NULL);
			res = client_api(c, "POST", path, NULL, "{}", csrf);
			free(csrf);
		} else {
			res = account_post(c, NULL, path, NULL);
		}
		client_free(c);
		return res;
	}
	return NULL;
}

static void test_path_values_of_the_wrong_shape(void **state)
{
	struct server *s = *state;
	int checked = 0, failed = 0;

	seed_organisation(s);
	for (size_t i = 0; i < routes_count; i++) {
		const struct route *r = &routes[i];
		char path[256];
		for (int nth = 0; fill(r, nth, path, sizeof(path)); nth++) {
			struct response *res = ask(s, r, path);
			if (!res)
				fail_msg("%s: no demo account may use this route", r->pattern);
			int json = !strncmp(path, "/api/", 5);
			if (res->status != 404 || !response_contains(res, json ? "Deze pagina bestaat niet" : "Pagina niet gevonden")) {
				fprintf(stderr, "%s %s: %ld, not the input stage's 404\n",
					r->method == HTTP_GET ? "GET" : "POST", path, res->status);
				failed++;
			}
			checked++;
			response_free(res);
		}
	}
	fprintf(stderr, "checked %d wrong-shaped path values\n", checked);
	assert_true(checked >= 30);
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_path_values_of_the_wrong_shape),
	};
	return harness_run_suite("input", tests, ARRAY_SIZE(tests), NULL);
}
