/*
 * test_status_page.c - the melder's status page keeps the melder's line
 * breaks and shows this melding only: a second melding's text, the staff
 * member's name and the melder's own contact details never appear.
 */
#include "harness.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static char *submit(struct client *c, const char *omschrijving)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "categorie", "geluid");
	cJSON_AddStringToObject(o, "omschrijving", omschrijving);
	cJSON_AddStringToObject(o, "plaats", "Achter de flat");
	cJSON_AddStringToObject(o, "melder_naam", "Geheime Melder");
	cJSON_AddStringToObject(o, "melder_email", "geheim@example.org");
	char *body = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	struct response *r = client_api(c, "POST", "/api/v1/meldingen", NULL, body, NULL);
	free(body);
	assert_status(r, 201);
	cJSON *a = response_json(r);
	const char *url = json_str(a, "status_url");
	const char *path = strstr(url, "/melding/status/");
	assert_non_null(path);
	char *out = strdup(path);
	cJSON_Delete(a);
	response_free(r);
	return out;
}

static void test_status_page(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char *mine = submit(c, "Regel een\nRegel twee");
	char *other = submit(c, "Iets heel anders van de buren");

	struct response *r = client_get(c, mine);
	assert_status(r, 200);
	assert_security_headers(r);
	assert_body_contains(r, "Regel een\nRegel twee");
	assert_null(mem_find(r->body, r->len, "Iets heel anders", 0));
	assert_null(mem_find(r->body, r->len, "Geheime Melder", 0));
	assert_null(mem_find(r->body, r->len, "geheim@example.org", 0));
	assert_header_contains(r, "Referrer-Policy", "no-referrer");
	response_free(r);

	/* A token that is one character off finds nothing. */
	char *wrong = strdup(mine);
	size_t n = strlen(wrong);
	wrong[n - 1] = wrong[n - 1] == 'A' ? 'B' : 'A';
	r = client_get(c, wrong);
	assert_status(r, 404);
	response_free(r);

	free(mine);
	free(other);
	free(wrong);
	client_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_page),
	};
	return harness_run_suite("status_page", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100\n");
}
