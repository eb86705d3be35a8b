/*
 * test_group_commit.c - meldingen taken in by concurrent callers share
 * commits (group commit, db/db.c), and a crash in the middle of that load
 * loses none that was acknowledged: eight callers post meldingen to the
 * JSON API as fast as they can, the server is killed with SIGKILL while
 * they do, and after the restart every melding that got a 201 is there,
 * with its timeline and audit row. Under the same load without a crash,
 * the server's shutdown log says the writes shared commits.
 */
#include "accounts.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CALLERS 8
#define MAX_ACKS 4096

struct caller {
	pthread_t t;
	const char *url;
	int n;                    /* acknowledged meldingen */
	char (*refs)[16];
	int errors;               /* answers that were neither 201 nor a dropped connection */
};

static atomic_int stop;

static size_t sink(char *p, size_t size, size_t n, void *ctx)
{
	struct buf *b = ctx;
	buf_add(b, p, size * n);
	return size * n;
}

/* Posts meldingen until told to stop or the server is gone; keeps the reference of every 201. */
static void *post_loop(void *arg)
{
	struct caller *c = arg;
	CURL *h = curl_easy_init();
	struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: application/json");
	struct buf body = BUF_INIT;
	static const char json[] =
		"{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek in de nacht, al weken.\", \"plaats\": \"Galerij\","
		" \"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\", \"anoniem\": false}";

	curl_easy_setopt(h, CURLOPT_URL, c->url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROXY, "");
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 60000L);
	while (!atomic_load(&stop) && c->n < MAX_ACKS) {
		long status = 0;
		buf_reset(&body);
		if (curl_easy_perform(h) != CURLE_OK)
			break;   /* the server is gone: what was not answered was not promised */
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
		const char *ref = body.buf ? strstr(body.buf, "\"referentie\":") : NULL;
		const char *q = ref ? strchr(ref + 13, '"') : NULL;
		if (status != 201 || !q || strlen(q) < 15) {
			if (c->errors++ == 0)
				fprintf(stderr, "test: answer %ld: %.200s\n", status, body.buf ? body.buf : "");
			continue;
		}
		memcpy(c->refs[c->n], q + 1, 13);
		c->refs[c->n][13] = '\0';
		c->n++;
	}
	buf_release(&body);
	curl_slist_free_all(hdr);
	curl_easy_cleanup(h);
	return NULL;
}

/* Starts the callers on s, lets them post until want acknowledgements are in, and returns how many there are. */
static int load(struct server *s, struct caller *callers, char *url, size_t url_size, int want)
{
	int total = 0;
	long long deadline = now_ms() + (s->valgrind ? 120000 : 30000);

	snprintf(url, url_size, "%s/api/v1/meldingen", s->base_url);
	atomic_store(&stop, 0);
	for (int i = 0; i < CALLERS; i++) {
		callers[i] = (struct caller){ .url = url, .refs = calloc(MAX_ACKS, sizeof(*callers[i].refs)) };
		assert_non_null(callers[i].refs);
		assert_int_equal(pthread_create(&callers[i].t, NULL, post_loop, &callers[i]), 0);
	}
	while (total < want && now_ms() < deadline) {
		struct timespec pause = { 0, 2000000 };
		nanosleep(&pause, NULL);
		total = 0;
		for (int i = 0; i < CALLERS; i++)
			total += callers[i].n;   /* a racy read, only to know when to act */
	}
	return total;
}

static void test_sigkill_loses_no_acknowledged_melding(void **state)
{
	struct server *s = *state;
	struct caller callers[CALLERS];
	char url[96];

	/* The load is running and has been answered: then the server dies mid-write. */
	load(s, callers, url, sizeof(url), s->valgrind ? 40 : 300);
	assert_int_equal(server_crash_restart(s), 0);
	atomic_store(&stop, 1);
	for (int i = 0; i < CALLERS; i++)
		pthread_join(callers[i].t, NULL);

	int acked = 0, errors = 0;
	for (int i = 0; i < CALLERS; i++) {
		acked += callers[i].n;
		errors += callers[i].errors;
		for (int k = 0; k < callers[i].n; k++) {
			const char *ref = callers[i].refs[k];
			if (test_sql_int(s, "SELECT count(*) FROM melding WHERE referentie = '%s'", ref) != 1)
				fail_msg("acknowledged melding %s is gone after the crash", ref);
		}
		free(callers[i].refs);
	}
	assert_true(acked >= (s->valgrind ? 40 : 300));
	assert_int_equal(errors, 0);
	/* Nothing half: each melding has its timeline entry and its audit row, in the same commit. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m WHERE NOT EXISTS"
				      " (SELECT 1 FROM melding_event e WHERE e.melding_id = m.id)"), 0);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding m WHERE NOT EXISTS"
				      " (SELECT 1 FROM audit_log a WHERE a.object_type = 'melding'"
				      " AND a.object_id = m.referentie)"), 0);

	/* The restarted server takes meldingen again. */
	struct client *c = client_new(s);
	char *ref = api_melding(c, NULL, "{\"categorie\": \"stank\", \"omschrijving\": \"Weer die lucht.\", \"plaats\": \"Portiek\","
				" \"melder_naam\": \"Henk Huurder\", \"melder_email\": \"henk@example.org\"}");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding WHERE referentie = '%s'", ref), 1);
	free(ref);
	client_free(c);
}

/*
 * Under concurrent load the writes share commits: the server says at
 * shutdown how many writes went into how many commits, and there were
 * fewer commits than writes.
 */
static void test_concurrent_writes_share_commits(void **state)
{
	struct server *s = *state;
	struct caller callers[CALLERS];
	char url[96];

	load(s, callers, url, sizeof(url), s->valgrind ? 40 : 400);
	atomic_store(&stop, 1);
	int acked = 0;
	for (int i = 0; i < CALLERS; i++) {
		pthread_join(callers[i].t, NULL);
		acked += callers[i].n;
		assert_int_equal(callers[i].errors, 0);
		free(callers[i].refs);
	}
	assert_true(acked >= (s->valgrind ? 40 : 400));

	long long melding = test_sql_int(s, "SELECT count(*) FROM melding");
	assert_int_equal(melding, acked);

	struct buf log = BUF_INIT;
	unsigned long long writes = 0, commits = 0;
	*state = NULL;
	assert_int_equal(server_stop_log(s, &log), 0);
	const char *line = log.buf ? strstr(log.buf, "group commit: ") : NULL;
	assert_non_null(line);
	assert_int_equal(sscanf(line, "group commit: %llu writes in %llu commits", &writes, &commits), 2);
	/* Each melding is one write (the audit row rides in its transaction); some shared a commit. */
	assert_true(writes >= (unsigned long long)acked);
	assert_true(commits < writes);
	buf_release(&log);
}

/* The test above stops its server itself, to read what it says at shutdown. */
static int stop_unless_stopped(void **state)
{
	return *state ? harness_fresh_teardown(state) : 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_sigkill_loses_no_acknowledged_melding),
		cmocka_unit_test_setup_teardown(test_concurrent_writes_share_commits, harness_fresh_setup,
						stop_unless_stopped),
	};
	return harness_run_suite("group_commit", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100000\n");
}
